"""What Saga's management commands that write share: they refuse to start on a database that is not
migrated, in one line, rather than fail half-way with a traceback ("no such table: claims_article").

Django's own hook does the check: `requires_migrations_checks` makes `BaseCommand.execute` call
`check_migrations()` before `handle()` (as `runserver` does); Django's version only prints a
notice and goes on, this one stops. It reads the migration files and the applied migrations'
table: some 40 ms the first time in a process, 5 ms after. A SQLite file that does not exist is
not opened: SQLite would create it, and an empty file would be left behind by a refused command.

Other apps' commands (django-axes' `axes_reset`, Django's `createsuperuser`) do not check first:
manage.py says the same line when one of them fails on a database that is not migrated.
"""

import re
from datetime import date
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.db import DEFAULT_DB_ALIAS, connections
from django.db.migrations.executor import MigrationExecutor


class WritingCommand(BaseCommand):
    """A command that writes to the database: it starts only once every migration is applied."""

    requires_migrations_checks = True

    def check_migrations(self):
        reason = not_migrated()
        if reason:
            raise CommandError(reason)


def not_migrated() -> str | None:
    """Why the default database is not migrated, in one line, or None if it is."""
    connection = connections[DEFAULT_DB_ALIAS]
    missing_file = sqlite_file_missing(connection)
    if missing_file:
        return f"the database is not migrated ({missing_file} does not exist): run `manage.py migrate` first"
    executor = MigrationExecutor(connection)
    plan = executor.migration_plan(executor.loader.graph.leaf_nodes())
    if not plan:
        return None
    names = [f"{migration.app_label}.{migration.name}" for migration, _backwards in plan]
    missing = ", ".join(names) if len(names) <= 3 else f"{len(names)} migrations"
    return f"the database is not migrated ({missing} not applied): run `manage.py migrate` first"


def sqlite_file_missing(connection) -> str | None:
    """The path of a SQLite database file that does not exist yet, else None (another database, an
    in-memory one, a URI, or a file that is there)."""
    if connection.vendor != "sqlite" or connection.is_in_memory_db():
        return None
    name = str(connection.settings_dict["NAME"])
    if name.startswith("file:") or Path(name).exists():
        return None
    return name


def published_date(value: str) -> date:
    """The day `--published` gives (YYYY-MM-DD), or one line saying what is wrong with it."""
    try:
        return date.fromisoformat(value)
    except ValueError:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):  # the right form, a day no calendar has
            raise CommandError(f"--published {value}: that date does not exist") from None
        raise CommandError(f"--published must be a date YYYY-MM-DD, got {value!r}") from None
