from django.db import migrations

BATCH = 2000

# Each year of a claim's facets with the entities it names, read from the facets themselves:
# one key of the facets index per (entity, year) pair (claims.services.annotate.claim_facets).
ADD_SQL = """
UPDATE claims_claim SET facets = facets || jsonb_build_object('year_entities', coalesce(
    (SELECT jsonb_object_agg(year, facets -> 'entities') FROM jsonb_array_elements_text(facets -> 'years') AS year),
    '{}'::jsonb))
"""
REMOVE_SQL = "UPDATE claims_claim SET facets = facets - 'year_entities'"
# The update leaves its index entries in the GIN index's pending list, which every search reads
# whole until a vacuum merges it (2.4 ms a probe at 20,000 claims, against 0.07 merged).
MERGE_PENDING_SQL = "SELECT gin_clean_pending_list('claim_facets_verdict')"


def add_year_entities(apps, schema_editor):
    """A frozen copy of the computation of the day: in one statement on PostgreSQL (a million
    claims in a minute or two), in batches elsewhere."""

    def add(facets):
        facets["year_entities"] = {str(year): facets.get("entities", []) for year in facets.get("years", [])}

    _rewrite(apps, schema_editor, ADD_SQL, add)


def remove_year_entities(apps, schema_editor):
    _rewrite(apps, schema_editor, REMOVE_SQL, lambda facets: facets.pop("year_entities", None))


def _rewrite(apps, schema_editor, sql: str, change) -> None:
    """Every claim's facets changed by `sql` on PostgreSQL, else by `change` in batches."""
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(sql)
        schema_editor.execute(MERGE_PENDING_SQL)
        return
    Claim = apps.get_model("claims", "Claim")
    ids = list(Claim.objects.order_by("pk").values_list("pk", flat=True))
    for first in range(0, len(ids), BATCH):
        claims = list(Claim.objects.filter(pk__in=ids[first : first + BATCH]).only("pk", "facets"))
        for claim in claims:
            change(claim.facets)
        Claim.objects.bulk_update(claims, ["facets"], batch_size=500)


class Migration(migrations.Migration):
    dependencies = [
        ("claims", "0009_rereview_index"),
    ]

    operations = [
        migrations.RunPython(add_year_entities, remove_year_entities),
    ]
