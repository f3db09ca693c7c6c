"""Filling a real database with due posts for the engine's multi-process tests and benchmarks,
through the same models the planner writes (it is far quicker than planning 300 cases)."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import insert, select

from publisher.dispatch.states import PostKind
from publisher.images.cleaning import CleanImage
from publisher.store import Store
from publisher.store.cases import store_blob
from publisher.store.models import Account, Case, Post, PostState, Slot
from tests.support.builders import image_bytes


def tiny_png() -> CleanImage:
    return CleanImage(image_bytes((32, 32), shade=90), "PNG", 32, 32)


def accounts_config(url: str, names: list[str], *, extra: str = "") -> str:
    """A config whose accounts all post to one webhook server (one path each)."""
    tables = "".join(
        f'[accounts.{name}]\nadapter = "webhook"\nurl = "{url}/{name}"\ntimeout = 30\n\n'
        for name in names
    )
    return extra + "\n" + tables


def write_config(path: Path, url: str, names: list[str], *, extra: str = "") -> Path:
    path.write_text(accounts_config(url, names, extra=extra))
    return path


def fill(
    store: Store, *, accounts: list[str], per_account: int, at: datetime, image: bool = False
) -> int:
    """``per_account`` due one-part prompts for each account; returns how many."""
    blob = tiny_png() if image else None
    with store.session() as s:
        if blob:
            store_blob(s, blob, at)
        s.execute(
            insert(Account),
            [
                {"name": n, "adapter": "webhook", "capabilities": {}, "created_at": at}
                for n in accounts
            ],
        )
        ids = dict(s.execute(select(Account.name, Account.id)).all())
        cases = [
            {"slug": f"case-{i:05d}", "title": f"Case {i}", "section": "msk", "modality": "CT",
             "history": "History.", "question": "Diagnosis?", "answer": "Answer.",
             "explanation": "", "teaching_points": [], "references": [], "hashtags": [],
             "overrides": {}, "status": "approved", "source": "test", "content_hash": "x",
             "created_at": at, "updated_at": at}
            for i in range(per_account)
        ]  # fmt: skip
        s.execute(insert(Case), cases)
        case_ids = list(s.scalars(select(Case.id).order_by(Case.id)))
        slots = [
            {"theme": f"test:{i}", "hashtag": "#Test", "local_date": date(2026, 1, 1),
             "timezone": "UTC", "scheduled_at": at, "case_id": cid, "created_at": at}
            for i, cid in enumerate(case_ids)
        ]  # fmt: skip
        s.execute(insert(Slot), slots)
        slot_ids = list(s.scalars(select(Slot.id).order_by(Slot.id)))
        media = [{"sha256": blob.sha256, "alt": "A drawn square."}] if blob else []
        posts = [
            {"slot_id": sid, "case_id": cid, "account_id": ids[name], "kind": PostKind.PROMPT,
             "part": 1, "parts": 1, "text": f"Post {cid} for {name}", "media": media,
             "scheduled_at": at, "state": PostState.PENDING, "attempts": 0,
             "idempotency_key": uuid.uuid4().hex, "prepared": {}, "remote_meta": {},
             "created_at": at, "updated_at": at}
            for name in accounts
            for sid, cid in zip(slot_ids, case_ids, strict=True)
        ]  # fmt: skip
        s.execute(insert(Post), posts)
    return len(posts)


def states(store: Store) -> dict[str, int]:
    from sqlalchemy import func

    with store.session() as s:
        return dict(s.execute(select(Post.state, func.count()).group_by(Post.state)).all())
