from django.db import migrations, models

# This migration once wrote the entries of dates stored before it, with the code of the day
# (claims.services.mark_timeline). The column is dropped by 0006_drop_mention_timeline, so that
# step is gone: a migration carries its own code, and there is nothing left to fill.


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
        migrations.AddIndex(
            model_name="mention",
            index=models.Index(
                condition=~models.Q(timeline=""),
                fields=["article", "revision", "date_earliest", "start"],
                name="mention_timeline",
            ),
        ),
    ]
