"""Names that are not patients': the authors of a cited paper, and a credited clinician.

A citation lists its authors as surname and initials ("Okoye C, García-Márquez L",
"Smith J, et al.", "Smith, J. & Jones, K. (2019)") and carries a year; no case text
names a patient so. In ``credit``, a name with a clinician's title or letters after it
("Dr Aisha Bello", "Priya Raghavan MD") is the contributor's. A patient named in
``credit`` has neither, and still blocks.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

_PARTICLE = r"(?i:van|von|de|der|da|di|del|la|le|al|el|ter)"
_SURNAME = (
    rf"\p{{Lu}}\p{{Ll}}[\p{{L}}\p{{M}}'’-]*(?:\s+{_PARTICLE}\s+\p{{Lu}}[\p{{L}}\p{{M}}'’-]+)?"
)
_INITIALS = r"\p{Lu}{1,3}\b\.?"
_DOTTED = r"\p{Lu}\.(?:\s?-?\p{Lu}\.)*"
# Vancouver: "Okoye C, García-Márquez L", "Smith J, et al."; APA: "Smith, J., & Jones, K."
_AUTHOR = rf"{_SURNAME}(?:\s+(?:{_INITIALS})|,\s+{_DOTTED})"
_AUTHORS = regex.compile(
    rf"(?<![\p{{L}}]){_AUTHOR}(?:\s*(?:,|;|,?\s*&|,?\s+and)\s*{_AUTHOR})*(?:,?\s*et\s+al\b\.?)?"
)
_YEAR = regex.compile(r"\b(?:1[89]|20)\d\d\b")
_TITLE = r"(?:Dr|Prof|Professor|Assoc\.?\s+Prof|Doctor)\.?"
_LETTERS = (
    r"(?:MD|PhD|DO|MBBS|MBChB|MB\s+BCh|FRCR|FRCPC|FRANZCR|FRCS|FRCP|MRCP|FACR|FRCPI|FFR"
    r"|RCSI|DMRD|DNB|MSc|BSc|MPH|RT|RT\(R\)|RDMS|RVT|MRT|DABR|EDiR)"
)
_NAME = r"\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*){0,3}"
_CLINICIAN = regex.compile(rf"\b{_TITLE}\s+{_NAME}|{_NAME}(?:,?\s+{_LETTERS}\b)+")


def citation_spans(text: str) -> Iterator[tuple[int, int]]:
    """The author lists of citations: names in the shape of a reference, with a year."""
    if not _YEAR.search(text):
        return
    for match in _AUTHORS.finditer(text):
        authors = match.group()
        # One "Surname I" alone could be "Smith A" in a sentence; a list, "et al." or a
        # full stop after the initials is a reference's shape.
        listed = regex.search(r"[,;&]|\band\b|et\s+al", authors)
        if listed or authors.endswith(".") or text.startswith(".", match.end()):
            yield match.span()


def clinician_spans(text: str) -> Iterator[tuple[int, int]]:
    """Names with a clinician's title before them or letters after them."""
    for match in _CLINICIAN.finditer(text):
        yield match.span()
