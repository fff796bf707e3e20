"""What the background work does with an error (README "Background jobs and feeds").

A refusal of the input (a `ServiceError`, a page that is not an article) fails its job or feed
entry with the refusal's message, once. A database that does not answer, drops the connection or
gives up on a lock (`TRANSIENT`) is retried by the task with backoff, `RETRIES` times; then the
job or entry fails with that error. Any other error is a fault (of the code, or of data the code
did not expect): the job or entry fails at once, not retried, with `describe(error)` for the user,
and the traceback goes to the log.
"""

from django.db import InterfaceError, OperationalError

# Django's names for psycopg's and sqlite3's: a lost or closed connection, a deadlock, a
# serialization failure, "database is locked". An IntegrityError or a DataError would fail again.
TRANSIENT = (OperationalError, InterfaceError)
RETRIES = 5
MAX_ERROR_LENGTH = 300


def describe(error: BaseException) -> str:
    """The error as a user reads it on a job's page: its class and the first line of its message."""
    message = str(error).strip().splitlines()[0] if str(error).strip() else ""
    text = f"{type(error).__name__}: {message}" if message else type(error).__name__
    return text if len(text) <= MAX_ERROR_LENGTH else text[: MAX_ERROR_LENGTH - 1] + "…"


def backoff(retries: int) -> int:
    """Seconds before retry number `retries + 1`: 1, 2, 4, 8, 16."""
    return 2**retries
