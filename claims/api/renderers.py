"""Renderers beside JSON: JSON-LD for the ClaimReview and Web Annotation exports, plain text for
an article's text."""

from rest_framework.renderers import BaseRenderer, JSONRenderer


class JSONLDRenderer(JSONRenderer):
    media_type = "application/ld+json"
    format = "jsonld"


# The Web Annotation protocol names its context as the JSON-LD profile.
ANNOTATION_CONTENT_TYPE = 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"'


class PlainTextRenderer(BaseRenderer):
    """A text as it is, UTF-8 (the article's text endpoint)."""

    media_type = "text/plain"
    format = "txt"
    charset = "utf-8"

    def render(self, data, accepted_media_type=None, renderer_context=None):
        return data.encode(self.charset)
