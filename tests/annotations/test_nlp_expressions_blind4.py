"""Forms first met on the fourth set of whole expressions written blind
(evaluation/data/expressions_blind4.fr.json), each with new sentences beside look-alikes that must not
change: a sign glued before an amount, "un" in a range or before bare cents, "plus ou moins", "jusqu'à
concurrence de", XAF before the figure, "huitante"; moments and clock times beside a day, carnival and Easter
days, spans between two holidays, "au T3" without its year, hours counted in days, a count from events named
in the plural with their day, a span of seasons with one year, halves of centuries, "avant la fin de"; and
the set's sentences that hold no date and no amount."""

from datetime import date
from pathlib import Path

import pytest

from tests.annotations.reading import amounts, date_values, sentences_with_a_date_or_an_amount

DATA = Path(__file__).resolve().parents[2] / "evaluation" / "data" / "expressions_blind4.fr.json"
FRIDAY = date(2027, 3, 12)


def values(text: str) -> list[tuple[str, str | None]]:
    return date_values(text, FRIDAY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a sign glued before the figure
        ("Le résultat net ressort à -2,4 M€.", [("-2,4 M€", -2400000, -2400000, "EUR")]),
        ("Le solde s'établit à −1 200 €.", [("-1 200 €", -1200, -1200, "EUR")]),  # the minus sign normalised
        ("La variation atteint +8 M€ sur un an.", [("+8 M€", 8000000, 8000000, "EUR")]),
        # look-alike: a hyphen between two figures is a range
        ("Le billet coûte 20-25 €.", [("20-25 €", 20, 25, "EUR")]),
        # "un" is a number in a range and before bare cents, an article alone
        (
            "Entre un et trois millions d'euros seront investis.",
            [("Entre un et trois millions d'euros", 1000000, 3000000, "EUR")],
        ),
        ("Le café coûte un euro vingt.", [("un euro vingt", 1.2, 1.2, "EUR")]),
        ("Un euro fort pénalise les exportations.", []),
        ("Un euro sur trois va aux retraites.", []),
        # a hedge and an upper bound
        ("Le devis est de plus ou moins 900 euros.", [("plus ou moins 900 euros", 900, 900, "EUR")]),
        (
            "L'assureur rembourse jusqu'à concurrence de 5 000 euros.",
            [("jusqu'à concurrence de 5 000 euros", None, 5000, "EUR")],
        ),
        # the code of the Central African CFA franc before the figure
        ("La ville touchera XAF 12 millions.", [("XAF 12 millions", 12000000, 12000000, "XAF")]),
        # "huitante" is Swiss only; "nonante" Belgian too, so French francs by default
        ("Il a versé huitante francs.", [("huitante francs", 80, 80, "CHF")]),
        ("Il a versé nonante francs.", [("nonante francs", 90, 90, "FRF")]),
    ],
)
def test_amounts(text, expected):
    assert amounts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a moment or a clock time beside a day joins its span
        (
            "Le conseil s'est réuni mercredi 10 mars peu après minuit.",
            [("mercredi 10 mars peu après minuit", "2027-03-10")],
        ),
        ("Le cortège partira tard dans la soirée de jeudi.", [("tard dans la soirée de jeudi", "2027-03-18")]),
        ("Les négociations reprendront samedi à la mi-journée.", [("samedi à la mi-journée", "2027-03-13")]),
        ("Le vote aura lieu lundi soir à 20 heures.", [("lundi soir à 20 heures", "2027-03-15")]),
        ("Il est arrivé dans l'après-midi de mardi.", [("dans l'après-midi de mardi", "2027-03-09")]),
        ("La séance reprendra le 16 mars à 9:30.", [("le 16 mars à 9:30", "2027-03-16")]),
        ("Il passera dans l'après-midi.", []),
        # carnival's days, counted from Easter; a thing of a holiday is no date
        ("Le défilé de Mardi gras traversera la ville.", [("Mardi gras", "2028-02-29")]),
        ("Les bonbons d'Halloween se vendent mal cette année.", [("cette année", "2027")]),
        # a span between two holidays; two holidays named apart stay two dates
        ("Les magasins ferment entre Noël et le Nouvel An.", [("entre Noël et le Nouvel An", "2026-12-25/2027-01-01")]),
        ("Il a parlé de Noël et de Pâques.", [("Noël", "2026-12-25"), ("Pâques", "2027-03-28")]),
        # a quarter without its year after "au"; a flat of four rooms is none
        ("Les ventes ont reculé au T3.", [("au T3", "2026-07/2026-09")]),
        ("Il loue un T4 à Lyon.", []),
        # hours counted in whole days; a duration, or hours that make no whole day, none
        ("Le verdict a été rendu il y a 72 heures.", [("il y a 72 heures", "2027-03-09")]),
        ("Il a travaillé 48 heures d'affilée.", []),
        ("Le chantier s'achèvera dans 36 heures.", []),
        # a count from events named in the plural with their day; only a day anchors a count (a year is the
        # year, as dates_news_blind wants), and an event with no date stays none
        (
            "Le mémorial a ouvert un an après les inondations du 3 octobre 2020.",
            [("un an après les inondations du 3 octobre 2020", "2021")],
        ),
        ("Il a été élu deux ans après la crise de 2008.", [("2008", "2008")]),
        ("Trois jours après la fête, il est parti.", []),
        # a span of seasons with its year written once, at its end
        ("Ils ont voyagé du printemps à l'automne 2025.", [("du printemps à l'automne 2025", "2025-03/2025-11")]),
        (
            "Entre l'hiver et le printemps 2026, la ville a changé.",
            [("Entre l'hiver et le printemps 2026", "2025-12/2026-05")],
        ),
        # half a century; half a match is none
        (
            "La ville a grandi dans la seconde moitié du XIXe siècle.",
            [("la seconde moitié du XIXe siècle", "1851/1900")],
        ),
        ("La première moitié du match a été terne.", []),
        # "avant la fin de" closes on the end; "avant juin" still before June
        (
            "Le ministre promet un texte avant la fin de l'année.",
            [("avant la fin de l'année", "../2027-12")],
        ),
        ("Le chantier doit s'achever avant juin.", [("avant juin", "../2027-05-31")]),
    ],
)
def test_dates(text, expected):
    assert values(text) == expected


def test_the_sentences_without_a_date_or_an_amount_hold_none():
    assert sentences_with_a_date_or_an_amount(DATA) == []
