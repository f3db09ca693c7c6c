"""Text typed or dictated all in lower case, read with the capitals a typist would have used.

"brought in by her daughter lindsey pierce", "lives at 42 bramble lane in kettering", "the
captain of yorkshire county cricket club": the rules find names and places by their capitals,
and speech recognition and a hurried phone leave none. In a text with no word in sentence case
the words that stand where a name stands are given a capital: a known given name, the words
after a title or a relation ("mister", "her daughter"), a rarer word after a name (its
surname), a town, and the words before a place's own noun ("bramble lane", "hebden bridge
station"). The result is as long as the text, so whatever is found in it is found at its
place; the scan counts only what blocks at a capital given so.
"""

from __future__ import annotations

import regex

from .frequency import zipf
from .languages import FUNCTION_WORDS, foreign_text, foreign_word
from .lexicon import CITIES, PLAIN_WORDS, REGIONS
from .namelists import FIRST_NAMES, SURNAMES
from .normalise import fold, words
from .vocabulary import EPONYMS, MEDICAL_WORDS

# A word in sentence case: where there is one, the writer used capitals and is read as written.
_SENTENCE_CASE = regex.compile(r"\b\p{Lu}\p{Ll}")
_WORD = regex.compile(r"(?<![\w@#])\p{Ll}[\p{Ll}'’]*")
# (not "mr", "ms" or "st": magnetic resonance, multiple sclerosis, the ST segment)
_TITLES = words("mister mrs missus miss saint")
# Words after which a name follows: "her daughter lindsey", "carer bronwen", "first name kevin".
_NAMERS = words("""
    daughter son husband wife partner carer mum mom mam mother dad father brother sister
    grandson granddaughter grandmother grandfather gran grandma grandad niece nephew aunt
    uncle cousin fiance fiancee girlfriend boyfriend neighbour neighbor friend named called
    name surname forename little wee lil baby
""")
# Nouns that end a place's name: "bramble lane", "low ridding farm", "whitby station".
_PLACE_NOUNS = words("""
    lane road street avenue drive close crescent terrace gardens grove way court row hill
    farm school academy college station club bridge estate park moor dale green square mews
    wharf quay pier harbour marina mill manor lodge cottage cottages house hall church chapel
    trials rovers united valley shipyard dock docks works factory colliery festival carnival
""")
_VIETNAMESE_NAME = regex.compile(
    r"\b(nguyen|tran|pham|hoang|huynh|phan|vu|vo|dang|bui|ngo|duong|trinh|dinh)\s+"
    r"(van|thi|duc|ngoc|minh|quoc|thanh|huu|xuan)\s+(\p{Ll}{2,})\b"
)
# Heads before a place's own word: "isle of coll", "ben nevis", "loch lomond".
_PLACE_HEADS = words("isle island mount ben loch lough lake river glen cape port fort")
# Prepositions before a town: "in kettering", "outside hawes".
_PLACE_BEFORE = words("in at outside near from")
_PLACE_AHEAD = _PLACE_HEADS | _PLACE_BEFORE
_NAMES = FIRST_NAMES | SURNAMES
# Words before a part of the body, where a given name may be Latin: "the inferior pubic rami"
_ANATOMY = MEDICAL_WORDS | words("""
    superior inferior pubic ischial ischiopubic left right anterior posterior medial lateral
    dorsal ventral communicating primary secondary terminal upper lower middle proximal distal
""")
_JOINERS = words("""
    the a an of in at on and or to for by with from after before his her their who which that
    is was has had says said aged age year years old
""")
_NUMBERS = words("""
    one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty
    sixty seventy eighty ninety hundred
""")


def _plain(folded: str) -> bool:
    return folded in PLAIN_WORDS or folded in MEDICAL_WORDS or folded in EPONYMS


def _rare(folded: str) -> bool:
    """A word that is neither plain English nor medicine: a name, more often than not."""
    return not _plain(folded) and len(folded) > 2 and zipf(folded) < 3.5


def _naming(folded: str) -> bool:
    """A word that can stand in a name: no little word, number or medical term."""
    return (
        folded not in _JOINERS
        and folded not in MEDICAL_WORDS
        and folded not in _NUMBERS
        and not folded.isdigit()
        and len(folded) > 1
    )


def uncased(text: str) -> bool:
    """Whether a text has words but none in sentence case, and starts in lower case or with
    an acronym ("ACL rupture in ..."), not with a capital ("A mother brings ...")."""
    first = regex.search(r"[\p{L}\d]+", text)
    return (
        first is not None
        and (
            first.group().islower()
            or (first.group().isalpha() and first.group().isupper() and len(first.group()) > 1)
        )
        and not _SENTENCE_CASE.search(text)
        and len(_WORD.findall(text)) >= 4
    )


def recased(text: str) -> tuple[str, list[tuple[int, int]]]:
    """The text with the capitals its names would have had, and where capitals were given.
    A text with any word in sentence case is returned as it is."""
    if not uncased(text):
        return text, []
    found = list(_WORD.finditer(text))
    folded = [fold(m.group()) for m in found]
    # English words as written, so that no accent is lost: "în artera" is no "in Kettering"
    said = [m.group().casefold() for m in found]
    chosen: set[int] = set()
    named: set[int] = set()
    # "dan masih menjadi acuan": in another language its own words are no names
    foreign = foreign_text(text)
    for k, word in enumerate(folded):
        before = said[k - 1] if k else ""
        if foreign and (word in FUNCTION_WORDS or foreign_word(said[k])):
            continue
        # a given name alone; a surname only after one ("okada" is a motorbike taxi too)
        if (
            word in FIRST_NAMES
            and word not in EPONYMS
            and (k == 0 or folded[k - 1] not in _ANATOMY)
        ):
            named.add(k)  # not "the inferior pubic rami"
        elif before in _TITLES and (_rare(word) if before == "miss" else _naming(word)):
            named.add(k)  # "mister graham", not "don't miss this"
        elif before in _NAMERS and (word in _NAMES or (not _plain(word) and zipf(word) < 4.0)):
            named.add(k)  # "her daughter lindsey"
        elif k - 1 in named and (word in _NAMES or (_naming(word) and zipf(word) < 4.0)):
            named.add(k)  # a rarer word after a name is its surname: "lindsey pierce"
        elif word in CITIES or word in REGIONS or (before in _PLACE_AHEAD and _rare(word)):
            chosen.add(k)
        elif before == "of" and k > 1 and said[k - 2] in _PLACE_HEADS and _rare(word):
            chosen.add(k)  # "the isle of coll"
    chosen |= named
    # a Vietnamese name, family name first, with its middle name: "nguyen van thanh"
    starts = {m.start(): k for k, m in enumerate(found)}
    for match in _VIETNAMESE_NAME.finditer(text):
        chosen.update(starts[match.start(g)] for g in (1, 2, 3) if match.start(g) in starts)
    for k, word in enumerate(folded):
        if (word in _PLACE_HEADS or word in _TITLES) and k + 1 in chosen:
            chosen.add(k)
        if word in _PLACE_HEADS and k + 2 in chosen and said[k + 1 : k + 2] == ["of"]:
            chosen.add(k)
        if word not in _PLACE_NOUNS:
            continue
        # back to a capital given already ("saint aidans primary school"), or over the rare
        # words just before it ("bramble lane")
        start = next(
            (
                j
                for j in range(k - 1, max(k - 4, -1), -1)
                if j in chosen and not any(w in _JOINERS for w in folded[j + 1 : k])
            ),
            None,
        )
        if start is None:
            start = k
            while start and k - start < 2 and _rare(folded[start - 1]):
                start -= 1
        if start < k:
            chosen.update(range(start, k + 1))
    chars = list(text)
    spans = []
    for k in sorted(chosen):
        match = found[k]
        head = match.group()[0].upper()
        if len(head) == 1:
            chars[match.start()] = head
            spans.append(match.span())
    return "".join(chars), spans
