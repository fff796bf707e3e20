"""The check-worthiness cues added after the tenth blind set (annotations/nlp/checkworthiness_cues.py,
checkworthiness_verbs.py): a promise told in the past and a horizon as what is yet to come, an extension
decided, a state compared with its figure, a streak, a date a case goes back to, ratios, a third and a
first rank as figures, advice in the passive ("sont invités à") as an opinion, the press's conditional with its source as no modal. Sentences invented for these tests, lower-cased as read_signals reads them; each
signal's cases next to the look-alikes it must leave alone."""

import pytest

from annotations.nlp.checkworthiness import read_signals
from annotations.nlp.checkworthiness_model import score

CASES = {
    "prediction": [
        # a promise told in the past: what was promised is still to come
        ("la présidente a promis de doubler les places en crèche.", True),
        ("les syndicats ont promis d'organiser une nouvelle journée d'action.", True),
        ("le préfet s'est engagé à rouvrir la ligne avant l'été.", True),
        ("les deux communes se sont engagées à partager les frais.", True),
        # the promise as a thing given, or a commitment in the army, is no plan
        ("le ministre nous a promis une réponse écrite.", False),
        ("elle s'est engagée dans la marine à dix-huit ans.", False),
        # a horizon, as "d'ici"
        ("la métropole vise la neutralité carbone à l'horizon 2040.", True),
        ("l'agglomération vise 30 % de trajets à vélo à l'horizon de dix ans.", True),
        ("on aperçoit les voiles à l'horizon depuis la digue.", False),  # the sea's horizon
        ("le port a accueilli 40 voiliers l'an dernier.", False),
        # an extension decided in the passive future is a measure, not a forecast
        ("le couvre-feu sera étendu à trois quartiers supplémentaires.", False),
        ("le réseau sera terminé en 2028.", True),
    ],
    "past_event": [
        # a state told with the figure it differs by, in any tense
        ("le nombre de naissances était inférieur de 7 % à celui de 2019.", True),
        ("la récolte avait été supérieure de 15 % à la moyenne décennale.", True),
        ("les inscriptions sont en hausse de 4 % sur un an.", True),
        ("les inscriptions sont en hausse.", False),  # no figure
        ("une hausse de 4 % est envisageable.", False),  # a noun's figure, no state told
        # the date a case goes back to, and a rank regained in digits
        ("les faits remontent au 12 juin 2021, selon l'acte d'accusation.", True),
        ("le club remonte à la 3e place du classement.", True),
        ("la famille remonte à pied vers le refuge.", False),
        # a streak
        ("la commune perd des habitants pour la sixième année consécutive.", True),
        ("l'équipe reste sur trois victoires consécutives à domicile.", True),
        ("les gardes consécutives des internes inquiètent les syndicats.", False),
        # a share in words after a measured verb
        ("le tourisme représente près d'un tiers des emplois de l'île.", True),
        ("le tourisme représente un enjeu pour l'île.", False),
    ],
    "modal": [
        # the press's conditional with its source: what a source says happened, not a modal
        ("le directeur aurait démissionné et serait déjà parti, selon nos informations.", False),
        ("ce médicament serait lié à 40 cas d'hépatite, d'après l'agence.", False),
        # without a source, or "serait" before an infinitive or "été", it stays one
        ("ce médicament serait lié à plusieurs cas d'hépatite.", True),
        ("fermer la gare, ce serait abandonner le village, selon le maire.", True),
    ],
    "opinion": [
        # advice in the passive
        ("les riverains sont invités à fermer leurs fenêtres.", True),
        ("les clients sont invités à ne pas l'utiliser et à le rapporter.", True),
        ("les spectateurs sont priés de rester assis.", True),
        # a guest is no advice
        ("le maire est invité à la cérémonie du 11 novembre.", False),
        ("trois écrivains sont invités au salon du livre.", False),
    ],
    "comparison": [
        ("les fournitures scolaires coûtent 12 % moins cher qu'en 2024.", True),
        ("la facture est 2,5 fois plus élevée dans les zones rurales.", True),
        ("la parcelle fait trois fois la surface du terrain de football.", True),
        ("le car passe trois fois par jour.", False),
        ("la première fois, le maire avait refusé.", False),
        # a ratio needs a size word or "plus", "moins" after "fois" (blind-10: "2,6 fois la taille", "deux
        # fois moins qu'en 2015"); a repeat count is none
        ("le loyer atteint trois fois le montant du smic.", True),
        ("les dégâts sont deux fois plus étendus que prévu.", True),
        ("le trajet est moitié moins cher en train.", True),
        ("elle a relu deux fois le contrat avant de le signer.", False),
        ("le cycliste a gagné trois fois le tour de l'ain.", False),
        ("il va au marché deux fois la semaine.", False),
    ],
}

FIGURES = [
    # a third of something, and a first rank held, count as figures
    ("un tiers des élèves mangent à la cantine.", 1),
    ("le port reste le premier employeur de la ville.", 1),
    ("un tiers du budget va aux écoles.", 1),
    ("les deux tiers de la population vivent en ville.", 2),
    ("l'allemagne est la première économie de la zone euro.", 1),
    # a third party ("tiers de confiance"), first in time ("le premier à", "la première fois"): no figure
    ("la mairie passe par un tiers de confiance pour ses signatures.", 0),
    ("le maire est le premier à saluer la décision.", 0),
    ("c'est la première fois qu'elle vote.", 0),
    # a third party, "les deux tiers" alone, the head of government, a plural rank: no figure
    ("le contrat interdit de confier les données à un tiers.", 0),
    ("le premier ministre est attendu à lille.", 0),
    ("les enfants sont les premières victimes de la pollution.", 0),
]


@pytest.mark.parametrize("signal", sorted(CASES))
def test_each_signal_reads_its_cases_and_leaves_the_look_alikes(signal):
    wrong = [
        text for text, expected in CASES[signal] if getattr(read_signals(text, entities=0), signal) is not expected
    ]
    assert not wrong, f"{signal} misread: {wrong}"


@pytest.mark.parametrize(("text", "expected"), FIGURES)
def test_a_third_and_a_first_rank_count_as_figures(text, expected):
    assert read_signals(text, entities=0).figures == expected


# Ordinary sentences the blind-10 cues once raised (review): a third party, first in time, a repeat count.
# Each with its figures (the count "deux", "trois" alone), no comparison, and no higher than before those cues.
LOOK_ALIKES = [
    ("Le recours à un tiers de confiance est encouragé par la CNIL.", 0, 0.246),
    ("La plateforme fait appel à un tiers de confiance", 0, 0.042),
    ("C'est la première fois que je viens dans cette ville.", 0, 0.013),
    ("Il est le premier à réagir", 0, 0.036),
    ("Elle est la première à prendre la parole", 0, 0.039),
    ("Il a lu deux fois le rapport avant de le signer.", 1, 0.563),
    ("Il a remporté trois fois le Tour de France.", 1, 0.526),
    ("Elle va à la piscine deux fois la semaine.", 1, 0.121),
]


@pytest.mark.parametrize(("text", "figures", "before"), LOOK_ALIKES)
def test_the_look_alikes_score_no_higher_than_before_the_cues(text, figures, before):
    signals = read_signals(text, entities=0)
    assert not signals.comparison
    assert signals.figures == figures
    assert score(signals) <= before + 0.0005
