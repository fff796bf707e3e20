"""French date expressions, normalised to ISO 8601 with a precision and date bounds.

Absolute expressions: full dates ("1er février 2018", "lundi 3 mars 2020", "29/02/2024",
"2024-02-29"), month and year ("novembre 2024", "fin mars 2020"), years ("en 2015", "2016 a
été"), ranges ("de 2015 à 2018", "2015-2016", "du 3 au 5 mars 2020", "de janvier à mars 2020",
"les années 1990", "le premier trimestre 2021") and parts of years that still name a year
("fin 2019", "l'été 2018" → 2019, 2018 with precision year).

Relative expressions are resolved, or not emitted when nothing anchors them:
- deictic ones ("hier", "aujourd'hui", "l'an prochain", "lundi dernier", "il y a deux ans",
  "la semaine dernière") against the publication date;
- anaphoric ones ("l'année suivante", "la veille", "trois ans plus tard", "le mois suivant")
  against the nearest earlier date of the text;
- a day or a month without a year ("le 3 mars", "en mars") against the nearest earlier date,
  else the publication date, taking the year that puts it closest to that anchor.

False dates avoided: a four-digit number is a year only after a temporal word ("en", "depuis",
"fin"...) or, between 1900 and 2100, when no noun follows it ("2 000 salariés", "1500 mètres"
and "plus de 2000" are not years); time codes ("00:00") and durations ("une décennie") are not
dates; "demain" and "aujourd'hui" after "de"/"d'" are figurative ("le monde de demain").
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, timedelta

from spacy.language import Language
from spacy.tokens import Doc

from annotations.nlp.lexicon import words
from annotations.nlp.normalise import lower_case
from annotations.nlp.spans import Regions, SpanSet
from annotations.nlp.state import Component, state
from annotations.nlp.types import DateSpan

MONTHS = {
    "janvier": 1,
    "janv": 1,
    "février": 2,
    "fevrier": 2,
    "févr": 2,
    "fevr": 2,
    "mars": 3,
    "avril": 4,
    "avr": 4,
    "mai": 5,
    "juin": 6,
    "juillet": 7,
    "juil": 7,
    "août": 8,
    "aout": 8,
    "septembre": 9,
    "sept": 9,
    "octobre": 10,
    "oct": 10,
    "novembre": 11,
    "nov": 11,
    "décembre": 12,
    "decembre": 12,
    "déc": 12,
    "dec": 12,
}
WEEKDAYS = {"lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4, "samedi": 5, "dimanche": 6}
NUMBER_WORDS = {
    "un": 1,
    "une": 1,
    "deux": 2,
    "trois": 3,
    "quatre": 4,
    "cinq": 5,
    "six": 6,
    "sept": 7,
    "huit": 8,
    "neuf": 9,
    "dix": 10,
    "onze": 11,
    "douze": 12,
    "quinze": 15,
    "vingt": 20,
    "trente": 30,
    "quarante": 40,
    "cinquante": 50,
    "cent": 100,
}
SEASONS = ("printemps", "été", "automne", "hiver")
PARTS_OF_YEAR = ("début", "fin", "mi-", "milieu", "courant", "mi ")

# --- Values ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Value:
    """A date or an interval: bounds plus the unit it is written in (year, month or day)."""

    earliest: date
    latest: date
    unit: str

    @property
    def precision(self) -> str:
        return self.unit if self == _unit_value(self.earliest, self.unit) else "range"

    @property
    def iso(self) -> str:
        if self.precision != "range":
            return _iso(self.earliest, self.unit)
        return f"{_iso(self.earliest, self.unit)}/{_iso(self.latest, self.unit)}"


def _iso(day: date, unit: str) -> str:
    return {"year": f"{day.year:04d}", "month": f"{day.year:04d}-{day.month:02d}"}.get(unit, day.isoformat())


def _unit_value(day: date, unit: str) -> Value:
    if unit == "year":
        return Value(date(day.year, 1, 1), date(day.year, 12, 31), "year")
    if unit == "month":
        last = calendar.monthrange(day.year, day.month)[1]
        return Value(date(day.year, day.month, 1), date(day.year, day.month, last), "month")
    return Value(day, day, "day")


def year_value(year: int) -> Value:
    return _unit_value(date(year, 1, 1), "year")


def month_value(year: int, month: int) -> Value:
    return _unit_value(date(year, month, 1), "month")


def span_value(first: Value, last: Value) -> Value | None:
    """The interval from `first` to `last`, or None when they are in the wrong order."""
    if last.latest <= first.earliest:
        return None
    return Value(first.earliest, last.latest, first.unit)


def _shift_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def _shift(value: Value, amount: int) -> Value:
    """The unit (year, month or day) `amount` units after `value`, itself one unit."""
    anchor = value.earliest if amount <= 0 else value.latest
    if value.unit == "day":
        return _unit_value(anchor + timedelta(days=amount), "day")
    months = amount * 12 if value.unit == "year" else amount
    return _unit_value(_shift_months(anchor, months), value.unit)


# --- Context for relative expressions -----------------------------------------------------------


@dataclass(frozen=True)
class Context:
    published: date | None
    previous: Value | None  # the nearest earlier date of the text, resolved
    previous_nearby: bool = False  # that date is in the same block (paragraph)

    @property
    def anchor(self) -> Value | None:
        """What a day or month without a year hangs on.

        A timeline goes on within a paragraph ("En janvier 2022, ... Le 15 mars, ..."); past it,
        news speaks of the publication's year. Without a publication date, the text's last date.
        """
        if self.previous and (self.previous_nearby or not self.published):
            return self.previous
        return _unit_value(self.published, "day") if self.published else None


Resolver = Callable[[re.Match, Context], Value | None]

# --- Patterns ----------------------------------------------------------------------------------

# Full month names, or abbreviations with their dot ("sept." is September, "sept ans" is not).
_MONTH_NAMES = [name for name in MONTHS if len(name) > 4 or name in ("mars", "mai", "juin", "août", "aout")]
_MONTH_ABBREVIATIONS = [name for name in MONTHS if name not in _MONTH_NAMES]
_MONTH = (
    r"(?:"
    + "|".join(sorted(_MONTH_NAMES, key=len, reverse=True))
    + r"|(?:"
    + "|".join(sorted(_MONTH_ABBREVIATIONS, key=len, reverse=True))
    + r")\.)"
)
_WEEKDAY = r"(?:" + "|".join(WEEKDAYS) + r")"
_DAY = r"(?:1er|[12]\d|3[01]|0?[1-9])"
_YEAR = r"(?:1[0-9]{3}|20[0-9]{2})"
# A year must stand alone: not inside a longer number, a thousand group ("2 000") or a time.
_ALONE_AFTER = r"(?![\d:%€$£])(?!\s\d{3}\b)(?![.,]\d)"
_NUMBER = r"(?:\d{1,2}|" + "|".join(NUMBER_WORDS) + r")"
_PART = r"(?:début|fin|mi-|mi |milieu|courant)"


def _month_number(text: str) -> int:
    return MONTHS[text.lower().rstrip(".")]


def _day_number(text: str) -> int:
    return 1 if text.lower() == "1er" else int(text)


def _count(text: str) -> int:
    return NUMBER_WORDS.get(text.lower()) or int(text)


def _safe_day(year: int, month: int, day: int) -> Value | None:
    try:
        return _unit_value(date(year, month, day), "day")
    except ValueError:  # 30 février, 29/02/2023: not a date
        return None


def _full_date(match: re.Match, _context: Context) -> Value | None:
    return _safe_day(int(match["year"]), _month_number(match["month"]), _day_number(match["day"]))


def _numeric_date(match: re.Match, _context: Context) -> Value | None:
    return _safe_day(int(match["year"]), int(match["month"]), int(match["day"]))


def _day_range(match: re.Match, _context: Context) -> Value | None:
    year, month = int(match["year"]), _month_number(match["month"])
    first, last = _safe_day(year, month, _day_number(match["day1"])), _safe_day(year, month, _day_number(match["day2"]))
    return span_value(first, last) if first and last else None


def _month_range(match: re.Match, _context: Context) -> Value | None:
    year = int(match["year"])
    return span_value(
        month_value(year, _month_number(match["month1"])), month_value(year, _month_number(match["month2"]))
    )


def _month_year(match: re.Match, _context: Context) -> Value:
    return month_value(int(match["year"]), _month_number(match["month"]))


def _year_range(match: re.Match, _context: Context) -> Value | None:
    first, last = int(match["year1"]), match["year2"]
    if len(last) == 2:  # 2015-16
        last = first // 100 * 100 + int(last)
    return span_value(year_value(first), year_value(int(last)))


def _decade(match: re.Match, _context: Context) -> Value | None:
    start = int(match["decade"])
    if len(match["decade"]) == 2:  # les années 90
        start += 1900 if start >= 30 else 2000
    if start % 10:
        return None
    return span_value(year_value(start), year_value(start + 9))


_QUARTERS = {
    "premier": 1,
    "1er": 1,
    "deuxième": 2,
    "second": 2,
    "2e": 2,
    "troisième": 3,
    "3e": 3,
    "quatrième": 4,
    "4e": 4,
}


def _quarter(match: re.Match, _context: Context) -> Value | None:
    year, index = int(match["year"]), _QUARTERS[match["ordinal"].lower()]
    months = 3 if match["period"].lower() == "trimestre" else 6
    if index * months > 12:
        return None
    first = month_value(year, (index - 1) * months + 1)
    return span_value(first, month_value(year, index * months))


def _year(match: re.Match, _context: Context) -> Value:
    return year_value(int(match["year"]))


def _day_month(match: re.Match, context: Context) -> Value | None:
    anchor = context.anchor
    if not anchor:
        return None
    month, day = _month_number(match["month"]), _day_number(match["day"])
    candidates = [_safe_day(anchor.earliest.year + delta, month, day) for delta in (-1, 0, 1)]
    return _closest([c for c in candidates if c], anchor)


def _bare_month(match: re.Match, context: Context) -> Value | None:
    anchor = context.anchor
    if not anchor:
        return None
    month = _month_number(match["month"])
    return _closest([month_value(anchor.earliest.year + delta, month) for delta in (-1, 0, 1)], anchor)


def _closest(candidates: list[Value], anchor: Value) -> Value | None:
    """The candidate nearest the anchor; in the anchor's own year when that is all it says."""
    if anchor.precision == "year":
        candidates = [value for value in candidates if value.earliest.year == anchor.earliest.year]
    return min(candidates, key=lambda value: abs((value.earliest - anchor.earliest).days), default=None)


_DEICTIC_DAYS = {"aujourd'hui": 0, "hier": -1, "avant-hier": -2, "demain": 1, "après-demain": 2}


def _deictic_day(match: re.Match, context: Context) -> Value | None:
    if not context.published:
        return None
    return _unit_value(context.published + timedelta(days=_DEICTIC_DAYS[match["word"].lower()]), "day")


_DIRECTIONS = {
    "dernier": -1,
    "dernière": -1,
    "passé": -1,
    "passée": -1,
    "précédent": -1,
    "précédente": -1,
    "d'avant": -1,
    "prochain": 1,
    "prochaine": 1,
    "suivant": 1,
    "suivante": 1,
    "d'après": 1,
    "même": 0,
    "-ci": 0,
    "-là": 0,
    "ce": 0,
    "cette": 0,
    "en cours": 0,
}
_UNITS = {"an": "year", "année": "year", "ans": "year", "années": "year", "mois": "month", "semaine": "week"}
_UNITS.update({"jour": "day", "jours": "day", "semaines": "week"})


def _deictic_period(match: re.Match, context: Context) -> Value | None:
    if not context.published:
        return None
    groups = match.groupdict()
    direction = _DIRECTIONS[(groups.get("direction") or groups["this"]).lower()]
    return _period(_unit_value(context.published, "day"), _UNITS[match["unit"].lower()], direction)


def _anaphoric_period(match: re.Match, context: Context) -> Value | None:
    unit = _UNITS[match["unit"].lower()]
    if not context.previous or _finer(unit, context.previous.unit):
        return None  # "le mois suivant" after "en 2016" has no month to count from
    return _period(context.previous, unit, _DIRECTIONS[match["direction"].lower()])


def _period(anchor: Value, unit: str, amount: int) -> Value:
    """The whole year, month or week (Monday to Sunday) `amount` units from `anchor`."""
    if unit == "week":
        monday = anchor.earliest - timedelta(days=anchor.earliest.weekday()) + timedelta(weeks=amount)
        return Value(monday, monday + timedelta(days=6), "day")
    return _shift(_unit_value(anchor.earliest if amount <= 0 else anchor.latest, unit), amount)


_ORDER = ("year", "month", "week", "day")


def _finer(unit: str, than: str) -> bool:
    return _ORDER.index(unit) > _ORDER.index(than)


def _ago(match: re.Match, context: Context) -> Value | None:
    if not context.published:
        return None
    unit = _UNITS[match["unit"].lower()]
    amount = _count(match["count"]) * (1 if match["word"].lower() == "dans" else -1)
    return _shift_by(_unit_value(context.published, "day"), amount, unit)


def _later(match: re.Match, context: Context) -> Value | None:
    unit = _UNITS[match["unit"].lower()]
    if not context.previous or _finer(unit, context.previous.unit):
        return None
    direction = -1 if match["word"].lower() in ("plus tôt", "auparavant", "avant") else 1
    return _shift_by(context.previous, _count(match["count"]) * direction, unit)


def _shift_by(anchor: Value, amount: int, unit: str) -> Value:
    """Like `_period`, but "il y a deux semaines" is a day, fourteen days before."""
    if unit == "week":
        return _unit_value(anchor.earliest + timedelta(weeks=amount), "day")
    return _period(anchor, unit, amount)


# Seasons by the months they span; winter belongs to the year of its January.
_SEASON_MONTHS = {"printemps": (3, 5), "été": (6, 8), "automne": (9, 11), "hiver": (12, 2)}


def _season(name: str, year: int) -> Value:
    first, last = _SEASON_MONTHS[name]
    start = month_value(year - 1 if first > last else year, first)
    return Value(start.earliest, month_value(year, last).latest, "month")


def _deictic_season(match: re.Match, context: Context) -> Value | None:
    """ "l'été dernier", "cet hiver", "le printemps prochain": the year of that season."""
    if not context.published:
        return None
    published, name = context.published, match["season"].lower()
    seasons = [_season(name, year) for year in range(published.year - 1, published.year + 2)]
    direction = (match.groupdict().get("direction") or "").lower()
    if direction == "dernier":
        chosen = [s for s in seasons if s.latest < published][-1]
    elif direction == "prochain":
        chosen = next(s for s in seasons if s.earliest > published)
    else:
        chosen = min(
            seasons, key=lambda s: 0 if s.earliest <= published <= s.latest else abs((s.earliest - published).days)
        )
    return year_value(chosen.latest.year)


_NEIGHBOUR_DAYS = {"la veille": -1, "l'avant-veille": -2, "le lendemain": 1, "le surlendemain": 2}


def _neighbour_day(match: re.Match, context: Context) -> Value | None:
    if not context.previous or context.previous.precision != "day":
        return None
    return _unit_value(context.previous.earliest + timedelta(days=_NEIGHBOUR_DAYS[match[0].lower()]), "day")


def _weekday(match: re.Match, context: Context) -> Value | None:
    if not context.published:
        return None
    target = WEEKDAYS[match["weekday"].lower()]
    direction = _DIRECTIONS.get((match["direction"] or "").lower(), 0)
    published = context.published
    back = (published.weekday() - target) % 7
    if direction > 0:
        return _unit_value(published + timedelta(days=(target - published.weekday()) % 7 or 7), "day")
    if direction < 0 and back == 0:
        back = 7  # "lundi dernier" written on a Monday is a week ago
    return _unit_value(published - timedelta(days=back), "day")


@dataclass(frozen=True)
class Rule:
    """A date pattern, read on the lower-cased text.

    Patterns start with their first word, not with a look-behind or a \\b, so that the regular
    expression engine can skip ahead to candidate letters: the word boundary before the match
    and what must not precede it (`not_after`) are checked in code. `span` names the group
    that is the date when the match starts with a cue word ("en" in "en mars").
    """

    pattern: re.Pattern
    resolve: Resolver
    not_after: re.Pattern | None = None
    span: str | None = None


def _rule(pattern: str, resolve: Resolver, not_after: str | None = None, span: str | None = None) -> Rule:
    return Rule(re.compile(pattern), resolve, re.compile(not_after + "$") if not_after else None, span)


_NUMBER_BEFORE = r"(?:[\d.,:/#№°$€£-]|\d |n°)"  # a year inside a longer number, a code or an amount
_SEASON = "|".join(SEASONS)
_UNIT = r"(?:ans|années|an|année|mois|semaines|semaine|jours|jour)"
_RULES: list[Rule] = [
    _rule(
        rf"(?:du|entre le)\s+(?P<day1>{_DAY})\s+(?:au|et le)\s+(?P<day2>{_DAY})\s+(?P<month>{_MONTH})\s+(?P<year>{_YEAR})\b",
        _day_range,
    ),
    _rule(rf"(?:{_WEEKDAY}\s+)?(?P<day>{_DAY})\s+(?P<month>{_MONTH})\s+(?P<year>{_YEAR})\b", _full_date),
    _rule(rf"(?P<day>[0-3]?\d)([/.-])(?P<month>[01]?\d)\2(?P<year>{_YEAR})\b", _numeric_date, _NUMBER_BEFORE),
    _rule(rf"(?P<year>{_YEAR})-(?P<month>[01]\d)-(?P<day>[0-3]\d)\b", _numeric_date, _NUMBER_BEFORE),
    _rule(
        rf"(?:de|entre)\s+(?P<month1>{_MONTH})\s+(?:à|et)\s+(?P<month2>{_MONTH})\s+(?P<year>{_YEAR})\b", _month_range
    ),
    _rule(rf"(?:{_PART}\s*)?(?P<month>{_MONTH})\s+(?:de\s+l'année\s+)?(?P<year>{_YEAR}){_ALONE_AFTER}", _month_year),
    _rule(
        rf"(?:de|entre)\s+(?:l'an\s+|l'année\s+)?(?P<year1>{_YEAR})\s+(?:à|et|jusqu'en|jusqu'à)\s+(?P<year2>{_YEAR})\b",
        _year_range,
    ),
    _rule(rf"(?P<year1>{_YEAR})\s?[-–/]\s?(?P<year2>{_YEAR}|\d{{2}})\b(?![-/]\d)", _year_range, _NUMBER_BEFORE),
    _rule(r"(?:les\s+)?années\s+(?P<decade>1[0-9]{3}|20[0-9]{2}|[1-9]0)\b", _decade),
    _rule(
        rf"(?P<ordinal>premier|1er|deuxième|second|2e|troisième|3e|quatrième|4e)\s+(?P<period>trimestre|semestre)\s+(?:de\s+l'année\s+)?(?P<year>{_YEAR})\b",
        _quarter,
    ),
    _rule(
        rf"(?:{_PART}\s*|(?:l'|le\s+)?(?:{_SEASON})\s+)(?:de\s+l'année\s+|de\s+|d')?(?P<year>{_YEAR}){_ALONE_AFTER}",
        _year,
    ),
    _rule(rf"(?P<year>{_YEAR}){_ALONE_AFTER}", _year, _NUMBER_BEFORE),
    _rule(rf"(?:{_WEEKDAY}\s+)?(?:le\s+|ce\s+)?(?P<day>{_DAY})\s+(?P<month>{_MONTH})(?!\s*\d)(?!\w)", _day_month),
    _rule(rf"(?:en|depuis|dès|mois de|fin|début|mi-)\s*(?P<month>{_MONTH})(?!\s*\d)(?!\w)", _bare_month, span="month"),
    _rule(r"(?P<word>aujourd'hui|avant-hier|après-demain|hier|demain)\b", _deictic_day, r"\b(?:de |d')"),
    _rule(
        r"(?:l'|la\s+|le\s+|ce\s+|cette\s+)(?P<unit>an|année|mois|semaine)(?:\s+(?P<direction>dernier|dernière|passé|passée|prochain|prochaine|en cours)|(?P<this>-ci))\b",
        _deictic_period,
    ),
    _rule(r"(?P<this>cette|ce)\s+(?P<unit>année|mois|semaine)\b(?!-)", _deictic_period),
    _rule(
        r"(?:l'|la\s+|le\s+)(?P<unit>an|année|mois|semaine)\s+(?P<direction>suivant|suivante|précédent|précédente|d'après|d'avant)\b",
        _anaphoric_period,
    ),
    _rule(r"(?:la\s+|le\s+)(?P<direction>même)\s+(?P<unit>année|mois|semaine)\b", _anaphoric_period),
    _rule(r"(?:cette\s+|ce\s+)(?P<unit>année|mois|semaine)(?P<direction>-là)\b", _anaphoric_period),
    _rule(rf"(?P<word>il y a|dans)\s+(?P<count>{_NUMBER})\s+(?P<unit>{_UNIT})\b", _ago),
    _rule(
        rf"(?P<count>{_NUMBER})\s+(?P<unit>{_UNIT})\s+(?P<word>plus tard|plus tôt|auparavant|après|avant)\b(?!\s+(?:que|qu'|de|d'|la|le|les))",
        _later,
    ),
    _rule(r"(?:la veille|l'avant-veille|le lendemain|le surlendemain)\b", _neighbour_day),
    _rule(rf"(?:l'|le\s+)(?P<season>{_SEASON})\s+(?P<direction>dernier|prochain)\b", _deictic_season),
    _rule(rf"(?:cet\s+|ce\s+)(?P<season>{_SEASON})\b(?!-là)", _deictic_season),
    _rule(
        rf"(?:ce\s+)?(?P<weekday>{_WEEKDAY})\b(?:\s+(?P<direction>dernier|prochain|passé))?(?!\s+(?:{_DAY})\b)",
        _weekday,
        r"\b(?:le|les|chaque) ",
    ),
]


# --- Extraction --------------------------------------------------------------------------------


def find_dates(
    text: str, *, published: date | None = None, regions: list[tuple[int, int]] | None = None
) -> list[DateSpan]:
    """The dates of `text` (normalised), in order; only inside `regions` (sorted) when given."""
    regions = regions or [(0, len(text))]
    dates, previous, previous_region = [], None, -1
    for start, end, region, match, resolver in _candidates(text, regions):
        value = resolver(match, Context(published, previous, region == previous_region))
        if value is None:
            continue
        if not _OPEN_PERIOD_BEFORE.search(text, max(0, start - 20), start):
            # "depuis juillet 2022" reaches to now: it does not move the timeline.
            previous, previous_region = value, region
        dates.append(DateSpan(start, end, text[start:end], value.iso, value.precision, value.earliest, value.latest))
    return dates


_OPEN_PERIOD_BEFORE = re.compile(
    r"\b(?:depuis|dès|jusqu'en|jusqu'à|jusqu'au|d'ici(?: à)?)\s+(?:le\s+|l'|la\s+)?$", re.I
)


def _candidates(text: str, regions: list[tuple[int, int]]) -> list[tuple[int, int, int, re.Match, Resolver]]:
    """Non-overlapping matches lying inside one region each, the earlier rule winning."""
    lowered = lower_case(text)
    readable, taken, found = Regions(regions), SpanSet(), []
    for rule in _RULES:
        for match in rule.pattern.finditer(lowered):
            start, end = match.span(rule.span or 0)
            if match.start() and (lowered[match.start() - 1].isalnum() or lowered[match.start() - 1] == "_"):
                continue  # not at a word boundary
            if rule.not_after and rule.not_after.search(lowered, max(0, match.start() - 12), match.start()):
                continue
            region = readable.index_of(start, end)
            if region is None or taken.overlaps(start, end):
                continue
            if rule.resolve in (_year, _year_range) and not _is_year(text, match):
                continue
            taken.add(start, end)
            found.append((start, end, region, match, rule.resolve))
    return sorted(found, key=lambda candidate: candidate[0])


# Words after which a four-digit number is a year even outside 1900-2100 ("en 1515").
_TEMPORAL_BEFORE = re.compile(
    r"\b(?:en|dès|depuis|avant|après|vers|pour|jusqu'en|d'ici|d'ici à|l'an|année|de|du|au|à|entre|fin|début|mi-)\s*$",
    re.I,
)
# Words after which it is a quantity ("plus de 2000", "les 1500").
_QUANTITY_BEFORE = re.compile(
    r"\b(?:plus de|moins de|près de|environ|quelque|les|des|ses|nos|vos|leurs|ces|sur|à peine)\s+$", re.I
)
# Words that may follow a year without making it a quantity ("2016 a été", "2016, l'organisation").
_AFTER_YEAR_OK = words(
    "a avait est était fut sera serait reste restera marque marquera voit verra et ou à au aux où qui que puis "
    "comme contre pour sont ont furent avaient seront avec dans par sur"
)
# The word after a number, or after a number range it opens ("1500 et 2000 euros").
_NEXT_WORD = re.compile(r"(?:\s*(?:et|à|ou|-|–)\s*\d+)?\s*([^\W\d_]+)")


def _is_year(text: str, match: re.Match) -> bool:
    """A four-digit number is a year unless a quantity word precedes it or a noun follows it."""
    first = match.start("year") if "year" in match.groupdict() else match.start("year1")
    before = text[max(0, first - 15) : first]
    if match.start() == first and _QUANTITY_BEFORE.search(before):
        return False
    following = _NEXT_WORD.match(text, match.end())
    if following and following.group(1).islower() and following.group(1) not in _AFTER_YEAR_OK:
        return False  # "2000 salariés", "de 1500 à 2000 mètres"
    if match.start() < first or _TEMPORAL_BEFORE.search(before):
        return True
    return all(1900 <= int(year) <= 2100 for year in re.findall(r"\d{4}", match[0]))


@Language.factory("saga_dates", default_config={})
class DateRecognizer(Component):
    """Fills `doc._.saga.dates` from the prose, titles and headings (boilerplate has none)."""

    def __call__(self, doc: Doc) -> Doc:
        saga = state(doc)
        found = find_dates(saga.text, published=saga.published, regions=saga.regions())
        saga.dates = [replace(span, text=saga.original[span.start : span.end]) for span in found]
        return doc
