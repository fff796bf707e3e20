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
~ Le rapport aurait été publié lundi, selon nos informations. => lundi = 2031-10-06
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
## review: hearsay of a past keeps it, a reflexive's "se serait" and a verb of motion's prefixed participle too
~ Le procureur a indiqué que le suspect se serait rendu sur place lundi. => lundi = 2031-10-06
~ Le parquet a précisé que le conducteur serait intervenu lundi pour aider les blessés. => lundi = 2031-10-06
~ Le témoin a affirmé que la voiture serait repartie lundi vers 22 heures. => lundi vers 22 heures = 2031-10-06
Le préfet a reconnu que le chantier ne serait pas terminé en juin. => juin = 2032-06
La direction a précisé que la réunion aurait lieu jeudi. => jeudi = 2031-10-09
Le préfet a indiqué qu'il y aurait grève lundi dans les transports. => lundi = 2031-10-13
~ Le témoin a déclaré que l'homme aurait déjà reçu de l'argent lundi. => lundi = 2031-10-06
## review: a date opening what was said takes the tense of the verb after it
Le maire a annoncé que lundi, la crèche ouvrirait ses portes. => lundi = 2031-10-13
Le syndicat a prévenu qu'à partir de lundi, les trains ne circuleraient plus. => à partir de lundi = 2031-10-13/..
~ La police a indiqué que lundi, le suspect se serait rendu sur place. => lundi = 2031-10-06
~ Il a expliqué que lundi, la crèche était fermée. => lundi = 2031-10-06
## review: a future of the past counts its weekday from the day it was said, when that day is told
Le ministre a annoncé jeudi que le décret paraîtrait dimanche. => jeudi = 2031-10-02 && dimanche = 2031-10-05
## review: a range of weekdays with hours after both
La route sera coupée de vendredi 21 h à lundi 5 h. => de vendredi 21 h à lundi 5 h = 2031-10-10/2031-10-13
## review: France's bounds and deadlines before "la fin de semaine" keep the end of that week
~ Le gouvernement attend une réponse pour la fin de semaine prochaine. => la fin de semaine prochaine = 2031-10-16/2031-10-19
~ Le rapport devra être remis avant la fin de semaine prochaine. => avant la fin de semaine prochaine = ../2031-10-19
Durant la fin de semaine dernière, 300 accidents ont été recensés. => la fin de semaine dernière = 2031-10-04/2031-10-05
## review: a day "courant" after "du", and on the wrong weekday none
Votre courrier du 3 courant nous est bien parvenu. => du 3 courant = 2031-10-03
~ Le vendredi 16 courant, la salle sera fermée. => -
## review: "courant" of a season, not the noun after its article, "de" or an adjective
Le bilan sera publié courant du printemps. => courant du printemps = 2032-03/2032-05
~ Le courant de l'été a emporté deux baigneurs. => -
~ Les coupures de courant de l'hiver ont coûté cher. => -
~ La baignade est interdite à cause du fort courant de l'été. => -
"""

# Read on other days: a schedule told in the present on the publication's own weekday, a future of the past said on a
# weekday before it.
ON_OTHER_DAYS = [
    ("La braderie a lieu samedi et dimanche dans le centre.", date(2031, 10, 11), ["2031-10-11", "2031-10-12"]),
    ("La braderie a lieu samedi et dimanche dans le centre.", date(2031, 10, 12), ["2031-10-18", "2031-10-19"]),
    ("La collecte des encombrants a lieu lundi.", date(2031, 10, 13), ["2031-10-13"]),
    ("La collecte des encombrants aura lieu lundi.", date(2031, 10, 13), ["2031-10-20"]),
    ("Le maire a annoncé vendredi que la crèche ouvrirait lundi.", date(2031, 10, 13), ["2031-10-10", "2031-10-13"]),
    ("Vendredi, le maire a annoncé que la crèche ouvrirait lundi.", date(2031, 10, 13), ["2031-10-10", "2031-10-13"]),
    ("Le maire a annoncé que la crèche ouvrirait lundi.", date(2031, 10, 9), ["2031-10-13"]),
]


@pytest.mark.parametrize(("text", "wanted"), list(table_cases(TABLE)))
def test_blind21_kinds(text, wanted):
    assert [(found.text, found.value) for found in find_dates(text, published=date(2031, 10, 8))] == wanted


@pytest.mark.parametrize(("text", "published", "wanted"), ON_OTHER_DAYS)
def test_blind21_weekdays_on_other_days(text, published, wanted):
    assert [found.value for found in find_dates(text, published=published)] == wanted
