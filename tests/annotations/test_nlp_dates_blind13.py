"""Dates blind-13 (116 sentences over 13 news days, written blind in the twentieth session to stress lists of
days, quarters next to a quarter, holidays and their long weekends, courts' put-off days, school and fiscal
years, road numbers): corrected by kind after its single measure; each rule on invented text, with the
look-alike it must leave alone."""

from datetime import date

import pytest

from annotations.nlp.dates import find_dates

WEDNESDAY = date(2027, 9, 15)


def values(text: str, published: date = WEDNESDAY) -> list[tuple[str, str | None]]:
    return [(found.text, found.value) for found in find_dates(text, published=published)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # days listed are each their own date, the month (and year) written after the last one
        ("Le congrès se réunira les 8 et 9 octobre à Rennes.", [("les 8", "2027-10-08"), ("9 octobre", "2027-10-09")]),
        (
            "Les urnes seront ouvertes les 2, 3 et 4 novembre 2028.",
            [("les 2", "2028-11-02"), ("3", "2028-11-03"), ("4 novembre 2028", "2028-11-04")],
        ),
        (
            "Les portes ouvertes ont lieu les samedi 25 et dimanche 26 septembre.",
            [("les samedi 25", "2027-09-25"), ("dimanche 26 septembre", "2027-09-26")],
        ),
        (
            "Il passera le 20 octobre et le 3 novembre.",
            [("le 20 octobre", "2027-10-20"), ("le 3 novembre", "2027-11-03")],
        ),
        # "entre ... et" is a range, as is "du ... au"
        (
            "Le salon se tiendra entre le 8 et le 11 octobre.",
            [("entre le 8 et le 11 octobre", "2027-10-08/2027-10-11")],
        ),
        ("Le salon se tiendra entre les 8 et 11 octobre.", [("8 et 11 octobre", "2027-10-08/2027-10-11")]),
        ("Le salon se tiendra du 8 au 11 octobre.", [("du 8 au 11 octobre", "2027-10-08/2027-10-11")]),
        # "vingt et un" is one day
        ("Le bal aura lieu le vingt et un octobre.", [("le vingt et un octobre", "2027-10-21")]),
    ],
)
def test_days_listed_with_et_are_each_a_day(text, expected):
    assert values(text) == expected


def test_a_time_after_a_ranges_first_day_stays_in_the_range():
    assert values("La circulation sera coupée du vendredi 1er octobre à 22 h au lundi 4 octobre.") == [
        ("du vendredi 1er octobre à 22 h au lundi 4 octobre", "2027-10-01/2027-10-04")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Au deuxième trimestre 2027, la production a baissé, après une hausse au trimestre précédent.",
            [("deuxième trimestre 2027", "2027-04/2027-06"), ("trimestre précédent", "2027-01/2027-03")],
        ),
        (
            "Le premier semestre 2027 a été bon et le semestre suivant s'annonce meilleur.",
            [("premier semestre 2027", "2027-01/2027-06"), ("semestre suivant", "2027-07/2027-12")],
        ),
        # across a year's end
        (
            "Au quatrième trimestre 2026, les ventes ont reculé ; le trimestre suivant a été pire.",
            [("quatrième trimestre 2026", "2026-10/2026-12"), ("trimestre suivant", "2027-01/2027-03")],
        ),
        # a quarter without its year after "du" is read like one after "au"
        (
            "Les pertes du deuxième trimestre ont effacé les gains du trimestre précédent.",
            [("du deuxième trimestre", "2027-04/2027-06"), ("trimestre précédent", "2027-01/2027-03")],
        ),
        # after a whole year, no quarter to count from
        ("En 2025, les prix ont baissé, et le trimestre suivant aussi.", [("2025", "2025")]),
    ],
)
def test_the_quarter_before_or_after_the_texts_latest(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the day a hearing is put off or brought forward to is still to come, whatever the participle
        ("Le dossier, renvoyé au 2 octobre, sera jugé à Dijon.", [("2 octobre", "2027-10-02")]),
        ("La cour a renvoyé l'examen de l'appel au 9 octobre.", [("9 octobre", "2027-10-09")]),
        ("Le juge a placé sa décision en délibéré au 4 octobre.", [("4 octobre", "2027-10-04")]),
        ("La finale a été avancée à vendredi.", [("vendredi", "2027-09-17")]),
        # a past event keeps its past ("reçu le 2 octobre"), a pluperfect may tell one over
        ("Le dossier a été reçu le 2 octobre.", [("le 2 octobre", "2026-10-02")]),
        ("Le procès avait été renvoyé au 2 octobre.", [("2 octobre", "2026-10-02")]),
        # in the pluperfect after a date of an earlier year, the day put off to follows that story
        ("En 2019, l'audience avait été renvoyée au 3 juin.", [("2019", "2019"), ("3 juin", "2019-06-03")]),
    ],
)
def test_a_day_put_off_to_is_still_to_come(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a long weekend dates its holiday; a bridge carries the day's year or its capital
        ("Les routes seront chargées pour le pont du 11-Novembre.", WEDNESDAY, [("11-Novembre", "2027-11-11")]),
        ("Le pont du 11-Novembre-1918 est fermé à la circulation.", WEDNESDAY, []),
        ("Les gîtes affichent complet pour le pont de l'Ascension.", date(2028, 2, 1), [("l'Ascension", "2028-05-25")]),
        ("Le musée fermera le jour de l'Assomption.", date(2028, 2, 1), [("le jour de l'Assomption", "2028-08-15")]),
        # common nouns without their capital
        ("L'ascension du Ventoux a duré trois heures.", WEDNESDAY, []),
        ("L'assomption d'un risque est un choix.", WEDNESDAY, []),
    ],
)
def test_holidays_and_their_long_weekends(text, published, expected):
    assert values(text, published) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Se marier un 31 décembre porte chance, dit-on.", []),
        ("Chaque 1er mai, le muguet se vend bien.", []),
        ("Le 31 décembre, la mairie fermera à midi.", [("Le 31 décembre", "2027-12-31")]),
        ("Il est né un 31 décembre 1999.", [("31 décembre 1999", "1999-12-31")]),
    ],
)
def test_un_with_a_day_and_month_is_any_such_day(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le marché du samedi est déplacé place Carnot.", []),
        ("Le Journal du dimanche a publié un sondage.", []),
        ("Les magasins ouvriront samedi.", [("samedi", "2027-09-18")]),
        ("Il a plu dans la nuit du samedi au dimanche.", [("samedi", "2027-09-11"), ("dimanche", "2027-09-12")]),
    ],
)
def test_du_before_a_bare_weekday_is_a_habit(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Un camion s'est renversé sur la D 2019 près d'Auxerre.", []),
        ("La RD 1085 sera coupée pour travaux.", []),
        ("La départementale 2010 reste fermée.", []),
        ("En 2019, la route a été refaite.", [("2019", "2019")]),
        ("La feuille de route 2030 a été adoptée.", [("2030", "2030")]),
        ("L'élection départementale 2021 a été annulée.", [("2021", "2021")]),
        # a noun and its adjective before the year and "de l'"
        (
            "L'exercice comptable 2026-2027 de l'entreprise a été bon.",
            [("L'exercice comptable 2026-2027", "2026/2027")],
        ),
    ],
)
def test_a_roads_number_is_no_year(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a match won, told in a phrase set off by commas, is past whatever the main verb says
        (
            "L'OL, vainqueur 2-1 samedi, affrontera Lille mercredi prochain.",
            [("samedi", "2027-09-11"), ("mercredi prochain", "2027-09-22")],
        ),
        ("Le vainqueur samedi recevra une coupe.", [("samedi", "2027-09-18")]),
        # what is feared or hoped for is to come
        ("Un orage est redouté jeudi sur la Drôme.", [("jeudi", "2027-09-16")]),
        ("Un orage a été redouté jeudi sur la Drôme.", [("jeudi", "2027-09-09")]),
    ],
)
def test_tense_of_a_winners_phrase_and_of_what_is_feared(text, expected):
    assert values(text) == expected
