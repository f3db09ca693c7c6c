"""Chat read as plain words: what each stretch of text-speak is read as, and what is left."""

from __future__ import annotations

import pytest

from publisher.privacy.chat import chat_stretches


def _read(text: str) -> list[tuple[str, str]]:
    return [(text[start:end], chars) for start, end, chars, _ in chat_stretches(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ring her on o7seven two1 4836 59o", [("o7seven two1 4836 59o", "077 21 4836 590")]),
        ("+1 (4one6) 555-o192", [("4one6", "416"), ("555-o192", "555-0192")]),
        (
            "hosp no. K-seven-seven-2-1-9-0",
            [("hosp", "hospital"), ("seven-seven-2-1-9-0", "772190")],
        ),
        ("ninety-4 y/o", [("ninety-4", "94")]),
        ("she's 1o1", [("1o1", "101")]),
        ("the 1 7 th of july", [("1 7 th", "17th")]),
        ("m.a.r.i.a k-o-w-a-l-$-k-a", [("m.a.r.i.a", "maria"), ("k-o-w-a-l-$-k-a", "kowalska")]),
        ("mum is t@yl0r", [("t@yl0r", "taylor")]),
        ("bro m1l0 0'shea", [("bro", "brother"), ("m1l0", "milo"), ("0'shea", "o'shea")]),
        ("#GetWellS00nGr4ndpaJoe", [("GetWellS00nGr4ndpaJoe", "GetWellSoonGrandpaJoe")]),
        ("the goalie 4 our club", [("4", "for")]),
        ("works @ the shop", [("@", "at")]),
        ("this mornings call", [("mornings", "morning's")]),
    ],
)
def test_chat_is_read_as_plain_words(text: str, expected: list[tuple[str, str]]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "T1 and C5, 5mm, CD4, 4th, 10am, 3D",  # medicine's own shapes
        "Stade T3N1M0, kernel Br40, W700 L100, IDS7",  # codes in capitals
        "mail jo@example.org or @jo_rad",  # an address and a mention stay whole
        "a 2 cm mass in one of two lobes",  # digits and words apart
        "12.03.2024 and 1.2.3.4",  # digits only
        "in the mornings she walks",  # a habit, not a day
    ],
)
def test_what_is_not_chat_is_left_alone(text: str) -> None:
    assert _read(text) == []


def test_every_character_read_points_into_the_text() -> None:
    text = "fam # +1 (4one6) 555-o192, call b4 6pm, ninety-4 y/o"
    for start, end, chars, where in chat_stretches(text):
        assert len(where) == len(chars)
        assert all(start <= at < end for at in where)
