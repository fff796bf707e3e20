"""Rules first needed on the second blind sentence set (evaluation/data/sentences_blind2.fr.md), on
invented text: hard-wrapped prose, a live blog's timed posts, interviews announced as such, a
letter naming a building."""

import pytest

from annotations.nlp.boilerplate import is_chrome
from annotations.nlp.normalise import normalise
from annotations.nlp.paragraphs import text_paragraphs
from annotations.nlp.pipeline import analyse
from annotations.nlp.sentences import split_sentences


def claims(text: str) -> list[str]:
    return [claim.text for claim in analyse(text).claims]


def sentences(text: str) -> list[str]:
    text = normalise(text)
    return [text[start:end] for start, end in split_sentences(text)]


WRAPPED = (
    "Le conseil municipal de Saint-Clair a voté lundi soir la fermeture de\n"
    "l'école du hameau, faute d'élèves. La maire de Saint-Clair, Mme\n"
    "Josiane Roux, parle d'un « coup dur » pour sa commune de 1 300 hab.\n"
    "Les parents ont été reçus par le lieutenant de louveterie, J.-M.\n"
    "Hébert, qui les a écoutés pendant deux heures et demie jeudi soir, puis\n"
    "par le sous-préfet, qui leur a promis un car scolaire pour la rentrée\n"
    "de septembre. La direction recrute encore six animateurs (contact :\n"
    "recrutement@saint-clair.fr).\n"
)


def test_a_hard_wrapped_text_runs_on_across_its_lines_whatever_ends_them():
    assert [text for start, end in text_paragraphs(WRAPPED) for text in [WRAPPED[start:end]]] == [WRAPPED.strip()]
    found = claims(WRAPPED)
    assert "La maire de Saint-Clair, Mme\nJosiane Roux, parle d'un « coup dur » pour sa commune de 1 300 hab." in found
    assert any(
        claim.startswith("Les parents ont été reçus par le lieutenant de louveterie, J.-M.\nHébert") for claim in found
    )
    assert "La direction recrute encore six animateurs (contact :\nrecrutement@saint-clair.fr)." in found


def test_short_lines_are_no_wrapped_text():
    text = "Accueil\nActualités\nSports\n\nLe maire a démissionné lundi.\n"
    assert len(text_paragraphs(text)) == 4


def test_a_live_blog_s_timed_posts_are_prose_a_ticker_s_headlines_are_not():
    text = (
        "21h15 – Résultats définitifs : liste Benali 54,2 %, liste Moreau 45,8 %.\n"
        "20h47 – Participation : 58,3 %, contre 61,9 % au premier tour.\n"
        "20h00 – Fermeture des bureaux de vote. Le dépouillement commence.\n"
    )
    assert "Le dépouillement commence." in claims(text)
    assert any(claim.startswith("21h15 – Résultats définitifs") for claim in claims(text))
    # (pages.md's blind-5 had a transfer story's timed update as chrome: a general rule wins)
    update = "Le club a trouvé un accord mercredi soir.\n\n9h12 – La mairie annonce l'ouverture d'un gymnase.\n"
    assert "9h12 – La mairie annonce l'ouverture d'un gymnase." in claims(update)
    ticker = "Le maire a démissionné lundi, après dix ans de mandat.\n\n00:45 – Montoir : un incendie dans une usine\n"
    assert not any("Montoir" in claim for claim in claims(ticker))


INTERVIEW = (
    "« Le vrai danger, c'est l'habitude » : entretien avec une prévisionniste\n\n"
    "Prévisionniste à Météo-France depuis 1998, Sylvie Marchal publie un livre sur les orages.\n\n"
    "Les épisodes méditerranéens sont-ils plus fréquents ?\n\n"
    "Plus intenses, en tout cas. Une atmosphère plus chaude contient davantage de vapeur d'eau.\n\n"
    "Les alertes sont-elles bien comprises ?\n\n"
    "Pas toujours. Quand on déclenche la vigilance rouge, certains haussent les épaules.\n"
)


def test_an_interview_announced_as_such_keeps_its_questions():
    found = claims(INTERVIEW)
    assert "Les épisodes méditerranéens sont-ils plus fréquents ?" in found
    assert "Les alertes sont-elles bien comprises ?" in found


def test_an_interview_s_question_to_vous_is_no_site_asking_its_reader():
    text = (
        "Le chef Yannick Tanguy, installé à Douarnenez, vient de décrocher sa première étoile. Rencontre.\n\n"
        "Vous attendiez-vous à cette étoile ?\n\n"
        "Pas du tout ! J'étais en cuisine quand mon téléphone a sonné.\n\n"
        "Qu'est-ce qui va changer ?\n\n"
        "Rien, j'espère. On garde nos 28 couverts et nos producteurs.\n"
    )
    assert "Vous attendiez-vous à cette étoile ?" in claims(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A letter naming a building or a group ends a sentence; an initial after a name does not.
        (
            "Le service est au 2e étage du bâtiment C. Le chantier a duré un an.",
            ["Le service est au 2e étage du bâtiment C.", "Le chantier a duré un an."],
        ),
        ("Le discours de J.-M. Le Pen a choqué.", ["Le discours de J.-M. Le Pen a choqué."]),
        # "Celle-ci" opens a sentence after an acronym; a thermostat's "th." is an abbreviation.
        (
            "Le permis a été délivré à la société Atlantique S.A.S. Celle-ci peut faire appel.",
            ["Le permis a été délivré à la société Atlantique S.A.S.", "Celle-ci peut faire appel."],
        ),
        ("Préchauffez le four à 200 °C (th. 6-7).", ["Préchauffez le four à 200 °C (th. 6-7)."]),
    ],
)
def test_where_a_sentence_ends(text, expected):
    assert sentences(text) == expected


def test_a_page_s_repeated_running_head_never_opens_a_wrapped_sentence():
    text = (
        "VILLE MAG N° 38 · HIVER 2026\n"
        "Les habitants doivent trier leurs biodéchets depuis janvier, et la collecte des\n"
        "bacs bruns a commencé dans quatorze communes, avec des composteurs collectifs\n"
        "installés près des salles des fêtes. Des bénévoles en assurent l'entretien et\n"
        "VILLE MAG N° 38 · HIVER 2026\n"
        "retournent la matière chaque semaine, selon le syndicat des déchets du secteur.\n"
    )
    claims = [claim.text for claim in analyse(text).claims]
    assert not any("VILLE MAG" in claim for claim in claims)


@pytest.mark.parametrize(
    "line",
    [
        "Télécharger le communiqué (PDF, 248 Ko)",
        "Rapport annuel 2026 - PDF - 2,4 Mo",
        "Envoie-nous tes photos par WhatsApp.",
    ],
)
def test_a_download_and_a_site_saying_tu_are_chrome(line):
    assert is_chrome(normalise(line))
