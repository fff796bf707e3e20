"""Entities blind-13 (40 paragraphs of encyclopedia prose beyond France, European Parliament debates,
medicine product information and a regional daily, written blind in the eighteenth session):
corrected by kind after its single measure; each rule on invented text, with the look-alike it must
leave alone."""

import pytest

from tests.annotations.reading import labelled


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        # The European Parliament's groups, and an acronym in brackets after a member's name.
        ("M. Dupuis (S&D) a salué le compromis.", "S&D", "ORG"),
        ("Mme Holm (Verts/ALE) a voté contre, comme le groupe Renew.", "Renew", "ORG"),
        ("Maria Kowalska (PPE), rapporteure, a défendu le texte.", "PPE", "ORG"),
        # A medicine by a leaflet's orders and words.
        ("N'utilisez jamais Corvalène si vous êtes allergique au lactose.", "Corvalène", "MISC"),
        ("Il n'existe pas de données sur l'utilisation de Pyrexol chez la femme enceinte.", "Pyrexol", "MISC"),
        ("Nevaxil a obtenu une autorisation de mise sur le marché conditionnelle.", "Nevaxil", "MISC"),
        # A heading's words in capitals are cut from the name glued to them.
        ("1. DÉNOMINATION DU MÉDICAMENT Felvira 10 mg, comprimé.", "Felvira", "MISC"),
        (
            "7. TITULAIRE DE L'AUTORISATION DE MISE SUR LE MARCHÉ Laboratoires Morand, Lyon.",
            "Laboratoires Morand",
            "ORG",
        ),
        # Roads by their number, ranges by their head, treaties by their place.
        ("Un camion s'est renversé sur la RD 974 mardi soir.", "RD 974", "LOC"),
        ("Les monts Tatras marquent la frontière.", "monts Tatras", "LOC"),
        ("Le traité de Westminster met fin au conflit.", "traité de Westminster", "MISC"),
        # A town's societies by their head.
        ("La Musique municipale de Creutzwald donnera son concert.", "Musique municipale de Creutzwald", "ORG"),
    ],
)
def test_names_of_blind13_kinds(text, name, label):
    assert (name, label) in labelled(text)


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        # "PPE" alone is France's energy plan, no group; a department in brackets after a town stays a place.
        ("La PPE prévoit de nouveaux réacteurs.", "PPE", "ORG"),
        ("Il vit à Pontarlier (Doubs) depuis vingt ans.", "Doubs", "LOC"),
        # A place in capitals is no heading.
        ("LE HAVRE. – Le port a rouvert.", "LE HAVRE", "LOC"),
        ("La BNP Paribas a publié ses comptes.", "BNP Paribas", "ORG"),
        # "prenez" before a person's given name is no medicine.
        ("Pour ce rôle, prenez Marie Curie.", "Marie Curie", "PER"),
    ],
)
def test_look_alikes_of_blind13_kinds(text, name, label):
    assert dict(labelled(text)).get(name) == label


@pytest.mark.parametrize(
    "text",
    [
        "2. COMPOSITION QUALITATIVE ET QUANTITATIVE Chaque gélule contient 5 mg de principe actif.",
        "4.6 Fertilité, grossesse et allaitement. Aucune donnée n'est disponible.",  # after a section's number
        "Les CM2 de l'école partent en classe verte.",  # a school year
    ],
)
def test_headings_and_school_years_are_no_names(text):
    assert not labelled(text)
