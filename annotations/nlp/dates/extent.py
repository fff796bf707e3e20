"""How far a date's span reaches: the words around a rule's match that its value already reads.

The rules match the calendar words; the expression a reader sees as the date is often longer: the noun
of a year ("l'an 2000", "l'exercice 2024-2025"), a cue that frames it ("tout au long de l'année 2023",
"au plus tard le 31 mars", "à l'horizon 2035"), its direction ("en mars dernier") or its time of day
("hier soir", "lundi à 20 h 30", "à 8 heures ce matin"). The span grows over them; the value is the
same (a clock time is finer than a day, which the annotate contract cannot write).
"""

from __future__ import annotations

import re

from annotations.nlp.dates.values import Value

# The horizon's cue ("d'ici 2030", "d'ici à 2030"): also what keeps the timeline from moving (grammar).
HORIZON = r"\bd'ici(?: à)?\s+"
_HORIZON_CUE = re.compile(r"\bd'ici(?: à| au)?\s+(?:la\s+)?$")  # and "d'ici la fin juin", "d'ici au 15 mars"
_YEAR_NOUN_BEFORE = re.compile(r"\bl'(?:an|année)\s+$")
# The period a year or a span of years counts: "la période 2021-2027", "l'exercice (budgétaire) 2025",
# "la saison 2024-25" ("la saison culturelle 2028-2029"), "l'année scolaire 2025-2026", "la campagne 2025-2026" (a harvest's or a sale's), "l'année
# fiscale 2025", "le budget 2027", "le budget primitif 2028", "la loi de finances pour 2028" (the year a budget is voted
# for), "la législature 2022-2027", "le plan quinquennal 2026-2030", "la promotion 2027-2028" (a school's year), "la
# session ordinaire 2029-2030" (a parliament's year), "l'avis d'imposition 2029", "les revenus de 2028" (a tax year);
# a crop's campaign by its adjective in -ière or -icole ("la campagne betteravière 2025", "la campagne viticole 2026",
# cocoa's "campagne principale 2026-2027" and "intermédiaire"),
# not an election's or an advertiser's ("la campagne électorale 2026", "la campagne publicitaire 2026").
_PERIOD_NOUN_BEFORE = re.compile(
    r"(?:\bla\s+|\ble\s+|\bles\s+|\bl')?(?:période|exercice(?:\s+(?:budgétaire|fiscal|comptable|financier|social))?|saison(?:\s+(?:culturelle|sportive|touristique|régulière|hivernale|estivale))?|campagne|"
    r"session(?:\s+(?:ordinaire|extraordinaire|parlementaire))?|avis\s+d'imposition|(?:déclaration\s+de\s+)?revenus(?:\s+de)?|"
    r"budget(?:\s+(?:primitif|supplémentaire|rectificatif|triennal|pluriannuel))?|(?:projet\s+de\s+)?loi\s+de\s+finances(?:\s+rectificative)?"
    r"(?:\s+pour)?|législature|mandature|(?:plan|programme)\s+(?:triennal|quinquennal|pluriannuel)(?:\s+d'investissements?)?|promotion|"
    r"campagne\s+(?:de\s+commercialisation|de\s+pêche|de\s+chasse|principale|intermédiaire|[a-zéèï]+(?:[iy]ère|icole))|vendanges|moissons?|récoltes?|millésime|"
    r"compte\s+(?:administratif|de\s+gestion)|"
    r"année\s+(?:scolaire|universitaire|académique|fiscale|financière|budgétaire|comptable|civile|d'imposition)|loi\s+de\s+programmation(?:\s+\w+)?)\s+$"
)
# A law, a code, a treaty, an agreement named by its year, with up to two words of its name: "la loi Evin de 1991",
# "le Code civil de 1804", "l'édit de Nantes de 1598", "la loi de 1905", "les accords d'Évian de 1962"; the year is the
# act's.
_LAW = r"(?:loi|code|édit|traité|directive|concordat|charte|accords?|pacte|protocole)"
# A word of its name, not a verb telling its date ("Le traité date de 1957", "la loi remonte à", "la loi Macron votée
# de 2015") nor a cue of its own ("le projet de loi à partir du 27 janvier", "la loi, en vigueur depuis le"), nor "la loi
# du plus fort".
_LAW_WORD = (
    r"\s+(?!(?:dat|remont|jusqu)\w*\b|[\w-]*(?:é|ée|és|ées)\b|(?:est|a|fut|était|sera|à|au|aux|en|dès|depuis|partir|"
    r"compter|avant|après|pour|par|sur|le|la|les|un|une|et|ou|qui|que|entre|vigueur|plus|moins)\b)[\w'-]+"
)
# The Constitution has no words of its name before its day or year: "la constitution du dossier", "la constitution du
# gouvernement de 2027" are formings.
_LAW_OF_YEAR_BEFORE = re.compile(rf"\b(?:l'|le\s+|la\s+)?(?:{_LAW}(?:{_LAW_WORD}){{0,2}}?|constitution)\s+de\s+$")
# An event named by its year: "la Coupe du monde 2030", "les Jeux olympiques de 2032", "l'Euro 2032" (the
# football championship, capitalised: "l'euro 2000 fois" is none), "le Mondial 2026", "les JO 2024", "les Jeux de 2032" (the
# Olympics, capitalised: "les jeux de 2032" may be any games); the year is the
# event's. A whole word, and "Mondial" and "JO" capitalised: "le Forum mondial 2026", "le tournoi Bojo 2026" are none.
_EVENT_BEFORE = re.compile(
    r"(?:\bla\s+|\ble\s+|\bles\s+|\bl')?\b(?:coupe\s+du\s+monde|(?-i:Mondial|Euro|JO|Jeux)|jeux\s+(?:olympiques|paralympiques)"
    r"(?:\s+d'(?:été|hiver))?|championnats?\s+du\s+monde|championnats?\s+d'europe)(?:\s+de)?\s+$",
    re.I,
)
# A frame that says when within or by the date, the date unchanged: "tout au long de l'année 2023", "au
# cours des années 2010", "en plein été 2019", "au cœur de l'été 2025", "au plus tard le 31 mars", "au plus tôt en 2030", "à (l')horizon
# 2035", "l'échéance du 30 juin", "l'exercice clos au 31 mars 2027" (a fiscal year named by its last day), "sur l'ensemble de l'année 2027", and a
# hedge whose date is the same: "vers 1850", "aux alentours de 1900", "autour du 1er mai", "aux environs de la mi-mars";
# "dans le courant du mois prochain" (some time in it).
_FRAME_BEFORE = re.compile(
    r"(?:\btout\s+au\s+long\s+d(?:e\s+|u\s+|es\s+|')|\bau\s+(?:cours|cœur|coeur)\s+d(?:e\s+|u\s+|es\s+|')|\ben\s+pleine?\s+|"
    r"\bau\s+plus\s+(?:tard|tôt)\s+(?:le\s+|en\s+)?|\bà\s+(?:l')?horizon\s+(?:de\s+)?|\bl'échéance\s+du\s+|\bl'exercice\s+(?:clos|clôturé)\s+(?:le\s+|au\s+)|"
    r"\bsur\s+l'ensemble\s+d(?:e\s+|u\s+|es\s+|')|\bvers\s+|\b(?:aux\s+(?:alentours|environs)|autour)\s+d(?:e\s+(?:la\s+)?|u\s+|')|"
    r"\b(?:à\s+)?la\s+clôture\s+d(?:e\s+|u\s+|es\s+|')|\bavec\s+(?:prise\s+d')?effet\s+(?:rétroactif\s+)?(?:au|le)\s+|\bentrée?s?\s+en\s+vigueur\s+(?:le\s+|au\s+)|"
    r"\b(?:la\s+)?fête\s+de\s+|\b(?:le\s+)?réveillon\s+du\s+|\bdans\s+le\s+courant\s+d(?:u\s+|e\s+|es\s+|')"
    r")$"
)
# An act, a sitting or a deadline named by its day: "l'arrêté du 12 mars", "le décret du 3 avril 2029", "l'arrêté
# royal du 18 février", "la séance du 14 mai", "le Journal officiel du 4 mai", "la date butoir du 15 juillet"; a
# council, a vote or a summit the same ("le conseil communal du 27 mai", "la votation du 9 juin", "le scrutin du 3
# mars", "le sommet de Niamey du 4 avril", "la séance plénière du"); the
# day is the act's, and a reader sees the act's name as the date ("par arrêté du" already reads so).
# A law, a treaty or a directive has up to three words of its name before its day ("la loi Veil du 17 janvier 1975",
# "le traité de Rome du 25 mars 1957", "la directive européenne du"), any act its number ("la loi n° 2029-412 du",
# "l'ordonnance n° 45-2658 du"); "à la date du", "en date du" name the day itself.
# A court's decision with its court ("l'arrêt de la Cour de cassation du", "le jugement du tribunal correctionnel du",
# "l'avis du Conseil d'État du"), an act with its kind ("l'ordonnance fédérale du", "la loi-programme du",
# "l'accord-cadre du", "la convention collective du", "le procès-verbal du", "l'avenant n° 3 du"), a gazette ("le
# Moniteur belge du", "la Feuille fédérale du", Luxembourg's "Mémorial A n° 45 du" with its series: "le mémorial du 11
# septembre 2001" is a monument), a call for tenders ("l'avis d'appel public à la concurrence du") and a number with its letters or its Union's tag ("la décision
# n° 2030-1021 QPC du", "le règlement (UE) 2030/145 du") the same.
_COURT = r"(?:\s+(?:de\s+la|du|de\s+l')\s*(?:cour|tribunal|conseil|chambre|juge)(?:\s+(?:de\s+|d')?[\w'-]+){0,3}?)?"
_ACT_NUMBER = r"(?:\s+\((?:ue|ce|cee)\))?(?:\s+(?:n°\s*)?\d[\d/-]*(?:\s+(?:qpc|dc|l|ce))?)?"
_ACT_BEFORE = re.compile(
    r"\b(?:l'|le\s+|la\s+|les\s+|par\s+)?(?:(?:arrêté(?:\s+(?:royal|ministériel|préfectoral|municipal|fédéral))?|décret(?:-loi)?|"
    r"circulaire|délibération|ordonnance(?:\s+(?:fédérale|royale|pénale|de\s+référé))?|règlement|décision|journal\s+officiel|"
    rf"(?:arrêt|jugement|avis|séance|audience(?:\s+(?:de\s+renvoi|solennelle|publique|de\s+plaidoiries))?){_COURT}|moniteur\s+belge|feuille\s+fédérale|mémorial\s+[abc]|bulletin\s+officiel|procès-verbal|"
    r"(?:séance|session|réunion|assemblée)\s+(?:plénière|publique|extraordinaire|ordinaire|solennelle)|"
    r"conseil\s+(?:communal|municipal|général|départemental|régional|de\s+ville|des\s+ministres|d'administration)|"
    r"scrutin|votation|référendum|élections?(?:\s+(?:municipales|communales|présidentielle|législatives|fédérales|partielle))?|"
    r"sommet(?:\s+(?:de|d'|du|des)\s*[\w'-]+)?|avis\s+d'appel\s+(?:public\s+à\s+la\s+concurrence|d'offres|à\s+candidatures)|avenant|accord-cadre|loi-(?:programme|cadre)|convention(?:\s+collective)?|date\s+butoir|délai|"
    rf"{_LAW}(?:{_LAW_WORD}){{0,3}}?|constitution){_ACT_NUMBER}|(?:à\s+la|en)\s+date)\s+du\s+$"
)
# A step of a trial told by its day after its noun: "le jugement rendu le 9 mai", "l'appel interjeté le", "la peine
# prononcée le", "le pourvoi (en cassation) formé le", "l'affaire renvoyée au 4 juin"; the day is the step's ("renvoyé au", "mis en délibéré au" alone keep the
# day alone, as the dates sets want).
_STEP_BEFORE = re.compile(
    r"(?:\b(?:l'|le\s+|la\s+)?(?:jugement|arrêt|appel|ordonnance|décision|verdict|peine|sentence|pourvoi|recours)"
    r"(?:\s+en\s+cassation)?\s+(?:rendue?|prononcée?|interjetée?|formée?|déposée?)|"
    r"\b(?:l'|la\s+|le\s+)?(?:affaire|dossier|procès|audience)\s+renvoyée?)\s+(?:le\s+|au\s+)?$"
)
# "vers" after a turn or a way is a direction, no hedge: "les regards se tournent vers 2027", "la route vers 2030"
_TOWARDS = re.compile(
    r"\b(?:tourn\w*|regards?|yeux|route|marche|chemin|trajectoire|glisse\w*|achemine\w*)\s+(?:déjà\s+)?$"
)
# "le 30 avril dernier délai": a deadline's last day, which values._WORD_AFTER reads as no direction
_DIRECTION_AFTER = re.compile(r"\s+(?:dernier\s+d[ée]lai|dernier|dernière|derniere|prochain|prochaine)(?![\w-])")
_PART_OF_DAY_AFTER = re.compile(r"\s+(?:au\s+)?(?:matin|midi|après-midi|soir|soirée)(?![\w-])")
# A clock time: "14 h", "20h30", "9 h 45", "14:30", "18 heures", "midi", "minuit"; a moment of the day: "à l'aube",
# "à la mi-journée", "en fin d'après-midi", "en début de soirée", "dans la matinée", "tard dans la soirée".
CLOCK = r"(?:\d{1,2}\s?(?:h|heures?)(?:\s?\d{2})?(?:\s+(?:du\s+matin|du\s+soir))?|\d{1,2}:\d{2}|midi|minuit)(?![\w])"
_MOMENT = (
    r"(?:à\s+l'aube|au\s+petit\s+matin|à\s+la\s+mi-journée|(?:en|au)\s+(?:début|fin|milieu)\s+(?:de\s+(?:matinée|soirée|journée|nuit)|"
    r"d'après-midi)|(?:(?:tard|tôt)\s+)?dans\s+(?:la\s+(?:matinée|soirée|nuit)|l'après-midi)|en\s+(?:matinée|soirée)|"
    r"à\s+l'heure\s+du\s+(?:déjeuner|dîner))(?![\w-])"
)
# After a day, a clock time ("à 9 h", "à partir de 14 heures"), hours between two clock times ("de 10 h à 12 h",
# "entre 16 h et 18 h") or a moment; before it, a clock time or a moment.
_TIME_AFTER = re.compile(
    rf",?\s+(?:(?:(?:peu|juste)\s+)?(?:à|vers|dès|avant|après|à\s+partir\s+de)\s+{CLOCK}|"
    rf"(?:de\s+{CLOCK}\s+à|entre\s+{CLOCK}\s+et)\s+{CLOCK}|{_MOMENT})"
)
_TIME_BEFORE = re.compile(rf"(?:\b(?:à|vers|dès)\s+{CLOCK}|\b{_MOMENT}),?\s+(?:le\s+|de\s+)?$")
# A moment of a day written in figures ("au petit matin du 12 janvier"; not "dans la nuit du samedi au dimanche",
# a night of two days).
# A day named by its part or by what happens on it the same: "le matin du 3 mars", "le match aller du 9 mars", "la
# finale du 12 mai", "la fête de l'Indépendance du 4 avril" ("dans la journée du 3 mars" and "la fête nationale du 1er
# août" keep the day alone, as the dates sets want).
_MOMENT_OF = re.compile(
    rf"\b(?:{_MOMENT}|le\s+(?:matin|soir)|l'après-midi|la\s+(?:matinée|soirée|finale|demi-finale|rencontre)|"
    r"(?:le\s+)?match(?:\s+(?:aller|retour))?|(?:la\s+)?fête\s+de\s+l'indépendance)\s+du\s+$"
)


def widened(text: str, lowered: str, start: int, end: int, value: Value) -> tuple[int, int]:
    """The span (start, end) grown over the words around it that its value already reads; not over
    a capitalised word, a name's ("jeudi au Midi Libre", "samedi au Matin Dimanche")."""
    start = _grown_back(text, lowered, start, value)
    if value.precision in ("day", "month"):
        after = _DIRECTION_AFTER.match(lowered, end) or (
            value.precision == "day" and (_PART_OF_DAY_AFTER.match(lowered, end) or _TIME_AFTER.match(lowered, end))
        )
        if after and after.re is _PART_OF_DAY_AFTER:
            after = _TIME_AFTER.match(lowered, after.end()) or after  # "jeudi soir à 21 heures"
        if after and not any(char.isupper() for char in text[end : after.end()]):
            end = after.end()
    return start, end


def _grown_back(text: str, lowered: str, start: int, value: Value) -> int:
    """The start moved back over a year's noun or event, then over a frame, or a clock time before a day."""
    # 60 characters: "le jugement du tribunal correctionnel de Lille du" names its court before its day
    before, text_before = lowered[max(0, start - 60) : start], text[max(0, start - 60) : start]
    cue = _HORIZON_CUE.search(before)
    if not cue and value.unit == "year" and not value.is_open:
        noun = _YEAR_NOUN_BEFORE.search(before) if value.precision == "year" else None
        cue = noun or _PERIOD_NOUN_BEFORE.search(before) or _EVENT_BEFORE.search(text_before)
        cue = cue or (value.precision == "year" and _LAW_OF_YEAR_BEFORE.search(before))
    if cue:
        start -= len(before) - cue.start()
        before = lowered[max(0, start - 30) : start]
    moment = _TIME_BEFORE.search(before) or (lowered[start : start + 1].isdigit() and _MOMENT_OF.search(before))
    frame = _FRAME_BEFORE.search(before)
    if frame and frame.group().startswith("vers") and _TOWARDS.search(before, 0, frame.start()):
        frame = None  # a direction: "se tournent vers 2027"
    if frame and frame.group().startswith("autour") and cue and cue.re is not _YEAR_NOUN_BEFORE:
        frame = None  # a topic, no hedge: "le débat autour du budget 2027" ("autour de l'an 1000" is one)
    frame = frame or (
        value.precision == "day" and (_ACT_BEFORE.search(before) or _STEP_BEFORE.search(before) or moment)
    )
    if frame:
        start -= len(before) - frame.start()
    return start
