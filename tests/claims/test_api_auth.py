"""API authentication (token, session), token issuing, throttling and the error format."""

import pytest
from django.core.management import CommandError, call_command
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient
from rest_framework.throttling import AnonRateThrottle, UserRateThrottle

from tests.api_support import build_article


def test_issue_token_prints_a_working_token(api, editor, capsys):
    call_command("issue_token", editor.username)
    key = capsys.readouterr().out.strip()
    assert Token.objects.get(user=editor).key == key
    api.credentials(HTTP_AUTHORIZATION=f"Token {key}")
    claim = build_article().claims.first()
    body = {
        "verdict": "disputed",
        "rationale": "Faux.",
        "sources": [{"url": "https://x.example/"}],
        "expected_version": 1,
    }
    assert api.post(f"/api/claims/{claim.pk}/reviews/", body, format="json").status_code == 201


def test_issue_token_is_stable_and_rotates_on_request(editor, capsys):
    call_command("issue_token", editor.username)
    first = capsys.readouterr().out.strip()
    call_command("issue_token", editor.username)
    assert capsys.readouterr().out.strip() == first
    call_command("issue_token", editor.username, "--rotate")
    rotated = capsys.readouterr().out.strip()
    assert rotated != first and not Token.objects.filter(key=first).exists()


def test_issue_token_says_whether_the_token_is_new_or_existing(editor, capsys):
    call_command("issue_token", editor.username)
    assert capsys.readouterr().err.startswith(f"New token for {editor.username}.")
    call_command("issue_token", editor.username)
    assert capsys.readouterr().err == f"Existing token for {editor.username} (use --rotate for a new one).\n"
    call_command("issue_token", editor.username, "--rotate")
    assert capsys.readouterr().err.startswith(f"New token for {editor.username}.")


def test_issue_token_refuses_unknown_or_inactive_users(db, django_user_model):
    with pytest.raises(CommandError, match="No user"):
        call_command("issue_token", "nobody")
    django_user_model.objects.create_user("gone", is_active=False)
    with pytest.raises(CommandError, match="not active"):
        call_command("issue_token", "gone")


def test_session_login_authenticates_reads(api, staff):
    build_article("brouillon", publish=False)
    api.force_login(staff)
    assert api.get("/api/articles/brouillon/").status_code == 200


def test_invalid_token_is_401_even_on_public_reads(api, db):
    api.credentials(HTTP_AUTHORIZATION="Token 0000")
    response = api.get("/api/articles/", HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 401
    assert response.json() == {"message": "Invalid token.", "code": "authentication_failed", "fields": {}}


def test_anonymous_requests_are_throttled_with_429(api, db, monkeypatch):
    monkeypatch.setattr(AnonRateThrottle, "THROTTLE_RATES", {"anon": "3/minute", "user": None})
    statuses = [api.get("/api/articles/").status_code for _ in range(4)]
    assert statuses == [200, 200, 200, 429]
    response = api.get("/api/articles/")
    assert response.json()["code"] == "throttled" and int(response["Retry-After"]) > 0


def test_users_are_throttled_with_their_own_rate(api, staff, monkeypatch):
    monkeypatch.setattr(UserRateThrottle, "THROTTLE_RATES", {"anon": "1/minute", "user": "2/minute"})
    api.force_authenticate(staff)
    assert [api.get("/api/articles/").status_code for _ in range(3)] == [200, 200, 429]


def test_throttle_rates_come_from_the_environment(monkeypatch):
    from django.core.exceptions import ImproperlyConfigured

    from saga.settings import envrate

    monkeypatch.setenv("SAGA_API_THROTTLE_ANON", "10/hour")
    assert envrate("SAGA_API_THROTTLE_ANON", "120/minute") == "10/hour"
    monkeypatch.setenv("SAGA_API_THROTTLE_ANON", "off")
    assert envrate("SAGA_API_THROTTLE_ANON", "120/minute") is None
    monkeypatch.delenv("SAGA_API_THROTTLE_ANON")
    assert envrate("SAGA_API_THROTTLE_ANON", "120/minute") == "120/minute"
    monkeypatch.setenv("SAGA_API_THROTTLE_ANON", "lots")
    with pytest.raises(ImproperlyConfigured, match="SAGA_API_THROTTLE_ANON"):
        envrate("SAGA_API_THROTTLE_ANON", "120/minute")


def test_validation_errors_name_nested_fields(api, editor):
    claim = build_article().claims.first()
    api.force_authenticate(editor)
    body = {"verdict": "sourced", "sources": [{"url": "https://ok.example/"}, {"url": "nope"}], "expected_version": 1}
    response = api.post(f"/api/claims/{claim.pk}/reviews/", body, format="json")
    assert response.status_code == 400
    error = response.json()
    assert list(error["fields"]) == ["sources.1.url"]
    assert error["message"].startswith("sources.1.url: ")


def test_malformed_json_is_400(api, editor):
    claim = build_article().claims.first()
    api.force_authenticate(editor)
    response = api.post(f"/api/claims/{claim.pk}/reviews/", "{not json", content_type="application/json")
    assert response.status_code == 400 and response.json()["code"] == "parse_error"


def test_deeply_nested_json_is_400_not_a_crash(api, editor):
    claim = build_article().claims.first()
    # A real token: an anonymous request (force_authenticate sends no credentials) of this size
    # is refused before it is read (test_security.py).
    api.credentials(HTTP_AUTHORIZATION=f"Token {Token.objects.create(user=editor).key}")
    body = "[" * 50_000 + "]" * 50_000
    response = api.post(f"/api/claims/{claim.pk}/reviews/", body, content_type="application/json")
    assert response.status_code == 400 and response.json()["code"] == "parse_error"


def test_format_suffix_routes_do_not_exist(api, editor):
    claim = build_article().claims.first()
    api.force_authenticate(editor)
    assert api.post(f"/api/claims/{claim.pk}/reviews.json", {}, format="json").status_code == 404
    assert api.get("/api/claims.json").status_code == 404


NOT_FOUND = {"en": "Not found.", "fr": "Non trouvé."}


@pytest.mark.parametrize("language", ["en", "fr"])
@pytest.mark.parametrize(
    "url",
    ["/api/claims/999999/", "/api/articles/no-such-article/", "/api/articles/no-such-article/revisions/",
     "/api/claims/999999/matches/", "/api/jobs/00000000-0000-0000-0000-000000000000/"],
)  # fmt: skip
def test_every_api_404_says_not_found_in_the_request_language(api, staff, url, language):
    """Not Django's "No Claim matches the given query.": English, naming a model."""
    api.force_authenticate(staff)
    response = api.get(url, HTTP_ACCEPT_LANGUAGE=language)
    assert response.status_code == 404
    assert response.json() == {"message": NOT_FOUND[language], "code": "not_found", "fields": {}}


PARSE_ERRORS = {
    "truncated": ("{not json", {"en": "JSON parse error at line 1, column 2.", "fr": "Erreur de lecture du JSON à la ligne 1, colonne 2."}),
    "invalid UTF-8": (b'{"verdict": "caf\xe9"}', {"en": "JSON parse error: the body is not valid UTF-8.", "fr": "Erreur de lecture du JSON : le corps n’est pas en UTF-8 valide."}),
    "null": ("null", {"en": "No data provided.", "fr": "Aucune donnée fournie."}),
}  # fmt: skip


@pytest.mark.parametrize("language", ["en", "fr"])
@pytest.mark.parametrize("case", PARSE_ERRORS)
def test_unreadable_json_bodies_are_refused_in_the_request_language(api, editor, case, language):
    claim = build_article().claims.first()
    api.force_authenticate(editor)
    body, messages = PARSE_ERRORS[case]
    response = api.post(
        f"/api/claims/{claim.pk}/reviews/", body, content_type="application/json", HTTP_ACCEPT_LANGUAGE=language
    )
    assert response.status_code == 400
    assert response.json()["message"] == messages[language]


@pytest.mark.parametrize(
    ("language", "message"),
    [("en", "Multipart form parse error."), ("fr", "Erreur de lecture du formulaire multipart.")],
)
def test_an_unreadable_multipart_body_is_refused_in_the_request_language(api, editor, language, message):
    api.force_authenticate(editor)
    response = api.post(
        "/api/articles/", b"--x\r\nnot a part", content_type="multipart/form-data", HTTP_ACCEPT_LANGUAGE=language
    )  # no boundary
    assert response.status_code == 400
    assert response.json() == {"message": message, "code": "parse_error", "fields": {}}


CSRF_FAILED = {
    "en": "CSRF check failed: a write made with a session login must come from a page of this site and send back "
    "the CSRF token (the value of the csrftoken cookie, in the X-CSRFToken header). A program can use a token "
    "instead (Authorization: Token <key>).",
    "fr": "Échec de la vérification CSRF\u00a0: une écriture faite avec une session de connexion doit venir d’une "
    "page de ce site et renvoyer le jeton CSRF (la valeur du cookie csrftoken, dans l’en-tête X-CSRFToken). Un "
    "programme peut plutôt utiliser un jeton (Authorization: Token <clé>).",
}
REVIEW = {"verdict": "unverified", "expected_version": 1}


@pytest.fixture
def session_api(editor):
    """An editor's browser session, its CSRF cookie set by a page of the site (the admin's)."""
    client = APIClient(enforce_csrf_checks=True)
    client.force_login(editor)
    assert client.get("/admin/?all=1").status_code == 200 and client.cookies["csrftoken"].value
    return client


@pytest.mark.parametrize("language", ["en", "fr"])
def test_a_session_write_without_the_csrf_token_is_403_in_the_request_language(session_api, language, caplog):
    claim = build_article().claims.first()
    response = session_api.post(
        f"/api/claims/{claim.pk}/reviews/", REVIEW, format="json", HTTP_ACCEPT_LANGUAGE=language
    )
    assert response.status_code == 403
    assert response.json() == {"message": CSRF_FAILED[language], "code": "csrf_failed", "fields": {}}
    assert "CSRF token missing" in caplog.text  # Django's reason, for whoever reads the log
    assert claim.reviews.count() == 0


@pytest.mark.parametrize("language", ["en", "fr"])
def test_a_session_write_from_another_site_is_403_in_the_request_language(session_api, language, caplog):
    claim = build_article().claims.first()
    response = session_api.post(
        f"/api/claims/{claim.pk}/reviews/",
        REVIEW,
        format="json",
        secure=True,
        HTTP_ORIGIN="https://other.example",
        HTTP_X_CSRFTOKEN=session_api.cookies["csrftoken"].value,
        HTTP_ACCEPT_LANGUAGE=language,
    )
    assert response.status_code == 403
    assert response.json()["message"] == CSRF_FAILED[language] and response.json()["code"] == "csrf_failed"
    assert "https://other.example does not match any trusted origins" in caplog.text


def test_a_session_write_with_the_csrf_token_and_a_token_write_without_pass(session_api, editor):
    claim = build_article().claims.first()
    token = session_api.cookies["csrftoken"].value
    response = session_api.post(f"/api/claims/{claim.pk}/reviews/", REVIEW, format="json", HTTP_X_CSRFTOKEN=token)
    assert response.status_code == 201, response.content
    api = APIClient(enforce_csrf_checks=True)
    api.credentials(HTTP_AUTHORIZATION=f"Token {Token.objects.create(user=editor).key}")
    again = api.post(f"/api/claims/{claim.pk}/reviews/", {**REVIEW, "expected_version": 2}, format="json")
    assert again.status_code == 201, again.content


def test_a_session_write_the_account_may_not_make_is_still_a_permission_refusal(staff):
    claim = build_article().claims.first()
    client = APIClient(enforce_csrf_checks=True)
    client.force_login(staff)  # staff, not an editor
    client.get("/admin/?all=1")
    response = client.post(
        f"/api/claims/{claim.pk}/reviews/", REVIEW, format="json", HTTP_X_CSRFTOKEN=client.cookies["csrftoken"].value
    )
    assert response.status_code == 403 and response.json()["code"] == "permission_denied"


def test_schema_keeps_the_session_scheme(db):
    schema = APIClient().get("/api/schema/", HTTP_ACCEPT="application/vnd.oai.openapi+json").json()
    assert schema["components"]["securitySchemes"]["cookieAuth"] == {
        "type": "apiKey",
        "in": "cookie",
        "name": "sessionid",
    }
    assert {"cookieAuth": []} in schema["paths"]["/api/claims/{id}/reviews/"]["post"]["security"]
