"""Ingest and re-annotation services."""

import pytest
from django.utils import translation

from annotations.documents import Document
from annotations.models import Entity, EntityAlias, Mention
from claims.models import Article, ArticleRevision, Claim, Verdict
from claims.services import (
    ArticleInput,
    IngestError,
    SourceInput,
    ingest_article,
    ingest_articles,
    reannotate_article,
    review_claim,
)
from tests.conftest import SAMPLE_TEXT


def test_ingest_article_spans_index_the_body(article):
    assert article.body == SAMPLE_TEXT
    for claim in article.claims.all():
        assert article.body[claim.start : claim.end] == claim.text
    for mention in article.mentions.all():
        assert article.body[mention.start : mention.end] == mention.text


def test_ingest_article_title_comes_from_the_text(article):
    assert article.title == "Une usine ouvre à Lyon"
    assert article.blocks.filter(kind="title").count() == 1


def test_ingest_article_records_the_first_revision(article):
    revision = ArticleRevision.objects.get(article=article)
    assert (revision.number, revision.body, revision.body_sha256) == (1, article.body, article.body_sha256)


def test_ingest_article_attaches_mentions_to_their_claim(article):
    for mention in article.mentions.select_related("claim"):
        if mention.claim is not None:
            assert mention.claim.start <= mention.start and mention.end <= mention.claim.end


def test_ingest_article_marks_title_mentions_without_claim(article):
    title = article.blocks.get(kind="title")
    in_title = article.mentions.filter(start__gte=title.start, end__lte=title.end)
    assert in_title.exists()
    assert not in_title.filter(claim__isnull=False).exists()


def test_ingest_article_links_short_form_to_full_name_entity(article):
    dupont = article.mentions.filter(text="Dupont").select_related("entity").get()
    assert dupont.entity.name == "Jean Dupont"


def test_ingest_article_applies_editor_aliases(make_article):
    entity = Entity.objects.create(name="Régie Renault", kind="ORG")
    EntityAlias.objects.create(entity=entity, name="Renault")
    article = make_article()
    assert article.mentions.get(text="Renault").entity == entity


def test_ingest_article_refuses_unsupported_language(db):
    with pytest.raises(IngestError, match="xx") as error:
        ingest_article(item=ArticleInput(text=SAMPLE_TEXT, slug="x", language="xx"))
    assert error.value.field == "language"
    assert "fr" in error.value.message  # names the languages that work
    assert not Article.objects.exists()


def test_ingest_article_refuses_invalid_slug(db):
    with pytest.raises(IngestError) as error:
        ingest_article(item=ArticleInput(text=SAMPLE_TEXT, slug="pas un slug!"))
    assert error.value.field == "slug"


def test_ingest_article_refusing_upper_case_slug_says_lower_case(db):
    with translation.override("en"), pytest.raises(IngestError) as error:
        ingest_article(item=ArticleInput(text=SAMPLE_TEXT, slug="UPPER_Case"))
    assert "lower-case letters" in error.value.message
    assert not Article.objects.exists()


def test_ingest_article_ranks_factual_claims_above_questions(article):
    claims = {c.text: c.checkworthiness for c in article.claims.all()}
    question = next(text for text in claims if text.endswith("?"))
    factual = next(text for text in claims if "120 millions" in text)
    assert claims[factual] > claims[question]


def test_reannotate_article_applies_new_alias_and_keeps_verdicts(article, editor):
    claim = article.claims.get(text__contains="120 millions")
    review_claim(
        claim=claim,
        reviewer=editor,
        verdict=Verdict.SOURCED,
        sources=[SourceInput(url="https://example.org/a")],
        expected_version=1,
    )
    entity = Entity.objects.create(name="Groupe Renault", kind="ORG")
    EntityAlias.objects.create(entity=entity, name="Renault")

    reannotate_article(article=article)

    assert Mention.objects.get(article=article, text="Renault").entity == entity
    claim.refresh_from_db()
    assert (claim.verdict, claim.version) == (Verdict.SOURCED, 2)
    assert Claim.objects.filter(article=article).count() == len(article.claims.all())


def test_ingest_article_without_slug_or_title_slugs_the_headline_of_the_text(db):
    page = "Accueil\nActualités\n\nLe budget de Bordeaux adopté\n\nLe conseil municipal a voté mardi un budget de 800 millions d'euros.\n"

    article = ingest_article(item=ArticleInput(text=page)).article

    assert (article.slug, article.title) == ("le-budget-de-bordeaux-adopte", "Le budget de Bordeaux adopté")


def test_ingest_article_refuses_a_source_url_that_is_not_http(db):
    for url in ("javascript:alert(1)", "data:text/html,<b>x</b>", "ftp://example.org/a", "https://" + "a" * 2_000):
        with pytest.raises(IngestError) as refusal:
            ingest_article(item=ArticleInput(text=SAMPLE_TEXT, slug="lien", source_url=url))
        assert refusal.value.field == "source_url"
    assert not Article.objects.exists()


def test_ingest_article_refuses_an_overlong_slug_publisher_or_author(db):
    for field in ("slug", "publisher", "author"):
        with translation.override("en"), pytest.raises(IngestError, match="over the limit of 200") as refusal:
            ingest_article(item=ArticleInput(text=SAMPLE_TEXT, **{"slug": "court", field: "a" * 201}))
        assert refusal.value.field == field
    assert not Article.objects.exists()


def test_ingest_article_ignores_a_page_url_that_is_not_http(db):
    # A page's own metadata (og:url, canonical link) is not the editor's input: dropped, not refused.
    for url in ("javascript:alert(1)", "data:text/html,x"):
        page = Document(text=SAMPLE_TEXT, fmt="markdown", source_format="html", language="fr", url=url)
        article = ingest_article(item=ArticleInput.from_document(page, slug=f"pont-{url[:4]}")).article
        assert article.source_url == ""
        article.delete()


def test_ingest_article_of_a_text_stored_under_another_slug_links_it(article):
    result = ingest_article(item=ArticleInput(text=article.body, slug="copie"))
    assert (result.article.pk, result.created, result.duplicate) == (article.pk, False, True)
    assert not Article.objects.filter(slug="copie").exists()


def test_ingest_articles_stores_a_text_given_twice_in_one_batch_once(db):
    other = SAMPLE_TEXT.replace("Lyon", "Rennes")
    items = [ArticleInput(text=SAMPLE_TEXT, slug="premier"), ArticleInput(text=other, slug="autre")]
    items.append(ArticleInput(text=SAMPLE_TEXT, slug="second"))
    first, _, copy = ingest_articles(items=items)
    assert (first.created, copy.created, copy.duplicate) == (True, False, True)
    assert copy.article.pk == first.article.pk
    assert sorted(Article.objects.values_list("slug", flat=True)) == ["autre", "premier"]


def test_ingest_article_cuts_an_overlong_entity_name_and_still_ingests(db):
    names = " ".join(["Jean-Baptiste De La Fontaine"] * 15)
    article = ingest_article(item=ArticleInput(text=f"Selon {names}, le projet avance bien.\n", slug="nom")).article
    person = article.mentions.get(label="PER")
    assert person.text == names and len(person.entity.name) == Entity._meta.get_field("name").max_length
    assert names.startswith(person.entity.name)


def test_an_html_pages_own_title_over_the_limit_is_cut_at_a_word_and_a_given_one_refused(db):
    long_title = "Un titre " * 60  # 540 characters
    page = Document(text=SAMPLE_TEXT, fmt="markdown", source_format="html", language="fr", title=long_title)
    item = ArticleInput.from_document(page)
    cut = item.title.removesuffix("…")
    assert len(item.title) <= 500 and long_title.startswith(cut + " ")  # at a word
    with translation.override("en"), pytest.raises(IngestError, match="over the limit of 500"):
        ingest_article(item=ArticleInput.from_document(page, title=long_title, slug="titre"))
    assert not Article.objects.exists()


def test_a_text_with_no_paragraph_is_refused_storing_nothing(db):
    with translation.override("en"), pytest.raises(IngestError, match="No article text found") as refused:
        ingest_article(item=ArticleInput(text="Accueil\nActualités\nContact\n", slug="menu"))
    assert refused.value.field == "text" and not Article.objects.exists()
