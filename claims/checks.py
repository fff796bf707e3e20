"""A database check run by `migrate`: a database halfway through a chain of migrations that was
squashed and deleted (claims 0001-0011, annotations 0001-0009) cannot be migrated by this code.

Django counts a squashed migration as applied only when every migration it replaces is; when only
some are, it falls back on the replaced files, and without them `migrate` fails on some later
migration with an error that names neither (e.g. "Related model 'claims.claim' cannot be
resolved"). This check stops it first and says what to do.
"""

from django.core import checks
from django.db import connections
from django.db.migrations.loader import MigrationLoader
from django.db.migrations.recorder import MigrationRecorder

# The last commit with the old chains: it migrates such a database to their end.
BEFORE_THE_SQUASH = "19f5d85"


def check_squashed_migrations(app_configs=None, databases=None, **kwargs) -> list[checks.Error]:
    errors = []
    loader = MigrationLoader(None, ignore_no_migrations=True)
    for alias in databases or []:
        recorded = set(MigrationRecorder(connections[alias]).applied_migrations())
        for (app_label, name), migration in sorted(loader.replacements.items()):
            replaced = [tuple(key) for key in migration.replaces]
            done = [key for key in replaced if key in recorded]
            if not done or len(done) == len(replaced) or all(key in loader.disk_migrations for key in replaced):
                continue
            app, last = replaced[-1]
            errors.append(
                checks.Error(
                    f"The database {alias!r} has applied {len(done)} of the {len(replaced)} migrations that "
                    f"{app_label}.{name} replaces, and those are no longer in the code.",
                    hint=f"Run migrate on it with Saga at commit {BEFORE_THE_SQUASH}, the last code with those "
                    f"migrations (up to {app}.{last}), then run migrate again with this code.",
                    obj=f"{app_label}.{name}",
                    id="claims.E001",
                )
            )
    return errors
