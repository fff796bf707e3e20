"""Money and quantities on news-style sentences (evaluation/quantities_news.py), and money on
Duckling's French expressions (evaluation/expressions.py): the floors reached."""

import json
from pathlib import Path

import pytest

from annotations.nlp.pipeline import analyse_many
from tests.evaluation_scripts import evaluation_script

EVALUATION = Path(__file__).resolve().parents[2] / "evaluation"


def load(name: str):
    return evaluation_script(name)


FLOORS = {
    "quantities_news_blind10.fr.json": 0.99,
    "quantities_news_blind12.fr.json": 0.99,
    "quantities_news_blind13.fr.json": 1.0,
    "quantities_news_blind14.fr.json": 1.0,
    "quantities_news_blind15.fr.json": 0.99,
    "quantities_news_blind16.fr.json": 0.96,
    "quantities_news_blind17.fr.json": 0.99,
    "quantities_news_blind18.fr.json": 0.99,
    "quantities_news_blind19.fr.json": 0.99,
    "quantities_news_blind20.fr.json": 0.99,
    "quantities_news_blind21.fr.json": 0.99,
    "quantities_news_blind22.fr.json": 0.97,
    "quantities_news_blind23.fr.json": 0.88,
}  # the others 0.97


@pytest.mark.parametrize(
    # The blind sets: money 1.000, 1.000, 1.000, 1.000, 1.000, 1.000, 0.956 and 0.989, quantities 0.901, 1.000,
    # 0.988, 1.000, 0.979, 0.982, 0.973 and 0.983 when first measured (blind-8's misses: bitcoins, no ISO 4217
    # currency, and "degrés" without a sign of weather, left as they are; blind-9: money 0.989, quantities
    # 0.972 exact when measured once, 1.000 and 1.000 once a falling amount is two, hours that last a
    # duration, degrees of the weather Celsius and a street number's "bis" nothing; blind-10: money 0.880,
    # quantities 0.918 when measured once, 1.000 and 1.000 once francs are money, a change told by a verb before
    # its object two values, an elliptic figure borrows its noun or currency, compound units and intervals of
    # hours read, a proportion no count).
    "name",
    [
        "quantities_news.fr.json",
        "quantities_news_blind.fr.json",
        "quantities_news_blind2.fr.json",
        "quantities_news_blind3.fr.json",
        "quantities_news_blind4.fr.json",
        "quantities_news_blind5.fr.json",
        "quantities_news_blind6.fr.json",
        "quantities_news_blind7.fr.json",
        "quantities_news_blind8.fr.json",
        "quantities_news_blind9.fr.json",
        "quantities_news_blind10.fr.json",
        # written blind in the nineteenth session: money 0.988, quantities 0.968 exact when measured once; money
        # counted in millions of "livres" is pounds, "il y a trois ans" no duration, "face à" no count
        "quantities_news_blind11.fr.json",
        # written blind in the twentieth session (prices per unit, rates per year, changes, fractions next to
        # counts): money 1.000, quantities 1.000 exact when measured once
        "quantities_news_blind12.fr.json",
        # written blind (numbers in words, Belgian and Swiss numbers, currencies other than the euro, data sizes,
        # look-alikes): money 1.000, quantities 0.974 exact when measured once; 1.000 and 1.000 once "moins 6
        # degrés" is below zero, data sizes and rates read and the tail of a code ("n° 2026-341") no quantity
        "quantities_news_blind13.fr.json",
        # written blind (public finance, prices per unit, ranges, hedges, sports, weather, health, energy,
        # look-alikes): money 1.000, quantities 0.995 exact when measured once; 1.000 and 1.000 once the base of a
        # rate ("312 cas pour 100 000 habitants") is no count of its own
        "quantities_news_blind14.fr.json",
        # written blind (numbers in words, halves of a unit, ages, temperatures, dimensions, speeds, volumes, points,
        # fractions, ranges, hedges, multipliers, look-alikes): money 1.000, quantities 0.907 exact when measured
        # once; 0.998 once halves and quarters of a unit, "un" before a unit, words past their millions, "M de",
        # "sous zéro", degrees of water, nœuds, "aux 100 km", hours waited and "selon" were read ("10 000 pas" left)
        "quantities_news_blind15.fr.json",
        # 43 news paragraphs written blind (agriculture, energy, transport, health, elections, sports, real estate,
        # public finance, weather; CHF, XOF, CAD): money 0.968, quantities 0.924 exact when measured once; money
        # 1.000 and quantities 0.964 once a part after "dont", "un" after a bound, "un bon millier", tenths of a
        # second, points de base, a price's base after "les", degrees of a change of weather and Swiss centimes read
        "quantities_news_blind16.fr.json",
        # 44 news paragraphs written blind (sports times, ages, fractions and multiples, points, ranges, surfaces,
        # energy, data, doses, speeds, signed temperatures, Swiss and Belgian numbers; XAF, CAD): money 0.867,
        # quantities 0.914 exact when measured once (0.937 on the gold mended to its own conventions); 1.000 and 0.997 once race
        # times in h/min/s, degrees after °C or of a heated pool, central African francs CFA and Canadian "$" read
        "quantities_news_blind17.fr.json",
        # 47 news paragraphs written blind (sports performances, agriculture, weather, energy, health, surfaces,
        # ranges of percentages and points, ranges sharing a scale, hedges; USD, CAD, CHF, XOF, MAD): money 0.900,
        # quantities 0.953 exact when measured once; 1.000 and 0.994 once a range's first figure takes the thousands
        # of the second ("de 38 à 42 000 euros"), a fall to a larger figure is a range, MWc / kWc, "grosso modo" and
        # race times written "4 min 30", "10 s 05", "3 h 02 de jeu" read
        "quantities_news_blind18.fr.json",
        # 53 news paragraphs written blind (prices per kilo and month, salaries, rates and basis points, doses,
        # scientific units and notations, pouces, data sizes; CAD, CHF, XOF, BTC): money 1.000, quantities 0.909 exact
        # when measured once; 1.000 and 1.000 once units of the sciences, "2,5 × 10⁶", degrees of a cooled room,
        # hours spent, a hedge before a range, "sur 1,27 milliard" and clock times in words read
        "quantities_news_blind19.fr.json",
        # 60 news paragraphs written blind (agriculture, energy, health, transport, sport, elections, weather, Québec
        # miles, look-alikes; CHF, CAD, XOF, XAF, MAD, TND): money 0.901, quantities 0.944 exact when measured once
        # (0.930 and 0.956 on the gold mended to the sets' conventions on ranges and "sur"); 0.986 and 1.000 once a
        # road's "milles" are statute miles, "kilomètres cubes" km³, a Swiss federal office's francs CHF and "dinars"
        # alone no count; money 1.000 once dinars alone take the dinar of the country named (review rev-qty20)
        "quantities_news_blind20.fr.json",
        # 74 news paragraphs written blind (building and urbanism, transport, agriculture, elections, science, sport,
        # medicine, per-capita figures, look-alikes): money 1.000, quantities 0.967 exact when measured once (0.972 on
        # the gold mended: "il y a dix ans" no duration); 0.993 once hours after a noun of length, teslas, hundredths
        # alone beside a race time, a population base past an adjective, "soit 133 par jour" and "l'opposition 12" read
        "quantities_news_blind21.fr.json",
        # 78 news paragraphs written blind (Swiss, Belgian, Québec and African usages, sport, weather, engines,
        # look-alikes): money 0.957, quantities 0.946 exact when measured once; money 0.979 and quantities 0.994 once
        # degrees below zero, hours of a climb / a day / taken, an engine's chevaux, carats, "livres" by the pound and
        # bare figures after "contre" and "en a compté" read (floor 0.97: money's two misses are the money helper's)
        "quantities_news_blind22.fr.json",
        # 78 news paragraphs written blind (points, rates with a base, ranges, energy, ages, sport, head-counts, Swiss
        # and Belgian numerals, routines, look-alikes): money 0.897, quantities 0.985 exact when measured once; 1.000 for
        # quantities once felt temperatures, a head-count told by its source, a gapped subject after "et", a sailing
        # race's milles and volts read (floor 0.88: money 0.897, its two misses the money helper's)
        "quantities_news_blind23.fr.json",
    ],
)
def test_eval_quantities_news_stays_above_the_floor(name):
    sentences = json.loads((EVALUATION / "data" / name).read_text(encoding="utf-8"))["sentences"]
    predictions = [analysis.to_json() for analysis in analyse_many((s["text"] + "\n", "text", None) for s in sentences)]
    result, _misses = load("quantities_news").score(sentences, predictions)
    floor = FLOORS.get(name, 0.97)
    assert result["money"]["exact"][2] >= floor
    assert result["quantities"]["exact"][2] >= floor


@pytest.mark.parametrize(
    ("name", "floor"),
    [
        ("expressions.fr.json", 0.90),
        # written blind: 0.962 measured once, 0.991 once cents written bare after the euros were read ("12 € 50")
        ("expressions_blind.fr.json", 0.97),
        # second blind set: 0.880 measured once, 0.932 once currencies of the French-speaking world, "Fr." and
        # "G$" were read; prices per unit keep their unit out of the span, as every quantities_news set does
        ("expressions_blind2.fr.json", 0.92),
        # third blind set: 0.866 measured once, 0.969 once ranges in words ending on "mille", cents in words, "un
        # minimum de", "au bas mot" and currencies of the Americas and Oceania were read; prices per unit and
        # "d'amende" keep their unit out of the span, as above
        ("expressions_blind3.fr.json", 0.96),
        # fourth blind set: 0.794 measured once, 0.897 once a sign glued before an amount, "un" in a range or before
        # bare cents, "plus ou moins", "jusqu'à concurrence de", "XAF 3 millions" and "huitante" were read; prices
        # per unit keep their unit out of the span, as above, and "cent cinquante livres" may be books
        ("expressions_blind4.fr.json", 0.89),
        # fifth blind set: 0.839 measured once, 0.903 once Swiss "mia" and "mio", "$ CAN", ariarys and a lower-case
        # "fr." were read; prices per unit keep their unit out of the span, as above, "gourdes" alone may be bottles
        # and "1 000 livres" books
        ("expressions_blind5.fr.json", 0.90),
        # sixth blind set: 0.859 measured once, 0.919 once "aux environs de", round counts of a scale ("une dizaine de
        # millions d'euros"), a sign set apart or an en dash, shillings named with their country and the symbolic euro
        # were read; prices per unit, "brut", "net" and "mensuels" keep out of the span, as above
        ("expressions_blind6.fr.json", 0.91),
        # seventh blind set: 0.883 measured once, 0.913 once "en deçà de", codes before the figure ("TND 45 000") and
        # birrs were read; prices per unit and news tails ("hors bonus", "par saison") keep out of the span, as above
        ("expressions_blind7.fr.json", 0.91),
        # eighth blind set: 0.764 measured once, 0.882 once currencies the euro replaced (marks, lires, pesetas, "FF"),
        # the bitcoin, lei, dirhams émiratis and round counts and quarters of a scale were read; prices per unit keep
        # out of the span, as above
        ("expressions_blind8.fr.json", 0.87),
        # ninth blind set: 0.922 measured once, 0.974 once a range's thousand shared by a bare first figure ("de 30 à
        # 40 000 euros") and three quarters of a scale were read ("un demi-euro", "un million et quart" left)
        ("expressions_blind9.fr.json", 0.96),
        # tenth blind set: 0.894 measured once, 0.938 once riels, dongs, Mauritian rupees and the codes of the French-
        # speaking world's currencies after the figure ("200 MAD", "9 500 DA") were read; prices per unit keep their
        # unit out of the span, as above
        ("expressions_blind10.fr.json", 0.92),
    ],
)
def test_eval_expressions_money_exact_stays_above_the_floor(name, floor):
    data = json.loads((EVALUATION / "data" / name).read_text(encoding="utf-8"))
    items = data["money"]
    analyses = analyse_many((item["text"] + "\n", "text", None) for item in items)
    exact = 0
    for item, analysis in zip(items, analyses, strict=True):
        # As evaluation/expressions.py: a span over half the expression, with an accepted value.
        spans = [m for m in analysis.to_json()["money"] if m["end"] - m["start"] >= len(item["text"]) / 2]
        exact += any(
            (m["min"], m["max"]) == (item["min"], item["max"]) and m["currency"] in item["currencies"] for m in spans
        )
    assert exact / len(items) >= floor
