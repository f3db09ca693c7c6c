"""The tally line: its template, its numbers, the room planning keeps for them, and how
it leaves an answer whose tally could not be read."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from publisher.adapters.base import MARKUP_HTML, MARKUP_MARKDOWN, Capabilities
from publisher.config import load_settings
from publisher.errors import ConfigError
from publisher.metrics import tally
from publisher.render import markup
from publisher.render.length import fits
from publisher.render.posts import CaseText, render_case

TEMPLATE = "Of {votes} votes, {percent}% chose {letter}, {option}"
CASE = CaseText(
    slug="quiz-1",
    title="Wrist pain after a fall",
    history="Young adult with wrist pain after a fall on an outstretched hand.",
    question="What is the diagnosis?",
    answer="Scaphoid waist fracture",
    explanation="A lucent line crosses the scaphoid waist. " * 6,
    teaching_points=("Repeat scaphoid views when the first films are normal.",),
    quiz_options=("Scaphoid fracture", "Perilunate dislocation", "Normal", "Kienbock disease"),
    quiz_correct=0,
)


def test_the_line_as_planned_and_as_filled() -> None:
    assert tally.placeholder(TEMPLATE, "A", "Scaphoid fracture") == (
        "Of … votes, …% chose A, Scaphoid fracture"
    )
    assert tally.fill(TEMPLATE, "A", "Scaphoid fracture", [124, 50, 30, 10], 0) == (
        "Of 214 votes, 58% chose A, Scaphoid fracture"
    )
    assert tally.fill("{correct_votes} of {votes} ({percent}%)", "B", "x", [1200, 34], 1) == (
        "34 of 1,234 (3%)"
    )


@pytest.mark.parametrize(
    ("votes", "correct", "message"),
    [
        ([0, 0, 0, 0], 0, "nobody voted"),
        ([3, 4], 2, "the poll has 2 options; the answer is option 3"),
    ],
)
def test_nothing_to_tell(votes: list[int], correct: int, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        tally.fill(TEMPLATE, "A", "x", votes, correct)


@pytest.mark.parametrize(
    ("template", "message"),
    [
        ("Of {votes} votes, {share}% right", "unknown field {share}"),
        ("Of {votes votes", "not a template"),
        ("Of {votes}\nvotes", "one line"),
        ("  ", "empty"),
    ],
)
def test_a_bad_template_is_one_line_naming_file_and_key(
    tmp_path: Path, template: str, message: str
) -> None:
    path = tmp_path / "config.toml"
    path.write_text(
        f"[quiz]\nshow_results = true\nresults_template = {template!r}\n".replace("'", '"')
    )
    with pytest.raises(ConfigError) as caught:
        load_settings(path, {})
    assert str(caught.value).startswith(f"{path}: quiz.results_template: ")
    assert message in str(caught.value) and "\n" not in str(caught.value)


@pytest.mark.parametrize(
    "capabilities",
    [
        Capabilities(text_limit=200, spoiler=True, polls=True),  # Mastodon-like, a CW
        Capabilities(
            text_limit=160,
            markup=MARKUP_MARKDOWN,
            spoiler_markup=(">!", "!<"),
            spoiler_per_line=True,
            polls=True,
        ),
        Capabilities(
            text_limit=180,
            markup=MARKUP_HTML,
            spoiler_markup=("<tg-spoiler>", "</tg-spoiler>"),
            polls=True,
        ),
        Capabilities(text_limit=150, spoiler_markup=("||", "||"), polls=True),
    ],
    ids=["content-warning", "reddit-like", "telegram-like", "discord-like"],
)
def test_planning_keeps_room_for_the_widest_numbers(capabilities: Capabilities) -> None:
    rendered = render_case(
        CASE,
        hashtag="#FridayQuizDay",
        quiz=True,
        capabilities=capabilities,
        platform="p",
        tally=TEMPLATE,
    )
    assert rendered.tally is not None
    [holder] = [p for p in rendered.answer if rendered.tally.line in p.text]
    widest = markup.finish(tally.widest(TEMPLATE, "A", "Scaphoid fracture"), capabilities)
    filled = tally.replaced(holder.text, rendered.tally.line, widest)
    room = replace(
        capabilities,
        text_limit=capabilities.text_limit
        - (len(holder.spoiler or "") if capabilities.spoiler else 0),
    )
    assert fits(filled, room), filled
    # Taken out, the part reads as if planned without it: no empty paragraph, markup kept.
    taken_out = tally.without(holder.text, rendered.tally.line, capabilities.spoiler_markup)
    paragraphs = taken_out.split("\n\n")
    assert "…" not in taken_out and all(p.strip() for p in paragraphs)
    assert _words(taken_out, capabilities) == _words(
        holder.text.replace(rendered.tally.line, ""), capabilities
    )
    for opening, closing in [capabilities.spoiler_markup] if capabilities.spoiler_markup else []:
        assert taken_out.count(opening) == taken_out.count(closing) or opening == closing


def _words(text: str, capabilities: Capabilities) -> list[str]:
    for token in capabilities.spoiler_markup:
        text = text.replace(token, " ")
    return text.split()


def test_taking_the_line_out_keeps_spoiler_markup_balanced() -> None:
    line = "Of … votes"
    assert tally.without(f"||Answer: A\n\n{line}||", line, ("||", "||")) == "||Answer: A||"
    assert tally.without(f">!Answer: A!<\n\n>!{line}!<\n\n>!More!<", line, (">!", "!<")) == (
        ">!Answer: A!<\n\n>!More!<"
    )
    assert tally.without(f"Answer: A\n\n{line}\n\nMore", line) == "Answer: A\n\nMore"
    assert tally.without("no line here", line) == "no line here"
    assert tally.without(f"Answer: A\n\n{line} (1/2)", line) == "Answer: A (1/2)"


def test_no_tally_line_without_a_poll_or_without_a_template() -> None:
    no_polls = Capabilities(text_limit=500, polls=False)
    assert (
        render_case(
            CASE, hashtag="#F", quiz=True, capabilities=no_polls, platform="p", tally=TEMPLATE
        ).tally
        is None
    )
    polls = Capabilities(text_limit=500, polls=True)
    assert (
        render_case(CASE, hashtag="#F", quiz=True, capabilities=polls, platform="p").tally is None
    )
    assert (
        render_case(
            CASE, hashtag="#F", quiz=False, capabilities=polls, platform="p", tally=TEMPLATE
        ).tally
        is None
    )


@pytest.mark.parametrize(
    ("after", "message"),
    [
        ('["0h"]', "every age must be longer than zero"),
        ('["1h", "60m"]', "an age is given twice"),
        ('["soon"]', "'soon' is not a duration"),
    ],
)
def test_bad_snapshot_ages_are_one_line_naming_file_and_key(
    tmp_path: Path, after: str, message: str
) -> None:
    path = tmp_path / "config.toml"
    path.write_text(f"[metrics]\nafter = {after}\n")
    with pytest.raises(ConfigError) as caught:
        load_settings(path, {})
    assert str(caught.value).startswith(f"{path}: metrics.after: ") and message in str(caught.value)
    assert "\n" not in str(caught.value)


def test_snapshot_labels_name_the_age_in_its_largest_whole_unit() -> None:
    from datetime import timedelta

    from publisher.metrics.snapshots import label

    settings = load_settings(None, {})
    assert [label(a) for a in settings.metrics.ages] == ["1h", "1d", "7d"]
    assert [label(timedelta(minutes=m)) for m in (90, 120, 2880)] == ["90m", "2h", "2d"]


def test_a_line_too_long_for_a_part_leaves_the_answer_without_a_tally() -> None:
    capabilities = Capabilities(text_limit=120, polls=True)
    long = (
        "Of {votes} votes, {percent}% chose {letter}, {option} "
        + "and that is a lot of people " * 5
    )
    rendered = render_case(
        CASE, hashtag="#F", quiz=True, capabilities=capabilities, platform="p", tally=long
    )
    plain = render_case(CASE, hashtag="#F", quiz=True, capabilities=capabilities, platform="p")
    assert rendered.tally is None and rendered.answer == plain.answer
