"""The privacy gate on a real database: scan on import, review, waivers, audit trail,
the embargo, burned-in text, and DICOM header signals."""

from __future__ import annotations

import json
import shutil
from datetime import UTC, datetime
from pathlib import Path

import pytest

from publisher.cases.importing import import_paths
from publisher.cases.review import approve_case, waive_finding
from publisher.config import load_settings
from publisher.errors import InvalidStateError
from publisher.schedule.writing import plan
from publisher.store import Store
from publisher.store.cases import get_case
from tests.conftest import run, write_case

NOW = datetime(2026, 11, 30, 13, 0, tzinfo=UTC)
LEAKY = 'history = "Mr. John Smith, MRN 12345678, seen on 14/03/2026 at St. Mary\'s Hospital."\n'


def leaky_case(root: Path, slug: str = "msk-leak") -> Path:
    folder = write_case(root, slug)
    text = (folder / "case.toml").read_text()
    lines = [ln for ln in text.splitlines() if not ln.startswith("history =")]
    (folder / "case.toml").write_text(LEAKY + "\n".join(lines) + "\n")
    return folder


def test_blocking_findings_hold_the_case_until_each_is_waived(store: Store, tmp_path: Path) -> None:
    [result] = import_paths(store, [leaky_case(tmp_path)], now=NOW, ocr=False)
    assert result.result == "imported" and result.status == "needs_review"
    assert "needs privacy review" in result.reason and result.findings >= 4
    with store.session() as s, pytest.raises(InvalidStateError, match="blocking privacy findings"):
        approve_case(s, "msk-leak", by="R", now=NOW)
    with store.session() as s:
        case = get_case(s, "msk-leak")
        kinds = {f["kind"] for f in case.findings if f["severity"] == "block"}
        assert {"name", "record_number", "date", "facility"} <= kinds
        count = len([f for f in case.findings if f["severity"] == "block"])
    with store.session() as s:
        for n in range(1, count + 1):
            waive_finding(s, "msk-leak", str(n), by="Dr R", reason="test waiver", now=NOW)
    with store.session() as s:
        assert get_case(s, "msk-leak").status == "draft"
        approve_case(s, "msk-leak", by="Dr R", now=NOW)
        trail = [(r.action, r.by) for r in get_case(s, "msk-leak").reviews]
    assert trail[-1] == ("approve", "Dr R") and trail.count(("waive", "Dr R")) == count


def test_fixing_the_text_and_reimporting_clears_the_review(store: Store, tmp_path: Path) -> None:
    folder = leaky_case(tmp_path)
    import_paths(store, [folder], now=NOW, ocr=False)
    write_case(tmp_path, "msk-leak")  # the clean text again
    [result] = import_paths(store, [folder], now=NOW, ocr=False)
    assert (result.result, result.status, result.findings) == ("updated", "draft", 0)


def test_lint_reports_files_not_yet_imported_with_json_fields(
    tmp_path: Path, cli_env: dict[str, str]
) -> None:
    leaky_case(tmp_path / "week")
    write_case(tmp_path / "week", "msk-clean")
    result = run(["cases", "lint", "week", "--json", "--no-ocr"], env=cli_env)
    assert result.exit_code == 1
    rows = json.loads(result.output)
    assert {r["slug"] for r in rows} == {"msk-leak"}
    first = rows[0]
    assert {"slug", "field", "kind", "severity", "text", "suggestion"} <= set(first)
    assert any(r["kind"] == "record_number" and "12345678" in r["text"] for r in rows)
    clean = run(["cases", "lint", "week/msk-clean", "--no-ocr"], env=cli_env)
    assert clean.exit_code == 0 and clean.output.endswith("0 findings in 1 case(s)\n")


def test_waive_from_the_cli_and_the_audit_trail_in_show(
    tmp_path: Path, cli_env: dict[str, str]
) -> None:
    leaky_case(tmp_path / "week")
    run(["cases", "import", "week"], env=cli_env)
    rows = json.loads(run(["cases", "lint", "msk-leak", "--json"], env=cli_env).output)
    for row in rows:
        if row["severity"] == "block":
            run(["cases", "waive", "msk-leak", str(row["number"]), "--by", "Dr R",
                 "--reason", "teaching example"], env=cli_env)  # fmt: skip
    assert run(["cases", "lint", "msk-leak"], env=cli_env).exit_code == 0
    assert run(["cases", "approve", "msk-leak", "--by", "Dr R"], env=cli_env).exit_code == 0
    shown = run(["cases", "show", "msk-leak"], env=cli_env).output
    assert "waive by Dr R" in shown and "teaching example" in shown and "approve by Dr R" in shown
    bad = run(["cases", "waive", "msk-leak", "99", "--by", "R", "--reason", "x"], env=cli_env)
    assert bad.exit_code == 1 and "has no finding '99'" in bad.output


def test_the_embargo_holds_a_recent_case_back(store: Store, tmp_path: Path) -> None:
    write_case(tmp_path, "msk-recent", extra='study_month = "2026-11"\n')
    write_case(tmp_path, "msk-old", extra='study_month = "2026-01"\n')
    import_paths(store, [tmp_path], now=NOW, ocr=False)
    with store.session() as s:
        approve_case(s, "msk-recent", by="R", now=NOW)
        approve_case(s, "msk-old", by="R", now=NOW)
    report = plan(store, load_settings(None, {}), now=NOW, weeks=6)
    placed = {slug: slot.local_date.isoformat() for slot, slug in report.planned}
    assert placed["msk-old"] == "2026-11-30"
    # November ends, then 30 days: the first Monday on or after 31 December.
    assert placed["msk-recent"] == "2027-01-04"
    short = plan(store, load_settings(None, {}), now=NOW, weeks=1)
    assert short.held == []  # already placed by the longer plan


def test_preview_says_why_a_case_is_held_back(tmp_path: Path, cli_env: dict[str, str]) -> None:
    write_case(tmp_path / "cases", "msk-recent", extra='study_month = "2026-11"\n')
    run(["cases", "import", "cases"], env=cli_env)
    run(["cases", "approve", "msk-recent", "--by", "R"], env=cli_env)
    planned = run(["plan", "--weeks", "2"], env=cli_env).output
    assert (
        "empty    Mon 2026-11-30 #MSKMonday: the approved msk cases left are held by the "
        "privacy embargo until 2026-12-31" in planned
    )
    held = "msk-recent: held back by the privacy embargo until 2026-12-31 (study month 2026-11 + 30 days)"
    assert f"held     {held}" in planned
    assert f"held back: {held}" in run(["preview"], env=cli_env).output


def test_burned_in_text_puts_the_image_under_review(store: Store, tmp_path: Path) -> None:
    pytest.importorskip("rapidocr", reason="the OCR check needs the 'ocr' extra (rapidocr)")
    from PIL import Image, ImageDraw, ImageFont

    folder = write_case(tmp_path, "msk-label")
    image = Image.new("L", (800, 600), 0)
    draw = ImageDraw.Draw(image)
    draw.ellipse((200, 150, 600, 450), fill=120)
    draw.text((20, 20), "JONES, MARY 14/03/2026", fill=255, font=ImageFont.load_default(size=32))
    image.save(folder / "pa.png")
    [result] = import_paths(store, [folder], now=NOW)
    assert result.status == "needs_review"
    with store.session() as s:
        findings = get_case(s, "msk-label").findings
    kinds = {(f["field"], f["kind"]) for f in findings}
    assert ("images[1]", "burned_in_text") in kinds
    assert ("images[1].pixels", "date") in kinds


def test_dicom_header_values_are_searched_for_and_never_stored(
    store: Store, tmp_path: Path
) -> None:
    pydicom = pytest.importorskip("pydicom", reason="DICOM needs the 'dicom' extra (pydicom)")
    from pydicom.data import get_testdata_file

    source = get_testdata_file("CT_small.dcm", download=False)
    if source is None:
        pytest.skip("pydicom's bundled CT_small.dcm is not installed")
    ds = pydicom.dcmread(source)
    name = str(ds.PatientName).replace("^", " ").split()[0]
    folder = write_case(tmp_path, "neuro-dicom", section="neuro")
    shutil.copy(source, folder / "ct.dcm")
    text = (folder / "case.toml").read_text().replace('file = "pa.png"', 'file = "ct.dcm"')
    text = text.replace(
        'question = "What is the diagnosis?"', f'question = "What did {name} have?"'
    )
    (folder / "case.toml").write_text(text)
    [result] = import_paths(store, [folder], now=NOW, ocr=False)
    assert result.status == "needs_review"
    with store.session() as s:
        case = get_case(s, "neuro-dicom")
        assert any(f["kind"] == "header_identifier" for f in case.findings)
        assert case.study_month == f"{ds.StudyDate[:4]}-{ds.StudyDate[4:6]}"
        blob = case.images[0].blob.data
    assert blob.startswith(b"\x89PNG") and str(ds.PatientID).encode() not in blob
    assert name.encode() not in blob
