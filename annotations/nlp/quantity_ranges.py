"""The ranges and changes of quantities (`quantities` reads them): "entre 10 et 20 %", "de 2 à 3 km", "quelque 600 à
800 hectares" are one quantity; "passée de 12 000 à 15 000 habitants" after a verb of change is two; and the value of a
number with its multiplier, its half and the words after its millions."""

from __future__ import annotations

import re
from decimal import Decimal

from annotations.nlp import number_leads, numbers
from annotations.nlp.changes import FALL_VERB, RANKS, change_verb
from annotations.nlp.range_scales import borrows_multiplier, thousands_borrowed
from annotations.nlp.types import QuantitySpan
from annotations.nlp.units import unit_of

# The units a sign or "moins" may stand before: "entre -2 et 3 °C", "(-13,5 %)"
SIGNED_UNITS = frozenset({"%", "°C", "°", "point"})


def quantity_range(
    match: re.Match, lead_in: number_leads.Lead, first: Decimal | None, unit: str, number_start: int
) -> list[QuantitySpan]:
    """The range `match` reads ("entre 10 et 20 %"), or the two values of a change ("passé de 10 à 12 %"), or none
    (a second figure below the first, units that differ); `first`: the first figure's value, read by `quantities`."""
    groups = match.groupdict()
    if groups.get("sign2") and unit not in SIGNED_UNITS:
        return []
    if groups.get("et") and lead_in.word != "entre":
        return []  # "10 et 20 %" without "entre": two values
    if groups["u1"] and unit_of(groups["u1"].strip()) != unit:
        return []
    second = number_value(groups["n2"], groups["m2"], groups["half2"], groups["rest2"])
    if groups.get("sign2") and second is not None:
        second = -second  # "entre -5 et -2 °C"
    verb = change_verb(match.string, lead_in.start) if lead_in.word == "de" else None
    if verb and not _by_a_share(groups, unit, verb, first, second):
        return _change(match, first, second, unit)
    if not groups["m1"] and groups["m2"] and first is not None and second is not None and first <= second:
        first = numbers.scaled(first, multiplier_of(groups["m2"]))  # "entre 2 et 3 millions"
    first = numbers.scaled(first, thousands_borrowed(groups["n1"], groups["m1"], groups["n2"], first, second))
    if first is None or second is None:
        first = second = None  # past any sane size: the text stays, the value goes
    elif first > second:
        return []
    # a hedge before a range holds it too: "quelque 600 à 800 hectares", "environ 20 à 30 personnes"
    start = lead_in.start if lead_in.word or lead_in.bound == "about" else number_start
    text = match.string[start : match.end()]
    return [QuantitySpan(start, match.end(), text, numbers.whole(first), numbers.whole(second), unit)]


def _by_a_share(groups: dict, unit: str, verb: str | None, first: Decimal | None, second: Decimal | None) -> bool:
    """ "augmentera de 10 à 15 %": rises by 10 to 15 %, a range; "passe de 3 à 4 %", "a baissé de
    7,5 % à 7,1 %" and "a reculé de 8 à 7 %" go from one level to the other. A fall to a larger figure is
    by how much, in any unit but a rank: "Il est tombé de 20 à 25 cm de neige" (`FALL_VERB`, `RANKS`)."""
    if first is None or second is None or first > second or groups["u1"]:
        return False
    if FALL_VERB.match(verb or "") and first < second:
        return unit not in RANKS
    return unit == "%" and not (verb or "").lower().startswith("pass")


def _change(match: re.Match, first: Decimal | None, second: Decimal | None, unit: str) -> list[QuantitySpan]:
    """ "passée de 12 000 à 15 000 habitants", "de 2 à 3 millions d'habitants" after a verb of
    change: two values of the unit, the first with the second's multiplier when it has none and is
    under a thousand."""
    groups = match.groupdict()
    if borrows_multiplier(first, groups["m1"], groups["m2"]):
        first = numbers.scaled(first, multiplier_of(groups["m2"]))
    first = numbers.scaled(first, thousands_borrowed(groups["n1"], groups["m1"], groups["n2"], first, second))
    first_end = max(match.end(name) for name in ("n1", "m1", "u1") if groups.get(name))
    return [
        QuantitySpan(start, end, match.string[start:end], numbers.whole(value), numbers.whole(value), unit)
        for start, end, value in ((match.start("n1"), first_end, first), (match.start("n2"), match.end(), second))
    ]


def number_value(
    number: str, multiplier: str | None, half: str | None = None, rest: str | None = None
) -> Decimal | None:
    """The value of a number, times its multiplier, plus a half ("deux millions et demi", "trois ans et demi")
    and the number in words after its millions ("un million deux cent mille")."""
    value = numbers.parse_number(number)
    if multiplier:
        value = numbers.scaled(numbers.plus_half(value, half), multiplier_of(multiplier))
        return value + numbers.parse_words(rest.strip()) if value is not None and rest else value
    return numbers.plus_half(value, half)


def multiplier_of(written: str) -> int:
    lowered = written.lower()
    return numbers.MULTIPLIER_WORDS.get(lowered) or numbers.MULTIPLIER_SYMBOLS[lowered]
