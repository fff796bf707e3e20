"""What a money pattern's match says: its numbers as written and their sign, the multipliers that scale them, a range's
thousand borrowed by its first bound, and the currency its words, symbol or code name (`money`)."""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

from annotations.nlp.currencies import CODES, CODES_AFTER, CURRENCY_WORDS, SYMBOLS
from annotations.nlp.number_leads import MINUS_SIGNS, signed_start
from annotations.nlp.numbers import MULTIPLIER_SYMBOLS, MULTIPLIER_WORDS, parse_number, plus_half
from annotations.nlp.range_scales import thousands_borrowed
from annotations.nlp.types import MoneySpan


def match_number(groups: dict, index: int, english: bool, sign: int = 1) -> Decimal | None:
    """The index-th number as written, before its multiplier ("un million et demi": 1.5), times `sign`."""
    number = plus_half(parse_number(groups[f"n{index}"], english=english), groups.get(f"half{index}"))
    return None if number is None else sign * number


def sign_of(match: re.Match) -> int:
    """-1 when a minus is glued before the match's first number ("entre -2 et 4 millions"), else 1."""
    start = match.start()
    return -1 if signed_start(match.string, start) < start and match.string[start - 1] in MINUS_SIGNS else 1


def match_thousands(groups: dict, first: Decimal | None, second: Decimal | None) -> int:
    """ "entre cinquante et soixante mille euros", "de 30 à 40 000 euros": 1000 for the first number
    (`range_scales.thousands_borrowed`)."""
    return thousands_borrowed(groups.get("n1") or "", groups.get("m1"), groups.get("n2") or "", first, second)


def currency_of(text: str | None) -> str | None:
    if not text:
        return None
    code = re.sub(r"^(?:de\s+|d'\s*)", "", text.strip())  # "2,4 milliards de DH": the code after the scale's "de"
    if code in CODES:
        return code
    if code in CODES_AFTER:
        return CODES_AFTER[code]
    if text.strip() == "fr.":  # lower case: francs of either side of the border, read as "francs" (francs.py)
        return "FRF"
    word = re.sub(r"\s+", " ", re.sub(r"^(?:de\s+|d'\s*)", "", text.lower())).strip()
    return CURRENCY_WORDS.get(word) or SYMBOLS.get(word) or ("GBP" if word == "livres" else None)


def lone_article(groups: dict) -> bool:
    """ "un euro fort", "une livre": "un" alone is an article; "un million d'euros", "entre un et deux millions",
    "un euro cinquante" hold a number."""
    other_number = groups.get("m1") or groups.get("n2") or groups.get("bare_cents")
    return groups["n1"].lower() in ("un", "une") and not other_number


# Codes that hold their scale: "150 MDH" is 150 millions of dirhams, "3 MMDH" 3 milliards.
_CODE_SCALES = {"MDH": 10**6, "MMDH": 10**9, "MD": 10**6, "MDT": 10**6, "MDA": 10**6}


def code_scale(currency: str | None) -> int:
    """The scale a currency's code holds ("MDH": a million), else 1."""
    return _CODE_SCALES.get((currency or "").strip(), 1)


def money_multiplier(text: str | None, english: bool) -> int:
    if not text:
        return 1
    word = re.sub(r"\s+", " ", text.lower())
    if english and word in ("billion", "billions"):
        return 10**9
    return MULTIPLIER_WORDS.get(word) or MULTIPLIER_SYMBOLS.get(word) or 10**9  # "g", before "$"


# The African and older French way of splitting an amount at its milliards: "1 milliard 250 millions de FCFA", "3
# milliards 200 millions d'euros"; the money patterns read the millions only.
_MILLIARDS_BEFORE = re.compile(r"(?<![\d,.])(?<!\d\s)(?P<milliards>\d{1,3})\s+milliards?\s+$", re.I)


def milliards_before(amount: MoneySpan, whole_text: str, multiplier: str | None) -> MoneySpan:
    """`amount`, read from the milliards written before its millions ("3 milliards 200 millions d'euros"), if any;
    `multiplier`: the amount's own."""
    if amount.min is None or amount.min != amount.max or not (multiplier or "").lower().startswith("million"):
        return amount
    head = _MILLIARDS_BEFORE.search(whole_text, max(0, amount.start - 16), amount.start)
    if head is None or amount.min >= 10**9:
        return amount
    value = amount.min + int(head["milliards"]) * 10**9
    return replace(amount, start=head.start(), text=whole_text[head.start() : amount.end], min=value, max=value)
