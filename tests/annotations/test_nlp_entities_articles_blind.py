"""Entities read wrong in the whole articles of `evaluation/data/articles_blind/` (reviewed by rev-ent32): corrected by
kind, each rule tried on invented sentences (none of the set's words), with the look-alikes it must leave alone.

The cases are tables, one a line: the sentence, then what it must name and the label (or "-": named by nothing),
separated by " | "; a line opening on "#" says what the lines under it try."""

import pytest

from tests.annotations.reading import assert_named, table_cases

RULES = """
# A sports facility and its name, one place with its head, as a stadium.
La piscine Kerbiriou rouvrira en mars après deux ans de travaux. | piscine Kerbiriou | LOC
La piscine Ker Avel fermera dix mois pour travaux. | piscine Ker Avel | LOC
Le gymnase Marcel-Cerdan accueille les réfugiés. | gymnase Marcel-Cerdan | LOC
# "l'État" before the amount a left-out verb gives it.
La Ville versera 2 millions d'euros et l'État 500 000 euros. | État | ORG
Le département paiera 300 000 euros et l'État 40 % du reste. | État | ORG
# A Belgian town's executive, as a town's council.
Le collège communal a approuvé le budget mardi. | collège communal | ORG
Le collège échevinal de Namur a tranché. | collège échevinal de Namur | ORG
# A role's domain is no place; the town after it is.
Marc Dubois, échevin des Finances de Namur, a démissionné. | Namur | LOC
L'échevine de la Culture de Liège a inauguré le musée. | Liège | LOC
L'adjointe aux Sports de Rennes a parlé. | Rennes | LOC
La ministre des Affaires étrangères de France est arrivée. | France | LOC
"""

LOOK_ALIKES = """
# A library keeps its staff's reading (a body), a school its own.
La médiathèque François-Mitterrand ouvre dimanche. | médiathèque François-Mitterrand | ORG
Le collège Jean-Moulin accueille 600 élèves. | collège Jean-Moulin | ORG
# A facility by its town is the town's, no name.
Réouverture prévue le 3 mars pour la piscine de Lannilis. | Lannilis | LOC
Réouverture prévue le 3 mars pour la piscine de Lannilis. | piscine de Lannilis | -
# A road and a league's level by their number.
La RN 7 est coupée. | RN 7 | LOC
Le club évolue en Nationale 2 cette saison. | Nationale 2 | MISC
# A domain alone stays part of its role; a mayor's deputy's town stays a place.
Le ministre de l'Intérieur a parlé. | Intérieur | -
L'adjoint au maire de Lyon a parlé. | Lyon | LOC
Marc Dubois, échevin des Finances de Namur, a démissionné. | Finances de Namur | -
"""


@pytest.mark.parametrize(("text", "name", "label"), table_cases(RULES))
def test_articles_blind_rules_read_by_kind(text, name, label):
    assert_named(text, name, label)


@pytest.mark.parametrize(("text", "name", "label"), table_cases(LOOK_ALIKES))
def test_articles_blind_look_alikes_keep_their_reading(text, name, label):
    assert_named(text, name, label)
