"""The simple conditional, read from verb endings (the pipeline runs no tagger): news' way of telling a plan not
confirmed or a forecast ("le ministre démissionnerait lundi", "la croissance atteindrait 1 %"). One pattern for the
check-worthiness cues (`checkworthiness_future`) and the tense of dates (`dates/verbs.py`)."""

from __future__ import annotations

# A conditional by the future's stems ("atteindrait", "reviendrait", "manquerait"), not the past conditional
# ("aurait quitté", "serait rentré", "se serait installé": the press's hearsay; "serait achevé" is a passive, a
# forecast still) nor the imperfect of the verbs whose stem ends as a future's does ("l'usine livrait", "le club
# attirait", "la situation empirait", "le port encadrait": tirer, virer, admirer, -pirer, désirer, déchirer,
# cirer, délirer, livrer, cadrer, restaurer, instaurer; "s'effondrait", "engendrait": -drer).
_IMPERFECT_LOOK_ALIKE = (
    r"(?:at|re|é|sou)?tir|(?:cha)?vir|admir|[a-zà-ÿ]*pir|désir|déchir|cir|délir|(?:dé)?livr|(?:en)?cadr|(?:res|ins)taur"
    r"|(?:ef)?fondr|engendr|poudr|cylindr|calandr"
)
# The participles of the verbs whose past is told with "être" ("il serait arrivé", "elle serait morte").
_MOVED = (
    r"allé|arrivé|entré|rentré|(?:res)?sorti|(?:re)?parti|(?:re|de|rede|inter|par|sur)?venu|resté|retourné|tombé|"
    r"(?:re)?monté|(?:re)?descendu|passé|né|mort|décédé|(?:ap|dis)paru"
)
CONDITIONAL = (
    # a reflexive's "se serait", not a noun's end: "la sécheresse serait levée lundi"
    r"\b(?!aur(?:ait|aient)\b)(?!(?<=\bse\s)ser(?:ait|aient)\b)(?!(?<=\bs')ser(?:ait|aient)\b)"
    rf"(?!ser(?:ait|aient)\s+(?:[a-zà-ÿ]+\s+)?(?:{_MOVED})(?:e|s|es)?\b)"
    rf"(?!(?:{_IMPERFECT_LOOK_ALIKE})(?:ait|aient)\b)"
    r"[a-zà-ÿ]+(?:(?:e|i|d|tt|ev|iv|au|oi|ît)r|verr|ourr)(?:ait|aient)\b"
)
