"""Site chrome of a copied web page, recognised line by line by general rules.

A page copied from a browser brings its chrome along: a breadcrumb trail before the title, a
reading time, share and subscription prompts, a copyright footer, the residue of a media player
(time codes, "Flash plugin"). None of it is the article, so none of it may yield claims.

The rules look at one short line at a time (a long line is prose whatever words it contains):
- a reading-time line ("7 minutes read", "Lecture : 3 min");
- a line made of punctuation or time codes only ("-", "00:00", "12:05 / 45:00");
- a copyright or rights line ("Copyright", "©", "Tous droits réservés", "All rights reserved");
- a line carrying a site-interface phrase (subscribe, log in, unlock, "Lire aussi"), or made of
  one interface word ("Partager", "Publicité");
- a publication line ("Publié le 4 mars 2021", "Mis à jour le ...") or a byline ("Par Jean Dupont");
- a short line written in English function words only, inside a French article (theme strings
  such as "Are you sure ...?");
- a breadcrumb: a line that opens with a navigation word (Home, Accueil) or repeats the next
  line's text at its end (the trail ends with the page title).
Once a copyright line is seen, the short lines after it are the footer.
"""

import re

from annotations.nlp.lexicon import words

MAX_CHROME_WORDS = 16  # a line longer than this is prose, whatever phrase it contains

_READING_TIME = re.compile(
    r"^(?:(?:temps de )?lecture\s*:?\s*)?\d+\s*(?:min(?:utes?)?|mn)\.?\s*(?:read|reading|to read|de lecture|lecture)?$",
    re.I,
)
_PUNCTUATION_OR_TIMECODES = re.compile(r"^[\W_]*(?:\d{1,2}:\d{2}(?::\d{2})?[\W_]*)*$")
_COPYRIGHT = re.compile(
    r"copyright|©|\(c\)\s*\d{4}|all rights? reserved|tous droits réservés|droits de reproduction", re.I
)
# Phrases that only site interfaces use, on a line of up to MAX_CHROME_WORDS words.
_INTERFACE_PHRASES = re.compile(
    r"\b(?:"
    r"abonnez[- ]vous|s'abonner|déjà abonné|réservé aux abonnés|offre d'essai|"
    r"connectez[- ]vous|créer un compte|mot de passe oublié|inscrivez[- ]vous|newsletter|"
    r"suivez[- ]nous|lire aussi|lire la suite|voir aussi|sur le même sujet|articles? similaires?|"
    r"contenu sponsorisé|accepter les cookies|envoyer par e-?mail|"
    r"unlock|subscription|subscribe|sign in|sign up|log in|read more|advertisement|"
    r"flash plugin|update required|designed (?:and|&) developed|powered by|propulsé par|min(?:utes?)? read"
    r")\b",
    re.I,
)
# Words that are chrome alone (a "Partager" button) but prose inside a sentence.
_INTERFACE_WORDS = re.compile(
    r"^(?:partager|partagez|imprimer|publicité|cookies|share|tweet|abonnement|se connecter|commentaires?|menu)\b",
    re.I,
)
MAX_BUTTON_WORDS = 4
# Publication metadata lines: "Publié le 4 mars 2021 à 10h30", "Mis à jour le ...", "Par Jean Dupont".
PUBLICATION_LINE = re.compile(
    r"^(?:publié|mis à jour|modifié|actualisé|posted|published|updated)\b(?:\s+(?:le|on))?", re.I
)
_BYLINE = re.compile(r"^(?:[Pp]ar|[Bb]y)\s+[A-ZÀ-Ý][\w.'-]+(?:\s+(?:[A-ZÀ-Ý][\w.'-]+|et|and|de|,))*\s*$")
_NAVIGATION_START = re.compile(r"^(?:home|accueil|menu)\b", re.I)
_ENGLISH = words("the you your are is this to and of for with by sure want left do not be it")
_FRENCH = words("le la les des du de un une et est à au aux en pour que qui dans sur avec pas ce il elle")
_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")


def is_publication_line(line: str) -> bool:
    """ "Publié le 4 mars 2021 à 10h30", not "Publié en 1998, le livre a connu un succès." """
    return bool(PUBLICATION_LINE.match(line)) and any(char.isdigit() for char in line) and not line.endswith(".")


def is_copyright(line: str) -> bool:
    return bool(_COPYRIGHT.search(line)) and len(line.split()) <= MAX_CHROME_WORDS * 2


def is_chrome(line: str, next_line: str | None = None) -> bool:
    """True when one stripped, non-empty line of a page is site chrome rather than article."""
    if is_copyright(line) or _PUNCTUATION_OR_TIMECODES.match(line) or _READING_TIME.match(line):
        return True
    if _is_breadcrumb(line, next_line):  # before the length test: a trail may end with a long title
        return True
    tokens = _WORD.findall(line.lower())
    if len(line.split()) > MAX_CHROME_WORDS:
        return False
    if _INTERFACE_PHRASES.search(line) or is_publication_line(line) or _BYLINE.match(line):
        return True
    if len(tokens) <= MAX_BUTTON_WORDS and _INTERFACE_WORDS.match(line):
        return True
    return _is_foreign_interface(tokens)


def _is_breadcrumb(line: str, next_line: str | None) -> bool:
    if _NAVIGATION_START.match(line) and not line.rstrip().endswith((".", "!", "?")):
        return True
    return bool(next_line) and len(line) > len(next_line) and line.endswith(next_line)


def _is_foreign_interface(tokens: list[str]) -> bool:
    english = sum(token in _ENGLISH for token in tokens)
    french = sum(token in _FRENCH for token in tokens)
    return english >= 2 and french == 0
