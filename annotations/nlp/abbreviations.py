"""Abbreviations, titles, initials and acronyms: whether the full stop closing one ends its sentence.

`sentences.py` asks `is_abbreviation` about every full stop after a word: "M. Dupont", "E. Macron",
"p. 12", "XIXe s.", "av. J.-C." end nothing; an initial or an acronym does end one before a word that
only opens a sentence ("... vers les U.S.A. Les ...", but "J.-M. Le Pen"), and an acronym after an
article before any determiner ("... aux U.S.A. Le ...", but "de J.M.G. Le Clézio"); a century's "s."
ends one before any capital ("... au XIXe s. Une ..."), an era before any capital unless the sentence
so far is only its date ("... en 300 av. J.-C. La ville ...", but "En 52 av. J.-C. César ..."); a
reference ("cf.", "éd.") ends none ("cf. Les Échos"); a month's ends one before any capital, after its day or
without ("jusqu'au 24 déc. Ouvert ...", "fin oct. Marie ...", "six jours sur sept. Derrière ...", "au XIXe s. Œuvre de ..."), not before a quote, which opens a
title as often as a sentence ("le 18 nov. « Le Monde » révélait ..."); "c.-à-d."
goes on before a figure ("c.-à-d. 3 g par jour"); a capitalised abbreviation inside a sentence ends it
only before a determiner ("au 12 Av. Jean-Jaurès", but "... le centre d'Art. Le ..."); "env." and "hab." after
their figure end one before any capital ("jusqu'à 10 h env. Des cars ..."), and a minimum or a maximum goes on
before its figure ("Min. 6 °C, max. 11 °C"), unless it follows one ("15 € max. 3 billets ..."); a volume's "t." goes on before its numeral ("t. I, Lyon"), the
tonnes after their figure do not ("12 t. Le ..."); a work's dimensions go on before their measure ("h. 54 cm ; l. 73
cm"), a weekday's abbreviation before its day and month ("Sam. 16 janvier"); small ads' abbreviations are read in `_in_a_small_ad`.
"""

import re

from annotations.nlp.lexicon import words

# Abbreviations that end a sentence only before a word that opens one: references before a number.
ABBREVIATIONS = words(
    "Cie Ets Vve Jr Sr p pp art arts chap fig vol n no nº cf env av apr éd coll réf tél bd boul ex hab vs resp dir "
    "trad préf rééd augm suppl ibid op cit th janv févr fév avr juil juill sept oct nov déc "
    # a citation's parts before their number or numeral ("art. 49 al. 3", "art. 8 ch. 2", "liv. XIV, chap. 8")
    # and the Swiss franc before its amount ("Fr. 0.99/min.", "1'800 fr. de prime")
    "al ch liv fr "
    # a tide's coefficient and a museum's inventory number before theirs ("(coef. 95)", "(inv. RF 1965-14)"; before
    # another capital they end, see `_before_its_number`)
    "coef coeff inv "
    # a quarter, a category, a square, a university and experience before their figure, letter or name ("au 1er
    # trim. 2027", "(cat. C, temps complet)", "pl. Charles-Albert", "(univ. Félix-Houphouët-Boigny)", "Exp. 2 ans";
    # a quarter and experience before another capital end, see `_before_its_number`), a race's group before its
    # numeral ("Gr. II"; in lower case, "gr." may be the grams closing a sentence)
    "trim cat pl univ Gr exp "
    # "c'est-à-dire" before what it restates, a figure too ("c.-à-d. 3 g par jour")
    "c.-à-d"
)
# Titles before a name: whatever follows them is the name ("M. Le Guen").
_TITLES = words(
    "M MM Mme Mmes Mlle Mlles Dr Drs Dre Pr Pre Me Mgr St Ste Sts Stes Gal Gén Cdt Col Lt Sgt Prof Mr Mrs Ms "
    # a body's kind before its name, in a case's citation: "(CE, 9 juill. 2003, Assoc. Les Amis de ..., Rec.)"
    "Assoc Sté Synd"
)
# First names shortened to two letters or three, initials as a single capital is: "Ph. Martin", "Ch. Dupont",
# "Th. Roux", and the doctorate, "Marie Tremblay, Ph. D., chercheuse".
_DIGRAPH_INITIALS = words("Ch Chr Ph Th")
# A capital after a number is its unit, no one's initial: "Les Chinois payaient 350 F. Pourquoi ...".
_UNIT_LETTER = re.compile(r"\d\s?[A-Z]$")
# A law's or a code's abbreviation, capitalised and without a vowel, closing a citation: "art. 26 Cst.",
# "art. 1240 C. civ.", "art. 221-1 CP"; a bracket opening in lower case after it goes on ("(garantie ...)").
_CODE = re.compile(r"[A-Z][^\W\daeiouyàâäéèêëîïôöùûü]{0,4}")
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
# A day and a month's abbreviation: "jusqu'au 24 déc." ends its sentence before a capital ("... Ouvert tous ...").
_DAY_AND_MONTH = re.compile(r"\b\d{1,2}(?:er)?\s+(?:janv|févr|fév|avr|juill?|sept|oct|nov|déc)$")
# A month's abbreviation without its day ends its sentence before a capital too, as nothing but a year follows it
# inside one: "... jusqu'à fin oct. Les ...", and "sept." is as often the number: "six jours sur sept. Derrière ...".
_MONTHS = words("janv févr fév avr juil juill sept oct nov déc")
# "env." or "hab." after its figure (and unit) closes it, as a month after its day: "jusqu'à 10 h env. Des cars
# ...", "12 000 hab. Le maire ..." (before its figure, "env. 300 m", it opens one).
# So do a small ad's charges after their amount: "520 € + 30 € ch. Tél. ...", and the Swiss franc after its amount
# ("coûte 400 fr. Le Conseil ..."; before lower case it goes on, "1'800 fr. de prime").
# The franc after a scale's word too: "un budget de 4,2 mio de fr. Le projet ...".
_AFTER_ITS_FIGURE = re.compile(r"\d\s?(?:[^\W\d_]{1,3}\s(?:de\s)?|[€$£]\s)?(?:env|hab|ch|fr)$")
# ... but an amount's tax goes on after it, capitals as it is: "20 fr. TTC par mois", "1'200 fr. HT".
_TAX_NEXT = re.compile(r"(?:TTC|HTVA|HT|TVAC|TVA)\b")
# A grade after its label, a single capital, before a figure: "DPE : E. 168 000 €" (no one's initial: an initial
# comes before a name).
_GRADE = re.compile(r":\s[A-G]$")
# "env." for the surroundings, a noun after "et" or a determiner ("secteur Landivisiau et env."), not "environ"
# before its amount ("env. CHF 3,2 mio").
_SURROUNDINGS = re.compile(r"\b(?:et|ses|les|leurs|aux|des)\s+env$")
# A minimum or a maximum goes on before its figure, "Min. 6 °C, max. -2 °C"; not one that qualifies the figure
# before it ("15 € max. 3 billets par personne", "40 minutes au max. 12 questions ..."), nor the minutes after
# theirs ("la pause a duré 10 min. 2 joueurs sont sortis").
_AFTER_A_FIGURE = re.compile(r"(?:\d\s?(?:[^\s\d,;:]{1,4}\s)?|\bau\s)m(?:in|ax)$", re.I)
_FIGURE = re.compile(r"[-–−+]?\s?\d")
# A volume's "t." before its numeral, "Histoire de Lyon, t. I, Lyon", "t. 2, p. 45"; not the tonnes after their
# figure ("un camion de 12 t. Le chauffeur ...").
_VOLUME_NUMERAL = re.compile(r"(?:[IVXLC]+|\d+)\b")
_TONNES = re.compile(r"\d\s?t$")
# A work's dimensions, height, width, length or diameter before their measure, opening the sentence or after a
# comma, a semicolon or a colon: "huile sur toile, h. 54 cm ; l. 73 cm"; not a time's "h." after its figure
# ("rendez-vous à 15 h. 54 personnes ...").
_DIMENSIONS = words("h l L H P diam ép haut larg long")
_DIMENSION_LEAD = re.compile(r"(?:^|[,;:(])\s*[^\s,;:(]+$")
_MEASURE = re.compile(r"\d+(?:[,.]\d+)?\s?(?:mm|cm|m)\b")
# A weekday's abbreviation before its day, in a programme's line: "Sam. 16 janvier, 14 h 30 : ...", "dim. 7 février",
# "du mar. 2 au sam. 6 mars", "les sam. 9 et 16 janv."
# (at a line's end, "Fermé le mar." ends its sentence before a capital as any word does).
_WEEKDAYS = words("lun mar mer jeu ven sam dim")
_DAY_NUMBER = re.compile(r"(?:1er|\d{1,2})\s(?:janv|févr|mars|avr|mai|juin|juil|août|sept|oct|nov|déc|au\s|et\s)")
# Where a weekday's abbreviation stands in a date: opening the sentence, after a punctuation mark, or after "le",
# "les", "du", "au", "ce", "et", "ou" ("jusqu'au dim. 7 février"); not a word or a name that ends a sentence before a
# timeline's date ("emportés par la mer. 14 juillet : ...", "Le chien s'appelait Sam. 12 mars : ...").
_WEEKDAY_LEAD = re.compile(r"(?:^|[,;:(–—-]|\b(?:[Ll]es?|[Dd]u|[Aa]u|[Cc]e|et|ou))\s*[^\s,;:(–—-]+$")
# A tide's coefficient or an inventory number after "coef." or "inv.": a figure, maybe after a collection's letters
# ("coef. 95", "inv. RF 1965-14"); before another capital, they end their sentence ("112 de coef. Plusieurs ...").
# So do a quarter before its year and experience before its years ("au 1er trim. 2027", "Exp. 2 ans"), closing
# their sentence before another capital ("au 3e trim. Bercy prévoit ...", "3 ans d'exp. Poste basé à Namur").
_NUMBERED = words("coef coeff inv trim exp")
_NUMBER_NEXT = re.compile(r"(?:[A-Z]{1,5}[\s.-]?)?\d")


def is_abbreviation(sentence: str, following: str) -> bool:
    """Whether the period ending `sentence` (the sentence so far, its last 40 characters at
    most) belongs to an abbreviation that does not end the sentence before `following`."""
    word = _LAST_WORD.search(sentence).group(0)
    if word in _TITLES or word.lower() in _REFERENCES or (word in ("av", "ap", "apr") and _ERA_NEXT.match(following)):
        return True
    if following.startswith("(") and following[1:2].islower() and _CODE.fullmatch(word):
        return True  # "Il invoque l'art. 26 Cst. (garantie de la propriété)."
    initial = (len(word) == 1 and word.isupper() or word in _DIGRAPH_INITIALS) and not _DESIGNATED.search(sentence)
    initial = initial and not _UNIT_LETTER.search(sentence)
    # Capitalised, an abbreviation too ("Art. 3 du code", "au 12 Av. Jean-Jaurès", "le No. 1"), unless
    # a determiner follows it inside a sentence: "le centre d'Art. Le vernissage ..." ends there.
    opener = (following.split(maxsplit=1) or [""])[0].rstrip(",")  # not split(): the whole rest of the block
    opens = opener in _SENTENCE_OPENERS or opener.startswith(_OPENER_ELISIONS)
    determiner = (opener in _DETERMINERS or opener.startswith(("L'", "L’"))) and sentence.strip() != word
    abbreviated = word in ABBREVIATIONS or (word.lower() in ABBREVIATIONS and not determiner)
    # A capital, not a quote: "le 18 nov. « Le Monde » révélait" goes on as often as a quote opens a sentence.
    capital = following[:1].isupper()
    if (numbered := _before_its_number(word, sentence, following)) is not None:
        return numbered
    if (small_ad := _in_a_small_ad(word, sentence, following)) is not None:
        return small_ad
    if word.lower() in ("min", "max") and _FIGURE.match(following) and not _AFTER_A_FIGURE.search(sentence):
        return True
    if capital and (
        _DAY_AND_MONTH.search(sentence)
        or word in _MONTHS
        or _CENTURY_BEFORE.search(sentence)
        or (_AFTER_ITS_FIGURE.search(sentence) and not _TAX_NEXT.match(following))
    ):
        return False  # "... jusqu'au 24 déc. Ouvert tous les jours ...", "... au XIXe s. Œuvre de ..."
    if (determiner or following.startswith(("«", '"'))) and _ACRONYM_AFTER_ARTICLE.search(sentence):
        return False  # "... aux U.S.A. Le précédent ...", "... de la S.N.C.F. « Nous ..."
    if _ERA.search(sentence):
        return not capital or (bool(_ERA_DATE_ONLY.fullmatch(sentence)) and not opens)
    if not (abbreviated or initial or _ACRONYM.fullmatch(word) or _CENTURY_BEFORE.search(sentence)):
        return False
    # ... "vers les U.S.A. Les ..." ends there; a quote opening after an initial too.
    if opens:
        return False
    return not (initial and following.startswith(("«", '"')))


def _before_its_number(word: str, sentence: str, following: str) -> bool | None:
    """Whether an abbreviation read before a number goes on, or None when `word` is none or no number follows: a
    volume's "t." ("t. I", not "12 t. Le ..."), a work's dimension ("h. 54 cm"), a weekday's in a date ("Sam. 16
    janvier"); "coef.", "inv.", "trim." and "exp." before their number go on anyway, before another capital they
    end ("... de coef. Plusieurs ...", "... au 3e trim. Bercy ...")."""
    if word == "t" and _VOLUME_NUMERAL.match(following) and not _TONNES.search(sentence):
        return True
    if word in _DIMENSIONS and _MEASURE.match(following) and _DIMENSION_LEAD.search(sentence):
        return True
    if word.lower() in _WEEKDAYS and _DAY_NUMBER.match(following) and _WEEKDAY_LEAD.search(sentence):
        return True
    if word.lower() in _NUMBERED and following[:1].isupper() and not _NUMBER_NEXT.match(following):
        return False
    return None


def _in_a_small_ad(word: str, sentence: str, following: str) -> bool | None:
    """Whether a small ad's abbreviation goes on, or None when `word` is none: "ap." before its figure goes on
    ("Tél. 06 ... (ap. 18 h)"; not "l'AP. Trois blessés"), "env." for the surroundings ends before a capital ("secteur
    Landivisiau et env. CESU acceptés."; before its amount, "env. CHF 3,2 mio", it goes on), and so does a grade after its
    label before a figure ("DPE : E. 168 000 €")."""
    if word == "ap" and following[:1].isdigit():
        return True
    if word == "env" and following[:1].isupper() and _SURROUNDINGS.search(sentence):
        return False
    if len(word) == 1 and following[:1].isdigit() and _GRADE.search(sentence):
        return False
    return None
