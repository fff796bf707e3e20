"""The recogniser reads only the stretches of text around words that can be names."""

from annotations.nlp.pipeline import analyse
from annotations.nlp.recognise import reading_windows


def windows_of(sentence: str, forms: set[str], margin: int = 8) -> list[tuple[int, int]]:
    words = sentence.split()
    return reading_windows(words, [(0, len(words))], forms, margin=margin)


def test_reading_windows_skip_sentences_capitalised_only_on_a_common_word():
    forms = {"cette", "question", "reste"}
    assert windows_of("Cette question reste ouverte .", forms) == []
    assert windows_of("« Il faut agir » , dit-on .", forms) == []
    assert windows_of("Reste la question du prix .", forms) == []  # "reste" is written in lower case too


def test_reading_windows_keep_a_capital_inside_or_an_unknown_first_word():
    forms = {"cette", "question", "l"}
    assert windows_of("Cette question concerne Renault .", forms) == [(0, 5)]
    assert windows_of("L' Insee publie ses chiffres .", forms) == [(0, 6)]
    assert windows_of("Dupont a démissionné .", forms) == [(0, 4)]


def test_reading_windows_read_the_margin_around_each_name_within_its_sentence():
    text = "selon Renault a b c d e f g h i j k l m n o p q r Dacia s t . Puis Lyon"
    words = text.split()
    sentences = [(0, 24), (24, 26)]
    assert reading_windows(words, sentences, set(), margin=3) == [(0, 5), (17, 24), (24, 26)]
    assert reading_windows(words, sentences, set(), margin=10) == [(0, 24), (24, 26)]  # they meet: one


def test_reading_windows_skip_known_names_and_take_them_whole_where_cut():
    text = "la SNCF a annoncé un accord ."
    assert reading_windows(text.split(), [(0, 6)], set(), known=[(1, 2)]) == []  # an alias: kept as it is
    text = "selon la Banque de France , Jean Dupont ."
    words = text.split()
    assert reading_windows(words, [(0, 9)], set(), known=[(2, 5)], margin=1) == [(5, 9)]
    assert reading_windows(words, [(0, 9)], set(), known=[(2, 5)], margin=2) == [(2, 9)]  # "France" cut: whole


def test_analyse_keeps_names_of_read_sentences_and_aliases_of_skipped_ones():
    text = "La grève à la SNCF\n\nCette grève reste longue. La SNCF a annoncé un accord avec Jean Dupont.\n"
    analysis = analyse(text, aliases={"grève": ("grève", "MISC")})
    found = {(e.text, e.start) for e in analysis.entities}
    assert ("SNCF", text.index("SNCF")) in found  # in the title, from the prose
    assert ("Jean Dupont", text.index("Jean Dupont")) in found
    assert ("grève", text.index("grève")) in found and ("grève", text.index("Cette grève") + 6) in found


def test_analyse_does_not_join_a_sentence_opening_to_a_name_after_a_window_cut():
    # The first sentence's window stops before its end: the next sentence's opening word must
    # still read as one ("Pour la rectrice de..." is no name).
    text = (
        "La mairie de Lille a indiqué que le chantier de rénovation des écoles durerait encore plusieurs "
        "mois avant la livraison des bâtiments. Pour la rectrice de l'académie de Lille, cette évolution "
        "reflète un changement profond. Selon Météo-France, les pluies de ces dernières semaines ont été "
        "nettement inférieures aux moyennes saisonnières dans la plupart des départements. Dans le Rhône, "
        "le préfet a pris un arrêté limitant les usages de l'eau."
    )
    found = {(e.text, e.label) for e in analyse(text).entities}
    assert ("académie de Lille", "ORG") in found
    assert ("Rhône", "LOC") in found
    assert not any(name.startswith(("Pour", "Dans")) for name, _label in found)
