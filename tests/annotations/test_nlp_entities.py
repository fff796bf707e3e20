"""Entities: the model's spans made clean, consistent and linked within one document."""

from collections import defaultdict

from annotations.nlp import analyse

ARTICLE = """Les Promesses De Dupont Pour Lyon

Jean Dupont, le maire de Lyon, a présenté mardi son plan. Dupont veut doubler les pistes cyclables.
Le Premier ministre a salué le projet. Sommes-nous prêts ? Dupont le pense.
La société Zorglax, dont le siège est à Villeurbanne, fournira les vélos. Zorglax emploie 300 personnes.

© 2024 Le Journal de Lyon. Tous droits réservés.
"""


def entities(text: str, **options) -> list[tuple[str, str, str]]:
    return [(e.text, e.label, e.canonical) for e in analyse(text, **options).entities]


def test_entities_give_one_label_per_surface_form():
    labels = defaultdict(set)
    for text, label, _canonical in entities(ARTICLE):
        labels[text].add(label)
    assert labels and all(len(found) == 1 for found in labels.values())


def test_entities_link_a_surname_to_the_full_name():
    found = [(label, canonical) for text, label, canonical in entities(ARTICLE) if text == "Dupont"]
    assert len(found) == 3  # two in the prose, one in the title
    assert set(found) == {("PER", "Jean Dupont")}


def test_entities_in_headings_are_only_names_the_prose_confirms():
    title_end = ARTICLE.index("\n")
    in_title = [e for e in analyse(ARTICLE).entities if e.end <= title_end]
    assert [(e.text, e.canonical) for e in in_title] == [("Dupont", "Jean Dupont"), ("Lyon", "Lyon")]


def test_entities_drop_roles_inverted_verbs_and_boilerplate():
    texts = {text for text, _label, _canonical in entities(ARTICLE)}
    assert not texts & {"Le Premier ministre", "Premier ministre", "Sommes", "Journal de Lyon", "Le Journal de Lyon"}


def test_entities_label_a_company_by_its_context():
    found = {(text, label) for text, label, _canonical in entities(ARTICLE) if text == "Zorglax"}
    assert found == {("Zorglax", "ORG")}


def test_entities_link_an_acronym_to_the_name_it_follows():
    text = "L'Organisation mondiale de la santé (OMS) a alerté lundi. Selon l'OMS, 300 cas sont connus.\n"
    found = {(t, canonical) for t, _label, canonical in entities(text) if t == "OMS"}
    assert found == {("OMS", "Organisation mondiale de la santé")}


def test_entities_apply_editor_aliases_first():
    aliases = {"Lyon": ("Olympique lyonnais", "ORG"), "Jean Dupont": ("Jean-Marie Dupont", "PER")}
    found = entities(ARTICLE, aliases=aliases)
    assert ("Lyon", "ORG", "Olympique lyonnais") in found
    assert ("Jean Dupont", "PER", "Jean-Marie Dupont") in found
    assert all(label == "ORG" for text, label, _canonical in found if text == "Lyon")


def test_entities_ignore_aliases_in_boilerplate():
    found = entities(ARTICLE, aliases={"Journal de Lyon": ("Le Journal de Lyon", "ORG")})
    assert "Journal de Lyon" not in {text for text, _label, _canonical in found}


def test_entities_dates_and_amounts_of_a_title_are_marked_but_it_makes_no_claim():
    text = "Renault investit 2 milliards d'euros en 2025\n\nLe constructeur Renault l'a annoncé hier.\n"
    analysis = analyse(text)
    assert [claim.text for claim in analysis.claims] == ["Le constructeur Renault l'a annoncé hier."]
    assert [m.text for m in analysis.money] == ["2 milliards d'euros"]
    assert [d.value for d in analysis.dates] == ["2025"]
    assert [e.start for e in analysis.entities if e.text == "Renault"][0] == 0
