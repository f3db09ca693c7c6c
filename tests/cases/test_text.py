"""Every text field of the case format: a length limit, and no control characters but
line breaks and tabs. The fields are read off the schema, so a field added later is
tested (and checked) without anyone remembering to."""

from __future__ import annotations

import json
import tomllib
import typing
from pathlib import Path
from typing import Any

import pytest
from pydantic import BaseModel

from publisher.cases.files import CaseSource, CaseSpec, Rejected, discover, read_case_folder
from publisher.cases.text import LIMITS, MAX_ITEMS, limit_of
from tests.conftest import CASE_TOML, QUIZ, draw_png

Path_ = tuple[str | int, ...]  # where a field sits in the case: ("images", 0, "alt")


def text_fields(model: type[BaseModel] = CaseSpec, prefix: Path_ = ()) -> list[tuple[Path_, str]]:
    """(path, shape) of every field that holds text, nested models included."""
    found: list[tuple[Path_, str]] = []
    for name, info in model.model_fields.items():
        nested = [a for a in _flatten(info.annotation) if _is_model(a)]
        if nested:
            step = (name, 0) if typing.get_origin(info.annotation) is tuple else (name,)
            found += text_fields(nested[0], (*prefix, *step))
        elif str in _flatten(info.annotation):
            found.append(((*prefix, name), _shape(info.annotation)))
    return found


def _flatten(annotation: Any) -> list[Any]:
    return [annotation, *(a for arg in typing.get_args(annotation) for a in _flatten(arg))]


def _is_model(annotation: Any) -> bool:
    return isinstance(annotation, type) and issubclass(annotation, BaseModel)


def _shape(annotation: Any) -> str:
    origin = typing.get_origin(annotation)
    if origin is tuple:
        return "list"
    if origin is dict:
        return "table"
    if annotation is str or set(typing.get_args(annotation)) <= {str, type(None)}:
        return "text"
    raise AssertionError(f"a text field of a shape this test does not know: {annotation}")


FIELDS = text_fields()
OVERRIDDEN = "question"  # the field an injected override overrides


def full_case() -> dict[str, Any]:
    """A valid case using every text field."""
    data = tomllib.loads(CASE_TOML.format(title="Wrist pain", section="msk", extra="") + QUIZ)
    data.update(slug="msk-1", study_month="2026-03", credit="Dr A", publish_on="2026-12-14")
    data["overrides"] = {"x": {OVERRIDDEN: "Diagnosis?"}}
    return data


def inject(data: dict[str, Any], path: Path_, shape: str, text: str) -> None:
    target: Any = data
    for step in path[:-1]:
        target = target[step]
    if shape == "text":
        target[path[-1]] = text
    elif shape == "list":
        target[path[-1]] = [*target.get(path[-1], ())[:1], text]
    else:
        target[path[-1]] = {"x": {OVERRIDDEN: text}}


def to_toml(data: dict[str, Any]) -> str:
    """Enough of a TOML writer for a case: JSON strings are TOML basic strings."""
    lines, tables = [], []
    for key, value in data.items():
        if isinstance(value, dict):
            tables.append((key, value))
        elif isinstance(value, list) and value and isinstance(value[0], dict):
            tables += [(f"[{key}]", item) for item in value]
        else:
            lines.append(f"{json.dumps(key)} = {json.dumps(value)}")
    for key, value in tables:
        if key == "overrides":
            for platform, table in value.items():
                lines.append(f"[overrides.{json.dumps(platform)}]")
                lines += [f"{json.dumps(k)} = {json.dumps(v)}" for k, v in table.items()]
        else:
            lines.append(f"[{key}]")
            lines += [f"{json.dumps(k)} = {json.dumps(v)}" for k, v in value.items()]
    return "\n".join(lines) + "\n"


def read(tmp_path: Path, data: dict[str, Any]) -> CaseSource | Rejected:
    folder = tmp_path / "msk-1"
    folder.mkdir(exist_ok=True)
    (folder / "case.toml").write_text(to_toml(data), encoding="utf-8")
    draw_png(folder / "pa.png")
    return read_case_folder(folder)


def label(path: Path_, shape: str) -> str:
    """How the error names the field: images[1].alt, teaching_points: item 2, ..."""
    named = "".join(f"[{p + 1}]" if isinstance(p, int) else f".{p}" for p in path).lstrip(".")
    if shape == "list":
        return f"{named}: item 2"
    if shape == "table":
        return f"{named}: x.{OVERRIDDEN}"
    return named


def field_id(field: tuple[Path_, str]) -> str:
    return label(*field).split(":")[0]


def test_the_schema_has_the_text_fields_this_test_expects_at_least() -> None:
    names = {field_id(f) for f in FIELDS}
    assert {"title", "history", "images[1].file", "images[1].alt", "quiz.options"} <= names
    assert {"overrides", "teaching_points", "references", "hashtags", "slug", "credit"} <= names


def test_a_full_case_is_valid(tmp_path: Path) -> None:
    assert isinstance(read(tmp_path, full_case()), CaseSource)


@pytest.mark.parametrize("field", FIELDS, ids=field_id)
def test_a_nul_byte_in_any_text_field_is_refused_naming_the_field(
    tmp_path: Path, field: tuple[Path_, str]
) -> None:
    data = full_case()
    inject(data, *field[:1], field[1], "ok\x00")
    rejected = read(tmp_path, data)
    assert isinstance(rejected, Rejected)
    assert rejected.reason == (
        f"{tmp_path / 'msk-1' / 'case.toml'}: {label(*field)}: holds the control character "
        "U+0000 at character 3; only line breaks and tabs are allowed"
    )


@pytest.mark.parametrize("field", FIELDS, ids=field_id)
def test_an_over_long_value_in_any_text_field_is_refused_naming_the_field(
    tmp_path: Path, field: tuple[Path_, str]
) -> None:
    path, shape = field
    limit = limit_of(OVERRIDDEN if shape == "table" else str(path[-1]))
    for length in (limit + 1, 10_000_000):  # just over, and the 10 MB history
        data = full_case()
        inject(data, path, shape, "a" * length)
        rejected = read(tmp_path, data) if length <= 500_000 else _validate(data)
        assert isinstance(rejected, Rejected | str)
        reason = rejected if isinstance(rejected, str) else rejected.reason
        assert f"{label(path, shape)}: is {length:,} characters long; the limit is {limit:,}" in (
            reason
        )


def _validate(data: dict[str, Any]) -> str:
    """Straight through the schema: a 10 MB case.toml is refused before it is parsed."""
    from pydantic import ValidationError

    from publisher.errors import describe_invalid

    try:
        CaseSpec.model_validate(data)
    except ValidationError as exc:
        return describe_invalid(exc, "case.toml")
    raise AssertionError("accepted")


@pytest.mark.parametrize("field", FIELDS, ids=field_id)
def test_every_text_field_has_a_limit_chosen_for_it(field: tuple[Path_, str]) -> None:
    assert str(field[0][-1]) in LIMITS, f"{field_id(field)}: add its limit to casetext.LIMITS"


@pytest.mark.parametrize(
    "char", ["\x01", "\x08", "\x0b", "\x0c", "\x1b", "\x1f", "\x7f", "\x85", "\x9b"]
)
def test_control_characters_are_refused(tmp_path: Path, char: str) -> None:
    data = full_case()
    data["history"] = f"Fall.{char}"
    rejected = read(tmp_path, data)
    assert isinstance(rejected, Rejected)
    assert f": history: holds the control character U+{ord(char):04X} at character 6;" in (
        rejected.reason
    )


def test_tabs_and_line_breaks_are_kept_and_windows_line_ends_normalised(tmp_path: Path) -> None:
    data = full_case()
    data["history"] = "Fall.\r\nPain\tswelling.\rMore."
    data["teaching_points"] = ["One\r\ntwo"]
    source = read(tmp_path, data)
    assert isinstance(source, CaseSource)
    assert source.spec.history == "Fall.\nPain\tswelling.\nMore."
    assert source.spec.teaching_points == ("One\ntwo",)


def test_text_at_its_limit_is_accepted(tmp_path: Path) -> None:
    data = full_case()
    for name in ("history", "explanation", "question", "answer", "credit"):
        data[name] = "word " * (limit_of(name) // 5)
    data["images"][0]["alt"] = "x" * limit_of("alt")
    data["study_month"] = "  2026-03 "  # counted as the schema keeps it: stripped
    source = read(tmp_path, data)
    assert isinstance(source, CaseSource)
    assert source.spec.study_month == "2026-03"


def test_lists_and_tables_have_a_limit_on_entries(tmp_path: Path) -> None:
    data = full_case()
    data["teaching_points"] = ["point"] * (MAX_ITEMS + 1)
    rejected = read(tmp_path, data)
    assert isinstance(rejected, Rejected)
    assert rejected.reason.endswith(
        f"teaching_points: has {MAX_ITEMS + 1} entries; the limit is 50"
    )


def test_names_in_tables_are_checked_before_they_appear_in_a_message(tmp_path: Path) -> None:
    data = full_case()
    data["overrides"] = {"x": {"question\x1b[2J": "Diagnosis?"}}
    rejected = read(tmp_path, data)
    assert isinstance(rejected, Rejected)
    assert "\x1b" not in rejected.reason
    assert "overrides: x.'question\\x1b[2J': holds the control character U+001B" in (
        rejected.reason
    )
    data = full_case()
    data["colour\x00"] = "red"  # an unknown key: named, but escaped
    rejected = read(tmp_path, data)
    assert isinstance(rejected, Rejected)
    assert rejected.reason.endswith(": 'colour\\x00': unknown field")


CSV_HEADER = (
    "slug,title,section,modality,history,question,answer,quiz_options,quiz_correct,image_1,alt_1"
)
CSV_ROW = ["msk-1", "Title", "msk", "XR", "History.", "Q?", "A", "A1 | B1", "A", "a.png", "Alt."]


@pytest.mark.parametrize(
    ("column", "expected"),
    [("history", "history"), ("alt_1", "alt_1"), ("image_1", "image_1"), ("title", "title")],
)
def test_a_nul_in_a_csv_cell_names_the_column(tmp_path: Path, column: str, expected: str) -> None:
    cells = dict(zip(CSV_HEADER.split(","), CSV_ROW, strict=True))
    cells[column] = "bad\x00cell"
    path = tmp_path / "week.csv"
    path.write_text(CSV_HEADER + "\n" + ",".join(cells.values()) + "\n", encoding="utf-8")
    [rejected] = list(discover([path]))
    assert isinstance(rejected, Rejected)
    assert rejected.reason == (
        f"{path} line 2: {expected}: holds the control character U+0000 at character 4; "
        "only line breaks and tabs are allowed"
    )
    assert rejected.slug == "msk-1"


def test_a_nul_in_csv_quiz_options_names_the_column(tmp_path: Path) -> None:
    cells = dict(zip(CSV_HEADER.split(","), CSV_ROW, strict=True))
    cells["quiz_options"] = "A1 | B\x001"
    path = tmp_path / "week.csv"
    path.write_text(CSV_HEADER + "\n" + ",".join(cells.values()) + "\n", encoding="utf-8")
    [rejected] = list(discover([path]))
    assert isinstance(rejected, Rejected)
    assert f"{path} line 2: quiz_options: item 2: holds the control character U+0000" in (
        rejected.reason
    )


def test_a_slug_with_control_characters_is_not_echoed_as_the_slug(tmp_path: Path) -> None:
    data = full_case()
    data["slug"] = "msk\x1b]0;pwned\x07"
    rejected = read(tmp_path, data)
    assert isinstance(rejected, Rejected)
    assert rejected.slug is None
    assert "\x1b" not in rejected.reason and "\x07" not in rejected.reason


def test_a_case_file_over_a_megabyte_is_not_read(tmp_path: Path) -> None:
    data = full_case()
    data["history"] = "a" * 1_100_000
    rejected = read(tmp_path, data)
    assert isinstance(rejected, Rejected)
    size = (tmp_path / "msk-1" / "case.toml").stat().st_size
    assert rejected.reason == (
        f"{tmp_path / 'msk-1' / 'case.toml'}: cannot read: {size:,} bytes, more than the "
        "1,000,000 a file may have"
    )


def test_every_limit_fits_its_database_column() -> None:
    """Else PostgreSQL refuses what SQLite stores, and the two databases disagree."""
    from sqlalchemy import String

    from publisher.store.models import Case, CaseImage

    for table in (Case.__table__, CaseImage.__table__):
        for column in table.columns:
            width = getattr(column.type, "length", None)
            if isinstance(column.type, String) and width and column.name in LIMITS:
                assert LIMITS[column.name] <= width, f"{table.name}.{column.name}"
