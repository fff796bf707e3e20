"""The writes of the claims app, by concern; each service is keyword-only, runs its writes in
one transaction and raises a `ServiceError` subclass with a message fit to show a user.

- inputs: `ArticleInput`, its validation and analysis;
- ingest: new articles (`ingest_article(s)`), from the input to the rows, top to bottom;
- revise: a changed text as a new revision that keeps the review work;
- annotate: the blocks, claims and mentions of one revision, and re-annotation;
- review: verdicts (`review_claim`, `mark_unverified`, `load_reviews`);
- entities: entity merges, deletions and relinks, with the claims they touch.

The names below are the ones the views, admin, API, commands and tests use.
"""

from claims.services.annotate import reannotate_article, write_annotations, write_claim_marks
from claims.services.errors import IngestError, ReviewError, ServiceError, StaleVersionError, SupersededClaimError
from claims.services.ingest import IngestResult, ingest_article, ingest_articles
from claims.services.inputs import (
    ArticleInput,
    analyse_text,
    body_digest,
    is_web_url,
    validate_article_input,
    validate_slug,
    validate_source_url,
)
from claims.services.review import SourceInput, can_review, load_reviews, mark_unverified, review_claim
from claims.services.revise import RevisionResult, revise_article

__all__ = [
    "ArticleInput",
    "IngestError",
    "IngestResult",
    "ReviewError",
    "RevisionResult",
    "ServiceError",
    "SourceInput",
    "StaleVersionError",
    "SupersededClaimError",
    "analyse_text",
    "body_digest",
    "can_review",
    "ingest_article",
    "ingest_articles",
    "is_web_url",
    "load_reviews",
    "mark_unverified",
    "reannotate_article",
    "review_claim",
    "revise_article",
    "validate_article_input",
    "validate_slug",
    "validate_source_url",
    "write_annotations",
    "write_claim_marks",
]
