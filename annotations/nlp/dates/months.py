"""A month: with its year or near the anchor, a part of it ("fin mars", "mi-décembre"), a range of
months ("de janvier à mars 2020", "mai-juin 2024"); a day of a named month."""

from __future__ import annotations

import re

from annotations.nlp.dates.days import day_of, year_of
from annotations.nlp.dates.lexicon import direction, month_number
from annotations.nlp.dates.values import Context, Value, between, day_value, days, full_year, month_value, near_anchor

MONTH_PARTS = {"début": (1, 10), "mi": (11, 20), "milieu": (11, 20), "fin": (21, 31)}


def month(match: re.Match, context: Context) -> Value | None:
    """A month, with its year or near the anchor, or a part of it ("fin mars", "mi-décembre")."""
    month = month_number(match["month"])
    year = year_of(match, context)
    whole = month_value(year, month) if year else near_anchor(context, lambda year: month_value(year, month))
    return part_of_month(whole, match.groupdict().get("part")) if whole else None


def month_range(match: re.Match, context: Context) -> Value | None:
    """ "de janvier à mars 2020", "mai-juin 2024", "entre décembre 2022 et février 2023", "de
    mi-juillet à fin août"; without the year, the second month's year near the anchor."""
    first, last = month_number(match["month1"]), month_number(match["month2"])
    if match.groupdict().get("year1"):  # "entre décembre 2022 et février 2023", "de mai 2024 à juin"
        start = full_year(match["year1"], context)
        end = full_year(match["year"], context) if match["year"] else start + (first > last)
    else:
        if match["year"]:
            end = full_year(match["year"], context)
        else:
            found = near_anchor(context, lambda year: month_value(year, last))
            if not found:
                return None
            end = found.earliest.year
        start = end - (first > last)
    groups = match.groupdict()
    return between(
        part_of_month(month_value(start, first), groups.get("part1")),
        part_of_month(month_value(end, last), groups.get("part2")),
    )


def part_of_month(whole: Value, part: str | None) -> Value:
    """The month `whole`, or its part ("début", "mi-", "fin") as days."""
    part = (part or "").strip(" -")
    if part not in MONTH_PARTS:
        return whole
    first, last = MONTH_PARTS[part]
    return days(whole.earliest.replace(day=first), whole.earliest.replace(day=min(last, whole.latest.day)))


def dated_day(day: int | None, month: str, year: str | None, context: Context) -> Value | None:
    """The day `day` of the month named `month`, in `year` or near the anchor."""
    number = month_number(month)
    if day is None:
        return None
    if year:
        return day_value(int(year), number, day)
    return near_anchor(context, lambda y: day_value(y, number, day))


def month_of_told_year(match: re.Match, context: Context) -> Value | None:
    """ "en novembre de l'an dernier", "en mars de l'année prochaine": the month of the year told from the
    publication day; "le 3 novembre de l'an dernier" its day, "fin mars de l'an dernier" its part."""
    if not context.today:
        return None
    year = context.published.year + direction(match["told"].split()[-1])
    if match["day"]:
        day = day_of(match)
        return day_value(year, month_number(match["month"]), day) if day else None
    return part_of_month(month_value(year, month_number(match["month"])), match["part"])
