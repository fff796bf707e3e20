"""The refusals of the services: each carries a message fit to show a user (CLI, admin form,
API) and, when one input is to blame, the name of that input."""

from django.utils.translation import gettext as _


class ServiceError(Exception):
    """A refusal with a message for the user; `field` names the offending input, if any."""

    def __init__(self, message: str, *, field: str | None = None):
        super().__init__(message)
        self.message = message
        self.field = field


class IngestError(ServiceError):
    pass


class ReviewError(ServiceError):
    pass


class SupersededClaimError(ReviewError):
    """The claim belongs to an earlier revision of its article, which is read-only."""

    def __init__(self, claim, current_revision: int):
        super().__init__(
            _("This claim is from revision %(old)s; the article is now at revision %(new)s: review the current claims.")
            % {"old": claim.revision, "new": current_revision},
            field="claim",
        )
        self.claim = claim
        self.current_revision = current_revision


class StaleVersionError(ReviewError):
    """The claim was reviewed since the reviewer opened it; carries the newer state."""

    def __init__(self, claim):
        super().__init__(
            _(
                "This claim was reviewed meanwhile: its verdict is now “%(verdict)s” (version %(version)s). Reload it and review again."
            )
            % {"verdict": claim.get_verdict_display(), "version": claim.version},
            field="expected_version",
        )
        self.claim = claim
