"""The cues the check-worthiness signals read (annotations/nlp/checkworthiness_cues.py), each next to
the look-alike it must leave alone. Sentences invented for these tests, lower-cased as read_signals
reads them."""

import pytest

from annotations.nlp.checkworthiness import read_signals
from annotations.nlp.types import DateSpan


def span(sentence: str, part: str) -> DateSpan:
    """A mark over `part` of `sentence` (read_signals needs only its start and end)."""
    start = sentence.index(part)
    return DateSpan(start, start + len(part), part, "", "", None, None)


@pytest.mark.parametrize(
    ("sentence", "figures"),
    [
        ("c'est la troisième panne du mois.", 1),  # a rank is a count
        ("le club remonte à la sixième place.", 1),
        ("le premier ministre a parlé.", 0),  # "premier" is left out
        ("le diesel b7 et le sp95-e10 sont vendus ici.", 0),  # digits in a code
        ("la cuve contient 95 litres.", 1),
        ("une trentaine de riverains ont assisté à la réunion.", 0),  # a round count (a marked quantity)
        ("trente riverains ont assisté à la réunion.", 1),
    ],
)
def test_read_signals_counts_ranks_but_not_codes_nor_round_counts(sentence, figures):
    marks = [span(sentence, "une trentaine de riverains")] if "trentaine" in sentence else []
    marks += [span(sentence, "trente riverains")] if sentence.startswith("trente") else []
    assert read_signals(sentence, entities=0, quantities=marks).figures == figures


@pytest.mark.parametrize(
    ("sentence", "reported"),
    [
        ("les syndicats affirment que le site était rentable.", True),  # the plural of "affirme que"
        ("le maire a répété qu'il ne partirait pas.", True),
        ("la direction invoque la hausse des loyers.", True),  # a cause given by a source
        ("les experts l'attribuent à un hiver sec.", True),
        ("les gérants expliquent ce recul par la météo.", True),
        ("le guide explique le parcours aux enfants.", False),
        ("les élèves affirment leur choix.", False),
    ],
)
def test_read_signals_reads_a_claim_or_a_cause_given_by_a_source_as_reported(sentence, reported):
    assert read_signals(sentence, entities=0).reported is reported


@pytest.mark.parametrize(
    ("sentence", "modal"),
    [
        ("on lui doit la rénovation du port.", False),  # "devoir" as "owe"
        ("la commune doit 300 000 euros au département.", False),
        ("la commune doit rembourser la subvention.", True),
        ("il lui faut du temps et il doit partir.", True),
    ],
)
def test_owing_is_no_modal(sentence, modal):
    assert read_signals(sentence, entities=0).modal is modal


@pytest.mark.parametrize(
    ("sentence", "prediction"),
    [
        ("la réforme permettra d'embaucher.", True),  # futures in -ttra, -vra, -rra
        ("la commune recevra une aide.", True),
        ("on verra bien.", True),
        ("le concert a été extra.", False),
        ("la coopérative prévoit de fermer deux ateliers.", True),  # a plan
        ("l'usine s'apprête à licencier.", True),
        ("deux réunions sont prévues en mai.", True),  # a schedule
        ("la coopérative prévoyait de fermer deux ateliers.", False),  # a past plan is a fact
        ("comme prévu, le pont a été rouvert.", False),
        ("la loi prévoit que le maire signe.", False),
    ],
)
def test_the_future_plans_and_schedules_are_predictions(sentence, prediction):
    assert read_signals(sentence, entities=0).prediction is prediction


@pytest.mark.parametrize(
    ("sentence", "personal"),
    [
        ("à 34 ans, cette ancienne infirmière a ouvert une librairie.", True),  # a portrait's opening
        ("fille d'un cheminot, elle a grandi à nevers.", True),
        ("le fils du maire a été condamné.", False),
        ("depuis 34 ans, la fête a lieu en juin.", False),
    ],
)
def test_a_portraits_opening_is_a_persons_life(sentence, personal):
    assert read_signals(sentence, entities=0).personal is personal


@pytest.mark.parametrize(
    ("sentence", "quotation"),
    [
        ("« on nous a menti », a réagi une habitante.", True),  # someone's words, then who said them
        ('"c\'est terminé", lance le président.', True),
        ("le maire a dénoncé « un budget d'austérité ».", False),
        ("« environ 900 000 euros par an. »", False),  # a quoted answer alone
    ],
)
def test_a_sentence_opening_with_a_quotation_is_read_as_someones_words(sentence, quotation):
    assert read_signals(sentence, entities=1).quotation is quotation


@pytest.mark.parametrize(
    ("sentence", "signal", "value"),
    [
        # Awarding is no cause given by a source.
        ("le jury attribue le grand prix à une romancière.", "reported", False),
        ("la région attribue une aide aux éleveurs.", "reported", False),
        ("les experts l'attribuent à un hiver sec.", "reported", True),
        # A title in quotation marks is no one's words.
        ("« Le Monde » a révélé que le site fermait.", "quotation", False),
        ('"Le Monde" a révélé que le site fermait.', "quotation", False),
        ('"Nous ne partirons pas", a répété le maire.', "quotation", True),
        ("«Nous ne partirons pas», a répété le maire.", "quotation", True),
        # A rule in force is no schedule.
        ("comme il est prévu par la loi, le conseil a voté.", "prediction", False),
        ("deux réunions sont prévues le 14 mai.", "prediction", True),
        # Nouns and present tenses ending like a future: no forecast.
        ("les marrons et les châtaignes sont vendus au marché.", "prediction", False),
        ("nous livrons les colis et ouvrons le dépôt le matin.", "prediction", False),
        ("le chantier permettra de loger cent familles.", "prediction", True),
        ("on verra le résultat au printemps.", "prediction", True),
    ],
)
def test_look_alikes_of_reports_quotations_and_forecasts(sentence, signal, value):
    assert getattr(read_signals(sentence, entities=0), signal) is value


@pytest.mark.parametrize(
    ("sentence", "past_event"),
    [
        # A state or a count since a past time is a fact, as an event is.
        ("le tarif social s'applique depuis mars 2022.", True),
        ("c'est la récolte la plus faible depuis 1961.", True),
        ("c'est la cinquième panne depuis janvier.", True),
        ("le nombre d'adhérents est le plus haut depuis dix ans.", True),
        # A place, or a vague span, is no time to check against.
        ("les supporteurs suivent le match depuis la tribune nord.", False),
        ("les riverains se plaignent depuis longtemps du bruit.", False),
        ("les habitants attendent une piscine depuis des années.", False),
    ],
)
def test_a_state_since_a_past_time_counts_as_what_happened(sentence, past_event):
    assert read_signals(sentence, entities=0).past_event is past_event


@pytest.mark.parametrize(
    ("sentence", "claim"),
    [
        # Declining to comment tells nothing that happened, though told with a reporting verb.
        ("la sénatrice n'a pas répondu à nos sollicitations.", False),
        ("la direction de l'usine n'a pas souhaité réagir.", False),
        ("les organisateurs n'ont pas donné suite à nos demandes.", False),
        # An answer, or something not done that matters, is still told.
        ("la sénatrice a répondu qu'elle voterait le texte.", True),
        ("la commune n'a pas payé ses fournisseurs depuis six mois.", True),
    ],
)
def test_declining_to_comment_is_neither_an_event_nor_a_report(sentence, claim):
    signals = read_signals(sentence, entities=0)
    assert (signals.past_event or signals.reported) is claim


@pytest.mark.parametrize(
    ("sentence", "opinion"),
    [
        # A judgement quoted in part, as the object of a verb of judging, is the speaker's opinion.
        ("le syndicat a dénoncé « une provocation inacceptable ».", True),
        ("le maire a qualifié la décision de « brutale ».", True),
        ("l'opposition a fustigé des choix « sans cohérence ».", True),
        ("la présidente a défendu « un budget courageux ».", True),
        # A fact quoted, or a verb of judging with no quotation, is no opinion.
        ("la direction a annoncé « 42 suppressions de postes ».", False),
        ("le gardien a dénoncé les voleurs à la police.", False),
        ("le rapport, intitulé « l'eau en partage », a été publié lundi.", False),
    ],
)
def test_a_judgement_quoted_in_part_is_an_opinion(sentence, opinion):
    assert read_signals(sentence, entities=0).opinion is opinion


@pytest.mark.parametrize(
    ("sentence", "prediction"),
    [
        # A conditional forecast and an intention are no facts yet.
        ("le chantier devrait durer dix-huit mois.", True),
        ("les prix devraient baisser de 3 % au printemps.", True),
        ("l'entraîneur dit vouloir tourner son effectif.", True),
        ("l'élu réfléchit à une candidature aux régionales.", True),
        # What someone wanted, or a reflection held, happened.
        ("le chantier a duré dix-huit mois.", False),
        ("la commission a réfléchi pendant deux ans sur le tracé.", False),
    ],
)
def test_a_conditional_forecast_and_an_intention_are_predictions(sentence, prediction):
    assert read_signals(sentence, entities=0).prediction is prediction


@pytest.mark.parametrize(
    ("sentence", "personal"),
    [
        ("il avait ouvert son premier garage à 23 ans.", True),  # an age told in passing
        ("elle a couru son dernier marathon à 71 ans.", True),
        ("le tribunal l'a condamné à 2 ans de prison.", False),  # a sentence
        ("le texte fixe le départ à la retraite à 64 ans.", False),  # a rule's age
        ("la proposition abaisse le droit de vote à 16 ans.", False),
    ],
)
def test_an_age_told_in_passing_is_a_persons_life(sentence, personal):
    assert read_signals(sentence, entities=0).personal is personal


@pytest.mark.parametrize(
    ("sentence", "prediction"),
    [
        # A first person plural in "-rons" is a future only with its "nous"; without it, a noun.
        ("des grêlons sont tombés sur le bourg et ses environs.", False),
        ("les vignerons du canton ont manifesté samedi.", False),
        ("nous livrerons les colis avant noël.", True),
        ("nous ouvrirons une deuxième classe en septembre.", True),
        ("nous ne les rembourserons pas avant l'été.", True),
        # "nous" said by others: the noun stays a noun.
        ("« nous sommes inquiets », disent les vignerons du canton.", False),
        ("le marché attirera des visiteurs de tout le canton.", True),  # "-ra" needs no subject
    ],
)
def test_a_future_in_rons_needs_nous(sentence, prediction):
    assert read_signals(sentence, entities=0).prediction is prediction


@pytest.mark.parametrize(
    ("sentence", "past_event"),
    [
        # A deadline: "jusqu'" ends in u but is no participle.
        ("les éleveurs ont jusqu'au 31 mars pour déposer leur dossier.", False),
        ("les éleveurs ont déposé leur dossier avant le 31 mars.", True),
        # A pronoun in an incise, or "même", between the auxiliary and the participle.
        ("le nombre de naissances a, lui, reculé de 6 %.", True),
        ("les exportations ont, elles, progressé.", True),
        ("les deux entreprises sont même passées en redressement judiciaire.", True),
        # "encore" mostly denies: left out.
        ("l'origine de la fuite n'a pas encore été établie.", False),
        # A penalty in the code is a rule in force, not an event; being punished is.
        ("le vol de câbles est puni de cinq ans de prison.", False),
        ("le gérant a été puni d'une amende de 3 000 euros.", True),
        # A state since a weekday or yesterday.
        ("la mairie est fermée depuis mardi à cause d'une fuite.", True),
        ("les routiers bloquent le dépôt depuis hier soir.", True),
        ("la salle est vide depuis longtemps.", False),  # a vague span
    ],
)
def test_past_event_reads_deadlines_incises_penalties_and_weekdays(sentence, past_event):
    assert read_signals(sentence, entities=0).past_event is past_event


@pytest.mark.parametrize(
    ("sentence", "comparison"),
    [
        ("les ventes dépassent désormais celles de l'an dernier.", True),
        ("la dette a dépassé le budget de la culture.", True),
        ("la cantine a-t-elle été informée des dépassements ?", False),  # the noun, not the verb
        ("le club reste sur cinq victoires consécutives.", True),  # a streak
        ("le prix du ticket reste inchangé.", True),  # no change, told against the year before
        ("le club reste sur cinq victoires à domicile.", False),
    ],
)
def test_exceeding_a_streak_and_no_change_are_comparisons(sentence, comparison):
    assert read_signals(sentence, entities=0).comparison is comparison


@pytest.mark.parametrize(
    ("sentence", "prediction"),
    [
        # Staying open or closed by decision is decided, as "seront fermées" is.
        ("les deux piscines resteront ouvertes tout l'été.", False),
        ("les collèges du secteur resteront fermés lundi.", False),
        # A state expected to last is a forecast.
        ("le temps restera agité jusqu'à dimanche.", True),
    ],
)
def test_staying_open_or_closed_is_decided(sentence, prediction):
    assert read_signals(sentence, entities=0).prediction is prediction


@pytest.mark.parametrize(
    ("sentence", "practical"),
    [
        ("à voir jusqu'au 3 mai, de 8 à 15 euros.", True),  # a listing's line
        ("à découvrir au musée des beaux-arts jusqu'en juin.", True),
        ("la pièce a été vue par 40 000 spectateurs, de 8 à 15 euros la place.", False),
        ("il reste à voir si la pièce trouvera son public.", False),  # not at the opening
    ],
)
def test_a_listing_line_is_practical(sentence, practical):
    assert read_signals(sentence, entities=0).practical is practical


@pytest.mark.parametrize(
    ("sentence", "reported"),
    [
        ("les enfants ont été récupérés en début d'après-midi.", False),  # a time of day, no source
        ("d'après la gendarmerie, les enfants ont été récupérés.", True),
    ],
)
def test_the_afternoon_is_no_source(sentence, reported):
    assert read_signals(sentence, entities=0).reported is reported


@pytest.mark.parametrize(
    ("sentence", "past_event"),
    [
        # The elided "que" ends in u but is no participle.
        ("ce classement n'est qu'un indicateur parmi d'autres.", False),
        ("la boutique n'a qu'une vendeuse le dimanche.", False),
        # An indefinite subject: a rule or a definition in the passive present ...
        ("un colis est considéré comme perdu après trente jours.", False),
        ("une licence n'est délivrée qu'après un examen écrit.", False),
        # ... but the verbs that take "être" in the past, pronominal ones and round counts tell events,
        ("un glissement de terrain est survenu dans la nuit.", True),
        ("une panne s'est produite vers minuit.", True),
        ("une dizaine de manifestants sont interpellés devant la mairie.", True),
        # and a definite subject keeps its passive present as an event, as does an indefinite one
        # with no sign of a rule (a news story's event).
        ("le maire est élu par 15 voix sur 19.", True),
        ("un homme est mis en examen pour le vol d'un tracteur.", True),
        ("un cycliste est blessé dans une collision avec une voiture.", True),
    ],
)
def test_a_sentence_about_a_kind_tells_no_event(sentence, past_event):
    assert read_signals(sentence, entities=0).past_event is past_event


@pytest.mark.parametrize(
    ("sentence", "past_event"),
    [
        ("la coopérative emploie 62 salariés.", True),
        ("la facture s'élève à 1,3 million d'euros.", True),
        ("le chômage atteint désormais 8,1 % dans le bassin.", True),
        ("les dons représentent près de 30 % des recettes.", True),
        ("les inscriptions reculent de 6 % sur un an.", True),
        # Without a figure, with the limit denied, or "compter", which also describes or intends.
        ("la fréquentation dépasse les attentes.", False),
        ("le loyer ne dépasse pas 600 euros.", False),
        ("l'association compte 80 bénévoles.", False),
        ("elle compte ouvrir 3 magasins.", False),
    ],
)
def test_a_measured_state_in_the_present_counts_as_what_happened(sentence, past_event):
    assert read_signals(sentence, entities=0).past_event is past_event


@pytest.mark.parametrize(
    ("sentence", "comparison"),
    [
        ("c'est l'été le plus sec jamais enregistré dans la vallée.", True),
        ("la plus grosse amende de l'histoire du département.", True),
        ("elle a la plus belle voix du chœur.", False),  # a superlative, no record
    ],
)
def test_a_record_is_a_comparison(sentence, comparison):
    assert read_signals(sentence, entities=0).comparison is comparison


@pytest.mark.parametrize(
    ("sentence", "figures"),
    [
        ("près de la moitié des lits sont fermés.", 1),
        ("un quart des élèves déjeunent à la cantine.", 1),
        ("le litige oppose l'assureur à un tiers.", 0),  # a third party, no share
        ("le club affronte lyon en quarts de finale.", 0),  # a round, no share
        ("il est arrivé un quart d'heure plus tard.", 0),
    ],
)
def test_a_share_in_words_is_a_figure(sentence, figures):
    assert read_signals(sentence, entities=0).figures == figures


@pytest.mark.parametrize(
    ("sentence", "modal"),
    [
        ("conservez vos tickets de caisse pendant deux ans.", True),
        ("méfiez-vous des démarcheurs au téléphone.", True),
        ("chez les seniors, la vaccination progresse.", False),
        ("assez de promesses, disent les riverains.", False),
        ("comptez-vous vous présenter en mars ?", False),  # a question
        ("martinez a ouvert le score à la 12e minute.", False),  # a name in -ez, subject of its verb
        ("rodez s'impose face à dunkerque.", False),
        ("rendez-vous est pris pour le 4 juin.", False),
        ("suez annonce la suppression de 300 postes.", False),
        ("fernandez, 34 ans, a été condamné.", False),
        ("appelez le 15 en cas d'urgence.", True),
    ],
)
def test_an_instruction_in_the_imperative_is_a_modal(sentence, modal):
    assert read_signals(sentence, entities=0).modal is modal


@pytest.mark.parametrize(
    ("sentence", "prediction"),
    [
        ("je m'engage à ce que la piscine rouvre.", True),
        ("la région s'engage à financer la moitié des travaux.", True),
        ("les syndicats promettent de durcir le mouvement.", True),
        ("la décision a été mise en délibéré au 9 avril.", True),
        ("elle s'est engagée dans l'armée en 2010.", False),  # the past, no promise
        ("le tribunal a rendu sa décision après deux heures de délibéré.", False),
    ],
)
def test_a_promise_and_a_ruling_put_off_are_predictions(sentence, prediction):
    assert read_signals(sentence, entities=0).prediction is prediction
