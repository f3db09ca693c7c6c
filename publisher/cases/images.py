"""A case's image files: found inside the case's own folder, checked before a byte is read.

An image path is resolved (symlinks followed) and must land inside the folder
of its ``case.toml`` or CSV: a case folder from elsewhere must not be able to
read, and store, any picture the importing user can read. Only regular files
under the size cap are read: a FIFO would block for ever and a device never
ends. Files are hashed in chunks, so a file's size never becomes memory.
"""

from __future__ import annotations

import hashlib
import json
import os
import stat
from dataclasses import dataclass
from pathlib import Path

from publisher.cases.files import CaseSource, file_kind, open_checked
from publisher.errors import CaseFileError

# Generous for DICOM: a multi-frame CT or tomosynthesis series runs to a few hundred
# MB; a photograph or radiograph is rarely over 50.
DEFAULT_MAX_IMAGE_BYTES = 512 * 1024 * 1024
_CHUNK = 1024 * 1024


@dataclass(frozen=True)
class ImageFile:
    """An image file that passed the checks, and what it was when it was checked."""

    path: Path  # resolved: no symlink left in it
    checked: os.stat_result

    def has_changed(self) -> bool:
        """Whether the file was replaced or rewritten since it was checked."""
        try:
            info = self.path.stat()
        except OSError:
            return True
        return _identity(info) != _identity(self.checked)


def _identity(info: os.stat_result) -> tuple[int, ...]:
    return (info.st_dev, info.st_ino, info.st_mtime_ns, info.st_size)


def locate_images(
    source: CaseSource, max_bytes: int = DEFAULT_MAX_IMAGE_BYTES
) -> tuple[ImageFile, ...]:
    """Every image of the case, checked; CaseFileError naming the file and field if one fails."""
    return tuple(locate_image(source, index, max_bytes) for index in range(len(source.spec.images)))


def locate_image(source: CaseSource, index: int, max_bytes: int) -> ImageFile:
    """The case's image ``index``, resolved and checked with stat; nothing is opened."""
    written = source.spec.images[index].file
    where = f"{source.where}: {source.image_field(index)}: {written!r}"
    if Path(written).is_absolute():
        raise CaseFileError(
            f"{where} is an absolute path; write it relative to {source.folder_name}"
        )
    path = _resolve(source.base / written, where, source)
    if not path.is_relative_to(_resolve(source.base, where, source)):
        raise CaseFileError(f"{where} {_how_outside(source, written)}; images must be inside it")
    try:
        info = path.stat()
    except OSError as exc:
        raise CaseFileError(f"{where} cannot be read: {exc.strerror or exc}") from None
    if not stat.S_ISREG(info.st_mode):
        raise CaseFileError(f"{where} is {file_kind(info.st_mode)}, not an image file")
    if info.st_size > max_bytes:
        raise CaseFileError(
            f"{where} is {_megabytes(info.st_size)}, over the {_megabytes(max_bytes)} limit"
            " per image ([import] max_image_bytes)"
        )
    return ImageFile(path, info)


def _how_outside(source: CaseSource, written: str) -> str:
    base = os.path.normpath(source.base)
    if Path(os.path.normpath(source.base / written)).is_relative_to(base):
        return f"leads outside {source.folder_name} through a symbolic link"
    return f"lies outside {source.folder_name}"


def _resolve(path: Path, where: str, source: CaseSource) -> Path:
    try:
        return path.resolve(strict=True)
    except FileNotFoundError:
        raise CaseFileError(f"{where} not found next to {source.file.name}") from None
    except RuntimeError:  # a symlink loop (Python < 3.13)
        raise CaseFileError(f"{where} is a loop of symbolic links") from None
    except (OSError, ValueError) as exc:  # a loop (3.13+), no permission, a NUL
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        raise CaseFileError(f"{where} cannot be read: {reason}") from None


def _megabytes(size: int) -> str:
    return f"{size / 1024 / 1024:,.0f} MB" if size >= 1024 * 1024 else f"{size:,} bytes"


def content_hash(source: CaseSource, files: tuple[ImageFile, ...]) -> str:
    """Changes when the text or any image file's bytes change."""
    digest = hashlib.sha256(json.dumps(source.spec.canonical(), sort_keys=True).encode())
    for index, image in enumerate(files):
        digest.update(hash_file(image, f"{source.where}: {source.image_field(index)}"))
    return digest.hexdigest()


def hash_file(image: ImageFile, where: str) -> bytes:
    """SHA-256 of a checked file, read in chunks; refused if it is no longer that file."""
    try:
        with open_checked(image.path, image.checked) as fh:
            digest = hashlib.sha256()
            read = 0
            while chunk := fh.read(_CHUNK):
                read += len(chunk)
                if read > image.checked.st_size:
                    raise CaseFileError("the file grew while it was being imported")
                digest.update(chunk)
    except CaseFileError as exc:
        raise CaseFileError(f"{where}: {exc.message}") from None
    except OSError as exc:
        raise CaseFileError(f"{where}: cannot read: {exc.strerror or exc}") from None
    return digest.digest()
