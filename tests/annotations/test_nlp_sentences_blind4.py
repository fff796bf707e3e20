"""Rules first needed on the fourth blind sentence set (evaluation/data/sentences_blind4.fr.md), news
genres, on invented text, each with the look-alike it must leave alone: a column of local briefs, a live
blog's times, a month's abbreviation ending a sentence, an emoticon closing a forum's line."""

from annotations.nlp.normalise import normalise
from annotations.nlp.pipeline import analyse
from annotations.nlp.sentences import split_sentences


def claims(text: str) -> list[str]:
    return [claim.text for claim in analyse(text).claims]


def sentences(text: str) -> list[str]:
    text = normalise(text)
    return [text[start:end] for start, end in split_sentences(text)]


def test_a_briefs_town_opens_its_sentence_in_a_column_of_briefs():
    column = (
        "Lamballe. La piscine Aquaval sera fermée pour vidange du 3 au 9 mars.\n"
        "Le Gouray. Le repas des anciens aura lieu dimanche à midi. Inscriptions en mairie.\n"
        "Plénée-Jugon. Une réunion publique sur le plan local d'urbanisme se tiendra jeudi à 19 h.\n"
    )
    found = claims(column)
    assert "Lamballe. La piscine Aquaval sera fermée pour vidange du 3 au 9 mars." in found
    assert "Le Gouray. Le repas des anciens aura lieu dimanche à midi." in found
    assert "Inscriptions en mairie." in found
    assert "Plénée-Jugon. Une réunion publique sur le plan local d'urbanisme se tiendra jeudi à 19 h." in found


def test_one_word_answers_and_a_single_opening_town_are_no_column_of_briefs():
    answers = (
        "Non. Je n'ai jamais envisagé de quitter la ville, même après la fermeture de l'usine.\n\n"
        "Oui. Nous avons reçu plus de trois cents lettres de soutien en un mois.\n"
    )
    found = claims(answers)
    assert "Non." in found and "Oui." in found
    story = (
        "Vannes. La ville a inauguré samedi son nouveau port de plaisance, après deux ans de travaux.\n\n"
        "Le chantier a coûté 12 millions d'euros. Il compte désormais 420 anneaux.\n\n"
        "Les plaisanciers attendaient ce moment depuis longtemps, selon leur association.\n"
    )
    found = claims(story)  # one paragraph so opened is no column, but a story's dateline (the sixth set's rule)
    assert "Vannes. La ville a inauguré samedi son nouveau port de plaisance, après deux ans de travaux." in found
    assert "Le chantier a coûté 12 millions d'euros." in found


def test_a_live_blogs_time_and_its_full_stop_end_nothing():
    assert sentences(
        "23 h 05. Le dépouillement est terminé dans les 14 bureaux de la ville. Le maire sortant l'emporte."
    ) == [
        "23 h 05. Le dépouillement est terminé dans les 14 bureaux de la ville.",
        "Le maire sortant l'emporte.",
    ]
    assert sentences("Les bureaux ont fermé à 20 h 00. Le dépouillement a commencé aussitôt.") == [
        "Les bureaux ont fermé à 20 h 00.",
        "Le dépouillement a commencé aussitôt.",
    ]


def test_a_day_and_a_months_abbreviation_end_a_sentence_before_a_capital():
    assert sentences("Exposition visible jusqu'au 12 janv. Entrée libre du mardi au dimanche.") == [
        "Exposition visible jusqu'au 12 janv.",
        "Entrée libre du mardi au dimanche.",
    ]
    assert sentences("Le marché se tient jusqu'au 12 janv. 2027 sur la place du Martray.") == [
        "Le marché se tient jusqu'au 12 janv. 2027 sur la place du Martray."
    ]
    assert sentences("SAINT-MALO, 12 janv. (AFP) – Un cargo s'est échoué à l'entrée du port.") == [
        "SAINT-MALO, 12 janv. (AFP) – Un cargo s'est échoué à l'entrée du port."
    ]


def test_an_emoticon_closes_a_forums_line_as_a_stop_would():
    thread = (
        "Quelqu'un sait si la salle de sport du quartier rouvre après les fêtes ? impossible de trouver l'info\n"
        "Réponse de Ludo_29\n"
        "Affiché sur la porte vendredi, voir le panneau p. 2. Reprise le mardi 06/01 à 8h ;-)\n"
    )
    found = claims(thread)
    assert "Affiché sur la porte vendredi, voir le panneau p. 2." in found
    assert "Reprise le mardi 06/01 à 8h ;-)" in found


def test_a_caption_ending_on_its_credit_stays_out():
    page = (
        "Le port de Concarneau rénove sa criée\n\n"
        "Les travaux de la criée de Concarneau ont commencé lundi et dureront dix-huit mois, a annoncé la chambre de commerce.\n\n"
        "La criée, lundi matin. JEAN DUPUIS / OUEST MÉDIAS\n\n"
        "Le chantier est estimé à 9 millions d'euros, financés pour moitié par la Région. Les ventes continueront sous un hangar provisoire.\n"
    )
    assert not any("DUPUIS" in claim for claim in claims(page))


def test_the_items_announced_by_a_sentence_ending_with_a_colon_are_claims():
    page = (
        "Landivisiau : le nouveau bureau municipal installé\n\n"
        "Réuni jeudi soir, le conseil municipal de Landivisiau a élu les adjoints du nouveau maire, dans cet ordre :\n"
        "Premier adjoint : Marc Le Roux\n"
        "Deuxième adjointe : Anne Caradec\n"
        "Troisième adjoint : Paul Jégou\n\n"
        "Les délégations seront attribuées lundi. Le prochain conseil se tiendra le 14 avril à 20 h.\n"
    )
    found = claims(page)
    assert "Premier adjoint : Marc Le Roux" in found
    assert "Troisième adjoint : Paul Jégou" in found


def test_the_links_under_a_related_label_stay_out():
    page = (
        "Landivisiau : le nouveau bureau municipal installé\n\n"
        "Réuni jeudi soir, le conseil municipal de Landivisiau a élu les adjoints du nouveau maire à main levée.\n\n"
        "Les délégations seront attribuées lundi. Le prochain conseil se tiendra le 14 avril à 20 h.\n\n"
        "Lire aussi :\n"
        "Municipales à Morlaix : la liste sortante en tête\n"
        "Brest : le tramway prolongé jusqu'à Saint-Marc\n"
        "Quimper : la piscine rouvre ses portes\n"
    )
    found = claims(page)
    assert not any("tramway" in claim or "piscine" in claim for claim in found)
