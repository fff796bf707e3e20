"""Entities blind-18 (40 paragraphs of parliamentary and ministerial news, diplomacy, press reviews,
schools and hospitals, firms, unions, clubs, events and laws, names with particles and francophone
news, written blind in its own session): corrected by kind after its single measure; each rule on
invented text, with the look-alike it must leave alone."""

import pytest

from tests.annotations.reading import labelled


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        # The press known by heart, cited with no article or cue, or a title that is a common word.
        ("Mediapart révèle que le marché a été truqué.", "Mediapart", "ORG"),
        ("Libération consacre sa une aux urgences.", "Libération", "ORG"),
        ("Dans Le Devoir, la ministre promet une enquête.", "Le Devoir", "ORG"),
        ("Pour Le Soir, quotidien bruxellois, la réforme est mort-née.", "Le Soir", "ORG"),
        ("Les universités perdraient 40 millions, selon Le Temps.", "Le Temps", "ORG"),
        # A club by its town and "Foot" or "Football", maybe with its department's number.
        ("Le Grenoble Foot 38 a battu le Clermont Foot samedi.", "Grenoble Foot 38", "ORG"),
        ("Le Clermont Foot a perdu samedi.", "Clermont Foot", "ORG"),
        ("Le club a battu Rodez Aveyron Football dimanche.", "Rodez Aveyron Football", "ORG"),
        # A school's kind between its head and its name or town; an IUT by its town.
        ("Le lycée professionnel Jean-Jaurès a ouvert une classe.", "lycée professionnel Jean-Jaurès", "ORG"),
        ("Le lycée agricole de Figeac recrute.", "lycée agricole de Figeac", "ORG"),
        ("L'IUT de Rodez ouvre un cursus.", "IUT de Rodez", "ORG"),
        # A school's one-word name stops before its town after "d'".
        ("Les élèves du lycée Fesch d'Ajaccio ont gagné.", "lycée Fesch", "ORG"),
        ("Les élèves du lycée Fesch d'Ajaccio ont gagné.", "Ajaccio", "LOC"),
        ("L'information a été reprise par Le Canard enchaîné.", "Le Canard enchaîné", "ORG"),
        ("La Dépêche du Midi lance une édition, Le Progrès renonce à la sienne.", "Le Progrès", "ORG"),
        # A show named "Mondial" and what it shows; a water agency by its basin; a dune, a national estate.
        ("Le Salon a fermé, le Mondial de l'auto prendra le relais.", "Mondial de l'auto", "MISC"),
        ("Les moyens de l'agence de l'eau Adour-Garonne augmentent.", "agence de l'eau Adour-Garonne", "ORG"),
        ("Il cite la dune du Pilat en exemple.", "dune du Pilat", "LOC"),
        ("Le concert aura lieu au domaine national de Saint-Cloud.", "domaine national de Saint-Cloud", "LOC"),
        # An association of bodies "de France", which the model reads as a place.
        ("Le texte est soutenu par Intercommunalités de France.", "Intercommunalités de France", "ORG"),
        # An international organisation by its acronym after "l'"; a league opening a list is a competition.
        ("Le secrétaire général de l'ONU doit s'exprimer jeudi.", "ONU", "ORG"),
        ("En Pro D2, Provence Rugby a dominé Biarritz.", "Pro D2", "MISC"),
        # A school's kind then the institutions' adjectives before its town.
        ("L'École normale supérieure de Lyon figure parmi les lauréats.", "École normale supérieure de Lyon", "ORG"),
        # A capital named as its country's town.
        ("La délégation ira ensuite à Hô Chi Minh-Ville.", "Hô Chi Minh-Ville", "LOC"),
    ],
)
def test_names_of_blind18_kinds(text, name, label):
    assert (name, label) in labelled(text)


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        # Common words written as words, not as the titles.
        ("Le soir venu, les maires se sont réunis.", ("Le soir", "ORG")),
        ("Selon le temps qu'il fera, la course aura lieu.", ("le temps", "ORG")),
        # Football as a sport in a town, no club.
        ("Le foot à Grenoble se porte bien.", ("foot à Grenoble", "ORG")),
        # A person's name after the school's head, a region's name with "d'".
        ("Le collège Charles d'Orléans rouvre lundi.", ("collège Charles", "ORG")),
        ("Elle enseigne à l'université Côte d'Azur.", ("université Côte", "ORG")),
        # A given name right after the school's kind is the school's name, not a person.
        ("Le lycée professionnel Victor Hugo ferme.", ("Victor Hugo", "PER")),
        # "mondial" as an adjective; the water agencies in general, no basin named.
        ("Le record mondial de Paris tient toujours.", ("mondial de Paris", "MISC")),
        ("Les agences de l'eau verront leurs moyens augmenter.", ("agences de l'eau", "ORG")),
        # A singular head "de France" is no association of bodies: a race.
        ("Le Tour de France partira de Lille.", ("Tour de France", "ORG")),
        # The body that runs a league is no competition; a school's kind with no name or town is no name.
        ("La Ligue de football professionnel a tranché.", ("Ligue de football professionnel", "MISC")),
        ("Une école normale de plus ouvrira.", ("école normale", "ORG")),
        # A rubric in capitals before a dash is no town.
        ("BUDGET – La commission a rejeté le texte.", ("BUDGET", "LOC")),
        ("NOMINATIONS – Jean Dupont quitte Renault.", ("NOMINATIONS", "LOC")),
    ],
)
def test_look_alikes_of_blind18_kinds(text, wrong):
    assert wrong not in labelled(text)


def test_a_town_in_capitals_before_a_dash_stays_a_dateline():
    assert ("COGNAC", "LOC") in labelled("COGNAC – Le maire a inauguré la médiathèque.")


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        # What the model reads on past a name: a quoted verb, a second object after "et pour", an adverb.
        (
            "Les maires estiment que la loi Climat et résilience « gèle » les communes.",
            "loi Climat et résilience",
            "MISC",
        ),
        (
            "La société a travaillé pour le ministère de la Santé et pour Santé publique France.",
            "ministère de la Santé",
            "ORG",
        ),
        (
            "Il cite une note de la Direction générale de l'énergie et du climat jamais transmise au Parlement.",
            "Direction générale de l'énergie et du climat",
            "ORG",
        ),
        # A noble name's second particle, which the model reads as the start of another name.
        (
            "À la Banque de France, Jean-Baptiste du Plessis de Kergorlay devient sous-gouverneur.",
            "Jean-Baptiste du Plessis de Kergorlay",
            "PER",
        ),
        # A ministry with one domain and its adjective; a care centre by a hyphenated name.
        (
            "Le ministère de la Transition écologique a présenté un plan.",
            "ministère de la Transition écologique",
            "ORG",
        ),
        ("Le Centre Eugène-Marquis rejoindra le dispositif.", "Centre Eugène-Marquis", "ORG"),
    ],
)
def test_names_the_model_reads_on_or_cuts(text, name, label):
    assert (name, label) in labelled(text)


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        # An "et" then a noun stays inside a body's long name; a date after a person's "de" is no particle.
        (
            "Le Commissariat à l'énergie atomique et aux énergies alternatives recrute.",
            ("Commissariat à l'énergie atomique", "ORG"),
        ),
        ("Le discours de Charles de Gaulle de 1940 reste célèbre.", ("Charles de Gaulle de 1940", "PER")),
        # A region written in one word with "Centre".
        ("La région Centre-Val de Loire investit.", ("Centre-Val", "ORG")),
    ],
)
def test_look_alikes_of_names_read_on_or_cut(text, wrong):
    assert wrong not in labelled(text)
