"""A list's item in plain text: a line opened by a dash (or a bullet) and a space, which a line ending with a
colon announces or another such line stands beside ("Les tarifs :\n- 4 000 euros pour un stand ;\n- 2 500
euros ..."). Its dash is a bullet: the figure after it is no negative amount (number_leads.glued_sign), where a
line alone ("- 4,7 M€", a table's figure) keeps its sign."""

import re

# The hyphen, the en dash and the minus sign (number_leads.MINUS_SIGNS), the plus, and the bullets a list is typed with
_DASH = "-–−+•*"
_DASH_OPENING = re.compile(rf"[^\S\n]*[{re.escape(_DASH)}][^\S\n]")


def opens_a_list_item(text: str, start: int) -> bool:
    """The figure at `start` opens its line after a dash and a space, and that line is a list's item: the line
    before it ends with a colon, or the nearest line before or after it (blank lines skipped) opens with a dash
    too."""
    line_start = text.rfind("\n", 0, start) + 1
    if not _DASH_OPENING.fullmatch(text, line_start, start):
        return False
    before = text[:line_start].rstrip().rpartition("\n")[2].strip()
    line_end = text.find("\n", start)
    after = text[line_end:].lstrip().partition("\n")[0] if line_end != -1 else ""
    return before.endswith(":") or any(_DASH_OPENING.match(line.strip() + " ") for line in (before, after) if line)


# The next item of a list run in a line, after a semicolon: "Les tarifs : - 4 000 euros pour un stand ; - 2 500 euros".
_NEXT_RUN_IN_ITEM = re.compile(rf";[^\S\n]*[{re.escape(_DASH)}][^\S\n]")


def opens_a_run_in_item(text: str, start: int) -> bool:
    """The figure at `start`, after a dash and a space, is the first of a list run in its line: another item
    opens after a semicolon further on the line."""
    line_end = text.find("\n", start)
    return _NEXT_RUN_IN_ITEM.search(text, start, line_end if line_end != -1 else len(text)) is not None


def is_an_item_line(lines: list[str], index: int) -> bool:
    """Line `index` of `lines` (a text's non-empty lines, stripped) is a list's item: opened by a dash or a
    bullet and a space, under a line ending with a colon or beside another such line. Never a headline."""
    if not _DASH_OPENING.match(lines[index]):
        return False
    neighbours = [lines[other] for other in (index - 1, index + 1) if 0 <= other < len(lines)]
    return (index > 0 and lines[index - 1].endswith(":")) or any(_DASH_OPENING.match(line) for line in neighbours)


# A list's item opening its line: a dash or a bullet, or a number ("1.", "2)", "1°)"), and a space.
_ITEM_OPENING = re.compile(rf"[{re.escape(_DASH)}]\s|\d{{1,2}}(?:[.)]|°\)?)\s")


def opens_an_item(line: str) -> bool:
    """ "– 250 g de farine", "• rachat de ...", "1. Aux termes de ...", "2°) de mettre à la charge ..." """
    return bool(_ITEM_OPENING.match(line))


# The labels of the page's own lists, whose items are chrome: a table of contents ("Au sommaire :", "Dans ce
# numéro :"), the site's sections, tags and share buttons ("Rubriques :", "Mots-clés :", "Partager :"), its links to
# other articles ("Dans la même rubrique :").
_PAGE_LIST_LABEL = re.compile(
    r"(?:au |le )?sommaire\b|dans (?:ce|cette) (?:numéro|lettre|édition)\b|(?:rubriques|catégories|thèmes|mots-clés|tags|"
    r"étiquettes|partager|partagez|dans la même rubrique|sur le même (?:sujet|thème))\s*:",
    re.I,
)


def leads_in_a_list(label: str, next_line: str | None) -> bool:
    """A short label ending with a colon over a list's item is the article's lead-in ("Ingrédients :", then "– 250 g
    de farine"), unless it labels one of the page's own lists ("Au sommaire :", "Rubriques :", then "- Sport")."""
    return bool(next_line and opens_an_item(next_line)) and not _PAGE_LIST_LABEL.match(label)
