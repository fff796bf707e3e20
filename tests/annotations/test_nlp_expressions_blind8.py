"""Forms first met on the eighth set of whole expressions written blind
(evaluation/data/expressions_blind8.fr.json), each with new sentences beside look-alikes that must not
change: currencies the euro replaced ("deutsche Marks", "pesetas", "FF"), the bitcoin, lei and dirhams émiratis,
round counts and quarters of a scale ("une quarantaine de millions", "un quart de million"); thirds of centuries,
two centuries joined by "et", the turn of the millennium, years and decades in words ("mil sept cent", "les années
deux mille"), yearless ranges of numeric days, period nouns and deadline frames ("le plan quinquennal", "au plus tôt
en", "à horizon", "l'échéance du"), "la fin de ce trimestre"; and the set's sentences that hold no date and no
amount."""

from datetime import date
from pathlib import Path

import pytest

from tests.annotations.reading import amounts, date_values, sentences_with_a_date_or_an_amount

DATA = Path(__file__).resolve().parents[2] / "evaluation" / "data" / "expressions_blind8.fr.json"
FRIDAY = date(2026, 5, 15)


def values(text: str) -> list[tuple[str, str | None]]:
    return date_values(text, FRIDAY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # currencies the euro replaced, after their figure; "Mark" as a name and "lire" as a verb are none
        ("Il avait emprunté 40 000 marks à sa banque de Cologne.", [("40 000 marks", 40000, 40000, "DEM")]),
        ("La maison s'était vendue 9 millions de pesetas.", [("9 millions de pesetas", 9000000, 9000000, "ESP")]),
        ("Le billet valait 2 000 lires en 1990.", [("2 000 lires", 2000, 2000, "ITL")]),
        ("Le loyer était de 3 500 FF par mois.", [("3 500 FF", 3500, 3500, "FRF")]),
        ("Le Mark 2 a été présenté au salon.", []),
        # people and shops named Mark or Lei after a figure are none; the currency is written in lower case
        ("Depuis mars 2025 Mark Carney dirige le gouvernement.", []),
        ("L'enseigne compte 900 Marks & Spencer dans le monde.", []),
        ("Le 16 août 2010 Lei Jun a lancé sa marque.", []),
        ("Elle a hérité de 5 000 deutsche Marks.", [("5 000 deutsche Marks", 5000, 5000, "DEM")]),
        ("Il reste 3 livres à lire avant la rentrée.", []),
        # the bitcoin, counted in coins, and its code after the figure
        ("Le pirate a exigé 4 bitcoins de rançon.", [("4 bitcoins", 4, 4, "BTC")]),
        ("Le portefeuille saisi contenait 0,75 BTC.", [("0,75 BTC", 0.75, 0.75, "BTC")]),
        ("Le bitcoin a reculé cette semaine.", []),
        # lei and dirhams of the Emirates; dirhams alone stay Moroccan
        ("Le salaire minimum atteint 3 700 lei.", [("3 700 lei", 3700, 3700, "RON")]),
        ("À Chisinau, la pension moyenne est de 4 100 lei moldaves.", [("4 100 lei moldaves", 4100, 4100, "MDL")]),
        ("Le loyer atteint 2 500 lei roumains.", [("2 500 lei roumains", 2500, 2500, "RON")]),
        (
            "Le contrat porte sur 20 millions de dirhams émiratis.",
            [("20 millions de dirhams émiratis", 20000000, 20000000, "AED")],
        ),
        ("Le billet coûte 150 dirhams.", [("150 dirhams", 150, 150, "MAD")]),
        # round counts of a scale, and a quarter of one
        (
            "Le chantier a coûté une quarantaine de millions d'euros.",
            [("une quarantaine de millions d'euros", 40000000, 40000000, "EUR")],
        ),
        ("Un quart de million d'euros a été détourné.", [("Un quart de million d'euros", 250000, 250000, "EUR")]),
        ("Un quart des salariés gagne moins de 1 500 euros.", [("moins de 1 500 euros", None, 1500, "EUR")]),
    ],
)
def test_amounts(text, expected):
    assert amounts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # thirds of a century; a third of something else leaves the century alone
        (
            "Le canal fut creusé au premier tiers du XVIIIe siècle.",
            [("au premier tiers du XVIIIe siècle", "1701/1733")],
        ),
        ("Le dernier tiers du XXe siècle a vu fermer les mines.", [("Le dernier tiers du XXe siècle", "1967/2000")]),
        ("Un tiers des maisons date du XIXe siècle.", [("du XIXe siècle", "1801/1900")]),
        # two centuries joined by "et", in the plural
        ("Le bourg s'est enrichi aux XVe et XVIe siècles.", [("aux XVe et XVIe siècles", "1401/1600")]),
        ("Les 17e et 18e siècles ont vu naître le port.", [("Les 17e et 18e siècles", "1601/1800")]),
        # two centuries apart are each their own span (the one between is not said); "entre les" is a span
        (
            "L'abbaye fut agrandie aux XIe et XIIIe siècles.",
            [("aux XIe", "1001/1100"), ("XIIIe siècle", "1201/1300")],
        ),
        ("Entre les XIVe et XVIe siècles, le port a décliné.", [("Entre les XIVe et XVIe siècles", "1301/1600")]),
        # the turn of the millennium, as the turn of the century
        ("Au tournant du millénaire, le village comptait 800 habitants.", [("Au tournant du millénaire", "1995/2005")]),
        ("Le troisième millénaire sera urbain, prédit l'architecte.", []),
        # the turn before the current one
        ("Au tournant du siècle dernier, le bourg fut électrifié.", [("Au tournant du siècle dernier", "1895/1905")]),
        (
            "Au tournant du millénaire précédent, l'abbaye fut fondée.",
            [("Au tournant du millénaire précédent", "0995/1005")],
        ),
        # years and decades in words
        ("La chapelle fut bâtie en mil six cent douze.", [("mil six cent douze", "1612")]),
        ("Il a imprimé mille huit cents exemplaires.", []),
        ("Le groupe a connu son heure de gloire dans les années deux mille.", [("les années deux mille", "2000/2009")]),
        # a yearless range of numeric days after "du" or "entre le"; fractions none
        ("La route sera fermée du 08/06 au 12/06.", [("du 08/06 au 12/06", "2026-06-08/2026-06-12")]),
        ("La part passe de 2/3 à 3/4 des votants.", []),
        # December runs into January (ranges that run back otherwise are none: test_shares_and_odds_make_no_range)
        ("La collecte aura lieu du 27/12 au 04/01.", [("du 27/12 au 04/01", "2026-12-27/2027-01-04")]),
        # a period's noun before its years
        ("Le plan quinquennal 2027-2031 a été voté.", [("Le plan quinquennal 2027-2031", "2027/2031")]),
        ("La promotion 2025-2026 a reçu ses diplômes.", [("La promotion 2025-2026", "2025/2026")]),
        (
            "La saison régulière 2026-2027 reprendra en septembre.",
            [("La saison régulière 2026-2027", "2026/2027"), ("septembre", "2026-09")],
        ),
        # deadline frames: "au plus tôt en", "à horizon" (no article), "l'échéance du"
        ("Les premiers trains ne rouleront qu'au plus tôt en 2031.", [("au plus tôt en 2031", "2031")]),
        ("Le réseau sera achevé à horizon 2040.", [("à horizon 2040", "2040")]),
        ("Le prêt doit être remboursé à l'échéance du 30 juin 2027.", [("l'échéance du 30 juin 2027", "2027-06-30")]),
        # "la fin de ce trimestre" as "la fin du trimestre"; "ce trimestre" alone stays the quarter
        ("Les travaux seront terminés avant la fin de ce trimestre.", [("avant la fin de ce trimestre", "../2026-06")]),
        ("Les ventes ont progressé ce trimestre.", [("ce trimestre", "2026-04/2026-06")]),
    ],
)
def test_dates(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Sa cote est passée du 2/5 au 9/2 en un mois.",
        "Le rapport de force va du 3/4 au 1/3.",
        "Le ratio a grimpé du 1/6 au 1/3 en dix ans.",
    ],
)
def test_shares_and_odds_make_no_range(text):
    # a yearless numeric range that runs back, or follows a verb of change, is shares or odds: no span runs from the
    # first to the second
    assert not [found for found, _ in values(text) if " au " in found]


def test_the_sentences_without_a_date_or_an_amount_hold_none():
    assert sentences_with_a_date_or_an_amount(DATA) == []
