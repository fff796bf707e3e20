#!/usr/bin/env python
"""Django's command-line utility for administrative tasks."""

import os
import sys

from django.core.exceptions import ImproperlyConfigured


def main():
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "saga.settings")
    from django.core.management import execute_from_command_line

    # A malformed setting (saga/settings.py names the variable) is the operator's to fix, not a
    # bug: one line on stderr and exit status 1, not Django's traceback through its loader.
    try:
        execute_from_command_line(sys.argv)
    except ImproperlyConfigured as error:
        sys.exit(f"manage.py: {error}")


if __name__ == "__main__":
    main()
