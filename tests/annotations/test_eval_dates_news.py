"""Dates on the news-style sentences written for Saga, and on those written blind (evaluation/dates_news.py):
F1 above its floor."""

import json
from pathlib import Path

import pytest

from tests.evaluation_scripts import evaluation_script

EVALUATION = Path(__file__).resolve().parents[2] / "evaluation"


@pytest.mark.parametrize(
    # The blind sets: F1 0.950, 0.969, 0.983, 0.905, 0.947, 0.968, 0.956, 0.970 and 0.984 when first measured, before their errors were read
    # (evaluation/README.md).
    ("name", "floor"),
    [
        ("dates_news.fr.json", 0.97),
        ("dates_news_blind.fr.json", 0.97),
        ("dates_news_blind2.fr.json", 0.96),
        ("dates_news_blind3.fr.json", 0.98),
        ("dates_news_blind4.fr.json", 0.97),
        ("dates_news_blind5.fr.json", 0.97),
        ("dates_news_blind6.fr.json", 0.98),
        ("dates_news_blind7.fr.json", 0.99),
        ("dates_news_blind8.fr.json", 0.99),
        ("dates_news_blind9.fr.json", 0.99),
        # 0.800 when measured once, 0.844 corrected; most of what is left is the set's own notation
        # (ISO seasons "2026-22", weeks "2027-W48", decades "195", centuries "18": evaluation/README.md)
        ("dates_news_blind10.fr.json", 0.84),
        # history, wire, parliament and leaflets: 0.975 when measured once, 0.992 corrected
        ("dates_news_blind11.fr.json", 0.98),
        # wire and newspaper days, written blind in the nineteenth session: 0.889 when measured once, 0.923
        # corrected (a day a year back only by a participle's word when it comes within a month, a winter of
        # two years, a year range before "s'annonce", "la Peugeot 2008")
        ("dates_news_blind12.fr.json", 0.95),
        # written blind in the twentieth session (lists of days, quarters next to a quarter, holidays and their
        # long weekends, courts' put-off days, school and fiscal years, road numbers): 0.770 when measured once,
        # 1.000 corrected; blind-12 0.967 with the same rules
        ("dates_news_blind13.fr.json", 0.99),
        # written blind (several anchors in one sentence, counts chained to a story date, weekdays and ranges
        # across month and year ends, parts of years in a range, look-alikes): 0.918 when measured once, 0.989
        # corrected
        ("dates_news_blind14.fr.json", 0.98),
        # written blind in genres the earlier sets hold less (sport calendars, court news, economy, culture
        # listings, weather, anniversaries, obituaries, numbered weeks, numeric dates): 0.907 when measured once,
        # 0.993 corrected
        ("dates_news_blind15.fr.json", 0.99),
        # written blind in kinds the earlier sets hold less (history, school and fiscal years, holidays, times of
        # day, spans, fuzzy and relative dates, abbreviations, Belgian, Swiss and Quebec usages, legal dates,
        # look-alikes): 0.956 when measured once, 0.990 corrected
        ("dates_news_blind16.fr.json", 0.98),
        # written blind in kinds the earlier sets hold less (datelines, reporting calendars, procedure deadlines,
        # sports seasons, anniversaries, durations, nights and weekends, fuzzy parts, Belgian and Swiss years in
        # words, look-alikes): 0.954 when measured once, 0.992 corrected
        ("dates_news_blind17.fr.json", 0.98),
        # written blind, dense in dates, in kinds the earlier sets hold least (chained anaphora, weekdays with a day
        # and no month, hours beside days, headlines and datelines, ranges across months and years, vague words,
        # habits, durations, fiscal years, election rounds, look-alikes): 0.943 when measured once, 1.000 corrected
        ("dates_news_blind18.fr.json", 0.98),
        # written blind in the genres the earlier sets hold least (obituaries, courts, parliament, seasons, school
        # calendars, notices, space, anniversaries, results, agendas, Belgian, Swiss and Québec usages): 0.950 when
        # measured once, 0.979 corrected
        ("dates_news_blind19.fr.json", 0.97),
        # written blind in the kinds the earlier sets hold least (election timetables, economic calendars, courts,
        # weather, TV schedules, school and university calendars, anniversaries, chained relatives, datelines,
        # Belgian, Swiss, Québec and African usages): 0.930 when measured once, 0.970 corrected
        ("dates_news_blind20.fr.json", 0.96),
        # written blind in the kinds the earlier sets hold least (relatives chained from a date of the text, weekdays
        # near the publication, "il y a", "dans", "d'ici", "depuis", parts of months and years, quarters, decades,
        # centuries, anniversaries, reported speech, Belgian, Swiss, Québec and African usages): 0.950 when measured
        # once, 0.972 corrected
        ("dates_news_blind21.fr.json", 0.96),
        # written blind (the tense of bare dates: present passives, moves told with "être", pluperfects, conditionals,
        # futures of the past; weekdays near the publication, bounds, seasons, holidays, datelines, look-alikes):
        # 0.894 when measured once, 0.902 with three gold slips corrected, 0.988 corrected
        ("dates_news_blind22.fr.json", 0.98),
        ("dates_news_blind23.fr.json", 0.90),
        # written blind (Belgian and Swiss "passé", anniversaries "jour pour jour", present-tense agendas, modal futures,
        # former plans, parts of days, open dates, the year's turn, look-alikes): 0.963 when measured once, 0.992 after
        ("dates_news_blind24.fr.json", 0.98),
        # written blind (former plans' days gone by, anniversaries "aujourd'hui", estimates of a quarter, "d'ici la fin du
        # mois", crowds and addresses in figures like years): 0.856 when measured once, 1.000 after
        ("dates_news_blind25.fr.json", 0.98),
    ],
)
def test_eval_dates_news_stays_above_the_floor(db, name, floor):
    module = evaluation_script("dates_news")
    data = json.loads((EVALUATION / "data" / name).read_text(encoding="utf-8"))
    figures, misses = module.score(data)
    assert figures["f1"] >= floor, misses
