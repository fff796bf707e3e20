"""The desk's reads for a reviewer: their queue, a fixed number of queries whatever the number of
claims (pinned by tests/desk/test_admin.py and tests/desk/test_queries.py). The team's overview is
in desk/overview.py."""

from dataclasses import dataclass
from datetime import datetime
from functools import reduce
from operator import or_

from django.db.models import Count, F, OuterRef, Q, Subquery

from claims.models import Article, Claim, Review, Verdict, claim_label
from desk.models import ClaimWork, Note, WorkState, reviewed_q, state_q

QUEUE_LIMIT = 10  # rows per list of claims of the queue page; the counts cover every claim
NEWS_LIMIT = 10  # rows of its news: the verdicts changed since yours, the notes that mention you


@dataclass
class Section:
    """The first rows of a list of the queue; `more` when the list goes on."""

    rows: list
    more: bool = False


def first_rows(queryset, limit: int = QUEUE_LIMIT) -> Section:
    """The first `limit` rows of `queryset`, read with one more to tell whether others follow."""
    rows = list(queryset[: limit + 1])
    return Section(rows[:limit], more=len(rows) > limit)


@dataclass
class Queue:
    assigned: Section
    unassigned: Section
    rereview: Section
    counts: dict
    verdict_changed: Section
    mentions: Section
    limit: int = QUEUE_LIMIT
    news_limit: int = NEWS_LIMIT

    @property
    def assigned_waiting(self) -> int:
        """How many claims assigned to the reviewer wait for a review (the assigned list's length
        had it no limit)."""
        return self.counts[WorkState.TO_DO.value] + self.counts[WorkState.IN_PROGRESS.value]


@dataclass
class QueueRow:
    """A claim of the queue's lists with the columns its row shows (desk/claim_rows.html), read
    as values: the rest of a claim, its article and its work row would be read and decoded for
    nothing, and model instances for them cost more than the query that finds them."""

    pk: int
    text: str
    article_title: str
    checkworthiness: float
    version: int
    needs_rereview: bool
    holder_id: int | None
    holder_name: str | None
    held_since: datetime | None
    held_version: int | None

    def __str__(self) -> str:
        return claim_label(self.text)

    @property
    def in_progress(self) -> bool:
        """Whether someone holds the claim at its current version (as ClaimWork.in_progress)."""
        return self.holder_id is not None and self.held_version == self.version


ROW_COLUMNS = {
    "article_title": F("article__title"),
    "holder_id": F("work__holder_id"),
    "holder_name": F("work__holder__username"),
    "held_since": F("work__held_since"),
    "held_version": F("work__held_version"),
}


RANKED = ("-checkworthiness", "article_id", "position")


def queue_rows(claims) -> Section:
    """The QUEUE_LIMIT most check-worthy of `claims` as QueueRow: ranked in a subquery, then only
    the first rows read with their article's title and their holder's name (joined to every
    claim of a list, 1,800 unassigned ones at 1,000,000 claims, those took longer than the
    ranking: 7.6 ms against 3.5)."""
    first = claims.order_by(*RANKED).values("pk")[: QUEUE_LIMIT + 1]
    rows = Claim.objects.filter(pk__in=first).order_by(*RANKED)
    section = first_rows(rows.values("pk", "text", "checkworthiness", "version", "needs_rereview", **ROW_COLUMNS))
    section.rows = [QueueRow(**row) for row in section.rows]
    return section


def reviewer_articles(user) -> dict[int, int]:
    """The articles where `user` has claims assigned (of any revision), each with its current
    revision, from the index of the work rows by assignee and article (desk_work_assignee_article):
    reading them from the claims took a probe of the claims per claim assigned."""
    assigned = ClaimWork.objects.filter(assignee=user).values("article")
    return dict(Article.objects.filter(pk__in=assigned).values_list("pk", "revision"))


def queue_counts(user, revisions: dict[int, int]) -> dict:
    """One pass over the current claims of `user`'s articles (`revisions`, as reviewer_articles
    reads them) and their work rows: the claims assigned to `user` per work state, and how many
    of the queue's other lists hold ("unassigned": not reviewed and assigned to nobody;
    "rereview": needing a re-review, assigned to `user` or to nobody). None without articles."""
    mine, nobody = Q(work__assignee=user), Q(work__assignee__isnull=True)
    counted = {state.value: Count("pk", filter=mine & state_q(state)) for state in WorkState}
    counted["unassigned"] = Count("pk", filter=nobody & ~reviewed_q())
    counted["rereview"] = Count("pk", filter=(mine | nobody) & Q(needs_rereview=True))
    if not revisions:
        return dict.fromkeys(counted, 0)
    return Claim.objects.filter(current_claims_of(revisions)).aggregate(**counted)


def current_claims_of(revisions: dict[int, int]) -> Q:
    """The current claims of the articles of `revisions` (article id: its current revision),
    named by their own columns, the articles grouped by revision (one term for most desks, whose
    articles are at revision 1, however many): PostgreSQL reads them from an index by article
    and joins no article row to each claim, as Claim.objects.current() does (at 1,000,000 claims,
    bench/scale.py, the assigned list's SQL took 5.3 ms with that join, 1.8 ms without it and
    ranked in a subquery)."""
    articles_at: dict[int, list[int]] = {}
    for article, revision in revisions.items():
        articles_at.setdefault(revision, []).append(article)
    terms = (Q(article_id__in=sorted(articles), revision=revision) for revision, articles in articles_at.items())
    return reduce(or_, terms, Q(pk__in=[]))


def queue_for(user) -> Queue:
    """The claims assigned to `user` that are not reviewed, most check-worthy first; then the
    unassigned ones of the articles where they have claims; the claims of both that need a
    re-review; `user`'s claims counted per work state; the claims `user` reviewed whose verdict
    someone changed since; the notes mentioning `user`, newest first. The lists of claims show
    their first QUEUE_LIMIT rows, the last two their NEWS_LIMIT newest. Seven queries at most:
    their articles, the counts, the lists of claims the counts find some for, the news."""
    # Their articles (read first) as values, not a subquery: PostgreSQL could not tell
    # that a few articles have claims assigned to them and planned for every claim. Every list
    # starts from their claims: otherwise, as the statistics saw the assigned claims spread over
    # the archive, PostgreSQL walked claim_checkworthiness over every claim looking for 26 of
    # theirs (170 to 340 ms at 1,000,000 claims, bench/scale.py) rather than rank their 3,500.
    revisions = reviewer_articles(user)
    counts = queue_counts(user, revisions)
    theirs = Claim.objects.filter(current_claims_of(revisions))
    # No assignee through the LEFT JOIN of the work rows (a missing work row reads as NULL too):
    # one pass over the work rows, where NOT EXISTS hashed them a second time.
    mine, nobody = Q(work__assignee=user), Q(work__assignee__isnull=True)
    queue = Queue(
        assigned=Section([]),
        unassigned=Section([]),
        rereview=Section([]),
        counts=counts,
        verdict_changed=verdicts_changed_since(user),
        mentions=mentions_of(user),
    )
    # A list the counts found empty is not read (a desk that assigns whole articles has no
    # unassigned claims in them, and re-reviews follow revisions only). None of these claims is
    # reviewed: each row tells "in progress" from "to do" in Python (QueueRow.in_progress), as
    # building and compiling state_expression() for each list cost more than running it.
    if queue.assigned_waiting:
        queue.assigned = queue_rows(theirs.filter(mine).exclude(reviewed_q()))
    if counts["unassigned"]:
        queue.unassigned = queue_rows(theirs.filter(nobody).exclude(reviewed_q()))
    if counts["rereview"]:
        # The same claims as "assignee is user, or unassigned in their articles" (their articles
        # hold every claim assigned to them), from the few of their claims that need one.
        queue.rereview = queue_rows(theirs.filter(mine | nobody, needs_rereview=True))
    return queue


@dataclass
class ChangedRow:
    """A claim `user` reviewed whose verdict someone changed since, as the queue shows it."""

    pk: int
    text: str
    article_title: str
    verdict: str
    your_verdict: str

    def __str__(self) -> str:
        return claim_label(self.text)

    @property
    def verdict_label(self) -> str:
        return Verdict(self.verdict).label

    @property
    def your_verdict_label(self) -> str:
        return Verdict(self.your_verdict).label


def verdicts_changed_since(user) -> Section:
    """Current claims `user` reviewed that someone reviewed again since with another verdict,
    most recently changed first, as ChangedRow (`your_verdict`: that of `user`'s last review)."""
    theirs = Review.objects.filter(claim=OuterRef("pk"), reviewer=user).order_by("-claim_version")
    changed = first_rows(
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
        .order_by("-updated_at", "-pk")
        .values("pk", "text", "verdict", "your_verdict", article_title=F("article__title")),
        NEWS_LIMIT,
    )
    changed.rows = [ChangedRow(**row) for row in changed.rows]
    return changed


@dataclass
class NoteRow:
    """A note that mentions the reviewer, with what the queue shows of it (on a claim or an
    article, exactly one)."""

    pk: int
    text: str
    created_at: datetime
    author_name: str
    claim_id: int | None
    claim_text: str | None
    claim_article_title: str | None
    article_id: int | None
    article_title: str | None

    @property
    def claim_label(self) -> str:
        return claim_label(self.claim_text or "")


def mentions_of(user) -> Section:
    """The NEWS_LIMIT newest notes that mention `user`, as NoteRow (values: a note, its author,
    its claim and article as model instances cost more than the query)."""
    notes = Note.objects.filter(mentioned=user).order_by("-created_at", "-id")
    section = first_rows(
        notes.values(
            "pk",
            "text",
            "created_at",
            "claim_id",
            "article_id",
            author_name=F("author__username"),
            claim_text=F("claim__text"),
            claim_article_title=F("claim__article__title"),
            article_title=F("article__title"),
        ),
        NEWS_LIMIT,
    )
    section.rows = [NoteRow(**row) for row in section.rows]
    return section
