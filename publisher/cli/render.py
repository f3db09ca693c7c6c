"""Every result the commands print, as text for a terminal (JSON is ``as_json``).

The library returns data; this module is the one place that turns it into sentences,
so the wording of the whole command line can be read (and changed) here.
"""

from __future__ import annotations

import json
import textwrap
from collections import Counter
from collections.abc import Mapping, Sequence
from datetime import date, datetime
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from publisher.cases.files import QUIZ_LETTERS
from publisher.schedule.explain import empty_day, empty_reason

if TYPE_CHECKING:
    from publisher.accounts.check import CheckResult
    from publisher.accounts.pauses import Paused, Resumed
    from publisher.cases.details import CaseSummary
    from publisher.cases.importing import ImportResult
    from publisher.cases.lifecycle import Placement, Relocated, Restored, Retired
    from publisher.cases.lint import LintReport
    from publisher.cases.review import Reviewed
    from publisher.dispatch.actions import Changed
    from publisher.dispatch.demo import DemoSetup
    from publisher.dispatch.events import Event
    from publisher.dispatch.rehearsal import Rehearsal
    from publisher.schedule.preview import Preview, PreviewPost
    from publisher.schedule.writing import Moved, PlanReport, Released
    from publisher.web.export import HtmlExport
    from publisher.web.ics import IcsExport
    from publisher.web.server import Listen


def as_json(data: Any) -> str:
    """Any result as JSON: dataclasses through their ``as_dict``, instants as ISO 8601."""

    def default(value: Any) -> Any:
        if hasattr(value, "as_dict"):
            return value.as_dict()
        return str(value)

    return json.dumps(data, indent=2, ensure_ascii=False, default=default)


# -- cases -----------------------------------------------------------------------------


def import_line(result: ImportResult) -> str:
    """One case of `cases import`, printed as soon as it is written."""
    detail = f": {result.reason}" if result.reason else f" ({result.where})"
    return f"{result.result:<10} {result.slug or '-'}{detail}"


def import_totals(results: Sequence[ImportResult]) -> str:
    counts = Counter(r.result for r in results)
    return ", ".join(f"{n} {k}" for k, n in counts.items()) or "no cases found"


def case_list(rows: Sequence[CaseSummary]) -> str:
    """`cases list`: a line per case, with what still waits for a reviewer."""
    lines = []
    for row in rows:
        quiz = " quiz" if row.quiz else ""
        waiting = [f"{row.blocking} blocking"] * bool(row.blocking)
        waiting += [f"{row.warnings} warning{'s' * (row.warnings != 1)}"] * bool(row.warnings)
        note = f"  [{', '.join(waiting)} to review]" if waiting else ""
        lines.append(f"{row.slug:<32} {row.section:<9} {row.status:<13}{quiz} {row.title}{note}")
    return _lines(lines)


def approved(results: Sequence[Reviewed]) -> str:
    return _lines(
        f"approved {r.slug} (by {r.by}, {r.at:%Y-%m-%d %H:%M} UTC)" for r in results if r.at
    )


def reviewed(result: Reviewed, action: str) -> str:
    """`cases waive` and `cases ack`: what was decided, and what is left."""
    lines = [
        f"{action} {f['kind']} {f['text']!r} in {f['field']} of {result.slug}"
        for f in result.findings
    ]
    lines.append(
        f"{result.blocking} blocking finding(s) and {result.warnings} warning(s) left; "
        f"status {result.status}"
    )
    return _lines(lines)


def lint_report(report: LintReport, sheet: str | None) -> str:
    """`cases lint`: every finding with its advice, and ready `redact` lines."""
    lines = [f"rejected: {reason}" for reason in report.rejected]
    for row in report.rows():
        lines.append(
            f"{row['slug']} #{row['number']} {row['severity']:<5} {row['kind']:<15} "
            f"{row['field']}: {row['text']!r}{_review_note(row)}\n    -> {row['suggestion']}"
        )
    for slug, n, boxes, whole in report.redactions():
        note = "" if whole else "  (add the image's own redact boxes, if any)"
        shown = ", ".join(f"[{', '.join(map(str, box))}]" for box in boxes)
        lines.append(f"{slug} images[{n}]: redact = [{shown}]{note}")
    count = len(report.rows())
    lines.append(f"{count} finding{'s' * (count != 1)} in {len(report.cases)} case(s)")
    if sheet is not None:
        lines.append(f"contact sheet: {sheet}")
    return _lines(lines)


def _review_note(row: Mapping[str, Any]) -> str:
    for label in ("waived", "acknowledged"):
        review = row.get(label)
        if isinstance(review, dict):
            return f"  [{label} by {review['by']}]"
    return ""


def case_details(d: Mapping[str, Any]) -> str:
    """`cases show`."""
    lines = [
        f"{d['slug']}: {d['title']}",
        f"  section {d['section']}, modality {d['modality']}, status {d['status']}",
        f"  source  {d['source']}",
        f"  history  {d['history']}",
        f"  question {d['question']}",
        f"  answer   {d['answer']}",
    ]
    if d["quiz"]:
        opts = " / ".join(f"{QUIZ_LETTERS[i]}) {o}" for i, o in enumerate(d["quiz"]["options"]))
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


def _counts_line(counts: dict[str, Any]) -> str:
    """'12 likes, 3 reposts, 2 replies, 400 views; poll 124/50/30/10 (1d, 2026-...)'."""
    if counts.get("gone"):
        return f"gone from the platform ({counts['label']}, {counts['taken_at']})"
    names = ("likes", "reposts", "replies", "quotes", "views")
    said = [f"{counts[n]} {n}" for n in names if counts.get(n) is not None]
    if counts.get("poll") is not None:
        said.append("poll " + "/".join(str(v) for v in counts["poll"]))
    return f"{', '.join(said) or 'no counts'} ({counts['label']}, {counts['taken_at']})"


# -- the schedule ----------------------------------------------------------------------


def plan_report(report: PlanReport) -> str:
    """`plan`: what it planned, kept, added, released, moved and left empty, what it could
    not render, what the embargo holds back, and how far the approved cases reach."""
    lines = [f"planned  {s.label()} {s.local:%H:%M %Z}: {slug}" for s, slug in report.planned]
    lines += [f"kept     {s.label()} {s.local:%H:%M %Z}: {slug}" for s, slug in report.kept]
    lines += [f"added    {a.slot} {a.case} -> {', '.join(a.accounts)}" for a in report.added]
    lines += [
        f"released {r.slot} {r.case}{_to(r.accounts)}: {released(r)}" for r in report.released
    ]
    lines += [f"moved    {m.slot} {m.case}: {moved(m)}" for m in report.moved]
    lines += [f"empty    {a.slot.label()}: {empty_day(a)}" for a in report.empty]
    lines += [f"problem  {reason}" for reason in report.problems]
    lines += [f"held     {reason}" for reason in report.held]
    if report.coverage is not None:
        lines += coverage_lines(report.coverage.as_dict())
    summary = (
        f"{len(report.planned)} slots planned, {len(report.kept)} kept, "
        f"{len(report.empty)} empty; {report.posts_created} posts created"
    )
    if report.released or report.moved:
        summary += f"; {len(report.released)} released, {len(report.moved)} moved"
    if report.dry_run:
        summary = f"dry run, nothing written: {summary}"
    lines.append(summary)
    return _lines(lines)


_RELEASED = {
    "blackout": "a blackout day",
    "account_removed": "no longer in the config",
    "account_left_theme": "no longer among the theme's accounts",
    "case_withdrawn": "the case was retired",
    "case_unapproved": "the case is {detail}, no longer approved",
    "theme_moved": "the theme moved to {weekday}",
    "theme_removed": "the theme is no longer in the config",
    "time_passed": "the theme's new time that day, {detail}, has passed",
    "section": "the theme no longer takes {detail} cases",
    "no_quiz": "the theme is a quiz day and the case has no [quiz]",
    "embargo": "the privacy embargo holds the case until {detail}",
    "cancelled": "its posts were cancelled",
    "moved_by_hand": "moved to {detail}",
}


def _to(accounts: Sequence[str]) -> str:
    return f" -> {', '.join(accounts)}" if accounts else ""


def released(r: Released) -> str:
    """Why a case (or an account's posts of it) left its slot, as a sentence."""
    text = _RELEASED.get(str(r.reason), str(r.reason))
    return text.format(detail=r.detail, weekday=r.detail.capitalize())


def moved(m: Moved) -> str:
    zone = ZoneInfo(m.zone)
    text = f"{m.before.astimezone(zone):%a %H:%M %Z} -> {m.after.astimezone(zone):%a %H:%M %Z}"
    if m.answer_after is not None and m.answer_before != m.answer_after:
        before = m.answer_before.astimezone(zone) if m.answer_before else None
        text += f"; answer {f'{before:%a %H:%M} -> ' if before else ''}"
        text += f"{m.answer_after.astimezone(zone):%a %H:%M %Z}"
    return text


def coverage_lines(found: Mapping[str, Any]) -> list[str]:
    """How many weeks each theme can fill, and the approved cases no theme draws from
    (``Coverage.as_dict()``)."""
    lines = []
    for r in found["runway"]:
        if r["full"]:
            lines.append(f"runway   {r['hashtag']}: {r['weeks']}+ weeks")
            continue
        weeks = f"{r['weeks']} week{'s' * (r['weeks'] != 1)}"
        reason = ""
        if r["first_empty"]:
            why = r["empty"] or {"reason": "no_case", "cases": 0, "until": None}
            text = empty_reason(r["sections"], r["quiz"], str(why["reason"]), why["cases"],
                                why["until"])  # fmt: skip
            reason = (
                f", then {date.fromisoformat(str(r['first_empty'])):%a %Y-%m-%d} is empty: {text}"
            )
        lines.append(f"runway   {r['hashtag']}: {weeks}{reason}")
    for u in found["undrawn"]:
        count = f"{len(u['slugs'])} approved {u['section']} case{'s' * (len(u['slugs']) != 1)}"
        lines.append(f"unplanned {count} ({', '.join(u['slugs'])}): {_UNDRAWN[str(u['reason'])]}")
    return lines


_UNDRAWN = {
    "no_theme": "no theme draws from this section",
    "needs_quiz": "only a quiz day takes the section, and they have no [quiz]",
    "kept_for_quiz": "they have a [quiz], kept for a quiz day that does not take the section",
}


def plan_json(report: PlanReport) -> dict[str, object]:
    def slots(items: Sequence[tuple[Any, str]]) -> list[dict[str, str]]:
        return [{"slot": s.label(), "at": s.local.isoformat(), "case": slug} for s, slug in items]

    return {
        "dry_run": report.dry_run,
        "planned": slots(report.planned), "kept": slots(report.kept),
        "added": [a.as_dict() for a in report.added],
        "released": [{**r.as_dict(), "why": released(r)} for r in report.released],
        "moved": [m.as_dict() for m in report.moved],
        "empty": [
            {"slot": a.slot.label(), "at": a.slot.local.isoformat(),
             "reason": str(a.empty.reason) if a.empty else "no_case", "why": empty_day(a)}
            for a in report.empty
        ],
        "problems": report.problems, "held": report.held,
        "coverage": report.coverage.as_dict() if report.coverage else None,
        "posts_created": report.posts_created,
    }  # fmt: skip


def preview(result: Preview) -> str:
    """`preview`: every post of the days as it will be sent, then what is held back."""
    if result.posts:
        text = preview_posts(result.posts)
    else:
        text = (
            f"nothing planned for {result.first} to {result.last}; "
            "`publisher plan` fills the days\n"
        )
    return text + _lines(f"held back: {line}" for line in result.held)


def preview_posts(posts: Sequence[PreviewPost]) -> str:
    """One block per post, the text quoted as sent."""
    lines: list[str] = []
    for post in posts:
        lines.extend(_block(post))
        lines.append("")
    return "\n".join(lines).rstrip() + "\n" if lines else ""


def _block(post: PreviewPost) -> list[str]:
    when = datetime.fromisoformat(post.scheduled_at).astimezone(ZoneInfo(post.timezone))
    part = f" {post.part}/{post.parts}" if post.parts > 1 else ""
    over = "" if post.fits else "  TOO LONG"
    measure = f"{post.length}/{post.limit}{over}"
    if not post.configured:
        measure = "account no longer in the config: `publisher plan` releases it"
    head = (
        f"{when:%a %Y-%m-%d %H:%M %Z}  {post.hashtag}  {post.case}  -> {post.account}"
        f"  [{post.kind}{part}, #{post.id}, {measure}]"
    )
    lines = [head]
    if post.reply_to:
        lines.append(f"  in reply to #{post.reply_to}")
    if post.spoiler:
        lines.append(f"  spoiler: {post.spoiler}")
    lines.extend("  | " + line for line in post.text.splitlines())
    for n, image in enumerate(post.images, start=1):
        size = f"{image.width}x{image.height} {image.format}, {image.bytes / 1000:.1f} kB"
        if image.fit:
            size += f", {image.fit}"
        if image.spoiler:
            size += ", blurred until tapped where the platform can"
        alt = textwrap.shorten(image.alt, 100, placeholder="...")
        lines.append(f"  image {n}: {size}; alt: {alt}")
    if post.poll:
        lines.append(f"  poll: {' / '.join(post.poll['options'])}")
        if post.poll.get("correct") is not None:  # a native quiz
            correct = post.poll["options"][post.poll["correct"]]
            lines.append(f"  quiz: correct {correct}; explanation: {post.poll['explanation']}")
    if post.tally:
        lines.append("  tally: the … are the poll's numbers, read as the answer goes out")
    if post.state != "pending":
        lines.append(f"  state: {post.state}" + (f" {post.url}" if post.url else ""))
    return lines


def demo_setup(setup: DemoSetup, folder: str) -> str:
    lines = [
        f"demo folder: {folder}",
        f"imported {len(setup.imported)} sample cases; approved {len(setup.approved)}",
        "image checks on: burned-in text and faces"
        if setup.image_checks
        else "image checks OFF (burned-in text, faces): pip install 'publisher[ocr]'",
    ]
    lines += [f"{r.result} {r.slug}: {r.reason}" for r in setup.imported if r.reason]
    return _lines(lines) + plan_report(setup.plan)


def demo_event(event: Event, zone: str) -> str:
    """One event of the demo's simulated run, in the schedule's zone, with what was sent."""
    when = event.at.astimezone(ZoneInfo(zone))
    part = f" {event.part}/{event.parts}" if event.parts > 1 else ""
    head = f"{when:%a %Y-%m-%d %H:%M %Z}  {event.state:<7} {event.kind}{part}  {event.case}"
    lines = [head + (f"  ({event.error})" if event.error else "")]
    if event.state == "sent":
        lines += [f"    | {line}" for line in event.text.splitlines()]
        lines.append(f"    -> {event.url}")
    return _lines(lines)


# -- the web view ----------------------------------------------------------------------


def serving(listen: Listen) -> str:
    """`serve`: where to open it, and whether it asks for the password."""
    reach = "this machine only" if listen.loopback else "the network: the password is asked"
    return f"serving {listen.url} ({reach}); Ctrl-C stops it"


def html_export(done: HtmlExport) -> str:
    entries = done.term.entries
    planned = sum(1 for e in entries if e.case)
    return (
        f"wrote {done.folder}/index.html: {done.term.first} to {done.term.last}, "
        f"{planned} of {len(entries)} theme days planned; {_count(done.pages, 'day page')}, "
        f"{_count(done.images, 'image')}"
    )


def ics_export(done: IcsExport) -> str:
    return f"wrote {done.path}: {_count(done.events, 'event')}"


def _count(n: int, thing: str) -> str:
    return f"{n} {thing}{'s' * (n != 1)}"


def rehearsal_event(event: Event, zone: str) -> str:
    """One post of a rehearsal, as it would go out, with its account."""
    return demo_event(event, zone).replace(
        f"  {event.case}", f"  {event.case} -> {event.account}", 1
    )


def rehearsal(result: Rehearsal) -> str:
    """`rehearse`: where each account's posts went; the real database untouched."""
    lines = [
        f"{result.sent.get(name, 0)} post(s) for {name} in {result.folder / name}"
        for name in sorted({e.account for e in result.events} | set(result.sent))
    ]
    if not lines:
        lines.append(f"nothing goes out before {result.until:%Y-%m-%d %H:%M} UTC")
    lines.append("the real database was only read; nothing left the machine")
    return _lines(lines)


# -- operating -------------------------------------------------------------------------


def status(d: Mapping[str, Any]) -> str:
    """`status`: the queue at a glance, what needs a person, and how the coming days look;
    times in the schedule's zone."""
    zone = ZoneInfo(d.get("timezone") or "UTC")
    c = d["counts"]
    tick = _local(d["last_tick"], zone) if d["last_tick"] else "never"
    lines = [
        f"last scheduler tick: {tick}",
        f"backlog: {d['backlog']} waiting ({c['pending']} pending, {c['retry_wait']} retrying)",
        f"sent {c['sent']}, failed {c['failed']}, missed {c['missed']}, unknown {c['unknown']}, "
        f"cancelled {c['cancelled']}, in flight {c['claimed'] + c['sending']}",
    ]
    lines += [f"OVERDUE {_post_ref(p)}: {_why_overdue(p, d)}" for p in d["overdue"]]
    lines += [f"FAILED  {_post_ref(p)}: {p['last_error']}" for p in d.get("failed", [])]
    lines += [
        f"UNKNOWN {_post_ref(p)}: {p['last_error']}; "
        f"say what happened: `publisher posts resolve {p['id']}`"
        for p in d.get("unknown", [])
    ]
    lines += [_paused_line(a, zone) for a in d["paused_accounts"]]
    lines += [
        f"TOKEN   {t['account']} {'expired' if t['expired'] else 'expires'} "
        f"{_local(t['expires_at'], zone)}: "
        f"renew it, then run `publisher accounts check {t['account']}`"
        for t in d.get("expiring_tokens", [])
    ]
    lines += [f"next    {_post_ref(p)} at {_local(p['scheduled_at'], zone)}" for p in d["next"]]
    lines += [
        f"answer pending for prompt #{p['prompt']} ({p['case']} -> {p['account']}): "
        f"{p['last_error']}"
        for p in d["answer_pending"]
    ]
    lines += _schedule_lines(d)
    return _lines(lines)


def _schedule_lines(d: Mapping[str, Any]) -> list[str]:
    """The coming days of `status`: empty ones and why, unplanned ones, the runway."""
    lines = [
        f"EMPTY   {day['slot']}: "
        + empty_reason(day["sections"], day["quiz"], day["reason"], day["cases"], day["until"])
        for day in d.get("empty_days", [])
    ]
    if d.get("unplanned_days"):
        n = d["unplanned_days"]
        days = f"{n} day{'s' * (n != 1)}"
        lines.append(
            f"{days} of the next two weeks could be filled and {'is' if n == 1 else 'are'} "
            "not planned yet: run `publisher plan`"
        )
    if d.get("coverage"):
        lines += coverage_lines(d["coverage"])
    return lines


def _post_ref(p: Mapping[str, Any]) -> str:
    part = f" {p['part']}/{p['parts']}" if p["parts"] > 1 else ""
    return f"#{p['id']} {p['kind']}{part} {p['case']} -> {p['account']}"


def _paused_line(a: Mapping[str, Any], zone: ZoneInfo) -> str:
    until = f"until {_local(a['until'], zone)}" if a["until"] else "until resumed"
    if a["by_operator"]:
        return f"paused  {a['account']} {until} (by an operator)"
    return f"PAUSED  {a['account']} {until}: {a['reason']}"


def _local(iso: str, zone: ZoneInfo) -> str:
    return f"{datetime.fromisoformat(iso).astimezone(zone):%a %Y-%m-%d %H:%M %Z}"


def _why_overdue(post: Mapping[str, Any], status: Mapping[str, Any]) -> str:
    from publisher.dispatch.events import human_delay

    ago = human_delay(datetime.fromisoformat(status["now"]) - datetime.fromisoformat(post["since"]))
    if post["reason"] == "lease_expired":
        return f"left sending by {post['claimed_by']}, whose lease ran out {ago} ago"
    if post["reason"] == "retry_due":
        return f"its retry was due {ago} ago (last error: {post['last_error']})"
    if post["state"] == "claimed":
        return f"claimed by {post['claimed_by']} but not sent, due {ago} ago"
    return f"due {ago} ago and not sent"


def post_list(rows: Sequence[Mapping[str, Any]]) -> str:
    lines = []
    for r in rows:
        part = f" {r['part']}/{r['parts']}" if r["parts"] > 1 else ""
        tail = r["remote_url"] or r["last_error"] or ""
        lines.append(
            f"#{r['id']:<5} {r['scheduled_at'][:16]} {r['state']:<10} {r['kind']}{part:<5} "
            f"{r['case']} -> {r['account']}  {tail}"
        )
    return _lines(lines)


def changed(result: Changed, action: str) -> str:
    """`posts retry`, `cancel` and `resolve`."""
    if action == "retry":
        when = ""
        if result.at is not None:
            local = result.at.astimezone(ZoneInfo(result.zone or "UTC"))
            when = f", at its planned time {local:%a %Y-%m-%d %H:%M %Z}"
        return f"queued again: {result.count} post(s){when}\n"
    if action == "cancel":
        more = result.count - 1
        freed = f"; {result.freed} is free for `publisher plan` to refill" if result.freed else ""
        return (
            f"cancelled #{result.post_id}"
            + (f" and {more} post(s) after it" if more else "")
            + freed
            + "\n"
        )
    if result.state == "sent":
        return f"#{result.post_id} marked sent\n"
    return f"#{result.post_id} queued to be sent again\n"


def account_checks(results: Sequence[CheckResult]) -> str:
    return _lines(f"{r.account:<20} {'OK' if r.ok else 'FAILED':<7} {r.detail}" for r in results)


def resumed(result: Resumed) -> str:
    if not result.was_paused:
        return f"{result.account} was not paused\n"
    return f"{result.account} resumed (it was paused: {result.reason})\n"


def paused(result: Paused, zone: str) -> str:
    """`accounts pause`."""
    until = "until `publisher accounts resume`"
    if result.until is not None:
        until = f"until {result.until.astimezone(ZoneInfo(zone)):%a %Y-%m-%d %H:%M %Z}"
    before = f" (it was already paused: {result.reason})" if result.was_paused else ""
    return f"{result.account} paused {until}{before}\n"


# -- a case's place in the queue -------------------------------------------------------------


def retired(result: Retired) -> str:
    """`cases retire`: the days it left and what became of its posts."""
    if result.was_retired:
        return f"{result.slug} was already retired\n"
    lines = [f"retired {result.slug}: it is never planned again"]
    lines += [
        f"released {_placed(p)} -> {', '.join(p.accounts)}: free for `publisher plan` to refill"
        for p in result.released
    ]
    if result.cancelled:
        lines.append(f"cancelled {result.cancelled} post(s) still waiting in threads begun")
    if result.sent:
        lines.append(f"{result.sent} post(s) already sent stay in the history")
    return _lines(lines)


def restored(result: Restored) -> str:
    if not result.was_retired:
        return f"{result.slug} was not retired (it is {result.status})\n"
    if result.status == "approved":
        return f"restored {result.slug}: approved; `publisher plan` places it again\n"
    return f"restored {result.slug}: {result.status}; it needs approving before it is planned\n"


def relocated(results: Sequence[Relocated]) -> str:
    """`cases move` and `cases swap`: each case, from where to where."""
    lines = []
    for r in results:
        before = f"from {_placed(r.before)} " if r.before else ""
        lines.append(
            f"moved {r.slug} {before}to {_placed(r.after)} -> {', '.join(r.after.accounts)}; "
            f"{r.posts} post(s) rendered for the new day"
        )
    return _lines(lines)


def _placed(p: Placement) -> str:
    hashtag = p.slot.split(" ", 2)[-1]
    return f"{p.at.astimezone(ZoneInfo(p.zone)):%a %Y-%m-%d %H:%M %Z} {hashtag}"


def adapters(rows: Sequence[Mapping[str, Any]]) -> str:
    """`adapters`: each installed platform with what it can do."""
    lines = []
    for r in rows:
        flags = [f for f in ("spoiler", "polls", "replies", "idempotency") if r[f]]
        flags += _community_flags(r)
        note = "" if r["installed"] else f"  (needs: pip install 'publisher[{r['extra']}]')"
        lines.append(
            f"{r['name']:<10} {r['title']:<18} {r['text_limit']} {r['counting']}, "
            f"{r['images_per_post']} images of {r['image_max_bytes'] // 1000} kB, "
            f"{', '.join(flags)}{note}"
        )
    return _lines(lines)


def _community_flags(row: Mapping[str, Any]) -> list[str]:
    """What the community platforms add: a title, a caption limit, spoiler markup, quizzes."""
    flags = []
    if row.get("title_limit"):
        flags.append(f"title {row['title_limit']}")
    if row.get("caption_limit"):
        flags.append(f"caption {row['caption_limit']}")
    if row.get("spoiler_markup"):
        flags.append("spoiler " + "...".join(row["spoiler_markup"]))
    if row.get("quiz"):
        flags.append("quiz")
    if row.get("hashtags") is False:
        flags.append("no hashtags")
    return flags


def settings(data: Mapping[str, Any]) -> str:
    """`config check`."""
    lines = [f"config: {data['source']}", f"database: {data['database']['url']}"]
    sched = data["schedule"]
    blackout = ", ".join(_blackout(b) for b in sched["blackout"]) or "none"
    lines.append(
        f"schedule: timezone {sched['timezone']}, misfire grace {sched['misfire_grace']}, "
        f"blackout {blackout}"
    )
    lines.append(f"privacy: embargo {data['privacy']['embargo_days']} days")
    if data.get("media"):
        media = data["media"]
        lines.append(
            f"media: bucket {media['bucket']} at {media['endpoint_url'] or 'AWS S3'}, "
            f"{media['urls']} URLs, kept {media['keep']}"
        )
    lines.append(f"state folder: {data['state_dir']}")
    lines.append("accounts:")
    for name, options in data["accounts"].items():
        shown = ", ".join(f"{k} = {v}" for k, v in options.items() if k != "adapter")
        lines.append(f"  {name} ({options['adapter']}){': ' + shown if shown else ''}")
    lines.append("themes:")
    for t in data["themes"]:
        accounts = ", ".join(t.get("accounts") or ["every account"])
        sections = ", ".join(t["sections"]) or "any section"
        quiz = ", quiz" if t["quiz"] else ""
        zone = t.get("timezone") or data["schedule"]["timezone"]
        lines.append(
            f"  {t['weekday']:<9} {t['hashtag']:<16} {t['time']} {zone}, {sections}{quiz}, "
            f"answer after {t['answer_after']} -> {accounts}"
        )
    for problem in data["problems"]:
        lines.append(f"problem: {problem}")
    lines.append("OK" if not data["problems"] else f"{len(data['problems'])} problem(s)")
    return "\n".join(lines) + "\n"


def _blackout(entry: Any) -> str:
    """One blackout entry of `config check`: its dates, and whom it is for."""
    if not isinstance(entry, Mapping):
        return str(entry)
    whom = [
        *(f"{t}" for t in _names(entry.get("theme"))),
        *(f"account {a}" for a in _names(entry.get("account"))),
    ]
    return f"{entry.get('dates')} ({', '.join(whom)})" if whom else str(entry.get("dates"))


def _names(value: Any) -> list[str]:
    return [value] if isinstance(value, str) else list(value or [])


def _lines(lines: Any) -> str:
    text = "\n".join(lines)
    return text + "\n" if text else ""
