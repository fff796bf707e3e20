"""Elliptic figures: a number written bare that takes the currency or the counted noun of a figure
before it in the sentence (`money` and `quantities` read them after their own patterns).

- after "contre", "face à", "au lieu de": "312 voix contre 241" (241 voix), "10 millions d'euros,
  contre 8 l'an dernier" (8 millions of euros: a figure under a thousand takes the other's
  multiplier when that puts it within a factor of ten of it); after "dont", a part of a figure:
  "1 248 greffes depuis 2010, dont 96 l'an dernier" (96 greffes);
- two figures each told by their source: "10 000 manifestants selon la police, 25 000 selon les
  syndicats" (25 000 manifestants);
- for counts, after the pronoun "en" that stands for the noun of the last figure before it: "3 000
  salariés ; il n'en reste que 2 100";
- for money only, a figure in millions or billions after an amount written in them, since a count
  in millions needs its "de" ("2 millions de visiteurs"): "4 Md€ de ventes, au-delà des 3,8 milliards
  prévus"; and in a later sentence, or paragraph, of the same text, when its sentence speaks of money
  (a budget, a deficit, spending, a cost...): "Il prévoit un déficit de 38,5 millions de francs. [...]
  L'exécutif avait présenté un projet déficitaire de 45 millions" (45 millions of francs).
The figure keeps its own bound or hedge ("contre plus de 50 000": min 50 000) and must be bare
(nothing counted after it: the end of a clause, a function word, "aujourd'hui"). Without the
pronoun, what it borrows from is the figure of the sentence before it closest in size, the nearest
on a tie: a comparison sets like against like ("118 élèves dans cinq classes, contre 131": pupils;
"4 914 voix, soit 51,6 %, contre 4 603": votes). When that figure lends nothing (no noun, or the
other kind: "312 contre 241", "10 millions d'euros pour 300 emplois, contre 250" for money), the
figure stays bare. Years, days of the month and ordinals are no figures.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from spacy.lang.fr.stop_words import STOP_WORDS

from annotations.nlp.lexicon import MONTHS, words
from annotations.nlp.number_leads import bounds, lead
from annotations.nlp.numbers import (
    FIGURES,
    MULTIPLIER_SYMBOLS,
    MULTIPLIER_WORDS,
    WORDS,
    alternation,
    parse_number,
    scaled,
    whole,
)
from annotations.nlp.plurals import singular
from annotations.nlp.spans import Regions, SpanSet
from annotations.nlp.types import MoneySpan, QuantitySpan

_MULTIPLIER = rf"(?:{alternation(MULTIPLIER_WORDS)})(?![\w])"
_NUMBER = re.compile(rf"(?P<number>{FIGURES}|{WORDS})(?:\s+(?P<multiplier>{_MULTIPLIER}))?", re.I)
_MULTIPLIER_IN = re.compile(
    rf"(?<![\w])(?P<word>{_MULTIPLIER})|(?<=\d)\s?(?P<symbol>{alternation(MULTIPLIER_SYMBOLS)})(?![^\W\d_])", re.I
)
_SENTENCE_END = re.compile(r"[.!?…](?:\s|$)")
_AGAINST = re.compile(r"(?<![\w-])(?:contre|face à|au lieu de|au lieu d['’]|versus|vs\.?|dont)\s*$", re.I)
# "sur" sets a part against its whole when the whole is in millions too: "780 millions de mètres cubes sur 1,27
# milliard" (not "29 sièges sur 45", "un patient sur 10": proportions)
_ON = re.compile(r"(?<![\w-])sur\s*$", re.I)
# a figure restated as a rate, of the same noun: "48 600 patients en un an, soit 133 par jour", "1,3 million de
# spectateurs, soit une moyenne de 14 200 par match" (its own value: no multiplier borrowed)
_RESTATED = re.compile(r"(?<![\w-])soit(?:\s+(?:une|en)\s+moyenne(?:\s+de|\s+d['’])?)?\s*$", re.I)
_PER = re.compile(r"[^\S\n]+par[^\S\n]+(?!\d)(?P<per>[^\W\d_][\w-]*)", re.I)
# a second subject whose verb is left out, its figure ending the clause: "37 sièges au conseil, l'opposition 12", "12 000
# manifestants selon les syndicats, la police 4 500", "Genève compte 203 800 habitants et le canton 519 000"; not a thing
# named by its number ("27 buts, le numéro 9", "le tram 2", "la phase 2", "l'épisode 12", "l'édition 2024"; a figure in
# groups of thousands names nothing), nor one of the things counted ("40 écoles, l'école 3"). After "et", only a figure
# in groups of thousands: a list names things by their number there ("fermé 12 routes et l'autoroute 20").
_GAPPED = re.compile(
    r"(?:,|(?P<et>\bet))\s+(?:l['’]\s*|la\s+|le\s+|les\s+)(?P<noun>[a-zàâçéèêëîïôûùüÿœ][\w-]*)"
    r"(?:\s+d(?:e\s+|['’]\s*))?\s*$"
)
_NUMBERED = words(
    "numéro n° no ligne lignes bus vol salle piste porte quai page article chapitre tome saison lot dossard maillot "
    "stand route borne étape tranche zone niveau classe catégorie groupe division secteur bâtiment chambre rang "
    "pavillon terminal hall box allée escalier appartement rue avenue boulevard arrondissement couloir score "
    "tram tramway métro train réacteur unité four puits phase acte épisode volet partie manche set match journée "
    "tour épreuve édition session exercice année semaine jour mois version modèle type amendement alinéa paragraphe "
    "question option scénario hypothèse place case parcelle département circonscription canton autoroute sortie"
)
_YEAR = re.compile(r"(?:1[89]|20)\d\d")
_GROUPED = re.compile(r"\d[^\d,]\d{3}(?!\d)")  # "519 000", "519'000"
_GAP_END = re.compile(r"\s*(?:[.;!?]|$|,\s+(?:selon|d['’]après)(?![\w]))")  # or its source: "..., selon l'Insee"
_BY_A_SOURCE = re.compile(
    r"[^\S\n]+(?:selon|d['’]après)(?![\w])", re.I
)  # "... selon la police, 25 000 selon les syndicats"
# or "en" before a verb of counting, whatever its subject: "120 000 manifestants, la police en a compté 62 000"; its
# gerund too, which counts the same noun ("500 entreprises ; en comptant les filiales, 650")
_PRONOUN_EN = re.compile(
    r"(?:\bn['’]\s*|\b(?:il|elle|ils|elles|on|y|qui|je|nous|vous)\s+)en\b(?!['’-])"
    r"|\ben(?=\s+(?:(?:a|ont|avait|avaient|aurait|auraient)\s+)?(?:compt|recens|dénombr|revendiqu)\w*\s)",
    re.I,
)
# What may follow a bare figure: the end of a clause, a function word or an elided one ("l'an
# dernier"), or an adverb of time.
_CLAUSE_END = ",;:.!?)»…"
_BARE_WORDS = words("aujourd hier auparavant précédemment actuellement désormais naguère jadis l d qu n s c j")


@dataclass(frozen=True)
class Elliptic:
    """A bare figure: its span (from its bound or hedge), its bounds and the figure it borrows from."""

    start: int
    end: int
    text: str
    min: Decimal | int | None
    max: Decimal | int | None
    of: MoneySpan | QuantitySpan


def elliptic_figures(
    text: str, found: list, taken: SpanSet, regions: list[tuple[int, int]], *, money: bool = False
) -> list[Elliptic]:
    """The bare figures that borrow from one of `found` (sorted), outside `taken`. For `money`, a
    bare figure in millions after an amount written in them borrows too, and the pronoun "en"
    lends nothing (in "1,1 million de dollars, et on en a fait neuf" it stands for a thing bought)."""
    readable, figures, read = Regions(regions), [], set()
    for lender in found:
        region = readable.index_of(lender.start, lender.end)
        if region is None:
            continue
        sentence_start, sentence_end = sentence_around(text, regions[region], lender.start)
        for match in _numbers(text, lender.end, sentence_end):
            if match.start() in read or taken.overlaps(*match.span()) or not _bare(text, match):
                continue
            read.add(match.start())
            lead_in = lead(text, match.start())
            start = lead_in.start if lead_in.bound else match.start()
            multiplier = _written_multiplier(match)
            value = scaled(parse_number(match["number"]), multiplier or 1)
            against = _AGAINST.search(text, max(0, start - 20), start) or (
                multiplier and _ON.search(text, max(0, start - 6), start)
            )
            # counts only, for now: "soit 2 500 par mois" after a salary is left to money's own reading
            restated = None if money else _said_again(text, start, match, multiplier)
            pronoun = None if money or against else _last(_PRONOUN_EN, text, sentence_start, start)
            candidates = _figures(text, found, sentence_start, pronoun.start() if pronoun else start, wholes=money)
            if restated:  # "10 000 masques à 2 500 familles, soit 4 par famille": masks
                candidates = [figure for figure in candidates if getattr(figure[2], "unit", None) != restated]
            of = _nearest(candidates) if pronoun else _closest(candidates, value, nearest_alike=not money)
            if not isinstance(of, type(lender)) or value is None:
                continue  # a figure that lends nothing: "312 contre 241"
            # "3 000 manifestants (ont défilé) selon la police, 12 000 selon les syndicats"
            by_sources = _BY_A_SOURCE.match(text, match.end()) and _BY_A_SOURCE.search(text, of.end, start)
            if against or pronoun or by_sources or restated or (money and multiplier and _multiplier_of(of)):
                part = bool(against) and against[0].lower().startswith("dont")
                own = multiplier or pronoun or restated
                low, high = bounds(value if own else _borrowed(value, of, part=part), lead_in.bound)
                figures.append(Elliptic(start, match.end(), text[start : match.end()], whole(low), whole(high), of))
    if money and found:
        figures += _carried(text, found, taken, readable, regions, read)
    return figures


def _said_again(text: str, start: int, match: re.Match, multiplier: int | None) -> str | None:
    """Whether the bare figure `match` (its bound from `start`) restates one before per unit ("soit 133 par jour") or
    is a second subject's whose verb is left out ("l'opposition 12"): it keeps its value, borrows the noun only, never
    the noun it returns (the unit it is per, the subject's own), None where it is neither."""
    per = _PER.match(text, match.end())
    if per and _RESTATED.search(text, max(0, start - 30), start):
        return singular(per["per"].lower())
    gapped = _GAPPED.search(text, max(0, start - 40), start)
    grouped = bool(_GROUPED.search(match["number"]))
    named = gapped and (gapped["noun"] in _NUMBERED or gapped["et"]) and not grouped
    if not gapped or named or _YEAR.fullmatch(match["number"]) or multiplier:
        return None
    return singular(gapped["noun"]) if _GAP_END.match(text, match.end()) else None


# What tells that a sentence speaks of money, for a bare figure in millions with no amount before it
# in its sentence: the figure is then of the currency of the text's last amount.
_FINANCE_WORDS = re.compile(
    r"\b(?:budgets?|budgétaires?|déficit(?:aire)?s?|excédents?|dépenses|recettes|coûts?|co[uû]te(?:nt|ra|ront)?|"
    r"charges|investissements?|investi[rt]?|chiffres? d['’]affaires|bénéfices?|pertes?|dettes?|subventions?|"
    r"crédits?|enveloppes?|montants?|emprunts?|financements?|financée?s?|dotations?|économies|facture|"
    # what is paid back or paid out: "devra rembourser 5,9 millions aux parties plaignantes", "a versé 2 millions"
    r"rembourse[rz]?|remboursée?s?|versée?s?|verser|payée?s?|payer|amendes?|dommages?(?:-| et )intérêts|"
    # and what is received or granted: "La société de transport recevra 38,2 millions", "une aide accordée de 3 millions"
    r"re[çc]oi[st]|re[çc]oivent|recevr(?:a|ont)|recevoir|re[çc]ue?s?|touche(?:ra|ront)?|toucher|allou(?:ée?s?|e|era)|"
    r"accordée?s?|octroyée?s?|attribuée?s?|"
    # and what is saved, and fees: "l'hôpital économisera 6 millions par an en frais de location"
    r"économis(?:e|es|er|era|eront|ait|é|ée|és|ées)|frais|"
    # and what a thing is valued at: "Le projet était évalué à 4 milliards", "un chantier chiffré à 2 milliards"
    r"évaluée?s?|chiffrée?s?|valorisée?s?)\b",
    re.I,
)
# A contract, an order or a takeover that the figure prices, right before it: "Un contrat de 6,4 milliards a suivi",
# "une commande de 2 milliards", "Le rachat, estimé à 3,5 milliards"; not one merely named in the sentence, whose
# figure counts them ("Les contrats signés ont atteint 1,1 million", "les transactions sont retombées à 1,1 million").
_DEAL_BEFORE = re.compile(
    r"\b(?:contrats?|commandes?|rachats?|acquisitions?|transactions?)(?:\s+[^\W\d_]+){0,2}?\s*,?\s+"
    r"(?:de|d['’]un\s+montant\s+de|pour|valant|à\s+hauteur\s+de|(?:estimée?s?|évaluée?s?|chiffrée?s?)\s+à)\s+$",
    re.I,
)


def _carried(
    text: str, found: list, taken: SpanSet, readable: Regions, regions: list[tuple[int, int]], read: set
) -> list[Elliptic]:
    """The bare figures in millions or billions of a sentence that speaks of money and holds no
    amount, each in the currency of the last amount before it in the text; before the text's first
    amount (a headline over its story: "la facture grimpe à 4,9 milliards"), in the currency of a
    later amount of the same value, the one it repeats."""
    carried = []
    for match in _numbers(text, 0, len(text)):
        if not match["multiplier"] or match.start() in read or taken.overlaps(*match.span()) or not _bare(text, match):
            continue
        region = readable.index_of(*match.span())
        if region is None:
            continue
        start, end = sentence_around(text, regions[region], match.start())
        before = [amount for amount in found if amount.end <= match.start()]
        value = scaled(parse_number(match["number"]), _written_multiplier(match))
        if before:
            lender = before[-1] if before[-1].start < start else None  # one of its own sentence lends already
        else:
            lender = next((amount for amount in found if amount.min == value == amount.max), None)
        if lender is None:
            continue
        lead_in = lead(text, match.start())
        first = lead_in.start if lead_in.bound else match.start()
        if not (_FINANCE_WORDS.search(text, start, end) or _DEAL_BEFORE.search(text, max(start, first - 80), first)):
            continue  # the sentence says no money
        low, high = bounds(value, lead_in.bound)
        read.add(match.start())
        carried.append(Elliptic(first, match.end(), text[first : match.end()], whole(low), whole(high), lender))
    return carried


def sentence_around(text: str, region: tuple[int, int], position: int) -> tuple[int, int]:
    """The start and end of the sentence of `region` that holds `position`."""
    starts = [end.end() for end in _SENTENCE_END.finditer(text, region[0], position)]
    end = _SENTENCE_END.search(text, position, region[1])
    return (starts[-1] if starts else region[0]), (end.start() if end else region[1])


# A page's head: its menu or rubric line, its headline, its standfirst or publication line.
_HEAD_LINES = 3
_LINE_WITH_A_WORD = re.compile(r"[^\n]*\w[^\n]*")


def head_before(text: str, position: int) -> tuple[int, int]:
    """The start and end of the head of `text` (its first _HEAD_LINES lines that hold a word), up to
    `position`: where a page says what its story is about, and where ("Lausanne: le Conseil communal ...")."""
    end = 0
    for count, line in enumerate(_LINE_WITH_A_WORD.finditer(text, 0, position), start=1):
        end = line.end()
        if count == _HEAD_LINES:
            break
    return 0, min(end, position)


def _numbers(text: str, start: int, end: int):
    """The numbers from `start` to `end`, past years, days of the month, ordinals and articles."""
    for match in _NUMBER.finditer(text, start, end):
        after = text[match.end() : match.end() + 12].split()
        number = match["number"]
        if match.end() < len(text) and text[match.end()].isalpha():
            continue  # an ordinal: "au 2e trimestre"
        if re.fullmatch(r"1\d{3}|20\d{2}|2100", number) or (after and after[0].lower() in MONTHS):
            continue  # "en 2019", "le 3 mars"
        if number.lower() in ("un", "une") and not match["multiplier"]:
            continue  # an article
        yield match


def _figures(
    text: str, found: list, start: int, end: int, *, wholes: bool = True
) -> list[tuple[int, Decimal | None, object]]:
    """(end, size, figure) of the figures from `start` to `end`: those `found`, and any other
    number with None for its figure (it lends nothing); without `wholes`, none after "sur" (counts: see below)."""
    figures = [(figure.end, _size(figure), figure) for figure in found if start <= figure.start and figure.end <= end]
    spans = SpanSet((figure.start, figure.end) for *_, figure in figures)
    for match in _numbers(text, start, end):
        if not wholes and _ON.search(text, max(0, match.start() - 6), match.start()) and not match["multiplier"]:
            continue  # a whole set against its part ("78 sièges sur 125"): no figure the next could be said of
        if not spans.overlaps(*match.span()):
            multiplier = _written_multiplier(match) or 1
            figures.append((match.end(), scaled(parse_number(match["number"]), multiplier), None))
    return figures


def _nearest(figures: list):
    """What a pronoun stands for: the last figure before it."""
    return max(figures, key=lambda figure: figure[0])[2] if figures else None


_ALIKE = Decimal(3).log10()  # sizes within a factor of three, in orders of magnitude


def _closest(figures: list, value: Decimal | None, *, nearest_alike: bool = False):
    """What a comparison sets a figure against: the figure closest in size, the nearest on a tie; with
    `nearest_alike`, the nearest of the figures found within a factor of three of it ("140 infirmiers, et jusqu'à 230
    patients par jour, contre 150": patients, the count just before "contre", though 140 is closer in size; "25
    joueurs et 3 entraîneurs, contre 20": players, 3 is no size of 20); a bare number between ("en Ligue 1") is
    passed over."""
    # In orders of magnitude, whatever their signs ("-12 °C ... contre 3"), in Decimal: a float ratio of
    # a tiny figure and a large one is 0.0, which has no logarithm.
    sized = [(abs((abs(size) / abs(value)).log10()), -end, figure) for end, size, figure in figures if size and value]
    alike = [item for item in sized if item[0] < _ALIKE and item[2] is not None] if nearest_alike else []
    if alike:
        return min(alike, key=lambda item: item[1])[2]
    return min(sized, key=lambda item: item[:2])[2] if sized else None


def _last(pattern: re.Pattern, text: str, start: int, end: int) -> re.Match | None:
    matches = list(pattern.finditer(text, start, end))
    return matches[-1] if matches else None


def _size(figure: MoneySpan | QuantitySpan) -> Decimal | None:
    size = figure.max if figure.max is not None else figure.min
    return None if size is None else Decimal(size)


def _bare(text: str, match: re.Match) -> bool:
    """Nothing counted after the figure: a count in millions needs "de", any other a noun."""
    following = re.match(r"\s*(\S?)([^\W\d_]*)", text[match.end() : match.end() + 40])
    mark, word = following[1], (following[1] + following[2]).lower()
    if not mark or mark in _CLAUSE_END:
        return True
    if match["multiplier"]:
        return bool(word) and word != "de" and word != "d"
    return word in STOP_WORDS or word in _BARE_WORDS


def _written_multiplier(match: re.Match) -> int | None:
    """The multiplier word after a number of `_NUMBER` ("2 millions"), if any."""
    return MULTIPLIER_WORDS.get(re.sub(r"\s+", " ", (match["multiplier"] or "").lower()))


def _multiplier_of(figure: MoneySpan | QuantitySpan) -> int | None:
    """The multiplier written in a figure ("2,7 Md$", "10 millions d'euros"), if any."""
    found = _MULTIPLIER_IN.search(figure.text)
    if found is None or (found["symbol"] and not isinstance(figure, MoneySpan)):
        return None  # "10 m" is ten metres
    written = re.sub(r"\s+", " ", (found["word"] or found["symbol"]).lower())
    return MULTIPLIER_WORDS.get(written) or MULTIPLIER_SYMBOLS.get(written)


def _borrowed(value: Decimal, figure: MoneySpan | QuantitySpan, *, part: bool = False) -> Decimal:
    """`value`, under a thousand and written without a multiplier, times the figure's when that
    brings it within a factor of ten of it ("10 millions contre 8"); a `part` (after "dont") when that
    keeps it within its whole, however smaller ("45 millions d'euros, dont 3 pour la voirie")."""
    multiplier, size = _multiplier_of(figure), _size(figure)
    low = 0 if part else (size or 0) / 10
    if multiplier and value < 1000 and size and low <= value * multiplier <= size * (1 if part else 10):
        return scaled(value, multiplier) or value
    return value
