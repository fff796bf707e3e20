"""The rules naming the words they open on (`Rule.opens`) are tried only where those words open a
word (annotations.nlp.dates.openings): the gate must let through every place a rule can start."""

from datetime import date

import pytest

from annotations.nlp.dates import default_grammar, find_dates, rules
from annotations.nlp.dates.grammar import _NEEDS, windows
from annotations.nlp.dates.openings import rule_matches, word_starts
from annotations.nlp.normalise import lower_case, normalise

PUBLISHED = date(2024, 11, 30)

# Where a gate on a word's first letters could miss a start: the text's first character, after
# punctuation, an elision, a hyphen or a line break, a capital, a word longer than the one named
# ("les", "lundis", "mi-mars"), a number glued to a letter ("1er", "t1"), a number written out.
SENTENCES = [
    "Le 12 mai 2021, la mairie a voté.",
    "12 mai 2021 : la mairie a voté.",
    "2021 fut une année calme ; en 2022, tout a changé.",
    "La réunion (le 3 mars) est reportée au 16, a-t-il dit.",
    "«Le 16», répète-t-il, « jusqu'au 18 » ensuite.",
    "Il l'a dit lorsqu'en mars 2020 la crise a éclaté, puis d'avril à juin.",
    "Les 4, 5 et 6 mai, les lundis 3 et 10 juin, du 13 au 15 juillet 2024.",
    "Entre le 3 et le 5 mai, puis mi-mars 2025, fin 2024 et début juin.",
    "Du mardi 3 au jeudi 5 décembre, le premier mars, le vingt-neuf mai 2019.",
    "Au T1 2024, puis au 2e trimestre ; la rentrée 2026 et la décennie 2030.",
    "De 2015 à aujourd'hui, entre 2019 et 2021, de janvier à mars.",
    "Mai-juin 2024, l'été 2025, au printemps 2023, le 1er août.",
    "Le 2e lundi de mars, vers 600 av. J.-C., le 31/12/2020, 2015-03-03.",
    "Elle a vu 2 000 salariés et 12 % ; l'ex-2020 n'est pas une date.\nLe 5 mai\nen 2020.",
    "Le défilé du 14-Juillet, Noël 2023, la Saint-Jean.",
    "Il y a deux ans, d'ici 3 mois ; deux jours plus tard, les 3 derniers mois, les 12 mois passés.",
    "En début de semaine, au milieu du mois, l'an dernier, la semaine 12 et la 45e semaine 2024.",
    "Des années 80 aux années 90, les années 1990, la semaine du 3 mars, les six premiers mois de 2024.",
]


@pytest.mark.parametrize("sentence", SENTENCES)
def test_every_gated_rule_finds_what_it_finds_everywhere(sentence):
    lowered = lower_case(normalise(sentence))
    grammar = default_grammar()
    starts = word_starts(lowered, grammar.opening_words)
    gated = [rule for rule in grammar.rules if rule.opens is not None]
    assert gated, "the rules that cost most name their openings"
    for rule in gated:
        around = windows(lowered, _NEEDS[rule.needs])
        everywhere = [m.span() for first, last in around for m in rule.pattern.finditer(lowered, first, last)]
        assert [m.span() for m in rule_matches(rule, lowered, around, starts)] == everywhere, rule.pattern.pattern


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("12 mai 2021 : la mairie a voté.", ["12 mai 2021"]),  # the text's first word
        ("La réunion (le 3 mars) est reportée.", ["le 3 mars"]),  # after a parenthesis
        ("Il l'a dit d'avril 2020 à mai.", ["d'avril 2020 à mai"]),  # a range opened by an elision (on "d")
        ("Depuis l'été 2025, rien.", ["Depuis l'été 2025"]),  # on a word of one letter
        ("Prévu pour mi-mars 2025, reporté.", ["mi-mars 2025"]),  # a word cut by a hyphen
        ("Les 4, 5 et 6 mai, rien.", ["Les 4", "5", "6 mai"]),  # "les" beside the "le" of other rules
        ("Au T1 2024, le chiffre a reculé.", ["T1 2024"]),  # a letter glued to its digit
    ],
)
def test_dates_found_at_every_kind_of_start(text, expected):
    assert [found.text for found in find_dates(normalise(text), published=PUBLISHED)] == expected


def test_no_date_where_no_rule_opens():
    """Look-alikes the gate lets through but the rules still refuse: a number glued after a hyphen, an
    amount, a number inside a word."""
    assert find_dates(normalise("L'ex-2020 a vu 2 000 salariés et le B52 ; 12 % en plus."), published=PUBLISHED) == []


def test_an_opening_word_must_start_with_letters_or_digits():
    with pytest.raises(ValueError):
        rules.rule(r"d'ici\s+(?P<year>\d{4})", lambda match, context: None, opens=("d'ici",))


def test_opening_key_keeps_three_letters_and_files_numbers_together():
    assert [rules.opening_key(word) for word in ("lundis", "le", "l", "1er", "2024", "mars")] == [
        "lun",
        "le",
        "l",
        rules.A_NUMBER,
        rules.A_NUMBER,
        "mar",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "le réveillon de la saint-sylvestre puis le lundi de pâques et le 14-juillet.",
        "à la toussaint, au jour des morts, pour la fête du travail.",
        "aucune fête ici : le conseil a voté le 3 mars.",
    ],
)
def test_holiday_stretches_are_the_triggers_windows(text):
    """The holidays' windows are looked for only in a text holding one of their names' cores, which every
    name holds: the same windows."""
    from annotations.nlp.dates import grammar

    assert all(any(core in name for core in grammar._HOLIDAY_CORES) for name in grammar._HOLIDAY_NAMES)
    assert grammar._stretches(text, "holiday") == grammar.windows(text, grammar._NEEDS["holiday"])
