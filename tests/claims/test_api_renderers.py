"""The API's JSON, written by orjson (claims.api.renderers.JSONRenderer): the compact UTF-8 that
DRF's own renderer writes, indented in the browsable API, JSON-LD where the exports ask for it."""

import json
from decimal import Decimal

import pytest

from claims.api.renderers import JSONRenderer
from tests.api_support import build_article, review


@pytest.fixture
def reviewed(db, editor):
    article = build_article()
    review(article.claims.get(position=0), editor, "sourced", url="https://press.example/usine")
    return article


def test_a_list_is_compact_utf8_json(api, reviewed):
    response = api.get("/api/claims/", HTTP_ACCEPT="application/json")
    assert response.status_code == 200 and response["Content-Type"] == "application/json"
    document = json.loads(response.content)
    assert document["count"] == reviewed.claims.count() > 1
    # The bytes of the standard library's compact encoding, non-ASCII letters left as they are.
    assert response.content == json.dumps(document, ensure_ascii=False, separators=(",", ":")).encode()
    assert "à".encode() in response.content and b"\\u00e0" not in response.content


def test_errors_are_json_too(api, db):
    response = api.get("/api/claims/?page_size=0", HTTP_ACCEPT="application/json", HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 400
    assert json.loads(response.content)["fields"] == {"page_size": ["Must be between 1 and 500."]}


def test_the_browsable_api_shows_the_json_indented(api, reviewed):
    page = api.get("/api/claims/", HTTP_ACCEPT="text/html").content.decode()
    assert "\n  &quot;count&quot;: " in page or '\n  "count": ' in page
    assert '{"count":' not in page and "{&quot;count&quot;:" not in page


def test_exports_keep_their_json_ld_media_type(api, reviewed):
    response = api.get(f"/api/articles/{reviewed.slug}/claimreview/", HTTP_ACCEPT="application/ld+json")
    assert response.status_code == 200 and response["Content-Type"] == "application/ld+json"
    assert json.loads(response.content)["@context"] == "https://schema.org"
    plain = api.get(f"/api/articles/{reviewed.slug}/claimreview/", HTTP_ACCEPT="application/json")
    assert plain["Content-Type"] == "application/json" and json.loads(plain.content) == json.loads(response.content)


def test_keys_and_types_as_drf_writes_them():
    renderer = JSONRenderer()
    assert renderer.render({1: "un", "deux": Decimal("2.50")}) == b'{"1":"un","deux":"2.50"}'
    with pytest.raises(TypeError, match="object"):
        renderer.render({"a": object()})
