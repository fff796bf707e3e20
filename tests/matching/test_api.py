"""matching.api: /api/claims/<id>/matches/, /api/matches/<id>/dismiss/,
/api/articles/<slug>/inconsistencies/ and their place in the OpenAPI schema."""

import pytest
from rest_framework.test import APIClient

from claims.models import Article, Verdict
from claims.services import SourceInput, review_claim
from matching.models import ClaimMatch, Inconsistency
from matching.services import dismiss_match
from tests.matching.test_services import CONTRADICTION, DENIAL, FIRST, OTHER_FACT, PARAPHRASE, reviewed

pytestmark = pytest.mark.django_db


@pytest.fixture
def matched(make_article, editor):
    """(earlier claim, later article): a reviewed claim and a paraphrase of it in another article."""
    earlier = reviewed(make_article(FIRST, slug="premier"), editor)
    return earlier, make_article(PARAPHRASE, slug="second")


def test_claim_matches_lists_the_earlier_claim_with_verdict_and_signals(api, matched, django_assert_max_num_queries):
    earlier, later = matched
    claim = later.claims.get()
    with django_assert_max_num_queries(2):
        response = api.get(f"/api/claims/{claim.pk}/matches/")
    assert response.status_code == 200
    [match] = response.json()
    assert match["earlier"] == {
        "id": earlier.pk,
        "text": earlier.text,
        "verdict": "sourced",
        "article": "premier",
        "article_title": earlier.article.title,
    }
    assert match["signals"]["amount"] == "equal"
    assert 0 < match["score"] <= 1


def test_claim_matches_query_count_does_not_grow_with_matches(
    api, matched, make_article, editor, django_assert_max_num_queries
):
    _earlier, later = matched
    for n in range(3):
        reviewed(make_article(FIRST.replace("Une usine à Douai", f"Copie numéro {n}"), slug=f"copie-{n}"), editor)
    claim = later.claims.get()  # matched to each copy when the copy was reviewed
    with django_assert_max_num_queries(2):
        response = api.get(f"/api/claims/{claim.pk}/matches/")
    assert len(response.json()) == 4
    scores = [match["score"] for match in response.json()]
    assert scores == sorted(scores, reverse=True)


def test_claim_matches_hide_claims_of_draft_articles_from_visitors(api, matched, staff):
    earlier, later = matched
    Article.objects.filter(pk=earlier.article_id).update(status="draft")
    url = f"/api/claims/{later.claims.get().pk}/matches/"
    assert api.get(url).json() == []
    api.force_authenticate(staff)
    assert [match["earlier"]["id"] for match in api.get(url).json()] == [earlier.pk]


def test_claim_matches_of_a_draft_claim_is_404_for_visitors(api, matched):
    _earlier, later = matched
    Article.objects.filter(pk=later.pk).update(status="draft")
    response = api.get(f"/api/claims/{later.claims.get().pk}/matches/")
    assert response.status_code == 404
    assert response.json()["code"] == "not_found"


def test_dismiss_match_hides_it_and_a_second_dismissal_is_409(api, matched, editor):
    _earlier, later = matched
    match = ClaimMatch.objects.get()
    assert api.post(f"/api/matches/{match.pk}/dismiss/").status_code in (401, 403)
    api.force_authenticate(editor)
    response = api.post(f"/api/matches/{match.pk}/dismiss/")
    assert response.status_code == 200 and response.json()["state"] == "dismissed"
    assert api.get(f"/api/claims/{later.claims.get().pk}/matches/").json() == []
    second = api.post(f"/api/matches/{match.pk}/dismiss/")
    assert second.status_code == 409
    assert second.json()["code"] == "already_dismissed"


def test_article_inconsistencies_lists_both_values(api, make_article, django_assert_max_num_queries):
    make_article(CONTRADICTION, slug="acme")
    with django_assert_max_num_queries(2):
        response = api.get("/api/articles/acme/inconsistencies/")
    assert response.status_code == 200
    [found] = response.json()
    assert found["kind"] == "date"
    assert "2015" in found["first_claim"] and found["first_value"].startswith("2015")
    assert "2017" in found["second_claim"] and found["second_value"].startswith("2017")


def test_article_inconsistencies_lists_a_denial_with_its_denying_words(api, make_article):
    make_article(DENIAL, slug="piscine")
    [found] = api.get("/api/articles/piscine/inconsistencies/").json()
    # the claim that states has no value; the one that denies, its words
    assert (found["kind"], found["first_value"], found["second_value"]) == ("denial", "", "n'a pas")
    assert "n'a pas fermé" in found["second_claim"] and "n'a pas" not in found["first_claim"]


def test_article_inconsistencies_of_a_draft_is_404_for_visitors(api, make_article):
    make_article(CONTRADICTION, slug="acme", publish=False)
    assert api.get("/api/articles/acme/inconsistencies/").status_code == 404


def test_schema_documents_the_matching_endpoints(db):
    schema = APIClient().get("/api/schema/", HTTP_ACCEPT="application/vnd.oai.openapi+json").json()
    paths = schema["paths"]
    matches = next(item for path, item in paths.items() if path.startswith("/api/claims/{") and "matches" in path)
    assert {"200", "404"} <= set(matches["get"]["responses"])
    dismiss = next(item for path, item in paths.items() if "dismiss" in path)
    assert {"200", "403", "404", "409"} <= set(dismiss["post"]["responses"])
    assert "/api/articles/{slug}/inconsistencies/" in paths
    decide = paths["/api/inconsistencies/{id}/decide/"]["post"]
    assert {"200", "400", "403", "404", "409"} <= set(decide["responses"])


@pytest.fixture
def reader_host(settings):
    # Source URLs need a host name with a domain: the test client's "testserver" has none.
    settings.ALLOWED_HOSTS = ["saga.example.org", "testserver"]
    return "saga.example.org"


def test_apply_match_reviews_the_claim_with_the_earlier_verdict(api, matched, editor, reader_host):
    earlier, later = matched
    claim = later.claims.get()
    match = ClaimMatch.objects.get()
    api.force_authenticate(editor)
    response = api.post(
        f"/api/matches/{match.pk}/apply/", {"expected_version": claim.version}, format="json", HTTP_HOST=reader_host
    )
    assert response.status_code == 201, response.json()
    body = response.json()
    assert body["claim"] == claim.pk and body["verdict"] == "sourced"
    assert body["rationale"] == "Communiqué du groupe."
    urls = [source["url"] for source in body["sources"]]
    assert urls == ["https://example.org/communique", f"http://{reader_host}{earlier.get_absolute_url()}"]
    claim.refresh_from_db()
    assert claim.verdict == "sourced" and claim.version == body["version"]


def test_apply_match_of_a_draft_claim_does_not_cite_the_draft(api, matched, editor, reader_host):
    # The earlier claim's page as a source would show the draft's headline and text on the
    # published page, linking readers to a 404: its own sources are copied, not it.
    earlier, later = matched
    Article.objects.filter(pk=earlier.article_id).update(status="draft")
    claim = later.claims.get()
    api.force_authenticate(editor)

    response = api.post(
        f"/api/matches/{ClaimMatch.objects.get().pk}/apply/",
        {"expected_version": claim.version},
        format="json",
        HTTP_HOST=reader_host,
    )

    assert response.status_code == 201, response.json()
    assert [source["url"] for source in response.json()["sources"]] == ["https://example.org/communique"]
    assert earlier.article.title not in response.content.decode()


def test_apply_match_to_a_stale_version_is_the_409_of_reviews(api, matched, editor, reader_host):
    _earlier, later = matched
    claim = later.claims.get()
    match = ClaimMatch.objects.get()
    api.force_authenticate(editor)
    url = f"/api/matches/{match.pk}/apply/"
    assert api.post(url, {"expected_version": claim.version}, format="json", HTTP_HOST=reader_host).status_code == 201
    stale = api.post(url, {"expected_version": claim.version}, format="json", HTTP_HOST=reader_host)
    review = api.post(
        f"/api/claims/{claim.pk}/reviews/", {"verdict": "unverified", "expected_version": claim.version}, format="json"
    )
    assert stale.status_code == review.status_code == 409
    assert stale.json()["code"] == review.json()["code"] == "stale_version"
    assert stale.json()["current"] == {"verdict": "sourced", "version": claim.version + 1}


def test_apply_match_refuses_a_dismissed_suggestion(api, matched, editor, reader_host):
    _earlier, later = matched
    claim = later.claims.get()
    match = ClaimMatch.objects.get()
    api.force_authenticate(editor)
    api.post(f"/api/matches/{match.pk}/dismiss/")
    url = f"/api/matches/{match.pk}/apply/"
    body = {"expected_version": claim.version}
    response = api.post(url, body, format="json", HTTP_HOST=reader_host, HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 400
    assert "dismissed" in response.json()["fields"]["match"][0]
    claim.refresh_from_db()
    assert claim.verdict == "unverified"


@pytest.mark.parametrize(
    ("payload", "field"),
    [({}, "expected_version"), ({"expected_version": 0}, "expected_version"), ({"expected_version": 1, "x": 1}, "x")],
)
def test_apply_match_names_bad_input(api, matched, editor, payload, field):
    match = ClaimMatch.objects.get()
    api.force_authenticate(editor)
    response = api.post(f"/api/matches/{match.pk}/apply/", payload, format="json")
    assert response.status_code == 400
    assert field in response.json()["fields"]


def test_apply_match_needs_the_review_permission(api, matched, staff):
    match = ClaimMatch.objects.get()
    assert api.post(f"/api/matches/{match.pk}/apply/", {"expected_version": 1}, format="json").status_code in (401, 403)
    api.force_authenticate(staff)
    assert api.post(f"/api/matches/{match.pk}/apply/", {"expected_version": 1}, format="json").status_code == 403
    assert api.post("/api/matches/999999/apply/", {"expected_version": 1}, format="json").status_code in (403, 404)


def test_claim_matches_show_the_earlier_claims_current_verdict(api, matched, editor):
    earlier, later = matched
    review_claim(
        claim=earlier,
        reviewer=editor,
        verdict=Verdict.DISPUTED,
        rationale="Le communiqué a été corrigé.",
        sources=[SourceInput(url="https://example.org/correction")],
        expected_version=earlier.version,
    )
    [match] = api.get(f"/api/claims/{later.claims.get().pk}/matches/").json()
    assert match["earlier"]["verdict"] == "disputed"


def test_schema_documents_apply_and_its_strict_input(db):
    schema = APIClient().get("/api/schema/", HTTP_ACCEPT="application/vnd.oai.openapi+json").json()
    apply = schema["paths"]["/api/matches/{id}/apply/"]["post"]
    assert {"201", "400", "403", "404", "409"} <= set(apply["responses"])
    ref = apply["requestBody"]["content"]["application/json"]["schema"]["$ref"].rsplit("/", 1)[-1]
    body = schema["components"]["schemas"][ref]
    assert body["additionalProperties"] is False
    assert body["required"] == ["expected_version"]


def test_decide_inconsistency_records_who_and_when_and_a_second_decision_is_409(api, make_article, editor):
    make_article(CONTRADICTION, slug="acme")
    found = Inconsistency.objects.get()
    url = f"/api/inconsistencies/{found.pk}/decide/"
    assert api.post(url, {"state": "confirmed"}, format="json").status_code in (401, 403)
    api.force_authenticate(editor)
    response = api.post(url, {"state": "confirmed"}, format="json")
    assert response.status_code == 200
    assert response.json()["state"] == "confirmed" and response.json()["decided_at"]
    found.refresh_from_db()
    assert found.state == "confirmed" and found.decided_by == editor and found.decided_at is not None
    assert api.get("/api/articles/acme/inconsistencies/").json()[0]["state"] == "confirmed"
    second = api.post(url, {"state": "dismissed"}, format="json")
    assert second.status_code == 409 and second.json()["code"] == "already_decided"
    found.refresh_from_db()
    assert found.state == "confirmed"


@pytest.mark.parametrize(
    ("payload", "field"),
    [({}, "state"), ({"state": "open"}, "state"), ({"state": "maybe"}, "state"), ({"state": "dismissed", "y": 1}, "y")],
)
def test_decide_inconsistency_names_bad_input(api, make_article, editor, payload, field):
    make_article(CONTRADICTION, slug="acme")
    found = Inconsistency.objects.get()
    api.force_authenticate(editor)
    response = api.post(f"/api/inconsistencies/{found.pk}/decide/", payload, format="json")
    assert response.status_code == 400
    assert field in response.json()["fields"]
    found.refresh_from_db()
    assert found.state == "open"


def test_decide_inconsistency_needs_the_review_permission(api, make_article, staff):
    make_article(CONTRADICTION, slug="acme")
    found = Inconsistency.objects.get()
    api.force_authenticate(staff)
    assert (
        api.post(f"/api/inconsistencies/{found.pk}/decide/", {"state": "dismissed"}, format="json").status_code == 403
    )


def claim_ids(response) -> list[int]:
    assert response.status_code == 200, response.json()
    return [claim["id"] for claim in response.json()["results"]]


def test_claims_list_filters_claims_with_a_match(api, matched, make_article, django_assert_num_queries):
    earlier, later = matched
    make_article(OTHER_FACT, slug="autre")
    claim = later.claims.get()
    # count, claims, mentions: the filter is a subquery, not one more query
    with django_assert_num_queries(3):
        with_match = claim_ids(api.get("/api/claims/", {"has_match": "true"}))
    with django_assert_num_queries(3):
        without = claim_ids(api.get("/api/claims/", {"has_match": "false", "page_size": 500}))
    assert with_match == [claim.pk]
    assert claim.pk not in without and earlier.pk in without
    assert len(with_match) + len(without) == len(claim_ids(api.get("/api/claims/", {"page_size": 500})))


def test_claims_list_has_match_leaves_out_dismissed_matches_and_drafts_for_visitors(api, matched, editor, staff):
    earlier, later = matched
    Article.objects.filter(pk=earlier.article_id).update(status="draft")
    assert claim_ids(api.get("/api/claims/", {"has_match": "true"})) == []
    api.force_authenticate(staff)
    assert claim_ids(api.get("/api/claims/", {"has_match": "true"})) == [later.claims.get().pk]
    dismiss_match(match=ClaimMatch.objects.get(), user=editor)
    assert claim_ids(api.get("/api/claims/", {"has_match": "true"})) == []


def test_claims_list_has_match_refuses_other_values(api, db):
    response = api.get("/api/claims/", {"has_match": "maybe"})
    assert response.status_code == 400
    assert "has_match" in response.json()["fields"]
