"""The words of claims as matching compares them: stopwords, stems, and the words read as one
(a rise, a fall, a job and a post, a closure and to close) or as opposites (convicted and
acquitted), and the denial of a claim's verb. matching.facts reads a claim with them.
"""

import re
from functools import lru_cache

import snowballstemmer

from annotations.nlp.lexicon import words

# Words that say nothing about which fact a claim states (articles, pronouns, auxiliaries,
# prepositions, conjunctions). Short on purpose: content words decide.
STOPWORDS = words(
    "a à au aux avec ce ces cet cette ci d de des du dans elle elles en et est été être eu il ils "
    "l la le les leur leurs lui ma mais me même mes moi mon n ne ni nos notre nous on ont ou où "
    "par pas pour qu que qui s sa sans se ses si son sont sur ta te tes toi ton tu un une vos "
    "votre vous y c j m t avait avaient avons aura auront aurait auraient était étaient avoir "
    "sera serait selon fait été dont lors plus très aussi ainsi alors après avant déjà encore "
    "entre chez "
    # words that link a claim to what came before it, not to its fact ("Le préfet a pourtant
    # affirmé que ...")
    "pourtant cependant toutefois néanmoins"
)
WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_stemmer = snowballstemmer.stemmer("french")

# A prison term to serve ("18 mois ferme", "deux ans de prison ferme", "dont un ferme"), read as a
# word of its own (`served`): "ferme" is most often the verb ("qui ferme la piscine") or a farm ("une
# ferme laitière"), no sentence. No word of WORD holds "_": no claim's text gives it otherwise.
SERVED = "peine_ferme"
_SERVED_TERM = re.compile(
    r"(?:\d|\b(?:prison|emprisonnement|détention|réclusion|peine|mois|ans?|années?|semaines?|jours?)"
    r"|\bdont\s+[^\W\d_]+)\s+fermes?\b",
    re.IGNORECASE,
)
# Words that the stemmer gives a change's stem but that tell none: "la plongée" is diving ("le club de
# plongée"), where "a plongé" is a fall. SERVED is its own stem.
_OWN_STEMS = {"plongée": "plongée", "plongées": "plongée", SERVED: SERVED}


# The Snowball stemmer is pure Python and costs about as much per word as the recogniser: an
# ingest stems every word of every claim, and most words of news recur, so each is stemmed once.
@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    return _OWN_STEMS.get(word) or _stemmer.stemWord(word)


def served(stems: frozenset[str], text: str) -> frozenset[str]:
    """`stems` of `text` with SERVED where `text` tells a prison term to serve."""
    if "ferme" not in text.lower() or not _SERVED_TERM.search(text):
        return stems
    return stems | {SERVED}


def _stems_of(words: str) -> frozenset[str]:
    """The stems of `words` (French words as written, inflected): a list kept readable."""
    return frozenset(stem(word) for word in words.split())


# Verbs that frame a claim as someone's word ("X affirme que ...", "selon X, ..." already above):
# "Selon l'Insee, les prix ont augmenté" and "L'Insee affirme que les prix ont augmenté" state
# one fact. A noun of the same stem ("l'indicateur", "la déclaration") is a content word: kept
# (REPORTING_NOUN).
REPORTING_STEMS = _stems_of(
    "affirme affirment affirmé déclare déclarent déclaré estime estiment estimé indique indiquent indiqué "
    "souligne soulignent souligné"
)
REPORTING_NOUN = re.compile(r"(?:ation|eur)s?$")


# Words of a change's direction, read as one word each way: "a augmenté de 4 %", "une hausse de
# 4 %" and "a progressé de 4 %" say the same; "a baissé", "a reculé", "a diminué" the other; a
# rate "relevé" or "revalorisé" rose, one "abaissé" or "descendu à" fell.
RISE_STEMS = _stems_of(
    "hausse hausses augmente augmentent augmenté augmentation progresse progressent progressé progression "
    "grimpe grimpent grimpé envole envolent envolé relève relèvent relevé relèvement revalorisé revalorise "
    "revalorisation bondi bondit bondissent bond flambé flambe flambent"
)
FALL_STEMS = _stems_of(
    "baisse baisses baissent baissé diminue diminuent diminué diminution recule reculent reculé recul "
    "chute chutes chutent chuté replie replient replié repliés repli abaisse abaissent abaissé abaissement "
    "descend descendent descendu plongé plonge plongent dégringolé dégringole"
)
RISE, FALL = "hauss", "baiss"

# Words that say the same thing in a claim, read as the first of their family: synonyms of news
# ("122 millions de voyageurs" / "de passagers", "1 200 emplois" / "postes", "17 000 décès" /
# "morts", "a remporté" / "a gagné" / "la victoire", "a ouvert ses portes" / "inaugurée"), and a verb with its noun ("va fermer ses
# usines" / "la fermeture de ses usines", "a produit" / "la production", "a été élu" /
# "l'élection"), which the stemmer leaves apart.
FAMILIES = [
    "voyageurs voyageur passagers passager",
    "emplois emploi postes poste",
    "décès morts mort tués tué tuées",
    "touristes touriste visiteurs visiteur",
    "greffes greffe transplantations transplantation",
    "habitants habitant résidents résident",
    "enseignants enseignant professeurs professeur",
    "fumeurs fumeur fume fument",
    "chômage chômeurs chômeur",
    "naissances naissance natalité nés née nées",
    "victoire victoires remporté remporte remportent remporter gagné gagne gagnent gagner vainqueur vainqueurs",
    "accueilli accueillis accueille accueillent accueillir reçu reçus reçoit reçoivent recevoir",
    "fermer ferme ferment fermé fermée fermés fermeture fermetures",
    "supprimer supprime suppriment supprimé supprimés supprimant suppression suppressions",
    "produit produits produire produira produisent production",
    "construire construit construite construits construction",
    "ouvrir ouvre ouvrent ouvert ouverte ouverts ouverture inauguré inaugurée inaugure inauguration",
    "élu élue élus élire élection élections",
    "nommé nommée nommer nomination",
    "acquis acquiert acquérir acquisition",
    "signé signée signer signe signature",
    "réduit réduite réduire réduction",
    "interdit interdite interdire interdiction",
    "perdu perdue perd perdent perdre perte pertes",
    "décidé décide décider décision",
    "créé créée créés crée créent créer création créations",
    # an "enquête" is a poll only with a poll's cues (matching.facts.poll_words)
    "sondage sondages",
    "sida vih",  # the virus and the disease, one in the news ("vivent avec le VIH" / "le sida")
]
_FAMILY_OF = {stem(word): stem(family.split()[0]) for family in FAMILIES for word in family.split()}


def canonical(stemmed: str) -> str:
    """The stem `stemmed` reads as: RISE or FALL for a change, its family's first, or itself."""
    if stemmed in RISE_STEMS:
        return RISE
    if stemmed in FALL_STEMS:
        return FALL
    return _FAMILY_OF.get(stemmed, stemmed)


def _canonical_stems_of(words: str) -> frozenset[str]:
    return frozenset(canonical(stem(word)) for word in words.split())


# Outcomes that cannot both be the fact: a verdict on "X a été condamné" is no verdict on "X a
# été relaxé", nor one on "le Sénat a adopté" on "le Sénat a rejeté", on "a validé l'arrêté" on "a
# suspendu l'arrêté", on "a recruté 150 agents" on "a supprimé 150 postes"; each pair as its two
# sides (words of a family given once, by its first word).
OPPOSITES = [
    (_canonical_stems_of(one), _canonical_stems_of(other))
    for one, other in [
        ("hausse", "baisse"),
        ("condamné condamne condamnent condamnation", "relaxé relaxe relaxés acquitté acquittés acquitte acquittement"),
        (
            "adopté adopte adoptent adoption approuvé approuve approuvent accepté accepte acceptent admis admet "
            "retenu retenue retenus retenues retient validé validée validés valide validation",
            "rejeté rejette rejettent rejet refusé refuse refusent écarté écartée écartés invalidé invalidée",
        ),
        (
            "confirmé confirme confirment confirmation validé validée valide validation",
            "annulé annule annulent annulation suspendu suspendue suspend suspendent suspension "
            "cassé cassée casse cassent invalidé invalidée",
        ),
        ("reporté reporte reportent repoussé repousse repoussent", "avancé"),
        ("ouvrir", "fermer"),
        # a post created is no bed closed: "a créé 6 000 postes" / "a fermé 6 000 lits"
        ("créé", "supprimer fermer perdu"),
        (
            "recruté recrute recrutent recrutement embauché embauche embauchent",
            "licencié licencie licencient licenciement supprimer",
        ),
        # a profit is no loss: "un bénéfice net de 420 millions" / "une perte nette de 420 millions"
        ("bénéfice bénéfices excédent excédents", "perdu"),
        # a rate kept is no rate changed: "a maintenu son taux à 3 %" / "a abaissé son taux à 3 %"
        ("maintenu maintenue maintient maintiennent inchangé inchangée inchangés inchangées", "hausse baisse"),
        # trees planted are no trees felled: "a planté 4 000 arbres" / "a abattu 4 000 arbres"
        (
            "planté plantés plantée plantées plante plantent plantation",
            "abattu abattus abattue abattues abattent abattage",
        ),
        # a suspended sentence is no prison term served: "18 mois avec sursis" / "18 mois ferme"
        ("sursis", SERVED),
        # (the last pair, TWO_SIDED) a fall ("a chuté dans le super-G") is no win, as a defeat is not
        ("victoire", "perdu défaite baisse"),
    ]
]
# Nouns of which a claim about one is no claim about another, though every other word is the
# same: diseases ("9,5 cas de rougeole" / "de coqueluche pour 100 000 habitants") and the
# professions of health ("63 médecins généralistes" / "41 pédiatres pour 100 000 habitants"). A
# "médecin" is any physician: rival to a nurse or a pharmacist, not to a "pédiatre" (two groups).
# No "variole" ("la variole du singe" is mpox); "VIH" and "sida" are one (FAMILIES); a claim's
# words are split at hyphens ("gastro-entérite": "gastro").
_OTHER_CARERS = (
    "infirmier infirmiers infirmière infirmières pharmacien pharmaciens dentiste dentistes kinésithérapeute "
    "kinésithérapeutes maïeuticien maïeuticiens "
)
RIVAL_NOUNS = [
    _canonical_stems_of(
        "grippe rougeole coqueluche paludisme dengue covid tuberculose choléra varicelle bronchiolite "
        "méningite hépatite sida rubéole oreillons gastro chikungunya mpox diabète fièvre rage ebola "
        "légionellose listériose salmonellose"
    ),
    # organs ("312 greffes de rein" / "de foie"), drugs ("42 kilos de cocaïne" / "d'héroïne"), sources
    # of power ("3 centrales solaires" / "3 parcs éoliens"). No "cœur" ("au cœur de la ville").
    _canonical_stems_of("rein reins foie poumon poumons pancréas cornée cornées"),
    _canonical_stems_of("cocaïne héroïne cannabis crack ecstasy mdma kétamine méthamphétamine amphétamine opium"),
    _canonical_stems_of(
        "solaire solaires éolien éoliens éolienne éoliennes nucléaire nucléaires hydraulique hydrauliques "
        "hydroélectrique hydroélectriques charbon géothermique géothermie biomasse"
    ),
    _canonical_stems_of(
        _OTHER_CARERS + "généraliste généralistes pédiatre pédiatres psychiatre psychiatres gynécologue gynécologues"
    ),
    _canonical_stems_of(_OTHER_CARERS + "médecin médecins"),
]


# Words of an outcome (OPPOSITES) that tell none in a set phrase: a kind of bridge, a person held,
# a record beaten are no act suspended, no candidate retained, no ruling quashed. The phrase keeps
# its other words.
_SET_PHRASES = re.compile(
    "|".join(
        [
            r"\b(ponts?\s+)suspendus?\b",  # "le pont suspendu de Tancarville"
            r"\bretenue?s?\b(?=(?:\s+\S+){0,3}?\s+en\s+(?:garde\s+à\s+vue|otage)\b)",  # "retenu 48 heures en garde à vue"
            r"\bcass(?:é|ée|és|ées|e|ent)\b(?=\s+(?:le|son|sa|leur|un|ce)\s+(?:\S+\s+)?record)",  # "a cassé son propre record"
            # "le record de France du 100 m a été cassé", "un record cassé"
            r"(\brecords?\b(?:\s+\S+){0,8}?\s+(?:(?:a|ont)\s+été|est|sont)\s+)cass(?:é|ée|és|ées)\b|(\brecords?\s+)cassés?\b",
        ]
    ),
    re.IGNORECASE,
)


def without_set_phrases(text: str) -> str:
    """`text` without the words of an outcome that a set phrase holds ("le pont suspendu" → "le pont")."""
    return _SET_PHRASES.sub(lambda found: next((kept for kept in found.groups() if kept), ""), text)


# Pairs whose two sides one fact tells from its two parties: "Le PSG a remporté la finale face à
# Lyon" is "Lyon a perdu la finale face au PSG" (matching.scoring reads who is the subject).
TWO_SIDED = frozenset({len(OPPOSITES) - 1})


def direction(words: frozenset[str]) -> str | None:
    """RISE or FALL if `words` (stems) tell a change one way only, else None."""
    rise, fall = RISE in words, FALL in words
    return None if rise == fall else (RISE if rise else FALL)


def opposed(a: frozenset[str], b: frozenset[str], other_party: bool = False) -> bool:
    """Whether two claims' words (canonical stems) tell opposite outcomes: one side of a pair of
    OPPOSITES only in one, the other side only in the other ("a augmenté" / "a reculé", "a
    condamné" / "a relaxé"); a claim with both sides tells neither. When each claim is told by
    the other party (`other_party`), the sides of a TWO_SIDED pair are one fact."""
    return any(
        side_a is not None and side_b is not None and side_a != side_b and not (other_party and index in TWO_SIDED)
        for index, (side_a, side_b) in enumerate(zip(_sides(a), _sides(b), strict=True))
    )


# A claim is compared with many candidates: its sides are read once.
@lru_cache(maxsize=50_000)
def _sides(words: frozenset[str]) -> tuple[bool | None, ...]:
    """For each pair of OPPOSITES, True for its first side only, False for its second, else None."""
    sides = []
    for one, other in OPPOSITES:
        has_one, has_other = not words.isdisjoint(one), not words.isdisjoint(other)
        sides.append(None if has_one == has_other else has_one)
    return tuple(sides)


# Words of a later turn: a fact told, then taken back by the one who told it ("Le préfet a
# ensuite précisé que la route ne serait pas fermée"), is a story told in order, no denial.
LATER_TURN = _canonical_stems_of("ensuite finalement puis désormais rectifié rectifie corrigé corrige")
# A verb denied: "ne"/"n'" then, within three words, "pas", "plus", "jamais", "rien", "aucun" ...
# ("n'a pas augmenté", "ne baissera pas", "n'a toujours pas été versé", "n'a versé aucun
# dividende"). "ne ... que" ("n'a recensé que 45 cas", "ne compte plus que 45 habitants", "n'est
# plus taxé qu'à 3 %", "n'a jamais que deux salariés") restricts, and "n'a jamais été aussi bas"
# tells a record: neither denies. A negative subject denies too: "Aucun salarié n'a été licencié",
# "Nul élu ne l'a voté", "Pas un seul cas n'a été recensé" (`_FAR_DENIAL`).
NEGATION = re.compile(
    r"\b(?:ne\s+|n['’])(?:[^\W\d_]+['’\s]+){0,3}?"
    r"(?:pas|rien|aucun|aucune|guère|nullement|plus(?!(?:\s+[^\W\d_]+){0,2}?\s+qu(?:e\b|['’]))|jamais(?!\s+(?:[^\W\d_]+\s+){0,2}?(?:que|qu['’]|aussi|autant)\b))\b"
    r"|(?:\baucune?|^\s*nul(?:le)?)\s+[^\W\d_]+\b[^.;:!?]*?\b(?:ne\s|n['’])",
    re.IGNORECASE,
)
# "aucun" comes after the verb and its complement, farther than "pas": "n'a mis en service aucune
# centrale", "n'a versé cette année aucun dividende"; not after "que" ("ne compte que deux crèches,
# dont aucune ...") nor "sans" ("craint que le chantier ne prenne du retard sans aucune
# compensation": a "ne" of no denial). With "Pas un seul cas n'a été recensé", apart from NEGATION
# and looked for only where "aucun" or "seul" is written: two alternatives more would cost every
# claim's search a third again.
_FAR_DENIAL = re.compile(
    r"\b(?:ne\s+|n['’])(?:(?!qu(?:e\b|['’]))[^\W\d_]+['’\s]+){4,6}?(?<!sans\s)aucune?\b"
    r"|\bpas\s+une?\s+seule?\s+[^\W\d_]+\b[^.;:!?]*?\b(?:ne\s|n['’])",
    re.IGNORECASE,
)
# A relative clause between commas tells of someone else than the claim's verb: "Le maire, qui
# n'a pas souhaité réagir, a augmenté la taxe" does not deny the rise.
RELATIVE_ASIDE = re.compile(r",\s*(?:qui|dont|que|qu['’])\b[^,.;:!?]*,", re.IGNORECASE)


def _denial(text: str) -> tuple[str, re.Match | None]:
    """`text` without its relative asides, and the words that deny its verb there, if any."""
    text = RELATIVE_ASIDE.sub(",", text)
    found = NEGATION.search(text)
    if found is None and ("aucun" in (lowered := text.lower()) or "seul" in lowered):
        found = _FAR_DENIAL.search(text)
    return text, found


def denied(text: str) -> bool:
    """Whether `text` denies its verb ("La commune n'a pas augmenté la taxe")."""
    return _denial(text)[1] is not None


def denial_words(text: str) -> str:
    """The words that deny the verb of `text` ("n'a pas"), else "": what an editor compares in
    an inconsistency of kind "denial"."""
    found = _denial(text)[1]
    return found.group(0) if found else ""


def change_word(text: str) -> str:
    """The first word of `text` that tells a rise or a fall ("a reculé": "reculé"), else "": what
    an editor compares where one claim tells the fall of what the other tells risen."""
    return next((word for word in WORD.findall(text) if stem(word.lower()) in RISE_STEMS | FALL_STEMS), "")


def denied_part(text: str) -> str:
    """What `text` denies: its words after the denial ("relevé le prix en mars" in "Contrairement
    aux annonces, le conseil n'a pas relevé le prix en mars"), else ""."""
    text, found = _denial(text)
    return text[found.end() :] if found else ""
