"""A dash opening a list's item (annotations/nlp/list_items.py) beside a dash that opens a line alone."""

import pytest

from annotations.nlp.list_items import opens_a_list_item


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Les prix :\n- 15 € la journée", True),  # announced by a colon
        ("Prix\n  – 15 € la journée\n  – 40 € la semaine", True),  # beside another item, indented
        ("- 15 € la journée\n\n• 40 € la semaine", True),  # a blank line between items
        ("Résultat net\n- 4,7 M€", False),  # a line alone
        ("- 4,7 M€", False),
        ("Résultat : - 4,7 M€\n- 2 %", False),  # not at its line's start
    ],
)
def test_opens_a_list_item(text, expected):
    start = next(i for i, c in enumerate(text) if c.isdigit())
    assert opens_a_list_item(text, start) is expected
