"""GET /api/claims/ filtered by entity and dates: on PostgreSQL the filters read Claim.facets
and its indexes (one per verdict) (ClaimQuerySet.matching_mentions), elsewhere the mentions.
Both must list exactly the claims whose mentions match."""

from datetime import date

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from claims.managers import ClaimQuerySet
from claims.models import Claim, Verdict
from tests.api_support import build_article, review

on_postgresql = [
    pytest.mark.postgres,
    pytest.mark.skipif(connection.vendor != "postgresql", reason="needs PostgreSQL (set DATABASE_URL)"),
]

# "Renault" names two entities, a company and a person: a name may match several.
ENTITIES = [("Renault", "ORG"), ("Renault", "PER"), ("Lyon", "LOC"), ("Michelin", "ORG"), None]


def year(value):
    return (str(value), "year", date(value, 1, 1), date(value, 12, 31))


DATES = [
    *(year(value) for value in range(2015, 2025)),
    ("2019-03", "month", date(2019, 3, 1), date(2019, 3, 31)),
    ("2020-12", "month", date(2020, 12, 1), date(2020, 12, 31)),
    ("2019-12-31", "day", date(2019, 12, 31), date(2019, 12, 31)),
    ("2020-01-01", "day", date(2020, 1, 1), date(2020, 1, 1)),
    ("2016/2018", "range", date(2016, 1, 1), date(2018, 12, 31)),
    ("2010/2022", "range", date(2010, 1, 1), date(2022, 12, 31)),
    None,
]


def sentence(index: int):
    """Claim number `index`: an entity (or none), a date (or none), every fifth one a second date."""
    entity, when = ENTITIES[index % len(ENTITIES)], DATES[index % len(DATES)]
    text, mentions = f"Affaire {index}", []
    if entity is not None:
        name, kind = entity
        text += f" : {name}"
        mentions.append((name, kind, name))
    if when is not None:
        text += f" ({when[0]})"
        mentions.append((when[0], "DATE", when))
    if index % 5 == 0:
        text += " puis (2023)"
        mentions.append(("2023", "DATE", year(2023)))
    return text + ".", 0.5, mentions


@pytest.fixture
def archive(db, editor):
    """Claims crossing every entity with every date, some reviewed, and a draft nobody
    anonymous may see."""
    article = build_article("archive", sentences=[sentence(index) for index in range(len(ENTITIES) * len(DATES))])
    for claim in Claim.objects.filter(article=article):
        if claim.position % 3 == 0:
            review(claim, editor, "disputed", rationale="Démenti par le registre.")
        elif claim.position % 4 == 1:
            review(claim, editor, "sourced")
    build_article("brouillon", publish=False, sentences=[sentence(index) for index in range(12)])
    return article


def matching_claims(*, entity=None, date_from=None, date_to=None, verdict=None) -> set[int]:
    """The published current claims whose mentions match, read mention by mention in Python."""
    earliest = date.fromisoformat(date_from) if date_from else None
    latest = date.fromisoformat(date_to) if date_to else None
    claims = Claim.objects.current().filter(article__status="published").prefetch_related("mentions__entity")
    matching = set()
    for claim in claims.filter(verdict=verdict) if verdict else claims:
        mentions = list(claim.mentions.all())
        if entity and not any(mention.entity and mention.entity.name == entity for mention in mentions):
            continue
        dated = [mention for mention in mentions if mention.date_earliest is not None]
        if (earliest or latest) and not any(
            (earliest is None or mention.date_latest >= earliest)
            and (latest is None or mention.date_earliest <= latest)
            for mention in dated
        ):
            continue
        matching.add(claim.pk)
    return matching


def listed(api, params) -> set[int]:
    response = api.get("/api/claims/", {**params, "page_size": 500})
    assert response.status_code == 200, response.content
    body = response.json()
    assert body["count"] == len(body["results"])
    return {claim["id"] for claim in body["results"]}


FILTERS = {
    "entity": {"entity": "Lyon"},
    "entity naming two": {"entity": "Renault"},
    "one year": {"date_from": "2019-01-01", "date_to": "2019-12-31"},
    "inside a year": {"date_from": "2019-06-01", "date_to": "2019-06-30"},
    "across new year": {"date_from": "2019-12-31", "date_to": "2020-01-01"},
    "three years": {"date_from": "2016-03-01", "date_to": "2018-02-28"},
    "wide": {"date_from": "2011-01-01", "date_to": "2024-12-31"},
    "from only": {"date_from": "2020-06-01"},
    "to only": {"date_to": "2017-06-30"},
    "entity, dates, verdict": {
        "entity": "Lyon",
        "date_from": "2019-01-01",
        "date_to": "2020-12-31",
        "verdict": "disputed",
    },
    "two entities, dates": {"entity": "Renault", "date_from": "2019-12-01", "date_to": "2021-01-31"},
    "two entities, open, verdict": {"entity": "Renault", "date_from": "2018-01-01", "verdict": "sourced"},
    "entity, wide": {"entity": "Michelin", "date_from": "2000-01-01", "date_to": "2030-12-31"},
    "entity, three whole years": {"entity": "Michelin", "date_from": "2016-01-01", "date_to": "2018-12-31"},
}
PATHS = ["mentions", pytest.param("facets", marks=on_postgresql)]


@pytest.mark.parametrize("path", PATHS)
@pytest.mark.parametrize("params", FILTERS.values(), ids=FILTERS.keys())
def test_claims_list_entity_and_date_filters_list_the_claims_whose_mentions_match(
    api, archive, monkeypatch, path, params
):
    if path == "mentions":
        monkeypatch.setattr(ClaimQuerySet, "searches_facets", lambda claims: False)
    assert Claim.objects.all().searches_facets() == (path == "facets")
    expected = matching_claims(**params)
    assert expected  # every filter above matches some claims, and not all of them
    assert expected != matching_claims()
    assert listed(api, params) == expected


@pytest.mark.parametrize("path", PATHS)
def test_claims_list_date_bounds_hold_on_one_date_on_either_path(api, db, monkeypatch, path):
    # One claim with a 2019 date and a 2021 date: no date of it lies in 2020, though a range
    # across the three years meets both (its year facets are 2019 and 2021).
    if path == "mentions":
        monkeypatch.setattr(ClaimQuerySet, "searches_facets", lambda claims: False)
    build_article(
        sentences=[("En 2019 puis en 2021, rien.", 0.5, [("2019", "DATE", year(2019)), ("2021", "DATE", year(2021))])]
    )
    assert listed(api, {"date_from": "2020-01-01", "date_to": "2020-12-31"}) == set()
    assert listed(api, {"date_from": "2019-06-01", "date_to": "2021-06-01"}) == set(
        Claim.objects.values_list("pk", flat=True)
    )


def facets_indexes() -> dict[str, str]:
    with connection.cursor() as cursor:
        cursor.execute("SELECT indexname, indexdef FROM pg_indexes WHERE indexname LIKE 'claim\\_facets%'")
        return dict(cursor.fetchall())


@pytest.mark.postgres
@pytest.mark.skipif(connection.vendor != "postgresql", reason="needs PostgreSQL (set DATABASE_URL)")
def test_claims_facets_have_an_index_over_all_claims_and_one_per_verdict(db):
    # claims/migrations/0011: a verdict without its own index would be intersected with the
    # claims of that verdict, a posting list that grows with the archive.
    definitions = facets_indexes()
    assert "USING gin (facets jsonb_path_ops)" in definitions.pop("claim_facets")
    assert set(definitions) == {f"claim_facets_{verdict}" for verdict in Verdict.values}
    for name, definition in definitions.items():
        verdict = name.removeprefix("claim_facets_")
        assert f"USING gin (facets jsonb_path_ops) WHERE ((verdict)::text = '{verdict}'::text)" in definition


def filtered_plan(sql: str) -> list[str]:
    """EXPLAIN of `sql` on the test's tiny tables, where a scan or another index may be cheaper:
    only the facets indexes are left (the test's transaction is rolled back, dropped indexes with
    it) and scans are priced out, to show which facets index the query can use and how."""
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE claims_claim, claims_article, annotations_mention")
        cursor.execute(
            "SELECT indexname FROM pg_indexes WHERE tablename = 'claims_claim'"
            " AND indexdef LIKE '%verdict%' AND indexname NOT LIKE 'claim\\_facets%'"
        )
        for (other,) in cursor.fetchall():
            cursor.execute(f'DROP INDEX "{other}"')
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute("SET LOCAL enable_indexscan = off")
        cursor.execute("SET LOCAL enable_nestloop = off")
        cursor.execute(f"EXPLAIN {sql}")
        return [row[0] for row in cursor.fetchall()]


@pytest.mark.postgres
@pytest.mark.skipif(connection.vendor != "postgresql", reason="needs PostgreSQL (set DATABASE_URL)")
@pytest.mark.parametrize(("verdict", "index"), [("disputed", "claim_facets_disputed"), (None, "claim_facets")])
def test_claims_list_filter_by_entity_dates_and_verdict_is_one_probe_of_a_facets_index(api, archive, verdict, index):
    # Two thousand disputed claims elsewhere, so that the verdict alone is no shortcut.
    Claim.objects.filter(article=build_article("autre", repeat=500)).update(verdict="disputed")
    params = {"entity": "Lyon", "date_from": "2019-01-01", "date_to": "2019-12-31"}
    if verdict:
        params["verdict"] = verdict

    with CaptureQueriesContext(connection) as captured:
        assert listed(api, params) == matching_claims(**params)

    (filtered,) = [query["sql"] for query in captured.captured_queries if "@>" in query["sql"]]  # page and count
    plan = filtered_plan(filtered)
    probes = [number for number, line in enumerate(plan) if "Bitmap Index Scan on claim_facets" in line]
    assert len(probes) == 1 and f"Bitmap Index Scan on {index} " in plan[probes[0]], "\n".join(plan)
    condition = plan[probes[0] + 1]
    assert "Index Cond" in condition and "facets @>" in condition, "\n".join(plan)


@pytest.mark.postgres
@pytest.mark.skipif(connection.vendor != "postgresql", reason="needs PostgreSQL (set DATABASE_URL)")
def test_claims_list_filter_by_entity_and_dates_counts_with_the_page(api, archive, django_assert_num_queries):
    # The facets bound the rows to an entity's claims of a few years: the paginator counts them
    # in its page's query (claims.api.pagination.OnePassPaginator).
    params = {"entity": "Renault", "date_from": "2019-01-01", "date_to": "2020-12-31", "page_size": 2}
    with django_assert_num_queries(3):  # the entity, the page with the count, its mentions
        body = api.get("/api/claims/", params).json()
    assert body["count"] == len(matching_claims(entity="Renault", date_from="2019-01-01", date_to="2020-12-31"))
    assert len(body["results"]) == 2 and body["next"]


@pytest.mark.postgres
@pytest.mark.skipif(connection.vendor != "postgresql", reason="needs PostgreSQL (set DATABASE_URL)")
@pytest.mark.parametrize(
    ("dates", "reads_mentions"),
    [
        ({"date_from": "2019-01-01", "date_to": "2019-12-31"}, False),
        ({"date_from": "2016-01-01", "date_to": "2018-12-31"}, False),
        ({"date_from": "2019-06-01", "date_to": "2019-06-30"}, True),
        ({"date_from": "2019-01-01", "date_to": "2020-01-01"}, True),
    ],
)
def test_claims_list_whole_years_are_the_year_facets_alone(api, archive, dates, reads_mentions):
    # A claim's year facets are the years its dates cover: from a 1 January to a 31 December they
    # say all the date mentions would, so the page's query does not probe the mentions per claim.
    params = {"entity": "Renault", **dates}
    with CaptureQueriesContext(connection) as captured:
        assert listed(api, params) == matching_claims(**params)
    (filtered,) = [query["sql"] for query in captured.captured_queries if "@>" in query["sql"]]
    assert ('"annotations_mention"' in filtered) == reads_mentions
