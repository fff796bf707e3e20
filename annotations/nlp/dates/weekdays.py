"""Weekdays and weekends, bare or with their direction or day ("lundi", "mardi prochain", "ce
week-end", "mercredi 13"), and a bare day ("le 16"): the rules of `relative` read them here.

A bare weekday is the latest one, the publication day included, unless its clause speaks of the
future (module `tense`) or ends a state that lasts ("fermées jusqu'à lundi"): then the next one (a schedule in the
present, "a lieu lundi", may be the publication day; a future of the past counts from the saying's own weekday).
"""

from __future__ import annotations

import re
from datetime import timedelta

from annotations.nlp.dates.bounds import decided_before
from annotations.nlp.dates.lexicon import WEEKDAY, WEEKDAYS, alternatives, day_number, direction, weekday_number
from annotations.nlp.dates.tense import told_over
from annotations.nlp.dates.values import (
    Context,
    Value,
    day_value,
    days,
    month_value,
    near_anchor,
    period,
    since_before,
    unit_value,
)
from annotations.nlp.dates.verbs import SAID, clause_start, reported_future, takes_place_before

SATURDAY = 5
# Before a weekday, the end of a state ("fermées jusqu'à lundi"), a deadline ("au plus tard jeudi") or the start of one to come ("un redoux à partir de
# mardi", "dès lundi"): the coming one unless the clause is in the past ("a fermé à partir de mardi").
_BOUND_BEFORE = re.compile(
    r"(?:jusqu'(?:à|au)|à partir d[eu]|à compter d[eu]|à dater d[eu]|dès|au plus tard|d'ici)\s+(?:ce\s+|le\s+)?$", re.I
)


# A fixture or a timetable told in the present, its weekday right after the verb, is to come: "Le club dispute samedi sa
# finale", "Lens reçoit dimanche Brest", "Les vacances commencent samedi", "le festival se termine mardi" (not "a
# disputé samedi", "a commencé samedi", a past clause).
_TIMETABLE = (
    r"commencen?t?|débuten?t?|reprend|reprennent|expiren?t?|tomben?t?|se\s+(?:termine|terminent|tient|tiennent)"
    r"|s'(?:achève|achèvent|ouvre|ouvrent|élance|élancent)"
)
# The second weekday of a pair takes the first's verb: "Le tournoi se tient samedi et dimanche".
_FIXTURE_BEFORE = re.compile(
    rf"\b(?:dispute|disputent|reçoit|reçoivent|affronte|affrontent|joue|jouent|{_TIMETABLE})\s+"
    rf"(?:(?:{alternatives(WEEKDAYS)})\s*(?:,|et|ou)\s+)?$",
    re.I,
)
# A host's or a side's present with its object before the weekday: "Lens reçoit Brest samedi", "Le président reçoit les
# syndicats mardi", "Abidjan accueille le salon dimanche" (no comma between: "Lens reçoit Nice, battu samedi").
_FIXTURE_OBJECT_BEFORE = re.compile(
    r"\b(?:reçoit|reçoivent|affronte|affrontent|accueille|accueillent|dispute|disputent|joue|jouent)"
    r"\s+(?:[^\s,.;:!?()]+\s+){1,4}$",
    re.I,
)
# A fait divers told in the present opens on an indefinite subject, and what it "reçoit", "joue" or where it "tombe" is
# over: "Un policier reçoit un coup de couteau samedi", "Un enfant joue avec des allumettes samedi", "Un arbre tombe lundi
# sur une voiture", not a host's or a side's agenda ("Lens reçoit Brest samedi", "Le verdict tombe lundi"). Not the
# calendar's verbs: "Une braderie se tient samedi" is an agenda's.
_STORY_SUBJECT = re.compile(r"\s*(?:un|une)\s+(?:[^\s,.;:!?()]+\s+){1,3}", re.I)
_BEFALLS = re.compile(r"reçoi|tomb|jou|disput|affront|accueil", re.I)


def _told_as_a_story(text: str, verb: re.Match) -> bool:
    """The fixture's verb `verb` befalls an indefinite subject opening its sentence: a fait divers, over."""
    if not _BEFALLS.match(verb[0]):
        return False
    sentence = re.split(r"[.!?:\n]", text[max(0, verb.start() - 50) : verb.start()])[-1]
    return bool(_STORY_SUBJECT.fullmatch(sentence))


# A timetable's present said on the very day it names is that day: "Les soldes commencent mercredi", published on a
# Wednesday, as "La collecte a lieu lundi" on a Monday.
_TIMETABLE_BEFORE = re.compile(rf"\b(?:{_TIMETABLE})\s+$", re.I)


# "ouvert du lundi au vendredi": with their articles, a week's habit (this week's is "de lundi à vendredi");
# "la nuit du samedi au dimanche" is one night.
_HABIT = re.compile(rf"(?<!nuit )\bdu\s+{WEEKDAY}\s+au\s+{WEEKDAY}\b", re.I)


# "les horaires du dimanche", "le marché du samedi": a habit; not "la nuit du samedi", nor "les bouchons du
# samedi matin", a part of one day.
_OF_THE_WEEKDAY = re.compile(r"(?<!nuit )(?<!soirée )(?<!matinée )(?<!journée )\bdu\s+$", re.I)
DAY_PART = r"(?:matin|midi|après-midi|soir)"
_PART_OF_DAY_AFTER = re.compile(rf"\s+{DAY_PART}\b", re.I)


def not_a_weekly_habit(text: str, match: re.Match) -> bool:
    """A bare weekday that is no habit ("ouvert du lundi au vendredi", "les horaires du dimanche")."""
    around = _HABIT.finditer(text, max(0, match.start() - 20), match.end() + 20)
    if any(habit.start() <= match.start() < habit.end() for habit in around):
        return False
    return not _OF_THE_WEEKDAY.search(text, max(0, match.start() - 12), match.start()) or bool(
        _PART_OF_DAY_AFTER.match(text, match.end())
    )


def weekday(match: re.Match, context: Context) -> Value | None:
    """A weekday, bare or with "prochain", "dernier", "suivant", "en huit", "de la semaine
    prochaine"."""
    # Over 40 lines: one case a way of placing the day, in the order they apply; each is a line or two.
    if not context.today:
        return None
    target = weekday_number(match["weekday"])
    groups = match.groupdict()
    word = (groups.get("direction") or "").strip()
    today = context.published
    if groups.get("week") or groups.get("week_word"):
        word = groups.get("week_word") or "cette"
        base = context.story if word.startswith(("suivante", "précédente", "d'")) else context.today
        week = period(unit_value(base.earliest, "week"), "week", direction(word))
        return unit_value(week.earliest + timedelta(days=target), "day")
    if groups.get("later"):
        ahead = (target - today.weekday()) % 7
        return unit_value(today + timedelta(days=ahead + (7 if groups["later"] in ("huit", "8") else 14)), "day")
    if word.startswith(("suivant", "d'après", "précédent", "d'avant")):
        story = context.story
        sign = direction(word)
        return unit_value(next_weekday(story.earliest if sign > 0 else story.latest, target, sign), "day")
    if groups.get("this") and today.weekday() == target:
        return unit_value(today, "day")  # "ce mercredi", said on a Wednesday
    if groups.get("this") and target > today.weekday() and context.tense != "past":
        # "ce vendredi" said on a Tuesday is this week's, still to come, unless a past clause tells it over
        return unit_value(today + timedelta(days=target - today.weekday()), "day")
    if not word and _this_week_before(context) and not _told_as_any_other(context):
        # "À la télé cette semaine : le documentaire est diffusé jeudi": that week's day
        return unit_value(today + timedelta(days=target - today.weekday()), "day")
    if not word and (day := _scheduled_or_said(context, target)):
        return unit_value(day, "day")
    # The coming one: said so, or in a clause about the future, or the end of a state that lasts
    # ("fermées jusqu'à lundi", not in a past clause)
    until = _BOUND_BEFORE.search(context.text, max(0, context.start - 16), context.start)
    fixture = _FIXTURE_BEFORE.search(context.text, max(0, context.start - 32), context.start) or (  # its own verb
        context.tense is None and _FIXTURE_OBJECT_BEFORE.search(context.text, max(0, context.start - 60), context.start)
    )
    if fixture and _told_as_a_story(context.text, fixture):
        fixture = None
    coming = fixture or context.tense == "future" or (until and context.tense != "past")
    if not word and since_before(context):
        coming = (
            False  # "depuis samedi": begun by the publication, whatever the verb ("ouverte depuis samedi, le restera")
        )
    if word.startswith(("prochain", "qui vient")) or (not word and coming):
        return unit_value(next_weekday(today, target, 1), "day")
    if word:
        return unit_value(next_weekday(today, target, -1), "day")
    return unit_value(_over_before_the_next(context, target), "day")


# The next weekday of a list told together: "a disputé samedi et dimanche", "lundi, mardi et ce mercredi"; a list ends
# on "et" with no comma before it ("Il a plu lundi, et mercredi la tempête frappera": a clause of its own, no list).
_NEXT_IN_LIST = re.compile(rf"\s*(?:,\s*|\s+et\s+)(?:ce\s+)?({WEEKDAY})(?![\w])", re.I)
_LIST_TAIL = re.compile(rf"(?:\s*,\s*(?:ce\s+)?{WEEKDAY})*\s+et\s+(?:ce\s+)?{WEEKDAY}(?![\w])", re.I)


def _over_before_the_next(context: Context, target: int):
    """The latest `target` weekday by the publication day; in a list of weekdays told over, the latest one before
    the next of the list ("Le club a disputé samedi et dimanche", published on a Saturday: the Saturday before that
    Sunday, not the publication day)."""
    today, following, at = context.published, [], context.end
    while (
        _LIST_TAIL.match(context.text, at) and len(following) < 6 and (listed := _NEXT_IN_LIST.match(context.text, at))
    ):
        following.append(weekday_number(listed[1]))
        at = listed.end()
    day = today
    for position, number in enumerate(reversed([target, *following])):
        back = (day.weekday() - number) % 7
        day -= timedelta(days=back if back or position == 0 else 7)  # the last of the list may be the publication day
    return day


# A saying told in the compound past on a weekday of its own, then "que": "Le ministre a assuré vendredi qu'il serait
# publié lundi", "Vendredi, le maire a annoncé que la crèche ouvrirait lundi".
_SAID_ON = re.compile(
    rf"^\s*(?:(?P<opening>{WEEKDAY})(?:\s+{DAY_PART})?\s*,\s*)?(?:[^,;:]*?)?"
    rf"{SAID}(?:(?:ce\s+)?(?P<said>{WEEKDAY})(?:\s+{DAY_PART})?\s+)?"
    r"(?=qu(?:e\s|'))",
    re.I,
)


def _scheduled_or_said(context: Context, target: int):
    """A bare weekday to come counted otherwise than from the day after the publication: a schedule told in the
    present, on that very day ("La collecte a lieu lundi", "Les soldes commencent lundi" published on a Monday: that
    Monday), or a future of the past, from the day it was said; else None."""
    today = context.published
    if today.weekday() == target and (place := takes_place_before(context.text, context.start)):
        return None if place["first"] else today  # "ont lieu samedi et dimanche" on a Sunday: the next ones
    if today.weekday() == target and _TIMETABLE_BEFORE.search(context.text, max(0, context.start - 16), context.start):
        return today
    said = _said_on(context) if context.tense == "future" else None
    return next_weekday(said, target, 1) if said else None


def _said_on(context: Context):
    """The day a future of the past was said, when its weekday is told ("a assuré vendredi que ... lundi": the Monday
    after that Friday, though the article came out on that Monday), else None."""
    before = context.text[clause_start(context.text, context.start) : context.start]
    said = _SAID_ON.match(before)
    named = said and (said["said"] or said["opening"])
    if not named or not reported_future(before[said.end() :].lower()):
        return None
    today = context.published
    return today - timedelta(days=(today.weekday() - weekday_number(named)) % 7)


_NIGHT_BEFORE = re.compile(r"\bnuit\s+$", re.I)
_THIS_WEEK = re.compile(r"\bcette\s+semaine\b(?!-là|\s+(?:suivante|précédente|d'))", re.I)


def _told_as_any_other(context: Context) -> bool:
    """A clause in the future or told over reads its weekday as any other does, "cette semaine" or not ("cette
    semaine, on a appris qu'il avait démissionné vendredi": the last Friday; "le vote aura lieu mardi": the coming
    one)."""
    return context.tense == "future" or told_over(context.text, context.start, context.end)


def _this_week_before(context: Context) -> bool:
    """ "cette semaine" earlier in the weekday's sentence."""
    sentence = re.split(r"[.!?]\s", context.text[max(0, context.start - 200) : context.start])[-1]
    return bool(_THIS_WEEK.search(sentence))


def weekday_range(match: re.Match, context: Context) -> Value | None:
    """ "de lundi à vendredi": from the first weekday, read as a bare one, to the second after it."""
    first = weekday(match, context)
    if not first:
        return None
    # "a placé le département en vigilance de jeudi à vendredi": a period set, from today on; not the night the
    # act was done in ("a placé douze départements en vigilance dans la nuit de dimanche à lundi")
    night = _NIGHT_BEFORE.search(context.text, max(0, context.start - 12), context.start)
    decided = context.tense == "past" and not night and decided_before(context.text, context.start)
    if decided:
        today = context.published
        first = unit_value(today + timedelta(days=(weekday_number(match["weekday"]) - today.weekday()) % 7), "day")
    ahead = (weekday_number(match["weekday2"]) - first.earliest.weekday()) % 7 or 7
    if context.tense == "past" and first.earliest + timedelta(days=ahead) > context.published and not decided:
        first = unit_value(first.earliest - timedelta(days=7), "day")  # a past week's days are all over
    return days(first.earliest, first.earliest + timedelta(days=ahead))


def weekend(match: re.Match, context: Context) -> Value | None:
    """ "le week-end dernier", "le week-end prochain", "ce week-end": its Saturday and Sunday.
    "ce week-end" is the one under way on a Saturday or a Sunday; otherwise the one before in a
    clause in the past ("ce week-end, la foire a attiré..." published on Monday), the next one in
    any other."""
    if not context.today:
        return None
    today = context.published
    said = match["direction"] or ""
    if today.weekday() >= SATURDAY:
        saturday = today - timedelta(days=today.weekday() - SATURDAY)  # the weekend under way
        if said.startswith("prochain"):
            saturday += timedelta(days=7)
        elif said:
            saturday -= timedelta(days=7)
    elif said.startswith("prochain") or (not said and context.tense != "past"):
        saturday = next_weekday(today, SATURDAY, 1)
    else:
        saturday = next_weekday(today, SATURDAY, -1)
    return days(saturday, saturday + timedelta(days=1))


def next_weekday(day, target: int, sign: int):
    """The first `target` weekday strictly after (sign 1) or before (sign -1) `day`."""
    if sign > 0:
        return day + timedelta(days=(target - day.weekday()) % 7 or 7)
    return day - timedelta(days=(day.weekday() - target) % 7 or 7)


def weekday_day(match: re.Match, context: Context) -> Value | None:
    """ "mercredi 13": the 13th nearest the anchor that is a Wednesday (within six months); against
    the publication day, on the side the clause's tense tells ("a fermé le vendredi 27": the last)."""
    anchor, day = context.anchor, day_number(match["day"])
    if not anchor or anchor.unit == "year" or day is None:
        return None
    target = weekday_number(match["weekday"])
    tense = context.tense if context.on_publication else None
    start, nearest = month_value(anchor.earliest.year, anchor.earliest.month), None
    for distance in range(7):
        for sign in (0,) if distance == 0 else (-1, 1):
            month = period(start, "month", sign * distance)
            found = day_value(month.earliest.year, month.earliest.month, day)
            if not found or found.earliest.weekday() != target:
                continue
            nearest = nearest or found
            wrong_side = found.earliest > anchor.earliest if tense == "past" else found.earliest < anchor.earliest
            if tense is None or not wrong_side:
                return found
    return nearest  # none on the tense's side within six months: the nearest


def bare_day(match: re.Match, context: Context) -> Value | None:
    """ "le 16": that day of the anchor's month."""
    anchor, day = context.anchor, day_number(match["day"])
    if not anchor or anchor.unit == "year" or day is None:
        return None
    return day_value(anchor.earliest.year, anchor.earliest.month, day)


def day_of_month_near(match: re.Match, context: Context) -> Value | None:
    """ "le 2 du mois prochain", "le 15 du mois dernier"."""
    if not context.today:
        return None
    month = month_from_publication(context, match["direction"])
    return day_value(month.earliest.year, month.earliest.month, day_number(match["day"]))


def month_from_publication(context: Context, word: str | None) -> Value:
    """The publication's month, or the one after (before) it by `word` ("prochain", "dernier"); none: this month
    ("le 25 de ce mois"). `context` has a publication date."""
    return period(unit_value(context.published, "month"), "month", direction(word) if word else 0)


def on_its_weekday(context: Context, month: int, day: int, weekday: str) -> Value | None:
    """ "jeudi 14 mai" without its year: the year near the anchor whose 14 May is a Thursday, if any."""
    number = weekday_number(weekday)
    return near_anchor(context, lambda year: _if_on(day_value(year, month, day), number))


def _if_on(value: Value | None, weekday: int) -> Value | None:
    return value if value is not None and value.earliest.weekday() == weekday else None
