"""Entities blind-12 (40 paragraphs of encyclopedia prose, parliamentary debates, medicine leaflets
and older regional news, written blind in the eighteenth session): corrected by kind after its single
measure; each rule on invented text, with the look-alike it must leave alone."""

import pytest

from annotations.nlp.pipeline import DEFAULT_MODEL
from tests.annotations.reading import labelled

# A case fr_core_news_md (the default) still gets wrong and fr_core_news_sm right: it must fail under md
# (strict: a fix is noticed) and pass under sm.
ON_MD = DEFAULT_MODEL == "fr_core_news_md"


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        # Firms named by their trade in the plural, capitalised, then their place or founder.
        ("Les Aciéries de la Sambre ont fermé en 1978.", "Aciéries de la Sambre", "ORG"),
        ("Les Filatures et Tissages du Vercors emploient 300 personnes.", "Filatures et Tissages du Vercors", "ORG"),
        ("Les anciens Chantiers Lebrun frères ont été rasés.", "Chantiers Lebrun frères", "ORG"),
        ("Les Salines du comté de Montbrun ont cessé leur activité.", "Salines du comté de Montbrun", "ORG"),
        ("Le vin est vendu par la maison Perrault et Fils depuis 1890.", "Perrault et Fils", "ORG"),
        # Kinds of places named with their head.
        ("Le puits Saint-Éloi a été noyé en 1952.", "puits Saint-Éloi", "LOC"),
        ("Le bal aura lieu salle Marcel-Cerdan samedi.", "salle Marcel-Cerdan", "LOC"),
        ("L'usine s'installe dans la zone industrielle des Grésillons.", "zone industrielle des Grésillons", "LOC"),
        ("Le jardin botanique Jean-Marie-Pelt rouvre ses serres.", "jardin botanique Jean-Marie-Pelt", "LOC"),
        ("Les coureurs attaquent la côte de Montreuil.", "côte de Montreuil", "LOC"),
        ("Un ferry a sombré en mer Égée.", "mer Égée", "LOC"),
        # Bodies by their head: a bar, an association with two proper complements, archives, a choir.
        ("Me Duval, du barreau de Besançon, plaidera.", "barreau de Besançon", "ORG"),
        ("L'association des Amis du Vieux-Colmar expose ses gravures.", "association des Amis du Vieux-Colmar", "ORG"),
        ("Les Archives départementales du Cantal ouvrent leurs fonds.", "Archives départementales du Cantal", "ORG"),
        ("La chorale Saint-Michel chantera dimanche.", "chorale Saint-Michel", "ORG"),
        ("L'Harmonie municipale ouvrira le bal.", "Harmonie municipale", "ORG"),
        ("Elle a étudié à l'École nationale de chimie de Mulhouse.", "École nationale de chimie de Mulhouse", "ORG"),
        (
            "L'Établissement public foncier de Bretagne a acheté la friche.",
            "Établissement public foncier de Bretagne",
            "ORG",
        ),
        # The state's decorations are awards.
        ("Elle a reçu la Légion d'honneur en 2019.", "Légion d'honneur", "MISC"),
        ("Il fut décoré de la croix de guerre en 1945.", "croix de guerre", "MISC"),
        # An assembly's standing committee, by its domains.
        ("Le texte a été adopté par la commission des lois mardi.", "commission des lois", "ORG"),
        (
            "La commission de la défense nationale et des forces armées a auditionné le général.",
            "commission de la défense nationale et des forces armées",
            "ORG",
        ),
        # The government as institutions write it, capitalised.
        ("Le député a interpellé le Gouvernement sur les urgences.", "Gouvernement", "ORG"),
        # Laws, agreements and pacts named right after their head.
        ("La directive Habitats protège ces zones humides.", "directive Habitats", "MISC"),
        ("Les accords Grenelle ont suivi la grève.", "accords Grenelle", "MISC"),
        # Clubs: "US" before a town, a multisport club's acronym, a "-club" and its town's adjective.
        ("L'US Dunkerque a battu l'ASPTT Nancy.", "US Dunkerque", "ORG"),
        ("L'US Dunkerque a battu l'ASPTT Nancy.", "ASPTT Nancy", "ORG"),
        ("Le Rugby-club toulonnais a recruté un pilier.", "Rugby-club toulonnais", "ORG"),
        # A medicine by its dose, its form or what a leaflet says of it: a product.
        ("Dolmaxil 200 mg, gélule. Lisez attentivement cette notice.", "Dolmaxil", "MISC"),
        ("Autres médicaments et Vastorin : parlez-en à votre médecin.", "Vastorin", "MISC"),
        ("L'agence rappelle que Kelorane ne doit pas être utilisé pendant la grossesse.", "Kelorane", "MISC"),
        # Towns by who serves or holds them.
        ("Les pompiers de Wittelsheim sont intervenus.", "Wittelsheim", "LOC"),
        ("Le terrain est situé au lieu-dit Kreuzfeld.", "Kreuzfeld", "LOC"),
        ("Il fut évêque de Lisieux pendant vingt ans.", "Lisieux", "LOC"),
        # A one-word person listed with a place after "et de": a place.
        ("Des renforts sont venus de Thann et de Cernay.", "Cernay", "LOC"),
    ],
)
def test_names_of_blind12_kinds(text, name, label):
    assert (name, label) in labelled(text)


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        # Lower-case trades are buildings, not firms.
        ("Les forges du village ont brûlé en 1870.", "forges du village", None),
        # "une commission d'enquête": no standing committee's domain.
        ("Une commission d'enquête a été créée hier.", "commission d'enquête", None),
        # "établissement" names a body only with its qualifier ("public"): not any establishment of a town.
        ("Un établissement de Lyon a fermé hier.", "établissement de Lyon", None),
        # "Gouvernement" opening a sentence is any government.
        ("Gouvernement et syndicats se retrouvent lundi.", "Gouvernement", None),
        # A tournament, no club nor body.
        ("Elle a remporté l'US Open en 2019.", "US Open", "MISC"),
        ("Il a remporté l'Open d'Australie.", "Open d'Australie", "MISC"),
        # A verb's form after a given name is a person's act, not a medicine's notice.
        ("Marie Durand contient sa colère.", "Marie Durand", "PER"),
        # Two bodies, not one name of two complements.
        ("Une étude du CHU de Rouen et de l'Inserm le montre.", "CHU de Rouen", "ORG"),
        # A number after a name without a dose stays in it.
        ("Le Racing 92 a gagné samedi.", "Racing 92", "ORG"),
    ],
)
def test_look_alikes_of_blind12_kinds(text, name, label):
    found = dict(labelled(text))
    assert found.get(name) == label


@pytest.mark.parametrize(
    "text",
    [
        "Veuillez conserver ce médicament hors de la vue des enfants.",  # an imperative opening a sentence
        "Classée en 1921, la tour domine la vieille ville.",  # a participle the lemma tables list
        "Le procureur de la République a requis deux ans.",  # a role, not the Republic
        "Monsieur le Président, Madame la Commissaire, chers collègues, je serai bref.",  # addresses to roles
        "Si les États membres tardent, la directive restera lettre morte.",  # member states
    ],
)
def test_words_that_are_no_names(text):
    assert not labelled(text)


def test_a_verb_opening_the_story_after_a_dateline_is_no_name():
    assert labelled("COLMAR. — Réunie lundi, l'assemblée a voté le budget.") == {("COLMAR", "LOC")}


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        # The review of the blind-12 rules, on sentences of its own: what they misread, narrowed.
        # A leaflet's words said of places, people and firms are no medicine's.
        ("Le Louvre contient plus de 35 000 œuvres.", "Le Louvre", "LOC"),
        ("La Loire contient de la matière organique.", "La Loire", "LOC"),
        ("Trump doit être pris au sérieux.", "Trump", "PER"),
        ("L'argent de Bruxelles doit être utilisé pour les routes.", "Bruxelles", "LOC"),
        ("Le chemin vers Chamonix est indiqué sur la carte.", "Chamonix", "LOC"),
        # (no medicine; the economy ministry by its seat, ORG as entities_blind18.fr.md marks it)
        ("Le dossier a été traité par Bercy en urgence.", "Bercy", "ORG"),
        # A finite verb's form that is a name, and a name before an auxiliary after a dateline.
        ("Vienne accueillera le sommet de l'OSCE.", "Vienne", "LOC"),
        pytest.param(
            "PARIS — Orange a annoncé la suppression de 2 000 postes.",
            "Orange",
            "ORG",
            marks=pytest.mark.xfail(
                ON_MD, reason="fr_core_news_md (the default model): kept, but the model says LOC", strict=True
            ),
        ),
        ("BORDEAUX — Renée a fêté ses cent ans à l'Ehpad.", "Renée", "PER"),
        # A town's association, a person's papers, an office and its holder.
        ("Une association de Strasbourg a porté plainte.", "association de Strasbourg", None),
        ("Les archives de Staline ont été ouvertes aux chercheurs.", "Staline", "PER"),
        ("La mairie de Marseille de Gaudin a beaucoup dépensé.", "mairie de Marseille", "ORG"),
        # An agreement's head without its determiner; a room of a town; a capital and its leader.
        ("D'un commun accord Paris et Berlin ont signé.", "Paris", "LOC"),
        ("Une salle de Nancy a été louée pour le gala.", "Nancy", "LOC"),
        ("Le soutien de Moscou et de Poutine ne faiblit pas.", "Poutine", "PER"),
        # A committee's domain with its adjective in "-ères".
        (
            "La commission des affaires étrangères a auditionné le ministre.",
            "commission des affaires étrangères",
            "ORG",
        ),
    ],
)
def test_what_the_review_of_the_blind12_rules_found(text, name, label):
    assert dict(labelled(text)).get(name) == label
