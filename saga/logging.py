"""Log lines for machines (JSON, production) and for people (one readable line, development).

A service logs `audit.info("claim reviewed", extra={"event": "review", "user": ..., ...})`. In
JSON the line carries the time, level, logger, message and every `extra` field as top-level keys,
so log collectors can search the audit trail by field; in text the extras follow the message as
`key=value`. `LOG_FORMAT` chooses (saga/settings.py): text with DEBUG on, JSON without.
"""

import json
import logging
from datetime import UTC, datetime

# Attributes every LogRecord has; anything else on a record came from `extra=`.
STANDARD_ATTRIBUTES = frozenset(logging.makeLogRecord({}).__dict__) | {"message", "asctime", "taskName"}


def extra_fields(record: logging.LogRecord) -> dict:
    """What a record carries beyond the standard attributes: the `extra=` of the call."""
    return {key: value for key, value in record.__dict__.items() if key not in STANDARD_ATTRIBUTES}


class JSONFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        line = {
            "time": datetime.fromtimestamp(record.created, tz=UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        for key, value in extra_fields(record).items():
            line.setdefault(key, value)
        if record.exc_info:
            line["exception"] = self.formatException(record.exc_info)
        if record.stack_info:
            line["stack"] = self.formatStack(record.stack_info)
        # default=str: an extra that JSON cannot hold (a model, a date) is logged as its text.
        return json.dumps(line, ensure_ascii=False, default=str)


class TextFormatter(logging.Formatter):
    """`20:31:39 INFO saga.audit: claim reviewed (event=review claim=7 verdict=sourced)`."""

    def __init__(self):
        super().__init__("%(asctime)s %(levelname)s %(name)s: %(message)s", datefmt="%H:%M:%S")

    def formatMessage(self, record: logging.LogRecord) -> str:  # noqa: N802 - logging's name
        line = super().formatMessage(record)
        extras = " ".join(f"{key}={value}" for key, value in extra_fields(record).items())
        return f"{line} ({extras})" if extras else line
