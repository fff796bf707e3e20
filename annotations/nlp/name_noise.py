"""General signs that a span the model proposes is not a name (see `entities`, which drops them):
too short, lower case, unbalanced, a function word, a verb inverted with its subject, a common noun
written as an acronym, a capitalised common word opening a sentence, a day of the year, a saint's
feast, a disease, a sport's name, a role, a MISC span made of common words."""

import re

from spacy.lang.fr.stop_words import STOP_WORDS
from spacy.tokens import Span

from annotations.nlp.common_words import COMMON_ACRONYMS, HOLIDAYS
from annotations.nlp.entity_cues import ROLE_WORDS
from annotations.nlp.institution_words import SPORTS
from annotations.nlp.lexicon import words
from annotations.nlp.name_edges import DETERMINERS
from annotations.nlp.name_shapes import INDEFINITE, is_acronym

_INVERSION = re.compile(r"-(?:t-)?(?:je|tu|il|elle|on|nous|vous|ils|elles)\b")
_NAME_PARTICLES = words("de du des d' la le l' van von der den di da al el bin ben y et")
_DISEASE_BEFORE = re.compile(r"\b(?:maladie|syndrome|virus|bacille)s? (?:de |d'|du )$")


# The idiom "X oblige", set apart by punctuation ("Printemps oblige, ...", "..., Ramadan oblige."): what it names is
# a season or a feast (not the verb: "le Printemps oblige ses vendeurs à..."). A name keeps its place in the idiom:
# "Bruxelles oblige, Paris doit réduire son déficit", "Macron oblige", "Brexit oblige"; a common word opening a
# sentence ("Canicule oblige,") is no name anyway (`common_words`).
_OBLIGE = re.compile(r"\s+oblige\s*(?:[,.;:!?)»–]|$)")
_SEASONS = words("printemps été automne hiver")


def is_before_oblige(surface: str, text: str, end: int) -> bool:
    """Whether `surface`, a season or a feast ending at `end`, is the noun of the idiom "X oblige" ("Printemps
    oblige, le groupe lance")."""
    lower = surface.lower()
    return (lower in _SEASONS or lower in HOLIDAYS) and bool(_OBLIGE.match(text, end))


def is_noise(span: Span, text: str, forms: set[str]) -> bool:
    """Whether the model span `span` of `text` (whose lower-case word forms are `forms`) is no name."""
    surface = span.text
    if len(surface) < 2 or not any(char.isupper() for char in surface) or "\n" in surface:
        return True
    if surface.count("(") != surface.count(")") or surface.count('"') % 2:
        return True
    if len(span) == 1 and (surface.lower() in STOP_WORDS or _INVERSION.match(text, span.end_char)):
        return True
    if is_acronym(span) and span.start and span.doc[span.start - 1].lower_ in INDEFINITE:
        return True  # "un EHPAD", "en CDI": a common noun
    if surface in COMMON_ACRONYMS and not (
        span.end < len(span.doc) and span.doc[span.end].text[:1].isalpha() and not span.doc[span.end].is_lower
    ):
        return True  # "deux classes de BTS", "le SMIC" (not a brand: "TGV Lyria", "TGV inOui")
    if span[0].is_sent_start and len(span) == 1 and surface.lower() in forms:
        return True  # a capitalised common word opening a sentence
    if span[0].lower_ in ("un", "une") and len(span) > 1 and all(token.is_lower for token in span[1:]):
        return True  # "MONTRÉAL – Un incendie a ravagé": an indefinite noun phrase, no name
    if len(span) == 1 and surface.lower() in SPORTS:
        return True  # "Rugby, Pro D2 (24e journée) :": a sport's name heading its results, no name
    if len(span) == 1 and surface.lower() in HOLIDAYS and span.label_ != "PER":
        return True  # "les vacances de Noël": a day of the year (Noël Le Graët is a person)
    if surface.startswith("Saint-") and text[max(0, span.start_char - 3) : span.start_char].lower() == "la ":
        return True  # "la Saint-Nicolas", "la Saint-Jean": a saint's feast day
    if is_before_oblige(surface, text, span.end_char):
        return True  # "Printemps oblige, ...": a common noun in the idiom, not "le Printemps" (the store)
    if len(span) == 1 and _DISEASE_BEFORE.search(text, max(0, span.start_char - 20), span.start_char):
        return True  # "la maladie de Lyme": a disease named after a place or a person ("de François Mitterrand" is his)
    content = [t.text.lower() for t in span if t.text.lower() not in DETERMINERS]
    if content and all(word in ROLE_WORDS for word in content):
        return True  # "Le Premier ministre": a role, not a name
    common_words = [t for t in span if t.text[0].islower() and t.text.lower() not in _NAME_PARTICLES]
    return span.label_ == "MISC" and len(common_words) >= 2
