"""Drops the indexes of foreign keys that a composite index or unique constraint already starts
with: one b-tree less to write for every block and claim the ingest inserts (and every revision and
review). Each lookup by those columns reads the longer index (tests/claims/test_indexes.py):
  claims_articlerevision.article_id  revision_unique_number (article, number)
  claims_block.article_id            block_unique_position (article, revision, position)
  claims_claim.article_id            claim_unique_position (article, revision, position)
  claims_review.claim_id             review_unique_version (claim, claim_version)
  claims_review.reviewer_id          review_reviewer_created (reviewer, created_at)
SQLite rebuilds each table to drop the index; PostgreSQL drops the index (and re-adds the foreign
key constraint, which checks the rows again: Django's way of altering a foreign key)."""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("claims", "0002_editors_group"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.AlterField(
            model_name="articlerevision",
            name="article",
            field=models.ForeignKey(
                db_index=False,
                on_delete=django.db.models.deletion.CASCADE,
                related_name="revisions",
                to="claims.article",
            ),
        ),
        migrations.AlterField(
            model_name="block",
            name="article",
            field=models.ForeignKey(
                db_index=False, on_delete=django.db.models.deletion.CASCADE, related_name="blocks", to="claims.article"
            ),
        ),
        migrations.AlterField(
            model_name="claim",
            name="article",
            field=models.ForeignKey(
                db_index=False, on_delete=django.db.models.deletion.CASCADE, related_name="claims", to="claims.article"
            ),
        ),
        migrations.AlterField(
            model_name="review",
            name="claim",
            field=models.ForeignKey(
                db_index=False, on_delete=django.db.models.deletion.CASCADE, related_name="reviews", to="claims.claim"
            ),
        ),
        migrations.AlterField(
            model_name="review",
            name="reviewer",
            field=models.ForeignKey(
                blank=True,
                db_index=False,
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="reviews",
                to=settings.AUTH_USER_MODEL,
            ),
        ),
    ]
