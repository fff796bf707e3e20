"""matching.names: two names of one entity in two claims."""

from matching.facts import build_facts
from matching.names import acronym_of, align, same_entity


def test_acronym_of_reads_initials_of_the_words_that_count():
    assert acronym_of("FMI", "Fonds monétaire international")
    assert acronym_of("ONF", "Office national des forêts")
    assert acronym_of("CHU", "Centre hospitalier universitaire")
    assert acronym_of("AP-HM", "Assistance publique-Hôpitaux de Marseille")
    # From three letters, one word may be left out: a last qualifier or another.
    assert acronym_of("Unédic", "Union nationale interprofessionnelle pour l'emploi dans l'industrie et le commerce")
    assert acronym_of("STIB", "Société des transports intercommunaux de Bruxelles")
    assert acronym_of("TPG", "Transports publics genevois")
    assert not acronym_of("LFP", "Lyon")  # a one-word name has no initials to spell
    assert not acronym_of("Lyon", "Ligue de football professionnel")
    assert not acronym_of("FM", "Fonds monétaire international")


def test_same_entity_reads_word_order_town_halls_and_clubs():
    assert same_entity("Lyon Part-Dieu", "Part-Dieu de Lyon")
    assert same_entity("Toulouse", "Mairie de Toulouse")
    assert same_entity("RC Lens", "Racing Club Lens")
    assert not same_entity("Stade de France", "France")
    assert not same_entity("Congo", "République démocratique du Congo")
    assert not same_entity("Nantes", "aéroport de Nantes")


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
