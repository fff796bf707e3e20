"""How many units a relative date counts ("il y a trois semaines", "dans une dizaine de jours", "il y a 48
heures"): the units, the count's forms and its number in the unit of the date."""

from __future__ import annotations

import re
from fractions import Fraction

from annotations.nlp.dates.lexicon import NUMBER_IN_WORDS, number_value

UNITS = {"an": "year", "ans": "year", "année": "year", "années": "year", "annee": "year", "annees": "year"}
UNITS.update({"mois": "month", "semaine": "week", "semaines": "week", "jour": "day", "jours": "day"})
UNITS.update({"décennie": "year", "décennies": "year", "siècle": "year", "siècles": "year"})  # counted in years
UNITS.update({"heure": "day", "heures": "day"})  # counted in days
UNIT = r"(?P<unit>années|annees|année|annee|ans|an|mois|semaines|semaine|jours|jour|décennies|décennie|siècles|siècle|heures|heure)"
COUNT = rf"(?P<count>\d{{1,3}}(?: \d{{3}})+|\d+|{NUMBER_IN_WORDS})"  # "il y a 12 000 ans" (normalised spaces)
# A count of time ago right before a position: "aujourd'hui" after it is an anniversary's ("Cela fait deux ans
# aujourd'hui que", read whole by the rules of "il y a" and "cela fait"), not the publication day alone.
AGO_BEFORE = re.compile(rf"\b(?:il y a|voici|voilà|cela fait|ça fait)\s+{COUNT}\s+{UNIT}\s+$", re.I)


# "huit jours" and "quinze jours" are a week and two in French ("dans quinze jours": in two weeks).
_WEEKS_IN_DAYS = {("huit", "day"): 7, ("quinze", "day"): 14}
# Decades and centuries are counted in years, hours in whole days ("il y a 48 heures"; "dans 36 heures" is none).
_HOUR = Fraction(1, 24)
_SCALES = {"décennie": 10, "décennies": 10, "siècle": 100, "siècles": 100, "heure": _HOUR, "heures": _HOUR}


# A round count ("il y a une quinzaine de jours", "dans une dizaine d'années") counts as its number.
_ROUND = {"dizaine": "dix", "quinzaine": "quinze", "vingtaine": "vingt", "trentaine": "trente", "centaine": "cent"}
ROUND_COUNT = rf"une\s+(?P<round>{'|'.join(_ROUND)})\s+d(?:e\s+|')"


def count_of(match: re.Match) -> int | None:
    words = match.groupdict()
    count = _ROUND[words["round"]] if words.get("round") else words["count"]
    count, scale = count.lower(), _SCALES.get(match["unit"], 1)
    value = _WEEKS_IN_DAYS.get((count, UNITS[match["unit"]]), number_value(count))
    return int(value * scale) if value is not None and (value * scale).denominator == 1 else None
