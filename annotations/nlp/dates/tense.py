"""Does a clause speak of the future? The pipeline runs no tagger, so this reads verb endings.

A clause (between two of . ! ? ; or a line end) speaks of the future when one of its words is a
simple future or conditional of the future kind ("viendra", "aurons", "seront", "ira"), or
"aller" + infinitive ("va signer", "vont voter"), or a word that announces ("prévu", "doit",
"devrait", "prochain"). Words that merely end like a future ("caméra", "vrai", "chez") are
listed apart.
"""

from __future__ import annotations

import re

from annotations.nlp.lexicon import words

_FUTURE_WORD = re.compile(r"\b[a-zàâçéèêëîïôûù]{2,}(?:ra|rai|ras|rons|rez|ront)\b")
_GOING_TO = re.compile(r"\b(?:va|vont|vais|allons|allez)\s+(?:[a-zàâçéèêëîïôûù']+\s+)?[a-zàâçéèêëîïôûù]+(?:er|ir|re)\b")
_ANNOUNCING = re.compile(r"\b(?:prévue?s?|doit|doivent|devra|devrait|devraient|aura lieu|se tiendra|prochaine?s?)\b")
_NOT_FUTURE = words(
    "caméra opéra choléra extra ultra mantra cobra sierra tiara vera zébra algèbre vrai frai chez assez "
    "nez rez mirai samurai gourou entra montra rentra libra hydra contra"
)
_CLAUSE_END = re.compile(r"[.!?;\n]")


def clause(text: str, start: int, end: int) -> str:
    """The lower-cased clause around text[start:end] (at most 200 characters either side)."""
    before = text[max(0, start - 200) : start]
    ends = list(_CLAUSE_END.finditer(before))
    first = max(0, start - 200) + (ends[-1].end() if ends else 0)
    after = _CLAUSE_END.search(text, end, end + 200)
    return text[first : after.start() if after else min(len(text), end + 200)].lower()


def speaks_of_future(text: str, start: int, end: int) -> bool:
    words_around = clause(text, start, end)
    if _GOING_TO.search(words_around) or _ANNOUNCING.search(words_around):
        return True
    return any(match[0] not in _NOT_FUTURE for match in _FUTURE_WORD.finditer(words_around))
