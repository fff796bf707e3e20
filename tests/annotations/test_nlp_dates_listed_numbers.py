"""A number listed after an identifier's noun is no year, whichever place it holds in the list: the noun that
makes the first number a postcode, an article's or a plot's number makes the numbers coordinated with it one too
("les codes postaux 1950 et 1960"); a list of years after a time cue stays a list of years."""

from datetime import date

import pytest

from tests.annotations.reading import date_values

TUESDAY = date(2025, 3, 11)


@pytest.mark.parametrize(
    "text",
    [
        "Les codes postaux 1920 et 1934 passent à la fibre.",
        "Les numéros 1914, 1939 et 1945 ont été tirés au sort.",
        "Les articles 1240 et 1241 du Code civil fondent sa demande.",
        "Les lots 1998, 1999 ou 2001 restent à vendre.",
        "Les parcelles 2017 et 2018 seront cédées à la commune.",
        "Les chambres 2012 à 2016 sont en travaux.",
        "L'article 1984 du Code civil définit le mandat.",
    ],
)
def test_is_year_no_number_listed_after_an_identifier(text):
    assert date_values(text, TUESDAY) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Look-alikes: years listed after a time cue, a noun's year, and a year after a postcode's sentence.
        ("La maison a été vendue en 1998 et en 2001.", [("1998", "1998"), ("2001", "2001")]),
        ("Il a quitté le club en 2017 et 2018 fut une année blanche.", [("2017", "2017"), ("2018", "2018")]),
        ("Entre 1998 et 2001, la commune a doublé.", [("Entre 1998 et 2001", "1998/2001")]),
        ("Le code postal 1920 couvre le bourg, et en 1998 la commune a fusionné.", [("1998", "1998")]),
        ("Les articles publiés en 2017 et 2018 ont été retirés.", [("2017", "2017"), ("2018", "2018")]),
    ],
)
def test_is_year_years_listed_after_a_time_cue(text, expected):
    assert date_values(text, TUESDAY) == expected
