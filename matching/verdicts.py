"""Apply this verdict: the verdict of a claim seen before, with its rationale and sources, recorded
on the claim it matches through the review service (claims.services.review_claim).

Apart from matching.services because it calls the review service, which itself calls
matching.services after a review: here the dependency runs one way, claims.services → matching
.services, and this module sits above both.
"""

from dataclasses import dataclass

from django.db import transaction
from django.utils.translation import gettext as _

from claims.ids import is_row_id
from claims.models import Claim, Review, Verdict
from claims.services import ReviewError, SourceInput, review_claim
from matching.models import ClaimMatch

MAX_SOURCES = 20  # the review form's limit (claims.forms.SourceFormSet); the earlier claim's page comes last


class MatchNotApplicableError(ReviewError):
    """A suggestion that cannot be applied: dismissed, or whose earlier claim is no longer reviewed."""


@dataclass(frozen=True)
class EarlierVerdict:
    """What "Apply this verdict" copies: the earlier claim's current verdict, the rationale and
    sources of the review behind it, and one more source, the earlier claim on its reader page
    (when its article is published)."""

    verdict: str
    rationale: str
    sources: list[SourceInput]

    def form_initial(self) -> dict:
        return {"verdict": self.verdict, "rationale": self.rationale}

    def sources_initial(self) -> list[dict]:
        return [source.__dict__.copy() for source in self.sources]


def earlier_verdict(*, match: ClaimMatch, reader_url: str) -> EarlierVerdict:
    """The verdict of `match.earlier` as it is now (not as it was when the match was stored), with
    `reader_url`, the absolute address of the earlier claim on its reader page, as the last source.
    Raises MatchNotApplicableError if the suggestion was dismissed, the earlier claim's article
    was revised since, or the earlier claim is unverified again. Two queries: the earlier claim with its article, its current review's sources."""
    if match.state == ClaimMatch.State.DISMISSED:
        raise MatchNotApplicableError(_("This suggestion was dismissed: it is not the same claim."), field="match")
    earlier = match.earlier
    if earlier.revision != earlier.article.revision:
        raise MatchNotApplicableError(
            _("The earlier claim's article was revised since: apply the verdict of its current text.")
        )
    if earlier.verdict == Verdict.UNVERIFIED:
        raise MatchNotApplicableError(_("The earlier claim is no longer reviewed: there is no verdict to apply."))
    review = Review.objects.filter(claim=earlier, claim_version=earlier.version).prefetch_related("sources").first()
    copied = [
        SourceInput(
            url=source.url,
            title=source.title,
            publisher=source.publisher,
            published_on=source.published_on,
            excerpt=source.excerpt,
        )
        for source in (review.sources.all() if review else [])
    ][: MAX_SOURCES - 1]
    return EarlierVerdict(
        verdict=earlier.verdict,
        rationale=review.rationale if review else "",
        sources=[*copied, *_seen_in(earlier, reader_url)],
    )


def _seen_in(earlier: Claim, reader_url: str) -> list[SourceInput]:
    """The earlier claim's page as a source, only when readers can open it: a draft's would put its
    headline and a quote of its text on the published page, and link readers to a 404."""
    if not earlier.article.is_published:
        return []
    title = _("Checked before: %(title)s") % {"title": earlier.article.title}
    return [_fitted(SourceInput(url=reader_url, title=title, excerpt=earlier.text))]


def _fitted(source: SourceInput) -> SourceInput:
    # Titles and excerpts have the Source model's limits; a long headline or claim is cut.
    return SourceInput(url=source.url, title=source.title[:500], excerpt=source.excerpt[:2000])


@transaction.atomic
def apply_match(*, match: ClaimMatch, reviewer, expected_version: int, reader_url: str) -> Review:
    """Records the earlier claim's verdict (earlier_verdict) on `match.claim` as a review by
    `reviewer`, under a lock of the suggestion so that it is not dismissed meanwhile. The review
    service's rules hold: `expected_version` must be the claim's current version, otherwise
    StaleVersionError, as for any review."""
    locked = ClaimMatch.objects.select_for_update().get(pk=match.pk)
    match.state = locked.state
    applied = earlier_verdict(match=match, reader_url=reader_url)
    return review_claim(
        claim=match.claim,
        reviewer=reviewer,
        verdict=applied.verdict,
        rationale=applied.rationale,
        sources=applied.sources,
        expected_version=expected_version,
    )


def verdict_to_apply(*, claim, match_id: str, absolute) -> EarlierVerdict:
    """What the review form of `claim` is prefilled with for "Apply this verdict" (the form's
    `?apply=<match id>`): earlier_verdict of that suggestion of `claim`, its reader page made
    absolute by `absolute` (request.build_absolute_uri). MatchNotApplicableError if `match_id`
    names no suggestion of `claim`."""
    matches = ClaimMatch.objects.select_related("earlier__article").filter(claim=claim)
    match = matches.filter(pk=int(match_id)).first() if is_row_id(match_id) else None
    if match is None:
        raise MatchNotApplicableError(
            _("%(match)s names no suggestion of this claim.") % {"match": repr(match_id[:40])}, field="match"
        )
    return earlier_verdict(match=match, reader_url=absolute(match.earlier.get_absolute_url()))
