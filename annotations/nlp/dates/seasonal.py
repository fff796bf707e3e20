"""Seasons said without a year ("cet hiver", "l'été dernier", "à l'automne", "d'ici l'été", "dans le
courant de l'été"): the months of the one the words or the clause's tense point to."""

from __future__ import annotations

import re

from annotations.nlp.dates.periods import season
from annotations.nlp.dates.rules import Rule, rule
from annotations.nlp.dates.tense import past_participle_before
from annotations.nlp.dates.values import Context, Value, near_anchor


def _season_now(match: re.Match, context: Context) -> Value | None:
    """ "l'été dernier", "cet hiver", "le printemps prochain", "l'hiver qui vient": the months of that season."""
    if not context.today:
        return None
    today, name = context.published, match["season"]
    seasons = [season(name, year) for year in range(max(2, today.year - 1), min(9999, today.year + 1) + 1)]
    word = match.groupdict().get("direction") or ""
    if word:
        ahead = word.startswith(("prochain", "qui"))  # "l'hiver qui vient"
        chosen = [s for s in seasons if s.earliest > today][:1] if ahead else [s for s in seasons if s.latest < today]
        if not chosen:
            raise ValueError("no such season in the calendar")
        return chosen[-1]
    # "cet été" said in December is the summer just over, nearer by its end than the next by its start; a clause in the
    # future keeps those not over ("le stade sera rénové cet été", said in December), one in the past those begun and
    # over for half a year at most unless its own participle tells it ("il a été transféré cet été"; but "la ville a
    # décidé de fermer la plage cet été" said in April is the coming summer: the past is the decision's)
    told = context.tense
    lately = 366 if told == "past" and past_participle_before(context.text, context.start) else _HALF_A_YEAR
    kept = [s for s in seasons if (_begun(s, today, lately) if told == "past" else s.latest >= today)] if told else []
    return min(kept or seasons, key=lambda s: 0 if s.earliest <= today <= s.latest else _days_off(s, today))


def _begun(value: Value, day, over_for: int) -> bool:
    """Begun by `day` and over for `over_for` days at most."""
    return value.earliest <= day and (day - value.latest).days <= over_for


_HALF_A_YEAR = 183


def _days_off(value: Value, day) -> int:
    return min(abs((value.earliest - day).days), abs((value.latest - day).days))


# A cue before a season tells which one: the latest begun ("depuis l'automne") or the next not over
# ("d'ici l'été", "jusqu'au printemps"); "dès" goes either way, as the clause's tense says.
_SEASON_CUE = {"depuis": "past", "d'ici": "future", "jusqu'à": "future", "jusqu'au": "future"}
# A season named for what it holds, no date: "le printemps arabe", "l'hiver nucléaire", "l'été indien".
_SEASON_IDIOM = r"(?!\s+(?:indien|arabe|érable|nucléaire|démographique|meurtrier|chaud|sanglant|noir|rouge)\b)"


def _season_near(match: re.Match, context: Context) -> Value | None:
    """ "à l'automne", "en été", "au printemps": the season's months nearest the anchor (the
    clause's tense deciding against the publication day, as for a month)."""
    cue = (match.groupdict().get("cue") or "").lower()
    told = _SEASON_CUE.get(cue.split()[0] if cue else "")
    if cue.startswith("jusqu"):
        told = context.tense or told  # a bound: the next one, unless a past event ("ils ont travaillé jusqu'à")
    return near_anchor(context, lambda year: season(match["season"], year) if 2 <= year <= 9999 else None, told)


_SEASON = r"(?P<season>printemps|été|automne|hiver)"
# After a season: no word, "de" or number ("l'été 2003", "l'hiver de sa vie"), and no idiom.
_SEASON_END = rf"(?![\w-])(?!\s+(?:de|d'|\d)){_SEASON_IDIOM}"


def season_rules() -> list[Rule]:
    """The rules of seasons without a year, in the order the grammar tries them."""
    return [
        rule(
            rf"(?:l'|le\s+|au\s+){_SEASON}\s+(?P<direction>dernier|prochain|passé|qui\s+vient(?!\s+d(?:e\b|['’])))\b",  # not "qui vient de s'achever"
            _season_now,
            needs="season",
        ),
        rule(rf"(?:cet\s+|ce\s+){_SEASON}\b(?!-là)", _season_now, needs="season"),
        rule(rf"(?:à\s+l'|en\s+(?:plein\s+)?|au\s+){_SEASON}{_SEASON_END}", _season_near, needs="season"),
        # "d'ici l'été", "dès l'automne": the season a plan or a start points to (its cue opens it:
        # grammar._OPEN_BEFORE); not "l'été indien", "l'hiver de sa vie", "l'été meurtrier de 2003", nor
        # after "pendant", "avant", "tout", which also say what every year does ("avant l'hiver, taillez")
        rule(
            r"(?P<cue>d'ici(?:\s+à)?|dès|depuis|jusqu'à|jusqu'au)\s+"
            rf"(?P<date>(?:l'|le\s+)?{_SEASON}){_SEASON_END}(?!\s+[^\W\d_]+\s+(?:de|d')\s*\d)",
            _season_near,
            span="date",
            needs="season",
        ),
        # "les plus chauds de l'été", "le premier week-end de l'automne": the season, without its "de";
        # not "les fruits de l'automne", "la mode de l'été", any year's
        rule(
            r"(?:plus|moins|premier|première|dernier|dernière|premiers|premières|derniers|dernières)\s+"
            rf"(?:[^\W\d_]+\s+)?de\s+(?P<date>l'{_SEASON}){_SEASON_END}",
            _season_near,
            span="date",
            needs="season",
        ),
        # "dans le courant de l'été", "courant du printemps": some time in that season, as "courant mars" is in March;
        # not the noun after its article or "de" or an adjective ("le courant de l'été a emporté un baigneur", "les
        # coupures de courant de l'hiver", "un fort courant de l'automne")
        rule(
            rf"courant\s+(?:de\s+l'|du\s+){_SEASON}{_SEASON_END}",
            _season_near,
            r"(?:(?<!dans )\ble|\b(?:un|ce|du|au|de|son|leur|fort|faible|grand|gros|violent|puissant|nouveau)|\bd'|\bl')\s*",
            needs="season",
            opens=("courant",),
        ),
    ]
