"""A database check run by `migrate`: a database halfway through a chain of migrations that was
squashed and deleted cannot be migrated by this code. The claims and annotations migrations were
squashed twice: first claims 0001-0011 and annotations 0001-0009, then those squashes with the
migrations written after them (claims 0003-0005, annotations 0010-0012).

Django counts a squashed migration as applied only when every migration it replaces is; when only
some are, it falls back on the replaced files, and without them `migrate` fails on some later
migration with an error that names neither (e.g. "Related model 'claims.claim' cannot be
resolved"). This check stops it first and says what to do.
"""

from django.core import checks
from django.db import connections
from django.db.migrations.loader import MigrationLoader
from django.db.migrations.recorder import MigrationRecorder

# The last commit with each chain of deleted migrations, oldest first, and the last migration of
# each app it holds: it migrates a database halfway through that chain to the chain's end.
OLD_CODE = [
    ("19f5d85", {"claims": "0011_facets_index_per_verdict", "annotations": "0009_mention_article_id"}),
    ("0493cca", {"claims": "0005_rereview_only_reviewed_edits", "annotations": "0012_field_labels"}),
]


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
            commits = ", then at commit ".join(commits_to_finish(replaced, recorded))
            errors.append(
                checks.Error(
                    f"The database {alias!r} has applied {len(done)} of the {len(replaced)} migrations that "
                    f"{app_label}.{name} replaces, and those are no longer in the code.",
                    hint=f"Run migrate on it with Saga at commit {commits} (the last code with those "
                    f"migrations, up to {app}.{last}), then run migrate again with this code.",
                    obj=f"{app_label}.{name}",
                    id="claims.E001",
                )
            )
    return errors


def commits_to_finish(replaced: list[tuple[str, str]], recorded: set[tuple[str, str]]) -> list[str]:
    """The commits of OLD_CODE that take a database from where it is to the end of `replaced`: the
    one of the first chain it has not finished, then each later one."""
    for number, (_commit, lasts) in enumerate(OLD_CODE):
        ends = [replaced.index((app, last)) for app, last in lasts.items() if (app, last) in replaced]
        chain = replaced[: max(ends) + 1] if ends else []
        if not all(key in recorded for key in chain):
            return [commit for commit, _lasts in OLD_CODE[number:]]
    return [OLD_CODE[-1][0]]
