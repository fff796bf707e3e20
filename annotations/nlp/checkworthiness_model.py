"""The signals of check-worthiness, their fitted weights and the score they give.

What each signal holds (read off a sentence by `checkworthiness.read_signals`):

| signal           | value                                                                      |
|------------------|----------------------------------------------------------------------------|
| entities         | distinct people, organisations, places... named, up to 3                   |
| figures          | amounts, dates, quantities, other numbers, ranks ("la troisième fois") and |
|                  | shares ("la moitié des lits"), each counted, up to 4; not telephone        |
|                  | numbers, times of day, codes nor round counts ("au 04 67 61 61 61", "à     |
|                  | 14 h", "SP95", "une trentaine de"); a third of something and a first rank  |
|                  | held ("un tiers des élèves", "reste le premier employeur")                 |
|                  | (a duration is one: "l'emporte en 2 h 26 min", "en moyenne 6 h 40")        |
| money            | 1 if an amount of money is given                                           |
| date             | 1 if a date is given                                                       |
| reported         | 1 for reported facts: "selon", "d'après", "a déclaré", "consultés par",    |
|                  | and causes given by a source ("la direction invoque", "l'attribuent à"),   |
|                  | a denial ("ce que l'ordre dément"), a court's finding ("la cour a jugé     |
|                  | que ...", its past modal the ruling's, not a stance)                       |
|                  | a figure a source concedes ("le rectorat reconnaît 180 heures")            |
| past_event       | 1 for an event in the past ("a investi", "avait quitté", "aurait quitté"), |
|                  | a measure in force ("le décret interdit", "le texte impose") or a state    |
|                  | since a past time ("s'applique depuis 2021", "le plus bas depuis 1995"),   |
|                  | or measured now ("emploie 62 salariés", "reculent de 6 %"), a state told   |
|                  | with the figure it differs by ("était inférieur de 12 %"), a streak ("la   |
|                  | quatrième année consécutive", "une série de neuf victoires", the run a     |
|                  | side rests on, "reste sur neuf matchs sans défaite"), a date a             |
|                  | case goes back to, a result or a rank ("obtient 46,3 %", "se classe 12e"), |
|                  | a figure told against another ("14 % de moins que"), a streak told with    |
|                  | its rank ("la 14e fois de suite"), a record on a measure ("n'a jamais été  |
|                  | aussi bas"), an obligation met ("ont dû être évacués"), an act in the past |
|                  | infinitive ("accuse les rebelles d'avoir bombardé"), a large count as the  |
|                  | subject ("Trois millions de ménages se chauffent au fioul"), a measure in  |
|                  | the imperfect ("s'établissait à 2,1 %"), a stock's cover ("les réserves    |
|                  | couvrent 4,8 mois d'importations", "quatre mois"), a rank held at a place  |
|                  | ("pointe à la troisième place"), a record held ("le record reste détenu    |
|                  | par"), a count of times ("c'est la                                         |
|                  | troisième fois"), an act denied or owned ("nie avoir reçu"), the press's   |
|                  | conditional with its source ("serait saturé, selon une source"); not       |
|                  | someone declining to comment ("n'a pas souhaité réagir"), nor an error     |
|                  | restated ("nous avons écrit par erreur que"), nor a rule about a kind      |
|                  | ("Un colis est considéré comme perdu après trente jours", "... s'il")      |
|                  | a level told with "être de" ("était de 44 %"; not a norm, a target or a   |
|                  | limit, "la vitesse maximale est de 30 km/h"), what a show gathers ("réunit |
|                  | 130 œuvres"), but not a measure or a passive within a present condition    |
|                  | ("lorsque le taux atteint 1,5 %", "s'il est élu"), nor the paper's error   |
|                  | restated in its imperfect, ending the sentence ("nous indiquions que")     |
| comparison       | 1 for a comparison, a change or a record: "plus de", "contre 950", "a      |
|                  | augmenté", "le plus sec jamais enregistré", "par rapport à", a lead ("12   |
|                  | secondes d'avance"), a ratio ("30 % moins chers", "2,6 fois la taille"), a |
|                  | rank ("arrive en tête"), a record after its noun ("un chiffre jamais       |
|                  | atteint")                                                                  |
|                  | a comparison through its adjective ("moins actives que") and a superlative |
|                  | within its set ("la moins ponctuelle du réseau"; not of size or taste, "la |
|                  | plus longue du circuit", nor said of a kind, "Une piste mal conçue est     |
|                  | plus dangereuse que ...")                                                  |
| opinion          | 1 for an opinion, a feeling, a judgement, an exclamation or a greeting,    |
|                  | advice ("il est conseillé de"), or a judgement quoted in part ("a dénoncé  |
|                  | « un budget d'austérité »"); not a poll's share ("citée par 47 % des       |
|                  | sondés"); advice in the passive ("les usagers sont invités à reporter");   |
|                  | not "le juge d'instruction"                                                |
|                  | nor an estimate with its figure ("les experts estiment à 3 millions"; not  |
|                  | one's own form, "s'estime à 100 %", nor the odds one gives, "estime à 50 % |
|                  | les chances", nor beside "estime que")                                     |
| modal            | 1 for a modal ("doit", "pourrait", "risque de", "devait agir"; not the     |
|                  | noun "le risque", nor "devoir" as "owe": "on lui doit"); a past plan with  |
|                  | a figure ("devait coûter 4 millions") is a fact and does not count; an     |
|                  | instruction opening in the imperative ("Pensez à conserver vos factures"); |
|                  | or after a leading phrase and its comma ("Dans un moule, faites fondre";   |
|                  | not a name in -ez after it, "En Ligue 2, Rodez en est à 14 matchs")        |
|                  | not the press's conditional with its source ("serait lié à 40 cas, selon   |
|                  | l'agence", "seraient évitables, selon"); a possibility not ruled out       |
|                  | ("n'est pas exclu"); a penalty the law provides for ("est puni de cinq     |
|                  | ans", "passible d'une amende"); not "il faut rappeler que"                 |
| prediction       | 1 for the future ("sera", "va créer", "l'an prochain", "devrait"), a plan  |
|                  | ("prévoit de"), an intention ("dit vouloir", "réfléchit à"), a schedule    |
|                  | ("sont prévues", "mis en délibéré au 9 avril"), a promise, told in the     |
|                  | past too ("s'engage à", "a promis de", "a assuré qu'elle rouvrirait"), a   |
|                  | horizon ("à l'horizon 2030"), a promise with a day between ("a promis      |
|                  | mardi de créer"), what is expected at a time ahead ("un épisode neigeux    |
|                  | est attendu mercredi"),                                                    |
|                  | a fixture ("Lens reçoit Marseille dimanche"), a favourite ("donnent la     |
|                  | France favorite"), a forecaster's expectation ("table sur", "s'attendent   |
|                  | à", "la banque prévoit une croissance de", "selon ses projections"), but   |
|                  | not a measure decided in the passive ("les aides seront réduites de 15 %", |
|                  | "la zone sera étendue à 27 communes") nor provided                         |
|                  | by a text ("le décret prévoit une amende"), nor a sum ordered ("devra      |
|                  | verser 12 000 euros"); a level in the conditional at a time ahead or under |
|                  | a condition that holds now ("atteindrait 7,9 % à la mi-2027", "si la       |
|                  | tendance se poursuit, la France manquerait ...") is a forecast, not an     |
|                  | imperfect ("fin 2019, l'usine livrait") nor hearsay ("serait arrivé")      |
| question         | 1 for a question                                                           |
| first_person     | 1 when the author or speaker talks of themselves ("je", "nous"), outside   |
|                  | quotations and attributions ("selon les documents consultés par notre      |
|                  | rédaction" is a source, not the author speaking)                           |
| personal         | 1 for a person's life rather than a public fact: an age, a birth, a death, |
|                  | a family ("la boulangère de 38 ans", "gravi à 70 ans", "née le 14 mai      |
|                  | 1949", "laisse trois enfants", "laisse une épouse", "père de trois         |
|                  | enfants", a portrait's opening "À 34 ans, ...", the years spent "il a      |
|                  | passé quarante ans en mer", not a term in office, "à la tête de"): a       |
|                  | portrait's or an obituary's, which nobody checks                           |
| practical        | 1 for what a reader pays or does to get in: an entry, a ticket, a pass, a  |
|                  | subscription, a registration with its price or "gratuit" ("L'entrée coûte  |
|                  | 5 euros"), a listing's "À voir jusqu'au ...": a practical line             |
| quotation        | 1 when the sentence opens with someone's words and then names them ("« On  |
|                  | nous prend pour des imbéciles », a réagi le délégué"): most often a        |
|                  | reaction, a feeling or a testimony; not a fact quoted with its figure,     |
|                  | done or measured ("« Quatorze postes ont été créés », a-t-il fait valoir", |
|                  | "« Nous avons rénové onze écoles », a-t-il déclaré")                       |
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
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

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
    practical: bool = False
    quotation: bool = False
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
