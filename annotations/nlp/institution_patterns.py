"""The token patterns of `institutions.HeadedNames`: names whose head is a common noun, as the
module docstring of `institutions` says (organisations, places, events and laws)."""

from __future__ import annotations

from annotations.nlp.bodies import body_patterns
from annotations.nlp.clubs import CLUB_HEADS, club_patterns
from annotations.nlp.firms import firm_patterns
from annotations.nlp.first_names import FIRST_NAMES
from annotations.nlp.institution_words import (
    ASSEMBLY_HEADS,
    BANK_HEADS,
    CAPITALISED_ESTABLISHMENT_HEADS,
    CAPITALISED_HEADS,
    CAPITALS_ONLY_HEADS,
    CHAMBER_HEADS,
    COMMUNITY_ADJECTIVES,
    COMPETITION_OPENERS,
    DOMAINS,
    ESTABLISHMENT_HEADS,
    ESTABLISHMENT_KINDS,
    EVENT_HEADS,
    FACILITY_HEADS,
    LEAGUE_HEADS,
    LOWER_CASE_PLACE_HEADS,
    MILITARY_ADJECTIVES,
    MILITARY_UNITS,
    NAMED_ESTABLISHMENT_HEADS,
    NATIONAL,
    NATIONAL_BODIES,
    ORG_HEADS,
    PLACE_HEADS,
    PLACE_NOUNS,
    PLAN_HEADS,
    PORTFOLIOS,
    QUALIFIED_HEADS,
    QUALIFIERS,
    RULES_ON,
    SECOND_BODY_HEADS,
    SHOP_HEADS,
    SPORTS,
    STORM_HEADS,
    TERRITORIAL,
    WALK_HEADS,
)
from annotations.nlp.lexicon import words
from annotations.nlp.name_shapes import DEPARTMENT_PATTERN, SERVICES
from annotations.nlp.nationalities import NATIONALITIES
from annotations.nlp.token_patterns import ADJECTIVE, ARTICLE, CAPITAL, HYPHENATED, NAME, OF, PROPER, TOWN, WORD

# What a town's name makes a grouping of towns of: "Brest métropole", "Lorient Agglomération" (in
# either case), "Moulins Communauté" (capitalised); also the words HeadedNames' windows end on.
GROUPINGS = ["métropole", "agglomération", "agglo"]
_COMPLEMENT = [{"LOWER": "et", "OP": "?"}, OF, ARTICLE, WORD, {**WORD, "OP": "?"}]  # "de commerce"
_OFFICES_OF_ONE = words("mairie préfecture sous-préfecture ministère rectorat parquet gendarmerie commissariat")
# Without a proper complement, a bare "de" is left out ("des comptes", "de l'habitat", not "de lundi"),
# and a complement is one word, with an institution's adjective at most ("de l'aviation civile").
_QUALIFIER = {"LOWER": {"IN": sorted(QUALIFIERS)}, "OP": "?"}
_BARE_OF = [[{"LOWER": {"IN": ["du", "des", "d'"]}}], [{"LOWER": "de"}, {"LOWER": {"IN": ["la", "l'"]}}]]
_BARE = [[*of, WORD, _QUALIFIER] for of in _BARE_OF] + [[{"LOWER": "de"}, {"LOWER": {"IN": sorted(DOMAINS | SPORTS)}}]]
# "d'incendie et de secours"; not a second body ("l'Agence régionale de santé et de la préfecture").
_BARE_AND = [{"LOWER": "et"}, OF, ARTICLE, {**WORD, "LOWER": {"NOT_IN": sorted(SECOND_BODY_HEADS)}}]
# A shop's sign opens on these, no surname: "la boulangerie Chez Paulette", "l'épicerie Au Bon Coin".
_SHOP_SIGN_WORDS = words("Chez Au Aux Le La Les Du Des")


# Who awards a prize named after them (capitalised): "le prix des Libraires", "le prix des Lycéens".
PRIZE_JURIES = words(
    "libraires lecteurs lectrices lycéens internautes auditeurs auditrices étudiants bibliothécaires critiques "
    "écrivains spectateurs téléspectateurs ambassadeurs journalistes"
)


def _head(heads: frozenset[str]) -> list[list[dict]]:
    """The head as token patterns: the single words in one, each two-word head in its own."""
    single = sorted(head for head in heads if " " not in head)
    patterns = [[{"LOWER": {"IN": single}}]]
    return patterns + [[{"LOWER": word} for word in head.split()] for head in sorted(heads) if " " in head]


def org_patterns() -> list[list[dict]]:
    # One long list on purpose: each pattern is a kind of name with its example beside it, read top to
    # bottom; the kinds of their own (clubs, firms, bodies) come from their modules at the end.
    qualifiers, territorial = sorted(QUALIFIERS), {"LOWER": {"IN": sorted(TERRITORIAL)}}
    patterns = []
    for heads, at_least in ((ORG_HEADS, "*"), (QUALIFIED_HEADS, "+")):
        for head in _head(heads):
            qualified = [*head, {"LOWER": {"IN": qualifiers}, "OP": at_least}]
            patterns += [qualified + _COMPLEMENT * count + PROPER for count in range(3)]
            bare_chains = [[], *_BARE, *(a + b for a in _BARE for b in [*_BARE, _BARE_AND])]
            # Adjectives on either side of the territorial one: "parquet national financier".
            any_qualifiers = {"LOWER": {"IN": qualifiers}, "OP": "*"}
            patterns += [[*head, any_qualifiers, territorial, any_qualifiers, *bare] for bare in bare_chains]
            # A capital on the head names one body too: "la Cour des comptes", "le Conservatoire du
            # littoral" (not opening a sentence, where every word has a capital).
            capital = [{**head[0], "IS_TITLE": True, "IS_SENT_START": False}, *head[1:]]
            patterns += [[*capital, any_qualifiers, *bare] for bare in bare_chains if bare]
            # and its complements then its place: "l'Union des producteurs agricoles de la Guadeloupe"
            patterns += [[*capital, any_qualifiers, *(_COMPLEMENT * count), *PROPER] for count in (1, 2)]
            # or its adjective alone: "le Conseil constitutionnel", "la Cour administrative d'appel",
            # "la Confédération paysanne"
            patterns.append([*capital, {"LOWER": {"IN": qualifiers}, "OP": "+"}])
            patterns.append([*capital, ADJECTIVE])
    # A commission's office named by what it is in charge of, after "à": "le Haut-Commissariat au Plan", "le
    # Haut-Commissariat aux réfugiés", "la Délégation interministérielle à la sécurité routière"
    # (a capitalised charge is a portfolio or the plan: no town, "au Havre", is read as one)
    charge = [WORD, {"LOWER": {"IN": sorted(PORTFOLIOS | {"plan"})}, "IS_TITLE": True}]
    to = {"LOWER": {"IN": ["à", "au", "aux"]}}
    patterns += [
        [{"LOWER": head, "IS_TITLE": True, "IS_SENT_START": False}, _QUALIFIER, to, ARTICLE, what]
        for head in ("haut-commissariat", "commissariat", "délégation", "secrétariat")
        for what in charge
    ]
    # A Belgian town's executive, named as a town's council is, alone or with its town: "le collège communal", "le
    # collège échevinal de Namur" (not a school: "le collège Jean-Moulin", `ESTABLISHMENT_HEADS`)
    executive = [{"LOWER": "collège"}, {"LOWER": {"IN": ["communal", "échevinal"]}}]
    patterns += [executive, executive + PROPER]
    # two proper complements: "le comité des Fêtes de Lyon" (not "la mairie de Marseille de Gaudin": an office,
    # then its holder)
    patterns += [[*head, *PROPER, *PROPER] for head in _head(ORG_HEADS - _OFFICES_OF_ONE)]
    patterns += [
        [{**head[0], "IS_TITLE": True, "IS_SENT_START": False}, ADJECTIVE] for head in _head(CAPITALISED_HEADS)
    ]
    # A bank's network and its regional bank: "le Crédit agricole", "la Banque populaire Grand Ouest".
    patterns += [
        [{"LOWER": head, "IS_TITLE": True, "IS_SENT_START": False}, ADJECTIVE, *name]
        for head in sorted(BANK_HEADS)
        for name in ([], NAME)
    ]
    capital_heads = [
        {"LOWER": head, "IS_TITLE": True, "IS_SENT_START": False} for head in sorted(CAPITALISED_ESTABLISHMENT_HEADS)
    ]
    patterns += [pattern for head in capital_heads for pattern in ([head, *NAME], [head, *PROPER])]
    # and an institute named after a person in full: "l'Institut Jacques Delors" (`institutions._holds_a_person`)
    institute = {"LOWER": "institut", "IS_TITLE": True, "IS_SENT_START": False}
    patterns.append([institute, {"ORTH": {"IN": sorted(FIRST_NAMES)}}, {"IS_TITLE": True}])
    # or hyphenated to its name: "la Comédie-Française", "l'Opéra-Comique"
    patterns += [[head, {"ORTH": "-"}, CAPITAL] for head in capital_heads]
    # An elected assembly of a territory, capitalised: "l'Assemblée de Corse", "le Parlement de Wallonie",
    # "le Congrès de la Nouvelle-Calédonie", "la Métropole de Lyon" ("l'assemblée de copropriétaires" is none).
    patterns += [[{"LOWER": head, "IS_TITLE": True}, *PROPER] for head in sorted(ASSEMBLY_HEADS)]
    # and its territory's adjective: "l'Assemblée de la Polynésie française", "le Parlement de la Communauté
    # flamande", "le Congrès de la République tchèque"
    adjective = {"LOWER": {"IN": sorted(NATIONALITIES | COMMUNITY_ADJECTIVES)}}
    patterns += [[{"LOWER": head, "IS_TITLE": True}, *PROPER, adjective] for head in sorted(ASSEMBLY_HEADS)]
    # A foreign chamber by its country's adjective: "le Sénat italien", "le Parlement géorgien" (not opening a
    # sentence, where every word has a capital; "l'Assemblée nationale sénégalaise" is the Assemblée nationale
    # of a country, its adjective apart, see `long_names`).
    chamber = {"LOWER": {"IN": sorted(CHAMBER_HEADS)}, "IS_TITLE": True, "IS_SENT_START": False}
    patterns.append([chamber, adjective])
    # A public channel's regional edition: "France 3 Normandie" (not "en France 3 millions de personnes").
    patterns.append(
        [{"ORTH": "France"}, {"TEXT": {"REGEX": r"^\d$"}}, CAPITAL, {"ORTH": "-", "OP": "?"}, {**CAPITAL, "OP": "?"}]
    )
    # A capitalised noun made one national body by its adjective: "l'Éducation nationale", "la
    # Sécurité sociale" (not opening a sentence, where every word has a capital).
    national = [{"IS_TITLE": True, "IS_SENT_START": False}, {"LOWER": {"IN": sorted(NATIONAL)}}]
    body = {"LOWER": {"IN": sorted(NATIONAL_BODIES)}, "IS_TITLE": True}
    patterns += [national, [body, national[1], *PROPER]]  # "la Bibliothèque nationale de France"
    # A ministry of two domains: "ministère de l'Europe et des Affaires étrangères", "ministère du Travail et
    # de l'Emploi" (a tribunal "de Nanterre et de Versailles" is two).
    domain_adjective = {"IS_LOWER": True, "TEXT": {"REGEX": r"(?:ère|ique|al|ale|el|elle|aire|if|ive)s?$"}, "OP": "?"}
    domain = [OF, ARTICLE, *NAME, domain_adjective]
    portfolio = [OF, ARTICLE, {"LOWER": {"IN": sorted(PORTFOLIOS)}, "IS_TITLE": True}, domain_adjective]
    portfolio.insert(3, {"LOWER": "combattants", "OP": "?"})  # "des Anciens combattants"
    # or of three and four, the first ones listed with commas: "ministère du Travail, de la Santé, des
    # Solidarités et des Familles"
    for listed in ([], [{"ORTH": ","}, *portfolio], [{"ORTH": ","}, *portfolio] * 2):
        patterns.append([{"LOWER": "ministère"}, *domain, *listed, {"LOWER": "et"}, *portfolio])
    # and one domain with its adjective: "ministère de la Transition écologique", "ministère de l'Économie numérique"
    one_adjective = {key: value for key, value in domain_adjective.items() if key != "OP"}
    patterns.append([{"LOWER": "ministère"}, *portfolio[:-1], one_adjective])
    # a foreign ministry by its country's adjective: "ministère chinois du Commerce", "ministère allemand des Finances"
    patterns.append([{"LOWER": "ministère"}, {"LOWER": {"IN": sorted(NATIONALITIES)}}, *portfolio[:-1]])
    # A care or research centre by a hyphenated name, capitalised: "le Centre Eugène-Marquis", "Centre
    # Léon-Bérard" (not "le Centre-Val de Loire", a region written in one word).
    patterns.append([{"ORTH": "Centre", "IS_SENT_START": False}, *HYPHENATED])
    # A national centre by its domain, capitalised: "le Centre des monuments nationaux", "le Centre national
    # du cinéma et de l'image animée" (not "le Centre Bretagne", a place, nor "le centre des impôts" in lower case).
    centre = {"ORTH": "Centre", "IS_SENT_START": False}
    participle = {"IS_LOWER": True, "TEXT": {"REGEX": r"(?:ée|ées|és|aux|ales|iques)$"}, "OP": "?"}
    chains = [*_BARE, *(a + b for a in _BARE for b in [*_BARE, _BARE_AND])]
    patterns += [[centre, {"LOWER": {"IN": qualifiers}, "OP": "*"}, *bare, participle] for bare in chains]
    # or by its field and its land's adjective: "le Centre spatial guyanais", "le Centre culturel coréen"
    patterns.append([centre, ADJECTIVE, {"LOWER": {"IN": sorted(NATIONALITIES)}}])
    # A region's league of one sport: "Ligue d'Aquitaine d'athlétisme", "Ligue de football des Hauts-de-France"
    # (not "la Ligue 1" or "la Ligue des champions", competitions).
    sport = [{"LOWER": {"IN": ["de", "d'"]}}, {"LOWER": {"IN": sorted(SPORTS)}}]
    patterns += [[{"ORTH": "Ligue"}, *PROPER, *sport], [{"ORTH": "Ligue"}, *sport, *PROPER]]
    # A water agency by its basin: "agence de l'eau Adour-Garonne", "agence de l'eau Seine-Normandie".
    patterns.append([{"LOWER": "agence"}, {"LOWER": "de"}, {"LOWER": "l'"}, {"LOWER": "eau"}, *HYPHENATED])
    # "université de technologie de Belfort-Montbéliard"; not "l'école du hameau de Launstroff", the hamlet's
    of_what = [OF, ARTICLE, {**WORD, "LOWER": {"NOT_IN": sorted(PLACE_NOUNS)}}]
    upper = [[{"LOWER": {"IN": sorted(CAPITALS_ONLY_HEADS)}, "IS_UPPER": True}]]
    for head in _head(ESTABLISHMENT_HEADS - CAPITALS_ONLY_HEADS) + upper:
        patterns += [head + NAME, head + PROPER, head + of_what + PROPER]
        # "École supérieure de pharmacie de Nancy"
        patterns.append([*head, {"LOWER": {"IN": sorted(QUALIFIERS)}, "OP": "+"}, *of_what, *PROPER])
        # its kind before its name or its town: "lycée professionnel Jean-Jaurès", "lycée agricole de Figeac"
        kind = {"LOWER": {"IN": sorted(ESTABLISHMENT_KINDS)}}
        patterns += [[*head, kind, *NAME], [*head, kind, {"LOWER": {"IN": sorted(QUALIFIERS)}, "OP": "*"}, *PROPER]]
    # An intercommunality's name holds its own "de" ("communauté de communes Cœur de Savoie"), where a
    # school's complement after its name is its town ("école Jules-Ferry" then "de Bègles").
    for head in ("communauté de communes", "communauté d' agglomération"):
        patterns.append([*({"LOWER": word} for word in head.split()), *NAME, *PROPER])
    # A shop by its owner's surname, one word: not "la boucherie Jean-Pierre Martin" (his), nor
    # "la pâtisserie Paris-Brest" (see `head_uses.is_no_name`) or "l'épicerie Italienne".
    surname = {
        "TEXT": {"REGEX": r"^[A-ZÀ-Ý][a-zà-ÿ]+$", "NOT_IN": sorted(FIRST_NAMES | _SHOP_SIGN_WORDS)},
        "LOWER": {"NOT_IN": sorted(NATIONALITIES)},
    }
    patterns += [[*head, surname] for head in _head(SHOP_HEADS)] + [[{"LOWER": "coopérative"}, ADJECTIVE, *PROPER]]
    patterns += club_patterns() + [[*TOWN, {"LOWER": {"IN": GROUPINGS}}], [*TOWN, {"ORTH": "Communauté"}]]
    patterns += firm_patterns() + body_patterns()
    # A service or a club by its department's number, which fr_core_news_md often leaves out or calls
    # MISC: "le SAMU 54", "le Sdis 57", a club's head and its number ("le Sporting 33")
    number = {"TEXT": {"REGEX": f"^(?:{DEPARTMENT_PATTERN})$"}}
    patterns += [[{"LOWER": {"IN": sorted(SERVICES)}}, number], [{"ORTH": {"IN": CLUB_HEADS}}, number]]
    patterns += military_patterns()
    # The government of the text's own country, capitalised as institutions write it: "le Gouvernement"
    patterns.append([{"ORTH": "Gouvernement", "IS_SENT_START": False}])
    # A statistical office by its land, capitalised: "Statistique Canada", "Statistique Vaud" (the model reads a place;
    # not "la statistique Insee" in lower case; tried only at "statistique", see `institutions._HEADS_ONLY`: by its
    # LOWER, which puts it among the patterns tried at their head; an exact form was tried only in another head's window)
    patterns.append([{"LOWER": "statistique", "IS_TITLE": True}, {**CAPITAL, "IS_TITLE": True}])
    # A hyphenated name only: "le théâtre Jean Dujardin aussi" reads a person after the head.
    # "l'Ehpad Les Tilleuls", "la crèche Les Petits Loups": a sign opening on its article
    sign = [{"ORTH": {"IN": ["Le", "La", "Les", "L'"]}}, CAPITAL, {**CAPITAL, "OP": "?"}]
    patterns += [head + sign for head in _head(NAMED_ESTABLISHMENT_HEADS)]
    # the name hyphenated as one token, as the tokenizer keeps a given name's compounds: "centre Jean-Perrin"
    hyphenated = {"TEXT": {"REGEX": r"^[A-ZÀ-Ý][a-zà-ÿ]+-[A-ZÀ-Ý][a-zà-ÿ]+$"}}
    patterns += [head + [hyphenated] for head in _head(NAMED_ESTABLISHMENT_HEADS)]
    return patterns + [head + HYPHENATED for head in _head(NAMED_ESTABLISHMENT_HEADS)]


# An ordinal in figures: "4e", "1er", "27e", "2ème".
ORDINAL = {"TEXT": {"REGEX": r"^\d{1,3}(?:e|er|re|ème)$"}}


def military_patterns() -> list[list[dict]]:
    """A unit by its number, its kind and its arm: "4e régiment de chasseurs", "3e régiment du génie",
    "1er régiment étranger de cavalerie", "11e brigade parachutiste"; then maybe its place. Never the
    number and the kind alone ("la 2e brigade", a rank as often as a name)."""
    unit = [ORDINAL, {"LOWER": {"IN": sorted(MILITARY_UNITS)}}]
    adjective = {"LOWER": {"IN": sorted(MILITARY_ADJECTIVES)}}
    arm = [OF, ARTICLE, WORD, {**ADJECTIVE, "OP": "?"}]  # "d'infanterie", "du génie", "de chasseurs alpins"
    patterns = []
    for arms in (1, 2):
        for place in ([], PROPER):
            patterns += [[*unit, *arm * arms, *place], [*unit, adjective, *arm * arms, *place]]
    # an army by its arm: "l'armée de Terre", "l'armée de l'Air et de l'Espace" (not "l'armée de Napoléon")
    air = [{"LOWER": "de"}, {"LOWER": "l'"}, {"ORTH": "Air"}]
    space = [{"LOWER": "et"}, {"LOWER": "de"}, {"LOWER": "l'"}, {"ORTH": "Espace"}]
    army = {"LOWER": "armée"}
    patterns += [[army, {"LOWER": "de"}, {"ORTH": "Terre"}], [army, *air], [army, *air, *space]]
    return patterns + [[*unit, adjective]]


def misc_patterns() -> list[list[dict]]:
    # One list on purpose, as org_patterns: each kind of event or plan with its example beside it (past 40 lines).
    qualifiers = {
        "LOWER": {"IN": sorted(QUALIFIERS | words("international internationale mondial mondiale"))},
        "OP": "*",
    }
    patterns = [[*head, qualifiers, *name] for head in _head(EVENT_HEADS - LEAGUE_HEADS) for name in (NAME, PROPER)]
    # (a league inside a competition's head is the name alone: "le championnat de Ligue 2" gives "Ligue 2", see the
    # model's; not a festival's or a fair's: "le festival de Super-Besse")
    not_a_league = {**NAME[0], "LOWER": {"NOT_IN": sorted(COMPETITION_OPENERS)}}
    of_a_name = [OF, ARTICLE, not_a_league, *NAME[1:]]
    patterns += [[*head, qualifiers, *name] for head in _head(LEAGUE_HEADS) for name in (NAME, of_a_name)]
    # Capitalised, with what it is about and maybe its place: "la Foire aux vins d'Alsace", "le Festival mondial
    # des théâtres de marionnettes"
    capital = {"LOWER": {"IN": sorted(EVENT_HEADS)}, "IS_TITLE": True, "IS_SENT_START": False}
    about = [{"LOWER": {"IN": ["aux", "des", "du"]}}, WORD]
    of_what = [OF, ARTICLE, WORD, {**ADJECTIVE, "OP": "?"}]  # one noun, maybe an adjective: not "ouvrira"
    patterns += [[capital, *about, *PROPER], [capital, qualifiers, *of_what], [capital, qualifiers, *of_what * 2]]
    # and its town, part of the capitalised name: "le Festival du cinéma américain de Deauville", "le Festival du
    # livre de Paris"
    # (its noun's participle too, when the town follows: "le Festival international de la bande dessinée
    # d'Angoulême"; not "le Festival de la chanson organisé par la mairie")
    participle = {"IS_LOWER": True, "TEXT": {"REGEX": r"[a-zà-ÿ]{3,}(?:é|ée|és|ées)$"}}
    of_what_done = [OF, ARTICLE, WORD, participle]
    patterns += [[capital, qualifiers, *what, *PROPER] for what in (of_what, of_what * 2, of_what_done)]
    # A show capitalised "Mondial" with what it shows: "le Mondial de l'auto", "le Mondial du tatouage"
    # (not "le record mondial de Paris", an adjective)
    patterns.append([{"ORTH": "Mondial", "IS_SENT_START": False}, *of_what])
    # A night of one kind of places, capitalised: "la Nuit européenne des musées", "la Nuit de la lecture" (not "la
    # nuit de Noël" in lower case; tried only at "nuit", see `institutions._HEADS_ONLY`)
    patterns.append([{"LOWER": "nuit", "IS_TITLE": True, "IS_SENT_START": False}, qualifiers, *of_what])
    # A round of national talks named after the Grenelle agreements, capitalised, with what it is about: "le
    # Grenelle de l'environnement", "un Grenelle des violences conjugales" (not "la rue de Grenelle"; tried only at
    # "grenelle", see `institutions._HEADS_ONLY`)
    patterns.append([{"LOWER": "grenelle", "IS_TITLE": True, "IS_SENT_START": False}, *of_what])
    # A prize named after its jury, capitalised: "le prix des Libraires", "le prix des Lecteurs" (not "le prix du
    # Brent" nor "le prix des Airbus", prices; not "le prix des Français les plus modestes")
    jury = {"IS_TITLE": True, "LOWER": {"IN": sorted(PRIZE_JURIES)}}
    patterns.append([{"LOWER": "prix"}, {"LOWER": "des"}, jury])
    # "championnats de France de natation"
    sport = [{"LOWER": "de"}, {"LOWER": {"IN": sorted(SPORTS)}}]
    patterns += [[*head, qualifiers, *PROPER, *sport] for head in _head(EVENT_HEADS)]
    patterns += [[*head, {"LOWER": {"IN": ["tropicale", "tropical"]}, "OP": "?"}, *NAME] for head in _head(STORM_HEADS)]
    for head in _head(PLAN_HEADS):
        patterns += [head + NAME, head + NAME + [{"LOWER": "et"}, WORD], head + NAME + [{"IS_DIGIT": True}]]
    patterns += rule_patterns()
    # a treaty by its place: "le traité de Verdun" (not "la bataille de Paris", a campaign as often as a battle)
    patterns += [[{"LOWER": "traité"}, *PROPER]]
    # and a war by its land, accords and a pact by their town: "la guerre d'Indochine", "les accords de Dayton", "le
    # pacte de Marrakech" (plural: "l'accord de Renault" is a firm's deal; "la guerre de Poutine", "le pacte de Macron"
    # a side's, `head_uses.is_no_name`)
    patterns += [[{"LOWER": {"IN": ["guerre", "accords", "pacte"]}}, *PROPER]]
    # a study or a trial by its acronym: "l'étude PALISADE", "l'essai TRIDENT-OA" (not "une étude Ifop", the pollster's)
    acronym = {"TEXT": {"REGEX": r"^[A-Z][A-Z0-9]{3,}(?:-[A-Z0-9]{1,4})?$"}, "LOWER": {"NOT_IN": sorted(_SURVEYORS)}}
    suffix = [{"ORTH": "-"}, {"TEXT": {"REGEX": r"^[A-Z0-9]{1,4}$"}}]
    patterns += [[{"LOWER": {"IN": ["étude", "essai"]}}, acronym, *part] for part in ([], suffix)]
    # A festival named in the English order, its head last: "le Main Square Festival" (its town after it apart), "le
    # Brussels Jazz Weekend", "la Paris Games Week"
    patterns.append([*TOWN, {"ORTH": {"IN": ["Festival", "Weekend", "Week"]}}])
    return patterns


def rule_patterns() -> list[list[dict]]:
    """Rules named by what they rule on, and summits by who meets (MISC)."""
    # a rule by what it rules on: "le règlement général sur la protection des données", "le pacte sur la migration
    # et l'asile", "le règlement européen sur la restauration de la nature" (a definite article before it, see
    # `head_uses.is_no_name`)
    on = [
        {"LOWER": {"IN": ["sur", "pour"]}},
        {"LOWER": {"IN": ["la", "l'", "les", "le"]}},
        WORD,
        {**ADJECTIVE, "OP": "?"},
    ]
    more = [[], [OF, ARTICLE, WORD, {**ADJECTIVE, "OP": "?"}], [{"LOWER": "et"}, ARTICLE, WORD]]
    adjective = {"LOWER": {"IN": sorted(QUALIFIERS)}, "OP": "?"}
    patterns = [[{"LOWER": {"IN": sorted(RULES_ON)}}, adjective, *on, *rest] for rest in more]
    # A summit by the hyphenated names of who meets: "le sommet UE-Japon", "le sommet UE-Chine" (not "le
    # sommet de l'Otan", the alliance's)
    return [*patterns, [{"LOWER": "sommet"}, *HYPHENATED]]


# Who makes studies and polls, by their acronyms: "une étude INSEE" is theirs, no study's name.
_SURVEYORS = words("ifop ipsos elabe odoxa insee inserm cnrs drees dares ofce credoc ademe anses inrae ined")


_FOR_WHOM = words("abbaye rue place pont quai marché")


def place_patterns() -> list[list[dict]]:
    # One list on purpose, as org_patterns: each kind of place with its example beside it, read top to bottom.
    patterns = [pattern for head in _head(PLACE_HEADS) for pattern in (head + NAME, head + PROPER)]
    lower_case_head = [{"LOWER": {"IN": sorted(LOWER_CASE_PLACE_HEADS)}, "IS_LOWER": True}]
    patterns += [lower_case_head + NAME, lower_case_head + PROPER]  # tried only at them: `institutions._HEADS_ONLY`
    # and a reserve named by such a place: "la réserve naturelle nationale de la plaine des Maures"
    reserve = [{"LOWER": "réserve"}, {"LOWER": "naturelle"}, {"LOWER": {"IN": ["nationale", "régionale"]}, "OP": "?"}]
    patterns.append([*reserve, OF, ARTICLE, *lower_case_head, *PROPER])
    patterns += [head + NAME for head in _head(FACILITY_HEADS)]  # "la piscine Kerbiriou" (not "de Talence")
    # A square by its name, or after "du", "des", "de la" ("place Bellecour", "place du Capitole", "place de
    # la République"); not after a bare "de": "la place de Karim Benzema" is his, "la place de Paris" a rank.
    square = [{"LOWER": "place"}]
    of = [[], [{"LOWER": {"IN": ["du", "des"]}}], [{"LOWER": "de"}, {"LOWER": {"IN": ["la", "l'"]}}]]
    # A housing estate in lower case ("la cité des Électriciens"; "Cité Marchés" is a company's name).
    patterns += [[{"ORTH": "cité"}, *PROPER], [{"ORTH": "cité"}, *NAME]]
    walk = [{"LOWER": {"IN": sorted(WALK_HEADS)}, "IS_LOWER": True}]
    patterns += [walk + article + NAME for article in of]
    # and a city's gate by its town after a bare "de", written without an article: "samedi porte de Versailles",
    # ", porte de Clichy" (not "à la porte de Renault", a door, see `head_uses.is_no_name`)
    patterns.append([{"LOWER": "porte", "IS_LOWER": True}, {"LOWER": {"IN": ["de", "d'"]}}, *NAME])  # tried at "porte"
    # A strip of land by its place, never a crowd: "la bande de Gaza" (not "une bande de Marseillais").
    strip = {"TEXT": {"REGEX": r"^[A-ZÀ-Ý][\w-]*[^\Ws]$"}}
    patterns.append([{"ORTH": "bande"}, {"LOWER": "de"}, strip])
    # A building or a street named after whom it was for: "l'abbaye aux Dames", "la rue aux Ours", "la place aux
    # Herbes" (not "un lac aux États-Unis": a place's name follows, see `_FOR_WHOM`).
    patterns.append(
        [{"LOWER": {"IN": sorted(_FOR_WHOM)}}, {"LOWER": "aux"}, {"TEXT": {"REGEX": r"^[A-ZÀ-Ý][a-zà-ÿ]+s$"}}]
    )
    # "salle Jean-Moulin" (not "une salle de Nancy")
    hyphenated = {"TEXT": {"REGEX": r"^[A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)+$"}}
    patterns += [[{"LOWER": "salle"}, *HYPHENATED], [{"LOWER": "salle"}, hyphenated]]
    # A tennis court by its hyphenated name: "le court Philippe-Chatrier" (not "un délai court", no name).
    patterns.append([{"ORTH": "court"}, *HYPHENATED])
    # or by a surname alone, in lower case: "la salle Poirel", "la salle Pleyel" (not "la salle Jean Dupont")
    surname = {"TEXT": {"REGEX": r"^[A-ZÀ-Ý][a-zà-ÿ]+$", "NOT_IN": sorted(FIRST_NAMES)}}
    patterns.append([{"ORTH": "salle"}, surname])
    # A departmental or national road by its number: "la RD 38", "la RN 7" (not "la RN" alone, the party).
    patterns.append([{"ORTH": {"IN": ["RD", "RN", "CD"]}}, {"TEXT": {"REGEX": r"^\d{1,4}$"}}])
    # and written whole: "la route départementale 67", "la route nationale 4" (tried at "route")
    kind = {"LOWER": {"IN": ["départementale", "nationale"]}}
    patterns.append([{"LOWER": "route"}, kind, {"TEXT": {"REGEX": r"^\d{1,4}$"}}])
    # A federal state by its name: "l'État de New York", "l'État du Texas" (not "l'État de droit"; "coup
    # d'État de 1851" has no capital after; "Conseil d'État": see `head_uses.is_no_name`).
    patterns.append([{"ORTH": "État"}, {"LOWER": {"IN": ["de", "du", "d'"]}}, *NAME])
    # A hall named in the English order, its head last: "la Sud de France Arena", "l'Accor Arena"
    arena = {"ORTH": {"IN": ["Arena", "Aréna"]}}
    patterns += [[*TOWN, arena], [CAPITAL, OF, CAPITAL, arena]]
    return patterns + [square + article + NAME for article in of]
