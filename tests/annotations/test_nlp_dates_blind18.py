"""Dates blind-18 (47 paragraphs dense in dates over 4 news days, written blind: chained anaphora, weekdays with a
day and no month, hours beside days, headlines and datelines, ranges across months and years, vague words, habits,
durations, fiscal years, election rounds, look-alikes): corrected by kind after its single measure; each rule on
invented text, with the look-alike it must leave alone.

The cases are a table, read on a Tuesday (9 April 2030): a kind's heading ("## ..."), then one sentence a line,
"=>" and what `find_dates` gives, each date "span = value", joined by " && "; "-" for none. A look-alike's line
opens on "~"."""

from datetime import date

import pytest

from annotations.nlp.dates import find_dates

TABLE = """
## a range of weekdays: hours after its weekdays, an article after it, a period set in the past
La préfecture a placé la Gironde en alerte de jeudi 8 h à vendredi 20 h. => de jeudi 8 h à vendredi 20 h = 2030-04-11/2030-04-12
Les négociateurs ont conclu dans la nuit de lundi à mardi un accord. => de lundi à mardi = 2030-04-08/2030-04-09
~ Les services ont fonctionné de lundi à mercredi. => de lundi à mercredi = 2030-04-01/2030-04-03
~ Le préfet a placé le Var en vigilance orange dans la nuit de dimanche à lundi. => de dimanche à lundi = 2030-04-07/2030-04-08
## a weekday and its day before a clitic or a preposition
La grève entamée lundi 8 s'achèvera vendredi. => lundi 8 = 2030-04-08 && vendredi = 2030-04-12
Les coupures ont eu lieu dimanche 7 entre 14 h et 16 h. => dimanche 7 entre 14 h et 16 h = 2030-04-07
~ Il a marqué samedi 3 buts. => -
## a yearly habit's weekday of a month, and its month, are no date
Le vide-grenier a lieu tous les ans le deuxième dimanche de mai. => -
Chaque année, le dernier samedi d'octobre, la ville fête la châtaigne. => -
Le concert est prévu un samedi de juin. => -
~ Le vide-grenier aura lieu le deuxième dimanche de mai. => le deuxième dimanche de mai = 2030-05-12
~ La foire se tiendra le dernier week-end d'août. => le dernier week-end d'août = 2030-08-31/2030-09-01
## years later to the day
Le 12 avril 1930, la gare était inaugurée. Cent ans plus tard, jour pour jour, elle ferme. => 12 avril 1930 = 1930-04-12 && Cent ans plus tard, jour pour jour = 2030-04-12
~ Le 12 avril 1930, la gare était inaugurée. Cent ans plus tard, elle ferme. => 12 avril 1930 = 1930-04-12 && Cent ans plus tard = 2030
## a participle sharing the future auxiliary of its clause
L'exposition sera ouverte tous les jours, et fermée le 1er mars. => le 1er mars = 2031-03-01
~ Le stade a été rénové, et fermé le 1er mars. => le 1er mars = 2030-03-01
## a future after an older year told over in the sentence before
Mis en examen le 4 février 2027, le maire avait démissionné. Son procès, fixé au 9 juin, durera deux jours. => 4 février 2027 = 2027-02-04 && 9 juin = 2030-06-09
~ En 1789, les États généraux s'ouvrent le 5 mai. La Bastille tombera le 14 juillet. => 1789 = 1789 && le 5 mai = 1789-05-05 && le 14 juillet = 1789-07-14
## a pronoun standing for a thing of a holiday
Les vacances d'hiver s'achèvent vendredi. Viendront ensuite celles de Pâques. => vendredi = 2030-04-12
Le marché de Noël ouvrira le 1er décembre ; celui de la Saint-Nicolas suivra. => le 1er décembre = 2030-12-01
~ Après la crue de janvier, celle de Pâques a surpris les riverains. => janvier = 2030-01 && Pâques = 2030-04-21
"""


def table_cases(table: str):
    """The table's lines as test cases (blind-19's table reads the same way)."""
    kind = ""
    for line in table.strip().splitlines():
        if line.startswith("## "):
            kind = line[3:]
            continue
        text, _, found = line.removeprefix("~ ").partition(" => ")
        wanted = [] if found == "-" else [tuple(pair.split(" = ")) for pair in found.split(" && ")]
        yield pytest.param(
            text, wanted, id=f"{kind[:40]}{' (look-alike)' if line.startswith('~') else ''}: {text[:30]}"
        )


@pytest.mark.parametrize(("text", "wanted"), list(table_cases(TABLE)))
def test_blind18_kinds(text, wanted):
    assert [(found.text, found.value) for found in find_dates(text, published=date(2030, 4, 9))] == wanted
