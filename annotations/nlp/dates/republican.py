"""A year told by "l'an": the Republican calendar's ("le 9 thermidor an II", "le 18 brumaire de l'an VIII", "en l'an
II", "la Constitution de l'an III"), from its year I (1792) to its end in 1805, and a day of a year of our era told so
("le 14 juillet de l'an 1790")."""

from __future__ import annotations

import re
from datetime import date, timedelta

from annotations.nlp.dates.days import day_of
from annotations.nlp.dates.lexicon import DAY, MONTH, month_number
from annotations.nlp.dates.rules import Rule, rule
from annotations.nlp.dates.values import Context, Value, day_value, days

# The Gregorian day of each year's 1 vendémiaire (the autumn equinox at Paris), from year I to year XIV.
_NEW_YEARS = [
    date(1792, 9, 22), date(1793, 9, 22), date(1794, 9, 22), date(1795, 9, 23), date(1796, 9, 22),
    date(1797, 9, 22), date(1798, 9, 22), date(1799, 9, 23), date(1800, 9, 23), date(1801, 9, 23),
    date(1802, 9, 23), date(1803, 9, 24), date(1804, 9, 23), date(1805, 9, 23),
]  # fmt: skip
_ROMAN = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv")
_YEAR = r"(?P<year>xiv|xiii|xii|xi|x|ix|viii|vii|vi|v|iv|iii|ii|i)(?![\w-])"
# Twelve months of thirty days, then five or six added days (not read here).
_MONTHS = (
    "vendémiaire", "brumaire", "frimaire", "nivôse", "pluviôse", "ventôse",
    "germinal", "floréal", "prairial", "messidor", "thermidor", "fructidor",
)  # fmt: skip


def _republican_day(match: re.Match, context: Context) -> Value | None:
    """ "le 9 thermidor an II": 27 July 1794."""
    day = day_of(match)
    if day is None or day > 30:
        return None
    first = _NEW_YEARS[_ROMAN.index(match["year"])]
    return day_value(*(first + timedelta(days=30 * _MONTHS.index(match["month"]) + day - 1)).timetuple()[:3])


def _republican_year(match: re.Match, context: Context) -> Value | None:
    """ "en l'an II": from 22 September 1793 to 21 September 1794."""
    index = _ROMAN.index(match["year"])
    if index + 1 == len(_NEW_YEARS):
        return days(_NEW_YEARS[index], date(1805, 12, 31))  # the calendar ended on 31 December 1805
    return days(_NEW_YEARS[index], _NEW_YEARS[index + 1] - timedelta(days=1))


def _day_of_an(match: re.Match, context: Context) -> Value | None:
    """ "le 14 juillet de l'an 1790": the day of that year."""
    day = day_of(match)
    return day_value(int(match["number"]), month_number(match["month"]), day) if day else None


def republican_rules() -> list[Rule]:
    """The rules of this module: before the calendar's, whose day and month would each be read alone."""
    months = "|".join(_MONTHS)
    return [
        rule(
            rf"(?:le\s+)?(?P<day>{DAY})\s+(?P<month>{months})\s+(?:de\s+l'|l')?an\s+{_YEAR}",
            _republican_day,
            needs="unit",
        ),
        rule(
            # told as a time ("en l'an II", "les soldats de l'an II", "la Constitution de l'an III"): bare, "l'an II"
            # is as often a second edition or year of a mandate ("Pour l'an II, le festival voit plus grand", "C'est
            # l'an I après la crise"); a year of something else is none: "l'an I de la pandémie" (but "l'an II de la
            # République")
            rf"(?:(?:la\s+)?constitution\s+de\s+|\ben\s+|(?<=\bde\s))l'an\s+{_YEAR}(?!\s*[-–]\s*\d|\s+(?:du\b|d'|de\s+(?!la\s+république)))",
            _republican_year,
            needs="unit",
        ),
        rule(  # "le 1er janvier de l'an 2000, ..."
            rf"(?:le\s+)?(?P<day>{DAY})\s+(?P<month>{MONTH})\s+de\s+l'an\s+(?P<number>1\d{{3}}|20\d{{2}}|[1-9]\d{{2}})(?![\w]|,\d)",
            _day_of_an,
            needs="unit",
        ),
    ]
