"""Claims seen before (ClaimMatch: a claim and a reviewed claim of another article that says the
same) and claims of one article that disagree (Inconsistency). Both are written by
matching.services within the transaction that writes the claims."""

from django.conf import settings
from django.db import models
from django.db.models import F, Prefetch, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from claims.models import Review


class ClaimMatchQuerySet(models.QuerySet):
    def shown(self):
        return self.filter(state=ClaimMatch.State.SUGGESTED)

    def with_earlier_reviews(self):
        """With the earlier claims' reviews, newest first (the first is behind the current
        verdict), and their articles: two queries in all, one if there is no match."""
        reviews = Prefetch("earlier__reviews", queryset=Review.objects.order_by("-claim_version"))
        return self.select_related("earlier__article").prefetch_related(reviews)

    def visible(self, *, drafts: bool):
        """The suggestions a reader is shown. Without `drafts`, matches to claims of draft
        articles are left out."""
        # An earlier claim whose article was revised since is left out: its successor carries
        # the reviews (claims.services.revise).
        matches = self.shown().filter(earlier__revision=F("earlier__article__revision"))
        if not drafts:
            matches = matches.filter(earlier__article__status="published")
        return matches

    def for_claim(self, claim, *, drafts: bool):
        """The suggested earlier claims of `claim`, best first, with their article: one query."""
        matches = self.visible(drafts=drafts).filter(claim=claim).select_related("earlier__article")
        return matches.order_by("-score", "earlier_id")


class ClaimMatch(models.Model):
    class State(models.TextChoices):
        SUGGESTED = "suggested", _("suggested")
        DISMISSED = "dismissed", _("dismissed")

    # Indexed by claimmatch_unique_pair (claim, earlier), which serves the lookups by claim: an index
    # of its own would be one more b-tree for every match the ingest writes.
    claim = models.ForeignKey(
        "claims.Claim", on_delete=models.CASCADE, related_name="matches", db_index=False, verbose_name=_("claim")
    )
    earlier = models.ForeignKey(
        "claims.Claim",
        on_delete=models.CASCADE,
        related_name="later_matches",
        help_text=_("The reviewed claim of another article that says the same."),
        verbose_name=_("earlier claim"),
    )
    score = models.FloatField(_("score"))
    signals = models.JSONField(_("signals"), default=dict)
    state = models.CharField(_("state"), max_length=10, choices=State.choices, default=State.SUGGESTED)
    created_at = models.DateTimeField(_("created at"), default=timezone.now, editable=False)
    dismissed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("dismissed by"),
    )
    dismissed_at = models.DateTimeField(_("dismissed at"), null=True, blank=True)

    objects = ClaimMatchQuerySet.as_manager()

    class Meta:
        verbose_name = _("claim seen before")
        verbose_name_plural = _("claims seen before")
        ordering = ["claim", "-score"]
        constraints = [
            models.UniqueConstraint(fields=["claim", "earlier"], name="claimmatch_unique_pair"),
            models.CheckConstraint(condition=~Q(claim=F("earlier")), name="claimmatch_not_itself"),
            models.CheckConstraint(condition=Q(score__gte=0) & Q(score__lte=1), name="claimmatch_score_range"),
            models.CheckConstraint(condition=Q(state__in=["suggested", "dismissed"]), name="claimmatch_state_valid"),
        ]
        indexes = [models.Index(fields=["claim", "state", "-score"], name="claimmatch_claim_state")]

    def __str__(self) -> str:
        return f"{self.claim_id} ~ {self.earlier_id} ({self.score:.2f})"

    @property
    def earlier_review(self):
        """The review behind the earlier claim's current verdict (ClaimMatchQuerySet.with_earlier_reviews)."""
        return next(iter(self.earlier.reviews.all()), None)


class Inconsistency(models.Model):
    class Kind(models.TextChoices):
        DATE = "date", _("date")
        AMOUNT = "amount", _("amount")
        # one claim denies what the other states, or tells a fall of what it tells risen (its value: "baissé")
        DENIAL = "denial", _("denial")

    class State(models.TextChoices):
        OPEN = "open", _("open")
        CONFIRMED = "confirmed", _("confirmed")
        DISMISSED = "dismissed", _("dismissed")

    article = models.ForeignKey(
        "claims.Article", on_delete=models.CASCADE, related_name="inconsistencies", verbose_name=_("article")
    )
    # Indexed by inconsistency_unique (first, second, kind), which serves the lookups by first.
    first = models.ForeignKey(
        "claims.Claim", on_delete=models.CASCADE, related_name="+", db_index=False, verbose_name=_("first claim")
    )
    second = models.ForeignKey(
        "claims.Claim", on_delete=models.CASCADE, related_name="+", verbose_name=_("second claim")
    )
    kind = models.CharField(_("kind"), max_length=8, choices=Kind.choices)
    first_value = models.CharField(_("first value"), max_length=200)
    second_value = models.CharField(_("second value"), max_length=200)
    score = models.FloatField(_("score"))
    state = models.CharField(_("state"), max_length=10, choices=State.choices, default=State.OPEN)
    created_at = models.DateTimeField(_("created at"), default=timezone.now, editable=False)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("decided by"),
    )
    decided_at = models.DateTimeField(_("decided at"), null=True, blank=True)

    class Meta:
        verbose_name = _("inconsistency")
        verbose_name_plural = _("inconsistencies")
        ordering = ["article", "first", "second"]
        constraints = [
            models.UniqueConstraint(fields=["first", "second", "kind"], name="inconsistency_unique"),
            models.CheckConstraint(condition=Q(kind__in=["date", "amount", "denial"]), name="inconsistency_kind_valid"),
            models.CheckConstraint(
                condition=Q(state__in=["open", "confirmed", "dismissed"]), name="inconsistency_state_valid"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()}: {self.first_value} / {self.second_value}"
