"""DICOM input: one frame's pixels as an 8-bit image; the header only as a privacy signal.

Needs the ``dicom`` extra (pydicom and NumPy), imported when a DICOM file is read.
No header value is ever written into the image: the caller encodes the pixels alone.
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PIL import Image

from publisher.errors import ImageError, MissingExtraError
from publisher.images.pixels import ImageRisk, check_pixel_count

if TYPE_CHECKING:
    import numpy as np
    from pydicom.dataset import Dataset

_PIXEL_KEYWORDS = ("PixelData", "FloatPixelData", "DoubleFloatPixelData")
_DATE_KEYWORDS = (
    "StudyDate",
    "SeriesDate",
    "AcquisitionDate",
    "ContentDate",
    "AcquisitionDateTime",
)
# Values worth searching for in the case text, besides every person name (VR PN).
_ID_KEYWORDS = (
    "PatientID",
    "OtherPatientIDs",
    "IssuerOfPatientID",
    "AccessionNumber",
    "StudyID",
    "MedicalRecordLocator",
    "PatientAddress",
    "PatientTelephoneNumbers",
    "InstitutionName",
    "InstitutionAddress",
    "InstitutionalDepartmentName",
    "StationName",
    "DeviceSerialNumber",
)
_MIN_IDENTIFIER = 3  # shorter values ("M", "CT") would match ordinary words in any text
_AUTO_PERCENTILES = (0.5, 99.5)


def read_dicom(
    path: Path, *, window: tuple[float, float] | None = None, frame: int | None = None
) -> tuple[Image.Image, ImageRisk]:
    """One frame of a DICOM file as 8-bit L or RGB pixels, and the header's privacy signals."""
    try:
        import numpy  # noqa: F401  (pydicom decodes into NumPy arrays)
        import pydicom  # noqa: F401
    except ImportError as exc:
        raise MissingExtraError("Reading DICOM files", "dicom") from exc
    with warnings.catch_warnings():
        # pydicom warns (UserWarning) about every non-conformant header value;
        # none of that is for an educator.
        warnings.simplefilter("ignore", UserWarning)
        ds = _read_dataset(path)
        risk = risk_of(ds)
        index = _frame_index(ds, frame)
        return _to_image(_frame_pixels(ds, index), ds, index, window), risk


def risk_of(ds: Dataset) -> ImageRisk:
    """The latest date of the imaging, the names and IDs to look for, the burned-in flag."""
    burned_in = str(ds.get("BurnedInAnnotation", "")).strip().upper() == "YES"
    return ImageRisk(study_date=_latest_date(ds), identifiers=_identifiers(ds), burned_in=burned_in)


def _read_dataset(path: Path) -> Dataset:
    import pydicom
    from pydicom.errors import InvalidDicomError

    try:
        # force: files written without the 128-byte preamble are still DICOM.
        return pydicom.dcmread(path, force=True)
    except FileNotFoundError as exc:
        raise ImageError("file not found") from exc
    except (PermissionError, IsADirectoryError) as exc:
        raise ImageError("cannot read the file (a folder, or no permission)") from exc
    except (InvalidDicomError, OSError, ValueError, EOFError, KeyError, TypeError) as exc:
        raise ImageError("not a DICOM file pydicom can read (or a damaged file)") from exc


def _frame_index(ds: Dataset, frame: int | None) -> int:
    """The 0-based index of the requested frame (numbered from 1), or of the middle one."""
    from pydicom.pixels.utils import get_nr_frames

    if not any(keyword in ds for keyword in _PIXEL_KEYWORDS):
        raise ImageError("DICOM file has no pixel data")
    check_pixel_count(int(ds.get("Columns") or 0), int(ds.get("Rows") or 0))
    frames = get_nr_frames(ds, warn=False)
    if frame is None:
        return frames // 2
    if not 1 <= frame <= frames:
        raise ImageError(
            f"frame {frame} does not exist: the DICOM file has {frames} (1 to {frames})"
        )
    return frame - 1  # DICOM numbers frames from 1; pydicom indexes them from 0


def _frame_pixels(ds: Dataset, index: int) -> np.ndarray:
    from pydicom.pixels import pixel_array

    try:
        return pixel_array(ds, index=index)
    except Exception as exc:
        # pydicom's decoders signal a missing plugin or damaged data with many
        # exception types (RuntimeError, ValueError, NotImplementedError, ...).
        raise ImageError(
            f"cannot decode the DICOM pixel data ({_transfer_syntax(ds)}):"
            " no installed decoder reads it, or the data is damaged"
        ) from exc


def _transfer_syntax(ds: Dataset) -> str:
    uid = getattr(ds, "file_meta", {}).get("TransferSyntaxUID")
    return str(getattr(uid, "name", uid) or "unknown transfer syntax")


def _to_image(
    arr: np.ndarray, ds: Dataset, index: int, window: tuple[float, float] | None
) -> Image.Image:
    photometric = str(ds.get("PhotometricInterpretation", "MONOCHROME2")).strip().upper()
    if photometric == "PALETTE COLOR":
        from pydicom.pixels.processing import apply_color_lut

        arr = apply_color_lut(arr, ds)
    if arr.ndim == 3:
        if window is not None:
            raise ImageError("a window (centre, width) applies only to greyscale DICOM images")
        return Image.fromarray(_colour_to_8bit(arr, ds))
    grey = _grey_to_8bit(_modality_values(arr, ds, index), ds, index, window)
    if photometric == "MONOCHROME1":
        grey = 255 - grey  # MONOCHROME1 shows low values white
    return Image.fromarray(grey)


def _colour_to_8bit(arr: np.ndarray, ds: Dataset) -> np.ndarray:
    import numpy as np

    if arr.dtype == np.uint8:
        return arr
    # Samples wider than 8 bits keep their top byte; a palette's depth is in its descriptor.
    descriptor = ds.get("RedPaletteColorLookupTableDescriptor")
    bits = int(descriptor[2]) if descriptor else int(ds.get("BitsStored") or 8)
    return (arr.astype(np.uint64) >> max(0, bits - 8)).astype(np.uint8)


def _modality_values(arr: np.ndarray, ds: Dataset, index: int) -> np.ndarray:
    """Stored values to modality units (Hounsfield for CT): the LUT, or slope and intercept."""
    if ds.get("ModalityLUTSequence"):
        from pydicom.pixels.processing import apply_modality_lut

        return apply_modality_lut(arr, ds)
    slope = _first_number(_frame_value(ds, index, "RescaleSlope"))
    intercept = _first_number(_frame_value(ds, index, "RescaleIntercept"))
    if slope is None and intercept is None:
        return arr
    return arr.astype("float64") * (1.0 if slope is None else slope) + (intercept or 0.0)


def _grey_to_8bit(
    values: np.ndarray, ds: Dataset, index: int, window: tuple[float, float] | None
) -> np.ndarray:
    """The caller's window, else the VOI LUT, else the header's window, else the value range."""
    lut = (ds.get("VOILUTSequence") or [None])[0]
    if window is None and lut is not None and lut.get("LUTDescriptor") and "LUTData" in lut:
        table = _lut_table(lut, ds)
        return _linear(_look_up(values, lut, table), float(table.min()), float(table.max()))
    centre_width = window or _header_window(ds, index)
    if centre_width is None:
        return _linear(values, *_auto_range(values))
    centre, width = centre_width
    function = str(_frame_value(ds, index, "VOILUTFunction") or "").upper()
    if window is None and function == "SIGMOID":
        return _sigmoid(values, centre, width)
    # DICOM PS3.3 C.11.2.1.2: LINEAR maps [c - 0.5 - (w-1)/2, c - 0.5 + (w-1)/2].
    half = max(width - 1.0, 1.0) / 2.0
    return _linear(values, centre - 0.5 - half, centre - 0.5 + half)


def _frame_value(ds: Dataset, index: int, keyword: str) -> Any:
    """A value at the top level or, in enhanced multi-frame files, in the frame's groups."""
    if keyword in ds:
        return ds.get(keyword)
    for groups, item in (
        ("PerFrameFunctionalGroupsSequence", index),
        ("SharedFunctionalGroupsSequence", 0),
    ):
        group = _item(ds, groups, item)
        for macro in ("PixelValueTransformationSequence", "FrameVOILUTSequence"):
            found = _item(group, macro, 0) if group is not None else None
            if found is not None and keyword in found:
                return found.get(keyword)
    return None


def _item(ds: Dataset, keyword: str, index: int) -> Dataset | None:
    sequence = ds.get(keyword) or ()
    return sequence[index] if index < len(sequence) else None


def _lut_table(lut: Dataset, ds: Dataset) -> np.ndarray:
    """A VOI LUT's entries; OW data is raw 16-bit words in the file's byte order."""
    import numpy as np

    data = lut.LUTData
    if isinstance(data, bytes):
        little = getattr(ds, "original_encoding", (None, True))[1] is not False
        return np.frombuffer(data, dtype="<u2" if little else ">u2")
    return np.asarray(_values(data), dtype=np.int64)


def _look_up(values: np.ndarray, lut: Dataset, table: np.ndarray) -> np.ndarray:
    """Map values through the table: below its first entry the first, beyond its end the last.

    Done here rather than with pydicom's apply_voi, which indexes through the
    table's own 8-bit type and wraps around for inputs above 255.
    """
    import numpy as np

    entries, first = int(lut.LUTDescriptor[0]) or 65536, int(lut.LUTDescriptor[1])
    index = np.clip(np.rint(values).astype(np.int64) - first, 0, min(entries, len(table)) - 1)
    return table[index]


def _header_window(ds: Dataset, index: int) -> tuple[float, float] | None:
    centre = _first_number(_frame_value(ds, index, "WindowCenter"))
    width = _first_number(_frame_value(ds, index, "WindowWidth"))
    if centre is None or width is None or width <= 0:
        return None
    return centre, width


def _first_number(value: Any) -> float | None:
    """The first value of a possibly multi-valued number element (several windows may be given)."""
    for item in _values(value):
        try:
            return float(item)
        except (TypeError, ValueError):
            return None
    return None


def _auto_range(values: np.ndarray) -> tuple[float, float]:
    import numpy as np

    low, high = np.percentile(values, _AUTO_PERCENTILES)
    if high <= low:
        low, high = float(values.min()), float(values.max())
    return float(low), float(high)


def _linear(values: np.ndarray, low: float, high: float) -> np.ndarray:
    import numpy as np

    if high <= low:
        return np.where(values > low, 255, 0).astype(np.uint8)
    scaled = (values.astype(np.float64) - low) * (255.0 / (high - low))
    return np.clip(np.rint(scaled), 0, 255).astype(np.uint8)


def _sigmoid(values: np.ndarray, centre: float, width: float) -> np.ndarray:
    import numpy as np

    scaled = 255.0 / (1.0 + np.exp(-4.0 * (values.astype(np.float64) - centre) / width))
    return np.clip(np.rint(scaled), 0, 255).astype(np.uint8)


# -- risk signals -----------------------------------------------------------


def _latest_date(ds: Dataset) -> date | None:
    # The embargo counts from the most recent imaging, so the latest date is the safe one.
    found = [d for keyword in _DATE_KEYWORDS for d in _dates(ds.get(keyword))]
    return max(found, default=None)


def _dates(value: Any) -> Iterator[date]:
    for text in _strings(value):
        digits = re.sub(r"\D", "", text)[:8]  # DA is YYYYMMDD; old files write YYYY.MM.DD
        if len(digits) == 8:
            try:
                yield date(int(digits[:4]), int(digits[4:6]), int(digits[6:]))
            except ValueError:
                continue


def _identifiers(ds: Dataset) -> tuple[str, ...]:
    found: list[str] = []
    for elem in ds.iterall():
        if elem.VR == "PN":
            found.extend(_name_parts(elem.value))
    for keyword in _ID_KEYWORDS:
        found.extend(_strings(ds.get(keyword)))
    for item in ds.get("OtherPatientIDsSequence") or ():
        found.extend(_strings(item.get("PatientID")))
    return _unique(found)


def _name_parts(value: Any) -> Iterator[str]:
    """A person name whole ("Jane Doe") and each of its components ("Doe", "Jane")."""
    for text in _strings(value):
        parts = [p.strip() for p in re.split(r"[\^=]", text) if p.strip()]
        yield from parts
        if len(parts) > 1:
            family, given = parts[0], parts[1]
            yield f"{given} {family}"


def _values(value: Any) -> list[Any]:
    """An element value as a list: multi-valued elements hold several, empty ones none."""
    from pydicom.multival import MultiValue

    if value is None or value == "":
        return []
    return list(value) if isinstance(value, (list, tuple, MultiValue)) else [value]


def _strings(value: Any) -> Iterator[str]:
    for item in _values(value):
        text = str(item).strip()
        if text:
            yield text


def _unique(values: Iterable[str]) -> tuple[str, ...]:
    """Distinct values, first spelling kept, too-short ones dropped."""
    kept: dict[str, str] = {}
    for value in values:
        if len(value) >= _MIN_IDENTIFIER and any(c.isalnum() for c in value):
            kept.setdefault(value.casefold(), value)
    return tuple(kept.values())
