"""The review desk: articles, their claims ranked by check-worthiness, reviews with their sources.

Writes go through claims/services/ (ingest, re-annotate, review); the admin validates,
calls one service and renders. Reviews and sources are append-only here: they are added
through the review form, never edited or deleted.

The admin is a package by concern; importing it registers every model admin with the site.
"""

from claims.admin import articles, claims, entities, history  # noqa: F401 (register their admins)
from claims.admin.articles import ArticleAdmin
from claims.admin.claims import ClaimAdmin
from claims.admin.common import ReadOnlyAdmin, verdict_badge
from claims.admin.filters import ArticleFilter, DateYearFilter, EntityFilter, MentionLabelFilter, RevisionFilter

__all__ = [
    "ArticleAdmin",
    "ArticleFilter",
    "ClaimAdmin",
    "DateYearFilter",
    "EntityFilter",
    "MentionLabelFilter",
    "ReadOnlyAdmin",
    "RevisionFilter",
    "verdict_badge",
]
