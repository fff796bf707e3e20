"""Reading a row's id from a URL or a query string: a number the database can hold, or no id at all
(a 404 or an empty filter, never a 500 from int() or from the database)."""

# 64-bit integers: past 18 digits no row has that id, and SQLite cannot even compare with it.
MAX_ID_DIGITS = 18


def is_row_id(value: str) -> bool:
    """Whether `value` can be a row's id: decimal digits int() reads ("12", not "²"), at most 18."""
    return value.isdecimal() and len(value) <= MAX_ID_DIGITS


def is_year(value: str) -> bool:
    """Whether `value` is a year a date can hold (1 to 9999)."""
    return value.isdecimal() and len(value) <= 4 and int(value) >= 1
