"""A saved page's markup set right before trafilatura reads it, from the page's structure (never from class names).

Tables that lay out a page rather than hold data (old sites, e-mail letters, print views): trafilatura reads
every table as data and writes it as a Markdown table, the whole page in its cells; `without_layout_tables`
turns a layout table's rows and cells into `<div>`s first. Footnote calls: trafilatura keeps a `<sup>` as
text glued to the word before it, "des années 1960<sup>1</sup>." read "des années 19601.";
`without_footnote_calls` drops the calls that link to a note of the page.
"""

from __future__ import annotations

import re

from lxml import etree

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


# A footnote's call: one to three digits, bracketed or not, or a mark ("*", "†"); "1<sup>er</sup>", "m<sup>2</sup>"
# and "XIX<sup>e</sup>" link to nothing.
_CALL_TEXT = re.compile(r"^\s*(?:\[\s*\d{1,3}\s*\]|\(\s*\d{1,3}\s*\)|\d{1,3}|\*{1,3}|†)\s*$")


def without_footnote_calls(tree) -> bool:
    """Drops, in place, the footnote calls that link to a note of the same page: a `<sup>` holding only such
    a link ("<sup><a href="#note-1">1</a></sup>"), or such a link holding only a `<sup>`; whether there was
    one. Their tails stay. A superscript that links nowhere ("m<sup>2</sup>") or to another page stays."""
    calls = [element for element in tree.iter("sup", "a") if _is_footnote_call(element)]
    for element in calls:
        element.drop_tree()
    return bool(calls)


def _is_footnote_call(element) -> bool:
    """A `<sup>` whose one child is the link, or a link whose one child is the `<sup>`, no other text beside it
    (the call's own text is the inner one's), the link's target an anchor of the page."""
    if not _CALL_TEXT.match(element.text_content()):
        return False
    children = [child for child in element if child.tag is not etree.Comment]
    if len(children) != 1 or (element.text or "").strip() or (children[0].tail or "").strip():
        return False
    inner = children[0]
    link = inner if element.tag == "sup" else element
    # A browser reads the target without its spaces; "#" and "javascript:" are the page's own note shown by a
    # script (a tooltip): a number or a mark in superscript there is a call too, glued to the figure before it.
    href = (link.get("href") or "").strip().lower()
    return {element.tag, inner.tag} == {"sup", "a"} and href.startswith(("#", "javascript:"))
