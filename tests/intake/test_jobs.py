"""intake/jobs.py and intake/services.py: a job (an ingest, a re-annotation) runs to one outcome,
once; without a broker it runs in-process when its transaction commits."""

from unittest import mock

import pytest
from django.utils import translation

from annotations.models import Mention
from claims.models import Article
from claims.services import ArticleInput, IngestError
from intake import tasks
from intake.jobs import job_for, reannotation_job_for, run_job
from intake.models import Job, JobKind, JobState
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


# -- Re-annotation: the admin's action as a job ------------------------------------------------

ARTICLES = "/admin/claims/article/"


def reannotate(client, article):
    return client.post(
        ARTICLES, {"action": "reannotate", "_selected_action": [article.pk]}, follow=True, HTTP_ACCEPT_LANGUAGE="en"
    )


def messages_of(response) -> list[str]:
    return [str(message) for message in response.context["messages"]]


def test_reannotate_action_without_a_broker_runs_the_job_before_answering(
    client, editor, article, django_capture_on_commit_callbacks
):
    mentions = Mention.objects.filter(article=article).count()
    Mention.objects.filter(article=article).delete()
    client.force_login(editor)

    with django_capture_on_commit_callbacks(execute=True):
        response = reannotate(client, article)

    job = Job.objects.get()
    assert (job.kind, job.state, job.outcome, job.article, job.created_by) == (
        JobKind.REANNOTATE, JobState.DONE, "reannotated", article, editor
    )  # fmt: skip
    assert Mention.objects.filter(article=article).count() == mentions
    assert messages_of(response) == ["Annotation re-run on 1 article(s)."]


def test_reannotate_action_with_a_broker_queues_one_job_per_article(
    client, editor, make_article, settings, django_capture_on_commit_callbacks
):
    settings.CELERY_TASK_ALWAYS_EAGER = False  # a broker is configured: workers do the work
    first, second = make_article(slug="un"), make_article(text=SAMPLE_TEXT + "\n\nUne phrase de plus.", slug="deux")
    Mention.objects.all().delete()
    client.force_login(editor)

    with (
        mock.patch("intake.tasks.reannotate_job.delay") as send,
        django_capture_on_commit_callbacks(execute=True),
    ):
        selected = {"action": "reannotate", "_selected_action": [first.pk, second.pk]}
        response = client.post(ARTICLES, selected, follow=True, HTTP_ACCEPT_LANGUAGE="en")

    jobs = Job.objects.filter(kind=JobKind.REANNOTATE)
    assert sorted(call.args for call in send.call_args_list) == sorted((str(job.pk),) for job in jobs)
    assert {(job.article, job.state) for job in jobs} == {(first, JobState.QUEUED), (second, JobState.QUEUED)}
    assert not Mention.objects.exists()  # nothing analysed in the request
    [message] = messages_of(response)
    assert "2 article(s) sent to be re-annotated" in message and "kind__exact=reannotate" in message

    for job in jobs:  # as a worker runs them, twice (a message delivered again)
        assert tasks.reannotate_job.apply(args=[str(job.pk)]).get() == JobState.DONE
    mentions = Mention.objects.count()
    for job in jobs:
        tasks.reannotate_job.apply(args=[str(job.pk)])
    assert mentions > 0 and Mention.objects.count() == mentions
    assert [job.attempts for job in Job.objects.all()] == [1, 1]


def test_reannotate_job_run_twice_writes_the_same_mentions(article):
    first, second = reannotation_job_for(article=article), reannotation_job_for(article=article)

    run_job(first.pk)
    after_first = sorted(Mention.objects.filter(article=article).values_list("start", "end", "label", "entity"))
    run_job(second.pk)
    run_job(second.pk)  # delivered again: it has ended

    after_second = sorted(Mention.objects.filter(article=article).values_list("start", "end", "label", "entity"))
    assert after_second == after_first
    assert [job.attempts for job in Job.objects.order_by("created_at")] == [1, 1]


def test_reannotate_job_of_a_deleted_article_fails_with_a_clear_error(article):
    job = reannotation_job_for(article=article)
    article.delete()

    with translation.override("en"):  # a worker speaks LANGUAGE_CODE
        run_job(job.pk)

    job.refresh_from_db()
    assert (job.state, job.error) == (JobState.FAILED, "The article no longer exists.")


@pytest.mark.django_db(transaction=True, serialized_rollback=True)  # the job runs as it commits
def test_reannotate_action_reports_a_job_that_failed(client, editor, article):
    client.force_login(editor)
    with mock.patch("intake.jobs.reannotate_article", side_effect=RuntimeError("boom")):
        response = reannotate(client, article)

    assert response.status_code == 200
    [message] = messages_of(response)
    assert message.startswith("The annotation failed on 1 article(s)")
    assert Job.objects.get().error == "RuntimeError: boom"
