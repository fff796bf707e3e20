"""Check-worthiness: how much a claim needs checking, a score in [0, 1].

A claim is worth checking when it asserts something verifiable about the world: who did what,
when, for how much, or who said what. It is not when it is an opinion, a question, advice, a
forecast or the author speaking for themselves. The score is a logistic function of general
signals, each read off the sentence and its marks (no word list names anyone or anything):

| signal                                                        | weight  |
|---------------------------------------------------------------|---------|
| named entities (people, organisations, places...), up to 3    | +0.7 each |
| a date                                                        | +1.2    |
| an amount of money                                            | +1.5    |
| another number (a count, a percentage)                        | +0.8    |
| reported speech ("a déclaré", "selon", "arguant que")         | +0.8    |
| an event in the past tense ("a investi", "avait quitté",      | +1.0    |
|   "a été conclu"), as opposed to a state                      |         |
| an opinion or a mental state ("il est essentiel", "craignaient", "voyait") | -1.0 |
| a modal or conditional ("doit", "pourrait", "devrait")        | -1.0    |
| a question                                                    | -2.0    |
| the author or reader as subject ("nous", "je", "notre")       | -1.5    |
| bias                                                          | -2.0    |

So "Le 3 mars 2021, Renault a annoncé 300 emplois." scores about 0.85, "Nous devons agir."
about 0.01, and a past event with one named entity about 0.4.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc

from annotations.nlp.lexicon import words
from annotations.nlp.normalise import lower_case
from annotations.nlp.state import Component, state

WEIGHTS = {
    "entities": 0.7,
    "date": 1.2,
    "money": 1.5,
    "number": 0.8,
    "reported_speech": 0.8,
    "past_event": 1.0,
    "opinion": -1.0,
    "modal": -1.0,
    "question": -2.0,
    "first_person": -1.5,
}
BIAS = -2.0
MAX_ENTITIES = 3


@dataclass(frozen=True)
class Signals:
    entities: int = 0
    date: bool = False
    money: bool = False
    number: bool = False
    reported_speech: bool = False
    past_event: bool = False
    opinion: bool = False
    modal: bool = False
    question: bool = False
    first_person: bool = False


def score(signals: Signals) -> float:
    """The logistic of the weighted signals: a check-worthiness in [0, 1]."""
    total = BIAS + WEIGHTS["entities"] * min(signals.entities, MAX_ENTITIES)
    for name, weight in WEIGHTS.items():
        if name != "entities" and getattr(signals, name):
            total += weight
    return 1 / (1 + math.exp(-total))


_REPORTING = re.compile(
    r"\b(?:selon|d'après|a-t-(?:il|elle) (?:dit|déclaré|ajouté|affirmé|précisé|expliqué)|"
    r"(?:a|ont|avait|avaient)\s+(?:\w+\s+)?(?:déclaré|affirmé|annoncé|indiqué|expliqué|précisé|assuré|confirmé|"
    r"révélé|reconnu|dénoncé|accusé|qualifié|démenti|admis|promis|ajouté|souligné|dit|répondu|répliqué|écrit|"
    r"estimé|soutenu|plaidé|exprimé|laissé entendre|fait savoir)|"
    r"(?:déclare|affirme|annonce|indique|explique|précise|assure|confirme|révèle|reconnaît|dénonce|accuse|"
    r"estime|soutient|plaide)\s+(?:que|qu')|"
    r"arguant|affirmant|estimant|expliquant|assurant|soulignant|accusant|qualifiant)\b",
)
# A past participle after an auxiliary: "a investi", "avait quitté", "ont été incubées", "a mis".
_PARTICIPLE = r"[a-zà-ÿ]+(?:é|ée|és|ées|i|ie|is|ies|it|ite|u|ue|us|ues|ert|erte|int|inte|aint|eint|ort|fait|faite)"
_NOT_PARTICIPLES = words(
    "été aussi ainsi parmi ici lui qui oui fini déjà jamais plus moins tous tout toute très bien mal pu"
)
_PAST_EVENT = re.compile(
    rf"\b(?:a|ont|avait|avaient|eut|eurent|est|sont|était|étaient)\s+(?:(?:[a-zà-ÿ]+ment|déjà|aussi|également|"
    rf"finalement|alors|pas|jamais|plus|enfin|bien|vite)\s+)*(?:été\s+)?({_PARTICIPLE})\b",
)
_COPULA_PARTICIPLE = re.compile(r"\b(?:a|ont|avait|avaient)\s+été\s+(?:un|une|le|la|les|des|très|si|plus)\b")
_OPINION = re.compile(
    r"\b(?:il est|c'est|il semble|il paraît)\s+(?:\w+\s+)?(?:essentiel|important|impératif|nécessaire|crucial|urgent|"
    r"temps|clair|évident|possible|probable|dommage|regrettable|indispensable)|"
    r"\b(?:pense|pensent|pensait|pensaient|croit|croient|croyait|craint|craignent|craignait|craignaient|"
    r"espère|espèrent|espérait|souhaite|souhaitent|semble|semblent|semblait|paraît|voyait|voyaient|voit|"
    r"compris|imaginent|imagine|rêve|rêvent)\b|"
    r"\b(?:sans doute|peut-être|probablement|heureusement|malheureusement|hélas)\b",
)
_MODAL = re.compile(
    r"\b(?:doit|doivent|devait|devaient|devrait|devraient|devrions|devons|pourrait|pourraient|peut|peuvent|"
    r"faut|faudrait|risque|risquent|risquons|serait|seraient)\b",
)
_FIRST_PERSON = re.compile(r"(?:^|[^\w'])(?:je|j'|nous|notre|nos|me|m'|moi)(?![\w'])")
_NUMBER = re.compile(r"\d")


_QUOTED = re.compile(r"«[^»]*»|\"[^\"]*\"")


def signals(sentence: str, *, entities: int, date: bool, money: bool) -> Signals:
    """The signals of one (normalised) sentence; marks are counted by the caller, who blanks
    the dates and amounts out of the sentence so that their digits are not counted twice.

    In reported speech the quoted words are the speaker's: their "nous", questions and modals
    say nothing about the claim that the speaker said them, so only the rest is read for those.
    """
    sentence = lower_case(sentence)  # the patterns are lower case: faster than re.IGNORECASE
    reported = bool(_REPORTING.search(sentence))
    own_words = _QUOTED.sub(" ", sentence) if reported else sentence
    past = [m for m in _PAST_EVENT.finditer(sentence) if m.group(1) not in _NOT_PARTICIPLES]
    return Signals(
        entities=entities,
        date=date,
        money=money,
        number=bool(_NUMBER.search(sentence)),
        reported_speech=reported,
        past_event=bool(past) and not _COPULA_PARTICIPLE.search(sentence),
        opinion=bool(_OPINION.search(own_words)),
        modal=bool(_MODAL.search(own_words)),
        question="?" in own_words,
        first_person=bool(_FIRST_PERSON.search(own_words)),
    )


class _Marks:
    """Spans sorted by start, asked which lie within a sentence (in log time, not a full scan)."""

    def __init__(self, spans: list):
        self._spans = spans
        self._starts = [span.start for span in spans]

    def within(self, start: int, end: int) -> list:
        first, last = bisect_left(self._starts, start), bisect_left(self._starts, end)
        return [span for span in self._spans[first:last] if span.end <= end]


@Language.factory("saga_checkworthiness", default_config={})
class CheckworthinessScorer(Component):
    """Scores every sentence of `doc._.saga` from its text and its marks (module docstring)."""

    def __call__(self, doc: Doc) -> Doc:
        saga = state(doc)
        entities, dates, money = _Marks(saga.entities), _Marks(saga.dates), _Marks(saga.money)
        saga.checkworthiness = []
        for start, end, _block in saga.sentences:
            in_dates, in_money = dates.within(start, end), money.within(start, end)
            found = signals(
                _blank(saga.text, start, end, [*in_dates, *in_money]),
                entities=len({entity.canonical for entity in entities.within(start, end)}),
                date=bool(in_dates),
                money=bool(in_money),
            )
            saga.checkworthiness.append(score(found))
        return doc


def _blank(text: str, start: int, end: int, spans: list) -> str:
    """text[start:end] with the given spans replaced by spaces."""
    sentence = list(text[start:end])
    for span in spans:
        sentence[span.start - start : span.end - start] = " " * (span.end - span.start)
    return "".join(sentence)
