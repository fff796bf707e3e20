"""Kinds of chrome first met on the fifteenth blind batch of copied pages, on invented lines."""

import pytest

from annotations.nlp.boilerplate import is_chrome


@pytest.mark.parametrize(
    "line",
    [
        # A station saying where to tune in to it.
        "Radio Vallée est à écouter sur 98.4 FM à Annecy, en DAB+ et sur notre application.",
        "Télé Sud est à retrouver sur le canal 31 de la TNT et sur toutes les box.",
        # A work's reference line under its review: an album's tracks and length, a series' episodes.
        "« Nuits blanches », de Marc Olivier (Label Bleu / Pias), 12 titres, 44 minutes.",
        "« La Traversée », de Anne Caron (Arte), 6 épisodes, 52 min.",
        "« Le Port », de Paul Arnaud (Sony), 1 h 52.",
    ],
)
def test_is_chrome_recognises_the_kinds_of_the_fifteenth_blind_batch(line):
    assert is_chrome(line)


@pytest.mark.parametrize(
    "line",
    [
        # A station and a work as news.
        "La radio associative, qui émet sur 98.4 FM depuis 1985, est menacée de fermeture faute de subventions.",
        "Le nouveau programme de la station est à écouter depuis lundi, selon sa directrice.",
        "La radio est diffusée sur 98.4 FM depuis 1985 et compte 40 000 auditeurs.",
        "« Nuits blanches », de Marc Olivier, compte 12 titres enregistrés en une semaine à Lyon.",
        "« La Traversée », de Anne Caron, a réuni 2,1 millions de téléspectateurs pour son premier épisode.",
    ],
)
def test_is_chrome_keeps_the_same_words_in_news(line):
    assert not is_chrome(line)
