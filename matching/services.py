"""Finding the claims seen before, and the claims of one article that disagree.

Called within the transaction that writes an article's claims (claims.services.ingest and
revise) and after a review (claims.services.review). Queries are per batch of claims and per
fact of the batch, never per stored claim: one for the claims' mentions (none at ingest, which
gives them), one per distinct key (entity, date, amount: matching.facts.keys) for its latest
PER_KEY candidates, on PostgreSQL one full-text search for the claims that have no key, one for
the candidates' mentions, one insert. When the candidates are the reviewed claims and there are
at most FEW_REVIEWED, their ids and mentions are read instead of a query per key.

Candidates are the reviewed claims (verdict other than "unverified") of the current revisions
of other articles; after a review, the other way, any current claim of another article. Each
claim is scored against its own candidates only (matching.scoring), and the best
MAX_SUGGESTIONS shown matches are kept.
"""

from collections import Counter, defaultdict
from collections.abc import Sequence
from functools import reduce
from operator import or_
from typing import NamedTuple

from django.contrib.postgres.search import SearchQuery, SearchVector
from django.db import connection, transaction
from django.db.models import F, Q
from django.utils import timezone
from django.utils.translation import gettext as _

from annotations.models import Mention, MentionLabel
from claims.models import Claim, Verdict
from matching.facts import ClaimFacts, build_facts, found_by_words_only, keys, stems
from matching.models import ClaimMatch, Inconsistency
from matching.scoring import Conflict, find_conflict, score_match


class AlreadyDismissedError(Exception):
    """A suggestion dismissed twice (answered 409, like a stale review). matching sits below
    claims.services (which calls it), so it has its own error rather than a ServiceError."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


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
)


def facts_of(claims: Sequence, mentions: Sequence | None = None) -> dict[int, ClaimFacts]:
    """The facts of each saved claim (a Claim or a Candidate), by id, from its mentions:
    `mentions` if given (rows with FACT_FIELDS, holding every mention of `claims`, and maybe
    others), else read in one query (none for no claims) as plain rows (named tuples with the
    fields' names): no model instance is needed."""
    if not claims:
        return {}
    grouped: dict[int, list] = {claim.pk: [] for claim in claims}
    if mentions is None:
        mentions = Mention.objects.filter(claim__in=[claim.pk for claim in claims]).order_by()
        mentions = mentions.values_list(*FACT_FIELDS, named=True)
    for mention in mentions:
        if mention.claim_id in grouped:
            grouped[mention.claim_id].append(mention)
    return {claim.pk: _facts(claim.text, claim.start, grouped[claim.pk]) for claim in claims}


def _facts(text: str, start: int, mentions: Sequence) -> ClaimFacts:
    """The facts of a claim of `text`, at `start` in its article, from its mentions. A date with
    an open bound ("depuis 2015": no latest) is no fact, as in matching.facts.build_facts."""
    return build_facts(
        text=text,
        entities=(m.entity_id for m in mentions if m.entity_id is not None),
        dates=(
            (m.date_earliest, m.date_latest, m.start - start, m.end - start)
            for m in mentions
            if m.label == MentionLabel.DATE and m.date_earliest is not None
        ),
        amounts=(
            (m.amount_min, m.amount_max, m.currency, m.start - start, m.end - start)
            for m in mentions
            if m.label == MentionLabel.MONEY and m.amount_min is not None
        ),
    )


# Claims read per entity, date or amount of a batch, the latest ingested first: the cost of a
# batch follows its facts, not the number of stored claims. A claim whose every fact is in more
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


def _candidates(
    claims: Sequence[Claim], facts: dict[int, ClaimFacts], *, reviewed_only: bool
) -> tuple[dict[int, set[int]], dict[int, ClaimFacts]]:
    """The candidates of each claim of `claims` (ids, by claim id) and their facts, by id.

    A claim's candidates are the current claims of other articles (reviewed ones only, if asked)
    that share one of its keys (matching.facts.keys: a canonical entity, an amount, a date): the
    PER_KEY latest of each key (_by_key). A claim with no key can only be shown for a claim with
    the same words (matching.scoring: words alone weigh THRESHOLD); on PostgreSQL those are found
    by full-text search for all its words (the GIN index of migration 0002), one query."""
    claim_keys = {claim.pk: keys(facts[claim.pk]) for claim in claims}
    by_key, known = _by_key(claims, dict.fromkeys(key for own in claim_keys.values() for key in own), reviewed_only)
    of_claim = {pk: {c.pk for key in own for c in by_key[key]} for pk, own in claim_keys.items()}
    found = {c.pk: c for chosen in by_key.values() for c in chosen if c.pk not in known}
    bare = [claim for claim in claims if found_by_words_only(facts[claim.pk])]
    if bare and connection.vendor == "postgresql":
        for claim, same in zip(bare, _same_words(claims, bare, facts, reviewed_only=reviewed_only), strict=True):
            of_claim[claim.pk] |= same.keys()
            found.update((pk, c) for pk, c in same.items() if pk not in known)
    return of_claim, known | facts_of(list(found.values()))


def _by_key(claims: Sequence[Claim], wanted: dict[tuple, None], reviewed_only: bool):
    """The PER_KEY latest candidates of each key of `wanted` (key -> [Candidate]), and the facts
    of those already read (by id).

    With at most FEW_REVIEWED reviewed claims (reviewed_only), one query reads their ids, one (none
    for no id) their mentions, and the facts of the chosen come with them. Else one query per key
    reads its latest, through the mention indexes in claim order (annotations 0008; one UNION ALL
    of them all measured slower on PostgreSQL), and their facts are read after (by the caller)."""
    pool = _pool(claims, reviewed_only=reviewed_only, prefix="claim__")
    if reviewed_only and wanted:
        reviewed = Claim.objects.filter(_pool(claims, reviewed_only=True)).order_by().values_list("pk", flat=True)
        reviewed = list(reviewed[: FEW_REVIEWED + 1])
        if len(reviewed) <= FEW_REVIEWED:
            return _by_key_of_few(reviewed, wanted)
    by_key = {}
    latest = Mention.objects.filter(pool).order_by("-claim_id").values_list(*CANDIDATE_FIELDS)
    for key in wanted:
        by_key[key] = [Candidate(*row) for row in latest.filter(**_key_filter(key))[:PER_KEY]]
    return by_key, {}


def _by_key_of_few(reviewed: list[int], wanted: dict[tuple, None]):
    """_by_key from every mention of the `reviewed` claims (ids), read at once."""
    rows = []
    if reviewed:
        rows = Mention.objects.filter(claim_id__in=reviewed).order_by("-claim_id")
        rows = rows.values_list(*CANDIDATE_FIELDS[1:], *FACT_FIELDS, named=True)
    of_claim: dict[int, list] = {}  # the latest claims first
    for row in rows:
        of_claim.setdefault(row.claim_id, []).append(row)
    by_key = {key: [] for key in wanted}
    chosen = {}
    for pk, own in of_claim.items():
        candidate = Candidate(pk, own[0].claim__text, own[0].claim__start)
        for key in keys(_facts("", 0, own)):  # the words are not needed to pick
            if key in by_key and len(by_key[key]) < PER_KEY:
                by_key[key].append(candidate)
                chosen[pk] = candidate
    return by_key, {pk: _facts(c.text, c.start, of_claim[pk]) for pk, c in chosen.items()}


def _same_words(claims, bare, facts, *, reviewed_only: bool) -> list[dict[int, Candidate]]:
    """For each claim of `bare`, the PER_KEY latest claims of the pool holding all its words
    (their stems, as French full-text search stems them): one query for all of them."""
    queries = [SearchQuery(" ".join(sorted(facts[claim.pk].words)), config="french") for claim in bare]
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


def match_claims(*, claims: Sequence[Claim], facts: dict[int, ClaimFacts] | None = None) -> list[ClaimMatch]:
    """Stores a suggested ClaimMatch for each claim of `claims` (saved, of one or more articles)
    and each reviewed claim of another article that matches it (matching.scoring.Match.shown).
    Returns them. `facts`, if given, holds the facts of `claims` already read (facts_of)."""
    claims = list(claims)
    if not claims:
        return []
    facts = facts_of(claims) if facts is None else facts
    of_claim, known = _candidates(claims, facts, reviewed_only=True)
    matches = best_per_claim(
        [
            ClaimMatch(claim_id=claim.pk, earlier_id=pk, score=match.score, signals=match.signals)
            for claim in claims
            for pk in sorted(of_claim[claim.pk])
            if (match := score_match(facts[claim.pk], known[pk])).shown
        ],
        key=lambda match: match.claim_id,
    )
    ClaimMatch.objects.bulk_create(matches, ignore_conflicts=True)
    return matches


def match_reviewed_claims(*, claims: Sequence[Claim], facts: dict[int, ClaimFacts] | None = None) -> list[ClaimMatch]:
    """After `claims` are reviewed (a review, or reviews carried over to a new revision): stores
    each of them as the earlier claim of the current claims of other articles that say the
    same, for the articles ingested before the review. Claims still unverified are skipped.
    `facts`, if given, holds the facts of `claims` already read (facts_of)."""
    reviewed = [claim for claim in claims if claim.verdict != Verdict.UNVERIFIED]
    if not reviewed:
        return []
    facts = facts_of(reviewed) if facts is None else facts
    of_claim, known = _candidates(reviewed, facts, reviewed_only=False)
    matches = best_per_claim(
        [
            ClaimMatch(claim_id=pk, earlier_id=claim.pk, score=match.score, signals=match.signals)
            for claim in reviewed
            for pk in sorted(of_claim[claim.pk])
            if (match := score_match(known[pk], facts[claim.pk])).shown
        ],
        key=lambda match: match.earlier_id,
    )
    ClaimMatch.objects.bulk_create(matches, ignore_conflicts=True)
    return matches


# Suggestions kept per claim, the best scored: a reviewer reads a few. Without a bound, a claim
# alike to thousands of stored ones (a templated sentence, a wire story reprinted everywhere)
# would write a row for each of them inside the ingest's transaction.
MAX_SUGGESTIONS = 10


def best_per_claim(matches: list[ClaimMatch], *, key) -> list[ClaimMatch]:
    """The MAX_SUGGESTIONS best scored of `matches` for each value of `key` (a new claim, or a
    reviewed claim suggested to later ones), ties in the order of the earlier claims' ids."""
    grouped = defaultdict(list)
    for match in matches:
        grouped[key(match)].append(match)
    ranked = (sorted(group, key=lambda m: (-m.score, m.earlier_id, m.claim_id)) for group in grouped.values())
    return [match for group in ranked for match in group[:MAX_SUGGESTIONS]]


# An article that lists the same kind of fact many times ("the commune of X voted a budget of Y")
# would otherwise compare every pair and flag thousands: an editor reads a handful.
MAX_PARTNERS = 200  # claims one claim is compared with (the nearest in the article)
MAX_FLAGS_PER_CLAIM = 3  # inconsistencies kept per claim, the best scored
MAX_FLAGS_PER_ARTICLE = 100  # and per article


def find_inconsistencies(
    *, article, claims: Sequence[Claim], facts: dict[int, ClaimFacts] | None = None
) -> list[Inconsistency]:
    """Stores an open Inconsistency for each pair of `claims` (one revision of `article`) that
    state the same thing with a different date or amount (matching.scoring.find_conflict), the
    best scored first, at most MAX_FLAGS_PER_CLAIM per claim and MAX_FLAGS_PER_ARTICLE in all.
    `facts`, if given, holds the facts of `claims` already read (facts_of)."""
    facts = facts_of(claims) if facts is None else facts
    flags_of: Counter = Counter()
    kept = []
    for conflict, first, second in _conflicts(claims, facts):
        if len(kept) == MAX_FLAGS_PER_ARTICLE:
            break
        if flags_of[first.pk] == MAX_FLAGS_PER_CLAIM or flags_of[second.pk] == MAX_FLAGS_PER_CLAIM:
            continue
        flags_of.update((first.pk, second.pk))
        first_value, second_value = (_value(facts[claim.pk], conflict.kind) for claim in (first, second))
        kept.append(
            Inconsistency(
                article=article,
                first_id=first.pk,
                second_id=second.pk,
                kind=conflict.kind,
                first_value=first_value,
                second_value=second_value,
                score=conflict.score,
            )
        )
    Inconsistency.objects.bulk_create(kept, ignore_conflicts=True)
    return kept


def _conflicts(claims: Sequence[Claim], facts: dict[int, ClaimFacts]) -> list[tuple[Conflict, Claim, Claim]]:
    """(conflict, first claim, second claim) in reading order, best scored first.

    Only claims with an entity and a date or amount can conflict. Two that state the same thing
    share every entity of one of them, so a claim is compared with the claims naming its rarest
    entity: the nearest MAX_PARTNERS of them, half before it and half after.
    """
    comparable = sorted(
        (claim for claim in claims if facts[claim.pk].entities and (facts[claim.pk].dates or facts[claim.pk].amounts)),
        key=lambda claim: claim.position,
    )
    naming: dict = defaultdict(list)  # entity -> the comparable claims naming it, in reading order
    place: dict = defaultdict(dict)  # entity -> claim id -> its index in naming[entity]
    for claim in comparable:
        for entity in facts[claim.pk].entities:
            place[entity][claim.pk] = len(naming[entity])
            naming[entity].append(claim)
    compared = {}
    for claim in comparable:
        rarest = min(facts[claim.pk].entities, key=lambda entity: len(naming[entity]))
        bucket, here = naming[rarest], place[rarest][claim.pk]
        for other in bucket[max(0, here - MAX_PARTNERS // 2) : here] + bucket[here + 1 : here + 1 + MAX_PARTNERS // 2]:
            first, second = sorted((claim, other), key=lambda c: c.position)
            if (first.pk, second.pk) not in compared:
                compared[first.pk, second.pk] = find_conflict(facts[first.pk], facts[second.pk]), first, second
    found = [(conflict, first, second) for conflict, first, second in compared.values() if conflict is not None]
    return sorted(found, key=lambda item: (-item[0].score, item[1].position, item[2].position))


def _value(facts: ClaimFacts, kind: str) -> str:
    """The values a claim gives, as ISO dates or "low–high currency", for the editor to compare."""
    if kind == "date":
        values = [d.earliest.isoformat() if d.earliest == d.latest else f"{d.earliest}/{d.latest}" for d in facts.dates]
    else:
        values = [
            f"{a.low.normalize():f}" + ("" if a.low == a.high else f"–{a.high.normalize():f}") + f" {a.currency}"
            for a in facts.amounts
        ]
    return "; ".join(values)[:200]


def on_claims_written(*, article, claims: Sequence[Claim], mentions: Sequence[Mention] | None = None) -> None:
    """The hook of ingest and revise: matches and inconsistencies of a revision's new claims
    (claims whose review a revision carried over are matched both ways). Their facts are built
    once, for the three, from `mentions` (every mention of `claims`, as just written) if given."""
    facts = facts_of(claims, mentions)
    match_claims(claims=claims, facts=facts)
    match_reviewed_claims(claims=claims, facts=facts)
    find_inconsistencies(article=article, claims=claims, facts=facts)


@transaction.atomic
def dismiss_match(*, match: ClaimMatch, user) -> ClaimMatch:
    """Dismisses ("Not the same claim") a suggestion, under a row lock. A second dismissal raises
    AlreadyDismissedError (the API and the admin answer 409, as for a stale review)."""
    locked = ClaimMatch.objects.select_for_update().get(pk=match.pk)
    if locked.state == ClaimMatch.State.DISMISSED:
        raise AlreadyDismissedError(_("This suggestion was already dismissed."))
    locked.state = ClaimMatch.State.DISMISSED
    locked.dismissed_by = user
    locked.dismissed_at = timezone.now()
    locked.save(update_fields=["state", "dismissed_by", "dismissed_at"])
    return locked


class AlreadyDecidedError(Exception):
    """An inconsistency confirmed or dismissed twice (answered 409, like a second dismissal)."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


DECISIONS = (Inconsistency.State.CONFIRMED, Inconsistency.State.DISMISSED)


@transaction.atomic
def decide_inconsistency(*, inconsistency: Inconsistency, state: str, user) -> Inconsistency:
    """Records a reviewer's decision on an open inconsistency, "confirmed" (the article contradicts
    itself) or "dismissed" (it does not), with who and when, under a row lock. A decided one raises
    AlreadyDecidedError; another state, ValueError."""
    if state not in DECISIONS:
        raise ValueError(_("Decide “confirmed” or “dismissed”, not %(state)r.") % {"state": state})
    locked = Inconsistency.objects.select_for_update().get(pk=inconsistency.pk)
    if locked.state != Inconsistency.State.OPEN:
        raise AlreadyDecidedError(
            _("This inconsistency was already %(state)s.") % {"state": locked.get_state_display()}
        )
    locked.state = state
    locked.decided_by = user
    locked.decided_at = timezone.now()
    locked.save(update_fields=["state", "decided_by", "decided_at"])
    return locked
