"""Forms first met on the eleventh set of whole expressions written blind
(evaluation/data/expressions_blind11.fr.json), each with new sentences beside look-alikes that must not
change: acts named with their court, their kind, their gazette or a number with letters before their day ("le
jugement du tribunal de police du", "le règlement (UE) 2031/177 du"), "avec prise d'effet le", financial, social
and academic years, Québec's weekend and national day, the Action de grâce, a month of the year told from today
("en mars de l'an dernier"); the currency codes that are also initials ("DA", "DT"), the Luxembourg franc, the ether, "$
canadiens", "et des poussières"; and the set's sentences that hold no date and no amount."""

from datetime import date
from pathlib import Path

import pytest

from tests.annotations.reading import amounts, date_values, sentences_with_a_date_or_an_amount

DATA = Path(__file__).resolve().parents[2] / "evaluation" / "data" / "expressions_blind11.fr.json"
FRIDAY = date(2026, 5, 15)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a court's decision with its court, an act with its kind, a gazette, a number with letters or a tag
        (
            "L'arrêt de la cour d'appel de Douai du 4 février 2026 est cassé.",
            [("L'arrêt de la cour d'appel de Douai du 4 février 2026", "2026-02-04")],
        ),
        (
            "Il conteste le jugement du tribunal de police du 12 mars.",
            [("le jugement du tribunal de police du 12 mars", "2026-03-12")],
        ),
        (
            "L'avis du Conseil d'État du 2 avril 2026 est réservé.",
            [("L'avis du Conseil d'État du 2 avril 2026", "2026-04-02")],
        ),
        ("Le texte paraît au Moniteur belge du 9 mai.", [("Moniteur belge du 9 mai", "2026-05-09")]),
        ("La loi-cadre du 6 janvier 2026 est appliquée.", [("La loi-cadre du 6 janvier 2026", "2026-01-06")]),
        (
            "Le règlement (UE) 2025/177 du 3 février 2025 s'applique.",
            [("Le règlement (UE) 2025/177 du 3 février 2025", "2025-02-03")],
        ),
        (
            "La décision n° 2025-880 DC du 20 mars 2025 censure l'article.",
            [("La décision n° 2025-880 DC du 20 mars 2025", "2025-03-20")],
        ),
        (
            "Signé l'avenant n° 7 du 1er avril 2026, il entre en vigueur.",
            [("l'avenant n° 7 du 1er avril 2026", "2026-04-01")],
        ),
        (
            "La convention collective du 8 juin 1970 reste en vigueur.",
            [("La convention collective du 8 juin 1970", "1970-06-08")],
        ),
        # not a stop, a doctor's opinion, a court left for a span of days
        ("Le bus a marqué un arrêt du 3 au 5 mai.", [("du 3 au 5 mai", "2026-05-03/2026-05-05")]),
        ("Il a reçu l'avis du médecin du 3 mai.", [("3 mai", "2026-05-03")]),
        ("Elle quitte le tribunal du 5 au 7 mai.", [("du 5 au 7 mai", "2026-05-05/2026-05-07")]),
        # a change that takes effect on a day
        (
            "Avec prise d'effet le 1er juillet 2026, le tarif baisse.",
            [("Avec prise d'effet le 1er juillet 2026", "2026-07-01")],
        ),
        # financial, social and academic years
        ("L'exercice financier 2026-2027 s'annonce tendu.", [("L'exercice financier 2026-2027", "2026/2027")]),
        ("L'année académique 2026-2027 commence.", [("L'année académique 2026-2027", "2026/2027")]),
        ("L'exercice social 2025 est clos.", [("L'exercice social 2025", "2025")]),
        ("L'exercice de 2025 reste fragile.", [("2025", "2025")]),
        # Québec's weekend named by its day, and "la fin de la semaine du" the week
        ("On part la fin de semaine du 23 mai.", [("la fin de semaine du 23 mai", "2026-05-23/2026-05-24")]),
        ("Il rend sa copie la fin de la semaine du 18 mai.", [("la semaine du 18 mai", "2026-05-18/2026-05-24")]),
        # Québec's national day named by its place; Canada's Action de grâce, not a prayer
        ("La Fête nationale du Québec attire les foules.", [("Fête nationale du Québec", "2026-06-24")]),
        ("Les bureaux ferment pour l'Action de grâce 2026.", [("l'Action de grâce 2026", "2026-10-12")]),
        ("Le prêtre prononce une action de grâce.", []),
        # a réveillon named by its day
        ("Le réveillon du 24 décembre est complet.", [("Le réveillon du 24 décembre", "2025-12-24")]),
        # a month or a day of the year told from today
        ("En mars de l'an dernier, la neige manquait.", [("mars de l'an dernier", "2025-03")]),
        ("Le 4 juillet de l'année prochaine, il part.", [("Le 4 juillet de l'année prochaine", "2027-07-04")]),
        ("En mars de l'année 2024, la neige manquait.", [("mars de l'année 2024", "2024-03")]),
        # (review) a part of the month told from today, and "de l'an" before a year as "de l'année"
        ("Fin mars de l'an dernier, il gelait.", [("Fin mars de l'an dernier", "2025-03-21/2025-03-31")]),
        (
            "Mi-mai de l'année prochaine, le chantier s'achève.",
            [("Mi-mai de l'année prochaine", "2027-05-11/2027-05-20")],
        ),
        ("En mars de l'an 2000, il était à Paris.", [("mars de l'an 2000", "2000-03")]),
        # (review) Luxembourg's gazette with its series; a memorial is a monument, no act
        (
            "Le texte paru au Mémorial A n° 45 du 3 avril 2026 entre en vigueur.",
            [("Mémorial A n° 45 du 3 avril 2026", "2026-04-03")],
        ),
        (
            "Les visiteurs se recueillent au mémorial du 11 septembre 2001 à New York.",
            [("11 septembre 2001", "2001-09-11")],
        ),
    ],
)
def test_dates_of_the_eleventh_set(text, expected):
    assert date_values(text, FRIDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "DA" and "DT" are dinars where the sentence speaks of money, the figure has decimals or stands alone
        ("Le pain coûte 15 DA à Oran.", [("15 DA", 15.0, 15.0, "DZD")]),
        ("La baguette est à 12,50 DA.", [("12,50 DA", 12.5, 12.5, "DZD")]),
        ("Il a versé 9 500 DA.", [("9 500 DA", 9500.0, 9500.0, "DZD")]),
        ("Le loyer atteint 450 DT par mois.", [("450 DT", 450.0, 450.0, "TND")]),
        # and initials of people in a list of counts or small with no money said
        ("Le studio d'Alger a recruté 8 DA et 30 graphistes.", []),
        ("L'équipe compte 35 ingénieurs et 6 DT.", []),
        ("Le club a engagé 2 DT cette saison.", []),
        # (review) a small figure with no staff said stays money: the prices of bread, milk, a ticket
        (
            "Le sachet de lait est à 25 DA, le pain à 10 DA.",
            [("25 DA", 25.0, 25.0, "DZD"), ("10 DA", 10.0, 10.0, "DZD")],
        ),
        ("Le ticket de métro passe à 50 DA.", [("50 DA", 50.0, 50.0, "DZD")]),
        ("Elle a empoché 60 DT au marché.", [("60 DT", 60.0, 60.0, "TND")]),
        # (review) a country, a Friday are no money words; "compte" before a count is a word of staff
        ("Le club du pays a recruté 12 DA et 40 graphistes.", []),
        ("Le club a recruté 2 DT vendredi.", []),
        ("L'équipe compte désormais 12 DT.", []),
        # the Luxembourg franc, the ether, the dollar's symbol with its country
        (
            "La maison valait 4 millions de francs luxembourgeois.",
            [("4 millions de francs luxembourgeois", 4000000.0, 4000000.0, "LUF")],
        ),
        ("Le pirate a volé 3 000 ethers.", [("3 000 ethers", 3000.0, 3000.0, "ETH")]),
        ("Le portefeuille contient 2,5 ETH.", [("2,5 ETH", 2.5, 2.5, "ETH")]),
        ("L'ETH de Zurich compte 3 prix Nobel.", []),
        ("Les éthers de glycol sont interdits depuis des années.", []),
        ("Ottawa investit 120 M$ canadiens.", [("120 M$ canadiens", 120000000.0, 120000000.0, "CAD")]),
        # a hedge after the amount
        ("Il gagne 1 800 euros et des poussières.", [("1 800 euros et des poussières", 1800.0, 1800.0, "EUR")]),
        ("Il a 10 euros et des amis.", [("10 euros", 10.0, 10.0, "EUR")]),
        # (review) dust of a thing is no hedge
        ("Il a dépensé 3 000 euros et des poussières de plâtre.", [("3 000 euros", 3000.0, 3000.0, "EUR")]),
    ],
)
def test_amounts_of_the_eleventh_set(text, expected):
    assert amounts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (review) a four-digit postcode before its town, after "à" or a street's number, is no year
        ("Le bureau est situé à 1410 Waterloo, en Belgique.", []),
        ("Il habite rue du Marché 3, 2000 Neuchâtel.", []),
        ("L'entreprise est installée à 2000 Neuchâtel depuis 2019.", [("depuis 2019", "2019/..")]),
        # beside true years: a comma, a unit, a lower-case word, a bound or a range before a name
        ("En 1204, Genève était une ville épiscopale.", [("1204", "1204")]),
        ("Le refuge est perché à 1204 mètres.", []),
        ("Il est né à 1990 près de Paris.", [("1990", "1990")]),
        ("Jusqu'à 2012 Genève accueillait le salon.", [("Jusqu'à 2012", "../2012")]),
        ("D'ici à 2030 Genève veut doubler ses pistes cyclables.", [("D'ici à 2030", "2030")]),
        ("De 2010 à 2012 Paris a accueilli le salon.", [("De 2010 à 2012", "2010/2012")]),
        ("L'inauguration, reportée à 2027 Paris l'attend.", [("2027", "2027")]),
    ],
)
def test_a_postcode_before_its_town_is_no_year(text, expected):
    assert date_values(text, FRIDAY) == expected


def test_none_of_the_set_sentences_holds_a_date_or_an_amount():
    assert sentences_with_a_date_or_an_amount(DATA) == []
