"""The cues of the check-worthiness signals (`checkworthiness.read_signals`): words and patterns read
on the lower-cased sentence. General French, no name of anyone or anything.

Cues are single words where they can be (a set lookup per word, several times faster than a regular
expression per cue list), phrases where they must.
"""

import re

from annotations.nlp.checkworthiness_figures import ABOUT, ROUND_COUNT_WORDS
from annotations.nlp.lexicon import MONTHS, WEEKDAYS, words

# "d'après" names a source, "l'après-midi" is a time of day ("en fin d'après-midi").
REPORTING = re.compile(
    r"\b(?:selon|d'après(?!-midi)|citée?s?\s+par|(?:consulté|obtenu|recueilli|révélé|publié|communiqué)e?s?\s+par|"
    # an inverted incise, an adverb allowed: "a-t-il également déclaré", "a-t-elle lancé"
    r"a-t-(?:il|elle|on) (?:(?:[a-zà-ÿ]+ment|aussi|encore)\s+)?(?:dit|déclaré|ajouté|affirmé|précisé|expliqué|indiqué|"
    r"annoncé|souligné|assuré|lancé|poursuivi|insisté|martelé|rétorqué|répliqué|répondu)|"
    # a denial in the present, a fact disputed: "ce que l'ordre dément", "ce que les rebelles démentent", "le club
    # dément avoir reçu une offre" (not the adjective, "un concert dément", "c'est un projet dément")
    r"démentent|\bqu(?:e\s+|')(?:[^\s,;.]+\s+){0,4}?dément\b|\bdément\s+(?:[a-zà-ÿ]+ment\s+)?"
    r"(?:toute?s?|tous|les?|la|l'|des|ces?|cette|cet|une?|avoir|être|que|qu'|son|sa|ses|leurs?)(?:\b|(?<='))|"
    # a figure a source puts forward: "le syndicat avance, lui, le chiffre de 45 %", "la police évoque un chiffre de"
    r"(?:avance|avancent|avançait|avançaient|évoque|évoquent|cite|citent|retient|retiennent)(?:\s*,\s*\w+\s*,)?"
    r"\s+(?:le|un)\s+chiffre\s+(?:de|d')|"
    # a report in the present: "les chiffres du ministère font état d'une baisse de 4 %"
    r"(?:fait|font|faisait|faisaient)\s+(?:(?:[a-zà-ÿ]+ment|pourtant|aussi|encore|déjà)\s+)?état\s+(?:de|d')|"
    r"(?:a|ont|avait|avaient)\s+(?:\w+\s+)?(?:déclaré|affirmé|annoncé|indiqué|expliqué|précisé|assuré|confirmé|"
    r"révélé|reconnu|dénoncé|accusé|démenti|admis|ajouté|souligné|dit|répondu|répliqué|écrit|rapporté|"
    r"rappelé|signalé|répété|fait savoir|fait état)|"
    r"(?:déclarent|affirment|annoncent|indiquent|expliquent|précisent|assurent|confirment|révèlent|"
    r"reconnaissent|rapportent|rappellent|signalent|"
    r"déclare|affirme|annonce|indique|explique|précise|assure|confirme|révèle|reconnaît|rapporte|"
    r"rappelle|signale)\s+(?:que|qu')|"
    # a cause given by a source: "la direction invoque la baisse", "les chercheurs l'attribuent à" (not
    # "le jury attribue le prix à", "la région attribue une aide aux éleveurs": awarding)
    r"invoque|invoquent|impute|imputent|(?:l'|les\s)(?:attribue|attribuent)\s+(?:à|au|aux)|"
    # ... or what happened, named: "la société attribue la situation à une avarie", "attribuent la hausse des
    # prix au gel" (not a prize awarded, "attribue le prix au lauréat")
    r"(?:attribue|attribuent)\s+(?:la|le|les|l'|cette|ce|cet|ces|sa|son|ses|leur|leurs)\s*(?:situation|hausse|"
    r"baisse|recul|chute|panne|pannes|coupures?|retards?|incidents?|accidents?|pénurie|crise|difficultés|pertes|"
    r"déficit|mortalité|fermeture|dégradation|augmentation|diminution|repli|progression|flambée|envolée)\b[^,;.]*?\s(?:à|au|aux)\s|"
    r"(?:explique|expliquent)\s+(?:\w+'?\s*){0,3}?par|"
    r"arguant|affirmant|expliquant|assurant|soulignant|précisant|indiquant)\b",
)
# A court's finding, what it ruled: "la Cour de cassation a jugé mercredi que les coursiers devaient être considérés
# comme des salariés", "la haute juridiction a estimé que le préfet n'avait pas démontré ..." (a fact to check as a
# ruling; its past modal is the ruling's, not a stance). Not a chamber of commerce nor a school yard, nor
# whoever speaks after a clause that names the court ("devant le tribunal, l'avocat a estimé que", "condamné par
# le tribunal, l'ancien maire a estimé que"): the court is the subject, a comma only around an incise ("la
# juridiction, saisie par l'association, a estimé que").
RULERS = words("tribunal cour juridiction conseil juge juges magistrat magistrats")
RULED = re.compile(
    # the court, not the yard: "dans la cour, les élèves ont jugé que", "dans la basse-cour, le fermier a constaté que"
    r"(?<!dans\sla\s)(?<!de\sla\s)(?<!sur\sla\s)(?<!-)"
    r"\b(?:tribunal|cour|juridiction|conseil\s+d'état|conseil\s+constitutionnel|juges?|magistrats?)\b"
    r"(?:,[^.;«»,]{1,50},|[^.;«»,]){0,60}?"
    r"\b(?:a|ont|avait|avaient)\s+(?:jugé|estimé|considéré|relevé|retenu|conclu|constaté)\s+"
    r"(?:[^\s,;.]+\s+){0,2}?(?:que|qu')"
)
# A figure conceded by a source, in the present: "le rectorat reconnaît 180 heures non remplacées", "la direction
# admet une quarantaine de départs" is a report of a figure (not a thing acknowledged, "reconnaît ses torts",
# "admet le principe", nor an age, "admet les enfants de 3 ans", which has its figure further on, nor a rate let in,
# "l'école admet 30 élèves par classe"; a capacity told bare, "la salle admet 200 personnes", is still read).
CONCEDES = words("reconnaît reconnaissent admet admettent concède concèdent")
CONCEDED = re.compile(
    r"\b(?:reconnaît|reconnaissent|admet|admettent|concède|concèdent)\s+(?:(?:désormais|aujourd'hui|toutefois)\s+)?"
    rf"(?:{ABOUT}\d|une?\s+(?:{'|'.join(sorted(ROUND_COUNT_WORDS))})\b)"
    r"(?![^,;.]*\bpar\s+(?:classe|jour|an|mois|semaine|séance|heure|personne)\b)"
)
# "selon X," / "d'après X," / "consultés par notre rédaction": a source, whoever it is.
ATTRIBUTION_WORDS = words("selon d' par")
ATTRIBUTION = re.compile(
    r"\b(?:selon|d'après(?!-midi)|(?:consulté|obtenu|recueilli|révélé|cité)e?s?\s+par)\b[^,;:.!?«»\"]*",
)
# A past participle after an auxiliary: "a investi", "avait quitté", "ont été incubées", "a mis".
PARTICIPLE = r"[a-zà-ÿ]+(?:é|ée|és|ées|i|ie|is|ies|it|ite|u|ue|us|ues|ert|erte|int|inte|aint|eint|ort|fait|faite)"
NOT_PARTICIPLES = words(
    "été aussi ainsi parmi ici lui qui oui fini déjà jamais plus moins tous tout toute très bien mal pu "
    "gratuit gratuite gratuits gratuites petit petite petits petites"  # adjectives: "l'entrée est gratuite"
    " jusqu"  # a deadline, "ils ont jusqu'au 30 septembre pour déclarer": "jusqu'" ends in u, no participle
    " qu lorsqu puisqu"  # "n'est qu'une étape", "n'a qu'un salarié": the elided "que" ends in u too
)
# Between them, adverbs ("sont même entrés en récession", "a en outre décidé", "a par ailleurs signé"; not
# "encore", which mostly denies, "n'a pas encore dit") or a pronoun in an incise ("le nombre de ventes a, lui,
# chuté de 18 %").
PAST_EVENT = re.compile(
    rf"\b(?:a|ont|avait|avaient|aurait|auraient|eut|eurent|est|sont|était|étaient)\s*(?:,\s*(?:lui|elle|eux|elles),)?"
    rf"\s+(?:(?:[a-zà-ÿ]+ment|déjà|aussi|également|finalement|alors|pas|jamais|plus|enfin|bien|vite|été|même|"
    rf"presque|en\s+outre|par\s+ailleurs|à\s+nouveau|de\s+nouveau|ensuite|d'abord)\s+)*({PARTICIPLE})\b",
)
# What a law, a decree, a ruling or a decision does, in the present: a measure in force.
MEASURES = words(
    "impose imposent interdit interdisent autorise autorisent oblige obligent supprime suppriment instaure "
    "instaurent abroge abrogent plafonne plafonnent annule annulent suspend suspendent"
)
# A measure's verb as such: not denied ("rien n'interdit de penser", "ne supprime pas") nor
# pronominal ("la réforme s'impose").
MEASURE = re.compile(rf"(?<!n')(?<!ne )(?<!s')\b(?:{'|'.join(sorted(MEASURES))})\b")
# "aurait démissionné": the press's conditional, a past event reported and not yet confirmed.
AUXILIARIES = words("a ont avait avaient aurait auraient eut eurent est sont était étaient")
COPULA_PARTICIPLE = re.compile(r"\b(?:a|ont|avait|avaient)\s+été\s+(?:un|une|le|la|les|des|très|si|plus)\b")
COMPARISON_WORDS = words(
    "hausse baisse record davantage double triple moitié inférieur inférieure inférieurs inférieures "
    "supérieur supérieure supérieurs supérieures "
    # "les pertes dépassent 80 %", "la dette a dépassé le budget" (not the noun: "informée des dépassements")
    "dépasse dépassent dépassé dépassée dépassés dépassées dépassait dépassaient dépassant dépasser "
    # a streak or no change is told against the years before: "la quatrième année consécutive", "reste inchangé"
    "consécutif consécutive consécutifs consécutives inchangé inchangée inchangés inchangées"
)
COMPARISON_STEMS = tuple(
    words("augment diminu progress recul doubl tripl multipli divis chut bondi grimp baiss rédui réduct revaloris")
)
COMPARISON_STARTS = words(
    "plus moins contre passé passée passés passées rapport avance écart fois tête jamais non devant"
)
# What a ratio is taken of: "deux fois la taille", "trois fois le montant", "quatre fois la moyenne".
RATIO_OF = (
    "taille|surface|superficie|montant|prix|coût|somme|valeur|nombre|volume|poids|hauteur|longueur|largeur|"
    "distance|vitesse|quantité|capacité|population|budget|salaire|revenu|smic|moyenne|niveau|total|chiffre|"
    "production|consommation|dose|seuil|limite|norme|plafond|effectif|part|record"
)
# Not an age group: "l'entrée est gratuite pour les moins de 18 ans", nor a target's bound ("vise moins de 2 000 morts").
COMPARISON = re.compile(
    r"(?<!les )(?<!vise )(?<!visent )\b(?:plus|moins)\s+(?:de|d'|que|qu')|\bcontre\s+(?:\d|plus|moins)|\bpassée?s?\s+de\b"
    r"|\bpar\s+rapport\s+(?:à|au|aux)\b"  # "gagne six points par rapport à la vague de mars"
    # a lead in a standing: "conserve le maillot jaune avec 12 secondes d'avance", "trois points d'écart"
    r"|\b(?:points?|secondes?|minutes?|longueurs?|voix|buts?|sièges?)\s+d'(?:avance|écart)\b"
    # a record, a superlative against all the past: "le plus chaud jamais mesuré", "la plus grosse vente de
    # l'histoire du club", "sa plus faible étendue hivernale jamais mesurée"; not a negation, "plus rien ne sera
    # jamais comme avant", "plus personne ne viendra jamais"
    r"|\b(?:plus|moins)\s+(?:(?!(?:ne|rien|personne|aucun|aucune)\b)[a-zà-ÿ]+\s+){1,3}?"
    r"(?:jamais|de\s+(?:l'|son\s+|sa\s+|leur\s+)histoire)\b"
    # a ratio: "30 % moins chers", "1,6 fois plus élevé", "moitié moins cher", "2,6 fois la taille de la
    # Terre", a size word after "fois le" (not a repeat count, "a lu deux fois le rapport", "trois fois par an")
    r"|%\s+(?:plus|moins)\b|\bmoitié\s+(?:plus|moins)\b|(?:\d|\b(?:deux|trois|quatre|cinq|dix|cent))\s+fois\s+"
    rf"(?:plus|moins|(?:la|le|les|l')\s*(?:{RATIO_OF})\b)"
    # a rank ("arrive en tête du premier tour", "en tête, devant"; not "en tête de liste", "de cortège") and a
    # record told after its noun ("un chiffre jamais atteint", "du jamais vu"; not "il n'a jamais atteint")
    r"|\ben\s+tête\b(?!\s+de\s+(?:liste|cortège))|\b(?:une?|des|du)\s+[a-zà-ÿ]+\s+jamais\s+(?:atteinte?s?|égalée?s?|"
    r"enregistrée?s?|mesurée?s?|observée?s?|vue?s?)\b|\bdu\s+jamais\s+vu\b"
    # a figure corrected against the wrong one: "22 000 festivaliers et non 32 000", "31 %, et non de 37 %" (not a
    # name or a kind, "et non le lycée Pascal", "et non d'une preuve")
    r"|\bet\s+non\s+(?:pas\s+)?(?:de\s+|d'|à\s+|le\s+|la\s+|les\s+)?\d"
    # a superlative since a past point, a record, the point close after it: "la tempête la plus coûteuse pour les
    # assureurs depuis 2010" (not a superlative that names people, then what they do: "les plus motivés font la queue
    # devant la salle depuis 5 heures")
    r"|\b(?:le|la|les)\s+(?:plus|moins)\s+(?!(?:de|mal|souvent|tôt|tard|vite|encore|beaux?|belles?|bel)\b)[a-zà-ÿ]+\s+"
    r"(?:[^\s,;.]+\s+){0,4}?depuis\b"
    # a rank held, then who follows it: "reste le premier producteur de café, devant le Vietnam", "forment la clientèle
    # la plus nombreuse, devant les Français", "termine deuxième, devant Lille"; the rank after a verb of being or of
    # ranking, so not a title, a time or a scene ("le premier président a parlé, devant les magistrats", "la troisième
    # édition s'est ouverte, devant les élus", "pour la deuxième fois, devant les caméras"), nor an audience ("devant un
    # public clairsemé")
    r"|\b(?:est|sont|était|étaient|reste|restent|restait|demeure|demeurent|devient|deviennent|forme|forment|constitue|"
    r"constituent|arrive|arrivent|termine|terminent|finit|classe|classent|occupe|occupent)\s+(?:[^\s,;.]+\s+){0,3}?"
    r"(?:premi(?:er|ère)s?(?!\s+(?:fois|ministre|adjointe?|secrétaire|rang|jour|plan|à)\b)|\w+ième(?!\s+fois\b)"
    r"|(?:le|la|les)\s+(?:plus|moins)\s+[a-zà-ÿ]+)\b[^.;,]*,\s*devant\s+(?!(?:une?|des)\b)"
)
# A comparison through its adjective ("les filles sont moins actives que les garçons", "plus chers qu'en 2024") and a
# superlative within its set, a rank ("la ligne la moins ponctuelle du réseau", "le plus mauvais résultat de la
# ligne"; a set named as a whole, not a list, "le plus élevé des quatre niveaux" of a scale); not through an adverb
# ("ça va plus mal qu'avant", "le plus souvent"), nor an age group ("les plus de 65 ans"), nor a set of the speaker's
# ("les plus précaires d'entre nous"), nor a size (`_NO_SIZE`). Read apart from COMPARISON: said of a kind ("Une piste
# mal conçue est plus dangereuse que pas de piste"), it is no measure (`read_signals`).
MORE_OR_LESS = words("plus moins")
_NO_ADJECTIVE = r"(?!(?:de|mal|souvent|tôt|tard|vite|encore|rien|jamais|personne|loin|près)\b|d')"
# A superlative of size or distance describes a thing, as a guide does ("la piste, longue de 4,4 kilomètres, est la
# plus longue du circuit", "le plus haut sommet du massif", "l'arrêt le plus proche de la mairie", whose "de" is the
# adjective's own), one of taste judges it ("elle a la plus belle voix du chœur"): no measure to check.
_NO_SIZE = (
    r"(?!(?:long|longue|haut|haute|grand|grande|petit|petite|large|profond|profonde|vaste|proche|éloigné|éloignée|beau|"
    r"beaux|bel|belle|joli|jolie|charmant|charmante|agréable|émouvant|émouvante|talentueux|talentueuse|doué|douée)s?\b)"
)
COMPARED_THROUGH = re.compile(
    # (not a phrase that compares with nothing, "ce n'est pas plus compliqué que ça"; "ne ... plus ... que" is read,
    # a change told, "les communes ne sont plus alimentées qu'un jour sur trois")
    rf"\b(?:plus|moins)\s+{_NO_ADJECTIVE}[a-zà-ÿ]+\s+(?:que\b(?!\s+(?:ça|cela)\b)|qu')"
    rf"|\b(?:le|la|les)\s+(?:plus|moins)\s+{_NO_ADJECTIVE}{_NO_SIZE}[a-zà-ÿ]+\s+(?:[a-zà-ÿ]+\s+)?(?:du|de\s+(?:la|l')|d'(?!entre\b))"
)
OPINION_WORDS = words(
    "pense pensent pensons pensait pensaient crois croit croient croyons croyait craint craignent craignait "
    "craignaient espère espèrent espérons espérait souhaite souhaitent souhaitons semble semblent semblait paraît "
    "voyait voyaient imaginent imagine rêve rêvent estime estiment juge jugent regrette regrettent salue saluent "
    "félicite félicitent réjouit réjouir déplore déplorent trouve trouvons compris comprend comprennent "
    "préoccupation préoccupations inquiétude inquiétudes crainte craintes espoir espoirs probablement "
    "heureusement malheureusement hélas évidemment formidable gâchis honte scandale inacceptable merci bienvenue "
    "bonjour"
)
# "Estimer à" with a figure is an estimate, a figure to check, not a stance: "les magistrats estiment à 1,2
# milliard le besoin", "la police estimait entre 3 000 et 4 000 le nombre de manifestants", "estiment à trois
# millions d'euros le coût" (not "estime que", "estime nécessaire", "estime à juste titre"; nor oneself, "la
# joueuse s'estime à 100 %", nor the odds one gives, "estime à 50 % les chances de qualification").
ESTIMATE = re.compile(
    r"(?<!s')(?<!m')\bestim(?:e|ent|ait|aient)\s+(?:(?:désormais|aujourd'hui|alors|pour\s+sa\s+part)\s+)?"
    r"(?:à|entre)\s+(?:(?:près|plus|moins)\s+(?:de\s+|d')|(?:environ|quelque|au\s+moins)\s+)?"
    r"(?:\d(?![\d\s,.]*%\s+(?:les|ses|leurs|la|sa)\s+(?:chances|probabilités?)\b)"
    r"|(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|douze|quinze|vingt|trente|quarante|cinquante|soixante|cent|"
    r"mille|une?\s+(?:million|milliard|millier|centaine)|plusieurs\s+(?:million|milliard|millier|centaine))s?\b"
    r"(?!\s+(?:reprises|titres|égards)\b))"  # not "estime à deux reprises que"
)
ESTIMATE_WORDS = words("estime estiment estimait estimaient")
ESTIMATE_WORD = re.compile(r"\bestim(?:e|ent|ait|aient)\b")  # each of them, to tell whether all are estimates
OPINION_STARTS = words("il c' ce sans peut bien invité invitée invités invitées prié priée priés priées")
OPINION = re.compile(
    r"\b(?:il est|c'est|il semble|il paraît|ce n'est pas)\s+(?:\w+\s+)?(?:essentiel|important|impératif|nécessaire|"
    r"crucial|urgent|temps|clair|évident|possible|probable|dommage|regrettable|indispensable|facile|difficile|"
    r"normal|inacceptable|scandaleux|"
    # advice put impersonally: "il est conseillé d'éviter l'A10", "il est recommandé aux habitants de"
    r"conseillé|recommandé|déconseillé|préférable|souhaitable)|\b(?:sans doute|peut-être|bien sûr)\b"
    # ... or in the passive: "les usagers sont invités à reporter leurs trajets", "sont priés de" (not a guest,
    # "le maire est invité à la cérémonie")
    r"|\b(?:est|sont)\s+(?:\w+\s+)?(?:invitée?s?\s+à\s+(?:ne\s+pas\s+)?(?:(?:les|le|la|se|en|y)\s+|l'|s')?[a-zà-ÿ]+(?:er|ir|re)\b|priée?s?\s+de)",
)
# "juge" as a noun, after a determiner ("le juge d'instruction", "au juge des référés"; not the pronoun, "il le
# juge inutile", "qui la juge trop chère").
JUDGE_NOUN = re.compile(
    r"(?<!\bil )(?<!\belle )(?<!\bon )(?<!\bqui )(?<!\bne )\b(?:le|un|du|au|ce|son|leur|d'un)\s+juge\b"
)
JUDGE_WORD = re.compile(r"\bjuge\b")  # the word, noun or verb ("jugement" and "juges" are others)
# Present and conditional modals. A past one ("devait", "pouvait") is an obligation or a
# possibility too, unless the sentence gives figures: "il devait coûter 4 millions" is a past plan,
# a fact to check against what it cost.
MODALS = words(
    "doit doivent devrait devraient devrions devons pourrait pourraient peut peuvent faut faudrait risquent "
    "risquons serait seraient"
)
# "risque" is a modal as a verb with its "de" ("le projet risque de prendre du retard"), not as a noun
# after a determiner, a preposition or an adjective ("27 % de risque en plus", "un vrai risque de").
RISK_VERB = re.compile(r"(\S+)\s+risque\s+d(?:e\s|')")
RISK_NOUN_BEFORE = words(
    "le un du de d' au ce ces les des sans à en par contre tout aucun haut gros grand fort faible vrai réel "
    "sérieux moindre premier seul même nouveau"
)
# An instruction: a sentence opening with a verb in the imperative, then what an order takes (a
# complement, a pronoun): "Pensez à garder vos factures", "Méfiez-vous des faux sites", "Appelez le 15";
# advice as "vous devez" is ("Évitez tout déplacement", "Comptez environ trois heures"). Not "chez", "assez",
# "rendez-vous", nor a name in -ez ("Suez annonce",
# "Fernandez, 34 ans,", "Rodez tout entier", "Sanchez tout juste réélu"); a question ("Comptez-vous vous
# représenter ?") is left to the reader.
_IMPERATIVE_VERB = (
    r"(?:(?!chez\b|assez\b)[a-zà-ÿ]{2,}ez(?:-(?:vous|en|y|le|la|les|moi|nous|lui|leur)\b(?<!rendez-vous)"
    r"|(?=\s+(?:à|au|aux|de|du|des|d'|vos|votre|le|la|les|l'|un|une|que|qu'|bien|toujours|jamais|plutôt|vite|"
    r"en|y|ne|pas|sur|dans|par|pour|avant|dès|tout(?!\s+(?:entier|juste|sourire|feu)\b)|toute(?!\s+entière\b)|tous|toutes|"
    r"environ)\b))"
    # ... and "faire" before its infinitive, a recipe's step: "faites fondre le beurre" (not "les annonces faites",
    # nor the participle before a preposition, "Faites entre 2019 et 2022, ces dépenses ...")
    r"|faites\s+(?!(?:entre|contre|outre|derrière)\b)(?=[a-zà-ÿ]{3,}(?:er|ir|re)\b))"
)
IMPERATIVE = re.compile(rf"\W*{_IMPERATIVE_VERB}")
# The imperative after a leading phrase of purpose, place, time or condition and its comma: "Pour obtenir un
# composteur, remplissez le formulaire", "Dans un moule, faites fondre le beurre", "En cas de doute, appelez le 15"
# (not a subject after the comma, "Pour le maire, vous avez tort", nor a name, "Dans l'Aveyron, Rodez a perdu": the
# verb, group "verb", is in lower case in the sentence as written, checkworthiness_modals.is_modal).
LED_IMPERATIVE = re.compile(
    rf"\W*(?:(?:pour|dans|en|avant|après|dès|sur|pendant|lors|si)\b|s')[^,;:.?!«»\"]{{1,60}},\s*"
    rf"(?P<verb>{_IMPERATIVE_VERB})"
)
PAST_MODALS = words("devait devaient pouvait pouvaient fallait")
# "devoir" meaning "owe", not "must": after "lui" or "leur", or before a number ("on lui doit la création
# du parc", "l'État leur doit 2 millions", "la commune doit 300 000 euros").
OWE_FORMS = words("doit doivent")
OWED = re.compile(r"\b(?:lui|leur)\s+(?:doit|doivent)\b|\b(?:doit|doivent)\s+\d")
# A person's life rather than a public fact: an age, a birth, a death, a family ("la boulangère de 38 ans",
# "née le 14 mai 1949", "est morte dimanche", "laisse trois enfants", "il laisse une épouse, ...").
PERSONAL_STARTS = words(
    "ans années âge âgé âgée né née nés nées mort morte décédé décédée éteint éteinte laisse enfants fils fille père mère"
)
PERSONAL = re.compile(
    # an age: not a group's ("les moins de 25 ans"), a sentence's ("de 5 ans de prison"), a term's ("un
    # contrat de 15 ans", "la retraite à l'âge de 64 ans"), a rule's ("le vote dès l'âge de 16 ans", so "depuis
    # l'âge de" only: "il joue du violon depuis l'âge de six ans"); "(?=de\s)" first, so that the lookbehinds are
    # tried before "de" only
    r"\b(?=de\s)(?<!moins )(?<!plus )(?<!près )(?<!âge )(?<!contrat )(?<!bail )(?<!plan )(?<!mandat )"
    r"(?<!prêt )(?<!peine )(?<!délai )(?<!durée )(?<!période )(?<!depuis )"
    r"de\s+\d+\s+ans\b(?!\s+(?:de|d')\s*\w)|(?<!retraite )\b(?:à|depuis) l'âge de\b|\bâgée?s?\s+de\b|"
    r"\bnée?s?\s+(?:le|en|à|dans)\b|"
    r"\b(?:est|sont)\s+(?:morte?s?|décédée?s?)\b|\bs'est\s+éteinte?\b|\blaisse\s+(?:\w+\s+)?(?:enfants|épouse|époux|veuve|veuf)\b|"
    # a husband, a wife, a partner left as family, listed ("il laisse une femme et deux enfants"; not "la justice
    # laisse une femme sans protection", someone left in a state)
    r"\blaisse\s+(?:\w+\s+)?(?:mari|femme|compagne|compagnon)\b(?=\s*(?:[,.;]|et\b|$))|"
    # a portrait's opening: "À 34 ans, elle a tout quitté", "Fils d'un boulanger, il a grandi"
    r"^\W*à\s+\d+\s+ans\s*,|^\W*(?:fils|fille)\s+(?:de|d'|du|des)\b|"
    # the years a person spent somewhere, a life told: "il a passé quarante ans en mer", "elle y a passé dix ans";
    # not after a dated participle, what a thing or a record went through ("construit en 1960, il a passé
    # quarante ans sans travaux", "déposé en 2019, il a passé trois ans au Sénat"), nor a term in office, a
    # public fact ("elle a passé vingt ans à la tête de l'hôpital")
    r"^(?!\W*[a-zà-ÿ]+(?:é|ée|és|ées|i|is|it|ite|u|ue|us)\s+(?:[^\s,]+\s+){0,3}?en\s+\d{4}\s*,)"
    r".*?\b(?:il|elle)\s+(?:y\s+)?a\s+passé\s+(?:\w+\s+){1,2}?(?:ans|années)\b"
    r"(?!\s+(?:à\s+la\s+(?:tête|présidence|direction)|au\s+(?:poste|gouvernement))\b)"
    # an age told in passing: "elle avait gravi le mont Blanc à 70 ans" (not a sentence, "condamné à 3 ans de
    # prison", nor a rule's age, "la retraite à 64 ans", "le vote à 16 ans", nor a group's, "de 18 à 34 ans")
    r"|(?<!retraite )(?<!vote )(?<!\d )\bà\s+\d+\s+ans\b(?!\s+(?:de|d')\s*\w)"
    # a family: "il était père de trois enfants", "grand-mère de sept petits-enfants"
    r"|\b(?:père|mère)\s+de\s+(?:\w+\s+)?(?:enfants|petits-enfants|filles|fils)\b"
)
# Subject and object pronouns only: "nos céréaliers", "notre pays" name things, not the speaker.
FIRST_PERSON = words("je j' nous me m' moi")
# A live blog's time stamp before its entry ("10 h 58 – « On est là »", "8 h 40 — Évitez la route"): what
# a sentence opens with (a quotation, an imperative, an indefinite subject) is read after it.
STAMP = re.compile(r"\W*\d{1,2}\s?h\s?\d\d\s*[–—:-]\s*")
QUOTED = re.compile(r"«[^»]*»|\"[^\"]*\"")
# A sentence that opens with someone's words and goes on to who said them: a quotation then a comma ("« C'est terminé », lance le président"), or of three words
# at least ("« Le Monde » a révélé" opens on a title); before a closing guillemet a space stands as a
# rule, before a closing straight quote none.
_LONG_QUOTE = r"(?:«\s*(?:[^»\s]+\s+){3,}[^»]*»|\"(?:[^\"\s]+\s+){2,}[^\"]*\")"
OPENING_QUOTE = re.compile(rf"\W{{0,3}}(?:(?:«[^»]*»|\"[^\"]*\")\s*,|{_LONG_QUOTE})\s*\w")
WORD = re.compile(r"\w+'?")  # a word with its elided apostrophe: "j'", "qu'", "aujourd'"
# What a reader pays or does to get in: with a price or "gratuit", practical information ("L'entrée
# coûte 5 euros", "le pass est vendu 119 euros", "les inscriptions sont gratuites"), no claim.
ACCESS = words(
    "entrée entrées billet billets pass abonnement abonnements ticket tickets tarif tarifs forfait forfaits "
    "inscription inscriptions réservation réservations adhésion"
)
FREE = words("gratuit gratuite gratuits gratuites")
# A listing's opening, where and until when to see a show: "À voir jusqu'au 14 décembre, de 12 à 28 euros."
LISTING = re.compile(r"\W*à\s+(?:voir|découvrir|écouter|retrouver|visiter)\b")
# After "est" or "sont", a participle that tells a state, not an event: a passive present ("le pass est
# vendu 119 euros", "la route est fermée", "le site est situé"); "est élu", "sont placés en garde à vue"
# tell what happened.
STATES = tuple(
    words(
        "ferm ouvert situé prévu vendu proposé réservé destiné composé constitué compris inclus limité interdit autorisé "
        "accessible disponible organisé conseillé recommandé attendu installé implanté équipé dédié consacré gratuit "
        # a rule of the code, "la conduite sans permis est punie d'un an" (not "a été puni", an event)
        "puni"
    )
)
BE_AUXILIARIES = words("est sont")
# A sentence about a kind, opening on an indefinite subject: its passive present tells a rule or a
# definition ("Un colis est considéré comme perdu après 30 jours", "Une licence est délivrée après un
# examen"), not an event; the verbs that take "être" in the past tense still tell one ("Un incendie
# est survenu", "Un cessez-le-feu est entré en vigueur"). A round count is no kind: "Une dizaine de
# manifestants sont interpellés" tells an event.
INDEFINITE_OPENING = re.compile(rf"\W*une?\s(?!(?:{'|'.join(sorted(ROUND_COUNT_WORDS))})\b)")
# What makes such a sentence a rule rather than an event ("Un homme est mis en examen" is one): a
# definition, a condition or a restriction, "considéré comme", "dès que", "lorsque", "si", "qu'après".
RULE_CUE = re.compile(
    r"\b(?:considérée?s?|réputée?s?|jugée?s?|qualifiée?s?)\s+comme\b|\b(?:dès|lorsqu|quand|si|sauf)\b|\bs'ils?\b"
    r"|\bqu'(?:après|à|en)\b"
)
# The past participles of the verbs that take "être" in the past ("est survenu", "est née").
BE_PARTICIPLE = re.compile(
    r"(?:entr|rentr|arriv|tomb|rest|décéd|mont|pass|retourn)ée?s?"
    r"|(?:mort|né|parti|reparti|venu|devenu|revenu|survenu|intervenu|parvenu|sorti|descendu|allé)e?s?"
)
# A state or a count since a past time: "s'applique depuis novembre 2021", "le plus bas depuis 1995",
# "la quatrième grève depuis janvier", "est victime depuis dimanche d'une cyberattaque" (not a place,
# "filmé depuis le balcon", nor a vague span, "depuis longtemps"; "depuis bientôt quatre ans" is one).
_DAYS = "|".join(sorted(MONTHS | WEEKDAYS | {"hier", "avant-hier"}))
_SPAN_WORDS = "deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze|vingt|trente|quarante|cinquante|cent"
SINCE = re.compile(
    rf"\bdepuis\s+(?:(?:bientôt|presque|près\s+de|plus\s+de|au\s+moins)\s+)?(?:le\s+|l'|la\s+)?(?:\d|1er\b|(?:{_DAYS})\b|"
    rf"(?:{_SPAN_WORDS})\b|début\b|fin\b|"
    r"(?:mois|an|année|été|hiver|printemps|automne|rentrée)\b)"
)
# Someone declining to comment: "n'a pas répondu à nos sollicitations", "n'a pas souhaité réagir" (no
# claim, though told with a reporting verb in the past).
NO_COMMENT_WORDS = words("pas erreur indiquions écrivions annoncions affirmions précisions mentionnions titrions")
NO_COMMENT = re.compile(
    r"\bn'(?:a|ont|avait|avaient)\s+pas\s+(?:(?:souhaité|voulu|pu|encore|immédiatement)\s+)*"
    r"(?:répondu|réagi|réagir|répondre|donné suite|commenter|commenté|s'exprimer|être jointe?s?)\b"
    # ... nor an error restated in a correction, the paper's own: "nous avons écrit par erreur que le pont avait
    # coûté 18 millions", "il a été indiqué par erreur", "comme indiqué par erreur" (not a mistake made, "la police a tiré par erreur sur un
    # passant", nor another's error told as news, "la préfecture a publié par erreur les adresses de 300 personnes")
    r"|\b(?:nous\s+avons|nous\s+avions|il\s+a\s+été|il\s+avait\s+été|comme)\s+(?:[a-zà-ÿ]+\s+){0,2}?"
    r"(?:écrit|indiqué|annoncé|affirmé|publié|mentionné|précisé|titré)e?\s+par\s+erreur\b"
    # ... or told in the paper's imperfect, what it had said before the correction: "nous indiquions que la dette
    # s'élevait à 84 millions", "nous écrivions à tort que" (not a report recalled as true, "comme nous
    # l'indiquions mardi, le conseil a voté", nor a follow-up that goes on to what came of it, "nous annoncions en
    # janvier que l'usine fermerait ; elle a licencié 230 salariés", "..., ce qu'il a fait ce matin": without "à
    # tort" or "par erreur", what was said must end the sentence)
    r"|\bnous\s+(?:[a-zà-ÿ]+\s+){0,2}?(?:indiquions|écrivions|annoncions|affirmions|précisions|mentionnions|titrions)\s+"
    r"(?:(?:[a-zà-ÿ]+\s+){0,2}?(?:à\s+tort|par\s+erreur)\s+(?:que|qu')"
    r"|(?:[a-zà-ÿ]+\s+){0,2}?(?:que|qu')(?![^;:—–]*(?:[;:—–]|\bce\s+qu))[^;:—–]*$)"
)
# A share of the people asked: their opinion measured is a poll's result, a figure to check ("citée par 47 %
# des sondés", "62 % des Français estiment que"), not an opinion the sentence states.
RESPONDENTS = re.compile(
    r"\d\s*%\s+(?:des|d')\s*(?:sondés|personnes\s+interrogées|interrogés|répondants|français|françaises|électeurs)\b"
)
# Who speaks of their own experience in a quotation: "« J'ai tout perdu »", "« On a vu des flammes »".
TESTIMONY = words("je j' me m' moi mon ma mes on")
# A judgement quoted in part as the object of a verb of judging: "a dénoncé « un budget d'austérité »",
# "qualifié ces chiffres de « préoccupants »" (not a fact quoted: "a annoncé « 42 suppressions de postes »").
JUDGED_QUOTE = re.compile(
    r"\b(?:dénonc|qualifi|fustig|salu|défend|promi|critiqu|regrett|jug)[a-zà-ÿ]*\s+(?:[^\s«]+\s+){0,4}?«"
)
