"""claims/api/query.py: a query parameter that a list does not read is a 400 naming it and the
parameters the list accepts, never a list answered as if unfiltered."""

import pytest
from django.utils import translation
from rest_framework.exceptions import ValidationError
from rest_framework.request import Request
from rest_framework.test import APIRequestFactory

from claims.api.query import parameters_read_by, refuse_unknown_parameters
from claims.api.views import ClaimViewSet
from claims.models import Claim
from tests.api_support import build_article

CLAIM_FILTERS = [
    "article",
    "verdict",
    "entity",
    "label",
    "date_from",
    "date_to",
    "min_checkworthiness",
    "q",
    "has_match",
    "assignee",
    "state",
    "ordering",
    "page",
    "page_size",
]


@pytest.fixture(autouse=True)
def in_english(settings):
    """Messages read in English (the interface's default language is French), except where a test
    asks for French."""
    settings.LANGUAGE_CODE = "en"
    with translation.override("en"):
        yield


@pytest.fixture
def usine(db):
    return build_article()


def refused(response) -> dict:
    assert response.status_code == 400, response.content
    body = response.json()
    assert body["code"] == "invalid"
    return body


def test_claims_list_refuses_a_misspelt_filter_naming_it_and_the_accepted_ones(api, usine):
    body = refused(api.get("/api/claims/", {"verdit": "sourced"}))
    assert list(body["fields"]) == ["verdit"]
    [message] = body["fields"]["verdit"]
    assert message.startswith("Unknown parameter; accepted: ")
    accepted = message.removeprefix("Unknown parameter; accepted: ").removesuffix(".").split(", ")
    assert sorted(accepted) == sorted(CLAIM_FILTERS)
    assert body["message"] == f"verdit: {message}"


def test_claims_list_names_every_unknown_parameter(api, usine):
    body = refused(api.get("/api/claims/", {"verdit": "sourced", "verdict": "sourced", "limit": "5", "format": "json"}))
    assert sorted(body["fields"]) == ["format", "limit", "verdit"]


def test_claims_list_accepts_every_parameter_it_reads(api, usine):
    params = {
        "article": usine.slug,
        "verdict": "unverified",
        "label": "ORG",
        "date_from": "2021-01-01",
        "date_to": "2021-12-31",
        "min_checkworthiness": "0.5",
        "q": "usine",
        "has_match": "false",
        "ordering": "position",
        "page": "1",
        "page_size": "10",
    }
    response = api.get("/api/claims/", params)
    assert response.status_code == 200, response.content
    assert [claim["position"] for claim in response.json()["results"]] == [0]


@pytest.mark.parametrize(
    ("url", "name", "accepted"),
    [
        ("/api/articles/?published=true", "published", "page, page_size"),
        ("/api/entities/?knd=PER", "knd", "kind, q, page, page_size"),
        ("/api/verdicts/?cursor=3", "cursor", "since, limit"),
    ],
)
def test_lists_refuse_parameters_they_do_not_read(api, usine, url, name, accepted):
    body = refused(api.get(url))
    assert body["fields"] == {name: [f"Unknown parameter; accepted: {accepted}."]}


@pytest.mark.parametrize("path", ["revisions/", "inconsistencies/", "matches/"])
def test_unpaginated_lists_refuse_any_parameter(api, usine, path):
    # An article's revisions and inconsistencies and a claim's matches are whole lists: a page
    # number or a filter given to them was answered as if read.
    base = (
        f"/api/claims/{Claim.objects.filter(article=usine).first().pk}/"
        if path == "matches/"
        else f"/api/articles/{usine.slug}/"
    )
    assert api.get(base + path).status_code == 200
    body = refused(api.get(base + path, {"page": "2"}))
    assert body["fields"] == {"page": ["Unknown parameter: this list takes none."]}


def test_unknown_parameter_message_is_in_french_for_a_french_client(api, usine):
    body = refused(api.get("/api/articles/?publie=1", HTTP_ACCEPT_LANGUAGE="fr"))
    assert body["fields"]["publie"] == ["Paramètre inconnu\u00a0; paramètres acceptés\u00a0: page, page_size."]


def test_details_and_exports_ignore_a_lists_parameters(api, usine):
    claim = Claim.objects.filter(article=usine).first()
    assert api.get(f"/api/claims/{claim.pk}/", {"verdit": "x"}).status_code == 200
    assert api.get(f"/api/articles/{usine.slug}/", {"verdit": "x"}).status_code == 200
    assert api.get(f"/api/articles/{usine.slug}/claimreview/", {"verdit": "x"}).status_code == 200


def test_parameters_read_by_a_list_are_its_paginators():
    view = ClaimViewSet(action="list", request=None, format_kwarg=None)
    view.request = APIRequestFactory().get("/api/claims/")
    assert parameters_read_by(view) == ["page", "page_size"]


def test_refuse_unknown_parameters_says_when_a_list_takes_none():
    request = Request(APIRequestFactory().get("/api/things/", {"page": "2"}))
    with pytest.raises(ValidationError) as raised:
        refuse_unknown_parameters(request, [])
    assert raised.value.detail == {"page": ["Unknown parameter: this list takes none."]}
    refuse_unknown_parameters(Request(APIRequestFactory().get("/api/things/")), [])  # nothing to refuse


@pytest.mark.parametrize("path", ["/api/articles/", "/api/claims/", "/api/entities/", "/api/verdicts/"])
def test_lists_accept_exactly_the_parameters_their_schema_documents(api, usine, path):
    schema = api.get("/api/schema/", HTTP_ACCEPT="application/vnd.oai.openapi+json").json()
    documented = {p["name"] for p in schema["paths"][path]["get"]["parameters"] if p["in"] == "query"}
    [message] = refused(api.get(path, {"unknown": "1"}))["fields"]["unknown"]
    assert set(message.removeprefix("Unknown parameter; accepted: ").removesuffix(".").split(", ")) == documented


@pytest.mark.parametrize(
    ("url", "name"),
    [
        ("/api/claims/?verdict=sourced&verdict=disputed", "verdict"),
        ("/api/claims/?page_size=5&page_size=10", "page_size"),
        ("/api/entities/?kind=PER&kind=ORG", "kind"),
        ("/api/verdicts/?since=0&since=3", "since"),
    ],
)
def test_lists_refuse_a_parameter_given_twice_rather_than_keep_the_last(api, usine, url, name):
    body = refused(api.get(url))
    assert body["fields"] == {name: ["Given more than once; this parameter takes one value."]}


def test_a_parameter_given_once_beside_others_is_not_repeated(api, usine):
    response = api.get("/api/claims/", {"verdict": "unverified", "page_size": "5", "q": "usine"})
    assert response.status_code == 200, response.content


def test_a_repeated_parameter_is_refused_in_french_for_a_french_client(api, usine):
    body = refused(api.get("/api/claims/?verdict=sourced&verdict=sourced", HTTP_ACCEPT_LANGUAGE="fr"))
    assert body["fields"]["verdict"] == ["Donné plusieurs fois\u00a0; ce paramètre prend une seule valeur."]
