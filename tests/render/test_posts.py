"""Posts fitted to each platform: threads at sentence boundaries, polls, spoilers."""

from __future__ import annotations

import re

from publisher.adapters.base import COUNT_X, Capabilities
from publisher.render.length import fits, measure
from publisher.render.posts import CaseText, ImageRef, render_case, split_text

CAPS = Capabilities(text_limit=500, spoiler=True, polls=True, poll_with_media=True)
SMALL = Capabilities(text_limit=120)
X_LIKE = Capabilities(text_limit=280, counting=COUNT_X, polls=True, poll_with_media=False)

CASE = CaseText(
    slug="msk-1",
    title="Wrist pain after a fall",
    history="Young adult with wrist pain after a fall on an outstretched hand.",
    question="What is the diagnosis?",
    answer="Scaphoid waist fracture",
    explanation="A lucent line crosses the scaphoid waist.",
    teaching_points=("Repeat scaphoid views or MRI when the first films are normal.",),
    references=("https://radiopaedia.org/articles/scaphoid-fracture",),
    hashtags=("#MedEd", "#FOAMrad"),
    images=(ImageRef("ab" * 32, "PA radiograph of the wrist."),),
)


def test_prompt_and_answer_for_a_roomy_platform() -> None:
    out = render_case(CASE, hashtag="#MSKMonday", quiz=False, capabilities=CAPS, platform="outbox")
    assert len(out.prompt) == 1 and len(out.answer) == 1
    assert out.prompt[0].text == (
        "#MSKMonday Wrist pain after a fall\n\n"
        "Young adult with wrist pain after a fall on an outstretched hand.\n\n"
        "What is the diagnosis?\n\n#MedEd #FOAMrad"
    )
    assert out.prompt[0].images == CASE.images
    assert out.answer[0].spoiler == "Answer: #MSKMonday Wrist pain after a fall"
    assert out.answer[0].text.startswith("Answer: Scaphoid waist fracture\n\n")
    assert "• Repeat scaphoid views" in out.answer[0].text


def test_no_spoiler_where_the_platform_has_none() -> None:
    out = render_case(CASE, hashtag="#MSKMonday", quiz=False, capabilities=SMALL, platform="x")
    assert all(part.spoiler is None for part in out.answer)


def test_a_long_prompt_becomes_a_numbered_thread_that_fits() -> None:
    out = render_case(CASE, hashtag="#MSKMonday", quiz=False, capabilities=SMALL, platform="p")
    texts = [p.text for p in out.prompt]
    assert len(texts) > 1
    assert all(fits(t, SMALL) for t in texts)
    assert [re.search(r"\((\d+)/(\d+)\)$", t).groups() for t in texts] == [  # type: ignore[union-attr]
        (str(i), str(len(texts))) for i in range(1, len(texts) + 1)
    ]
    assert out.prompt[0].images and not any(p.images for p in out.prompt[1:])
    # Nothing lost: the parts put back together are the text.
    joined = " ".join(re.sub(r" \(\d+/\d+\)$", "", t) for t in texts)
    assert (
        joined.split()
        == render_case(CASE, hashtag="#MSKMonday", quiz=False, capabilities=CAPS, platform="p")
        .prompt[0]
        .text.split()
    )


def test_splitting_never_cuts_a_hashtag_or_url() -> None:
    url = "https://example.org/a/very/long/path/to/a/reference/article"
    text = " ".join(["Word."] * 30 + [url, "#FOAMrad"] + ["More."] * 30)
    parts = split_text(text, Capabilities(text_limit=90))
    assert sum(url in p for p in parts) == 1
    assert sum("#FOAMrad" in p for p in parts) == 1


def test_x_counts_urls_as_23() -> None:
    url = "https://radiopaedia.org/articles/" + "x" * 100
    assert measure(url, X_LIKE) == 23
    assert measure("abc", X_LIKE) == 3


def test_quiz_with_poll_that_carries_media() -> None:
    quiz = CaseText(**{**CASE.__dict__, "quiz_options": ("Scaphoid", "Lunate"), "quiz_correct": 0})
    out = render_case(quiz, hashtag="#FridayQuizDay", quiz=True, capabilities=CAPS, platform="p")
    assert len(out.prompt) == 1
    assert out.prompt[0].poll is not None and out.prompt[0].poll.options == ("Scaphoid", "Lunate")
    assert "A) Scaphoid" not in out.prompt[0].text
    assert out.answer[0].text.startswith("Answer: A) Scaphoid: Scaphoid waist fracture")


def test_quiz_on_a_platform_whose_polls_cannot_carry_media_gets_a_poll_reply() -> None:
    quiz = CaseText(**{**CASE.__dict__, "quiz_options": ("Scaphoid", "Lunate"), "quiz_correct": 1})
    out = render_case(quiz, hashtag="#FridayQuizDay", quiz=True, capabilities=X_LIKE, platform="x")
    assert out.prompt[0].images and out.prompt[0].poll is None
    assert out.prompt[-1].poll is not None and not out.prompt[-1].images
    assert out.prompt[-1].text == "Vote: What is the diagnosis?"


def test_long_options_are_listed_and_the_poll_offers_letters() -> None:
    long = ("A very long option that no poll would take whole", "Another long option here ok")
    quiz = CaseText(**{**CASE.__dict__, "quiz_options": long, "quiz_correct": 0, "images": ()})
    out = render_case(quiz, hashtag="#Q", quiz=True, capabilities=X_LIKE, platform="x")
    assert "A) A very long option" in out.prompt[0].text
    assert out.prompt[-1].poll is not None and out.prompt[-1].poll.options == ("A", "B")


def test_overrides_apply_to_their_platform_only() -> None:
    case = CaseText(**{**CASE.__dict__, "overrides": {"x": {"question": "Diagnosis?"}}})
    x = render_case(case, hashtag="#M", quiz=False, capabilities=X_LIKE, platform="x")
    other = render_case(case, hashtag="#M", quiz=False, capabilities=CAPS, platform="mastodon")
    assert "Diagnosis?" in x.prompt[0].text and "What is the diagnosis?" not in x.prompt[0].text
    assert "What is the diagnosis?" in other.prompt[0].text


def test_line_breaks_survive_splitting() -> None:
    text = "Teaching points:\n• First point here.\n• Second point here.\n\nhttps://example.org/ref"
    parts = split_text(text, Capabilities(text_limit=60))
    joined = "\n".join(re.sub(r" \(\d+/\d+\)$", "", p) for p in parts)
    assert "• First point here.\n• Second point here." in joined or all(
        line.startswith(("Teaching", "•", "https")) for p in parts for line in p.splitlines()
    )
    assert all(fits(p, Capabilities(text_limit=60)) for p in parts)


def test_the_community_rules_follow_the_capabilities_not_the_platforms_name() -> None:
    """Titles, captions, inline spoilers, markup and hashtags come from Capabilities: any
    platform declaring Reddit's, Telegram's or Discord's gets the same posts."""
    from publisher.adapters.discord import DiscordAdapter
    from publisher.adapters.reddit import RedditAdapter
    from publisher.adapters.telegram import TelegramAdapter

    case = CaseText(
        slug="c", title="Wrist pain", history="Fall <3 days> ago & pain.", question="Diagnosis?",
        answer="Scaphoid fracture", explanation="A lucent line.", hashtags=("#MedEd",),
        quiz_options=("Scaphoid fracture", "Normal"), quiz_correct=0,
        images=(ImageRef("a" * 64, "PA view."),),
    )  # fmt: skip
    for adapter in (RedditAdapter, TelegramAdapter, DiscordAdapter):
        capabilities = adapter.capabilities
        own = render_case(
            case,
            hashtag="#FridayQuizDay",
            quiz=True,
            capabilities=capabilities,
            platform=adapter.name,
        )
        other = render_case(
            case,
            hashtag="#FridayQuizDay",
            quiz=True,
            capabilities=capabilities,
            platform="elsewhere",
        )
        assert own == other, adapter.name
        assert capabilities.spoiler_markup[0] in own.answer[0].text
