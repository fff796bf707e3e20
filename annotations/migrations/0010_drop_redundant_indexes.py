"""Drops two indexes the ingest paid for at every row and no query needs: annotations_mention.entity_id,
which mention_entity_claim (entity, claim) starts with and serves, and annotations_entity.wikidata_id
(and its LIKE twin on PostgreSQL), which no query looks up (tests/claims/test_indexes.py)."""

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
    ]
