"""Forms first met on the fifth set of whole expressions written blind
(evaluation/data/expressions_blind5.fr.json), each with new sentences beside look-alikes that must not
change: Swiss "mia" and "mio" of francs, "$ CAN", ariarys and Haitian gourdes, a lower-case "fr.", a share of a
currency counted in figures or words; hours between two clock times and moments beside a day, "qui vient", "au
plus tard" before a weekday, round counts ("une quinzaine de jours"), "écoulé(e)", "Q3 2026", the end of a quarter,
a day of next month, weekends counted in a month, quarters of centuries and halves of decades, two decades as one span, decades
to today, "inclus" after a range, codes that look like years, "du mois prochain" after a bound, Saint Patrick's
day, "en plein hiver", a season of "l'an 2000", the Années folles; and the set's sentences that hold no date
and no amount."""

from datetime import date
from pathlib import Path

import pytest

from tests.annotations.reading import amounts, date_values, sentences_with_a_date_or_an_amount

DATA = Path(__file__).resolve().parents[2] / "evaluation" / "data" / "expressions_blind5.fr.json"
TUESDAY = date(2027, 6, 15)


def values(text: str) -> list[tuple[str, str | None]]:
    return date_values(text, TUESDAY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Swiss "mia" and "mio" say Swiss francs
        ("Le canton a budgété 2,5 mia de francs.", [("2,5 mia de francs", 2500000000, 2500000000, "CHF")]),
        ("La commune a reçu 12 mio de francs.", [("12 mio de francs", 12000000, 12000000, "CHF")]),
        ("Le billet coûte 45 $ CAN.", [("45 $ CAN", 45, 45, "CAD")]),
        ("L'amende s'élève à 300 000 ariarys.", [("300 000 ariarys", 300000, 300000, "MGA")]),
        ("Il gagne 20 000 gourdes haïtiennes.", [("20 000 gourdes haïtiennes", 20000, 20000, "HTG")]),
        # look-alike: gourdes alone are as often bottles
        ("L'école a distribué 400 gourdes.", []),
        # the Swiss write the franc "fr." in lower case after the figure, the dot its decimal point
        ("Le café coûte 4.50 fr. à la gare.", [("4.50 fr.", 4.5, 4.5, "CHF")]),
        # a share of a currency is no amount; a total, a period or a larger amount before "sur" leaves it one
        ("Trois euros sur quatre vont aux salaires.", []),
        ("Un dollar sur 10 reste dans la région.", []),
        ("Il investit 3 millions d'euros sur cinq ans.", [("3 millions d'euros", 3000000, 3000000, "EUR")]),
        (
            "Le club lui offre 42 millions de dollars canadiens sur six saisons.",
            [("42 millions de dollars canadiens", 42000000, 42000000, "CAD")],
        ),
        ("Il a payé 5 euros sur place.", [("5 euros", 5, 5, "EUR")]),
    ],
)
def test_amounts(text, expected):
    assert amounts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # hours between two clock times, "à partir de" a clock time, a moment: beside a day, in its span
        ("La mairie sera fermée le 9 juillet, de 14 h à 17 h.", [("le 9 juillet, de 14 h à 17 h", "2027-07-09")]),
        ("Il a été vu hier, entre 22 h et 23 h.", [("hier, entre 22 h et 23 h", "2027-06-14")]),
        (
            "Le vide-greniers ouvrira samedi 19 juin à partir de 8 heures.",
            [("samedi 19 juin à partir de 8 heures", "2027-06-19")],
        ),
        ("Le conseil se réunit ce mardi en soirée.", [("ce mardi en soirée", "2027-06-15")]),
        ("La foule est arrivée au petit matin du 2 juin.", [("au petit matin du 2 juin", "2027-06-02")]),
        ("La boutique ouvre de 10 h à 19 h.", []),
        # "qui vient" is the coming one, "qui vient de" the one just past (none: "le" says any)
        ("Le vote aura lieu jeudi qui vient.", [("jeudi qui vient", "2027-06-17")]),
        ("Le jeudi qui vient de s'achever a été calme.", []),
        # "au plus tard" before a weekday: the coming one, unless the clause is past
        ("Le dossier doit être déposé au plus tard vendredi.", [("au plus tard vendredi", "2027-06-18")]),
        ("Le colis a été livré au plus tard vendredi, selon lui.", [("au plus tard vendredi", "2027-06-11")]),
        # a round count of days or years; a round count of people is none
        ("Le feu a pris il y a une vingtaine de jours.", [("il y a une vingtaine de jours", "2027-05-26")]),
        ("Il y a une dizaine de blessés.", []),
        # "écoulé(e)" is the last one; a delay "écoulé" no date
        ("Les ventes du trimestre écoulé ont reculé.", [("du trimestre écoulé", "2027-01/2027-03")]),
        ("Le bilan de la semaine écoulée est lourd.", [("la semaine écoulée", "2027-06-07/2027-06-13")]),
        ("Le délai écoulé, il a saisi le juge.", []),
        # "Q2 2026": a quarter, as business pages write it in English
        ("Le chiffre du Q2 2026 a déçu.", [("Q2 2026", "2026-04/2026-06")]),
        # the end of a quarter or a half-year: its last month (in a past clause, the last one's); a school term none
        ("Le rapport sera rendu avant la fin du trimestre.", [("avant la fin du trimestre", "../2027-06")]),
        ("La fin du trimestre a été difficile.", [("La fin du trimestre", "2027-03")]),
        ("Le plan sera voté d'ici la fin du premier semestre.", [("d'ici la fin du premier semestre", "2027-06")]),
        ("Il a réussi à la fin du trimestre scolaire.", []),
        # a day of next month; a day of any month is a habit, none
        ("La vente ouvrira le 10 du mois prochain.", [("le 10 du mois prochain", "2027-07-10")]),
        ("Le loyer est dû le 5 du mois.", []),
        # weekends counted in a month
        ("Le festival a lieu le dernier week-end de juin.", [("le dernier week-end de juin", "2027-06-26/2027-06-27")]),
        # quarters of a century ("la fin du XIXe siècle" stays the century, as dates_news_blind11 wants); the end
        # of a match is none
        ("Le quartier date de la fin du XIXe siècle.", [("du XIXe siècle", "1801/1900")]),
        (
            "Le canal fut creusé dans le premier quart du XIXe siècle.",
            [("le premier quart du XIXe siècle", "1801/1825")],
        ),
        ("L'usine a fermé dans le dernier quart du XXe siècle.", [("le dernier quart du XXe siècle", "1976/2000")]),
        ("La fin du match a été tendue.", []),
        # halves of a decade; two decades as one span; decades to today
        (
            "La mode est née dans la première moitié des années 1980.",
            [("la première moitié des années 1980", "1980/1984")],
        ),
        ("Les années 1980-1990 ont vu naître le mouvement.", [("Les années 1980-1990", "1980/1999")]),
        ("Le club brille des années 1970 à nos jours.", [("des années 1970 à nos jours", "1970/2027")]),
        # the Années folles by their capital; "ses années folles" are someone's own
        ("Le Paris des Années folles attire encore.", [("Années folles", "1920/1929")]),
        ("Il raconte ses années folles à Berlin.", []),
        # "inclus" after a range of years or days; a count "inclus" stays none
        ("Il a présidé le club de 2015 à 2019 inclus.", [("de 2015 à 2019", "2015/2019")]),
        ("Ils étaient 2000 inclus dans le plan social.", []),
        # a code's number is no year
        ("Le code promotionnel 2024 offre la livraison.", []),
        # "du mois prochain" after a bound opens it
        ("Les tarifs baisseront à partir du mois prochain.", [("à partir du mois prochain", "2027-07/..")]),
        ("Les chiffres du mois dernier sont bons.", [("mois dernier", "2027-05")]),
        # Saint Patrick's day; a pub's name is no date
        ("Le défilé de la Saint-Patrick partira de la mairie.", [("Saint-Patrick", "2028-03-17")]),
        ("Le pub Saint-Patrick a fermé.", []),
        # "en plein" before a season (the last one, in a past clause); a season of "l'an 2000"
        ("Les routes ont été coupées en plein hiver.", [("en plein hiver", "2026-12/2027-02")]),
        ("Le parc a ouvert au printemps de l'an 2000.", [("au printemps de l'an 2000", "2000-03/2000-05")]),
    ],
)
def test_dates(text, expected):
    assert values(text) == expected


def test_the_sentences_without_a_date_or_an_amount_hold_none():
    assert sentences_with_a_date_or_an_amount(DATA) == []
