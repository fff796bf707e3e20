"""The cues of figures and measures for the check-worthiness signals (`checkworthiness.read_signals`): what
counts as a figure (digits, number words, shares, a first rank held) and what does not (telephone numbers, times of
day, codes, round counts), and the verbs that tell a measured state with its figure. Read on the lower-cased
sentence, as the other cues (`checkworthiness_cues`). General French, no name of anyone or anything.
"""

import re

from annotations.nlp.lexicon import words

NUMBER = re.compile(r"\d+(?:[.,\s]\d{3})*(?:[.,]\d+)?")
NUMBER_WORDS = words(
    "deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize vingt trente quarante "
    "cinquante soixante cent cents mille million millions milliard milliards "
    # A rank is a count too: "la troisième pollution en cinq ans", "remonte à la sixième place" ("premier"
    # and "second" are left out: "le Premier ministre", "le premier tour", "une seconde").
    "deuxième troisième quatrième cinquième sixième septième huitième neuvième dixième onzième douzième "
    "treizième quatorzième quinzième seizième vingtième trentième centième millième "
    # A share in words is a figure too: "un tiers des exploitations", "près de la moitié des paroisses".
    "quart quarts moitié"
)
# "quart" that is no share: "en quarts de finale", "un quart d'heure plus tard".
NOT_A_SHARE = re.compile(r"\bquarts?\s+(?:de\s+finale|d'heure)")
# Counted as figures too: a third of something ("un tiers des exploitations", "un tiers de la population";
# not a third party, "à un tiers", "un tiers de confiance", nor "les deux tiers se trouvent"), a first rank
# held ("reste la première source de", "est le premier producteur"; "premier" is no count elsewhere, "le
# Premier ministre", "le premier tour", nor in the plural, "les premières victimes", nor first in time, "est
# le premier à réagir", "c'est la première fois", "le premier pas").
MORE_FIGURES = re.compile(
    r"\btiers\s+(?:des|du|de\s+(?:la|l'|leurs?|ses|ces|nos|vos|son|sa|ce|cette|\d)|d'(?:entre|un|une|\d))"
    # (or what a group forms: "les Afghans forment le premier groupe de demandeurs", "constitue le premier poste")
    r"|\b(?:est|sont|reste|restent|demeure|demeurent|devient|deviennent|était|restait|forme|forment|constitue|"
    r"constituent)\s+"
    r"(?:(?:désormais|toujours|encore|aussi)\s+)?(?:le\s+premier|la\s+première)\b(?!\s+(?:ministre|à|fois|pas|étape)\b)"
)
MORE_FIGURES_WORDS = words("tiers premier première")
# Numbers that are no figure to check: a telephone number ("04 67 61 61 61", "0 800 12 34 56",
# "composez le 112", "au 32 50") and a time of day ("de 12 h à 14 h 30", "à 18 heures").
# Each opens on a digit, a "c" or an "a": the look-ahead spares the other positions the six alternatives.
NOT_FIGURES = re.compile(
    r"(?=[\dca])(?:\b0\s?\d(?:\d\d)?(?:[\s.]\d\d){3,4}\b"
    # (after a dialling verb, the whole number in its groups: "appelez le 02 98 00 00 00", not only its first pair;
    # Belgian, Swiss and Québec numbers, "composez le 02 512 34 56", "appelez le 058 463 00 00", "le 514 555-1234")
    r"|\b(?:composez|composer|appelez|appeler|contacter|contactez)\s+(?:le|au)\s+\d+(?:[\s.-]\d{2,4}\b)*\b"
    r"|\bau\s+\d\d\s\d\d\b(?!\s*\d)"
    # (not a duration: "l'emporte en 2 h 26 min 10 s", "y restent en moyenne 6 h 40")
    r"|(?<!\ben )(?<!moyenne )(?<!pendant )(?<!durant )\b\d{1,2}\s?h(?:\s?\d\d)?\b(?!\s?(?:\d\d\s?)?min)"
    r"|\b\d{1,2}\s+heures?\b(?!\s+(?:de|d'))"
    # digits in a name, after its letters: a code or a model ("SP95-E10", "la ligne T1", "l'A380", "le CO2")
    r"|(?<=[a-zà-ÿ])\d+)"
)
# A round count is colour rather than a figure to check: "une trentaine de témoins", "une centaine de
# parents" (a count is "214 salariés", "quarante élèves").
ROUND_COUNT_WORDS = words(
    "dizaine dizaines douzaine douzaines quinzaine quinzaines vingtaine trentaine quarantaine cinquantaine "
    "soixantaine centaine centaines"
)
ROUND_COUNT = re.compile(rf"(?:une|des|plusieurs|quelques)\s+(?:{'|'.join(sorted(ROUND_COUNT_WORDS))})\b")
# A habit's duration, someone's routine rather than a figure to check: "elle nage cinq heures par jour", "il court 45
# minutes chaque matin", "six jours sur sept" (ROUTINE_DAYS); not an average nor a share measured over a group
# (AVERAGED: "passent en moyenne 3 h 50 par jour", "un jeune sur cinq dort moins de sept heures par nuit", "40 % ..."),
# nor a rate of pay or a price ("gagne 60 euros par jour": no duration).
DURATION = re.compile(r"(?:heures?|h|minutes?|min|demi-heure|quart\s+d'heure)$")
HABIT_AFTER = re.compile(r"\s*(?:par|chaque|tous\s+les|toutes\s+les)\s+(?:jours?|nuits?|matins?|soirs?|semaines?)\b")
ROUTINE_DAYS = re.compile(r"(?<!que )\b(?:\d|un|deux|trois|quatre|cinq|six|sept)\s+jours?\s+sur\s+(?:sept|7)\b")
AVERAGED = re.compile(r"\bmoyenne\b|%|\bsur\s+(?:deux|trois|quatre|cinq|six|huit|dix|\d{2,})\b")
# A measured state or change, told in the present (or the imperfect) with its figure: "le site emploie 214 salariés", "la
# dette atteint 9 milliards", "le budget s'élève à 480 000 euros", "la part atteint désormais 16 %", "les
# ventes reculent de 2 %": what holds now is a fact, as an event is (not without a figure, "la hausse dépasse les attentes", nor a limit
# denied, "ne dépasse pas 50 euros"). "Compter" is left out: it describes a place or a body as often as it
# claims ("la commune compte 612 habitants") and tells an intention too ("elle compte embaucher 12 salariés").
_MEASURED = (
    "emploie emploient atteint atteignent dépasse dépassent représente représentent totalise totalisent recense "
    "recensent culmine culminent"
    # a change: the verbs only, the nouns being read by COMPARISON ("une baisse de 15 %" may be hoped for)
    " recule reculent augmente augmentent progresse progressent diminue diminuent grimpe grimpent bondit "
    "bondissent baissent chutent tombe tombent tombait tombaient redescend redescendent"
    # what is earned, with its figure: "un saisonnier gagne 60 euros par jour", "les éducatrices perçoivent 2 100 $"
    " gagne gagnent perçoit perçoivent"
    # a result, a rank, a share held: "le candidat obtient 46,3 %", "la liste recueille 1 200 voix", "se classe
    # 159e", "le pays assure 40 % de la production"
    " obtient obtiennent recueille recueillent assure assurent"
    # ... and in the imperfect, what held then: "le taux s'établissait à 2,1 % en novembre", "la dette atteignait"
    " employait employaient atteignait atteignaient dépassait dépassaient représentait représentaient totalisait "
    "totalisaient culminait culminaient"
    # what a stock covers, measured in time or in a share: "les réserves couvrent 4,8 mois d'importations"
    " couvre couvrent couvrait couvraient"
    # what a count or an account shows, with its figure: "le marché affiche un repli de 4,5 %", "affichait 38 °C"
    " affiche affichent affichait affichaient"
)
# What a show or a body gathers, counted, the count just after the verb: "l'exposition réunit 130 œuvres", "le
# réseau regroupe 42 communes", "le festival rassemble chaque année 80 000 spectateurs"; not a meeting, pronominal
# with its day or hour ("le conseil se réunit le 12 mars", "ils se rassemblent à 14 heures", "se réunit quatre fois
# par an"), nor a date after the verb ("le maire réunit le 3 juin les habitants").
_GATHERS = "réunit réunissent rassemble rassemblent regroupe regroupent"
MEASURED_VERBS = words(
    f"{_MEASURED} {_GATHERS} élève élèvent établit établissent élevait élevaient établissait établissaient classe classent"
    " pointe pointent occupe occupent hisse hissent détient détiennent détenait détenu"
)
# What may lead a figure, an approximation: "près de 4 millions", "plus d'un tiers", "environ 300".
ABOUT = r"(?:(?:près|plus|moins)\s+(?:de\s+|d')|environ\s+)?"
_MEASURED_VERB = (
    rf"\b(?:{'|'.join(_MEASURED.split())}|s'élève|s'élèvent|s'établit|s'établissent|s'élevait|s'élevaient|"
    r"s'établissait|s'établissaient|se\s+class(?:e|ent))\s+"
)
MEASURED = re.compile(
    rf"{_MEASURED_VERB}(?:(?!pas\s)[a-zà-ÿ]+\s+){{0,2}}?(?:à\s+|de\s+)?{ABOUT}"
    r"(?:\d|la\s+moitié|une?\s+(?:tiers|quart)\s|les\s+(?:deux\s+tiers|trois\s+quarts))"  # "emploie près d'un tiers des"
    # ... the figure in words, just after the verb: "les stocks couvrent quatre mois de besoins", "emploie douze salariés"
    # (not after "assurer" as providing a service, which counts its turns: "le maire assure deux permanences par
    # semaine"; "assure 40 % de la production" has its figure in digits)
    rf"|{_MEASURED_VERB}{ABOUT}(?<!assure\s)(?<!assurent\s)(?:{'|'.join(sorted(NUMBER_WORDS))})\b"
    # a rank held at a place: "le club pointe désormais à la troisième place", "occupe la 2e position"; the first
    # or last row a rank only with what it ranks ("le premier rang mondial", "le dernier rang du classement"), not
    # a row of seats ("les élus occupent le premier rang lors de la cérémonie", "le dernier rang de la classe")
    r"|\b(?:pointe|pointent|occupe|occupent|se\s+hisse(?:nt)?)\s+(?:(?:désormais|toujours|encore)\s+)?"
    r"(?:à\s+la\s+|au\s+|la\s+|le\s+)(?:\w+ième|\d+e|première|premier|dernière|dernier)\s+(?:place|rang|position)\b"
    r"(?!(?<=(?:premier|dernier)\srang)(?!\s+(?:mondial|européen|national|régional|des\s|du\s+classement)))"
    rf"|(?<!\bse\s)\b(?:{'|'.join(_GATHERS.split())})\s+(?:(?:chaque\s+année|cette\s+année|désormais|aujourd'hui|déjà|"
    rf"encore|au\s+total)\s+)?{ABOUT}(?:\d|(?:{'|'.join(sorted(NUMBER_WORDS))})\b)"
    # a record held: "le record reste détenu par l'automne 2022", "elle détient le record depuis 2009"
    r"|\brecord\s+(?:[^\s,;.]+\s+){0,3}?(?:est|reste|était|restait)\s+(?:toujours\s+|encore\s+)?détenu\b"
    r"|\bdét(?:ient|iennent|enait)\s+(?:toujours\s+|encore\s+|désormais\s+)?(?:le|ce)\s+record\b"
)
# A rank counted, a superlative of a participle after its noun, said of the subject: "le rein est l'organe le plus
# greffé", "la Corse reste la région la plus touchée", "c'est le titre le plus vendu" (what is done most is
# counted); not a judgement, so only participles of what is counted or measured, _COUNTED ("le joueur le plus doué",
# "le texte le plus critiqué", "la saison la plus chargée", "l'endroit le plus escarpé" hold no count), nor people
# named by a superlative ("les plus motivés font la queue": no noun before it), nor a description ("pour les
# communes les plus isolées", "l'un des condiments les plus utilisés": no rank held).
_COUNTED_ER = (  # verbs in -er: sold, used, visited, watched, affected, tested, awarded, raised
    "achet|consomm|export|import|cultiv|command|réserv|utilis|employ|parl|pratiqu|visit|fréquent|habit|regard|écout|"
    "consult|télécharg|partag|diffus|jou|emprunt|prêt|cit|recherch|demand|donn|sign|vot|observ|greff|contrôl|test|"
    "dépist|vaccin|touch|frapp|affect|menac|endett|peupl|pollu|sinistr|tax|impos|subventionn|condamn|sanction|"
    "médaill|titr|prim|récompens|nomin|cambriol|vol|attaqu|accident|élev|étoil|ensoleill|enneig|arros"
)
SUPERLATIVES = ("le plus ", "la plus ", "les plus ", "le moins ", "la moins ", "les moins ")  # its cheap first test
COUNTED_SUPERLATIVE = re.compile(
    r"\b(?:est|sont|reste|restent|demeure|demeurent|devient|deviennent|était|étaient|restait|restaient)\s+"
    r"(?:(?:désormais|toujours|encore|aussi)\s+)?(?:l'|le\s|la\s|les\s)\s*[a-zà-ÿœæ-]{3,}\s+(?:le|la|les)\s+(?:plus|moins)\s+"
    rf"(?:(?:{_COUNTED_ER})(?:é|ée|és|ées)|(?:vend|l|v|reç)ue?s?|(?:suivi|choisi)e?s?|(?:produit|prescrit|traduit)e?s?)\b"
)
# A rank held within a set, with the noun it ranks: "le pays reste le premier producteur d'Afrique de l'Ouest", "reste
# la première région productrice de porc", "la ville demeure la deuxième destination des touristes", or told with "être"
# and a superlative, "c'est le deuxième cancer le plus fréquent chez les femmes" ("le blé est la première culture de
# France", "l'État est le premier bénéficiaire de la flambée" state a textbook fact or a view); not a step or a time
# ("reste la première étape du projet"), nor an aim ("le dossier reste la première priorité du gouvernement").
RANKS = ("premi", "ième")  # its cheap first test
_RANK = r"(?:(?:désormais|toujours|encore|aussi)\s+)?(?:le|la|l')\s*(?:premier|première|[a-zà-ÿ]+ième|\d+e)\s+"
_RANKED = r"(?!(?:ministre|fois|pas|étape|jour|tour|temps|acte|volet|round|manche|épisode|enfant|fils|fille|priorité|objectif|cible|choix|option|piste)\b)[a-zà-ÿ-]{3,}\s+"
RANK_HELD = re.compile(
    rf"\b(?:reste|restent|restait|restaient|demeure|demeurent|devient|deviennent)\s+{_RANK}{_RANKED}"
    r"(?:(?:le|la|les)\s+(?:plus|moins)\s+[a-zà-ÿ]+\s+|[a-zà-ÿ]+\s+)?(?:de|d'|du|des|au|en|chez|dans|parmi)\b"
    rf"|\b(?:est|sont|était|étaient)\s+{_RANK}{_RANKED}(?:le|la|les)\s+(?:plus|moins)\s+[a-zà-ÿ]+\s+"
    r"(?:de|d'|du|des|au|en|chez|dans|parmi)\b"
)
# The adjectives of a size a superlative within a period counts ("la plus importante saisie cette année", "la plus
# forte baisse en cinq ans"), not of taste ("c'est la plus belle fête", "la plus triste nouvelle cette année").
SIZES = (
    "importante?|gros|grosse|forte?|grande?|long|longue|lourde?|haute?|faible|bas|basse|élevée?|massive|massif|"
    "meurtrière|meurtrier|rapide|chaude?|froide?"
)
# A time given to do something, a deadline, no figure to check: "le coureur dispose de deux mois pour faire appel",
# "les candidats ont dix jours pour déposer leur dossier" (not what it took, "il a fallu deux mois pour").
DEADLINE_WORDS = words("jours semaines mois")
DEADLINE = re.compile(
    r"\b(?:dispose|disposent|disposez|disposait|a|ont|avez|aura|auront)\s+(?:désormais\s+|encore\s+|donc\s+)?"
    r"(?:de\s+)?(?:\d+|un|une|deux|trois|quatre|cinq|six|huit|dix|quinze|trente)\s+(?:jours|semaines|mois)"
    r"(?:\s+\w+)?\s+pour\s+(?:(?:se|s'|en|y|le|la|les|l')\s*)?[a-zà-ÿ]+(?:er|ir|re)\b"
)
