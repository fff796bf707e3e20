"""Sentences on the blind sentence sets (evaluation/data/sentences_blind*.fr.json): the floors reached.

"segments" counts the title and heading blocks with the claims (evaluation/sentences.py): it scores the
boundaries apart from which segments are claims; a set's headings are sentences to it, blocks to Saga."""

import json
from pathlib import Path

from tests.evaluation_scripts import evaluation_script

EVALUATION = Path(__file__).resolve().parents[2] / "evaluation"


def scores(name: str) -> dict:
    return evaluation_script("sentences").evaluate(
        json.loads((EVALUATION / "data" / f"{name}.fr.json").read_text(encoding="utf-8"))
    )


def test_eval_sentences_blind_set_stays_above_its_floor():
    """70 documents of eight genres written without the segmentation code: F1 0.931 when first
    measured (0.941 headlines aside), 0.990 once corrected on their errors by kind (1.000 headlines
    aside: the ten headlines are read as titles, which are no claims)."""
    results = scores("sentences_blind")
    assert results["all"]["f"] >= 0.98
    assert results["all, headlines aside"]["f"] >= 0.99
    assert results["segments"]["f"] >= 1.0


def test_eval_sentences_second_blind_set_stays_above_its_floor():
    """50 documents in three layouts (paragraphs, hard-wrapped lines, one sentence or bullet per line)
    written blind in the fourteenth session: F1 0.886 when first measured (0.902 headlines aside),
    0.962 once corrected on their errors by kind (0.979 headlines aside; the rest are headings,
    datelines, signatures and a recipe's list, which Saga reads as no claims)."""
    results = scores("sentences_blind2")
    assert results["all"]["f"] >= 0.95
    assert results["all, headlines aside"]["f"] >= 0.97
    assert results["segments"]["f"] >= 0.98


def test_eval_sentences_third_blind_set_stays_above_its_floor():
    """50 documents of records, legal texts, leaflets, forums, subtitles, wire copy and figures in three
    layouts, written blind in the eighteenth session: F1 0.637 when first measured (0.655 headlines
    aside), 0.906 once corrected on their errors by kind (0.933 headlines aside; what is left is
    headings, lead-ins, signatures, comment headers and tables' rows, which Saga reads as no claims);
    0.911 (0.938) after the twentieth session's rules."""
    results = scores("sentences_blind3")
    assert results["all"]["f"] >= 0.90
    assert results["all, headlines aside"]["f"] >= 0.93
    assert results["segments"]["f"] >= 0.96


def test_eval_sentences_fourth_blind_set_stays_above_its_floor():
    """50 news documents (regional dailies, politics, economy, justice, sport, live blogs, interviews,
    portraits, agenda boxes, wire briefs, op-eds, press releases) in three layouts, written blind in the
    twentieth session: F1 0.845 when first measured (0.899 headlines aside), 0.892 once corrected on
    their errors by kind (0.949 headlines aside; what is left is headings, bylines, signatures, a FAQ's
    questions, fact boxes and tables' rows, which Saga reads as no claims)."""
    results = scores("sentences_blind4")
    assert results["all"]["f"] >= 0.88
    assert results["all, headlines aside"]["f"] >= 0.94
    assert results["segments"]["f"] >= 0.96


def test_eval_sentences_fifth_blind_set_stays_above_its_floor():
    """42 documents of running news prose only (body paragraphs: no headlines, lists, tables or bylines),
    dense in abbreviations, initials, acronyms, numbers, quotations and typeset spaces, written blind by
    the helper sent5: F1 0.991 when first measured (stock fr_core_news_sm 0.768), 1.000 once a
    century's "s." and an acronym after an article end their sentence before a capital, and an interview's
    question answered in its paragraph is no longer read as the site's question to its reader."""
    results = scores("sentences_blind5")
    assert results["all"]["f"] >= 0.99
    assert results["all, headlines aside"]["f"] >= 0.99
    assert results["segments"]["f"] >= 1.0


def test_eval_sentences_sixth_blind_set_stays_above_its_floor():
    """45 whole news articles as a newsroom pastes them (rubric, headline, standfirst, byline, dateline,
    intertitles, body, signatures), French, Belgian, Swiss, Québec and African, in three layouts, written
    blind by the helper sent6: F1 0.865 when first measured (0.905 headlines aside, segments 0.913),
    0.919 (0.962, 0.967) once a story's dateline not in capitals opens its first sentence, "ap. J.-C."
    and a dotted acronym after "en", "au" or before a quote close one, an omission in a run of ranks ends
    nothing, and a headline longer than the wrapping no longer sets its width."""
    results = scores("sentences_blind6")
    assert results["all"]["f"] >= 0.91
    assert results["all, headlines aside"]["f"] >= 0.95
    assert results["segments"]["f"] >= 0.96


def test_eval_sentences_seventh_blind_set_stays_above_its_floor():
    """44 whole news texts dense in the hard shapes (abbreviations and titles, initials, dotted and decimal
    numbers, URLs, quotations, dialogue and Q&A turns on one line, ellipses, lists, results lines, legal
    citations, times), French, Belgian, Swiss, Québec and African, written blind by the helper sent7: F1
    0.874 when first measured (0.910 headlines aside, segments 0.928), 0.908 (0.946, 0.963) once a
    citation's parts, "juill.", the Swiss franc, "Assoc.", "Ph. D.", a unit's capital, a code before a
    bracket and a stop after a bracket are read, a wrapped line waiting for a name goes on, an imperative
    before a town is no dateline, a run of ranks goes on from the line above, and a question and a list
    item are no longer taken for chrome."""
    results = scores("sentences_blind7")
    assert results["all"]["f"] >= 0.90
    assert results["all, headlines aside"]["f"] >= 0.94
    assert results["segments"]["f"] >= 0.95


def test_eval_sentences_eighth_blind_set_stays_above_its_floor():
    """26 news texts in the shapes the seven earlier sets cover little (interviews in Q/R lines and dashes, a
    radio transcript, an Assemblée sitting and a Senate hearing, a prefect's order, lists, results lines,
    ellipses, quotations, dotted numbers, abbreviations, URLs, hours, initials before a particle), written
    blind by the helper sent8: F1 0.913 when first measured (0.935 headlines aside, segments 0.954), 0.921
    (0.943, segments 0.962) once a month's, a century's and an era's abbreviation ended their sentence before a
    quote opening on a capital and "c.-à-d." went on before a figure; 0.916 (0.938, segments 0.957) once the
    review took the quotes back ("le 18 nov. « Le Monde » révélait" is one sentence); what is left is headings, bylines,
    signatures, results lines, a lead-in and a reader's prompt, which Saga reads as no claims."""
    results = scores("sentences_blind8")
    assert results["all"]["f"] >= 0.91
    assert results["all, headlines aside"]["f"] >= 0.93
    assert results["segments"]["f"] >= 0.95


def test_eval_sentences_ninth_blind_set_stays_above_its_floor():
    """23 texts in the layouts and genres the eight earlier sets cover least (a recipe, TV listings, letters,
    a Conseil d'État decision, results, a horoscope, weather, council minutes, a readers' chat, a quiz, a FAQ,
    a programme, a live blog, a serial), written blind by the helper blind-sent9: F1 0.869 when first measured
    (0.898 headlines aside, segments 0.941), 0.900 (0.930, segments 0.969) once a cut in brackets opened the
    sentence after it, "env." after its figure ended one before a capital, "min." and "max." went on before
    theirs, a list's item was no headline and a short label over a list's items no chrome; what is left is
    headings, day and date lines, signatures, sources and a headline's choice, which Saga reads as no claims."""
    results = scores("sentences_blind9")
    assert results["all"]["f"] >= 0.89
    assert results["all, headlines aside"]["f"] >= 0.92
    assert results["segments"]["f"] >= 0.96


def test_eval_sentences_tenth_blind_set_stays_above_its_floor():
    """25 texts in the genres and shapes the nine earlier sets cover least (an obituary, a death notice, a court
    of appeal's judgment, match reports and a live text, a press release, letters, a press review, a serial, a
    history column, police briefs, a speech, a job advert, a fact-check, an exhibition notice, a written question,
    film reviews), written blind by the helper sent10: F1 0.882 when first measured (0.909 headlines aside,
    segments 0.934), 0.893 (0.920, segments 0.944) once three gold boundaries left out by slips were put back,
    0.902 (0.928, segments 0.955) once a credit naming a person was no dateline, a slash between two figures no
    photo credit's, and a place and date or a correspondent's line signed the headline above them; what is left
    is headings, bylines, credits, labels, two headline choices and a death notice, which Saga reads as no claims."""
    results = scores("sentences_blind10")
    assert results["all"]["f"] >= 0.89
    assert results["all, headlines aside"]["f"] >= 0.92
    assert results["segments"]["f"] >= 0.95


def test_eval_sentences_eleventh_blind_set_stays_above_its_floor():
    """25 texts in the layouts the ten earlier sets are thin on (interviews whose answers open on the speaker's name,
    letters, an open letter, releases and a statement with a place and a date on their own line, live blogs with
    time stamps, lists, numbered headings, abbreviations, quotations, ellipses), written blind by the helper sent11:
    F1 0.883 when first measured (0.909 headlines aside, segments 0.941), 0.911 (0.938, segments 0.979) once an
    interview's speaker's name was a label, a volume's "t." and a quotation's reference ended nothing, a letter's
    head under its place and date was no site header, a place and date without "le" no headline, a headline longer
    than the wrapped lines set no wrap width and a byline could name its newspaper; what is left is bylines,
    stamps, a rubric, a readers' prompt and headings, which Saga reads as no claims."""
    results = scores("sentences_blind11")
    assert results["all"]["f"] >= 0.90
    assert results["all, headlines aside"]["f"] >= 0.93
    assert results["segments"]["f"] >= 0.97


def test_eval_sentences_twelfth_blind_set_stays_above_its_floor():
    """25 texts in the genres and layouts the eleven earlier sets are thin on (wire copy with datelines and agency
    tags, releases with contact blocks and key figures, results lines, a court report, legal and public notices, a
    recipe, timelines opening on years, a Q&A, poll and election results, a testimony over paragraphs, small ads, a
    guide and a glossary opened by labels, an op-ed with notes), written blind by the helper sent12: F1 0.836 when
    first measured (0.866 headlines aside, segments 0.897), 0.874 (0.904, segments 0.965) once an item ending on a
    semicolon was no practical box, an ingredient list no wrapped text, headline or links, a table's rows no links,
    a release's dated line after its rubric no headline, a headline's short standfirst kept the title from a section
    below, a chronology's year and a guide's labels of a few words labels, and small ads' abbreviations read; what
    is left is bylines, signatures, rubrics, a poll's question, a notice's header, a glossary's labels and headings,
    which Saga reads as no claims."""
    results = scores("sentences_blind12")
    assert results["all"]["f"] >= 0.86
    assert results["all, headlines aside"]["f"] >= 0.89
    assert results["segments"]["f"] >= 0.96


def test_eval_sentences_thirteenth_blind_set_stays_above_its_floor():
    """25 texts in the genres and shapes the twelve earlier sets cover least (parliamentary questions, council
    reports, school and university news, science with formulas, a consumer test, podcast transcripts, tide tables,
    an obituary, transfer and winners' lists, a municipal regulation, quotations inside quotations, abbreviations of
    references and works, times and scores with dots, URLs), written blind by the helper sent13: F1 0.881 when first
    measured (0.911 headlines aside, segments 0.952), 0.919 (0.950, segments 0.985) once a tide's coefficient, an
    inventory number, a work's dimensions and a weekday before its day went on, a title's "?" or "!" before its
    details in brackets went on with its sentence, a rank under the same rank of a run, a transcript's speaker in
    capitals opened a turn and a results page's section no longer took the headline; what is left is headlines,
    headings, bylines and credits, which Saga reads as no claims, a headline quoting two sentences, and two lines
    read as a player's duration and a booking line."""
    results = scores("sentences_blind13")
    assert results["all"]["f"] >= 0.91
    assert results["all, headlines aside"]["f"] >= 0.94
    assert results["segments"]["f"] >= 0.98


def test_eval_sentences_fourteenth_blind_set_stays_above_its_floor():
    """25 texts in the genres and shapes the thirteen earlier sets cover least (fact-checks with verdict lines, a
    press review, explainers in questions, football, rugby and cycling live texts, a weather bulletin, legal notices,
    an obituary, columns of rhetorical questions, eras and abbreviations, a dialogue in dashes, a photo gallery's
    captions and credits, numbered lists, quotations over paragraphs), written blind by the helper sent14: F1 0.877
    when first measured (0.904 headlines aside, segments 0.942), 0.890 (0.918, segments 0.961) once a title's "?"
    before its year in brackets went on to the sentence's stop, the Swiss franc after its amount ended its sentence
    before a capital, a legal notice's "Avis de ..." heading, an interview's question answered by a quotation and a
    programme's days were no chrome, and a hard-wrapped text's headline no wrapped line; what is left is headlines,
    bylines, captions and credits, which Saga reads as no claims, and an agenda's labels ("Concert.") kept with their
    sentence as a guide's entries are (blind12's convention)."""
    results = scores("sentences_blind14")
    assert results["all"]["f"] >= 0.88
    assert results["all, headlines aside"]["f"] >= 0.91
    assert results["segments"]["f"] >= 0.95


def test_eval_sentences_fifteenth_blind_set_stays_above_its_floor():
    """25 texts in the genres and shapes the fourteen earlier sets cover least (a committee's report, a municipal
    bulletin, results agate, science with formulas and units, job ads, a debate's transcript, Swiss, Belgian, Québec,
    Senegalese and Ivorian news, a release and a notice pasted with hard breaks, a medical study, tech news, racing,
    farm prices, election results, a police blotter, a box office chart, diocesan news, an audit report, a
    horoscope), written blind by the helper sent15: F1 0.857 when first measured (0.884 headlines aside, segments
    0.934), 0.904 (0.932, segments 0.982) once abbreviations before their figure or name (`trim.`, `cat.`, `pl.`,
    `univ.`, `exp.`, `Gr.`, a weekday's after `les`), a country's abbreviation alone in brackets and a title's `?`
    before its distributor and a chart's colon went on, the headline was no longer lost to the first section's
    heading, to a chart's lead-in or to a line with an e-mail address, and a hard-wrapped label pushed down by its
    value and a capitals label under the headline were read as the wrapping made them; what is left is headlines,
    bylines and credits, which Saga reads as no claims, a contact line of two sentences read as a heading, and three
    abbreviations that are also words or initials."""
    results = scores("sentences_blind15")
    assert results["all"]["f"] >= 0.90
    assert results["all, headlines aside"]["f"] >= 0.93
    assert results["segments"]["f"] >= 0.98


def test_eval_sentences_sixteenth_blind_set_stays_above_its_floor():
    """25 news pages as a browser copies them, the article's sentences between lines of site chrome that are not
    sentences (bylines, update lines, captions and credits, teasers, share and newsletter prompts, tags; French,
    Belgian, Swiss, Québec and African sites), written blind by the helper sent16: F1 0.913 when first measured
    (0.960 headlines aside, segments 0.930), 0.940 (0.987, segments 0.970) once a month's abbreviation without its
    day and the franc after a scale's word ended a sentence before a capital, a line ending on a semicolon stopped
    counting as wrapped, and share boxes, tags, counters, readers' calls, an app's pitch, a paywall mark and a credit
    in capitals became chrome; what is left is headlines, names and labels under the headline read as headings, and
    a teaser-like sentence."""
    results = scores("sentences_blind16")
    assert results["all"]["f"] >= 0.93
    assert results["all, headlines aside"]["f"] >= 0.98
    assert results["segments"]["f"] >= 0.96
