"""/api/schema/ (OpenAPI 3, every endpoint and its errors) and /api/docs/ (Swagger UI, no CDN)."""

import re
from contextlib import contextmanager

import pytest
import schemathesis
from django.contrib.staticfiles import finders
from django.core.signals import request_finished, request_started
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from drf_spectacular.validation import validate_schema
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from tests.conftest import SAMPLE_TEXT

OPERATIONS = {
    ("/api/articles/", "get"),
    ("/api/articles/", "post"),
    ("/api/articles/{slug}/", "get"),
    ("/api/articles/{slug}/claimreview/", "get"),
    ("/api/articles/{slug}/annotations/", "get"),
    ("/api/claims/", "get"),
    ("/api/claims/{id}/", "get"),
    ("/api/claims/{id}/reviews/", "post"),
    ("/api/verdicts/", "get"),
    ("/api/entities/", "get"),
    ("/api/entities/{id}/", "get"),
}


@pytest.fixture
def schema(db):
    response = APIClient().get("/api/schema/", HTTP_ACCEPT="application/vnd.oai.openapi+json")
    assert response.status_code == 200
    return response.json()


def test_schema_is_valid_openapi_with_every_operation(schema):
    validate_schema(schema)
    operations = {(path, method) for path, item in schema["paths"].items() for method in item if method != "parameters"}
    assert operations >= OPERATIONS


def test_schema_documents_the_errors_of_each_operation(schema):
    paths = schema["paths"]
    for path, method in OPERATIONS:
        assert {"401", "429"} <= set(paths[path][method]["responses"]), (path, method)
    assert {"400", "404"} <= set(paths["/api/claims/"]["get"]["responses"])
    assert "304" in paths["/api/claims/"]["get"]["responses"]
    assert {"400", "403", "404", "409"} <= set(paths["/api/claims/{id}/reviews/"]["post"]["responses"])
    assert {"201", "400", "403", "413"} <= set(paths["/api/articles/"]["post"]["responses"])
    error = schema["components"]["schemas"]["Error"]
    assert set(error["required"]) == {"message", "code", "fields"}


def test_schema_documents_the_claim_filters(schema):
    names = {parameter["name"] for parameter in schema["paths"]["/api/claims/"]["get"]["parameters"]}
    assert names == {
        "article", "verdict", "entity", "label", "date_from", "date_to", "min_checkworthiness", "q", "has_match", "ordering", "assignee", "state",
        "page", "page_size",
    }  # fmt: skip


def test_docs_page_loads_swagger_ui_from_own_static_files(db):
    response = APIClient().get("/api/docs/")
    assert response.status_code == 200
    html = response.content.decode()
    assets = re.findall(r'(?:src|href)="([^"]+)"', html)
    assert any("swagger-ui-bundle.js" in asset for asset in assets)
    for asset in assets:
        assert not asset.startswith(("http:", "https:", "//")), asset  # no CDN
        if asset.startswith("/static/"):
            assert finders.find(asset.removeprefix("/static/")), asset
    assert "<script>" not in html and "<style>" not in html  # nothing inline: the CSP forbids it


def test_docs_start_up_script_is_served_separately(db):
    response = APIClient().get("/api/docs/", {"script": ""})
    assert response.status_code == 200 and response["Content-Type"].startswith("application/javascript")
    assert "/api/schema/" in response.content.decode()


@pytest.mark.parametrize(
    "path", ["/api/articles/%C2%84/", "/api/articles//claimreview/", "/api/nothing-here", "/api/claims/1/nothing/"]
)
def test_unknown_api_urls_are_json_404(db, path):
    for method in ("get", "post"):
        response = getattr(APIClient(), method)(path)
        assert response.status_code == 404 and response["Content-Type"] == "application/json"
        assert response.json()["code"] == "not_found"


def test_schema_bounds_the_verdict_feed_parameters(schema):
    parameters = {p["name"]: p["schema"] for p in schema["paths"]["/api/verdicts/"]["get"]["parameters"]}
    assert (parameters["limit"]["minimum"], parameters["limit"]["maximum"]) == (1, 500)
    assert parameters["since"]["minimum"] == 0 and parameters["since"]["type"] == "integer"


def test_schema_documents_the_article_text_as_plain_text(schema):
    responses = schema["paths"]["/api/articles/{slug}/text/"]["get"]["responses"]
    assert "text/plain" in responses["200"]["content"]
    assert "application/json" in responses["404"]["content"]


def test_schema_request_bodies_admit_no_unknown_fields(schema):
    components = schema["components"]["schemas"]
    for name in ("ArticleInputRequest", "ReviewInputRequest", "SourceInputRequest"):
        assert components[name]["additionalProperties"] is False


def test_schema_documents_the_forms_of_the_date_filters(schema):
    parameters = {p["name"]: p for p in schema["paths"]["/api/claims/"]["get"]["parameters"]}
    for name in ("date_from", "date_to"):
        pattern = re.compile(parameters[name]["schema"]["pattern"])
        assert all(pattern.search(value) for value in ("2021", "2021-03", "2021-03-31"))
        assert not any(pattern.search(value) for value in ("21", "2021-3", "2021-03-31T00:00", "03/2021"))
        assert "YYYY-MM-DD, or YYYY-MM or YYYY" in parameters[name]["description"]


def test_schema_documents_an_ingest_storing_a_revision_as_201_with_its_location(schema):
    responses = schema["paths"]["/api/articles/"]["post"]["responses"]
    assert "revision" in responses["201"]["description"] and "revision" not in responses["200"]["description"]
    for code in ("201", "202"):
        assert responses[code]["headers"]["Location"]["schema"] == {"type": "string", "format": "uri"}, code
    assert "headers" not in responses["200"]


@contextmanager
def connection_kept_open():
    """As Django's test client does: at the end of a request called through the WSGI application,
    close_old_connections would close the database connection, which on PostgreSQL ends the
    test's transaction ("the connection is closed")."""
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    try:
        yield
    finally:
        request_started.connect(close_old_connections)
        request_finished.connect(close_old_connections)


def test_ingest_answers_conform_to_the_schema(editor):
    """A new article (201), the same text again (200) and a new revision (201) as the schema
    describes them (status, headers such as `Location`, body), checked by schemathesis."""
    with connection_kept_open():
        _check_ingest_answers(editor)


def _check_ingest_answers(editor) -> None:
    operation = schemathesis.openapi.from_wsgi("/api/schema/", get_wsgi_application())["/api/articles/"]["POST"]
    checks = [
        status_code_conformance,
        response_headers_conformance,
        content_type_conformance,
        response_schema_conformance,
    ]
    token = Token.objects.create(user=editor).key
    corrected = SAMPLE_TEXT + "\nLe maire a salué le projet.\n"
    statuses = []
    for text in (SAMPLE_TEXT, SAMPLE_TEXT, corrected):
        case = operation.Case(body={"text": text, "slug": "usine"}, media_type="application/json")
        response = case.call(headers={"Authorization": f"Token {token}"})
        case.validate_response(response, checks=checks)
        statuses.append((response.status_code, "location" in response.headers))  # names in lower case
    assert statuses == [(201, True), (200, False), (201, True)]
