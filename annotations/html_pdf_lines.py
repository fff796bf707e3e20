"""A page converted from PDF by pdf2htmlEX, its printed lines set back into paragraphs before trafilatura reads it.

pdf2htmlEX writes each page as a `<div class="pf">` holding a `<div class="pc">`, and each line of print as a
`<div class="t m0 x1 h2 y104 ff1 fs0 …">` in it: the line's place and type are named by classes whose values sit
in a style sheet, often saved apart from the page. trafilatura reads every line as a paragraph, and a sentence over
three lines is three fragments, which the line rules take for headings (`print_lines` reads the placed `<p>`s of
`pdftohtml`, whose places are in the page). Here the lines of one paragraph are those in one type (its font and
size classes) that follow a full line (a short one ends its paragraph) or one that ends no sentence, and that
come back to the paragraph's edge (a first line's indent is another `x` class). The headline is the line in the
biggest type the page's style sheet gives, or, with no style sheet, the first line in a type other than the
text's, before the text, that has a headline's shape (three words or more, not in capitals, no sentence) and
is no running head (a line that comes back on another page); with a style sheet, the biggest such line (a masthead
in capitals is none). A line may sit in a clip box inside the page; a paragraph that ends no sentence at a page's
foot goes on with the next page's first in its type; a dash opening a line inside a sentence is an aside, not an
item. The caller looks for pdf2htmlEX's page in the source (PAGE_MARK) before the tree is searched.
"""

from __future__ import annotations

import re
from collections import Counter

from annotations.print_lines import FULL_LINE_SHARE, LIST_MARK, MIN_LINES, join_lines, style_sizes

_SENTENCE_END = re.compile(r"[.!?…:][»”\"’)]*$")
# pdf2htmlEX's page in the page's source, `<div class="pc pc1 w0 h0">` (it names "pc" first): the cheap look that
# spares the other pages the search of their tree.
PAGE_MARK = re.compile(r"""class\s*=\s*["']?pc\b""")
# A size class's name, which a style sheet gives its size: ".fs0{font-size:36.000000px;}"
_SIZE_CLASS = re.compile(r"fs[0-9a-f]+", re.I)


def with_pdf_lines_joined(tree) -> bool:
    """Joins, in place, the lines of a pdf2htmlEX page into paragraphs and headings; whether there were any."""
    # lxml's own search, not a walk in Python (the caller looks for PAGE_MARK in the source first). A line may sit
    # in a clip box (`<div class="c …">`) inside the page, hence the page's descendants, not its children.
    pages = [
        [line for line in page.iter("div") if _classes(line)[:1] == ["t"]]
        for page in tree.xpath("//div[contains(@class, 'pc')]")
        if "pc" in _classes(page)
    ]
    lines = [line for page in pages for line in page]
    if len(lines) < MIN_LINES:
        return False
    characters = Counter()
    for line in lines:
        characters[_type(line)] += len(_words(line))
    text_type = characters.most_common(1)[0][0]
    measures = Counter()
    for line in lines:
        measures[_type(line)] = max(measures[_type(line)], len(_words(line)))
    paragraphs = _across_pages([_paragraphs(page, measures) for page in pages], text_type)
    headline = _headline(tree, paragraphs, text_type)
    for paragraph in paragraphs:
        join_lines(paragraph, "h1" if paragraph is headline else "p")
    return True


def _classes(element) -> list[str]:
    return (element.get("class") or "").split()


def _words(line) -> str:
    return " ".join(line.text_content().split())


def _type(line) -> tuple[str, ...]:
    """The line's font and size classes ("ff1", "fs0"): one type of print."""
    return tuple(name for name in _classes(line) if name[:2] in ("ff", "fs"))


def _edge(line) -> str:
    return next((name for name in _classes(line) if re.fullmatch(r"x[0-9a-f]+", name)), "")


def _paragraphs(page: list, measures: Counter) -> list[list]:
    """The page's lines in order, grouped: a line joins the one before in its type when that one fills the measure
    or ends no sentence, unless it leaves the paragraph's edge after a sentence's end or opens a list's item."""
    paragraphs: list[list] = []
    for line in page:
        if paragraphs:
            previous = paragraphs[-1][-1]
            last = _words(previous)
            ended = bool(_SENTENCE_END.search(last))
            full = len(last) >= measures[_type(line)] * FULL_LINE_SHARE
            edge = _edge(paragraphs[-1][-1]) if len(paragraphs[-1]) > 1 else _edge(line)
            if (
                _type(line) == _type(previous)
                and (full or not ended)
                and not (ended and _edge(line) != edge)
                and not _opens_an_item(line, ended, paragraphs[-1])
            ):
                paragraphs[-1].append(line)
                continue
        paragraphs.append([line])
    return paragraphs


def _across_pages(pages: list[list[list]], text_type: tuple[str, ...]) -> list[list]:
    """The pages' paragraphs in order, a paragraph of the text's type that ends no sentence at a page's foot
    continued by the first of that type on the next page ("Les parents en" / running head, page number / "liste
    d'attente ont été contactés"); the running head and the page number between stay paragraphs of their own."""
    paragraphs: list[list] = []
    carried = None
    for page in pages:
        last = None
        for paragraph in page:
            if _type(paragraph[0]) != text_type:
                paragraphs.append(paragraph)
                continue
            if carried is not None and not LIST_MARK.match(_words(paragraph[0])):
                carried.extend(paragraph)
                last = carried
            else:
                paragraphs.append(paragraph)
                last = paragraph
            carried = None
        ends = last is None or _SENTENCE_END.search(_words(last[-1])) or LIST_MARK.match(_words(last[0]))
        carried = None if ends else last
    return paragraphs


def _opens_an_item(line, ended: bool, paragraph: list) -> bool:
    """Whether the line opens a list's item: its mark after a sentence's end or another item; a dash that opens a
    line inside a sentence is an aside ("la ville / – comme ses voisines – manque de places")."""
    return bool(LIST_MARK.match(_words(line))) and (ended or bool(LIST_MARK.match(_words(paragraph[0]))))


def _headline(tree, paragraphs: list[list], text_type: tuple[str, ...]) -> list | None:
    """The paragraph in the biggest type the style sheet gives, when bigger than the text's; with no size known,
    the first in another type than the text's, before the text, that reads as a headline."""
    sizes = {name: size for name, size in style_sizes(tree).items() if _SIZE_CLASS.fullmatch(name)}

    def size(paragraph) -> float:
        return max((sizes.get(name, 0.0) for name in _type(paragraph[0])), default=0.0)

    texts = Counter(" ".join(_words(line) for line in paragraph) for paragraph in paragraphs)

    def reads_as_headline(paragraph) -> bool:
        words = " ".join(_words(line) for line in paragraph)
        # a running head or a masthead comes back on every page ("Bulletin communal de Delémont · décembre 2026")
        return len(words.split()) >= 3 and not words.isupper() and not _SENTENCE_END.search(words) and texts[words] == 1

    text_size = max((sizes.get(name, 0.0) for name in text_type), default=0.0)
    if text_size:
        biggest = max(filter(reads_as_headline, paragraphs), key=size, default=None)
        return biggest if biggest is not None and size(biggest) > text_size else None
    for paragraph in paragraphs:
        if _type(paragraph[0]) == text_type:
            return None
        if reads_as_headline(paragraph):
            return paragraph
    return None
