"""Site-wide URLs outside the three surfaces: /favicon.ico and the API root's links."""

from django.contrib.staticfiles import finders


def test_favicon_ico_redirects_to_the_site_icon(client):
    response = client.get("/favicon.ico")

    assert response.status_code == 301
    assert response["Location"].endswith("claims/favicon.svg")
    assert finders.find("claims/favicon.svg")


def test_api_root_links_every_list_the_verdict_feed_and_the_docs(client, db):
    response = client.get("/api/", HTTP_ACCEPT="application/json")

    links = response.json()
    assert set(links) >= {"articles", "claims", "entities", "verdicts", "schema", "docs"}
    for name, url in links.items():
        accept = "text/html" if name == "docs" else "application/json"
        assert client.get(url, HTTP_ACCEPT=accept).status_code == 200, name
