"""The words of names headed by a common noun (see `institutions`): their heads, by the kind of name
they make, and the adjectives and complements an institution's head takes."""

from annotations.nlp.lexicon import words

# Heads of public bodies and organisations: ORG. Two-word heads are written with a space.
ORG_HEADS = words(
    "tribunal cour conseil chambre ministère préfecture sous-préfecture mairie rectorat académie parquet "
    "gendarmerie commissariat office caisse agence syndicat comité commission communauté institut "
    "observatoire conservatoire fédération confédération collectivité autorité diocèse barreau harmonie "
    "amicale musique samu sdis laboratoire"
) | {"centre hospitalier", "port autonome", "haute autorité", "haut conseil"}
# A labour court and a Belgian police zone with their place: "conseil de prud'hommes de Nanterre", "zone de
# police de Namur" (the model reads the place alone).
ORG_HEADS |= {"conseil de prud'hommes", "zone de police"}
ORG_HEADS |= {f"{unit} de gendarmerie" for unit in ("groupement", "compagnie", "brigade", "escadron", "peloton")}
ORG_HEADS |= {"grand port maritime", "grand conseil"}  # "Grand Port maritime de la Guadeloupe", "Grand Conseil vaudois"
ORG_HEADS |= {"haut-commissariat"}  # "le Haut-Commissariat au plan", "aux réfugiés"
# Belgian, Swiss and African courts of first instance: "le tribunal de première instance de Tunis"
ORG_HEADS |= {"tribunal de première instance"}
# Police units named by their kind and their place: "brigade anticriminalité de Seine-Saint-Denis".
ORG_HEADS |= {"brigade anticriminalité", "brigade criminelle", "brigade financière", "brigade territoriale"}
# and the gendarmerie's road, river and dog units: "brigade motorisée de Sélestat", "brigade fluviale de Paris".
ORG_HEADS |= {"brigade motorisée", "brigade nautique", "brigade fluviale", "brigade cynophile"}
# A body's head after "et de la", "et du": a second body, not the name's complement ("l'Agence de l'eau et
# de la préfecture", "l'Office du tourisme et du ministère"); a school of music keeps its arts.
SECOND_BODY_HEADS = (ORG_HEADS - words("musique harmonie")) | words("région département ville commune métropole")
# Military units, named by their number then their arm: "4e régiment de chasseurs", "27e brigade
# d'infanterie de montagne", "1er régiment étranger de cavalerie" (ORG); "le régiment" alone is none.
MILITARY_UNITS = words("régiment brigade bataillon escadron escadrille flottille")
MILITARY_ADJECTIVES = words(
    "étranger parachutiste parachutistes blindé blindée aéroporté aéroportée mécanisé mécanisée "
    "motorisé motorisée légère léger"
)
# The seats of governments, which stand for them ("les arbitrages de Matignon", "À Downing Street, on minimise"):
# ORG, not places nor people, but where someone meets ("une réunion à Matignon"), see `name_shapes`.
SEATS_OF_POWER = frozenset({"Matignon", "Quai d'Orsay", "Quai d’Orsay", "Downing Street", "Maison-Blanche", "Kremlin"})
# Heads too common to name a body without an adjective: "Direction générale de l'aviation civile",
# "police judiciaire de Marseille".
QUALIFIED_HEADS = words("direction service union délégation inspection police établissement juridiction")
# Elected assemblies and metropolitan bodies, capitalised with their territory ("l'Assemblée de Corse").
ASSEMBLY_HEADS = words("assemblée parlement congrès métropole eurométropole")
# The adjectives of a territory's communities that close its name, besides the nationalities: "la
# Communauté flamande", "la Région wallonne", "la Commission communautaire française".
COMMUNITY_ADJECTIVES = words("flamand flamande wallon wallonne bruxellois bruxelloise germanophone francophone")
# Chambers named by their country's adjective: "le Sénat italien", "le Parlement hongrois" (a state's
# house, not "le Sénat" of the text's own country alone).
CHAMBER_HEADS = words("sénat parlement congrès assemblée")
# Heads that name a body only capitalised, with their adjective: "la Coordination rurale", "le Parti
# socialiste" ("une coordination rurale" is any).
CAPITALISED_HEADS = words("coordination parti")
# Banks named by their head and an adjective, capitalised: "le Crédit agricole", "la Banque postale".
BANK_HEADS = words("crédit banque")
# Establishments and foundations named only capitalised, then a name or a proper complement: "le Théâtre
# des Arts", "l'Opéra de Rouen Normandie", "la Fondation Abbé-Pierre" ("l'opéra de Verdi" is none, nor a
# person's work, "le Théâtre de Molière": see `head_uses.is_no_name`). Not "Centre": "le Centre
# Bretagne" is a place.
CAPITALISED_ESTABLISHMENT_HEADS = words("opéra théâtre fondation philharmonie")
# and a coast's rescue centre, a Cross by its station's name ("le Cross Gris-Nez"; "le cross du collège" is a race)
CAPITALISED_ESTABLISHMENT_HEADS |= {"cross"}
# and a theatre named a "Comédie", capitalised: "la Comédie de Genève", "la Comédie-Française" ("une comédie de
# Molière" is a play)
CAPITALISED_ESTABLISHMENT_HEADS |= {"comédie"}
# Establishments: ORG, also when a proper name follows the head directly ("école Jules-Ferry").
ESTABLISHMENT_HEADS = words(
    "hôpital clinique polyclinique école collège lycée musée université chu restaurant paroisse chorale iut prison "
    "cégep crous"  # a Québec college ("cégep du Vieux Montréal"), a students' welfare office ("Crous de Lille")
    " chr chru chi"  # regional and intercommunal hospitals, as "CHU": "CHR Metz-Thionville", "CHI de Créteil"
) | {
    "centre hospitalier",  # "centre hospitalier Annecy Genevois"
    "centre pénitentiaire",  # prisons: "centre pénitentiaire de Fresnes", "maison d'arrêt de Nanterre"
    "maison d' arrêt",
    "maison centrale",
    "communauté de communes",  # "communauté de communes Gorges Causses Cévennes"
    "communauté d' agglomération",
}
# Heads that are establishments only written in capitals: "le CHI de Créteil", not "le club de tai-chi de Vannes"
# nor "Hô Chi Minh".
CAPITALS_ONLY_HEADS = words("chr chru chi")
# Shops and trades named by their owner's name right after the head: "Boulangerie Delattre" (ORG; "la
# boulangerie de Jean" is his). A cooperative is one with its trade and place ("coopérative laitière
# de Yenne"); with a name, the name alone ("la coopérative Triskalia").
SHOP_HEADS = words(
    "boulangerie pâtisserie fromagerie boucherie charcuterie épicerie librairie brasserie quincaillerie menuiserie "
    "imprimerie distillerie galerie"
)  # and an art dealer's gallery by its owner's name: "la galerie Maeght", "la galerie Templon"
# Establishments named only by a hyphenated proper name right after the head: "médiathèque
# Alain-Gerbault", but "la piscine de Talence" is the town's pool, no name.
# What kind of school or hospital it is, between the head and its name: "lycée professionnel Jean-Jaurès",
# "lycée agricole de Figeac", "collège privé Saint-Joseph", "hôpital psychiatrique de Cadillac", "École normale
# supérieure de Lyon" (then the institutions' adjectives).
ESTABLISHMENT_KINDS = words(
    "professionnel agricole polyvalent technique technologique hôtelier horticole viticole psychiatrique privé privée "
    "normal normale polytechnique cantonal cantonale"  # a Swiss canton's: "hôpital cantonal de Fribourg"
)
NAMED_ESTABLISHMENT_HEADS = words("médiathèque bibliothèque théâtre cinéma ehpad crèche")
# and a centre in lower case by a person's hyphenated name: "centre Jean-Perrin", a cancer centre ("le Centre-Val de
# Loire", capitalised, is a region; "le centre-ville" no name).
NAMED_ESTABLISHMENT_HEADS |= {"centre"}
# Kinds of places named only in lower case: "la plaine de l'Ain", "le district de l'Ouest lausannois" (capitalised, a
# body's name: "Plaine Commune", an intercommunality)
LOWER_CASE_PLACE_HEADS = words("plaine district")
# Kinds of places: LOC ("rue Gambetta", "gare de Bayonne", "île d'Oléron"); a campus not an
# organisation's ("le campus de HEC": see `head_uses.is_no_name`), and no "pic" ("le pic d'Omicron").
PLACE_HEADS = words(
    "rue avenue boulevard quai pont allée impasse quartier parc jardin île stade gare aéroport port château "
    "lac forêt bassin marché caserne plage phare square esplanade vallée station palais massif puy viaduc baie col "
    "canal tunnel cathédrale basilique abbaye golfe étang marais mont plateau rivière fleuve colline route autoroute "
    "pointe cap aiguille marina campus zac îles canton val gorges grotte gouffre causse cimetière ossuaire chapelle église "
    "puits côte mer monts patinoire collégiale détroit gave sanctuaire prieuré monastère couvent beffroi stadium dune "
    "enclos temple corridor archipel mur"  # "temple de la Fusterie", "corridor de Lobito" ("un corridor humanitaire":
    # no name), "archipel du Frioul", a climb "mur de Huy" ("le mur du son": no name)
) | {
    "domaine national",
    "réserve naturelle",
    "presqu' île",
    "parc des expositions",
    "salle des fêtes",
    "parc national",
    "forêt domaniale",
}
PLACE_HEADS |= {"jardin botanique", "zone industrielle", "zone artisanale", "zone commerciale"}
PLACE_HEADS |= {"palais des sports", "palais des congrès"}  # "palais des sports Jean-Weille"
PLACE_HEADS |= {"parc naturel régional", "parc naturel marin"}  # "parc naturel régional du Vercors"
# A province by its name, a racecourse by its name or its town: "la province Nord", "la province de Córdoba",
# "l'hippodrome de Vincennes" ("en province" has no name).
PLACE_HEADS |= {"province", "hippodrome"}
# A dam by its name, as a bridge: "le barrage de la Renaissance", "le barrage de Serre-Ponçon" ("un barrage de
# police" has none).
PLACE_HEADS |= {"barrage"}
# A sports facility by its name, as a stadium or a rink: "la piscine Kerbiriou", "le gymnase Marcel-Cerdan" (a place
# one goes to, not a body: a library or a theatre, which has a staff and a programme, stays ORG above); by a name
# only, not by its town ("la piscine de Talence" is the town's pool, no name).
FACILITY_HEADS = words("piscine gymnase")
# A covered market by its name, as "marché": "les halles du Pouliet", "la halle Saint-Louis".
PLACE_HEADS |= {"halle", "halles"}
# A mountain cirque by its name after "de": "le cirque de Mafate", "le cirque de Gavarnie" (not a circus company, "le
# cirque Pinder", "le Cirque du Soleil").
PLACE_HEADS |= {"cirque de"}
# A racing circuit and a military camp by their names: "le circuit Paul-Ricard", "le circuit de Nevers Magny-Cours",
# "le camp de Canjuers" (not "un camp de réfugiés", nor "le circuit court": no capitalised name after them).
PLACE_HEADS |= {"circuit", "camp de", "camp du"}
# Walks and city gates, named by a name or after "du", "des", "de la", never a bare "de": "cours Mirabeau",
# "promenade des Anglais", "porte de la Chapelle" (not "le cours de Bourse", "la porte de Renault").
WALK_HEADS = words("cours promenade porte")
# Firms named by their trade in the plural, capitalised, then their place or founder: "les Forges de la
# Fensch", "les Tréfileries et Laminoirs de l'Orne", "les Laboratoires Vernaud" (ORG; "les forges du
# village" are buildings).
FIRM_HEADS = words(
    "forges aciéries houillères charbonnages tréfileries laminoirs cristalleries verreries faïenceries "
    "papeteries filatures tissages fonderies salines chantiers ateliers établissements laboratoires câbleries "
    "tanneries"
)
# What an assembly's standing committee is in charge of, first: "la commission des finances", "des lois",
# "des affaires sociales", "de la défense nationale", "de l'aménagement du territoire".
COMMITTEE_DOMAINS = words(
    "finances lois affaires défense libertés aménagement culture budgets transports pétitions droits "
    "relations développement industrie agriculture environnement"
)
# Storms are named: "la tempête Ciarán", "le cyclone Chido" (MISC, as events).
STORM_HEADS = words("tempête cyclone ouragan typhon")
# Events, named with a place or a name ("festival de Cannes", "Foire internationale de Bordeaux"): MISC.
# A braderie only capitalised ("la Braderie de Lille"; "la braderie du Secours populaire" is a
# charity's sale): see `head_uses.is_no_name`.
EVENT_HEADS = words(
    "festival foire salon fête rallye marathon championnat championnats tournoi carnaval braderie mostra biennale"
) | {"grand chelem"}  # a tennis or judo tournament by its town: "le Grand Chelem de Paris"
# The capitalised words a league or a cup opens on: inside an event's head ("le championnat de Ligue 2", "le
# championnat de Nationale 1") the competition is the name, the head no part of it ("le championnat de France" is one).
COMPETITION_OPENERS = words(
    "ligue coupe national nationale division pro top super élite elite fédérale régional régionale challenge"
)
# The heads a league is played in, where those openers mark it (not "le festival de Super-Besse").
LEAGUE_HEADS = words("championnat championnats tournoi")
# Laws, plans and prizes, named by a name right after the head ("loi Climat et résilience", "plan Polmar",
# "prix Goncourt", "médaille Fields"): MISC. Not by a complement: "le plan de l'État" is no name.
PLAN_HEADS = words("loi plan opération programme prix médaille directive accord accords pacte traité règlement")
# Those named by what they rule on, in lower case: "le règlement général sur la protection des données", "le pacte
# européen pour les océans" (MISC; "un règlement sur les loyers" is any, and "le règlement sur les terrasses" a town
# hall's outside a European text, see `head_uses.is_no_name`; a pact is always a political one).
RULES_ON = words("règlement pacte directive")
# Adjectives that make a head one body of one territory or state, even without a proper complement.
TERRITORIAL = words(
    "municipal municipale communal communale communautaire intercommunal intercommunale départemental "
    "départementale régional régionale national nationale général générale local locale métropolitain "
    "métropolitaine interministériel interministérielle"
)
NATIONAL = words("national nationale sociale")
# Bodies named by a capitalised noun, a national adjective and their country or town: "la Bibliothèque
# nationale de France", "l'Orchestre national de Lille" (not "le Parc national des Écrins", a place).
NATIONAL_BODIES = words(
    "bibliothèque banque orchestre opéra ballet théâtre école archives loterie imprimerie assemblée"
)
# Other adjectives of institutions, allowed between the head and its complements.
QUALIFIERS = TERRITORIAL | words(
    "administratif administrative judiciaire correctionnel correctionnelle civil civile pénal pénale "
    "maritime hospitalier hospitalière universitaire supérieur supérieure constitutionnel constitutionnelle "
    "mixte économique social sociale environnemental environnementale français française européen "
    "européenne financier financière académique autonome territorial territoriale urbain urbaine exécutif "
    "exécutive primaire public publique interrégional interrégionale spécialisé spécialisée fédéral fédérale "
    "militaire criminel criminelle "  # "tribunal militaire de Yaoundé", "chambre criminelle de la Cour de cassation"
    "interprofessionnel interprofessionnelle"  # a trade's body: "Conseil interprofessionnel du vin de Bordeaux"
)
# Or the domain a body is in charge of, after a bare "de": "agence régionale de santé".
DOMAINS = words("santé sécurité secours commerce surveillance prévention médecine pharmacie chirurgie")
# What a ministry's second domain may be ("et des Affaires étrangères"; not "et de l'Élysée", another place).
PORTFOLIOS = words(
    "affaires économie finances travail emploi santé solidarités solidarité culture communication éducation "
    "jeunesse sports armées justice agriculture alimentation environnement transition écologie énergie logement "
    "territoires cohésion outre-mer industrie numérique recherche enseignement commerce famille familles égalité "
    "mer pêche souveraineté anciens comptes fonction ville ruralité relance innovation intérieur europe prévention budget"
)
# The sports a federation or a championship is of: "Fédération française de natation".
SPORTS = words(
    "football rugby tennis natation cyclisme athlétisme basket-ball basket handball volley-ball volley judo ski boxe "
    "golf voile aviron équitation escrime gymnastique hockey pétanque"
)
# Common nouns of places: what an establishment "du hameau de X" or "de la ville de X" is in, not its name.
PLACE_NOUNS = words("commune ville village hameau quartier région département pays campagne canton bourg cité")
# A saint's name goes on past its "de": "Notre-Dame de Paris", "Saint-Louis de Gonzague".
SAINTS = ("Saint-", "Sainte-", "Saints-", "Saintes-", "Notre-Dame", "St-", "Ste-")
