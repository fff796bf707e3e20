"""One JSON shape for every API error: `{"message", "code", "fields"}`.

`fields` maps each offending input (dotted for nested ones, `sources.0.url`) to its messages,
so a client can show an error next to the field without parsing the message.
"""

from django.conf import settings
from django.core.exceptions import TooManyFieldsSent, TooManyFilesSent
from django.http import Http404
from django.utils.translation import gettext, ngettext
from rest_framework import exceptions, status
from rest_framework.response import Response
from rest_framework.settings import api_settings
from rest_framework.views import exception_handler as drf_exception_handler

from claims.services import ServiceError, StaleVersionError


def exception_handler(exc, context):
    """DRF's handler, then the body rewritten to Saga's shape (headers such as Retry-After kept)."""
    if isinstance(exc, Http404):
        # DRF would keep Django's "No Claim matches the given query.": English, naming a model.
        exc = exceptions.NotFound()
    elif isinstance(exc, (TooManyFieldsSent, TooManyFilesSent)):
        # Django refuses such a body while DRF reads it; left to Django, the 400 is an HTML page.
        exc = exceptions.ParseError(too_many_parts())
    response = drf_exception_handler(exc, context)
    if response is None:
        return None
    if isinstance(exc, exceptions.ValidationError):
        fields = flatten(translated_no_data(exc.detail))
        general = fields.pop(api_settings.NON_FIELD_ERRORS_KEY, None) or fields.pop("", None)
        message = " ".join(general) if general else summary(fields)
        body = {"message": message, "code": "invalid", "fields": fields}
    else:
        # An Http404 became NotFound above; DRF has turned Django's PermissionDenied into its own.
        detail = response.data.get("detail", "") if isinstance(response.data, dict) else ""
        body = {"message": str(detail), "code": getattr(detail, "code", None) or "error", "fields": {}}
    response.data = body
    return response


def too_many_parts() -> str:
    return gettext("The request has too many fields or files: at most %(fields)s fields and %(files)s files.") % {
        "fields": settings.DATA_UPLOAD_MAX_NUMBER_FIELDS,
        "files": settings.DATA_UPLOAD_MAX_NUMBER_FILES,
    }


def translated_no_data(detail):
    """DRF's "No data provided" (a body of `null`) is not in its catalogs: said in the request's
    language."""
    if isinstance(detail, dict):
        general = detail.get(api_settings.NON_FIELD_ERRORS_KEY)
        if general and [getattr(message, "code", None) for message in general] == ["null"]:
            return {**detail, api_settings.NON_FIELD_ERRORS_KEY: [gettext("No data provided.")]}
    return detail


def flatten(detail, prefix: str = "") -> dict[str, list[str]]:
    """{"sources": [{"url": ["bad"]}]} -> {"sources.0.url": ["bad"]}."""
    if isinstance(detail, dict):
        fields: dict[str, list[str]] = {}
        for key, value in detail.items():
            # A nested serializer's own errors (a string where a list of sources is expected) are
            # its field's, not a field named "non_field_errors" inside it.
            if prefix and key == api_settings.NON_FIELD_ERRORS_KEY:
                name = prefix
            else:
                name = f"{prefix}.{key}" if prefix else str(key)
            fields.update(flatten(value, name))
        return fields
    if isinstance(detail, list) and any(isinstance(item, (dict, list)) for item in detail):
        fields = {}
        for index, value in enumerate(detail):
            fields.update(flatten(value, f"{prefix}.{index}" if prefix else str(index)))
        return fields
    messages = detail if isinstance(detail, list) else [detail]
    return {prefix: [str(message) for message in messages]} if messages else {}


def summary(fields: dict[str, list[str]]) -> str:
    if not fields:
        return gettext("Invalid input.")
    name, messages = next(iter(fields.items()))
    more = len(fields) - 1
    first = f"{name}: {' '.join(messages)}"
    if not more:
        return first
    return ngettext("%(first)s (and %(count)s more)", "%(first)s (and %(count)s more)", more) % {
        "first": first,
        "count": more,
    }


def service_error_response(error: ServiceError, *, status_code: int = status.HTTP_400_BAD_REQUEST) -> Response:
    """A refusal of a service, named after the input it blames."""
    fields = {error.field: [error.message]} if error.field else {}
    return Response({"message": error.message, "code": "invalid", "fields": fields}, status=status_code)


def stale_version_response(error: StaleVersionError) -> Response:
    """409: the claim moved on; the client gets its current state to show the reviewer."""
    claim = error.claim
    return Response(
        {
            "message": error.message,
            "code": "stale_version",
            "fields": {"expected_version": [error.message]},
            "current": {"verdict": claim.verdict, "version": claim.version},
        },
        status=status.HTTP_409_CONFLICT,
    )
