"""Forms first met on the sixth set of whole expressions written blind
(evaluation/data/expressions_blind6.fr.json), each with new sentences beside look-alikes that must not
change: "aux environs de", round counts of a scale ("une dizaine de millions d'euros"), a sign set apart or an
en dash before an amount, shillings named with their country, the symbolic euro; the turn of a century, the dawn
of a decade, the edge of a season, the first quarters of a year, the last decade, "sous quinzaine", "à pareille
époque", a hedge in "il y a", a neighbour day of an event named with its date, the Jeûne fédéral and the fête de
la Musique, budget and parliamentary years, a fiscal year closed on a day, "au dernier trimestre"; and the set's sentences
that hold no date and no amount."""

from datetime import date
from pathlib import Path

import pytest

from tests.annotations.reading import amounts, date_values, sentences_with_a_date_or_an_amount

DATA = Path(__file__).resolve().parents[2] / "evaluation" / "data" / "expressions_blind6.fr.json"
FRIDAY = date(2026, 5, 15)


def values(text: str) -> list[tuple[str, str | None]]:
    return date_values(text, FRIDAY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "aux environs de" hedges, as "aux alentours de"
        ("Les travaux coûteront aux environs de 45 000 €.", [("aux environs de 45 000 €", 45000, 45000, "EUR")]),
        ("Il habite aux environs de Lyon depuis 12 ans.", []),
        # a round count of a scale; a round count of people stays none
        (
            "Le chantier a coûté une vingtaine de millions d'euros.",
            [("une vingtaine de millions d'euros", 20000000, 20000000, "EUR")],
        ),
        (
            "La mairie a reçu une centaine de milliers d'euros.",
            [("une centaine de milliers d'euros", 100000, 100000, "EUR")],
        ),
        ("Une dizaine de milliers de manifestants ont défilé.", []),
        # a sign set apart at a line's start or after a colon, an en dash glued: a minus; a dash between clauses is none
        ("Résultat net : - 2,3 M€.", [("- 2,3 M€", -2300000, -2300000, "EUR")]),
        ("Trésorerie : –15 M$.", [("–15 M$", -15000000, -15000000, "USD")]),
        ("La ville - 3 000 euros de plus - a payé.", [("3 000 euros", 3000, 3000, "EUR")]),
        # shillings named with their country; "shillings" alone may be old British coins
        ("Le ticket coûte 50 000 shillings ougandais.", [("50 000 shillings ougandais", 50000, 50000, "UGX")]),
        ("Il collectionne 300 shillings anciens.", []),
        # the symbolic euro; "un euro" alone is an article's
        ("Il a obtenu l'euro symbolique.", [("l'euro symbolique", 1, 1, "EUR")]),
        ("La commune demande un euro symbolique de dommages.", [("un euro symbolique", 1, 1, "EUR")]),
        ("Un euro fort pénalise les exportations.", []),
    ],
)
def test_amounts(text, expected):
    assert amounts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the turn of a century, the dawn of a decade; a turn of events is none
        ("Le port a décliné au tournant du XIXe siècle.", [("au tournant du XIXe siècle", "1795/1805")]),
        ("L'usine a fermé au tournant du siècle.", [("au tournant du siècle", "1995/2005")]),
        ("L'affaire a pris un tournant inattendu.", []),
        ("Le groupe est né à l'aube des années 1990.", [("à l'aube des années 1990", "1990/1993")]),
        ("Il s'est levé à l'aube.", []),
        # the edge of a season: its last or first month; the end of a season's idiom none
        ("La digue sera finie à la fin de l'automne 2026.", [("à la fin de l'automne 2026", "2026-11")]),
        ("Le gel a frappé au début de l'hiver dernier.", [("au début de l'hiver dernier", "2025-12")]),
        ("La fin de l'été indien est annoncée.", []),
        # the first quarters of a year; "les trois derniers trimestres" counts back (not this rule's)
        (
            "Les ventes des deux premiers trimestres de 2025 ont reculé.",
            [("des deux premiers trimestres de 2025", "2025-01/2025-06")],
        ),
        # the last decade; a century's last decade is the century's
        ("Le climat a changé au cours de la décennie écoulée.", [("au cours de la décennie écoulée", "2016/2025")]),
        ("La dernière décennie du XXe siècle fut faste.", [("du XXe siècle", "1901/2000")]),
        # within eight days or fifteen, from today; "une quinzaine de salariés" is none
        ("Le rapport sera rendu sous huitaine.", [("sous huitaine", "2026-05-15/2026-05-23")]),
        ("Une quinzaine de salariés ont été reçus.", []),
        # the same day a year off
        ("L'an dernier à la même époque, le lac était plein.", [("L'an dernier à la même époque", "2025-05-15")]),
        ("Il pleuvait à la même époque.", []),
        # a hedge before the count of "il y a"; "il y a plus de dix blessés" is none
        ("Le pont a été fermé il y a près de deux ans.", [("il y a près de deux ans", "2024")]),
        ("Il y a plus de dix blessés.", []),
        # the neighbour day of an event named with its date; an event with no date is none
        (
            "Il a démissionné au lendemain du congrès du 4 mars.",
            [("au lendemain du congrès du 4 mars", "2026-03-05")],
        ),
        (
            "La veille de la finale du 30 mai, la ville se prépare.",
            [("La veille de la finale du 30 mai", "2026-05-29")],
        ),
        ("Il a démissionné au lendemain du congrès.", []),
        # the Jeûne fédéral (the third Sunday of September), the fête de la Musique by its capital
        ("Les magasins fermeront pour le Jeûne fédéral.", [("Jeûne fédéral", "2026-09-20")]),
        # without its circumflex, only with its capital: "un jeune fédéral" is a young member (review)
        ("Les banques ferment pour le Jeune fédéral.", [("Jeune fédéral", "2026-09-20")]),
        ("Un jeune fédéral du parti a pris la parole.", []),
        ("Le groupe jouera à la fête de la Musique.", [("fête de la Musique", "2026-06-21")]),
        ("Une fête de la musique improvisée a réuni le quartier.", []),
        # budget and parliamentary years, a fiscal year named by its last day
        (
            "Le budget primitif 2027 sera voté en décembre.",
            [("Le budget primitif 2027", "2027"), ("décembre", "2026-12")],
        ),
        ("La législature 2024-2029 s'annonce agitée.", [("La législature 2024-2029", "2024/2029")]),
        ("Sur l'exercice clos le 30 juin 2025, il a perdu.", [("l'exercice clos le 30 juin 2025", "2025-06-30")]),
        # "au dernier trimestre" without a year: the fourth quarter nearest; "le dernier trimestre de grossesse" none
        ("Les ventes ont bondi au dernier trimestre.", [("au dernier trimestre", "2025-10/2025-12")]),
        ("Elle est au dernier trimestre de grossesse.", []),
        # nor the last quarter of what is named after it, nor a pregnancy's first ones (review)
        ("Elle a cessé le sport au dernier trimestre de la grossesse.", []),
        ("Il entame le dernier trimestre de son mandat.", []),
        ("Les deux premiers trimestres de grossesse sont suivis de près.", []),
        ("Les profits ont fondu au dernier trimestre, dit-il.", [("au dernier trimestre", "2025-10/2025-12")]),
        # an era named without a year is no date, as dates_news_blind16 wants
        ("La ville a grandi pendant les Trente Glorieuses.", []),
    ],
)
def test_dates(text, expected):
    assert values(text) == expected


def test_the_sentences_without_a_date_or_an_amount_hold_none():
    assert sentences_with_a_date_or_an_amount(DATA) == []
