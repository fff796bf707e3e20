"""Does a clause speak of the future or of the past? The pipeline runs no tagger, so this reads
verb endings.

A clause (between two of . ! ? ; or a line end) speaks of the future when one of its words is a
simple future ("viendra", "aurons", "seront", "ira"), or "aller" + infinitive ("va signer",
"vont voter"), or a word that announces ("prévu", "doit", "devrait", "prochain", "est attendu").
Words that merely end like a future ("caméra", "vrai", "chez") are listed apart. It speaks of the past
when it holds an auxiliary and a past participle ("a voté", "avait été adoptée", "sont
venus") or an imperfect ("comptait", "étaient"). Both: the words from the last comma to the date
decide; still both, or neither: no tense is told.
"""

from __future__ import annotations

import re

from annotations.nlp.dates.bounds import bound_tense, is_bound
from annotations.nlp.dates.lexicon import WEEKDAY
from annotations.nlp.dates.verbs import (
    FUTURE_WORD,
    LAST_JOINT,
    LETTERS,
    MOVE_PARTICIPLE,
    NOT_FUTURE,
    PERFECT,
    SAID,
    announces,
    clause,
    clause_end,
    clause_start,
    conditional_in,
    conditional_plan,
    former_plan,
    former_plan_day,
    future_in,
    moved_to,
    past_in,
    phrase_start,
    reported_future,
    takes_place_before,
)
from annotations.nlp.lexicon import words

_WEEKDAY_AT = re.compile(rf"(?i){WEEKDAY}(?![\w])")
# A plan said to be the first one, given up since: "Prévue à l'origine le 24 mars, la visite a été reportée".
_FORMER_PLAN = re.compile(
    r"\b(?:initialement|d'abord|un temps)\s+prévue?s?\b|\bprévue?s?\s+(?:initialement|à l'origine)\b"
)


def perfect_before_in_paragraph(text: str, start: int) -> bool:
    """`perfect_before`, or a compound past in the sentence before, in the same paragraph ("Condamné le 3 février
    2025, il avait fait appel. L'audience, fixée au 8 juin, durera trois jours")."""
    if perfect_before(text, start):
        return True
    paragraph = text[max(0, start - 300, text.rfind("\n", 0, start) + 1) : start]
    sentences = re.split(r"[.!?]\s", paragraph)
    return len(sentences) > 1 and _told_past(sentences[-2].lower())


def perfect_before(text: str, start: int) -> bool:
    """Whether the words before text[start], back to the sentence's start (200 characters at most),
    tell a compound past ("En 2010, il avait sorti un album ; il remontera ...") or an imperfect ("un coup d'État
    renversait le président ; une exposition y est consacrée jusqu'à"), as news does of what is over; a history told
    in the present and the future ("En 1789, les États généraux s'ouvrent le 5 mai ; la Bastille tombera le 14 juillet")
    has none."""
    return _told_past(re.split(r"[.!?]\s", text[max(0, start - 200) : start])[-1].lower())


def _told_past(sentence: str) -> bool:
    """A compound past or an imperfect in `sentence`, or an earlier date its own participle tells over."""
    if past_in(sentence):
        return True
    return any(told[1] not in _PLANNED and told[1] not in _NOT_PARTICIPLE for told in _DATED_PAST.finditer(sentence))


# An earlier date its own participle tells is over: "survenu le 6/8/2023", "commis le 2 avril 2023", "remontant à l'été
# 2021", a year in words ("fondée en mil neuf cent huitante-cinq"); not a plan's ("prévu le 20 juin"), nor "y compris"
# nor a noun in "-is" (`_NOT_PARTICIPLE`).
_DATED_PAST = re.compile(
    rf"\b([{LETTERS}]{{3,}}(?:é|ée|és|ées|(?<![aeo])ue?s?)|[{LETTERS}]*(?:m|pr|qu)ise?s?|remont(?:ant|ent|e|ait|aient))"
    r"\s+(?:le|en|à|au)\s+(?:l'|\d|(?:mil|mille|deux mille)\s)"
)


# "est", "sont" before a participle, which may be a present passive ("le film est diffusé jeudi"); not "s'est", "se sont".
_BEING = re.compile(r"(?<!['’])(?<!\bse )\b(?:est|sont)\b")


def told_over(text: str, start: int, end: int) -> bool:
    """The date's own words (since the last comma, "et", "mais" before it, to its clause's end) tell in the past with
    more than "est"/"sont" and a participle: "avait démissionné", "a été diffusé", "partait" (not "le film est diffusé
    jeudi", a timetable; not "s'est ouvert lundi et se termine dimanche" for Sunday)."""
    near = text[phrase_start(text, start) : start].lower()
    if joint := LAST_JOINT.search(near):
        near = near[joint.end() :]
    return past_in(_BEING.sub(" ", near + " " + text[end : clause_end(text, end)].lower()))


# A past participle right before the date ("voté le 4 juin", "adoptée en juillet", "élu le 5 novembre"; not
# "vous", "nous", "trou", "lieu", "à nouveau", nor a noun of _NOT_PARTICIPLE: "fermera pour congés du 12 au 26") tells its
# tense whatever the rest of the sentence says; participles of plans ("programmé le") do not. Group 1 is the word before
# it, past a negation ("ne sera pas terminé en juin": "sera", a state to come).
_PARTICIPLE_BEFORE = re.compile(
    rf"(?:\b([{LETTERS}]+)\s+(?:(?:pas|plus|jamais)\s+)?)?\b([{LETTERS}]{{3,}}(?:é|ée|és|ées)|[{LETTERS}]{{2,}}(?<![aeo])(?:u|ue)|morte?s?)\s+"
    r"(?:(?:le|en|au|du|dès|depuis|ce|cette|l')\s*)?$"
)
_DETERMINERS = words("la le les une un des du sa son ses leur leurs notre nos votre cette ce ces")
_FUTURE_AUXILIARIES = words("sera seront serons serez être")  # "sera fermée le 7": a future passive
_PLANNED = words(
    "programmé programmée programmés programmées fixé fixée fixés fixées planifié planifiée annoncé annoncée "
    "prévu prévue prévus prévues attendu attendue attendus attendues redouté redoutée redoutés redoutées espéré "
    "espérée espérés espérées convoqué convoquée convoqués convoquées organisé organisée organisés organisées"
)


# The words that tell a match won, as a participle does one played: "Le club, vainqueur 2-0 samedi, recevra".
_WINNER = r"(?:vainqueurs?|victorieux|victorieuses?|tombeurs?|tombeuses?)"
# A participial phrase set off by commas, the date two words at most after its participle: "Battu 3-1 samedi
# à Lens, le PSG recevra Monaco", "Le chancelier, investi en mai, viendra mardi". Masculine forms only
# ("Entrée gratuite dimanche" opens on a noun), not the nouns and adverbs below, not a date moved to ("Reporté
# à samedi", "Sélectionné pour samedi"; but "Battu à Dublin samedi" is a place, then the date), and no future in
# the phrase. A participle of either gender followed by
# its agent ("par") is one, the date four words at most after "par": "Ravagée par l'incendie du 14 janvier, la
# médiathèque rouvrira", "Adopté par les députés le 28 février, le texte sera examiné".
_OPENING_PARTICIPLE = re.compile(
    rf"^\s*(?:({_WINNER}|[{LETTERS}]{{2,}}(?:é|és|(?<![aeo])us?|(?<![aeou])is?))\s+(?!(?:à|au|pour|jusqu'\S*)\s*$)(?:\S+\s+){{0,2}}"
    rf"|([{LETTERS}]{{2,}}(?:ée?s?|(?<![aeo])ue?s?|(?<![aeou])ie?s?))\s+par\s+(?:\S+\s+){{0,4}})$",
    re.I,
)
# Set off by commas after its noun, a participle in "-ie", "-ert" or "-u" is one too: "La cour d'appel, saisie en mars,
# rendra son arrêt", "Le procès, ouvert le 3 mai, se poursuivra", "Lens, battu 2-1 à Marseille samedi, recevra"
# (opening a sentence, "Sortie", "Partie" may be nouns); a masculine in "-é" after a comma as well, its words running
# longer: "Le prévenu, placé en garde à vue mercredi, sera jugé lundi"; four words at most between it and the date.
_INCISE_PARTICIPLE = re.compile(
    rf"^\s*()([{LETTERS}]{{2,}}(?:ies?|erte?s?|(?<![aeo])ue?s?|és?))\s+(?!(?:à|au|pour|jusqu'\S*)\s*$)(?:\S+\s+){{0,4}}$",
    re.I,
)
_NOT_PARTICIPLE = words(
    "côté marché comité été député curé café congé degré fossé thé bébé pré clergé canapé revenu contenu individu "
    "menu tissu lundi mardi mercredi jeudi vendredi samedi midi ainsi aussi parmi ici abri ami défi souci puis depuis "
    "jadis mais très plus moins tous sous dessus dessous alors passé hormis compris comprise comprises entreprise "
    "entreprises permis"
)


def _opens_on_participle(text: str, start: int, end: int) -> bool:
    """The date is in a participial phrase opening its sentence or set off by a comma, closed by a comma."""
    clause = clause_start(text, start)
    first = max(clause, text.rfind(",", clause, start) + 1, text.rfind(":", clause, start) + 1)
    opening = _OPENING_PARTICIPLE.match(text[first:start])
    if not opening and first != clause:
        opening = _INCISE_PARTICIPLE.match(text[first:start])
    if not opening or not text[first:start].strip()[:1].islower() and first != clause:
        return False  # after a comma, a capital opens a name: "..., Mbappé jouera samedi"
    closing = re.match(r"[^,.!?;:\n]*,", text[end : end + 120])
    phrase = text[first : end + (closing.end() if closing else 0)].lower()
    word = (opening.group(1) or opening.group(2)).lower()
    if not closing or word in _NOT_PARTICIPLE or word in _PLANNED:
        return False
    return not (announces(phrase) or future_in(phrase))


def _a_noun_in_a_future_clause(before: str | None, text: str, start: int) -> bool:
    """ "Nous rouvrirons la maternité le 2 mars": what looked like a participle is a noun after its
    determiner, the date the verb's complement ("le 2 mars", not an event's "la crue du 3 mars"), and
    the verb before it, since the last comma, in the future ("a fermé la cité le 3 mars" is past)."""
    date_le = text[start : start + 3].lower() == "le " or text[max(0, start - 3) : start].lower() == "le "
    if before not in _DETERMINERS or not date_le:
        return False
    near = text[phrase_start(text, start) : start].lower()
    return future_in(near) and not past_in(near)


def _a_noun(participle: re.Match, before: str) -> bool:
    """What ends as a participle follows a determiner or an elided article: a noun ("la majorité", "une soirée",
    "l'Élysée", "d'entrée"), not a participle ("la loi votée", "l'a quittée" have a noun or an auxiliary between); an
    event's day after "du" keeps the past it tells ("les victimes de la crue du 3 mars seront indemnisées")."""
    if _EVENT_OF.search(before):
        return False
    if participle.group(1) in _DETERMINERS:
        return True
    return before[max(0, participle.start(2) - 2) : participle.start(2)] in (" l'", "l'", "d'", "l’", "d’")


def _future_auxiliary(word: str | None) -> bool:
    """ "sera fermée", "resteront fermées": a state to come, not a past participle's event."""
    return word in _FUTURE_AUXILIARIES or bool(word and FUTURE_WORD.fullmatch(word) and word not in NOT_FUTURE)


def tense(text: str, start: int, end: int) -> str | None:
    """ "future", "past" or None (neither, or both) for the clause around text[start:end]; a bound
    ("jusqu'au 5 janvier") is in the future unless an event is told in the past (`bounds.bound_tense`)."""
    told = _tense(text, start, end)
    return bound_tense(text, start, end, told) if is_bound(text, start) else told


# A day named by its date, hyphenated and capitalised: "14-Juillet", "1er-Mai".
_NAMED_BY_ITS_DATE = re.compile(r"\d{1,2}(?:er)?-[A-ZÀ-Ý]")
_EVENT_OF = re.compile(r"\b(?:du|de|d')\s*$")


def own_verb_to_come(text: str, start: int) -> bool:
    """The date's own verb, since the last comma, is in the future and the date is its complement, not an
    event's ("rendra son arrêt le 15 octobre", "s'achèvera finalement début décembre"; not "sera reçu après la
    grève du 9 janvier")."""
    near = text[phrase_start(text, start) : start].lower()
    return not _EVENT_OF.search(near) and future_in(near) and not past_in(near)


def present_around(text: str, start: int, end: int) -> bool:
    """The date's own words, from the last comma before it to the next one after it, hold a verb in neither the
    past nor the future: a present ("la réforme, promulguée en 2023, s'applique depuis le 1er janvier"); a date
    opening its phrase ("Depuis le 1er juin, les salariés occupaient le site") reads the phrase after it."""
    before, after = text[phrase_start(text, start) : start], text[end : clause_end(text, end)]
    opening = not re.sub(r"(?i)\bdepuis\b", "", before).strip()
    comma = after.find(",")
    if comma >= 0:
        after = after[comma + 1 :] if opening and not after[:comma].strip() else after[:comma]
    words_around = (before + " " + after).lower()
    return not past_in(words_around) and not future_in(words_around)


# A future auxiliary and its participle: "sera ouverte", "seront fermés", "restera close".
_FUTURE_PASSIVE = re.compile(
    rf"\b(?:sera|seront|restera|resteront|demeurera|demeureront)\s+(?:\S+\s+)?[{LETTERS}]+(?:é|ée|és|ées|u|ue|us|ues|is|ise|ises|os|ose)\b"
)


def _coordinated_with_a_future_passive(before: str | None, text: str, start: int) -> bool:
    """ "L'exposition sera ouverte tous les jours, et fermée le 1er mai": a participle after "et", "ou" or "puis"
    shares the future auxiliary of its clause (not "a été rénové et fermé le 3 mars")."""
    if before not in ("et", "ou", "puis"):
        return False
    words_before = text[clause_start(text, start) : start].lower()
    return bool(_FUTURE_PASSIVE.search(words_before)) and not PERFECT.search(words_before)


# A verb of motion or change told with "être" right before the date: "elle est partie le 2 avril", "il est né le 3 mai".
_MOVED_BEFORE = re.compile(
    rf"\b(?:est|sont|était|étaient)\s+{MOVE_PARTICIPLE}\s+(?:(?:le|en|au|du|dès|depuis|ce|cette|l')\s*)?$"
)
# "s'est", "se sont": a reflexive's compound past, not "être" + a passive participle.
_REFLEXIVE_BEFORE = re.compile(r"\b(?:s['’]|se\s+)$")


def _present_passive(participle: re.Match, before: str) -> bool:
    """ "est fermée le 20 mai", "sont ouverts du 3 au 9 juin": "être" in the present and a participle that is not a
    move's, a state at a date (a timetable), no past ("s'est tenu", "est arrivé" are)."""
    if participle.group(1) not in ("est", "sont") or _REFLEXIVE_BEFORE.search(before, 0, participle.start(1)):
        return False
    return not re.fullmatch(MOVE_PARTICIPLE, participle.group(2))


def past_participle_before(text: str, start: int) -> bool:
    """A past participle right before the date ("voté le 4 juin", "adoptée en juillet", "est partie le 2 avril")
    tells its tense; a present passive does not ("la route est fermée le 20 mai")."""
    before = text[max(0, start - 40) : start].lower()
    if ("est" in before or "ét" in before or "sont" in before) and _MOVED_BEFORE.search(before):
        return True
    participle = _PARTICIPLE_BEFORE.search(before)
    if participle and participle.group(2).removesuffix("s") in _NOT_PARTICIPLE:
        return False
    if participle and _a_noun(participle, before):
        # "la majorité dimanche", "sera reçu à l'Élysée lundi": a noun; the date's own words tell the past or not
        # ("a fermé la cité le 3 mars")
        return past_in(text[phrase_start(text, start) : start].lower())
    if participle and _present_passive(participle, before):
        return False
    if participle and _NAMED_BY_ITS_DATE.match(text, start) and participle[0].rstrip().endswith(" du"):
        return False  # "le défilé du 14-Juillet", "le feu d'artifice du 15-Août": the holiday's event, a noun
    planned = participle and (
        participle.group(2) in _PLANNED
        or _future_auxiliary(participle.group(1))
        or _coordinated_with_a_future_passive(participle.group(1), text, start)
        or (participle.group(1) in ("serait", "seraient") and conditional_in(before[max(0, participle.start() - 12) :]))
    )
    return bool(participle and not planned and not _a_noun_in_a_future_clause(participle.group(1), text, start))


# A past told further back than the compound past: a pluperfect ("avait été saisi", "avaient manifesté"), "être" and a
# verb of motion ("est entré dans le port"); not a plan's participle ("avait été prévu", "était attendue").
_FURTHER_PAST = re.compile(
    rf"\b(?:(?:avait|avaient|était|étaient)\s+(?:été\s+)?(?:(?:déjà|bien|ensuite|alors)\s+)?"
    rf"(?P<participle>[{LETTERS}]+(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues|it|ite|its|ert|erte))"
    rf"|(?<!['’])(?<!\bse )(?:est|sont)\s+{MOVE_PARTICIPLE})\b"
)


# The last word before the date that opens another verb's words: a joint ("et", "mais"), a colon, a relative or "que"
# ("qui ouvre le 25 mai", "annoncer que le pont ouvre le 25 mai"); the date's own verb comes after it.
_OWN_VERB_FROM = re.compile(r".*(?:\b(?:et|mais|qui|que|où)\b|\bqu['’]|:)", re.DOTALL | re.IGNORECASE)


def own_past(text: str, start: int, end: int) -> bool:
    """The date's own words tell a past: its participle right before it (`past_participle_before`), or a pluperfect or
    "être" and a verb of motion in its phrase, before it since the last comma ("avait été saisi le 30 novembre", "le
    navire est entré dans le port le 24 mars") or, for a date opening its sentence, after it ("Le 4 juin, l'usine avait
    été placée en redressement")."""
    if past_participle_before(text, start):
        return True
    words = text[phrase_start(text, start) : start]
    if own := _OWN_VERB_FROM.search(words):
        words = words[own.end() :]  # "Le président est venu inaugurer le pont qui ouvre le 25 mai": "ouvre"'s
    if not words.strip():
        after = text[end : clause_end(text, end)].lstrip(" ,")
        comma = after.find(",")
        words = after if comma < 0 else after[:comma]
    words = words.lower()
    told = [found for found in _FURTHER_PAST.finditer(words) if found["participle"] not in _PLANNED]
    return bool(told) and not future_in(words)


# The last "que" after a saying told in the compound past (not the pluperfect: "avait annoncé en mars qu'il
# démissionnerait en juin" may be over).
_SAID_THAT = re.compile(rf".*{SAID}(?:[^,;]*?\s)?(?=qu(?:e\s|'))", re.DOTALL)


def _tense(text: str, start: int, end: int) -> str | None:
    if moved_to(text, start):
        return "future"
    if former_plan_day(text, start, end):  # "prévu le 3 mars, avait été reporté": the day nearest the publication
        return None
    if told := former_plan(text, start, end):
        return told
    if _WEEKDAY_AT.match(text, start) and takes_place_before(text, start):  # "La rentrée a lieu lundi"
        return "future"
    if past_participle_before(text, start):
        return "past"
    words_around = _FORMER_PLAN.sub(" ", clause(text, start, end))
    # The words of the clause before the date, since its last comma: "Le Sénat examinera le texte la
    # semaine prochaine, a annoncé mercredi le gouvernement" ("a annoncé"), "Le PSG s'est imposé samedi
    # et jouera son prochain match le 14/06" ("Le PSG s'est imposé").
    near = _FORMER_PLAN.sub(" ", text[phrase_start(text, start) : start].lower())
    if _opens_on_participle(text, start, end):
        return "past"
    if _opens_what_was_said(text, end, near):
        return "future"
    if announces(words_around) and (announces(near) or not past_in(near)):
        # "est prévu", "a annoncé qu'il viendrait demain": the plan wins, unless the date's own verb is past
        return "future"
    future, past = future_in(words_around), past_in(words_around)
    told = future or past
    if future and past:
        # Both: the words since the last comma before the date decide, if they tell ("Le préfet a levé
        # l'alerte, mais les écoles resteront fermées jusqu'à lundi"), else those since the last "et",
        # "mais" or semicolon ("Le club s'est imposé samedi et recevra Brest dimanche").
        future, past = future_in(near), past_in(near)
        if future and past and (joint := LAST_JOINT.search(near)):
            future, past = future_in(near[joint.end() :]), past_in(near[joint.end() :])
        if future and past and (said := _SAID_THAT.search(near)):
            # "a assuré que la piscine rouvrirait en janvier": what was said decides, not the saying
            future, past = future_in(near[said.end() :]), past_in(near[said.end() :])
    if future != past:
        return "future" if future else "past"
    # no other tense told, a plan told in the conditional holds the date ("Lundi, le ministre démissionnerait")
    return "future" if not told and conditional_plan(text, start, end) else None


def said_to_come(text: str, start: int) -> bool:
    """The date is in what a saying told in the compound past says, in the conditional: "a annoncé hier que les
    épreuves se tiendraient du 8 au 12 juin" (to come from the saying, whatever date of the text it is near)."""
    before = text[clause_start(text, start) : start].lower()
    if "qu" not in before or "rai" not in text[start : clause_end(text, start)] + before:
        return False
    said = _SAID_THAT.search(before)
    return bool(said) and reported_future(before[said.end() :] + text[start : clause_end(text, start)].lower())


def _opens_what_was_said(text: str, end: int, near: str) -> bool:
    """The date opens what a saying told in the compound past says, a conditional after it: "a annoncé que lundi, la
    crèche ouvrirait", "a prévenu qu'à partir de lundi, les trains ne circuleraient plus"."""
    if "qu" not in near[-24:]:  # no "que" just before the date: spare the search for a saying
        return False
    said = _SAID_THAT.search(near)
    if not said or future_in(near[said.end() :]) or past_in(near[said.end() :]):
        return False
    return reported_future("que " + text[end : clause_end(text, end)].lstrip(" ,").lower())
