"""Whole date expressions converted from Duckling's French corpus (evaluation/data/expressions.fr.json)
and written blind for Saga (expressions_blind.fr.json to expressions_blind14.fr.json): the share resolved to an
accepted value stays above its floor (evaluation/expressions.py scores it through `manage.py annotate`; this
reads the same data through `analyse_many`)."""

import json
from datetime import date
from pathlib import Path

import pytest

from annotations.nlp.pipeline import analyse_many

DATA = Path(__file__).resolve().parents[2] / "evaluation" / "data"


@pytest.mark.parametrize(
    ("name", "floor"),
    [
        ("expressions.fr.json", 0.90),
        # measured once at 0.932 (December 2026, helper expr); 0.996 once the span covers the words
        # its value reads ("l'an 2000", "d'ici 2035", "en mars dernier", "hier soir"), "au mois d'août 2021" and
        # "ce jeudi" said on a Wednesday were read
        ("expressions_blind.fr.json", 0.98),
        # measured once at 0.675 (December 2026, helper expr2); 0.986 once the words framing a date joined its span
        # (a period's noun, "tout au long de", a clock time), days counted from a dated anchor, quarters told from a
        # year or from today, parts of decades and years in words were read
        ("expressions_blind2.fr.json", 0.97),
        # measured once at 0.838 (December 2026, helper expr3); 0.962 once month ranges after "d'", spans of seasons,
        # decades and centuries counted, "la nuit dernière", a budget's or a fiscal year's noun, "au cœur de", "depuis
        # la rentrée" and a school year told from today were read (the quinzaines are Duckling's 1-14 / 15-end where
        # the set wrote 1-15 / 16-end; "avant l'été" and "l'entre-deux-guerres" left)
        ("expressions_blind3.fr.json", 0.95),
        # measured once at 0.766 (December 2026, helper expr4); 0.914 once moments and clock times beside a day,
        # carnival and Easter days, spans between holidays, "au T4", hours counted in days, events in the plural
        # before their day, a span of seasons with one year, halves of centuries and "avant la fin de" were read
        # ("depuis trois jours" stays a duration, "les 7 et 8 novembre" two days and "deux ans après la crise de
        # 2008" the year, as the dates_news sets want)
        ("expressions_blind4.fr.json", 0.91),
        # measured once at 0.726 (December 2026, helper expr5); 0.938 once hours and moments beside a day, "qui vient",
        # "au plus tard jeudi", round counts, "écoulé", "Q3 2026", the end of a quarter, a day of next month, weekends of
        # a month, quarters of centuries, halves and spans of decades, "inclus", "du mois prochain" after a bound,
        # Saint-Patrick, "en plein hiver" and the Années folles were read ("depuis une semaine" stays a duration and
        # "les 30 et 31 janvier" two days, as the dates_news sets want; "le 15 du mois" may be a habit)
        ("expressions_blind5.fr.json", 0.93),
        # measured once at 0.857 (December 2026, helper exprb6); 0.981 once the turn of a century, the dawn of a decade,
        # the edge of a season, the first quarters, the last decade, "sous quinzaine", "à pareille époque", a hedge in
        # "il y a", the neighbour day of an event named with its date, the Jeûne fédéral, the fête de la Musique, a
        # budget's or a legislature's noun, "l'exercice clos au" and "au dernier trimestre" were read (the quinzaines
        # are Duckling's 1-14 / 15-end, as for expressions_blind3; "les Trente Glorieuses" an era, no date, as
        # dates_news_blind16 wants)
        ("expressions_blind6.fr.json", 0.98),
        # measured once at 0.790 (December 2026, helper blind-expr7); 0.873 once the saints' days of November, "le
        # 8-Mars", "le 1er-Août", the fête du Canada, "dernier délai", "vers" / "aux alentours de" / "sur l'ensemble
        # de" before a year, a season's kind and the décades of a month were read (two or three days joined by "et",
        # "sous dix jours" and "passé le" left, as the dates_news sets want or for want of a safe rule)
        ("expressions_blind7.fr.json", 0.87),
        # measured once at 0.747 (December 2026, helper exp8); 0.849 once thirds of centuries, two centuries joined
        # by "et", the turn of the millennium, years and decades in words, yearless ranges of numeric days, period
        # nouns ("le plan quinquennal", "la promotion", "l'année d'imposition") and deadline frames ("au plus tôt en",
        # "à horizon", "l'échéance du"), and "la fin de ce trimestre" were read (legal acts' names, rentrées and
        # sessions, "l'an mil", feasts of the year's end left)
        ("expressions_blind8.fr.json", 0.84),
        # measured once at 0.688 (December 2026, helper exprs9); 0.903 once acts, sittings and deadlines named by their
        # day ("l'arrêté du 12 mars", "avec effet rétroactif au"), parliament and tax years, events named by their
        # year, national days named by their nationality, "la saison prochaine / en cours", a season followed by its
        # league, two centuries before our era, "d'ici la fin juin" and parts of months joined by "au" were read (parts
        # of centuries stay the century, as dates_news_blind11 wants; the Journée des patriotes, "le 4-Avril" left)
        ("expressions_blind9.fr.json", 0.88),
        # measured once at 0.776 (December 2026, helper exp10); 0.936 once acts named with their number or name before
        # their day or year ("la loi n° 2029-412 du", "le Code civil de 1804"), the Republican calendar, "la semaine n°
        # 8", "entre les semaines 10 et 12", bare days of this month or the next ("entre le 20 et le 25 de ce mois"),
        # half a year, "en date du" and "d'ici au" were read (the quinzaines stay Duckling's 1-14 / 15-end, as for
        # expressions_blind3; "l'exercice en cours", "le premier du mois" left)
        ("expressions_blind10.fr.json", 0.92),
        # measured once at 0.734 (December 2026, helper expr11); 0.877 once acts named with their court, kind, gazette
        # or a number with letters before their day ("l'arrêt de la Cour de cassation du", "le règlement (UE) 2030/145
        # du"), "avec prise d'effet au", financial, social and academic years, Québec's "la fin de semaine du", its
        # national day, the Action de grâce, "le réveillon du" and a month of the year told from today were read
        # (parts of the day, "dans les premiers jours de", "le 1er sem." and counted hedges left)
        ("expressions_blind11.fr.json", 0.86),
        # measured once at 0.769 (December 2026, helper expr12); 0.910 once a trial's steps and sittings and a call for
        # tenders named by their day, farming and accounting periods before their year, spans of numbered weeks,
        # working days and halves of a month, relative academic years, a span of seasons from a winter of two years,
        # the end of a numbered half-year with its year and Belgium's communities' days were read ("le dernier vendredi
        # du mois" may be a habit; "du 6 au 10/10", the Jeûne genevois, the Avent, "en tout début de semaine
        # prochaine" left)
        ("expressions_blind12.fr.json", 0.90),
        # measured once at 0.873 (December 2026, helper expr13); 0.933 once a day named by its part or its event ("le
        # matin du", "le match aller du", "la finale du"), a court in three words, "le pourvoi formé le", "autour du",
        # "les Jeux de 2032", "la Fête de la musique" and Swiss yearless days in dots ("le 14.02.") were read ("les 19
        # et 20 mars" two days, "du 6.3 au 10.3.2033", "avant l'automne", "à fin janvier" left)
        ("expressions_blind13.fr.json", 0.92),
        # measured once at 0.886 (December 2026, helper expr14); 0.952 once a council, a vote or a summit named by its
        # day, Swiss dotted ranges ("du 4 au 8.12.2034"), "entre le 15 et le 20 courant", "l'hiver qui vient", "le
        # présent trimestre" and "dans le courant du mois prochain" were read ("le week-end des 2 et 3 décembre" two
        # days, "à fin octobre", "avant l'hiver", "en nonante-neuf", the Jeûne genevois left)
        ("expressions_blind14.fr.json", 0.94),
    ],
)
def test_eval_date_expressions_stay_above_the_floor(name, floor):
    data = json.loads((DATA / name).read_text(encoding="utf-8"))
    published = date.fromisoformat(data["published"])
    expressions = data["dates"]
    analyses = analyse_many((item["text"] + "\n", "text", published) for item in expressions)
    exact = 0
    for item, analysis in zip(expressions, analyses, strict=True):
        spans = [d for d in analysis.dates if d.end - d.start >= len(item["text"]) / 2]
        exact += any(d.value in item["values"] for d in spans)
    assert exact / len(expressions) >= floor
