"""Names known by heart: political parties (French ones, and those of the countries French news
reports on most) by their names and acronyms, "l'État" and the chambers and palaces that stand for
the State's powers ("le Sénat", "l'Élysée"), all ORG.

The model reads many of them as places or events ("Les Républicains" MISC, "La France" for "La France
insoumise", "LR" MISC), and some hold a common word that heads nothing ("Rassemblement",
"Reconquête"). Written for Saga from general knowledge of French politics; the article is part of the
name where the party writes it ("Les Républicains", "La France insoumise"). Names that are common words
too ("Renaissance", "Horizons") are the party only after a party's noun ("les députés Renaissance") or in a
sentence that names another or says "parti" (`PARTY_WORDS`, `_among_parties`); left out: "Ensemble", "Agir",
which open sentences as often as words.
"""

import re

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from annotations.nlp.known_bodies import ADMINISTRATIONS, BROADCAST_PROGRAMMES, is_a_programme
from annotations.nlp.known_firms import KNOWN_FIRMS, names_no_firm
from annotations.nlp.lexicon import words
from annotations.nlp.spans import SpanSet
from annotations.nlp.state import state

PARTY_NAMES = frozenset(
    {
        "La France insoumise",
        "France insoumise",
        "Les Républicains",
        "Rassemblement national",
        "Front national",
        "Parti socialiste",
        "Parti communiste français",
        "Parti radical de gauche",
        "Les Écologistes",
        "Europe Écologie Les Verts",
        "Europe Écologie-Les Verts",
        "Mouvement démocrate",
        "Union des démocrates et indépendants",
        "Reconquête",
        "Debout la France",
        "Lutte ouvrière",
        "Nouveau Parti anticapitaliste",
        "Place publique",
        "Génération écologie",
        "Les Patriotes",
        "Nouveau Front populaire",
        "La République en marche",
        "Union pour un mouvement populaire",
    }
) | frozenset(
    # Parties abroad that French-language news names, above all in the francophone countries
    # (Belgium, Switzerland, Luxembourg, Quebec and Canada, Africa) and the European neighbours.
    # Left out, as in France: names that are common words or places ("Le Centre", "Ensemble").
    {
        "Les Engagés",
        "Mouvement réformateur",
        "Parti du travail de Belgique",
        "Ecolo",
        "DéFI",
        "Vooruit",
        "Vlaams Belang",
        "Nieuw-Vlaamse Alliantie",
        "Open VLD",
        "Groen",
        "Union démocratique du centre",
        "Parti libéral-radical",
        "Parti socialiste suisse",
        "Les Vert-e-s",
        "Vert'libéraux",
        "Vert’libéraux",
        "Parti chrétien-social",
        "déi gréng",
        "déi Lénk",
        "Coalition avenir Québec",
        "Parti québécois",
        "Parti libéral du Québec",
        "Québec solidaire",
        "Bloc québécois",
        "Parti libéral du Canada",
        "Parti conservateur du Canada",
        "Nouveau Parti démocratique",
        "Pastef",
        "Alliance pour la République",
        "Parti démocratique sénégalais",
        "Front populaire ivoirien",
        "Rassemblement des houphouëtistes pour la démocratie et la paix",
        "Parti démocratique de Côte d'Ivoire",
        "Parti démocratique de Côte d’Ivoire",
        "Rassemblement démocratique du peuple camerounais",
        "Union pour la démocratie et le progrès social",
        "Ennahdha",
        "Istiqlal",
        "Parti de la justice et du développement",
        "Rassemblement national des indépendants",
        "Front de libération nationale",
        "Parti populaire européen",
        "Renew Europe",
        "Renew",
        "The Left",
        "Patriotes pour l'Europe",
        "Conservateurs et réformistes européens",
        "Parti travailliste",
        "Parti conservateur",
        "Parti démocrate",
        "Parti républicain",
        "Fratelli d'Italia",
        "Fratelli d’Italia",
        "Mouvement 5 étoiles",
        "Die Linke",
    }
)
# Parties named by a common word: the party only after a party's noun or among other parties (`_among_parties`).
PARTY_WORDS = frozenset({"Renaissance", "Horizons"})
PARTY_ACRONYMS = frozenset(
    [
        "LFI",
        "LR",
        "RN",
        "FN",
        "PS",
        "PCF",
        "PRG",
        "EELV",
        "MoDem",
        "UDI",
        "NFP",
        "LREM",
        "LRM",
        "UMP",
        "LIOT",
        "UDR",
        # abroad (as above); left out where the letters say something else too: "SDF" (homeless),
        # "PDG" (chief executive), "PPE" (the energy plan), "CSV" (a file), "RPG", "RPM", "DP", "QS"
        "MR",
        "PTB",
        "N-VA",
        "CD&V",
        "UDC",
        "PLR",
        "LSAP",
        "ADR",
        "CAQ",
        "PLQ",
        "NPD",
        "APR",
        "PDS",
        "RHDP",
        "PDCI",
        "PDCI-RDA",
        "FPI",
        "PPA-CI",
        "RDPC",
        "UDPS",
        "PJD",
        "RNI",
        "FLN",
        "CDU",
        "CSU",
        "SPD",
        "AfD",
        "FDP",
        "PSOE",
        # the European Parliament's groups (not "PPE": see above; "(PPE)" after a member's name is one,
        # name_shapes.organisation_label)
        "S&D",
        "Verts/ALE",
        "ECR",
        "GUE/NGL",
    ]
)


# Capitalised institutions the model reads as events or places: ORG (entities.fr.md).
INSTITUTIONS = (
    frozenset({"Sénat", "Assemblée nationale", "Élysée", "Bercy"})  # "reçu à Bercy": the economy ministry
    | frozenset(
        {"Assurance maladie", "Assurance chômage", "Sécurité sociale"}  # the national insurers, capitalised
    )
    | frozenset(
        # the state's agencies and companies named with "France", which the model reads as the country or a person
        {"Santé publique France", "France Travail", "Météo-France", "Bpifrance", "Business France", "Atout France"}
    )
    | frozenset({"Radio France", "France Télévisions", "France Médias Monde", "Voies navigables de France"})
    # the public radio's stations, named with "France" too
    | frozenset({"France Inter", "France Culture", "France Musique", "France Bleu", "Franceinfo"})
    | frozenset({"Saint-Siège"})  # the Holy See, a state's government: no saint, no place
    # national charities and a society of authors, which the model reads as events ("Les Restos du cœur de la
    # Somme", "la Sacem")
    | frozenset({"Restos du cœur", "Restos du Cœur", "Secours populaire", "Secours populaire français"})
    | frozenset({"Secours catholique", "Sacem"})
)
# The international organisations by their acronyms, which the model misses after "l'" ("de l'ONU"): ORG,
# read as the model's names are (entities._unread_acronyms), so that one in brackets after its long name
# still links to it ("Organisation mondiale de la santé (OMS)").
INTERNATIONAL_ACRONYMS = frozenset({"ONU", "Otan", "OTAN", "OMS", "FMI", "OCDE", "OMC", "Unesco", "Unicef"})
# The state's decorations, named like bodies but awards: MISC ("la Légion d'honneur", "la croix de guerre").
DECORATIONS = frozenset(
    {"Légion d'honneur", "ordre national du Mérite", "croix de guerre", "Croix de guerre", "médaille militaire"}
) | frozenset({"Médaille militaire", "palmes académiques", "Palmes académiques", "ordre des Arts et des Lettres"})
# The leagues that are competitions, which the model, or a list they open ("En Pro D2, Provence Rugby a
# gagné"), reads as bodies: MISC (a longer name the model reads holds them: "Ligue 1 McDonald's").
COMPETITIONS = frozenset({"Ligue 1", "Ligue 2", "Pro D2", "Top 14", "Betclic Élite", "Starligue"})
# and the amateur levels by their number, which the model reads as places: "en Régional 1", "en Nationale 2"
# (from 1 to 3: "la Nationale 7" is a road, and so is "la Nationale 2": `is_no_party`)
COMPETITIONS |= {
    f"{level} {n}" for level in ("National", "Nationale", "Régional", "Régionale", "Fédérale") for n in "123"
}
# The state's programmes for towns, named by common words: MISC ("au titre de Petites villes de demain").
PROGRAMMES = frozenset(
    {"Petites villes de demain", "Action cœur de ville", "Territoires d'industrie", "Villages d'avenir"}
)
THE_STATE = "État"
# (not a federal state by its name: "l'État de New York", "l'État d'Israël")
_THE_STATE = re.compile(
    r"[Ll]['’]État(?!\s+(?:islamique|de droit|major|providence|hébreu)\b)(?!\s+(?:de\s+|du\s+|d['’])[A-ZÀ-Ý])(?![\w-])"
)


def is_the_state(text: str, start: int) -> bool:
    """Whether "État" at `start` names the State: "l'État"; not "d'État", which makes a common noun
    ("coup d'État", "secrétaire d'État") or a body's name ("Conseil d'État"), nor "le chef de
    l'État" (a role), "l'État islamique" (another name) or "l'État de droit" (a principle)."""
    role = text[max(0, start - 10) : max(0, start - 2)].lower().endswith("chef de ")
    return start >= 2 and bool(_THE_STATE.match(text, start - 2)) and not role


class KnownNames:
    """Finds the parties' names, "l'État" and the administrations known by heart in a text, as Spans labelled
    ORG, and the state's decorations and the programmes of television and radio (`known_bodies`), labelled MISC."""

    def __init__(self, nlp: Language):
        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.matcher.add(
            "ORG",
            [
                nlp.make_doc(name)
                for name in sorted(PARTY_NAMES | PARTY_ACRONYMS | INSTITUTIONS | ADMINISTRATIONS | {THE_STATE})
            ],
        )
        self.matcher.add("FIRM", [nlp.make_doc(name) for name in sorted(KNOWN_FIRMS)])
        self.matcher.add("PARTY_WORD", [nlp.make_doc(name) for name in sorted(PARTY_WORDS)])
        self.matcher.add("MISC", [nlp.make_doc(name) for name in sorted(DECORATIONS | COMPETITIONS | PROGRAMMES)])
        self.matcher.add("MISC", [nlp.make_doc(name) for name in sorted(BROADCAST_PROGRAMMES)])

    def __call__(self, doc: Doc, values: SpanSet) -> list[Span]:
        spans = filter_spans(self.matcher(doc, as_spans=True))  # the longest: "Secours populaire français"
        # a firm's name is an organisation's, unless it stands in a person's ("Louis Renault")
        spans = [
            span if span.label_ not in ("FIRM", "PARTY_WORD") else Span(doc, span.start, span.end, label="ORG")
            for span in spans
            if (span.label_ != "FIRM" or not names_no_firm(span))
            and (span.label_ != "PARTY_WORD" or _among_parties(span))
        ]
        return [
            span
            for span in spans
            if not values.overlaps(span.start_char, span.end_char)
            and not is_no_party(span)
            and (span.text != THE_STATE or is_the_state(state(doc).text, span.start_char))
            and (span.text not in BROADCAST_PROGRAMMES or is_a_programme(span))
        ]


# The nouns a party's name follows in apposition: "le parti Horizons", "les députés Renaissance" (after any other
# noun it is a style or a title: "un château Renaissance", "le chapitre Renaissance").
_OF_A_PARTY = words(
    "parti partis groupe liste listes mouvement élu élue élus élues député députée députés députées sénateur "
    "sénatrice sénateurs candidat candidate candidats militant militants adhérents ministre ministres vote électeurs"
)
_DETERMINERS = words("le la les l' un une des du au aux ce cet cette ces son sa ses leur leurs")
# "parti" after "être" is its verb's participle: "il est parti", "ils sont partis".
_TO_BE = words("est sont suis es sommes êtes été être étant était étaient")

# A party's whole name in a text, as whole words ("Renew", not the "Renew" of "Renewables").
_PARTY_NAME = re.compile(
    r"(?<!\w)(?:" + "|".join(map(re.escape, sorted(PARTY_NAMES, key=len, reverse=True))) + r")(?!\w)"
)


def _among_parties(span: Span) -> bool:
    """Whether a party named by a common word ("Renaissance", "Horizons") is the party: capitalised, after no
    article ("la Renaissance", "une Renaissance du village") nor other noun than a party's (`_OF_A_PARTY`), in a
    sentence that names another party or says "parti" ("Horizons, le parti d'Édouard Philippe", "Renaissance et
    le MoDem"; not "il est parti")."""
    doc = span.doc
    if span[0].is_sent_start and span.end < len(doc) and doc[span.end].lower_ in ("du", "de", "des", "d'"):
        return False  # "Renaissance du village": a sentence's first word before its complement
    before = doc[span.start - 1] if span.start else None
    if before is not None and before.lower_ in ("la", "le", "les", "l'", "une", "un", "sa", "cette"):
        return False
    if before is not None and before.is_lower and span.start > 1 and doc[span.start - 2].lower_ in _DETERMINERS:
        return before.lower_ in _OF_A_PARTY  # after a noun (its determiner tells it from a verb: "a quitté Horizons")
    sentence = span.sent
    others = [token for token in sentence if not span.start <= token.i < span.end]
    said = any(
        token.text in ("parti", "partis") and not (token.i and doc[token.i - 1].lower_ in _TO_BE) for token in others
    )
    # (the names looked for in the sentence's text only when a party word was matched: a rare case)
    return (
        said or any(token.text in PARTY_ACRONYMS for token in others) or _PARTY_NAME.search(sentence.text) is not None
    )


def the_party(span: Span) -> Span | None:
    """The party `span` names, if it names one: its whole name where the model stopped short ("le
    Parti socialiste suisse"), with or without the article opening a sentence ("Les Républicains"
    keep theirs, it is their name; "Le Pastef a gagné" does not), or an acronym."""
    doc = span.doc
    starts = [span.start]
    if len(span) > 1 and span[0].is_sent_start and span[0].lower_ in ("le", "la", "les"):
        starts.append(span.start + 1)
    for first in starts:
        for end in range(min(span.end + 2, len(doc)), span.end - 1, -1):  # the longest name first
            if doc[first:end].text in PARTY_NAMES and not is_no_party(doc[first:end]):
                return doc[first:end]
    acronyms = [doc[first : span.end] for first in starts if doc[first : span.end].text in PARTY_ACRONYMS]
    return next((acronym for acronym in acronyms if not is_no_party(acronym)), None)


def is_no_party(span: Span) -> bool:
    """ "la RN 7", "sur la RN" is a road, not the party, and so is "la Nationale 2", not the league
    ("en Nationale 2"); "PS :" a postscript, "en LR" a registered letter, "le DDT" an insecticide."""
    doc = span.doc
    following = doc[span.end] if span.end < len(doc) else None
    before = doc[span.start - 1].lower_ if span.start else ""
    # a number after it makes a road or a league's level ("la RN 7", "en Nationale 2"), not after "l'État", which a
    # verb left out may leave before an amount ("la Région paiera 2 millions et l'État 900 000 euros")
    numbered = following is not None and following.text[:1].isdigit() and span.text != THE_STATE
    if numbered or (following is not None and span.text == "PS" and following.text == ":"):
        return True
    # other parties may be feminine: "la CDU", "la N-VA"; a league is played "en" or "de" its level
    road = before == "la" and (span.text == "RN" or span.text.startswith("Nationale "))
    # the insecticide, not the service: "le DDT", "des traces de DDT" ("la DDT de l'Aude", "les DDT")
    insecticide = span.text == "DDT" and before not in ("la", "les")
    return road or insecticide or (before == "en" and span.text == "LR")


def before_an_institution(span: Span) -> Span:
    """The name the model read on into the chamber it sits in ("le groupe Renaissance à l'Assemblée
    nationale", "les élus LR au Sénat"), cut before it: the chamber is a name of its own (`KnownNames`)."""
    doc = span.doc
    for token in span[1:]:
        if token.lower_ in ("à", "au", "aux"):
            rest = doc[token.i + 1 : span.end].text
            rest = rest[2:] if rest[:2] in ("l'", "l’") else rest
            if any(rest.startswith(name) for name in INSTITUTIONS):
                return doc[span.start : token.i]
    return _without_what_follows_it(span)


def _without_what_follows_it(span: Span) -> Span:
    """An institution the model read on into the words after it ("devant l'Assemblée nationale des coupures
    inacceptables"), cut after its name: a name known whole takes no common complement ("Sénat de Belgique" a
    proper one, which is another body's name, as is a branch's place after an article: "le Secours populaire de la
    Gironde", "l'Assemblée nationale de la Côte d'Ivoire")."""
    doc, text = span.doc, span.text  # the span's text made once, not once a name
    for name in INSTITUTIONS:
        cut = doc.char_span(span.start_char, span.start_char + len(name)) if text.startswith(f"{name} ") else None
        if cut is None or doc[cut.end].lower_ not in ("de", "des", "du", "d'"):
            continue
        after = cut.end + 1
        while after < span.end and doc[after].lower_ in ("la", "le", "les", "l'", "l’"):
            after += 1  # "de la Gironde": the word after the article says whether it is a name
        if doc[after : after + 1].text.islower():
            return cut
    return span
