"""The desk's overview, for the editors in charge: per editor, and per article for the
OVERVIEW_LIMIT articles waiting longest, the claims to do, in progress and reviewed, the oldest
claim waiting for a review and the verdicts of the last seven days; reviews per day as a chart.
Six queries whatever the number of claims (the page's count is pinned by
tests/desk/test_admin.py)."""

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from django.contrib.auth import get_user_model
from django.db.models import Count, Exists, F, Min, OuterRef, Q, Subquery, Value
from django.db.models.functions import Coalesce, TruncDate
from django.utils import timezone

from claims.models import Article, Claim, Review, Verdict, VerdictCount
from claims.roles import EDITORS
from desk.models import ClaimWork, WorkState, reviewed_q, state_q

OVERVIEW_LIMIT = 50  # articles of the overview, those waiting longest
CHART_DAYS = 30
WEEK = timedelta(days=7)  # "this week": the last seven days, whatever the day


def state_counts(prefix: str = "", current: Q | None = None) -> dict:
    """Count() aggregates of claims per work state (prefix: the path to the claims; current: a
    condition the counted claims must also meet)."""
    current = current or Q()
    return {state.value: Count(f"{prefix}pk", filter=current & state_q(state, prefix)) for state in WorkState}


def count_of(queryset) -> Coalesce:
    """The number of rows of `queryset` (correlated by OuterRef) as a subquery, 0 for none."""
    counted = queryset.order_by().annotate(one=Value(1)).values("one").annotate(n=Count("pk")).values("n")
    return Coalesce(Subquery(counted), 0)


def least_of(queryset, field: str) -> Subquery:
    """The least `field` of the rows of `queryset` (correlated by OuterRef) as a subquery, None
    for no rows: an aggregate, where ORDER BY ... LIMIT 1 let PostgreSQL walk an index of every
    claim by that field looking for the first of an editor's (5 s at 1,000,000 claims)."""
    return Subquery(queryset.order_by().annotate(one=Value(1)).values("one").annotate(least=Min(field)).values("least"))


def verdict_counts(counts: dict[str, int]) -> list[VerdictCount]:
    """The verdicts of `counts` (verdict: how many) in the order of Verdict, those given none left out."""
    return [VerdictCount(verdict, counts[verdict]) for verdict in Verdict.values if counts.get(verdict)]


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
    verdicts_this_week: list[VerdictCount]
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


def waiting_articles():
    """Articles with their claims of the current revision counted per work state and the time
    of their oldest claim waiting for a review (`oldest_waiting`), the OVERVIEW_LIMIT waiting
    longest first. They are chosen first from each article's oldest waiting claim (one probe of
    the partial index claim_waiting_article per article), so that only their claims are
    counted: counting every article's claims reads every claim."""
    urgent = (F("oldest_waiting").asc(nulls_last=True), "-created_at")
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
    return (
        Article.objects.filter(pk__in=chosen)
        .annotate(
            **state_counts("claims__", current),
            oldest_waiting=Min("claims__updated_at", filter=current & ~reviewed_q("claims__")),
        )
        .defer("body")
        .order_by(*urgent)
    )


def editors_at_work(*, since: datetime):
    """Active editors with their claims of the current revisions counted per work state, their
    oldest claim waiting for a review (`oldest_waiting_id`, waiting since `oldest_waiting`) and
    their reviews since `since`. Every figure is a subquery of its own: joining the assignments
    and grouping made PostgreSQL evaluate the reviews' subquery once per assigned claim (more
    than 150 s at 1,000,000 claims); a subquery per figure runs once per editor, from the index
    of the assignments by assignee and that of the reviews by reviewer and date."""
    assigned = ClaimWork.objects.filter(assignee=OuterRef("pk"), claim__revision=F("claim__article__revision"))
    # Waiting as an article's claims wait: not reviewed (to do or in progress); the oldest is the
    # least recently updated, the lowest id among those updated at that instant.
    waiting = assigned.exclude(reviewed_q("claim__"))
    oldest = waiting.filter(claim__updated_at=OuterRef("oldest_waiting"))
    user_model = get_user_model()
    return (
        user_model.objects.filter(groups__name=EDITORS, is_active=True)
        .annotate(
            **{state.value: count_of(assigned.filter(state_q(state, "claim__"))) for state in WorkState},
            oldest_waiting=least_of(waiting, "claim__updated_at"),
            reviews_this_week=count_of(Review.objects.filter(reviewer=OuterRef("pk"), created_at__gte=since)),
        )
        .annotate(oldest_waiting_id=least_of(oldest, "claim_id"))
        .order_by(user_model.USERNAME_FIELD)
    )


def verdicts_since(since: datetime) -> dict[str, int]:
    """How many reviews gave each verdict since `since` (from the index of the reviews by date)."""
    counted = Review.objects.filter(created_at__gte=since).order_by().values_list("verdict").annotate(n=Count("id"))
    return dict(counted.values_list("verdict", "n"))


def verdicts_of_articles(article_ids: list[int], *, since: datetime) -> dict[int, dict[str, int]]:
    """How many reviews of the claims of each article of `article_ids` gave each verdict since
    `since`. A query of its own, from those articles' claims: grouping the week's reviews of every
    article by article (in the page's count of verdicts) joined each to its claim, 200 to 340 ms
    for 60,000 reviews at 1,000,000 claims (bench/scale.py), against 30 ms for that count and
    55 ms for this one."""
    counted = (
        Review.objects.filter(created_at__gte=since, claim__article__in=article_ids)
        .order_by()
        .values_list("claim__article_id", "verdict")
        .annotate(n=Count("id"))
        .values_list("claim__article_id", "verdict", "n")
    )
    by_article: dict[int, dict[str, int]] = {}
    for article_id, verdict, count in counted:
        by_article.setdefault(article_id, {})[verdict] = count
    return by_article


def overview() -> Overview:
    """Per editor, and per article for the OVERVIEW_LIMIT articles waiting longest: claims to do,
    in progress, reviewed; the oldest claim waiting for a review; verdicts of the last seven
    days; reviews per day: six queries."""
    now = timezone.now()
    week_ago = now - WEEK
    articles = list(waiting_articles())
    by_article = verdicts_of_articles([article.pk for article in articles], since=week_ago)
    for article in articles:
        article.verdicts_this_week = verdict_counts(by_article.get(article.pk, {}))
    chart, top = reviews_per_day(today=timezone.localdate(now))
    oldest = (
        Claim.objects.current().exclude(reviewed_q()).select_related("article").order_by("updated_at", "pk").first()
    )
    return Overview(
        articles=articles,
        reviewers=list(editors_at_work(since=week_ago)),
        verdicts_this_week=verdict_counts(verdicts_since(week_ago)),
        chart=chart,
        chart_max=top,
        oldest_waiting=oldest,
        article_limit=OVERVIEW_LIMIT,
    )
