"""Rules first needed on the third blind sentence set (evaluation/data/sentences_blind3.fr.md), on
invented text, each with the look-alike it must leave alone: debates' records and hearings, legal
texts, forum posts, subtitles, runs of figures."""

from annotations.nlp.normalise import normalise
from annotations.nlp.paragraphs import text_paragraphs
from annotations.nlp.pipeline import analyse
from annotations.nlp.sentences import split_sentences


def claims(text: str) -> list[str]:
    return [claim.text for claim in analyse(text).claims]


def sentences(text: str) -> list[str]:
    text = normalise(text)
    return [text[start:end] for start, end in split_sentences(text)]


def paragraphs(text: str) -> list[str]:
    return [text[start:end] for start, end in text_paragraphs(text)]


RECORD = (
    "M. le président. La parole est à M. Paul Vidal, pour le groupe des indépendants.\n\n"
    "M. Paul Vidal. Monsieur le ministre, la ligne de Figeac perd un train sur trois. Que comptez-vous faire ?\n\n"
    "Mme Lucie Ferrand, ministre déléguée aux transports. Monsieur le député, je connais ce dossier.\n\n"
    "M. ANDRÉ ROUX. C'est faux !\n\n"
    "M. le rapporteur général. Avis défavorable. La dépense n'est pas financée.\n\n"
    "M. le président. – Quel est l'avis de la commission ?\n"
)


def test_a_speakers_label_opens_the_sentence_of_their_turn():
    found = claims(RECORD)
    assert "M. le président. La parole est à M. Paul Vidal, pour le groupe des indépendants." in found
    assert "M. Paul Vidal. Monsieur le ministre, la ligne de Figeac perd un train sur trois." in found
    assert "Mme Lucie Ferrand, ministre déléguée aux transports. Monsieur le député, je connais ce dossier." in found
    assert "M. ANDRÉ ROUX. C'est faux !" in found
    assert "M. le rapporteur général. Avis défavorable." in found
    assert "M. le président. – Quel est l'avis de la commission ?" in found  # a turn, not the headline


def test_a_short_sentence_or_a_name_opening_a_news_paragraph_is_no_speakers_label():
    news = (
        "Il a gagné. Le maire a salué la victoire du club dimanche soir.\n\n"
        "M. Dupont. Ce nom, tout le monde le connaît à Brest depuis trente ans.\n\n"
        "Le maire a remercié M. Dupont. Il a ensuite quitté la salle sous les applaudissements.\n\n"
        "La prochaine rencontre aura lieu samedi au stade municipal, à 15 heures.\n"
    )
    found = claims(news)
    assert "Il a gagné." in found
    assert "M. Dupont." in found  # one paragraph opening on a name: no debate's record
    assert "Le maire a remercié M. Dupont." in found
    assert "Il a ensuite quitté la salle sous les applaudissements." in found


def test_an_articles_label_and_its_dash_end_nothing():
    assert sentences("Art. 4. – Le présent règlement entre en vigueur le 1er mars. Il sera affiché en mairie.") == [
        "Art. 4. – Le présent règlement entre en vigueur le 1er mars.",
        "Il sera affiché en mairie.",
    ]
    assert sentences("« Art. R. 12-3. – Le dossier est déposé en préfecture.") == [
        "« Art. R. 12-3. – Le dossier est déposé en préfecture."
    ]
    assert sentences("ARTICLE 2. – Le bureau est élu pour trois ans.") == [
        "ARTICLE 2. – Le bureau est élu pour trois ans."
    ]
    # two turns of a dialogue on one line are two sentences
    assert sentences("– Il y a quelqu'un dans le jardin. – Reste ici.") == [
        "– Il y a quelqu'un dans le jardin.",
        "– Reste ici.",
    ]


def test_a_stage_direction_in_brackets_is_a_sentence_of_its_own():
    assert sentences("Je conclus. (Rires) Il reste deux minutes.") == [
        "Je conclus.",
        "(Rires)",
        "Il reste deux minutes.",
    ]
    assert sentences("Je conclus. [Silence] Il reste deux minutes.") == [
        "Je conclus.",
        "[Silence]",
        "Il reste deux minutes.",
    ]
    # its dash joins its parts
    assert sentences("Nous voterons contre. (Protestations à droite. – Murmures à gauche.)") == [
        "Nous voterons contre.",
        "(Protestations à droite. – Murmures à gauche.)",
    ]
    # a bracket inside a sentence, or a list's letter, is no stage direction
    assert sentences("(a) La demande est recevable.") == ["(a) La demande est recevable."]
    assert sentences("Le maire (PS) a voté contre (Murmures) et il a quitté la salle.") == [
        "Le maire (PS) a voté contre (Murmures) et il a quitté la salle."
    ]


def test_a_post_written_without_capitals_ends_its_sentences_before_lower_case():
    post = "bonsoir, mon vélo grince depuis hier. j'ai graissé la chaîne. rien !!! le bruit revient dès que je freine"
    assert sentences(post) == [
        "bonsoir, mon vélo grince depuis hier.",
        "j'ai graissé la chaîne.",
        "rien !!!",
        "le bruit revient dès que je freine",
    ]
    # an ellipsis before lower case goes on, even there
    assert sentences("bonsoir, ça grince... surtout le matin. merci") == [
        "bonsoir, ça grince... surtout le matin.",
        "merci",
    ]


def test_prose_with_capitals_goes_on_before_lower_case():
    assert sentences("Que faire ? s'interroge le maire, qui attend l'État. Rien n'est décidé.") == [
        "Que faire ? s'interroge le maire, qui attend l'État.",
        "Rien n'est décidé.",
    ]
    assert sentences("« Encore ?! » s'exclame la gardienne.") == ["« Encore ?! » s'exclame la gardienne."]
    assert sentences("Le club compte env. la moitié de ses adhérents d'avant.") == [
        "Le club compte env. la moitié de ses adhérents d'avant."
    ]
    assert sentences("Pourquoi ? parce que.") == ["Pourquoi ? parce que."]
    # abbreviations before lower case are no casual writing: a bibliography's item is one sentence
    item = "– Dupont J., Histoire du fort, Paris, Éd. du Littoral, 1998, préf. de M. Martin, rééd. augm. en 2005."
    assert sentences(item) == [item]


def test_an_emoticon_closes_its_sentence_before_a_new_clause():
    assert sentences("Merci pour l'info ;) Je passerai demain.") == ["Merci pour l'info ;)", "Je passerai demain."]
    assert sentences("Bouchons tous les matins 😤 Et personne ne répond.") == [
        "Bouchons tous les matins 😤",
        "Et personne ne répond.",
    ]
    # a colon before a bracket or a link is no emoticon
    assert sentences("Voir la liste : (a) les écoles, (b) les crèches.") == [
        "Voir la liste : (a) les écoles, (b) les crèches."
    ]
    assert sentences("Le site est http://mairie.example/ Les inscriptions ouvrent lundi.") == [
        "Le site est http://mairie.example/ Les inscriptions ouvrent lundi."
    ]


def test_ranks_in_a_run_of_figures_end_nothing():
    assert sentences("Podium : 1. Nantes, 40 pts ; 2. Caen, 38 pts ; 3. Metz, 35 pts. Suite samedi.") == [
        "Podium : 1. Nantes, 40 pts ; 2. Caen, 38 pts ; 3. Metz, 35 pts.",
        "Suite samedi.",
    ]
    assert sentences("Le bilan : 3. Le maire a annoncé trois fermetures.") == [
        "Le bilan : 3.",
        "Le maire a annoncé trois fermetures.",
    ]


def test_an_anonymised_name_ends_nothing():
    assert sentences("La requête de Mme C... D... est rejetée. Elle paiera les frais.") == [
        "La requête de Mme C... D... est rejetée.",
        "Elle paiera les frais.",
    ]
    assert sentences("Il hésite... Puis il signe.") == ["Il hésite...", "Puis il signe."]


def test_an_initial_ends_its_sentence_before_a_pronoun():
    assert sentences("Ils ont acheté la grange de M. Paul R. Se disant lésés, ils ont porté plainte.") == [
        "Ils ont acheté la grange de M. Paul R.",
        "Se disant lésés, ils ont porté plainte.",
    ]
    assert sentences("Le club compte 40 salles, dont 12 classées B. Toutes ont été rénovées.") == [
        "Le club compte 40 salles, dont 12 classées B.",
        "Toutes ont été rénovées.",
    ]
    assert sentences("Il a reçu le prix J.-P. Sartre en mai.") == ["Il a reçu le prix J.-P. Sartre en mai."]


def test_a_line_longer_than_any_wrapping_ends_where_its_writer_broke_it():
    post = (
        "depuis la mise à jour mon ordinateur s'éteint tout seul au bout d'une heure environ, même quand il est sur "
        "secteur et que rien ne tourne\n"
        "j'ai déjà réinstallé les pilotes, sans aucun changement\n"
    )
    assert len(paragraphs(post)) == 2
    # a header line over a post's long line stays apart too
    reply = "Réponse de Lou\nd'après le réparateur du quartier c'est la batterie, elle gonfle avec l'âge, il faut la changer vite !\n"
    assert paragraphs(reply)[0] == "Réponse de Lou"


WRAPPED = (
    "Les créations d'entreprises progressent de 3,2 % sur un an dans le\n"
    "département, à 4 310. Les défaillances reculent légèrement, mais elles\n"
    "restent au-dessus de leur niveau d'avant la crise sanitaire, celui de\n"
    "2019 (+ 9 %). L'emploi salarié privé est stable sur le trimestre, à\n"
    "182 400 postes. L'intérim recule pour le troisième trimestre de suite.\n"
)


def test_a_wrapped_line_going_on_with_a_figure_stays_in_its_paragraph():
    assert paragraphs(WRAPPED) == [WRAPPED.strip()]
    assert any(
        claim.startswith("Les défaillances reculent") and claim.endswith("(+ 9 %).") for claim in claims(WRAPPED)
    )


def test_a_wrapped_texts_lettered_items_are_lines_of_their_own():
    statutes = (
        "Art. 6. – La qualité de membre de l'association se perd par l'un des motifs suivants :\n"
        "a) la démission adressée par écrit au président de l'association ;\n"
        "b) le décès du membre ou la dissolution de la personne morale ;\n"
        "c) la radiation prononcée par le bureau pour non-paiement de la\n"
        "cotisation annuelle ou pour un motif grave, l'intéressé entendu.\n"
    )
    assert paragraphs(statutes)[1:] == [
        "a) la démission adressée par écrit au président de l'association ;",
        "b) le décès du membre ou la dissolution de la personne morale ;",
        "c) la radiation prononcée par le bureau pour non-paiement de la\n"
        "cotisation annuelle ou pour un motif grave, l'intéressé entendu.",
    ]


SUBTITLES = (
    "– Tu as vu la lumière dans la grange ?\n"
    "– Non, rien du tout.\n"
    "[Grincement de porte]\n"
    "– Alors qui l'a allumée ?\n"
    "– Je voulais juste te dire que...\n"
    "...que je pars demain.\n"
    "(Musique douce)\n"
)


def test_a_dialogues_lines_and_stage_directions_are_sentences_never_the_headline():
    found = claims(SUBTITLES)
    assert found == [
        "– Tu as vu la lumière dans la grange ?",
        "– Non, rien du tout.",
        "[Grincement de porte]",
        "– Alors qui l'a allumée ?",
        "– Je voulais juste te dire que...\n...que je pars demain.",
        "(Musique douce)",
    ]
    assert analyse(SUBTITLES).title is None


def test_a_hearings_questions_and_a_transcripts_turns_are_prose():
    hearing = (
        "Procès-verbal d'audition du témoin\n\n"
        "Question : Où étiez-vous samedi vers 22 h ?\n\n"
        "Réponse : Chez ma sœur, à Albi. Nous avons dîné ensemble.\n\n"
        "Question : Quelqu'un peut-il le confirmer ?\n\n"
        "Réponse : Son mari, qui était là toute la soirée.\n"
    )
    found = claims(hearing)
    assert "Question : Où étiez-vous samedi vers 22 h ?" in found
    assert "Question : Quelqu'un peut-il le confirmer ?" in found
    transcript = (
        "[00:01:05] ANIMATRICE : Vous avez perdu combien de ruches cet hiver ?\n\n"
        "[00:01:09] MARC LEBON : Une quarantaine. C'est la pire année depuis que je suis installé.\n\n"
        "[00:01:20] ANIMATRICE : Et l'aide de l'État ?\n"
    )
    assert "[00:01:20] ANIMATRICE : Et l'aide de l'État ?" in claims(transcript)


def test_a_turn_closed_by_a_stage_direction_is_prose_a_caption_closed_by_its_credit_is_not():
    council = (
        "M. BRUN : Le tarif passera à 4 € au 1er janvier. [Murmures]\n\n"
        "Mme LEROY : Je mets aux voix la délibération. Elle est adoptée.\n"
    )
    assert "M. BRUN : Le tarif passera à 4 € au 1er janvier." in claims(council)
    assert "[Murmures]" in claims(council)
    page = (
        "Lorient : le port de pêche investit dans une nouvelle criée\n\n"
        "Le conseil portuaire a validé lundi un programme de 14 millions d'euros pour la criée.\n\n"
        "Des marins déchargent leurs caisses sur le quai, le 3 mars. (Archives Le Courrier)\n\n"
        "Les travaux commenceront au printemps et dureront deux ans, selon la direction du port.\n"
    )
    assert not any("Archives" in claim for claim in claims(page))


def test_a_tables_rows_are_never_the_headline():
    table = (
        "Prix moyen du gazole par région, novembre 2026 (en euros le litre)\n\n"
        "Bretagne : 1,72 (– 0,03)\n"
        "Normandie : 1,75 (+ 0,01)\n"
        "Occitanie : 1,69 (stable)\n\n"
        "Moyenne nationale : 1,73. Source : relevés des stations, décembre 2026.\n"
    )
    assert analyse(table).title == "Prix moyen du gazole par région, novembre 2026 (en euros le litre)"


def test_a_post_written_without_capitals_keeps_its_last_sentence_without_a_stop():
    thread = (
        "Vélo qui grince au freinage\n\n"
        "bonsoir, mon vélo grince depuis hier dès que je freine dans les descentes.\n\n"
        "quelqu'un a une idée ? merci d'avance\n\n"
        "suite au prochain épisode\n"
    )
    found = claims(thread)
    assert "quelqu'un a une idée ?" in found
    assert "merci d'avance" in found
    assert "suite au prochain épisode" not in found  # one clause without a stop: a heading, as before
