"""Context cues for the label of a name (see `entities`): the words around a name that say what it is.

"la société X", "PDG de X", "au sein de X", "diriger X" say ORG; "M. X", "le ministre X", "X, né en"
say PER. Each occurrence's cues are weighed against the model's votes in `entity_labels.decide_labels`.
"""

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from annotations.nlp.first_names import opens_on_a_first_name
from annotations.nlp.institution_words import SEATS_OF_POWER
from annotations.nlp.name_edges import DOSE_UNITS
from annotations.nlp.nationalities import NATIONALITIES

CUE_WEIGHT = 3.0  # a cue weighs three of the model's votes

# Nouns that name a kind of organisation: "la société X", "le groupe pharmaceutique X".
_ORG_NOUNS = (
    "société|entreprise|firme|start-up|startup|jeune pousse|filiale|maison mère|groupe|organisation|association|"
    "fondation|ong|agence|banque|assureur|compagnie|laboratoire|institut|université|école|fonds|géant|"
    "constructeur|opérateur|éditeur|fabricant|parti|syndicat|club|cabinet|journal|quotidien|hebdomadaire|"
    "mensuel|bimensuel|magazine|revue|titres?|"
    "chaîne|plateforme|réseau social|marque|enseigne|holding|conglomérat|incubateur|accélérateur|consortium|"
    "organisme|institution|établissement|promoteur|exploitant|gestionnaire|bailleur|distributeur|transporteur|"
    "prestataire|fournisseur|assureur|concessionnaire|mutuelle|coopérative|restaurant|boulangerie|magasin|"
    "pme|tpe|multinationale|négociant|équipementier|sous-traitant|sidérurgiste|maison|"  # "la maison Vauclair"
    # and in the plural before several: "les enseignes Grand Frais et Metro", "les hypermarchés Leclerc"
    "enseignes|sociétés|entreprises|marques|hypermarchés?|supermarchés?|équipementiers|constructeurs|éditeurs|"
    "opérateurs|laboratoires"
)
# A word of the organisation's description, not a link to what follows ("le club de basket de X" is X's).
# (nor a family's: "l'enseigne de la famille Mulliez" is the family's, a person's name)
_NO_LINK = r"(?!(?:de|du|des|à|au|aux|en|et|la|le|les|sur|pour|famille)\s)"
# Roles that only exist in a company: "PDG de X" makes X an organisation, even against "place" votes.
_COMPANY_ROLES = (
    "directeur général|directrice générale|directeur technique|directrice technique|directeur financier|"
    "directrice financière|pdg|p-dg|ceo|dg|fondateur|fondatrice|cofondateur|cofondatrice|"
    "co-fondateur|co-fondatrice|actionnaire|actionnaires|salarié|salariée|salariés|salariées|employé|employée|"
    "employés|conseil d'administration|filiale|maison mère|rachat|siège|"
    "capital"  # "entre au capital de X", "10 % du capital de X"
)
# Roles and relations shared by organisations and places ("président de la France"): weaker.
_ORG_RELATIONS = "président|présidente|directeur|directrice|patron|patronne|dirigeant|dirigeante|au sein"
_PER_TITLES = r"m\.|mme|mlle|mm\.|dr|pr|me|mgr|monsieur|madame|mademoiselle"
_PER_ROLES = (
    "ministre|premier ministre|première ministre|député|députée|sénateur|sénatrice|maire|président|présidente|"
    "pdg|ceo|patron|patronne|milliardaire|entrepreneur|entrepreneuse|fondateur|fondatrice|cofondateur|"
    "cofondatrice|avocat|avocate|journaliste|acteur|actrice|chanteur|chanteuse|écrivain|écrivaine|auteur|"
    "autrice|chercheur|chercheuse|professeur|professeure|juge|procureur|procureure|général|capitaine|joueur|"
    "joueuse|entraîneur|porte-parole|candidat|candidate|secrétaire d'état|homme d'affaires|femme d'affaires|"
    # governors, conductors, directors and artists: "le gouverneur X", "la cheffe X", "la metteuse en scène X"
    "gouverneur|gouverneure|chef|cheffe|chef d'orchestre|cheffe d'orchestre|metteur en scène|metteuse en scène|"
    "réalisateur|réalisatrice|cinéaste|peintre|sculpteur|sculptrice|compositeur|compositrice|pianiste|violoniste|"
    "romancier|romancière|dramaturge|chorégraphe|opposant|opposante"
)
# Players by their position, riders and skippers: "le pilier X", "l'ouvreur X", "la skippeuse X" (strong: the
# model often reads a foreign player's name as a place).
_PLAYER_ROLES = (
    "pilier|talonneur|ouvreur|troisième-ligne|deuxième-ligne|ailier|skipper|skippeuse|navigateur|navigatrice|"
    "coureur|coureuse|sprinteur|grimpeur|attaquant|attaquante|défenseur|gardien|gardienne"
)
# An adjective between a role and the name, by its ending: "le gouverneur régional X", "le président
# brésilien X" (not "de", "du": "le maire de Lyon" names the town).
# or a nationality of any ending: "le député grec X", "la ministre allemande X"
_NATIONALITY = "|".join(sorted(NATIONALITIES, key=len, reverse=True))
_ROLE_ADJECTIVE = (
    rf"(?:\s+(?:[a-zà-ÿ-]+(?:al|ale|aux|ien|ienne|ain|aine|ais|aise|ois|oise|ique|iste|if|ive)s?|(?:{_NATIONALITY})))?"
)
# Words after which "de X" is a place: "la commune de X", "les habitants de X" (not "venu de": a proposal comes
# from a person as often; and never a name opening on a given name, "la ville de Martine Aubry": see cue_scores).
_PLACE_NOUNS = (
    "commune|ville|village|bourg|hameau|habitants|habitant|habitante|habitantes|maire|mairie|canton|environs|"
    "banlieue|originaire|originaires|natif|native|abords|périphérie|lieu-dit|route|"
    # who serves or holds a town: "les pompiers de X", "l'évêque de X", "le duc de X"
    "pompiers|sapeurs-pompiers|gendarmes|policiers|riverains|paroissiens|évêque|archevêque|duc|duchesse|"
    "seigneurie|"
    # a state by its kind: "le sultanat d'Oman", "l'émirat de Charjah", "la principauté de Monaco"
    "sultanat|émirat|royaume|principauté"
)
# Participles and trades after which "à X" is a place: "né à X", "installée à X", "boulangère à X" (not
# "formé à X" nor "la sortie de X": a school, a film, a firm as often).
_IN_A_PLACE = (
    "né|née|nés|nées|basé|basée|basés|situé|située|situés|installé|installée|domicilié|domiciliée|vit|habite|"
    "implanté|implantée|"
    # a trade and its place: "boulangère à X", "viticulteur à X"
    "agriculteur|agricultrice|éleveur|éleveuse|viticulteur|viticultrice|maraîcher|maraîchère|boulanger|"
    "boulangère|fromager|fromagère|commerçant|commerçante|artisan|pêcheur|apiculteur|apicultrice|"
    "médecin|pharmacien|pharmacienne|infirmier|infirmière|instituteur|institutrice|restaurateur|restauratrice"
)
_GATHERED_AT = (
    "réunira|réuniront|réunie|réunies|réunis|attendu|attendue|attendus|attendues|entendu|entendue|entendus|"
    "entendues|signalé|signalée|signalés|signalées|exilé|exilée|exilés|exilées|réfugié|réfugiée|réfugiés|"
    "réfugiées|sommet|conférence|escale|ambassade"
)
# Vessels and spacecraft, named after their kind: "le ferry Nordet", "le chalutier Bara Breizh", "le satellite
# Biomass" (MISC, as "le lanceur Vega-C"; not "le ferry de Brittany Ferries", the firm's). Not "pétrolier": in
# business news "le pétrolier TotalEnergies" is the oil company.
_CRAFT = (
    "ferry|chalutier|navire|paquebot|cargo|méthanier|porte-conteneurs|voilier|thonier|caboteur|"
    "remorqueur|frégate|porte-avions|sous-marin|patrouilleur|brise-glace|satellite|sonde|télescope|rover|atterrisseur"
)
# An adjective between a vessel's kind and its name: "l'atterrisseur lunaire X", "la sonde martienne X" (not a link:
# "le ferry de Brittany Ferries" is the firm's).
_CRAFT_ADJECTIVE = r"(?:\s+(?!(?:de|du|des|d'|à|au|aux|en|et|la|le|les|l')(?:\s|$))[a-zà-ÿ-]+)?"
_DOSE = rf"\d+(?:[,.]\d+)?\s*(?:{'|'.join(sorted(DOSE_UNITS))})\b"  # read on lower-cased text
# What a leaflet says of its medicine: it contains a substance or a dose ("contient du lactose", not "contient
# plus de 35 000 œuvres"), it must (not) be used or taken, but not in the idioms said of people and places
# ("doit être pris au sérieux", "prise en compte", "comme modèle"), it is indicated for a use ("est indiqué
# dans le traitement", not "est indiquée en rouge sur la carte").
_OF_A_MEDICINE = (
    rf"contient\s+(?:du\s|de\s+la\s|de\s+l'|des\s|une?\s|{_DOSE})|\d+(?:[,.]\d+)?\s*%,?\s+(?:crème|pommade|gel|collyre)\b|"
    r"(?:ne\s+)?doit\s+(?:pas\s+|jamais\s+)?être\s+(?:utilisée?|prise?|administrée?)\b"
    r"(?!\s+(?:au\s+(?:sérieux|mot)|comme\b|en\s+(?:compte|considération)|d'assaut|pour\b))|"
    r"est\s+indiquée?\s+(?:dans|chez|pour|en\s+cas)\b|"
    r",?\s+(?:comprimés?|gélules?|sirop|solution\s+buvable|suspension\s+buvable|crème|pommade|collyre)\b|"
    r"chez\s+(?:la\s+femme|l'enfant|les\s+enfants|l'adulte|le\s+patient|les\s+patients)\b|"
    r"a\s+obtenu\s+une\s+autorisation\s+de\s+mise\s+sur\s+le\s+marché"
)
ROLE_WORDS = frozenset(re.split(r"[| ]", _PER_ROLES)) | {"premier", "première", "secrétaire", "état", "d'état"}


@dataclass(frozen=True)
class Cue:
    """Words that say what the name right after them (or right before, `side="right"`) is."""

    pattern: re.Pattern  # matched on the lower-cased context: faster than re.IGNORECASE
    label: str
    strong: bool = False  # strong cues also override a majority of "place" votes
    side: str = "left"
    named_after: bool = False  # a right-side cue that does not hold when a name follows it
    no_given_name: bool = False  # a cue that does not hold for a name opening on a given name (a place, a product)
    whole: bool = False  # a cue that holds only when no capitalised word follows the name (no longer name's part)
    gate: tuple[str, ...] = ()  # tried only in a text holding one of these (rare words: `in` tests once per text)
    no_seat: bool = False  # a cue that does not hold for a seat of power, which stands for its government
    no_body: bool = False  # a cue that does not overturn the model's reading of a body (ORG)


# The kinds only a firm is of: not a government's "cabinet" ("le cabinet Attal" is his), a party, a club, a school.
_FIRM_KINDS = (
    "société|entreprise|firme|groupe|constructeur|fabricant|équipementier|laboratoire|marque|enseigne|holding|"
    "conglomérat|sidérurgiste|distributeur|assureur|opérateur|éditeur|négociant|maison"
)


def after_its_kind(surface: str, lowered: str) -> bool:
    """Whether the text (`lowered`: lower-cased) names `surface` after a kind of firm: "le constructeur Honda", "le
    groupe Bic" (a firm, whatever person bears its name)."""
    return re.search(rf"\b(?:{_FIRM_KINDS})\s+{re.escape(surface.lower())}\b", lowered) is not None


def cue(pattern: str, label: str, **options) -> Cue:
    """A cue from its pattern, written for the lower-cased context."""
    return Cue(re.compile(pattern), label, **options)


_CUES = [
    # the kind, then what it makes or where it is: "le fabricant de vélos électriques X", "la PME toulousaine X"
    cue(
        rf"\b(?:{_ORG_NOUNS})(?:\s+(?:de\s+|d'|des\s+)[a-zà-ÿ-]+)?(?:\s+{_NO_LINK}[a-zà-ÿ-]+)?\s+$",
        "ORG",
        strong=True,
    ),
    # the firm in apposition to its kind, opening a clause: "Entre 2019 et 2023, sa société, Delvaux Rénovation, a
    # facturé" (not "Dans son entreprise, Paul Roux a...": a preposition before it, or a given name opening the name)
    cue(
        rf"(?:^|[.,;:]\s+)(?:sa|son|leur)\s+(?:{_FIRM_KINDS}|filiale|pme|start-up)\s*,\s*$",
        "ORG",
        strong=True,
        no_given_name=True,
    ),
    cue(rf"\b(?:{_COMPANY_ROLES})\s+(?:de|d'|du|chez)\s*$", "ORG", strong=True),
    cue(rf"\b(?:{_ORG_RELATIONS})\s+(?:de|d'|du|chez)\s*$", "ORG"),
    cue(
        r"\b(?:investi|investit|investir|investissement|investissements|racheté|rachète|racheter)"
        r"(?:\s+[\w ,]{0,40}?)?\s+(?:dans|de|d')\s*$",
        "ORG",
    ),
    cue(r"\b(?:diriger|dirige|dirigeait|financer|finance|finançait|rejoindre|quitter)\s+$", "ORG"),
    # A publisher ("publié chez Gallimard") and the body someone heads ("à la tête de Stellantis").
    cue(
        r"\b(?:publiée?s?|éditée?s?|parue?s?|paraît|paraîtra|paraissent|traduite?s?(?:\s+en\s+[a-zà-ÿ]+)?)\s+chez\s+$",
        "ORG",
        strong=True,
    ),
    cue(r"\bà la tête (?:de|d'|du)\s*$", "ORG"),
    # A newspaper quoted as a source: "rapporte Le Progrès", "cité par La Voix du Nord", "a indiqué son
    # maire au Républicain lorrain" (a person is named by a given name or a title there, and "selon X"
    # is a person as often; a place's votes hold against it); and the journal a study is published in
    # ("publiée dans Nature Climate Change", "parue jeudi dans The Lancet").
    cue(
        r"\b(?:rapporte|rapportent|rapportait|révèle|révélait|cités?\s+par|citées?\s+par|"
        r"(?:reprise?s?|relayée?s?)\s+par|"
        r"(?:a|ont)\s+(?:indiqué|confié|déclaré|expliqué|précisé)(?:\s+[a-zà-ÿ']+){0,3}\s+au|"
        r"(?:publiée?s?|parue?s?|publient|paraît)\s+(?:ce\s+\w+\s+|\w+\s+)?dans\s+(?:la\s+revue\s+)?)\s*$",
        "ORG",
        no_given_name=True,
    ),
    # (the whole name: "le porte-conteneurs CMA CGM Jacques Saadé" says nothing of the firm "CMA CGM")
    cue(
        rf"\b(?:le|la|l'|du|au|son|sa|leur)\s*(?:{_CRAFT})(?:\s+(?:de|d')\s*[a-zà-ÿ]+|{_CRAFT_ADJECTIVE})\s+$",
        "MISC",
        strong=True,
        whole=True,
        gate=tuple(_CRAFT.split("|")),
    ),
    cue(rf"(?:^|[\s(])(?:{_PER_TITLES})\s+$", "PER"),
    cue(rf"\b(?:le|la|l'|du|de la|au|à la|son|sa|ancien|ancienne|leur)\s*(?:{_PER_ROLES}){_ROLE_ADJECTIVE}\s+$", "PER"),
    cue(rf"\b(?:le|la|l'|du|au|à la|son|sa|leur)\s*(?:{_PLAYER_ROLES}){_ROLE_ADJECTIVE}\s+$", "PER", strong=True),
    # The role before its holder, in apposition: "Le directeur du festival, X, ...", "Le président brésilien, X,".
    # (and after a clause: "Depuis Genève, son directeur général, X", "le secrétaire général de l'organisation, X")
    cue(
        rf"(?:^|[.!?,]\s+)(?:le\s+|la\s+|l'|son\s+|sa\s+|leur\s+)(?:ancien\s+|ancienne\s+)?"
        rf"(?:{_PER_ROLES}|directeur|directrice|secrétaire)"
        rf"(?:\s+[a-zà-ÿ'-]+){{0,3}}\s*,\s+$",
        "PER",
    ),
    cue(r"^,?\s+(?:né|née)\s+(?:en|le|à)\b", "PER", side="right"),
    # A role in apposition: "Christel Heydemann, sa directrice générale, ..."
    # The apposition closes: "Chez Carrefour, son PDG Alexandre Bompard" names the company first, and
    # so does "Chez Carrefour, son PDG, Alexandre Bompard, ...", where a name follows the comma.
    cue(
        rf"^,\s+(?:son|sa|leur|notre)\s+(?:{_PER_ROLES}|directeur|directrice)(?:\s+[a-zà-ÿ'-]+){{0,3}}\s*,",
        "PER",
        side="right",
        named_after=True,
    ),
    cue(r"^,?\s+(?:âgé|âgée)\s+de\b", "PER", side="right"),
    # a firm by what it owns, in apposition: "Andros, propriétaire de la marque Bonne Maman" (not a person by his
    # given name: "Paul Dubreuil, propriétaire de la marque")
    cue(
        r"^,\s+(?:propriétaire|détenteur|maison mère)\s+(?:de\s+la\s+marque|des\s+marques|de\s+l'enseigne|des\s+enseignes)\b",
        "ORG",
        strong=True,
        side="right",
        no_given_name=True,
    ),
    # A town by what stands in it or comes from it: "la commune de X", "venu de X", "né à X".
    cue(rf"\b(?:{_PLACE_NOUNS})\s+(?:de|d')\s*$", "LOC", no_given_name=True),
    cue(rf"\b(?:{_IN_A_PLACE})\s+à\s+$", "LOC", no_given_name=True),
    # Where a meeting is held, someone is expected or something is heard: "se réunira à X", "attendu à X",
    # "des tirs entendus à X" (not "a succédé à X", "rendu hommage à X": a person as often).
    cue(rf"\b(?:{_GATHERED_AT})\s+à\s+$", "LOC", no_given_name=True),
    cue(r"\blieu-dit\s+$", "LOC", no_given_name=True),
    # a ground by its name, right after a match's score: "(27-24) à Jean-Dauger" (a hyphen joins a person's names
    # into a place's, as "stade Jean-Dauger"; a town there is a place too: "(2-0) à Lugano")
    # (and after a score written bare and the day it was played: "s'est imposé 27-20 samedi soir à Ernest-Wallon"; not
    # "27-20 face à Castres", the other team)
    cue(
        r"(?:\(\d{1,3}-\d{1,3}\)|\b\d{1,3}-\d{1,3})(?:\s+(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|"
        r"hier|soir|après-midi))*\s+(?:à|au)\s+$",
        "LOC",
        strong=True,
    ),
    # A place where a sentence opens on "À X," (not a person by a given name: "À Jean, elle a tout dit").
    # (nor a seat of power: "À Matignon, on minimise" is the government's; nor a firm the model reads so, a workplace:
    # "À Renault, les syndicats..."; a person it reads so is not spared, as it reads many a small town so)
    cue(r"(?:^|[.!?]\s+)à\s+$", "LOC", no_given_name=True, whole=True, no_seat=True, no_body=True),
    # A medicine by its dose, its form or what a leaflet says of it: "Doliprane 500 mg", "X contient du
    # lactose", "X ne doit pas être utilisé", "autres médicaments et X" (a product: MISC).
    cue(rf"^\s+(?:{_DOSE}|{_OF_A_MEDICINE})", "MISC", strong=True, side="right", no_given_name=True),
    cue(
        # "traitement par X", "des médicaments comme X", a leaflet's "Autres médicaments et X" (not "traité par
        # Bercy", "traitée comme Cendrillon", "la pénurie de médicaments et Sanofi")
        r"(?:\btraitement\s+(?:par|comme|à base de)|\bmédicaments?\s+(?:comme|à base de)|autres médicaments et)\s+$",
        "MISC",
        strong=True,
        no_given_name=True,
    ),
    # a leaflet's orders: "n'utilisez jamais X", "appliquez X" (not "prenez Lyon", an example as often)
    cue(
        r"\b(?:utilisez|appliquez|ne\s+prenez\s+(?:jamais|pas))(?:\s+jamais|\s+pas)?\s+$",
        "MISC",
        strong=True,
        no_given_name=True,
    ),
]
CONTEXT_CHARS = 60  # how far a cue may stand from the name
COORDINATION = re.compile(r"^\s*(?:,|et|ou)\s*(?:(?:de|d'|du|à|au)\s*)?$")  # "à Boulay et de L'Hôpital"
# What someone says or does, before a capital and its leader: "les critiques de Washington et de Trump".
OF_WHOM = re.compile(
    r"\b(?:critiques?|soutiens?|déclarations?|positions?|réactions?|propos|accusations?|décisions?|menaces?|"
    r"visites?|demandes?|appels?|annonces?|réponses?|pressions?|discours|refus|exigences?|promesses?|"
    r"messages?|offres?|plans?|projets?|politiques?|diplomatie|émissaires?|représentants?|troupes|forces)"
    r"\s+(?:de|d'|du)\s*$"
)
_NAME_NEXT = re.compile(r"\s*[A-ZÀ-Ý]")


_COMPLEMENT = re.compile(r"\b(?:de|d'|du|des|le|la|les|l')\s*$")
_FORM_OF = re.compile(
    r"\b(?:comprimés?|gélules?|sachets?|flacons?|ampoules?|doses?|boîtes?|utilisation|administration|posologie)"
    r"\s+(?:de|d')\s*$"
)


def _is_a_complement(left: str, surface: str) -> bool:
    """A name after "de" or an article is not what a leaflet's verb speaks of ("l'argent de Bruxelles doit
    être utilisé", "La Loire contient"), unless a medicine's form comes first ("chaque comprimé de X")."""
    article_first = surface.split(" ")[0].lower() in ("le", "la", "les") or surface[:2].lower() == "l'"
    return (article_first or bool(_COMPLEMENT.search(left))) and not _FORM_OF.search(left)


@lru_cache(maxsize=8)
def _opened(gate: tuple[str, ...], lowered: str) -> bool:
    """Whether one of a cue's gate words is in the text (cached: asked for each name of the text)."""
    return any(word in lowered for word in gate)


def cue_scores(
    occurrences: list[tuple[int, int]], text: str, lowered: str, read: Counter | None = None
) -> tuple[Counter, Counter]:
    """(all cues, strong cues) found around the occurrences of one surface form (`lowered`: `text`
    lower-cased, which the cues read; `read`: the model's votes for it)."""
    read_as_a_body = read is not None and read["ORG"] > 0
    cues, strong = Counter(), Counter()
    for start, end in occurrences:
        left = lowered[max(0, start - CONTEXT_CHARS) : start]
        right = lowered[end : end + CONTEXT_CHARS]
        person = opens_on_a_first_name(text[start:end])
        for cue in _CUES:
            if (cue.no_given_name and person) or (cue.whole and _NAME_NEXT.match(text, end)):
                continue
            if (cue.no_seat and text[start:end] in SEATS_OF_POWER) or (cue.no_body and read_as_a_body):
                continue
            if cue.gate and not _opened(cue.gate, lowered):
                continue
            found = cue.pattern.search(left if cue.side == "left" else right)
            if found and cue.label == "MISC" and cue.side == "right" and _is_a_complement(left, text[start:end]):
                found = None  # "la décision de Berlin doit être prise", "La Loire contient de la vase"
            if found and not (cue.named_after and _NAME_NEXT.match(text, end + found.end())):
                cues[cue.label] += CUE_WEIGHT
                if cue.strong:
                    strong[cue.label] += CUE_WEIGHT
    return cues, strong
