"""Quality of matching on evaluation/data/matching.fr.json, scored by evaluation/matching.py:
the floors reached (targets of issue 15: recall@3 >= 0.90, precision >= 0.85)."""

import json
from pathlib import Path

from tests.evaluation_scripts import evaluation_script

EVALUATION = Path(__file__).resolve().parents[2] / "evaluation"
DATA = json.loads((EVALUATION / "data" / "matching.fr.json").read_text(encoding="utf-8"))


def load_scorer():
    return evaluation_script("matching")


def test_eval_matching_finds_paraphrases_and_shows_few_wrong_suggestions():
    tally = load_scorer().score_matching(DATA, verbose=False)
    for split in ("held-out", "all"):
        counts = tally[split]
        assert counts["at1"] / counts["para"] >= 0.93, split
        # Floors as measured once the NLP changes of the same session were in (entities, dates,
        # amounts read differently): 14 of 15 held-out paraphrases, 14 of 15 suggestions right.
        assert counts["at3"] / counts["para"] >= 0.93, split
        assert counts["right"] / counts["shown"] >= 0.93, split


def test_eval_matching_finds_planted_contradictions_without_false_flags():
    found, false, planted = load_scorer().score_consistency(DATA, verbose=False)
    assert planted == 4
    assert found >= 4  # 3 before one entity under two names was read as one (matching.names)
    assert false == 0


def blind(name):
    return json.loads((EVALUATION / "data" / name).read_text(encoding="utf-8"))


def held_out_rates(data) -> tuple[float, float, float]:
    """recall@1, recall@3 and precision of a set all held-out."""
    counts = load_scorer().score_matching(data, verbose=False)["held-out"]
    return counts["at1"] / counts["para"], counts["at3"] / counts["para"], counts["right"] / counts["shown"]


def assert_blind_set(name, *, recall, precision, planted, found, false=0):
    """A blind set (all held-out) reaches `recall` (@1 and @3) and `precision`, and finds `found`
    of its `planted` contradictions with at most `false` false flags."""
    data = blind(name)
    at1, at3, shown_right = held_out_rates(data)
    assert min(at1, at3) >= recall and shown_right >= precision
    found_now, false_now, planted_now = load_scorer().score_consistency(data, verbose=False)
    assert planted_now == planted and found_now >= found and false_now <= false


def test_eval_matching_blind_set_holds_its_measured_figures():
    # evaluation/data/matching_blind.fr.json (all held-out), measured after its corrections:
    # recall@1 = recall@3 = 0.863 (69 of 80 paraphrases), precision 0.793 (69 of 87 shown); then,
    # with the corrections of matching_blind2, 0.875 (70 of 80) and 0.864 (70 of 81); floors a
    # little under. Before them all: 0.787 / 0.787 / 0.649. Contradictions: 4 of 4 (2 before
    # quantities were facts), and 1 false flag: two buildings' costs in one town, the same entity
    # in much the same words.
    assert_blind_set("matching_blind.fr.json", recall=0.85, precision=0.83, planted=4, found=4, false=1)


def test_eval_matching_second_blind_set_holds_its_measured_figures():
    # evaluation/data/matching_blind2.fr.json (all held-out), measured once: recall@1 = recall@3 =
    # 0.562 (45 of 80), precision 0.763 (45 of 59), 1 of 5 contradictions. After its corrections:
    # recall 0.850 (68 of 80), precision 0.919 (68 of 74), 3 of 5; floors a little under. Its
    # denial was found once a denial was a kind of inconsistency (matching_blind3's corrections):
    # 4 of 5. Left: two prices of a crop (no entity).
    assert_blind_set("matching_blind2.fr.json", recall=0.82, precision=0.89, planted=5, found=4)


def test_eval_matching_third_blind_set_holds_its_measured_figures():
    # evaluation/data/matching_blind3.fr.json (all held-out), measured once: recall@1 = recall@3 =
    # 0.940 (63 of 67), precision 0.818 (63 of 77), 3 of 5 contradictions. After its corrections:
    # recall 0.985 (66 of 67), precision 0.930 (66 of 71), 4 of 5; floors a little under. Left: a
    # start date said in a sentence that names no entity.
    assert_blind_set("matching_blind3.fr.json", recall=0.97, precision=0.91, planted=5, found=4)


def test_eval_matching_fourth_blind_set_holds_its_measured_figures():
    # evaluation/data/matching_blind4.fr.json (all held-out; rates, ranks, periods, relative dates
    # read from each sentence's publication day, units converted, hedges, denials, neighbouring
    # places), measured once: recall@1 = recall@3 = 0.826 (76 of 92), precision 0.835 (76 of 91),
    # 3 of 5 contradictions. After its corrections: recall 0.935 (86 of 92), precision 0.956 (86
    # of 90), 5 of 5; floors a little under.
    assert_blind_set("matching_blind4.fr.json", recall=0.92, precision=0.94, planted=5, found=5)


def test_eval_matching_fifth_blind_set_holds_its_measured_figures():
    # evaluation/data/matching_blind5.fr.json (all held-out; sport results told by either side,
    # court rulings, company results in several currencies, polls and elections, weather records,
    # health rates, timetables), measured once: recall@1 = recall@3 = 0.864 (51 of 59), precision
    # 0.729 (51 of 70), 0 of 5 contradictions, 1 false flag (a true contradiction the gold left out:
    # the restated sentence against the other sentence). After its corrections: recall 0.915 (54 of
    # 59), precision 0.844 (54 of 64), 1 of 5, the same flag; floors a little under.
    # With matching_blind6's corrections: recall 0.932 (55 of 59: "a plongé" read as a fall),
    # precision 0.859 (55 of 64).
    assert_blind_set("matching_blind5.fr.json", recall=0.90, precision=0.83, planted=5, found=1, false=1)


def test_eval_matching_sixth_blind_set_holds_its_measured_figures():
    # evaluation/data/matching_blind6.fr.json (all held-out; health, transport, education, housing,
    # crime, energy figures, quotes and their speakers, rounded figures, numbers in words,
    # negations), measured once: recall@1 = recall@3 = 0.850 (51 of 60), precision 0.773 (51 of
    # 66), 3 of 5 contradictions with 3 false flags (figures of two years read as a date in
    # conflict). After its corrections: recall 0.850, precision 0.864 (51 of 59), 5 of 5, no false
    # flag; floors a little under.
    assert_blind_set("matching_blind6.fr.json", recall=0.84, precision=0.85, planted=5, found=5)


def test_eval_matching_seventh_blind_set_holds_its_measured_figures():
    # evaluation/data/matching_blind7.fr.json (all held-out; agriculture, culture, employment,
    # budgets, sport, justice, science; rounded figures, numbers in words, relative dates,
    # negations), measured once: recall@1 = recall@3 = 0.855 (53 of 62), precision 0.841 (53 of
    # 63), 2 of 5 contradictions, no false flag. After its corrections: recall 0.887 (55 of 62),
    # precision 0.982 (55 of 56), 3 of 5, no false flag; floors a little under.
    assert_blind_set("matching_blind7.fr.json", recall=0.87, precision=0.96, planted=5, found=3)


def test_eval_matching_eighth_blind_set_holds_its_measured_figures():
    # evaluation/data/matching_blind8.fr.json (all held-out; energy, transport, housing, employment,
    # health, sport, justice, environment; changes and head-counts in other words, proportions in
    # words and in percent), measured once: recall@1 = recall@3 = 0.903 (56 of 62), precision 0.862
    # (56 of 65), 3 of 5 contradictions, no false flag. After its corrections: recall 0.903,
    # precision 0.918 (56 of 61), 5 of 5, no false flag; floors a little under.
    assert_blind_set("matching_blind8.fr.json", recall=0.88, precision=0.90, planted=5, found=5)
