"""The indexes of the tables the ingest and the desk write (the squashed claims and annotations
migrations, desk 0005, intake 0005, matching 0004).

No index repeats the leading columns of another: each index is one more b-tree written for every
row the ingest inserts, so a foreign key that a composite index or unique constraint starts with
has no index of its own (`db_index=False`). These tests read the query plans (EXPLAIN QUERY PLAN
on SQLite, EXPLAIN on PostgreSQL) of the lookups by those columns, and of the queries the
cascades, the entity curation and the pages run, to pin that they still find their rows through
an index, the composite one.
"""

import re

import pytest
from django.contrib.auth.models import User
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.db.models import ProtectedError
from django.test.utils import CaptureQueriesContext

from annotations.models import Entity, Mention
from claims.models import Article, ArticleRevision, Block, Claim, Review
from claims.services import review_claim
from claims.services.entities import delete_entities, merge_entities
from desk.models import WorkEvent
from intake.models import Feed, FeedEntry
from matching.models import ClaimMatch, Inconsistency
from tests.conftest import SAMPLE_TEXT

TABLE_PREFIXES = ("claims_", "annotations_", "matching_", "desk_", "intake_")

# The foreign keys whose own index went (each served by the index named beside it).
UNINDEXED_FOREIGN_KEYS = [
    (ArticleRevision, "article_id"),  # revision_unique_number (article, number)
    (Block, "article_id"),  # block_unique_position (article, revision, position)
    (Claim, "article_id"),  # claim_unique_position (article, revision, position)
    (Review, "claim_id"),  # review_unique_version (claim, claim_version)
    (Review, "reviewer_id"),  # review_reviewer_created (reviewer, created_at)
    (Mention, "entity_id"),  # mention_entity_claim (entity, claim)
    (ClaimMatch, "claim_id"),  # claimmatch_unique_pair (claim, earlier)
    (Inconsistency, "first_id"),  # inconsistency_unique (first, second, kind)
    (WorkEvent, "claim_id"),  # desk_event_claim_at (claim, at)
    (FeedEntry, "feed_id"),  # feed_entry_unique_url (feed, url)
]

# The migrations that dropped those indexes; the squashed claims and annotations migrations create
# their foreign keys without them.
INDEX_MIGRATIONS = [
    ("desk", "0005_drop_redundant_indexes"),
    ("intake", "0005_drop_redundant_indexes"),
    ("matching", "0004_drop_redundant_indexes"),
]
DROPPED_BY_MIGRATION = [
    (model, column)
    for model, column in UNINDEXED_FOREIGN_KEYS
    if model._meta.app_label in {app for app, _name in INDEX_MIGRATIONS}
]

OTHER_STORY = (
    "Renault recrute à Lyon\n\n"
    "Jean Dupont a confirmé que Renault embaucherait 200 personnes à Lyon en 2022. "
    "Le groupe Renault avait annoncé le 3 mars 2021 un investissement de 120 millions d'euros.\n"
)


def indexes_of(table: str) -> dict[str, tuple[list[str], bool, bool]]:
    """Every b-tree index of `table`: name -> (columns, unique, partial). A column indexed with an
    operator class other than its default (PostgreSQL's `varchar_pattern_ops`) is named with it;
    an expression is "?"."""
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            listed = cursor.execute(f'PRAGMA index_list("{table}")').fetchall()
            return {
                name: (
                    [row[2] for row in cursor.execute(f'PRAGMA index_info("{name}")').fetchall()],
                    bool(unique),
                    bool(partial),
                )
                for _seq, name, unique, _origin, partial in listed
            }
        cursor.execute(
            """
            SELECT i.relname, ix.indisunique, ix.indpred IS NOT NULL,
              ARRAY(SELECT COALESCE(a.attname, '?') || CASE WHEN opc.opcdefault THEN '' ELSE ' ' || opc.opcname END
                    FROM unnest(ix.indkey::int2[], ix.indclass::oid[]) WITH ORDINALITY AS k(attnum, opclass, n)
                    LEFT JOIN pg_attribute a ON a.attrelid = ix.indrelid AND a.attnum = k.attnum
                    JOIN pg_opclass opc ON opc.oid = k.opclass ORDER BY k.n)
            FROM pg_index ix JOIN pg_class i ON i.oid = ix.indexrelid JOIN pg_class t ON t.oid = ix.indrelid
            JOIN pg_am am ON am.oid = i.relam
            WHERE t.relname = %s AND am.amname = 'btree'
            """,
            [table],
        )
        return {name: (columns, unique, partial) for name, unique, partial, columns in cursor.fetchall()}


def foreign_keys_of(table: str, column: str) -> list[tuple[str, str]]:
    """The (table, column) that each foreign key constraint of `table` on `column` references."""
    with connection.cursor() as cursor:
        constraints = connection.introspection.get_constraints(cursor, table)
    return [spec["foreign_key"] for spec in constraints.values() if spec["foreign_key"] and spec["columns"] == [column]]


def indexes_led_by(table: str, column: str) -> set[str]:
    return {name for name, (columns, _unique, _partial) in indexes_of(table).items() if columns[0] == column}


def plan(sql: str, params=None) -> str:
    """The plan of `sql`, one line per step joined by " | ". On PostgreSQL sequential scans are
    priced out, as the tables of a test hold a few rows: the plan then shows whether an index
    can serve the query at all (a Seq Scan left means none can)."""
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute("EXPLAIN QUERY PLAN " + sql, params)
            return " | ".join(row[-1] for row in cursor.fetchall())
        cursor.execute("SET enable_seqscan = off")
        try:
            cursor.execute("EXPLAIN " + sql, params)
            return " | ".join(row[0].strip() for row in cursor.fetchall())
        finally:
            cursor.execute("RESET enable_seqscan")


def index_searched(plan_text: str, table: str, column: str) -> str | None:
    """The index through which the plan finds the rows of `table` by `column`, if any."""
    if connection.vendor == "sqlite":
        found = re.search(rf"SEARCH {table} USING (?:COVERING )?INDEX (\w+) \({column}[=><]", plan_text)
        return found and found[1]
    if f"Seq Scan on {table}" in plan_text:
        return None
    used = re.findall(rf"(?:Index Scan|Index Only Scan) using (\w+) on {table}\b|Bitmap Index Scan on (\w+)", plan_text)
    led = indexes_led_by(table, column)
    return next((name for pair in used for name in pair if name in led), None)


@pytest.mark.django_db
def test_no_index_is_a_prefix_of_another_on_the_tables_saga_writes():
    # Partial indexes are left out on both sides: they hold only some rows, and cost only those.
    tables = [name for name in connection.introspection.table_names() if name.startswith(TABLE_PREFIXES)]
    assert "claims_claim" in tables and "annotations_mention" in tables
    redundant = []
    for table in tables:
        indexes = {name: spec for name, spec in indexes_of(table).items() if not spec[2] and "?" not in spec[0]}
        for name, (columns, unique, _partial) in indexes.items():
            longer = [
                other
                for other, (other_columns, _u, _p) in indexes.items()
                if other != name and other_columns[: len(columns)] == columns and len(other_columns) >= len(columns)
            ]
            if longer and not unique:
                redundant.append((table, name, longer))
    assert redundant == []


@pytest.mark.django_db
@pytest.mark.parametrize(("model", "column"), UNINDEXED_FOREIGN_KEYS, ids=lambda x: getattr(x, "__name__", x))
def test_lookups_by_a_foreign_key_without_its_own_index_use_the_composite_one(model, column):
    table = model._meta.db_table
    assert [columns for columns, _u, _p in indexes_of(table).values() if columns == [column]] == []
    assert indexes_led_by(table, column)  # the composite index or unique constraint that serves it
    for lookup in (column, f"{column}__in"):
        value = 1 if lookup == column else [1, 2, 3]
        sql, params = model.objects.filter(**{lookup: value}).order_by().values("pk").query.sql_with_params()
        steps = plan(sql, params)
        assert index_searched(steps, table, column), steps


@pytest.mark.django_db
@pytest.mark.parametrize(("model", "column"), UNINDEXED_FOREIGN_KEYS, ids=lambda x: getattr(x, "__name__", x))
def test_a_foreign_key_without_its_own_index_keeps_its_constraint(model, column):
    target = next(field for field in model._meta.concrete_fields if field.column == column).related_model
    assert foreign_keys_of(model._meta.db_table, column) == [(target._meta.db_table, "id")]


# SQLite's schema editor, even one that only collects SQL, refuses to open inside a transaction.
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_index_migrations_drop_the_indexes_and_leave_the_tables_and_their_constraints():
    """Not an AlterField's SQL: on PostgreSQL it drops and re-adds the foreign key's constraint,
    which checks every row again under lock; on SQLite it copies the whole table."""
    loader = MigrationExecutor(connection).loader
    # One at a time, as sqlmigrate does: collect_sql starts from the state before the plan's first.
    sql = "\n".join(
        statement for key in INDEX_MIGRATIONS for statement in loader.collect_sql([(loader.graph.nodes[key], False)])
    )
    assert "DROP CONSTRAINT" not in sql.upper()
    for model, column in DROPPED_BY_MIGRATION:
        table = model._meta.db_table
        assert not re.search(rf'TABLE "(new__)?{table}"', sql), (table, sql)
        assert re.search(rf'DROP INDEX "{table}_{column}_[0-9a-f]{{8}}"', sql), (table, column, sql)


def article_with_review(make_article, reviewer) -> Article:
    article = make_article()
    claim = article.claims.order_by("position").first()
    review_claim(claim=claim, reviewer=reviewer, verdict="unverified", rationale="À vérifier.", expected_version=1)
    return article


def lookups_by_unindexed_keys(captured) -> list[tuple[str, str, str]]:
    """(sql, table, column) of the captured statements that filter on one of those columns by
    value (the collector's `IN (...)`, a page's `= 12`), not those that join through it."""
    found = []
    for query in captured:
        for model, column in UNINDEXED_FOREIGN_KEYS:
            table = model._meta.db_table
            if re.search(rf'"{table}"\."{column}" (= |IN \()\d', query["sql"]):  # by value, not a join
                found.append((query["sql"], table, column))
    return found


@pytest.mark.django_db
def test_cascades_and_entity_curation_find_their_rows_through_the_composite_indexes(make_article, editor):
    article = article_with_review(make_article, editor)
    make_article(text=OTHER_STORY, slug="renault-recrute")
    entities = list(Entity.objects.filter(mentions__article=article).distinct().order_by("pk")[:3])
    assert len(entities) == 3
    feed = Feed.objects.create(url="https://journal.example/rss.xml", publisher="Journal")

    with CaptureQueriesContext(connection) as queries:
        merge_entities(keep=entities[0], others=[entities[1]])  # moves the mentions, deletes the other
        delete_entities(entities=[entities[2]])  # unlinks its mentions (SET_NULL, by entity_id)
        with pytest.raises(ProtectedError):
            User.objects.filter(pk=editor.pk).delete()  # PROTECT: the collector looks for reviews
        Article.objects.filter(pk=article.pk).delete()  # cascade: revisions, blocks, claims, reviews, matches
        feed.delete()  # cascade: its entries
    lookups = lookups_by_unindexed_keys(queries.captured_queries)
    assert {(table, column) for _sql, table, column in lookups} == {
        (model._meta.db_table, column) for model, column in UNINDEXED_FOREIGN_KEYS
    }
    for sql, table, column in lookups:
        steps = plan(sql)
        assert index_searched(steps, table, column), (sql, steps)


def full_scans(sql: str, steps: str) -> list[str]:
    """The steps that read one of the tables of UNINDEXED_FOREIGN_KEYS whole (an alias named for
    the table it stands for)."""
    tables = {model._meta.db_table for model, _column in UNINDEXED_FOREIGN_KEYS}
    aliases = {alias: table for table, alias in re.findall(r'"(\w+)"\s+(?:AS\s+)?(\w+)', sql)}
    scans = re.findall(r"(?:^|\| )SCAN (\w+)" if connection.vendor == "sqlite" else r"Seq Scan on (\w+)", steps)
    return [name for name in scans if aliases.get(name, name) in tables]


@pytest.mark.django_db
def test_an_articles_pages_read_no_table_whole(make_article, editor, client, admin_client):
    article = article_with_review(make_article, editor)
    make_article(text=SAMPLE_TEXT.replace("Lyon", "Nantes"), slug="usine-nantes")
    pages = [
        (client, article.get_absolute_url()),  # the reader's page (claims/reader_sql.py)
        (client, f"/api/claims/?article={article.slug}"),
        (client, f"/api/articles/{article.slug}/"),
        (admin_client, f"/admin/claims/claim/?article__id__exact={article.pk}"),
        (admin_client, f"/admin/claims/article/{article.pk}/change/"),
    ]
    for browser, url in pages:
        with CaptureQueriesContext(connection) as queries:
            assert browser.get(url).status_code == 200
        for query in queries.captured_queries:
            # A query with no condition (the admin's total count) reads a table whole anyway.
            if query["sql"].startswith(("SELECT", "WITH")) and " WHERE " in query["sql"]:
                steps = plan(query["sql"])
                assert full_scans(query["sql"], steps) == [], (url, query["sql"], steps)


# Serialized rollback: the tests after this one find the database as the migrations left it.
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_index_migrations_reverse_and_apply_again():
    executor = MigrationExecutor(connection)
    executor.migrate(
        [
            ("claims", "0002_editors_group"),
            ("annotations", "0001_squashed_0012_field_labels"),
            ("desk", "0004_claimwork_article"),
            ("intake", "0004_feed_poll_minutes_max"),
            ("matching", "0003_inconsistency_decided_by_at"),
        ]
    )
    for model, column in UNINDEXED_FOREIGN_KEYS:
        table = model._meta.db_table
        indexed = [column] in [columns for columns, _u, _p in indexes_of(table).values()]
        assert indexed == ((model, column) in DROPPED_BY_MIGRATION), (table, column)

    executor.loader.build_graph()
    executor.migrate(executor.loader.graph.leaf_nodes())
    executor.loader.build_graph()
    assert executor.migration_plan(executor.loader.graph.leaf_nodes()) == []
    for model, column in UNINDEXED_FOREIGN_KEYS:
        table = model._meta.db_table
        assert [column] not in [columns for columns, _u, _p in indexes_of(table).values()], (table, column)
        assert indexes_led_by(table, column)
        assert len(foreign_keys_of(table, column)) == 1, (table, column)
    assert not [c for c, _u, _p in indexes_of("annotations_entity").values() if c[0] == "wikidata_id"]
