"""Rules first needed on the eleventh blind sentence set (evaluation/data/sentences_blind11.fr.md), the layouts
the ten earlier sets are thin on, on invented text, each with the look-alike it must leave alone: an
interview's speaker's name opening two answers or more is a label ("Léon Barthe. Nous avons ..."), a
name opening one paragraph only is a sentence."""

from annotations.nlp.pipeline import analyse


def claims(text: str) -> list[str]:
    return [text[claim.start : claim.end] for claim in analyse(text).claims]


def test_an_interviews_speaker_opens_the_answer_as_a_label():
    text = (
        "Le maire de Saintes répond à nos questions\n\n"
        "Après six mois de travaux, le pont de la Charente rouvre lundi. Le maire fait le point avec nous.\n\n"
        "Pourquoi un tel retard ?\n\n"
        "Léon Barthe. Nous avons découvert des fissures dans deux piles. Il fallait les reprendre.\n\n"
        "Combien cela coûtera-t-il ?\n\n"
        "Léon Barthe. (Rires.) Moins que prévu, rassurez-vous.\n\n"
        "Et la suite ?\n\n"
        "Léon Barthe. Un giratoire, en 2028.\n\n"
        "Le nouveau tablier a été dessiné par l'ingénieure Anne Roy. Elle suivra aussi le chantier du giratoire."
    )
    expected = {
        "Léon Barthe. Nous avons découvert des fissures dans deux piles.",
        "Il fallait les reprendre.",
        "Léon Barthe. (Rires.)",
        "Moins que prévu, rassurez-vous.",
        "Léon Barthe. Un giratoire, en 2028.",
        # the look-alike: a name ending a sentence before a capital ends it
        "Le nouveau tablier a été dessiné par l'ingénieure Anne Roy.",
    }
    assert expected <= set(claims(text))


def test_a_name_opening_one_paragraph_is_a_sentence():
    text = (
        "Cyclisme : une Charentaise en équipe de France\n\n"
        "La sélectionneuse a dévoilé jeudi sa liste pour les championnats d'Europe de cyclo-cross, à Namur.\n\n"
        "Inès Morvan. Ce nom ne vous dit peut-être rien, il faudra pourtant le retenir. La coureuse de "
        "Cognac, 19 ans, a remporté trois manches de la Coupe de France cette saison.\n\n"
        "Elle partira le 12 décembre avec quatre autres espoirs."
    )
    assert {"Inès Morvan.", "Ce nom ne vous dit peut-être rien, il faudra pourtant le retenir."} <= set(claims(text))
