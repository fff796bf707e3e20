"""`manage.py ingest FILE... | -`: stores articles with their blocks, claims and mentions.

Every file is read and validated before anything is written, so one bad file in a batch
leaves the database as it was; each article is then written in its own transaction.
"""

import os
import sys
from pathlib import Path

from django.conf import settings
from django.core.management.base import CommandError, no_translations
from django.db import transaction
from tqdm import tqdm

from annotations.documents import (
    FORMATS,
    SUPPORTED_EXTENSIONS,
    Document,
    DocumentError,
    read_document,
    unsupported_extension,
)
from claims.models import Article
from claims.services import ArticleInput, IngestError, ServiceError, ingest_articles, validate_article_input
from claims.services.inputs import headline_of, refuse_without_article_text, slug_of_file_name
from intake.services import QueueUnavailableError, in_background, submit_ingest
from saga.commands import WritingCommand, published_date


class Command(WritingCommand):
    help = "Ingests articles (.txt, .md, .html, or - for standard input) into the database."

    def add_arguments(self, parser):
        parser.add_argument("files", nargs="+", help="files to ingest; - reads standard input")
        parser.add_argument("--title", default="", help="title (one file only); default: from the text")
        parser.add_argument("--slug", default="", help="slug (one file only); default: from the title")
        parser.add_argument("--lang", default="", help=f"language ({', '.join(settings.SAGA_LANGUAGES)})")
        parser.add_argument("--format", choices=FORMATS, help="read the files as this format, whatever their extension")
        parser.add_argument("--url", default="", help="source URL (one file only)")
        parser.add_argument("--published", default="", help="publication date YYYY-MM-DD")
        parser.add_argument("--publish", action="store_true", help="make the articles visible to readers")
        parser.add_argument(
            "--processes",
            type=int,
            default=cores(),
            help="processes analysing the articles (default: one per core)",
        )
        parser.add_argument(
            "--enqueue", action="store_true", help="send the articles to the workers (CELERY_BROKER_URL) and return"
        )

    @no_translations  # a command speaks English, whatever LANGUAGE_CODE: scripts read it
    def handle(self, *args, **options):
        files = options["files"]
        self.check_options(files, options)
        items = [self.read(name, options) for name in files]
        if options["enqueue"]:
            return self.enqueue(files, items)
        # The model loads before the first article is done: the bar says so rather than sit at 0.
        bar = tqdm(
            total=len(items), unit="article", disable=len(items) < 2, file=sys.stderr, desc="loading the language model"
        )

        def advance(_result):
            bar.set_description("ingesting", refresh=False)
            bar.update()

        try:
            results = ingest_articles(items=items, progress=advance, n_process=min(options["processes"], len(items)))
        except ServiceError as error:  # a single file's refusal after its analysis: named as in read()
            raise CommandError(f"{files[0]}: {error.message}" if len(files) == 1 else error.message) from None
        finally:
            bar.close()
        for name, item, result in zip(files, items, results, strict=True):
            self.stdout.write(_outcome(_label(name), item, result))

    def check_options(self, files: list[str], options) -> None:
        """Refuses what no file can fix, before any is read; more processes than cores become the cores."""
        if len(files) > 1 and (options["title"] or options["slug"] or options["url"]):
            raise CommandError("--title, --slug and --url apply to a single file")
        if options["processes"] < 1:
            raise CommandError(f"--processes must be at least 1, got {options['processes']}")
        available = cores()
        if options["processes"] > available:  # each holds a model of some 500 MB, and more than the cores gain nothing
            self.stderr.write(
                f"warning: --processes {options['processes']} is more than the {available} cores: {available} used"
            )
            options["processes"] = available
        if options["enqueue"] and not in_background():
            raise CommandError("--enqueue needs a broker: set CELERY_BROKER_URL (e.g. redis://127.0.0.1:6379/0)")
        twice = _given_twice(files)
        if twice:
            raise CommandError(f"{_label(twice)} is given twice")

    def enqueue(self, files: list[str], items: list[ArticleInput]) -> None:
        """Queues a job per file, or none: submit_ingest refuses an input it cannot ingest (a page with
        no article text too), and the refusal names the file."""
        jobs = []
        try:
            with transaction.atomic():  # the jobs are sent when it commits
                for name, item in zip(files, items, strict=True):
                    try:
                        jobs.append(submit_ingest(item=item))
                    except ServiceError as error:
                        raise CommandError(f"{_label(name)}: {error.message}") from None
        except QueueUnavailableError as error:
            raise CommandError(error.message) from None
        for job in jobs:
            self.stdout.write(f"{job.slug or job.title or 'article'}: queued as job {job.pk}")

    def read(self, name: str, options) -> ArticleInput:
        """The article of file `name` ("-": standard input) as the options describe it, checked."""
        document = self.document(name, options)
        for warning in document.warnings:
            self.stderr.write(f"{name}: warning: {warning}")  # the article is still ingested
        item = ArticleInput.from_document(
            document,
            slug=options["slug"] or ("" if name == "-" else _slug_from_name(name, document)),
            title=options["title"],
            source_url=options["url"],
            published_on=published_date(options["published"]) if options["published"] else None,
            publish=options["publish"],
        )
        try:  # here rather than in the batch's validation, which cannot say which file is wrong
            validate_article_input(item)
            # A batch is refused whole before its analysis; a single file is refused after it, at no cost, and
            # a queued one by submit_ingest.
            if len(options["files"]) > 1 and not options["enqueue"]:
                refuse_without_article_text(item)
            if not (item.slug or item.title):
                _refuse_without_headline(name, item)
        except IngestError as error:
            raise CommandError(f"{name}: {error.message}") from None
        return item

    @staticmethod
    def document(name: str, options) -> Document:
        """The document file `name` holds, read in the format its name, --format or its content says."""
        suffix = unsupported_extension(name) if name != "-" else None
        if suffix and not options["format"]:
            raise CommandError(
                f"{name}: {suffix} is not a format ingest reads: {', '.join(SUPPORTED_EXTENSIONS)} "
                f"(or say which with --format {'|'.join(FORMATS)})"
            )
        try:
            data = sys.stdin.buffer.read() if name == "-" else Path(name).read_bytes()
        except OSError as error:
            raise CommandError(f"{name}: cannot read: {error.strerror}") from None
        try:
            document = read_document(
                data,
                name="" if name == "-" else name,  # standard input: its content says its format
                fmt=options["format"],
                max_bytes=settings.SAGA_MAX_ARTICLE_BYTES,
                languages=settings.SAGA_LANGUAGES,
                language=options["lang"] or None,
            )
        except DocumentError as error:
            raise CommandError(f"{name}: {error}") from None
        return document


def cores() -> int:
    """The cores this process may run on (a container's share, not the host's count)."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def _refuse_without_headline(name: str, item: ArticleInput) -> None:
    """Given no slug, title or file name to make one from, the slug comes from the text's headline: a
    text with none is refused before its analysis, naming the options (the service knows none)."""
    if headline_of(item):
        return
    refuse_without_article_text(item)  # a page of navigation only has no headline either: say what is wrong
    raise CommandError(f"{_label(name)}: the text has no headline to make a slug from: give --slug or --title")


def _label(name: str) -> str:
    return "standard input (-)" if name == "-" else name


def _given_twice(files: list[str]) -> str | None:
    """The first name that repeats one before it: the same name, or the same file under another path
    (one lookup a file: a batch of thousands is checked at once)."""
    seen = set()
    for name in files:
        try:
            stat = None if name == "-" else os.stat(name)
        except OSError:
            stat = None  # read() says what is wrong with it
        key = (stat.st_dev, stat.st_ino) if stat else name
        if key in seen:
            return name
        seen.add(key)
    return None


def _outcome(label: str, item: ArticleInput, result) -> str:
    """The line that says what became of one file's article."""
    article = result.article
    if result.duplicate:
        hint = (
            f" (a draft: ingest it with --slug {article.slug} --publish to publish it)"
            if item.publish and article.status == Article.Status.DRAFT
            else ""
        )
        return (
            f"{item.slug or label}: the same text is already stored as {article.slug} "
            f"({article.get_absolute_url()}): not stored again{hint}"
        )
    verb = "created" if result.created else f"revised to r{article.revision}" if result.revised else "unchanged"
    verb = "unchanged, now published" if result.published else verb
    claims = article.claims.filter(revision=article.revision).count()  # earlier revisions keep theirs
    return f"{article.slug}: {verb} ({claims} claim{'' if claims == 1 else 's'}, {article.status})"


def _slug_from_name(name: str, document) -> str:
    """Without --slug, a titled document is slugged from its title, otherwise from its file name
    (cut to the 200 characters a slug holds, as a slug made from a title is)."""
    return "" if document.title else slug_of_file_name(name)
