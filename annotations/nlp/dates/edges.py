"""Periods news names by their edge or by a name rather than by their figures: "au tournant du siècle", "à
l'aube des années 1980", "à la fin du printemps 2028", "au début de l'été", "les trois premiers trimestres",
"la dernière décennie", "la dernière décade de février", "sous quinzaine", "l'an dernier à pareille époque". An era
named without a year ("les Trente Glorieuses", "la Belle Époque") is no date (dates_news_blind16).

They run before the calendar rules, which would take a piece of them ("années 1980", "printemps 2028",
"l'année dernière").
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from annotations.nlp.dates.lexicon import MONTH, YEAR, month_number
from annotations.nlp.dates.periods import SEASON_MONTHS, century_years, decade_years, season
from annotations.nlp.dates.rules import Rule, rule
from annotations.nlp.dates.values import (
    Context,
    Value,
    between,
    days,
    month_value,
    moved,
    near_anchor,
    periods,
    unit_value,
    year_value,
)

# The turn of a century: the five years either side of the year its hundreds change in ("au tournant du XXe
# siècle" 1895-1905); "du siècle" alone, said in 2027, is the turn into the current one (1995-2005), as "du millénaire";
# "du siècle dernier" the one before (1895-1905).
_TURN_REACH = 5


def _turn(match: re.Match, context: Context) -> Value | None:
    if match["century"]:
        years = century_years(match["century"])
        turn = years.earliest.year - 1 if years else None
    elif context.published:  # the current turn, or the one before ("au tournant du siècle dernier" 1895-1905)
        scale = 1000 if match["millennium"] else 100
        turn = (context.published.year - 1) // scale * scale - (scale if match["back"] else 0)
    else:
        turn = None
    if not turn or turn - _TURN_REACH < 1:
        return None
    return between(year_value(turn - _TURN_REACH), year_value(turn + _TURN_REACH))


def _dawn_of_decade(match: re.Match, context: Context) -> Value | None:
    """ "à l'aube des années 1980": its first years, as "au début des années 1980"."""
    years = decade_years(match["decade"], context)
    return between(year_value(years.earliest.year), year_value(years.earliest.year + 3)) if years else None


def _edge_of_season(match: re.Match, context: Context) -> Value | None:
    """ "à la fin du printemps 2028": its last month; "au début de l'été": its first; without a year, of the
    season nearest the anchor (the clause's tense deciding, as "à l'été"), or the last or next one."""
    name, edge = match["season"], match["edge"]

    def of(whole: Value) -> Value:
        day = whole.latest if edge == "fin" else whole.earliest
        return month_value(day.year, day.month)

    if match["year"]:
        return of(season(name, int(match["year"])))
    if match["direction"]:
        if not context.published:
            return None
        today, ahead = context.published, match["direction"].startswith("prochain")
        seasons = [season(name, year) for year in range(today.year - 1, today.year + 3)]
        chosen = [s for s in seasons if s.earliest > today][:1] if ahead else [s for s in seasons if s.latest < today]
        return of(chosen[-1]) if chosen else None
    whole = near_anchor(context, lambda year: season(name, year) if 2 <= year <= 9999 else None)
    return of(whole) if whole else None


_QUARTER_COUNTS = {"deux": 2, "2": 2, "trois": 3, "3": 3}


def _first_quarters(match: re.Match, context: Context) -> Value | None:
    """ "les trois premiers trimestres (de 2026)", "les deux premiers trimestres": their months, of the year
    written or of the one the anchor is in."""
    months = _QUARTER_COUNTS[match["count"]] * (6 if match["period"].startswith("sem") else 3)
    if months > 12:
        return None
    if match["year"]:
        year = int(match["year"])
    elif context.anchor:
        year = context.anchor.earliest.year
    else:
        return None
    return between(month_value(year, 1), month_value(year, months))


def _last_decade(_match: re.Match, context: Context) -> Value | None:
    """ "la dernière décennie", "la décennie écoulée": the ten whole years before the current one (as "les dix
    dernières années")."""
    return periods(context.published, "year", -10) if context.published else None


def _fortnight(match: re.Match, context: Context) -> Value | None:
    """ "sous quinzaine", "sous huitaine": from today to fifteen (eight) days ahead, as a court's or a notice's delay
    counts them."""
    if not context.published:
        return None
    ahead = 15 if match["span"] == "quinzaine" else 8
    return days(context.published, context.published + timedelta(days=ahead))


# The three "décades" of a month, as weather and farming bulletins count them: days 1-10, 11-20, 21 to the end.
_TEN_DAYS = dict.fromkeys(("première", "premiere"), (1, 10))
_TEN_DAYS.update(dict.fromkeys(("deuxième", "deuxieme", "seconde"), (11, 20)))
_TEN_DAYS.update(dict.fromkeys(("troisième", "troisieme", "dernière", "derniere"), (21, None)))


def _ten_days(match: re.Match, context: Context) -> Value | None:
    """ "la dernière décade de février": its days 21 to the end, of the year written or the one nearest."""
    month, (first, last) = month_number(match["month"]), _TEN_DAYS[match["which"].lower()]

    def make(year: int) -> Value:
        whole = month_value(year, month)
        return days(date(year, month, first), whole.latest if last is None else date(year, month, last))

    return make(int(match["year"])) if match["year"] else near_anchor(context, make)


def _same_time_year_off(match: re.Match, context: Context) -> Value | None:
    """ "l'an dernier à pareille époque", "l'année prochaine à la même époque": the publication day a year off."""
    if not context.published:
        return None
    step = -1 if (match["direction"] or match["direction2"]).startswith(("dern", "pass")) else 1
    return unit_value(moved(context.published, step, "year"), "day")


_SEASON = "|".join(SEASON_MONTHS)


def edge_rules() -> list[Rule]:
    """The rules of this module, in the grammar's order: before the calendar rules."""
    return [
        rule(
            r"(?:au\s+|le\s+)?tournant\s+du\s+(?:(?:(?P<century>[ivx]+|\d{1,2})(?:e|è|ème|eme)\s+)?siècle|(?P<millennium>millénaire))(?![\w-])"
            r"(?:(?<!e\ssiècle)(?P<back>\s+(?:précédent|dernier|passé)(?![\w-])))?",
            _turn,
            needs="century",
        ),
        rule(
            r"(?:à\s+)?l'aube\s+des\s+années\s+(?P<decade>1[0-9]{3}|20[0-9]{2}|[1-9]0)(?![\w-])",
            _dawn_of_decade,
            needs="unit",
        ),
        rule(
            rf"(?:(?:à\s+la|la|en|au|le)\s+)?(?P<edge>fin|début)\s+(?:du\s+|de\s+l')(?P<season>{_SEASON})"
            rf"(?:\s+(?:(?P<year>{YEAR})|(?P<direction>dernier|passé|prochain)))?(?![\w-])(?!\s+\d|\s+(?:indien|arabe)\b)",
            _edge_of_season,
            needs="season",
        ),
        rule(
            r"(?:les\s+|des\s+)(?P<count>deux|trois|2|3)\s+premiers\s+(?P<period>trimestres|semestres)"
            rf"(?:\s+(?:de\s+l'année\s+|de\s+)?(?P<year>{YEAR}))?(?![\w-])(?!\s+(?:de\s+(?:la\s+)?grossesse|scolaires))",
            _first_quarters,
            needs="quarter",
        ),
        rule(  # not "la dernière décennie du XXe siècle", a century's
            r"(?:la\s+)?(?:dernière\s+décennie|décennie\s+(?:écoulée|passée))(?![\w-])(?!\s+d[eu]\s|\s+des\s|\s+d')",
            _last_decade,
            needs="unit",
        ),
        rule(  # not "la dernière décade du XXe siècle", ten years
            rf"(?:la\s+)?(?P<which>{'|'.join(_TEN_DAYS)})\s+décade\s+(?:de\s+|d')(?P<month>{MONTH})"
            rf"(?:\s+(?P<year>{YEAR}))?(?![\w-])",
            _ten_days,
            needs="month",
        ),
        rule(r"sous\s+(?P<span>quinzaine|huitaine)(?![\w-])", _fortnight, needs="fortnight"),
        rule(  # the same day a year off
            r"l'(?:an|année)\s+(?P<direction>dernier|dernière|passé|passée|prochain|prochaine),?\s+à\s+(?:pareille|la\s+même)\s+époque\b"
            # and the other way round: "à pareille époque l'an dernier"
            r"|à\s+(?:pareille|la\s+même)\s+époque,?\s+l'(?:an|année)\s+(?P<direction2>dernier|dernière|passé|passée|prochain|prochaine)\b",
            _same_time_year_off,
            needs="unit",
        ),
    ]
