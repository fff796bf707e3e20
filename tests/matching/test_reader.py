"""The reader's review panel says where else the same claim was checked (claims.reader.checked_elsewhere)."""

import pytest
from lxml import html

from claims.models import Article, Claim, Verdict
from claims.services import SourceInput, review_claim
from matching.models import ClaimMatch
from matching.services import dismiss_match
from tests.claims.test_views import COLD_QUERIES, WARM_QUERIES
from tests.matching.test_services import FIRST, PARAPHRASE, reviewed

pytestmark = pytest.mark.django_db


@pytest.fixture
def both_reviewed(make_article, editor):
    """(earlier claim, later claim): a reviewed claim, and a paraphrase of it in another article,
    reviewed too (its panel is the one that says where else it was checked)."""
    earlier = reviewed(make_article(FIRST, slug="premier"), editor)
    later = Claim.objects.get(article=make_article(PARAPHRASE, slug="second"))
    review_claim(
        claim=later,
        reviewer=editor,
        verdict=Verdict.SOURCED,
        rationale="Même communiqué.",
        sources=[SourceInput(url="https://example.org/communique")],
        expected_version=later.version,
    )
    return earlier, later


def elsewhere_links(client, claim) -> list[str]:
    response = client.get(claim.article.get_absolute_url())
    assert response.status_code == 200
    page = html.fromstring(response.content.decode())
    return page.xpath(f'//div[@id="review-{claim.pk}"]//p[@class="review-elsewhere"]/a/@href')


def test_review_panel_links_the_same_claim_checked_in_another_article(client, both_reviewed):
    earlier, later = both_reviewed
    assert elsewhere_links(client, later) == [earlier.get_absolute_url()]


def test_review_panel_leaves_out_articles_the_reader_may_not_read(client, staff, both_reviewed):
    earlier, later = both_reviewed
    Article.objects.filter(pk=earlier.article_id).update(status="draft")
    assert elsewhere_links(client, later) == []
    client.force_login(staff)
    assert elsewhere_links(client, later) == [earlier.get_absolute_url()]


def test_review_panel_forgets_a_dismissed_match_though_the_page_was_cached(client, editor, both_reviewed):
    earlier, later = both_reviewed
    assert elsewhere_links(client, later) == [earlier.get_absolute_url()]
    dismiss_match(match=ClaimMatch.objects.get(claim=later, earlier=earlier), user=editor)
    assert elsewhere_links(client, later) == []


def test_review_panel_shows_a_match_found_after_the_page_was_cached(client, make_article, editor):
    earlier = Claim.objects.get(article=make_article(FIRST, slug="premier"), text__contains="investissement")
    later = reviewed(make_article(PARAPHRASE, slug="second"), editor, contains="Douai")
    assert elsewhere_links(client, later) == []  # the earlier claim is not reviewed yet: no match
    reviewed(earlier.article, editor)
    assert elsewhere_links(client, later) == [earlier.get_absolute_url()]


def test_reader_page_query_count_does_not_grow_with_claims_checked_elsewhere(
    client, editor, make_article, both_reviewed, django_assert_num_queries
):
    _earlier, later = both_reviewed
    url = later.article.get_absolute_url()
    # the article page's pinned counts (tests/claims/test_views.py) and the matches, one query
    with django_assert_num_queries(COLD_QUERIES + 1):
        client.get(url)
    for n in range(3):
        reviewed(make_article(FIRST.replace("Une usine à Douai", f"Copie numéro {n}"), slug=f"copie-{n}"), editor)
    with django_assert_num_queries(COLD_QUERIES + 1):
        client.get(url)
    with django_assert_num_queries(WARM_QUERIES + 1):
        client.get(url)
    assert len(elsewhere_links(client, later)) == 3  # the best three of four
