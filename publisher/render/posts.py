"""A case as the posts one platform will receive: text fitted to its limits, threads,
the answer with its spoiler, the quiz as a poll where the platform has polls."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from publisher.adapters.base import MARKUP_PLAIN, Capabilities, Poll
from publisher.cases.files import QUIZ_LETTERS
from publisher.errors import PublisherError
from publisher.metrics import tally as tallies
from publisher.render import markup
from publisher.render.length import fits, measure

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=\S)")
_HASHTAG = re.compile(r"(?<![\w#])#\w+")


class FormattingError(PublisherError):
    """A case cannot be fitted to a platform (a word or URL longer than its limit)."""


@dataclass(frozen=True)
class ImageRef:
    """An already processed image, by content hash, with its alt text."""

    sha256: str
    alt: str
    fit: str = ""  # what fitting did to its shape ("padded to 4:5"), for the preview
    spoiler: bool = False  # blurred until tapped, where the platform can


@dataclass(frozen=True)
class CaseText:
    """The fields of a case the formatter needs (no database objects here)."""

    slug: str
    title: str
    history: str
    question: str
    answer: str
    explanation: str = ""
    teaching_points: tuple[str, ...] = ()
    references: tuple[str, ...] = ()
    hashtags: tuple[str, ...] = ()
    credit: str | None = None
    quiz_options: tuple[str, ...] = ()
    quiz_correct: int | None = None
    images: tuple[ImageRef, ...] = ()
    overrides: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)

    def for_platform(self, platform: str) -> CaseText:
        """This case with the platform's ``[overrides.NAME]`` fields applied."""
        changes = dict(self.overrides.get(platform, {}))
        for name in ("teaching_points", "hashtags"):
            if name in changes:
                changes[name] = tuple(changes[name])
        return replace(self, **changes) if changes else self


@dataclass(frozen=True)
class Part:
    """One post of a thread, exactly as it will be sent."""

    text: str
    spoiler: str | None = None
    images: tuple[ImageRef, ...] = ()
    poll: Poll | None = None


@dataclass(frozen=True)
class Rendered:
    prompt: tuple[Part, ...]
    answer: tuple[Part, ...]
    tally: tallies.Tally | None = None  # the answer's placeholder for the poll's tally


def render_case(
    case: CaseText,
    *,
    hashtag: str,
    quiz: bool,
    capabilities: Capabilities,
    platform: str,
    tally: str | None = None,
) -> Rendered:
    """Every post of one case for one platform: the prompt thread, then the answer thread.
    An empty ``hashtag`` leaves the day's hashtag out (a post caught up on another day).
    ``tally``, a template, gives a quiz sent as a poll a line for its tally in the answer."""
    case = case.for_platform(platform)
    is_quiz = quiz and bool(case.quiz_options)
    poll = _poll(case, capabilities) if is_quiz else None
    # The options go in the text unless a poll shows them in full.
    list_options = is_quiz and (poll is None or poll.options != case.quiz_options)
    prompt_text = _prompt_text(case, hashtag, capabilities, list_options=list_options)
    prompt = _thread(
        markup.finish(prompt_text, capabilities),
        capabilities,
        images=_fit_alts(case.images, capabilities),
    )
    if poll is not None:
        prompt = _attach_poll(prompt, poll, case, capabilities)
    line = _tally(case, capabilities, tally) if poll is not None and tally else None
    answer = _answer(case, is_quiz, hashtag, capabilities, line)
    placed = _placed(line, tally, case, capabilities)
    if placed is not None and not any(placed.line in part.text for part in answer):
        # A line longer than a part would be cut: the answer goes without a tally.
        answer, placed = _answer(case, is_quiz, hashtag, capabilities, None), None
    return Rendered(prompt=prompt, answer=answer, tally=placed)


def _answer(
    case: CaseText,
    is_quiz: bool,
    hashtag: str,
    capabilities: Capabilities,
    line: tuple[str, int] | None,
) -> tuple[Part, ...]:
    """The answer thread, with the tally's placeholder line and room for its numbers."""
    answer_text = markup.finish(_answer_text(case, is_quiz, line and line[0]), capabilities)
    room = line[1] if line else 0
    if capabilities.spoiler_markup:
        lead = " ".join(
            filter(None, ("Answer:", markup.theme_tag(hashtag, capabilities), case.title))
        )
        return _spoiled(answer_text, lead, capabilities, room=room)
    spoiler = (
        " ".join(filter(None, ("Answer:", hashtag, case.title))) if capabilities.spoiler else None
    )
    return _thread(answer_text, _for_replies(capabilities), spoiler=spoiler, room=room)


def _tally(case: CaseText, capabilities: Capabilities, template: str) -> tuple[str, int] | None:
    """The tally's placeholder line, and the room its numbers may take beyond it."""
    if case.quiz_correct is None:
        return None
    letter = tallies.LETTERS[case.quiz_correct]
    option = case.quiz_options[case.quiz_correct]
    line = tallies.placeholder(template, letter, option)
    wide = tallies.widest(template, letter, option)
    room = measure(markup.finish(wide, capabilities), capabilities) - measure(
        markup.finish(line, capabilities), capabilities
    )
    return line, max(room, 0)


def _placed(
    line: tuple[str, int] | None, template: str | None, case: CaseText, capabilities: Capabilities
) -> tallies.Tally | None:
    if line is None or template is None or case.quiz_correct is None:
        return None
    letter = tallies.LETTERS[case.quiz_correct]
    option = case.quiz_options[case.quiz_correct]
    return tallies.Tally(
        markup.finish(line[0], capabilities), template, case.quiz_correct, letter, option
    )


def _for_replies(capabilities: Capabilities) -> Capabilities:
    """The limits an answer is fitted to: a platform's comments may take less than a post."""
    if capabilities.reply_text_limit is None:
        return capabilities
    return replace(
        capabilities, text_limit=min(capabilities.text_limit, capabilities.reply_text_limit)
    )


def _prompt_text(
    case: CaseText, hashtag: str, capabilities: Capabilities, *, list_options: bool
) -> str:
    blocks = [markup.heading(hashtag, case.title, capabilities), case.history, case.question]
    if list_options:
        letters = QUIZ_LETTERS
        blocks.append("\n".join(f"{letters[i]}) {opt}" for i, opt in enumerate(case.quiz_options)))
    blocks.append(markup.alt_lines([image.alt for image in case.images], capabilities))
    if case.credit:
        blocks.append(f"Case courtesy of {case.credit}")
    tags = _within_hashtag_limit(case.hashtags, blocks, capabilities.hashtag_limit)
    if tags and capabilities.hashtags:
        blocks.append(" ".join(tags))
    return "\n\n".join(b.strip() for b in blocks if b.strip())


def _within_hashtag_limit(
    tags: Sequence[str], blocks: Sequence[str], limit: int | None
) -> Sequence[str]:
    """The case's extra hashtags that fit the platform's count after those in the text."""
    if limit is None:
        return tags
    room = max(limit - sum(len(_HASHTAG.findall(block)) for block in blocks), 0)
    return tags[:room]


def _answer_text(case: CaseText, is_quiz: bool, tally: str | None = None) -> str:
    answer = case.answer
    if is_quiz and case.quiz_correct is not None:
        letter = QUIZ_LETTERS[case.quiz_correct]
        option = case.quiz_options[case.quiz_correct]
        same = option.strip(" .").casefold() == case.answer.strip(" .").casefold()
        answer = f"{letter}) {option}" if same else f"{letter}) {option}: {case.answer}"
    blocks = [f"Answer: {answer}", tally or "", case.explanation]
    if case.teaching_points:
        blocks.append("Teaching points:\n" + "\n".join(f"• {p}" for p in case.teaching_points))
    if case.references:
        blocks.append("\n".join(case.references))
    return "\n\n".join(b.strip() for b in blocks if b.strip())


def _poll(case: CaseText, capabilities: Capabilities) -> Poll | None:
    if not capabilities.polls or len(case.quiz_options) > capabilities.poll_max_options:
        return None
    options = case.quiz_options
    if any(len(option) > capabilities.poll_option_limit for option in options):
        # Options too long for the poll go in the text; the poll offers their letters.
        options = tuple(QUIZ_LETTERS[: len(case.quiz_options)])
    if not capabilities.quiz or case.quiz_correct is None:
        return Poll(options=options)
    # A native quiz shows its explanation on one short paragraph.
    explanation = " ".join(case.explanation.split())
    explanation = markup.shorten(explanation, capabilities.quiz_explanation_limit)
    return Poll(options=options, correct=case.quiz_correct, explanation=explanation)


def _attach_poll(
    prompt: tuple[Part, ...], poll: Poll, case: CaseText, capabilities: Capabilities
) -> tuple[Part, ...]:
    last = prompt[-1]
    if capabilities.poll_with_media or not last.images:
        return (*prompt[:-1], replace(last, poll=poll))
    # A platform whose polls cannot carry media gets the poll as the first reply. Its text
    # is the poll's question there, sent as it is: no markup, and the question's own limit.
    question_caps = replace(
        capabilities,
        text_limit=min(
            capabilities.text_limit, capabilities.poll_question_limit or capabilities.text_limit
        ),
        markup=MARKUP_PLAIN,
    )
    return (*prompt, Part(text=_fit(f"Vote: {case.question}", question_caps), poll=poll))


def _fit_alts(images: Sequence[ImageRef], capabilities: Capabilities) -> tuple[ImageRef, ...]:
    return tuple(replace(im, alt=_shorten(im.alt, capabilities.alt_limit)) for im in images)


def _shorten(text: str, limit: int) -> str:
    return markup.shorten(text, limit)


def _fit(text: str, capabilities: Capabilities) -> str:
    while not fits(text, capabilities):
        text = _shorten(text, len(text) - 1)
    return text


def _thread(
    text: str,
    capabilities: Capabilities,
    *,
    images: tuple[ImageRef, ...] = (),
    spoiler: str | None = None,
    room: int = 0,
) -> tuple[Part, ...]:
    """Split ``text`` into numbered parts that each fit, at sentence boundaries when
    possible; images go on the first part (overflow on the next ones). ``room`` is kept
    free in every part (a tally's numbers, filled in as the answer goes out)."""
    if images and capabilities.caption_limit and not fits(text, _caption_caps(capabilities)):
        texts = _caption_then_rest(text, capabilities)
    else:
        texts = split_text(text, capabilities, reserve=(len(spoiler) if spoiler else 0) + room)
    per_post = max(capabilities.images_per_post, 1)
    batches = [images[i : i + per_post] for i in range(0, len(images), per_post)]
    while len(batches) > len(texts):
        texts.append("(more images)")  # an account that takes fewer images than the case has
    parts = []
    for index, part_text in enumerate(texts):
        batch = batches[index] if index < len(batches) else ()
        parts.append(Part(text=part_text, spoiler=spoiler, images=tuple(batch)))
    return tuple(parts)


def _spoiled(
    text: str, lead: str, capabilities: Capabilities, *, room: int = 0
) -> tuple[Part, ...]:
    """The answer behind inline spoiler markup, after a visible lead line; the markup
    is balanced in every part, so the text is split first and wrapped after."""
    lead = markup.finish(lead, capabilities)
    reserve = len(lead) + 2 + room
    while True:
        texts = split_text(text, capabilities, reserve=reserve)
        wrapped = [markup.spoiled(t, capabilities) for t in texts]
        wrapped[0] = f"{lead}\n\n{wrapped[0]}"
        if all(fits(t, _less(capabilities, room)) for t in wrapped):
            return tuple(Part(text=t) for t in wrapped)
        reserve += max(
            len("".join(capabilities.spoiler_markup)), 1
        )  # per-line markup took more room


def _less(capabilities: Capabilities, room: int) -> Capabilities:
    return (
        replace(capabilities, text_limit=capabilities.text_limit - room) if room else capabilities
    )


def _caption_caps(capabilities: Capabilities) -> Capabilities:
    return replace(
        capabilities,
        text_limit=min(
            capabilities.text_limit, capabilities.caption_limit or capabilities.text_limit
        ),
    )


def _caption_then_rest(text: str, capabilities: Capabilities) -> list[str]:
    """A caption as long as the images allow, whole sentences where possible, then the
    rest as the following message(s) at the full text limit."""
    room = _caption_caps(capabilities)
    pieces = _pieces(text)
    taken = 0
    caption = ""
    for sep, sentence in pieces:
        candidate = caption + sep + sentence if caption else sentence
        if not fits(candidate, room):
            break
        caption, taken = candidate, taken + 1
    if not caption:  # the first sentence alone is longer than a caption: cut at a word
        words = pieces[0][1].split(" ")
        while words and not fits(" ".join(words), room):
            words.pop()
        if not words:
            raise FormattingError(f"{pieces[0][1][:60]!r} alone is longer than a caption")
        caption = " ".join(words)
        rest_of_first = pieces[0][1][len(caption) :].strip()
        pieces = [("", rest_of_first), *pieces[1:]]
        taken = 0
    rest = "".join(sep + sentence for sep, sentence in pieces[taken:]).strip()
    return [caption, *split_text(rest, capabilities)]


def split_text(text: str, capabilities: Capabilities, *, reserve: int = 0) -> list[str]:
    """The text in as few numbered parts as fit; never cuts a word, hashtag or URL."""
    room = replace(capabilities, text_limit=capabilities.text_limit - reserve)
    if fits(text, room):
        return [text]
    pieces = _pieces(text)
    for total in range(2, 100):
        chunks = _pack(pieces, room, total)
        if chunks is not None and len(chunks) <= total:
            count = len(chunks)
            return [f"{chunk} ({i}/{count})" for i, chunk in enumerate(chunks, start=1)]
    longest = max(text.split(), key=len)
    raise FormattingError(f"{longest[:60]!r} alone is longer than the platform's limit")


def _pieces(text: str) -> list[tuple[str, str]]:
    """(separator-before, sentence) pairs; paragraph and line breaks are kept."""
    out: list[tuple[str, str]] = []
    for paragraph in text.split("\n\n"):
        for l_index, line in enumerate(paragraph.split("\n")):
            for s_index, sentence in enumerate(_SENTENCE_END.split(line)):
                if not out:
                    sep = ""
                elif s_index:
                    sep = " "
                else:
                    sep = "\n" if l_index else "\n\n"
                if sep == "\n" and out[-1][1].endswith(":"):
                    out[-1] = (out[-1][0], out[-1][1] + sep + sentence)  # keep a heading
                    continue
                out.append((sep, sentence))
    return out


def _pack(
    pieces: list[tuple[str, str]], capabilities: Capabilities, total: int
) -> list[str] | None:
    suffix = f" ({total}/{total})"
    chunks: list[str] = []
    current = ""
    for sep, sentence in pieces:
        for word_sep, word in _words(sep, sentence, capabilities, suffix):
            candidate = current + word_sep + word if current else word
            if fits(candidate + suffix, capabilities):
                current = candidate
                continue
            if not current or not fits(word + suffix, capabilities):
                return None
            chunks.append(current)
            current = word
    chunks.append(current)
    return chunks


def _words(
    sep: str, sentence: str, capabilities: Capabilities, suffix: str
) -> list[tuple[str, str]]:
    """A sentence as one unit when it fits a part, else word by word."""
    if fits(sentence + suffix, capabilities):
        return [(sep, sentence)]
    words = sentence.split(" ")
    return [(sep if i == 0 else " ", w) for i, w in enumerate(words)]


def measured(text: str, capabilities: Capabilities) -> int:
    """The text's length in the platform's own unit (for previews)."""
    return measure(text, capabilities)
