"""The reader's page: an article body marked up with its claims, verdicts, entities and dates.

The body is stored as given and every annotation is an offset span into it (end exclusive), so
the page is built by walking the spans in reading order and escaping each piece of text between
them. The markup of the body, the review panels, the timeline and the entity list is assembled
here rather than in templates, from plain row tuples rather than model instances, because an
article may hold thousands of claims and tens of thousands of mentions: the template engine and
the ORM cost microseconds per node and per object, and so does every Python call made per span
(bench/reader.py measures this page against the plain text). Hence the shape of the code below:
rows are fetched with only the columns the page reads and without per-row conversion, markup
that repeats (verdict tags, entity links, date and amount tags, dates in words) is built once
per distinct value, the page is kept as a list of pieces joined once, and the template engine
renders only the frame of the page (render_with_parts).

Above all, what does not change between two views is not built at each view but written with
the rows it shows: a claim's text with its mentions marked (Claim.markup, claim_markup below), a
review's rationale, sources and date (Review.panel, review_panel) and a date's entry in the
timeline (Mention.timeline, timeline_entry). So the page reads one row per claim, with its
current review's panel joined to it, and one per timeline entry, instead of one per mention and
per source; only the mentions outside claims (titles, headings) are marked as the page is built.
What those stored fragments cannot know (the reader's language and time zone) they leave as
holes (see "Stored fragments" below).

Safety: every piece of article text, rationale, source and entity name goes through `escape`;
only the assembled string, made of escaped text and our own tags, is marked safe. Source links
are emitted only for http(s) URLs.
"""

import copy
import json
import logging
import re
from collections import Counter
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from html import escape
from operator import itemgetter

from django.db.models import Count, Exists, OuterRef, Subquery
from django.http import Http404, HttpResponse
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import dateformat, formats, timezone
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from annotations.models import ENTITY_LABELS, Entity, Mention, MentionLabel
from claims.models import Article, BlockKind, Claim, Verdict

logger = logging.getLogger("saga.reader")

# What <time datetime> accepts among Saga's normalised values; ranges ("2015/2016") are not.
TIME_VALUE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
# Only these schemes become links: a `javascript:` or `data:` URL stays inert text. Matched on
# the raw value, so what the browser sees as the scheme is what was checked.
WEB_URL = re.compile(r"^https?://", re.IGNORECASE)
QUOTE_LENGTH = 90
TIMELINE_QUOTE_LENGTH = 80
# Plain strings: the loops below compare them thousands of times.
ENTITY_KINDS = frozenset(str(label) for label in ENTITY_LABELS)
DATE, MONEY = MentionLabel.DATE.value, MentionLabel.MONEY.value
BOILERPLATE, TITLE, HEADING, QUOTE = (
    BlockKind.BOILERPLATE.value,
    BlockKind.TITLE.value,
    BlockKind.HEADING.value,
    BlockKind.QUOTE.value,
)
# A mention row, as Marks marks it, is (start, end, label, entity_id, details): `details` packs
# in one string what is shown of a date or an amount (see mention_details), and is None for the
# other labels. One string per distinct value is the key of the memos that build their tags once.
DETAILS_SEPARATOR = "\x1f"  # the ASCII unit separator: in no normalised value
MENTION_COLUMNS = ("start", "end", "label", "entity_id", "details")
LOOSE_FIELDS = (
    "start",
    "end",
    "label",
    "entity",
    "value",
    "precision",
    "date_earliest",
    "amount_min",
    "amount_max",
    "currency",
)
# A hole in a stored fragment (see fill): the ASCII record separator, which _stored_text keeps
# out of every piece of text it escapes.
HOLE = "\x1e"
AMOUNT_PLACES = Decimal(1).scaleb(-Mention._meta.get_field("amount_min").decimal_places)
# The elements of the blocks shown, by kind; a title after the first is a heading, and any
# other kind a paragraph.
BLOCK_TAGS = {
    TITLE: ("<h2>", "</h2>\n"),
    HEADING: ("<h2>", "</h2>\n"),
    QUOTE: ("<blockquote><p>", "</p></blockquote>\n"),
    BlockKind.PARAGRAPH.value: ("<p>", "</p>\n"),
}
# Where render_with_parts puts a part in the rendered frame. Never found in escaped text.
PART = re.compile(r"<!--saga-part:(\w+)-->")


@dataclass(frozen=True)
class EntityCount:
    id: int
    name: str
    kind: str
    mentions: int

    @property
    def kind_label(self) -> str:
        return MentionLabel(self.kind).label


@dataclass(frozen=True)
class VerdictCount:
    value: str
    label: str
    count: int


@dataclass(frozen=True)
class ReaderPage:
    title: SafeString | None  # the first title block, marked up; None when the text has none
    body: list[str]  # pieces of HTML, put in the page by render_with_parts
    timeline: list[str]  # pieces of HTML, an <ol>; none when no shown claim is dated
    claim_count: int
    summary: list[VerdictCount]
    shown_count: int
    entities: list[EntityCount]
    entity_list: SafeString  # the <li> items of `entities`


def visible_entities(user):
    """Entities mentioned in at least one article `user` may read: no name leaks from a draft."""
    readable = Mention.objects.filter(entity=OuterRef("pk"), article__in=Article.objects.visible_to(user))
    return Entity.objects.filter(Exists(readable))


def loose_mentions(article: Article) -> list[tuple]:
    """The mentions of the article's current revision outside any claim (titles, headings),
    marked as the page is built, as MENTION_COLUMNS tuples sorted by (start, -end): one query.
    The others are in their claims' stored markup."""
    mentions = Mention.objects.filter(article=article, revision=article.revision, claim__isnull=True)
    rows = [mention_row(mention) for mention in mentions.order_by("start").only(*LOOSE_FIELDS)]
    return sorted(rows, key=lambda mention: (mention[0], -mention[1]))


def timeline_entries(article: Article) -> list[tuple[int, str]]:
    """(claim id, stored entry) of every date with a timeline entry in the article's current
    revision (Mention.timeline), oldest first and in reading order among equal dates: one
    query, which the mention_timeline index answers in that order."""
    entries = Mention.objects.filter(article=article, revision=article.revision).exclude(timeline="")
    return list(entries.order_by("date_earliest", "start", "pk").values_list("claim_id", "timeline"))


def entity_counts(article: Article) -> list[EntityCount]:
    """The entities named in the article's current revision, most mentioned first: one query.

    Counted from the mention_article_label index alone, each entity's name read once per
    entity rather than joined to every mention.
    """
    mentions = Mention.objects.filter(article=article, revision=article.revision, entity__isnull=False)
    name = Subquery(Entity.objects.filter(pk=OuterRef("entity_id")).order_by().values("name"))
    rows = mentions.values_list("entity_id", "label").annotate(n=Count("pk")).annotate(name=name).order_by()
    entities = [EntityCount(id=pk, name=name, kind=kind, mentions=n) for pk, kind, n, name in rows]
    return sorted(entities, key=lambda entity: (-entity.mentions, entity.name.casefold()))


def mention_row(mention: Mention, *, offset: int = 0) -> tuple:
    """A mention instance as a MENTION_COLUMNS row, its offsets shifted back by `offset`."""
    details = mention_details(
        mention.label,
        value=mention.value,
        precision=mention.precision,
        earliest=mention.date_earliest,
        low=mention.amount_min,
        high=mention.amount_max,
        currency=mention.currency,
    )
    return (mention.start - offset, mention.end - offset, mention.label, mention.entity_id, details)


def mention_details(
    label: str, *, value="", precision="", earliest=None, low=None, high=None, currency=""
) -> str | None:
    """The `details` of a mention with these fields (see MENTION_COLUMNS)."""
    if label == DATE:
        return DETAILS_SEPARATOR.join([value, precision, earliest.isoformat() if earliest else ""])
    if label == MONEY:
        return DETAILS_SEPARATOR.join(["" if low is None else str(low), "" if high is None else str(high), currency])
    return None


def revision_view(article: Article, requested: str | None) -> Article:
    """`article` as it read at revision `requested` (a query parameter), or as it is now.

    An earlier revision is an unsaved copy whose `revision` and `body` are that revision's, so
    everything that reads the current text reads the old one instead. Raises Http404 for a
    revision that is not a whole number between 1 and the current one.
    """
    if not requested or requested == str(article.revision):
        return article
    if not requested.isdigit() or not 1 <= int(requested) < article.revision:
        raise Http404("No such revision")
    number = int(requested)
    shown = copy.copy(article)
    shown.revision = number
    shown.body = article.revisions.values_list("body", flat=True).get(number=number)
    return shown


def edited_claims(article: Article) -> list[dict]:
    """The claims of this revision that continue an earlier claim whose words changed: each
    with its text and the previous claim's id, verdict and revision (one query, none for a
    first revision, which has nothing earlier)."""
    if article.revision == 1:
        return []
    edited = Claim.objects.filter(article=article, revision=article.revision, needs_rereview=True)
    return list(
        edited.filter(previous__isnull=False)
        .order_by("position")
        .values("id", "text", "previous_id", "previous__verdict", "previous__revision")
    )


def build_page(article: Article, *, verdict: str = "") -> ReaderPage:
    """Everything the reader's page shows of `article`, in five queries whatever its size
    (blocks, claims with their markup and the panels of their current reviews, mentions outside
    claims, timeline entries, entities).

    `verdict`, if one of Verdict.values, keeps only the claims with that verdict marked (and in
    the timeline); the others stay in the text, unmarked.
    """
    blocks = article.blocks.filter(revision=article.revision).order_by("start").values_list("kind", "start", "end")
    claims = list(Claim.objects.for_reader(article))
    entities = entity_counts(article)
    names = {entity.id: entity.name for entity in entities}
    shown = {verdict} if verdict in Verdict.values else set(Verdict.values)
    writer = PageWriter(article, loose_mentions(article), names, shown)
    title, body = writer.write(blocks, claims)
    counts = Counter(map(itemgetter(3), claims))
    return ReaderPage(
        title=title,
        body=body,
        timeline=writer.timeline(timeline_entries(article)),
        claim_count=len(claims),
        summary=[VerdictCount(value, label, counts[value]) for value, label in Verdict.choices],
        shown_count=sum(counts[value] for value in shown),
        entities=entities,
        entity_list=writer.entity_list(entities),
    )


def render_with_parts(request, template_name: str, context: dict, **parts: list[str]) -> HttpResponse:
    """The template rendered with each of `parts` (pieces of HTML) where it shows {{ parts.<name> }}.

    The parts of a long article run to megabytes: rendered by the template engine, each would be
    copied again at every level of nesting (blocks, extends) and at every mark_safe. The engine
    renders the frame around markers instead, and the page is joined once. Every text in the
    frame is escaped, so a marker can only be one the template put there.
    """
    markers = {name: mark_safe(f"<!--saga-part:{name}-->") for name in parts}  # noqa: S308 - constant
    frame = PART.split(render_to_string(template_name, {**context, "parts": markers}, request))
    pieces = []
    for index, piece in enumerate(frame):
        if index % 2:
            pieces += parts[piece]
        else:
            pieces.append(piece)
    return HttpResponse("".join(pieces))


def _text(piece: str) -> str:
    """Escaped text for an element's content; a line break inside a block stays a line break.

    Quotes need no escaping outside attributes, and French text is full of apostrophes: leaving
    them as they are keeps the page smaller. Attribute values go through `escape` in full.
    """
    piece = escape(piece, quote=False)
    if "\n" in piece:
        piece = piece.replace("\r\n", "\n").replace("\n", "<br>")
    return piece


def _shortened(text: str, length: int) -> str:
    return text if len(text) <= length else text[: length - 1].rstrip() + "…"


# -- Stored fragments ------------------------------------------------------------------------
# A review's panel (Review.panel) and a date's timeline entry (Mention.timeline) are written once,
# with the rows they show, rather than built again at every view of the page: a long article has
# hundreds of panels and thousands of dated claims, and their text, escaped piece by piece, cost
# more than the rest of the page (bench/reader.py). A review and its sources are never edited,
# and a date's claim text never changes, so what is stored stays true. What depends on the reader
# (interface words, dates in words, the time zone) is left as a hole, HOLE + kind + key + HOLE,
# filled as the page is built from values computed once per page (PageWriter.holes). Nothing in
# a fragment names the claim it is shown with, except a timeline entry's link: copying a review
# to a claim of a new revision copies its panel as it is.
#
# The markup stored is the code's at the time of writing: a change to these functions comes
# with a migration that writes the fragments again, as claims/migrations/0005_review_panel and
# annotations/migrations/0004_mention_timeline do.


def _stored_text(piece: str) -> str:
    """_text() for stored fragments: a HOLE in the text itself would open a hole."""
    return _text(piece.replace(HOLE, "\ufffd") if HOLE in piece else piece)


def _hole(kind: str, key: str = "") -> str:
    return f"{HOLE}{kind}{key}{HOLE}"


def fill(fragment: str, holes) -> str:
    """`fragment` with each hole replaced by holes[kind + key]."""
    if HOLE not in fragment:
        return fragment
    pieces = fragment.split(HOLE)
    pieces[1::2] = [holes[key] for key in pieces[1::2]]
    return "".join(pieces)


def review_panel(*, rationale: str, sources, created_at: datetime) -> str:
    """Review.panel: a review's rationale, sources (objects with url, title, publisher,
    published_on and excerpt) and date, as HTML with holes, for its claim's review panel."""
    html = f'<p class="review-rationale">{_stored_text(rationale) if rationale else _hole("w", "no_rationale")}</p>'
    if sources:
        items = "".join([f"<li>{_source(source)}</li>" for source in sources])
        html += f'<p class="review-sources-title">{_hole("w", "sources")}</p><ul class="review-sources">{items}</ul>'
    moment = created_at.astimezone(UTC).isoformat()
    return f'{html}<p class="review-date">{_hole("w", "reviewed")} {_hole("t", moment)}</p>'


def _source(source) -> str:
    title = _stored_text(source.title or source.url)
    if source.url and WEB_URL.match(source.url):
        url = escape(source.url.replace(HOLE, "%1E"))  # as a URL encodes the character
        html = f'<a class="source-link" href="{url}" rel="noopener noreferrer">{title}</a>'
    else:
        html = f'<span class="source-title">{title}</span>'
    meta = [_stored_text(source.publisher)] if source.publisher else []
    if source.published_on:
        meta.append(_hole("d", source.published_on.isoformat()))
    if meta:
        html += f'<span class="source-meta">, {", ".join(meta)}</span>'
    if source.excerpt:
        html += f'<blockquote class="source-excerpt">{_stored_text(source.excerpt)}</blockquote>'
    return html


def timeline_entry(*, claim_id: int, claim_text: str, written: str, value: str, precision: str, earliest: date) -> str:
    """Mention.timeline: a date's entry in the reader's timeline, the date as `written` in the
    claim (its value added, in words, when the text has no digit: "hier"), linked to the claim.
    The page adds the claim's verdict."""
    tag, when = _timeline_date_tags(value)
    relative = not any(char.isdigit() for char in written)
    extra = _hole("n", DETAILS_SEPARATOR.join([value, precision, earliest.isoformat()])) if relative else ""
    quote = _shortened(claim_text, TIMELINE_QUOTE_LENGTH)
    return f'<{tag}{when}>{_stored_text(written)}</{tag}>{extra} <a href="#claim-{claim_id}">{_stored_text(quote)}</a>'


def _amount(value: Decimal) -> str:
    return str(int(value)) if value == value.to_integral_value() else str(value)


def _amount_tag(details: str) -> str | None:
    """The opening tag of an amount, from its details; None when it has no amount."""
    low, high, currency = details.split(DETAILS_SEPARATOR)
    if not low or not high:
        return None  # an open bound ("plus de 10 euros") or no sane value: no single value to give
    # As the field holds it (the text may be "5", "5.0" or "5.00" depending on the database).
    low, high = (_amount(Decimal(amount).quantize(AMOUNT_PLACES)) for amount in (low, high))
    value = low if low == high else f"{low}/{high}"
    return f'<data class="amount" value="{escape(f"{value} {currency}".strip())}">'


def _date_tags(details: str) -> tuple[str, str]:
    """The opening and closing tags of a date, from its details."""
    value = details.split(DETAILS_SEPARATOR, 1)[0]
    if TIME_VALUE.match(value):
        return f'<time class="date" datetime="{value}">', "</time>"
    return f'<data class="date" value="{escape(value)}">', "</data>"


class _Memo(dict):
    """A dict that computes missing values: tags, dates and URLs repeat across thousands of spans."""

    def __init__(self, compute):
        super().__init__()
        self.compute = compute

    def __missing__(self, key):
        value = self[key] = self.compute(key)
        return value


class DayWords(dict):
    """date -> the date in words, escaped, as formats.date_format(day, "DATE_FORMAT") writes it.

    date_format parses the format and translates the month name at every call (some 15 µs), and
    a page may show hundreds of distinct days. Here the format is split once, and a specifier
    that reads one field of the date only (the day, the month or the year: all that the shipped
    languages use) is computed by Django once per value of that field.
    """

    FIELD_OF = {"d": 2, "j": 2, "m": 1, "n": 1, "b": 1, "E": 1, "F": 1, "M": 1, "N": 1, "L": 0, "y": 0, "Y": 0}
    SAMPLE = (lambda n: date(n, 1, 1), lambda n: date(2000, n, 1), lambda n: date(2000, 1, n))

    def __init__(self):
        super().__init__()
        pieces = dateformat.re_formatchars.split(str(formats.get_format("DATE_FORMAT")))
        self.fast = all(specifier in self.FIELD_OF for specifier in pieces[1::2])
        self.pieces = [
            (piece, self.FIELD_OF[piece]) if index % 2 else (dateformat.re_escaped.sub(r"\1", piece), None)
            for index, piece in enumerate(pieces)
            if self.fast
        ]
        self.words = _Memo(self._word)

    def _word(self, key: tuple[str, int, int]) -> str:
        specifier, field, value = key
        return str(getattr(dateformat.DateFormat(self.SAMPLE[field](value)), specifier)())

    def __missing__(self, day: date) -> str:
        if self.fast:
            fields, words = (day.year, day.month, day.day), self.words
            text = "".join(
                [piece if field is None else words[piece, field, fields[field]] for piece, field in self.pieces]
            )
        else:
            text = formats.date_format(day, "DATE_FORMAT")
        value = self[day] = escape(text)
        return value


def _url_maker(name: str):
    """pk -> the escaped URL of `name` for that pk, from one reverse() (a reverse costs tens of µs)."""
    sentinel = "2147483647"
    url = reverse(name, kwargs={"pk": int(sentinel)})
    if url.count(sentinel) == 1:
        head, tail = (escape(part) for part in url.split(sentinel))
        return lambda pk: f"{head}{pk}{tail}"
    return lambda pk: escape(reverse(name, kwargs={"pk": pk}))


class Marks:
    """Marks mentions in a span of the body. Tags repeat across thousands of mentions, so each is
    built once per distinct value; `entity_url` (pk -> escaped URL), if given, links entities."""

    def __init__(self, entity_url=None):
        self.entity_url = entity_url
        self.entity_spans = _Memo(lambda label: f'<span class="entity" data-kind="{label}">')
        self.entity_anchors = _Memo(
            lambda key: f'<a class="entity" data-kind="{key[0]}" href="{self.entity_url(key[1])}">'
        )
        self.date_tags = _Memo(_date_tags)
        self.amount_tags = _Memo(_amount_tag)

    def mark(self, body: str, start: int, end: int, mentions: list, index: int = 0) -> tuple[str, int]:
        """body[start:end] escaped, with the mentions lying wholly inside it marked, and the index
        of the first mention after it.

        `mentions` are rows of MENTION_COLUMNS (or longer) sorted by (start, -end), and
        mentions[index:] the first that may lie in the span. One that overlaps an earlier mention
        or crosses the span's end is left unmarked; its text is still shown.
        """
        parts, cursor, count = [], start, len(mentions)
        while index < count:
            mention = mentions[index]
            mention_start, mention_end = mention[0], mention[1]
            if mention_start >= end:
                break
            index += 1
            if mention_start < cursor or mention_end > end:
                continue
            opening, closing = self.tags(mention)
            parts.append(
                f"{_text(body[cursor:mention_start])}{opening}{_text(body[mention_start:mention_end])}{closing}"
            )
            cursor = mention_end
        parts.append(_text(body[cursor:end]))
        return "".join(parts), index

    def tags(self, mention) -> tuple[str, str]:
        """The opening and closing tags of one mention row."""
        label = mention[2]
        if label in ENTITY_KINDS:
            entity_id = mention[3]
            if entity_id is None or self.entity_url is None:
                return self.entity_spans[label], "</span>"
            return self.entity_anchors[label, entity_id], "</a>"
        if label == DATE:
            return self.date_tags[mention[4]]
        if label == MONEY and (opening := self.amount_tags[mention[4]]) is not None:
            return opening, "</data>"
        return '<span class="mention">', "</span>"


def claim_markup(body: str, start: int, end: int, mentions: list) -> str:
    """Claim.markup: the claim body[start:end] as HTML with its mentions (MENTION_COLUMNS rows
    sorted by (start, -end)) marked. Entities are not linked: the claim is a link itself, and
    its review panel links them. Nothing in it depends on the reader's language."""
    return Marks().mark(body, start, end, mentions)[0]


class PageWriter:
    """Writes the blocks of one article, consuming its claims and mentions in offset order.

    Claims are rows of ClaimQuerySet.for_reader (id, start, end, verdict, markup, panel,
    entity_ids) in start order; mentions are the rows of loose_mentions (outside claims), marked
    as the text between claims is written. Blocks are (kind, start, end) rows in start order.
    """

    def __init__(self, article: Article, mentions: list, names: dict[int, str], shown: set[str]):
        self.body = article.body
        self.article_lang = escape(article.language)
        self.loose = mentions
        self.next_loose = 0
        self.names = names
        self.shown = shown
        ui_language = get_language() or ""
        # Interface words inside the article (verdict tags) are marked with their own language.
        self.ui_lang = ui_lang = f' lang="{escape(ui_language)}"' if ui_language != article.language else ""
        # A tag here is always inside an element carrying its verdict (a claim, a panel, a
        # timeline entry), whose data-verdict gives the tag its colour and icon (reader.css).
        # The leading space parts the tag from the claim for screen readers and copies.
        self.tags = {
            value: f'<span class="verdict-tag"{ui_lang}> {escape(str(label))}</span>'
            for value, label in Verdict.choices
        }
        # What ends a claim: its verdict tag and the link (a reviewed claim) or span it is in.
        self.link_closings = {value: f"{tag}</a>" for value, tag in self.tags.items()}
        self.span_closings = {value: f"{tag}</span>" for value, tag in self.tags.items()}
        self.words = {
            "no_rationale": escape(_("No rationale was given.")),
            "sources": escape(_("Sources")),
            "reviewed": escape(_("Last reviewed on")),
            "mentioned": escape(_("Mentioned:")),
            "back": escape(_("Back to the text")),
            "verdict": escape(_("Verdict:")),
            "mentions": escape(_("mentions")),
        }
        self.timezone = timezone.get_current_timezone()
        self.entity_urls = _Memo(_url_maker("claims:entity-detail"))
        self.entity_links = _Memo(lambda pk: f'<a href="{self.entity_urls[pk]}">{_text(names[pk])}</a>')
        self.marks = Marks(self.entity_urls.__getitem__)
        self.day_words = DayWords()
        self.holes = _Memo(self._hole)
        self.entity_lists = _Memo(self._entity_list)
        self.written: dict[int, tuple] = {}  # id -> row of the claims written, for the timeline
        self.gaps = _Memo(_text)  # text between claims with no mention: mostly a space

    def _hole(self, key: str) -> str:
        """What fills the hole `key` of a stored fragment (see fill) for this reader.

        Only this module's code writes holes (_stored_text keeps them out of every text): one
        it cannot fill comes from fragments written by other code and not written again since.
        It is left empty and logged, and the page is still shown.
        """
        try:
            return self._filling(key[:1], key[1:])
        except (KeyError, ValueError):
            logger.error("a stored fragment holds a hole the reader page cannot fill: %r", key)
            return ""

    def _filling(self, kind: str, key: str) -> str:
        if kind == "w":  # an interface word
            return self.words[key]
        if kind == "d":  # a day
            return f'<time datetime="{key}">{self.day_words[date.fromisoformat(key)]}</time>'
        if kind == "t":  # a moment, shown as its day in the reader's time zone
            day = datetime.fromisoformat(key).astimezone(self.timezone).date()
            return f'<time datetime="{key}">{self.day_words[day]}</time>'
        if kind == "n":  # the value of a relative date ("hier"), in words
            value, precision, earliest = key.split(DETAILS_SEPARATOR)
            words = _in_words(value, precision, earliest)
            return f' <span class="timeline-normalised"{self.ui_lang}>({words})</span>'
        raise KeyError(kind)

    def write(self, blocks, claims: list) -> tuple[SafeString | None, list[str]]:
        """The first title block (the page's heading) as HTML, and the rest of the text as
        pieces of HTML to be joined. Pieces, not a string: a long article's text runs to
        megabytes, and each join on the way to the response would copy it again."""
        out, title, next_claim, claim_count = [], None, 0, len(claims)
        append = out.append
        for kind, start, end in blocks:
            if kind == BOILERPLATE:
                continue  # site chrome: not shown, and what lies in it is skipped below
            # Claims that start before this block lie in hidden boilerplate or overlap: skipped.
            while next_claim < claim_count and claims[next_claim][1] < start:
                next_claim += 1
            inside = []
            while next_claim < claim_count and claims[next_claim][2] <= end:
                if not inside or claims[next_claim][1] >= inside[-1][2]:
                    inside.append(claims[next_claim])
                next_claim += 1
            if kind == TITLE and title is None:
                pieces: list[str] = []
                self._block_content(start, end, inside, pieces)
                title = mark_safe("".join(pieces))  # noqa: S308 - built from escaped pieces only
                continue
            opening, closing = BLOCK_TAGS.get(kind, BLOCK_TAGS[BlockKind.PARAGRAPH.value])
            append(opening)
            panels = self._block_content(start, end, inside, out)
            append(closing)
            if panels:
                append('<div class="reviews">')
                out += panels
                append("</div>")
        return title, out

    def _block_content(self, start: int, end: int, claims: list, out: list[str]) -> list[str]:
        """Appends the block's text marked up to `out`, and returns the review panels of its
        reviewed claims.

        Each claim comes with its markup; the text between claims is marked here, with the
        mentions outside claims. One loop with what it reads in locals: it runs once per claim.
        """
        body, loose, index, mark = self.body, self.loose, self.next_loose, self.marks.mark
        shown, written, gaps = self.shown, self.written, self.gaps
        link_closings, span_closings = self.link_closings, self.span_closings
        panels, cursor, loose_count = [], start, len(loose)
        append = out.append
        for claim in claims:
            pk, claim_start, claim_end, verdict = claim[0], claim[1], claim[2], claim[3]
            if cursor < claim_start:
                if index < loose_count and loose[index][0] < claim_start:
                    html, index = mark(body, cursor, claim_start, loose, index)
                    append(html)
                else:  # the usual space between two sentences
                    append(gaps[body[cursor:claim_start]])
            written[pk] = claim
            if verdict not in shown:
                append(f'<span class="claim claim-muted" id="claim-{pk}">')
                append(claim[4])
                append("</span>")
                cursor = claim_end
                continue
            if claim[5] is not None:  # reviewed: a link to its panel
                append(f'<a class="claim" id="claim-{pk}" href="#review-{pk}" data-verdict="{verdict}">')
                append(claim[4])
                append(link_closings[verdict])
                self._panel(claim, panels)
            else:
                # Never reviewed: labelled, but with nothing to open it is no link, and keyboard
                # users do not tab through every unchecked sentence to reach the checked ones.
                append(f'<span class="claim" id="claim-{pk}" data-verdict="{verdict}">')
                append(claim[4])
                append(span_closings[verdict])
            cursor = claim_end
        html, self.next_loose = mark(body, cursor, end, loose, index)
        append(html)
        return panels

    def _panel(self, claim, panels: list[str]) -> None:
        """Appends to `panels` the pieces of a reviewed claim's panel, shown when it is
        activated: its verdict, its review's stored panel (rationale, sources, date) and the
        entities the claim names."""
        words, (pk, start, end, verdict, _markup, panel, entity_ids) = self.words, claim
        quote = _text(_shortened(self.body[start:end], QUOTE_LENGTH))
        panels.append(
            f'<div class="review" id="review-{pk}" role="group" aria-labelledby="review-{pk}-title" '
            f'tabindex="-1" data-verdict="{verdict}">'
            f'<p class="review-title" id="review-{pk}-title"><span class="visually-hidden">{words["verdict"]} </span>'
            f'{self.tags[verdict]} <q lang="{self.article_lang}">{quote}</q></p>'
        )
        panels.append(fill(panel, self.holes))
        # The entities the claim names, in reading order (its facets); one deleted since is in
        # no mention of the article any more, so not in `names`.
        if entity_ids and (links := self.entity_lists[entity_ids]):
            panels.append(f'<p class="review-entities">{words["mentioned"]} {links}</p>')
        panels.append(f'<p class="review-back"><a href="#claim-{pk}">{words["back"]}</a></p></div>')

    def _entity_list(self, entity_ids: str) -> str:
        """Links to the entities of a JSON list of ids that the article names, or ""."""
        names, links = self.names, self.entity_links
        return ", ".join([links[pk] for pk in json.loads(entity_ids) if pk in names])

    def timeline(self, entries: list[tuple[int, str]]) -> list[str]:
        """The timeline_entries of the claims written with a shown verdict, each with its verdict,
        as pieces of HTML (an <ol>, or none). Its text is the article's, in the article's language."""
        written, shown, tags, holes = self.written, self.shown, self.tags, self.holes
        items = [
            f'<li data-verdict="{verdict}">{fill(entry, holes)} {tags[verdict]}</li>'
            for claim_id, entry in entries
            if (claim := written.get(claim_id)) is not None and (verdict := claim[3]) in shown
        ]
        if not items:
            return []
        return [f'<ol class="timeline-list" lang="{self.article_lang}">', *items, "</ol>"]

    def entity_list(self, entities: list[EntityCount]) -> SafeString:
        """The <li> items of the entities named in the article, each linked to its page."""
        mentions = self.words["mentions"]
        kinds = _Memo(lambda kind: escape(str(MentionLabel(kind).label)))
        items = [
            f'<li><a href="{self.entity_urls[entity.id]}">{escape(entity.name)}</a> '
            f'<span class="entity-kind">{kinds[entity.kind]}</span> '
            f'<span class="count" title="{mentions}">×{entity.mentions}</span></li>'
            for entity in entities
        ]
        return mark_safe("\n".join(items))  # noqa: S308 - escaped pieces


def _timeline_date_tags(value: str) -> tuple[str, str]:
    if TIME_VALUE.match(value):
        return "time", f' datetime="{value}"'
    return "span", ""


def _in_words(value: str, precision: str, earliest: str) -> str:
    """A date's value in the reader's words, from its precision and its first day (ISO)."""
    if precision == "year":
        return str(date.fromisoformat(earliest).year)
    if precision == "month":
        return escape(formats.date_format(date.fromisoformat(earliest), "YEAR_MONTH_FORMAT"))
    if precision == "day":
        return escape(formats.date_format(date.fromisoformat(earliest), "DATE_FORMAT"))
    return escape(value)
