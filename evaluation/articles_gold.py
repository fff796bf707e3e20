"""Builds each article's gold file (evaluation/score.py's format) from the `spec.json` of a folder
of articles (evaluation/data/articles_blind*/): claims are sentences found in reading order; an
entity, date or amount is [surface, ..., which], its surface's occurrences inside the evaluated
region (all, or the 1-based `which` list); `ignore` lists lines inside the region that no
prediction is scored on (a publication line between the standfirst and the body).

    python evaluation/articles_gold.py evaluation/data/articles_blind2
"""

import hashlib
import json
import sys
from pathlib import Path

FIELDS = {"entities": ("label", "canonical"), "dates": ("value",), "money": ("min", "max", "currency")}


def occurrences(text: str, surface: str, start: int, end: int) -> list[int]:
    found, at = [], text.find(surface, start, end)
    while at >= 0:
        found.append(at)
        at = text.find(surface, at + len(surface), end)
    if not found:
        raise SystemExit(f"{surface!r} not found in the region")
    return found


def gold_of(folder: Path, name: str, spec: dict) -> dict:
    text = (folder / f"{name}.fr.txt").read_text(encoding="utf-8")
    first, last = spec["region"]
    start, end = text.index(first), text.index(last) + len(last)
    gold = {
        "source": f"{name}.fr.txt",
        "sha256": hashlib.sha256(text.encode()).hexdigest(),
        "language": "fr",
        "published": spec["published"],
        "evaluated_region": {"start": start, "end": end},
        "ignore": [{"start": text.index(line), "end": text.index(line) + len(line)} for line in spec.get("ignore", [])],
        "claims": [],
    }
    cursor = start
    for claim in spec["claims"]:
        worthy, sentence = claim.startswith("+ "), claim.removeprefix("+ ").removeprefix("- ")
        at = text.index(sentence, cursor)
        cursor = at + len(sentence)
        gold["claims"].append({"start": at, "end": cursor, "text": sentence, "checkworthy": worthy})
    for kind, fields in FIELDS.items():
        items = []
        for surface, *values in spec[kind]:
            which = values[len(fields)] if len(values) > len(fields) else None
            places = occurrences(text, surface, start, end)
            for at in places if which is None else [places[i - 1] for i in which]:
                items.append(
                    {"start": at, "end": at + len(surface), "text": surface, **dict(zip(fields, values, strict=False))}
                )
        gold[kind] = sorted(items, key=lambda item: item["start"])
    return gold


if __name__ == "__main__":
    folder = Path(sys.argv[1])
    for name, spec in json.loads((folder / "spec.json").read_text(encoding="utf-8")).items():
        gold = gold_of(folder, name, spec)
        (folder / f"{name}.gold.json").write_text(
            json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
        )
        print(name, {kind: len(gold[kind]) for kind in ("claims", *FIELDS)})
