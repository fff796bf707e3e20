"""Kinds of chrome first met on the fifteenth to seventeenth blind batches of copied pages, on invented lines."""

import pytest

from annotations.nlp.boilerplate import is_chrome
from annotations.nlp.page_ends import ends_article


@pytest.mark.parametrize(
    "line",
    [
        # A station saying where to tune in to it.
        "Radio Vallée est à écouter sur 98.4 FM à Annecy, en DAB+ et sur notre application.",
        "Télé Sud est à retrouver sur le canal 31 de la TNT et sur toutes les box.",
        # A work's reference line under its review: an album's tracks and length, a series' episodes.
        "« Nuits blanches », de Marc Olivier (Label Bleu / Pias), 12 titres, 44 minutes.",
        "« La Traversée », de Anne Caron (Arte), 6 épisodes, 52 min.",
        "« Le Port », de Paul Arnaud (Sony), 1 h 52.",
        # A report's own broadcast, said under it.
        "Ce sujet a été diffusé dans le JT de 19 heures du jeudi 4 mars 2027.",
        "Cet entretien a été diffusé sur notre antenne le 12 février.",
        # A student's biography under her name, writing for the title.
        "Étudiant en master de journalisme, Hugo couvre le sport universitaire pour La Gazette du campus.",
        # A sources line of any length, and a newsletter's promise.
        "Sources : Insee, recensement de la population 2024 ; direction régionale de l'environnement, rapport annuel.",
        "Tous les vendredis, notre sélection de sorties et les bons plans du week-end dans votre boîte mail.",
        # A ranking's rows, a site's plea for gifts, its appeal's lead, its ticket office, a show's slot.
        "1. Stade Montois Basket - 21 v. 3 d.",
        "4. AS Pontarlier 45 pts",
        "Radio Vallée est une radio associative. Chaque don nous permet de rester indépendants.",
        "Un reçu fiscal sera envoyé pour tout don.",
        "Le Journal des Lacs est un média indépendant.",
        "Avant de poursuivre votre lecture…",
        "Réservez vos places en ligne sur notre billetterie.",
        "La Question du jour, du lundi au vendredi à 8h15 sur Radio Vallée.",
        # A study's reference line, and a journalist's biography naming the title she joined.
        "Références : J. Martin et al., « Urban heat islands », Nature Cities, mars 2027.",
        "Journaliste spécialisé en économie, Paul Girard a rejoint Le Courrier du Lot en 2019.",
    ],
)
def test_is_chrome_recognises_the_kinds_of_the_fifteenth_and_sixteenth_blind_batches(line):
    assert is_chrome(line)


@pytest.mark.parametrize(
    "line",
    [
        # A station and a work as news.
        "La radio associative, qui émet sur 98.4 FM depuis 1985, est menacée de fermeture faute de subventions.",
        "Le nouveau programme de la station est à écouter depuis lundi, selon sa directrice.",
        "La radio est diffusée sur 98.4 FM depuis 1985 et compte 40 000 auditeurs.",
        "Ce documentaire a été diffusé sur France 5 en 2019 et a provoqué la colère des éleveurs.",
        "Étudiante en médecine, elle suit un stage aux urgences de l'hôpital de Brest.",
        "Étudiant à Rennes, Karim travaille pour une pizzeria le soir.",
        "Si un message suspect arrive dans votre boîte mail, ne cliquez sur aucun lien, conseille la gendarmerie.",
        "Les sources de la rivière ont été classées en 2020.",
        "1. La commune a perdu 300 habitants en dix ans.",
        "2. Le club compte 12 victoires cette saison.",
        "Les dons ont permis à la commune de financer trois classes.",
        "Le marché, du lundi au vendredi à 8h, attire des centaines de clients.",
        "Journaliste de formation, Paul Girard a rejoint la mairie en 2019 comme directeur de la communication.",
        # The same kinds' words in news (a review of the rules found these dropped).
        "Un don de 50 000 euros nous a permis de rénover le clocher, explique le curé de la paroisse.",
        "La Banque alimentaire est un organisme sans but lucratif qui distribue 10 000 repas par an.",
        "Faute de temps, le jury n'a pas pu poursuivre la lecture des copies jeudi soir.",
        "Réservez vos billets tôt, conseille la SNCF aux voyageurs qui partent en août.",
        "Le meilleur moyen d'éviter les prospectus dans votre boîte aux lettres reste l'autocollant Stop Pub.",
        "Le marché aura lieu place Carnot, chaque samedi à 8 h.",
        "Le couvre-feu est maintenu, chaque soir à 22 h dans le centre-ville.",
        "Ce reportage a été diffusé dans le magazine Envoyé spécial et a valu à la chaîne une mise en demeure.",
        "Étudiante en médecine à Lyon, Sarah écrit au Premier ministre pour dénoncer ses conditions de stage.",
        "Reporter à Libération pendant vingt ans, Florence Aubenas a rejoint Le Monde en 2012.",
        "Radio Nova est à écouter sur 101.5 à Paris, a rappelé le CSA dans sa décision.",
        "« Mémoire vive », de Lou Ferrand, sorti en 2024, 11 titres, a été certifié disque d'or.",
        "« Nuits blanches », de Marc Olivier, compte 12 titres enregistrés en une semaine à Lyon.",
        "« La Traversée », de Anne Caron, a réuni 2,1 millions de téléspectateurs pour son premier épisode.",
    ],
)
def test_is_chrome_keeps_the_same_words_in_news(line):
    assert not is_chrome(line)


def test_a_related_list_under_its_label_ends_the_article():
    assert ends_article("Vous pourriez aussi aimer") and ends_article("Pourrait vous intéresser")
    assert not ends_article("Ces mesures pourraient vous intéresser si vous êtes locataire.")
