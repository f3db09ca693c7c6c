"""Privacy text scan: precision and recall per kind on the labelled sets, and throughput.

Scoring is per text: a text labelled with a kind counts as found when the scan reports that kind
anywhere in it. "Clean" texts are those with no blocking kind in their labels; the clean block
rate is the share of them that the scan would keep out of the queue.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from publisher.privacy import BLOCKING_KINDS, KINDS, scan_fields, scan_text

DATA = Path(__file__).resolve().parent.parent / "data"
EVAL_FILE = DATA / "privacy_eval.jsonl"
HOLDOUT_FILE = DATA / "privacy_holdout.jsonl"
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
        found = {f.kind for f in scan_text(row.text, extra_identifiers=row.identifiers)}
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


def _cases(texts: Sequence[str]) -> list[dict[str, str]]:
    """Group texts into cases of eight fields, the shape of a real case."""
    names = [f"field{i}" for i in range(FIELDS_PER_CASE)]
    return [
        dict(zip(names, texts[i : i + FIELDS_PER_CASE], strict=False))
        for i in range(0, len(texts) - FIELDS_PER_CASE + 1, FIELDS_PER_CASE)
    ]


def _rate(
    work: Callable[[dict[str, str]], object], cases: list[dict[str, str]], seconds: float = 1.0
) -> float:
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
