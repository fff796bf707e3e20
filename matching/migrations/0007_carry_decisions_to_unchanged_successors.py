"""Carries the editors' decisions of earlier revisions to the current claims that continue them unchanged.

A revision now stores a dismissed suggestion and a decided inconsistency again for the successors
of claims it carries over with the same words (matching.services.carry_decisions); this does the
same for the revisions already written, following each claim's successors (`previous`) through
every revision whose words are its own (claims.reanchor's "unchanged", whose `words` is copied
here) up to its article's current revision. A pair already suggested or open for the current
claims is decided as the editor decided it; a pair no longer found is stored decided. A pair of
which a claim was edited on the way, or removed, is left as it is."""

import re

from django.db import migrations

_WORD = re.compile(r"[^\W_]+")  # claims.reanchor._WORD
CHUNK = 500  # ids per query: under any database's limit on query parameters


def words(text: str) -> tuple[str, ...]:
    return tuple(match.group().casefold() for match in _WORD.finditer(text))


def chunks(ids):
    ids = list(ids)
    for index in range(0, len(ids), CHUNK):
        yield ids[index : index + CHUNK]


def current_successors(Claim, ids) -> dict[int, tuple[int, int]]:
    """Claim id -> (id, position) of the claim of its article's current revision that continues it
    unchanged (itself if current); claims with none are left out."""
    found, frontier = {}, {}
    fields = ("pk", "previous_id", "text", "position", "revision", "article__revision")
    for part in chunks(ids):
        for row in Claim.objects.filter(pk__in=part).values(*fields):
            if row["revision"] == row["article__revision"]:
                found[row["pk"]] = (row["pk"], row["position"])
            else:
                frontier[row["pk"]] = (row["pk"], words(row["text"]))
    while frontier:
        following = {}
        for part in chunks(frontier):
            for row in Claim.objects.filter(previous_id__in=part).values(*fields):
                origin, said = frontier[row["previous_id"]]
                if words(row["text"]) != said:
                    continue  # edited: the decision was about other words
                if row["revision"] == row["article__revision"]:
                    found[origin] = (row["pk"], row["position"])
                else:
                    following[row["pk"]] = (origin, said)
        frontier = following
    return found


def carry_decisions(apps, schema_editor):
    Claim = apps.get_model("claims", "Claim")
    ClaimMatch = apps.get_model("matching", "ClaimMatch")
    Inconsistency = apps.get_model("matching", "Inconsistency")
    dismissed = list(ClaimMatch.objects.filter(state="dismissed"))
    decided = list(Inconsistency.objects.exclude(state="open"))
    ids = {pk for match in dismissed for pk in (match.claim_id, match.earlier_id)}
    ids |= {pk for flag in decided for pk in (flag.first_id, flag.second_id)}
    current = current_successors(Claim, ids)
    for match in dismissed:
        if match.claim_id in current and match.earlier_id in current:
            pair = {"claim_id": current[match.claim_id][0], "earlier_id": current[match.earlier_id][0]}
            if pair != {"claim_id": match.claim_id, "earlier_id": match.earlier_id}:
                decision = {
                    "state": "dismissed",
                    "dismissed_by_id": match.dismissed_by_id,
                    "dismissed_at": match.dismissed_at,
                }
                ClaimMatch.objects.filter(**pair, state="suggested").update(**decision)
                if not ClaimMatch.objects.filter(**pair).exists():
                    ClaimMatch.objects.create(**pair, **decision, score=match.score, signals=match.signals)
    for flag in decided:
        if flag.first_id in current and flag.second_id in current:
            (first, first_at), (second, second_at) = current[flag.first_id], current[flag.second_id]
            values = (flag.first_value, flag.second_value)
            if second_at < first_at:
                first, second, values = second, first, values[::-1]
            if (first, second) == (flag.first_id, flag.second_id):
                continue
            pair = {"first_id": first, "second_id": second, "kind": flag.kind}
            decision = {"state": flag.state, "decided_by_id": flag.decided_by_id, "decided_at": flag.decided_at}
            Inconsistency.objects.filter(**pair, state="open").update(**decision)
            if not Inconsistency.objects.filter(**pair).exists():
                Inconsistency.objects.create(
                    **pair, **decision, article_id=flag.article_id, first_value=values[0], second_value=values[1],
                    score=flag.score,
                )  # fmt: skip


class Migration(migrations.Migration):
    dependencies = [("matching", "0006_drop_superseded_open_findings")]

    operations = [migrations.RunPython(carry_decisions, migrations.RunPython.noop, elidable=True)]
