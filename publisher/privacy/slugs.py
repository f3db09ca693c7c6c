"""Links, file names and slugs read as the words they are made of.

"?informant=Rajesh+Patel&relation=uncle", "/cases/harlow-riverside-mall-shooting-june-2023",
"bit.ly/rovers-head-coach-ct", "mayor_of_westbridge_mri_spine.png": a page's address or a
file's name says as much as a sentence, in lower case with its words joined. Each is read as
words with the capitals a typist would give its names, its query's keys and values as "key:
value", and what blocks in that reading blocks where the link or the name stands. A public
reference's link (a DOI, a Radiopaedia case) is left as it is: its words and numbers are a
paper's or a library's; a DOI in another site's path is left out for the same reason.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from urllib.parse import unquote, urlsplit

from .casing import recased, uncased
from .lexicon import CITIES
from .links import links
from .namelists import FIRST_NAMES, SURNAMES
from .normalise import fold, words
from .people import is_ordinary
from .vocabulary import ACRONYMS, MEDICAL_WORDS

# A link shortener or a bare site and a path, without "https://": "bit.ly/rovers-head-coach"
_BARE_LINK = re.compile(
    r"(?i)(?<![\w@./-])(?:[a-z\d-]+\.)+(?:ly|gl|gd|at|co|cc|to|me|io|com|org|net|link)"
    r"/[^\s<>\"'\])]+"
)
# A file name or a path: words joined by underscores or slashes, or ending on a file's type
_FILE = re.compile(
    r"(?<![\w@#./-])/?(?=[\w.%+-]*[_/])[\w%+-]+(?:[_/.][\w%+-]+)+"
    r"|(?<![\w@#./-])[\w%+-]+(?:-[\w%+-]+){2,}\.(?i:jpe?g|png|gif|dcm|tiff?|webp|mp4|mov|pdf|nii)\b"
)
_EXTENSION = re.compile(
    r"(?i)\.(?:jpe?g|png|gif|dcm|tiff?|webp|bmp|mp4|mov|avi|pdf|nii(?:\.gz)?|zip)$"
)
_PIECE = re.compile(r"[^\W_]+|[+]?\d[\d+]*")
_DOI = re.compile(r"10\.\d{4,9}/\S+")
_LOWER = words("""
    the a an of in at on and or to for by with from after before his her their is was
    uploads upload images image img imgs files file cases case scans scan export exports share
    shared public static media assets pacs viewer study studies series tmp temp data docs
    download downloads attachments wp content teaching eponym eponyms folder folders vs
""")


def _word(piece: str) -> str:
    folded = fold(piece)
    if not piece.islower() or not piece.isalpha() or folded in _LOWER or folded in MEDICAL_WORDS:
        return piece
    if folded in ACRONYMS:
        return piece.upper()
    named = folded in CITIES or folded in FIRST_NAMES or folded in SURNAMES
    return piece.capitalize() if named or not is_ordinary(piece) else piece


def _words(part: str) -> str:
    """A path's or a value's words, with the capitals a typist would have given the names
    among them: "kestrel-estate-block-c-flat-12" is "Kestrel Estate block c flat 12"."""
    pieces = _PIECE.findall(_EXTENSION.sub("", part))
    said = " ".join(pieces)
    if uncased(said):
        said = recased(said)[0]
    return " ".join(_word(p) for p in said.split(" "))


def _query(query: str) -> str:
    said = []
    for pair in re.split(r"[&;]", query):
        key, _, value = pair.partition("=")
        value = unquote(value.replace("+", " "))
        said.append(f"{_words(unquote(key))}: {_words(value)}" if value else _words(unquote(key)))
    return "; ".join(s for s in said if s)


def _read_link(url: str) -> str:
    try:
        parts = urlsplit(url if "://" in url else "//" + url)
    except ValueError:
        return ""
    path = _DOI.sub("", parts.path)  # a paper's DOI in the path: its numbers are the paper's
    path = " ".join(_words(unquote(p)) for p in path.split("/") if p)
    said = [s for s in (path, _query(parts.query), _words(unquote(parts.fragment))) if s]
    return ". ".join(said)


def _file_shaped(token: str) -> bool:
    return (
        "_" in token
        or token.count("/") >= 2
        or bool(_EXTENSION.search(token))
        or ("/" in token and "-" in token)
    )


def slug_stretches(text: str) -> Iterator[tuple[int, int, str]]:
    """Each link or file name that is not a public reference, with the words it reads as."""
    taken: list[tuple[int, int]] = []
    for start, end, url, public in links(text):
        taken.append((start, end))
        if not public and (said := _read_link(url)):
            yield start, end, said
    for match in [*_BARE_LINK.finditer(text), *_FILE.finditer(text)]:
        start, end = match.start(), match.end()
        if any(s < end and start < e for s, e in taken):
            continue
        taken.append((start, end))
        token = match.group()
        if match.re is _FILE and not _file_shaped(token):
            continue  # "T2/FLAIR", "and/or": a pair, not a path
        said = _read_link(token) if match.re is _BARE_LINK else _words(unquote(token))
        if said and re.search(r"[^\W\d_]{3}", said):
            yield start, end, said
