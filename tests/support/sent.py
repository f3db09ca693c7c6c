"""Sent posts written straight into a real database: what collection and the report read,
without planning and sending each one (the benchmark needs ten thousand)."""

from __future__ import annotations

import uuid
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import select

from publisher.store import Store
from publisher.store.models import Account, Case, Post, PostState, Slot

QUIZ = {
    "options": ["Scaphoid fracture", "Perilunate dislocation", "Normal", "Kienbock disease"],
    "correct": "A",
}


def sent_posts(
    store: Store,
    *,
    account: str,
    adapter: str,
    remote_ids: list[str],
    sent_at: datetime,
    spacing: timedelta = timedelta(0),
    section: str = "msk",
    hashtag: str = "#MSKMonday",
    slug: str = "case",
    quiz: bool = False,
    meta: dict[str, Any] | list[dict[str, Any]] | None = None,
) -> list[int]:
    """One case and one sent prompt per remote id (the n-th sent ``n * spacing`` later),
    on ``account``; returns the posts' ids."""
    with store.session() as session:
        row = session.scalar(select(Account).where(Account.name == account))
        if row is None:
            row = Account(name=account, adapter=adapter, capabilities={}, created_at=sent_at)
            session.add(row)
        ids = []
        metas = meta if isinstance(meta, list) else [dict(meta or {})] * len(remote_ids)
        for n, remote_id in enumerate(remote_ids):
            at = sent_at + n * spacing
            case = _case(f"{slug}-{account}-{n}", section, at, quiz)
            slot = Slot(
                theme=f"{account} {hashtag}", hashtag=hashtag, local_date=date(2000, 1, 1) + timedelta(days=n),
                timezone="UTC", scheduled_at=at, case=case, created_at=at,
            )  # fmt: skip
            post = Post(
                slot=slot, case=case, account=row, kind="prompt", part=1, parts=1,
                text=f"case {n}", media=[], scheduled_at=at, state=PostState.SENT,
                idempotency_key=uuid.uuid4().hex, remote_id=remote_id,
                remote_url=f"https://example.org/p/{remote_id}", remote_meta=dict(metas[n]),
                sent_at=at, created_at=at, updated_at=at,
                poll={"options": QUIZ["options"], "duration_hours": 24} if quiz else None,
            )  # fmt: skip
            session.add_all([case, slot, post])
            session.flush()
            ids.append(post.id)
    return ids


def _case(slug: str, section: str, at: datetime, quiz: bool) -> Case:
    return Case(
        slug=slug, title=f"Title of {slug}", section=section, modality="XR", history="h",
        question="q", answer="Scaphoid fracture", explanation="", teaching_points=[],
        references=[], hashtags=[], quiz=dict(QUIZ) if quiz else None, overrides={},
        findings=[], status="approved", source="test", content_hash=uuid.uuid4().hex,
        created_at=at, updated_at=at,
    )  # fmt: skip
