"""matching.scoring: the score of two claims' facts and the conflicts within one article."""

from datetime import date
from decimal import Decimal

from matching.facts import build_facts, denied, keys, retrievable, stem, stems
from matching.scoring import THRESHOLD, date_signal, find_conflict, score_match


def facts(text, entities=(), dates=(), amounts=()):
    return build_facts(text=text, entities=entities, dates=dates, amounts=amounts)


def year(y, start=0, end=0):
    return (date(y, 1, 1), date(y, 12, 31), start, end)


def test_score_match_same_entities_words_and_amount_pass_the_threshold():
    a = facts("Renault investit 100 M€ dans son usine de Douai", {1, 2}, amounts=[(100e6, 100e6, "EUR", 17, 23)])
    b = facts(
        "Dans son usine de Douai, Renault investira cent millions d'euros",
        {2, 1},
        amounts=[(100e6, 100e6, "EUR", 43, 64)],
    )
    match = score_match(a, b)
    assert match.score >= THRESHOLD
    assert match.signals["amount"] == "equal"
    assert match.signals["entities"] == 1.0
    assert "usin" in match.signals["shared_words"]


def test_score_match_amount_inside_a_range():
    a = facts("Le budget atteint 100 M€", {1}, amounts=[(100, 100, "EUR", 18, 24)])
    b = facts("Le budget atteint entre 90 et 110 M€", {1}, amounts=[(90, 110, "EUR", 18, 36)])
    assert score_match(a, b).signals["amount"] == "inside"


def test_score_match_overlapping_dates():
    a = facts("Le traité fut signé courant 2016", {1}, dates=[year(2016, 20, 32)])
    b = facts("Le traité fut signé en mars 2016", {1}, dates=[(date(2016, 3, 1), date(2016, 3, 31), 20, 32)])
    assert score_match(a, b).signals["date"] == "overlap"


def test_score_match_conflicting_date_costs_the_match():
    a = facts("Jean Martin a fondé la société en 2015", {1, 2}, dates=[year(2015, 34, 41)])
    b = facts("Jean Martin a fondé la société en 2019", {1, 2}, dates=[year(2019, 34, 41)])
    same = facts("Jean Martin a fondé la société en 2015", {1, 2}, dates=[year(2015, 34, 41)])
    assert score_match(a, b).signals["date"] == "conflict"
    assert score_match(a, b).score < THRESHOLD <= score_match(a, same).score


def test_score_match_unrelated_claims_score_low():
    a = facts("Le chômage a baissé en Bretagne", {1})
    b = facts("La ministre a inauguré un hôpital à Brest", {3})
    assert score_match(a, b).score < THRESHOLD


def test_score_match_date_and_amount_words_are_not_compared_as_words():
    a = facts("Le budget atteint cent millions d'euros", amounts=[(100e6, 100e6, "EUR", 18, 39)])
    assert a.words == facts("Le budget atteint").words


def test_find_conflict_same_fact_two_dates():
    a = facts("La société Acme a été fondée en 2015", {7}, dates=[year(2015, 32, 36)])
    b = facts("Fondée en 2017, la société Acme", {7}, dates=[year(2017, 10, 14)])
    conflict = find_conflict(a, b)
    assert conflict is not None and conflict.kind == "date"


def test_find_conflict_two_budgets_of_two_projects_are_not_flagged():
    a = facts("Le budget du projet Alpha atteint 5 M€", {10}, amounts=[(5e6, 5e6, "EUR", 34, 38)])
    b = facts("Le budget du projet Beta atteint 9 M€", {11}, amounts=[(9e6, 9e6, "EUR", 33, 37)])
    assert find_conflict(a, b) is None


def test_find_conflict_same_values_are_consistent():
    a = facts("Le budget de la ville atteint 5 M€", {1}, amounts=[(Decimal(5e6), Decimal(5e6), "EUR", 30, 34)])
    b = facts("La ville a un budget qui atteint cinq millions d'euros", {1}, amounts=[(5e6, 5e6, "EUR", 32, 54)])
    assert find_conflict(a, b) is None


def test_build_facts_leaves_out_open_bounds_and_unresolved_dates():
    from datetime import date
    from decimal import Decimal

    from matching.facts import build_facts

    facts = build_facts(
        text="Plus de 10 euros, demain.",
        entities=[],
        dates=[(None, None, 18, 24), (date(2024, 1, 1), date(2024, 1, 1), 0, 0)],
        amounts=[(Decimal(10), None, "EUR", 0, 16)],
    )

    assert facts.amounts == ()
    assert [(d.earliest, d.latest) for d in facts.dates] == [(date(2024, 1, 1), date(2024, 1, 1))]


def test_keys_are_entities_amounts_and_dates_but_a_whole_year():
    claim = facts(
        "Le traité fut signé en mars 2016 et révisé en 2019 pour 3 M€",
        {7},
        dates=[(date(2016, 3, 1), date(2016, 3, 31), 20, 32), year(2019, 44, 51)],
        amounts=[(3e6, 3e6, "EUR", 56, 60)],
    )
    assert keys(claim) == [
        ("entity", 7),
        ("date", date(2016, 3, 1), date(2016, 3, 31)),
        ("amount", Decimal(3e6), Decimal(3e6), "EUR"),
    ]
    span = facts(
        "Orange a fibré 5 000 communes entre 2018 et 2022", dates=[(date(2018, 1, 1), date(2022, 12, 31), 0, 0)]
    )
    assert keys(span) == [("date", date(2018, 1, 1), date(2022, 12, 31))]


def test_retrievable_by_a_shared_key_or_for_a_claim_with_none_by_all_its_words():
    renault = facts("Renault investit à Douai", {1})
    assert retrievable(renault, facts("Le groupe investira dans son usine", {1, 2}))
    assert not retrievable(renault, facts("Renault investit à Douai", {2}))
    bare = facts("Les abeilles sauvages disparaissent plus vite")
    assert retrievable(bare, facts("Plus vite, les abeilles sauvages disparaissent en Bretagne", {3}))
    assert not retrievable(bare, facts("Les abeilles domestiques disparaissent plus vite"))
    assert not retrievable(bare, facts("Les abeilles sauvages disparaissent", dates=[year(2020)]))


def pct(value, start, end):
    return (Decimal(value), Decimal(value), "%", start, end)


def test_build_facts_quantities_are_values_and_a_count_keeps_its_noun():
    text = "Le port de Sète a accueilli douze mille croisiéristes, 8 % de plus"
    claim = build_facts(
        text=text,
        entities=[1],
        dates=[],
        amounts=[],
        quantities=[(12000, 12000, "croisiériste", 28, 53), pct(8, 55, 58)],
    )
    assert [(q.low, q.currency) for q in claim.quantities] == [(12000, "croisiériste"), (8, "%")]
    assert ("quantity", Decimal(8), Decimal(8), "%") in keys(claim)
    # The counted noun stays a word, the words of its number do not.
    assert stem("croisiéristes") in claim.words
    assert not {stem("douze"), stem("mille")} & claim.words


def test_score_match_quantities_in_one_unit_agree_or_conflict():
    def claim(text, value):
        return build_facts(text=text, entities=[4], dates=[], amounts=[], quantities=[pct(value, 0, 0)])

    grew = claim("Le trafic du port de Sète a progressé de 6 %", 6)
    assert score_match(grew, claim("Hausse de six pour cent du trafic du port de Sète", 6)).signals["amount"] == "equal"
    assert score_match(grew, claim("Le trafic du port de Sète a progressé de 9 %", 9)).signals["amount"] == "conflict"
    money = facts("Le trafic du port de Sète a rapporté 6 M€", {4}, amounts=[(6e6, 6e6, "EUR", 0, 0)])
    assert score_match(grew, money).signals["amount"] == "absent"  # a percentage is no sum of money


def test_denied_reads_ne_with_its_negative_word_not_ne_que():
    assert denied("Le conseil n'a pas voté le budget")
    assert denied("Le musée ne rouvrira jamais ses salles")
    assert denied("La ligne n'est toujours pas ouverte")
    assert denied("Le club n'a recruté aucun joueur")
    assert not denied("Le club n'a recruté que deux joueurs")
    assert not denied("Le club a recruté plus de joueurs que prévu")


def test_score_match_a_denied_claim_is_never_shown_for_the_plain_one():
    plain = facts("Le département du Gers a relevé ses aides aux agriculteurs", {9})
    denial = facts("Le département du Gers n'a pas relevé ses aides aux agriculteurs", {9})
    match = score_match(plain, denial)
    assert match.score >= THRESHOLD and match.signals["polarity"] == "opposite"
    assert not match.shown
    assert score_match(denial, facts("Le Gers n'a pas relevé ses aides aux agriculteurs", {9})).shown


def test_stems_read_a_rise_or_a_fall_as_one_word_each():
    assert stems("Les loyers ont augmenté") == stems("Hausse des loyers") == stems("Les loyers progressent")
    assert stems("Les loyers ont reculé") == stems("Baisse des loyers") == stems("Les loyers diminuent")


def test_score_match_a_rise_is_never_shown_for_a_fall():
    rise = facts("Les loyers de Montpellier ont augmenté de 5 %", {3})
    fall = facts("Les loyers de Montpellier ont reculé de 5 %", {3})
    assert score_match(rise, fall).signals["polarity"] == "opposite"
    assert not score_match(rise, fall).shown
    assert score_match(rise, facts("Hausse de 5 % des loyers de Montpellier", {3})).signals["polarity"] == "same"


def test_stems_leave_out_reporting_verbs():
    said = stems("La préfecture affirme que la crue a touché quarante communes")
    assert said == stems("Selon la préfecture, la crue a touché quarante communes")
    assert said == stems("La crue a touché quarante communes, indique la préfecture")


def test_score_match_claims_about_different_entities_are_apart():
    def named(text, key, name, label="LOC"):
        return build_facts(text=text, entities=[key], names=[(key, name, label)], dates=[], amounts=[])

    brest = named("Le port de Brest a modernisé ses quais", 1, "Brest")
    lorient = named("Le port de Lorient a modernisé ses quais", 2, "Lorient")
    assert score_match(brest, lorient).signals["apart"] and not score_match(brest, lorient).shown
    # One name within the other ("la mairie de Brest" names Brest): not apart.
    mairie = named("La mairie de Brest a modernisé les quais du port", 3, "la mairie de Brest", "ORG")
    assert not score_match(brest, mairie).signals["apart"]


def test_date_signal_compares_the_finest_dates():
    def day(month, d):
        return (date(2028, month, d), date(2028, month, d), 0, 0)

    opens = facts("Le salon du livre 2028 ouvrira le 4 avril", {5}, dates=[year(2028), day(4, 4)])
    closes = facts("Le salon du livre 2028 fermera le 9 avril", {5}, dates=[year(2028), day(4, 9)])
    assert date_signal(opens, closes) == ("conflict", 0.0)  # not "equal" for their common year
    same = facts("Le 4 avril 2028, le salon du livre ouvrira", {5}, dates=[day(4, 4)])
    assert date_signal(opens, same) == ("equal", 1.0)


def named_facts(text, *names, amounts=()):
    """Facts of `text` naming each (key, name, label) of `names`."""
    return build_facts(text=text, entities=[key for key, _, _ in names], names=names, dates=[], amounts=list(amounts))


def test_apart_needs_two_rival_names_of_the_same_kind():
    # A source (an organisation) and a place are not rivals: the same fact, told two ways.
    four = [(4, 4, "%", 0, 0)]
    source = named_facts(
        "D'après la Dares, les offres d'emploi ont reculé de 4 %", ("dares", "Dares", "ORG"), amounts=four
    )
    place = named_facts("En Alsace, les offres d'emploi ont reculé de 4 %", ("alsace", "Alsace", "LOC"), amounts=four)
    assert not score_match(source, place).signals["apart"] and score_match(source, place).shown
    # Two places are: Colmar is not Mulhouse, whatever source both cite.
    colmar = named_facts(
        "Selon la Dares, les offres d'emploi ont reculé à Colmar",
        ("dares", "Dares", "ORG"),
        ("colmar", "Colmar", "LOC"),
    )
    mulhouse = named_facts(
        "Selon la Dares, les offres d'emploi ont reculé à Mulhouse",
        ("dares", "Dares", "ORG"),
        ("mulhouse", "Mulhouse", "LOC"),
    )
    assert score_match(colmar, mulhouse).signals["apart"]
    # Two people too.
    first = named_facts("Claire Vasseur a quitté la présidence du club", ("vasseur", "Claire Vasseur", "PER"))
    second = named_facts("Marc Lemaire a quitté la présidence du club", ("lemaire", "Marc Lemaire", "PER"))
    assert score_match(first, second).signals["apart"]


def test_denied_leaves_out_a_restriction_and_a_record():
    assert not denied("Le village ne compte plus que 120 électeurs")
    assert not denied("La ligne n'a jamais que trois trains par jour")
    assert not denied("Le prix du blé n'a jamais été aussi haut depuis 2008")
    assert not denied("Les ventes de vélos n'avaient jamais autant progressé")
    assert denied("Le village ne compte plus d'école")
    assert denied("Le tram ne circule jamais le dimanche")


def test_denied_leaves_out_a_relative_clause_between_commas():
    assert not denied("La directrice, qui n'a pas répondu à nos questions, a fermé deux classes")
    assert denied("La directrice, selon le rectorat, n'a pas fermé de classe")


def test_denied_reads_a_negative_subject():
    assert denied("Aucune classe du collège n'a été fermée")
    assert denied("Aucun élu de l'opposition ne siège au bureau")
    assert denied("Nul candidat ne s'est présenté")
    assert not denied("Des classes du collège ont été fermées")
    none = facts("Aucune classe du collège n'a été fermée", {4})
    some = facts("Des classes du collège ont été fermées", {4})
    assert not score_match(none, some).shown


def test_stems_read_every_form_of_a_rise_or_a_fall():
    assert stems("Les ventes se sont repliées") == stems("Les ventes ont baissé")
    assert stems("Les ventes se sont repliés") == stems("Les ventes ont reculé")
    assert stems("Les loyers s'envolent") == stems("Les loyers augmentent")


def test_stems_keep_a_reporting_noun_and_drop_the_verb():
    assert stems("Les syndicats soulignent la fermeture") == stems("Les syndicats, la fermeture")
    assert "indiqu" in stems("L'indicateur de confiance a baissé")
    assert "déclar" in stems("La déclaration d'impôts est en ligne")
    assert "estim" in stems("L'estimation de la récolte")


def test_find_conflict_skips_a_denial_or_the_other_direction():
    def told(text, low):
        return named_facts(text, ("loire", "Loire", "LOC"), amounts=[(low, low, "%", 0, 0)])

    rise = told("Dans la Loire, le prix du gaz a augmenté de 3 %", 3)
    fall = told("Dans la Loire, le prix du gaz a baissé de 5 %", 5)
    denial = told("Dans la Loire, le prix du gaz n'a pas augmenté de 5 %", 5)
    other = told("Dans la Loire, le prix du gaz a augmenté de 5 %", 5)
    assert find_conflict(rise, fall) is None
    assert find_conflict(rise, denial) is None
    assert find_conflict(rise, other).kind == "amount"


def test_find_conflict_reads_a_denial_of_the_same_fact():
    def told(text, day):
        return build_facts(
            text=text,
            entities=["sncb"],
            names=[("sncb", "SNCB", "ORG")],
            dates=[(date(2025, 9, day), date(2025, 9, day), 0, 0)],
            amounts=[],
        )

    stated = told("La SNCB a supprimé la ligne de nuit vers Vienne le 14 septembre", 14)
    denied_then = told(
        "Contrairement aux rumeurs, la SNCB n'a pas supprimé la ligne de nuit vers Vienne le 14 septembre", 14
    )
    assert find_conflict(stated, denied_then).kind == "denial"
    # Look-alikes: a denial on another day, a denial of another fact, the same fact stated twice.
    denied_later = told("La SNCB n'a pas supprimé la ligne de nuit vers Vienne le 21 septembre", 21)
    assert find_conflict(stated, denied_later) is None
    other_fact = told("La SNCB n'a pas prévenu les voyageurs de la ligne le 14 septembre", 14)
    assert find_conflict(stated, other_fact) is None
    again = told("Le 14 septembre, la SNCB a supprimé la ligne de nuit vers Vienne", 14)
    assert find_conflict(stated, again) is None


def test_find_conflict_reads_no_denial_of_a_narrower_fact():
    def told(text):
        day = (date(2026, 5, 4), date(2026, 5, 4), 0, 0)
        return build_facts(text=text, entities=["cher"], names=[("cher", "Cher", "LOC")], dates=[day], amounts=[])

    stated = told("Le conseil départemental du Cher a fermé la route de Vierzon le 4 mai")
    # the same fact denied, a source or a rumour before it
    again = told("Selon l'opposition, le conseil départemental du Cher n'a pas fermé la route de Vierzon le 4 mai")
    assert find_conflict(stated, again).kind == "denial"
    # Look-alikes: a denial of a narrower fact (words the statement lacks), a report then corrected.
    narrower = told("Le conseil départemental du Cher n'a pas fermé seul la route de Vierzon aux poids lourds le 4 mai")
    assert find_conflict(stated, narrower) is None
    corrected = told(
        "Le conseil départemental du Cher n'a pas fermé la route de Vierzon le 4 mai, a rectifié le préfet"
    )
    assert find_conflict(stated, corrected) is None
    later = told("Le conseil départemental du Cher a ensuite dit qu'il n'avait pas fermé la route de Vierzon le 4 mai")
    assert find_conflict(stated, later) is None


def counted(text, *counts, entities=(5,), dates=()):
    return build_facts(
        text=text,
        entities=entities,
        dates=dates,
        amounts=[],
        quantities=[(Decimal(value), Decimal(value), noun, 0, 0) for value, noun in counts],
    )


def test_score_match_large_counts_of_two_nouns_agree_by_their_number():
    ferry = counted("La compagnie a embarqué 850 000 passagers", (850_000, "passager"))
    assert score_match(ferry, counted("850 000 voyageurs ont embarqué", (850_000, "voyageur"))).signals["amount"] == (
        "equal"
    )
    assert score_match(ferry, counted("La compagnie emploie 1 200 marins", (1_200, "marin"))).signals["amount"] == (
        "conflict"
    )
    # Small counts of two nouns are two things: "3 navires" is no "3 escales".
    few = counted("La compagnie a acheté 3 navires", (3, "navire"))
    assert score_match(few, counted("La compagnie a fait 3 escales", (3, "escale"))).signals["amount"] == "absent"


def test_keys_look_up_a_large_count_by_its_number_alone():
    assert ("count", Decimal(850_000), Decimal(850_000)) in keys(counted("850 000 passagers", (850_000, "passager")))
    assert ("quantity", Decimal(3), Decimal(3), "navire") in keys(counted("3 navires", (3, "navire")))
    assert ("quantity", Decimal(400), Decimal(400), "km") in keys(counted("400 km", (400, "km")))


def test_score_match_a_figure_that_disagrees_is_a_conflict_beside_one_that_agrees():
    claim = counted("L'association compte 4 000 adhérents de 20 ans", (4_000, "adhérent"), (20, "an"))
    other = counted("L'association compte 2 500 adhérents de 20 ans", (2_500, "adhérent"), (20, "an"))
    assert score_match(claim, other).signals["amount"] == "conflict"


def test_date_signal_two_periods_that_share_a_part_conflict():
    def season(first, last):
        return facts("La saison du club", {2}, dates=[(date(first, 7, 1), date(last, 6, 30), 0, 0)])

    assert date_signal(season(2023, 2024), season(2024, 2025)) == ("conflict", 0.0)
    since = facts("Le club joue depuis 2024", {2}, dates=[(date(2024, 1, 1), date.max, 0, 0)])
    assert date_signal(season(2023, 2024), since)[0] == "overlap"


def test_score_match_is_never_shown_with_a_conflicting_value():
    def said(text, y):
        return facts(text, {1, 2}, dates=[year(y)], amounts=[(4e6, 4e6, "EUR", 0, 0)])

    claim = said("Le port de Sète a reçu 4 M€ de la région en 2023", 2023)
    same = said("En 2023, la région a versé 4 M€ au port de Sète", 2023)
    other_year = said("Le port de Sète a reçu 4 M€ de la région en 2021", 2021)
    assert score_match(claim, same).shown
    # The same people, the same sum and much the same words: another year is another fact.
    assert score_match(claim, other_year).score >= THRESHOLD
    assert not score_match(claim, other_year).shown


def test_a_win_and_a_loss_told_by_the_two_parties_are_one_fact():
    def told(text):
        names = [("nantes", "le FC Nantes", "ORG"), ("rennes", "Rennes", "LOC")]
        return build_facts(text=text, entities=["nantes", "rennes"], names=names, dates=[], amounts=[])

    won = told("le FC Nantes a remporté le derby face à Rennes samedi soir")
    lost = told("Rennes a perdu le derby face au FC Nantes samedi soir")
    assert won.subject == "nantes" and lost.subject == "rennes"
    assert score_match(won, lost).signals["polarity"] == "same" and score_match(won, lost).shown
    # The look-alike: the same subject won in one claim and lost in the other.
    also_lost = told("le FC Nantes a perdu le derby face à Rennes samedi soir")
    assert score_match(won, also_lost).signals["polarity"] == "opposite" and not score_match(won, also_lost).shown
    # One party named alone: a loss is no win.
    alone = build_facts(
        text="Rennes a perdu le derby samedi soir",
        entities=["rennes"],
        names=[("rennes", "Rennes", "LOC")],
        dates=[],
        amounts=[],
    )
    assert score_match(won, alone).signals["polarity"] == "opposite"


def test_score_match_two_actors_as_subjects_are_apart():
    party = named_facts(
        "Le RN a recueilli 31 % des voix à Perpignan", ("rn", "RN", "ORG"), ("perpignan", "Perpignan", "LOC")
    )
    person = named_facts(
        "Romain Nicolas a recueilli 31 % des voix à Perpignan",
        ("romain", "Romain Nicolas", "PER"),
        ("perpignan", "Perpignan", "LOC"),
    )
    assert score_match(party, person).signals["apart"] and not score_match(party, person).shown
    # The look-alike: the same actor, the place the other lacks is no subject ("à Perpignan").
    place = named_facts(
        "À Perpignan, le RN a recueilli 31 % des voix", ("perpignan", "Perpignan", "LOC"), ("rn", "RN", "ORG")
    )
    bare = named_facts("Le RN a recueilli 31 % des voix", ("rn", "RN", "ORG"))
    assert not score_match(place, bare).signals["apart"] and not score_match(party, place).signals["apart"]


def test_apart_reads_two_events_of_one_kind_as_rivals():
    tickets = [(48000, 48000, "billet", 0, 0)]
    rennes = named_facts(
        "Les Rencontres trans musicales de Rennes ont vendu 48 000 billets",
        ("trans", "Rencontres trans musicales de Rennes", "MISC"),
        amounts=tickets,
    )
    bourges = named_facts(
        "Les Rencontres du Printemps de Bourges ont vendu 48 000 billets",
        ("bourges", "Rencontres du Printemps de Bourges", "MISC"),
        amounts=tickets,
    )
    assert score_match(rennes, bourges).signals["apart"]
    # Look-alikes: two loose names of two kinds (a nationality, an event), or one within the other.
    fans = named_facts("Les supporters bretons ont vendu 48 000 billets", ("bretons", "bretons", "MISC"))
    assert not score_match(rennes, fans).signals["apart"]
    edition = named_facts(
        "Les Rencontres trans musicales ont vendu 48 000 billets",
        ("transmusicales", "Rencontres trans musicales", "MISC"),
    )
    assert not score_match(rennes, edition).signals["apart"]
    # nor an event and its full name, its words in their order among the other's
    full = named_facts(
        "Les Rencontres trans musicales internationales de Rennes ont vendu 48 000 billets",
        ("rtmir", "Rencontres trans musicales internationales de Rennes", "MISC"),
        amounts=tickets,
    )
    assert not score_match(rennes, full).signals["apart"]


def test_apart_when_one_name_holds_the_other_s_words_in_another_order():
    bank = named_facts(
        "La Caisse régionale centrale a relevé son taux à 4 %",
        ("crc", "Caisse régionale centrale", "ORG"),
    )
    other = named_facts("La Caisse centrale a relevé son taux à 4 %", ("cc", "Caisse centrale", "ORG"))
    assert score_match(bank, other).signals["apart"]
    town_hall = named_facts("La mairie de Rennes a relevé la taxe de 4 %", ("mairie", "mairie de Rennes", "LOC"))
    town = named_facts("Rennes a relevé la taxe de 4 %", ("rennes", "Rennes", "LOC"))
    assert not score_match(town_hall, town).signals["apart"]


def test_score_match_reads_no_outcome_in_a_set_phrase():
    # "suspendu", "retenu", "cassé" tell an outcome (a decree suspended, a bid retained, a ruling
    # quashed) but not in a bridge's kind, a person held or a record beaten: those claims tell the
    # same fact as a confirmation or a refusal.
    bridge = named_facts("Le pont suspendu de Tancarville fermera pour travaux", ("tancarville", "Tancarville", "LOC"))
    closure = named_facts(
        "La fermeture du pont de Tancarville pour travaux a été confirmée", ("tancarville", "Tancarville", "LOC")
    )
    assert score_match(bridge, closure).signals["polarity"] == "same"
    held = named_facts("Le suspect a été retenu 48 heures en garde à vue à Brive", ("brive", "Brive", "LOC"))
    silent = named_facts(
        "Le suspect a refusé de parler lors de sa garde à vue de 48 heures à Brive", ("brive", "Brive", "LOC")
    )
    assert score_match(held, silent).signals["polarity"] == "same"
    beaten = named_facts("Le record de France du 400 m a été cassé à Albi", ("albi", "Albi", "LOC"))
    upheld_record = named_facts(
        "Battu à Albi, le record de France du 400 m a été validé par la fédération", ("albi", "Albi", "LOC")
    )
    assert score_match(beaten, upheld_record).signals["polarity"] == "same"
    # Look-alikes: the same words as outcomes stay opposed.
    quashed = named_facts("La cour d'appel d'Albi a cassé la relaxe du maire", ("albi", "Albi", "LOC"))
    confirmed = named_facts("La cour d'appel d'Albi a confirmé la relaxe du maire", ("albi", "Albi", "LOC"))
    assert score_match(quashed, confirmed).signals["polarity"] == "opposite"
    decree = named_facts("Le tribunal de Nîmes a suspendu l'arrêté du maire", ("nîmes", "Nîmes", "LOC"))
    upheld = named_facts("Le tribunal de Nîmes a validé l'arrêté du maire", ("nîmes", "Nîmes", "LOC"))
    assert score_match(decree, upheld).signals["polarity"] == "opposite"
    retained = named_facts("Le jury de Brive a retenu en juin le projet de gare", ("brive", "Brive", "LOC"))
    refused = named_facts("Le jury de Brive a refusé en juin le projet de gare", ("brive", "Brive", "LOC"))
    assert score_match(retained, refused).signals["polarity"] == "opposite"


def test_a_source_is_found_after_a_letter_that_folds_longer():
    """`named_sources` reads the folded text it slices: "ß" folds to "ss", which moved every position after it."""
    from matching.sources import named_sources

    names = [(1, "Insee", "ORG")]
    assert named_sources("À la Hauptstraße, selon l'Insee, le loyer a monté de 7 %.", names) == {1}
    assert named_sources("À la Hauptstraße, l'Insee estime que le loyer a monté de 7 %.", names) == {1}
