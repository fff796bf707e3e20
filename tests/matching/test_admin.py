"""matching.admin: "Already checked" on a claim's page, "Not the same claim", inconsistencies on
an article's page."""

import pytest
from django.urls import reverse
from lxml import html

from matching.models import ClaimMatch
from tests.matching.test_services import CONTRADICTION, FIRST, PARAPHRASE, reviewed

pytestmark = pytest.mark.django_db


@pytest.fixture
def matched(make_article, editor):
    earlier = reviewed(make_article(FIRST, slug="premier"), editor)
    return earlier, make_article(PARAPHRASE, slug="second")


def page_text(response) -> str:
    return " ".join(html.fromstring(response.content.decode()).text_content().split())


def test_claim_page_shows_the_earlier_verdict_and_rationale(client, editor, matched):
    earlier, later = matched
    client.force_login(editor)
    response = client.get(reverse("admin:claims_claim_change", args=[later.claims.get().pk]))
    assert response.status_code == 200
    text = page_text(response)
    assert earlier.text in text
    assert "Communiqué du groupe." in text
    match = ClaimMatch.objects.get()
    assert reverse("admin:matching_claimmatch_dismiss", args=[match.pk]) in response.content.decode()


def test_not_the_same_claim_dismisses_once_then_409(client, editor, matched):
    _earlier, later = matched
    match = ClaimMatch.objects.get()
    url = reverse("admin:matching_claimmatch_dismiss", args=[match.pk])
    client.force_login(editor)
    assert client.get(url).status_code == 200
    response = client.post(url)
    assert response.status_code == 302
    match.refresh_from_db()
    assert match.state == ClaimMatch.State.DISMISSED
    claim_page = client.get(reverse("admin:claims_claim_change", args=[later.claims.get().pk]))
    assert url not in claim_page.content.decode()
    assert client.post(url).status_code == 409


def test_not_the_same_claim_needs_the_review_permission(client, staff, matched):
    match = ClaimMatch.objects.get()
    client.force_login(staff)
    assert client.post(reverse("admin:matching_claimmatch_dismiss", args=[match.pk])).status_code == 403
    match.refresh_from_db()
    assert match.state == ClaimMatch.State.SUGGESTED


def test_article_page_lists_its_inconsistencies(client, editor, make_article):
    article = make_article(CONTRADICTION, slug="acme")
    client.force_login(editor)
    response = client.get(reverse("admin:claims_article_change", args=[article.pk]))
    assert response.status_code == 200
    text = page_text(response)
    assert "2015-01-01/2015-12-31" in text and "2017-01-01/2017-12-31" in text
