"""Articles, their blocks and claims, and the reviews (with sources) that judge the claims.

Offsets (`start`, `end`) are Python str indices into the body of the article revision they
belong to, end exclusive, so every span can be re-anchored and exported as a W3C
TextPositionSelector. A revision number on blocks and claims keeps earlier versions of a
corrected article readable; the current ones carry `Article.revision`.
"""

from dataclasses import dataclass

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from claims.managers import ArticleQuerySet, ClaimQuerySet, ReviewQuerySet


class Verdict(models.TextChoices):
    SOURCED = "sourced", _("sourced")
    DISPUTED = "disputed", _("disputed")
    UNVERIFIED = "unverified", _("unverified")


@dataclass(frozen=True)
class VerdictCount:
    """How many claims have one verdict (an article's summary, the desk's week)."""

    value: str
    count: int

    @property
    def label(self) -> str:
        return Verdict(self.value).label


def span_constraints(prefix: str) -> list[models.BaseConstraint]:
    """Offsets must describe a non-empty span that starts inside the text."""
    return [
        models.CheckConstraint(condition=Q(start__gte=0), name=f"{prefix}_start_not_negative"),
        models.CheckConstraint(condition=Q(start__lt=F("end")), name=f"{prefix}_start_before_end"),
    ]


class ArticleStatus(models.TextChoices):
    """Article.Status; defined here so that Article's Meta, which cannot see the class body's
    names, builds its check constraint from the same values."""

    DRAFT = "draft", _("draft")
    PUBLISHED = "published", _("published")


class Article(models.Model):
    Status = ArticleStatus

    class Format(models.TextChoices):
        TEXT = "text", _("plain text")
        MARKDOWN = "markdown", _("Markdown")

    slug = models.SlugField(
        _("slug"),
        max_length=200,
        unique=True,
        help_text=_("The article's address. Renaming it keeps the old address working: it redirects to the new one."),
    )
    title = models.CharField(_("title"), max_length=500)
    language = models.CharField(_("language"), max_length=8, default="fr")
    source_url = models.URLField(_("source URL"), max_length=2000, blank=True)
    publisher = models.CharField(_("publisher"), max_length=200, blank=True)
    author = models.CharField(_("author"), max_length=200, blank=True)
    published_on = models.DateField(_("published on"), null=True, blank=True)
    body = models.TextField(_("body"), help_text=_("The text exactly as given; every annotation is a span of it."))
    body_format = models.CharField(_("body format"), max_length=10, choices=Format.choices, default=Format.TEXT)
    body_sha256 = models.CharField(max_length=64, editable=False, verbose_name=_("SHA-256 of the text"))
    revision = models.PositiveIntegerField(_("current revision"), default=1, editable=False)
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.DRAFT)
    created_at = models.DateTimeField(_("created at"), default=timezone.now, editable=False)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    objects = ArticleQuerySet.as_manager()

    class Meta:
        verbose_name = _("article")
        verbose_name_plural = _("articles")
        ordering = ["-created_at", "-id"]
        constraints = [
            models.CheckConstraint(condition=Q(status__in=ArticleStatus.values), name="article_status_valid"),
            models.CheckConstraint(condition=Q(revision__gte=1), name="article_revision_positive"),
        ]
        indexes = [models.Index(fields=["status", "-created_at"], name="article_status_created")]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("claims:article-detail", kwargs={"slug": self.slug})

    @property
    def is_published(self) -> bool:
        return self.status == self.Status.PUBLISHED


class FormerSlug(models.Model):
    """A slug an article had before an editor renamed it: its old addresses, shared and bookmarked,
    redirect to the new ones (claims.middleware.former_slug_middleware)."""

    slug = models.SlugField(_("slug"), max_length=200, unique=True)
    article = models.ForeignKey(
        Article, on_delete=models.CASCADE, related_name="former_slugs", verbose_name=_("article")
    )
    renamed_at = models.DateTimeField(_("renamed at"), default=timezone.now)

    class Meta:
        verbose_name = _("former slug")
        verbose_name_plural = _("former slugs")

    def __str__(self) -> str:
        return self.slug

    @classmethod
    def record(cls, article: Article, former: str) -> None:
        """`article`, renamed from `former`: the old slug leads to it (even if another article had it
        before), and a slug it takes back is no longer a former one."""
        cls.objects.filter(slug=article.slug).delete()
        cls.objects.update_or_create(slug=former, defaults={"article": article, "renamed_at": timezone.now()})


class ArticleRevision(models.Model):
    """The text of every version of an article, the current one included."""

    # Indexed by revision_unique_number (article, number), which serves the lookups by article.
    article = models.ForeignKey(
        Article, on_delete=models.CASCADE, related_name="revisions", db_index=False, verbose_name=_("article")
    )
    number = models.PositiveIntegerField(_("number"))
    body = models.TextField(_("body"))
    body_sha256 = models.CharField(max_length=64, verbose_name=_("SHA-256 of the text"))
    created_at = models.DateTimeField(_("created at"), default=timezone.now)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("created by"),
    )

    class Meta:
        verbose_name = _("article revision")
        verbose_name_plural = _("article revisions")
        ordering = ["article", "number"]
        constraints = [
            models.UniqueConstraint(fields=["article", "number"], name="revision_unique_number"),
            models.CheckConstraint(condition=Q(number__gte=1), name="revision_number_positive"),
        ]

    def __str__(self) -> str:
        return f"{self.article} (r{self.number})"


class BlockKind(models.TextChoices):
    TITLE = "title", _("title")
    HEADING = "heading", _("heading")
    PARAGRAPH = "paragraph", _("paragraph")
    QUOTE = "quote", _("quote")
    BOILERPLATE = "boilerplate", _("boilerplate")


class Block(models.Model):
    Kind = BlockKind

    # Indexed by block_unique_position (article, revision, position), which serves the lookups by
    # article: an index of its own would be one more b-tree for every block the ingest writes.
    article = models.ForeignKey(
        Article, on_delete=models.CASCADE, related_name="blocks", db_index=False, verbose_name=_("article")
    )
    revision = models.PositiveIntegerField(_("revision"), default=1)
    position = models.PositiveIntegerField(verbose_name=_("position"))
    kind = models.CharField(max_length=12, choices=Kind.choices, verbose_name=_("kind"))
    start = models.PositiveIntegerField(verbose_name=_("start"))
    end = models.PositiveIntegerField(verbose_name=_("end"))

    class Meta:
        verbose_name = _("block")
        verbose_name_plural = _("blocks")
        ordering = ["article", "revision", "position"]
        constraints = [
            *span_constraints("block"),
            models.UniqueConstraint(fields=["article", "revision", "position"], name="block_unique_position"),
            models.CheckConstraint(condition=Q(kind__in=BlockKind.values), name="block_kind_valid"),
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} {self.start}-{self.end}"


def claim_label(text: str) -> str:
    """A claim as lists show it (Claim.__str__, and rows read without a model instance)."""
    return text if len(text) <= 80 else f"{text[:79]}…"


class Claim(models.Model):
    # Indexed by claim_unique_position (article, revision, position), which serves the lookups by
    # article: an index of its own would be one more b-tree for every claim the ingest writes.
    article = models.ForeignKey(
        Article, on_delete=models.CASCADE, related_name="claims", db_index=False, verbose_name=_("article")
    )
    block = models.ForeignKey(Block, on_delete=models.CASCADE, related_name="claims", verbose_name=_("block"))
    revision = models.PositiveIntegerField(_("revision"), default=1)
    position = models.PositiveIntegerField(_("position"))
    start = models.PositiveIntegerField(verbose_name=_("start"))
    end = models.PositiveIntegerField(verbose_name=_("end"))
    text = models.TextField(_("text"))
    checkworthiness = models.FloatField(_("check-worthiness"), default=0.0)
    verdict = models.CharField(_("verdict"), max_length=12, choices=Verdict.choices, default=Verdict.UNVERIFIED)
    version = models.PositiveIntegerField(
        _("version"), default=1, help_text=_("Raised by every review; a review names the version it saw.")
    )
    previous = models.ForeignKey(
        "self",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="successors",
        help_text=_("The claim of the previous revision this one continues."),
        verbose_name=_("previous version"),
    )
    needs_rereview = models.BooleanField(_("needs re-review"), default=False)
    created_at = models.DateTimeField(_("created at"), default=timezone.now, editable=False)
    updated_at = models.DateTimeField(_("updated at"), default=timezone.now)
    # Derived from the claim's mentions and written with them (claims.services.annotate), because
    # reading them back from thousands of mention rows is what large databases cannot afford: the
    # API's filters search `facets` (its GIN index, claims/migrations/0004_claim_marks).
    facets = models.JSONField(
        editable=False,
        default=dict,
        blank=True,
        help_text=_("Ids of the entities named, in reading order, and every year the claim's dates cover."),
        verbose_name=_("facets"),
    )

    objects = ClaimQuerySet.as_manager()

    class Meta:
        verbose_name = _("claim")
        verbose_name_plural = _("claims")
        ordering = ["article", "revision", "position"]
        permissions = [("review_claim", _("Can review claims"))]
        constraints = [
            *span_constraints("claim"),
            models.UniqueConstraint(fields=["article", "revision", "position"], name="claim_unique_position"),
            models.CheckConstraint(condition=Q(verdict__in=Verdict.values), name="claim_verdict_valid"),
            models.CheckConstraint(
                condition=Q(checkworthiness__gte=0) & Q(checkworthiness__lte=1), name="claim_checkworthiness_range"
            ),
            models.CheckConstraint(condition=Q(version__gte=1), name="claim_version_positive"),
        ]
        indexes = [
            models.Index(fields=["verdict", "article"], name="claim_verdict_article"),
            # Filters by verdict joined to mentions by claim id (API list: verdict + entity + date)
            # read this index alone, in claim-id order: no visit to the claim rows. (Key columns
            # rather than INCLUDE, which SQLite lacks.)
            models.Index(fields=["verdict", "id", "article", "revision"], name="claim_verdict_covering"),
            models.Index(fields=["-checkworthiness"], name="claim_checkworthiness"),
            models.Index(fields=["updated_at"], name="claim_updated"),
            # The desk (desk/queries.py): claims reviewed twice or more, for "your verdict was
            # changed" (a few among a million); and the claims waiting for a review, per article
            # oldest first, for the overview's most urgent articles. The condition is written as
            # the queries write it (~desk.models.reviewed_q()) so that PostgreSQL matches them.
            models.Index(fields=["updated_at", "id"], condition=Q(version__gt=2), name="claim_rereviewed_updated"),
            models.Index(
                fields=["article", "revision", "updated_at"],
                condition=~Q(version__gt=1, needs_rereview=False),
                name="claim_waiting_article",
            ),
            # The queue's "need a re-review" list, from a reviewer's few articles: their claims
            # asking for one, rather than every claim of those articles read and discarded.
            models.Index(
                fields=["article", "revision"], condition=Q(needs_rereview=True), name="claim_rereview_article"
            ),
        ]

    def __str__(self) -> str:
        return claim_label(self.text)

    def get_absolute_url(self) -> str:
        return f"{self.article.get_absolute_url()}#claim-{self.pk}"

    @property
    def has_review(self) -> bool:
        """Whether a reviewer gave this claim a verdict, "unverified" included: every review raises
        the version from 1, and a claim carried over word for word by a revision keeps its version
        with its reviews (the same test as desk.models.reviewed_q, in SQL)."""
        return self.version > 1

    @property
    def awaits_review_of_edit(self) -> bool:
        """Whether a claim whose words a revision changes must be marked *needs re-review* in its
        new form: its verdict came from a review, or it was waiting for a re-review already (an
        edit of an edit still changes reviewed words). A claim never reviewed has nothing to redo."""
        return self.has_review or self.needs_rereview


class Review(models.Model):
    """One verdict on a claim. Append-only: the history of a claim is its reviews in order."""

    # Indexed by review_unique_version (claim, claim_version), which serves the lookups by claim.
    claim = models.ForeignKey(
        Claim, on_delete=models.CASCADE, related_name="reviews", db_index=False, verbose_name=_("claim")
    )
    verdict = models.CharField(_("verdict"), max_length=12, choices=Verdict.choices)
    rationale = models.TextField(_("rationale"), blank=True)
    # Indexed by review_reviewer_created (reviewer, created_at), which serves the lookups by reviewer.
    reviewer = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="reviews",
        db_index=False,
        verbose_name=_("reviewer"),
    )
    claim_version = models.PositiveIntegerField(_("claim version"), help_text=_("The version this review produced."))
    created_at = models.DateTimeField(_("reviewed at"), default=timezone.now, editable=False)

    objects = ReviewQuerySet.as_manager()

    class Meta:
        verbose_name = _("review")
        verbose_name_plural = _("reviews")
        ordering = ["claim", "id"]
        constraints = [
            models.CheckConstraint(condition=Q(verdict__in=Verdict.values), name="review_verdict_valid"),
            models.UniqueConstraint(fields=["claim", "claim_version"], name="review_unique_version"),
        ]
        indexes = [
            models.Index(fields=["created_at"], name="review_created"),
            # The desk's overview: each editor's reviews of the week, counted from the index alone.
            models.Index(fields=["reviewer", "created_at"], name="review_reviewer_created"),
        ]

    def __str__(self) -> str:
        return f"{self.get_verdict_display()} — {self.claim}"


class Source(models.Model):
    """Evidence behind a review: a URL, a full citation, or both."""

    review = models.ForeignKey(Review, on_delete=models.CASCADE, related_name="sources", verbose_name=_("review"))
    url = models.URLField(_("URL"), max_length=2000, blank=True)
    title = models.CharField(_("title"), max_length=500, blank=True)
    publisher = models.CharField(_("publisher"), max_length=200, blank=True)
    published_on = models.DateField(_("published on"), null=True, blank=True)
    excerpt = models.TextField(_("excerpt"), blank=True, max_length=2000)

    class Meta:
        verbose_name = _("source")
        verbose_name_plural = _("sources")
        ordering = ["review", "id"]
        constraints = [
            models.CheckConstraint(condition=~Q(url="") | ~Q(title=""), name="source_url_or_title"),
        ]

    def __str__(self) -> str:
        return self.title or self.url
