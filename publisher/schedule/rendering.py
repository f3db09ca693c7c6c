"""Slot rows and their posts, rendered once for each account with the formatter and the
per-platform image fitting; the plan, the case verbs and the dispatcher's catch-up all
write posts through here."""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from publisher.accounts.sync import account_capabilities, sync_accounts, tally_templates
from publisher.adapters.base import Capabilities, Poll
from publisher.cases.files import QUIZ_LETTERS
from publisher.config import Settings
from publisher.dispatch.states import PostKind
from publisher.render.posts import (
    CaseText,
    FormattingError,
    ImageRef,
    Part,
    Rendered,
    render_case,
)
from publisher.schedule.planner import SlotTime
from publisher.schedule.themes import Theme
from publisher.store.cases import store_blob
from publisher.store.models import Account, Blob, Case, Post, PostState, Slot


def writer_for(session: Session, settings: Settings, *, now: datetime) -> Writer:
    """A writer for every configured account (their rows made as needed)."""
    accounts = sync_accounts(session, settings, now=now)
    capabilities = {name: account_capabilities(settings, row) for name, row in accounts.items()}
    return Writer(session, accounts, capabilities, now, tallies=tally_templates(settings))


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
    writer = Writer(
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


class Writer:
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
        self.tallies = tallies or {}  # the quiz tally's template, per account that shows it
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
