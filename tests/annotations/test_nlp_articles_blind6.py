"""articles_blind6 (four whole articles written blind, measured once at the thirty-ninth session's end): the kinds its
misses showed, each rule on invented sentences beside the look-alikes it must leave alone."""

from datetime import date

import pytest

from annotations.nlp import bylines
from annotations.nlp.dates import find_dates
from annotations.nlp.pipeline import analyse


def money(text: str) -> list[tuple[str, float, str]]:
    return [(found.text, float(found.min), found.currency) for found in analyse(text).money]


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("Par Hugo Lemaire, le 4 décembre 2026 à 8 h 45", "le 4 décembre 2026 à 8 h 45"),
        ("Par la rédaction, le 12/11/2026 à 18h42", "le 12/11/2026 à 18h42"),
        # look-alikes: a byline and a role, a sentence
        ("Par Luc Vidal, le maire de Tulle", None),
        ("Par Anne Morel, le 3 mars, la mairie a voté", None),
    ],
)
def test_a_bylines_day_after_a_comma(line, day):
    assert bylines.signed_day(line) == day
    assert bylines.is_byline(line) is (day is not None)


def test_a_bylines_day_after_a_comma_anchors_the_relative_dates():
    analysis = analyse(
        "Grève au dépôt\n\nLes cheminots réclament une prime.\n\nPar Anne Morel, le 9 octobre 2025 à 8 h 45\n\n"
        "Les cheminots du dépôt de Brive ont voté la grève mardi, à une large majorité. La direction régionale "
        "avait proposé la veille une hausse de 2 % des salaires.\n"
    )
    assert analysis.published == date(2025, 10, 9)
    assert ("mardi", "2025-10-07") in [(found.text, found.value) for found in analysis.dates]


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        # dinars named alone take the country the headline names
        (
            "Tunisie : le budget est voté\n\nLe budget atteint 63,2 milliards de dinars.\n",
            [("63,2 milliards de dinars", 63.2e9, "TND")],
        ),
        # the Maghreb press's millions of dinars
        ("La Tunisie a reçu un prêt de 450 MD de la Banque mondiale.", [("450 MD", 450e6, "TND")]),
        ("L'Algérie prévoit 450 MDA de subventions.", [("450 MDA", 450e6, "DZD")]),
        # look-alike: "MD" in a list of staff is doctors
        ("Le groupe emploie 300 MD et 20 infirmiers.", []),
        # francs in a Swiss town
        (
            "À Neuchâtel, le crédit de 214 millions de francs a été approuvé.",
            [("214 millions de francs", 214e6, "CHF")],
        ),
        ("À Sion, la commune a dépensé 12 millions de francs.", [("12 millions de francs", 12e6, "CHF")]),
        # a bare amount saved takes the last currency
        (
            "Le chantier coûte 40 millions d'euros. L'hôpital économisera 6 millions par an en loyers.",
            [("40 millions d'euros", 40e6, "EUR"), ("6 millions", 6e6, "EUR")],
        ),
    ],
)
def test_articles_blind6_money_kinds(text, wanted):
    assert money(text) == wanted


def test_an_acronym_with_a_small_letter_at_its_end_takes_the_name_it_follows():
    found = [
        (e.text, e.canonical) for e in analyse("La Fédération des entreprises vaudoises (FEVe) proteste.").entities
    ]
    assert ("FEVe", "Fédération des entreprises vaudoises") in found


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        # a noun's year before a reflexive verb (expressions_blind13's leftover)
        ("Les Jeux de 2028 se tiendront à Los Angeles.", ["2028"]),
        ("Le budget 2027 se présente en équilibre.", ["2027"]),
        # look-alikes: a count before a reflexive verb
        ("Plus de 2000 se sont rassemblés devant la mairie.", []),
        ("Ils étaient 3000 à manifester, et 2000 se sont ensuite dispersés.", []),
    ],
)
def test_a_nouns_year_before_a_reflexive_verb(text, wanted):
    assert [found.value for found in find_dates(text, published=date(2026, 12, 3))] == wanted
