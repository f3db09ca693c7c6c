"""Parsing case folders and CSV sheets: every bad input names its file and field."""

from __future__ import annotations

from pathlib import Path

import pytest

from publisher.cases.files import (
    CaseSource,
    Rejected,
    check_sections,
    discover,
    find_duplicates,
    read_case_folder,
)
from tests.conftest import QUIZ, draw_png, write_case


def only(items: list[CaseSource | Rejected]) -> CaseSource | Rejected:
    assert len(items) == 1
    return items[0]


def test_a_good_folder_parses_with_the_folder_name_as_slug(tmp_path: Path) -> None:
    folder = write_case(tmp_path, "msk-scaphoid-001", tail=QUIZ)
    source = read_case_folder(folder)
    assert isinstance(source, CaseSource)
    assert source.spec.slug == "msk-scaphoid-001"
    assert source.spec.quiz is not None and source.spec.quiz.correct_index == 0
    assert source.spec.hashtags == ("#MedEd", "#FOAMrad")
    assert source.image_path(0) == folder / "pa.png"


@pytest.mark.parametrize(
    ("extra", "tail", "field", "words"),
    [
        ('colour = "red"\n', "", "colour", "unknown field"),
        ('modality = "XYZ"\n', "", "modality", "unknown modality"),
        ("", '[quiz]\noptions = ["A1", "B1"]\ncorrect = "D"\n', "quiz", "options are A, B"),
        ('study_month = "2026-13"\n', "", "study_month", "not a month"),
        ('hashtags = ["MedEd"]\n', "", "hashtags", "not a hashtag"),
        ('references = ["see the textbook"]\n', "", "references", "not a URL or DOI"),
        ("", '[[images]]\nfile = "b.png"\n', "images[2].alt", "required field is missing"),
        ("", '[[images]]\nfile = "b.png"\nalt = ""\n', "images[2].alt", "must not be empty"),
        (
            "",
            '[overrides.x]\ncolour = "red"\n',
            "overrides",
            "x.colour: not a field that can be overridden",
        ),
    ],
)
def test_bad_fields_are_rejected_naming_file_and_field(
    tmp_path: Path, extra: str, tail: str, field: str, words: str
) -> None:
    # Later keys in TOML may not repeat earlier ones, so replace instead of append.
    folder = write_case(tmp_path, "c1", tail=tail)
    text = (folder / "case.toml").read_text()
    for line in extra.splitlines():
        key = line.split("=")[0].strip()
        lines = [ln for ln in text.splitlines() if not ln.startswith(f"{key} =")]
        text = "\n".join([line, *lines]) + "\n"
    (folder / "case.toml").write_text(text)
    rejected = read_case_folder(folder)
    assert isinstance(rejected, Rejected)
    assert rejected.reason.startswith(f"{folder / 'case.toml'}: {field}")
    assert words in rejected.reason
    assert "\n" not in rejected.reason


def test_a_file_that_is_not_utf8_is_rejected(tmp_path: Path) -> None:
    folder = write_case(tmp_path, "c1")
    (folder / "case.toml").write_bytes('title = "Caf\xe9"\n'.encode("latin-1"))
    rejected = read_case_folder(folder)
    assert isinstance(rejected, Rejected)
    assert rejected.reason == f"{folder / 'case.toml'}: not UTF-8 text (save it as UTF-8)"


def test_more_than_four_images_is_rejected(tmp_path: Path) -> None:
    more = "".join(f'\n[[images]]\nfile = "p{i}.png"\nalt = "view {i}"\n' for i in range(4))
    rejected = read_case_folder(write_case(tmp_path, "c1", tail=more))
    assert isinstance(rejected, Rejected)
    assert ": images: 5 images; a case has at most 4" in rejected.reason


def test_malformed_toml_is_rejected_with_its_position(tmp_path: Path) -> None:
    folder = tmp_path / "broken"
    folder.mkdir()
    (folder / "case.toml").write_text('title = "unclosed\n')
    rejected = read_case_folder(folder)
    assert isinstance(rejected, Rejected)
    assert rejected.reason.startswith(f"{folder / 'case.toml'}: not valid TOML")
    assert "line 1" in rejected.reason


def test_unknown_section_is_rejected_unless_a_theme_uses_it(tmp_path: Path) -> None:
    source = read_case_folder(write_case(tmp_path, "c1", section="dental"))
    assert isinstance(source, CaseSource)
    rejected = check_sections(source, ["msk", "neuro"])
    assert rejected is not None and "section: unknown section 'dental'" in rejected.reason
    assert check_sections(source, ["msk", "dental"]) is None


CSV_HEADER = (
    "slug,title,section,modality,history,question,answer,teaching_points,"
    "quiz_options,quiz_correct,image_1,alt_1\n"
)


def write_csv(tmp_path: Path, *rows: str, header: str = CSV_HEADER) -> Path:
    draw_png(tmp_path / "img" / "a.png")
    path = tmp_path / "week.csv"
    path.write_text(header + "".join(rows), encoding="utf-8")
    return path


GOOD_ROW = (
    "neuro-sah-001,Thunderclap headache,neuro,CT,Sudden severe headache.,Diagnosis?,"
    'Subarachnoid haemorrhage,"Look at the basal cisterns | CT early is sensitive",'
    '"SAH | Migraine | Normal",A,img/a.png,Axial CT with blood in the basal cisterns.\n'
)


def test_a_csv_row_becomes_a_case_with_lists_split(tmp_path: Path) -> None:
    source = only(list(discover([write_csv(tmp_path, GOOD_ROW)])))
    assert isinstance(source, CaseSource)
    assert source.spec.teaching_points == (
        "Look at the basal cisterns",
        "CT early is sensitive",
    )
    assert source.spec.quiz is not None and source.spec.quiz.options[1] == "Migraine"
    assert source.image_path(0) == tmp_path / "img" / "a.png"


def test_csv_errors_name_the_line_and_the_column(tmp_path: Path) -> None:
    bad = GOOD_ROW.replace("Axial CT with blood in the basal cisterns.", "").replace(
        "neuro-sah-001", "neuro-sah-002"
    )
    items = list(discover([write_csv(tmp_path, GOOD_ROW, bad)]))
    assert isinstance(items[0], CaseSource)
    rejected = items[1]
    assert isinstance(rejected, Rejected)
    assert rejected.reason == f"{tmp_path / 'week.csv'} line 3: alt_1: must not be empty"
    assert rejected.slug == "neuro-sah-002"


def test_csv_quiz_letter_without_option(tmp_path: Path) -> None:
    bad = GOOD_ROW.replace('"SAH | Migraine | Normal",A', '"SAH | Migraine",C')
    rejected = only(list(discover([write_csv(tmp_path, bad)])))
    assert isinstance(rejected, Rejected)
    assert "line 2: quiz_correct" in rejected.reason or "line 2: quiz_options" in rejected.reason
    assert "'C' but the options are A, B" in rejected.reason


def test_csv_with_unknown_column_or_no_slug_is_rejected_whole(tmp_path: Path) -> None:
    path = write_csv(tmp_path, GOOD_ROW, header=CSV_HEADER.replace("history", "story"))
    assert only(list(discover([path]))).reason == f"{path}: column 'story': unknown field"  # type: ignore[union-attr]
    path = write_csv(tmp_path, "x\n", header="title\n")
    assert "column 'slug': required" in only(list(discover([path]))).reason  # type: ignore[union-attr]


def test_malformed_csv_is_rejected(tmp_path: Path) -> None:
    path = write_csv(tmp_path, 'neuro-1,"unclosed,neuro\n')
    reason = only(list(discover([path]))).reason  # type: ignore[union-attr]
    assert reason.startswith(f"{path} line 2: not a valid CSV file: ")


def test_a_row_with_the_wrong_number_of_cells(tmp_path: Path) -> None:
    path = write_csv(tmp_path, "neuro-1,Title,neuro\n")
    reason = only(list(discover([path]))).reason  # type: ignore[union-attr]
    assert reason == f"{path} line 2: 3 cells, but the header has 12"


def test_duplicate_slugs_across_files_are_all_rejected(tmp_path: Path) -> None:
    write_case(tmp_path / "a", "msk-1")
    folder_b = write_case(tmp_path / "b", "other")
    text = (folder_b / "case.toml").read_text()
    (folder_b / "case.toml").write_text('slug = "msk-1"\n' + text)
    items = find_duplicates(list(discover([tmp_path])))
    assert all(isinstance(i, Rejected) for i in items)
    assert "slug: 'msk-1' is also used by" in items[0].reason  # type: ignore[union-attr]


def test_missing_path_is_reported(tmp_path: Path) -> None:
    rejected = only(list(discover([tmp_path / "nope"])))
    assert isinstance(rejected, Rejected) and "no such file or folder" in rejected.reason
