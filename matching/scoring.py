"""How alike two claims are, from their facts (matching.facts), with the signals that say why.

The score is a weighted sum of four signals, each in [0, 1]:
- entities: the share of canonical entities the two claims have in common (Jaccard);
- words: the overlap of the stems of their other words (Dice), dates and amounts left out;
- date: 1 if a date of one equals a date of the other, 0.7 if two date ranges overlap
  ("courant 2016" and "en mars 2016");
- amount: 1 if an amount equals one of the other's (within 1 %), 0.8 if one lies inside the
  other's range; quantities (a percentage, a measure, a count) count alike, in the same unit.
A date, amount or quantity both claims give but that disagrees is a conflict and takes
CONFLICT_PENALTY off: the same people with different facts are a different claim.

Whatever their score, two claims are never shown as the same when one denies its verb ("n'a pas
augmenté") and the other does not, or one tells a rise and the other a fall (signal `polarity`:
a verdict on one is no verdict on the other); nor when they are about different entities (signal
`apart`: each names one the other lacks, of the same kind (two places, two people, two
organisations), and no name of one lies within a name of the other; "Lorient a augmenté sa taxe
foncière de 4 %" is not "Vannes a augmenté sa taxe foncière de 4 %", "Nantes" and "la mairie de
Nantes" are not apart, nor are a source and a place: "Selon l'Insee, ..." and "En France, ...").

Nor are two claims shown as the same when a date or a figure of one conflicts with the other's:
the same people on another day or with another figure state another fact (or contradict it,
which matching.services flags as an inconsistency within an article), and a verdict on one is
no verdict on the other.

Before any of this, the entities the two claims name under two names ("OMS" / "Organisation
mondiale de la santé") are given one key (matching.names.align).

A match is shown (`Match.shown`) when its score reaches THRESHOLD and its words overlap by
MIN_WORDS or more: shared entities and a shared year alone are the same people on another day
("Lyon a accueilli 6,5 millions de touristes en 2019" is not "Lyon a inauguré un tramway en
2019"). Weights, THRESHOLD and MIN_WORDS were set on the tuning half of
evaluation/data/matching.fr.json (evaluation/data/matching.fr.md): MIN_WORDS lies in the gap
between its distractors (word overlap at most 0.40) and its paraphrases (at least 0.55).
"""

from dataclasses import dataclass, replace
from datetime import date

from matching.facts import ClaimFacts, DateRange, large_count
from matching.names import align
from matching.rivals import apart
from matching.vocabulary import FALL, LATER_TURN, RISE, direction, opposed

WEIGHTS = {"entities": 0.3, "words": 0.4, "date": 0.15, "amount": 0.15}
CONFLICT_PENALTY = 0.35
THRESHOLD = 0.4  # a match is stored and shown from this score up...
MIN_WORDS = 0.45  # ...when the claims' other words overlap this much (Dice)

# Consistency within one article: the same thing (same entities, much the same words) told with
# two values that cannot both hold.
SAME_FACT_WORDS = 0.5


def jaccard(a: frozenset, b: frozenset) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


def dice(a: frozenset, b: frozenset) -> float:
    return 2 * len(a & b) / (len(a) + len(b)) if a and b else 0.0


def date_signal(a: ClaimFacts, b: ClaimFacts) -> tuple[str, float]:
    """("equal" | "overlap" | "conflict" | "absent", value), from each claim's finest dates. Two
    dates overlap when one holds the other ("courant 2016" / "en mars 2016") or one is open
    ("depuis 2015"); two closed spans that only share a part are two periods: "l'exercice
    2024-2025" is not "l'exercice 2025-2026", nor are two spans of several years one within the
    other: "entre 2010 et 2025" is not "entre 2015 et 2025"."""
    if not a.dates or not b.dates:
        return "absent", 0.0
    dates_a, dates_b = _finest(a.dates), _finest(b.dates)
    if set(dates_a) & set(dates_b):
        return "equal", 1.0
    if any(x.overlaps(y) and _nested_or_open(x, y) for x in dates_a for y in dates_b):
        return "overlap", 0.7
    return "conflict", 0.0


def _nested_or_open(x: DateRange, y: DateRange) -> bool:
    def holds(outer: DateRange, inner: DateRange) -> bool:
        return outer.earliest <= inner.earliest and inner.latest <= outer.latest

    if x.latest == y.latest == date.max or x.earliest == y.earliest == date.min:
        # open the same way: "dès le 1er mars 2026" is not "dès le 1er mars 2027", though the
        # one holds the other; "depuis 2022" and "depuis mars 2022" may be one start
        return _same_start(x, y)
    bounds = {x.earliest, x.latest, y.earliest, y.latest}
    if date.min in bounds or date.max in bounds:
        return True
    if _whole_years(x) and _whole_years(y):
        return False  # "entre 2010 et 2025" / "entre 2015 et 2025": two periods, one within the other
    return holds(x, y) or holds(y, x)


def _whole_years(span: DateRange) -> bool:
    """Whether `span` is two calendar years or more, whole ("entre 2010 et 2025", not "l'hiver
    2024-2025", which "la saison 2024-2025" holds)."""
    start, end = span.earliest, span.latest
    return start.year != end.year and (start.month, start.day, end.month, end.day) == (1, 1, 12, 31)


def _same_start(x: DateRange, y: DateRange) -> bool:
    """Whether two spans open the same way start (or end) in the same year."""
    if x.latest == y.latest == date.max:
        return x.earliest.year == y.earliest.year
    return x.latest.year == y.latest.year


def _finest(dates: tuple[DateRange, ...]) -> list[DateRange]:
    """The dates that hold no other date of the same claim: in "Le Tour 2027 partira le 3
    juillet" the year adds nothing to the day, and must not make it equal to "le 25 juillet"."""
    return [x for x in dates if not any(y != x and x.earliest <= y.earliest and y.latest <= x.latest for y in dates)]


def amount_signal(a: ClaimFacts, b: ClaimFacts) -> tuple[str, float]:
    """("equal" | "inside" | "conflict" | "absent", value). Amounts in different currencies are
    not compared (no exchange rates); nor are quantities in different units, nor an amount with
    a quantity. Each currency or unit is compared on its own: a figure that disagrees is a
    conflict even when another agrees ("21 000 personnes de 100 ans" is not "30 000 personnes
    de 100 ans"). Proportions in words count as percentages ("un sur cinq": 20 %). Two large
    counts of different nouns ("1 200 greffes" / "1 200 transplantations") are equal when their
    numbers are, and conflict when no figure of the two claims agrees."""
    measured_a, measured_b = a.measures + a.proportions + a.figures, b.measures + b.proportions + b.figures
    pairs = [(x, y) for x in a.amounts for y in b.amounts if x.currency == y.currency]
    pairs += [(x, y) for x in measured_a for y in measured_b if x.currency == y.currency]
    named_otherwise = [
        (x, replace(y, currency=x.currency))
        for x in a.measures
        for y in b.measures
        if x.currency != y.currency and large_count(x) and large_count(y)
    ]
    by_unit: dict[str, list] = {}
    for x, y in pairs:
        by_unit.setdefault(x.currency, []).append(x.same_as(y) or x.inside(y))
    if any(not any(agree) for agree in by_unit.values()):
        return "conflict", 0.0
    if any(x.same_as(y) for x, y in pairs + named_otherwise):
        return "equal", 1.0
    if pairs:
        return "inside", 0.8
    return ("conflict", 0.0) if named_otherwise else ("absent", 0.0)


@dataclass(frozen=True)
class Match:
    score: float
    signals: dict

    @property
    def shown(self) -> bool:
        if self.signals["polarity"] != "same" or self.signals["apart"]:
            return False
        if "conflict" in (self.signals["date"], self.signals["amount"], self.signals.get("numbers")):
            return False
        return self.score >= THRESHOLD and self.signals["words"] >= MIN_WORDS


def score_match(a: ClaimFacts, b: ClaimFacts) -> Match:
    """The score of `b` as the same claim as `a`, in [0, 1], with its signals (JSON-ready). An
    entity the two name otherwise ("OMS" / "Organisation mondiale de la santé") counts as one
    (matching.names.align)."""
    a, b = align(a, b)
    date_kind, date_value = date_signal(a, b)
    amount_kind, amount_value = amount_signal(a, b)
    values = {
        "entities": jaccard(a.entities, b.entities),
        "words": dice(a.words, b.words),
        "date": date_value,
        "amount": amount_value,
    }
    score = sum(WEIGHTS[name] * value for name, value in values.items())
    conflicts = [kind for kind, found in (("date", date_kind), ("amount", amount_kind)) if found == "conflict"]
    score = min(1.0, max(0.0, score - CONFLICT_PENALTY * len(conflicts)))
    signals = {
        "entities": round(values["entities"], 3),
        "shared_entities": sorted(str(key) for key in a.entities & b.entities),
        "words": round(values["words"], 3),
        "shared_words": sorted(a.words & b.words),
        "date": date_kind,
        "amount": amount_kind,
        "polarity": "opposite" if _opposite(a, b) else "same",
        "apart": apart(a, b),
        # numbers in figures that no value holds ("magnitude 5,1" / "magnitude 4,2"): another fact
        # when each claim has one the other lacks; a number said in one only is a detail it adds
        # ("La ligne 2, ouverte il y a 3 ans, ..." / "La ligne 2 ...")
        "numbers": "conflict"
        if (a.numbers - b.numbers and b.numbers - a.numbers) or _numbered_apart(a, b)
        else "absent",
    }
    return Match(score=round(score, 4), signals=signals)


def _numbered_apart(a: ClaimFacts, b: ClaimFacts) -> bool:
    """Whether `a` and `b` number one word otherwise ("la ligne 2" / "la ligne 1"): two things."""
    if not a.labelled or not b.labelled:
        return False
    for label in {label for label, _n in a.labelled} & {label for label, _n in b.labelled}:
        if {n for key, n in a.labelled if key == label}.isdisjoint(n for key, n in b.labelled if key == label):
            return True
    return False


def _opposite(a: ClaimFacts, b: ClaimFacts) -> bool:
    """Whether `a` and `b` (aligned) tell opposite outcomes: one is denied, or their words are
    opposed (vocabulary.opposed). Two claims that name the same two parties (or more) with two
    subjects tell one fact from each side: "Le PSG a gagné face à Lyon" is "Lyon a perdu face au PSG"."""
    other_party = len(a.entities & b.entities) >= 2 and None not in (a.subject, b.subject) and a.subject != b.subject
    return a.negated != b.negated or opposed(a.words, b.words, other_party)


@dataclass(frozen=True)
class Conflict:
    # "date", "amount" (an amount of money or a quantity: a percentage, a count) or "denial"
    kind: str
    score: float


def find_conflict(a: ClaimFacts, b: ClaimFacts) -> Conflict | None:
    """A conflict if `a` and `b` state the same thing with values that disagree.

    Same thing: the entities of one are all among the other's (at least one), and their other
    words overlap by SAME_FACT_WORDS or more. Two budgets of two projects name two entities (or
    two different words), so they are different things and are not flagged; nor are a rise and a
    fall in two periods (the figures of "a augmenté de 3 % en janvier" and "a baissé de 5 % sur un
    an" can both hold). A claim and its denial with no value that differs are a conflict of kind
    "denial"; so is a fall told against a rise of one thing in one period, or of kind "amount" when
    both give its figure (`_opposite_changes`). Two figures on two days or periods are two facts,
    no date in conflict ("12 400 cambriolages en 2025" / "En 2024, les cambriolages avaient
    augmenté de 3 %").
    """
    a, b = align(a, b)
    same = _same_things(a, b)
    if same is None and not _unnamed_change(a, b):
        return None
    changes = _opposite_changes(a, b)
    words = dice(a.words - _CHANGE, b.words - _CHANGE) if changes else dice(a.words, b.words)
    if words < SAME_FACT_WORDS:
        return None
    score = round((jaccard(a.entities, b.entities) + words) / 2, 4)
    signals = (("date", date_signal(a, b)[0]), ("amount", amount_signal(a, b)[0]))
    differing = [kind for kind, found in signals if found == "conflict"]
    if same == "told" and signals[0][1] not in ("equal", "absent"):
        # two sources on two periods or days, even one within the other ("Selon X, ... entre 2015
        # et 2016" / "Selon Y, ... entre 2003 et 2017") tell two facts, not one fact two ways
        return None
    if changes:
        return Conflict("amount" if _given_alike(a, b) else "denial", score)
    if _opposite(a, b):
        if differing == ["date"] and _denied_until(a, b):
            return Conflict("date", score)
        return Conflict("denial", score) if not differing and _denies(a, b) else None
    if "date" in differing and _figures_of_two_periods(a, b, signals[1][1]):
        return None
    return Conflict(differing[0], score) if differing else None


_CHANGE = frozenset([RISE, FALL])


def _unnamed_change(a: ClaimFacts, b: ClaimFacts) -> bool:
    """Whether `a` and `b`, of one article, name nothing and tell the change of the same words ("Le
    fret a progressé de 4 % en 2025" / "Le fret a reculé de 3 % en 2025, selon un transitaire"):
    the thing the article is about, as `_opposite_changes` then reads them. The words of one, its
    change aside, are all the other's: "Le trafic a reculé [...] sur les lignes régionales" /
    "[...] nationales" are two things. (matching.services compares only claims that name an
    entity, so this serves a caller that pairs every claim of an article: evaluation/matching.py.)"""
    unnamed = not (a.entities or a.people or b.entities or b.people)
    if not unnamed or not a.changed or a.changed != b.changed:
        return False
    own_a, own_b = a.words - _CHANGE, b.words - _CHANGE
    return own_a <= own_b or own_b <= own_a


def _denied_until(a: ClaimFacts, b: ClaimFacts) -> bool:
    """Whether one of `a` and `b` denies the other's verb until a day or year after all the other's
    dates, in all its words: "L'école ouvrira en 2027" / "L'école n'ouvrira pas avant 2029" (an
    open date from 2029). A denial of no later start ("ne rouvrira pas en 2026") is read as before."""
    stated, denying = (b, a) if a.negated else (a, b)
    starts = [x.earliest for x in denying.dates if x.latest == date.max]
    if not starts or not stated.dates or not (stated.words <= denying.words or denying.words <= stated.words):
        return False
    return denying.denied_words <= stated.words and all(x.latest < min(starts) for x in stated.dates)


def _opposite_changes(a: ClaimFacts, b: ClaimFacts) -> bool:
    """Whether one of `a` and `b` tells a rise and the other a fall of the same thing on the same
    day or in the same period, both given, neither denied, and no other outcome opposed: "Le prix
    a reculé de 6 % en 2025" / "Selon l'adjoint, le prix a augmenté de 2 % en 2025". A rise in
    one period and a fall in another ("en janvier" / "sur un an") can both hold; so can those of
    two things, each told with a word the other lacks ("Le prix du gazole" / "de l'essence")."""
    if a.negated or b.negated or {direction(a.words), direction(b.words)} != _CHANGE:
        return False
    if not (a.changed & a.words <= b.words and b.changed & b.words <= a.words):
        return False  # "Le chômage a baissé" / "Le chômage des jeunes a augmenté": two things
    return date_signal(a, b)[0] == "equal" and not opposed(a.words - _CHANGE, b.words - _CHANGE)


def _given_alike(a: ClaimFacts, b: ClaimFacts) -> bool:
    """Whether `a` and `b` each give a value in a currency or unit the other gives too."""
    units_a = {value.currency for value in a.amounts + a.measures + a.proportions + a.figures}
    return not units_a.isdisjoint(value.currency for value in b.amounts + b.measures + b.proportions + b.figures)


def _figures_of_two_periods(a: ClaimFacts, b: ClaimFacts, amounts: str) -> bool:
    """Whether `a` and `b`, on two days or periods, give figures that are not one fact's: they
    disagree, or each gives one the other cannot be compared with. A statistic of 2024 and one of
    2025 are two facts; a date moved with no figure or the same one is a conflict."""
    if amounts == "conflict":
        return True
    return amounts == "absent" and _has_values(a) and _has_values(b)


def _has_values(facts: ClaimFacts) -> bool:
    return bool(facts.amounts or facts.measures or facts.proportions or facts.figures)


def _same_things(a: ClaimFacts, b: ClaimFacts) -> str | None:
    """Whether the entities of one claim are all among the other's (at least one): "named" if so,
    "told" if so only once the entities each names as its source are left out ("Selon le
    ministère, le Sénégal se classe deuxième" and "D'après la FAO, le Sénégal se classe
    quatrième" are about the same thing, told by two sources), else None. A place named by its
    people counts as named ("le prix versé aux producteurs québécois")."""
    named_a, named_b = a.entities | a.people, b.entities | b.people
    for way, one, other in (
        ("named", named_a, named_b),
        ("told", named_a - a.sources, named_b - b.sources),
    ):
        if one and other and (one <= other or other <= one):
            return way
    return None


def _denies(a: ClaimFacts, b: ClaimFacts) -> bool:
    """Whether one of `a` and `b` denies what the other states, in all its words, on the same day
    and with the same figures (those the caller compared): "Le conseil a relevé le tarif en mars" /
    "Contrairement aux annonces, le conseil n'a pas relevé le tarif en mars". A denial "en 2024" of
    a fact "en 2025", or "le conseil n'a pas consulté les usagers en mars", contradicts nothing; nor
    does a denial of a narrower fact, whose denied words the other lacks ("n'a pas relevé le tarif
    des abonnés en mars", "n'a pas relevé seul le tarif"), or of a report then corrected ("n'a pas
    annoncé la fermeture, a corrigé la mairie", "a ensuite précisé qu'elle ne fermerait pas": a
    later turn, vocabulary.LATER_TURN)."""
    if a.negated == b.negated or opposed(a.words, b.words):
        return False
    stated, denying = (b, a) if a.negated else (a, b)
    repeated = a.words <= b.words or b.words <= a.words
    return repeated and denying.denied_words <= stated.words and denying.words.isdisjoint(LATER_TURN)
