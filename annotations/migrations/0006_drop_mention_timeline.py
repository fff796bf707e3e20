"""No HTML in rows: the reader's timeline is a template (docs/DESIGN.md), so the entry stored
with each date, and the index that read them in order, go."""

from django.db import migrations


class Migration(migrations.Migration):
    # After 0004; the lead chains it after 0005_mention_quantity when both branches meet.
    dependencies = [
        ("annotations", "0005_mention_quantity"),
    ]

    operations = [
        migrations.RemoveIndex(model_name="mention", name="mention_timeline"),
        migrations.RemoveField(model_name="mention", name="timeline"),
    ]
