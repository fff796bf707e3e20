"""The annotations app's schema as its migrations left it, in one step (squashed a second time).

It replaces the first squash (annotations 0001 to 0009) and the migrations written after it, each
model created as the last of them left it: 0010 (no index of its own for a mention's entity nor for
an entity's Wikidata id: they are created without), 0011 (amounts to six decimal places) and 0012
(the fields' labels). The old chain's only data step, deleting QUANTITY mentions when 0005 was
taken back, has nothing to undo here: taking this migration back drops the table. A database
halfway through the old migrations is first migrated to their end with the Saga commits `migrate`
names (claims/checks.py).
"""

import django.db.models.deletion
from django.db import migrations, models

# The choices of the fields, frozen as the migrations left them; a field's check allows their codes.
ENTITY_KINDS = [("PER", "person"), ("ORG", "organisation"), ("LOC", "place"), ("MISC", "other")]
LABELS = [*ENTITY_KINDS, ("DATE", "date"), ("MONEY", "amount"), ("QUANTITY", "quantity")]


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


def mentions_of(to, verbose_name, on_delete, **options):
    """A mention's foreign key: its article, claim or entity lists it among its `mentions`."""
    return models.ForeignKey(on_delete=on_delete, related_name="mentions", to=to, verbose_name=verbose_name, **options)


def optional_text(max_length, verbose_name, **options):
    """A short text that may be left empty."""
    return models.CharField(blank=True, max_length=max_length, verbose_name=verbose_name, **options)


def amount(verbose_name):
    """One end of an amount's range, to six decimal places."""
    return models.DecimalField(blank=True, decimal_places=6, max_digits=28, null=True, verbose_name=verbose_name)


class Migration(migrations.Migration):
    initial = True

    replaces = [
        ("annotations", "0001_initial"),
        ("annotations", "0002_issue7_mention_claim_dates"),
        ("annotations", "0003_reader_indexes"),
        ("annotations", "0004_mention_timeline"),
        ("annotations", "0005_mention_quantity"),
        ("annotations", "0006_drop_mention_timeline"),
        ("annotations", "0007_revision_verbose_name"),
        ("annotations", "0008_mention_value_claim_indexes"),
        ("annotations", "0009_mention_article_id"),
        ("annotations", "0010_drop_redundant_indexes"),
        ("annotations", "0011_mention_amount_six_places"),
        ("annotations", "0012_field_labels"),
    ]

    dependencies = [
        ("claims", "0001_squashed_0005_rereview_only_reviewed_edits"),
    ]

    operations = [
        create_model(
            name="Entity",
            fields=[
                ("name", models.CharField(max_length=300, verbose_name="name")),
                ("kind", models.CharField(choices=ENTITY_KINDS, max_length=4, verbose_name="kind")),
                ("wikidata_id", optional_text(20, "Wikidata id", help_text="For example Q317521.")),
                ("created_at", models.DateTimeField(auto_now_add=True, verbose_name="created at")),
            ],
            options=model_options(
                "entity",
                "entities",
                ["name", "kind"],
                constraints=[
                    models.UniqueConstraint(fields=("name", "kind"), name="entity_unique_name_kind"),
                    models.CheckConstraint(
                        condition=models.Q(("kind__in", codes(ENTITY_KINDS))), name="entity_kind_valid"
                    ),
                    models.CheckConstraint(
                        condition=models.Q(
                            ("wikidata_id", ""), ("wikidata_id__regex", "^Q[1-9][0-9]*$"), _connector="OR"
                        ),
                        name="entity_wikidata_id_valid",
                    ),
                ],
            ),
        ),
        create_model(
            name="EntityAlias",
            fields=[
                ("name", models.CharField(max_length=300, unique=True, verbose_name="alias")),
                (
                    "entity",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="aliases",
                        to="annotations.entity",
                        verbose_name="entity",
                    ),
                ),
            ],
            options=model_options("alias", "aliases", ["name"]),
        ),
        create_model(
            name="Mention",
            fields=[
                ("revision", models.PositiveIntegerField(default=1, verbose_name="revision")),
                ("label", models.CharField(choices=LABELS, max_length=8, verbose_name="label")),
                ("start", models.PositiveIntegerField(verbose_name="start")),
                ("end", models.PositiveIntegerField(verbose_name="end")),
                ("text", models.CharField(max_length=500, verbose_name="text")),
                ("value", optional_text(40, "normalised value", help_text="ISO 8601 date or interval.")),
                ("precision", optional_text(8, "precision")),
                ("date_earliest", models.DateField(blank=True, null=True, verbose_name="earliest date")),
                ("date_latest", models.DateField(blank=True, null=True, verbose_name="latest date")),
                ("amount_min", amount("lowest amount")),
                ("amount_max", amount("highest amount")),
                ("currency", optional_text(3, "currency")),
                ("unit", optional_text(40, "unit", help_text="Of a quantity: %, a unit symbol or the counted noun.")),
                (
                    "article",
                    mentions_of("claims.article", "article", django.db.models.deletion.CASCADE, db_index=False),
                ),
                (
                    "claim",
                    mentions_of("claims.claim", "claim", django.db.models.deletion.CASCADE, blank=True, null=True),
                ),
                (
                    "entity",
                    mentions_of(
                        "annotations.entity",
                        "entity",
                        django.db.models.deletion.SET_NULL,
                        blank=True,
                        null=True,
                        db_index=False,
                    ),
                ),
            ],
            options=model_options(
                "mention",
                "mentions",
                ["article", "revision", "start"],
                indexes=[
                    models.Index(fields=["article", "id"], name="mention_article_id"),
                    models.Index(fields=["article", "revision", "start"], name="mention_article_start"),
                    models.Index(fields=["article", "revision", "label", "entity"], name="mention_article_label"),
                    models.Index(
                        condition=models.Q(("claim__isnull", True)),
                        fields=["article", "revision", "start"],
                        name="mention_article_loose",
                    ),
                    models.Index(fields=["label", "claim"], name="mention_label_claim"),
                    models.Index(fields=["entity", "claim"], name="mention_entity_claim"),
                    models.Index(fields=["date_earliest", "date_latest", "claim"], name="mention_date_claim"),
                    models.Index(
                        condition=models.Q(("amount_min__isnull", False)),
                        fields=["amount_min", "amount_max", "currency", "claim"],
                        name="mention_amount_claim",
                    ),
                    models.Index(
                        condition=models.Q(("date_earliest__isnull", False)),
                        fields=["claim", "date_earliest", "date_latest"],
                        name="mention_claim_dates",
                    ),
                ],
                constraints=[
                    models.CheckConstraint(condition=models.Q(("start__gte", 0)), name="mention_start_not_negative"),
                    models.CheckConstraint(
                        condition=models.Q(("start__lt", models.F("end"))), name="mention_start_before_end"
                    ),
                    models.CheckConstraint(
                        condition=models.Q(("label__in", codes(LABELS))),
                        name="mention_label_valid",
                    ),
                    models.CheckConstraint(
                        condition=models.Q(
                            ("entity__isnull", True), ("label__in", codes(ENTITY_KINDS)), _connector="OR"
                        ),
                        name="mention_entity_only_for_entities",
                    ),
                    models.CheckConstraint(
                        condition=models.Q(
                            ("date_earliest__isnull", True),
                            ("date_latest__gte", models.F("date_earliest")),
                            _connector="OR",
                        ),
                        name="mention_date_range_ordered",
                    ),
                    models.CheckConstraint(
                        condition=models.Q(
                            ("amount_min__isnull", True),
                            ("amount_max__isnull", True),
                            ("amount_max__gte", models.F("amount_min")),
                            _connector="OR",
                        ),
                        name="mention_amount_range_ordered",
                    ),
                ],
            ),
        ),
    ]
