"""What leaves is what is checked: every text field of the case format, found from the
schema itself, blocks when it carries an identifier; posts are scanned as each platform
gets them; a warning needs a named reviewer before approval; four eyes when asked."""

from __future__ import annotations

import json
import types
import typing
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from pydantic import BaseModel

from publisher.adapters.base import Capabilities
from publisher.cases.files import OVERRIDABLE, SECTIONS, CaseSpec
from publisher.cases.importing import import_paths
from publisher.cases.review import acknowledge_findings, approve_case, waive_finding
from publisher.errors import InvalidStateError
from publisher.privacy import is_blocked
from publisher.privacy.gate import case_findings
from publisher.privacy.posts import CLOSED_FIELDS, Outlet, installed_outlets, post_texts
from publisher.store import Store
from publisher.store.cases import get_case
from tests.conftest import run, write_case

NOW = datetime(2026, 11, 30, 13, 0, tzinfo=UTC)
TODAY = NOW.date()
CLEAN: dict[str, Any] = {
    "slug": "msk-clean-001",
    "title": "Wrist pain after a fall",
    "section": "msk",
    "modality": "XR",
    "history": "Young adult with wrist pain after a fall on an outstretched hand.",
    "question": "What is the diagnosis?",
    "answer": "Scaphoid waist fracture",
    "explanation": "A lucent line crosses the scaphoid waist.",
    "teaching_points": ["Repeat scaphoid views at 10 to 14 days."],
    "references": ["https://doi.org/10.1148/rg.2017160101"],
    "hashtags": ["#MedEd"],
    "credit": "@radiopaedia",
    "study_month": "2025-01",
    "images": [{"file": "pa.png", "alt": "PA radiograph of the right wrist."}],
    "quiz": {"options": ["Scaphoid fracture", "Normal"], "correct": "A"},
    "overrides": {},
}
# An identifier in the shape each field accepts.
TEXT = "Mr John Smith, MRN 12345678, seen on 14/03/2026"
SHAPED = {
    "slug": "msk-john-smith-12345678",
    "references": "https://pacs.local/viewer?mrn=12345678",
    "hashtags": "#PrayForJohnSmith",
    "images.file": "john_smith_12345678.png",
}


def _string_paths(model: type[BaseModel], prefix: str = "") -> list[str]:
    """Every text field of a pydantic model, recursively: 'quiz.options', 'images.alt', ..."""
    paths = []
    for name, info in model.model_fields.items():
        paths += _paths_of(info.annotation, f"{prefix}{name}")
    return paths


def _paths_of(annotation: Any, path: str) -> list[str]:
    origin, args = typing.get_origin(annotation), typing.get_args(annotation)
    if annotation is str:
        return [path]
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return _string_paths(annotation, f"{path}.")
    if origin in (typing.Union, types.UnionType, tuple, list):
        return sorted({p for arg in args if arg is not Ellipsis for p in _paths_of(arg, path)})
    if origin is dict and path == "overrides":
        # per-platform text for any overridable field: the formatter publishes these
        return [f"overrides.x.{name}" for name in OVERRIDABLE]
    return []


def _inject(path: str) -> dict[str, Any]:
    data = json.loads(json.dumps(CLEAN))
    value = SHAPED.get(path, TEXT)
    if path.startswith("overrides."):
        _, platform, name = path.split(".")
        is_list = name in ("teaching_points", "hashtags")
        shaped = SHAPED.get(name, TEXT)
        data["overrides"] = {platform: {name: [shaped] if is_list else shaped}}
        return data
    head, _, tail = path.partition(".")
    target, key = (data, head) if not tail else (data[head], tail)
    if isinstance(target, list):
        target = target[0]
    if isinstance(target[key], list):
        target[key] = [value, *target[key][1:]]  # the first item; the others keep the count
    else:
        target[key] = value
    return data


STRING_PATHS = _string_paths(CaseSpec)


def test_the_schema_walk_finds_the_nested_fields() -> None:
    # if this fails, the walk above missed a shape: the injection test would prove nothing
    for path in ("credit", "hashtags", "images.alt", "images.file", "quiz.options",
                 "overrides.x.credit", "overrides.x.hashtags"):  # fmt: skip
        assert path in STRING_PATHS


def test_the_clean_case_is_clean() -> None:
    assert case_findings(CaseSpec.model_validate(CLEAN), today=TODAY) == []


def _refused(data: dict[str, Any]) -> bool:
    """The case format refuses it: the schema, or the check of sections at import."""
    try:
        spec = CaseSpec.model_validate(data)
    except ValueError:
        return True
    return spec.section not in SECTIONS


@pytest.mark.parametrize("path", STRING_PATHS)
def test_an_identifier_in_any_text_field_blocks_the_case(path: str) -> None:
    data = _inject(path)
    if path in CLOSED_FIELDS:
        assert _refused(data), f"{path} is declared closed but takes free text: scan it"
        return
    spec = CaseSpec.model_validate(data)
    findings = case_findings(spec, today=TODAY)
    assert is_blocked(findings), f"an identifier in {path} did not block: {findings}"


def test_posts_are_scanned_as_each_platform_renders_them() -> None:
    spec = CaseSpec.model_validate({**CLEAN, "quiz": {"options": ["A cyst", "B"], "correct": "A"}})
    texts = post_texts(spec, installed_outlets())
    names = {where.split(".")[1] for where in texts}
    assert {"outbox", "webhook", "x", "mastodon", "bluesky"} <= names
    assert any("Case courtesy of @radiopaedia" in t for t in texts.values())
    assert any(where.endswith(".spoiler") for where in texts)
    assert any(".poll[" in where for where in texts)
    assert any(where.endswith(".images[1].alt") for where in texts)


def test_a_post_finding_no_field_has_is_reported_once_for_the_post() -> None:
    # a tiny limit splits the prompt; the scan still reads each part, and a finding that
    # only exists once fields are joined is named by the post it is in
    spec = CaseSpec.model_validate({**CLEAN, "title": "Seen", "history": "yesterday."})
    tiny = Outlet("tiny", "outbox", Capabilities(text_limit=60))
    findings = case_findings(spec, today=TODAY, outlets=[tiny])
    kinds = [(f.field, f.kind) for f in findings]
    assert ("history", "date") in kinds
    assert not any(field.startswith("posts.") and kind == "date" for field, kind in kinds)


def test_credit_with_identifiers_is_blocked_at_import(store: Store, tmp_path: Path) -> None:
    extra = 'credit = "Amara Okafor, 07700 900461, amara.okafor@gmail.com"\n'
    folder = write_case(tmp_path, "msk-credit", extra=extra)
    [result] = import_paths(store, [folder], now=NOW, ocr=False)
    assert result.status == "needs_review" and result.findings >= 3
    with store.session() as s:
        kinds = {f["kind"] for f in get_case(s, "msk-credit").findings if f["field"] == "credit"}
    assert {"name", "phone", "email"} <= kinds


# --- a warning needs a person


def _warned_case(store: Store, tmp_path: Path) -> str:
    write_case(tmp_path, "msk-warn", title="A professional footballer; seen last year")
    [result] = import_paths(store, [tmp_path / "msk-warn"], now=NOW, ocr=False)
    assert (result.status, result.findings, result.warnings) == ("needs_review", 0, 2)
    assert "2 warnings to acknowledge" in result.reason
    return "msk-warn"


def test_a_warning_blocks_approval_until_acknowledged(store: Store, tmp_path: Path) -> None:
    slug = _warned_case(store, tmp_path)
    with store.session() as s, pytest.raises(InvalidStateError) as refused:
        approve_case(s, slug, by="Dr A", now=NOW)
    message = refused.value.message
    assert "\n" not in message and "acknowledged" in message
    assert "#1 occupation 'professional footballer' in title" in message
    with store.session() as s:
        acknowledge_findings(s, slug, "1", by="Dr A", reason="the teaching point", now=NOW)
        assert get_case(s, slug).status == "needs_review"
        acknowledge_findings(s, slug, None, by="Dr A", reason="", now=NOW)
        assert get_case(s, slug).status == "draft"
        approve_case(s, slug, by="Dr A", now=NOW)
        trail = [(r.action, r.by, r.finding) for r in get_case(s, slug).reviews]
    assert [a for a, _, _ in trail] == ["acknowledge", "acknowledge", "approve"]
    assert trail[0][2] == "title:occupation:professional footballer"


def test_a_blocking_finding_is_waived_not_acknowledged(store: Store, tmp_path: Path) -> None:
    write_case(tmp_path, "msk-name", title="Dr Jones reviewed it.")
    import_paths(store, [tmp_path / "msk-name"], now=NOW, ocr=False)
    with store.session() as s, pytest.raises(InvalidStateError, match="waive it"):
        acknowledge_findings(s, "msk-name", "1", by="Dr A", reason="", now=NOW)


def test_second_reviewer_must_be_another_person(store: Store, tmp_path: Path) -> None:
    slug = _warned_case(store, tmp_path)
    with store.session() as s:
        acknowledge_findings(s, slug, None, by="Dr A", reason="", now=NOW)
    with store.session() as s, pytest.raises(InvalidStateError, match="second_reviewer"):
        approve_case(s, slug, by="  dr a ", now=NOW, second_reviewer=True)
    with store.session() as s:
        approve_case(s, slug, by="Dr B", now=NOW, second_reviewer=True)
        assert get_case(s, slug).status == "approved"


def test_second_reviewer_counts_waivers_too(store: Store, tmp_path: Path) -> None:
    write_case(tmp_path, "msk-name", title="Dr Jones reviewed it.")
    import_paths(store, [tmp_path / "msk-name"], now=NOW, ocr=False)
    with store.session() as s:
        waive_finding(s, "msk-name", "1", by="Dr A", reason="the author", now=NOW)
    with store.session() as s, pytest.raises(InvalidStateError, match="second_reviewer"):
        approve_case(s, "msk-name", by="Dr A", now=NOW, second_reviewer=True)
    with store.session() as s:
        approve_case(s, "msk-name", by="Dr A", now=NOW)  # without the setting, one person may


def test_ack_approve_list_and_show_from_the_cli(tmp_path: Path, cli_env: dict[str, str]) -> None:
    write_case(tmp_path / "week", "msk-warn", title="Local teacher; CT last year.")
    imported = run(["cases", "import", "week"], env=cli_env).output
    assert "needs privacy review: 2 warnings to acknowledge" in imported
    listed = run(["cases", "list"], env=cli_env).output
    assert "needs_review" in listed and "[2 warnings to review]" in listed
    refused = run(["cases", "approve", "msk-warn", "--by", "Dr A"], env=cli_env)
    assert refused.exit_code == 1
    assert refused.output.splitlines()[0].startswith("Error: case 'msk-warn' has privacy warnings")
    assert "#1 occupation 'Local teacher' in title" in refused.output
    shown = run(["cases", "show", "msk-warn"], env=cli_env).output
    assert "#1 warn occupation 'Local teacher' in title: open" in shown
    acked = run(["cases", "ack", "msk-warn", "--all", "--by", "Dr A"], env=cli_env)
    assert acked.exit_code == 0 and "0 blocking finding(s) and 0 warning(s) left" in acked.output
    shown = run(["cases", "show", "msk-warn"], env=cli_env).output
    assert "in title: acknowledged by Dr A" in shown and "acknowledge by Dr A" in shown
    lint = run(["cases", "lint", "msk-warn"], env=cli_env).output
    assert "[acknowledged by Dr A]" in lint
    assert run(["cases", "approve", "msk-warn", "--by", "Dr A"], env=cli_env).exit_code == 0
    bad = run(["cases", "ack", "msk-warn", "--by", "Dr A"], env=cli_env)
    assert bad.exit_code == 2 and "name one finding, or give --all" in bad.output


def test_second_reviewer_from_the_config(tmp_path: Path, cli_env: dict[str, str]) -> None:
    config = tmp_path / "publisher.toml"
    config.write_text("[privacy]\nsecond_reviewer = true\n", encoding="utf-8")
    env = {**cli_env, "PUBLISHER_CONFIG": str(config)}
    write_case(tmp_path / "week", "msk-warn", title="Local teacher; CT last year.")
    run(["cases", "import", "week"], env=env)
    run(["cases", "ack", "msk-warn", "--all", "--by", "Dr A"], env=env)
    same = run(["cases", "approve", "msk-warn", "--by", "Dr A"], env=env)
    assert same.exit_code == 1 and "second_reviewer" in same.output
    other = run(["cases", "approve", "msk-warn", "--by", "Dr B"], env=env)
    assert other.exit_code == 0
    bad = tmp_path / "bad.toml"
    bad.write_text('[privacy]\nsecond_reviewer = "yes"\n', encoding="utf-8")
    refused = run(["cases", "list"], env={**cli_env, "PUBLISHER_CONFIG": str(bad)})
    assert refused.exit_code == 1 and "second_reviewer" in refused.output


def test_birth_years_are_read_against_the_import_day(store: Store, tmp_path: Path) -> None:
    write_case(tmp_path, "msk-born", title="Born in 1931.")
    [result] = import_paths(store, [tmp_path / "msk-born"], now=NOW, ocr=False)
    assert result.findings == 1
    assert date(2026, 11, 30) == TODAY
