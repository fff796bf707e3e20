"""Relative expressions, read against the publication day or the text's latest date.

- Deictic ones ("hier", "la semaine dernière", "il y a deux ans", "les 3 prochains mois",
  "lundi prochain") count from the publication day; without one they are not emitted.
- Anaphoric ones ("la veille", "le lendemain", "deux jours plus tard", "l'année suivante")
  count from the latest date before them in the text, else from the publication day.
- A count of units keeps the unit's precision: "il y a deux ans" is a year, "dans deux mois"
  a month, "il y a trois semaines" a day (weeks are counted in days).
- A bare weekday ("lundi") is the latest one, the publication day included, unless its clause
  speaks of the future (module `tense`): then the next one, after the publication day.
"""

from __future__ import annotations

import re
from datetime import timedelta

from annotations.nlp.dates.counts import AGO_BEFORE, COUNT, ROUND_COUNT, UNIT, UNITS, count_of
from annotations.nlp.dates.extent import CLOCK
from annotations.nlp.dates.lexicon import (
    DAY,
    MONTH,
    NUMBER_OPENS,
    WEEKDAY,
    WEEKDAY_ALONE,
    WEEKDAY_OPENS,
    YEAR,
    day_number,
    direction,
    weekday_number,
)
from annotations.nlp.dates.months import dated_day, part_of_month
from annotations.nlp.dates.periods import nth
from annotations.nlp.dates.rules import (
    A_NUMBER,
    Rule,
    free_after,
    free_after_weekday_day,
    free_and_not_dialled,
    no_day_after_weekday,
    postponed_to,
    rule,
)
from annotations.nlp.dates.seasonal import season_rules
from annotations.nlp.dates.values import (
    Context,
    Value,
    day_value,
    days,
    finer,
    month_value,
    moved,
    period,
    periods,
    unit_value,
)
from annotations.nlp.dates.weekdays import (
    DAY_PART,
    bare_day,
    day_of_month_near,
    not_a_weekly_habit,
    weekday,
    weekday_day,
    weekday_range,
    weekend,
)

_TODAY = {"aujourd'hui": 0, "ce jour": 0, "à ce jour": 0, "dans la journée": 0, "en ce moment": 0}
_TODAY.update({"hier": -1, "avant-hier": -2, "demain": 1, "après-demain": 2})
_TODAY.update({"ce matin": 0, "ce midi": 0, "cet après-midi": 0, "ce soir": 0, "cette nuit": 0, "la nuit dernière": 0})
NEIGHBOURS = {"la veille": -1, "l'avant-veille": -2, "le lendemain": 1, "le surlendemain": 2}
NEIGHBOURS.update({"d'avant": -1, "précédent": -1, "d'après": 1, "suivant": 1})
# What makes "N jours après/avant" count from an event, not from the story's date: "une semaine après ceux de",
# "trois jours avant la fête".
_DETERMINER_AFTER = (
    r"(?:(?:la|le|les|sa|son|ses|leur|leurs|un|une|ce|cet|cette|ces|notre|votre|nos|vos|mon|ma|mes|des|du|"
    r"ceux|celle|celles|celui|cela|ça|lui|elle|eux|elles)\b|l')"
)


def _day_bound(match: re.Match, context: Context) -> Value | None:
    """ "jusqu'au 16": that day of the month of a date of the same paragraph; alone, no date (its month
    unsaid, "le musée sera fermé jusqu'au 16" may be this month's or the next)."""
    return bare_day(match, context) if context.previous and context.previous_nearby else None


def _day_this_month(match: re.Match, context: Context) -> Value | None:
    if not context.today:
        return None
    found = day_value(context.published.year, context.published.month, day_number(match["day"]))
    if found and match["weekday"] and found.earliest.weekday() != weekday_number(match["weekday"]):
        return None  # "le vendredi 16 courant" where the 16th is a Thursday: some other month's, unknown
    return found


def _today(match: re.Match, context: Context) -> Value | None:
    if not context.today:
        return None
    return unit_value(context.published + timedelta(days=_TODAY[match["word"]]), "day")


def _story_day(match: re.Match, context: Context) -> Value | None:
    """ "ce jour-là", "le jour même": the day the text last named; with none before, no date (it
    points back, never to the publication day)."""
    story = context.previous
    return story if story and story.precision == "day" else None


def _neighbour(match: re.Match, context: Context) -> Value | None:
    """ "la veille", "le lendemain du 13 février", "le jour d'après"."""
    base = context.story
    if match.groupdict().get("month"):
        day, month = match["day"], match["month"]
        base = dated_day(day_number(day), month, match["year"], context)
    if not base or base.precision != "day":
        return None
    return unit_value(base.earliest + timedelta(days=NEIGHBOURS[match["word"]]), "day")


def _period_today(match: re.Match, context: Context) -> Value | None:
    """ "la semaine dernière", "l'an prochain", "ce mois-ci", "cette année", "dans la semaine"."""
    if not context.today:
        return None
    groups = match.groupdict()
    return period(context.today, UNITS[match["unit"]], direction(groups.get("direction") or groups["this"]))


def _period_story(match: re.Match, context: Context) -> Value | None:
    """ "l'année suivante", "le mois précédent", "la même année", "ce jour-là"."""
    unit, story = UNITS[match["unit"]], context.story
    if not story or finer(unit, story.unit if story.precision != "range" else "day"):
        return None  # "le mois suivant" after "en 2016" has no month to count from
    return period(story, unit, direction(match["direction"]))


def shifted(anchor: Value, amount: int, unit: str) -> Value:
    """`amount` units from `anchor`, as precise as the unit (weeks are counted in days)."""
    if unit in ("week", "day"):
        return unit_value(moved(anchor.earliest, amount, unit), "day")
    return period(anchor, unit, amount)


# "il y a un siècle d'écart", "il y a trois ans de retard": there are so many of them, no date ("il y a
# deux ans de cela" is one).
_AMOUNT_OF = re.compile(r"\s+d(?:e\s+|')(?!cela\b|ça\b)[^\W\d_]")


# A hedge before the count keeps its date: "il y a tout juste un an", "il y a un peu plus d'un an", "dans près de
# trois mois".
_HEDGE = r"(?:tout\s+juste|exactement|pile|environ|presque)\s+|(?:(?:un\s+peu\s+)?(?:plus|moins)|près)\s+d(?:e\s+|')"


def _ago(match: re.Match, context: Context) -> Value | None:
    """ "il y a deux ans", "dans trois mois", "d'ici deux semaines"."""
    count = count_of(match)
    if (
        not context.today
        or count is None
        or (match["word"] == "il y a" and _AMOUNT_OF.match(match.string, match.end()))
    ):
        return None
    if match["word"].endswith("fait") and not match["exact"]:
        return None  # "cela fait deux ans": a duration
    sign = -1 if match["word"] in ("il y a", "voici", "voilà", "cela fait", "ça fait") else 1
    if match.groupdict().get("exact"):  # "il y a 80 ans jour pour jour": that day, 80 years back
        return unit_value(moved(context.published, sign * count, UNITS[match["unit"]]), "day")
    return shifted(context.today, sign * count, UNITS[match["unit"]])


def _later(match: re.Match, context: Context) -> Value | None:
    """ "deux jours plus tard", "trois ans auparavant": from the text's latest date."""
    unit, story, count = UNITS[match["unit"]], context.story, count_of(match)
    if not story or count is None or finer(unit, story.unit):
        return None
    sign = -1 if match["word"] in ("plus tôt", "auparavant", "avant") else 1
    if match.groupdict().get("exact") and story.precision == "day":
        # "cent ans plus tard, jour pour jour": that day, N years on
        return unit_value(moved(story.earliest, sign * count, unit), "day")
    return shifted(story, sign * count, unit)


def _several(match: re.Match, context: Context) -> Value | None:
    """ "les 3 prochains mois", "les 2 dernières années", "3 semaines passées": whole units
    before or after the current one (from the text's date for "suivants", "précédents")."""
    count = count_of(match)
    word = match["direction"]
    anchor = context.story if word.startswith(("suivant", "précédent")) else context.today
    if not anchor or not count:
        return None
    return periods(anchor.earliest, UNITS[match["unit"]], count * direction(word))


_WEEK_PARTS = {"début": (0, 1), "milieu": (2, 3), "fin": (3, 6)}
_YEAR_PARTS = {"début": (1, 2), "milieu": (6, 7), "fin": (11, 12)}


def _part_of_now(match: re.Match, context: Context) -> Value | None:
    """ "en début de semaine", "à la fin du mois", "en fin d'année": part of the current unit; "à la fin de
    l'année dernière", "au début du mois prochain": of the one before or after it."""
    if not context.today:
        return None
    unit, part, word = UNITS[match["unit"]], match["part"], match["direction"]
    whole = period(context.today, unit, direction(word)) if word else unit_value(context.published, unit)
    if unit == "week":
        first, last = _WEEK_PARTS[part]
        return days(whole.earliest + timedelta(days=first), whole.earliest + timedelta(days=last))
    if unit == "month":
        return part_of_month(whole, part)
    first, last = _YEAR_PARTS[part]
    start, end = month_value(whole.earliest.year, first), month_value(whole.earliest.year, last)
    return Value(start.earliest, end.latest, "month")


def _nth_weekday_of_month(match: re.Match, context: Context) -> Value | None:
    """ "le premier mercredi du mois prochain"."""
    if not context.today:
        return None
    month = period(unit_value(context.published, "month"), "month", direction(match["direction"]))
    return nth(month, match["ordinal"], match["weekday"])


_DIRECTION = r"(?P<direction>dernier|dernière|derniere|passé|passée|prochain|prochaine|qui vient(?!\s+d(?:e\b|'))|suivant|suivante|précédent|précédente|d'après|d'avant)"
_LAST_NEXT = r"(?P<direction>derniers|dernier|dernières|dernieres|dernière|prochains|prochaines)"
_LAST_NEXT_AFTER = (
    r"(?P<direction>passés|passées|passes|passees|suivants|suivantes|suivant|précédents|précédentes|à venir)"
)
# A day's number alone: not a longer number, a decimal, a percentage, a fraction ("le 12 000", "le 3,5", "le 1/4"), nor
# the Québec "5 à 7" (an after-work gathering; "le 5 à 20 heures" stays a day).
_BARE_DAY = r"(?P<day>[12]\d|3[01]|0?[1-9]|1er)(?![\w])(?!\s*(?:[.,]\d|\d|%|/))(?!\s+à\s+\d{1,2}(?![\w:])(?!\s*(?:h\b|heures?\b)))"


def leading_rules() -> list[Rule]:
    """The relative rules that hold a calendar date and must run before the calendar rules."""
    return [
        rule(
            rf"(?P<word>la veille|l'avant-veille|le lendemain|le surlendemain)\s+(?:du|de\s+la|de\s+l')\s+(?:{WEEKDAY}\s+)?(?P<day>{DAY})\s+(?P<month>{MONTH})(?:\s+(?P<year>{YEAR}))?",
            _neighbour,
            needs="neighbour",
        ),
    ]


def relative_rules() -> list[Rule]:
    """The relative rules, after the calendar ones; one long list on purpose: the order is the
    grammar's priority (a weekday with its qualifier before a bare weekday)."""
    return [
        rule(r"(?P<word>la veille|l'avant-veille|le lendemain|le surlendemain)\b", _neighbour, needs="neighbour"),
        rule(r"(?:le\s+)?jour\s+(?P<word>d'avant|précédent|d'après|suivant)\b", _neighbour, needs="jour"),
        rule(r"(?:ce\s+jour-là|le\s+jour\s+même|le\s+même\s+jour)", _story_day, needs="jour"),
        # "ce matin du 3 mars" is that day's morning, but "a fait appel hier du jugement": "hier" then a noun's "du"
        rule(
            r"(?P<word>aujourd'hui|avant-hier|après-demain|hier|demain|à ce jour|ce jour|dans la journée|en ce moment|ce matin|ce midi|cet après-midi|ce soir|cette nuit|la nuit dernière)(?![\w-])(?!(?<!hier)(?<!demain)(?<!hui)\s+du\s)",
            _today,
            r"\b(?:de |d')",
            guard=lambda text, match: not AGO_BEFORE.search(text, max(0, match.start() - 60), match.start()),
            needs="today",
        ),
        rule(
            rf"(?:le\s+|la\s+|l')?(?P<ordinal>premier|première|deuxième|troisième|quatrième|dernier|dernière|\d(?:e|er|ème))\s+(?P<weekday>{WEEKDAY})\s+(?:du|de)\s+(?:la\s+|le\s+)?mois\s+(?P<direction>prochain|dernier|suivant|précédent)",
            _nth_weekday_of_month,
            needs="weekday",
        ),
        # "le jeudi 22 courant", "votre lettre du 3 courant": that day of the publication's month, as notices write it
        rule(
            rf"(?:(?:le|du|au)\s+|(?={WEEKDAY}\s))(?:(?P<weekday>{WEEKDAY})\s+)?{_BARE_DAY}\s+courant\b"
            r"(?!\s+(?:alternatif|continu|électrique)\b)",
            _day_this_month,
            needs="digit",
            opens=("le", "du", "au", *WEEKDAY_OPENS),
        ),
        rule(  # "le 2 du mois prochain": that day of the month after (or before) the publication's, or of its own
            rf"le\s+{_BARE_DAY}\s+(?:du\s+mois\s+(?P<direction>prochain|dernier)\b|(?:de\s+ce|du)\s+mois(?:-ci|\s+en\s+cours)?(?<!du\smois)(?![\w-]))",
            day_of_month_near,
            needs="digit",
            opens=("le",),
        ),
        rule(  # a weekday and what places it: its week ("mardi de la semaine prochaine"), "en huit", "mardi dernier"
            rf"(?:le\s+|ce\s+)?(?P<weekday>{WEEKDAY})\s+"
            r"(?:(?:de\s+)?(?:(?P<week>cette)\s+semaine|la\s+semaine\s+(?P<week_word>prochaine|dernière|derniere|passée|suivante|précédente|d'après|d'avant))"
            rf"|en\s+(?P<later>huit|8|quinze|15)\b|{_DIRECTION}(?![\w]))",
            weekday,
            needs="weekday",
        ),
        # Québec's "la fin de semaine dernière / prochaine" is a weekend (France says "la fin de la semaine dernière");
        # not after a bound or a deadline, where France also drops its "la" ("d'ici la fin de semaine prochaine", "avant
        # / pour / vers / dès la fin de semaine prochaine": the end of that week, its Thursday to Sunday)
        rule(
            r"la\s+fin\s+de\s+semaine\s+(?P<direction>dernière|derniere|passée|prochaine)\b",
            weekend,
            r"\b(?:à|d'ici|jusqu'à|avant|pour|vers|dès|depuis|après) ",
            needs="unit",
            opens=("la",),
        ),
        # Not "le week-end" alone: "le week-end, la plage est pleine" is any weekend.
        rule(
            r"(?:ce\s+week-?end(?![\w-])|(?:le\s+|(?<=\bdu\s)|(?<=\bjusqu'au\s))week-?end\s+(?P<direction>dernier|passé|prochain)\b)",
            weekend,
            needs="weekend",
        ),
        rule(
            # not "vendredi 6 heures", an hour
            rf"(?:le\s+|ce\s+)?(?P<weekday>{WEEKDAY})\s+(?P<day>{DAY})(?![\w])(?!\s+{MONTH})(?!\s*(?:h\b|heures?\b))",
            weekday_day,
            guard=free_after_weekday_day,
            needs="weekday",
        ),
        rule(
            r"(?:l'|la\s+|le\s+)(?P<unit>an|année|mois|semaine)\s+(?P<direction>suivante|suivant|précédente|précédent|d'après|d'avant|qui suit|qui a suivi)\b",
            _period_story,
            needs="unit",
        ),
        rule(r"(?:la\s+|le\s+)(?P<direction>même)\s+(?P<unit>année|mois|semaine)\b", _period_story, needs="unit"),
        rule(r"(?:cette\s+|ce\s+)(?P<unit>année|mois|semaine)(?P<direction>-là)\b", _period_story, needs="unit"),
        rule(
            r"(?:(?:en\s+ce|ce|en|au|à\s+la|la|le)\s+|(?<=\bdu\s)|(?<!\bune\s)(?<!\bchaque\s)(?<!\btoute\s)(?=(?:début|fin)\s+(?:du\s+mois|de\s+l'année)\b))(?P<part>début|milieu|fin)\s+(?:de\s+la\s+|du\s+|de\s+l'|de\s+|d')"
            r"(?P<unit>semaine|mois|année)\b(?:\s+(?P<direction>dernier|dernière|passé|passée|prochain|prochaine)\b)?"
            r"(?!\s+(?:précédent|précédente|suivant|suivante))",
            _part_of_now,
            needs="unit",
            opens=("en", "ce", "au", "à", "la", "le", "début", "milieu", "fin"),
        ),
        rule(
            r"(?:l'|la\s+|le\s+|ce\s+|cette\s+|(?<=\bdu\s))(?P<unit>an|année|mois|semaine)(?:\s+(?P<direction>dernier|dernière|passé|passée|écoulé|écoulée|prochain|prochaine|en cours|qui vient(?!\s+d(?:e\b|')))|(?P<this>-ci))\b",
            _period_today,
            needs="unit",
            opens=("l", "la", "le", "ce", "cette", "an", "année", "mois", "semaine"),  # "du mois prochain": after "du"
        ),
        # not "dans la semaine de la rentrée", an event's week
        rule(
            r"(?P<this>cette|ce|dans la)\s+(?P<unit>année|mois|semaine)\b(?!-)(?!(?<=dans la semaine)\s+d(?:e|u|es|')\b)",
            _period_today,
            needs="unit",
        ),
        rule(
            rf"(?P<word>il y a|dans|d'ici)\s+(?:{_HEDGE})?(?:{COUNT}\s+|{ROUND_COUNT}){UNIT}"
            r"(?P<exact>\s+jour\s+pour\s+jour|\s+aujourd['’]hui)?(?![\w])",
            _ago,
            needs="unit",
            opens=("il", "dans", "d"),
        ),
        # "voici deux ans" (written for "il y a deux ans"), not "voici deux ans qu'il attend" (a duration); "jour pour
        # jour" makes the count an anniversary, "que" or not: "Cela fait dix ans, jour pour jour, que l'usine a fermé"; so
        # does "aujourd'hui" right after it ("Cela fait deux ans aujourd'hui que"; not "Il y a deux ans, aujourd'hui")
        rule(
            rf"(?P<word>voici|voilà|cela fait|ça fait)\s+{COUNT}\s+{UNIT}"
            r"(?:(?P<exact>,?\s+jour\s+pour\s+jour|\s+aujourd['’]hui)|(?!\s+que?\b|\s+qu'))(?![\w])",
            _ago,
            needs="unit",
            opens=("voici", "voilà", "cela", "ça"),
        ),
        # "trois jours après la fête" counts from an event, no date; "huit jours plus tard son entraîneur", "douze
        # jours plus tard sans accord" from the story's date (a determiner after "plus tard" opens the verb's object)
        rule(
            rf"{COUNT}\s+{UNIT}\s+(?P<word>plus tard|plus tôt|auparavant|(?:après|avant)(?!\s+{_DETERMINER_AFTER}))\b"
            r"(?!\s+(?:que\b|qu'|de\b|d'))(?P<exact>,?\s+jour\s+pour\s+jour\b)?",
            _later,
            needs="unit",
            opens=NUMBER_OPENS,
        ),
        rule(rf"(?:les\s+|ces\s+)?{COUNT}\s+{_LAST_NEXT}\s+{UNIT}(?![\w])", _several, needs="unit"),
        rule(
            rf"(?:les\s+|ces\s+)?{COUNT}\s+{UNIT}\s+{_LAST_NEXT_AFTER}(?![\w])(?!\s+(?:la|le|les|l'|son|sa|ses|leur|leurs|un|une|des|cette|ce)\b)",
            _several,
            needs="unit",
            opens=("les", "ces", *NUMBER_OPENS),
        ),
        *season_rules(),
        # "de lundi à vendredi", this week's (without the articles of a habit: "du lundi au vendredi")
        # "de mardi 14 h à mercredi 6 h", "de dimanche soir à mardi matin": hours and parts of a day are no days;
        # "de dimanche à lundi un accord": "un" is an article
        rule(
            rf"(?:de|entre)\s+(?P<weekday>{WEEKDAY})(?:\s+(?:{CLOCK}|{DAY_PART}))?\s+(?:à|et)\s+(?P<weekday2>{WEEKDAY})"
            rf"(?:\s+(?:{CLOCK}|{DAY_PART}))?(?![\w-])(?!\s+(?!une?\b)(?:{DAY})\b(?!\s*(?:h\b|heures?\b)))",
            weekday_range,
            needs="weekday",
        ),
        rule(
            # not before its day ("mardi 13"), but "un" after it is an article: "a condamné mardi un adjoint",
            # and an hour is no day ("vendredi 6 heures")
            rf"(?P<this>ce\s+)?(?P<weekday>{WEEKDAY_ALONE})(?![\w])",
            weekday,
            # "tombe un samedi": any Saturday; "chaque premier dimanche du mois": a rule, no day
            r"\b(?:le|les|un|chaque|tous les|premier|deuxième|troisième|quatrième|dernier) ",
            guard=lambda text, match: no_day_after_weekday(text, match) and not_a_weekly_habit(text, match),
            needs="weekday",
        ),
        rule(
            # not "le premier" alone, a pronoun far more often ("le dernier train et le premier à 5 h")
            rf"(?P<cue>le|ce)\s+{_BARE_DAY}",
            bare_day,
            guard=free_and_not_dialled,
            needs="digit",
            opens=("le", "ce"),
        ),
        rule(rf"au\s+{_BARE_DAY}", bare_day, guard=postponed_to, needs="digit", opens=("au",)),
        # a bound in the month of a date just before: "le 3 juillet ... jusqu'au 16" (the cue opens it, see
        # grammar._opened)
        rule(rf"(?<=\bjusqu'au\s){_BARE_DAY}", _day_bound, guard=free_after, needs="digit", opens=(A_NUMBER,)),
    ]
