"""Tables that lay out a saved page rather than hold data (old sites, e-mail letters, print views).

trafilatura reads every table as data and writes it as a Markdown table, the whole page in its cells;
`without_layout_tables` turns a layout table's rows and cells into `<div>`s first, read from the page's
structure (never from class names).
"""

from __future__ import annotations

_TABLE_PARTS = frozenset({"table", "thead", "tbody", "tfoot", "tr", "td", "th"})


def without_layout_tables(tree) -> bool:
    """Turns the tables that lay out a page (old sites, e-mail letters) into `<div>`s, in place; whether
    there was one. trafilatura reads a table as data and writes it as a Markdown table, the whole page
    in its cells; a data table never holds another table, is never one cell, and is not `presentation`."""
    layout = {table for table in tree.iter("table") if _is_layout_table(table)}
    # Only a layout table's own rows and cells: a data table inside it stays a table.
    parts = [element for table in layout for element in table.iter(*_TABLE_PARTS) if _table_of(element) in layout]
    for element in parts:
        element.tag = "div"
    return bool(layout)


def _table_of(element):
    """The table a row or cell belongs to (a table: itself)."""
    return element if element.tag == "table" else next(element.iterancestors("table"), None)


def _is_layout_table(table) -> bool:
    if (table.get("role") or "").lower() in ("presentation", "none"):
        return True
    if any(descendant.tag == "table" for descendant in table.iterdescendants()):
        return True
    return len(list(table.iter("td", "th"))) == 1 or _is_column_of_blocks(table)


def _is_column_of_blocks(table) -> bool:
    """A print view's or an old page's column: rows of one cell each, holding headings or paragraphs. A data
    table has columns; its one-column lists hold no `<h1>`-`<h3>` nor `<p>`."""
    rows = [row for row in table.iter("tr") if _table_of(row) is table]
    if len(rows) < 2 or any(len([cell for cell in row if cell.tag in ("td", "th")]) != 1 for row in rows):
        return False
    return any(element.tag in ("h1", "h2", "h3", "p") for element in table.iterdescendants())
