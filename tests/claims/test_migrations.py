import pytest
from django.contrib.auth.models import Group
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from claims.models import Claim, Review
from claims.services import SourceInput, review_claim
from tests.desk_factories import make_desk_article

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


# -- Migrating back and forward: each migration runs its own frozen code -------------------------

BEFORE_FACETS = [("claims", "0003_issue7_claim_verdict_covering"), ("annotations", "0002_issue7_mention_claim_dates")]


def migrate(executor: MigrationExecutor, targets) -> None:
    executor.loader.build_graph()
    executor.migrate(targets)


# Serialized rollback: the tests after these ones find the database as the migrations left it.
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_migrations_derive_the_facets_of_claims_written_before_them(make_article):
    article = make_article()
    expected = {claim.pk: claim.facets for claim in article.claims.all()}
    assert any(facets["entities"] for facets in expected.values())
    assert any(facets["years"] for facets in expected.values())
    executor = MigrationExecutor(connection)
    migrate(executor, BEFORE_FACETS)  # drops the facets (and everything stored after them)
    migrate(executor, executor.loader.graph.leaf_nodes())  # 0004 derives them with its own code

    assert {claim.pk: claim.facets for claim in Claim.objects.filter(article=article)} == expected


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_migrations_keep_the_reviews_through_the_stored_html_and_back(editor):
    claim = make_desk_article().claims.get(position=0)
    review_claim(
        claim=claim,
        reviewer=editor,
        verdict="sourced",
        rationale="Vu.",
        sources=[SourceInput(url="https://example.org/a")],
        expected_version=1,
    )
    history = list(Review.objects.values_list("pk", "claim_id", "verdict", "rationale", "sources__url"))
    executor = MigrationExecutor(connection)
    migrate(executor, [("claims", "0004_claim_marks"), ("annotations", "0003_reader_indexes")])  # before panels
    migrate(executor, executor.loader.graph.leaf_nodes())  # 0005 fills the panels, 0006 drops them

    assert list(Review.objects.values_list("pk", "claim_id", "verdict", "rationale", "sources__url")) == history
    columns = {
        column.name for column in connection.introspection.get_table_description(connection.cursor(), "claims_review")
    }
    assert "panel" not in columns
    mention_columns = connection.introspection.get_table_description(connection.cursor(), "annotations_mention")
    assert "timeline" not in {column.name for column in mention_columns}


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_migration_0010_adds_each_years_entities_and_takes_them_back(make_article):
    article = make_article()
    expected = {claim.pk: claim.facets for claim in article.claims.all()}
    assert any(facets["year_entities"] for facets in expected.values())
    executor = MigrationExecutor(connection)
    migrate(executor, [("claims", "0009_rereview_index")])
    before = {claim.pk: claim.facets for claim in Claim.objects.filter(article=article)}
    assert not any("year_entities" in facets for facets in before.values())
    migrate(executor, executor.loader.graph.leaf_nodes())

    assert {claim.pk: claim.facets for claim in Claim.objects.filter(article=article)} == expected
