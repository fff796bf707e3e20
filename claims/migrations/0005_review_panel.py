from django.db import migrations, models


def fill_panels(apps, schema_editor):
    """Reviews written before their panels were stored got them from the reader's code of the
    day. A migration carries its own code, and 0006_drop_stored_html drops the column: the
    panels are only filled, so that the constraint below holds until then."""
    Review = apps.get_model("claims", "Review")
    Review.objects.filter(panel="").update(panel="-")


class Migration(migrations.Migration):
    dependencies = [
        ("claims", "0004_claim_marks"),
    ]

    operations = [
        migrations.AddField(
            model_name="review",
            name="panel",
            field=models.TextField(
                default="",
                editable=False,
                help_text="The rationale, sources and date as the reader's page shows them (HTML).",
            ),
            preserve_default=False,
        ),
        migrations.RunPython(fill_panels, migrations.RunPython.noop, elidable=True),
        migrations.AddConstraint(
            model_name="review",
            constraint=models.CheckConstraint(condition=~models.Q(panel=""), name="review_panel_written"),
        ),
    ]
