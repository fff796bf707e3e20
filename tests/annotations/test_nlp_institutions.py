"""Names headed by a common noun and common words, straight from the Matcher and the lemma tables."""

import pytest

from annotations.nlp.common_words import CommonWords
from annotations.nlp.institutions import HeadedNames, names_a_part_of
from annotations.nlp.pipeline import load_pipeline
from annotations.nlp.spans import SpanSet
from tests.annotations.reading import labelled


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline()


def names(nlp, text: str, values=()) -> list[tuple[str, str]]:
    return [(span.text, span.label_) for span in HeadedNames(nlp)(nlp.make_doc(text), SpanSet(values))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le tribunal de commerce de Bordeaux statuera.", ("tribunal de commerce de Bordeaux", "ORG")),
        (
            "La Caisse d'allocations familiales de la Gironde ferme.",
            ("Caisse d'allocations familiales de la Gironde", "ORG"),
        ),
        (
            "Le Service départemental d'incendie et de secours recrute.",
            ("Service départemental d'incendie et de secours", "ORG"),
        ),
        ("Selon la Cour des comptes, le coût double.", ("Cour des comptes", "ORG")),
        ("L'Agence nationale de l'habitat paie.", ("Agence nationale de l'habitat", "ORG")),
        ("Le conseil régional de Nouvelle-Aquitaine vote.", ("conseil régional de Nouvelle-Aquitaine", "ORG")),
        ("Il est soigné à l'hôpital Pellegrin depuis lundi.", ("hôpital Pellegrin", "ORG")),
        ("Le pont Jacques-Chaban-Delmas rouvre.", ("pont Jacques-Chaban-Delmas", "LOC")),
        ("Une marée noire menace l'île d'Oléron.", ("île d'Oléron", "LOC")),
        ("La Foire internationale de Bordeaux ouvre.", ("Foire internationale de Bordeaux", "MISC")),
        ("Le maire a inauguré la médiathèque Alain-Gerbault.", ("médiathèque Alain-Gerbault", "ORG")),
        ("L'agence régionale de santé a confirmé trois cas.", ("agence régionale de santé", "ORG")),
        ("Saisi, le Conseil constitutionnel a tranché.", ("Conseil constitutionnel", "ORG")),
        ("Le parquet national financier a ouvert une enquête.", ("parquet national financier", "ORG")),
        ("La manifestation est partie de la station Châtelet.", ("station Châtelet", "LOC")),
        ("Le festival se tient au palais des Papes.", ("palais des Papes", "LOC")),
        ("Les députés ont voté la loi Egalim 2 en juin.", ("loi Egalim 2", "MISC")),
        # Kinds first met on the second blind entities set: squares, more kinds of places, bodies
        # with their adjective, clubs, a city's "métropole", storms.
        ("La fontaine de la place Jules-Ferry sera rénovée.", ("place Jules-Ferry", "LOC")),
        ("Le marché se tient place du Capitole le samedi.", ("place du Capitole", "LOC")),
        ("Ils ont défilé jusqu'à la place de la République.", ("place de la République", "LOC")),
        ("Le viaduc de Millau est fermé aux poids lourds.", ("viaduc de Millau", "LOC")),
        ("La réserve naturelle de Scandola est protégée.", ("réserve naturelle de Scandola", "LOC")),
        ("La police judiciaire de Marseille enquête.", ("police judiciaire de Marseille", "ORG")),
        ("L'inspection académique du Rhône a tranché.", ("inspection académique du Rhône", "ORG")),
        ("Le port autonome de Dakar recrute.", ("port autonome de Dakar", "ORG")),
        ("La Collectivité de Corse finance le projet.", ("Collectivité de Corse", "ORG")),
        ("Selon la Confédération paysanne, les prix baissent.", ("Confédération paysanne", "ORG")),
        ("Un accord avec l'Union centriste a été trouvé.", ("Union centriste", "ORG")),
        ("Le Parti socialiste a voté contre.", ("Parti socialiste", "ORG")),
        ("Le Stade brestois s'est imposé samedi.", ("Stade brestois", "ORG")),
        ("La finale se joue au Stade de France.", ("Stade de France", "LOC")),  # a stadium, not a club
        ("L'Olympique de Marseille recrute un défenseur.", ("Olympique de Marseille", "ORG")),
        ("L'Union Bordeaux-Bègles reçoit Toulon.", ("Union Bordeaux-Bègles", "ORG")),
        ("Brest métropole lance un appel d'offres.", ("Brest métropole", "ORG")),
        ("Le cyclone Chido a dévasté l'archipel.", ("cyclone Chido", "MISC")),
        # and on the third: rivers, hills, a peninsula, urban and executive bodies,
        # elected assemblies, France's channels
        ("La rivière Petit-Mécatina alimente la centrale.", ("rivière Petit-Mécatina", "LOC")),
        ("On monte sur la colline de Fourvière.", ("colline de Fourvière", "LOC")),
        ("La presqu'île de Quiberon est saturée.", ("presqu'île de Quiberon", "LOC")),
        ("La communauté urbaine de Dunkerque investit.", ("communauté urbaine de Dunkerque", "ORG")),
        ("Le Conseil exécutif de Corse a voté.", ("Conseil exécutif de Corse", "ORG")),
        ("Selon l'Assemblée de Corse, rien ne change.", ("Assemblée de Corse", "ORG")),
        ("Le Parlement de Wallonie siège à Namur.", ("Parlement de Wallonie", "ORG")),
        ("Un reportage de France 3 Normandie a été diffusé.", ("France 3 Normandie", "ORG")),
    ],
)
def test_headed_names_span_the_head_and_its_complements(nlp, text, expected):
    assert names(nlp, text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("La préfecture a publié un arrêté.", []),  # a head alone
        ("Le tribunal correctionnel jugera l'affaire.", []),  # no territorial adjective, no place
        ("Le conseil municipal de lundi a duré.", [("conseil municipal", "ORG")]),  # "de lundi": no complement
        ("Le plan de l'État est contesté.", []),  # a plan is named by a name, not by a complement
        ("Il s'est rendu sur place avec Marie.", []),
        ("Elle a pris la place de Marie Dupont au conseil.", []),  # a person after "place de": her place
        ("Le Conseil adopte le budget.", []),  # a verb after the capitalised head
        ("Une coordination nationale des associations est née.", []),  # lower case: any coordination
        ("Dans la métropole, les prix montent.", []),
        ("L'assemblée de copropriétaires a voté.", []),  # lower case: any assembly
        ("Il a pris la place de Karim Benzema en attaque.", []),  # a bare "de": his place, no square
        ("En France 3 millions de personnes sont concernées.", []),  # a count, no channel
        ("Le Mouvement social de 1995 a marqué le pays.", []),  # an event, no body
    ],
)
def test_headed_names_leave_common_phrases_alone(nlp, text, expected):
    assert names(nlp, text) == expected


def test_headed_names_stop_before_a_date_or_an_amount(nlp):
    text = "Le conseil municipal des Mureaux du 3 mars."
    at = text.index("des Mureaux")
    assert names(nlp, text) == [("conseil municipal des Mureaux", "ORG")]
    assert names(nlp, text, [(at, at + len("des Mureaux"))]) == [("conseil municipal", "ORG")]


def test_names_a_part_of_tells_a_board_from_a_ministry(nlp):
    board = nlp.make_doc("le conseil d'administration d'OpenAI")[1:]
    ministry = nlp.make_doc("le ministère de l'Intérieur")[1:]
    assert names_a_part_of(board, {"OpenAI"})
    assert not names_a_part_of(board, {"Renault"})
    assert not names_a_part_of(ministry, {"Intérieur"})


def test_common_words_come_from_the_lemma_tables(nlp):
    common = CommonWords(nlp)
    assert all(common.is_common(word) for word in ("Réouverture", "Travaux", "Accusée", "Fermeture"))
    assert not any(common.is_common(word) for word in ("Bordeaux", "Talence", "Macron"))
    assert all(common.is_demonym(word) for word in ("Bordelais", "Français", "Charentais", "Lyonnais"))
    assert not common.is_demonym("Dupont")


def test_common_words_tell_a_demonym_glued_to_a_person(nlp):
    common = CommonWords(nlp)
    doc = nlp.make_doc("Le film de la Lyonnaise Léa Mysius sort mercredi.")
    assert common.without_demonym(doc[4:7]).text == "Léa Mysius"
    doc = nlp.make_doc("Le Belge Wout van Aert sera au départ.")
    assert common.is_common_word(doc[1:2])
    doc = nlp.make_doc("Il habite le Havre depuis 2010.")
    assert not common.is_common_word(doc[3:4])


def test_common_words_tell_a_ministers_domain_from_a_ministry(nlp):
    common = CommonWords(nlp)
    doc = nlp.make_doc("Le ministre de l'Intérieur et la ministre des Affaires étrangères ont parlé.")
    assert common.is_role_domain(doc[4:5], doc.text) and common.is_role_domain(doc[9:11], doc.text)
    doc = nlp.make_doc("Le ministère de l'Intérieur a parlé avec Renault.")
    assert not common.is_role_domain(doc[4:5], doc.text) and not common.is_role_domain(doc[9:10], doc.text)


def test_windows_open_on_a_legal_form_or_a_club_acronym_as_written_not_on_the_possessive(nlp):
    """The windows of the Matcher open five tokens before a word a name closes on; "SA" and "SC" as the
    patterns read them, not "sa" (the possessive, in nearly every paragraph) or "sc"."""
    headed = HeadedNames(nlp)

    def windows(text):
        doc = nlp.make_doc(text)
        return headed._windows(doc, [token.lower for token in doc])

    assert windows("Elle a retrouvé sa sœur et sa mère à Quimper.") == []
    assert windows("Il a vendu sa part à Martin SA.") == [(2, 9)]  # from five tokens before "SA", none at "sa"
    assert windows("Il joue au Vannes OC.") == [(0, 6)]
    assert windows("Il entraîne le Vélo-Club spinalien.") != []  # "club" in any case
    assert names(nlp, "Le Vannes OC a battu Lorient.") == [("Vannes OC", "ORG")]


@pytest.mark.parametrize(
    ("text", "found", "not_found"),
    [
        # an event "de" the surname of a person the text names in full is his, not the event's name
        (
            "Andy Murray a gagné en 2012 à New York. Ce fut le premier Grand Chelem de Murray, après quatre finales.",
            ("Murray", "PER"),
            ("Grand Chelem de Murray", "MISC"),
        ),
        (
            "Lucie Ferrand organise ce week-end sa troisième édition. Le festival de Ferrand attire 5 000 spectateurs.",
            ("Ferrand", "PER"),
            ("festival de Ferrand", "MISC"),
        ),
        # a town, or a surname the text never gives a person: the event's name
        (
            "Lucie Ferrand y sera. Le Grand Chelem de Düsseldorf s'ouvre vendredi avec 400 judokas.",
            ("Grand Chelem de Düsseldorf", "MISC"),
            ("Düsseldorf", "PER"),
        ),
        (
            "Le maire Paul Ferrand ouvre le Festival de Cannes ce soir.",
            ("Festival de Cannes", "MISC"),
            ("Cannes", "PER"),
        ),
    ],
)
def test_an_events_name_stops_before_the_surname_of_a_person_the_text_names(text, found, not_found):
    names = labelled(text)
    assert found in names
    assert not_found not in names
