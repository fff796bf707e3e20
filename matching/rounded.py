"""Round figures said with a hedge: "près de 9 millions de visiteurs", "environ 14 millions
d'habitants", "quelque 240 millions d'euros" round a figure another claim may give exactly ("8,8
millions", "13,7 millions"). matching.facts.Amount lets such a figure hold those within ROUNDED
of it; a figure given exactly ("8,8 millions", "près de 8,8 millions") holds only itself.
"""

import re
from dataclasses import replace
from decimal import Decimal

from matching.figures import in_base_unit

ROUNDED = Decimal("0.05")
# Every hedge has one of these: most claims have none, looked for before the patterns.
_CUES = ("près", "environ", "quelque", "presque", "autour", "approximativement", "quasiment", "alentours", "ordre")
_HEDGE = (
    r"(?:près\s+d[e'’]|(?:à\s+)?peu\s+près|environ|quelque|presque|autour\s+d[e'’]|approximativement|quasiment"
    r"|aux\s+alentours\s+d[e'’]|de\s+l['’]ordre\s+d[e'’])\s*"
)
# The recogniser's span may hold the hedge ("Près de 9 millions de visiteurs") or follow it.
_HEDGE_OPENS = re.compile(_HEDGE, re.IGNORECASE)
_HEDGE_BEFORE = re.compile(_HEDGE + "$", re.IGNORECASE)
# A round figure has two significant digits at most: 9 000 000, 14 millions, 1,2 milliard, 30 %.
_ROUND_DIGITS = 2


def rounded_values(text: str, values: list[tuple]) -> set[tuple]:
    """(low, high, unit) of each value of `values` (low, high, unit, start, end) that `text` says
    round with a hedge, a measure in its unit as written and in its family's base unit."""
    lowered = text.lower()
    if not any(cue in lowered for cue in _CUES):
        return set()
    found = set()
    for low, high, unit, start, _end in values:
        if low is None or low != high or not _round(Decimal(low)):
            continue
        if _HEDGE_OPENS.match(text, start) or _HEDGE_BEFORE.search(text, max(0, start - 30), start):
            found |= {(Decimal(low), Decimal(high), unit), in_base_unit(Decimal(low), Decimal(high), unit)}
    return found


def _round(value: Decimal) -> bool:
    return value != 0 and len(value.normalize().as_tuple().digits) <= _ROUND_DIGITS


def with_rounded(facts, text: str, values: list[tuple]):
    """`facts` (matching.facts.ClaimFacts) with those of its amounts, quantities and measures that
    `text` says round with a hedge (`rounded_values` of `values`) marked as rounded."""
    rounded = rounded_values(text, values)
    if not rounded:
        return facts
    return replace(facts, **{kind: _marked(getattr(facts, kind), rounded) for kind in _VALUE_KINDS})


_VALUE_KINDS = ("amounts", "quantities", "measures")


def _marked(values: tuple, rounded: set[tuple]) -> tuple:
    """`values` (Amounts), those of `rounded` (low, high, unit) marked as rounded."""
    return tuple(replace(v, rounded=True) if (v.low, v.high, v.currency) in rounded else v for v in values)
