"""Rules first needed on the twelfth blind sentence set (evaluation/data/sentences_blind12.fr.md), the layouts and
genres the eleven earlier sets are thin on, on invented text, each with the look-alike it must leave alone: an
enumeration's item ending on a semicolon is no practical box, "ap." goes on before its figure, a chronology's year
labels its line, a release's rubric and hour around its place and date, an ingredient list is no wrapped text, no
headline and no list of links, a guide's labels of a few words in a column of briefs."""

import pytest

from annotations.nlp import bylines
from annotations.nlp.boilerplate import is_chrome
from annotations.nlp.paragraphs import text_paragraphs
from annotations.nlp.pipeline import analyse
from annotations.nlp.segment import find_blocks
from annotations.nlp.sentences import split_sentences


def sentences(text: str) -> list[str]:
    return [text[start:end] for start, end in split_sentences(text)]


def claims(text: str) -> set[str]:
    return {text[claim.start : claim.end] for claim in analyse(text).claims}


def kinds(text: str) -> dict[str, str]:
    return {text[block.start : block.end]: block.kind for block in find_blocks(text)}


# Each line, a rule and what it answers: an enumeration's item ending on a semicolon is the text's, not chrome (a
# practical box's hours, no semicolon, stay chrome); a release's place and date may follow its rubric and a dash and
# give its hour (a headline naming a place and a date with a sentence after them is none); "ap." goes on before its
# figure (an agency's capitals before a capital end theirs); a chronology's year opening its line is its label (a
# year closing a sentence ends it).
LINE_RULES = [
    (is_chrome, "– le mardi et le jeudi, de 9 h à 17 h ;", False),
    (is_chrome, "– le samedi, de 10 h à midi ;", False),
    (is_chrome, "Du mardi au samedi de 10 h à 18 h", True),
    (is_chrome, "Samedi de 14 h à 19 h", True),
    (bylines.is_letters_place_and_date, "Communiqué financier – Brest, le 2 mars 2027, 8 h 30", True),
    (bylines.is_letters_place_and_date, "Angers, le 4 février 2027 à 18 h", True),
    (bylines.is_letters_place_and_date, "Grève – Brest, le 2 mars 2027 : les bus resteront au dépôt", False),
    (
        sentences,
        "Vends canapé trois places, 150 €. Tél. 06 45 12 78 90 (ap. 19 h). Urgent.",
        ["Vends canapé trois places, 150 €.", "Tél. 06 45 12 78 90 (ap. 19 h).", "Urgent."],
    ),
    (
        sentences,
        "Deux morts, selon l'AP. Trois autres victimes sont hospitalisées.",
        ["Deux morts, selon l'AP.", "Trois autres victimes sont hospitalisées."],
    ),
    (sentences, "1904. La compagnie ouvre sa première ligne.", ["1904. La compagnie ouvre sa première ligne."]),
    (
        sentences,
        "Le trafic a doublé depuis 2019. La ligne sera prolongée.",
        ["Le trafic a doublé depuis 2019.", "La ligne sera prolongée."],
    ),
    # a small ad's charges after their amount, the surroundings and a grade before a figure end their sentence;
    # "env." before an amount, a citation's "ch." and a code's letter before their figures end nothing
    (
        sentences,
        "Loue studio, 410 € + 25 € ch. Libre en mars. Garage, 2 ch., DPE : C. 95 000 €. Brest et env. Urgent.",
        [
            "Loue studio, 410 € + 25 € ch.",
            "Libre en mars.",
            "Garage, 2 ch., DPE : C.",
            "95 000 €.",
            "Brest et env.",
            "Urgent.",
        ],
    ),
    (
        sentences,
        "La taxe rapporte env. CHF 2 mio selon l'art. 8 ch. 2 et l'art. L. 2212-2 du code.",
        ["La taxe rapporte env. CHF 2 mio selon l'art. 8 ch. 2 et l'art. L. 2212-2 du code."],
    ),
    # the review's look-alikes, each rule narrowed to its kind: a year alone inside a paragraph is a sentence; a
    # chapter's "ch." before its figure goes on; a box's capitalised hours ending on a semicolon stay chrome; a rubric
    # is a release's, three words at most (a history page's headline naming a place and a date is none)
    (
        sentences,
        "Tout a basculé cette nuit-là. 1944. Une date que le village n'a jamais oubliée.",
        ["Tout a basculé cette nuit-là.", "1944.", "Une date que le village n'a jamais oubliée."],
    ),
    (
        sentences,
        "1944. Le village est libéré.\n1962. La mine ferme.",
        ["1944. Le village est libéré.", "1962. La mine ferme."],
    ),
    (
        sentences,
        "Le règlement renvoie au ch. 3 de l'annexe. Le ch. 4 fixe les tarifs.",
        ["Le règlement renvoie au ch. 3 de l'annexe.", "Le ch. 4 fixe les tarifs."],
    ),
    (is_chrome, "Du lundi au jeudi, de 10 h à 20 h ;", True),
    (is_chrome, "– le dimanche, de 10 h à 19 h ;", False),
    (bylines.is_letters_place_and_date, "Communiqué de presse – Lyon, le 3 mars 2027", True),
    (bylines.is_letters_place_and_date, "Il y a cinquante ans – Paris, le 10 mai 1981", False),
]


@pytest.mark.parametrize(("rule", "line", "expected"), LINE_RULES)
def test_semicolon_items_dated_lines_ap_and_years(rule, line, expected):
    assert rule(line) == expected


def test_a_releases_dated_line_under_its_headline_is_not_the_headline():
    text = (
        "Kerlenn : un bénéfice net en hausse de 12 % en 2026\n"
        "Communiqué financier – Brest, le 2 mars 2027, 8 h 30\n\n"
        "Le fabricant de conserves de poisson publie ses comptes annuels, arrêtés par le conseil mardi.\n\n"
        "Le chiffre d'affaires atteint 214 millions d'euros, porté par les ventes en Allemagne et en Italie."
    )
    found = kinds(text)
    assert found["Kerlenn : un bénéfice net en hausse de 12 % en 2026"] == "title"
    assert found["Communiqué financier – Brest, le 2 mars 2027, 8 h 30"] != "title"
    dated = "Dates clés\n\n1904. La compagnie ouvre sa première ligne.\n1962. La dernière rame est retirée."
    assert "1962. La dernière rame est retirée." in claims(dated)


RECIPE = (
    "Far breton aux pruneaux\n"
    "Pour 6 personnes\n\n"
    "250 g de pruneaux dénoyautés\n"
    "200 g de farine\n"
    "4 œufs\n"
    "125 g de sucre\n"
    "75 cl de lait entier\n"
    "30 g de beurre salé\n\n"
    "1. Préchauffez le four à 200 °C. Beurrez un plat de 24 cm.\n"
    "2. Mélangez la farine et le sucre, ajoutez les œufs un à un, puis le lait, en fouettant sans arrêt.\n"
    "3. Versez la pâte sur les pruneaux et enfournez 45 minutes, jusqu'à ce que le dessus soit bien doré."
)


def test_an_ingredient_list_is_no_wrapped_text_no_headline_and_no_links():
    lines = [RECIPE[start:end] for start, end in text_paragraphs(RECIPE)]
    assert "200 g de farine" in lines and "75 cl de lait entier" in lines
    found = kinds(RECIPE)
    assert found["Far breton aux pruneaux"] == "title"
    assert found["250 g de pruneaux dénoyautés"] != "boilerplate"
    assert found["75 cl de lait entier"] != "boilerplate"


def test_wrapped_prose_whose_lines_open_on_figures_is_joined():
    # the look-alike of an ingredient list: each line opens on a figure, but the one above waits for it ("de", "à")
    text = (
        "2026 avait déjà vu les dépenses de fonctionnement progresser de près de\n"
        "4 % en un an, une hausse que le maire attribue au coût de l'énergie et à\n"
        "12 recrutements décidés au printemps pour les écoles et la cantine, avec\n"
        "3 animateurs du centre de loisirs et deux agents pour le nouveau gymnase."
    )
    assert text_paragraphs(text) == [(0, len(text))]


def test_a_poll_tables_rows_are_no_links():
    text = (
        "Sondage : les Bretons attachés à leur TER\n\n"
        "Selon une enquête publiée samedi par la Région, les usagers jugent le service meilleur qu'il y a cinq ans.\n\n"
        "Le service s'est-il amélioré ?\n"
        "Oui : 54 %\n"
        "Non : 38 %\n"
        "Sans opinion : 8 %\n\n"
        "L'enquête a été réalisée en ligne auprès de 1 204 usagers du 2 au 9 février."
    )
    assert kinds(text)["Non : 38 %"] != "boilerplate"


def test_a_guides_labels_of_a_few_words_in_a_column_of_briefs():
    text = (
        "Trois jours à Tournai, la ville aux cinq clochers\n\n"
        "Sur l'Escaut, à vingt minutes de Lille, la plus vieille ville de Belgique se découvre à pied.\n\n"
        "Y aller. Le train depuis Lille-Flandres met vingt-cinq minutes.\n\n"
        "Voir. La cathédrale Notre-Dame et son trésor, ouverte tous les jours.\n\n"
        "Manger. Les brasseries de la Grand-Place servent la carbonade jusqu'à 22 heures.\n\n"
        "Dormir. Une vingtaine d'hôtels, dont trois au bord de l'Escaut.\n\n"
        "Bon à savoir. Les musées sont gratuits le premier dimanche du mois."
    )
    found = claims(text)
    assert "Y aller. Le train depuis Lille-Flandres met vingt-cinq minutes." in found
    assert "Bon à savoir. Les musées sont gratuits le premier dimanche du mois." in found
    # the look-alike: a short sentence opening a paragraph in an article of no such column
    article = (
        "Tournai : la cathédrale rouvre après dix ans de travaux\n\n"
        "Le chantier de la cathédrale Notre-Dame de Tournai s'est achevé vendredi, avec deux ans de retard.\n\n"
        "Dix ans de travaux. C'est ce qu'il aura fallu pour consolider les cinq clochers, menacés d'effondrement.\n\n"
        "La visite du trésor reste payante, mais la nef est ouverte à tous."
    )
    assert {
        "Dix ans de travaux.",
        "C'est ce qu'il aura fallu pour consolider les cinq clochers, menacés d'effondrement.",
    } <= set(claims(article))


# Each page and some of its lines with the kind each must get: a headline opening on a figure with prose around it
# stays the title, a related box's titles stay links; a short sentence under a headline (its standfirst) makes a
# later line a section's heading, not the title; a consent banner's title, its long notice under it, is none.
PAGES = [
    (
        "Accueil\n"
        "3 000 manifestants à Quimper contre la fermeture de la maternité\n"
        "Par Anne Le Floch\n\n"
        "Le cortège est parti de la place de la Résistance peu après 14 heures, sous la pluie.\n\n"
        "Les syndicats de l'hôpital appellent à une nouvelle journée de mobilisation le 12 mars.\n\n"
        "Lire aussi\n"
        "Maternité de Quimper : ce que prévoit l'agence régionale de santé\n"
        "Les sages-femmes de Douarnenez en grève depuis lundi\n"
        "Le conseil de surveillance de l'hôpital reporte son vote",
        {
            "3 000 manifestants à Quimper contre la fermeture de la maternité": "title",
            "Les sages-femmes de Douarnenez en grève depuis lundi": "boilerplate",
        },
    ),
    (
        "Judo : Léna Quéméner et Paul Riou sacrés à Brest\n"
        "Championnats régionaux, samedi, à Brest.\n\n"
        "Moins de 57 kg (douze engagées)\n"
        "1. Léna Quéméner (Judo Club Quimper) ; 2. Anaïs Le Berre (Dojo brestois) ; 3. Zoé Morin (JC Vannes).\n"
        "Moins de 73 kg (seize engagés)\n"
        "1. Paul Riou (Dojo brestois) ; 2. Hugo Caradec (JC Vannes) ; 3. Théo Le Lay (Judo Club Quimper).",
        {"Judo : Léna Quéméner et Paul Riou sacrés à Brest": "title", "Moins de 57 kg (douze engagées)": "heading"},
    ),
    (
        "Vos préférences en matière de cookies\n\n"
        "Nous et nos partenaires utilisons des cookies pour mesurer l'audience et vous proposer des contenus adaptés.\n\n"
        "Tout accepter\n\n"
        "Lorient : le pont du Bonhomme fermé trois nuits pour travaux\n\n"
        "Par Anne Le Floch\n\n"
        "Le pont du Bonhomme sera fermé à la circulation les nuits du 8, 9 et 10 mars, de 21 heures à 6 heures.\n\n"
        "Une déviation sera mise en place par Hennebont, a précisé le Département dans un communiqué mardi.",
        {"Lorient : le pont du Bonhomme fermé trois nuits pour travaux": "title"},
    ),
    # the review's look-alikes: a site's name and motto above its menu are the page's header, not a headline with its
    # standfirst; a headline opening on a figure keeps the title with its date under it; a ranked list of the most read
    # in the article is links; a match report's score under its headline, its officials' line read under it, is none
    (
        "Le Courrier du Velay, votre quotidien en Haute-Loire\n"
        "L'actualité du Puy-en-Velay.\n"
        "Accueil\nPolitique\nSports\n\n"
        "Incendie : une usine de Brives-Charensac détruite dans la nuit\n"
        "Les pompiers sont intervenus pendant six heures.\n\n"
        "Le feu s'est déclaré vers 2 heures dans un entrepôt de pneus, selon les secours, qui ont mobilisé quarante hommes.\n\n"
        "Aucun blessé n'est à déplorer, mais une soixantaine de salariés sont en chômage technique, selon la direction.",
        {"Incendie : une usine de Brives-Charensac détruite dans la nuit": "title"},
    ),
    (
        "Le Télégramme du Finistère, toute l'actualité locale\n"
        "Accueil\nRégion\n"
        "3 000 manifestants à Quimper contre la fermeture de la maternité\n"
        "12 mars 2027 à 18 h 04\n\n"
        "Le cortège est parti de la place de la Résistance peu après 14 heures, sous la pluie, à l'appel des syndicats.\n\n"
        "Les syndicats de l'hôpital appellent à une nouvelle journée de mobilisation le 12 mars, devant l'agence.",
        {"3 000 manifestants à Quimper contre la fermeture de la maternité": "title"},
    ),
    (
        "Quimper : la maternité fermera en juin\n"
        "Par Anne Le Floch\n\n"
        "L'agence régionale de santé a confirmé mardi la fermeture de la maternité, faute de pédiatres en nombre.\n\n"
        "Les syndicats de l'hôpital appellent à une nouvelle journée de mobilisation le 12 mars, devant l'agence.\n\n"
        "1. Brest : le pont de Recouvrance fermé deux nuits pour travaux\n"
        "2. Morlaix : la gare routière déménage en septembre\n"
        "3. Concarneau : un chalutier en feu dans le port\n\n"
        "Les futures mères devront accoucher à Brest ou à Lorient, à plus d'une heure de route pour certaines.\n\n"
        "Le maire a annoncé un recours devant le tribunal administratif de Rennes, avec le soutien de l'agglomération.",
        {"2. Morlaix : la gare routière déménage en septembre": "boilerplate"},
    ),
    (
        "Ligue 2 : Troyes s'impose face à Rodez\n\n"
        "Troyes – Rodez : 2-1 (1-0)\n"
        "Stade de l'Aube. 12 300 spectateurs. Arbitre : M. Prat.\n"
        "Buts : 23e Diallo, 67e Koné pour Troyes ; 81e Mendy pour Rodez.\n\n"
        "Les Troyens ont dominé la première période et ouvert le score sur un centre repris de la tête par Diallo.\n\n"
        "Rodez a réduit l'écart trop tard, malgré une fin de match à sens unique devant le but troyen.",
        {"Ligue 2 : Troyes s'impose face à Rodez": "title", "Troyes – Rodez : 2-1 (1-0)": "paragraph"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), PAGES)
def test_headlines_sections_and_links(text, expected):
    found = kinds(text)
    assert {line: found[line] for line in expected} == expected


def test_a_clause_opening_a_brief_is_no_entry_label():
    text = (
        "Pays de Ploërmel : les brèves de la semaine\n\n"
        "Josselin. La médiathèque sera fermée du 2 au 9 mars pour inventaire, a annoncé la mairie.\n\n"
        "Mauron. Le club des aînés organise son repas annuel dimanche à la salle des fêtes.\n\n"
        "Il a neigé. Les routes de la commune ont été salées dès 6 heures par les services techniques.\n\n"
        "Le maire démissionne. Le conseil municipal de Guilliers se réunira jeudi pour élire son successeur.\n\n"
        "Ploërmel. La piscine rouvre lundi après trois semaines de travaux de vidange."
    )
    assert {"Il a neigé.", "Le maire démissionne."} <= claims(text)
