"""The kinds of chrome first met on the fifth batch of HTML pages (evaluation/data/html_pages5.md), on its
French pages: a byline sharing its line with two dates, longer than a line of chrome, and an infinite scroll's
next article under its label; on invented lines and pages, each next to the look-alike it must leave alone."""

import pytest

from annotations.nlp.boilerplate import is_chrome
from annotations.nlp.bylines import is_long_byline
from annotations.nlp.page_ends import ends_article
from annotations.nlp.segment import find_blocks

PARAGRAPHS = (
    "Le conseil communautaire de Lons-le-Saunier a voté jeudi soir la gratuité des navettes du centre-ville, "
    "par 61 voix contre 9.",
    "La mesure coûtera 420 000 euros par an, financés par le versement mobilité des entreprises de plus de onze "
    "salariés.",
    "Les navettes passeront toutes les douze minutes aux heures de pointe, contre vingt aujourd'hui.",
)


@pytest.mark.parametrize(
    ("line", "chrome"),
    [
        ("Par Élise Roussel — le 4 novembre 2026 à 17 h 55 — mis à jour le 5 novembre 2026 à 8 h 10", True),
        ("Par Karim Benali | Publié le 12 octobre 2026 à 6 h 30 | Mis à jour le 12 octobre 2026 à 14 h 02", True),
        ("Rédigé par Anne Faivre · mercredi 7 octobre 2026 à 11 h 20 · 14 commentaires · 3 min de lecture", True),
        # prose set off by dashes: its parts are no dates
        (
            "Par Jean Dupont — le maire de la ville, élu en 2020 — la commune a annoncé mardi la fermeture de la piscine.",
            False,
        ),
        (
            "Par la rédaction de ce texte, adopté le 4 novembre 2026 à 17 h 55 après six mois de débats, le conseil "
            "a voulu clore la querelle — le 5 novembre 2026",
            False,
        ),
    ],
)
def test_a_byline_with_its_dates_is_chrome_however_long(line, chrome):
    assert is_chrome(line) is chrome


def test_a_long_bylines_parts_are_each_short():
    assert is_long_byline("Par Élise Roussel — le 4 novembre 2026 — mis à jour le 5 novembre 2026 à 8 h 10", 16)
    assert not is_long_byline("Par Élise Roussel", 16)  # no separator: a plain byline, read as such elsewhere
    assert not is_long_byline("Par Élise Roussel — le 4 novembre 2026", 3)


@pytest.mark.parametrize(
    ("line", "end"),
    [
        ("Article suivant", True),
        ("Lire l’article suivant", True),
        ("Prochain article :", True),
        ("L’article suivant du règlement prévoit une amende de 135 euros par infraction.", False),
        ("Article suivant le vote du budget, la séance a été levée.", False),
    ],
)
def test_the_next_articles_label_ends_the_article(line, end):
    assert ends_article(line) is end


def blocks(text: str) -> list[tuple[str, str]]:
    return [(block.kind, text[block.start : block.end]) for block in find_blocks(text, "markdown")]


def test_the_next_article_of_an_infinite_scroll_is_chrome():
    teaser = "Fermée depuis 2024 pour la rénovation de sa toiture, la patinoire accueille de nouveau le public."
    text = "\n\n".join(
        [
            "# Lons-le-Saunier : les navettes du centre-ville seront gratuites",
            *PARAGRAPHS,
            "Article suivant",
            "## Dole : la patinoire rouvre après deux ans de travaux",
            teaser,
            "Lire la suite",
        ]
    )
    kinds = {body: kind for kind, body in blocks(text)}
    assert all(kinds[paragraph] == "paragraph" for paragraph in PARAGRAPHS)
    assert kinds[teaser] == "boilerplate"


def test_the_words_article_suivant_in_the_body_end_nothing():
    middle = "L’article suivant du règlement prévoit une amende de 135 euros par infraction constatée sur le réseau."
    text = "\n\n".join(
        ["# Lons-le-Saunier : les navettes du centre-ville seront gratuites", *PARAGRAPHS[:2], middle, PARAGRAPHS[2]]
    )
    kinds = {body: kind for kind, body in blocks(text)}
    assert kinds[middle] == "paragraph" and kinds[PARAGRAPHS[2]] == "paragraph"
