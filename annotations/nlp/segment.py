"""Blocks and sentences, found on the normalised text by rules (no model needed).

Blocks. Plain text: every non-empty line is a block, except that a line not ending a sentence
followed by a line starting in lower case is the same paragraph, hard-wrapped. A plain-text
block is a heading or a paragraph by its shape (`line_shapes`: an interview's questions between
its paragraphs are prose, and a dialogue's or a record's lines). Markdown: the
blocks of markdown-it (headings, paragraphs, block quotes, list items; code, HTML and tables are
not prose and count as boilerplate). Any block that is site chrome is boilerplate (see
`boilerplate`: line rules, then page rules). The title is a Markdown `# ` heading, else the
headline: the last substantial title-shaped line before the article's first paragraph (see
`headline`; never a dialogue's line nor a table's row); on a plain-text page, the lines before it
are the site's header, and a short
line between the standfirst's byline and the article, or between the headline and a longer
standfirst, is the lead photo's caption.

Sentences are split by `sentences.split_sentences`; in a debate's record (`is_a_record`) a speaker's
label opens the sentence of their turn, and so does in an interview a speaker's name opening two answers or more
under questions (`interview_speakers`: "Karim Dahmani. Il n'y a pas ...").
"""

from __future__ import annotations

import re

import numpy
from markdown_it import MarkdownIt
from spacy.attrs import IDX, IS_SPACE, SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from annotations.documents import parse_front_matter
from annotations.nlp import boilerplate
from annotations.nlp import headline as headline_choice
from annotations.nlp.bylines import programme_days
from annotations.nlp.common_words import CommonWords
from annotations.nlp.info_boxes import is_table_row
from annotations.nlp.line_shapes import (
    ASKED,
    BODY_MIN_WORDS,
    interview_questions,
    prose_kind,
    spoken_lines,
)
from annotations.nlp.list_items import leads_in_a_list
from annotations.nlp.normalise import mask_markdown
from annotations.nlp.page_ends import MAX_CHROME_WORDS, ends_article
from annotations.nlp.page_lists import SUMMARY_MAX_WORDS, fact_boxes, listed_chrome
from annotations.nlp.paragraphs import text_paragraphs
from annotations.nlp.sentence_labels import (
    interview_speakers,
    is_a_column_of_briefs,
    is_a_record,
    opens_on_a_dateline,
    opens_on_a_speaker_named,
)
from annotations.nlp.sentences import split_sentences, strip_span
from annotations.nlp.site_prose import is_role_bio
from annotations.nlp.state import Component, state
from annotations.nlp.types import Block

TRAIL_HEADINGS = 4  # title-shaped lines with no prose between them: the article is over
LINK_LIST_RUN = 3  # title-shaped lines in a row: a related-articles or footer list


# --- Blocks ------------------------------------------------------------------------------------


def find_blocks(text: str, fmt: str = "text", masked: str | None = None) -> list[Block]:
    """The blocks of `text` (normalised, not masked), in order.

    For Markdown, `masked` is the same text with its markup blanked (see `mask_markdown`), when
    the caller already has it.
    """
    if fmt == "markdown":
        masked = mask_markdown(text) if masked is None else masked
        return _classify(masked, _markdown_blocks(text, masked), plain=False)
    return _classify(text, [(start, end, None) for start, end in text_paragraphs(text)], plain=True)


def _markdown_blocks(text: str, masked: str) -> list[tuple[int, int, str | None]]:
    """(start, end, kind) of the Markdown blocks as markdown-it sees them, trimmed of markup."""
    line_starts = [0] + [match.end() for match in re.finditer(r"\n", text)]
    front = parse_front_matter(text)
    parser_input = text
    spans = []
    if front:
        # The front matter is metadata, not article: blanked for the parser, kept as one block.
        spans.append((*strip_span(text, 0, front.end), "boilerplate"))
        parser_input = re.sub(r"[^\n]", " ", text[: front.end]) + text[front.end :]
    quote_depth = 0
    for token in MarkdownIt("commonmark").enable("table").parse(parser_input):
        if token.type in ("blockquote_open", "blockquote_close"):
            quote_depth += 1 if token.type == "blockquote_open" else -1
            continue
        kind = _markdown_kind(token, quote_depth > 0)
        if kind is False or not token.map:
            continue
        first, last = token.map
        start = line_starts[first]
        end = line_starts[last] if last < len(line_starts) else len(text)
        span = strip_span(masked, start, end)
        if span[0] < span[1]:
            spans.append((*span, kind))
    return spans


def _markdown_kind(token, in_quote: bool) -> str | bool:
    """The block kind a markdown-it token opens, or False for a token that opens no block."""
    if token.type == "heading_open":
        return "title" if token.tag == "h1" else "heading"
    if token.type == "paragraph_open":
        return "quote" if in_quote else "paragraph"
    if token.type in ("fence", "code_block", "html_block", "table_open"):
        return "boilerplate"
    return False


def _classify(text: str, spans: list[tuple[int, int, str | None]], plain: bool) -> list[Block]:
    bodies = [text[start:end] for start, end, _kind in spans]
    kinds = []
    days = programme_days(bodies)  # a programme's days are its headings, no page's date
    for index, (_start, _end, kind) in enumerate(spans):
        next_body = bodies[index + 1] if index + 1 < len(bodies) else None
        if kind != "boilerplate" and index not in days and boilerplate.is_chrome(bodies[index], next_body):
            kind = "boilerplate"
        # a Markdown paragraph has a line's shape too: a short line without a stop is a title, a label or a link
        kinds.append(prose_kind(bodies[index]) if kind in (None, "paragraph") else kind)
    spoken = spoken_lines(bodies, kinds) if plain else set()
    for index in spoken:
        kinds[index] = "paragraph"
    kinds = _page_kinds(bodies, kinds, plain, spoken | _table_rows(bodies, kinds))
    return [Block(start, end, new_kind) for (start, end, _kind), new_kind in zip(spans, kinds, strict=True)]


def _table_rows(bodies: list[str], kinds: list[str]) -> set[int]:
    """A table's rows, two at least one under the other, each a label and its figures ("Rhône : 6,9 %
    (– 0,2 pt)", "Lyon – Rennes : 2-1"): the article's fact box (or a widget), never its headline."""
    rows = {index for index, body in enumerate(bodies) if kinds[index] == "heading" and is_table_row(body)}
    return {index for index in rows if index - 1 in rows or index + 1 in rows}


def _page_kinds(bodies: list[str], kinds: list[str], plain: bool, untitled: set[int]) -> list[str]:
    """The page rules of `boilerplate`, once every line has its own kind.

    The headline is chosen (`headline.find_headline`); on a plain-text page whatever comes before it is the
    site's header. After the article has started, a marker of its end (comments, paywall cut,
    dated copyright, a list of LINK_LIST_RUN + 1 links or more, TRAIL_HEADINGS title-shaped lines
    without prose between them, unless under a fact box's label) makes the rest chrome. Runs of
    title-shaped lines are link lists, and a short line already seen on the page is repeated chrome.
    A numbered line whose text is a later line of the page is an entry of a table of contents.
    A dialogue's or a record's lines and a table's rows (`untitled`) are never the headline.
    """
    # Over 40 lines: one pass whose running state (ended, paragraphs, headings, seen) every rule reads.
    marked = kinds.index("title") if "title" in kinds else None  # a Markdown `# ` heading
    kinds = [("heading" if kind == "title" else kind) for kind in kinds]
    for index in [*interview_questions(bodies, kinds), *_items_of_a_lead_in(bodies, kinds)]:
        kinds[index] = ASKED  # neither a heading nor a headline: prose once the page is read
    related = listed_chrome(bodies, kinds)  # chrome, still counted below
    boxes = set(fact_boxes(bodies, kinds))  # title-shaped lines that end nothing
    body_start = headline_choice.body_start(bodies, kinds)
    headline = marked if marked is not None else headline_choice.find_headline(bodies, kinds, body_start, untitled)
    if headline is not None:
        kinds[headline] = "title"
        if headline_choice.is_standfirst(bodies, kinds, headline + 1, body_start):
            kinds[headline + 1] = "paragraph"
        for index in headline_choice.lead_captions(bodies, kinds, headline) if plain else []:
            kinds[index] = "boilerplate"
    runs = _heading_runs(kinds)
    boxes |= {
        index for first, last in runs if _is_list_in_prose(bodies, kinds, last) for index in range(first, last + 1)
    }
    header = headline_choice.header_end(bodies, headline) if plain and headline is not None else 0
    head = set(range(header, headline)) if plain and headline is not None else set()  # a letter's lines: no links
    links = _link_lists(bodies, runs) - head
    long_lists = {first for first, last in runs if last - first + 1 >= LINK_LIST_RUN + 1 and first not in boxes | head}
    seen: set[str] = set()
    ended, ended_at = False, len(bodies)
    paragraphs = headings = 0  # substantial paragraphs so far; title-shaped lines since the last one
    for index, body in enumerate(bodies):
        counted = kinds[index] == "heading" and index not in boxes
        headings = 0 if kinds[index] in ("paragraph", "quote") else headings + counted
        before_headline = index < header
        repeated = body in seen and len(body.split()) <= MAX_CHROME_WORDS and index != headline
        if ended or before_headline or repeated or index in links:
            kinds[index] = "boilerplate"
        paragraphs += kinds[index] == "paragraph" and len(body.split()) >= BODY_MIN_WORDS
        # The end of the article: a marker, a long list of links, or many title-shaped lines with
        # no prose between them (related lists, tags, footer). Not before a second paragraph: a
        # comments link or a paywall badge in the byline, after the standfirst, ends nothing.
        ending = ends_article(body) or index in long_lists or headings >= TRAIL_HEADINGS
        ended = ended or paragraphs >= 2 and ending
        ended_at = index if ended and ended_at == len(bodies) else ended_at
        seen.add(body)
    kinds = [("paragraph" if kind == ASKED else kind) for kind in kinds]
    for index in _role_lines_in_the_body(bodies, kinds, ended_at) if plain else []:
        kinds[index] = "paragraph"
    return [("boilerplate" if index in related else kind) for index, kind in enumerate(kinds)]


def _role_lines_in_the_body(bodies: list[str], kinds: list[str], ended_at: int) -> list[int]:
    """The lines read as a journalist's bio (`site_prose.is_role_bio`) that sit inside the article: right between
    two paragraphs of the article, before its end. A bio sits under the byline or at the page's end, where chrome
    ("Réagir", "À lire aussi", a newsletter's pitch) or nothing follows it; "Journaliste de métier, il travaille pour
    Amnesty International depuis 2019." right between two paragraphs is prose."""

    def substantial(index: int) -> bool:
        return kinds[index] == "paragraph" and len(bodies[index].split()) >= BODY_MIN_WORDS

    return [
        index
        for index in range(1, ended_at - 1)
        if kinds[index] == "boilerplate"
        and substantial(index - 1)
        and substantial(index + 1)
        and is_role_bio(bodies[index])
    ]


def _items_of_a_lead_in(bodies: list[str], kinds: list[str]) -> list[int]:
    """The title-shaped lines right under a sentence of the article that announces them with a colon
    ("Voici la composition du gouvernement, annoncée mercredi soir :", then "Premier ministre : ..."):
    the items of its list, which go on with its prose. A label alone ("Lire aussi :", "Au sommaire :")
    is no sentence of BODY_MIN_WORDS words; a short one announces a list only when the line under it opens
    as an item does ("Ingrédients :", then "– 250 g de farine")."""
    items = []
    for index, body in enumerate(bodies):
        lead_in = (
            len(body.split()) >= BODY_MIN_WORDS or index + 1 < len(bodies) and leads_in_a_list(body, bodies[index + 1])
        )
        announces = kinds[index] == "paragraph" and body.endswith(":") and lead_in
        following = index + 1
        while announces and following < len(bodies) and kinds[following] == "heading":
            items.append(following)
            following += 1
    return items


def _is_list_in_prose(bodies: list[str], kinds: list[str], last: int) -> bool:
    """A run of title-shaped lines with the article's prose right under it: a list inside the article
    ("Les signes qui doivent alerter", then its items), not links. A teaser's summary or a footer's
    line is short; a paragraph longer than SUMMARY_MAX_WORDS words goes on with the article."""
    after = last + 1
    return after < len(bodies) and kinds[after] == "paragraph" and len(bodies[after].split()) > SUMMARY_MAX_WORDS


def _link_lists(bodies: list[str], runs: list[tuple[int, int]]) -> set[int]:
    """The lines of the runs of LINK_LIST_RUN title-shaped lines or more, but a column of figures."""
    return {
        index
        for first, last in runs
        if last - first + 1 >= LINK_LIST_RUN and not _is_a_column_of_figures(bodies[first : last + 1])
        for index in range(first, last + 1)
    }


def _is_a_column_of_figures(run: list[str]) -> bool:
    """A run of title-shaped lines most of which open on a quantity or hold a label and its figures: an ingredient
    list ("1 tasse (250 ml) de crème"), a poll's or a table's rows ("Non : 39 %"), the article's own, no links (a
    list of the most read, "1. Ligue 1 : ...", "2. Top 14 : ...", is ranked, not counted)."""
    figures = sum(headline_choice.opens_on_a_quantity(body) or is_table_row(body) for body in run)
    return 2 * figures > len(run)


def _heading_runs(kinds: list[str]) -> list[tuple[int, int]]:
    """(first, last) of each run of title-shaped lines in a row: a list of links when long."""
    runs: list[tuple[int, int]] = []
    for index, kind in enumerate(kinds):
        if kind != "heading":
            continue
        if runs and runs[-1][1] == index - 1:
            runs[-1] = (runs[-1][0], index)
        else:
            runs.append((index, index))
    return runs


# --- Component ---------------------------------------------------------------------------------


@Language.factory("saga_sentences", default_config={})
class SentenceSetter(Component):
    """Marks block and sentence starts on the tokens, before the entity recogniser runs.

    The recogniser never lets an entity cross a sentence start, so this keeps entities inside
    one block and one sentence; the parser, which would otherwise set them, stays disabled.
    """

    def __init__(self, nlp: Language, name: str):
        super().__init__(nlp, name)
        self.common = CommonWords(nlp)  # a dateline's town is no common word ("Stupeur. Les habitants ...")

    def __call__(self, doc: Doc) -> Doc:
        saga = state(doc)
        starts = set()
        turns = is_a_record(saga.text, saga.blocks)
        briefs = is_a_column_of_briefs(saga.text, saga.blocks)
        speakers = interview_speakers(saga.text, saga.blocks)
        for index, block in enumerate(saga.blocks):
            starts.add(block.start)
            if block.yields_claims:
                dateline = opens_on_a_dateline(saga.text, block.start, block.end, self.common.is_lemma)
                named = opens_on_a_speaker_named(saga.text, block.start, block.end, speakers)
                spans = split_sentences(saga.text, block.start, block.end, turns, briefs, dateline, named)
                for start, end in spans:
                    saga.sentences.append((start, end, index))
                    starts.add(start)
        # One array write: the Token.is_sent_start setter rescans the Doc on every call.
        offsets = doc.to_array([IDX, IS_SPACE])
        flags = numpy.where(numpy.isin(offsets[:, 0], sorted(starts)), 1, -1)
        for index in numpy.flatnonzero(offsets[:, 1]):
            if "\n" in doc[index].text:
                flags[index] = 1  # a line break: no entity runs across it
        if len(flags):
            flags[0] = 1
            doc.from_array([SENT_START], flags.astype("int64").astype("uint64").reshape(-1, 1))
        return doc
