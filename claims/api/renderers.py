"""The API's renderers: JSON through orjson, JSON-LD for the ClaimReview and Web Annotation
exports, plain text for an article's text, and the browsable API within the
Content-Security-Policy."""

import orjson
from drf_orjson_renderer.renderers import ORJSONRenderer
from rest_framework import renderers
from rest_framework.renderers import BaseRenderer


class JSONRenderer(ORJSONRenderer):
    """JSON encoded by orjson: a 50-claim page of the claims list in about 25 µs instead of 290
    with the standard library's encoder behind DRF's JSONRenderer (bench/scale.py's lists at 1M).
    What Saga's views return (strings, numbers, lists, dicts) comes out in the same bytes as DRF's,
    but for U+2028 and U+2029, which JSON does not require escaped. As DRF's, a dict's numeric keys
    become strings and a value of an unknown type is an error, not a silent null. The browsable API
    asks for its indented copy through `indent` in the context, which ORJSONRenderer reads only from
    an HTML media type."""

    options = ORJSONRenderer.options | orjson.OPT_NON_STR_KEYS

    @staticmethod
    def default(obj):
        converted = ORJSONRenderer.default(obj)
        if converted is None:
            raise TypeError(f"Object of type {type(obj).__name__} is not JSON serializable")
        return converted

    def render(self, data, media_type=None, renderer_context=None):
        if data is not None and (renderer_context or {}).get("indent"):
            return orjson.dumps(data, default=self.default, option=self.options | orjson.OPT_INDENT_2)
        return super().render(data, media_type, renderer_context)


class JSONLDRenderer(JSONRenderer):
    media_type = "application/ld+json"
    format = "jsonld"


# The Web Annotation protocol names its context as the JSON-LD profile.
ANNOTATION_CONTENT_TYPE = 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"'


class BrowsableAPIRenderer(renderers.BrowsableAPIRenderer):
    """DRF's HTML view of the API, within the Content-Security-Policy.

    DRF's own template and its generated HTML forms carry style attributes and a <style> block,
    which `style-src 'self'` refuses: this renderer uses `api/browsable.html` and offers the
    raw-data form (JSON in a textarea) for requests with a body. Swagger UI (/api/docs/) is the
    place to try requests field by field.
    """

    template = "api/browsable.html"

    def get_rendered_html_form(self, data, view, method, request):
        return None


class PlainTextRenderer(BaseRenderer):
    """A text as it is, UTF-8 (the article's text endpoint)."""

    media_type = "text/plain"
    format = "txt"
    charset = "utf-8"

    def render(self, data, accepted_media_type=None, renderer_context=None):
        return data.encode(self.charset)
