"""Entities blind-34 (55 paragraphs of headlines before a colon, festivals, match reports, courts, bodies and firms of
France, Belgium, Switzerland, Québec, Luxembourg and Africa, written blind in its own session): corrected by kind after
its single measure; each rule on invented text, with the look-alike it must leave alone.

The cases are tables, one a line: the sentence, then what it must name and the label (or "-": named by nothing),
separated by " | "; a line opening on "#" says what the lines under it try."""

import pytest

from tests.annotations.reading import assert_named, table_cases

RULES = """
# A country opening a headline before a colon, the prose naming it by its people's adjective.
Mali : la junte ferme deux écoles. Les autorités maliennes invoquent la sécurité. | Mali | LOC
Niger : le scrutin est reporté. Le régime nigérien promet un calendrier. | Niger | LOC
# A statistical office opening a sentence, and a one-word office.
Statistique Vaud publie ses chiffres du logement ce jeudi. | Statistique Vaud | ORG
Au Luxembourg, le Statec prévoit une inflation de 2 %. | Statec | ORG
# An event's article opening a sentence is not its name's.
La Nuit blanche attire cette année 300 000 promeneurs. | Nuit blanche | MISC
La Fête des vendanges aura lieu fin septembre à Neuchâtel. | Fête des vendanges | MISC
# A festival named after its town and what it shows, with its head when it has one.
Chartres en lumières illumine la cathédrale tout l'été. | Chartres en lumières | MISC
Le festival Bourges en scène reprend samedi. | festival Bourges en scène | MISC
# A festival or a fair named in the English order, its head last.
Le Liège Jazz Weekend accueillera dix concerts. | Liège Jazz Weekend | MISC
# A town for its team in a match report: caught out by it, a point taken from it, a rebound against it, a team received.
Battu (1-2), le Stade lavallois a été piégé par Niort samedi. | Niort | ORG
Le club a arraché un point à Charleroi (1-1) dimanche. | Charleroi | ORG
Basket : Cholet se relance contre Roanne, 81-74. | Roanne | ORG
Après leur victoire (2-0), les Lyonnaises recevront le Barça mercredi. | Barça | ORG
Le Servette s'est offert Lugano (2-1) au bout du temps additionnel. | Lugano | ORG
Le Servette s'est offert Lugano 88-79 au terme d'un match serré. | Lugano | ORG
Liège a été piégé par Charleroi 2-1 dimanche. | Charleroi | ORG
Fribourg s'est incliné, piégé par Lugano sur le score de 2-1. | Lugano | ORG
# A club's colour that takes no plural, after its article.
Le Servette a battu Sion (2-0). Les Grenat restent en tête. | Grenat | ORG
# A parliamentary group by a proper name of several words, without "groupe"; by common words with it.
À l'Assemblée nationale, les députés du groupe Pastef Patriotes ont voté le texte. | Pastef Patriotes | ORG
Au Sénat, le groupe Les Indépendants réclame un débat. | Les Indépendants | ORG
Au Sénat, le groupe Droite républicaine et le groupe Écologiste votent contre. | groupe Droite républicaine | ORG
# A rank in a table by any ordinal is no square.
Le club glisse à la onzième place du Top 14. | Top 14 | MISC
Le club glisse à la onzième place du Top 14. | place du Top | -
# A plain and a district by their names.
La crue a recouvert la plaine de l'Ain. | plaine de l'Ain | LOC
Les loyers montent dans le district de la Broye. | district de la Broye | LOC
Les gardes de la réserve naturelle régionale de la plaine de Bièvre comptent les oiseaux. | réserve naturelle régionale de la plaine de Bièvre | LOC
# A military court, a court of first instance with its town.
Le tribunal militaire de Bamako a condamné deux officiers. | tribunal militaire de Bamako | ORG
Le tribunal de première instance de Namur a renvoyé l'affaire. | tribunal de première instance de Namur | ORG
# Large groups of Québec, Belgium, Switzerland and Africa.
Bombardier livrera quarante avions en 2027. | Bombardier | ORG
Colruyt ferme trois magasins en Wallonie. | Colruyt | ORG
"""

LOOK_ALIKES = """
# A rubric before a colon is no place, even the model's.
Rugby : les Bleus s'imposent à Cardiff. Le sélectionneur français savoure. | Rugby | -
# A festival's words after a town that celebrates are no event.
Paris en fête après le titre du PSG. | Paris en fête | -
# Without a score, a town that does these things is a town.
Lyon s'est offert une nouvelle salle de concert. | Lyon | LOC
Le festival a été surpris par Nantes et sa pluie. | Nantes | LOC
# A work's article opening a sentence stays.
Les Misérables restent le roman le plus lu. | Misérables | -
# A family named after a firm is persons.
La famille Michelin reste actionnaire du groupe. | Michelin | PER
# A square after its article, no rank.
Le marché se tient sur la place du Commerce. | place du Commerce | LOC
# A capitalised "Plaine" opens a body's name, no plain.
L'établissement public territorial Plaine Commune finance la piscine d'Aubervilliers. | Plaine Commune | ORG
# A plain of games is no place's name.
Les enfants jouent dans la plaine de jeux. | plaine de jeux | -
# (review) A speaker before a colon and a quotation is no country, whatever adjective the quotation holds.
Colombe : « Le café colombien a changé ma vie », raconte la torréfactrice. | Colombe | -
# (review) "mettre en scène", "en lumière" said of a person or a town is no festival.
La troupe a mis Molière en scène à Avignon. | Molière en scène | -
Le rapport met Lyon en lumière parmi les villes qui recrutent. | Lyon en lumière | -
# (review) A range of ages or days is no score: a town that receives or treats itself stays a town.
Lyon s'est offert une salle de concert pour les 18-25 ans. | Lyon | LOC
Le festival a été surpris par Grenoble, qui a retiré sa subvention aux 15-24 ans. | Grenoble | LOC
"""


@pytest.mark.parametrize(("text", "name", "label"), table_cases(RULES))
def test_blind34_rules_read_by_kind(text, name, label):
    assert_named(text, name, label)


@pytest.mark.parametrize(("text", "name", "label"), table_cases(LOOK_ALIKES))
def test_blind34_look_alikes_keep_their_reading(text, name, label):
    assert_named(text, name, label)
