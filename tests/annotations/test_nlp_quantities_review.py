"""Quantities a review of the session found misread, kept here on invented sentences, each beside the
look-alike it must leave alone: hours after a verb of waiting or of delay that tell the time, a number
in words that stops at its millions, and the base a price is given for."""

from decimal import Decimal

import pytest

from annotations.nlp.quantities import find_quantities


def quantities(text: str) -> list[tuple[str, Decimal | None, Decimal | None, str]]:
    return [(found.text, found.min, found.max, found.unit) for found in find_quantities(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # --- a time of day after a verb of waiting: figures of the afternoon and evening
        ("Les supporters devront attendre 21 heures pour connaître le tirage.", []),
        ("Il a fallu attendre 18 heures pour que la circulation reprenne.", []),
        # look-alikes: a duration in words, or a short one in figures
        ("Les passagers ont patienté trois heures sur le quai.", [("trois heures", 3, 3, "heure")]),
        ("Les blessés ont attendu 4 heures aux urgences.", [("4 heures", 4, 4, "heure")]),
        # --- a span between two times after a verb of delay
        ("Le marché de nuit est prolongé de 19 heures à 23 heures cet été.", []),
        ("La fermeture a été repoussée puis retardée de 17 h à 19 h.", []),
        # look-alikes: a delay, with or without a place after it
        ("Le TGV a été retardé de deux heures à Lyon.", [("deux heures", 2, 2, "heure")]),
        ("Les débats ont été prolongés de trois heures.", [("trois heures", 3, 3, "heure")]),
        # --- a number in words stops at its millions when what follows is no part of it
        ("La région comptait cinq millions trois ans plus tôt.", [("trois ans", 3, 3, "an")]),
        ("Ils étaient deux millions quatre mois après le début du mouvement.", [("quatre mois", 4, 4, "mois")]),
        # look-alikes: the words after millions that are part of the number
        (
            "Le pays compte quatre millions cinq cent mille électeurs.",
            [("quatre millions cinq cent mille électeurs", 4500000, 4500000, "électeur")],
        ),
        (
            "On recense 2 millions trois cent mille foyers.",
            [("2 millions trois cent mille foyers", 2300000, 2300000, "foyer")],
        ),
        # --- the base a price is given for measures nothing
        ("Le prix d'un kilo de tomates a bondi cet hiver.", []),
        ("Le coût d'une tonne de blé dépasse désormais les records.", []),
        # look-alikes: one unit after "d'" elsewhere
        ("Elle a acheté une bouteille d'un litre.", [("un litre", 1, 1, "l")]),
        ("Le chantier a pris du retard d'une semaine.", [("une semaine", 1, 1, "semaine")]),
    ],
)
def test_review_quantities(text, expected):
    assert quantities(text) == expected
