"""The standfirst (chapô) trafilatura left out of a saved news page: the first prose block after the headline,
in the article's header, a hero or a `lead` block, when the extracted text lacks it. Split from html_page.py (the
headline's module), whose reading of blocks and furniture it shares.
"""

from __future__ import annotations

from annotations import html_page
from annotations.nlp.boilerplate import is_chrome

_BOX_TITLES = frozenset({"h2", "h3", "h4", "h5", "h6"})
_BOX_TITLE_WORDS = 4  # "Déclaration d'intérêts", "À propos de l'auteur": a label, not a subtitle
_SCAN_LIMIT = 120  # elements looked at after the headline before giving up on finding a standfirst


def lost_standfirst(headline_element, extracted: str) -> str | None:
    """The standfirst trafilatura left out: the first prose block after the headline, when the extracted
    text lacks it. The first prose block the extracted text holds is the body's start: nothing was lost."""
    extracted_key = html_page.key(extracted)
    # XPath's following axis: the elements after it in document order, its own descendants excepted
    following = headline_element.xpath("following::*")
    subtitle = _subtitle(headline_element, following[: _SCAN_LIMIT + 1])
    for count, element in enumerate(following):
        if count > _SCAN_LIMIT:
            return None
        if _opens_extracted_text(element, extracted_key):
            return None  # the body's text, written straight in a block ("<div>Au début ...<br>"): nothing was lost
        if html_page.in_furniture(element) or not html_page.is_prose_block(element):
            continue
        if _under_a_box_title(element, subtitle):
            continue
        text = html_page.text_of(element)
        if is_chrome(text):
            continue  # the author, date and reading-time spans of a meta `<div>`, twelve words long
        return None if html_page.key(text)[:80] in extracted_key else text
    return None


def _under_a_box_title(element, subtitle) -> bool:
    """A block right under a short heading of its own ("<h2>Déclaration d'intérêts</h2><p>…"): a box's or a
    section's text; the standfirst follows the headline, or a subtitle: a sentence, or the first words written after
    the headline (`subtitle`: "<h1>…</h1><h2>Le préfet lève l'alerte</h2><p class='chapo'>…")."""
    before = element.getprevious()
    if (
        before is None
        or before.tag not in _BOX_TITLES
        or subtitle is not None
        and (subtitle is before or before in subtitle.iterancestors())
    ):
        return False
    title = html_page.text_of(before)
    return 0 < len(title.split()) <= _BOX_TITLE_WORDS and not html_page.SENTENCE_END.search(title)


def _subtitle(headline_element, following):
    """The heading right under the headline, beside it in its container (the first words after it, a heading's),
    or None: a heading opening a box of its own ("<div class='encadre'><h3>Repères</h3>") is no subtitle."""
    first = next((element for element in following if (element.text or "").strip()), None)
    heading = next((node for node in _self_and_ancestors(first) if node.tag in _BOX_TITLES), None)
    if heading is None or heading.getparent() not in set(headline_element.iterancestors()):
        return None
    return heading


def _self_and_ancestors(element):
    return [] if element is None else [element, *element.iterancestors()]


def _opens_extracted_text(element, extracted_key: str) -> bool:
    """An element whose own text, before any child, is a sentence of the extracted text: a block holding its
    text with `<br>`s and other blocks, which is no prose block of its own (a comment's `<p>` further on is none)."""
    own = " ".join((element.text or "").split())
    return len(own.split()) >= 12 and html_page.key(own)[:80] in extracted_key
