"""The Celery application: background jobs (ingest, feeds), configured from Django's settings.

`CELERY_*` settings configure it (saga/settings.py reads them from the environment). With no
broker (CELERY_BROKER_URL unset, the embedded default) tasks run in-process, at once.

    celery -A saga worker      # make worker
    celery -A saga beat        # make beat: polls the feeds that are due
"""

import os

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "saga.settings")

app = Celery("saga")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()
