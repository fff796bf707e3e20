"""Summits named by who meets. A summit of states or bodies is an event named by them, MISC with its head ("le
sommet UE-Japon", "le sommet Afrique-France", as `evaluation/data/entities_blind25.fr.md` marks it), and so is a
sports paper's top match ("le sommet Lens-Marseille"). When leaders meet ("le sommet Macron-Scholz") the words
name no event but two persons, PER each, the common noun outside (`evaluation/data/entities.fr.md`: a person's
name, without title or role): read so only when the text names each in full ("Emmanuel Macron ... le sommet
Macron-Scholz"), since nothing else tells a surname from a town or a state ("Sunak-Albanese" and
"Lens-Marseille" read alike; the model calls "Meloni-Sánchez" a place as often as "Inde-Pakistan")."""

from spacy.tokens import Doc, Span

from annotations.nlp.entity_labels import Mention
from annotations.nlp.first_names import FIRST_NAMES
from annotations.nlp.state import state


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
    none unless `surnames` (those the text gives with a given name) holds each side."""
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
    if not all(part.text in surnames for part in parts):
        return []  # states, bodies, towns, a peak ("le sommet Saint-Pierre"), or leaders not named in full
    return [Mention(part.idx, part.idx + len(part), "PER") for part in parts]
