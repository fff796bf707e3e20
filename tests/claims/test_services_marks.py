"""Claim marks (claims.services.write_claim_marks): what every write of mentions leaves in
Claim.markup and Claim.facets."""

import re
from datetime import date
from types import SimpleNamespace

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from annotations.models import Entity, EntityAlias, Mention
from annotations.services import delete_entities, merge_entities
from claims.models import Claim
from claims.services import mark_timeline, reannotate_article, write_claim_marks
from tests.api_support import build_article

# -- Facets: the entities a claim names and the years its dates cover -----------------------


def facets_of_mentions(claim) -> dict:
    """What the facets must say, read from the claim's mention rows: each entity once, in the
    order of its first mention, and every year of every date range, ascending."""
    mentions = Mention.objects.filter(claim=claim).order_by("start")
    entities = dict.fromkeys(mention.entity_id for mention in mentions if mention.entity_id is not None)
    years = {
        year
        for mention in mentions
        if mention.date_earliest is not None
        for year in range(mention.date_earliest.year, mention.date_latest.year + 1)
    }
    return {"entities": list(entities), "years": sorted(years)}


def facets_by_text(article) -> dict[str, dict]:
    return {claim.text: claim.facets for claim in Claim.objects.filter(article=article, revision=article.revision)}


def assert_facets_follow_mentions(article):
    for claim in Claim.objects.filter(article=article, revision=article.revision):
        assert claim.facets == facets_of_mentions(claim), claim.text


def entity(name: str) -> int:
    return Entity.objects.get(name=name).pk


def test_ingest_article_writes_facets_from_the_mentions(article):
    assert_facets_follow_mentions(article)
    facets = facets_by_text(article)
    opening = next(text for text in facets if "Renault" in text)
    assert facets[opening] == {"entities": [entity("Renault"), entity("Lyon")], "years": [2021]}
    assert facets["Est-ce une bonne nouvelle ?"] == {"entities": [], "years": []}


def test_write_annotations_facets_name_an_entity_once_and_cover_every_year_of_a_range(db):
    three_years = ("2019/2021", "range", date(2019, 1, 1), date(2021, 12, 31))
    article = build_article(
        sentences=[
            (
                "Lyon, puis Renault, puis Lyon encore, de 2019 à 2021.",
                0.5,
                [("Lyon", "LOC", "Lyon"), ("Renault", "ORG", "Renault"), ("de 2019 à 2021", "DATE", three_years)],
            )
        ]
    )
    claim = Claim.objects.get(article=article)
    assert claim.facets == {"entities": [entity("Lyon"), entity("Renault")], "years": [2019, 2020, 2021]}
    assert claim.facets == facets_of_mentions(claim)


def test_merge_entities_puts_the_kept_entity_in_place_of_the_others(article):
    dupont = Entity.objects.get(name="Jean Dupont")
    keep = Entity.objects.create(name="Jean Dupont (directeur)", kind="PER")
    named = set(Claim.objects.filter(mentions__entity=dupont).values_list("pk", flat=True))

    merge_entities(keep=keep, others=[dupont])

    assert_facets_follow_mentions(article)
    for claim in Claim.objects.filter(pk__in=named):
        assert keep.pk in claim.facets["entities"] and dupont.pk not in claim.facets["entities"]


def test_merge_entities_names_the_kept_entity_once_in_a_claim_that_named_both(article):
    lyon, renault = Entity.objects.get(name="Lyon"), Entity.objects.get(name="Renault")

    merge_entities(keep=lyon, others=[renault])

    opening = Claim.objects.get(article=article, text__contains="Renault")
    assert opening.facets == {"entities": [lyon.pk], "years": [2021]}
    assert_facets_follow_mentions(article)


def test_delete_entities_removes_them_from_the_facets(article):
    renault = Entity.objects.get(name="Renault")

    delete_entities(entities=[renault])

    opening = Claim.objects.get(article=article, text__contains="Renault")
    assert opening.facets == {"entities": [entity("Lyon")], "years": [2021]}
    assert_facets_follow_mentions(article)


def test_reannotate_article_rewrites_the_facets(article):
    before = Entity.objects.get(name="Renault")
    groupe = Entity.objects.create(name="Groupe Renault", kind="ORG")
    EntityAlias.objects.create(entity=groupe, name="Renault")

    reannotate_article(article=article)

    opening = Claim.objects.get(article=article, revision=article.revision, text__contains="Renault")
    assert opening.facets["entities"][0] == groupe.pk and before.pk not in opening.facets["entities"]
    assert_facets_follow_mentions(article)


# -- Timeline entries: one per claim and date value, written with the dates --------------------

YEAR_2021 = ("2021", "year", date(2021, 1, 1), date(2021, 12, 31))
MARCH_2021 = ("2021-03", "month", date(2021, 3, 1), date(2021, 3, 31))
YESTERDAY = ("2021-03-02", "day", date(2021, 3, 2), date(2021, 3, 2))


def timeline_of(article) -> list[tuple[str, str]]:
    """(date as written, claim linked) of every entry of the article, in timeline order."""
    dated = Mention.objects.filter(article=article, revision=article.revision).exclude(timeline="")
    return [
        (mention.text, re.search(r'href="#claim-(\d+)"', mention.timeline).group(1))
        for mention in dated.order_by("date_earliest", "start")
    ]


@pytest.fixture
def dated(db):
    return build_article(
        sentences=[
            (
                "En 2021, et dès mars 2021, Lyon a grandi.",
                0.5,
                [("mars 2021", "DATE", MARCH_2021), ("2021", "DATE", YEAR_2021)],
            ),
            ("Hier, et hier encore, Renault a signé.", 0.5, [("Hier", "DATE", YESTERDAY), ("hier", "DATE", YESTERDAY)]),
        ]
    )


def test_write_annotations_gives_each_claim_one_entry_per_date_value(dated):
    first, second = Claim.objects.filter(article=dated).order_by("position")
    # Oldest first, then in reading order; "hier" repeats the value of "Hier" in its claim.
    assert timeline_of(dated) == [("2021", str(first.pk)), ("mars 2021", str(first.pk)), ("Hier", str(second.pk))]
    assert Mention.objects.get(article=dated, text="hier").timeline == ""


def test_write_claim_marks_rewrites_the_entries_of_edited_dates(dated):
    first = Claim.objects.filter(article=dated).order_by("position").first()
    Mention.objects.filter(article=dated, text="2021").update(value="2020", date_earliest=date(2020, 1, 1))

    write_claim_marks(claims=[first])

    assert timeline_of(dated)[0] == ("2021", str(first.pk))
    assert '<time datetime="2020">2021</time>' in Mention.objects.get(article=dated, text="2021").timeline


def test_reannotate_article_writes_the_timeline_of_its_new_dates(article):
    Mention.objects.filter(article=article).update(timeline="")

    reannotate_article(article=article)

    written = [text for text, _claim in timeline_of(article)]
    assert written == ["3 mars 2021", "2022"]


def test_mark_timeline_gives_no_entry_to_a_date_without_bounds():
    claim = SimpleNamespace(pk=7, start=10, text="Un jour, peut-être.")
    mention = SimpleNamespace(label="DATE", start=10, end=17, value="", precision="", date_earliest=None)

    assert mark_timeline([claim], [[mention]]) == [mention]
    assert mention.timeline == ""


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_migration_writes_the_entries_of_dates_written_before_it(make_article):
    article = make_article()
    expected = timeline_of(article)
    entries = dict(Mention.objects.exclude(timeline="").values_list("pk", "timeline"))
    executor = MigrationExecutor(connection)
    executor.migrate([("annotations", "0003_reader_indexes")])  # drops the entries
    executor.loader.build_graph()
    executor.migrate(executor.loader.graph.leaf_nodes())  # adds them, then writes them

    assert timeline_of(article) == expected != []
    assert dict(Mention.objects.exclude(timeline="").values_list("pk", "timeline")) == entries
