"""Forms first met on the thirteenth set of whole expressions written blind
(evaluation/data/expressions_blind13.fr.json), each with new sentences beside look-alikes that must not change: Swiss
days in dots without their year ("le 6.6."), a day named by its part or by what happens on it ("le soir du", "la
finale du", "le match retour du", "la fête de l'Indépendance du"), a court named in several words before its day, an
appeal to the highest court named by its day ("le pourvoi formé le"), hedges "autour du" and "aux environs de la",
the Olympics as "les Jeux de", the Fête de la musique with its official capital; amounts in the Moroccan press's
dirhams ("DH", "MDH", "MMDH"), amounts split at their milliards ("2 milliards 400 millions de FCFA"), the symbolic
franc; and the set's sentences that hold no date and no amount."""

from datetime import date
from pathlib import Path

import pytest

from tests.annotations.reading import amounts, date_values, sentences_with_a_date_or_an_amount

DATA = Path(__file__).resolve().parents[2] / "evaluation" / "data" / "expressions_blind13.fr.json"
FRIDAY = date(2026, 5, 15)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Swiss days in dots without their year, after their article or a bound; a decimal is none
        ("Le marché se tiendra le 6.6. sur la place.", [("le 6.6.", "2026-06-06")]),
        ("Inscriptions jusqu'au 30.6. au secrétariat.", [("jusqu'au 30.6.", "../2026-06-30")]),
        ("La note moyenne est de 14.5. Bravo.", []),
        ("Le taux atteint le 3.5 %.", []),
        # a day named by its part or by what happens on it
        ("Le soir du 2 juin, la salle était pleine.", [("Le soir du 2 juin", "2026-06-02")]),
        ("La finale du 20 juin se jouera à Lyon.", [("La finale du 20 juin", "2026-06-20")]),
        ("Le match retour du 27 mai aura lieu à Sochaux.", [("Le match retour du 27 mai", "2026-05-27")]),
        (
            "La fête de l'Indépendance du 4 avril a réuni la diaspora.",
            [("La fête de l'Indépendance du 4 avril", "2026-04-04")],
        ),
        # a court named in three words before its day; an appeal to the highest court by its day
        (
            "L'arrêt de la cour administrative d'appel de Douai du 3 mars est attendu.",
            [("L'arrêt de la cour administrative d'appel de Douai du 3 mars", "2027-03-03")],
        ),
        ("Le pourvoi formé le 4 mai sera examiné.", [("Le pourvoi formé le 4 mai", "2026-05-04")]),
        # hedges around a day; "autour de" a place or an amount is none
        ("Autour du 10 juin, les cerises arrivent.", [("Autour du 10 juin", "2026-06-10")]),
        (
            "Aux environs de la mi-juin, la récolte commence.",
            [("Aux environs de la mi-juin", "2026-06-11/2026-06-20")],
        ),
        ("Il tourne autour de la place le 3 juin.", [("le 3 juin", "2026-06-03")]),
        ("Les prix tournent autour de 2 000 euros.", []),
        # the Olympics named "les Jeux" with their capital; games in lower case are any games
        ("Les Jeux de 2028 auront lieu en Californie.", [("Les Jeux de 2028", "2028")]),
        ("Les jeux de 2028 sortiront en ligne.", [("2028", "2028")]),
        # the Fête de la musique, its capital on the feast; a festival of some music is none
        ("La Fête de la musique réunit les amateurs.", [("Fête de la musique", "2026-06-21")]),
        ("La fête de la musique classique plaît.", []),
    ],
)
def test_dates_of_the_thirteenth_set(text, expected):
    assert date_values(text, FRIDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the Moroccan press's dirham, and its millions and milliards glued to it; Belgium's "La DH" is a paper
        ("Le loyer moyen atteint 4 200 DH à Casablanca.", [("4 200 DH", 4200.0, 4200.0, "MAD")]),
        ("L'office investira 320 MDH dans la région.", [("320 MDH", 320000000.0, 320000000.0, "MAD")]),
        ("Le plan pèse 12 MMDH.", [("12 MMDH", 12000000000.0, 12000000000.0, "MAD")]),
        ("De 8 à 10 MDH seront investis.", [("De 8 à 10 MDH", 8000000.0, 10000000.0, "MAD")]),
        ("La DH a publié 3 articles.", []),
        # an amount split at its milliards; a comma between them makes two figures
        (
            "Le coût atteint 2 milliards 400 millions de FCFA.",
            [("2 milliards 400 millions de FCFA", 2400000000.0, 2400000000.0, "XOF")],
        ),
        ("Les 2 milliards, 300 millions d'euros en plus.", [("300 millions d'euros", 300000000.0, 300000000.0, "EUR")]),
        # the symbolic franc: Swiss where the sentence is, French before the euro
        ("La cour vaudoise lui alloue un franc symbolique.", [("un franc symbolique", 1.0, 1.0, "CHF")]),
        (
            "Il réclamait un franc symbolique au club de Nantes en 1995.",
            [("un franc symbolique", 1.0, 1.0, "FRF")],
        ),
    ],
)
def test_amounts_of_the_thirteenth_set(text, expected):
    assert amounts(text) == expected


def test_none_of_the_set_sentences_holds_a_date_or_an_amount():
    assert sentences_with_a_date_or_an_amount(DATA) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # review: a dotted section is no day ("au 4.2. du contrat"); a day followed by its hours stays one
        ("Conformément au 4.2. du règlement, la clause s'applique.", []),
        ("Le chapitre commence au 12.1. de l'ouvrage.", []),
        ("Le vote aura lieu le 14.2. à Berne.", [("le 14.2.", "2027-02-14")]),
        ("Guichet ouvert le 9.3. de 8 h à 12 h.", [("le 9.3. de 8 h à 12 h", "2026-03-09")]),
        # review: "autour du" a named year is a topic; "autour de l'an 1000" and "autour du 1er mai" stay hedges
        ("Le débat autour du budget 2027 a été vif.", [("budget 2027", "2027")]),
        ("Les tensions autour de la loi de 2019 persistent.", [("la loi de 2019", "2019")]),
        ("La ville est fondée autour de l'an 1000.", [("autour de l'an 1000", "1000")]),
        ("Autour du 1er mai, les syndicats défilent.", [("Autour du 1er mai", "2026-05-01")]),
        # review: the Fête de la musique with its day beside it is that day, as the dates_news sets want
        ("Cette fois, la Fête de la musique, le 21 juin, tombera un samedi.", [("le 21 juin", "2026-06-21")]),
        ("La Fête de la musique 2031 sera consacrée au jazz.", [("Fête de la musique 2031", "2031-06-21")]),
        # review: the appeal named with its court, "le pourvoi en cassation formé le"
        (
            "Le pourvoi en cassation formé le 3 mars a été rejeté.",
            [("Le pourvoi en cassation formé le 3 mars", "2026-03-03")],
        ),
    ],
)
def test_review_of_the_thirteenth_set(text, expected):
    assert date_values(text, FRIDAY) == expected
