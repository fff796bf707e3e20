"""A saved page's article end set right before trafilatura reads it: the rest a paywall hides shown again, the readers'
comment section after the article dropped.

trafilatura drops what a style (`display: none`, `visibility: hidden`, `overflow: hidden`), the class `hidden` or
`aria-hidden` hides, and a subscribers' article then ends at the subscription box; it leaves out the comments it knows
by their class, not a French system's ("reactions-lecteurs", "avis"), whose readers' opinions then read as the
article's last paragraphs.
"""

from __future__ import annotations

import re

from annotations.html_layout import is_prose

# What hides a block from the eye and from trafilatura: a style, the `hidden` attribute or class (trafilatura drops
# what `aria-hidden` hides too, which is taken off the rest shown).
_HIDING_STYLE = re.compile(r"(?:display\s*:\s*none|[\w-]*\s*:\s*hidden)[^;]*;?", re.I)
_HIDING_CLASSES = frozenset({"hidden", "is-hidden"})
# What a dialog, a form or a newsletter box holds and the rest of an article does not.
_CONTROLS = ("form", "input", "button", "select", "textarea")


def with_hidden_rest_shown(tree) -> bool:
    """Shows again, in place, the rest of an article that a paywall hides in the page: a `<div>` or `<section>` hidden
    by a style, the `hidden` attribute or class, holding two paragraphs of prose or more, after the article's shown beginning beside it (a paragraph of prose, or a
    block holding one); whether there was one. A hidden menu or settings panel follows no paragraph of the article; a
    dialog or a newsletter box beside it holds controls or is declared a dialog; a copy of the shown paragraphs (a
    mobile version) repeats them; a paywall's blurred placeholder is hidden from screen readers only (`aria-hidden`)."""
    # the blocks read in Python, their attributes only (lxml's XPath testing each one's style took 3 ms a
    # thousand blocks); the few hidden ones read whole
    found = [element for element in tree.iter("div", "section") if _is_hidden(element) and _is_hidden_rest(element)]
    for element in found:
        element.attrib.pop("hidden", None)
        element.attrib.pop("aria-hidden", None)
        if element.get("style"):
            element.set("style", _HIDING_STYLE.sub("", element.get("style")))
        if element.get("class"):
            element.set("class", " ".join(name for name in element.get("class").split() if name not in _HIDING_CLASSES))
    return bool(found)


def _is_hidden(element) -> bool:
    # hidden from the eye: `aria-hidden` alone hides from screen readers what is no text to them, as a paywall's
    # blurred paragraphs of scrambled words
    attributes = element.attrib
    if "hidden" in attributes:
        return True
    classes = attributes.get("class", "")
    if "hid" in classes and not _HIDING_CLASSES.isdisjoint(classes.split()):
        return True
    style = attributes.get("style", "")
    return ("on" in style or "dden" in style) and bool(_HIDING_STYLE.search(style))


def _is_hidden_rest(element) -> bool:
    hidden = [_text(paragraph) for paragraph in element.iter("p") if is_prose(paragraph)]
    if len(hidden) < 2 or element.get("role") in ("dialog", "alertdialog") or element.get("aria-modal"):
        return False
    if next(element.iter(*_CONTROLS), None) is not None:
        return False
    shown = {
        _text(paragraph)
        for sibling in element.itersiblings(preceding=True)
        for paragraph in ([sibling] if sibling.tag == "p" else sibling.iterchildren("p"))
        if is_prose(paragraph)
    }
    return bool(shown) and shown.isdisjoint(hidden)


def _text(element) -> str:
    return " ".join(element.text_content().split())


# A comment section's heading, its count: "5 réactions à cet article", "12 commentaires", "Commentaires (3)", "Vos
# réactions (4)", "Réactions : 2", "Un commentaire", WordPress's "3 réflexions sur « Titre »".
_COMMENT_COUNT = re.compile(
    r"^(?:(?:\d+|une?)\s+(?:commentaires?|réactions?|réflexions?)"
    r"(?:\s+(?:à|sur|pour)\s+(?:cet article|ce sujet|cette info(?:rmation)?|[«“\"].*))?|"
    r"(?:(?:vos|les)\s+)?(?:commentaires?|réactions?)\s*(?:\(\d+\)|:\s*\d+))$",
    re.I,
)


# The headings first in their holder that name comments, reactions or WordPress's reflections, found by lxml (a
# heading's text read in Python for each one cost 2 ms a thousand headings); the count's shape is then read by
# `_COMMENT_COUNT`.
_FIRST_COUNT_HEADINGS = " | ".join(
    f"//{tag}[not(preceding-sibling::*)][contains(., 'omment') or contains(., 'OMMENT') or contains(., 'action')"
    " or contains(., 'ACTION') or contains(., 'flexion')]"
    for tag in ("h2", "h3", "h4", "h5")
)
_ARTICLE_BEFORE = 2  # paragraphs of prose before a comment section: the article they comment, not a standfirst


def without_counted_comments(tree) -> bool:
    """Drops, in place, a readers' comment section headed by its count: an element whose first child, no text before
    it, is a heading "5 réactions à cet article", "12 commentaires" or "Commentaires (3)" (alone in a `<header>` too),
    after two paragraphs of prose beside it (the article); whether there was one. A section holding the page's `<h1>`,
    or the article's body after a count at its top, is the article's, whatever heads it."""
    sections = []
    for heading in tree.xpath(_FIRST_COUNT_HEADINGS):
        section = heading.getparent()
        if section is not None and section.tag == "header" and len(section) == 1 and section.getprevious() is None:
            section = section.getparent()  # "<section><header><h3>5 réactions</h3></header>…"
        if section is None or section.tag in ("body", "html") or (section.text or "").strip():
            continue
        if not _COMMENT_COUNT.match(_text(heading)) or next(section.iter("h1"), None) is not None:
            continue
        if _prose_before(section) >= _ARTICLE_BEFORE:
            sections.append(section)
    for section in sections:
        if section.getparent() is not None:
            section.drop_tree()
    return bool(sections)


def _prose_before(section) -> int:
    """The paragraphs of prose in the blocks before `section` beside it, counted up to `_ARTICLE_BEFORE`."""
    count = 0
    for sibling in section.itersiblings(preceding=True):
        for paragraph in [sibling] if sibling.tag == "p" else sibling.iter("p"):
            count += is_prose(paragraph)
            if count >= _ARTICLE_BEFORE:
                return count
    return count
