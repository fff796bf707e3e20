"""The year facets narrow a date filter only where every claim's facets list its years."""

from datetime import date

from claims.managers import covered_years, facet_years


def test_an_open_side_is_cut_to_the_listed_years():
    assert covered_years(date(2015, 1, 1), date.max) == range(2015, 2201)
    assert covered_years(date.min, date(1999, 12, 31)) == range(1800, 2000)
    assert covered_years(date(2019, 3, 1), date(2020, 6, 30)) == range(2019, 2021)


def test_a_few_years_within_the_listed_ones_are_searched_in_the_facets():
    assert facet_years(date(2019, 1, 1), date(2020, 12, 31)) == range(2019, 2021)


def test_years_an_open_bound_does_not_list_are_left_to_the_date_mentions():
    # "avant 1800" covers 1750, but its claim's facets list 1799 only: the facets cannot say it
    assert covered_years(date.min, date(1799, 12, 31)) == range(1799, 1800)
    assert facet_years(date(1750, 1, 1), date(1750, 12, 31)) is None
    assert facet_years(date(2300, 1, 1), date(2300, 12, 31)) is None
    assert facet_years(date(2010, 1, 1), date(2030, 12, 31)) is None  # more than FACET_YEARS_MAX
