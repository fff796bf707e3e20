"""The kinds first met on the tenth batch of HTML pages (evaluation/data/html_pages10.md): "Lire aussi" as a
sentence's comparative, a show's theme-tune credit, a match sheet's scoring and officials' lines, a drop cap hidden
from screen readers, a converted PDF's lines of print, links left loose after a box's paragraphs; on invented lines
and pages, each next to the look-alike it must leave alone."""

import lxml.html
import pytest

from annotations.documents import read_document
from annotations.html_layout import with_drop_caps_shown, with_loose_ending_apart
from annotations.nlp.boilerplate import is_chrome
from annotations.print_lines import with_print_lines_joined

# Each line, and whether it is chrome.
LINES = {
    # "Lire aussi" / "Voir aussi" with an adverb and "que": a comparative, prose; the related links stay chrome
    "Lire aussi vite que les autres candidats n'a pas suffi à Léa, éliminée en demi-finale de la dictée.": False,
    "Voir aussi souvent que possible son médecin traitant reste le conseil de l'agence régionale de santé.": False,
    "Lire aussi facilement qu'un adulte, à six ans, reste rare selon l'orthophoniste.": False,
    "Lire aussi : Un nouveau pont sur la Vienne à Châtellerault en 2029": True,
    "À lire aussi Le marché de Noël de Colmar attire 1,5 million de visiteurs": True,
    "LIRE AUSSI. Les bouchons de l'A7 : la carte des points noirs": True,
    # a related headline opening on "Comment" or a capitalised adverb, a "que" further on: a link still
    "Lire aussi Comment Sète a attiré plus de croisiéristes que Marseille cet été": True,
    "À lire aussi Exactement ce que la réforme change pour les apprentis": True,
    "Voir aussi": True,
    # a theme tune's credit and its band, title-cased; not a sentence after the colon
    "Musique du générique : Les Cousins de Pontivy.": True,
    "Générique : Orchestre d'Harmonie de Dole": True,
    "Musique du générique : elle a été composée par des élèves du conservatoire.": False,
    # a match sheet's scoring and officials' lines; not a sentence counting tries or goals
    "Castres : 3 essais Martin (8e), Puech (33e), Diallo (79e), 3 transformations, 1 pénalité Rey.": True,
    "Stade Pierre-Fabre. Arbitre : M. Lacaze (Île-de-France). Spectateurs : 9 100.": True,
    "Castres : 3 essais en une mi-temps, du jamais vu cette saison.": False,
    "Stade de Reims : 2 buts Diallo (12e), Ito (77e), 1 coup franc Munetsi.": True,
    # a sentence's verb before the colon, or no team at all: a match report's prose
    "Lannemezan l'emporte : 2 essais Abadie (12e, 34e), 3 pénalités Soulé, et file en demi-finale.": False,
    "Au bout du compte : 3 essais, 2 transformations et une victoire bonifiée.": False,
    "Le bilan : 3 buts encaissés, 2 buts marqués et une qualification arrachée au bout du suspense.": False,
    "L'arbitre a été contesté. Spectateurs : les supporters ont sifflé jusqu'à la pause.": False,
    "Stade du Hameau. Arbitre : Mme Ortiz. Affluence : 11 800.": True,
    # a report's own lines under its score, the crowd counted unlabelled: read, as the report's sentences
    "Stade de la Meinau. 21 300 spectateurs. Arbitre : M. Kessler.": False,
    "Parc Lescure. Arbitre : M. Bordes. 7 950 spectateurs.": False,
    "Stade de la Meinau. Arbitre : M. Kessler. Spectateurs : 21 300.": True,
    # an interview's labels and answers: the referee not named, the crowd not counted
    "Arbitre : un métier de solitude ? Je l'ai appris tôt.": False,
    "Arbitre : Jamais. Je voulais jouer.": False,
    "Affluence : record battu. La tribune nord était pleine.": False,
}


@pytest.mark.parametrize("line, chrome", LINES.items())
def test_tenth_batch_lines_are_read_as_chrome_or_prose(line, chrome):
    assert is_chrome(line) is chrome


def text_after(fragment: str) -> str:
    tree = lxml.html.fromstring(f"<div>{fragment}</div>")
    with_drop_caps_shown(tree)
    for hidden in tree.xpath("//*[@aria-hidden='true']"):
        hidden.drop_tree()  # what trafilatura does with what stays hidden
    return " ".join(tree.text_content().split())


# Each fragment and what a reader of the extracted text gets: the drop cap shown, an icon or a word hidden stays out.
FRAGMENTS = (
    ('<p><span class="x" aria-hidden="true">L</span>es bénévoles arrivent.</p>', "Les bénévoles arrivent."),
    ('<p><span aria-hidden="true">À</span> 7 heures, la halle ouvre.</p>', "À 7 heures, la halle ouvre."),
    ('<p><button><span aria-hidden="true">▶</span> Écouter</button></p>', "Écouter"),
    ('<p>Le <span aria-hidden="true">L</span>abel bio.</p>', "Le abel bio."),  # not first in its paragraph
    ('<p><span aria-hidden="true">Nouveau</span> La halle ouvre.</p>', "La halle ouvre."),
    (
        '<p><span aria-hidden="true">Y</span> aller à vélo prend vingt minutes.</p>',
        "Y aller à vélo prend vingt minutes.",
    ),
    ('<p><span aria-hidden="true">É</span>té comme hiver, la halle ouvre.</p>', "Été comme hiver, la halle ouvre."),
    # an icon font's letter before a word of its own, a lower-case glyph: icons, hidden
    ('<p><span aria-hidden="true">X</span> Fermer la fenêtre</p>', "Fermer la fenêtre"),
    ('<p><i class="ico" aria-hidden="true">f</i> Partager sur Facebook</p>', "Partager sur Facebook"),
    ('<p><span aria-hidden="true">i</span>Horaires de la halle</p>', "Horaires de la halle"),
)


@pytest.mark.parametrize("fragment, text", FRAGMENTS)
def test_a_hidden_drop_cap_is_shown_not_an_icon_nor_a_word(fragment, text):
    assert text_after(fragment) == text


def print_line(top: int, css: str, text: str) -> str:
    return f'<p style="position:absolute;top:{top}px;left:60px;white-space:nowrap" class="{css}">{text}</p>'


CONVERTED = (
    "<!DOCTYPE html><html><head><title>lettre-info-mars-2027</title>"
    "<style>.ft0{font-size:26px;} .ft1{font-size:12px;} .ft2{font-size:9px;}</style></head><body>"
    '<div id="page1-div" style="position:relative;width:892px;height:1263px;">'
    + print_line(40, "ft2", "LA LETTRE DE PLOUGASTEL – MARS 2027")
    + print_line(90, "ft0", "La médiathèque ouvrira le dimanche")
    + print_line(150, "ft1", "À partir du 4 avril, la médiathèque accueillera le public")
    + print_line(166, "ft1", "chaque dimanche de 14 heures à 18 heures. L'essai durera")
    + print_line(182, "ft1", "six mois.")
    + print_line(210, "ft1", "Deux agents ont été recrutés pour assurer ces ouvertures, financées")
    + print_line(226, "ft1", "en partie par une aide de l'État de 40 000 euros.")
    + "</div></body></html>"
)


def test_a_converted_pdfs_lines_are_read_as_paragraphs_under_their_headline():
    document = read_document(CONVERTED.encode(), name="lettre.html")
    assert document.title == "La médiathèque ouvrira le dimanche"
    assert (
        "À partir du 4 avril, la médiathèque accueillera le public chaque dimanche de 14 heures à 18 heures. "
        "L'essai durera six mois.\n\nDeux agents ont été recrutés pour assurer ces ouvertures, financées en partie "
        "par une aide de l'État de 40 000 euros."
    ) in document.text


def test_a_few_placed_badges_are_no_converted_page():
    page = (
        "<html><head><title>Le port de Brest agrandit son terminal</title></head><body><article>"
        "<h1>Le port de Brest agrandit son terminal</h1>"
        '<span style="position:absolute;top:10px;left:10px">Exclusif</span>'
        "<p>Le port de Brest va agrandir son terminal à conteneurs de huit hectares d'ici à 2029, a annoncé la "
        "région lundi.</p><p>Les travaux, estimés à 60 millions d'euros, commenceront au printemps prochain "
        "après l'enquête publique.</p></article></body></html>"
    )
    document = read_document(page.encode(), name="port.html")
    assert document.title == "Le port de Brest agrandit son terminal"
    assert "a annoncé la région lundi.\n\nLes travaux" in document.text


def converted(*lines: tuple[int, int, str, str]) -> str:
    """A converted page of the lines (top, left, class, text), the headline in .ft0, the text in .ft1."""
    placed = "".join(
        f'<p style="position:absolute;top:{top}px;left:{left}px;white-space:nowrap" class="{css}">{text}</p>'
        for top, left, css, text in lines
    )
    return (
        "<!DOCTYPE html><html><head><title>p1</title><style>.ft0{font-size:24px;} .ft1{font-size:12px;}</style>"
        f'</head><body><div style="position:relative;width:892px;height:1263px;">{placed}</div></body></html>'
    )


def test_a_converted_pdfs_list_verse_and_table_cells_stay_lines_of_their_own():
    page = converted(
        (40, 60, "ft0", "Les chantiers de l'été à Pleyben"),
        (100, 60, "ft1", "Le conseil municipal a arrêté lundi le programme des chantiers de l'été suivant :"),
        (120, 60, "ft1", "• réfection de la rue du Calvaire ;"),
        (136, 60, "ft1", "• nouveau parking de la gare ;"),
        (160, 60, "ft1", "Lauréate du concours de l'école, Maëlle a écrit ces vers sur les chantiers du bourg :"),
        (184, 60, "ft1", "Les grues dorment sur la place"),
        (200, 60, "ft1", "Et la pluie lave le goudron"),
        (224, 60, "ft1", "Voirie"),
        (224, 300, "ft1", "310 000 euros"),
        (240, 60, "ft1", "Bâtiments"),
        (240, 300, "ft1", "95 000 euros"),
    )
    text = read_document(page.encode(), name="pleyben.html").text
    for line in ("• réfection de la rue du Calvaire ;", "Les grues dorment sur la place", "Voirie", "Bâtiments"):
        assert f"\n{line}\n" in text


def test_a_converted_pages_two_columns_are_joined_each_apart():
    left = ("La piscine de Carhaix rouvrira le 3 mars après", "huit mois de travaux sur sa toiture et ses", "bassins.")
    right = ("Le marché du samedi déménage place de la", "Mairie dès avril, le temps de rénover les", "halles.")
    rows = [
        (100 + 16 * row, edge, "ft1", text)
        for edge, column in ((60, left), (420, right))
        for row, text in enumerate(column)
    ]
    page = converted((40, 60, "ft0", "Deux nouvelles du canton"), *sorted(rows))
    text = read_document(page.encode(), name="canton.html").text
    assert "rouvrira le 3 mars après huit mois de travaux sur sa toiture et ses bassins." in text
    assert "déménage place de la Mairie dès avril, le temps de rénover les halles." in text


def test_an_ordinary_pages_placed_slides_and_badges_are_left_as_they_are():
    slides = "".join(
        f'<div class="slide" style="position:absolute;top:0px;left:0px">{title}</div>'
        for title in ("Le Tour passera par Albi", "Un musée à Rodez", "Les vendanges ont commencé")
    )
    badges = "".join(
        f'<div class="card"><div class="badge" style="position:absolute;top:8px;left:8px">{badge}</div>'
        f'<a href="/a{number}">Titre de la carte {number}</a></div>'
        for number, badge in enumerate(("Vidéo", "Exclusif", "Direct"))
    )
    page = lxml.html.fromstring(
        "<html><head><style>.slide{font-size:30px}.badge{font-size:11px}</style></head><body>"
        f'<div style="position:relative">{slides}</div><article><h1>Le Tarn investit dans ses collèges</h1>'
        "<p>Le Département a voté jeudi 45 millions d'euros pour rénover onze collèges d'ici à 2030.</p>"
        "<p>Les premiers chantiers commenceront l'été prochain à Gaillac et à Lavaur, a précisé son président.</p>"
        f"</article><aside>{badges}</aside></body></html>"
    )
    assert not with_print_lines_joined(page)
    assert len(page.xpath("//div[@class='slide']")) == 3


def apart(fragment: str) -> str:
    tree = lxml.html.fromstring(f"<body>{fragment}</body>")
    with_loose_ending_apart(tree)
    return lxml.html.tostring(tree, encoding="unicode")


def test_links_loose_after_a_boxs_paragraphs_go_apart_from_the_next_block():
    box = '<div><p>La suite est réservée à nos abonnés.</p> <a href="/abo">Je m\'abonne</a> <a href="/c">Connexion</a></div>'
    expected = '<p>La suite est réservée à nos abonnés.</p><div> <a href="/abo">Je m\'abonne</a> <a href="/c">Connexion</a></div>'
    assert expected in apart(box)


def test_a_label_before_its_paragraph_a_block_of_text_and_blocks_alone_stay_as_they_are():
    for fragment in (
        "<div><span>Publireportage</span><p>Votre crédit au meilleur taux, en trois clics.</p></div>",
        '<div>Le marché a lieu <a href="/m">place du Martray</a> le samedi.</div>',
        "<div><p>Premier paragraphe.</p> <p>Second paragraphe.</p></div>",
        '<div><p>Légende.</p> <img src="/a.jpg"> </div>',
        "<div><p>Le texte.</p><script>var x = 1;</script> <a>Lien</a></div>",
    ):
        assert apart(fragment) == lxml.html.tostring(
            lxml.html.fromstring(f"<body>{fragment}</body>"), encoding="unicode"
        )
