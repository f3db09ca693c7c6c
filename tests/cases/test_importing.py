"""`cases import` against a real database: all or nothing per case, a line per case."""

from __future__ import annotations

import json
import struct
import zlib
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import func, select

from publisher.cases.importing import import_paths
from publisher.store import Store
from publisher.store.models import Blob, Case, CaseImage, Post, PostState
from tests.conftest import run, write_case

NOW = datetime(2026, 11, 30, 13, 0, tzinfo=UTC)


def table_counts(store: Store) -> tuple[int, int, int]:
    with store.session() as s:
        return (
            s.scalar(select(func.count()).select_from(Case)) or 0,
            s.scalar(select(func.count()).select_from(CaseImage)) or 0,
            s.scalar(select(func.count()).select_from(Blob)) or 0,
        )


def test_import_then_unchanged_then_updated(store: Store, tmp_path: Path) -> None:
    folder = write_case(tmp_path / "cases", "msk-scaphoid-001")
    [first] = import_paths(store, [folder], now=NOW)
    assert (first.slug, first.result) == ("msk-scaphoid-001", "imported")
    [again] = import_paths(store, [folder], now=NOW)
    assert again.result == "unchanged"
    write_case(tmp_path / "cases", "msk-scaphoid-001", title="Wrist pain, new title")
    [changed] = import_paths(store, [folder], now=NOW)
    assert changed.result == "updated"
    with store.session() as s:
        case = s.scalar(select(Case))
        assert case is not None and case.title == "Wrist pain, new title"
        assert case.status == "draft"
    assert table_counts(store)[:2] == (1, 1)


def test_changing_only_an_image_is_an_update(store: Store, tmp_path: Path) -> None:
    folder = write_case(tmp_path, "c1", shade=100)
    import_paths(store, [folder], now=NOW)
    write_case(tmp_path, "c1", shade=200)
    assert import_paths(store, [folder], now=NOW)[0].result == "updated"


def test_stored_images_are_processed_bytes_addressed_by_hash(store: Store, tmp_path: Path) -> None:
    import hashlib

    folder = write_case(tmp_path, "c1")
    import_paths(store, [folder], now=NOW)
    with store.session() as s:
        blob = s.scalar(select(Blob))
        assert blob is not None
        assert hashlib.sha256(blob.data).hexdigest() == blob.sha256
        assert blob.data != (folder / "pa.png").read_bytes() or blob.format == "PNG"
        assert (blob.width, blob.height) == (64, 48)


def huge_png_header(path: Path) -> None:
    """A tiny, well-formed file whose header claims 100000 x 100000 pixels."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    ihdr = struct.pack(">IIBBBBB", 100_000, 100_000, 8, 0, 0, 0, 0)
    data = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr)
    data += chunk(b"IDAT", zlib.compress(b"\x00" * 64)) + chunk(b"IEND", b"")
    path.write_bytes(data)


def test_bad_images_reject_the_case_and_leave_the_database_as_it_was(
    store: Store, tmp_path: Path
) -> None:
    good = write_case(tmp_path, "good")
    import_paths(store, [good], now=NOW)
    before = table_counts(store)
    missing = write_case(tmp_path, "missing")
    (missing / "pa.png").unlink()
    not_image = write_case(tmp_path, "not-image")
    (not_image / "pa.png").write_text("this is not a picture")
    bomb = write_case(tmp_path, "bomb")
    huge_png_header(bomb / "pa.png")
    results = {r.slug: r for r in import_paths(store, [missing, not_image, bomb], now=NOW)}
    assert {r.result for r in results.values()} == {"rejected"}
    assert results["missing"].reason.endswith(
        "images[1].file: 'pa.png' not found next to case.toml"
    )
    assert "images[1].file: 'pa.png'" in results["not-image"].reason
    assert "images[1].file: 'pa.png'" in results["bomb"].reason
    assert "pixels" in results["bomb"].reason
    assert table_counts(store) == before


def test_a_crop_outside_the_image_names_the_crop(store: Store, tmp_path: Path) -> None:
    folder = write_case(tmp_path, "c1", tail="crop = [0, 0, 900, 10]\n")
    [result] = import_paths(store, [folder], now=NOW, ocr=False)
    assert result.result == "rejected"
    assert result.reason == (
        f"{folder / 'case.toml'}: images[1].crop: crop box [0, 0, 900, 10] lies outside "
        "the 64x48 image"
    )


def test_a_rejected_update_keeps_the_old_version(store: Store, tmp_path: Path) -> None:
    folder = write_case(tmp_path, "c1")
    import_paths(store, [folder], now=NOW)
    write_case(tmp_path, "c1", title="New title")
    (folder / "pa.png").write_text("broken")
    [result] = import_paths(store, [folder], now=NOW)
    assert result.result == "rejected"
    with store.session() as s:
        case = s.scalar(select(Case))
        assert case is not None and case.title == "Wrist pain after a fall"


def test_a_case_already_posted_is_not_changed(store: Store, tmp_path: Path) -> None:
    from publisher.cases.review import approve_case
    from publisher.config import load_settings
    from publisher.schedule.writing import plan

    folder = write_case(tmp_path, "c1")
    import_paths(store, [folder], now=NOW)
    with store.session() as s:
        approve_case(s, "c1", by="tester", now=NOW)
    plan(store, load_settings(None, {}), now=NOW, weeks=1)
    with store.session() as s:
        post = s.scalars(select(Post).order_by(Post.id)).first()
        assert post is not None
        post.state = PostState.SENT
    write_case(tmp_path, "c1", title="Changed after posting")
    [result] = import_paths(store, [folder], now=NOW)
    assert result.result == "rejected"
    assert "already been posted" in result.reason
    with store.session() as s:
        case = s.scalar(select(Case))
        assert case is not None and case.title == "Wrist pain after a fall"
        assert case.status == "approved"


def test_cli_import_reports_each_case_and_exits_1_on_rejection(
    tmp_path: Path, cli_env: dict[str, str]
) -> None:
    write_case(tmp_path / "week", "msk-a")
    write_case(tmp_path / "week", "msk-b", extra='colour = "red"\n')
    result = run(["cases", "import", "week", "--json"], env=cli_env)
    assert result.exit_code == 1
    rows = json.loads(result.output)
    assert [(r["slug"], r["result"]) for r in rows] == [
        ("msk-a", "imported"),
        ("msk-b", "rejected"),
    ]
    assert rows[1]["reason"] == "week/msk-b/case.toml: colour: unknown field"
    again = run(["cases", "import", "week/msk-a"], env=cli_env)
    assert again.exit_code == 0
    assert again.output.splitlines()[0] == "unchanged  msk-a (week/msk-a/case.toml)"


def test_cli_list_and_show(tmp_path: Path, cli_env: dict[str, str]) -> None:
    write_case(tmp_path / "week", "msk-a")
    run(["cases", "import", "week"], env=cli_env)
    rows = json.loads(run(["cases", "list", "--json"], env=cli_env).output)
    assert [(r["slug"], r["section"], r["status"]) for r in rows] == [("msk-a", "msk", "draft")]
    assert run(["cases", "approve", "msk-a", "--by", "Dr Reviewer"], env=cli_env).exit_code == 0
    shown = run(["cases", "show", "msk-a"], env=cli_env).output
    assert "status approved" in shown
    assert "approve by Dr Reviewer" in shown
    missing = run(["cases", "show", "nope"], env=cli_env)
    assert missing.exit_code == 1
    assert missing.output.strip().splitlines()[0] == "Error: no case with slug 'nope'"
