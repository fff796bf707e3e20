"""Reads for the reader's pages: named queries of the rows an article page shows, and the rows
they give (claims/page_text.py makes the text's segments and panels of them, claims/article_page.py
puts the page together and caches it).

Every query here answers for a whole article in one statement, so a page's query count does not
grow with its size (tests/claims/test_views.py pins it).
"""

import copy
import re
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import NamedTuple

from django.db.models import Count, Exists, Max, OuterRef, Sum
from django.http import Http404

from annotations.models import Entity, Mention, MentionLabel
from claims import reader_sql
from claims.managers import sees_drafts

# VerdictCount moved to claims.models: the pages cached before still name it here, and must unpickle.
from claims.models import Article, Block, Claim, Review, Verdict, VerdictCount  # noqa: F401
from matching.models import ClaimMatch

# What <time datetime> accepts among Saga's normalised values; ranges ("2015/2016") are not.
TIME_VALUE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
# Only these schemes become links: a `javascript:` or `data:` URL stays inert text. Matched on
# the raw value, so what the browser sees as the scheme is what was checked.
WEB_URL = re.compile(r"^https?://", re.IGNORECASE)

CHECKED_ELSEWHERE_SHOWN = 3  # per claim, the best matches: a panel is not a list of articles


# -- Rows -----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class SourceRow:
    url: str
    title: str
    publisher: str
    published_on: date | None
    excerpt: str


@dataclass(frozen=True)
class ReviewRow:
    """A review, with what the page shows of its claim."""

    id: int
    claim_id: int
    block_id: int
    claim_text: str
    verdict: str  # the claim's, now
    rationale: str
    created_at: datetime
    sources: list[SourceRow]


@dataclass(frozen=True)
class CheckedElsewhere:
    """The same claim, checked in another article the reader may read (matching.ClaimMatch)."""

    title: str  # the other article's
    href: str  # the other claim on its article's page
    verdict: str  # its current verdict


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


class BlockRow(NamedTuple):
    pk: int
    kind: str
    start: int
    end: int


class ClaimRow(NamedTuple):  # a tuple: page keys are digests of their repr, and a tuple's is quick
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
    name: str
    count: int
    id_sum: int


# -- Queries ------------------------------------------------------------------------------------
# The article page's four reads are SQL written once (claims/reader_sql.py says why); the other
# pages' are querysets.


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
    if not requested.isdecimal() or not 1 <= int(requested) < article.revision:
        raise Http404("No such revision")
    number = int(requested)
    shown = copy.copy(article)
    shown.revision = number
    shown.body = article.revisions.values_list("body", flat=True).get(number=number)
    return shown


def article_for_page(user, slug: str) -> Article:
    """The article `user` may read with this slug, with the sum of its reviews' ids (reviews are
    only ever added: a verdict changes by a new one, so the sum grows with each) and the id of its
    newest mention (a re-annotation writes them all again) in any revision, 0 for none, and
    whether a reviewed claim of it has a suggested match (checked_elsewhere): one query
    (reader_sql.ARTICLE). Raises Http404.

    Both read the article's own rows through an index on the article, so they cost the same in
    an archive of any size. (The newest review was once taken as "the highest review id of this
    article", which PostgreSQL answers by walking every later review of the archive backwards.)"""
    article = reader_sql.article(slug, drafts=sees_drafts(user))
    if article is None:
        raise Http404("No such article")
    return article


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
    name: one query. The name is read as an aggregate (a group has one entity, so one name): the
    rows are grouped on the mention_article_label index's columns alone, as they come from it
    (grouped by the name too, SQLite sorts them in a temporary tree: a third slower on a long
    article)."""
    rows = reader_sql.rows(reader_sql.MENTION_GROUPS, {"article": article.pk, "revision": article.revision})
    return sorted((MentionGroup(*row) for row in rows), key=lambda group: (group.label, group.entity_id))


@dataclass(frozen=True)
class ArticleText:
    blocks: list[BlockRow]
    claims: list[ClaimRow]
    reviews: list[ReviewRow]  # in reading order, and oldest first for each claim


def article_text(article: Article) -> ArticleText:
    """The blocks of the shown revision in reading order, their claims, each with its current
    review's id (the first made at its current version; None when there is none), and every
    review of the claims with its sources: what the review panels read (the current reviews) and
    the ClaimReview export (each claim's latest). One query of columns, a row per source (and one
    for a block without claims, a claim without reviews, a review without sources): the reviews
    alone, as model instances with their sources prefetched, once cost two queries and ten times
    the time of their columns."""
    blocks, claims, reviews, current = {}, {}, {}, {}
    for row in reader_sql.rows(reader_sql.ARTICLE_TEXT, {"article": article.pk, "revision": article.revision}):
        block_id, kind, start, end, claim_id, claim_start, claim_end, verdict, version, text, *row = row
        review_id, claim_version, rationale, created_at, source_id, *source = row
        if block_id not in blocks:
            blocks[block_id] = BlockRow(block_id, kind, start, end)
        if claim_id is not None and claim_id not in claims:
            claims[claim_id] = (claim_id, block_id, claim_start, claim_end, verdict)
        if review_id is not None and review_id not in reviews:
            created_at = reader_sql.aware(created_at)
            reviews[review_id] = ReviewRow(review_id, claim_id, block_id, text, verdict, rationale, created_at, [])
            if claim_version == version:
                current.setdefault(claim_id, review_id)
        if source_id is not None:
            reviews[review_id].sources.append(SourceRow(*source))
    claim_rows = [ClaimRow(*claim, current.get(claim[0])) for claim in claims.values()]
    return ArticleText(list(blocks.values()), claim_rows, list(reviews.values()))


class MentionRow(NamedTuple):  # a tuple: a long article's page reads tens of thousands
    """A mention as the article page reads it: what its text marks (claims/page_text.py), then
    what the timeline reads of a date."""

    start: int
    end: int
    label: str
    entity_id: int | None = None
    value: str = ""
    amount_min: Decimal | None = None
    amount_max: Decimal | None = None
    currency: str = ""
    unit: str = ""
    id: int | None = None
    claim_id: int | None = None
    precision: str = ""
    date_earliest: date | None = None


def page_mentions(article: Article, spans: list[tuple[int, int]] | None) -> list[MentionRow]:
    """The mentions of the shown revision lying in `spans` ((start, end) pairs; all of them when
    None), and wherever they lie the dates of its claims that have bounds (the timeline's: see
    is_timeline_date), sorted by (start, -end): one query. (Their own order, not Mention's
    default, which goes through the article's: a join.)"""
    return list(map(MentionRow._make, reader_sql.mentions(article.pk, article.revision, spans)))


def is_timeline_date(mention: MentionRow) -> bool:
    return mention.label == MentionLabel.DATE and mention.claim_id is not None and mention.date_earliest is not None


class EditedClaim(NamedTuple):
    """A claim of the shown revision edited since its review, with the claim of an earlier
    revision whose verdict a reviewer last gave its line of claims (reviewed_id, its verdict and
    revision)."""

    id: int
    text: str
    reviewed_id: int
    verdict: str
    revision: int


def edited_claims(article: Article) -> list[EditedClaim]:
    """The claims of the shown revision that continue an earlier claim whose words changed since
    its review (needs re-review), in reading order, each with the last verdict a reviewer gave:
    its previous claim's, or, when that one was itself an edit still waiting for its re-review
    (no review of its own, its verdict the default), the one before it, and so on back to a
    claim with a review. One query, none for a first revision: every claim of such a line waits
    for the re-review (Claim.awaits_review_of_edit), so the line is read from the article's
    claims waiting for one, each with its previous claim."""
    if article.revision == 1:
        return []
    waiting = Claim.objects.filter(article=article, revision__lte=article.revision, needs_rereview=True)
    columns = ("id", "revision", "text", "previous_id", "previous__version", "previous__verdict", "previous__revision")
    rows = {row.id: row for row in waiting.order_by("position").values_list(*columns, named=True)}
    edited = []
    for row in rows.values():
        if row.revision != article.revision or row.previous_id is None:
            continue
        line = row
        # Back while the previous claim has no review (version 1) and waits for one too.
        while line.previous__version == 1 and line.previous_id in rows:
            line = rows[line.previous_id]
        edited.append(EditedClaim(row.id, row.text, line.previous_id, line.previous__verdict, line.previous__revision))
    return edited


def _matches_checked(*, drafts: bool):
    return (
        ClaimMatch.objects.visible(drafts=drafts)
        .exclude(claim__verdict=Verdict.UNVERIFIED)
        .exclude(earlier__verdict=Verdict.UNVERIFIED)
        .order_by("claim_id", "-score", "earlier_id")
        .values_list("claim_id", "earlier_id", "earlier__verdict", "earlier__article__slug", "earlier__article__title")
    )


# The rows of checked_elsewhere for any article, by whether the reader sees drafts.
MATCHES_CHECKED = {drafts: _matches_checked(drafts=drafts) for drafts in (False, True)}


def checked_elsewhere(article: Article, user) -> dict[int, list[CheckedElsewhere]]:
    """claim id -> where else the same claim was checked, best first, for the reviewed claims of
    the shown revision: the suggested (not dismissed) matches whose other article `user` may
    read (matching.models.ClaimMatchQuerySet.visible). One query."""
    rows = MATCHES_CHECKED[sees_drafts(user)].filter(claim__article=article, claim__revision=article.revision)
    found: dict[int, list[CheckedElsewhere]] = {}
    for claim_id, earlier_id, verdict, slug, title in rows:
        shown = found.setdefault(claim_id, [])
        if len(shown) < CHECKED_ELSEWHERE_SHOWN:
            href = f"{Article(slug=slug).get_absolute_url()}#claim-{earlier_id}"
            shown.append(CheckedElsewhere(title, href, verdict))
    return found
