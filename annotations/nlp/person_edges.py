"""The edges of a person's name the model read: a surname's particle it left out, before the surname
("Giulia de Santis", `with_surname_particle`) or after a given name ("Hortense de Saint-Pol",
`with_particle_after`), a person it read on from a place ("la députée de la Meuse Émilie Charvet"), a
hyphenated syllable ("Kim Jong-un") and an English possessive's "s" ("Sotheby's")."""

from __future__ import annotations

import re

from spacy.tokens import Span

from annotations.nlp.first_names import FIRST_NAMES
from annotations.nlp.lexicon import words
from annotations.nlp.name_edges import TITLES

# A surname's particle in lower case, one or two words: "de Graaf", "van der Elst", "da Costa", "Inês Carvalho
# da Cunha".
SURNAME_PARTICLES = words("de du des d' da das do dos di van von der den ter ten")
_CAPITAL_PARTICLES = words("Da Das Dos Di Van Von")
# Titles and ranks written as words, before a surname the model read as a person's: "le docteur de Vaucanson",
# "le général de Gaulle" (not "le professeur de Rennes", a place, nor "de Marie", a given name).
_WORD_TITLES = words(
    "docteur professeur maître général colonel commandant capitaine lieutenant amiral abbé baron comte marquis"
)


def with_surname_particle(span: Span, label: str) -> tuple[Span, str]:
    """The span with the lower-case particle the model left out of a surname, when a title or a
    given name stands before it: "M. de Graaf", "Mme da Costa Ramalho", "Giulia de Santis" (a
    person); not "le maire de Graaf", nor "la ville de Santis"."""
    doc, start = span.doc, span.start
    if start > 0 and doc[start - 1].text in _CAPITAL_PARTICLES and span[0].is_title:
        return doc[start - 1 : span.end], "PER"  # "Da Silva Neto, 74 ans": no French word is written so
    while start > span.start - 2 and start > 1 and doc[start - 1].text in SURNAME_PARTICLES:
        start -= 1
    if start == span.start or not span[0].is_title:
        return span, label
    before = doc[start - 1]
    if before.text in TITLES:
        return doc[start : span.end], "PER"
    if before.lower_ in _WORD_TITLES and label == "PER" and span[0].text not in FIRST_NAMES:
        return doc[start : span.end], "PER"
    if before.text in FIRST_NAMES:
        first = start - 1  # a compound given name whole: "Anne-Sophie de Saint-Exupéry", not "Sophie de ..."
        while first > 1 and doc[first - 1].text == "-" and not doc[first - 2].whitespace_ and doc[first - 2].is_title:
            first -= 2
        return doc[first : span.end], "PER"
    return span, label


def with_particle_after(span: Span) -> Span:
    """A person's name with the surname after its particle that the model left out, when it read no name
    there: "Me Hortense de Saint-Pol" of the model's "Hortense" (a title before the given name, which the
    model takes alone); not when the model read a place there ("Marie de Lyon"), nor before further
    capitals ("Pierre de Coubertin Martin" is no one name)."""
    doc, i = span.doc, span.end
    if i + 1 >= len(doc) or doc[i].lower_ not in ("de", "du", "d'", "d’") or not doc[i + 1].is_title:
        return span
    end = i + 2
    while end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ and doc[end + 1].is_title:
        end += 2  # "de Saint-Pol" in three tokens
    # a second particle, elided, after a surname's first one is the name's whatever the model read there: "Louis-Marie
    # du Plessis d'Argentré", "de La Tour d'Auvergne" (not "Marie d'Argentré" after a given name alone)
    noble = doc[i].lower_ in ("d'", "d’") and any(token.lower_ in SURNAME_PARTICLES for token in span[1:])
    if not noble and any(ent.start < end and i < ent.end for ent in doc.ents):
        return span
    return span if end < len(doc) and doc[end].is_title else doc[span.start : end]


def with_capitalised_particle(span: Span, label: str, text: str) -> Span:
    """A surname alone opening a sentence with its particle, which takes a capital there and the model leaves out:
    "De Villepin a répondu" when the text writes "de Villepin" after a given name (not "De Lyon à Paris", a place,
    nor "De Villepin" in a text that names no one so)."""
    doc = span.doc
    if label != "PER" or len(span) != 1 or span.start == 0:
        return span
    particle = doc[span.start - 1]
    if particle.text not in ("De", "Du", "Des") or not particle.is_sent_start:
        return span
    written = re.search(rf"[A-ZÀ-Ý][\w-]+ {particle.lower_} {re.escape(span.text)}\b", text)
    return doc[span.start - 1 : span.end] if written else span


def person_after_a_place(span: Span) -> int | None:
    """Where a person's name starts inside a span the model read on from a place into it: "la députée de la Meuse
    Émilie Charvet", "le sénateur du Nord Paul Vidal"; a given name and one or two capitalised words close it.
    Not in "la fondation Jean Jaurès" (no "de" before) nor in a name opening on a given name."""
    doc = span.doc
    before = doc[span.start - 1].lower_ if span.start > 0 else ""
    if before not in ("de", "du", "des", "la", "l'") or span[0].text in FIRST_NAMES:
        return None
    for i in range(span.start + 1, span.end - 1):
        if doc[i].text in FIRST_NAMES and span.end - i in (2, 3) and all(t.is_title for t in doc[i : span.end]):
            return i
    return None


# What a hyphen joins to a name that is no syllable of it: an inverted pronoun, "-ci", "-là", "-même".
_NO_SYLLABLE = words("t il elle on je tu nous vous ils elles ci là même mêmes")


def with_hyphenated_syllable(span: Span) -> Span:
    """A person's name with the lower-case syllable a hyphen glues to its last part, which the model
    leaves out: "Kim Jong-un", "Lai Ching-te" (Korean and Chinese given names); not "Dupont-t-il" nor
    "Martin-là"."""
    doc, end = span.doc, span.end
    if end + 1 >= len(doc) or doc[end].text != "-" or not doc[end + 1].is_lower or not doc[end + 1].is_alpha:
        return span
    last, hyphen, syllable = doc[end - 1], doc[end], doc[end + 1]
    glued = hyphen.idx == last.idx + len(last) and syllable.idx == hyphen.idx + 1
    return doc[span.start : end + 2] if glued and syllable.lower_ not in _NO_SYLLABLE else span


def with_possessive_s(span: Span) -> Span:
    """A name in the English possessive with its "s", which the tokenizer splits off its apostrophe and
    the model leaves out: "Sotheby's", "McDonald’s", "Moody's." ending a sentence (not "l'" nor a quote's closing
    apostrophe)."""
    doc, end = span.doc, span.end
    last = doc[end - 1]
    if end >= len(doc) or doc[end].text not in ("s", "s.") or len(last) < 3 or not last.text.endswith(("'", "’")):
        return span
    glued = doc[end].idx == last.idx + len(last)
    after = doc[end + 1] if end + 1 < len(doc) else None
    return (
        doc[span.start : end + 1]
        if glued and (after is None or not after.is_alpha or after.idx > doc[end].idx + 1)
        else span
    )
