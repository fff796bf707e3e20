"""Two stories under one headline: a slug Saga makes from a title names a new article unless the
text keeps most of that article's claims (claims.services.ingest._another_story_another_slug)."""

import pytest

from claims.models import Article
from claims.services import ArticleInput, ingest_article

HEADLINE = "Météo en Bretagne"
RAIN = (
    f"{HEADLINE}\n\nIl est tombé 30 millimètres de pluie à Brest mardi, selon Météo-France. "
    "Les pompiers sont intervenus douze fois dans le Finistère. La vigilance orange a été levée mercredi matin.\n"
)
WIND = (
    f"{HEADLINE}\n\nUn vent de 90 km/h a soufflé sur Lorient jeudi, selon Météo-France. "
    "Deux arbres sont tombés sur la voie ferrée. Le trafic des TER a repris dans la soirée.\n"
)


def ingest(text: str, **fields):
    return ingest_article(item=ArticleInput(text=text, **fields))


@pytest.mark.django_db
def test_another_story_under_the_same_headline_is_a_new_article_not_a_revision():
    first = ingest(RAIN, publish=True)
    second = ingest(WIND)

    assert (first.article.slug, second.article.slug) == ("meteo-en-bretagne", "meteo-en-bretagne-2")
    assert second.created and not second.revised
    assert second.article.status == Article.Status.DRAFT  # not published by the first one's status
    first.article.refresh_from_db()
    assert (first.article.revision, first.article.body) == (1, RAIN)


@pytest.mark.django_db
def test_a_correction_under_the_same_headline_is_the_next_revision():
    first = ingest(RAIN, publish=True)
    corrected = ingest(RAIN.replace("douze fois", "quatorze fois"))

    assert corrected.revised and corrected.article.pk == first.article.pk
    assert corrected.article.revision == 2


@pytest.mark.django_db
def test_the_second_story_again_changes_nothing_and_its_correction_revises_it():
    ingest(RAIN)
    second = ingest(WIND)

    again = ingest(WIND)
    corrected = ingest(WIND.replace("Deux arbres", "Trois arbres"))

    assert not again.created and again.article.pk == second.article.pk
    assert corrected.revised and corrected.article.slug == "meteo-en-bretagne-2"
    assert Article.objects.count() == 2


@pytest.mark.django_db
def test_a_slug_given_by_the_editor_revises_whatever_the_text():
    ingest(RAIN, slug="meteo")
    revised = ingest(WIND, slug="meteo")

    assert revised.revised and revised.article.slug == "meteo"
    assert Article.objects.count() == 1
