"""The Celery application: background jobs (ingest, feeds), configured from Django's settings.

`CELERY_*` settings configure it (saga/settings.py reads them from the environment). With no
broker (CELERY_BROKER_URL unset, the embedded default) tasks run in-process, at once.

    celery -A saga worker      # make worker
    celery -A saga beat        # make beat: polls the feeds that are due
"""

import os

from celery import Celery
from celery.signals import worker_init

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "saga.settings")

app = Celery("saga")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()


@worker_init.connect
def refuse_to_work_without_a_broker(**kwargs):
    """Without CELERY_BROKER_URL the broker is an in-process stand-in (saga/settings.py) that no
    other process can send to: a worker would wait for ever, so it stops at once and says why."""
    if app.conf.task_always_eager:
        raise SystemExit("CELERY_BROKER_URL is not set: a worker needs a broker (e.g. redis://127.0.0.1:6379/0)")
