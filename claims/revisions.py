"""Reading revisions: the claims of a revision next to those of the one before, and what
happened to them (claims.reanchor decides; claims.services.revise writes)."""

from dataclasses import dataclass

from django.db.models import Count, F, OuterRef, QuerySet, Subquery
from django.db.models.functions import Coalesce

from claims.models import Article, ArticleRevision, Claim
from claims.reanchor import Outcome, outcome_between, word_diff

__all__ = [
    "DiffRow",
    "Outcome",
    "RevisionSummary",
    "claim_diff",
    "revision_summaries",
    "with_claim_changes",
    "word_diff",
]


@dataclass(frozen=True)
class DiffRow:
    """One line of the claim diff between a revision and the one before it."""

    outcome: Outcome
    old: Claim | None
    new: Claim | None


def claim_diff(*, article: Article, number: int) -> list[DiffRow]:
    """The claims of revision `number` next to those of revision `number - 1`, in reading order.

    Two queries whatever the size of the article. Removed claims are placed where they stood,
    before the first new-side claim that continues a later old claim.
    """
    new_claims = list(Claim.objects.filter(article=article, revision=number).order_by("position"))
    old_claims = list(Claim.objects.filter(article=article, revision=number - 1).order_by("position"))
    old_by_id = {claim.pk: claim for claim in old_claims}
    continued = {claim.previous_id for claim in new_claims if claim.previous_id in old_by_id}
    removed = [claim for claim in old_claims if claim.pk not in continued]
    rows: list[DiffRow] = []
    for claim in new_claims:
        old = old_by_id.get(claim.previous_id)
        while removed and old is not None and removed[0].position < old.position:
            rows.append(DiffRow(Outcome.REMOVED, removed.pop(0), None))
        if old is None:
            rows.append(DiffRow(Outcome.NEW, None, claim))
        else:
            claim.previous = old  # already loaded: spares a query per row to whoever renders it
            rows.append(DiffRow(outcome_between(old.text, claim.text), old, claim))
    rows += [DiffRow(Outcome.REMOVED, claim, None) for claim in removed]
    return rows


@dataclass(frozen=True)
class RevisionSummary:
    revision: ArticleRevision
    claims: int
    unchanged: int
    edited: int
    removed: int
    new: int
    is_current: bool


def revision_summaries(*, article: Article) -> list[RevisionSummary]:
    """Every revision of `article`, oldest first, with what happened to its claims. Two queries."""
    revisions = list(ArticleRevision.objects.filter(article=article).select_related("created_by").order_by("number"))
    rows = list(Claim.objects.filter(article=article).values_list("pk", "revision", "previous_id", "text"))
    text_of = {pk: text for pk, _revision, _previous, text in rows}
    by_revision: dict[int, list[tuple[int | None, str]]] = {}
    for _pk, revision, previous, text in rows:
        by_revision.setdefault(revision, []).append((previous, text))
    summaries = []
    for revision in revisions:
        claims = by_revision.get(revision.number, [])
        outcomes = [outcome_between(text_of[prev], text) if prev in text_of else Outcome.NEW for prev, text in claims]
        continued = sum(outcome != Outcome.NEW for outcome in outcomes)
        before = len(by_revision.get(revision.number - 1, []))
        summaries.append(
            RevisionSummary(
                revision=revision,
                claims=len(claims),
                unchanged=outcomes.count(Outcome.UNCHANGED),
                edited=outcomes.count(Outcome.EDITED),
                removed=before - continued,
                new=outcomes.count(Outcome.NEW),
                is_current=revision is revisions[-1],  # revisions only ever get added
            )
        )
    return summaries


def _claim_count(**filters) -> Coalesce:
    claims = Claim.objects.filter(article=OuterRef("article"), **filters).order_by()
    return Coalesce(Subquery(claims.values("article").annotate(n=Count("pk")).values("n")[:1]), 0)


def with_claim_changes(revisions: QuerySet) -> QuerySet:
    """Annotates each ArticleRevision with `claim_count`, `continued_count` (claims that carry on
    one of the revision before), `new_count`, `removed_count` and `rereview_count`, in the same
    query. Unchanged and edited are told apart by text, see `revision_summaries`."""
    number = OuterRef("number")
    return revisions.annotate(
        claim_count=_claim_count(revision=number),
        continued_count=_claim_count(revision=number, previous__isnull=False),
        rereview_count=_claim_count(revision=number, needs_rereview=True),
        before_count=_claim_count(revision=number - 1),
    ).annotate(
        new_count=F("claim_count") - F("continued_count"), removed_count=F("before_count") - F("continued_count")
    )
