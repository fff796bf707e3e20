"""`/healthz`: 200 when the database and the cache answer and the spaCy models load, 503 otherwise."""

import pytest
from django.conf import settings
from django.db import OperationalError, connections
from django.urls import reverse

import annotations.nlp.pipeline
from saga import views


@pytest.fixture
def fresh_model_cache(monkeypatch):
    monkeypatch.setattr(views, "_loaded_models", set())


def test_healthz_reports_ok(client, db, django_assert_num_queries):
    with django_assert_num_queries(1):
        response = client.get(reverse("healthz"))
    assert response.status_code == 200
    assert response["Cache-Control"].startswith("max-age=0")
    assert response.json() == {"status": "ok", "checks": {"database": "ok", "cache": "ok", "nlp": {"fr": "ok"}}}


def test_healthz_answers_probes_by_ip_over_plain_http(client, db, settings):
    settings.SECURE_SSL_REDIRECT = True
    settings.ALLOWED_HOSTS = ["saga.example"]
    assert client.get(reverse("claims:article-list"), HTTP_HOST="10.0.0.7").status_code == 400
    response = client.get("/healthz", HTTP_HOST="10.0.0.7")
    assert response.status_code == 200


def test_healthz_unavailable_when_database_unreachable(client, db, monkeypatch):
    def refuse(*args, **kwargs):
        raise OperationalError("connection refused")

    with monkeypatch.context() as patch:
        patch.setattr(connections["default"], "cursor", refuse)
        response = client.get(reverse("healthz"))
    assert response.status_code == 503
    assert response.json()["status"] == "unavailable"
    assert response.json()["checks"]["database"] == "unreachable"


def test_healthz_unavailable_when_the_cache_does_not_answer(client, db, settings):
    # A Redis that is down fails every reader page and API request: the probe must say so.
    settings.CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": "redis://127.0.0.1:1/0"}
    }
    response = client.get(reverse("healthz"))
    assert response.status_code == 503
    assert response.json()["status"] == "unavailable"
    assert response.json()["checks"]["cache"] == "unreachable"
    assert response.json()["checks"]["database"] == "ok"


def test_healthz_unavailable_when_model_missing(client, db, settings, fresh_model_cache):
    settings.SAGA_LANGUAGES = {"fr": settings.SAGA_LANGUAGES["fr"], "xx": "xx_no_such_model_sm"}
    response = client.get(reverse("healthz"))
    assert response.status_code == 503
    assert response.json()["checks"]["nlp"] == {"fr": "ok", "xx": "not loadable"}


def test_healthz_loads_each_model_once(client, db, monkeypatch, fresh_model_cache):
    loads = []
    real_load = annotations.nlp.pipeline.load_pipeline
    monkeypatch.setattr(
        annotations.nlp.pipeline, "load_pipeline", lambda model: loads.append(model) or real_load(model)
    )
    statuses = [client.get(reverse("healthz")).status_code for _ in range(3)]
    assert statuses == [200, 200, 200]
    assert loads == [settings.SAGA_LANGUAGES["fr"]]  # the default model, or SAGA_SPACY_MODEL's


def test_healthz_retries_a_model_that_failed(client, db, monkeypatch, fresh_model_cache):
    outcomes = iter([OSError("no model"), None])

    def flaky_load(model):
        outcome = next(outcomes)
        if outcome:
            raise outcome

    monkeypatch.setattr(annotations.nlp.pipeline, "load_pipeline", flaky_load)
    assert client.get(reverse("healthz")).status_code == 503
    assert client.get(reverse("healthz")).status_code == 200


@pytest.mark.parametrize("method", ["post", "put", "delete"])
def test_healthz_refuses_writes(client, db, method):
    assert getattr(client, method)(reverse("healthz")).status_code == 405
