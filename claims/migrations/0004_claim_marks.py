from django.db import migrations, models

BATCH = 2000


def derive_facets(apps, schema_editor):
    """Claims written before their facets were stored get them from their mentions.

    A frozen copy of the computation of the day (claims.services.annotate.claim_facets): a
    migration carries its own code, so that changing the live code never changes what an old
    migration does. The claims' `markup`, also added here, was filled too, until
    0006_drop_stored_html dropped the column: it is left empty.
    """
    Claim = apps.get_model("claims", "Claim")
    Mention = apps.get_model("annotations", "Mention")
    ids = list(Claim.objects.order_by("pk").values_list("pk", flat=True))
    for first in range(0, len(ids), BATCH):
        claims = list(Claim.objects.filter(pk__in=ids[first : first + BATCH]).only("pk"))
        mentions: dict[int, list] = {}
        rows = Mention.objects.filter(claim__in=claims).order_by("start", "-end")
        for mention in rows.only("claim_id", "entity_id", "date_earliest", "date_latest"):
            mentions.setdefault(mention.claim_id, []).append(mention)
        for claim in claims:
            entities, years = [], set()
            for mention in mentions.get(claim.pk, []):  # in reading order
                if mention.entity_id is not None and mention.entity_id not in entities:
                    entities.append(mention.entity_id)
                if mention.date_earliest is not None:
                    last = (mention.date_latest or mention.date_earliest).year
                    years.update(range(mention.date_earliest.year, last + 1))
            claim.facets = {"entities": entities, "years": sorted(years)}
        Claim.objects.bulk_update(claims, ["facets"], batch_size=500)


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
        migrations.RunPython(derive_facets, migrations.RunPython.noop, elidable=True),
        migrations.RunPython(on_postgresql(CREATE_INDEX), on_postgresql(DROP_INDEX)),
    ]
