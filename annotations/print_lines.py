"""A page converted from PDF, its printed lines set back into paragraphs before trafilatura reads it.

A converter such as `pdftohtml` writes each line of print as its own absolutely placed `<p>`, "Le conseil
municipal a approuvé le projet de" on one and "nouvelle école maternelle." on the next: trafilatura then reads
every line as a paragraph, and a sentence over three lines is three fragments. The lines of one paragraph
are those set one line's height apart, at the same left edge, in the same type size; a wider gap, another
edge or another size starts the next, and so do a line after a short one (a paragraph's last line, a verse, a
list's item) and a line opening with a list's mark ("• réfection de la rue des Écoles ;"). A line in a type bigger
than the text's is a heading, the biggest of the page its headline. All of it read from the page's placement and
its style sheet's font sizes, never from a class's name; and only on a page whose placed lines hold most of its
text: an ordinary page places a few things too (a carousel's slides, a card's badge), not its text.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from itertools import pairwise

_TOP = re.compile(r"\btop\s*:\s*(\d+(?:\.\d+)?)px", re.I)
_LEFT = re.compile(r"\bleft\s*:\s*(\d+(?:\.\d+)?)px", re.I)
_ABSOLUTE = re.compile(r"\bposition\s*:\s*absolute\b", re.I)
# A style sheet's rule giving a class its size: ".ft11{font-size:13px;font-family:Times;}"
_CLASS_SIZE = re.compile(r"\.([\w-]+)\s*\{[^}]*?\bfont-size\s*:\s*(\d+(?:\.\d+)?)px", re.I)
# (these three are `html_pdf_lines`' too)
MIN_LINES = 5  # fewer placed lines are a layout's badge or caption, not a converted page
# A line this much shorter than the page's longest in its type stops short of the measure: it ends its paragraph.
FULL_LINE_SHARE = 0.6
LIST_MARK = re.compile(r"^\s*(?:[•·▪●■◦*–—-]|\d{1,2}[.)]\s)")
_LINE_STEP_SLACK = 1.3  # a paragraph's next line comes one line's height down, a new paragraph further


@dataclass
class _Line:
    element: object
    top: float
    left: float
    size: float


def with_print_lines_joined(tree) -> bool:
    """Joins, in place, the placed lines of a converted PDF into paragraphs and headings; whether there were any."""
    # A plain look for the word first: most pages place none of their paragraphs, and their style sheets, which
    # can be long, need not be read.
    placed = [element for element in tree.iter("p", "div") if "absolute" in (element.get("style") or "").lower()]
    if len(placed) < MIN_LINES:
        return False
    sizes = style_sizes(tree)
    pages = {}
    for element in placed:
        line = _placed_line(element, sizes)
        if line is not None:
            pages.setdefault(element.getparent(), []).append(line)
    lines = [line for page in pages.values() for line in page]
    if len(lines) < MIN_LINES or not _hold_most_text(tree, lines):
        return False
    characters = Counter()
    for line in lines:
        characters[line.size] += len(line.element.text_content())
    text_size = characters.most_common(1)[0][0]
    headline_size = max(line.size for line in lines)
    for page in pages.values():
        for paragraph in _paragraphs(page):
            _join(paragraph, text_size, headline_size)
    return True


def style_sizes(tree) -> dict[str, float]:
    """Each class's font size in pixels, as the page's style sheets give it."""
    return {name: float(size) for style in tree.iter("style") for name, size in _CLASS_SIZE.findall(style.text or "")}


def _placed_line(element, sizes: dict[str, float]) -> _Line | None:
    """A line of print: an element placed at a top and a left, holding text and no block."""
    style = element.get("style") or ""
    top, left = _TOP.search(style), _LEFT.search(style)
    if not (_ABSOLUTE.search(style) and top and left) or not element.text_content().strip():
        return None
    if any(child.tag in ("p", "div", "table", "ul", "ol") for child in element.iterdescendants()):
        return None
    size = max((sizes.get(name, 0.0) for name in (element.get("class") or "").split()), default=0.0)
    return _Line(element, float(top.group(1)), float(left.group(1)), size)


def _hold_most_text(tree, lines: list[_Line]) -> bool:
    """Whether the placed lines hold half the body's text or more, as a converted page's lines hold all of it."""
    body = " ".join(tree.xpath("//body//text()[not(ancestor::script or ancestor::style)]"))
    placed = sum(len("".join(line.element.text_content().split())) for line in lines)
    return placed * 2 >= len("".join(body.split()))


def _paragraphs(lines: list[_Line]) -> list[list[_Line]]:
    """The page's lines grouped into paragraphs, column by column (one left edge, one type size) so that two
    columns side by side do not interleave: top to bottom, a line one line's height under the one before (the
    smallest gap in that type), when that one fills the measure (the longest line in that type) and this one
    opens no list's item."""
    columns, measures, steps = {}, {}, {}
    for line in sorted(lines, key=lambda line: line.top):
        columns.setdefault((line.left, line.size), []).append(line)
        measures[line.size] = max(measures.get(line.size, 0), _length(line))
    for (_, size), column in columns.items():
        gaps = [after.top - before.top for before, after in pairwise(column) if after.top > before.top]
        steps[size] = min([*gaps, steps.get(size, float("inf"))])
    paragraphs = []
    for column in columns.values():
        for previous, line in zip([None, *column], column, strict=False):
            if (
                previous is not None
                and 0 < line.top - previous.top <= steps[line.size] * _LINE_STEP_SLACK
                and _length(previous) >= measures[line.size] * FULL_LINE_SHARE
                and not LIST_MARK.match(line.element.text_content())
            ):
                paragraphs[-1].append(line)
            else:
                paragraphs.append([line])
    return paragraphs


def _length(line: _Line) -> int:
    return len(" ".join(line.element.text_content().split()))


def _join(paragraph: list[_Line], text_size: float, headline_size: float) -> None:
    """The paragraph's first element holds its lines' text, one space between; the others go. A type bigger than
    the text's makes it a heading (`<h1>` in the page's biggest type)."""
    size = paragraph[0].size
    tag = "p" if size <= text_size else "h1" if size == headline_size else "h2"
    join_lines([line.element for line in paragraph], tag)


def join_lines(lines: list, tag: str) -> None:
    """The first line's element holds the lines' text, one space between, as a `tag`; the other lines go."""
    first = lines[0]
    words = " ".join(" ".join(line.text_content().split()) for line in lines)
    for child in list(first):
        first.remove(child)
    first.text = words
    first.tag = tag
    for line in lines[1:]:
        line.drop_tree()
