"""Rules first needed on the sixteenth blind sentence set (evaluation/data/sentences_blind16.fr.md), article sentences
between lines of site chrome, on invented text, each with the look-alike it must leave alone: a month's abbreviation
without its day and the franc after a scale's word end their sentence before a capital; a list's items, one a line
ending on a semicolon, keep their lines; a share box on its line, tags, a counter, a call for readers' testimonies,
an app's pitch, a paywall mark and a photographer's credit in capitals are chrome."""

import pytest

from annotations.nlp.boilerplate import is_chrome
from annotations.nlp.pipeline import analyse
from tests.annotations.test_nlp_sentences_blind14 import sentences


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "La boulangerie ouvre à 6 h 30, cinq jours sur sept. Derrière le four, Karim pétrit depuis 4 h.",
            ["La boulangerie ouvre à 6 h 30, cinq jours sur sept.", "Derrière le four, Karim pétrit depuis 4 h."],
        ),
        (
            "Les travaux dureront jusqu'à fin oct. Marie Lenoir, l'adjointe, le confirme.",
            ["Les travaux dureront jusqu'à fin oct.", "Marie Lenoir, l'adjointe, le confirme."],
        ),
        (
            "Le crédit atteint 3,1 mio de fr. La commune paiera le solde.",
            ["Le crédit atteint 3,1 mio de fr.", "La commune paiera le solde."],
        ),
        # look-alikes: the month before its year, the franc before lower case, a month before a quoted title
        (
            "Ouvert en sept. 2027, le collège comptera 600 élèves.",
            ["Ouvert en sept. 2027, le collège comptera 600 élèves."],
        ),
        ("Il coûte 2 mio de fr. par an.", ["Il coûte 2 mio de fr. par an."]),
        ("Le 3 sept. « Le Temps » en a parlé.", ["Le 3 sept. « Le Temps » en a parlé."]),
    ],
)
def test_abbreviations_of_blind16_kinds(text, expected):
    assert sentences(text) == expected


def test_list_items_ending_on_a_semicolon_keep_their_lines():
    text = (
        "Trois règles changent au printemps. Les voici :\n"
        "les bacs jaunes seront collectés tous les quinze jours, le mardi matin ;\n"
        "les encombrants ne seront plus ramassés sur simple appel ;\n"
        "la déchetterie de Saint-Martin ouvrira aussi le dimanche de 9 h à 12 h.\n"
        "Renseignements en mairie."
    )
    assert [claim.text for claim in analyse(text).claims] == [
        "Trois règles changent au printemps.",
        "Les voici :",
        "les bacs jaunes seront collectés tous les quinze jours, le mardi matin ;",
        "les encombrants ne seront plus ramassés sur simple appel ;",
        "la déchetterie de Saint-Martin ouvrira aussi le dimanche de 9 h à 12 h.",
        "Renseignements en mairie.",
    ]


def test_a_sentence_wrapped_at_its_semicolon_is_still_joined():
    text = (
        "Le conseil communal de Namur a adopté le budget mardi soir après un long débat ;\n"
        "l'opposition a voté contre en dénonçant une hausse des taxes locales et\n"
        "un manque d'ambition pour le logement des jeunes ménages de la ville."
    )
    assert [claim.text for claim in analyse(text).claims] == [text]


def test_a_wrapped_line_going_on_in_lower_case_is_still_joined():
    text = "Le conseil a voté le budget\nde la commune mardi soir. Il entre en vigueur en janvier."
    assert [claim.text for claim in analyse(text).claims] == [
        "Le conseil a voté le budget\nde la commune mardi soir.",
        "Il entre en vigueur en janvier.",
    ]


@pytest.mark.parametrize(
    "line",
    [
        "Partager : Facebook · WhatsApp · Telegram",
        "Partager : Facebook Twitter LinkedIn Mail",
        "Partagez par e-mail",
        "Partager ce reportage",
        "Tags : Dakar · Transports · Port",
        "Mots-clés : Budget, Sénat",
        "2 310 vues",
        "Abonnés",
        "Envoyez-nous vos témoignages via notre formulaire.",
        "Retrouvez tous les résultats dans notre appli",
        "Le marché couvert, samedi matin. LUCIE MARAIS POUR LE JOURNAL",
        # reviewer's variants: a call addressed to the newsroom or alone, a credit for a quoted title, tags in capitals
        "Racontez-nous votre histoire",
        "Adressez vos questions à la rédaction",
        "Envoyez vos vidéos",
        "La gare de Cornavin, lundi. JEAN ROY POUR « LE TEMPS »",
        "Tags : Lausanne Logement",
    ],
)
def test_chrome_of_blind16_kinds(line):
    assert is_chrome(line)


@pytest.mark.parametrize(
    "line",
    [
        "Partager ce moment avec ses enfants, c'est son rêve.",
        "Partager : un verbe que les élus aiment.",
        "Tags : un phénomène qui agace le maire.",
        "La vidéo a reçu 2 310 vues.",
        "« Envoyez vos photos », a lancé le maire.",
        "Nos clients paient dans notre application mobile.",
        "Le club remboursera ses abonnés en mars.",
        "Les élus ont voté. Une victoire pour la gauche",
        # reviewer's look-alikes: a town's notice, a quoted call, a headline in capitals, a headline after "Tags :",
        # a dialogue's line
        "Envoyez vos photos à la mairie avant le 15 janvier pour participer au concours.",
        "Adressez vos questions au service urbanisme, ouvert du lundi au vendredi.",
        "Racontez votre histoire, a lancé la juge à la victime.",
        "UN MILLIARD POUR LA SANTÉ",
        "TROIS ANS POUR CONVAINCRE",
        "Tags : la mairie de Lyon déclare la guerre aux graffitis",
        "Étiquettes : les industriels traînent les pieds",
        "— Les commandes, on les prend maintenant via notre appli",
    ],
)
def test_look_alikes_of_blind16_chrome_stay_prose(line):
    assert not is_chrome(line)
