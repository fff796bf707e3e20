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
per distinct value, and the template engine renders only the frame of the page
(render_with_parts). Above all, a claim's text with its mentions marked is not built here: it
is written once, with the mentions (Claim.markup, by claim_markup below), so the page reads one
row per claim instead of one per mention; only the mentions outside claims (titles, headings)
are marked as the page is built, and only the dates inside claims are read (the timeline).

Safety: every piece of article text, rationale, source and entity name goes through `escape`;
only the assembled string, made of escaped text and our own tags, is marked safe. Source links
are emitted only for http(s) URLs.
"""

import copy
import json
import re
from collections import Counter
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from html import escape
from operator import itemgetter

from django.db.models import Case, CharField, Count, Exists, Func, OuterRef, Value, When
from django.db.models.functions import Cast, Coalesce
from django.http import Http404, HttpResponse
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import dateformat, formats, timezone
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from annotations.models import ENTITY_LABELS, Entity, Mention, MentionLabel
from claims.models import Article, BlockKind, Claim, Review, Verdict

VERDICT_ICONS = {Verdict.SOURCED: "✓", Verdict.DISPUTED: "✗", Verdict.UNVERIFIED: "?"}
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
# A mention row (article_mentions) is (start, end, label, entity_id, details): `details` packs
# in one text column what the page shows of a date or an amount (see mention_details), and is
# None for the other labels. Every column fetched costs a Python object on every row, and the
# six columns of dates and amounts are empty on most rows.
DETAILS_SEPARATOR = "\x1f"  # the ASCII unit separator: in no normalised value
MENTION_COLUMNS = ("start", "end", "label", "entity_id", "details")
# The page's mention rows add the claim: (start, end, label, entity_id, details, claim_id).
PAGE_MENTION_COLUMNS = (*MENTION_COLUMNS, "claim_id")
SOURCE_COLUMNS = (
    "sources__id",
    "sources__url",
    "sources__title",
    "sources__publisher",
    "published",
    "sources__excerpt",
)
AMOUNT_PLACES = Decimal(1).scaleb(-Mention._meta.get_field("amount_min").decimal_places)
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
    body: str  # HTML, put in the page by render_with_parts
    timeline: str  # HTML, an <ol>; empty when no shown claim is dated
    claim_count: int
    summary: list[VerdictCount]
    shown_count: int
    entities: list[EntityCount]
    entity_list: SafeString  # the <li> items of `entities`


def visible_entities(user):
    """Entities mentioned in at least one article `user` may read: no name leaks from a draft."""
    readable = Mention.objects.filter(entity=OuterRef("pk"), article__in=Article.objects.visible_to(user))
    return Entity.objects.filter(Exists(readable))


def page_mentions(article: Article) -> list[tuple]:
    """The mentions the page reads row by row, of the article's current revision: those outside
    any claim (marked as the page is built) and the dates inside claims (the timeline), as
    PAGE_MENTION_COLUMNS tuples in reading order, the longer of two mentions starting together
    first: one query. The other mentions are in their claims' stored markup.
    """
    mentions = Mention.objects.filter(article=article, revision=article.revision).order_by()
    mentions = mentions.annotate(details=_details()).values_list(*PAGE_MENTION_COLUMNS)
    dates, loose = mentions.filter(label=DATE), mentions.filter(claim__isnull=True).exclude(label=DATE)
    # Two index ranges (mention_article_label, mention_article_loose) in one UNION ALL: an OR
    # would read every mention of the article.
    rows = list(dates.union(loose, all=True).order_by("start"))
    if len(set(map(itemgetter(0), rows))) < len(rows):  # ties are rare: looked for before sorting
        rows.sort(key=lambda mention: (mention[0], -mention[1]))
    return rows


def entity_counts(article: Article) -> list[EntityCount]:
    """The entities named in the article's current revision, most mentioned first: one query."""
    mentions = Mention.objects.filter(article=article, revision=article.revision, entity__isnull=False)
    rows = mentions.values_list("entity_id", "label", "entity__name").annotate(n=Count("pk")).order_by()
    entities = [EntityCount(id=pk, name=name, kind=kind, mentions=n) for pk, kind, name, n in rows]
    return sorted(entities, key=lambda entity: (-entity.mentions, entity.name.casefold()))


class _Joined(Func):
    """Text expressions joined with ||, which SQLite and PostgreSQL share; each must be non-null.
    Concat() would nest one COALESCE pair per piece, slower to compile and to run."""

    arg_joiner = " || "
    template = "(%(expressions)s)"
    output_field = CharField()


def _details():
    """The `details` column: "value|precision|earliest" for a date, "min|max|currency" for an
    amount (| being DETAILS_SEPARATOR), in text as the database writes them: a date or a
    decimal column would send every row of the query through the ORM's Python converters."""
    separator = Value(DETAILS_SEPARATOR)

    def text(name: str):
        return Coalesce(Cast(name, CharField()), Value(""))

    return Case(
        When(label=DATE, then=_Joined("value", separator, "precision", separator, text("date_earliest"))),
        When(label=MONEY, then=_Joined(text("amount_min"), separator, text("amount_max"), separator, "currency")),
        output_field=CharField(),
    )


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
    """The `details` of a mention with these fields, as article_mentions reads it from the database."""
    if label == DATE:
        return DETAILS_SEPARATOR.join([value, precision, earliest.isoformat() if earliest else ""])
    if label == MONEY:
        return DETAILS_SEPARATOR.join(["" if low is None else str(low), "" if high is None else str(high), currency])
    return None


def current_reviews(article: Article) -> dict[int, tuple]:
    """claim id -> (review, [sources]) for the reviewed current claims: one query.

    A review is an (id, claim_id, rationale, created_at) tuple, a source a (url, title,
    publisher, published_on, excerpt) list; created_at is an aware datetime, published_on a date
    or None. The sources come joined to their review, in order.
    """
    rows = (
        Review.objects.current_for(article)
        .annotate(created=Cast("created_at", CharField()), published=Cast("sources__published_on", CharField()))
        .order_by("id", "sources__id")
        .values_list("id", "claim_id", "rationale", "created", *SOURCE_COLUMNS)
    )
    reviews: dict[int, tuple] = {}
    for review_id, claim_id, rationale, created, source_id, *source in rows:
        if claim_id not in reviews:
            reviews[claim_id] = ((review_id, claim_id, rationale, _aware(created)), [])
        if source_id is not None:
            source[3] = source[3] and date.fromisoformat(source[3])
            reviews[claim_id][1].append(source)
    return reviews


def _aware(text: str) -> datetime:
    """A datetime column read as text: parsing it here costs a fraction of the ORM's converters.

    Both databases write ISO 8601 (PostgreSQL in its default DateStyle, the one psycopg reads
    too, with the offset of the connection's time zone); SQLite holds UTC without an offset.
    """
    moment = datetime.fromisoformat(text)
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


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
    (blocks, claims with their markup, mentions outside claims and dates, entities, reviews
    with their sources).

    `verdict`, if one of Verdict.values, keeps only the claims with that verdict marked (and in
    the timeline); the others stay in the text, unmarked.
    """
    blocks = article.blocks.filter(revision=article.revision).order_by("start").values_list("kind", "start", "end")
    claims = list(Claim.objects.for_reader(article))
    entities = entity_counts(article)
    names = {entity.id: entity.name for entity in entities}
    shown = {verdict} if verdict in Verdict.values else set(Verdict.values)
    writer = PageWriter(article, page_mentions(article), names, current_reviews(article), shown)
    title, body = writer.write(blocks, claims)
    counts = Counter(map(itemgetter(3), claims))
    return ReaderPage(
        title=title,
        body=body,
        timeline=writer.timeline(),
        claim_count=len(claims),
        summary=[VerdictCount(value, label, counts[value]) for value, label in Verdict.choices],
        shown_count=sum(counts[value] for value in shown),
        entities=entities,
        entity_list=writer.entity_list(entities),
    )


def render_with_parts(request, template_name: str, context: dict, **parts: str) -> HttpResponse:
    """The template rendered with each of `parts` (HTML) where it shows {{ parts.<name> }}.

    The parts of a long article run to megabytes: rendered by the template engine, each would be
    copied again at every level of nesting (blocks, extends) and at every mark_safe. The engine
    renders the frame around markers instead, and the page is joined once. Every text in the
    frame is escaped, so a marker can only be one the template put there.
    """
    markers = {name: mark_safe(f"<!--saga-part:{name}-->") for name in parts}  # noqa: S308 - constant
    pieces = PART.split(render_to_string(template_name, {**context, "parts": markers}, request))
    pieces[1::2] = [parts[name] for name in pieces[1::2]]
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


def _amount(value: Decimal) -> str:
    return str(int(value)) if value == value.to_integral_value() else str(value)


def _amount_tag(details: str) -> str | None:
    """The opening tag of an amount, from its details; None when it has no amount."""
    low, high, currency = details.split(DETAILS_SEPARATOR)
    if not low:
        return None
    # As the field holds it (the text may be "5", "5.0" or "5.00" depending on the database).
    low, high = (_amount(Decimal(amount).quantize(AMOUNT_PLACES)) for amount in (low, high))
    value = low if low == high else f"{low}/{high}"
    return f'<data class="amount" value="{escape(f"{value} {currency}".strip())}">'


def _date_info(details: str) -> tuple[str, str, str, str, str | None]:
    """(opening tag, closing tag, value, precision, earliest in ISO form or None) of a date."""
    value, precision, earliest = details.rsplit(DETAILS_SEPARATOR, 2)
    if TIME_VALUE.match(value):
        return f'<time class="date" datetime="{value}">', "</time>", value, precision, earliest or None
    return f'<data class="date" value="{escape(value)}">', "</data>", value, precision, earliest or None


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
        self.date_info = _Memo(_date_info)
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
            opening, closing, *_value = self.date_info[mention[4]]
            return opening, closing
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

    Claims are rows of ClaimQuerySet.for_reader (id, start, end, verdict, position, markup,
    facets as JSON text) in start order; mentions are rows of PAGE_MENTION_COLUMNS sorted by
    (start, -end): those outside claims are marked, the dates inside claims make the timeline.
    Blocks are (kind, start, end) rows in start order.
    """

    def __init__(self, article: Article, mentions: list, names: dict[int, str], reviews: dict, shown: set[str]):
        self.body = article.body
        self.article_lang = escape(article.language)
        self.loose = [mention for mention in mentions if mention[5] is None]
        self.next_loose = 0
        self.claim_dates = [mention for mention in mentions if mention[5] is not None]
        self.names = names
        self.reviews = reviews
        self.shown = shown
        ui_language = get_language() or ""
        # Interface words inside the article (verdict tags) are marked with their own language.
        ui_lang = f' lang="{escape(ui_language)}"' if ui_language != article.language else ""
        self.tags = {
            value: (
                # The leading space parts the tag from the claim for screen readers and copies; an
                # inline-block drops it on screen, where a margin does that job.
                f'<span class="verdict-tag" data-verdict="{value}"{ui_lang}> '
                f'<span class="verdict-icon" aria-hidden="true">{VERDICT_ICONS[value]}</span> {escape(str(label))}</span>'
            )
            for value, label in Verdict.choices
        }
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
        self.publishers = _Memo(_text)
        self.written: dict[int, tuple] = {}  # id -> row of the claims written, for the timeline
        self.gaps = _Memo(_text)  # text between claims with no mention: mostly a space

    def write(self, blocks, claims: list) -> tuple[SafeString | None, str]:
        """The first title block (the page's heading) and the rest of the text, as HTML."""
        out, title, next_claim, claim_count = [], None, 0, len(claims)
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
            content, panels = self._block_content(start, end, inside)
            if kind == TITLE and title is None:
                title = mark_safe(content)  # noqa: S308 - built from escaped pieces only
            elif kind in (TITLE, HEADING):
                out.append(f"<h2>{content}</h2>")
            elif kind == QUOTE:
                out.append(f"<blockquote><p>{content}</p></blockquote>")
            else:
                out.append(f"<p>{content}</p>")
            if panels:
                out.append(f'<div class="reviews">{"".join(panels)}</div>')
        return title, "\n".join(out)

    def _block_content(self, start: int, end: int, claims: list) -> tuple[str, list[str]]:
        """The block's text marked up, and the review panels of its reviewed claims.

        Each claim comes with its markup; the text between claims is marked here, with the
        mentions outside claims. One loop with what it reads in locals: it runs once per claim.
        """
        body, loose, index, mark = self.body, self.loose, self.next_loose, self.marks.mark
        tags, shown, reviews, written, gaps = self.tags, self.shown, self.reviews, self.written, self.gaps
        parts, panels, cursor, loose_count = [], [], start, len(loose)
        append = parts.append
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
                append(f'<span class="claim claim-muted" id="claim-{pk}">{claim[5]}</span>')
            elif pk in reviews:
                append(
                    f'<a class="claim" id="claim-{pk}" href="#review-{pk}" data-verdict="{verdict}">'
                    f"{claim[5]}{tags[verdict]}</a>"
                )
                panels.append(self._panel(claim))
            else:
                # Never reviewed: labelled, but with nothing to open it is no link, and keyboard
                # users do not tab through every unchecked sentence to reach the checked ones.
                append(f'<span class="claim" id="claim-{pk}" data-verdict="{verdict}">{claim[5]}{tags[verdict]}</span>')
            cursor = claim_end
        html, self.next_loose = mark(body, cursor, end, loose, index)
        append(html)
        return "".join(parts), panels

    def _panel(self, claim) -> str:
        """A reviewed claim's verdict, rationale, sources, last review date and the entities it
        names, shown when activated."""
        words, (pk, start, end, verdict, _position, _markup, facets) = self.words, claim
        quote = _text(_shortened(self.body[start:end], QUOTE_LENGTH))
        (_id, _claim_id, rationale, created_at), sources = self.reviews[pk]
        reviewed = created_at.astimezone(self.timezone)  # as timezone.localtime(), once per page
        html = (
            f'<div class="review" id="review-{pk}" role="group" aria-labelledby="review-{pk}-title" '
            f'tabindex="-1" data-verdict="{verdict}">'
            f'<p class="review-title" id="review-{pk}-title"><span class="visually-hidden">{words["verdict"]} </span>'
            f'{self.tags[verdict]} <q lang="{self.article_lang}">{quote}</q></p>'
            f'<p class="review-rationale">{_text(rationale) if rationale else words["no_rationale"]}</p>'
        )
        if sources:
            items = "".join([f"<li>{self._source(*source)}</li>" for source in sources])
            html += f'<p class="review-sources-title">{words["sources"]}</p><ul class="review-sources">{items}</ul>'
        html += (
            f'<p class="review-date">{words["reviewed"]} <time datetime="{reviewed.isoformat()}">'
            f"{self.day_words[reviewed.date()]}</time></p>"
        )
        # Facets name every entity the claim mentions, in reading order; one deleted since is
        # in no mention of the article any more, so not in `names`.
        named = [pk for pk in json.loads(facets).get("entities", ()) if pk in self.names] if facets else []
        if named:
            links = ", ".join([self.entity_links[entity_id] for entity_id in named])
            html += f'<p class="review-entities">{words["mentioned"]} {links}</p>'
        return f'{html}<p class="review-back"><a href="#claim-{pk}">{words["back"]}</a></p></div>'

    def _source(self, url: str, title: str, publisher: str, published_on, excerpt: str) -> str:
        title = _text(title or url)
        if url and WEB_URL.match(url):
            html = f'<a class="source-link" href="{escape(url)}" rel="noopener noreferrer">{title}</a>'
        else:
            html = f'<span class="source-title">{title}</span>'
        if publisher and published_on:
            html += (
                f'<span class="source-meta">, {self.publishers[publisher]}, '
                f'<time datetime="{published_on.isoformat()}">{self.day_words[published_on]}</time></span>'
            )
        elif publisher:
            html += f'<span class="source-meta">, {self.publishers[publisher]}</span>'
        elif published_on:
            html += (
                f'<span class="source-meta">, '
                f'<time datetime="{published_on.isoformat()}">{self.day_words[published_on]}</time></span>'
            )
        if excerpt:
            html += f'<blockquote class="source-excerpt">{_text(excerpt)}</blockquote>'
        return html

    def timeline(self) -> str:
        """The dated claims written with a shown verdict, oldest first, each date as written in
        the article (HTML)."""
        written, shown, seen, entries = self.written, self.shown, set(), []
        body, lang, tags = self.body, self.article_lang, self.tags
        date_info, date_tags = self.marks.date_info, _Memo(_timeline_date_tags)
        in_words = _Memo(_in_words)
        has_digit = _Memo(lambda written: any(c.isdigit() for c in written))
        dates = []
        for mention in self.claim_dates:
            claim = written.get(mention[5])
            if claim is not None and claim[3] in shown and (earliest := date_info[mention[4]][4]) is not None:
                dates.append((earliest, claim[4], mention, claim))
        for _earliest, _position, mention, claim in sorted(dates, key=itemgetter(0, 1)):
            pk, details = claim[0], mention[4]
            _opening, _closing, value, precision, earliest = date_info[details]
            key = (pk, value)
            if key in seen:
                continue
            seen.add(key)
            written_date = _text(body[mention[0] : mention[1]])
            tag, when = date_tags[value]
            # A relative date ("hier") says nothing out of its sentence: its value is added.
            extra = (
                ""
                if has_digit[written_date]
                else f' <span class="timeline-normalised">({in_words[value, precision, earliest]})</span>'
            )
            quote = body[claim[1] : claim[2]]
            if len(quote) > TIMELINE_QUOTE_LENGTH:  # _shortened(), inline: this runs for every dated claim
                quote = quote[: TIMELINE_QUOTE_LENGTH - 1].rstrip() + "…"
            entries.append(
                f'<li class="timeline-entry" data-verdict="{claim[3]}">'
                f'<{tag} class="timeline-date"{when} lang="{lang}">{written_date}</{tag}>{extra} '
                f'<a class="timeline-claim" href="#claim-{pk}" lang="{lang}">{_text(quote)}</a> '
                f"{tags[claim[3]]}</li>"
            )
        return f'<ol class="timeline-list">{"".join(entries)}</ol>' if entries else ""

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


def _in_words(date_fields: tuple) -> str:
    value, precision, earliest = date_fields
    if precision == "year":
        return str(date.fromisoformat(earliest).year)
    if precision == "month":
        return escape(formats.date_format(date.fromisoformat(earliest), "YEAR_MONTH_FORMAT"))
    if precision == "day":
        return escape(formats.date_format(date.fromisoformat(earliest), "DATE_FORMAT"))
    return escape(value)
