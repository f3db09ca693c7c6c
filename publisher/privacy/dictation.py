"""Text as it comes out of dictation: punctuation said aloud, numbers said digit by digit.

"NHS number four eight five comma double seven three comma two one nine oh full stop",
"at sunny underscore side underscore sal", "B for bravo", "five five five comma scratch that
five five six": a voice note or a speech-recognition draft spells out what a typist would have
keyed. Each stretch is given with what a typist would have written there ("485 773 2190.",
"@sunny_side_sal", "B", "556"), so that the rules, which read written text, see what was said.
Only a text with dictation's marks in it is read so: "comma", "full stop", "question mark",
"new paragraph", "scratch that".
"""

from __future__ import annotations

from collections.abc import Iterable

import regex

from .chat import Stretch
from .normalise import word_list
from .numbers import TEENS, TENS

_DIGIT_WORD = r"(?:oh|zero|one|two|three|four|five|six|seven|eight|nine|double|triple)"
_SAID_DIGIT = rf"(?:{_DIGIT_WORD}|\w+ty)"
# The spelling alphabet; "x-ray" is left out, as radiology says it for its own sake.
_SPELLING = word_list("""
    alpha alfa bravo charlie delta echo foxtrot golf hotel india juliet juliett kilo lima mike
    november oscar papa quebec romeo sierra tango uniform victor whiskey whisky yankee zulu
""")
# Letters said by their names, in a run of them: "oh dee oh en oh you gee aitch ee".
_LETTER_NAMES = {
    "bee": "B", "cee": "C", "dee": "D", "ee": "E", "ef": "F", "gee": "G", "aitch": "H",
    "jay": "J", "kay": "K", "el": "L", "em": "M", "en": "N", "pee": "P", "cue": "Q", "ar": "R",
    "ess": "S", "tee": "T", "vee": "V", "ex": "X", "zed": "Z", "zee": "Z",
}  # fmt: skip
_NATO = "|".join(_SPELLING)
_NAMED = "|".join(_LETTER_NAMES)
_SPELT = f"{_NATO}|{_NAMED}"
_SPELT_OUT = r"(?<!\S)[a-z](?:\s[a-z]){3,}(?!\S)"
_DICTATED = regex.compile(
    r"(?i)\b(?:comma|full\s+stop|question\s+mark|new\s+paragraph|new\s+line|scratch\s+that"
    # "oh four slash oh nine slash twenty two": digits said with the mark between them
    r"|(?:oh|zero|one|two|three|four|five|six|seven|eight|nine|\w+ty(?:[\s-]\w+)?)\s+(?:slash"
    r"|dash)\s+(?:oh|zero|one|two|three|four|five|six|seven|eight|nine|\w+ty|double|triple)"
    # a number said digit by digit, a pause said as "space", a correction said as "sorry"
    rf"|{_DIGIT_WORD}(?:\s+{_DIGIT_WORD}){{3,}}|{_SAID_DIGIT}\s+(?:space|sorry)\s+{_SAID_DIGIT}"
    # "juliet hotel four seven", "lima sierra one one six tango golf", "ninety one why oh"
    # (letters by their names only three together or beside a digit: "en el" is Spanish)
    rf"|(?:{_NATO})\s+(?:{_SPELT}|{_DIGIT_WORD})|(?:{_NAMED})\s+(?:{_NATO}|{_DIGIT_WORD})"
    rf"|(?:{_NAMED})(?:\s+(?:{_NAMED})){{2,}}|{_SAID_DIGIT}\s+why\s+oh"
    # "skater underscore gemma", "at gmail dot com", "hashtag pray for maria"
    r"|underscore|dot\s+(?:com|net|org|co|uk|ie|au|nz|ca|official)|hash\s?tag(?=\s+\w)"
    # a name spelt out letter by letter: "h a r g r e a v e s"
    rf"|(?-i:{_SPELT_OUT}))\b"
)
# Marks said aloud; "dash", "slash", "underscore" and "dot" join what is on either side, the
# others close up to the word before. "colon" is the bowel after its own qualifiers.
_MARKS = {
    "comma": ",", "full stop": ".", "question mark": "?", "exclamation mark": "!",
    "semicolon": ";", "colon": ":", "new paragraph": "\n", "new line": "\n", "next line": "\n",
    "forward slash": "/", "slash": "/", "dash": "-", "hyphen": "-", "underscore": "_",
    "dot": ".", "open bracket": "(", "close bracket": ")",
}  # fmt: skip
_JOINING = frozenset({"forward slash", "slash", "dash", "hyphen", "underscore", "dot"})
_DIGITS = {
    "zero": "0", "nought": "0", "oh": "0", "o": "0", "one": "1", "two": "2", "three": "3",
    "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9",
}  # fmt: skip


def _alternatives(names: Iterable[str]) -> str:
    return "|".join(sorted((n.replace(" ", r"\s+") for n in names), key=len, reverse=True))


_UNIT = _alternatives(k for k in _DIGITS if k not in ("oh", "o", "nought", "zero"))
_ITEM = regex.compile(
    rf"(?i)\b(?P<scratch>scratch\s+that)\b"
    rf"|(?<!\b(?:sigmoid|transverse|ascending|descending|the|right|left|of|proximal|distal|a)\s)"
    rf"\b(?P<mark>{_alternatives(_MARKS)})\b"
    rf"|\b(?P<times>double|triple)\s+(?P<repeated>{_alternatives(_DIGITS)})\b"
    # "ninety one why oh": a year old, as typed "91yo"
    r"|(?<=\w\s+)\b(?P<yo>why\s+oh)\b"
    # "nine four three space two one six", "nine nine sorry ninety nine": between digits only
    rf"|(?<=\b{_SAID_DIGIT}\s+)\b(?P<space>space)\b(?=\s+{_SAID_DIGIT}\b)"
    rf"|(?<=\b{_SAID_DIGIT}\s+)\b(?P<sorry>sorry)\b(?=\s+{_SAID_DIGIT}\b)"
    rf"|\b(?P<spelt_letter>{_SPELT})\b"
    # "B for bravo", "K for kilo": a letter and the word that spells it
    r"|(?-i:\b(?P<letter>[A-Z])\s+for\s+(?P<spelt>[A-Za-z][\w-]*))"
    rf"|\b(?P<tens>{_alternatives(TENS)})(?:[\s-]+(?P<unit>{_UNIT}))?\b"
    rf"|\b(?P<teen>{_alternatives(TEENS)})\b"
    rf"|\b(?P<digit>{_alternatives(_DIGITS)})\b"
    # a capital letter said alone, as in a code: "Q seven seven", "K L"
    r"|(?-i:(?<![\w.])(?P<capital>[A-Z])(?![\w.'’]))"
)
# "h a r g r e a v e s": a word spelt out, read closed up
_LETTER_RUN = regex.compile(_SPELT_OUT)
# "hashtag pray for maria hashtag radiology": each tag's words, to the next tag or a stop
_SAID_TAG = regex.compile(
    r"(?i)\bhash\s?tag\s+(?P<words>(?:(?!hash\s?tag\b)[\p{L}\d'’]+(?:[ \t]+|$)){1,6})"
)
# "at skater underscore gemma", "at big dave lifts dot official", "at bt internet dot com":
# the words of a handle or a domain said apart, up to its first mark
_AT_HANDLE = regex.compile(
    r"(?i)\bat\s+(?P<words>(?:(?!(?:the|a|an|and|or|of|in|on|at|to|dot|underscore)\s)[\w-]+\s+)"
    r"{1,3})(?=(?:underscore|dot)\s)"
)
_JOINED_BEFORE = regex.compile(rf"(?i)(?:\b(?:dot|underscore)\s+[\w-]+|\b{_SAID_DIGIT})\s+$")
_ZERO_WORDS = frozenset({"oh", "o"})


def _read(match: regex.Match[str]) -> tuple[str, str] | None:
    """What an item stands for, and its sort: "digits", "letter", "mark" or "scratch"."""
    if match.group("scratch") or match.group("sorry"):
        return "", "scratch"
    if match.group("space"):
        return " ", "mark"
    if match.group("yo"):
        return "yo", "letter"
    if match.group("spelt_letter"):
        said = match.group("spelt_letter").casefold()
        return _LETTER_NAMES.get(said, said[0].upper()), "letter"
    if match.group("mark"):
        said = " ".join(match.group("mark").casefold().split())
        return _MARKS[said], "join" if said in _JOINING else "mark"
    if match.group("times"):
        times = 2 if match.group("times").casefold() == "double" else 3
        return _DIGITS[match.group("repeated").casefold()] * times, "digits"
    if match.group("letter"):
        letter, spelt = match.group("letter"), match.group("spelt")
        return (letter, "letter") if spelt[0].casefold() == letter.casefold() else None
    if match.group("tens"):
        unit = match.group("unit")
        return TENS[match.group("tens").casefold()] + (
            _DIGITS[unit.casefold()] if unit else "0"
        ), "digits"
    if match.group("teen"):
        return TEENS[match.group("teen").casefold()], "digits"
    if match.group("digit"):
        return _DIGITS[match.group("digit").casefold()], "digits"
    return match.group("capital"), "letter"


# (start, end, what it stands for, its sort, and whether it stands so only in company: "zero"
# for a zero said as a letter, "spelt" for a spelling word, "named" for a letter's name)
Item = tuple[int, int, str, str, str]


def _items(text: str) -> list[Item]:
    """(start, end, reading, sort, whether it needs company) for every item, in order."""
    found = []
    for match in _ITEM.finditer(text):
        read = _read(match)
        if read is not None:
            zero = (match.group("digit") or "").casefold() in _ZERO_WORDS
            spelt = (match.group("spelt_letter") or "").casefold()
            needs = "zero" if zero else "named" if spelt in _LETTER_NAMES else spelt and "spelt"
            found.append((match.start(), match.end(), *read, needs))
    return found


def _numeric(item: Item) -> bool:
    return item[3] in ("digits", "letter")


def _between(text: str, end: int, start: int) -> bool:
    """Only white space between two offsets."""
    return not text[end:start].strip()


def _in_company(text: str, items: list[Item]) -> list[Item]:
    """The items that stand for what they say where they stand.

    A zero said "oh" or "o" is a digit only beside another digit: "oh four", not "oh dear";
    "bravo" is a letter only beside another letter or digit, not in "bravo to the team"; and a
    letter by its name ("en", "el", "dee") only beside a digit or a spelling word, or three
    together: "en el" is Spanish.
    """
    runs: list[list[Item]] = []
    for item in items:
        if runs and _between(text, runs[-1][-1][1], item[0]):
            runs[-1].append(item)
        else:
            runs.append([item])
    kept = []
    for run in runs:
        anchored = any(i[3] == "digits" or i[4] == "spelt" for i in run)
        numeric = sum(1 for i in run if _numeric(i))
        for k, item in enumerate(run):
            beside = [run[n] for n in (k - 1, k + 1) if 0 <= n < len(run)]
            if (
                not item[4]
                or (item[4] == "zero" and any(b[3] == "digits" for b in beside))
                or (item[4] == "spelt" and any(_numeric(b) for b in beside))
                or (item[4] == "named" and (anchored or numeric >= 3))
            ):
                kept.append(item)
    return kept


def dictated_stretches(text: str) -> list[Stretch]:
    """Every stretch of a dictated ``text`` with what a typist would have written there."""
    if not _DICTATED.search(text):
        return []
    items = _items(text)
    # a zero said "oh" or "o" is a digit only beside another digit: "oh four", not "oh dear";
    # "bravo" or "tee" is a letter only beside another letter or digit: not "the echo"
    items = _in_company(text, items)
    stretches: list[tuple[int, int, str, list[int]]] = []
    kept: list[Item] = []
    for item in items:
        if item[3] != "scratch":
            kept.append(item)
            continue
        # "five five five comma scratch that five five six": the digits said before it go
        start = item[0]
        while kept and _between(text, kept[-1][1], start):
            if kept[-1][3] == "mark" and kept[-1][2] != ",":
                break
            start = kept.pop()[0]
        end = item[1]
        following = regex.match(r"\s*(?i:comma)\b\s*|\s*", text[end:])
        end += following.end() if following else 0
        stretches.append((start, end, "", []))
    for match in _LETTER_RUN.finditer(text):
        where = [match.start() + n for n, char in enumerate(match.group()) if char != " "]
        stretches.append((match.start(), match.end(), "".join(text[n] for n in where), where))
    for match in _SAID_TAG.finditer(text):
        tag, where = "#", [match.start()]
        for word in regex.finditer(r"[\p{L}\d'’]+", match.group("words")):
            start = match.start("words") + word.start()
            said = word.group()
            said = said if said.isupper() else said[0].upper() + said[1:]
            tag += said
            where += range(start, start + len(said))
        end = match.start("words") + len(match.group("words").rstrip())
        stretches.append((match.start(), end, tag, where))
    kept = [k for k in kept if not any(s <= k[0] < e for s, e, _, _ in stretches)]
    for k, (start, end, reading, sort, _) in enumerate(kept):
        before = kept[k - 1] if k else None
        after = kept[k + 1] if k + 1 < len(kept) else None
        near_before = before is not None and _between(text, before[1], start)
        near_after = after is not None and _between(text, end, after[0])
        pause = reading == "," and near_before and near_after
        if (
            pause
            and before is not None
            and after is not None
            and _numeric(before)
            and _numeric(after)
        ):
            reading = " "  # a pause between groups of digits: "six one four comma two seven oh"
        where = [start] * (len(reading) - 1) + [end - 1] if reading else []
        stretches.append((start, end, reading, where))
        # the white space before: closed up before a mark, between digits, after a joining mark
        gap = len(text[:start].rstrip())
        closes = sort in ("mark", "join") or (
            near_before
            and before is not None
            and ((_numeric(before) and _numeric(kept[k])) or before[3] == "join")
        )
        if closes and gap < start:
            stretches.append((gap, start, "", []))
        if sort == "join" or reading == " ":
            space = regex.match(r"\s+", text[end:])
            if space:
                stretches.append((end, end + space.end(), "", []))
    for match in _AT_HANDLE.finditer(text):
        start = match.start()
        if _JOINED_BEFORE.search(text, 0, start):
            start = len(text[:start].rstrip())  # "sal dot jones at gmail": an address's @
        stretches.append((start, match.start("words"), "@", [match.start()]))
        # the spaces between the words said apart close up
        for gap in regex.finditer(r"\s+", match.group("words").rstrip()):
            at = match.start("words") + gap.start()
            stretches.append((at, at + len(gap.group()), "", []))
    return _merged(sorted(stretches))


# Four letters or more spelt with the spelling alphabet and nothing else: a word spelt out,
# most often a name ("oscar delta oscar november november echo lima lima")
_SPELT_WORD = regex.compile(rf"(?i)\b(?:{_NATO})(?:\s+(?:{_NATO})){{3,}}\b")


def spelt_words(text: str) -> list[tuple[int, int, str]]:
    """Each word spelt out in the spelling alphabet: where it is said, and the word."""
    return [
        (m.start(), m.end(), "".join(w[0] for w in m.group().split()).capitalize())
        for m in _SPELT_WORD.finditer(text)
    ]


def _merged(stretches: list[tuple[int, int, str, list[int]]]) -> list[Stretch]:
    """Stretches that touch made one; one that overlaps an earlier one is left out."""
    out: list[Stretch] = []
    for start, end, chars, where in stretches:
        if out and start < out[-1][1]:
            continue
        if out and start == out[-1][1]:
            s, _, c, w = out[-1]
            out[-1] = (s, end, c + chars, [*w, *where])
        else:
            out.append((start, end, chars, list(where)))
    return out
