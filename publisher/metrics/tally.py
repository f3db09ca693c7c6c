"""A quiz's tally in its answer: "Of 214 votes, 58% chose A, Scaphoid fracture".

When the week is planned, the answer is rendered with a placeholder line where the
tally goes, the numbers written as "…" (``placeholder``), and the thread is split with
room kept for the widest numbers (``room``). That placeholder is what `preview` shows.
Just before the answer goes out, the dispatcher reads the poll and the line is filled
in (``fill``), or taken out when the tally cannot be read (``without``). Nothing here
talks to a platform or a database.
"""

from __future__ import annotations

import string
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

FIELDS = ("votes", "percent", "letter", "option", "correct_votes")
LETTERS = "ABCDEFGHIJKL"
_UNKNOWN = "…"  # what the placeholder shows where a number will go
_WIDEST = {"votes": "9,999,999", "percent": "100", "correct_votes": "9,999,999"}


def check_template(template: str) -> None:
    """ValueError naming the problem when ``template`` is not a usable tally line."""
    try:
        names = [name for _, name, _, _ in string.Formatter().parse(template) if name is not None]
    except ValueError as exc:
        raise ValueError(f"not a template: {exc}") from None
    unknown = sorted({n for n in names if n not in FIELDS})
    if unknown:
        raise ValueError(
            f"unknown field {{{unknown[0]}}}; the template may use "
            + ", ".join(f"{{{f}}}" for f in FIELDS)
        )
    if "\n" in template:
        raise ValueError("the tally is one line: no line breaks")
    if not template.strip():
        raise ValueError("the template is empty")


def placeholder(template: str, letter: str, option: str) -> str:
    """The line as planned: the correct option named, the numbers still unknown."""
    return _format(template, letter, option, dict.fromkeys(_WIDEST, _UNKNOWN))


def widest(template: str, letter: str, option: str) -> str:
    """The line with the widest numbers it may get: planning keeps room for this."""
    return _format(template, letter, option, _WIDEST)


def fill(template: str, letter: str, option: str, votes: Sequence[int], correct: int) -> str:
    """The line with the poll's numbers; ValueError when there is nothing to tell."""
    total = sum(votes)
    if total <= 0:
        raise ValueError("nobody voted")
    if not 0 <= correct < len(votes):
        raise ValueError(f"the poll has {len(votes)} options; the answer is option {correct + 1}")
    right = votes[correct]
    numbers = {
        "votes": f"{total:,}",
        "percent": str(round(100 * right / total)),
        "correct_votes": f"{right:,}",
    }
    return _format(template, letter, option, numbers)


def _format(template: str, letter: str, option: str, numbers: Mapping[str, str]) -> str:
    return template.format(letter=letter, option=option, **numbers)


@dataclass(frozen=True)
class Tally:
    """What the stored answer says about its tally (the ``posts.tally`` column)."""

    line: str  # the placeholder as it stands in the post's text, markup included
    template: str
    correct: int  # the correct option's index in the poll
    letter: str
    option: str

    def as_json(self) -> dict[str, Any]:
        return {
            "line": self.line, "template": self.template, "correct": self.correct,
            "letter": self.letter, "option": self.option,
        }  # fmt: skip

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Tally:
        return cls(
            str(data["line"]), str(data["template"]), int(data["correct"]),
            str(data["letter"]), str(data["option"]),
        )  # fmt: skip


def replaced(text: str, old: str, new: str) -> str:
    """``text`` with its first ``old`` line replaced by ``new``."""
    return text.replace(old, new, 1)


def without(text: str, line: str, markup: Sequence[str] = ()) -> str:
    """``text`` with the placeholder ``line`` taken out with its paragraph. What shared the
    paragraph stays where it works: spoiler markup (``markup``: opening, closing) and a
    thread's part number go with the neighbouring paragraph."""
    paragraphs = text.split("\n\n")
    index = next((i for i, p in enumerate(paragraphs) if line in p), None)
    if index is None:
        return text
    opening, closing = (markup[0], markup[1]) if len(markup) == 2 else ("", "")
    rest = paragraphs.pop(index).replace(line, "", 1)
    if opening and closing:
        rest = rest.replace(opening + closing, "")
    if not rest.strip():
        return "\n\n".join(paragraphs)
    if index > 0 and (rest.strip() == closing or rest[:1].isspace()):
        paragraphs[index - 1] += rest.rstrip() if rest.strip() != closing else rest.strip()
    elif index < len(paragraphs) and rest.strip() == opening:
        paragraphs[index] = rest.strip() + paragraphs[index]
    else:
        paragraphs.insert(index, rest)
    return "\n\n".join(paragraphs)
