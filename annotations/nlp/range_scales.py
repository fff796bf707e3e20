"""The scale one figure of a range or a change takes from the other ("de 2 à 3 millions", "entre cinquante et
soixante mille"), shared by `money` and `quantities`."""

from __future__ import annotations

import re
from decimal import Decimal


def borrows_multiplier(first: Decimal | None, own: str | None, other: str | None) -> bool:
    """In a change "de 2 à 3 millions", the first number, written without a multiplier and under a
    thousand, takes the second's ("de 800 000 à 1,2 million" keeps its own size)."""
    return not own and bool(other) and first is not None and first < 1000


_ENDS_ON_SCALE = re.compile(r"(?<![\w])(?:(?P<hundred>cents?)(?P<thousand>[-\s]+mille)?|(?P<mille>mille))$", re.I)
_SCALES = {"hundred": (100,), "hundred_thousand": (100_000, 1000), "mille": (1000,)}  # largest first


# "de 38 à 42 000 euros": a first figure of one to three digits before a second grouped in thousands
_PLAIN_FIGURE = re.compile(r"\d{1,3}")
_GROUPED_FIGURE = re.compile(r"\d{1,3}(?:[ .]\d{3})+")


def _figures_share_thousands(one: str, other: str, first: Decimal, second: Decimal) -> bool:
    """ "de 38 à 42 000 euros", "entre 15 et 20 000 spectateurs", "les villes de 20 à 50 000 habitants": the first
    figure is in the thousands the second is grouped in, when it stays the smaller and the two are then of a size, the
    second at most three times the first (38 000 to 42 000). A wider span is written in full when it is meant so ("de
    2 000 à 15 000"): "les communes de 2 à 15 000 habitants", "les entreprises de 10 à 49 000 salariés", "de 150 à
    2 000 euros" and "de 1 à 5 000" keep their figures."""
    if not (_PLAIN_FIGURE.fullmatch(one) and _GROUPED_FIGURE.fullmatch(other)) or first < 2:
        return False
    return first * 1000 < second <= first * 3000


def thousands_borrowed(
    one: str, own: str | None, other: str | None, first: Decimal | None, second: Decimal | None
) -> int:
    """ "entre cinquante et soixante mille": a first number in words (`one`), with no multiplier (`own`), takes the
    "mille", "cent mille" or "cents" the second (`other`) ends on while it stays the smaller (50 000 to 60 000;
    "cinq et six cent mille", 500 000 to 600 000); "entre cent et deux mille" is 100 to 2 000. In figures, see
    `_figures_share_thousands`. The scale, or 1."""
    other = other or ""
    if first is None or second is None or own:
        return 1
    if one[:1].isdigit() or other[:1].isdigit():
        return 1000 if _figures_share_thousands(one, other, first, second) else 1
    ends = _ENDS_ON_SCALE.search(other)
    if not ends or "mille" in one.lower():
        return 1
    kind = "mille" if ends["mille"] else "hundred_thousand" if ends["thousand"] else "hundred"
    scales = () if kind == "hundred" and "cent" in one.lower() else _SCALES[kind]
    return next((scale for scale in scales if first * scale <= second), 1)
