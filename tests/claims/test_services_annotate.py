"""The annotation rows (claims/services/annotate.py): what every write of mentions leaves in
Claim.facets, which the API's filters search."""

from datetime import date
from types import SimpleNamespace

from annotations.models import Entity, EntityAlias, Mention
from claims.models import Claim
from claims.services import reannotate_article
from claims.services.annotate import claim_facets
from claims.services.entities import delete_entities, merge_entities
from tests.api_support import build_article

# -- Facets: the entities a claim names and the years its dates cover -----------------------


def facets(entities: list[int], years: list[int]) -> dict:
    """Facets naming `entities` and covering `years`: the two lists, and each year with the entities."""
    return {"entities": entities, "years": years, "year_entities": {str(year): entities for year in years}}


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
    return facets(list(entities), sorted(years))


def facets_by_text(article) -> dict[str, dict]:
    return {claim.text: claim.facets for claim in Claim.objects.filter(article=article, revision=article.revision)}


def assert_facets_follow_mentions(article):
    for claim in Claim.objects.filter(article=article, revision=article.revision):
        assert claim.facets == facets_of_mentions(claim), claim.text


def entity(name: str) -> int:
    return Entity.objects.get(name=name).pk


def test_ingest_article_writes_facets_from_the_mentions(article):
    assert_facets_follow_mentions(article)
    written = facets_by_text(article)
    opening = next(text for text in written if "Renault" in text)
    assert written[opening] == {
        "entities": [entity("Renault"), entity("Lyon")],
        "years": [2021],
        "year_entities": {"2021": [entity("Renault"), entity("Lyon")]},
    }
    assert written["Est-ce une bonne nouvelle ?"] == {"entities": [], "years": [], "year_entities": {}}


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
    assert claim.facets == facets([entity("Lyon"), entity("Renault")], [2019, 2020, 2021])
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
    assert opening.facets == facets([lyon.pk], [2021])
    assert_facets_follow_mentions(article)


def test_delete_entities_removes_them_from_the_facets(article):
    renault = Entity.objects.get(name="Renault")

    delete_entities(entities=[renault])

    opening = Claim.objects.get(article=article, text__contains="Renault")
    assert opening.facets == facets([entity("Lyon")], [2021])
    assert_facets_follow_mentions(article)


def test_reannotate_article_rewrites_the_facets(article):
    before = Entity.objects.get(name="Renault")
    groupe = Entity.objects.create(name="Groupe Renault", kind="ORG")
    EntityAlias.objects.create(entity=groupe, name="Renault")

    reannotate_article(article=article)

    opening = Claim.objects.get(article=article, revision=article.revision, text__contains="Renault")
    assert opening.facets["entities"][0] == groupe.pk and before.pk not in opening.facets["entities"]
    assert_facets_follow_mentions(article)


def test_claim_facets_orders_entities_by_first_mention_and_spans_every_year():
    def mention(start, end, entity_id=None, earliest=None, latest=None):
        return SimpleNamespace(start=start, end=end, entity_id=entity_id, date_earliest=earliest, date_latest=latest)

    mentions = [
        mention(30, 35, entity_id=4),
        mention(10, 20, earliest=date(2019, 6, 1), latest=date(2021, 2, 1)),
        mention(0, 5, entity_id=9),
        mention(40, 45, entity_id=9),
        mention(50, 54, earliest=date(2016, 1, 1), latest=None),  # an open date counts its first year
    ]

    assert claim_facets(mentions) == {
        "entities": [9, 4],
        "years": [2016, 2019, 2020, 2021],
        "year_entities": {"2016": [9, 4], "2019": [9, 4], "2020": [9, 4], "2021": [9, 4]},
    }
