"""The tense of a bound ("jusqu'au 5 janvier", "jusqu'à l'automne"): still to come unless its clause tells a past event,
not a state that lasts ("est prolongée jusqu'au 5 janvier") nor a bound decided ("a prolongé l'arrêté jusqu'au"); and
a period set in the past ("a placé le département en vigilance de mardi à mercredi"), not over."""

from __future__ import annotations

import re

from annotations.nlp.dates.verbs import LETTERS, clause, clause_start, future_in, past_in


def is_bound(text: str, start: int) -> bool:
    """ "jusqu'au", "jusqu'à", "jusqu'en" at the date."""
    return bool(_UNTIL.search(text, max(0, start - 12), min(len(text), start + 9)))


def bound_tense(text: str, start: int, end: int, told: str | None) -> str:
    """A bound is in the future unless an event is told in the past (`_past_event`); `told` is its clause's tense."""
    # The bound's own verb comes before it ("est prolongée jusqu'au 30 juin et a déjà attiré ..."), unless
    # none does ("Jusqu'au 3 mars, le musée était fermé", "Depuis la mi-février et jusqu'au 3 mars, le musée a ...").
    if _DECIDED_PARTICIPLE.search(text, max(0, start - 40), start):
        return "future"  # "L'exposition, prolongée jusqu'au 10 janvier, a déjà reçu ...": a bound decided
    before = text[clause_start(text, start) : start]
    has_verb = past_in(before) or future_in(before) or _PRESENT_STATE.search(before) or _DECIDED.search(before)
    verb_words = before if has_verb else clause(text, start, end)
    return "past" if told == "past" and _past_event(verb_words) else "future"


# The participle of a decision right before a bound sets one still to come, whatever the clause's verb says.
_DECIDED_PARTICIPLE = re.compile(
    r"\b(?:prolong|repouss|report|reconduit|suspendu|étendu|interdit)[a-zé]*\s+(?:jusqu['’](?:au|à|aux|en)\s+)?$",
    re.IGNORECASE,
)


# A bound a date sets: "jusqu'au 5 janvier", "jusqu'à l'automne".
_UNTIL = re.compile(r"\bjusqu['’](?:au|à|aux|en)\b", re.IGNORECASE)
# "est fermée", "sont suspendus": a state that lasts now (a passive present), not a past event.
_PRESENT_STATE = re.compile(
    rf"\b(?:est|sont)\s+(?!(?:rest|demeur)[ée])[{LETTERS}]+(?:é|ée|és|ées|is|ise|ises|ert|erte|erts|ertes|u|ue|us|ues)\b"
)


# A decision or a passive told in the past sets a bound still to come: "a prolongé l'interdiction
# jusqu'à", "ont été suspendus jusqu'à", "a annoncé que ... durerait jusqu'à".
_DECIDED = re.compile(
    rf"\b(?:a|ont|avait|avaient)\s+(?:été\s+[{LETTERS}]+|(?:prolong|suspend|report|interd|ferm|maint|décid|"
    rf"annonc|reconduit|repouss|fix|décrét|ordonn|autoris|accord|décret|prévu|program|étend|limit|restreint|plac)"
    rf"[{LETTERS}]*)"
)


def _past_event(words_around: str) -> bool:
    """The clause tells a past event, not only a state that lasts or a bound decided ("ils ont
    travaillé jusqu'à l'automne", "était fermée jusqu'au 3 mars"; not "est prolongée jusqu'au 5
    janvier", "ont jusqu'au 30 avril pour ...", "a prolongé l'arrêté jusqu'au 5 janvier")."""
    return past_in(_DECIDED.sub(" ", _PRESENT_STATE.sub(" ", words_around)))


# A period set or announced in the past ("Météo-France a placé le département en vigilance de mardi à mercredi", "a
# décrété un deuil de lundi à mercredi"); not what was done ("ont fermé de mardi à jeudi", "ont été fermées").
_SET_A_PERIOD = re.compile(r"\b(?:a|ont)\s+(?:plac|décrét|ordonn|décid|annonc|programm)[a-zé]*\b")


def decided_before(text: str, start: int) -> bool:
    """A period set in the past before the date, in its clause: not over."""
    return bool(_SET_A_PERIOD.search(text[clause_start(text, start) : start].lower()))
