"""Proportions said in words, read as percentages: "la moitié des communes" (50 %), "un adulte
belge sur cinq" (20 %), "les deux tiers des sièges" (66 to 67 %). annotations.nlp reads no quantity
in them (a rate, not a count); a claim that says "50 % des communes" states the same fact, so
matching.facts compares them as percentages.

And rates per thousand people or more, read per 100 000: "412 cas pour 100 000 habitants", "412
habitants sur 100 000", "4,5 médecins pour 1 000 habitants" (450 per 100 000) (`rates`).
"""

import math
import re
from decimal import Decimal

from annotations.nlp.numbers import UNITS_IN_WORDS
from annotations.nlp.units import SYMBOLS, UNIT_WORDS

_SMALL = {word: value for word, value in UNITS_IN_WORDS.items() if 1 <= value <= 10}
_PARTS = {"moitié": 2, "tiers": 3, "quart": 4, "quarts": 4}
_NUMBER = r"(?:" + "|".join(_SMALL) + r"|\d{1,3})"
# A unit after the whole measures it: "un bouchon sur 5 km", "une hausse sur 3 hectares" tell a
# length, an area, not a proportion. Symbols are matched as written ("l'" is no litre).
_UNIT = (
    r"(?:(?-i:"
    + "|".join(re.escape(symbol) for symbol in sorted(SYMBOLS, key=len, reverse=True))
    + r")|"
    + "|".join(re.escape(word) for word in sorted(UNIT_WORDS, key=len, reverse=True))
    + r")(?![\w'’])"
)

# "une commune sur deux", "trois Français sur dix", "1 patient sur 10": one or two words between
# the part and "sur", and a complement of theirs ("un élève de sixième sur quatre"). The whole is no proportion when a plural word follows it ("un vote sur deux
# textes", "un sur deux ans"): the number then counts that word; nor when a unit follows it ("un
# bouchon sur 5 km", _UNIT).
_OUT_OF = re.compile(
    rf"(?<![\w-])(?P<part>{_NUMBER})\s+(?:[^\W\d_][\w'’-]*\s+){{1,2}}?(?:d(?:e|u|es)\s+[^\W\d_][\w'’-]*\s+)?sur\s+(?P<whole>{_NUMBER})(?![\w,])"
    rf"(?!\s+[^\W\d_]+[sx]\b)(?!\s*{_UNIT})",
    re.IGNORECASE,
)
# "la moitié", "une moitié" (not "à moitié vide"), "le tiers", "les deux tiers", "un quart", "les
# trois quarts"; not "le tiers-monde". A third or a quarter is of a group ("le tiers des élus",
# "un quart d'entre eux"): "le tiers payant", "les quarts de finale", "un quart d'heure", "un quart
# de siècle" are no proportion.
_FRACTION = re.compile(
    r"(?<![\w-])(?:(?:la|une)\s+moitié(?![\w-])"
    r"|(?:(?:le|un|les)\s+(?:(?P<part>deux|trois)\s+)?|(?P<bare>deux|trois)\s+)(?P<of>tiers|quarts?)"
    r"(?=\s+(?:d['’]|de\s|des\s|du\s))(?!\s+(?:d['’]\s*heure|de\s+(?:finale|siècle)\b)))",
    re.IGNORECASE,
)


# Every proportion says "sur" or names its part ("moitié", "tiers", "quart"): the words that
# _OUT_OF and _FRACTION must find, looked for first because most claims have none, and the two
# patterns, tried at every position of a claim, cost three times as much (matching's facts are
# built for every claim of an ingest). Same flag: the same letters match.
_CUES = re.compile(r"sur|moitié|tiers|quart", re.IGNORECASE)


def proportions(text: str) -> list[tuple[Decimal, Decimal, str, int, int]]:
    """The proportions of `text` as (value, value, "%", start, end), a percentage to 2 places."""
    found = []
    if not _CUES.search(text):
        return found
    for match in _OUT_OF.finditer(text):
        part, whole = _value(match["part"]), _value(match["whole"])
        if 0 < part < whole and (whole <= 10 or whole in (100, 1000)):
            found.append(_percentage(part, whole, match))
    for match in _FRACTION.finditer(text):
        said = match["part"] or match["bare"]  # "les deux tiers des sièges", "Deux tiers des votants"
        part = _SMALL[said.lower()] if said else 1
        whole = _PARTS[match["of"].lower()] if match["of"] else 2
        if part < whole:
            found.append(_percentage(part, whole, match))
    return found


# The word after a proportion's part, before "sur": what it counts ("Un enfant sur dix": "enfant").
_COUNTED = re.compile(rf"^{_NUMBER}\s+(?P<counted>[^\s]+).*?\s+sur\s+{_NUMBER}$", re.IGNORECASE)


def counted(proportion: str) -> str:
    """The noun a proportion of `proportions` counts, as written ("un habitant de Liège sur cinq":
    "habitant"; its other words, "une exploitation drômoise sur trois", are no more the claim's
    than a fraction's are); none for a fraction ("un tiers des salariés": its noun follows it)."""
    found = _COUNTED.match(proportion)
    return found["counted"] if found else ""


def _value(number: str) -> int:
    return int(number) if number.isdigit() else _SMALL[number.lower()]


def _percentage(part: int, whole: int, match: re.Match) -> tuple[Decimal, Decimal, str, int, int]:
    """A whole percentage, or the two whole ones around it: "un tiers" is said of 33 % and of 34 %,
    "les deux tiers" of 66 % and 67 % (a proportion in words rounds)."""
    value = Decimal(100) * part / whole
    return math.floor(value), math.ceil(value), "%", match.start(), match.end()


# "412 cas pour 100 000 habitants", "13,4 pour 100 000", "285 habitants sur 1 000", "9,5 cas de
# rougeole par 100 000 habitants": a figure, up to four words, then its base of a thousand or more.
_BASES = {"1000": 1000, "10000": 10_000, "100000": 100_000, "1000000": 1_000_000, "mille": 1000, "centmille": 100_000}
_RATE = re.compile(
    r"(?<![\w.,])(?P<value>\d{1,3}(?:[\u00a0\u202f ]\d{3})*(?:[.,]\d+)?)\s+(?:[^\W\d_][\w'’-]*\s+){0,4}?"
    r"(?:pour|par|sur)\s+(?P<base>1[\u00a0\u202f ]?000(?:[\u00a0\u202f ]?000)?|10[\u00a0\u202f ]?000|100[\u00a0\u202f ]?000|"
    r"(?:cent\s+)?mille)(?![\w,.]\d|\w)",
    re.IGNORECASE,
)
# Every such rate has a base of a thousand or more, in figures ("000") or in words ("mille").
_RATE_CUE = re.compile(r"(?:pour|par|sur)\s+(?:\d|cent|mille)", re.IGNORECASE)


def rates(text: str) -> tuple[list[tuple[Decimal, Decimal, str, int, int]], list[tuple[int, int]]]:
    """The rates of `text` per thousand people or more, as (value, value, "pour 100 000", start,
    end), each brought to a base of 100 000; and the spans of their figures and bases, the words
    between kept ("9,5 cas de rougeole pour 100 000": "cas de rougeole" are words of the claim)."""
    if not _RATE_CUE.search(text):
        return [], []
    found, numbers = [], []
    for match in _RATE.finditer(text):
        if a_measure(text, match.end("value")):  # "420 km sur 1 000 km": a length, kept as one
            continue
        base = _BASES[re.sub(r"\s", "", match["base"]).lower()]
        value = Decimal(re.sub(r"\s", "", match["value"]).replace(",", ".")) * 100_000 / base
        if value < 100_000:  # a part of its base
            found.append((value, value, "pour 100 000", match.start(), match.end()))
            numbers += [match.span("value"), match.span("base")]
    return found, numbers


def a_measure(text: str, end: int) -> bool:
    """Whether the figure ending at `end` is followed by a unit ("420 km", "2 litres"): a measure (also
    matching.figures: "2-3 kg" is no score)."""
    following = text[end:].split(None, 1)
    return bool(following) and (following[0] in SYMBOLS or following[0].lower() in UNIT_WORDS)
