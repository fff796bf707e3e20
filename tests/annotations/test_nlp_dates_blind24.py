"""Dates blind-24 (220 paragraphs, 10 news days, written blind: "passé", anniversaries, present-tense agendas, modal
futures, former plans, parts of days, open dates, look-alikes), corrected by kind after its single measure. A table
as blind-18's to blind-23's, read on Friday 14 May 2032: "## kind", then "sentence => span = value && ...", "-" for
no date, "~" opening a look-alike's line."""

from datetime import date

import pytest

from annotations.nlp.dates import find_dates
from tests.annotations.test_nlp_dates_blind18 import table_cases

TABLE = """
## "cela fait", "voici" a count of years "jour pour jour": that day, so many years back, "que" or not
Cela fait vingt ans, jour pour jour, que la mine a fermé. => Cela fait vingt ans, jour pour jour = 2012-05-14
Ça fait trois ans jour pour jour que le pont s'est effondré. => Ça fait trois ans jour pour jour = 2029-05-14
Voici cinq ans, jour pour jour, que la digue a cédé. => Voici cinq ans, jour pour jour = 2027-05-14
~ Cela fait deux ans que le chantier est bloqué. => -
~ Voilà trois ans que la commune attend son école. => -
~ Cela fait deux ans, et rien n'a bougé. => -
## a host's present, its object before the weekday, is to come; so are "s'élance" and "tombe"
Le FC Nantes reçoit Angers samedi à la Beaujoire. => samedi = 2032-05-15
La ministre accueille les recteurs mardi rue de Grenelle. => mardi = 2032-05-18
Le Giro s'élance dimanche de Turin. => dimanche = 2032-05-16
Le jour férié tombe jeudi. => jeudi = 2032-05-20
~ Le FC Nantes a reçu Angers samedi. => samedi = 2032-05-08
~ Le FC Nantes reçoit Angers, battu samedi par Lille. => samedi = 2032-05-08
~ Le FC Nantes recevait Angers samedi quand l'orage a éclaté. => samedi = 2032-05-08
## a participle in "-é" set off by commas tells its date over, four words at most between them
L'automobiliste, placé en garde à vue mardi, sera jugé lundi. => mardi = 2032-05-11 && lundi = 2032-05-17
~ Le joueur, annoncé titulaire pour le match de samedi, sera remplaçant. => samedi = 2032-05-15
## a date a plan of before named ("devait") takes the tense the sentence tells of it after the date
Le concert, qui devait avoir lieu samedi, aura finalement lieu dimanche. => samedi = 2032-05-15 && dimanche = 2032-05-16
La braderie, qui devait ouvrir vendredi, est avancée à jeudi. => vendredi = 2032-05-21 && jeudi = 2032-05-20
~ Le match, qui devait se jouer samedi, a été annulé. => samedi = 2032-05-08
## review: participles of a meeting called or an event organised set off by commas are plans, not past events
Le conseil communal, convoqué en séance extraordinaire lundi, votera le budget. => lundi = 2032-05-17
Le scrutin, organisé dans tout le canton dimanche, sera suivi de près. => dimanche = 2032-05-16
~ Le rassemblement, organisé samedi devant la mairie, a réuni 300 personnes. => samedi = 2032-05-08
~ Le suspect, interpellé à son domicile mardi, sera présenté au juge. => mardi = 2032-05-11
## review: a fait divers in the present, its subject indefinite, is over; a side's object before the weekday is to come
Un gendarme reçoit un coup de couteau samedi lors d'un contrôle à Charleroi. => samedi = 2032-05-08
Un sapin tombe lundi sur une camionnette à Sion. => lundi = 2032-05-10
Un enfant joue avec un briquet dimanche et incendie la grange. => dimanche = 2032-05-09
~ Le Wydad affronte le Raja dimanche au complexe Mohammed-V. => dimanche = 2032-05-16
~ Le Stade toulousain dispute la finale samedi au Vélodrome. => samedi = 2032-05-15
~ L'Orchestre de la Suisse romande joue Mahler samedi au Victoria Hall. => samedi = 2032-05-15
~ Le couperet tombe mardi pour les salariés. => mardi = 2032-05-18
"""


@pytest.mark.parametrize(("text", "wanted"), list(table_cases(TABLE)))
def test_blind24_kinds(text, wanted):
    assert [(found.text, found.value) for found in find_dates(text, published=date(2032, 5, 14))] == wanted
