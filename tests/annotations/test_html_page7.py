"""The kinds first met on the seventh batch of HTML pages (evaluation/data/html_pages7.md): a live blog's posts with
a title, a body written straight in a block over its comments, a gallery's counters and captions, a dispatch's
agency after its last sentence, bylines and credits set off by dashes or stops, a name and its date, a podcast's
chapters and a transcript's speaker lines, a sponsored box, the site's notices and
pitches, an interviewer giving back the guest's words; on invented lines and pages, each next to the look-alike
it must leave alone."""

import pytest

from annotations import glued_lines
from annotations.documents import read_document
from annotations.nlp.boilerplate import is_chrome
from annotations.nlp.bylines import is_byline, is_long_byline
from annotations.nlp.segment import find_blocks

HEADLINE = "Tempête dans le Cotentin : le port de Barfleur fermé deux jours"
POSTS = (
    "Les vents ont atteint 140 km/h à la pointe de Barfleur dans la nuit, selon les relevés de Météo-France.",
    "La préfecture maritime interdit toute sortie en mer jusqu'à mardi midi pour les navires de moins de 12 mètres.",
    "Une centaine de foyers restent privés d'électricité à Saint-Vaast-la-Hougue, indique le gestionnaire du réseau.",
)


def _kinds(text: str) -> list[tuple[str, str]]:
    return [(block.kind, text[block.start : block.end]) for block in find_blocks(text, "markdown")]


LEAD = "La tempête Ciarán frappe le nord du Cotentin depuis dimanche soir. Suivez la situation en direct."


def _live_page(posts: str) -> str:
    return (
        f"<html lang=fr><head><title>{HEADLINE}</title></head><body><main><h1>{HEADLINE}</h1><p>{LEAD}</p>"
        f"<div class=feed>{posts}</div></main></body></html>"
    )


def test_a_live_blogs_post_with_a_title_is_a_post_not_a_teaser():
    posts = (
        f"<article><time>18:40</time><p>{POSTS[0]}</p></article>"
        f"<article><time>17:55</time><h3>Des rafales record</h3><p>{POSTS[1]}</p></article>"
        f"<article><time>17:10</time><p>{POSTS[2]}</p></article>"
    )
    text = read_document(_live_page(posts).encode(), name="page.html").text
    assert all(post in text for post in POSTS)


def test_teaser_cards_each_with_its_title_still_go():
    cards = "".join(
        f"<article><h3>Autre titre numéro {number} sur la côte</h3><p>Un résumé de la carte numéro {number} "
        "pour la lire plus tard.</p></article>"
        for number in range(3)
    )
    body = "".join(f"<p>{post}</p>" for post in POSTS)
    html = (
        f"<html lang=fr><body><main><article><h1>{HEADLINE}</h1>{body}</article>"
        f"<section><h2>À lire</h2>{cards}</section></main></body></html>"
    )
    text = read_document(html.encode(), name="page.html").text
    assert "Un résumé de la carte numéro 1" not in text


def test_a_comment_under_a_body_written_with_brs_is_no_lost_standfirst():
    comment = "Il faudrait surtout réparer la digue avant l'hiver prochain, sinon tout recommencera en mars."
    html = (
        f"<html lang=fr><body><div class=art><h1>{HEADLINE}</h1><div class=texte>{POSTS[0]}<br><br>{POSTS[1]}"
        f"<br><br><div class=video>Vidéo</div>{POSTS[2]}<br></div><div class=commentaires><h4>Commentaires</h4>"
        f"<div class=com><span>Marc</span><p>{comment}</p></div></div></div></body></html>"
    )
    text = read_document(html.encode(), name="page.html").text
    assert comment not in text.split(POSTS[0])[0]


def test_a_dispatchs_agency_goes_on_a_line_of_its_own():
    assert glued_lines.with_links_apart("Le trafic reprendra lundi. (AFP)") == "Le trafic reprendra lundi.\n\n(AFP)"
    assert glued_lines.with_links_apart("Les prix baissent. (ATS/AFP)").endswith("\n\n(ATS/AFP)")
    # a caption's archive mark, and a bracket inside the sentence, stay
    assert glued_lines.with_links_apart("Le port en 1985. (Archives)") == "Le port en 1985. (Archives)"
    assert glued_lines.with_links_apart("Selon l'agence (AFP), le trafic reprend.").count("\n") == 0


def test_a_gallerys_counter_and_the_caption_under_it_are_chrome():
    text = glued_lines.with_links_apart(
        "Deux paragraphes d'introduction sur la fête du hareng, qui a réuni 8 000 visiteurs à Fécamp samedi.\n\n"
        "Le maire a salué une édition record, malgré la pluie tombée en fin de journée sur le port.\n\n"
        "Voir la galerie en plein écran\n2 / 8\nLes bateaux de pêche ont défilé dans le bassin Bérigny."
    )
    kinds = _kinds(text)
    assert ("boilerplate", "2 / 8") in kinds
    assert ("boilerplate", "Voir la galerie en plein écran") in kinds
    assert ("boilerplate", "Les bateaux de pêche ont défilé dans le bassin Bérigny.") in kinds


@pytest.mark.parametrize(
    ("line", "long_byline"),
    [
        ("Publié le jeudi 5 mars 2026 à 09h12 - Mis à jour le jeudi 5 mars 2026 à 11h40", True),
        ("Photos : Inès Caradec - Texte : Paul Lemaire", True),
        ("Par Awa Traoré, au stade de Kégué – Samedi 7 mars 2026 à 18h00", True),
        ("Production : Radio Bocage. Réalisation : Inès Caradec. Musique : Studio Marée.", True),
        # a byline then a sentence, a date then a sentence
        ("Réalisation : Inès Caradec. Le documentaire sort mercredi en salles.", False),
        ("Publié le 5 mars 2026 - le maire répond aux critiques de l'opposition", False),
    ],
)
def test_bylines_and_credits_set_off_by_dashes_or_stops(line, long_byline):
    assert is_long_byline(line, 16) is long_byline


@pytest.mark.parametrize(
    ("line", "byline"),
    [
        ("Awa Traoré 07 mars 2026", True),
        ("Paul Lemaire 12 janv. 2027 à 10:05", True),
        # a saint's day and a headline with a date
        ("Jeudi 5 mars — Sainte Olive", False),
        ("Marie Curie 7 novembre 1867 naissance", False),
    ],
)
def test_a_name_and_its_date_on_one_line(line, byline):
    assert is_byline(line) is byline


# Chrome first met on this batch: a podcast's chapters, a transcript's speaker lines, a source line, the page's
# and the site's notices and pitches.
CHROME = (
    "07:45 Pourquoi les hérissons traversent-ils les routes ?",
    "00:00 Introduction",
    "Inès Caradec 00:12:40",
    "Avec les informations de Paul Lemaire",
    "Cette page est actualisée régulièrement.",
    "Ce direct est mis à jour toutes les dix minutes.",
    "Cet article est une dépêche de l'agence Belga.",
    "Voir toute la galerie",
    "MISE À JOUR : ajoute la réaction du maire (3e paragraphe).",
    "Résumé rédigé par notre équipe éditoriale.",
    "Votre avis nous intéresse : faut-il limiter la vitesse sur la rocade ?",
    "Loyers, charges, travaux : toutes les réponses à vos questions dans notre guide.",
    "Profitez de nos séjours en bord de mer, à partir de 49 € la nuit.",
    "Consultez notre charte de modération.",
)
# Their look-alikes: a live post has its stop; news about information, a law's article, a headline on the
# electoral roll, a summary in the news, a price in a report, advice to the reader.
PROSE = (
    "16:05 Le maire a ouvert le gymnase pour accueillir les sinistrés.",
    "Avec les informations de la préfecture, le maire a décidé de fermer l'école.",
    "Cet article de loi prévoit une amende de 135 euros.",
    "Mise à jour des listes électorales : 1 200 nouveaux inscrits à Cherbourg.",
    "Le résumé produit par le logiciel contenait plusieurs erreurs, reconnaît l'université.",
    "Chez le primeur, les fraises se vendent à partir de 6 € la barquette.",
    "Consultez votre médecin si la fièvre dure plus de trois jours.",
)


@pytest.mark.parametrize("line", CHROME)
def test_chapters_speaker_lines_notices_and_pitches_are_chrome(line):
    assert is_chrome(line)


@pytest.mark.parametrize("line", PROSE)
def test_their_look_alikes_are_prose(line):
    assert not is_chrome(line)


def test_an_interviewer_giving_back_the_guests_words_is_no_question_to_the_reader():
    assert not is_chrome("Vous dites que les digues ne tiendront pas dix ans de plus ?")
    assert is_chrome("Vous avez été témoin de la tempête ?")


def test_a_question_answered_on_the_next_line_is_an_interviews():
    assert not is_chrome("Vous attendiez-vous à une telle tempête ?", "Non, personne ne l'avait prévue à ce point.")
    assert is_chrome("Vous attendiez-vous à une telle tempête ?", "Écrivez-nous à la rédaction.")


def test_a_sponsored_boxs_text_is_chrome_the_paragraph_under_a_lone_label_is_not():
    paragraphs = "\n\n".join(POSTS)
    under = "Les pêcheurs de Barfleur demandent une aide de l'État pour les deux jours perdus, selon leur comité."
    text = f"{paragraphs}\n\nPublireportage\nVotre cuisine rénovée en dix jours : demandez un devis.\n\n"
    text += f"Contenu sponsorisé\n\n{under}"
    kinds = _kinds(text)
    assert any(kind == "boilerplate" and body.startswith("Publireportage") for kind, body in kinds)
    assert ("paragraph", under) in kinds


FILLER = ("Vrez tolpik ansuré qomil dertu fasqi bolné trivah sunel.", "Lorem ipsum dolor sit amet, consectetur elit.")
# Prose with few function words, a list of dishes: no filler, above a paywall's cut too.
NOT_FILLER = (
    "Trempés, transis, épuisés : rien n'y fait, répètent-ils, résignés.",
    "Au menu : soupe, poisson, fromage, salade, tarte, café, vin, digestif.",
)


@pytest.mark.parametrize(
    ("line", "filler"), [*((line, True) for line in FILLER), *((line, False) for line in NOT_FILLER)]
)
def test_a_paywalls_filler_above_its_cut_is_chrome(line, filler):
    text = "\n\n".join([*POSTS, line, "Il vous reste 85 % de cet article à lire."])
    assert (("boilerplate", line) in _kinds(text)) is filler


def test_a_line_without_function_words_far_from_a_paywall_stays():
    """A quotation in Basque, whose function words the rule does not know, inside the article."""
    quotation = "Hizkuntza galtzen bada, herria galtzen da betiko, esan zuen idazleak."
    text = "\n\n".join([POSTS[0], quotation, *POSTS[1:], "Il vous reste 85 % de cet article à lire."])
    assert ("paragraph", quotation) in _kinds(text)
