"""Titles of works and named projects, in French quotation marks after the word for what they are:
"le film « Le Comte de Monte-Cristo »", "l'exposition « Miles Davis, le son et l'image »", "un
programme baptisé « Cours Oasis »" (MISC, the title without its quotes, as `entities.fr.md`
marks events and plans); or with its author, its publisher, a prize or its screening around it (below). A
quotation in any other context is a quote, not a title.
"""

import re

from spacy.tokens import Doc, Span

from annotations.nlp.spans import SpanSet
from annotations.nlp.state import state

_WORKS = (
    r"film|long-métrage|long métrage|court-métrage|documentaire|série|feuilleton|livre|roman|essai|recueil|album|"
    r"disque|chanson|single|tube|pièce|spectacle|comédie musicale|opéra|ballet|exposition|bande dessinée|BD|"
    r"tableau|toile|podcast|émission|jeu vidéo"
)
_KIND = _WORKS + r"|baptisée?s?|intitulée?s?|nommée?s?"
_TITLE = r"«\s?(?P<title>[A-ZÀ-Ý0-9](?:[^«».!?]|\.(?=\S)){0,90}?)\s?»"
# The kind, up to two words after it ("le film d'animation « X »", "l'exposition temporaire « X »"),
# then a title opening on a capital or a figure, of a dozen words at most; the kind in either case
# ("Intitulée « X »" opens a sentence).
_TITLED = re.compile(rf"\b(?i:{_KIND})\s+(?:[a-zà-ÿ'’-]+\s+){{0,2}}{_TITLE}")
# Or a work's revival or adaptation, its title right after the "de" of the work: "la reprise du « Misanthrope »",
# "l'adaptation de « Germinal »" (a revival of anything else comes with a quote of its speaker: "la reprise des
# négociations « Nous ne céderons rien », a prévenu la CGT", "la reprise « sera lente »").
_REVIVED = re.compile(rf"\b(?i:reprise|adaptation)\s+(?:de\s+|du\s+|des\s+|d['’]\s?){_TITLE}")
# Or the title first, the kind in apposition right after its determiner, an ordinal or an adjective at
# most between, or right after that ordinal or adjective alone ("« Les Années claires », premier roman de la
# journaliste"): "« Les Heures creuses », son quatrième roman", "« Lumière d'hiver », un deuxième album plus
# sombre"; the apposition ends there or goes on with its complement ("son premier film, sorti en 2019", "la
# série de France 2"). A quote is followed by its speaker ("« ... », le réalisateur du film raconte"), or by a
# clause of what it tells of ("« ... », la série noire continue": a run of misfortunes, no work).
_BEFORE_THE_KIND = r"(?:[a-zà-ÿ]+(?:ième|ier|ière|nd|nde)|nouvel|nouveau|nouvelle|seul|seule|petit|petite|grand|grande)"
_AFTER_THE_KIND = (
    r"(?=\s*[,.;:)»]|\s+(?:de|d'|du|des|en|sur|à|avec|qui|plus|très|sorti|sortie|paru|parue|publié|publiée|"
    r"signé|signée|réalisé|réalisée|produit|produite|diffusé|diffusée|adapté|adaptée)\b)"
)
_APPOSED = re.compile(
    rf"{_TITLE},\s+(?:(?:un|une|le|la|l['’]|son|sa|leur)\s*(?:{_BEFORE_THE_KIND}\s+)?|{_BEFORE_THE_KIND}\s+)"
    rf"(?:{_WORKS})\b{_AFTER_THE_KIND}"
)
# Or the title, then its author's or director's name: "« Le Misanthrope » de Molière", "« Tosca » de Giacomo
# Puccini" (a quote goes on with its speaker's verb: "« ... », dit-il").
_BY_AUTHOR = re.compile(rf"{_TITLE}\s+(?:de|d['’])\s?(?=[A-ZÀ-Ý][a-zà-ÿ])")
# Or the title, then its maker by trade: "« Marées basses », de la photographe Aurore Valade", "« Nuits » du
# réalisateur X" (not "« Nous tiendrons », du maire": a quote's speaker has no artist's trade).
_ARTISTS = (
    r"photographe|peintre|plasticien|plasticienne|sculpteur|sculptrice|artiste|réalisateur|réalisatrice|cinéaste|"
    r"romancier|romancière|écrivain|écrivaine|auteur|autrice|dramaturge|chorégraphe|compositeur|compositrice|"
    r"dessinateur|dessinatrice|illustrateur|illustratrice|metteur en scène|metteuse en scène|poète|poétesse"
)
_BY_TRADE = re.compile(rf"{_TITLE},?\s+(?:de\s+la|du|de\s+l['’])\s*(?:jeune\s+)?(?:{_ARTISTS})\b")
# Or the title, then where it came out: "« Le Fil rouge », paru chez Actes Sud", "« Les Années », publié en 2008 chez
# Gallimard" (a quote is not published: "« ... », publie le ministre" has no "chez").
# Its publisher after "chez" is a firm (ORG), not the person of the same name: "chez Grasset", "chez Actes Sud".
_PUBLISHER = r"(?P<publisher>[A-ZÀ-Ý][\w'-]+(?: [A-ZÀ-Ý][\w'-]+)?)?"
_PUBLISHED = re.compile(
    rf"{_TITLE},?\s+(?:paru|parue|parus|parues|publié|publiée|publiés|publiées)\s+(?:[\w ]{{0,20}}\s)?chez\s{_PUBLISHER}"
)
# Or the title after a writer's verb of publishing and its publisher ("X publie « Jacaranda » chez Grasset"), after
# a prize's verb and "pour" ("couronnée pour « Les Années »", "remis à X pour « L'Arabe du futur »": a quote is
# said, not awarded), or before the verb of its showing ("« Le Comte de Monte-Cristo » sera projeté"; a quote is
# not screened nor broadcast again).
_PUBLISHES = re.compile(
    rf"\b(?:publie|publient|publié|publiée|sort|sortent|signe|signent)\s+{_TITLE}\s+(?:chez|aux éditions)\s{_PUBLISHER}"
)
_AWARDED = re.compile(
    rf"\b(?:récompensée?s?|couronnée?s?|primée?s?|sacrée?s?|distinguée?s?|remise?s?\s+à\s+[A-ZÀ-Ý][^,.;«»]{{0,40}}?)"
    rf"\s+pour\s+{_TITLE}"
)
_SHOWN = re.compile(
    rf"{_TITLE}\s+(?:sera|seront|est|sont|a été|ont été|va être|vont être)\s+"
    r"(?:projetée?s?|rediffusée?s?|rééditée?s?|traduite?s?)\b"
)
_MAX_WORDS = 12


def titled_works(doc: Doc, values: SpanSet) -> list[Span]:
    spans = []
    text = state(doc).text  # Doc.text would join every token again
    if "«" not in text:
        return spans  # every title is in French quotation marks
    titles = (_TITLED, _REVIVED, _APPOSED, _BY_AUTHOR, _BY_TRADE, _PUBLISHED, _PUBLISHES, _AWARDED, _SHOWN)
    for match in (match for pattern in titles for match in pattern.finditer(text)):
        start, end = match.span("title")
        if len(match["title"].split()) > _MAX_WORDS or values.overlaps(start, end):
            continue
        span = doc.char_span(start, end, label="MISC", alignment_mode="contract")
        if span is not None and len(span):
            spans.append(span)
        publisher = match.groupdict().get("publisher") and doc.char_span(*match.span("publisher"), label="ORG")
        if publisher:
            spans.append(publisher)
    return spans


# A festival named after its town and what it shows: "Montréal en lumière", "Chartres en lumières", "Bourges en
# scène", with its head when it has one ("le festival Chartres en lumières"). Not the town feasting or celebrating
# ("Paris en fête"; "Lyon en musique ce soir" is either: left out).
# Not after "mettre": "a mis Molière en scène", "met Lyon en lumière" say what one does to a person or a town.
_TOWN_EVENT = re.compile(
    r"\b(?<!\bmis )(?<!\bmise )(?<!\bmet )(?<!\bmettre )(?<!\bmettent )(?<!\bmettra )"
    r"(?:festival )?[A-ZÀ-Ý][\w'’-]+ en (?:lumières?|scènes?|images|bulles)\b"
)


_TOWN_EVENT_WORDS = (" en lumi", " en sc", " en images", " en bulles")


def town_events(doc: Doc) -> list[Span]:
    """The festivals named by a town and "en lumière", "en scène"... (above), MISC: the model reads their town."""
    return _events(doc, _TOWN_EVENT, _TOWN_EVENT_WORDS)


# The cycling races French-language news names by their own name, which the model reads as a place, or runs on into
# the verb when the race opens a sentence with its article ("La Flèche brabançonne a souri à ...", "La Doyenne
# partira de Liège"): MISC, the article out. Written for Saga from general knowledge of the classics and the stage
# races of France, Belgium, Switzerland, Québec and Africa. "Doyenne" (Liège-Bastogne-Liège) capitalised, not before
# "de", "du", "des" ("la Doyenne des Français", a person).
RACES = (
    "Flèche wallonne|Flèche brabançonne|Doyenne(?!\\s+d)|Liège-Bastogne-Liège|Tour des Flandres|Ronde van Vlaanderen|"
    "Paris-Roubaix|Amstel Gold Race|Gand-Wevelgem|Milan-San Remo|Tour de Lombardie|Tour de Romandie|Tour de Suisse|"
    "Critérium du Dauphiné|Quatre Jours de Dunkerque|Boucles de la Mayenne|Grand Prix cycliste de (?:Québec|Montréal)|"
    "Tour du Faso|Tour du Rwanda|Tropicale Amissa Bongo|Tour de l['’]Avenir|Grande Boucle"
)
_RACE = re.compile(rf"\b(?:{RACES})\b(?![-'’])")
_RACE_WORDS = ("Flèche", "Doyenne", "Tour d", "Boucle", "Liège-", "Paris-", "Gold", "-Wevelgem", "Milan-", "Critérium")
_RACE_WORDS += ("Quatre Jours", "Grand Prix cycliste", "Tropicale", "Ronde")


def known_races(doc: Doc) -> list[Span]:
    """The races of `RACES` in the text, MISC."""
    return _events(doc, _RACE, _RACE_WORDS)


def _events(doc: Doc, pattern: re.Pattern, substrings: tuple[str, ...]) -> list[Span]:
    """The matches of `pattern` in the doc's text, as MISC spans, where one of `substrings` is in it (a substring test
    before the pattern)."""
    text = state(doc).text
    if not any(words in text for words in substrings):
        return []
    spans = (doc.char_span(*match.span(), label="MISC") for match in pattern.finditer(text))
    return [span for span in spans if span is not None]
