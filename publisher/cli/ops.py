"""`publisher run`, `dispatch`, `status`, `posts ...` and `accounts ...`: operating the queue."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import click

from publisher.cli.app import App, cli, echo_json, pass_app


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

    dispatcher = Dispatcher(app.store, app.settings, clock=app.clock, mode="dispatch")
    try:
        events = dispatcher.dispatch(catch_up=catch_up or None)
    finally:
        dispatcher.stop()
    bad = [e for e in events if e.state in ("failed", "missed", "unknown")]
    if bad:
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
    from publisher.store.reports import status as read_status

    with app.store.session() as session:
        data = read_status(session, now=app.clock.now())
    if as_json:
        echo_json(data)
    else:
        click.echo(_render_status(data), nl=False)
    if data["overdue"]:
        raise SystemExit(1)


def _render_status(d: dict[str, Any]) -> str:
    c = d["counts"]
    lines = [
        f"last scheduler tick: {d['last_tick'] or 'never'}",
        f"backlog: {d['backlog']} waiting ({c['pending']} pending, {c['retry_wait']} retrying)",
        f"sent {c['sent']}, failed {c['failed']}, missed {c['missed']}, unknown {c['unknown']}, "
        f"cancelled {c['cancelled']}, in flight {c['claimed'] + c['sending']}",
    ]
    lines += [
        f"OVERDUE #{p['id']} {p['kind']} {p['case']} -> {p['account']}: {_why_overdue(p, d)}"
        for p in d["overdue"]
    ]
    lines += [
        f"next    #{p['id']} {p['kind']} {p['case']} -> {p['account']} at {p['scheduled_at']}"
        for p in d["next"]
    ]
    lines += [
        f"answer pending for prompt #{p['prompt']} ({p['case']} -> {p['account']}): "
        f"{p['last_error']}"
        for p in d["answer_pending"]
    ]
    lines += [
        f"PAUSED  {a['account']} until {a['until']}: {a['reason']}" for a in d["paused_accounts"]
    ]
    lines += [
        f"TOKEN   {t['account']} {'expired' if t['expired'] else 'expires'} {t['expires_at']}: "
        f"renew it, then run `publisher accounts check {t['account']}`"
        for t in d.get("expiring_tokens", [])
    ]
    return "\n".join(lines) + "\n"


def _why_overdue(post: dict[str, Any], status: dict[str, Any]) -> str:
    from publisher.dispatch.events import human_delay

    ago = human_delay(datetime.fromisoformat(status["now"]) - datetime.fromisoformat(post["since"]))
    if post["reason"] == "lease_expired":
        return f"left sending by {post['claimed_by']}, whose lease ran out {ago} ago"
    if post["reason"] == "retry_due":
        return f"its retry was due {ago} ago (last error: {post['last_error']})"
    if post["state"] == "claimed":
        return f"claimed by {post['claimed_by']} but not sent, due {ago} ago"
    return f"due {ago} ago and not sent"


@cli.group()
def posts() -> None:
    """List, inspect, retry, cancel and resolve posts."""


@posts.command("list")
@click.option(
    "--state",
    type=click.Choice(
        [
            "pending",
            "claimed",
            "sending",
            "sent",
            "retry_wait",
            "failed",
            "cancelled",
            "missed",
            "unknown",
        ]
    ),
)
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
    from publisher.store.metrics import latest_counts
    from publisher.store.reports import list_posts, post_row

    with app.store.session() as session:
        found = list_posts(session, state=state, account=account, limit=limit)
        counts = latest_counts(session, [p.id for p in found])  # each post's latest snapshot
        rows = [{**post_row(p), "counts": counts.get(p.id)} for p in found]
    if as_json:
        echo_json(rows)
        return
    for r in rows:
        part = f" {r['part']}/{r['parts']}" if r["parts"] > 1 else ""
        tail = r["remote_url"] or r["last_error"] or ""
        click.echo(
            f"#{r['id']:<5} {r['scheduled_at'][:16]} {r['state']:<10} {r['kind']}{part:<5} "
            f"{r['case']} -> {r['account']}  {tail}"
        )


@posts.command("show")
@click.argument("post_id", type=int)
@pass_app
def posts_show(app: App, post_id: int) -> None:
    """Show one post: its text, state, attempts and errors.

    \b
    Example:
      publisher posts show 42
    """
    from publisher.store.metrics import latest_counts
    from publisher.store.posts import get_post
    from publisher.store.reports import post_row

    with app.store.session() as session:
        post = get_post(session, post_id)
        row = {**post_row(post), "text": post.text, "spoiler": post.spoiler, "media": post.media}
        row["counts"] = latest_counts(session, [post.id]).get(post.id)
    echo_json(row)


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
    from publisher.store.posts import get_post, retry_post
    from publisher.store.reports import list_posts

    if (post_id is None) == (not all_failed):
        raise click.UsageError("give a post ID or --failed")
    now = app.clock.now()
    with app.store.session() as session:
        targets = (
            [get_post(session, post_id)]
            if post_id is not None
            else list(list_posts(session, state="failed", account=account, limit=100_000))
        )
        restored = sum(retry_post(session, post, now=now) for post in targets)
    click.echo(f"queued again: {restored} post(s)")


@posts.command("cancel")
@click.argument("post_id", type=int)
@pass_app
def posts_cancel(app: App, post_id: int) -> None:
    """Cancel a post that has not gone out (its answer is cancelled with it).

    \b
    Example:
      publisher posts cancel 42
    """
    from publisher.store.posts import cancel_post, get_post

    with app.store.session() as session:
        post = get_post(session, post_id)
        more = cancel_post(session, post, now=app.clock.now(), reason="cancelled by an operator")
    click.echo(f"cancelled #{post_id}" + (f" and {more} post(s) after it" if more else ""))


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
    from publisher.dispatch.outgoing import answer_at, load_post
    from publisher.store.posts import get_post, resolve

    if bool(sent_url) == not_sent:
        raise click.UsageError("give --sent URL or --not-sent")
    themes = {t.key: t for t in app.settings.themes}
    now = app.clock.now()
    with app.store.session() as session:
        post = get_post(session, post_id)
        view = load_post(session, post_id)
        resolve(session, post, now=now, sent_url=sent_url, remote_id=remote_id,
                answer_at=answer_at(themes, view, now))  # fmt: skip
    click.echo(f"#{post_id} marked sent" if sent_url else f"#{post_id} queued to be sent again")


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

    results = check_accounts(app.store, app.settings, now=app.clock.now(), only=name)
    for r in results:
        click.echo(f"{r.account:<20} {'OK' if r.ok else 'FAILED':<7} {r.detail}")
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
    from sqlalchemy import select

    from publisher.errors import NotFoundError
    from publisher.store.models import Account
    from publisher.store.posts import resume_account

    with app.store.session() as session:
        account = session.scalar(select(Account).where(Account.name == name))
        if account is None:
            raise NotFoundError(f"no account named {name!r} in the database")
        resume_account(session, account)
    click.echo(f"{name} resumed")
