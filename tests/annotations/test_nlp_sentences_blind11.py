"""Rules first needed on the eleventh blind sentence set (evaluation/data/sentences_blind11.fr.md), the layouts
the ten earlier sets are thin on, on invented text, each with the look-alike it must leave alone: an
interview's speaker's name opening two answers or more is a label ("Léon Barthe. Nous avons ..."), a
name opening one paragraph only is a sentence."""

from annotations.nlp.paragraphs import text_paragraphs
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


WRAPPED = (
    "Le car scolaire de Pons ne passera plus par le hameau des Brandes à partir\n"
    "de janvier, a annoncé la Région, faute de conducteurs en nombre suffisant.\n"
    "Les familles concernées, une douzaine, devront conduire leurs enfants\n"
    "jusqu'à l'arrêt de la mairie, à quatre kilomètres. Une réunion publique\n"
    "est prévue le 14 décembre à la salle des fêtes, à 18 h 30, en présence\n"
    "du vice-président chargé des transports et de la directrice du collège."
)


def test_a_headline_longer_than_the_wrapped_lines_under_it_is_no_wrapped_line():
    headline = "Le maire de Pons : « Sans car scolaire, nos familles vont quitter le village pour de bon »"
    text = f"{headline}\n{WRAPPED}"
    paragraphs = [text[start:end] for start, end in text_paragraphs(text)]
    assert paragraphs[0] == headline
    assert paragraphs[1].startswith("Le car scolaire") and paragraphs[1].endswith("du collège.")
    # the look-alike: a wrapped paragraph's first line, a little longer than the others, goes on
    text = (
        "Les parents des Brandes ont écrit le 2 décembre au vice-président de la Région\n"
        "Mathieu Roy, qui leur a répondu le lendemain, sans leur laisser d'espoir.\n" + WRAPPED
    )
    assert len(text_paragraphs(text)) == 1
