"""A headline's place: French news opens a headline on its town and a colon ("Lannion : la piscine
fermera dix-huit mois", "Liège : quatre ans de prison pour ..."). Headings carry no capitals' evidence
(Title Case), so `entities` marks in them only the names the prose confirms; but the prose often
names that town only inside a body's name ("le conseil municipal de Lannion", "le tribunal
correctionnel de Liège"), one ORG span. A word opening a title or heading before a colon is a place
(LOC) when the prose names it so: as the place after "de" that ends a body's name, or, for a country, by its
people's adjective ("Mali : la junte suspend ..." then "les autorités maliennes"). Not "Airbus :" (no body named by
Airbus), not a rubric ("Exclusif :", "Rugby :"), not a person quoted ("Jean Dupont : « ... »")."""

from __future__ import annotations

import re
import unicodedata

from spacy.tokens import Span

from annotations.nlp.institution_words import (
    BANK_HEADS,
    ESTABLISHMENT_HEADS,
    EVENT_HEADS,
    ORG_HEADS,
    PLACE_HEADS,
    PLACE_NOUNS,
)
from annotations.nlp.nationalities import NATIONALITIES
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
    adjectives = None
    for block in saga.blocks:
        if block.kind not in ("title", "heading", "paragraph") or block.start in starts:
            continue
        opening = _OPENING_NAME.match(text, block.start, block.end)
        if not opening:
            continue
        if adjectives is None:  # the text's nationalities, read once and only where a block opens on a name and colon
            adjectives = {_plain(word) for word in _LOWER_WORD.findall(text) if word in NATIONALITIES}
        by_body = block.kind != "paragraph" and any(_ends_on_place(body, opening[0]) for body in bodies)
        if by_body or (_country_of(opening[0], adjectives) and not _a_speaker(opening, text)):
            found.append(
                EntitySpan(opening.start(), opening.end(), original[opening.start() : opening.end()], "LOC", opening[0])
            )
    return found


_LOWER_WORD = re.compile(r"\b[a-zà-ÿ][a-zà-ÿ-]+\b")
_RUBRIC_COLON = re.compile(r"\s?:\s")


def town_after_a_rubric(span: Span, text: str, common) -> Span | None:
    """The town of a headline that opens on a rubric's noun, "de" and the town before a colon ("Budget de
    Sherbrooke :", "Chantier de Namur :"), which the model reads whole as a person or a place: the town alone, the noun
    a rubric (`common`: a common word; not "Banque de France :", "Conseil d'État :", an institution's name)."""
    if not _RUBRIC_COLON.match(text, span.end_char) or len(span) < 3 or not span[0].is_sent_start:
        return None
    if span[1].lower_ not in ("de", "d'", "d’", "du") or not span[2].is_title:
        return None
    return span[2:] if common.is_common(span[0].text) and span[0].lower_ not in _NAMES_HEADS else None


# The nouns that head a name with its place, no rubric: "Conseil de Genève", "Gare de Lyon", "Banque de France", and
# the local bodies "Ville de Québec", "Région de Bruxelles-Capitale" (ORG whole, as in the entity sets).
_NAMES_HEADS = ORG_HEADS | EVENT_HEADS | PLACE_HEADS | ESTABLISHMENT_HEADS | BANK_HEADS | set(PLACE_NOUNS)


def _plain(word: str) -> str:
    """The word in lower case without its accents: "nigérien" and "Niger" compare."""
    return unicodedata.normalize("NFD", word.lower()).encode("ascii", "ignore").decode()


def _country_of(name: str, adjectives: set[str]) -> bool:
    """Whether one word is the country of a nationality the text writes in lower case: its first letters open the
    adjective ("Mali" and "maliennes", "Sénégal" and "sénégalais", "Niger" and "nigérien"; all but the last letter of
    a short name, five at most). A rubric has none ("Rugby :", "Budget :")."""
    if " " in name or "-" in name or len(name) < 4:
        return False
    stem = _plain(name)[: max(3, min(5, len(name) - 1))]
    return any(adjective.startswith(stem) for adjective in adjectives)


_QUOTE_AFTER = re.compile(r"\s?:\s*[«\"“]")


def _a_speaker(opening: re.Match, text: str) -> bool:
    """Whether the name before the colon is a speaker's, before a quotation, whom no adjective makes a country
    ("Colombe : « Le café colombien a changé ma vie »", an interview's); the quotation is left to the model."""
    return _QUOTE_AFTER.match(text, opening.end()) is not None


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
