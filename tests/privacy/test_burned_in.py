"""Burned-in text: read on drawn radiographs with RapidOCR, boxed, redacted and read again.

The measured set (tests/support/radiographs.py): 48 labelled pictures (10 to 40 px, both
polarities, upright and turned 90 and 270 degrees, a quarter at low contrast, six
typefaces) and 24 clean ones (L and R markers, scale bars, "5 cm", positioning words).
The held-out set, drawn another way (other texts, typefaces, seeds, positions, films of
1024 to 3000 px) and never tuned on: 48 labelled pictures and 24 clean ones.
"""

from __future__ import annotations

import io
import json
import os
import socket
import sys
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PIL import Image, ImageDraw

from publisher.cases.importing import import_paths
from publisher.images.cleaning import ImageRisk
from publisher.privacy.images import ImageEvidence, image_findings, inspect, is_annotation
from publisher.store import Store
from publisher.store.cases import get_case
from tests.conftest import run, write_case
from tests.support.radiographs import (
    CLEAN,
    HELD_OUT_CLEAN,
    HELD_OUT_LABELLED,
    LABELLED,
    Sample,
    clean_set,
    font,
    held_out_clean_set,
    held_out_set,
    labelled,
    labelled_set,
)

pytest.importorskip("rapidocr", reason="the OCR check needs the 'ocr' extra (rapidocr)")
pytest.importorskip("onnxruntime", reason="the OCR check needs the 'ocr' extra (onnxruntime)")

# Measured: 48 of the 48 labels block, and 48 of the 48 held-out ones, in every run,
# alone and beside a benchmark (the pictures are drawn the same every time and the
# inference is single-threaded). Before the band along each edge was searched again,
# enlarged, and a loose box tightened to the band under a label: 44 and 41 (faint
# labels of 10 to 20 px, and 26 px ones on films of 2800 px and more, shrunk to 8 px
# for the detector).
LABELS_CAUGHT_AT_LEAST = 48
HELD_OUT_CAUGHT_AT_LEAST = 48
NOW = datetime(2026, 11, 30, 13, 0, tzinfo=UTC)


def _blocked(evidence: ImageEvidence) -> list[str]:
    return [f.kind for f in image_findings(1, evidence, []) if f.severity == "block"]


def _missed(samples: Iterable[Sample]) -> list[str]:
    return [
        s.name for s in samples if "burned_in_text" not in _blocked(inspect(s.image, ImageRisk()))
    ]


def _falsely_blocked(samples: Iterable[Sample]) -> dict[str, list[str]]:
    return {s.name: kinds for s in samples if (kinds := _blocked(inspect(s.image, ImageRisk())))}


def test_the_labelled_set_is_caught() -> None:
    missed = _missed(labelled_set())
    caught = LABELLED - len(missed)
    print(f"labels caught: {caught}/{LABELLED}; missed: {missed}")
    assert caught >= LABELS_CAUGHT_AT_LEAST, missed
    # Only a small label has ever been missed: a larger one missed is a new failure.
    assert all(int(name.split("-")[1].removesuffix("px")) <= 16 for name in missed), missed


def test_no_clean_picture_is_blocked() -> None:
    blocked = _falsely_blocked(clean_set())
    print(f"clean pictures blocked: {len(blocked)}/{CLEAN}: {blocked}")
    assert blocked == {}


def test_the_held_out_set_is_caught() -> None:
    missed = _missed(held_out_set())
    caught = HELD_OUT_LABELLED - len(missed)
    print(f"held-out labels caught: {caught}/{HELD_OUT_LABELLED}; missed: {missed}")
    assert caught >= HELD_OUT_CAUGHT_AT_LEAST, missed


def test_no_held_out_clean_picture_is_blocked() -> None:
    blocked = _falsely_blocked(held_out_clean_set())
    print(f"held-out clean pictures blocked: {len(blocked)}/{HELD_OUT_CLEAN}: {blocked}")
    assert blocked == {}


def test_the_edges_of_a_large_film_are_searched_again_unless_the_caller_has_enough(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import publisher.images.ocr as ocr

    searched: list[tuple[int, ...]] = []
    monkeypatch.setattr(ocr, "_find_at_edges", lambda _, grey: searched.append(grey.shape) or [])
    large = Image.new("L", (ocr.DET_SIDE + 1, 200), 20)
    ocr.read_lines(large, enough=lambda lines: True)
    ocr.read_lines(Image.new("L", (ocr.DET_SIDE, 200), 20))  # seen whole by the first passes
    assert searched == []
    ocr.read_lines(large, enough=lambda lines: False)
    ocr.read_lines(large)
    assert searched == [(200, ocr.DET_SIDE + 1)] * 2


@pytest.mark.parametrize(
    ("width", "height"), [(512, 512), (1536, 1280), (2048, 2048), (1102, 1956), (3000, 1024)]
)
def test_the_edge_pieces_cover_the_bands_and_leave_the_middle(width: int, height: int) -> None:
    import numpy as np

    from publisher.images import ocr

    covered = np.zeros((height, width), bool)
    for (left, top, right, bottom), _ in ocr._edge_pieces(width, height):
        covered[top:bottom, left:right] = True
    deep = max(ocr.EDGE_MIN, round(ocr.EDGE * height))
    wide = max(ocr.EDGE_MIN, round(ocr.EDGE * width))
    assert covered[:deep].all() and covered[-deep:].all()
    assert covered[:, :wide].all() and covered[:, -wide:].all()
    assert not covered[deep:-deep, wide:-wide].any()


def test_a_loose_box_is_tightened_to_the_band_under_a_faint_label() -> None:
    import numpy as np

    from publisher.images.ocr import _tightened

    film = np.full((200, 120), 30, np.uint8)
    film[40:150, 50:66] = 120  # the band
    film[60:130, 55:60] = 92  # faint letters on it
    assert _tightened(film, (10, 10, 110, 190)) == (50, 40, 66, 150)
    letters = Image.new("L", (240, 80), 30)
    ImageDraw.Draw(letters).text((10, 20), "NAME", fill=250, font=font(1, 32))
    assert _tightened(np.asarray(letters), (0, 0, 240, 80)) is None  # letters are no band


def test_a_sure_stroke_does_not_hide_the_label_read_in_the_same_place() -> None:
    from publisher.images.ocr import TextLine, _distinct

    stroke = TextLine("一", 0.97, (0, 0, 90, 140))
    label = TextLine("Kowalski, Piotr", 0.93, (40, 30, 55, 110))
    assert _distinct([stroke, label]) == [label]


def test_vertical_labels_are_read_as_words_both_ways() -> None:
    for i in (16, 17, 20, 32):  # 270 and 90 degrees, bright and dark
        sample = labelled(i)
        evidence = inspect(sample.image, ImageRisk())
        words = " ".join(line.text for line in evidence.lines or ()).replace(",", "")
        assert any(
            part in words for part in sample.text.replace(",", "").split() if len(part) > 3
        ), (
            sample.name,
            words,
        )


def test_the_names_in_a_label_reach_the_text_scan() -> None:
    sample = labelled(17)  # "DOE^JANE 14/03/2026", dark on a band, turned 270 degrees
    findings = image_findings(1, inspect(sample.image, ImageRisk()), [])
    assert ("images[1].pixels", "date") in {(f.field, f.kind) for f in findings}


@pytest.mark.parametrize(
    ("text", "harmless"),
    [
        ("L", True), ("R", True), ("5 cm", True), ("10 mm", True), ("+2.3 cm", True),
        ("PORTABL", True), ("SUPINE", True), ("AP ERECT", True), ("LT", True), ("120 kV", True),
        ("LLLLL", True), ("1111", True), ("5555", False),
        ("JONES MARY", False), ("MRN 12345678", False), ("14/03/2026", False),
        ("DOB 1961", False), ("Okafor", False), ("St Mary", False),
    ],
)  # fmt: skip
def test_markers_and_measurements_are_not_burned_in_text(text: str, harmless: bool) -> None:
    assert is_annotation(text) is harmless


def test_ocr_reads_offline_and_leaves_the_environment_alone(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def no_network(*args: object, **kwargs: object) -> None:
        raise AssertionError("the OCR tried to reach the network")

    monkeypatch.setattr(socket.socket, "connect", no_network)
    before = dict(os.environ)
    evidence = inspect(labelled(0).image, ImageRisk())
    assert evidence.lines and dict(os.environ) == before


def _label_case(root: Path, slug: str, text: str = "JONES, MARY 14/03/2026") -> Path:
    folder = write_case(root, slug)
    image = Image.new("L", (800, 600), 0)
    draw = ImageDraw.Draw(image)
    draw.ellipse((200, 150, 600, 450), fill=120)
    draw.text((20, 20), text, fill=255, font=font(0, 32))
    label = Image.new("L", (420, 44), 0)
    ImageDraw.Draw(label).text((4, 4), "MRN 12345678", fill=230, font=font(1, 30))
    image.paste(label.rotate(90, expand=True), (740, 100))
    image.save(folder / "pa.png")
    return folder


def _set_image_lines(folder: Path, lines: str) -> None:
    toml = folder / "case.toml"
    toml.write_text(toml.read_text() + lines)


def test_lint_prints_the_boxes_and_reimport_with_them_clears_the_finding(
    tmp_path: Path, cli_env: dict[str, str]
) -> None:
    folder = _label_case(tmp_path / "week", "msk-label")
    result = run(["cases", "lint", "week", "--json"], env=cli_env)
    assert result.exit_code == 1
    rows = [r for r in json.loads(result.output) if r["kind"] == "burned_in_text"]
    assert len(rows) == 2 and all(len(r["box"]) == 4 for r in rows)
    text = run(["cases", "lint", "week"], env=cli_env).output
    [line] = [ln for ln in text.splitlines() if "redact = " in ln and ln.startswith("msk-label")]
    redact = line.split(": ", 1)[1]
    _set_image_lines(folder, redact + "\n")
    assert run(["cases", "import", "week"], env=cli_env).exit_code == 0
    rows = json.loads(run(["cases", "lint", "msk-label", "--json"], env=cli_env).output)
    assert rows == []


def test_the_redact_boxes_are_in_the_original_coordinates_when_the_image_is_cropped(
    store: Store, tmp_path: Path
) -> None:
    folder = _label_case(tmp_path, "msk-crop")
    # Cropping away the left edge shifts the published pixels by 10 px: the boxes
    # must still be those of the uncropped image, as `redact` reads them.
    text = (
        (folder / "case.toml")
        .read_text()
        .replace('alt = "PA', 'crop = [10, 0, 800, 600]\nalt = "PA')
    )
    (folder / "case.toml").write_text(text)
    [result] = import_paths(store, [folder], now=NOW)
    with store.session() as s:
        findings = get_case(s, "msk-crop").findings
    boxes = [f["box"] for f in findings if f["kind"] == "burned_in_text"]
    pixel_boxes = [f["pixel_box"] for f in findings if f["kind"] == "burned_in_text"]
    assert boxes and all(
        b[0] == p[0] + 10 and b[1] == p[1] for b, p in zip(boxes, pixel_boxes, strict=True)
    )
    top = min(boxes, key=lambda b: b[1])
    assert top[0] <= 20 and top[2] >= 300  # the banner drawn at x = 20 in the original
    redact = ", ".join(str(b) for b in boxes)
    (folder / "case.toml").write_text(text.replace("crop = ", f"redact = [{redact}]\ncrop = "))
    [result] = import_paths(store, [folder], now=NOW)
    assert result.findings == 0, result
    with store.session() as s:
        case = get_case(s, "msk-crop")
        assert not [f for f in case.findings if f["kind"] == "burned_in_text"]
        blob = case.images[0].blob.data
    from publisher.images.ocr import read_lines

    lines = read_lines(Image.open(io.BytesIO(blob)))
    assert lines is not None and [ln for ln in lines if not is_annotation(ln.text)] == []


def test_contact_sheet_draws_the_boxes(tmp_path: Path, cli_env: dict[str, str]) -> None:
    _label_case(tmp_path / "week", "msk-label")
    sheet = tmp_path / "sheet.png"
    result = run(["cases", "lint", "week", "--contact-sheet", str(sheet)], env=cli_env)
    assert result.exit_code == 1 and f"contact sheet: {sheet}" in result.output
    import numpy as np

    rgb = np.asarray(Image.open(sheet).convert("RGB")).astype(int)
    reds = int(((rgb[..., 0] > 200) & (rgb[..., 1] < 80) & (rgb[..., 2] < 80)).sum())
    assert reds > 200  # the outlines of the two text boxes


def _dicom_with_label(folder: Path, name: str, *, flag: str = "YES") -> Path:
    pydicom = pytest.importorskip("pydicom", reason="DICOM needs the 'dicom' extra (pydicom)")
    import numpy as np
    from pydicom.data import get_testdata_file

    source = get_testdata_file("CT_small.dcm", download=False)
    if source is None:
        pytest.skip("pydicom's bundled CT_small.dcm is not installed")
    ds = pydicom.dcmread(source)
    ds.BurnedInAnnotation = flag
    ds.PatientName = "KOWALSKI^PIOTR"
    pixels = ds.pixel_array.astype(np.int32)
    banner = Image.new("L", (128, 18), 0)
    ImageDraw.Draw(banner).text((2, 1), name, fill=255, font=font(1, 14))
    mask = np.asarray(banner) > 100
    pixels[2:20, :128][mask] = int(pixels.max())
    ds.PixelData = pixels.astype(ds.pixel_array.dtype).tobytes()
    path = folder / "ct.dcm"
    ds.save_as(path)
    return path


def test_dicom_flag_and_header_name_read_in_the_pixels_clear_after_redaction(
    store: Store, tmp_path: Path
) -> None:
    folder = write_case(tmp_path, "neuro-ct", section="neuro")
    _dicom_with_label(folder, "KOWALSKI")
    text = (folder / "case.toml").read_text().replace('file = "pa.png"', 'file = "ct.dcm"')
    (folder / "case.toml").write_text(text)
    import_paths(store, [folder], now=NOW)
    with store.session() as s:
        findings = get_case(s, "neuro-ct").findings
    kinds = {(f["field"], f["kind"]) for f in findings}
    assert ("images[1]", "burned_in_flag") in kinds
    assert ("images[1]", "burned_in_text") in kinds
    assert ("images[1].pixels", "header_identifier") in kinds
    boxes = [f["box"] for f in findings if f["kind"] == "burned_in_text"]
    redact = ", ".join(str(b) for b in boxes)
    (folder / "case.toml").write_text(
        text.replace('file = "ct.dcm"', f'file = "ct.dcm"\nredact = [{redact}]')
    )
    [result] = import_paths(store, [folder], now=NOW)
    with store.session() as s:
        left = {f["kind"] for f in get_case(s, "neuro-ct").findings}
    assert not left & {"burned_in_flag", "burned_in_text", "header_identifier"}, left
    assert result.findings == 0


def test_the_dicom_flag_stands_while_nothing_is_redacted(tmp_path: Path) -> None:
    # The pixels read clean, but nobody edited the image: the modality's word stands.
    evidence = ImageEvidence(ImageRisk(burned_in=True), lines=(), faces=(), size=(64, 64))
    assert _blocked(evidence) == ["burned_in_flag"]
    edited = ImageEvidence(
        ImageRisk(burned_in=True), lines=(), faces=(), size=(64, 64), edited=True
    )
    assert _blocked(edited) == []
    unread = ImageEvidence(ImageRisk(burned_in=True), lines=None, size=(64, 64), edited=True)
    assert _blocked(unread) == ["burned_in_flag"]


def test_without_the_extra_the_check_is_off_and_says_so(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    import publisher.images.faces as faces
    import publisher.images.ocr as ocr

    monkeypatch.setitem(sys.modules, "rapidocr", None)
    monkeypatch.setitem(sys.modules, "onnxruntime", None)
    monkeypatch.setattr(ocr, "_engines", None)
    monkeypatch.setattr(ocr, "_missing", False)
    monkeypatch.setattr(faces, "_session", None)
    monkeypatch.setattr(faces, "_missing", False)
    evidence = inspect(labelled(0).image, ImageRisk())
    assert evidence.lines is None and evidence.faces is None
    assert "pip install 'publisher[ocr]'" in caplog.text


def test_the_demo_says_whether_the_image_checks_are_on() -> None:
    from publisher.cli import render
    from publisher.dispatch.demo import DemoSetup
    from publisher.images.ocr import available
    from publisher.schedule.writing import PlanReport

    assert available()  # the test extras install the `ocr` extra
    on = DemoSetup(None, [], [], PlanReport(), image_checks=True)  # type: ignore[arg-type]
    off = DemoSetup(None, [], [], PlanReport(), image_checks=False)  # type: ignore[arg-type]
    assert "image checks on: burned-in text and faces" in render.demo_setup(on, "demo")
    shown = render.demo_setup(off, "demo")
    assert "image checks OFF" in shown and "pip install 'publisher[ocr]'" in shown


@pytest.mark.parametrize(
    ("text", "score", "blocks"),
    [
        ("FEE", 0.76, False),  # a scale's ticks, read unsure
        ("FEE", 0.95, True),  # read sure: a person looks at it
        ("MRN 4471", 0.6, True),  # digits: never noise
        ("HAUGEN", 0.7, True),  # longer than a tick pattern
    ],
)
def test_an_unsure_short_reading_does_not_block_by_itself(
    text: str, score: float, blocks: bool
) -> None:
    from publisher.images.ocr import TextLine
    from publisher.privacy.images import ImageEvidence

    evidence = ImageEvidence(lines=(TextLine(text, score, (10, 10, 60, 30)),), size=(200, 200))
    kinds = {f.kind for f in image_findings(1, evidence, [])}
    assert ("burned_in_text" in kinds) == blocks
