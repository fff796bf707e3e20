"""Kinds of chrome and lost article lines first met on the tenth to fourteenth blind batches of copied
pages, on invented lines."""

import pytest

from annotations.nlp.boilerplate import is_chrome
from annotations.nlp.bylines import is_byline
from annotations.nlp.page_ends import ends_article


@pytest.mark.parametrize(
    "line",
    [
        # A player waiting for the reader's consent, in the imperative.
        "Ce podcast est proposé par une plateforme externe. Autorisez les cookies pour l'écouter.",
        # The consent banner's three buttons said in a sentence.
        "Vous pouvez tout accepter, tout refuser ou personnaliser vos préférences.",
        # A station or a channel telling where to find it.
        "Retrouvez Radio Côte d'Opale sur 96.3 à Calais et sur le DAB+ dans tout le littoral.",
        "Canal Lorraine, la chaîne de votre région, disponible sur le canal 32 de la TNT.",
        # A sign-up form's small print, and the pitch to subscribe.
        "En vous abonnant, vous acceptez nos conditions générales et notre politique de confidentialité.",
        "Vous pourrez vous désinscrire à tout moment grâce au lien en bas de chaque courriel.",
        "Notre équipe couvre votre région chaque jour. Soutenez-la en vous abonnant à notre infolettre.",
        # An offer made with the site's partner.
        "Profitez de 20 % de réduction sur vos billets avec notre partenaire !",
        # The interface's buttons, as infinitives opening the line or after a question.
        "S'inscrire à l'infolettre",
        "Pas encore de compte ? S'inscrire",
        # A date line with its edition.
        "Édition du vendredi 12 mars 2027",
        # A journalist's beat under the name, the pronoun after a full stop.
        "Journaliste sport. Il suit le cyclisme depuis 2015.",
        # The page disclaiming what it is, and the commission its affiliate links earn.
        "Cet article ne constitue pas un conseil en investissement.",
        "Le site touche une commission sur les achats effectués via ces liens.",
        # The rules of the comments; captions credited to the archives or with a number's point.
        "Les règles de modération s'appliquent à tous les commentaires.",
        "Le pont de Millau lors de son inauguration, en 2004. Archives J. M.",
        "La salle, rénovée en 2019, accueille 12.500 spectateurs. - P. D.",
    ],
)
def test_is_chrome_recognises_the_kinds_of_the_tenth_to_fourteenth_blind_batches(line):
    assert is_chrome(line)


@pytest.mark.parametrize(
    "line",
    [
        # The same verbs inside an article's sentence.
        "Les bénévoles ont jusqu'au 30 mai pour s'inscrire auprès de l'association.",
        "Le maire a invité les habitants à s'abonner au bulletin d'alerte de la préfecture.",
        # Cookies, consent, channels and partners as news.
        "La Cnil a sanctionné le site, qui déposait des cookies sans le consentement de ses visiteurs.",
        "Les clients pourront accepter ou refuser l'offre de rachat jusqu'en juin.",
        "La nouvelle chaîne sera diffusée sur le canal 24 de la TNT à partir de septembre, a annoncé l'Arcom.",
        "Rendez-vous samedi avec nos partenaires associatifs devant la mairie.",
        "Journaliste de formation, elle a fondé l'association en 2012.",
        "Cette hausse ne constitue pas une surprise pour les élus.",
        "La plateforme perçoit une commission sur les ventes de billets, a rappelé le juge.",
        "Les archives départementales ont ouvert leurs registres au public samedi.",
        # News that only looked like the kinds above (a review of the rules).
        "La rédaction du Parisien a été évacuée",
        "La chaîne L'Équipe est disponible sur le canal 21 de la TNT depuis 2012.",
        "Le nouveau service est disponible sur toutes les box depuis lundi, annonce l'opérateur.",
        "Sur Facebook, les commentaires sont soumis à une modération automatique jugée défaillante.",
        "Amazon perçoit une commission sur les ventes réalisées via les liens des influenceurs.",
        "Les internautes doivent pouvoir accepter, refuser ou personnaliser les cookies, rappelle la Cnil.",
        "Activez la géolocalisation et le consentement devient automatique, accuse l'association.",
        "Découvrez la vallée avec nos partenaires locaux, propose l'office de tourisme.",
    ],
)
def test_is_chrome_keeps_the_article_lines_near_those_kinds(line):
    assert not is_chrome(line)


def test_the_readers_reactions_end_the_article_but_a_heading_of_reactions_does_not():
    assert ends_article("Vos réactions (14)") and ends_article("Réactions (3)") and ends_article("Vos réactions")
    assert not ends_article("Réactions") and not ends_article("Les réactions")


def test_a_list_of_the_sites_latest_checks_ends_the_article():
    assert ends_article("Nos dernières vérifications") and ends_article("Nos derniers reportages")


def test_the_newsroom_signing_alone_is_a_byline_but_not_in_a_sentence():
    assert is_byline("La rédaction d'Info Continu") and is_byline("Notre rédaction web")
    assert not is_byline("La rédaction de Info Continu a été primée.")
