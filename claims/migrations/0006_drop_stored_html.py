"""No HTML in rows: the reader's pages are templates, cached (docs/DESIGN.md), so the fragments
stored for them go: each claim's marked text and each review's panel. `Claim.facets`, which the
API's filters read, and its GIN index stay."""

from django.db import migrations, models


def fill_panels(apps, schema_editor):
    """Back to the stored panels: the constraint of 0005 wants them written; what they said is
    the reader's business, and its old code is gone (see 0005_review_panel)."""
    Review = apps.get_model("claims", "Review")
    Review.objects.filter(panel="").update(panel="-")


class Migration(migrations.Migration):
    dependencies = [
        ("claims", "0005_review_panel"),
    ]

    operations = [
        migrations.RemoveConstraint(model_name="review", name="review_panel_written"),
        # Backwards, the column comes back empty (the default below), is filled, then constrained.
        migrations.RunPython(migrations.RunPython.noop, fill_panels, elidable=True),
        migrations.AlterField(model_name="review", name="panel", field=models.TextField(default="", editable=False)),
        migrations.RemoveField(model_name="review", name="panel"),
        migrations.RemoveField(model_name="claim", name="markup"),
    ]
