"""`numbers.alternation`: a tree of letters that matches what the flat longest-first list matched."""

import re

from hypothesis import given
from hypothesis import strategies as st

from annotations.nlp.numbers import alternation

# Words in lower case without a hyphen, one space between their parts: no two branches of the tree read the same
# letter (see the next test).
WORD = st.lists(st.text(alphabet="abé", min_size=1, max_size=3), min_size=1, max_size=3).map(" ".join)
WORDS = st.lists(WORD, min_size=1, max_size=12)
TEXTS = st.text(alphabet="abéAÉ -\n", max_size=12)


def flat(words) -> str:
    """The list, longest first, as `alternation` wrote it before it wrote a tree."""
    return "|".join(re.escape(word).replace(r"\ ", r"[\s-]+") for word in sorted(words, key=len, reverse=True))


@given(WORDS, TEXTS, st.sampled_from(["", r"(?![\w])", r"\s"]))
def test_the_tree_matches_what_the_list_matched(words, text, after):
    tree, listed = (re.compile(f"(?:{pattern}){after}", re.I) for pattern in (alternation(words), flat(words)))
    assert [m.span() for m in tree.finditer(text)] == [m.span() for m in listed.finditer(text)]


def test_where_two_branches_read_the_same_letter_the_longer_word_comes_first():
    # a space reads a hyphen too; under re.IGNORECASE "M" reads "m"
    assert re.match(alternation(["demi milliard", "demi-m"]), "demi-milliard").group() == "demi-milliard"
    assert re.match(alternation(["demi-milliard", "demi m"]), "demi-milliard").group() == "demi-milliard"
    assert re.match(alternation(["md", "Mds"]), "mds", re.I).group() == "mds"


def test_a_word_that_opens_a_longer_one_is_tried_after_it():
    multiplier = re.compile(rf"(?:{alternation(['million', 'millions', 'mille', 'm'])})(?![\w])", re.I)
    assert multiplier.match("millions de").group() == "millions"
    assert multiplier.match("Million d'euros").group() == "Million"
    assert multiplier.match("m€").group() == "m"
    assert multiplier.match("milliard") is None


def test_a_space_matches_any_run_of_spaces_or_a_hyphen():
    currency = re.compile(alternation(["franc suisse", "franc"]))
    assert [currency.match(text).group() for text in ("franc suisse", "franc-suisse", "franc \n suisse", "franc")] == [
        "franc suisse",
        "franc-suisse",
        "franc \n suisse",
        "franc",
    ]
