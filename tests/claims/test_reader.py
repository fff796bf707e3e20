"""The markup walk of claims/reader.py: every span layout gives the text back whole, well formed."""

import json
from collections import namedtuple
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from html import escape
from html.parser import HTMLParser
from types import SimpleNamespace

import pytest
from django.utils import formats, timezone, translation
from hypothesis import given, settings
from hypothesis import strategies as st

from annotations.services import claim_finder
from claims.reader import (
    DETAILS_SEPARATOR,
    DayWords,
    PageWriter,
    claim_markup,
    fill,
    mention_details,
    review_panel,
)
from claims.services.annotate import mark_timeline

BlockRow = namedtuple("BlockRow", "kind start end")
ClaimRow = namedtuple("ClaimRow", "id start end verdict position")
MentionRow = namedtuple("MentionRow", "start end label entity_id details")
VOID = {"br"}
HIDDEN = {"verdict-tag", "reviews", "visually-hidden"}


class Reader(HTMLParser):
    """Checks that tags nest properly and collects the text a reader sees in the article."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack, self.hidden, self.text, self.links = [], 0, [], []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag in VOID:
            if not self.hidden:
                self.text.append("\n")
            return
        hidden = bool(set((attrs.get("class") or "").split()) & HIDDEN)
        self.stack.append((tag, hidden))
        self.hidden += hidden
        if tag == "a" and "claim" in (attrs.get("class") or "").split():
            self.links.append(attrs["id"])

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        opened, hidden = self.stack.pop()
        assert opened == tag, f"</{tag}> closes <{opened}>"
        self.hidden -= hidden

    def handle_data(self, data):
        # Line breaks between block elements are layout of the HTML source, not text.
        if not self.hidden and not (len(self.stack) == 1 and not data.strip("\n")):
            self.text.append(data)


def reviewed(claims) -> dict:
    """claim id -> the stored panel of a review without source, as review_claim writes it."""
    moment = datetime(2025, 3, 1, 12, tzinfo=UTC)
    return {claim.id: review_panel(rationale="Parce que <b>.", sources=[], created_at=moment) for claim in claims}


def render(body, blocks, claims, mentions, shown=("sourced", "disputed", "unverified"), reviews=None):
    """The page of these rows, stored and read as in production: each mention belongs to the
    claim containing it (as build_mentions decides), each claim gets its markup (as
    derive_claim_marks writes it) and its dates their timeline entries (as mark_timeline does),
    and the writer reads the rows build_page reads."""
    article = SimpleNamespace(body=body, language="fr")
    reviews = reviewed(claims) if reviews is None else reviews
    owner = claim_finder(claims)
    owned = [(mention, owner(mention.start, mention.end)) for mention in mentions]
    rows, dates = [], []
    for claim in claims:
        inside = [mention for mention, found in owned if found is claim]
        entities = list(dict.fromkeys(mention.entity_id for mention in inside if mention.entity_id is not None))
        markup = claim_markup(body, claim.start, claim.end, inside)
        panel = reviews.get(claim.id)
        rows.append((claim.id, claim.start, claim.end, claim.verdict, markup, panel, panel and json.dumps(entities)))
        saved = SimpleNamespace(pk=claim.id, start=claim.start, text=body[claim.start : claim.end])
        own = [stored_date(mention) for mention in inside if mention.label == "DATE"]
        dates += [(mention, claim.id) for mention in mark_timeline([saved], [own])]
    entries = [(claim_id, m.timeline) for m, claim_id in sorted(dates, key=lambda d: (d[0].date_earliest, d[0].start))]
    loose = [mention for mention, found in owned if found is None]
    with translation.override("fr"):
        writer = PageWriter(article, loose, {1: "Entité <1>"}, set(shown))
        title, pieces = writer.write(blocks, rows)
        timeline = writer.timeline([entry for entry in entries if entry[1]])
    return title, "".join(pieces), "".join(timeline)


def stored_date(row) -> SimpleNamespace:
    """A DATE mention row as the Mention it was read from."""
    value, precision, earliest = row.details.split(DETAILS_SEPARATOR)
    return SimpleNamespace(
        label="DATE",
        start=row.start,
        end=row.end,
        value=value,
        precision=precision,
        date_earliest=date.fromisoformat(earliest) if earliest else None,
    )


def visible(html: str) -> Reader:
    reader = Reader()
    reader.feed(f"<div>{html}</div>")
    reader.close()
    assert reader.stack == []
    return reader


TEXT = st.text(alphabet="ab <&>\"'é\n.", min_size=1, max_size=60)


@st.composite
def layouts(draw):
    """A body cut into blocks, with claims and mentions on arbitrary (even overlapping) spans."""
    body = draw(TEXT)
    cuts = sorted(set(draw(st.lists(st.integers(1, len(body)), max_size=5))) | {len(body)})
    blocks, start = [], 0
    for end in cuts:
        if end > start:
            kind = draw(st.sampled_from(["paragraph", "quote", "heading", "boilerplate"]))
            blocks.append(BlockRow(kind, start, end))
        start = end

    def span():
        a = draw(st.integers(0, len(body) - 1))
        return a, draw(st.integers(a + 1, len(body)))

    claims = []
    for position in range(draw(st.integers(0, 6))):
        a, b = span()
        claims.append(
            ClaimRow(position + 1, a, b, draw(st.sampled_from(["sourced", "disputed", "unverified"])), position)
        )
    claims.sort(key=lambda claim: claim.start)
    mentions = []
    for _n in range(draw(st.integers(0, 8))):
        a, b = span()
        label = draw(st.sampled_from(["PER", "ORG", "DATE", "MONEY"]))
        details = mention_details(
            label,
            value="2016" if label == "DATE" else "",
            precision="year" if label == "DATE" else "",
            earliest=date(2016, 1, 1) if label == "DATE" else None,
            low=Decimal(5) if label == "MONEY" else None,
            high=Decimal(5) if label == "MONEY" else None,
            currency="EUR" if label == "MONEY" else "",
        )
        mentions.append(MentionRow(a, b, label, 1 if label in ("PER", "ORG") else None, details))
    mentions.sort(key=lambda mention: (mention.start, -mention.end))
    return body, blocks, claims, mentions


@settings(max_examples=300, deadline=None)
@given(layouts())
def test_page_writer_gives_back_every_shown_block_whole_and_well_formed(layout):
    body, blocks, claims, mentions = layout
    _title, html, timeline = render(body, blocks, claims, mentions)
    reader = visible(html)
    expected = "".join(body[b.start : b.end] for b in blocks if b.kind != "boilerplate")
    assert "".join(reader.text).replace("\r", "") == expected.replace("\r", "")
    assert len(reader.links) == len(set(reader.links))
    visible(timeline)


@settings(max_examples=100, deadline=None)
@given(layouts())
def test_page_writer_filter_links_only_claims_of_the_chosen_verdict(layout):
    body, blocks, claims, mentions = layout
    _title, html, _timeline = render(body, blocks, claims, mentions, shown=("disputed",))
    by_id = {f"claim-{claim.id}": claim for claim in claims}
    assert all(by_id[link].verdict == "disputed" for link in visible(html).links)


def test_page_writer_links_reviewed_claims_and_marks_the_others():
    body = "Titre\n\nUne phrase. Une autre.\n"
    blocks = [BlockRow("title", 0, 5), BlockRow("paragraph", 7, 29)]
    claims = [ClaimRow(1, 7, 18, "disputed", 0), ClaimRow(2, 19, 29, "unverified", 1)]
    title, html, _timeline = render(body, blocks, claims, [], reviews=reviewed(claims[:1]))
    assert title == "Titre"
    assert html.startswith('<p><a class="claim" id="claim-1" href="#review-1" data-verdict="disputed">Une phrase.<span')
    assert '<span class="claim" id="claim-2" data-verdict="unverified">Une autre.<span' in html
    assert visible(html).links == ["claim-1"]
    assert 'id="review-1"' in html and 'id="review-2"' not in html
    assert "Parce que &lt;b&gt;." in html


def test_page_writer_skips_a_claim_that_crosses_blocks_but_keeps_its_text():
    body = "Un. Deux.\n\nTrois."
    blocks = [BlockRow("paragraph", 0, 9), BlockRow("paragraph", 11, 17)]
    claims = [ClaimRow(1, 4, 17, "sourced", 0)]
    _title, html, _timeline = render(body, blocks, claims, [])
    reader = visible(html)
    assert reader.links == []
    assert "".join(reader.text) == "Un. Deux.Trois."


def test_page_writer_marks_the_first_of_two_overlapping_mentions():
    body = "Elon Musk parle."
    blocks = [BlockRow("heading", 0, 16)]
    mentions = [
        MentionRow(0, 9, "PER", 1, None),
        MentionRow(5, 9, "PER", 1, None),
    ]
    _title, html, _timeline = render(body, blocks, [], mentions)
    assert html == '<h2><a class="entity" data-kind="PER" href="/entities/1/">Elon Musk</a> parle.</h2>\n'


@pytest.mark.parametrize("language", ["fr", "en"])
def test_day_words_write_dates_as_date_format_does(language):
    with translation.override(language):
        words = DayWords()
        for day in (date(2016, 1, 1) + timedelta(days=n) for n in range(0, 800, 3)):
            assert words[day] == escape(formats.date_format(day, "DATE_FORMAT"))


def test_day_words_fall_back_to_date_format_for_other_specifiers(monkeypatch):
    get_format = formats.get_format
    monkeypatch.setattr(
        formats, "get_format", lambda name, *args, **kwargs: "l j F Y" if name == "DATE_FORMAT" else get_format(name)
    )
    with translation.override("fr"):
        words = DayWords()
        assert not words.fast
        assert words[date(2024, 11, 18)] == "lundi 18 novembre 2024"


# -- Stored fragments and their holes -----------------------------------------------------------


def page_writer() -> PageWriter:
    """A writer for a French article, in the language and time zone active when it is made."""
    return PageWriter(SimpleNamespace(body="", language="fr"), [], {}, set())


@pytest.mark.parametrize(
    ("language", "sources", "reviewed"),
    [("fr", "Sources", "Dernière vérification le"), ("en", "Sources", "Last reviewed on")],
)
def test_page_writer_fills_a_stored_panel_for_the_reader(language, sources, reviewed, settings):
    settings.TIME_ZONE = "Europe/Paris"
    source = SimpleNamespace(
        url="https://example.org/a",
        title="Un titre",
        publisher="Le Journal",
        published_on=date(2024, 11, 18),
        excerpt="",
    )
    late = datetime(2025, 3, 1, 23, 30, tzinfo=UTC)  # already the 2nd in Paris
    panel = review_panel(rationale="", sources=[source], created_at=late)
    with translation.override(language), timezone.override("Europe/Paris"):
        html = fill(panel, page_writer().holes)
        published = formats.date_format(date(2024, 11, 18), "DATE_FORMAT")
        day = formats.date_format(date(2025, 3, 2), "DATE_FORMAT")
        no_rationale = translation.gettext("No rationale was given.")
    assert "\x1e" not in html
    assert f'<p class="review-rationale">{escape(no_rationale)}</p>' in html
    assert f'<p class="review-sources-title">{sources}</p>' in html
    assert f', Le Journal, <time datetime="2024-11-18">{published}</time></span>' in html
    assert f'{reviewed} <time datetime="2025-03-01T23:30:00+00:00">{day}</time>' in html


@pytest.mark.parametrize("hole", ["qquoi", "wnot_a_word", "dhier", "t", "nrien"])
def test_fill_leaves_a_hole_it_cannot_fill_empty_and_says_so(hole, caplog):
    with caplog.at_level("ERROR", logger="saga.reader"):
        assert fill(f"<p>Avant\x1e{hole}\x1eaprès</p>", page_writer().holes) == "<p>Avantaprès</p>"
    assert repr(hole) in caplog.text


def test_review_panel_keeps_a_hole_mark_in_a_source_out_of_the_page():
    """Sources written around the service (a restore, an old row) are not validated."""
    source = SimpleNamespace(
        url="https://example.org/\x1ed2024-01-01\x1e",
        title="T\x1ewsources\x1e",
        publisher="",
        published_on=None,
        excerpt="",
    )
    panel = review_panel(rationale="", sources=[source], created_at=datetime(2025, 3, 1, tzinfo=UTC))
    with translation.override("fr"):
        html = fill(panel, page_writer().holes)
    assert '<a class="source-link" href="https://example.org/%1Ed2024-01-01%1E" rel="noopener noreferrer">' in html
    assert "T\ufffdwsources\ufffd</a>" in html


def test_fill_leaves_a_fragment_without_holes_as_it_is():
    assert fill("<p>Rien à remplir.</p>", {}) == "<p>Rien à remplir.</p>"
