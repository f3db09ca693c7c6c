"""`publisher run`, `dispatch`, `status`, `posts ...` and `accounts ...`: operating the queue."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import click

from publisher.cli.app import App, cli, echo_json, pass_app
from publisher.dispatch.states import PostState

_ENV_FILE = click.option(
    "--env-file",
    type=click.Path(path_type=Path, dir_okay=False),
    help="Read NAME=value lines (the accounts' secrets) into the environment first.",
)


def _load_env(env_file: Path | None) -> None:
    if env_file is not None:
        from publisher.accounts.envfile import load_env_file

        load_env_file(env_file)


@cli.command()
@_ENV_FILE
@pass_app
def run(app: App, env_file: Path | None) -> None:
    """Run the daemon: send each post when it is due, until SIGTERM or Ctrl-C.

    Any number of daemons may share one PostgreSQL database; each post is sent once.

    \b
    Example:
      publisher run --env-file /etc/publisher/secrets.env
    """
    _load_env(env_file)
    from publisher.dispatch.daemon import Daemon
    from publisher.dispatch.dispatcher import Dispatcher

    dispatcher = Dispatcher(app.store, app.settings, clock=app.clock, mode="run")
    daemon = Daemon(dispatcher, poll_interval=app.settings.dispatch.duration("poll_interval"))
    raise SystemExit(daemon.run())


@cli.command()
@click.option("--catch-up", is_flag=True, help="Send prompts later than the grace, spaced out.")
@_ENV_FILE
@pass_app
def dispatch(app: App, catch_up: bool, env_file: Path | None) -> None:
    """Send what is due now and exit: for system cron (`* * * * * publisher dispatch`).

    Exit code 1 when a post failed for good, was missed, or needs a human, or an
    account was paused because it cannot post. With nothing due it only looks, cheaply.

    \b
    Example:
      publisher dispatch --env-file /etc/publisher/secrets.env
      publisher dispatch --catch-up
    """
    _load_env(env_file)
    from publisher.dispatch import due

    if due.is_idle(app.config_path, now=app.clock.now()):
        return
    from publisher.dispatch.dispatcher import Dispatcher
    from publisher.dispatch.events import needs_attention

    dispatcher = Dispatcher(app.store, app.settings, clock=app.clock, mode="dispatch")
    try:
        events = dispatcher.dispatch(catch_up=catch_up or None)
    finally:
        dispatcher.stop()
    if needs_attention(events):
        raise SystemExit(1)


@cli.command()
@click.option("--json", "as_json", is_flag=True, help="As JSON.")
@pass_app
def status(app: App, as_json: bool) -> None:
    """The queue and the coming days at a glance; a health check.

    Exit code 1 while a post is overdue, failed for good or needs a human, or an
    account rests because it cannot post (refused credentials, a missing client).

    \b
    Example:
      publisher status || echo "something needs a person"
    """
    from publisher.cli import render
    from publisher.dispatch import health

    found = health.read_status(app.store, app.settings, now=app.clock.now())
    click.echo(render.as_json(found) if as_json else render.status(found), nl=as_json)
    if not health.is_healthy(found):
        raise SystemExit(1)


@cli.group()
def posts() -> None:
    """List, inspect, retry, cancel and resolve posts."""


@posts.command("list")
@click.option("--state", type=click.Choice([s.value for s in PostState]))
@click.option("--account", help="Only this account.")
@click.option("--limit", default=200, show_default=True)
@click.option("--json", "as_json", is_flag=True, help="A JSON list.")
@pass_app
def posts_list(app: App, state: str | None, account: str | None, limit: int, as_json: bool) -> None:
    """List posts in time order.

    \b
    Example:
      publisher posts list --state failed
    """
    from publisher.cli import render
    from publisher.dispatch import actions

    rows = actions.list_posts(app.store, state=state, account=account, limit=limit)
    click.echo(render.as_json(rows) if as_json else render.post_list(rows), nl=as_json)


@posts.command("show")
@click.argument("post_id", type=int)
@pass_app
def posts_show(app: App, post_id: int) -> None:
    """Show one post: its text, state, attempts and errors.

    \b
    Example:
      publisher posts show 42
    """
    from publisher.dispatch import actions

    echo_json(actions.show_post(app.store, post_id))


@posts.command("retry")
@click.argument("post_id", type=int, required=False)
@click.option("--failed", "all_failed", is_flag=True, help="Every failed post (after a fix).")
@click.option("--account", help="With --failed: only this account.")
@pass_app
def posts_retry(app: App, post_id: int | None, all_failed: bool, account: str | None) -> None:
    """Queue a failed, missed or cancelled post again (its answer comes back too).

    It goes out at its planned time while that is ahead, otherwise now.

    \b
    Example:
      publisher posts retry --failed --account dept-mastodon
    """
    from publisher.cli import render
    from publisher.dispatch import actions

    if (post_id is None) == (not all_failed):
        raise click.UsageError("give a post ID or --failed")
    done = actions.retry(app.store, post_id, now=app.clock.now(), account=account)
    click.echo(render.changed(done, "retry"), nl=False)


@posts.command("cancel")
@click.argument("post_id", type=int)
@click.option("--keep-slot", is_flag=True, help="Leave the day empty instead of refilling it.")
@pass_app
def posts_cancel(app: App, post_id: int, keep_slot: bool) -> None:
    """Cancel a post that has not gone out (its answer is cancelled with it).

    A prompt's day is then free for `plan` to refill with another case, unless
    --keep-slot (or another account still posts the case that day).

    \b
    Example:
      publisher posts cancel 42 --keep-slot
    """
    from publisher.cli import render
    from publisher.dispatch import actions

    done = actions.cancel(app.store, post_id, now=app.clock.now(), keep_slot=keep_slot)
    click.echo(render.changed(done, "cancel"), nl=False)


@posts.command("resolve")
@click.argument("post_id", type=int)
@click.option("--sent", "sent_url", metavar="URL", help="It did go out; this is its address.")
@click.option("--remote-id", help="The platform's id of the post (default: the URL's last part).")
@click.option("--not-sent", is_flag=True, help="It did not go out; send it again.")
@pass_app
def posts_resolve(
    app: App, post_id: int, sent_url: str | None, remote_id: str | None, not_sent: bool
) -> None:
    """Say what happened to a post in state `unknown` (a crash the platform cannot explain).

    \b
    Example:
      publisher posts resolve 42 --sent https://mastodon.example/@dept/1122
    """
    from publisher.cli import render
    from publisher.dispatch import actions

    if bool(sent_url) == not_sent:
        raise click.UsageError("give --sent URL or --not-sent")
    done = actions.resolve(
        app.store, app.settings, post_id, now=app.clock.now(), sent_url=sent_url,
        remote_id=remote_id,
    )  # fmt: skip
    click.echo(render.changed(done, "resolve"), nl=False)


@cli.group()
def accounts() -> None:
    """Check the configured accounts, pause and resume them."""


@accounts.command("check")
@click.argument("name", required=False)
@pass_app
def accounts_check(app: App, name: str | None) -> None:
    """Log in to each account, read who it posts as and its limits; OK or the reason.

    \b
    Example:
      publisher accounts check dept-mastodon
    """
    from publisher.accounts.check import check_accounts
    from publisher.cli import render

    results = check_accounts(app.store, app.settings, now=app.clock.now(), only=name)
    click.echo(render.account_checks(results), nl=False)
    if not all(r.ok for r in results):
        raise SystemExit(1)


@accounts.command("resume")
@click.argument("name")
@pass_app
def accounts_resume(app: App, name: str) -> None:
    """End an account's pause (after fixing its credentials).

    \b
    Example:
      publisher accounts resume dept-x
    """
    from publisher.accounts import pauses
    from publisher.cli import render

    click.echo(render.resumed(pauses.resume(app.store, name, now=app.clock.now())), nl=False)


@accounts.command("pause")
@click.argument("name")
@click.option(
    "--until",
    type=click.DateTime(["%Y-%m-%d"]),
    metavar="DATE",
    help="Resume by itself at the start of this day (the schedule's time zone).",
)
@pass_app
def accounts_pause(app: App, name: str, until: datetime | None) -> None:
    """Stop sending for an account until DATE, or until `accounts resume`.

    Its posts wait meanwhile; prompts later than the misfire grace are missed.

    \b
    Example:
      publisher accounts pause dept-x --until 2027-01-04
    """
    from zoneinfo import ZoneInfo

    from publisher.accounts import pauses
    from publisher.cli import render

    zone = ZoneInfo(app.settings.schedule.timezone)
    end = until.replace(tzinfo=zone) if until else None
    done = pauses.pause(app.store, name, until=end, now=app.clock.now())
    click.echo(render.paused(done, app.settings.schedule.timezone), nl=False)
