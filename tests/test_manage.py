"""manage.py stops on a malformed setting with one line on stderr naming the variable."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def run_manage(*args, **env):
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        env={"PATH": os.environ["PATH"], **env},
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.mark.parametrize(
    ("env", "variable"),
    [
        ({"SAGA_MAX_ARTICLE_BYTES": "abc"}, "SAGA_MAX_ARTICLE_BYTES"),
        ({"DEBUG": "maybe"}, "DEBUG"),
        ({"DEBUG": "false"}, "SECRET_KEY"),
        ({"TIME_ZONE": "Mars/Olympus"}, "TIME_ZONE"),
    ],
)
def test_manage_reports_malformed_setting_in_one_line(env, variable):
    run = run_manage("check", **env)

    assert run.returncode == 1
    assert "Traceback" not in run.stderr
    assert len(run.stderr.splitlines()) == 1
    assert run.stderr.startswith(f"manage.py: {variable} ")


def test_manage_deploy_check_reports_missing_secret_key_in_one_line():
    # The first step of `make serve`, which stops before gunicorn starts.
    run = run_manage("check", "--deploy", "--fail-level", "ERROR", DEBUG="false")

    assert run.returncode == 1
    assert run.stderr == "manage.py: SECRET_KEY must be set when DEBUG is off\n"
