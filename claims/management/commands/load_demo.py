"""Loads the demo: the articles of fixtures/demo.json, their curated entities and reviews.

Idempotent: a second run finds everything in place and changes nothing.
"""

import json
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.core.management.base import CommandError
from django.core.validators import URLValidator

from annotations.services import AliasClash, load_entities
from claims.services import ArticleInput, ServiceError, ingest_article, load_reviews
from saga.commands import WritingCommand

FIXTURES = Path(settings.BASE_DIR) / "fixtures"
DEMO_EDITOR = ("editor", "saga-demo-editor")
FIXTURE_REVIEWER = "saga-fixtures"


class Command(WritingCommand):
    help = "Loads the demo articles with their entities and reviews (safe to run twice)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--url", help="the server's address (http://127.0.0.1:8000): prints where each surface is, last"
        )

    def handle(self, *args, **options):
        if options["url"] is not None:  # checked before anything is loaded
            check_server_url(options["url"])
        manifest = json.loads((FIXTURES / "demo.json").read_text(encoding="utf-8"))
        for entry in manifest["articles"]:
            self.load_article(entry)
        editor = self.create_demo_editor() if settings.DEBUG else None
        # What a person needs to start comes last, after the log lines of the load.
        if options["url"]:
            self.print_welcome(options["url"].rstrip("/"), manifest["articles"][0]["slug"], editor)
        elif editor:  # no table to line up with: one line like the load's
            self.stdout.write(f"Demo editor: {editor[0]} / {editor[1]} (log in at /admin/)")

    def print_welcome(self, url: str, slug: str, editor: tuple[str, str] | None) -> None:
        self.stdout.write("")
        self.stdout.write(f"  Admin (editors):   {url}/admin/")
        self.stdout.write(f"  Reader page:       {url}/articles/{slug}/")
        self.stdout.write(f"  API:               {url}/api/")
        if editor:
            self.stdout.write(f"  Demo editor:       {editor[0]} / {editor[1]}")

    def load_article(self, entry: dict) -> None:
        entities = FIXTURES / entry.get("entities", "")
        if entry.get("entities") and entities.exists():
            try:
                loaded = load_entities(records=json.loads(entities.read_text(encoding="utf-8")))
            except AliasClash as error:
                raise CommandError(f"{entities.name}: {error}") from None
            for warning in loaded.warnings:
                self.stderr.write(f"{entities.name}: warning: {warning}")
            self.stdout.write(f"{entities.name}: {loaded.added} aliases added")
        item = ArticleInput(
            text=(FIXTURES / entry["file"]).read_text(encoding="utf-8"),
            fmt=entry.get("format", "text"),
            slug=entry["slug"],
            language=entry.get("language", "fr"),
            publish=entry.get("publish", False),
        )
        try:
            result = ingest_article(item=item)
        except ServiceError as error:
            raise CommandError(f"{entry['file']}: {error.message}") from None
        verb = "loaded" if result.created else "already loaded"
        claims = result.article.claims.filter(revision=result.article.revision).count()
        self.stdout.write(f"{entry['slug']}: {verb} ({claims} claims)")
        if entry.get("reviews"):
            self.load_reviews(result.article, FIXTURES / entry["reviews"])

    def load_reviews(self, article, path: Path) -> None:
        records = json.loads(path.read_text(encoding="utf-8"))
        try:
            written = load_reviews(article=article, records=records, reviewer=self.fixture_reviewer())
        except ServiceError as error:
            raise CommandError(f"{path.name}: {error.message}") from None
        self.stdout.write(f"{path.name}: {written} reviews added")

    def fixture_reviewer(self):
        """The author of fixture reviews: a deactivated account with no usable password, so that
        nobody can log in as it, get an API token for it or assign it claims (an account made by
        an earlier version, active and an editor, is deactivated)."""
        user, _created = get_user_model().objects.get_or_create(username=FIXTURE_REVIEWER)
        if user.is_active or user.has_usable_password():
            user.is_active = False
            user.set_unusable_password()
            user.save(update_fields=["is_active", "password"])
        user.groups.clear()
        return user

    def create_demo_editor(self) -> tuple[str, str]:
        """Only with DEBUG on: a known password must never exist on a production server."""
        username, password = DEMO_EDITOR
        user, created = get_user_model().objects.get_or_create(username=username, defaults={"is_staff": True})
        if created:
            user.set_password(password)
            user.save()
            user.groups.add(Group.objects.get(name="Editors"))
        return DEMO_EDITOR


def check_server_url(url: str) -> None:
    try:
        URLValidator(schemes=["http", "https"])(url)
    except ValidationError:
        raise CommandError(f"--url {url!r} is not a server's address: give one like http://127.0.0.1:8000") from None
