"""Scores claims-seen-before matching (matching.scoring) on evaluation/data/matching.fr.json.

    .venv/bin/python evaluation/matching.py evaluation/data/matching.fr.json [-v]

Every paraphrase and distractor is compared with the 30 reviewed claims, after the real NLP
pipeline has found their entities, dates and amounts. A suggestion is shown as the service
would store it: among the claims the service reads as candidates (matching.facts.retrievable:
a shared entity, amount or date other than a whole year, or all the words of a claim with none), those
matching.scoring.Match.shown, at most 3 per claim, best first. Prints, per split (tune,
held-out) and overall: recall@1 and recall@3 (the paraphrase's claim is the first, or among
the first 3, suggestions shown) and the precision of the suggestions shown (paraphrases and
distractors together). Then the consistency check: planted contradictions found, false flags.
A claim, an article, or a paraphrase or distractor written {"text", "published"} is read as
published that day (its relative dates from it); a paraphrase written as a plain string has none.
"""

import argparse
import json
import os
import sys
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "saga.settings")

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402

from annotations.nlp.pipeline import analyse_many  # noqa: E402
from matching.facts import facts_from_analysis, retrievable  # noqa: E402
from matching.scoring import find_conflict, score_match  # noqa: E402

SHOWN = 3


def sentence_facts(items: list[tuple[str, date | None]]) -> list:
    """The facts of each (text, publication day) taken whole as one claim (one sentence per text)."""
    model = settings.SAGA_LANGUAGES["fr"]
    analyses = analyse_many(((text, "text", day) for text, day in items), language="fr", model=model, aliases={})
    return [facts_from_analysis(analysis, _whole(text)) for (text, _day), analysis in zip(items, analyses, strict=True)]


def _dated(item, default=None) -> tuple[str, date | None]:
    """A text and the day it was published: a plain string, or {"text", "published"} where the set
    dates an article (relative dates, "hier", "mardi prochain", are read from that day)."""
    if isinstance(item, str):
        return item, default
    day = item.get("published")
    return item["text"], date.fromisoformat(day) if day else default


class _whole:
    def __init__(self, text):
        self.start, self.end, self.text = 0, len(text), text


def suggestions(query, claims) -> list[tuple[int, float]]:
    matches = [(index, score_match(query, facts)) for index, facts in enumerate(claims) if retrievable(query, facts)]
    shown = sorted(((i, match.score) for i, match in matches if match.shown), key=lambda pair: -pair[1])
    return shown[:SHOWN]


def score_matching(data, verbose: bool) -> dict:
    claims = data["claims"]
    claim_facts = sentence_facts([_dated(claim) for claim in claims])
    queries = [(_dated(item), index, "para") for index, claim in enumerate(claims) for item in claim["paraphrases"]]
    queries += [
        (_dated(item), index, "distractor") for index, claim in enumerate(claims) for item in claim["distractors"]
    ]
    query_facts = sentence_facts([item for item, _index, _kind in queries])
    tally = {split: {"para": 0, "at1": 0, "at3": 0, "shown": 0, "right": 0} for split in ("tune", "held-out", "all")}
    for ((text, _day), index, kind), facts in zip(queries, query_facts, strict=True):
        shown = suggestions(facts, claim_facts)
        ranks = [claim_index for claim_index, _score in shown]
        right = kind == "para"
        for split in (claims[index]["split"], "all"):
            counts = tally[split]
            counts["shown"] += len(shown)
            if right:
                counts["para"] += 1
                counts["at1"] += ranks[:1] == [index]
                counts["at3"] += index in ranks
                counts["right"] += index in ranks
        if verbose and ((right and ranks[:1] != [index]) or (not right and shown)):
            names = [(claims[i]["id"], round(s, 2)) for i, s in shown]
            print(f"  {kind} of {claims[index]['id']}: {names} ← {text}")
    return tally


def score_consistency(data, verbose: bool) -> tuple[int, int, int]:
    found = false = planted = 0
    model = settings.SAGA_LANGUAGES["fr"]
    items = [_dated(article) for article in data["consistency"]]
    for article, analysis in zip(
        data["consistency"],
        analyse_many(((text, "text", day) for text, day in items), language="fr", model=model, aliases={}),
        strict=True,
    ):
        spans = analysis.claims
        facts = [facts_from_analysis(analysis, span) for span in spans]
        planted += len(article["contradictions"])
        for i in range(len(spans)):
            for j in range(i + 1, len(spans)):
                conflict = find_conflict(facts[i], facts[j])
                if conflict is None:
                    continue
                pair = (spans[i].text, spans[j].text)
                hit = any(a in pair[0] and b in pair[1] for a, b in article["contradictions"])
                found += hit
                false += not hit
                if verbose:
                    print(f"  {'found' if hit else 'FALSE'} {conflict.kind}: {pair[0]!r} / {pair[1]!r}")
    return found, false, planted


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path)
    parser.add_argument("-v", "--verbose", action="store_true", help="print every miss and wrong suggestion")
    args = parser.parse_args()
    try:
        data = json.loads(args.data.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        print(f"matching.py: cannot read {args.data}: {error}", file=sys.stderr)
        return 2
    tally = score_matching(data, args.verbose)
    for split, counts in tally.items():
        para = counts["para"] or 1
        precision = counts["right"] / counts["shown"] if counts["shown"] else 1.0
        print(
            f"{split:9} paraphrases={counts['para']:3} recall@1={counts['at1'] / para:.3f} "
            f"recall@3={counts['at3'] / para:.3f} precision={precision:.3f} (shown {counts['shown']})"
        )
    found, false, planted = score_consistency(data, args.verbose)
    print(f"consistency: found {found}/{planted} planted contradictions, {false} false flags")
    return 0


if __name__ == "__main__":
    sys.exit(main())
