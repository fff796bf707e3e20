"""Quantities blind-14 (105 sentences written blind: public finance, prices per unit, ranges, hedges, sports,
weather, health, demographics, energy and look-alikes): money 1.000, quantities 0.995 exact when measured once.
The one correction made after it (the base of a rate, "312 cas pour 100 000 habitants", is no count of its own)
is kept here on invented sentences, each beside the look-alike it must leave alone."""

from decimal import Decimal

import pytest

from annotations.nlp.quantities import find_quantities


def quantities(text: str) -> list[tuple[str, Decimal | None, Decimal | None, str]]:
    return [(found.text, found.min, found.max, found.unit) for found in find_quantities(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a power of ten after "pour", right behind a count: the base of a rate
        ("On compte 4 médecins pour 1 000 habitants dans le Cantal.", [("4 médecins", 4, 4, "médecin")]),
        ("Le taux atteint 87 cas pour 100 000 habitants à Brest.", [("87 cas", 87, 87, "cas")]),
        ("La région compte 6 lits pour 10 000 habitants.", [("6 lits", 6, 6, "lit")]),
        # no count before "pour": a count of its own
        ("Le stade sera agrandi pour 100 000 spectateurs.", [("100 000 spectateurs", 100000, 100000, "spectateur")]),
        # not a power of ten: a count of its own
        (
            "La mairie a acheté 40 tables pour 2 500 invités.",
            [("40 tables", 40, 40, "table"), ("2 500 invités", 2500, 2500, "invité")],
        ),
    ],
)
def test_the_base_of_a_rate_is_no_count(text, expected):
    assert quantities(text) == expected


def test_after_money_the_count_stays():
    # "300 euros" is money, not a quantity: "1 000 tracts" is what was bought
    assert quantities("Le parti a payé 300 euros pour 1 000 tracts.") == [("1 000 tracts", 1000, 1000, "tract")]
