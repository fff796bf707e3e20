"""Long lines of a copied page that are the site's prose, not the article's (see `boilerplate`).

A news site writes whole sentences about itself and to its reader around the article; each rule
reads one stripped line, outside the quotations it holds where a quote could say the same:
- the site speaking to its reader: a sentence opening on an imperative with its pronoun that is the
  site's ("Écrivez-nous.", "Abonnez-vous", "Inscrivez-vous à la newsletter", not "Rendez-vous samedi
  ...", "Renseignez-vous en mairie", "Adressez-vous à votre médecin") or a question put to the
  reader ("Vous avez une info ?", "Êtes-vous favorable à ... ?"; not one answered right after it, an
  interview's: "Vous attendiez-vous à ... ? Honnêtement, non."), or asking for its support ("Ce
  reportage vous a plu ?", "Notre journal ne vit que de ses abonnés", "Rejoignez les 2 000 lecteurs
  qui nous soutiennent");
- a consent notice: cookies or consent and what is done with them, said by the site ("nous", "ce
  site") or to the reader ("vous", "votre", "Acceptez les cookies"), not an article about consent
  ("sans consentement valable"), or the banner's buttons in a sentence ("accepter, refuser ou paramétrer");
- a player blocked by the reader's settings ("Cette vidéo n'est pas disponible car vous avez refusé
  les cookies"), a newsroom stating its standards ("Notre rédaction adhère à la charte de Munich");
- a journalist's biography ("Anne Martin est journaliste au service politique ...", or under the
  name's own line: "Journaliste au service Économie, elle suit l'industrie.", or a student's: "Étudiante
  en histoire, Inès couvre le campus pour L'Amphi."), a contributor's ("X est
  étudiante en droit. Elle écrit pour La Gazette depuis 2025."), a guest's bio with a
  book ("X est historienne. Elle a publié « ... » (Éditeur, 2024)."), a work's reference line
  ("« Titre », de X, Éditeur, 240 pages, 20 euros.", "« Titre », de X (Label), 11 titres, 41
  minutes."), a rated line of a list of reviews ("« Titre », de X : 3 étoiles. Un polar nerveux.");
- the subscriber thanked ("Vous lisez cet article grâce à votre abonnement.");
- the site's notices about its article (`site_notices`): a correction, a story put online unread,
  affiliate links, a betting ad's offer and the warnings the law puts under an ad, the rules for readers'
  letters, who paid for the article, the newsroom's rules for what it prints, changed names;
- the site's own tools or shows offered to the reader ("Notre modèle de lettre peut vous aider.",
  "Retrouvez L'invité du lundi au vendredi, en direct et en podcast.", "Disponible en replay sur X.tv
  pendant 30 jours.", "Ce reportage a été diffusé dans le journal de 13 heures": `broadcasts`), a newsletter's
  promise ("nos conseils et l'actualité dans votre boîte mail"), a service sold to the reader
  ("Estimez gratuitement votre appartement en 2 minutes.");
- the banner's reader choices ("Vous pouvez modifier vos choix à tout moment ..."), a station's frequency
  or channel ("Écoutez X sur 101.4 FM", "X est à écouter sur 105.7 FM", "disponible sur le canal 24 de
  la TNT"), a plea ("X ne vit que grâce à vous", "Je fais un don"), the thanks for a feedback ("Merci pour
  votre retour !").
"""

import re

from annotations.nlp.broadcasts import is_broadcast_notice
from annotations.nlp.lexicon import words
from annotations.nlp.site_notices import NOT_IMPERATIVE, is_site_notice

CAPITALISED = r"[A-ZÀ-Ý][\w'’-]+"
PERSON = rf"{CAPITALISED}(?:\s+(?:de |d'|du |le |la )?{CAPITALISED}){{1,3}}"
# A person, a comma, then their trade or whereabouts in lower case ("Anne Martin, juriste", "Luc Vidal, au
# stade"); not a sentence going on after the name ("Anne Martin, la ville ...", "Anne Martin, qui ...").
PERSON_AND_ROLE = rf"{PERSON},\s+(?!(?:le|la|les|un|une|des|ce|cette|ces|il|elle|ils|elles|on|qui|dont|l')\b)[a-zà-ÿ]"

# An author's biography: "Marie Dupont est journaliste au service politique depuis 2018."
_JOURNALIST_BIO = re.compile(
    rf"^{PERSON},?\s+(?:est|était|a été)\s+(?:(?:un|une|la|le|notre)\s+)?(?:grande? )?"
    r"(?:journaliste|rédact(?:eur|rice)|reporter|correspondante?|chroniqueu(?:r|se)|éditorialiste|pigiste|"
    r"photographe|photojournaliste|cheff?e? (?:du|de la|adjointe?) (?:service|rubrique|rédaction))\b"
    # or a contributor's: "Inès Morel est étudiante en histoire. Elle écrit pour La Gazette depuis 2025."; for or in a
    # title (with its article, or one word: "pour Mediapart"), not to someone ("Il écrit au Premier ministre",
    # "Elle écrit pour Anne Martin")
    rf"|^{PERSON},?\s+(?:est|était)\b[^.!?«»]{{0,120}}[.,]\s+(?:[Ii]l|[Ee]lle)\s+(?:écrit|pige|collabore|signe)\s+"
    r"(?:pour|dans)\s+(?:(?:L'|La |Le |Les )[A-ZÀ-Ý]|[A-ZÀ-Ý][\w'’-]+(?![\w'’-]|\s+[A-ZÀ-Ý]))"
)

# The site speaking to its reader, outside any quotation: an imperative with its pronoun opening a
# sentence that is not a question ("vous" or "tu": "Envoie-nous tes photos"), and that is the site's:
# to the site ("Écrivez-nous."), a site's action ("Abonnez-vous", "Connectez-vous pour réagir",
# "Revivez-la en vidéo"), naming the site, its newsletter or what it shows ("Inscrivez-vous
# gratuitement à la newsletter", "Regardez-la en replay", "Retrouvez-le ci-dessous"), or answering the site's question
# ("Une info ? Envoyez-la."). Not the advice news and leaflets give ("Renseignez-vous en mairie",
# "Adressez-vous à votre médecin", "Présentez-vous à l'accueil"), nor "Rendez-vous samedi devant la
# mairie.", which local news writes for an event. Or a question put to the reader ("Vous avez une
# info ?", "Êtes-vous prêt à ... ?").
_READER_IMPERATIVE = re.compile(
    r"(?:^|(?P<asked>\?\s+)|[.!…]\s+)(?!Rendez-vous)(?P<verb>[A-ZÀ-Ý][a-zà-ÿ]+(?:ez|e|s))-(?P<pronoun>nous|vous|toi|le|la|les|en|y)"
    r"\b(?!-)[^.!?…]*(?:[.!…]|$)"
)
_SITE_ACTIONS = words(
    "Abonnez Réabonnez Connectez Reconnectez Identifiez Téléchargez Revivez Cliquez Partagez "
    "Rafraîchissez Rechargez Abonne Réabonne Connecte Identifie Télécharge Revis Clique Partage Inscris"  # "tu" too
)
_SITE_WORDS = re.compile(
    r"\b(?:notre|nos|rédaction|newsletters?|infolettres?|lettres? d'information|commenter|commentaires?|réagir|"
    r"forum|antenne|ce site|appli(?:cation)?|compte|abonnements?|articles?|liens?|clics?|gratuitement|"
    # what the site shows or sells: "Retrouvez-le en vidéo ci-dessus", "Écoutez-le en podcast" (not "en
    # direct" or "en vidéo" alone: "Retrouvez-les en direct sur la scène du port")
    r"replay|podcasts?|ci-dessus|ci-dessous|kiosques?|édition (?:papier|numérique|abonnés)|"
    r"favoris)\b|@"
)


def _site_imperative(unquoted: str) -> bool:
    for imperative in _READER_IMPERATIVE.finditer(unquoted):
        site = imperative["pronoun"] == "nous" or imperative["verb"] in _SITE_ACTIONS or imperative["asked"]
        if site or _SITE_WORDS.search(imperative[0]):
            return True
    return False


# Not an interviewer giving back the guest's words ("Vous dites que les ruches posent problème ?"): no site reports
# its reader's.
_GIVEN_BACK = r"(?!\s+(?:dites|affirmez|expliquez|écrivez|estimez|évoquez|soulignez|racontez|avez (?:dit|écrit|déclaré|affirmé))\b)"
_READER_QUESTION = re.compile(rf"^(?:[Vv]ous\b{_GIVEN_BACK}[^.!?«»]*|[A-ZÀ-Ý][a-zà-ÿ]+-vous\b[^.!?«»]*)\?")
# An answer right after it: an interview's question and its answer in one paragraph ("Vous attendiez-vous
# à ces résultats ? Honnêtement, non."); the site never answers the question it puts to its reader.
_ANSWERED = re.compile(
    r"\s*(?:Oui|Non|Si|Honnêtement|Franchement|Sincèrement|Absolument|Évidemment|Bien sûr|Pas du tout|"
    r"Pas vraiment|Pas forcément|Jamais|Certainement|Clairement|Forcément)\s*[,.!…]"
)
# The site asking its reader for support, outside any quotation: "Ce reportage vous a plu ?", "Notre
# journal ne vit que de ses abonnés", "Rejoignez les 2 000 lecteurs qui nous soutiennent".
_READER_PITCH = re.compile(
    # Where one of the pitches below may open (a word's edge, the line's start, after a stop): a cheap first
    # test inside a word, where the engine stands most of the time and tried each of the twenty.
    r"(?=\b|^|[.!?]\s)(?:"
    r"\b(?:ce|cet|cette)\s+(?:article|enquête|reportage|contenu|podcast|épisode|dossier|série|chronique|entretien|"
    r"interview|vidéo|émission|newsletter|décryptage|analyse|portrait|récit)\s+vous\s+a\s+(?:plu|intéressée?|été utile)|"
    r"\bne vi(?:t|vent|vons) que (?:de|grâce à|par) (?:(?:ses|leurs|nos) (?:abonnée?s|lect(?:eurs|rices))|vous)\b|"
    # or on its readers' gifts, asking for them: "Il ne vit que grâce aux dons de ses lecteurs : 3 euros par mois
    # suffisent pour nous aider" (not "La bibliothèque ne vit que grâce aux dons de ses lecteurs.")
    r"\bne vi(?:t|vent|vons) que (?:des|grâce aux|par les) (?:dons|abonnements|contributions) d[eu] "
    r"(?:ses|leurs|nos) lect(?:eurs|rices)\b[^.!?]*\b(?:nous|notre|nos|vous)\b|"
    r"\bje fais un don\b|\ben vous (?:abonnant|inscrivant) à (?:notre|nos)\b|"
    # asking the reader's opinion, or promising the answers: "Votre avis nous intéresse : faut-il ... ?",
    # "Impôts, transports : toutes les réponses à vos questions dans notre dossier."
    r"\bvotre avis nous intéresse\b|\bdonnez(?:-nous)? votre avis\b|\b(?:toutes )?les réponses à (?:toutes )?vos questions\b|"
    r"\bsoutenez[- ](?:nous|notre|une? (?:rédaction|journalisme|presse))\b|"
    r"\brejoignez (?:les|nos) (?:[\d  ]+ )?(?:lect(?:eurs|rices)|abonnée?s|donateurs|donatrices)\b|"
    r"\bvotre soutien\b[^.!?]*\b(?:nous|notre|nos)\b|\b(?:nous|notre|nos)\b[^.!?]*\bvotre soutien\b|"
    # thanking the subscriber: "Vous lisez cet article grâce à votre abonnement.", "Merci de soutenir le journalisme."
    r"\bgrâce à (?:votre|vos) (?:abonnement|soutien|dons?|contributions?)\b|\bmerci de (?:nous )?soutenir\b|"
    r"\bmerci (?:pour|de) votre (?:soutien|abonnement|fidélité|retour|avis|vote|participation|réponse)\b|"
    # a plea for gifts and its receipt: "Chaque don nous permet de couvrir l'actualité", "Un reçu fiscal est remis";
    # the site presenting itself: "X est un organisme sans but lucratif"; its appeal's lead: "Avant de poursuivre
    # votre lecture…"; its ticket office: "Réservez vos places en ligne."
    r"\b(?:chaque|votre|vos) dons?\b[^.!?]{0,60}\bnous\b|\breçu fiscal (?:est|sera) (?:remis|envoyé|délivré)\b|"
    r"^[^.!?,]{2,50} est un (?:média|journal|site|organisme) (?:indépendant|sans but lucratif|à but non lucratif)\.?$|"
    r"^avant de (?:poursuivre|continuer) votre lecture\W*$|(?:^|[.!?]\s+)réservez (?:vos|votre) (?:places?|billets?)\b"
    r"[^.!?,]*(?:[.!]|$)|"
    # the newsroom inviting its readers to meet it: "Rendez-vous samedi pour un débat avec toute l'équipe de la
    # rédaction", "Le Journal vous propose de venir débattre avec ses chroniqueurs"
    r"\b(?:rendez-vous|venez|vous propose|vous invite)\b[^.!?]*\bavec (?:toute l'équipe de (?:la|notre) rédaction|"
    r"(?:notre|nos) (?:rédaction|journalistes|chroniqueu(?:rs|ses))|ses chroniqueu(?:rs|ses))\b|"
    # a newsletter's promise: "Chaque mardi, nos conseils santé et les dernières actualités dans votre boîte mail."
    r"\b(?:nos|notre|l'essentiel|le meilleur|toute l'actu\w*|les dernières actu\w*)\b[^.!?]{0,80}"
    r"\bdans votre boîte (?:mail|e-mail|email|de réception)\b|"
    # the site's own tools offered to the reader, helping them: "Notre modèle de lettre peut vous aider.", not
    # "Nos outils de mesure montrent que vous êtes nombreux à partir."
    r"\b(?:notre|nos) (?:modèles? de (?:lettres?|courriers?)|simulateurs?|calculateurs?|comparateurs?|outils?|"
    r"guides? pratiques?|fiches? pratiques?)\b[^.!?]{0,40}?\b(?:(?:peu(?:t|vent) )?vous (?:aide|aider|aidera|"
    r"aideront|permet|permettent|permettra|fera|feront|guide|guident|accompagne|indique)|pour vous|"
    r"à votre disposition)\b)",
    re.I,
)
# A service of the site sold to its reader: "Estimez gratuitement votre appartement en 2 minutes."; an
# imperative, the reader's "votre" or "vos", and what a sales pitch promises (free, in a few minutes).
# One clause from the imperative to the promise: not "Chez vos voisins, le feu a pris en quelques minutes."
_SERVICE_PITCH = re.compile(
    rf"^{NOT_IMPERATIVE}[A-ZÀ-Ý][a-zà-ÿ]+ez\b[^.!?,;:]*\b(?:votre|vos)\b[^.!?,;:]*?"
    r"\b(?:gratuitement|en (?:\d+|quelques) (?:minutes?|clics?|secondes?))\b"
    rf"|^{NOT_IMPERATIVE}[A-ZÀ-Ý][a-zà-ÿ]+ez (?:gratuitement|en (?:\d+|quelques) (?:minutes?|clics?)) (?:votre|vos)\b"
    # or an advertiser's offer at its price ("Découvrez nos croisières au départ de Lorient, à partir de 29 € par
    # personne."), and the site's pages it points to ("Consultez notre politique de correction des erreurs.")
    rf"|^{NOT_IMPERATIVE}[A-ZÀ-Ý][a-zà-ÿ]+ez\b[^.!?;:]*\b(?:à partir de|dès) \d+(?:,\d{{2}})? ?(?:€|euros?\b)"
    rf"|^{NOT_IMPERATIVE}[A-ZÀ-Ý][a-zà-ÿ]+ez (?:notre|nos) (?:politique|charte|nétiquette|dossiers?|pages?|site|"
    r"rubriques?|newsletters?|applications?|offres?|guides?|podcasts?)\b"
    # or a look-up the site offers for the reader's place: "Consultez la carte des zones d'alerte dans votre
    # commune." (not "Consultez votre médecin.", nor "Les habitants peuvent consulter la carte de leur commune."),
    # alone on its line: a paragraph that goes on with the news ("... dans votre commune : 62 communes sont en
    # alerte.") is the article's
    r"|^(?:Consultez|Retrouvez|Trouvez|Découvrez|Vérifiez|Recherchez|Cherchez)\b[^.!?;:]*\b(?:dans|pour|de|près de|"
    r"autour de) (?:votre|vos) (?:commune|ville|village|quartier|département|région|secteur|code postal|adresse)s?\b"
    r"[^.!?;:]*[.!]?$"
)
# "... les lecteurs qui nous soutiennent": the site's "nous", when the line also turns to its reader.
_SUPPORT_US = re.compile(
    r"\bnous soutenir\b|\bqui nous soutiennent\b|\bn'(?:existe|vit|survit)\b[^.!?]{0,10}\bgrâce (?:à|aux) (?:nos|vos)\b",
    re.I,
)
_READER_MARKER = re.compile(r"\b(?:vous|votre|vos|lect(?:eurs|rices)|abonnée?s|abonnez|rejoignez)\b", re.I)
# A player or embed the reader's settings block: "Cette vidéo n'est pas disponible car vous avez refusé
# les cookies"; with a reader marker (vous, votre, cookies), not a platform quoted in an article.
_BLOCKED_MEDIA = re.compile(
    r"^(?:ce|cet|cette|le|la)\s+(?:vidéo|contenu|média|lecteur|publication|tweet|post|podcast|module|carte|"
    r"infographie|élément|extrait|diaporama|sondage)\s+(?:n'est (?:pas|plus) (?:disponible|accessible|visible)|"
    r"ne peut (?:pas )?(?:être|s'afficher)|est (?:bloquée?|masquée?|indisponible))",
    re.I,
)
_BLOCKED_REASON = re.compile(r"\b(?:vous|votre|vos|cookies?|consentement|traceurs|navigateur)\b", re.I)
# A newsroom stating the standards it follows: "Notre rédaction adhère à la charte de Munich", "Le service
# de vérification est signataire du code de principes de l'IFCN"; its subject is the newsroom itself.
_NEWSROOM_STANDARDS = re.compile(
    r"^(?:notre|nos|la|le|cette|ce) (?:rédaction|service|cellule|équipe|rubrique|journal|média|site|quotidien|"
    r"magazine|desk)\b[^.!?]{0,80}?\b(?:adhère|adhèrent|est (?:signataire|membre|certifiée?|labellisée?)|"
    r"a signé|ont signé|respecte|respectent|applique|se conforme)\b[^.!?]*?\b(?:charte|code|principes|label)\b"
    r"[^.!?]*?\b(?:journalis\w*|fact-?checking|vérification|déontologi\w*|Munich|IFCN|JTI|presse)",
    re.I,
)

# An interviewee's or guest author's bio under the text: "Anne Martin est historienne. Elle a publié
# « Les Ports bretons » (Éditions de l'Estuaire, 2024)." A name, a role and a book with its publisher
# and year; a review that goes on about the book has more to say than that.
_GUEST_BIO = re.compile(
    rf"^{PERSON},?\s+(?:est|était|a été|enseigne|dirige|préside)\b[^«»]*?"
    r"(?:[Ii]l|[Ee]lle|[Ii]ls|[Ee]lles)?\s*(?:a|ont|vient|viennent)?\s*(?:publié|co-?signé|dirigé|de publier|"
    r"est l'autrice de|est l'auteure? de|sont les auteur(?:e|rice)?s de)\s*:?\s*«[^»]+»\s*\([^()]*\b(?:19|20)\d{2}\)\.?$"
)

# The titles a contributor writes for: one named ("Le Courrier", "Mediapart"), the site, or several of them.
_TITLES = (
    r"(?:(?:L'|La |Le |Les )?[A-ZÀ-Ý]|(?:le|ce|notre) (?:site|journal|magazine|quotidien|hebdomadaire|mensuel|blog)\b|"
    r"la (?:rédaction|rubrique|revue|radio|chaîne)\b|(?:plusieurs|des|diverses|différentes|deux|trois|quatre|de "
    r"nombreu(?:x|ses)) (?:[\w-]+ )?(?:revues|journaux|magazines|titres|médias|sites|publications|quotidiens|"
    r"rédactions|radios)\b)"
)
# The same biography under the journalist's name, on a line of its own: "Journaliste au service
# Économie depuis 2019, elle suit l'industrie.", "Rédacteur en chef adjoint. Couvre le numérique.",
# "Journaliste sport. Il suit le cyclisme depuis 2015."
# The role opens the line and a verb of the journalist's beat follows; "Journaliste de formation,
# elle a fondé l'association" tells a life, not a beat.
_ROLE_BIO = re.compile(
    r"^(?:[Jj]ournaliste|[Rr]édact(?:eur|rice)|[Rr]eporter|[Cc]orrespondante?|[Cc]hroniqueu(?:r|se)|[ÉéEe]ditorialiste|"
    # (not one trained as a journalist: "Journaliste de formation, elle teste une méthode d'élevage" tells a life)
    r"[Pp]igiste|[Pp]hotographe|[Cc]heff?e? (?:du|de la|adjointe?))\b(?! de formation\b)[^.!?]{0,80}?[.,]\s*"
    r"(?:(?:[Ii]l|[Ee]lle)\s+)?"
    # a tester's beat too: "Journaliste spécialisé dans l'habitat, il teste des équipements" (not "il essaie de ...")
    r"(?:(?i:couvre|suit|enquête|écrit sur|travaille sur|s'intéresse|traite|s'occupe|est spécialisée?|se consacre|"
    r"teste|essaie(?! d['e]\b))\b"
    # or a contributor's titles: "il écrit pour plusieurs revues de voile", not an art's or a cause's ("Journaliste
    # de métier, il écrit pour le théâtre", "Reporter de guerre, il travaille pour la paix")
    rf"|(?i:écrit|travaille|pige) pour {_TITLES}|(?i:collabore) à {_TITLES})"
    # or a student's or an intern's, who writes for a title: "Étudiante en histoire, Inès couvre le campus
    # pour L'Amphi depuis 2025." (not "Étudiante en médecine, elle suit un stage à Brest")
    r"|^(?:[ÉéEe]tudiante?|[Ss]tagiaire|[Dd]octorante?|[Ll]ycéenne?)\b[^.!?]{0,80}?,\s*[A-ZÀ-Ý][a-zà-ÿ-]+\s+"
    r"(?:couvre\b[^.!?]{0,60}?\b(?:pour|à|au)|écrit pour|pige pour) (?:L'|La |Le |Les )?[A-ZÀ-Ý]"
    # or a journalist's, named after the role, who joined or writes for a title: "Journaliste spécialisée en
    # biodiversité, Lucie Kervella a rejoint La Gazette du Vivant en 2022."
    r"|^(?:[Jj]ournaliste|[Rr]édact(?:eur|rice)|[Rr]eporter|[Cc]orrespondante?|[Pp]hotographe)\s+(?:spécialisée?|"
    r"au service|à la rubrique|à la rédaction|indépendante?)\b[^.!?]{0,80}?,\s*"
    rf"{PERSON}\s+(?:a rejoint|travaille pour|écrit pour|collabore à)\s+(?:L'|La |Le |Les )?[A-ZÀ-Ý]"
    # or at a title's desk, named, then the beat: "Journaliste au service Sports du Courrier, Paul Girard suit le rugby"
    r"|^(?:[Jj]ournaliste|[Rr]édact(?:eur|rice)|[Rr]eporter)\s+(?:au service|à la rubrique|à la rédaction)\b[^.!?]{0,80}?,\s*"
    rf"{PERSON}\s+(?:couvre|suit|enquête sur|écrit sur|travaille sur|s'intéresse à|traite)\b"
)
# A consent notice names cookies (or trackers, consent) and what is done with them, in any order,
# and the site or its reader.
_CONSENT_OBJECT = re.compile(r"\b(?:cookies?|traceurs|consentement|vie privée)\b", re.I)
_CONSENT_ACTION = re.compile(
    r"\b(?:accept|autoris|activ|utilis|dépos|stock|accord|traité|traitons|personnalis|mesur|statistiques|publicités?)",
    re.I,
)
# The banner's last line, the reader's choices: "Vous pouvez modifier vos choix à tout moment depuis le lien ..."
_CONSENT_CHOICE = re.compile(
    r"\b(?:modifier|changer|retirer|revenir sur|gérer|paramétrer) (?:vos|votre) (?:choix|consentement|préférences)\b"
    r"[^.!?]*\b(?:à tout moment|en bas de (?:la |chaque )?page|dans (?:les|vos) paramètres)\b"
    # or its three buttons said in a sentence: "Vous pouvez accepter, refuser ou paramétrer vos choix."
    r"|\bvous\b[^.!?]{0,40}\baccepter\b[^.!?]{0,30}\brefuser\b[^.!?]{0,30}\b(?:paramétrer|personnaliser)\b",
    re.I,
)
# A sentence ending on who said it is news reported: "..., rappelle la Cnil.", "..., accuse l'association."
_REPORTED = re.compile(
    r",\s+(?:a\s+)?(?:rappel|accus|estim|affirm|expliqu|indiqu|soulign|dénonc|précis|ajout|déclar|assur|avert|"
    r"prévien|note|noté|conseill|annonc|recommand|confi|racont|résum)"
    r"[a-zé]*\s+[^,.!?]{2,60}\.?$"
)
_US_OR_YOU = re.compile(r"\b(?:vous|votre|vos|nous|nos|notre)\b", re.I)
_SITE_OR_READER = re.compile(
    r"\b(?:vous|votre|vos|nous|nos|notre|ce site|acceptez|autorisez|activez|cliquez|paramétrez|refusez)\b", re.I
)
# A work's reference line, under a review or an interview: "« Titre », de Anne Martin, Éditions
# du Port, 240 pages, 20 euros.", "« Titre », de Lou Ferrand (Label), 11 titres, 41 minutes." A quoted
# title, its author, and a page count, a closing price, or after a comma a number of tracks or episodes
# or a duration (not "« Titre », de X, compte 11 titres.").
_RUNNING_TIME = r"(?:\d+\s?h\s?)?\d+\s?min(?:utes)?"  # "41 minutes", "1 h 52 min"
_BOOK_REFERENCE = re.compile(
    rf"^«[^«»]+»,?\s+(?:de\s+|d'|par\s+){PERSON}\b[^«»]*?"
    r"(?:,\s*\d+\s?(?:pages|p\.)|\d(?:,\d{2})?\s?(?:€|euros)\.?$|"
    rf",\s\d+\s(?:titres|morceaux|chansons|épisodes)(?:,\s{_RUNNING_TIME})?\.?$|"
    rf",\s(?:\d+\s?h\s?\d{{2}}|{_RUNNING_TIME})\.?$)"
)
# A line of a list of reviews, a work and its rating: "« Titre », de Anne Martin : 3 étoiles. Un
# polar nerveux.", "« Titre » (Anne Martin), 4/5". A review's own sentences name no rating.
_RATING_LINE = re.compile(
    rf"^«[^«»]+»,?\s+(?:\(?(?:de|par)\s+)?{PERSON}\)?\s*[:,–-]\s*"
    r"(?:\d(?:[.,]5)?\s?(?:étoiles?|/\s?(?:5|10)|sur (?:5|10))|[★☆✪]+)"
)
_QUOTED = re.compile(r"«[^»]*»|\"[^\"]*\"|“[^”]*”")


def is_role_bio(line: str) -> bool:
    """A line opening on a journalist's role and going on with their beat or their titles (`_ROLE_BIO`): "Journaliste
    au service Société depuis 2021, il suit l'éducation." Chrome under the byline or at the page's end; between two
    paragraphs of the article, prose (`segment`: "Journaliste de métier, il travaille pour une ONG depuis 2019.")."""
    return bool(_ROLE_BIO.match(line))


def is_site_prose(line: str, next_line: str | None = None) -> bool:
    """True when a line of up to `boilerplate.MAX_NOTICE_WORDS` words is the site's prose (see above); `next_line`,
    the page's line under it (where an interview's or a transcript's question gets its answer)."""
    unquoted = _QUOTED.sub("", line)
    if _REPORTED.search(unquoted):
        return False  # news reported: "..., a rappelé le CSA.", "Réservez tôt, conseille la SNCF."
    if _speaks_to_reader(unquoted, next_line) or _is_consent_notice(unquoted) or _is_blocked_media(unquoted):
        return True
    if _NEWSROOM_STANDARDS.match(line) or _GUEST_BIO.match(line) or _BOOK_REFERENCE.match(line):
        return True
    if _RATING_LINE.match(line) or is_broadcast_notice(line, unquoted):
        return True
    if _SERVICE_PITCH.match(unquoted) or is_site_notice(line, unquoted):
        return True
    return bool(_JOURNALIST_BIO.match(line) or _ROLE_BIO.match(line))


def _speaks_to_reader(unquoted: str, next_line: str | None = None) -> bool:
    if _SUPPORT_US.search(unquoted) and _READER_MARKER.search(unquoted):
        return True
    question = _READER_QUESTION.match(unquoted)
    # an interview's question is answered in its line or on the next ("Vous dites que ... ?", then "Oui, quand on
    # ..."), or by a quotation under it when the line is the question alone, of no work of the site's ("nos enquêtes")
    alone = question and not unquoted[question.end() :].strip() and not _SITE_WORK.search(unquoted)
    if question and not _ANSWERED.match(unquoted, question.end()) and not _answers(next_line or "", alone):
        return True
    return bool(_site_imperative(unquoted) or _READER_PITCH.search(unquoted))


def _answers(next_line: str, alone: bool) -> bool:
    """The line under a question answers it: "Non, ..." or, an interview's way, a quotation of some length, the whole
    line, under a line that is only the question ("« Changer de cépage ? Non ! On teste ... »"); a site's question to
    its reader gets no answer (its pitch going on after the question, "Vous avez une question ? Envoyez-la-nous.",
    over a reader's letter quoted; a reader's praise signed after its quotation, "« ... » Jeanne, abonnée")."""
    whole = next_line.startswith("«") and next_line.rstrip(" .").endswith("»")
    quoted = alone and whole and len(next_line.split()) >= _QUOTED_ANSWER_WORDS
    return quoted or bool(_ANSWERED.match(next_line))


_QUOTED_ANSWER_WORDS = 8
# The site's own work, which its question to the reader is about: "Vous avez aimé cet article ?".
_SITE_WORK = re.compile(r"\b(?:nos|notre|cet article|ce reportage|cette enquête)\b", re.I)


def is_consent_notice(line: str) -> bool:
    """A consent banner of any length (listing partners and purposes, it runs long), said by the site
    to its reader ("nous", "vous"): an article about a site's cookies says "le site", not "nous"."""
    unquoted = _QUOTED.sub("", line)
    return _is_consent_notice(unquoted) and bool(_US_OR_YOU.search(unquoted))


def _is_consent_notice(unquoted: str) -> bool:
    """ "Nous utilisons des cookies pour mesurer l'audience", not "sans consentement valable de ses utilisateurs"."""
    if _REPORTED.search(unquoted):
        return False
    if _CONSENT_CHOICE.search(unquoted):
        return True
    return bool(
        _CONSENT_OBJECT.search(unquoted) and _CONSENT_ACTION.search(unquoted) and _SITE_OR_READER.search(unquoted)
    )


def _is_blocked_media(unquoted: str) -> bool:
    """ "Ce contenu n'est pas disponible : acceptez les cookies", not "« Cette vidéo n'est pas disponible »"."""
    return bool(_BLOCKED_MEDIA.match(unquoted) and _BLOCKED_REASON.search(unquoted))
