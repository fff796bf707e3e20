"""JSON-LD: the media type of the ClaimReview and Web Annotation exports."""

from rest_framework.renderers import JSONRenderer


class JSONLDRenderer(JSONRenderer):
    media_type = "application/ld+json"
    format = "jsonld"


# The Web Annotation protocol names its context as the JSON-LD profile.
ANNOTATION_CONTENT_TYPE = 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"'
