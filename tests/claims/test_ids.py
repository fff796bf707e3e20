"""claims/ids.py: which strings can be a row's id or a year."""

import pytest

from claims.ids import is_row_id, is_year


@pytest.mark.parametrize(
    ("value", "expected"), [("12", True), ("9" * 18, True), ("9" * 19, False), ("²", False), ("-1", False), ("", False)]
)
def test_a_row_id_is_a_number_the_database_holds(value, expected):
    assert is_row_id(value) is expected


@pytest.mark.parametrize(
    ("value", "expected"), [("2024", True), ("1", True), ("0", False), ("99999", False), ("²", False)]
)
def test_a_year_is_one_a_date_holds(value, expected):
    assert is_year(value) is expected
