"""matching.proportions: proportions in words read as percentages."""

from decimal import Decimal

from matching.proportions import proportions


def values(text):
    return [value for value, _high, _unit, _start, _end in proportions(text)]


def test_proportions_read_part_out_of_whole():
    assert values("Un lycéen sur quatre a redoublé") == [Decimal("25.00")]
    assert values("Trois ménages bretons sur dix se chauffent au bois") == [Decimal("30.00")]
    assert values("Une pharmacie sur deux ferme le dimanche") == [Decimal("50.00")]


def test_proportions_read_fractions():
    assert values("La moitié des exploitations ont disparu") == [Decimal("50.00")]
    assert proportions("Les deux tiers des élus ont voté pour")[0][:2] == (66, 67)  # a rounded share: 66 or 67 %
    assert values("Un quart des trains ont été supprimés") == [Decimal("25.00")]


def test_proportions_leave_out_counts_times_and_adverbs():
    assert values("Le club a gagné un match sur deux saisons") == []  # a plural noun follows: a count
    assert values("Le verre est à moitié vide") == []
    assert values("Le bus passe tous les quarts d'heure, un quart d'heure de retard") == []
    assert values("Les pays du tiers-monde") == []


def test_proportions_give_their_offsets():
    text = "Selon l'enquête, un salarié sur cinq télétravaille"
    ((_value, _high, unit, start, end),) = proportions(text)
    assert unit == "%" and text[start:end] == "un salarié sur cinq"


def test_proportions_leave_out_a_whole_that_a_unit_measures():
    assert values("Un incendie sur 12 ha a ravagé la pinède des Landes") == []
    assert values("Un ralentissement sur 8 kilomètre s'est formé près de Mâcon") == []
    assert values("Une file sur 3 km bloque le périphérique de Bordeaux") == []
    # The look-alikes: a group follows, or a word that is no unit ("l'" is no litre).
    assert values("Un conducteur sur cinq dépasse la vitesse sur la N7") == [Decimal("20.00")]
    assert values("Un Suisse sur 4 l'a déjà essayé") == [Decimal("25.00")]


def test_proportions_read_a_third_or_a_quarter_only_of_a_group():
    assert values("Rennes jouera les quarts de finale de la Coupe de France") == []
    assert values("Le quart de finale s'est joué à guichets fermés") == []
    assert values("Le tiers payant sera étendu aux consultations") == []
    assert values("Un quart de siècle après sa fermeture, l'usine rouvre") == []
    assert values("Le tiers des lits de l'hôpital de Namur sont fermés") == [Decimal("33")]
    assert values("Les trois quarts du budget vont à la voirie") == [Decimal("75.00")]
    assert values("Un quart d'entre eux ont démissionné") == [Decimal("25.00")]


def test_proportions_read_their_words_in_capitals_too():
    # The words looked for first (_CUES) are read with the patterns' flag: any case.
    assert values("UN LYCÉEN SUR QUATRE A REDOUBLÉ") == [Decimal("25.00")]
    assert values("LA MOITIÉ DES EXPLOITATIONS ONT DISPARU") == [Decimal("50.00")]
    assert values("Les Trois Quarts Des Élus ont voté") == [Decimal("75.00")]
    assert values("Un lycéen, quatre classes, une école") == []


def test_proportions_read_two_thirds_with_no_article_and_round_them():
    # "Deux tiers des ..." opening a sentence; a share in words is said of the whole percentages
    # around it ("un tiers": 33 or 34 %), one that falls whole stays one.
    assert proportions("Deux tiers des pharmacies de Verviers ferment le lundi")[0][:3] == (66, 67, "%")
    assert proportions("Trois quarts des salariés de la Sabena ont signé")[0][:2] == (75, 75)
    assert proportions("Un tiers des ruches du Jura ont péri cet hiver")[0][:2] == (33, 34)
    # The look-alikes: no group follows.
    assert values("Il a parcouru deux tiers du chemin") == [Decimal("66")]
    assert values("Deux quarts de finale se jouent ce soir") == []
    assert values("Trois quarts d'heure de retard à Namur") == []
