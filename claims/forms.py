"""Forms of the review desk: adding an article, reviewing a claim, sending claims back to unverified.

They validate and shape input for the services in claims/services/; they write nothing.
"""

import dataclasses

from django import forms
from django.conf import settings
from django.utils.text import capfirst, format_lazy
from django.utils.translation import gettext_lazy as _

from annotations.documents import SUPPORTED_EXTENSIONS, DocumentError, read_document, unsupported_extension
from claims.models import Article, Verdict
from claims.services import ArticleInput, ServiceError, SourceInput, validate_slug
from claims.services.inputs import headline_of, slug_of_file_name

UPLOAD_EXTENSIONS = [extension.removeprefix(".") for extension in SUPPORTED_EXTENSIONS]  # what ingest reads
# Django's own message, in Saga's catalog: its French has a double space before the list.
UPLOAD_EXTENSION_MESSAGE = _(
    "File extension “%(extension)s” is not allowed. Allowed extensions are: %(allowed_extensions)s."
)


def validate_upload_extension(upload) -> None:
    """`ingest`'s rule for a file name (annotations.documents.unsupported_extension), in Django's
    words: an extension of a format Saga does not read (".pdf", ".exe") is refused; a name with no
    extension ("article", "2025.05.03-article") is read, its content saying its format, as `ingest`
    reads such a file (Django's FileExtensionValidator refused it as the extension “”)."""
    extension = unsupported_extension(upload.name or "")
    if extension:
        raise forms.ValidationError(
            UPLOAD_EXTENSION_MESSAGE,
            code="invalid_extension",
            params={
                "extension": extension[1:].lower(),
                "allowed_extensions": ", ".join(UPLOAD_EXTENSIONS),
                "value": upload,
            },
        )


# File names that make read_document treat pasted text as the chosen format.
PASTED_AS = {"auto": "", "text": "pasted.txt", "markdown": "pasted.md", "html": "pasted.html"}


def add_service_error(form: forms.Form, error: ServiceError, fields: dict[str, str] | None = None) -> None:
    """Shows a service's refusal on the field it names (renamed through `fields`), else on the form:
    a hidden field's errors are shown nowhere (the page said "correct the error below" above
    nothing), so a refusal naming one is the form's."""
    field = (fields or {}).get(error.field, error.field)
    shown = field in form.fields and not form.fields[field].widget.is_hidden
    form.add_error(field if shown else None, error.message)


class ArticleIngestForm(forms.Form):
    text = forms.CharField(
        label=capfirst(_("text")),
        required=False,
        strip=False,  # offsets index the text exactly as given
        widget=forms.Textarea(attrs={"rows": 16, "class": "vLargeTextField"}),
        help_text=_("Paste the article here, or upload a file below."),
    )
    pasted_format = forms.ChoiceField(
        label=capfirst(_("format of the pasted text")),
        choices=[
            ("auto", _("detect")),
            ("text", _("plain text")),
            ("markdown", _("Markdown")),
            ("html", _("HTML")),
        ],
        initial="auto",
    )
    file = forms.FileField(
        label=capfirst(_("file")),
        required=False,
        validators=[validate_upload_extension],
        help_text=format_lazy("{} {}", _("A file in UTF-8:"), ", ".join(SUPPORTED_EXTENSIONS)),
    )
    title = forms.CharField(
        label=capfirst(_("title")), max_length=500, required=False, help_text=_("Default: from the text.")
    )
    slug = forms.CharField(
        label=capfirst(_("slug")),
        max_length=200,
        required=False,
        validators=[validate_slug],  # the rule ingest applies, with its message
        help_text=_("Default: from the title."),
    )
    language = forms.ChoiceField(label=capfirst(_("language")), required=False)
    source_url = forms.URLField(label=capfirst(_("source URL")), max_length=2000, required=False, assume_scheme="https")
    publisher = forms.CharField(label=capfirst(_("publisher")), max_length=200, required=False)
    author = forms.CharField(label=capfirst(_("author")), max_length=200, required=False)
    published_on = forms.DateField(label=capfirst(_("published on")), required=False, help_text=_("YYYY-MM-DD"))
    publish = forms.BooleanField(label=capfirst(_("visible to readers")), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["language"].choices = [("", _("detect"))] + [(code, code) for code in settings.SAGA_LANGUAGES]

    def clean(self):
        data = super().clean()
        if self.has_error("file"):
            return data
        text, upload = data.get("text") or "", data.get("file")
        if text.strip() and upload:
            raise forms.ValidationError(_("Paste the text or upload a file, not both."), code="both")
        if not text.strip() and not upload:
            raise forms.ValidationError(_("Paste the text or upload a file."), code="empty")
        field = "file" if upload else "text"
        if upload and upload.size > settings.SAGA_MAX_ARTICLE_BYTES:
            # Refused before reading: an upload of any size would otherwise be read into memory.
            self.add_error(
                field, _("The file is over the limit of %(limit)s bytes.") % {"limit": settings.SAGA_MAX_ARTICLE_BYTES}
            )
            return data
        # Browsers send a textarea's line breaks as CRLF whatever was pasted: back to plain LF.
        raw = upload.read() if upload else text.replace("\r\n", "\n").encode("utf-8")
        name = upload.name if upload else PASTED_AS[data.get("pasted_format") or "auto"]
        try:
            self.document = read_document(
                raw,
                name=name,
                max_bytes=settings.SAGA_MAX_ARTICLE_BYTES,
                languages=settings.SAGA_LANGUAGES,
                language=data.get("language") or None,
            )
        except DocumentError as error:
            self.add_error(field, str(error))
        return data

    def article_input(self) -> ArticleInput:
        """The validated article; form fields win over what the document says about itself."""
        data = self.cleaned_data
        fields = ("slug", "title", "source_url", "publisher", "author", "published_on", "publish")
        item = ArticleInput.from_document(self.document, **{name: data[name] for name in fields})
        upload = data.get("file")
        if upload and not (item.slug or item.title or headline_of(item)):
            # A file with no title and no headline is slugged from its name, as `manage.py ingest` does.
            item = dataclasses.replace(item, slug=slug_of_file_name(upload.name))
        return item

    @property
    def text_field(self) -> str:
        """The field that holds the article, to show the service's refusals of the text on."""
        return "file" if self.cleaned_data.get("file") else "text"


class ArticleChangeForm(forms.ModelForm):
    """The admin's form of a stored article: a new slug follows the rule ingest applies (the
    model's SlugField alone let "Usine-Lyon" through, an address ingest and the API refuse). A slug
    stored before the rule, kept as it is, is not asked to change when another field is edited."""

    class Meta:
        model = Article
        fields = ["slug"]  # the admin passes its own list, with its overrides

    def clean_slug(self):
        slug = self.cleaned_data["slug"]
        if "slug" in self.changed_data:
            validate_slug(slug)
        return slug


class ShowsHiddenFieldErrors:
    """Mixed into a form whose template shows its fields one by one: a hidden field's errors would
    be shown nowhere (the page said "correct the error below" above nothing), so they become errors
    of the form itself, which the template shows at the top."""

    def clean(self):
        data = super().clean()
        for field in self.hidden_fields():
            for message in self.errors.pop(field.name, []):
                self.add_error(None, message)
        return data


# Whatever is wrong with the hidden version (missing, not a number, out of range), the page was
# altered: the editor can only reload it.
VERSION_ALTERED = _(
    "The claim version hidden in this form is missing or was altered: reload the page and review again."
)


class ReviewForm(ShowsHiddenFieldErrors, forms.Form):
    verdict = forms.ChoiceField(
        label=capfirst(_("verdict")),
        choices=Verdict.choices,
        widget=forms.RadioSelect(attrs={"class": "radiolist inline"}),  # the admin's own radio style
    )
    rationale = forms.CharField(
        label=capfirst(_("rationale")),
        required=False,
        widget=forms.Textarea(attrs={"rows": 5, "class": "vLargeTextField"}),
        help_text=_("Why this verdict. Required for “disputed” and to go back to “unverified”."),
    )
    # The claim version the reviewer saw: the service refuses the review if it has moved on.
    expected_version = forms.IntegerField(
        widget=forms.HiddenInput,
        min_value=1,
        max_value=2**31 - 1,
        error_messages=dict.fromkeys(["required", "invalid", "min_value", "max_value"], VERSION_ALTERED),
    )


class SourceForm(forms.Form):
    # A plain form: the service checks "a URL or a full citation" and says so in words.
    url = forms.URLField(
        label=capfirst(_("URL")),
        max_length=2000,
        required=False,
        assume_scheme="https",
        widget=forms.URLInput(attrs={"size": 30}),
    )
    title = forms.CharField(label=capfirst(_("title")), max_length=500, required=False)
    publisher = forms.CharField(label=capfirst(_("publisher")), max_length=200, required=False)
    published_on = forms.DateField(label=capfirst(_("published on")), required=False, help_text=_("YYYY-MM-DD"))
    excerpt = forms.CharField(
        label=capfirst(_("excerpt")),
        max_length=2000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 2, "cols": 30}),
    )

    def source_input(self) -> SourceInput:
        data = self.cleaned_data
        return SourceInput(
            url=data["url"],
            title=data["title"],
            publisher=data["publisher"],
            published_on=data["published_on"],
            excerpt=data["excerpt"],
        )


class BaseSourceFormSet(forms.BaseFormSet):
    def source_inputs(self) -> list[SourceInput]:
        """The sources filled in; blank rows are ignored."""
        return [form.source_input() for form in self.forms if form.has_changed()]


SourceFormSet = forms.formset_factory(SourceForm, formset=BaseSourceFormSet, extra=3, max_num=20, validate_max=True)


SELECTION_ALTERED = _("The list of claims was altered; select them again.")


class UnverifyForm(ShowsHiddenFieldErrors, forms.Form):
    rationale = forms.CharField(
        label=capfirst(_("rationale")),
        widget=forms.Textarea(attrs={"rows": 4, "class": "vLargeTextField"}),
        help_text=_("One reason, recorded on every selected claim."),
    )
    # "id:version,id:version": the versions the editor saw, so a claim reviewed meanwhile is not overwritten.
    versions = forms.CharField(widget=forms.HiddenInput, error_messages={"required": SELECTION_ALTERED})

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if isinstance(self.initial.get("versions"), dict):
            self.initial["versions"] = self.encode_versions(self.initial["versions"])

    @staticmethod
    def encode_versions(versions: dict[int, int]) -> str:
        return ",".join(f"{pk}:{version}" for pk, version in versions.items())

    def clean_versions(self) -> dict[int, int]:
        try:
            pairs = (item.split(":") for item in self.cleaned_data["versions"].split(","))
            return {int(pk): int(version) for pk, version in pairs}
        except ValueError:
            raise forms.ValidationError(SELECTION_ALTERED) from None
