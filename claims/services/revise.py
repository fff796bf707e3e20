"""A corrected text becomes a new revision of its article that keeps the review work.

The decisions (which old claim continues as which new one) are claims.reanchor's, a pure
algorithm; this module reads the claims, applies those decisions and writes the revision in one
transaction.
"""

import logging
from collections.abc import Sequence
from dataclasses import dataclass, field

from django.db import transaction

from claims.models import Article, ArticleRevision, Claim, Review, Source
from claims.reanchor import Anchor, Outcome, reanchor
from claims.services.annotate import write_annotations
from claims.services.inputs import ArticleInput, analyse_text, body_digest, validate_article_input
from matching.services import carry_decisions, drop_open_findings, on_claims_written

audit = logging.getLogger("saga.audit")


@dataclass(frozen=True)
class RevisionResult:
    """What `revise_article` did: `number` is None when the text was already the current one."""

    article: Article
    number: int | None
    anchors: list[Anchor] = field(default_factory=list)

    @property
    def counts(self) -> dict[str, int]:
        counts = dict.fromkeys(Outcome, 0)
        for anchor in self.anchors:
            counts[anchor.outcome] += 1
        return {str(outcome): count for outcome, count in counts.items()}


def revise_article(*, article: Article, item: ArticleInput, user=None, analysis=None) -> RevisionResult:
    """Makes `item.text` the current text of `article` as a new revision, keeping the review work.

    The new text is annotated afresh (blocks, claims, entities, dates, amounts, with the current
    editor aliases) unless `analysis` of that text is given. Each claim of the current revision
    is re-anchored (module docstring): unchanged claims keep their verdict, version, re-review
    flag and review history (the reviews and their sources are copied to the new claim, created
    times and reviewers included, so every reader of a claim sees its history); edited claims
    start unverified with `previous` pointing at the old claim, and with `needs_rereview` when
    the old one had a review or was waiting for a re-review (Claim.awaits_review_of_edit); removed
    claims stay in the old revision. The old revision's text, claims, mentions and reviews are
    left untouched; its claims' suggested matches and open inconsistencies are dropped (the new
    claims get their own; matching.services.drop_open_findings), and the dismissed suggestions and
    decided inconsistencies of unchanged claims are carried to their successors
    (matching.services.carry_decisions).
    The same text as the current one writes nothing (`number` is None).
    All writes happen in one transaction, under a lock on the article row.
    """
    validate_article_input(item)
    # From the database, not `article`: the caller's copy may predate another revision.
    if Article.objects.filter(pk=article.pk, body_sha256=body_digest(item.text)).exists():
        return RevisionResult(article=article, number=None)
    if analysis is None:
        # Outside the transaction: analysing takes seconds and needs no lock.
        analysis = _analyse(item)
    return _write_revision(article=article, item=item, user=user, analysis=analysis)


def _analyse(item: ArticleInput):
    return analyse_text(text=item.text, fmt=item.fmt, language=item.language, published=item.published_on)


@transaction.atomic
def _write_revision(*, article: Article, item: ArticleInput, user, analysis) -> RevisionResult:
    article = Article.objects.select_for_update().get(pk=article.pk)
    digest = body_digest(item.text)
    if digest == article.body_sha256:  # the same text arrived first through another request
        return RevisionResult(article=article, number=None)
    number = article.revision + 1
    # Locked so that a review landing meanwhile either is copied here or sees the new revision.
    old_claims = list(
        Claim.objects.select_for_update().filter(article=article, revision=article.revision).order_by("position")
    )
    ArticleRevision.objects.create(article=article, number=number, body=item.text, body_sha256=digest, created_by=user)
    new_claims, mentions = write_annotations(article=article, revision=number, analysis=analysis)
    anchors = reanchor(old_body=article.body, old_spans=old_claims, new_body=item.text, new_spans=new_claims)
    unchanged = _carry_over(anchors, old_claims, new_claims)
    _make_current(article, item, analysis, number, digest)
    drop_open_findings(claims=old_claims)
    carry_decisions(successors=unchanged)
    on_claims_written(article=article, claims=new_claims, mentions=mentions)
    result = RevisionResult(article=article, number=number, anchors=anchors)
    audit.info(
        "article revised",
        extra={
            "event": "revise",
            "article": article.slug,
            "revision": number,
            "user": getattr(user, "username", None),
            **result.counts,
        },
    )
    return result


def _carry_over(
    anchors: Sequence[Anchor], old_claims: Sequence[Claim], new_claims: Sequence[Claim]
) -> dict[int, Claim]:
    """Links every continued claim to its predecessor; unchanged ones inherit the review work.
    Returns the successors of the unchanged ones, by old claim id."""
    linked, unchanged = [], {}
    for anchor in anchors:
        if anchor.old is None or anchor.new is None:
            continue
        old, new = old_claims[anchor.old], new_claims[anchor.new]
        new.previous = old
        if anchor.outcome == Outcome.UNCHANGED:
            new.verdict, new.version, new.needs_rereview = old.verdict, old.version, old.needs_rereview
            unchanged[old.pk] = new
        else:
            new.needs_rereview = old.awaits_review_of_edit
        linked.append(new)
    Claim.objects.bulk_update(linked, ["previous", "verdict", "version", "needs_rereview"])
    _copy_reviews(unchanged)
    return unchanged


def _copy_reviews(successors: dict[int, Claim]) -> None:
    """Copies the reviews (and their sources) of each old claim id to its successor claim."""
    if not successors:
        return
    reviews = list(Review.objects.filter(claim_id__in=successors).prefetch_related("sources").order_by("id"))
    copies = Review.objects.bulk_create(
        Review(
            claim=successors[review.claim_id],
            verdict=review.verdict,
            rationale=review.rationale,
            reviewer_id=review.reviewer_id,
            claim_version=review.claim_version,
            created_at=review.created_at,
        )
        for review in reviews
    )
    Source.objects.bulk_create(
        Source(
            review=copy,
            url=source.url,
            title=source.title,
            publisher=source.publisher,
            published_on=source.published_on,
            excerpt=source.excerpt,
        )
        for review, copy in zip(reviews, copies, strict=True)
        for source in review.sources.all()
    )


def _make_current(article: Article, item: ArticleInput, analysis, number: int, digest: str) -> None:
    """Points the article at its new text; metadata given with the text replaces the old one."""
    article.body, article.body_format, article.body_sha256 = item.text, item.fmt, digest
    article.revision, article.language = number, item.language
    article.title = (item.title or analysis.title or article.title)[:500]
    for name in ("source_url", "publisher", "author", "published_on"):
        if getattr(item, name):
            setattr(article, name, getattr(item, name))
    if item.publish:  # re-ingesting never unpublishes: that is an editor's decision in the admin
        article.status = Article.Status.PUBLISHED
    article.save()
