"""How common a word is in English, and whether a rare word is made from a common one.

A word that is neither common nor medicine is suspect where a name may stand; these keep
ordinary but rare words ("motorcyclist", "calcaneal") out of that suspicion.
"""

from __future__ import annotations

from collections.abc import Container
from functools import lru_cache


@lru_cache(maxsize=16384)
def zipf(word: str) -> float:
    """Zipf frequency of a folded word in English (0 when unknown, 7 for "the")."""
    from wordfreq import zipf_frequency

    return float(zipf_frequency(word, "en"))


# Endings that make a rare word from a known one: "motorcyclist", "calcaneal", "pleuritic".
# The stem must be long, so that a short name ("Jamal", "Bilal") is never read as a derivation.
_DERIVATIONS = (
    ("ists", "e"), ("ists", ""), ("ists", "y"), ("ist", "e"), ("ist", ""), ("ist", "y"),
    ("eal", "eus"), ("eal", "eum"), ("al", "us"), ("al", "um"), ("al", "a"), ("al", "e"),
    ("ar", "a"), ("ar", "us"), ("ic", "y"), ("ic", "ia"), ("ic", "ium"), ("ics", "y"),
)  # fmt: skip


def derived(folded: str, known: Container[str]) -> bool:
    """Whether a folded word is a known or common word with a learned ending."""
    for ending, base_ending in _DERIVATIONS:
        stem = folded[: -len(ending)]
        if folded.endswith(ending) and len(stem) >= 5:
            base = stem + base_ending
            if base in known or zipf(base) >= 3.5:
                return True
    return False
