"""Forms first met on the tenth set of whole expressions written blind
(evaluation/data/expressions_blind10.fr.json), each with new sentences beside look-alikes that must not
change: acts named with their number or name before their day or year ("le décret n° 2025-118 du", "la loi Evin de
1991"), the Republican calendar ("le 9 thermidor an II"), numbered weeks with "n°" and between two numbers, ranges of
bare days of this month or the next, half a year, "le 25 de ce mois", "en milieu de journée", "d'ici au"; currencies
of the French-speaking world (riels, dongs, Mauritian rupees, codes after the figure); and the set's sentences that
hold no date and no amount."""

from datetime import date
from pathlib import Path

import pytest

from tests.annotations.reading import amounts, date_values, sentences_with_a_date_or_an_amount

DATA = Path(__file__).resolve().parents[2] / "evaluation" / "data" / "expressions_blind10.fr.json"
FRIDAY = date(2026, 5, 15)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # acts named with their number or their name before their day; a number alone is none
        (
            "Le décret n° 2025-118 du 3 février 2025 fixe les tarifs.",
            [("Le décret n° 2025-118 du 3 février 2025", "2025-02-03")],
        ),
        (
            "La loi Royer du 27 décembre 1973 encadrait les grandes surfaces.",
            [("La loi Royer du 27 décembre 1973", "1973-12-27")],
        ),
        (
            "Il invoque l'accord de Paris du 12 décembre 2015.",
            [("l'accord de Paris du 12 décembre 2015", "2015-12-12")],
        ),
        ("Le courrier en date du 4 mars est resté sans réponse.", [("en date du 4 mars", "2026-03-04")]),
        ("Le décret n° 2025-118 prévoit une dérogation.", []),
        # a law or a code named by its year; a code of four figures is none
        ("La loi Gayssot de 1990 réprime le négationnisme.", [("La loi Gayssot de 1990", "1990")]),
        ("Le code de 1804 caractères a été piraté.", []),
        ("Le traité date de 1919.", [("1919", "1919")]),
        # a forming is no Constitution; a participle or "du plus fort" is no word of a law's name
        ("La constitution du bureau du 9 mars 2026 est contestée.", [("9 mars 2026", "2026-03-09")]),
        ("La constitution du groupe de 2024 est dissoute.", [("2024", "2024")]),
        ("La loi Évin amendée de 2016 fait débat.", [("2016", "2016")]),
        ("La loi du plus fort du 9 mars 2026 a prévalu.", [("9 mars 2026", "2026-03-09")]),
        ("La loi de programmation 2026-2030 a été votée.", [("La loi de programmation 2026-2030", "2026/2030")]),
        # the Republican calendar; "l'an I" of something else is none
        ("Le 10 thermidor an II, Robespierre est guillotiné.", [("Le 10 thermidor an II", "1794-07-28")]),
        ("La loi du 14 frimaire an II organise le gouvernement.", [("La loi du 14 frimaire an II", "1793-12-04")]),
        ("La Convention se sépare en l'an IV.", [("en l'an IV", "1795-09-23/1796-09-21")]),
        ("C'est l'an I de la reconstruction.", []),
        ("Le 4 août de l'an 1789 abolit les privilèges.", [("Le 4 août de l'an 1789", "1789-08-04")]),
        # bare, "l'an II" is a second edition as often; told as a time ("de l'an II", "en l'an II") it is the calendar's
        ("Pour l'an II, la braderie s'agrandit.", []),
        ("C'est l'an I après la fusion des communes.", []),
        ("Les conscrits de l'an II partent aux frontières.", [("l'an II", "1793-09-22/1794-09-21")]),
        ("Au matin du 1er janvier de l'an 2000, rien n'a planté.", [("1er janvier de l'an 2000", "2000-01-01")]),
        # numbered weeks
        ("Les soldes débutent la semaine n° 26.", [("la semaine n° 26", "2026-06-22/2026-06-28")]),
        (
            "La récolte aura lieu entre les semaines 30 et 32.",
            [("entre les semaines 30 et 32", "2026-07-20/2026-08-09")],
        ),
        ("La semaine 4 jours séduit les salariés.", []),
        # bare days of this month, the next or the last
        ("Le salon se tient du 20 au 24 de ce mois.", [("du 20 au 24 de ce mois", "2026-05-20/2026-05-24")]),
        ("Les travaux iront du 3 au 7 du mois prochain.", [("du 3 au 7 du mois prochain", "2026-06-03/2026-06-07")]),
        ("Le loyer est dû le 5 de ce mois.", [("le 5 de ce mois", "2026-05-05")]),
        ("Le 5 du mois, il paie son loyer.", []),
        # a train's number is no year; the year after its train is
        ("Le TER 2027 de 7 h 12 est supprimé.", []),
        ("Le TER de 2027 sera plus rapide.", [("2027", "2027")]),
        # a plan named by its year after the train's name, no article before it, is a year
        ("La région adopte son schéma TER 2035.", [("2035", "2035")]),
        # half a year; a century's half unchanged
        ("La baisse est attendue dans la seconde moitié de 2027.", [("la seconde moitié de 2027", "2027-07/2027-12")]),
        ("Il a vécu dans la première moitié du XIXe siècle.", [("la première moitié du XIXe siècle", "1801/1850")]),
        # a moment of the day beside a day; a deadline from today
        ("Le verdict est tombé hier en milieu de journée.", [("hier en milieu de journée", "2026-05-14")]),
        ("Le dossier doit être rendu d'ici au 30 juin.", [("d'ici au 30 juin", "2026-06-30")]),
    ],
)
def test_dates_of_the_tenth_set(text, expected):
    assert date_values(text, FRIDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le plat coûte 45 000 riels au marché central.", [("45 000 riels", 45000.0, 45000.0, "KHR")]),
        ("Un bol de pho vaut 50 000 dongs.", [("50 000 dongs", 50000.0, 50000.0, "VND")]),
        ("Le ticket coûte 1 200 roupies mauriciennes.", [("1 200 roupies mauriciennes", 1200.0, 1200.0, "MUR")]),
        ("Le billet vaut 1 200 roupies à Delhi.", [("1 200 roupies", 1200.0, 1200.0, "INR")]),
        ("La course en taxi coûte 80 MAD.", [("80 MAD", 80.0, 80.0, "MAD")]),
        ("Le kilo de tomates est à 150 DA.", [("150 DA", 150.0, 150.0, "DZD")]),
        ("La chambre est facturée 25 000 GNF.", [("25 000 GNF", 25000.0, 25000.0, "GNF")]),
        # a capital "MAD" before the figure is a museum as often: none
        ("Le MAD 2026 accueille 300 visiteurs.", []),
        # a man named Riel or Dong after a year is no amount; the currencies are written in lower case
        ("En 1870 Riel fonde un gouvernement provisoire.", []),
        ("En 2019 Dong a signé au club.", []),
    ],
)
def test_amounts_of_the_tenth_set(text, expected):
    assert amounts(text) == expected


def test_none_of_the_set_sentences_holds_a_date_or_an_amount():
    assert sentences_with_a_date_or_an_amount(DATA) == []
