"""Site chrome of a copied web page, recognised line by line by general rules.

A page copied from a browser brings its chrome along: skip links and menus before the headline,
a consent banner, a breadcrumb, the byline, dates and reading time, photo credits, share buttons,
"lire aussi" links, a paywall prompt, comments, a newsletter box, footer links and a copyright
line. None of it is the article, so none of it may yield claims.

Line rules (`is_chrome`), on one stripped line; a long line is prose whatever words it holds,
except a consent or paywall notice, which is long prose about the site itself:
- a reading-time line ("3 min de lecture", "Lecture : 3 min"), a line of punctuation, time codes, a slide's
  counter or dates only ("00:00/04:52", "3 / 6", "le 13 janvier 2024 à 23:08"), a podcast's chapter or a
  transcript's speaker with its time code ("03:12 Qui sont les abeilles ?", "Anne Martin 00:03:12");
- a copyright, licence or usage line ("Reproduction interdite", "sous licence Creative Commons", "usage
  éditorial uniquement"); a photo caption ending on its credit ("... © ESA", "... PHOTO AFP",
  "... — J. Dupont / Agence", "... - M.D.": `captions`);
- a line carrying a phrase only site interfaces use (subscribe, log in, share, "lire aussi",
  newsletter, legal notices, comments), or made of one or two interface words ("Partager",
  "Menu", "Facebook"), or a short label ending with a colon ("Tags :", "Vous êtes ici :"), or a button
  showing or hiding part of the page ("Afficher la transcription"); a share box on its line ("Partager :
  Facebook · WhatsApp", "Partager par courriel"), tags ("Tags : Abidjan · Transports"), a counter ("148 vues"),
  a call for readers' testimonies ("Envoyez-nous vos photos") or an app's pitch ("... dans notre appli"): `page_widgets`;
- a publication line ("Publié le ...", "Mise à jour à 11h48") or a byline ("Par Jean Dupont",
  "Écrit par ...", "Par Anne Martin, juriste", "Relu par ...", "Texte : X", "Un podcast de X": `bylines`);
  a box's note ending on its update ("Taux moyens, hors assurance. Mis à jour le 14/04/2027.");
- a post embedded from a social network ("Message de @compte : « ... »");
- a notice about cookies, consent or the paywall (a consent banner in the site's "nous" and
  "vous" up to MAX_CONSENT_WORDS words: listing partners and purposes, it runs long);
- a media player's line with its duration ("Vidéo : ... Durée : 1 min 48"), an update notice or a
  timed post inside the body ("Mise à jour 8h05 : ...", "14h37 - Le club confirme ..."), a guest
  line under a show's title ("Avec Anne Martin, présidente de ..."); a short English line in French
  (`foreign_lines`);
- a breadcrumb: a line that opens with a navigation word (Home, Accueil) or repeats the next
  line's text at its end (the trail ends with the page title);
- the page speaking of itself ("Cet article vous a été utile ?", "Cet article est extrait du
  numéro de mars", "Cet entretien est paru dans le numéro 212", "Ce contenu est lu par une voix de
  synthèse", "Cette transcription a été générée automatiquement"), not "Cet article de loi ...";
- the site's own prose (`site_prose`): the site speaking to its reader or asking for support, a
  consent notice, a blocked player, a newsroom's standards, a journalist's or guest's bio, a book's
  reference line, a correction, affiliate or betting-ad notice, the rules for readers' letters, the
  site's tools or shows offered to the reader ("Notre modèle de lettre peut vous aider.");
- an affiliate product box: "Notre sélection de ...", a priced line above a buy button ("Je l'achète");
  a newsletter box's pitch, right above its e-mail field ("Votre adresse e-mail");
- a source or reference line ("Source : ...", "Avec les informations de X"), a chart's caption ("Graphique :"), initials
  ("M.L."), a video's credits ("Le reportage de X et Y.", "Reportage : X", "Intervenants : ..."), a caption naming
  who, where and when ("Jean Moreau, le 3 mars 2025, à Brest.", "Jean Moreau dans son atelier, le
  3 mars 2025."), a credit signed with initials ("... Photo : Gérard T.") or an illustration notice;
- a line of an item's practical box: its hours, prices, age limit, address or booking button
  (`info_boxes`: "Samedi de 10 h à 20 h", "Tarifs : de 12 à 18 €", "4, rue Haute", "Réserver").

Page rules (`segment._page_kinds` applies them): a line before the headline is chrome, and the
body starts at the first pair of paragraphs with a headline-shaped line above them; the headline
is the last candidate with its byline or publication line under it (`headline.find_headline`); on a
plain-text page, a short one-sentence line right after the standfirst's byline or date, or right above a
longer standfirst with its byline under it, is the lead photo's caption; the title-shaped lines and
questions right under a related label alone on its line ("Lire aussi") are its links, with their
one-sentence summaries, a table of contents' numbered entries and a player's one-sentence caption
under its play button are chrome (`page_lists`), and the question under a poll's label
("Sondage"); the title-shaped lines under a fact box's label ("Les chiffres clés", "Repères") and
those of a table copied as text (rows of a label and figures) end nothing; a marker of the article's end after the article started
(comments section or its label, readers' reviews' label, paywall cut, copyright line with its year, not a caption's, print-issue line,
a credits box, the site's other sections such as "Annonces légales", a newsletter's "Lire l'article sur le site", a
related-list label such as "Ces articles pourraient vous intéresser", an author box's "À propos de
l'autrice") makes the rest of the page
chrome; a run of three or more title-shaped lines is a link list (unless a long paragraph follows); a short line seen
earlier on the page is chrome.
"""

import re

from annotations.nlp.bylines import (
    WORD,
    dated_rubric,
    is_byline,
    is_date_line,
    is_long_byline,
    is_publication_line,
)
from annotations.nlp.captions import (
    ends_sentence,
    is_credited,
    is_signature_or_dated_caption,
)
from annotations.nlp.foreign_lines import is_foreign_interface
from annotations.nlp.info_boxes import is_booking_line, is_box_line
from annotations.nlp.lexicon import alone_on_a_line, words
from annotations.nlp.list_items import leads_in_a_list
from annotations.nlp.page_ends import (
    COMPARATIVE,
    ISSUE_LINE,
    MAX_CHROME_WORDS,
    READ_ALSO,
    is_bracketed_pointer,
    is_copyright,
    is_label_of_links,
)
from annotations.nlp.page_widgets import is_widget
from annotations.nlp.sentences import split_sentences
from annotations.nlp.site_prose import PERSON, PERSON_AND_ROLE, is_consent_notice, is_site_prose

MAX_NOTICE_WORDS = 60  # a consent or paywall notice is prose, but no longer than this
MAX_CONSENT_WORDS = 150  # a consent banner listing the site's partners and purposes runs longer
MAX_BUTTON_WORDS = 4
MAX_LABEL_WORDS = 4  # "Vous êtes ici :", "Partager :", "Tags :"

_READING_TIME = re.compile(
    r"^(?:(?:temps de )?lecture\s*:?\s*)?\d+\s*(?:min(?:utes?)?|mn)\.?\s*"
    r"(?:read|reading|to read|de lecture|lecture)?\.?$",
    re.I,
)
# A meta line's reading time after its author and date, the spans glued without a separator: "Par Anne Martin
# Le 3 mars 2027 à 09h12 Lecture 3 min.", "… 4 min de lecture": its span's capital, or "min" cut short, as no
# sentence writes it ("Publié le 3 mars, le rapport demande 20 minutes de lecture." is prose).
_READING_TIME_TAIL = re.compile(
    r"\s+(?:(?:Temps de lecture|TEMPS DE LECTURE|Lecture|LECTURE)\s*:?\s*\d+\s*(?:min(?:utes?)?|mn)|"
    r"\d+\s*(?:min|mn)\.? de lecture)\.?$"
)
_PUNCTUATION_OR_TIMECODES = re.compile(
    r"^[\W_]*(?:\d{1,2}:\d{2}(?::\d{2})?[\W_]*)*$|^\d{1,3} ?/ ?\d{1,3}$"
)  # "3 / 6": a slide
# A podcast's chapter, its time code and title ("03:12 Qui sont les abeilles sauvages ?"; a live post has its stop:
# "16:05 Le maire a ouvert la salle."), or a transcript's speaker and time code ("Anne Martin 00:03:12").
_TIMED_LINE = re.compile(
    rf"^\d{{1,2}}:\d{{2}}(?::\d{{2}})?\s+(?![–—-])[^.!…]{{1,80}}$|^{PERSON}\s+\[?\d{{1,2}}:\d{{2}}(?::\d{{2}})?\]?$"
)
# A post embedded from a social network, quoted under its account: "Message de @Info_Trafic : « ... »",
# "@Mairie : ...", or signed the way embeds are copied: "... — Mairie de X (@mairie) 3 mars 2027".
_EMBED = re.compile(
    r"^(?:(?:message|tweet|post|publication|réponse) (?:de|d'|publiée? par) ?)?@\w+\s*:"
    r"|\(@\w+\)\s+(?:\d{1,2}\s+)?[A-Za-zéû]+\.?\s+(?:\d{1,2},\s+)?\d{4}$",
    re.I,
)
# Phrases that only site interfaces use, on a line of up to MAX_CHROME_WORDS words; infinitives as buttons
# only ("Déjà abonné ? Se connecter"): in a sentence they are verbs ("a jusqu'au 15 mai pour s'inscrire").
_INTERFACE_PHRASES = re.compile(
    r"(?:^|\b)(?:"
    r"abonnez[- ]vous|je m'abonne|déjà abonnée?|réservée? (?:aux|à nos) abonnés|offre d'essai|offre spéciale|"
    r"connectez[- ]vous|(?:être )?(?:abonnée?|connectée?|inscrite?) pour|créer un compte|mon compte|mot de passe oublié|"
    r"inscrivez[- ]vous|je m'inscris|newsletters?|infolettres?|"
    r"(?:^|(?<=[?!] ))(?:s'abonner|s'inscrire|se connecter)|votre adresse e-?mail|"
    r"suivez[- ]nous|nous suivre|(?:lire|voir) aussi(?!"
    + COMPARATIVE
    + r")|lire la suite|lire plus tard|sur le même (?:sujet|thème)|"
    r"articles? (?:similaires?|récents?)|sujets? (?:associés|liés)|les plus lus|nos derniers articles|"
    r"dernières infos|la rédaction vous recommande|contenus? sponsorisés?|accepter les cookies|gestion des cookies|"
    r"gérer (?:les|mes) (?:cookies|choix)|paramétrer les cookies|envoyer par e-?mail|copier le lien|"
    r"partager (?:sur|l'article|cet article)|offrir (?:cet )?l?'?article|"
    r"aller (?:au|à la) (?:contenu|menu|navigation|recherche|pied de page)|accéder (?:au|à la) (?:contenu|menu|navigation|pied)|"
    r"ajouter à (?:ma|mes) (?:liste|favoris|playlist)|"
    r"passer au contenu|skip to|j'aime|voir (?:la|toute la) galerie|(?:en|le) plein écran|écouter (?:l'article|cet article|le direct)|"
    r"subscription|subscribe|sign in|sign up|log in|read more|advertisement|powered by|propulsé par|min(?:utes?)? read"
    r")\b",
    re.I,
)
# A link to another article, however long its title: "À lire aussi : ...", "LIRE AUSSI >> ...".
_RELATED_LINK = re.compile(rf"^[»>→▶•\s]*{READ_ALSO}\b(?!{COMPARATIVE})", re.I)
# A source or co-author line: "(avec AFP)", "La rédaction avec AFP", "Source : Reuters".
_SOURCE_LINE = re.compile(
    r"^\(?(?:(?:[Ll]a rédaction|[A-ZÀ-Ý][a-zà-ÿ-]+ [A-ZÀ-Ý][a-zà-ÿ-]+),? )?(?:[Aa]vec|[Ss]ource\s*:)\s+[A-Z][\w.-]*\)?$"
    rf"|^(?:[Aa]vec|[Dd]'après) (?:les|des) informations (?:de|d'|du|des) ?(?:{PERSON}|[A-Z][\w.-]*)(?:(?:,| et) {PERSON})*$"
)
# Links and buttons that are chrome as a line of their own ("Répondre", "Mentions légales"),
# but ordinary words inside an article's sentence ("Le ministre a refusé de répondre.").
# "avis" is a button's ("Donner mon avis", "Avis clients"), not a legal notice's heading ("AVIS D'ENQUÊTE PUBLIQUE",
# "Avis de constitution"; "Avis de décès", a regional site's menu link, stays one).
_NOTICE_OF = (
    r"(?!\s+d(?:e\s+|['’]\s*)(?:enquête|appel|constitution|dissolution|modification|liquidation|cession|"
    r"transfert|vente|attribution|concours|consultation|clôture|mise|changement|marché))"
)
_BUTTON_PHRASES = re.compile(
    r"\b(?:commentaires?|commenter|réagir|réactions?|lien copié|signaler|répondre|avis"
    + _NOTICE_OF
    + r"|charte|à propos|accessibilité|contact|contacter|"
    r"plan du site|mentions légales|confidentialité|données personnelles|conditions générales|cgu|cgv|cookies|"
    r"tous les articles|voir (?:la liste|le classement|tous?|plus)|aide|recrutement|publicité|qui sommes-nous)\b"
    r"(?!-)",  # a verb with its subject after it is a question's: "La Fédération vous aide-t-elle ?"
    re.I,
)
_NOTICE = re.compile(
    # Paywall and subscription prompts, disclaimers, comment and app prompts: prose about the site.
    # One \b before the alternatives, not one each: the engine tests it once per position.
    r"\b(?:articles? gratuits?\b|continuer à (?:nous )?lire\b|pour lire la suite\b|choisissez votre (?:formule|offre)\b|"
    r"offre découverte\b|essai gratuit\b|accédez à (?:tous|toutes|l'intégralité)\b|"
    r"débloquez\b|ne constitue(?:nt)? pas (?:un|une) (?:conseil|recommandation)\b|n'engage(?:nt)? que (?:leurs|ses|son) auteur|"
    r"les commentaires sont (?:fermés|modérés|désactivés|clos|suspendus)\b|merci de respecter la charte\b|données (?:de marché |boursières )?différées\b|"
    r"cours (?:fournis|donnés) à titre (?:informatif|indicatif)\b|soyez (?:le premier|la première) à\b|téléchargez l'application\b|"
    r"vidéo suivante\b|passer la publicité\b|signalez-la\b|"
    r"votre navigateur\b|(?:article|contenu)s? (?:est |sont )?en accès libre\b|soutenez[- ]nous\b|financée? (?:uniquement )?par ses (?:abonnés|lecteurs)\b|"
    r"cet article vous a plu\b|vous a-t-(?:il|elle) (?:été utile|plu)\b|(?:cet )?article (?:est )?paru dans\b|"
    r"vous tentez d'accéder\b|page (?:non trouvée|introuvable)\b|"
    r"vous acceptez\b.*\b(?:conditions|politique|cookies)\b|recevez\b.*\b(?:chaque|tous les)\b|chaque \w+,? l'essentiel\b|"
    # the same promise with its day first, the imperative after it, what a letter sends: "Chaque mardi, recevez
    # l'essentiel ...", "... recevez notre sélection" (not "Chaque jour, vous recevez des menaces ?" nor "Chaque
    # année, recevez-vous des relances ?", an interviewer's questions, nor "Chaque semaine, recevez un panier de
    # légumes pour 15 euros", an offer the article tells)
    r"^(?:chaque|tous les|toutes les) \w+(?: \w+)?,? recevez\s+(?:gratuitement\s+|directement\s+)?"
    r"(?:l['’](?:essentiel|actu\w*)|notre|nos|une\s+sélection|la\s+(?:sélection|newsletter|lettre)|"
    r"le\s+(?:meilleur|programme|résumé)|les\s+(?:infos?|informations|nouvelles|actualités|meilleurs?|principales))\b|"
    r"il vous reste\b.*\barticle\b|limite d'articles\b|la suite est réservée\b|réservée? aux abonnés\b|"
    r"pas encore abonnée?\b|profitez de (?:notre|l'|cette) offre\b|"
    r"voix de synthèse\b|rejoignez (?:notre|nos) (?:chaîne|communauté|groupe|compte)|"
    r"ne (?:(?:saurai(?:en)?t|peu(?:ven)?t|doi(?:ven)?t) (?:en aucun cas |pas )?(?:remplacer|se substituer)|remplacen?t|"
    r"se substituen?t) (?:pas |en aucun cas |nullement )?(?:à )?(?:l'avis|un avis|une consultation|un diagnostic|"
    r"les conseils d'un professionnel)\b|"
    r"bloqueur de publicités?\b|adblock|"  # and advice given for information only ("... données à titre indicatif")
    r"(?:informations?|données|conseils|contenus?|article)\b[^.!?]{0,40}\b(?:sont|est) (?:données?|fournie?s?|"
    r"communiquée?s?|publiée?s?) à titre (?:indicatif|informatif|purement indicatif)\b)"
    r"|\d ?€ (?:le|les) (?:\w+ )?premiers? mois\b",
    re.I,
)
# The page speaking of itself: "Cet article vous a été utile ?", "Cet article est extrait du numéro
# de juin", "Cet article contient des liens affiliés", "Cette transcription a été générée automatiquement";
# not "Cet article de loi prévoit une amende".
_SELF_REFERENCE = re.compile(
    r"^(?:cet article|ce contenu|cette page|ce direct|cette (?:re)?transcription|ce résumé|cette traduction)\s+(?:vous\b|est (?:extrait|tiré|paru|issu|réservé|offert|en accès libre)|est (?:aussi |également )?disponible en\b|"
    r"a été (?:publié|initialement|mis à jour|modifié|rédigé|écrit|relu|corrigé|traduit|généré)|"
    # made by the newsroom or a machine, not by a translator or a clerk the article names ("… réalisée en 1952 par …")
    r"a été réalisée? (?:automatiquement|par (?:nos soins|(?:la|notre|nos) (?:rédaction|équipes?|journalistes))|"
    r"(?:par|(?:avec|à) l['’]aide d['’e]) ?(?:un (?:outil|logiciel)|une intelligence artificielle|l['’]IA\b)|"
    r"avec le (?:soutien|concours)\b)|"
    r"contient des liens|comporte des liens|fait partie d|n'engage|ne (?:constitue|remplace|vaut) pas\b|"
    r"est (?:lu|proposé|sponsorisé|produit|généré|mise? à jour|(?:régulièrement )?actualisée?|une dépêche|susceptible))",
    re.I,
)
# A line of sources, "Source : Bulletin de la Société préhistorique française, mai 2026.", or a chart's
# caption, "Graphique : évolution des ventes, en millions d'euros. Source : Insee.": labelled.
_SOURCES_OR_CAPTION = re.compile(r"^\(?(?:sources?|références?|graphique|infographie|carte|tableau|schéma)\s*:", re.I)
# An affiliate product box: "Notre sélection de ...", a product with its price, "Je l'achète".
_SHOPPING_LABEL = re.compile(
    r"^(?:notre|nos) (?:sélection|coups? de c(?:œ|oe)ur|produits? préférés?|top \d+)\b[^.!?]*$", re.I
)
_BUY_BUTTON = alone_on_a_line(
    r"je l'achète|j'achète|acheter(?: sur [\w.]+| chez [\w. ]+| maintenant)?|je commande|commander|"
    r"voir l'offre|voir le prix|voir les prix|comparer les prix|j'en profite|ajouter au panier"
)
# A file to download, with its format and size: "Télécharger le communiqué (PDF, 248 Ko)", "Rapport
# annuel 2026 - PDF - 2,4 Mo".
_DOWNLOAD = re.compile(
    r"\b(?:PDF|ZIP|DOCX?|XLSX?|PPTX?|ODT|RTF|CSV|EPUB|MP3|MP4|JPE?G|PNG)\b\W{1,4}[\d  ,.]+\s?(?:[KMG]o|[KMG]B|octets)\W*$",
    re.I,
)
# A button that shows or hides part of the page: "Afficher la transcription", "Masquer le texte intégral".
_TOGGLE = re.compile(
    r"^(?:afficher|masquer|cacher|déplier|replier) (?:la transcription|le transcript|le texte intégral|plus|moins|tout)\W*$",
    re.I,
)
# A media player's line: "Vidéo : le reportage de nos équipes. Durée : 1 min 48", "Durée : 12'30".
_MEDIA_DURATION = re.compile(r"\bdurée\s*:\s*\d{1,3}\s?(?:min|mn|h|s\b|'|’)", re.I)
# A guest line under a show's title: "Avec Anne Martin, présidente de l'association ..."; not "Avec
# Anne Martin, la gauche ...", which goes on as a sentence.
_GUEST_LINE = re.compile(rf"^(?:[Aa]vec|[Ii]nvitée?s?\s*:)\s+{PERSON_AND_ROLE}[^.!?,;:]*$")
# An update notice, or a timed line that is no sentence (a news ticker's headline, a radio's playlist):
# "Mise à jour 8h05 : ...", "00:45 – Montoir : un incendie", "07:26 – Les Pieds Nus – Sous la neige". A
# live blog's timed post is prose: "21h15 – Résultats définitifs : liste Benali 54,2 %."
_UPDATE_NOTICE = re.compile(
    r"^(?:mise à jour|actualisation|maj|update)\b[^:.!?]{0,40}?\d{1,2}\s?[h:]\s?\d{2}\s*[:–—-]"
    r"|^\d{1,2}\s?[h:]\s?\d{2}\s+[–—-]\s.*(?<![.!?…»])$"
    r"|^\d{1,2}\s?[h:]\s?\d{2}\s*[–—-]\s*\d{1,2}\s?[h:]\s?\d{2}\b",  # a schedule: "10h30 – 12h00 : atelier"
    re.I,
)
_PRICE = re.compile(r"\d(?:[\d  .]*\d)?(?:,\d{2})?\s?(?:€|euros?\b)")
# A newsletter box's field: the short line above it is the box's pitch ("L'essentiel, chaque samedi.").
_EMAIL_FIELD = re.compile(
    r"^(?:votre|ton|saisissez votre|entrez votre|indiquez votre) (?:adresse )?(?:e-?mail|courriel)\W*$", re.I
)
# The label of a fact box inside the article ("Les chiffres clés", "Repères", "Bio express"): the
# title-shaped lines under it are the box's, not a related list, and do not end the article.
_FACT_BOX_LABEL = alone_on_a_line(
    r"(?:les |quelques )?(?:chiffres|dates|points|repères)(?: clés?)?|en (?:chiffres|dates|bref)|repères|"
    r"bio(?:graphie)? express|l'essentiel|ce qu'il faut (?:retenir|savoir)|fiche (?:technique|pratique)|"
    r"le contexte|les faits"
)
_NAVIGATION_START = re.compile(r"^(?:home|accueil|menu)\b", re.I)
_YOU_ARE_HERE = re.compile(r"^(?:vous êtes ici|you are here)\b", re.I)
_TRAIL_SEPARATOR = re.compile(r"\s+[>›/|]\s+")
_PRONOUN_START = words("il elle ils elles on nous je j'ai c'est ce cela qui")


def is_fact_box_label(line: str) -> bool:
    return bool(_FACT_BOX_LABEL.match(line))


def _is_byline_with_reading_time(line: str) -> bool:
    tail = _READING_TIME_TAIL.search(line)
    rest = line[: tail.start()] if tail else ""
    return bool(rest) and (is_byline(rest) or is_publication_line(rest))


def is_chrome(line: str, next_line: str | None = None) -> bool:
    """True when one stripped, non-empty line of a page is site chrome rather than article."""
    # Over 40 lines: the line rules in one sequence, each reading the same word count, in the order
    # that costs least (cheap and certain tests first; a rule already ruled out is not read again).
    if is_copyright(line) or _PUNCTUATION_OR_TIMECODES.match(line) or _READING_TIME.match(line):
        return True
    if _TIMED_LINE.match(line) or _is_breadcrumb(line, next_line):  # a trail may end with a long title
        return True
    count = len(line.split())
    if count <= MAX_NOTICE_WORDS and (_NOTICE.search(line) or is_credited(line)):
        return True
    if count <= MAX_NOTICE_WORDS and (_RELATED_LINK.match(line) or _SELF_REFERENCE.match(line)):
        return True
    if is_bracketed_pointer(line):
        return True
    if count <= MAX_NOTICE_WORDS and (ISSUE_LINE.match(line) or _SOURCES_OR_CAPTION.match(line)):
        return True
    if count <= MAX_NOTICE_WORDS and is_site_prose(line, next_line):
        return True
    if count <= MAX_NOTICE_WORDS and (_MEDIA_DURATION.search(line) or _UPDATE_NOTICE.match(line)):
        return True
    if count <= MAX_NOTICE_WORDS and (_EMBED.search(line) or _is_dated_note(line) or is_booking_line(line)):
        return True
    # A shorter consent notice is site prose (is_site_prose reads consent notices), already tested.
    if MAX_NOTICE_WORDS < count <= MAX_CONSENT_WORDS and is_consent_notice(line):
        return True
    if count <= MAX_NOTICE_WORDS and is_long_byline(line, MAX_CHROME_WORDS):
        return True
    if count > MAX_CHROME_WORDS:
        return False
    if _BUY_BUTTON.match(line) or _TOGGLE.match(line) or _DOWNLOAD.search(line) or _SHOPPING_LABEL.match(line):
        return True
    if _is_product(line, next_line):
        return True
    if next_line and _EMAIL_FIELD.match(next_line):  # a newsletter box's pitch
        return True
    if _SOURCE_LINE.match(line) or is_signature_or_dated_caption(line) or is_label_of_links(line, next_line):
        return True
    if _GUEST_LINE.match(line) or is_box_line(line, next_line):
        return True
    if _INTERFACE_PHRASES.search(line) or is_publication_line(line) or is_byline(line):
        return True
    if "lecture" in line.lower() and _is_byline_with_reading_time(line):
        return True
    tokens = WORD.findall(line.lower())
    if is_widget(line, tokens):
        return True
    if count <= MAX_BUTTON_WORDS + 1 and not line.endswith(".") and _BUTTON_PHRASES.search(line):
        return True
    label = _is_label(line, tokens) and not leads_in_a_list(line, next_line)  # "Ingrédients :" over its items
    return label or is_date_line(line, tokens) or is_foreign_interface(tokens) or dated_rubric(line) is not None


def _is_dated_note(line: str) -> bool:
    """A box's or a table's note ending on its update: "Taux moyens, hors assurance. Mis à jour le 14/04/2027."
    The last sentence is a publication line and a date only, which no sentence of an article is."""
    sentences = split_sentences(line)
    last = line[sentences[-1][0] : sentences[-1][1]].rstrip(". ")
    return len(sentences) >= 2 and is_publication_line(last) and is_date_line(last, WORD.findall(last.lower()))


def _is_product(line: str, next_line: str | None) -> bool:
    """A product and its price right above a buy button: "Bouilloire inox, 39,90 € chez Maison"."""
    return bool(next_line and _BUY_BUTTON.match(next_line) and _PRICE.search(line) and not ends_sentence(line))


def _is_label(line: str, tokens: list[str]) -> bool:
    """ "Tags :", "Vous êtes ici :", "Partage :"; not "Il a déclaré :", which opens a quote."""
    return line.endswith(":") and 0 < len(tokens) <= MAX_LABEL_WORDS and tokens[0] not in _PRONOUN_START


def _is_breadcrumb(line: str, next_line: str | None) -> bool:
    if (_NAVIGATION_START.match(line) or _YOU_ARE_HERE.match(line)) and not line.rstrip().endswith((".", "!", "?")):
        return True
    parts = _TRAIL_SEPARATOR.split(line)
    if len(parts) >= 3 and all(0 < len(part.split()) <= MAX_BUTTON_WORDS + 2 for part in parts):
        return True  # "Accueil > Actualités > Environnement"
    return bool(next_line) and len(line) > len(next_line) and line.endswith(next_line)
