"""The one exception family. Messages are written for the person at the terminal."""

from __future__ import annotations


class PublisherError(Exception):
    """Base of every error the tool reports to a user.

    ``hint`` is an optional second line telling the user what to do next.
    """

    def __init__(self, message: str, *, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        return self.message


class ConfigError(PublisherError):
    """The configuration file or an environment variable is wrong."""


class CaseFileError(PublisherError):
    """A case folder or CSV row cannot be read; the message names file and field."""


class ImageError(PublisherError):
    """An image cannot be decoded, is too large, or its settings are wrong."""


class StoreError(PublisherError):
    """The database refused an operation or is at the wrong schema version."""


class NotFoundError(PublisherError):
    """A case, post or account named by the user does not exist."""


class InvalidStateError(PublisherError):
    """The requested change is not allowed in the object's current state."""


class MissingExtraError(PublisherError):
    """An optional dependency is not installed; the hint names the pip command."""

    def __init__(self, what: str, extra: str) -> None:
        super().__init__(
            f"{what} needs the optional '{extra}' dependencies, which are not installed",
            hint=f"pip install 'publisher[{extra}]'",
        )
        self.extra = extra
