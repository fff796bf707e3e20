"""Teaser cards beside an article: short `<article>`s, a heading and an excerpt each, that do not hold the
headline (related stories, other portraits); trafilatura keeps their excerpts as paragraphs."""

from __future__ import annotations

from annotations.html_page import key, page_body, text_of

_TEASER_MAX_WORDS = 60
_HEADINGS = ("h2", "h3", "h4", "h5", "h6")


def without_teasers(headline_element, text: str) -> str:
    """trafilatura's text without the paragraphs the page shows only in teaser cards: short `<article>`s, a
    heading and an excerpt each, that do not hold the headline (related stories, other portraits). A page whose
    short `<article>`s are half its text or more (a live blog's posts) keeps them."""
    teasers = {
        element for element in headline_element.getroottree().iter("article") if _is_teaser(element, headline_element)
    }
    if not teasers:
        return text
    teaser_keys = [key(text_of(teaser)) for teaser in teasers]
    outside = []
    for node in page_body(headline_element.getroottree().getroot()).xpath(".//text()"):
        owner = node.getparent().getparent() if node.is_tail else node.getparent()
        if owner is None or owner.tag in ("script", "style"):
            continue
        if not any(ancestor in teasers for ancestor in owner.iterancestors()) and owner not in teasers:
            outside.append(node)
    outside_key = key(" ".join(outside))
    paragraphs = text.split("\n\n")
    kept = [paragraph for paragraph in paragraphs if not _only_in_teasers(key(paragraph), outside_key, teaser_keys)]
    return "\n\n".join(kept) if 2 * len(kept) > len(paragraphs) else text


def _only_in_teasers(paragraph_key: str, outside_key: str, teaser_keys: list[str]) -> bool:
    """Whether a paragraph (long enough to tell) is shown in a teaser card and nowhere else."""
    if len(paragraph_key) < 20 or paragraph_key in outside_key:
        return False
    return any(paragraph_key in teaser_key for teaser_key in teaser_keys)


def _is_teaser(article, headline_element) -> bool:
    if article is headline_element or any(ancestor is article for ancestor in headline_element.iterancestors()):
        return False
    if any(True for _ in article.iterdescendants("article")) or not _has_heading(article):
        return False
    return len(text_of(article).split()) <= _TEASER_MAX_WORDS and not _is_a_post(article)


def _has_heading(article) -> bool:
    return any(True for _ in article.iter(*_HEADINGS))


def _is_a_post(article) -> bool:
    """A live blog's post: a sibling `<article>` has no heading, as most posts have none ("16:05 Le maire a
    ouvert ..."); teaser cards each show their title, and a post with a title ("Le pic de crue attendu") is one."""
    parent = article.getparent()
    return parent is not None and any(not _has_heading(other) for other in parent.iterchildren("article"))
