"""A page built of custom elements (web components), its blocks named as HTML names them before trafilatura reads it.

A front end built of web components writes its article as elements of its own naming, `<story-lede>`,
`<story-paragraph>`, `<share-bar>`, each a block on screen by its style sheet or its shadow root. trafilatura knows
none of these names and reads them as inline text: the cookie notice, the kicker, the headline, the byline, the
standfirst and the first paragraphs come out glued into one line ("…contenus adaptés.CommerceLes Halles …"), which
the line rules then take for one block of furniture, and the share bar ends the last paragraph. A custom element
(its name holds a hyphen, as the HTML standard requires of one) that holds blocks becomes a `<div>`, and one that
holds text standing apart, no words of its parent's beside it, a `<p>`; one inside running text ("le
<x-term>bail</x-term> signé") stays inline.
"""

from __future__ import annotations

# Elements that make a custom element holding them a block too (a `<template>` is a shadow root's content).
_BLOCKS = frozenset({
    "p", "div", "section", "article", "aside", "header", "footer", "main", "nav", "figure", "blockquote", "table",
    "ul", "ol", "dl", "h1", "h2", "h3", "h4", "h5", "h6", "form", "template", "details", "pre", "hr",
})  # fmt: skip


def with_custom_blocks(tree) -> bool:
    """Renames, in place, the custom elements that stand as blocks to `<div>` (holding blocks) or `<p>` (holding
    text); whether there were any. Read from the innermost out, so that a holder sees its children's new names."""
    custom = [element for element in tree.iter() if isinstance(element.tag, str) and "-" in element.tag]
    changed = False
    for element in reversed(custom):
        if not _in_block_holder(element):
            continue  # inside a heading, a paragraph, a link: a block there would split them
        if any(isinstance(child.tag, str) and child.tag in _BLOCKS for child in element):
            element.tag = "div"
        elif element.text_content().strip() and _stands_apart(element):
            element.tag = "p"
        else:
            continue
        changed = True
    return changed


# Where a block may stand: a custom element inside an `<h1>`, a `<p>` or an `<a>` stays as it is.
_BLOCK_HOLDERS = frozenset({
    "body", "div", "section", "article", "main", "aside", "header", "footer", "nav", "form", "figure", "template",
})  # fmt: skip


def _in_block_holder(element) -> bool:
    parent = element.getparent()
    return parent is not None and isinstance(parent.tag, str) and (parent.tag in _BLOCK_HOLDERS or "-" in parent.tag)


def _stands_apart(element) -> bool:
    """Whether no words of the parent's stand beside the element: the text before it (the parent's own or the
    previous sibling's tail) and after it (its tail) are blank."""
    previous, parent = element.getprevious(), element.getparent()
    before = previous.tail if previous is not None else parent.text if parent is not None else ""
    return not (before or "").strip() and not (element.tail or "").strip()
