from django.db import migrations

# The facets index of the API's filters (ClaimQuerySet.matching_mentions), one per verdict.
#
# The single GIN over (facets, verdict) of 0004 answered "disputed claims naming X in 2016" by
# intersecting the (entity, year) key's posting list with the verdict's inside the index; the
# verdict's list holds a tenth to seven tenths of the archive, so the probe grew with it: at
# 1,000,000 claims (bench/scale.py) 0.9 ms for `disputed`, 2.4 ms for `unverified` (191 index
# pages), against 0.06 ms at 20,000 claims. A partial index per verdict holds only that verdict's
# claims, so the key's posting list is the answer itself: 0.04 ms at 1,000,000 claims, whatever
# the verdict (EXPLAIN (ANALYZE, BUFFERS)). Lists without a verdict read the index over all claims.
# A new verdict needs its index here (tests/claims/test_api_claims_facets.py checks every one).
VERDICTS = ("sourced", "disputed", "unverified")  # claims.models.Verdict, frozen

# Built CONCURRENTLY (hence a migration outside a transaction): on a large archive a GIN index takes
# minutes to build, and a plain CREATE INDEX would hold every review's write for as long. The new
# indexes come first and the old one goes last, so the filters always have one to read.
FORWARD = [
    "CREATE INDEX CONCURRENTLY IF NOT EXISTS claim_facets ON claims_claim USING gin (facets jsonb_path_ops)",
    *(
        f"CREATE INDEX CONCURRENTLY IF NOT EXISTS claim_facets_{verdict} ON claims_claim"
        f" USING gin (facets jsonb_path_ops) WHERE verdict = '{verdict}'"
        for verdict in VERDICTS
    ),
    "DROP INDEX CONCURRENTLY IF EXISTS claim_facets_verdict",
]
BACKWARD = [
    "CREATE INDEX CONCURRENTLY IF NOT EXISTS claim_facets_verdict ON claims_claim"
    " USING gin (facets jsonb_path_ops, verdict)",
    *(f"DROP INDEX CONCURRENTLY IF EXISTS claim_facets_{verdict}" for verdict in VERDICTS),
    "DROP INDEX CONCURRENTLY IF EXISTS claim_facets",
]


def on_postgresql(statements):
    """SQLite has no GIN: there the filters read the mention indexes."""

    def run(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            for statement in statements:
                schema_editor.execute(statement)

    return run


class Migration(migrations.Migration):
    atomic = False  # CREATE INDEX CONCURRENTLY runs outside a transaction

    dependencies = [
        ("claims", "0010_facets_year_entities"),
    ]

    operations = [
        migrations.RunPython(on_postgresql(FORWARD), on_postgresql(BACKWARD)),
    ]
