"""`plan`: the planner's choices written as slots and fully rendered posts.

Posts are rendered here, once, with the formatter and the per-platform image
fitting; preview shows the stored posts and dispatch sends them, so what the
preview shows is byte for byte what goes out.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from publisher.accounts.sync import account_capabilities, sync_accounts, tally_templates
from publisher.adapters.base import Capabilities, Poll
from publisher.cases.files import QUIZ_LETTERS
from publisher.config import Settings
from publisher.dispatch.states import PostKind
from publisher.privacy import embargo_ends
from publisher.render.posts import (
    CaseText,
    FormattingError,
    ImageRef,
    Part,
    Rendered,
    render_case,
)
from publisher.schedule.planner import Assignment, Candidate, SlotTime, assign, slot_times
from publisher.schedule.themes import Theme
from publisher.store import Store
from publisher.store.cases import SENT_STATES, store_blob
from publisher.store.models import Account, Blob, Case, CaseStatus, Post, PostState, Slot


@dataclass
class PlanReport:
    planned: list[tuple[SlotTime, str]] = field(default_factory=list)  # new this run
    kept: list[tuple[SlotTime, str]] = field(default_factory=list)
    empty: list[str] = field(default_factory=list)  # "Thu 2026-12-10 #ThoraxThursday: no ..."
    released: list[str] = field(default_factory=list)  # cases taken out (no longer approved)
    problems: list[str] = field(default_factory=list)  # posts that could not be rendered
    held: list[str] = field(default_factory=list)  # approved cases the embargo keeps back
    posts_created: int = 0


def plan(store: Store, settings: Settings, *, now: datetime, weeks: int) -> PlanReport:
    """Fill the coming ``weeks`` weeks; running it again changes nothing."""
    themes = {t.key: t for t in settings.themes}
    slots = slot_times(
        settings.themes,
        start=now,
        weeks=weeks,
        default_zone=settings.schedule.timezone,
        blackout=settings.schedule.blackout,
        accounts_of={t.key: settings.theme_accounts(t) for t in settings.themes},
    )
    report = PlanReport()
    with store.session() as session:
        accounts = sync_accounts(session, settings, now=now)
        existing = _future_slots(session, now)
        report.released = _release_unapproved(session, existing)
        taken = {key: s.case_id for key, s in existing.items() if s.case_id is not None}
        candidates = load_candidates(session, settings.privacy.embargo_days)
        capabilities = {name: account_capabilities(settings, row) for name, row in accounts.items()}
        writer = _Writer(session, accounts, capabilities, now, tallies=tally_templates(settings))
        for choice in assign(slots, candidates, taken):
            _record(choice, existing, writer, report, themes)
        report.posts_created = writer.created
        report.held = held_back(session, settings, until=slots[-1].local_date if slots else None)
    return report


def rerender_off_day(
    session: Session, settings: Settings, prompt: Post, *, at: datetime, now: datetime
) -> None:
    """A prompt caught up on another day than its slot's: its unsent thread and answer
    are rendered again without the day's hashtag (a #MSKMonday post on a Thursday
    would tell readers the wrong day), and the prompt moved to ``at``."""
    slot, case, account = prompt.slot, prompt.case, prompt.account
    theme = next((t for t in settings.themes if t.key == slot.theme), None)
    if theme is None or account.name not in settings.accounts:
        prompt.scheduled_at, prompt.updated_at = at, now
        return
    capabilities = account_capabilities(settings, account)
    writer = _Writer(
        session, {account.name: account}, {account.name: capabilities}, now,
        tallies=tally_templates(settings),
    )  # fmt: skip
    try:
        rendered = writer.render(case, theme, capabilities, account, hashtag="")
    except FormattingError:
        prompt.scheduled_at, prompt.updated_at = at, now  # keep the text that fitted
        return
    old = [p for p in slot.posts if p.case_id == case.id and p.account_id == account.id]
    for post in old:
        slot.posts.remove(post)
        session.delete(post)
    session.flush()
    answer_at = theme.answer_rule.answer_time(at, ZoneInfo(slot.timezone))
    writer.add_thread(slot, case, account, rendered, at, answer_at)


def held_back(session: Session, settings: Settings, *, until: date | None) -> list[str]:
    """Approved, unplanned cases that the privacy embargo keeps out until after ``until``."""
    if until is None:
        return []
    planned = select(Slot.case_id).where(Slot.case_id.is_not(None))
    query = (
        select(Case.slug, Case.study_month)
        .where(Case.status == CaseStatus.APPROVED, Case.study_month.is_not(None))
        .where(Case.id.not_in(planned))
        .order_by(Case.slug)
    )
    days = settings.privacy.embargo_days
    out = []
    for slug, month in session.execute(query):
        ends = embargo_ends(str(month), days)
        if ends > until:
            out.append(
                f"{slug}: held back by the privacy embargo until {ends} "
                f"(study month {month} + {days} days)"
            )
    return out


def _record(
    choice: Assignment,
    existing: Mapping[tuple[str, date], Slot],
    writer: _Writer,
    report: PlanReport,
    themes: Mapping[str, Theme],
) -> None:
    if choice.case_id is None:
        report.empty.append(choice.reason)
        return
    old = existing.get(choice.slot.key)
    is_new = old is None or old.case_id != choice.case_id
    slot = writer.slot(choice.slot, choice.case_id, old)
    assert slot.case is not None
    (report.planned if is_new else report.kept).append((choice.slot, slot.case.slug))
    report.problems += writer.posts(slot, slot.case, themes[choice.slot.theme.key], choice.slot)


def _future_slots(session: Session, now: datetime) -> dict[tuple[str, date], Slot]:
    query = (
        select(Slot)
        .where(Slot.scheduled_at > now)
        .options(selectinload(Slot.posts), selectinload(Slot.case))
    )
    return {(s.theme, s.local_date): s for s in session.scalars(query)}


def _release_unapproved(session: Session, slots: Mapping[tuple[str, date], Slot]) -> list[str]:
    """Take unapproved cases out of future slots that have not started sending."""
    released = []
    for slot in slots.values():
        case = slot.case
        if case is None or case.status == CaseStatus.APPROVED:
            continue
        if any(post.state in SENT_STATES for post in slot.posts):
            continue
        for post in list(slot.posts):
            if post.state == PostState.PENDING:
                slot.posts.remove(post)
                session.delete(post)
        released.append(
            f"{slot.local_date:%a %Y-%m-%d} {slot.hashtag}: {case.slug} is {case.status}"
        )
        slot.case_id = None
        slot.case = None
    return released


def load_candidates(session: Session, embargo_days: int) -> list[Candidate]:
    """Approved cases as the planner sees them: age, section, quiz, pin, embargo, accounts had."""
    used: dict[int, set[str]] = {}
    rows = session.execute(
        select(Post.case_id, Account.name)
        .join(Account, Post.account_id == Account.id)
        .where(Post.state != PostState.CANCELLED, Post.kind == PostKind.PROMPT)
        .distinct()
    )
    for case_id, account in rows:
        used.setdefault(case_id, set()).add(account)
    query = select(
        Case.id, Case.slug, Case.section, Case.quiz, Case.created_at, Case.publish_on,
        Case.study_month,
    ).where(Case.status == CaseStatus.APPROVED)  # fmt: skip
    return [
        Candidate(
            case_id=row.id,
            slug=row.slug,
            section=row.section,
            has_quiz=row.quiz is not None,
            order=(row.created_at, row.id),
            publish_on=row.publish_on,
            not_before=embargo_ends(row.study_month, embargo_days) if row.study_month else None,
            used_by=frozenset(used.get(row.id, ())),
        )
        for row in session.execute(query)
    ]


class _Writer:
    """Creates slot rows and their rendered posts; knows nothing about choosing."""

    def __init__(
        self,
        session: Session,
        accounts: Mapping[str, Account],
        capabilities: Mapping[str, Capabilities],
        now: datetime,
        *,
        tallies: Mapping[str, str] | None = None,
    ) -> None:
        self.session = session
        self.accounts = accounts
        self.capabilities = capabilities
        self.now = now
        self.tallies = tallies or {}
        self.created = 0
        self._fitted: dict[tuple[str, Capabilities], ImageRef] = {}

    def slot(self, when: SlotTime, case_id: int, slot: Slot | None) -> Slot:
        if slot is None:
            slot = Slot(
                theme=when.theme.key,
                hashtag=when.theme.hashtag,
                local_date=when.local_date,
                timezone=str(when.zone.key),
                scheduled_at=when.at,
                created_at=self.now,
            )
            self.session.add(slot)
        if slot.case_id != case_id:
            slot.case = self.session.get(Case, case_id)
            self.session.flush()
        return slot

    def posts(self, slot: Slot, case: Case, theme: Theme, when: SlotTime) -> list[str]:
        """Render the case for every account of the slot that has no posts yet."""
        have = {p.account_id for p in slot.posts if p.case_id == case.id}
        problems = []
        for name in when.accounts:
            account = self.accounts[name]
            if account.id in have:
                continue
            capabilities = self.capabilities[name]
            try:
                rendered = self.render(case, theme, capabilities, account, hashtag=theme.hashtag)
            except FormattingError as exc:
                problems.append(f"{when.label()} {case.slug} -> {name}: {exc.message}")
                continue
            answer_at = theme.answer_rule.answer_time(when.at, when.zone)
            self.add_thread(slot, case, account, rendered, when.at, answer_at)
        return problems

    def render(
        self,
        case: Case,
        theme: Theme,
        capabilities: Capabilities,
        account: Account,
        *,
        hashtag: str,
    ) -> Rendered:
        text = self._case_text(case, capabilities)
        return render_case(
            text, hashtag=hashtag, quiz=theme.quiz, capabilities=capabilities,
            platform=account.adapter, tally=self.tallies.get(account.name),
        )  # fmt: skip

    def add_thread(
        self,
        slot: Slot,
        case: Case,
        account: Account,
        rendered: Rendered,
        at: datetime,
        answer_at: datetime,
    ) -> None:
        prompts = self._add(slot, case, account, PostKind.PROMPT, rendered.prompt, at, None)
        answers = self._add(
            slot, case, account, PostKind.ANSWER, rendered.answer, answer_at, prompts[-1]
        )
        if rendered.tally is not None:
            # The part that holds the placeholder gains the tally as it goes out.
            holder = next((p for p in answers if rendered.tally.line in p.text), None)
            if holder is not None:
                holder.tally = rendered.tally.as_json()

    def _case_text(self, case: Case, capabilities: Capabilities) -> CaseText:
        quiz = case.quiz or {}
        return CaseText(
            slug=case.slug,
            title=case.title,
            history=case.history,
            question=case.question,
            answer=case.answer,
            explanation=case.explanation,
            teaching_points=tuple(case.teaching_points),
            references=tuple(case.references),
            hashtags=tuple(case.hashtags),
            credit=case.credit,
            quiz_options=tuple(quiz.get("options", ())),
            quiz_correct=QUIZ_LETTERS.index(quiz["correct"]) if quiz else None,
            images=tuple(
                replace(self._fit(image.blob, image.alt, capabilities), spoiler=case.spoiler_images)
                for image in case.images
            ),
            overrides=case.overrides,
        )

    def _fit(self, blob: Blob, alt: str, capabilities: Capabilities) -> ImageRef:
        """The image as this platform gets it; stored once per distinct result."""
        from publisher.images.cleaning import CleanImage
        from publisher.images.fitting import fit_image, reshaping

        key = (blob.sha256, capabilities)
        if key not in self._fitted:
            master = CleanImage(blob.data, blob.format, blob.width, blob.height)
            fitted = fit_image(master, capabilities)
            store_blob(self.session, fitted, self.now)
            fit = reshaping(blob.width, blob.height, capabilities) or ""
            self._fitted[key] = ImageRef(sha256=fitted.sha256, alt="", fit=fit)
        return replace(self._fitted[key], alt=alt)

    def _add(
        self,
        slot: Slot,
        case: Case,
        account: Account,
        kind: PostKind,
        parts: Sequence[Part],
        at: datetime,
        reply_to: Post | None,
    ) -> list[Post]:
        posts = []
        for number, part in enumerate(parts, start=1):
            post = Post(
                slot=slot,
                case=case,
                account=account,
                kind=kind,
                part=number,
                parts=len(parts),
                reply_to=reply_to,
                text=part.text,
                spoiler=part.spoiler,
                media=[_media_json(im) for im in part.images],
                poll=_poll_json(part.poll),
                scheduled_at=at,
                state=PostState.PENDING,
                idempotency_key=uuid.uuid4().hex,
                created_at=self.now,
                updated_at=self.now,
            )
            self.session.add(post)
            posts.append(post)
            reply_to = post
            self.created += 1
        return posts


def _media_json(image: ImageRef) -> dict[str, Any]:
    # "fit" and "spoiler" only when set, so other rows stay as they were.
    found: dict[str, Any] = {"sha256": image.sha256, "alt": image.alt}
    if image.fit:
        found["fit"] = image.fit
    if image.spoiler:
        found["spoiler"] = True
    return found


def _poll_json(poll: Poll | None) -> dict[str, object] | None:
    if poll is None:
        return None
    found: dict[str, object] = {
        "options": list(poll.options),
        "duration_hours": poll.duration_hours,
    }
    if poll.correct is not None:  # a quiz: only platforms with native quizzes get these
        found.update(correct=poll.correct, explanation=poll.explanation)
    return found
