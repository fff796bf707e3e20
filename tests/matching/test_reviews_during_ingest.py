"""matching while an ingest runs: a review or a revision saved by someone else between two of its
articles (the `progress` callback stands in for them) is seen by the articles written after it."""

import pytest

from claims.models import Article, Claim, Verdict
from claims.services import ArticleInput, ingest_articles, revise_article
from matching.models import ClaimMatch
from tests.matching.test_services import FIRST, PARAPHRASE, reviewed


@pytest.mark.django_db
def test_a_review_saved_during_an_ingest_reaches_the_articles_written_after_it(make_article, editor):
    other = make_article(FIRST.replace("Une usine à Douai", "Douai, bis"), slug="bis")
    done = []

    def progress(result):  # another editor reviews a claim between two articles
        if not done:
            done.append(reviewed(other, editor))

    texts = [PARAPHRASE.replace("Douai encore", f"Douai, suite {n}") for n in range(2)]
    ingest_articles(items=[ArticleInput(text=t, slug=f"suite-{n}") for n, t in enumerate(texts)], progress=progress)
    later = Claim.objects.get(article__slug="suite-1")
    assert ClaimMatch.objects.filter(claim__article__slug="suite-0", earlier=done[0]).exists()
    assert ClaimMatch.objects.filter(claim=later, earlier=done[0]).exists(), "never matched"


@pytest.mark.django_db
def test_a_revision_by_another_process_during_an_ingest_leaves_no_match_to_a_superseded_claim(make_article, editor):
    first = make_article(FIRST, slug="premier")
    reviewed(first, editor)
    done = []

    def progress(result):  # the API revises "premier" between two articles of a feed
        if not done:
            done.append(1)
            article = Article.objects.get(slug="premier")
            revise_article(
                article=article, item=ArticleInput(text=FIRST + "\nLes salariés ont été reçus.\n", slug="premier")
            )

    texts = [PARAPHRASE.replace("Douai encore", f"Douai, suite {n}") for n in range(2)]
    ingest_articles(items=[ArticleInput(text=t, slug=f"suite-{n}") for n, t in enumerate(texts)], progress=progress)
    match = ClaimMatch.objects.get(claim__article__slug="suite-1")
    assert match.earlier.revision == match.earlier.article.revision, "matched to a superseded claim"


@pytest.mark.django_db
def test_a_review_undone_during_an_ingest_is_not_suggested_after_it(make_article, editor):
    first = make_article(FIRST, slug="premier")
    reviewed(first, editor)
    done = []

    def progress(result):  # the reviewer takes the verdict back between two articles
        if not done:
            done.append(1)
            reviewed(first, editor, verdict=Verdict.UNVERIFIED)

    texts = [PARAPHRASE.replace("Douai encore", f"Douai, suite {n}") for n in range(2)]
    ingest_articles(items=[ArticleInput(text=t, slug=f"suite-{n}") for n, t in enumerate(texts)], progress=progress)
    assert not ClaimMatch.objects.filter(claim__article__slug="suite-1").exists(), "matched to an unreviewed claim"
