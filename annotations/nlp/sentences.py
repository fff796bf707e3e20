"""Sentences, split by rules on the normalised text (no model needed).

A sentence ends at . ! ? or an ellipsis, followed by any closing quotes or brackets,
then white space and something that can open a sentence (a capital, a digit, an opening quote,
a dash, or a brand written "iPhone"). French typography is respected: "? »." ends one sentence;
"M. Dupont", "E. Macron", "p. 12", "XIXe s.", "av. J.-C." and "3.2" or "1,5" do not end any,
nor does a list's number opening a line ("1. Qu'est-ce que ... ?"); an initial or an acronym
does end one before a word that only opens a sentence ("... vers les U.S.A. Les ...", but
"J.-M. Le Pen"), and an acronym after an article before any determiner ("... aux U.S.A. Le ...", but
"de J.M.G. Le Clézio"); a century's "s." ends one before any capital ("... au XIXe s. Une ..."), a
dateline's town none ("BREST. – Un chalutier ..."), an era before any capital unless the sentence so
far is only its date ("... en 300 av. J.-C. La ville ...", but "En 52 av. J.-C. César ..."); a reference ("cf.", "éd.") ends
none ("cf. Les Échos"); a month's after its day ends one before any capital ("jusqu'au 24 déc.
Ouvert ..."); a capitalised abbreviation inside a sentence ends it only before a
determiner ("au 12 Av. Jean-Jaurès", but "... le centre d'Art. Le ..."); a question mark followed by a lower case word
("pourquoi ? parce que") does not end one either, but in a text written without capitals (below).

Labels opening a block end nothing: a speaker's in a debate's record ("M. le président. – Quel est
...", "Mme Claire Moutet, ministre. Madame la députée, ...": the claim keeps its speaker), an
article's ("Art. 1er. – La circulation ..."), a dateline's, a live blog's time ("22 h 10. Résultats
..."), in a column of local briefs a town's ("Josselin. La médiathèque ...") and a story's dateline not
in capitals, a town no common word ("Roanne. Pas de hausse ...", not "Stupeur. Les ..."). A stage direction
in brackets opening a sentence ends it before a capital ("[Silence] C'est usant."), and its dash joins its
parts ("(Applaudissements à gauche. – Bruit à droite.)"). Ranks in a run of figures end nothing, also after
an omission before a figure ("Classement : 1. Paris SG, 36 pts ; … 18. Metz"), nor an anonymised name ("M. A... B...").
A text written without capitals (a forum's post: opening in lower case, "!!!" before lower case, an
emoticon, or full words closed by a stop before lower case) ends its sentences before lower case too
("... pas de pression. regarde ..."; not after an abbreviation, an ellipsis, a quote or inside
brackets), and an emoticon ends one before a new clause ("... détendeurs) ;) sinon ...").
"""

import re
from collections.abc import Callable

from annotations.nlp.dates.lexicon import MONTH
from annotations.nlp.lexicon import words

# What may end a sentence: a stop, a bracket closing a stage direction, an emoticon or an emoji (one
# character class, read fast; an emoticon, ":(", ";-)", "^^", after a space, is checked on the spot).
_EMOTICON_SHAPE = r"(?:[:;][-']?[()/\\|DPp]|\^\^|<3)"
_EMOJI = r"\U0001F300-\U0001FAFF"  # a range of a character class
_TERMINAL = re.compile(rf"[.!?…)\]:;^<{_EMOJI}]")
_EMOTICON = re.compile(rf"{_EMOTICON_SHAPE}(?!\S)")
# What may follow the terminal mark inside the same sentence: more marks, closing quotes and
# brackets (a French closing » comes after a space).
_SENTENCE_TAIL = re.compile(r"(?:[.!?…]+|[ ]*»|[\"')\]])*")
_OPENS_SENTENCE = re.compile(r"[^\W\d_]|\d|[«\"'(\[—–-]")
# Abbreviations that end a sentence only before a word that opens one: references before a number.
_ABBREVIATIONS = words(
    "Cie Ets Vve Jr Sr p pp art arts chap fig vol n no nº cf env av apr éd coll réf tél bd boul ex hab vs resp dir "
    "trad préf rééd augm suppl ibid op cit th janv févr avr juil sept oct nov déc"
)
# Titles before a name: whatever follows them is the name ("M. Le Guen").
_TITLES = words(
    "M MM Mme Mmes Mlle Mlles Dr Drs Dre Pr Pre Me Mgr St Ste Sts Stes Gal Gén Cdt Col Lt Sgt Prof Mr Mrs Ms"
)
# Words that open a sentence and are no one's name: after an initial or an acronym, a new sentence.
_SENTENCE_OPENERS = words(
    "Il Ils Elle Elles On Nous Vous Je Tu Ce Cet Cette Ces Cela Ceci Ça Les Leur Leurs Son Sa Ses Mais Selon "
    "Depuis Pourtant Ainsi Puis Alors Enfin Cependant Aujourd'hui En Dans Pour Après Lors Quant Celui-ci Celle-ci "
    "Ceux-ci Celles-ci Se Tous Toutes Chacun Chacune Aucun Aucune"
)
_OPENER_ELISIONS = ("C'", "C’", "Qu'", "Qu’", "S'", "S’")  # "J.-C. C'est ...", "... U.S.A. Qu'il ..."
_DETERMINERS = words("Le La Les L' Un Une Des Ce Cet Cette Ces Il Elle Ils Elles")
# Abbreviations that point to a work or a person: a capital after them is that name ("cf. Les Échos").
_REFERENCES = words("cf éd coll dir trad réf ibid")
_LAST_WORD = re.compile(r"[^\s«\"'(\[]*$")
# A letter that names a building, a room or a group, not a person: "au 2e étage du bâtiment C. Le chantier".
_DESIGNATED = re.compile(
    r"\b(?:bâtiment|bloc|hall|salle|porte|aile|escalier|terminal|pavillon|annexe|zone|lot|groupe|poule|"
    r"catégorie|classe|niveau|tribune|voie|quai|ligne|plan|type|série|option|vitamine)\s+[A-Z]$"
)
_ACRONYM = re.compile(r"(?:[^\W\d_]\.-?)+[^\W\d_]")  # U.S.A, J.-C
_CENTURY_BEFORE = re.compile(r"\b(?:\d+|[IVXLC]+)e\s+s$")  # "XIXe s."
# An acronym of three letters or more after an article, or after "en" or "au", names a body or a
# country, never a person by initials: "... aux U.S.A. Le précédent ...", "de la S.N.C.F. Un ...", "...
# en R.D.C. Le ...", "... aux C.F.F. « Nous ..." (not "de J.M.G. Le Clézio").
_ACRONYM_AFTER_ARTICLE = re.compile(r"\b(?:[Ll]es?|[Ll]a|[Aa]ux?|[Dd]u|[Dd]es|[Ee]n|[Ll]['’])\s*(?:[A-Z]\.){2,}[A-Z]$")
_ERA = re.compile(r"\b(?:av|apr?)\.\s+J\.-C$")  # "300 av. J.-C.", "IIe s. ap. J.-C.": no initials, a year's end
_ERA_NEXT = re.compile(r"J\.-C\b")  # after "av.", "ap.", "apr.": not "l'AP. Trois blessés"
# A sentence that is so far only the era's date, opened by a preposition: "En 52 av. J.-C.", "Vers l'an
# 300 av. J.-C." (not "C'était en 52 av. J.-C.", nor a dateline, "Rome, 44 av. J.-C.").
_ERA_DATE_ONLY = re.compile(r"\s*(?:En|Vers|Dès|Depuis|Au|L'an|Dans l'an)\s+(?:l'an\s+)?\d+\s+(?:av|apr?)\.\s+J\.-C$")
# A list's number: "1. Qu'est-ce que ... ?" (see `_opens_list_item`).
_LIST_NUMBER = re.compile(r"(?:\s*\n)?[ \t]*(?:\d{1,2}|[IVX]{1,4})$")
_BRAND = re.compile(r"[a-z][A-Z]")  # "iPhone", "eBay" open a sentence in lower case
# A dateline's town in capitals, one to four words, and maybe its agency or country in brackets
# (place_names reads the town; here, before its full stop and dash, "BREST. – Un chalutier ...",
# "SAINT-LOUIS (Sénégal). – Les pêcheurs ...", it ends no sentence).
DATELINE_TOWN = r"[A-ZÀ-Ý][A-ZÀ-Ý'’]*(?:[ -][A-ZÀ-Ý][A-ZÀ-Ý'’]*){0,3}"
DATELINE_AGENCY = r"(?:\s*\([^()\n]{1,40}\))?"
_DATELINE_TOWN = re.compile(rf"\s*{DATELINE_TOWN}{DATELINE_AGENCY}")
# A speaker's label in a debate's record: a title, then a name, in capitals or not, or an office with its
# complement ("M. le président", "Mme la ministre de la santé", "M. LE COMTE DE LA ROCHE-VERNAY"), maybe a
# role after a comma ("Mme Claire Moutet, ministre de la santé"); "M. Dupont a dit" is no label.
_NAME_WORD = r"[A-ZÀ-Ý][\w'’-]*"
_OFFICE = (
    r"(?:le|la|l['’])\s*[a-zà-ÿ-]+(?:\s+(?:général|générale|délégué|déléguée))?"
    r"(?:\s+(?:de\s+la|de\s+l['’]|de|du|des|d['’])\s*[\w'’-]+){0,3}"
)
SPEAKER = (
    rf"(?:M\.|MM\.|Mmes?|Mlles?)\s+(?:{_OFFICE}|{_NAME_WORD}(?:\s+(?:(?:de|du|des|d['’])\s*)?{_NAME_WORD}){{0,5}})"
    r"(?:,\s+[^.!?;:«»()\n]{1,90})?"
)
_SPEAKER = re.compile(rf"\s*{SPEAKER}")
_SPEAKER_TURN = re.compile(rf"\s*{SPEAKER}\.(?:\s+[–—-])?\s+[A-ZÀ-Ý«]")
# An article's label: "Art. 1er", "Article 12", "ARTICLE 3", "« Art. L. 127-1".
_ARTICLE = re.compile(r"\s*(?:«\s*)?(?:Art(?:icle|\.)|ARTICLE|ART\.)\s*(?:[A-Z]\.\s*)?\d+(?:er|e)?(?:[-–]\d+)*")
# A live blog's time and its full stop opening a block: "22 h 10. Résultats définitifs : ...".
_TIME_LABEL = re.compile(r"\s*\d{1,2}\s?[hH:]\s?\d{2}")
# A brief's town and its full stop opening a block, in a column of briefs (`opens_on_a_place`):
# "Ploërmel. L'Établissement français du sang ...", "La Gacilly. Le festival ..." (the claim keeps its place).
_PLACE_TURN = re.compile(r"\s*((?:(?:Le|La|Les|L['’])\s?)?[A-ZÀ-Ý][a-zà-ÿ'’]+(?:-[\w'’]+)*)\.\s+[A-ZÀ-Ý«]")
# A story's dateline not in capitals opening a block, a town of one to four words, maybe its date and its
# department, country or agency in brackets, its full stop, maybe a dash (`opens_on_a_dateline`): "Roanne.
# Pas de hausse ...", "Val d'Isère. Le slalom ...", "Zurich (ATS). Les glaciers ...", "Saint-Malo
# (Ille-et-Vilaine). – Fermé ...", "Kinshasa, 11 nov. (ACP). – Le pont ..." (the claim keeps its place).
_TOWN_WORD = r"[A-ZÀ-Ý][a-zà-ÿ]+(?:-[\w'’]+)*"  # "Roanne", "Saint-Malo", "Villeneuve-d'Ascq" (not "L'eau")
_TOWN = rf"(?:(?:Le|La|Les|L['’])\s?)?{_TOWN_WORD}(?:\s(?:(?:d['’]|de |sur |en |la |le )?{_TOWN_WORD})){{0,3}}"
DISPATCH_DAY = rf",\s*(?:1er|\d{{1,2}})\s+{MONTH}(?:\s\d{{4}})?"  # ", 11 nov.", ", 15 août", ", 3 décembre 2026"
_DATELINE_LABEL = re.compile(rf"\s*({_TOWN})({DISPATCH_DAY})?(\s*\([^()\n]{{1,40}}\))?\.(?=(?:\s+[–—-])?\s+[A-ZÀ-Ý«])")
# One-word answers and connectives, which a full stop makes a sentence of their own: "Non. Je n'y crois pas."
_ONE_WORD_SENTENCES = words(
    "Oui Non Si Bref Bien Voilà Merci Exact Exactement Absolument Jamais Pourquoi Certes Enfin Alors Puis "
    "Ensuite Bravo Dommage Évidemment Vrai Faux Rien Personne Aucun Aucune Stop Silence Attention Soit Parfait "
    "Justement Effectivement Certainement Sûrement Toujours Rarement Souvent Ici Voici Désolé Désolée Pardon"
)
# A day and a month's abbreviation: "jusqu'au 24 déc." ends its sentence before a capital ("... Ouvert tous ...").
_DAY_AND_MONTH = re.compile(r"\b\d{1,2}(?:er)?\s+(?:janv|févr|fév|avr|juil|sept|oct|nov|déc)$")
# An anonymised name: "M. A... B..." (not "Et puis... Bref.").
_ANONYMISED = re.compile(r"(?<![\w.])[A-Z]$")
_ANONYMISED_NEXT = re.compile(r"[A-Z](?:\.\.\.|…)")
# A stop before lower case: in prose, an abbreviation's ("env. la moitié"); in a post, maybe a new clause.
_LOWER_AFTER_STOP = re.compile(r"[.!?]\)?\s+[a-zà-ÿ]")
_EMOTICON_OR_EMOJI = re.compile(rf"(?<!\S){_EMOTICON_SHAPE}(?!\S)|[{_EMOJI}]")
# A rank in a run of figures, maybe after an omission: "Classement : 1. Paris SG, 36 pts ; 2. Lyon, 31 pts ; …
# 18. Metz, 9 pts".
_RANK = re.compile(r"[:;]\s+((?:…|\.\.\.)\s+)?(\d{1,2})$")
# An omission in a run, an ellipsis alone after a comma or a semicolon before a figure: "; … 18. Metz"
_OMISSION = re.compile(r"[,;]\s+$")
_WORDS = re.compile(r"[^\W\d_]{3,}")
_WORD_BEFORE = re.compile(r"([^\W\d_]+)\)?$")


def split_sentences(
    text: str,
    start: int = 0,
    end: int | None = None,
    turns: bool = False,
    briefs: bool = False,
    dateline: bool = False,
) -> list[tuple[int, int]]:
    """(start, end) of each sentence of text[start:end], without surrounding white space.

    `turns`: the text is a debate's record, its blocks opening on speakers' labels, so a label with
    no dash after it ("M. le président. La parole est à ...") ends nothing either. `briefs`: the text
    is a column of briefs, its blocks opening on their towns ("Josselin. La médiathèque ..."). `dateline`:
    the block opens on a story's dateline (`opens_on_a_dateline`)."""
    end = len(text) if end is None else end
    casual = _Casual(text, start, end)
    spans, sentence_start, position = [], start, start
    while match := _TERMINAL.search(text, position, end):
        mark = match.start()
        if text[mark] in ")]":  # a stage direction's closing bracket: "[Silence] C'est usant."
            position = mark + 1
            if _closes_a_stage_direction(text, sentence_start, mark):
                spans.append((sentence_start, position))
                sentence_start = position
            continue
        boundary = position = _boundary(text, match, end)
        if boundary == mark:  # a colon or a semicolon, no emoticon's
            position = mark + 1
            continue
        label = sentence_start == start and _is_a_label(text, start, mark, boundary, turns, briefs, dateline)
        if (
            not label
            and _ends_sentence(text, sentence_start, mark, boundary, end, casual)
            and not _opens_list_item(text, start, sentence_start, mark)
            and not _is_a_rank(text, start, mark, end)
        ):
            spans.append((sentence_start, boundary))
            sentence_start = boundary
    spans.append((sentence_start, end))
    return [span for span in (strip_span(text, s, e) for s, e in spans) if span[0] < span[1]]


def _boundary(text: str, match: re.Match, end: int) -> int:
    """Where the sentence ending at `match` would end: after its tail of marks, quotes and brackets, or
    its emoticon ("... détendeurs) ;)"); at the mark itself for a colon or a semicolon that is none."""
    mark = match.start()
    if text[mark] in ":;^<":
        emoticon = None if mark and not text[mark - 1].isspace() else _EMOTICON.match(text, mark, end)
        return emoticon.end() if emoticon else mark
    return max(_SENTENCE_TAIL.match(text, mark, end).end(), match.end())


class _Casual:
    """Whether a block is written without capitals (`_is_casual`), read once and only when a stop comes
    before lower case: most blocks never need it."""

    def __init__(self, text: str, start: int, end: int):
        self.text, self.start, self.end, self.value = text, start, end, None

    def __call__(self) -> bool:
        if self.value is None:
            self.value = _is_casual(self.text, self.start, self.end)
        return self.value


def opens_on_a_speaker(text: str, start: int, end: int) -> bool:
    """A block opening on a speaker's label and its full stop: "M. le président. La parole est à ..."."""
    return bool(_SPEAKER_TURN.match(text, start, end))


def ends_on_an_emoticon(line: str) -> bool:
    """An emoticon closes its line's last sentence as a stop would: "... avec les horaires habituels ;-)"."""
    emoticon = _EMOTICON.search(line, max(0, len(line) - 4))
    return (
        bool(emoticon) and emoticon.end() == len(line) and emoticon.start() > 0 and line[emoticon.start() - 1].isspace()
    )


def opens_on_a_place(text: str, start: int, end: int) -> bool:
    """A block opening on a town and its full stop, a brief's: "Mauron. Le club des aînés ..." (not a
    one-word answer, "Non. Je n'y crois pas.")."""
    place = _PLACE_TURN.match(text, start, end)
    return bool(place) and place[1] not in _ONE_WORD_SENTENCES


def opens_on_a_dateline(text: str, start: int, end: int, is_word: Callable[[str], bool]) -> bool:
    """A block opening on a story's dateline not in capitals: "Roanne. Pas de hausse ...", "Zurich (ATS).
    Les glaciers ..."; a single word alone must be no common word's (`is_word`: "Stupeur. Les
    habitants ...", "Lundi. Le conseil ...") nor a one-word answer's ("Non. Je n'y crois pas.")."""
    label = _DATELINE_LABEL.match(text, start, end)
    if not label:
        return False
    town = label[1]
    alone = not (label[2] or label[3] or re.search(r"[ -]|['’][A-ZÀ-Ý]", town))
    return not (alone and (town in _ONE_WORD_SENTENCES or is_word(town)))


def is_a_record(text: str, blocks: list) -> bool:
    """A debate's record: its prose blocks open on a speaker's label ("M. le président. La parole est à
    ..."); a news story with a paragraph or two opening on "M. Dupont." is none."""
    return _mostly_opening_on(opens_on_a_speaker, text, blocks)


def is_a_column_of_briefs(text: str, blocks: list) -> bool:
    """A column of local briefs: its prose blocks open on a town and its full stop ("Josselin. La
    médiathèque sera fermée ..."); a story with one paragraph so opened is none."""
    return _mostly_opening_on(opens_on_a_place, text, blocks)


def _mostly_opening_on(opens, text: str, blocks: list) -> bool:
    """Whether two prose blocks at least, and half of them, open as `opens(text, start, end)` says."""
    prose = [block for block in blocks if block.yields_claims]
    opening = sum(opens(text, block.start, block.end) for block in prose)
    return opening >= 2 and 2 * opening >= len(prose)


def _opens_list_item(text: str, start: int, sentence_start: int, mark: int) -> bool:
    """A list's number: opening the block or a line, or inline ("trois mesures : 1. La gratuité. 2.
    La hausse ..."), but not after a question, where it answers ("Combien ? 24. Le conseil ...")."""
    number = _LIST_NUMBER.fullmatch(text, sentence_start, mark)
    if not number:
        return False
    return sentence_start == start or "\n" in number.group(0) or not text[start:sentence_start].rstrip().endswith("?")


def _is_a_rank(text: str, start: int, mark: int, end: int) -> bool:
    """A rank after a colon or a semicolon with the rank before or after it in the block, a run of
    figures: "Classement : 1. Paris SG, 36 pts ; 2. Lyon, 31 pts." (not "Bilan : 3. Le maire ...")."""
    rank = _RANK.search(text, max(start, mark - 10), mark)
    if text[mark] != "." or not rank:
        return False
    number, before = int(rank.group(2)), text[start : rank.start()]
    if rank.group(1):  # after an omission, any rank before it: "... ; 4. Lyon, 37 ; … 14. Metz, 11."
        return bool(re.search(r"[:;]\s+\d{1,2}\.\s", before))
    return bool(
        re.search(rf"[:;]\s+{number + 1}\.\s", text[mark:end]) or re.search(rf"[:;]\s+{number - 1}\.\s", before)
    )


def _is_a_label(
    text: str, start: int, mark: int, boundary: int, turns: bool, briefs: bool = False, dateline: bool = False
) -> bool:
    """A label and its full stop opening a block, then a dash: a dateline's town ("BREST. – Un chalutier
    ..."), an article's number ("Art. 1er. – La circulation ..."), a speaker's ("M. le président. – Quel
    est ..."); without the dash, a live blog's time ("22 h 10. Résultats ..."), in a debate's record a
    speaker's ("Mme Claire Moutet, ministre. Madame ..."), in a column of briefs a town's and, in a block
    opening on a story's dateline (`opens_on_a_dateline`), its town's ("Roanne. Pas de hausse ...")."""
    if text[mark] != ".":
        return False
    if dateline and (label := _DATELINE_LABEL.match(text, start)) and label.end() == mark + 1:
        return True
    if text[boundary : boundary + 8].lstrip().startswith(("–", "—", "- ")):
        labels = (_DATELINE_TOWN, _ARTICLE, _SPEAKER)
        return any(label.fullmatch(text, start, mark) for label in labels)
    if _TIME_LABEL.fullmatch(text, start, mark):
        return True
    if briefs and opens_on_a_place(text, start, len(text)) and text.find(".", start) == mark:
        return True
    return turns and bool(_SPEAKER.fullmatch(text, start, mark))


def _closes_a_stage_direction(text: str, sentence_start: int, mark: int) -> bool:
    """A bracket of words opening the sentence and closing before a capital: "[Silence] C'est usant.",
    "(Rires) Il reprend." (not "(a) La demande", nor a bracket inside a sentence)."""
    opened = strip_span(text, sentence_start, mark)[0]
    if text[opened] + text[mark] not in ("()", "[]"):
        return False
    inside = text[opened + 1 : mark]
    if any(bracket in inside for bracket in "()[]"):
        return False
    following = text[mark + 1 : mark + 3]
    return len(following) == 2 and following[0].isspace() and following[1].isupper() and bool(_WORDS.search(inside))


def _is_casual(text: str, start: int, end: int) -> bool:
    """Written without capitals: opening in lower case, "!!!" before lower case, an emoticon or an emoji,
    or two words at least closed by a full stop before lower case ("... pas de pression. regarde ...")."""
    opening = text[start : start + 2].lstrip()
    if opening[:1].islower() and not _BRAND.match(opening):
        return True
    words = 0
    for stop in _LOWER_AFTER_STOP.finditer(text, start, end):
        mark = stop.start()
        if text[mark] in "!?" and text[mark - 1] in "!?":
            return True  # "code erreur F28 !!! le matin ..."
        word = _WORD_BEFORE.search(text, max(start, mark - 30), mark) if text[mark] == "." else None
        words += bool(word) and len(word.group(1)) >= 4 and word.group(1).lower() not in _ABBREVIATIONS
    return words >= 2 or bool(_EMOTICON_OR_EMOJI.search(text, start, end))


def _inside_brackets(text: str, sentence_start: int, boundary: int) -> bool:
    sentence = text[sentence_start:boundary]
    return sentence.count("(") > sentence.count(")") or sentence.count("[") > sentence.count("]")


def _ends_sentence(
    text: str, sentence_start: int, mark: int, boundary: int, end: int, casual: Callable[[], bool] = bool
) -> bool:
    rest = text[boundary:end]
    following = rest.lstrip()
    if not following:
        return False  # the block's end closes the last sentence anyway
    if len(following) == len(rest) or not _OPENS_SENTENCE.match(following):
        return False  # no space after the mark (3.2, www.x.fr) or a lower-case continuation
    if following[0] in "–—-" and _inside_brackets(text, sentence_start, boundary):
        return False  # "(Applaudissements à gauche. – Bruit à droite.)"
    if following[0].isalpha() and not following[0].isupper() and not _BRAND.match(following):
        # in a text written without capitals, a new clause; a quote's incise ("« Encore ?! » s'est
        # exclamé ..."), an ellipsis's continuation and a bracket's inside go on
        ellipsis = text[mark] == "…" or text[mark : mark + 3] == "..."
        quoted = any(quote in text[mark:boundary] for quote in '»"')
        if ellipsis or quoted or _inside_brackets(text, sentence_start, boundary) or not casual():
            return False
    if text[mark] == "." and text[mark : mark + 3] != "...":
        return not _is_abbreviation(text[max(sentence_start, mark - 40) : mark], following)
    omission = following[0].isdigit() and _OMISSION.search(text, sentence_start, mark)
    if (text[mark] == "…" or text[mark : mark + 3] == "...") and omission:
        return False  # an omission in a run: "... 4. Lyon, 37 ; … 14. Metz, 11."
    if text[mark] == "…" or text[mark : mark + 3] == "...":
        return not (_ANONYMISED.search(text, max(sentence_start, mark - 2), mark) and _ANONYMISED_NEXT.match(following))
    return True


def _is_abbreviation(sentence: str, following: str) -> bool:
    """Whether the period ending `sentence` (the sentence so far, its last 40 characters at
    most) belongs to an abbreviation that does not end the sentence before `following`."""
    word = _LAST_WORD.search(sentence).group(0)
    if word in _TITLES or word.lower() in _REFERENCES or (word in ("av", "ap", "apr") and _ERA_NEXT.match(following)):
        return True
    initial = len(word) == 1 and word.isupper() and not _DESIGNATED.search(sentence)
    # Capitalised, an abbreviation too ("Art. 3 du code", "au 12 Av. Jean-Jaurès", "le No. 1"), unless
    # a determiner follows it inside a sentence: "le centre d'Art. Le vernissage ..." ends there.
    opener = following.split(maxsplit=1)[0].rstrip(",") if following.split() else ""
    opens = opener in _SENTENCE_OPENERS or opener.startswith(_OPENER_ELISIONS)
    determiner = (opener in _DETERMINERS or opener.startswith(("L'", "L’"))) and sentence.strip() != word
    abbreviated = word in _ABBREVIATIONS or (word.lower() in _ABBREVIATIONS and not determiner)
    if (_DAY_AND_MONTH.search(sentence) or _CENTURY_BEFORE.search(sentence)) and following[0].isupper():
        return False  # "... jusqu'au 24 déc. Ouvert tous les jours ...", "... démoli au XIXe s. Une partie ..."
    if (determiner or following.startswith(("«", '"'))) and _ACRONYM_AFTER_ARTICLE.search(sentence):
        return False  # "... aux U.S.A. Le précédent ...", "... de la S.N.C.F. « Nous ..."
    if _ERA.search(sentence):
        return not following[0].isupper() or (bool(_ERA_DATE_ONLY.fullmatch(sentence)) and not opens)
    if not (abbreviated or initial or _ACRONYM.fullmatch(word) or _CENTURY_BEFORE.search(sentence)):
        return False
    # ... "vers les U.S.A. Les ..." ends there; a quote opening after an initial too.
    if opens:
        return False
    return not (initial and following.startswith(("«", '"')))


def strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
