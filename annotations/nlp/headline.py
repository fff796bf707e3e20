"""The headline of a copied plain-text or Markdown page, and what sits right under it (see `segment`).

The article's body starts at its first paragraph of some length followed by another soon
(`body_start`); the headline is the last substantial title-shaped line before it, preferring one with
its byline or a place and date a few lines under it (`find_headline`); a title-shaped line right
under the headline is its standfirst (`is_standfirst`), and a short line between the headline, the
standfirst and the byline is the lead photo's caption (`lead_captions`).
"""

import re

from annotations.nlp import boilerplate, bylines, captions
from annotations.nlp.info_boxes import is_table_row
from annotations.nlp.line_shapes import BODY_MIN_WORDS, is_title_sentence
from annotations.nlp.list_items import is_an_item_line, opens_an_item
from annotations.nlp.sentences import split_sentences

HEADLINE_MIN_WORDS = 4  # menus, site names and section labels are shorter than a headline
BODY_WINDOW = 8  # the article's first paragraph has another one within this many lines (chrome aside)
BYLINE_WINDOW = 6  # a headline's byline or date is at most this many lines under it
MENU_MAX_WORDS = 2  # "Accueil", "S'abonner", "Se connecter": a site's menu or button, no letter's line
CAPTION_MAX_WORDS = 15  # a lead photo's caption between the byline and the article is this short
# The moment a lead photo's caption names: "samedi soir", "le 9 novembre 2026", "peu après 2 heures".
_MOMENT = re.compile(
    r"\b(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|janvier|février|mars|avril|mai|juin|juillet|août|"
    r"septembre|octobre|novembre|décembre|hier|matin|soir|(?:19|20)\d{2}|\d{1,2}\s?h(?:\s?\d{2})?|\d{1,2} heures)\b",
    re.I,
)


def body_start(bodies: list[str], kinds: list[str]) -> int:
    """The first paragraph of some length followed by another soon: the article has begun there.

    A lone notice in the page's header that no rule recognised is not followed by more prose
    before the headline, so it does not hide the headline.
    """
    paragraphs = [index for index, kind in enumerate(kinds) if kind in ("paragraph", "quote")]
    substantial = [
        index
        for index in paragraphs
        if len(bodies[index].split()) >= BODY_MIN_WORDS and not is_title_sentence(bodies[index], kinds[index])
    ]
    lines = [index for index, kind in enumerate(kinds) if kind != "boilerplate"]  # chrome does not count
    position = {index: rank for rank, index in enumerate(lines)}
    followed = [
        first
        for first, then in zip(substantial, substantial[1:], strict=False)
        if position[then] - position[first] <= BODY_WINDOW
    ]
    # A notice in the header no rule recognised may sit a few lines above the standfirst: the body
    # starts at the first such paragraph with a headline-shaped line somewhere above it.
    headed = [first for first in followed if any(_is_headline_shaped(bodies, kinds, index) for index in range(first))]
    return (headed or followed or substantial or paragraphs or [len(bodies)])[0]


def _is_headline_shaped(bodies: list[str], kinds: list[str], index: int) -> bool:
    long_enough = len(bodies[index].split()) >= HEADLINE_MIN_WORDS
    return (kinds[index] == "heading" and long_enough) or is_title_sentence(bodies[index], kinds[index])


def find_headline(bodies: list[str], kinds: list[str], body_start: int, untitled: set[int]) -> int | None:
    """The index of the page's title, or None.

    The last substantial title-shaped line (HEADLINE_MIN_WORDS words or more) before the
    article's first paragraph: menus, site names
    and breadcrumbs come before it and are shorter; a byline, a date or a credit after it are
    chrome. A headline has its byline or date a few lines under it: when some candidates do, a
    line after them (a video's title, a button, a site name in the header) is not the headline.
    When two such lines follow each other, the first is the headline and the second its
    standfirst, unless a paragraph follows the second: then the second is the headline with its
    standfirst under it, and the first a label ("Notre avis : ..."), unless the second is the first of the page's
    short section headings ("Ligue 1 (16e journée)", then "National 2", "Rugby, Top 14"). A question or a quotation of
    one sentence may be a headline too, a list's item or a place and date never (`is_an_item_line`, "Angers,
    le 3 décembre 2026", a release's, which signs the headline above it), nor a line with an e-mail or a web address
    (a small ad's "Envoyer CV à x@y.fr"). Failing those, the last heading before the body.
    """
    candidates = [
        index
        for index in range(body_start)
        if index not in untitled
        and _is_headline_shaped(bodies, kinds, index)
        and not is_an_item_line(bodies, index)
        and not _is_a_place_and_date(bodies, index)
        and not _is_in_a_column_of_figures(bodies, index)
        and not _is_a_row_under_a_headline(bodies, kinds, index)
        and not _ADDRESS.search(bodies[index])
    ]
    signed = [index for index in candidates if _has_byline_under(bodies, index, body_start)]
    # a candidate with its standfirst right under it, a sentence: the article has begun, a later one is a section's
    opened = [index for index in candidates if _has_a_sentence_under(bodies, kinds, index, candidates)]
    if signed or opened:
        candidates = [index for index in candidates if index <= (signed or opened)[-1 if signed else 0]]
    if candidates:
        last = candidates[-1]
        above = last - 1 in candidates
        under = _is_standfirst_shaped(bodies, kinds, last) or _is_a_section_heading(bodies, kinds, last, body_start)
        return last - 1 if above and under else last
    headings = [
        index
        for index in range(body_start)
        if kinds[index] == "heading"
        and index not in untitled
        and not _is_a_place_and_date(bodies, index)
        and not _ADDRESS.search(bodies[index])
    ]  # a letter opening on "Paris, le 3 décembre 2026" has no headline
    return headings[-1] if headings else None


# An e-mail or a web address: a small ad's or a notice's line ("Envoyer CV et lettre à recrutement@x.fr"), no headline.
_ADDRESS = re.compile(r"\w@[\w-]+\.\w|\bwww\.|https?://")
SECTION_MAX_WORDS = 6  # "Ligue 1 (16e journée)", "Bélier (21 mars - 20 avril)": a section's heading is this short


def _is_a_section_heading(bodies: list[str], kinds: list[str], index: int, body_start: int) -> bool:
    """A short heading with two others or more after the body's start: the first section's heading ("Ligue 1 (16e
    journée)" over its results, then "National 2, groupe C", "Rugby, Top 14"), under the page's headline ("Football,
    rugby, basket : les résultats du week-end"). The headline above it is no shorter: a shorter line is a site's or a
    section's label over a short headline ("L'actualité de la Montérégie", then "Grève des chauffeurs à
    Longueuil" over its lead and two intertitles)."""
    words = len(bodies[index].split())
    if not index or kinds[index] != "heading" or words > SECTION_MAX_WORDS or len(bodies[index - 1].split()) < words:
        return False
    return sum(kind == "heading" for kind in kinds[max(body_start, index + 1) :]) >= 2


def _has_a_sentence_under(bodies: list[str], kinds: list[str], index: int, candidates: list[int]) -> bool:
    """ "Cyclo-cross : Morvan et Le Roux champions", then "Championnat de Bretagne, dimanche, à Landerneau." and
    the results' heading: a short sentence of the article's under the headline (a consent banner's title has its
    notice under it, long prose); not a site's name and its motto above its menu ("Accueil", "Politique") and the
    next candidate, the page's header."""
    under = index + 1
    if under >= len(bodies) or kinds[under] != "paragraph" or not bodies[under].endswith("."):
        return False
    if len(bodies[under].split()) >= BODY_MIN_WORDS or len(split_sentences(bodies[under])) != 1:
        return False
    following = min([later for later in candidates if later > index] + [len(bodies) - 1])
    return not any(_is_menu_word(bodies, line) for line in range(under + 1, following))


def _is_a_row_under_a_headline(bodies: list[str], kinds: list[str], index: int) -> bool:
    """A table's row alone right under a headline-shaped line: a match report's score ("Troyes – Rodez : 2-1 (1-0)")
    under its headline, its sheet's first line (its officials' line under it may be the report's prose)."""
    above = index - 1
    if above < 0 or not is_table_row(bodies[index]) or is_table_row(bodies[above]):
        return False
    return _is_headline_shaped(bodies, kinds, above)


# A line opening on a quantity, its figure then a unit or a noun in lower case: an ingredient's ("250 g de farine",
# "1 1/2 tasse (375 ml) de sirop"), a key figure's ("23 attaques confirmées"); not a rank ("1. Ligue 1 : ...", "1
# Grand froid : ..."), nor a time ("16h05 Handball : ..."), a related list's; nor a date ("12 mars 2027", see
# `opens_on_a_quantity`).
_QUANTITY = re.compile(r"\d(?:[\d\s,./]*\d)?\s+[a-zà-ÿœ%€$£(°]")


def opens_on_a_quantity(line: str) -> bool:
    return bool(_QUANTITY.match(line)) and not bylines.is_byline_or_date(line)


def _is_in_a_column_of_figures(bodies: list[str], index: int) -> bool:
    """A line opening on a quantity beside another, neither a sentence: an ingredient list's ("1 1/2 tasse (375 ml)
    de farine", then "2 c. à thé de sel"), a table's rows; a headline opening on a figure has prose or its date
    around it ("3 000 manifestants à Quimper ...", then "12 mars 2027")."""
    neighbours = [bodies[other] for other in (index - 1, index + 1) if 0 <= other < len(bodies)]
    return _opens_on_a_quantity_line(bodies[index]) and any(_opens_on_a_quantity_line(line) for line in neighbours)


def _opens_on_a_quantity_line(line: str) -> bool:
    return opens_on_a_quantity(line) and not line.endswith((".", "!", "?", "…"))


def _is_a_place_and_date(bodies: list[str], index: int) -> bool:
    """A letter's, a release's or an edition's place and date ("Paris, le 3 décembre 2026", "Namur, 2 décembre
    2026"), never the headline; but without "le" and a byline right under it, a history page's headline
    ("Oradour-sur-Glane, 10 juin 1944", then "Par Claire Muller"): no one signs an edition's date."""
    if bylines.is_letters_place_and_date(bodies[index]):
        return True
    signed = index + 1 < len(bodies) and bylines.is_byline(bodies[index + 1])
    return bylines.is_place_and_date(bodies[index]) and not signed


def _is_standfirst_shaped(bodies: list[str], kinds: list[str], index: int) -> bool:
    """A title-shaped standfirst under its headline: a statement with no paragraph right under it (a
    line with the standfirst under it is the headline, with a label above it: "Notre avis : ..."). Two table's rows
    under it are no paragraph: the line is a section's heading under the page's headline ("Les résultats du
    week-end", then "Basket, Betclic Élite (10e journée)" over "Le Mans - Cholet : 84-79." and "Monaco - Paris :
    91-88."), or two numbered entries (a chart's "1. ... : 612 400 entrées." under "Entrées en France, semaine du 2 au 8
    décembre"); a match report's one score under its headline is not ("Troyes - Rodez : 1-2.", then its prose)."""
    followed = index + 1 < len(kinds) and kinds[index + 1] in ("paragraph", "quote")
    rows = followed and index + 2 < len(bodies)
    rows = rows and all(_is_a_row(bodies[under]) for under in (index + 1, index + 2))
    return kinds[index] == "heading" and (not followed or rows)


# A chart's entry gives its figure after a colon: "1. La Dernière Marée (Pathé) : 612 400 entrées."
_FIGURE_AFTER_COLON = re.compile(r"\s:\s*\d")


def _is_a_row(body: str) -> bool:
    """A table's row or a numbered entry of a chart ("1. La Dernière Marée (Pathé) : 612 400 entrées."), not a
    numbered paragraph of prose under a short headline ("1. Un centre aquatique sera construit d'ici 2029 ...")."""
    return is_table_row(body.rstrip(".")) or bool(opens_an_item(body) and _FIGURE_AFTER_COLON.search(body))


def _has_byline_under(bodies: list[str], index: int, body_start: int) -> bool:
    """A byline or a publication line within BYLINE_WINDOW lines under `index`, before the body."""
    below = range(index + 1, min(index + 1 + BYLINE_WINDOW, body_start + 1, len(bodies)))
    return any(bylines.is_signature(bodies[line]) or bylines.is_letters_place_and_date(bodies[line]) for line in below)


def lead_captions(bodies: list[str], kinds: list[str], headline: int) -> list[int]:
    """The caption of the lead photo, copied above the standfirst or below its byline.

    Above: the first paragraph under the headline, when short and followed at once by a longer
    one, the standfirst, with the byline or the date just under that: the photo sits between the
    headline and the standfirst. Below: after the standfirst and chrome (the byline, the date), the
    next paragraph, right after a line that is not prose, when it names the moment of the photo (a day, a
    date, an hour: "Les pompiers sont intervenus peu après 2 heures."; "La première alerte est venue
    d'une voisine." opens the article). Either way a caption is one sentence of at most CAPTION_MAX_WORDS words; a
    quotation is the article's and is kept, and so is any later line.
    """
    paragraphs = [index for index in range(headline + 1, len(bodies)) if kinds[index] in ("paragraph", "quote")]
    if len(paragraphs) < 2:
        return []
    first, second = paragraphs[0], paragraphs[1]
    if _is_caption_shaped(bodies[first], kinds[first]) and _is_standfirst_above_byline(bodies, kinds, first, second):
        return [first]
    after_chrome = "boilerplate" in kinds[first + 1 : second] and kinds[second - 1] != "paragraph"
    # the photo's caption already given, with its credit ("Le maire, mardi. Photo : N.G."): the next line opens the article
    captioned = any(_is_photo_credit(bodies[index]) for index in range(first + 1, second))
    dated = _MOMENT.search(bodies[second])  # a photo was taken at a moment; an article's opening line needs none
    below = after_chrome and not captioned and dated
    return [second] if below and _is_caption_shaped(bodies[second], kinds[second]) else []


def _is_photo_credit(body: str) -> bool:
    """ "Le maire, mardi. Photo : N.G."; a date line's slashes ("Publié le 02/05/2026") are no credit."""
    return captions.is_credited(body) and not bylines.is_byline_or_date(body)


def _is_caption_shaped(body: str, kind: str) -> bool:
    short = len(body.split()) <= CAPTION_MAX_WORDS and len(split_sentences(body)) == 1
    return short and kind == "paragraph" and "«" not in body and '"' not in body


def _is_standfirst_above_byline(bodies: list[str], kinds: list[str], caption: int, standfirst: int) -> bool:
    """The line right under a caption is a longer paragraph with the byline or date a few lines under it."""
    if standfirst != caption + 1 or len(bodies[standfirst].split()) <= len(bodies[caption].split()):
        return False
    for index in range(standfirst + 1, min(standfirst + 4, len(bodies))):
        if kinds[index] in ("paragraph", "quote"):
            return False
        if bylines.is_byline_or_date(bodies[index]):
            return True
    return False


def is_standfirst(bodies: list[str], kinds: list[str], index: int, body_start: int) -> bool:
    return index < body_start and kinds[index] == "heading" and len(bodies[index].split()) >= HEADLINE_MIN_WORDS


def header_end(bodies: list[str], headline: int) -> int:
    """Where the site's header above the headline ends: at the headline, or at a letter's or a release's place and
    date a few lines above it ("Lyon, le 28 novembre 2026", then the sender's address and "Objet : ..."; "Paris,
    le 3 décembre 2026", then "COMMUNIQUÉ DE PRESSE" and the headline), whose lines down to the headline are the
    document's own. A site's header dates its edition without "le" ("Sherbrooke, 12 mars 2027"), or with it and its
    menu under it ("Angers, le 7 décembre 2026", then "Accueil", "S'abonner"): a menu's or a button's word is no
    letter's line (a release's "Contact presse : Julie Moreau" is)."""
    dated = [
        index
        for index in range(max(0, headline - BYLINE_WINDOW), headline)
        if bylines.is_letters_place_and_date(bodies[index])
    ]
    if not dated or any(_is_menu_word(bodies, index) for index in range(dated[0], headline)):
        return headline
    return dated[0]


def _is_menu_word(bodies: list[str], index: int) -> bool:
    return len(bodies[index].split()) <= MENU_MAX_WORDS and boilerplate.is_chrome(bodies[index], bodies[index + 1])
