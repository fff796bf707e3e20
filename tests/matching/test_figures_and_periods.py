"""Look-alikes of matching_blind8's kinds: two figures written to one decimal place, two spans of
whole years one within the other, the people of a proportion, trees planted and felled, a rise and
a fall of an unnamed thing in one article, a year against a denial until a later year. New
sentences, each beside look-alikes that must not change."""

from datetime import date
from decimal import Decimal

from matching.facts import Amount, ClaimFacts, DateRange, build_facts
from matching.names import same_entity
from matching.rivals import apart
from matching.scoring import date_signal, find_conflict, score_match

SCHAERBEEK = (("schaerbeek", "Schaerbeek", "LOC"),)


def facts(text, names=(), value=None, unit="%", dates=()):
    """The facts of `text`: `names` as (key, name, label), one quantity where written, `dates` as
    (earliest, latest, written)."""
    quantities = []
    if value is not None:
        start = text.index(value)
        number = Decimal(value.replace(",", "."))
        quantities.append((number, number, unit, start, start + len(value)))
    spans = [(low, high, text.index(written), text.index(written) + len(written)) for low, high, written in dates]
    return build_facts(
        text=text,
        entities=(key for key, _name, _label in names),
        names=names,
        dates=spans,
        amounts=(),
        quantities=quantities,
    )


def amount(value):
    return Amount(Decimal(value), Decimal(value), "s")


def test_figures_written_to_one_decimal_place_that_differ_are_two_figures():
    assert not amount("12.47").same_as(amount("12.74"))
    assert not amount("2.25").same_as(amount("2.26"))
    assert not amount("88.6").same_as(amount("88.7"))
    # look-alikes: the same figure, a figure and its rounding, a large figure within 1 %
    assert amount("12.47").same_as(amount("12.470"))
    assert amount("33").same_as(amount("33.3"))
    assert amount("1300000").same_as(amount("1301000"))


def test_two_figures_of_one_place_are_not_shown_as_one_claim():
    one = facts("Le taux de réussite au brevet a atteint 88,6 % à Schaerbeek.", SCHAERBEEK, "88,6")
    other = facts("Le taux de réussite au brevet a atteint 88,7 % à Schaerbeek.", SCHAERBEEK, "88,7")
    same = facts("À Schaerbeek, le taux de réussite au brevet a atteint 88,6 %.", SCHAERBEEK, "88,6")
    assert not score_match(one, other).shown
    assert score_match(one, same).shown


def spans(*ranges):
    return ClaimFacts(dates=tuple(DateRange(low, high) for low, high in ranges))


def test_two_spans_of_whole_years_one_within_the_other_are_two_periods():
    long = spans((date(2005, 1, 1), date(2024, 12, 31)))  # "entre 2005 et 2024"
    assert date_signal(long, spans((date(2012, 1, 1), date(2024, 12, 31))))[0] == "conflict"
    # look-alikes: a year, a winter and an open span within a span of years still overlap it
    assert date_signal(long, spans((date(2020, 1, 1), date(2020, 12, 31))))[0] == "overlap"
    season = spans((date(2023, 1, 1), date(2024, 12, 31)))  # "la saison 2023-2024"
    assert date_signal(season, spans((date(2023, 12, 1), date(2024, 2, 29))))[0] == "overlap"
    assert date_signal(long, spans((date(2012, 1, 1), date.max)))[0] == "overlap"


def test_the_people_of_a_proportion_set_two_claims_apart():
    women = facts("Une femme sur quatre fait du sport chaque semaine à Schaerbeek.", SCHAERBEEK)
    men = facts("Un homme sur quatre fait du sport chaque semaine à Schaerbeek.", SCHAERBEEK)
    assert apart(women, men)
    # look-alikes: the same people told as a fraction, and as a share of another proportion
    quarter = facts("À Schaerbeek, un quart des femmes fait du sport chaque semaine.", SCHAERBEEK)
    assert not apart(women, quarter)
    assert score_match(women, quarter).shown
    third = facts("Une femme sur trois fait du sport chaque semaine à Schaerbeek.", SCHAERBEEK)
    assert not score_match(women, third).shown


def test_trees_planted_are_no_trees_felled():
    planted = facts("La commune de Schaerbeek a planté 2 400 arbres en 2025.", SCHAERBEEK)
    felled = facts("La commune de Schaerbeek a abattu 2 400 arbres en 2025.", SCHAERBEEK)
    told = facts("En 2025, 2 400 arbres ont été plantés par la commune de Schaerbeek.", SCHAERBEEK)
    assert score_match(planted, felled).signals["polarity"] == "opposite"
    assert score_match(planted, told).signals["polarity"] == "same"


YEAR_2024 = (date(2024, 1, 1), date(2024, 12, 31), "2024")


def test_a_rise_and_a_fall_of_an_unnamed_thing_in_one_year_conflict():
    rise = facts("Le trafic fluvial a progressé de 6 % en 2024.", value="6", dates=[YEAR_2024])
    fall = facts("Le trafic fluvial a reculé de 2 % en 2024, selon un armateur.", value="2", dates=[YEAR_2024])
    assert find_conflict(rise, fall) is not None
    # look-alikes: another thing, another year
    road = facts("Le trafic routier a reculé de 2 % en 2024.", value="2", dates=[YEAR_2024])
    assert find_conflict(rise, road) is None
    later = facts(
        "Le trafic fluvial a reculé de 2 % en 2023.", value="2", dates=[(date(2023, 1, 1), date(2023, 12, 31), "2023")]
    )
    assert find_conflict(rise, later) is None


def test_a_year_against_a_denial_until_a_later_year_conflicts():
    year = (date(2026, 1, 1), date(2026, 12, 31), "2026")
    opens = facts("La piscine de Schaerbeek rouvrira en 2026.", SCHAERBEEK, dates=[year])
    until = facts(
        "La piscine de Schaerbeek ne rouvrira pas avant 2028.", SCHAERBEEK, dates=[(date(2028, 1, 1), date.max, "2028")]
    )
    assert find_conflict(opens, until).kind == "date"
    # look-alike: a denial of another thing
    other = facts(
        "La patinoire de Schaerbeek ne rouvrira pas avant 2028.",
        SCHAERBEEK,
        dates=[(date(2028, 1, 1), date.max, "2028")],
    )
    assert find_conflict(opens, other) is None


# Reviewed (rev-match8): look-alikes of the rules above that they first read otherwise.


def test_figures_of_millions_written_to_one_place_that_differ_are_two_figures():
    # "24,6 millions" / "24,7 millions": written to one place of their millions, as "9,98" / "9,89" are
    assert not amount("24600000").same_as(amount("24700000"))
    # look-alikes: a figure of millions and its count, rounded; a round figure and a precise one
    assert amount("24600000").same_as(amount("24587000"))
    assert amount("1300000").same_as(amount("1301000"))


def test_a_rise_and_a_fall_of_an_unnamed_thing_told_of_two_groups_are_no_conflict():
    def told(text, value):
        return facts(text, value=value, unit="point", dates=[YEAR_2024])

    apprentices = told("Le chômage a augmenté de 0,5 point en 2024 chez les apprentis.", "0,5")
    seniors = told("Le chômage a reculé de 0,2 point en 2024 chez les seniors.", "0,2")
    assert find_conflict(apprentices, seniors) is None
    # look-alike: the same thing, told on a source's word, still conflicts
    said = told("Le chômage a reculé de 0,2 point en 2024, selon un syndicat.", "0,2")
    assert find_conflict(told("Le chômage a augmenté de 0,5 point en 2024.", "0,5"), said) is not None


def test_a_share_of_anyone_and_a_share_of_residents_are_not_set_apart():
    anyone = facts("Une personne sur cinq vit seule à Schaerbeek.", SCHAERBEEK)
    residents = facts("Un habitant sur cinq vit seul à Schaerbeek.", SCHAERBEEK)
    assert not apart(anyone, residents)
    # look-alike: two groups of people
    tenants = facts("Un locataire sur cinq vit seul à Schaerbeek.", SCHAERBEEK)
    assert apart(residents, tenants)


def test_two_lines_numbered_otherwise_are_two_things():
    assert not same_entity("ligne T1", "ligne T2") and not same_entity("l'A7", "l'A8")
    assert same_entity("ligne T1", "la ligne T1") and same_entity("le Covid-19", "le Covid")

    def line(number, count):
        text = f"La ligne T{number} a transporté {count} millions de voyageurs en 2024."
        names = ((f"ligne t{number}", f"ligne T{number}", "LOC"),)
        return facts(text, names, value=count, unit="voyageur", dates=[YEAR_2024])

    assert find_conflict(line(1, "22"), line(2, "9")) is None
    assert find_conflict(line(1, "22"), line(1, "9")) is not None  # look-alike: one line, two counts
