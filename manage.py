#!/usr/bin/env python
"""Django's command-line utility for administrative tasks."""

import os
import sys

from django.core.exceptions import ImproperlyConfigured
from django.db import DatabaseError


def main():
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "saga.settings")
    from django.core.management import execute_from_command_line

    from saga.commands import not_migrated

    # A malformed setting (saga/settings.py names the variable) is the operator's to fix, not a
    # bug: one line on stderr and exit status 1, not Django's traceback through its loader.
    try:
        execute_from_command_line(sys.argv)
    except ImproperlyConfigured as error:
        sys.exit(f"manage.py: {error}")
    except DatabaseError:
        # Another app's command (django-axes' axes_reset) does not check the migrations as
        # Saga's do, and fails at its first query ("no such table"): if that is why, one line
        # saying so; any other database error (or one that stops the check too) keeps its traceback.
        # Not for the commands that apply the migrations: a `migrate` stopped half-way by an error
        # leaves migrations not applied, and that error is the one to read.
        try:
            reason = None if sys.argv[1:2] in (["migrate"], ["test"]) else not_migrated()
        except DatabaseError:
            reason = None
        if reason is None:
            raise
        sys.exit(f"manage.py: {reason}")


if __name__ == "__main__":
    main()
