"""The cache settings (saga/settings.py, caches_from_env): local memory, or Redis from REDIS_URL."""

import pytest
from django.core.cache import cache
from django.core.exceptions import ImproperlyConfigured
from django.test import override_settings
from lxml import html as lxml_html
from rest_framework.throttling import AnonRateThrottle

from tests.claims.test_views import WARM_QUERIES, build_long_article
from tests.test_settings import load_settings


def test_settings_cache_in_local_memory_by_default(monkeypatch):
    monkeypatch.delenv("REDIS_URL", raising=False)
    cache = load_settings(monkeypatch)["CACHES"]["default"]
    assert cache["BACKEND"] == "django.core.cache.backends.locmem.LocMemCache"
    assert cache["OPTIONS"]["MAX_ENTRIES"] >= 10_000


def test_settings_cache_in_redis_from_redis_url(monkeypatch):
    monkeypatch.delenv("SAGA_REDIS_TIMEOUT_SECONDS", raising=False)
    cache = load_settings(monkeypatch, REDIS_URL="redis://cache.internal:6379/1")["CACHES"]["default"]
    assert cache == {
        "BACKEND": "saga.cache.FailSoftRedisCache",
        "LOCATION": "redis://cache.internal:6379/1",
        # redis-py's own default is 5 s, which every page would wait per cache call with Redis down.
        "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5},
    }


def test_settings_redis_timeout_from_the_environment(monkeypatch):
    env = {"REDIS_URL": "redis://cache.internal:6379/1", "SAGA_REDIS_TIMEOUT_SECONDS": "0.2"}
    options = load_settings(monkeypatch, **env)["CACHES"]["default"]["OPTIONS"]
    assert options == {"socket_connect_timeout": 0.2, "socket_timeout": 0.2}


@pytest.mark.parametrize("value", ["half a second", "0", "-1", "nan", "inf"])
def test_settings_refuse_malformed_redis_timeout_naming_it(monkeypatch, value):
    with pytest.raises(ImproperlyConfigured, match=f"SAGA_REDIS_TIMEOUT_SECONDS must be .*got '{value}'"):
        load_settings(monkeypatch, REDIS_URL="redis://cache.internal:6379/1", SAGA_REDIS_TIMEOUT_SECONDS=value)


@pytest.mark.parametrize("value", ["cache.internal:6379", "http://cache.internal", "redis://"])
def test_settings_refuse_malformed_redis_url(monkeypatch, value):
    with pytest.raises(ImproperlyConfigured, match="REDIS_URL"):
        load_settings(monkeypatch, REDIS_URL=value)


def test_settings_refuse_malformed_reader_cache_seconds(monkeypatch):
    with pytest.raises(ImproperlyConfigured, match="SAGA_READER_CACHE_SECONDS"):
        load_settings(monkeypatch, SAGA_READER_CACHE_SECONDS="a day")


REDIS = {"default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": "redis://127.0.0.1:6379/9"}}


def test_reader_page_is_cached_in_redis(client, editor, django_assert_num_queries):
    """Against the Redis of the machine (CI has one): the page's second view reads the cache."""
    redis = pytest.importorskip("redis")
    try:
        redis.Redis.from_url(REDIS["default"]["LOCATION"]).ping()
    except redis.ConnectionError:
        pytest.skip("no Redis at 127.0.0.1:6379")
    article = build_long_article("redis", 3, editor)
    with override_settings(CACHES=REDIS):
        cache.clear()
        first = client.get(article.get_absolute_url())
        with django_assert_num_queries(WARM_QUERIES):
            second = client.get(article.get_absolute_url())
        cache.clear()

    def body(response):
        return lxml_html.fromstring(response.content).xpath('//div[@class="article-body"]')[0].text_content()

    assert body(second) == body(first)


def test_api_throttle_counters_are_kept_in_the_redis_of_redis_url(api, db, monkeypatch):
    """With REDIS_URL set, every web worker counts a client's requests in the same Redis."""
    redis = pytest.importorskip("redis")
    url = "redis://127.0.0.1:6379/9"
    server = redis.Redis.from_url(url)
    try:
        server.ping()
    except redis.ConnectionError:
        pytest.skip("no Redis at 127.0.0.1:6379")
    caches = load_settings(monkeypatch, REDIS_URL=url)["CACHES"]
    monkeypatch.setattr(AnonRateThrottle, "THROTTLE_RATES", {"anon": "2/minute", "user": None})
    key = "throttle_anon_127.0.0.1"  # DRF's key for an anonymous client, by address
    with override_settings(CACHES=caches):
        cache.clear()
        statuses = [api.get("/api/articles/").status_code for _ in range(3)]
        stored = server.exists(cache.make_key(key)), len(cache.get(key)), server.ttl(cache.make_key(key))
        cache.clear()

    assert statuses == [200, 200, 429]
    assert stored[:2] == (1, 2)  # the two requests let through, in Redis itself
    assert 0 < stored[2] <= 60  # kept for the rate's window
    assert cache.get(key) is None  # not in this process's memory
