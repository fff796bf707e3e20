"""OpenAPI generation: every operation documents the errors it can answer with.

The common ones are added here, from what the operation is (a write, a detail, a list with
query parameters), so no endpoint can forget them; endpoint-specific codes (409, 413) are
declared on the view with `extend_schema`.
"""

from drf_spectacular.openapi import AutoSchema
from drf_spectacular.utils import OpenApiResponse
from rest_framework import serializers


class FieldErrorsField(serializers.DictField):
    """Input name -> its messages."""

    def __init__(self, **kwargs):
        super().__init__(child=serializers.ListField(child=serializers.CharField()), **kwargs)


class ErrorSerializer(serializers.Serializer):
    message = serializers.CharField(help_text="What went wrong, fit to show a user.")
    code = serializers.CharField(help_text="A stable code: invalid, not_found, not_authenticated, throttled...")
    fields = FieldErrorsField(help_text="For validation errors: each offending input and its messages.")


class CurrentVerdictSerializer(serializers.Serializer):
    verdict = serializers.CharField()
    version = serializers.IntegerField()


class ConflictSerializer(ErrorSerializer):
    current = CurrentVerdictSerializer(help_text="The claim's state now: review again from this version.")


ERROR_DESCRIPTIONS = {
    400: "Invalid input: `fields` names each offending parameter or body field.",
    401: "Missing or invalid credentials (`Authorization: Token <key>` or a session).",
    403: "Authenticated, but not allowed to do this.",
    404: "No such object, or not visible to you (drafts are for staff).",
    409: "The claim was reviewed since `expected_version`: `current` gives its verdict and version.",
    413: "The article is over the size limit (SAGA_MAX_ARTICLE_BYTES).",
    429: "Too many requests: retry after the `Retry-After` header's seconds.",
    503: "The job queue (CELERY_BROKER_URL) does not answer: the job is stored, queued, until `requeue_jobs`.",
}


def error_response(code: int) -> OpenApiResponse:
    serializer = ConflictSerializer if code == 409 else ErrorSerializer
    return OpenApiResponse(serializer, description=ERROR_DESCRIPTIONS[code])


class SagaAutoSchema(AutoSchema):
    def _get_response_bodies(self, direction="response"):
        responses = super()._get_response_bodies(direction)
        for code in self.common_error_codes():
            responses.setdefault(str(code), self._get_response_for_code(error_response(code), str(code)))
        return dict(sorted(responses.items()))

    def common_error_codes(self) -> list[int]:
        # A bad token is refused on every operation, public reads included.
        codes = [401, 429]
        if self.method not in ("GET", "HEAD", "OPTIONS"):
            codes += [400, 403]
        if "{" in self.path:
            codes.append(404)
        if self._is_list_view() and self.method == "GET":
            codes += [400, 404]  # bad filter values; a page past the end
        return codes


def refuse_unknown_request_fields(result, generator, request, public):
    """Post-processing hook: request bodies admit no other properties, as the input serializers
    refuse unknown fields (claims.api.inputs.StrictInputSerializer)."""
    for name, component in result.get("components", {}).get("schemas", {}).items():
        if name.endswith("Request") and component.get("type") == "object":
            component["additionalProperties"] = False
    return result
