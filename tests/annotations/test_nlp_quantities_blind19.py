"""Quantities blind-19 (53 news paragraphs written blind: prices per kilo and month, salaries, rates and basis points,
doses, scientific units and notations, screens in pouces, data sizes, Belgian, Swiss, Québec and African usages,
look-alikes) and the clock times written in words: money 1.000, quantities 0.909 exact when measured once. The
corrections made after it, by kind, kept here on invented sentences, each beside the look-alike it must leave alone."""

from decimal import Decimal

import pytest

from annotations.nlp.quantities import find_quantities


def quantities(text: str) -> list[tuple[str, Decimal | None, Decimal | None, str]]:
    return [(found.text, found.min, found.max, found.unit) for found in find_quantities(text)]


QUANTITIES = [
    # --- a time of day written in words after "à", "jusqu'à", "vers", "dès", or after a verb of leaving: no length
    ("Le car pour Annecy part à 6 heures 45 minutes chaque matin.", []),
    ("La navette arrivera à 9 heures 20 minutes devant la gare.", []),
    ("Le guichet reste ouvert jusqu'à 17 heures 45 minutes.", []),
    ("Les marchés ouvrent dès 5 heures 30 minutes en été.", []),
    ("Le ferry décolle du quai vers 21 heures 10 minutes.", []),
    ("Le premier métro part à 5 h 25 min.", []),
    # look-alikes: what lasts, what a length is set or clocked at, a gap, a bound of a length
    ("La marathonienne a couru en 2 heures 24 minutes.", [("2 heures 24 minutes", 144, 144, "minute")]),
    ("Une attente de 4 heures 20 minutes aux urgences.", [("4 heures 20 minutes", 260, 260, "minute")]),
    ("Le film, ramené à 2 heures 10 minutes, sort mercredi.", [("2 heures 10 minutes", 130, 130, "minute")]),
    ("Son temps, chronométré à 3 heures 2 minutes, est homologué.", [("3 heures 2 minutes", 182, 182, "minute")]),
    ("Le Suisse pointe à 4 heures 12 minutes du vainqueur.", [("4 heures 12 minutes", 252, 252, "minute")]),
    (
        "La traversée peut durer jusqu'à 3 heures 40 minutes par gros temps.",
        [("jusqu'à 3 heures 40 minutes", None, 220, "minute")],
    ),
    ("Le dernier coureur a terminé à 5 h 48 min.", [("5 h 48 min", 348, 348, "minute")]),
]


@pytest.mark.parametrize(("text", "expected"), QUANTITIES)
def test_quantities(text, expected):
    assert quantities(text) == expected
