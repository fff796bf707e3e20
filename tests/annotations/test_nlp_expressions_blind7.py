"""Forms first met on the seventh set of whole expressions written blind
(evaluation/data/expressions_blind7.fr.json), each with new sentences beside look-alikes that must not
change: "en deçà de", codes of currencies before the figure, birrs; the saints' days of November and the days
named by their date ("le 8-Mars", "le 1er-Août"), the fête du Canada, "dernier délai" after a day, a hedge or a
frame before a year ("vers 1920", "sur l'ensemble de l'année 2025"), a season's kind before its years, the
"décades" of a month, the Québec "5 à 7"; and the set's sentences that hold no date and no amount."""

from datetime import date
from pathlib import Path

import pytest

from tests.annotations.reading import amounts, date_values, sentences_with_a_date_or_an_amount

DATA = Path(__file__).resolve().parents[2] / "evaluation" / "data" / "expressions_blind7.fr.json"
FRIDAY = date(2026, 5, 15)


def values(text: str) -> list[tuple[str, str | None]]:
    return date_values(text, FRIDAY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "en deçà de" bounds from above, as "en dessous de"; "en deçà" without a figure is none
        ("Le salaire médian reste en deçà de 2 000 euros.", [("en deçà de 2 000 euros", None, 2000, "EUR")]),
        ("La production est restée en deçà des attentes.", []),
        # a currency's code before the figure; "MAD" is left out, a museum as often
        ("Le fonds a levé NOK 2 milliards.", [("NOK 2 milliards", 2000000000, 2000000000, "NOK")]),
        ("L'émission a rapporté TND 12 millions au Trésor.", [("TND 12 millions", 12000000, 12000000, "TND")]),
        ("Le MAD 2024 a accueilli 300 000 visiteurs.", []),
        # the Ethiopian birr
        ("Le sac de café se vend 900 birrs à Addis-Abeba.", [("900 birrs", 900, 900, "ETB")]),
    ],
)
def test_amounts(text, expected):
    assert amounts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the saints' days of November after their article; a street, a town, an island named after the saint none
        ("Le conseil se réunira à la Sainte-Catherine.", [("Sainte-Catherine", "2026-11-25")]),
        ("Le bal de la Saint-Martin aura lieu en novembre.", [("Saint-Martin", "2026-11-11"), ("novembre", "2026-11")]),
        ("Le magasin est situé rue Sainte-Catherine à Montréal.", []),
        ("La collectivité de Saint-Martin a voté son budget.", []),
        # days named by their date, hyphenated; a square named after one none
        ("Le défilé du 1er-Août a été annulé à Genève.", [("1er-Août", "2025-08-01")]),
        ("Les manifestations du 8-Mars ont réuni des milliers de femmes.", [("8-Mars", "2026-03-08")]),
        ("La place du 8-Mars a été rénovée.", []),
        # Canada's national day
        ("La fête du Canada sera célébrée sur la colline du Parlement.", [("fête du Canada", "2026-07-01")]),
        # "dernier délai" after a day is the deadline's, not the past one; "le 15 juin dernier" alone is
        ("Les dossiers doivent être déposés le 15 juin dernier délai.", [("le 15 juin dernier délai", "2026-06-15")]),
        ("La réunion du 15 juin dernier a été houleuse.", [("15 juin dernier", "2025-06-15")]),
        # a hedge or a frame before a year joins its span; before no date, none
        ("Le contrat a été signé vers 1920 par son grand-père.", [("vers 1920", "1920")]),
        ("Le village a été bâti aux alentours de 1750.", [("aux alentours de 1750", "1750")]),
        ("Sur l'ensemble de l'année 2025, les ventes ont reculé.", [("Sur l'ensemble de l'année 2025", "2025")]),
        ("Le convoi roulait vers Lyon.", []),
        # "vers" after a turn or a way is a direction: the year alone
        ("Les regards se tournent déjà vers 2027 et la présidentielle.", [("2027", "2027")]),
        ("La route vers 2050 sera longue, prévient le rapport.", [("2050", "2050")]),
        ("Sur l'ensemble de la saison, il a marqué 12 buts.", []),
        # a season's kind before its years
        ("La saison sportive 2026-2027 commencera plus tôt.", [("La saison sportive 2026-2027", "2026/2027")]),
        # the three "décades" of a month; a decade of a century stays the century, "une décade" alone none
        (
            "Les semis sont prévus dans la deuxième décade d'avril 2027.",
            [("la deuxième décade d'avril 2027", "2027-04-11/2027-04-20")],
        ),
        ("La dernière décade de février a été douce.", [("La dernière décade de février", "2026-02-21/2026-02-28")]),
        ("La dernière décade du XXe siècle a vu la fin de la guerre froide.", [("du XXe siècle", "1901/2000")]),
        ("Une décade de musique a commencé.", []),
        # the Québec "5 à 7" is no day; a day with its clock time stays one
        ("Le 5 à 7 des anciens élèves a réuni une quarantaine de personnes.", []),
        ("Rendez-vous le 12 à 9h devant la mairie.", [("le 12 à 9h", "2026-05-12")]),
    ],
)
def test_dates(text, expected):
    assert values(text) == expected


def test_the_sentences_without_a_date_or_an_amount_hold_none():
    assert sentences_with_a_date_or_an_amount(DATA) == []
