"""Backup and restore with `dumpdata` / `loaddata` (README "Backup and restore"): everything comes
back, row for row, into an empty database, verdict histories included."""

import gzip
import json

import pytest
from django.apps import apps
from django.contrib.admin.models import CHANGE, LogEntry
from django.contrib.auth.models import Permission
from django.contrib.contenttypes.models import ContentType
from django.contrib.sessions.models import Session
from django.core.management import call_command
from rest_framework.authtoken.models import Token

from annotations.models import Entity, EntityAlias
from claims.models import Article, Claim, FormerSlug, Review, Verdict
from claims.services import ArticleInput, SourceInput, ingest_article, review_claim
from tests.production_factories import make_reviewed_article

# The exact command README documents: content types and permissions are rebuilt by `migrate`
# (and referred to by natural keys), sessions are not worth keeping.
BACKUP_OPTIONS = [
    "--natural-foreign",
    "--exclude=contenttypes",
    "--exclude=auth.permission",
    "--exclude=sessions",
]
REBUILT_BY_MIGRATE = (ContentType, Permission, Session)


def related_key(obj):
    return obj.natural_key() if obj.__class__ in REBUILT_BY_MIGRATE else obj.pk


def snapshot() -> dict[str, list[dict]]:
    """Every row of every model, fields and many-to-many links, in primary-key order.

    Content types and permissions get new ids in a new database: links to them are compared
    by natural key.
    """
    tables = {}
    for model in apps.get_models():
        if model in REBUILT_BY_MIGRATE:
            continue
        rows = []
        for obj in model._default_manager.order_by("pk"):
            row = {}
            for field in model._meta.concrete_fields:
                if field.is_relation and field.related_model in REBUILT_BY_MIGRATE:
                    related = getattr(obj, field.name)
                    row[field.name] = related and related.natural_key()
                else:
                    row[field.attname] = getattr(obj, field.attname)
            for field in model._meta.many_to_many:
                row[field.name] = sorted(related_key(related) for related in getattr(obj, field.name).all())
            rows.append(row)
        tables[model._meta.label] = rows
    return tables


def verdict_histories() -> dict[str, list[tuple]]:
    histories = {}
    for claim in Claim.objects.select_related("article").order_by("pk"):
        histories[f"{claim.article.slug}#{claim.position}"] = [
            (
                review.claim_version,
                review.verdict,
                review.rationale,
                review.reviewer.username,
                review.created_at,
                [(s.url, s.title, s.publisher, s.published_on, s.excerpt) for s in review.sources.all()],
            )
            for review in claim.reviews.history()
        ]
    return histories


def make_newsroom_data(editor):
    """Two articles (one renamed), reviews with sources, curated entities, an API token and an admin log entry."""
    article = make_reviewed_article(reviewer=editor)
    renamed = ingest_article(
        item=ArticleInput(
            text="# Bilan\n\nLe 2 mai 2023, **Airbus** a livré 63 avions, d'après Guillaume Faury.\n",
            fmt="markdown",
            slug="bilan-airbus",
            title="Bilan d'Airbus",
        )
    ).article
    renamed.slug = "bilan-airbus-2023"
    renamed.save(update_fields=["slug"])
    FormerSlug.record(renamed, "bilan-airbus")  # as the admin does: the old address redirects
    entity = Entity.objects.filter(kind="ORG").first() or Entity.objects.create(name="Airbus SE", kind="ORG")
    EntityAlias.objects.create(entity=entity, name="l'avionneur européen")
    Token.objects.create(user=editor)
    LogEntry.objects.log_actions(
        user_id=editor.pk, queryset=Article.objects.filter(pk=article.pk), action_flag=CHANGE, change_message="titre"
    )
    return article


# Real transactions: a flush inside the test's transaction is refused by PostgreSQL (pending
# constraint checks), and a restore is only proven once its rows are committed.
EMPTIES_THE_DATABASE = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def empty_the_database():
    call_command("flush", interactive=False, verbosity=0)
    ContentType.objects.clear_cache()  # flush gave content types new ids


@EMPTIES_THE_DATABASE
def test_backup_restores_everything_into_an_empty_database(editor, tmp_path):
    make_newsroom_data(editor)
    before, histories = snapshot(), verdict_histories()
    empty = [label for label, rows in before.items() if not rows and label.startswith(("claims.", "annotations."))]
    assert empty == [], "every table of Saga must hold rows for the round trip to prove anything"
    assert sum(len(reviews) for reviews in histories.values()) == Review.objects.count() >= 4

    backup = tmp_path / "saga-backup.json.gz"
    call_command("dumpdata", *BACKUP_OPTIONS, output=str(backup), verbosity=0)
    empty_the_database()
    assert Article.objects.count() == Review.objects.count() == 0
    call_command("loaddata", str(backup), verbosity=0)

    assert snapshot() == before
    assert verdict_histories() == histories


def test_backup_is_plain_json_with_the_text_as_given(db, editor, tmp_path):
    article = make_reviewed_article(reviewer=editor)
    backup = tmp_path / "saga-backup.json.gz"
    call_command("dumpdata", *BACKUP_OPTIONS, output=str(backup), verbosity=0)
    records = json.loads(gzip.decompress(backup.read_bytes()))
    [stored] = [r for r in records if r["model"] == "claims.article"]
    assert stored["fields"]["body"] == article.body  # byte for byte: every offset still holds


@EMPTIES_THE_DATABASE
def test_backup_restored_database_accepts_new_writes(editor, tmp_path):
    make_newsroom_data(editor)
    backup = tmp_path / "saga-backup.json"
    call_command("dumpdata", *BACKUP_OPTIONS, output=str(backup), verbosity=0)
    empty_the_database()
    call_command("loaddata", str(backup), verbosity=0)

    # Sequences follow the restored ids (loaddata resets them), so new rows do not collide.
    article = ingest_article(
        item=ArticleInput(text="Le port de Marseille a traité 80 millions de tonnes en 2022.", slug="port")
    ).article
    claim = Claim.objects.filter(article=article).first()
    editor.refresh_from_db()
    review = review_claim(
        claim=claim,
        reviewer=editor,
        verdict=Verdict.SOURCED,
        sources=[SourceInput(url="https://example.org/port")],
        expected_version=claim.version,
    )
    assert review.pk > max(Review.objects.exclude(pk=review.pk).values_list("pk", flat=True))
