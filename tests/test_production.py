"""Production behaviour: structured audit logs, all-or-nothing ingest under failure, and the
real server (gunicorn + whitenoise, DEBUG off) that `make serve` starts."""

import io
import json
import logging
import os
import re
import secrets
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from django.core.exceptions import PermissionDenied

from annotations.models import Entity, EntityAlias, Mention
from claims.models import Article, ArticleRevision, Block, Claim, Review, Source, Verdict
from claims.services import ArticleInput, SourceInput, ingest_article, review_claim
from claims.services.rows import insert_rows
from saga.logging import JSONFormatter, TextFormatter
from tests.conftest import SAMPLE_TEXT

ROOT = Path(__file__).resolve().parent.parent

# -- Structured logging -------------------------------------------------------------------


@pytest.fixture
def log_lines():
    """The lines the configured stderr handler writes while the test runs, in production's JSON."""
    handlers = [h for h in logging.getLogger().handlers if isinstance(h.formatter, JSONFormatter | TextFormatter)]
    assert len(handlers) == 1, "LOGGING must give the root logger one stderr handler"
    stream = io.StringIO()
    previous_stream, previous_formatter = handlers[0].setStream(stream), handlers[0].formatter
    handlers[0].setFormatter(JSONFormatter())
    lines: list[dict] = []
    yield lambda: lines or lines.extend(json.loads(line) for line in stream.getvalue().splitlines()) or lines
    handlers[0].setStream(previous_stream)
    handlers[0].setFormatter(previous_formatter)


def test_text_formatter_writes_one_readable_line_with_the_extra_fields():
    record = logging.makeLogRecord({"name": "saga.audit", "levelno": logging.INFO, "levelname": "INFO"})
    record.msg, record.event, record.claim = "claim reviewed", "review", 7
    line = TextFormatter().format(record)
    assert "\n" not in line
    assert line.endswith("INFO saga.audit: claim reviewed (event=review claim=7)")
    assert not line.startswith("{")


@pytest.mark.parametrize(("env", "expected"), [({}, "text"), ({"DEBUG": "false", "SECRET_KEY": "x"}, "json")])
def test_log_format_is_text_in_development_and_json_in_production(env, expected):
    run = subprocess.run(
        [
            sys.executable,
            "-c",
            "from django.conf import settings; print(settings.LOGGING['handlers']['stderr']['formatter'])",
        ],
        env={"PATH": os.environ["PATH"], "DJANGO_SETTINGS_MODULE": "saga.settings", **env},
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    assert run.stdout.strip() == expected


def audit_events(lines, event):
    return [line for line in lines if line.get("logger") == "saga.audit" and line.get("event") == event]


def assert_recent(timestamp: str):
    when = datetime.fromisoformat(timestamp)
    assert when.tzinfo is not None
    assert abs(datetime.now(UTC) - when) < timedelta(minutes=1)


def test_json_formatter_writes_extra_fields_and_exceptions():
    record = logging.makeLogRecord({"name": "saga.audit", "levelno": logging.ERROR, "levelname": "ERROR"})
    record.msg, record.event, record.when = "failed %s", "ingest", datetime(2024, 5, 1, tzinfo=UTC)
    record.args = ("l'article « é »",)
    try:
        raise ValueError("boom")
    except ValueError:
        record.exc_info = sys.exc_info()
    line = JSONFormatter().format(record)
    assert "\n" not in line  # one record, one line, even with a traceback
    parsed = json.loads(line)
    assert parsed["message"] == "failed l'article « é »"
    assert (parsed["level"], parsed["logger"], parsed["event"]) == ("ERROR", "saga.audit", "ingest")
    assert parsed["when"] == "2024-05-01 00:00:00+00:00"
    assert "ValueError: boom" in parsed["exception"]
    assert "args" not in parsed and "msg" not in parsed


def test_logging_review_records_who_what_when(article, editor, log_lines):
    claim = Claim.objects.filter(article=article).first()
    review_claim(
        claim=claim,
        reviewer=editor,
        verdict=Verdict.SOURCED,
        sources=[SourceInput(url="https://example.org/a")],
        expected_version=claim.version,
    )
    [line] = audit_events(log_lines(), "review")
    assert line["user"] == editor.username
    assert (line["claim"], line["verdict"]) == (claim.pk, "sourced")
    assert line["level"] == "INFO"
    assert_recent(line["time"])


def test_logging_ingest_records_who_what_when(db, editor, log_lines, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        article = ingest_article(item=ArticleInput(text=SAMPLE_TEXT, slug="usine"), user=editor).article
    [line] = audit_events(log_lines(), "ingest")
    assert line["user"] == editor.username
    assert line["article"] == article.slug
    assert line["claims"] == Claim.objects.filter(article=article).count() > 0
    assert_recent(line["time"])


def test_logging_ingest_waits_for_the_commit(db, editor, log_lines, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        ingest_article(item=ArticleInput(text=SAMPLE_TEXT, slug="usine"), user=editor)
    assert audit_events(log_lines(), "ingest") == []  # nothing logged before the commit
    assert callbacks


def test_logging_refused_review_writes_no_audit_line(article, staff, log_lines):
    claim = Claim.objects.filter(article=article).first()
    with pytest.raises(PermissionDenied):
        review_claim(claim=claim, reviewer=staff, verdict=Verdict.UNVERIFIED, expected_version=claim.version)
    assert audit_events(log_lines(), "review") == []


# -- Atomic ingest under failure ----------------------------------------------------------

STORED = (Article, ArticleRevision, Block, Claim, Mention, Entity, EntityAlias, Review, Source)


def row_counts() -> dict[str, int]:
    return {model.__name__: model.objects.count() for model in STORED}


class InjectedFailure(Exception):
    pass


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_ingest_leaves_nothing_when_claims_fail_half_way(monkeypatch):
    before = row_counts()
    written = []

    def half_then_fail(model, objs):
        objs = list(objs)
        if model is not Claim:
            return insert_rows(model, objs)
        assert len(objs) >= 2, "the sample must give several claims to fail half-way"
        insert_rows(model, objs[: len(objs) // 2])
        written.append(Claim.objects.count())
        raise InjectedFailure("claims")

    monkeypatch.setattr("claims.services.annotate.insert_rows", half_then_fail)
    with pytest.raises(InjectedFailure):
        ingest_article(item=ArticleInput(text=SAMPLE_TEXT, slug="usine", publish=True))
    assert written and written[0] > before["Claim"]  # half the claims really were written...
    assert row_counts() == before  # ...and rolled back with the article, its blocks and revision


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_ingest_leaves_nothing_when_mentions_fail_half_way(monkeypatch):
    before = row_counts()
    written = []

    def half_then_fail(model, objs):
        objs = list(objs)
        if model is not Mention:
            return insert_rows(model, objs)
        insert_rows(model, objs[: len(objs) // 2])
        written.append((Mention.objects.count(), Entity.objects.count()))
        raise InjectedFailure("mentions")

    monkeypatch.setattr("claims.services.annotate.insert_rows", half_then_fail)
    with pytest.raises(InjectedFailure):
        ingest_article(item=ArticleInput(text=SAMPLE_TEXT, slug="usine", publish=True))
    assert written and written[0][0] > before["Mention"] and written[0][1] > before["Entity"]
    assert row_counts() == before


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_ingest_failed_revision_keeps_the_article_and_its_reviews(monkeypatch, editor):
    article = ingest_article(item=ArticleInput(text=SAMPLE_TEXT, slug="usine", publish=True)).article
    claim = Claim.objects.filter(article=article).first()
    review_claim(
        claim=claim,
        reviewer=editor,
        verdict=Verdict.SOURCED,
        sources=[SourceInput(url="https://example.org/a")],
        expected_version=claim.version,
    )
    before = row_counts()

    def fail_after_writing(model, objs):
        insert_rows(model, objs)
        if model is Mention:
            raise InjectedFailure("mentions")

    monkeypatch.setattr("claims.services.annotate.insert_rows", fail_after_writing)
    changed = SAMPLE_TEXT.replace("300 emplois", "350 emplois")
    with pytest.raises(InjectedFailure):
        ingest_article(item=ArticleInput(text=changed, slug="usine", publish=True))
    article.refresh_from_db()
    assert (article.revision, article.body) == (1, SAMPLE_TEXT)
    assert row_counts() == before


# -- The real server ----------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def fetch(url: str) -> tuple[int, dict, bytes]:
    try:
        with urllib.request.urlopen(url, timeout=30) as response:  # loopback only
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read()


@pytest.fixture
def production_server(tmp_path):
    """gunicorn with DEBUG off on a fresh SQLite database, set up as `make serve` does."""
    port = free_port()
    env = {name: value for name, value in os.environ.items() if not name.startswith(("SECURE_", "DJANGO_"))}
    env.update(
        DEBUG="false",
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS="127.0.0.1",
        DATABASE_URL=f"sqlite:///{tmp_path / 'saga.sqlite3'}",
        STATIC_ROOT=str(tmp_path / "static"),
        SECURE_SSL_REDIRECT="false",  # plain HTTP on loopback; TLS is the proxy's job
        WEB_CONCURRENCY="1",
    )
    for command in (["migrate", "--noinput"], ["collectstatic", "--noinput", "--verbosity", "0"]):
        subprocess.run([sys.executable, "manage.py", *command], cwd=ROOT, env=env, check=True, timeout=300)
    gunicorn = Path(sys.executable).with_name("gunicorn")
    server = subprocess.Popen(
        [str(gunicorn), "saga.wsgi:application", "--bind", f"127.0.0.1:{port}", "--workers", "1"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=(tmp_path / "gunicorn.log").open("wb"),  # a pipe nobody reads would block the server
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            try:
                if fetch(f"{base}/healthz")[0] == 200:
                    break
            except OSError:
                time.sleep(0.3)
        else:
            pytest.fail("gunicorn did not answer /healthz in time: " + (tmp_path / "gunicorn.log").read_text()[-2000:])
        yield base
    finally:
        server.terminate()
        server.wait(timeout=30)


def test_serve_runs_gunicorn_with_static_files_and_no_debug(production_server):
    status, headers, body = fetch(f"{production_server}/admin/login/")
    assert status == 200
    assert "script-src 'self'" in headers["Content-Security-Policy"]
    stylesheet = re.search(rb'href="(/static/admin/css/base\.[0-9a-f]{12}\.css)"', body)
    assert stylesheet, "collected, hashed file names in production"
    status, headers, css = fetch(production_server + stylesheet.group(1).decode())
    assert status == 200 and b"body" in css
    assert "immutable" in headers["Cache-Control"]
    status, _headers, body = fetch(f"{production_server}/no/such/page/")
    assert status == 404
    assert b"Traceback" not in body and b"DEBUG" not in body and b"urlpatterns" not in body
