"""matching.figures, matching.demonyms and matching.sources: measures in one unit, ranks,
multiples, stray figures, demonyms and sources, and what scoring makes of them."""

from datetime import date
from decimal import Decimal

from matching.demonyms import people, root, roots
from matching.facts import build_facts, keys
from matching.figures import in_base_unit, in_each_unit, multiples, ranks, stray_numbers
from matching.scoring import date_signal, find_conflict, score_match
from matching.sources import named_sources


def at(text, part):
    start = text.index(part)
    return start, start + len(part)


def facts(text, entities=(), names=(), quantities=(), dates=()):
    """Facts of `text`; quantities as (value, unit, the words that say it)."""
    return build_facts(
        text=text,
        entities=entities,
        names=names,
        dates=dates,
        amounts=(),
        quantities=[(Decimal(v), Decimal(v), unit, *at(text, part)) for v, unit, part in quantities],
    )


def test_measures_are_compared_in_their_family_base_unit():
    assert in_base_unit(Decimal("2.5"), Decimal("2.5"), "km") == (Decimal("2500.0"), Decimal("2500.0"), "m")
    assert in_base_unit(Decimal("3"), Decimal("3"), "heure")[2] == "seconde"
    assert in_base_unit(Decimal("40"), Decimal("40"), "emploi") == (Decimal("40"), Decimal("40"), "emploi")
    # looked up as a claim stores it, in each unit where the figure has 3 decimals at most
    written = in_each_unit(Decimal("2500"), Decimal("2500"), "m")
    assert (Decimal("2.5"), Decimal("2.5"), "km") in written and (Decimal("2500"), Decimal("2500"), "m") in written
    assert [unit for _low, _high, unit in in_each_unit(Decimal("1.5"), Decimal("1.5"), "m")] == ["m", "cm", "mm"]


def test_a_length_in_kilometres_and_in_metres_is_one_fact_and_another_conflicts():
    a_text = "La digue de Zeebruges sera allongée de 2,5 km d'ici 2030."
    b_text = "D'ici 2030, la digue de Zeebruges sera allongée de 2 500 mètres."
    c_text = "La digue de Zeebruges sera allongée de 3 200 mètres d'ici 2030."
    a = facts(a_text, {"zeebruges"}, quantities=[("2.5", "km", "2,5 km")])
    b = facts(b_text, {"zeebruges"}, quantities=[("2500", "m", "2 500 mètres")])
    c = facts(c_text, {"zeebruges"}, quantities=[("3200", "m", "3 200 mètres")])
    assert score_match(a, b).signals["amount"] == "equal" and score_match(a, b).shown
    assert not set(keys(a)).isdisjoint(keys(b))  # the one found by the other's key
    assert score_match(a, c).signals["amount"] == "conflict" and not score_match(a, c).shown
    assert find_conflict(a, c).kind == "amount"


def values(found):
    return [value for value, _high, _unit, _start, _end in found]


RANKS = {
    "Le Standard de Liège a fini quatrième de la phase classique": [4],
    "La cycliste a pris la 7e place du contre-la-montre de Namur": [7],
    "Genève se hisse au troisième rang des villes les plus chères": [3],
    "Cinquième du marathon de Québec, la Kényane a battu son record": [5],
    "Le Luxembourg s'est classé 1er du palmarès européen du revenu": [1],
    # The look-alikes: an ordinal of another kind.
    "Le premier ministre wallon a présenté le deuxième plan de relance": [],
    "Au premier semestre, le chiffre d'affaires a progressé de 3 %": [],
    "Le 1er janvier, la 3e ligne du tram de Liège ouvrira": [],
}


def test_ranks_are_read_beside_a_place_word_a_verb_of_finishing_or_opening_a_sentence():
    assert {text: values(ranks(text)) for text in RANKS} == RANKS


def test_two_ranks_of_one_race_are_two_facts():
    a = facts("La skieuse Anna Moser a pris la 4e place de la descente de Crans-Montana.", {"anna moser"})
    b = facts("La skieuse Anna Moser a pris la 6e place de la descente de Crans-Montana.", {"anna moser"})
    c = facts("Quatrième de la descente de Crans-Montana : la skieuse Anna Moser.", {"anna moser"})
    assert not score_match(a, b).shown and score_match(a, b).signals["amount"] == "conflict"
    assert score_match(a, c).signals["amount"] == "equal"


MULTIPLES = {
    "Le prix du fioul a doublé en un an": [2],
    "Les loyers à Ixelles ont presque triplé depuis 2010": [3],
    "Les demandes d'asile ont été multipliées par quatre": [4],
    "La production doublera d'ici 2030": [2],
    # The look-alikes: a noun or an adjective.
    "Un double meurtre à Charleroi, le club vise le doublé": [],
}


def test_multiples_are_read_from_a_verb():
    assert {text: values(multiples(text)) for text in MULTIPLES} == MULTIPLES
    a = facts("Le nombre de bornes de recharge en Wallonie a triplé entre 2020 et 2025.", {"wallonie"})
    b = facts("Le nombre de bornes de recharge en Wallonie a quadruplé entre 2020 et 2025.", {"wallonie"})
    assert not score_match(a, b).shown


def test_figures_no_value_holds_set_two_claims_apart_when_they_differ():
    assert stray_numbers("Le total a atteint 812 000 en 2024") == {Decimal("812000"), Decimal("2024")}
    assert stray_numbers("Un séisme de magnitude 6,3 a secoué Taïwan, à 2 km de la ville A7") == {
        Decimal("6.3"),
        Decimal("2"),
    }
    a = facts("Un séisme de magnitude 4,8 a touché la Guadeloupe mardi.", {"guadeloupe"})
    b = facts("Un séisme de magnitude 3,9 a touché la Guadeloupe mardi.", {"guadeloupe"})
    c = facts("Mardi, la Guadeloupe a été touchée par un séisme de magnitude 4,8.", {"guadeloupe"})
    assert not score_match(a, b).shown and score_match(a, b).signals["numbers"] == "conflict"
    assert score_match(a, c).signals["numbers"] == "absent"


def test_open_dates_from_two_years_conflict():
    def since(day, text):
        return facts(text, {"namur"}, dates=[(day, date.max, *at(text, "dès"))])

    a = since(date(2025, 9, 1), "Les bus seront gratuits à Namur dès le 1er septembre 2025.")
    b = since(date(2026, 9, 1), "Les bus seront gratuits à Namur dès le 1er septembre 2026.")
    c = since(date(2025, 1, 1), "Les bus seront gratuits à Namur dès 2025.")
    assert date_signal(a, b)[0] == "conflict"
    assert date_signal(a, c)[0] == "overlap"


def test_demonyms_read_as_their_place():
    assert root("lausannois") == "lausann" and root("namuroise") == "namur"
    assert root("mois") is None and root("certain") is None and root("quotidien") is None
    assert ("lausannois", "lausann") in roots(frozenset(["lausannois", "tram"]))
    a_text = "Le tram lausannois transportera 40 000 voyageurs par jour."
    b_text = "Le tram de Lausanne transportera 40 000 voyageurs par jour."
    a = facts(a_text, quantities=[("40000", "voyageur", "40 000 voyageurs")])
    b = facts(b_text, {"lausanne"}, {("lausanne", "Lausanne", "LOC")}, [("40000", "voyageur", "40 000 voyageurs")])
    assert "lausann" in score_match(a, b).signals["shared_words"]


def test_two_peoples_are_two_places():
    assert people("Un Genevois sur quatre a plus de 65 ans", frozenset()) == {"genev"}
    assert people("Les Belges et les électeurs suédois", frozenset()) == {"belg", "sued"}
    assert people("Julien Morel, maire de Sion", frozenset(["julien morel"])) == frozenset()
    a = facts("Trois Luxembourgeois sur dix travaillent à temps partiel.")
    b = facts("Trois Autrichiens sur dix travaillent à temps partiel.")
    c = facts("Trois Luxembourgeois sur dix travaillent à temps partiel, selon le Statec.")
    assert score_match(a, b).signals["apart"] and not score_match(a, b).shown
    assert not score_match(a, c).signals["apart"]


def test_two_sources_that_disagree_on_one_fact_contradict_each_other():
    names_a = [("insee", "Insee", "ORG"), ("lille", "Lille", "LOC")]
    names_b = [("cci", "CCI", "ORG"), ("lille", "Lille", "LOC")]
    a_text = "Selon l'Insee, Lille se classe au deuxième rang des métropoles créatrices d'emplois."
    b_text = "La CCI affirme que Lille se classe au cinquième rang des métropoles créatrices d'emplois."
    assert named_sources(a_text, names_a) == {"insee"} and named_sources(b_text, names_b) == {"cci"}
    a = facts(a_text, {"insee", "lille"}, names_a)
    b = facts(b_text, {"cci", "lille"}, names_b)
    assert find_conflict(a, b).kind == "amount"
    # Not a source: an entity the claim is about.
    assert named_sources("L'Insee a recruté 40 enquêteurs à Lille", names_a) == frozenset()


# Review (rev-match4): look-alikes of each rule, which must not be read its way.


def test_an_entity_that_says_something_of_itself_is_no_source():
    airbus = [("airbus", "Airbus", "ORG"), ("chine", "Chine", "LOC")]
    assert named_sources("Airbus affirme avoir livré 50 avions à la Chine en 2025.", airbus) == frozenset()
    assert named_sources("Airbus affirme qu'il a livré 50 avions à la Chine.", airbus) == frozenset()
    assert named_sources("Selon Airbus, ses livraisons à la Chine ont atteint 50 avions.", airbus) == frozenset()
    assert named_sources("Airbus estime que la Chine achètera 50 avions.", airbus) == {"airbus"}
    transdev = [("transdev", "Transdev", "ORG"), ("lyon", "Lyon", "LOC")]
    assert named_sources("Transdev assure 20 trains par jour au départ de Lyon.", transdev) == frozenset()
    # after a comma, the speaker follows the verb: the place before it is what the claim is about
    names = [("nantes", "Nantes", "LOC"), ("jean dupont", "Jean Dupont", "PER")]
    assert named_sources("Le chômage a atteint 7 % à Nantes, a précisé Jean Dupont.", names) == frozenset()
    a = facts(
        "Le chômage a atteint 6 % à Brest, a précisé Jean Dupont.",
        {"brest", "jean dupont"},
        [("brest", "Brest", "LOC"), ("jean dupont", "Jean Dupont", "PER")],
        [("6", "%", "6 %")],
    )
    b = facts(
        "Le chômage a atteint 8 % en Bretagne et à Quimper, a précisé Jean Dupont.",
        {"bretagne", "quimper", "jean dupont"},
        [("bretagne", "Bretagne", "LOC"), ("quimper", "Quimper", "LOC"), ("jean dupont", "Jean Dupont", "PER")],
        [("8", "%", "8 %")],
    )
    assert find_conflict(a, b) is None


def test_doubler_says_no_multiple_of_someone_overtaken_a_goal_or_a_film():
    for text in (
        "Vingegaard a doublé Evenepoel dans la descente du Galibier",
        "Dans le dernier tour, elle a doublé l'Italienne",
        "Le camion a été doublé par une moto sur l'A10",
        "Griezmann a doublé la mise juste avant la pause",
        "La série coréenne sera doublée en français",
    ):
        assert multiples(text) == [], text
    assert values(multiples("Les abonnés du TER ont doublé par rapport à 2019")) == [2]
    assert values(multiples("Le trafic a doublé en Bretagne")) == [2]


def test_a_number_said_in_one_claim_only_does_not_set_two_claims_apart():
    a = facts("Le tram T3 de Bordeaux, ouvert il y a 4 ans, transporte 90 000 voyageurs.", {"bordeaux"})
    b = facts("Le tram T3 de Bordeaux transporte 90 000 voyageurs.", {"bordeaux"})
    c = facts("Le tram de Bordeaux, ouvert il y a 6 ans, transporte 90 000 voyageurs.", {"bordeaux"})
    d = facts("Le tram de Bordeaux, ouvert il y a 4 ans, transporte 90 000 voyageurs.", {"bordeaux"})
    assert score_match(a, b).signals["numbers"] == "absent"
    assert score_match(c, d).signals["numbers"] == "conflict"


def test_a_nationality_before_a_name_tells_of_a_person_not_a_people():
    names = frozenset(["marie dubois", "anna schmidt"])
    assert people("La Française Marie Dubois a battu l'Allemande Anna Schmidt", names) == frozenset()
    assert people("Les Français boudent les vins allemands", frozenset()) == {"franc", "allemand"}
    assert people("Un vin allemand", frozenset()) == people("Des vins allemands", frozenset())


def test_a_demonym_of_one_person_or_a_common_noun_is_no_place():
    # "un Nantais": one person of Nantes, not an event in Nantes
    assert roots(frozenset(["nantais", "course"]), "Un Nantais a gagné la course de Brest") == ()
    assert roots(frozenset(["nantais"]), "Les Nantais paieront le bus moins cher") != ()
    a = facts("Les lycéens de Lorient manifesteront jeudi.", {"lorient"}, [("lorient", "Lorient", "LOC")])
    b = facts(
        "Le lycée de Lorient fermera jeudi.", {"lycée de lorient"}, [("lycée de lorient", "lycée de Lorient", "LOC")]
    )
    assert "lyce" not in score_match(a, b).signals["shared_words"]


TOLD = {  # a claim naming its source: (source, first year, last year)
    "Selon la CCI, les faillites ont reculé à Dijon entre 2012 et 2014.": ("CCI", 2012, 2014),
    "Selon la Banque de France, les faillites ont reculé à Dijon entre 2019 et 2021.": ("Banque de France", 2019, 2021),
    "Selon la CCI, les faillites ont reculé à Dijon entre 2019 et 2021.": ("CCI", 2019, 2021),
    "Selon la Banque de France, les faillites ont reculé de 9 % à Dijon entre 2010 et 2014.": (
        "Banque de France",
        2010,
        2014,
    ),
}


def test_two_sources_on_two_periods_tell_two_facts():
    def told(text):
        source, start, end = TOLD[text]
        names = [(source.casefold(), source, "ORG"), ("dijon", "Dijon", "LOC")]
        span = at(text, "entre")
        return facts(text, {source.casefold(), "dijon"}, names, dates=[(date(start, 1, 1), date(end, 12, 31), *span)])

    a, b, c, d = (told(text) for text in TOLD)
    assert find_conflict(a, b) is None
    assert find_conflict(a, c).kind == "date"  # one source, two periods: as before
    assert find_conflict(d, a) is None  # one period within the other


def test_a_row_of_seats_is_no_rank_and_a_place_in_a_subject_no_source():
    assert ranks("Les parents, assis au premier rang, ont applaudi la chorale de Vannes") == []
    assert values(ranks("Vannes se classe au premier rang des villes bretonnes")) == [1]
    names = [("laval", "Laval", "LOC"), ("cci", "CCI", "ORG")]
    assert named_sources("Le maire de Laval estime que la rocade coûtera 30 millions", names) == frozenset()
    assert named_sources("Dans une note, la CCI estime que la rocade coûtera 30 millions", names) == {"cci"}
