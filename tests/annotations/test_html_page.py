"""The head of a saved news page read from its structure (annotations/html_page.py), and the kinds of chrome first
met on the second batch of HTML pages (evaluation/data/html_pages2.md), on invented pages and lines."""

import pytest

from annotations import glued_lines, html_page
from annotations.documents import read_document
from annotations.nlp.boilerplate import is_chrome
from annotations.nlp.bylines import is_byline
from annotations.nlp.normalise import normalise
from annotations.nlp.pipeline import analyse

BODY = """<div class="text">
<p>La commune a lancé lundi les travaux de la nouvelle halle du marché, sur l'ancien parking de la poste, pour un
montant de 1,2 million d'euros financé pour moitié par le département.</p>
<p>Les commerçants ambulants seront installés place de l'Église pendant toute la durée du chantier, soit huit mois
selon les services techniques de la mairie.</p>
<p>Le maire espère inaugurer la halle avant la fête de la Saint-Jean, si la météo de l'hiver le permet.</p>
</div>"""


def page(head: str, top: str, body: str = BODY) -> bytes:
    return f"""<!DOCTYPE html><html lang="fr"><head>{head}</head><body>
<nav><a href="/">Accueil</a> <a href="/sports">Sports</a></nav>
<main>{top}{body}</main><footer>© Le Petit Écho 2027</footer></body></html>""".encode()


def claims_of(document) -> list[str]:
    return [document.text[c.start : c.end] for c in analyse(document.text, fmt="markdown").claims]


def test_a_standfirst_beside_the_headline_comes_back_under_it():
    top = """<div class="hero"><span class="kicker">Commerce</span>
<h1>Saint-Flour : la halle du marché sort de terre</h1>
<div class="lead">Le chantier de la future halle a commencé lundi. Elle accueillera trente étals couverts dès l'été
prochain.</div><div class="credit">Photo Jean Roux</div></div>"""
    document = read_document(page("<title>Halle | Le Petit Écho</title>", top), name="page.html")
    assert document.title == "Saint-Flour : la halle du marché sort de terre"
    claims = claims_of(document)
    assert claims[0].startswith("Le chantier de la future halle a commencé lundi.")
    assert sum("trente étals couverts" in claim for claim in claims) == 1
    assert any(claim.startswith("La commune a lancé lundi") for claim in claims)


def test_a_page_whose_first_paragraph_is_kept_gains_nothing():
    top = """<h1>Saint-Flour : la halle du marché sort de terre</h1>
<figure><img src="h.jpg"><figcaption>Les premiers poteaux de la halle ont été posés lundi matin sur l'ancien parking
de la poste, face à la mairie.</figcaption></figure><p class="by">Par Anne Roux, le 3 mars 2027</p>"""
    document = read_document(page("<title>Halle</title>", top), name="page.html")
    assert "premiers poteaux" not in document.text  # a caption is no standfirst
    assert document.text.count("La commune a lancé lundi") == 1


def tree_of(head: str, top: str):
    return html_page.parse(page(head, top, body="").decode())


@pytest.mark.parametrize(
    ("head", "top", "expected"),
    [
        # The <h1>, not og:title written for social media.
        (
            '<meta property="og:title" content="Saint-Flour : la halle enfin lancée">',
            "<h1>Saint-Flour : la halle du marché sort de terre</h1>",
            "Saint-Flour : la halle du marché sort de terre",
        ),
        # An <h1> that is the site's logo (one link to the site's root): the post's title.
        (
            "<title>Le Petit Écho</title>",
            '<h1 class="logo"><a href="/">Le Petit Écho</a></h1><div class="post"><h2>Saint-Flour : la halle du marché '
            "sort de terre</h2><p>La commune a lancé lundi les travaux de la nouvelle halle du marché, sur l'ancien "
            "parking de la poste.</p></div>",
            "Saint-Flour : la halle du marché sort de terre",
        ),
        # An <h1> naming the site as the <title> does after the headline.
        (
            "<title>Saint-Flour : la halle du marché sort de terre - Le Petit Écho du Cantal</title>",
            '<h1>Le Petit Écho du Cantal</h1><h2 class="t">Saint-Flour : la halle du marché sort de terre</h2>',
            "Saint-Flour : la halle du marché sort de terre",
        ),
        # No <h1>: the element showing the JSON-LD headline.
        (
            '<title>Commerce | Le Petit Écho</title><script type="application/ld+json">{"@type": "NewsArticle", '
            '"headline": "Saint-Flour : la halle du marché sort de terre"}</script>',
            '<div class="t-xl">Saint-Flour : la halle du marché sort de terre</div>',
            "Saint-Flour : la halle du marché sort de terre",
        ),
        # ... also inside a graph of several things, as WordPress's SEO plugins write it
        (
            '<title>Commerce | Le Petit Écho</title><script type="application/ld+json">{"@graph": [{"@type": '
            '"WebSite", "name": "Le Petit Écho"}, {"@type": "NewsArticle", "headline": "Saint-Flour : la halle du '
            'marché sort de terre"}]}</script>',
            '<div class="t-xl">Saint-Flour : la halle du marché sort de terre</div>',
            "Saint-Flour : la halle du marché sort de terre",
        ),
    ],
)
def test_the_headline_is_the_one_the_page_shows(head, top, expected):
    tree = tree_of(head, top)
    extracted = "La commune a lancé lundi les travaux de la nouvelle halle du marché, sur l'ancien parking de la poste."
    element = html_page.headline(tree, extracted, site_name=None)
    assert " ".join(element.text_content().split()) == expected


def test_a_site_title_inside_a_heading_is_no_logo_when_it_is_the_article():
    # The <h1> links elsewhere than the root: an article's title, not the logo.
    tree = tree_of(
        "<title>Le Petit Écho</title>", '<h1><a href="/commerce/halle">La halle du marché sort de terre</a></h1>'
    )
    element = html_page.headline(tree, "", site_name="Le Petit Écho")
    assert element.text_content() == "La halle du marché sort de terre"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A related link after a paragraph's last sentence goes on its own line.
        (
            "Le maire a signé l'arrêté. **LIRE AUSSI : Le marché déménage ?**",
            "Le maire a signé l'arrêté.\n\n**LIRE AUSSI : Le marché déménage ?**",
        ),
        # An embedded post's picture link after its last sentence.
        ("Une belle journée ! pic.example.com/aB3d", "Une belle journée !\n\npic.example.com/aB3d"),
        # A short line without a stop run into the paragraph under it.
        (
            "Voir la galerie\nLe défilé se termine mardi soir par un feu d'artifice tiré depuis la digue du port.",
            "Voir la galerie\n\nLe défilé se termine mardi soir par un feu d'artifice tiré depuis la digue du port.",
        ),
    ],
)
def test_what_a_page_glued_to_a_paragraph_goes_on_its_own_line(text, expected):
    assert glued_lines.with_links_apart(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Le musée rouvre samedi. À voir aussi, l'exposition de photographies consacrée au port.",
        "Les inscriptions se font en ligne sur le site mairie-exemple.fr/inscriptions.",
        "12 rue des Halles\n15100 Saint-Flour",
    ],
)
def test_prose_an_address_at_a_sentence_end_and_short_lines_stay_as_they_are(text):
    assert glued_lines.with_links_apart(text) == text


@pytest.mark.parametrize(
    "line",
    [
        "Inès Martin · le 1er avril 2027",
        "Jeudi 4 mars 2027 - 09:10 | Rédaction",
        "L'éditorial exprime la position de la rédaction.",
        "Cette chronique n'engage que son auteur.",
        "Vos réactions sont les bienvenues à lecteurs@exemple.fr.",
        "Ce reportage a pris trois mois. Il n'existe que grâce à nos lecteurs abonnés.",
        "Le site perçoit une commission sur les achats réalisés via ce lien, sans surcoût pour vous.",
    ],
)
def test_chrome_of_the_second_html_batch(line):
    assert is_chrome(normalise(line))


@pytest.mark.parametrize(
    "line",
    [
        "Jeudi 3 décembre 2027 — Saint François-Xavier",  # the day's saint under the header's date
        "Édition de Chalon · mercredi 9 décembre 2027",
        "Anne Martin · Paul Roux",
    ],
)
def test_a_name_beside_a_date_that_is_no_authors_is_no_byline(line):
    assert not is_byline(line)


@pytest.mark.parametrize(
    "line",
    [
        "Le texte exprime la position de la France sur la réforme des retraites.",
        "La ferme n'existe que grâce à ses bénévoles.",
        "Vos réactions ont été nombreuses après la fermeture du pont.",
    ],
)
def test_look_alikes_of_the_second_html_batch_stay_prose(line):
    assert not is_chrome(normalise(line))


def test_json_ld_nested_past_the_parsers_depth_is_left_aside():
    nested = "[" * 100_000 + "]" * 100_000
    tree = tree_of(
        f'<title>La halle du marché sort de terre</title><script type="application/ld+json">{nested}</script>',
        "<h1>La halle du marché sort de terre</h1>",
    )
    element = html_page.headline(tree, "", site_name=None)
    assert element.text_content() == "La halle du marché sort de terre"
