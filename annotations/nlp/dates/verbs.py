"""Reading verb endings (the pipeline runs no tagger): which words of a clause tell the future ("viendra",
"va signer", "est prévu", "est attendu") and which the past ("a voté", "avait été adoptée", "comptait"), and where a
clause, and a date's own phrase in it, begin and end. `tense` decides from them."""

from __future__ import annotations

import re

from annotations.nlp.conditional import CONDITIONAL
from annotations.nlp.dates.lexicon import MONTH, WEEKDAY
from annotations.nlp.lexicon import words

FUTURE_WORD = re.compile(r"\b[a-zàâçéèêëîïôûù]{2,}(?:ra|rai|ras|rons|rez|ront)\b")
_GOING_TO = re.compile(r"\b(?:va|vont|vais|allons|allez)\s+(?:[a-zàâçéèêëîïôûù']+\s+)?[a-zàâçéèêëîïôûù]+(?:er|ir|re)\b")
_ANNOUNCING = re.compile(
    r"\b(?:prévue?s?|doit|doivent|devra|devrait|devraient|aura lieu|se tiendra|prochaine?s?)\b"
    # a forecast or a promise, its object after it: "Météo-France annonce des gelées samedi", "a promis une loi avant
    # le 31 décembre" (not "a promis mardi", the day it was said, nor the noun: "l'annonce du plan")
    r"|\b(?:promis|promise|promet|promettent|prévoit|prévoient|annoncen?t?)"
    r"\s+(?:des|un|une|de|d'|du|la|les|l')(?=\s|\w)"
    # a call to act, the act to come: "la CGT appelle à la grève lundi", "appellent à manifester samedi" (not "appelle
    # à 8 heures", a telephone call)
    r"|\b(?:appelle|appellent)\s+(?:à|au|aux)\s+(?!\d)"
    # an invitation opening its clause: "Rendez-vous à la salle communale dimanche à 10 h" (not "s'étaient donné
    # rendez-vous samedi", nor the noun told over: "Rendez-vous était pris lundi")
    r"|^\s*rendez-vous\b(?!\s+(?:était|avait|a\s|est|fut|pris|manqué))"
)
# A determiner makes "annonce" the noun: "l'annonce du plan", "leur annonce du 3 avril", "chaque annonce".
_DETERMINER_BEFORE = re.compile(
    r"(?:\b[ld]'|\b(?:une|son|sa|cette|leur|chaque|notre|votre|nouvelle|première|dernière|seule)\s+)$"
)
NOT_FUTURE = words(
    "caméra opéra choléra extra ultra mantra cobra sierra tiara vera zébra algèbre vrai frai chez assez "
    "nez rez mirai samurai gourou entra montra rentra libra hydra contra"
)
# A bracket ends a clause too: "(audience du 3 février)" has no tense of the sentence around it.
_CLAUSE_END = re.compile(r"[.!?;\n()]")


def clause_start(text: str, start: int) -> int:
    """Where the clause holding text[start] begins (at most 200 characters before it)."""
    ends = list(_CLAUSE_END.finditer(text, max(0, start - 200), start))
    return ends[-1].end() if ends else max(0, start - 200)


def clause_end(text: str, end: int) -> int:
    """Where the clause holding text[end - 1] ends (at most 200 characters after it)."""
    after = _CLAUSE_END.search(text, end, end + 200)
    return after.start() if after else min(len(text), end + 200)


def clause(text: str, start: int, end: int) -> str:
    """The lower-cased clause around text[start:end] (at most 200 characters either side)."""
    return text[clause_start(text, start) : clause_end(text, end)].lower()


def phrase_start(text: str, start: int) -> int:
    """Where the date's own words begin: after the last comma of its clause before it."""
    return max(clause_start(text, start), text.rfind(",", max(0, start - 200), start) + 1)


LETTERS = "a-zàâçéèêëîïôûù"
_PERFECT_ADVERBS = r"(?:(?:été|pas|déjà|encore|aussi|bien|ensuite|alors|jamais|plus|enfin|finalement)\s+)*"
# "être" makes a compound past of a move or a change ("est arrivé", "sont partis", "est morte", "est apparu"); after
# "est", "sont" any other participle is a present passive, a state ("la route est fermée", "les piscines sont
# ouvertes"), no past. "venir"'s kin by their prefixes: "bienvenu", "prévenu", "convenu", "avenue" tell no move.
MOVE_PARTICIPLE = (
    r"(?:(?:all|arriv|entr|rentr|rest|retourn|(?:re)?tomb|(?:re)?pass|décéd|mont|remont|demeur)(?:é|ée|és|ées)"
    r"|(?:re)?(?:part|sort)(?:i|ie|is|ies)|(?:re|de|rede|sur|inter|par|ad)?venue?s?|(?:re)?descendue?s?|née?s?|morte?s?"
    r"|(?:dis|ap|réap|re)?parue?s?)"
)
# A verb that puts a hearing or an event off, or brings it forward ("reporté", "renvoie", "avancée", "décalés"): the one
# home of the verbs that move a date, for the tense of the day moved to, a bare day after it ("renvoyée au 16"), a year
# after it ("reporté à 2027 l'inauguration") and a number after it that is no postcode ("repoussé à 2030 Genève").
MOVING_VERB = r"(?:renvoy(?:é|ée|és|ées|er)|renvoie|renvoient|(?:report|repouss|ajourn|décal|avanc|différ)(?:é|ée|és|ées|er|e|ent))"
# A saying told in the compound past, before its "que": "a assuré", "ont prévenu", "a dit", "a promis".
SAID = rf"\b(?:a|ont)\s+[{LETTERS}]+(?:é|i|u|is|it)\s+"
PERFECT = re.compile(
    rf"\b(?:(?:a|ont|avait|avaient|ai|as|avons|avez|était|étaient|fut|furent|s'est|se sont)\s+"
    r"(?!jusqu|lieu\b)"  # "ont jusqu'au 30 avril": a deadline they have; "ont lieu" is a present
    rf"{_PERFECT_ADVERBS}[{LETTERS}]+(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues|it|ite|its|ert|erte|int|inte)"
    rf"|(?:est|sont)\s+{_PERFECT_ADVERBS}{MOVE_PARTICIPLE})\b"
)
_IMPERFECT = re.compile(rf"\b[{LETTERS}]{{2,}}(?<!r)(?:ait|aient)\b")  # "-rait": a conditional
_NOT_IMPERFECT = words("fait lait trait portrait parfait attrait souhait extrait abstrait retrait bienfait forfait")


# "est attendu", "sont attendues", "est redouté", "est espéré", "sont encore attendues": expected or feared, what is to
# come (not "était attendu", "a attendu", "est attendu depuis lundi").
_EXPECTED = re.compile(
    r"\b(?:est|sont)\s+(?:(?:très|bien|toujours|donc|aussi|particulièrement|encore|également|de nouveau|à nouveau)\s+)?"
    r"(?:attendu|redouté|espéré|craint)e?s?\b(?![^.!?;,]*\bdepuis\b)"
)


def announces(words_around: str) -> bool:
    """ "va signer", "est prévu", "devrait", "prochain": a plan said."""
    if _GOING_TO.search(words_around):
        return True
    return any(
        not (said[0].startswith("annonce") and _DETERMINER_BEFORE.search(words_around, 0, said.start()))
        for said in _ANNOUNCING.finditer(words_around)
    )


# A future told in the past, after "que": "a assuré que la crèche ouvrirait vendredi", "a prévenu que la grève
# commencerait lundi", "qu'il n'y aurait pas de grève lundi", "que le texte serait voté mardi", "que la réunion aurait
# lieu jeudi" (a conditional; not "avoir" + participle, nor "être" + the participle of a verb of motion or state, nor a
# reflexive's "se serait" + participle: "qu'il aurait bu", "qu'elle serait partie", "que le conducteur serait
# intervenu", "qu'il se serait rendu sur place" tell a past as hearsay). An adverb at most between them ("aurait déjà
# reçu"); no weekday, "lieu", "aussi", "ici" is a participle for its "-i" or "-u".
_PARTICIPLE = (
    rf"(?!(?:{WEEKDAY}|lieu|aussi|ici|midi|minuit|parmi)\b)"
    rf"[{LETTERS}]+(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues|it|ite|its|ert|erte)\b"
)
_ADVERB = r"(?:(?:pas|plus|jamais|déjà|bien|aussi|également|même|encore|alors|ensuite|finalement|peut-être)\s+)?"
_HEARSAY_PAST = (
    rf"(?:auraient|aurait)\s+{_ADVERB}(?:dû|{_PARTICIPLE})"
    rf"|(?:seraient|serait)\s+{_ADVERB}(?:(?:re|r)?(?:allé|arrivé|parti|venu|entré|sorti|monté|descendu|tombé|resté|"
    r"retourné|passé)|(?:inter|sur|par|ad|pro)venu|mort|né|décédé|devenu|apparu|demeuré)e?s?\b"
    rf"|(?:(?<=\bse )|(?<=\bs'))(?:seraient|serait)\s+{_ADVERB}{_PARTICIPLE}"
)
# A reflexive's pronoun may be elided before it: "que le chantier s'achèverait en avril".
_REPORTED_FUTURE = re.compile(
    rf"\bqu(?:e\s|')(?:[^,;:]*?\s)?(?:[snlmt]['’])?(?!{_HEARSAY_PAST})([{LETTERS}]{{2,}}r(?:ait|aient))\b"
)


# A simple conditional, news' way of telling a plan not confirmed ("le ministre démissionnerait lundi", "le site
# fermerait fin mars", "serait vendu le 1er juillet"): the pattern the check-worthiness cues read, which leaves out
# hearsay of a past ("aurait démissionné", "serait parti", "se serait rendu") and the imperfects that end as a
# conditional does ("encadrait", "livrait", "attirait").
_CONDITIONAL = re.compile(CONDITIONAL)
# "avoir lieu" in the conditional, the one "aurait" of a plan: "la réunion aurait lieu lundi" (not "aurait eu lieu").
_WOULD_TAKE_PLACE = re.compile(r"\baur(?:ait|aient)\s+lieu\b")


def conditional_in(words_around: str) -> bool:
    """A simple conditional that tells a plan ("démissionnerait", "serait vendu", "aurait lieu"), not a hearsay
    past ("aurait démissionné", "aurait eu lieu")."""
    if "rai" not in words_around:
        return False
    return bool(_CONDITIONAL.search(words_around) or _WOULD_TAKE_PLACE.search(words_around))


def conditional_plan(text: str, start: int, end: int) -> bool:
    """A plan told in the conditional holds the date: before it in its clause ("Le ministre démissionnerait lundi",
    "Le second tour aurait lieu le 18, si personne n'a la majorité dimanche"), after it up to a comma, or anywhere
    after a date that opens its clause or follows a comma ("Lundi, le ministre démissionnerait", "Le verdict, attendu
    lundi, pourrait être reporté"); not a conditional of another clause after the date's ("Le sondage de dimanche
    donne la liste gagnante, elle obtiendrait 52 %")."""
    begin, comma = clause_start(text, start), text.find(",", end, clause_end(text, end))
    if conditional_in(text[begin:end].lower()):
        return True
    phrase = phrase_start(text, start)
    if comma < 0 or phrase > begin or not text[phrase:start].strip(" \"«»“”'—–-"):
        return conditional_in(clause(text, start, end))
    return conditional_in(text[end:comma].lower())


def reported_future(words_around: str) -> bool:
    """A conditional after "que" says what was then to come ("a promis qu'il viendrait")."""
    if "rai" not in words_around:  # no conditional: spare the scan from every "que"
        return False
    return any(told[1] not in _NOT_IMPERFECT for told in _REPORTED_FUTURE.finditer(words_around))


def future_in(words_around: str) -> bool:
    if announces(words_around) or _EXPECTED.search(words_around) or reported_future(words_around):
        return True
    return any(match[0] not in NOT_FUTURE for match in FUTURE_WORD.finditer(words_around))


def past_in(words_around: str) -> bool:
    words_around = _EXPECTED.sub(" ", words_around)
    if PERFECT.search(words_around):
        return True
    return any(match[0] not in _NOT_IMPERFECT for match in _IMPERFECT.finditer(words_around))


# The last joint of two clauses before a date: "et", "mais", a semicolon.
LAST_JOINT = re.compile(r".*(?:\bet\b|\bmais\b|;)", re.DOTALL)


# A scheduled event's present right before a weekday: "La rentrée a lieu lundi", "les fêtes ont lieu samedi et dimanche"
# (not "il y a lieu de", there is reason to).
_TAKES_PLACE = re.compile(
    rf"(?<!\by )\b(?:a|ont)\s+lieu\s+(?P<first>(?:ce\s+)?{WEEKDAY}\s+(?:et|ou)\s+)?(?:ce\s+)?$", re.I
)


def takes_place_before(text: str, start: int) -> re.Match | None:
    """ "a lieu", "ont lieu" right before text[start] (or before a first weekday and "et", its group `first`)."""
    return _TAKES_PLACE.search(text, max(0, start - 40), start)


# A plan of before, its infinitive (and "lieu") right before the date: "qui devait avoir lieu samedi", "devaient ouvrir".
_WAS_TO = re.compile(rf"\bdevai(?:t|ent)\s+(?:[{LETTERS}']+\s+){{1,2}}$")
_MOVED_AFTER = re.compile(rf"{MOVING_VERB}\s+(?:au|aux|à)\b")


def former_plan(text: str, start: int, end: int) -> str | None:
    """The tense of a date a plan of before named ("La fête, qui devait avoir lieu samedi, aura finalement lieu
    dimanche", "qui devait ouvrir vendredi, est avancée à jeudi": to come; "Le match, qui devait se jouer samedi, a été
    annulé": over): what the sentence says of it after the date, not the imperfect "devait"; else None."""
    near = text[max(0, start - 40) : start].lower()
    if "devai" not in near or not _WAS_TO.search(near):
        return None
    after = text[end : clause_end(text, end)].lower()
    if _MOVED_AFTER.search(after) or future_in(after):
        return "future"
    return "past" if past_in(after) else None


# A plan's participle right before a date: "prévu le 3 mars", "initialement programmée le 14 juillet", "annoncée pour le
# 5 mai".
_PLAN_PARTICIPLE_BEFORE = re.compile(r"\b(?:prévu|programmé|annoncé|planifié)e?s?\s+(?:pour\s+)?(?:le\s+)?$")
_CALENDAR_DATE = re.compile(rf"\d|\b{MONTH}", re.I)


def former_plan_day(text: str, start: int, end: int) -> bool:
    """A calendar date (a day or a month, not a weekday alone) a plan named, told over after it: "Le sommet, prévu le 3
    mars, avait été reporté", "qui devait avoir lieu le 4 juillet, avait été décalée à la rentrée", "prévu le 2 avril, a
    été reporté au 9 octobre". The plan's date is the one nearest the publication, gone by or not ("prévu le 20 juin,
    a été reporté" said in May is this June): no tense. A future after it keeps `former_plan`'s ("qui devait ouvrir le 3
    juillet, ouvrira le 10")."""
    near = text[max(0, start - 40) : start].lower()
    if not (_PLAN_PARTICIPLE_BEFORE.search(near) or ("devai" in near and _WAS_TO.search(near))):
        return False
    if not _CALENDAR_DATE.search(text, start, end):
        return False
    after = text[end : clause_end(text, end)].lower()
    return past_in(after) and not future_in(after)


# A hearing's day set, its noun before or after the verb: "Le délibéré a été fixé au 9 septembre", "le tribunal a fixé
# l'audience de plaidoiries au 9 novembre" (not "le prix a été fixé au 1er mars"); as a day moved to, still to come.
_HEARING = r"(?:délibéré|audience|procès|verdict|jugement|plaidoiries)"
_SET_FOR = (
    rf"{_HEARING}\s+(?:a\s+été\s+|est\s+|sera\s+|avait\s+été\s+)?fixée?"
    rf"|fix(?:é|ée|er|e|ent)\s+(?:l'|la\s+|le\s+|les\s+|son\s+|sa\s+|ses\s+){_HEARING}(?:\s+[^\s,.;:!?()]+){{0,3}}?"
)
_MOVED_TO = re.compile(
    rf"\b(?:{MOVING_VERB}(?:\s+[^\s,.;:!?()]+){{0,6}}?|(?:en|le)\s+délibéré|{_SET_FOR})\s+(?:au|aux|à)\s+$"
    # the day a plan is moved from, right after the verb, was still to come too: "reporté de janvier à mars"
    rf"|\b{MOVING_VERB}\s+(?:de|du|d')\s*$"
)
_PLUPERFECT = re.compile(r"\b(?:avait|avaient)\b")


def moved_to(text: str, start: int) -> bool:
    """The date is one a hearing or an event is moved to ("renvoyé au 3 juillet", "a renvoyé l'affaire au 13
    octobre", "mis en délibéré au 24 mars", "avancé à dimanche") or from ("reporté de janvier à mars"): still to
    come, whatever the participle says; told in the pluperfect ("avait été renvoyé au 3 mars") it may be over."""
    before = text[clause_start(text, start) : start].lower()
    if opening := _TO_OPENING.match(text, start):  # the span opens on it: "avancé [aux 1er] et 2 décembre"
        before += opening[0].lower()
    return bool(_MOVED_TO.search(before)) and not _PLUPERFECT.search(before)


_TO_OPENING = re.compile(r"(?:aux?|à)\s+", re.I)
