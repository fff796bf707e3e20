"""desk/sites.py: which keys, as an admin action posts them, a primary key can hold."""

import uuid

import pytest

from claims.models import Claim
from desk.sites import is_possible_key
from intake.models import Job


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("12", True),
        (str(2**63 - 1), True),  # the largest 64-bit integer
        (str(-(2**63)), True),  # the smallest: no row has it, but the database can compare with it
        (str(10**18), True),  # 19 digits: a URL's id (claims.ids.is_row_id) may have 18 only
        (str(2**63), False),  # one past: SQLite cannot bind it
        (str(-(2**63) - 1), False),
        ("9" * 20, False),
        ("abc", False),
        ("1e3", False),
    ],
)
def test_is_possible_key_of_an_integer_key_is_64_bits(value, expected):
    assert is_possible_key(Claim._meta.pk, value) is expected


def test_is_possible_key_of_a_uuid_key_has_no_range():
    assert is_possible_key(Job._meta.pk, str(uuid.UUID(int=2**128 - 1))) is True
    assert is_possible_key(Job._meta.pk, "9" * 20) is False
