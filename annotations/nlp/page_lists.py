"""Lists inside a copied page, found once every line has its kind (see `segment._page_kinds`).

A related box under its label ("Lire aussi", then titles, with or without a one-sentence summary
each), a player's caption under its play button or a photo's under a gallery's counter, a table of
contents (numbered entries that are the article's later headings), a sponsored box ("Publireportage"
and its text), a paywall's filler above its cut, a fact box under its label ("Les chiffres clés", then
title-shaped figures) and a table copied as text (rows of a label and its figures, `info_boxes`). All
but the last two are chrome; the fact box and the table are the article's, and their title-shaped lines
end nothing.
"""

import re

from annotations.nlp import boilerplate
from annotations.nlp.bylines import WORD
from annotations.nlp.foreign_lines import is_filler
from annotations.nlp.info_boxes import is_table_row
from annotations.nlp.lexicon import alone_on_a_line
from annotations.nlp.page_ends import MAX_CHROME_WORDS, ends_article, is_related_label
from annotations.nlp.sentences import split_sentences

CAPTION_MAX_WORDS = 15  # a player's caption is one short sentence
SLIDE_CAPTION_MAX_WORDS = 60  # a gallery's caption: a few sentences, a paragraph's length
_SLIDE_COUNTER = re.compile(r"^\s*(\d{1,3}) ?/ ?(\d{1,3})\s*$")  # "3 / 6"
TABLE_HEAD = 2  # a table's label and unit line above its rows
SUMMARY_MAX_WORDS = 25  # a teaser's summary is one sentence of at most this many words
# A player's button, or a gallery's counter ("3 / 6"): the short line under it is the video's or the photo's caption.
_PLAY_BUTTON = alone_on_a_line(r"lecture|lire la vidéo|lancer la vidéo|regarder la vidéo|play|\d{1,3} ?/ ?\d{1,3}")
_NUMBERED_ENTRY = re.compile(r"^(?:\d{1,2}|[IVX]{1,4})\s?[.)/–-]\s+(\S.*)$")  # "2. Que risque ... ?", "III - Les aides"


def listed_chrome(bodies: list[str], kinds: list[str]) -> set[int]:
    """The lines of the page's lists that are chrome: a related box's links and summaries, a table of
    contents' entries, a player's or a slide's caption, a sponsored box's text, a paywall's filler."""
    listed = set(related_links(bodies, kinds)) | set(contents_entries(bodies)) | set(media_captions(bodies, kinds))
    return listed | set(sponsored_texts(bodies)) | set(paywall_filler(bodies))


def paywall_filler(bodies: list[str]) -> list[int]:
    """The filler a paywall shows blurred in place of the article's rest, right above its cut ("Il vous reste 80 %
    ...", "Cet article est réservé aux abonnés"): scrambled letters or "Lorem ipsum ..." (`foreign_lines.is_filler`);
    a quotation in another language elsewhere in the article stays."""
    filler = []
    for index, body in enumerate(bodies):
        above = index - 1
        while ends_article(body) and above >= 0 and is_filler(bodies[above], WORD.findall(bodies[above])):
            filler.append(above)
            above -= 1
    return filler


# A sponsored box's label: "Contenu sponsorisé", "Publireportage", "En partenariat avec X" (not "Publicité", an ad
# slot's label, which the article's next paragraph follows).
_SPONSORED_LABEL = re.compile(
    r"^(?:publi-?reportage|publi-?rédactionnel|publi-?information|contenus? (?:sponsorisés?|partenaires?|de marque)|"
    r"sponsorisé|en partenariat avec [^\n.!?]{1,40})\s*:?\s*(?:\n|$)",
    re.I,
)


def sponsored_texts(bodies: list[str]) -> list[int]:
    """A sponsored box's text, in a block opening on its label ("Publireportage\nVotre hypothèque au meilleur taux
    ..."): the advertiser's, not the article's. The label alone on its line is an empty slot's as often, the
    article's next paragraph under it ("Contenu sponsorisé", then "Les syndicats dénoncent ...")."""
    return [
        index
        for index, body in enumerate(bodies)
        if (label := _SPONSORED_LABEL.match(body)) and label.end() < len(body)
    ]


def related_links(bodies: list[str], kinds: list[str]) -> list[int]:
    """The links of a related box whose label stands on its own line ("Lire aussi", then a title).

    The title-shaped lines right under the label, and one-sentence questions however long ("Vie sur
    Mars : où chercher en priorité ?"), are the box's links, not the article's prose; so is a
    link's one-sentence summary, when another teaser follows it (a link, then a summary or no prose)
    or an earlier link had one too; a subheading followed by the article's paragraph is no teaser.
    """
    links, index = [], 0
    while index < len(bodies):  # each line is read once, however many labels follow each other
        label = is_related_label(bodies[index])
        index += 1
        summaries = False
        while label and index < len(bodies):
            if not _is_link_shaped(bodies[index], kinds[index]):
                following = _is_teaser(bodies, kinds, index + 1)
                if not (links and links[-1] == index - 1 and _is_summary(bodies[index]) and (following or summaries)):
                    break
                summaries = True
            links.append(index)
            index += 1
    return links


def _is_teaser(bodies: list[str], kinds: list[str], index: int) -> bool:
    """A link-shaped line at `index`, with a summary or no prose under it."""
    if index >= len(bodies) or not _is_link_shaped(bodies[index], kinds[index]):
        return False
    after = index + 1
    return after >= len(bodies) or kinds[after] not in ("paragraph", "quote") or _is_summary(bodies[after])


def _is_summary(body: str) -> bool:
    return len(split_sentences(body)) == 1 and len(body.split()) <= SUMMARY_MAX_WORDS and "«" not in body


def contents_entries(bodies: list[str]) -> list[int]:
    """The entries of a table of contents: "2. Que risque le locataire ?" above the heading "Que risque le locataire ?"."""
    last = {body: index for index, body in enumerate(bodies)}
    entries = []
    for index, body in enumerate(bodies):
        match = _NUMBERED_ENTRY.match(body)
        if match and last.get(match.group(1), -1) > index:
            entries.append(index)
    return entries


def media_captions(bodies: list[str], kinds: list[str]) -> list[int]:
    """The caption of a video or an animation, right under its play button ("Lecture", "Lire la vidéo"), or of a
    gallery's photo, right under its counter ("3 / 6").

    A short one-sentence line there ("Ces pluies peuvent provoquer des crues rapides.") is the
    player's, not the article's; a quotation, or a longer paragraph, is the article's.
    """
    captions = []
    slides = _slide_counters(bodies)
    for index in range(len(bodies) - 1):
        line = bodies[index + 1]
        short = len(line.split()) <= CAPTION_MAX_WORDS and "«" not in line and len(split_sentences(line)) == 1
        # a gallery's slide (its counter one of a run, "1 / 4" ... "4 / 4"): a caption of a few sentences too
        short = short or index in slides and len(line.split()) <= SLIDE_CAPTION_MAX_WORDS and "«" not in line
        if _PLAY_BUTTON.match(bodies[index]) and kinds[index + 1] == "paragraph" and short:
            captions.append(index + 1)
    return captions


def _slide_counters(bodies: list[str]) -> set[int]:
    """The lines that are a gallery's counters: "k / n" lines, two or more of the page sharing their total n and
    counting up one by one ("1 / 4", "2 / 4"); marks out of the same total ("4 / 5", "3 / 5", "4 / 5": a guide's
    ratings, a results list) are no slides."""
    totals: dict[str, list[tuple[int, int]]] = {}
    for index, body in enumerate(bodies):
        match = _SLIDE_COUNTER.match(body)
        if match:
            totals.setdefault(match.group(2), []).append((int(match.group(1)), index))
    slides = set()
    for total, run in totals.items():
        counts = [count for count, _ in run]
        if len(run) >= 2 and counts == list(range(counts[0], counts[0] + len(run))) and counts[-1] <= int(total):
            slides |= {index for _, index in run}
    return slides


def fact_boxes(bodies: list[str], kinds: list[str]) -> list[int]:
    """A fact box's label ("Les chiffres clés", "Repères") and the lines under it up to the next paragraph,
    or the next chrome as long as prose (an author's bio, a promotion: the box is over).

    "780 salariés sur le site" and the like are title-shaped, but they are the article's figures,
    not a list of links: the article goes on after them.
    """
    box, inside = [], False
    for index, body in enumerate(bodies):
        prose = kinds[index] in ("paragraph", "quote")
        prose = prose or kinds[index] == "boilerplate" and len(body.split()) > MAX_CHROME_WORDS
        inside = boilerplate.is_fact_box_label(body) or inside and not prose
        if inside:
            box.append(index)
    return sorted(set(box) | set(_tables(bodies, kinds)))


def _tables(bodies: list[str], kinds: list[str]) -> list[int]:
    """A table copied as text: two rows or more with no paragraph between them, and up to TABLE_HEAD
    lines above the first row ("Les comptes de X", "En millions d'euros": its label and unit)."""
    lines, run = [], []
    for index, kind in enumerate([*kinds, "paragraph"]):
        if kind not in ("paragraph", "quote"):
            run.append(index)
            continue
        rows = [position for position, line in enumerate(run) if is_table_row(bodies[line])]
        if len(rows) >= 2:
            lines.extend(run[max(0, rows[0] - TABLE_HEAD) : rows[-1] + 1])
        run = []
    return lines


def _is_link_shaped(body: str, kind: str) -> bool:
    question = kind == "paragraph" and body.endswith("?") and "«" not in body
    return kind == "heading" or question and len(split_sentences(body)) == 1
