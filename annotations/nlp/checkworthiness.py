"""Check-worthiness: how much a claim needs checking, a score in [0, 1].

A claim is worth checking when it asserts something verifiable of public interest: who did what,
when, for how much, how many, or who reported it (ClaimBuster's "check-worthy factual sentence").
It is not when it is an opinion, a question, a forecast, a greeting or the speaker talking about
themselves. The score is the logistic of a weighted sum of general signals read off the sentence
and its marks (no word list names anyone or anything); each signal's value and its contribution
(weight x value) are kept, so an editor can see why a claim ranks where it does.

| signal           | value                                                                      |
|------------------|----------------------------------------------------------------------------|
| entities         | distinct people, organisations, places... named, up to 3                   |
| figures          | amounts, dates, quantities and other numbers, each counted, up to 4; not   |
|                  | telephone numbers nor times of day ("au 04 67 61 61 61", "de 12 h à 14 h") |
| money            | 1 if an amount of money is given                                           |
| date             | 1 if a date is given                                                       |
| reported         | 1 for reported facts: "selon", "d'après", "a déclaré", "consultés par"     |
| past_event       | 1 for an event in the past ("a investi", "avait quitté", "aurait quitté")  |
|                  | or a measure in force ("le décret interdit", "le texte impose")            |
| comparison       | 1 for a comparison or a change: "plus de", "contre 950", "a augmenté"      |
| opinion          | 1 for an opinion, a feeling, a judgement, an exclamation or a greeting     |
| modal            | 1 for a modal ("doit", "pourrait", "risque de", "devait agir"; not the     |
|                  | noun "le risque"); a past plan with a                                      |
|                  | figure ("devait coûter 4 millions") is a fact and does not count           |
| prediction       | 1 for the future ("sera", "va créer", "l'an prochain"), but not a measure  |
|                  | decided in the passive ("les aides seront réduites de 15 %")               |
| question         | 1 for a question                                                           |
| first_person     | 1 when the author or speaker talks of themselves ("je", "nous"), outside   |
|                  | quotations and attributions ("selon les documents consultés par notre      |
|                  | rédaction" is a source, not the author speaking)                           |
| personal         | 1 for a person's life rather than a public fact: an age, a birth, a death, |
|                  | a family ("la boulangère de 38 ans", "née le 14 mai 1949", "laisse trois   |
|                  | enfants"): a portrait's or an obituary's, which nobody checks              |
| length           | words / 10, up to 4 (a greeting is short)                                  |

The weights are data, `checkworthiness_weights.json` beside this module, fitted by logistic
regression (`evaluation/fit_checkworthiness.py`, scikit-learn, L2) on the labelled French
sentences of `evaluation/data/checkworthiness.fr.jsonl`, on the documents of a train split drawn
with a fixed seed; the other documents measure it (`evaluation/checkworthiness.py`). The runtime
only reads the JSON.
"""

from __future__ import annotations

import json
import math
import re
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from spacy.language import Language
from spacy.tokens import Doc

from annotations.nlp.lexicon import words
from annotations.nlp.normalise import lower_case
from annotations.nlp.state import Component, state

WEIGHTS_FILE = Path(__file__).with_name("checkworthiness_weights.json")
MAX_ENTITIES = 3
MAX_FIGURES = 4
MAX_LENGTH = 4.0  # in tens of words


class Span(Protocol):
    start: int
    end: int


@dataclass(frozen=True)
class Signals:
    entities: int = 0
    figures: int = 0
    money: bool = False
    date: bool = False
    reported: bool = False
    past_event: bool = False
    comparison: bool = False
    opinion: bool = False
    modal: bool = False
    prediction: bool = False
    question: bool = False
    first_person: bool = False
    personal: bool = False
    words: int = 0

    def values(self) -> dict[str, float]:
        """The numbers the weights multiply, by signal name (counts capped, booleans 0 or 1)."""
        values = {name: float(value) for name, value in vars(self).items() if name != "words"}  # no deep copy
        values["entities"] = float(min(self.entities, MAX_ENTITIES))
        values["figures"] = float(min(self.figures, MAX_FIGURES))
        values["length"] = min(self.words / 10, MAX_LENGTH)
        return values


SIGNAL_NAMES = tuple(Signals().values())


@dataclass(frozen=True)
class Contribution:
    signal: str
    value: float
    weight: float

    @property
    def amount(self) -> float:
        return self.value * self.weight


@dataclass(frozen=True)
class Model:
    bias: float
    weights: dict[str, float]

    @classmethod
    def load(cls, path: Path = WEIGHTS_FILE) -> Model:
        data = json.loads(path.read_text(encoding="utf-8"))
        missing = set(SIGNAL_NAMES) - set(data["weights"])
        if missing:
            raise ValueError(f"{path}: no weight for the signals {', '.join(sorted(missing))}")
        return cls(bias=data["bias"], weights=data["weights"])

    def contributions(self, signals: Signals) -> list[Contribution]:
        """Every signal with its value and weight, in the order of SIGNAL_NAMES."""
        values = signals.values()
        return [Contribution(name, values[name], self.weights[name]) for name in SIGNAL_NAMES]

    def score(self, signals: Signals) -> float:
        """The logistic of the bias plus the weighted signals: a check-worthiness in [0, 1]."""
        values = signals.values()  # the sum of contributions(signals), without an object each
        total = self.bias + sum(values[name] * self.weights[name] for name in SIGNAL_NAMES)
        return 1 / (1 + math.exp(-total))


MODEL = Model.load()


def score(signals: Signals) -> float:
    """The check-worthiness of these signals with the fitted weights."""
    return MODEL.score(signals)


_REPORTING = re.compile(
    r"\b(?:selon|d'après|cités?\s+par|(?:consulté|obtenu|recueilli|révélé|publié|communiqué)e?s?\s+par|"
    r"a-t-(?:il|elle|on) (?:dit|déclaré|ajouté|affirmé|précisé|expliqué|indiqué|annoncé|souligné|assuré)|"
    r"(?:a|ont|avait|avaient)\s+(?:\w+\s+)?(?:déclaré|affirmé|annoncé|indiqué|expliqué|précisé|assuré|confirmé|"
    r"révélé|reconnu|dénoncé|accusé|démenti|admis|ajouté|souligné|dit|répondu|répliqué|écrit|rapporté|"
    r"rappelé|signalé|fait savoir|fait état)|"
    r"(?:déclare|affirme|annonce|indique|explique|précise|assure|confirme|révèle|reconnaît|rapporte|"
    r"rappelle|signale)\s+(?:que|qu')|"
    r"arguant|affirmant|expliquant|assurant|soulignant|précisant|indiquant)\b",
)
# "selon X," / "d'après X," / "consultés par notre rédaction": a source, whoever it is.
_ATTRIBUTION_WORDS = words("selon d' par")
_ATTRIBUTION = re.compile(
    r"\b(?:selon|d'après|(?:consulté|obtenu|recueilli|révélé|cité)e?s?\s+par)\b[^,;:.!?«»\"]*",
)
# A past participle after an auxiliary: "a investi", "avait quitté", "ont été incubées", "a mis".
_PARTICIPLE = r"[a-zà-ÿ]+(?:é|ée|és|ées|i|ie|is|ies|it|ite|u|ue|us|ues|ert|erte|int|inte|aint|eint|ort|fait|faite)"
_NOT_PARTICIPLES = words(
    "été aussi ainsi parmi ici lui qui oui fini déjà jamais plus moins tous tout toute très bien mal pu "
    "gratuit gratuite gratuits gratuites petit petite petits petites"  # adjectives: "l'entrée est gratuite"
)
_PAST_EVENT = re.compile(
    rf"\b(?:a|ont|avait|avaient|aurait|auraient|eut|eurent|est|sont|était|étaient)\s+(?:(?:[a-zà-ÿ]+ment|déjà|aussi|également|"
    rf"finalement|alors|pas|jamais|plus|enfin|bien|vite|été)\s+)*({_PARTICIPLE})\b",
)
# What a law, a decree, a ruling or a decision does, in the present: a measure in force.
_MEASURES = words(
    "impose imposent interdit interdisent autorise autorisent oblige obligent supprime suppriment instaure "
    "instaurent abroge abrogent plafonne plafonnent annule annulent suspend suspendent"
)
_NEGATED_MEASURE = re.compile(r"\bn'(?:impose|interdit|autorise|oblige|empêche)")  # "rien n'interdit de penser"
# "aurait démissionné": the press's conditional, a past event reported and not yet confirmed.
_AUXILIARIES = words("a ont avait avaient aurait auraient eut eurent est sont était étaient")
_COPULA_PARTICIPLE = re.compile(r"\b(?:a|ont|avait|avaient)\s+été\s+(?:un|une|le|la|les|des|très|si|plus)\b")
# Cues are single words where they can be (a set lookup per word, several times faster than a
# regular expression per cue list), phrases where they must.
_COMPARISON_WORDS = words(
    "hausse baisse record davantage double triple moitié inférieur inférieure inférieurs inférieures "
    "supérieur supérieure supérieurs supérieures"
)
_COMPARISON_STEMS = tuple(
    words("augment diminu progress recul doubl tripl multipli divis chut bondi grimp baiss rédui réduct revaloris")
)
_COMPARISON_STARTS = words("plus moins contre passé passée passés passées")
_COMPARISON = re.compile(r"\b(?:plus|moins)\s+(?:de|d'|que|qu')|\bcontre\s+(?:\d|plus|moins)|\bpassée?s?\s+de\b")
_OPINION_WORDS = words(
    "pense pensent pensons pensait pensaient crois croit croient croyons croyait craint craignent craignait "
    "craignaient espère espèrent espérons espérait souhaite souhaitent souhaitons semble semblent semblait paraît "
    "voyait voyaient imaginent imagine rêve rêvent estime estiment juge jugent regrette regrettent salue saluent "
    "félicite félicitent réjouit réjouir déplore déplorent trouve trouvons compris comprend comprennent "
    "préoccupation préoccupations inquiétude inquiétudes crainte craintes espoir espoirs probablement "
    "heureusement malheureusement hélas évidemment formidable gâchis honte scandale inacceptable merci bienvenue "
    "bonjour"
)
_OPINION_STARTS = words("il c' ce sans peut bien")
_OPINION = re.compile(
    r"\b(?:il est|c'est|il semble|il paraît|ce n'est pas)\s+(?:\w+\s+)?(?:essentiel|important|impératif|nécessaire|"
    r"crucial|urgent|temps|clair|évident|possible|probable|dommage|regrettable|indispensable|facile|difficile|"
    r"normal|inacceptable|scandaleux)|\b(?:sans doute|peut-être|bien sûr)\b",
)
# Present and conditional modals. A past one ("devait", "pouvait") is an obligation or a
# possibility too, unless the sentence gives figures: "il devait coûter 4 millions" is a past plan,
# a fact to check against what it cost.
_MODALS = words(
    "doit doivent devrait devraient devrions devons pourrait pourraient peut peuvent faut faudrait risquent "
    "risquons serait seraient"
)
# "risque" is a modal as a verb ("le projet risque de"), not as a noun after a determiner or a preposition
# ("27 % de risque en plus", "le risque d'hypertension").
_RISK_AS_A_NOUN = re.compile(r"\b(?:le|un|du|de|d'|au|ce|ces|les|des|sans|à|en|par|contre|tout|aucun)\s+risques?\b")
_PAST_MODALS = words("devait devaient pouvait pouvaient fallait")
_FUTURE_WORDS = words(
    "sera seront serons aura auront aurons fera feront ira iront pourra pourront devra devront faudra viendra "
    "viendront prochain prochaine prochains prochaines"
)
_FUTURE_ENDINGS = tuple(f"{letter}{ending}" for letter in "eid" for ending in ("ra", "ront", "rons"))
_FUTURE_VERB = re.compile(r"[a-zà-ÿ]{2,}[eid](?:ra|ront|rons)")
_FUTURE_STARTS = words("d' terme avenir va vont vais allons")
# A measure decided, in the passive future: "les pensions seront revalorisées de 2 %", "les écoles seront
# fermées jeudi" (not what is expected to happen: "le seuil sera dépassé", "les travaux seront achevés").
_DECISION_STEMS = (
    "revaloris|rédui|augment|relev|abaiss|baiss|supprim|ferm|rouvert|ouvert|assur|versé|versée|rembours|tripl|"
    "doubl|gel|plafonn|instaur|interdi|prolong|report|annul|financ|attribu|accord|nomm|remplac|généralis|"
    "suspendu|maintenu|limit"
)
_DECIDED = re.compile(
    rf"\b(?:sera|seront)\s+(?:(?:[a-zà-ÿ]+ment|également|aussi|bien)\s+)?(?:{_DECISION_STEMS})[a-zà-ÿ]*\b"
)
# What makes it a forecast all the same: a forecaster's verb or a condition.
_FORECAST = re.compile(r"\b(?:prévoi|prévien|prévision|anticip|table sur|tablent sur)|\bsi\s")
_FUTURE = re.compile(
    r"\b(?:d'ici|à terme|à l'avenir)\b|\b(?:va|vont|vais|allons)\s+(?:\w+\s+)?[a-zà-ÿ]+(?:er|ir|re|oir)\b"
)
# A person's life rather than a public fact: an age, a birth, a death, a family ("la boulangère de 38 ans",
# "née le 14 mai 1949", "est morte dimanche", "laisse trois enfants").
_PERSONAL_STARTS = words("ans âge âgé âgée né née nés nées mort morte décédé décédée éteint éteinte laisse enfants")
_PERSONAL = re.compile(
    # an age: not a group's ("les moins de 25 ans"), a sentence's ("de 5 ans de prison"), a term's ("un
    # contrat de 15 ans", "la retraite à l'âge de 64 ans")
    r"(?<!moins )(?<!plus )(?<!âge )(?<!contrat )(?<!bail )(?<!plan )(?<!mandat )(?<!prêt )(?<!peine )"
    r"\b(?:de|d')\s+\d+\s+ans\b(?!\s+(?:de|d')\s*\w)|(?<!retraite )\bà l'âge de\b|\bâgée?s?\s+de\b|"
    r"\bnée?s?\s+(?:le|en|à|dans)\b|"
    r"\b(?:est|sont)\s+(?:morte?s?|décédée?s?)\b|\bs'est\s+éteinte?\b|\blaisse\s+(?:\w+\s+)?enfants\b"
)
# Subject and object pronouns only: "nos céréaliers", "notre pays" name things, not the speaker.
_FIRST_PERSON = words("je j' nous me m' moi")
_NUMBER = re.compile(r"\d+(?:[.,\s]\d{3})*(?:[.,]\d+)?")
_NUMBER_WORDS = words(
    "deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize vingt trente quarante "
    "cinquante soixante cent cents mille million millions milliard milliards"
)
# Numbers that are no figure to check: a telephone number ("04 67 61 61 61", "0 800 12 34 56",
# "composez le 112", "au 32 50") and a time of day ("de 12 h à 14 h 30", "à 18 heures").
_NOT_FIGURES = re.compile(
    r"\b0\s?\d(?:\d\d)?(?:[\s.]\d\d){3,4}\b"
    r"|\b(?:composez|composer|appelez|appeler|contacter|contactez)\s+le\s+\d+\b|\bau\s+\d\d\s\d\d\b(?!\s*\d)"
    r"|\b\d{1,2}\s?h(?:\s?\d\d)?\b|\b\d{1,2}\s+heures?\b(?!\s+(?:de|d'))"
)
_QUOTED = re.compile(r"«[^»]*»|\"[^\"]*\"")
_WORD = re.compile(r"\w+'?")  # a word with its elided apostrophe: "j'", "qu'", "aujourd'"


def read_signals(
    sentence: str,
    *,
    start: int = 0,
    entities: int,
    dates: Sequence[Span] = (),
    money: Sequence[Span] = (),
    quantities: Sequence[Span] = (),
) -> Signals:
    """The signals of one (normalised) sentence that begins at offset `start` of its text.

    `entities` is the number of distinct entities named in it; `dates`, `money` and
    `quantities` are its marks (anything with absolute `start` and `end`). Every mark is one
    figure; the digits and number words outside them are counted as further figures.

    Quoted words are the speaker's: their "nous" is not the author's, so first person is read
    outside quotations and attributions; their stance (opinion, forecast, question) is the
    claim's, so it is read everywhere.
    """
    marks = [*dates, *money, *quantities]
    text = lower_case(sentence)  # the cues are lower case: faster than re.IGNORECASE
    tokens = _WORD.findall(text)
    vocabulary = set(tokens)
    own_vocabulary = vocabulary
    if not vocabulary.isdisjoint(_ATTRIBUTION_WORDS) or '"' in text or "«" in text:
        own_vocabulary = set(_WORD.findall(_ATTRIBUTION.sub(" ", _QUOTED.sub(" ", text))))
    figures = len(marks) + _numbers_outside(text, start, marks, tokens)
    return Signals(
        entities=entities,
        figures=figures,
        money=bool(money),
        date=bool(dates),
        reported=bool(_REPORTING.search(text)),
        past_event=_is_past_event(text, vocabulary),
        comparison=_any_word(vocabulary, _COMPARISON_WORDS, _COMPARISON_STEMS)
        or _phrase(text, vocabulary, _COMPARISON_STARTS, _COMPARISON),
        opinion=not vocabulary.isdisjoint(_OPINION_WORDS)
        or "!" in text
        or _phrase(text, vocabulary, _OPINION_STARTS, _OPINION),
        modal=not vocabulary.isdisjoint(_MODALS)
        or (not figures and not vocabulary.isdisjoint(_PAST_MODALS))
        or ("risque" in vocabulary and not _RISK_AS_A_NOUN.search(text)),
        prediction=_is_prediction(text, vocabulary),
        question="?" in text,
        first_person=not own_vocabulary.isdisjoint(_FIRST_PERSON),
        personal=_phrase(text, vocabulary, _PERSONAL_STARTS, _PERSONAL),
        words=len(tokens),
    )


def _phrase(text: str, vocabulary: set[str], starts: frozenset[str], pattern: re.Pattern) -> bool:
    """Whether `pattern` matches, searched only when a word it needs is there (most sentences lack it)."""
    return not vocabulary.isdisjoint(starts) and bool(pattern.search(text))


def _is_past_event(text: str, vocabulary: set[str]) -> bool:
    if not vocabulary.isdisjoint(_MEASURES) and not _NEGATED_MEASURE.search(text):
        return True  # a measure in force counts as what happened: "le texte impose", "le décret interdit"
    if vocabulary.isdisjoint(_AUXILIARIES):
        return False
    if any(m.group(1) not in _NOT_PARTICIPLES for m in _PAST_EVENT.finditer(text)):
        return "été" not in vocabulary or not _COPULA_PARTICIPLE.search(text)
    return False


def _numbers_outside(text: str, start: int, marks: list, tokens: list[str]) -> int:
    """The numbers, in digits or in words, of `text` that no mark covers (so none counts twice)."""
    number_words = sum(map(_NUMBER_WORDS.__contains__, tokens))
    if any(char.isdigit() for char in text):
        text = _NOT_FIGURES.sub(lambda found: " " * len(found[0]), text)  # offsets kept for the marks
    if not marks:
        return len(_NUMBER.findall(text)) + number_words
    in_marks = sum(word in _NUMBER_WORDS for mark in marks for word in _WORD.findall(_covered(text, start, mark)))
    return len(_NUMBER.findall(_blank(text, start, marks))) + number_words - in_marks


def _any_word(vocabulary: set[str], cues: frozenset[str], stems: tuple[str, ...]) -> bool:
    return not vocabulary.isdisjoint(cues) or any(word.startswith(stems) for word in vocabulary)


def _is_prediction(text: str, vocabulary: set[str]) -> bool:
    """The future, but for a measure decided in the passive ("les aides seront réduites de 15 %",
    "l'intérim sera assuré par la ministre"): what is decided is a fact (checkworthiness.fr.md)."""
    if not (_is_future(vocabulary) or _phrase(text, vocabulary, _FUTURE_STARTS, _FUTURE)):
        return False
    return not _DECIDED.search(text) or bool(_FUTURE.search(text) or _FORECAST.search(text))


def _is_future(vocabulary: set[str]) -> bool:
    """A verb in the future tense ("sera", "vérifiera", "atteindront") among the words."""
    if not vocabulary.isdisjoint(_FUTURE_WORDS):
        return True
    return any(word.endswith(_FUTURE_ENDINGS) and _FUTURE_VERB.fullmatch(word) for word in vocabulary)


class _Marks:
    """Spans sorted by start, asked which lie within a sentence (in log time, not a full scan)."""

    def __init__(self, spans: Iterable[Span]):
        self._spans = sorted(spans, key=lambda span: span.start)
        self._starts = [span.start for span in self._spans]

    def within(self, start: int, end: int) -> list:
        first, last = bisect_left(self._starts, start), bisect_left(self._starts, end)
        return [span for span in self._spans[first:last] if span.end <= end]


@Language.factory("saga_checkworthiness", default_config={})
class CheckworthinessScorer(Component):
    """Scores every sentence of `doc._.saga` and records its signals (module docstring).

    Quantities are counted with amounts when a component has put them in the state.
    """

    def __call__(self, doc: Doc) -> Doc:
        saga = state(doc)
        entities, dates, money = _Marks(saga.entities), _Marks(saga.dates), _Marks(saga.money)
        quantities = _Marks(getattr(saga, "quantities", []))
        saga.checkworthiness, saga.checkworthiness_signals = [], []
        for start, end, _block in saga.sentences:
            found = read_signals(
                saga.text[start:end],
                start=start,
                entities=len({entity.canonical for entity in entities.within(start, end)}),
                dates=dates.within(start, end),
                money=money.within(start, end),
                quantities=quantities.within(start, end),
            )
            saga.checkworthiness.append(score(found))
            saga.checkworthiness_signals.append(found)
        return doc


def _covered(sentence: str, start: int, span: Span) -> str:
    """The part of `sentence` (at offset `start` of its text) that `span` covers."""
    return sentence[max(span.start - start, 0) : max(span.end - start, 0)]


def _blank(sentence: str, start: int, spans: Iterable[Span]) -> str:
    """`sentence` (at offset `start` of its text) with the given spans replaced by spaces."""
    chars = list(sentence)
    for span in spans:
        first, last = max(span.start - start, 0), min(span.end - start, len(chars))
        chars[first:last] = " " * max(last - first, 0)
    return "".join(chars)
