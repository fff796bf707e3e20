"""Date values: bounds, the unit they are written in, their ISO 8601 form, and calendar arithmetic.

A value is the interval [earliest, latest] (days, both included) plus the unit it is written in
("year", "month" or "day"). Its ISO form is one unit ("2016", "2024-11", "2018-02-01"), an
interval of units ("2015/2018", "2012-12/2013-01", "2013-03-21/2013-03-31"), or an interval with
an open end: "../1999-12-31" (before 2000), "2015/.." (since 2015). An open bound is stored as
`date.min` or `date.max`, so that `earliest` and `latest` are always dates and a search for the
dates overlapping [from, to] needs no special case.

Month and year arithmetic is `dateutil.relativedelta` (31 January + 1 month = 28 February).
Arithmetic past the calendar (year 0 or 10000) raises OverflowError or ValueError: the
extraction keeps the span and leaves its value out.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import cached_property

from dateutil.relativedelta import relativedelta

from annotations.nlp.dates.tense import (
    own_past,
    own_verb_to_come,
    perfect_before_in_paragraph,
    present_around,
    said_to_come,
)
from annotations.nlp.dates.tense import tense as clause_tense
from annotations.nlp.dates.verbs import moved_to

ORDER = ("year", "month", "week", "day")
_BROUGHT_FORWARD = re.compile(r"\bavanc(?:é|ée|és|ées)\s+(?:au|aux|à)\s+$")
# "le 30 avril dernier délai" is a deadline's last day, not the past one
_WORD_AFTER = re.compile(r"\s+(\w+)\b(?!\s+d[ée]lai)")


@dataclass(frozen=True)
class Value:
    earliest: date
    latest: date
    unit: str  # year, month or day: how the bounds are written
    open_start: bool = False
    open_end: bool = False
    # The date an open value runs from or to, as the text names it: "2015" of "depuis 2015" (2015/..)
    # and of "avant 2015" (../2014-12-31); what TimeML calls the expression's value.
    named: str | None = None

    @cached_property  # read several times per date found (its span widened, its cue, its ISO form)
    def precision(self) -> str:
        if self.open_start or self.open_end:
            return "range"
        return self.unit if self == unit_value(self.earliest, self.unit) else "range"

    @property
    def iso(self) -> str:
        if self.open_start:
            return f"../{iso(self.latest, self.unit)}"
        if self.open_end:
            return f"{iso(self.earliest, self.unit)}/.."
        if self.precision != "range":
            return iso(self.earliest, self.unit)
        return f"{iso(self.earliest, self.unit)}/{iso(self.latest, self.unit)}"

    @property
    def is_open(self) -> bool:
        return self.open_start or self.open_end


def iso(day: date, unit: str) -> str:
    if unit == "year":
        return f"{day.year:04d}"
    if unit == "month":
        return f"{day.year:04d}-{day.month:02d}"
    return day.isoformat()


def unit_value(day: date, unit: str) -> Value:
    """The whole year, month or day holding `day` (a week is Monday to Sunday, written in days)."""
    if unit == "year":
        return Value(date(day.year, 1, 1), date(day.year, 12, 31), "year")
    if unit == "month":
        return Value(day.replace(day=1), day.replace(day=calendar.monthrange(day.year, day.month)[1]), "month")
    if unit == "week":
        monday = day - timedelta(days=day.weekday())
        return Value(monday, monday + timedelta(days=6), "day")
    return Value(day, day, "day")


def year_value(year: int) -> Value:
    return unit_value(date(year, 1, 1), "year")


def month_value(year: int, month: int) -> Value:
    return unit_value(date(year, month, 1), "month")


def day_value(year: int, month: int, day: int) -> Value | None:
    """The day, or None when the calendar has no such day (30 février)."""
    if not (1 <= month <= 12 and 1 <= day <= 31 and 1 <= year <= 9999):
        return None
    if day > calendar.monthrange(year, month)[1]:
        return None
    return unit_value(date(year, month, day), "day")


def days(first: date, last: date) -> Value:
    return Value(first, last, "day")


def between(first: Value, last: Value) -> Value | None:
    """From the start of `first` to the end of `last`; None when they are not in that order."""
    if last.latest <= first.earliest or last.earliest < first.earliest:
        return None
    unit = first.unit if first.unit == last.unit else "day"
    return Value(first.earliest, last.latest, unit)


def moved(day: date, amount: int, unit: str) -> date:
    """`day` moved by `amount` years, months, weeks or days."""
    if unit == "week":
        return day + timedelta(weeks=amount)
    if unit == "day":
        return day + timedelta(days=amount)
    return day + relativedelta(**{unit + "s": amount})


def period(anchor: Value, unit: str, amount: int) -> Value:
    """The whole year, month, week or day `amount` units from the one holding `anchor`."""
    day = anchor.earliest if amount <= 0 else anchor.latest
    return unit_value(moved(day, amount, unit), unit)


def periods(anchor: date, unit: str, count: int) -> Value:
    """The `count` whole units after the one holding `anchor` (before it when count < 0)."""
    first, last = (count, -1) if count < 0 else (1, count)
    start, end = period(unit_value(anchor, "day"), unit, first), period(unit_value(anchor, "day"), unit, last)
    return Value(start.earliest, end.latest, "day" if unit == "week" else unit)


def finer(unit: str, than: str) -> bool:
    return ORDER.index(unit) > ORDER.index(than)


def open_before(value: Value) -> Value:
    """Before `value`: up to the day before it ("avant 2000" is ../1999-12-31)."""
    return Value(date.min, value.earliest - timedelta(days=1), "day", open_start=True, named=value.iso)


def open_until(value: Value) -> Value:
    """Until `value`, included ("jusqu'en 2020" is ../2020)."""
    return Value(date.min, value.latest, value.unit, open_start=True, named=value.iso)


def open_since(value: Value) -> Value:
    """From `value` on ("depuis 2015" is 2015/..)."""
    return Value(value.earliest, date.max, value.unit, open_end=True, named=value.iso)


def open_after(value: Value) -> Value:
    """After `value`: from the day after it ("après 2000" is 2001-01-01/..)."""
    return Value(value.latest + timedelta(days=1), date.max, "day", open_end=True, named=value.iso)


def nearest(candidates: list[Value], anchor: Value) -> Value | None:
    """The candidate nearest the anchor's span; in the anchor's own year when that is all it says."""
    if anchor.precision == "year":
        candidates = [value for value in candidates if value.earliest.year == anchor.earliest.year] or candidates
    return min(candidates, key=lambda value: _days_from(value, anchor), default=None)


def _days_from(value: Value, anchor: Value) -> int:
    """How far `value` starts from the anchor's span ("le 28 juillet" after "le S1 2027" is 28 days
    past its end, not 208 past its start)."""
    if anchor.earliest <= value.earliest <= anchor.latest:
        return 0
    return min(abs((value.earliest - anchor.earliest).days), abs((value.earliest - anchor.latest).days))


@dataclass(frozen=True)
class Context:
    """What a relative expression is read against."""

    published: date | None
    previous: Value | None = None  # the nearest earlier date of the text, resolved
    previous_nearby: bool = False  # that date is in the same block (paragraph)
    text: str = ""  # the text and the span read, for `tense`
    start: int = 0
    end: int = 0
    narrated: Value | None = (
        None  # the nearest earlier date of the story told, not a report's ("a annoncé lundi le ...")
    )

    @cached_property
    def word_after(self) -> str:
        """The word right after the span, lower-cased ("dernier" in "le 15 mai dernier")."""
        following = _WORD_AFTER.match(self.text, self.end)
        return following.group(1).lower() if following else ""

    @cached_property
    def tense(self) -> str | None:
        """ "future" or "past": what the clause around the span speaks of (worked out on demand)."""
        return clause_tense(self.text, self.start, self.end) if self.text else None

    @property
    def anchor(self) -> Value | None:
        """What a day or month without a year hangs on.

        A timeline goes on within a paragraph ("En janvier 2022, ... Le 15 mars, ..."); past it,
        news speaks of the publication's year, as it does after a span of more than a year
        ("Institutrice de 1955 à 1990, elle s'est éteinte le 5 décembre": a career, then the news;
        "l'hiver 2025" runs on to its January and February). Without a publication date, the
        text's last date.
        """
        if self.previous and (self.previous_nearby or not self.published) and self._previous_can_anchor:
            return self.previous
        return unit_value(self.published, "day") if self.published else None

    @property
    def _previous_can_anchor(self) -> bool:
        """The text's last date spans a year at most (with no publication date, it anchors anyway)."""
        return not self.published or (self.previous.latest - self.previous.earliest).days <= 366

    @property
    def on_publication(self) -> bool:
        """The anchor is the publication day (not a date of the text)."""
        return bool(self.published) and not (self.previous and self.previous_nearby and self._previous_can_anchor)

    @property
    def story(self) -> Value | None:
        """What "la veille", "deux jours plus tard" count from: the text's last date, else the
        publication day; a report's day ("selon un communiqué lu samedi") is none of the story's."""
        if self.narrated or self.previous:
            return self.narrated or self.previous
        return unit_value(self.published, "day") if self.published else None

    @property
    def today(self) -> Value | None:
        return unit_value(self.published, "day") if self.published else None


def full_year(text: str, context: Context) -> int:
    """A year written with four digits, or two: the century that puts it at most ten years after
    the publication (without one, 1970-2069 as POSIX does)."""
    year = int(text.lstrip("'"))
    if len(text.lstrip("'")) == 4:
        return year
    reference = context.published.year if context.published else 2059
    century = (reference + 10) // 100 * 100
    return century + year if century + year <= reference + 10 else century - 100 + year


def _moved_after(context: Context, anchor: Value) -> date:
    """The day a plan's new day comes after: the day set and the publication, or the publication alone for a day
    brought forward ("prévue le 10 juin, a été avancée au 28 mai")."""
    if _BROUGHT_FORWARD.search(context.text, max(0, context.start - 30), context.start):
        return context.published
    return max(anchor.latest, context.published)


def near_anchor(context: Context, make, told: str | None = None) -> Value | None:
    """`make(year)` for the year nearest the anchor (a day or month written without its year).

    "dernier" or "prochain" after it ("le 15 mai dernier") counts from the publication day. So
    does the clause's tense when the anchor is the publication day: in the past, the latest such
    date begun by then; in the future, the first not over by then ("adoptée en juillet"
    published in March is last July; "s'ouvrira le 15 avril" is the coming one); a bound still
    to come ("jusqu'au 3 avril" in a future clause) counts from a date of the text as well, and a future
    clause after a date of an earlier year told in the past counts from the publication. A `told`
    direction (a cue's: "depuis", "d'ici") counts from the anchor whatever the tense.

    Long on purpose: every news convention on a date without its year meets here, in the order they apply.
    """
    guessed = False  # whether the direction is the clause's tense
    if told:
        anchor = context.anchor
    elif (told := _TOLD.get(context.word_after)) and context.published:
        anchor = unit_value(context.published, "day")
    else:
        # a date of the text anchors it; the tense tells from it only for a bound still to come
        # ("installé lundi, il fonctionnera jusqu'au 3 avril": the coming April), as a future clause
        # may name a past event ("sera reçu après la grève du 9 janvier")
        anchor, told = context.anchor, None
        if context.on_publication:
            told, guessed = context.tense, True
        elif (
            anchor
            and context.published
            and anchor.earliest > context.published
            and context.tense != "future"  # "Prévu le 20 juin, le concert a été reporté au 19 septembre"
            and own_past(context.text, context.start, context.end)
        ):
            # what its own words tell over is over by the publication, whatever date to come the text named before it
            # ("L'hôpital, qui rouvrira sa maternité en mars, a fermé la cité le 3 mars")
            anchor, told = unit_value(context.published, "day"), "past"
        elif _present_since(context, anchor):
            # "la réforme, promulguée le 14 avril 2023, s'applique depuis le 1er janvier": a state lasting now began
            # by the publication, not near an older date of the text
            anchor, told = unit_value(context.published, "day"), "past"
        elif context.tense == "future" and context.published and moved_to(context.text, context.start):
            # a day a plan is moved to comes after the day it was set for ("prévu le 2 avril, a été reporté au 9 octobre")
            # and after the publication ("commises le 24 décembre 2023, mis en délibéré au 11 mars")
            anchor, told = unit_value(_moved_after(context, anchor), "day"), "future"
        elif context.tense == "future" and said_to_come(context.text, context.start):
            # "a annoncé hier que les épreuves se tiendraient du 8 au 12 juin": to come from the saying, whatever its
            # year ("En 2019, la mairie a annoncé que le chantier s'achèverait en avril": April 2019)
            told = "future"
        elif _told_over(context, anchor):
            # a date of an earlier year, told in the past, is no timeline for what is still to come ("En
            # 2010, il avait sorti un album ; il remontera sur scène le 14 février": the coming one)
            anchor, told = unit_value(context.published, "day"), "future"
        elif "jusqu" in context.text[max(0, context.start - 9) : context.start + 5].lower():
            told = "future" if context.tense == "future" else None
            if told and context.published and anchor and anchor.earliest > context.published:
                # after a date still to come, a bound to come is the first not over by the publication ("délibéré
                # au 9 juin, et les parties ont jusqu'au 15 mai", said in April: this May)
                anchor = unit_value(context.published, "day")
    if not anchor:
        return None
    years = [anchor.earliest.year + delta for delta in (-1, 0, 1)]
    candidates = [value for value in (make(year) for year in years if 1 <= year <= 9999) if value]
    chosen = _told_way(candidates, anchor, told) if told else nearest(candidates, anchor)
    if chosen and context.published and chosen.earliest > context.published and since_before(context):
        # "depuis le 1er février" has begun by the publication, whatever the clause's verb ("restera")
        return _told_way(candidates, unit_value(context.published, "day"), "past")
    if chosen and not told and _over_before_to_come(context, chosen):
        # "La cour d'appel, saisie en mars, rendra son arrêt le 15 octobre" (published in August): what a future
        # verb says will be done is not over by the publication, whatever the date before it
        return near_anchor(replace(context, previous=None), make)
    if chosen and guessed and told == "past" and (chosen.latest - chosen.earliest).days <= 20:  # a day or a few
        # a past read from the clause is a guess ("la grève annoncée pour la veille de Noël a été levée"): it
        # does not put a day a year back when the same day comes within a month of the publication, unless its
        # own participle tells ("adopté le 5 mars")
        close = nearest(candidates, anchor)
        near = close and _gap(close, anchor.earliest) <= 31 and _gap(chosen, anchor.earliest) > 300
        if near and not own_past(context.text, context.start, context.end):
            return close
    return chosen


def _told_way(candidates: list[Value], anchor: Value, told: str) -> Value | None:
    """The latest candidate begun by the anchor ("past"), or the first not over by then ("future")."""
    if told == "past":
        candidates = [value for value in candidates if value.earliest <= anchor.earliest] or candidates
        return max(candidates, key=lambda value: value.earliest, default=None)
    candidates = [value for value in candidates if value.latest >= anchor.earliest] or candidates
    return min(candidates, key=lambda value: value.earliest, default=None)


def _gap(value: Value, day: date) -> int:
    """Days between `day` and the span of `value` (0 within it)."""
    if value.earliest <= day <= value.latest:
        return 0
    return min(abs((value.earliest - day).days), abs((value.latest - day).days))


def _over_before_to_come(context: Context, chosen: Value) -> bool:
    """The date read near the text's date is over by the publication, less than a year before it (a history
    told in the future keeps its year: "En 1789, ... la Bastille tombera le 14 juillet"), and its own verb is
    in the future."""
    if not context.published or chosen.latest >= context.published or context.tense != "future":
        return False
    if (context.published - chosen.latest).days > 366:
        return False
    return own_verb_to_come(context.text, context.start)


def _told_over(context: Context, anchor: Value) -> bool:
    """A future clause after a date of an earlier year than the publication's, told in a compound past (in its
    sentence or the one before)."""
    if context.tense != "future" or not context.published or anchor.latest.year >= context.published.year:
        return False
    return perfect_before_in_paragraph(context.text, context.start)


_SINCE_BEFORE = re.compile(r"\bdepuis\s+$", re.I)


def _present_since(context: Context, anchor: Value | None) -> bool:
    """ "depuis" a day of an earlier year's timeline, in a clause in the present."""
    if not context.published or not anchor or anchor.latest.year >= context.published.year or not since_before(context):
        return False
    return present_around(context.text, context.start, context.end)


def since_before(context: Context) -> bool:
    """ "depuis" right before the date: begun by the publication ("depuis le 1er février", "depuis samedi")."""
    return bool(_SINCE_BEFORE.search(context.text, max(0, context.start - 12), context.start))


_TOLD = {"dernier": "past", "dernière": "past", "passé": "past", "passée": "past"}
_TOLD.update({"prochain": "future", "prochaine": "future"})
