"""The cues of the future for the check-worthiness signals (`checkworthiness_verbs.is_prediction`): the future
tense, plans, schedules, promises and forecasts, and what keeps a measure decided a fact. Read on the lower-cased
sentence, as the other cues (`checkworthiness_cues`). General French, no name of anyone or anything.
"""

import re

from annotations.nlp.checkworthiness_figures import ABOUT
from annotations.nlp.conditional import CONDITIONAL
from annotations.nlp.lexicon import WEEKDAYS, words

FUTURE_WORDS = words(
    "sera seront serons aura auront aurons fera feront ira iront pourra pourront devra devront faudra viendra "
    "viendront prochain prochaine prochains prochaines "
    "devrait devraient"  # a forecast: "le trafic devrait être normal", "la mesure devrait réduire de 1 milliard"
)
# The future's stem ends in e, i or d ("coûtera", "finira", "prendra"), or in tt, ev, iv or a doubled r
# ("permettra", "recevra", "suivra", "verra", "pourra"); not in v or r alone, which present tenses and
# nouns end in too ("ouvrons", "livrons", "marrons", "serra").
FUTURE_STEM_ENDS = ("e", "i", "d", "tt", "ev", "iv", "ver", "our")
FUTURE_ENDINGS = tuple(f"{stem}{ending}" for stem in FUTURE_STEM_ENDS for ending in ("ra", "ront", "rons"))
FUTURE_VERB = re.compile(r"[a-zà-ÿ]{2,}(?:e|i|d|tt|ev|iv)(?:ra|ront|rons)|[a-zà-ÿ]*(?:ver|our)r(?:a|ont|ons)")
FUTURE_STARTS = words(
    "selon table tablent tablait tablaient attend attendent attendait attendaient anticipe anticipent anticipait "
    "anticipaient d' terme avenir va vont vais allons vise visent prévoit prévoient envisage envisagent projette projettent "
    "apprête apprêtent prévu prévue prévus prévues vouloir réfléchit réfléchissent réfléchissait réfléchissaient "
    "engage engageons engagez engagent promet promets promettent délibéré engagé engagée engagés engagées promis "
    "horizon assuré assurée assurés assurées garanti garantie juré prédit intention intentions permettrait permettraient permettre"
    " ambitionne ambitionnent objectif objectifs cible cibles ambition ambitions"
)
# A measure decided, in the passive future: "les pensions seront revalorisées de 2 %", "les écoles seront
# fermées jeudi", "les deux mairies resteront ouvertes" (not what is expected to happen: "le seuil sera
# dépassé", "les travaux seront achevés").
DECISION_STEMS = (
    "revaloris|rédui|augment|relev|abaiss|baiss|supprim|ferm|rouvert|ouvert|assur|vers|rembours|tripl|"
    "doubl|gel|plafonn|instaur|interdi|prolong|report|annul|financ|attribu|accord|nomm|remplac|généralis|"
    "suspendu|maintenu|limit|étendu|conserv|repris|licenci"  # jobs kept by a ruling: "215 seront conservés"
)
DECIDED = re.compile(
    rf"\b(?:sera|seront|restera|resteront)\s+(?:(?:[a-zà-ÿ]+ment|également|aussi|bien)\s+)?"
    rf"(?=(?:{DECISION_STEMS}))[a-zà-ÿ]+"
    r"(?:é|ée|és|ées|i|ie|is|ies|it|ite|its|ites|u|ue|us|ues|ert|erte|erts|ertes)\b"  # a participle, no adverb
    # ... or a sum ordered, by a ruling or a decision: "la plateforme devra verser près de 4 millions d'euros",
    # "il devra également payer 25 000 euros d'amende", "devra payer une amende de 1,5 million"; the sum is what is
    # paid, within two words or after its noun: not without its figure ("il devra payer cher"), nor a notice's
    # figure further on ("les locataires devront payer leur loyer avant le 5 du mois", "chaque participant devra
    # payer son repas, soit 15 euros")
    r"|\bdevr(?:a|ont)\s+(?:(?:[a-zà-ÿ]+ment|aussi|en\s+outre)\s+)?(?:verser|payer|rembourser|restituer|s'acquitter)\b"
    r"(?=\s+(?:(?:une?|des)\s+[a-zà-ÿ]+\s+(?:de\s+|d')|(?:[^\s,;.]+\s+){0,2}?)"
    rf"{ABOUT}\d)"
)
# What makes it a forecast all the same: a forecaster said in an incise (", prévoit la Banque de
# France"; "le texte prévoit que" reports a measure), forecasts or projections named ("selon les projections du
# COR, les actifs devront payer 2 points de plus"), or a condition.
FORECAST = re.compile(
    r",\s*(?:prévoi|prévien|anticip|estim|table|tablent)[a-zà-ÿ]*\b|\b(?:prévisions?|projections?)\b|\bsi\s"
)
# A time ahead that is not the future tense's own ("à la mi-2027", "fin 2027", "dès le printemps", "jusqu'à l'été"),
# not one gone by ("depuis fin 2022", "jusqu'au printemps dernier"); the conditional is `conditional.CONDITIONAL`.
_AHEAD = (
    r"\b(?:à\s+la\s+mi-\d|(?<!depuis\s)(?:à\s+la\s+)?fin\s+\d{4}|dès\s+(?:le\s+|l')(?:printemps|été|automne|hiver)|"
    r"jusqu'(?:à\s+l'|au\s+)(?:printemps|été|automne|hiver)(?!\s+dernier))"
)
# What may stand between a promise's verb and what it promises: a day, an adverb ("a promis mardi de créer", "s'est
# engagée hier soir à rouvrir", "a également promis de"; not a thing promised, "a promis une baisse de 10 %").
_BY_THEN = (
    rf"(?:(?:{'|'.join(sorted(WEEKDAYS))}|hier|soir|matin|aussi|également|encore|déjà|alors|[a-zà-ÿ]+ment)\s+){{0,2}}"
)
# What is meant to achieve something, a measure or a project: a yield told in the conditional is expected (FUTURE).
_MEASURE_OR_PROJECT = (
    r"(?:réforme|mesure|plan|projet|fusion|loi|texte|taxe|dispositif|programme|réorganisation|investissement|"
    r"chantier|aménagement)s?|travaux|nouve(?:au|aux|l|lle|lles)|futur(?:e|s|es)?"
)
# What a goal set is set as, after its verb ("s'est fixé pour objectif de", "se donne l'objectif de", "s'est donné pour
# cible"): the goal is yet to come, the setting no event to check (`checkworthiness_verbs.is_past_event`).
AS_A_GOAL = re.compile(r"\s+(?:pour\s+|comme\s+)?(?:l'|un\s+|une\s+)?(?:objectifs?|cibles?|ambitions?|but)\b")
# Whom a measure reaches is no target: "la réforme vise 1,2 million de ménages", "l'aide vise 40 % des agriculteurs".
_REACHED = (
    r"(?!\s+(?:de|d'|des)\s*(?:ménages|foyers|familles|personnes|contribuables|bénéficiaires|allocataires|habitants|"
    r"salariés|agriculteurs|retraités|patients|élèves|jeunes)\b)"
)
_TARGET = (
    r"\bvis(?:e|ent)\s+(?:(?:désormais|encore|toujours|maintenant|aussi|également|officiellement|même)\s+)?"
    rf"(?:{ABOUT}\d[\d\s,.]*\s*(?:%{_REACHED}|millions?\b{_REACHED}|milliards?\b|[^,;.]*?\bpar\s+an\b)"
    r"|une?\s+(?:production|part|taux|croissance|hausse|baisse|chiffre\s+d'affaires|trafic|fréquentation)\s+(?:de\s|d')"
    r"|[^,;.]*?\b(?:dès|pour|avant|fin)\s+(?:20\d\d|l'an\s+prochain)\b)"
)
# A goal told with what came of it is a record, not a prediction: "s'est fixé un objectif de 40 % et l'a atteint en
# 2023", "s'était fixé pour objectif 2 000 logements et n'en a livré que 1 200".
_NOT_MET = (
    r"(?![^.;]*?\b(?:et|mais)\s+(?:ne\s+|n')?(?:l'|en\s+|les\s+)?(?:a|ont|avait|avaient)\s+"
    r"(?:(?:déjà|largement|presque|bien)\s+)?[a-zà-ÿ]+(?:é|i|u|t|is)e?s?\b)"
)
FUTURE = re.compile(
    r"\b(?:d'ici|à terme|à l'avenir)\b|\bà l'horizon\s+(?:\d|de\s|d')|\b(?:va|vont|vais|allons)\s+(?:\w+\s+)?[a-zà-ÿ]+(?:er|ir|re|oir)\b"
    r"|\b(?:vise|visent)\s+à\b"  # what a proposal would do: "l'amendement vise à porter la taxe à 30 euros"
    # a target: a share, a count in millions or per year, a level, or anything by a year ahead ("la région vise 40 % de
    # surfaces en bio", "vise 2 millions d'abonnés", "vise une production de 380 TWh", "vise la neutralité carbone pour
    # 2040"); not what an inquiry or sanctions aim at, nor a win ("l'enquête vise trois élus", "les sanctions visent 120
    # navires", "il vise un troisième succès")
    rf"|{_TARGET}"
    # an ambition ("le pays ambitionne d'accueillir"), a goal set, told in the past too ("la province s'est fixé pour
    # objectif de planter", "l'Union s'est donné pour cible une baisse de 55 %", "se fixe l'objectif de")
    r"|\bambitionn(?:e|ent)\s+(?:de\b|d')|\b(?:se\s+|s')(?:(?:est|sont|était|étaient)\s+)?(?:fix|donn)[a-zé]*"
    rf"{AS_A_GOAL.pattern}{_NOT_MET}"
    # a plan, in the present ("l'usine prévoit de recruter", "s'apprête à fermer"; "prévoyait de" is a past
    # plan, a fact), and what is scheduled ("deux réunions sont prévues le 14 mai"; not "comme prévu")
    # ("le texte prévoit des exonérations" is a measure, FORESEES; "la mairie envisage des travaux" a plan)
    r"|\b(?:prévoit|prévoient)\s+(?:de\b|d')|\b(?:envisage|envisagent|projette|projettent)\s+(?:(?:de|des|une?)\b|d')"
    r"|\bs'apprêt(?:e|ent)\s+à\b"
    r"|\b(?:est|sont)\s+prévue?s?\b(?!\s+par\b)"  # not a rule in force: "comme il est prévu par la loi"
    # an intention: "il dit vouloir partir", "l'avocat réfléchit à faire appel"
    r"|\b(?:dit|disent|a dit|ont dit)\s+vouloir\b|\bréfléchi(?:t|ssent|ssait|ssaient)\s+à\b"
    # ... announced ("l'avocat a annoncé son intention de faire appel"; not a poll's "l'intention de vote", nor
    # what is denied, "contestait toute intention de tuer")
    # (nor an offence's intent, which a court weighs: "la cour n'a pas retenu son intention de donner la mort")
    r"|\b(?:son|sa|leur|ses|leurs)\s+intentions?\s+(?:de|d')(?!\s*(?:tuer|nuire|donner\s+la\s+mort|blesser|frauder)\b)"
    # what a measure or a project is meant to achieve, a yield expected: "la réforme permettrait d'économiser 2
    # milliards", "le nouveau réseau permettrait la création de 150 emplois", "doit permettre de créer 300 emplois"
    # ("permettra" is a future already; not a past plan, "devait permettre", a fact, nor what someone may do,
    # "permettrait aux pirates d'accéder", nor what a thing found may do, told by hearsay: "la faille permettrait de
    # prendre le contrôle de 40 000 serveurs", "ce test permettrait de détecter 90 % des cancers, selon une étude")
    rf"|\b(?:{_MEASURE_OR_PROJECT})\b[^.;]*?\bpermettrai(?:t|ent)\s+(?:de\s|d'|la\s|le\s|l')"
    r"|\b(?:doit|doivent)\s+(?:aussi\s+|également\s+)?permettre\s+(?:de\s|d'|la\s|le\s|l')"
    # a promise, in the present: "je m'engage à ce que", "le maire s'engage à rouvrir", "ils promettent de"
    r"|\b(?:m'|s'|nous\s+|vous\s+)engag(?:e|eons|ez|ent)\s+à\b|\bprom(?:et|ets|ettent)\s+(?:de|d')"
    # ... and in the past, what was promised is still to come: "il s'est engagé à geler les tarifs", "elle a
    # promis de rouvrir l'école" (not a thing promised, "il nous a promis une brigade": the promise is the fact)
    rf"|\b(?:s'est|se sont|s'était|s'étaient)\s+engagée?s?\s+{_BY_THEN}à\b|\b(?:a|ont|avait|avaient)\s+promis\s+{_BY_THEN}(?:de|d')"
    # ... or told in the future of the past, what was promised or foretold: "il a assuré qu'elle rouvrirait avant
    # l'été", "a promis qu'il n'y aurait pas de hausse" (not the press's past conditional, "assure qu'il aurait été
    # prévenu"), a conditional by the future's stems (FUTURE_VERB), not an imperfect ending in -rait, which tells
    # what held ("a assuré qu'il ignorait tout", "que le chantier durait", "que le joueur figurait dans ses plans")
    r"|\b(?:a|ont|avait|avaient)\s+(?:\w+\s+)?(?:assurée?s?|promis|garantie?|juré|prédit)\s+(?:que|qu')\s*"
    r"(?:[^\s,;.]+\s+){0,4}?(?!aur(?:ait|aient)\s+[a-zà-ÿ]+(?:é|i|u|is|it)e?s?\b)"
    r"[a-zà-ÿ]*(?:(?:e|i|d|tt|ev|iv|au|oi|ît)r|verr|ourr)(?:ait|aient)\b"
    # a ruling put off to a later date: "le jugement a été mis en délibéré au 4 mars"
    r"|\bmise?s?\s+en\s+délibéré\b"
    # an expectation, a forecaster's verb: "la banque centrale table sur 6 %", "les analystes tablaient en
    # moyenne sur", "les commerçants s'attendent à", "les notaires anticipent une baisse" (not a table: "la
    # table sur la terrasse", "cette petite table sur tréteaux"); "(?=tabl)" first, so that the lookbehinds
    # are tried before "tabl" only, not at every position of every sentence
    r"|\b(?=tabl)(?<!\bla )(?<!\bune )(?<!\bsa )(?<!\bma )(?<!\bta )(?<!\bcette )(?<!\bnotre )(?<!\bvotre )"
    r"(?<!\bleur )(?<!\bpetite )(?<!\bgrande )(?<!\bbelle )(?<!\bvieille )tabl(?:e|ent|ait|aient)\s+(?:\w+\s+){0,2}?sur\b"
    r"|\bs'attend(?:ent|ait|aient)?\s+à\b|\banticip(?:e|ent|ait|aient)\s+(?:une?|des|le|la|les|l')\s*\w"
    # what a forecast says: "le PIB progresserait de 1,3 %, selon ses nouvelles projections"
    r"|\bselon\s+(?:les|ces|ses|leurs|nos)\s+(?:\w+\s+){0,2}?(?:projections|prévisions)\b"
)
# A level in the conditional at a time ahead, a forecast: "le taux de chômage atteindrait 7,9 % à la mi-2027",
# "l'inflation reviendrait sous les 2 % dès le printemps", "fin 2027, la dette dépasserait ..." (not what a study
# finds, with no time ahead: "le risque diminuerait dix ans après l'arrêt du tabac"); or under a condition that holds
# now, a projection: "si la tendance se poursuit, la France manquerait son objectif" (not a poll's hypothesis, in the
# imperfect: "si l'élection avait lieu dimanche, X dépasserait 25 %"). Apart from FUTURE, and tried only where a
# conditional's "rai" stands (`is_conditional_forecast`): its cues ("fin", "dès", "si") are in most sentences, and
# trying it at every word of them cost a third of the check-worthiness component (bench corpus).
_CONDITIONAL_FORECAST = re.compile(
    rf"{CONDITIONAL}[^.;]*?{_AHEAD}|{_AHEAD}[^.;]*?{CONDITIONAL}"
    rf"|^\W*(?:«\s*)?(?:si\s|s'il)(?![^,;.]*?(?:ait|aient)\b)[^,;.]*,[^.;]*?{CONDITIONAL}"
)


# What is expected at a time ahead, a forecast or a schedule: "un épisode neigeux est attendu mercredi", "les
# premières averses sont attendues dans la nuit", "le ministre est attendu demain à Brest" (not a wait, "le verdict
# est attendu avec impatience", nor a crowd counted as it came, "10 000 spectateurs étaient attendus", nor where
# help is awaited, "des renforts sont attendus dans la vallée depuis trois jours": "dans" only before a time).
EXPECTED_WORDS = words("attendu attendue attendus attendues")
_WITHIN = (
    r"dans\s+(?:la\s+(?:nuit|soirée|journée|matinée|semaine)|l'après-midi|les\s+(?:prochaine?s|heures|jours|semaines|mois)"
    r"|(?:un|une|deux|trois|quelques|\d+)\s)"
)
EXPECTED = re.compile(
    rf"\b(?:est|sont)\s+(?:(?:également|aussi|encore|désormais)\s+)?attendue?s?\s+(?:(?:dès|pour|d'ici)\b|{_WITHIN}|à\s+partir\b"
    rf"|en\s+fin\s+de\b|(?:{'|'.join(sorted(WEEKDAYS))}|demain|ce\s+soir|cette\s+nuit|ce\s+week-end)\b)"
)


def is_conditional_forecast(text: str) -> bool:
    return "rai" in text and bool(_CONDITIONAL_FORECAST.search(text))


# A forecaster's "prévoit" with what it foresees ("la Banque de France prévoit une croissance de 0,7 %",
# "l'institut prévoit encore 40 à 60 litres", a clause, "l'organisme prévoit que le solde se dégrade"), unless a
# text is what provides it ("le décret prévoit une amende de 135 euros", "l'accord prévoit des baisses d'impôt",
# "la loi prévoit que les loyers sont gelés": a measure, PROVIDED_BY_A_TEXT).
FORESEES = re.compile(
    r"\bprévoi(?:t|ent)\s+(?:(?:désormais|encore|toujours|maintenant|aussi|également|même)\s+)?"
    r"(?:une?\s|des\s|\d|que\s|qu')"
    # not money set aside, a plan ("le gouvernement prévoit une enveloppe de 2 milliards")
    r"(?!\s*(?:enveloppe|budget|crédit|fonds|dotation|aide|subvention|rallonge)s?\b)"
)
# A text is also what a pronoun opening the sentence stands for: "Il prévoit un déficit de 17 milliards" follows the
# budget or the bill the sentence before has named (a forecaster is named where it forecasts: "l'institut prévoit");
# not when what it foresees is what forecasters foresee, the economy's course, sales, a crowd, a harvest or the
# weather, which no text decides ("Il prévoit une croissance de 1,2 %", "Elle prévoit une hausse de 3 % de son
# chiffre d'affaires": a minister or a firm told by a pronoun).
_FORECASTERS_OBJECT = (
    r"croissance|inflation|(?<!assurance\s)(?<!allocations\s)chômage|récession|reprise|ralentissement|rebond|retour|"
    r"ventes|chiffre\s+d'affaires|affluence|fréquentation|récolte|pluies?|orages?|précipitations|neige|températures?"
)
_DECIDERS = (
    r"gouvernement|ministre|ministère|commune|mairie|municipalité|ville|état|préfet|préfecture|canton|province|"
    r"exécutif|parlement|employeur|direction|conseil\s+(?:fédéral|municipal|communal|régional|départemental|"
    r"d'état|des\s+ministres)"
)
PROVIDED_BY_A_TEXT = re.compile(
    rf"^\W*(?:il|elle|ils|elles)\s+(?:\w+\s+)?prévoi(?!(?:[^,;:.]|,(?=\d))*?\b(?:{_FORECASTERS_OBJECT})\b)"
    r"|\b(?:texte|loi|décret|arrêté|projet|accord|règlement|contrat|convention|budget|plan|réforme|article|"
    # an apposition between the text and its verb: "la réforme, adoptée mardi, prévoit que"
    r"amendement|protocole|traité|ordonnance|statuts?|charte|programme|directive|circulaire)\b[^,;:]*?(?:,[^,;:]*,)?"
    r"[^,;:]*?\bprévoi"
    # and what those who decide provide for in a clause, a measure ("le gouvernement prévoit que les loyers soient
    # plafonnés", "la commune prévoit que les travaux durent six mois"), unless it is what forecasters foresee or a
    # public account's course ("le ministère prévoit que le déficit atteigne 4 %": a target, yet to come)
    rf"|\b(?:{_DECIDERS})\b[^,;:.]*?\bprévoi(?:t|ent)\s+(?:\w+\s+)?(?:que|qu')"
    rf"(?![^,;:.]*?\b(?:{_FORECASTERS_OBJECT}|déficit|dette|solde|pib)\b)"
)
# An event planned for a coming day, told with "a prévu": what is yet to come ("les syndicats ont prévu une marche
# jeudi", "la mairie a programmé une réunion publique mardi prochain"); not a past plan ("avait prévu"), nor money
# set aside ("l'État a prévu 40 millions d'euros", no day), nor a day gone ("a prévu une réunion lundi dernier").
PLANNED_WORDS = words("prévu programmé")
PLANNED = re.compile(
    r"\b(?:a|ont)\s+(?:déjà\s+|aussi\s+|également\s+)?(?:prévu|programmé)\s+(?:une?|des|de|d')\s*[^,;.]*?"
    r"\b(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|demain|prochaine?s?)\b(?!\s+derni)"
)
