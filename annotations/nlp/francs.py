"""Francs: which ones an amount written in "francs" alone is (`money` reads it after its patterns)."""

import re
from dataclasses import replace

from annotations.nlp.ellipsis import head_before, sentence_around
from annotations.nlp.types import MoneySpan

# Francs written alone are those the block names ("305 francs CFA ..., contre 280 francs"), or Swiss
# in a sentence, or else a block, or else the page's head, that speaks of Switzerland ("le groupe suisse", its cities, "CHF", its federal
# bodies by their initials ("la BNS", "les CFF": the railways are plural, where "le CFF" is the Crédit foncier de France)
# or their names ("l'Office fédéral de la santé publique"),
# "40'000", "huitante": eighty in Switzerland only, "mio" and "mia" after a figure: its millions and milliards, "3.20
# fr.": a price with the decimal point and the franc in lower case) and not of France, else French. ("Mamma mia" says
# nothing of Switzerland; "25 fr." alone was written in France too.) A town's "Conseil communal" (France's is
# municipal) is Swiss, or Belgian or Luxembourgish where the sentence or block names those (`_COUNCILS`).
_NAMED_FRANCS = re.compile(r"\bfrancs?\s+(cfa|cfp|belges?|suisses?)\b|\b(fcfa)\b", re.I)
_FRANCS_NAMED = {
    "cfa": "XOF",
    "fcfa": "XOF",
    "cfp": "XPF",
    "belge": "BEF",
    "belges": "BEF",
    "suisse": "CHF",
    "suisses": "CHF",
}
_SWISS = re.compile(
    r"\b(?:[sS]uisses?|helvétiques?|CHF|Genève|genevois(?:e|es)?|Zurich|zurichois(?:e|es)?|Lausanne|lausannois(?:e|es)?|"
    r"Berne|bernois(?:e|es)?|Bâle|bâlois(?:e|es)?|Lugano|Tessin|tessinois(?:e|es)?|Vaud|vaudois(?:e|es)?|Valais|"
    r"valaisan(?:ne|nes|s)?|cantona(?:l|le|les|ux)|Grand Conseil|Conseil fédéral|Conseil des États|[hH]uitante|"
    r"Neuchâtel|neuchâtelois(?:e|es)?|Fribourg|fribourgeois(?:e|es)?|Sion|sédunois(?:e|es)?|Bienne|biennois(?:e|es)?|"
    r"Montreux|Yverdon(?:-les-Bains)?|Nyon|Vevey|La Chaux-de-Fonds|Delémont|Lucerne|Saint-Gall|Winterthour|Zoug|"
    r"Schaffhouse|Argovie|Thurgovie|Grisons|Soleure|[vV]otations?|"
    r"BNS|(?:[lL]es|[dD]es|[aA]ux)\s+CFF|FINMA|EPFL|EPFZ|Offices? fédéra(?:l|ux))\b|"
    r"\d['’]\d{3}\b|\d\s?mi[oa]s?\b|\d\.\d{2}\s?fr\."
)
_COUNCIL = re.compile(r"\bConseil communal\b")
_COUNCILS = (
    (
        "BEF",
        re.compile(
            r"\b(?:Belgique|belges?|Wallonie|wallon(?:ne|nes|s)?|Bruxelles|bruxellois(?:e|es)?|Flandres?|"
            r"flamand(?:e|es|s)?|Liège|liégeois(?:e|es)?|Namur|namurois(?:e|es)?|Charleroi|Mons|Tournai|Verviers|"
            r"Arlon|Anvers|Gand)\b"
        ),
    ),
    ("LUF", re.compile(r"\b(?:luxembourgeois(?:e|es)?|Grand-Duché|Esch-sur-Alzette|Differdange|Dudelange)\b")),
)
_FRENCH = re.compile(r"\b(?:France|français(?:e|es)?|Français(?:e|es)?)\b")
_PLAIN_FRANCS = re.compile(r"\bfrancs?(?:\s+environ)?$|\bfr\.$", re.I)
# "40 centimes" alone are a hundredth of the block's francs where they are Swiss and no euro is written there
# ("3,20 francs par kilo, soit 40 centimes de moins"); else of a euro.
_PLAIN_CENTIMES = re.compile(r"\bcentimes?$", re.I)
_FRANCS = re.compile(r"\bfrancs?\b", re.I)
_EUROS = re.compile(r"\beuros?\b|€", re.I)


def which_francs(amount: MoneySpan, text: str, region: tuple[int, int], *, written: bool) -> MoneySpan:
    """Francs written alone (or the first figure of a change, "de 10 à 12 francs", which has no
    currency of its own) are those the block names, or Swiss where the sentence speaks of
    Switzerland, or the block does and the sentence not of France, or else the page's head does
    (`ellipsis.head_before`) and not of France; `written`: whether the amount's
    text holds a currency."""
    plain = _PLAIN_FRANCS.search(amount.text) or not written
    if amount.currency == "EUR" and _PLAIN_CENTIMES.search(amount.text):
        francs = _FRANCS.search(text, *region) and not _EUROS.search(text, *region)
        return replace(amount, currency="CHF") if francs and _francs_of(amount, text, region) == "CHF" else amount
    if amount.currency != "FRF" or not plain:
        return amount
    return replace(amount, currency=_francs_of(amount, text, region))


def _francs_of(amount: MoneySpan, text: str, region: tuple[int, int]) -> str:
    """The code of the francs of `amount`'s block: named there, or Swiss (see `which_francs`), or French."""
    named = _NAMED_FRANCS.search(text, *region)
    if named:
        return _FRANCS_NAMED[(named[1] or named[2]).lower()]
    sentence = sentence_around(text, region, amount.start)
    if _said(text, sentence, region, _SWISS):
        return "CHF"
    if _said(text, sentence, region, _COUNCIL):
        places = (code for code, place in _COUNCILS if place.search(text, *sentence) or place.search(text, *region))
        return next(places, "CHF")
    # A block naming neither country reads the page's head: "Lausanne: le Conseil communal valide le budget"
    # above "Le législatif a accepté un budget de 38,5 millions de francs" (not a town named in passing further on).
    head = head_before(text, region[0])
    if _FRENCH.search(text, *region) or _FRENCH.search(text, *head) or not _SWISS.search(text, *head):
        return "FRF"
    return "CHF"


def _said(text: str, sentence: tuple[int, int], region: tuple[int, int], pattern: re.Pattern) -> bool:
    """Whether the `sentence` matches `pattern`, or its block does and the sentence speaks not of France."""
    return bool(
        pattern.search(text, *sentence) or (not _FRENCH.search(text, *sentence) and pattern.search(text, *region))
    )
