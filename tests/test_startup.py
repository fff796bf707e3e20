"""Starting Django imports no spaCy: a web process, `manage.py check` or `migrate` would otherwise
spend some 5 s compiling spaCy's French tokenizer exceptions (`spacy.lang.fr`) before doing
anything. Only the code that analyses text imports the pipeline (annotations/nlp/__init__.py)."""

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# What a web process loads (the WSGI application: settings, apps, the admin's registrations,
# middleware), then its URLconf, then what `manage.py check` runs (models, admin, URL checks).
STARTUP = """
import json, sys
import saga.wsgi
from django.core.management import call_command
from django.urls import get_resolver
get_resolver().url_patterns
call_command("check", verbosity=0)
print(json.dumps(sorted(name for name in sys.modules if name == "spacy" or name.startswith("spacy."))))
"""


def test_django_startup_imports_no_spacy():
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "saga.settings"}
    result = subprocess.run(
        [sys.executable, "-c", STARTUP], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )

    assert result.returncode == 0, result.stderr
    spacy_modules = json.loads(result.stdout.strip().splitlines()[-1])
    assert "spacy.lang.fr" not in spacy_modules
    assert spacy_modules == []  # not even spaCy's core: the desk reads stored signals without it
