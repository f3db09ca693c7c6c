"""Images: cleaning to pixels only, DICOM, fitting each platform's limits, reading
burned-in text, finding faces, and drawing what was found."""

from __future__ import annotations

from typing import TYPE_CHECKING

from publisher import lazy_exports

if TYPE_CHECKING:
    from publisher.images.cleaning import clean_image, is_dicom
    from publisher.images.contact_sheet import SheetImage, save_sheet
    from publisher.images.faces import find_faces, is_photograph
    from publisher.images.fitting import fit_image
    from publisher.images.ocr import TextLine, read_lines
    from publisher.images.pixels import CleanImage, ImageRisk, check_pixel_count

EXPORTS = {
    "CleanImage": "pixels",
    "ImageRisk": "pixels",
    "SheetImage": "contact_sheet",
    "TextLine": "ocr",
    "check_pixel_count": "pixels",
    "clean_image": "cleaning",
    "find_faces": "faces",
    "fit_image": "fitting",
    "is_dicom": "cleaning",
    "is_photograph": "faces",
    "read_lines": "ocr",
    "save_sheet": "contact_sheet",
}
__getattr__ = lazy_exports(__name__, EXPORTS)
__all__ = [
    "CleanImage",
    "ImageRisk",
    "SheetImage",
    "TextLine",
    "check_pixel_count",
    "clean_image",
    "find_faces",
    "fit_image",
    "is_dicom",
    "is_photograph",
    "read_lines",
    "save_sheet",
]
