"""The kinds of markup and chrome first met on the fourth batch of HTML pages (evaluation/data/html_pages4.md):
a headline named by microdata only, a title with the site's name beside it, teaser `<article>` cards, a
signature with a dangling separator, a long read's funding line and end mark; on invented pages and lines,
each next to the look-alike it must leave alone."""

import pytest

from annotations import html_page, html_standfirst, html_teasers
from annotations.documents import read_document
from annotations.nlp.boilerplate import is_chrome
from annotations.nlp.bylines import is_byline
from annotations.nlp.normalise import normalise

HEADLINE = "Saint-Flour : le marché couvert rouvrira en mai après deux ans de travaux"
STANDFIRST = "Les commerçants retrouveront leurs étals le 2 mai. La rénovation a coûté 3,1 millions d'euros."
PARAGRAPHS = (
    "La halle de la place d'Armes était fermée depuis l'effondrement d'une partie de sa charpente en mars 2025, "
    "après un hiver très enneigé.",
    "Quatorze commerçants ont déjà signé leur bail, dont trois fromagers et deux bouchers, selon l'adjointe au "
    "commerce de la ville.",
    "La mairie prévoit aussi un marché de producteurs le dimanche matin, de mai à octobre, sous la halle rénovée.",
)
BODY = "".join(f"<p>{paragraph}</p>" for paragraph in PARAGRAPHS)


def test_a_headline_named_by_microdata_is_the_headline_and_its_lost_standfirst_comes_back():
    html = f"""<html lang="fr"><head><title>Commerce – La Voix du Cantal</title>
<meta property="og:site_name" content="La Voix du Cantal"></head><body><div itemscope itemtype="https://schema.org/NewsArticle">
<div class="titre"><span itemprop="headline">{HEADLINE}</span></div><div class="auteur">Jean Vidal</div>
<div class="resume" itemprop="description">{STANDFIRST}</div><div itemprop="articleBody">{BODY}</div></div></body></html>"""
    tree = html_page.parse(html)
    element = html_page.headline(tree, "\n\n".join(PARAGRAPHS), site_name="La Voix du Cantal")
    assert element is not None and element.get("itemprop") == "headline"
    assert html_standfirst.lost_standfirst(element, "\n\n".join(PARAGRAPHS)) == STANDFIRST


def test_a_short_microdata_name_is_no_headline():
    html = f"""<html lang="fr"><head><title>Commerce</title></head><body><div itemscope>
<span itemprop="headline">Commerce</span>{BODY}</div></body></html>"""
    assert html_page.headline(html_page.parse(html), "\n\n".join(PARAGRAPHS), site_name=None) is None


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (f"{HEADLINE} | La Voix du Cantal", HEADLINE),
        (f"La Voix du Cantal - {HEADLINE}", HEADLINE),
        # the site's part not named anywhere and no shorter than the other: kept whole
        ("Commerce | La Voix du Cantal", "Commerce | La Voix du Cantal"),
        ("Saint-Flour : le marché couvert", "Saint-Flour : le marché couvert"),
    ],
)
def test_a_title_loses_the_sites_name_beside_it(title, expected):
    tree = html_page.parse(f"<html><head><title>{title}</title></head><body><p>x</p></body></html>")
    assert html_page.title_without_site(tree, title, "La Voix du Cantal") == expected


def test_a_page_without_a_shown_headline_is_titled_by_its_title_without_the_site():
    html = f"""<html lang="fr"><head><title>{HEADLINE} | La Voix du Cantal</title></head><body>
<div class="logo">La Voix du Cantal</div><div class="texte">{BODY}</div></body></html>"""
    assert read_document(html.encode(), name="page.html").title == HEADLINE


def teaser_page(cards: int, words: int = 12) -> str:
    excerpt = " ".join(["Une excursion"] + ["longue"] * (words - 3) + ["prévue."])
    teasers = "".join(
        f"<article><h3>Autre titre numéro {number} de la rubrique</h3><p>{excerpt} {number}</p></article>"
        for number in range(cards)
    )
    return f"""<html lang="fr"><body><main><div><h1>{HEADLINE}</h1>{BODY}</div>
<section><h2>D'autres articles</h2>{teasers}</section></main></body></html>"""


def test_a_teaser_cards_excerpt_goes_the_article_stays():
    tree = html_page.parse(teaser_page(2))
    element = html_page.headline(tree, "", site_name=None)
    excerpt = "Une excursion " + "longue " * 9 + "prévue. 1"
    text = "\n\n".join([f"# {HEADLINE}", *PARAGRAPHS, excerpt])
    assert html_teasers.without_teasers(element, text) == "\n\n".join([f"# {HEADLINE}", *PARAGRAPHS])


def test_long_articles_and_articles_that_are_most_of_the_text_stay():
    # an <article> of more than sixty words is a story, not a teaser
    tree = html_page.parse(teaser_page(1, words=70))
    excerpt = "Une excursion " + "longue " * 67 + "prévue. 0"
    text = "\n\n".join([*PARAGRAPHS, excerpt])
    assert html_teasers.without_teasers(html_page.headline(tree, "", site_name=None), text) == text
    # a live blog's posts: short <article>s that are most of the page's text
    tree = html_page.parse(teaser_page(6))
    excerpts = ["Une excursion " + "longue " * 9 + f"prévue. {number}" for number in range(6)]
    text = "\n\n".join([PARAGRAPHS[0], *excerpts])
    assert html_teasers.without_teasers(html_page.headline(tree, "", site_name=None), text) == text


@pytest.mark.parametrize(
    ("line", "byline"),
    [
        ("La rédaction de Murat –", True),
        ("Un reportage de Anne Roux et Luc Vidal ·", True),
        ("La rédaction de Murat", True),
        ("La rédaction de Murat a choisi de couvrir le procès –", False),
        ("Saint-Flour -", False),
        ("Un reportage de Anne Roux et Luc Vidal a été primé à Bayeux ·", False),
    ],
)
def test_a_signature_with_a_dangling_separator_is_a_byline(line, byline):
    assert is_byline(line) == byline


@pytest.mark.parametrize(
    ("line", "chrome"),
    [
        ("Ce grand format a été réalisé avec le soutien du fonds régional pour l'innovation des médias.", True),
        ("Ce dossier a été produit grâce au soutien de la fondation Lumière.", True),
        ("Ce documentaire a été réalisé avec le soutien du Centre national du cinéma.", False),
        ("Ce dossier a été transmis au parquet avec le soutien de la mairie.", False),
        ("Fin de notre enquête.", True),
        ("Fin de notre série", True),
        ("Fin de la série pour les Aurillacois, battus à domicile.", False),
    ],
)
def test_a_long_reads_funding_and_end_mark_are_chrome(line, chrome):
    assert is_chrome(normalise(line)) == chrome


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (f"{HEADLINE} | L’Écho du Cantal", HEADLINE),  # shaped as a publication's name
        # no site declared, and the shorter half a phrase of the headline: the title kept whole
        (
            "Incendie dans un entrepôt à Lyon - trois blessés légers",
            "Incendie dans un entrepôt à Lyon - trois blessés légers",
        ),
        (
            "Budget 2027 de la ville - 12 millions pour les écoles",
            "Budget 2027 de la ville - 12 millions pour les écoles",
        ),
    ],
)
def test_a_title_with_no_declared_site_loses_only_a_part_shaped_as_a_site(title, expected):
    tree = html_page.parse(f"<html><head><title>{title}</title></head><body><p>x</p></body></html>")
    assert html_page.title_without_site(tree, title, None) == expected
