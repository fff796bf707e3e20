"""The desk's reads: a reviewer's queue and the team's overview, each a fixed number of queries
whatever the number of claims (pinned by tests/desk/test_queries.py)."""

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from django.contrib.auth import get_user_model
from django.db.models import Count, Exists, F, Min, OuterRef, Q, Subquery, Value
from django.db.models.functions import Coalesce, TruncDate
from django.utils import timezone

from claims.models import Article, Claim, Review, Verdict
from claims.roles import EDITORS
from desk.models import ClaimWork, Note, WorkState, reviewed_q, state_expression, state_q

QUEUE_LIMIT = 100  # rows per list of the queue page; the counts cover every claim
OVERVIEW_LIMIT = 50  # articles of the overview, those waiting longest
CHART_DAYS = 30


def state_counts(prefix: str = "", current: Q | None = None) -> dict:
    """Count() aggregates of claims per work state (prefix: the path to the claims; current: a
    condition the counted claims must also meet)."""
    current = current or Q()
    return {state.value: Count(f"{prefix}pk", filter=current & state_q(state, prefix)) for state in WorkState}


def count_of(queryset) -> Coalesce:
    """The number of rows of `queryset` (correlated by OuterRef) as a subquery, 0 for none."""
    counted = queryset.order_by().annotate(one=Value(1)).values("one").annotate(n=Count("pk")).values("n")
    return Coalesce(Subquery(counted), 0)


@dataclass
class Queue:
    assigned: list
    unassigned: list
    rereview: list
    counts: dict
    verdict_changed: list
    mentions: list


def queue_for(user) -> Queue:
    """The claims assigned to `user` that are not reviewed, most check-worthy first; then the
    unassigned ones of the articles where they have claims; the claims of both that need a
    re-review; `user`'s claims counted per work state; the claims `user` reviewed whose verdict
    someone changed since; the notes mentioning `user`, newest first: seven queries."""
    claims = (
        Claim.objects.current()
        .select_related("article", "work__holder")
        .defer("article__body")  # a whole article per row otherwise
        .annotate(state=state_expression())
    )
    ranked = ("-checkworthiness", "article_id", "position")
    # Their articles as a list of ids (one query of its own): as a subquery, PostgreSQL could
    # not tell that a few articles have claims assigned to them and planned for every claim.
    their_articles = list(
        ClaimWork.objects.filter(assignee=user).order_by().values_list("claim__article_id", flat=True).distinct()
    )
    # NOT EXISTS rather than "no work row, or no assignee" through a LEFT JOIN: PostgreSQL
    # estimated that OR at one row of a million and scanned every claim (60 s and more).
    unassigned = ~Exists(ClaimWork.objects.filter(claim=OuterRef("pk"), assignee__isnull=False))
    return Queue(
        assigned=list(claims.filter(work__assignee=user).exclude(reviewed_q()).order_by(*ranked)[:QUEUE_LIMIT]),
        unassigned=list(
            claims.filter(unassigned, article__in=their_articles).exclude(reviewed_q()).order_by(*ranked)[:QUEUE_LIMIT]
        ),
        rereview=list(
            # The same claims as "assignee is user, or unassigned in their articles" (their
            # articles hold every claim assigned to them), written so that the database starts
            # from their few articles rather than every claim needing a re-review.
            claims.filter(
                Q(work__assignee=user) | unassigned, article__in=their_articles, needs_rereview=True
            ).order_by(*ranked)[:QUEUE_LIMIT]
        ),
        counts=Claim.objects.current().filter(work__assignee=user).aggregate(**state_counts()),
        verdict_changed=verdicts_changed_since(user),
        mentions=list(
            Note.objects.filter(mentioned=user)
            .select_related("author", "claim__article", "article")
            .defer("claim__article__body", "article__body")
            .order_by("-created_at", "-id")[:QUEUE_LIMIT]
        ),
    )


def verdicts_changed_since(user) -> list:
    """Current claims `user` reviewed that someone reviewed again since with another verdict,
    most recently changed first; each with `your_verdict` (the verdict of `user`'s last review)."""
    theirs = Review.objects.filter(claim=OuterRef("pk"), reviewer=user).order_by("-claim_version")
    claims = list(
        Claim.objects.current()
        # A review raises the version (a first review makes it 2), so a verdict changed after
        # yours means two reviews or more: version 3 or more, the few claims of the partial index
        # claim_rereviewed_updated, rather than every claim `user` ever reviewed (300,000 for
        # an editor of bench/scale.py, seconds of work). The subqueries exclude claims `user`
        # never reviewed (a comparison with NULL is not true).
        .filter(version__gt=2)
        .annotate(
            your_verdict=Subquery(theirs.values("verdict")[:1]),
            your_version=Subquery(theirs.values("claim_version")[:1]),
        )
        .filter(version__gt=F("your_version"))
        .exclude(verdict=F("your_verdict"))
        .select_related("article")
        .defer("article__body")
        .order_by("-updated_at", "-pk")[:QUEUE_LIMIT]
    )
    for claim in claims:
        claim.your_verdict_label = Verdict(claim.your_verdict).label
    return claims


@dataclass
class ChartBar:
    day: date
    reviews: int
    x: int
    y: int
    height: int


@dataclass
class Overview:
    articles: list
    reviewers: list
    verdicts_this_week: dict
    chart: list
    chart_max: int
    oldest_waiting: Claim | None
    article_limit: int = 0


CHART_HEIGHT, BAR_WIDTH, BAR_GAP = 120, 16, 4


def reviews_per_day(*, today: date, days: int = CHART_DAYS) -> tuple[list[ChartBar], int]:
    """Reviews per day over `days` days up to `today`, as bars of an SVG chart: one query."""
    first = today - timedelta(days=days - 1)
    counted = dict(
        # From local midnight rather than on the date of each review, which the index on
        # created_at could not serve; no ordering, whose join to the claims would be grouped.
        Review.objects.filter(created_at__gte=timezone.make_aware(datetime.combine(first, time.min)))
        .order_by()
        .annotate(day=TruncDate("created_at"))
        .values_list("day")
        .annotate(n=Count("id"))
        .values_list("day", "n")
    )
    top = max(counted.values(), default=0)
    bars = []
    for index in range(days):
        day = first + timedelta(days=index)
        reviews = counted.get(day, 0)
        height = round(CHART_HEIGHT * reviews / top) if top else 0
        bars.append(ChartBar(day, reviews, index * (BAR_WIDTH + BAR_GAP), CHART_HEIGHT - height, height))
    return bars, top


def overview() -> Overview:
    """Per editor, and per article for the OVERVIEW_LIMIT articles waiting longest: claims to do,
    in progress, reviewed; the oldest claim waiting for a review; verdicts of the last seven
    days; reviews per day: five queries."""
    now = timezone.now()
    week_ago = now - timedelta(days=7)
    urgent = (F("oldest_waiting").asc(nulls_last=True), "-created_at")
    # The OVERVIEW_LIMIT articles waiting longest, chosen first from each article's oldest
    # waiting claim (one probe of the partial index claim_waiting_article per article), so that
    # only their claims are counted: counting every article's claims reads every claim.
    oldest_waiting = (
        Claim.objects.filter(article=OuterRef("pk"), revision=OuterRef("revision"))
        .exclude(reviewed_q())
        .order_by("updated_at")
        .values("updated_at")[:1]
    )
    chosen = (
        Article.objects.filter(Exists(Claim.objects.filter(article=OuterRef("pk"))))
        .annotate(oldest_waiting=Subquery(oldest_waiting))
        .order_by(*urgent)
        .values("pk")[:OVERVIEW_LIMIT]
    )
    current = Q(claims__revision=F("revision"))
    articles = (
        Article.objects.filter(pk__in=chosen)
        .annotate(
            **state_counts("claims__", current),
            oldest_waiting=Min("claims__updated_at", filter=current & ~reviewed_q("claims__")),
        )
        .defer("body")
        .order_by(*urgent)
    )
    # One row per editor, every figure a subquery of its own: joining the assignments and
    # grouping made PostgreSQL evaluate the reviews' subquery once per assigned claim (more than
    # 150 s at 1,000,000 claims); a subquery per figure runs once per editor, from the index of
    # the assignments by assignee and that of the reviews by reviewer and date.
    assigned = ClaimWork.objects.filter(assignee=OuterRef("pk"), claim__revision=F("claim__article__revision"))
    reviewers = (
        get_user_model()
        .objects.filter(groups__name=EDITORS, is_active=True)
        .annotate(
            **{state.value: count_of(assigned.filter(state_q(state, "claim__"))) for state in WorkState},
            reviews_this_week=count_of(Review.objects.filter(reviewer=OuterRef("pk"), created_at__gte=week_ago)),
        )
        .order_by(get_user_model().USERNAME_FIELD)
    )
    verdicts = dict(
        Review.objects.filter(created_at__gte=week_ago)
        .order_by()
        .values_list("verdict")
        .annotate(n=Count("id"))
        .values_list("verdict", "n")
    )
    chart, top = reviews_per_day(today=timezone.localdate(now))
    oldest = (
        Claim.objects.current().exclude(reviewed_q()).select_related("article").order_by("updated_at", "pk").first()
    )
    return Overview(list(articles), list(reviewers), verdicts, chart, top, oldest, OVERVIEW_LIMIT)
