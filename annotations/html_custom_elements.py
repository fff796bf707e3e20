"""A page built of custom elements (web components), its blocks named as HTML names them before trafilatura reads it.

A front end built of web components writes its article as elements of its own naming, `<story-lede>`,
`<story-paragraph>`, `<share-bar>`, each a block on screen by its style sheet or its shadow root. trafilatura knows
none of these names and reads them as inline text: the cookie notice, the kicker, the headline, the byline, the
standfirst and the first paragraphs come out glued into one line ("…contenus adaptés.CommerceLes Halles …"), which
the line rules then take for one block of furniture, and the share bar ends the last paragraph. A custom element
(its name holds a hyphen, as the HTML standard requires of one) that holds blocks becomes a `<div>`, and one that
holds text standing apart, no words of its parent's or of an inline sibling's (a link, bold words) beside it, a
`<p>`; one inside running text ("le <x-term>bail</x-term> signé"), shadow root or not, stays inline. Most pages hold
no custom element: the caller looks for one in the page's source (CUSTOM_TAG) before the tree is searched.
"""

from __future__ import annotations

import re

from annotations.html_layout import BLOCK_ELEMENTS

# A custom element's opening tag in the page's source: the cheap look that spares most pages the search of their tree.
CUSTOM_TAG = re.compile(r"<[a-zA-Z][\w.]*-")

# Elements that make a custom element holding them a block too (a `<template>` is a shadow root's content).
_BLOCKS = BLOCK_ELEMENTS


def with_custom_blocks(tree) -> bool:
    """Renames, in place, the custom elements that stand as blocks to `<div>` (holding blocks) or `<p>` (holding
    text); whether there were any. Read from the innermost out, so that a holder sees its children's new names."""
    # lxml's own search, not a walk in Python (the caller looks for CUSTOM_TAG in the source first).
    custom = tree.xpath("//*[contains(name(), '-')]")
    changed = False
    for element in reversed(custom):
        if not _in_block_holder(element):
            continue  # inside a heading, a paragraph, a link: a block there would split them
        blocks = {child.tag for child in element if isinstance(child.tag, str) and child.tag in _BLOCKS}
        if blocks - {"template"}:
            element.tag = "div"
        elif not _stands_apart(element):
            continue  # a word of running text, shadow root or not: "le <x-term>bail</x-term> signé"
        elif blocks:
            element.tag = "div"
        elif element.text_content().strip():
            element.tag = "p"
        else:
            continue
        changed = True
    return changed


# Where a block may stand: a custom element inside an `<h1>`, a `<p>` or an `<a>` stays as it is.
_BLOCK_HOLDERS = frozenset({
    "body", "div", "section", "article", "main", "aside", "header", "footer", "nav", "form", "figure", "template",
})  # fmt: skip


# Siblings that stand in no line of text: a break, a script, a style, a list item's or a cell's neighbours.
_APART = frozenset({"br", "script", "style", "noscript", "link", "meta", "iframe", "img", "picture", "video", "svg"})


def _in_block_holder(element) -> bool:
    parent = element.getparent()
    return parent is not None and isinstance(parent.tag, str) and (parent.tag in _BLOCK_HOLDERS or "-" in parent.tag)


def _stands_apart(element) -> bool:
    """Whether no words of the parent's stand beside the element: the text before it (the parent's own or the
    previous sibling's tail) and after it (its tail) are blank, and the siblings beside it are no inline elements
    of HTML's ("selon <a>notre article</a> <x-ref>du mardi</x-ref>": a link's words run on into it)."""
    previous, following, parent = element.getprevious(), element.getnext(), element.getparent()
    before = previous.tail if previous is not None else parent.text if parent is not None else ""
    blank = not (before or "").strip() and not (element.tail or "").strip()
    return blank and not _is_inline(previous) and not _is_inline(following)


def _is_inline(sibling) -> bool:
    """Whether the sibling is an element of HTML's own that runs words in a line of text (`<a>`, `<span>`, `<b>`);
    an empty one, an icon's `<i>` or `<span>`, runs none."""
    if sibling is None or not isinstance(sibling.tag, str) or "-" in sibling.tag:
        return False
    if sibling.tag in _BLOCKS or sibling.tag in _BLOCK_HOLDERS or sibling.tag in _APART:
        return False
    return bool(sibling.text_content().strip())
