"""Forms first met on the third set of whole expressions written blind
(evaluation/data/expressions_blind3.fr.json), each with new sentences beside look-alikes that must not
change: a range of amounts or counts in words whose second bound ends on "mille", cents in words, bounds "un
minimum de" and "au bas mot", currencies of the Americas and Oceania; month ranges after "d'", spans of
seasons, centuries and decades counted back, "il y a tout juste", "la nuit dernière", a budget's or a
fiscal year's noun, "au cœur de", "depuis la rentrée", a school year told from today, a form's or a
room's number; and the set's sentences that hold no date and no amount."""

from datetime import date
from pathlib import Path

import pytest

from annotations.nlp.normalise import normalise
from annotations.nlp.quantities import find_quantities
from tests.annotations.reading import amounts, date_values, sentences_with_a_date_or_an_amount

DATA = Path(__file__).resolve().parents[2] / "evaluation" / "data" / "expressions_blind3.fr.json"
MONDAY = date(2027, 2, 8)


def values(text: str) -> list[tuple[str, str | None]]:
    return date_values(text, MONDAY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the first number in words takes the "mille" the second ends on
        (
            "La rénovation coûtera entre quarante et quarante-cinq mille euros.",
            [("entre quarante et quarante-cinq mille euros", 40000, 45000, "EUR")],
        ),
        ("Comptez de six à huit mille dollars.", [("de six à huit mille dollars", 6000, 8000, "USD")]),
        # look-alikes: the first would pass the second, or has its own "mille"
        ("Le billet vaut entre cent et trois mille euros.", [("entre cent et trois mille euros", 100, 3000, "EUR")]),
        (
            "Il faut entre mille et deux mille euros.",
            [("entre mille et deux mille euros", 1000, 2000, "EUR")],
        ),
        # in figures too, a first figure in the thousands the second is grouped in (range_scales; as
        # expressions_blind8, expressions_blind9 and quantities_news_blind18 write it); one far under it keeps its own
        ("Le lot vaut entre 40 et 45 000 euros.", [("entre 40 et 45 000 euros", 40000, 45000, "EUR")]),
        ("Le lot vaut entre 4 et 45 000 euros.", [("entre 4 et 45 000 euros", 4, 45000, "EUR")]),
        (
            "Le budget est de deux à trois millions d'euros.",
            [("de deux à trois millions d'euros", 2000000, 3000000, "EUR")],
        ),
        # cents in words, before "centimes" only
        ("Le timbre augmente de quarante-deux centimes.", [("quarante-deux centimes", 0.42, 0.42, "EUR")]),
        ("L'usine emploie deux cents ouvriers.", []),
        # lower bounds
        ("Le ticket coûte un minimum de 15 euros.", [("un minimum de 15 euros", 15, None, "EUR")]),
        (
            "La fraude atteint au bas mot 40 millions d'euros.",
            [("au bas mot 40 millions d'euros", 40000000, None, "EUR")],
        ),
        ("Il a versé au minimum 300 euros.", [("au minimum 300 euros", 300, None, "EUR")]),
        # currencies named with their country
        (
            "Le contrat porte sur 80 millions de pesos argentins.",
            [("80 millions de pesos argentins", 80000000, 80000000, "ARS")],
        ),
        ("Il a reçu 4 000 dollars de Hong Kong.", [("4 000 dollars de Hong Kong", 4000, 4000, "HKD")]),
        (
            "Le fonds pèse 15 millions de dollars néo-zélandais.",
            [("15 millions de dollars néo-zélandais", 15000000, 15000000, "NZD")],
        ),
        ("Le billet coûte 120 reais.", [("120 reais", 120, 120, "BRL")]),
        ("Le dollar néo-zélandais a reculé face au peso mexicain.", []),
    ],
)
def test_amounts(text, expected):
    assert amounts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # counts too: the first number in words takes the "mille" the second ends on
        ("Entre vingt et vingt-cinq mille supporters sont attendus.", [(20000, 25000, "supporter")]),
        (
            "La commune est passée de douze à quinze mille habitants.",
            [(12000, 12000, "habitant"), (15000, 15000, "habitant")],
        ),
        # look-alike: the first would pass the second
        ("Entre cent et deux mille bénévoles ont aidé.", [(100, 2000, "bénévole")]),
        # in figures too, since quantities_news_blind18 (test_nlp_quantities_blind18.py)
        ("Entre 20 et 25 000 supporters sont attendus.", [(20000, 25000, "supporter")]),
    ],
)
def test_counts(text, expected):
    assert [(q.min, q.max, q.unit) for q in find_quantities(normalise(text))] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a month range after "d'"
        ("Les travaux dureront d'octobre à décembre 2027.", [("d'octobre à décembre 2027", "2027-10/2027-12")]),
        ("Le prix d'octobre a baissé.", [("octobre", "2026-10")]),
        # a span of seasons
        (
            "Il a vécu à Lyon de l'hiver 2019 au printemps 2021.",
            [("de l'hiver 2019 au printemps 2021", "2018-12/2021-05")],
        ),
        (
            "Entre l'été 2020 et l'automne 2022, la ville a changé.",
            [("Entre l'été 2020 et l'automne 2022", "2020-06/2022-11")],
        ),
        ("L'automne 2024 a été pluvieux.", [("L'automne 2024", "2024-09/2024-11")]),
        # decades and centuries counted from today, "tout juste"
        ("Le pont a été construit il y a un siècle.", [("il y a un siècle", "1927")]),
        (
            "Le climat a changé au cours des trois dernières décennies.",
            [("au cours des trois dernières décennies", "1997/2026")],
        ),
        ("Il a quitté la ville il y a tout juste deux ans.", [("il y a tout juste deux ans", "2025")]),
        ("La mine a fermé après un siècle d'exploitation.", []),
        # the night before the publication
        ("Deux voitures ont brûlé la nuit dernière.", [("la nuit dernière", "2027-02-08")]),
        ("Le groupe a joué la nuit dernière du festival.", []),
        # a budget's or a fiscal year's noun
        ("L'année fiscale 2026 a été clôturée.", [("L'année fiscale 2026", "2026")]),
        ("Le vote de l'année budgétaire 2028 approche.", [("l'année budgétaire 2028", "2028")]),
        ("Le budget 2028 sera présenté le 14 octobre.", [("Le budget 2028", "2028"), ("le 14 octobre", "2027-10-14")]),
        ("La ville a dépensé 3 millions pour la culture en 2026.", [("2026", "2026")]),
        # "au cœur de" frames a date
        ("La canicule a frappé au cœur de l'été 2022.", [("au cœur de l'été 2022", "2022-06/2022-08")]),
        # the school year from today
        ("Les absences ont doublé depuis la rentrée.", [("depuis la rentrée", "2026-09/..")]),
        ("L'année scolaire prochaine comptera deux jours de plus.", [("L'année scolaire prochaine", "2027/2028")]),
        ("Le collège ouvrira à la rentrée.", []),
        # a named era is no date (dates_news_blind16 leaves "l'entre-deux-guerres" out, as "la Belle Époque")
        ("L'immeuble date de l'entre-deux-guerres.", []),
        # a form's, a room's or a runner's number is no year
        ("Le formulaire 2044 est disponible en ligne.", []),
        ("Le procès se tient en salle 2001 du tribunal.", []),
        ("Le dossard 1998 a franchi la ligne en tête.", []),
        ("En 2044, la ligne sera prolongée.", [("2044", "2044")]),
    ],
)
def test_dates(text, expected):
    assert values(text) == expected


def test_the_sentences_without_a_date_or_an_amount_hold_none():
    assert sentences_with_a_date_or_an_amount(DATA) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The first number takes the scale the second ends on, the largest that keeps it the smaller.
        ("Le chantier coûtera entre cinq et six cent mille euros.", (500_000, 600_000)),
        ("La facture ira de quatre à cinq cent mille euros.", (400_000, 500_000)),
        ("Le projet coûtera entre cent et deux cent mille euros.", (100_000, 200_000)),
        ("Le chantier coûtera entre vingt et cent mille euros.", (20_000, 100_000)),
        ("Le chantier coûtera entre cinq et six cents euros.", (500, 600)),
        # Look-alikes that keep their own size.
        ("Le chantier coûtera entre cent et deux mille euros.", (100, 2_000)),
        ("Le chantier coûtera entre cent et deux cents euros.", (100, 200)),
        ("Le chantier coûtera entre dix et cent euros.", (10, 100)),
    ],
)
def test_a_range_in_words_borrows_the_scale_its_second_number_ends_on(text, expected):
    [(_text, low, high, currency)] = amounts(text)
    assert ((low, high), currency) == (expected, "EUR")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "il y a" + an amount of time of something: there are so many, no date.
        ("Il y a un siècle d'écart entre ces deux bâtiments.", []),
        ("Il y a trois décennies de retard dans ce dossier.", []),
        ("Il y a deux ans de différence entre les jumeaux.", []),
        # Ago, as before.
        ("Il y a un siècle, la ville comptait trois mille habitants.", [("Il y a un siècle", "1926")]),
        ("Il y a deux ans de cela, il était maire.", [("Il y a deux ans", "2024")]),
        # A postal code is no year, in the plural too, nor is the second one listed after the noun.
        ("Les codes postaux 1950 et 1951 couvrent Sion.", []),
        ("Le code postal 1950 couvre Sion.", []),
    ],
)
def test_il_y_a_an_amount_of_something_and_postal_codes_are_no_dates(text, expected):
    assert date_values(text, date(2026, 3, 19)) == expected
