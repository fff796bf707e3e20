"""The admin's change lists at a newsroom's size: searchable article and entity filters, and the
article list's columns (issue 17, point 13)."""

from datetime import date

import pytest
from django.urls import reverse
from lxml import html

from annotations.models import Entity, EntityAlias
from claims.admin import ArticleFilter, EntityFilter
from claims.models import Article

CLAIMS = reverse("admin:claims_claim_changelist")
ARTICLES = reverse("admin:claims_article_changelist")


@pytest.fixture
def many_articles(db):
    return Article.objects.bulk_create(
        Article(slug=f"conseil-{n:02d}", title=f"Conseil municipal numéro {n:02d}", body="Texte.", body_sha256=f"{n}")
        for n in range(40)
    )


def filter_choices(page, title_word: str) -> list[str]:
    """The choices listed under the filter whose summary names `title_word`, as a reader sees them."""
    tree = html.fromstring(page.content.decode())
    (details,) = [
        d for d in tree.xpath('//*[@id="changelist-filter"]//details') if title_word in d.get("data-filter-title")
    ]
    return [link.text_content().strip() for link in details.xpath(".//li/a")]


def test_article_filter_lists_a_few_articles_and_a_search_box(admin_client, many_articles):
    page = admin_client.get(CLAIMS)

    choices = filter_choices(page, "article")
    assert len(choices) == ArticleFilter.shown + 1  # "all", then the newest few: not 40 titles
    tree = html.fromstring(page.content.decode())
    assert tree.xpath('//input[@type="search"][@name="article__id__exact_q"]')


def test_article_filter_search_finds_titles_and_slugs(admin_client, many_articles):
    by_title = filter_choices(admin_client.get(CLAIMS, {"article__id__exact_q": "numéro 07"}), "article")
    by_slug = filter_choices(admin_client.get(CLAIMS, {"article__id__exact_q": "conseil-3"}), "article")

    assert by_title[1:] == ["Conseil municipal numéro 07"]
    assert sorted(by_slug[1:]) == [f"Conseil municipal numéro {n}" for n in range(30, 40)]


def test_article_filter_keeps_the_selected_article_shown_whatever_the_search(admin_client, many_articles):
    oldest = many_articles[0]

    page = admin_client.get(CLAIMS, {"article__id__exact": oldest.pk, "article__id__exact_q": "zzz"})

    assert page.status_code == 200
    assert filter_choices(page, "article")[1:] == [oldest.title]


def test_entity_filter_search_finds_an_entity_by_its_alias(admin_client, db):
    entity = Entity.objects.create(name="Société nationale des chemins de fer français", kind="ORG")
    EntityAlias.objects.create(entity=entity, name="SNCF")
    Entity.objects.bulk_create(Entity(name=f"Commune {n}", kind="LOC") for n in range(30))

    page = admin_client.get(CLAIMS, {"entity_q": "sncf"})

    assert filter_choices(page, "entit")[1:] == [entity.name]
    assert EntityFilter.shown < 31


def test_article_list_shows_slug_and_publication_date(admin_client, db):
    Article.objects.create(slug="budget-2025", title="Le budget", body="Texte.", published_on=date(2025, 3, 4))

    tree = html.fromstring(admin_client.get(ARTICLES).content.decode())

    (row,) = tree.xpath('//*[@id="result_list"]/tbody/tr')

    def cell(name):
        return row.xpath(f'td[contains(@class, "field-{name}")]')[0].text_content().strip()

    assert cell("slug") == "budget-2025"
    assert "2025" in cell("published_on")
    assert cell("added_on")


@pytest.mark.parametrize("url", [CLAIMS, ARTICLES])
def test_change_lists_leave_the_width_to_their_columns(admin_client, db, url):
    # At 1366 px the app menu beside a change list cut its columns: the lists have the page's width.
    page = admin_client.get(url).content.decode()
    tree = html.fromstring(page)
    assert tree.xpath('//*[@id="result_list"]') or tree.xpath('//*[@id="changelist"]')
    assert not tree.xpath('//*[@id="nav-sidebar"]') and "toggle-nav-sidebar" not in page
