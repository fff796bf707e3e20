"""Drops two indexes the ingest paid for at every row and no query needs: annotations_mention.entity_id,
which mention_entity_claim (entity, claim) starts with and serves, and annotations_entity.wikidata_id
(and its LIKE twin on PostgreSQL), which no query looks up (tests/claims/test_indexes.py).
The wikidata_id column has no constraint to re-add: a plain AlterField drops its indexes. For the
foreign key the database side drops the index alone, by the name Django gave it, and the AlterField
records `db_index=False` in the state only, as claims 0003 does (its docstring says why)."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("annotations", "0001_squashed_0009_mention_article_id"),
    ]

    operations = [
        migrations.AlterField(
            model_name="entity",
            name="wikidata_id",
            field=models.CharField(
                blank=True, help_text="For example Q317521.", max_length=20, verbose_name="Wikidata id"
            ),
        ),
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AlterField(
                    model_name="mention",
                    name="entity",
                    field=models.ForeignKey(
                        blank=True,
                        db_index=False,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="mentions",
                        to="annotations.entity",
                    ),
                ),
            ],
            database_operations=[
                migrations.RunSQL(
                    'DROP INDEX "annotations_mention_entity_id_e62833c9"',
                    reverse_sql='CREATE INDEX "annotations_mention_entity_id_e62833c9" ON "annotations_mention" ("entity_id")',
                ),
            ],
        ),
    ]
