"""A varied synthetic French news corpus for benchmarks.

Sentences are drawn from templates filled with random names, places, organisations, dates and
amounts, so no paragraph repeats; the vocabulary below is invented benchmark data, not
knowledge the pipeline uses.
"""

import random

FIRST = ["Claire", "Julien", "Amina", "Thomas", "Léa", "Karim", "Sophie", "Nicolas", "Inès", "Marc", "Élodie", "Yann"]
LAST = ["Martin", "Bernard", "Durand", "Lefèvre", "Moreau", "Garnier", "Rousseau", "Fontaine", "Chevalier", "Perrin"]
PLACES = ["Lyon", "Marseille", "Toulouse", "Nantes", "Strasbourg", "Bordeaux", "Lille", "Rennes", "Grenoble", "Dijon"]
ORGS = [
    "Veolia",
    "la SNCF",
    "Airbus",
    "Orange",
    "la Banque de France",
    "l'Insee",
    "Danone",
    "Michelin",
    "EDF",
    "l'OCDE",
]
MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "septembre", "octobre", "novembre"]
TOPICS = [
    "la réforme des retraites",
    "le budget régional",
    "la transition énergétique",
    "le prix de l'électricité",
    "la construction d'une ligne de tramway",
    "l'ouverture d'une usine",
    "la fermeture d'un site industriel",
    "le plan de relance",
    "la rénovation des écoles",
    "la sécurité routière",
    "l'accès aux soins",
]
VERBS = ["a annoncé", "a confirmé", "a démenti", "a déclaré", "a révélé", "a estimé", "a reconnu", "a promis"]
OPINION = [
    "Il faut sans doute s'interroger sur {topic}.",
    "Nous devons repenser {topic} avant qu'il ne soit trop tard.",
    "Qui pourra vraiment financer {topic} ?",
    "Cette question reste ouverte, et le débat continue.",
    "On peut penser que {topic} divisera encore longtemps l'opinion.",
]
FACTS = [
    "En {year}, {org} {verb} un investissement de {amount} millions d'euros à {place}.",
    "Le {day} {month} {year}, {person}, maire de {place}, {verb} que {topic} coûterait {amount} millions d'euros.",
    "Selon {org}, le chômage a reculé de {pct},{digit} % à {place} entre {year} et {year2}.",
    "{person} {verb} en {month} {year} que {org} supprimerait {jobs} emplois.",
    "« Nous avons tenu nos engagements », {verb} {person} lors d'une conférence de presse à {place}.",
    "{org} a versé entre {amount} et {amount2} millions de dollars à ses partenaires en {year}.",
    "D'après un rapport publié le {day} {month} {year}, {topic} concerne {jobs} foyers à {place}.",
    "{person}, directeur de {org}, {verb} sa démission fin {year}.",
]


def person(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def sentence(rng: random.Random) -> str:
    year = rng.randint(1990, 2024)
    amount = rng.randint(2, 400)
    values = {
        "year": year,
        "year2": year + rng.randint(1, 5),
        "org": rng.choice(ORGS),
        "verb": rng.choice(VERBS),
        "amount": amount,
        "amount2": amount + rng.randint(5, 200),
        "place": rng.choice(PLACES),
        "person": person(rng),
        "topic": rng.choice(TOPICS),
        "day": rng.randint(1, 28),
        "month": rng.choice(MONTHS),
        "pct": rng.randint(1, 9),
        "digit": rng.randint(0, 9),
        "jobs": rng.randint(10, 5000),
    }
    template = rng.choice(OPINION) if rng.random() < 0.3 else rng.choice(FACTS)
    text = template.format(**values)
    return text[0].upper() + text[1:]


def article(rng: random.Random, paragraphs: int = 8) -> str:
    title = f"{rng.choice(TOPICS).capitalize()} à {rng.choice(PLACES)}"
    body = ["\n".join([title]), *(" ".join(sentence(rng) for _ in range(rng.randint(3, 6))) for _ in range(paragraphs))]
    return "\n\n".join(body) + "\n"


def corpus(count: int, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    return [article(rng) for _ in range(count)]
