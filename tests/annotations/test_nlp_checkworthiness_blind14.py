"""The check-worthiness cues added after the fourteenth blind set (annotations/nlp/checkworthiness_cues.py,
checkworthiness_verbs.py, checkworthiness_future.py): a court's finding as a report, its past modal the ruling's;
what a stock covers, a figure in words after a verb of measure, a rank held at a place and a record held as
measures; the years a person spent somewhere as a life told; a sum ordered ("devra verser 12 000 euros") as a
decision, not a forecast; a level in the conditional at a time ahead, or under a condition that holds now, as a
forecast. The review of these cues narrowed them: the court as the subject, not whoever speaks after a clause that
names it; the sum ordered just after its verb; a first or last row a rank only with what it ranks; no years spent
after a dated participle or in office; no imperfect that ends as a conditional ("livrait", "attirait"), no hearsay
("serait arrivé") and no time gone by ("depuis fin 2022") read as a forecast. Sentences invented for these tests,
lower-cased as read_signals reads them; each signal's cases next to the look-alikes it must leave alone."""

import pytest

from annotations.nlp.checkworthiness import read_signals
from annotations.nlp.checkworthiness_model import score

# (signal, sentence, whether the signal reads it)
CASES = [
    # a court's finding, not anyone's judgement, nor a school yard
    ("reported", "le tribunal administratif a jugé que l'arrêté était illégal.", True),
    ("reported", "les juges ont estimé mardi que la commune avait commis une faute.", True),
    ("reported", "la cour d'appel de douai a considéré que le licenciement était abusif.", True),
    ("reported", "le maire a jugé que le projet était trop cher.", False),
    ("reported", "la chambre d'agriculture a estimé que la récolte était bonne.", False),
    ("reported", "dans la cour, les élèves ont jugé que le spectacle était réussi.", False),
    ("reported", "dans la basse-cour, le fermier a constaté que deux poules manquaient.", False),
    # ... the court as the subject, not whoever speaks after a clause that names it
    ("reported", "la juridiction, saisie par un syndicat, a estimé que la grève était licite.", True),
    ("reported", "devant le tribunal, l'avocate a estimé que sa cliente devait être relaxée.", False),
    ("reported", "condamné par la cour en 2021, l'ancien élu a estimé que la peine était injuste.", False),
    # ... whose past modal is the ruling's, not a stance
    ("modal", "la cour d'appel a jugé que la commune devait rembourser la somme.", False),
    ("modal", "le maire a jugé que la commune devait rembourser la somme.", True),
    # what a stock covers, measured, not a cover
    ("past_event", "les stocks de vaccins couvrent 6 semaines de besoins.", True),
    ("past_event", "la forêt couvrait 40 % du territoire en 1900.", True),
    ("past_event", "la neige couvre les toits du village.", False),
    ("past_event", "il couvre ses petits-enfants de cadeaux.", False),
    # ... its figure in words just after the verb, not a number elsewhere
    ("past_event", "les stocks couvrent quatre mois de besoins.", True),
    ("past_event", "la coopérative emploie douze salariés.", True),
    ("past_event", "le maire assure que deux écoles fermeront.", False),
    ("past_event", "l'adjointe assure deux permanences par mois.", False),
    ("past_event", "la ligne assure quatre allers-retours par jour.", False),
    ("past_event", "la centrale assure 30 % de la production du canton.", True),
    # a rank held at a place, not a place aimed at nor a seat
    ("past_event", "le club pointe désormais à la troisième place.", True),
    ("past_event", "la ville occupe la 2e position du classement.", True),
    ("past_event", "le club vise la troisième place.", False),
    ("past_event", "il occupe la place du mort.", False),
    # ... the first or last row a rank only with what it ranks, not a row of seats
    ("past_event", "le canton occupe le dernier rang du classement des salaires.", True),
    ("past_event", "la belgique occupe le premier rang européen pour les exportations de frites.", True),
    ("past_event", "les anciens combattants occupent le premier rang lors de la cérémonie.", False),
    ("past_event", "le rapporteur occupait le dernier rang de l'hémicycle.", False),
    # a record held, not a record hoped for
    ("past_event", "le record reste détenu par l'été 2003.", True),
    ("past_event", "elle détient le record du monde du 800 mètres.", True),
    ("past_event", "il rêve de battre le record du monde.", False),
    # a sum ordered is a decision, not a forecast; without its figure it stays one
    ("prediction", "l'entreprise devra verser 12 000 euros à son ancien salarié.", False),
    ("prediction", "les deux prévenus devront également payer 3 000 euros de dommages et intérêts.", False),
    ("prediction", "il devra payer cher cette erreur.", True),
    ("prediction", "la commune devra verser une subvention l'an prochain.", True),
    # ... the sum just after the verb, not a notice's figure further on, nor a projection
    ("prediction", "la société devra verser au total plus de 80 000 euros aux riverains.", False),
    ("prediction", "le gérant devra en outre payer une amende de 8 000 euros.", False),
    ("prediction", "les abonnés devront payer leur facture avant le 10 du mois.", True),
    ("prediction", "chaque exposant devra payer son stand, soit 40 euros.", True),
    ("prediction", "selon les projections de l'institut, les retraités devront payer 1 % de plus en 2040.", True),
    # the years a person spent somewhere: a life told, not a public fact
    ("personal", "ancien mineur, il a passé trente ans au fond.", True),
    ("personal", "elle y a passé dix années heureuses.", True),
    ("personal", "le texte a passé l'épreuve du sénat.", False),
    ("personal", "la commune a passé un contrat de dix ans avec le délégataire.", False),
    # ... not what a thing went through after a dated participle, nor a term in office
    ("personal", "inauguré en 1972, il a passé trente ans sans travaux.", False),
    ("personal", "elle a passé douze ans à la tête du conservatoire de namur.", False),
    ("personal", "née en 1940, elle a passé trente ans à l'usine.", True),
    # a level in the conditional at a time ahead, or under a condition that holds now: a forecast
    ("prediction", "la dette publique atteindrait 118 % du pib fin 2028, selon l'institut.", True),
    ("prediction", "le chômage reculerait à 7 % dès le printemps, selon ses économistes.", True),
    ("prediction", "la consommation resterait faible jusqu'à l'été.", True),
    ("prediction", "à la mi-2028, la production dépasserait son niveau d'avant-crise.", True),
    ("prediction", "si rien ne change, la commune perdrait 300 habitants.", True),
    # ... not what a study finds, nor a poll's hypothesis in the imperfect, nor a measure at a date
    ("prediction", "boire du thé réduirait le risque de 12 %, selon une étude.", False),
    ("prediction", "si le scrutin avait lieu dimanche, elle recueillerait 31 % des voix.", False),
    ("prediction", "les ventes ont reculé de 3 % fin 2025.", False),
    ("prediction", "la piscine était ouverte jusqu'à l'été dernier.", False),
    # ... nor an imperfect that ends as a conditional does, nor the press's hearsay, at a time gone by
    ("prediction", "fin 2018, la scierie livrait encore 200 camions par mois.", False),
    ("prediction", "dès le printemps 2020, le musée attirait moins de visiteurs.", False),
    ("prediction", "à la mi-2021, la crise sanitaire empirait dans les ehpad.", False),
    ("prediction", "si la ville compte 9 000 habitants, elle en attirait le double en 1950.", False),
    ("prediction", "le fugitif serait arrivé en belgique fin 2023, selon la police.", False),
    ("prediction", "l'usine serait fermée depuis fin 2022, selon les syndicats.", False),
    ("prediction", "le lac resterait gelé jusqu'au printemps prochain.", True),
    ("prediction", "la croissance ralentirait à 0,8 % fin 2027.", True),
    ("prediction", "le directeur se serait réfugié en suisse à la mi-2022.", False),
    ("prediction", "la passerelle serait achevée à la mi-2028, selon la région.", True),
]


@pytest.mark.parametrize(("signal", "text", "expected"), CASES, ids=[f"{s}: {t}" for s, t, _ in CASES])
def test_each_cue_reads_its_kind_and_leaves_its_look_alikes(signal, text, expected):
    assert getattr(read_signals(text, entities=0), signal) is expected


# Which way a score may go against its score before the cues: a claim's up, a non-claim's down; an ordinary
# look-alike the cues might move must not move against its label ("not up", "not down").
WAYS = {"up": float.__gt__, "down": float.__lt__, "not up": float.__le__, "not down": float.__ge__}
# Sentences of the same kinds: (sentence, score before the cues, rounded, which way it may go).
SCORED = [
    ("Le tribunal administratif a jugé que l'arrêté était illégal.", 0.219, "up"),
    ("La cour d'appel a jugé que la commune devait rembourser la somme.", 0.064, "up"),
    ("Les stocks de vaccins couvrent 6 semaines de besoins.", 0.121, "up"),
    ("L'entreprise devra verser 12 000 euros à son ancien salarié.", 0.016, "up"),
    ("La dette publique atteindrait 118 % du PIB fin 2028, selon l'institut.", 0.722, "down"),
    ("Si rien ne change, la commune perdrait 300 habitants.", 0.121, "down"),
    ("Le club pointe désormais à la troisième place.", 0.113, "up"),
    ("Le record reste détenu par l'été 2003.", 0.238, "up"),
    ("Les stocks couvrent quatre mois de besoins.", 0.106, "up"),
    ("Ancien mineur, il a passé trente ans au fond.", 0.526, "down"),
    ("Le club vise la troisième place.", 0.099, "not up"),
    ("Il rêve de battre le record du monde.", 0.01, "not up"),
    ("Le maire assure que deux écoles fermeront.", 0.042, "not up"),
    ("La commune a passé un contrat de dix ans avec le délégataire.", 0.581, "not down"),
    ("Le maire a jugé que le projet était trop cher.", 0.219, "not up"),
    ("Dans la cour, les élèves ont jugé que le spectacle était réussi.", 0.246, "not up"),
    ("Le maire a jugé que la commune devait rembourser la somme.", 0.056, "not up"),
    ("La neige couvre les toits du village.", 0.027, "not up"),
    ("Il devra payer cher cette erreur.", 0.003, "not up"),
    ("Boire du thé réduirait le risque de 12 %, selon une étude.", 0.582, "not down"),
    ("Si le scrutin avait lieu dimanche, elle recueillerait 31 % des voix.", 0.563, "not down"),
    ("Les ventes ont reculé de 3 % fin 2025.", 0.915, "not down"),
]


@pytest.mark.parametrize(("text", "before", "way"), SCORED, ids=[text for text, _, _ in SCORED])
def test_each_kind_moves_the_way_its_label_says_and_no_look_alike_moves_against_its_label(text, before, way):
    assert WAYS[way](round(score(read_signals(text, entities=0)), 3), before)
