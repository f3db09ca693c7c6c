"""Text from web forms and wrong encodings read as it was meant, findings where it is written."""

from __future__ import annotations

import datetime as dt

import pytest

from publisher.privacy import BLOCKING_KINDS, scan_text
from publisher.privacy.encoding import decoded

TODAY = dt.date(2026, 11, 30)


@pytest.mark.parametrize(
    ("written", "meant"),
    [
        ("Mother&#39;s mobile", "Mother's mobile"),
        ("mail&#64;example.org &amp; more", "mail@example.org & more"),
        ("double &amp;#64; encoded", "double @ encoded"),
        ("CT%20chest%20%E2%80%93%20nodule", "CT chest – nodule"),
        ("Ni%20Bhriain%20and%20N%C3%AD", "Ni Bhriain and Ní"),
        ("his TikTok %40bouldering_ben", "his TikTok @bouldering_ben"),
        ("Tob\u200bias Wen\u00addling", "Tobias Wendling"),
        ("a ¹⁰⁴-year-old", "a 104-year-old"),
        ("2021;1４２", "2021;142"),
    ],
)
def test_encoded_text_is_read_as_meant(written: str, meant: str) -> None:
    assert decoded(written)[0] == meant


@pytest.mark.parametrize(
    "text",
    [
        "Sensitivity 100%, specificity 95%",  # a percent sign, not an escape
        "Growth of 10%25 a year",  # one escape that is no mark stays as written
        "AT&T and R&D; a bare ampersand",  # no entity
    ],
)
def test_plain_text_is_left_as_it_is(text: str) -> None:
    plain, where = decoded(text)
    assert plain == text
    assert where == list(range(len(text)))


def test_every_character_points_into_the_text() -> None:
    text = "Call%20%2B44%207911 &amp;#64; Tob\u200bias ¹⁰⁴"
    plain, where = decoded(text)
    assert len(where) == len(plain)
    assert all(0 <= at < len(text) for at in where)
    assert where == sorted(where)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Mother&#39;s mobile%3A%20%2B44%207911%20482%20073%20please%20call", "phone"),
        ("Patient (m.okafor.rowe&#64;gmail.com) emailed us images.", "email"),
        ("Films labelled Tob\u200bias Wen\u200bdling show a fracture.", "name"),
        ("Our ¹⁰⁴-year-old patient has new confusion.", "age_over_89"),
        ("Case from 29&nbsp;Feb&nbsp;2024: the leap-day appendix", "date"),
    ],
)
def test_what_is_encoded_blocks(text: str, kind: str) -> None:
    found = scan_text(text, "history", today=TODAY)
    assert kind in {f.kind for f in found if f.kind in BLOCKING_KINDS}, found


def test_a_finding_marks_the_text_as_written() -> None:
    text = "Patient (m.okafor.rowe&#64;gmail.com) emailed us."
    (email,) = [f for f in scan_text(text, "history", today=TODAY) if f.kind == "email"]
    assert text[email.start : email.end] == "m.okafor.rowe&#64;gmail.com"


@pytest.mark.parametrize(
    ("text", "field"),
    [
        ("Smith%27s%20fracture", "quiz.options[2]"),
        ("Wilhelm Conrad R&ouml;ntgen discovered X-rays in 1895.", "explanation"),
        ("Grainger &amp; Allison&#39;s Diagnostic Radiology, 7th ed. Elsevier; 2020.",
         "references[1]"),
    ],
)  # fmt: skip
def test_encoded_clean_text_passes(text: str, field: str) -> None:
    assert not [f for f in scan_text(text, field, today=TODAY) if f.kind in BLOCKING_KINDS]
