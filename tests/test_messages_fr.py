"""Messages in the interface's language (issue 17, point 15): a French admin or API client reads no
English sentence and no sentence half in one language, half in the other."""

import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from rest_framework.authtoken.models import Token

ENGLISH = (
    b"The council voted the budget of the town for the two years that are to come. "
    b"It was a long meeting and everybody who lives there was invited to speak.\n"
)


@pytest.fixture
def token(editor):
    return Token.objects.create(user=editor).key


def errors_of(response) -> list[str]:
    html = response.content.decode()
    return [
        re.sub(r"<[^>]+>", "", item).strip()
        for item in re.findall(r'class="errorlist[^"]*"[^>]*>(.*?)</ul>', html, re.S)
    ]


def test_admin_in_french_refuses_english_text_in_french(client, editor):
    client.force_login(editor)
    upload = SimpleUploadedFile("council.txt", ENGLISH, content_type="text/plain")
    response = client.post(
        reverse("admin:claims_article_add"), {"file": upload, "pasted_format": "text"}, HTTP_ACCEPT_LANGUAGE="fr"
    )
    [error] = errors_of(response)
    assert "langue" in error and "unsupported" not in error and "supported" not in error


def test_admin_in_french_labels_a_claim_s_revision_in_french(client, editor, article):
    client.force_login(editor)
    claim = article.claims.first()
    html = client.get(reverse("admin:claims_claim_change", args=[claim.pk]), HTTP_ACCEPT_LANGUAGE="fr").content.decode()
    assert re.search(r"<label>Révision\xa0:</label>", html) and "Revision" not in html


def test_api_in_french_counts_the_other_invalid_fields_in_french(api, article, token):
    claim = article.claims.first()
    body = {
        "verdict": "sourced",
        "expected_version": claim.version,
        "sources": [{"url": "javascript:x"}, {"url": "ftp://x"}],
    }
    response = api.post(
        reverse("api:claim-reviews", args=[claim.pk]),
        body,
        format="json",
        HTTP_AUTHORIZATION=f"Token {token}",
        HTTP_ACCEPT_LANGUAGE="fr",
    )
    assert response.status_code == 400
    assert response.json()["message"] == "sources.0.url: Saisissez une URL valide. (et 1 autre)"


def test_api_in_french_names_an_unknown_field_in_french(api, db, token):
    response = api.post(
        reverse("api:article-list"),
        {"text": "Une phrase.", "status": "published"},
        format="json",
        HTTP_AUTHORIZATION=f"Token {token}",
        HTTP_ACCEPT_LANGUAGE="fr",
    )
    assert response.status_code == 400
    [message] = response.json()["fields"]["status"]
    assert message.startswith("Champ inconnu ; champs acceptés : text, file,") and "Unknown" not in message


def test_api_in_french_says_the_same_text_is_stored_in_french(api, article, token):
    response = api.post(
        reverse("api:article-list"),
        {"text": article.body, "slug": "copie"},
        format="json",
        HTTP_AUTHORIZATION=f"Token {token}",
        HTTP_ACCEPT_LANGUAGE="fr",
    )
    assert response.status_code == 200 and response.json()["slug"] == article.slug
    assert (
        response.json()["notice"]
        == f"Le même texte est déjà enregistré sous « {article.slug} » : rien n’a été enregistré de nouveau."
    )
