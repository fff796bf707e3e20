"""Entities blind-29 (42 paragraphs on programmes beside their hosts, firms named after their founders, streets and
saints, clubs by their town, administrations by their acronyms, Belgian, Swiss, Québec and African bodies, Asian,
Arabic and Slavic names and names after titles, written blind in its own session): corrected by kind after its
single measure; each rule on invented text, with the look-alike it must leave alone.

The cases are tables, one a line: the sentence, then what it must name and the label (or "-": named by nothing),
separated by " | "; a line opening on "#" says what the lines under it try."""

import pytest

from tests.annotations.reading import assert_named, labelled, table_cases

RULES = """
# The state's administrations by the acronyms they go by, written as words or in mixed case.
L'Ademe et la DGFIP financeront l'étude à Vierzon. | Ademe | ORG
L'Ademe et la DGFIP financeront l'étude à Vierzon. | DGFIP | ORG
Selon l'Insee, le chômage a baissé en Corrèze. | Insee | ORG
Selon l'Anah, 300 logements seront rénovés en Creuse. | Anah | ORG
# An administration known to go by its region, hyphenated.
La Dreets Bourgogne-Franche-Comté a contrôlé vingt chantiers. | Dreets Bourgogne-Franche-Comté | ORG
Un inspecteur de la Dreal Auvergne-Rhône-Alpes est attendu. | Dreal Auvergne-Rhône-Alpes | ORG
# Programmes of television and radio known by heart, without guillemets; on a studio's set.
Le reportage a été diffusé dans Complément d'enquête jeudi soir. | Complément d'enquête | MISC
Sur le plateau de C dans l'air, trois économistes ont débattu. | C dans l'air | MISC
L'aventurier a été éliminé de Koh-Lanta au bout de dix jours. | Koh-Lanta | MISC
# "sur place", on the spot, is no square.
Le groupe jouera sur place La Marseillaise avant le match. | place La Marseillaise | -
# A firm named after its founder keeps its label beside the founder's full name.
Peugeot rappelle 5000 voitures. La marque fondée par Armand Peugeot est née à Sochaux. | Peugeot | ORG
Peugeot rappelle 5000 voitures. La marque fondée par Armand Peugeot est née à Sochaux. | Armand Peugeot | PER
Bouygues rachète un opérateur. Le groupe, fondé en 1952 par Francis Bouygues, grandit. | Bouygues | ORG
# A known title after a contracted article, without it.
Le ministre a donné une longue entrevue au Devoir lundi. | Devoir | ORG
Selon une journaliste des Échos, la vente est faite. | Échos | ORG
# A racing circuit and a military camp by their names.
Le Grand Prix se court au circuit de Nevers Magny-Cours. | circuit de Nevers Magny-Cours | LOC
Les soldats rejoignent le camp de Canjuers dans le Var. | camp de Canjuers | LOC
# A capitalised police force by its head.
La Sûreté de l'État a ouvert une enquête à Bruxelles. | Sûreté de l'État | ORG
# (review) A programme in plain words opening a sentence as its subject, or in guillemets; a tour's circuit, a
# side's camp left out, a racing circuit and a military camp still places; a title after a contracted article.
Quotidien a reçu le maire de Marseille mardi soir. | Quotidien | MISC
« Zone interdite » a suivi des douaniers au Havre. | Zone interdite | MISC
Ce soir, Complément d'enquête suit des inspecteurs de l'Urssaf. | Complément d'enquête | MISC
Le régiment s'entraîne au camp du Larzac depuis lundi. | camp du Larzac | LOC
Des réfugiés espagnols ont été internés au camp de Gurs. | camp de Gurs | LOC
Les motards tournent sur le circuit Bugatti au Mans. | circuit Bugatti | LOC
Une journaliste du Parisien a révélé l'affaire. | Parisien | ORG
Les agents de la DDT ont verbalisé le chantier à Carcassonne. | DDT | ORG
"""

LOOK_ALIKES = """
# A department after "l'", a river, a country by its acronym.
Il pleut dans l'Oise depuis lundi. | Oise | LOC
Le Drac est sorti de son lit près de Grenoble. | Drac | LOC
# A programme's words opening a longer name; in lower case.
Le Quotidien du médecin publie une enquête sur les urgences. | Quotidien | -
Le quotidien régional a changé de directeur. | quotidien | -
# A surname after its full name stays the person's, a founder's too when the short form is read as a person.
Jean Dupont a été élu maire. Dupont a promis une piscine. | Dupont | PER
Le cabinet a été fondé par Marc Dupont en 1990. Dupont a démissionné mardi. | Dupont | PER
# A title's word in another capitalised name; a title with its article.
La France a gagné la Coupe du Monde en 2018. | Coupe du Monde | MISC
Le Devoir consacre sa une au budget. | Le Devoir | ORG
# A camp and a circuit by common words.
Un camp de réfugiés a été évacué à Calais. | camp de réfugiés | -
Il a fait le circuit des bars de Lille. | circuit des bars | -
# A square after its article; the safety of a site in lower case.
Le marché se tient sur la place Carnot le samedi. | place Carnot | LOC
L'Autorité de sûreté nucléaire a inspecté la centrale. | Autorité de sûreté nucléaire | ORG
# (review) A programme's plain words opening a sentence: an adjective, a number, a phrase, a journalist's title.
Quotidien, le trafic sur la rocade de Bordeaux dépasse les 90 000 véhicules. | Quotidien | -
Sept à huit familles ont été relogées à Mulhouse. | Sept à huit | -
Tout le monde en parle au marché de Carpentras depuis l'orage. | Tout le monde en parle | -
Envoyé spécial à Niamey, le reporter a filmé les rues désertes. | Envoyé spécial | -
# (review) A tennis tour's circuit; a political side by its leader, named in full or read as a person.
La Canadienne a quitté le circuit WTA après Roland-Garros. | circuit WTA | -
Javier Milei a gagné. Le camp de Milei a fêté la victoire à Buenos Aires. | camp de Milei | -
Volodymyr Zelensky est à Paris. Le camp de Zelensky dément toute négociation. | camp de Zelensky | -
Dans le camp de Mathilde Panot, on réclame un recours. | camp de Mathilde Panot | -
# (review) The insecticide, not the departmental service.
Des traces de DDT ont été retrouvées dans le lac du Bourget. | DDT | -
"""


@pytest.mark.parametrize(("text", "name", "label"), table_cases(RULES) + table_cases(LOOK_ALIKES))
def test_entities_blind29_cases(text, name, label):
    assert_named(text, name, label)


def test_a_demonyms_type_is_no_title():
    """ "du Parisien moyen" is the average Parisian, not the newspaper "Le Parisien" (review of blind-29)."""
    assert ("Parisien", "ORG") not in labelled("Le budget du Parisien moyen a grimpé de 8 % en un an.")
