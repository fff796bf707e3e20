"""A review of the fourteenth session's rules probed them on ordinary news they were not written
for; each misreading it found is kept here, on invented text."""

import pytest

from annotations.nlp.boilerplate import is_chrome
from annotations.nlp.normalise import normalise
from annotations.nlp.paragraphs import text_paragraphs
from annotations.nlp.pipeline import analyse
from annotations.nlp.sentences import split_sentences
from tests.annotations.reading import labelled


def sentences(text: str) -> list[str]:
    text = normalise(text)
    return [text[start:end] for start, end in split_sentences(text)]


@pytest.mark.parametrize(
    "text",
    [
        # A page of short lines, each opening on a capital: no wrapped text.
        "Les Bleus battent l'Italie en ouverture du Tournoi\n"
        "Le XV de France s'est imposé 35-17 samedi soir au Stade de France.\n"
        "Antoine Dupont a inscrit deux essais et a été élu homme du match.\n"
        "Le prochain match aura lieu à Dublin le 14 février.",
        "Vannes : David Robo (DVD) réélu avec 54,2 % des voix\n"
        "Lorient : Fabrice Loher (UDI) réélu avec 61,8 % des voix\n"
        "Pontivy : Christine Le Strat (DVG) réélue avec 52,1 % des voix\n"
        "La participation s'établit à 48 % dans le département.",
        # A smiley is no open bracket.
        "Super soirée hier soir au concert :(\nLe son était mauvais.\nJe ne reviendrai pas.",
    ],
)
def test_lines_that_are_not_wrapped_stay_apart(text):
    assert len(text_paragraphs(text)) == len(text.splitlines())


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A capitalised abbreviation inside a sentence, before a name or a figure.
        ("Le magasin est au 12 Av. Jean-Jaurès, à Lyon.", ["Le magasin est au 12 Av. Jean-Jaurès, à Lyon."]),
        ("Le No. 1 mondial a gagné.", ["Le No. 1 mondial a gagné."]),
        # An inline list's numbers stay with their items.
        (
            "Ils réclament deux mesures. 1. La gratuité des transports. 2. La hausse des salaires.",
            ["Ils réclament deux mesures.", "1. La gratuité des transports.", "2. La hausse des salaires."],
        ),
        # An era ends a sentence after a verb or in a dateline.
        ("C'était en 52 av. J.-C. Les Gaulois perdent.", ["C'était en 52 av. J.-C.", "Les Gaulois perdent."]),
        ("Rome, 44 av. J.-C. Jules César est assassiné.", ["Rome, 44 av. J.-C.", "Jules César est assassiné."]),
    ],
)
def test_where_a_sentence_ends(text, expected):
    assert sentences(text) == expected


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("Les pays de l'Union européenne ont voté la réforme.", "pays de l'Union"),
        ("Marie Noël était poétesse.", "Marie"),
        ("Le respect de l'État de droit est essentiel.", "État"),
    ],
)
def test_no_such_name(text, wrong):
    assert not any(name == wrong for name, _label in labelled(text))


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        ("La maladie de François Mitterrand a été cachée.", "François Mitterrand", "PER"),
        ("La Francilienne Léa Martin a gagné le 10 000 mètres.", "Léa Martin", "PER"),
        ("Les pays du G7 se réunissent à Évian.", "G7", "ORG"),
    ],
)
def test_names_the_new_rules_must_leave(text, name, label):
    assert (name, label) in labelled(text)


def test_a_schedule_s_time_range_is_chrome_a_post_is_not():
    assert is_chrome(normalise("10h30 – 12h00 : atelier d'écriture à la médiathèque, avec un auteur."))
    assert not is_chrome(normalise("16h02 – Le préfet a levé l'alerte rouge sur le département."))


def test_an_interview_is_announced_at_the_top_not_by_a_meeting_further_down():
    text = (
        "La réforme des retraites divise toujours les syndicats du département.\n\n"
        "Les responsables syndicaux ont été reçus lundi par la préfète pour faire le point.\n\n"
        "Lors d'un entretien avec les partenaires sociaux, la préfète a rappelé le calendrier.\n\n"
        "Que prévoit la réforme ?\n\n"
        "Le texte repousse l'âge légal de départ à 64 ans et allonge la durée de cotisation.\n\n"
        "Qui est concerné ?\n\n"
        "Les salariés nés après 1961 sont concernés, selon le ministère du Travail.\n"
    )
    claims = [claim.text for claim in analyse(text).claims]
    assert "Que prévoit la réforme ?" not in claims
    assert "Qui est concerné ?" not in claims
