"""Planner scaling: one year planned over 1,000 and over 10,000 approved cases.

Two figures: the pure assignment (planner.assign) and the whole `plan` (load the
cases from a SQLite file, choose, render and store every post). The same 52
weeks of slots are filled in both runs, so the extra work of the larger run is
only in reading and ranking ten times as many cases.
"""

from __future__ import annotations

import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import insert

SECTIONS = ("msk", "abdomen", "neuro", "chest", "cardiac")
NOW = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)


def _fill(url: str, count: int) -> None:
    import io

    from PIL import Image

    from publisher.images.cleaning import CleanImage
    from publisher.store import Store
    from publisher.store.cases import store_blob
    from publisher.store.models import Blob, Case, CaseImage

    buf = io.BytesIO()
    Image.new("L", (64, 64), 100).save(buf, "PNG")
    image = CleanImage(buf.getvalue(), "PNG", 64, 64)
    store = Store(url)
    with store.session() as s:
        store_blob(s, image, NOW)
    rows = [
        {
            "slug": f"case-{i:05d}", "title": f"Case {i}", "section": SECTIONS[i % 5],
            "modality": "CT", "history": "Adult with pain.", "question": "Diagnosis?",
            "answer": "Something", "explanation": "Because.", "teaching_points": ["Point."],
            "references": [], "hashtags": ["#MedEd"], "overrides": {}, "status": "approved",
            "quiz": {"options": ["A1", "B1"], "correct": "A"} if i % 7 == 0 else None,
            "source": "bench", "content_hash": "x", "created_at": NOW - timedelta(minutes=i),
            "updated_at": NOW,
        }
        for i in range(count)
    ]  # fmt: skip
    with store.session() as s:
        s.execute(insert(Case), rows)
        ids = [c.id for c in s.query(Case.id)]
        s.execute(
            insert(CaseImage),
            [{"case_id": i, "position": 1, "alt": "An image.", "source_name": "a.png",
              "blob_sha256": image.sha256} for i in ids],
        )  # fmt: skip
    _ = Blob
    store.close()


def _assign_time(count: int) -> float:
    from publisher.config import load_settings
    from publisher.schedule.planner import Candidate, assign, slot_times

    settings = load_settings(None, {})
    slots = slot_times(
        settings.themes, start=NOW, weeks=52, default_zone="America/New_York", blackout=(),
        accounts_of={t.key: ("outbox",) for t in settings.themes},
    )  # fmt: skip
    cands = [
        Candidate(i, f"c{i}", SECTIONS[i % 5], i % 7 == 0, (NOW - timedelta(minutes=i), i))
        for i in range(count)
    ]
    start = time.perf_counter()
    for _ in range(5):
        assign(slots, cands, {})
    return (time.perf_counter() - start) / 5


def _plan_time(count: int) -> tuple[float, int]:
    from publisher.config import load_settings
    from publisher.schedule.writing import plan
    from publisher.store import Store

    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{Path(tmp) / 'bench.db'}"
        _fill(url, count)
        store = Store(url)
        start = time.perf_counter()
        report = plan(store, load_settings(None, {}), now=NOW, weeks=52)
        elapsed = time.perf_counter() - start
        store.close()
    return elapsed, len(report.planned)


def run() -> None:
    small, large = _assign_time(1_000), _assign_time(10_000)
    print(
        f"   assign, 1 year:  1,000 cases {small * 1000:7.1f} ms; 10,000 cases {large * 1000:7.1f} ms"
    )
    print(f"   ratio {large / small:.2f}x for 10x the cases (the slots to fill are the same)")
    (t1, n1), (t2, n2) = _plan_time(1_000), _plan_time(10_000)
    print(
        f"   plan, 1 year:    1,000 cases {t1:6.2f} s ({n1} slots); 10,000 cases {t2:6.2f} s ({n2} slots)"
    )
    print(f"   ratio {t2 / t1:.2f}x for 10x the cases and the same {n1} slots")
