"""The production cache (saga/cache.py) with Redis down: pages are served without it, each
failure logged, while /healthz still answers 503. Redis is a closed port on this machine."""

import logging
import socket
import time

import pytest
from django.core.cache import cache
from django.test import override_settings
from django.urls import reverse
from lxml import html as lxml_html

from tests.claims.test_views import build_long_article
from tests.test_settings import load_settings

CLOSED_PORT = "redis://127.0.0.1:1/0"


@pytest.fixture
def redis_down(monkeypatch):
    """The CACHES production builds from REDIS_URL, pointed at a port nothing listens on."""
    caches = load_settings(monkeypatch, REDIS_URL=CLOSED_PORT)["CACHES"]
    with override_settings(CACHES=caches):
        yield


def test_cache_reader_pages_render_without_redis(client, editor, redis_down, caplog):
    article = build_long_article("sans-redis", 2, editor)
    with caplog.at_level(logging.WARNING, logger="saga.cache"):
        listing = client.get(reverse("claims:article-list"))
        page = client.get(article.get_absolute_url())
    assert (listing.status_code, page.status_code) == (200, 200)
    body = lxml_html.fromstring(page.content).xpath('//div[@class="article-body"]')[0].text_content()
    assert "En 2016, Microsoft a investi 1 millions de dollars." in body
    warnings = [record for record in caplog.records if record.name == "saga.cache"]
    assert warnings and all(record.levelno == logging.WARNING for record in warnings)
    assert warnings[0].getMessage() == "cache unreachable: get done without it"
    assert "ConnectionError" in warnings[0].error


def test_cache_api_answers_without_redis(api, editor, redis_down):
    # DRF keeps its throttle counters in the cache: without them a client is let through.
    build_long_article("sans-redis-api", 1, editor)
    responses = [api.get("/api/articles/"), api.get("/api/claims/")]
    assert [response.status_code for response in responses] == [200, 200]


def test_cache_without_redis_reads_as_a_miss_and_skips_writes(redis_down):
    assert cache.get("key", "default") == "default"
    assert cache.get_many(["a", "b"]) == {}
    assert cache.has_key("key") is False
    assert cache.add("key", 1) is False
    assert cache.set_many({"a": 1, "b": 2}) == ["a", "b"]
    cache.set("key", 1)
    cache.delete_many(["a"])
    assert (cache.touch("key"), cache.delete("key")) == (False, False)
    assert cache.get_or_set("key", "computed") == "computed"


def test_cache_strict_read_still_raises_for_the_health_check(client, db, redis_down):
    redis = pytest.importorskip("redis")
    with pytest.raises(redis.ConnectionError):
        cache.get_strictly("saga:healthz")
    response = client.get(reverse("healthz"))
    assert response.status_code == 503
    assert response.json()["checks"] == {"database": "ok", "cache": "unreachable", "nlp": {"fr": "ok"}}


def test_cache_gives_up_on_an_unanswering_redis_within_its_timeout(monkeypatch):
    """A Redis that accepts connections and never answers: the read waits the timeout, not 5 s."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen()
    env = {"REDIS_URL": f"redis://127.0.0.1:{server.getsockname()[1]}/0", "SAGA_REDIS_TIMEOUT_SECONDS": "0.2"}
    caches = load_settings(monkeypatch, **env)["CACHES"]
    try:
        with override_settings(CACHES=caches):
            started = time.monotonic()
            assert cache.get("key") is None
            elapsed = time.monotonic() - started
    finally:
        server.close()
    assert elapsed < 1.5, elapsed
