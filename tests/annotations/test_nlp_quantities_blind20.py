"""Quantities blind-20 (60 news paragraphs written blind: agriculture, energy, health, transport, sport, elections,
weather, Québec, Belgian, Swiss and African usages, look-alikes): money 0.901, quantities 0.944 exact when measured
once. The corrections made after it, by kind, kept here on invented sentences, each beside the look-alike it must
leave alone."""

import pytest

from annotations.nlp.quantities import find_quantities
from tests.annotations.reading import amounts


def quantities(text: str) -> list[tuple[str, object, object, str]]:
    return [(found.text, found.min, found.max, found.unit) for found in find_quantities(text)]


QUANTITIES = [
    # --- "milles" alone: statute miles on land (Québec's roads), nautical miles where the sentence, or the one before
    # it, speaks of a ship, a coast or a flight
    ("Le chalet se trouve à 40 milles de Sherbrooke.", [("40 milles", 40, 40, "mi")]),
    ("Les pompiers ont évacué le village, à 25 milles au sud du lac.", [("25 milles", 25, 25, "mi")]),
    ("Le camionneur parcourt 1 200 milles chaque semaine.", [("1 200 milles", 1200, 1200, "mi")]),
    ("La mine est située à une vingtaine de milles de Val-d'Or.", [("une vingtaine de milles", 20, 20, "mi")]),
    ("Le chalutier a sombré à 30 milles des côtes bretonnes.", [("30 milles", 30, 30, "NM")]),
    ("Le ferry a parcouru 60 milles avant de faire demi-tour.", [("60 milles", 60, 60, "NM")]),
    (
        "La navigatrice a franchi l'équateur. Elle compte 85 milles d'avance sur son rival.",
        [("85 milles", 85, 85, "NM")],
    ),
    ("L'avion a été intercepté à 50 milles de la frontière.", [("50 milles", 50, 50, "NM")]),
    ("Une zone de pêche interdite s'étend sur 12 milles.", [("12 milles", 12, 12, "NM")]),
    ("Un radeau a dérivé à 70 milles nautiques du rivage.", [("70 milles nautiques", 70, 70, "NM")]),
    # the sea of a sentence two sentences back, or of another paragraph, tells nothing of a road's miles
    (
        "Le paquebot est arrivé au port.\nLes passagers ont rejoint Québec, à 90 milles de là.",
        [("90 milles", 90, 90, "mi")],
    ),
    # the number misspelt before an amount stays no mile
    ("La famille a reçu deux milles dollars.", []),
    # --- a currency named without its country is an amount money cannot place, no count; books stay counted
    ("L'État d'Alger a prévu 300 millions de dinars pour le port.", []),
    ("Le Chili a levé 80 milliards de pesos.", []),
    ("La librairie a vendu 300 livres samedi.", [("300 livres", 300, 300, "livre")]),
    # --- cubic kilometres, beside cubic metres and kilometres
    ("Le réservoir contient 4,5 kilomètres cubes d'eau.", [("4,5 kilomètres cubes", 4.5, 4.5, "km³")]),
    ("La citerne contient 45 mètres cubes d'eau.", [("45 mètres cubes", 45, 45, "m³")]),
    ("La coulée s'étend sur 4,5 kilomètres.", [("4,5 kilomètres", 4.5, 4.5, "km")]),
]


@pytest.mark.parametrize(("text", "expected"), QUANTITIES)
def test_quantities(text, expected):
    assert [(t, float(lo), float(hi), unit) for t, lo, hi, unit in quantities(text)] == [
        (t, float(lo), float(hi), unit) for t, lo, hi, unit in expected
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # francs said by a Swiss federal office or a town's "Conseil communal" (France's council is municipal)
        (
            "L'Office fédéral des routes investira 90 millions de francs.",
            [("90 millions de francs", 90000000, 90000000, "CHF")],
        ),
        ("Le Conseil communal a voté 2 millions de francs.", [("2 millions de francs", 2000000, 2000000, "CHF")]),
        (
            "Le conseil municipal a voté 2 millions de francs en 1990.",
            [("2 millions de francs", 2000000, 2000000, "FRF")],
        ),
        (
            "L'Office national des forêts a vendu 3 millions de francs de bois en 1995.",
            [("3 millions de francs", 3000000, 3000000, "FRF")],
        ),
    ],
)
def test_swiss_francs(text, expected):
    assert amounts(text) == expected
