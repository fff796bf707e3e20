"""Places named by where they stand rather than by the model: the dateline opening a story
("BASSE-TERRE – La cour d'appel ..."), the town after an establishment's name ("lycée
Victor-Hugo de Besançon")."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from annotations.nlp.entity_labels import Mention
from annotations.nlp.state import DocState

# A town in capitals opening a paragraph, maybe with its agency, then a dash: "SAINT-DENIS – ",
# "POINTE-À-PITRE (AFP) — ", "LE HAVRE - ".
_DATELINE = re.compile(
    r"([A-ZÀ-Ý][A-ZÀ-Ý'’]*(?:[ -][A-ZÀ-Ý][A-ZÀ-Ý'’]*){0,3})(?:\s*\([^()\n]{1,40}\))?\s*[–—-]\s+(?=\S)"
)


def datelines(doc: Doc, saga: DocState) -> list[Span]:
    """The towns of the datelines that open the paragraphs, as LOC spans."""
    found = []
    for block in saga.blocks:
        dateline = _DATELINE.match(saga.text, block.start, block.end) if block.kind == "paragraph" else None
        if dateline and len(dateline[1]) > 1:
            span = doc.char_span(dateline.start(1), dateline.end(1), label="LOC", alignment_mode="expand")
            found += [span] if span is not None else []
    return found


# The town after a name the model read with it: "Victor-Hugo de Besançon" after "lycée".
_TOWN_AFTER = re.compile(r"\s*(?:de|d'|à)\s*([A-ZÀ-Ý][\w'-]*(?: [A-ZÀ-Ý][\w'-]*)*)")


def town_after(mention: Mention, start: int, end: int, label: str, text: str) -> Mention | None:
    """The town that ends a model span going on past a headed name text[start:end]: "lycée Victor-Hugo"
    cuts "Victor-Hugo de Besançon", "stade Fred-Aubert" cuts "Fred-Aubert de Saint-Brieuc", and the
    model's "Ehpad Les Tilleuls de Saint-Flour" is "Ehpad Les Tilleuls" and its town. Not the rest of
    a name the model read better: "col de la Croix" and "Croix de Fer", both places."""
    if mention.end <= end or mention.is_fixed:
        return None
    town = _TOWN_AFTER.fullmatch(text, end, mention.end)
    if town and (mention.label != label or "-" in text[start:end]):
        return Mention(town.start(1), town.end(1), "LOC")
    return None


def past_the_name(overlapping: list[Mention], start: int, end: int, label: str, text: str) -> tuple[list[Mention], int]:
    """The towns of `town_after`, and the end of the headed name text[start:end], taken on to the end
    of a model span of its label that starts inside it ("col de la Croix de Fer")."""
    towns, name_end = [], end
    for mention in overlapping:
        town = town_after(mention, start, end, label, text)
        if town:
            towns.append(town)
        elif start < mention.start and mention.end > end and mention.label == label and not mention.is_fixed:
            name_end = max(name_end, mention.end)
    return towns, name_end
