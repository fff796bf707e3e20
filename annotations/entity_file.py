"""Reading an entity file (`manage.py annotate --aliases`): the canonical names, kinds and aliases an
editor curated, as a JSON list; every problem raises `DocumentError` with one line naming it."""

import json

from annotations.documents import DocumentError, decode

ENTITY_KINDS = ("PER", "ORG", "LOC", "MISC")
# A misspelt field ("alias") would drop what it holds without a word.
ENTITY_FIELDS = ("name", "kind", "aliases", "wikidata")


def parse_entity_file(data: bytes) -> dict[str, tuple[str, str]]:
    """The alias table of an entity file: every name and alias → (canonical name, kind).

    The file is a JSON list of `{"name": "Jean Dupont", "kind": "PER", "aliases": ["Dupont"],
    "wikidata": "Q..."}` (aliases and wikidata optional), the format of fixtures/*.entities.json.
    """
    if not data.strip():
        raise DocumentError("entity file is empty: it must hold a JSON list of entities")
    try:
        entries = json.loads(decode(data))
    except json.JSONDecodeError as error:
        raise DocumentError(f"entity file is not valid JSON: {error.msg} at line {error.lineno}") from None
    except RecursionError:
        raise DocumentError("entity file is not valid JSON: nested too deeply") from None
    if not isinstance(entries, list):
        raise DocumentError("entity file must hold a JSON list of entities")
    table: dict[str, tuple[str, str]] = {}
    for position, entry in enumerate(entries, start=1):
        name, kind, aliases = _entity_entry(entry, position)
        for surface in (name, *aliases):
            table[surface] = (name, kind)
    return table


def _entity_entry(entry: object, position: int) -> tuple[str, str, list[str]]:
    if not isinstance(entry, dict) or not isinstance(entry.get("name"), str) or not entry["name"].strip():
        raise DocumentError(f'entity file, entry {position}: needs a non-empty "name"')
    unknown = [key for key in entry if key not in ENTITY_FIELDS]
    if unknown:
        raise DocumentError(
            f'entity file, entry {position}: unknown field "{unknown[0]}" (fields: {", ".join(ENTITY_FIELDS)})'
        )
    kind = entry.get("kind")
    if kind not in ENTITY_KINDS:
        raise DocumentError(f'entity file, entry {position}: "kind" must be one of {", ".join(ENTITY_KINDS)}')
    aliases = entry.get("aliases", [])
    if not isinstance(aliases, list) or not all(isinstance(alias, str) and alias.strip() for alias in aliases):
        raise DocumentError(f'entity file, entry {position}: "aliases" must be a list of names')
    return entry["name"].strip(), kind, [alias.strip() for alias in aliases]
