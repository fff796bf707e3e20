"""ClaimWork.article: the claim's article beside its assignment, so that the queue finds a
reviewer's articles in one index (assignee, article) rather than by reading every claim assigned
to them. Existing rows take their claim's article; the index replaces the one of the assignee's
foreign key, which it serves as well (assignee first)."""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models
from django.db.models import OuterRef, Subquery


def copy_articles(apps, schema_editor):
    ClaimWork = apps.get_model("desk", "ClaimWork")
    Claim = apps.get_model("claims", "Claim")
    ClaimWork.objects.update(article_id=Subquery(Claim.objects.filter(pk=OuterRef("claim_id")).values("article_id")))


class Migration(migrations.Migration):
    dependencies = [
        ("claims", "0001_squashed_0005_rereview_only_reviewed_edits"),
        ("desk", "0003_drop_duplicate_assignee_index"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.AddField(
            model_name="claimwork",
            name="article",
            field=models.ForeignKey(
                null=True,
                editable=False,
                on_delete=django.db.models.deletion.CASCADE,
                related_name="+",
                to="claims.article",
            ),
        ),
        migrations.RunPython(copy_articles, migrations.RunPython.noop),
        migrations.AlterField(
            model_name="claimwork",
            name="article",
            field=models.ForeignKey(
                editable=False,
                on_delete=django.db.models.deletion.CASCADE,
                related_name="+",
                to="claims.article",
            ),
        ),
        migrations.AlterField(
            model_name="claimwork",
            name="assignee",
            field=models.ForeignKey(
                blank=True,
                db_index=False,
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="desk_assignments",
                to=settings.AUTH_USER_MODEL,
                verbose_name="assignee",
            ),
        ),
        migrations.AddIndex(
            model_name="claimwork",
            index=models.Index(fields=["assignee", "article"], name="desk_work_assignee_article"),
        ),
    ]
