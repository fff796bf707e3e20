"""intake/jobs.py and intake/services.py: an ingest job runs to one outcome, once; without a broker
it runs in-process when its transaction commits."""

import pytest

from claims.models import Article
from claims.services import ArticleInput, IngestError
from intake.jobs import job_for, run_job
from intake.models import Job, JobState
from intake.services import in_background, submit_ingest
from tests.conftest import SAMPLE_TEXT


def item(**fields) -> ArticleInput:
    return ArticleInput(text=SAMPLE_TEXT, slug="usine-lyon", **fields)


def test_run_job_ingests_the_article_and_records_the_outcome(db, editor):
    job = job_for(item=item(publish=True), user=editor)

    run_job(job.pk)

    job.refresh_from_db()
    assert (job.state, job.outcome, job.attempts) == (JobState.DONE, "created", 1)
    assert job.article == Article.objects.get(slug="usine-lyon")
    assert job.article.status == Article.Status.PUBLISHED
    assert job.started_at <= job.finished_at


def test_run_job_twice_changes_nothing_the_second_time(db):
    job = job_for(item=item())
    run_job(job.pk)

    again = run_job(job.pk)

    assert again.attempts == 1 and again.state == JobState.DONE
    assert Article.objects.count() == 1


def test_a_job_interrupted_while_running_is_run_again_and_ingests_once(db):
    job = job_for(item=item())
    Job.objects.filter(pk=job.pk).update(state=JobState.RUNNING, attempts=1)  # its worker was lost

    run_job(job.pk)

    job.refresh_from_db()
    assert (job.state, job.attempts) == (JobState.DONE, 2)
    assert Article.objects.count() == 1


def test_a_job_whose_input_is_refused_fails_once_with_the_reason(db):
    job = job_for(item=ArticleInput(text=SAMPLE_TEXT, slug="Pas un slug !"))

    run_job(job.pk)

    job.refresh_from_db()
    assert job.state == JobState.FAILED
    assert "'Pas un slug !'" in job.error  # the service's message, in the interface's language
    assert job.article is None and Article.objects.count() == 0


def test_run_job_of_an_unknown_job_does_nothing(db):
    assert run_job("00000000-0000-0000-0000-000000000000") is None


def test_submit_ingest_without_a_broker_runs_the_job_when_its_transaction_commits(
    db, django_capture_on_commit_callbacks
):
    assert not in_background()
    with django_capture_on_commit_callbacks(execute=True):
        job = submit_ingest(item=item())
        assert Article.objects.count() == 0  # not before the commit

    job.refresh_from_db()
    assert job.state == JobState.DONE and job.article.slug == "usine-lyon"


def test_submit_ingest_refuses_a_bad_input_at_once_and_queues_nothing(db):
    with pytest.raises(IngestError) as refused:
        submit_ingest(item=ArticleInput(text="   ", slug="vide"))

    assert refused.value.field == "text"
    assert not Job.objects.exists()


def test_admin_add_article_with_a_broker_queues_a_job_and_opens_its_page(client, editor, settings):
    settings.CELERY_TASK_ALWAYS_EAGER = False  # a broker is configured: workers do the work
    client.force_login(editor)

    response = client.post(
        "/admin/claims/article/add/",
        {"text": SAMPLE_TEXT, "pasted_format": "auto", "title": "", "slug": "usine", "language": ""},
    )

    job = Job.objects.get()
    assert response.status_code == 302 and response.url == job.get_absolute_url()
    assert (job.state, job.slug, job.created_by) == (JobState.QUEUED, "usine", editor)
    assert not Article.objects.exists()  # nothing analysed in the request
    page = client.get(job.get_absolute_url())
    assert page.status_code == 200
    assert b'http-equiv="refresh"' in page.content  # the page follows the job until it ends
