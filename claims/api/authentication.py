"""The API's session authentication: DRF's, with its CSRF refusal said in the request's language."""

import logging

from django.utils.translation import gettext
from drf_spectacular.authentication import SessionScheme
from rest_framework import authentication, exceptions

logger = logging.getLogger("django.security.csrf")


class SessionAuthentication(authentication.SessionAuthentication):
    """DRF's, whose CSRF refusal is "CSRF Failed: " and Django's reason, in English whatever the
    site's language. The 403 stays; its message is translated and its `code` says what failed,
    and Django's reason (which check, which origin) goes to the log, as Django's own CSRF
    refusals do."""

    def enforce_csrf(self, request):
        try:
            super().enforce_csrf(request)
        except exceptions.PermissionDenied as refusal:
            logger.warning("Forbidden (%s): %s", refusal.detail, request.path)
            message = gettext(
                "CSRF check failed: a write made with a session login must come from a page of this site "
                "and send back the CSRF token (the value of the csrftoken cookie, in the X-CSRFToken header). "
                "A program can use a token instead (Authorization: Token <key>)."
            )
            raise exceptions.PermissionDenied(message, code="csrf_failed") from None


class SagaSessionScheme(SessionScheme):
    """The schema's `cookieAuth`, which drf-spectacular gives DRF's own class only (not its subclasses)."""

    target_class = SessionAuthentication
