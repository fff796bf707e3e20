"""Creates the Editors group with the permissions reviewers need (see claims/roles.py).

Kept apart from the squashed 0001, both times the migrations were squashed (and under its old
name, so a database that ran it keeps it): it grants the annotations app's permissions too, so it
comes after that app's migration, which needs the claims app's models. It reads the live claims/roles.py, as claims/apps.py does after
every `migrate`: a frozen copy would go on granting a permission that roles.py takes away.
"""

from django.db import migrations

from claims.roles import EDITORS, ensure_editors_group


def create_editors_group(apps, schema_editor):
    ensure_editors_group(apps)


def remove_editors_group(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name=EDITORS).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("claims", "0001_squashed_0005_rereview_only_reviewed_edits"),
        ("annotations", "0001_squashed_0012_field_labels"),
    ]

    operations = [migrations.RunPython(create_editors_group, remove_editors_group)]
