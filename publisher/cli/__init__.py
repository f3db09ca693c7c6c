"""The `publisher` command: thin click commands over the library.

Only click is imported at start-up; every command imports what it needs, so
`publisher --help` never pays for SQLAlchemy, Pillow or a platform client.
Errors are translated in one place: ``PublisherGroup.invoke`` in ``app``.
"""

from __future__ import annotations

# The command modules register themselves on the group when imported.
from publisher.cli import cases, media, metrics, ops, schedule, system, web
from publisher.cli.app import cli


def main() -> None:
    cli(prog_name="publisher")


__all__ = ["cases", "cli", "main", "media", "metrics", "ops", "schedule", "system", "web"]

if __name__ == "__main__":
    main()
