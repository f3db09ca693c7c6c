"""Faces and colour photographs: found in real photographs and in faces pasted into films,
never in radiology (tests/support/faces.py says what is in each set).

Measured when the detector was chosen (faces found / clean radiology flagged):
CenterFace 27/27 and 0/56; OpenCV's Haar cascade (frontal alt2) 18/27 and 0/50, with the
profile cascade added 20/27; the default frontal cascade 16/27 and 10/50.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PIL import Image

from publisher.images.cleaning import ImageRisk
from publisher.privacy.images import ImageFinding, image_findings, inspect
from tests.conftest import run, write_case
from tests.support.faces import Picture, clean_radiology, face_pictures, photographs

pytest.importorskip("onnxruntime", reason="the face check needs the 'ocr' extra (onnxruntime)")
pytest.importorskip("skimage", reason="the photographs ship in scikit-image (the 'test' extra)")

from publisher.images.faces import find_faces, is_photograph


def _centre_in(box: tuple[int, int, int, int], face: tuple[int, int, int, int]) -> bool:
    cx, cy = (box[0] + box[2]) / 2, (box[1] + box[3]) / 2
    return face[0] <= cx <= face[2] and face[1] <= cy <= face[3]


def test_every_face_is_found() -> None:
    pictures = list(face_pictures())
    missed = []
    for picture in pictures:
        assert picture.face is not None
        faces = find_faces(picture.image) or []
        if not any(_centre_in(f.box, picture.face) for f in faces):
            missed.append(picture.name)
    print(f"faces found: {len(pictures) - len(missed)}/{len(pictures)}; missed {missed}")
    assert len(pictures) >= 25 and missed == []


def test_no_face_in_radiology() -> None:
    pictures = list(clean_radiology())
    kinds = {p.name.split("-")[0] for p in pictures}
    flagged = {p.name: faces for p in pictures if (faces := find_faces(p.image))}
    print(f"radiology pictures with a face found: {len(flagged)}/{len(pictures)}: {flagged}")
    assert len(pictures) >= 40 and {"skull", "chest", "ct", "mr", "us", "dicom"} <= kinds
    assert flagged == {}


@pytest.mark.parametrize("name", ["astronaut", "camera"])
def test_a_face_blocks_with_its_box_and_the_advice_to_redact(name: str) -> None:
    photo, face = photographs()[name]
    findings = image_findings(1, inspect(photo, ImageRisk(), ocr=True), [])
    [found] = [f for f in findings if f.kind == "face_photo"]
    assert found.severity == "block" and "redact = [[" in found.suggestion
    assert isinstance(found, ImageFinding) and found.box is not None
    assert _centre_in(found.box, face)


def test_colour_photographs_warn_and_radiology_does_not() -> None:
    from skimage import data

    photos = [photographs()["astronaut"][0], photographs()["hopper"][0]]
    photos += [Image.fromarray(getattr(data, n)()) for n in ("coffee", "chelsea", "retina")]
    assert all(is_photograph(p) for p in photos)
    quiet = [p for p in clean_radiology() if is_photograph(p.image)]
    assert quiet == []  # diagrams in colour, ultrasound with colour overlays, greys
    evidence = inspect(photos[2], ImageRisk())
    assert [f.severity for f in image_findings(1, evidence, []) if f.kind == "clinical_photo"] == [
        "warn"
    ]
    dicom = inspect(photos[2], ImageRisk(), dicom=True)
    assert not [f for f in image_findings(1, dicom, []) if f.kind == "clinical_photo"]


def _face_case(root: Path, picture: Picture) -> Path:
    folder = write_case(root, "headneck-palsy")
    picture.image.save(folder / "pa.png")
    return folder


def test_redacting_the_face_clears_the_finding(tmp_path: Path, cli_env: dict[str, str]) -> None:
    picture = next(p for p in face_pictures() if p.name == "pasted-hopper-192px")
    folder = _face_case(tmp_path / "week", picture)
    rows = json.loads(run(["cases", "lint", "week", "--json"], env=cli_env).output)
    [face] = [r for r in rows if r["kind"] == "face_photo"]
    assert _centre_in(tuple(face["box"]), picture.face)  # type: ignore[arg-type]
    output = run(["cases", "lint", "week"], env=cli_env).output
    [line] = [ln for ln in output.splitlines() if ln.startswith("headneck-palsy images[1]: redact")]
    toml = folder / "case.toml"
    toml.write_text(toml.read_text() + line.split(": ", 1)[1] + "\n")
    again = json.loads(run(["cases", "lint", "week", "--json"], env=cli_env).output)
    assert [r for r in again if r["kind"] == "face_photo"] == []


def test_the_contact_sheet_draws_faces_in_yellow(tmp_path: Path, cli_env: dict[str, str]) -> None:
    import numpy as np

    _face_case(tmp_path / "week", next(p for p in face_pictures() if p.name == "photo-camera"))
    sheet = tmp_path / "faces.png"
    run(["cases", "lint", "week", "--contact-sheet", str(sheet)], env=cli_env)
    rgb = np.asarray(Image.open(sheet).convert("RGB")).astype(int)
    yellow = (rgb[..., 0] > 230) & (rgb[..., 1] > 190) & (rgb[..., 2] < 40)
    assert int(yellow.sum()) > 100
