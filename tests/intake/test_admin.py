"""intake/admin.py: the Feed pages answer staff (editors), their queries fixed whatever the
entries; a job's page follows it until it ends, then links the article or shows the error."""

import pytest
from django.urls import reverse
from lxml import html

from claims.services import ArticleInput
from intake.jobs import job_for, reannotation_job_for, run_job
from intake.models import Feed, FeedEntry
from tests.conftest import SAMPLE_TEXT


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
    return client


def feed_with_entries(article, count: int) -> Feed:
    feed = Feed.objects.create(url=f"https://journal-{count}.example/rss.xml", publisher="Journal")
    FeedEntry.objects.bulk_create(
        FeedEntry(feed=feed, url=f"https://journal-{count}.example/{n}.html", state="ingested", article=article)
        for n in range(count)
    )
    return feed


def test_feed_list_and_add_pages_answer_editors(editor_client, db):
    Feed.objects.create(url="https://journal.example/rss.xml", publisher="Journal")

    listing = editor_client.get(reverse("admin:intake_feed_changelist"))
    adding = editor_client.get(reverse("admin:intake_feed_add"))
    added = editor_client.post(
        reverse("admin:intake_feed_add"),
        {"url": "https://autre.example/sitemap.xml", "publisher": "Autre", "language": "fr", "poll_minutes": 15,
         "active": "on", "entries-TOTAL_FORMS": 0, "entries-INITIAL_FORMS": 0},
    )  # fmt: skip

    assert listing.status_code == adding.status_code == 200
    assert "https://journal.example/rss.xml" in listing.content.decode()
    assert added.status_code == 302
    assert Feed.objects.get(publisher="Autre").poll_minutes == 15


def test_feed_add_page_refuses_a_bad_url_with_a_form_error(editor_client, db):
    response = editor_client.post(
        reverse("admin:intake_feed_add"),
        {"url": "javascript:alert(1)", "language": "fr", "poll_minutes": 0,
         "entries-TOTAL_FORMS": 0, "entries-INITIAL_FORMS": 0},
    )  # fmt: skip

    assert response.status_code == 200 and not Feed.objects.exists()
    assert set(response.context["adminform"].form.errors) == {"url", "poll_minutes"}  # each field says why


def test_feed_add_page_refuses_an_ftp_url_and_a_language_saga_does_not_analyse(editor_client, db):
    response = editor_client.post(
        reverse("admin:intake_feed_add"),
        {"url": "ftp://journal.example/feed.xml", "language": "xx", "poll_minutes": 30,
         "entries-TOTAL_FORMS": 0, "entries-INITIAL_FORMS": 0},
    )  # fmt: skip

    assert response.status_code == 200 and not Feed.objects.exists()
    assert set(response.context["adminform"].form.errors) == {"url", "language"}


@pytest.mark.parametrize("url", ["pas une adresse", "javascript:alert(1)", "ftp://journal.example/feed.xml"])
def test_feed_add_page_says_an_invalid_url_once(editor_client, db, url):
    response = editor_client.post(
        reverse("admin:intake_feed_add"),
        {"url": url, "language": "fr", "poll_minutes": 30, "entries-TOTAL_FORMS": 0, "entries-INITIAL_FORMS": 0},
        HTTP_ACCEPT_LANGUAGE="fr",
    )

    assert response.status_code == 200 and not Feed.objects.exists()
    assert response.context["adminform"].form.errors["url"] == ["Saisissez une URL valide."]
    assert response.content.decode().count("Saisissez une URL valide.") == 1


@pytest.mark.parametrize("entries", [2, 20])
def test_feed_change_page_lists_its_entries_in_a_fixed_number_of_queries(
    editor_client, article, entries, django_assert_max_num_queries
):
    feed = feed_with_entries(article, entries)

    with django_assert_max_num_queries(12):
        response = editor_client.get(reverse("admin:intake_feed_change", args=[feed.pk]))

    assert response.status_code == 200
    page = response.content.decode()
    assert all(f"https://journal-{entries}.example/{n}.html" in page for n in range(entries))


def job_page(client, job):
    response = client.get(job.get_absolute_url(), HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 200
    return html.document_fromstring(response.content.decode())


def test_job_page_follows_the_job_then_links_the_article_once_done(editor_client, editor):
    job = job_for(item=ArticleInput(text=SAMPLE_TEXT, slug="usine-lyon"), user=editor)
    queued = job_page(editor_client, job)

    job = run_job(job.pk)
    done = job_page(editor_client, job)

    assert queued.xpath('//meta[@http-equiv="refresh"]')  # the page reloads while the job runs
    assert not done.xpath('//meta[@http-equiv="refresh"]')
    [status] = done.xpath('//p[@role="status"]')
    [link] = status.xpath(".//a")
    assert link.get("href") == f"{reverse('admin:claims_claim_changelist')}?article__id__exact={job.article.pk}"
    assert "Done." in status.text_content()


def test_job_page_shows_the_error_of_a_failed_job(editor_client, editor):
    job = run_job(job_for(item=ArticleInput(text=SAMPLE_TEXT, slug="Pas un slug"), user=editor).pk)

    page = job_page(editor_client, job)

    assert not page.xpath('//meta[@http-equiv="refresh"]')
    [status] = page.xpath('//p[@role="status"]')
    assert "Failed:" in status.text_content() and "'Pas un slug'" in status.text_content()


@pytest.mark.parametrize(
    ("language", "name", "one"),
    [("en", "Background jobs", "background job"), ("fr", "Tâches en arrière-plan", "tâche en arrière-plan")],
)
def test_job_list_is_named_for_what_it_holds_ingests_and_reannotations(editor_client, article, language, name, one):
    reannotation_job_for(article=article)
    job_for(item=ArticleInput(text=SAMPLE_TEXT, slug="usine"))
    jobs = reverse("admin:intake_job_changelist")

    section = editor_client.get(reverse("admin:app_list", args=["intake"]), HTTP_ACCEPT_LANGUAGE=language)
    listing = editor_client.get(jobs, HTTP_ACCEPT_LANGUAGE=language)

    [link] = html.document_fromstring(section.content.decode()).xpath(f'//th[@scope="row"]/a[@href="{jobs}"]')
    assert link.text_content().strip() == name
    page = html.document_fromstring(listing.content.decode())
    assert one in page.findtext(".//title")  # "Select background job to view"
    kinds = {cell.text_content().strip() for cell in page.xpath('//td[contains(@class, "field-kind")]')}
    assert len(kinds) == 2  # both kinds are listed there


@pytest.mark.parametrize("minutes", [525601, 99999999999])
def test_feed_add_page_refuses_a_poll_wait_beyond_a_year(editor_client, db, minutes):
    response = editor_client.post(
        reverse("admin:intake_feed_add"),
        {"url": "https://journal.example/rss.xml", "language": "fr", "poll_minutes": minutes,
         "entries-TOTAL_FORMS": 0, "entries-INITIAL_FORMS": 0},
    )  # fmt: skip

    assert response.status_code == 200 and not Feed.objects.exists()
    errors = response.context["adminform"].form.errors
    assert set(errors) == {"poll_minutes"}
    assert "525600" in " ".join(errors["poll_minutes"]).replace("\u202f", "").replace("\xa0", "").replace(" ", "")


def test_a_feed_polled_once_a_year_is_accepted(db):
    Feed(url="https://journal.example/rss.xml", poll_minutes=525600).full_clean()
