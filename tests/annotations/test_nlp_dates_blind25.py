"""Dates blind-25 (212 paragraphs, 10 news days, written blind: former plans gone by, anniversaries "aujourd'hui",
estimates of a quarter, crowds in figures like years, look-alikes), corrected by kind after its single measure. A table
as blind-18's to blind-24's, read on Wednesday 14 May 2031: "## kind", then "sentence => span = value && ...", "-" for
no date, "~" opening a look-alike's line."""

from datetime import date

import pytest

from annotations.nlp.dates import find_dates
from tests.annotations.test_nlp_dates_blind18 import table_cases

TABLE = """
## a calendar date a plan named, told over after it, is the one nearest the publication, gone by or still to come
Le salon de l'agriculture, prévu le 22 février, avait été annulé à cause de la grippe aviaire. => le 22 février = 2031-02-22
Le gala, prévu le 21 juin, a été annulé faute de ventes. => le 21 juin = 2031-06-21
Le festival, qui devait ouvrir le 28 mars, avait finalement été décalé à l'automne. => le 28 mars = 2031-03-28 && à l'automne = 2031-09/2031-11
## a day a plan is moved to comes after the day it was set for
La visite du ministre, programmée le 9 avril, a été repoussée au 3 septembre. => le 9 avril = 2031-04-09 && 3 septembre = 2031-09-03
Le tribunal a jugé vendredi des violences commises le 24 décembre 2029 et mis sa décision en délibéré au 11 juin. => vendredi = 2031-05-09 && 24 décembre 2029 = 2029-12-24 && 11 juin = 2031-06-11
~ Le match, qui devait se jouer le 25 mai, se jouera le 1er juin. => le 25 mai = 2031-05-25 && le 1er juin = 2031-06-01
~ Le récital, prévu le 30 mai, aura lieu à l'opéra. => le 30 mai = 2031-05-30
~ Le match, qui devait se jouer samedi, a été annulé. => samedi = 2031-05-10
## "aujourd'hui" right after a count of years ago: that day so many years back
Cela fait quinze ans aujourd'hui que la mine de Gardanne a fermé. => Cela fait quinze ans aujourd'hui = 2016-05-14
Il y a vingt ans aujourd'hui, le barrage cédait. => Il y a vingt ans aujourd'hui = 2011-05-14
Voici dix ans aujourd'hui que le musée a rouvert. => Voici dix ans aujourd'hui = 2021-05-14
~ Le club fête ses cent ans aujourd'hui. => aujourd'hui = 2031-05-14
~ Il y a cinq ans, aujourd'hui encore, rien n'a changé. => Il y a cinq ans = 2026 && aujourd'hui = 2031-05-14
~ Cela fait trois ans que la ligne est fermée. => -
## a measure "du" a quarter is of one begun by the day it is told, whatever the tense
Le Statec publiera vendredi sa première estimation de la croissance du premier trimestre. => vendredi = 2031-05-16 && du premier trimestre = 2031-01/2031-03
Les chiffres du chômage du quatrième trimestre avaient surpris les économistes. => du quatrième trimestre = 2030-10/2030-12
Le bénéfice de l'exercice 2030 recule ; le chiffre d'affaires du quatrième trimestre a baissé de 3 %. => l'exercice 2030 = 2030 && du quatrième trimestre = 2030-10/2030-12
~ En 2015, l'Insee avait publié en mai son estimation du PIB du premier trimestre. => 2015 = 2015 && mai = 2015-05 && du premier trimestre = 2015-01/2015-03
~ Les exportations devraient rebondir au troisième trimestre. => au troisième trimestre = 2031-07/2031-09
~ La BCE dévoilera jeudi ses prévisions pour le troisième trimestre. => jeudi = 2031-05-15 && le troisième trimestre = 2031-07/2031-09
## how many they were ("étaient", "serons" before the number) and a bus's or a tram's number are no years
Ils étaient 1800 à défiler samedi dans les rues de Liège. => samedi = 2031-05-10
Nous serons 2000 dimanche devant le Parlement, promet le syndicat. => dimanche = 2031-05-18
Le bus 2010 dessert la gare de Namur. => -
Le tram 1978 a été restauré par les bénévoles. => -
~ Ils étaient 1200 en 2019 et 1800 aujourd'hui. => 2019 = 2019 && aujourd'hui = 2031-05-14
~ La tempête de 2010 avait tout emporté. => 2010 = 2010
## an invitation opening its clause ("Rendez-vous") tells its weekday to come
Rendez-vous samedi à 14 h place Saint-Lambert. => samedi à 14 h = 2031-05-17
~ Ils s'étaient donné rendez-vous lundi devant la gare. => lundi = 2031-05-12
## review: years listed after "étaient", "sont" stay years; a bus's or a tram's number in 2020-2099 names a project
Les saisons noires du tourisme furent 2020 et 2021. => 2020 = 2020 && 2021 = 2021
Les échéances retenues sont 2028 ou 2029 selon le ministère. => 2028 = 2028 && 2029 = 2029
Le tram 2035 doit relier Rennes à Cesson-Sévigné. => 2035 = 2035
~ Elles étaient 1500 à marcher pour le climat à Lausanne. => -
~ Le bus 1985 a été repeint par l'amicale des anciens. => -
## review: a day a plan is brought forward to is after the publication, not after the day it was set for
La finale, prévue le 12 juin, a été avancée au 31 mai. => le 12 juin = 2031-06-12 && 31 mai = 2031-05-31
## review: "Rendez-vous" told over is no invitation; a verb between a measure and "du" makes it a plan's quarter
~ Rendez-vous avait été fixé mardi avec les syndicats. => mardi = 2031-05-13
~ Le chômage pourrait reculer au cours du quatrième trimestre. => du quatrième trimestre = 2031-10/2031-12
"""


@pytest.mark.parametrize(("text", "wanted"), list(table_cases(TABLE)))
def test_blind25_kinds(text, wanted):
    assert [(found.text, found.value) for found in find_dates(text, published=date(2031, 5, 14))] == wanted
