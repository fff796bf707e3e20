"""The kinds of chrome first met on the sixth batch of HTML pages (evaluation/data/html_pages6.md): a print
view laid out in a one-column table, the site's name alone under a signature, a wire story's notice that it
went online unread, a practical line ending on the number to call to book; on invented lines and pages, each
next to the look-alike it must leave alone."""

import pytest

from annotations.documents import read_document
from annotations.nlp.boilerplate import is_chrome

HEADLINE = "Vesoul : la halle aux grains devient un marché couvert"
PARAGRAPHS = (
    "La communauté d'agglomération a voté jeudi la rénovation de la halle, fermée depuis 2019, pour 2,3 millions "
    "d'euros.",
    "Vingt-quatre producteurs de Haute-Saône y tiendront un étal trois matinées par semaine à partir de juin.",
    "Les travaux commenceront en février et dureront sept mois, selon le vice-président chargé du commerce.",
)


def _print_view(cells: list[str]) -> str:
    rows = "".join(f"<tr><td>{cell}</td></tr>" for cell in cells)
    return f"<html lang=fr><head><title>Version imprimable</title></head><body><table>{rows}</table></body></html>"


def test_a_print_views_one_column_table_is_read_as_the_page_not_as_data():
    paragraphs = "".join(f"<p>{paragraph}</p>" for paragraph in PARAGRAPHS)
    html = _print_view(["<b>Le Réveil vésulien</b>", f"<h1>{HEADLINE}</h1><p>Par Anne Faivre</p>{paragraphs}"])
    document = read_document(html.encode(), name="page.html")
    assert "|" not in document.text
    assert document.title == HEADLINE
    assert all(paragraph in document.text for paragraph in PARAGRAPHS)


TABLE = (
    "<table><tr><th>Commune</th><th>Étals</th></tr><tr><td><p>Vesoul</p></td><td><p>24</p></td></tr>"
    "<tr><td><p>Lure</p></td><td><p>11</p></td></tr></table>"
)


def test_a_data_table_of_columns_stays_a_table():
    paragraphs = "".join(f"<p>{paragraph}</p>" for paragraph in PARAGRAPHS)
    html = f"<html lang=fr><body><article><h1>{HEADLINE}</h1>{paragraphs}{TABLE}</article></body></html>"
    document = read_document(html.encode(), name="page.html")
    assert "| Vesoul | 24 |" in document.text


def _signed_page(signature: str) -> str:
    paragraphs = "".join(f"<p>{paragraph}</p>" for paragraph in PARAGRAPHS)
    return (
        f"<html lang=fr><head><title>{HEADLINE} | Le Réveil vésulien</title></head><body><article>"
        f"<h1>{HEADLINE}</h1><div class=auteur>{signature}</div>{paragraphs}</article></body></html>"
    )


def test_the_sites_name_alone_under_a_signature_goes():
    html = _signed_page("<span>Anne Faivre</span><br><span>Le Réveil vésulien</span>")
    document = read_document(html.encode(), name="page.html")
    assert "Le Réveil vésulien" not in document.text
    assert all(paragraph in document.text for paragraph in PARAGRAPHS)


def test_a_sentence_naming_the_site_stays():
    sentence = "Le Réveil vésulien a révélé l'affaire en mars, avant que la préfecture ne saisisse la justice."
    html = _signed_page(f"<p>{sentence}</p>")
    document = read_document(html.encode(), name="page.html")
    assert sentence in document.text


@pytest.mark.parametrize(
    ("line", "chrome"),
    [
        ("Cette dépêche a été publiée automatiquement. Elle n'a pas été relue par la rédaction de Vosges Actu.", True),
        ("Cette brève a été mise en ligne automatiquement.", True),
        ("Cet article n'a pas été relu par notre rédaction.", True),
        # the press reported, and a newsroom's review in the news
        ("La dépêche de l'agence a été publiée mardi par plusieurs journaux régionaux.", False),
        ("Il n'a pas été relu par la rédaction en chef avant sa diffusion, reconnaît la chaîne.", False),
        ("Le rapport n'a pas été relu par la direction, assure le syndicat.", False),
    ],
)
def test_a_wire_storys_unread_notice_is_chrome(line, chrome):
    assert is_chrome(line) is chrome


@pytest.mark.parametrize(
    ("line", "chrome"),
    [
        ("Visite du chantier samedi 16 janvier à 10 h, sur inscription au 03 84 00 00 00.", True),
        ("Atelier gratuit le mercredi. Réservation obligatoire au 05 56 12 34 56.", True),
        ("Renseignements : 04 67 61 61 61", True),
        # a number quoted in the news
        ("La ligne d'écoute, ouverte au 03 84 10 10 10, a reçu 900 appels en un mois.", False),
        ("Le maire a annoncé que les inscriptions au 03 84 00 00 00 avaient dépassé les prévisions.", False),
    ],
)
def test_a_practical_line_ending_on_the_number_to_book_is_chrome(line, chrome):
    assert is_chrome(line) is chrome


def test_a_title_part_with_no_word_names_no_site():
    """ "Headline | ★": the part after the bar is no name, and no line (a table's rule) goes for it."""
    paragraphs = "".join(f"<p>{paragraph}</p>" for paragraph in PARAGRAPHS)
    html = (
        f"<html lang=fr><head><title>{HEADLINE} | ★</title></head><body><article><h1>{HEADLINE}</h1>"
        f"{paragraphs}{TABLE}</article></body></html>"
    )
    text = read_document(html.encode(), name="page.html").text
    assert "| Vesoul | 24 |" in text
    assert [line for line in text.split("\n") if line.startswith("|") and set(line) <= set("|- ")]
