"""The production cache: Django's RedisCache, which does without Redis when Redis does not answer.

Django's RedisCache raises redis-py's errors to its caller, so with Redis down every reader page
(cached under keys of what it shows) and every API request (DRF keeps its throttle counters in the
cache) answered 500. Nothing Saga caches is needed to answer: a read that fails is a miss, a write
that fails is skipped, each logged as a warning, and the page is rendered from the database.
`/healthz` still reports the cache (`get_strictly`), so a load balancer sees the outage.
How long a call waits for Redis is redis-py's `socket_connect_timeout` and `socket_timeout`,
passed in OPTIONS (saga/environment.py: `SAGA_REDIS_TIMEOUT_SECONDS`).
"""

import logging

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.redis import RedisCache
from redis import RedisError

logger = logging.getLogger("saga.cache")


class FailSoftRedisCache(RedisCache):
    """RedisCache whose reads and writes survive an unreachable Redis. `clear()`, `incr()` and
    the other operations Saga does not call while serving keep raising."""

    def _without_redis(self, operation, fallback, *args):
        try:
            return operation(*args)
        except RedisError as error:
            logger.warning(
                "cache unreachable: %s done without it",
                operation.__name__,
                extra={"event": "cache", "error": repr(error)},
            )
            return fallback

    def get_strictly(self, key, default=None, version=None):
        """The stock read, which raises when Redis does not answer (the health check)."""
        return super().get(key, default, version)

    def get(self, key, default=None, version=None):
        return self._without_redis(super().get, default, key, default, version)

    def get_many(self, keys, version=None):
        return self._without_redis(super().get_many, {}, keys, version)

    def has_key(self, key, version=None):
        return self._without_redis(super().has_key, False, key, version)

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        self._without_redis(super().set, None, key, value, timeout, version)

    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None):
        # Django's answer is the keys not stored: all of them when Redis is away.
        return self._without_redis(super().set_many, list(data), data, timeout, version)

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._without_redis(super().add, False, key, value, timeout, version)

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        return self._without_redis(super().touch, False, key, timeout, version)

    def delete(self, key, version=None):
        return self._without_redis(super().delete, False, key, version)

    def delete_many(self, keys, version=None):
        self._without_redis(super().delete_many, None, keys, version)
