"""Words that make a measure or a time of a number, or of no number at all (`quantities` reads them):

- halves and quarters of a unit: "trois ans et demi" (3.5 `an`), "un kilomètre et demi", "une
  demi-heure" (0.5 `heure`), "un demi-litre", "un quart d'heure" (0.25 `heure`), "trois quarts
  d'heure"; tenths, hundredths and thousandths of a second or a point ("trois centièmes de seconde",
  0.03 `seconde`; "deux dixièmes de point", 0.2 `point`); a fraction of a group ("un tiers des élèves",
  "les trois quarts des communes") stays a proportion, no quantity;
- "un"/"une", an article before a noun ("un homme"), is the number one before a unit of measure or
  of time after "en", "pendant", "durant" or "d'" ("en un an", "pendant une heure", "un mur d'un
  mètre"), and before "point" after a verb of change ("a baissé d'un point"); "sur un an" (a rate
  over a year), "il y a un an" (a date), "un mois de juin", "un point de vue" and "d'une année sur
  l'autre" and a price's base ("le prix d'un litre de gazole") stay none;
- a temperature "sous zéro" is below it: "3 degrés sous zéro" is -3 °C;
- a temperature felt, bare below zero after one in °C: "un refroidissement éolien équivalant à -44" is -44 °C;
- "chevaux" of an engine are horsepower (`ch`): "un moteur de 130 chevaux"; a stable's stay horses;
- "livres" are pounds of weight (`lb`) where their sentence, or the one before, prices by the pound, as Québec does
  ("le homard à 7,25 $ la livre. Un homard de deux livres"), beside ounces, or right after a weighing ("pesait 30
  livres"), and no word of books is in their sentence; else books.
"""

from __future__ import annotations

import re
from decimal import Decimal

from annotations.nlp import numbers
from annotations.nlp.changes import change_verb
from annotations.nlp.number_leads import MINUS_SIGNS
from annotations.nlp.numbers import alternation, whole
from annotations.nlp.types import QuantitySpan
from annotations.nlp.units import PER_TIME, UNIT_WORDS

# The units of time that are counted by their noun ("trois ans", "deux heures"): measures all the same.
TIME_UNITS = frozenset({"an", "mois", "semaine", "jour", "heure", "minute", "seconde", "siècle"})
_MEASURES = frozenset(UNIT_WORDS.values())
_FRACTION = re.compile(
    r"(?<![\w-])(?:(?P<half>une?)[^\S\n]+demi-|(?P<quarters>une?|trois)[^\S\n]+quarts?[^\S\n]+d['’][^\S\n]*)"
    rf"(?P<unit>heure|{alternation(UNIT_WORDS)})(?![\w-])",
    re.I,
)
_PARTS = {"dixième": 10, "centième": 100, "millième": 1000}
_PARTS_OF = re.compile(
    rf"(?<![\w-])(?P<count>{numbers.FIGURES}|une?|{numbers.WORDS})[^\S\n]+(?P<part>{alternation(_PARTS)})s?"
    r"(?:[^\S\n]+de[^\S\n]+(?P<unit>seconde|point))?(?![\w-])",
    re.I,
)
# Hundredths alone are of a second where their sentence times a race ("en 22,31 secondes, devant la Jamaïcaine à huit
# centièmes"): seconds counted, not "pour la seconde fois", "en classe de seconde", a "chronologie"; never a part of a
# group ("un dixième des élèves", "trois centièmes d'entre eux"), but a gap may name what it parts from ("à deux
# centièmes du podium", "trois dixièmes de mieux", "neuf centièmes d'avance").
_TIMED = re.compile(
    rf"(?:\d|\b(?:une|quelques|{numbers.WORDS}))[^\S\n]*secondes?\b|\d[^\S\n]?s\b|\bchrono(?:s|mètres?|métr\w*)?\b",
    re.I,
)
_OF_A_GROUP = re.compile(
    r"[^\S\n]+(?:d['’](?!avance|écart)|(?:de|des|du)(?![\w])(?![^\S\n]+(?:retard|mieux|moins|plus|trop)\b))", re.I
)
_AT = re.compile(r"(?<![\w])à[^\S\n]+$", re.I)
_GAP = re.compile(r"(?<![\w])(?:à|de)[^\S\n]+$|\bd['’]$", re.I)
_ONE_BEFORE = frozenset({"en", "pendant", "durant", "d"})
_OF_AFTER = re.compile(r"[^\S\n]*d(?:e\s|['’])", re.I)  # "un point de vue", "un point d'eau"
_TO_THE_OTHER = re.compile(
    r"[^\S\n]+(?:à|sur)[^\S\n]+l['’]autre", re.I
)  # "d'un jour à l'autre", "d'une année sur l'autre"
# The base a price is given for: "le prix d'un litre de gazole atteint 1,90 euro" measures nothing.
_PRICE_OF = re.compile(r"\b(?:prix|coût|tarif)[^\S\n]+d['’][^\S\n]*$", re.I)
_BELOW_ZERO = re.compile(r"[^\S\n]+(?:sous|au-dessous de|en dessous de)[^\S\n]+z[ée]ro(?![\w])", re.I)


_ONE = re.compile(
    rf"(?<![\w-])une?[^\S\n]+(?=(?:{alternation([*TIME_UNITS, 'ans', 'heures', 'point', *UNIT_WORDS])})(?![\w]))", re.I
)


def ones(text: str, regions: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Stretches of `regions` from every "un"/"une" before a unit, where `is_one` may find the number
    one: `numbers.windows` anchors no article."""
    return [
        (match.start(), min(end, match.end() + numbers.WINDOW_AFTER))
        for start, end in regions
        for match in _ONE.finditer(text, start, end)
    ]


def fractions_of_units(text: str, regions: list[tuple[int, int]]) -> list[QuantitySpan]:
    """ "une demi-heure", "un demi-litre", "un quart d'heure", "trois quarts d'heure": a fraction
    of one unit, or three quarters of it; "trois centièmes de seconde": tenths, hundredths, thousandths."""
    found = []
    # Each pattern opens on any number: tried at every character of a text, only in one that holds its words.
    lowered = text.lower()
    fractions, parts = ("demi" in lowered or "quart" in lowered), any(part in lowered for part in _PARTS)
    for start, end in regions if fractions or parts else ():
        for match in _FRACTION.finditer(text, start, end) if fractions else ():
            count = 3 if (match["quarters"] or "").lower() == "trois" else 1
            value = Decimal("0.5") if match["half"] else Decimal("0.25") * count
            word = re.sub(r"[\s-]+", " ", match["unit"].lower())
            unit = "heure" if word == "heure" else UNIT_WORDS[word]
            found.append(QuantitySpan(match.start(), match.end(), match[0], whole(value), whole(value), unit))
        for match in _PARTS_OF.finditer(text, start, end) if parts else ():
            count = numbers.parse_number(match["count"]) if match["count"].lower() not in ("un", "une") else 1
            if count is not None and (match["unit"] or _timed(text, match, (start, end))):
                value = Decimal(count) / _PARTS[match["part"].lower()]
                unit = (match["unit"] or "seconde").lower()
                found.append(QuantitySpan(match.start(), match.end(), match[0], whole(value), whole(value), unit))
    return found


def _timed(text: str, match: re.Match, region: tuple[int, int]) -> bool:
    """Whether hundredths written alone (`match`) are of a second: a race timed in seconds in their sentence."""
    if _OF_A_GROUP.match(text, match.end()) and not _AT.search(text, max(0, match.start() - 3), match.start()):
        return False
    end_before = text.rfind(". ", region[0], match.start())
    end = text.find(". ", match.end(), region[1])
    end = region[1] if end < 0 else end
    if _TIMED.search(text, max(end_before + 1, region[0]), end):
        return True
    # or the sentence before, for a gap ("à", "de"): "... en 2 min 24,31 s. Il devance l'Autrichien de quinze
    # centièmes." (not "... en 9,86 s. Le dollar a gagné trois centièmes")
    if end_before < 0 or not _GAP.search(text, max(0, match.start() - 4), match.start()):
        return False
    return bool(_TIMED.search(text, max(text.rfind(". ", region[0], end_before) + 1, region[0]), end_before + 1))


def halves(unit: str, unit_word: str | None) -> bool:
    """Whether "et demi" after the unit adds a half: after a measure or a time ("trois ans et demi",
    "un kilomètre et demi"), never after a count ("deux enfants")."""
    return bool(unit_word) or unit in TIME_UNITS


def is_one(text: str, start: int, end: int, unit: str, before: str | None) -> bool:
    """Whether "un"/"une" at `start`, its unit ending at `end`, is the number one (see the module)."""
    if unit in TIME_UNITS and PER_TIME.match(text, end):
        return True  # "une heure par jour", "un jour par semaine"
    if before not in _ONE_BEFORE:
        return False
    if unit == "point":
        elided = text.rfind("d", 0, start)
        return not _OF_AFTER.match(text, end) and change_verb(text, elided) is not None
    if _TO_THE_OTHER.match(text, end) or (unit == "jour" and before == "d"):
        return False  # "d'un jour à l'autre"; "le héros d'un jour"
    if _PRICE_OF.search(text, max(0, start - 20), start):
        return False  # "le prix d'un kilo de cerises"
    return unit in TIME_UNITS or unit in _MEASURES


def below_zero(text: str, end: int) -> int | None:
    """The end of "sous zéro" right after a temperature ending at `end`, or None."""
    match = _BELOW_ZERO.match(text, end)
    return match.end() if match else None


# What has horsepower, a few words before "chevaux" with no comma between: "un moteur de 130 chevaux", "une puissance
# de 300 chevaux", "le V8 développe 450 chevaux" (not "le haras accueille 120 chevaux", "le haras, qui développe
# l'élevage, compte 80 chevaux", "le diesel a grimpé et les éleveurs ont vendu 40 chevaux").
_ENGINE = re.compile(
    r"\b(?:moteurs?|motorisations?|puissance|cylindrée|bloc|V\d+|développ\w+|turbo|hybride|thermique|diesel|essence)\b"
    r"[^.,;:!?]{0,25}$",
    re.I,
)


def horsepower(text: str, start: int) -> bool:
    """Whether "chevaux" after the number at `start` are an engine's (see `_ENGINE`)."""
    return bool(_ENGINE.search(text, max(0, start - 60), start))


# A price by the pound, in the sentence of "livres" or the one before: "à 7,25 $ la livre"; ounces beside them: "7
# livres et 4 onces".
_BY_THE_POUND = re.compile(r"\b(?:la livre|onces?)\b", re.I)
# A weighing in the clause just before the number: "le saumon pesait 30 livres", "d'un poids de 12 livres" (not "l'auteur
# pèse ses mots : il a publié 12 livres", "le poids des cartables inquiète : les élèves portent 8 livres").
_WEIGHED = re.compile(r"\b(?:pès\w*|pes(?:ant|ait|aient|ent|er|é|ée)|poids)\b[^.,;:!?]{0,25}$", re.I)
# Books in the sentence of "livres" keep them books, whatever is priced by the pound before: "le bœuf à 5 $ la livre ;
# la librairie voisine a écoulé 200 livres".
_BOOKS = re.compile(
    r"\b(?:biblioth\w+|librair\w+|auteur|autrice|écrivain\w*|romans?|lect\w+|publi[éeèa]\w*|publications?|édit\w+)\b",
    re.I,
)


_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")


def in_pounds(text: str, start: int, end: int) -> bool:
    """Whether "livres" from `start` to `end` weigh: priced by the pound or beside ounces (`_BY_THE_POUND`) in their
    sentence or the one before it, or weighed just before (`_WEIGHED`), and no word of books in their sentence."""
    sentences = re.split(r"[.!?]\s", text[text.rfind("\n", 0, start) + 1 : start])
    after = _SENTENCE_END.split(text[end : end + 80])[0]
    if _BOOKS.search(sentences[-1]) or _BOOKS.search(after):
        return False
    return bool(
        _BY_THE_POUND.search(" ".join(sentences[-2:]))
        or _BY_THE_POUND.search(after)
        or _WEIGHED.search(text, max(0, start - 40), start)
    )


# A temperature felt or equivalent, written bare after one in °C in its sentence: "-31 °C, et un refroidissement éolien
# équivalant à -44" (-44 °C), "le ressenti de moins 40", "la température ressentie était de -20", "un refroidissement
# éolien de -38"; only below zero (a bare "équivaut à 12" may be anything).
_FELT = re.compile(
    r"\b(?:équiva(?:l(?:ant|ait|aient|ent|ut)|ut|udra|udrait)|ressentie?s?(?:[^\S\n]+(?:est|était|sera|serait))?"
    r"|refroidissement[^\S\n]+éolien)[^\S\n]+(?:à|de)[^\S\n]+"
    rf"(?P<sign>[{MINUS_SIGNS}]|moins[^\S\n]+)(?P<number>\d+(?:,\d+)?)(?![\d,]|[^\S\n]*(?:°|degr))",
    re.I,
)


def felt_temperatures(text: str, found: list[QuantitySpan]) -> list[QuantitySpan]:
    """The bare temperatures felt after one of `found` in °C in the same sentence (`_FELT`)."""
    if "quiva" not in text and "ressenti" not in text and "éolien" not in text:
        return []
    felt = []
    for match in _FELT.finditer(text):
        before = [one for one in found if one.unit == "°C" and one.end <= match.start()]
        if before and not _SENTENCE_END.search(text, before[-1].end, match.start()):
            value = -whole(numbers.parse_number(match["number"]))
            start = match.start("sign")
            felt.append(QuantitySpan(start, match.end(), text[start : match.end()], value, value, "°C"))
    return felt
