"""What the modals of a sentence tell, for the check-worthiness signals (`checkworthiness.read_signals`): a modal
or an instruction (a stance, not a claim), a penalty the law provides for, a possibility not ruled out, and the
press's conditional with its source (hearsay, a claim). Read on the lower-cased sentence with the cues of
`checkworthiness_cues`.
"""

import re

from annotations.nlp.checkworthiness_cues import (
    ATTRIBUTION,
    FIRST_PERSON,
    IMPERATIVE,
    LED_IMPERATIVE,
    MODALS,
    OPINION_WORDS,
    OWE_FORMS,
    OWED,
    PARTICIPLE,
    PAST_MODALS,
    RISK_NOUN_BEFORE,
    RISK_VERB,
    RULED,
    RULERS,
    TESTIMONY,
    WORD,
)
from annotations.nlp.checkworthiness_quotes import is_said_not_claimed
from annotations.nlp.checkworthiness_verbs import (
    entry,
    is_measured,
    is_past_event,
    is_since,
    phrase,
)
from annotations.nlp.lexicon import WEEKDAYS, words


def is_modal(text: str, vocabulary: set[str], figures: int, sentence: str) -> bool:
    """A modal ("doit", "pourrait", "le projet risque de"); a past one only without figures (module
    docstring); an instruction in the imperative ("Pensez à ...", "Pour s'inscrire, remplissez ..."). `text` is
    `sentence` in lower case, letter for letter."""
    opening = entry(text)
    if "?" not in text and (IMPERATIVE.match(opening) or _led_imperative(opening, sentence)):
        return True
    if not vocabulary.isdisjoint(PENALTY_WORDS) and _is_penalty(text, vocabulary):
        return True  # what the law provides for: "le délit est puni de cinq ans", "passible d'une amende"
    if "exclu" in text and NOT_RULED_OUT.search(text):
        return True  # a possibility: "un nouvel épisode n'est pas exclu", "il n'est pas à exclure que"
    modals = vocabulary & MODALS
    if (
        modals
        and not (modals <= OWE_FORMS and OWED.search(text))
        and not (modals <= HEARSAY_FORMS and _hearsay(text))
        and not (modals == {"faut"} and RECALLED.search(text))
    ):
        return True  # "devoir" as "owe" is no modal: "on lui doit la création du parc", "il doit 3 millions"
    if not figures and not vocabulary.isdisjoint(PAST_MODALS) and not phrase(text, vocabulary, RULERS, RULED):
        return True
    return "risque" in vocabulary and any(m[1] not in RISK_NOUN_BEFORE for m in RISK_VERB.finditer(text))


def _led_imperative(opening: str, sentence: str) -> bool:
    """An instruction after a leading phrase and its comma (LED_IMPERATIVE), its verb in lower case where the sentence
    is written ("Pour s'inscrire, remplissez ..."): after a comma a capital tells a name in -ez ("En Ligue 2, Rodez
    en est à 14 matchs", "Pour la troisième fois, Fernandez de l'Athletic a été élu")."""
    found = LED_IMPERATIVE.match(opening) if "," in opening else None
    return bool(found) and sentence[len(sentence) - len(opening) + found.start("verb")].islower()


def is_hearsay(text: str, vocabulary: set[str]) -> bool:
    """The press's conditional with its source ("serait saturé depuis une semaine, selon une source hospitalière"):
    what happened or holds, reported, as "aurait quitté" is; not a conditional of what would be (HYPOTHESIS)."""
    return not vocabulary.isdisjoint(HEARSAY_FORMS) and _hearsay(text) and not HYPOTHESIS.search(text)


# What would be, under a condition, not what is said to be: "si la réforme passait, le marché serait bouleversé",
# "sans ces digues, le village serait submergé", "une telle hausse serait perçue comme une provocation", what
# would be better or worse, "le budget serait plus équilibré" (not "serait parti sans payer", a fact reported).
HYPOTHESIS = re.compile(
    r"\bsi\s|^\W*sans\s|\ben\s+cas\s+d|\b(?:une?\s+tel(?:le)?|de\s+tel(?:le)?s)\b"
    r"|\b(?:serait|seraient)\s+(?:[a-zà-ÿ]+\s+)?(?:perçue?s?|vécue?s?|ressentie?s?|interprétée?s?|accueillie?s?)\s+comme\b"
    r"|\b(?:serait|seraient)\s+(?:bien\s+|beaucoup\s+)?(?:plus|moins)\b"  # "le budget serait bien plus équilibré"
)


def _hearsay(text: str) -> bool:
    """The press's conditional with its source: what a source says happened or holds, not yet confirmed ("un
    repreneur se serait déjà manifesté, d'après les syndicats", "serait associé à un risque plus faible, selon
    une étude"), as "aurait quitté" is; not "ce serait dire", nor a conditional without a source."""
    return bool(HEARSAY.search(text)) and bool(ATTRIBUTION.search(text))


HEARSAY_FORMS = words("serait seraient")
# ... with a participle, or an adjective of what can be done or charged ("40 % des cancers seraient évitables,
# selon les chercheurs"; not a judgement, "ce serait impossible, selon le maire")
HEARSAY = re.compile(
    rf"\b(?:serait|seraient)\s+(?:(?:déjà|bien|aussi|également)\s+)?(?!été\b)"
    r"(?:(?!(?:im)?possibles?\b|souhaitables?\b|préférables?\b|(?:in)?acceptables?\b|envisageables?\b|raisonnables?\b|"
    rf"faisables?\b|indispensables?\b|capables?\b)[a-zà-ÿ]+(?:able|ible)s?\b|{PARTICIPLE}\b)"
)
# A penalty the law provides for, a rule rather than a fact: "la fraude est punie de sept ans d'emprisonnement",
# "les contrevenants sont passibles d'une amende", "tout conducteur qui refuse d'obtempérer encourt 3 750 euros
# d'amende". Not a sanction passed, with who decided it or when ("le club est puni d'une amende par la commission",
# "... après les incidents de samedi"), nor a sports sanction ("puni de trois matchs de suspension"), nor what a
# defendant faces, court reporting to check ("le prévenu, passible de cinq ans", "il encourt dix ans de prison").
PENALTY_WORDS = words("punie punis punies puni passible passibles encourt encourent")
PENALTY = re.compile(
    r"\b(?:est|sont)\s+(?:\w+\s+)?punie?s?\s+(?:de|d')[^,;.]*?\b(?:emprisonnement|prison|réclusion|amende|détention|ans)\b"
    r"|(?<!,\s)\bpassibles?\s+(?:de|d')"
)
FACED = re.compile(r"\bencour(?:t|ent)\s+(?:jusqu'à|une?|des|la|le|\d)")
# Whom a rule is about: anyone who does it ("tout conducteur", "quiconque", "ceux qui").
ANYONE = re.compile(r"\W*(?:tout|toute|tous|toutes|quiconque|chaque|celui\s+qui|celle\s+qui|ceux\s+qui|celles\s+qui)\b")
PASSED_BY = re.compile(r"\bpar\s+(?:la|le|les|l')\s*(?!loi\b|code\b)")


def _is_penalty(text: str, vocabulary: set[str]) -> bool:
    """A penalty the law provides for (PENALTY), not one passed (by someone, on a day) nor a defendant's."""
    if FACED.search(text):
        return bool(ANYONE.match(entry(text)))
    if not PENALTY.search(text):
        return False
    return not (PASSED_BY.search(text) or "hier" in vocabulary or not vocabulary.isdisjoint(WEEKDAYS))


NOT_RULED_OUT = re.compile(r"\bn'(?:est|était)\s+pas\s+(?:exclue?s?|à\s+exclure)\b")
# "Il faut" that brings in a fact, not an obligation: "il faut rappeler que l'eau reste moins chère ici".
RECALLED = re.compile(r"\bfaut\s+(?:le\s+)?(?:rappeler|noter|souligner|préciser|savoir|dire)\s+(?:que|qu')")


def is_told_testimony(text: str, vocabulary: set[str]) -> bool:
    """Someone's words told without quotation marks, then a verb of testimony in an incise ("Ma sœur a été
    greffée il y a dix ans, raconte un bénévole", "on attendait depuis l'aube, se souvient une habitante"): a
    quotation, read as `is_said_not_claimed` reads quoted words ("Le village a été évacué en 2003, se souvient le
    maire" states a fact with its figure). Without quotation marks the words are the witness's only in their own
    voice (first person, a stance, a modal) or as a scene; an event told in the third person is a claim the source
    vouches for, read as any other ("La maternité a fermé l'an dernier, confie une sage-femme", "Le gouvernement a
    gelé les salaires, raconte un syndicaliste")."""
    if vocabulary.isdisjoint(TESTIFIES) or "«" in text or '"' in text:
        return False
    incise = TOLD_INCISE.search(text)
    if not incise:
        return False
    said = text[: incise.start()]
    said_vocabulary = set(WORD.findall(said))
    voiced = "!" in said or not said_vocabulary.isdisjoint(VOICE)
    if not voiced and (
        is_past_event(said, said_vocabulary) or is_since(said, said_vocabulary) or is_measured(said, said_vocabulary)
    ):
        return False
    return is_said_not_claimed(said, text, incise.start())


VOICE = TESTIMONY | FIRST_PERSON | OPINION_WORDS | MODALS  # the witness's own words: "ma sœur", "on", "je crois"


TESTIFIES = words("raconte racontent témoigne témoignent confie confient souvient souviennent sourit soupire")
# The incise closes the sentence: ", raconte un bénévole.", ", se souvient-elle.", ", témoigne Marie, 45 ans."
TOLD_INCISE = re.compile(
    r",\s*(?:raconte|racontent|témoigne|témoignent|confie|confient|se\s+souvien(?:t|nent)|sourit|soupire)"
    r"(?:-t-(?:il|elle|on)|-(?:il|elle|ils|elles))?(?:\s+[^,;:.!?]+(?:,\s*[^,;:.!?]+)?)?\s*[.!]?\s*$"
)
