from django.db import migrations, models

BATCH = 2000


def write_entries(apps, schema_editor):
    """Dates written before their timeline entries were stored get them from their claims."""
    from claims.services.annotate import _by_claim, mark_timeline  # functions of rows: no model of today

    Claim = apps.get_model("claims", "Claim")
    Mention = apps.get_model("annotations", "Mention")
    dated = Mention.objects.filter(label="DATE", claim__isnull=False)
    ids = list(Claim.objects.filter(mentions__in=dated).distinct().order_by("pk").values_list("pk", flat=True))
    for first in range(0, len(ids), BATCH):
        claims = list(Claim.objects.filter(pk__in=ids[first : first + BATCH]).only("pk", "start", "text"))
        dates = list(dated.filter(claim__in=claims).order_by())
        Mention.objects.bulk_update(mark_timeline(claims, _by_claim(claims, dates)), ["timeline"], batch_size=500)


class Migration(migrations.Migration):
    dependencies = [
        ("annotations", "0003_reader_indexes"),
        ("claims", "0004_claim_marks"),
    ]

    operations = [
        migrations.AddField(
            model_name="mention",
            name="timeline",
            field=models.TextField(blank=True, editable=False),
        ),
        migrations.RunPython(write_entries, migrations.RunPython.noop, elidable=True),
        migrations.AddIndex(
            model_name="mention",
            index=models.Index(
                condition=~models.Q(timeline=""),
                fields=["article", "revision", "date_earliest", "start"],
                name="mention_timeline",
            ),
        ),
    ]
