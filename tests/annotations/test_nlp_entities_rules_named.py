"""A rule or a directive named by what it rules on, in lower case ("le règlement sur ...", "la directive sur
..."), is a name (MISC) only as one of the European Union's texts: by its scope's adjective, an acronym after
it, or a text that speaks of Europe. Elsewhere it is a common noun phrase: a school's, a firm's or a town hall's
rule. Rules named by a capitalised name, and pacts (always political: "le pacte pour ..."), stay names wherever
they are."""

import pytest

from tests.annotations.reading import labelled


@pytest.mark.parametrize(
    "text",
    [
        "Le principal a rappelé la directive sur les sorties de la cour de récréation.",
        "Le gérant affiche le règlement sur les congés du personnel dans la salle de pause.",
        "Le syndic a voté le règlement sur le stationnement des vélos dans la résidence.",
        "Les parents contestent la directive sur les horaires de la garderie.",
    ],
)
def test_rules_on_a_subject_outside_europe_are_no_names(text):
    assert not [name for name, label in labelled(text) if label == "MISC"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # Look-alikes that stay names: Europe spoken of in the text, the scope's adjective, an acronym after it.
        (
            "Les eurodéputés ont adopté mardi la directive sur le devoir de vigilance des entreprises.",
            "directive sur le devoir de vigilance",
        ),
        (
            "Le ministre invoque le règlement général sur les exemptions par catégorie.",
            "règlement général sur les exemptions",
        ),
        (
            "Les banques devront appliquer le règlement sur la résilience opérationnelle (DORA) dès janvier.",
            "règlement sur la résilience opérationnelle",
        ),
        ("Le gouvernement défend la directive Bolkestein devant les syndicats.", "directive Bolkestein"),
        ("Les maires ont signé le pacte pour la sobriété énergétique en mars.", "pacte pour la sobriété énergétique"),
    ],
)
def test_rules_on_a_subject_in_europe_are_names(text, name):
    assert (name, "MISC") in labelled(text)
