"""POST /api/claims/{id}/reviews/: Editors only, through the review service, 409 on a stale version."""

import pytest
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

from claims.models import Claim, Review
from claims.services import ArticleInput, ingest_article
from matching.candidates import facts_of
from matching.facts import keys
from tests.api_support import build_article, review
from tests.conftest import SAMPLE_TEXT


@pytest.fixture
def claim(db):
    return build_article().claims.get(position=1)


def url(claim):
    return f"/api/claims/{claim.pk}/reviews/"


SOURCED = {
    "verdict": "sourced",
    "rationale": "Le communiqué de presse le confirme.",
    "sources": [{"url": "https://press.example/communique", "title": "Communiqué", "publisher": "Renault"}],
    "expected_version": 1,
}


def test_review_by_editor_with_token_is_created(api, claim, editor):
    token = Token.objects.create(user=editor)
    api.credentials(HTTP_AUTHORIZATION=f"Token {token.key}")
    response = api.post(url(claim), SOURCED, format="json")
    assert response.status_code == 201, response.content
    body = response.json()
    assert body["claim"] == claim.pk and body["verdict"] == "sourced"
    assert body["version"] == 2 and body["claim_version"] == 2
    assert body["sources"][0]["url"] == "https://press.example/communique"
    claim.refresh_from_db()
    assert (claim.verdict, claim.version) == ("sourced", 2)
    assert Review.objects.get(claim=claim).reviewer == editor


def test_review_anonymous_is_401_with_a_token_challenge(api, claim):
    response = api.post(url(claim), SOURCED, format="json")
    assert response.status_code == 401
    assert response["WWW-Authenticate"].startswith("Token")
    assert response.json()["code"] == "not_authenticated"
    assert not Review.objects.exists()


def test_review_bad_token_is_401(api, claim):
    api.credentials(HTTP_AUTHORIZATION="Token not-a-real-key")
    assert api.post(url(claim), SOURCED, format="json").status_code == 401


def test_review_staff_outside_editors_is_403(api, claim, staff):
    api.force_authenticate(staff)
    response = api.post(url(claim), SOURCED, format="json")
    assert response.status_code == 403
    assert response.json()["code"] == "permission_denied"
    assert not Review.objects.exists()


def test_review_session_needs_csrf_token(claim, editor):
    client = APIClient(enforce_csrf_checks=True)
    client.force_login(editor)
    assert client.post(url(claim), SOURCED, format="json").status_code == 403
    assert not Review.objects.exists()


def test_review_stale_version_is_409_with_current_verdict(api, claim, editor):
    review(claim, editor, "disputed", rationale="Le montant est faux.")
    api.force_authenticate(editor)
    response = api.post(url(claim), SOURCED, format="json")  # expected_version 1, the claim is at 2
    assert response.status_code == 409
    body = response.json()
    assert body["code"] == "stale_version"
    assert body["current"] == {"verdict": "disputed", "version": 2}
    assert "expected_version" in body["fields"]
    claim.refresh_from_db()
    assert claim.verdict == "disputed" and Review.objects.filter(claim=claim).count() == 1


@pytest.mark.parametrize(
    ("language", "message"),
    [
        (
            "fr",
            "Cette affirmation a été vérifiée entre-temps\u00a0: son verdict est maintenant «\u00a0sourcé\u00a0» (version 2)."
            " Rechargez-la et vérifiez-la à nouveau.",
        ),
        (
            "en",
            "This claim was reviewed meanwhile: its verdict is now “sourced” (version 2). Reload it and review again.",
        ),
    ],
)
def test_review_stale_version_names_the_current_verdict_in_the_readers_language(api, claim, editor, language, message):
    review(claim, editor, "sourced", rationale="Le communiqué le confirme.")
    api.force_authenticate(editor)
    stale = {**SOURCED, "verdict": "disputed", "rationale": "Non."}  # expected_version 1, the claim is at 2
    response = api.post(url(claim), stale, format="json", HTTP_ACCEPT_LANGUAGE=language)
    assert response.status_code == 409
    assert response.json()["message"] == message


def test_review_with_a_version_ahead_of_the_claim_is_400_on_expected_version(api, claim, editor):
    """A version no one has seen is the client's mistake, not someone else's review: no 409."""
    api.force_authenticate(editor)
    ahead = {**SOURCED, "expected_version": 5}  # the claim is at 1
    response = api.post(url(claim), ahead, format="json", HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 400
    body = response.json()
    assert body["code"] == "invalid"
    assert body["fields"] == {"expected_version": ["This claim is at version 1; the version given, 5, is ahead of it."]}
    claim.refresh_from_db()
    assert claim.version == 1 and not Review.objects.exists()


def test_review_with_a_version_ahead_is_refused_in_french(api, claim, editor):
    api.force_authenticate(editor)
    response = api.post(url(claim), {**SOURCED, "expected_version": 5}, format="json", HTTP_ACCEPT_LANGUAGE="fr")
    assert response.status_code == 400
    assert (
        response.json()["message"]
        == "Cette affirmation est à la version 1 ; la version donnée, 5, est en avance sur elle."
    )


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"sources": []}, "sources"),  # sourced needs a source
        ({"verdict": "disputed", "rationale": ""}, "rationale"),  # disputed needs a rationale
        ({"sources": [{"title": "Sans éditeur"}]}, "sources"),  # a citation needs its publisher
        ({"sources": [{"url": "ftp://files.example/x"}]}, "sources"),  # http(s) only
        ({"verdict": "true"}, "verdict"),
        ({"expected_version": "two"}, "expected_version"),
        ({"sources": [{"url": "not a url"}]}, "sources.0.url"),
    ],
)
def test_review_rule_violations_are_400_naming_the_field(api, claim, editor, change, field):
    api.force_authenticate(editor)
    response = api.post(url(claim), {**SOURCED, **change}, format="json")
    assert response.status_code == 400, response.content
    assert field in response.json()["fields"]
    assert not Review.objects.exists()


@pytest.mark.parametrize(
    ("sources", "field"),
    [
        ("https://www.insee.fr/", "sources"),  # a string, not a list
        (["https://www.insee.fr/"], "sources.0"),  # a list of strings, not of objects
        ([{"url": "not a url"}], "sources.0.url"),  # a look-alike: a field inside a source
    ],
)
def test_review_sources_of_the_wrong_shape_name_the_field_not_non_field_errors(api, claim, editor, sources, field):
    api.force_authenticate(editor)
    response = api.post(url(claim), {**SOURCED, "sources": sources}, format="json")
    assert response.status_code == 400, response.content
    body = response.json()
    assert list(body["fields"]) == [field]
    assert body["message"].startswith(f"{field}: ")


def test_review_missing_fields_are_named(api, claim, editor):
    api.force_authenticate(editor)
    response = api.post(url(claim), {}, format="json")
    assert response.status_code == 400
    assert {"verdict", "expected_version"} <= set(response.json()["fields"])


def test_review_back_to_unverified_needs_a_rationale(api, claim, editor):
    review(claim, editor, "sourced")
    api.force_authenticate(editor)
    body = {"verdict": "unverified", "expected_version": 2}
    refused = api.post(url(claim), body, format="json")
    assert refused.status_code == 400 and list(refused.json()["fields"]) == ["rationale"]
    created = api.post(url(claim), {**body, "rationale": "La source a été retirée."}, format="json")
    assert created.status_code == 201 and created.json()["version"] == 3


def test_review_of_a_draft_claim_by_non_staff_editor_is_404(api, db, editor):
    editor.is_staff = False
    editor.save()
    draft_claim = build_article("brouillon", publish=False).claims.first()
    api.force_authenticate(editor)
    assert api.post(url(draft_claim), SOURCED, format="json").status_code == 404


def test_review_of_unknown_claim_is_404(api, claim, editor):
    api.force_authenticate(editor)
    assert api.post("/api/claims/999999/reviews/", SOURCED, format="json").status_code == 404


def test_review_query_count_is_pinned(api, claim, editor, django_assert_num_queries):
    api.force_authenticate(editor)
    # permissions (2), then under the lock: claim, article revision, update, review, sources (with
    # savepoints), the claim's mentions for matching (matching.services) and its candidates, one
    # query per key of the claim (matching.facts.keys: one here), and the sources of the response;
    # the same for one source or three, on every database.
    assert len(keys(facts_of([claim])[claim.pk])) == 1
    expected = 13
    with django_assert_num_queries(expected):
        assert api.post(url(claim), SOURCED, format="json").status_code == 201
    three = {**SOURCED, "expected_version": 2, "sources": SOURCED["sources"] * 3}
    api.force_authenticate(type(editor).objects.get(pk=editor.pk))  # a fresh permission cache
    with django_assert_num_queries(expected):
        assert api.post(url(claim), three, format="json").status_code == 201


def test_review_of_a_claim_of_an_earlier_revision_explains_and_links_the_current_one(api, make_article, editor):
    article = make_article()
    old = article.claims.get(revision=1, text__startswith="Le groupe Renault")
    changed = SAMPLE_TEXT.replace("Est-ce une bonne nouvelle ?", "Le maire s'en félicite.")
    ingest_article(item=ArticleInput(text=changed, slug=article.slug))
    current = Claim.objects.get(article=article, revision=2, text=old.text)
    api.force_authenticate(editor)
    response = api.post(
        url(old), {**SOURCED, "expected_version": old.version}, format="json", HTTP_ACCEPT_LANGUAGE="en"
    )
    assert response.status_code == 400
    body = response.json()
    assert body["code"] == "superseded" and "revision 1" in body["message"] and "revision 2" in body["message"]
    assert body["current_claim"] == f"http://testserver/api/claims/{current.pk}/"
    assert body["current_claim"] in body["message"] and list(body["fields"]) == ["claim"]
    assert not Review.objects.exists()


def test_review_refuses_unknown_fields_naming_them(api, claim, editor):
    api.force_authenticate(editor)
    response = api.post(url(claim), {**SOURCED, "status": "final"}, format="json")
    assert response.status_code == 400 and list(response.json()["fields"]) == ["status"]
    assert not Review.objects.exists()
