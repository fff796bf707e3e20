"""The reader's page of a corrected article: the current text, edited claims, earlier revisions."""

import pytest
from lxml import html as lxml_html

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


def test_the_verdict_filters_of_an_earlier_revision_stay_on_it(client, corrected):
    """Its filter links name the revision shown; the current text's name none."""
    article, _claim = corrected

    def filter_links(query):
        tree = lxml_html.fromstring(client.get(article.get_absolute_url(), query).content)
        return tree.xpath("//nav[contains(@class, 'summary')]//a/@href")

    earlier = filter_links({"revision": "1", "verdict": "all"})
    assert earlier and all(href.startswith(("?revision=1&verdict=", "/")) for href in earlier)
    assert f"{article.get_absolute_url()}?revision=1" in earlier  # "mark only the reviewed claims", still on it
    current = filter_links({})
    assert current and not [href for href in current if "revision" in href]
    follow = client.get(article.get_absolute_url() + earlier[0])
    assert "120 millions" in follow.content.decode()  # the earlier text, as the link promised


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


# -- The verdict an edited claim had: the last one a reviewer gave ------------------------------

TRAM = (
    "Un tramway pour Angers\n\n"
    "La ligne B du tramway d'Angers mesure 10 kilomètres depuis son ouverture en 2023. "
    "Elle dessert 25 stations entre Avrillé et Trélazé.\n\n"
    "Le chantier a coûté 250 millions d'euros à la communauté urbaine.\n"
)
TRAM_2 = TRAM.replace("10 kilomètres", "11 kilomètres").replace("25 stations", "26 stations")
TRAM_2 = TRAM_2.replace("250 millions", "260 millions")
# The length and the stations edited again; the cost, edited in revision 2, stays as it is.
TRAM_3 = TRAM_2.replace("11 kilomètres", "12 kilomètres").replace("26 stations", "27 stations")


def review(claim, editor, verdict):
    sources = [] if verdict == Verdict.UNVERIFIED else [SourceInput(url="https://example.org/angers")]
    review_claim(
        claim=claim,
        reviewer=editor,
        verdict=verdict,
        rationale="Selon la métropole.",
        sources=sources,
        expected_version=claim.version,
    )


@pytest.fixture
def tram(make_article, editor):
    """Three revisions: the length reviewed "disputed" in revision 1 only, then edited twice; the
    stations reviewed "sourced" in revision 1 and, once edited, "disputed" in revision 2, then
    edited again; the cost reviewed "sourced" in revision 1, edited in revision 2 and left
    unchanged in revision 3, still waiting for its re-review."""
    article = make_article(TRAM, slug="tram-angers")
    first = {words: article.claims.get(text__contains=words) for words in ("10 kilo", "25 stations", "250 mil")}
    review(first["10 kilo"], editor, Verdict.DISPUTED)
    review(first["25 stations"], editor, Verdict.SOURCED)
    review(first["250 mil"], editor, Verdict.SOURCED)
    article = make_article(TRAM_2, slug=article.slug)
    stations = article.claims.get(revision=2, text__contains="26 stations")
    review(stations, editor, Verdict.DISPUTED)
    article = make_article(TRAM_3, slug=article.slug)
    assert article.revision == 3
    return article, first, stations


def edited_list(client, article, **query) -> dict[str, tuple[str, str]]:
    """The page's claims edited since their review: the words of each -> (the verdict it says
    they had, the link to where they had it)."""
    page = lxml_html.fromstring(client.get(article.get_absolute_url(), query).content)
    rows = {}
    for item in page.xpath("//section[@class='edited-claims']//li"):
        text = item.xpath("./a[starts-with(@href, '#claim-')]")[0].text_content()
        [verdict] = item.xpath(".//span[@class='verdict-tag']/@data-verdict")
        [link] = item.xpath("./a[starts-with(@href, '?revision=')]/@href")
        rows[next(words for words in ("kilomètres", "stations", "millions") if words in text)] = (verdict, link)
    return rows


def test_an_edit_of_an_edit_shows_the_last_verdict_a_reviewer_gave(client, tram):
    article, first, stations = tram
    assert edited_list(client, article) == {
        # Its verdict in revision 2 was the default "unverified", given by no one.
        "kilomètres": ("disputed", f"?revision=1#claim-{first['10 kilo'].pk}"),
        # Reviewed again once edited: that later verdict, in revision 2.
        "stations": ("disputed", f"?revision=2#claim-{stations.pk}"),
        # Unchanged since its edit in revision 2, where nobody reviewed it.
        "millions": ("sourced", f"?revision=1#claim-{first['250 mil'].pk}"),
    }


def test_the_edited_claims_of_an_earlier_revision_show_the_verdict_given_before_it(client, tram):
    article, first, _stations = tram
    # Revision 2 as it was read then: its stations since reviewed, so no longer waiting.
    assert edited_list(client, article, revision="2") == {
        "kilomètres": ("disputed", f"?revision=1#claim-{first['10 kilo'].pk}"),
        "millions": ("sourced", f"?revision=1#claim-{first['250 mil'].pk}"),
    }


def test_a_verdict_of_unverified_given_by_a_reviewer_is_the_one_shown(client, make_article, editor):
    article = make_article(TRAM, slug="tram-angers")
    review(article.claims.get(text__contains="10 kilo"), editor, Verdict.UNVERIFIED)
    article = make_article(TRAM_2, slug=article.slug)
    article = make_article(TRAM_3, slug=article.slug)
    first = article.claims.get(revision=1, text__contains="10 kilo")
    assert edited_list(client, article) == {"kilomètres": ("unverified", f"?revision=1#claim-{first.pk}")}


def test_article_detail_of_an_edit_of_an_edit_has_the_fixed_query_count(client, tram, django_assert_num_queries):
    article, _first, _stations = tram
    # However far back the last review: as for one revision
    # (test_article_detail_of_revised_article_has_a_fixed_query_count), and for an earlier
    # revision its body and, past the first, its edited claims.
    with django_assert_num_queries(5):
        assert client.get(article.get_absolute_url()).status_code == 200
    with django_assert_num_queries(6):
        assert client.get(article.get_absolute_url(), {"revision": "2"}).status_code == 200
