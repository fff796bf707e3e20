"""Creates the Editors group with the permissions reviewers need (see claims/roles.py)."""

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
        ("claims", "0001_initial"),
        ("annotations", "0001_initial"),
    ]

    operations = [migrations.RunPython(create_editors_group, remove_editors_group)]
