"""matching.facts: the pieces of a claim's facts that are not scoring's."""

from matching.facts import blank_spans


def test_blank_spans_keeps_the_length_and_blanks_overlaps_and_clamped_spans():
    text = "En 2016, 3 M€ versés"
    assert blank_spans(text, []) == text
    assert blank_spans(text, [(3, 7), (9, 13)]) == "En     ,      versés"
    assert blank_spans(text, [(3, 6), (4, 7)]) == "En     , 3 M€ versés"
    assert blank_spans(text, [(-2, 2), (18, 40), (5, 5)]) == "   2016, 3 M€ vers  "
