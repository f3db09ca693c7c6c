"""Sending: the dispatcher and its failure policy, the daemon, the post lifecycle's
vocabulary and events, operator actions on posts, and the simulated run."""

from __future__ import annotations

from typing import TYPE_CHECKING

from publisher import lazy_exports

if TYPE_CHECKING:
    from publisher.dispatch.actions import Changed, cancel, list_posts, resolve, retry, show_post
    from publisher.dispatch.daemon import Daemon
    from publisher.dispatch.demo import DemoSetup, prepare_demo, simulate
    from publisher.dispatch.dispatcher import Dispatcher
    from publisher.dispatch.events import Event, needs_attention
    from publisher.dispatch.policy import Action, Verdict, decide
    from publisher.dispatch.states import PostKind, PostState

EXPORTS = {
    "Action": "policy",
    "Changed": "actions",
    "Daemon": "daemon",
    "DemoSetup": "demo",
    "Dispatcher": "dispatcher",
    "Event": "events",
    "PostKind": "states",
    "PostState": "states",
    "Verdict": "policy",
    "cancel": "actions",
    "decide": "policy",
    "list_posts": "actions",
    "needs_attention": "events",
    "prepare_demo": "demo",
    "resolve": "actions",
    "retry": "actions",
    "show_post": "actions",
    "simulate": "demo",
}
__getattr__ = lazy_exports(__name__, EXPORTS)
__all__ = [
    "Action",
    "Changed",
    "Daemon",
    "DemoSetup",
    "Dispatcher",
    "Event",
    "PostKind",
    "PostState",
    "Verdict",
    "cancel",
    "decide",
    "list_posts",
    "needs_attention",
    "prepare_demo",
    "resolve",
    "retry",
    "show_post",
    "simulate",
]
