"""Figures of a claim that annotations.nlp reads as no amount, and measures brought to one unit:
- a measure in its family's base unit: "1,2 km" and "1 200 mètres", "410 kilos" and "0,41
  tonne", "3 h" and "180 minutes" are the same length, mass and duration (`in_base_unit`);
- a rank: "la 2e place", "au deuxième rang", "a terminé troisième", "Troisième du slalom": a claim
  that says "2e" and one that says "3e" of the same race state two facts (`ranks`);
- a multiple: "a doublé", "ont triplé", "multipliées par deux"; not "a doublé Pogacar" (`multiples`);
- a round: "lors de la 12e journée", "au premier tour", "la 5e étape": two rounds of one
  competition are two facts (`ranks`, unit "tour");
- a match's score: "a battu Nice 3-1", "s'est incliné 1-3", "l'a emporté 27 à 20": the same
  score told by either side, its higher and lower marks compared apart (`scores`);
- a number that names a thing ("la ligne 2", "la route 138", "l'article 49"): two such numbers
  after one word name two things (`labelled_numbers`);
- the other numbers in figures, which no value holds ("magnitude 5,1", "à 3 h 10 de Paris"):
  matching.scoring shows no match between two claims each with such a number the other lacks
  (`stray_numbers`).
"""

import re
from decimal import Decimal

from annotations.nlp.nationalities import NATIONALITIES
from annotations.nlp.numbers import UNITS_IN_WORDS
from matching.proportions import a_measure

# Each unit as (base unit, how many base units it is). A month and a year are no fixed number of
# days: their own family.
_FAMILIES = {
    "m": {"km": 1000, "m": 1, "cm": Decimal("0.01"), "mm": Decimal("0.001")},
    "kg": {"t": 1000, "kg": 1, "g": Decimal("0.001")},
    "m²": {"km²": 1_000_000, "ha": 10_000, "m²": 1},
    "l": {"hl": 100, "l": 1, "dl": Decimal("0.1"), "cl": Decimal("0.01"), "ml": Decimal("0.001")},
    "W": {"GW": 10**9, "MW": 10**6, "kW": 1000, "W": 1},
    "Wh": {"TWh": 10**12, "GWh": 10**9, "MWh": 10**6, "kWh": 1000, "Wh": 1},
    "seconde": {"semaine": 604_800, "jour": 86_400, "heure": 3600, "minute": 60, "seconde": 1},
    "mois": {"an": 12, "année": 12, "mois": 1},
}
_BASE = {unit: (base, Decimal(factor)) for base, units in _FAMILIES.items() for unit, factor in units.items()}


def in_base_unit(low: Decimal, high: Decimal, unit: str) -> tuple[Decimal, Decimal, str]:
    """(low, high, unit) in its family's base unit, or as it is for a unit of no family."""
    if unit not in _BASE:
        return low, high, unit
    base, factor = _BASE[unit]
    return low * factor, high * factor, base


def in_each_unit(low: Decimal, high: Decimal, unit: str) -> list[tuple[Decimal, Decimal, str]]:
    """A measure in its base unit (`in_base_unit`) as written in each unit of its family where the
    figure has 3 decimals at most ("1 200 m": 1,2 km, 1 200 m, 120 000 cm, 1 200 000 mm; not
    0,0012 km for 1,2 m): the values a claim stored with that unit holds (matching.candidates
    looks a claim up by them). A few keys more, for a measure only."""
    if unit not in _FAMILIES:
        return [(low, high, unit)]
    found = []
    for other, factor in _FAMILIES[unit].items():
        value_low, value_high = (low / Decimal(factor)).normalize(), (high / Decimal(factor)).normalize()
        if -value_low.as_tuple().exponent <= 3 and -value_high.as_tuple().exponent <= 3:
            found.append((value_low, value_high, other))
    return found


_ORDINAL_WORDS = {
    "premier": 1,
    "première": 1,
    "deuxième": 2,
    "second": 2,
    "seconde": 2,
    "troisième": 3,
    "quatrième": 4,
    "cinquième": 5,
    "sixième": 6,
    "septième": 7,
    "huitième": 8,
    "neuvième": 9,
    "dixième": 10,
}
_ORDINAL = r"(?:" + "|".join(_ORDINAL_WORDS) + r"|(?P<digits>\d{1,3})(?:e|er|re|ère|ème|è)(?![\w]))"
# "la 2e place", "au deuxième rang", "en première position", "4e du classement"
_BESIDE_A_PLACE = rf"(?<![\w-])(?P<a>{_ORDINAL})\s+(?:(?:place|rang|position|marche)s?\b|(?:du|au)\s+classement\b)"
# "a terminé deuxième", "s'est classé 1er", "a fini troisième de"
_AFTER_A_VERB = (
    rf"\b(?:termin|fini|class|arriv|plac|achev)\w*\s+(?P<b>{_ORDINAL.replace('digits', 'digits_b')})(?![\w-])"
)
# a sentence that opens on the rank: "Troisième du géant d'Adelboden, ..."
_OPENING = rf"^\W*(?P<c>{_ORDINAL.replace('digits', 'digits_c')})\s+(?:de|du|des|d['’])(?![\w])"
# a round of a competition or a vote: "lors de la 12e journée", "au second tour", "la 5e étape"
_BESIDE_A_ROUND = rf"(?<![\w-])(?P<d>{_ORDINAL.replace('digits', 'digits_d')})\s+(?:journée|tour|étape|manche)s?\b"
_RANK = re.compile(f"{_BESIDE_A_PLACE}|{_AFTER_A_VERB}|{_OPENING}|{_BESIDE_A_ROUND}", re.IGNORECASE)
# A row of seats, no rank: "assis au premier rang", "installés au deuxième rang".
_SEATED = re.compile(r"\b(?:assis|assises|installée?s?)\s+(?:au|aux|en)\s+$", re.IGNORECASE)
# Every rank says an ordinal: its ending looked for first, most claims have none.
_RANK_CUE = re.compile(r"ième|premi|second|\d(?:e|er|re|ère|ème|è)\b", re.IGNORECASE)

# "a doublé", "ont triplé", "doublera"; "multiplié par deux". Not "un double meurtre", "le doublé
# coupe-championnat": a verb after an auxiliary, or a verb's own ending.
_TIMES = {"doubl": 2, "tripl": 3, "quadrupl": 4}
_MULTIPLE = re.compile(
    r"\b(?:a|ont|été|est|sont|va|vont|avait|avaient|pourrait|devrait)\s+(?:[^\W\d_]+\s+)?"
    r"(?P<a>doubl|tripl|quadrupl)(?:é|ée|és|ées|er)\b"
    r"|\b(?P<b>doubl|tripl|quadrupl)(?:ent|era|eront|erait|eraient)\b"
    r"|\bmultipli(?:é|ée|és|ées|e|ent|era|eront)\s+par\s+(?P<n>\d{1,3}|"
    + "|".join(word for word, value in UNITS_IN_WORDS.items() if 2 <= value <= 10)
    + r")\b",
    re.IGNORECASE,
)
_MULTIPLE_CUE = re.compile(r"doubl|tripl|quadrupl|multipli", re.IGNORECASE)
# What follows "doubler" when it says no multiple: someone overtaken ("a doublé Pogacar", "a
# doublé l'Italien"), an agent ("doublé par un camion"; not "par rapport à"), the idiom of a
# second goal ("a doublé la mise"), a film dubbed ("doublé en anglais").
_NO_MULTIPLE_AFTER = re.compile(
    r"\s+(?:(?:(?:le|la|les|l['’])\s*)?[A-ZÀ-Ý]|par\b(?!\s+rapport)|la\s+mise\b|en\s+(?P<language>[^\W\d_]+))"
)


def ranks(text: str) -> list[tuple[Decimal, Decimal, str, int, int]]:
    """The ranks of `text` as (rank, rank, "rang", start, end), and its rounds as (round, round,
    "tour", start, end)."""
    if not _RANK_CUE.search(text):
        return []
    found = []
    for match in _RANK.finditer(text):
        if match["a"] and _SEATED.search(text, max(0, match.start() - 16), match.start()):
            continue
        name = next(group for group in ("a", "b", "c", "d") if match[group])
        digits = match.group({"a": "digits", "b": "digits_b", "c": "digits_c", "d": "digits_d"}[name])
        value = Decimal(digits) if digits else Decimal(_ORDINAL_WORDS[match[name].lower()])
        found.append((value, value, "tour" if name == "d" else "rang", match.start(), match.end()))
    return found


def multiples(text: str) -> list[tuple[Decimal, Decimal, str, int, int]]:
    """The multiples of `text` as (factor, factor, "×", start, end)."""
    if not _MULTIPLE_CUE.search(text):
        return []
    found = []
    for match in _MULTIPLE.finditer(text):
        if not match["n"] and _no_multiple(text, match.end()):
            continue
        if match["n"]:
            word = match["n"].lower()
            value = Decimal(word) if word.isdigit() else Decimal(UNITS_IN_WORDS[word])
        else:
            value = Decimal(_TIMES[(match["a"] or match["b"]).lower()])
        found.append((value, value, "×", match.start(), match.end()))
    return found


def _no_multiple(text: str, end: int) -> bool:
    """Whether the verb "doubler" (or "tripler"...) ending at `end` says no multiple."""
    after = _NO_MULTIPLE_AFTER.match(text, end)
    return after is not None and (not after["language"] or after["language"].lower() in NATIONALITIES)


def has_figures(text: str) -> bool:
    """Whether `text` gives a rank, a round, a multiple or a score (`ranks`, `multiples`, `scores`)."""
    return bool(ranks(text) or multiples(text) or scores(text))


# A number in figures standing alone, its thousands apart ("645 000"): not in a word ("A7", "m3", "Covid-19"), nor a part of a date
# or a figure the pipeline read (those are blanked before).
_NUMBER = re.compile(r"(?<![\w.,/-])(?:\d{1,3}(?:[\u00a0\u202f ]\d{3})+|\d+)(?:[.,]\d+)?(?![\w/-]|[.,]\d)")


def stray_numbers(blanked: str) -> frozenset[Decimal]:
    """The numbers in figures of `blanked` (a claim with its values blanked out)."""
    return frozenset(Decimal(re.sub(r"\s", "", number).replace(",", ".")) for number in _NUMBER.findall(blanked))


# A score: "3-1", "(4-2)", "27 à 20", "3 buts à 2", in a sentence that tells a match (_MATCH).
# Every score has a digit, a dash or "à", then a digit: most claims have none (_SCORE_CUE, looked
# for first).
_SCORE_CUE = re.compile(r"\d\s?[-–]\s?\d|\d\s+(?:buts?\s+)?à\s+\d")
# A range is no score: "de 3 à 5", "entre 12 et 25", a plural noun after it ("3 à 5 jours", "les 18-25 ans").
_SCORE = re.compile(
    r"(?<![\w.,/-])(?P<x>\d{1,3})\s?[-–]\s?(?P<y>\d{1,3})(?![\w/-]|[.,]\d)(?!\s+[^\W\d_]+[sx]\b)"
    r"|(?<!\bde\s)(?<!\bentre\s)(?<![\w.,/-])(?P<p>\d{1,3})\s+(?:buts?\s+)?à\s+(?P<q>\d{1,3})"
    r"(?![\w/-]|[.,]\d|\s*(?:%|°|pour\s?cent))(?!\s+[^\W\d_]+[sx]\b)"
)
_MATCH = re.compile(
    r"\b(?:batt|bat\b|emport|impos|inclin|perd|perdu|gagn|victoire|défaite|domin|cédé|vainc|vainqu|match|nul\b|"
    r"finale|tirs?\s+au\s+but|score|buts?\b|sets?\b|manches?\b)",
    re.IGNORECASE,
)


def scores(text: str) -> list[tuple[Decimal, Decimal, str, int, int]]:
    """The scores of a match told in `text`, each as its higher mark (unit "score, haut") and its
    lower (unit "score, bas"): "a battu Nice 3-1" and "Nice s'est incliné 1-3" give the same."""
    if not _SCORE_CUE.search(text) or not _MATCH.search(text):
        return []
    found = []
    for match in _SCORE.finditer(text):
        if _no_score(text, match.start(), match.end()):
            continue
        one, other = (int(match[x]) if match[x] else int(match[y]) for x, y in (("x", "p"), ("y", "q")))
        high, low = Decimal(max(one, other)), Decimal(min(one, other))
        found += [(high, high, "score, haut", match.start(), match.end())]
        found += [(low, low, "score, bas", match.start(), match.end())]
    return found


# A range of a measure, a sum, an hour or days of a month, a season is no score: "perdu 5 à 10 M€",
# "2-3 kg", "le 3 à 20 h", "les 14-15 juin", "la saison 24-25".
_NO_SCORE_AFTER = re.compile(
    r"\s*(?:[kKMG]?[€$£]|h\b|euros?\b|dollars?\b|francs?\b|CHF\b|FCFA\b|"
    r"(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)\b)",
    re.IGNORECASE,
)
_SEASON = re.compile(r"\bsaisons?\s+$", re.IGNORECASE)


def _no_score(text: str, start: int, end: int) -> bool:
    """Whether the two figures at `start`:`end` are a range of a unit or of days, or a season."""
    return bool(
        _NO_SCORE_AFTER.match(text, end) or _SEASON.search(text, max(0, start - 10), start) or a_measure(text, end)
    )


_DIGIT = re.compile(r"\d")
# A number after the word it numbers: "la ligne 2", "la route 138", "l'article 49", "le quai 4".
_LABELLED = re.compile(
    r"(?<!\ben\s)\b(?P<label>lignes?|routes?|voies?|quais?|terminal|portes?|articles?|salles?|pistes?|numéro|n°)"
    r"\s+(?P<number>\d{1,4})(?![\w,.]\d|[\w-])",
    re.IGNORECASE,
)

# A number with a plural noun after it counts ("la ministre porte 2 projets", "en ligne 7 jours sur
# 7", "une salle 2 fois plus grande"), a word of grammar aside ("la ligne 1 depuis lundi").
_COUNTED = re.compile(
    r"\s+(?!(?:depuis|dans|sans|vers|plus|puis|mais|alors|après|dès|sous|lors|aux|des|les|ses|ces|leurs|très|"
    r"tous)\b)[^\W\d_]+[sx]\b",
    re.IGNORECASE,
)


def labelled_numbers(text: str) -> tuple[frozenset[tuple[str, int]], list[tuple[int, int]]]:
    """The numbers of `text` that name a thing, as (the word they follow, singular, the number),
    and their spans: a name's number is no stray number ("la ligne 2 ... jusqu'à 1 h"). Read in a
    claim with its values blanked: most have no digit left, looked for first."""
    if not _DIGIT.search(text):
        return frozenset(), []
    found = [m for m in _LABELLED.finditer(text) if not _COUNTED.match(text, m.end())]
    return frozenset((m["label"].lower().rstrip("s"), int(m["number"])) for m in found), [
        m.span("number") for m in found
    ]
