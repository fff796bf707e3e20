"""saga/commands.py: Saga's commands that write refuse to start on a database that is not migrated,
in one line on stderr naming `manage.py migrate`, exit code 1, nothing written."""

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.management import get_commands, load_command_class
from django.db.migrations.loader import MigrationLoader

from saga.commands import WritingCommand

ROOT = Path(__file__).resolve().parent.parent
SAGA_APPS = {"annotations", "claims", "desk", "intake", "matching", "saga"}
# Each writing command with arguments it would otherwise accept.
WRITING = {
    "ingest": ["fixtures/openai-saga.fr.txt"],
    "load_demo": [],
    "issue_token": ["edith"],
    "poll_feeds": ["--all"],
    "requeue_jobs": [],
    "rematch": [],
}


def manage(*args: str, database: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{database}"}
    env.pop("CELERY_BROKER_URL", None)
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=300
    )


def test_every_saga_command_that_writes_checks_the_migrations_first():
    saga_commands = {name: app for name, app in get_commands().items() if app in SAGA_APPS}
    writing = {name for name, app in saga_commands.items() if isinstance(load_command_class(app, name), WritingCommand)}

    assert writing == set(WRITING)
    assert set(saga_commands) - writing == {"annotate"}  # reads files, prints, needs no database


@pytest.mark.parametrize("command", sorted(WRITING))
def test_a_writing_command_on_a_database_never_migrated_says_to_migrate_in_one_line(command, tmp_path):
    result = manage(command, *WRITING[command], database=tmp_path / "empty.sqlite3")

    assert result.returncode == 1 and result.stdout == ""
    [line] = result.stderr.strip().splitlines()
    assert "not migrated" in line and "run `manage.py migrate` first" in line


def test_ingest_on_a_database_one_migration_behind_names_it_and_writes_nothing(tmp_path):
    database = tmp_path / "behind.sqlite3"
    [last] = sorted(name for app, name in MigrationLoader(None).graph.leaf_nodes() if app == "intake")
    previous = MigrationLoader(None).graph.node_map[("intake", last)].parents
    [(_app, before)] = [parent.key for parent in previous if parent.key[0] == "intake"]
    assert manage("migrate", "--verbosity", "0", database=database).returncode == 0
    assert manage("migrate", "intake", before, "--verbosity", "0", database=database).returncode == 0

    result = manage("ingest", "fixtures/openai-saga.fr.txt", database=database)

    assert result.returncode == 1
    assert result.stderr.strip() == (
        f"CommandError: the database is not migrated (intake.{last} not applied): run `manage.py migrate` first"
    )
    with sqlite3.connect(database) as db:
        assert db.execute("SELECT count(*) FROM claims_article").fetchone() == (0,)


def test_a_writing_command_refused_on_a_missing_sqlite_file_leaves_no_file_behind(tmp_path):
    database = tmp_path / "never.sqlite3"

    result = manage("load_demo", database=database)

    assert result.returncode == 1 and "run `manage.py migrate` first" in result.stderr
    assert str(database) in result.stderr
    assert list(tmp_path.iterdir()) == []


# -- other apps' commands (manage.py) ---------------------------------------------------------


@pytest.fixture(scope="module")
def migrated(tmp_path_factory):
    database = tmp_path_factory.mktemp("migrated") / "db.sqlite3"
    assert manage("migrate", "--verbosity", "0", database=database).returncode == 0
    return database


def test_another_apps_command_on_a_database_never_migrated_says_to_migrate_in_one_line(tmp_path):
    result = manage("axes_reset", database=tmp_path / "empty.sqlite3")  # django-axes' own command

    assert result.returncode == 1 and result.stdout == ""
    assert result.stderr.startswith("manage.py: the database is not migrated (") and "Traceback" not in result.stderr
    assert result.stderr.strip().endswith("not applied): run `manage.py migrate` first")


def test_another_apps_command_on_a_migrated_database_runs(migrated):
    result = manage("axes_reset", database=migrated)

    assert (result.returncode, result.stdout, result.stderr) == (0, "No attempts found.\n", "")


def test_another_database_error_of_another_apps_command_keeps_its_traceback(migrated, tmp_path):
    broken = tmp_path / "broken.sqlite3"
    broken.write_bytes(migrated.read_bytes())
    with sqlite3.connect(broken) as db:
        db.execute("DROP TABLE axes_accessattempt")  # migrated, yet the table is gone: not a missing migration

    result = manage("axes_reset", database=broken)

    assert result.returncode == 1
    assert "Traceback" in result.stderr and "no such table: axes_accessattempt" in result.stderr
    assert "not migrated" not in result.stderr


def test_a_migrate_stopped_by_a_database_error_keeps_its_traceback(tmp_path):
    clash = tmp_path / "clash.sqlite3"
    with sqlite3.connect(clash) as db:
        db.execute("CREATE TABLE claims_article (id integer primary key)")  # in the way of claims' first migration

    result = manage("migrate", "--verbosity", "0", database=clash)

    assert result.returncode == 1
    assert "Traceback" in result.stderr and 'table "claims_article" already exists' in result.stderr
    assert "not migrated" not in result.stderr
