"""Word normalisation shared by the vocabularies and the detectors."""

from __future__ import annotations

import unicodedata
from functools import lru_cache


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
