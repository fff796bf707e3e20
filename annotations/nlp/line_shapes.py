"""The shape of one line of a plain-text page, read alone: a heading, a paragraph, a question.

A line is a heading when short and without sentence-final punctuation, a short question, or a name
and its quote ("Anne Martin : « Qui paiera ? »"); else a paragraph. An interview's questions, one
per line between its paragraphs, are prose (see `interview_questions`), and so are a dialogue's or
a record's lines, each opening on a turn, with their stage directions (see `spoken_lines`).
"""

import re
from collections import Counter

from annotations.nlp.sentence_labels import SPEAKER
from annotations.nlp.sentences import ends_on_an_emoticon, split_sentences
from annotations.nlp.site_prose import PERSON

HEADING_MAX_WORDS = 25
HEADING_MAX_CHARS = 200
BODY_MIN_WORDS = 10  # the article's first paragraph is at least this long
QUESTION_MAX_WORDS = 8  # a one-line question this short is a title or a prompt, not article prose
ASKED = "asked"  # an interview's question, while the page's kinds are worked out (then a paragraph)

# An interview's title, a name and its quote, whatever the quote ends on: "Anne Martin : « Qui
# paiera ? »" (the headline of a list of interviews); not "Le maire a répondu : « Pourquoi pas ? »".
_QUOTE_TITLE = re.compile(rf"^{PERSON} : «[^«»]+»$")
_NUMBERED = re.compile(r"\d{1,2}\.\s")  # "1. Qu'est-ce que ... ?"
# An interviewer addresses someone; the one interviewed answers for themselves (outside quotes).
_SECOND_PERSON = re.compile(r"\b(?:vous|votre|vos)\b", re.IGNORECASE)
_FIRST_PERSON = re.compile(r"(?<!\w)(?:je|nous|moi|me|mon|ma|mes|j['’]|m['’])(?!\w)", re.IGNORECASE)
_QUOTED = re.compile(r"«[^«»]*»")
# An interview says what it is before its questions: "Rencontre.", "entretien avec ...", "propos recueillis".
# (not "l'entretien des routes", "une rencontre entre les maires").
# Within the lines at the top, the headline and the standfirst ("Lors d'un entretien avec ..." further
# down is a meeting).
_ANNOUNCED_WITHIN = 3
_ANNOUNCED = re.compile(
    r"^(?:[Ii]nterview|[Ee]ntretien)\b|\b[Pp]ropos recueillis\b|\bquestions à\b|[:–—-]\s*(?:[Ee]ntretien|[Ii]nterview)\b"
    r"|(?:^|[.!?]\s+)Rencontre(?:\.|\s+avec\b)"
)


# A stage direction in brackets after a sentence's end: "... d'env. 7 € ! [Brouhaha]".
_TRAILING_BRACKET = re.compile(r"\s*[(\[][^()\[\]]*[)\]]$")
_STAGE_DIRECTION = re.compile(r"[(\[][^()\[\]]*[^\W\d_]{3}[^()\[\]]*[)\]]")  # "(Rires)", "[Bruit de pas]"
# A turn of speech opening a line: a speaker's label ("M. PEYRAT : ...", "Mme la présidente. Monsieur ...",
# "[00:00:40] JOURNALISTE : ...", "Question : ...", an interview's "Q : ..." and "R : ..." announced or not), or a
# dialogue's dash before a capital ("– Oui, deux fois."); not a name and its quote, an interview's title ("M. Dupont :
# « Pourquoi je pars ? »").
_TURN = re.compile(
    rf"(?:\[\d{{1,2}}(?::\d{{2}}){{1,2}}\]\s*(?:{SPEAKER}|[A-ZÀ-Ý][A-ZÀ-Ý'’ -]*)\s*:|{SPEAKER}\s*[.:]"
    r"|(?:Question|Réponse|Q|R)\s*:|[–—-](?=\s+[A-ZÀ-Ý]))\s(?!\s*«)"
)
# A transcript's speaker in capitals before a dash or a colon, then a capital: "JULIE. – Et ça va durer ?", "ÉLODIE
# MARTIN : Et les rendements ?" (group 1, the speaker); a turn only when a speaker opens two lines at least (see
# `spoken_lines`): a page's rubrics ("ÉDITO : Faut-il ... ?", "MÉTÉO : Va-t-il ... ?") and briefs' places ("BREST. –
# ...") name each their own line.
_CAPITALS_TURN = re.compile(r"([A-ZÀ-Ý]{2}[A-ZÀ-Ý'’-]*(?:\s[A-ZÀ-Ý]{2}[A-ZÀ-Ý'’-]*){0,2})(?:\.\s[–—]|\s?:)\s+[A-ZÀ-Ý]")


def ends_a_sentence(body: str, directed: bool = False) -> bool:
    """Ends on a stop (or a colon, a semicolon, a comma); `directed`, a turn of speech's line, maybe before a
    stage direction in brackets ("... 7 € ! [Brouhaha]"; a caption's "... en 1985. (Archives X)" is no turn)."""
    if body.rstrip("»\"') ]").endswith((".", "!", "?", "…", ":", ";", ",")) or ends_on_an_emoticon(body):
        return True
    bracket = directed and _TRAILING_BRACKET.search(body)
    return bool(bracket) and body[: bracket.start()].rstrip("»\"') ]").endswith((".", "!", "?", "…"))


def spoken_lines(bodies: list[str], kinds: list[str]) -> set[int]:
    """A dialogue's or a record's lines: those opening on a turn (a speaker's label, a dialogue's dash)
    and ending a sentence, two at least, and the stage directions in brackets alone on their lines
    ("[Bruit de pas à l'étage]", "(Rires)"). They are prose, never headings nor the headline: "– Encore
    ?" is a line of a film, "Question : Où étiez-vous ?" one of a hearing's record, "CLARA. – Encore ?" one of a
    transcript's when CLARA (or another) opens another line."""
    lines = [
        index
        for index, body in enumerate(bodies)
        if kinds[index] != "boilerplate" and ends_a_sentence(body, directed=True)
    ]
    turns = {index for index in lines if _TURN.match(bodies[index])}
    speakers = {index: match.group(1) for index in lines if (match := _CAPITALS_TURN.match(bodies[index]))}
    if max(Counter(speakers.values()).values(), default=0) >= 2:
        turns |= set(speakers)
    if len(turns) < 2:
        return set()
    directions = {index for index, body in enumerate(bodies) if _STAGE_DIRECTION.fullmatch(body)}
    return turns | {index for index in directions if kinds[index] != "boilerplate"}


def prose_kind(body: str) -> str:
    # a post written without capitals leaves its last sentence without a stop ("quelqu'un a déjà eu ça ?
    # merci d'avance"): prose when it opens in lower case and holds two sentences
    ends_sentence = ends_a_sentence(body) or body[:1].islower() and len(split_sentences(body)) >= 2
    if not ends_sentence and len(body.split()) <= HEADING_MAX_WORDS and len(body) <= HEADING_MAX_CHARS:
        return "heading"
    if is_short_question(body):
        return "heading"  # "Où voir ce film ?", "Agriculture : la fin des fermes ?": a title, a link, a prompt
    if _QUOTE_TITLE.match(body) and len(body.split()) <= HEADING_MAX_WORDS and len(split_sentences(body)) == 1:
        return "heading"
    return "paragraph"


def is_short_question(body: str) -> bool:
    return body.endswith("?") and len(body.split()) <= QUESTION_MAX_WORDS and len(split_sentences(body)) == 1


def is_title_sentence(body: str, kind: str) -> bool:
    """A headline that is a question or a quotation, one sentence: "Pourquoi la neige se fait-elle
    rare ?", "« Pourquoi fermer le guichet de la gare ? »" (a readers' letter's title)."""
    if kind != "paragraph" or len(body.split()) > HEADING_MAX_WORDS or len(body) > HEADING_MAX_CHARS:
        return False
    quoted = body.startswith("«") and body.endswith("»") and body.count("«") == 1
    return (body.endswith("?") or quoted) and len(split_sentences(body)) == 1


def interview_questions(bodies: list[str], kinds: list[str]) -> list[int]:
    """An interview's (or a leaflet's) questions: one-line questions between paragraphs, each
    answered by the one under it, two at least (a list of linked questions is no interview), and
    an interview announced before them ("entretien", "Rencontre.") or someone spoken to or speaking:
    a question says "vous", the text after the first says "je" or "nous" outside quotes, or the
    questions are numbered (a news article's questions as crossheads stay headings).
    Title-shaped, they would otherwise read as headings and the first as the headline; the first
    stays a possible headline when no paragraph of some length comes before it and no number opens
    it ("1. Qu'est-ce que ... ?")."""
    asked = [
        index
        for index in range(len(bodies) - 1)
        if kinds[index + 1] == "paragraph"
        and ((index and kinds[index - 1] == "paragraph") or _NUMBERED.match(bodies[index]))
        and _is_asked(bodies[index], kinds[index], bodies[index + 1])
    ]
    if len(asked) < 2:
        return []
    announced = any(_ANNOUNCED.search(body) for body in bodies[: min(asked[0], _ANNOUNCED_WITHIN)])
    if not announced and not _is_dialogue([bodies[index] for index in asked], bodies[asked[0] + 1 : asked[-1] + 2]):
        return []
    first = asked[0]
    prose_before = any(
        kinds[index] == "paragraph" and len(bodies[index].split()) >= BODY_MIN_WORDS for index in range(first)
    )
    return asked if prose_before or _NUMBERED.match(bodies[first]) else asked[1:]


def _is_dialogue(questions: list[str], answers: list[str]) -> bool:
    """Numbered questions, one saying "vous", or "je" or "nous" in the answers (the text from the
    first question to the last's answer), outside quotes."""
    return any(_NUMBERED.match(question) or _SECOND_PERSON.search(question) for question in questions) or any(
        _speaks_for_oneself(body) for body in answers
    )


def _speaks_for_oneself(body: str) -> bool:
    """ "je", "nous" outside quotes: the one interviewed answering."""
    return bool(_FIRST_PERSON.search(_QUOTED.sub("", body)))


def _is_asked(body: str, kind: str, answer: str) -> bool:
    """A question line: title-shaped, or a question to "vous" that a chrome rule took for the site
    asking its reader ("Vous attendiez-vous à cette étoile ?") when the answer under it says "je"."""
    if kind == "boilerplate":
        return _speaks_for_oneself(answer) and is_title_sentence(body, "paragraph") and body.endswith("?")
    return (kind == "heading" and is_short_question(body)) or (
        kind == "paragraph" and is_title_sentence(body, kind) and body.endswith("?")
    )
