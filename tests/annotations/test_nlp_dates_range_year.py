"""A range of days written without its year is placed whole (begun by the publication in a past clause, its first day
deciding as a single day's does; not over in a future one), and a present passive ("la
route est fermée", "les piscines sont ouvertes") is a state that lasts, not a past: "Du 20 mai au 3 juillet, la route
est fermée", published in mid-May, is this year's, as "Le 20 mai, la route est fermée" is. A compound past made
with "être" ("est arrivé", "sont partis") and a passive told in the past ("a été fermée") still tell a past."""

from datetime import date

import pytest

from tests.annotations.reading import date_values

MAY = date(2026, 5, 15)
JANUARY = date(2026, 1, 10)


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a present passive or a state: the range coming this year, as its first day alone
        ("Du 22 mai au 5 juillet, la piste cyclable est barrée.", MAY, "2026-05-22/2026-07-05"),
        ("Du 18 mai au 30 août, les douches sont ouvertes.", MAY, "2026-05-18/2026-08-30"),
        ("Du 25 mai au 14 juin, le pont est interdit aux camions.", MAY, "2026-05-25/2026-06-14"),
        # look-alikes: a range told in the past keeps the year it has begun in
        ("Du 4 au 9 mai, la piste cyclable a été barrée.", MAY, "2026-05-04/2026-05-09"),
        ("Du 12 au 18 avril, les douches ont fermé.", MAY, "2026-04-12/2026-04-18"),
        ("Du 22 décembre au 4 janvier, le gymnase a été fermé.", JANUARY, "2025-12-22/2026-01-04"),
        ("Du 22 décembre au 4 janvier, le gymnase sera fermé.", JANUARY, "2026-12-22/2027-01-04"),
        # a range under way, told in the future, is the one not over
        ("Du 2 au 28 mai, la galerie sera ouverte le soir.", MAY, "2026-05-02/2026-05-28"),
    ],
)
def test_a_range_without_its_year_follows_its_first_day(text, published, expected):
    assert [value for _, value in date_values(text, published)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a present passive beside a date is no past: the nearest day
        ("Le 27 avril, la cantine est fermée.", "2026-04-27"),
        ("Le 27 avril, les guichets sont fermés au public.", "2026-04-27"),
        # look-alikes: a compound past with "être" or "avoir" puts a day after the publication a year back
        ("Les pompiers sont arrivés sur place le 27 avril.", "2025-04-27"),
        ("La délégation est partie de Dakar le 27 avril.", "2025-04-27"),
        ("Le 27 avril, la cantine a été fermée.", "2025-04-27"),
        # "apparaître", "retomber" make a compound past with "être" too; "bienvenu", "prévenu", "avenue" tell no move
        ("Le 27 avril, une fissure est apparue sur le barrage.", "2025-04-27"),
        ("Le 27 avril, le soufflé est retombé.", "2025-04-27"),
        ("Le 27 avril, chacun est bienvenu à la kermesse.", "2026-04-27"),
        ("Le 27 avril, le marché est avenue Jean-Jaurès.", "2026-04-27"),
        ("Le 27 avril, le public est prévenu par affichage.", "2026-04-27"),
    ],
)
def test_a_present_passive_is_not_a_past(text, expected):
    published = date(2026, 3, 2)
    assert [value for _, value in date_values(text, published)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a history told in the imperfect, then a bound to come: the publication's year, not the history's
        (
            "Il y a trente ans, le 3 mai 1996, une usine explosait ; un mémorial y est dédié jusqu'à fin juin.",
            [("Il y a trente ans", "1996"), ("3 mai 1996", "1996-05-03"), ("jusqu'à fin juin", "../2026-06-30")],
        ),
        # a past the participle dates ("commis le"), then a verdict expected: the one to come
        (
            "Deux hommes seront jugés pour un vol commis le 4 mars 2024. Le jugement est attendu le 20 juin.",
            [("4 mars 2024", "2024-03-04"), ("le 20 juin", "2026-06-20")],
        ),
        # a law's name stops before a cue of its own
        ("Les députés examineront la loi à partir du 2 juin.", [("à partir du 2 juin", "2026-06-02/..")]),
    ],
)
def test_a_past_before_a_date_to_come(text, expected):
    assert date_values(text, MAY) == expected


# Mends of the session's final read: a range whose first day has its year and whose last has none ends in that year (or
# the next, across the new year); "du mois prochain" with no publication date has no month to count from; "y compris"
# and nouns in "-is" before a date tell no past.
@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("Le gymnase a été fermé du 21 décembre 2025 au 4 janvier.", JANUARY, ["2025-12-21/2026-01-04"]),
        ("L'exposition court du 3 mars 2027 au 15 avril.", MAY, ["2027-03-03/2027-04-15"]),
        ("Les ateliers iront du 10 au 20 du mois prochain.", date(2026, 3, 3), ["2026-04-10/2026-04-20"]),
        ("Les ateliers iront du 10 au 20 du mois prochain.", None, []),
    ],
)
def test_a_range_with_its_first_year_or_counted_from_the_publication(text, published, expected):
    assert [value for _, value in date_values(text, published)] == expected


def test_y_compris_and_nouns_in_is_tell_no_past():
    from annotations.nlp.dates.tense import perfect_before

    assert not perfect_before("Les marchés ouvrent tous les jours, y compris le 3 juin", 50)
    assert not perfect_before("Il visitera l'entreprise le 3 juin", 32)
    assert perfect_before("Les faits commis le 2 avril 2023 seront jugés le 3 juin", 49)
