"""Dates blind-20 (61 paragraphs over 5 news days, written blind in the kinds the earlier sets hold least: election
timetables, economic calendars, courts, weather, TV schedules, school and university calendars, anniversaries,
chained relatives, datelines, Belgian, Swiss, Québec and African usages): corrected by kind after its single
measure; each rule on invented text, with the look-alike it must leave alone.

The cases are a table, read on a Wednesday (8 October 2031), as blind-18's and blind-19's: a kind's heading ("##
..."), then one sentence a line, "=>" and what `find_dates` gives, each date "span = value", joined by " && "; "-"
for none. A look-alike's line opens on "~"."""

from datetime import date

import pytest

from annotations.nlp.dates import find_dates
from tests.annotations.test_nlp_dates_blind18 import table_cases

TABLE = """
## what is still expected, with an adverb between the verb and its participle, is to come
De fortes pluies sont encore attendues vendredi sur la côte. => vendredi = 2031-10-10
Des averses sont de nouveau attendues jusqu'à samedi. => jusqu'à samedi = ../2031-10-11
~ Le colis était encore attendu vendredi. => vendredi = 2031-10-03
## after a date of the text, a range of days with their weekdays takes a year they fit
La saison 2031-2032 prendra fin le 30 juin, et le stage aura lieu du lundi 3 au vendredi 7 novembre. => La saison 2031-2032 = 2031/2032 && le 30 juin = 2032-06-30 && du lundi 3 au vendredi 7 novembre = 2031-11-03/2031-11-07
~ La saison 2031-2032 prendra fin le 30 juin, et le stage aura lieu du 3 au 7 novembre. => La saison 2031-2032 = 2031/2032 && le 30 juin = 2032-06-30 && du 3 au 7 novembre = 2032-11-03/2032-11-07
~ Le stage aura lieu du samedi 13 au dimanche 15 juillet. => du samedi 13 au dimanche 15 juillet = 2032-07-13/2032-07-15
## weekdays in a sentence that says "cette semaine" are that week's
Au programme cette semaine, le film est diffusé lundi et le concert samedi. => cette semaine = 2031-10-06/2031-10-12 && lundi = 2031-10-06 && samedi = 2031-10-11
~ La semaine dernière, le film a été diffusé samedi. => La semaine dernière = 2031-09-29/2031-10-05 && samedi = 2031-10-04
~ Cette semaine, on a appris que la maire avait démissionné vendredi. => Cette semaine = 2031-10-06/2031-10-12 && vendredi = 2031-10-03
~ Cette semaine, les sénateurs débattent du texte ; le vote aura lieu mardi. => Cette semaine = 2031-10-06/2031-10-12 && mardi = 2031-10-14
## a budget's year before "du"
Les élus ont adopté le budget 2032 du département. => le budget 2032 = 2032
~ Le club compte 2000 du même âge. => -
~ L'amendement 2041 du rapporteur a été adopté. => -
## a goal's year is no timeline
Le groupe présentera ses objectifs pour 2035 lors de sa réunion du 12 novembre. => 2035 = 2035 && 12 novembre = 2031-11-12
~ Le salon reviendra en 2035 ; il ouvrira le 12 novembre. => 2035 = 2035 && le 12 novembre = 2035-11-12
~ L'OFCE a publié ses projections pour 2033 : la croissance ralentirait au second semestre. => 2033 = 2033 && au second semestre = 2033-07/2033-12
## a university's term is no half-year
Les examens du premier semestre commenceront le 5 janvier. => le 5 janvier = 2032-01-05
~ Les ventes du premier semestre ont reculé. => du premier semestre = 2031-01/2031-06
~ La chute des cours du deuxième trimestre a pesé sur les comptes. => du deuxième trimestre = 2031-04/2031-06
## a report's day is no day of the story
L'élection est fixée au 9 mars 2032, selon un communiqué diffusé lundi. Le second tour aurait lieu deux semaines plus tard. => 9 mars 2032 = 2032-03-09 && lundi = 2031-10-06 && deux semaines plus tard = 2032-03-23
La finale se jouera le 14 juin 2032, a indiqué mardi la fédération. Le tirage au sort aura lieu la veille. => 14 juin 2032 = 2032-06-14 && mardi = 2031-10-07 && la veille = 2032-06-13
~ Le ministre a annoncé lundi sa démission. Le lendemain, il quittait Paris. => lundi = 2031-10-06 && Le lendemain = 2031-10-07
~ Le 1er octobre, la digue a cédé. La préfète a précisé lundi le coût des travaux. Le lendemain, les riverains étaient relogés. => Le 1er octobre = 2031-10-01 && lundi = 2031-10-06 && Le lendemain = 2031-10-07
"""


@pytest.mark.parametrize(("text", "wanted"), list(table_cases(TABLE)))
def test_blind20_kinds(text, wanted):
    assert [(found.text, found.value) for found in find_dates(text, published=date(2031, 10, 8))] == wanted
