"""Data for the production proofs (security audit, backup, bad input): a published article
ingested through the real pipeline, with reviews written through the real review service."""

from claims.models import Article, Claim, Verdict
from claims.services import ArticleInput, SourceInput, ingest_article, review_claim
from tests.conftest import SAMPLE_TEXT


def make_reviewed_article(*, reviewer, slug: str = "usine-lyon", text: str = SAMPLE_TEXT) -> Article:
    """Ingests `text` (published) and gives its first claims a few reviews each, with sources."""
    article = ingest_article(item=ArticleInput(text=text, slug=slug, publish=True)).article
    claims = list(Claim.objects.filter(article=article).order_by("position")[:2])
    assert claims, "the sample text must yield claims"
    source = SourceInput(url="https://example.org/rapport", title="Rapport annuel", publisher="Exemple")
    for claim in claims:
        review_claim(claim=claim, reviewer=reviewer, verdict=Verdict.SOURCED, sources=[source], expected_version=1)
        review_claim(
            claim=claim,
            reviewer=reviewer,
            verdict=Verdict.DISPUTED,
            rationale="Le rapport donne « 110 millions », pas 120.",
            sources=[source, SourceInput(title="Communiqué", publisher="Renault")],
            expected_version=2,
        )
    return article
