"""Entities blind-19 (40 paragraphs of agriculture, ports and the sea, aviation and space, start-ups,
fashion, music, TV, theatre, associations, gendarmerie and prefectures, hospitals, francophone news,
European institutions, NGOs, weather, religion and sport beyond football, written blind in its own
session): corrected by kind after its single measure; each rule on invented text, with the
look-alike it must leave alone."""

import pytest

from tests.annotations.reading import labelled


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        # A headland by its name: "pointe" and "cap" are kinds of places.
        ("Les vagues ont frappé la pointe de Corsen, dans le Finistère.", "pointe de Corsen", "LOC"),
        ("Le navigateur a doublé le cap Fréhel à l'aube.", "cap Fréhel", "LOC"),
        # A police unit by its kind and its place; an emergency service by its town.
        (
            "Trois agents de la brigade anticriminalité de Val-de-Marne sont mis en cause.",
            "brigade anticriminalité de Val-de-Marne",
            "ORG",
        ),
        ("Le Samu de Lyon a reçu 900 appels.", "Samu de Lyon", "ORG"),
        # A Swiss federal school, its acronym in brackets after it.
        (
            "L'École polytechnique fédérale de Zurich (EPFZ) ouvre un laboratoire.",
            "École polytechnique fédérale de Zurich",
            "ORG",
        ),
        ("L'École polytechnique fédérale de Zurich (EPFZ) ouvre un laboratoire.", "EPFZ", "ORG"),
        ("L'Office fédéral de la statistique a publié ses chiffres.", "Office fédéral de la statistique", "ORG"),
        # A club by its town, its region and a team sport.
        ("Le club recevra Annecy Haute-Savoie Handball samedi.", "Annecy Haute-Savoie Handball", "ORG"),
        ("Le Vannes Basket a perdu dimanche.", "Vannes Basket", "ORG"),
        # A body's acronym and a region of three hyphenated parts.
        ("La CCI Provence-Alpes-Côte est saisie du dossier.", "CCI Provence-Alpes-Côte", "ORG"),
        ("Le budget de l'ARS Auvergne-Rhône-Alpes augmente.", "ARS Auvergne-Rhône-Alpes", "ORG"),
        # A name ending on a letter whose full stop ends the sentence.
        ("Les bureaux sont installés à Station B. De son côté, la mairie attend.", "Station B", "LOC"),
        ("Elle a signé avec l'enseigne Super K. Le contrat court trois ans.", "Super K", "ORG"),
        # A firm of artificial intelligence by its "AI".
        ("Le fonds a investi dans Lumen AI cette année.", "Lumen AI", "ORG"),
        # A federal state by its name.
        ("Le gouverneur de l'État du Nevada a signé le texte.", "État du Nevada", "LOC"),
        ("Les électeurs de l'État de Géorgie votent mardi.", "État de Géorgie", "LOC"),
        ("L'État paiera la moitié des travaux.", "État", "ORG"),
        # A festival named in the English order, its town apart.
        ("Le Green Valley Festival de Lorient affiche complet.", "Green Valley Festival", "MISC"),
        ("Le Green Valley Festival de Lorient affiche complet.", "Lorient", "LOC"),
        # A hall named in the English order; a capitalised contest.
        ("Le concert aura lieu à la Nord de Loire Arena le 12 mai.", "Nord de Loire Arena", "LOC"),
        ("Le concert aura lieu à l'Accor Arena le 12 mai.", "Accor Arena", "LOC"),
        (
            "Le fromage a reçu une médaille d'or au Concours général agricole samedi.",
            "Concours général agricole",
            "MISC",
        ),
        # A word acronym made of the starts of the name's words.
        ("L'enquête est confiée à l'Office central de lutte contre le travail illégal (Oclti).", "Oclti", "ORG"),
        ("La plainte vise l'Office anti-fraudes régionales (Ofar), selon l'avocat.", "Ofar", "ORG"),
    ],
)
def test_names_of_blind19_kinds(text, name, label):
    assert (name, label) in labelled(text)


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        # "pointe" and "cap" as common words.
        ("Le laboratoire est à la pointe de la recherche, dit-elle.", ("pointe de la recherche", "LOC")),
        ("La commune a franchi le cap des 10 000 habitants.", ("cap des 10 000 habitants", "LOC")),
        # A police unit's kind alone names no unit.
        ("La brigade anticriminalité patrouille la nuit.", ("brigade anticriminalité", "ORG")),
        # The handball of a town is no club.
        ("Le handball à Chambéry se porte bien.", ("handball à Chambéry", "ORG")),
        # A line between two towns is no body's territory.
        ("Le TGV Paris-Lyon est en retard.", ("TGV Paris-Lyon", "ORG")),
        # A given name's initial, then a surname: one person.
        ("John F. Kennedy a été assassiné à Dallas.", ("John F", "PER")),
        # A person's given name "Ai".
        ("La chanteuse Tanaka Ai est en tournée.", ("Tanaka Ai", "ORG")),
        # A coup d'État is no state; the rule of law is no name.
        ("Le coup d'État de Pinochet a eu lieu en 1973.", ("État de Pinochet", "LOC")),
        ("L'État de droit est menacé, dit-elle.", ("État de droit", "LOC")),
        # A festival with its head first keeps its town.
        ("Le Festival de Cannes s'ouvre mardi.", ("Cannes", "LOC")),
        # "le sud de la France" is no hall; "avec le concours de" is help, no contest.
        ("Le club joue dans le sud de la France.", ("sud de la France", "LOC")),
        ("Le projet a été mené avec le concours de Bpifrance.", ("concours de Bpifrance", "MISC")),
        # A town in brackets after a club named after it is no acronym.
        ("Le match a opposé le Paris Saint-Germain (Paris) à Lens.", ("Paris", "ORG")),
    ],
)
def test_look_alikes_of_blind19_kinds(text, wrong):
    assert wrong not in labelled(text)
