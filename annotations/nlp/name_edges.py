"""The edges of a name the model read: what it glued before or after the name, cut off (see `trim`)."""

from __future__ import annotations

from spacy.tokens import Span

from annotations.nlp.dates.lexicon import WEEKDAYS
from annotations.nlp.lexicon import words

DETERMINERS = words("le la les l' un une des du de d'")
TITLES = words("M. MM. Mme Mmes Mlle Mlles Dr Dr. Pr Pr. Me Mgr Monsieur Madame Mademoiselle")
# When, glued to a name by the model: "le Stade rennais dimanche soir".
_WHEN = frozenset(WEEKDAYS) | words("matin soir midi hier demain")
DASHES = ("-", "–", "—")
_OPENING_ARTICLES = words("Le La Les L'")
DOSE_UNITS = words("mg µg g ml ui")  # a medicine's dose after its name ("Doliprane 500 mg")


def trim(span: Span) -> Span | None:
    """Drops what the model glues to a name: punctuation, lower-case words, "M." or "Mme", and
    before a person's name a party's or a body's acronym ("le député LR Jean Dubois"); after it,
    punctuation, function words, a day or a time of day in lower case, a score and a phrase of
    lower-case words opened by an article ("la Coupe de France la saison prochaine").
    A span read across a spaced dash, which no name holds, is cut there (`_at_a_dash`)."""
    doc = span.doc
    start, end = _at_a_dash(span)
    while start < end and (
        doc[start].is_punct
        or doc[start].is_space
        or doc[start].text[0].islower()
        or doc[start].text in TITLES
        or (span.label_ == "PER" and end - start > 2 and len(doc[start].text) > 1 and doc[start].text.isupper())
    ):
        start += 1
    end = _before_a_lower_case_phrase(span, start, end) if start < end else end
    # and after it, punctuation and function words: "Restos du cœur de la" before "Haute-Garonne"
    while end > start and (
        doc[end - 1].is_punct
        or doc[end - 1].is_space
        or doc[end - 1].lower_ in DETERMINERS
        or (doc[end - 1].is_lower and doc[end - 1].text in _WHEN)
    ):
        if doc[end - 1].text == ")":
            break
        end -= 1
    # and a match's score after a club's name: "le Racing 92 31-17"
    if end - start > 3 and doc[end - 2].text == "-" and doc[end - 1].is_digit and doc[end - 3].is_digit:
        end -= 3
    # and a medicine's dose: "Doliprane 500" before "mg"
    if end - start > 1 and end < len(doc) and doc[end - 1].like_num and doc[end].lower_ in DOSE_UNITS:
        end -= 1
    return doc[start:end] if start < end else None


def _at_a_dash(span: Span) -> tuple[int, int]:
    """The part of the span a spaced dash leaves to the name: what follows the last dash when a
    capital opens it ("NANTES – Jeanne Morel"), its article with it where the name is one word ("–
    La Rochelle", "– Les Républicains") and not before a longer one ("– Le Stade brestois", also when
    the span starts after the dash); else what comes before the first dash ("Paul Vidal - qui fut
    maire - ...")."""
    doc = span.doc
    dashes = [
        t.i for t in span if t.text in DASHES and (t.i == span.start or doc[t.i - 1].whitespace_) and t.whitespace_
    ]
    if not dashes:
        after_a_dash = span.start > 0 and doc[span.start - 1].text in DASHES
        if after_a_dash and span[0].text in _OPENING_ARTICLES and len(span) > 2:
            return span.start + 1, span.end  # "BREST. – Le Stade brestois": the article opens the story
        return span.start, span.end
    after = dashes[-1] + 1
    if after < span.end - 1 and doc[after].text in _OPENING_ARTICLES:
        one_word = after + 2 == span.end and not doc[after + 1].text.isupper()
        after += 0 if one_word else 1
    if after < span.end and doc[after].text[:1].isupper():
        return after, span.end
    return span.start, dashes[0]


def _before_a_lower_case_phrase(span: Span, start: int, end: int) -> int:
    """Where the name ends: before an article right after a capitalised word, when only lower-case
    words follow it ("la Coupe de France la saison prochaine"); an article after a lower-case word
    stays in the name ("Agence nationale pour la rénovation urbaine")."""
    doc = span.doc
    for i in range(start + 1, end - 1):
        article = doc[i].lower_ in ("le", "la", "les") and doc[i - 1].text[:1].isupper()
        if article and all(token.is_lower or token.is_punct for token in doc[i:end]):
            return i
    return end
