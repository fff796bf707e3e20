"""Rules first needed on the ninth blind sentence set (evaluation/data/sentences_blind9.fr.md), the layouts
and genres the eight earlier sets cover least, on invented text, each with the look-alike it must leave
alone: a cut marked in a quotation ("[...]") opening the sentence after it, "env." and "hab." after their
figure closing a sentence before a capital, a minimum and a maximum going on before their figure, a
list's item never taken for the headline, and a short label over a list's items no chrome."""

from annotations.nlp import boilerplate
from annotations.nlp.normalise import normalise
from annotations.nlp.pipeline import analyse
from annotations.nlp.sentences import split_sentences


def sentences(text: str) -> list[str]:
    text = normalise(text)
    return [text[start:end] for start, end in split_sentences(text)]


def test_a_cut_marked_in_brackets_opens_the_sentence_after_it():
    assert sentences("« Nous irons jusqu'au bout. […] Le pays nous suivra », écrivait-il en 1958.") == [
        "« Nous irons jusqu'au bout.",
        "[…] Le pays nous suivra », écrivait-il en 1958.",
    ]
    assert sentences("Elle note : « La digue a cédé. (...) Personne n'était prévenu. »") == [
        "Elle note : « La digue a cédé.",
        "(...) Personne n'était prévenu. »",
    ]
    # the look-alikes: a stop after the cut, and an ellipsis without brackets, end their sentence
    assert sentences("Il a tout raconté [...]. Le juge l'a écouté sans un mot.") == [
        "Il a tout raconté [...].",
        "Le juge l'a écouté sans un mot.",
    ]
    assert sentences("J'ai hésité... Puis j'ai signé le bail.") == ["J'ai hésité...", "Puis j'ai signé le bail."]


def test_env_or_hab_after_its_figure_ends_its_sentence_before_a_capital():
    assert sentences("La route restera coupée jusqu'à 18 h env. Une déviation est balisée par Gouesnou.") == [
        "La route restera coupée jusqu'à 18 h env.",
        "Une déviation est balisée par Gouesnou.",
    ]
    assert sentences("Le bourg compte 4 200 hab. Le maire veut en attirer 500 de plus.") == [
        "Le bourg compte 4 200 hab.",
        "Le maire veut en attirer 500 de plus.",
    ]
    # the look-alikes: "env." before its figure, opening a sentence or inside one
    assert sentences("Le chantier a duré env. 18 mois. Env. 300 riverains sont concernés.") == [
        "Le chantier a duré env. 18 mois.",
        "Env. 300 riverains sont concernés.",
    ]


def test_a_minimum_or_a_maximum_goes_on_before_its_figure():
    assert sentences("Samedi : min. -3 °C, max. 9 °C. Vent faible de nord-est.") == [
        "Samedi : min. -3 °C, max. 9 °C.",
        "Vent faible de nord-est.",
    ]
    assert sentences("Dimanche, gel au petit matin. Min. 2 °C à Morlaix.") == [
        "Dimanche, gel au petit matin.",
        "Min. 2 °C à Morlaix.",
    ]
    # the look-alike: minutes after their figure end the sentence before one
    assert sentences("La pause a duré 10 min. 2 joueurs sont sortis sur blessure.") == [
        "La pause a duré 10 min.",
        "2 joueurs sont sortis sur blessure.",
    ]


def test_a_lists_item_is_never_the_headline():
    text = (
        "Canicule : les bons gestes pour les aînés\n\n"
        "À prévoir :\n"
        "– une bouteille d'eau de 1,5 l par personne\n"
        "– un chapeau à large bord\n"
        "– un brumisateur pour les petits-enfants\n\n"
        "La mairie rappelle que les personnes âgées doivent boire régulièrement, même sans soif. "
        "Un registre des personnes fragiles est ouvert à l'accueil, du lundi au vendredi.\n\n"
        "Les agents du CCAS appelleront chaque jour les inscrits tant que durera l'alerte."
    )
    analysis = analyse(text)
    titles = [text[block.start : block.end] for block in analysis.blocks if block.kind == "title"]
    assert titles == ["Canicule : les bons gestes pour les aînés"]
    # the look-alike: a headline under a dash alone, no list around it, is still the headline
    text = "– Exclusif –\nLe port de Brest prépare un troisième quai\n\n" + text.split("\n\n", 2)[2]
    titles = [text[block.start : block.end] for block in analyse(text).blocks if block.kind == "title"]
    assert titles == ["Le port de Brest prépare un troisième quai"]


def test_a_short_label_over_a_lists_items_is_the_articles_lead_in_not_chrome():
    assert not boilerplate.is_chrome("Pièces à fournir :", "– une pièce d'identité en cours de validité")
    assert not boilerplate.is_chrome("Il a retenu :", "1. le coût des travaux ;")
    # the look-alikes: a label over links or buttons is the site's
    assert boilerplate.is_chrome("Tags :", "Politique")
    assert boilerplate.is_chrome("Partager :", "Facebook")
    # and a table of contents' label over its entries, a newsletter's or an issue's
    assert boilerplate.is_chrome("Au sommaire :", "• Les marchés de Noël du canton")
    assert boilerplate.is_chrome("Dans ce numéro :", "– Le portrait du mois")
    text = (
        "Passeports : la mairie de Vitré ouvre des créneaux le samedi\n\n"
        "Face à l'afflux de demandes avant l'été, le service d'état civil recevra sur rendez-vous le samedi matin, "
        "de 9 h à 12 h, jusqu'à la fin du mois de juin.\n\n"
        "Pièces à fournir :\n"
        "– une pièce d'identité en cours de validité\n"
        "– un justificatif de domicile de moins d'un an\n"
        "– une photo d'identité récente\n\n"
        "Les rendez-vous se prennent sur le site de la ville ou par téléphone à l'accueil de la mairie."
    )
    found = [claim.text for claim in analyse(text).claims]
    assert "Pièces à fournir :" in found
    assert "– un justificatif de domicile de moins d'un an" in found


def test_a_minimum_or_a_maximum_after_its_figure_ends_its_sentence_before_a_figure():
    assert sentences("Les places sont à 15 € max. 3 billets par personne seront vendus.") == [
        "Les places sont à 15 € max.",
        "3 billets par personne seront vendus.",
    ]
    assert sentences("Vitesse limitée à 30 km/h max. 4 radars ont été posés rue Jaurès.") == [
        "Vitesse limitée à 30 km/h max.",
        "4 radars ont été posés rue Jaurès.",
    ]
    assert sentences("Le débat a duré 40 minutes au max. 12 questions ont été posées.") == [
        "Le débat a duré 40 minutes au max.",
        "12 questions ont été posées.",
    ]
    # the look-alike: before its figure, after another figure's comma, it goes on
    assert sentences("Les températures : min. -2 °C à Lille, max. 9 °C à Nice.") == [
        "Les températures : min. -2 °C à Lille, max. 9 °C à Nice."
    ]


def test_the_label_of_one_of_the_pages_own_lists_stays_chrome_over_its_items():
    assert boilerplate.is_chrome("Rubriques :", "- Politique")
    assert boilerplate.is_chrome("Mots-clés :", "- inflation")
    assert boilerplate.is_chrome("Partager :", "– Facebook")
    assert boilerplate.is_chrome("Dans la même rubrique :", "- Le Tour de France passera par Pau")
    # the look-alikes: a lead-in of the article's own list
    assert not boilerplate.is_chrome("Ses priorités :", "1. Baisser les impôts de 5 %")
    assert not boilerplate.is_chrome("Ingrédients :", "– 250 g de farine")
    text = (
        "Inondations : la préfecture maintient l'alerte\n\n"
        "Le Rhône a atteint 6,20 m mardi à Lyon, son plus haut niveau depuis 2003, selon la préfecture.\n\n"
        "Rubriques :\n- Politique\n- Économie\n- Sport\n"
    )
    analysis = analyse(text)
    chrome = [text[block.start : block.end] for block in analysis.blocks if block.kind == "boilerplate"]
    assert chrome == ["Rubriques :", "- Politique", "- Économie", "- Sport"]
    assert [claim.text for claim in analysis.claims] == [
        "Le Rhône a atteint 6,20 m mardi à Lyon, son plus haut niveau depuis 2003, selon la préfecture."
    ]


def test_a_cut_in_brackets_after_words_ends_their_sentence_before_a_capital():
    assert sentences("« Il a tout perdu (...) Sa femme l'a quitté », raconte un voisin.") == [
        "« Il a tout perdu (...)",
        "Sa femme l'a quitté », raconte un voisin.",
    ]
    # the look-alikes: a cut opening its sentence, after a stop or a quote, goes on
    assert sentences("Le maire a lu la lettre. [...] Le lendemain, il a démissionné.") == [
        "Le maire a lu la lettre.",
        "[...] Le lendemain, il a démissionné.",
    ]
    assert sentences("« [...] Nous irons jusqu'au bout », a-t-il lancé.") == [
        "« [...] Nous irons jusqu'au bout », a-t-il lancé."
    ]
