"""Drops the index of desk_workevent.claim_id, which desk_event_claim_at (claim, at) starts with and
serves (tests/claims/test_indexes.py).
The database side drops the index alone, by the name Django gave it, and the AlterField records
`db_index=False` in the state only, as claims 0003 does (its docstring says why)."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("claims", "0001_squashed_0005_rereview_only_reviewed_edits"),
        ("desk", "0004_claimwork_article"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AlterField(
                    model_name="workevent",
                    name="claim",
                    field=models.ForeignKey(
                        db_index=False,
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="work_events",
                        to="claims.claim",
                    ),
                ),
            ],
            database_operations=[
                migrations.RunSQL(
                    'DROP INDEX "desk_workevent_claim_id_6d58b143"',
                    reverse_sql='CREATE INDEX "desk_workevent_claim_id_6d58b143" ON "desk_workevent" ("claim_id")',
                ),
            ],
        ),
    ]
