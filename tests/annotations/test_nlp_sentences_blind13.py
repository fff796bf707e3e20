"""Rules first needed on the thirteenth blind sentence set (evaluation/data/sentences_blind13.fr.md), the genres and
shapes the twelve earlier sets cover least, on invented text, each with the look-alike it must leave alone: a tide's
coefficient, an inventory number, a work's dimensions and a weekday before its day go on; a title's "?" or "!" before
its details in brackets goes on when the sentence does; a classification's rank under another's run; a transcript's
speaker in capitals opens a turn, no heading; a results page's section under its headline; a role opening a line of
the article's body is no journalist's bio."""

import pytest

from annotations.nlp.boilerplate import is_chrome
from annotations.nlp.pipeline import analyse
from annotations.nlp.segment import find_blocks
from annotations.nlp.sentences import split_sentences


def sentences(text: str, start: int = 0) -> list[str]:
    return [text[a:b] for a, b in split_sentences(text, start)]


def kinds(text: str) -> dict[str, str]:
    return {text[block.start : block.end]: block.kind for block in find_blocks(text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a tide's coefficient and an inventory number before theirs go on
        (
            "Pleine mer : 7.12 (coef. 102) et 19.31 (coef. 104).",
            ["Pleine mer : 7.12 (coef. 102) et 19.31 (coef. 104)."],
        ),
        ("Le vase est prêté par le musée (inv. MNB 1287).", ["Le vase est prêté par le musée (inv. MNB 1287)."]),
        # a work's height and width before their measure go on; a time's "h." after its figure ends its sentence
        (
            "Bouquet de pivoines, huile sur bois, h. 41 cm ; l. 33 cm, coll. part.",
            ["Bouquet de pivoines, huile sur bois, h. 41 cm ; l. 33 cm, coll. part."],
        ),
        (
            "Le départ est fixé à 9 h. 41 coureurs sont inscrits.",
            ["Le départ est fixé à 9 h.", "41 coureurs sont inscrits."],
        ),
        (
            "La cuve contient 300 l. 12 fuites ont été colmatées.",
            ["La cuve contient 300 l.", "12 fuites ont été colmatées."],
        ),
        # a weekday's abbreviation before its day and month goes on; at a line's end, before a capital, it ends
        ("Jeu. 21 janvier, 20 h : concert du chœur.", ["Jeu. 21 janvier, 20 h : concert du chœur."]),
        ("Fermeture le lun. Ouvert les jours fériés.", ["Fermeture le lun.", "Ouvert les jours fériés."]),
        # a title ending on "!" or "?", its year or publisher in brackets, the sentence going on after them
        (
            "Elle enregistre Adieu la mer ! (1979) puis Qui se souvient ? (1985), son dernier disque.",
            ["Elle enregistre Adieu la mer ! (1979) puis Qui se souvient ? (1985), son dernier disque."],
        ),
        (
            "Dans À quoi bon ? (éd. du Seuil, 2003), l'auteur répond.",
            ["Dans À quoi bon ? (éd. du Seuil, 2003), l'auteur répond."],
        ),
        # a stage direction or a note's call after a question, a new sentence after them: split as before
        ("Vous partez déjà ? (rires) Elle se lève.", ["Vous partez déjà ?", "(rires)", "Elle se lève."]),
        ("Quelle erreur ! (Applaudissements.) Il reprend.", ["Quelle erreur !", "(Applaudissements.)", "Il reprend."]),
    ],
)
def test_abbreviations_and_titles(text, expected):
    assert sentences(text) == expected


def test_a_rank_under_the_same_rank_of_a_run_on_the_line_above():
    text = 'Juniors (6 km) : 1. Léo Marin, 19\'40" ; 2. Tom Ruiz, à 4".\nCadettes (4 km) : 1. Inès Dorval, 15\'02".'
    assert sentences(text, text.index("Cadettes")) == ["Cadettes (4 km) : 1. Inès Dorval, 15'02\"."]
    # a label's figure with no run above it ends its sentence, as before
    text = "Bilan : 1. Le comité se réunira lundi.\nBilan : 1. Le maire reste."
    assert sentences(text, text.index("Bilan", 5)) == ["Bilan : 1.", "Le maire reste."]


def test_a_transcripts_speaker_in_capitals_opens_a_turn_not_a_heading():
    text = (
        "Le Point du matin, épisode 12\n"
        "PAUL. – Bonjour, il est 6.30 et voici les titres du jour.\n"
        "CLARA. – Et la météo ?\n"
        "PAUL. – Pluvieuse sur tout le pays, avec des orages en soirée.\n"
        "CLARA. – Encore ?\n"
        "PAUL. – Hélas, oui, jusqu'à jeudi au moins.\n"
    )
    found = kinds(text)
    assert found["CLARA. – Et la météo ?"] == "paragraph"
    assert found["CLARA. – Encore ?"] == "paragraph"
    # a heading in capitals with a colon, lower case after it, stays a heading between paragraphs
    text = (
        "Le bilan de la saison touristique dans le département\n"
        "La fréquentation des campings a progressé de 4 % cet été, selon le comité départemental.\n"
        "UE : quel avenir ?\n"
        "Les élus attendent une réponse de Bruxelles sur les fonds de cohésion avant la fin de l'année.\n"
        "ONU : quelle réforme ?\n"
        "Le débat reprendra au printemps, quand la commission aura rendu ses conclusions sur le dossier.\n"
    )
    assert kinds(text)["UE : quel avenir ?"] == "heading"


def test_a_results_pages_section_under_its_headline():
    text = (
        "Les résultats du dimanche\n"
        "Volley, Ligue A (8e journée)\n"
        "Tours - Poitiers : 3-1.\n"
        "Montpellier - Cannes : 2-3.\n"
        "Classement : 1. Tours, 21 pts ; 2. Cannes, 19 ; 3. Poitiers, 15.\n"
        "Rugby, Pro D2 (11e journée)\n"
        "Agen - Dax : 27-13.\n"
        "Le SU Agen remonte à la troisième place du classement après sa quatrième victoire consécutive.\n"
    )
    found = kinds(text)
    assert (found["Les résultats du dimanche"], found["Volley, Ligue A (8e journée)"]) == ("title", "paragraph")
    # a label above a headline with its standfirst under it stays a label, as before
    text = (
        "Notre avis\n"
        "Un thriller haletant dans les Alpes\n"
        "Le réalisateur signe un film tendu, porté par une actrice au sommet de son art et une photographie splendide.\n"
        "La première scène, une ascension de nuit sous l'orage, donne le ton d'un récit qui ne faiblit jamais.\n"
    )
    assert kinds(text)["Un thriller haletant dans les Alpes"] == "title"


def test_a_role_opening_a_line_of_the_body_is_no_journalists_bio():
    body = (
        "Une ONG dénonce des expulsions dans la capitale\n\n"
        "Le rapport publié mardi recense 312 familles expulsées de leur logement depuis le début de l'année.\n\n"
        "{line}\n\n"
        "Son enquête a duré six mois et s'appuie sur des décisions de justice et une quarantaine de témoignages.\n\n"
        "La préfecture n'a pas souhaité réagir à ces accusations mardi soir.\n\n"
        "Par Anne Martin\n\n"
        "Journaliste au service Société depuis 2021, elle suit les questions de logement.\n"
    )
    bio = "Journaliste au service Société depuis 2021, elle suit les questions de logement."
    for role in (
        "Journaliste de métier, il travaille pour Amnesty International depuis 2019.",
        "Correspondante à Dakar, elle travaille pour Médecins sans frontières depuis 2020.",
    ):
        assert is_chrome(role)  # read alone, the line has a bio's shape
        text = body.format(line=role)
        found = kinds(text)
        assert found[role] == "paragraph"
        assert role in {claim.text for claim in analyse(text).claims}
        # the bio under the byline at the page's end stays chrome
        assert found[bio] == "boilerplate"
    # under the byline, above the article, a bio stays chrome
    text = (
        "Une ONG dénonce des expulsions dans la capitale\n\nPar Anne Martin\n\n"
        "Journaliste de métier, il travaille pour Le Courrier du Soir depuis 2019.\n\n"
        "Le rapport publié mardi recense 312 familles expulsées de leur logement depuis le début de l'année.\n\n"
        "Son enquête a duré six mois et s'appuie sur des décisions de justice et une quarantaine de témoignages.\n"
    )
    assert kinds(text)["Journaliste de métier, il travaille pour Le Courrier du Soir depuis 2019."] == "boilerplate"


# The review of sent13 (rev-sent13): each rule narrowed to its shape, on new sentences beside the look-alikes it
# took before.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "coef." and "inv." go on before their number, a collection's letters first; before a word, they end
        ("Basse mer : 12.58 (coef. 98).", ["Basse mer : 12.58 (coef. 98)."]),
        ("Don de la famille Kerhervé, 1998 (inv. D 98-3-1).", ["Don de la famille Kerhervé, 1998 (inv. D 98-3-1)."]),
        (
            "Samedi, la marée affichera 112 de coef. Plusieurs milliers de pêcheurs à pied sont attendus.",
            ["Samedi, la marée affichera 112 de coef.", "Plusieurs milliers de pêcheurs à pied sont attendus."],
        ),
        (
            "Grande marée ce week-end, avec un fort coef. Mardi, la mer redescendra.",
            ["Grande marée ce week-end, avec un fort coef.", "Mardi, la mer redescendra."],
        ),
        # a weekday's abbreviation in a date goes on, "du ... au ..." too; the sea or a name before a timeline's date
        # ends its sentence
        ("Ouvert du mar. 2 au sam. 6 mars.", ["Ouvert du mar. 2 au sam. 6 mars."]),
        (
            "Trois baigneurs ont été emportés par la mer. 14 juillet : la plage reste fermée.",
            ["Trois baigneurs ont été emportés par la mer.", "14 juillet : la plage reste fermée."],
        ),
        (
            "Le chien s'appelait Sam. 12 mars : il disparaît du jardin.",
            ["Le chien s'appelait Sam.", "12 mars : il disparaît du jardin."],
        ),
        # a title's publisher and year in brackets, opening on a capital, the sentence going on; a credit or a
        # caption after a question headline still ends it
        (
            "Elle publie Où sont passés les oiseaux ? (Actes Sud, 2024), un essai remarqué.",
            ["Elle publie Où sont passés les oiseaux ? (Actes Sud, 2024), un essai remarqué."],
        ),
        (
            "Faut-il interdire les SUV en ville ? (AFP) Le débat agite le Conseil de Paris.",
            ["Faut-il interdire les SUV en ville ?", "(AFP)", "Le débat agite le Conseil de Paris."],
        ),
        (
            "Va-t-on manquer d'eau cet été ? (lire aussi page 4) Les nappes sont basses.",
            ["Va-t-on manquer d'eau cet été ?", "(lire aussi page 4)", "Les nappes sont basses."],
        ),
    ],
)
def test_review_abbreviations_and_titles(text, expected):
    assert sentences(text) == expected


def test_review_a_lists_point_under_a_run_ends_its_rank():
    text = 'Seniors : 1. Paul Morvan, 32\'10" ; 2. Luc Tanguy, à 8".\nVétérans : 1. Yves Le Goff, 35\'44".'
    assert sentences(text, text.index("Vétérans")) == ["Vétérans : 1. Yves Le Goff, 35'44\"."]
    text = "Classement : 1. Brest, 30 pts ; 2. Lens, 28 pts.\nÀ retenir : 1. Le club breton reste invaincu à domicile."
    assert sentences(text, text.index("À retenir")) == ["À retenir : 1.", "Le club breton reste invaincu à domicile."]


RUBRICS = [
    "Le journal du matin",
    "ÉDITO : Faut-il encore croire aux promesses ?",
    "Le gouvernement a présenté mercredi un budget que tous les économistes jugent irréaliste et fragile.",
    "Les collectivités locales, elles, attendent toujours les compensations promises depuis deux ans.",
    "MÉTÉO : Va-t-il encore pleuvoir ?",
    "Des averses orageuses sont attendues sur tout le littoral jusqu'à jeudi soir, selon Météo-France.",
]
SPEAKERS = [
    "Le Point du soir, épisode 4",
    "LÉA : Bonsoir à tous, voici le sommaire.",
    "MARC : Et la météo ?",
    "LÉA : Elle sera pluvieuse demain sur tout le pays, avec du vent.",
    "MARC : Encore ?",
]


@pytest.mark.parametrize(
    ("lines", "line", "kind"),
    [
        # each rubric names its own line: the headline and a heading stay, as before sent13
        (RUBRICS, 1, "title"),
        (RUBRICS, 4, "heading"),
        # speakers who each speak twice: a transcript's turns
        (SPEAKERS, 2, "paragraph"),
        (SPEAKERS, 4, "paragraph"),
    ],
)
def test_review_rubrics_in_capitals_are_no_turns(lines, line, kind):
    assert kinds("\n".join(lines) + "\n")[lines[line]] == kind


def test_review_a_match_reports_score_under_its_headline():
    # one score under the headline, then prose: the headline stays, its label above it chrome
    text = (
        "Ligue 2, 17e journée\n"
        "Rodez fait tomber le leader troyen\n"
        "Troyes - Rodez : 1-2.\n"
        "Rodez a signé un exploit samedi soir au stade de l'Aube, devant plus de 9 000 spectateurs médusés.\n"
        "L'entraîneur aveyronnais a salué « un match parfait » de ses joueurs après la rencontre.\n"
    )
    assert kinds(text)["Rodez fait tomber le leader troyen"] == "title"


HEAD = (
    "Les loyers flambent dans les villes moyennes de l'Ouest\n\n"
    "Le prix moyen du mètre carré loué a progressé de 7 % en un an à Vannes, selon l'observatoire régional.\n\n"
    "La hausse touche surtout les petites surfaces, très demandées par les étudiants et les saisonniers.\n\n"
    "Journaliste au service Économie depuis 2015, il couvre l'immobilier et le logement.\n\n"
)


@pytest.mark.parametrize(
    "tail",
    [
        "Réagir à cet article\n\nGwenaël29 : Et pendant ce temps les salaires ne bougent pas, il faudrait que "
        "quelqu'un l'explique aux élus.\n\nMarie B. : À Lorient c'est pareil, nous cherchons depuis huit mois un "
        "deux-pièces à un prix raisonnable.\n",
        "À lire aussi\n\nÀ Lorient, les étudiants peinent à trouver un logement à moins de 500 euros par mois cette "
        "année.\n\nLe gouvernement promet un plan pour le logement des jeunes actifs d'ici à la fin du mois de mars.\n",
    ],
)
def test_review_a_bio_under_the_article_above_chrome_stays_chrome(tail):
    found = kinds(HEAD + tail)
    assert found["Journaliste au service Économie depuis 2015, il couvre l'immobilier et le logement."] == "boilerplate"
