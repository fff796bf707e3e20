"""The index on ClaimWork.assignee declared in Meta doubled the one its foreign key has anyway
(desk_claimwork_assignee_id_...): two indexes to write at every assignment for one to read."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("desk", "0002_work_events"),
    ]

    operations = [
        migrations.RemoveIndex(
            model_name="claimwork",
            name="desk_work_assignee",
        ),
    ]
