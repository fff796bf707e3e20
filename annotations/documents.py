"""Reading an input document: bytes in, text + format + metadata out. Pure Python, no Django.

Every problem raises `DocumentError` with a one-line message fit for a command's stderr.
Plain text and Markdown are kept exactly as read, so offsets index the file. HTML is reduced
to its main text by trafilatura, as Markdown so headings survive; that extracted text becomes
the document text and offsets index it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import PurePath

from django.utils.formats import number_format
from django.utils.translation import gettext as _

from annotations.languages import language_warnings as _language_warnings
from annotations.languages import resolve_language as _resolve_language
from annotations.text_bytes import DocumentError, decode

DEFAULT_MAX_BYTES = 2_000_000
FORMATS = ("text", "markdown", "html")

_EXTENSIONS = {
    ".txt": "text",
    ".text": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".mdown": "markdown",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
}


def format_of_extension(name: str) -> str | None:
    """The format a file name's extension names ("page.htm": "html"), None if it names none."""
    return _EXTENSIONS.get(PurePath(name).suffix.lower())


SUPPORTED_EXTENSIONS = tuple(_EXTENSIONS)  # the one list: `ingest`, `annotate`, the admin's and the API's uploads
_EXTENSION = re.compile(r"\.[A-Za-z0-9]+")  # "page.php"; not the ".03-article" of "2025.05.03-article"


def unsupported_extension(name: str) -> str | None:
    """The extension of a file name that names a format Saga does not read (".pdf", ".docx"), else None."""
    suffix = PurePath(name).suffix
    return suffix if _EXTENSION.fullmatch(suffix) and not format_of_extension(name) else None


def name_without_extension(name: str) -> str:
    """A file's name without its extension ("creche.md": "creche"); a dot that starts none stays
    ("2025.05.03-creche", whose `stem` would be "2025.05")."""
    path = PurePath(name)
    return path.stem if _EXTENSION.fullmatch(path.suffix) else path.name


@dataclass(frozen=True)
class FrontMatter:
    fields: dict[str, str]
    end: int  # offset just past the closing `---` line (and its newline)


@dataclass(frozen=True)
class Document:
    text: str
    fmt: str  # what the analysis reads: "text" or "markdown" (HTML arrives as Markdown)
    source_format: str  # what the file was: "text", "markdown" or "html"
    language: str
    title: str | None = None
    published: date | None = None
    url: str | None = None
    author: str | None = None
    publisher: str | None = None
    metadata: dict[str, str] = field(default_factory=dict)
    warnings: tuple[str, ...] = ()  # one line each: the document is read, but something looks off


def read_document(
    data: bytes,
    *,
    name: str = "",
    fmt: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    languages: Iterable[str] = ("fr",),
    language: str | None = None,
) -> Document:
    """Decodes, checks and parses one input file.

    `fmt` (one of FORMATS) says the format; without it `name` (a file name, possibly empty)
    decides, and the content when the name does not. `languages` are the supported language codes; `language` forces one (else the
    front matter's `lang:`, the HTML `lang` attribute, then a guess from function words).
    """
    # Long for its checks in reading order and the Document's fields spelled out, not for its logic.
    supported = tuple(languages)
    if len(data) > max_bytes:
        raise DocumentError(
            _("document is %(size)s bytes, over the limit of %(limit)s bytes")
            % {
                "size": number_format(len(data), force_grouping=True),
                "limit": number_format(max_bytes, force_grouping=True),
            }
        )
    text = decode(data)
    source_format = fmt or detect_format(name, text)
    if source_format == "html":
        document = _read_html(text, supported, language)
        named = format_of_extension(name)
        if not fmt and named not in (None, "html"):  # detect_format read the page, not its name
            notice = _(
                "its name says %(format)s, but it holds an HTML page: read as HTML (give its format to read it otherwise)"
            ) % {"format": named}
            document = replace(document, warnings=(notice, *document.warnings))
        return document
    front = parse_front_matter(text) if source_format == "markdown" else None
    if source_format == "markdown" and not front and _UNCLOSED_FRONT_MATTER.match(text):
        raise DocumentError(_("front matter opened by --- on the first line is not closed by a --- line"))
    fields = front.fields if front else {}
    body = text[front.end :] if front else text
    if not body.strip():
        raise DocumentError(_("document is empty: no text to analyse"))
    resolved = _resolve_language(body, supported, language or fields.get("lang"))
    return Document(
        text=text,
        fmt=source_format,
        source_format=source_format,
        language=resolved,
        title=fields.get("title") or None,
        published=_parse_date(fields.get("date"), "front matter date"),
        url=fields.get("url") or None,
        author=fields.get("author") or None,
        publisher=fields.get("publisher") or fields.get("site_name") or None,
        metadata=fields,
        warnings=_language_warnings(body, resolved),
    )


_HTML_START = re.compile(
    r"\A\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.I | re.S
)
_MARKDOWN_SIGNS = re.compile(r"^(?:#{1,6} \S|> \S|[-*+] \S|```)", re.M)


def detect_format(name: str, text: str) -> str:
    """ "text", "markdown" or "html": from the file extension, else from the content; a page that
    starts as HTML does ("<!doctype html>", "<html>") is HTML whatever its name (a page saved as .txt)."""
    suffix = PurePath(name).suffix.lower() if name else ""
    if _HTML_START.match(text):
        return "html"
    if suffix in _EXTENSIONS:
        return _EXTENSIONS[suffix]
    if parse_front_matter(text) or _UNCLOSED_FRONT_MATTER.match(text) or _MARKDOWN_SIGNS.search(text):
        return "markdown"  # an unclosed front matter too, for read_document to refuse it
    return "text"


# The front matter fields read_document reads ("site_name" names the publisher).
FRONT_MATTER_KEYS = ("title", "date", "lang", "url", "author", "publisher", "site_name")

# A front matter's opening: "---", comment lines, then a "key: value" line or its closing "---" (not a
# Markdown rule before a paragraph); unclosed, it is refused when its first line (after blank and comment
# lines) is a field read_document reads ("title: ...") or two "key: value" lines follow it ("---" then
# "Note : ..." and a paragraph is a rule before a paragraph that opens with a label).
_OPENING = r"\A---[ \t]*\r?\n(?:#[^\r\n]*\r?\n)*"  # "---" and the comment lines after it
_KEY = r"[A-Za-z_][\w-]*[ \t]*:"
_READ_KEY = rf"(?i:{'|'.join(FRONT_MATTER_KEYS)})[ \t]*:[ \t]*\S"
_FRONT_MATTER_START = re.compile(rf"{_OPENING}(?:---|{_KEY})")
_UNCLOSED_FRONT_MATTER = re.compile(
    rf"\A---[ \t]*\r?\n(?:(?:#[^\r\n]*|[ \t]*)\r?\n)*{_READ_KEY}|{_OPENING}(?:{_KEY}[^\r\n]*\r?\n){{2}}"
)
_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)^---[ \t]*(?:\r?\n|\Z)", re.S | re.M)
_FIELD = re.compile(r"^([A-Za-z_][\w-]*)[ \t]*:[ \t]*(.*?)[ \t]*$")


def parse_front_matter(text: str) -> FrontMatter | None:
    """The `---` / `key: value` / `---` block opening a Markdown file, if there is one."""
    match = _FRONT_MATTER_START.match(text) and _FRONT_MATTER.match(text)
    if not match:
        return None
    fields = {}
    for line in match.group(1).splitlines():
        field_match = _FIELD.match(line)
        if field_match:
            fields[field_match.group(1).lower()] = _unquote(field_match.group(2))
    return FrontMatter(fields=fields, end=match.end())


def _unquote(value: str) -> str:
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        return value[1:-1]
    return value


# A day, with or without its time and zone: "2025-04-10", "2025-04-10T09:30:00+02:00", "2025-04-10 09:30:00 +0200".
_DATE_AND_TIME = re.compile(r"\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?\s?(?:Z|[+-]\d{2}:?\d{2})?)?")


def _parse_date(value: str | None, what: str) -> date | None:
    if not value:
        return None
    try:
        if not _DATE_AND_TIME.fullmatch(value.strip()):
            raise ValueError(value)
        return date.fromisoformat(value.strip()[:10])
    except ValueError:
        raise DocumentError(
            _("%(what)s %(value)r is not a date (expected YYYY-MM-DD)") % {"what": what, "value": value}
        ) from None


_FIRST_TITLE = re.compile(r"^# (.+)$", re.M)
_SUPERSCRIPT = re.compile(r"</?su[bp]>")  # "1<sup>er</sup> juin": the tags trafilatura leaves in its Markdown
# A footnote's call, which is no part of the sentence: "... du parc privé.<sup>\\[1\\]</sup>", "... en 2024.<sup>3</sup>";
# a number glued to a word stays ("m<sup>2</sup>", "1<sup>er</sup>").
_FOOTNOTE_CALL = re.compile(r"<sup>\s*(?:\\?\[\d{1,3}\\?\]|(?<=[.!?…»”)]<sup>)\d{1,3})\s*</sup>")


def _without_source_layout(text: str) -> str:
    """trafilatura's Markdown without the page source's indentation (which Markdown would read as code: real
    code comes fenced) nor the superscript tags it keeps ("1<sup>er</sup>")."""
    lines, in_code = [], False
    for line in _SUPERSCRIPT.sub("", _FOOTNOTE_CALL.sub("", text)).split("\n"):
        fence = line.lstrip().startswith("```")
        in_code = in_code != fence
        lines.append(line if in_code or fence else line.lstrip())
    return "\n".join(lines)


def _with_page_head(tree, text: str, site_name: str | None) -> tuple[str, str | None]:
    """trafilatura's text with the standfirst it left out of the article's header put back before the body
    (under the headline when the text holds it as a `# ` heading, else first), and the headline the page
    shows; `tree`: the page's elements (html_page.parse), None when lxml could not read it."""
    from annotations import (  # with trafilatura: lxml is only loaded for HTML documents
        glued_lines,
        html_page,
        html_signature,
        html_standfirst,
        html_teasers,
    )

    text = html_page.without_site_name_lines(tree, glued_lines.with_links_apart(text), site_name)
    text = html_signature.without_signature_lines(tree, text)
    element = html_page.headline(tree, text, site_name=site_name) if tree is not None else None
    if element is None:
        return text, None
    shown = html_page.shown_headline(element, tree)
    text = html_teasers.without_teasers(element, html_page.without_text_above(element, text))
    standfirst = html_standfirst.lost_standfirst(element, text)
    if standfirst:
        heading = re.search(rf"^# {re.escape(shown)}\n+", text, re.M)
        cut = heading.end() if heading else 0
        text = f"{text[:cut]}{standfirst}\n\n{text[cut:]}"
    return text, shown


_HTML_LANG = re.compile(r"<html\b[^>]*\blang\s*=\s*[\"']?([A-Za-z]{2,3})", re.I)


def _with_layout_rewritten(html: str, tree) -> str:
    """The page as trafilatura should read it: custom elements standing as blocks, layout tables, footnote calls, hidden drop caps, a box's loose
    ending, a word processor's typed bullets, a labelled promotion, a card link, an article's rest hidden by style, a comment section headed by its count, a
    forum post's signature and a converted PDF's printed lines rewritten in
    `tree` (html_custom_elements, html_layout, html_article_end, print_lines, html_pdf_lines). Every rewrite runs (the custom elements', the forum
    signature's and the pdf2htmlEX page's after a look at the source); the page is written anew if one changed it."""
    from lxml import html as lxml_html

    from annotations import html_article_end, html_custom_elements, html_layout, html_pdf_lines, print_lines

    # The rewrites of rarer pages look at the source first: most have no custom element, no signature, no pdf2htmlEX
    # page. The custom elements' first: the rules below read blocks by their names.
    changed = bool(html_custom_elements.CUSTOM_TAG.search(html)) and html_custom_elements.with_custom_blocks(tree)
    changed |= html_layout.without_layout_tables(tree)
    changed |= html_layout.without_footnote_calls(tree)
    changed |= html_layout.with_drop_caps_shown(tree)
    changed |= html_layout.with_loose_ending_apart(tree)
    changed |= html_layout.without_typed_bullets(tree)
    changed |= html_layout.without_labelled_promotions(tree)
    changed |= html_layout.with_link_cards_apart(tree)
    changed |= html_article_end.with_hidden_rest_shown(tree)
    changed |= html_article_end.without_counted_comments(tree)
    changed |= "ignature" in html and html_layout.without_post_signatures(tree)
    changed |= print_lines.with_print_lines_joined(tree)
    changed |= bool(html_pdf_lines.PAGE_MARK.search(html)) and html_pdf_lines.with_pdf_lines_joined(tree)
    return lxml_html.tostring(tree, encoding="unicode") if changed else html


def _read_html(html: str, supported: tuple[str, ...], language: str | None) -> Document:
    # Imported here: trafilatura (and lxml) load in ~0.3 s, which plain-text callers need not pay.
    import trafilatura

    from annotations import html_json_body, html_page

    tree = html_page.parse(html)
    if tree is not None:
        html = _with_layout_rewritten(html, tree)
    text = html_json_body.with_declared_body(tree, _main_text(html))  # a paywall's hidden rest, in its JSON-LD
    # trafilatura reads <title>, og:title and <h1>; <meta name="author"> and bylines; og:site_name.
    # Its date from the page's markup (meta tags, JSON-LD, <time>, the URL) and ISO dates in it, not from a year or
    # a day its prose mentions ("comme en 1998"): htmldate's extensive search off.
    metadata = trafilatura.extract_metadata(html, extensive=False)
    site_name = html_page.site_name(tree, metadata.sitename if metadata else None)
    text, shown_headline = _with_page_head(tree, text, site_name)
    heading = _FIRST_TITLE.search(text)  # the page's own headline, where og:title may say it for social media
    # a page that shows no headline: its declared title, without the site's name beside it ("Headline | Site")
    declared_title = metadata.title if metadata else None
    if declared_title:
        declared_title = html_page.title_without_site(tree, declared_title, site_name)
    lang_match = _HTML_LANG.search(html)
    resolved = _resolve_language(text, supported, language or (lang_match and lang_match.group(1).lower()))
    return Document(
        text=text,
        fmt="markdown",
        source_format="html",
        language=resolved,
        title=shown_headline or (heading.group(1).strip() if heading else declared_title),
        published=_parse_date(metadata.date if metadata else None, "HTML publication date"),
        url=metadata.url if metadata else None,
        author=_field(metadata.author if metadata else None),
        publisher=_field(site_name),
        warnings=_language_warnings(text, resolved),
    )


def _main_text(html: str) -> str:
    """trafilatura's Markdown of the page's main text, without the page source's layout."""
    import trafilatura

    text = trafilatura.extract(
        html,
        output_format="markdown",
        include_formatting=True,
        include_comments=False,
        include_images=False,
        include_links=False,
        include_tables=True,
    )
    if not text or not text.strip():
        raise DocumentError(_("no main text found in the HTML document"))
    return _without_source_layout(text)


FIELD_MAX_CHARS = 200  # Article.author and Article.publisher


def _field(value: str | None) -> str | None:
    """A metadata value fit for a 200-character field: white space collapsed, cut at a word."""
    value = " ".join((value or "").split())
    if len(value) > FIELD_MAX_CHARS:
        value = value[: FIELD_MAX_CHARS - 1].rsplit(" ", 1)[0] + "…"
    return value or None
