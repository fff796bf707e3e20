"""Claim.markup: each claim's text with its mentions marked, written whenever its mentions are."""

import re
from html import escape, unescape

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from annotations.models import Entity, Mention
from annotations.services import delete_entities, merge_entities
from claims.models import Claim
from claims.services import reannotate_article
from tests.conftest import SAMPLE_TEXT

BEFORE_MARKS = [("claims", "0003_issue7_claim_verdict_covering"), ("annotations", "0002_issue7_mention_claim_dates")]
AFTER_MARKS = [("claims", "0004_claim_marks"), ("annotations", "0003_reader_indexes")]


def visible_text(html: str) -> str:
    return unescape(re.sub(r"<[^>]+>", "", html))


def expected_tag(mention: Mention) -> str:
    """How the reader marks a mention inside a claim, from the mention's own fields."""
    text = escape(mention.text, quote=False)
    if mention.label == "DATE":
        return f'<time class="date" datetime="{mention.value}">{text}</time>'
    if mention.label == "MONEY":
        return f'<data class="amount" value="{int(mention.amount_min)} {mention.currency}">{text}</data>'
    if mention.label == "QUANTITY":
        return f'<span class="mention">{text}</span>'  # marked, its value not yet given
    return f'<span class="entity" data-kind="{mention.label}">{text}</span>'


def test_ingest_marks_every_mention_in_its_claims_markup(article):
    claims = list(article.claims.prefetch_related("mentions"))
    marked = 0
    for claim in claims:
        assert visible_text(claim.markup) == claim.text
        for mention in claim.mentions.all():
            assert expected_tag(mention) in claim.markup
            marked += 1
    assert marked == Mention.objects.filter(article=article, claim__isnull=False).count() > 0


def test_claim_markup_escapes_the_text(make_article):
    article = make_article(text="Le groupe <b>Renault</b> & Jean Dupont ont signé à Lyon en 2021.\n", slug="balises")

    markup = article.claims.get().markup

    assert "<b>" not in markup
    assert "&lt;b&gt;" in markup and "&amp;" in markup
    assert visible_text(markup) == article.claims.get().text


def test_reannotate_article_rewrites_the_markup(article):
    Claim.objects.filter(article=article).update(markup="")

    reannotate_article(article=article)

    assert all(visible_text(claim.markup) == claim.text for claim in article.claims.all())
    assert all(claim.markup for claim in article.claims.all())


def test_merge_entities_marks_the_moved_mentions_with_their_new_kind(article):
    person = Entity.objects.get(name="Jean Dupont")
    company = Entity.objects.get(name="Renault")
    claim = Claim.objects.get(article=article, mentions__entity=person, position=1)
    assert '<span class="entity" data-kind="PER">Jean Dupont</span>' in claim.markup

    merge_entities(keep=company, others=[person])

    claim.refresh_from_db()
    assert '<span class="entity" data-kind="ORG">Jean Dupont</span>' in claim.markup


def test_delete_entities_keeps_the_unlinked_mentions_marked(article):
    person = Entity.objects.get(name="Jean Dupont")
    claim = Claim.objects.get(article=article, mentions__entity=person, position=1)
    before = claim.markup

    delete_entities(entities=[person])

    claim.refresh_from_db()
    assert claim.markup == before  # a mention without entity is marked by its label alone
    assert person.pk not in claim.facets["entities"]


# Serialized rollback: the tests after this one find the database as the migrations left it.
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_migration_derives_the_marks_of_claims_written_before_it(make_article):
    # Going back past annotations 0005 deletes QUANTITY mentions ("300 emplois"): none here.
    article = make_article(text=SAMPLE_TEXT.replace("300 emplois", "des emplois"))
    expected = {claim.pk: (claim.markup, claim.facets) for claim in article.claims.all()}
    executor = MigrationExecutor(connection)
    executor.migrate(BEFORE_MARKS)  # drops the columns
    executor.loader.build_graph()
    executor.migrate(AFTER_MARKS)  # adds them empty, then derives them

    derived = {claim.pk: (claim.markup, claim.facets) for claim in Claim.objects.filter(article=article)}
    assert derived == expected
    assert all(markup for markup, _facets in derived.values())
    executor.loader.build_graph()
    executor.migrate(executor.loader.graph.leaf_nodes())  # the schema the other tests expect
