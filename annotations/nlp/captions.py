"""Photo captions and credits of a copied page, one stripped line at a time (`boilerplate` reads them).

- a caption ending on its credit ("... © ESA", "... PHOTO AFP", "... — J. Dupont / Agence", "... ANNE ROY POUR X"), or signed
  with initials ("... Photo : Gérard T.", "... - M.D."), or an illustration's notice;
- a video's credits ("Le reportage de X et Y.", "Intervenants : ...");
- a signature in initials ("M.L.") and a caption naming who, where and when ("Jean Moreau, le 3 mars
  2025, à Brest.").
"""

import re

from annotations.nlp.lexicon import MONTH_ABBREVIATIONS, MONTHS
from annotations.nlp.numbers import alternation
from annotations.nlp.sentences import ends_on_an_emoticon
from annotations.nlp.site_prose import PERSON

YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
# A caption's credit at the end of the line: "© ESA", "(PHOTO MAXPPP)", "Photo : AFP",
# "Crédits : Unsplash", "GUILLAUME ROCHE / HANS LUCAS", "— M. Dubreuil / Vingt Heures".
_CREDIT = re.compile(
    r"(?:^|[.!?…»)]\s+|\s[—–•|]\s)"
    r"(?:\(?(?:photo|crédits?|image|illustration)\b[^.!?]*|©[^.!?]*|[^.!?]{2,60}\S\s?/\s?\S[^.!?/]{1,60}"
    # a photographer's name in capitals "for" the title after the caption: "... le 3 décembre. BENOÎT CARREL POUR LE
    # JOURNAL", "... JEAN ROY POUR « LE TEMPS »" (alone, "UN MILLIARD POUR LA SANTÉ" is a headline)
    r"|(?<=\s)(?-i:[A-ZÀ-Ý'’-]{2,}(?:\s[A-ZÀ-Ý'’-]{2,}){1,3}\sPOUR\s[A-ZÀ-Ý'’\s«»\"-]{2,40}))$",
    re.I,
)
# A credit signed with initials ("... Photo Le Progrès /R.B.", "... Photo : Gérard T.") or an illustration's notice
# ("... Image d'illustration."): the final point is not a sentence's end.
_CREDIT_END = re.compile(
    r"(?:^|[.!?…»)]\s+)\(?(?:[Pp]hotos?|PHOTOS?|[Cc]rédits?|[Aa]rchives|ARCHIVES|©)\b[^!?]{0,60}?(?:[A-ZÀ-Ý]\.)+\)?$"
    r"|\b(?:[Pp]hotos?|[Ii]mages?) d'illustration\W*$|^(?:[Pp]hoto|[Ii]mage) d'illustration\b"
    # or a one-sentence caption signed with initials after a dash: "La sucrerie, fermée en 2009. - M.D."
    r"|^(?:[^.!?]|\d\.\d){10,200}[.!?]\s+[-—–]\s*(?:[A-ZÀ-Ý]\.\s?-?){1,3}$"
)
# A signature in initials: "M.L.", "(J.-P. D.)".
_INITIALS = re.compile(r"^\(?(?:[A-ZÀ-Ý]\.\s?-?){1,4}(?:[A-ZÀ-Ý][a-zà-ÿ]?\.?)?\)?$")
# A video's credits: "Le reportage de Camille Arnaud et Luc Ferrat.", "Intervenants : ...".
_VIDEO_CREDIT = re.compile(
    r"^(?:[Ll]e |[Uu]n )?(?:[Rr]eportage|[Ss]ujet|[Vv]idéo|[Ii]mages?) ?(?:de |d'|: ?)"
    rf"{PERSON}(?:(?:,| et) {PERSON})*\s*(?:[.:]|$)"
    r"|\b[Ii]ntervenante?s?\s*:",
)
# A photo caption naming who and when: "Bertrand Lagache, le 28 août 2026, à Paris."
_MONTHS = alternation(MONTHS | MONTH_ABBREVIATIONS)
_PLACE = r"(?:à|au|aux|en|dans|sur|devant) [^,.!?;]{2,60}"
_DATED_CAPTION = re.compile(
    rf"^{PERSON}(?: et {PERSON})?(?:,? {_PLACE})?, (?:le |en )?(?:\d{{1,2}}(?:er)? )?(?:{_MONTHS})\.? \d{{4}}"
    rf"(?:, {_PLACE})?\.?$"
)


def ends_sentence(line: str) -> bool:
    return line.rstrip("»\"') ").endswith((".", "!", "?", "…")) or ends_on_an_emoticon(line)


def is_credited(line: str) -> bool:
    """A caption, or a video's credits, ending on its credit: "Le maire, mardi. Photo : N.G."."""
    credit = _CREDIT.search(line)
    credit = credit and not _only_rates(credit.group(0))
    return bool(credit and not ends_sentence(line) or _CREDIT_END.search(line) or _VIDEO_CREDIT.search(line))


# A slash inside a rate or a unit ("7 j/7", "24 h/24", "130 km/h") or between two figures (a date's,
# "24/09/2026", a file's number, "RG 24/03517"), no credit's slash between names.
_RATE_SLASH = re.compile(r"(?<=\d)/(?=[a-z\d])|(?<=[a-z])/(?=\d)|(?<=\bkm)/(?=h\b)|(?<=\bm)/(?=s\b)")
_CREDIT_WORD = re.compile(r"photo|crédit|image|illustration|©", re.I)


def _only_rates(credit: str) -> bool:
    """A credit's shape found only by its slash, every slash a rate's or a date's: "• valable 7 j/7, y compris le
    dimanche ;", "publiée dans le JO Sénat du 24/09/2026 – page 4512"."""
    slashes = credit.count("/")
    return bool(slashes) and slashes == len(_RATE_SLASH.findall(credit)) and not _CREDIT_WORD.search(credit)


def is_signature_or_dated_caption(line: str) -> bool:
    """Initials alone ("M.L."), or who, where and when ("Jean Moreau, le 3 mars 2025, à Brest.")."""
    return bool(_INITIALS.match(line) or _DATED_CAPTION.match(line))


def is_credited_caption(line: str) -> bool:
    """A caption, a sentence of three words or more, then its credit with no year: "Sur la plage, en 2003. © A. Martin"."""
    match = _CREDIT.search(line)
    if not match or YEAR.search(line[match.start() + 1 :]):
        return False
    caption = line[: match.start() + 1]
    return len(caption.split()) >= 3 and ends_sentence(caption)
