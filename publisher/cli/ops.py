"""`publisher run`, `dispatch`, `status`, `posts ...` and `accounts ...`: operating the queue."""

from __future__ import annotations

import click

from publisher.cli.app import App, cli, echo_json, pass_app
from publisher.dispatch.states import PostState


@cli.command()
@pass_app
def run(app: App) -> None:
    """Run the daemon: send each post when it is due, until SIGTERM or Ctrl-C.

    Any number of daemons may share one PostgreSQL database; each post is sent once.

    \b
    Example:
      PUBLISHER_CONFIG=/etc/publisher/config.toml publisher run
    """
    from publisher.dispatch.daemon import Daemon
    from publisher.dispatch.dispatcher import Dispatcher

    dispatcher = Dispatcher(app.store, app.settings, clock=app.clock, mode="run")
    daemon = Daemon(dispatcher, poll_interval=app.settings.dispatch.duration("poll_interval"))
    raise SystemExit(daemon.run())


@cli.command()
@click.option("--catch-up", is_flag=True, help="Send prompts later than the grace, spaced out.")
@pass_app
def dispatch(app: App, catch_up: bool) -> None:
    """Send what is due now and exit: for system cron (`* * * * * publisher dispatch`).

    Exit code 1 when a post failed for good, was missed, or needs a human.

    \b
    Example:
      publisher dispatch --catch-up
    """
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
    """The queue at a glance; exit code 1 when a post is overdue (a health check).

    \b
    Example:
      publisher status || echo "nothing is sending"
    """
    from publisher.cli import render
    from publisher.store import reports

    found = reports.read_status(app.store, now=app.clock.now())
    click.echo(render.as_json(found) if as_json else render.status(found), nl=as_json)
    if not reports.is_healthy(found):
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
@pass_app
def posts_cancel(app: App, post_id: int) -> None:
    """Cancel a post that has not gone out (its answer is cancelled with it).

    \b
    Example:
      publisher posts cancel 42
    """
    from publisher.cli import render
    from publisher.dispatch import actions

    done = actions.cancel(app.store, post_id, now=app.clock.now())
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
    """Check the configured accounts and resume paused ones."""


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
