"""A renamed article's old addresses redirect to its new ones (claims.middleware, FormerSlug)."""

import json

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation
from lxml import html as lxml_html
from rest_framework.authtoken.models import Token

from claims.models import Article, Claim, FormerSlug
from claims.services import SourceInput, review_claim
from claims.services.inputs import SLUG_RULE

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
    return client


def rename(editor_client, article, slug, **changes):
    """The article's change form in the admin, as its page fills it, sent with a new slug."""
    url = reverse("admin:claims_article_change", args=[article.pk])
    form = lxml_html.fromstring(editor_client.get(url).content).get_element_by_id("article_form")
    response = editor_client.post(url, {**dict(form.form_values()), "slug": slug, **changes})
    assert response.status_code == 302, response.context["adminform"].form.errors
    article.refresh_from_db()
    assert article.slug == slug


def test_the_admin_records_the_old_slug_of_a_renamed_article(editor_client, article):
    rename(editor_client, article, "usine-lyon-2021")

    assert list(FormerSlug.objects.values_list("slug", "article")) == [("usine-lyon", article.pk)]


def test_an_edit_that_keeps_the_slug_records_nothing(editor_client, article):
    rename(editor_client, article, article.slug, title="Une usine à Lyon")

    assert not FormerSlug.objects.exists()


@pytest.mark.parametrize("slug", ["Usine-Lyon", "-usine-", "usine--lyon", "usine_"])
def test_the_admin_refuses_a_slug_ingest_would_refuse_and_changes_nothing(editor_client, article, slug):
    url = reverse("admin:claims_article_change", args=[article.pk])
    form = lxml_html.fromstring(editor_client.get(url).content).get_element_by_id("article_form")
    response = editor_client.post(url, {**dict(form.form_values()), "slug": slug})

    assert response.status_code == 200
    page = lxml_html.fromstring(response.content.decode())
    errors = page.xpath("//div[contains(@class, 'field-slug')]//ul[@class='errorlist']/li")
    with translation.override(response.wsgi_request.LANGUAGE_CODE):  # ingest's message, in the page's language
        assert [error.text_content() for error in errors] == [SLUG_RULE % {"slug": slug}]
    article.refresh_from_db()
    assert article.slug == "usine-lyon"
    assert not FormerSlug.objects.exists()


def test_a_slug_stored_before_the_rule_may_stay_while_the_title_is_edited(editor_client, article):
    Article.objects.filter(pk=article.pk).update(slug="Usine-Lyon")
    article.refresh_from_db()

    rename(editor_client, article, "Usine-Lyon", title="Une usine à Lyon")

    assert article.title == "Une usine à Lyon"


def test_the_old_reader_page_redirects_permanently_with_its_query(editor_client, article, client):
    rename(editor_client, article, "usine-lyon-2021")
    client.logout()

    response = client.get("/articles/usine-lyon/?verdict=unverified")

    assert response.status_code == 301
    assert response["Location"] == "/articles/usine-lyon-2021/?verdict=unverified"
    assert client.get(response["Location"]).status_code == 200


def test_the_old_api_addresses_redirect(editor_client, article, api):
    rename(editor_client, article, "usine-lyon-2021")

    detail = api.get("/api/articles/usine-lyon/")
    revisions = api.get("/api/articles/usine-lyon/revisions/")
    text = api.head("/api/articles/usine-lyon/text/")

    assert (detail.status_code, detail["Location"]) == (301, "/api/articles/usine-lyon-2021/")
    assert (revisions.status_code, revisions["Location"]) == (301, "/api/articles/usine-lyon-2021/revisions/")
    assert (text.status_code, text["Location"]) == (301, "/api/articles/usine-lyon-2021/text/")
    assert api.get(detail["Location"]).json()["slug"] == "usine-lyon-2021"


def test_a_write_to_an_old_address_is_told_to_repeat_itself_at_the_new_one(editor_client, article, api, editor):
    rename(editor_client, article, "usine-lyon-2021")
    api.force_authenticate(editor)

    response = api.post("/api/articles/usine-lyon/assignment/", {"reviewer": editor.username}, format="json")

    assert (response.status_code, response["Location"]) == (308, "/api/articles/usine-lyon-2021/assignment/")


def test_a_renamed_draft_stays_hidden_from_readers(editor_client, make_article, client):
    draft = make_article(slug="brouillon", publish=False)
    rename(editor_client, draft, "brouillon-2")

    assert editor_client.get("/articles/brouillon/").status_code == 301
    client.logout()
    assert client.get("/articles/brouillon/").status_code == 404


def test_every_earlier_slug_leads_to_the_latest_and_a_slug_taken_back_is_live(editor_client, article, client):
    rename(editor_client, article, "usine-2")
    rename(editor_client, article, "usine-3")

    assert client.get("/articles/usine-lyon/")["Location"] == "/articles/usine-3/"
    assert client.get("/articles/usine-2/")["Location"] == "/articles/usine-3/"

    rename(editor_client, article, "usine-lyon")

    assert sorted(FormerSlug.objects.values_list("slug", flat=True)) == ["usine-2", "usine-3"]
    assert client.get("/articles/usine-lyon/").status_code == 200
    assert client.get("/articles/usine-3/")["Location"] == "/articles/usine-lyon/"


def test_an_article_that_takes_an_old_slug_is_shown_there(editor_client, article, make_article, client):
    rename(editor_client, article, "usine-lyon-2021")
    other = make_article(text="Un autre article\n\nLe maire a inauguré un pont le 4 mai 2023.\n", slug="usine-lyon")

    response = client.get("/articles/usine-lyon/")

    assert response.status_code == 200
    assert response.context["article"] == other


def test_an_address_that_never_existed_is_still_a_404(client, article):
    assert client.get("/articles/nulle-part/").status_code == 404
    assert client.get("/api/articles/nulle-part/").status_code == 404
    assert Article.objects.count() == 1


def test_a_renamed_draft_redirects_an_api_token_of_staff_only(editor_client, make_article, editor, client):
    draft = make_article(slug="brouillon", publish=False)
    rename(editor_client, draft, "brouillon-2")
    client.logout()
    token = Token.objects.create(user=editor).key

    staff = client.get("/api/articles/brouillon/notes/", HTTP_AUTHORIZATION=f"Token {token}")
    anonymous = client.get("/api/articles/brouillon/")

    assert (staff.status_code, staff["Location"]) == (301, "/api/articles/brouillon-2/notes/")
    assert anonymous.status_code == 404
    assert "brouillon-2" not in anonymous.content.decode()


def test_every_address_of_an_article_redirects(editor_client, article):
    rename(editor_client, article, "usine-lyon-2021")
    addresses = ["", "claimreview/", "annotations/", "text/", "revisions/", "notes/", "inconsistencies/"]

    for address in addresses:
        response = editor_client.get(f"/api/articles/usine-lyon/{address}")
        assert (response.status_code, response["Location"]) == (301, f"/api/articles/usine-lyon-2021/{address}")
        assert editor_client.get(response["Location"]).status_code == 200, address


def test_a_percent_encoded_old_address_redirects(editor_client, article, client):
    rename(editor_client, article, "usine-lyon-2021")

    response = client.get("/articles/usine%2Dlyon/?q=%C3%A9t%C3%A9")

    assert response["Location"] == "/articles/usine-lyon-2021/?q=%C3%A9t%C3%A9"


def test_the_redirect_is_kept_by_no_cache_so_renaming_back_cannot_loop(editor_client, article, client):
    rename(editor_client, article, "usine-lyon-2021")

    response = client.get("/articles/usine-lyon/")

    assert response.status_code == 301
    assert {"no-store", "private", "max-age=0"} <= set(response["Cache-Control"].replace(" ", "").split(","))


def test_an_article_under_a_former_slug_keeps_its_own_404s(editor_client, article, make_article, client):
    rename(editor_client, article, "usine-lyon-2021")
    make_article(text="Un autre article\n\nLe maire a inauguré un pont le 4 mai 2023.\n", slug="usine-lyon")

    assert client.get("/articles/usine-lyon/?revision=9").status_code == 404
    assert client.get("/articles/usine-lyon-2021/?revision=9").status_code == 404


def test_a_deleted_article_takes_its_former_slugs_along(editor_client, article, client):
    rename(editor_client, article, "usine-lyon-2021")

    article.delete()

    assert not FormerSlug.objects.exists()
    assert client.get("/articles/usine-lyon/").status_code == 404


def test_the_reader_page_names_its_new_address_and_title_in_its_claimreview(editor_client, article, editor, client):
    claim = Claim.objects.filter(article=article).first()
    source = SourceInput(url="https://example.org/usine", title="Usine")
    review_claim(claim=claim, reviewer=editor, verdict="sourced", sources=[source], expected_version=1)
    assert client.get("/articles/usine-lyon/").status_code == 200  # cached under the old slug

    rename(editor_client, article, "usine-lyon-2021", title="Une usine ouvre à Lyon en 2021")
    page = lxml_html.fromstring(client.get("/articles/usine-lyon-2021/").content)

    (script,) = page.xpath('//script[@type="application/ld+json"]')
    (item,) = json.loads(script.text)["@graph"]
    assert item["url"] == f"http://testserver/articles/usine-lyon-2021/#claim-{claim.pk}"
    assert item["itemReviewed"]["appearance"]["headline"] == "Une usine ouvre à Lyon en 2021"


def test_an_unknown_address_costs_one_indexed_lookup(client, article):
    with CaptureQueriesContext(connection) as queries:
        assert client.get("/articles/nulle-part/").status_code == 404

    lookups = [query["sql"] for query in queries if "claims_formerslug" in query["sql"]]
    assert len(lookups) == 1
    assert " OR " not in lookups[0]


def test_an_editor_sees_the_former_slugs_on_the_article_page_and_may_delete_one(editor_client, article, client):
    rename(editor_client, article, "usine-2")
    rename(editor_client, article, "usine-3")
    url = reverse("admin:claims_article_change", args=[article.pk])
    page = lxml_html.fromstring(editor_client.get(url).content)
    rows = page.xpath('//div[@id="former_slugs-group"]//tbody/tr[contains(@class, "form-row")]')
    shown = [row.xpath('string(.//td[contains(@class, "field-slug")])').strip() for row in rows]
    assert shown == ["usine-2", "usine-lyon"]  # the latest rename first

    form = page.get_element_by_id("article_form")
    fields = dict(form.form_values())
    index = shown.index("usine-lyon")
    response = editor_client.post(url, {**fields, f"former_slugs-{index}-DELETE": "on"})

    assert response.status_code == 302
    assert list(FormerSlug.objects.values_list("slug", flat=True)) == ["usine-2"]
    assert client.get("/articles/usine-lyon/").status_code == 404
    assert client.get("/articles/usine-2/")["Location"] == "/articles/usine-3/"
