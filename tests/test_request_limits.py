"""Abuse of the HTTP surface (issue 17): oversized bodies refused before they are read, a
client-chosen X-Forwarded-For trusted only behind configured proxies, password guessing on the
admin login locked out (django-axes)."""

import pytest
from django.contrib.auth import authenticate
from django.test import RequestFactory
from rest_framework.throttling import AnonRateThrottle

from saga.clientip import client_ip
from tests.test_settings import load_settings

HUGE = str(300 * 1024 * 1024)  # a declared 300 MB: the test sends a few bytes, the header says more


@pytest.mark.parametrize("path", ["/admin/login/", "/i18n/setlang/", "/api/articles/"])
def test_anonymous_request_over_the_anonymous_limit_is_413_before_reading(client, db, path):
    response = client.post(path, {"language": "en"}, CONTENT_LENGTH="1000000", HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 413
    message = response.json()["message"] if path.startswith("/api/") else response.content.decode()
    assert "request body is 1000000 bytes" in message and "without logging in" in message
    assert client.post(path, {"language": "en"}, CONTENT_LENGTH=HUGE).status_code == 413


def test_anonymous_login_of_ordinary_size_still_works(client, staff):
    response = client.post("/admin/login/", {"username": "stan", "password": "pw-stan-123", "next": "/admin/"})
    assert response.status_code == 302 and response.url == "/admin/"


def test_logged_in_request_over_the_request_limit_is_413(client, editor, settings):
    client.force_login(editor)
    response = client.post("/admin/claims/article/add/", {"text": "x"}, CONTENT_LENGTH=HUGE, HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 413
    assert f"over the limit of {settings.SAGA_MAX_REQUEST_BYTES} bytes" in response.content.decode()


def test_request_over_the_limit_is_refused_in_the_reader_s_language(client, db):
    response = client.post("/admin/login/", {"username": "x"}, CONTENT_LENGTH="1000000", HTTP_ACCEPT_LANGUAGE="fr")
    assert response.status_code == 413
    assert response.content.decode() == (
        "Le corps de la requête fait 1000000 octets, au-delà de la limite de 65536 octets pour une requête sans connexion."
    )


def test_django_upload_limits_follow_the_article_limit(monkeypatch):
    config = load_settings(monkeypatch, SAGA_MAX_ARTICLE_BYTES="1000")
    assert config["DATA_UPLOAD_MAX_MEMORY_SIZE"] == config["SAGA_MAX_REQUEST_BYTES"] >= 6 * 1000
    assert config["FILE_UPLOAD_MAX_MEMORY_SIZE"] == 1001


def test_admin_pasted_text_over_django_s_old_limit_gets_saga_s_message(client, editor, settings):
    # 2.6 MB pasted: Django refused it with a bare "Bad Request (400)" before its limits followed Saga's.
    client.force_login(editor)
    response = client.post(
        "/admin/claims/article/add/", {"text": "é" * 1_300_000, "pasted_format": "text"}, HTTP_ACCEPT_LANGUAGE="en"
    )
    assert response.status_code == 200
    assert f"over the limit of {settings.SAGA_MAX_ARTICLE_BYTES:,} bytes" in response.content.decode()


# -- The client's address ------------------------------------------------------------------


def test_client_ip_ignores_x_forwarded_for_without_proxies(settings):
    settings.SAGA_PROXY_COUNT = 0
    request = RequestFactory().get("/", REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR="1.2.3.4")
    assert client_ip(request) == "10.0.0.1"


def test_client_ip_behind_one_proxy_takes_the_address_it_appended(settings):
    settings.SAGA_PROXY_COUNT = 1
    request = RequestFactory().get("/", REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR="6.6.6.6, 1.2.3.4")
    assert client_ip(request) == "1.2.3.4"  # 6.6.6.6 is what the client wrote itself


def test_settings_refuse_a_malformed_proxy_count(monkeypatch):
    with pytest.raises(Exception, match="SAGA_PROXY_COUNT"):
        load_settings(monkeypatch, SAGA_PROXY_COUNT="one")


def test_anonymous_throttle_is_not_reset_by_a_rotating_x_forwarded_for(api, db, monkeypatch):
    monkeypatch.setattr(AnonRateThrottle, "THROTTLE_RATES", {"anon": "3/minute", "user": None})
    statuses = [api.get("/api/articles/", HTTP_X_FORWARDED_FOR=f"203.0.113.{n}").status_code for n in range(6)]
    assert statuses == [200, 200, 200, 429, 429, 429]


# -- Password guessing on the admin login ----------------------------------------------------


def log_in(client, password, address="192.0.2.1", **extra):
    return client.post(
        "/admin/login/?next=/admin/",
        {"username": "stan", "password": password, "next": "/admin/"},
        REMOTE_ADDR=address,
        **extra,
    )


def test_admin_login_locks_an_account_and_address_out_after_repeated_failures(client, staff, settings):
    for attempt in range(settings.AXES_FAILURE_LIMIT - 1):
        assert log_in(client, f"wrong-{attempt}").status_code == 200  # the form again, with its error
    assert log_in(client, "wrong-last").status_code == 429  # the failure that reaches the limit
    locked = log_in(client, "pw-stan-123")
    assert locked.status_code == 429 and "_auth_user_id" not in client.session
    rotating = log_in(client, "pw-stan-123", HTTP_X_FORWARDED_FOR="198.51.100.7")
    assert rotating.status_code == 429  # a client-chosen header is no new address
    assert log_in(client, "pw-stan-123", address="192.0.2.99").status_code == 302  # the owner elsewhere


def test_admin_login_success_resets_the_failure_count(client, staff, settings):
    for attempt in range(settings.AXES_FAILURE_LIMIT - 1):
        log_in(client, f"wrong-{attempt}")
    assert log_in(client, "pw-stan-123").status_code == 302
    client.logout()
    for attempt in range(settings.AXES_FAILURE_LIMIT - 1):
        log_in(client, f"wrong-again-{attempt}")
    assert log_in(client, "pw-stan-123").status_code == 302


def test_settings_read_the_login_lockout_from_the_environment(monkeypatch):
    config = load_settings(monkeypatch, SAGA_LOGIN_FAILURE_LIMIT="3", SAGA_LOGIN_COOLOFF_MINUTES="60")
    assert config["AXES_FAILURE_LIMIT"] == 3 and config["AXES_COOLOFF_TIME"].total_seconds() == 3600
    with pytest.raises(Exception, match="SAGA_LOGIN_FAILURE_LIMIT"):
        load_settings(monkeypatch, SAGA_LOGIN_FAILURE_LIMIT="0")


def test_authenticate_without_a_request_still_checks_the_password(staff):
    # Scripts and management commands authenticate without a request: no address to lock out.
    assert authenticate(username="stan", password="pw-stan-123") == staff
    assert authenticate(username="stan", password="wrong") is None


# -- The API's error bodies -----------------------------------------------------------------


def error_shape(response) -> dict[str, type]:
    body = response.json()
    return {key: type(value) for key, value in body.items()}


@pytest.mark.parametrize("language", ["en", "fr"])
def test_api_413_of_a_request_too_large_has_the_shape_of_the_api_s_other_errors(client, editor, language):
    client.force_login(editor)
    too_large = client.post("/api/articles/", {"text": "x"}, CONTENT_LENGTH=HUGE, HTTP_ACCEPT_LANGUAGE=language)
    not_found = client.get("/api/articles/nulle-part/", HTTP_ACCEPT_LANGUAGE=language)
    assert (too_large.status_code, not_found.status_code) == (413, 404)
    assert error_shape(too_large) == error_shape(not_found) == {"message": str, "code": str, "fields": dict}
    assert too_large.json()["code"] == "too_large" and too_large["Content-Type"] == "application/json"


def test_api_request_with_too_many_fields_is_a_json_400_saying_so(client, editor, settings):
    client.force_login(editor)
    fields = {f"champ{number}": "x" for number in range(settings.DATA_UPLOAD_MAX_NUMBER_FIELDS + 1)}
    for body in (fields, "&".join(f"{name}=x" for name in fields)):
        kind = {} if isinstance(body, dict) else {"content_type": "application/x-www-form-urlencoded"}
        response = client.post("/api/articles/", body, HTTP_ACCEPT_LANGUAGE="en", **kind)
        assert response.status_code == 400 and response["Content-Type"] == "application/json"
        assert error_shape(response) == {"message": str, "code": str, "fields": dict}
        assert f"at most {settings.DATA_UPLOAD_MAX_NUMBER_FIELDS} fields" in response.json()["message"]
    french = client.post("/api/articles/", fields, HTTP_ACCEPT_LANGUAGE="fr")
    assert f"au plus {settings.DATA_UPLOAD_MAX_NUMBER_FIELDS} champs" in french.json()["message"]
