"""Creates the Editors group: the people who ingest articles, review claims and curate entities.

Reviews are append-only, so editors may add reviews and sources but not change or delete them;
nobody but a superuser deletes articles.
"""

from django.db import migrations

EDITOR_PERMISSIONS = {
    "claims": [
        "view_article",
        "add_article",
        "change_article",
        "view_articlerevision",
        "view_block",
        "view_claim",
        "review_claim",
        "view_review",
        "add_review",
        "view_source",
        "add_source",
    ],
    "annotations": [
        "view_entity",
        "add_entity",
        "change_entity",
        "view_entityalias",
        "add_entityalias",
        "change_entityalias",
        "delete_entityalias",
        "view_mention",
    ],
}


def create_editors_group(apps, schema_editor):
    from django.contrib.auth.management import create_permissions

    # Permissions are normally created after all migrations ran; this one needs them now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _created = Group.objects.get_or_create(name="Editors")
    for app_label, codenames in EDITOR_PERMISSIONS.items():
        permissions = Permission.objects.filter(content_type__app_label=app_label, codename__in=codenames)
        group.permissions.add(*permissions)


def remove_editors_group(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name="Editors").delete()


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("claims", "0001_initial"),
        ("annotations", "0001_initial"),
    ]

    operations = [migrations.RunPython(create_editors_group, remove_editors_group)]
