"""Summits named by who meets. When states or bodies meet, the summit is an event named by them, MISC with
its head ("le sommet UE-Japon", "le sommet Afrique-France", as `evaluation/data/entities_blind25.fr.md` marks
it); when leaders meet ("le sommet Macron-Scholz") the words name no event but two persons, PER each, the
common noun outside (`evaluation/data/entities.fr.md`: a person's name, without title or role)."""

from babel import Locale
from spacy.tokens import Doc, Span, Token

from annotations.nlp.entity_labels import Mention
from annotations.nlp.first_names import FIRST_NAMES
from annotations.nlp.state import state

# The names of the states and the world's regions in French, by their first word: "Japon", "Afrique", "Corée"
# (of "Corée du Sud"), "Union" (of "Union européenne").
_TERRITORIES = frozenset(name.split()[0] for name in Locale("fr").territories.values())
# Those written with hyphens, whose parts are no sides of a summit: "États-Unis", "Royaume-Uni", "Nouvelle-Zélande".
_HYPHENATED_TERRITORIES = frozenset(name for name in _TERRITORIES if "-" in name)


def leaders_of_summits(mentions: list[Mention], doc: Doc) -> list[Mention]:
    """`mentions` with each summit of leaders, or the model's name for its hyphenated pair, replaced by its
    leaders' names (PER)."""
    if "sommet" not in state(doc).text.lower():  # Doc.text would join every token again
        return mentions
    # the surnames the text writes after a given name: "Donald Trump", then "le sommet Trump-Kim"
    surnames = {ent[-1].text for ent in doc.ents if ent.label_ == "PER" and len(ent) > 1}
    surnames |= {token.text for token in doc[1:] if doc[token.i - 1].text in FIRST_NAMES and token.is_title}
    kept = []
    for mention in mentions:
        kept += _leaders(doc.char_span(mention.start, mention.end, alignment_mode="expand"), surnames) or [mention]
    return kept


def _leaders(span: Span | None, surnames: set[str]) -> list[Mention]:
    """The leaders who meet in the summit `span` ("sommet Macron-Scholz", or "Macron-Scholz" after "sommet"),
    none when states or bodies meet."""
    if span is None:
        return []
    doc = span.doc
    if span[0].lower_ == "sommet":
        span = span[1:]
    elif not span.start or doc[span.start - 1].lower_ != "sommet":
        return []
    tokens = list(span)
    parts = tokens[::2]
    if len(tokens) not in (3, 5) or any(token.text != "-" for token in tokens[1::2]):
        return []
    if parts[0].text in ("Saint", "Sainte") or not all(part.is_title or part.is_upper for part in parts):
        return []  # a peak's summit ("le sommet Saint-Pierre"), no meeting
    if _names_a_hyphenated_state(span):
        return []
    if all(_is_a_state_or_body(part) and part.text not in surnames for part in parts):
        return []
    return [Mention(part.idx, part.idx + len(part), "PER") for part in parts]


def _is_a_state_or_body(token: Token) -> bool:
    """An acronym ("UE", "G7"), a state or a region ("Japon", "Afrique"). Not what the model reads as a place:
    it reads "Meloni-Sánchez" as one as often as "Inde-Pakistan"."""
    return token.is_upper or token.text in _TERRITORIES


def _names_a_hyphenated_state(span: Span) -> bool:
    """Whether a state's name written with hyphens is among the sides: "sommet États-Unis-Chine", "sommet
    Royaume-Uni-France" are two states, not three persons."""
    return any(name in span.text for name in _HYPHENATED_TERRITORIES)
