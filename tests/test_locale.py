"""The French and English catalogs in locale/: compiled, committed and in step with their sources.

Tests never run gettext: the .mo files are committed. This checks that they were rebuilt after
the last change to a .po file (`manage.py compilemessages`).
"""

import ast
import gettext
import re
from pathlib import Path

import pytest
from django.conf import settings

LOCALE = Path(settings.BASE_DIR) / "locale"
ENTRY = re.compile(r'^(msgctxt|msgid|msgid_plural|msgstr(?:\[\d\])?) (".*")$')


def po_entries(path: Path) -> dict[str, list[str]]:
    """msgid -> its translations ([msgstr] or [msgstr[0], msgstr[1]]) for every translated entry;
    an entry with a context is keyed as gettext keys it, "context\x04msgid"."""
    entries = {}
    for chunk in path.read_text(encoding="utf-8").split("\n\n"):
        fields, current = {}, None
        for line in chunk.splitlines():
            match = ENTRY.match(line)
            if match:
                current = match.group(1)
                fields[current] = ast.literal_eval(match.group(2))
            elif line.startswith('"') and current:
                fields[current] += ast.literal_eval(line)
        if "#, fuzzy" in chunk or not fields.get("msgid"):
            continue
        translations = [value for key, value in sorted(fields.items()) if key.startswith("msgstr")]
        if all(translations):
            key = f"{fields['msgctxt']}\x04{fields['msgid']}" if "msgctxt" in fields else fields["msgid"]
            entries[key] = translations
    return entries


@pytest.mark.parametrize("language", ["fr", "en"])
def test_locale_compiled_catalog_matches_its_source(language):
    folder = LOCALE / language / "LC_MESSAGES"
    with (folder / "django.mo").open("rb") as compiled:
        catalog = gettext.GNUTranslations(compiled)
    for msgid, translations in po_entries(folder / "django.po").items():
        if len(translations) == 1:
            assert catalog.gettext(msgid) == translations[0], msgid
        else:
            assert catalog.ngettext(msgid, "", 1) == translations[0], msgid


def test_locale_french_catalog_translates_the_verdicts():
    entries = po_entries(LOCALE / "fr" / "LC_MESSAGES" / "django.po")
    assert entries["sourced"] == ["sourcé"]
    assert entries["disputed"] == ["contesté"]
    assert entries["unverified"] == ["non vérifié"]
