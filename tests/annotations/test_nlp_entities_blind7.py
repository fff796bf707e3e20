"""Entity rules first needed on the seventh blind set of news paragraphs (national politics,
business, culture, sport, international and francophone news), on invented sentences."""

import pytest

from annotations.nlp.nationalities import is_nationality
from tests.annotations.reading import labelled


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        # Capitalised establishments and foundations with their name or proper complement.
        ("L'Opéra de Rouen Normandie coproduit la pièce.", "Opéra de Rouen Normandie", "ORG"),
        ("La pièce sera jouée au Théâtre des Arts.", "Théâtre des Arts", "ORG"),
        ("La Fondation Abbé-Pierre publie son rapport annuel.", "Fondation Abbé-Pierre", "ORG"),
        # The chambers, and a chamber's committee, a body of its own.
        ("Le Premier ministre s'exprimera jeudi devant le Sénat.", "Sénat", "ORG"),
        ("Il a été auditionné par la commission des finances du Sénat.", "commission des finances du Sénat", "ORG"),
        # A nationality before a name holding a particle; a club before its score.
        ("La pièce est mise en scène par la Portugaise Inês Carvalho da Cunha.", "Inês Carvalho da Cunha", "PER"),
        ("Le Stade toulousain a battu le Racing 92 31-17 dimanche.", "Racing 92", "ORG"),
        # Kinds of places: a canton, a valley (not "pays": "les pays de l'Union européenne").
        ("Le canton de Vaud a voté la réforme.", "canton de Vaud", "LOC"),
        ("Le chantier traverse le val de Suse.", "val de Suse", "LOC"),
        ("Vinci Autoroutes augmente ses tarifs au 1er février.", "Vinci Autoroutes", "ORG"),
    ],
)
def test_names(text, name, label):
    assert (name, label) in labelled(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # A holiday, a disease named after a place: no names.
        ("Les vacances de Noël ne sont pas un moyen de pression.", "Noël"),
        ("Un vaccin contre la maladie de Lyme est à l'essai.", "Lyme"),
        # A lower-case establishment, a work: no body.
        ("L'opéra de Verdi sera donné en mai.", "opéra de Verdi"),
        ("La mairie ouvre un centre de loisirs à Brest.", "centre de loisirs"),
    ],
)
def test_no_names(text, word):
    assert not any(name.startswith(word) for name, _label in labelled(text))


def test_a_chamber_of_a_company_stays_a_part_of_it():
    assert not any(name.startswith("conseil") for name, _ in labelled("Le conseil d'administration de Renault a voté."))


def test_suissesse_is_a_nationality():
    assert is_nationality("Suissesse")


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Il joue dans le film « Le Comte de Monte-Cristo », sorti en juin.", "Le Comte de Monte-Cristo"),
        (
            "Le musée présente l'exposition « Miles Davis, le son et l'image » jusqu'en mai.",
            "Miles Davis, le son et l'image",
        ),
        ("Le programme, baptisé « Cours Oasis », concerne 40 écoles.", "Cours Oasis"),
    ],
)
def test_a_work_s_title_in_quotes_after_its_kind(text, title):
    assert (title, "MISC") in labelled(text)


def test_a_quote_is_no_title():
    assert labelled("Le maire a déclaré : « Nous ne fermerons pas l'école. »") == set()
