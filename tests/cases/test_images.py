"""Image files of a case: inside its folder, regular files, under the size cap, hashed in chunks.

Every refusal is one line naming the file and the field, and leaves the database as it was.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import TypeVar

import pytest

from publisher.cases.files import CaseSource, read_case_folder
from publisher.cases.images import DEFAULT_MAX_IMAGE_BYTES, hash_file, locate_image
from publisher.cases.importing import ImportResult, import_paths
from publisher.store import Store
from tests.cases.test_importing import table_counts
from tests.conftest import draw_png, run, write_case

NOW = datetime(2026, 11, 30, 13, 0, tzinfo=UTC)
T = TypeVar("T")


def with_image(tmp_path: Path, written: str, slug: str = "c1") -> Path:
    """A case folder whose one image is written as ``written`` in case.toml."""
    folder = write_case(tmp_path / "cases", slug)
    toml = folder / "case.toml"
    toml.write_text(toml.read_text().replace('file = "pa.png"', f"file = {json.dumps(written)}"))
    return folder


@pytest.fixture
def outside(tmp_path: Path) -> Path:
    """A real picture outside any case folder: what an escaping path would reach."""
    return draw_png(tmp_path / "elsewhere" / "secret.png", shade=222)


def import_one(
    store: Store, folder: Path, max_image_bytes: int = DEFAULT_MAX_IMAGE_BYTES
) -> ImportResult:
    [result] = import_paths(store, [folder], now=NOW, ocr=False, max_image_bytes=max_image_bytes)
    return result


# -- paths ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "problem"),
    [
        ("../../elsewhere/secret.png", "lies outside the case folder; images must be inside it"),
        ("../c1/../../elsewhere/secret.png", "lies outside the case folder; images must be inside it"),
        ("sub/../../../elsewhere/secret.png", "lies outside the case folder; images must be inside it"),
    ],
)  # fmt: skip
def test_a_path_that_climbs_out_of_the_case_folder_is_refused(
    store: Store, tmp_path: Path, outside: Path, written: str, problem: str
) -> None:
    folder = with_image(tmp_path, written)
    (folder / "sub").mkdir()
    assert (folder / written).resolve() == outside.resolve()  # the path does reach the file
    result = import_one(store, folder)
    assert result.result == "rejected"
    assert result.reason == f"{folder / 'case.toml'}: images[1].file: {written!r} {problem}"
    assert table_counts(store) == (0, 0, 0)


def test_an_absolute_path_is_refused_even_inside_the_folder(store: Store, tmp_path: Path) -> None:
    written = str(tmp_path / "cases" / "c1" / "pa.png")
    folder = with_image(tmp_path, written)
    result = import_one(store, folder)
    assert result.reason == (
        f"{folder / 'case.toml'}: images[1].file: {written!r} is an absolute path; "
        "write it relative to the case folder"
    )
    assert table_counts(store) == (0, 0, 0)


def test_a_symlink_pointing_outside_is_refused(store: Store, tmp_path: Path, outside: Path) -> None:
    folder = with_image(tmp_path, "link.png")
    (folder / "link.png").symlink_to(outside)
    result = import_one(store, folder)
    assert result.reason == (
        f"{folder / 'case.toml'}: images[1].file: 'link.png' leads outside the case folder "
        "through a symbolic link; images must be inside it"
    )
    assert table_counts(store) == (0, 0, 0)


def test_a_symlinked_folder_pointing_outside_is_refused(
    store: Store, tmp_path: Path, outside: Path
) -> None:
    folder = with_image(tmp_path, "scans/secret.png")
    (folder / "scans").symlink_to(outside.parent, target_is_directory=True)
    result = import_one(store, folder)
    assert result.result == "rejected"
    assert "'scans/secret.png' leads outside the case folder through a symbolic link" in (
        result.reason
    )


def test_paths_and_symlinks_that_stay_inside_are_fine(store: Store, tmp_path: Path) -> None:
    folder = with_image(tmp_path, "views/../views/pa-link.png")
    draw_png(folder / "views" / "pa.png")
    (folder / "views" / "pa-link.png").symlink_to("pa.png")
    assert import_one(store, folder).result == "imported"


def test_a_csv_image_path_is_held_to_the_csv_files_folder(
    store: Store, tmp_path: Path, outside: Path
) -> None:
    sheet = tmp_path / "week" / "cases.csv"
    draw_png(sheet.parent / "img" / "ok.png")
    rows = [
        "slug,title,section,modality,history,question,answer,image_1,alt_1",
        "ok-1,T,msk,XR,H.,Q?,A,img/ok.png,Alt.",
        "up-1,T,msk,XR,H.,Q?,A,../elsewhere/secret.png,Alt.",
        f"abs-1,T,msk,XR,H.,Q?,A,{outside},Alt.",
    ]
    sheet.write_text("\n".join(rows) + "\n")
    results = {r.slug: r for r in import_paths(store, [sheet], now=NOW, ocr=False)}
    assert results["ok-1"].result == "imported"
    assert results["up-1"].reason == (
        f"{sheet} line 3: image_1: '../elsewhere/secret.png' lies outside the CSV file's "
        "folder; images must be inside it"
    )
    assert results["abs-1"].reason == (
        f"{sheet} line 4: image_1: {str(outside)!r} is an absolute path; "
        "write it relative to the CSV file's folder"
    )
    assert table_counts(store)[0] == 1


def test_a_missing_image_and_a_symlink_loop_are_named(store: Store, tmp_path: Path) -> None:
    folder = with_image(tmp_path, "loop.png")
    (folder / "loop.png").symlink_to("loop.png")
    result = import_one(store, folder)
    assert result.reason.startswith(f"{folder / 'case.toml'}: images[1].file: 'loop.png' ")
    assert "\n" not in result.reason
    (folder / "loop.png").unlink()
    result = import_one(store, folder)
    assert result.reason == (
        f"{folder / 'case.toml'}: images[1].file: 'loop.png' not found next to case.toml"
    )


# -- only regular files ------------------------------------------------------------------


def finishes_in(seconds: float, func: Callable[[], T]) -> T:
    """``func()``'s result; the test fails (and does not hang) when it takes longer."""
    box: dict[str, object] = {}

    def target() -> None:
        try:
            box["result"] = func()
        except BaseException as exc:  # handed to the test thread
            box["error"] = exc

    thread = threading.Thread(target=target, daemon=True)
    thread.start()
    thread.join(seconds)
    if thread.is_alive():
        pytest.fail(f"still running after {seconds} s: something blocked on a read")
    if "error" in box:
        raise box["error"]  # type: ignore[misc]
    return box["result"]  # type: ignore[return-value]


@pytest.fixture
def unblock() -> Iterator[list[Path]]:
    """FIFOs to open for writing at the end, so a reader stuck on one gets end-of-file
    and the test run can exit even when the code under test is broken."""
    fifos: list[Path] = []
    yield fifos
    for fifo in fifos:
        with contextlib.suppress(OSError):  # no reader left: nothing was blocked
            os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))


def test_a_fifo_as_an_image_is_refused_without_blocking(
    store: Store, tmp_path: Path, unblock: list[Path]
) -> None:
    folder = with_image(tmp_path, "pa.fifo")
    os.mkfifo(folder / "pa.fifo")
    unblock.append(folder / "pa.fifo")
    result = finishes_in(20, lambda: import_one(store, folder))
    assert result.reason == (
        f"{folder / 'case.toml'}: images[1].file: 'pa.fifo' is a FIFO, not an image file"
    )
    assert table_counts(store) == (0, 0, 0)


def test_a_symlink_to_a_fifo_and_a_folder_are_refused(
    store: Store, tmp_path: Path, unblock: list[Path]
) -> None:
    fifo = tmp_path / "cases" / "c1" / "pipe"
    folder = with_image(tmp_path, "link.png")
    os.mkfifo(fifo)
    unblock.append(fifo)
    (folder / "link.png").symlink_to("pipe")
    result = finishes_in(20, lambda: import_one(store, folder))
    assert result.reason.endswith("'link.png' is a FIFO, not an image file")
    folder = with_image(tmp_path, "views", slug="c2")
    (folder / "views").mkdir()
    assert import_one(store, folder).reason.endswith("'views' is a folder, not an image file")


def test_a_device_is_refused(store: Store, tmp_path: Path) -> None:
    folder = with_image(tmp_path, "zero.png")
    (folder / "zero.png").symlink_to("/dev/zero")  # inside the folder by name, not by target
    assert import_one(store, folder).result == "rejected"
    source = read_case_folder(with_image(tmp_path, "dev/zero", slug="c2"))
    assert isinstance(source, CaseSource)
    source = CaseSource(source.spec, source.file, source.where, Path("/"))  # a case folder at /
    with pytest.raises(Exception, match="is a character device, not an image file"):
        finishes_in(20, lambda: locate_image(source, 0, DEFAULT_MAX_IMAGE_BYTES))


def test_a_fifo_named_case_toml_or_csv_is_refused_without_blocking(
    store: Store, tmp_path: Path, unblock: list[Path]
) -> None:
    (tmp_path / "cases" / "c1").mkdir(parents=True)
    os.mkfifo(tmp_path / "cases" / "c1" / "case.toml")
    os.mkfifo(tmp_path / "cases" / "week.csv")
    unblock.extend([tmp_path / "cases" / "c1" / "case.toml", tmp_path / "cases" / "week.csv"])
    results = finishes_in(20, lambda: import_paths(store, [tmp_path / "cases"], now=NOW))
    assert [r.reason for r in results] == [
        f"{tmp_path / 'cases' / 'c1' / 'case.toml'}: cannot read: a FIFO, not a file",
    ]  # a FIFO is not a file, so the walk does not take week.csv for a sheet


# -- size cap and streaming ----------------------------------------------------------------


def test_an_image_over_the_cap_is_refused_before_reading(store: Store, tmp_path: Path) -> None:
    folder = with_image(tmp_path, "pa.png")
    size = (folder / "pa.png").stat().st_size
    result = import_one(store, folder, max_image_bytes=size - 1)
    assert result.reason == (
        f"{folder / 'case.toml'}: images[1].file: 'pa.png' is {size:,} bytes, over the "
        f"{size - 1:,} bytes limit per image ([import] max_image_bytes)"
    )
    assert import_one(store, folder, max_image_bytes=size).result == "imported"


def junk_with_png_header(path: Path, size: int) -> Path:
    """A sparse file of ``size`` bytes that starts like a PNG: cheap on disk, huge to read."""
    with path.open("wb") as fh:
        fh.write(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x00")
        fh.truncate(size)
    return path


def test_a_1_gb_junk_file_hits_the_default_cap(store: Store, tmp_path: Path) -> None:
    folder = with_image(tmp_path, "pa.png")
    junk_with_png_header(folder / "pa.png", 1024**3)
    result = finishes_in(20, lambda: import_one(store, folder))
    assert result.reason == (
        f"{folder / 'case.toml'}: images[1].file: 'pa.png' is 1,024 MB, over the 512 MB "
        "limit per image ([import] max_image_bytes)"
    )


def test_the_cap_comes_from_the_config_file(tmp_path: Path, cli_env: dict[str, str]) -> None:
    folder = with_image(tmp_path, "pa.png")
    (tmp_path / "config.toml").write_text("[import]\nmax_image_bytes = 100\n")
    env = {**cli_env, "PUBLISHER_CONFIG": str(tmp_path / "config.toml")}
    result = run(["cases", "import", str(folder)], env=env)
    assert result.exit_code == 1
    assert "over the 100 bytes limit per image ([import] max_image_bytes)" in result.output


def test_hashing_reads_in_chunks_and_matches_the_whole_file(tmp_path: Path) -> None:
    data = os.urandom(3 * 1024 * 1024 + 12345)  # several chunks and a partial one
    folder = with_image(tmp_path, "big.bin")
    (folder / "big.bin").write_bytes(data)
    source = read_case_folder(folder)
    assert isinstance(source, CaseSource)
    image = locate_image(source, 0, DEFAULT_MAX_IMAGE_BYTES)
    assert hash_file(image, "here") == hashlib.sha256(data).digest()


PROBE = """
import json, resource, sys
from datetime import UTC, datetime
from pathlib import Path
from publisher.cases.importing import import_paths
from publisher.store import Store

store = Store(sys.argv[1])
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
[result] = import_paths(store, [Path(sys.argv[2])], now=datetime.now(UTC), ocr=False,
                        max_image_bytes=int(sys.argv[3]))
after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"result": result.result, "reason": result.reason,
                  "grew_mb": (after - before) / 1024}))
"""


def test_a_huge_file_under_a_raised_cap_is_hashed_without_being_held(tmp_path: Path) -> None:
    """600 MB read through the hash (the cap raised to 1 GB): memory grows by chunks, not
    by the file, and the file is then refused as the damaged image it is."""
    folder = with_image(tmp_path, "pa.png")
    junk_with_png_header(folder / "pa.png", 600 * 1024 * 1024)
    url = f"sqlite:///{tmp_path / 'probe.db'}"
    out = subprocess.run(
        [sys.executable, "-c", PROBE, url, str(folder), str(1024**3)],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    figures = json.loads(out.stdout)
    assert figures["result"] == "rejected"
    assert "'pa.png': not an image Pillow can read" in figures["reason"]
    assert figures["grew_mb"] < 100, figures  # a whole read would add 600
