"""Times of a race or a match written in hours, minutes and seconds (`quantities` reads them first):
"2 h 05 min 12 s", "1 min 52,07 s", "48 min 31 s", "2 h 41 min", "2 heures 5 minutes et 12 secondes". One
length, counted in the smallest unit written: 7512 `seconde`, 112.07 `seconde`, 2911 `seconde`, 161 `minute`; with the bound or hedge
before it ("en moins de 2 h 10 min": max 130 `minute`). A time of day mostly writes no "min" ("à 18 h 30",
"le train de 7 h 42") and stays a time; when it does ("le séisme s'est produit à 2 h 17 min 35 s", "vers
23 h 50 min", "le train part à 7 heures 15 minutes", see `_of_the_day`), it is held as no length (`race_times` gives its span apart). "90 min" or "12 s" alone are left to
the other patterns. Written short: "4 min 30" (270 `seconde`), "10 s 05" (10.05 `seconde`), and "3 h 02" where hours
would last ("après 3 h 02 de jeu", "en 2 h 05": 182 and 125 `minute`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal

from annotations.nlp import number_leads, numbers, units
from annotations.nlp.changes import change_verb
from annotations.nlp.types import QuantitySpan

_SPACE = r"[^\S\n]?"
# The units in words too, the last after "et": "2 heures 5 minutes et 30 secondes" is "2 h 05 min 30 s".
_THEN = rf"(?:\s+et\s+|{_SPACE})"
_HOURS, _MINUTES = r"(?:heures?|h)", r"(?:minutes?|min)"
_SECONDS = rf"(?P<seconds>\d{{1,2}}(?:,\d{{1,3}})?){_SPACE}(?:secondes?|s)"
# The end of a time written short, its last figure bare: no figure, sign or letter glued to it ("à la 85 min 30 000
# spectateurs", "20 min 15 %"), and then the sentence's end, a mark, or a word no figure counts ("il a tenu 4 min 30 en
# apnée", "9 s 58 lors des séries", "3 h 02 de jeu"); "en 10 min 45 personnes ont été évacuées" is 10 min and 45
# people, "30 s 10 fois de suite" 30 s ten times
_SHORT_END = (
    r"(?![\w%°'’]|[,.]\d|\s?[\d%°])(?=\s*(?:$|[^\w\s]|(?:[dl]|qu)['’]|(?:en|à|au|aux|de|du|dans|sous|sur|pour|par|"
    r"avec|contre|devant|derrière|après|avant|lors|chez|face|le|la|les|un|une|son|sa|ses|leur|ce|cette|et|ou|mais|"
    r"puis|quand|qui|que|est|était|sont|reste|demeure|seulement|environ|chrono|pile|il|elle|on|ils|elles|hier|"
    r"aujourd|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)(?!\w)))"
)
# Seconds written without their "s" after the minutes: "il a tenu 4 min 30 en apnée"
_BARE_SECONDS = rf"(?P<bare_seconds>[0-5]\d){_SHORT_END}"
# A swimmer's hundredths after the seconds: "en 1 min 51 s 48"
_AND_HUNDREDTHS = rf"(?P<and_hundredths>\d{{2}}){_SHORT_END}"
_TIME = re.compile(
    rf"(?<![\w,.])(?:(?P<hours>\d{{1,3}}){_SPACE}{_HOURS}{_THEN}(?=\d{{1,2}}{_SPACE}{_MINUTES}))?"
    rf"(?P<minutes>\d{{1,3}}){_SPACE}{_MINUTES}(?:{_THEN}{_SECONDS}(?![\w])(?:{_SPACE}{_AND_HUNDREDTHS})?|{_SPACE}{_BARE_SECONDS})?"
    r"(?![\w])"
)
# A sprinter's hundredths after the "s": "en 10 s 05" (10.05 seconds)
_HUNDREDTHS = re.compile(rf"(?<![\w,.])(?P<seconds>\d{{1,2}})[^\S\n]s[^\S\n](?P<hundredths>\d{{2}}){_SHORT_END}")
# Hours and minutes without "min", a length when hours would be one (`units.is_a_duration`: "après 3 h 02 de jeu",
# "en 2 h 05", "pendant 1 h 30"); "à 20 h 45", "le train de 7 h 42" stay times of day
_HOURS_MINUTES = re.compile(rf"(?<![\w,.])(?P<hours>\d{{1,2}})[^\S\n]?h[^\S\n]?(?P<minutes>[0-5]\d){_SHORT_END}")
# A time of day: after "vers" or "dès" ("vers 23 h 50 min"); after "jusqu'à" but what lasts up to it ("ouvert jusqu'à 19
# heures 30 minutes", not "peut durer jusqu'à 2 h 30 min"); after "à" when the hour is said of the day ("à 2 h 17 min
# 35 s, heure locale", "à 5 h 20 min du matin", "à 14 h 30 min précises"), of a thing that happened or leaves then
# ("s'est produit à 9 h 15 min", "le train part à 7 h 12 min", "arrive à 9 h 20 min" but not "à 2 h 05 min du
# vainqueur"), or in words ("le car arrive à 7 heures 15 minutes");
# not what a length is set, brought or clocked at ("ramené à 2 h 45 min", "chronométrée à 2 heures 19 minutes", "le
# dernier a terminé à 4 h 12 min", "la durée est fixée à 2 heures 30 minutes": `_SET_AT`, `_A_LENGTH_BEFORE`) nor a gap
# ("à 3 h 07 min du maillot jaune", "à 2 heures 10 minutes de Paris", "une ferme à 2 heures 30 minutes de Montréal")
_BEFORE_A_TIME = re.compile(
    r"\b(?:(?P<around>vers|dès)|(?P<until>jusqu['’]à)|(?:produite?|survenue?|déclenchée?|donnée?|sonné|décollé|"
    r"atterri|ouverte?|fermée?|débuté|commencé|lieu|part|partira|partent|partiront|décolle|décollera|ouvre|ouvrira|"
    r"(?<!une )(?<!la )(?<!sa )ferme|fermera|débute|débutera|commence|commencera)\s+(?P<happened>à)|"
    r"(?:arrive|arrivera|arrivent|arriveront)\s+(?P<arrives>à)|(?P<at>à))\s+$",
    re.I,
)
_LASTS_UNTIL = re.compile(r"\b(?:dur\w*|pren\w*|pris|atteint|atteindr\w*)\s+(?:\w+\s+)?$", re.I)
# What only a length is set, brought or clocked at, its agent between ("ramené par la direction à 2 heures 10
# minutes"); "fixé", "estimé", "établi" or "porté à" set a time of day as well ("le rendez-vous est fixé à 7 heures 15
# minutes", "l'heure du décès est estimée à 3 heures 20 minutes"): a length when a length is named before them
_SET_AT = re.compile(
    r"\b(?:ramen\w*|r?allong\w*|chronométr\w*|(?:a|ont|avoir) terminé|abaissée?s?|réduite?s?|limitée?s?)"
    r"(?:\s+par\s+\S+(?:\s+\S+)?)?\s+$",
    re.I,
)
# A length named before "à", in its sentence: "la durée de l'audience a été fixée à", "le temps d'attente s'élève à",
# "la peine, fixée par le juge à"
_A_LENGTH_BEFORE = re.compile(
    r"\b(?:durée|temps|délai|attente|trajet|parcours|chrono|record|performance|peine|retard|prolongation)s?\b"
    r"[^.!?;]*$",
    re.I,
)
# The first length of a change before its "à": "le film est passé de 3 heures à 2 heures 40 minutes" (not "ouvert de 9
# heures à 17 heures 30 minutes": no verb of change)
_FROM_HOURS = re.compile(r"(?<![\w'’])de\s+[\w,]+\s+(?:heures?|h)(?:\s+\d{1,2}(?:\s+min\w*)?)?\s+$", re.I)
_A_GAP_AFTER = re.compile(r"\s+(?:de|du|des|d['’])(?![\w])", re.I)
_OF_THE_DAY_AFTER = re.compile(
    r"\s*,?\s*\(?(?:heure (?:locale|de|française)|GMT|UTC|précises|pile|du matin|du soir|de l['’]après-midi|"
    r"de la nuit)",
    re.I,
)


def race_times(text: str, regions: list[tuple[int, int]]) -> tuple[list[QuantitySpan], list[tuple[int, int]]]:
    """The lengths of time of `regions` written with "min" and an "h" before it or an "s" after it, and the spans
    of the times of day written so ("à 9 h 15 min"): to hold, not to read. One pass over the regions."""
    lengths, of_the_day = [], []
    for match in _times(text, regions):
        if _of_the_day(match):
            of_the_day.append(match.span())
            continue
        value = _value(match)
        if value is None:
            continue
        unit = "seconde" if match["seconds"] or match["bare_seconds"] else "minute"
        lengths.append(_length(match, number_leads.lead(text, match.start()), value, unit))
    return lengths + _without_min(text, regions), of_the_day


def _without_min(text: str, regions: list[tuple[int, int]]) -> list[QuantitySpan]:
    """The lengths written "10 s 05" (seconds) and "3 h 02" where hours would last (minutes)."""
    lengths = []
    for start, end in regions:
        for match in _HUNDREDTHS.finditer(text, start, end):
            value = Decimal(f"{match['seconds']}.{match['hundredths']}")
            lengths.append(_length(match, number_leads.lead(text, match.start()), value, "seconde"))
        for match in _HOURS_MINUTES.finditer(text, start, end):
            lead_in = number_leads.lead(text, match.start())
            if lead_in.word:
                continue  # "de 9 h 30 à 11 h", "entre 8 h 30 et 9 h": a span between two times of day
            hours = Decimal(match["hours"])
            if not units.is_a_duration(
                text, lead_in.start, match.end(), numbers.word_before(text, lead_in.start), hours
            ):
                continue
            lengths.append(_length(match, lead_in, hours * 60 + int(match["minutes"]), "minute"))
    return lengths


def _length(match: re.Match, lead_in: number_leads.Lead, value: Decimal, unit: str) -> QuantitySpan:
    """The length `match` reads, from the bound or hedge before it when there is one ("en moins de 2 h 10 min")."""
    first, low, high = number_leads.single_value(match, lead_in, value)
    text = match.string[first : match.end()]
    return QuantitySpan(first, match.end(), text, numbers.whole(low), numbers.whole(high), unit)


def _times(text: str, regions: list[tuple[int, int]]) -> Iterator[re.Match]:
    if "min" not in text:  # every time _TIME reads holds its minutes: tried at every character, only where one may be
        return
    for start, end in regions:
        for match in _TIME.finditer(text, start, end):
            if match["hours"] or match["seconds"] or match["bare_seconds"]:  # "90 min": one unit, read as any other
                yield match


def _of_the_day(match: re.Match) -> bool:
    """Whether `match` is a time of day: hours of a day, said of the day, of what happened then, or in words."""
    text, start = match.string, match.start()
    if not match["hours"] or int(match["hours"]) > 23:
        return False
    before = _BEFORE_A_TIME.search(text, max(0, start - 40), start)
    if before is None:
        return False
    if before["around"] or _OF_THE_DAY_AFTER.match(text, match.end()):
        return True
    if before["until"]:
        return not _LASTS_UNTIL.search(text, max(0, before.start() - 30), before.start())
    if before["happened"]:
        return True
    if _A_GAP_AFTER.match(text, match.end()):
        return False  # "il arrive à 2 h 05 min du vainqueur"
    if before["arrives"]:
        return True
    in_words = match[0][match.end("hours") - start :].lstrip().startswith("heure")
    at = before.start()
    change = _FROM_HOURS.search(text, max(0, at - 30), at)
    return (
        in_words
        and not (change and change_verb(text, change.start()))
        and not _SET_AT.search(text, max(0, at - 40), at)
        and not _A_LENGTH_BEFORE.search(text, max(0, at - 60), at)
    )


def _value(match: re.Match) -> Decimal | None:
    """The length in the smallest unit written; None when the minutes or the seconds pass 59 under a larger unit."""
    hours, minutes = int(match["hours"] or 0), int(match["minutes"])
    if match["hours"] and minutes > 59:
        return None
    total = Decimal(hours * 60 + minutes)
    if not (match["seconds"] or match["bare_seconds"]):
        return total
    seconds = Decimal((match["seconds"] or match["bare_seconds"]).replace(",", "."))
    if match["and_hundredths"] and "," not in match["seconds"]:
        seconds += Decimal(match["and_hundredths"]) / 100  # "1 min 51 s 48"
    return None if seconds >= 60 else total * 60 + seconds
