"""The kinds first met on the eighth batch of HTML pages (evaluation/data/html_pages8.md): a sign-up card's
promise that one can leave it, a look-up the site offers for the reader's place; on invented lines and a page,
each next to the look-alike it must leave alone."""

import pytest

from annotations.documents import read_document
from annotations.nlp.boilerplate import is_chrome
from annotations.nlp.segment import find_blocks

CHROME = (
    "Désinscription en un clic, à tout moment.",
    "Désabonnement gratuit à tout moment",
    "Consultez la carte des zones inondables et les consignes applicables dans votre commune.",
    "Retrouvez les horaires des déchetteries près de votre domicile ou dans votre ville.",
    "Vérifiez la qualité de l'eau du robinet pour votre code postal.",
)
# Their look-alikes: leaving a list or a contract in the news, a doctor's advice, the town's map told in the
# third person, a prefecture's map for each town.
PROSE = (
    "La désinscription des listes électorales reste possible jusqu'au 6 février.",
    "Le désabonnement à tout moment, promis par l'opérateur, s'est révélé impossible pour 300 clients.",
    "Consultez votre médecin si la fièvre dure plus de trois jours.",
    "Les habitants peuvent consulter la carte des zones inondables dans leur commune.",
    "La préfecture a publié la carte des restrictions pour chaque commune du département.",
)


@pytest.mark.parametrize("line", CHROME)
def test_a_signup_cards_promise_and_a_look_up_by_place_are_chrome(line):
    assert is_chrome(line)


@pytest.mark.parametrize("line", PROSE)
def test_their_look_alikes_are_prose(line):
    assert not is_chrome(line)


HEADLINE = "Dans le Vercors, les bergers face au retour des hivers sans neige"
BODY = (
    "Sur le plateau de Font-d'Urle, la neige n'a tenu que onze jours l'hiver dernier, selon les relevés de la station.",
    "Les éleveurs ont dû acheter du foin dès janvier, un coût de 4 000 euros en moyenne par exploitation.",
    "La chambre d'agriculture prépare un fonds d'entraide qui doit être voté au printemps.",
)


def test_a_signup_card_inside_the_body_leaves_the_paragraphs_around_it():
    card = (
        "<div class=kg-signup-card><h2>Ne manquez aucun reportage</h2>"
        "<p>Recevez nos articles gratuitement, une fois par semaine, dans votre boîte mail.</p>"
        "<form><input type=email><button>Je m'inscris</button></form>"
        "<p>Désinscription en un clic, à tout moment.</p></div>"
    )
    html = (
        f"<html lang=fr><head><title>{HEADLINE}</title></head><body><article><h1>{HEADLINE}</h1>"
        f"<section class=gh-content><p>{BODY[0]}</p><p>{BODY[1]}</p>{card}<p>{BODY[2]}</p></section>"
        "</article></body></html>"
    )
    text = read_document(html.encode(), name="page.html").text
    kinds = [(block.kind, text[block.start : block.end]) for block in find_blocks(text, "markdown")]
    paragraphs = " ".join(body for kind, body in kinds if kind == "paragraph")
    assert all(sentence in paragraphs for sentence in BODY)
    assert "Désinscription" not in paragraphs
