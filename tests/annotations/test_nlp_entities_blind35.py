"""Entities blind-35 (62 paragraphs of headlines before a colon, stations and lines, match reports, races, elected
people named like places, bodies and firms of France, Belgium, Switzerland, Québec and Africa, written blind in its own
session): corrected by kind after its single measure; each rule on invented text, with the look-alike it must leave
alone.

The cases are tables, one a line: the sentence, then what it must name and the label (or "-": named by nothing),
separated by " | "; a line opening on "#" says what the lines under it try."""

import pytest

from tests.annotations.reading import assert_named, table_cases

RULES = """
# A town after a rubric's noun opening a headline before a colon: the town alone.
Budget de Rimouski : le maire promet de geler les tarifs. Les élus ont voté lundi. | Rimouski | LOC
Travaux de Charleroi : la gare restera fermée tout l'été, annonce la SNCB. | Charleroi | LOC
# An elected person's title before a place's name: a surname there, the place elsewhere.
Le sénateur Marseille a demandé une enquête. À Marseille, les usagers attendent. | Marseille | PER
La députée Lorraine a interpellé le ministre. En Lorraine, les délais explosent. | Lorraine | PER
# A family named like a place is persons.
La famille Desjardins a vendu son érablière de Saint-Georges. | Desjardins | PER
# A club by its short name after its article, in a match report.
Le derby a tourné court : le Raja a écrasé le Wydad (3-0) devant 45 000 spectateurs. | Wydad | ORG
Le derby a tourné court : le Raja a écrasé le Wydad (3-0) devant 45 000 spectateurs. | Raja | ORG
L'Espérance a repris la tête du championnat tunisien après sa victoire à Sfax. | Espérance | ORG
L'entraîneur du Canadien a fait confiance à ses jeunes. Le Canadien recevra Boston jeudi. | Canadien | ORG
# A club by a plural nickname or an acronym and its town, whole.
Le Canadien a battu les Sénateurs d'Ottawa (4-2) samedi soir. | Sénateurs d'Ottawa | ORG
Le Wydad a repris la tête du championnat en battant les FAR de Rabat (2-1). | FAR de Rabat | ORG
# A race opening a sentence with its article, its article out; a climb with its head.
La Flèche wallonne a souri à un Français mercredi. | Flèche wallonne | MISC
La Doyenne partira de Liège dimanche, avec deux Belges en favoris. | Doyenne | MISC
Il a attaqué dans le mur de Grammont avant de filer seul vers Ninove. | mur de Grammont | LOC
# A metro or tram line by its number, letter or colour, where the text speaks of transport.
Les usagers de la ligne 13 du métro sont invités à prévoir un temps de trajet plus long. | ligne 13 | LOC
Le tram T2 ne desservira plus la ligne T2 entre deux stations. | ligne T2 | LOC
La ligne orange sera fermée, les voyageurs prendront la ligne T3. | ligne T3 | LOC
Les usagers de la ligne 4 d'autobus attendent. La ligne 2 de tramway reste fermée. | ligne 4 | LOC
Le Canadien a battu l'Avalanche 4-2 au Centre Bell, devant un public conquis. | Canadien | ORG
"""

LOOK_ALIKES = """
# An institution's name before a colon is no rubric.
Banque de France : le gouverneur prévoit une croissance faible. | Banque de France | ORG
Conseil d'État : le recours des éleveurs rejeté. Les juges ont tranché mardi. | Conseil d'État | ORG
Gare de Lyon : un colis suspect paralyse le trafic. La SNCF a évacué le hall. | Gare de Lyon | LOC
# A title before "de" and a place: the place.
Le député de Marseille a voté contre. Marseille attend la décision. | Marseille | LOC
# A nationality before a player's name is no club; a bank named after a club is the bank.
Le Canadien Félix Auger-Aliassime s'est qualifié (6-4, 6-2) pour le deuxième tour. | Canadien | -
Le ministère a publié le standard de sécurité. Le Wydad Bank offre des prêts. | Wydad Bank | ORG
# A short club's word before its town is not cut from it.
Le mercato s'anime : le Standard de Liège a prêté son attaquant à Genk (2-1 la saison passée). | Standard | -
# Without a match, a short club's word is not read.
L'Espérance de vie recule dans la région, selon l'Insee. | Espérance | -
# A place read whole by the model after a plural article stays a place.
Le match (2-1) a eu lieu loin des Alpes de Haute-Provence. | Alpes de Haute-Provence | LOC
# "la doyenne" of a people is no race; a wall without a name is none.
La Doyenne des Français est morte à 116 ans. | Doyenne | -
L'avion a franchi le mur du son au-dessus de l'Atlantique. | mur du son | -
# A line of credit, a budget's line, a verb after "ligne".
La banque a ouvert une ligne de crédit. La ligne 3 du budget est en hausse. | ligne 3 | -
À Rennes, la ligne b du métro sera interrompue entre deux stations. | ligne b | -
# (review) A nationality of a tennis page is a player; events and kinds before a town are no clubs; a local body
# before a colon is whole; a limit crossed, a form's or a budget's line near transit words are no lines.
Le Canadien s'est imposé 6-4, 6-2 face au Français en huitième de finale. | Canadien | -
Après la finale, les Fêtes de Genève ont attiré 500 000 personnes. | Fêtes de Genève | MISC
Le match retour a eu lieu en Vendée, devant les PME de Vendée qui sponsorisent l'équipe. | PME de Vendée | -
Ville de Québec : le budget adopté malgré l'opposition. Les élus ont voté lundi. | Québec | -
Les usagers du service public se plaignent. La ligne 13 du budget est en forte hausse. | ligne 13 | -
Les voyageurs sont inquiets : pour les syndicats, le gouvernement a franchi la ligne rouge. | ligne rouge | -
La grève des usagers des stations de ski inquiète. Le dossier figure à la ligne 7 de la déclaration. | ligne 7 | -
"""


@pytest.mark.parametrize(("text", "name", "label"), table_cases(RULES))
def test_blind35_rules_read_by_kind(text, name, label):
    assert_named(text, name, label)


@pytest.mark.parametrize(("text", "name", "label"), table_cases(LOOK_ALIKES))
def test_blind35_look_alikes_keep_their_reading(text, name, label):
    assert_named(text, name, label)
