"""The review of the fourteenth batch's rules (evaluation/README.md, html_pages14, "Reviewed:"): custom elements in
running text beside a link or a shadow root, a pdf2htmlEX page's clip boxes, its dashes inside a sentence and a
masthead in the biggest type, a "signature" class that names no forum's signature; on invented pages, each beside
the case the rule keeps."""

from annotations import html_custom_elements, html_layout, html_page, html_pdf_lines


def _body(page: str):
    return html_page.parse(f"<html><body>{page}</body></html>")


def test_a_custom_element_after_a_link_or_bold_words_stays_in_its_line():
    tree = _body("<div>Le pont rouvrira, selon <a href='/a'>la préfecture</a> <source-ref>de Namur</source-ref></div>")
    assert not html_custom_elements.with_custom_blocks(tree)
    assert tree.find(".//source-ref") is not None
    tree = _body("<div><b>Alerte :</b> <flood-level>la Meuse déborde à Dinant</flood-level></div>")
    assert not html_custom_elements.with_custom_blocks(tree)


def test_a_custom_element_with_a_shadow_root_inside_running_text_stays_inline():
    tree = _body(
        "<div>Le <x-term><template shadowrootmode='open'><span><slot></slot></span></template>bail</x-term> "
        "a été signé pour 99 ans.</div>"
    )
    assert not html_custom_elements.with_custom_blocks(tree)
    tree = _body("<div><x-card><template shadowrootmode='open'><slot></slot></template>Lire aussi</x-card></div>")
    assert html_custom_elements.with_custom_blocks(tree)  # standing alone, a shadow root's host is a block
    assert tree.find(".//div/div") is not None


def test_custom_paragraphs_beside_a_heading_an_image_or_an_icon_stay_blocks():
    tree = _body("<div><h2>Le pont</h2><story-para>Il rouvrira lundi.</story-para><img src='p.jpg'></div>")
    assert html_custom_elements.with_custom_blocks(tree)
    assert [p.text for p in tree.iter("p")] == ["Il rouvrira lundi."]
    tree = _body("<div><i class='icon-clock'></i> <story-para>Il rouvrira lundi.</story-para></div>")
    assert html_custom_elements.with_custom_blocks(tree)


LINES = [
    ("x1 h4 ff2 fs1", "Morges ouvre une crèche dans l'ancienne gare"),
    ("x2 h2 ff1 fs0", "La Municipalité a inauguré samedi une crèche de quarante places dans"),
    ("x1 h2 ff1 fs0", "les locaux de l'ancienne gare, vides depuis trois ans. Les parents en"),
    ("x1 h2 ff1 fs0", "liste d'attente ont été contactés en priorité, a indiqué la commune."),
    ("x2 h2 ff1 fs0", "Le chantier a coûté 1,8 million de francs. La syndique a rappelé que la ville"),
    ("x1 h2 ff1 fs0", "– comme ses voisines de la Côte – manque de places d'accueil."),
    ("x1 h2 ff1 fs0", "– Places : quarante"),
    ("x1 h2 ff1 fs0", "– Ouverture : lundi"),
]


def _pdf(pages, style: str = "", clip: bool = False) -> str:
    html = ""
    for number, lines in enumerate(pages, 1):
        divs = "".join(f"<div class='t m0 {c} y{n} fc0 sc0'>{text}</div>" for n, (c, text) in enumerate(lines))
        divs = f"<div class='c x0 y0 w2 h2'>{divs}</div>" if clip else divs
        html += f"<div class='pf w0 h0'><div class='pc pc{number} w0 h0'>{divs}</div></div>"
    return f"<html><head><title>gazette_07</title>{style}</head><body>{html}</body></html>"


def _read(html: str) -> list[tuple[str, str]]:
    tree = html_page.parse(html)
    assert html_pdf_lines.with_pdf_lines_joined(tree)
    return [(element.tag, element.text) for element in tree.iter("h1", "p")]


def test_a_dash_inside_a_sentence_opens_no_item_but_one_after_a_sentence_does():
    read = _read(_pdf([LINES]))
    assert ("p", " ".join(text for _, text in LINES[4:6])) in read
    assert read[-2:] == [("p", "– Places : quarante"), ("p", "– Ouverture : lundi")]


def test_a_pdf2htmlex_page_whose_lines_sit_in_clip_boxes_is_read():
    assert _read(_pdf([LINES], clip=True))[0] == ("h1", "Morges ouvre une crèche dans l'ancienne gare")


def test_a_masthead_in_the_biggest_type_is_no_headline():
    masthead = ("x3 h5 ff3 fs2", "GAZETTE DE LA CÔTE")
    style = "<style>.fs0{font-size:36px;}.fs1{font-size:60px;}.fs2{font-size:90px;}</style>"
    read = _read(_pdf([[masthead, *LINES], [masthead, *LINES[4:6]]], style))
    assert [text for tag, text in read if tag == "h1"] == ["Morges ouvre une crèche dans l'ancienne gare"]


ARTICLE = (
    "La commune a annoncé mardi que le ramassage des encombrants reprendra en janvier une fois par mois sur "
    "inscription à la mairie, les objets étant déposés la veille au soir devant chez soi et emportés le lendemain "
    "matin à la déchetterie intercommunale du plateau, a précisé mardi soir l'adjoint chargé de la propreté et des espaces verts de la commune."
)


def test_a_class_naming_a_chefs_signature_dish_is_no_forum_signature():
    dish = "Le lièvre à la royale, servi avec une purée de céleri et une sauce au vin de Cahors"
    tree = _body(f"<article><p>{ARTICLE}</p><p class='plat-signature'>{dish}</p></article>")
    assert not html_layout.without_post_signatures(tree)
    forum = _body(
        f"<div class='post'><div class='content'>{ARTICLE}</div><div class='postsignature'>{dish}</div></div>"
    )
    assert html_layout.without_post_signatures(forum)


def test_a_sentence_over_a_page_break_is_read_whole_and_a_list_at_a_pages_foot_stays_apart():
    head, folio = ("x3 h1 ff3 fs2", "Bulletin de Morges · décembre 2026"), ("x4 h3 ff3 fs2", "12")
    first, second = [head, *LINES[:3]], [head, *LINES[3:5], folio]
    first[-1] = ("x1 h2 ff1 fs0", "les locaux de l'ancienne gare, vides depuis trois ans. Les parents en")
    read = _read(_pdf([[*first, folio], second]))
    assert any(f"{LINES[1][1]} {first[-1][1]} {LINES[3][1]}" in text for _, text in read)
    assert read.count(("p", head[1])) == 2  # the running heads stay lines of their own
    read = _read(_pdf([[head, *LINES, folio], second]))
    assert ("p", "– Ouverture : lundi") in read  # an item at the foot ends no sentence but continues nothing
