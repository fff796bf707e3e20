"""Entities: an acronym after an article is a body's ("le PS", "la CGT", "le FMI") unless the article names
it as a kind of thing (annotations/nlp/acronym_kinds.py): a document, a plan, a vaccine, a procedure, a
diploma, a test. Each case beside the look-alike that must stay an organisation."""

import pytest

from annotations.nlp.acronym_kinds import common_noun_acronyms
from tests.annotations.reading import labelled


@pytest.mark.parametrize(
    ("text", "acronym"),
    [
        # spelled out by a kind, after it or before it
        ("Le SRADDET (schéma régional d'aménagement) a été adopté. Le SRADDET fixe des objectifs.", "SRADDET"),
        ("La commune révise son plan local d'urbanisme (PLUI). Le PLUI limite les lotissements.", "PLUI"),
        ("Le diplôme national du brevet (DNB) commence jeudi. Le DNB compte quatre épreuves.", "DNB"),
        # a kind beside it
        ("Le BCG, un vaccin contre la tuberculose, reste recommandé. Le BCG se fait à la naissance.", "BCG"),
        ("Le SCOT est un document d'urbanisme. Les élus ont approuvé le SCOT lundi.", "SCOT"),
        # a kind before it, elsewhere in the article
        ("Les nourrissons reçoivent le vaccin BCG. Le BCG protège des formes graves.", "BCG"),
        ("La préfète a déclenché le plan POLMAR. Le POLMAR mobilise trois cents agents.", "POLMAR"),
    ],
)
def test_entities_acronym_named_as_a_kind_of_thing_is_no_organisation(text, acronym):
    assert acronym not in {name for name, _label in labelled(text)}


@pytest.mark.parametrize(
    ("text", "acronym"),
    [
        # bodies spelled out with capitals, or set beside a body's word
        ("La CGT (Confédération générale du travail) appelle à la grève. La CGT réclame des hausses.", "CGT"),
        ("Le BCG (Boston Consulting Group) a publié une étude. Le BCG conseille trois ministères.", "BCG"),
        ("Le FMI, une institution de Washington, prévoit une croissance de 1 %.", "FMI"),
        ("Le PS, premier parti de gauche en 2012, a perdu des sièges.", "PS"),
        # a body known by heart stays one whatever kind the text puts by it
        ("Le plan FMI pour la Grèce a été adopté. Le FMI prêtera 30 milliards.", "FMI"),
        ("Selon le FMI, le plan de relance est insuffisant.", "FMI"),
        ("Le PS, un programme de gauche à la main, a perdu.", "PS"),
        # the UN's programmes are bodies whose name says "programme" (review)
        ("Le PNUD (programme des Nations unies pour le développement) publie son rapport. Le PNUD alerte.", "PNUD"),
        ("Selon le programme alimentaire mondial (PAM), la famine menace. Le PAM manque de fonds.", "PAM"),
    ],
)
def test_entities_acronym_of_a_body_stays_an_organisation(text, acronym):
    assert (acronym, "ORG") in labelled(text)


def test_common_noun_acronyms_needs_the_kinds_own_initial_to_spell_one_out():
    # "vaccin ... (BCG)": the kind opens no word of the acronym, which is the brackets' name for something else
    assert common_noun_acronyms("le vaccin bilié de Calmette et Guérin (BCG)") == frozenset()
    assert common_noun_acronyms("le plan de prévention des risques (PPR)") == {"PPR"}
