"""Quantities blind-13 (112 sentences written blind: numbers in words, Belgian and Swiss numbers, currencies other
than the euro, k€ / M€ / Md€ / Mds, ranges, measures, data sizes and look-alikes): money 1.000, quantities 0.974
exact when measured once. The corrections made after it (a temperature below zero said with "moins", data sizes
and rates in words and symbols, the tail of a code) are kept here on invented sentences, each beside the
look-alike it must leave alone, with a few of the forms the set checked and Saga already read."""

from decimal import Decimal

import pytest

from annotations.nlp.money import find_money
from annotations.nlp.quantities import find_quantities


def quantities(text: str) -> list[tuple[str, Decimal | None, Decimal | None, str]]:
    return [(found.text, found.min, found.max, found.unit) for found in find_quantities(text)]


def money(text: str) -> list[tuple[str, Decimal | None, Decimal | None, str]]:
    return [(found.text, found.min, found.max, found.currency) for found in find_money(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "il faisait": the weather, so Celsius
        ("Au petit matin, il faisait moins 8 degrés à Gérardmer.", [("moins 8 degrés", -8, -8, "°C")]),
        ("Le thermomètre est descendu à moins 14 °C dans la nuit.", [("moins 14 °C", -14, -14, "°C")]),
        # bounds, not a sign
        ("Il fera au moins 8 degrés à Gérardmer demain.", [("au moins 8 degrés", 8, None, "°C")]),
        ("Il fera moins de 8 degrés à Gérardmer demain.", [("moins de 8 degrés", None, 8, "°C")]),
        # "de moins" after the number: a difference, no sign
        ("Il fait 4 degrés de moins qu'hier selon la météo.", [("4 degrés", 4, 4, "°C")]),
        # only temperatures take the word as a sign
        ("Le panier coûte moins 5 % qu'en ville.", [("5 %", 5, 5, "%")]),
    ],
)
def test_moins_before_a_temperature_is_below_zero(text, expected):
    assert quantities(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le disque de 4 To coûte moins cher.", [("4 To", 4, 4, "To")]),
        ("La pièce jointe pèse 350 ko.", [("350 ko", 350, 350, "ko")]),
        ("Les hackers ont copié 80 gigaoctets de fichiers.", [("80 gigaoctets", 80, 80, "Go")]),
        ("La clé contient 900 mégaoctets de photos.", [("900 mégaoctets", 900, 900, "Mo")]),
        ("Le réseau atteint 2 Gbit/s dans le centre.", [("2 Gbit/s", 2, 2, "Gbit/s")]),
        ("Le village plafonne à 20 Mb/s.", [("20 Mb/s", 20, 20, "Mbit/s")]),
        ("Un débit de 300 mégabits par seconde est promis.", [("300 mégabits par seconde", 300, 300, "Mbit/s")]),
        # a knockout is no kilobyte, nor a name a size
        ("Le boxeur a gagné par KO au 3e round.", []),
        ("La console Go 2 sortira en mars.", []),
    ],
)
def test_data_sizes_and_rates(text, expected):
    assert quantities(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le décret n° 2025-417 pris en juin modifie le code.", []),
        ("La loi 2021-873 votée au printemps est entrée en vigueur.", []),
        # a range glued by a hyphen stays a range
        ("Entre 10-20 % des élèves sont absents.", [("Entre 10-20 %", 10, 20, "%")]),
        ("Les 3-4 enfants attendent dehors.", [("3-4 enfants", 3, 4, "enfant")]),
    ],
)
def test_the_tail_of_a_code_is_no_quantity(text, expected):
    assert quantities(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("La commune compte septante-quatre logements vides.", [("septante-quatre logements", 74, 74, "logement")]),
        ("Le sentier fait huitante kilomètres.", [("huitante kilomètres", 80, 80, "km")]),
        ("Nonante pour cent des élèves ont réussi.", [("Nonante pour cent", 90, 90, "%")]),
        (
            "Un demi-million de spectateurs sont venus.",
            [("Un demi-million de spectateurs", 500000, 500000, "spectateur")],
        ),
        ("Une vingtaine de bénévoles ont aidé.", [("Une vingtaine de bénévoles", 20, 20, "bénévole")]),
        ("Des centaines de bénévoles ont aidé.", []),
        # a proportion, its verb after it; a count over a span of time or of places stays one
        ("Trois habitants sur dix vivent seuls, deux fois plus qu'avant.", []),
        ("Deux salariés sur dix déclarent avoir été harcelés.", []),
        ("L'usine créera 300 emplois sur 5 ans.", [("300 emplois", 300, 300, "emploi"), ("5 ans", 5, 5, "an")]),
        (
            "Le parti détient 27 sièges sur 35 départements.",
            [("27 sièges", 27, 27, "siège"), ("35 départements", 35, 35, "département")],
        ),
    ],
)
def test_numbers_in_words_and_round_counts(text, expected):
    assert quantities(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le fonds a levé 12 M$ CA à Québec.", [("12 M$ CA", 12000000, 12000000, "CAD")]),
        ("Le sac coûte 9 000 francs CFA à Lomé.", [("9 000 francs CFA", 9000, 9000, "XOF")]),
        ("La dette atteint 2,3 Mds€ fin juin.", [("2,3 Mds€", 2300000000, 2300000000, "EUR")]),
        ("Le club a versé nonante mille euros.", [("nonante mille euros", 90000, 90000, "EUR")]),
    ],
)
def test_currencies_and_abbreviations(text, expected):
    assert money(text) == expected
