"""Entities blind-33 (50 paragraphs of match reports, statistical offices, bodies called by their capitalised common
noun, people named "X de Y" and history, written blind in its own session): corrected by kind after its single
measure; each rule on invented text, with the look-alike it must leave alone.

The cases are tables, one a line: the sentence, then what it must name and the label (or "-": named by nothing),
separated by " | "; a line opening on "#" says what the lines under it try."""

import pytest

from annotations.nlp.pipeline import analyse
from tests.annotations.reading import assert_named, labelled, table_cases

RULES = """
# A league inside a championship's head is the name alone.
Le club jouera le championnat de National 3 la saison prochaine. | National 3 | MISC
Le club jouera le championnat de National 3 la saison prochaine. | championnat de National 3 | -
Le titre du championnat de Division 2 se jouera à Brest. | Division 2 | MISC
# A body called by its capitalised head alone after its article.
La Métropole de Lyon vote son budget. Selon la Métropole, la dette baissera en 2027. | Métropole | ORG
Le Département de la Manche aide les éleveurs ; le Département versera 2 millions d'euros. | Département | ORG
La Régie des eaux de Grenoble relève ses tarifs. La Régie justifie la hausse par l'énergie. | Régie | ORG
Les habitants ont manifesté devant la mairie de Vierzon, et la Ville a promis une réponse. | Ville | ORG
# A statistical office by its land.
D'après Statistique Canada, le chômage a reculé en Ontario. | Statistique Canada | ORG
Le canton compte 850 000 habitants, selon Statistique Vaud. | Statistique Vaud | ORG
# A team's nickname after a plural article in a match report.
Saint-Priest a battu Bourg (2-1). Les Griottes ont souffert en fin de match. | Griottes | ORG
Le derby a tourné court (0-3) : l'entraîneur des Canonniers a reconnu la supériorité adverse. | Canonniers | ORG
Les Bleus ont dominé la Belgique en finale (2-0). | Bleus | ORG
"""

LOOK_ALIKES = """
# A championship of a land or a sport keeps its head.
Les championnats de France de cyclisme se courent à Cholet. | championnats de France de cyclisme | MISC
# The same heads in lower case, or opening a sentence without an article, name no body.
Dans la métropole lilloise, les loyers ont baissé. | métropole | -
Ville fleurie depuis 1998, Honfleur a gardé ses quatre fleurs. La Ville a remercié les jardiniers. | Ville fleurie | -
# Mainland France, capitalised in overseas news, is no council.
Les touristes venus de la Métropole sont moins nombreux à Fort-de-France. | Métropole | LOC
# The common word "statistique" before a capitalised word.
La statistique Insee montre une baisse du chômage. | Insee | ORG
# Demonyms, nationalities and events after a plural article in a match report are no nicknames.
Les Lyonnais ont suivi le match (1-1) depuis la place Bellecour. | Lyonnais | -
Les Français ont battu l'Italie (3-1) sous les yeux des Espagnols. | Espagnols | -
Les Jeux ont commencé par un match (2-2) entre la France et le Brésil. | Jeux | MISC
# A place the model reads, no common word, and an event with its complement are no nicknames.
Le club a battu Tarbes (2-1) au pied des Pyrénées. | Pyrénées | LOC
Après le match (3-0), les Trophées du sport ont été remis. | Trophées | -
# A club's longer name after a plural article is not cut to its first word.
Les Remparts de Québec ont battu Rimouski (4-2). | Remparts | -
"""


@pytest.mark.parametrize(("text", "name", "label"), table_cases(RULES))
def test_blind33_rules_read_by_kind(text, name, label):
    assert_named(text, name, label)


@pytest.mark.parametrize(("text", "name", "label"), table_cases(LOOK_ALIKES))
def test_blind33_look_alikes_keep_their_reading(text, name, label):
    assert_named(text, name, label)


# Review (rev-ent33): places a match report names after a plural article are no nicknames, nor is mainland France
# after "dans".
REVIEW_LOOK_ALIKES = """
# A place's preposition before the article.
Après le match nul (1-1) à Grenoble, les supporters sont repartis vers les Alpes sous la neige. | Alpes | ORG
Le club landais a gagné son match (2-0) ; dans les Landes, on fête déjà la montée. | Landes | ORG
# A place the model reads with its article.
Les Seychelles et les Comores se sont affrontées en match amical (2-2). | Seychelles | ORG
# Mainland France after "dans".
Les élèves partis étudier dans la Métropole reviennent rarement en Guadeloupe. | Métropole | ORG
"""

REVIEW_RULES = """
# A nickname after a verb's preposition stays one.
Les Canaris ont signé leur première victoire sur les Dogues (2-1) depuis 2019. | Dogues | ORG
L'entraîneur des Verts a salué l'état d'esprit de ses joueurs après le match (1-0). | Verts | ORG
"""


@pytest.mark.parametrize(("text", "name", "label"), table_cases(REVIEW_LOOK_ALIKES))
def test_review_places_are_no_nicknames_nor_bodies(text, name, label):
    found = labelled(text)
    assert (name, label) not in found


@pytest.mark.parametrize(("text", "name", "label"), table_cases(REVIEW_RULES))
def test_review_nicknames_still_read(text, name, label):
    assert_named(text, name, label)


REVIEW_MORE = """
# A plural listed after another place the model reads.
Les Carpates, les Balkans et les Flandres ont accueilli le championnat d'Europe de cyclo-cross. | Flandres | LOC
# A league's word inside a festival's or a fair's head is no league.
Le festival de Super Besse a attiré 3 000 spectateurs. | festival de Super Besse | MISC
"""


@pytest.mark.parametrize(("text", "name", "label"), table_cases(REVIEW_MORE))
def test_review_places_listed_and_festivals(text, name, label):
    assert_named(text, name, label)


def test_review_a_body_after_a_contracted_article():
    """ "au Conseil", "du Département": the body's head after "au" or "du" is the body, as after "le"."""
    found = [
        (e.text, e.label)
        for e in analyse("Le Conseil a validé la loi. Le texte reviendra au Conseil en juin.").entities
    ]
    assert found.count(("Conseil", "ORG")) == 2
    assert_named("La Région a voté. Puis le dossier a été transmis au Département.", "Département", "ORG")
    assert_named(
        "Ville fleurie depuis 1998, Honfleur garde ses fleurs. La Ville a remercié les jardiniers.",
        "Ville fleurie",
        "-",
    )
