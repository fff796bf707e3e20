"""What the API's writes accept: input serializers that refuse unknown fields, naming them, and
an ingest's input read from what they validated. The rules behind a write (sources, lengths,
duplicates) are the services'; these check shapes."""

from collections.abc import Mapping

from django.conf import settings
from django.utils.dateparse import date_re
from django.utils.translation import gettext as _
from rest_framework import serializers

from annotations.documents import FORMATS, SUPPORTED_EXTENSIONS
from claims.forms import validate_upload_extension
from claims.models import Verdict
from claims.services import ArticleInput, validate_slug


class RefusesUnknownFields:
    """Mixed into an input serializer: refuses fields it does not accept, naming them. DRF ignores
    them, so a misspelt or unsupported field (`"status": "published"`) would silently do nothing;
    a read-only field (an id, an author) counts as unknown in a request."""

    # A form posted with a session (the browsable API) carries its CSRF token as a field.
    ALWAYS_ACCEPTED = frozenset({"csrfmiddlewaretoken"})

    def to_internal_value(self, data):
        if isinstance(data, Mapping):
            accepted = [name for name, field in self.fields.items() if not field.read_only]
            unknown = sorted(str(name) for name in data if name not in accepted and name not in self.ALWAYS_ACCEPTED)
            if unknown:
                message = _("Unknown field; accepted: %(accepted)s.") % {"accepted": ", ".join(accepted)}
                raise serializers.ValidationError({name: [message] for name in unknown})
        return super().to_internal_value(data)


class StrictInputSerializer(RefusesUnknownFields, serializers.Serializer):
    """An input serializer that refuses unknown fields."""


class CalendarDateField(serializers.DateField):
    """A date in YYYY-MM-DD. DRF answers "wrong format" for any date it cannot read; a date in the
    right format whose day does not exist ("2025-02-30") is told so."""

    def to_internal_value(self, value):
        try:
            return super().to_internal_value(value)
        except serializers.ValidationError:
            if isinstance(value, str) and date_re.match(value):  # the pattern DRF's ISO 8601 parsing reads
                raise serializers.ValidationError(
                    _("The date %(date)s does not exist.") % {"date": value}, code="invalid"
                ) from None
            raise


class StringField(serializers.CharField):
    """A CharField that takes strings only: DRF's turns a number into its digits, so `{"text": 12}`
    would be ingested as the article "12" and refused later for a reason that names another field."""

    def to_internal_value(self, data):
        if not isinstance(data, str):
            self.fail("invalid")  # DRF's "Not a valid string.", translated
        return super().to_internal_value(data)


class SourceInputSerializer(StrictInputSerializer):
    url = serializers.URLField(max_length=2000, required=False, default="", allow_blank=True)
    title = serializers.CharField(max_length=500, required=False, default="", allow_blank=True)
    publisher = serializers.CharField(max_length=200, required=False, default="", allow_blank=True)
    published_on = CalendarDateField(required=False, allow_null=True, default=None)
    excerpt = serializers.CharField(max_length=2000, required=False, default="", allow_blank=True)


class ReviewInputSerializer(StrictInputSerializer):
    """The review rules themselves (sources, rationale) are the review service's: its refusals
    come back as 400s naming the field."""

    verdict = serializers.ChoiceField(choices=Verdict.choices)
    rationale = serializers.CharField(required=False, default="", allow_blank=True, max_length=20_000)
    sources = SourceInputSerializer(many=True, required=False, default=list, max_length=50)
    expected_version = serializers.IntegerField(
        min_value=1, max_value=2**31 - 1, help_text="The claim's `version` you reviewed."
    )


class ArticleInputSerializer(StrictInputSerializer):
    """Either `text` or `file` (multipart). `format` defaults to the file's extension, else text."""

    text = StringField(required=False, trim_whitespace=False, help_text="The article, exactly as given.")
    file = serializers.FileField(
        required=False,
        validators=[validate_upload_extension],  # the admin's own check, on the list ingest reads
        help_text=f"A file in UTF-8 (multipart/form-data): {', '.join(SUPPORTED_EXTENSIONS)}.",
    )
    format = serializers.ChoiceField(choices=FORMATS, required=False, help_text="text, markdown or html.")
    slug = serializers.CharField(
        max_length=200, required=False, default="", allow_blank=True, validators=[validate_slug]
    )  # the rule ingest applies, with its message
    title = serializers.CharField(max_length=500, required=False, default="", allow_blank=True)
    language = serializers.ChoiceField(choices=sorted(settings.SAGA_LANGUAGES), required=False)
    source_url = serializers.URLField(max_length=2000, required=False, default="", allow_blank=True)
    publisher = serializers.CharField(max_length=200, required=False, default="", allow_blank=True)
    author = serializers.CharField(max_length=200, required=False, default="", allow_blank=True)
    published_on = CalendarDateField(required=False, allow_null=True, default=None)
    publish = serializers.BooleanField(required=False, default=False, help_text="Publish at once (else a draft).")

    def validate(self, data):
        if ("text" in data) == ("file" in data):
            raise serializers.ValidationError({"text": [_("Give either `text` or `file`, not both or neither.")]})
        return data


def uploaded_bytes(data) -> tuple[bytes, str, str]:
    """The article's bytes, its file name (empty for `text`), and the input that carried it."""
    if "file" in data:
        upload = data["file"]
        limit = settings.SAGA_MAX_ARTICLE_BYTES
        raw = upload.read(limit + 1)  # one byte over is enough to refuse
        return raw, upload.name or "", "file"
    return data["text"].encode("utf-8"), "", "text"


def article_input(data, document) -> ArticleInput:
    """The request's metadata wins over what the document declares about itself."""
    fields = ("slug", "title", "source_url", "publisher", "author", "published_on", "publish")
    return ArticleInput.from_document(document, **{name: data.get(name) for name in fields})
