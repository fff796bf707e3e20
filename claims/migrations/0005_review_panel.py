from django.db import migrations, models

BATCH = 1000


def write_panels(apps, schema_editor):
    """Reviews written before their panels were stored get them from their rows."""
    from claims.reader import review_panel  # a function of rows: no model of today

    Review = apps.get_model("claims", "Review")
    ids = list(Review.objects.order_by("pk").values_list("pk", flat=True))
    for first in range(0, len(ids), BATCH):
        reviews = list(Review.objects.filter(pk__in=ids[first : first + BATCH]).prefetch_related("sources"))
        for review in reviews:
            sources = sorted(review.sources.all(), key=lambda source: source.pk)
            review.panel = review_panel(rationale=review.rationale, sources=sources, created_at=review.created_at)
        Review.objects.bulk_update(reviews, ["panel"], batch_size=500)


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
        migrations.RunPython(write_panels, migrations.RunPython.noop, elidable=True),
        migrations.AddConstraint(
            model_name="review",
            constraint=models.CheckConstraint(condition=~models.Q(panel=""), name="review_panel_written"),
        ),
    ]
