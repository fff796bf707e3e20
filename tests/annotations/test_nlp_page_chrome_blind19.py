"""Kinds of chrome first met on the nineteenth blind batch of copied pages, on invented lines."""

import pytest

from annotations.nlp.boilerplate import is_chrome
from annotations.nlp.bylines import is_byline
from annotations.nlp.normalise import normalise
from annotations.nlp.segment import find_blocks


def blocks_of(text: str) -> list[tuple[str, str]]:
    text = normalise(text)
    return [(text[block.start : block.end], block.kind) for block in find_blocks(text)]


@pytest.mark.parametrize(
    "line",
    [
        # A byline sharing its line with the page's counts and dates.
        "Rédigé par Marie Caron · 12 réactions",
        "Par Luc Vidal | Publié le 3 mars 2025 | 4 min de lecture",
        "Par Anne Martin · 12 mars 2025 · 5 commentaires",
        "Par Luc Vidal · Temps de lecture : 4 min",
        "Par Luc Vidal — 3 mars 2026",
        "Par Luc Vidal · 1,2k partages",
        "Par Luc Vidal · 1 200 vues",
    ],
)
def test_a_byline_with_counts_and_dates_is_a_byline(line):
    assert is_byline(line)
    assert is_chrome(line)


@pytest.mark.parametrize(
    "line",
    [
        "Par Anne Martin | Le maire a tranché",
        "Par Anne Martin · 12 salariés licenciés",
        "Le conseil a voté · 12 réactions",
    ],
)
def test_a_byline_joined_to_other_words_is_not_one(line):
    assert not is_byline(line)


@pytest.mark.parametrize(
    "line",
    [
        # A newsletter's greeting and its editor's word before the story.
        "Bonjour à toutes et à tous,",
        "Chers lecteurs,",
        "Chère lectrice, cher lecteur,",
        "Cette semaine, direction Lens, où une mine devient musée. Bonne lecture !",
        # A blog's standing notice under a label.
        "Rappel : sur ce blog, les noms des témoins sont changés. Toute personne est présumée innocente.",
        "Avertissement : dans nos articles, les mineurs ne sont jamais nommés.",
    ],
)
def test_is_chrome_recognises_the_kinds_of_the_nineteenth_blind_batch(line):
    assert is_chrome(line)


@pytest.mark.parametrize(
    "line",
    [
        "Bonjour, a lancé le maire en ouvrant la séance, avant de passer au vote du budget.",
        "Chers voisins, vous êtes invités à la fête du quartier, dit l'affiche collée dans le hall.",
        "Le libraire conseille trois romans pour l'hiver et souhaite à tous une bonne lecture.",
        "Rappel : la collecte des déchets verts reprend lundi dans toute la commune.",
        "Avertissement : le préfet a placé le département en vigilance orange.",
        # The same words with the news in them (a review of the rules found these taken).
        "Cette semaine, nous revenons sur la fermeture de l'usine de Cholet, qui emploie 955 salariés. Bonne lecture !",
        "Précision : sur ce site classé Seveso, 300 salariés travaillent en trois équipes.",
        "À noter : sur ce site archéologique, les fouilles reprendront en juin.",
        "Rappel : dans nos colonnes, le maire avait promis en mars une baisse de 5 % des impôts.",
    ],
)
def test_is_chrome_keeps_the_same_words_in_news(line):
    assert not is_chrome(line)


def test_a_date_under_a_headline_is_not_the_headline_wrapped():
    page = (
        "Vol de câbles : le prévenu condamné à dix-huit mois de prison\n"
        "mercredi 9 décembre 2026\n"
        "Par Anne Martin\n"
        "Un homme de 34 ans a été condamné mardi par le tribunal correctionnel de Rouen. Il devra verser 184 000 euros.\n"
    )
    blocks = blocks_of(page)
    assert ("Vol de câbles : le prévenu condamné à dix-huit mois de prison", "title") in blocks
    assert ("mercredi 9 décembre 2026", "boilerplate") in blocks


@pytest.mark.parametrize(
    "page",
    [
        "Le conseil municipal a voté jeudi soir le budget de la commune, qui prévoit la rénovation\n"
        "de l'école et la réfection de la place du marché avant l'été prochain.\n",
        # A date or a name going on from the line before, with its stop, is the sentence's end.
        "Le conseil municipal se réunira en séance extraordinaire\nmardi 15 décembre 2026 à 18 h 30.\n",
        "Le texte a été adopté en première lecture par les députés\nle 3 décembre 2026.\n",
        "La tempête a frappé la côte dans la nuit de dimanche à\nlundi 30 novembre.\n",
        "Le rapport de la commission a été rédigé et signé\npar Jean Dupont et Marie Leroy.\n",
    ],
)
def test_hard_wrapped_prose_is_still_one_paragraph(page):
    assert [kind for _text, kind in blocks_of(page)] == ["paragraph"]
