"""Chrome and headline of pages copied from a browser (evaluation/data/pages.md): the floors reached."""

import importlib.util
import json
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command

REPO = Path(__file__).resolve().parents[2]
PAGES = REPO / "evaluation" / "data" / "pages"


def load_scorer():
    spec = importlib.util.spec_from_file_location("saga_eval_pages", REPO / "evaluation" / "pages.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.score


@pytest.fixture(scope="module")
def predictions():
    out = StringIO()
    call_command("annotate", *map(str, sorted(PAGES.glob("*.txt"))), "--format", "jsonl", stdout=out)
    return [json.loads(line) for line in out.getvalue().splitlines() if line.strip()]


def test_eval_pages_meets_the_floors_on_all_pages(predictions):
    result = load_scorer()(PAGES, predictions, "all")
    assert result["pages"] >= 157
    # 0.980 / 0.992 / 0.045 / 0.959 when blind-5 (pages 104-115) joined, 1.000 / 0.995 / 0.029 / 0.959
    # once the rules were corrected on blind-4, 1.000 / 0.9995 / 0.002 / 1.000 once corrected on
    # blind-5 (97 pages); 0.995 / 0.999 / 0.006 / 0.991 with blind-6 (pages 116-127), not tuned on;
    # 1.000 / 0.9995 / 0.002 / 1.000 once corrected on blind-6; 0.984 / 0.997 / 0.010 / 0.959 with
    # blind-7 (pages 128-139), not tuned on; 1.000 / 0.9994 / 0.002 / 1.000 once corrected on blind-7
    # (121 pages); 0.9975 / 0.996 / 0.022 / 0.985 with blind-8 (pages 140-151), not tuned on; 1.000 /
    # 0.9995 / 0.002 / 1.000 once corrected on blind-8 (133 pages); 0.992 / 0.998 / 0.007 / 0.993 with
    # blind-9 (pages 152-163), not tuned on; 1.000 / 0.9993 / 0.002 / 1.000 once corrected on blind-9
    # (145 pages); 0.9995 / 0.9986 / 0.006 / 1.000 with blind-10 (pages 164-175), not tuned on.
    # Floors kept below that: a new blind batch joins "all" before it is tuned on.
    assert result["article_sentences_kept"] >= 0.98
    assert result["chrome_lines_kept_out"] >= 0.99
    assert result["claims_holding_chrome"] <= 0.025
    assert result["titles"] >= 0.95


def test_eval_pages_meets_the_floors_on_the_held_out_half(predictions):
    result = load_scorer()(PAGES, predictions, "held-out")
    assert result["article_sentences_kept"] >= 0.99
    assert result["chrome_lines_kept_out"] >= 0.99
    assert result["claims_holding_chrome"] <= 0.02
    assert result["titles"] >= 0.99


def test_eval_pages_meets_the_floors_on_the_blind_batch(predictions):
    result = load_scorer()(PAGES, predictions, "blind")
    assert result["pages"] >= 19
    assert result["article_sentences_kept"] >= 0.99
    assert result["chrome_lines_kept_out"] >= 0.995
    assert result["claims_holding_chrome"] <= 0.02
    assert result["titles"] >= 0.99


def test_eval_pages_meets_the_floors_on_the_second_blind_batch(predictions):
    result = load_scorer()(PAGES, predictions, "blind-2")
    assert result["pages"] >= 12
    assert result["article_sentences_kept"] >= 0.99
    assert result["chrome_lines_kept_out"] >= 0.995
    assert result["claims_holding_chrome"] <= 0.015
    assert result["titles"] >= 0.99


def test_eval_pages_meets_the_floors_on_the_third_blind_batch(predictions):
    """Measured once blind (0.980 / 0.993 / 0.049 / 1.000), then tuned on (evaluation/data/pages.md)."""
    result = load_scorer()(PAGES, predictions, "blind-3")
    assert result["pages"] >= 12
    assert result["article_sentences_kept"] >= 0.995
    assert result["chrome_lines_kept_out"] >= 0.995
    assert result["claims_holding_chrome"] <= 0.01
    assert result["titles"] >= 0.99


def test_eval_pages_meets_the_floors_on_the_fourth_blind_batch(predictions):
    """Measured once blind (0.940 / 0.980 / 0.086 / 1.000), then tuned on (evaluation/data/pages.md)."""
    result = load_scorer()(PAGES, predictions, "blind-4")
    assert result["pages"] >= 12
    assert result["article_sentences_kept"] >= 0.995
    assert result["chrome_lines_kept_out"] >= 0.995
    assert result["claims_holding_chrome"] <= 0.01
    assert result["titles"] >= 0.99


def test_eval_pages_meets_the_floors_on_the_fifth_blind_batch(predictions):
    """Measured once blind (0.955 / 0.969 / 0.138 / 0.667 with the rules corrected on blind-3, 1.000 /
    0.965 / 0.141 / 0.667 once corrected on blind-4), then tuned on (evaluation/data/pages.md)."""
    result = load_scorer()(PAGES, predictions, "blind-5")
    assert result["pages"] >= 12
    assert result["article_sentences_kept"] >= 0.995
    assert result["chrome_lines_kept_out"] >= 0.995
    assert result["claims_holding_chrome"] <= 0.01
    assert result["titles"] >= 0.99


def test_eval_pages_meets_the_floors_on_the_sixth_blind_batch(predictions):
    """Measured blind (0.965 / 0.995 / 0.029 / 0.750 with the rules corrected on blind-4, 0.965 / 0.995
    / 0.029 / 0.917 once corrected on blind-5), then tuned on: 1.000 / 1.000 / 0.000 / 1.000
    (evaluation/data/pages.md)."""
    result = load_scorer()(PAGES, predictions, "blind-6")
    assert result["pages"] >= 12
    assert result["article_sentences_kept"] >= 0.995  # none lost of 170
    assert result["chrome_lines_kept_out"] >= 0.998  # one of 619 at most
    assert result["claims_holding_chrome"] <= 0.006  # one of 175 at most
    assert result["titles"] >= 0.99


def test_eval_pages_meets_the_floors_on_the_seventh_blind_batch(predictions):
    """Measured blind (0.904 / 0.980 / 0.055 / 0.583 with the rules corrected on blind-6), then tuned
    on: 1.000 / 0.998 / 0.004 / 1.000 (evaluation/data/pages.md)."""
    result = load_scorer()(PAGES, predictions, "blind-7")
    assert result["pages"] >= 12
    assert result["article_sentences_kept"] >= 0.995  # none lost of 230
    assert result["chrome_lines_kept_out"] >= 0.998  # one of 553 at most
    assert result["claims_holding_chrome"] <= 0.005  # one of 246 at most
    assert result["titles"] >= 0.99


def test_eval_pages_meets_the_floors_on_the_eighth_blind_batch(predictions):
    """Measured blind (0.981 / 0.965 / 0.138 / 0.833 with the rules corrected on blind-7), then tuned
    on: 1.000 / 1.000 / 0.000 / 1.000 (evaluation/data/pages.md)."""
    result = load_scorer()(PAGES, predictions, "blind-8")
    assert result["pages"] >= 12
    assert result["article_sentences_kept"] >= 0.995  # none lost of 208
    assert result["chrome_lines_kept_out"] >= 0.998  # one of 569 at most
    assert result["claims_holding_chrome"] <= 0.005  # one of 217 at most
    assert result["titles"] >= 0.99


def test_eval_pages_meets_the_floors_on_the_ninth_blind_batch(predictions):
    """Measured blind (0.938 / 0.984 / 0.048 / 0.917 with the rules corrected on blind-8), then tuned
    on: 1.000 / 0.998 / 0.004 / 1.000 (evaluation/data/pages.md)."""
    result = load_scorer()(PAGES, predictions, "blind-9")
    assert result["pages"] >= 12
    assert result["article_sentences_kept"] >= 0.995  # none lost of 224
    assert result["chrome_lines_kept_out"] >= 0.998  # one of 544 at most
    assert result["claims_holding_chrome"] <= 0.005  # one of 239 at most
    assert result["titles"] >= 0.99


def test_eval_pages_keeps_what_it_reached_on_the_tenth_blind_batch(predictions):
    """Measured blind, not tuned on (evaluation/data/pages.md): 0.987 / 0.990 / 0.033 / 1.000 with the
    rules corrected on blind-8, 0.996 / 0.990 / 0.032 / 1.000 once corrected on blind-9. These
    floors only catch a change that makes unseen pages worse."""
    result = load_scorer()(PAGES, predictions, "blind-10")
    assert result["pages"] >= 12
    assert result["article_sentences_kept"] >= 0.99
    assert result["chrome_lines_kept_out"] >= 0.985
    assert result["claims_holding_chrome"] <= 0.035
    assert result["titles"] >= 0.99
