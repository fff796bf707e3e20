"""Entity rules first needed on the fifth blind set of news paragraphs, on invented sentences."""

import pytest

from annotations.nlp.nationalities import is_nationality
from annotations.nlp.pipeline import analyse
from tests.annotations.reading import labelled


def canonical(text: str) -> dict[str, str]:
    return {entity.text: entity.canonical for entity in analyse(text).entities}


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("Espagnol", True),
        ("Américaine", True),
        ("Grecque", True),
        ("Turques", True),
        ("Sud-Coréens", True),
        ("Canadienne", True),
        ("espagnol", False),  # an adjective, in lower case
        ("Suisse", False),  # the country
        ("Lorraine", False),  # a region
        ("Bordelais", False),  # a town's and a region's
    ],
)
def test_a_nationality_is_a_capitalised_country_demonym(word, expected):
    assert is_nationality(word) is expected


def test_a_nationality_before_a_one_word_name_or_capitals_leaves_its_label():
    found = labelled("Le Japonais Nissan va supprimer des emplois. Le Français Mistral AI a levé des fonds.")
    assert not any(label == "PER" for _text, label in found)


def test_a_nationality_is_no_name_and_says_the_name_after_it_is_a_person():
    found = labelled(
        "La Polonaise Ewa Zawadzka s'est inclinée en finale face à l'Américaine Jody Brenner. "
        "L'Espagnol a rendu hommage à son entraîneur."
    )
    assert ("Ewa Zawadzka", "PER") in found
    assert ("Jody Brenner", "PER") in found
    assert not any(text in ("Espagnol", "Américaine", "Polonaise") or "Polonaise" in text for text, _label in found)


def test_a_bracketed_party_after_a_person_is_not_the_person():
    names = canonical("Le sénateur Laurent Bréhat (LR) défend le texte. Les LR voteront pour.")
    assert names.get("Laurent Bréhat") == "Laurent Bréhat"
    assert names.get("LR", "LR") == "LR"


def test_an_acronym_keeps_the_body_it_first_followed_when_a_person_later_bears_it():
    names = canonical(
        "L'Agence France-Presse (AFP) a confirmé l'information. Selon Jean Martin (AFP), "
        "la décision sera connue lundi. L'AFP publiera un démenti."
    )
    assert names.get("AFP") == "Agence France-Presse"


@pytest.mark.parametrize(
    "text",
    [
        "Le ministre reste garde des Sceaux après le remaniement.",
        "Le président de la République recevra les syndicats jeudi.",
        "La présidente du Conseil italien a reçu son homologue.",
        "Le Premier ministre canadien a promis des mesures de rétorsion.",
        "Le président de la République française a reçu les maires.",
        "Président de la République depuis 2017, il a signé le décret.",
    ],
)
def test_a_role_s_title_holds_no_name(text):
    assert labelled(text) == set()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Le président du Conseil constitutionnel a rendu sa décision.", "Conseil constitutionnel"),
        ("Le président du Conseil européen a convoqué un sommet.", "Conseil européen"),
        ("Le président de la République tchèque est attendu à Paris.", "République tchèque"),
    ],
)
def test_a_body_named_after_a_role_s_words_stays(text, name):
    assert name in {found for found, _label in labelled(text)}


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        ("La Haute Autorité de santé rendra son avis en mai.", "Haute Autorité de santé", "ORG"),
        ("L'Autorité de la concurrence a infligé une amende.", "Autorité de la concurrence", "ORG"),
        ("Le diocèse de Rennes a nommé un évêque.", "diocèse de Rennes", "ORG"),
        ("Les agriculteurs ont bloqué l'autoroute A64 lundi.", "autoroute A64", "LOC"),
        ("Les habitants de la cité des Oliviers manifestent.", "cité des Oliviers", "LOC"),
        ("Le vote a eu lieu au restaurant Drouant.", "restaurant Drouant", "ORG"),
        ("Le prix Renaudot a été décerné mardi.", "prix Renaudot", "MISC"),
        ("Il a gagné les championnats de France de natation.", "championnats de France de natation", "MISC"),
        ("La Fédération française de natation salue l'exploit.", "Fédération française de natation", "ORG"),
        (
            "Le ministère de l'Europe et des Affaires étrangères dément.",
            "ministère de l'Europe et des Affaires étrangères",
            "ORG",
        ),
        ("Le ministère du Travail et de l'Emploi publie les chiffres.", "ministère du Travail et de l'Emploi", "ORG"),
        ("Le Salon international de l'agriculture ouvre samedi.", "Salon international de l'agriculture", "MISC"),
        ("Le tableau vient de la National Gallery de Londres.", "National Gallery", "ORG"),
        ("Les délégations sont attendues à la COP30 en novembre.", "COP30", "MISC"),
        ("L'économiste J. Doyne Farmer interviendra.", "J. Doyne Farmer", "PER"),
        ("L'économiste É. Doyne Farmer interviendra.", "É. Doyne Farmer", "PER"),
    ],
)
def test_names_by_their_head_and_shape(text, name, label):
    assert (name, label) in labelled(text)


def test_a_title_or_a_sentence_s_end_before_a_name_is_not_an_initial():
    assert ("M. Delmas", "PER") not in labelled("M. Delmas a été élu maire de la commune.")
    found = labelled("La France jouera dans le groupe C. Didier Deschamps a salué le tirage.")
    assert not any(text.startswith("C.") for text, _label in found)


@pytest.mark.parametrize(
    ("text", "not_a_name"),
    [
        ("Il a renforcé l'autorité de Macron sur sa majorité.", "autorité de Macron"),
        ("Orléans, la cité de Jeanne d'Arc, fête son héroïne.", "cité de Jeanne d'Arc"),
        ("Les prix SNCF augmentent de 3 % en janvier.", "prix SNCF"),
        ("Il a dîné au restaurant de Paul Bocuse.", "restaurant de Paul Bocuse"),
        (
            "Selon des sources au ministère de l'Intérieur et de l'Élysée, rien n'est décidé.",
            "ministère de l'Intérieur et de l'Élysée",
        ),
    ],
)
def test_heads_that_make_no_name_in_these_uses(text, not_a_name):
    assert not_a_name not in {found for found, _label in labelled(text)}


def test_a_company_by_its_context():
    found = labelled("Le roman, publié chez Vasseline, s'est vendu à 300 000 exemplaires.")
    assert ("Vasseline", "ORG") in found
    found = labelled("Jeanne Bertal, sa directrice générale, a rappelé les chiffres du groupe.")
    assert ("Jeanne Bertal", "PER") in found
    found = labelled("Chez Carrefour, son PDG Alexandre Bompard a présenté le plan.")
    assert ("Carrefour", "PER") not in found
    found = labelled("Chez Veolia, son directeur général, Jean Martin, a présenté le plan.")
    assert ("Veolia", "ORG") in found
    assert ("Jean Martin", "PER") in found


def test_two_tribunals_are_not_one_name():
    found = labelled("Les tribunaux de Nanterre et de Versailles ont été saisis.")
    assert not any(" et de " in text for text, _label in found)
