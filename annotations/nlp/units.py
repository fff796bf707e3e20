"""Units of quantities: their symbols and words (annotations.nlp.quantities reads them), and what
the words around a number tell of its unit: degrees of the weather, hours that last."""

from __future__ import annotations

import re
from decimal import Decimal

from annotations.nlp.lexicon import words

# Unit symbols, matched as written ("M" is no metre, "t" is a tonne).
SYMBOLS = {
    "%": "%",
    "km": "km",
    "m": "m",
    "cm": "cm",
    "mm": "mm",
    "km²": "km²",
    "km2": "km²",
    "km³": "km³",  # the symbol of "kilomètres cubes" (below)
    "km3": "km³",
    "m²": "m²",
    "m2": "m²",
    "m³": "m³",
    "m3": "m³",
    "ha": "ha",
    "t": "t",
    "Mt": "Mt",
    "kg": "kg",
    "g": "g",
    "mg": "mg",
    "µg": "µg",
    "l": "l",
    "L": "l",
    "hl": "hl",
    "cl": "cl",
    "ml": "ml",
    "W": "W",
    "kW": "kW",
    "MW": "MW",
    "GW": "GW",
    "TW": "TW",
    "Wh": "Wh",
    "kWh": "kWh",
    "MWh": "MWh",
    "GWh": "GWh",
    "TWh": "TWh",
    # a solar plant's peak power, apart from the power it delivers: "une centrale de 4,8 MWc", "9 kWc sur le toit"
    "Wc": "Wc",
    "kWc": "kWc",
    "MWc": "MWc",
    "GWc": "GWc",
    "km/h": "km/h",
    "m/s": "m/s",
    "m³/s": "m³/s",
    "m3/s": "m³/s",
    "°C": "°C",
    "°": "°",
    "dB": "dB",
    "ko": "ko",
    "Mo": "Mo",
    "Go": "Go",
    "To": "To",
    "kbit/s": "kbit/s",
    "Mbit/s": "Mbit/s",
    "Gbit/s": "Gbit/s",
    "Tbit/s": "Tbit/s",
    "Mb/s": "Mbit/s",
    "Gb/s": "Gbit/s",
    "ppm": "ppm",
    # the units of the sciences news quotes: a particle's energy, a battery's charge, a meter's power, the air's pressure,
    # a dose of radiation ("un faisceau de 6 GeV", "une batterie de 5 000 mAh", "un compteur de 6 kVA", "953 hPa")
    "eV": "eV",
    "keV": "keV",
    "MeV": "MeV",
    "GeV": "GeV",
    "TeV": "TeV",
    "mAh": "mAh",
    "Ah": "Ah",
    "kVA": "kVA",
    "V": "V",  # a charger's or a battery's tension: "une borne de 400 V", "une batterie de 12 V"
    "kV": "kV",
    "MVA": "MVA",
    "hPa": "hPa",
    "kPa": "kPa",
    "MPa": "MPa",
    "mbar": "mbar",
    "Sv": "Sv",
    "mSv": "mSv",
    "µSv": "µSv",
    "kcal": "kcal",
    "°F": "°F",
    # a chronometer's: "9,58 s", "20 min" (counted like "secondes", "minutes")
    "s": "seconde",
    "min": "minute",
}
# What a symbol is counted per in a compound unit: "2,5 mg/ml", "15 mg/kg", "50 µg/m³", "8 t/ha".
PER_SYMBOLS = {
    **{
        symbol: SYMBOLS[symbol] for symbol in ("l", "L", "ml", "cl", "kg", "g", "m", "m²", "m2", "m³", "m3", "km", "ha")
    },
    **{symbol: symbol for symbol in ("dl", "h", "j", "s", "min", "an")},
}
# Unit words, case ignored; the plural is the singular plus s (or x) unless listed.
UNIT_WORDS = {
    "pour cent": "%",
    "pourcent": "%",
    "pourcents": "%",
    # a point of percentage is a point, as a fall "de 0,3 point" ("3 points de pourcentage": 3 `point`)
    "point de pourcentage": "point",
    "points de pourcentage": "point",
    # a hundredth of a point of a rate: "grimpé de 25 points de base"
    "point de base": "pb",
    "points de base": "pb",
    "kilomètre carré": "km²",
    "kilomètres carrés": "km²",
    "mètre carré": "m²",
    "mètres carrés": "m²",
    "mètre cube": "m³",
    "mètres cubes": "m³",
    "kilomètre cube": "km³",  # a glacier's ice, a reservoir: "2,3 kilomètres cubes de glace"
    "kilomètres cubes": "km³",
    "kilomètre par heure": "km/h",
    "kilomètres par heure": "km/h",
    "kilomètres heure": "km/h",
    "kilomètres à l'heure": "km/h",
    "degré celsius": "°C",
    "degrés celsius": "°C",
    "degré": "°",
    "kilomètre": "km",
    "mètre": "m",
    "centimètre": "cm",
    "millimètre": "mm",
    "hectare": "ha",
    "tonne": "t",
    "mégatonne": "Mt",
    "kilo": "kg",
    "kilogramme": "kg",
    "gramme": "g",
    "milligramme": "mg",
    "microgramme": "µg",
    "litre": "l",
    "hectolitre": "hl",
    "quintal": "q",
    "quintaux": "q",
    "centilitre": "cl",
    "millilitre": "ml",
    "watt": "W",
    "kilowatt": "kW",
    "mégawatt": "MW",
    "gigawatt": "GW",
    "térawatt": "TW",
    "kilowattheure": "kWh",
    "mégawattheure": "MWh",
    "gigawattheure": "GWh",
    "térawattheure": "TWh",
    "kilowatt crête": "kWc",
    "kilowatts crête": "kWc",
    "mégawatt crête": "MWc",
    "mégawatts crête": "MWc",
    "décibel": "dB",
    "nœud": "nd",  # a speed at sea or of the wind: "des rafales de 35 nœuds"
    "are": "a",  # "60 ares de maraîchage"
    "octet": "o",
    "kilooctet": "ko",
    "mégaoctet": "Mo",
    "gigaoctet": "Go",
    "téraoctet": "To",
    "pétaoctet": "Po",
    "exaoctet": "Eo",
    "kilocalorie": "kcal",
    "sievert": "Sv",
    "millisievert": "mSv",
    "microsievert": "µSv",
    "hectopascal": "hPa",
    "volt": "V",  # a line's or a battery's tension: "une ligne à haute tension de 400 000 volts"
    "kilovolt": "kV",
    "tesla": "T",  # a magnetic field: "un aimant de 11 teslas", "un IRM de 3 teslas"
    "millitesla": "mT",
    "millibar": "mbar",
    "degré fahrenheit": "°F",
    "degrés fahrenheit": "°F",
    "mille marin": "NM",
    "milles marins": "NM",
    "mille nautique": "NM",
    "milles nautiques": "NM",
    "kilobit par seconde": "kbit/s",
    "kilobits par seconde": "kbit/s",
    "mégabit par seconde": "Mbit/s",
    "mégabits par seconde": "Mbit/s",
    "gigabit par seconde": "Gbit/s",
    "gigabits par seconde": "Gbit/s",
    # a distance in astronomy: "une exoplanète située à 48 années-lumière"
    "année lumière": "al",
    "années lumière": "al",
}
UNIT_WORDS.update({word + "s": unit for word, unit in list(UNIT_WORDS.items()) if " " not in word})
# Miles: "milles" alone (the number "mille" takes no s, so "milles" is the unit) are the sea's where their sentence
# speaks of a ship, a coast or a flight ("le voilier a couvert 908 milles", `miles`), else a road's statute miles, as
# Québec writes them ("à 30 milles de Montréal"); a speed in miles an hour is a road's or the wind of American
# forecasts; "deux milles euros" is the number misspelt: see `quantities`
UNIT_WORDS["milles"] = "NM"
UNIT_WORDS["milles à l'heure"] = UNIT_WORDS["milles par heure"] = "mi/h"

# Degrees said of the weather or of a fever are Celsius; of an angle or a wine they are not.
_WEATHER = re.compile(
    r"\b(?:températures?|maximales?|minimales?|canicule|chaleur|froid|gel|gelées?|thermomètres?|mercure|"
    r"météo|fraîcheur|douceur|fièvre|ressentie?|il (?:a )?fait|il faisait|il fera|normales?|prévisionnistes|"
    r"rafraîchissement|refroidissement|réchauffement|redoux|"
    # degrees of water: "L'eau du lac atteignait 24,5 degrés", "la mer est à 22 degrés"
    # (not a region's "bassin minier", "bassin d'emploi")
    r"eaux?|mer|lac|océan|piscine|bassins?(?! (?:minier|houiller|d['’]emploi|de vie|versant|sédimentaire|industriel))|"
    r"baignade|rivière|"
    # a heating: "le bassin sera chauffé à 27 degrés", "le chauffage réglé à 19 degrés"
    r"chauff(?:é|ée|és|ées|er|era|eront|age)|"
    # and a cooling: "des salles refroidies à 22 degrés", "un bureau climatisé à 24 degrés"
    r"refroidi(?:e|s|es|r|ra|ront)?|climatis(?:é|ée|és|ées|er|ation))\b",
    re.I,
)
_ANGLES = (
    r"angle|pente|inclinaison|virage|latitude|longitude|fahrenheit|"
    # a turn, a tilt, a shot, a quake's magnitude miswritten in degrees
    r"rotation|pivot\w*|volte-face|demi-tour|pench\w*|inclin\w*|axe|caméra|panoramique|magnitude|Richter"
)
_DRINKS = r"vins?|bières?|alcool|cuvée|rhum|whisky|rosé|calvados|cognac|vodka|gin|liqueur|eau-de-vie|pastis"
_NOT_WEATHER = re.compile(rf"\b(?:{_ANGLES}|{_DRINKS})\b", re.I)
# Below zero a drink's degrees are its temperature, no strength: "la vodka se sert à -10 degrés".
_NOT_COLD = re.compile(rf"\b(?:{_ANGLES})\b", re.I)
_WEATHER_REACH = 120  # characters either side, cut at the sentence's ends

# Hours are a duration after these words ("en 24 heures", "pendant trois heures"), when what they
# last follows ("trois heures de jeu", "à deux heures de route") or past a day's 24; else a time of day
# ("à 14 heures de la place de la République", "les 24 heures du Mans").
_DURATION_BEFORE = words(
    "en pendant durant sous dernières premières prochaines quelques toutes dure durent duré durera durait"
)
_OF_A_NOUN_AFTER = re.compile(
    r"\s+(?:de|d')\s*(?:jeu|match|route|marche|voiture|train|vol|avion|bateau|bus|car|trajet|navigation|"
    r"débats?|discussions?|négociations?|audience|garde à vue|grève|travail|attente|retard|queue|fouilles?|"
    r"recherches?|combat|lutte|interrogatoire|délibéré|délibération|opération|intervention|panne|coupure|"
    r"course|effort|spectacle|concert|film|tournage|répétitions?|cours|formation|sommeil|repos|"
    # a climb, a walk, a ride: "après onze heures d'ascension", "six heures de montée"
    r"ascension|escalade|montée|descente|randonnée|nage|vélo|ski|conduite|bouchons?|embouteillages?)\b",
    re.I,
)
# Hours a day or a week last: "ne bougent pas une heure par jour", "huit heures par semaine" (no time of day recurs
# "par jour": it says "chaque jour à 8 heures").
PER_TIME = re.compile(r"[^\S\n]+par[^\S\n]+(?:jour|nuit|semaine|mois|an|année)(?![\w])", re.I)
# The time something takes, its verb "mettre": "ses signaux mettent quatre heures et demie à parvenir", "il a mis six
# heures pour rentrer".
_TAKES = re.compile(r"\b(?:met|mets|mettent|mettait|mettaient|mettra|mettront|mettrait|mettre|mis|mise)\s+$", re.I)


# An interval ("toutes les 6 heures") and the bounds said of a length, not of a time of day ("au
# moins 4 heures", "plus de 3 heures", "à peine 2 heures"; but "dès 8 heures", "jusqu'à 18 heures").
_EVERY = re.compile(r"\btou(?:te)?s\s+les\s+$", re.I)
_DURATION_BOUND = re.compile(
    r"(?:au moins|au minimum|au maximum|au plus|(?:pas |un peu )?(?:plus|moins) d(?:e\s|['’])|à peine|environ|"
    r"près de|quasiment|presque)\s*",
    re.I,
)
# News writes a short duration in words ("ont attendu deux heures") and a time of day in figures: figures from 13
# to 24 after a verb of waiting tell the hour ("il faudra attendre 20 heures pour connaître les résultats").
_AN_HOUR_OF_THE_DAY = re.compile(r"(?:1[3-9]|2[0-4])\s", re.I)
_TIME_BEFORE_A_BOUND = words("à vers est était sera serait")  # "il était plus de 2 heures": a time
# Verbs of waiting and of delay before the hours they last: "ont attendu deux heures en gare", "le vol a été
# retardé de trois heures" (but "attendu jusqu'à 18 heures", "décalé de 14 heures à 16 heures" tell the time).
_WAITED = re.compile(r"\b(?:attend|patient)\w*\s+$", re.I)
_DELAYED = re.compile(r"\b(?:retard|prolong|allong|écourt|raccourc)\w*\s+$", re.I)
_OF = re.compile(r"d(?:e\s|['’])", re.I)
# Hours spent: "l'équipage a passé neuf heures sous l'eau", "ils passent 8 heures par jour en classe" (but "Passé 22
# heures, les bars ferment" tells the time: "passé" without its auxiliary)
_SPENT = re.compile(
    r"\b(?:(?:a|ont|avait|avaient|aura|auront|aurait|auraient|avoir|ayant)\s+passé|pass(?:er|era|eront|ent|ait|aient))\s+$",
    re.I,
)
# A noun of length before "de", in its clause: "l'attente médiane est de quatre heures", "un trajet de deux heures", "la
# durée du vol sera de 11 heures" (not "la réunion de 14 heures", "le journal de 20 heures": no length).
_LENGTH_OF = re.compile(
    r"\b(?:attentes?|durées?|délais?|trajets?|parcours|voyages?|traversées?|autonomie|retards?)\b"
    r"(?P<gap>[^\d.,;:!?]{0,30}?)(?:(?<![\w])d(?:e|['’])\s*)?$",
    re.I,
)
# Another noun between them owns the hours unless a verb gives the length its figure: "le retard du train de 8 heures",
# "le délai expire avant la réunion de 14 heures" (times of day), but "la durée du vol sera de 11 heures".
_ARTICLE = re.compile(r"(?<![\w])(?:l['’]|la|le|les|une?|du|des|de|d['’]|au|aux)(?![\w])", re.I)
_BE_THEN = re.compile(
    r"(?<![\w])(?:est|sont|sera|seront|était|étaient|serait|seraient|fut|été|être|reste|restera|restait|demeure)"
    r"(?P<then>(?:\s+[^\W\d_][\w'’-]*){0,2})\s*$",
    re.I,
)
# "prolongée de 18 heures à 20 heures": a span between two times of day, not a delay.
_TO_A_TIME = re.compile(r"\s+(?:à|jusqu['’]à)\s+\d{1,2}\s*(?:h|heures?)(?![^\W\d_])", re.I)


def _around(text: str, start: int, end: int) -> str:
    """The words of the sentence around `start`..`end`, _WEATHER_REACH characters either side at most."""
    before = re.split(r"[.!?]\s", text[max(0, start - _WEATHER_REACH) : start])[-1]
    after = re.split(r"[.!?](?:\s|$)", text[end : end + _WEATHER_REACH])[0]
    return f"{before} {after}"


def is_cold(text: str, start: int, end: int) -> bool:
    """Degrees below zero (`start`..`end`: "-18 degrés", "moins 34 degrés") are the weather's, whatever their sentence
    says ("ils ont bivouaqué à -18 degrés"), unless it speaks of an angle or in Fahrenheit."""
    return not _NOT_COLD.search(_around(text, start, end))


def is_weather(text: str, start: int, end: int) -> bool:
    """Degrees near words of the weather (`_WEATHER`) or after °C on their line, and none of an angle or a drink."""
    around = _around(text, start, end)
    # or a temperature in °C written before in their sentence or the one before it: "La mer a atteint 31 °C. Les coraux
    # blanchissent au-delà de 30 degrés." (not three sentences on: a paragraph moves on to other things)
    sentences = re.split(r"[.!?]\s", text[text.rfind("\n", 0, start) + 1 : start])
    celsius_before = "°C" in " ".join(sentences[-2:])
    return (celsius_before or bool(_WEATHER.search(around))) and not _NOT_WEATHER.search(around)


def is_a_duration(text: str, start: int, end: int, before: str | None, value: Decimal | None) -> bool:
    """Hours that last rather than tell the time (`_DURATION_BEFORE`); `start`: where the number, or
    the bound or hedge before it, starts."""
    if before in ("le", "au", "du"):
        return False  # "le 20 heures de la chaîne", "au 13 heures"
    if re.match(
        r"\s*(?:\d|trente|quinze|quarante|vingt|dix|cinq|du matin|du soir|précises|pile)", text[end : end + 12]
    ):
        return False  # "14 heures 30", "3 heures du matin"
    if _EVERY.search(text, max(0, start - 20), start) or (
        _DURATION_BOUND.match(text, start) and before not in _TIME_BEFORE_A_BOUND
    ):
        return True  # "toutes les 6 heures", "au moins 4 heures": an interval, a length
    if value is not None and value > 24:
        return True  # "35 heures", "48 heures"
    if _WAITED.search(text, max(0, start - 30), start) and not text.startswith("jusqu", start):
        return not _AN_HOUR_OF_THE_DAY.match(text, start)  # "attendront 20 heures pour connaître": a time
    if _DELAYED.search(text, max(0, start - 30), start) and _OF.match(text, start):
        return not _TO_A_TIME.match(text, end)
    if _SPENT.search(text, max(0, start - 20), start) or _TAKES.search(text, max(0, start - 14), start):
        return True
    if PER_TIME.match(text, end):
        return True
    length = _LENGTH_OF.search(text, max(0, start - 50), start)
    if length and _its_own(length["gap"]) and (_OF.match(text, start) or before in ("de", "d")):
        return not _TO_A_TIME.match(
            text, end
        )  # "l'attente est de quatre heures" ("le retard de 14 heures à 16 heures")
    return before in _DURATION_BEFORE or bool(_OF_A_NOUN_AFTER.match(text, end))


def _its_own(gap: str) -> bool:
    """Whether the words between a noun of length and its "de" leave the hours to it (`_BE_THEN`)."""
    if not _ARTICLE.search(gap):
        return True  # "l'attente médiane est de", "un trajet de"
    be = _BE_THEN.search(gap)
    return bool(be and not _ARTICLE.search(be["then"]))


# What tells miles at sea or in the air: a ship and its crew, the sea, a sailing race ("la Transat", "la voile", "une
# course de voile"), a flight (see "milles" above). Not a "vedette" (a star as often), a "pilote" (of a race car too),
# "large" alone ("une large majorité"), "le voile" (a veil: "le port du voile"), a theft ("un vol à main armée", "le
# vol de cuivre"; "le vol AC870" is a flight).
_AT_SEA = re.compile(
    r"\b(?:navires?|bateaux?|embarcations?|cargos?|ferrys?|ferries|traversiers?|paquebots?|voiliers?|trimarans?|"
    r"catamarans?|monocoques?|chalutiers?|homardiers?|pétroliers?|méthaniers?|porte-conteneurs|porte-avions|frégates?|"
    r"sous-marins?|skippers?|navigat(?:eur|rice)s?|marins|équipages?|littoral|mer|océans?|maritimes?|nœuds|régates?|"
    r"garde-côtes|(?:au|du|le) large|transats?|transatlantiques?|(?:la|une|de|en)\s+voiles?|avions?|hydravions?|aériens?|aérienne|"
    r"aéroports?|vols?(?!\s+(?:de|d['’]|du|des|à\s+(?:main|l['’]étalage|la tire|l['’]arraché))\b))\b",
    re.I,
)
# What a lake or a river has as the sea does: a shore, a port, fishing, a crossing ("la pêche blanche sur le lac
# Saint-Jean, à 20 milles d'Alma" is a road's distance). They tell the sea only with no lake or river beside them; a
# coast only in lower case and alone ("la Côte-Nord", "Côte-Saint-Luc" are places), a port not worn ("le port du
# casque").
_BY_THE_WATER = re.compile(
    r"\b(?:(?-i:côtes?)(?![-\w])|ports?(?!\s+(?:du|d['’]))|pêche|traversées?|nautiques?)\b", re.I
)
_INLAND_WATER = re.compile(r"\b(?:lacs?|rivières?)\b", re.I)


def miles(text: str, start: int, end: int) -> str:
    """The unit of "milles" alone from `start` to `end`: nautical miles ("NM") where their sentence, or the one
    before it in their paragraph, speaks of the sea or a flight (`_AT_SEA`), or of a shore with no lake or river
    (`_BY_THE_WATER`), else statute miles ("mi")."""
    paragraph = text.rfind("\n", 0, start) + 1
    before = " ".join(re.split(r"[.!?]\s", text[paragraph:start])[-2:])
    after = re.split(r"[.!?](?:\s|$)", text[end : end + _WEATHER_REACH])[0]
    around = f"{before} {after}"
    at_sea = _AT_SEA.search(around) or (_BY_THE_WATER.search(around) and not _INLAND_WATER.search(around))
    return "NM" if at_sea else "mi"


def unit_of(text: str) -> str | None:
    """The unit a symbol or unit word stands for, as written ("km", "kilomètres", "points de base")."""
    if text in SYMBOLS:
        return SYMBOLS[text]
    if text.startswith("Tesla"):
        return None  # the make, its cars counted ("3 000 Tesla vendues"): the unit is written in lower case
    return UNIT_WORDS.get(re.sub(r"[\s-]+", " ", text.lower()))
