"""Drops the index of intake_feedentry.feed_id, which feed_entry_unique_url (feed, url) starts with
and serves (tests/claims/test_indexes.py).
The database side drops the index alone, by the name Django gave it, and the AlterField records
`db_index=False` in the state only, as claims 0003 does (its docstring says why)."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("intake", "0004_feed_poll_minutes_max"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AlterField(
                    model_name="feedentry",
                    name="feed",
                    field=models.ForeignKey(
                        db_index=False,
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="entries",
                        to="intake.feed",
                    ),
                ),
            ],
            database_operations=[
                migrations.RunSQL(
                    'DROP INDEX "intake_feedentry_feed_id_1de989d2"',
                    reverse_sql='CREATE INDEX "intake_feedentry_feed_id_1de989d2" ON "intake_feedentry" ("feed_id")',
                ),
            ],
        ),
    ]
