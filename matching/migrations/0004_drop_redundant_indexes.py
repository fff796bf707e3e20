"""Drops the indexes of matching_claimmatch.claim_id and matching_inconsistency.first_id, which
claimmatch_unique_pair (claim, earlier) and inconsistency_unique (first, second, kind) start with
and serve (tests/claims/test_indexes.py).
The database side drops the indexes alone, by the names Django gave them, and the AlterFields record
`db_index=False` in the state only, as claims 0003 does (its docstring says why)."""

import django.db.models.deletion
from django.db import migrations, models


def drop_index(table: str, column: str, name: str) -> migrations.RunSQL:
    """Drops the index `name` that Django made for `table`.`column`, and nothing else; makes it again
    on the way back."""
    return migrations.RunSQL(f'DROP INDEX "{name}"', reverse_sql=f'CREATE INDEX "{name}" ON "{table}" ("{column}")')


class Migration(migrations.Migration):
    dependencies = [
        ("claims", "0001_squashed_0005_rereview_only_reviewed_edits"),
        ("matching", "0003_inconsistency_decided_by_at"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AlterField(
                    model_name="claimmatch",
                    name="claim",
                    field=models.ForeignKey(
                        db_index=False,
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="matches",
                        to="claims.claim",
                    ),
                ),
                migrations.AlterField(
                    model_name="inconsistency",
                    name="first",
                    field=models.ForeignKey(
                        db_index=False, on_delete=django.db.models.deletion.CASCADE, related_name="+", to="claims.claim"
                    ),
                ),
            ],
            database_operations=[
                drop_index("matching_claimmatch", "claim_id", "matching_claimmatch_claim_id_58e5701c"),
                drop_index("matching_inconsistency", "first_id", "matching_inconsistency_first_id_8dfa9c3d"),
            ],
        ),
    ]
