"""What every command shares: the App (settings, clock and store, built on first use),
the top-level group, and the one place where errors become a line for the user."""

from __future__ import annotations

from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

if TYPE_CHECKING:
    from publisher.clock import Clock
    from publisher.config import Settings
    from publisher.store import Store


class App:
    """What every command needs, built on first use."""

    def __init__(self, config: Path | None, debug: bool) -> None:
        self.config_path = config
        self.debug = debug

    @cached_property
    def settings(self) -> Settings:
        from publisher.config import load_settings

        return load_settings(self.config_path)

    @cached_property
    def clock(self) -> Clock:
        from publisher.clock import clock_from_env

        return clock_from_env()

    @cached_property
    def store(self) -> Store:
        from publisher.store import Store

        return Store(self.settings.database_url)


class PublisherGroup(click.Group):
    """Turns a PublisherError into one line on stderr and exit code 1."""

    def invoke(self, ctx: click.Context) -> Any:
        from publisher.errors import PublisherError

        try:
            return super().invoke(ctx)
        except PublisherError as exc:
            if ctx.params.get("debug"):
                raise
            click.echo(f"Error: {exc.message}", err=True)
            if exc.hint:
                click.echo(f"Hint: {exc.hint}", err=True)
            ctx.exit(1)


def echo_json(data: Any) -> None:
    from publisher.cli.render import as_json

    click.echo(as_json(data))


pass_app = click.make_pass_decorator(App)


@click.group(cls=PublisherGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--config",
    type=click.Path(path_type=Path, dir_okay=False),
    envvar="PUBLISHER_CONFIG",
    help="Config file (default: none; PUBLISHER_CONFIG).",
)
@click.option("--debug", is_flag=True, help="Show full tracebacks.")
@click.option(
    "--log-format",
    type=click.Choice(["text", "json"]),
    default="text",
    show_default=True,
    help="Log lines for people or for machines.",
)
@click.version_option(package_name="publisher")
@click.pass_context
def cli(ctx: click.Context, config: Path | None, debug: bool, log_format: str) -> None:
    """Post radiology teaching cases on weekday hashtag days.

    \b
    Example, a dry run on the sample cases:
      publisher demo
    """
    from publisher.logs import configure

    app = ctx.obj = App(config, debug)
    configure(log_format, now=lambda: app.clock.now(), debug=debug)
