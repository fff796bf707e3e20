"""Check-worthiness: how much a claim needs checking, a score in [0, 1].

A claim is worth checking when it asserts something verifiable of public interest: who did what,
when, for how much, how many, or who reported it (ClaimBuster's "check-worthy factual sentence").
It is not when it is an opinion, a question, a forecast, a greeting or the speaker talking about
themselves. The score is the logistic of a weighted sum of general signals read off the sentence
and its marks (no word list names anyone or anything); each signal's value and its contribution
(weight x value) are kept, so an editor can see why a claim ranks where it does.

The signals, their weights and the score are `checkworthiness_model`'s (its table says what each
signal holds); this module reads the signals off a sentence.

What a sentence opens with (a quotation, an instruction, a listing, an indefinite subject) is read after a
live blog's time stamp ("10 h 58 – « On est là »").
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from annotations.nlp.checkworthiness_cues import (
    ACCESS,
    ATTRIBUTION,
    ATTRIBUTION_WORDS,
    COMPARED_THROUGH,
    COMPARISON,
    COMPARISON_STARTS,
    COMPARISON_STEMS,
    COMPARISON_WORDS,
    CONCEDED,
    CONCEDES,
    ESTIMATE,
    ESTIMATE_WORD,
    ESTIMATE_WORDS,
    FIRST_PERSON,
    FREE,
    INDEFINITE_OPENING,
    JUDGE_NOUN,
    JUDGE_WORD,
    JUDGED_QUOTE,
    LISTING,
    MORE_OR_LESS,
    NO_COMMENT,
    NO_COMMENT_WORDS,
    OPINION,
    OPINION_STARTS,
    OPINION_WORDS,
    PERSONAL,
    PERSONAL_STARTS,
    QUOTED,
    REPORTING,
    RESPONDENTS,
    RULED,
    RULERS,
    WORD,
)
from annotations.nlp.checkworthiness_figures import (
    AVERAGED,
    DEADLINE,
    DEADLINE_WORDS,
    DURATION,
    HABIT_AFTER,
    MORE_FIGURES,
    MORE_FIGURES_WORDS,
    NOT_A_SHARE,
    NOT_FIGURES,
    NUMBER,
    NUMBER_WORDS,
    ROUND_COUNT,
    ROUND_COUNT_WORDS,
    ROUTINE_DAYS,
)
from annotations.nlp.checkworthiness_modals import is_hearsay, is_modal, is_told_testimony
from annotations.nlp.checkworthiness_model import Signals, Span
from annotations.nlp.checkworthiness_quotes import is_quotation
from annotations.nlp.checkworthiness_verbs import (
    entry,
    is_measured,
    is_past_event,
    is_prediction,
    is_since,
    phrase,
)
from annotations.nlp.normalise import lower_case


def read_signals(
    sentence: str,
    *,
    start: int = 0,
    entities: int,
    dates: Sequence[Span] = (),
    money: Sequence[Span] = (),
    quantities: Sequence[Span] = (),
) -> Signals:
    """The signals of one (normalised) sentence that begins at offset `start` of its text.

    `entities` is the number of distinct entities named in it; `dates`, `money` and
    `quantities` are its marks (anything with absolute `start` and `end`). Every mark is one
    figure; the digits and number words outside them are counted as further figures.

    Quoted words are the speaker's: their "nous" is not the author's, so first person is read
    outside quotations and attributions; their stance (opinion, forecast, question) is the
    claim's, so it is read everywhere.
    """
    # Long because every signal is read here from the same lower-cased text, words and vocabulary,
    # which are made once per sentence; split up, each part would make them again.
    marks = [*dates, *money, *quantities]
    text = lower_case(sentence)  # the cues are lower case: faster than re.IGNORECASE
    tokens = WORD.findall(text)
    vocabulary = set(tokens)
    own_vocabulary = vocabulary
    if not vocabulary.isdisjoint(ATTRIBUTION_WORDS) or '"' in text or "«" in text:
        own_vocabulary = set(WORD.findall(ATTRIBUTION.sub(" ", QUOTED.sub(" ", text))))
    figures = len(marks) + _numbers_outside(text, start, marks, tokens)
    if not vocabulary.isdisjoint(ROUND_COUNT_WORDS):
        figures -= sum(bool(ROUND_COUNT.match(_covered(text, start, mark))) for mark in quantities)
    opening = entry(text)  # after a live blog's time stamp
    comparison = (
        _any_word(vocabulary, COMPARISON_WORDS, COMPARISON_STEMS)
        or phrase(text, vocabulary, COMPARISON_STARTS, COMPARISON)
        or (phrase(text, vocabulary, MORE_OR_LESS, COMPARED_THROUGH) and not INDEFINITE_OPENING.match(opening))
    )
    # declining to comment, or an error restated: no claim
    no_comment = not vocabulary.isdisjoint(NO_COMMENT_WORDS) and bool(NO_COMMENT.search(text))
    reported = (
        bool(REPORTING.search(text))
        or phrase(text, vocabulary, RULERS, RULED)
        or phrase(text, vocabulary, CONCEDES, CONCEDED)
    ) and not no_comment
    if not reported and (quantities or "jour" in text):  # a duration is a mark; "six jours sur sept"
        figures -= _routine_figures(text, start, quantities)
    return Signals(
        entities=entities,
        figures=figures,
        money=bool(money),
        date=bool(dates),
        reported=reported,
        past_event=not no_comment
        and (
            is_past_event(text, vocabulary)
            or is_since(text, vocabulary)
            or is_measured(text, vocabulary)
            or is_hearsay(text, vocabulary)
        ),
        comparison=comparison,
        opinion=(
            _opinion_word(text, vocabulary)
            or "!" in text
            or phrase(text, vocabulary, OPINION_STARTS, OPINION)
            or ("«" in text and bool(JUDGED_QUOTE.search(text)))
        )
        and not ("%" in text and RESPONDENTS.search(text)),  # a poll's result: "citée par 47 % des sondés"
        modal=is_modal(text, vocabulary, figures, sentence),
        prediction=is_prediction(text, vocabulary),
        question="?" in text,
        first_person=not own_vocabulary.isdisjoint(FIRST_PERSON),
        personal=phrase(text, vocabulary, PERSONAL_STARTS, PERSONAL),
        practical=_is_practical(vocabulary, bool(money), comparison)
        or bool(LISTING.match(opening))
        # a time given to act, unless a decision reported sets it ("a six mois pour présenter un plan, selon l'arrêt")
        or (not reported and phrase(text, vocabulary, DEADLINE_WORDS, DEADLINE)),
        quotation=is_quotation(opening) or is_told_testimony(text, vocabulary),
        words=len(tokens),
    )


def _opinion_word(text: str, vocabulary: set[str]) -> bool:
    """A word of opinion (OPINION_WORDS), but "juge" as the noun: "placés sous mandat d'arrêt par le juge
    d'instruction" is no judgement ("le conseil juge cette dépense inutile" is one); nor "estimer à" a figure, when
    every "estime" of the sentence is one ("estime à 300 le nombre de postes menacés et estime que" gives a stance)."""
    found = vocabulary & OPINION_WORDS
    if found and found <= ESTIMATE_WORDS and len(ESTIMATE.findall(text)) == len(ESTIMATE_WORD.findall(text)):
        return False  # an estimate with its figure: "les magistrats estiment à 1,2 milliard le besoin"
    if found == {"juge"}:
        return len(JUDGE_WORD.findall(text)) > len(JUDGE_NOUN.findall(text))  # the word, not "jugement", "juges"
    return bool(found)


def _is_practical(vocabulary: set[str], money: bool, comparison: bool) -> bool:
    """What a reader pays or does to get in (ACCESS), with a price or "gratuit", and no change told
    (`comparison`: "l'abonnement passera à 250 euros, contre 200" is a claim); "l'entrée en vigueur"
    is no entry."""
    access = vocabulary & ACCESS
    if "entrée" in access and "vigueur" in vocabulary:
        access.discard("entrée")
    return bool(access) and (money or not vocabulary.isdisjoint(FREE)) and not comparison


def _numbers_outside(text: str, start: int, marks: list, tokens: list[str]) -> int:
    """The numbers, in digits or in words, of `text` that no mark covers (so none counts twice)."""
    shares = len(NOT_A_SHARE.findall(text)) if "quart" in text else 0  # its first word: a cheap first test
    number_words = sum(map(NUMBER_WORDS.__contains__, tokens)) - shares
    if not MORE_FIGURES_WORDS.isdisjoint(tokens):
        number_words += len(MORE_FIGURES.findall(text))
    if any(map(str.isdigit, text)):  # not a generator: a step of Python per character cost more than the rest
        text = NOT_FIGURES.sub(lambda found: " " * len(found[0]), text)  # offsets kept for the marks
    if not marks:
        return len(NUMBER.findall(text)) + number_words
    in_marks = sum(word in NUMBER_WORDS for mark in marks for word in WORD.findall(_covered(text, start, mark)))
    return len(NUMBER.findall(_blank(text, start, marks))) + number_words - in_marks


def _routine_figures(text: str, start: int, quantities: Sequence[Span]) -> int:
    """The figures of a habit's durations, which tell a routine, not a fact to check: "elle nage cinq heures par jour",
    "six jours sur sept" (cues DURATION, HABIT_AFTER, ROUTINE_DAYS); none when the sentence measures a group (AVERAGED),
    nor a restriction ("n'ouvre plus que trois jours sur sept", "l'eau n'est distribuée que deux heures par jour")."""
    if AVERAGED.search(text):
        return 0
    durations = sum(
        bool(DURATION.search(_covered(text, start, mark).rstrip()))
        and bool(HABIT_AFTER.match(text, mark.end - start))
        and not text[: max(mark.start - start, 0)].endswith(("que ", "qu'"))
        for mark in quantities
    )
    if "sur" not in text:
        return durations
    return durations + sum(
        len(NUMBER.findall(found)) + sum(map(NUMBER_WORDS.__contains__, WORD.findall(found)))
        for found in ROUTINE_DAYS.findall(text)
    )


def _any_word(vocabulary: set[str], cues: frozenset[str], stems: tuple[str, ...]) -> bool:
    return not vocabulary.isdisjoint(cues) or any(word.startswith(stems) for word in vocabulary)


def _covered(sentence: str, start: int, span: Span) -> str:
    """The part of `sentence` (at offset `start` of its text) that `span` covers."""
    return sentence[max(span.start - start, 0) : max(span.end - start, 0)]


def _blank(sentence: str, start: int, spans: Iterable[Span]) -> str:
    """`sentence` (at offset `start` of its text) with the given spans replaced by spaces."""
    chars = list(sentence)
    for span in spans:
        first, last = max(span.start - start, 0), min(span.end - start, len(chars))
        chars[first:last] = " " * max(last - first, 0)
    return "".join(chars)
