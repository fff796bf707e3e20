"""The GIN index behind the candidate search of matching.services (PostgreSQL only).

Its expression is the one Django writes for SearchVector("text", config="french"), so the
planner uses it. SQLite has no such index: matching.services falls back to shared entities.
"""

from django.db import migrations

INDEX = "claim_text_search_fr"


def create(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {INDEX} ON claims_claim "
            "USING gin (to_tsvector('french'::regconfig, COALESCE(text, '')))"
        )


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [("matching", "0001_initial"), ("claims", "0001_squashed_0005_rereview_only_reviewed_edits")]

    operations = [migrations.RunPython(create, drop)]
