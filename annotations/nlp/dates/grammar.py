"""The grammar: every rule, compiled once, and the extraction that runs them over a text."""

from __future__ import annotations

import re
from datetime import date

from annotations.nlp.dates.absolute import absolute_rules
from annotations.nlp.dates.anchored import counted_from
from annotations.nlp.dates.edges import edge_rules
from annotations.nlp.dates.extent import HORIZON, widened
from annotations.nlp.dates.lexicon import (
    EASTER_HOLIDAYS,
    FIXED_HOLIDAYS,
    MONTH,
    WEEKDAY,
    WEEKDAY_HOLIDAYS,
    alternatives,
)
from annotations.nlp.dates.named import named_rules
from annotations.nlp.dates.openings import opening_words, rule_matches, word_starts
from annotations.nlp.dates.quarters import quarter_rules
from annotations.nlp.dates.relative import leading_rules, relative_rules
from annotations.nlp.dates.republican import republican_rules
from annotations.nlp.dates.rules import Rule
from annotations.nlp.dates.values import Context, Value, open_after, open_before, open_since, open_until
from annotations.nlp.dates.years import is_year
from annotations.nlp.normalise import lower_case
from annotations.nlp.spans import Regions, SpanSet
from annotations.nlp.types import DateSpan

# Cue words that make a date an open interval, with what they make of it.
_OPENERS = {
    "avant": open_before,
    "après": open_after,
    "depuis": open_since,
    "dès": open_since,
    "à partir de": open_since,
    "à partir du": open_since,
    "à compter de": open_since,
    "à compter du": open_since,
    "à dater de": open_since,  # Belgian: "à dater du 1er mai"
    "à dater du": open_since,
    "jusqu'en": open_until,
    "jusqu'à": open_until,
    "jusqu'au": open_until,
    "au-delà de": open_after,
    "au-delà du": open_after,
    # negated: "pas avant 2028" is from 2028 on, "pas après le 30 juin" up to that day
    "pas avant": open_since,
    "pas après": open_until,
}
_OPEN_BEFORE = re.compile(
    r"\b(?P<cue>(?:pas\s+)?(?:avant|après)|depuis|dès|à partir d[eu]|à (?:compter|dater) d[eu]|jusqu'en|jusqu'à|jusqu'au|"
    r"au-delà d[eu])\s+(?:le\s+|l'|la\s+)?$"
)
# The end part of a period, which "avant" closes on its end, not before it: "avant la fin du mois", "avant fin 2026".
_END_PART = re.compile(r"(?:la\s+)?fin\b")
# What does not move the timeline the next dates hang on ("d'ici 2030" is a horizon).
_HORIZON_BEFORE = re.compile(HORIZON + r"(?:le\s+|l'|la\s+)?$")
# Nor does the year a budget is for, prepared the year before: "Le budget 2028 sera présenté le 13 octobre".
_BUDGET_YEAR_BEFORE = re.compile(
    r"\b(?:budget(?: primitif| supplémentaire| rectificatif)?|plf|plfss|loi de finances(?: rectificative)?)\s+(?:pour\s+)?$"
)

# Nor does a goal's year: "ses objectifs pour 2030", "à l'horizon 2035" (a forecast's is: "ses projections pour 2032 :
# le PIB progresserait au premier trimestre" is that year's quarter).
_GOAL_YEAR_BEFORE = re.compile(
    r"(?:\b(?:objectifs?|ambitions?|cibles?)(?:\s+[a-zà-ÿ-]+)?\s+pour|"
    r"\bà l'horizon)\s+$"
)

# Nor does the day a report was made, told beside what it reports: "selon un communiqué lu samedi soir", ", a annoncé
# lundi le ministère" (an aside, its subject after it; "Il a annoncé lundi sa démission. Le lendemain, ..." and "Le
# ministre a précisé lundi le montant" keep the Monday).
_SOURCE_BEFORE = re.compile(
    r"\b(?:selon|d'après)\s+(?:un|une|le|la|son|sa|leur)\s+(?:communiqué|déclaration|annonce|dépêche|message)"
    r"(?:\s+[a-zà-ÿ-]+){0,2}\s+$"
)
_SAID_BEFORE = re.compile(
    r"[,»\"]\s*(?:a|ont)\s+(?:annoncé|indiqué|déclaré|précisé|affirmé|confirmé|expliqué|assuré|fait savoir)\s+$"
)
_SUBJECT_AFTER = re.compile(r"(?:\s+(?:soir|matin|après-midi))?\s+(?:le|la|les|l')\s*[a-zà-ÿ]")


def _attribution(lowered: str, start: int, end: int) -> bool:
    """The day a report was made, not a day of the story it tells."""
    if _SOURCE_BEFORE.search(lowered, max(0, start - 60), start):
        return True
    return bool(_SAID_BEFORE.search(lowered, max(0, start - 30), start) and _SUBJECT_AFTER.match(lowered, end))


def _horizon(lowered: str, start: int, value: Value) -> bool:
    """A date the timeline does not move to: "d'ici 2030", a budget's year."""
    if _HORIZON_BEFORE.search(lowered, max(0, start - 20), start):
        return True
    if value.precision != "year":
        return False
    return bool(
        _BUDGET_YEAR_BEFORE.search(lowered, max(0, start - 40), start)
        or _GOAL_YEAR_BEFORE.search(lowered, max(0, start - 40), start)
    )


# Where a date may be: a digit or a word no date goes without. The rules run only around these
# (windows of _REACH characters either side, merged), not over the whole text; each rule names a
# narrower trigger of _NEEDS (every rule does now), this one is for a rule that names none.
_TRIGGER = re.compile(
    r"\d|\b(?:janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|"
    r"décembre|decembre|janv|jan|févr|fevr|fév|fev|avr|juil|sept|sep|oct|nov|déc|dec|lundi|mardi|mercredi|"
    r"jeudi|vendredi|samedi|dimanche|lun|mer|jeu|ven|sam|dim|hier|demain|aujourd|veille|avant-veille|"
    r"lendemain|surlendemain|semaines?|mois|ans?|années?|annees?|jours?|journée|moment|siècles?|décennies?|printemps|été|"
    r"automne|hiver|noël|noel|pâques|paques|toussaint|ascension|assomption|pentecôte|pentecote|nouvel|saint-sylvestre|"
    r"saint-valentin|fête|armistice|morts|quinzaine|trimestre|semestre|premier|xx?[ivx]*e|[ivx]+e)\b"
)
_REACH = 70


_HOLIDAY_NAMES = [*FIXED_HOLIDAYS, *EASTER_HOLIDAYS, *WEEKDAY_HOLIDAYS]  # the trigger and its cores (_stretches)
_NEEDS = {
    None: _TRIGGER,
    "month": re.compile(rf"\b{MONTH}(?![\w])"),
    "weekday": re.compile(rf"\b{WEEKDAY}(?![\w])"),
    "digit": re.compile(r"\d+"),
    # A period ("l'année dernière", "il y a trois ans", "les années 1990"), a season ("cet été")
    # or a century: the rules reading one run only around it, not around every trigger.
    "unit": re.compile(
        r"\b(?:années|annees|année|annee|ans|an|mois|semaines?|jours?|décennies?|siècles?|heures?)(?![\w])"
    ),
    "season": re.compile(r"\b(?:printemps|été|automne|hiver)(?![\w])"),
    "century": re.compile(r"siècle|e\s+s\.|millénaire"),
    # What a numeric rule cannot match without: "12/03", "12.03.2020"; "12 03 2020"; "2015-2016";
    # "premier trimestre 2024"; "fin 2024", "été 2024". Digits are everywhere in news (their windows
    # hold nine characters in ten of bench/ingest.py's corpus), these seldom are: around them, the
    # same dates are found 40 % faster.
    "numeric_date": re.compile(r"\d[/.-]\d"),
    "spaced_date": re.compile(r"\d\s\d"),
    "year_range": re.compile(r"\d\s?[-–/]\s?\d"),
    "quarter": re.compile(r"trimestre|semestre|trim\."),
    "half": re.compile(r"moitié"),  # "la première moitié de 2024"
    "part_or_season": re.compile(r"début|fin|mi-|mi\s|milieu|courant|printemps|été|automne|hiver"),
    # Whole holiday names, "jour" for the story's days ("le jour même"), the neighbouring days and
    # today's words ("hier", "en ce moment"): the words each rule cannot match without.
    "holiday": re.compile(alternatives(_HOLIDAY_NAMES)),
    "jour": re.compile(r"jour"),
    "neighbour": re.compile(r"veille|lendemain"),
    "today": re.compile(r"aujourd|hier|demain|jour|moment|matin|midi|soir|nuit"),
    "weekend": re.compile(r"week-?end"),
    "school": re.compile(r"rentrée|scolaire|universitaire|académique|saison"),
    "fortnight": re.compile(r"quinzaine|huitaine"),
    "thousand": re.compile(r"\bmil(?:le)?\b|dix-(?:neuf|huit)\s+cent"),  # a year written out: "en deux mille dix-neuf"
}


# The holidays' trigger is names only: each of them holds one of these (the names no other name holds), which
# `in` finds some ten times faster than the alternation fails on a text without a holiday, as news mostly is.
_HOLIDAY_CORES = tuple(
    name for name in _HOLIDAY_NAMES if not any(other != name and other in name for other in _HOLIDAY_NAMES)
)


def _stretches(lowered: str, needs: str | None) -> list[tuple[int, int]]:
    """windows() around the trigger of `needs` (_NEEDS), none where the text holds no holiday for that trigger."""
    if needs == "holiday" and not any(core in lowered for core in _HOLIDAY_CORES):
        return []
    return windows(lowered, _NEEDS[needs])


def windows(lowered: str, trigger: re.Pattern = _TRIGGER) -> list[tuple[int, int]]:
    """The merged stretches of text around the triggers, where the rules are run."""
    found: list[tuple[int, int]] = []
    for match in trigger.finditer(lowered):
        start, end = max(0, match.start() - _REACH), min(len(lowered), match.end() + _REACH)
        if found and start <= found[-1][1]:
            found[-1] = (found[-1][0], end)
        else:
            found.append((start, end))
    return found


class Grammar:
    """All the date rules, compiled; `find` lists the dates of a text."""

    def __init__(self, open_bounds: bool = True):
        self.rules: list[Rule] = [
            *leading_rules(),
            *republican_rules(),
            *named_rules(),
            *edge_rules(),
            *quarter_rules(),
            *absolute_rules(),
            *relative_rules(),
        ]
        self.open_bounds = open_bounds
        self.opening_words = opening_words(key for rule in self.rules for key in rule.opens or ())

    def find(
        self, text: str, *, published: date | None = None, regions: list[tuple[int, int]] | None = None
    ) -> list[DateSpan]:
        """The dates of `text` (normalised), in order; only inside `regions` (sorted) when given.

        A date whose arithmetic leaves the calendar ("demain" published on 9999-12-31) keeps its
        span with no value; one with nothing to anchor it (no publication date) is left out.
        """
        lowered = lower_case(text)
        dates, previous, previous_region, narrated = [], None, -1, None
        for start, end, region, match, found_by in self._candidates(text, lowered, regions or [(0, len(text))]):
            context = Context(published, previous, region == previous_region, text, start, end, narrated)
            try:
                value = found_by.resolve(match, context)
                if value is None:
                    continue
                horizon = _horizon(lowered, start, value)
                start, end = widened(text, lowered, start, end, value)
                anchored = counted_from(lowered, start, value)
                if anchored:  # "trois jours après Noël": the count read before is part of this date
                    (start, value), dates = anchored, [found for found in dates if found.end <= anchored[0]]
                start, value = self._opened(lowered, start, value)
            except (OverflowError, ValueError):  # past year 9999 or before year 1
                dates.append(DateSpan(start, end, text[start:end], None, None, None, None))
                continue
            if not value.is_open and not horizon:
                previous, previous_region = value, region
                narrated = narrated if _attribution(lowered, start, end) else value
            iso, precision, named = value.iso, value.precision, value.named
            dates.append(DateSpan(start, end, text[start:end], iso, precision, value.earliest, value.latest, named))
        return dates

    def _opened(self, lowered: str, start: int, value: Value) -> tuple[int, Value]:
        """ "avant 2000", "depuis 2015": the cue joins the span and opens the value."""
        cue = _OPEN_BEFORE.search(lowered, max(0, start - 25), start) if self.open_bounds else None
        if not cue or value.is_open:
            return start, value
        word = re.sub(r"\s+", " ", cue["cue"])
        if word == "avant" and _END_PART.match(lowered, start):
            return cue.start(), open_until(value)  # "avant la fin de l'année", "avant fin juin": by its end
        return cue.start(), _OPENERS[word](value)

    def _candidates(self, text: str, lowered: str, regions: list[tuple[int, int]]) -> list:
        """Non-overlapping matches lying inside one region each, the earlier rule winning."""
        readable, taken, found = Regions(regions), SpanSet(), []
        stretches: dict[str | None, list[tuple[int, int]]] = {}  # found once per trigger, when a rule needs it
        starts = word_starts(lowered, self.opening_words)
        for rule in self.rules:
            if rule.needs not in stretches:
                stretches[rule.needs] = _stretches(lowered, rule.needs)
            for match in rule_matches(rule, lowered, stretches[rule.needs], starts):
                start, end = match.span(rule.span or 0)
                if rule.not_after and rule.not_after.search(lowered, max(0, match.start() - 12), match.start()):
                    continue
                region = readable.index_of(start, end)
                if region is None or taken.overlaps(start, end):
                    continue
                if (rule.year and not is_year(text, match)) or (rule.guard and not rule.guard(text, match)):
                    continue
                taken.add(start, end)
                found.append((start, end, region, match, rule))
        return sorted(found, key=lambda candidate: candidate[0])
