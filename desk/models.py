"""Who works on a claim (ClaimWork) and the team's internal notes (Note).

A claim's work state is derived, never stored, so it cannot drift from the reviews: "reviewed"
once a review raised its version and no re-review is asked; "in progress" while someone holds it
at its current version (a review moves the version on, which ends the hold); "to do" otherwise.
"""

from django.conf import settings
from django.db import models
from django.db.models import Case, F, Q, Value, When
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class WorkState(models.TextChoices):
    TO_DO = "to_do", _("to do")
    IN_PROGRESS = "in_progress", _("in progress")
    REVIEWED = "reviewed", _("reviewed")


def reviewed_q(prefix: str = "") -> Q:
    """Claims whose current verdict came from a review and needs no second look."""
    return Q(**{f"{prefix}version__gt": 1, f"{prefix}needs_rereview": False})


def held_q(prefix: str = "") -> Q:
    """Claims someone holds at their current version."""
    return Q(**{f"{prefix}work__holder__isnull": False, f"{prefix}work__held_version": F(f"{prefix}version")})


def state_expression(prefix: str = "") -> Case:
    """The work state of a claim as an SQL expression (prefix: the path to the claim, "claim__")."""
    return Case(
        When(reviewed_q(prefix), then=Value(WorkState.REVIEWED.value)),
        When(held_q(prefix), then=Value(WorkState.IN_PROGRESS.value)),
        default=Value(WorkState.TO_DO.value),
        output_field=models.CharField(),
    )


def state_q(state: str, prefix: str = "") -> Q:
    if state == WorkState.REVIEWED:
        return reviewed_q(prefix)
    if state == WorkState.IN_PROGRESS:
        return ~reviewed_q(prefix) & held_q(prefix)
    return ~reviewed_q(prefix) & ~held_q(prefix)


class ClaimWork(models.Model):
    """The desk's row for one claim: to whom it is assigned, who holds it in progress.

    `article` is the claim's, copied when the row is first written (desk.services): a claim never
    moves to another article, so the copy cannot drift; with it the queue finds a reviewer's
    articles in the index by assignee and article instead of reading each claim assigned to them
    (at 1,000,000 claims, bench/scale.py, 3,426 probes of the claims: 6 to 10 ms a page)."""

    claim = models.OneToOneField(
        "claims.Claim", on_delete=models.CASCADE, primary_key=True, related_name="work", verbose_name=_("claim")
    )
    article = models.ForeignKey(
        "claims.Article", on_delete=models.CASCADE, related_name="+", editable=False, verbose_name=_("article")
    )
    assignee = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="desk_assignments",
        verbose_name=_("assignee"),
        db_index=False,  # desk_work_assignee_article serves it (assignee first)
    )
    assigned_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("assigned by"),
    )
    assigned_at = models.DateTimeField(_("assigned at"), null=True, blank=True)
    holder = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("in progress with"),
    )
    held_since = models.DateTimeField(_("in progress since"), null=True, blank=True)
    held_version = models.PositiveIntegerField(null=True, blank=True, editable=False, verbose_name=_("held version"))

    class Meta:
        verbose_name = _("claim work")
        verbose_name_plural = _("claim work")
        indexes = [models.Index(fields=["assignee", "article"], name="desk_work_assignee_article")]

    def __str__(self) -> str:
        return f"{self.claim_id}: {self.assignee or '-'}"

    @property
    def in_progress(self) -> bool:
        """Whether someone holds the claim at its current version (held_q, for a row in hand)."""
        return self.holder_id is not None and self.held_version == self.claim.version


class Note(models.Model):
    """An internal note on a claim or an article: staff only, never public, never exported."""

    claim = models.ForeignKey(
        "claims.Claim", on_delete=models.CASCADE, null=True, blank=True, related_name="notes", verbose_name=_("claim")
    )
    article = models.ForeignKey(
        "claims.Article",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="notes",
        verbose_name=_("article"),
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="desk_notes", verbose_name=_("author")
    )
    text = models.TextField(_("text"), max_length=5000)
    mentioned = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="desk_mentions",
        verbose_name=_("for the attention of"),
    )
    created_at = models.DateTimeField(_("written at"), default=timezone.now, editable=False)

    class Meta:
        verbose_name = _("note")
        verbose_name_plural = _("notes")
        ordering = ["created_at", "id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(claim__isnull=False, article__isnull=True) | Q(claim__isnull=True, article__isnull=False),
                name="desk_note_on_claim_or_article",
                # The admin's note form shows it (Django's default message names the constraint).
                violation_error_message=_("A note is on a claim or on an article (exactly one)."),
            ),
            models.CheckConstraint(condition=~Q(text=""), name="desk_note_text_not_empty"),
        ]

    def __str__(self) -> str:
        return self.text if len(self.text) <= 60 else f"{self.text[:59]}…"


class WorkEventKind(models.TextChoices):
    ASSIGN = "assign", _("assigned")
    UNASSIGN = "unassign", _("unassigned")
    TAKE = "take", _("started work")
    TAKE_OVER = "take_over", _("took over")
    RELEASE = "release", _("stopped work")


class WorkEvent(models.Model):
    """The desk's log, like the reviews' history: who assigned, took, took over or released a
    claim, and when. Append-only; written by the desk services in the same transaction."""

    # Indexed by desk_event_claim_at (claim, at), which serves the lookups by claim.
    claim = models.ForeignKey(
        "claims.Claim", on_delete=models.CASCADE, related_name="work_events", db_index=False, verbose_name=_("claim")
    )
    kind = models.CharField(_("what"), max_length=12, choices=WorkEventKind.choices)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+", verbose_name=_("by")
    )
    assignee = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("assignee"),
        help_text=_("Assigned to (assign), or the holder taken over from (take over)."),
    )
    at = models.DateTimeField(_("when"), default=timezone.now, editable=False)

    class Meta:
        verbose_name = _("desk event")
        verbose_name_plural = _("desk events")
        ordering = ["at", "id"]
        constraints = [models.CheckConstraint(condition=Q(kind__in=WorkEventKind.values), name="desk_event_kind_valid")]
        indexes = [models.Index(fields=["claim", "at"], name="desk_event_claim_at")]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} — {self.claim_id}"
