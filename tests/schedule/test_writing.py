"""`plan` and `preview` against a real database (SQLite file and PostgreSQL)."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import select

from publisher.cases.importing import import_paths
from publisher.cases.review import approve_case
from publisher.config import load_settings
from publisher.schedule.planner import EmptyReason
from publisher.schedule.preview import preview
from publisher.schedule.reconcile import ReleaseReason
from publisher.schedule.writing import plan
from publisher.store import Store
from publisher.store.models import Post, PostState
from tests.conftest import QUIZ, run, write_case

# Monday 26 October 2026, 08:00 in New York; the clocks go back on 1 November.
NOW = datetime(2026, 10, 26, 12, 0, tzinfo=UTC)


def load(store: Store, tmp_path: Path, *cases: tuple[str, str, str]) -> None:
    for slug, section, tail in cases:
        write_case(tmp_path / "cases", slug, section=section, tail=tail)
    import_paths(store, [tmp_path / "cases"], now=NOW)
    with store.session() as s:
        for slug, _, _ in cases:
            approve_case(s, slug, by="tester", now=NOW)


def snapshot(store: Store) -> list[tuple[object, ...]]:
    with store.session() as s:
        posts = s.scalars(select(Post).order_by(Post.id)).all()
        return [
            (p.id, p.case_id, p.kind, p.part, p.scheduled_at, p.text, p.idempotency_key)
            for p in posts
        ]


def test_plan_twice_changes_nothing(store: Store, tmp_path: Path) -> None:
    load(store, tmp_path, ("msk-1", "msk", ""), ("msk-2", "msk", ""), ("quiz-1", "neuro", QUIZ))
    settings = load_settings(None, {})
    first = plan(store, settings, now=NOW, weeks=2)
    assert [(s.label(), slug) for s, slug in first.planned] == [
        ("Mon 2026-10-26 #MSKMonday", "msk-1"),
        ("Fri 2026-10-30 #FridayQuizDay", "quiz-1"),
        ("Mon 2026-11-02 #MSKMonday", "msk-2"),
    ]
    empty = [(a.slot.label(), a.empty.reason if a.empty else None) for a in first.empty]
    assert ("Thu 2026-10-29 #ThoraxThursday", EmptyReason.NO_CASE) in empty
    before = snapshot(store)
    second = plan(store, settings, now=NOW, weeks=2)
    assert second.planned == [] and second.posts_created == 0
    assert len(second.kept) == 3
    assert snapshot(store) == before


def test_preview_json_around_the_clock_change(store: Store, tmp_path: Path) -> None:
    load(store, tmp_path, ("msk-1", "msk", ""), ("msk-2", "msk", ""))
    settings = load_settings(None, {})
    plan(store, settings, now=NOW, weeks=2)
    posts = [
        p.as_dict()
        for p in preview(store, settings, first=NOW.date(), last=datetime(2026, 11, 8).date())
    ]
    prompts = [p for p in posts if p["kind"] == "prompt"]
    assert [p["scheduled_at"] for p in prompts] == [
        "2026-10-26T09:00:00-04:00",
        "2026-11-02T09:00:00-05:00",
    ]
    answers = [p for p in posts if p["kind"] == "answer"]
    assert answers[0]["scheduled_at"] == "2026-10-27T09:00:00-04:00"
    assert answers[0]["reply_to"] == prompts[0]["id"]
    assert answers[0]["spoiler"] == "Answer: #MSKMonday Wrist pain after a fall"
    first = prompts[0]
    assert (first["account"], first["case"], first["limit"]) == ("outbox", "msk-1", 500)
    assert first["length"] == len(first["text"])
    assert first["images"][0]["alt"].startswith("PA radiograph of the wrist")
    assert first["images"][0]["width"] == 64


def test_sent_posts_are_never_touched_and_unapproved_cases_are_released(
    store: Store, tmp_path: Path
) -> None:
    from publisher.store.models import Case, CaseStatus

    load(store, tmp_path, ("msk-1", "msk", ""), ("msk-2", "msk", ""), ("msk-3", "msk", ""))
    settings = load_settings(None, {})
    plan(store, settings, now=NOW, weeks=2)
    with store.session() as s:
        first = s.scalars(select(Post).order_by(Post.id)).first()
        assert first is not None
        first.state = PostState.SENT
        for case in s.scalars(select(Case)):
            case.status = CaseStatus.RETIRED if case.slug != "msk-3" else case.status
    report = plan(store, settings, now=NOW, weeks=2)
    assert [(r.slot, r.case, r.reason) for r in report.released] == [
        ("Mon 2026-11-02 #MSKMonday", "msk-2", ReleaseReason.CASE_WITHDRAWN)
    ]
    assert [(s.label(), slug) for s, slug in report.planned] == [
        ("Mon 2026-11-02 #MSKMonday", "msk-3")
    ]
    with store.session() as s:
        sent = s.scalars(select(Post).where(Post.state == PostState.SENT)).all()
        assert len(sent) == 1 and sent[0].case.slug == "msk-1"


def test_plan_and_preview_from_the_cli(tmp_path: Path, cli_env: dict[str, str]) -> None:
    write_case(tmp_path / "cases", "msk-1")
    run(["cases", "import", "cases"], env=cli_env)
    run(["cases", "approve", "msk-1", "--by", "Dr R"], env=cli_env)
    out = run(["plan", "--weeks", "1"], env=cli_env).output
    assert "planned  Mon 2026-11-30 #MSKMonday 09:00 EST: msk-1" in out
    assert "empty    Thu 2026-12-03 #ThoraxThursday: no approved chest or cardiac case" in out
    again = run(["plan", "--weeks", "1"], env=cli_env).output
    assert "0 slots planned, 1 kept" in again
    day = json.loads(run(["preview", "--date", "2026-11-30", "--json"], env=cli_env).output)
    assert [(p["kind"], p["case"]) for p in day] == [("prompt", "msk-1")]
    # What goes out on a day: the answer to Monday's prompt goes out on Tuesday.
    tuesday = json.loads(run(["preview", "--date", "2026-12-01", "--json"], env=cli_env).output)
    assert [(p["kind"], p["case"]) for p in tuesday] == [("answer", "msk-1")]
    text = run(["preview", "--week", "2026-12-02"], env=cli_env).output
    assert "Mon 2026-11-30 09:00 EST  #MSKMonday  msk-1  -> outbox  [prompt, #1, " in text
    assert "  | #MSKMonday Wrist pain after a fall" in text
    bad = run(["preview", "--date", "2026-11-30", "--week", "2026-11-30"], env=cli_env)
    assert bad.exit_code == 2


def test_a_case_asking_for_blurred_images_reaches_preview_and_the_adapter(
    tmp_path: Path, cli_env: dict[str, str]
) -> None:
    from publisher.dispatch.outgoing import load_post, outgoing
    from publisher.store import Store

    write_case(tmp_path / "cases", "msk-1", extra="spoiler_images = true\n")
    run(["cases", "import", "cases"], env=cli_env)
    run(["cases", "approve", "msk-1", "--by", "Dr R"], env=cli_env)
    run(["plan", "--weeks", "1"], env=cli_env)
    text = run(["preview", "--date", "2026-11-30"], env=cli_env).output
    assert "blurred until tapped where the platform can" in text
    day = json.loads(run(["preview", "--date", "2026-11-30", "--json"], env=cli_env).output)
    assert day[0]["images"][0]["spoiler"] is True
    store = Store(f"sqlite:///{tmp_path / 'publisher.db'}")
    with store.connection() as db:
        [image] = outgoing(db, load_post(db, day[0]["id"])).images
    store.close()
    assert image.spoiler is True
