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


# -- An earlier text: its claims are matched no more, and its page says so ------------------------

ADDED = "\nLe site de Douai fêtera ses cinquante ans au printemps, selon la direction.\n"


def revision_note(page) -> str:
    return " ".join(page.xpath('//p[@class="revision-note"]')[0].text_content().split())


def test_an_earlier_text_says_its_claims_are_checked_elsewhere_with_the_current_text_only(
    client, make_article, both_reviewed
):
    earlier, later = both_reviewed
    make_article(PARAPHRASE + ADDED, slug=later.article.slug)  # the reviewed claim carried over
    successor = later.successors.get()
    assert elsewhere_links(client, successor) == [earlier.get_absolute_url()]

    response = client.get(later.article.get_absolute_url(), {"revision": "1"})
    page = html.fromstring(response.content.decode())
    assert page.xpath(f'//div[@id="review-{later.pk}"]')  # its panel, with its review
    assert not page.xpath('//p[@class="review-elsewhere"]')
    assert "ne sont indiqués que pour le texte actuel" in revision_note(page)


def test_an_earlier_text_of_an_article_never_checked_elsewhere_says_nothing_of_it(client, make_article, editor):
    article = make_article(FIRST, slug="premier")
    reviewed(article, editor)
    make_article(FIRST + ADDED, slug=article.slug)
    page = html.fromstring(client.get(article.get_absolute_url(), {"revision": "1"}).content.decode())
    note = revision_note(page)
    assert note.startswith("Révision 1 sur 2") and "texte actuel" in note
    assert "vérifiées" not in note


def test_an_earlier_text_reads_no_matches(client, make_article, both_reviewed, django_assert_num_queries):
    _earlier, later = both_reviewed
    make_article(PARAPHRASE + ADDED, slug=later.article.slug)
    url = later.article.get_absolute_url()
    # As an earlier text with no match (tests/claims/test_views_revisions.py): the page's counts
    # and its body, and no query for where else its claims were checked.
    with django_assert_num_queries(COLD_QUERIES + 1):
        assert client.get(url, {"revision": "1"}).status_code == 200
    with django_assert_num_queries(WARM_QUERIES + 1):
        assert client.get(url, {"revision": "1"}).status_code == 200
