"""The kinds first met on the fifteenth batch of HTML pages (evaluation/data/html_pages15.md): a headline taken for the
site's name, a label inside the `<h1>` that the page's `<title>` keeps, the rest of a subscribers' article hidden by
style, a comment section that trafilatura does not know by its class; on invented pages, each next to the look-alike
it must leave alone."""

from annotations import html_article_end, html_page
from annotations.documents import read_document

SHOWN = "Le conseil départemental a voté lundi la fermeture du collège Jean-Moulin à la rentrée 2028, faute d'élèves."
HIDDEN_ONE = (
    "Les 212 élèves actuels seront répartis entre les collèges de Salers et de Mauriac, à vingt minutes de car."
)
HIDDEN_TWO = (
    "Les parents d'élèves ont annoncé un recours devant le tribunal administratif de Clermont-Ferrand dès janvier."
)


def _page(head: str, body: str) -> bytes:
    return f"<html lang='fr'><head>{head}</head><body>{body}</body></html>".encode()


def test_a_headline_part_holding_a_full_stop_is_not_the_sites_name():
    # trafilatura takes the title's part holding a full stop for a domain's name, here the headline itself
    page = _page(
        "<title>VIDÉO. Crue de la Garonne : Agen ferme ses quais pour la nuit - Sud Gascogne</title>",
        "<header><a href='/'>Sud Gascogne</a></header><article><h1>VIDÉO. Crue de la Garonne : Agen ferme ses quais"
        f" pour la nuit</h1><p>{SHOWN}</p><p>{HIDDEN_ONE}</p></article>",
    )
    document = read_document(page, name="agen.html")
    assert document.title == "VIDÉO. Crue de la Garonne : Agen ferme ses quais pour la nuit"
    assert document.publisher != document.title


def test_a_short_title_part_stays_the_sites_name():
    tree = html_page.parse("<html><head><title>Incendie à Aurillac - cantal.info</title></head><body></body></html>")
    assert html_page.site_name(tree, "cantal.info") == "cantal.info"
    assert html_page.site_name(tree, None) is None


def test_a_label_inside_the_h1_is_left_out_when_a_declared_title_names_the_rest_alone():
    head = (
        "<title>EN DIRECT. Tempête Ciaran : 40 000 foyers privés d'électricité - Ouest Matin</title>"
        '<script type="application/ld+json">{"@type": "LiveBlogPosting", "headline": "Tempête Ciaran : 40 000 foyers'
        " privés d'électricité\"}</script>"
    )
    body = f"<h1><span class='badge'>EN DIRECT</span> Tempête Ciaran : 40 000 foyers privés d'électricité</h1><p>{SHOWN}</p>"
    tree = html_page.parse(_page(head, body).decode())
    assert html_page.shown_headline(tree.find(".//h1"), tree) == "Tempête Ciaran : 40 000 foyers privés d'électricité"


def test_a_label_that_no_declared_title_leaves_out_stays_in_the_headline():
    head = "<title>EN DIRECT. Tempête Ciaran : 40 000 foyers privés d'électricité - Ouest Matin</title>"
    body = f"<h1><span class='badge'>EN DIRECT</span> Tempête Ciaran : 40 000 foyers privés d'électricité</h1><p>{SHOWN}</p>"
    tree = html_page.parse(_page(head, body).decode())
    shown = html_page.shown_headline(tree.find(".//h1"), tree)
    assert shown == "EN DIRECT Tempête Ciaran : 40 000 foyers privés d'électricité"


SHOWN_TWO = "La décision a été prise par 31 voix contre 12, après trois heures de débat dans l'hémicycle d'Aurillac."


def test_the_rest_of_a_subscribers_article_hidden_by_style_is_read():
    for hiding in ("style='display: none'", "style='margin:0;display:none'", "hidden"):
        body = (
            f"<article><h1>Le collège Jean-Moulin fermera en 2028</h1><div class='corps'><p>{SHOWN}</p><p>{SHOWN_TWO}</p>"
            "<div class='offre'><p>La suite est réservée à nos abonnés.</p><a>Je m'abonne</a></div>"
            f"<div class='suite' {hiding}><p>{HIDDEN_ONE}</p><p>{HIDDEN_TWO}</p></div></div></article>"
        )
        text = read_document(_page("<title>Collège</title>", body), name="college.html").text
        assert HIDDEN_ONE in text and HIDDEN_TWO in text, hiding


def test_a_hidden_panel_after_no_paragraph_stays_hidden():
    body = (
        f"<article><h1>Le collège Jean-Moulin fermera en 2028</h1><p>{SHOWN}</p></article>"
        "<div id='reglages'><div class='panneau' hidden><p>Les traceurs de mesure d'audience nous aident à savoir quels"
        " articles vous lisez le plus souvent.</p><p>Les traceurs publicitaires permettent de vous montrer des annonces"
        " adaptées à vos centres d'intérêt.</p></div></div>"
    )
    tree = html_page.parse(_page("<title>Collège</title>", body).decode())
    assert not html_article_end.with_hidden_rest_shown(tree)
    assert tree.find(".//div[@class='panneau']").get("hidden") is not None


def test_a_comment_section_headed_by_its_count_is_dropped():
    body = (
        f"<article><h1>Le collège Jean-Moulin fermera en 2028</h1><div class='texte'><p>{SHOWN}</p><p>{HIDDEN_ONE}</p>"
        "</div><div class='avis-lecteurs'><h3>3 réactions à cet article</h3><div class='avis'><span>Jeannot15</span>"
        "<p>Encore une fermeture dans nos campagnes, après la poste et la maternité, il ne restera bientôt plus rien."
        "</p></div><div class='avis'><span>Martine C.</span><p>Vingt minutes de car matin et soir pour des enfants de"
        " onze ans, ce n'est pas raisonnable.</p></div></div></article>"
    )
    text = read_document(_page("<title>Collège</title>", body), name="college.html").text
    assert HIDDEN_ONE in text
    assert "Encore une fermeture" not in text and "Vingt minutes de car" not in text


def test_a_section_headed_by_a_figure_of_reactions_in_prose_stays():
    # a heading of the article's own that counts reactions inside a sentence, and a count heading over the article
    page = (
        "<html><body><article><h1>Le collège Jean-Moulin fermera en 2028</h1><section><h2>Les réactions des élus</h2>"
        f"<p>{SHOWN}</p></section><section><h2>212 élèves concernés</h2><p>{HIDDEN_ONE}</p></section></article>"
        "<div><h2>2 commentaires</h2><h1>Un autre titre de page ici</h1><p>Un texte.</p></div></body></html>"
    )
    tree = html_page.parse(page)
    assert not html_article_end.without_counted_comments(tree)
    assert len(tree.findall(".//section")) == 2
