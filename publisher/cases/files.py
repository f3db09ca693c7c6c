"""Reading case folders (``case.toml`` + images) and CSV sheets: parsing and validation only.

Nothing here touches the database or decodes images; a bad case becomes a
``Rejected`` whose reason names the file and the field.
"""

from __future__ import annotations

import csv
import io
import os
import re
import stat
import tomllib
import typing
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, BinaryIO

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    ValidationInfo,
    field_validator,
    model_validator,
)

from publisher.cases.text import check_text, shown
from publisher.errors import CaseFileError, describe_invalid, field_path

CASE_FILE = "case.toml"
SECTIONS = (
    "msk", "abdomen", "neuro", "chest", "cardiac", "peds", "breast", "ir",
    "headneck", "nuclear", "vascular", "emergency", "physics",
)  # fmt: skip
MODALITIES = (
    "XR", "CT", "MR", "US", "NM", "PET", "MG", "FL", "XA", "IR", "SPECT", "DEXA", "OT",
)  # fmt: skip
TEXT_FIELDS = ("title", "history", "question", "answer", "explanation", "credit")
OVERRIDABLE = (*TEXT_FIELDS, "teaching_points", "hashtags")
MAX_IMAGES = 4
QUIZ_LETTERS = "ABCD"  # a quiz's options, in order; `correct` names one
_SLUG = re.compile(r"[a-z0-9][a-z0-9_-]{0,119}")
_HASHTAG = re.compile(r"#\w+")
_LIST_SEPARATOR = " | "
# The files themselves are read whole, so they are capped before reading. The text
# limits (publisher.cases.text) add up to well under these.
MAX_CASE_FILE_BYTES = 1_000_000
MAX_CSV_BYTES = 200_000_000  # 100,000 rows of 2,000 characters


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)

    @field_validator("*", mode="before")
    @classmethod
    def _text(cls, value: Any, info: ValidationInfo) -> Any:
        """Every field, present and future: text length and control characters, first."""
        name = info.field_name or ""
        if _holds_model(cls.model_fields[name].annotation):
            return value  # an image or the quiz checks its own fields
        return check_text(name, value)


def _holds_model(annotation: Any) -> bool:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return True
    return any(_holds_model(arg) for arg in typing.get_args(annotation))


class ImageSpec(_Strict):
    file: str = Field(min_length=1)
    alt: str = Field(min_length=1)
    crop: tuple[int, int, int, int] | None = None
    redact: tuple[tuple[int, int, int, int], ...] = ()
    window: tuple[float, float] | None = None  # DICOM window (centre, width)
    frame: int | None = None  # DICOM frame of a multi-frame file, 1-based


class QuizSpec(_Strict):
    options: tuple[str, ...] = Field(min_length=2, max_length=4)
    correct: str

    @field_validator("options")
    @classmethod
    def _options(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        if any(not option for option in value):
            raise ValueError("an option is empty")
        return value

    @model_validator(mode="after")
    def _correct(self) -> QuizSpec:
        letters = QUIZ_LETTERS[: len(self.options)]
        letter = self.correct.strip().upper()
        if len(letter) != 1 or letter not in letters:
            raise ValueError(
                f"correct is {self.correct!r} but the options are {', '.join(letters)}"
            )
        object.__setattr__(self, "correct", letter)
        return self

    @property
    def correct_index(self) -> int:
        return QUIZ_LETTERS.index(self.correct)


class CaseSpec(_Strict):
    """One teaching case exactly as the educator wrote it."""

    slug: str
    title: str = Field(min_length=1)
    section: str
    modality: str
    history: str = Field(min_length=1)
    question: str = Field(min_length=1)
    answer: str = Field(min_length=1)
    explanation: str = ""
    teaching_points: tuple[str, ...] = ()
    references: tuple[str, ...] = ()
    hashtags: tuple[str, ...] = ()
    study_month: str | None = None
    credit: str | None = None
    publish_on: date | None = None  # pin the case to the theme slot of that date
    # Blur the prompt's images until a reader taps them, where the platform can (Telegram):
    # for an image that gives the answer away, or one some readers would rather not see.
    spoiler_images: bool = False
    images: tuple[ImageSpec, ...]
    quiz: QuizSpec | None = None
    overrides: dict[str, dict[str, Any]] = {}

    @field_validator("slug")
    @classmethod
    def _slug(cls, value: str) -> str:
        if not _SLUG.fullmatch(value):
            raise ValueError(
                f"{value!r} is not a valid slug (lower-case letters, digits, '-' and '_')"
            )
        return value

    @field_validator("title")
    @classmethod
    def _title(cls, value: str) -> str:
        if "\n" in value:
            raise ValueError("must be one line")
        return value

    @field_validator("modality")
    @classmethod
    def _modality(cls, value: str) -> str:
        parts = [p for p in re.split(r"[\s,/+]+", value.upper()) if p]
        unknown = [p for p in parts if p not in MODALITIES]
        if not parts or unknown:
            raise ValueError(
                f"unknown modality {(unknown or [value])[0]!r}; use {', '.join(MODALITIES)}"
            )
        return "/".join(parts)

    @field_validator("images")
    @classmethod
    def _image_count(cls, value: tuple[ImageSpec, ...]) -> tuple[ImageSpec, ...]:
        if not value:
            raise ValueError("a case needs at least one image ([[images]] with file and alt)")
        if len(value) > MAX_IMAGES:
            raise ValueError(f"{len(value)} images; a case has at most {MAX_IMAGES}")
        return value

    @field_validator("hashtags")
    @classmethod
    def _hashtags(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        for tag in value:
            if not _HASHTAG.fullmatch(tag):
                raise ValueError(f"{tag!r} is not a hashtag (write e.g. '#MedEd')")
        return value

    @field_validator("references")
    @classmethod
    def _references(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        for ref in value:
            if not re.match(r"(https?://\S+|doi:\S+|10\.\d{4,9}/\S+)$", ref):
                raise ValueError(f"{ref!r} is not a URL or DOI")
        return value

    @field_validator("study_month")
    @classmethod
    def _study_month(cls, value: str | None) -> str | None:
        if value is not None and not re.fullmatch(r"\d{4}-(0[1-9]|1[0-2])", value):
            raise ValueError(f"{value!r} is not a month (write YYYY-MM, e.g. '2026-03')")
        return value

    @field_validator("overrides")
    @classmethod
    def _overrides(cls, value: dict[str, dict[str, Any]]) -> dict[str, dict[str, Any]]:
        for platform, fields in value.items():
            for name, text in fields.items():
                if name not in OVERRIDABLE:
                    raise ValueError(f"{platform}.{name}: not a field that can be overridden")
                expected = tuple if name in ("teaching_points", "hashtags") else str
                if expected is str and not isinstance(text, str):
                    raise ValueError(f"{platform}.{name}: must be text")
                if expected is tuple and not isinstance(text, list | tuple):
                    raise ValueError(f"{platform}.{name}: must be a list")
        return value

    def canonical(self) -> dict[str, Any]:
        """A plain, stable form of the case for hashing and storing."""
        return self.model_dump(mode="json")


@dataclass(frozen=True)
class CaseSource:
    """A case that parsed, with the folder its image paths are relative to."""

    spec: CaseSpec
    file: Path  # case.toml or the CSV
    where: str  # "path/case.toml" or "path/cases.csv line 4", for messages
    base: Path  # folder that image paths are relative to
    csv: bool = False

    def image_path(self, index: int) -> Path:
        return self.base / self.spec.images[index].file

    def image_field(self, index: int) -> str:
        """How the user wrote the image's field, for messages."""
        return f"image_{index + 1}" if self.csv else f"images[{index + 1}].file"

    @property
    def folder_name(self) -> str:
        """What image paths must stay inside, for messages."""
        return "the CSV file's folder" if self.csv else "the case folder"


@dataclass(frozen=True)
class Rejected:
    """A case (or a whole file) that cannot be imported, and why."""

    slug: str | None
    where: str
    reason: str  # one line naming the file and the field


def discover(paths: Iterable[Path]) -> Iterator[CaseSource | Rejected]:
    """Every case in the given folders, case.toml files and CSVs, in a stable order."""
    for path in paths:
        if path.is_file() and path.suffix.lower() == ".csv":
            yield from read_csv(path)
        elif path.is_file() and path.name == CASE_FILE:
            yield read_case_folder(path.parent)
        elif path.is_dir() and (path / CASE_FILE).is_file():
            yield read_case_folder(path)
        elif path.is_dir():
            yield from _read_tree(path)
        elif not path.exists():
            yield Rejected(None, str(path), f"{path}: no such file or folder")
        else:
            yield Rejected(None, str(path), f"{path}: not a case folder, case.toml or .csv file")


def _read_tree(root: Path) -> Iterator[CaseSource | Rejected]:
    found = False
    for path in sorted(root.rglob("*")):
        if path.name == CASE_FILE:
            found = True
            yield read_case_folder(path.parent)
        elif path.suffix.lower() == ".csv" and path.is_file():
            found = True
            yield from read_csv(path)
    if not found:
        yield Rejected(None, str(root), f"{root}: no case.toml or .csv found in this folder")


def read_case_folder(folder: Path) -> CaseSource | Rejected:
    """Parse ``folder/case.toml``; the slug defaults to the folder's name."""
    file = folder / CASE_FILE
    where = str(file)
    named = safe_slug(folder.name)
    try:
        data = tomllib.loads(read_text_file(file, MAX_CASE_FILE_BYTES))
    except tomllib.TOMLDecodeError as exc:
        return Rejected(named, where, f"{where}: not valid TOML: {exc}")
    except UnicodeDecodeError:
        return Rejected(named, where, f"{where}: not UTF-8 text (save it as UTF-8)")
    except CaseFileError as exc:
        return Rejected(named, where, f"{where}: {exc.message}")
    data.setdefault("slug", folder.name)
    slug = safe_slug(data["slug"])
    try:
        spec = CaseSpec.model_validate(data)
    except ValidationError as exc:
        return Rejected(slug, where, describe_invalid(exc, where))
    return CaseSource(spec, file, where, folder)


def safe_slug(value: object) -> str | None:
    """A slug fit to print in a report line: a valid one, else none."""
    return value if isinstance(value, str) and _SLUG.fullmatch(value) else None


def read_text_file(path: Path, limit: int, encoding: str = "utf-8") -> str:
    """A regular file's text, refused before it is opened when it is anything else or too big.

    A FIFO or a device would block or never end; a folder has no text.
    """
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            raise CaseFileError(f"cannot read: {file_kind(info.st_mode)}, not a file")
        if info.st_size > limit:
            raise CaseFileError(
                f"cannot read: {info.st_size:,} bytes, more than the {limit:,} a file may have"
            )
        with open_checked(path, info) as fh:
            data = fh.read(limit + 1)
    except OSError as exc:
        raise CaseFileError(f"cannot read: {exc.strerror or exc}") from None
    if len(data) > limit:
        raise CaseFileError(f"cannot read: the file grew past the {limit:,} bytes a file may have")
    return data.decode(encoding)


def open_checked(path: Path, checked: os.stat_result) -> BinaryIO:
    """``path`` opened for reading, if it is still the regular file ``checked`` described.

    Opened without blocking, so a file swapped for a FIFO since it was checked cannot
    hang the import, and compared with the check before a byte is read.
    """
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC)
    info = os.fstat(fd)
    if not stat.S_ISREG(info.st_mode) or (info.st_dev, info.st_ino) != (
        checked.st_dev,
        checked.st_ino,
    ):
        os.close(fd)
        raise CaseFileError("cannot read: the file was replaced while it was being read")
    return os.fdopen(fd, "rb")


def file_kind(mode: int) -> str:
    """What a non-regular file is, in words."""
    kinds = (
        (stat.S_ISDIR, "a folder"),
        (stat.S_ISFIFO, "a FIFO"),
        (stat.S_ISCHR, "a character device"),
        (stat.S_ISBLK, "a block device"),
        (stat.S_ISSOCK, "a socket"),
    )
    return next((word for test, word in kinds if test(mode)), "not a regular file")


def read_csv(path: Path) -> Iterator[CaseSource | Rejected]:
    """One case per row; list fields are separated by ' | '."""
    where = str(path)
    try:
        text = read_text_file(path, MAX_CSV_BYTES, encoding="utf-8-sig")
    except UnicodeDecodeError:
        yield Rejected(None, where, f"{where}: not UTF-8 text (save it as UTF-8)")
        return
    except CaseFileError as exc:
        yield Rejected(None, where, f"{where}: {exc.message}")
        return
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    rows: list[tuple[int, list[str]]] = []  # the line each row starts on (a cell may span lines)
    try:
        for row in reader:
            rows.append((_first_line(reader.line_num, row), row))
    except csv.Error as exc:
        yield Rejected(None, where, f"{where} line {reader.line_num}: not a valid CSV file: {exc}")
        return
    if not rows:
        yield Rejected(None, where, f"{where}: the file is empty")
        return
    header = [h.strip() for h in rows[0][1]]
    problem = _check_header(header)
    if problem:
        yield Rejected(None, where, f"{where}: {problem}")
        return
    for line, row in rows[1:]:
        if any(cell.strip() for cell in row):
            yield _csv_case(path, f"{where} line {line}", header, row)


def _first_line(ended_on: int, row: list[str]) -> int:
    """The line a row starts on, from the line it ended on and the line breaks in its cells."""
    breaks = sum(c.count("\n") + c.count("\r") - c.count("\r\n") for c in row)
    return ended_on - breaks


def _check_header(header: list[str]) -> str | None:
    allowed = set(CaseSpec.model_fields) - {"images", "quiz", "overrides"}
    allowed |= {"quiz_options", "quiz_correct"}
    allowed |= {f"{kind}_{n}" for kind in ("image", "alt") for n in range(1, MAX_IMAGES + 1)}
    for name in header:
        if name not in allowed:
            if re.fullmatch(r"(image|alt)_\d+", name):
                return f"column {name!r}: a case has at most {MAX_IMAGES} images"
            return f"column {_quoted(name)}: unknown field"
    if "slug" not in header:
        return "column 'slug': required in a CSV (one stable id per case)"
    duplicates = {h for h in header if header.count(h) > 1}
    if duplicates:
        return f"column {sorted(duplicates)[0]!r} appears twice"
    return None


def _csv_case(path: Path, where: str, header: list[str], row: list[str]) -> CaseSource | Rejected:
    if len(row) != len(header):
        return Rejected(None, where, f"{where}: {len(row)} cells, but the header has {len(header)}")
    cells = {name: value.strip() for name, value in zip(header, row, strict=True) if value.strip()}
    data = _csv_to_case(cells)
    try:
        spec = CaseSpec.model_validate(data)
    except ValidationError as exc:
        loc = exc.errors(include_url=False)[0]["loc"]
        line = describe_invalid(exc, where)
        line = line.replace(f"{where}: {field_path(loc)}:", f"{where}: {_csv_column(loc)}:", 1)
        return Rejected(safe_slug(cells.get("slug")), where, line)
    return CaseSource(spec, path, where, path.parent, csv=True)


def _quoted(name: str) -> str:
    return repr(name) if shown(name) == name else shown(name)


def _csv_to_case(cells: dict[str, str]) -> dict[str, Any]:
    lists = ("teaching_points", "references", "hashtags")
    data: dict[str, Any] = {}
    for name, value in cells.items():
        if name in lists:
            data[name] = _split(value)
        elif not re.fullmatch(r"(image|alt|quiz)_\w+", name):
            data[name] = value
    images = []
    for n in range(1, MAX_IMAGES + 1):
        if f"image_{n}" in cells or f"alt_{n}" in cells:
            images.append({"file": cells.get(f"image_{n}", ""), "alt": cells.get(f"alt_{n}", "")})
    data["images"] = images
    if "quiz_options" in cells or "quiz_correct" in cells:
        data["quiz"] = {
            "options": _split(cells.get("quiz_options", "")),
            "correct": cells.get("quiz_correct", ""),
        }
    return data


def _split(value: str) -> list[str]:
    return [part.strip() for part in value.split(_LIST_SEPARATOR.strip()) if part.strip()]


def _csv_column(loc: tuple[Any, ...] | list[Any]) -> str:
    """Map a validation location back to the CSV column the user wrote."""
    parts = [p for p in loc if isinstance(p, int) or not str(p).startswith("function-")]
    if parts[:1] == ["images"] and len(parts) >= 3:
        return f"{'image' if parts[2] == 'file' else 'alt'}_{parts[1] + 1}"
    if parts[:1] == ["images"]:
        return "image_1"
    if parts[:1] == ["quiz"]:
        return "quiz_correct" if parts[1:2] == ["correct"] else "quiz_options"
    return str(parts[0]) if parts else "(row)"


def check_sections(source: CaseSource, allowed: Iterable[str]) -> Rejected | None:
    """Sections are open-ended (themes may add their own), so they are checked here."""
    allowed = set(allowed)
    if source.spec.section in allowed:
        return None
    return Rejected(
        source.spec.slug,
        source.where,
        f"{source.where}: section: unknown section {source.spec.section!r}; "
        f"use one of {', '.join(sorted(allowed))}",
    )


def find_duplicates(items: list[CaseSource | Rejected]) -> list[CaseSource | Rejected]:
    """Reject every case whose slug appears in more than one place in one import."""
    places: dict[str, list[str]] = {}
    for item in items:
        if isinstance(item, CaseSource):
            places.setdefault(item.spec.slug, []).append(item.where)
    out: list[CaseSource | Rejected] = []
    for item in items:
        if isinstance(item, CaseSource) and len(places[item.spec.slug]) > 1:
            others = [w for w in places[item.spec.slug] if w != item.where]
            out.append(
                Rejected(
                    item.spec.slug,
                    item.where,
                    f"{item.where}: slug: {item.spec.slug!r} is also used by {others[0]}",
                )
            )
        else:
            out.append(item)
    return out
