"""Dates the review of expressions_blind5's rules found read wrongly: "Q4" after a maker's name is a model,
not the English quarter; each beside the look-alike that keeps its date."""

from datetime import date

import pytest

from tests.annotations.reading import date_values

TUESDAY = date(2027, 6, 15)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a model named by a maker and a year
        ("L'Audi Q4 2024 a été rappelée.", []),
        ("L'Infiniti Q3 2019 est sortie.", []),
        # the quarter: after a preposition, a determiner, at the start of a line, after a name and its comma
        ("Le groupe a publié ses résultats du Q3 2026.", [("Q3 2026", "2026-07/2026-09")]),
        ("Sur le Q4 2025, la marge a progressé.", [("Q4 2025", "2025-10/2025-12")]),
        ("Au Q3 2026, le chiffre d'affaires a reculé de 4 %.", [("Q3 2026", "2026-07/2026-09")]),
        ("Q1 2027 : les ventes ont bondi de 12 %.", [("Q1 2027", "2027-01/2027-03")]),
        ("Selon Apple, le Q2 2026 a été record.", [("Q2 2026", "2026-04/2026-06")]),
    ],
)
def test_dates(text, expected):
    assert date_values(text, TUESDAY) == expected
