"""The Bluesky session cache: a logged-in session and the private file that keeps it.

Logins are rate limited, so the adapter keeps its session between runs. Nothing
here talks to a server; what the file holds is tied to the account's settings,
so a changed service or handle starts afresh.
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
from dataclasses import asdict, dataclass, fields
from pathlib import Path

# The adapter's logger, so that whoever filters or routes the adapter's lines by logger name
# also gets the warnings about its session file.
log = logging.getLogger("publisher.adapters.bluesky")


@dataclass(frozen=True, repr=False)
class CachedSession:
    """A logged-in session; ``service`` and ``identifier`` tie it to the account's settings."""

    service: str
    identifier: str
    did: str
    handle: str
    pds: str
    access_jwt: str
    refresh_jwt: str

    def __repr__(self) -> str:  # never the tokens, should a session end up in a log line
        return f"<Session {self.handle} {self.did} at {self.pds}>"


class SessionFile:
    """The cached session in a private file (mode 0600, folder 0700) in the state folder."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def load(self, service: str, identifier: str) -> CachedSession | None:
        """The saved session for this service and handle, or None."""
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            session = CachedSession(**{f.name: str(data[f.name]) for f in fields(CachedSession)})
        except FileNotFoundError:
            return None
        except (OSError, ValueError, KeyError, TypeError):
            log.warning("Bluesky: ignoring the unreadable session file %s", self.path)
            return None
        if (session.service, session.identifier) != (service, identifier):
            return None  # the account was pointed elsewhere since
        return session

    def save(self, session: CachedSession) -> None:
        """Replace the file atomically, so a concurrent reader sees the old or the new session."""
        folder = self.path.parent
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        os.chmod(folder, 0o700)  # mkdir honours the umask, and the folder may be older
        fd, temp = tempfile.mkstemp(dir=folder, prefix=".session-", suffix=".tmp")  # mode 0600
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump(asdict(session), handle)
            os.replace(temp, self.path)
        except BaseException:
            Path(temp).unlink(missing_ok=True)
            raise
