"""What comes in by itself or runs in the background: jobs (ingests, re-annotations) and the
publishers' feeds.

A `Job` is one article to ingest (from the API, the admin or `ingest --enqueue`) or to re-annotate
(the admin's action): the request that asked for it returns at once and the job page or
`GET /api/jobs/<id>/` follows it. Its input is stored with it, so the task's message carries only
the job's id and a task that runs twice finds the job done (claims.services.ingest leaves an
identical text unchanged; a re-annotation writes the same mentions again).

A `Feed` is an RSS, Atom or JSON feed, or a sitemap, that `poll_feeds` (or Celery beat) reads; each new
link becomes a `FeedEntry`, fetched, extracted and ingested once.
"""

import uuid
from datetime import timedelta

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class JobState(models.TextChoices):
    QUEUED = "queued", _("queued")
    RUNNING = "running", _("running")
    DONE = "done", _("done")
    FAILED = "failed", _("failed")


class JobKind(models.TextChoices):
    INGEST = "ingest", _("ingest")
    REANNOTATE = "reannotate", _("re-annotation")


class JobQuerySet(models.QuerySet):
    def stalled(self, *, before):
        """Jobs queued, or running, since before `before`: their message may have been lost with the
        broker, or their worker with it (intake.services.stalled_jobs tells which)."""
        queued = Q(state=JobState.QUEUED, created_at__lt=before)
        return self.filter(queued | Q(state=JobState.RUNNING, started_at__lt=before))


class Job(models.Model):
    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    kind = models.CharField(_("kind"), max_length=10, choices=JobKind.choices, default=JobKind.INGEST)
    state = models.CharField(_("state"), max_length=8, choices=JobState.choices, default=JobState.QUEUED)
    # The input of an ingest, as ArticleInput takes it (claims.services); a re-annotation's is its article.
    text = models.TextField(_("text"))
    fmt = models.CharField(max_length=10, default="text", verbose_name=_("format"))
    slug = models.CharField(_("slug"), max_length=200, blank=True)
    title = models.CharField(_("title"), max_length=500, blank=True)
    language = models.CharField(_("language"), max_length=8, default="fr")
    source_url = models.URLField(_("source URL"), max_length=2000, blank=True)
    publisher = models.CharField(_("publisher"), max_length=200, blank=True)
    author = models.CharField(_("author"), max_length=200, blank=True)
    published_on = models.DateField(_("published on"), null=True, blank=True)
    publish = models.BooleanField(_("visible to readers"), default=False)
    # The outcome.
    article = models.ForeignKey(
        "claims.Article", on_delete=models.SET_NULL, null=True, blank=True, related_name="+", verbose_name=_("article")
    )
    outcome = models.CharField(_("outcome"), max_length=12, blank=True)  # created, revised, unchanged, reannotated
    error = models.TextField(_("error"), blank=True)
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("requested by"),
    )
    created_at = models.DateTimeField(_("created at"), default=timezone.now, editable=False)
    started_at = models.DateTimeField(_("started at"), null=True, blank=True)
    finished_at = models.DateTimeField(_("finished at"), null=True, blank=True)

    objects = JobQuerySet.as_manager()

    class Meta:
        # It holds ingests and re-annotations: named for both (JobKind tells them apart).
        verbose_name = _("background job")
        verbose_name_plural = _("background jobs")
        ordering = ["-created_at"]
        constraints = [
            models.CheckConstraint(condition=Q(state__in=JobState.values), name="job_state_valid"),
            models.CheckConstraint(condition=Q(kind__in=JobKind.values), name="job_kind_valid"),
        ]

    def __str__(self):
        return f"{self.title or self.slug or self.pk} ({self.get_state_display()})"

    def get_absolute_url(self):
        return reverse("admin:intake_job_change", args=[self.pk])

    @property
    def finished(self) -> bool:
        return self.state in (JobState.DONE, JobState.FAILED)


# The longest wait between two polls of a feed: a year. A longer one would be no polling at all,
# and a date that far ahead is past the last one Python can hold.
POLL_MINUTES_MAX = 525600


class Feed(models.Model):
    url = models.URLField(
        _("URL"), max_length=2000, unique=True, help_text=_("An RSS, Atom or JSON feed, or a sitemap.")
    )
    publisher = models.CharField(_("publisher"), max_length=200, blank=True)
    language = models.CharField(_("language"), max_length=8, default="fr")
    poll_minutes = models.PositiveIntegerField(
        _("poll every (minutes)"),
        default=30,
        validators=[MinValueValidator(1), MaxValueValidator(POLL_MINUTES_MAX)],
        help_text=_("From 1 to 525600 minutes (a year)."),
    )
    publish = models.BooleanField(
        _("publish what comes in"), default=False, help_text=_("Otherwise new articles are drafts.")
    )
    active = models.BooleanField(_("active"), default=True)
    last_polled_at = models.DateTimeField(_("last polled at"), null=True, blank=True, editable=False)
    last_error = models.TextField(_("last error"), blank=True, editable=False)

    class Meta:
        verbose_name = _("feed")
        verbose_name_plural = _("feeds")
        ordering = ["url"]
        constraints = [models.CheckConstraint(condition=Q(poll_minutes__gte=1), name="feed_poll_minutes_positive")]

    def __str__(self):
        return self.publisher or self.url

    def is_due(self, now=None) -> bool:
        """Whether the feed's wait since its last poll is over. A wait stored beyond POLL_MINUTES_MAX
        (written past the form) counts as that maximum, so one bad row stops no poll of the others."""
        now = now or timezone.now()
        if self.last_polled_at is None:
            return True
        minutes = min(self.poll_minutes, POLL_MINUTES_MAX)
        return self.last_polled_at + timedelta(minutes=minutes) <= now


class FeedEntryQuerySet(models.QuerySet):
    def pending(self):
        """The entries the next poll sends to be ingested (FeedEntry.pending)."""
        failed_with_attempts_left = Q(state=FeedEntry.State.FAILED, attempts__lt=FeedEntry.ATTEMPTS)
        return self.filter(Q(state=FeedEntry.State.NEW) | failed_with_attempts_left)


class FeedEntry(models.Model):
    class State(models.TextChoices):
        NEW = "new", _("new")
        INGESTED = "ingested", _("ingested")
        DUPLICATE = "duplicate", _("duplicate")  # its text is already an article
        FAILED = "failed", _("failed")

    ATTEMPTS = 3

    # Indexed by feed_entry_unique_url (feed, url), which serves the lookups by feed.
    feed = models.ForeignKey(
        Feed, on_delete=models.CASCADE, related_name="entries", db_index=False, verbose_name=_("feed")
    )
    url = models.URLField(_("URL"), max_length=2000)
    state = models.CharField(_("state"), max_length=10, choices=State.choices, default=State.NEW)
    article = models.ForeignKey(
        "claims.Article", on_delete=models.SET_NULL, null=True, blank=True, related_name="+", verbose_name=_("article")
    )
    error = models.TextField(_("error"), blank=True)
    # Failed attempts: a failed entry is tried again at the feed's next polls, ATTEMPTS in all.
    attempts = models.PositiveSmallIntegerField(_("failed attempts"), default=0)
    seen_at = models.DateTimeField(_("seen at"), default=timezone.now, editable=False)

    objects = FeedEntryQuerySet.as_manager()

    class Meta:
        verbose_name = _("feed entry")
        verbose_name_plural = _("feed entries")
        ordering = ["-seen_at"]
        constraints = [models.UniqueConstraint(fields=["feed", "url"], name="feed_entry_unique_url")]

    def __str__(self):
        return self.url

    @property
    def pending(self) -> bool:
        """New, or failed with attempts left: the next poll sends it to be ingested."""
        return self.state == self.State.NEW or (self.state == self.State.FAILED and self.attempts < self.ATTEMPTS)
