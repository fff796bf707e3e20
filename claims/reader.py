"""Reads for the reader's pages: named queries of the rows an article page shows, and the
dataclasses its templates read (claims/article_page.py puts them together and caches the page).

Every query here answers for a whole article in one statement, so a page's query count does not
grow with its size (tests/claims/test_views.py pins it).
"""

import copy
import re
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from decimal import Decimal
from html import escape

from django.db.models import Count, Exists, Max, OuterRef, Prefetch, Q, Subquery, Sum
from django.db.models.functions import Coalesce
from django.http import Http404
from django.shortcuts import get_object_or_404

from annotations.models import ENTITY_LABELS, Entity, Mention, MentionLabel
from claims.models import Article, Block, Claim, Review

# What <time datetime> accepts among Saga's normalised values; ranges ("2015/2016") are not.
TIME_VALUE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
# Only these schemes become links: a `javascript:` or `data:` URL stays inert text. Matched on
# the raw value, so what the browser sees as the scheme is what was checked.
WEB_URL = re.compile(r"^https?://", re.IGNORECASE)


# -- What the templates read ------------------------------------------------------------------


@dataclass(frozen=True)
class Mark:
    """How a mention is marked (claims/jinja2/claims/reader/marked.html): `kind` is "entity",
    "date" or "amount"; `value` a date's normalised value or an amount's `<data value>`;
    `href` an entity's page when the mention is a link."""

    kind: str
    label: str
    value: str = ""
    is_time: bool = False
    href: str = ""


@dataclass(frozen=True)
class Segment:
    text: str
    mark: Mark | None = None


@dataclass(frozen=True)
class ReviewView:
    rationale: list[Segment]  # its text, line breaks kept
    sources: list  # Source instances
    created_at: datetime
    entities: list["EntityLink"]


@dataclass(frozen=True)
class EntityLink:
    name: str
    href: str


@dataclass(frozen=True)
class Run:
    """A stretch of a block: one claim (`claim_id` set) or the text between claims."""

    segments: list[Segment]
    claim_id: int | None = None
    verdict: str = ""
    quote: str = ""  # the claim's text, shortened, for its review panel
    review: ReviewView | None = None


@dataclass(frozen=True)
class BlockView:
    kind: str
    runs: list[Run] = field(default_factory=list)


@dataclass(frozen=True)
class TimelineEntry:
    claim_id: int
    verdict: str
    written: str  # the date as the text writes it
    value: str
    precision: str
    earliest: date
    is_time: bool
    relative: bool  # no digit in `written` ("hier"): the page adds the value in words
    quote: str


@dataclass(frozen=True)
class EntityCount:
    id: int
    name: str
    kind: str
    mentions: int
    href: str = ""

    @property
    def kind_label(self) -> str:
        return MentionLabel(self.kind).label


@dataclass(frozen=True)
class VerdictCount:
    value: str
    label: str
    count: int


@dataclass(frozen=True)
class ClaimRow:
    id: int
    block_id: int
    start: int
    end: int
    verdict: str
    review_id: int | None


@dataclass(frozen=True)
class MentionGroup:
    """The article's mentions of one label and entity: the entity's name, how many, and the sum of
    their ids, which changes when a mention moves to another entity (see article_page)."""

    label: str
    entity_id: int
    name: str | None  # None for an entity deleted since
    count: int
    id_sum: int


# -- Queries ------------------------------------------------------------------------------------


def visible_entities(user):
    """Entities mentioned in at least one article `user` may read: no name leaks from a draft."""
    readable = Mention.objects.filter(entity=OuterRef("pk"), article__in=Article.objects.visible_to(user))
    return Entity.objects.filter(Exists(readable))


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


def article_for_page(user, slug: str) -> Article:
    """The article `user` may read with this slug, with the ids of its newest review (reviews are
    never edited: a verdict changes by a new one) and newest mention (a re-annotation writes them
    all again) in any revision, 0 for none: one query. Raises Http404."""
    reviews = Review.objects.filter(claim__article=OuterRef("pk")).order_by("-pk").values("pk")[:1]
    mentions = Mention.objects.filter(article=OuterRef("pk")).order_by("-pk").values("pk")[:1]
    articles = Article.objects.visible_to(user).annotate(
        latest_review=Coalesce(Subquery(reviews), 0), latest_mention=Coalesce(Subquery(mentions), 0)
    )
    return get_object_or_404(articles, slug=slug)


def list_version(user) -> tuple:
    """What /articles/ shows changes with: the articles `user` may read (how many, the latest
    edit) and the newest review anywhere: two queries."""
    articles = Article.objects.visible_to(user).aggregate(count=Count("pk"), edited=Max("updated_at"))
    return (articles["count"], articles["edited"], Review.objects.aggregate(latest=Max("pk"))["latest"])


def entity_version(entity: Entity) -> tuple:
    """What an entity's page shows changes with: its name, kind and Wikidata id, its aliases, its
    mentions (how many, the sum of their ids), the newest review and the latest article edit
    anywhere (a claim's verdict, an article published): four queries."""
    aliases = tuple(entity.aliases.order_by("name").values_list("name", flat=True))
    mentions = Mention.objects.filter(entity=entity).aggregate(count=Count("pk"), ids=Sum("pk"))
    edited = Article.objects.aggregate(edited=Max("updated_at"))["edited"]
    review = Review.objects.aggregate(latest=Max("pk"))["latest"]
    return (entity.name, entity.kind, entity.wikidata_id, aliases, mentions["count"], mentions["ids"], edited, review)


def mention_groups(article: Article) -> list[MentionGroup]:
    """The entity mentions of the shown revision grouped by label and entity, with the entity's
    name: two queries, the first read from the mention_article_label index alone."""
    mentions = Mention.objects.filter(article=article, revision=article.revision, entity__isnull=False).order_by()
    rows = list(mentions.values_list("label", "entity_id").annotate(count=Count("pk"), id_sum=Sum("pk")))
    names = dict(Entity.objects.filter(pk__in={row[1] for row in rows}).values_list("pk", "name"))
    groups = [MentionGroup(label, pk, names.get(pk), count, id_sum) for label, pk, count, id_sum in rows]
    return sorted(groups, key=lambda group: (group.label, group.entity_id))


def claim_rows(article: Article) -> list[ClaimRow]:
    """The claims of the shown revision in reading order, each with its current review's id
    (None when never reviewed): one query."""
    current = Review.objects.filter(claim=OuterRef("pk"), claim_version=OuterRef("version")).values("pk")[:1]
    rows = (
        Claim.objects.filter(article=article, revision=article.revision)
        .annotate(review_id=Subquery(current))
        .order_by("start")
        .values_list("id", "block_id", "start", "end", "verdict", "review_id", named=True)
    )
    return [ClaimRow(*row) for row in rows]


def blocks(article: Article):
    """The blocks of the shown revision in reading order: one query."""
    return (
        Block.objects.filter(article=article, revision=article.revision).order_by("start").only("kind", "start", "end")
    )


def mentions_within(article: Article, spans: list[tuple[int, int]], fields: list[str]) -> list[dict]:
    """The mentions of the shown revision lying in `spans` ((start, end) pairs, all of the text
    when they cover it), sorted by (start, -end): one query."""
    mentions = Mention.objects.filter(article=article, revision=article.revision)
    if spans:
        within = Q()
        for start, end in spans:
            within |= Q(start__gte=start, end__lte=end)
        mentions = mentions.filter(within)
    return sorted(mentions.values(*fields), key=lambda mention: (mention["start"], -mention["end"]))


def reviews(review_ids: list[int]) -> dict[int, Review]:
    """Reviews by id, with their sources: two queries."""
    found = Review.objects.filter(pk__in=review_ids).prefetch_related("sources")
    return {review.pk: review for review in found}


def dated_mentions(article: Article) -> list[dict]:
    """The dates of the shown revision's claims that have bounds, oldest first and in reading
    order among equal dates: one query."""
    dates = Mention.objects.filter(
        article=article,
        revision=article.revision,
        label=MentionLabel.DATE,
        claim__isnull=False,
        date_earliest__isnull=False,
    )
    fields = ("claim_id", "text", "value", "precision", "date_earliest")
    return list(dates.order_by("date_earliest", "start", "pk").values(*fields))


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


def reviewed_claims(article: Article):
    """The reviewed claims of the current text with their reviews oldest first, as the ClaimReview
    export reads them (claims.api.exports.claim_reviews: text, verdict, reviews' date and
    rationale): two queries, the claims' other columns left unread."""
    claims = Claim.objects.filter(article=article, revision=article.revision).reviewed()
    history = Prefetch("reviews", queryset=Review.objects.order_by("pk"))
    return claims.only("article_id", "block_id", "text", "verdict").prefetch_related(history).order_by("position")


# -- Stored fragments: unused by the pages; they go when arch-services lands ------------------
# claims/services.py (and claims/migrations/0005_review_panel) still write Claim.markup,
# Review.panel and Mention.timeline with these functions. The reader's pages no longer read those
# columns; the branch that drops them deletes this section with them.

DETAILS_SEPARATOR = "\x1f"
HOLE = "\x1e"
QUOTE_LENGTH = 90
TIMELINE_QUOTE_LENGTH = 80
ENTITY_KINDS = frozenset(str(label) for label in ENTITY_LABELS)
DATE, MONEY = MentionLabel.DATE.value, MentionLabel.MONEY.value
AMOUNT_PLACES = Decimal(1).scaleb(-Mention._meta.get_field("amount_min").decimal_places)


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


def _stored_text(piece: str) -> str:
    """_text() for stored fragments: a HOLE in the text itself would open a hole."""
    return _text(piece.replace(HOLE, "\ufffd") if HOLE in piece else piece)


def _hole(kind: str, key: str = "") -> str:
    return f"{HOLE}{kind}{key}{HOLE}"


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
    if not low:
        return None
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


def _timeline_date_tags(value: str) -> tuple[str, str]:
    if TIME_VALUE.match(value):
        return "time", f' datetime="{value}"'
    return "span", ""
