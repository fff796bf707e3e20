"""What stands before a number and changes its reading, shared by `money` and `quantities`:
- "entre" and "de" (a range: "entre 10 et 20 %", "de 2 à 3 km");
- bounds and hedges: "plus de" (an open upper bound: min only), "moins de" (max only), "environ" / "près de" /
  "à peine" (the value kept, the hedge kept in the span), by `bound_words`;
- a sign glued to the number ("-3,5 M€", "(-13,5 %)"), or set apart as a table prints it."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from annotations.nlp.bound_words import BOUND_KINDS
from annotations.nlp.list_items import opens_a_list_item, opens_a_run_in_item
from annotations.nlp.numbers import alternation

_SPACES = re.compile(r"[\s-]+")

# A sign glued to a number, at a line's start or after a space, a bracket or a colon ("(-13,5 %)", "-3,5 M€",
# "+2 °C"): read on the two characters before the number. A minus is the hyphen, or the en dash or the minus
# sign typography puts there ("–3 M€", "−2 °C"); a dash set apart ("Lyon – 3 M€") or inside a range is none.
MINUS_SIGNS = "-–−"
SIGN_BEFORE = re.compile(rf"(?:^|[\s(\[:;])[+{re.escape(MINUS_SIGNS)}]$")
# For money, a sign set apart by one space as typeset tables print it ("Résultat net : - 4,7 M€"): only at a
# line's start or after a colon or a bracket on the same line, where a spaced hyphen is no dash between two
# clauses ("Paris - 4 000 euros" stays positive).
SPACED_SIGN_BEFORE = re.compile(rf"(?:^|\n|[(\[:][^\S\n]?)[+{re.escape(MINUS_SIGNS)}][^\S\n]$")
# The words before a number that change its reading: "entre" and "de" (ranges), bounds and hedges.
# Searched backwards from a number found (see `lead`), rather than tried at every position of
# the text as an optional prefix of every pattern, which cost more than all the rest.
_LEAD = re.compile(rf"(?<![\w-])(?:(?P<word>entre|de)|(?P<bound>{alternation(BOUND_KINDS)}))(?:(?<=')|[^\S\n]+)$", re.I)


@dataclass(frozen=True)
class Lead:
    """What stands before a number: where it starts, and "entre"/"de" or a bound's kind."""

    start: int
    word: str | None = None  # "entre" or "de"
    bound: str | None = None  # "min", "max", "reach" or "about"


# "ne ... plus que" restricts: "ne contient plus que 15 millions" is 15 millions and no more.
_NEGATION_BEFORE = re.compile(r"\b(?:ne|n')\s*(?:[\w'-]+\s+){0,3}$", re.I)
_NOT_ONLY = re.compile(r"\b(?:pas|jamais|guère|point)\b", re.I)  # "n'a jamais gagné plus que": at most


def lead(text: str, start: int) -> Lead:
    """The lead of the number at `start`; `Lead(start)` when nothing stands before it."""
    match = _LEAD.search(text, max(0, start - 30), start)
    if match is None:
        return Lead(start)
    if match["word"]:
        return Lead(match.start(), word=match["word"].lower())
    negated = _NEGATION_BEFORE.search(text, max(0, match.start() - 40), match.start())
    if match["bound"].lower().startswith("plus qu") and negated and not _NOT_ONLY.search(negated[0]):
        return Lead(start)
    return Lead(match.start(), bound=bound_kind(match["bound"]))


def bound_kind(text: str | None) -> str | None:
    """ "min", "max", "reach" or "about" for a bound or hedge; None for none."""
    if not text:
        return None
    return BOUND_KINDS[_SPACES.sub(" ", text.lower()).replace("' ", "'")]


def bounds(value: Decimal | None, kind: str | None) -> tuple[Decimal | None, Decimal | None]:
    """(min, max) of one value under a bound: "plus de 10" is (10, None), "moins de 10" (None, 10), "jusqu'à 10"
    (None, 10) and "jusqu'à -8" (-8, None)."""
    if kind == "reach":
        kind = "min" if value is not None and value < 0 else "max"
    if kind == "min":
        return value, None
    if kind == "max":
        return None, value
    return value, value


def single_value(match: re.Match, before: Lead, value: Decimal | None) -> tuple[int, Decimal | None, Decimal | None]:
    """Where one value's text starts, and its (min, max): from the bound before it ("plus de 10"),
    else from the number, and the hedge or bound its pattern read after it ("10 euros environ", "10 euros minimum")."""
    after = match.groupdict().get("about")  # "10 euros environ", "10 euros minimum"
    kind = before.bound or (BOUND_KINDS.get(_SPACES.sub(" ", after.lower()), "about") if after else None)
    low, high = bounds(value, kind)
    return (before.start if before.bound else match.start()), low, high


def glued_sign(
    text: str, start: int, low: Decimal | None, high: Decimal | None, *, spaced: bool = False
) -> tuple[int, Decimal | None, Decimal | None]:
    """One value with the sign glued before its number at `start` (SIGN_BEFORE: "-3,5 M€",
    "(-13,5 %)", "+2 °C"): the start moved back over the sign, and (min, max) negated for a minus
    when both are known; without a sign, as given (`spaced`: also SPACED_SIGN_BEFORE's, for money). For a value
    read without a bound word before it (`single_value` started it at its number), so min and max are the same
    number."""
    sign = start - signed_start(text, start)  # the length of the sign (and its space)
    if not sign:
        spaced_sign = SPACED_SIGN_BEFORE.search(text, max(0, start - 4), start) if spaced else None
        if not spaced_sign or opens_a_list_item(text, start) or opens_a_run_in_item(text, start):
            return start, low, high
        sign = len(spaced_sign[0].lstrip("\n([:").lstrip())
    if text[start - sign] in MINUS_SIGNS and low is not None and high is not None:
        low, high = -low, -high
    return start - sign, low, high


def signed_start(text: str, start: int) -> int:
    """Where the number at `start` starts with the sign glued before it (SIGN_BEFORE), else `start`: where
    to look for the words that lead it ("plus de -3 M€", "entre -2 et 4 millions")."""
    return start - 1 if SIGN_BEFORE.match(text, max(0, start - 2), start) else start
