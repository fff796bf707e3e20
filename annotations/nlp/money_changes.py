"""Two amounts after a verb of change, not a range: "passé de 450 à 520 euros", "relever le plafond de 10 000 à
12 000 euros", or any "de X à Y" that falls ("a réduit l'amende de 1,2 million à 800 000 euros") (`money`)."""

from __future__ import annotations

import re
from decimal import Decimal

from annotations.nlp.changes import change_verb
from annotations.nlp.money_values import currency_of, match_number, match_thousands, money_multiplier, sign_of
from annotations.nlp.number_leads import Lead
from annotations.nlp.numbers import scaled, whole
from annotations.nlp.range_scales import borrows_multiplier
from annotations.nlp.types import MoneySpan


def is_change(match: re.Match, before: Lead) -> bool:
    """ "(passé) de X à Y euros" after a verb of change, or falling ("a réduit l'amende de 1,2 million
    à 800 000 euros": a range never falls): two amounts, not a range."""
    groups = match.groupdict()
    if groups.get("n2") is None or groups.get("et") or groups.get("pre") or before.word != "de":
        return False
    return change_verb(match.string, before.start) is not None or _falls(match)


def _falls(match: re.Match) -> bool:
    first, second = _change_values(match)
    return first is not None and second is not None and first > second


def _change_values(match: re.Match) -> tuple[Decimal | None, Decimal | None]:
    """The two values of "de X à Y", the first with the second's multiplier when it borrows it."""
    groups = match.groupdict()
    english = groups.get("cur") in ("$", "£")
    first, second = match_number(groups, 1, english, sign_of(match)), match_number(groups, 2, english)
    first_multiplier = money_multiplier(groups.get("m1"), english)
    second_multiplier = money_multiplier(groups.get("m2"), english)
    if borrows_multiplier(first, groups.get("m1"), groups.get("m2")):
        first_multiplier = second_multiplier
    first_multiplier *= match_thousands(groups, first, second)
    return scaled(first, first_multiplier), scaled(second, second_multiplier)


def change_amounts(match: re.Match) -> list[MoneySpan]:
    """The two amounts of a change, the first in the second's currency and, written without a
    multiplier and under a thousand, with its multiplier ("de 2 à 3 millions d'euros")."""
    groups = match.groupdict()
    currency = currency_of(groups.get("cur"))
    if not currency or (groups.get("cur1") and currency_of(groups["cur1"]) != currency):
        return []
    first, second = _change_values(match)
    first_end = max(match.end(name) for name in ("n1", "m1", "cur1") if groups.get(name))
    first_start = match.start("n1") - (first is not None and first < 0)  # "de -3 à 5 M€": from its minus
    amounts = []
    for start, end, value in ((first_start, first_end, first), (match.start("n2"), match.end(), second)):
        amounts.append(MoneySpan(start, end, match.string[start:end], whole(value), whole(value), currency))
    return amounts
