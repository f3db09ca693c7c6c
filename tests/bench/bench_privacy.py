"""Privacy text scan: precision and recall per kind on the labelled sets, and throughput.

Scoring is per text: a text labelled with a kind counts as found when the scan reports that kind
anywhere in it. "Clean" texts are those with no blocking kind in their labels; the clean block
rate is the share of them that the scan would keep out of the queue.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from publisher.privacy import BLOCKING_KINDS, KINDS, scan_fields, scan_text

DATA = Path(__file__).resolve().parent.parent / "data"
EVAL_FILE = DATA / "privacy_eval.jsonl"
HOLDOUT_FILE = DATA / "privacy_holdout.jsonl"
# Texts as they sit in a case field, each with the field it is in: half identify someone, half
# are radiology bait. The untouched part was set aside at random before the rules were tuned.
FIELDS_FILE = DATA / "privacy_fields.jsonl"
UNTOUCHED_FILE = DATA / "privacy_fields_untouched.jsonl"
# A later set by another hand, written without reading the rules, halved by group at random:
# the first half was read to find what falls through, the second scored once before it was.
BLIND_FILES = (DATA / "privacy_fields_blind.jsonl", DATA / "privacy_fields_blind_untouched.jsonl")
# Later sets by other hands (privacy_fields_blind2.jsonl on), each scored once before it was
# read and after the rules were tuned on the ones before it: each measured how far that
# tuning carried. The figures of each at that moment are in the commit that added it.
LATER_BLIND_FILES = sorted(
    DATA.glob("privacy_fields_blind[0-9]*.jsonl"),
    key=lambda path: int(path.stem.removeprefix("privacy_fields_blind")),
)
TODAY = dt.date(2026, 11, 30)
FIELDS_PER_CASE = 8


@dataclass(frozen=True)
class Labelled:
    """One evaluation text, the kinds it holds, and any DICOM header values for it."""

    text: str
    kinds: frozenset[str]
    identifiers: tuple[str, ...] = ()


@dataclass
class Scores:
    """Per-kind counts over a labelled set."""

    true_pos: dict[str, int] = field(default_factory=dict)
    false_pos: dict[str, int] = field(default_factory=dict)
    false_neg: dict[str, int] = field(default_factory=dict)
    clean: int = 0
    clean_blocked: int = 0
    missed: list[tuple[str, str]] = field(default_factory=list)

    def recall(self, kind: str) -> float:
        found, missed = self.true_pos.get(kind, 0), self.false_neg.get(kind, 0)
        return found / (found + missed) if found + missed else 1.0

    def precision(self, kind: str) -> float:
        found, wrong = self.true_pos.get(kind, 0), self.false_pos.get(kind, 0)
        return found / (found + wrong) if found + wrong else 1.0

    @property
    def clean_block_rate(self) -> float:
        return self.clean_blocked / self.clean if self.clean else 0.0


def load_labelled(path: Path) -> list[Labelled]:
    """Read a JSON-lines file of {"text", "kinds", optional "identifiers"}."""
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            data = json.loads(line)
            rows.append(
                Labelled(data["text"], frozenset(data["kinds"]), tuple(data.get("identifiers", ())))
            )
    return rows


def score(rows: Sequence[Labelled]) -> Scores:
    """Scan every text and count hits, misses and false alarms per kind."""
    scores = Scores()
    for row in rows:
        found = {
            f.kind for f in scan_text(row.text, extra_identifiers=row.identifiers, today=TODAY)
        }
        for kind in found | row.kinds:
            bucket = (
                scores.true_pos
                if kind in found and kind in row.kinds
                else scores.false_pos
                if kind in found
                else scores.false_neg
            )
            bucket[kind] = bucket.get(kind, 0) + 1
            if kind in row.kinds and kind not in found:
                scores.missed.append((kind, row.text))
        if not row.kinds & BLOCKING_KINDS:
            scores.clean += 1
            scores.clean_blocked += bool(found & BLOCKING_KINDS)
    return scores


def _print_scores(name: str, rows: Sequence[Labelled]) -> None:
    scores = score(rows)
    print(f"   {name}: {len(rows)} texts, {scores.clean} without blocking identifiers")
    print(f"   {'kind':<18} {'severity':<8} {'support':>7} {'precision':>9} {'recall':>7}")
    for kind, info in KINDS.items():
        support = scores.true_pos.get(kind, 0) + scores.false_neg.get(kind, 0)
        if support or scores.false_pos.get(kind):
            print(
                f"   {kind:<18} {info.severity:<8} {support:>7} "
                f"{scores.precision(kind):>9.2f} {scores.recall(kind):>7.2f}"
            )
    print(
        f"   clean texts blocked: {scores.clean_blocked}/{scores.clean} "
        f"({scores.clean_block_rate:.1%})"
    )
    for kind, text in scores.missed:
        print(f"   missed {kind}: {text}")


@dataclass(frozen=True)
class FieldText:
    """One text in the field it names; ``expect`` is block, flag (a warning at least) or pass."""

    group: str
    field: str
    expect: str
    text: str


@dataclass
class GroupScore:
    """How the scan treated the texts of one group."""

    total: int = 0
    flagged: int = 0
    blocked: int = 0
    wrong: list[str] = field(default_factory=list)


def load_field_texts(path: Path) -> list[FieldText]:
    """Read a JSON-lines file of {"group", "field", "expect", "text"}."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return [FieldText(**json.loads(line)) for line in lines if line.strip()]


def score_fields(rows: Sequence[FieldText]) -> dict[str, GroupScore]:
    """Per group: how many texts were flagged (any finding) and blocked."""
    groups: dict[str, GroupScore] = {}
    for row in rows:
        found = scan_fields({row.field: row.text}, today=TODAY)
        flagged, blocked = bool(found), any(f.kind in BLOCKING_KINDS for f in found)
        group = groups.setdefault(row.group, GroupScore())
        group.total += 1
        group.flagged += flagged
        group.blocked += blocked
        right = (
            blocked if row.expect == "block" else flagged if row.expect == "flag" else not flagged
        )
        if not right:
            kinds = ",".join(sorted({f.kind for f in found})) or "nothing"
            group.wrong.append(f"{row.field}: {row.text} -> {kinds}")
    return groups


def field_summary(rows: Sequence[FieldText]) -> dict[str, float]:
    """Recall and false alarms over a set: the figures the targets are set on."""
    groups = score_fields(rows)
    bad = [r.group for r in rows if r.expect != "pass"]
    clean = [r.group for r in rows if r.expect == "pass"]
    ident_groups, clean_groups = set(bad), set(clean)

    def share(names: set[str], attr: str, count: int) -> float:
        return sum(getattr(groups[g], attr) for g in names) / count if count else 0.0

    blockers = [r for r in rows if r.expect == "block"]
    blocked = sum(
        any(f.kind in BLOCKING_KINDS for f in scan_fields({r.field: r.text}, today=TODAY))
        for r in blockers
    )
    return {
        "identifying": len(bad),
        "flagged": share(ident_groups, "flagged", len(bad)),
        "blocked": blocked / len(blockers) if blockers else 0.0,
        "clean": len(clean),
        "clean_flagged": share(clean_groups, "flagged", len(clean)),
        "clean_blocked": share(clean_groups, "blocked", len(clean)),
    }


def print_field_scores(name: str, rows: Sequence[FieldText], *, show_wrong: bool = True) -> None:
    """Per group: total, flagged and blocked; then the overall figures and what went wrong."""
    groups = score_fields(rows)
    summary = field_summary(rows)
    print(f"   {name}: {len(rows)} texts in their fields")
    print(f"   {'group':<16} {'expect':<6} {'texts':>5} {'flagged':>8} {'blocked':>8}")
    expects = {r.group: r.expect for r in rows}
    for group, sc in sorted(groups.items(), key=lambda kv: (expects[kv[0]] == "pass", kv[0])):
        print(f"   {group:<16} {expects[group]:<6} {sc.total:>5} {sc.flagged:>8} {sc.blocked:>8}")
    print(
        f"   identifying: {summary['identifying']}, flagged {summary['flagged']:.1%}, "
        f"blocked {summary['blocked']:.1%} (of those that must block); clean: "
        f"{summary['clean']}, flagged {summary['clean_flagged']:.1%}, "
        f"blocked {summary['clean_blocked']:.1%}"
    )
    if show_wrong:
        for sc in groups.values():
            for line in sc.wrong:
                print(f"   wrong: {line}")


def _cases(texts: Sequence[str]) -> list[dict[str, str]]:
    """Group texts into cases of eight fields, the shape of a real case."""
    names = [f"field{i}" for i in range(FIELDS_PER_CASE)]
    return [
        dict(zip(names, texts[i : i + FIELDS_PER_CASE], strict=False))
        for i in range(0, len(texts) - FIELDS_PER_CASE + 1, FIELDS_PER_CASE)
    ]


def _rate(work: Callable[[Any], object], cases: Sequence[Any], seconds: float = 1.0) -> float:
    """Cases per second of `work(case)`, run for at least `seconds`."""
    done, start = 0, time.perf_counter()
    while (elapsed := time.perf_counter() - start) < seconds:
        for case in cases:
            work(case)
        done += len(cases)
    return done / elapsed


_TRIVIAL = re.compile(r"\d+")


def _baseline(case: dict[str, str]) -> None:
    """The floor: one trivial pattern over the same fields."""
    for text in case.values():
        for _ in _TRIVIAL.finditer(text):
            pass


def run() -> None:
    """Print precision/recall per kind on both sets, the clean block rate and throughput."""
    print_field_scores("field texts, working part", load_field_texts(FIELDS_FILE))
    print_field_scores("field texts, untouched part", load_field_texts(UNTOUCHED_FILE))
    for name, path in zip(("first", "second"), BLIND_FILES, strict=True):
        print_field_scores(f"blind set, {name} half", load_field_texts(path), show_wrong=False)
    for number, path in enumerate(LATER_BLIND_FILES, start=2):
        print_field_scores(f"blind set {number}", load_field_texts(path), show_wrong=False)
    eval_rows, holdout_rows = load_labelled(EVAL_FILE), load_labelled(HOLDOUT_FILE)
    _print_scores("evaluation set", eval_rows)
    _print_scores("held-out set", holdout_rows)
    cases = _cases([row.text for row in eval_rows + holdout_rows])
    scan_fields(cases[0])  # warm the caches before timing
    scan = _rate(scan_fields, cases)
    base = _rate(_baseline, cases)
    print(f"   text scan: {scan:,.0f} cases/s ({FIELDS_PER_CASE} fields per case)")
    print(f"   baseline (one trivial re pattern): {base:,.0f} cases/s")
    print(f"   ratio scan/baseline: {scan / base:.4f}")
    _gate_rate()


def _gate_rate() -> None:
    """The whole gate on the sample cases: every field, and every post for every platform.

    One pass over distinct cases after warming up on another one, so that no cache of
    measured or scanned text makes a repeated case look cheap.
    """
    from publisher.cases.files import CaseSource, discover
    from publisher.config import default_content
    from publisher.privacy.gate import case_findings
    from publisher.privacy.posts import published_fields

    specs = [i.spec for i in discover([default_content() / "cases"]) if isinstance(i, CaseSource)]
    case_findings(specs[0], today=TODAY)  # load the adapters and compile the patterns
    timed = specs[1:]
    start = time.perf_counter()
    for spec in timed:
        scan_fields(published_fields(spec), today=TODAY)
    fields = time.perf_counter() - start
    start = time.perf_counter()
    for spec in timed:
        case_findings(spec, today=TODAY)
    gate = time.perf_counter() - start
    print(
        f"   gate on {len(timed)} sample cases, once each: {1000 * gate / len(timed):.0f} ms a case "
        f"with every post of every installed platform, {1000 * fields / len(timed):.0f} ms "
        f"on the fields alone (ratio {gate / fields:.1f})"
    )
