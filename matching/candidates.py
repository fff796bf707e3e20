"""The candidates of a batch of claims: the stored claims each of them may say the same as, and
their facts.

Queries are per batch of claims and per fact of the batch, never per stored claim: one for the
claims' mentions (none at ingest, which gives them), one per distinct key (entity, date, amount,
quantity: matching.facts.keys) for its latest PER_KEY candidates, on PostgreSQL one full-text
search for the claims that have no key, one for the candidates' mentions. When the candidates are the reviewed
claims and there are at most FEW_REVIEWED, their ids and mentions are read instead of a query per
key (every mention with its claim's text: up to a few thousand rows, accepted for one query).
"""

from collections.abc import Sequence
from functools import lru_cache, reduce
from operator import or_
from typing import NamedTuple

from django.contrib.postgres.search import SearchQuery, SearchVector
from django.db import connection
from django.db.models import F, Q

from annotations.models import Mention, MentionLabel
from claims.models import Claim, Verdict
from matching.facts import ClaimFacts, build_facts, found_by_words_only, keys, stems, value_facts
from matching.sources import named_sources

# What facts_of reads of a mention.
FACT_FIELDS = (
    "claim_id",
    "label",
    "start",
    "end",
    "entity_id",
    "date_earliest",
    "date_latest",
    "amount_min",
    "amount_max",
    "currency",
    "unit",
    "text",
)


class Facts(dict):
    """ClaimFacts by claim id, as facts_of gives them, each claim's built the first time they are
    read (`facts[pk]`): matching reads a claim's words only to score it against a candidate or a
    claim it may contradict, and most claims of an ingest have neither (bench corpus: 60 %).
    It holds only the facts read so far: read them by id, never by iterating over it.
    `values_of(pk)`: the claim's facts without its words (matching.facts.value_facts), all that
    `keys` and the search for conflicts read before that."""

    def __init__(self, sources: dict[int, tuple[str, int, Sequence]], build=None):
        super().__init__()
        self.sources = sources  # claim id -> (its text, its start, its mention rows)
        self.build = build or _facts
        self.without_words: dict[int, ClaimFacts] = {}  # values_of, by id

    def __missing__(self, pk: int) -> ClaimFacts:
        facts = self[pk] = self.build(*self.sources[pk])
        return facts

    def sources_of(self, pk: int) -> frozenset:
        """The entities claim `pk` names as its source (matching.sources), its facts left unbuilt
        if they are: a claim is asked when it may name one, before anything compares it."""
        if pk in self:
            return self[pk].sources
        text, _start, mentions = self.sources[pk]
        return named_sources(text, _names(mentions))

    def values_of(self, pk: int) -> ClaimFacts:
        if pk not in self.without_words:
            self.without_words[pk] = value_facts(**_values(self.sources[pk][2], 0))
        return self.without_words[pk]


def facts_of(claims: Sequence[Claim] | Sequence["Candidate"], mentions: Sequence | None = None) -> Facts:
    """The facts of each saved claim (a Claim or a Candidate), by id, from its mentions:
    `mentions` if given (rows with FACT_FIELDS, holding every mention of `claims`, and maybe
    others), else read in one query (none for no claims) as plain rows (named tuples with the
    fields' names): no model instance is needed. Each claim's are built when first read (Facts)."""
    if not claims:
        return Facts({})
    grouped: dict[int, list] = {claim.pk: [] for claim in claims}
    stored = mentions is None
    if stored:
        mentions = Mention.objects.filter(claim__in=[claim.pk for claim in claims]).order_by()
        mentions = mentions.values_list(*FACT_FIELDS, named=True)
    for mention in mentions:
        if mention.claim_id in grouped:
            grouped[mention.claim_id].append(mention)
    if stored:
        return Facts({claim.pk: (claim.text, claim.start, tuple(grouped[claim.pk])) for claim in claims}, _stored_facts)
    return Facts({claim.pk: (claim.text, claim.start, grouped[claim.pk]) for claim in claims})


@lru_cache(maxsize=16384)
def _mention_keys(row: tuple) -> tuple:
    """The keys of one stored mention (a named tuple), from its facts without words: kept, as
    _stored_facts are, since the mentions of the same reviewed claims are read again for each
    article of an ingest."""
    return tuple(keys(value_facts(**_values([row], 0))))


@lru_cache(maxsize=4096)
def _stored_facts(text: str, start: int, mentions: tuple) -> ClaimFacts:
    """_facts of a stored claim from its mention rows (named tuples), kept for the next time:
    the same reviewed claims are the candidates of article after article of an ingest, and
    building their facts again took a third of matching's time (bench corpus, 450 claims
    reviewed: 1.3 of 3.4 s per 50 articles). The key is all that the facts are made of
    (ClaimFacts is immutable): a claim whose text or mentions change is a new key, never a stale
    answer."""
    return _facts(text, start, mentions)


def _facts(text: str, start: int, mentions: Sequence) -> ClaimFacts:
    """The facts of a claim of `text`, at `start` in its article, from its mentions."""
    return build_facts(
        text=text,
        names=_names(mentions),
        **_values(mentions, start),
    )


def _names(mentions: Sequence) -> list[tuple]:
    """(entity id, text, label) of the mentions of `mentions` linked to an entity, as build_facts and
    named_sources take them."""
    return [(m.entity_id, m.text, m.label) for m in mentions if m.entity_id is not None]


def _values(mentions: Sequence, start: int) -> dict:
    """The entities, dates, amounts and quantities of `mentions` as build_facts takes them, offsets
    relative to `start`. A date with an open bound ("depuis 2015": no latest) is no fact, as in
    matching.facts.build_facts."""
    return {
        "entities": (m.entity_id for m in mentions if m.entity_id is not None),
        "dates": (
            (m.date_earliest, m.date_latest, m.start - start, m.end - start)
            for m in mentions
            if m.label == MentionLabel.DATE and m.date_earliest is not None
        ),
        "amounts": (
            (m.amount_min, m.amount_max, m.currency, m.start - start, m.end - start)
            for m in mentions
            if m.label == MentionLabel.MONEY and m.amount_min is not None
        ),
        "quantities": (
            (m.amount_min, m.amount_max, m.unit, m.start - start, m.end - start)
            for m in mentions
            if m.label == MentionLabel.QUANTITY and m.amount_min is not None
        ),
    }


# Claims read per entity, date, amount or quantity of a batch, the latest ingested first: the
# cost of a batch follows its facts, not the number of stored claims. A claim whose every fact is in more
# than PER_KEY reviewed claims is compared with the latest of them.
PER_KEY = 50

# Up to this many reviewed claims in the archive, a batch reads all their mentions in one query
# and picks each key's latest claims from them: with few reviews, a key's query would walk every
# earlier mention of a recurring name to find none, and a batch has dozens of keys.
FEW_REVIEWED = 2000


def _key_filter(key: tuple) -> dict:
    kind, *value = key
    if kind == "entity":
        return {"entity_id": value[0]}
    if kind == "date":
        return {"date_earliest": value[0], "date_latest": value[1]}
    if kind == "quantity":
        # A quantity has no currency: equal to "", the amount index still reads in claim order.
        return {"amount_min": value[0], "amount_max": value[1], "currency": "", "unit": value[2]}
    if kind == "count":  # a large count, whatever its noun (matching.facts.large_count)
        return {"amount_min": value[0], "amount_max": value[1], "currency": ""}
    return {"amount_min": value[0], "amount_max": value[1], "currency": value[2]}


def _pool(claims: Sequence[Claim], *, reviewed_only: bool, prefix: str = "") -> Q:
    """Current claims of other articles than those of `claims` (reviewed ones only if asked),
    as a condition on the claim or, with `prefix`, on a relation to it."""
    pool = Q(**{f"{prefix}revision": F(f"{prefix}article__revision")}) & ~Q(
        **{f"{prefix}article_id__in": {claim.article_id for claim in claims}}
    )
    if reviewed_only:
        pool &= Q(**{f"{prefix}verdict__in": [Verdict.SOURCED, Verdict.DISPUTED]})
    return pool


class Candidate(NamedTuple):
    """What scoring reads of a stored claim, besides its mentions (facts_of)."""

    pk: int
    text: str
    start: int


CANDIDATE_FIELDS = ("claim_id", "claim__text", "claim__start")


def candidates(claims: Sequence[Claim], facts: Facts, *, reviewed_only: bool) -> tuple[dict[int, set[int]], Facts]:
    """The candidates of each claim of `claims` (ids, by claim id) and their facts, by id.

    A claim's candidates are the current claims of other articles (reviewed ones only, if asked)
    that share one of its keys (matching.facts.keys: a canonical entity, a date, an amount, a quantity): the
    PER_KEY latest of each key (_by_key). A claim with no key can only be shown for a claim with
    the same words (matching.scoring: words alone weigh THRESHOLD); on PostgreSQL those are found
    by full-text search for all its words (the GIN index of migration 0002), one query."""
    claim_keys = {claim.pk: keys(facts.values_of(claim.pk)) for claim in claims}
    by_key, known = _by_key(claims, dict.fromkeys(key for own in claim_keys.values() for key in own), reviewed_only)
    of_claim = {pk: {c.pk for key in own for c in by_key[key]} for pk, own in claim_keys.items()}
    found = {c.pk: c for chosen in by_key.values() for c in chosen if c.pk not in known}
    bare = []
    if connection.vendor == "postgresql":  # a claim's words are read only to be searched for
        bare = [claim for claim in claims if not claim_keys[claim.pk] and found_by_words_only(facts[claim.pk])]
    if bare:
        for claim, same in zip(bare, _same_words(claims, bare, facts, reviewed_only=reviewed_only), strict=True):
            of_claim[claim.pk] |= same.keys()
            found.update((pk, c) for pk, c in same.items() if pk not in known)
    found_facts = facts_of(list(found.values()))
    found_facts.update(known)
    return of_claim, found_facts


def _by_key(
    claims: Sequence[Claim], wanted: dict[tuple, None], reviewed_only: bool
) -> tuple[dict[tuple, list[Candidate]], dict[int, ClaimFacts]]:
    """The claims of the PER_KEY latest mentions of each key of `wanted` (key -> [Candidate]), and
    the facts of those already read (by id).

    With at most FEW_REVIEWED reviewed claims (reviewed_only), one query reads their ids, one (none
    for no id) their mentions, and the facts of the chosen come with them. Else one query per key
    reads its latest, through the mention indexes in claim order (annotations 0008; one UNION ALL
    of them all measured slower on PostgreSQL), and their facts are read after (by the caller)."""
    if reviewed_only and wanted:
        reviewed = Claim.objects.filter(_pool(claims, reviewed_only=True)).order_by().values_list("pk", flat=True)
        reviewed = list(reviewed[: FEW_REVIEWED + 1])
        if len(reviewed) <= FEW_REVIEWED:
            return _by_key_of_few(reviewed, wanted)
    by_key = {}
    # Mentions, not distinct claims: a claim naming its entity twice takes two places of PER_KEY
    # (DISTINCT doubled matching's time at 1M claims on PostgreSQL); _by_key_of_few counts alike.
    pool = _pool(claims, reviewed_only=reviewed_only, prefix="claim__")
    latest = Mention.objects.filter(pool).order_by("-claim_id").values_list(*CANDIDATE_FIELDS)
    for key in wanted:
        by_key[key] = [Candidate(*row) for row in latest.filter(**_key_filter(key))[:PER_KEY]]
    return by_key, {}


def _by_key_of_few(
    reviewed: list[int], wanted: dict[tuple, None]
) -> tuple[dict[tuple, list[Candidate]], dict[int, ClaimFacts]]:
    """_by_key from every mention of the `reviewed` claims (ids), read at once."""
    rows = []
    if reviewed:
        rows = Mention.objects.filter(claim_id__in=reviewed).order_by("-claim_id")
        rows = rows.values_list(*CANDIDATE_FIELDS[1:], *FACT_FIELDS, named=True)
    of_claim: dict[int, list] = {}  # the latest claims first
    for row in rows:
        of_claim.setdefault(row.claim_id, []).append(row)
    by_key = {key: [] for key in wanted}  # a candidate per mention read, as a key's query counts
    chosen = {}
    for pk, own in of_claim.items():
        candidate = Candidate(pk, own[0].claim__text, own[0].claim__start)
        for row in own:
            for key in _mention_keys(row):
                if key in by_key and len(by_key[key]) < PER_KEY:
                    by_key[key].append(candidate)
                    chosen[pk] = candidate
    return by_key, {pk: _stored_facts(c.text, c.start, tuple(of_claim[pk])) for pk, c in chosen.items()}


def _same_words(claims, bare, facts, *, reviewed_only: bool) -> list[dict[int, Candidate]]:
    """For each claim of `bare`, the PER_KEY latest claims of the pool holding all its words
    (their stems, as French full-text search stems them): one query for all of them."""
    queries = [SearchQuery(" ".join(sorted(facts[claim.pk].search_words)), config="french") for claim in bare]
    searched = (
        Claim.objects.annotate(search=SearchVector("text", config="french"))
        .filter(_pool(claims, reviewed_only=reviewed_only), search=reduce(or_, queries))
        .order_by("-pk")
    )
    found = [{} for _ in bare]
    for row in searched.values_list("pk", "text", "start")[: PER_KEY * len(bare)]:
        words = stems(row[1])
        for index, claim in enumerate(bare):
            if len(found[index]) < PER_KEY and facts[claim.pk].words <= words:
                found[index][row[0]] = Candidate(*row)
    return found
