"""Calendar expressions: days, months, years, their ranges and parts, decades, centuries, seasons.

A day or a month written without its year takes the year that puts it nearest the anchor (the
latest date of the paragraph, else the publication date): see `values.Context.anchor`.
"""

from __future__ import annotations

import re

from annotations.nlp.dates.days import (
    NAMED_DAY_OPENS,
    NOT_NUMBER_BEFORE,
    WD,
    date_of,
    dated_fraction,
    day_of,
    day_rules,
    year_of,
)
from annotations.nlp.dates.lexicon import (
    DAY,
    HOLIDAY,
    MONTH,
    MONTH_OPENS,
    MONTHS,
    NUMBER_IN_WORDS,
    WEEKDAY,
    YEAR,
    alternatives,
    holiday,
    month_number,
)
from annotations.nlp.dates.months import month, month_of_told_year, month_range
from annotations.nlp.dates.periods import (
    DECADE_WORDS,
    ERA_YEAR,
    SEASON_MONTHS,
    YEAR_IN_WORDS,
    YEAR_WORDS,
    century,
    century_near,
    century_written,
    decade,
    decade_years,
    decades,
    season_range,
    winter_of_two_years,
    year_in_words,
    year_or_part,
    year_range,
    years_to_today,
)
from annotations.nlp.dates.postcodes import not_a_postcode
from annotations.nlp.dates.rules import (
    A_NUMBER,
    Rule,
    free_after,
    holiday_written,
    rule,
    two_digit_year_free,
)
from annotations.nlp.dates.values import (
    Context,
    Value,
    day_value,
    month_value,
    near_anchor,
    unit_value,
)
from annotations.nlp.dates.verbs import MOVING_VERB
from annotations.nlp.dates.weeks import nth_in_month_rule, week_rules

# Parts of a month (thirds) and of a year (two months at either end, two in the middle).
_PART = r"(?P<part>début|fin|mi-|mi\s|milieu|courant)"
_PART_OPENS = ("début", "fin", "mi", "milieu", "courant")  # the words _PART opens on (a rule's `opens`)
_SEASON = alternatives(SEASON_MONTHS)


def _part_of(name: str) -> str:
    """A part of a month in a range's bound, optional: "de mi-juillet à fin août", "de la mi-juin à la mi-août"."""
    return rf"(?:(?:la\s+)?(?P<{name}>début|fin|mi-|mi\s|milieu)\s*(?:d[e']\s*)?)?"


def _year_part(name: str) -> str:
    """A part of a year in a range's bound: "entre fin 2023 et début 2025"."""
    return rf"(?:(?P<{name}>début|fin|mi-|mi\s|milieu)\s*)"


_TWO_DIGITS = r"\d{2}(?!\d)"
# A date moved from one month or year to another is two dates, no range: "reporté de janvier à mars", "repoussé de 2030
# à 2032" (the rule's `not_after`).
_MOVED_FROM = rf"\b{MOVING_VERB}\s+"


def _holiday(match: re.Match, context: Context) -> Value | None:
    name = match["holiday"]
    year = year_of(match, context)
    if year:
        return unit_value(holiday(name, year), "day")
    return near_anchor(context, lambda year: unit_value(holiday(name, year), "day"))


def _day_of_a_year_in_words(match: re.Match, context: Context) -> Value | None:
    year, day = year_in_words(match, context), day_of(match)
    return day_value(year.earliest.year, month_number(match["month"]), day) if year and day else None


_HALF = r"(?:première|seconde|deuxième)\s+moitié"  # of a decade or a century
_THIRD = r"(?:premier|second|deuxième|dernier)\s+tiers"  # of a century
_YEAR2 = rf"(?:{YEAR}|'?{_TWO_DIGITS})"
_NAMED_DAY = rf"(?:(?P<weekday>{WEEKDAY})\s+)?(?P<day>{DAY})"
_FULL_MONTHS = alternatives(set(MONTHS) - {"mars"}) + "|mars"
# A year's end: no longer number, hour, amount or decimal goes on ("2024 000", "2024:", "2024 €", "2024€",
# "2024 %", "2024,5").
_YEAR_END = r"(?![\d:]|\s?[%€$£]|\s\d{3}\b|[.,]\d)"


def absolute_rules() -> list[Rule]:
    """The calendar rules, the longest forms first: an earlier rule wins an overlap.

    One long list on purpose: the order is the grammar's priority, read best in one place.
    """
    return [
        *day_rules(),
        nth_in_month_rule(),
        rule(
            rf"(?:l')?(?P<holiday>{HOLIDAY})(?:(?:\s+|-)(?P<year>{YEAR}))?(?![\w])",  # "l'Ascension"
            _holiday,
            guard=holiday_written,
            needs="holiday",
        ),
        *week_rules(),
        rule(
            rf"{WD}?(?P<day>{DAY})\s+(?P<month>{MONTH})\s+(?P<year>{_YEAR2})(?![\d\w])",
            date_of,
            guard=two_digit_year_free,
            needs="month",
            opens=NAMED_DAY_OPENS,
        ),
        rule(  # "le vingt-deux mars mil neuf cent soixante-huit"
            rf"{WD}?(?P<day>{DAY})\s+(?P<month>{MONTH})\s+(?P<words>{YEAR_WORDS})(?![\w-])",
            _day_of_a_year_in_words,
            guard=free_after,
            needs="month",
            opens=NAMED_DAY_OPENS,
        ),
        rule(
            r"(?P<day>1er|[0-3]?\d)(?P<sep>[/.-])(?P<month>[01]?\d)(?P=sep)(?P<year>\d{4}|\d{2})(?![\d/]|[.-]\d)",
            date_of,
            NOT_NUMBER_BEFORE,
            needs="numeric_date",
        ),
        rule(
            r"(?P<day>[0-3]?\d)\s(?P<month>[01]?\d)\s(?P<year>\d{4}|\d{2})(?!\s?\d|[\d,.]\d)",
            date_of,
            NOT_NUMBER_BEFORE,
            needs="spaced_date",
        ),
        rule(
            rf"(?P<year>{YEAR})-(?P<month>[01]?\d)-(?P<day>[0-3]?\d)(?!\d)",
            date_of,
            NOT_NUMBER_BEFORE,
            needs="digit",
            opens=(A_NUMBER,),
        ),
        rule(  # "de janvier à mars", "d'avril à juin", "de mi-juillet à fin août", "de la fin mai au début juillet"
            rf"(?:(?:de|entre)\s+|d'(?=[aeiou])){_part_of('part1')}(?P<month1>{MONTH})(?:\s+(?P<year1>{YEAR}))?\s+(?:à|et|au(?=\s+(?:début|milieu)))\s+"
            rf"{_part_of('part2')}(?P<month2>{MONTH})"
            rf"(?:\s+(?P<year>{YEAR}))?(?!\s*\d)\b",
            month_range,
            _MOVED_FROM,
            needs="month",
            opens=("de", "entre", "d"),
        ),
        rule(  # "mai-juin 2024", "en juillet-août"
            rf"(?P<month1>{MONTH})\s?[-–/]\s?(?P<month2>{MONTH})(?:\s+(?P<year>{YEAR}))?(?![\w-])(?!\s*\d)",
            month_range,
            needs="month",
            opens=MONTH_OPENS,
        ),
        rule(  # "en novembre de l'an dernier", "(au mois de) mars de l'année prochaine", "le 3 mars de l'an passé",
            # "fin mars de l'an dernier"
            rf"(?:{_PART}\s*(?:du\s+mois\s+d[e']\s*)?|(?:au\s+)?mois\s+d[e']\s*|(?:le\s+)?(?P<day>{DAY})\s+)?(?P<month>{MONTH})\s+de\s+"
            r"(?P<told>l'an\s+(?:dernier|passé|prochain)|l'année\s+(?:dernière|passée|prochaine))(?![\w-])",
            month_of_told_year,
            needs="month",
            opens=(*_PART_OPENS, "au", "mois", "le", *MONTH_OPENS, *NAMED_DAY_OPENS),
        ),
        rule(
            rf"(?:{_PART}\s*(?:du\s+mois\s+d[e']\s*)?|(?:au\s+|le\s+)?mois\s+d[e']\s*)?(?P<month>{MONTH})\s+(?:de\s+l'an(?:née)?\s+)?(?P<year>{_YEAR2}){_YEAR_END}",
            month,
            guard=two_digit_year_free,
            year=True,
            needs="month",
            opens=(*_PART_OPENS, "au", "le", "mois", *MONTH_OPENS),
        ),
        rule(
            rf"(?:de|entre)\s+(?:l'an\s+|l'année\s+|{_year_part('part1')})?(?P<year1>{YEAR})\s+(?:à|et|jusqu'en|jusqu'à)\s+"
            rf"{_year_part('part2')}?(?P<year2>{YEAR})\b",
            year_range,
            _MOVED_FROM,
            year=True,
            needs="digit",
            opens=("de", "entre"),
        ),
        rule(  # "de 2015 à aujourd'hui", "des années 1980 à nos jours": up to the publication's year
            rf"(?:(?:de|depuis)\s+(?P<year1>{YEAR})|des\s+années\s+(?P<decade>1[0-9]{{3}}|20[0-9]{{2}}))\s+(?:à|jusqu'à)\s+"
            r"(?:aujourd'hui|nos\s+jours|ce\s+jour)(?![\w-])",
            years_to_today,
            needs="digit",
            opens=("de", "depuis", "des"),
        ),
        rule(  # "la rentrée 2026", "la rentrée scolaire 2025": the September the school year starts in
            rf"(?:la\s+)?rentrée(?:\s+(?:scolaire|universitaire|des\s+classes))?\s+(?P<year>{YEAR})(?![\w-])",
            lambda match, context: month_value(int(match["year"]), 9),
            needs="digit",
            opens=("la", "rentrée"),
        ),
        rule(  # "de l'automne 2024 au printemps 2025", "entre l'été 2023 et l'hiver 2024", "du printemps à l'automne 2027",
            # "entre l'hiver 2031-2032 et l'automne 2032" (a winter with its two years)
            rf"(?:de|du|entre)\s+(?:l'|le\s+)?(?P<season1>{_SEASON})(?:\s+(?:(?<=hiver\s)(?P<winter1>{YEAR})\s?[-–/]\s?)?(?P<year1>{YEAR}))?"
            rf"\s+(?:à\s+l'|au\s+|et\s+(?:l'|le\s+)?)"
            rf"(?P<season2>{_SEASON})\s+(?P<year2>{YEAR})(?![\w-]|\s?[-–/]\s?\d)",
            season_range,
            needs="season",
        ),
        rule(  # "l'hiver 2021-2022": its December and the next January and February
            rf"(?:l'|le\s+|en\s+)?hiver\s+(?P<year1>{YEAR})\s?[-–/]\s?(?P<year>{YEAR}|\d{{2}})\b(?![-/]\d)",
            winter_of_two_years,
            needs="season",
        ),
        rule(  # "les années 1960-1970": both decades
            r"(?:les\s+)?années\s+(?P<decade>1[0-9]{3}|20[0-9]{2})\s?[-–]\s?(?P<decade2>1[0-9]{3}|20[0-9]{2})(?![\w-])",
            decades,
            needs="unit",
            opens=("les", "années"),
        ),
        rule(
            rf"(?P<year1>{YEAR})\s?[-–/]\s?(?P<year2>{YEAR}|\d{{2}})\b(?![-/]\d)",
            year_range,
            NOT_NUMBER_BEFORE,
            year=True,
            needs="year_range",
        ),
        rule(
            rf"(?:(?:au\s+|à\s+la\s+|le\s+|la\s+|du\s+|de\s+la\s+)?(?P<part>début|milieu|fin|{_HALF})\s+des\s+|les\s+)?années\s+"
            rf"(?P<decade>1[0-9]{{3}}|20[0-9]{{2}}|[1-9]0|{alternatives(DECADE_WORDS)})(?![\w-])",
            decade,
            needs="unit",
            opens=(
                "au",
                "à",
                "le",
                "la",
                "du",
                "de",
                "début",
                "milieu",
                "fin",
                "première",
                "seconde",
                "deuxième",
                "les",
                "années",
            ),
        ),
        rule(  # the 1920s by their name, capitalised ("des années folles de sa jeunesse" are his own)
            r"(?:les\s+)?(?P<name>années)\s+folles\b",
            lambda _match, context: decade_years("1920", context),
            guard=lambda text, match: text[match.start("name")].isupper(),
            needs="unit",
        ),
        rule(
            r"(?:la\s+)?décennie\s+(?P<decade>1[0-9]{3}|20[0-9]{2})(?![\w-])",
            decade,
            needs="digit",
            opens=("la", "déc"),
        ),
        # "le XIXe siècle", "au 19e siècle", "au XVIIe s.", "la première moitié du XXe siècle", "le dernier quart du XXe siècle", "au premier tiers du XXe siècle" (abbreviated after a Roman number only; a Roman number in capitals: "le siècle" is no 50th); "le siècle dernier"
        rule(
            rf"(?:(?:(?:la|le|au|à\s+la)\s+)?(?P<part>{_HALF}|premier\s+quart|dernier\s+quart|{_THIRD})\s+du\s+|le\s+|au\s+|du\s+)?"
            r"(?P<century>[ivx]+|\d{1,2})(?:e|è|ème|eme)\s+(?:siècle|(?<=[ivx]e\s)s\.)"
            r"(?P<era>\s+(?:av\.?|avant|apr\.?|après)\s+j\.?-?c\.?|\s+avant notre ère|\s+de notre ère)?",
            century,
            guard=century_written,
            needs="century",
        ),
        rule(
            r"(?:(?:le|au|du)\s+)?siècle\s+(?P<direction>dernier|prochain|précédent)\b", century_near, needs="century"
        ),
        rule(
            rf"(?:{_PART}\s*|(?:l'|le\s+|au\s+|en\s+)?(?P<season>{_SEASON})\s+)(?:de\s+l'an(?:née)?\s+|de\s+|d')?(?P<year>{YEAR}){_YEAR_END}",
            year_or_part,
            year=True,
            needs="part_or_season",
            opens=(*_PART_OPENS, "l", "le", "au", "en", *SEASON_MONTHS),
        ),
        ERA_YEAR,
        rule(
            rf"(?P<year>{YEAR}){_YEAR_END}",
            year_or_part,
            NOT_NUMBER_BEFORE,
            guard=not_a_postcode,  # "à 1204 Genève"
            year=True,
            needs="digit",
            opens=(A_NUMBER,),
        ),
        rule(rf"{YEAR_IN_WORDS}(?![\w-])", year_in_words, guard=free_after, needs="thousand"),
        # not "un 29 février", "chaque 1er mai": any such day
        rule(
            rf"(?:(?:le|ce)\s+)?{_NAMED_DAY}\s+(?P<month>{MONTH})(?!\s*\d)(?![\w])",
            date_of,
            r"\b(?:un|chaque|tous\s+les)\s+",
            needs="month",
            opens=("le", "ce", *NAMED_DAY_OPENS),
        ),
        rule(
            rf"(?P<month>{_FULL_MONTHS})\s+(?P<day>{NUMBER_IN_WORDS})(?![\w-])",
            date_of,
            guard=free_after,
            needs="month",
            opens=tuple(MONTHS),
        ),
        rule(
            rf"(?:le\s+|du\s+|au\s+|dès\s+le\s+|depuis\s+le\s+|{WD})?(?P<day>[0-3]?\d)/(?P<month>[01]?\d)(?![\d/]|\s*(?:des|de|du|d')\b)",
            date_of,
            NOT_NUMBER_BEFORE,
            guard=dated_fraction,
            needs="numeric_date",
        ),
        # Swiss days in dots without their year, after their article or weekday: "le 14.2.", "sam. 27.9."; the closing
        # dot tells them from a decimal ("le 14.2 %", "le 3.5 de la note"); one followed by what it numbers is a
        # section ("au 4.2. du contrat", "le 12.1. de l'ouvrage"), "le 14.2. de 9 h à 12 h" a day
        rule(
            rf"(?:le\s+|du\s+|au\s+|dès\s+le\s+|{WD}|(?<=jusqu'au\s))(?P<day>[0-3]?\d)\.(?P<month>[01]?\d)\."
            r"(?![\w.]|\s?\d|\s+d(?:u|es|e\s+l[a']|e\s+[^\W\d])\b)",
            date_of,
            NOT_NUMBER_BEFORE,
            needs="numeric_date",
        ),
        rule(
            r"(?P<cue>le|du|au)\s+(?P<day>[0-3]?\d)\s(?P<month>[01]?\d)(?!\s?\d|[\d,.]\d)",
            date_of,
            NOT_NUMBER_BEFORE,
            guard=free_after,
            needs="spaced_date",
        ),
        rule(
            r"(?P<day>[0-3]\d)\s(?P<month>0[1-9]|1[0-2])(?!\s?\d|[\d,.]\d)",
            date_of,
            NOT_NUMBER_BEFORE,
            guard=free_after,
            needs="spaced_date",
        ),
        rule(
            rf"(?:en\s+|depuis\s+|dès\s+)?(?P<date>(?:(?:à\s+la\s+|au\s+|en\s+)?{_PART}\s*(?:du\s+mois\s+)?(?:d[e']\s*)?|(?:au\s+|le\s+)?mois\s+d[e']\s*)?(?P<month>{MONTH}))(?!\s*\d)(?![\w])",
            month,
            # after a day that is no date ("un 29 février", "tous les ans le premier dimanche de juin"), not its month
            # either; "un mois de juin" is any June
            rf"(?:(?:\d|1er)\s+|\b(?:un|chaque)\s+|\b(?:{WEEKDAY}|week-?end|semaine)\s+d(?:e\s+|'))",
            span="date",
            guard=_month_alone,
            needs="month",
            opens=("en", "depuis", "dès", "à", "au", *_PART_OPENS, "le", "mois", *MONTH_OPENS),
        ),
    ]


_CUES = re.compile(r"(?:en|depuis|dès|à la|au|le|mois|début|fin|mi|milieu|courant)\b", re.I)


_DIRECTION_NEXT = re.compile(r"\s+(?:dernier|prochain)\b", re.I)


def _month_alone(text: str, match: re.Match) -> bool:
    """A month name with no cue word is a date only when written in lower case and in full
    ("mai", not "Mars" the planet nor "sept" the number)."""
    if match.start("month") > match.start() or _CUES.match(text, match.start()):
        return True
    written = text[match.start("month") : match.end("month")]
    if written.endswith(".") and _DIRECTION_NEXT.match(text, match.end()):
        return True  # "oct. dernier", "sept. prochain": an abbreviation its direction makes a month
    return written.islower() and written.lower() in MONTHS
