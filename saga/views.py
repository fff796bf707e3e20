"""Project-level views: the health check that load balancers and orchestrators poll."""

import logging
import threading

from django.conf import settings
from django.core.cache import cache
from django.db import DatabaseError, connection
from django.http import JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

logger = logging.getLogger("saga.health")

# Models that loaded once in this process. Only successes are remembered: a model stays loaded
# for the life of a worker, while a failure (a missing package) is retried on the next probe.
_loaded_models: set[str] = set()
_loading = threading.Lock()


def database_status() -> str:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError as error:
        logger.warning("health check: database unreachable", extra={"event": "health", "error": repr(error)})
        return "unreachable"
    return "ok"


def cache_status() -> str:
    """The cache answers a read. With REDIS_URL down, reader pages and API requests are served
    without it (saga/cache.py), each cache call waiting out its timeout and every worker rendering
    every page afresh, and throttles no longer count: the worker is not healthy. Production's
    cache reads softly, so the probe asks for its strict read; local memory has no other."""
    read = getattr(cache, "get_strictly", cache.get)
    try:
        read("saga:healthz")
    except Exception as error:  # each backend raises its own errors (redis.ConnectionError...); it is logged
        logger.warning("health check: cache unreachable", extra={"event": "health", "error": repr(error)})
        return "unreachable"
    return "ok"


def nlp_model_status(model: str) -> str:
    """Loads `model` the way ingest does, once per process; later probes cost nothing."""
    if model in _loaded_models:
        return "ok"
    with _loading:
        if model not in _loaded_models:
            from annotations.nlp.pipeline import load_pipeline  # the cached pipeline ingest uses, so this warms it

            try:
                load_pipeline(model)
            except Exception as error:  # any failure means "not loadable"; it is logged
                logger.warning(
                    "health check: spaCy model not loadable",
                    extra={"event": "health", "model": model, "error": repr(error)},
                )
                return "not loadable"
            _loaded_models.add(model)
    return "ok"


@never_cache
@require_safe
def healthz(request):
    """200 when the database and the cache answer and every language's spaCy model loads, 503 otherwise."""
    checks = {
        "database": database_status(),
        "cache": cache_status(),
        "nlp": {language: nlp_model_status(model) for language, model in sorted(settings.SAGA_LANGUAGES.items())},
    }
    healthy = checks["database"] == checks["cache"] == "ok" and all(status == "ok" for status in checks["nlp"].values())
    return JsonResponse(
        {"status": "ok" if healthy else "unavailable", "checks": checks}, status=200 if healthy else 503
    )
