"""claims/ids.py: which strings can be a row's id or a year."""

import pytest

from claims.ids import is_row_id, is_year


@pytest.mark.parametrize(
    ("value", "expected"), [("12", True), ("9" * 18, True), ("9" * 19, False), ("²", False), ("-1", False), ("", False)]
)
def test_a_row_id_is_a_number_the_database_holds(value, expected):
    assert is_row_id(value) is expected


@pytest.mark.parametrize(
    "value",
    [
        str(10**18),  # 19 digits, though a 64-bit id could be that large: only 18 digits are read
        str(2**63 - 1),  # the largest 64-bit id, 19 digits
        "0" * 18 + "1",  # leading zeros count
    ],
)
def test_a_row_id_has_at_most_18_digits_whatever_their_value(value):
    assert is_row_id(value) is False


@pytest.mark.parametrize(
    ("value", "expected"), [("2024", True), ("1", True), ("0", False), ("99999", False), ("²", False)]
)
def test_a_year_is_one_a_date_holds(value, expected):
    assert is_year(value) is expected
