"""French date expressions, normalised to ISO 8601 with a precision and date bounds.

The package, by concern:
- `lexicon`: the words (months and their abbreviations, weekdays, numbers written out, holidays);
- `values`: what a date is (bounds, unit, ISO form, open ends), the calendar arithmetic and the
  context a relative date is read in;
- `rules`: what a rule is; `absolute`, `periods` and `relative`: the grammar's rules and the
  functions resolving their matches;
- `tense`: whether a clause speaks of the future (for a bare weekday);
- `grammar`: the rules compiled and run over a text; `component`: the spaCy component.

News conventions (docs/DESIGN.md, "Dates", lists them with examples):
- a day or month without a year ("le 3 mars", "en mars", "17/02", "le 16") hangs on the latest
  date of the same paragraph, taking the year nearest it; else on the publication date, the
  clause's tense choosing the past or the coming one (module `tense`); a bare day ("le 16") is
  in that date's month;
- a bare weekday is the latest one (the publication day included) unless its clause speaks of
  the future; "lundi prochain" is the first Monday after the publication day, "lundi dernier"
  the last one before it, "le mardi suivant" the first after the text's latest date;
- relative counts keep their unit's precision ("il y a deux ans" is a year); anaphoric
  expressions ("la veille", "deux jours plus tard") count from the text's latest date, else
  from the publication day;
- parts: of a month in thirds ("début mars" 1-10, "mi-mars" 11-20, "fin mars" 21-31), of a
  year two months ("début 2020" January-February, "mi-2020" June-July, "fin 2020" November-
  December), of a week ("en début de semaine" Monday-Tuesday, milieu Wednesday-Thursday, fin
  Friday-Sunday); a season is its months ("l'été 2025" is 2025-06/2025-08, winter is December
  to February and belongs to its January's year); a century starts with its year 1 (XIXe
  siècle: 1801/1900); "les années 20" is the latest such decade begun by the publication;
- open bounds: "avant 2000" is "../1999-12-31", "jusqu'en 2020" "../2020", "depuis 2015" and
  "dès 2015" "2015/..", "après 2000" "2001-01-01/.."; their bounds are date.min / date.max;
- a four-digit number is a year only when nothing says it is a quantity ("2 000 salariés",
  "plus de 2000" are not years); "le monde de demain" is figurative;
- dates past the calendar keep their span with no value.
"""

from annotations.nlp.dates.component import DateRecognizer, default_grammar, find_dates
from annotations.nlp.dates.grammar import Grammar
from annotations.nlp.dates.values import Context, Value

__all__ = ["Context", "DateRecognizer", "Grammar", "Value", "default_grammar", "find_dates"]
