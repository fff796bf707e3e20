from django.contrib.auth.models import Group

EXPECTED_EDITOR_PERMISSIONS = {
    "claims.view_article",
    "claims.add_article",
    "claims.change_article",
    "claims.view_articlerevision",
    "claims.view_block",
    "claims.view_claim",
    "claims.review_claim",
    "claims.view_review",
    "claims.add_review",
    "claims.view_source",
    "claims.add_source",
    "annotations.view_entity",
    "annotations.add_entity",
    "annotations.change_entity",
    "annotations.view_entityalias",
    "annotations.add_entityalias",
    "annotations.change_entityalias",
    "annotations.delete_entityalias",
    "annotations.view_mention",
}


def test_editors_group_has_exactly_the_intended_permissions(db):
    group = Group.objects.get(name="Editors")
    granted = {f"{p.content_type.app_label}.{p.codename}" for p in group.permissions.select_related("content_type")}
    assert granted == EXPECTED_EDITOR_PERMISSIONS


def test_editors_cannot_edit_or_delete_review_history(db):
    codenames = set(Group.objects.get(name="Editors").permissions.values_list("codename", flat=True))
    assert not codenames & {"change_review", "delete_review", "change_source", "delete_source", "delete_article"}
