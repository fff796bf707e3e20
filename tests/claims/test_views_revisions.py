"""The reader's page of a corrected article: the current text, edited claims, earlier revisions."""

import pytest

from claims.models import Verdict
from claims.services import ArticleInput, SourceInput, ingest_article, review_claim
from tests.conftest import SAMPLE_TEXT

EDITED = SAMPLE_TEXT.replace("120 millions d'euros", "150 millions d'euros")


@pytest.fixture
def corrected(make_article, editor):
    """The sample article with its amount claim disputed, then corrected in a second revision."""
    article = make_article()
    claim = article.claims.get(text__contains="120 millions")
    review_claim(
        claim=claim,
        reviewer=editor,
        verdict=Verdict.DISPUTED,
        rationale="Le communiqué donne un autre montant.",
        sources=[SourceInput(url="https://example.org/communique")],
        expected_version=1,
    )
    revised = ingest_article(item=ArticleInput(text=EDITED, slug=article.slug, publish=True)).article
    assert revised.revision == 2
    return revised, claim


def test_article_detail_lists_claims_edited_since_their_review(client, corrected):
    article, old_claim = corrected
    new_claim = article.claims.get(revision=2, text__contains="150 millions")
    page = client.get(article.get_absolute_url()).content.decode()
    assert f'href="#claim-{new_claim.pk}"' in page
    assert f"?revision=1#claim-{old_claim.pk}" in page
    assert "150 millions" in page


def test_article_detail_links_the_previous_revision(client, corrected):
    article, _claim = corrected
    page = client.get(article.get_absolute_url()).content.decode()
    assert 'href="?revision=1"' in page


def test_article_detail_shows_an_earlier_revision_with_its_text_and_verdicts(client, corrected):
    article, old_claim = corrected
    response = client.get(article.get_absolute_url(), {"revision": "1"})
    page = response.content.decode()
    assert response.status_code == 200
    assert "120 millions" in page and "150 millions" not in page
    assert f'id="claim-{old_claim.pk}"' in page
    assert 'data-verdict="disputed"' in page
    assert f'href="{article.get_absolute_url()}"' in page  # back to the current text


@pytest.mark.parametrize("revision", ["0", "3", "abc", "-1", "²"])
def test_article_detail_refuses_unknown_revision(client, corrected, revision):
    article, _claim = corrected
    assert client.get(article.get_absolute_url(), {"revision": revision}).status_code == 404


def test_article_detail_of_revised_article_has_a_fixed_query_count(client, corrected, django_assert_num_queries):
    article, _claim = corrected
    # The page (tests/claims/test_views.py, none of its claims checked elsewhere) and its edited
    # claims; then cached.
    with django_assert_num_queries(5):
        assert client.get(article.get_absolute_url()).status_code == 200
    with django_assert_num_queries(2):
        assert client.get(article.get_absolute_url()).status_code == 200
    # The earlier text: its body besides the page's queries (its claims' reviews, read with its
    # blocks, give its panels but no ClaimReview: its claims are not the ones reviewed now).
    with django_assert_num_queries(5):
        assert client.get(article.get_absolute_url(), {"revision": "1"}).status_code == 200
    with django_assert_num_queries(3):
        assert client.get(article.get_absolute_url(), {"revision": "1"}).status_code == 200
