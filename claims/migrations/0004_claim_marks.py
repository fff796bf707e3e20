from django.db import migrations, models

BATCH = 2000


def derive_marks(apps, schema_editor):
    """Claims written before their marks were stored get them from their mentions."""
    from claims.services.annotate import derive_claim_marks  # a function of rows: no model of today

    Claim = apps.get_model("claims", "Claim")
    Mention = apps.get_model("annotations", "Mention")
    ids = list(Claim.objects.order_by("pk").values_list("pk", flat=True))
    for first in range(0, len(ids), BATCH):
        claims = list(Claim.objects.filter(pk__in=ids[first : first + BATCH]).only("pk", "start", "text"))
        derive_claim_marks(claims, Mention.objects)
        Claim.objects.bulk_update(claims, ["markup", "facets"], batch_size=500)


# The API's filters by entity and date (ClaimQuerySet.matching_mentions) read this
# index on PostgreSQL: one GIN over the facets and the verdict, so "disputed claims naming X in
# 2016" is one index lookup intersecting three posting lists. btree_gin lets GIN index the
# verdict. SQLite has no GIN; there the filters read the mention indexes.
CREATE_INDEX = [
    "CREATE EXTENSION IF NOT EXISTS btree_gin",
    "CREATE INDEX claim_facets_verdict ON claims_claim USING gin (facets jsonb_path_ops, verdict)",
]
DROP_INDEX = ["DROP INDEX IF EXISTS claim_facets_verdict"]


def on_postgresql(statements):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            for statement in statements:
                schema_editor.execute(statement)

    return run


class Migration(migrations.Migration):
    dependencies = [
        ("annotations", "0002_issue7_mention_claim_dates"),
        ("claims", "0003_issue7_claim_verdict_covering"),
    ]

    operations = [
        migrations.AddField(
            model_name="claim",
            name="facets",
            field=models.JSONField(
                blank=True,
                default=dict,
                editable=False,
                help_text="Ids of the entities named, in reading order, and every year the claim's dates cover.",
            ),
        ),
        migrations.AddField(
            model_name="claim",
            name="markup",
            field=models.TextField(
                blank=True,
                editable=False,
                help_text="The claim's text as HTML, its entities, dates and amounts marked.",
            ),
        ),
        migrations.RunPython(derive_marks, migrations.RunPython.noop, elidable=True),
        migrations.RunPython(on_postgresql(CREATE_INDEX), on_postgresql(DROP_INDEX)),
    ]
