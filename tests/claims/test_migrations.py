import io

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.core.management.base import SystemCheckError
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.db.migrations.loader import MigrationLoader
from django.db.migrations.recorder import MigrationRecorder

from claims.checks import check_squashed_migrations
from claims.models import Claim

EXPECTED_EDITOR_PERMISSIONS = {
    "claims.view_article",
    "claims.add_article",
    "claims.change_article",
    "claims.view_formerslug",
    "claims.delete_formerslug",
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
    "intake.view_job",
    "intake.view_feed",
    "intake.add_feed",
    "intake.change_feed",
    "intake.view_feedentry",
}


def test_editors_group_has_exactly_the_intended_permissions(db):
    group = Group.objects.get(name="Editors")
    granted = {f"{p.content_type.app_label}.{p.codename}" for p in group.permissions.select_related("content_type")}
    assert granted == EXPECTED_EDITOR_PERMISSIONS


def test_editors_cannot_edit_or_delete_review_history(db):
    codenames = set(Group.objects.get(name="Editors").permissions.values_list("codename", flat=True))
    assert not codenames & {"change_review", "delete_review", "change_source", "delete_source", "delete_article"}


# -- The squashes: claims and annotations were squashed twice, into one migration each ---------------

CLAIMS_SQUASH = ("claims", "0001_squashed_0005_rereview_only_reviewed_edits")
ANNOTATIONS_SQUASH = ("annotations", "0001_squashed_0012_field_labels")
# The first squashes: Django recorded their names beside those they replace (the last steps below).
FIRST_SQUASHES = {
    "claims": "0001_squashed_0011_facets_index_per_verdict",
    "annotations": "0001_squashed_0009_mention_article_id",
}
# Each app's migrations before the first squash, then those written between the two squashes.
OLD_CHAIN = {
    "claims": [
        "0001_initial",
        "0002_editors_group",
        "0003_issue7_claim_verdict_covering",
        "0004_claim_marks",
        "0005_review_panel",
        "0006_drop_stored_html",
        "0007_revision_verbose_name",
        "0008_desk_indexes",
        "0009_rereview_index",
        "0010_facets_year_entities",
        "0011_facets_index_per_verdict",
        "0003_drop_redundant_indexes",
        "0004_field_labels",
        "0005_rereview_only_reviewed_edits",
    ],
    "annotations": [
        "0001_initial",
        "0002_issue7_mention_claim_dates",
        "0003_reader_indexes",
        "0004_mention_timeline",
        "0005_mention_quantity",
        "0006_drop_mention_timeline",
        "0007_revision_verbose_name",
        "0008_mention_value_claim_indexes",
        "0009_mention_article_id",
        "0010_drop_redundant_indexes",
        "0011_mention_amount_six_places",
        "0012_field_labels",
    ],
}
FIRST_CHAIN_LENGTH = {"claims": 11, "annotations": 9}


def test_the_squashes_replace_every_old_migration_but_the_editors_group_kept_by_name():
    loader = MigrationLoader(None, ignore_no_migrations=True)
    replaced = {
        key: [f"{app}.{name}" for app, name in loader.disk_migrations[key].replaces]
        for key in (CLAIMS_SQUASH, ANNOTATIONS_SQUASH)
    }

    assert replaced[CLAIMS_SQUASH] == [f"claims.{name}" for name in OLD_CHAIN["claims"] if name != "0002_editors_group"]
    assert replaced[ANNOTATIONS_SQUASH] == [f"annotations.{name}" for name in OLD_CHAIN["annotations"]]
    on_disk = {key for key in loader.disk_migrations if key[0] in OLD_CHAIN}
    assert on_disk - after_the_squashes() == {CLAIMS_SQUASH, ANNOTATIONS_SQUASH, ("claims", "0002_editors_group")}


def test_no_migration_of_another_app_names_a_deleted_one():
    loader = MigrationLoader(None, ignore_no_migrations=True)
    deleted = {(app, name) for app, names in OLD_CHAIN.items() for name in names} | set(FIRST_SQUASHES.items())
    deleted.discard(("claims", "0002_editors_group"))
    named = {
        (key, tuple(dependency))
        for key, migration in loader.disk_migrations.items()
        for dependency in migration.dependencies
    }
    assert {(key, dependency) for key, dependency in named if dependency in deleted} == set()


def after_the_squashes() -> set[tuple[str, str]]:
    """The migrations of claims and annotations written since the second squashes."""
    loader = MigrationLoader(None, ignore_no_migrations=True)
    squashed = {CLAIMS_SQUASH, ANNOTATIONS_SQUASH}
    return {
        key
        for key in loader.disk_migrations
        if key[0] in OLD_CHAIN and key not in squashed and key[1] not in OLD_CHAIN[key[0]]
    }


def record_old_chain(claims: int, annotations: int) -> None:
    """The database as the old migrations left it: the first `claims` and `annotations` of each
    chain, and the first squash's name once its chain is whole (as Django recorded it)."""
    recorder = MigrationRecorder(connection)
    recorder.migration_qs.filter(app__in=list(OLD_CHAIN)).delete()
    for app, count in (("claims", claims), ("annotations", annotations)):
        for name in OLD_CHAIN[app][:count]:
            recorder.record_applied(app, name)
        if count >= FIRST_CHAIN_LENGTH[app]:
            recorder.record_applied(app, FIRST_SQUASHES[app])


def test_a_database_at_the_end_of_the_old_chains_has_nothing_to_apply(db):
    record_old_chain(claims=14, annotations=12)

    executor = MigrationExecutor(connection)
    plan = executor.migration_plan(executor.loader.graph.leaf_nodes())
    assert {(migration.app_label, migration.name) for migration, _backwards in plan} == after_the_squashes()
    assert {CLAIMS_SQUASH, ANNOTATIONS_SQUASH} <= set(executor.loader.applied_migrations)
    assert check_squashed_migrations(databases=["default"]) == []


def squash_errors() -> dict[str, tuple[str, str]]:
    """The check's errors on the test database: the squash each names -> (message, hint)."""
    errors = check_squashed_migrations(databases=["default"])
    assert {error.id for error in errors} <= {"claims.E001"}
    return {error.obj: (error.msg, error.hint) for error in errors}


def test_a_database_halfway_through_the_first_old_chain_is_sent_to_both_old_commits(db):
    record_old_chain(claims=5, annotations=9)  # claims up to 0005_review_panel, annotations to 0009

    assert CLAIMS_SQUASH not in MigrationLoader(connection).graph.nodes  # Django drops a partly applied squash
    errors = squash_errors()
    assert set(errors) == {"claims." + CLAIMS_SQUASH[1], "annotations." + ANNOTATIONS_SQUASH[1]}
    message, hint = errors["claims." + CLAIMS_SQUASH[1]]
    assert "applied 4 of the 13 migrations" in message
    assert "at commit 19f5d85, then at commit 0493cca (" in hint
    assert "claims.0005_rereview_only_reviewed_edits" in hint
    message, hint = errors["annotations." + ANNOTATIONS_SQUASH[1]]
    assert "applied 9 of the 12 migrations" in message
    assert "at commit 0493cca (" in hint and "19f5d85" not in hint


def test_a_database_at_the_end_of_the_first_old_chain_is_sent_to_the_second_old_commit(db):
    record_old_chain(claims=11, annotations=9)  # as Saga at 19f5d85 left it

    errors = squash_errors()
    assert set(errors) == {"claims." + CLAIMS_SQUASH[1], "annotations." + ANNOTATIONS_SQUASH[1]}
    assert all("at commit 0493cca (" in hint and "19f5d85" not in hint for _message, hint in errors.values())


def test_a_database_halfway_through_the_second_old_chain_is_stopped(db):
    record_old_chain(claims=12, annotations=12)  # claims up to 0003_drop_redundant_indexes

    errors = squash_errors()
    assert list(errors) == ["claims." + CLAIMS_SQUASH[1]]
    message, hint = errors["claims." + CLAIMS_SQUASH[1]]
    assert "applied 11 of the 13 migrations" in message
    assert "at commit 0493cca (" in hint and "19f5d85" not in hint


def test_migrate_runs_the_squash_check_and_stops_on_a_halfway_database(db):
    record_old_chain(claims=12, annotations=12)

    with pytest.raises(SystemCheckError, match="claims.E001"):  # the check as `migrate` runs it: registered
        call_command("migrate", "--check", skip_checks=False, verbosity=0, stdout=io.StringIO())


def test_the_squash_check_leaves_new_and_squashed_databases_alone(db):
    # The test database ran the squashes, and Django recorded the names they replace with them.
    recorded = set(MigrationRecorder(connection).applied_migrations())
    assert {CLAIMS_SQUASH, ("claims", "0005_review_panel"), ("annotations", "0012_field_labels")} <= recorded
    assert check_squashed_migrations(databases=["default"]) == []
    assert check_squashed_migrations(databases=None) == []  # `check` without --database

    record_old_chain(claims=0, annotations=0)  # a new database, before its first migrate
    assert check_squashed_migrations(databases=["default"]) == []


# Serialized rollback: the tests after this one find the database as the migrations left it.
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_apps_migrate_back_to_zero_and_forward_again(make_article):
    make_article()
    executor = MigrationExecutor(connection)
    executor.migrate([("claims", None)])  # takes back the annotations, intake, desk and matching too
    executor.loader.build_graph()
    assert "claims_claim" not in connection.introspection.table_names()
    assert not Group.objects.filter(name="Editors").exists()  # 0002_editors_group taken back

    executor.migrate(executor.loader.graph.leaf_nodes())
    executor.loader.build_graph()

    assert executor.migration_plan(executor.loader.graph.leaf_nodes()) == []
    assert Claim.objects.count() == 0
    granted = Group.objects.get(name="Editors").permissions.values_list("content_type__app_label", "codename")
    assert {f"{app}.{codename}" for app, codename in granted} == EXPECTED_EDITOR_PERMISSIONS
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT indexname FROM pg_indexes WHERE indexname LIKE 'claim_facets%' ORDER BY 1")
            indexes = [row[0] for row in cursor.fetchall()]
        assert indexes == ["claim_facets", "claim_facets_disputed", "claim_facets_sourced", "claim_facets_unverified"]
