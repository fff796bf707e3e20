"""Amounts of money, normalised to a minimum, a maximum and an ISO 4217 currency.

Recognised shapes, with French and English writing habits (numbers: see `numbers`):
- number + multiplier + currency: "50 millions de dollars", "3,5 milliards d'euros", "dix dollars",
  "1,2 Md€", "10 K$", "14 millions de $", "200 k€", "10 000 euros", "1 500 €", "10 $CAD";
- currency first: "$10M", "$ 2,5 milliards", "€300", "US$ 5 millions", "£3bn", "USD 40", "EUR29,99";
- cents: "1 USD et 23 centimes", "1 USD 23 cents", "50 cents", "20 centimes d'euro", and bare after
  the euros, "12 € 50", "deux euros cinquante";
- ranges: "entre 50 et 100 millions de dollars", "de 2 à 3 milliards d'euros", "10 - 20 euros",
  "10 euros - 20 euros", "$5-10M" (a multiplier written once applies to both numbers when the
  first is the smaller);
- bounds and hedges: "plus de 10 euros" has min 10 and no max, "moins de 10 dollars" max 10 and
  no min, "environ 10 euros" / "10 euros environ" min = max = 10, the hedge in the span.
A number needs a currency to be money: "2 000 salariés" is not, nor "500 livres" (books, unless
"sterling"), nor "un euro fort" ("un" alone is an article, not a number). "Billion" is French
(10^12) in "billions d'euros", but English (10^9) in "bn" / "$3 billion". An amount too large
for any sane reading ("10^30 euros") keeps its text with min and max None.
"Francs" alone are French (FRF), or those their block names ("francs CFA"), or Swiss (CHF) in a
block that speaks of Switzerland ("le groupe suisse", a Swiss city, "CHF"). After a verb of change
"de X à Y" is two amounts, the verb just before or before its object ("relever le plafond de 10 000
à 12 000 euros"); a bare figure borrows the currency of an amount before it ("4 Md€, contre 3,8
milliards": `ellipsis`). The changes are read in `money_changes`, a match's numbers, multipliers and
currency in `money_values`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from decimal import Decimal

from spacy.language import Language
from spacy.tokens import Doc

from annotations.nlp.code_acronyms import read_as_initials
from annotations.nlp.currencies import CODES, CODES_AFTER, CURRENCY_WORDS
from annotations.nlp.ellipsis import elliptic_figures
from annotations.nlp.francs import which_francs
from annotations.nlp.local_currencies import local_currency
from annotations.nlp.money_changes import change_amounts, is_change
from annotations.nlp.money_values import (
    code_scale,
    currency_of,
    lone_article,
    match_number,
    match_thousands,
    milliards_before,
    money_multiplier,
    sign_of,
)
from annotations.nlp.normalise import lower_case
from annotations.nlp.number_leads import Lead, glued_sign, lead, signed_start, single_value
from annotations.nlp.number_matches import matches_at, number_windows
from annotations.nlp.numbers import (
    AND_A_HALF,
    FIGURES,
    FIGURES_BODY,
    MULTIPLIER_SYMBOLS,
    MULTIPLIER_WORDS,
    WORDS,
    alternation,
    parse_number,
    scaled,
    whole,
)
from annotations.nlp.spans import Regions, SpanSet
from annotations.nlp.state import Component, set_value_spans, state
from annotations.nlp.types import MoneySpan

_CENTS = {"cent": "USD", "cents": "USD", "centime": "EUR", "centimes": "EUR"}

# "Fr. 25.–", "SFr. 40": the Swiss franc's abbreviation, with its capital and its dot
_SYMBOL = r"(?:(?-i:US|CA|C|A)\$|\$\s?(?-i:CAD|CAN|CA|US)(?![\w])|[$€£¥₪₹]|(?-i:S?Fr)\.)"


def _codes(codes) -> str:
    """The codes as one alternation by their first letter ("D(?:JF|A|H|T)"): codes are tried after every number of a
    priced stretch, so a letter that opens none fails at once, and a new code costs only after its letter."""
    rests = {}
    for code in sorted(codes, key=len, reverse=True):
        rests.setdefault(code[0], []).append(re.escape(code[1:]))
    return "(?-i:" + "|".join(f"{first}(?:{'|'.join(rest)})" for first, rest in rests.items()) + r")(?![A-Za-z])"


_CODE = _codes(CODES)
_CODE_AFTER = _codes(CODES_AFTER)
# Not the Franks ("10 000 Francs"), nor "francs-tireurs", nor people and shops named Mark, Lei, Riel or Dong ("en 2025
# Mark Carney", "1 000 Marks & Spencer", "en 1869 Riel"): those currencies are written in lower case ("10 000 marks",
# "deutsche Marks", "MARKS", "5 000 riels").
_NOT_FRANCS = r"(?!(?-i:Franc|Mark|Le[iu](?![\w])|Riel|Dong)|francs?-)"
# Pounds counted in millions are money ("2,5 milliards de livres"), as "500 livres" (books or weight) are not.
_POUNDS = r"(?:(?<=millions de )|(?<=milliards de )|(?<=million de )|(?<=milliard de ))livres(?![\w])"
# What a currency may open with (a word's letter, "livres", a symbol, "US$" "C$" "A$" "SFr." "Fr.", a code's
# letter): a cheap first test, as the patterns try a currency after every reading of the number before it.
_CURRENCY_OPENS = (
    "(?=[" + re.escape("".join(sorted({name[0] for name in (*CURRENCY_WORDS, *CODES)} | set("l$€£¥₪₹UCASFf")))) + "])"
)
# After the number, the Swiss write the franc "fr." in lower case too ("3.20 fr.").
_CURRENCY_AFTER = (
    rf"(?:(?:de|d')\s*)?{_CURRENCY_OPENS}"
    rf"(?:{_NOT_FRANCS}(?:"
    + alternation(CURRENCY_WORDS)
    + rf")(?![\w])|{_POUNDS}|{_SYMBOL}|(?-i:fr)\.|{_CODE}|{_CODE_AFTER})"
)
_CURRENCY_BEFORE = rf"(?:{_SYMBOL}|{_CODE})"
# Québec writes a milliard of dollars "G$" ("1,5 G$"): "G" only before the dollar ("la 5G" is no amount).
_MULTIPLIER = (
    r"(?:(?:" + alternation(MULTIPLIER_WORDS) + r")(?![\w])|(?:" + alternation(MULTIPLIER_SYMBOLS) + r")(?![^\W\d_])"
    r"|(?-i:G)(?=\s?\$))"
)


def _amount_pattern(index: int, figures: str = FIGURES) -> str:
    return rf"(?P<n{index}>{figures}|{WORDS})(?:\s?(?P<m{index}>{_MULTIPLIER})(?P<half{index}>{AND_A_HALF})?)?"


_FIRST, _SECOND = _amount_pattern(1), _amount_pattern(2)
_FIRST_AFTER_CURRENCY = _amount_pattern(1, FIGURES_BODY)  # "USD1,23": glued to the code
# The cents written bare after the euros, the French way ("12 € 50", "12€50", "deux euros cinquante"): two
# figures or a number in words, then nothing that makes them a count ("12 € 50 fois": only a function word,
# a tax or punctuation may follow).
_BARE_CENTS_END = r"(?=\s*$|\s*[^\w\s]|\s+(?:le|la|les|l'|de|du|des|par|pour|et|ou|à|au|aux|en|chez|depuis|contre|soit|hors|ttc|ht)(?![\w]))"
_EUROS_BEFORE = r"(?:(?<=€)|(?<=euro)|(?<=euros))"
_AND_CENTS = (
    rf"(?:\s+(?:et\s+)?(?P<cents>\d{{1,2}}|{WORDS})\s?(?:cents?|centimes?)(?![\w])"
    # not "00" (no cents) nor "un"/"une", an article: "Il a payé 20 euros une de ses places"
    rf"|{_EUROS_BEFORE}\s?(?P<bare_cents>(?!00)\d{{2}}(?!\d|[,.]\d)|(?!une?(?![\w-])){WORDS}(?![\w-])){_BARE_CENTS_END})?"
)
# "10 euros environ", "six euros et des poussières": a hedge after the amount; not "et des poussières de plâtre",
# dust of a thing; "10 euros minimum", "30 000 euros maximum", "500 euros tout au plus": a bound after it (not "au
# plus", "au plus tard" as often, nor "au moins deux fois")
_ABOUT_AFTER = (
    r"(?:\s+(?P<about>environ|et\s+des\s+poussières(?!\s+d[e'’])|(?:au\s+)?(?:minimum|maximum)|tout\s+au\s+plus|"
    r"au\s+bas\s+mot)(?![\w]))?"
)
# "un euro symbolique", "l'euro symbolique": the one unit a court awards for the principle; no number anchors it ("un"
# is an article far more often: `numbers.windows`).
# "un euro de dommages et intérêts" the same; "un franc (suisse) symbolique" in Switzerland (`francs`).
_SYMBOLIC = re.compile(
    r"(?<![\w-])(?:un|l')\s?(?P<cur>euro|dollar|franc(?:\s+suisse)?)\s+(?:symbolique|de\s+dommages(?:\s+et\s+|-)intérêts)"
    r"(?![\w])",
    re.I,
)
_TO = r"(?:à|-|–|—)"
_CODE_AFTER_DE = re.compile(r"(?:de|d')\s*[A-Z]")

_PATTERNS = [
    # (entre) 50 et 100 millions de dollars / (entre) 10 euros et 20 euros
    rf"{_FIRST}\s*(?:(?P<cur1>{_CURRENCY_AFTER})\s*)?(?P<et>et)\s+{_SECOND}\s*(?P<cur>{_CURRENCY_AFTER})",
    # (de) 2 à 3 milliards d'euros / 10 à 15 M€ / 10 - 20 euros / 10 euros - 20 euros
    rf"{_FIRST}\s*(?:(?P<cur1>{_CURRENCY_AFTER})\s*)?{_TO}\s*{_SECOND}\s*(?P<cur>{_CURRENCY_AFTER})",
    # $5-10M / $5 à $10 millions / (entre) CHF 80 et 120 millions
    rf"(?<![\w])(?P<pre>{_CURRENCY_BEFORE})\s?{_FIRST_AFTER_CURRENCY}\s*(?:{_TO}|(?P<et>et)(?=\s))\s*(?:{_CURRENCY_BEFORE})?\s?"
    rf"{_SECOND}(?![\w,.]\d)",
    # 50 millions de dollars / 1,2 Md€ / 1 USD et 23 centimes / 10 euros environ
    rf"{_FIRST}\s*(?P<cur>{_CURRENCY_AFTER}){_AND_CENTS}{_ABOUT_AFTER}",
    # $10M / € 300 / US$ 5 millions
    rf"(?<![\w])(?P<pre>{_CURRENCY_BEFORE})\s?{_FIRST_AFTER_CURRENCY}(?![\w,.]\d){_ABOUT_AFTER}",
    # 50 cents / 20 centimes d'euro / trente-cinq centimes (in words only before "centimes": "deux cents" is 200)
    rf"(?P<n1>{FIGURES}|{WORDS}(?=\s?centimes?(?![\w])))\s?(?P<cents_unit>cents?|centimes?)(?![\w])"
    r"(?:\s+(?:de|d')\s*(?P<cents_of>euros?|dollars?)(?![\w]))?",
]


# A currency, as every pattern but the cents' holds one: the stretches without one are not read
# for them (most numbers of a news text are no amounts).
_CURRENCY = re.compile(rf"(?:{alternation(CURRENCY_WORDS)})(?![\w])|{_POUNDS}|{_SYMBOL}|{_CODE}|{_CODE_AFTER}", re.I)
# What a stretch needs to hold for _CURRENCY to be found in it, looked for in the text in lower case,
# five times faster than _CURRENCY: under re.IGNORECASE its hundred words are tried at every position.
# Codes are looked for as written; "ı", "ſ" and "İ", which re.IGNORECASE reads as "i" and "s", let a
# stretch through.
_CURRENCY_WORD_LOWERED = re.compile(rf"{alternation(CURRENCY_WORDS)}|livres|[$€£¥₪₹]|fr\.|[ıſİ]")
_CODE_AS_WRITTEN = re.compile(_codes((*CODES, *CODES_AFTER)))


def _may_be_priced(text: str, lowered: str, start: int, end: int) -> bool:
    """Whether text[start:end] may hold a currency: False only where _CURRENCY finds none."""
    return bool(_CURRENCY_WORD_LOWERED.search(lowered, start, end) or _CODE_AS_WRITTEN.search(text, start, end))


class MoneyMatcher:
    """The compiled patterns, tried in order around the numbers of the text (`number_windows`); the
    first to claim a stretch of text keeps it."""

    def __init__(self):
        self.patterns = [re.compile(pattern, re.I) for pattern in _PATTERNS]

    def __call__(
        self, text: str, regions: list[tuple[int, int]] | None = None, around_numbers: dict | None = None
    ) -> list[MoneySpan]:
        """`around_numbers`, if given, holds number_windows(text, regions), found before (the Doc's)."""
        regions = regions or [(0, len(text))]
        around_numbers = number_windows(text, regions) if around_numbers is None else around_numbers
        readable, taken, found, stretches = Regions(regions), SpanSet(), [], list(around_numbers)
        lowered = lower_case(text)
        starts = {stretch: at for stretch, at in around_numbers.items() if _may_be_priced(text, lowered, *stretch)}
        for pattern in self.patterns:
            for match in self._matches(pattern, text, lowered, stretches, starts):
                if taken.overlaps(*match.span()):
                    continue
                for amount in _amounts(match):
                    region = readable.index_of(amount.start, amount.end)
                    if region is None or read_as_initials(amount, text, regions[region]):
                        continue  # "12 DA et 40 graphistes": art directors
                    if taken.add_if_free(amount.start, amount.end):
                        written = _CURRENCY.search(amount.text) is not None
                        francs = which_francs(amount, text, regions[region], written=written)
                        amount = local_currency(francs, text, regions[region])
                        if amount is not None:  # dinars of no country told stay unread, as before
                            found.append(amount)
        for symbolic in _SYMBOLIC.finditer(text):
            region = readable.index_of(*symbolic.span())
            if region is not None and taken.add_if_free(*symbolic.span()):
                currency = CURRENCY_WORDS[" ".join(symbolic["cur"].lower().split())]
                unit = MoneySpan(symbolic.start(), symbolic.end("cur"), symbolic["cur"], 1, 1, currency)
                currency = which_francs(unit, text, regions[region], written=True).currency  # "un franc": whose?
                found.append(MoneySpan(symbolic.start(), symbolic.end(), symbolic[0], 1, 1, currency))
        found.sort(key=lambda amount: amount.start)
        for figure in elliptic_figures(text, found, taken, regions, money=True):
            taken.add(figure.start, figure.end)
            found.append(MoneySpan(figure.start, figure.end, figure.text, figure.min, figure.max, figure.of.currency))
        return sorted(found, key=lambda amount: amount.start)

    @staticmethod
    def _matches(pattern: re.Pattern, text: str, lowered: str, stretches: list, starts: dict) -> Iterator[re.Match]:
        """The pattern's matches in the stretches it may find something in: the cents' in every one that
        says "cent" (`lowered`: the text in lower case), the others' in those where a currency is (the keys
        of `starts`, which holds where numbers open in each): a pattern that opens on a number is tried
        only there (`number_matches`)."""
        if "cents_unit" in pattern.groupindex:
            named = (stretch for stretch in stretches if "cent" in lowered[stretch[0] : stretch[1]])
            return (match for start, end in named for match in pattern.finditer(text, start, end))
        if "pre" in pattern.groupindex:  # opens on its currency
            return (match for start, end in starts for match in pattern.finditer(text, start, end))
        return (match for (start, end), at in starts.items() for match in matches_at(pattern, text, at, end))


_MATCHER = MoneyMatcher()


def find_money(text: str, *, regions: list[tuple[int, int]] | None = None) -> list[MoneySpan]:
    """The amounts of money in `text` (normalised), in order; only inside `regions` when given."""
    return _MATCHER(text, regions)


def _amounts(match: re.Match) -> list[MoneySpan]:
    """The amount a pattern matched, or the two of a change ("passé de 450 à 520 euros"), or none."""
    before = lead(match.string, signed_start(match.string, match.start()))  # "plus de -3 M€"
    if is_change(match, before):
        return change_amounts(match)
    amount = _amount(match, before)
    return [amount] if amount else []


# "sur trois", "sur 10" after a smaller amount with no multiplier make it a share ("Deux dollars sur trois
# dépensés"); not "sur trois ans", "sur 5 millions d'euros" (a period, a total), nor "42 millions de dollars sur six
# saisons".
_SHARE_AFTER = re.compile(
    r"\s+sur\s+(?P<of>\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix)(?![\w,.]\d)(?!\s*(?:ans?|années?|mois|"
    r"semaines?|jours?|heures?|exercices?|millions?|milliards?|mille|k|m|md|€|\$|£|euros?|dollars?|francs?|%)(?![\w]))",
    re.I,
)


def _amount(match: re.Match, before: Lead) -> MoneySpan | None:
    """One amount, or a range; `before`: what leads the match ("entre", "de", a bound)."""
    groups = match.groupdict()
    if groups.get("cents_unit"):
        return _cents(match, before)
    currency = currency_of(groups.get("cur") or groups.get("pre"))
    first_currency = currency_of(groups.get("cur1")) if groups.get("cur1") else currency
    if not currency or first_currency != currency or (lone_article(groups) and not before.bound):  # "moins d'un euro"
        return None
    if _CODE_AFTER_DE.match(groups.get("cur") or "") and not (groups.get("m1") or groups.get("m2")):
        return None  # a code after "de" counts a scale ("2 milliards de DH"); "50 de DA" is none
    english = bool(groups.get("pre")) or groups.get("cur") in ("$", "£")
    first = match_number(groups, 1, english)
    share = _SHARE_AFTER.match(match.string, match.end()) if groups.get("n2") is None else None
    if share and not groups.get("m1") and first is not None and first < parse_number(share["of"]):
        return None  # "deux dollars sur trois": a share of the money spent, no amount
    if groups.get("n2") is None:
        value = scaled(first, money_multiplier(groups.get("m1"), english) * code_scale(groups.get("cur")))
        cents = parse_number(groups.get("cents") or groups.get("bare_cents") or "0")
        if groups.get("bare_cents") and not 0 < cents < 100:
            return None  # "12 euros cent ...": no cents, and no amount read (the pattern leaves out "00" and "un")
        if value is not None and cents:
            value += cents / 100
        span = _span(match, before, value, value, currency)
        return milliards_before(span, match.string, groups.get("m1")) if span.start == match.start() else span
    if groups.get("et") and before.word != "entre":
        return None  # "10 et 20 euros" without "entre": two amounts
    first, second_number = match_number(groups, 1, english, sign_of(match)), match_number(groups, 2, english)
    second_multiplier = money_multiplier(groups.get("m2"), english) * code_scale(groups.get("cur"))
    first_multiplier = money_multiplier(groups.get("m1"), english)
    if not groups.get("m1") and first is not None and second_number is not None and abs(first) <= second_number:
        first_multiplier = second_multiplier  # "entre 50 et 100 millions", "entre -2 et 4 millions": millions for both
    first_multiplier *= match_thousands(groups, first, second_number)
    low, high = scaled(first, first_multiplier), scaled(second_number, second_multiplier)
    if low is None or high is None:
        low = high = None  # past any sane size: the text stays, the value goes
    elif low > high:
        return None
    return _span(match, before, low, high, currency)


def _span(match: re.Match, before: Lead, low: Decimal | None, high: Decimal | None, currency: str) -> MoneySpan:
    """The amount from its lead on: "entre"/"de" of a range, or a bound or hedge of one value."""
    groups = match.groupdict()
    if groups.get("n2") is not None:
        # "de 2 à 3 milliards" reads from "de"; "de $5-10M" is a range of its own ("une levée de")
        # "de l'ordre de 10 à 12 M€", "environ 1 000 à 1 500 euros": from the hedge
        led = (before.word or before.bound == "about") and (not groups.get("pre") or groups.get("et"))
        start = before.start if led else match.start()
    else:  # "-3,5 M€", "+12 M€", "Résultat : - 4,7 M€", a change with its sign; "plus de -3 M€": the bound of the signed value
        sign_start, low, high = glued_sign(match.string, match.start(), low, high, spaced=True)
        start, low, high = single_value(match, before, low)
        start = sign_start if start == match.start() else start
    text = match.string[start : match.end()]
    return MoneySpan(start, match.end(), text, whole(low), whole(high), currency)


def _cents(match: re.Match, before: Lead) -> MoneySpan:
    """ "50 cents": half a dollar; "20 centimes (d'euro)": a fifth of a euro."""
    of = (match["cents_of"] or "").lower()
    currency = CURRENCY_WORDS[of] if of else _CENTS[match["cents_unit"].lower()]
    value = parse_number(match["n1"])
    value = None if value is None else value / 100
    return _span(match, before, value, value, currency)


@Language.factory("saga_money", default_config={"spans_key": "saga_money"})
class MoneyRecognizer(Component):
    """Fills `doc._.saga.money` from the prose, titles and headings (boilerplate has none), and
    `doc.spans[spans_key]` with the same amounts (`span._.saga_min`, `saga_max`, `saga_currency`)."""

    def __init__(self, nlp, name: str, spans_key: str):
        super().__init__(nlp, name)
        self.spans_key = spans_key
        self.matcher = MoneyMatcher()

    def __call__(self, doc: Doc) -> Doc:
        saga = state(doc)
        found = self.matcher(saga.text, saga.regions(), saga.number_windows())
        saga.money = [replace(span, text=saga.original[span.start : span.end]) for span in found]
        set_value_spans(doc, self.spans_key, "MONEY", saga.money)
        return doc
