"""articles_blind3 (four whole articles written blind, measured once): the kinds its misses showed, each rule on
invented sentences beside the look-alike it must leave alone. A table as dates blind-18's: a kind's heading ("## ..."),
then one sentence a line, "=>" and what `find_dates` gives, each date "span = value", joined by " && "; "-" for none; a
look-alike's line opens on "~". Read on a Friday, 4 December 2026."""

from datetime import date

import pytest

from annotations.nlp.dates import find_dates
from annotations.nlp.pipeline import analyse
from tests.annotations.test_nlp_dates_blind18 import table_cases

DATES = """
## a number the sentence calls is a telephone number, not a day
Les patients devront appeler le 15, qui les orientera vers Dole. => -
En cas de malaise, composez le 18 ou le 112. => -
Il faut joindre le 17 sans attendre. => -
~ Le conseil se réunira le 15, puis le 22. => le 15 = 2026-12-15 && le 22 = 2026-12-22
~ L'avocat a fait appel le 15, deux jours après le verdict. => le 15 = 2026-12-15
## a call to act tells the act to come: its bare weekday is the coming one
Le syndicat dénonce la décision et appelle à un rassemblement lundi devant la mairie. => lundi = 2026-12-07
Les agriculteurs appellent à bloquer l'autoroute mardi. => mardi = 2026-12-08
~ L'intersyndicale a appelé à la grève lundi. => lundi = 2026-11-30
~ Le maire a lancé lundi un appel à la vigilance. => lundi = 2026-11-30
~ Elle appelle à 8 heures lundi. => à 8 heures lundi = 2026-11-30
"""


@pytest.mark.parametrize(("text", "wanted"), list(table_cases(DATES)))
def test_articles_blind3_date_kinds(text, wanted):
    assert [(found.text, found.value) for found in find_dates(text, published=date(2026, 12, 4))] == wanted


def entities(text: str) -> list[tuple[str, str]]:
    return [(found.text, found.label) for found in analyse(text).entities]


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        # a board named by its lower-case head is a part of the organisation it belongs to
        ("Le conseil de Bank Al-Maghrib a laissé son taux inchangé.", [("Bank Al-Maghrib", "ORG")]),
        ("Le conseil de la Banque de France se réunit jeudi.", [("Banque de France", "ORG")]),
        ("La direction de Stellantis a reçu les syndicats.", [("Stellantis", "ORG")]),
        # look-alikes: an assembly's council, a town's council, a council named as such are bodies of their own
        (
            "Le conseil de l'Eurométropole de Strasbourg a voté le budget.",
            [("conseil de l'Eurométropole de Strasbourg", "ORG")],
        ),
        ("Le conseil municipal de Lannion a voté la hausse.", [("conseil municipal de Lannion", "ORG")]),
        ("Le Conseil de Paris a adopté mardi le plan.", [("Conseil de Paris", "ORG")]),
        # an office named by its charge after "à", "au", "aux"
        ("Le Haut-Commissariat au Plan a revu sa prévision.", [("Haut-Commissariat au Plan", "ORG")]),
        ("Le Haut-Commissariat aux réfugiés alerte sur la situation.", [("Haut-Commissariat aux réfugiés", "ORG")]),
        ("La Délégation au Numérique lance un appel.", [("Délégation au Numérique", "ORG")]),
        ("Le commissariat au centre-ville a été fermé.", []),
        # a club: its town, its department or region, its sport in either case; a town and its club's initials
        (
            "Le Castres olympique a battu le Montpellier Hérault rugby 23 à 20.",
            [("Castres olympique", "ORG"), ("Montpellier Hérault rugby", "ORG")],
        ),
        ("Le derby a tourné en faveur du Montpellier HR.", [("Montpellier HR", "ORG")]),
        ("Le handball à Chambéry se porte bien.", [("Chambéry", "LOC")]),
    ],
)
def test_articles_blind3_entity_kinds(text, wanted):
    assert entities(text) == wanted


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        # a verb of change in the present or on a stem in "è", maybe six words before "de X à Y": two amounts
        (
            "La régie relèvera le prix de son abonnement mensuel de 45 à 49 euros.",
            [("45", 45, 45), ("49 euros", 49, 49)],
        ),
        ("La mairie augmente le tarif de 2,40 à 2,60 euros.", [("2,40", 2.4, 2.4), ("2,60 euros", 2.6, 2.6)]),
        # look-alikes: the nouns of change, a price list, a verb of change away from the figures, are ranges
        ("Une hausse de 10 à 15 euros est prévue.", [("de 10 à 15 euros", 10, 15)]),
        ("La baisse de 10 à 15 euros du tarif inquiète.", [("de 10 à 15 euros", 10, 15)]),
        ("Le club propose des abonnements de 90 à 150 euros.", [("de 90 à 150 euros", 90, 150)]),
        ("La commune augmente les aides, qui iront de 100 à 300 euros.", [("de 100 à 300 euros", 100, 300)]),
    ],
)
def test_articles_blind3_change_kinds(text, wanted):
    assert [(found.text, float(found.min), float(found.max)) for found in analyse(text).money] == wanted


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        # a bare amount later on, after a verb of paying back or out, takes the currency of the text's last amount
        (
            "Au total, 7,4 millions d'euros ont disparu. Le prévenu devra rembourser 5,9 millions aux victimes.",
            [("7,4 millions d'euros", "EUR"), ("5,9 millions", "EUR")],
        ),
        (
            "La commune a perdu 3 millions d'euros. Elle a versé 2 millions aux familles.",
            [("3 millions d'euros", "EUR"), ("2 millions", "EUR")],
        ),
        # look-alike: a count of people after an amount is none
        (
            "La société a levé 4 millions d'euros. Le réseau compte 2 millions d'abonnés.",
            [("4 millions d'euros", "EUR")],
        ),
        # the first amount of a change, which writes no currency, is in the local dollars as the second
        (
            "À Montréal, le budget passe de 14,2 millions à 11,5 millions de dollars.",
            [("14,2 millions", "CAD"), ("11,5 millions de dollars", "CAD")],
        ),
        (
            "À Montréal, le budget passe de 14,2 millions à 11,5 millions de dollars américains.",
            [("14,2 millions", "USD"), ("11,5 millions de dollars américains", "USD")],
        ),
    ],
)
def test_articles_blind4_currency_kinds(text, wanted):
    assert [(found.text, found.currency) for found in analyse(text).money] == wanted
