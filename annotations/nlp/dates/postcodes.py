"""A four-digit postcode before its town, no year: the Swiss, Belgian, Luxembourg and Austrian ones ("se trouve à
1204 Genève", "rue du Marché 3, 2000 Neuchâtel", "à 1410 Waterloo"). The number stands after "à" or after a street's
number and its comma, right before a capitalised word, the town's name; a year after "à" opens no clause on a name
("reporté à 2027 l'inauguration", "de 2010 à 2012 Paris", "jusqu'à 2012 Genève" keep theirs, as do "en 1204, Genève"
and "à 1204 mètres")."""

from __future__ import annotations

import re

from annotations.nlp.dates.verbs import MOVING_VERB

# "à" before the number, not the end of a bound ("jusqu'à", "d'ici à", "de 2010 à") nor a date moved ("reporté à")
_TO_BEFORE = re.compile(r"(?<![\w'’-])à\s+$", re.I)
_BOUND_BEFORE = re.compile(rf"(?:jusqu['’]|d'ici\s+|\d\s+|{MOVING_VERB}\s+)à\s+$", re.I)
# A street's number and its comma: "rue du Rhône 12, ", "avenue de la Gare 5a, "
_STREET_NUMBER_BEFORE = re.compile(
    r"\b(?:rue|avenue|av\.|route|chemin|place|quai|boulevard|bd|allée|impasse|ruelle)\s[^,\n]{1,40}?\d+\s?[a-z]?,\s*$",
    re.I,
)
# The town: a capitalised word, not a month or a weekday ("à 2030 Lundi" is no town)
_TOWN_AFTER = re.compile(
    r"\s+(?!(?:Janvier|Février|Mars|Avril|Mai|Juin|Juillet|Août|Septembre|Octobre|Novembre|Décembre|"
    r"Lundi|Mardi|Mercredi|Jeudi|Vendredi|Samedi|Dimanche)\b)[A-ZÀ-Ý][\w'’-]"
)


def not_a_postcode(text: str, match: re.Match) -> bool:
    """Whether the four-digit number of `match` (group "year") may be a year: not a postcode before its town."""
    first, end = match.start("year"), match.end("year")
    if len(match["year"]) != 4 or not _TOWN_AFTER.match(text, end):
        return True  # cheap test first: most years are followed by no capitalised word
    before = text[max(0, first - 60) : first]
    if _TO_BEFORE.search(before):
        return bool(_BOUND_BEFORE.search(before))
    return not _STREET_NUMBER_BEFORE.search(before)
