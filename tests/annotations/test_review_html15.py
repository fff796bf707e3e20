"""The review of the fifteenth batch's rules (html_page.site_name, html_article_end): a declared or unguessed site
name kept, a guess from a title of three parts dropped; a rest hidden by other styles, by the class `hidden` or after
a block of paragraphs shown, a hidden dialog, newsletter box or copy of the article left hidden; comment counts in
other shapes dropped, a body headed by a count kept. Invented pages, each beside the look-alike it must leave alone."""

import pytest

from annotations import html_article_end, html_page
from annotations.documents import read_document

P1 = "Le conseil communal de Namur a adopté mardi soir un budget de 312 millions d'euros, en hausse de 4 % sur un an."
P2 = "L'opposition a dénoncé une hausse de la taxe sur les secondes résidences, jugée trop brutale par les commerçants."
P3 = "Les travaux de la gare des bus débuteront au printemps 2027 et dureront au moins dix-huit mois selon l'échevin."
P4 = "Une réunion d'information est prévue le 14 janvier à la salle du Grand Manège, ouverte à tous les riverains."
C1 = "Encore une hausse de taxes, les commerçants du centre-ville n'en peuvent plus de ces décisions prises sans eux."
C2 = "Dix-huit mois de travaux devant la gare, bon courage aux navetteurs qui prennent le bus chaque matin."
H1 = "<h1>Namur adopte un budget de 312 millions</h1>"


def _page(head: str, body: str) -> bytes:
    return f"<html lang='fr'><head><meta charset='utf-8'>{head}</head><body>{body}</body></html>".encode()


def _read(body: str):
    return read_document(_page("<title>Budget</title>", body), name="namur.html")


def test_a_declared_site_name_longer_than_a_short_headline_stays_the_publisher():
    head = (
        "<title>Budget voté - Les Dernières Nouvelles de Namur</title>"
        "<meta property='og:site_name' content='Les Dernières Nouvelles de Namur'>"
    )
    document = read_document(
        _page(head, f"<article><h1>Budget voté</h1><p>{P1}</p><p>{P2}</p></article>"), name="n.html"
    )
    assert document.publisher == "Les Dernières Nouvelles de Namur"


def test_a_guess_from_a_title_of_three_parts_is_not_the_sites_name():
    # trafilatura takes all before the last separator, "EN DIRECT. … - Namur", for a domain's name
    title = "EN DIRECT. Le conseil communal vote le budget"
    page = _page(
        f"<title>{title} - Namur - Sambre Info</title>", f"<article><h1>{title}</h1><p>{P1}</p><p>{P2}</p></article>"
    )
    document = read_document(page, name="n.html")
    assert document.title == title and document.publisher is None


@pytest.mark.parametrize(
    "hidden",
    [
        "<section style='visibility: hidden'>{}</section>",
        "<div class='fondu' style='max-height:0;overflow:hidden'>{}</div>",
        "<div class='suite hidden'>{}</div>",
    ],
)
def test_a_rest_hidden_by_another_style_or_the_class_hidden_is_read(hidden):
    box = "<div class='offre'><p>Cet article est réservé aux abonnés.</p><a href='/abo'>Je m'abonne</a></div>"
    text = _read(
        f"<article>{H1}<div><p>{P1}</p><p>{P2}</p>{box}{hidden.format(f'<p>{P3}</p><p>{P4}</p>')}</div></article>"
    ).text
    assert P3 in text and P4 in text


def test_a_rest_hidden_after_a_block_of_the_shown_paragraphs_is_read():
    body = f"<article>{H1}<div class='debut'><p>{P1}</p><p>{P2}</p></div><div style='display:none'><p>{P3}</p><p>{P4}</p></div></article>"
    text = _read(body).text
    assert P3 in text and P4 in text


NEWSLETTER = (
    "<p>Recevez chaque matin dans votre boîte l'essentiel de l'actualité de Namur et de sa région, gratuitement.</p>"
    "<p>Vos données sont traitées selon notre politique de confidentialité, et vous pouvez vous désinscrire.</p>"
)


@pytest.mark.parametrize(
    "box",
    [
        f"<div id='popup-nl' style='display: none'>{NEWSLETTER}<input type='email'><button>OK</button></div>",
        f"<div role='dialog' hidden>{NEWSLETTER}</div>",
    ],
)
def test_a_hidden_dialog_or_newsletter_box_after_the_articles_paragraphs_stays_hidden(box):
    tree = html_page.parse(
        _page("<title>Budget</title>", f"<article>{H1}<p>{P1}</p><p>{P2}</p>{box}</article>").decode()
    )
    assert not html_article_end.with_hidden_rest_shown(tree)


def test_a_blurred_placeholder_hidden_from_screen_readers_only_stays_out():
    # a paywall's scrambled paragraphs, blurred on screen, hidden from screen readers as no text
    scrambled = "<p>Vlor quesa mirtèn dobrale fusquin à trelm vosgade pirnol estaquer bloumin.</p>" * 2
    body = f"<article>{H1}<div><p>{P1}</p><p>{P2}</p></div><div class='payant flou' aria-hidden='true'>{scrambled}</div></article>"
    tree = html_page.parse(_page("<title>Budget</title>", body).decode())
    assert not html_article_end.with_hidden_rest_shown(tree)


def test_a_hidden_copy_of_the_shown_paragraphs_is_not_read_twice():
    body = f"<article>{H1}<p>{P1}</p><p>{P2}</p><div class='mobile' style='display:none'><p>{P1}</p><p>{P2}</p></div></article>"
    assert _read(body).text.count(P1) == 1


COMMENTS = (
    f"<div class='avis'><span class='pseudo'>Gégé5000</span><p>{C1}</p></div>"
    f"<div class='avis'><span class='pseudo'>Mireille B.</span><p>{C2}</p></div>"
)


@pytest.mark.parametrize(
    "heading",
    [
        "<h3>Vos réactions (2)</h3>",
        "<h2>2 réflexions sur « Namur adopte un budget de 312 millions »</h2>",
        "<h3>Une réaction</h3>",
        "<h3>Réactions : 2</h3>",
        "<header><h3>2 réactions</h3></header>",
    ],
)
def test_a_comment_section_headed_by_its_count_in_other_shapes_is_dropped(heading):
    text = _read(
        f"<article>{H1}<div class='texte'><p>{P1}</p><p>{P2}</p></div><div class='lecteurs'>{heading}{COMMENTS}</div></article>"
    ).text
    assert P2 in text and C1 not in text and C2 not in text


def test_a_body_headed_by_a_comment_count_at_its_top_stays():
    body = f"<header>{H1}</header><main><h4>3 commentaires</h4><div class='texte'><p>{P1}</p><p>{P2}</p><p>{P3}</p></div></main>"
    tree = html_page.parse(_page("<title>Budget</title>", body).decode())
    assert not html_article_end.without_counted_comments(tree)
    assert P1 in _read(body).text
