"""Entities blind-27 (20 paragraphs of national wire and magazine news: parliament and parties, ministries, foreign
news with transliterated names, firms and brands, sport, courts, culture, science, a press review, defence, places
that are people, written blind in its own session): corrected by kind after its single measure; each rule on
invented text, with the look-alike it must leave alone.

The cases are tables, one a line: the sentence, then what it must name and the label (or "-": named by nothing),
separated by " | "; a line opening on "#" says what the lines under it try."""

import pytest

from annotations.nlp.pipeline import analyse
from tests.annotations.reading import assert_named, table_cases

RULES = """
# A name the model reads as a place, closed by a legal form: the firm, its form in its span.
Le fabricant Bois du Morvan SAS embauche vingt salariés. | Bois du Morvan SAS | ORG
Le tribunal a placé Jardins du Quercy SARL en liquidation. | Jardins du Quercy SARL | ORG
# "Fils" after a given name alone is a surname.
Le nageur Maxime Fils a battu le record de France. | Maxime Fils | PER
# A round or an edition by its ordinal is no part of the competition's name.
Le match comptait pour la 31e journée de Pro D2. | Pro D2 | MISC
La 12e étape du Tour de France arrivera au sommet. | Tour de France | MISC
# A role opening a sentence, glued by the model to the body it is a role of.
Capitaine du Stade toulousain, Julien Marchal prolonge. | Stade toulousain | ORG
# A high-speed line by its ends or its region is a project.
Les travaux de la LGV Montpellier-Perpignan commenceront en 2029. | LGV Montpellier-Perpignan | MISC
# A work's title in guillemets in apposition with its kind after an ordinal alone, or after a revival.
Stock publiera « Les Lampes froides », second roman du poète Karim Nadir. | Les Lampes froides | MISC
Le théâtre annonce la reprise du « Cid » pour l'automne. | Cid | MISC
# A theatre named a "Comédie", hyphenated or with its town.
Elle a quitté la Comédie-Française après douze saisons. | Comédie-Française | ORG
La Comédie de Reims présente sa saison jeudi. | Comédie de Reims | ORG
# A festival's capitalised name goes on over its town.
Le Festival du film britannique de Dinard ouvrira jeudi. | Festival du film britannique de Dinard | MISC
# A dam by its name.
Le barrage de Vouglans a été vidangé en juin. | barrage de Vouglans | LOC
# A firm by the brand it owns, in apposition, where the model reads a place.
Lorient, propriétaire de la marque Armor Délices, a vendu son usine. | Lorient | ORG
# A town for its club after a result and the ground where it was played.
Le FC Sochaux a obtenu le nul (0-0) au stade Bonal face à Rouen. | Rouen | ORG
"""

LOOK_ALIKES = """
# A town with a firm after it; a firm closing on "Fils" after "et"; a regiment by its number; a town with no
# match before it; a person by his given name before a brand he owns; the store as a verb's subject.
À Oslo SAS a supprimé 200 vols. | Oslo | LOC
Les salariés de Girard et Fils SARL manifestent. | Girard et Fils SARL | ORG
Le 9e régiment d'infanterie de marine a défilé. | 9e régiment d'infanterie de marine | ORG
Le maire de Rouen a obtenu une victoire au tribunal contre la préfecture. | Rouen | LOC
Paul Dubreuil, propriétaire de la marque Kalia, a témoigné. | Paul Dubreuil | PER
Le Printemps oblige ses vendeurs à travailler le dimanche. | Printemps | ORG
# A dam's word before a common noun; a comedy in lower case; a quote after a comma with no work's word.
Un barrage de police bloquait la route. | barrage de police | -
Il a vu une comédie de Molière. | comédie de Molière | -
« Nous tiendrons », premier message du maire, a rassuré les habitants. | Nous tiendrons | -
# A revival of talks or an adaptation to the climate before a speaker's quote (a work's title follows "de" right
# after the word: "l'adaptation des « Trois Sœurs »").
Avant la reprise des négociations « Nous ne céderons rien », a prévenu la CGT. | Nous ne céderons rien | -
Sur la reprise « Nous sommes confiants », a déclaré le PDG. | Nous sommes confiants | -
Pour l'adaptation au climat « Il faut agir vite », estime le maire. | Il faut agir vite | -
L'adaptation des « Trois Sœurs » triomphe à Lyon. | Trois Sœurs | MISC
# A roadblock by who holds it, a play-off by its competition or its clubs: no dam.
Un barrage de CRS a bloqué les manifestants. | barrage de CRS | -
Un barrage de Gendarmerie filtrait les voitures. | barrage de Gendarmerie | -
Le match de barrage de Ligue 2 aura lieu samedi. | Ligue 2 | MISC
Le barrage de Grenoble contre Metz aura lieu dimanche. | barrage de Grenoble | -
Le barrage de Grand'Maison a été inspecté. | barrage de Grand'Maison | LOC
# A town after a victory at a court, not at a ground.
Le maire a obtenu une victoire au Conseil d'État contre Nice. | Nice | LOC
# A name in the idiom "X oblige" stays a name (a season or a feast is none).
Bruxelles oblige, Paris doit réduire son déficit. | Bruxelles | LOC
Macron oblige, les ministres se taisent. | Macron | PER
Noël oblige, les magasins ouvrent le dimanche. | Noël | -
"""


@pytest.mark.parametrize(("text", "name", "label"), table_cases(RULES) + table_cases(LOOK_ALIKES))
def test_entities_blind27_cases(text, name, label):
    assert_named(text, name, label)


def test_entities_blind27_the_noun_of_an_idiom_is_no_name():
    # "X oblige" set apart by a comma is an idiom: its noun is no name, even one the text names elsewhere
    text = "Printemps oblige, les jardineries font le plein. Le Printemps, lui, ouvre un magasin à Lille."
    found = [(entity.start, entity.text) for entity in analyse(text).entities]
    assert (0, "Printemps") not in found
    assert (text.index("Le Printemps") + 3, "Printemps") in found
