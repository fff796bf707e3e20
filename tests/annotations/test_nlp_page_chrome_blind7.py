"""Kinds of chrome and headline first met on the seventh blind batch of copied pages, on invented lines."""

import pytest

from annotations.nlp.boilerplate import is_chrome
from annotations.nlp.info_boxes import is_practical_info, is_table_row
from annotations.nlp.normalise import normalise
from annotations.nlp.page_ends import ends_article
from annotations.nlp.segment import find_blocks


def kinds(text: str) -> dict[str, str]:
    text = normalise(text)
    return {text[block.start : block.end]: block.kind for block in find_blocks(text)}


def title(text: str) -> str | None:
    return next((body for body, kind in kinds(text).items() if kind == "title"), None)


HEADLINE = "Autun : la médiathèque ouvrira le dimanche à partir de janvier"
STANDFIRST = (
    "La ville recrute deux agents pour ouvrir l'équipement sept jours sur sept, une première dans le département.\n"
)
FIRST = "Les lecteurs le réclamaient depuis des années. La médiathèque ouvrira le dimanche de 14 heures à 18 heures.\n"
SECOND = "Le surcoût, estimé à 80 000 euros par an, sera en partie financé par l'État, selon la mairie.\n"
THIRD = "Une consultation des usagers sera organisée au printemps pour ajuster les horaires, a précisé l'adjoint.\n"


@pytest.mark.parametrize(
    "line",
    [
        # A byline with the author's trade or whereabouts, and a reviewer's line.
        "Par Marion Lelièvre, avocate",
        "Par Théo Garnier, au stade de la Meinau",
        "Relu par Hugo Benard, hydrologue",
        # The page speaking of its transcript.
        "Cette transcription a été générée automatiquement. Seul le son fait foi.",
        # A show's slot, advertised in a sentence.
        "Retrouvez Le Grand Entretien chaque samedi à 9 heures, en direct et en podcast.",
        "Écoutez l'émission chaque samedi sur notre application.",
        # A betting ad's offer.
        "Misez sur le Tour de France : 50 € remboursés sur votre premier pari.",
        # The rules for readers' letters, the site's tools offered to the reader.
        "Les courriers anonymes ne seront pas publiés.",
        "Les commentaires injurieux ou diffamatoires ne seront pas publiés.",
        "Jusqu'à 100 € offerts sur votre premier dépôt.",
        "Pour contester la facture, notre modèle de courrier vous fera gagner du temps.",
        "Nos fiches pratiques pour vous aider à déclarer vos revenus.",
        # Rights and licence lines.
        "La Gazette du Morvan est éditée par l'association Presse du Morvan. Reproduction interdite sans accord.",
        "Contenus publiés sous licence Creative Commons BY-NC 4.0.",
        # An item's practical box.
        "Mardi et jeudi, de 14 h à 18 h 30",
        "Tarifs : 8 €, gratuit pour les moins de 10 ans",
        "Entrée gratuite",
        "Salle Gérard-Philipe, 12, avenue Jean-Jaurès",
        "À partir de 8 ans",
        "Réserver",
    ],
)
def test_is_chrome_recognises_the_kinds_of_the_seventh_blind_batch(line):
    assert is_chrome(line)


@pytest.mark.parametrize(
    "line",
    [
        "Par Jean Moulin, la Résistance trouve son chef",
        "Cette transcription inédite a été retrouvée dans les archives départementales.",
        "Découvrez le sentier des douaniers avant l'été : le balisage vient d'être refait.",
        "Les messages anonymes reçus par la maire ont été transmis au parquet.",
        "Rue Gambetta, un commerce sur trois est vide",
        # A show's slot needs the show after the imperative, not a clause.
        "Découvrez comment la ville a changé en direct avec les habitants.",
        "Regardez : le maire a démissionné en direct du conseil municipal, mardi.",
        # Readers' letters rules name a kind the site refuses; a betting offer gives a sum back.
        "Les témoignages recueillis ne seront pas publiés avant le procès.",
        "Les messages du ministre ne sont pas publiés au Journal officiel.",
        "Pour votre premier dépôt, la banque exige au moins 100 euros.",
        # The site's tools help the reader; its measurements do not.
        "Nos outils de mesure montrent que vous êtes nombreux à partir.",
        # A place's name opening a sentence or a heading is no address.
        "Route du Rhum : les skippers partent dimanche de Saint-Malo.",
        "Place de la République, les manifestants se sont rassemblés vers midi.",
        "Route du Rhum",
        "Place de la République",
        "La séance a commencé à 20 h 30 et s'est terminée peu avant minuit.",
        "Le premier pari de la nouvelle équipe municipale : rouvrir la piscine avant l'été.",
        "L'Autorité nationale des jeux veut interdire les bonus de bienvenue et les codes promo des opérateurs.",
    ],
)
def test_is_chrome_keeps_the_article_lines_near_those_kinds(line):
    assert not is_chrome(line)


def test_practical_lines_need_an_hour_an_age_or_an_entry_word():
    assert is_practical_info("Du mardi au samedi à 20 h, dimanche à 16 h")
    assert is_practical_info("Place du Marché", "Samedi de 8 h à 13 h")  # a place's name in a box
    assert is_practical_info("Place du Marché", "22000 Saint-Brieuc")
    assert is_practical_info("Halle Pasteur, place du Marché")  # a venue, a number or a postcode: no box needed
    assert is_practical_info("4, place du Marché")
    assert not is_practical_info("Place du Marché")  # a heading, alone
    assert not is_practical_info("Route du Rhum", "Les skippers partent dimanche de Saint-Malo.")
    assert not is_practical_info("Du 11 au 22 mars")  # a date alone
    assert not is_practical_info("Plus de 300 places")  # an amount alone
    assert not is_practical_info("La séance commence à 20 h.")  # a sentence


def test_a_table_row_is_a_label_and_mostly_figures():
    assert is_table_row("Résultat net : 12,4 (2026) ; 10,1 (2025) ; +22,8 %")
    assert is_table_row("Participation : 61,2 %")
    assert is_table_row("Liste d'union (Anne Morel) : 2 412 voix, 54,3 %, 21 sièges")
    assert not is_table_row("Lundi : 9h-12h et 14h-17h")  # opening hours: a practical box
    assert not is_table_row("Tarifs de la cantine : le repas passe à 3,75 euros.")
    assert not is_table_row("Arbitre : M. Duval")


def test_ends_article_at_the_comments_and_readers_reviews_labels():
    assert ends_article("Réagissez à cet article")
    assert ends_article("12 réactions")
    assert ends_article("L'avis des lecteurs")
    assert ends_article("Les avis des spectateurs")
    assert not ends_article("L'avis des lecteurs a été sollicité par la mairie.")


def test_a_question_under_a_section_label_is_the_headline():
    question = "Logement : le propriétaire peut-il refuser de changer une chaudière en panne ?"
    page = f"Le Journal\nVos droits\nLe mot du juriste cette semaine\n{question}\n{STANDFIRST}Par Anne Morel, juriste\n"
    assert title(page + FIRST + SECOND) == question


def test_a_quoted_letter_title_is_the_headline():
    quoted = "« Pourquoi supprimer le bus du dimanche soir alors qu'il est toujours plein ? »"
    page = f"La Gazette du Morvan\nCourrier des lecteurs\n{quoted}\nPublié le 3 mars 2027 à 6h30\n"
    assert title(page + FIRST + SECOND) == quoted


def test_a_label_above_a_headline_with_its_standfirst_under_it_is_not_the_title():
    page = f"Critique\nNotre avis : un coup de cœur\n{HEADLINE}\n{STANDFIRST}Par Anne Morel\n"
    assert title(page + FIRST + SECOND) == HEADLINE
    # A title-shaped standfirst with the byline under it is still the headline's.
    standfirst = "La ville recrute deux agents pour ouvrir l'équipement sept jours sur sept"
    page = f"Culture\n{HEADLINE}\n{standfirst}\nAnne Morel\nPublié le 3 mars 2027 à 10h00\n"
    assert title(page + FIRST + SECOND) == HEADLINE


def test_a_table_in_the_body_ends_nothing():
    table = (
        "Les comptes de la commune\nEn millions d'euros\nRecettes : 12,4 (2026) ; 11,9 (2025)\n"
        "Dépenses : 11,8 (2026) ; 11,2 (2025)\nDette : 8,1 (2026) ; 8,6 (2025)\nSource : mairie\n"
    )
    found = kinds(f"{HEADLINE}\nPar Anne Morel\n" + STANDFIRST + FIRST + SECOND + table + THIRD)
    assert found[THIRD.strip()] == "paragraph"


def test_practical_boxes_between_the_items_of_a_listing_end_nothing():
    box = (
        "Salle des fêtes, 3, place de la Mairie\nSamedi de 14 h à 18 h\nTarif : 5 €, gratuit pour les moins de 12 ans\n"
    )
    item = "Réserver\nUn concert d'orgue à la cathédrale\n"
    found = kinds(f"{HEADLINE}\nPar Anne Morel\n" + STANDFIRST + FIRST + SECOND + box + item + THIRD)
    assert found[THIRD.strip()] == "paragraph"
    assert found["Samedi de 14 h à 18 h"] == "boilerplate"
    assert found["Réserver"] == "boilerplate"


def test_a_players_short_caption_under_its_play_button_is_chrome():
    caption = "La rivière pourrait monter d'un mètre en six heures."
    player = f"Animation : la crue heure par heure\nLecture\n{caption}\n"
    found = kinds(f"{HEADLINE}\nPar Anne Morel\n" + STANDFIRST + FIRST + player + SECOND)
    assert found[caption] == "boilerplate"
    assert found[SECOND.strip()] == "paragraph"
    # A longer paragraph after the button is the article's.
    found = kinds(f"{HEADLINE}\nPar Anne Morel\n" + STANDFIRST + FIRST + "Lecture\n" + SECOND + THIRD)
    assert found[SECOND.strip()] == "paragraph"
