"""The one error type the core raises; the CLI turns it into `Error: ...` in one place."""

from __future__ import annotations

# Exit codes, documented in the README (0 is success).
EXIT_ERROR = 1
EXIT_USAGE = 2


class PacerError(Exception):
    """Something the user can understand and act on; never shown with a traceback."""

    exit_code = EXIT_ERROR

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class InvalidInput(PacerError):
    """What the user typed on the command line cannot be used."""

    exit_code = EXIT_USAGE


class ConfigError(PacerError):
    """A configuration file is missing, malformed or holds an invalid value."""


class StoreError(PacerError):
    """The data directory or database cannot be used."""


class NotFound(PacerError):
    """There is nothing to act on (e.g. no active period)."""
