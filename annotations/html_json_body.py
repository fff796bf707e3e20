"""The article's whole body from a page's JSON-LD, where the page shows only its beginning.

A paywalled page shows its first paragraph or two, the next one cut under a fade ("… soit moins que
l'estim"), and a subscription box; many publishing systems still write the whole text in the page's
NewsArticle JSON-LD (`articleBody`) for search engines. trafilatura reads the visible text only. Where
the `articleBody`'s first paragraph is a paragraph of trafilatura's text and its later paragraphs are
missing from it, the run of paragraphs trafilatura read from there (the first, the next ones whole or cut
short) is replaced by the `articleBody`'s paragraphs. A JSON-LD body that the page shows whole, or that
holds only the first paragraph (a wire's summary), or whose later paragraphs the page shows further on (a body
that differs from the page's by a line or an edit), changes nothing.
"""

from __future__ import annotations

import re

from annotations import html_page
from annotations.html_page import key

_PARAGRAPH_BREAK = re.compile(r"\n\s*\n|\n")
_MIN_PARAGRAPH_WORDS = 8  # the first paragraph is matched on its words: a sentence, not a label
_OPENING = 24  # a paragraph's first letters and digits (four or five words): the same paragraph, edited or not


def with_declared_body(tree, text: str) -> str:
    """trafilatura's `text`, its shown beginning of the article replaced by the JSON-LD's whole body when the
    page shows less of it (`tree`: the page's elements, None when lxml could not read it)."""
    if tree is None:
        return text
    for body in _article_bodies(tree):
        declared = [" ".join(part.split()) for part in _PARAGRAPH_BREAK.split(body) if part.strip()]
        if len(declared) < 2 or len(declared[0].split()) < _MIN_PARAGRAPH_WORDS:
            continue
        replaced = _with_body(text, declared)
        if replaced is not None:
            return replaced
    return text


def _with_body(text: str, declared: list[str]) -> str | None:
    """The text with the shown run of the declared paragraphs replaced by all of them, or None: the first is
    not a paragraph of the text, or the text holds them all."""
    paragraphs = text.split("\n\n")
    keys = [key(paragraph) for paragraph in paragraphs]
    declared_keys = [key(paragraph) for paragraph in declared]
    if declared_keys[0] not in keys or all(part in key(text) for part in declared_keys):
        return None
    start = keys.index(declared_keys[0])
    end = start + 1
    # the next paragraphs shown, whole or cut short under the paywall's fade
    while end < len(paragraphs) and end - start < len(declared):
        shown = keys[end]
        if not shown or not declared_keys[end - start].startswith(shown):
            break
        end += 1
    if _shown_further(declared_keys[end - start :], "".join(keys[end:])):
        return None
    return "\n\n".join([*paragraphs[:start], *declared, *paragraphs[end:]])


def _shown_further(hidden: list[str], rest_key: str) -> bool:
    """Whether a declared paragraph past the shown run opens a paragraph of the text after it: the page shows the
    article on (its body holds a line the JSON-LD's lacks, or the JSON-LD holds one the page lacks: "Lire aussi …"),
    or an edited version of it; what a paywall hides is nowhere on the page."""
    return any(part[:_OPENING] in rest_key for part in hidden if len(part) >= _OPENING)


def _article_bodies(tree) -> list[str]:
    """The `articleBody` strings of the page's JSON-LD blocks, at any depth (a `@graph`'s member)."""
    bodies, todo = [], html_page.json_ld_blocks(tree)
    while todo:
        item = todo.pop()
        if isinstance(item, list):
            todo.extend(item)
        elif isinstance(item, dict):
            bodies += [item["articleBody"]] if isinstance(item.get("articleBody"), str) else []
            todo.extend(value for value in item.values() if isinstance(value, (dict, list)))
    return bodies
