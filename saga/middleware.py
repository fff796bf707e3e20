"""Middleware of the project as a whole."""

from django.conf import settings
from django.http import HttpResponse, JsonResponse
from django.utils.translation import gettext as _

from saga.views import healthz


def health_check_middleware(get_response):
    """Answers `/healthz` before host validation and the HTTPS redirect.

    Load balancers and orchestrators probe a worker by its IP address over plain HTTP: that
    Host is not in ALLOWED_HOSTS and the probe must not be redirected, yet it must reach the
    real checks. Every other path goes through the whole stack.
    """

    def middleware(request):
        if request.path_info == "/healthz":
            return healthz(request)
        return get_response(request)

    return middleware


def request_size_middleware(get_response):
    """Refuses a request whose declared body is too large with a 413, before anything reads it.

    Django would otherwise read a large multipart body in full (to a temporary file) before a
    form could refuse it. Anyone may send up to SAGA_MAX_ANONYMOUS_REQUEST_BYTES (a login, a
    language switch); a request with credentials (a session or an API token) up to
    SAGA_MAX_REQUEST_BYTES, which an article at SAGA_MAX_ARTICLE_BYTES fits in any encoding.
    A token is checked later, by the API: its bearer is not trusted here, only bounded.
    """

    def middleware(request):
        try:
            declared = int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            declared = 0  # Django refuses a malformed length itself when the body is read
        limit = settings.SAGA_MAX_REQUEST_BYTES
        if declared > limit:
            return too_large(request, declared, limit)
        anonymous_limit = settings.SAGA_MAX_ANONYMOUS_REQUEST_BYTES
        # The session is read (a query) only for a body that needs it.
        if (
            declared > anonymous_limit
            and "HTTP_AUTHORIZATION" not in request.META
            and not request.user.is_authenticated
        ):
            return too_large(request, declared, anonymous_limit, anonymous=True)
        return get_response(request)

    return middleware


def too_large(request, declared: int, limit: int, *, anonymous: bool = False) -> HttpResponse:
    values = {"size": declared, "limit": limit, "article": settings.SAGA_MAX_ARTICLE_BYTES}
    if anonymous:
        message = _(
            "The request body is %(size)s bytes, over the limit of %(limit)s bytes for a request without logging in."
        )
    else:
        message = _(
            "The request body is %(size)s bytes, over the limit of %(limit)s bytes for a request. "
            "(An article may be up to %(article)s bytes of text.)"
        )
    message = message % values
    if request.path_info.startswith("/api/"):
        body = {"message": message, "code": "too_large", "fields": {}}
        return JsonResponse(body, status=413)
    return HttpResponse(message, status=413, content_type="text/plain; charset=utf-8")
