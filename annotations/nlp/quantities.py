"""Quantities: the numbers that are not money, with their unit.

- percentages: "3 %", "2,5 pour cent" (unit "%"); points: "1,5 point de pourcentage" (unit "point");
- measures, their unit as a symbol: "32 hectares" (ha), "10 km", "400 MW", "50 m²", "3 tonnes" (t),
  or a compound one as written ("2,5 mg/ml", "15 mg/kg/j");
- counts of a named thing: "120 000 baigneurs", "300 emplois", "trois cents habitants", "10 millions
  d'habitants": the unit is the noun in the singular ("baigneur", "emploi", "habitant").
  The pipeline runs no tagger nor lemmatiser (see `pipeline`), so the noun is recognised by its
  shape: a lower-case word after the number that is no function word (spaCy's French stop
  words), month, day or adjective placed before nouns ("300 nouveaux emplois" counts "emploi"),
  and, after a number of two or more, looks plural (ends in s, x or z: "300 sont partis" counts
  nothing). It is put in the singular by the regular French rules (`singular`): -aux → -al,
  -eaux/-eux → -eau/-eu, a final s/x/z dropped, with the usual exceptions (travaux, pays, mois).
Ranges, bounds and hedges as for money ("entre 10 et 20 %", "plus de 300 emplois": min 300, max
None). "passé de 10 % à 20 %" is two values, not a range: "de X à Y" after a verb of change; the
first takes the unit and multiplier written after the second only ("passée de 2 à 3 millions
d'habitants": 2,000,000 inhabitants, then 3,000,000). Money reads its changes alike.
A bare figure borrows the unit of the quantity before it ("312 voix contre 241": `ellipsis`).
Not quantities: years ("en 2021 entreprises": a bare number from 1000 to 2100 after "en", "depuis",
"vers"... counts nothing, while "plus de 2000 manifestants" counts), dates and amounts (found
before, never overlapped), times ("à 14 heures"; but "toutes les 6 heures", "au moins 4 heures"
last), ordinals ("2e", "premiers"), references ("article 12", "n° 3"), "un"/"une" alone
(articles), numbers glued to a name ("COVID-19", "A320"), proportions ("1 patient sur 10"), the base
of a rate ("312 cas pour 100 000 habitants"), a count in millions without its "de" ("2,5 milliards
attendus"), an elided article ("4 500 milliards l'an").
"""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

from spacy.lang.fr.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.tokens import Doc

from annotations.nlp import measure_words, number_leads, numbers
from annotations.nlp.currencies import CURRENCY_WORDS
from annotations.nlp.dates import find_dates
from annotations.nlp.ellipsis import elliptic_figures
from annotations.nlp.lexicon import MONTHS_AND_WEEKDAYS, words
from annotations.nlp.money import find_money
from annotations.nlp.number_matches import matches_at, number_starts, number_windows
from annotations.nlp.numbers import alternation
from annotations.nlp.plurals import singular
from annotations.nlp.quantity_ranges import SIGNED_UNITS, number_value, quantity_range
from annotations.nlp.race_times import race_times
from annotations.nlp.rates import a_proportion, without_rate_bases
from annotations.nlp.spans import Regions, SpanSet
from annotations.nlp.state import Component, set_value_spans, state
from annotations.nlp.types import QuantitySpan
from annotations.nlp.units import PER_SYMBOLS, SYMBOLS, UNIT_WORDS, is_a_duration, is_cold, is_weather, miles, unit_of

# Words after a number that are no counted noun, beside the stop words ("au 7 bis, rue ...": an address).
_NOT_COUNTED = words(
    "fois reprises tiers quarts quart moitié suivants suivantes prochains prochaines précédents précédentes "
    "autres mêmes plusieurs hier demain environ ans-là bis ter quater face "
    # currencies that money reads only with their country ("dinars tunisiens"): alone, an amount still, no count
    "dinars pesos florins shillings"
) | frozenset(numbers.MULTIPLIER_WORDS)  # "passés à 1,294 milliard": an amount whose currency was said before
# Adjectives written before the noun: "300 nouveaux emplois" counts jobs, "les trois premiers
# articles" articles (and "les 3 premiers sont partis" nothing: "sont" is no noun).
_BEFORE_NOUN = words(
    "premiers premières derniers dernières "
    "nouveaux nouvelles nouvel grands grandes petits petites jeunes vieux vieilles anciens anciennes "
    "gros grosses bons bonnes mauvais mauvaises vrais vraies faux fausses seuls seules hauts hautes"
)
# Nouns counted that are units with a symbol of their own, looked up once the noun is read (cheaper than one more unit
# word every number tries): "un diamant de 10,57 carats".
_NOUN_SYMBOLS = {"carat": "ct"}
_ACRONYM = re.compile(r"[A-Z]{2,5}")
_AGO = re.compile(r"\bil y a\s+$", re.I)
_TIME_UNITS = words("an année mois semaine jour heure minute siècle décennie")
_AFTER_A_NAME = re.compile(r"[A-Z][\w-]* $")
# "milles" before an amount is the number "mille" misspelt ("deux milles euros"), no mile at sea
_MONEY_AFTER = re.compile(r"\s+(?:" + alternation(CURRENCY_WORDS) + r"|[€$£])(?![\w])", re.I)
_SCORE_BEFORE = re.compile(r"(?<![\d,.])\d{1,2}\s?[-–]\s?$")  # "3-1", "2 – 0": a score's first number
# "moins 6 degrés" is 6 below zero; "au moins 6 degrés" and "moins de 6 degrés" are bounds (read by `lead`).
_MINUS_WORD = re.compile(r"(?<![\w'’-])moins[^\S\n]+$", re.I)
_TEMPERATURES = frozenset({"°C", "°"})
# A number glued by a hyphen to the number before it, the two no range (tried first: "10-20 %", "3-4 enfants"),
# is the tail of a code, not a quantity: "le décret n° 2026-341 pris", "la loi 2019-1428 votée".
_CODE_BEFORE = re.compile(r"\d[-–]$")
_REFERENCE_WORDS = words(
    "article articles art n° no numéro loi page pages p chapitre alinéa tome décret section "
    "paragraphe annexe version vol volume édition saison épisode"
)
_YEAR_PREPOSITIONS = words("en depuis dès avant après jusqu'en vers fin début mi an année")
# A counted noun: not an elided word ("pour 2027 s'élève"), nor a number written out ("30 deux-pièces" counts).
_NOUN = r"(?P<noun>(?!(?:" + alternation(numbers.UNITS_IN_WORDS) + r")(?![\w-]))[^\W\d_][\w-]*(?<!-))(?!['’])"
# A symbol, or a compound one ("2,5 mg/ml", "15 mg/kg/j"), after "de" behind a multiplier ("1,2 milliard de m³");
# never an elided article ("4 500 milliards l'exercice").
_SYMBOL = r"(?P<symbol>(?-i:" + alternation(SYMBOLS) + r"))(?P<per>(?:/(?-i:" + alternation(PER_SYMBOLS) + r")){0,2})"
_UNIT = (
    r"(?:(?:\s?|\s+(?P<of_symbol>de\s+))" + _SYMBOL + r"(?![\w²³/'’])"
    r"|\s+(?P<of>(?:de(?![\w-])|d')\s*)?(?:(?P<unit_word>" + alternation(UNIT_WORDS) + r")(?![\w])"
    r"|(?:(?P<adjective>" + alternation(_BEFORE_NOUN) + r")\s+)?" + _NOUN + "))"
)
# or the adjective itself a noun: "1,3 million de jeunes voteront" (tried when the above counts nothing;
# not "les 3 premiers sont partis")
_ADJECTIVE_NOUN_WORDS = r"jeunes|vieux|vieilles|anciens|anciennes"
_NOUN_ONLY = rf"\s+(?P<of>(?:de(?![\w-])|d')\s*)?(?P<noun>{_ADJECTIVE_NOUN_WORDS})(?![\w'’])"
_ADJECTIVE_NOUNS = re.compile(rf"\b(?:{_ADJECTIVE_NOUN_WORDS})\b", re.I)
_FIRST_UNIT = r"(?:\s?(?-i:" + alternation(SYMBOLS) + r")(?![\w²³/'’])|\s+(?:" + alternation(UNIT_WORDS) + r")(?![\w]))"


# The abbreviations of money multiply a count too when "de" follows: "8,2 Md d'habitants", "2,3 M de vues" ("10 m de
# long" is ten metres: the capital is the multiplier's).
_COUNT_SYMBOLS = r"(?-i:Mds|Mrds|Mrd|Md|Mio|M)(?=\s+d(?:e\s|['’]))"
# A number in words runs on past its millions: "un million deux cent mille", "deux millions trois cent mille";
# only as `numbers.WORDS` does ("dix millions deux ans plus tard" is ten millions, then two years).
_RUN_ON = rf"(?:(?<=ions)|(?<=ion)|(?<=ards)|(?<=ard))\s+(?!une?(?![\w-]))(?:{numbers.AFTER_A_SCALE})"


def _number_pattern(index: int) -> str:
    multiplier = (
        rf"(?P<m{index}>{alternation(numbers.MULTIPLIER_WORDS)}|{_COUNT_SYMBOLS})(?![\w])"
        rf"(?P<half{index}>{numbers.AND_A_HALF})?(?P<rest{index}>{_RUN_ON})?"
    )
    return rf"(?P<n{index}>{numbers.FIGURES}|{numbers.WORDS})(?:\s+{multiplier})?"


_FIRST, _SECOND = _number_pattern(1), _number_pattern(2)
_PATTERNS = [
    # (entre) 10 et 20 % / (entre) 300 et 400 emplois
    rf"{_FIRST}(?P<u1>{_FIRST_UNIT})?\s+(?P<et>et)\s+(?P<sign2>-)?{_SECOND}{_UNIT}",
    # (de) 2 à 3 km / 10-20 % / 10 % à 20 %
    rf"{_FIRST}(?P<u1>{_FIRST_UNIT})?\s*(?:à|-|–|—)\s*(?P<sign2>-)?{_SECOND}{_UNIT}",
    # 300 emplois / 32 hectares / 3 % environ / trois ans et demi (and a bound or hedge before, see `lead`)
    rf"{_FIRST}{_UNIT}(?P<unit_half>{numbers.AND_A_HALF})?(?:\s+(?P<about>environ)(?![\w]))?",
    rf"{_FIRST}{_NOUN_ONLY}",
]


class QuantityMatcher:
    """The compiled patterns, tried in order around the numbers of the text (`windows`); the
    first to claim a stretch of text keeps it.

    `counts`: whether counts of a named thing ("300 emplois") are quantities, beside the
    percentages and the measures."""

    def __init__(self, *, counts: bool = True):
        self.counts = counts
        self.patterns = [re.compile(pattern, re.I) for pattern in _PATTERNS]

    def __call__(
        self,
        text: str,
        regions: list[tuple[int, int]] | None = None,
        taken: list[tuple[int, int]] = (),
        around_numbers: dict | None = None,
    ) -> list[QuantitySpan]:
        """`around_numbers`, if given, holds number_windows(text, regions), found before (the Doc's)."""
        regions = regions or [(0, len(text))]
        readable, held, found = Regions(regions), SpanSet(taken), []
        around_numbers = number_windows(text, regions) if around_numbers is None else around_numbers
        ones = measure_words.ones(text, regions)
        stretches = list(around_numbers) + ones
        lengths, times_of_day = race_times(text, regions)
        for start, end in times_of_day:
            held.add_if_free(start, end)  # "à 9 h 15 min": a time of day, neither a length nor "15 min"
        # "une demi-heure": no number to anchor; "2 h 05 min 12 s": one length, not three
        for fraction in (*measure_words.fractions_of_units(text, regions), *lengths):
            if held.add_if_free(fraction.start, fraction.end):
                found.append(fraction)
        # every pattern opens on a number
        starts = around_numbers | {stretch: number_starts(text, *stretch) for stretch in ones}
        for pattern in self.patterns:
            if pattern is self.patterns[-1] and not _ADJECTIVE_NOUNS.search(text):
                continue  # the last pattern counts only "jeunes", "anciens"...: not worth a pass over every number
            for match in (
                match for start, end in stretches for match in matches_at(pattern, text, starts[start, end], end)
            ):
                if held.overlaps(*match.span()):
                    continue
                for quantity in self._quantities(match, text):
                    inside = readable.index_of(quantity.start, quantity.end) is not None
                    if inside and held.add_if_free(quantity.start, quantity.end):
                        found.append(quantity)
        found = without_rate_bases(text, sorted(found, key=lambda quantity: quantity.start), taken)
        for figure in elliptic_figures(text, found if self.counts else [], held, regions):
            held.add(figure.start, figure.end)
            found.append(QuantitySpan(figure.start, figure.end, figure.text, figure.min, figure.max, figure.of.unit))
        for felt in measure_words.felt_temperatures(text, found):  # "-31 °C, un refroidissement équivalant à -44"
            if readable.index_of(felt.start, felt.end) is not None and held.add_if_free(felt.start, felt.end):
                found.append(felt)
        return sorted(found, key=lambda quantity: quantity.start)

    def _quantities(self, match: re.Match, text: str) -> list[QuantitySpan]:
        """The quantity a pattern matched, or the two of a change ("passée de 12 000 à 15 000
        habitants"), or none. Long: one list of refusals, each with its example, the cheapest and
        surest first; apart, each would take the match's groups, unit, lead-in and word before again."""
        groups, number_start = match.groupdict(), match.start()
        unit = _unit(groups)
        if unit in SIGNED_UNITS:
            number_start = number_leads.signed_start(text, number_start)  # "entre -2 et 3 °C", "plus de -3 °C"
        lead_in = number_leads.lead(text, number_start)
        if unit == "°" and is_weather(text, match.start(), match.end()):
            unit = "°C"  # "des maximales entre 36 et 39 degrés"
        if unit is None or (groups["noun"] and not self.counts):
            return []
        if unit == "cheval" and measure_words.horsepower(text, lead_in.start):
            unit = "ch"  # "un moteur de 130 chevaux"
        elif unit == "livre" and measure_words.in_pounds(text, match.start(), match.end()):
            unit = "lb"  # "le homard à 7 $ la livre ; un homard de deux livres"
        if unit == "NM" and groups["unit_word"].lower() == "milles":
            if _MONEY_AFTER.match(text, match.end()):
                return []
            unit = miles(text, match.start(), match.end())  # at sea, or a road's statute miles
        before = numbers.word_before(text, lead_in.start)
        if (before in _REFERENCE_WORDS and lead_in.word != "de") or (
            unit in _TIME_UNITS and _AGO.search(text, max(0, lead_in.start - 8), lead_in.start)
        ):
            return []  # "l'article 12" ("un volume de 0,3 ml" measures); "il y a trois ans" is a date
        if (
            unit == groups["noun"]
            and _ACRONYM.fullmatch(unit)
            and _AFTER_A_NAME.search(text, max(0, lead_in.start - 40), lead_in.start)
        ):
            return []  # "Boeing 737 MAX", "Airbus 320 NEO": a number in a name
        if groups.get("of_symbol") and not (groups["m1"] or groups.get("m2")):
            return []  # "1,2 milliard de m³" is a measure, "12 de m" nothing
        if groups.get("unit_half") and not measure_words.halves(unit, groups["unit_word"]):
            return []  # "deux enfants et demi": no half of a count
        before_one = numbers.word_before(text, match.start()) if lead_in.bound else before  # "moins d'un an"
        one = groups.get("unit_half") or measure_words.is_one(text, match.start(), match.end(), unit, before_one)
        if groups["n1"].lower() in ("un", "une") and not groups["m1"] and not one:
            return []  # "un" alone is an article: "un homme", not one man; but "en un an", "un kilomètre et demi"
        if groups["noun"] and _SCORE_BEFORE.search(text, max(0, match.start() - 4), match.start()):
            return []  # "s'est imposé 3-1 face à Rennes": a score's second number counts nothing
        if (
            groups.get("symbol") == "s"
            and text[match.start("symbol") - 1].isdigit()
            and "," not in match["n2" if groups.get("n2") else "n1"]
        ):
            return []  # "les 80s", "l'iPhone 5s": an "s" glued to a whole number is no second ("9,58s" is)
        if groups.get("n2") is None and _CODE_BEFORE.search(text, max(0, match.start() - 2), match.start()):
            return []  # "n° 2026-341 pris": the tail of a code
        first = number_value(groups["n1"], groups["m1"], groups["half1"] or groups.get("unit_half"), groups["rest1"])
        if number_start < match.start() and text[number_start] in number_leads.MINUS_SIGNS and first is not None:
            first = -first
        if unit == "heure" and not is_a_duration(text, lead_in.start, match.end(), before, first):
            return []  # "à 14 heures", "le 20 heures": a time of day
        if groups["noun"] and (not _counts(groups, first, before) or a_proportion(text, match.end())):
            return []  # and "1 patient sur 10" is a proportion
        if groups.get("n2") is None:
            return [_single(match, lead_in, first, unit, number_start)]
        return quantity_range(match, lead_in, first, unit, number_start)


def _single(match: re.Match, lead_in: number_leads.Lead, first: Decimal | None, unit: str, signed: int) -> QuantitySpan:
    """The quantity of one value (`first`, with its sign), with its sign or "moins" before it where it is below
    zero; `signed`: where its number starts with a sign glued to it."""
    text = match.string
    start, low, high = number_leads.single_value(match, lead_in, first)
    if start == match.start():  # "(-13,5 %)", "+2 °C": a change, a temperature below zero
        start = signed
    if start == match.start() and unit in _TEMPERATURES and first is not None:  # no sign glued: a word?
        minus = _MINUS_WORD.search(text, max(0, start - 12), start)
        if minus:
            start, low, high = minus.start(), -first, -first  # "moins 6 degrés": below zero
    end = match.end()
    below = measure_words.below_zero(text, end) if unit in _TEMPERATURES and low == high == first else None
    if below and first is not None:
        end, low, high = below, -first, -first  # "3 degrés sous zéro"
    if unit == "°" and low is not None and low == high and low < 0 and is_cold(text, start, end):
        unit = "°C"  # "bivouaquer à -18 degrés", "par moins 34 degrés"
    return QuantitySpan(start, end, text[start:end], numbers.whole(low), numbers.whole(high), unit)


def _unit(groups: dict) -> str | None:
    if groups.get("per"):
        return "/".join((SYMBOLS[groups["symbol"]], *(PER_SYMBOLS[per] for per in groups["per"].split("/")[1:])))
    if groups.get("symbol"):
        return SYMBOLS[groups["symbol"]]
    if groups.get("unit_word"):
        return unit_of(groups["unit_word"])
    noun = groups["noun"]
    if _ACRONYM.fullmatch(noun):
        return noun  # "17 MAE", "300 PME": an acronym counts what it names (but see _quantities)
    lowered = noun.lower()
    if not noun[0].islower() or lowered in STOP_WORDS or lowered in MONTHS_AND_WEEKDAYS or lowered in _NOT_COUNTED:
        return None
    if len(noun) == 1:
        return None  # a letter: "une pièce de 3 x 10 mètres" counts no "x"
    if lowered.endswith(("ème", "èmes")):
        return None  # an ordinal: "les 300 deuxièmes"
    if lowered in ("année", "années"):
        return "an"  # "une trentaine d'années": years
    noun = singular(lowered)
    return _NOUN_SYMBOLS.get(noun, noun)


def _counts(groups: dict, value: Decimal | None, before: str | None) -> bool:
    """A noun after a number counts it when it agrees with it: plural after two or more; after
    "de" only behind a multiplier ("10 millions d'habitants", never "10 de ses amis"), and always
    after one but "mille"."""
    multiplier = groups.get("m2" if groups.get("n2") else "m1")
    if groups.get("rest2" if groups.get("n2") else "rest1"):
        multiplier = None  # "un million deux cent mille habitants": no "de" after "mille"
    scaled = bool(multiplier and multiplier.lower() != "mille")
    if not _whole_millions(value, multiplier) and bool(groups["of"]) != scaled:
        return False  # nor "2,5 milliards attendus": a count in millions needs its "de"
    number = groups.get("n2") or groups["n1"]
    if re.fullmatch(r"\d{4}", number) and 1000 <= int(number) <= 2100 and before in _YEAR_PREPOSITIONS:
        return False  # "en 2021 entreprises": a year
    plural = groups["noun"][-1] in "sxz" or bool(_ACRONYM.fullmatch(groups["noun"]))
    return plural or (value is not None and value < 2)


def _whole_millions(value: Decimal | None, multiplier: str | None) -> bool:
    """Whether `value` is whole millions written in figures, which take "de" as "millions" does:
    "26 000 000 de galaxies" (and "26 000 000 galaxies" all the same)."""
    return multiplier is None and value is not None and value >= 10**6 and value % 10**6 == 0


@Language.factory("saga_quantities", default_config={"spans_key": "saga_quantities", "counts": True})
class QuantityRecognizer(Component):
    """Fills `doc._.saga.quantities` from the prose, titles and headings, beside the dates and
    amounts already found, and `doc.spans[spans_key]` with the same quantities
    (`span._.saga_min`, `saga_max`, `saga_unit`)."""

    def __init__(self, nlp, name: str, spans_key: str, counts: bool):
        super().__init__(nlp, name)
        self.spans_key = spans_key
        self.matcher = QuantityMatcher(counts=counts)

    def __call__(self, doc: Doc) -> Doc:
        saga = state(doc)
        taken = sorted((span.start, span.end) for span in (*saga.dates, *saga.money))
        found = self.matcher(saga.text, saga.regions(), taken, saga.number_windows())
        saga.quantities = [replace(span, text=saga.original[span.start : span.end]) for span in found]
        set_value_spans(doc, self.spans_key, "QUANTITY", saga.quantities)
        return doc


_MATCHER = QuantityMatcher()


def find_quantities(text: str, *, regions: list[tuple[int, int]] | None = None) -> list[QuantitySpan]:
    """The quantities of `text` (normalised), in order: as the component, the dates and amounts
    of the text are left aside."""
    taken = sorted((span.start, span.end) for span in (*find_dates(text), *find_money(text)))
    return _MATCHER(text, regions, taken)
