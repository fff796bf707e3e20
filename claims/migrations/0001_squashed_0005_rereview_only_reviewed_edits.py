"""The claims app's schema as its migrations left it, in one step (squashed a second time).

It replaces the first squash (claims 0001 to 0011) and the migrations written after it: 0003 (the
indexes of five foreign keys dropped: they are created without them here), 0004 (the fields'
labels) and 0005. Each model is created as the last of them left it.

Only 0002_editors_group stays apart, under its old name: it grants the annotations app's
permissions too, so it needs that app's models, whose own migration needs these; folded in here, it
would make the two apps' migrations depend on each other.

The data migrations are gone: they rewrote rows that existed before them, so on a new database
they had nothing to do, and a database that ran them is at the end of the chain, where this
migration counts as applied (`replaces`). Those of the old chain rewrote the facets and the stored
HTML; 0005_rereview_only_reviewed_edits cleared *needs re-review* from the claims written before it
whose earlier form nobody had reviewed. A database halfway through the old migrations is first
migrated to their end with the Saga commits `migrate` names (claims/checks.py).
"""

import django.db.models.deletion
import django.utils.timezone
from django.conf import settings
from django.db import migrations, models

# The facets indexes of the API's filters (ClaimQuerySet.matching_mentions) on PostgreSQL, as
# 0011_facets_index_per_verdict left them: one GIN over all claims' facets and one per verdict,
# over that verdict's claims only. SQLite has no GIN: there the filters read the mention indexes.
# The table is new and empty here, so the indexes are built in the migration's transaction. The
# btree_gin extension of 0004_claim_marks's first index, which 0011 dropped, is no longer created.
VERDICTS = ("sourced", "disputed", "unverified")  # claims.models.Verdict, frozen
CREATE_FACETS_INDEXES = [
    "CREATE INDEX claim_facets ON claims_claim USING gin (facets jsonb_path_ops)",
    *(
        f"CREATE INDEX claim_facets_{verdict} ON claims_claim USING gin (facets jsonb_path_ops)"
        f" WHERE verdict = '{verdict}'"
        for verdict in VERDICTS
    ),
]
DROP_FACETS_INDEXES = [f"DROP INDEX IF EXISTS claim_facets_{verdict}" for verdict in VERDICTS] + [
    "DROP INDEX IF EXISTS claim_facets"
]


def on_postgresql(statements):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            for statement in statements:
                schema_editor.execute(statement)

    return run


# The choices of the fields, frozen as the migrations left them; a field's check allows their codes.
FORMATS = [("text", "plain text"), ("markdown", "Markdown")]
STATUSES = [("draft", "draft"), ("published", "published")]
BLOCK_KINDS = [(kind, kind) for kind in ("title", "heading", "paragraph", "quote", "boilerplate")]
VERDICT_CHOICES = [(verdict, verdict) for verdict in VERDICTS]


# Helpers that write the operations' repeated parts once; what they build is what makemigrations wrote.
# The migration carries its own code: a change to live code cannot change an applied migration.
def create_model(name, fields, options):
    """A model with Django's automatic id before its own fields."""
    id_field = ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID"))
    return migrations.CreateModel(name=name, fields=[id_field, *fields], options=options)


def model_options(verbose_name, verbose_name_plural, ordering, **options):
    """A model's names and ordering, then its other options (indexes, constraints, permissions)."""
    return {"verbose_name": verbose_name, "verbose_name_plural": verbose_name_plural, "ordering": ordering, **options}


def codes(choices):
    """The codes of a field's choices, the values its check constraint allows."""
    return [code for code, _label in choices]


def cascade(to, related_name, verbose_name, **options):
    """A foreign key whose rows are deleted with the row they point to."""
    return models.ForeignKey(
        on_delete=django.db.models.deletion.CASCADE,
        related_name=related_name,
        to=to,
        verbose_name=verbose_name,
        **options,
    )


def optional_user(on_delete, related_name, verbose_name, **options):
    """A foreign key to the user who did it, empty where there was none."""
    return models.ForeignKey(
        blank=True,
        null=True,
        on_delete=on_delete,
        related_name=related_name,
        to=settings.AUTH_USER_MODEL,
        verbose_name=verbose_name,
        **options,
    )


def span_fields():
    """A block's or a claim's span: where it starts and ends in its revision's text."""
    return [
        ("start", models.PositiveIntegerField(verbose_name="start")),
        ("end", models.PositiveIntegerField(verbose_name="end")),
    ]


def span_constraints(prefix):
    """A block's or a claim's span: it starts in the text, before its end, at one position per revision."""
    return [
        models.CheckConstraint(condition=models.Q(("start__gte", 0)), name=f"{prefix}_start_not_negative"),
        models.CheckConstraint(condition=models.Q(("start__lt", models.F("end"))), name=f"{prefix}_start_before_end"),
        models.UniqueConstraint(fields=("article", "revision", "position"), name=f"{prefix}_unique_position"),
    ]


def created_at(verbose_name):
    """When the row was written, set once."""
    return models.DateTimeField(default=django.utils.timezone.now, editable=False, verbose_name=verbose_name)


class Migration(migrations.Migration):
    initial = True

    replaces = [
        ("claims", "0001_initial"),
        ("claims", "0003_issue7_claim_verdict_covering"),
        ("claims", "0004_claim_marks"),
        ("claims", "0005_review_panel"),
        ("claims", "0006_drop_stored_html"),
        ("claims", "0007_revision_verbose_name"),
        ("claims", "0008_desk_indexes"),
        ("claims", "0009_rereview_index"),
        ("claims", "0010_facets_year_entities"),
        ("claims", "0011_facets_index_per_verdict"),
        ("claims", "0003_drop_redundant_indexes"),
        ("claims", "0004_field_labels"),
        ("claims", "0005_rereview_only_reviewed_edits"),
    ]

    dependencies = [
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        create_model(
            name="Article",
            fields=[
                ("slug", models.SlugField(max_length=200, unique=True, verbose_name="slug")),
                ("title", models.CharField(max_length=500, verbose_name="title")),
                ("language", models.CharField(default="fr", max_length=8, verbose_name="language")),
                ("source_url", models.URLField(blank=True, max_length=2000, verbose_name="source URL")),
                ("publisher", models.CharField(blank=True, max_length=200, verbose_name="publisher")),
                ("author", models.CharField(blank=True, max_length=200, verbose_name="author")),
                ("published_on", models.DateField(blank=True, null=True, verbose_name="published on")),
                (
                    "body",
                    models.TextField(
                        help_text="The text exactly as given; every annotation is a span of it.", verbose_name="body"
                    ),
                ),
                (
                    "body_format",
                    models.CharField(choices=FORMATS, default="text", max_length=10, verbose_name="body format"),
                ),
                ("body_sha256", models.CharField(editable=False, max_length=64, verbose_name="SHA-256 of the text")),
                ("revision", models.PositiveIntegerField(default=1, editable=False, verbose_name="current revision")),
                ("status", models.CharField(choices=STATUSES, default="draft", max_length=10, verbose_name="status")),
                ("created_at", created_at("created at")),
                ("updated_at", models.DateTimeField(auto_now=True, verbose_name="updated at")),
            ],
            options=model_options(
                "article",
                "articles",
                ["-created_at", "-id"],
                indexes=[models.Index(fields=["status", "-created_at"], name="article_status_created")],
                constraints=[
                    models.CheckConstraint(
                        condition=models.Q(("status__in", codes(STATUSES))), name="article_status_valid"
                    ),
                    models.CheckConstraint(condition=models.Q(("revision__gte", 1)), name="article_revision_positive"),
                ],
            ),
        ),
        create_model(
            name="Block",
            fields=[
                ("revision", models.PositiveIntegerField(default=1, verbose_name="revision")),
                ("position", models.PositiveIntegerField(verbose_name="position")),
                ("kind", models.CharField(choices=BLOCK_KINDS, max_length=12, verbose_name="kind")),
                *span_fields(),
                ("article", cascade("claims.article", "blocks", "article", db_index=False)),
            ],
            options=model_options(
                "block",
                "blocks",
                ["article", "revision", "position"],
                constraints=[
                    *span_constraints("block"),
                    models.CheckConstraint(
                        condition=models.Q(("kind__in", codes(BLOCK_KINDS))), name="block_kind_valid"
                    ),
                ],
            ),
        ),
        create_model(
            name="Claim",
            fields=[
                ("revision", models.PositiveIntegerField(default=1, verbose_name="revision")),
                ("position", models.PositiveIntegerField(verbose_name="position")),
                *span_fields(),
                ("text", models.TextField(verbose_name="text")),
                ("checkworthiness", models.FloatField(default=0.0, verbose_name="check-worthiness")),
                (
                    "verdict",
                    models.CharField(
                        choices=VERDICT_CHOICES, default="unverified", max_length=12, verbose_name="verdict"
                    ),
                ),
                (
                    "version",
                    models.PositiveIntegerField(
                        default=1,
                        help_text="Raised by every review; a review names the version it saw.",
                        verbose_name="version",
                    ),
                ),
                ("needs_rereview", models.BooleanField(default=False, verbose_name="needs re-review")),
                ("created_at", created_at("created at")),
                ("updated_at", models.DateTimeField(default=django.utils.timezone.now, verbose_name="updated at")),
                (
                    "facets",
                    models.JSONField(
                        blank=True,
                        default=dict,
                        editable=False,
                        help_text="Ids of the entities named, in reading order, and every year the claim's dates cover.",
                        verbose_name="facets",
                    ),
                ),
                ("article", cascade("claims.article", "claims", "article", db_index=False)),
                ("block", cascade("claims.block", "claims", "block")),
                (
                    "previous",
                    models.ForeignKey(
                        blank=True,
                        help_text="The claim of the previous revision this one continues.",
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="successors",
                        to="claims.claim",
                        verbose_name="previous version",
                    ),
                ),
            ],
            options=model_options(
                "claim",
                "claims",
                ["article", "revision", "position"],
                permissions=[("review_claim", "Can review claims")],
                indexes=[
                    models.Index(fields=["verdict", "article"], name="claim_verdict_article"),
                    models.Index(fields=["verdict", "id", "article", "revision"], name="claim_verdict_covering"),
                    models.Index(fields=["-checkworthiness"], name="claim_checkworthiness"),
                    models.Index(fields=["updated_at"], name="claim_updated"),
                    models.Index(
                        condition=models.Q(("version__gt", 2)),
                        fields=["updated_at", "id"],
                        name="claim_rereviewed_updated",
                    ),
                    models.Index(
                        condition=models.Q(("needs_rereview", False), ("version__gt", 1), _negated=True),
                        fields=["article", "revision", "updated_at"],
                        name="claim_waiting_article",
                    ),
                    models.Index(
                        condition=models.Q(("needs_rereview", True)),
                        fields=["article", "revision"],
                        name="claim_rereview_article",
                    ),
                ],
                constraints=[
                    *span_constraints("claim"),
                    models.CheckConstraint(
                        condition=models.Q(("verdict__in", codes(VERDICT_CHOICES))), name="claim_verdict_valid"
                    ),
                    models.CheckConstraint(
                        condition=models.Q(("checkworthiness__gte", 0), ("checkworthiness__lte", 1)),
                        name="claim_checkworthiness_range",
                    ),
                    models.CheckConstraint(condition=models.Q(("version__gte", 1)), name="claim_version_positive"),
                ],
            ),
        ),
        create_model(
            name="Review",
            fields=[
                ("verdict", models.CharField(choices=VERDICT_CHOICES, max_length=12, verbose_name="verdict")),
                ("rationale", models.TextField(blank=True, verbose_name="rationale")),
                (
                    "claim_version",
                    models.PositiveIntegerField(
                        help_text="The version this review produced.", verbose_name="claim version"
                    ),
                ),
                ("created_at", created_at("reviewed at")),
                ("claim", cascade("claims.claim", "reviews", "claim", db_index=False)),
                (
                    "reviewer",
                    optional_user(django.db.models.deletion.PROTECT, "reviews", "reviewer", db_index=False),
                ),
            ],
            options=model_options(
                "review",
                "reviews",
                ["claim", "id"],
                indexes=[
                    models.Index(fields=["created_at"], name="review_created"),
                    models.Index(fields=["reviewer", "created_at"], name="review_reviewer_created"),
                ],
                constraints=[
                    models.CheckConstraint(
                        condition=models.Q(("verdict__in", codes(VERDICT_CHOICES))), name="review_verdict_valid"
                    ),
                    models.UniqueConstraint(fields=("claim", "claim_version"), name="review_unique_version"),
                ],
            ),
        ),
        create_model(
            name="Source",
            fields=[
                ("url", models.URLField(blank=True, max_length=2000, verbose_name="URL")),
                ("title", models.CharField(blank=True, max_length=500, verbose_name="title")),
                ("publisher", models.CharField(blank=True, max_length=200, verbose_name="publisher")),
                ("published_on", models.DateField(blank=True, null=True, verbose_name="published on")),
                ("excerpt", models.TextField(blank=True, max_length=2000, verbose_name="excerpt")),
                ("review", cascade("claims.review", "sources", "review")),
            ],
            options=model_options(
                "source",
                "sources",
                ["review", "id"],
                constraints=[
                    models.CheckConstraint(
                        condition=models.Q(
                            models.Q(("url", ""), _negated=True),
                            models.Q(("title", ""), _negated=True),
                            _connector="OR",
                        ),
                        name="source_url_or_title",
                    ),
                ],
            ),
        ),
        create_model(
            name="ArticleRevision",
            fields=[
                ("number", models.PositiveIntegerField(verbose_name="number")),
                ("body", models.TextField(verbose_name="body")),
                ("body_sha256", models.CharField(max_length=64, verbose_name="SHA-256 of the text")),
                ("created_at", models.DateTimeField(default=django.utils.timezone.now, verbose_name="created at")),
                ("article", cascade("claims.article", "revisions", "article", db_index=False)),
                ("created_by", optional_user(django.db.models.deletion.SET_NULL, "+", "created by")),
            ],
            options=model_options(
                "article revision",
                "article revisions",
                ["article", "number"],
                constraints=[
                    models.UniqueConstraint(fields=("article", "number"), name="revision_unique_number"),
                    models.CheckConstraint(condition=models.Q(("number__gte", 1)), name="revision_number_positive"),
                ],
            ),
        ),
        migrations.RunPython(on_postgresql(CREATE_FACETS_INDEXES), on_postgresql(DROP_FACETS_INDEXES)),
    ]
