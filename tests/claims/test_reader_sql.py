"""The article page's reads written as SQL (claims/reader_sql.py) give what the ORM gives: each is
held here to the queryset it replaced, on the database the suite runs on (CI: SQLite and
PostgreSQL), for a published article, a draft, an article with a suggested match and an article
with amounts that are not whole."""

from dataclasses import fields
from datetime import date
from decimal import Decimal

import pytest
from django.contrib.auth.models import AnonymousUser
from django.db.models import Count, Exists, Max, OuterRef, Q, Subquery, Sum
from django.db.models.functions import Coalesce
from django.http import Http404

from annotations.models import Mention
from claims import reader, reader_sql
from claims.models import Article, Block, Review, Verdict
from claims.services import ArticleInput, SourceInput, ingest_article, review_claim
from matching.models import ClaimMatch
from tests.claims.reader_data import BlockSpec, MentionSpec, build_article
from tests.conftest import SAMPLE_TEXT

FIRST = "En mars 2021, la commune de Brivelles a versé 1 234,56 euros à l'association."
SECOND = "Le maire, Paul Ternier, a confirmé le versement le 3 avril 2021."
THIRD = "La Cour des comptes régionale a relevé 12,5 millions d'euros de dépenses en 2022."


def blocks() -> list[BlockSpec]:
    return [
        BlockSpec("title", "Les comptes de Brivelles"),
        BlockSpec(
            "paragraph",
            f"{FIRST} {SECOND}",
            claims=[FIRST, SECOND],
            mentions=[
                MentionSpec("mars 2021", "DATE", value="2021-03", precision="month", earliest=date(2021, 3, 1)),
                MentionSpec("Brivelles", "LOC", entity="Brivelles"),
                MentionSpec("1 234,56 euros", "MONEY", amount=Decimal("1234.56"), currency="EUR"),
                MentionSpec("Paul Ternier", "PER", entity="Paul Ternier"),
                MentionSpec("3 avril 2021", "DATE", value="2021-04-03", precision="day", earliest=date(2021, 4, 3)),
            ],
        ),
        BlockSpec(
            "paragraph",
            THIRD,
            claims=[THIRD],
            mentions=[
                MentionSpec("Cour des comptes régionale", "ORG", entity="Cour des comptes régionale"),
                MentionSpec("12,5 millions d'euros", "MONEY", amount=12_500_000, currency="EUR"),
                MentionSpec("2022", "DATE", value="2022", precision="year", earliest=date(2022, 1, 1)),
            ],
        ),
    ]


@pytest.fixture
def articles(db, editor):
    """A published article with two reviews (one with two sources), a draft, and a third article
    whose reviewed claim has a suggested match to the first."""
    published, claims = build_article("comptes-brivelles", blocks(), publisher="Le Courrier", author="A. Duval")
    review_claim(
        claim=claims[FIRST],
        reviewer=editor,
        verdict="sourced",
        rationale="Délibération du conseil municipal.\nVoir aussi le budget.",
        sources=[
            SourceInput(url="https://example.org/deliberation", title="Délibération", published_on=date(2021, 3, 9)),
            SourceInput(title="Budget primitif", publisher="Commune de Brivelles"),
        ],
        expected_version=1,
    )
    rapport = SourceInput(url="https://example.org/rapport", title="Rapport")
    review_claim(
        claim=claims[THIRD],
        reviewer=editor,
        verdict="disputed",
        rationale="Le rapport dit 11 millions.",
        sources=[rapport],
        expected_version=1,
    )
    draft, _claims = build_article("brouillon-brivelles", blocks(), status="draft")
    later, later_claims = build_article("suite-brivelles", blocks())
    review_claim(claim=later_claims[FIRST], reviewer=editor, verdict="sourced", sources=[rapport], expected_version=1)
    ClaimMatch.objects.create(claim=later_claims[FIRST], earlier=claims[FIRST], score=0.9, signals={})
    return published, draft, later


def orm_article(slug: str, *, drafts: bool) -> Article:
    reviews = (
        Review.objects.filter(claim__article=OuterRef("pk"))
        .order_by()
        .values("claim__article")
        .annotate(total=Sum("pk"))
        .values("total")
    )
    mentions = Mention.objects.filter(article=OuterRef("pk")).order_by("-pk").values("pk")[:1]
    matches = ClaimMatch.objects.shown().exclude(claim__verdict=Verdict.UNVERIFIED)
    articles = Article.objects.all() if drafts else Article.objects.published()
    return articles.annotate(
        review_ids_sum=Coalesce(Subquery(reviews), 0),
        latest_mention=Coalesce(Subquery(mentions), 0),
        has_matches=Exists(matches.filter(claim__article=OuterRef("pk"))),
    ).get(slug=slug)


def orm_text_rows(article) -> list[tuple]:
    sources = [f"claims__reviews__sources__{field.name}" for field in fields(reader.SourceRow)]
    columns = [
        *("pk", "kind", "start", "end"),
        *("claims__id", "claims__start", "claims__end", "claims__verdict", "claims__version", "claims__text"),
        *("claims__reviews__pk", "claims__reviews__claim_version", "claims__reviews__rationale"),
        *("claims__reviews__created_at", "claims__reviews__sources__pk", *sources),
    ]
    order = ("start", "claims__start", "claims__reviews__pk", "claims__reviews__sources__pk")
    return list(Block.objects.filter(article=article, revision=article.revision).order_by(*order).values_list(*columns))


def orm_mentions(article, spans=None) -> list[reader.MentionRow]:
    mentions = Mention.objects.filter(article=article, revision=article.revision)
    if spans is not None:
        wanted = Q(label="DATE", claim__isnull=False, date_earliest__isnull=False)
        for start, end in spans:
            wanted |= Q(start__gte=start, end__lte=end)
        mentions = mentions.filter(wanted)
    rows = mentions.order_by("start", "-end", "pk").values_list(*reader.MentionRow._fields)
    return [reader.MentionRow._make(row) for row in rows]


def fields_of(article: Article) -> dict:
    names = [field.attname for field in Article._meta.concrete_fields]
    return {name: getattr(article, name) for name in [*names, "review_ids_sum", "latest_mention", "has_matches"]}


def test_the_article_is_the_orms_with_its_versions(articles, editor):
    published, draft, later = articles
    for article, user, drafts in ((published, AnonymousUser(), False), (later, None, False), (draft, editor, True)):
        found = reader.article_for_page(user, article.slug)
        assert fields_of(found) == fields_of(orm_article(article.slug, drafts=drafts))
        assert found._state.adding is False and found._state.db == "default"
    assert reader.article_for_page(None, published.slug).review_ids_sum > 0
    assert reader.article_for_page(None, later.slug).has_matches is True
    assert reader.article_for_page(editor, draft.slug).has_matches is False
    assert reader.article_for_page(None, published.slug).created_at.tzinfo is not None


def test_a_draft_or_unknown_slug_is_not_found_by_a_reader(articles, editor):
    _published, draft, _later = articles
    for user, slug in ((AnonymousUser(), draft.slug), (None, draft.slug), (editor, "no-such-article")):
        with pytest.raises(Http404):
            reader.article_for_page(user, slug)


def test_a_slug_is_a_value_not_sql(articles):
    with pytest.raises(Http404):
        reader.article_for_page(None, "x' OR '1'='1")


def test_the_mention_groups_are_the_orms(articles):
    published, _draft, _later = articles
    expected = (
        Mention.objects.filter(article=published, revision=published.revision, entity__isnull=False)
        .values("label", "entity_id")
        .annotate(name=Max("entity__name"), count=Count("pk"), id_sum=Sum("pk"))
        .order_by("label", "entity_id")
    )
    assert reader.mention_groups(published) == [reader.MentionGroup(**row) for row in expected]
    assert {group.name for group in reader.mention_groups(published)} == {
        "Brivelles",
        "Paul Ternier",
        "Cour des comptes régionale",
    }


def test_the_text_rows_are_the_orms(articles):
    published, _draft, _later = articles
    text = reader.article_text(published)
    expected = orm_text_rows(published)
    assert [tuple(block) for block in text.blocks] == list(dict.fromkeys(row[:4] for row in expected))
    reviews = {review.id: review for review in text.reviews}
    for row in expected:
        review_id, created_at, source = row[10], row[13], row[15:]
        if review_id is not None:
            assert reviews[review_id].created_at == created_at
            assert reviews[review_id].created_at.tzinfo is not None
        if row[14] is not None:
            assert reader.SourceRow(*source) in reviews[review_id].sources
    sourced = next(review for review in text.reviews if review.verdict == "sourced")
    assert [source.published_on for source in sourced.sources] == [date(2021, 3, 9), None]


def test_the_mentions_are_the_orms_with_their_amounts_as_decimals(articles):
    published, _draft, _later = articles
    mentions = reader.page_mentions(published, None)
    assert mentions == orm_mentions(published)
    amounts = [mention.amount_min for mention in mentions if mention.label == "MONEY"]
    assert amounts == [Decimal("1234.56"), Decimal("12500000")]
    assert all(isinstance(amount, Decimal) for amount in amounts)


def test_the_mentions_of_some_blocks_are_the_orms(articles):
    published, _draft, _later = articles
    second = Block.objects.filter(article=published).order_by("start")[2]
    spans = [(second.start, second.end)]
    mentions = reader.page_mentions(published, spans)
    assert mentions == orm_mentions(published, spans)
    # The block's mentions, and the dates of the other blocks' claims (the timeline's).
    assert {mention.label for mention in mentions if mention.start < second.start} == {"DATE"}
    assert {mention.label for mention in mentions if mention.start >= second.start} == {"ORG", "MONEY", "DATE"}


def test_the_mentions_of_many_blocks_are_all_the_revisions(articles):
    """Past reader_sql.MOST_SPANS blocks to read again (a large article after many reviews), the
    whole revision's mentions are read: one OR per block would pass SQLite's expression limit."""
    published, _draft, _later = articles
    spans = [(start, start + 1) for start in range(reader_sql.MOST_SPANS + 1000)]
    assert reader.page_mentions(published, spans) == orm_mentions(published)
    few = spans[: reader_sql.MOST_SPANS]  # still read block by block: none holds a mention but dates
    assert {mention.label for mention in reader.page_mentions(published, few)} == {"DATE"}


def test_an_earlier_revision_reads_its_own_rows(make_article, editor):
    """An earlier revision's page (reader.revision_view) reads that revision's blocks, claims and
    mentions, as the ORM does, not the current one's."""
    article = make_article()
    edited = SAMPLE_TEXT.replace("120 millions d'euros", "150 millions d'euros")
    current = ingest_article(item=ArticleInput(text=edited, slug=article.slug, publish=True)).article
    earlier = reader.revision_view(reader.article_for_page(None, current.slug), "1")
    assert (earlier.revision, current.revision) == (1, 2)
    for shown, words in ((earlier, "120 millions"), (current, "150 millions")):
        text = reader.article_text(shown)
        assert [tuple(block) for block in text.blocks] == list(dict.fromkeys(row[:4] for row in orm_text_rows(shown)))
        assert reader.page_mentions(shown, None) == orm_mentions(shown)
        amounts = [shown.body[m.start : m.end] for m in reader.page_mentions(shown, None) if m.label == "MONEY"]
        assert any(words in amount for amount in amounts)
