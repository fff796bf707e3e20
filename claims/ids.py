"""Reading a row's id from a URL or a query string: a number the database can hold, or no id at all
(a 404 or an empty filter, never a 500 from int() or from the database)."""

# What a 64-bit id column (SQLite's, PostgreSQL's bigint) holds; past it SQLite cannot even bind
# the number (OverflowError).
ROW_ID_RANGE = range(-(2**63), 2**63)
# The most digits of an id read from a URL or a query string: every number of 18 digits is in that
# range (2**63 has 19), and a string is refused by its length before int() reads it.
MAX_ID_DIGITS = len(str(ROW_ID_RANGE.stop)) - 1


def is_row_id(value: str) -> bool:
    """Whether `value` can be a row's id: decimal digits int() reads ("12", not "²"), at most 18."""
    return value.isdecimal() and len(value) <= MAX_ID_DIGITS


def is_year(value: str) -> bool:
    """Whether `value` is a year a date can hold (1 to 9999)."""
    return value.isdecimal() and len(value) <= 4 and int(value) >= 1
