""" "la semaine qui vient de s'achever" is not the coming week (review of the dates' rules): "qui vient de" and
an infinitive is just past; "la semaine qui vient" alone is the coming one."""

from datetime import date

import pytest

from tests.annotations.reading import date_values

TUESDAY = date(2027, 6, 15)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "qui vient de" + infinitive: just past, not the coming period
        ("La semaine qui vient de s'achever a été la plus chaude de l'année.", []),
        ("L'année qui vient d'être écoulée fut difficile.", []),
        ("Le conseil votera le budget la semaine qui vient.", [("la semaine qui vient", "2027-06-21/2027-06-27")]),
        ("Le mois qui vient sera décisif.", [("Le mois qui vient", "2027-07")]),
    ],
)
def test_dates(text, expected):
    assert date_values(text, TUESDAY) == expected
