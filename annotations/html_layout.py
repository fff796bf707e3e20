"""A saved page's markup set right before trafilatura reads it, from the page's structure (never from class names).

Tables that lay out a page rather than hold data (old sites, e-mail letters, print views): trafilatura reads
every table as data and writes it as a Markdown table, the whole page in its cells; `without_layout_tables`
turns a layout table's rows and cells into `<div>`s first. Footnote calls: trafilatura keeps a `<sup>` as
text glued to the word before it, "des années 1960<sup>1</sup>." read "des années 19601.";
`without_footnote_calls` drops the calls that link to a note of the page. A drop cap hidden from screen readers
("<span aria-hidden="true">L</span>es données"): trafilatura drops what `aria-hidden` hides, and the paragraph
reads "es données"; `with_drop_caps_shown` shows it again.
"""

from __future__ import annotations

import re

from lxml import etree

_TABLE_PARTS = frozenset({"table", "thead", "tbody", "tfoot", "tr", "td", "th"})


def without_layout_tables(tree) -> bool:
    """Turns the tables that lay out a page (old sites, e-mail letters) into `<div>`s, in place; whether
    there was one. trafilatura reads a table as data and writes it as a Markdown table, the whole page
    in its cells; a data table never holds another table, is never one cell, and is not `presentation`."""
    layout = {table for table in tree.iter("table") if _is_layout_table(table)}
    # Only a layout table's own rows and cells: a data table inside it stays a table.
    parts = [element for table in layout for element in table.iter(*_TABLE_PARTS) if _table_of(element) in layout]
    for element in parts:
        element.tag = "div"
    return bool(layout)


def _table_of(element):
    """The table a row or cell belongs to (a table: itself)."""
    return element if element.tag == "table" else next(element.iterancestors("table"), None)


def _is_layout_table(table) -> bool:
    if (table.get("role") or "").lower() in ("presentation", "none"):
        return True
    if any(descendant.tag == "table" for descendant in table.iterdescendants()):
        return True
    return len(list(table.iter("td", "th"))) == 1 or _is_column_of_blocks(table) or _holds_a_page(table)


_PAGE_CELL_PARAGRAPHS = 3  # a data table's cell holds a value or a line, never three paragraphs of prose
_PROSE_WORDS = 8  # a paragraph of an article's: a sentence, not a value, a label or a line of a programme
_PROSE_END = re.compile(r"[.!?…][»”\"’)]*$")


def _holds_a_page(table) -> bool:
    """An old site's frame (a header row, the article's cell and a side column): one of its own cells holds a
    headline (`<h1>`, `<h2>`) with prose under it, or three paragraphs of prose, which no cell of data does. A
    results table's title in an `<h2>` of its header row, a programme's cell of three lines in Word's `<p>`s,
    stay data."""
    cells = [cell for cell in table.iter("td", "th") if _table_of(cell) is table]
    for cell in cells:
        prose = sum(map(is_prose, cell.iter("p")))
        if prose >= _PAGE_CELL_PARAGRAPHS or prose and next(cell.iter("h1", "h2"), None) is not None:
            return True
    return False


def is_prose(paragraph) -> bool:
    """A paragraph of an article's: a sentence of eight words or more, ending as one does."""
    text = " ".join(paragraph.text_content().split())
    return len(text.split()) >= _PROSE_WORDS and bool(_PROSE_END.search(text))


def _is_column_of_blocks(table) -> bool:
    """A print view's or an old page's column: rows of one cell each, holding headings or paragraphs. A data
    table has columns; its one-column lists hold no `<h1>`-`<h3>` nor `<p>`."""
    rows = [row for row in table.iter("tr") if _table_of(row) is table]
    if len(rows) < 2 or any(len([cell for cell in row if cell.tag in ("td", "th")]) != 1 for row in rows):
        return False
    return any(element.tag in ("h1", "h2", "h3", "p") for element in table.iterdescendants())


# A footnote's call: one to three digits, bracketed or not, or a mark ("*", "†"); "1<sup>er</sup>", "m<sup>2</sup>"
# and "XIX<sup>e</sup>" link to nothing.
_CALL_TEXT = re.compile(r"^\s*(?:\[\s*\d{1,3}\s*\]|\(\s*\d{1,3}\s*\)|\d{1,3}|\*{1,3}|†)\s*$")


def without_footnote_calls(tree) -> bool:
    """Drops, in place, the footnote calls that link to a note of the same page: a `<sup>` holding only such
    a link ("<sup><a href="#note-1">1</a></sup>"), or such a link holding only a `<sup>`; whether there was
    one. Their tails stay. A superscript that links nowhere ("m<sup>2</sup>") or to another page stays."""
    calls = [element for element in tree.iter("sup", "a") if _is_footnote_call(element)]
    for element in calls:
        element.drop_tree()
    return bool(calls)


def _is_footnote_call(element) -> bool:
    """A `<sup>` whose one child is the link, or a link whose one child is the `<sup>`, no other text beside it
    (the call's own text is the inner one's), the link's target an anchor of the page."""
    if not _CALL_TEXT.match(element.text_content()):
        return False
    children = [child for child in element if child.tag is not etree.Comment]
    if len(children) != 1 or (element.text or "").strip() or (children[0].tail or "").strip():
        return False
    inner = children[0]
    link = inner if element.tag == "sup" else element
    # A browser reads the target without its spaces; "#" and "javascript:" are the page's own note shown by a
    # script (a tooltip): a number or a mark in superscript there is a call too, glued to the figure before it.
    href = (link.get("href") or "").strip().lower()
    return {element.tag, inner.tag} == {"sup", "a"} and href.startswith(("#", "javascript:"))


def with_drop_caps_shown(tree) -> bool:
    """Takes `aria-hidden` off, in place, the drop caps it hides: an inline element holding one letter and nothing
    else, first in its paragraph ("<span aria-hidden="true">À</span> 2 400 mètres", "<span ...>L</span>es");
    whether there was one. An icon hidden the same way ("▶", "×", an icon font's "f") or a hidden word stays
    hidden."""
    caps = [element for element in tree.iter("span", "b", "strong", "big", "em", "i") if _is_hidden_drop_cap(element)]
    for element in caps:
        del element.attrib["aria-hidden"]
    return bool(caps)


# The French words of one letter a drop cap can be, the next word after a space: "À 7 heures", "Y aller".
_ONE_LETTER_WORDS = frozenset("ÀAYÔ")


def _is_hidden_drop_cap(element) -> bool:
    if (element.get("aria-hidden") or "").strip().lower() != "true" or len(element):
        return False
    letter, parent, tail = (element.text or "").strip(), element.getparent(), element.tail or ""
    first = parent is not None and not (parent.text or "").strip() and element.getprevious() is None
    if not (len(letter) == 1 and letter.isupper() and first and tail.strip()):
        return False
    # a capital glued to its word ("L" + "es données"), or a word of one letter; not an icon's letter before a
    # word of its own: "<span aria-hidden="true">X</span> Fermer", "M Menu"
    return tail[0].isalpha() or (letter in _ONE_LETTER_WORDS and tail[0].isspace())


# The marks a word processor sets before each item of a list it writes as paragraphs: "·" in the Symbol font, "o",
# "§" in Wingdings, a dash.
_TYPED_BULLETS = frozenset("·•▪◦o§Ø–-")


def without_typed_bullets(tree) -> bool:
    """Drops, in place, the bullet a word processor types at the head of a list item it writes as a paragraph
    (Word's HTML: "<p><span>·<span>&nbsp;&nbsp;&nbsp;</span></span><span>Les abonnements ...</span></p>"); whether
    there was one. trafilatura keeps the mark and its spaces in the item's text: "·        Les abonnements ..."."""
    bullets = [span for span in tree.iter("span") if _is_typed_bullet(span)]
    for span in bullets:
        span.drop_tree()  # its tail, the item's text when the page sets it loose, stays
    return bool(bullets)


def _is_typed_bullet(span) -> bool:
    """The mark alone, then its spacer: one inner element holding only spaces (Word's "&nbsp;" run in a small type),
    first in a paragraph that goes on after it. A dash a page sets before a dialogue's line has no spacer."""
    if len((span.text or "").strip()) != 1 or span.text.strip() not in _TYPED_BULLETS or len(span) != 1:
        return False
    spacer, parent = span[0], span.getparent()
    if not isinstance(spacer.tag, str) or len(spacer) or (spacer.text or "").strip() or not spacer.text:
        return False
    if (spacer.tail or "").strip() or parent is None or parent.tag != "p" or (parent.text or "").strip():
        return False
    return span.getprevious() is None and bool("".join(parent.itertext()).strip()[1:].strip())


# The label a site sets over the promotion it places inside an article: "Contenu sponsorisé", "Publireportage";
# "partenaire" and "publicitaire" with their noun only ("Partenaires" heads a list of an event's backers).
_PROMOTION_LABEL = re.compile(
    r"^(?:contenus?|articles?|communiqués?) (?:sponsorisée?s?|partenaires?|publicitaires?)$|^sponsorisée?s?$|"
    r"^publi-?(?:reportage|rédactionnel|information)$|^en partenariat avec\b.{0,40}$",
    re.I,
)
_PROMOTION_MAX_WORDS = 60  # a box's pitch; a whole sponsored article, the page's own, runs longer


def without_labelled_promotions(tree) -> bool:
    """Drops, in place, a promotion boxed inside the page under its label: a `<div>`, `<aside>` or `<section>`
    whose first element, no text before it, is the label ("<span>Contenu sponsorisé</span>") and whose words are
    few; whether there was one. trafilatura may drop the label and keep the pitch, which then reads as a paragraph
    of the article ("Votre toiture est-elle bien isolée ? Découvrez les primes ...")."""
    boxes = [box for box in tree.iter("div", "aside", "section") if _is_labelled_promotion(box)]
    for box in boxes:
        if box.getparent() is not None:  # not already gone with a box holding it
            box.drop_tree()
    return bool(boxes)


def _is_labelled_promotion(box) -> bool:
    if (box.text or "").strip() or not len(box) or not isinstance(box[0].tag, str):
        return False
    # the label stands alone: "<strong>Sponsorisé</strong> par la région, le festival ..." opens a sentence; and a
    # label is a few words with few children, tested first: a wrapper's text would be the page's, read again a level
    if (box[0].tail or "").strip() or len(box[0]) > 3:
        return False
    label = " ".join(box[0].text_content().split())
    if not label or len(label.split()) > 6 or not _PROMOTION_LABEL.match(label.strip(" :")):
        return False
    return len(box.text_content().split()) <= _PROMOTION_MAX_WORDS


_SIGNATURE_MAX_WORDS = 40  # a member's motto, a quotation, a link or two; not a paragraph
_POST_WORDS = 20  # the post above it: a message, not a name, a date or a title


def without_post_signatures(tree) -> bool:
    """Drops, in place, a forum member's signature under a post: an element whose class names a signature
    ("signature", "message-signature", "post-signature"), of a few words and no figure, after a sibling holding
    three times its words or more (the post); whether there was one. Its motto or quotation ("« Babi, c'est la
    ville qui ne dort jamais » — …") would read as the post's last paragraph. A news site's signature block (a
    byline, a date, "N.W. avec AFP") is left to the line rules: it stands before the body, or holds the date the
    page's metadata is read from."""
    found = [element for element in tree.xpath("//*[contains(@class, 'ignature')]") if _is_post_signature(element)]
    for element in found:
        element.drop_tree()
    return bool(found)


# What a forum's software names the signature under a post ("signature", "message-signature", "postsignature");
# a news page's "plat-signature" (a chef's dish) or "author-signature" names something else.
_SIGNATURE_CLASS = re.compile(r"(?:(?:post|message|user|member|forum|comment|reply)[-_]?)?signature", re.I)


def _is_post_signature(element) -> bool:
    if not any(_SIGNATURE_CLASS.fullmatch(name) for name in (element.get("class") or "").split()):
        return False
    words = element.text_content().split()
    if not words or len(words) > _SIGNATURE_MAX_WORDS or any(char.isdigit() for char in "".join(words)):
        return False
    above = max((len(sibling.text_content().split()) for sibling in element.itersiblings(preceding=True)), default=0)
    return above >= max(_POST_WORDS, 3 * len(words))


# HTML's block elements (`html_custom_elements` reads them too); with a script and a style, what holds no line of text.
BLOCK_ELEMENTS = frozenset({
    "p", "div", "section", "article", "aside", "header", "footer", "main", "nav", "form", "figure", "blockquote",
    "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "dl", "table", "pre", "hr", "template", "details",
})  # fmt: skip
_BLOCK_TAGS = BLOCK_ELEMENTS | {"script", "style"}
_LOOSE_HOLDERS = ("div", "section", "article", "aside", "template")


def with_loose_ending_apart(tree) -> bool:
    """Puts in a `<div>` of its own, in place, the text and inline elements a block holds loose after its last
    paragraph (a paywall box's "<p>La suite est réservée ...</p> <a>Je m'abonne</a> <a>Déjà abonné ?</a>"); whether
    there was any. trafilatura writes such a run one newline above the next block's first paragraph, and the two
    read as one paragraph: "Déjà abonné ? Connectez-vous\nLes victimes ...". A run before a paragraph is its label
    ("<span>Publireportage</span><p>...</p>") and stays with it; a block holding no other block is a paragraph."""
    # read before any is moved: a holder comes before the holders it holds, whose endings the moves leave alone
    endings = [ending for ending in map(_loose_ending, tree.iter(*_LOOSE_HOLDERS)) if ending]
    for last, *run in endings:
        wrapper = etree.Element("div")
        wrapper.text, last.tail = last.tail, None
        wrapper.extend(run)  # moved, with their tails
        last.addnext(wrapper)
    return bool(endings)


def _is_block(node) -> bool:
    return not isinstance(node.tag, str) or node.tag in _BLOCK_TAGS  # a comment, a script: no text to read


def _loose_ending(holder) -> list:
    """The holder's last block, then the inline elements after it, when they or its tail hold text; else []."""
    children = list(holder)
    blocks = [index for index, child in enumerate(children) if child.tag in BLOCK_ELEMENTS]
    if not blocks:
        return []
    last, run = children[blocks[-1]], children[blocks[-1] + 1 :]
    if any(_is_block(node) for node in run):  # a script, a comment or a block after it: left alone
        return []
    texts = [last.tail or ""] + [node.text_content() + (node.tail or "") for node in run]
    return [last, *run] if any(text.strip() for text in texts) else []


_CARD_HOLDERS = frozenset(_LOOSE_HOLDERS)


def with_link_cards_apart(tree) -> bool:
    """Sets apart, in place, a card link: an `<a>` made of two or more elements and no text of its own ("<a><span>À
    lire aussi</span><span>Le budget voté</span></a>"); whether there was one. trafilatura glues its parts'
    texts ("À lire aussiLe budget voté"), so a space goes between them; and the card, loose in a body between two
    paragraphs, is written one newline above the next paragraph and read as its first line: it goes in a `<div>`
    of its own. A link in a sentence, or a link with text of its own around its elements, is left alone."""
    cards = [link for link in tree.iter("a") if _is_link_card(link)]
    for card in cards:
        for part in list(card)[:-1]:
            part.tail = " "
        if _is_loose_between_blocks(card):
            wrapper = etree.Element("div")
            card.addprevious(wrapper)
            wrapper.tail, card.tail = card.tail, None
            wrapper.append(card)
    return bool(cards)


def _is_loose_between_blocks(card) -> bool:
    holder, before = card.getparent(), card.getprevious()
    if holder is None or holder.tag not in _CARD_HOLDERS or before is None or not _is_block(before):
        return False
    return not (before.tail or "").strip() and not (card.tail or "").strip()


def _is_link_card(link) -> bool:
    parts = list(link)
    if len(parts) < 2 or (link.text or "").strip() or not all(isinstance(part.tag, str) for part in parts):
        return False
    if _in_running_text(link):
        return False  # a word styled in parts ("l'<a><b>Euro</b><i>millions</i></a> a désigné"), shown glued
    texts = [" ".join(part.text_content().split()) for part in parts]
    # each part a label or a title, not a letter ("<span>L</span><span>e budget</span>") nor an image
    if any(len(text) < 2 for text in texts) or any((part.tail or "").strip() for part in parts):
        return False
    return any(not (part.tail or "") for part in parts[:-1])  # glued: no white space between two parts


def _in_running_text(link) -> bool:
    """Whether text stands beside the link in its holder: a sentence's words before it or after it."""
    before = link.getprevious()
    text_before = before.tail if before is not None else (link.getparent().text if link.getparent() is not None else "")
    return bool((text_before or "").strip() or (link.tail or "").strip())
