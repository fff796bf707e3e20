"""The model's pieces of one name put together (`joined`): a body's acronym and its territory, a company's name
and its legal form, a given name and the surname the model took apart, a noble name and its second particle."""

from __future__ import annotations

import re
from collections.abc import Callable

from annotations.nlp.entity_labels import Mention
from annotations.nlp.first_names import FIRST_NAMES, opens_on_a_first_name
from annotations.nlp.name_shapes import is_acronym_text
from annotations.nlp.teams import is_a_transfer_page

# What joins a body's acronym to its department or region: "SDIS du Var", "CFDT de la Manche" (not a town's or
# a country's "de": "le PS de Hollande", "l'ADP de Roissy", "la CNIL d'Irlande").
_OF_TERRITORY = re.compile(r"\s+(?:du|des|de la|de l')\s*")
# Between a given name and its surname: a space, or a particle the model left out ("Loïc Le Bihan").
# or one in lower case ("Giulia de Santis", "Hendrik van der Elst").
_PARTICLE_GAP = re.compile(r" (?:(?:Le|La|Da|De|Du|Di|Van|Von|Mac|de|d'|da|dos|di|van|von|van der|von der) ?)?")
# A lower-case particle inside a person's name: "Jean du Plessis", "Anne de La Tour".
_NOBLE_PARTICLE = re.compile(r"[A-ZÀ-Ý]\S* (?:de|du|des|d')\s?[A-ZÀ-Ý]")
# A company's legal form after its name: "Moreau Logistique SAS", "Savonnerie du Midi SA".
_CLUB_ARTICLE = re.compile(r"(?:^|\s)(?:le|du|au|les|des|aux)\s$", re.IGNORECASE)
_LEGAL_FORM = re.compile(r"\s+(?:SA|SAS|SASU|SARL|EURL|SNC|SCOP|SCIC|GIE|BV|NV|GmbH|Ltd|Inc)\b")
# A place's preposition right before a name the model read as a place: the name is the place, a firm may follow
# ("À Oslo SAS a supprimé..."); elsewhere a "place" closed by a legal form is the firm ("la confiturerie Vergers
# du Ried SARL").
_PLACE_BEFORE = re.compile(r"(?:^|\b)(?:[àÀ]|[Ee]n|[Aa]ux?|[Dd]ans|[Dd]epuis|[Vv]ers|[Ss]ur|[Pp]rès de)\s+$")


def joined(mentions: list[Mention], text: str) -> list[Mention]:
    """The model's pieces of one name put together: a body's acronym and its territory (one ORG), a
    company's name and its legal form (ORG), a given name and the surname the model took apart ("Loïc"
    "Le Bihan": one PER); each then a fixed name, as headed names are."""
    joined: list[Mention] = []
    page: list[bool] = []  # whether the text is a transfer page, read once, if a pair asks (few do)

    def transfers() -> bool:
        if not page:
            page.append(is_a_transfer_page(text.lower()))
        return page[0]

    for mention in sorted(mentions, key=lambda m: (m.start, -m.end)):  # the longer of two at one place first
        last = joined[-1] if joined else None
        label = (
            _join_label(last, mention, text, transfers) if last and not (last.is_fixed or mention.is_fixed) else None
        )
        if label:
            joined[-1] = Mention(last.start, mention.end, label, canonical=text[last.start : mention.end])
        elif not joined or mention.start >= joined[-1].end:  # not the legal form the model took for a name
            joined.append(_with_legal_form(mention, text))
    return joined


def _join_label(first: Mention, second: Mention, text: str, transfers: Callable[[], bool]) -> str | None:
    between = text[first.end : second.start]
    surface = text[first.start : first.end]
    if first.label in ("ORG", "MISC") and second.label == "LOC" and between == " de " and transfers():
        # on a transfer page, a club by its name and its town after its article: "du Sporting de Lisbonne" (not
        # "Renault de Flins" without one, nor two words: "l'Olympique lyonnais de Paris")
        article = _CLUB_ARTICLE.search(text, max(0, first.start - 4), first.start)
        return "ORG" if article and " " not in surface and surface[:1].isupper() else None
    if first.label == "ORG" and second.label == "LOC" and _OF_TERRITORY.fullmatch(between) and is_acronym_text(surface):
        return "ORG"
    surname = text[second.start : second.end]
    # a surname, not a name of its own: "Loïc" "Le Bihan", not "Florence" "Matteo Renzi", "Romain" "Paris Saint-Germain"
    one_word = " " not in surname or between != " "
    if first.label == "ORG" and second.label == "LOC" and between == " d'" and "-" in text[second.start : second.end]:
        # "FDSEA d'Ille-et-Vilaine"; not "la CNIL d'Irlande" (no hyphen) nor "les EHPAD d'..." (a common noun)
        plural = text[max(0, first.start - 4) : first.start].lower() in ("les ", "des ", "aux ")
        return "ORG" if is_acronym_text(surface) and not plural else None
    if first.label == second.label == "PER" and _NOBLE_PARTICLE.search(surface) and between in (" de ", " d'"):
        # a second particle in a noble name: "Jean du Plessis" "Kergorlay" (not "la fille de Jean Dupont")
        return "PER" if " " not in surname and surname[:1].isupper() else None
    given_name = surface in FIRST_NAMES or (first.label == "PER" and " " not in surface and between != " ")
    if _PARTICLE_GAP.fullmatch(between) and given_name and surname[:1].isupper() and one_word:
        return "PER"
    return None


def _with_legal_form(mention: Mention, text: str) -> Mention:
    """The name with its legal form, after it or inside its span ("Brasserie Cap Corse SARL"): ORG."""
    # a given name opening a name the labels call no organisation: a person's ("Bernard Frères", ORG by its
    # company ending as fr_core_news_md reads it, takes its "SARL")
    person = mention.label != "ORG" and opens_on_a_first_name(text[mention.start : mention.end])
    # the preposition's few characters only: a search from the text's start would read it again for every place
    place = mention.label == "LOC" and _PLACE_BEFORE.search(text, max(0, mention.start - 30), mention.start)
    if mention.is_fixed or person or place:
        return mention  # "À Oslo SAS a supprimé 200 vols": the airline after the town
    form = _LEGAL_FORM.match(text, mention.end)
    if form:
        return Mention(mention.start, form.end(), "ORG", canonical=text[mention.start : form.end()])
    inside = _LEGAL_FORM.search(text, mention.start, mention.end)
    if inside and inside.end() == mention.end and inside.start() > mention.start:
        return Mention(mention.start, mention.end, "ORG", canonical=text[mention.start : mention.end])
    return mention
