"""Amounts of money, normalised to a minimum, a maximum and an ISO 4217 currency.

Recognised shapes, with French and English writing habits:
- number + multiplier + currency: "50 millions de dollars", "3,5 milliards d'euros",
  "1,2 Md€", "10 M$", "200 k€", "10 000 euros", "1 500 €";
- currency first: "$10M", "$ 2,5 milliards", "€300", "US$ 5 millions", "£3bn", "USD 40";
- ranges: "entre 50 et 100 millions de dollars", "de 2 à 3 milliards d'euros",
  "10 à 15 M€", "$5-10M" (a multiplier written once applies to both numbers when the first is
  the smaller).
A number needs a currency to be money: "2 000 salariés" is not. "Billion" is French (10^12)
in "billions d'euros", but English (10^9) in "bn" / "$3 billion".
Numbers: a comma is the decimal mark ("1,5") unless it groups thousands after a currency
symbol ("$1,500"); a space or a dot groups thousands ("10 000", "10.000"); "3.2" is decimal.
"""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

from spacy.language import Language
from spacy.tokens import Doc

from annotations.nlp.spans import Regions, SpanSet
from annotations.nlp.state import Component, state
from annotations.nlp.types import MoneySpan

_MULTIPLIERS = {
    "mille": 10**3,
    "k": 10**3,
    "millier": 10**3,
    "milliers": 10**3,
    "million": 10**6,
    "millions": 10**6,
    "m": 10**6,
    "mn": 10**6,
    "mio": 10**6,
    "millions de millions": 10**12,
    "milliard": 10**9,
    "milliards": 10**9,
    "md": 10**9,
    "mds": 10**9,
    "mrd": 10**9,
    "mrds": 10**9,
    "bn": 10**9,
    "billion": 10**12,
    "billions": 10**12,
}
_CURRENCY_WORDS = {
    "euro": "EUR",
    "euros": "EUR",
    "eur": "EUR",
    "€": "EUR",
    "dollar": "USD",
    "dollars": "USD",
    "dollars américains": "USD",
    "dollars us": "USD",
    "dollars canadiens": "CAD",
    "dollars australiens": "AUD",
    "usd": "USD",
    "$": "USD",
    "us$": "USD",
    "$us": "USD",
    "livre sterling": "GBP",
    "livres sterling": "GBP",
    "£": "GBP",
    "gbp": "GBP",
    "franc suisse": "CHF",
    "francs suisses": "CHF",
    "chf": "CHF",
    "franc cfa": "XOF",
    "francs cfa": "XOF",
    "yen": "JPY",
    "yens": "JPY",
    "¥": "JPY",
    "jpy": "JPY",
    "yuan": "CNY",
    "yuans": "CNY",
    "renminbi": "CNY",
    "cny": "CNY",
    "rouble": "RUB",
    "roubles": "RUB",
    "roupie": "INR",
    "roupies": "INR",
    "dirham": "MAD",
    "dirhams": "MAD",
    "cad": "CAD",
}
_PREFIX_CURRENCIES = ("us$", "$us", "$", "€", "£", "¥", "usd", "eur", "gbp", "chf")


def _alternation(words) -> str:
    return "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))


_NUMBER = r"\d{1,3}(?:[ .]\d{3})+(?:,\d+)?|\d{1,3}(?:,\d{3})+(?!\d)|\d+(?:[.,]\d+)?"
# Short multipliers glued to a number or a symbol must not start a word ("10 Mais", "5 km").
_MULTIPLIER = (
    r"(?:"
    + _alternation(w for w in _MULTIPLIERS if len(w) > 3 and w != "mrds")
    + r"|(?:mrds|mrd|mds|md|mio|mn|bn|m|k)(?![^\W\d_]))"
)
_CURRENCY_AFTER = (
    r"(?:(?:de\s+|d')?(?:" + _alternation(w for w in _CURRENCY_WORDS if w[0].isalpha()) + r")(?![^\W\d_])|[€$£¥])"
)
_CURRENCY_BEFORE = r"(?:" + _alternation(_PREFIX_CURRENCIES) + r")"
_AMOUNT = rf"(?P<NUMBER>{_NUMBER})(?:\s?(?P<MULTIPLIER>{_MULTIPLIER}))?"
_FIRST = _AMOUNT.replace("NUMBER", "n1").replace("MULTIPLIER", "m1")
_SECOND = _AMOUNT.replace("NUMBER", "n2").replace("MULTIPLIER", "m2")
_BOUNDARY_BEFORE = r"(?<![\w.,])"

_PATTERNS = [
    # entre 50 et 100 millions de dollars
    rf"{_BOUNDARY_BEFORE}entre\s+{_FIRST}\s+et\s+{_SECOND}\s*(?P<cur>{_CURRENCY_AFTER})",
    # de 2 à 3 milliards d'euros / 10 à 15 M€ / 5-10 M$
    rf"{_BOUNDARY_BEFORE}(?:de\s+)?{_FIRST}\s*(?:à|-|–)\s*{_SECOND}\s*(?P<cur>{_CURRENCY_AFTER})",
    # $5-10M / $5 à $10 millions
    rf"(?P<pre>{_CURRENCY_BEFORE})\s?{_FIRST}\s*(?:-|–|à)\s*(?:{_CURRENCY_BEFORE})?\s?{_SECOND}(?![\w,.]\d)",
    # 50 millions de dollars / 1,2 Md€ / 10 000 euros
    rf"{_BOUNDARY_BEFORE}{_FIRST}\s*(?P<cur>{_CURRENCY_AFTER})",
    # $10M / € 300 / US$ 5 millions
    rf"(?<![\w])(?P<pre>{_CURRENCY_BEFORE})\s?{_FIRST}(?![\w,.]\d)",
]
_COMPILED = [re.compile(pattern, re.I) for pattern in _PATTERNS]


def find_money(text: str, *, regions: list[tuple[int, int]] | None = None) -> list[MoneySpan]:
    """The amounts of money in `text` (normalised), in order; only inside `regions` when given."""
    readable, taken, found = Regions(regions or [(0, len(text))]), SpanSet(), []
    for pattern in _COMPILED:
        for match in pattern.finditer(text):
            if readable.index_of(*match.span()) is None or taken.overlaps(*match.span()):
                continue
            amount = _amount(match)
            if amount:
                taken.add(amount.start, amount.end)
                found.append(amount)
    return sorted(found, key=lambda amount: amount.start)


def _amount(match: re.Match) -> MoneySpan | None:
    groups = match.groupdict()
    currency_text = (groups.get("cur") or groups.get("pre") or "").lower()
    currency = _CURRENCY_WORDS.get(re.sub(r"^(?:de\s+|d')", "", currency_text).strip())
    if not currency:
        return None
    english = bool(groups.get("pre")) or currency_text in ("$", "£")
    second_multiplier = _multiplier(groups.get("m2"), english)
    first_number = _parse_number(groups["n1"], english)
    first_multiplier = _multiplier(groups.get("m1"), english)
    if groups.get("n2") is None:
        value = _whole(first_number * first_multiplier)
        return MoneySpan(match.start(), match.end(), match[0], value, value, currency)
    second = second_multiplier * _parse_number(groups["n2"], english)
    if not groups.get("m1") and first_number <= _parse_number(groups["n2"], english):
        first_multiplier = second_multiplier  # "entre 50 et 100 millions": millions for both
    first = first_number * first_multiplier
    if first > second:
        return None
    return MoneySpan(match.start(), match.end(), match[0], _whole(first), _whole(second), currency)


def _multiplier(text: str | None, english: bool) -> int:
    if not text:
        return 1
    word = re.sub(r"\s+", " ", text.lower())
    if english and word in ("billion", "billions"):
        return 10**9
    return _MULTIPLIERS[word]


def _parse_number(text: str, english: bool) -> Decimal:
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+", text) and english:
        return Decimal(text.replace(",", ""))  # $1,500
    if re.fullmatch(r"\d{1,3}(?:[ .]\d{3})+(?:,\d+)?", text):
        text = re.sub(r"[ .]", "", text)
    return Decimal(text.replace(",", "."))


def _whole(value: Decimal) -> Decimal | int:
    return int(value) if value == value.to_integral_value() else value.normalize()


@Language.factory("saga_money", default_config={})
class MoneyRecognizer(Component):
    """Fills `doc._.saga.money` from the prose, titles and headings (boilerplate has none)."""

    def __call__(self, doc: Doc) -> Doc:
        saga = state(doc)
        found = find_money(saga.text, regions=saga.regions())
        saga.money = [replace(span, text=saga.original[span.start : span.end]) for span in found]
        return doc
