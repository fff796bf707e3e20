"""Renderers: JSON-LD for the ClaimReview and Web Annotation exports, and the browsable API."""

from rest_framework import renderers
from rest_framework.renderers import JSONRenderer


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
