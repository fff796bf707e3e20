"""Quantities blind-15 (197 sentences written blind: numbers in words, ages, temperatures, dimensions, speeds,
volumes, percentages and points, fractions, ranges, hedges, multipliers and look-alikes): money 1.000, quantities
0.907 exact when measured once. The corrections made after it, by kind, kept here on invented sentences, each
beside the look-alike it must leave alone."""

from decimal import Decimal

import pytest

from annotations.nlp.quantities import find_quantities


def quantities(text: str) -> list[tuple[str, Decimal | None, Decimal | None, str]]:
    return [(found.text, found.min, found.max, found.unit) for found in find_quantities(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # --- numbers in words past their millions
        (
            "Le département compte un million trois cent mille habitants.",
            [("un million trois cent mille habitants", 1300000, 1300000, "habitant")],
        ),
        (
            "Trois millions deux cent mille foyers sont concernés.",
            [("Trois millions deux cent mille foyers", 3200000, 3200000, "foyer")],
        ),
        # look-alike: millions with their "de"
        (
            "La ville a reçu deux millions de visiteurs, un record.",
            [("deux millions de visiteurs", 2000000, 2000000, "visiteur")],
        ),
        # --- halves and quarters of a unit
        (
            "Il a été condamné à deux ans et demi de prison.",
            [("deux ans et demi", Decimal("2.5"), Decimal("2.5"), "an")],
        ),
        ("La réunion a duré une heure et demie.", [("une heure et demie", Decimal("1.5"), Decimal("1.5"), "heure")]),
        (
            "Le sentier fait trois kilomètres et demi.",
            [("trois kilomètres et demi", Decimal("3.5"), Decimal("3.5"), "km")],
        ),
        ("Il faut compter une demi-heure de marche.", [("une demi-heure", Decimal("0.5"), Decimal("0.5"), "heure")]),
        ("Versez un demi-litre de lait dans la pâte.", [("un demi-litre", Decimal("0.5"), Decimal("0.5"), "l")]),
        (
            "Le trajet prend trois quarts d'heure.",
            [("trois quarts d'heure", Decimal("0.75"), Decimal("0.75"), "heure")],
        ),
        # look-alikes: fractions of a group are proportions
        ("Les trois quarts des élèves ont réussi l'examen.", []),
        ("Un quart des communes a répondu.", []),
        # --- one before a unit
        ("Les loyers ont doublé en un an à Bordeaux.", [("un an", 1, 1, "an")]),
        ("Le chantier a été suspendu pendant une semaine.", [("une semaine", 1, 1, "semaine")]),
        ("Le taux de pauvreté a reculé d'un point.", [("un point", 1, 1, "point")]),
        ("La crue a laissé un dépôt d'un mètre de boue.", [("un mètre", 1, 1, "m")]),
        # look-alikes: an article
        ("Les prix ont augmenté de 2 % sur un an.", [("2 %", 2, 2, "%")]),
        ("Il y a un an, la ville votait le budget.", []),
        ("C'est un point de vue partagé par un élu.", []),
        ("Il a fait un point sur la situation.", []),
        ("C'était un mois de juin pluvieux.", []),
        ("Les prix varient d'une année sur l'autre.", []),
        ("La décision peut tomber d'un jour à l'autre.", []),
        # --- temperatures
        ("La mer était à 19 degrés samedi à Biarritz.", [("19 degrés", 19, 19, "°C")]),
        ("Il a fait 7 degrés sous zéro à Gap.", [("7 degrés sous zéro", -7, -7, "°C")]),
        ("Les minimales iront de -4 à 1 °C.", [("de -4 à 1 °C", -4, 1, "°C")]),
        ("Il fera entre -8 et -3 °C au petit matin.", [("entre -8 et -3 °C", -8, -3, "°C")]),
        # look-alikes: an angle, a range of counts
        ("La route fait un virage à 90 degrés.", [("90 degrés", 90, 90, "°")]),
        ("Le club a recruté de 3 à 5 joueurs.", [("de 3 à 5 joueurs", 3, 5, "joueur")]),
        # --- units
        ("Le cargo avançait à 12 nœuds.", [("12 nœuds", 12, 12, "nd")]),
        ("Ils cultivent un jardin de 8 ares.", [("8 ares", 8, 8, "a")]),
        (
            "Le taux a baissé de 1,5 point de pourcentage.",
            [("1,5 point de pourcentage", Decimal("1.5"), Decimal("1.5"), "point")],
        ),
        # --- the base of a consumption
        ("Ce SUV consomme 7 litres aux 100 km.", [("7 litres", 7, 7, "l")]),
        # look-alike: no quantity before "aux"
        ("Une prime sera versée aux 100 000 foyers les plus modestes.", [("100 000 foyers", 100000, 100000, "foyer")]),
        # --- abbreviated multipliers of counts
        ("Le réseau social revendique 3 M d'utilisateurs.", [("3 M d'utilisateurs", 3000000, 3000000, "utilisateur")]),
        ("L'Inde compte 1,4 Md d'habitants.", [("1,4 Md d'habitants", 1400000000, 1400000000, "habitant")]),
        # look-alike: metres
        ("Le mur fait 10 m de long.", [("10 m", 10, 10, "m")]),
        # --- hours waited
        ("Les passagers ont attendu trois heures sur le tarmac.", [("trois heures", 3, 3, "heure")]),
        ("Le train a été retardé de deux heures.", [("deux heures", 2, 2, "heure")]),
        # look-alikes: times of day
        ("Les électeurs ont attendu jusqu'à 18 heures.", []),
        ("La séance a été décalée de 14 heures à 16 heures.", []),
        # --- figures told by their sources
        (
            "Huit mille personnes selon la préfecture, quinze mille selon les organisateurs.",
            [("Huit mille personnes", 8000, 8000, "personne"), ("quinze mille", 15000, 15000, "personne")],
        ),
        # look-alike: one figure, one source
        ("Selon la police, 3 000 personnes ont défilé.", [("3 000 personnes", 3000, 3000, "personne")]),
        # --- years counted as years
        ("Un homme d'une quarantaine d'années a été blessé.", [("une quarantaine d'années", 40, 40, "an")]),
        ("Le chantier a duré trois années.", [("trois années", 3, 3, "an")]),
    ],
)
def test_blind15_kinds(text, expected):
    assert quantities(text) == expected
