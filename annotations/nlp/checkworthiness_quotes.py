"""Quotations, for the check-worthiness signals (`checkworthiness.read_signals`): a sentence opening with someone's
words, and whether words said are a stance, a feeling or a testimony rather than a claim with its figure. Read on the
lower-cased sentence with the verbs of `checkworthiness_verbs`.
"""

import re

from annotations.nlp.checkworthiness_cues import (
    MODALS,
    NOT_PARTICIPLES,
    OPENING_QUOTE,
    OPINION_WORDS,
    PARTICIPLE,
    QUOTED,
    TESTIMONY,
    WORD,
)
from annotations.nlp.checkworthiness_figures import NUMBER, NUMBER_WORDS
from annotations.nlp.checkworthiness_verbs import is_measured, is_past_event, is_prediction, is_since


def is_quotation(opening: str) -> bool:
    """A sentence opening with someone's words (OPENING_QUOTE; `opening` is read after a live blog's stamp),
    most often a reaction, a feeling or a testimony. Not when the words state a fact with its figure, done,
    measured or held since a date, and neither the speaker's own experience nor a stance: "« Quatorze postes
    ont été créés depuis l'été », a-t-il fait valoir", "« La région a perdu 12 000 emplois », a affirmé le
    candidat" quote a claim, which a fact-checker checks; "« On a vu des flammes de vingt mètres »,
    raconte un riverain" and "« Le trimestre sera difficile »" stay quotations."""
    if not OPENING_QUOTE.match(opening):
        return False
    quoted = QUOTED.search(opening)
    return is_said_not_claimed(quoted[0], opening, quoted.end())


def is_said_not_claimed(said: str, text: str, end: int) -> bool:
    """Whether someone's words, `said` (ending at `end` of `text`, where what follows tells how they were
    said), are a stance, a feeling or a testimony rather than a fact with its figure (`is_quotation`)."""
    vocabulary = set(WORD.findall(said))
    if "!" in said or not vocabulary.isdisjoint(TESTIMONY | OPINION_WORDS | MODALS):
        return True
    if not (NUMBER.search(said) or not vocabulary.isdisjoint(NUMBER_WORDS)):
        return True
    told = is_past_event(said, vocabulary) or is_since(said, vocabulary) or is_measured(said, vocabulary)
    if not told and "nous" in vocabulary and WE_DID.search(said):
        told = bool(CLAIMED.match(text, end))
    return not told or is_prediction(said, vocabulary)


# What the speakers did, in the quoted first person plural with its figure, put forward as a claim: "« Nous avons
# rénové onze écoles en quatre ans », a-t-il déclaré" is a record to check; "« Nous avons attendu trois heures »,
# raconte une patiente" a testimony (CLAIMED, after the quotation). The figure counts what was done, just after
# the participle; not a time lived through, "« Nous avons attendu deux ans une réponse »", "« nous avons souffert
# pendant dix ans », a insisté le délégué", "« nous avons vécu deux années terribles »". The first person's past
# outside quotations is left: interview questions and corrections read the same, "vous avez voté", "nous avons
# écrit par erreur".
_COUNT = rf"(?:\d[\d\s,.]*|(?:(?:{'|'.join(sorted(NUMBER_WORDS))})\s+)+)"
WE_DID = re.compile(
    r"\bnous\s+(?:(?:l'|les\s+|en\s+|y\s+))?(?:avons|avions)\s+(?:(?:[a-zà-ÿ]+ment|déjà|aussi|encore|enfin|bien)\s+)*"
    rf"(?!(?:{'|'.join(sorted(NOT_PARTICIPLES))})\b){PARTICIPLE}\s+"
    rf"(?:(?:plus|près|moins)\s+(?:de\s+|d')|environ\s+|au\s+moins\s+)?{_COUNT}\s*"
    r"(?!(?:ans|années|mois|semaines|jours|nuits|heures|minutes|fois)\b)[a-zà-ÿ%€$]"
)

CLAIMED = re.compile(
    r"\s*,?\s*(?:a-t-(?:il|elle|on)\s+|(?:a|ont)\s+)?(?:(?:[a-zà-ÿ]+ment|aussi|encore)\s+)?"
    r"(?:affirm|déclar|assur|indiqu|précis|soulign|rappel|répond|répli|ajout|insist|martel|annonc|fait\s+valoir)"
)
