"""DICOM input through clean_image, on the sample files pydicom itself ships.

Some of pydicom's samples are downloaded on first use; only the bundled ones
are used here (``download=False``), so the tests never touch the network.
"""

from __future__ import annotations

import io
import shutil
import sys
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from publisher.errors import ImageError, MissingExtraError
from publisher.images.cleaning import clean_image
from tests.images.test_cleaning import assert_pixels_only

pydicom = pytest.importorskip("pydicom", reason="DICOM tests need pydicom (the 'dicom' extra)")
np = pytest.importorskip("numpy", reason="DICOM tests need numpy (the 'dicom' extra)")
from pydicom.data import get_testdata_file  # noqa: E402
from pydicom.dataset import Dataset  # noqa: E402
from pydicom.sequence import Sequence  # noqa: E402


def sample(name: str) -> Path:
    found = get_testdata_file(name, download=False)
    if found is None:
        pytest.skip(f"pydicom's sample {name} is not bundled with this pydicom")
    return Path(str(found))


def edited(tmp_path: Path, name: str, **values: object) -> Path:
    """A copy of a sample with some header values replaced."""
    ds = pydicom.dcmread(sample(name))
    for keyword, value in values.items():
        setattr(ds, keyword, value)
    path = tmp_path / f"edited-{name}"
    ds.save_as(path)
    return path


def pixels(data: bytes) -> Any:
    with Image.open(io.BytesIO(data)) as im:
        return np.asarray(im)


def raw_frame(path: Path, index: int = 0) -> Any:
    ds = pydicom.dcmread(path)
    arr = ds.pixel_array
    return arr[index] if int(ds.get("NumberOfFrames") or 1) > 1 else arr


# -- header -> risk, never -> bytes ------------------------------------------


def test_ct_converted_to_8bit_png_with_risk_signals() -> None:
    path = sample("CT_small.dcm")

    image, risk = clean_image(path)

    assert (image.format, image.width, image.height) == ("PNG", 128, 128)
    with Image.open(io.BytesIO(image.data)) as im:
        assert im.mode == "L"
    # StudyDate is 2004-01-19, Series/Acquisition/ContentDate 1997-04-30: the latest wins,
    # because the embargo must count from the most recent imaging.
    assert risk.study_date == date(2004, 1, 19)
    assert {"CompressedSamples", "CT1", "1CT1", "JFK IMAGING CENTER"} <= set(risk.identifiers)
    assert risk.burned_in is False
    assert_pixels_only(image.data, *risk.identifiers, "19970430", "20040119")


def test_planted_identifiers_reported_and_absent_from_output(tmp_path: Path) -> None:
    planted = {
        "PatientName": "Doe^Jane^Q",
        "PatientID": "MRN4417203",
        "OtherPatientIDs": ["ALT-55210", "OLD-0042"],
        "AccessionNumber": "ACC99812",
        "InstitutionName": "St Elsewhere General Hospital",
        "ReferringPhysicianName": "House^Gregory",
        "OperatorsName": "Tech^Tina",
        "PatientBirthDate": "19500101",
        "StudyDate": "20260314",
        "BurnedInAnnotation": "YES",
    }
    path = edited(tmp_path, "CT_small.dcm", **planted)

    image, risk = clean_image(path)

    expected = {"Doe", "Jane", "Jane Doe", "MRN4417203", "ALT-55210", "OLD-0042", "ACC99812"}
    expected |= {"St Elsewhere General Hospital", "House", "Gregory", "Tech", "Tina"}
    assert expected <= set(risk.identifiers)
    assert risk.burned_in is True
    assert risk.study_date == date(2026, 3, 14)
    assert_pixels_only(image.data, *expected, "19500101", "20260314")


@pytest.mark.parametrize("flag", ["NO", ""])
def test_burned_in_flag_only_when_yes(tmp_path: Path, flag: str) -> None:
    _, risk = clean_image(edited(tmp_path, "CT_small.dcm", BurnedInAnnotation=flag))

    assert risk.burned_in is False


def test_study_date_in_old_dotted_form() -> None:
    _, risk = clean_image(sample("ExplVR_BigEnd.dcm"))  # StudyDate "1997.04.24"

    assert risk.study_date is not None and risk.study_date <= date(1997, 4, 24)


# -- greyscale presentation --------------------------------------------------


def test_monochrome1_is_inverted(tmp_path: Path) -> None:
    normal, _ = clean_image(sample("CT_small.dcm"))
    inverse, _ = clean_image(
        edited(tmp_path, "CT_small.dcm", PhotometricInterpretation="MONOCHROME1")
    )

    assert np.array_equal(pixels(inverse.data), 255 - pixels(normal.data))


def test_header_window_is_used() -> None:
    path = sample("MR_small.dcm")  # WindowCenter 600, WindowWidth 1600

    default, _ = clean_image(path)
    explicit, _ = clean_image(path, window=(600, 1600))
    other, _ = clean_image(path, window=(300, 200))

    assert default.data == explicit.data
    assert other.data != default.data


def test_window_clips_and_keeps_order() -> None:
    path = sample("MR_small.dcm")
    raw = raw_frame(path).astype(int)

    image, _ = clean_image(path, window=(1000, 201))
    out = pixels(image.data)

    assert np.all(out[raw < 900] == 0)
    assert np.all(out[raw > 1100] == 255)
    order = np.argsort(raw, axis=None, kind="stable")
    assert np.all(np.diff(out.ravel()[order].astype(int)) >= 0)


def test_rescale_applied_before_window(tmp_path: Path) -> None:
    ct = sample("CT_small.dcm")  # RescaleIntercept -1024: the window is in Hounsfield units
    shifted = edited(tmp_path, "CT_small.dcm", RescaleIntercept=-24)

    soft_tissue, _ = clean_image(ct, window=(40, 400))
    same_window_shifted, _ = clean_image(shifted, window=(1040, 400))

    assert soft_tissue.data == same_window_shifted.data


def test_enhanced_multiframe_functional_groups(tmp_path: Path) -> None:
    # Enhanced CT/MR files keep rescale and window in functional groups, not at the top level.
    ds = pydicom.dcmread(sample("CT_small.dcm"))
    del ds.RescaleSlope, ds.RescaleIntercept
    transform, voi, shared = Dataset(), Dataset(), Dataset()
    transform.RescaleSlope, transform.RescaleIntercept = 1, -1024
    voi.WindowCenter, voi.WindowWidth = 40, 400
    shared.PixelValueTransformationSequence = Sequence([transform])
    shared.FrameVOILUTSequence = Sequence([voi])
    ds.SharedFunctionalGroupsSequence = Sequence([shared])
    path = tmp_path / "enhanced.dcm"
    ds.save_as(path)

    image, _ = clean_image(path)
    reference, _ = clean_image(sample("CT_small.dcm"), window=(40, 400))

    assert image.data == reference.data


def test_voi_lut_sequence_preferred(tmp_path: Path) -> None:
    ds = pydicom.dcmread(sample("MR_small.dcm"))
    item = Dataset()
    item.add_new(0x00283002, "US", [4096, 0, 8])  # LUTDescriptor: 4096 entries from 0, 8 bits
    item.add_new(0x00283006, "US", [255 - i // 16 for i in range(4096)])  # LUTData: inverting
    ds.VOILUTSequence = Sequence([item])
    path = tmp_path / "voi.dcm"
    ds.save_as(path)
    raw = raw_frame(path).astype(int)

    image, _ = clean_image(path)
    out = pixels(image.data).astype(int)

    order = np.argsort(raw, axis=None, kind="stable")
    assert np.all(np.diff(out.ravel()[order]) <= 0)  # brighter input, darker output
    assert out.max() - out.min() > 100


def test_no_window_means_auto_range() -> None:
    image, _ = clean_image(sample("CT_small.dcm"))  # no window in its header

    out = pixels(image.data)
    assert out.min() == 0 and out.max() == 255


# -- transfer syntaxes and colour --------------------------------------------


@pytest.mark.parametrize(
    "name",
    [
        "MR_small_RLE.dcm",
        "MR_small_bigendian.dcm",
        "MR_small_implicit.dcm",
        "MR_small_expb.dcm",
        "MR_small_jp2klossless.dcm",
    ],
)
def test_lossless_encodings_give_identical_pixels(name: str) -> None:
    reference, _ = clean_image(sample("MR_small.dcm"))

    image, _ = clean_image(sample(name))

    assert image.data == reference.data


@pytest.mark.parametrize("name", ["SC_rgb_jpeg_dcmtk.dcm", "SC_rgb_dcmtk_+eb+cy+n1.dcm"])
def test_jpeg_compressed_colour(name: str) -> None:
    lossless, _ = clean_image(sample("SC_rgb_rle.dcm"))

    image, _ = clean_image(sample(name))

    got, want = pixels(image.data).astype(int), pixels(lossless.data).astype(int)
    assert got.shape == want.shape == (100, 100, 3)
    assert np.abs(got - want).mean() < 4  # lossy JPEG, same picture, same colours
    assert_pixels_only(image.data)


def test_palette_colour() -> None:
    path = sample("examples_palette.dcm")
    ds = pydicom.dcmread(path)
    from pydicom.pixels.processing import apply_color_lut

    expected = apply_color_lut(ds.pixel_array, ds) >> 8  # 16-bit palette entries

    image, _ = clean_image(path)

    assert np.array_equal(pixels(image.data), expected)


def test_16bit_colour_keeps_its_top_byte() -> None:
    eight, _ = clean_image(sample("SC_rgb_rle.dcm"))
    sixteen, _ = clean_image(sample("SC_rgb_rle_16bit.dcm"))

    assert sixteen.data == eight.data


def test_no_decoder_for_transfer_syntax() -> None:
    from pydicom.pixels import get_decoder
    from pydicom.uid import JPEGLSLossless

    if get_decoder(JPEGLSLossless).is_available:
        pytest.skip("a JPEG-LS decoder is installed here")

    with pytest.raises(ImageError, match=r"cannot decode the DICOM pixel data \(JPEG-LS Lossless"):
        clean_image(sample("MR_small_jpeg_ls_lossless.dcm"))


def test_window_refused_for_colour() -> None:
    with pytest.raises(ImageError, match="only to greyscale DICOM"):
        clean_image(sample("SC_rgb_rle.dcm"), window=(128, 256))


# -- frames -----------------------------------------------------------------


def test_multiframe_default_is_middle_frame() -> None:
    path = sample("SC_rgb_rle_2frame.dcm")

    default, _ = clean_image(path)
    first, _ = clean_image(path, frame=1)  # DICOM frame numbers count from 1
    second, _ = clean_image(path, frame=2)

    assert default.data == second.data
    assert first.data != second.data
    assert np.array_equal(pixels(first.data), raw_frame(path, 0))


def test_multiframe_frame_choice() -> None:
    path = sample("examples_ybr_color.dcm")  # 30 frames, JPEG baseline, YBR

    last, _ = clean_image(path, frame=30)
    middle, _ = clean_image(path)

    assert (last.width, last.height) == (320, 240)
    assert middle.data == clean_image(path, frame=16)[0].data  # index 15 of 0..29
    for missing in (0, 31):
        with pytest.raises(
            ImageError, match=rf"frame {missing} does not exist: the DICOM file has 30 \(1 to 30\)"
        ):
            clean_image(path, frame=missing)


# -- refusals ---------------------------------------------------------------


def test_no_pixel_data() -> None:
    with pytest.raises(ImageError, match="DICOM file has no pixel data"):
        clean_image(sample("rtplan.dcm"))


def test_header_claiming_a_bomb(tmp_path: Path) -> None:
    path = edited(tmp_path, "CT_small.dcm", Rows=10000, Columns=9000)

    with pytest.raises(ImageError, match="claims 9000x10000 pixels, more than the 64-megapixel"):
        clean_image(path)


def test_truncated_pixel_data() -> None:
    with pytest.raises(ImageError, match="cannot decode the DICOM pixel data"):
        clean_image(sample("MR_truncated.dcm"))


def test_not_dicom_despite_its_name(tmp_path: Path) -> None:
    path = tmp_path / "scan.dcm"
    path.write_bytes(b"This is a referral letter, not a scan.\n" * 4)

    with pytest.raises(ImageError, match=r"not a DICOM file|no pixel data"):
        clean_image(path)


def test_recognised_by_magic_without_extension(tmp_path: Path) -> None:
    path = tmp_path / "IM000001"
    shutil.copy(sample("CT_small.dcm"), path)

    image, risk = clean_image(path)
    reference, _ = clean_image(sample("CT_small.dcm"))

    assert image.data == reference.data
    assert risk.study_date == date(2004, 1, 19)


def test_missing_pydicom_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pydicom", None)  # makes "import pydicom" fail

    with pytest.raises(MissingExtraError) as caught:
        clean_image(sample("CT_small.dcm"))
    assert caught.value.extra == "dicom"
    assert "Reading DICOM files" in caught.value.message


# -- boxes on DICOM pixels ----------------------------------------------------


def test_redact_and_crop_dicom() -> None:
    path = sample("CT_small.dcm")
    full, _ = clean_image(path)

    image, _ = clean_image(path, redact=[(0, 0, 128, 16)], crop=(0, 8, 64, 72))

    out, whole = pixels(image.data), pixels(full.data)
    assert out.shape == (64, 64)
    assert np.all(out[:8] == 0)
    assert np.array_equal(out[8:], whole[16:72, :64])
