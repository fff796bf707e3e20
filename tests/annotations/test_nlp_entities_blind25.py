"""Entities blind-25 (44 paragraphs of tech and start-ups, sports transfers, European institutions, diplomacy,
religion, transport incidents, education, tribunals abroad, francophone press, science and culture reviews, written
blind in its own session): corrected by kind after its single measure; each rule on invented text, with the
look-alike it must leave alone."""

import pytest

from tests.annotations.reading import labelled


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        # A body's name the model cut, read on to its acronym in brackets, which spells the whole.
        (
            "La Commission nationale sur les violences dans le sport (CNVS) a rendu son rapport.",
            "Commission nationale sur les violences dans le sport",
            "ORG",
        ),
        (
            "Un rapport de l'Organisation pour la sécurité et la coopération en Europe (OSCE) est attendu.",
            "Organisation pour la sécurité et la coopération en Europe",
            "ORG",
        ),
        (
            "Un rapport de l'Organisation pour la sécurité et la coopération en Europe (OSCE) est attendu.",
            "OSCE",
            "ORG",
        ),
        (
            "Le Bureau d'enquêtes sur les accidents de transport terrestre (BEA-TT) a ouvert une enquête.",
            "Bureau d'enquêtes sur les accidents de transport terrestre",
            "ORG",
        ),
        # Rules by what they rule on, in lower case after a definite article, and capitalised.
        (
            "Le règlement européen sur la restauration de la nature entre en vigueur.",
            "règlement européen sur la restauration de la nature",
            "MISC",
        ),
        ("Les États ont signé le pacte pour les océans en juin.", "pacte pour les océans", "MISC"),
        ("Le Pacte budgétaire européen impose des règles.", "Pacte budgétaire européen", "MISC"),
        ("Le règlement REACH encadre les substances chimiques.", "règlement REACH", "MISC"),
        # Heads: a students' welfare office, a Québec college, a Swiss canton's hospital, a rescue centre, a temple.
        ("Le Crous de Lille ouvre 300 chambres.", "Crous de Lille", "ORG"),
        ("Les étudiants du cégep de Sherbrooke ont voté la grève.", "cégep de Sherbrooke", "ORG"),
        ("Le blessé a été transporté à l'hôpital cantonal de Fribourg.", "hôpital cantonal de Fribourg", "ORG"),
        ("Le Cross Gris-Nez a coordonné les secours.", "Cross Gris-Nez", "ORG"),
        ("Le culte aura lieu au temple de la Fusterie dimanche.", "temple de la Fusterie", "LOC"),
        # A mosque by its capitalised head after "Grande"; a church as a body by its adjective.
        ("Le recteur de la Grande Mosquée de Lyon a reçu le préfet.", "Grande Mosquée de Lyon", "ORG"),
        ("L'Église réformée de France tient son synode à Sète.", "Église réformée de France", "ORG"),
        # A sea with its direction.
        ("Les navires patrouillent en Méditerranée orientale.", "Méditerranée orientale", "LOC"),
        # A title in guillemets closed inside the model's span, a title published somewhere.
        (
            "Le roman « Les Saisons » paraît chez Verdier ; « Les Heures » côtoie des essais de Lyon.",
            "Les Heures",
            "MISC",
        ),
        ("Avec « Le Fil rouge », paru chez Actes Sud, elle signe son retour.", "Le Fil rouge", "MISC"),
        ("L'essai a été traduit en anglais chez Penguin.", "Penguin", "ORG"),
        # A spacecraft after its kind and an adjective.
        ("L'atterrisseur lunaire Peregrine a perdu le contact.", "Peregrine", "MISC"),
        # A person after a role and its nationality, or in apposition after a clause.
        ("Le député grec Nikos Papadakis préside la séance.", "Nikos Papadakis", "PER"),
        ("Depuis Nairobi, son directeur général, Kwesi Mensah Boateng, a réagi.", "Kwesi Mensah Boateng", "PER"),
        # Look-alikes: a place between a name and its acronym, which spells
        # the name without it; a firm after "le ferry de".
        (
            "Le bureau de l'Agence française de développement à Dakar (AFD) a fermé.",
            "Agence française de développement",
            "ORG",
        ),
        ("Le bureau de l'Agence française de développement à Dakar (AFD) a fermé.", "Dakar", "LOC"),
        ("Le ferry de Brittany Ferries a quitté Roscoff.", "Brittany Ferries", "ORG"),
        ("L'église Saint-Martin de Sète a rouvert.", "église Saint-Martin", "LOC"),
    ],
)
def test_entities_blind25_rules(text, name, label):
    assert (name, label) in labelled(text)


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        # On a transfer page (a player's post and a club's word), a town is a club where a player comes from or goes
        # to, or a club's offer comes from.
        (
            "Le club a officialisé l'arrivée de l'attaquant Yao Kouassi, en provenance de Lorient, pour trois saisons.",
            "Lorient",
            "ORG",
        ),
        ("Le club a refusé une offre de Marseille pour son ailier.", "Marseille", "ORG"),
        ("Le club a perdu sa meneuse, partie à Montpellier cet été.", "Montpellier", "ORG"),
        ("Le club pourrait céder son attaquant Paulo Dias à Valladolid.", "Valladolid", "ORG"),
        # and a club by its name and its town after its article
        (
            "Le club a recruté un gardien remplaçant en provenance du Sporting de Lisbonne.",
            "Sporting de Lisbonne",
            "ORG",
        ),
        # Look-alikes: a train's origin, a trip, a plant and its town, in pages on no players.
        ("Le train en provenance de Lorient a été retardé de vingt minutes.", "Lorient", "LOC"),
        ("La ministre est partie à Montpellier cet été.", "Montpellier", "LOC"),
        ("L'usine Renault de Flins fermera en 2027.", "Flins", "LOC"),
        # and pages in politics or crime news whose words a sports page also uses ("s'est engagé", "attaquant",
        # "Défenseur des droits", "pilier"), without a club's word: the town stays a place.
        (
            "Le ministre s'est engagé à réduire les délais. Face à Marseille, la ville de Lyon a choisi une autre voie.",
            "Marseille",
            "LOC",
        ),
        (
            "L'attaquant, armé d'un couteau, a blessé deux passants. Il a ensuite pris un train en provenance de "
            "Lille, selon les enquêteurs.",
            "Lille",
            "LOC",
        ),
        (
            "Le Défenseur des droits a rendu son avis. Elle est partie à Bordeaux pour y poursuivre ses études.",
            "Bordeaux",
            "LOC",
        ),
        (
            "Le pilier de la majorité s'est engagé à voter le texte. La délégation est partie à Bruxelles lundi.",
            "Bruxelles",
            "LOC",
        ),
        (
            "Le gouvernement s'est engagé à financer la ligne. Face à Toulouse, la région a refusé de payer.",
            "Toulouse",
            "LOC",
        ),
        ("Le maire s'est engagé à céder le terrain à Villeurbanne.", "Villeurbanne", "LOC"),
    ],
)
def test_entities_blind25_transfers(text, name, label):
    assert (name, label) in labelled(text)


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        # A city's gate by its town; a summit by who meets; a product without its maker; an English museum's name
        # without its town, and the town; a name by its purpose, then its land.
        ("Le salon ouvrira samedi porte de Clichy, à Paris.", "porte de Clichy", "LOC"),
        ("Les deux pays préparent le sommet UE-Japon de juillet.", "sommet UE-Japon", "MISC"),
        ("Le vaccin Ixchiq du laboratoire franco-autrichien est suspendu.", "Ixchiq", "MISC"),
        ("Le Museum of Modern Art de New York prête deux toiles.", "Museum of Modern Art", "ORG"),
        ("Le Museum of Modern Art de New York prête deux toiles.", "New York", "LOC"),
        (
            "Le Mouvement pour la démocratie du Tchad a manifesté samedi.",
            "Mouvement pour la démocratie du Tchad",
            "ORG",
        ),
        # Look-alikes: a French club with its town; the alliance at its summit.
        ("Le Sporting Club de Bastia a gagné samedi.", "Sporting Club de Bastia", "ORG"),
        ("Ils se retrouveront au sommet de l'Otan à La Haye.", "Otan", "ORG"),
    ],
)
def test_entities_blind25_places_events_and_names(text, name, label):
    assert (name, label) in labelled(text)


def test_entities_blind25_no_gate_of_a_door():
    # a door after "la" is a firm's or a house's, no city gate
    assert "porte de Renault" not in {
        name for name, _ in labelled("Les syndicats ont trouvé la porte de Renault fermée.")
    }


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # An indefinite rule is any rule; a race in lower case is no rescue centre; a humanitarian corridor.
        ("Le syndic propose un règlement sur les loyers impayés.", "règlement sur les loyers impayés"),
        ("Les élèves courent le cross du collège jeudi.", "cross du collège"),
        ("Un corridor humanitaire a été ouvert.", "corridor humanitaire"),
        # A verb after the body's name: no acronym read on to.
        (
            "La Commission européenne a saisi la Cour de justice (CJUE) lundi.",
            "Commission européenne a saisi la Cour de justice",
        ),
    ],
)
def test_entities_blind25_names_nothing(text, words):
    assert words not in {name for name, _ in labelled(text)}
