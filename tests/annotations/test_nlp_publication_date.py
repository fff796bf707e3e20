"""annotations/nlp/publication_date.py: the day a text says it was published anchors its relative
dates when none is given; a stated day without its year, or a date inside the prose, does not."""

from datetime import date

import pytest

from annotations.nlp.pipeline import analyse

BODY = "Les cheminots ont voté la grève mardi. La veille, la direction avait proposé 2 % de hausse."


def stated(text: str) -> tuple[date | None, list[tuple[str, str]]]:
    analysis = analyse(text)
    return analysis.published, [(found.text, found.value) for found in analysis.dates]


@pytest.mark.parametrize(
    "text",
    [
        # an agency's dispatch, its day between the town and the agency
        f"Grève au dépôt\n\nLYON, 9 octobre 2025 (AFP) – {BODY}\n",
        f"Grève au dépôt\n\nSAINT-ÉTIENNE, 9 octobre 2025 – {BODY}\n",
        f"Grève au dépôt\n\nSaint-Étienne, 9 octobre 2025 (Reuters). – {BODY}\n",
        # a date line of its own above the text, as a page or a press database prints it
        f"Grève au dépôt\n\nJeudi 9 octobre 2025\n\n{BODY}\n",
        f"Grève au dépôt\n\nLe 9 octobre 2025 à 18h40\n\n{BODY}\n",
        # the page's publication line, below the text too
        f"Grève au dépôt\n\n{BODY}\n\nPublié le 9 octobre 2025 à 19h02\n",
    ],
)
def test_a_stated_publication_day_anchors_the_relative_dates(text):
    published, dates = stated(text)
    assert published == date(2025, 10, 9)
    assert ("mardi", "2025-10-07") in dates and ("La veille", "2025-10-06") in dates


@pytest.mark.parametrize(
    "text",
    [
        f"Grève au dépôt\n\nLYON, 9 octobre (AFP) – {BODY}\n",  # a dispatch day without its year
        f"Grève au dépôt\n\nLyon, 9 octobre 2025 – {BODY}\n",  # a feature's opening on a day: no agency, no capitals
        f"Grève au dépôt\n\nLe 9 octobre 2025, à Lyon, {BODY[0].lower()}{BODY[1:]}\n",  # prose, no dateline
        f"Grève au dépôt\n\n{BODY}\n\nJeudi 9 octobre 2025\n\nUn autre article.\n",  # a date line after the text
    ],
)
def test_no_publication_day_is_read_where_the_text_does_not_state_one(text):
    published, dates = stated(text)
    assert published is None
    assert all(value != "2025-10-07" for _text, value in dates)  # "mardi" is left unread


def test_a_given_publication_date_wins_over_the_stated_one():
    analysis = analyse(f"Grève au dépôt\n\nLYON, 9 octobre 2025 (AFP) – {BODY}\n", published=date(2025, 10, 10))
    assert analysis.published == date(2025, 10, 10)
    assert ("mardi", "2025-10-07") in [(found.text, found.value) for found in analysis.dates]


@pytest.mark.parametrize(
    "line",
    [
        "Tulle | Publié le 9/10/2025 à 18h42",  # a place, then the line
        "Par Anne Morel · Publié le 9 octobre 2025 à 19h02",  # a byline
        "Faits divers – Publié le 9 octobre 2025, mis à jour le 10 octobre 2025",  # a rubric; the first day
        "Mis à jour le 10/10/2025 à 08h00 · Publié le 9/10/2025 à 18h42",  # the publication, not the update
    ],
)
def test_a_publication_line_after_a_separator_anchors_the_relative_dates(line):
    published, dates = stated(f"{line}\n\nGrève au dépôt de Brive\n\n{BODY}\n")
    assert published == date(2025, 10, 9)
    assert ("mardi", "2025-10-07") in dates


@pytest.mark.parametrize(
    "line",
    [
        "Tulle | Le livre publié le 9 octobre 2025 a été réédité",  # "publié" inside a clause, no line of its own
        "Tulle | Culture | Livres",  # parts with no day
    ],
)
def test_a_line_of_parts_with_no_publication_part_states_no_day(line):
    published, _dates = stated(f"{line}\n\nGrève au dépôt de Brive\n\n{BODY}\n")
    assert published is None


STANDFIRST = "La direction de la SNCF propose une prime de fin d'année aux agents du dépôt."


@pytest.mark.parametrize(
    "byline",
    [
        "Par Anne Morel - 9 octobre 2025 à 18:05",
        "Par Luc Vidal | jeudi 9 octobre 2025",
    ],
)
def test_an_authors_dated_byline_below_the_standfirst_anchors_the_relative_dates(byline):
    published, dates = stated(f"Grève au dépôt de Brive\n{STANDFIRST}\n{byline}\n\n{BODY}\n")
    assert published == date(2025, 10, 9)
    assert ("mardi", "2025-10-07") in dates


@pytest.mark.parametrize(
    "line",
    [
        "Jeudi 9 octobre 2025",  # a date alone below a paragraph: the next text's, maybe
        "Tulle - 9 octobre 2025",  # a place, not an author, before the date
        "Par Anne Morel - Lire aussi - 9 octobre 2025",  # more than a date after the byline
    ],
)
def test_below_the_first_paragraph_only_an_authors_dated_byline_states_the_day(line):
    published, _dates = stated(f"Grève au dépôt de Brive\n{STANDFIRST}\n{line}\n\n{BODY}\n")
    assert published is None


def test_a_date_line_under_its_authors_byline_below_the_standfirst_anchors_the_relative_dates():
    published, dates = stated(
        f"Grève au dépôt de Brive\n{STANDFIRST}\nPar la rédaction\nLe 09/10/2025 à 21:47\n\n{BODY}\n"
    )
    assert published == date(2025, 10, 9)
    assert ("mardi", "2025-10-07") in dates


def test_a_date_line_with_its_time_apart_states_the_day():
    published, _dates = stated(f"Jeudi 9 octobre 2025 | 09:15\nGrève au dépôt de Brive\n\n{BODY}\n")
    assert published == date(2025, 10, 9)


@pytest.mark.parametrize(
    "line",
    [
        "Nantes · Société · 9 oct. 2025 à 18:40",
        "Économie | Agriculture | 9 octobre 2025",
        "Grand Est - Faits divers - jeudi 9 octobre 2025, 07h15",
        "Nantes | 9 oct. 2025 à 18:40",  # one place, the day with its time: the page's stamp
    ],
)
def test_a_date_after_a_rubrics_few_words_above_the_text_states_the_day(line):
    analysis = analyse(f"{line}\nGrève au dépôt\n\n{BODY}\n")
    assert analysis.published == date(2025, 10, 9)
    assert ("mardi", "2025-10-07") in [(found.text, found.value) for found in analysis.dates]
    assert analysis.title == "Grève au dépôt"  # the line is chrome, not the headline


@pytest.mark.parametrize(
    "line",
    [
        # a teaser's sentence before the date: another article's
        "La mairie rouvre la piscine. · Sport · 9 octobre 2025",
        "Le conseil municipal a voté le budget de la ville hier soir · 9 octobre 2025",
        # one name and a day without its time: a letter's place, a chronology's entry
        "Quimperlé - 9 octobre 2025",
    ],
)
def test_a_date_after_a_sentence_states_no_day(line):
    published, _dates = stated(f"{line}\nGrève au dépôt\n\n{BODY}\n")
    assert published is None


@pytest.mark.parametrize(
    "line",
    [
        "Kinshasa, le 9 octobre 2025",  # a release's place and day above its text
        "Fait à Saint-Brieuc, le 9 octobre 2025.",
    ],
)
def test_a_releases_place_and_day_above_the_text_states_the_day(line):
    published, dates = stated(f"Grève au dépôt\n\n{line}\n\n{BODY}\n")
    assert published == date(2025, 10, 9)
    assert ("mardi", "2025-10-07") in dates


def test_a_place_and_day_inside_a_sentence_states_no_day():
    published, _dates = stated("Grève au dépôt\n\nKinshasa, le 9 octobre 2025, les cheminots ont voté la grève.\n")
    assert published is None
