"""Days of a month: one ("le 3 mars", "jeudi 14 mai"), a range of them ("du 13 au 15 juillet", "entre
le 13 et le 15 mai") or a list ("les 13 et 14 décembre", "les 4, 5 et 6 mai": each day its own date, the
month and year written after the last one)."""

from __future__ import annotations

import re
from dataclasses import replace

from annotations.nlp.changes import change_verb
from annotations.nlp.dates.lexicon import (
    DAY,
    MONTH,
    NUMBER_WORDS,
    WEEKDAY,
    WEEKDAY_OPENS,
    YEAR,
    day_number,
    month_number,
)
from annotations.nlp.dates.rules import A_NUMBER, Rule, free_after, rule
from annotations.nlp.dates.values import Context, Value, between, day_value, full_year, near_anchor
from annotations.nlp.dates.weekdays import month_from_publication, on_its_weekday

NOT_NUMBER_BEFORE = r"(?:[\d.,:/#№°$€£-]|\d |n°)"  # inside a longer number, a code or an amount
WD = rf"(?:{WEEKDAY}\s+)"
# The words a day of the month opens on (a rule's `opens`), after its weekday or not: "lundi", "lun.",
# "14", "1er", "premier", "quinze".
NAMED_DAY_OPENS = (*WEEKDAY_OPENS, A_NUMBER, "premier", *NUMBER_WORDS)
# "vingt-neuf" and "vingt et un" are one day
_DAY_SEP = r"(?:\s*(?:au|et\s+le|et(?!\s+une?\b)|jusqu'au|à)\s*|\s*[-–]\s*(?=\d))"
# A time after a range's first day stays in the range: "du lundi 11 mai à 20 h au mercredi 13 mai".
_CLOCK = r"(?:\s+(?:à|vers|dès)\s+\d{1,2}\s?h(?:\s?\d{2})?)?"
# The days listed before the last one ("les 4, 5 et 6 mai"), which carries the month and the year.
_LIST_TAIL = (
    rf"(?:\s*,\s*(?:le\s+)?{WD}?{DAY})*\s*,?\s+et\s+(?!une?\b)(?:le\s+)?{WD}?{DAY}\s+(?P<month>{MONTH})"
    rf"(?:\s+(?P<year>{YEAR}))?(?![\w])"
)


def day_of(match: re.Match, group: str = "day") -> int | None:
    text = match[group]
    if text in ("un", "une"):
        return None  # "un mars" is no day
    return day_number(text)


def year_of(match: re.Match, context: Context, year_group: str = "year") -> int | None:
    return full_year(match[year_group], context) if match.groupdict().get(year_group) else None


def date_of(match: re.Match, context: Context) -> Value | None:
    """Day, month (in words or figures) and year (optional)."""
    day, month = day_of(match), match["month"]
    month = int(month) if month.isdigit() else month_number(month)
    if day is None:
        return None
    year = year_of(match, context)
    if year is not None:
        return day_value(year, month, day)
    named = _on_weekday_near(context, month, day, match.groupdict().get("weekday"))
    return named or near_anchor(context, lambda year: day_value(year, month, day))


def _on_weekday_near(context: Context, month: int, day: int, weekday: str | None) -> Value | None:
    """ "jeudi 14 mai": a year whose 14 May is a Thursday, if one is near."""
    named = on_its_weekday(context, month, day, weekday) if weekday else None
    if weekday and not named and not context.on_publication:
        # the weekday fits no year near the text's date: that date is no timeline for this day, the news is ("la
        # réforme, entrée en vigueur en septembre 2022, ... : la rentrée est fixée au lundi 24 août", said in 2026)
        named = on_its_weekday(replace(context, previous=None), month, day, weekday)
    return named


def _day_range(match: re.Match, context: Context) -> Value | None:
    """ "du 13 au 15 juillet", "10 juin au 1er juillet 2025", "10/1-11/2/2017"."""
    first_day, last_day = day_of(match, "day1"), day_of(match, "day2")
    month2 = match["month2"]
    month2 = int(month2) if month2.isdigit() else month_number(month2)
    month1 = match.groupdict().get("month1") or month2
    month1 = int(month1) if str(month1).isdigit() else month_number(month1)
    if first_day is None or last_day is None:
        return None
    crossing = month1 > month2  # "du 20 décembre au 3 janvier" ends in the next year
    year = year_of(match, context, "year2")
    if year is None:
        # after a date of the text, "du samedi 17 octobre au lundi 2 novembre" is in a year whose 2 November is a
        # Monday, if one is near (against the publication, the clause's tense places it, as Duckling's reading does)
        weekday = None if context.on_publication else match.groupdict().get("weekday2")
        last = _on_weekday_near(context, month2, last_day, weekday)
        year1 = year_of(match, context, "year1")
        if not last and year1 is not None:
            return _days_between(
                year1, month1, first_day, year1 + crossing, month2, last_day
            )  # "du 20 décembre 2025 au 3 janvier"
        if not last:
            # the whole range is placed, not its last day alone: begun by the publication in a past clause (its
            # first day decides, as a single day's does), not over in a future one
            return near_anchor(
                context, lambda year: _days_between(year, month1, first_day, year + crossing, month2, last_day)
            )
        year = last.earliest.year
    if year is None:
        return None
    first_year = year_of(match, context, "year1") or (year - 1 if crossing else year)
    return _days_between(first_year, month1, first_day, year, month2, last_day)


def _days_between(year1: int, month1: int, day1: int, year2: int, month2: int, day2: int) -> Value | None:
    first, last = day_value(year1, month1, day1), day_value(year2, month2, day2)
    return between(first, last) if first and last else None


def _bare_day_range(match: re.Match, context: Context) -> Value | None:
    """ "du 13 au 18": days of the anchor's month; "entre le 20 et le 25 de ce mois", "du 10 au 20 du mois prochain":
    of the publication's month, or the one after (before) it."""
    anchor = context.anchor
    if match["of"] and not context.today:
        return None  # "du 10 au 20 du mois prochain" with no publication date: no month to count from
    if match["of"]:
        anchor = month_from_publication(context, match["direction"])
    first_day, last_day = day_of(match, "day1"), day_of(match, "day2")
    if not anchor or anchor.unit == "year" or first_day is None or last_day is None:
        return None
    start = anchor.earliest
    first, last = day_value(start.year, start.month, first_day), day_value(start.year, start.month, last_day)
    return between(first, last) if first and last else None


_BETWEEN_BEFORE = re.compile(r"\bentre\s+(?:les\s+)?$", re.I)  # "entre les 13 et 14 décembre"


def _range_not_a_list(text: str, match: re.Match) -> bool:
    """ "et" makes a range only after "entre" ("entre le 13 et le 15 mai"); "les 13 et 14 décembre",
    "le 13 mai et le 2 juin" are days listed, each its own date."""
    joint = text[match.end("day1") : match.start("day2")]
    if not re.search(r"\bet\b", joint, re.I) or match[0].lower().startswith("entre"):
        return True
    return bool(_BETWEEN_BEFORE.search(text, max(0, match.start() - 12), match.start()))


_OF_AFTER = re.compile(r"\s+(?:des?|du|d')(?![\w])", re.I)


def _not_fractions(text: str, match: re.Match) -> bool:
    """ "du 3/4 au 5/6 des votants" are fractions of something: a yearless range of numeric days with one-figure
    months and a "de" after is none; so are shares, odds and ratios that run back ("du 3/4 au 1/2": only December
    runs into January) or follow a verb of change ("la cote est passée du 5/2 au 7/2")."""
    short = len(match["month1"]) == 1 and len(match["month2"]) == 1
    if short and _OF_AFTER.match(text, match.end()):
        return False
    first, last = (int(match["month1"]), day_of(match, "day1") or 0), (int(match["month2"]), day_of(match, "day2") or 0)
    if first > last and first[0] != 12:
        return False
    return change_verb(text, match.start()) is None


_LIST_HEAD = re.compile(rf"\bles?\s+{WD}?{DAY}(?:\s*,\s*(?:le\s+)?{WD}?{DAY})*\s*,\s*$", re.I)


def _listed(text: str, match: re.Match) -> bool:
    """A day listed before the last one: the first ("les 4", "des 15 et 22 mars", "aux 1er et 2 décembre", "les
    dimanches 13 et 20 décembre"), or one after a comma that follows the list's first ("5" in "les 4, 5 et 6 mai")."""
    if match[0][:1].lower() in ("l", "d", "a") or match.group("weekday"):
        return True
    return bool(_LIST_HEAD.search(text, max(0, match.start() - 60), match.start()))


def day_rules() -> list[Rule]:
    """Lists and ranges of days, before any rule reading one day ("14 décembre" in "les 13 et 14
    décembre" is read by the one-day rule, after the list's first days)."""
    # Long as a table is: one rule an entry, in the grammar's order.
    return [
        rule(
            rf"(?:(?:les?|des|aux)\s+)?(?:(?P<weekday>{WEEKDAY})s?\s+)?(?P<day>{DAY})(?![\w])(?={_LIST_TAIL})",
            date_of,
            r"\bentre\s+",
            guard=_listed,
            needs="month",
            opens=("le", "les", "des", "aux", *NAMED_DAY_OPENS),
        ),
        rule(  # "du 10 juin au 1er juillet 2025", "du 13 au 15 juillet": the first day's month (and year) optional
            rf"(?:du\s+|entre\s+le\s+|entre\s+)?{WD}?(?P<day1>{DAY})(?:\s+(?P<month1>{MONTH})(?:\s+(?P<year1>{YEAR}))?{_CLOCK})?{_DAY_SEP}(?:le\s+)?(?:(?P<weekday2>{WEEKDAY})\s+)?(?P<day2>{DAY})\s+(?P<month2>{MONTH})(?:\s+(?P<year2>{YEAR}))?(?![\w])",
            _day_range,
            guard=_range_not_a_list,
            needs="month",
            opens=("du", "entre", *NAMED_DAY_OPENS),
        ),
        rule(  # "10/1-11/2/2017", "du 01/02/2027 au 15/03/2027", "entre le 3/2 et le 5/3/2027"
            r"(?:du\s+|entre\s+le\s+)?(?P<day1>1er|\d{1,2})/(?P<month1>\d{1,2})(?:/(?P<year1>\d{4}|\d{2}))?"
            r"(?:\s*[-–]\s*|\s+(?:au|et\s+le)\s+)(?P<day2>\d{1,2})/(?P<month2>\d{1,2})/(?P<year2>\d{4}|\d{2})(?![\d/])",
            _day_range,
            NOT_NUMBER_BEFORE,
            guard=_range_not_a_list,
            needs="numeric_date",
        ),
        rule(  # the Swiss dots: "du 27.11 au 1.12.2034", "du 4 au 8.12.2034"; only after "du" or "entre le", the last
            # day with its year (no decimals: "de 1.5 à 2.5")
            r"(?:du|entre\s+le)\s+(?P<day1>1er|\d{1,2})(?:\.(?P<month1>\d{1,2})\.?)?\s+(?:au|et\s+le)\s+"
            r"(?P<day2>\d{1,2})\.(?P<month2>\d{1,2})\.(?P<year2>\d{4}|\d{2})(?![\d.]\d|\d)",
            _day_range,
            guard=_range_not_a_list,
            needs="numeric_date",
            opens=("du", "entre"),
        ),
        rule(  # "du 02/11 au 05/11", "entre le 3/6 et le 7/6": yearless, only after "du" or "entre le"
            r"(?:du|entre\s+le)\s+(?P<day1>1er|\d{1,2})/(?P<month1>\d{1,2})\s+(?:au|et\s+le)\s+"
            r"(?P<day2>\d{1,2})/(?P<month2>\d{1,2})(?![\d/]|[.,]\d)",
            _day_range,
            guard=_not_fractions,
            needs="numeric_date",
            opens=("du", "entre"),
        ),
        rule(
            rf"(?:du|entre\s+le)\s+{WD}?(?P<day1>{DAY})\s+(?:au|et\s+le)\s+{WD}?(?P<day2>{DAY})(?![\w])"
            r"(?P<of>\s+(?:courant|de\s+ce\s+mois(?:-ci)?|du\s+mois\s+(?:en\s+cours|(?P<direction>prochain|dernier)))(?![\w-]))?",
            _bare_day_range,
            guard=free_after,
            needs="digit",
            opens=("du", "entre"),
        ),
    ]


# A mark out of ten or twenty is no date: "a reçu la note de 8/10", "noté 12/20", "une moyenne de 11/20".
_MARK_NOUNS = r"(?:note|notes|notée?s?|moyenne|score)"
_RATING_BEFORE = re.compile(rf"\b{_MARK_NOUNS}\s+(?:de\s+|d'|:\s*)?$", re.I)
_MARK_IN_CLAUSE = re.compile(rf"\b{_MARK_NOUNS}\b[^.;:!?,\d]*\b(?:de|à|sur)\s+$", re.I)


def dated_fraction(text: str, match: re.Match) -> bool:
    """ "17/02", "17/2" are dates when the month has two digits, or the day is past 12 (no
    fraction is written so), or a day word leads them ("le 2/3"); "2/3" alone is a fraction,
    "24/7" (every hour of every day) a phrase, "la note de 8/10" a mark."""
    if match[0] == "24/7" or _RATING_BEFORE.search(text, max(0, match.start() - 20), match.start()):
        return False
    if (
        match["month"] == "10"
        and match.start("day") == match.start()
        and _MARK_IN_CLAUSE.search(text, max(0, match.start() - 60), match.start())
    ):
        return False  # "la note attribuée par l'agence est de 7/10": a mark out of ten, its noun a few words back
    return len(match["month"]) == 2 or int(match["day"]) > 12 or match.start("day") > match.start()
