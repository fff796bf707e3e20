"""A look-up offered for the reader's town ("Consultez ... dans votre commune.") is chrome only as a line of its
own (html_pages8's rule): a paragraph that goes on with the news, or a clause after its colon, is the article."""

import pytest

from annotations.documents import read_document
from annotations.nlp.boilerplate import is_chrome
from annotations.nlp.segment import find_blocks

KEPT = (
    "Vérifiez si des restrictions d'eau s'appliquent dans votre commune. Selon la préfecture, 62 communes sont en "
    "alerte renforcée depuis le 3 juillet.",
    "Consultez le prix de l'eau dans votre commune : il a augmenté de 12 % en deux ans en moyenne.",
    "Recherchez votre bureau de vote dans votre commune : 1 200 bureaux ont changé d'adresse cette année.",
)
# still chrome: the look-up alone on its line (html_pages8's own cases)
CHROME = (
    "Consultez la carte des zones inondables et les consignes applicables dans votre commune.",
    "Retrouvez les horaires des déchetteries près de votre domicile ou dans votre ville.",
    "Vérifiez la qualité de l'eau du robinet pour votre code postal.",
)


@pytest.mark.parametrize("line", KEPT)
def test_a_look_up_followed_by_the_news_is_prose(line):
    assert not is_chrome(line)


@pytest.mark.parametrize("line", CHROME)
def test_a_look_up_alone_is_chrome(line):
    assert is_chrome(line)


def test_the_paragraph_stays_in_the_page():
    title = "Sécheresse : la Drôme passe en alerte renforcée"
    body = (
        "La préfecture a pris mardi un arrêté qui limite l'arrosage des jardins.",
        KEPT[0],
        "Les agriculteurs pourront irriguer la nuit, entre 20 heures et 8 heures.",
    )
    html = f"<html lang=fr><head><title>{title}</title></head><body><article><h1>{title}</h1>"
    html += "".join(f"<p>{paragraph}</p>" for paragraph in body) + "</article></body></html>"
    text = read_document(html.encode(), name="page.html").text
    kinds = [(block.kind, text[block.start : block.end]) for block in find_blocks(text, "markdown")]
    assert ("paragraph", KEPT[0]) in kinds
