"""The Editors group: the people who ingest articles, review claims and curate entities.

Reviews are append-only, so editors may add reviews and sources but not change or delete them;
nobody but a superuser deletes articles. The group is created by a data migration and kept
in place after every `migrate` or `flush` (tests flush the database between transactional
tests, which would otherwise leave no group behind).
"""

EDITORS = "Editors"

EDITOR_PERMISSIONS = {
    "claims": [
        "view_article",
        "add_article",
        "change_article",
        "view_formerslug",
        "delete_formerslug",
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
    "intake": ["view_job", "view_feed", "add_feed", "change_feed", "view_feedentry"],
}


def ensure_editors_group(apps) -> None:
    """Creates the group and grants its permissions; `apps` is a registry (historical or global)."""
    from django.contrib.auth.management import create_permissions

    # Permissions are normally created after all migrations ran; the group needs them now.
    labels = [label for label in EDITOR_PERMISSIONS if label in {config.label for config in apps.get_app_configs()}]
    for label in labels:  # an app not migrated yet gets its permissions after its migrations (post_migrate)
        app_config = apps.get_app_config(label)
        models_module = getattr(app_config, "models_module", None)
        app_config.models_module = models_module or True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = models_module

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _created = Group.objects.get_or_create(name=EDITORS)
    for app_label, codenames in EDITOR_PERMISSIONS.items():
        permissions = Permission.objects.filter(content_type__app_label=app_label, codename__in=codenames)
        group.permissions.add(*permissions)
