"""What a saved news page says around trafilatura's main text: its headline and its standfirst.

trafilatura finds the article's body well, but the head of the article is often outside it: the
standfirst (chapô) written beside the `<h1>` in the article's header, a hero or a `lead` block; and
its metadata title is `og:title` (written for social media, often not the page's headline) or the
site's name when the page's only `<h1>` is the logo. These functions read both from the page's
structure, so they hold for any publishing system; a class name is read only as the headline's last
resort, where no heading, microdata nor declared title names it (a print template's title `<div>`).
"""

from __future__ import annotations

import json
import re

import lxml.html
from lxml import etree

# Where no article text lives: a standfirst is never inside these.
_FURNITURE = frozenset({
    "figure", "figcaption", "nav", "aside", "form", "footer", "button", "label", "select", "option",
    "script", "style", "noscript", "template", "ul", "ol", "li", "table", "blockquote",
})  # fmt: skip
# Blocks that hold other blocks: a standfirst is a block holding text and inline tags only.
_BLOCKS = frozenset({
    "p", "div", "section", "article", "header", "main", "h1", "h2", "h3", "h4", "h5", "h6",
    "ul", "ol", "li", "table", "figure", "blockquote",
})  # fmt: skip
_TEXT_BLOCKS = frozenset({"p", "div", "section", "h2", "h3"})

SENTENCE_END = re.compile(r"[.!?…][»”\"’)\s]*$")
# "Headline - Site", "Site | Headline"; not the colon of "Craon : le comice", which is the headline's.
_TITLE_SEPARATOR = re.compile(r"\s+(?:[-|–—·]|::)\s+")
_SITE_ROOT = re.compile(r"^(?:https?://[^/]+)?/?(?:index\.\w+)?$")
_KEY_DROPS = re.compile(r"[\W_]+")
# The parts of a class that name its element the page's title ("print-titre", "article_title", "headline"), and
# those beside one that make it a subtitle's, a kicker's, a box's or a list's, before or after it ("sous-titre",
# "widget-title", "site-title", "titre-rubrique", "headline-ticker", "related-headline", "card__title").
_TITLE_WORDS = frozenset({"titre", "title", "headline"})
_NOT_THE_PAGES_TITLE = frozenset({
    "sous", "sub", "sur", "super", "over", "site", "section", "rubrique", "widget", "block", "bloc", "box",
    "related", "ticker", "card", "teaser", "promo", "item", "list", "liste", "menu", "nav",
})  # fmt: skip
_CLASS_PARTS = re.compile(r"[-_]")


def key(text: str) -> str:
    """Letters and digits only, lower case: what a page's text and trafilatura's Markdown share."""
    return _KEY_DROPS.sub("", text).lower()


_XML_DECLARATION = re.compile(r"\A\s*<\?xml[^>]*\?>")  # lxml refuses it in a str


def parse(html: str):
    """The page's element tree, or None when lxml cannot read it."""
    try:
        return lxml.html.document_fromstring(_XML_DECLARATION.sub("", html))
    except (etree.ParserError, ValueError):
        return None


def page_body(tree):
    body = tree.find(".//body")
    return tree if body is None else body


def text_of(element) -> str:
    """An element's text as it reads: its words, one space between."""
    return " ".join(element.text_content().split())


def headline(tree, extracted: str, *, site_name: str | None):
    """The element showing the article's headline, or None when the page's structure does not say.

    The first `<h1>` (or ARIA level-one heading) that is not the site's logo (one that matches a declared
    title first); on a page without one, the element microdata names the headline; else the element whose
    whole text is the `<title>`'s, `og:title`'s or JSON-LD's headline, or one part of a "Headline - Site"
    title; failing those, the `<h2>` just before the body's first paragraph, else the last block before it whose class,
    borne by no other title there, names the page's title (`_titled_block_before_body`).
    """
    candidates = _title_candidates(tree)
    site_keys = _site_keys(tree, site_name)
    headings = _level_one_headings(tree)
    logos = [h1 for h1 in headings if _is_logo(h1, site_keys)]
    site_keys |= {key(text_of(h1)) for h1 in logos}
    h1s = [h1 for h1 in headings if len(text_of(h1).split()) >= 3 and h1 not in logos]
    if h1s:
        return next((h1 for h1 in h1s if _matches(key(text_of(h1)), candidates)), h1s[0])
    microdata = _microdata_headline(tree)
    if microdata is not None:
        return microdata
    declared = candidates - site_keys
    shown = []  # (its text, the element)
    for element in page_body(tree).iter():
        # a headline's own element, not the blocks around it (and fast)
        if not isinstance(element.tag, str) or _holds_blocks(element):
            continue
        text = text_of(element)
        if len(text.split()) >= 3 and key(text) in declared:
            shown.append((text, element))
    if shown:
        return max(shown, key=lambda pair: len(pair[0]))[1]
    heading = _heading_before_body(tree, key(extracted))  # an element: a childless one is falsy
    return heading if heading is not None else _titled_block_before_body(tree, key(extracted))


def shown_headline(element, tree) -> str:
    """The headline an element shows: its text, without a label the page sets before the headline inside it
    ("<h1><span>Vidéo virale</span> Annecy : ...</h1>") when a title the page declares names the rest alone (its
    JSON-LD headline without the "DIRECT" its `<title>` keeps); a first child of four words at most, no text before
    it, the rest opening on a capital as a headline does ("<h1><em>Le Cid</em> triomphe à Auch</h1>": the work is the
    headline's subject, whatever is declared)."""
    text = text_of(element)
    first = next((child for child in element if isinstance(child.tag, str)), None)
    if first is None or (element.text or "").strip():
        return text
    label = text_of(first)
    rest = text[len(label) :].strip()
    if not label or len(label.split()) > 4 or not text.startswith(label) or len(rest.split()) < 3 or rest[:1].islower():
        return text
    candidates = _title_candidates(tree)
    return rest if key(rest) in candidates else text


def _microdata_headline(tree):
    """The first element schema.org microdata names the headline (`itemprop="headline"`), shown on the page: a
    `<span>` or `<div>` whose looks say nothing, where `<title>` may name the section or the site only."""
    for element in page_body(tree).iter():
        if not isinstance(element.tag, str) or element.tag == "meta":
            continue
        if "headline" in (element.get("itemprop") or "").split() and len(text_of(element).split()) >= 3:
            return element
    return None


def title_without_site(tree, title: str, site_name: str | None) -> str:
    """A declared title without the site's name beside it: "Headline | Site" gives "Headline", when the other
    part is the name the page declares for its site (`og:site_name`, trafilatura's site name) or, where it
    declares none, reads as one (`_reads_as_a_site`), and the part kept is the longer, three words or more;
    any other title as it is ("Incendie à Lyon - trois blessés légers" keeps its second half)."""
    parts = [part.strip() for part in _TITLE_SEPARATOR.split(title) if part.strip()]
    site_keys = _declared_site_keys(tree, site_name) or {key(part) for part in parts if _reads_as_a_site(part)}
    kept = [part for part in parts if key(part) not in site_keys]
    if len(parts) < 2 or len(kept) != 1 or len(kept[0].split()) < 3:
        return title
    dropped = max((len(part.split()) for part in parts if part is not kept[0]), default=0)
    return kept[0] if len(kept[0].split()) > dropped else title


def site_name(tree, name: str | None) -> str | None:
    """trafilatura's name for the site, or None when it is its guess from the `<title>` and the longer part of it:
    without a declared name, trafilatura takes the `<title>`'s part before or after its last separator that holds a
    full stop for a domain's ("lemonde.fr"), and a headline opening on a label or a town, or naming "M. X", does
    hold one ("DIRECT. Incendie dans le massif … - Provence Actu", "Albi. Le chœur … - L'Occitan du Soir"). A name
    as short as the other part, with no full stop, or declared (`og:site_name`) stays."""
    from trafilatura.metadata import examine_title_element

    if not name or tree is None or "." not in name or key(name) in _declared_site_keys(tree, None):
        return name
    _title, first, second = examine_title_element(tree)
    parts = {key(part or ""): part for part in (first, second)}
    if key(name) not in parts:
        return name
    other = second if key(name) == key(first or "") else first
    return None if len(name.split()) > len((other or "").split()) else name


def _level_one_headings(tree) -> list:
    """The `<h1>`s, and the elements ARIA declares level-one headings (`role="heading" aria-level="1"`), in
    document order: a front end without semantic tags still names its headline for screen readers."""
    return [
        element
        for element in page_body(tree).iter()
        if isinstance(element.tag, str)
        and (element.tag == "h1" or (element.get("role") == "heading" and element.get("aria-level") == "1"))
    ]


def _heading_before_body(tree, extracted_key: str):
    last_heading = None
    for element in page_body(tree).iter():
        if not isinstance(element.tag, str) or in_furniture(element):
            continue
        if element.tag == "h2" and len(text_of(element).split()) >= 3:
            last_heading = element
        elif is_prose_block(element):
            return last_heading if key(text_of(element))[:80] in extracted_key else None
    return None


def _titled_block_before_body(tree, extracted_key: str):
    """The last block of text its class names a title ("print-titre", "article-title") before the body's first
    paragraph: a print template or an old CMS's page shows its headline in a `<div>`, under a `<title>` naming
    the template ("Version imprimable"). A site's name, a link (a teaser's title) or a heading of furniture is none,
    nor a title whose class another titled block before the body bears (a list's: related stories, cards)."""
    titled = []
    for element in page_body(tree).iter():
        if not isinstance(element.tag, str) or in_furniture(element):
            continue
        if _names_a_title(element.get("class") or "") and _is_title_block(element):
            titled.append(element)
        elif is_prose_block(element):
            if key(text_of(element))[:80] not in extracted_key:
                return None
            classes = [block.get("class") for block in titled]
            return next((block for block in reversed(titled) if classes.count(block.get("class")) == 1), None)
    return None


def _names_a_title(classes: str) -> bool:
    for name in classes.lower().split():
        parts = set(_CLASS_PARTS.split(name))
        if parts & _TITLE_WORDS and not parts & _NOT_THE_PAGES_TITLE:
            return True
    return False


def _is_title_block(element) -> bool:
    text = text_of(element)
    if _holds_blocks(element) or len(text.split()) < 3 or SENTENCE_END.search(text):
        return False
    return not any(link.tag == "a" for link in (element, *element.iterancestors(), *element.iterdescendants()))


def _title_candidates(tree) -> set[str]:
    """Keys of the titles the page declares: `<title>` whole and in parts, og/twitter titles, JSON-LD headlines."""
    titles = [text_of(title) for title in tree.iter("title")]
    titles += [
        meta.get("content", "") for meta in tree.iter("meta") if _meta_name(meta) in ("og:title", "twitter:title")
    ]
    titles += _json_ld_headlines(tree)
    keys = set()
    for title in titles:
        keys.add(key(title))
        keys.update(key(part) for part in _TITLE_SEPARATOR.split(title))
    return keys - {""}


def _site_keys(tree, site_name: str | None) -> set[str]:
    """Keys of the names the page gives its site: the declared ones, and the shorter part of a two-part
    `<title>` (enough to tell a logo `<h1>` from the headline, not to cut a title)."""
    return (_declared_site_keys(tree, site_name) | _site_parts(tree)) - {""}  # "| ★": no name, not every rule line


def _declared_site_keys(tree, site_name: str | None) -> set[str]:
    """Keys of the site names the page declares: og:site_name, and trafilatura's (JSON-LD's publisher...)."""
    names = {key(site_name or "")}
    if tree is not None:
        names |= {key(meta.get("content", "")) for meta in tree.iter("meta") if _meta_name(meta) == "og:site_name"}
    return names - {""}


def _reads_as_a_site(part: str) -> bool:
    """A title's part shaped like a publication's name: at most four words, the first a capital's ("L’Écho
    comtois", "Sud Ouest"), none a digit; not a phrase of the headline ("trois blessés légers")."""
    words = part.split()
    return 0 < len(words) <= 4 and part[:1].isupper() and not any(char.isdigit() for char in part)


def _site_parts(tree) -> set[str]:
    """Keys of the shorter part of a two-part `<title>`, the site's name as most pages write it."""
    names = set()
    for title in tree.iter("title"):
        parts = [part for part in _TITLE_SEPARATOR.split(text_of(title)) if part]
        if len(parts) == 2:
            names.add(key(min(parts, key=lambda part: len(part.split()))))
    return names


def _meta_name(meta) -> str:
    return (meta.get("property") or meta.get("name") or "").lower()


def json_ld_blocks(tree) -> list:
    """The parsed content of the page's JSON-LD blocks (not JSON, or nested past the parser's depth: left out)."""
    blocks = []
    for script in tree.iter("script"):
        if (script.get("type") or "").lower() != "application/ld+json":
            continue
        try:
            blocks.append(json.loads(script.text or ""))
        except (ValueError, RecursionError):
            continue
    return blocks


def _json_ld_headlines(tree) -> list[str]:
    headlines = []
    for data in json_ld_blocks(tree):
        items = data if isinstance(data, list) else [data]
        # A graph of several things (WordPress's SEO plugins write the article in one): its members too.
        items += [member for item in items if isinstance(item, dict) for member in _as_list(item.get("@graph"))]
        for item in items:
            if isinstance(item, dict) and isinstance(item.get("headline"), str):
                headlines.append(item["headline"])
    return headlines


def _as_list(value) -> list:
    return value if isinstance(value, list) else []


def _matches(h1_key: str, candidates: set[str]) -> bool:
    return any(h1_key in candidate or candidate in h1_key for candidate in candidates if len(candidate) > 10)


def _is_logo(h1, site_keys: set[str]) -> bool:
    """An `<h1>` that names the site: its text is the site's name, or it is all one link to the site's root."""
    if key(text_of(h1)) in site_keys:
        return True
    links = list(h1.iter("a"))
    return len(links) == 1 and bool(_SITE_ROOT.match(links[0].get("href", "x"))) and text_of(links[0]) == text_of(h1)


def is_prose_block(element) -> bool:
    """A block of text and inline tags only, long enough and ending as a sentence does."""
    if element.tag not in _TEXT_BLOCKS or _holds_blocks(element):
        return False
    text = text_of(element)
    return len(text.split()) >= 12 and bool(SENTENCE_END.search(text))


def _holds_blocks(element) -> bool:
    return any(child.tag in _BLOCKS for child in element.iterdescendants() if isinstance(child.tag, str))


def in_furniture(element) -> bool:
    return any(ancestor.tag in _FURNITURE for ancestor in element.iterancestors()) or element.tag in _FURNITURE


def without_text_above(headline_element, text: str) -> str:
    """trafilatura's text without the paragraphs it opens on that the page shows only above the headline: an
    alert banner, a strip or a teaser over the header are no part of the article, which starts at its headline.
    The headline's own `# ` line stays, though a breadcrumb above may repeat it."""
    before = _texts_key(headline_element.xpath("preceding::text()"))
    after = _texts_key(headline_element.xpath("following::text()"))
    paragraphs = text.split("\n\n")
    leading = 0
    for paragraph in paragraphs:
        paragraph_key = key(paragraph)
        if paragraph.startswith("# ") or not paragraph_key or paragraph_key not in before or paragraph_key in after:
            break
        leading += 1
    return "\n\n".join(paragraphs[leading:])


def _texts_key(texts) -> str:
    return key(" ".join(text for text in texts if text.getparent().tag not in ("script", "style", "title")))


def without_site_name_lines(tree, text: str, site_name: str | None) -> str:
    """trafilatura's text without a line that is only the site's name (`_site_keys`), as a signature leaves it under
    the author's ("Anne Martin<br>Le Journal"); a sentence naming the site, and a `#` heading, stay."""
    names = _site_keys(tree, site_name) if tree is not None else set()
    lines = text.split("\n")
    kept = [line for line in lines if line.startswith("#") or key(line) not in names or not line.strip()]
    return "\n".join(kept) if len(kept) < len(lines) else text
