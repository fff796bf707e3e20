"""The annotations app's schema as migrations 0001 to 0009 left it, in one step (squashed).

The old chain's only data step, deleting QUANTITY mentions when 0005 was taken back, has nothing
to undo here: taking this migration back drops the table.
"""

import django.db.models.deletion
from django.db import migrations, models

# The choices of the fields, frozen as 0001 to 0009 left them; a field's check allows their codes.
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


def mentions_of(to, on_delete, **options):
    """A mention's foreign key: its article, claim or entity lists it among its `mentions`."""
    return models.ForeignKey(on_delete=on_delete, related_name="mentions", to=to, **options)


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
    ]

    dependencies = [
        ("claims", "0001_squashed_0011_facets_index_per_verdict"),
    ]

    operations = [
        create_model(
            name="Entity",
            fields=[
                ("name", models.CharField(max_length=300, verbose_name="name")),
                ("kind", models.CharField(choices=ENTITY_KINDS, max_length=4, verbose_name="kind")),
                (
                    "wikidata_id",
                    models.CharField(
                        blank=True,
                        db_index=True,
                        help_text="For example Q317521.",
                        max_length=20,
                        verbose_name="Wikidata id",
                    ),
                ),
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
                        on_delete=django.db.models.deletion.CASCADE, related_name="aliases", to="annotations.entity"
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
                ("start", models.PositiveIntegerField()),
                ("end", models.PositiveIntegerField()),
                ("text", models.CharField(max_length=500, verbose_name="text")),
                (
                    "value",
                    models.CharField(
                        blank=True,
                        help_text="ISO 8601 date or interval.",
                        max_length=40,
                        verbose_name="normalised value",
                    ),
                ),
                ("precision", models.CharField(blank=True, max_length=8, verbose_name="precision")),
                ("date_earliest", models.DateField(blank=True, null=True)),
                ("date_latest", models.DateField(blank=True, null=True)),
                ("amount_min", models.DecimalField(blank=True, decimal_places=2, max_digits=24, null=True)),
                ("amount_max", models.DecimalField(blank=True, decimal_places=2, max_digits=24, null=True)),
                ("currency", models.CharField(blank=True, max_length=3)),
                (
                    "unit",
                    models.CharField(
                        blank=True,
                        help_text="Of a quantity: %, a unit symbol or the counted noun.",
                        max_length=40,
                        verbose_name="unit",
                    ),
                ),
                ("article", mentions_of("claims.article", django.db.models.deletion.CASCADE, db_index=False)),
                ("claim", mentions_of("claims.claim", django.db.models.deletion.CASCADE, blank=True, null=True)),
                (
                    "entity",
                    mentions_of("annotations.entity", django.db.models.deletion.SET_NULL, blank=True, null=True),
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
