"""What the verbs and the opening of a sentence tell the check-worthiness signals
(annotations/nlp/checkworthiness_verbs.py, with the cues it reads): a live blog's time stamp, a quotation
of a fact, a forecaster's expectation, an instruction; and the cues added with them (a poll's share,
advice put impersonally, a lead). Sentences invented for these tests, lower-cased as read_signals reads
them; each signal's cases next to the look-alikes it must leave alone."""

import pytest

from annotations.nlp.checkworthiness import read_signals

CASES = {
    "quotation": [
        # a live blog's time stamp does not hide the quotation the entry opens with
        ("14 h 32 – « nous ne partirons pas », lance une gréviste devant l'usine.", True),
        ("21 h 48 : « c'est un soulagement », confie le maire.", True),
        ("16 h 05 – le préfet a ordonné la fermeture de douze écoles.", False),
        # a claim quoted: a fact with its figure, done, measured or held since a date
        ("« le département a fermé neuf maternités depuis 2015 », a rappelé la députée.", False),
        ("« les loyers ont augmenté de 12 % en trois ans », assure l'association.", False),
        ("« 1 200 dossiers restent en souffrance depuis mars », a précisé la caisse.", False),
        # the speaker's own experience, a stance, a forecast or no figure: still a quotation
        ("« j'ai perdu 40 % de ma récolte en une nuit », soupire un maraîcher.", True),
        ("« on a attendu six heures aux urgences », raconte une patiente.", True),
        ("« 300 emplois ont été supprimés, c'est un scandale ! », s'indigne le délégué.", True),
        ("« les prix vont encore grimper de 5 % », prévient le syndicat.", True),
        ("« le chantier a pris du retard », reconnaît l'adjoint.", True),
    ],
    "modal": [
        ("9 h 10 — fermez vos volets et restez chez vous.", True),  # an instruction after a stamp
        ("le 14 h 32 est parti à l'heure.", False),  # a train, no stamp
        ("prévoyez environ deux heures de route.", True),  # before "environ" or "tout"
        ("évitez toute sortie en mer ce week-end.", True),
        ("chez tous les commerçants, les prix montent.", False),
        # a name in -ez before "tout entier", "tout juste": no order given
        ("rodez tout entier a fêté la montée en ligue 2 samedi.", False),
        ("gomez tout juste réélu promet 5 000 logements.", False),
    ],
    "prediction": [
        ("l'institut table sur une hausse de 0,4 % du pib au premier trimestre.", True),
        ("les économistes tablaient en moyenne sur un repli de 1 %.", True),
        ("les hôteliers s'attendent à une saison record.", True),
        ("les assureurs anticipent une hausse des sinistres.", True),
        ("le fonds prévoit une contraction de 2 % de l'économie.", True),  # a forecaster's "prévoit"
        # a plan, money set aside, is no forecast; nor a table standing on trestles
        ("la région prévoit une enveloppe de 40 millions d'euros pour les lycées.", False),
        ("cette petite table sur tréteaux a été vendue 300 euros.", False),
        ("l'observatoire prévoit encore 30 centimètres de neige.", True),
        ("la dette atteindrait 120 % du pib, selon ses dernières projections.", True),
        ("le décret prévoit une amende de 750 euros.", False),  # a text's "prévoit": a measure
        ("le projet de loi prévoit des exonérations pour les artisans.", False),
        ("la mairie envisage des travaux dans l'école.", True),  # a plan
        ("la mairie envisage d'agrandir l'école.", True),
        ("il a posé la table sur la terrasse.", False),
    ],
    "opinion": [
        # a poll's share of respondents is no opinion; advice put impersonally is one
        ("la sécurité est citée par 38 % des personnes interrogées parmi leurs préoccupations.", False),
        ("62 % des français estiment que la réforme est injuste.", False),
        ("les riverains ont fait part de leurs préoccupations au maire.", True),
        ("il est recommandé de ne pas boire l'eau du robinet.", True),
        ("il est conseillé aux randonneurs de partir tôt.", True),
        ("le vaccin recommandé par la haute autorité est gratuit.", False),
    ],
    "past_event": [
        # an adverbial phrase between the auxiliary and the participle
        ("le conseil a en outre voté la vente du terrain.", True),
        ("la préfecture a par ailleurs fermé deux écoles.", True),
        ("le maire a de nouveau refusé le projet.", True),
        ("le maire a encore des doutes.", False),
    ],
    "reported": [
        ("la gratuité est citée par 40 % des usagers.", True),  # "citée", as "cité" and "cités"
        ("la compagnie attribue la panne à un orage.", True),  # a cause given by a source
        ("l'usine attribue ce repli de 8 % au prix du gaz.", True),
        ("le jury attribue le prix au premier roman d'une lycéenne.", False),  # an award
        ("la région attribue une aide aux éleveurs.", False),
    ],
    "comparison": [
        ("la liste sortante l'emporte avec 212 voix d'avance.", True),  # a lead in a standing
        ("le coureur garde la tête avec 9 secondes d'écart.", True),
        ("l'équipe recule de deux places par rapport à la saison dernière.", True),
        ("le train est arrivé en avance.", False),
    ],
}


@pytest.mark.parametrize("signal", sorted(CASES))
def test_each_signal_reads_its_cases_and_leaves_the_look_alikes(signal):
    wrong = [
        text for text, expected in CASES[signal] if getattr(read_signals(text, entities=0), signal) is not expected
    ]
    assert not wrong, f"{signal} misread: {wrong}"
