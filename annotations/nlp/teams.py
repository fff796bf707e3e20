"""Towns that stand for their teams, and teams' nicknames: on a sports page "Rennes a battu Lorient (3-0)"
names two clubs, not two places (ORG, as `entities_blind14.fr.md` and `entities_blind15.fr.md` mark
them). The model reads a town as a place; what a team does in a match says otherwise: it beats or is
beaten by another, a score follows it, it leads the table by points. The same town where a match is
played or hosted stays a place ("au stade de Rennes", "s'est imposé à Dunkerque (2-0)", "a désigné
Grenoble"). A name always after a plural article in a match report is a team's nickname ("les
Merlus", "les Rouge et Noir"), which the model calls MISC. A results line names its teams by their places
and scores ("Rouen - Versailles 2-1 ; Le Mans - Orléans 0-0"): the model runs the two into one span across
the dash, reads a score's half as a club's number, or the league's country with its name.
"""

import re
from functools import lru_cache

from spacy.tokens import Span

from annotations.nlp.clubs import CLUB_COLOURS
from annotations.nlp.common_words import NO_BODY_ACRONYMS
from annotations.nlp.entity_cues import CONTEXT_CHARS  # how far a cue may stand from the name
from annotations.nlp.nationalities import NATIONALITIES

_SCORE_TEXT = r"\(\d{1,3}-\d{1,3}\)"  # a match's score: "(2-1)"
_SCORE = re.compile(_SCORE_TEXT)
# Where a match was played, between its result and the opponent: "le nul (1-1) au stade Geoffroy-Guichard face à
# X", "une victoire à domicile contre X". By its kind only ("stade", "parc"): `_BEFORE` reads the text lower-cased,
# where a ground by its name alone ("à la Beaujoire") cannot be told from a court ("une victoire au Conseil d'État
# contre Nice").
_GROUND = r"(?:\s+(?:(?:au|à\s+la|à\s+l['’])\s*(?:stade|parc)[\w'’ -]{0,40}?|à\s+domicile|à\s+l'extérieur))?"
# What is said of a team before its name: "a battu X", "battue par X", "face à X" after a match.
_BEFORE = re.compile(
    r"(?:\b(?:a|ont|avait|avaient|aura)\s+(?:battu|dominé|écrasé|surclassé|étrillé|éliminé|accroché|renversé)"
    r"|\b(?:battue?s?|dominée?s?|éliminée?s?|accrochée?s?|tenue?s?\s+en\s+échec)\s+par"
    r"|\bpris\s+le\s+meilleur\s+sur"
    rf"|\b(?:match|rencontre|victoire|défaite|nul|derby|succès|revers)(?:\s+{_SCORE_TEXT})?{_GROUND}"
    r"\s+(?:face\s+à|contre|sur)"
    r"|\b(?:défier|affronter|défiera|affrontera)(?:\s+[a-zà-ÿ-]+)?"
    # the gerund, then the team with its article: "en battant le Stade brestois" (not "dominant", a view)
    r"|\ben\s+(?:battant|écrasant|surclassant|éliminant|renversant)(?:\s+(?:le|la|les))?)\s*$"
)
# A rival in the table, in a text that gives a match's score: "à deux points d'Angers", "trois points de retard sur
# Lens" (a bare "de" only for the gap, after "à": not "recule de deux points de Lyon à Marseille", a poll's range;
# nor "à deux points de Lyon au classement des villes" where no match is played).
_RIVAL_BEFORE = re.compile(
    r"(?:\b(?:\d+|un|deux|trois|quatre|cinq|six|sept|huit|neuf|dix)\s+points?\s+(?:d'avance\s+sur|de\s+retard\s+sur|"
    r"derrière|devant)|\bà\s+(?:\d+|un|deux|trois|quatre|cinq|six|sept|huit|neuf|dix)\s+points?\s+(?:de|d'|du))\s*$"
)
# A results line's score, unbracketed, before its separator or the line's end: "Rouen - Versailles 2-1 ;".
_LINE_SCORE = r"\d{1,3}-\d{1,3}(?=\s*[;,.]|\s*$)"
# What a team does after its name: a score, a win or a loss, its lead, its next away match; in a
# results line, the other team and the score ("Rouen - Versailles 2-1"), a verb in the present ("Oyonnax
# bat Provence Rugby 31-17", "Colomiers s'impose à Mont-de-Marsan") or a draw said of both ("Béziers et
# Grenoble se neutralisent (19-19)").
_IN_A_RESULTS_LINE = rf"{_SCORE_TEXT}|{_LINE_SCORE}|[-–]\s+[\w'’ -]{{2,40}}?\s{_LINE_SCORE}"
_AFTER = re.compile(
    rf"\s+(?:{_IN_A_RESULTS_LINE}"
    r"|(?:a|ont|avait)\s+(?:battu|dominé|écrasé|surclassé|étrillé|éliminé|concédé\s+le\s+nul|arraché\s+le\s+nul"
    r"|chuté|sombré)\b"
    r"|(?:bat|battent|domine|dominent|écrase|écrasent)\s"
    r"|(?:et\s+[\w'’-]+(?:\s+[\w'’-]+)?\s+)?se\s+neutralisent\b"
    r"|s['’](?:est\s+imposée?|impose|imposent|incline|inclinent|est\s+inclinée?)\b|l['’](?:a\s+emporté|emporte)\b"
    r"|compte(?:\s+désormais)?\s+[\w-]+\s+points?\s+d'avance"
    r"|se\s+déplacera\b)"
)
# In a text that gives a score only (a town does these too: "Lyon s'est offert une salle", "surpris par Paris"): a team
# caught out by another, a point taken from it, a win over it, a rebound against it, a team received ("piégé par X", "a
# arraché un point à X", "s'est offert le X", "se relance contre X", "recevront le X"), and the team that does so.
_SCORED_BEFORE = re.compile(
    r"(?:\b(?:piégée?s?|surprise?s?)\s+par|\b(?:recevra|recevront|reçoit|reçoivent)(?:\s+(?:le|la|les|l['’]))?"
    r"|\barraché\s+(?:un|le|deux|trois)\s+points?\s+(?:à|au|aux)"
    r"|\bs['’](?:est\s+)?offerte?s?(?:\s+(?:le|la|les|l['’]))?|\bse\s+relancen?t?\s+contre)\s*$"
)
_SCORED_AFTER = re.compile(r"\s+(?:a\s+arraché|s['’](?:est\s+)?offerte?s?|se\s+relancen?t?\s+contre)\s")
# "(2-1)", or a basketball score unbracketed: "s'est imposé 88-79"; not a range after an article or before "ans" ("les
# 18-25 ans", "du 12-15 juin", "aux 3-4 étoiles")
_ANY_SCORE = re.compile(r"(?<!\bles )(?<!\bdes )(?<!\baux )(?<!\bdu )\b\d{1,3}-\d{1,3}\b(?!\s?ans\b)")

# "le club de Vierzon (75-68)": the town of a team named as such, a place.
_TEAM_OF = re.compile(r"\b(?:club|équipe|formation|joueurs|joueuses|supporters|section)\s+(?:de|d'|du)\s*$")
# "s'est imposé à Dunkerque (2-0)": where the match was played, not face to whom.
_VENUE = re.compile(r"(?<!face)\s+à\s+$")


_SCORED = re.compile(rf"\s+(?:{_IN_A_RESULTS_LINE})")
# A transfer's words: a page on players moving between clubs, where "en provenance du X" is a club's (not a
# train's, as in other news). A player's post alone is ordinary French ("l'attaquant, armé d'un couteau", "le
# Défenseur des droits", "le pilier de la majorité", "s'est engagé à"): the page needs a club's word with it.
_PLAYER_POST = re.compile(
    r"\b(?:attaquante?|défenseur(?!\s+des\s+droits)|gardien(?:ne)?|ailier|pilier|ouvreur|meneur|meneuse|pivot)s?\b"
)
_CLUB_WORD = re.compile(
    r"\b(?:clubs?|mercato|transferts?|recrues?|recrutée?s?|joueur|joueuse|joueurs|joueuses|entraîneur|entraîneuse)\b"
)
# Where a player comes from or goes to, whom a club's offer or next match is from or against: "en provenance du
# X", "prêté à X", "une offre de X", "a échangé le défenseur Y aux X", "face à X", "partie à X".
_TRANSFER_BEFORE = re.compile(
    r"(?:\ben\s+provenance\s+(?:de|du|des|d')|\boffre\s+(?:de|du|des|d')|\bface\s+(?:à|au|aux)"
    r"|\b(?:prêtée?|transférée?|cédée?|partie?|échangée?|prêter|transférer|céder|échanger|vendre)"
    r"(?:\s+[^.,;]{0,40})?\s+(?:à|au|aux))\s*$"
)


@lru_cache(maxsize=8)
def is_a_transfer_page(lowered: str) -> bool:
    """Whether a text (lower-cased) speaks of players and transfers: a player's post and a club's word, or the
    transfer window (cached: asked for each of its names)."""
    return bool(_PLAYER_POST.search(lowered) and _CLUB_WORD.search(lowered)) or "mercato" in lowered


def moves_a_player(occurrences: list[tuple[int, int]], lowered: str) -> bool:
    """Whether a name is a club's on a transfer page, by where a player comes from or goes to ("en provenance
    du X", "prêté à X", "une offre de X", "face à X"): not "en provenance de Lyon" elsewhere, a train's."""
    return is_a_transfer_page(lowered) and any(
        _TRANSFER_BEFORE.search(lowered, max(0, start - CONTEXT_CHARS), start) for start, _ in occurrences
    )


# Where one was born, grew up, lives or keeps a shop: "originaire de X", "elle a grandi à X", "un restaurant à X".
_LIFE_PLACE_BEFORE = re.compile(
    r"\b(?:née?s?|originaires?|natif|native|grandi|vit|vivait|habite|habitait|domiciliée?|enfance|restaurant)"
    r"\s+(?:à|au|de|du|d')\s*$"
)


def clubs_moved_to(occurrences: list[tuple[int, int]], lowered: str) -> list[tuple[int, int]]:
    """The occurrences of a name that are a club's on a transfer page where a player comes from or goes to it
    (`moves_a_player`): all of them but those that say where one was born, grew up or lives. The club is what
    the page speaks of ("partie à Montpellier", "Montpellier a accepté l'offre"); "elle a grandi à Montpellier"
    in the same article is the town."""
    if not moves_a_player(occurrences, lowered):
        return []
    return [
        (start, end)
        for start, end in occurrences
        if not _LIFE_PLACE_BEFORE.search(lowered, max(0, start - CONTEXT_CHARS), start)
    ]


def is_scored(occurrences: list[tuple[int, int]], lowered: str) -> bool:
    """Whether a name the model calls MISC is a team's, a score or the other team and a score right after it
    ("Servette - Young Boys 1-1"); not by a verb ("Le Festival interceltique a battu son record")."""
    return any(_SCORED.match(lowered, end) for _, end in occurrences)


def plays_a_match(occurrences: list[tuple[int, int]], lowered: str) -> bool:
    """Whether a town (one of the model's places) is written as a team at one of its occurrences;
    `lowered`: the text lower-cased."""
    for start, end in occurrences:
        left = lowered[max(0, start - CONTEXT_CHARS) : start]
        if _TEAM_OF.search(left):
            continue
        if _BEFORE.search(left) or (_AFTER.match(lowered, end) and not _VENUE.search(left)):
            return True
        if _RIVAL_BEFORE.search(left) and _SCORE.search(lowered):
            return True
        scored_cue = _SCORED_BEFORE.search(left) or _SCORED_AFTER.match(lowered, end)
        if scored_cue and _ANY_SCORE.search(lowered):
            return True
    return False


_PLURAL_ARTICLE = re.compile(r"\b(?:les|des|aux)\s+$")
# What a team does in a match, around its nickname: "face aux Rouge et Noir", "les Merlus ont sombré".
_PLAYS_BEFORE = re.compile(r"\b(?:face|contre|devant|par|sur)\s+(?:aux|les|des)\s+$")
_PLAYS_AFTER = re.compile(
    r"\s+(?:n'|ne\s+)?(?:ont|avaient)\s+(?:\w+\s+)?(?:battu|dominé|sombré|marqué|égalisé|ouvert|concédé|"
    r"perdu|gagné|remporté|craqué|cédé)\b|\s+(?:se\s+sont|s'étaient)\s+imposés|\s+l'ont\s+emporté|\s+mènent\b"
    # and where they stand in the table: "les Merlus restent lanterne rouge", "les Zèbres remontent à la sixième place"
    r"|\s+(?:restent|demeurent|remontent|reculent|pointent|occupent|comptent)\s+(?:désormais\s+)?(?:lanterne|leaders?|"
    r"en\s+tête|à\s+la\s+[\w-]+\s+place|[\w-]+\s+points?)"
)


def is_a_nickname(occurrences: list[tuple[int, int]], lowered: str) -> bool:
    """Whether a name is always written after a plural article, in a text that gives a match's score
    ("Rennes a battu Lorient (3-0)"), and plays the match at least once ("les Merlus ont ouvert la
    marque", "face aux Merlus"): not "des Jeux olympiques" or "les Mondiaux" in the same report."""
    return (
        bool(occurrences)
        and all(_PLURAL_ARTICLE.search(lowered, max(0, start - 5), start) for start, _ in occurrences)
        and bool(_SCORE.search(lowered))
        and any(
            _PLAYS_BEFORE.search(lowered, max(0, start - CONTEXT_CHARS), start) or _PLAYS_AFTER.match(lowered, end)
            for start, end in occurrences
        )
    )


_LEAGUE_WORDS = frozenset({"league", "liga", "bundesliga"})


def without_its_country(span: Span | None) -> Span | None:
    """A league's name without the country's adjective the model read with it: "Ligue 1 ivoirienne", "Super
    League suisse", "Serie A italienne" (the adjective says whose league, as "sénégalaise" after "l'Assemblée
    nationale"); a body's stays ("la Ligue arabe", "le Sénat roumain")."""
    if span is None or len(span) < 3 or not span[-1].is_lower:
        return span
    country = span[-1].lower_ in NATIONALITIES or span[-1].lower_ == "suisse"
    league = span[-2].is_digit or (len(span[-2]) == 1 and span[-2].is_upper) or span[-2].lower_ in _LEAGUE_WORDS
    return Span(span.doc, span.start, span.end - 1, label=span.label_) if country and league else span


def before_a_score(span: Span) -> Span:
    """A club's name without the first half of a score its pattern took as a department's number: "Provence
    Rugby 31" before "-17" (not "Grenoble Foot 38", the department's)."""
    doc, end = span.doc, span.end
    if len(span) > 1 and span[-1].is_digit and end + 1 < len(doc) and doc[end].text == "-" and doc[end + 1].is_digit:
        return Span(doc, span.start, end - 1, label=span.label_)
    return span


def home_team(ent: Span, span: Span) -> Span | None:
    """The first team of a results line, which the model read with the second across the spaced dash
    and `trim` cut off its span `span` ("Rouen - Versailles 2-1": "Rouen" before "Versailles"), when a
    score follows the second ("Le Mans - Orléans 0-0", "(1-3)"); not a dateline's town ("NANTES – Jean
    Morel") nor a name before an aside ("Paul Vidal - qui fut maire")."""
    doc = ent.doc
    dashes = [
        t.i for t in ent if t.text in ("-", "–") and t.whitespace_ and t.i > ent.start and doc[t.i - 1].whitespace_
    ]
    if len(dashes) != 1 or span.start <= dashes[0]:
        return None
    home = doc[ent.start : dashes[0]]
    if not all(token.text[:1].isupper() or token.text in ("-", "'", "’") for token in home):
        return None
    score = doc[span.end : span.end + 5].text.replace(" ", "")
    return home if re.match(r"\(?\d{1,3}-\d{1,3}\b", score) else None


# A match report: a score, or a match's, a league's or a coach's word ("la finale de Coupe de France").
_MATCH_REPORT = re.compile(r"\(\d{1,3}-\d{1,3}\)|\b(?:match|championnat|finale|entraîneur)\b")
# One capitalised word in the plural after a plural article, no name nor complement going on after it ("les Remparts
# de Québec", "les Trophées de la robotique" are the model's): "Les Lionceaux n'avaient plus", "face aux Dogues"; or a
# colour that takes no plural ("Les Grenat reviennent").
_NICKNAME = re.compile(
    r"\b(?:les|Les|des|aux|Aux)\s+([A-ZÀ-Ý][a-zà-ÿ]{3,}[sx]|Grenat|Azur)\b(?![-'’])(?!\s+(?:de|du|des|d['’])\W)"
    r"(?!\s+d['’][A-ZÀ-Ý])(?!\s+[A-ZÀ-Ý])"
)
# Capitalised plurals of a sports page that name events or people, no team: "les Jeux", "les Mondiaux".
_NO_NICKNAMES = frozenset({"Jeux", "Mondiaux", "Championnats", "Internationaux", "Masters", "Nations"})
# A place's preposition before the article: "dans les Landes", "vers les Alpes", "depuis les Vosges" (no team is gone
# into or come from; "sa victoire sur les Canaris" names one).
_INTO_A_PLACE = re.compile(r"\b(?:dans|vers|depuis)\s+$")


def nicknames(doc, text: str, common) -> list[Span]:
    """The teams' nicknames of a match report, ORG: a capitalised plural after a plural article ("Les Aiglons
    restent sur deux finales perdues", "L'entraîneur des Rouges"), which the model reads as a place, a person or
    nothing; not a demonym (`common`: "les Lyonnais", "les Savoyards"), a nationality, an event ("les Jeux"), nor a
    place the model reads that is no common word ("les Pyrénées"; "les Dogues" is one) or that follows another place
    in a list ("les Balkans et les Flandres"), nor a plural after a place's preposition ("dans les Landes").
    `text`: the doc's."""
    if not _MATCH_REPORT.search(text):
        return []
    places = [ent for ent in doc.ents if ent.label_ == "LOC"]  # "Comores", or "Les Seychelles" with its article
    named = {ent.text for ent in places}
    found = []
    for match in _NICKNAME.finditer(text):
        word, at = match.group(1), match.start(1)
        colour = word[:-1] in CLUB_COLOURS or word in CLUB_COLOURS  # "les Rouges", "les Grenat": no demonym
        if word in _NO_NICKNAMES or word.lower() in NATIONALITIES or (common.is_demonym(word) and not colour):
            continue
        read_as_a_place = word in named or any(ent.start_char <= at < ent.end_char for ent in places)
        if read_as_a_place and (not common.is_common(word) or _listed_with_a_place(places, text, at)):
            continue  # "des Pyrénées"; "les Balkans et les Flandres" ("les Dogues" the model reads alone is a team)
        if _INTO_A_PLACE.search(text[max(0, at - 14) : at - 4]):
            continue
        span = doc.char_span(*match.span(1), label="ORG")
        if span is not None and not span[0].is_sent_start:
            found.append(span)
    return found


# Clubs that French-language news names by one short word after its article, which the model reads as a place, a
# person or nothing ("le Wydad et le Raja", "l'Espérance", "du Canadien", "l'OM"): written for Saga from general
# knowledge of the leagues of France, Belgium, Switzerland, Québec and Africa. Not the towns (left to
# `plays_a_match`) nor "l'Union", "le Real" alone (the Union, a quality).
SHORT_CLUBS = frozenset(
    {"OM", "PSG", "OL", "Barça", "Servette", "Xamax", "Standard", "Canadien", "Wydad", "Raja", "Espérance"}
    | {"Club africain", "Étoile du Sahel", "Horoya", "Jaraaf", "Asec", "Asec Mimosas", "Mazembe", "TP Mazembe"}
    | {"Zamalek", "Al Ahly", "Hafia", "Djoliba", "Simba", "Coton Sport", "Vita Club", "Africa Sports"}
)
_SHORT_CLUB = re.compile(
    r"\b(?:[Ll]e|[Dd]u|[Aa]u|[Ll]['’])\s?("
    + "|".join(map(re.escape, sorted(SHORT_CLUBS, key=len, reverse=True)))
    + r")\b(?![-'’])(?!\s+(?:(?:de|du)\s+|d['’])?[A-ZÀ-Ý])"
)


@lru_cache(maxsize=8)
def _reports_a_match(text: str) -> bool:
    """A score or a match's, a league's or a coach's word in `text` (cached: short_clubs and clubs_of_towns both ask
    it of each text)."""
    return bool(_MATCH_REPORT.search(text) or _ANY_SCORE.search(text))


def short_clubs(doc, text: str) -> list[Span]:
    """The clubs of `SHORT_CLUBS` after their article in a match report (a score, or a match's, a league's or a
    coach's word), ORG; not before a capitalised word ("le Canadien Félix Auger-Aliassime", a player's country) nor
    its town ("le Standard de Liège", the model's whole)."""
    if not _reports_a_match(text):
        return []
    players = _players_by_nationality(text) if "Canadien" in text else set()
    matches = (m for m in _SHORT_CLUB.finditer(text) if m[1] != "Canadien" or not players - {"Canadien"})
    spans = (doc.char_span(*match.span(1), label="ORG") for match in matches)
    return [span for span in spans if span is not None]


# A player named by a nationality after its article ("face au Français", "l'Espagnol a cédé"): in such a page "le
# Canadien" is a player too ("Le Canadien s'est imposé 6-4, 6-2 face au Français"), no club.
_AFTER_ITS_ARTICLE = re.compile(
    r"\b(?:[Ll]e|[Ll]a|[Dd]u|[Aa]u|[Ll]['’])\s?([A-ZÀ-Ý][a-zà-ÿ]{3,})\b(?![-'’]|\s+[A-ZÀ-Ý])"
)


def _players_by_nationality(text: str) -> set[str]:
    """The nationalities named alone after an article in `text` ("au Français", "l'Espagnole")."""
    return {word for word in _AFTER_ITS_ARTICLE.findall(text) if word.lower() in NATIONALITIES}


# A club named by a plural nickname or an acronym and its town, after a plural article: "les Sénateurs d'Ottawa", "face
# aux FAR de Rabat" (one ORG, as "Remparts de Québec" in `entities_blind30.fr.md`), which the model cuts in two.
_CLUB_OF_A_TOWN = re.compile(
    r"\b(?:les|Les|des|aux|Aux)\s+((?:[A-ZÀ-Ý][a-zà-ÿ]{3,}[sx]|[A-Z]{2,5})\s+(?:de\s+|d['’])[A-ZÀ-Ý][\w'’-]+)\b"
    r"(?!\s+[A-ZÀ-Ý])"
)


# Plurals and acronyms before a town that name events or kinds, no club: "les JO de Paris", "les Fêtes de Genève", "les
# PME de Vendée".
_NO_CLUB_WORDS = _NO_NICKNAMES | NO_BODY_ACRONYMS | {"JO", "JOJ", "Fêtes", "Rencontres", "Journées", "Nuits", "Assises"}


def clubs_of_towns(doc, text: str, common) -> list[Span]:
    """The clubs of `_CLUB_OF_A_TOWN` in a match report, ORG; not a demonym, a nationality, an event ("les Jeux de
    Paris", "les Mondiaux de Doha") or a place the model reads. `common`: the common words."""
    if not _reports_a_match(text):
        return []
    found = []
    for match in _CLUB_OF_A_TOWN.finditer(text):
        word = match.group(1).split()[0]
        if word in _NO_CLUB_WORDS or word.lower() in NATIONALITIES or common.is_demonym(word):
            continue
        span = doc.char_span(*match.span(1), label="ORG")
        if span is None or span[0].is_sent_start:
            continue
        place = next((ent for ent in doc.ents if ent.start <= span.start and ent.end >= span.end), None)
        if place is None or place.label_ != "LOC":
            found.append(span)  # (not "Les Alpes de Haute-Provence", the model's place whole)
    return found


def _listed_with_a_place(places, text: str, at: int) -> bool:
    """Whether the plural at `at` (after its article) follows another place in a list: "les Balkans et les Flandres",
    "les Carpates, les Alpes"."""
    return any(text[ent.end_char : at - 4].strip() in ("", ",", "et", "ou") for ent in places if ent.end_char < at - 4)
