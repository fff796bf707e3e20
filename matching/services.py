"""Finding the claims seen before, and the claims of one article that disagree.

Called within the transaction that writes an article's claims (claims.services.ingest and
revise) and after a review (claims.services.review). The candidates of a batch of claims are read
by matching.candidates (queries per batch and per fact of the batch, never per stored claim);
here each claim is scored against its own candidates only (matching.scoring), the best
MAX_SUGGESTIONS shown matches are kept and stored in one insert.

Candidates are the reviewed claims (verdict other than "unverified") of the current revisions
of other articles; after a review, the other way, any current claim of another article.
"""

from collections import Counter, defaultdict
from collections.abc import Sequence

from django.db import transaction
from django.db.models import F, Q
from django.utils import timezone
from django.utils.translation import gettext as _

from annotations.services import NewMention
from claims.models import Claim, Verdict
from matching.candidates import Facts, candidates, facts_of
from matching.facts import ClaimFacts
from matching.figures import has_figures
from matching.models import ClaimMatch, Inconsistency
from matching.scoring import Conflict, find_conflict, score_match
from matching.vocabulary import change_word, denial_words


class AlreadyDismissedError(Exception):
    """A suggestion dismissed twice (answered 409, like a stale review). matching sits below
    claims.services (which calls it), so it has its own error rather than a ServiceError."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


def match_claims(*, claims: Sequence[Claim], facts: Facts | None = None) -> list[ClaimMatch]:
    """Stores a suggested ClaimMatch for each claim of `claims` (saved, of one or more articles)
    and each reviewed claim of another article that matches it (matching.scoring.Match.shown).
    Returns them. `facts`, if given, holds the facts of `claims` already read (facts_of)."""
    claims = list(claims)
    if not claims:
        return []
    facts = facts_of(claims) if facts is None else facts
    of_claim, known = candidates(claims, facts, reviewed_only=True)
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


def match_reviewed_claims(*, claims: Sequence[Claim], facts: Facts | None = None) -> list[ClaimMatch]:
    """After `claims` are reviewed (a review, or reviews carried over to a new revision): stores
    each of them as the earlier claim of the current claims of other articles that say the
    same, for the articles ingested before the review. Claims still unverified are skipped.
    `facts`, if given, holds the facts of `claims` already read (facts_of)."""
    reviewed = [claim for claim in claims if claim.verdict != Verdict.UNVERIFIED]
    if not reviewed:
        return []
    facts = facts_of(reviewed) if facts is None else facts
    of_claim, known = candidates(reviewed, facts, reviewed_only=False)
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


def find_inconsistencies(*, article, claims: Sequence[Claim], facts: Facts | None = None) -> list[Inconsistency]:
    """Stores an open Inconsistency for each pair of `claims` (one revision of `article`) that
    state the same thing with a different date, amount or quantity, or where one denies it
    (matching.scoring.find_conflict), the best scored first, at most MAX_FLAGS_PER_CLAIM per claim
    and MAX_FLAGS_PER_ARTICLE in all.
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
        first_value, second_value = (_value(facts[claim.pk], conflict.kind, claim.text) for claim in (first, second))
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


def _conflicts(claims: Sequence[Claim], facts: Facts) -> list[tuple[Conflict, Claim, Claim]]:
    """(conflict, first claim, second claim) in reading order, best scored first.

    Only claims with an entity and a date, amount, quantity, rank or multiple can conflict. Two
    that state the same thing share every entity of one of them (its sources aside: `_rarest`), so
    a claim is compared with the claims naming its rarest entity: the nearest MAX_PARTNERS of
    them, half before it and half after.
    """
    values = {claim.pk: facts.values_of(claim.pk) for claim in claims}  # their words are read only if compared
    comparable = sorted(
        (
            claim
            for claim in claims
            if values[claim.pk].entities
            and (
                values[claim.pk].dates
                or values[claim.pk].amounts
                or values[claim.pk].quantities
                or has_figures(claim.text)  # a rank or a multiple: no mention holds it
            )
        ),
        key=lambda claim: claim.position,
    )
    naming: dict = defaultdict(list)  # entity -> the comparable claims naming it, in reading order
    place: dict = defaultdict(dict)  # entity -> claim id -> its index in naming[entity]
    for claim in comparable:
        for entity in values[claim.pk].entities:
            place[entity][claim.pk] = len(naming[entity])
            naming[entity].append(claim)
    compared = {}
    for claim in comparable:
        for rarest, told in _rarest(claim, values[claim.pk].entities, naming, facts):
            bucket, here = naming[rarest], place[rarest][claim.pk]
            window = bucket[max(0, here - MAX_PARTNERS // 2) : here] + bucket[here + 1 : here + 1 + MAX_PARTNERS // 2]
            for other in (other for other in window if told <= values[other.pk].entities):
                first, second = sorted((claim, other), key=lambda c: c.position)
                if (first.pk, second.pk) not in compared:
                    compared[first.pk, second.pk] = find_conflict(facts[first.pk], facts[second.pk]), first, second
    found = [(conflict, first, second) for conflict, first, second in compared.values() if conflict is not None]
    return sorted(found, key=lambda item: (-item[0].score, item[1].position, item[2].position))


def _rarest(claim: Claim, entities: frozenset, naming: dict, facts: Facts) -> list[tuple]:
    """(entity, what a partner must name) by which `claim` is compared: the entity the fewest
    claims name, any partner; and, when the claim names its source ("Selon l'Insee, Rennes ..."),
    its rarest entity that is no source, a partner naming all it names but its sources (another
    claim telling the same thing on another's word: scoring._same_things; the other way round,
    that claim's own pass finds this one)."""
    ranked = sorted(entities, key=lambda entity: (len(naming[entity]), str(entity)))
    first = [(ranked[0], frozenset())]
    sources = facts.sources_of(claim.pk)
    if not sources:
        return first
    told = [entity for entity in ranked if entity not in sources]
    return first if not told or told[0] == ranked[0] else first + [(told[0], frozenset(told))]


def _value(facts: ClaimFacts, kind: str, text: str) -> str:
    """The values a claim gives, as ISO dates or "low–high currency", or the words that deny its
    verb ("n'a pas"; for the claim that states it, none, or its rise or fall: "reculé"), for the
    editor to compare."""
    if kind == "denial":
        return (denial_words(text) or change_word(text))[:200]  # "n'a pas", or "a reculé" against a rise
    if kind == "date":
        values = [d.earliest.isoformat() if d.earliest == d.latest else f"{d.earliest}/{d.latest}" for d in facts.dates]
    else:
        values = [
            f"{a.low.normalize():f}" + ("" if a.low == a.high else f"–{a.high.normalize():f}") + f" {a.currency}"
            for a in facts.amounts + facts.quantities + facts.figures
        ]
    return "; ".join(values)[:200]


def on_claims_written(*, article, claims: Sequence[Claim], mentions: Sequence[NewMention] | None = None) -> None:
    """The hook of ingest and revise: matches and inconsistencies of a revision's new claims
    (claims whose review a revision carried over are matched both ways). Their facts are built
    once, for the three, from `mentions` (every mention of `claims`, as just written) if given."""
    facts = facts_of(claims, mentions)
    match_claims(claims=claims, facts=facts)
    match_reviewed_claims(claims=claims, facts=facts)
    find_inconsistencies(article=article, claims=claims, facts=facts)


def refresh_matches(*, article, claims: Sequence[Claim], mentions: Sequence[NewMention] | None = None) -> None:
    """After the mentions of `claims` (the current revision of `article`) are written again (a
    re-annotation), or after an upgrade of the rules (`manage.py rematch`): their suggestions, both
    ways, and the article's open inconsistencies are made again from their facts as they are now
    (on_claims_written). Dismissed suggestions and decided inconsistencies stay, and are not made
    again: a dismissed pair is unique, and a decision is the editor's."""
    drop_open_findings(claims=claims)
    on_claims_written(article=article, claims=claims, mentions=mentions)


def drop_open_findings(*, claims: Sequence[Claim]) -> None:
    """Deletes the suggested matches of `claims` (the claims of one revision of one article), both
    ways, and their open inconsistencies; dismissed pairs and decided inconsistencies stay, the
    record of an editor's decision. Before they are made again (refresh_matches), and when a
    revision supersedes `claims`, in its transaction: their successors get their own
    (on_claims_written), an earlier text's page shows no match (it says so), and left stored they
    would still be listed in the admin and counted by `rematch` ("were") until a rematch of
    another article cleared some."""
    ids = [claim.pk for claim in claims]
    ClaimMatch.objects.shown().filter(Q(claim__in=ids) | Q(earlier__in=ids)).delete()
    # An inconsistency's two claims are of one revision: `first` finds them all.
    Inconsistency.objects.filter(first__in=ids, state=Inconsistency.State.OPEN).delete()


def carry_decisions(*, successors: dict[int, Claim]) -> None:
    """Keeps the editors' decisions about claims that a revision carries over unchanged.

    `successors` maps each claim of the superseded revision that continues with the same words
    (claims.reanchor's "unchanged", whose verdict carries over too) to its new claim. A dismissed
    suggestion between such a claim and a current claim of another article, and a decided
    (confirmed or dismissed) inconsistency between two such claims, are stored again for the new
    claims, decided as they were, by whom and when. Called before on_claims_written, whose inserts
    skip a pair already stored: the same two sentences are not suggested or flagged again. A pair
    of which either claim was edited is found afresh (the decision was about other words)."""
    if not successors:
        return
    _carry_dismissals(successors)
    decided = Inconsistency.objects.filter(first__in=list(successors), second__in=list(successors)).exclude(
        state=Inconsistency.State.OPEN
    )
    Inconsistency.objects.bulk_create(
        [_carried(flag, successors[flag.first_id], successors[flag.second_id]) for flag in decided],
        ignore_conflicts=True,
    )


def _carry_dismissals(successors: dict[int, Claim]) -> None:
    """carry_decisions' dismissed suggestions, stored again with the successors in place of the old claims."""
    old = list(successors)

    def new_id(pk: int) -> int:
        return successors[pk].pk if pk in successors else pk

    dismissed = ClaimMatch.objects.filter(state=ClaimMatch.State.DISMISSED).filter(
        Q(claim__in=old, earlier__revision=F("earlier__article__revision"))
        | Q(earlier__in=old, claim__revision=F("claim__article__revision"))
    )
    ClaimMatch.objects.bulk_create(
        [
            ClaimMatch(
                claim_id=new_id(match.claim_id),
                earlier_id=new_id(match.earlier_id),
                score=match.score,
                signals=match.signals,
                state=match.state,
                dismissed_by_id=match.dismissed_by_id,
                dismissed_at=match.dismissed_at,
            )
            for match in dismissed
        ],
        ignore_conflicts=True,
    )


def _carried(flag: Inconsistency, first: Claim, second: Claim) -> Inconsistency:
    """A decided inconsistency's copy for the successors of its claims, first in reading order."""
    values = (flag.first_value, flag.second_value)
    if second.position < first.position:  # the revision moved one before the other
        first, second, values = second, first, values[::-1]
    return Inconsistency(
        article_id=flag.article_id,
        first_id=first.pk,
        second_id=second.pk,
        kind=flag.kind,
        first_value=values[0],
        second_value=values[1],
        score=flag.score,
        state=flag.state,
        decided_by_id=flag.decided_by_id,
        decided_at=flag.decided_at,
    )


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
