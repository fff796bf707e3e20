"""Dates blind-21 (205 paragraphs over 10 news days, written blind in the kinds the earlier sets hold least: chained
relatives, weekdays near the publication, "il y a", "dans", "d'ici", "depuis", parts of months and years, quarters,
decades, centuries, anniversaries, reported speech, Belgian, Swiss, Québec and African usages): corrected by kind
after its single measure; each rule on invented text, with the look-alike it must leave alone.

The cases are a table, read on a Wednesday (8 October 2031), as blind-18's to blind-20's: a kind's heading ("##
..."), then one sentence a line, "=>" and what `find_dates` gives, each date "span = value", joined by " && "; "-"
for none. A look-alike's line opens on "~"."""

from datetime import date

import pytest

from annotations.nlp.dates import find_dates
from tests.annotations.test_nlp_dates_blind18 import table_cases

TABLE = """
## a conditional after "que" told in the compound past is a future of the past: still to come
La maire a assuré que la crèche ouvrirait vendredi. => vendredi = 2031-10-10
Les syndicats ont prévenu que la grève reprendrait lundi. => lundi = 2031-10-13
Le président a affirmé que le scrutin se tiendrait au printemps. => au printemps = 2032-03/2032-05
Il a indiqué qu'il n'y aurait pas de grève lundi. => lundi = 2031-10-13
Il a annoncé que le rapport serait publié lundi. => lundi = 2031-10-13
~ Le témoin a expliqué qu'il avait vu la voiture vendredi. => vendredi = 2031-10-03
~ Il a affirmé qu'il aurait reçu des menaces lundi. => lundi = 2031-10-06
~ Il a expliqué que la police aurait dû intervenir lundi. => lundi = 2031-10-06
~ Le rapport serait publié lundi, selon nos informations. => lundi = 2031-10-06
~ Elle a dit que le ministre serait parti vendredi. => vendredi = 2031-10-03
~ Le ministre a rappelé que le portrait avait été volé vendredi. => vendredi = 2031-10-03
~ Il avait annoncé qu'il démissionnerait en juin. => juin = 2031-06
## a scheduled event's present before a bare weekday is the coming one
La rentrée a lieu lundi dans toute la région. => lundi = 2031-10-13
Les fêtes ont lieu samedi et dimanche. => samedi = 2031-10-11 && dimanche = 2031-10-12
~ La course a eu lieu dimanche. => dimanche = 2031-10-05
~ La fête a lieu en juin. => juin = 2031-06
## a range of weekdays with their parts of the day
La neige est tombée de dimanche soir à mardi matin. => de dimanche soir à mardi matin = 2031-10-05/2031-10-07
Le marché se tiendra de vendredi matin à dimanche soir. => de vendredi matin à dimanche soir = 2031-10-10/2031-10-12
~ Le match de dimanche soir à Lens. => dimanche soir = 2031-10-05
## Québec's "la fin de semaine" with its direction is a weekend
La fin de semaine dernière a été pluvieuse à Québec. => La fin de semaine dernière = 2031-10-04/2031-10-05
La fin de semaine prochaine sera ensoleillée. => La fin de semaine prochaine = 2031-10-11/2031-10-12
~ Le rapport sera remis d'ici la fin de semaine prochaine. => d'ici la fin de semaine prochaine = 2031-10-16/2031-10-19
~ À la fin de la semaine dernière, les prix ont baissé. => À la fin de la semaine dernière = 2031-10-02/2031-10-05
## "dans la semaine de" an event is that event's week, no date of its own
~ Le vote aura lieu dans la semaine de la rentrée. => -
Le colis arrivera dans la semaine. => dans la semaine = 2031-10-06/2031-10-12
## a day "courant" is of the publication's month
Le conseil se réunira le jeudi 16 courant. => le jeudi 16 courant = 2031-10-16
Le conseil s'est réuni le 3 courant. => le 3 courant = 2031-10-03
~ Le compte courant affiche 12 courant alternatif. => -
~ L'exercice courant s'achève le 31 décembre. => le 31 décembre = 2031-12-31
## "dans le courant de" a season is that season
Le festival aura lieu dans le courant de l'été. => courant de l'été = 2032-06/2032-08
~ Le courant de l'été indien a été coupé. => -
"""


@pytest.mark.parametrize(("text", "wanted"), list(table_cases(TABLE)))
def test_blind21_kinds(text, wanted):
    assert [(found.text, found.value) for found in find_dates(text, published=date(2031, 10, 8))] == wanted
