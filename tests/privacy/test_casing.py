"""Text in lower case throughout, read with the capitals its names would have had."""

from __future__ import annotations

import datetime as dt

import pytest

from publisher.privacy import BLOCKING_KINDS, scan_text
from publisher.privacy.casing import recased, uncased

TODAY = dt.date(2026, 11, 30)


@pytest.mark.parametrize(
    ("text", "cased"),
    [
        ("brought in by her daughter lindsey pierce who found her",
         "brought in by her daughter Lindsey Pierce who found her"),
        ("consent given by the husband mister graham tuttle",
         "consent given by the husband Mister Graham Tuttle"),
        ("lives at 42 bramble lane in kettering, found by a neighbour",
         "lives at 42 Bramble Lane in Kettering, found by a neighbour"),
        ("child from saint aidans primary school fell off the frame",
         "child from Saint Aidans Primary School fell off the frame"),
        ("hurt on a shout at hebden bridge station last week",
         "hurt on a shout at Hebden Bridge Station last week"),
    ],
)  # fmt: skip
def test_names_and_places_get_their_capitals(text: str, cased: str) -> None:
    assert recased(text)[0] == cased


@pytest.mark.parametrize(
    "text",
    [
        "AP pelvis radiograph with arrows marking fractures of the inferior pubic rami",
        "don't miss a maisonneuve - xray the whole fibula if the medial side is tender",
        "ex-smoker, lives w/ husband, independent with ADLs",
        "CT axial cu contrast: defect de umplere în artera pulmonară dreaptă.",
    ],
)
def test_ordinary_words_stay_in_lower_case(text: str) -> None:
    assert recased(text)[0] == text


@pytest.mark.parametrize(
    "text",
    [
        "Brought in by her daughter Lindsey who found her",  # written in sentence case
        "A mother brings her toddler after a fall",  # a capital starts it
        "4-year-old with a fall from a bunk bed",  # a number starts it
        "too short",
    ],
)
def test_only_a_text_without_capitals_is_recased(text: str) -> None:
    assert not uncased(text)
    assert recased(text) == (text, [])


@pytest.mark.parametrize(
    ("text", "field", "kind"),
    [
        ("brought in by her daughter lindsey pierce who found her on the kitchen floor",
         "history", "name"),
        ("carer bronwen ap rhys says he slipped in the bath", "question", "name"),
        ("lives at forty two bramble lane in kettering found collapsed by a neighbour",
         "history", "address"),
        ("he farms at low ridding farm just outside hawes and was kicked by a cow",
         "answer", "address"),
        ("patient name bravo romeo alpha delta sierra hotel alpha whiskey first name kevin",
         "history", "name"),
    ],
)  # fmt: skip
def test_lower_case_names_and_places_block(text: str, field: str, kind: str) -> None:
    found = scan_text(text, field, today=TODAY)
    assert kind in {f.kind for f in found if f.kind in BLOCKING_KINDS}, found


@pytest.mark.parametrize(
    ("text", "field"),
    [
        ("credit to sarah o'neill senior radiographer and the MRI team", "credit"),
        ("what grade of vesicoureteric reflux is shown", "question"),
        ("weber b = fx at lvl of the syndesmosis, weber c is above it", "teaching_points[1]"),
    ],
)
def test_lower_case_teaching_text_passes(text: str, field: str) -> None:
    found = scan_text(text, field, today=TODAY)
    assert not [f for f in found if f.kind in BLOCKING_KINDS], found
