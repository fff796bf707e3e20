"""Periods named by their place in the calendar: seasons, decades, centuries (quarters: `quarters`), and the
n-th day, working day, week, fortnight, half or weekday of a month."""

from __future__ import annotations

import re
from datetime import date, timedelta

from annotations.nlp.dates.lexicon import NUMBER_IN_WORDS, day_number, holiday, number_value, weekday_number
from annotations.nlp.dates.rules import A_NUMBER, rule
from annotations.nlp.dates.values import (
    Context,
    Value,
    between,
    days,
    full_year,
    month_value,
    open_since,
    unit_value,
    year_value,
)

SEASON_MONTHS = {"printemps": (3, 5), "été": (6, 8), "automne": (9, 11), "hiver": (12, 2)}
YEAR_PARTS = {"début": (1, 2), "mi": (6, 7), "milieu": (6, 7), "fin": (11, 12)}


def season(name: str, year: int) -> Value:
    """The months of a season; winter belongs to the year of its January (December before)."""
    first, last = SEASON_MONTHS[name]
    return between(month_value(year - 1 if first > last else year, first), month_value(year, last))


# A year written out: "deux mille dix-neuf" after "en" or "l'an" (else it may count: "deux mille salariés");
# "mil neuf cent quatre-vingt-neuf" and "dix-neuf cent quatre-vingt-quinze" anywhere, as French writes only
# years so (the spelling "mil", "dix-neuf cent" and its tens: "dix-neuf cents" alone counts); after a day and
# month, any of them.
YEAR_WORDS = (
    rf"(?:(?:deux\s+mille|mil(?:le)?\s+(?:neuf|huit|sept|six|cinq|quatre|trois|deux)\s+cents?)(?:[-\s]+{NUMBER_IN_WORDS})?"
    rf"|dix-(?:neuf|huit|sept)\s+cent[-\s]+{NUMBER_IN_WORDS})"
)
YEAR_IN_WORDS = rf"(?:(?<=\ben\s)|(?<=\bl'an\s)|(?=mil\s|dix-(?:neuf|huit|sept)\s+cent))(?P<words>{YEAR_WORDS})"


def year_in_words(match: re.Match, _context: Context) -> Value | None:
    year = number_value(re.sub(r"^mil\b", "mille", match["words"].lower()))
    return year_value(year) if year and 1000 <= year <= 2999 else None


DECADE_WORDS = {"vingt": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60, "soixante-dix": 70}
DECADE_WORDS.update({"quatre-vingt": 80, "quatre-vingts": 80, "quatre-vingt-dix": 90})
DECADE_WORDS.update({"septante": 70, "huitante": 80, "octante": 80, "nonante": 90})  # Belgian and Swiss
DECADE_WORDS.update({"deux mille": 2000, "deux mille dix": 2010, "deux mille vingt": 2020})  # "les années deux mille"


# Parts of a decade: "au début des années 1980" its first years, "au milieu des" its middle, "à la fin des" its last.
_DECADE_PARTS = {"début": (0, 3), "milieu": (4, 6), "fin": (7, 9), "première moitié": (0, 4), "seconde moitié": (5, 9)}
_DECADE_PARTS["deuxième moitié"] = _DECADE_PARTS["seconde moitié"]
# Parts of a century, in years from its first: "le dernier quart du XXe siècle" 1976-2000, "la première moitié du
# XIXe siècle" 1801-1850. "Au début du XXe siècle" stays the century (dates_news_blind11: DESIGN parts only months,
# years and weeks).
_CENTURY_PARTS = {"premier quart": (0, 24), "dernier quart": (75, 99), "première moitié": (0, 49)}
_CENTURY_PARTS["seconde moitié"] = (50, 99)
_CENTURY_PARTS["deuxième moitié"] = _CENTURY_PARTS["seconde moitié"]
# Thirds: "au premier tiers du XXe siècle" 1901-1933, "le dernier tiers du XIXe siècle" 1867-1900.
_CENTURY_PARTS.update({"premier tiers": (0, 32), "second tiers": (33, 65), "dernier tiers": (66, 99)})
_CENTURY_PARTS["deuxième tiers"] = _CENTURY_PARTS["second tiers"]


def decade(match: re.Match, context: Context) -> Value | None:
    """ "les années 1990", "les années 90", "les années quatre-vingt-dix", "la décennie 2020": the latest
    such decade that has begun by the publication (by 1999 without one); "à la fin des années 1990" a
    part of it."""
    years = decade_years(match["decade"], context)
    part = match.groupdict().get("part")
    if not years or not part:
        return years
    first, last = _DECADE_PARTS[" ".join(part.split())]
    return between(year_value(years.earliest.year + first), year_value(years.earliest.year + last))


def decades(match: re.Match, context: Context) -> Value | None:
    """ "les années 1960-1970": from the first decade's first year to the second's last."""
    first, second = decade_years(match["decade"], context), decade_years(match["decade2"], context)
    if not first or not second or second.earliest <= first.earliest:
        return None
    return between(year_value(first.earliest.year), year_value(second.latest.year))


def decade_years(text: str, context: Context) -> Value | None:
    """The years of a decade written "1990", "90" or "quatre-vingt-dix" (see `decade`)."""
    start = DECADE_WORDS.get(text) if not text.isdigit() else int(text)
    if start is None or start % 10:
        return None
    if start < 100:
        reference = context.published.year if context.published else 1999
        start += reference // 100 * 100
        if start > reference:
            start -= 100
    return between(year_value(start), year_value(start + 9))


_ROMAN = {"i": 1, "v": 5, "x": 10, "l": 50}


def _roman(text: str) -> int:
    values = [_ROMAN[char] for char in text]
    return sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))


def _century_years(number: int) -> Value:
    """The XIXe siècle is 1801-1900: a century starts with its year 1."""
    return between(year_value((number - 1) * 100 + 1), year_value(number * 100))


def century(match: re.Match, _context: Context) -> Value | None:
    """ "le XIXe siècle", "au 19e siècle"; one before our era ("au Ve siècle av. J.-C.") is past the
    calendar's year 1: its span is kept with no value."""
    if (match.groupdict().get("era") or "").strip().startswith("av"):
        raise ValueError("a century before the calendar's first year")
    years, part = century_years(match["century"]), match.groupdict().get("part")
    if years is None or not part:
        return years
    first, last = _CENTURY_PARTS[" ".join(part.split())]
    return between(year_value(years.earliest.year + first), year_value(years.earliest.year + last))


def century_years(text: str) -> Value | None:
    """The years of a century written "xix" or "19" (lower-cased), None if it is no century."""
    number = int(text) if text.isdigit() else _roman(text) if set(text) <= set(_ROMAN) else None
    if not number or number > 99:
        return None
    return _century_years(number)


def _before_our_era(_match: re.Match, _context: Context) -> Value | None:
    raise ValueError("a year before the calendar's first year")


# A year before our era ("en 44 av. J.-C.", "vers 600 avant notre ère"): a date whose span is kept with
# no value, as DESIGN says of dates before year 1 (read before the years, which would take "44").
ERA_YEAR = rule(
    r"\d{1,4}\s+(?:(?:av\.?|avant)\s+j\.?-?c\.?|avant\s+notre\s+ère)", _before_our_era, needs="digit", opens=(A_NUMBER,)
)


def century_written(text: str, match: re.Match, group: str = "century") -> bool:
    """A century's number in figures or in capitals ("XIXe", "19e"; "le siècle" is none)."""
    written = text[match.start(group) : match.end(group)]
    return written.isdigit() or written.isupper()


def century_near(match: re.Match, context: Context) -> Value | None:
    """ "le siècle dernier" from 2026 is the XXth (1901-2000), "le siècle prochain" the XXIIth; "le
    siècle précédent" is the one before the text's last date ("Au XIXe siècle ... le siècle
    précédent": the XVIIIth)."""
    anchor = context.story if match["direction"] == "précédent" else context.today
    if not anchor:
        return None
    current = (anchor.earliest.year - 1) // 100 + 1
    return _century_years(current + (1 if match["direction"] == "prochain" else -1))


def year_range(match: re.Match, _context: Context) -> Value | None:
    """ "de 2010 à 2018", "2015-2016", "2015-16", "entre fin 2023 et début 2025" (its bounds keep their parts)."""
    first, last = int(match["year1"]), match["year2"]
    if len(last) == 2:  # 2015-16
        last = first // 100 * 100 + int(last)
    parts = match.groupdict().get("part1"), match.groupdict().get("part2")
    in_months = any(parts)  # "entre 2019 et fin 2020": 2019-01/2020-12
    return between(_year_or_its_part(first, parts[0], in_months), _year_or_its_part(int(last), parts[1], in_months))


def years_to_today(match: re.Match, context: Context) -> Value | None:
    """ "de 2015 à aujourd'hui": the years up to the publication's (open without one)."""
    first = year_value(int(match["year1"] or match["decade"]))  # "des années 1980 à nos jours": from 1980
    if first.earliest.year % 10 and not match["year1"]:
        return None
    return between(first, year_value(context.published.year)) if context.today else open_since(first)


def _year_or_its_part(year: int, part: str | None, in_months: bool = False) -> Value:
    """The year (as its months when `in_months`), or its part ("fin": November and December)."""
    first, last = YEAR_PARTS.get((part or "").strip(" -"), (1, 12))
    if in_months or (first, last) != (1, 12):
        return between(month_value(year, first), month_value(year, last))
    return year_value(year)


# France's public holidays, on which no office works: a working day ("jour ouvré", "jour ouvrable") is none of them
_PUBLIC_HOLIDAYS = ("jour de l'an", "lundi de pâques", "fête du travail", "8-mai", "ascension", "lundi de pentecôte")
_PUBLIC_HOLIDAYS += ("fête nationale", "assomption", "toussaint", "11-novembre", "noël")


def _working_day(whole: Value, index: int, last_one: bool, saturdays: bool) -> Value | None:
    """The index-th working day of a month (or its last): a weekday that is no public holiday; a "jour ouvrable"
    may be a Saturday, a "jour ouvré" not."""
    day, step = (whole.latest, -1) if last_one else (whole.earliest, 1)
    off = {holiday(name, day.year) for name in _PUBLIC_HOLIDAYS}
    while whole.earliest <= day <= whole.latest:
        if day.weekday() < (6 if saturdays else 5) and day not in off:
            index -= 1
            if index == 0:
                return unit_value(day, "day")
        day += timedelta(days=step)
    return None


def nth(whole: Value, ordinal: str, what: str) -> Value | None:
    first, last = whole.earliest, whole.latest
    last_one = ordinal.startswith("derni")
    index = 1 if last_one else day_number(ordinal)
    if index is None:
        return None
    if what.startswith("jour "):  # "le premier jour ouvré de novembre"
        return _working_day(whole, index, last_one, what.endswith("able"))
    if what.startswith("moiti"):  # "la deuxième moitié d'octobre": its 16th to its end
        return days(first, first.replace(day=15)) if index == 1 and not last_one else days(first.replace(day=16), last)
    if what == "jour":
        day = last if last_one else first + timedelta(days=index - 1)
        return unit_value(day, "day") if day <= last else None
    if what.startswith("week"):  # "le premier week-end de février": its first Saturday and the Sunday after
        saturday = nth(whole, ordinal, "samedi")
        return days(saturday.earliest, saturday.earliest + timedelta(days=1)) if saturday else None
    if what == "quinzaine":
        return days(first, first.replace(day=14)) if index == 1 and not last_one else days(first.replace(day=15), last)
    if what == "semaine":
        monday = first + timedelta(days=-first.weekday() % 7)
        if last_one:
            monday = last - timedelta(days=(last.weekday() + 1) % 7 + 6)
        monday += timedelta(weeks=0 if last_one else index - 1)
        return days(monday, monday + timedelta(days=6)) if monday + timedelta(days=6) <= last else None
    weekday = weekday_number(what)
    day = first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (index - 1))
    if last_one:
        day = last - timedelta(days=(last.weekday() - weekday) % 7)
    return unit_value(day, "day") if day <= last else None


def year_or_part(match: re.Match, context: Context) -> Value | None:
    """A year, or a part of it ("fin 2019": November and December), or a season of it."""
    year = full_year(match["year"], context)
    groups = match.groupdict()
    if groups.get("season"):
        return season(groups["season"], year)
    return _year_or_its_part(year, groups.get("part"))


def season_range(match: re.Match, context: Context) -> Value | None:
    """ "de l'automne 2024 au printemps 2025": from the first season's first month to the second's last; "du
    printemps à l'automne 2027": the first in the second's year, or the year before when it would come after; "entre
    l'hiver 2031-2032 et": the winter of its January."""
    last = season(match["season2"], full_year(match["year2"], context))
    if match["year1"]:
        return between(season(match["season1"], full_year(match["year1"], context)), last)
    first = season(match["season1"], last.latest.year)
    if first.earliest > last.earliest:
        first = season(match["season1"], last.latest.year - 1)
    return between(first, last)


def winter_of_two_years(match: re.Match, context: Context) -> Value | None:
    first, last = int(match["year1"]), match["year"]
    last = first // 100 * 100 + int(last) if len(last) == 2 else int(last)
    return season("hiver", last) if last == first + 1 else None


def iso_week(match: re.Match, context: Context) -> Value | None:
    """ "la semaine 12", "en semaine 38", "la 45e semaine (de l'année)": the ISO 8601 week of that number,
    Monday to Sunday, in the year written, else in the anchor's year (the text's latest date of the
    paragraph, else the publication's); "la semaine 53" of a year of 52 weeks is none."""
    groups = match.groupdict()
    written = groups.get("year") or groups.get("year2")
    anchor = context.anchor
    if not written and not anchor:
        return None
    year = full_year(written, context) if written else anchor.earliest.year
    return week_days(year, int(groups.get("week") or groups["week2"]))


def week_days(year: int, number: int) -> Value | None:
    """The ISO 8601 week `number` of `year`, Monday to Sunday (none past the year's last week)."""
    try:
        monday = date.fromisocalendar(year, number, 1)
    except ValueError:
        return None
    return days(monday, monday + timedelta(days=6))
