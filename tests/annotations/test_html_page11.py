"""The kinds first met on the eleventh batch of HTML pages (evaluation/data/html_pages11.md): an old site's frame
table, a word processor's typed bullets, a promotion boxed under its label, a label inside the `<h1>`, a bracketed
pointer to another article, a byline of a name and a date set off by a dash or glued to its dates, an "Autres
articles" label, a tester's biography; on invented lines and pages, each next to the look-alike it must leave alone."""

from annotations import glued_lines, html_page
from annotations.documents import read_document
from annotations.html_layout import without_labelled_promotions, without_layout_tables, without_typed_bullets
from annotations.nlp.boilerplate import is_chrome

# Each line, and whether it is chrome.
LINES = {
    # a name and its date set off by a dash; a place and a date are no byline
    "Claire Fournier - 14 janv. 2027 à 08:10": True,
    "Hugo Lambert – 2 février 2027": True,
    "Saint-Brieuc - 14 janvier 2027": False,
    # a chronology's entry: a birth, no web page's day
    "Jean Lacaze – 7 novembre 1911": False,
    "Jean Lacaze 7 novembre 1911": False,
    # a byline glued to its dates, the page's spans read as one line; a sentence with the same words is prose
    "Rédaction web Publié le 14/01/2027 à 08:10 Modifié le 14/01/2027 à 09:30": True,
    "Par Hugo Lambert Publié le 2 février 2027 à 17:45": True,
    "Rédaction en ligne": True,
    "Le règlement a été Publié le 2 février 2027 par la préfecture.": False,
    "La rédaction en ligne du journal compte désormais douze journalistes.": False,
    # a related list's label naming the site's other articles; prose with the same words
    "Autres articles de la rubrique :": True,
    "Les autres articles": True,
    "Dans la même rubrique": True,
    "Les députés ont inscrit la dépense dans la même rubrique du budget.": False,
    "Les autres articles du règlement entreront en vigueur en mars.": False,
    # a pointer to another article of the site, in brackets on its line; a source the article cites stays
    "(Lire notre reportage sur les marais salants de Guérande)": True,
    "(Voir aussi notre carte des fermetures)": True,
    "(voir le rapport de la chambre régionale des comptes)": False,
    # a tester's or a contributor's biography under the name; a life told about one trained as a journalist
    "Journaliste spécialisée dans la mobilité, elle teste les vélos électriques pour le site depuis 2021.": True,
    "Journaliste indépendant, il écrit pour plusieurs revues de voile.": True,
    "Journaliste de formation, elle teste depuis 2022 une nouvelle race de brebis dans le Larzac.": False,
    "Pigiste, elle pige pour trois magazines de cuisine.": True,
    # a life told in a portrait: writing for an art, working for a cause, trying to do something
    "Journaliste de métier, il écrit pour le théâtre depuis 1990.": False,
    "Reporter de guerre, il travaille pour la paix depuis son retour de Syrie.": False,
    "Correspondant de guerre en 1944, il collabore à la Résistance dès 1942.": False,
    "Photographe animalier, il essaie de saisir le loup dans les Pyrénées depuis dix ans.": False,
    # the site's pieces in brackets; a sentence in brackets
    "(Regarder notre vidéo du défilé)": True,
    "(Voir notre grand entretien avec la ministre)": True,
    "(Voir nos enfants partir au front fut la pire épreuve de ma vie, écrivait sa mère en 1915.)": False,
    "(Lire nos lettres à voix haute, c'est les faire revivre, dit-elle.)": False,
    # a poll's label alone is an article's subheading as often
    "Le sondage": False,
    "La question du jour": False,
}


def test_the_lines_of_the_eleventh_batch():
    misread = {line: chrome for line, chrome in LINES.items() if is_chrome(line) is not chrome}
    assert misread == {}  # each line misread, with the reading expected


def test_a_polls_label_is_chrome_over_its_question_a_subheading_over_a_paragraph_is_not():
    assert is_chrome("Sondage", "Faut-il fermer la piscine l'hiver ?")
    assert not is_chrome("Le sondage", "Selon l'Ifop, 64 % des Gersois se disent satisfaits de leur cadre de vie.")


def tree_of(body: str):
    return html_page.parse(f"<html><body>{body}</body></html>")


LEDE = "<p>La halle du XIXe siècle rouvre samedi après dix-huit mois de travaux de charpente.</p>"


def test_a_frame_table_whose_cell_holds_the_headline_is_layout_a_data_table_stays():
    frame = tree_of(
        "<table><tr><td colspan=2>Le Courrier de la Bresle</td></tr><tr><td><h1>Eu : la halle rouvre</h1>"
        f"{LEDE}</td><td><p>Agenda</p></td></tr></table>"
    )
    assert without_layout_tables(frame) and not list(frame.iter("table"))
    data = tree_of(
        "<table><tr><th>Commune</th><th>Votants</th></tr><tr><td><p>Eu</p></td><td><p>4 210</p></td></tr>"
        "<tr><td><p>Le Tréport</p></td><td><p>3 180</p></td></tr></table>"
    )
    assert not without_layout_tables(data) and list(data.iter("table"))


def test_a_results_table_titled_in_an_h2_stays_data():
    results = tree_of(
        "<table><tr><th colspan=3><h2>Résultats du second tour</h2></th></tr><tr><th>Liste</th><th>Voix</th>"
        "<th>Sièges</th></tr><tr><td>Eu demain</td><td>2 412</td><td>21</td></tr><tr><td>Agir pour Eu</td>"
        "<td>1 108</td><td>6</td></tr></table>"
    )
    assert not without_layout_tables(results)


def test_a_frame_table_whose_cell_holds_three_paragraphs_is_layout():
    frame = tree_of(f"<table><tr><td>{LEDE * 3}</td><td>Petites annonces</td></tr></table>")
    assert without_layout_tables(frame)


def test_a_programme_of_three_lines_in_words_paragraphs_stays_data():
    programme = tree_of(
        "<table><tr><td><p class=MsoNormal>Samedi</p></td><td><p class=MsoNormal>Concours de pétanque à 14 heures</p>"
        "<p class=MsoNormal>Bal musette à 21 heures</p><p class=MsoNormal>Feu d'artifice à 23 heures</p></td></tr>"
        "<tr><td><p class=MsoNormal>Dimanche</p></td><td><p class=MsoNormal>Messe à 10 heures</p></td></tr></table>"
    )
    assert not without_layout_tables(programme)


def test_a_typed_bullet_goes_a_dialogue_dash_stays():
    item = tree_of(
        '<p><span style="font-family:Symbol">·<span style="font:7.0pt">\xa0\xa0\xa0\xa0\xa0 </span></span>'
        "<span>Les inscriptions ouvrent le 3 mars.</span></p>"
    )
    assert without_typed_bullets(item)
    assert " ".join(item.find(".//p").text_content().split()) == "Les inscriptions ouvrent le 3 mars."
    dialogue = tree_of("<p><span>–</span> Vous étiez sur place ?</p><p><span>o</span></p>")
    assert not without_typed_bullets(dialogue)


def test_a_promotion_under_its_label_goes_a_long_section_and_a_sentence_stay():
    box = tree_of(
        "<div><p>Le conseil a voté.</p><div><span>Publireportage</span><p>Changez de fenêtres avant l'hiver : "
        "devis gratuit en ligne.</p></div></div>"
    )
    assert without_labelled_promotions(box)
    assert "fenêtres" not in box.text_content() and "Le conseil a voté." in box.text_content()
    long_section = " ".join(["Les annonceurs ont réduit leurs budgets cette année."] * 12)
    article = tree_of(f"<section><h2>Publicité</h2><p>{long_section}</p></section>")
    prose = tree_of("<div><p>Contenu sponsorisé ou information : la frontière inquiète les lecteurs.</p></div>")
    assert not without_labelled_promotions(article) and not without_labelled_promotions(prose)


def test_a_label_that_opens_a_sentence_or_heads_a_list_of_backers_is_no_promotion():
    # the label's word running on in the sentence; an event's backers under "Partenaires"
    sentence = tree_of(
        "<div><strong>Sponsorisé</strong> par la région pour la troisième année, le festival dispose d'un budget "
        "de 1,2 million d'euros.</div>"
    )
    backers = tree_of(
        "<section><h3>Partenaires</h3><p>Le salon est financé à 60 % par le département, qui a voté une subvention "
        "de 80 000 euros en mars.</p></section>"
    )
    assert not without_labelled_promotions(sentence) and not without_labelled_promotions(backers)


def page_with_labelled_headline(label: str, declared: str) -> bytes:
    return (
        f'<html lang="fr"><head><title>{declared} - Le Vigilant</title>'
        f'<meta property="og:title" content="{declared}"></head><body><article>'
        f"<h1><span>{label}</span> Lorient : le port de pêche accueille un nouveau chalutier</h1>"
        "<p>Le chalutier de 24 mètres a été mis à l'eau jeudi matin devant plus de trois cents personnes réunies "
        "sur le quai. Il embarquera six marins dès la fin du mois de février.</p>"
        "<p>L'armement lorientais, qui emploie quarante personnes, prévoit un second navire pour 2029 si les quotas "
        "de merlu sont maintenus par l'Union européenne.</p></article></body></html>"
    ).encode()


def test_a_label_inside_the_h1_is_no_part_of_the_headline():
    shown = "Lorient : le port de pêche accueille un nouveau chalutier"
    assert read_document(page_with_labelled_headline("Exclusif", shown), name="p.html").title == shown
    # the titles the page declares name the whole: the first words are the headline's own
    whole = f"Reportage {shown}"
    assert read_document(page_with_labelled_headline("Reportage", whole), name="p.html").title == whole


def test_a_work_in_italics_opening_the_h1_is_the_headlines_subject():
    page = (
        "<html lang='fr'><head><title>Le Vigilant</title><meta property='og:title' content='triomphe au théâtre de "
        "Lorient'></head><body><article><h1><em>Le Misanthrope</em> triomphe au théâtre de Lorient</h1>"
        "<p>La troupe a joué à guichets fermés pendant six soirs, devant plus de quatre mille spectateurs venus de "
        "toute la Bretagne.</p><p>La tournée passera par Quimper et Vannes au printemps, a annoncé le metteur en "
        "scène jeudi.</p></article></body></html>"
    ).encode()
    assert read_document(page, name="p.html").title == "Le Misanthrope triomphe au théâtre de Lorient"


def test_a_bracketed_pointer_after_a_paragraph_goes_on_its_own_line():
    text = "Le stand ferme à 18 heures. (Lire notre reportage sur le marché couvert)\n\nSuite."
    assert glued_lines.with_links_apart(text).split("\n\n")[:2] == [
        "Le stand ferme à 18 heures.",
        "(Lire notre reportage sur le marché couvert)",
    ]
    inside = "Le coût (voir plus haut) a doublé depuis 2020."
    assert glued_lines.with_links_apart(inside) == inside
    # a source the sentence cites, a sentence in brackets: they stay in their paragraph
    cited = "Le budget a doublé. (voir le rapport de la chambre régionale des comptes)"
    quoted = "Ses lettres ont été retrouvées. (Voir nos enfants partir fut la pire épreuve, écrivait sa mère.)"
    assert glued_lines.with_links_apart(cited) == cited and glued_lines.with_links_apart(quoted) == quoted


def test_the_lines_under_an_author_in_a_signature_block_go():
    from annotations.html_signature import without_signature_lines

    tree = tree_of(
        "<div><span>Mélanie Côté-Roy</span><br><span>Correspondante régionale</span></div>"
        "<p>Hélène Dufour<br>Elle a ouvert la boutique en 1998 avec son frère, après dix ans passés à Québec.</p>"
    )
    text = (
        "Correspondante régionale\n\nLe pont restera fermé tout l'hiver.\n\nHélène Dufour\n"
        "Elle a ouvert la boutique en 1998 avec son frère, après dix ans passés à Québec."
    )
    # the short line under the name goes; a sentence under a name (a caption, a portrait) stays
    assert without_signature_lines(tree, text) == text.removeprefix("Correspondante régionale\n")
    assert without_signature_lines(tree_of("<p>Un jour<br>de pluie</p>"), "de pluie") == "de pluie"


def test_a_list_of_names_and_a_results_card_are_no_signature_block():
    from annotations.html_signature import without_signature_lines

    elected = "Marie Dupont\nJean Martin\nPaul Leroy\nSophie Lenoir"
    tree = tree_of("<p>Marie Dupont<br>Jean Martin<br>Paul Leroy<br>Sophie Lenoir</p>")
    assert without_signature_lines(tree, elected) == elected
    card = "Sophie Lenoir\nMaire sortante\n52,3 %"
    assert without_signature_lines(tree_of("<p>Sophie Lenoir<br>Maire sortante<br>52,3 %</p>"), card) == card
    # a co-author signing under the first one goes with the desk
    signed = tree_of("<p>Anne Roux<br>Paul Morel<br>Correspondants régionaux</p>")
    assert without_signature_lines(signed, "Paul Morel\nCorrespondants régionaux\nLe texte.") == "Le texte."
