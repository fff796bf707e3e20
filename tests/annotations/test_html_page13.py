"""The kinds first met on the thirteenth batch of HTML pages (evaluation/data/html_pages13.md): a paywalled page's
whole body in its JSON-LD, a card link glued and loose between two paragraphs, a box's text under a short heading
taken for a lost standfirst, a gallery's long captions under its counters; on invented lines and pages, each next
to the look-alike it must leave alone."""

import json

from annotations import html_json_body, html_layout, html_page, html_standfirst
from annotations.documents import read_document
from annotations.nlp.page_lists import media_captions

DECLARED = [
    "Le syndicat des eaux du Vexin a voté mardi une hausse de 9 % du prix du mètre cube, la première depuis 2019, pour "
    "financer le remplacement de 40 kilomètres de canalisations.",
    "Les élus de l'opposition ont demandé un tarif social pour les foyers les plus modestes. Le président du syndicat "
    "a promis d'étudier la question avant l'été.",
    "La facture moyenne d'un foyer de quatre personnes passera de 480 à 523 euros par an.",
]


def _page(declared: list[str], shown: str) -> str:
    data = {"@context": "https://schema.org", "@type": "NewsArticle", "articleBody": "\n\n".join(declared)}
    return (
        f'<html lang="fr"><head><title>Eau</title><script type="application/ld+json">{json.dumps(data)}</script>'
        f"</head><body><article><h1>Le prix de l'eau augmente de 9 % dans le Vexin</h1>{shown}"
        "<div class='paywall'><p>Cet article est réservé aux abonnés.</p></div></article></body></html>"
    )


def test_a_paywalled_page_is_read_whole_from_its_json_ld_body():
    shown = f"<p>{DECLARED[0]}</p><div class='fade'><p>Les élus de l'opposition ont demandé un tarif so</p></div>"
    text = read_document(_page(DECLARED, shown).encode(), name="eau.html").text
    assert DECLARED[2] in text and DECLARED[1] in text
    assert "tarif so\n" not in text and text.count("Les élus de l'opposition") == 1


def test_a_json_ld_body_shown_whole_or_a_summary_or_another_text_changes_nothing():
    paragraphs = "\n\n".join(DECLARED)
    tree = html_page.parse(_page(DECLARED, ""))
    assert html_json_body.with_declared_body(tree, paragraphs) == paragraphs  # shown whole
    summary = html_page.parse(_page(DECLARED[:1], ""))  # a wire's summary: its first paragraph only
    assert html_json_body.with_declared_body(summary, DECLARED[0]) == DECLARED[0]
    other = "Le conseil départemental a adopté son budget jeudi soir, en hausse de 3 % sur un an."
    assert html_json_body.with_declared_body(tree, other) == other  # the page shows another text


LINK_CARD = (
    "<html><body><div class='body'><p>Le tribunal administratif a suspendu jeudi l'arrêté du maire interdisant la "
    "mendicité dans le centre-ville.</p>"
    "<a href='/x'><span>À lire aussi</span><span>Mendicité : la préfecture saisit le juge</span></a>"
    "<p>La commune dispose de quinze jours pour faire appel.</p></div></body></html>"
)


def test_a_card_link_between_two_paragraphs_is_set_apart_and_its_parts_spaced():
    tree = html_page.parse(LINK_CARD)
    assert html_layout.with_link_cards_apart(tree)
    card = tree.find(".//a")
    assert card.getparent().tag == "div" and card.getparent().getparent().get("class") == "body"
    assert " ".join(card.text_content().split()) == "À lire aussi Mendicité : la préfecture saisit le juge"


def test_a_link_in_a_sentence_a_drop_cap_or_a_link_with_its_own_text_stays():
    for html in (
        "<p>Voir <a href='/a'>le <b>rapport</b> complet</a> en ligne.</p>",  # own text around its element
        "<p><a href='/b'><span>L</span><span>e budget</span></a> est voté.</p>",  # a letter, a drop cap's
        "<p><a href='/c'><span>Lire</span> <span>la suite</span></a></p>",  # spaced already
    ):
        tree = html_page.parse(f"<html><body>{html}</body></html>")
        assert not html_layout.with_link_cards_apart(tree)


def _standfirst(between: str) -> str | None:
    page = (
        "<html><body><article><h1>Les glaciers alpins ont perdu 4 % de leur volume en un an</h1>"
        f"{between}<div class='texte'><p>Les relevés de l'été montrent une fonte record sur les glaciers "
        "suisses et français, selon le réseau de surveillance.</p></div></article></body></html>"
    )
    tree = html_page.parse(page)
    element = html_page.headline(tree, "", site_name=None)
    body = "Les relevés de l'été montrent une fonte record sur les glaciers suisses et français, selon le réseau de surveillance."
    return html_standfirst.lost_standfirst(element, body)


def test_a_box_under_a_short_heading_is_no_standfirst():
    disclosure = (
        "<div class='box'><h2>Conflits d'intérêts</h2><p>L'auteur a reçu des financements d'un fonds public "
        "de recherche pour ses travaux sur les glaciers.</p></div>"
    )
    assert _standfirst(disclosure) is None


def test_a_standfirst_under_the_headline_or_under_a_subtitle_sentence_comes_back():
    lead = "Le recul s'accélère depuis dix ans, et les scientifiques redoutent la disparition des petits glaciers."
    assert _standfirst(f"<p class='chapo'>{lead}</p>") == lead
    subtitle = "<h2>Un été de fonte record dans les Alpes.</h2>"
    assert _standfirst(f"{subtitle}<p class='chapo'>{lead}</p>") == lead


CAPTION = (
    "Les bénévoles trient les dons au gymnase Jean-Moulin, samedi matin. Plus de deux tonnes de vêtements ont été "
    "collectées en une journée."
)


def test_a_gallerys_long_caption_under_one_of_its_counters_is_chrome():
    bodies = ["1 / 3", CAPTION, "2 / 3", "La file d'attente devant l'entrée, vers 10 heures.", "3 / 3", CAPTION]
    kinds = ["boilerplate", "paragraph", "boilerplate", "paragraph", "boilerplate", "paragraph"]
    assert media_captions(bodies, kinds) == [1, 3, 5]


def test_a_paragraph_under_a_lone_counter_or_a_quotation_under_a_counter_stays():
    assert media_captions(["2 / 3", CAPTION], ["boilerplate", "paragraph"]) == []  # no run of counters
    quoted = "« On n'avait jamais vu autant de monde », raconte une bénévole. La collecte reprendra en mars."
    bodies = ["1 / 2", quoted, "2 / 2", quoted]
    assert media_captions(bodies, ["boilerplate", "paragraph"] * 2) == []


# Review (rev-html13): look-alikes of the four kinds, on invented pages and lines.

BUDGET = [
    "Le conseil municipal de Plouay a adopté lundi soir un budget de 9 millions d'euros, en hausse de 4 % sur un an, "
    "malgré l'abstention de l'opposition.",
    "La hausse tient surtout à la rénovation de la salle omnisports, dont le chantier doit commencer au printemps.",
    "Les taux de la taxe foncière restent inchangés pour la troisième année consécutive, a rappelé l'adjointe.",
    "Le prochain conseil se tiendra le 12 février, avec à l'ordre du jour la tarification des cantines.",
]


def test_a_json_ld_body_differing_from_a_page_shown_whole_changes_nothing():
    shown = "\n\n".join(BUDGET)
    with_line = [*BUDGET[:2], "Lire aussi : Lorient relève ses tarifs de stationnement", *BUDGET[2:]]
    edited = [*BUDGET[:3], "Le prochain conseil se tiendra le 5 février."]
    for declared in (with_line, edited):
        tree = html_page.parse(_page(declared, ""))
        assert html_json_body.with_declared_body(tree, shown) == shown


def test_a_paywall_still_yields_the_hidden_paragraphs_after_its_chrome():
    shown = f"{BUDGET[0]}\n\nLa hausse tient surtout à la rénov\n\nIl vous reste 80 % de cet article à lire."
    text = html_json_body.with_declared_body(html_page.parse(_page(BUDGET, "")), shown)
    assert BUDGET[3] in text and "rénov\n" not in text


def test_a_link_in_a_sentence_keeps_its_parts_glued():
    for html in (
        "<p>Le tirage de l'<a href='/e'><b>Euro</b><i>millions</i></a> a fait un gagnant à Morlaix.</p>",
        "<p>Le rapport est en ligne sur le site de la <a href='/c'><strong>Cour</strong><em>des comptes</em></a>.</p>",
    ):
        tree = html_page.parse(f"<html><body><div>{html}</div></body></html>")
        assert not html_layout.with_link_cards_apart(tree)
    card = "<li><a href='/x'><span>Football</span><span>Le Stade brestois s'impose à Lens</span></a></li>"
    assert html_layout.with_link_cards_apart(html_page.parse(f"<html><body><ul>{card}</ul></body></html>"))


def test_a_short_subtitle_under_the_headline_keeps_the_standfirst_a_box_right_under_it_does_not():
    lead = "Le recul s'accélère depuis dix ans, et les scientifiques redoutent la disparition des petits glaciers."
    assert _standfirst(f"<h2>Le Rhône sans glacier</h2><p class='chapo'>{lead}</p>") == lead
    assert _standfirst(f"<div class='encadre'><h3>Repères</h3><p>{lead}</p></div>") is None
    byline = "<div class='meta'><span>Par Léa Morand</span></div>"
    assert _standfirst(f"{byline}<h2>Le Rhône sans glacier</h2><p class='chapo'>{lead}</p>") is None  # left


def test_marks_out_of_one_total_are_no_gallery_counters():
    review = "La Table du port mise sur le poisson de la criée voisine. Le service est parfois lent en été."
    kinds = ["boilerplate", "paragraph"] * 3
    assert media_captions(["4 / 5", CAPTION, "3 / 5", review, "4 / 5", CAPTION], kinds) == []
    short = "Le service est parfois lent en été."
    assert media_captions(["12 / 20", CAPTION, "15 / 20", short], kinds[:4]) == [3]  # a short line stays a caption
    assert media_captions(["2 / 4", CAPTION, "3 / 4", CAPTION], kinds[:4]) == [1, 3]  # a gallery seen from slide 2
