"""Named reads, so every page and endpoint runs a fixed number of queries."""

from django.db import models
from django.db.models import Count, F, Q


class ArticleQuerySet(models.QuerySet):
    def published(self):
        return self.filter(status="published")

    def visible_to(self, user):
        """Drafts are for staff only."""
        if user is not None and user.is_active and user.is_staff:
            return self.all()
        return self.published()

    def with_verdict_counts(self):
        """Adds claim_count and one <verdict>_count per verdict, over current claims."""
        from claims.models import Verdict

        current = Q(claims__revision=F("revision"))
        counts = {
            f"{verdict}_count": Count("claims", filter=current & Q(claims__verdict=verdict))
            for verdict in Verdict.values
        }
        return self.annotate(claim_count=Count("claims", filter=current), **counts)


class ClaimQuerySet(models.QuerySet):
    def current(self):
        """Claims of each article's current revision."""
        return self.filter(revision=F("article__revision"))

    def ranked(self):
        """Most check-worthy first, then in reading order."""
        return self.order_by("-checkworthiness", "article_id", "position")


class ReviewQuerySet(models.QuerySet):
    def history(self):
        return self.select_related("reviewer").prefetch_related("sources").order_by("id")
