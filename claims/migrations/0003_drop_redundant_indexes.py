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


def drop_index(table: str, column: str, name: str) -> migrations.RunSQL:
    """Drops the index `name` that Django made for `table`.`column`, and nothing else; makes it again
    on the way back."""
    return migrations.RunSQL(f'DROP INDEX "{name}"', reverse_sql=f'CREATE INDEX "{name}" ON "{table}" ("{column}")')


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
                drop_index("claims_articlerevision", "article_id", "claims_articlerevision_article_id_7e53f5de"),
                drop_index("claims_block", "article_id", "claims_block_article_id_83ed5887"),
                drop_index("claims_claim", "article_id", "claims_claim_article_id_6731be49"),
                drop_index("claims_review", "claim_id", "claims_review_claim_id_45948026"),
                drop_index("claims_review", "reviewer_id", "claims_review_reviewer_id_8e458d45"),
            ],
        ),
    ]
