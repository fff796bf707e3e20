"""The entry points: analyse, analyse_many, the JSON contract and the pipeline's make-up."""

import gc
from datetime import date

import pytest

from annotations.nlp.pipeline import UnsupportedLanguage, analyse, analyse_many, load_pipeline

DATED = "Le maire a inauguré hier la ligne de tramway, qui a coûté 45 millions d'euros.\n"
MARKDOWN = "---\ntitle: Le tram\ndate: 2024-06-12\n---\n# Le tramway arrive\n\nLe maire l'a inauguré hier.\n"


def test_analyse_many_returns_one_analysis_per_item_in_order():
    items = [("Première phrase. Deuxième phrase.", "text", None), (DATED, "text", date(2024, 6, 12))]
    first, second = analyse_many(items)
    assert [claim.text for claim in first.claims] == ["Première phrase.", "Deuxième phrase."]
    assert second.to_json() == analyse(DATED, published=date(2024, 6, 12)).to_json()


def test_analyse_resolves_relative_dates_against_the_given_publication_date():
    assert [d.value for d in analyse(DATED, published=date(2024, 6, 12)).dates] == ["2024-06-11"]
    assert analyse(DATED).dates == []


def test_analyse_reads_title_and_date_from_markdown_front_matter():
    analysis = analyse(MARKDOWN, fmt="markdown")
    assert analysis.title == "Le tram"
    assert analysis.published == date(2024, 6, 12)
    assert [(d.text, d.value) for d in analysis.dates] == [("hier", "2024-06-11")]


def test_analyse_takes_claims_from_paragraphs_and_quotes_only():
    text = "# Un titre\n\nUne phrase du corps.\n\n> « Une citation. »\n\nCopyright 2024 Exemple\n"
    analysis = analyse(text, fmt="markdown")
    kinds = [analysis.blocks[claim.block_index].kind for claim in analysis.claims]
    assert [claim.text for claim in analysis.claims] == ["Une phrase du corps.", "« Une citation. »"]
    assert kinds == ["paragraph", "quote"]


def test_analysis_to_json_follows_the_annotate_contract():
    data = analyse(DATED, published=date(2024, 6, 12)).to_json()
    assert set(data) == {"language", "title", "blocks", "claims", "entities", "dates", "money", "quantities"}
    assert set(data["claims"][0]) == {"start", "end", "text", "checkworthiness"}
    at = DATED.index("hier")
    assert data["dates"] == [{"start": at, "end": at + 4, "text": "hier", "value": "2024-06-11", "precision": "day"}]
    [money] = data["money"]
    assert (money["min"], money["max"], money["currency"]) == (45_000_000, 45_000_000, "EUR")
    assert isinstance(money["min"], int)


@pytest.mark.parametrize(
    "said, value, precision, interval",
    [
        ("depuis 2019", "2019", "year", "2019/.."),
        ("jusqu'au 30 juin", "2024-06-30", "day", "../2024-06-30"),
        ("avant mars 2025", "2025-03", "month", "../2025-02-28"),
        ("en mars 2025", "2025-03", "month", None),  # a closed date: its value, no interval
    ],
)
def test_an_open_date_gives_the_date_it_names_as_its_value_and_its_interval_beside(said, value, precision, interval):
    text = f"Le musée de Gap est fermé {said}, selon la mairie."
    analysis = analyse(text, published=date(2024, 6, 12))
    [found] = analysis.to_json()["dates"]
    assert (found["value"], found["precision"], found.get("interval")) == (value, precision, interval)
    assert analysis.dates[0].value == (interval or value)  # what the database and the API keep


def test_analyse_refuses_a_language_without_lexicons():
    with pytest.raises(UnsupportedLanguage, match="supported languages are fr"):
        analyse("The mayor opened the line yesterday.", language="en")


def test_analyse_rejects_an_unknown_format():
    with pytest.raises(ValueError, match="unknown format"):
        analyse("Du texte.", fmt="rst")


def test_load_pipeline_runs_only_what_entities_need():
    nlp = load_pipeline()
    assert nlp is load_pipeline()  # loaded once per process
    assert nlp.pipe_names == [
        "saga_sentences",
        "saga_recognizer",
        "saga_dates",
        "saga_money",
        "saga_quantities",
        "saga_entities",
        "saga_checkworthiness",
    ]
    assert [type(component).__name__ for component in nlp.get_pipe("saga_recognizer").components] == [
        "EntityRecognizer"
    ]


def test_analyse_many_in_two_processes_gives_the_same_analyses_in_order():
    texts = [
        (
            f"Article {n}\n\nLe maire de Lyon a annoncé le {n + 1} mars 2021 un budget de {n + 2} millions d'euros.",
            "text",
            None,
        )
        for n in range(11)
    ]

    alone = list(analyse_many(texts))
    shared = list(analyse_many(texts, n_process=2))

    assert [a.to_json() for a in shared] == [a.to_json() for a in alone]
    assert [a.dates[0].value for a in shared] == [f"2021-03-{n + 1:02d}" for n in range(11)]


def test_analyse_reads_an_article_over_a_million_characters_with_offsets_intact():
    # spaCy refuses texts over 1,000,000 characters by default (E088); Saga's articles may be
    # up to 2,000,000 bytes (issue 17).
    head = "Le groupe Renault a annoncé le 3 mars 2021 une usine à Lyon.\n\n"
    tail = "\n\nJean Dupont a confirmé le 4 avril 2022 l'ouverture d'une usine à Paris.\n"
    text = head + " " * 1_000_000 + tail
    analysis = analyse(text)
    late = [span for span in analysis.entities + analysis.dates if span.start > 1_000_000]
    assert {span.text for span in late} >= {"Jean Dupont", "Paris", "4 avril 2022"}
    for span in analysis.entities + analysis.dates + analysis.claims:
        assert text[span.start : span.end] == span.text
    assert [claim.start for claim in analysis.claims] == [0, len(text) - len(tail) + 2]


def test_the_loaded_model_is_out_of_the_garbage_collectors_reach():
    """Its vocabulary alone is some hundred thousand objects, which a full collection would walk each time."""
    load_pipeline()
    assert gc.get_freeze_count() > 100_000
