"""Currencies that share a name, told apart by the place the text speaks of (`money` reads them after
`francs`):

- francs CFA are those of west Africa (XOF) unless the sentence, or else the block, or else the page's head, names a state or city
  of central Africa and none of the west: "À Yaoundé, ... 1 850 francs CFA le kilo" is XAF;
- dollars written alone ("42 M$", "560 $", "3 millions de dollars") are American unless the sentence, or
  else the block, or else the page's head, speaks of Canada and not of the United States: "La Ville de Montréal investira 42 M$" is
  CAD; "dollars américains", "US$" and "$ US" stay USD wherever they are written, and so do the dollars of a
  sentence on what the world prices in US dollars (a barrel, an ounce of gold, a bitcoin), on the World Bank or the
  IMF, or on a North American league, whose contracts are in US dollars ("Le baril de WTI a clôturé à 78 $ à
  Calgary", "le défenseur du Canadien a signé un contrat de 62,8 millions de dollars dans la LNH");
- "livres" after millions are pounds sterling, but pounds of weight before what they weigh ("18 millions de livres de
  homard", "4 millions de livres de bleuets") or in a sentence of a harvest or a catch ("La récolte a atteint 30
  millions de livres"), as the Québec and Acadian press count them, unless the sentence speaks of Britain;
- dinars written alone are those of the one country of the dinar their sentence, or else their block, names ("En
  Tunisie, l'État consacrera 450 millions de dinars" is TND; "à Bagdad" IQD); naming none or two, or coins of gold
  or silver ("300 dinars d'or", a hoard), they are no amount.
"""

from __future__ import annotations

import re
from dataclasses import replace

from annotations.nlp.currencies import DINAR
from annotations.nlp.ellipsis import head_before, sentence_around
from annotations.nlp.types import MoneySpan

_CENTRAL_AFRICA = re.compile(
    r"\b(?:Cameroun|camerounais(?:e|es)?|Gabon|gabonais(?:e|es)?|Tchad|tchadien(?:ne|nes|s)?|Centrafrique|"
    r"centrafricain(?:e|es|s)?|Congo-Brazzaville|Guinée équatoriale|équato-guinéen(?:ne|nes|s)?|Yaoundé|Douala|"
    r"Libreville|Port-Gentil|N['’]Djamena|Bangui|Brazzaville|Pointe-Noire|Malabo|CEMAC|BEAC)\b"
)
_WEST_AFRICA = re.compile(
    r"\b(?:Sénégal|sénégalais(?:e|es)?|Côte d['’]Ivoire|ivoirien(?:ne|nes|s)?|Mali|malien(?:ne|nes|s)?|Burkina|"
    r"burkinabè|Niger|nigérien(?:ne|nes|s)?|Togo|togolais(?:e|es)?|Bénin|béninois(?:e|es)?|Guinée-Bissau|Dakar|"
    r"Abidjan|Bamako|Ouagadougou|Niamey|Lomé|Cotonou|UEMOA|BCEAO)\b"
)
_CANADA = re.compile(
    r"\b(?:Canada|canadien(?:ne|nes|s)?|Québec|québécois(?:e|es)?|Montréal|montréalais(?:e|es)?|Ottawa|Toronto|"
    r"Vancouver|Calgary|Edmonton|Winnipeg|Gatineau|Sherbrooke|Trois-Rivières|Saguenay|Ontario|"
    r"ontarien(?:ne|nes|s)?|Alberta|albertain(?:e|es|s)?|Colombie-Britannique|Nouveau-Brunswick|Nouvelle-Écosse|"
    r"Manitoba|Saskatchewan)\b"
)
_UNITED_STATES = re.compile(
    r"\b(?:États-Unis|[aA]méricain(?:e|es|s)?|Washington|New York|Wall Street|Maison-Blanche|Californie|Texas|"
    r"Floride|Chicago|Los Angeles)\b"
)
# What is counted in US dollars wherever it is written of (see the module).
_PRICED_IN_US_DOLLARS = re.compile(
    r"\b(?:barils?|Brent|WTI|onces?|bitcoins?|cryptomonnaies?|Banque mondiale|FMI|Fonds monétaire international|LNH|NHL|"
    r"Ligue nationale de hockey|MLB|NBA|NFL|plafond salarial)\b"
)
# A player's contract with a Canadian club of those leagues ("Le défenseur du Canadien de Montréal a signé un contrat
# de 62,8 millions"; but "un billet pour voir les Canucks coûte 150 $" is Canadian).
_CANADIAN_CLUB = re.compile(
    r"\b(?:Canadien de Montréal|Maple Leafs|Oilers|Canucks|Flames de Calgary|Sénateurs d['’]Ottawa|Jets de Winnipeg|"
    r"Blue Jays|Raptors|CF Montréal)\b"
)
_CONTRACT = re.compile(r"\b(?:contrats?|agent libre|salaires?|prolongation)\b", re.I)
# The countries of the dinar, by their names, adjectives and chief cities.
_DINARS = (
    ("TND", r"Tunisie|tunisien(?:ne|nes|s)?|Tunis|Sfax|Sousse|Kairouan|Bizerte|Gabès|Monastir|Djerba"),
    ("DZD", r"Algérie|algérien(?:ne|nes|s)?|Alger|Oran|Constantine|Annaba|Sétif|Béjaïa|Tizi Ouzou"),
    ("LYD", r"Libye|libyen(?:ne|nes|s)?|Benghazi|Misrata"),
    ("IQD", r"Irak|Iraq|irakien(?:ne|nes|s)?|Bagdad|Bassora|Mossoul|Erbil"),
    ("JOD", r"Jordanie|jordanien(?:ne|nes|s)?|Amman"),
    ("KWD", r"Koweït|koweïtien(?:ne|nes|s)?"),
    ("BHD", r"Bahreïn|bahreïnien(?:ne|nes|s)?|Manama"),
    ("RSD", r"Serbie|serbes?|Belgrade"),
)
_DINAR_COUNTRIES = [(code, re.compile(rf"\b(?:{names})\b")) for code, names in _DINARS]
_COINS = re.compile(r"\s+d['’](?:or|argent)\b")
# Dollars with no country written: "$", "M$", "G$", "dollars" (not "US$", "$ US", "dollars américains").
_PLAIN_DOLLARS = re.compile(r"(?<!US)\$$|\bdollars?$", re.I)
# An amount that writes no dollar of its own borrowed them from the next: "de 14,2 millions à 11,5 millions de dollars".
_DOLLARS_WRITTEN = re.compile(r"\$|dollar|\bUSD\b", re.I)


# What pounds of weight weigh, after "de": food, farm and sea produce, goods and waste.
_WEIGHED_GOODS = re.compile(
    r"\s+d(?:e\s+|['’]\s*)(?:homards?|crabes?|crevettes?|poissons?|morues?|saumons?|thons?|flétans?|pétoncles?|moules?|"
    r"huîtres?|bleuets?|canneberges?|fraises?|pommes?|patates?|fruits?|légumes?|tomates?|carottes?|oignons?|sirop|"
    r"viandes?|b(?:œ|oe)uf|porc|poulets?|volailles?|dindes?|lait|beurre|fromages?|sucre|farine|blé|maïs|soja|orge|"
    r"avoine|riz|café|cacao|coton|tabac|miel|nourriture|aliments?|denrées|marchandises|déchets|ordures|plastiques?|"
    r"papier|carton|ferraille|acier|aluminium|cuivre|minerai|glace|sel|engrais|cannabis|cocaïne|drogues?)\b",
    re.I,
)
# the landings and catches by their nouns: the verbs tell a footballer's transfer as often ("débarqué à Manchester
# pour 80 millions de livres", "pour capturer la star")
_HARVEST = re.compile(
    r"\b(?:récolt\w*|pêch\w*|débarquements?|cueill\w*|captures|moissonn\w*|crustacés?|crabiers?|homardiers?)\b", re.I
)
_BRITAIN = re.compile(
    r"\b(?:britanniques?|Royaume-Uni|Londres|Angleterre|anglais\w*|écossais\w*|sterling|Brexit)\b", re.I
)


def local_currency(amount: MoneySpan, text: str, region: tuple[int, int]) -> MoneySpan | None:
    """`amount` in XAF, CAD or a country's dinar where its place says so (see the module), else as read; None for
    dinars whose country is not told and for pounds of weight."""
    if amount.currency == DINAR:
        return _dinars(amount, text, region)
    if amount.currency == "GBP" and amount.text.rstrip().endswith("livres"):
        return None if _weighed(amount, text, sentence_around(text, region, amount.start)) else amount
    cfa = amount.currency == "XOF" and "xof" not in amount.text.lower()
    if cfa and _said_of(text, region, sentence_around(text, region, amount.start), _CENTRAL_AFRICA, _WEST_AFRICA):
        return replace(amount, currency="XAF")
    plain = amount.currency == "USD" and (
        _PLAIN_DOLLARS.search(amount.text.rstrip()) or not _DOLLARS_WRITTEN.search(amount.text)
    )
    if plain:
        sentence = sentence_around(text, region, amount.start)
        if not _in_us_dollars(text, *sentence) and _said_of(text, region, sentence, _CANADA, _UNITED_STATES):
            return replace(amount, currency="CAD")
    return amount


def _dinars(amount: MoneySpan, text: str, region: tuple[int, int]) -> MoneySpan | None:
    """`amount`, in dinars named alone, in the dinar of the one country its sentence, or else its block, or else
    the page's head (a headline's "Tunisie : ..."), names."""
    if _COINS.match(text, amount.end):
        return None
    for start, end in (sentence_around(text, region, amount.start), region, head_before(text, region[0])):
        codes = {code for code, country in _DINAR_COUNTRIES if country.search(text, start, end)}
        if codes:
            return replace(amount, currency=codes.pop()) if len(codes) == 1 else None
    return None


def _said_of(
    text: str, region: tuple[int, int], sentence: tuple[int, int], here: re.Pattern, there: re.Pattern
) -> bool:
    """Whether the `sentence` names `here` and not `there`; naming neither, whether its block `region`
    does; naming neither either, whether the page's head before it does (`ellipsis.head_before`: a
    headline's "Hydro-Québec" tells of the "65 $" of a paragraph naming no place; a town named in
    passing further on tells nothing)."""
    for start, end in (sentence, region, head_before(text, region[0])):
        named_here, named_there = here.search(text, start, end), there.search(text, start, end)
        if named_here or named_there:
            return bool(named_here) and not named_there
    return False


def _in_us_dollars(text: str, start: int, end: int) -> bool:
    """Whether the sentence from `start` to `end` speaks of what is counted in US dollars (see the module)."""
    if _PRICED_IN_US_DOLLARS.search(text, start, end):
        return True
    return bool(_CANADIAN_CLUB.search(text, start, end) and _CONTRACT.search(text, start, end))


def _weighed(amount: MoneySpan, text: str, sentence: tuple[int, int]) -> bool:
    """Whether the "livres" ending `amount` are pounds of weight (see the module)."""
    if _BRITAIN.search(text, *sentence):
        return False
    return bool(_WEIGHED_GOODS.match(text, amount.end) or _HARVEST.search(text, *sentence))
