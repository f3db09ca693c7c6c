"""What `cases show` tells about one case: fields, images, review trail, posts."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from publisher.store.cases import WAIVE, get_case, reviewed
from publisher.store.metrics import latest_counts
from publisher.store.models import Post


def case_details(session: Session, slug: str) -> dict[str, Any]:
    case = get_case(session, slug)
    posts = session.scalars(select(Post).where(Post.case_id == case.id).order_by(Post.id)).all()
    counts = latest_counts(session, [p.id for p in posts])
    return {
        "slug": case.slug,
        "title": case.title,
        "section": case.section,
        "modality": case.modality,
        "status": case.status,
        "history": case.history,
        "question": case.question,
        "answer": case.answer,
        "explanation": case.explanation,
        "teaching_points": case.teaching_points,
        "references": case.references,
        "hashtags": case.hashtags,
        "credit": case.credit,
        "quiz": case.quiz,
        "publish_on": case.publish_on.isoformat() if case.publish_on else None,
        "overrides": case.overrides,
        "source": case.source,
        "images": [
            {
                "file": im.source_name,
                "alt": im.alt,
                "format": im.blob.format,
                "width": im.blob.width,
                "height": im.blob.height,
                "bytes": im.blob.size,
                "sha256": im.blob_sha256,
            }
            for im in case.images
        ],
        "findings": _findings(case),
        "reviews": [
            {
                "action": r.action,
                "by": r.by,
                "at": r.at.isoformat(),
                "reason": r.reason,
                "finding": r.finding,
                "current": r.content_hash == case.content_hash,
            }
            for r in case.reviews
        ],
        "posts": [
            {
                "id": p.id,
                "account": p.account.name,
                "kind": p.kind,
                "part": p.part,
                "state": p.state,
                "scheduled_at": p.scheduled_at.isoformat(),
                "remote_url": p.remote_url,
                "counts": counts.get(p.id),  # the latest snapshot, if any was taken
            }
            for p in posts
        ],
    }


def _counts_line(counts: dict[str, Any]) -> str:
    """'12 likes, 3 reposts, 2 replies, 400 views; poll 124/50/30/10 (1d, 2026-...)'."""
    if counts.get("gone"):
        return f"gone from the platform ({counts['label']}, {counts['taken_at']})"
    names = ("likes", "reposts", "replies", "quotes", "views")
    said = [f"{counts[n]} {n}" for n in names if counts.get(n) is not None]
    if counts.get("poll") is not None:
        said.append("poll " + "/".join(str(v) for v in counts["poll"]))
    return f"{', '.join(said) or 'no counts'} ({counts['label']}, {counts['taken_at']})"


def _findings(case: Any) -> list[dict[str, Any]]:
    """The privacy findings, numbered as `cases lint` numbers them, each with its review."""
    done = reviewed(case)
    rows = []
    for number, finding in enumerate(case.findings, start=1):
        review = done.get(finding["key"])
        state = "open"
        if review is not None:
            state = "waived" if review.action == WAIVE else "acknowledged"
        rows.append(
            {
                "number": number,
                "field": finding["field"],
                "kind": finding["kind"],
                "severity": finding["severity"],
                "text": finding["text"],
                "state": state,
                "by": review.by if review else None,
            }
        )
    return rows


def render_details(d: dict[str, Any]) -> str:
    lines = [
        f"{d['slug']}: {d['title']}",
        f"  section {d['section']}, modality {d['modality']}, status {d['status']}",
        f"  source  {d['source']}",
        f"  history  {d['history']}",
        f"  question {d['question']}",
        f"  answer   {d['answer']}",
    ]
    if d["quiz"]:
        opts = " / ".join(f"{'ABCD'[i]}) {o}" for i, o in enumerate(d["quiz"]["options"]))
        lines.append(f"  quiz     {opts} (correct: {d['quiz']['correct']})")
    for n, im in enumerate(d["images"], start=1):
        lines.append(f"  image {n}  {im['file']}: {im['width']}x{im['height']} {im['format']}")
        lines.append(f"           alt: {im['alt']}")
    lines.append("  privacy findings:" if d["findings"] else "  privacy findings: none")
    for f in d["findings"]:
        by = f" by {f['by']}" if f["by"] else ""
        lines.append(
            f"    #{f['number']} {f['severity']} {f['kind']} {f['text']!r} in {f['field']}: "
            f"{f['state']}{by}"
        )
    lines.append("  reviews:" if d["reviews"] else "  reviews: none")
    for r in d["reviews"]:
        stale = "" if r["current"] else " (of an earlier version)"
        extra = f" {r['finding']}: {r['reason']}" if r["finding"] else ""
        lines.append(f"    {r['at']} {r['action']} by {r['by']}{extra}{stale}")
    lines.append("  posts:" if d["posts"] else "  posts: none planned")
    for p in d["posts"]:
        url = f" {p['remote_url']}" if p["remote_url"] else ""
        lines.append(
            f"    #{p['id']} {p['account']} {p['kind']} {p['part']} {p['state']} "
            f"{p['scheduled_at']}{url}"
        )
        if p.get("counts"):
            lines.append(f"           {_counts_line(p['counts'])}")
    return "\n".join(lines) + "\n"
