"""Errors a user sees: one plain sentence that says what is wrong and what to do."""


class UserError(Exception):
    """Refused or failed for a reason the user can act on. The message is already translated."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class NotFound(UserError):
    pass


class Refused(UserError):
    """A business rule refused the action (already collected, misread code, ...).

    `reason` is a stable identifier for tests and JSON; `message` the sentence for people."""

    def __init__(self, reason: str, message: str, **details: object):
        super().__init__(message)
        self.reason = reason
        self.details = details
