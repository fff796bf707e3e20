"""matching.names: two names of one entity in two claims."""

import pytest

from matching.facts import build_facts
from matching.names import acronym_of, align, in_order, same_entity, within


@pytest.mark.parametrize(
    ("short", "long", "expected"),
    [
        ("FMI", "Fonds monétaire international", True),
        ("ONF", "Office national des forêts", True),
        ("CHU", "Centre hospitalier universitaire", True),
        ("AP-HM", "Assistance publique-Hôpitaux de Marseille", True),
        # From three letters, one word may be left out: a last qualifier or another.
        ("Unédic", "Union nationale interprofessionnelle pour l'emploi dans l'industrie et le commerce", True),
        ("STIB", "Société des transports intercommunaux de Bruxelles", True),
        ("LFP", "Lyon", False),  # a one-word name has no initials to spell
        ("Lyon", "Ligue de football professionnel", False),
        ("FM", "Fonds monétaire international", False),
    ],
)
def test_acronym_of_reads_initials_of_the_words_that_count(short, long, expected):
    assert acronym_of(short, long) is expected


@pytest.mark.parametrize(
    ("one", "other", "expected"),
    [
        ("Lyon Part-Dieu", "Part-Dieu de Lyon", True),
        ("Toulouse", "Mairie de Toulouse", True),
        ("RC Lens", "Racing Club Lens", True),
        ("Stade de France", "France", False),
        ("Congo", "République démocratique du Congo", False),
        ("Nantes", "aéroport de Nantes", False),
    ],
)
def test_same_entity_reads_word_order_town_halls_and_clubs(one, other, expected):
    assert same_entity(one, other) is expected


def named(text, *names):
    return build_facts(
        text=text, entities=[key for key, _name in names], names=[(k, n, "ORG") for k, n in names], dates=[], amounts=[]
    )


def test_align_gives_an_acronym_the_key_and_words_of_its_long_form():
    long = named("Le Fonds monétaire international a relevé sa prévision", ("fonds", "Fonds monétaire international"))
    short = named("Le FMI a relevé sa prévision", ("fmi", "FMI"))
    first, second = align(long, short)
    assert first.entities == second.entities == {"fonds"}
    assert first.words == second.words


def test_align_reads_an_acronym_left_as_a_word():
    long = named("L'Office national des forêts a planté 2 000 chênes", ("onf", "Office national des forêts"))
    bare = named("2 000 chênes plantés par l'ONF")
    _first, second = align(long, bare)
    assert second.entities == {"onf"}


def test_align_reads_a_name_the_recogniser_missed_in_its_words():
    seen = named("Les vignerons de Cahors ont vendangé tôt", ("cahors", "Cahors"))
    missed = named("Vendanges précoces pour les vignerons de Cahors")
    _first, second = align(seen, missed)
    assert second.entities == {"cahors"}


def labelled(text, *names):
    """Facts of `text` naming each (key, name, label) of `names`."""
    return build_facts(text=text, entities=[key for key, _, _ in names], names=names, dates=[], amounts=[])


def test_a_persons_initials_are_no_acronym():
    assert not acronym_of("RN", "Romain Nicolas", "PER")
    assert acronym_of("RN", "Rassemblement national", "ORG")  # the look-alike: an organisation's initials
    assert not same_entity("CGT", "Céline Garnier Tessier", "ORG", "PER")
    assert same_entity("CGT", "Confédération générale du travail", "ORG", "ORG")


def test_align_keeps_a_person_apart_from_an_acronym():
    party = labelled("Le RN a recueilli 31 % des voix à Perpignan", ("rn", "RN", "ORG"))
    person = labelled("Romain Nicolas a recueilli 31 % des voix à Perpignan", ("romain", "Romain Nicolas", "PER"))
    first, second = align(party, person)
    assert first.entities == {"rn"} and second.entities == {"romain"}
    # An acronym left as a word ("au RN") is not spelt out as a person either.
    bare = labelled("Romain Nicolas a rejoint le RN en 2019", ("romain", "Romain Nicolas", "PER"))
    _first, second = align(person, bare)
    assert second.entities == {"romain"}
    long = labelled(
        "Le Rassemblement national a recueilli 31 % des voix", ("rassemblement", "Rassemblement national", "ORG")
    )
    first, second = align(long, party)
    assert first.entities == second.entities == {"rassemblement"}


def test_align_leaves_a_name_whose_words_are_another_name_s_in_another_order():
    # "Union sportive des écoles de la Loire" holds each word of "Union des écoles sportives" (their
    # stems) as another body's name: the recogniser missed nothing there.
    union = named(
        "L'Union sportive des écoles de la Loire a engagé 300 élèves", ("usel", "Union sportive des écoles de la Loire")
    )
    other = named("L'Union des écoles sportives a engagé 300 élèves", ("ues", "Union des écoles sportives"))
    first, _second = align(other, union)
    assert "ues" not in _second.entities and first.entities == {"ues"}
    # The look-alike: a missed name written as a run of a longer name's words is still read in it.
    missed = named("Les élèves de la Loire ont été 300 à courir", ("loire", "Loire"))
    _first, second = align(missed, union)
    assert "loire" in second.entities


@pytest.mark.parametrize(
    ("short", "long", "expected"),
    [
        ("Rennes", "mairie de Rennes", True),
        ("ONU", "l'ONU", True),
        ("Banque des États de l'Afrique centrale", "Banque centrale des États de l'Afrique de l'Ouest", False),
        ("Caisse centrale", "Caisse régionale centrale", False),
        # each word read by its stem: a plural holds its singular; the order still counts
        ("conseil régional", "conseils régionaux de Bretagne", True),
        ("centrale régionale", "conseils régionaux de Bretagne", False),
    ],
)
def test_within_reads_a_run_of_words_in_their_order(short, long, expected):
    assert within(short, long) is expected


def test_align_reads_a_missed_name_in_a_plural_of_another_name():
    # "conseils régionaux de Bretagne" holds "conseil régional" in its order, in the plural: the
    # recogniser missed it there, as it misses "Loire" in a longer name.
    region = named("Le conseil régional a voté 12 millions pour les lycées", ("cr", "conseil régional"))
    councils = named(
        "Les conseils régionaux de Bretagne ont voté 12 millions pour les lycées",
        ("crb", "conseils régionaux de Bretagne"),
    )
    _first, second = align(region, councils)
    assert "cr" in second.entities


def test_in_order_reads_the_words_of_a_name_in_their_order_with_others_between():
    assert in_order("Marathon de Paris", "Marathon international de Paris")
    assert not in_order("Marathon de Paris", "Paris-Versailles, le marathon")
    assert not in_order("Banque des États de l'Afrique centrale", "Banque centrale des États de l'Afrique de l'Ouest")
