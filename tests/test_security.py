"""Secure defaults: `check --deploy` is clean with DEBUG off, the TLS switches follow the
environment, and every page the reader and the admin serve satisfies the Content-Security-Policy."""

import os
import runpy
import secrets
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest
from django.contrib import admin
from django.core.exceptions import ImproperlyConfigured
from django.urls import NoReverseMatch, reverse

from tests.production_factories import make_reviewed_article

ROOT = Path(__file__).resolve().parent.parent
SETTINGS = ROOT / "saga" / "settings.py"
SECURITY_VARIABLES = (
    "DEBUG",
    "SECRET_KEY",
    "ALLOWED_HOSTS",
    "SECURE_SSL_REDIRECT",
    "SESSION_COOKIE_SECURE",
    "CSRF_COOKIE_SECURE",
    "SECURE_HSTS_SECONDS",
    "SECURE_HSTS_INCLUDE_SUBDOMAINS",
    "SECURE_HSTS_PRELOAD",
    "SECURE_PROXY_SSL_HEADER",
    "LOG_LEVEL",
)


def production_env(**overrides) -> dict[str, str]:
    env = {name: value for name, value in os.environ.items() if name not in SECURITY_VARIABLES}
    env.update(DEBUG="false", SECRET_KEY=secrets.token_urlsafe(50), ALLOWED_HOSTS="saga.example")
    env.update(overrides)
    return env


def load_settings(monkeypatch, **overrides) -> dict:
    for name in SECURITY_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    for name, value in production_env(**overrides).items():
        monkeypatch.setenv(name, value)
    return runpy.run_path(str(SETTINGS))


def run_check_deploy(**overrides) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=production_env(**overrides),
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_check_deploy_reports_nothing_with_debug_off():
    result = run_check_deploy()
    assert result.returncode == 0, result.stderr
    assert "no issues" in result.stdout


def test_check_deploy_flags_plain_http_when_tls_switches_are_turned_off():
    result = run_check_deploy(SECURE_SSL_REDIRECT="false", SESSION_COOKIE_SECURE="false")
    assert result.returncode != 0
    assert "security.W008" in result.stderr and "security.W012" in result.stderr


def test_settings_default_to_tls_only_with_debug_off(monkeypatch):
    settings = load_settings(monkeypatch)
    assert settings["SECURE_SSL_REDIRECT"] and settings["SESSION_COOKIE_SECURE"] and settings["CSRF_COOKIE_SECURE"]
    assert settings["SECURE_HSTS_SECONDS"] >= 31_536_000
    assert settings["SECURE_PROXY_SSL_HEADER"] is None  # trusting a proxy header is opt-in


def test_settings_keep_development_on_plain_http(monkeypatch):
    settings = load_settings(monkeypatch, DEBUG="true")
    assert not settings["SECURE_SSL_REDIRECT"] and not settings["SESSION_COOKIE_SECURE"]
    assert settings["SECURE_HSTS_SECONDS"] == 0


def test_settings_read_tls_switches_for_a_terminating_proxy(monkeypatch):
    settings = load_settings(
        monkeypatch, SECURE_SSL_REDIRECT="off", SECURE_HSTS_SECONDS="600", SECURE_PROXY_SSL_HEADER="X-Forwarded-Proto"
    )
    assert settings["SECURE_SSL_REDIRECT"] is False
    assert settings["SECURE_HSTS_SECONDS"] == 600
    assert settings["SECURE_PROXY_SSL_HEADER"] == ("HTTP_X_FORWARDED_PROTO", "https")


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("SECURE_HSTS_SECONDS", "a year"),
        ("SECURE_HSTS_SECONDS", "-1"),
        ("SESSION_COOKIE_SECURE", "sometimes"),
        ("SECURE_PROXY_SSL_HEADER", "X-Forwarded-Proto: https"),
        ("LOG_LEVEL", "LOUD"),
    ],
)
def test_settings_refuse_malformed_security_variable(monkeypatch, name, value):
    with pytest.raises(ImproperlyConfigured, match=name):
        load_settings(monkeypatch, **{name: value})


def test_security_headers_on_every_response(client, db):
    response = client.get(reverse("claims:article-list"))
    policy = response.headers["Content-Security-Policy"]
    assert "script-src 'self'" in policy and "frame-ancestors 'none'" in policy and "object-src 'none'" in policy
    assert "unsafe-inline" not in policy and "unsafe-eval" not in policy
    assert response.headers["X-Frame-Options"] == "DENY"
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["Referrer-Policy"] == "same-origin"
    assert response.headers["Cross-Origin-Opener-Policy"] == "same-origin"


def test_security_hsts_header_on_https_when_configured(client, db, settings):
    settings.SECURE_HSTS_SECONDS = 3600
    settings.SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    response = client.get(reverse("claims:article-list"), secure=True)
    assert response.headers["Strict-Transport-Security"].startswith("max-age=3600; includeSubDomains")


def test_security_ssl_redirect_spares_the_health_check(client, db, settings):
    settings.SECURE_SSL_REDIRECT = True
    assert client.get(reverse("claims:article-list")).status_code == 301
    assert client.get("/healthz").status_code in (200, 503)


def test_security_proxy_header_marks_request_secure_only_when_opted_in(client, db, settings):
    settings.SECURE_SSL_REDIRECT = True
    forwarded = {"HTTP_X_FORWARDED_PROTO": "https"}
    assert client.get(reverse("claims:article-list"), headers={"x-forwarded-proto": "https"}).status_code == 301
    settings.SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    assert client.get(reverse("claims:article-list"), **forwarded).status_code == 200


# -- Content-Security-Policy: what the pages contain ---------------------------------------

DATA_BLOCK_TYPES = {"application/json", "application/ld+json"}  # not executed: script-src does not apply


class PolicyAudit(HTMLParser):
    """Collects what `script-src 'self'; style-src 'self'` (and same-origin loads) would block."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.violations: list[str] = []
        self._in_inline_script = False

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        for name, value in attrs:
            if name.startswith("on"):
                self.violations.append(f"<{tag} {name}=…> inline event handler")
            elif name == "style":
                self.violations.append(f"<{tag} style=…> inline style")
            elif name in ("href", "src", "action", "formaction") and (value or "").strip().lower().startswith(
                "javascript:"
            ):
                self.violations.append(f"<{tag} {name}=javascript:…>")
        if tag == "style":
            self.violations.append("<style> element")
        if tag == "script":
            kind = (attributes.get("type") or "").lower()
            if attributes.get("src"):
                self._check_same_origin(tag, attributes["src"])
            elif kind not in DATA_BLOCK_TYPES:
                self._in_inline_script = True
        if tag == "link" and "stylesheet" in (attributes.get("rel") or "").lower():
            self._check_same_origin(tag, attributes.get("href") or "")
        if tag == "img":
            self._check_same_origin(tag, attributes.get("src") or "", allow_data=True)

    def handle_endtag(self, tag):
        if tag == "script":
            self._in_inline_script = False

    def handle_data(self, data):
        if self._in_inline_script and data.strip():
            self.violations.append(f"inline <script>: {data.strip()[:60]!r}")

    def _check_same_origin(self, tag, url, allow_data=False):
        url = url.strip().lower()
        if allow_data and url.startswith("data:"):
            return
        if url.startswith("//") or ":" in url.split("/", 1)[0]:
            self.violations.append(f"<{tag}> loads {url} from another origin")


def policy_violations(html: str) -> list[str]:
    audit = PolicyAudit()
    audit.feed(html)
    audit.close()
    return audit.violations


def test_policy_audit_finds_what_the_policy_blocks():
    page = (
        '<script>alert(1)</script><script type="application/ld+json">{}</script><p style="x" onclick="y">'
        '<a href="javascript:go()">x</a><script src="https://cdn.example/x.js"></script><script src="/s.js"></script>'
    )
    assert len(policy_violations(page)) == 5


def admin_urls(obj_by_model) -> list[str]:
    urls = [reverse("admin:index")]
    for model in admin.site._registry:
        info = model._meta.app_label, model._meta.model_name
        for name, args in (("changelist", []), ("add", [])):
            try:
                urls.append(reverse(f"admin:{info[0]}_{info[1]}_{name}", args=args))
            except NoReverseMatch:
                continue
        obj = obj_by_model.get(model)
        if obj is not None:
            for name in ("change", "history", "delete"):
                try:
                    urls.append(reverse(f"admin:{info[0]}_{info[1]}_{name}", args=[obj.pk]))
                except NoReverseMatch:
                    continue
    return urls


def test_policy_reader_pages_need_no_inline_script_or_style(client, editor):
    article = make_reviewed_article(reviewer=editor)
    for url in (reverse("claims:article-list"), article.get_absolute_url()):
        response = client.get(url)
        assert response.status_code == 200, url
        assert policy_violations(response.content.decode()) == [], url


def test_policy_admin_pages_need_no_inline_script_or_style(client, editor, django_user_model):
    article = make_reviewed_article(reviewer=editor)
    client.force_login(django_user_model.objects.create_superuser("root", password="pw-root-123"))
    objects = {model: model._default_manager.order_by("pk").first() for model in admin.site._registry}
    objects[type(article)] = article
    checked = 0
    for url in admin_urls(objects):
        response = client.get(url)
        if response.status_code != 200:
            continue  # an admin that refuses to add or delete: nothing rendered to audit
        assert policy_violations(response.content.decode()) == [], url
        checked += 1
    assert checked >= len(admin.site._registry)
    client.logout()
    login = client.get(reverse("admin:login"))
    assert login.status_code == 200 and policy_violations(login.content.decode()) == []


def test_policy_api_docs_need_no_inline_script_or_style(client, db):
    response = client.get("/api/docs/", HTTP_ACCEPT="text/html")
    assert response.status_code == 200
    assert policy_violations(response.content.decode()) == []


@pytest.mark.parametrize("url", ["/api/", "/api/articles/", "/api/claims/", "/api/verdicts/"])
def test_policy_browsable_api_needs_no_inline_script_or_style(client, editor, url):
    # DRF's own pages carry a <style> of syntax colours and inline float styles on their forms
    # (issue 17, point 20): Saga's template has neither, for readers and for an editor's forms.
    for user in (None, editor):
        if user:
            client.force_login(user)
        response = client.get(url, HTTP_ACCEPT="text/html")
        assert response.status_code == 200
        page = response.content.decode()
        assert policy_violations(page) == [], (user, url)
    assert "<form" in page  # the editor's page has forms to audit
