"""What every write of an article's text starts from: the input, its validation, its analysis.

Both a first ingest (claims.services.ingest) and a new revision (claims.services.revise) take
an `ArticleInput`, refuse it before any work if it cannot be ingested, and analyse it.
"""

import hashlib
from dataclasses import dataclass
from datetime import date

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from annotations import services as annotation_services
from annotations.documents import name_without_extension
from claims.models import Article
from claims.services.errors import IngestError


@dataclass(frozen=True)
class ArticleInput:
    """An article to ingest: its text exactly as given and what is known about it."""

    text: str
    fmt: str = "text"
    slug: str = ""
    title: str = ""
    language: str = "fr"
    source_url: str = ""
    publisher: str = ""
    author: str = ""
    published_on: date | None = None
    publish: bool = False

    @classmethod
    def from_document(cls, document, **given) -> "ArticleInput":
        """An input for a read document (annotations.documents.Document).

        What the caller gives (a form field, a command option) wins over what the document
        says about itself (front matter, HTML metadata); empty values count as not given.
        """
        given = {name: value for name, value in given.items() if value not in ("", None)}
        title, url = document.title, document.url
        if url and document.source_format == "html" and not is_web_url(url):
            url = None  # a page's own metadata is not the editor's input: ignored, not refused
        title_limit = Article._meta.get_field("title").max_length
        if title and document.source_format == "html" and len(title) > title_limit:
            title = title[: title_limit - 1].rsplit(" ", 1)[0] + "…"  # the same: cut at a word, not refused
        found = {"title": title, "source_url": url, "published_on": document.published}
        found |= {"author": document.author, "publisher": document.publisher}
        found = {name: value for name, value in found.items() if value}
        return cls(text=document.text, fmt=document.fmt, language=document.language, **{**found, **given})


def body_digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def validate_article_input(item: ArticleInput) -> None:
    """Refuses what cannot be ingested, before any work is done."""
    if not item.text.strip():
        raise IngestError(_("The article text is empty."), field="text")
    if "\x00" in item.text:
        raise IngestError(_("The article text contains NUL bytes: it looks like binary data."), field="text")
    size = len(item.text.encode("utf-8"))
    if size > settings.SAGA_MAX_ARTICLE_BYTES:
        raise IngestError(
            _("The article is %(size)s bytes, over the limit of %(limit)s bytes.")
            % {"size": size, "limit": settings.SAGA_MAX_ARTICLE_BYTES},
            field="text",
        )
    if item.language not in settings.SAGA_LANGUAGES:
        raise IngestError(
            _("Unsupported language %(language)r; supported: %(supported)s.")
            % {"language": item.language, "supported": ", ".join(sorted(settings.SAGA_LANGUAGES))},
            field="language",
        )
    if item.fmt not in Article.Format.values:
        raise IngestError(_("Unknown text format %(fmt)r.") % {"fmt": item.fmt}, field="fmt")
    validate_source_url(item.source_url)
    for name in ("slug", "title", "publisher", "author"):
        limit = Article._meta.get_field(name).max_length
        if len(getattr(item, name)) > limit:
            raise IngestError(
                _("The %(field)s is %(length)s characters long, over the limit of %(limit)s.")
                % {"field": name, "length": len(getattr(item, name)), "limit": limit},
                field=name,
            )


SLUG_RULE = gettext_lazy("%(slug)r is not a valid slug: use lower-case letters, digits, hyphens and underscores.")


def validate_slug(slug: str) -> None:
    """The one rule of a slug, for the API, the admin's form and `ingest` alike, with one message:
    what slugify() makes (lower-case ASCII letters, digits, hyphens and underscores, no hyphen or
    underscore at either end). A Django ValidationError, so forms and serializers show it on the field."""
    if slugify(slug) != slug:
        raise ValidationError(SLUG_RULE, code="invalid", params={"slug": slug})


WEB_URL = URLValidator(schemes=["http", "https"])


def slug_of_file_name(name: str) -> str:
    """The slug of a document named by its file only: "Crèche.md" is "creche", "2025.05.03-crèche"
    "2025-05-03-creche" (cut to the 200 characters a slug holds, as a slug made from a title is)."""
    return slugify(name_without_extension(name).replace(".", "-"))[:200].strip("-")


def is_web_url(url: str) -> bool:
    try:
        validate_source_url(url)
    except IngestError:
        return False
    return True


def validate_source_url(url: str) -> None:
    """An article's source URL, wherever it comes from (a form, a command option, front matter,
    HTML metadata), is published in the exports: only a http(s) address of at most 2,000
    characters is accepted."""
    if not url:
        return
    limit = Article._meta.get_field("source_url").max_length
    if len(url) > limit:
        raise IngestError(
            _("The source URL is %(length)s characters long, over the limit of %(limit)s.")
            % {"length": len(url), "limit": limit},
            field="source_url",
        )
    try:
        WEB_URL(url)
    except ValidationError:
        raise IngestError(
            _("The source URL %(url)s is not a http or https address.") % {"url": repr(url[:80])},
            field="source_url",
        ) from None


def no_article_text() -> IngestError:
    return IngestError(
        _(
            "No article text found: the text holds no paragraph to analyse (only a title, navigation or other page furniture)."
        ),
        field="text",
    )


def refuse_without_article_text(item: ArticleInput) -> None:
    """Refuses a text in which the analysis would find no claim, before it is analysed; ingest_articles
    refuses it after its analysis anyway, so only a batch that must be refused whole needs this."""
    from annotations.nlp.pipeline import has_article_text  # spaCy is imported by the first text read, not at start-up

    if not has_article_text(item.text, item.fmt):
        raise no_article_text()


def headline_of(item: ArticleInput) -> str:
    """The title the analysis will find in the text, for an input given neither title nor slug."""
    from annotations.nlp.pipeline import headline  # spaCy is imported by the first text read, not at start-up

    return headline(item.text, item.fmt) or ""


def analyse_text(*, text: str, fmt: str, language: str, published: date | None):
    """Runs the NLP pipeline of `language` on one text, with the editors' current aliases."""
    from annotations.nlp.pipeline import analyse  # spaCy is imported only when text is analysed

    return analyse(
        text,
        fmt=fmt,
        language=language,
        model=settings.SAGA_LANGUAGES[language],
        published=published,
        aliases=annotation_services.alias_table(),
    )


def analyse_many(items, *, language: str, n_process: int = 1, batch_size: int | None = None):
    """Analyses the texts of `items` (all in `language`) in spaCy batches, in `n_process`
    processes, with the editors' current aliases; yields each analysis, in order, as it comes."""
    from annotations.nlp.pipeline import analyse_many as analyse_texts  # spaCy only when text is analysed

    texts = [(item.text, item.fmt, item.published_on) for item in items]
    batch = {"batch_size": batch_size} if batch_size else {}
    return analyse_texts(
        texts,
        language=language,
        model=settings.SAGA_LANGUAGES[language],
        aliases=annotation_services.alias_table(),
        n_process=n_process,
        **batch,
    )
