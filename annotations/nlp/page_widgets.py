"""A page's widgets on their own line (`boilerplate` reads them): interface words alone ("Partager", "Menu",
"Abonnés"), a share box ("Partager : Facebook · WhatsApp", "Partager par courriel", "Partager ce direct"), a page's
tags ("Tags : Abidjan · Transports"), a counter ("148 vues"), a call for readers' testimonies ("Envoyez-nous vos
photos", "Envoyez vos témoignages via notre formulaire.") and an app's pitch ("... dans notre appli").

Each has its look-alike in an article: "Partager ce moment avec ses enfants ...", a headline "Tags : la mairie
déclare la guerre aux graffitis", "La vidéo a reçu 2 310 vues.", a town's notice "Envoyez vos photos à la mairie
avant le 15 janvier.", a shopkeeper's "— On prend les commandes via notre appli"."""

import re

from annotations.nlp.lexicon import words

# Words that are chrome alone (a "Partager" button, a "Menu" link) but prose inside a sentence.
INTERFACE_WORDS = words(
    "partager partagez partage imprimer publicité cookies share tweet abonnement menu fermer rechercher recherche "
    "connexion inscription contact contribuer direct replay podcasts vidéos newsletters accueil "
    "facebook x twitter whatsapp linkedin instagram pinterest flipboard messenger e-mail email mail google "
    "telegram bluesky threads reddit sms courriel abonné abonnés abonnée premium"
)
# A share box on one line, its label and networks or its button (in a sentence, "partager ce moment avec ..." is a verb).
_SHARE_LINE = re.compile(r"^(?:partager|partagez|partage)\s*:|^(?:partager|partagez) (?:par|ce|cette) [\w-]+\W*$", re.I)
_SHARE_OBJECTS = words(
    "courriel e e-mail email mail sms direct live article contenu reportage dossier podcast lien page vidéo ce cette par"
)
# Tags: short items after their label, two or more, or one in capitals ("Tags : Dakar · Port", "Mots-clés : Budget").
_TAGS = re.compile(r"^(?:tags?|mots?[- ]clés?|étiquettes?)\s*:\s*(?P<items>[^.!?]+)$", re.I)
_TAG_SEPARATOR = re.compile(r"\s*[,·|•/;]\s*")
_MAX_TAG_WORDS = 3
# A counter, and a readers' call addressed to the site ("-nous", its form, its newsroom, an address) or alone
# ("Envoyez vos photos", not "Envoyez vos photos à la mairie avant le 15 janvier."), or an app's
# pitch, without a stop, not in a dialogue's or a quote's mouth.
_COUNTER_OR_CALL = re.compile(
    r"^\d[\d  .,]*k?\s?(?:vues?|lectures?|partages?|likes?)$"
    r"|^(?:envoyez|adressez|racontez)(?:[- ]nous (?:vos|votre)|(?: vos| votre)(?=[^.!?]*(?:\bnotre (?:formulaire|"
    r"rédaction|site|appli)|\bla rédaction\b|@)|(?=\s\S+\s*[.!]?$))) (?:témoignages?|photos?|vidéos?|questions?|histoires?)\b"
    r"|^[^-—–«\"].*\b(?:dans|sur|via) notre appli(?:cation)?(?: mobile)?\s*$",
    re.I,
)


def is_widget(line: str, tokens: list[str]) -> bool:
    """Whether `line` (its lower-case word `tokens`) is a page's widget: interface words, a share box, tags, a
    counter, a readers' call or an app's pitch."""
    if len(line.split()) <= 2 and all(word.lower().strip(":") in INTERFACE_WORDS for word in line.split()):
        return True
    if _SHARE_LINE.match(line) and all(token in INTERFACE_WORDS or token in _SHARE_OBJECTS for token in tokens[1:]):
        return True
    return _are_tags(line) or bool(_COUNTER_OR_CALL.search(line))


def _are_tags(line: str) -> bool:
    match = _TAGS.match(line) if line[:1] in "TtMmÉé" else None
    if not match:
        return False
    items = _TAG_SEPARATOR.split(match.group("items").strip())
    if any(len(item.split()) > _MAX_TAG_WORDS for item in items):
        return False
    return len(items) >= 2 or items[0][:1].isupper()
