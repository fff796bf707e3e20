"""Weeks and the nth day or week of a month: "la semaine 12", "la semaine n° 8", "la 45e semaine", "entre les
semaines 10 et 12", "de la semaine 42 à la semaine 45", "le week-end du 2 juin", "la semaine du 11 juin", "le premier mercredi de mars", "la deuxième
quinzaine d'avril"."""

from __future__ import annotations

import re

from annotations.nlp.dates.lexicon import DAY, MONTH, WEEKDAY, YEAR
from annotations.nlp.dates.months import month
from annotations.nlp.dates.named import week_of, weekend_of
from annotations.nlp.dates.periods import iso_week, nth, week_days
from annotations.nlp.dates.rules import A_NUMBER, Rule, free_after, not_yearly, rule
from annotations.nlp.dates.values import Context, Value, between, full_year

_WEEK_NUMBER = r"(?P<{}>5[0-3]|[1-4]\d|0?[1-9])"
_ORDINAL = r"(?P<ordinal>premier|première|premiere|1er|1re|1ère|second|seconde|deuxi[eè]me|troisi[eè]me|quatri[eè]me|cinqui[eè]me|\d{1,2}(?:e|è|ème|eme)|derni[eè]re|dernier)"


def _nth_in_month(match: re.Match, context: Context) -> Value | None:
    """ "le 3e jour d'octobre", "la première semaine d'octobre 2014" (its first whole week), "le
    dernier jour de mars", "la deuxième quinzaine d'avril", "le premier mercredi de mars", "le premier week-end de
    février" (its first Saturday and the Sunday after)."""
    whole = month(match, context)
    if whole is None:
        return None
    return nth(whole, match["ordinal"], match["what"])


def _weeks_between(match: re.Match, context: Context) -> Value | None:
    """ "entre les semaines 10 et 12", "de la semaine 42 à la semaine 45", "des semaines 3 à 5": Monday of the first to Sunday of the last, in the year written or the anchor's."""
    anchor = context.anchor
    if not match["year"] and not anchor:
        return None
    year = full_year(match["year"], context) if match["year"] else anchor.earliest.year
    first, last = week_days(year, int(match["week"])), week_days(year, int(match["week2"]))
    return between(first, last) if first and last and first.earliest < last.earliest else None


def nth_in_month_rule() -> Rule:
    """ "le premier mercredi de mars": before the holidays' rule, as the grammar has it."""
    return rule(
        rf"(?:l[ae]\s+)?{_ORDINAL}\s+(?P<what>jour(?:\s+ouvr(?:é|able))?|semaine|quinzaine|moitié|week-?end|{WEEKDAY})\s+(?:du\s+mois\s+)?d[eu']\s*(?:mois\s+d[e']\s*)?(?P<month>{MONTH})(?:\s+(?P<year>{YEAR}))?",
        _nth_in_month,
        guard=not_yearly,
        needs="month",
        opens=("le", "la", "premier", "second", "deuxième", "troisième", "quatrième", "cinquième", "dernier", A_NUMBER),
    )


def week_rules() -> list[Rule]:
    """The weeks' rules, in the grammar's order: after the holidays, before a day with its year."""
    # Long as a table is: one rule an entry, each read on its own.
    return [
        rule(
            rf"(?:entre\s+les\s+semaines|des\s+semaines|(?:entre|de)\s+la\s+semaine)\s+(?:n°\s*)?{_WEEK_NUMBER.format('week')}\s+(?:et|à)\s+"
            rf"(?:la\s+semaine\s+)?(?:n°\s*)?{_WEEK_NUMBER.format('week2')}"
            rf"(?:\s+(?:de\s+l'année\s+|de\s+)?(?P<year>{YEAR}))?(?![\w,.]\d|[\w-])(?!\s*(?:h\b|heures?\b))",
            _weeks_between,
            guard=free_after,
            needs="unit",
            opens=("entre", "de", "des"),
        ),
        # a numbered week: "la semaine 12", "la semaine n° 8", "la 45e semaine"; not "la 3e semaine consécutive", "la 12e
        # semaine de grossesse", "la semaine 4 jours" (free after)
        rule(
            rf"(?:la\s+)?(?:semaine\s+(?:n°\s*)?{_WEEK_NUMBER.format('week')}(?:\s+(?:de\s+l'année\s+|de\s+)?(?P<year>{YEAR}))?|{_WEEK_NUMBER.format('week2')}"
            rf"(?:e|è|ème|eme)\s+semaine(?:\s+de\s+l'année)?(?:\s+(?P<year2>{YEAR}))?)(?![\w,.]\d|[\w-])",
            iso_week,
            guard=free_after,
            needs="unit",
            opens=("la", "semaine", A_NUMBER),
        ),
        rule(
            rf"le\s+week-?end\s+du\s+(?P<day>{DAY})\s+(?P<month>{MONTH})(?:\s+(?P<year>{YEAR}))?(?![\w-])",
            weekend_of,
            needs="weekend",
        ),
        # Québec's "la fin de semaine du 30 novembre" is that weekend
        rule(
            rf"la\s+fin\s+de\s+semaine\s+du\s+(?P<day>{DAY})\s+(?P<month>{MONTH})(?:\s+(?P<year>{YEAR}))?(?![\w-])",
            weekend_of,
            needs="part_or_season",
            opens=("la",),
        ),
        rule(
            rf"la\s+semaine\s+du\s+(?P<day>{DAY})\s+(?P<month>{MONTH})(?:\s+(?P<year>{YEAR}))?",
            week_of,
            needs="unit",
            opens=("la",),
        ),
    ]
