"""Dates blind-19 (57 paragraphs over 5 news days, written blind in the genres the earlier sets hold least:
obituaries, courts, parliament, seasons, school calendars, notices, space, anniversaries, results, agendas,
Belgian, Swiss and Québec usages): corrected by kind after its single measure; each rule on invented text, with
the look-alike it must leave alone.

The cases are a table, read on a Thursday (14 March 2030): a kind's heading ("## ..."), then one sentence a line,
"=>" and what `find_dates` gives, each date "span = value", joined by " && "; "-" for none. A look-alike's line
opens on "~"."""

from datetime import date

import pytest

from annotations.nlp.dates import find_dates
from tests.annotations.test_nlp_dates_blind18 import table_cases

TABLE = """
## a weekday, day and month that fit no year near the text's date are the news'
Le collège, ouvert en septembre 2026, fera sa rentrée le lundi 2 septembre. => septembre 2026 = 2026-09 && le lundi 2 septembre = 2030-09-02
~ Le collège, ouvert en septembre 2027, avait fait sa rentrée le jeudi 2 septembre. => septembre 2027 = 2027-09 && le jeudi 2 septembre = 2027-09-02
## a bound set by a placement told in the past is still to come
La préfecture a placé le Nord en alerte, jusqu'à samedi. => jusqu'à samedi = ../2030-03-16
Les gendarmes ont placé le suspect en garde à vue jusqu'à samedi. => jusqu'à samedi = ../2030-03-16
~ Les écoles sont restées fermées jusqu'à lundi. => jusqu'à lundi = ../2030-03-11
## decades in Belgian and Swiss words
Les tubes des années nonante passent encore à la radio. => années nonante = 1990/1999
La mode des années huitante revient. => années huitante = 1980/1989
~ Elle a fêté ses nonante ans. => -
## a weekday and its day before the hours it is open
Portes ouvertes samedi 16 de 9 h à 12 h. => samedi 16 de 9 h à 12 h = 2030-03-16
~ Il a marqué samedi 16 de ses 20 buts. => -
## an agreement named after a holiday
Les accords de Noël ont apaisé la région. => -
L'accord du Vendredi saint reste fragile. => -
~ La trêve de Noël a tenu. => Noël = 2029-12-25
## a yearly habit opening the sentence
Tous les ans, le club organise son tournoi le premier samedi de juin. => -
~ Cette année, le club organise son tournoi le premier samedi de juin. => Cette année = 2030 && le premier samedi de juin = 2030-06-01
~ Le club organise son tournoi le premier samedi de juin. Chaque année, il attire du monde. => le premier samedi de juin = 2030-06-01
## a yearly habit opening the sentence, then one occasion: a year, a verb to come or a compound past
Chaque année, la mairie relève ses tarifs, et la hausse entrera en vigueur le premier lundi de janvier 2031. => le premier lundi de janvier 2031 = 2031-01-06
Chaque année, le rallye attire du monde ; la prochaine édition aura lieu le dernier dimanche de mai. => le dernier dimanche de mai = 2030-05-26
Chaque année, l'amicale perd des membres, et elle a convoqué son assemblée le premier samedi de février. => le premier samedi de février = 2030-02-02
~ Chaque année, la brocante est organisée le premier dimanche d'août. => -
~ Chaque année, les fêtes ont lieu le dernier week-end de juin. => -
~ Chaque année, le bal avait lieu le premier samedi de juillet. => -
"""


@pytest.mark.parametrize(("text", "wanted"), list(table_cases(TABLE)))
def test_blind19_kinds(text, wanted):
    assert [(found.text, found.value) for found in find_dates(text, published=date(2030, 3, 14))] == wanted
