"""What the verbs of a sentence tell, for the check-worthiness signals (`checkworthiness.read_signals`):
an event in the past, a state since a past time, a measured state, a prediction (the modals are in
`checkworthiness_modals`, quotations in `checkworthiness_quotes`). Read on the lower-cased sentence with the cues of
`checkworthiness_cues` and `checkworthiness_figures`.
"""

import re

from annotations.nlp.checkworthiness_cues import (
    AUXILIARIES,
    BE_AUXILIARIES,
    BE_PARTICIPLE,
    COPULA_PARTICIPLE,
    INDEFINITE_OPENING,
    MEASURE,
    MEASURES,
    NOT_PARTICIPLES,
    PARTICIPLE,
    PAST_EVENT,
    RULE_CUE,
    SINCE,
    STAMP,
    STATES,
)
from annotations.nlp.checkworthiness_figures import (
    ABOUT,
    COUNTED_SUPERLATIVE,
    MEASURED,
    MEASURED_VERBS,
    NUMBER,
    NUMBER_WORDS,
    RANK_HELD,
    RANKS,
    SIZES,
    SUPERLATIVES,
)
from annotations.nlp.checkworthiness_future import (
    AS_A_GOAL,
    DECIDED,
    EXPECTED,
    EXPECTED_WORDS,
    FORECAST,
    FORESEES,
    FUTURE,
    FUTURE_ENDINGS,
    FUTURE_STARTS,
    FUTURE_VERB,
    FUTURE_WORDS,
    PLANNED,
    PLANNED_WORDS,
    PROVIDED_BY_A_TEXT,
    is_conditional_forecast,
)
from annotations.nlp.lexicon import WEEKDAYS, words


def phrase(text: str, vocabulary: set[str], starts: frozenset[str], pattern: re.Pattern) -> bool:
    """Whether `pattern` matches, searched only when a word it needs is there (most sentences lack it)."""
    return not vocabulary.isdisjoint(starts) and bool(pattern.search(text))


def is_past_event(text: str, vocabulary: set[str]) -> bool:
    if not vocabulary.isdisjoint(MEASURES) and MEASURE.search(text):
        return True  # a measure in force counts as what happened: "le texte impose", "le décret interdit"
    generic = bool(INDEFINITE_OPENING.match(entry(text))) and bool(RULE_CUE.search(text))
    if "avoir" in vocabulary and "je" not in vocabulary and not generic and DONE_BEFORE.search(text):
        return True  # an act told in the past infinitive: "l'armée accuse les rebelles d'avoir bombardé un camp",
        # denied or owned: "l'adjoint assure n'avoir jamais participé aux votes", "il reconnaît avoir menti"
    if vocabulary.isdisjoint(AUXILIARIES):
        return False
    if "dû" in vocabulary and DUTY_MET.search(text):
        return True  # what had to be done, done: "une soixantaine de communes ont dû être ravitaillées"
    if any(
        m.group(1) not in NOT_PARTICIPLES
        and _told_in_the_past(m, generic)
        and not _in_condition(text, m)
        and not (
            m.group(1).startswith(("fix", "donn")) and AS_A_GOAL.match(text, m.end())
        )  # "s'est fixé pour objectif"
        for m in PAST_EVENT.finditer(text)
    ):
        return "été" not in vocabulary or not COPULA_PARTICIPLE.search(text)
    return False


# An act denied or owned ("nie avoir reçu", "reconnaît avoir détourné") is one, but not a feeling or an
# understanding owned, no act to check: "affirme avoir compris le message", "reconnaît avoir eu de la chance",
# "assure avoir entendu la colère des agriculteurs", "admet avoir manqué de lucidité" (FELT).
FELT = (
    r"(?:compris|ressentie?|sentie?|vécue?|voulu|cru|pensé|aimé|apprécié|souffert|manqué\s+de|"
    r"eu\s+(?:de\s+la\s+chance|peur|tort|raison|honte|envie|du\s+mal|le\s+sentiment|l'impression|le\s+courage)|"
    r"entendu\s+(?:la|le|les|l')\s*(?:colère|message|appel|attentes?|inquiétudes?|craintes?|voix))\b"
)
# The past infinitive after what it is charged with or followed: an act told as done ("accuse les rebelles d'avoir
# bombardé", "poursuivi pour avoir détourné", "a levé son veto après avoir obtenu"; not the speaker's, "ce que je
# comprends pour avoir constaté les difficultés", a testimony), and after a denial or an
# admission (FELT left out).
_DONE = r"avoir\s+(?:«\s*)?(?:(?:[a-zà-ÿ]+ment|déjà|aussi|ainsi|jamais|pas)\s+)?(?!(?:été|envie)\b)"
DONE_BEFORE = re.compile(
    rf"\b(?:d'|pour\s+|après\s+){_DONE}{PARTICIPLE}\b"
    r"|\b(?:assure|assurent|affirme|affirment|nie|nient|dément|démentent|reconnaît|reconnaissent|admet|admettent|"
    rf"conteste|contestent|jure|jurent)\s+(?:ne\s+pas\s+|ne\s+jamais\s+|n')?{_DONE}(?!{FELT}){PARTICIPLE}\b"
)
# "devoir" in the past tense with its infinitive: an obligation met, so an event ("ont dû être évacués", "a dû
# fermer ses portes"; not "est dû à", a cause, nor what the speaker supposes: a state, "ça a dû être terrible",
# "il a dû avoir peur", or a lapse, "le conducteur a dû s'endormir", "elle a dû se tromper").
DUTY_MET = re.compile(
    r"\b(?:a|ont|avait|avaient)\s+(?:(?:[a-zà-ÿ]+ment|déjà|aussi|également|même)\s+)*dû\s+"
    rf"(?:être\s+(?!(?:{'|'.join(sorted(NOT_PARTICIPLES))})\b){PARTICIPLE}\b|(?:(?:se|les|le|la|leur|lui|y|en)\s+|s'|l')?"
    r"(?!(?:être|avoir|tromper|méprendre|endormir|assoupir|oublier|confondre|croire|penser|perdre|rater|manquer)\b)"
    r"[a-zà-ÿ]+(?:er|ir|re)\b)"
)


def is_since(text: str, vocabulary: set[str]) -> bool:
    """A state or a count since a past time ("s'applique depuis 2021", "le plus bas depuis 1995"): what
    has held since then is a fact, as an event is; not the speaker's own ("Je suis abonnée à votre journal
    depuis plus de trente ans"), a testimony."""
    return "depuis" in vocabulary and bool(SINCE.search(text)) and not SPEAKER_OPENING.match(entry(text))


SPEAKER_OPENING = re.compile(r"\W*(?:je\s|j')")


def is_measured(text: str, vocabulary: set[str]) -> bool:
    """A measured state in the present with its figure ("emploie 214 salariés", "s'élève à 4 millions"), or
    a state compared with its figure or a date things go back to (COMPARED: "était inférieur de 12 %",
    "les faits remontent au 3 mars 2023")."""
    if not vocabulary.isdisjoint(MEASURED_VERBS) and any(not _in_condition(text, m) for m in MEASURED.finditer(text)):
        return True
    if not vocabulary.isdisjoint(COPULAS) and any(not NORM.search(text, 0, m.start()) for m in WAS_OF.finditer(text)):
        return True  # a level told with "être de": "la proportion était de 44 % en 2019", "le taux est de 7,4 %"
    if ("c'est" in text or "s'agi" in text) and ORDINAL_COUNT.search(text):
        return True  # a count within a period: "il s'agissait du cinquième lancement cette année"
    if any(map(text.__contains__, SUPERLATIVES)) and COUNTED_SUPERLATIVE.search(text):
        return True  # a rank counted: "reste l'espèce la plus observée", "est le médicament le plus prescrit"
    if any(map(text.__contains__, RANKS)) and RANK_HELD.search(text):
        return True  # a rank held: "reste le premier producteur d'Afrique", "est la deuxième destination des touristes"
    if COUNT_OPENING.match(entry(text)):
        return True  # a large count as the subject: "Trois millions de ménages se chauffent encore au fioul"
    return not vocabulary.isdisjoint(COMPARED_WORDS) and bool(COMPARED.search(text))


COPULAS = words("est sont était étaient")
# The rank of an event within a period, a count ("il s'agit du quatrième gouvernement en deux ans", "c'était le
# cinquième lancement cette année"; not a rank with no period, "c'est la 21e édition du festival").
ORDINAL_COUNT = re.compile(
    r"\b(?:c'(?:est|était)|il\s+s'agi(?:t|ssait))\s+(?:du|de\s+la|de\s+l'|le|la|l')\s*"
    # or a superlative of a size (SIZES), not of taste ("il s'agit de la plus importante saisie cette année")
    rf"(?:\w+ième|\d+e|(?:plus|moins)\s+(?:{SIZES}))\s+[^,;.]*?"
    r"\b(?:cette\s+(?:année|saison)|en\s+(?:moins\s+d'|plus\s+d')?(?:un|une|deux|trois|quatre|cinq|six|dix|\d+)\s+(?:ans?|années|mois|saisons))\b"
)
# "être de" with its figure in digits (not "est de retour", "est de 5 à 7 jours" is still a figure, a level), not
# opening hours, which say when rather than how much ("la permanence est de 9 h à 12 h"; "l'attente est de 4 heures"
# is a level).
WAS_OF = re.compile(
    r"\b(?:est|sont|était|étaient)\s+(?:(?:alors|encore|désormais|aujourd'hui|déjà|seulement)\s+)?de\s+"
    rf"(?:(?:l'ordre|seulement|quelque)\s+(?:de\s+)?)?{ABOUT}\d(?!\d?\s?(?:h|heures?)(?:\s?\d\d)?\s+à\s+\d)"
)
# ... but not a norm, a target, a threshold or a limit, which is set rather than measured: "les normales de novembre
# sont de 15 °C", "l'objectif fixé par l'OMS est de 95 %", "le taux visé est de 80 %", "le seuil d'alerte est de 50",
# "la vitesse maximale autorisée est de 30 km/h", "l'âge minimum est de 16 ans", "le délai légal est de 14 jours".
NORM = re.compile(
    r"\b(?:normales?|objectifs?|cibles?|visée?s?|seuils?|plafonds?|recommandée?s?|recommandations?|limites?"
    r"|maxima(?:l|le|les|ux)?|minima(?:l|le|les|ux)?|maximum|minimum|autorisée?s?|légale?s?|légaux)\b[^,;.]*$"
)
# A condition in the present, what a rule is about (not a measure): "un marché est considéré comme équilibré
# lorsque le taux de vacance atteint 1,5 %", "l'alerte est déclenchée dès que l'indice dépasse 8", "si la crue
# atteint 6 mètres"; the imperfect tells what held ("quand le chômage atteignait 10 %"). Not "si" of degree or of
# concession, which state a fact: "la crue a été si rapide que l'eau dépasse 2 mètres", "même si la dette atteint 9
# milliards", "comme si".
_CONDITION = re.compile(
    r"(?:\blorsqu|\bquand\b|(?<!même\s)(?<!comme\s)\bsi\b(?!\s+[a-zà-ÿ]+\s+(?:que|qu'))|\bdès\s+qu|\bsitôt\s+qu"
    r"|\bs'ils?\b)[^,;.]*$"
)
# A year in a clause of time tells when it happened, the historic present of a portrait or a chronicle ("quand il
# est élu en 2014, la commune compte 8 000 habitants"), not a rule.
_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
_CLAUSE_END = re.compile(r"[,;.]|$")


def _in_condition(text: str, verb: re.Match) -> bool:
    """Whether a verb in the present (a measure, "atteint 1,5 %", or a passive, "s'il est élu") stands in a
    condition's clause (`_CONDITION`, just before it): what a rule or a promise is about, not what happened. The
    past of a verb that takes "être" is no present ("lorsque la police est arrivée", "quand le feu s'est déclaré")."""
    first = verb.group(0).split(maxsplit=1)[0]
    if first.endswith(("ait", "aient")) or first in ("a", "ont", "avait", "avaient", "aurait", "auraient"):
        return False
    if first in BE_AUXILIARIES and verb.re.groups and _took_be(verb):
        return False  # a PAST_EVENT match (MEASURED has no participle group): "est arrivée" is past, not passive
    condition = _CONDITION.search(text, 0, verb.start())
    if condition is None:
        return False
    if condition.group(0).startswith(("lorsqu", "quand")):
        return not _YEAR.search(text, condition.start(), _CLAUSE_END.search(text, verb.end()).start())
    return True


def _took_be(verb: re.Match) -> bool:
    """A past told with "être": a verb that takes it ("est arrivée", BE_PARTICIPLE) or a pronominal one ("s'est")."""
    return bool(BE_PARTICIPLE.fullmatch(verb.group(1))) or verb.string[verb.start() - 2 : verb.start()] == "s'"


COMPARED_WORDS = words(
    "inférieur inférieure inférieurs inférieures supérieur supérieure supérieurs supérieures hausse baisse recul "
    "progression repli remonte remontent remontait remontaient consécutif consécutive consécutifs consécutives "
    "série plus moins mieux jamais suite affilée augmenté diminué reculé progressé baissé chuté grimpé bondi fois"
    " victoire victoires défaite défaites succès revers nul nuls match matchs matches rencontre rencontres sortie"
    " sorties"
)
# A state told with the figure it differs by, in any tense ("le risque était inférieur de 12 %", "l'enneigement
# avait été inférieur de 25 % à la moyenne", "les ventes sont en baisse de 3 %"; not without a figure, "est
# en baisse", nor a noun's, "une hausse de 3 % est possible"), or the date a case goes back to ("les faits
# remontent à la nuit du 3 au 4 mars 2023") or a rank regained in digits ("Rennes remonte à la 5e place"), or
# a streak.
_IN_WORDS = "(?:un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze|vingt|cent|mille)"
# a side's results, in a run ("neuf victoires", "quatre rencontres", "cinq matches", "trois sorties") or the last one
# ("reste sur une défaite", "restait sur un match nul")
_RESULTS = r"(?:victoires?|défaites?|succès|revers|nuls?|match(?:e?s)?|rencontres?|sorties?)\b"
COMPARED = re.compile(
    r"\b(?:est|sont|était|étaient|reste|restent|restait|(?:a|ont|avait|avaient)\s+été)\s+"
    r"(?:(?:[a-zà-ÿ]+ment|encore|toujours|désormais)\s+)?"
    r"(?:inférieure?s?|supérieure?s?|en\s+(?:hausse|baisse|recul|progression|repli))\s+(?:de\s+|d')"
    rf"{ABOUT}(?:\d|{_IN_WORDS}\s+(?:point|points|tiers|quart)\b)"
    r"|\bremont(?:e|ent|ait|aient)\s+(?:à|au|aux)\s+[^,;.]*?\d"
    # a streak, held since it began: "la quatrième année consécutive", "reste sur quatre défaites consécutives"
    r"|\b(?:\w+ième|\d+e|deux|trois|quatre|cinq|six|sept|huit|neuf|dix)\s+(?:[a-zà-ÿ]+\s+)?consécuti(?:f|ve)s?\b"
    # ... or a run of results ("restait sur une série de neuf victoires"), and a figure told against another
    # ("C'est 14 % de moins que la campagne précédente", "deux points de mieux qu'en 2024")
    rf"|\bsérie\s+de\s+(?:\d+|{_IN_WORDS})\s+(?:[a-zà-ÿ]+\s+)?{_RESULTS}"
    # ... or the run a side "rests on" ("restent sur neuf matchs sans défaite", "restait sur trois revers")
    rf"|\brest(?:e|ent|ait|aient)\s+sur\s+(?:\d+|{_IN_WORDS})\s+(?:[a-zà-ÿ]+\s+)?{_RESULTS}"
    rf"|(?:\d\s*%?|\b{_IN_WORDS})\s+(?:[a-zà-ÿ]+\s+)?de\s+(?:plus|moins|mieux)\s+(?:que|qu')"
    # ... a streak told with its rank ("affiche complet pour la 14e fois de suite", "la troisième année d'affilée")
    r"|\b(?:\w+ième|\d+e)\s+(?:[a-zà-ÿ]+\s+)?(?:de\s+suite|d'affilée)\b"
    # ... or a count of times ("c'est la troisième fois cette saison qu'elle bat son record"; not "la première
    # fois", which is no count, nor "la énième fois", nor the speaker's own, "c'est la dixième fois que je vous le
    # dis", "la deuxième fois que nous venons")
    r"|\bc'(?:est|était)\s+la\s+(?!énième\b)(?:\w+ième|\d+e)\s+fois\b"
    r"(?![^,;.]*?\bqu(?:e\s+|')(?:je|j'|tu|nous|vous|on)\b)"
    # ... a change told with its figure, whatever the word before the participle ("les arrivées ont encore augmenté
    # de 15 %": "encore" is left out of PAST_EVENT, where it mostly denies, "n'a pas encore dit")
    r"|\b(?:a|ont|avait|avaient)\s+(?:[a-zà-ÿ]+\s+)?(?:augmenté|diminué|reculé|progressé|baissé|chuté|grimpé|bondi)\s+"
    rf"(?:de\s+|d'){ABOUT}\d"
    # ... and a record against all the past, on a measure ("le niveau du lac n'a jamais été aussi bas"; not a
    # judgement, "la situation n'a jamais été aussi grave", nor a feeling, which is "grand": "l'inquiétude n'a
    # jamais été aussi grande")
    r"|\bjamais\s+été\s+(?:aussi|si)\s+(?:peu\b|(?:bas|basses?|hauts?|hautes?|élevée?s?|faibles?|nombreu(?:x|ses)|"
    r"chers|chère?s?|chaude?s?|froide?s?|secs?|sèches?|longs?|longues?|fréquente?s?|rares?|précoces?)\b)"
)

# A sentence that opens with a large count, the subject of what it tells ("Environ 20 millions de foyers sont
# encore au tarif réglementé", "Plus de 8 000 véhicules l'empruntent chaque jour"): a measure of how many, as
# "emploie 214 salariés" is; not a year ("2025 a été marqué par"), nor a crowd expected ("10 000 spectateurs
# sont attendus").
COUNT_OPENING = re.compile(
    r"\W*(?:(?:environ|près\s+de|plus\s+de|quelque|au\s+moins|seule?s)\s+)?"
    rf"(?:(?:\d+(?:[.,]\d+)?|{_IN_WORDS}|vingt|trente|quarante|cinquante)\s+(?:millions?|milliers|milliards?)\s+(?:de\s+|d')"
    r"|\d{1,3}(?:\s\d{3})+\s+|(?!(?:1[89]|20)\d\d\b)\d{3,}\s+)"
    r"[a-zà-ÿ-]+\s+(?!(?:sont|seront|étaient|sont\s+\w+)\s+attendue?s?\b)"
    # nor a span or a distance that sets the scene ("100 jours après son élection", "300 mètres plus loin")
    r"(?!(?:après|avant|auparavant|plus\s+(?:tard|tôt|loin))\b)"
)


def _told_in_the_past(match: re.Match, generic: bool) -> bool:
    """Not a state told in the passive present ("est fermée", "est vendu 119 euros": STATES), nor, in a
    sentence about a kind (`generic`: "Un colis est considéré comme perdu ..."), a passive present at all:
    only a verb that takes "être" in the past ("est survenu") or a pronominal one ("s'est glissée")."""
    if match.group(0).split(maxsplit=1)[0] not in BE_AUXILIARIES:
        return True
    participle = match.group(1)
    if (generic or _habit(match)) and not _took_be(match):
        return False
    return not participle.startswith(STATES)


# A habit told in the passive present, a routine or a service rather than an event: "les analyses sont publiées chaque
# matin sur le site", "les bacs sont vidés deux fois par semaine" (not "les élèves sont arrivés chaque matin en
# retard", a verb that takes "être" in the past).
HABIT = re.compile(
    r"(?:\s+[^\s,;.]+){0,3}?\s+(?:(?:chaque|tous\s+les|toutes\s+les)\s+(?:jours?|matins?|soirs?|nuits?|semaines?|mois|"
    rf"ans|années|{'|'.join(sorted(WEEKDAYS))})s?\b|(?:une|deux|trois|\d+)\s+fois\s+par\b)"
)


def _habit(match: re.Match) -> bool:
    """A habit in the passive present after `match` (HABIT), its subject not counted: "trois femmes sont tuées
    chaque mois", "120 migrants sont secourus chaque semaine" measure a rate, a fact to check."""
    if not HABIT.match(match.string, match.end()):
        return False
    subject = match.string[: match.start()]
    return not (NUMBER.search(subject) or any(map(NUMBER_WORDS.__contains__, subject.split())))


def is_prediction(text: str, vocabulary: set[str]) -> bool:
    """The future, but for a measure decided in the passive ("les aides seront réduites de 15 %",
    "l'intérim sera assuré par la ministre"): what is decided is a fact (checkworthiness.fr.md)."""
    if not (
        _is_future(text, vocabulary)
        or phrase(text, vocabulary, PLANNED_WORDS, PLANNED)
        or phrase(text, vocabulary, FUTURE_STARTS, FUTURE)
        or is_conditional_forecast(text)
        or _foresees(text, vocabulary)
        or phrase(text, vocabulary, FIXTURE_VERBS, FIXTURE)
        or phrase(text, vocabulary, EXPECTED_WORDS, EXPECTED)
        or (phrase(text, vocabulary, FAVOURITES, FAVOURITE) and not is_past_event(text, vocabulary))
    ):
        return False
    return not DECIDED.search(text) or bool(FORECAST.search(text))


# A fixture, told in the present with the day it is played ("Le XV de France affronte l'Irlande samedi", "Lens
# reçoit Marseille dimanche soir"): a schedule, what is yet to come (not since a day, "rencontre des difficultés
# depuis lundi", nor a habit, "accueille le public le samedi", nor the noun, "la rencontre de dimanche").
FIXTURE_VERBS = words(
    "affronte affrontent reçoit reçoivent accueille accueillent rencontre rencontrent défie défient déplace déplacent "
    "joue jouent"
)
FIXTURE = re.compile(
    r"(?<!\bla )(?<!\bune )(?<!\bcette )(?<!\bsa )(?<!\bleur )(?<!\bson )(?<!\bun )"
    r"\b(?:affronte|affrontent|reçoit|reçoivent|accueille|accueillent|rencontre|rencontrent|défie|défient|"
    r"(?:se\s+)?déplace(?:nt)?\s+(?:à|au|en|chez)|joue(?:nt)?\s+(?:contre|à|au|chez))\s+"
    r"(?:(?!depuis\b)[^\s,.;]+\s+){0,4}?(?<!\ble )(?<!\bchaque )(?<!\bles )(?<!\bun )"
    r"(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|demain|ce\s+soir|ce\s+week-end)\b"
)
# Who is the favourite, a forecast ("les bookmakers donnent la France favorite", "part favori", "les favoris du
# scrutin"), unless told with what happened; not what is liked best, the adjective after its noun ("le plat favori
# des Français", "sa série favorite").
FAVOURITES = words("favori favorite favoris favorites")
FAVOURITE = re.compile(
    r"\b(?:(?:le|la|les|un|une|des|du|au|aux|grand|grande|grands|grandes|en|est|sont|reste|restent|était|étaient|"
    r"part|partent|partait|partaient|partira|partiront)\s+"
    r"|(?:donne|donnent|donnait|donnaient|donnée?s?|voit|voient|désigne|désignent)\s+(?:[^\s,.;]+\s+){0,4}?)"
    r"favor(?:i|is|ite|ites)\b"
)


def _foresees(text: str, vocabulary: set[str]) -> bool:
    """A forecaster's "prévoit" with what it foresees, not a text's (cues FORESEES, PROVIDED_BY_A_TEXT)."""
    return not vocabulary.isdisjoint(FORESEERS) and bool(FORESEES.search(text)) and not PROVIDED_BY_A_TEXT.search(text)


FORESEERS = frozenset(("prévoit", "prévoient"))


def entry(text: str) -> str:
    """The sentence after a live blog's time stamp (STAMP), where what it opens with is read."""
    stamp = STAMP.match(text) if text[:1].isdigit() else None
    return text[stamp.end() :] if stamp else text


def _is_future(text: str, vocabulary: set[str]) -> bool:
    """A verb in the future tense ("sera", "vérifiera", "atteindront") among the words. A first person
    plural ("-rons") needs its "nous" a few words before it ("nous ne les livrerons pas"): without it,
    "environs", "vignerons", "bûcherons" are nouns, "nous" elsewhere in the sentence or not."""
    if not vocabulary.isdisjoint(FUTURE_WORDS):
        return True
    plural_first = set(_AFTER_NOUS.findall(text)) if "nous" in vocabulary else set()
    return any(
        word.endswith(FUTURE_ENDINGS)
        and (word in plural_first or not word.endswith("rons"))
        and FUTURE_VERB.fullmatch(word)
        for word in vocabulary
    )


# A "-rons" word "nous" governs: the first to third after it ("nous livrerons", "nous n'irons",
# "nous ne les livrerons").
_AFTER_NOUS = re.compile(r"\bnous\s+(?:\w+'\s*|\w+\s+){0,2}?(\w+rons)\b")
