"""Dates blind-23 (209 paragraphs over 10 news days, written blind in the kinds the earlier sets hold least:
conditional plans, weekdays in a row, dates moved, deadlines, the paper's own day, election rounds, look-alikes):
corrected by kind after its single measure; each rule on invented text, with the look-alike it must leave alone.

The cases are a table, read on a Friday (14 May 2032), as blind-18's to blind-22's: a kind's heading ("## ..."), then
one sentence a line, "=>" and what `find_dates` gives, each date "span = value", joined by " && "; "-" for none. A
look-alike's line opens on "~"."""

from datetime import date

import pytest

from annotations.nlp.dates import find_dates
from tests.annotations.test_nlp_dates_blind18 import table_cases

TABLE = """
## a plan told in the conditional is to come: "aurait lieu", or the date opening its clause before the verb
La signature aurait lieu mardi à la préfecture. => mardi = 2032-05-18
Mardi, la direction présenterait son plan social. => Mardi = 2032-05-18
Le second tour se tiendrait le 23 mai, si personne n'a la majorité dimanche. => le 23 mai = 2032-05-23 && dimanche = 2032-05-16
~ La signature aurait eu lieu mardi à la préfecture. => mardi = 2032-05-11
~ Mardi, le suspect aurait frappé un passant. => Mardi = 2032-05-11
~ Mardi, le maire a annoncé que la piscine rouvrirait lundi. => Mardi = 2032-05-11 && lundi = 2032-05-17
Selon nos informations, jeudi, le club licencierait son entraîneur. => jeudi = 2032-05-20
La décision, espérée mardi, pourrait tomber plus tard. => mardi = 2032-05-18
~ Le sondage de dimanche donne la liste sortante gagnante, elle obtiendrait 52 % des voix. => dimanche = 2032-05-09
## a noun in -é or -ée after a determiner or an elided article is no participle: the date's own words tell
Le lauréat sera reçu à l'Élysée mardi. => mardi = 2032-05-18
Aucune liste n'obtiendra la majorité dimanche, selon les sondages. => dimanche = 2032-05-16
~ Le lauréat a été reçu à l'Élysée mardi. => mardi = 2032-05-11
~ Les riverains ont bloqué l'entrée mardi. => mardi = 2032-05-11
## a weekday before a count in words is a weekday; in figures it may be a day
L'équipe a disputé samedi et dimanche trois rencontres. => samedi = 2032-05-08 && dimanche = 2032-05-09
Le buteur a marqué mercredi deux buts. => mercredi = 2032-05-12
~ L'attaquant a marqué samedi 3 buts. => -
~ La grève entamée lundi 10 se poursuit. => lundi 10 = 2032-05-10
## weekdays told over in a list: each before the next, the last the latest by the publication
Le club a joué vendredi et samedi à l'extérieur. => vendredi = 2032-05-07 && samedi = 2032-05-08
Les jurés ont délibéré mardi, mercredi et ce vendredi. => mardi = 2032-05-11 && mercredi = 2032-05-12 && ce vendredi = 2032-05-14
~ Le club a joué vendredi à l'extérieur. => vendredi = 2032-05-14
## a day a date is moved to, from or set for is to come; a date moved from one month or year to another is two dates
Le tribunal a fixé les plaidoiries au 3 mai. => 3 mai = 2033-05-03
Le salon, repoussé de février à avril 2033, change de hall. => février = 2033-02 && avril 2033 = 2033-04
La ligne, reportée de 2035 à 2037, coûtera plus cher. => 2035 = 2035 && 2037 = 2037
La kermesse est avancée aux 4 et 5 mai. => aux 4 = 2033-05-04 && 5 mai = 2033-05-05
~ Le musée est fermé de février à avril 2033. => de février à avril 2033 = 2033-02/2033-04
~ Il a présidé le club de 2015 à 2021. => de 2015 à 2021 = 2015/2021
La mairie a différé de 2034 à 2036 la construction du stade. => 2034 = 2034 && 2036 = 2036
~ Le préfet a repoussé de 2000 à 3000 la jauge du stade. => -
~ Le plafond a été fixé à 2000 euros. => -
"""


@pytest.mark.parametrize(("text", "wanted"), list(table_cases(TABLE)))
def test_blind23_kinds(text, wanted):
    assert [(found.text, found.value) for found in find_dates(text, published=date(2032, 5, 14))] == wanted


def test_what_its_own_words_tell_over_is_not_after_the_publication():
    text = "La clinique, qui rouvrira son service en mars, a fermé la maternité le 2 mars."
    found = {d.text: d.value for d in find_dates(text, published=date(2032, 12, 3))}
    assert found == {"mars": "2033-03", "le 2 mars": "2032-03-02"}


def test_a_weekday_in_a_clause_of_its_own_is_no_list():
    # read on a Tuesday: "mercredi" opens a clause of its own (", et"), Monday is the day before, not a week back
    text = "Il a plu lundi, et mercredi la tempête frappera le littoral."
    assert find_dates(text, published=date(2032, 5, 11))[0].value == "2032-05-10"
