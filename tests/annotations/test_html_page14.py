"""The kinds first met on the fourteenth batch of HTML pages (evaluation/data/html_pages14.md): a page built of custom
elements that trafilatura glues into one line, a pdf2htmlEX bulletin read line by line, a forum member's signature
read as the post's last paragraph; on invented pages, each next to the look-alike it must leave alone."""

from annotations import html_custom_elements, html_layout, html_page, html_pdf_lines
from annotations.documents import read_document

STANDFIRST = "Le marché de Noël de Colmar accueillera cette année 190 exposants, vingt de plus qu'en 2025."
FIRST = (
    "La municipalité a ajouté deux places au cœur de la vieille ville. Les navettes gratuites rouleront tous les soirs."
)
SECOND = (
    "Les commerçants redoutent pourtant les embouteillages du samedi, comme chaque année depuis la crise sanitaire."
)

COMPONENTS = (
    "<html lang='fr'><head><title>Colmar agrandit son marché de Noël - Alsace Direct</title></head><body>"
    "<app-banner><span>Nous mesurons l'audience de ce site avec des traceurs.</span></app-banner>"
    "<news-kicker>Tourisme</news-kicker><news-title>Colmar agrandit son marché de Noël</news-title>"
    "<news-meta><by-line>Anne Muller</by-line> <pub-date>7 décembre 2026</pub-date></news-meta>"
    f"<news-lede>{STANDFIRST}</news-lede><news-body><news-para>{FIRST}</news-para><news-para>{SECOND}</news-para>"
    "</news-body><share-tools><template shadowrootmode='open'><span>Partager</span><slot></slot></template>"
    "<a>Facebook</a><a>Envoyer par e-mail</a></share-tools></body></html>"
)


def test_custom_elements_that_stand_as_blocks_are_read_as_paragraphs():
    text = read_document(COMPONENTS.encode(), name="colmar.html").text
    for sentence in (STANDFIRST, FIRST, SECOND):
        assert sentence in text
    assert f"{SECOND}\n" in text or text.endswith(SECOND)  # the share bar no longer glued to the last paragraph
    assert "traceurs.Tourisme" not in text


def test_a_custom_element_inside_running_text_stays_inline():
    page = (
        "<html><body><div><p>Le <glossary-term>bail emphytéotique</glossary-term> a été signé mardi pour 99 ans.</p>"
        "<news-para>Le loyer annuel, <money-value>1 200 euros</money-value>, sera révisé tous les cinq ans.</news-para>"
        "</div></body></html>"
    )
    tree = html_page.parse(page)
    assert html_custom_elements.with_custom_blocks(tree)
    assert tree.find(".//glossary-term") is not None and tree.find(".//money-value") is not None
    assert [p.text_content() for p in tree.iter("p")][1].startswith("Le loyer annuel, 1 200 euros, sera révisé")


def test_a_custom_element_inside_a_heading_or_a_link_stays_inline():
    page = (
        "<html><body><div><h1><headline-text>Colmar agrandit son marché de Noël</headline-text></h1>"
        "<a href='/x'><card-title>Strasbourg : la cathédrale illuminée</card-title></a></div></body></html>"
    )
    tree = html_page.parse(page)
    assert not html_custom_elements.with_custom_blocks(tree)
    assert tree.find(".//h1/headline-text") is not None and tree.find(".//a/card-title") is not None


def test_a_page_with_no_custom_element_is_left_alone():
    tree = html_page.parse("<html><body><div><p>Le pont rouvrira lundi.</p></div></body></html>")
    assert not html_custom_elements.with_custom_blocks(tree)


PDF_LINES = [
    ("x1 h4 ff2 fs1", "Saint-Imier rénove la halle de gymnastique du collège"),
    ("x2 h2 ff1 fs0", "Le Conseil général a approuvé le 12 novembre un crédit de 2,3 millions de"),
    ("x1 h2 ff1 fs0", "francs pour assainir la halle de gymnastique, fermée depuis le printemps."),
    ("x2 h2 ff1 fs0", "Les travaux débuteront en avril et dureront neuf mois. Les élèves suivront"),
    ("x1 h2 ff1 fs0", "leurs cours d'éducation physique à la salle de la Marelle."),
    ("x1 h2 ff1 fs0", "• Coût total : 2,3 millions de francs"),
]


def _pdf_page(lines, style: str = "", *more_pages) -> str:
    pages = ""
    for number, page in enumerate([lines, *more_pages], 1):
        divs = "".join(
            f"<div class='t m0 {classes} y{n} fc0 sc0 ls0 ws0'>{text}</div>" for n, (classes, text) in enumerate(page)
        )
        pages += f"<div id='pf{number}' class='pf w0 h0'><div class='pc pc{number} w0 h0'>{divs}</div></div>"
    return (
        f"<html><head><title>bulletin_12</title>{style}</head><body><div id='page-container'>{pages}</div>"
        "</body></html>"
    )


def test_a_pdf2htmlex_page_is_read_as_paragraphs_under_its_headline():
    document = read_document(_pdf_page(PDF_LINES).encode(), name="bulletin.html")
    assert document.title == "Saint-Imier rénove la halle de gymnastique du collège"
    assert (
        "Le Conseil général a approuvé le 12 novembre un crédit de 2,3 millions de francs pour assainir la halle de "
        "gymnastique, fermée depuis le printemps." in document.text
    )
    assert "Les élèves suivront leurs cours d'éducation physique à la salle de la Marelle." in document.text
    assert "Marelle. • Coût" not in document.text  # a list's item opens a paragraph of its own


def test_a_style_sheets_sizes_name_the_headline_and_a_running_head_in_capitals_is_none():
    running_head = ("x5 h1 ff3 fs2", "BULLETIN DE LA COMMUNE · DÉCEMBRE 2026")
    style = "<style>.fs0{font-size:36.000000px;}.fs1{font-size:60.000000px;}.fs2{font-size:28.000000px;}</style>"
    tree = html_page.parse(_pdf_page([running_head, *PDF_LINES], style))
    assert html_pdf_lines.with_pdf_lines_joined(tree)
    assert [h1.text for h1 in tree.iter("h1")] == ["Saint-Imier rénove la halle de gymnastique du collège"]
    tree = html_page.parse(_pdf_page([running_head, *PDF_LINES[1:]]))  # no headline line, no style sheet
    assert html_pdf_lines.with_pdf_lines_joined(tree)
    assert not list(tree.iter("h1"))


def test_a_page_with_a_few_t_classed_divs_is_no_converted_page():
    page = "<html><body><div class='pc'><div class='t'>Un</div><div class='t'>Deux</div></div></body></html>"
    assert not html_pdf_lines.with_pdf_lines_joined(html_page.parse(page))


POST = (
    "La commune a fini par nous répondre : le ramassage des encombrants reprendra en janvier, une fois par mois, "
    "sur inscription à la mairie. Il faudra déposer les objets la veille au soir devant chez soi."
)


def _thread(signature: str) -> str:
    return (
        "<html><body><div class='post'><div class='postbody'><div class='content'>"
        f"{POST}</div><div class='signature'>{signature}</div></div></div></body></html>"
    )


def test_a_forum_members_signature_under_the_post_is_dropped():
    tree = html_page.parse(_thread("« Qui sème le vent récolte la tempête » — Mamadou, Ziguinchor"))
    assert html_layout.without_post_signatures(tree)
    assert "tempête" not in tree.text_content() and "encombrants" in tree.text_content()


def test_a_news_signature_with_its_date_or_before_the_body_stays():
    tree = html_page.parse(_thread("Par Claire Delmas – publié le 6 décembre 2026"))
    assert not html_layout.without_post_signatures(tree)  # the page's date is read from it
    byline = (
        "<html><body><article><div class='article-signature'>Par Jeanne Roux, correspondante</div>"
        f"<p>{POST}</p></article></body></html>"
    )
    assert not html_layout.without_post_signatures(html_page.parse(byline))


def test_a_running_head_in_small_letters_on_every_page_is_no_headline():
    head = ("x5 h1 ff3 fs2", "Bulletin de la commune de Saint-Imier · décembre 2026")
    tree = html_page.parse(_pdf_page([head, *PDF_LINES[1:]], "", [head, *PDF_LINES[1:3]]))
    assert html_pdf_lines.with_pdf_lines_joined(tree)
    assert not list(tree.iter("h1"))
    tree = html_page.parse(_pdf_page([head, *PDF_LINES], "", [head, *PDF_LINES[1:3]]))  # the headline under it
    assert html_pdf_lines.with_pdf_lines_joined(tree)
    assert [h1.text for h1 in tree.iter("h1")] == ["Saint-Imier rénove la halle de gymnastique du collège"]
