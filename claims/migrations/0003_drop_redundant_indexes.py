"""Drops the indexes of foreign keys that a composite index or unique constraint already starts
with: one b-tree less to write for every block and claim the ingest inserts (and every revision and
review). Each lookup by those columns reads the longer index (tests/claims/test_indexes.py):
  claims_articlerevision.article_id  revision_unique_number (article, number)
  claims_block.article_id            block_unique_position (article, revision, position)
  claims_claim.article_id            claim_unique_position (article, revision, position)
  claims_review.claim_id             review_unique_version (claim, claim_version)
  claims_review.reviewer_id          review_reviewer_created (reviewer, created_at)
The database side drops each index by the name Django gave it (as `sqlmigrate` of an AlterField
prints it, and as introspection reads it on SQLite and PostgreSQL alike) and does nothing else; the
AlterFields record `db_index=False` in the state only. Run on the database, an AlterField of a
foreign key would also drop and re-add its constraint on PostgreSQL, checking every row again under
lock, and copy the whole table on SQLite."""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("claims", "0002_editors_group"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
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
                        db_index=False,
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="blocks",
                        to="claims.article",
                    ),
                ),
                migrations.AlterField(
                    model_name="claim",
                    name="article",
                    field=models.ForeignKey(
                        db_index=False,
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="claims",
                        to="claims.article",
                    ),
                ),
                migrations.AlterField(
                    model_name="review",
                    name="claim",
                    field=models.ForeignKey(
                        db_index=False,
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="reviews",
                        to="claims.claim",
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
            ],
            database_operations=[
                migrations.RunSQL(
                    'DROP INDEX "claims_articlerevision_article_id_7e53f5de"',
                    reverse_sql='CREATE INDEX "claims_articlerevision_article_id_7e53f5de" ON "claims_articlerevision" ("article_id")',
                ),
                migrations.RunSQL(
                    'DROP INDEX "claims_block_article_id_83ed5887"',
                    reverse_sql='CREATE INDEX "claims_block_article_id_83ed5887" ON "claims_block" ("article_id")',
                ),
                migrations.RunSQL(
                    'DROP INDEX "claims_claim_article_id_6731be49"',
                    reverse_sql='CREATE INDEX "claims_claim_article_id_6731be49" ON "claims_claim" ("article_id")',
                ),
                migrations.RunSQL(
                    'DROP INDEX "claims_review_claim_id_45948026"',
                    reverse_sql='CREATE INDEX "claims_review_claim_id_45948026" ON "claims_review" ("claim_id")',
                ),
                migrations.RunSQL(
                    'DROP INDEX "claims_review_reviewer_id_8e458d45"',
                    reverse_sql='CREATE INDEX "claims_review_reviewer_id_8e458d45" ON "claims_review" ("reviewer_id")',
                ),
            ],
        ),
    ]
