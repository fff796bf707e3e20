"""Entities blind-32 (48 paragraphs of names with particles, African and Asian names, saints' places, bodies spelled
out and abbreviated, courts, hospitals, schools, unions, NGOs, clubs, events, works and brands, written blind in its
own session): corrected by kind after its single measure; each rule on invented text, with the look-alike it must
leave alone.

The cases are tables, one a line: the sentence, then what it must name and the label (or "-": named by nothing),
separated by " | "; a line opening on "#" says what the lines under it try."""

import pytest

from tests.annotations.reading import assert_named, table_cases

RULES = """
# A board of a body whose name goes on in lower case: the body alone.
Elle entre au conseil de surveillance de la Caisse d'épargne Normandie en mai. | Caisse d'épargne Normandie | ORG
Il siège au conseil d'administration de la Banque cantonale du Jura depuis 2019. | Banque cantonale du Jura | ORG
# Two names joined by an ampersand make a firm's.
Le fabricant Procter & Gamble ferme son usine d'Amiens. | Procter & Gamble | ORG
La chaîne Marks & Spencer rouvre à Lille. | Marks & Spencer | ORG
# Given names of North and West African women and men.
Khadija Benslimane a présidé la séance du conseil à Tours. | Khadija Benslimane | PER
Ousmane Kaboré-Diallo a été élu à Bamako. | Ousmane Kaboré-Diallo | PER
# A work after a writer's verb and its publisher, after a prize's "pour", before its screening.
La romancière publie « Les Oiseaux de passage » chez Actes Sud cet automne. | Les Oiseaux de passage | MISC
La romancière publie « Les Oiseaux de passage » chez Actes Sud cet automne. | Actes Sud | ORG
Julie Morel, couronnée pour « La Maison du port », remercie ses lecteurs. | La Maison du port | MISC
Le trophée a été remis à Marc Vidal pour « Le Fils du meunier » à Nantes. | Le Fils du meunier | MISC
« Les Enfants de la digue » sera projeté samedi sur la plage de Royan. | Les Enfants de la digue | MISC
# A pact by its town.
Le pacte de Glasgow a fixé de nouveaux objectifs. | pacte de Glasgow | MISC
# A round of national talks named after the Grenelle agreements.
Le rapport cite le Grenelle de la mer parmi les réussites. | Grenelle de la mer | MISC
# A capitalised festival with what it is about, a participle closing it, then its town.
Le Festival international du film animé d'Annecy a fermé ses portes. | Festival international du film animé d'Annecy | MISC
# A surname's particle opening a sentence, when the text writes it after a given name.
Hélène de Kersauson a parlé à Brest. De Kersauson a ensuite quitté la salle. | De Kersauson | PER
# A second, elided particle of a noble name, whatever the model reads after it.
Jean-Yves du Plessis d'Orgères a présidé la séance. | Jean-Yves du Plessis d'Orgères | PER
# A firm's name before a town of Antiquity is a thinker's.
Le professeur cite Thales de Milet dans son cours sur les triangles. | Thales de Milet | PER
"""

LOOK_ALIKES = """
# A chamber's committee is a body of its own, the chamber's adjectives included.
La commission des affaires sociales du Parlement européen a voté le texte. | commission des affaires sociales du Parlement européen | ORG
# A town's council keeps its place whole.
Le conseil municipal de Quimperlé a voté le budget. | conseil municipal de Quimperlé | ORG
# A quote after "pour" with no prize, and a quote that is said.
Il a voté pour « la fin des privilèges », a-t-il dit. | la fin des privilèges | -
« Nous sommes prêts », a déclaré le maire de Royan. | Nous sommes prêts | -
# A leader's pact is no named event.
Emmanuel Macron a reçu les patrons. Le pacte de Macron n'a pas convaincu. | pacte de Macron | -
# The street and the barracks of Grenelle keep their heads.
Le ministre a reçu les syndicats rue de Grenelle à Paris. | rue de Grenelle | LOC
# A participle and no town: the festival ends before it.
Au Festival de la chanson organisé par la mairie, la salle était pleine. | Festival de la chanson | MISC
# "De" opening a sentence before a place.
De Brest à Quimper, la route a été coupée. Jean de Quimper a parlé. | De Brest | -
# A firm's site in a town of today.
Le site de Thales de Brest recrute 200 ingénieurs. | Thales | ORG
Le site de Thales de Brest recrute 200 ingénieurs. | Thales de Brest | -
# Review (rev-ent32): a town of Antiquity still a town today is a firm's site, not a thinker's birthplace.
Le site de Thales de Syracuse ferme en Sicile. | Thales | ORG
Le site de Thales de Syracuse ferme en Sicile. | Syracuse | LOC
"""


@pytest.mark.parametrize(("text", "name", "label"), table_cases(RULES))
def test_blind32_rules_read_by_kind(text, name, label):
    assert_named(text, name, label)


@pytest.mark.parametrize(("text", "name", "label"), table_cases(LOOK_ALIKES))
def test_blind32_look_alikes_keep_their_reading(text, name, label):
    assert_named(text, name, label)
