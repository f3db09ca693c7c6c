"""Chat written as it is typed: text-speak, digits for letters, numbers half in words.

"mum is j-e-n-n-y t@yl0r", "ring her on o7seven two1 4836 59o", "ninety-4 y/o", "works @ the
tesco": each stretch is given with the plain words to read there, so that the rules, which read
plain words, see what a person reads. The scan only adds what blocks in the plain reading; the
text as written is read as well.
"""

from __future__ import annotations

import re

import regex

from .numbers import TENS

# (start, end, the characters to read there, for each of them the offset it stands for)
Stretch = tuple[int, int, str, list[int]]

_DIGIT_WORDS = {
    "zero": "0", "one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6",
    "seven": "7", "eight": "8", "nine": "9",
}  # fmt: skip
_NUMBER_PART = re.compile(
    r"(?i)\d|" + "|".join(sorted([*_DIGIT_WORDS, *TENS], key=len, reverse=True)) + r"|o"
)
# Words as they are texted, read as written out. Only words that mean nothing else in a
# teaching post: "r" (right) and "da" (Portuguese "of the") stay as they are.
_TEXT_SPEAK = {
    "b4": "before", "2day": "today", "2moro": "tomorrow", "2morrow": "tomorrow",
    "2nite": "tonight", "2night": "tonight", "l8r": "later", "gr8": "great", "m8": "mate",
    "m8s": "mates", "sum1": "someone", "some1": "someone", "ne1": "anyone", "any1": "anyone",
    "every1": "everyone", "no1": "no one", "4ever": "forever", "ur": "your", "u": "you",
    "thru": "through", "frm": "from", "aftr": "after", "w": "with", "n": "and",
    "wks": "weeks", "wk": "week", "dayz": "days", "sis": "sister", "bro": "brother",
    "fam": "family", "hubby": "husband", "lil": "little", "yday": "yesterday",
    "yest": "yesterday", "ystrdy": "yesterday", "tmrw": "tomorrow", "2mrw": "tomorrow",
    "ppl": "people", "pls": "please", "plz": "please", "wat": "what",
    "cuz": "because", "coz": "because", "bc": "because", "hosp": "hospital", "@": "at",
    "mornings": "morning's", "nites": "nights", "nite": "night", "tonite": "tonight",
}  # fmt: skip
# "4 our club", "2 his mates": a digit for a word before the word it leads to
_FOR_TO = re.compile(
    r"(?i)(?<![\w.,:/-])([24])(?=\s+(?:our|the|his|her|their|a|an|him|them|us|me|my|get|be|see"
    r"|do|go|ages|real|sure|ur|your)\b)"
)
# a word or a hashtag's words, not a mention or a domain: "t@yl0r", not "@jo" or "jo@mail.com"
_WORD = regex.compile(
    r"(?<![\w@$])(?<!\w\w\.)(?!@)[\p{L}\d@$]+(?:['’][\p{L}]+)?(?![\w@$]|\.\w)|(?<=\s)@(?=\s)"
)
# Letters one by one with dots or hyphens between: "m.a.r.i.a", "k-o-w-a-l-$-k-a"
_DOTTED = regex.compile(r"(?<![\p{L}\d@$.-])[\p{L}@$0-9](?:[.-][\p{L}@$0-9]){3,}(?![\p{L}\d@$])")
_LOOK_ALIKE = {"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s"}
# Shapes that are medicine, not disguise: "T1", "C5", "L4", "CD4", "5mm", "3D", "4th", "10am"
_MEDICAL_SHAPE = re.compile(r"(?i)^(?:[a-z]{1,2}\d|[a-z]\d{2}|\d{1,3}[a-z]{1,3})$")


def _look_alike(word: str) -> str | None:
    """A word with digits or signs for letters, in letters: "t@yl0r", "r0$$", "pe11"."""
    if not any(c in _LOOK_ALIKE for c in word) or not any(c.isalpha() for c in word):
        return None
    if _MEDICAL_SHAPE.match(word) or len(word) < 3:
        return None
    if any(c.isupper() for c in word) and sum(c.isalpha() for c in word) < 5:
        return None  # a code: "T3N1M0", "Br40", "B70f", "IDS7"
    plain = word.replace("11", "ll")
    plain = "".join(_LOOK_ALIKE.get(c, c) for c in plain)
    return plain if plain.replace("'", "").replace("’", "").isalpha() else None


def _digits(word: str) -> str | None:
    """A word made only of digits, digit words and an o for a zero, in digits: "o7seven",
    "4one6", "1o2"; None for any other word."""
    at, out = 0, []
    low = word.casefold()
    while at < len(low):
        match = _NUMBER_PART.match(low, at)
        if not match:
            return None
        part = match.group()
        if part == "o":
            near_digit = (at and low[at - 1].isdigit()) or (
                at + 1 < len(low) and _NUMBER_PART.match(low, at + 1)
            )
            if not near_digit:
                return None
            out.append("0")
        elif part.isdigit():
            out.append(part)
        else:
            out.append(_DIGIT_WORDS.get(part) or TENS[part] + "\0")
        at = match.end()
    return "".join(out)


def _numbers(text: str) -> list[Stretch]:
    """Runs of numbers written half in digits and half in words, in digits."""
    stretches: list[Stretch] = []
    words = list(re.finditer(r"[A-Za-z0-9]+", text))
    i = 0
    while i < len(words):
        run: list[tuple[re.Match[str], str]] = []
        j = i
        while j < len(words):
            read = _digits(words[j].group())
            if read is None:
                break
            if run and text[words[j - 1].end() : words[j].start()] not in (" ", "-"):
                break
            run.append((words[j], read))
            j += 1
        written = "".join(w.group() for w, _ in run)
        has_digit = any(c.isdigit() for c in written)
        has_word = any(c.isalpha() for c in written)
        if run and has_digit and has_word:
            chars, where = _join(text, run)
            stretches.append((run[0][0].start(), run[-1][0].end(), chars, where))
        i = max(j, i + 1)
    # "the 1 7 th of july": a day's digits spaced out before its ordinal
    for match in re.finditer(r"(?<![\w])(\d) (\d) ?(st|nd|rd|th)\b", text):
        chars = match.group(1) + match.group(2) + match.group(3)
        where = [match.start(1), match.start(2), *range(match.start(3), match.end(3))]
        stretches.append((match.start(), match.end(), chars, where))
    return stretches


def _join(text: str, run: list[tuple[re.Match[str], str]]) -> tuple[str, list[int]]:
    """The run in digits: a tens word takes the unit after it ("ninety-4"), single digits close
    up ("seven-seven-2-1"), other groups keep their space or hyphen."""
    chars: list[str] = []
    where: list[int] = []
    for k, (word, read) in enumerate(run):
        if k:
            gap = text[run[k - 1][0].end() : word.start()]
            before = run[k - 1][1]
            tens_then_unit = before.endswith("\0") and len(read) == 1
            single = len(before.replace("\0", "")) == 1 and len(read) == 1
            if tens_then_unit:
                chars.pop()
                where.pop()
            elif not single:
                chars.append(gap)
                where.append(run[k - 1][0].end())
        for n, digit in enumerate(read):
            chars.append("0" if digit == "\0" else digit)
            where.append(word.start() if n < len(read) - 1 else word.end() - 1)
    return "".join(chars), where


def chat_stretches(text: str) -> list[Stretch]:
    """Every stretch of ``text`` written as chat, with the plain reading of it; none overlap."""
    found: list[Stretch] = []
    taken: list[tuple[int, int]] = []

    def add(start: int, end: int, chars: str, where: list[int]) -> None:
        if any(start < e and s < end for s, e in taken):
            return
        taken.append((start, end))
        found.append((start, end, chars, where))

    for stretch in _numbers(text):
        add(*stretch)
    for match in _DOTTED.finditer(text):
        kept = [k for k in range(match.start(), match.end()) if text[k] not in ".-"]
        letters = "".join(text[k] for k in kept)
        plain = _look_alike(letters) or letters
        if sum(c.isalpha() for c in plain) >= 3 and plain.isalpha():
            add(match.start(), match.end(), plain, kept)
    for match in _FOR_TO.finditer(text):
        spoken = "for" if match.group(1) == "4" else "to"
        add(match.start(), match.end(), spoken, [match.start()] * len(spoken))
    for match in _WORD.finditer(text):
        word = match.group()
        said = _TEXT_SPEAK.get(word.casefold())
        reading = said if said is not None else _look_alike(word)
        if reading is None or reading == word:
            continue
        if said is not None and word.casefold() == "mornings":
            before = text[max(0, match.start() - 5) : match.start()].casefold()
            if before != "this ":
                continue  # "in the mornings": a habit, not a day
        where = [match.start()] * (len(reading) - 1) + [match.end() - 1]
        add(match.start(), match.end(), reading, where)
    return sorted(found)
