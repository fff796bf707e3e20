"""Rules first needed on the fifteenth blind sentence set (evaluation/data/sentences_blind15.fr.md), the genres and
shapes the fourteen earlier sets cover least, on invented text, each with the look-alike it must leave alone: a
quarter's, a category's, a square's, a university's, experience's and a race group's abbreviations before their
figure or name; a weekday's after "les"; a country's abbreviation alone in brackets before a score; a title's "?"
before its distributor and a chart's colon; the headline over a first section's heading, over a chart's numbered
entries, never a line with an e-mail address; a hard-wrapped label pushed down by its long value, a label in
capitals under the headline."""

import pytest

from annotations.nlp.bylines import dated_rubric
from annotations.nlp.paragraphs import text_paragraphs
from tests.annotations.test_nlp_sentences_blind14 import kinds, sentences


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # abbreviations before their figure, letter or name go on; before a word opening a sentence they end it
        (
            "Les ventes reculent au 3e trim. 2026, selon l'Insee.",
            ["Les ventes reculent au 3e trim. 2026, selon l'Insee."],
        ),
        ("Tout se joue au 4e trim. Les stocks sont bas.", ["Tout se joue au 4e trim.", "Les stocks sont bas."]),
        (
            "La mairie recrute un agent (cat. B, temps partiel). Envoyer un CV.",
            ["La mairie recrute un agent (cat. B, temps partiel).", "Envoyer un CV."],
        ),
        (
            "Rendez-vous au 3, pl. Kléber, à Strasbourg. Entrée libre.",
            ["Rendez-vous au 3, pl. Kléber, à Strasbourg.", "Entrée libre."],
        ),
        (
            "Avec la Pre Awa Diop (univ. Cheikh-Anta-Diop), à 18 h.",
            ["Avec la Pre Awa Diop (univ. Cheikh-Anta-Diop), à 18 h."],
        ),
        ("Exp. 3 ans exigée. Permis B.", ["Exp. 3 ans exigée.", "Permis B."]),
        ("Prix d'Essai (Gr. III, plat, 1 600 m).", ["Prix d'Essai (Gr. III, plat, 1 600 m)."]),
        # a weekday's abbreviation after "les" before its days
        (
            "Ramassage des encombrants les mer. 4 et 18 mars, dès 7 h.",
            ["Ramassage des encombrants les mer. 4 et 18 mars, dès 7 h."],
        ),
        ("Il vient de la mer. 14 marins sont à bord.", ["Il vient de la mer.", "14 marins sont à bord."]),
        # a country's abbreviation alone in brackets before a score; a stage direction or a word in brackets ends
        (
            "B. Okoro (Nig.) bat P. Alves (Por.) 6-4, 6-2. Finale dimanche.",
            ["B. Okoro (Nig.) bat P. Alves (Por.) 6-4, 6-2.", "Finale dimanche."],
        ),
        ("Il se tait (Silence.) 3 minutes passent.", ["Il se tait (Silence.)", "3 minutes passent."]),
        # a stop after the bracket ends the sentence: "(B.E.I.). Le reste ..."
        (
            "La route est financée par la Banque européenne (B.E.I.). Le reste vient de l'État.",
            ["La route est financée par la Banque européenne (B.E.I.).", "Le reste vient de l'État."],
        ),
        # a title's "?" before its distributor and a chart's colon goes on; before a credit and a capital, no
        (
            "2. Qui a tué Papa ? (Diaphana) : 84 300 entrées.",
            ["2. Qui a tué Papa ? (Diaphana) : 84 300 entrées."],
        ),
        ("Qui paiera ? (AFP) Le sommet s'ouvre.", ["Qui paiera ?", "(AFP)", "Le sommet s'ouvre."]),
    ],
)
def test_sentences_blind15_abbreviations_and_brackets(text, expected):
    assert sentences(text) == expected


def test_headline_over_the_first_sections_heading():
    text = (
        "Handball, volley, hockey : les résultats du week-end\n"
        "Starligue (11e journée)\n"
        "Vendredi : Nantes - Toulouse 33-28.\n"
        "Samedi : Chambéry - Dunkerque 30-30 ; Limoges - Cesson 27-25.\n"
        "Ligue A, volley\n"
        "Tours bat Montpellier 3-1 (25-20, 22-25, 25-18, 25-21).\n"
        "Hockey, Magnus\n"
        "Grenoble - Rouen 4-2.\n"
    )
    found = kinds(text)
    assert found["Handball, volley, hockey : les résultats du week-end"] == "title"
    assert found["Starligue (11e journée)"] == "heading"


def test_headline_with_one_section_heading_under_it_stays():
    # one heading after the body's start is no run of sections: the short line over the article is its headline
    text = (
        "Bulletin de la communauté de communes\n"
        "Le maire de Vannes démissionne\n"
        "Le maire de Vannes a annoncé lundi soir sa démission, après onze ans de mandat à la tête de la ville.\n"
        "Il invoque des raisons de santé et laisse la place à sa première adjointe, élue en 2020 sur sa liste.\n"
        "Une succession ouverte\n"
        "Le conseil municipal élira le nouveau maire le 12 janvier, lors d'une séance publique à l'hôtel de ville.\n"
    )
    assert kinds(text)["Le maire de Vannes démissionne"] == "title"


def test_headline_over_a_charts_lead_in_and_never_an_address():
    chart = (
        "Ventes de livres : le prix Goncourt s'envole\n"
        "Meilleures ventes en France, semaine du 9 au 15 novembre (source : Edistat)\n"
        "1. La Maison des sables (Gallimard) : 48 200 exemplaires.\n"
        "2. Le Chemin de Kaolack (Actes Sud) : 21 900 exemplaires.\n"
        "3. Nuit blanche à Liège (Seuil) : 14 100 exemplaires.\n"
        "Le lauréat du Goncourt a triplé ses ventes en une semaine, selon l'institut, qui compte les passages en caisse.\n"
        "Les librairies indépendantes en ont vendu un tiers, un record pour un prix littéraire ces dernières années.\n"
    )
    assert kinds(chart)["Ventes de livres : le prix Goncourt s'envole"] == "title"
    ads = (
        "Réf. 812 – Garage à Vesoul recrute mécanicien H/F. CDI, 35 h/sem. Salaire selon profil et expérience.\n"
        "Écrire à emploi@garage-exemple.fr\n"
        "\n"
        "Réf. 815 – Librairie à Dole cherche libraire à mi-temps. Poste à pourvoir au 1er mars, expérience souhaitée.\n"
    )
    assert kinds(ads)["Écrire à emploi@garage-exemple.fr"] != "title"


def test_hard_wrapped_label_pushed_down_and_capitals_label():
    wrapped = (
        "La préfecture a levé vendredi les restrictions d'eau dans tout le département\n"
        "de la Charente, après trois semaines de pluies abondantes sur le bassin. Contact :\n"
        "service-eau-et-biodiversite@charente.gouv.fr, tél. 05 45 00 00 00.\n"
        "Les arrêtés restent consultables en mairie et sur le site de la préfecture, qui\n"
        "publie aussi la carte des débits mesurés chaque lundi sur les cours d'eau.\n"
    )
    found = [wrapped[a:b] for a, b in text_paragraphs(wrapped)]
    assert len(found) == 1
    headed = (
        "Groupe Fabre : le chiffre d'affaires annuel progresse de 5,1 % à 2,3 milliards\n"
        "COMMUNIQUÉ DE PRESSE\n"
        "\n"
        "Castres, le 2 mars 2027 – Le groupe Fabre publie un chiffre d'affaires de 2,3 Md€\n"
        "pour l'exercice 2026, en hausse de 5,1 % à périmètre constant, porté par la\n"
        "santé animale et la dermatologie. La marge opérationnelle atteint 12,4 %, contre\n"
        "11,8 % un an plus tôt, selon le communiqué publié avant l'ouverture de la Bourse.\n"
    )
    found = [headed[a:b] for a, b in text_paragraphs(headed)]
    assert "COMMUNIQUÉ DE PRESSE" in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a quarter and experience end their sentence before another capital, as "coef." does (review of sent15)
        (
            "Le chômage a reculé de 0,3 point au 3e trim. Bercy s'attendait à une hausse.",
            ["Le chômage a reculé de 0,3 point au 3e trim.", "Bercy s'attendait à une hausse."],
        ),
        (
            "Profil : bac +2 et 3 ans d'exp. Poste basé à Namur, dès janvier.",
            ["Profil : bac +2 et 3 ans d'exp.", "Poste basé à Namur, dès janvier."],
        ),
        # ... and go on before their figure
        (
            "Les ventes doivent remonter au 2e trim. 2027, selon le directeur.",
            ["Les ventes doivent remonter au 2e trim. 2027, selon le directeur."],
        ),
        ("Exp. 5 ans en cuisine exigée. Permis B.", ["Exp. 5 ans en cuisine exigée.", "Permis B."]),
        # a square before its name still goes on
        (
            "La réunion se tiendra pl. Saint-Lambert, à Liège, jeudi. Les riverains sont invités.",
            ["La réunion se tiendra pl. Saint-Lambert, à Liège, jeudi.", "Les riverains sont invités."],
        ),
    ],
)
def test_sentences_quarter_and_experience_end_before_another_capital(text, expected):
    assert sentences(text) == expected


def test_short_headline_under_a_shorter_label_keeps_its_intertitles():
    # a site's label shorter than the headline over it is no headline, however many intertitles follow
    text = (
        "L'actualité de la Montérégie\n"
        "Grève des chauffeurs à Longueuil\n"
        "Les chauffeurs du réseau ont débrayé mardi matin, privant de bus quelque 80 000 usagers de la Rive-Sud.\n"
        "Les revendications\n"
        "Le syndicat réclame une hausse de 15 % sur quatre ans et de meilleures pauses, selon son président.\n"
        "La position de la direction\n"
        "La direction offre 9 %, une proposition qu'elle juge « généreuse » dans un communiqué publié mardi.\n"
    )
    assert kinds(text)["Grève des chauffeurs à Longueuil"] == "title"


def test_headline_over_numbered_paragraphs_of_prose_is_no_charts_lead_in():
    text = (
        "L'actualité de la Montérégie\n"
        "Deux projets retenus à Longueuil\n"
        "1. Un nouveau centre aquatique sera construit d'ici 2029 près du parc, pour 60 millions de dollars.\n"
        "2. La rue Saint-Charles deviendra piétonne chaque été dès 2027, après une consultation publique.\n"
        "Le conseil municipal a adopté ces deux projets mardi soir, à l'unanimité, a indiqué la mairesse.\n"
    )
    assert kinds(text)["Deux projets retenus à Longueuil"] == "title"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an abbreviation alone in brackets ends its sentence before a capital, as any bracket does
        (
            "Le texte a été raccourci (Réd.) Le maire nous répond point par point.",
            ["Le texte a été raccourci (Réd.)", "Le maire nous répond point par point."],
        ),
        (
            "Vainqueur : Awa Diallo (Sén.) Deuxième : Marie Tremblay (Can.)",
            ["Vainqueur : Awa Diallo (Sén.)", "Deuxième : Marie Tremblay (Can.)"],
        ),
        # ... and goes on before a score
        (
            "Finale : J. Peeters (Bel.) bat P. Roux (Fra.) 7-5, 6-4. Le Belge gagne 80 points.",
            ["Finale : J. Peeters (Bel.) bat P. Roux (Fra.) 7-5, 6-4.", "Le Belge gagne 80 points."],
        ),
    ],
)
def test_sentences_abbreviation_in_brackets_ends_before_a_capital(text, expected):
    assert sentences(text) == expected


def test_a_brackets_range_or_a_row_of_figures_is_no_dated_rubric():
    # a sign's dates in brackets and a race's finishing order are the text's, no page's stamp over its rubrics
    assert dated_rubric("Lion (23 juillet - 22 août)") is None
    assert dated_rubric("Tiercé : 4 - 11 - 2.") is None
    assert dated_rubric("Lausanne · Société · 7 déc. 2026 à 06:30") == "7 déc. 2026 à 06:30"
