"""Date expressions: ISO values, precision, bounds, relative resolution and false dates."""

from datetime import date

import pytest

from annotations.nlp.dates import find_dates
from annotations.nlp.normalise import normalise


def values(text: str, published: date | None = None) -> list[tuple[str, str]]:
    return [(found.text, found.value) for found in find_dates(normalise(text), published=published)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le 1er février 2018, la loi entre en vigueur.", [("1er février 2018", "2018-02-01")]),
        ("Signé lundi 3 mars 2025 à Paris.", [("lundi 3 mars 2025", "2025-03-03")]),
        ("Le délai expire le 29/02/2024.", [("29/02/2024", "2024-02-29")]),
        ("Mis en ligne le 2023-11-05.", [("2023-11-05", "2023-11-05")]),
        ("En novembre 2024, le procès s'ouvre.", [("novembre 2024", "2024-11")]),
        ("Le 3 sept. 2020, rien.", [("3 sept. 2020", "2020-09-03")]),
        ("En 2015, tout commence.", [("2015", "2015")]),
        ("La crise dure de 2008 à 2012.", [("de 2008 à 2012", "2008/2012")]),
        ("La saison 2015-2016 fut longue.", [("La saison 2015-2016", "2015/2016")]),
        ("Le festival a lieu du 3 au 5 juillet 2025.", [("du 3 au 5 juillet 2025", "2025-07-03/2025-07-05")]),
        ("Les ventes de janvier à mars 2020 chutent.", [("de janvier à mars 2020", "2020-01/2020-03")]),
        ("Au premier trimestre 2021, le PIB recule.", [("premier trimestre 2021", "2021-01/2021-03")]),
        ("Dans les années 1990, la ville grandit.", [("les années 1990", "1990/1999")]),
        ("Fin 2019, l'usine ferme.", [("Fin 2019", "2019-11/2019-12")]),
        ("Le chantier commence à l'été 2018.", [("l'été 2018", "2018-06/2018-08")]),
        ("Début mars 2020, le confinement approche.", [("Début mars 2020", "2020-03-01/2020-03-10")]),
    ],
)
def test_find_dates_normalises_absolute_expressions(text, expected):
    assert values(text) == expected


def test_find_dates_gives_precision_and_bounds():
    month, day_range = find_dates("En février 2024 puis du 3 au 5 mars 2024.")
    assert (month.precision, month.earliest, month.latest) == ("month", date(2024, 2, 1), date(2024, 2, 29))
    assert (day_range.precision, day_range.earliest, day_range.latest) == ("range", date(2024, 3, 3), date(2024, 3, 5))


@pytest.mark.parametrize(
    "text",
    [
        "L'usine emploie 2 000 salariés et 1500 intérimaires.",
        "Plus de 2000 manifestants ont défilé.",
        "Entre 1500 et 2000 euros par mois.",
        "Le score est de 2-1 à 00:00.",
        "Nous avons une décennie pour agir.",
        "Sept ans plus tard, rien n'a changé.",
        "Le 30 février 2023 n'existe pas.",
        "Le numéro 2023 du journal.",
    ],
)
def test_find_dates_avoids_false_dates(text):
    assert values(text) == []


PUBLISHED = date(2024, 3, 6)  # a Wednesday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hier, le ministre a parlé.", "2024-03-05"),
        ("Aujourd'hui, la grève continue.", "2024-03-06"),
        ("L'an prochain, les tarifs montent.", "2025"),
        ("L'année dernière, les tarifs ont monté.", "2023"),
        ("Lundi dernier, le conseil a voté.", "2024-03-04"),
        ("Mardi prochain, le conseil votera.", "2024-03-12"),
        ("Le conseil a voté vendredi.", "2024-03-01"),
        ("La semaine dernière, rien.", "2024-02-26/2024-03-03"),
        ("Il y a deux ans, tout a changé.", "2022"),
        ("Le mois prochain, une loi.", "2024-04"),
        ("Le 3 mars, le texte a été voté.", "2024-03-03"),
        ("En décembre, le texte a été voté.", "2023-12"),
        ("L'été dernier, il a plu.", "2023-06/2023-08"),
    ],
)
def test_find_dates_resolves_deictic_expressions_against_publication(text, expected):
    [(_text, value)] = values(text, PUBLISHED)
    assert value == expected


def test_find_dates_resolves_anaphoric_expressions_against_the_previous_date():
    text = "En 2016, la société naît. L'année suivante, elle lève des fonds. Trois ans plus tard, elle ferme."
    assert [value for _text, value in values(text)] == ["2016", "2017", "2020"]


def test_find_dates_counts_days_from_the_previous_day():
    text = "Le 14 juillet 2020, le défilé a lieu. Le lendemain, la pluie. La veille, le soleil."
    assert [value for _text, value in values(text)] == ["2020-07-14", "2020-07-15", "2020-07-14"]


def test_find_dates_drops_what_nothing_anchors():
    text = "Aujourd'hui, hier, l'an prochain, le 3 mars et l'année suivante sont flous."
    assert values(text) == []


def test_find_dates_keeps_figurative_tomorrow_out():
    assert values("Les décisions d'aujourd'hui feront le monde de demain.", PUBLISHED) == []


def test_find_dates_opens_since_and_does_not_move_the_timeline_on_it():
    text = "La hausse dure depuis juillet 2022. En juin, l'inflation a atteint 5 %."
    assert values(text, date(2023, 7, 28)) == [("depuis juillet 2022", "2022-07/.."), ("juin", "2023-06")]


def test_find_dates_searches_only_the_given_regions():
    text = "Copyright 2021. En 2016, une date.\nFooter 2025"
    start = text.index("En")
    assert [found.value for found in find_dates(text, regions=[(start, text.index("\n"))])] == ["2016"]
