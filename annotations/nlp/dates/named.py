"""Periods named with a holiday, a decade, a century or a season rather than with figures, in the forms
the calendar rules do not read: "le week-end de Pâques", "entre Noël et le jour de l'An", "des années 1920 aux années 1960", "entre le
XIIe et le XIIIe siècle", "Le printemps arrive", "depuis la rentrée", "l'année scolaire prochaine".
They run before the calendar rules, which would take a piece of them ("Pâques",
"années 1960")."""

from __future__ import annotations

import re
from datetime import date, timedelta

from annotations.nlp.dates.days import date_of, year_of
from annotations.nlp.dates.lexicon import HOLIDAY, alternatives, direction, holiday
from annotations.nlp.dates.periods import DECADE_WORDS, century_written, century_years, decade_years, season
from annotations.nlp.dates.rules import Rule, holiday_written, rule
from annotations.nlp.dates.values import Context, Value, between, days, month_value, near_anchor, unit_value, year_value


def weekend_of_day(day: date) -> Value:
    """The Saturday and Sunday of a day's week-end: its own on a Saturday or a Sunday, else the next ones."""
    weekday = day.weekday()
    saturday = day + timedelta(days=-1 if weekday == 6 else (5 - weekday) % 7)
    return days(saturday, saturday + timedelta(days=1))


def _holiday_weekend(match: re.Match, context: Context) -> Value | None:
    """ "le week-end de Pâques", "le week-end de la Pentecôte", "le week-end du 14-Juillet": the Saturday
    and Sunday of the holiday (the next ones after a weekday holiday), in the year near the anchor."""
    name, year = match["holiday"], year_of(match, context)
    if year:
        return weekend_of_day(holiday(name, year))
    return near_anchor(context, lambda year: weekend_of_day(holiday(name, year)) if 1 <= year < 9999 else None)


def _holiday_span(match: re.Match, context: Context) -> Value | None:
    """ "entre Noël et le jour de l'An", "de la Toussaint au 11-Novembre": from the first holiday to the next
    second one on or after it, in the year near the anchor."""
    first, second = match["holiday"], match["holiday2"]

    def span(year: int) -> Value | None:
        if not 1 <= year < 9998:
            return None
        start = holiday(first, year)
        end = holiday(second, year)
        return days(start, end if end >= start else holiday(second, year + 1))

    return near_anchor(context, span)


_DECADE = rf"(?:1[0-9]{{3}}|20[0-9]{{2}}|[1-9]0|{alternatives(DECADE_WORDS)})"


def _decade_range(match: re.Match, context: Context) -> Value | None:
    """ "des années 1920 aux années 1960", "entre les années 80 et les années 2000": from the first
    decade's first year to the second's last."""
    first, last = decade_years(match["decade1"], context), decade_years(match["decade2"], context)
    return between(first, last) if first and last and first.earliest <= last.earliest else None


def _century_range(match: re.Match, _context: Context) -> Value | None:
    """ "entre le XIIe et le XIIIe siècle", "du XVIe au XVIIIe siècle", "aux XIIe et XIIIe siècles": from the first
    century's first year to the second's last."""
    first, last = century_years(match["century1"]), century_years(match["century2"])
    return between(first, last) if first and last and first.earliest < last.earliest else None


def _centuries_written(text: str, match: re.Match) -> bool:
    """Both centuries in figures or in capitals ("XIIe", "12e"), as one alone."""
    return all(century_written(text, match, group) for group in ("century1", "century2"))


def _centuries_joined(text: str, match: re.Match) -> bool:
    """Both written; two centuries listed ("aux XIIe et XIIIe siècles") make one span only when one follows the
    other: "aux XIIe et XIVe siècles" leaves the XIIIe out, each its own span."""
    if not _centuries_written(text, match) or not match["listed"]:
        return _centuries_written(text, match)
    first, last = century_years(match["century1"]), century_years(match["century2"])
    return bool(first and last and last.earliest.year == first.latest.year + 1)


def _centuries_of_an_era_written(text: str, match: re.Match) -> bool:
    """ "aux IIe et Ier siècles av. J.-C." in capitals or figures, as one century alone."""
    return bool(re.search(r"[IVX]|\d", text[match.start() : match.end()].split("siècle")[0]))


def _first_listed_century(match: re.Match, _context: Context) -> Value | None:
    """ "aux XIIe" of "aux XIIe et XIVe siècles": the first of two centuries apart, the second read alone."""
    return century_years(match["century1"])


_CENTURY = r"(?:[ivx]+|\d{1,2})"
_ORDINAL_END = r"(?:e|è|ème|eme)"
# The second of two centuries, which carries "siècle(s)"; not before our era
_SECOND_CENTURY = rf"(?P<century2>{_CENTURY}){_ORDINAL_END}\s+siècles?(?![\w-])(?!\s+(?:av|avant|apr|après)\b)"


# Two centuries before our era: "aux IIe et Ier siècles av. J.-C.", "du IVe au IIe siècle avant notre ère"; a date
# whose span is kept with no value, as one century before our era (`periods.century`).
_CENTURIES_BEFORE_OUR_ERA = (
    rf"(?:aux|les|des|du|de|entre\s+les?)\s+{_CENTURY}(?:{_ORDINAL_END}|er)(?:\s+siècle)?\s+(?:et|au|à)\s+(?:le\s+)?"
    rf"{_CENTURY}(?:{_ORDINAL_END}|er)\s+siècles?\s+(?:(?:av\.?|avant)\s+j\.?-?c\.?|avant\s+notre\s+ère)"
)


def _before_our_era(_match: re.Match, _context: Context) -> Value | None:
    raise ValueError("centuries before the calendar's first year")


def _season_under_way(match: re.Match, context: Context) -> Value | None:
    """ "Le printemps arrive", "L'hiver s'installe": the season the verb says is coming or under way,
    the nearest to the anchor as the clause's tense says (as "à l'automne")."""
    return near_anchor(context, lambda year: season(match["season"], year) if 2 <= year <= 9999 else None)


# The verbs that say a season comes, starts or ends (not "l'été est la saison des festivals", any year's).
_SEASON_COMING = (
    r"(?:arrive|arrivera|est\s+arrivée?|est\s+là|commence|commencera|a\s+commencé|débute|débutera|a\s+débuté|"
    r"approche|s'installe|s'installera|s'est\s+installée?|s'achève|s'achèvera|se\s+termine|se\s+terminera|"
    r"touche\s+à\s+sa\s+fin|tarde|tarde\s+à\s+venir|s'annonce)"
)


def _school_year(context: Context) -> int | None:
    """The year the current school year started in: the publication's from September, else the year before."""
    today = context.today
    return today.earliest.year - (today.earliest.month < 9) if today else None


def _since_the_rentree(_match: re.Match, context: Context) -> Value | None:
    """ "depuis la rentrée": this school year's September (the cue opens it)."""
    year = _school_year(context)
    return month_value(year, 9) if year else None


def _school_year_near(match: re.Match, context: Context) -> Value | None:
    """ "l'année scolaire prochaine", "l'année universitaire dernière", "l'année académique écoulée", "cette année
    scolaire": its two years."""
    if match["direction"] in ("précédente", "suivante") and context.previous:
        return None  # the one before or after a year the text told ("En 2019, ... l'année scolaire suivante"): unsure
    year = _school_year(context)
    if year is None:
        return None
    year += direction(match["direction"]) if match["direction"] and "cours" not in match["direction"] else 0
    return between(year_value(year), year_value(year + 1))


def named_rules() -> list[Rule]:
    """The rules of this module, in the grammar's order: before the calendar rules; one long list on
    purpose, a rule an entry, since the order is the grammar's priority."""
    return [
        rule(
            rf"le\s+week-?end\s+(?:de\s+(?:la\s+|l')?|du\s+)(?P<holiday>{HOLIDAY})(?:\s+(?P<year>\d{{4}}))?(?![\w-])",
            _holiday_weekend,
            guard=holiday_written,
            needs="holiday",
        ),
        rule(
            rf"(?:entre|de)\s+(?:la\s+|l')?(?P<holiday>{HOLIDAY})\s+(?:et|à|au)\s+(?:la\s+|le\s+|l')?"
            rf"(?P<holiday2>{HOLIDAY})(?![\w-])",
            _holiday_span,
            guard=holiday_written,
            needs="holiday",
            opens=("entre", "de"),
        ),
        rule(
            rf"(?:des|de|entre)\s+(?:les\s+)?années\s+(?P<decade1>{_DECADE})\s+(?:aux|à|et)\s+(?:les\s+)?années\s+"
            rf"(?P<decade2>{_DECADE})(?![\w-])",
            _decade_range,
            needs="unit",
            opens=("des", "de", "entre"),
        ),
        rule(_CENTURIES_BEFORE_OUR_ERA, _before_our_era, guard=_centuries_of_an_era_written, needs="century"),
        rule(
            rf"(?:(?:entre|du|de)\s+(?:les?\s+)?|(?P<listed>aux|les|des)\s+(?=\w+\s+et\s))(?P<century1>{_CENTURY}){_ORDINAL_END}"
            rf"(?:\s+siècle)?\s+(?:et|au|à)\s+(?:le\s+)?{_SECOND_CENTURY}",
            _century_range,
            guard=_centuries_joined,
            needs="century",
        ),
        rule(
            rf"(?P<listed>aux|les|des)\s+(?P<century1>{_CENTURY}){_ORDINAL_END}(?=\s+et\s+{_SECOND_CENTURY})",
            _first_listed_century,
            guard=_centuries_written,
            needs="century",
        ),
        # not "depuis la rentrée de 2025", "depuis la rentrée des vacances", a rule of its own or no date
        rule(
            r"(?<=\bdepuis\s)la\s+rentrée(?:\s+(?:scolaire|des\s+classes))?(?![\w-])(?!\s+(?:de|d'|du|des)\b|\s*\d)",
            _since_the_rentree,
            needs="school",
        ),
        rule(
            r"(?:l'année\s+(?:scolaire|universitaire|académique)\s+(?P<direction>prochaine|dernière|passée|écoulée|précédente|"
            r"suivante|en\s+cours)|cette\s+année\s+(?:scolaire|universitaire|académique))(?![\w-])",
            _school_year_near,
            needs="school",
        ),
        # a sports or a cultural season, from summer to spring as the school year: "la saison prochaine", "la saison
        # en cours" ("la saison des pluies", "la saison estivale prochaine" are none)
        rule(
            r"la\s+saison\s+(?P<direction>prochaine|dernière|passée|en\s+cours)(?![\w-])",
            _school_year_near,
            needs="school",
        ),
        rule(
            rf"(?:le\s+|l')(?P<season>printemps|été|automne|hiver)(?=\s+{_SEASON_COMING}\b)",
            _season_under_way,
            needs="season",
        ),
    ]


def week_of(match: re.Match, context: Context) -> Value | None:
    """ "la semaine du 7 octobre": Monday to Sunday around that day."""
    day = date_of(match, context)
    return unit_value(day.earliest, "week") if day else None


def weekend_of(match: re.Match, context: Context) -> Value | None:
    """ "le week-end du 22 août": the Saturday and Sunday of that day, or the next ones (from a Friday)."""
    day = date_of(match, context)
    return weekend_of_day(day.earliest) if day else None
