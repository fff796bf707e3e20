"""The scale a range's first number borrows from its second, shared by `money` and `quantities`: "de 2 à 3
millions" is 2 to 3 millions, "entre cinquante et soixante mille" 50 000 to 60 000."""

from __future__ import annotations

import re
from decimal import Decimal


def borrows_multiplier(first: Decimal | None, own: str | None, other: str | None) -> bool:
    """In a change "de 2 à 3 millions", the first number, written without a multiplier and under a
    thousand, takes the second's ("de 800 000 à 1,2 million" keeps its own size)."""
    return not own and bool(other) and first is not None and first < 1000


_ENDS_ON_SCALE = re.compile(r"(?<![\w])(?:(?P<hundred>cents?)(?P<thousand>[-\s]+mille)?|(?P<mille>mille))$", re.I)
_SCALES = {"hundred": (100,), "hundred_thousand": (100_000, 1000), "mille": (1000,)}  # largest first


def thousands_borrowed(
    one: str, own: str | None, other: str | None, first: Decimal | None, second: Decimal | None
) -> int:
    """ "entre cinquante et soixante mille": a first number in words (`one`), with no multiplier (`own`), takes the
    "mille", "cent mille" or "cents" the second (`other`) ends on while it stays the smaller (50 000 to 60 000;
    "cinq et six cent mille", 500 000 to 600 000); "entre cent et deux mille" is 100 to 2 000. The scale, or 1."""
    other = other or ""
    if first is None or second is None or own or one[:1].isdigit() or other[:1].isdigit():
        return 1
    ends = _ENDS_ON_SCALE.search(other)
    if not ends or "mille" in one.lower():
        return 1
    kind = "mille" if ends["mille"] else "hundred_thousand" if ends["thousand"] else "hundred"
    scales = () if kind == "hundred" and "cent" in one.lower() else _SCALES[kind]
    return next((scale for scale in scales if first * scale <= second), 1)


_GROUPED_THOUSANDS = re.compile(r"(\d{1,3})\s000")


def thousand_shared(one: str, own: str | None, other: str | None, first: Decimal | None) -> int:
    """ "de 30 à 40 000 euros", "entre 15 et 18 000 francs": a bare first figure under the leading group of a second
    written in thousands, and within ten times of it, shares the thousand (30 000 to 40 000); "de 2 à 100 000 euros"
    and "de 300 à 40 000 euros" keep their own. For amounts only, where a range runs within a magnitude: "de 5 à
    10 000 habitants" reads both ways. 1000, or 1."""
    grouped = _GROUPED_THOUSANDS.fullmatch(other or "")
    if own or not one.isdigit() or not grouped or first is None:
        return 1
    return 1000 if first < int(grouped[1]) < 10 * first else 1
