"""The kinds of markup and chrome first met on the third batch of HTML pages (evaluation/data/html_pages3.md):
layout tables, ARIA headings, footnote calls, a dated signature with "par", a betting ad's bonus; on invented
pages and lines, each next to the look-alike it must leave alone."""

import pytest

from annotations import glued_lines, html_layout, html_page
from annotations.documents import _without_source_layout, read_document
from annotations.nlp.boilerplate import is_chrome
from annotations.nlp.bylines import is_byline_or_date
from annotations.nlp.normalise import normalise

PARAGRAPHS = (
    "La commune de Lormes a voté lundi la rénovation de son ancienne école, fermée depuis 2019, pour y installer "
    "une maison de santé.",
    "Trois médecins et deux infirmières s'y installeront au printemps, selon le maire, qui a signé les baux la "
    "semaine dernière.",
    "Les travaux coûteront 640 000 euros, financés pour moitié par l'État et pour un quart par le département.",
)


def table_page() -> str:
    body = "<br><br>".join(PARAGRAPHS)
    return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN"><html lang="fr"><head>
<title>Le Réveil du Morvan</title></head><body><table width="900"><tr><td colspan="2"><b>Le Réveil du Morvan</b></td></tr>
<tr><td width="150"><a href="/">Accueil</a><br><a href="/sports">Sports</a></td><td><table width="100%"><tr><td>
<font size="5"><b>Lormes : l'ancienne école deviendra une maison de santé</b></font><br><font size="2">{body}</font>
</td></tr></table></td></tr></table></body></html>"""


def test_a_page_laid_out_in_tables_is_read_as_blocks_not_as_a_markdown_table():
    document = read_document(table_page().encode(), name="page.html")
    assert "|" not in document.text
    for paragraph in PARAGRAPHS:
        assert paragraph in document.text


def test_a_data_table_stays_a_table():
    rows = "".join(
        f"<tr><td>{town}</td><td>{votes}</td></tr>" for town, votes in (("Lormes", "812"), ("Corbigny", "640"))
    )
    html = f"""<!DOCTYPE html><html lang="fr"><head><title>Résultats</title></head><body><main><h1>Les résultats du
scrutin dans le canton</h1><p>{PARAGRAPHS[0]}</p><table><thead><tr><th>Commune</th><th>Voix</th></tr></thead>
<tbody>{rows}</tbody></table><p>{PARAGRAPHS[1]}</p><p>{PARAGRAPHS[2]}</p></main></body></html>"""
    tree = html_page.parse(html)
    assert not html_layout.without_layout_tables(tree)
    assert "| Lormes | 812 |" in read_document(html.encode(), name="page.html").text


def test_a_data_table_inside_a_layout_table_stays_a_table():
    rows = "".join(
        f"<tr><td>{town}</td><td>{votes}</td></tr>" for town, votes in (("Lormes", "812"), ("Corbigny", "640"))
    )
    data = f"<table><tr><th>Commune</th><th>Voix</th></tr>{rows}</table>"
    html = f"""<html lang="fr"><body><table><tr><td><a href="/">Accueil</a></td><td>{data}</td></tr></table>
</body></html>"""
    tree = html_page.parse(html)
    assert html_layout.without_layout_tables(tree)
    assert [table.tag for table in tree.iter("table")] == ["table"]  # the outer one is a div now
    assert len(list(tree.iter("tr"))) == 3 and len(list(tree.iter("td"))) == 4


@pytest.mark.parametrize(("level", "found"), [("1", True), ("2", False)])
def test_an_aria_level_one_heading_is_the_headline_a_level_two_is_not(level, found):
    html = f"""<html lang="fr"><head><title>Le Réveil du Morvan</title></head><body><div role="main">
<div role="heading" aria-level="{level}">Lormes : l'ancienne école deviendra une maison de santé</div>
<div>{PARAGRAPHS[0]}</div></div></body></html>"""
    element = html_page.headline(html_page.parse(html), PARAGRAPHS[0], site_name=None)
    assert (element is not None and element.get("aria-level") == "1") == found


@pytest.mark.parametrize(
    ("markdown", "expected"),
    [
        ("Les loyers ont baissé.<sup>\\[1\\]</sup>", "Les loyers ont baissé."),  # a footnote's call goes
        ("Les loyers ont baissé en 2024.<sup>3</sup> Ils remontent.", "Les loyers ont baissé en 2024. Ils remontent."),
        ("Un logement de 45 m<sup>2</sup> loué le 1<sup>er</sup> mars.", "Un logement de 45 m2 loué le 1er mars."),
    ],
)
def test_a_footnote_call_goes_a_number_glued_to_a_word_stays(markdown, expected):
    assert _without_source_layout(markdown) == expected


def test_a_date_above_an_italic_standfirst_goes_on_its_own_line():
    standfirst = (
        "*Les loyers reculent depuis dix ans dans la plupart des villes moyennes. La vacance explique ce recul.*"
    )
    assert glued_lines.with_links_apart(f"le 3 mars 2027\n{standfirst}") == f"le 3 mars 2027\n\n{standfirst}"


@pytest.mark.parametrize(
    "line",
    [
        "mardi 2 mars 2027, par Anne Roux",
        "Le 3 mars 2027, par la rédaction",
        "Mis en ligne le 04/03/2027 par la rédaction",
        "Mise en ligne le 4 mars 2027 à 10 h 12",
    ],
)
def test_signature_lines_with_a_date(line):
    assert is_byline_or_date(line)


@pytest.mark.parametrize(
    "line",
    [
        "En 2027, par exemple, la commune a voté la rénovation de l'école.",
        "Mise en ligne des résultats du bac 2027 : la date est connue",
    ],
)
def test_look_alikes_of_signature_lines_are_none(line):
    assert not is_byline_or_date(line)


@pytest.mark.parametrize(
    ("line", "chrome"),
    [
        ("Pariez sur la Ligue 2 : 50 € de bonus offerts.", True),
        ("Misez 10 euros, 30 euros remboursés en paris gratuits !", True),
        ("Les parieurs ont misé 80 € en moyenne l'an dernier, et les bonus offerts ont augmenté.", False),
        ("Pariez sur la jeunesse, a lancé la ministre, qui promet 50 millions d'euros aux clubs.", False),
    ],
)
def test_a_betting_ads_bonus_is_chrome_a_sentence_about_bets_is_not(line, chrome):
    assert is_chrome(normalise(line)) == chrome


def test_an_alert_above_the_header_goes_the_headline_repeated_by_a_breadcrumb_stays():
    html = f"""<html lang="fr"><head><title>Lormes | Le Réveil</title></head><body>
<div class="alert"><p>Vigilance orange aux orages sur la Nièvre jusqu'à demain soir, selon Météo-France.</p></div>
<p class="crumbs">Accueil &gt; Santé &gt; Lormes : l'ancienne école deviendra une maison de santé</p>
<article><h1>Lormes : l'ancienne école deviendra une maison de santé</h1>
{"".join(f"<p>{paragraph}</p>" for paragraph in PARAGRAPHS)}</article></body></html>"""
    tree = html_page.parse(html)
    element = html_page.headline(tree, "", site_name=None)
    text = "Vigilance orange aux orages sur la Nièvre jusqu'à demain soir, selon Météo-France.\n\n"
    text += "# Lormes : l'ancienne école deviendra une maison de santé\n\n" + "\n\n".join(PARAGRAPHS)
    kept = html_page.without_text_above(element, text)
    assert kept.startswith("# Lormes : l'ancienne école deviendra une maison de santé\n\n")
    assert kept.endswith(PARAGRAPHS[-1])


def test_a_paragraph_the_page_shows_above_and_below_the_headline_stays():
    html = f"""<html lang="fr"><body><p class="teaser">{PARAGRAPHS[0]}</p>
<h1>Lormes : l'ancienne école deviendra une maison de santé</h1><p>{PARAGRAPHS[0]}</p><p>{PARAGRAPHS[1]}</p></body></html>"""
    element = html_page.headline(html_page.parse(html), "", site_name=None)
    text = f"{PARAGRAPHS[0]}\n\n{PARAGRAPHS[1]}"
    assert html_page.without_text_above(element, text) == text
