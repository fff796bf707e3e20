"""GET /api/articles/, /api/articles/{slug}/ and POST /api/articles/ (ingest)."""

import json

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from rest_framework.authtoken.models import Token

from claims.models import Article
from tests.api_support import build_article, review
from tests.conftest import SAMPLE_TEXT


def test_articles_list_gives_metadata_and_verdict_counts(api, db, editor):
    article = build_article()
    review(article.claims.get(position=0), editor, "sourced")
    review(article.claims.get(position=1), editor, "disputed", rationale="Faux.")
    response = api.get("/api/articles/")
    assert response.status_code == 200
    (item,) = response.json()["results"]
    assert item["slug"] == article.slug and item["title"] == article.title
    assert item["publisher"] == "Le Quotidien" and item["published_on"] == "2021-03-04"
    assert item["url"] == "http://testserver/articles/usine-lyon/"
    assert item["verdicts"] == {"total": 4, "sourced": 1, "disputed": 1, "unverified": 2}
    assert "body" not in item


def test_articles_list_shows_drafts_to_staff_only(api, db, staff):
    build_article("publie")
    build_article("brouillon", publish=False)
    assert [a["slug"] for a in api.get("/api/articles/").json()["results"]] == ["publie"]
    api.force_authenticate(staff)
    assert {a["slug"] for a in api.get("/api/articles/").json()["results"]} == {"publie", "brouillon"}


def test_articles_list_query_count_does_not_grow_with_rows(api, db, django_assert_num_queries):
    build_article("un")
    with django_assert_num_queries(2):  # count, articles with their verdict counts
        api.get("/api/articles/")
    for n in range(5):
        build_article(f"autre-{n}", repeat=3)
    with django_assert_num_queries(2):
        assert len(api.get("/api/articles/").json()["results"]) == 6


def test_articles_list_answers_if_none_match_with_304(api, db, editor):
    article = build_article()
    etag = api.get("/api/articles/")["ETag"]
    assert api.get("/api/articles/", HTTP_IF_NONE_MATCH=etag).status_code == 304
    review(article.claims.first(), editor)  # the verdict counts change, so does the list
    assert api.get("/api/articles/", HTTP_IF_NONE_MATCH=etag).status_code == 200


def test_article_detail_has_body_and_counts(api, db, django_assert_num_queries):
    article = build_article()
    with django_assert_num_queries(1):
        body = api.get(f"/api/articles/{article.slug}/").json()
    assert body["body"] == article.body and body["body_format"] == "text"
    assert body["verdicts"]["total"] == 4


def test_article_detail_of_a_draft_is_404_for_anonymous_and_shown_to_staff(api, db, staff):
    build_article("brouillon", publish=False)
    response = api.get("/api/articles/brouillon/")
    assert response.status_code == 404 and response.json()["message"]
    api.force_authenticate(staff)
    assert api.get("/api/articles/brouillon/").json()["status"] == "draft"


def test_articles_bad_page_is_400(api, db):
    response = api.get("/api/articles/", {"page_size": "many"})
    assert response.status_code == 400 and "page_size" in response.json()["fields"]


# -- Ingest -------------------------------------------------------------------------------


def test_ingest_anonymous_is_401(api, db):
    assert api.post("/api/articles/", {"text": SAMPLE_TEXT, "slug": "x"}, format="json").status_code == 401
    assert not Article.objects.exists()


def test_ingest_needs_staff_with_add_article_permission(api, db, staff, django_user_model):
    api.force_authenticate(staff)  # staff, but not an editor: no "add article" permission
    assert api.post("/api/articles/", {"text": SAMPLE_TEXT, "slug": "x"}, format="json").status_code == 403
    reader = django_user_model.objects.create_user("reader")
    api.force_authenticate(reader)
    assert api.post("/api/articles/", {"text": SAMPLE_TEXT, "slug": "x"}, format="json").status_code == 403
    assert not Article.objects.exists()


def test_ingest_over_the_size_limit_is_413(api, db, editor, settings):
    settings.SAGA_MAX_ARTICLE_BYTES = 1000
    api.force_authenticate(editor)
    response = api.post("/api/articles/", {"text": "é" * 501, "slug": "long"}, format="json")  # 1002 bytes
    assert response.status_code == 413
    assert response.json()["code"] == "too_large" and "text" in response.json()["fields"]
    upload = SimpleUploadedFile("long.txt", b"a" * 1001, content_type="text/plain")
    response = api.post("/api/articles/", {"file": upload, "slug": "long"}, format="multipart")
    assert response.status_code == 413 and "file" in response.json()["fields"]
    assert not Article.objects.exists()


def test_ingest_file_over_the_size_limit_gives_its_real_size(api, db, editor, settings):
    settings.SAGA_MAX_ARTICLE_BYTES = 1000
    api.force_authenticate(editor)
    upload = SimpleUploadedFile("long.txt", b"a" * 2450, content_type="text/plain")
    response = api.post("/api/articles/", {"file": upload, "slug": "long"}, format="multipart")
    assert response.status_code == 413
    message = response.json()["message"]
    assert "2450" in message and "1000" in message and "1001" not in message


@pytest.mark.parametrize("date", ["2025-02-30", "2021-13-01"])
def test_ingest_date_that_does_not_exist_says_so(api, db, editor, date):
    api.force_authenticate(editor)
    response = api.post("/api/articles/", {"text": SAMPLE_TEXT, "published_on": date}, format="json")
    assert response.status_code == 400
    (message,) = response.json()["fields"]["published_on"]
    assert date in message and "YYYY-MM-DD" not in message  # the format is right: the day is not
    assert not Article.objects.exists()


def test_ingest_date_in_another_format_gives_the_format(api, db, editor):
    api.force_authenticate(editor)
    response = api.post("/api/articles/", {"text": SAMPLE_TEXT, "published_on": "30/01/2025"}, format="json")
    assert response.status_code == 400
    assert "YYYY-MM-DD" in response.json()["fields"]["published_on"][0]


def test_ingest_huge_request_is_413_before_reading_it(api, db, editor, settings):
    settings.SAGA_MAX_ARTICLE_BYTES = 10
    api.force_authenticate(editor)
    response = api.post("/api/articles/", {"text": "x" * 2_000_000, "slug": "enorme"}, format="json")
    assert response.status_code == 413


@pytest.mark.parametrize(
    ("payload", "field"),
    [
        ({"slug": "rien"}, "text"),  # neither text nor file
        ({"text": SAMPLE_TEXT, "slug": "Pas un slug"}, "slug"),
        ({"text": SAMPLE_TEXT, "format": "pdf"}, "format"),
        ({"text": SAMPLE_TEXT, "language": "xx"}, "language"),
        ({"text": SAMPLE_TEXT, "published_on": "hier"}, "published_on"),
        ({"text": "bin\x00aire", "slug": "binaire"}, "text"),
        ({"text": "   \n", "slug": "vide"}, "text"),
    ],
)
def test_ingest_invalid_input_is_400_naming_the_field(api, db, editor, payload, field):
    api.force_authenticate(editor)
    response = api.post("/api/articles/", payload, format="json")
    assert response.status_code == 400, response.content
    assert field in response.json()["fields"]
    assert not Article.objects.exists()


def test_ingest_text_is_201_with_article_and_claims(api, db, editor):
    api.force_authenticate(editor)
    response = api.post("/api/articles/", {"text": SAMPLE_TEXT, "slug": "usine", "publish": True}, format="json")
    assert response.status_code == 201, response.content
    assert response["Location"] == "http://testserver/api/articles/usine/"
    body = response.json()
    article = Article.objects.get(slug="usine")
    assert body["slug"] == "usine" and body["status"] == "published" and body["body"] == SAMPLE_TEXT
    assert [c["id"] for c in body["claims"]] == list(article.claims.order_by("position").values_list("pk", flat=True))
    assert body["claims"] and all(SAMPLE_TEXT[c["start"] : c["end"]] == c["text"] for c in body["claims"])
    assert body["verdicts"]["total"] == len(body["claims"])

    again = api.post("/api/articles/", {"text": SAMPLE_TEXT, "slug": "usine"}, format="json")
    assert again.status_code == 200 and again.json()["slug"] == "usine"  # nothing stored
    assert "Location" not in again
    corrected = SAMPLE_TEXT + "\nLe maire a salué le projet.\n"
    revised = api.post("/api/articles/", {"text": corrected, "slug": "usine"}, format="json")
    assert revised.status_code == 201, revised.content  # a new revision of the same article: stored
    assert revised["Location"] == "http://testserver/api/articles/usine/"
    assert revised.json()["revision"] == 2 and revised.json()["body"] == corrected
    assert {c["revision"] for c in revised.json()["claims"]} == {2}
    assert api.get(revised["Location"]).json()["revision"] == 2
    unchanged = api.post("/api/articles/", {"text": corrected, "slug": "usine"}, format="json")
    assert unchanged.status_code == 200 and unchanged.json()["revision"] == 2 and "Location" not in unchanged


def test_ingest_markdown_file_upload_reads_front_matter(api, db, editor):
    api.force_authenticate(editor)
    markdown = "---\ntitle: Une usine\ndate: 2021-03-04\n---\n\n# Une usine\n\n" + SAMPLE_TEXT.split("\n\n", 1)[1]
    upload = SimpleUploadedFile("usine.md", markdown.encode(), content_type="text/markdown")
    response = api.post("/api/articles/", {"file": upload}, format="multipart")
    assert response.status_code == 201, response.content
    article = Article.objects.get()
    assert (article.slug, article.title, article.body_format) == ("une-usine", "Une usine", "markdown")
    assert article.published_on.isoformat() == "2021-03-04" and article.status == "draft"


def test_ingest_html_keeps_its_main_text(api, db, editor):
    api.force_authenticate(editor)
    paragraphs = "".join(f"<p>{line}</p>" for line in SAMPLE_TEXT.split("\n\n")[1:])
    html = f"<html lang='fr'><head><title>Usine</title></head><body><article><h1>Une usine</h1>{paragraphs}</article></body></html>"
    response = api.post("/api/articles/", {"text": html, "format": "html", "slug": "usine-html"}, format="json")
    assert response.status_code == 201, response.content
    article = Article.objects.get()
    assert "<p>" not in article.body and "Renault" in article.body
    assert response.json()["claims"]


def test_ingest_answers_a_warning_when_forced_french_text_looks_english(api, db, editor):
    api.force_authenticate(editor)
    english = (
        "A factory opens in Lyon\n\nThe group said on Monday that it will open a factory in Lyon, "
        "which is the largest of the region, and that it was built with the help of the state.\n"
    )
    response = api.post(
        "/api/articles/",
        {"text": english, "slug": "factory", "language": "fr"},
        format="json",
        HTTP_ACCEPT_LANGUAGE="en",  # the warning is in the reader's language
    )
    assert response.status_code == 201, response.content
    [warning] = response.json()["warnings"]
    assert "does not look French" in warning
    french = api.post("/api/articles/", {"text": SAMPLE_TEXT, "slug": "usine", "language": "fr"}, format="json")
    assert french.json()["warnings"] == []


def test_ingest_of_an_article_under_the_limit_whose_json_is_larger_is_accepted(api, db, editor):
    # 1.1 MB of text escaped as JSON (`\u00a0` for each no-break space) is a 3.4 MB body: Django
    # refused it as too large for Saga's 2 MB limit before its limits followed Saga's (issue 17).
    text = SAMPLE_TEXT + "\u00a0" * 550_000 + "\n\n" + SAMPLE_TEXT
    body = json.dumps({"text": text, "slug": "longue"}, ensure_ascii=True)
    assert len(text.encode()) < 2_000_000 < 2_500_000 < len(body)
    api.credentials(HTTP_AUTHORIZATION=f"Token {Token.objects.create(user=editor).key}")
    response = api.post("/api/articles/", body, content_type="application/json")
    assert response.status_code == 201, response.content[:300]
    assert Article.objects.get().body == text


def test_ingest_request_over_the_request_limit_says_what_was_too_large(api, db, editor, settings):
    api.credentials(HTTP_AUTHORIZATION=f"Token {Token.objects.create(user=editor).key}")
    settings.SAGA_MAX_REQUEST_BYTES = 5_000
    response = api.post(
        "/api/articles/", {"text": "x" * 6_000, "slug": "grand"}, format="json", HTTP_ACCEPT_LANGUAGE="en"
    )
    assert response.status_code == 413
    message = response.json()["message"]
    assert "request body is 6" in message and "limit of 5000 bytes for a request" in message
    assert f"article may be up to {settings.SAGA_MAX_ARTICLE_BYTES} bytes" in message


def test_ingest_of_a_text_stored_under_another_slug_answers_with_that_article(api, db, editor):
    api.force_authenticate(editor)
    first = api.post("/api/articles/", {"text": SAMPLE_TEXT, "slug": "premier"}, format="json")
    assert first.status_code == 201 and first.json()["notice"] is None
    again = api.post(
        "/api/articles/", {"text": SAMPLE_TEXT, "slug": "second"}, format="json", HTTP_ACCEPT_LANGUAGE="en"
    )
    assert again.status_code == 200
    assert again.json()["slug"] == "premier" and "already stored as “premier”" in again.json()["notice"]
    assert list(Article.objects.values_list("slug", flat=True)) == ["premier"]


def test_ingest_refuses_unknown_fields_naming_them(api, db, editor):
    api.force_authenticate(editor)
    response = api.post("/api/articles/", {"text": SAMPLE_TEXT, "status": "published"}, format="json")
    assert response.status_code == 400 and list(response.json()["fields"]) == ["status"]
    assert not Article.objects.exists()


def test_ingest_upload_refuses_what_the_admin_refuses(api, db, editor):
    api.force_authenticate(editor)
    upload = SimpleUploadedFile("article.exe", SAMPLE_TEXT.encode(), content_type="application/octet-stream")
    response = api.post("/api/articles/", {"file": upload}, format="multipart")
    assert response.status_code == 400 and "file" in response.json()["fields"]
    assert not Article.objects.exists()


NAVIGATION_ONLY = (
    "<!doctype html><html lang='fr'><head><title>Le Journal</title></head><body><nav><ul>"
    "<li><a href='/'>Accueil</a></li><li><a href='/actu'>Actualités</a></li><li><a href='/contact'>Contact</a></li>"
    "</ul></nav></body></html>"
)


def test_ingest_of_a_page_of_navigation_only_is_refused_storing_nothing(api, db, editor):
    api.force_authenticate(editor)
    response = api.post(
        "/api/articles/", {"text": NAVIGATION_ONLY, "format": "html"}, format="json", HTTP_ACCEPT_LANGUAGE="en"
    )
    assert response.status_code == 400, response.content
    assert "No article text found" in response.json()["fields"]["text"][0]
    assert not Article.objects.exists()


def test_a_page_of_navigation_only_given_no_slug_is_refused_for_its_text_not_for_its_slug(api, db, editor):
    api.force_authenticate(editor)
    upload = SimpleUploadedFile("menu.html", NAVIGATION_ONLY.replace("<title>Le Journal</title>", "").encode())
    response = api.post("/api/articles/", {"file": upload}, format="multipart", HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 400, response.content
    assert "No article text found" in response.json()["fields"]["text"][0]
    assert not Article.objects.exists()


def test_ingest_of_an_unchanged_draft_asked_to_publish_publishes_it(api, db, editor):
    api.force_authenticate(editor)
    api.post("/api/articles/", {"text": SAMPLE_TEXT, "slug": "usine"}, format="json")
    again = api.post("/api/articles/", {"text": SAMPLE_TEXT, "slug": "usine", "publish": True}, format="json")
    assert again.status_code == 200 and Article.objects.get().status == Article.Status.PUBLISHED
