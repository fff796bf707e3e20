"""A headline's place: French news opens a headline on its town and a colon ("Lannion : la piscine
fermera dix-huit mois", "Liège : quatre ans de prison pour ..."). Headings carry no capitals' evidence
(Title Case), so `entities` marks in them only the names the prose confirms; but the prose often
names that town only inside a body's name ("le conseil municipal de Lannion", "le tribunal
correctionnel de Liège"), one ORG span. A word opening a title or heading before a colon is a place
(LOC) when the prose names it so: as the place after "de" that ends a body's name. Not "Airbus :"
(no body named by Airbus), not a rubric ("Exclusif :"), not a person quoted ("Jean Dupont : « ... »")."""

from __future__ import annotations

import re

from annotations.nlp.state import DocState
from annotations.nlp.types import EntitySpan

_OPENING_NAME = re.compile(r"[A-ZÀ-Ý][\w'’]*(?:[- ][A-ZÀ-Ý][\w'’]*){0,3}(?=\s?:\s)")


def headline_places(entities: list[EntitySpan], text: str, original: str, saga: DocState) -> list[EntitySpan]:
    """The places opening a title or heading before a colon that the prose names after "de" at the end
    of a body (an ORG span), as LOC spans; none where an entity stands there already."""
    if ":" not in text:
        return []
    starts = {entity.start for entity in entities}
    bodies = [entity.text for entity in entities if entity.label == "ORG"]
    found = []
    for block in saga.blocks:
        if block.kind not in ("title", "heading") or block.start in starts:
            continue
        opening = _OPENING_NAME.match(text, block.start, block.end)
        if opening and any(_ends_on_place(body, opening[0]) for body in bodies):
            found.append(
                EntitySpan(opening.start(), opening.end(), original[opening.start() : opening.end()], "LOC", opening[0])
            )
    return found


# The bodies named by their place: a town's or a territory's councils and services, its courts,
# its public establishments (not "le conseil d'administration de Renault": a firm is no place).
_PLACE_BODY = re.compile(
    r"(?:conseil (?:municipal|communal|départemental|régional|général)|collège communal|mairie|hôtel de ville|"
    r"ville|commune|métropole|agglomération|communauté|préfecture|sous-préfecture|tribunal|cour|parquet|"
    r"université|CHU|centre hospitalier|hôpital|académie|rectorat|diocèse|port|aéroport|gare)\b",
    re.IGNORECASE,
)


def _ends_on_place(body: str, place: str) -> bool:
    """Whether the body is one named by its place and ends on `place` after "de", "d'" or "du": "conseil
    municipal de Lannion", "tribunal correctionnel de Liège"."""
    return (
        bool(_PLACE_BODY.match(body)) and re.search(rf"(?:\bde\s|\bdu\s|\bd['’]){re.escape(place)}$", body) is not None
    )
