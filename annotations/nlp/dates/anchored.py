"""Days counted from a dated anchor: "trois jours après Noël", "deux semaines avant le 1er mai 2026",
"trois jours après l'élection du 7 mai 2017", "au lendemain de la Toussaint", "la veille du 8 mai 1945".

The rules read the anchor ("Noël", "le 1er mai 2026"); the count or the neighbour word before it moves
the day, and the span grows over them. "trois jours après la fête" names no day: the relative rules
count it from the story's date, or leave it.
"""

from __future__ import annotations

import re
from datetime import timedelta

from annotations.nlp.dates.counts import COUNT, UNIT, UNITS, count_of
from annotations.nlp.dates.relative import NEIGHBOURS, shifted
from annotations.nlp.dates.values import Value, unit_value

# An event named with its day between the count and the date: "l'élection du", "le scrutin du", "la
# finale de l'", "les attentats du" (one or two words). Only a day anchors a count: "cinq ans après le scrutin
# de 2019" tells how long after 2019 a date given beside it is (dates_news_blind).
_EVENT_OF = r"(?:le\s+|la\s+|les\s+|l')[^\W\d_]+(?:\s+[^\W\d_]+)?\s+(?:du\s+|de\s+la\s+|de\s+l')"
_COUNTED_BEFORE = re.compile(rf"(?<![\w'-]){COUNT}\s+{UNIT}\s+(?P<word>après|avant)\s+(?:{_EVENT_OF}|le\s+|la\s+|l')?$")
# The neighbour word before the day, or before an event named with it: "le lendemain du scrutin du 10 octobre", "au
# lendemain des élections du 13 juin 2027", "la veille de la finale du 3 mai".
_NEIGHBOUR_BEFORE = re.compile(
    r"(?<![\w'-])(?P<word>la veille|l'avant-veille|le lendemain|au lendemain|le surlendemain)\s+"
    r"(?:du\s+|des\s+|de\s+la\s+|de\s+l'|de\s+|d')"
    r"(?:[^\W\d_]+(?:\s+[^\W\d_]+)?\s+(?:du\s+|de\s+la\s+|de\s+l'))?$"
)
_REACH = 60  # characters before the anchor's day where the count may start


def counted_from(lowered: str, start: int, value: Value) -> tuple[int, Value] | None:
    """The (start, value) of a day moved by the count or the neighbour word before it, or None."""
    if value.precision != "day":
        return None
    before = lowered[max(0, start - _REACH) : start]
    neighbour = _NEIGHBOUR_BEFORE.search(before)
    if neighbour:
        shift = NEIGHBOURS[neighbour["word"].replace("au lendemain", "le lendemain")]
        return start - len(before) + neighbour.start(), unit_value(value.earliest + timedelta(days=shift), "day")
    counted = _COUNTED_BEFORE.search(before)
    count = count_of(counted) if counted else None
    if count is None:
        return None
    sign = -1 if counted["word"] == "avant" else 1
    return start - len(before) + counted.start(), shifted(value, sign * count, UNITS[counted["unit"]])
