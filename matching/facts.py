"""What a claim states, reduced to what two claims can be compared on: its canonical entities,
its date ranges, its amounts, its quantities, whether it is denied, and the stems of its other
words. Plain values, no database: the same facts come from saved mentions (matching.services) or
from an analysis (evaluation).
"""

import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal

from annotations.nlp.lexicon import words
from annotations.nlp.units import PER_SYMBOLS, SYMBOLS, UNIT_WORDS
from matching.demonyms import people, roots
from matching.figures import in_base_unit, in_each_unit, labelled_numbers, multiples, ranks, scores, stray_numbers
from matching.proportions import counted, proportions, rates
from matching.rounded import ROUNDED, with_rounded
from matching.sources import named_sources
from matching.vocabulary import (
    FALL,
    REPORTING_NOUN,
    REPORTING_STEMS,
    RISE,
    STOPWORDS,
    WORD,
    canonical,
    denied,
    denied_part,
    served,
    stem,
    without_set_phrases,
)

# Units that measure: a symbol or a unit word (annotations.nlp.units), a duration, a point. Any
# other unit of a quantity is the noun its number counts ("1 200 greffes": "greffe").
MEASURES = (
    frozenset(SYMBOLS.values())
    | frozenset(UNIT_WORDS.values())
    | frozenset(PER_SYMBOLS.values())
    | words("an année mois semaine jour heure minute seconde point fois")
)
# From this number up, a count is known by its number whatever its noun: "122 millions de
# voyageurs" and "122 millions de passagers" are one count told with a synonym; "deux accusés" and
# "deux recours" are not.
DISTINCT_COUNT = 100


@dataclass(frozen=True)
class DateRange:
    earliest: date
    latest: date

    @property
    def whole_year(self) -> bool:
        return (self.earliest.month, self.earliest.day, self.latest.month, self.latest.day) == (1, 1, 12, 31) and (
            self.earliest.year == self.latest.year
        )

    def overlaps(self, other: "DateRange") -> bool:
        return self.earliest <= other.latest and other.earliest <= self.latest


@dataclass(frozen=True)
class Amount:
    low: Decimal
    high: Decimal
    currency: str
    rounded: bool = False  # a round figure said with a hedge ("près de 9 millions": matching.rounded)

    def same_as(self, other: "Amount") -> bool:
        """Equal within 1 %: "100 M$" and "cent millions de dollars" are the same amount."""
        return self.currency == other.currency and _close(self.low, other.low) and _close(self.high, other.high)

    def inside(self, other: "Amount") -> bool:
        """One range holds the other ("entre 90 et 110 M$" holds "100 M$", "près de 9 millions"
        holds "8,8 millions")."""
        if self.currency != other.currency:
            return False
        (low, high), (other_low, other_high) = self._held(), other._held()
        return (low >= other_low and high <= other_high) or (other_low >= low and other_high <= high)

    def _held(self) -> tuple[Decimal, Decimal]:
        if not self.rounded:
            return self.low, self.high
        return self.low * (1 - ROUNDED), self.high * (1 + ROUNDED)


def _close(a: Decimal, b: Decimal) -> bool:
    """Within 1 %, unless both are written to the same place and differ there: "9,98 s" / "9,89 s",
    "31,2 millions" / "31,3 millions" are two figures; "9,8 s" / "9,79 s" are one rounded."""
    if a == b:
        return True
    place = a.normalize().as_tuple().exponent
    if place == b.normalize().as_tuple().exponent and isinstance(place, int):
        return False
    return abs(a - b) <= Decimal("0.01") * max(abs(a), abs(b))


@dataclass(frozen=True)
class ClaimFacts:
    entities: frozenset = frozenset()  # canonical keys: Entity ids, or canonical names
    dates: tuple[DateRange, ...] = ()
    amounts: tuple[Amount, ...] = ()
    # Numbers that are not money, as Amounts whose `currency` is the unit: "%", a unit symbol
    # ("km", "MW") or the counted noun ("emploi", "visiteur"), as annotations.nlp reads them.
    quantities: tuple[Amount, ...] = ()
    # The quantities with each measure in its family's base unit ("1,2 km": 1200 m,
    # matching.figures): what is compared and looked up; `quantities` are shown as written.
    measures: tuple[Amount, ...] = ()
    # Proportions in words as percentages ("un adulte sur cinq": 20 %, matching.proportions): no
    # mention holds them, so they are compared but no key looks them up.
    proportions: tuple[Amount, ...] = ()
    # Ranks ("la 2e place": 2 "rang"), rounds ("la 12e journée": 12 "tour"), multiples ("a doublé":
    # 2 "×") and scores ("3-1": 3 "score, haut", 1 "score, bas"), read as proportions are.
    figures: tuple[Amount, ...] = ()
    # The numbers in figures that no value holds ("magnitude 5,1"): two claims each with such a
    # number the other lacks are not shown as the same (matching.scoring).
    numbers: frozenset = frozenset()
    # The numbers that name a thing, by the word they follow ("la ligne 2": ("ligne", 2)): two
    # claims that number one word otherwise are about two things (matching.scoring).
    labelled: frozenset = frozenset()
    words: frozenset[str] = field(default_factory=frozenset)
    # Its content words as written, lowercased, for PostgreSQL's full-text search (content_words).
    search_words: frozenset[str] = field(default_factory=frozenset)
    negated: bool = False  # its verb is denied ("n'a pas augmenté")
    # The words of what it denies, after "n'a pas" (matching.scoring: a denial of the same fact).
    denied_words: frozenset[str] = field(default_factory=frozenset)
    # The entities as written: (key, name casefolded, label) with the key of `entities` and the
    # mention's label ("PER", "ORG", "LOC", "MISC"). "mairie de Nantes" and "Nantes" are two
    # entities, but the one names the other; a source and a place are not rivals
    # (matching.rivals.apart).
    names: frozenset[tuple] = frozenset()
    # Its demonyms as (stem, stem of the place's root): "toulousain" is "Toulouse" where the other
    # claim names it (matching.names.align); the places whose people it names ("Sept Ontariens
    # sur dix", "les Belges": matching.rivals.apart). matching.demonyms.
    demonyms: tuple = ()
    people: frozenset[str] = frozenset()
    # The keys of the entities it names as its source ("Selon l'Insee, ...", "L'Insee affirme
    # que ..."): two sources that disagree on one fact contradict each other (matching.scoring).
    sources: frozenset = frozenset()
    # The key of the entity it names first, its subject as a rule ("Lyon a perdu la finale face au
    # PSG": Lyon): a win and a loss told by the two sides are one fact (matching.scoring).
    subject: object = None
    # The stems of the words its proportions count ("Un enfant sur dix": "enfant"), words of the
    # claim too: a share of children is no share of adults (matching.rivals).
    counted: frozenset[str] = frozenset()
    # The words of what rises or falls, told before the change in its clause ("Le chômage des
    # jeunes a augmenté": "chômag", "jeun"); none when the change is told first ("La hausse du
    # chômage"): a rise and a fall of two things are no conflict (matching.scoring).
    changed: frozenset[str] = frozenset()


def keys(facts: ClaimFacts) -> list[tuple]:
    """What a claim's candidates share with it (matching.services looks them up by these): a
    canonical entity, a date other than a whole calendar year, an amount, a quantity. A year is
    given by too many claims for the latest of them (matching.candidates.PER_KEY) to hold the one
    that says the same; a day, a month, a season or a span of years is not."""
    return (
        [("entity", entity) for entity in facts.entities]
        + [("date", value.earliest, value.latest) for value in facts.dates if not value.whole_year]
        + [("amount", value.low, value.high, value.currency) for value in facts.amounts]
        + [key for value in facts.measures for key in _quantity_keys(value)]
    )


def large_count(value: Amount) -> bool:
    """Whether `value` counts a noun (no unit of MEASURES) and reaches DISTINCT_COUNT."""
    return value.currency not in MEASURES and value.low >= DISTINCT_COUNT


def _quantity_keys(value: Amount) -> list[tuple]:
    """A large count is looked up by its number alone (a "count" key): its noun may be a synonym;
    a measure by its value in each unit of its family (a claim stores it as written: "1,2 km" is
    found by "1 200 mètres")."""
    if large_count(value):
        return [("count", value.low, value.high)]
    return [("quantity", *written) for written in in_each_unit(value.low, value.high, value.currency)]


def retrievable(query: ClaimFacts, stored: ClaimFacts) -> bool:
    """Whether matching.services would read `stored` as a candidate of `query` (on PostgreSQL,
    and when no fact of `query` is shared by more stored claims than it reads): a shared key,
    or, for a claim with no key, all its words."""
    if found_by_words_only(query):
        return query.words <= stored.words
    return not set(keys(query)).isdisjoint(keys(stored))


def found_by_words_only(facts: ClaimFacts) -> bool:
    """A claim with no key and more than one word: searched for all its words (PostgreSQL)."""
    return not keys(facts) and len(facts.words) > 1


def stems(text: str) -> frozenset[str]:
    """The stems of the content words of `text`, lowercased; digits, stopwords and reporting verbs
    left out, the words of a rise, of a fall or of a family each read as one (vocabulary.canonical)."""
    return directed_stems(content_words(text))


def directed_stems(words: Iterable[str]) -> frozenset[str]:
    """The stems of `words` (content words), the words of a rise, of a fall or of a family each
    read as one."""
    return frozenset(canonical(stem(word)) for word in words)


# An "enquête" is a poll only where the claim says so: a percentage, people asked, a polling
# institute ("selon une enquête Elabe, 31 % ..."); else it is an investigation ("la police a
# ouvert une enquête"), and reads as itself. An institute's name is written with its capitals
# ("un léger recul" names none); one person questioned is no poll ("Interrogé par les gendarmes").
_POLL_CUE = re.compile(
    r"%|(?i:pour\s?cent|\bsondée?s\b|\binterrogée?s\b|\bpanel\b)|\b(?:Ifop|IFOP|Ipsos|IPSOS|Elabe|Odoxa|BVA|"
    r"Harris\s+Interactive|OpinionWay|Opinionway|Léger|Leger|Viavoice|CSA|Kantar|YouGov|Sotomo|gfs\.bern|"
    r"Afrobarometer|Afrobaromètre)\b"
)
# An investigation said as one wins over a poll's cue: "Le parquet a ouvert une enquête après la
# hausse de 30 % des cambriolages", "les enquêteurs", "les suspects", "une enquête préliminaire".
_INQUIRY_CUE = re.compile(
    r"\b(?:ouv\w*|mèn\w*|men\w*)\s+(?:une|l['’])\s*enquête|enquête\s+(?:ouverte|judiciaire|préliminaire|pénale|"
    r"de\s+(?:police|gendarmerie|flagrance))|\benquêteu|\bsuspecte?s?\b|garde\s+à\s+vue|mise?s?\s+en\s+examen",
    re.IGNORECASE,
)
SURVEY, POLL = canonical(stem("enquête")), canonical(stem("sondage"))


def poll_words(stems: frozenset[str], text: str) -> frozenset[str]:
    """`stems` with an "enquête" read as a "sondage" where `text` gives a cue of a poll and none of
    an investigation."""
    if SURVEY not in stems or not _POLL_CUE.search(text) or _INQUIRY_CUE.search(text):
        return stems
    return stems - {SURVEY} | {POLL}


def content_words(text: str) -> frozenset[str]:
    """The words of `text` that stems() reads, lowercased, as written: what PostgreSQL's French
    full-text search is asked for (it stems them as it stems its index: "ont augmenté" is found by
    "augmenté", not by the "hauss" of stems(), and its stemmer would change a stem again)."""
    return frozenset(
        word
        for word in WORD.findall(text.lower())
        if word not in STOPWORDS
        and len(word) > 1
        and (stem(word) not in REPORTING_STEMS or REPORTING_NOUN.search(word))
    )


def blank_spans(text: str, spans: Iterable[tuple[int, int]]) -> str:
    """`text` with each (start, end) span replaced by spaces: the words of dates and amounts
    ("courant 2016", "cent millions") are compared as values, not as words."""
    for start, end in spans:  # slices, not a list of characters: a claim has a few spans at most
        first, last = max(start, 0), min(end, len(text))
        if first < last:
            text = text[:first] + " " * (last - first) + text[last:]
    return text


def _values_read(text: str, dates: list, amounts: list, quantities: list) -> tuple:
    """The proportions, rates and figures `text` says besides its dates and amounts, its
    quantities less those they hold, and the spans of every value (blanked from its words)."""
    value_spans = [(d[2], d[3]) for d in dates] + [(a[3], a[4]) for a in amounts]
    said = [p for p in proportions(text) if not any(p[3] < end and start < p[4] for start, end in value_spans)]
    # "412 cas pour 100 000 habitants": its count and its base are the rate's, its words the claim's.
    rated, rate_numbers = rates(text)
    if rated and amounts:  # "2 euros pour 1 000 litres": a price, no rate of people
        kept = [i for i, r in enumerate(rated) if not any(a[3] < r[4] and r[3] < a[4] for a in amounts)]
        rated, rate_numbers = [rated[i] for i in kept], [span for i in kept for span in rate_numbers[2 * i : 2 * i + 2]]
    if rated:
        quantities = [q for q in quantities if not any(r[3] < q[4] and q[3] < r[4] for r in rated)]
    # "Quatre électeurs sur cinq": the count of four the pipeline reads is the proportion's part.
    quantities = [q for q in quantities if not any(p[3] <= q[3] and q[4] <= p[4] for p in said)]
    figures = ranks(text) + multiples(text) + scores(text)
    value_spans += [(q[3], q[4]) for q in quantities] + [(p[3], p[4]) for p in said + figures] + rate_numbers
    return said, rated, figures, quantities, value_spans


def build_facts(
    *,
    text: str,
    entities: Iterable,
    names: Iterable[tuple] = (),
    dates: Iterable[tuple[date, date, int, int]],
    amounts: Iterable[tuple[Decimal, Decimal, str, int, int]],
    quantities: Iterable[tuple[Decimal, Decimal, str, int, int]] = (),
) -> ClaimFacts:
    """Facts of a claim of `text`: `dates` as (earliest, latest, start, end), `amounts` as
    (low, high, currency, start, end) and `quantities` as (low, high, unit, start, end), offsets
    relative to `text`; `names` as (key, name, label), one per entity mention."""
    dates, amounts, quantities, names = list(dates), list(amounts), list(quantities), list(names)
    said, rated, figures, quantities, value_spans = _values_read(text, dates, amounts, quantities)
    # A value with an open or unknown bound ("plus de 10 euros", a date past the calendar) is no
    # fact to compare: its words are left out all the same.
    # A count's noun stays a word ("10 000 arbres": "arbre"), and so does a proportion's ("un
    # habitant sur cinq": "habitant"); only its number is a value.
    blanked = without_set_phrases(blank_spans(text, value_spans))
    shares = content_words(" ".join(counted(text[p[3] : p[4]]) for p in said)) if said else frozenset()
    search_words = content_words(blanked) | content_words(" ".join(q[2] for q in quantities)) | shares
    labelled, labelled_spans = labelled_numbers(blanked)
    words = served(poll_words(directed_stems(search_words), text), text)
    values = value_facts(entities=entities, dates=dates, amounts=amounts, quantities=quantities)
    return replace(
        with_rounded(values, text, amounts + quantities),
        proportions=_bounded(said + rated),
        figures=_bounded(figures),
        numbers=stray_numbers(blank_spans(blanked, labelled_spans) if labelled_spans else blanked)
        | _bounds(quantities),
        labelled=labelled,
        words=words,
        search_words=search_words,
        negated=denied(text),
        denied_words=directed_stems(content_words(denied_part(blanked))),
        names=frozenset((key, name.casefold(), label) for key, name, label in names),
        demonyms=roots(search_words, text),
        sources=named_sources(text, names),
        people=people(text, frozenset(name.casefold() for _key, name, _label in names)),
        subject=_first_named(text, names),
        changed=_changed(blanked) if RISE in words or FALL in words else frozenset(),
        counted=directed_stems(shares),
    )


def value_facts(
    *,
    entities: Iterable,
    dates: Iterable[tuple],
    amounts: Iterable[tuple],
    quantities: Iterable[tuple],
) -> ClaimFacts:
    """The facts of a claim that no word changes, as build_facts reads them: its entities, dates,
    amounts and quantities (all that `keys` reads), its words and names left empty."""
    quantities = _bounded(quantities)
    return ClaimFacts(
        entities=frozenset(entities),
        dates=tuple(dict.fromkeys(DateRange(d[0], d[1]) for d in dates if d[0] is not None and d[1] is not None)),
        amounts=_bounded(amounts),
        quantities=quantities,
        measures=tuple(dict.fromkeys(Amount(*in_base_unit(q.low, q.high, q.currency)) for q in quantities))
        if quantities
        else (),
    )


def _first_named(text: str, names: list[tuple]) -> object:
    """The key of the name of `names` (key, name, label) written first in `text`, else None."""
    text = text.casefold()
    found = [(text.find(name.casefold()), key) for key, name, _label in names if name.casefold() in text]
    return min(found, key=lambda place: place[0])[1] if found else None


# Where the clause of a change opens: a comma, a colon, "que" ("Le préfet a affirmé que ...").
_CLAUSE_OPENS = re.compile(r"[,;:]|\bqu(?:e\b|['’])", re.IGNORECASE)


def _changed(text: str) -> frozenset[str]:
    """The stems of the words told before the first word of a rise or a fall of `text`, from
    where its clause opens: what changes ("Selon l'adjoint, le prix moyen a augmenté": "prix",
    "moyen")."""
    found = next((m for m in WORD.finditer(text) if canonical(stem(m.group(0).lower())) in (RISE, FALL)), None)
    if found is None:
        return frozenset()
    before = text[: found.start()]
    opens = [m.end() for m in _CLAUSE_OPENS.finditer(before)]
    return stems(before[opens[-1] if opens else 0 :])


def _bounds(values: list[tuple]) -> frozenset[Decimal]:
    """The one bound of each value of `values` that has one only ("moins de 7 %": 7): no value to
    compare, but a number that keeps "plus de 17 %" apart from it as a stray number would."""
    return frozenset(Decimal(v[0] if v[1] is None else v[1]) for v in values if (v[0] is None) != (v[1] is None))


def _bounded(values: list[tuple]) -> tuple[Amount, ...]:
    """The values of `values` (low, high, currency or unit, ...) with both bounds, once each."""
    return tuple(
        dict.fromkeys(
            Amount(Decimal(v[0]), Decimal(v[1]), v[2]) for v in values if v[0] is not None and v[1] is not None
        )
    )


def facts_from_analysis(analysis, claim) -> ClaimFacts:
    """Facts of one ClaimSpan of an annotations.nlp Analysis (entities keyed by canonical name)."""

    def inside(span) -> bool:
        return claim.start <= span.start and span.end <= claim.end

    def key(entity) -> str:
        return (entity.canonical or entity.text).casefold()

    return build_facts(
        text=claim.text,
        entities=(key(e) for e in analysis.entities if inside(e)),
        names=((key(e), e.text, e.label) for e in analysis.entities if inside(e)),
        dates=((d.earliest, d.latest, d.start - claim.start, d.end - claim.start) for d in analysis.dates if inside(d)),
        amounts=(
            (m.min, m.max, m.currency, m.start - claim.start, m.end - claim.start) for m in analysis.money if inside(m)
        ),
        quantities=(
            (q.min, q.max, q.unit, q.start - claim.start, q.end - claim.start) for q in analysis.quantities if inside(q)
        ),
    )
