"""Kinds of chrome first met on the eighteenth blind batch of copied pages, on invented lines."""

import pytest

from annotations.nlp.boilerplate import is_chrome
from annotations.nlp.normalise import normalise
from annotations.nlp.page_ends import ends_article
from annotations.nlp.segment import find_blocks


def kind_by_line(text: str) -> dict[str, str]:
    text = normalise(text)
    return {text[block.start : block.end]: block.kind for block in find_blocks(text)}


@pytest.mark.parametrize(
    "line",
    [
        # A print-issue line with "n°", a book's reference line whose author's name takes "d'".
        "Cet entretien est paru dans Le Mensuel des Régions n° 318, daté de mars 2027.",
        "« La Mer intérieure », d'Hélène Aubry, Éditions du Levant, 312 pages, 22 euros.",
        # A show named in quotes, advertised with its slot.
        "Retrouvez « Le Goût du terroir » chaque dimanche à 9 heures sur Radio Vallée et sur l'application.",
        # A beat journalist's biography, named after the role.
        "Journaliste au service Sports du Courrier du Lot, Paul Girard suit le rugby amateur depuis 2016.",
        # A site living on its readers' gifts, its method under a label, its event with its newsroom.
        "Le Journal des Lacs est un média gratuit. Il ne vit que grâce aux dons de ses lecteurs : 5 euros nous aident.",
        "Comment nous travaillons : chaque chiffre est vérifié par deux journalistes avant publication.",
        "Notre méthodologie : nous contactons systématiquement les personnes mises en cause.",
        "Le Courrier du Lot a dix ans ! Rendez-vous le 3 mars à la médiathèque pour un débat avec toute l'équipe de la rédaction.",
        "Le Journal des Lacs vous propose de venir débattre avec ses chroniqueurs le 12 avril à Annecy.",
    ],
)
def test_is_chrome_recognises_the_kinds_of_the_eighteenth_blind_batch(line):
    assert is_chrome(line)


@pytest.mark.parametrize(
    "line",
    [
        "Ce texte est paru en 1952 dans une revue aujourd'hui disparue, selon l'historien.",
        "« La Mer intérieure », d'Hélène Aubry, a reçu le prix des lecteurs de la ville en 2026.",
        "Journaliste au Courrier du Lot pendant trente ans, Paul Girard a été élu maire de Figeac.",
        "L'association ne vit que grâce aux subventions de la commune, rappelle sa présidente.",
        "Rendez-vous samedi à 11 heures devant la mairie pour le départ de la marche.",
        "Le maire a débattu jeudi avec les journalistes de la presse locale.",
        # The same kinds' words in news (a review of the rules found these taken).
        "Ce texte a été publié au Journal officiel n° 58 du 9 mars 2026.",
        "Ce texte est tiré du décret n° 2026-145 du 3 février.",
        "Correspondante de l'AFP à Kiev depuis 2019, Anna Petrova couvre la guerre depuis le premier jour.",
        "Chef du rayon boucherie, Marc Dubois s'occupe des commandes de Noël.",
        "La bibliothèque associative ne vit que grâce aux dons de ses lecteurs.",
        "Rendez-vous samedi à la médiathèque pour une rencontre avec la rédaction de Nice-Matin.",
        "Le club presse du collège vous invite à une rencontre avec ses journalistes en herbe.",
        "Notre méthode : la prévention plutôt que la sanction, explique le proviseur.",
        "Retrouvez « Les Misérables » chaque samedi au théâtre municipal jusqu'en juin.",
        "« Le Comte de Monte-Cristo », d'Alexandre Dumas, fait plus de 1 200 pages.",
    ],
)
def test_is_chrome_keeps_the_same_words_in_news(line):
    assert not is_chrome(line)


def test_a_paywalls_meter_ends_nothing_but_its_cut_ends_the_article():
    assert not ends_article("Il vous reste 2 articles gratuits ce mois-ci. Abonnez-vous pour un accès illimité.")
    assert not ends_article("Il vous reste 1 article à lire ce mois-ci")
    assert ends_article("Il vous reste 68 % de cet article à lire.")
    assert not ends_article("Cet article a été publié au Journal officiel du 3 mars.")
    assert not ends_article("Ce texte est extrait du rapport n° 245 de la Cour des comptes publié mardi.")
    meter = "Il vous reste 3 articles gratuits ce mois-ci. Abonnez-vous pour un accès illimité."
    page = kind_by_line(ARTICLE + meter + "\n" + GOES_ON)
    assert page[meter] == "boilerplate"
    assert page[GOES_ON.strip()] == "paragraph"


ARTICLE = (
    "Menu\nSociété\nLorient : la criée enregistre sa meilleure année depuis dix ans\n"
    "Les ventes de poisson ont progressé de 9 % en 2026, portées par le retour de la sole et du bar.\n"
    "Par Paul Girard\nPublié le 02/05/2026 à 10h15\n"
)
BODY = (
    "La criée de Lorient a vendu 24 000 tonnes de poisson l'an dernier. C'est son meilleur résultat depuis 2016.\n"
    "Les prix moyens ont aussi augmenté, de 4 % sur un an, selon la chambre de commerce qui gère le port.\n"
)
ARTICLE += BODY
GOES_ON = "Les armateurs restent prudents. Le prix du gazole pèse toujours sur leurs comptes, rappelle leur syndicat.\n"


def test_the_line_under_a_credited_caption_opens_the_article():
    head = ARTICLE.replace(BODY, "")
    caption = "Les mareyeurs sur le quai, mardi. Photo : P.G."
    opening = "Lundi, la cloche de la criée a sonné à 5 heures."
    page = kind_by_line(head + caption + "\n" + opening + "\n" + BODY)
    assert page[caption] == "boilerplate"
    assert page[opening] == "paragraph"
    # With no caption above it, the same short dated line under the byline is the photo's caption.
    page = kind_by_line(head + opening + "\n" + BODY)
    assert page[opening] == "boilerplate"


def test_a_fact_box_ends_at_a_line_of_the_sites_prose():
    bio = (
        "Journaliste au service Économie du Courrier du Lot, Paul Girard suit l'industrie et les PME depuis 2018. "
        "Il a auparavant travaillé dix ans pour la presse régionale."
    )
    related = "Nos lecteurs ont aussi lu\nLe port de Brest recrute\nLa pêche au bar fermée\nLe gazole flambe\n"
    legal = "Le Courrier du Lot est édité par la société Presse du Quercy, au capital de 150 000 euros."
    figures = "Les chiffres clés\n24 000 tonnes vendues en 2026\n9 % de hausse sur un an\n"
    page = kind_by_line(ARTICLE + figures + bio + "\n" + related + legal + "\n")
    assert page[bio] == "boilerplate"
    assert page[legal] == "boilerplate"  # after the related list, the article is over
