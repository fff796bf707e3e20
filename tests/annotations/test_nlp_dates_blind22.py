"""Dates blind-22 (213 paragraphs over 10 news days, written blind in the kinds the earlier sets hold least: the tense
of bare dates, weekdays near the publication, bounds and deadlines, seasons, holidays, francophone datelines,
look-alikes): corrected by kind after its single measure; each rule on invented text, with the look-alike it must leave
alone.

The cases are a table, read on a Friday (14 May 2032), as blind-18's to blind-21's: a kind's heading ("## ..."), then
one sentence a line, "=>" and what `find_dates` gives, each date "span = value", joined by " && "; "-" for none. A
look-alike's line opens on "~"."""

from datetime import date

import pytest

from annotations.nlp.dates import find_dates
from tests.annotations.test_nlp_dates_blind18 import table_cases

TABLE = """
## a present passive before its day is a timetable, the coming day; a compound passive or a move told with "être" is past
Le musée est fermé le 20 mai pour inventaire. => le 20 mai = 2032-05-20
Les guichets sont ouverts le 18 mai au public. => le 18 mai = 2032-05-18
~ Le musée a été fermé le 20 mai pour inventaire. => le 20 mai = 2031-05-20
~ Le musée sera fermé le 20 mai pour inventaire. => le 20 mai = 2032-05-20
~ Il est parti le 20 mai pour Dakar. => le 20 mai = 2031-05-20
~ Elle est née le 20 mai à Namur. => le 20 mai = 2031-05-20
~ Le congrès s'est tenu le 20 mai à Liège. => le 20 mai = 2031-05-20
## a pluperfect or a move told with "être" in the date's own phrase puts a day coming within a month a year back
Le tribunal avait été saisi par les riverains le 25 mai. => le 25 mai = 2031-05-25
Le 25 mai, le stade avait été évacué. => Le 25 mai = 2031-05-25
Le camion est entré dans le tunnel le 25 mai. => le 25 mai = 2031-05-25
~ Le 25 mai, le stade sera évacué. => Le 25 mai = 2032-05-25
~ Le stade sera évacué le 25 mai, puis il avait été dit qu'il rouvrirait. => le 25 mai = 2032-05-25
## a simple conditional tells a plan not confirmed: still to come
Le ministre démissionnerait lundi, selon nos informations. => lundi = 2032-05-17
Le rapport serait publié lundi, selon nos informations. => lundi = 2032-05-17
Le texte pourrait être voté mardi. => mardi = 2032-05-18
~ Le ministre aurait démissionné lundi, selon nos informations. => lundi = 2032-05-10
~ Il se serait rendu à la police lundi. => lundi = 2032-05-10
~ Elle serait partie lundi, selon sa sœur. => lundi = 2032-05-10
~ Le ministre espérait lundi un accord. => lundi = 2032-05-10
## a future of the past is to come from its saying, whatever date of the text is before it
LYON, 14 mai (AFP) – La mairie a annoncé que le chantier s'achèverait en avril. => 14 mai = 2032-05-14 && avril = 2033-04
Le 3 mai, la mairie a annoncé que le chantier s'achèverait en avril. => Le 3 mai = 2032-05-03 && avril = 2033-04
~ Le 3 mai, la mairie a annoncé que le chantier s'était achevé en avril. => Le 3 mai = 2032-05-03 && avril = 2032-04
## "depuis" a bare weekday has begun, whatever the verb
La patinoire est ouverte depuis samedi et le restera jusqu'en mars. => depuis samedi = 2032-05-08/.. && jusqu'en mars = ../2033-03
~ La patinoire ouvrira samedi et le restera jusqu'en mars. => samedi = 2032-05-15 && jusqu'en mars = ../2033-03
## a timetable in the present right before a bare weekday, and "d'ici" one: the coming day
Les soldes commencent mercredi dans tout le pays. => mercredi = 2032-05-19
La foire aux vins se termine dimanche. => dimanche = 2032-05-16
D'ici mardi, le lac reste interdit à la baignade. => D'ici mardi = 2032-05-18
~ Les soldes ont commencé mercredi dans tout le pays. => mercredi = 2032-05-12
~ La foire aux vins s'est terminée dimanche. => dimanche = 2032-05-09
~ Mardi, le lac est resté interdit à la baignade. => Mardi = 2032-05-11
## Belgian "à dater du" opens a range as "à compter du"
Le loyer est indexé à dater du 1er juillet. => à dater du 1er juillet = 2032-07-01/..
~ Le loyer a été indexé le 1er juillet. => le 1er juillet = 2031-07-01
## "à pareille époque l'an dernier", as "l'an dernier à pareille époque"
À pareille époque l'an dernier, la neige tenait encore. => À pareille époque l'an dernier = 2031-05-14
~ L'an dernier, la neige tenait encore en mai. => L'an dernier = 2031 && mai = 2031-05
## review: the own-phrase past is the date's own verb's, after a joint, a colon, a relative or "que"
~ Le président est venu inaugurer le pont qui ouvre le 25 mai. => le 25 mai = 2032-05-25
~ Le ministre est venu annoncer que le pont ouvre le 25 mai. => le 25 mai = 2032-05-25
~ Le maire est revenu sur sa décision : la piscine ouvre le 25 mai. => le 25 mai = 2032-05-25
Le tribunal, qui avait été saisi par les riverains le 25 mai, a rendu son jugement. => le 25 mai = 2031-05-25
Les élèves sont rentrés en classe le 25 mai. => le 25 mai = 2031-05-25
## review: the conditional is the check-worthiness cues' one: no imperfect that ends as a conditional does
~ La police encadrait lundi la manifestation des agriculteurs. => lundi = 2032-05-10
~ La foule serrait lundi les rangs devant la mairie. => lundi = 2032-05-10
~ L'accident serait survenu lundi, selon les gendarmes. => lundi = 2032-05-10
Le conseil municipal se réunirait lundi, selon plusieurs élus. => lundi = 2032-05-17
La hausse serait votée lundi, selon nos informations. => lundi = 2032-05-17
La ministre inaugurerait le pont le 2 mai. => le 2 mai = 2033-05-02
## review: a future of the past is to come from its saying, whatever the saying's year
En 2019, la mairie a annoncé que le chantier s'achèverait en avril. => 2019 = 2019 && avril = 2019-04
~ En 2010, il avait sorti un album ; il remontera sur scène le 14 février. => 2010 = 2010 && le 14 février = 2033-02-14
"""

# Read on other days: a season said with "cet", "ce", nearest by its whole span and on the side the tense tells.
ON_OTHER_DAYS = [
    ("Il a été transféré cet été pour dix millions d'euros.", date(2032, 12, 10), ["2032-06/2032-08"]),
    ("Le stade sera rénové cet été.", date(2032, 12, 10), ["2033-06/2033-08"]),
    ("Cet hiver s'annonce doux.", date(2032, 11, 20), ["2032-12/2033-02"]),
    ("Cet été, les touristes sont revenus en nombre.", date(2032, 9, 20), ["2032-06/2032-08"]),
    # review: the past keeps a season over for half a year at most, unless its own participle tells it
    ("La ville a décidé de fermer la plage cet été.", date(2032, 4, 10), ["2032-06/2032-08"]),
    ("Le festival a programmé cet été trois concerts.", date(2032, 4, 10), ["2032-06/2032-08"]),
    ("Le joueur a été transféré cet été.", date(2032, 3, 5), ["2031-06/2031-08"]),
    ("Le club a recruté cet hiver deux attaquants.", date(2032, 4, 10), ["2031-12/2032-02"]),
    ("La station ouvrira une nouvelle piste cet hiver.", date(2032, 5, 20), ["2032-12/2033-02"]),
    # review: a timetable's present on the very day it names is that day ("d'ici" keeps the next one)
    ("Les soldes commencent mercredi dans tout le pays.", date(2032, 5, 19), ["2032-05-19"]),
    ("Le festival s'ouvre mercredi à Cannes.", date(2032, 5, 19), ["2032-05-19"]),
    ("D'ici mercredi, le lac reste interdit.", date(2032, 5, 19), ["2032-05-26"]),
]


@pytest.mark.parametrize(("text", "wanted"), list(table_cases(TABLE)))
def test_blind22_kinds(text, wanted):
    assert [(found.text, found.value) for found in find_dates(text, published=date(2032, 5, 14))] == wanted


@pytest.mark.parametrize(("text", "published", "wanted"), ON_OTHER_DAYS)
def test_blind22_seasons_on_other_days(text, published, wanted):
    assert [found.value for found in find_dates(text, published=published)] == wanted
