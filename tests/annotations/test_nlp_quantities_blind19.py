"""Quantities blind-19 (53 news paragraphs written blind: prices per kilo and month, salaries, rates and basis points,
doses, scientific units and notations, screens in pouces, data sizes, Belgian, Swiss, Québec and African usages,
look-alikes) and the clock times written in words: money 1.000, quantities 0.909 exact when measured once. The
corrections made after it, by kind, kept here on invented sentences, each beside the look-alike it must leave alone."""

from decimal import Decimal

import pytest

from annotations.nlp.quantities import find_quantities


def quantities(text: str) -> list[tuple[str, Decimal | None, Decimal | None, str]]:
    return [(found.text, found.min, found.max, found.unit) for found in find_quantities(text)]


QUANTITIES = [
    # --- a time of day written in words after "à", "jusqu'à", "vers", "dès", or after a verb of leaving: no length
    ("Le car pour Annecy part à 6 heures 45 minutes chaque matin.", []),
    ("La navette arrivera à 9 heures 20 minutes devant la gare.", []),
    ("Le guichet reste ouvert jusqu'à 17 heures 45 minutes.", []),
    ("Les marchés ouvrent dès 5 heures 30 minutes en été.", []),
    ("Le ferry décolle du quai vers 21 heures 10 minutes.", []),
    ("Le premier métro part à 5 h 25 min.", []),
    # look-alikes: what lasts, what a length is set or clocked at, a gap, a bound of a length
    ("La marathonienne a couru en 2 heures 24 minutes.", [("2 heures 24 minutes", 144, 144, "minute")]),
    ("Une attente de 4 heures 20 minutes aux urgences.", [("4 heures 20 minutes", 260, 260, "minute")]),
    ("Le film, ramené à 2 heures 10 minutes, sort mercredi.", [("2 heures 10 minutes", 130, 130, "minute")]),
    ("Son temps, chronométré à 3 heures 2 minutes, est homologué.", [("3 heures 2 minutes", 182, 182, "minute")]),
    ("Le Suisse pointe à 4 heures 12 minutes du vainqueur.", [("4 heures 12 minutes", 252, 252, "minute")]),
    (
        "La traversée peut durer jusqu'à 3 heures 40 minutes par gros temps.",
        [("jusqu'à 3 heures 40 minutes", None, 220, "minute")],
    ),
    ("Le dernier coureur a terminé à 5 h 48 min.", [("5 h 48 min", 348, 348, "minute")]),
    ("Le bus part à 8 h 05 min de la place Bellecour.", []),
    ("La séance s'est terminée à 19 heures 40 minutes.", []),
    ("Le Belge arrive à 1 h 12 min du vainqueur.", [("1 h 12 min", 72, 72, "minute")]),
    ("Le hameau est à 1 heure 20 minutes de Gap.", [("1 heure 20 minutes", 80, 80, "minute")]),
    # "fixé", "estimé", "établi", "porté à" set a time of day too: a length only when one is named before them
    ("La réunion publique est fixée à 18 heures 15 minutes.", []),
    ("L'heure de l'accident est estimée à 4 heures 50 minutes.", []),
    ("La durée de la visite est fixée à 1 heure 30 minutes.", [("1 heure 30 minutes", 90, 90, "minute")]),
    ("Le retard, estimé par la compagnie à 3 heures 30 minutes.", [("3 heures 30 minutes", 210, 210, "minute")]),
    ("Le temps de réponse s'élève à 2 heures 15 minutes.", [("2 heures 15 minutes", 135, 135, "minute")]),
    ("Le délai sera ramené par la SNCF à 1 heure 50 minutes.", [("1 heure 50 minutes", 110, 110, "minute")]),
    ("Le spectacle, allongé à 2 heures 20 minutes, tourne en mai.", [("2 heures 20 minutes", 140, 140, "minute")]),
    # a farm is no verb of closing
    ("Ils vivent dans une ferme à 1 heure 40 minutes de Rennes.", [("1 heure 40 minutes", 100, 100, "minute")]),
    ("La boutique ferme à 18 heures 45 minutes.", []),
    # the second length of a change ("passé de 3 heures à"), beside the hours of an opening
    ("La traversée est passée de 5 heures à 4 heures 15 minutes.", [("4 heures 15 minutes", 255, 255, "minute")]),
    ("La piscine est ouverte de 10 heures à 19 heures 45 minutes.", []),
    # --- the units of the sciences, in symbols and in words
    ("Le synchrotron accélère ses électrons à 3 GeV.", [("3 GeV", 3, 3, "GeV")]),
    ("La montre a une batterie de 300 mAh.", [("300 mAh", 300, 300, "mAh")]),
    ("Le contrat passe à un compteur de 9 kVA.", [("9 kVA", 9, 9, "kVA")]),
    (
        "Le baromètre est tombé à 962 hPa, soit 962 hectopascals.",
        [("962 hPa", 962, 962, "hPa"), ("962 hectopascals", 962, 962, "hPa")],
    ),
    (
        "Une radiographie dentaire délivre 0,005 millisievert.",
        [("0,005 millisievert", Decimal("0.005"), Decimal("0.005"), "mSv")],
    ),
    (
        "Les capteurs mesurent 0,08 microsievert par heure.",
        [("0,08 microsievert", Decimal("0.08"), Decimal("0.08"), "µSv")],
    ),
    ("Le comprimé apporte 400 microgrammes d'acide folique.", [("400 microgrammes", 400, 400, "µg")]),
    ("Un burger apporte près de 800 kilocalories.", [("près de 800 kilocalories", 800, 800, "kcal")]),
    ("Le centre de calcul archive 2 exaoctets de mesures.", [("2 exaoctets", 2, 2, "Eo")]),
    ("À Las Vegas, il a fait 108 degrés Fahrenheit dimanche.", [("108 degrés Fahrenheit", 108, 108, "°F")]),
    ("Le voilier a couvert 412 milles en une journée.", [("412 milles", 412, 412, "NM")]),
    # look-alikes: a count of bars, the number "mille", degrees of an angle
    ("Trois bars ont fermé dans la rue.", [("Trois bars", 3, 3, "bar")]),
    ("Deux mille coureurs ont pris le départ.", [("Deux mille coureurs", 2000, 2000, "coureur")]),
    # the number misspelt before an amount is no mile; a speed in miles an hour is a road's, not the sea's
    ("Le gagnant empoche trois milles euros.", []),
    ("La police l'a flashé à 95 milles à l'heure.", [("95 milles à l'heure", 95, 95, "mi/h")]),
    ("La caméra pivote de 90 degrés.", [("90 degrés", 90, 90, "°")]),
    # --- degrees of a cooled or air-conditioned room are Celsius, as a heated one's
    ("Les bureaux, climatisés à 25 degrés, restent ouverts.", [("25 degrés", 25, 25, "°C")]),
    ("La chambre froide est refroidie à 4 degrés.", [("4 degrés", 4, 4, "°C")]),
    ("Le virage est relevé de 12 degrés.", [("12 degrés", 12, 12, "°")]),
    # --- hours spent: "a passé neuf heures"; "Passé 22 heures" tells the time
    ("Les secouristes ont passé sept heures dans la grotte.", [("sept heures", 7, 7, "heure")]),
    ("Les lycéens passent 6 heures par semaine en atelier.", [("6 heures", 6, 6, "heure")]),
    ("Passé 21 heures, la place est fermée au public.", []),
    # --- a reference word before "de" measures: "un volume de 0,3 ml"; "le volume 3" stays a reference
    ("La seringue contient un volume de 0,5 ml.", [("0,5 ml", Decimal("0.5"), Decimal("0.5"), "ml")]),
    ("Le volume 3 de la série paraît en mai.", []),
    ("L'article 7 du règlement s'applique.", []),
    # --- a hedge before a range without "de" or "entre" holds it
    ("Il reste environ 40 à 50 bouquetins dans le massif.", [("environ 40 à 50 bouquetins", 40, 50, "bouquetin")]),
    ("La crue a noyé quelque 200 à 300 hectares.", [("quelque 200 à 300 hectares", 200, 300, "ha")]),
    ("Il tombera 10 à 15 cm de neige.", [("10 à 15 cm", 10, 15, "cm")]),
    # --- numbers in scientific writing: a mantissa times a power of ten, in superscripts, after "^" or after "e"
    ("Le lait cru contenait 4 × 10⁵ germes par gramme.", [("4 × 10⁵ germes", 400000, 400000, "germe")]),
    ("La culture atteint 1,2 x 10^8 cellules.", [("1,2 x 10^8 cellules", 120000000, 120000000, "cellule")]),
    ("Le code a tourné sur 1e6 itérations.", [("1e6 itérations", 1000000, 1000000, "itération")]),
    ("Le capteur compte 2,5e4 impulsions.", [("2,5e4 impulsions", 25000, 25000, "impulsion")]),
    ("La tolérance est de 10⁻² mm.", [("10⁻² mm", Decimal("0.01"), Decimal("0.01"), "mm")]),
    # look-alikes: a size in two figures, an ordinal
    ("Le tapis mesure 2 x 3 mètres.", [("3 mètres", 3, 3, "m")]),
    ("La 3e étape fait 10 km.", [("10 km", 10, 10, "km")]),
    # a school's class ("6e1", "4e3") is no power of ten
    ("Les 4e2 volontaires ont nettoyé la plage.", []),
    # --- a letter after a number counts nothing
    ("Une bâche de 4 x 6 mètres couvre la scène.", [("6 mètres", 6, 6, "m")]),
    # --- a bare figure in millions after "sur", the whole of a figure in millions before it
    (
        "La nappe ne contient que 300 millions de mètres cubes sur 1,1 milliard.",
        [
            ("300 millions de mètres cubes", 300000000, 300000000, "m³"),
            ("1,1 milliard", 1100000000, 1100000000, "m³"),
        ],
    ),
    # look-alikes: a proportion, a total in plain figures
    ("Le parti obtient 17 sièges sur 39.", [("17 sièges", 17, 17, "siège")]),
    ("Un élève sur 8 redouble.", []),
]


@pytest.mark.parametrize(("text", "expected"), QUANTITIES)
def test_quantities(text, expected):
    assert quantities(text) == expected
