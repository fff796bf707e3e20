"""On a transfer page a town a player comes from or goes to is a club (ORG), at each of its occurrences but
those where one was born, grew up or lives, which stay a place (LOC); a town on a page on no players stays a
place."""

import pytest

from annotations.nlp.pipeline import analyse
from annotations.nlp.teams import is_a_transfer_page


def labels_of(text: str, name: str) -> list[str]:
    """The labels of the occurrences of `name` in `text`, in order."""
    return [entity.label for entity in analyse(text).entities if entity.text == name]


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        (
            "Le club a enregistré le départ de sa gardienne, partie à Nantes pour deux saisons. Originaire de "
            "Nantes, la joueuse y retrouvera sa famille.",
            "Nantes",
            ["ORG", "LOC"],
        ),
        (
            "L'ailier Sami Benali arrive en provenance de Dijon. Le joueur avait ouvert un restaurant à Dijon en 2019.",
            "Dijon",
            ["ORG", "LOC"],
        ),
        # Look-alikes: the club at each occurrence where it plays or moves a player stays a club; a town on a page
        # on no players stays a place at each occurrence.
        (
            "Le club a enregistré le départ de sa gardienne, partie à Nantes cet été. Nantes a battu Brest (2-0) "
            "samedi.",
            "Nantes",
            ["ORG", "ORG"],
        ),
        (
            "La préfète est partie à Nantes lundi. Nantes accueille le congrès des maires en juin.",
            "Nantes",
            ["LOC", "LOC"],
        ),
        # The club the player moves to or from, then what it does: the club at each occurrence.
        (
            "Le défenseur arrive en provenance de Lorient pour quatre saisons. Lorient percevra 8 millions "
            "d'euros, selon le club.",
            "Lorient",
            ["ORG", "ORG"],
        ),
        (
            "L'attaquante a été prêtée à Guingamp jusqu'en juin. Guingamp lui promet du temps de jeu, a expliqué "
            "l'entraîneur.",
            "Guingamp",
            ["ORG", "ORG"],
        ),
        # Look-alike: where the player was born, on the same page, stays the town.
        (
            "Le club a prêté son attaquant à Metz jusqu'en juin. Né à Metz, le joueur retrouve sa famille.",
            "Metz",
            ["ORG", "LOC"],
        ),
    ],
)
def test_towns_are_clubs_where_a_transfer_says_so(text, name, expected):
    assert labels_of(text, name) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le gardien international quitte le club cet été.", True),  # a male goalkeeper's move
        ("La gardienne rejoint le club promu.", True),
        ("Le gardien de la paix a été blessé lors de l'interpellation.", False),  # no club's word
        ("Le gardien de l'immeuble a prévenu les pompiers.", False),
    ],
)
def test_a_goalkeepers_page_is_a_transfer_page_with_a_clubs_word(text, expected):
    assert is_a_transfer_page(text.lower()) is expected
