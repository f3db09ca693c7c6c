"""Word normalisation shared by the vocabularies and the detectors."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# A dot between digits ends no sentence: "Seit dem 31.12.2018 gilt ...", "3.5 cm".
# A dot between digits, or after a day or an ordinal before a lower-case word, a digit or a
# capitalised month ("vom 17. bis 19. Mai 2023"), ends no sentence.
# ... nor does one after a day before its month: "Der 8. November ist der Tag der Radiologie".
_MONTH_AFTER_DAY = (
    r"(?:Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November"
    r"|Dezember|January|February|March|June|July|October|December|Januari|Februari|Maart|Mei"
    r"|Augustus|Oktober)\b"
)
# Nor does the dot of a title before a name: "1896'da Dr. Esat Feyzi tarafından".
_TITLES = ("Dr", "Dra", "Drs", "Prof", "Mr", "Mrs", "Ms", "Mx", "Sr", "Sra", "Dott", "Pr", "Paz")
_TITLE_DOT = "|".join(rf"(?<=\b{title})" for title in _TITLES)
_SENTENCE = re.compile(
    rf"(?:[^.!?;\n]|(?<=\d)\.(?=\d)|(?:{_TITLE_DOT})\.(?=\s+[A-ZÀ-Þ])"
    # nor a one-letter abbreviation's before a lower-case word: "2024 r. obowiązują"
    rf"|(?<=\s[a-z])\.(?=\s+[a-zß-öø-ÿā-ž])"
    rf"|(?<=(?<!\d)\d)\.(?=\s+(?:[a-zß-öø-ÿā-ž\d]|[A-Z][a-zä]{{2,8}}\s+\d|{_MONTH_AFTER_DAY}))"
    rf"|(?<=(?<!\d)\d\d)\.(?=\s+(?:[a-zß-öø-ÿā-ž\d]|[A-Z][a-zä]{{2,8}}\s+\d|{_MONTH_AFTER_DAY})))+"
)
# Years that date history rather than a patient's care: before 1980, and before 1930.
# (with Basque's endings too: "1971ko urriaren 1ean", "1971n")
LONG_PAST = re.compile(
    r"(?<![\w])(?:1[5-8]\d\d|19[0-7]\d)(?![\d])(?:s(?![A-Za-z])|(?:ko|n|an|ean)\b|(?![A-Za-z]))"
)
CENTURY_AGO = re.compile(
    r"(?<![\w])(?:1[5-8]\d\d|19[0-2]\d)(?![\d])(?:s(?![A-Za-z])|(?:ko|n|an|ean)\b|(?![A-Za-z]))"
)


@lru_cache(maxsize=8192)
def fold(word: str) -> str:
    """Lower-case, accent-free form without a possessive ending ("Kienböck's" -> "kienbock")."""
    for ending in ("'s", "’s", "s'", "s’"):
        if word.endswith(ending) and len(word) > len(ending) + 1:
            word = word[: -len(ending)] + ("s" if ending[0] == "s" else "")
            break
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def words(block: str) -> frozenset[str]:
    """A vocabulary from a whitespace-separated block of words, folded."""
    return frozenset(fold(w) for w in block.split())


def exact(block: str) -> frozenset[str]:
    """A case-sensitive set of the whitespace-separated words of a block."""
    return frozenset(block.split())


def word_list(block: str) -> list[str]:
    """The whitespace-separated words of a block, in order."""
    return block.split()


# A case supposed for teaching: "In a 68-year-old farmer rolled under a quad bike, think flail
# chest", "In a 25-year-old lap-belted passenger, this pattern suggests a Chance fracture".
HYPOTHETICAL = re.compile(
    r"(?i)^\W*(?:in|for)\s+an?\s+(?:\d{1,3}|[a-z]+(?:-[a-z]+)?)[-\s]year[-\s]old\b"
    r"(?=[^.;!?]*,\s*(?:think|consider|suspect|look\s+for|expect|the\s+\w+\s+is|always|remember"
    r"|(?:CT|MRI|MR|ultrasound|US|a\s+radiograph|radiographs|imaging)\s+(?:is|are)\s+"
    r"(?:the\s+)?(?:first[-\s]line|first\s+choice|preferred|the\s+test|indicated)"
    r"|check|beware|this\s+(?:[\w-]+\s+){0,4}?(?:suggests|is\s+typical|is\s+classic|points\s+to"
    r"|indicates|is\s+the\s+(?:classic|typical))|(?:a|the)\s+(?:[\w-]+\s+){0,3}?(?:is|are)\s+"
    r"(?:typical|classic|common|likely))\b)"
)


def sentence_at(text: str, at: int) -> str:
    """The sentence (or clause up to a semicolon) that holds offset ``at``."""
    found = next((m for m in _SENTENCE.finditer(text) if m.start() <= at < m.end()), None)
    return found.group() if found else text
