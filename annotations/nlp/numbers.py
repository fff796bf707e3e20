"""Numbers as French news writes them, shared by `money` and `quantities`.

- figures: "10 000", "10.000", "1,5", "3.2", "$1,500" (a comma groups thousands only in English
  writing, after a currency symbol), a power "10^30", scientific writing "2,5 × 10⁶", "1e6";
- words: "dix", "vingt-deux", "soixante et onze", "quatre-vingt-dix", "deux mille trois cents";
- a multiplier after either: "1,2 milliard", "dix millions", "10 M" (the short ones for money only),
  "un demi-milliard";
(the bounds, hedges and signs before a number are `number_leads`'s).

A value past `LARGEST` (or a power past 10^30) is no value at all: the span keeps its text and its
bounds are None, so that nothing downstream (JSON, a DecimalField of 28 digits) has to cope
with 400-digit numbers.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from annotations.nlp.normalise import lower_case

LARGEST = Decimal(10) ** 21  # Mention.amount_* hold 28 digits, 6 of them decimal places

UNITS_IN_WORDS = {
    "zéro": 0,
    "un": 1,
    "une": 1,
    "deux": 2,
    "trois": 3,
    "quatre": 4,
    "cinq": 5,
    "six": 6,
    "sept": 7,
    "huit": 8,
    "neuf": 9,
    "dix": 10,
    "onze": 11,
    "douze": 12,
    "treize": 13,
    "quatorze": 14,
    "quinze": 15,
    "seize": 16,
    "vingt": 20,
    "vingts": 20,
    "trente": 30,
    "quarante": 40,
    "cinquante": 50,
    "soixante": 60,
    "septante": 70,
    "huitante": 80,
    "octante": 80,
    "nonante": 90,
    "cent": 100,
    "cents": 100,
    "mille": 1000,
}
MULTIPLIER_WORDS = {
    "mille": 10**3,
    "millier": 10**3,
    "milliers": 10**3,
    "million": 10**6,
    "millions": 10**6,
    "milliard": 10**9,
    "milliards": 10**9,
    "billion": 10**12,
    "billions": 10**12,
}
# Round counts, read as their number ("une centaine de salariés": 100, as "environ 100"; "deux
# milliers": 2 000; "un bon millier", "une bonne centaine", "une petite centaine" alike); "des centaines" has no number before it.
_ROUND_COUNTS = {"dizaine": 10, "douzaine": 12, "quinzaine": 15, "vingtaine": 20, "trentaine": 30, "quarantaine": 40}
_ROUND_COUNTS.update({"cinquantaine": 50, "soixantaine": 60, "centaine": 100, "millier": 1000})
# and the Belgian and Swiss ones: "une septantaine de millions d'euros", "une nonantaine de participants"
_ROUND_COUNTS.update({"septantaine": 70, "huitantaine": 80, "nonantaine": 90})
_GOOD = (
    "",
    "bon ",
    "bonne ",
    "petite ",
)  # "une bonne centaine", "une petite dizaine" (round counts are feminine but "millier";
# every prefix lengthens the alternation every amount pattern tries: "petit" is left out)
MULTIPLIER_WORDS.update(
    {f"{good}{word}{plural}": value for word, value in _ROUND_COUNTS.items() for plural in ("", "s") for good in _GOOD}
)
# Round counts of a scale: "une dizaine de millions d'euros" is 10 millions, "une centaine de milliers" 100 000 (not
# "une douzaine de millions", nor "un millier de milliards").
MULTIPLIER_WORDS.update(
    {
        f"{good}{word}{plural} de {scale}": value * MULTIPLIER_WORDS[scale]
        for word, value in _ROUND_COUNTS.items()
        if word not in ("douzaine", "millier")
        for good in _GOOD
        for plural in ("", "s")
        for scale in ("milliers", "millions", "milliards")
    }
)
# Halves: "un demi-milliard d'euros" is 500 millions, "une demi-douzaine" 6.
MULTIPLIER_WORDS.update(
    {
        f"demi{joiner}{word}{plural}": value // 2
        for word, value in {"million": 10**6, "milliard": 10**9, "douzaine": 12}.items()
        for joiner in ("-", " ")
        for plural in ("", "s")
    }
)
# Quarters of a scale: "un quart de million de dollars" is 250 000, "trois quarts de million" and "les trois quarts
# d'un million" 750 000 (three times the quarter).
MULTIPLIER_WORDS.update(
    {
        f"{quarter} {of} {word}": value // 4
        for word, value in {"million": 10**6, "milliard": 10**9}.items()
        for quarter in ("quart", "quarts")
        for of in ("de", "d'un")
    }
)
# Abbreviations written after a number of money ("10 M€", "200 k€", "£3bn"); never for measures,
# where "10 m" is ten metres.
MULTIPLIER_SYMBOLS = {
    "k": 10**3,
    "m": 10**6,
    "mn": 10**6,
    "mio": 10**6,
    "mios": 10**6,
    "mia": 10**9,  # Swiss, as "mio"
    "mias": 10**9,
    "md": 10**9,
    "mds": 10**9,
    "mrd": 10**9,
    "mrds": 10**9,
    "bn": 10**9,
}


def alternation(words) -> str:
    """A regular expression matching any of `words`, longest first; a space matches any run of
    spaces or a hyphen.

    The words are written as a tree of their letters ("m(?:illi(?:on(?:s|)|ard(?:s|))|d)"): the
    regular expression engine tries the branches of an alternation one after the other, so a flat
    list of 300 words costs 300 failed tries at every position it is tried at (numbers, currencies
    and units are tried after every number of a text); in a tree each letter is read once. A word
    that is the start of another is tried after it (the empty branch comes last), as longest first
    did; where two branches may read the same letter (a space and a hyphen, "M" and "m" under
    re.IGNORECASE), the one that holds the longer word comes first."""
    tree: dict = {}
    for word in sorted(words, key=len, reverse=True):  # a node's branches in the order of their longest word
        node = tree
        for letter in word:
            node = node.setdefault(letter, {})
        node[""] = {}
    return "|".join(_branches(tree))


def _branches(node: dict) -> list[str]:
    branches = []
    for letter, below in node.items():
        if letter:
            rest = _branches(below)
            head = r"[\s-]+" if letter == " " else re.escape(letter)
            branches.append(head + (f"(?:{'|'.join(rest)})" if len(rest) > 1 else rest[0]))
    if "" in node:
        branches.append("")
    return branches


_WORD = r"(?:" + alternation(UNITS_IN_WORDS) + r")(?![\w])"
_WORD_JOINER = r"(?:[\s-]+et[\s-]+(?=(?:un|une|onze)(?![\w]))|[\s-]+)"
_SMALL_WORDS = rf"(?:{_WORD})(?:{_WORD_JOINER}{_WORD})*"
# Millions and milliards inside a number in words: "un million trois cent vingt mille", "deux
# milliards cinq cents millions". The words after a scale belong to the number when they hold
# "cent(s)" or "mille", or end on another scale; "dix millions deux ans plus tard" is ten millions
# (the scale is then read as the multiplier after the number).
SCALE_WORDS = {"million": 10**6, "millions": 10**6, "milliard": 10**9, "milliards": 10**9}
_SCALE = r"(?:" + alternation(SCALE_WORDS) + r")(?![\w])"
AFTER_A_SCALE = (
    rf"(?:(?:{_WORD}{_WORD_JOINER})*?(?:cents?|mille)(?![\w])(?:{_WORD_JOINER}{_WORD})*"
    rf"|{_SMALL_WORDS}(?=\s+{_SCALE}))"
)
_LARGE_WORDS = rf"{_SMALL_WORDS}(?:\s+{_SCALE}(?:\s+et)?\s+{AFTER_A_SCALE})+(?:\s+{_SCALE})?"
WORDS = rf"(?<![\w-])(?:{_LARGE_WORDS}|{_SMALL_WORDS})"
# A number in scientific writing: "2,5 × 10⁶", "3 x 10^9", "10⁻³", "1e6", "4,2e-3" (its power of ten in superscripts or
# after "^"; "3 x 10 mètres" is no power)
_SUPERSCRIPT = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_SCIENTIFIC_BODY = (
    rf"(?=[\d.,]{{1,12}}(?:\s?[×x]|[eE^{_SUPERSCRIPT}⁻]))"  # a cheap first test: most numbers fail it at once
    rf"(?:(?:(?P<mantissa>\d+(?:[.,]\d+)?)\s?[×x]\s?)?10(?:\^\s?(?P<power>[-−]?\d{{1,2}})|(?P<superscript>⁻?[{_SUPERSCRIPT}]{{1,2}}))"
    rf"(?![\d{_SUPERSCRIPT}])"
    # not a school's class, "6e1" to "3e9" ("les 4e3 volontaires")
    r"|(?![3-6]e\d(?![\w]))(?P<e_mantissa>\d+(?:[.,]\d+)?)[eE](?P<e_power>[-+]?\d{1,2})(?![\w]))"
)
_SCIENTIFIC = re.compile(_SCIENTIFIC_BODY)
_FROM_SUPERSCRIPT = str.maketrans(_SUPERSCRIPT + "⁻−", "0123456789--")
# A number in figures, as written right after a currency code ("USD1,23")...
FIGURES_BODY = (
    r"(?:"
    + re.sub(r"\(\?P<\w+>", "(?:", _SCIENTIFIC_BODY)  # its groups unnamed: the patterns that hold it name theirs
    + r"|\d+\s?\^\s?\d+"  # a power: 10^30
    r"|\d{1,3}(?:[ .]\d{3})+(?:,\d+)?(?![\d])"  # 10 000 / 10.000 / 10 000,50
    r"|\d{1,3}(?:'\d{3})+(?:[.,]\d+)?(?![\d])"  # 1'450'000: the Swiss way
    r"|\d{1,3}(?:,\d{3})+(?![\d,])"  # 1,500 (read as thousands only in English writing)
    r"|\d+(?:[.,]\d+)?)"
)
# Half a unit more after a multiplier: "un million et demi", "deux milliards et demi".
AND_A_HALF = r"\s+et\s+demie?(?![\w])"


def plus_half(value: Decimal | None, half: str | None) -> Decimal | None:
    return value + Decimal("0.5") if value is not None and half else value


# ... and anywhere else: not inside a word or a name ("A320", "COVID-19").
FIGURES = r"(?<![\w.,^/])(?<![^\W\d_]-)" + FIGURES_BODY
_LAST_WORD = re.compile(r"([\w°.]+)[ '’]*$")  # on the same line: a title above is no reference

# Where a number may be: digits, or a number word other than "un"/"une" (articles far more often
# than numbers; "un million" is found by its multiplier). The patterns are only run around these
# anchors: their alternations are slow to try at every position of a text that holds a number
# every few hundred characters.
_ANCHOR_WORDS = [word for word in (*UNITS_IN_WORDS, *MULTIPLIER_WORDS) if word not in ("un", "une")]
# "un" is a number after a bound and before a currency: "moins d'un euro", "plus d'un dollar" (not "plus d'un an",
# frequent: the stretch is read from the bound, so that no "u" of the text need be tried).
_CURRENCY_AFTER_ONE = (
    r"(?=\s+(?:euro|dollar|franc|centime|cent|livre|dirham|dinar|yen|yuan|rouble|roupie|couronne)s?(?![\w]))"
)
_ANCHOR = re.compile(
    r"(?=[\dmp" + "".join(sorted({word[0] for word in _ANCHOR_WORDS})) + r"])"  # a cheap first test
    r"(?:\d+|(?<![\w-])(?:"
    + alternation(_ANCHOR_WORDS)
    + r")|(?<![\w-])(?:moins|plus) d'un"
    + _CURRENCY_AFTER_ONE
    + ")"
)  # read on the text in lower case: faster than re.IGNORECASE
WINDOW_BEFORE, WINDOW_AFTER = 8, 60  # longer than a currency before a number ("US$ "), or a unit after it


def windows(text: str, regions: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Disjoint stretches of `regions` around every anchor, where an amount or a quantity may be:
    a pattern that starts at a number (or at the currency before it) finds in them what it
    would find in the whole region (lookbehinds still see the text before a stretch; each
    stretch ends at a region's end or just before a space)."""
    found: list[tuple[int, int]] = []
    lowered = lower_case(text)
    for region_start, region_end in regions:
        for anchor in _ANCHOR.finditer(lowered, region_start, region_end):
            start = max(region_start, anchor.start() - WINDOW_BEFORE)
            end = text.find(" ", min(region_end, anchor.end() + WINDOW_AFTER), region_end)
            end = region_end if end == -1 else end
            if found and start <= found[-1][1]:
                found[-1] = (found[-1][0], max(found[-1][1], end))
            else:
                found.append((start, end))
    return found


_ENGLISH_THOUSANDS = re.compile(r"\d{1,3}(?:,\d{3})+")
_SPACED_THOUSANDS = re.compile(r"\d{1,3}(?:[ .]\d{3})+(?:,\d+)?")
_SWISS_THOUSANDS = re.compile(r"\d{1,3}(?:'\d{3})+(?:[.,]\d+)?")  # 1'450'000, 1'450.50
_POWER = re.compile(r"(\d+)\s?\^\s?(\d+)")
_SPACES = re.compile(r"[\s-]+")


def parse_figures(text: str, *, english: bool = False) -> Decimal | None:
    """The value of a number in figures; None past `LARGEST`."""
    scientific = _SCIENTIFIC.fullmatch(text)
    if scientific:
        return _scientific(scientific)
    power = _POWER.fullmatch(text)
    if power:
        exponent = int(power[2]) if len(power[2]) < 4 else 9999
        return _sane(Decimal(power[1]) ** exponent) if exponent <= 30 else None
    if english and _ENGLISH_THOUSANDS.fullmatch(text):
        return _sane(Decimal(text.replace(",", "")))  # $1,500
    if _SPACED_THOUSANDS.fullmatch(text):
        text = re.sub(r"[ .]", "", text)
    elif _SWISS_THOUSANDS.fullmatch(text):
        text = text.replace("'", "")
    try:
        return _sane(Decimal(text.replace(",", ".")))
    except InvalidOperation:
        return None


def _scientific(match: re.Match) -> Decimal | None:
    """ "2,5 × 10⁶" is 2 500 000, "1e6" a million, "10⁻³" a thousandth."""
    mantissa = match["mantissa"] or match["e_mantissa"] or "1"
    power = (match["power"] or match["superscript"] or match["e_power"]).translate(_FROM_SUPERSCRIPT)
    return _sane(Decimal(mantissa.replace(",", ".")).scaleb(int(power)))


def parse_words(text: str) -> int:
    """The value of a number in French words: "quatre-vingt-dix-sept" is 97, "deux mille" 2000,
    "un million trois cent mille" 1 300 000."""
    total, current, previous, large = 0, 0, 0, 0
    for word in _SPACES.split(text.lower()):
        if word == "et" or not word:
            continue
        if word in SCALE_WORDS:
            large += max(total + current, 1) * SCALE_WORDS[word]
            total, current = 0, 0
            continue
        value = UNITS_IN_WORDS[word]
        if value == 1000:
            total += max(current, 1) * 1000
            current = 0
        elif value == 100:
            current = max(current, 1) * 100 if current < 100 else current + 100
        elif value == 20 and previous == 4 and current % 100 == 4:
            current += 76  # quatre-vingt(s): four twenties
        else:
            current += value
        previous = value
    return large + total + current


def parse_number(text: str, *, english: bool = False) -> Decimal | None:
    """The value of a number in figures or in words."""
    if text[0].isdigit():
        return parse_figures(text, english=english)
    return Decimal(parse_words(text))


def scaled(value: Decimal | None, multiplier: int) -> Decimal | None:
    """`value` times `multiplier`, None past `LARGEST`."""
    return None if value is None else _sane(value * multiplier)


def whole(value: Decimal | None) -> Decimal | int | None:
    """Whole values as exact integers (so JSON writes 10, not 10.0), others normalised."""
    if value is None:
        return None
    return int(value) if value == value.to_integral_value() else value.normalize()


def _sane(value: Decimal) -> Decimal | None:
    return value if abs(value) < LARGEST else None


def word_before(text: str, start: int) -> str | None:
    """The word just before `start` on its line, in lower case ("art." read as "art")."""
    match = _LAST_WORD.search(text, max(0, start - 40), start)
    return match[1].lower().rstrip(".").replace("’", "'") if match else None
