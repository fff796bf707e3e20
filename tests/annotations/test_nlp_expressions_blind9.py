"""Forms first met on the ninth set of whole expressions written blind
(evaluation/data/expressions_blind9.fr.json), each with new sentences beside look-alikes that must not
change: acts, sittings and deadlines named by their day ("l'arrêté du 3 février", "avec effet rétroactif au"),
parliament and tax years ("la session ordinaire 2025-2026", "l'avis d'imposition 2026"), events named by their year
("la Coupe du monde 2030"), national days named by their nationality, sports seasons told from today ("la saison
prochaine") or followed by their league, two centuries before our era, "d'ici la fin juin", ranges of parts of months joined by "au"; amounts whose
range shares its thousand ("de 30 à 40 000 euros") and three quarters of a scale; and the set's sentences that hold no
date and no amount."""

from datetime import date
from pathlib import Path

import pytest

from tests.annotations.reading import amounts, date_values, sentences_with_a_date_or_an_amount

DATA = Path(__file__).resolve().parents[2] / "evaluation" / "data" / "expressions_blind9.fr.json"
FRIDAY = date(2026, 5, 15)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # acts, sittings and deadlines named by their day; a delay with no day is none
        (
            "Le préfet a signé l'arrêté du 3 février interdisant la baignade.",
            [("l'arrêté du 3 février", "2026-02-03")],
        ),
        ("Le décret du 9 juillet 2025 fixe le nouveau barème.", [("Le décret du 9 juillet 2025", "2025-07-09")]),
        ("La séance du 12 mai a été houleuse.", [("La séance du 12 mai", "2026-05-12")]),
        ("Le délai de recours court encore deux mois.", []),
        (
            "La prime est versée avec effet rétroactif au 1er mars.",
            [("avec effet rétroactif au 1er mars", "2026-03-01")],
        ),
        (
            "La réforme, entrée en vigueur le 1er juillet 2025, divise les syndicats.",
            [("entrée en vigueur le 1er juillet 2025", "2025-07-01")],
        ),
        # a parliament's and a tax year; revenues counted are none
        (
            "Le texte sera examiné pendant la session ordinaire 2025-2026.",
            [("la session ordinaire 2025-2026", "2025/2026")],
        ),
        ("L'avis d'imposition 2026 arrive en août.", [("L'avis d'imposition 2026", "2026"), ("août", "2026-08")]),
        ("Les revenus de 2 000 ménages ont été étudiés.", []),
        # an event named by its year; a count after the event is none
        ("Les Jeux olympiques de 2032 auront lieu à Brisbane.", [("Les Jeux olympiques de 2032", "2032")]),
        ("La Coupe du monde a réuni 2030 supporters.", []),
        # national days named by their nationality, not beside their own day; "souvenir" in lower case is none
        ("Le roi a pris la parole lors de la fête nationale belge.", [("fête nationale belge", "2025-07-21")]),
        ("Le 21 juillet, fête nationale belge, le roi a pris la parole.", [("Le 21 juillet", "2025-07-21")]),
        ("C'est le jour du souvenir de sa mère.", []),
        # sports seasons told from today or followed by their league; the rainy season is none
        ("Il rejoindra Lens la saison prochaine.", [("la saison prochaine", "2026/2027")]),
        ("La saison des pluies a commencé tôt.", []),
        (
            "Il a marqué vingt buts lors de la saison 2024-2025 de Ligue 1.",
            [("la saison 2024-2025", "2024/2025")],
        ),
        ("Ils étaient 2000 de Lyon à manifester.", []),
        # two centuries before our era: a span with no value; two of our era keep theirs
        ("Aux IIIe et IIe siècles av. J.-C., la cité prospère.", [("Aux IIIe et IIe siècles av. J.-C.", None)]),
        ("Aux XIIe et XIIIe siècles, la cité prospère.", [("Aux XIIe et XIIIe siècles", "1101/1300")]),
        # "d'ici la fin juin"; parts of months joined by "au"
        ("Le chantier sera livré d'ici la fin juin.", [("d'ici la fin juin", "2026-06-21/2026-06-30")]),
        (
            "Le festival se tiendra de la fin juin au début août.",
            [("de la fin juin au début août", "2026-06-21/2026-08-10")],
        ),
        # review: an event's name is a whole, capitalised word; a forum's adjective or a name ending so is none
        ("Le Mondial 2026 opposera quarante-huit équipes.", [("Le Mondial 2026", "2026")]),
        ("Le Forum mondial 2026 de l'eau se tiendra à Dakar.", [("2026", "2026")]),
        ("Le tournoi Bojo 2026 a commencé.", [("2026", "2026")]),
        ("Les cours de l'euro 2026 ont été revus.", [("2026", "2026")]),
        # review: "la fête nationale" alone, in a sentence about another country, is that country's day, undated;
        # with France named beside it, or nothing foreign, the 14 July
        ("À Genève, la fête nationale s'est passée de feux d'artifice.", []),
        ("Lors de la fête nationale, le président ivoirien a gracié des détenus.", []),
        ("Le Québec a célébré sa fête nationale sous la pluie.", []),
        ("À Lille, la fête nationale s'est passée de feux d'artifice.", [("fête nationale", "2025-07-14")]),
        (
            "Le président français a reçu son homologue belge pour la fête nationale.",
            [("fête nationale", "2025-07-14")],
        ),
        ("À Genève, la fête nationale suisse s'est passée de feux.", [("fête nationale suisse", "2025-08-01")]),
        # review: the national day alone in apposition to its day is no second date; with its article it is one
        ("Le 14 juillet, fête nationale, les pompiers ont défilé.", [("Le 14 juillet", "2025-07-14")]),
        (
            "Le 14 juillet, les pompiers ont défilé pour la fête nationale.",
            [("Le 14 juillet", "2025-07-14"), ("fête nationale", "2025-07-14")],
        ),
    ],
)
def test_dates(text, expected):
    assert date_values(text, FRIDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a range whose second bound is written in thousands lends its thousand to a first figure within ten times
        # its leading group; a figure far under it, or over it, keeps its own
        ("Le devis varie de 30 à 40 000 euros.", [("de 30 à 40 000 euros", 30000, 40000, "EUR")]),
        ("Comptez entre 15 et 18 000 francs suisses.", [("entre 15 et 18 000 francs suisses", 15000, 18000, "CHF")]),
        ("Les amendes vont de 2 à 100 000 euros.", [("de 2 à 100 000 euros", 2, 100000, "EUR")]),
        ("Les billets vont de 300 à 40 000 euros.", [("de 300 à 40 000 euros", 300, 40000, "EUR")]),
        # three quarters of a scale; three quarters of an amount named stay a share
        (
            "La subvention atteint trois quarts de million de dollars.",
            [("trois quarts de million de dollars", 750000, 750000, "USD")],
        ),
        (
            "Les trois quarts des 2 millions d'euros ont été dépensés.",
            [("2 millions d'euros", 2000000, 2000000, "EUR")],
        ),
    ],
)
def test_amounts(text, expected):
    assert amounts(text) == expected


def test_the_sentences_without_a_date_or_an_amount_hold_none():
    assert sentences_with_a_date_or_an_amount(DATA) == []
