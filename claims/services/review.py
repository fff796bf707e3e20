"""Reviewing claims: one verdict (review_claim), a batch back to unverified (mark_unverified),
curated reviews from a fixture (load_reviews). Reviews and their sources are never edited."""

import logging
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Count
from django.utils import timezone
from django.utils.translation import gettext as _

from claims.models import Article, Claim, Review, Source, Verdict
from claims.services.errors import ReviewError, StaleVersionError, SupersededClaimError
from matching.services import match_reviewed_claims

audit = logging.getLogger("saga.audit")


@dataclass(frozen=True)
class SourceInput:
    url: str = ""
    title: str = ""
    publisher: str = ""
    published_on: date | None = None
    excerpt: str = ""


def can_review(user) -> bool:
    return bool(user and user.is_active and user.has_perm("claims.review_claim"))


def review_claim(
    *,
    claim: Claim,
    reviewer,
    verdict: str,
    rationale: str = "",
    sources: Sequence[SourceInput] = (),
    expected_version: int,
) -> Review:
    """Appends a review to `claim` and makes its verdict current, under a row lock.

    Rules: the reviewer needs the `claims.review_claim` permission; `sourced` and `disputed`
    need at least one source with a URL or a full citation (title and publisher); `disputed`
    and a return to `unverified` need a rationale; `expected_version` must be the claim's
    current version, otherwise StaleVersionError (nothing is overwritten) or, for a version ahead of
    it (no client saw it), a ReviewError on `expected_version`; the claim must belong
    to the article's current revision (earlier revisions are a read-only record).
    """
    if not can_review(reviewer):
        raise PermissionDenied(_("You are not allowed to review claims."))
    return _write_review(claim, reviewer, verdict, rationale, sources, expected_version)


def _write_review(claim: Claim, reviewer, verdict: str, rationale: str, sources, expected_version: int) -> Review:
    """review_claim's rules and writes, once the reviewer is known to be allowed (or is the
    fixtures' author, load_reviews)."""
    # One function past 40 lines: the checks, the lock and the writes are one sequence, in this
    # order, and reading them apart would hide which happen under the lock.
    rationale = rationale.strip()
    checked_sources = [_checked_source(source, index) for index, source in enumerate(sources)]
    with transaction.atomic():
        locked = Claim.objects.select_for_update().get(pk=claim.pk)
        if expected_version > locked.version:
            raise ReviewError(
                _("This claim is at version %(current)s; the version given, %(given)s, is ahead of it.")
                % {"current": locked.version, "given": expected_version},
                field="expected_version",
            )
        if locked.version != expected_version:
            raise StaleVersionError(locked)
        _refuse_superseded(locked)
        _check_rules(locked, verdict, rationale, checked_sources)
        locked.version += 1
        locked.verdict = verdict
        locked.needs_rereview = False
        locked.updated_at = timezone.now()
        locked.save(update_fields=["version", "verdict", "needs_rereview", "updated_at"])
        review = Review.objects.create(
            claim=locked,
            verdict=verdict,
            rationale=rationale,
            reviewer=reviewer,
            claim_version=locked.version,
            created_at=locked.updated_at,
        )
        for source in checked_sources:
            source.review = review
        Source.objects.bulk_create(checked_sources)
        match_reviewed_claims(claims=[locked])
    claim.version, claim.verdict, claim.updated_at = locked.version, locked.verdict, locked.updated_at
    audit.info(
        "claim reviewed",
        extra={"event": "review", "claim": claim.pk, "verdict": verdict, "user": reviewer.get_username()},
    )
    return review


def _refuse_superseded(claim: Claim) -> None:
    # Read after the claim's lock: a revision written meanwhile has copied this claim's reviews
    # already, so a review accepted now on the old claim would be missing from the new one.
    current = Article.objects.values_list("revision", flat=True).get(pk=claim.article_id)
    if claim.revision != current:
        raise SupersededClaimError(claim, current)


def _check_rules(claim: Claim, verdict: str, rationale: str, sources: list[Source]) -> None:
    if verdict not in Verdict.values:
        raise ReviewError(
            _("Unknown verdict %(verdict)r; use one of: %(choices)s.")
            % {"verdict": verdict, "choices": ", ".join(Verdict.values)},
            field="verdict",
        )
    if verdict in (Verdict.SOURCED, Verdict.DISPUTED) and not sources:
        raise ReviewError(
            _("A “%(verdict)s” verdict needs at least one source.") % {"verdict": Verdict(verdict).label},
            field="sources",
        )
    if verdict == Verdict.DISPUTED and not rationale:
        raise ReviewError(_("A “disputed” verdict needs a rationale."), field="rationale")
    if verdict == Verdict.UNVERIFIED and claim.verdict != Verdict.UNVERIFIED and not rationale:
        raise ReviewError(_("Going back to “unverified” needs a rationale."), field="rationale")


def _checked_source(source: SourceInput, index: int) -> Source:
    """Validates one source: a http(s) URL, or a full citation (title and publisher)."""
    row = Source(
        url=source.url.strip(),
        title=source.title.strip(),
        publisher=source.publisher.strip(),
        published_on=source.published_on,
        excerpt=source.excerpt.strip(),
    )
    if not row.url and not (row.title and row.publisher):
        raise ReviewError(
            _("Source %(n)s needs a URL or a full citation (title and publisher).") % {"n": index + 1}, field="sources"
        )
    if row.url and not row.url.lower().startswith(("http://", "https://")):
        raise ReviewError(_("Source %(n)s: only http and https links are allowed.") % {"n": index + 1}, field="sources")
    try:
        # The URL-or-citation constraint is checked above; skipping constraint validation spares
        # a query and a savepoint per source.
        row.full_clean(exclude=["review"], validate_constraints=False)
    except ValidationError as error:
        details = "; ".join(f"{field}: {' '.join(messages)}" for field, messages in error.message_dict.items())
        raise ReviewError(
            _("Source %(n)s: %(details)s") % {"n": index + 1, "details": details}, field="sources"
        ) from None
    return row


@transaction.atomic
def mark_unverified(*, expected_versions: Mapping[int, int], reviewer, rationale: str) -> int:
    """Sends claims back to "unverified" with one rationale, all or none.

    `expected_versions` maps each claim's id to the version the reviewer saw. Claims already
    unverified are left alone; a claim reviewed since it was seen raises StaleVersionError and
    nothing is written. Returns the number of claims changed.
    """
    if not can_review(reviewer):
        raise PermissionDenied(_("You are not allowed to review claims."))
    if not rationale.strip():
        raise ReviewError(_("Going back to “unverified” needs a rationale."), field="rationale")
    # In id order, so two bulk updates lock their rows in the same order and cannot deadlock.
    claims = Claim.objects.filter(pk__in=expected_versions).exclude(verdict=Verdict.UNVERIFIED).order_by("pk")
    changed = 0
    for claim in claims:
        review_claim(
            claim=claim,
            reviewer=reviewer,
            verdict=Verdict.UNVERIFIED,
            rationale=rationale,
            expected_version=expected_versions[claim.pk],
        )
        changed += 1
    return changed


@transaction.atomic
def load_reviews(*, article: Article, records: Iterable[Mapping], reviewer) -> int:
    """Applies curated reviews (a fixture) to the current claims of `article`, all or none.

    Each record is {claim, verdict, rationale, sources: [{url, title, publisher, published_on,
    excerpt}]}, where `claim` is a passage that must occur in exactly one current claim. Every
    record goes through review_claim's rules; `reviewer` signs them and needs no permission: it is
    the fixtures' author (load_demo), a deactivated account, so that it can do nothing else. Claims that already have a review are left
    alone, so loading twice changes nothing and never overrides an editor's verdict. Returns the
    number of reviews written.
    """
    claims = list(Claim.objects.current().filter(article=article).annotate(review_count=Count("reviews")))
    written = 0
    for record in records:
        claim = _claim_quoting(claims, record["claim"], article)
        if claim.review_count:
            continue
        sources = [_source_input(source) for source in record.get("sources", [])]
        _write_review(claim, reviewer, record["verdict"], record.get("rationale", ""), sources, claim.version)
        claim.review_count = 1
        written += 1
    return written


def _claim_quoting(claims: Sequence[Claim], passage: str, article: Article) -> Claim:
    matches = [claim for claim in claims if passage in claim.text]
    if len(matches) != 1:
        raise ReviewError(
            _("%(count)s claims of %(article)s contain “%(passage)s”; a review must name exactly one.")
            % {"count": len(matches), "article": article.slug, "passage": passage},
            field="claim",
        )
    return matches[0]


def _source_input(record: Mapping) -> SourceInput:
    published_on = record.get("published_on")
    return SourceInput(
        url=record.get("url", ""),
        title=record.get("title", ""),
        publisher=record.get("publisher", ""),
        published_on=date.fromisoformat(published_on) if published_on else None,
        excerpt=record.get("excerpt", ""),
    )
