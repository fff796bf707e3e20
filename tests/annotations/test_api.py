"""GET /api/entities/ and /api/entities/{id}/ (annotations/api.py)."""

from annotations.models import Entity
from tests.api_support import build_article


def entities(response):
    assert response.status_code == 200, response.content
    return response.json()["results"]


def test_entities_list_gives_kind_aliases_and_counts(api, db):
    build_article("un")
    build_article("deux")
    renault = Entity.objects.get(name="Renault")
    renault.aliases.create(name="la Régie")
    by_name = {e["name"]: e for e in entities(api.get("/api/entities/"))}
    assert set(by_name) == {"Renault", "Lyon", "Jean Dupont"}
    item = by_name["Renault"]
    assert item["kind"] == "ORG" and item["aliases"] == ["la Régie"]
    assert item["mention_count"] == 2 and item["claim_count"] == 2
    assert item["claims_url"] == f"http://testserver/api/claims/?entity={renault.pk}"
    claims = api.get(item["claims_url"]).json()["results"]
    assert {c["article"] for c in claims} == {"un", "deux"}


def test_entities_only_in_drafts_are_hidden_from_anonymous(api, db, staff):
    build_article(
        "brouillon",
        publish=False,
        sentences=[("Marie Curie visite Lyon.", 0.5, [("Marie Curie", "PER", "Marie Curie")])],
    )
    build_article("publie")
    assert "Marie Curie" not in {e["name"] for e in entities(api.get("/api/entities/"))}
    hidden = Entity.objects.get(name="Marie Curie")
    assert api.get(f"/api/entities/{hidden.pk}/").status_code == 404
    api.force_authenticate(staff)
    assert api.get(f"/api/entities/{hidden.pk}/").json()["mention_count"] == 1


def test_entities_filter_by_kind_and_name(api, db):
    build_article()
    assert [e["name"] for e in entities(api.get("/api/entities/", {"kind": "PER"}))] == ["Jean Dupont"]
    assert [e["name"] for e in entities(api.get("/api/entities/", {"q": "lyo"}))] == ["Lyon"]
    response = api.get("/api/entities/", {"kind": "PERSON"})
    assert response.status_code == 400 and "kind" in response.json()["fields"]


def test_entity_detail(api, db):
    build_article()
    lyon = Entity.objects.get(name="Lyon")
    body = api.get(f"/api/entities/{lyon.pk}/").json()
    assert (body["id"], body["name"], body["kind"], body["mention_count"]) == (lyon.pk, "Lyon", "LOC", 1)
    assert api.get("/api/entities/999999/").status_code == 404


def test_entities_list_query_count_does_not_grow_with_rows(api, db, django_assert_num_queries):
    build_article("un")
    with django_assert_num_queries(3):  # count, entities with their counts, aliases
        api.get("/api/entities/")
    for n in range(5):
        build_article(
            f"autre-{n}",
            sentences=[
                (f"Personne{n} Numéro{n} parle.", 0.5, [(f"Personne{n} Numéro{n}", "PER", f"Personne{n} Numéro{n}")])
            ],
        )
    with django_assert_num_queries(3):
        assert len(entities(api.get("/api/entities/"))) == 8
