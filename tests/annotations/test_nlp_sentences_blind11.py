"""Rules first needed on the eleventh blind sentence set (evaluation/data/sentences_blind11.fr.md), the layouts
the ten earlier sets are thin on, on invented text, each with the look-alike it must leave alone: an
interview's speaker's name opening two answers or more is a label ("Léon Barthe. Nous avons ..."), a
name opening one paragraph only is a sentence."""

from annotations.nlp import bylines
from annotations.nlp.paragraphs import text_paragraphs
from annotations.nlp.pipeline import analyse
from annotations.nlp.sentences import split_sentences


def claims(text: str) -> list[str]:
    return [text[claim.start : claim.end] for claim in analyse(text).claims]


def test_an_interviews_speaker_opens_the_answer_as_a_label():
    text = (
        "Le maire de Saintes répond à nos questions\n\n"
        "Après six mois de travaux, le pont de la Charente rouvre lundi. Le maire fait le point avec nous.\n\n"
        "Pourquoi un tel retard ?\n\n"
        "Léon Barthe. Nous avons découvert des fissures dans deux piles. Il fallait les reprendre.\n\n"
        "Combien cela coûtera-t-il ?\n\n"
        "Léon Barthe. (Rires.) Moins que prévu, rassurez-vous.\n\n"
        "Et la suite ?\n\n"
        "Léon Barthe. Un giratoire, en 2028.\n\n"
        "Le nouveau tablier a été dessiné par l'ingénieure Anne Roy. Elle suivra aussi le chantier du giratoire."
    )
    expected = {
        "Léon Barthe. Nous avons découvert des fissures dans deux piles.",
        "Il fallait les reprendre.",
        "Léon Barthe. (Rires.)",
        "Moins que prévu, rassurez-vous.",
        "Léon Barthe. Un giratoire, en 2028.",
        # the look-alike: a name ending a sentence before a capital ends it
        "Le nouveau tablier a été dessiné par l'ingénieure Anne Roy.",
    }
    assert expected <= set(claims(text))


def test_a_name_opening_one_paragraph_is_a_sentence():
    text = (
        "Cyclisme : une Charentaise en équipe de France\n\n"
        "La sélectionneuse a dévoilé jeudi sa liste pour les championnats d'Europe de cyclo-cross, à Namur.\n\n"
        "Inès Morvan. Ce nom ne vous dit peut-être rien, il faudra pourtant le retenir. La coureuse de "
        "Cognac, 19 ans, a remporté trois manches de la Coupe de France cette saison.\n\n"
        "Elle partira le 12 décembre avec quatre autres espoirs."
    )
    assert {"Inès Morvan.", "Ce nom ne vous dit peut-être rien, il faudra pourtant le retenir."} <= set(claims(text))


WRAPPED = (
    "Le car scolaire de Pons ne passera plus par le hameau des Brandes à partir\n"
    "de janvier, a annoncé la Région, faute de conducteurs en nombre suffisant.\n"
    "Les familles concernées, une douzaine, devront conduire leurs enfants\n"
    "jusqu'à l'arrêt de la mairie, à quatre kilomètres. Une réunion publique\n"
    "est prévue le 14 décembre à la salle des fêtes, à 18 h 30, en présence\n"
    "du vice-président chargé des transports et de la directrice du collège."
)


def test_a_headline_longer_than_the_wrapped_lines_under_it_is_no_wrapped_line():
    headline = "Le maire de Pons : « Sans car scolaire, nos familles vont quitter le village pour de bon »"
    text = f"{headline}\n{WRAPPED}"
    paragraphs = [text[start:end] for start, end in text_paragraphs(text)]
    assert paragraphs[0] == headline
    assert paragraphs[1].startswith("Le car scolaire") and paragraphs[1].endswith("du collège.")
    # the look-alike: a wrapped paragraph's first line, a little longer than the others, goes on
    text = (
        "Les parents des Brandes ont écrit le 2 décembre au vice-président de la Région\n"
        "Mathieu Roy, qui leur a répondu le lendemain, sans leur laisser d'espoir.\n" + WRAPPED
    )
    assert len(text_paragraphs(text)) == 1


def test_a_letters_head_under_its_place_and_date_is_no_site_header():
    text = (
        "Brest, le 2 décembre 2026\n"
        "Collectif des usagers de la ligne 12\n"
        "À l'attention de M. le président de Brest métropole\n"
        "Objet : suppression des arrêts du quartier de Kerinou\n"
        "Monsieur le Président,\n"
        "Depuis le 1er novembre, la ligne 12 ne dessert plus les trois arrêts de Kerinou. Les habitants les plus âgés "
        "doivent marcher un kilomètre pour rejoindre le tram.\n"
        "Nous vous demandons de rétablir au moins un arrêt aux heures creuses, comme avant la réforme du réseau.\n"
        "Le porte-parole, Yves Calvez"
    )
    blocks = {text[block.start : block.end]: block.kind for block in analyse(text).blocks}
    assert blocks["Brest, le 2 décembre 2026"] != "title"
    assert blocks["Collectif des usagers de la ligne 12"] != "boilerplate"
    assert blocks["À l'attention de M. le président de Brest métropole"] != "boilerplate"
    # the look-alike: a page's menu above its headline, with no place and date, is still the site's header
    page = (
        "Accueil Actualités Sports Culture\n"
        "Brest : la ligne 12 ne dessert plus le quartier de Kerinou\n"
        "Par Yves Calvez\n"
        "Depuis le 1er novembre, la ligne 12 ne dessert plus les trois arrêts de Kerinou. Les habitants les plus âgés "
        "doivent marcher un kilomètre pour rejoindre le tram.\n"
        "Le collectif des usagers demande le retour d'au moins un arrêt aux heures creuses, comme avant la réforme."
    )
    blocks = {page[block.start : block.end]: block.kind for block in analyse(page).blocks}
    assert blocks["Accueil Actualités Sports Culture"] == "boilerplate"


def test_a_volumes_numeral_and_a_quotations_reference_end_nothing():
    text = (
        "Voir J. Morel, Histoire de Brest, t. II, Rennes, 2019. Le livre est épuisé. "
        "Le quai supporte 40 t. Le port le confirme. "
        "Elle écrit : « Tout était calme… » (p. 45). Puis l'orage éclate. "
        "« Je n'ai rien vu. » (Silence.) Il se rassoit."
    )
    assert [text[start:end] for start, end in split_sentences(text)] == [
        "Voir J. Morel, Histoire de Brest, t. II, Rennes, 2019.",
        "Le livre est épuisé.",
        "Le quai supporte 40 t.",
        "Le port le confirme.",
        "Elle écrit : « Tout était calme… » (p. 45).",
        "Puis l'orage éclate.",
        "« Je n'ai rien vu. »",
        "(Silence.)",
        "Il se rassoit.",
    ]


def test_a_byline_with_its_newspaper_signs_the_headline():
    assert bylines.is_byline("Par Mélanie Côté, Le Quotidien")
    assert bylines.is_byline("Par Luc Gagnon, La Tribune")
    # the look-alikes: a sentence going on after the comma
    assert not bylines.is_byline("Par ailleurs, Le Devoir a révélé l'affaire")
    assert not bylines.is_byline("Par Luc Gagnon, la ville a été alertée")


def test_a_byline_closing_its_paragraph_is_no_wrapped_line():
    headline = "Gaspésie : la route 132 rouverte après l'effondrement d'un ponceau"
    text = f"{headline}\nPar Mélanie Côté, à Gaspé\n\n{WRAPPED}"
    paragraphs = [text[start:end] for start, end in text_paragraphs(text)]
    assert paragraphs[:2] == [headline, "Par Mélanie Côté, à Gaspé"]
    # the look-alike: a wrapped line going on in a paragraph that does not close there
    text = f"{WRAPPED}\nPar Mélanie Côté, qui a suivi la réunion pour nous, la Région reste\nprudente."
    assert len(text_paragraphs(text)) == 1


def titles(text: str) -> list[str]:
    return [text[block.start : block.end] for block in analyse(text).blocks if block.kind == "title"]


def test_a_place_and_a_date_without_le_is_no_headline():
    headline = "Liège lance un permis de végétaliser les trottoirs"
    article = (
        "Le Collège communal a approuvé mardi un règlement qui autorise les habitants à planter devant leur façade. "
        "Les demandes seront gratuites.\n"
        "Un premier appel sera lancé en mars, pour une centaine de rues du centre et d'Outremeuse."
    )
    assert titles(f"{headline}\nLiège, 3 décembre 2026\n{article}") == [headline]
    # the look-alikes: a headline opening on a place and a date and going on is one; a site's edition date
    # under its name signs no headline
    assert titles(f"Liège, 3 décembre 1944 : la ville libérée\nLiège, 3 décembre 2026\n{article}") == [
        "Liège, 3 décembre 1944 : la ville libérée"
    ]
    header = "Le Réveil de Liège\nLiège, 4 décembre 2026\nS'abonner\nActualités\nSports\n"
    assert titles(f"{header}{headline}\nPar Luc Gagnon\n{article}") == [headline]


def test_a_speaker_named_above_opens_the_answer_under_a_question():
    text = (
        "Julie Masson : « La forêt landaise a besoin de feuillus »\n\n"
        "Ingénieure forestière à Mont-de-Marsan, Julie Masson publie un guide des plantations mélangées. Entretien.\n\n"
        "Pourquoi mélanger les essences ?\n\n"
        "Julie Masson. Parce qu'un massif de pins seuls brûle vite. Les chênes freinent le feu.\n\n"
        "Les propriétaires vous suivent-ils ?\n\n"
        "De plus en plus, surtout depuis les incendies de 2022."
    )
    assert "Julie Masson. Parce qu'un massif de pins seuls brûle vite." in claims(text)
    # the look-alike: a quiz's answer naming someone the text has not named is a sentence
    quiz = (
        "Le quiz du lundi : dix questions sur l'actualité de la semaine\n\n"
        "Chaque lundi, testez vos connaissances sur l'actualité régionale et nationale de la semaine passée.\n\n"
        "Qui a remporté le marathon de Bordeaux dimanche ?\n\n"
        "Inès Morvan. La Landaise a couru en 2 h 31 min, un record de l'épreuve."
    )
    assert "Inès Morvan." in claims(quiz)


def test_a_letter_opening_on_its_place_and_date_has_no_headline():
    letter = (
        "Vannes, le 1er décembre 2026\n"
        "Madame, Monsieur,\n"
        "Votre demande de permis de construire a bien été reçue le 24 novembre. Elle porte le numéro 056 260 26 0142.\n"
        "Le délai d'instruction est de deux mois, sauf pièce manquante.\n"
        "Le service de l'urbanisme"
    )
    assert titles(letter) == []
    # the look-alike: a headline above the place and date is still the headline
    assert titles(f"Vannes : le permis de la future halle déposé\n{letter}") == [
        "Vannes : le permis de la future halle déposé"
    ]


def test_a_name_opening_paragraphs_under_no_question_is_a_sentence():
    # a portrait's name opening two paragraphs, and a list of people with their descriptions, one named twice
    portrait = (
        "Région : le budget 2027 adopté dans la douleur\n\n"
        "Le conseil régional a voté vendredi un budget en baisse de 4 %, après onze heures de débats.\n\n"
        "Sylvie Carrère. La présidente de région a défendu des économies sur le fonctionnement. Elle les chiffre à "
        "60 millions.\n\n"
        "L'opposition a dénoncé des coupes dans les aides aux associations sportives et culturelles.\n\n"
        "Sylvie Carrère. L'ancienne maire d'Albi a promis de ne pas toucher aux lycées. Une promesse de campagne."
    )
    sentences = claims(portrait)
    assert {"Sylvie Carrère.", "La présidente de région a défendu des économies sur le fonctionnement."} <= set(
        sentences
    )
    assert sentences.count("Sylvie Carrère.") == 2
    people = (
        "Les cinq Tarnais qui ont marqué l'année\n\n"
        "Notre rédaction a retenu cinq noms, du sport à l'économie en passant par la culture.\n\n"
        "Lucas Fabre. Le rugbyman de Castres a été sacré champion de France en juin.\n\n"
        "Hélène Bories. La cheffe d'entreprise a relancé la mégisserie de Graulhet.\n\n"
        "Lucas Fabre. Il revient dans notre palmarès pour son engagement associatif."
    )
    assert claims(people).count("Lucas Fabre.") == 2
    # the look-alike: the same name opening answers under questions is the interview's label
    interview = (
        "Sylvie Carrère : « Nous ne toucherons pas aux lycées »\n\n"
        "La présidente de région répond à nos questions au lendemain du vote du budget.\n\n"
        "Pourquoi tant d'économies ?\n\n"
        "Sylvie Carrère. Parce que l'État nous retire 80 millions. Nous n'avons pas le choix.\n\n"
        "Et les associations ?\n\n"
        "Sylvie Carrère. Elles garderont 90 % de leurs aides."
    )
    assert "Sylvie Carrère. Parce que l'État nous retire 80 millions." in claims(interview)


def test_an_answer_to_a_question_asking_who_is_a_sentence():
    quiz = (
        "Le quiz du lundi : cinq questions sur la semaine sportive\n\n"
        "Chaque lundi, testez vos connaissances sur l'actualité sportive de la région et d'ailleurs.\n\n"
        "Qui a remporté le marathon de Bordeaux dimanche ?\n\n"
        "Inès Morvan. La Landaise a couru en 2 h 31 min, un record de l'épreuve.\n\n"
        "À qui la Ligue a-t-elle remis son trophée de la meilleure athlète ?\n\n"
        "Inès Morvan. Elle succède à la sprinteuse paloise Julie Daran."
    )
    sentences = claims(quiz)
    assert sentences.count("Inès Morvan.") == 2
    assert "La Landaise a couru en 2 h 31 min, un record de l'épreuve." in sentences


def test_a_place_and_a_date_with_its_byline_under_it_is_a_history_pages_headline():
    article = (
        "Ce jour-là, une colonne blindée entrait dans la ville et arrêtait les hommes de seize à soixante ans. "
        "Quatre-vingt-dix-neuf d'entre eux furent pendus.\n"
        "La ville commémore chaque année le drame, devant le monument du quai de la Corrèze."
    )
    headline = "Tulle rénove le monument du quai de la Corrèze"
    expected = {
        f"Accueil Histoire Région\nTulle, 9 juin 1944\nPar Claire Muller\n{article}": ["Tulle, 9 juin 1944"],
        # the look-alikes: with "le", a letter's date; under its headline, a release's date, which signs it
        f"Tulle, le 9 juin 2026\nPar Claire Muller\n{article}": [],
        f"{headline}\nTulle, 9 décembre 2026\n{article}": [headline],
    }
    assert {text: titles(text) for text in expected} == expected


TRAMWAY = (
    "La ligne B du tramway sera interrompue de mardi à jeudi pour des travaux sur les voies. Des bus la remplaceront.\n"
    "L'exploitant prévoit un bus toutes les dix minutes aux heures de pointe."
)


def test_a_sites_dated_header_with_its_menu_is_no_letters_head():
    page = (
        "Le Courrier d'Anjou\nAngers, le 7 décembre 2026\nAccueil\nActualités\nSports\nFaits divers\n"
        f"Angers : le tramway à l'arrêt pendant trois jours\nPar Luc Gagnon\n{TRAMWAY}"
    )
    blocks = {page[block.start : block.end]: block.kind for block in analyse(page).blocks}
    assert {blocks[line] for line in ("Angers, le 7 décembre 2026", "Actualités", "Sports")} == {"boilerplate"}
    # the look-alike: a release's head, its contact line aside, is the release's own
    release = (
        "Angers, le 7 décembre 2026\nCOMMUNIQUÉ DE PRESSE\nContact presse : Julie Moreau\n"
        f"Le tramway d'Angers à l'arrêt pendant trois jours\n{TRAMWAY}"
    )
    blocks = {release[block.start : block.end]: block.kind for block in analyse(release).blocks}
    assert blocks["COMMUNIQUÉ DE PRESSE"] != "boilerplate"
