"""Kinds of chrome first met on the fifth and sixth blind batches of copied pages, on invented lines."""

import pytest

from annotations.nlp.boilerplate import is_chrome
from annotations.nlp.normalise import normalise
from annotations.nlp.page_ends import ends_article
from annotations.nlp.segment import find_blocks

CONSENT_BANNER = (
    "Le respect de votre vie privée est notre priorité. Avec votre accord, nos 187 partenaires et nous-mêmes "
    "utilisons des cookies ou des technologies similaires pour stocker des informations sur votre appareil, "
    "mesurer l'audience du site, personnaliser les publicités et les contenus et développer nos services. "
    "Vous pouvez à tout moment retirer votre consentement ou vous opposer aux traitements fondés sur "
    "l'intérêt légitime en cliquant sur « Réglages » en bas de chaque page."
)


@pytest.mark.parametrize(
    "line",
    [
        "Aller au pied de page",
        "Ajouter à mes favoris",
        CONSENT_BANNER,
        "Entretien filmé : le maire de Quimperlé répond à nos questions. Durée : 4 min 12",
        "Avec Hélène Lebrun, directrice de l'Observatoire régional du logement",
        "Mise à jour 16h40 : la circulation a été rétablie sur la rocade en fin d'après-midi.",
        "9h12 – Point presse de la préfecture",
        "« Les Vents d'Ouessant », de Marion Kerjean : 4 étoiles. Un huis clos marin d'une grande tenue.",
        "« Dernier Train », de Paul Ancel : 2/5. Un thriller poussif.",
        "Les commentaires sont modérés a priori. Merci de respecter la charte de bonne conduite.",
        "Données boursières différées de 20 minutes. Cours donnés à titre indicatif.",
        "L'Écho du Bocage reproduit ce texte tel qu'il a été reçu. Il n'engage que son auteur.",
        "Thomas Kerhervé sur le plateau de Radio Littoral, le 14 octobre 2026.",
    ],
)
def test_is_chrome_recognises_the_kinds_of_the_fifth_blind_batch(line):
    assert is_chrome(line)


@pytest.mark.parametrize(
    "line",
    [
        "Avec Hélène Lebrun, la gauche perd son dernier bastion du canton",
        "Durée : 14 mois de travaux, selon la métropole qui finance le chantier.",
        "Mise à jour du cadastre : la commune recense 1 200 parcelles en friche.",
        "« Les Vents d'Ouessant », de Marion Kerjean, sort mercredi dans 80 salles.",
        "Les données de l'Insee, publiées jeudi, confirment la hausse des prix de 2,1 % sur un an.",
        # An article about a site's consent banner, longer than a notice: "le site", not "nous" or "vous".
        "La CNIL a infligé jeudi une amende de 2 millions d'euros à l'éditeur d'un comparateur de prix. Le site "
        "déposait des cookies publicitaires dès l'arrivée des internautes, avant tout consentement, et rendait le "
        "refus plus difficile que l'acceptation, selon la délibération publiée au Journal officiel. L'éditeur, qui "
        "conteste la sanction, a annoncé qu'il saisirait le Conseil d'État dans les deux mois qui viennent, comme "
        "la loi l'y autorise.",
    ],
)
def test_is_chrome_keeps_the_article_lines_near_those_kinds(line):
    assert not is_chrome(line)


def test_ends_article_at_the_comments_label():
    assert ends_article("Vos commentaires")
    assert ends_article("Ajouter un commentaire")
    assert not ends_article("Les commentaires du maire ont surpris l'opposition.")


def kinds(text: str) -> dict[str, str]:
    text = normalise(text)
    return {text[block.start : block.end]: block.kind for block in find_blocks(text)}


HEADLINE = "Quimperlé : la piscine municipale rouvrira au printemps après deux ans de travaux"
STANDFIRST = (
    "Le chantier, qui a coûté 6,2 millions d'euros, s'achève avec trois mois de retard sur le calendrier initial.\n"
)
FIRST = "Les nageurs devront encore patienter. La mairie a fixé la réouverture au 4 avril, a annoncé le maire.\n"
SECOND = "Le bassin de 25 mètres a été entièrement refait. Un toboggan et un espace bien-être ont été ajoutés.\n"


def test_the_headline_is_the_last_title_shaped_line_with_its_byline_under_it():
    video = "Reportage : les ouvriers à pied d'œuvre sur le chantier du bassin"
    page = f"Le Courrier du Pays\nSports et loisirs\n{HEADLINE}\nPar Anne Kervella\nPublié le 3 mars 2026\n"
    found = kinds(page + video + "\n" + STANDFIRST + FIRST + SECOND)
    assert found[HEADLINE] == "title"
    assert found[video] != "title"
    # A date alone under the site's name is the header's, not a byline: the headline below it is still chosen.
    found = kinds(f"Le Courrier du Pays Finistère\nJeudi 3 mars 2026\n{HEADLINE}\n" + STANDFIRST + FIRST + SECOND)
    assert found[HEADLINE] == "title"


def test_the_one_sentence_summaries_of_teasers_under_a_related_label_are_the_list():
    teasers = (
        "Sur le même sujet\n"
        "Concarneau : le centre nautique agrandi pour accueillir les scolaires\n"
        "Les travaux doivent commencer en septembre et durer un an.\n"
        "Natation : les clubs du Finistère manquent de créneaux\n"
        "Faute de bassins, plusieurs clubs refusent des inscriptions.\n"
        "Publicité\n"
    )
    found = kinds(f"{HEADLINE}\nPar Anne Kervella\n" + STANDFIRST + FIRST + SECOND + teasers)
    assert found["Les travaux doivent commencer en septembre et durer un an."] == "boilerplate"
    assert found["Faute de bassins, plusieurs clubs refusent des inscriptions."] == "boilerplate"
    # A link under the label, then the article's own short paragraph and a subheading with its paragraph.
    own = "La mairie promet des tarifs inchangés.\n"
    article = "Lire aussi\nConcarneau : le centre nautique agrandi\n" + own + "Des horaires élargis\n" + SECOND
    found = kinds(f"{HEADLINE}\nPar Anne Kervella\n" + STANDFIRST + FIRST + article)
    assert found[own.strip()] == "paragraph"


def test_the_numbered_entries_of_a_table_of_contents_are_chrome():
    contents = "1. Qui paiera les travaux ?\n2. Quand rouvrira le bassin ?\n"
    body = "Qui paiera les travaux ?\n" + FIRST + "Quand rouvrira le bassin ?\n" + SECOND
    found = kinds(f"{HEADLINE}\nPar Anne Kervella\n" + STANDFIRST + contents + body)
    assert found["1. Qui paiera les travaux ?"] == "boilerplate"
    assert found["2. Quand rouvrira le bassin ?"] == "boilerplate"
    # A numbered line whose text is no later line of the page is the article's own list.
    listed = "1. La commune a voté un emprunt de 2 millions d'euros pour les travaux.\n"
    found = kinds(f"{HEADLINE}\nPar Anne Kervella\n" + STANDFIRST + FIRST + listed + SECOND)
    assert found[listed.strip()] == "paragraph"


# --- Kinds first met on the sixth blind batch -------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        # A video's credits, with or without a final point, after "de" or a colon.
        "Reportage de Yannick Le Goff et Claire Moulin",
        "Images : Yannick Le Goff, Claire Moulin",
        # A button that shows or hides part of the page.
        "Afficher la transcription",
        "Masquer le texte intégral",
        "Afficher plus",
        # A publication line in the feminine ("la mise à jour", "l'information publiée").
        "Mise à jour à 17h05",
        "Mise à jour le 12 janvier 2027",
        "Publiée le 12/01/2027 à 08h30",
        "Actualisée il y a 2 heures",
        # A replay's broadcast stamp, with its date (no slash between figures makes it a credit).
        "Diffusé le 14/03/2027 à 20h10 · Disponible jusqu'au 13/04/2027",
        "Diffusée le 3 février 2027",
        # A health site's disclaimer, whatever its negation.
        "Les contenus de ce site sont donnés à titre d'information et ne remplacent en aucun cas l'avis d'un "
        "pharmacien ou d'un médecin.",
        "Ces conseils ne sauraient se substituer à une consultation.",
        # A contributor's bio: a name, what they are, then what they write for.
        "Hugo Lefèvre est doctorant en géographie à Rennes. Il écrit pour L'Écho des Facs depuis 2024 et suit "
        "les questions de transport.",
        "Clara Weiss est historienne. Elle écrit dans Mediapart depuis 2021.",
    ],
)
def test_is_chrome_recognises_the_kinds_of_the_sixth_blind_batch(line):
    assert is_chrome(line)


@pytest.mark.parametrize(
    "line",
    [
        "Le reportage de Yannick Le Goff a été diffusé mardi soir.",
        "Le préfet refuse d'afficher la transcription des échanges avec les syndicats.",
        "Mise à jour des listes électorales : 1 200 nouveaux inscrits à Lorient",
        "Publiée en 1998, la carte des sentiers est enfin rééditée",
        "Diffusé le 14 mars, le documentaire a réuni 2,1 millions de téléspectateurs.",
        "Diffusée sur France 3, la série tourne à Sète depuis 2019",
        "Diffusé à 20h10, le match a été regardé par 6 millions de personnes.",
        "Hugo Lefèvre est retraité. Il écrit pour ses petits-enfants le récit de sa carrière de docker.",
        # Someone who writes to someone or somewhere is no contributor.
        "Jean Dupont est maire de Brest depuis 2020. Il écrit au Premier ministre pour réclamer des crédits.",
        "Anne Martin est députée du Finistère. Elle écrit à Bruxelles pour défendre les pêcheurs.",
        "Paul Girard est conseiller du président. Il écrit pour Emmanuel Macron la plupart de ses discours.",
    ],
)
def test_is_chrome_keeps_the_article_lines_near_the_kinds_of_the_sixth_blind_batch(line):
    assert not is_chrome(line)


def test_ends_article_at_an_author_box_label_in_any_gender():
    assert ends_article("À propos de l'autrice")
    assert ends_article("À propos des auteurs")
    assert ends_article("Qui est l'auteure ?")
    assert not ends_article("À propos de l'autrice du rapport, la ministre n'a rien dit.")


def test_a_video_credit_above_the_headline_is_not_the_title():
    credit = "Reportage de Yannick Le Goff et Claire Moulin"
    page = f"Régions\nLancer la vidéo\n{credit}\n{HEADLINE}\n" + STANDFIRST + "Écrit par Anne Kervella\n"
    found = kinds(page + FIRST + SECOND)
    assert found[HEADLINE] == "title"
    assert found[credit] == "boilerplate"


def test_a_transcript_behind_its_toggle_after_a_short_related_list_is_the_article():
    voice = (
        "Voix off : Devant le bassin vide, les maîtres-nageurs comptent les jours. Certains n'ont pas travaillé "
        "depuis l'automne et attendent la réouverture pour retrouver leurs élèves.\n"
    )
    related = "À voir aussi\nBrest : la piscine de Recouvrance fermée un mois\nLorient : un nouveau bassin nordique\n"
    transcript = "Afficher la transcription\nTranscription du reportage\n" + voice + "Masquer la transcription\n"
    found = kinds(f"{HEADLINE}\nPar Anne Kervella\n" + STANDFIRST + FIRST + SECOND + related + transcript)
    assert found[voice.strip()] == "paragraph"
    assert found["Afficher la transcription"] == "boilerplate"
    assert found["Lorient : un nouveau bassin nordique"] == "boilerplate"


def test_an_author_box_label_ends_the_article_and_its_bio():
    bio = "Anne Kervella couvre l'actualité du pays de Quimperlé depuis 2019, après dix ans passés à Brest.\n"
    found = kinds(f"{HEADLINE}\nPar Anne Kervella\n" + STANDFIRST + FIRST + SECOND + "À propos de l'autrice\n" + bio)
    assert found[bio.strip()] == "boilerplate"
    assert found[SECOND.strip()] == "paragraph"
