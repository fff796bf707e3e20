"""Chrome and headline of pages copied from a browser (evaluation/data/pages.md): the floors reached."""

import json
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command

from tests.evaluation_scripts import evaluation_script

REPO = Path(__file__).resolve().parents[2]
PAGES = REPO / "evaluation" / "data" / "pages"


def load_scorer():
    return evaluation_script("pages").score


@pytest.fixture(scope="module")
def predictions():
    out = StringIO()
    call_command("annotate", *map(str, sorted(PAGES.glob("*.txt"))), "--format", "jsonl", stdout=out)
    return [json.loads(line) for line in out.getvalue().splitlines() if line.strip()]


def test_eval_pages_meets_the_floors_on_all_pages(predictions):
    result = load_scorer()(PAGES, predictions, "all")
    assert result["pages"] >= 253
    # 0.980 / 0.992 / 0.045 / 0.959 when blind-5 (pages 104-115) joined, 1.000 / 0.995 / 0.029 / 0.959
    # once the rules were corrected on blind-4, 1.000 / 0.9995 / 0.002 / 1.000 once corrected on
    # blind-5 (97 pages); 0.995 / 0.999 / 0.006 / 0.991 with blind-6 (pages 116-127), not tuned on;
    # 1.000 / 0.9995 / 0.002 / 1.000 once corrected on blind-6; 0.984 / 0.997 / 0.010 / 0.959 with
    # blind-7 (pages 128-139), not tuned on; 1.000 / 0.9994 / 0.002 / 1.000 once corrected on blind-7
    # (121 pages); 0.9975 / 0.996 / 0.022 / 0.985 with blind-8 (pages 140-151), not tuned on; 1.000 /
    # 0.9995 / 0.002 / 1.000 once corrected on blind-8 (133 pages); 0.992 / 0.998 / 0.007 / 0.993 with
    # blind-9 (pages 152-163), not tuned on; 1.000 / 0.9993 / 0.002 / 1.000 once corrected on blind-9
    # (145 pages); 0.9995 / 0.9986 / 0.006 / 1.000 with blind-10 (pages 164-175), not tuned on;
    # 0.9996 / 0.998 / 0.007 / 0.994 with blind-11 (pages 176-187) too; 1.000 / 0.9991 / 0.0025 /
    # 1.000 once corrected on both (169 pages); 1.000 / 0.9984 / 0.0066 / 1.000 with blind-12 (pages
    # 188-199), not tuned on; 1.000 / 0.9992 / 0.002 / 1.000 once corrected on it; 1.000 / 0.9986 /
    # 0.005 / 1.000 with blind-13 (pages 200-211), not tuned on; 1.000 / 0.9993 / 0.002 / 1.000 once
    # corrected on it; 0.9993 / 0.9988 / 0.004 / 0.995 with blind-14 (pages 212-223), not tuned on;
    # 1.000 / 0.9993 / 0.002 / 1.000 once corrected on it; 1.000 / 0.9991 / 0.0025 / 1.000 with blind-15
    # (pages 224-235), not tuned on; 1.000 / 0.9993 / 0.002 / 1.000 once corrected on it (217 pages);
    # 1.000 / 0.9988 / 0.0035 / 1.000 with blind-16 (pages 236-247), not tuned on; 1.000 / 0.9994 / 0.002
    # / 1.000 once corrected on it (229 pages); 1.000 / 0.9984 / 0.0077 / 1.000 with blind-17 (pages
    # 248-259), not tuned on; 1.000 / 0.9994 / 0.002 / 1.000 once corrected on it (241 pages); 0.997 /
    # 0.9987 / 0.005 / 1.000 with blind-18 (pages 260-271), not tuned on; 0.9997 / 0.9994 / 0.0016 / 1.000
    # once corrected on it (253 pages); 0.9997 / 0.9992 / 0.0027 / 0.996 with blind-19 (pages 272-283),
    # not tuned on; 0.9997 / 0.9995 / 0.0015 / 1.000 once corrected on it (265 pages).
    # Floors kept below that: a new blind batch joins "all" before it is tuned on.
    assert result["article_sentences_kept"] >= 0.98
    assert result["chrome_lines_kept_out"] >= 0.99
    assert result["claims_holding_chrome"] <= 0.025
    assert result["titles"] >= 0.95


# Each split's floors: (split, pages, sentences kept >=, chrome kept out >=, claims holding chrome
# <=, titles >=). The blind batches were each measured once before anyone read their errors
# (evaluation/data/pages.md gives every figure), then tuned on.
FLOORS = [
    ("held-out", 8, 0.99, 0.99, 0.02, 0.99),
    ("blind", 19, 0.99, 0.995, 0.02, 0.99),
    ("blind-2", 12, 0.99, 0.995, 0.015, 0.99),
    ("blind-3", 12, 0.995, 0.995, 0.01, 0.99),  # blind: 0.980 / 0.993 / 0.049 / 1.000
    ("blind-4", 12, 0.995, 0.995, 0.01, 0.99),  # blind: 0.940 / 0.980 / 0.086 / 1.000
    # blind: 0.955 / 0.969 / 0.138 / 0.667; since a live blog's timed post is prose (the second blind
    # sentence set), a transfer story's "14h37 - Le club danois confirme ..." update is kept as a claim.
    ("blind-5", 12, 0.995, 0.995, 0.011, 0.99),
    # Tuned on, at most one chrome line or claim each: none of their sentences or titles lost.
    ("blind-6", 12, 0.995, 0.998, 0.006, 0.99),  # blind: 0.965 / 0.995 / 0.029 / 0.750
    # blind: 0.904 / 0.980 / 0.055 / 0.583; since the reader's advice is no chrome unless the site's (the
    # blind sentence set), an events agenda's "Vérifiez-les auprès d'eux avant de vous déplacer." is kept.
    ("blind-7", 12, 0.995, 0.996, 0.013, 0.99),
    ("blind-8", 12, 0.995, 0.998, 0.005, 0.99),  # blind: 0.981 / 0.965 / 0.138 / 0.833
    ("blind-9", 12, 0.995, 0.998, 0.005, 0.99),  # blind: 0.938 / 0.984 / 0.048 / 0.917
    ("blind-10", 12, 0.995, 0.998, 0.005, 0.99),  # blind: 0.987 / 0.990 / 0.033 / 1.000
    ("blind-11", 12, 0.995, 0.995, 0.01, 0.99),  # blind: 1.000 / 0.991 / 0.019 / 0.917
    # Blind: 1.000 / 0.988 / 0.057 / 1.000 as first measured; 1.000 / 0.998 / 0.010 / 1.000 once five
    # standfirsts its author had left out of `article` (against pages.md) were put back.
    ("blind-12", 12, 0.995, 0.998, 0.005, 0.99),
    ("blind-13", 12, 0.995, 0.998, 0.005, 0.99),  # blind: 1.000 / 0.991 / 0.033 / 1.000
    ("blind-14", 12, 0.995, 0.998, 0.005, 0.99),  # blind: 0.991 / 0.992 / 0.025 / 0.917
    ("blind-15", 12, 0.995, 0.998, 0.005, 0.99),  # blind: 1.000 / 0.996 / 0.011 / 1.000
    ("blind-16", 12, 0.995, 0.998, 0.005, 0.99),  # blind: 1.000 / 0.989 / 0.027 / 1.000
    ("blind-17", 12, 0.995, 0.998, 0.005, 0.99),  # blind: 1.000 / 0.983 / 0.092 / 1.000
    ("blind-18", 12, 0.99, 0.998, 0.005, 0.99),  # blind: 0.953 / 0.985 / 0.055 / 1.000
    ("blind-19", 12, 0.995, 0.998, 0.005, 0.99),  # blind: 1.000 / 0.994 / 0.028 / 0.917
    ("blind-20", 12, 0.995, 0.998, 0.005, 0.99),  # blind: 1.000 / 0.996 / 0.010 / 0.917
]


@pytest.mark.parametrize(("split", "pages", "kept", "out", "holding", "titles"), FLOORS)
def test_eval_pages_meets_the_floors_of_each_split(predictions, split, pages, kept, out, holding, titles):
    result = load_scorer()(PAGES, predictions, split)
    assert result["pages"] >= pages
    assert result["article_sentences_kept"] >= kept
    assert result["chrome_lines_kept_out"] >= out
    assert result["claims_holding_chrome"] <= holding
    assert result["titles"] >= titles
