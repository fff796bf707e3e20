"""Entities blind-28 (40 paragraphs of regional, overseas-France, Maghreb, sub-Saharan and Québec news, science,
health, tech, culture, farming, courts, faits divers, sport beyond football and the EU, written blind in its own
session): corrected by kind after its single measure; each rule on invented text, with the look-alike it must leave
alone.

The cases are tables, one a line: the sentence, then what it must name and the label (or "-": named by nothing),
separated by " | "; a line opening on "#" says what the lines under it try."""

import pytest

from tests.annotations.reading import assert_named, table_cases

RULES = """
# A centre in lower case by a person's hyphenated name is an establishment; its town after it apart.
Le centre Léon-Bérard de Lyon recrute des infirmiers. | centre Léon-Bérard | ORG
Le centre Léon-Bérard de Lyon recrute des infirmiers. | Lyon | LOC
# A hall named in English after a sentence's opening "À l'": the hall, without the preposition.
À l'Accor Arena, le public a chanté jusqu'à minuit. | Accor Arena | LOC
# A gendarmerie unit by its kind and its town.
La brigade nautique d'Arcachon a secouru deux kayakistes. | brigade nautique d'Arcachon | ORG
# A covered market and a mountain cirque by their names.
Le marché se tiendra sous la halle Saint-Louis. | halle Saint-Louis | LOC
Les randonneurs ont rejoint le cirque de Gavarnie à pied. | cirque de Gavarnie | LOC
# A club by its town and its sport, hyphenated.
Le Poitiers Volley-Ball a perdu à domicile. | Poitiers Volley-Ball | ORG
# A paper quoted after what it reports, closing the sentence; a known title's edition by its town.
Le port sera agrandi, écrit La Gazette de Monaco. | La Gazette de Monaco | ORG
Le ministre a été limogé, écrit Le Soir de Bruxelles. | Le Soir de Bruxelles | ORG
# A tournament by its town.
Il a gagné le Grand Chelem de Tokyo en 2019. | Grand Chelem de Tokyo | MISC
# A journal a study is published in, the verb in the present; a publisher a book comes out with.
Des chercheurs publient dans Cell Reports une étude sur le sommeil. | Cell Reports | ORG
Son premier roman paraîtra chez Verdier en mars. | Verdier | ORG
# A committee by two adjectives of its domain; a broadcaster known by heart.
La commission des affaires culturelles et éducatives a voté mardi. | commission des affaires culturelles et éducatives | ORG
Le ministre a répondu au micro de Radio-Canada jeudi. | Radio-Canada | ORG
# A place a sentence opens on, "À X,".
À Ruhpolding, la Française a pris la troisième place. | Ruhpolding | LOC
# A Burkinabè is a nationality.
La Burkinabè Fatou Traoré a reçu le prix. | Burkinabè | -
La Burkinabè Fatou Traoré a reçu le prix. | Fatou Traoré | PER
"""

LOOK_ALIKES = """
# A centre by a common noun, a circus company, a seat of power opening a sentence, a person after "À", a town
# after a reporting verb that goes on.
Il habite au centre de Lyon depuis dix ans. | Lyon | LOC
Le cirque Pinder installe son chapiteau à Caen. | cirque Pinder | -
À Matignon, on minimise la crise. | Matignon | ORG
À Downing Street, on minimise. | Downing Street | ORG
À Jean Dupont, elle a tout dit. | Jean Dupont | PER
La ville a voté, annonce La Rochelle dans un communiqué. | La Rochelle | LOC
# A firm the model reads so, opening a sentence after "À": a workplace; a town there is still a place.
À Renault, les syndicats appellent à la grève reconductible. | Renault | ORG
À Carrefour, les caissières ont cessé le travail samedi. | Carrefour | ORG
À Sciences Po, les étudiants ont voté le blocage du bâtiment. | Sciences Po | ORG
À Tulle, le conseil municipal a voté la gratuité des bus. | Tulle | LOC
# A known title, then a person's name: no edition.
Le Figaro de Serge Dassault soutenait la majorité. | Le Figaro | ORG
Le Figaro de Serge Dassault soutenait la majorité. | Serge Dassault | PER
L'album Le Monde d'Hergé est réédité cet automne. | Hergé | PER
Sous Serge July, le Libération de Jean-Paul Sartre avait bien changé. | Jean-Paul Sartre | PER
Le Progrès de Lyon consacre sa une aux inondations. | Le Progrès de Lyon | ORG
# A committee's domain, then "et" and another body.
La commission des affaires sociales et le gouvernement ont trouvé un accord. | commission des affaires sociales | ORG
"""


@pytest.mark.parametrize(("text", "name", "label"), table_cases(RULES) + table_cases(LOOK_ALIKES))
def test_entities_blind28_cases(text, name, label):
    assert_named(text, name, label)
