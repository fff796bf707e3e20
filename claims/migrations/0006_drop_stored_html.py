"""No HTML in rows: the reader's pages are templates, cached (docs/DESIGN.md), so the fragments
stored for them go: each claim's marked text and each review's panel. `Claim.facets`, which the
API's filters read, and its GIN index stay."""

from django.db import migrations, models


def fill_panels(apps, schema_editor):
    """Back to the stored panels: 0005's constraint wants them written (and the old code that
    wrote them is gone, see 0005_review_panel). The column comes back empty on every row."""
    apps.get_model("claims", "Review").objects.update(panel="-")


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
