"""`GET /api/jobs/<id>/` (intake/api.py): a job's state, its article once done, its error once failed;
only its author and staff see it."""

import uuid
from unittest import mock

import pytest
from kombu.exceptions import OperationalError as BrokerError
from rest_framework.test import APIClient

from claims.services import ArticleInput
from intake.jobs import job_for, run_job
from intake.models import Job
from tests.conftest import SAMPLE_TEXT


def url(job_id) -> str:
    return f"/api/jobs/{job_id}/"


@pytest.fixture
def editor_api(editor):
    client = APIClient()
    client.force_authenticate(editor)
    return client


def test_job_endpoint_shows_a_queued_job_then_its_article(editor_api, editor, django_assert_max_num_queries):
    job = job_for(item=ArticleInput(text=SAMPLE_TEXT, slug="usine-lyon"), user=editor)

    queued = editor_api.get(url(job.pk)).json()
    run_job(job.pk)
    with django_assert_max_num_queries(3):  # the session's user, the job with its article
        done = editor_api.get(url(job.pk)).json()

    assert (queued["state"], queued["article"]) == ("queued", None)
    assert done["state"] == "done" and done["outcome"] == "created"
    assert done["article"].endswith("/api/articles/usine-lyon/")


def test_job_endpoint_shows_the_error_of_a_failed_job(editor_api, editor):
    job = job_for(item=ArticleInput(text=SAMPLE_TEXT, slug="Pas un slug"), user=editor)
    run_job(job.pk)

    body = editor_api.get(url(job.pk)).json()

    assert body["state"] == "failed" and "'Pas un slug'" in body["error"]


def test_job_endpoint_hides_jobs_from_anonymous_and_from_other_users(db, editor, django_user_model):
    job = job_for(item=ArticleInput(text=SAMPLE_TEXT, slug="usine-lyon"), user=editor)
    other = APIClient()
    other.force_authenticate(django_user_model.objects.create_user("autre"))

    assert APIClient().get(url(job.pk)).status_code == 401
    assert other.get(url(job.pk)).status_code == 404
    assert other.get(url(uuid.uuid4())).status_code == 404


def test_post_article_with_a_broker_answers_202_with_the_job_and_its_location(editor_api, editor, settings):
    settings.CELERY_TASK_ALWAYS_EAGER = False  # a broker is configured: workers do the work

    response = editor_api.post("/api/articles/", {"text": SAMPLE_TEXT, "slug": "usine-lyon"}, format="json")

    assert response.status_code == 202
    body = response.json()
    assert body["state"] == "queued" and body["article"] is None
    assert response["Location"].endswith(url(body["id"]))
    assert editor_api.get(response["Location"]).json()["id"] == body["id"]


def test_post_article_with_a_broker_still_refuses_a_bad_input_at_once(editor_api, settings):
    settings.CELERY_TASK_ALWAYS_EAGER = False

    response = editor_api.post("/api/articles/", {"text": SAMPLE_TEXT, "slug": "Pas un slug"}, format="json")

    assert response.status_code == 400 and response.json()["fields"]


def test_post_article_with_a_broker_refuses_a_page_with_no_article_text_at_once(editor_api, settings):
    settings.CELERY_TASK_ALWAYS_EAGER = False
    navigation = "<html><body><nav><ul><li><a href='/'>Accueil</a></li><li><a href='/sport'>Sport</a></li></ul></nav></body></html>"

    response = editor_api.post(
        "/api/articles/", {"text": navigation, "format": "html"}, format="json", HTTP_ACCEPT_LANGUAGE="en"
    )

    assert response.status_code == 400
    assert "No article text found" in response.json()["fields"]["text"][0]
    assert not Job.objects.exists()  # no job that could only fail


def test_schema_documents_the_job_endpoint_and_the_202_of_post_articles(db):
    schema = APIClient().get("/api/schema/", HTTP_ACCEPT="application/vnd.oai.openapi+json").json()

    job = schema["paths"]["/api/jobs/{id}/"]["get"]
    assert {"200", "401", "404", "429"} <= set(job["responses"])
    assert job["responses"]["200"]["content"]["application/json"]["schema"] == {"$ref": "#/components/schemas/Job"}
    accepted = schema["paths"]["/api/articles/"]["post"]["responses"]["202"]
    assert accepted["content"]["application/json"]["schema"] == {"$ref": "#/components/schemas/Job"}
    assert accepted["headers"]["Location"]["schema"] == {"type": "string", "format": "uri"}
    unavailable = schema["paths"]["/api/articles/"]["post"]["responses"]["503"]
    assert unavailable["content"]["application/json"]["schema"] == {"$ref": "#/components/schemas/Error"}
    components = schema["components"]["schemas"]
    fields = components["Job"]["properties"]
    assert {"id", "kind", "state", "outcome", "error", "article", "attempts"} <= set(fields)
    assert all(field.get("readOnly") for field in fields.values())  # a job is read, never written
    assert components["JobStateEnum"]["enum"] == ["queued", "running", "done", "failed"]
    assert components["JobKindEnum"]["enum"] == ["ingest", "reannotate"]


@pytest.mark.django_db(transaction=True, serialized_rollback=True)  # committed, then sent, in the request
def test_post_article_with_a_broker_that_does_not_answer_is_a_503_keeping_the_job(editor_api, settings):
    settings.CELERY_TASK_ALWAYS_EAGER = False
    refused = BrokerError("Error 111 connecting to 127.0.0.1:6379. Connection refused.")

    with mock.patch("intake.tasks.ingest_job.apply_async", side_effect=refused):
        response = editor_api.post(
            "/api/articles/", {"text": SAMPLE_TEXT, "slug": "usine-lyon"}, format="json", HTTP_ACCEPT_LANGUAGE="en"
        )

    assert response.status_code == 503, response.content
    [job] = Job.objects.all()
    assert job.state == "queued"
    assert response.json()["message"].startswith("The job queue (CELERY_BROKER_URL) does not answer (Error 111")
    assert f"job {job.pk} is stored, queued" in response.json()["message"]
