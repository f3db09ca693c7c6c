"""Dictation read as typed: spoken punctuation and numbers said digit by digit."""

from __future__ import annotations

import datetime as dt

import pytest

from publisher.privacy import BLOCKING_KINDS, scan_text
from publisher.privacy.dictation import dictated_stretches

TODAY = dt.date(2026, 11, 30)


def _typed(text: str) -> str:
    """The text with each dictated stretch replaced by what a typist would have written."""
    out, at = [], 0
    for start, end, chars, _ in dictated_stretches(text):
        out.append(text[at:start] + chars)
        at = end
    return "".join(out) + text[at:]


@pytest.mark.parametrize(
    ("said", "typed"),
    [
        (
            "NHS number four eight five comma double seven three comma two one nine oh full stop",
            "NHS number 485 773 2190.",
        ),
        ("ring five five five comma scratch that five five six comma two one", "ring 556 21"),
        ("Admitted oh four slash oh nine slash twenty two", "Admitted 04/09/22"),
        (
            "SSN oh seven eight dash double five dash four four one two full stop",
            "SSN 078-55-4412.",
        ),
        ("ID B for bravo Q seven seven oh two comma", "ID BQ7702,"),
        ("mail sal dot jones at gmail dot com full stop", "mail sal.jones@gmail.com."),
        ("on Instagram at sunny underscore sal comma", "on Instagram @sunny_sal,"),
        ("aged nine three comma that's ninety three", "aged 93, that's 93"),
        (
            "Oh dear comma the sigmoid colon is thick full stop",
            "Oh dear, the sigmoid colon is thick.",
        ),
        # speech recognition with no marks said at all
        ("nhs no nine four three space two one six space oh eight eight two",
         "nhs no 943 216 0882"),
        ("ni number juliet hotel four seven double two nine one bravo", "ni number JH472291B"),
        ("postcode lima sierra one one six tango golf", "postcode LS116TG"),
        ("this ninety one why oh female", "this 91yo female"),
        ("aged nine nine sorry ninety nine found on the floor", "aged 99 found on the floor"),
        ("copy to r dot okafor at bt internet dot com", "copy to r.okafor@btinternet.com"),
        ("at big dave lifts dot official on tiktok", "@bigdavelifts.official on tiktok"),
        ("mail dan preston seven seven at outlook dot com", "mail dan preston 77@outlook.com"),
        ("for mister h a r g r e a v e s today", "for mister hargreaves today"),
        ("hashtag pray for maria hashtag head CT", "#PrayForMaria #HeadCT"),
    ],
)  # fmt: skip
def test_dictation_is_read_as_typed(said: str, typed: str) -> None:
    assert _typed(said) == typed


@pytest.mark.parametrize(
    "text",
    [
        "A 2 cm mass in the colon, one of two lobes.",  # written, not said
        "Type two diabetes; grade three of four.",  # numbers in words, no dictation
        "Oh, a double bubble: duodenal atresia.",  # no spoken mark
        "En el altiplano la policitemia es frecuente.",  # "en el" is Spanish, not "N L"
        "Bravo to the team: an echo showed the golf ball sign.",  # no letter spelt
    ],
)
def test_what_was_not_dictated_is_left_alone(text: str) -> None:
    assert dictated_stretches(text) == []


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("NHS number four eight five comma double seven three comma two one nine oh full stop",
         "national_id"),
        ("Contact landline area code six one four comma two seven oh comma three nine one six",
         "phone"),
        ("Admitted oh four slash oh nine slash twenty two with a swollen calf", "date"),
        ("Patient aged nine three comma that's ninety three comma calcified valve", "age_over_89"),
        ("She posted her scan at sunny underscore side underscore sal comma on Instagram",
         "handle"),
        ("request form nhs no nine four three space two one six space oh eight eight two",
         "national_id"),
        ("national insurance number juliet hotel four seven double two nine one bravo", "ssn"),
        ("postcode on the request is lima sierra one one six tango golf", "zip"),
        ("what is the diagnosis in this ninety one why oh female", "age_over_89"),
        ("patient requested a copy sent to r dot okafor at bt internet dot com", "email"),
        ("hashtag pray for maria hashtag radiology hashtag trauma", "name"),
        ("hash tag stay strong sophie wilkins hash tag MRI", "name"),
    ],
)  # fmt: skip
def test_what_is_said_blocks_as_if_typed(text: str, kind: str) -> None:
    found = scan_text(text, "history", today=TODAY)
    assert kind in {f.kind for f in found if f.kind in BLOCKING_KINDS}, found


@pytest.mark.parametrize(
    "text",
    [
        "Thirty two year old comma fall from standing comma Garden three full stop",
        "seventy two year old woman fall on outstretched hand what does the x ray show",
        "hashtag radiology hashtag head CT hash tag neuro rad",
        "the lesion at c five six is echo bright on the ultrasound",
    ],
)
def test_dictated_teaching_text_passes(text: str) -> None:
    assert not [f for f in scan_text(text, "history", today=TODAY) if f.kind in BLOCKING_KINDS]


def test_a_dictated_reference_is_read_as_written() -> None:
    # a reference's numbers said aloud are its year, volume and pages
    text = "okonkwo a radiology twenty nineteen volume two nine one pages five six seven"
    found = scan_text(text, "references[1]", today=TODAY)
    assert not {f.kind for f in found} & {"phone", "national_id", "record_number"}, found


def test_every_character_read_points_into_the_text() -> None:
    text = "ID B for bravo seven seven oh comma scratch that comma two one full stop"
    for start, end, chars, where in dictated_stretches(text):
        assert len(where) == len(chars)
        assert all(start <= at < end for at in where)
