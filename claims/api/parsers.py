"""Request parsers of the API: DRF's, with their refusals said in the request's language (DRF's
own parse errors are English, with Python's reason appended, and not in its catalogs)."""

import json

from django.utils.translation import gettext as _
from rest_framework.exceptions import ParseError
from rest_framework.parsers import JSONParser, MultiPartParser


class SafeJSONParser(JSONParser):
    """DRF's JSON parser, refusing deeply nested JSON with a 400: Python's json module raises
    RecursionError past about a thousand levels, which DRF does not catch (a 500)."""

    def parse(self, stream, media_type=None, parser_context=None):
        try:
            return super().parse(stream, media_type, parser_context)
        except RecursionError:
            raise ParseError(_("JSON parse error: nested too deeply.")) from None
        except ParseError as error:
            raise ParseError(json_error_message(error.__context__)) from None


def json_error_message(cause) -> str:
    """What went wrong in a JSON body, from the ValueError DRF caught (its `__context__`)."""
    if isinstance(cause, json.JSONDecodeError):
        return _("JSON parse error at line %(line)s, column %(column)s.") % {
            "line": cause.lineno,
            "column": cause.colno,
        }
    if isinstance(cause, UnicodeDecodeError):
        return _("JSON parse error: the body is not valid UTF-8.")
    return _("JSON parse error.")


class SafeMultiPartParser(MultiPartParser):
    """DRF's multipart parser, its refusal in the request's language."""

    def parse(self, stream, media_type=None, parser_context=None):
        try:
            return super().parse(stream, media_type, parser_context)
        except ParseError:
            raise ParseError(_("Multipart form parse error.")) from None
