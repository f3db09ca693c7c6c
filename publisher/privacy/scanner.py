"""The text scan: every detector over a text, minus safe spans, overlaps resolved.

The field a text is in matters: a handle in ``credit`` is the contributor's, anywhere else
it may be the patient's.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Iterable, Iterator, Mapping, Sequence
from functools import lru_cache
from itertools import pairwise

import regex

from .ages import find_old_ages
from .casing import recased
from .chat import chat_stretches
from .context import (
    PATIENT_FIELDS,
    WORLDLY_KINDS,
    field_base,
    homes,
    of_the_world,
    within_places,
)
from .credits import (
    citation_spans,
    clinician_spans,
    contributors_own,
    prose_citation_spans,
    thanked_clinician,
)
from .dates import find_dates, spelt_numbers
from .dictation import dictated_stretches, spelt_words
from .encoding import decoded, file_words, joined_words
from .events import find_events
from .features import find_features
from .findings import BLOCK, KINDS, Finding, Hit, make_finding, resolve_overlaps
from .handles import find_handles, find_hashtag_events, find_hashtag_names
from .identifiers import find_identifiers
from .lexicon import CITIES
from .links import find_links, safe_spans
from .locations import find_locations, find_tagged_facilities
from .namelists import FIRST_NAMES, SURNAMES
from .normalise import LONG_PAST, exact, fold
from .numbers import find_national_ids, find_phones
from .people import (
    could_be_name,
    could_be_place,
    could_be_tagged_name,
    could_be_town,
    find_people,
    is_tagged_name,
    names_a_figure,
    names_a_known_person,
)
from .relative_dates import find_relative_dates
from .risks import find_risks
from .slugs import slug_stretches
from .vocabulary import EPONYMS

_DETECTORS = (
    find_links,
    find_identifiers,
    find_national_ids,
    find_phones,
    find_dates,
    find_relative_dates,
    find_locations,
    find_people,
    find_risks,
    find_features,
)
# Kinds that may sit inside a "safe" span: a link is judged by its own detector.
_UNFILTERED = frozenset({"url", "external_url", "header_identifier"})
# Header values that name nobody: placeholders left by anonymisers and test phantoms.
_PLACEHOLDERS = exact(
    """
    anonymous anonymized anonymised anon unknown none null na patient test phantom
    deidentified de-identified removed redacted xxx
    """
)
_PLACE_KINDS = frozenset({"place", "address", "facility", "zip"})
# What an author's name may be read as; their numbers still count.
# A zip or a record number there is an issue, a page range or an article id ("W123-W131").
_AUTHOR_KINDS = frozenset({"name", "place", "facility", "zip", "record_number", "age_over_89"})


def _header_parts(value: str) -> list[str]:
    """Searchable pieces of a DICOM value: 'DOE^JOHN^^^' -> ['DOE', 'JOHN']."""
    parts = [p.strip(".") for p in re.split(r"[\^,\s/]+", value)]
    return [p for p in parts if len(p) >= 2 and p.casefold() not in _PLACEHOLDERS]


def _header_hits(text: str, identifiers: Sequence[str]) -> Iterator[Hit]:
    for value in identifiers:
        for part in _header_parts(str(value)):
            pattern = rf"(?<![\w]){re.escape(part)}(?![\w])"
            for match in re.finditer(pattern, text, re.IGNORECASE):
                yield Hit("header_identifier", match.start(), match.end())


def _overlaps(hit: Hit, spans: Sequence[tuple[int, int]]) -> bool:
    return any(hit.start < end and start < hit.end for start, end in spans)


_HOSPITAL_WORD = re.compile(r"\b(?:St|General|Hospital|Infirmary|Clinic|Royal|Memorial)\b")
_DISEASE_GEOGRAPHY = re.compile(
    r"(?i:\b(?:endemic|endémi\w+|endemisch|endemico|endémico|prevalent|widespread|diffus[ae]"
    r"|verbreitet|rasprostran\w+|hyperendemic|common\s+in|found\s+in|occurs\s+in|endemsk\w*"
    r"|endemi\w+|okolic\w*|u\s+selima|javlja\s+se|se\s+[îi]nt[aâ]lne[sș]te|paplit\w*|izplat[iī]t\w*"
    r"|levinud|esinemissagedus\w*|sagedus\w*|u[cč]estal\w*|frecven[tț]\w*|well\s+recogni[sz]ed"
    r"|recogni[sz]ed\s+in|reported\s+in|emerged|parts\s+of|pogost\w*|zlasti|osobito|mai\s+ales"
    r"|h[oō]koku\w*|y[uū]by[oō]ritsu|hassei\w*|ry[uū]k[oō]\w*|f[uū]doby[oō]|yuhaeng\w*"
    r"|balsaeng\w*|yubyeong\w*|pungtobyeong|toku\s+ni|teukhi)\b)"
)
_IN_A_PLACE = re.compile(
    r"(?i:\b(?:in|on|across|around|throughout|of)\s+(?:the\s+|parts\s+of\s+(?:the\s+)?)?$"
    r"|,\s*$|\band\s+$|\bv\s+(?:bassejne\s+)?$|\bi\s+$|\b(?:en|em|w|dans|nel|nella|im|y|e|und)\s+$"
    r"|\b(?:u\s+okolici|okolici|du[zž]|uz|[îi]n|din|ir|un|ja)\s+$)"
)
_HOSPITAL_FIRST = frozenset(
    {"Hospital", "Clínica", "Clinica", "Hôpital", "Ospedale", "Krankenhaus", "Klinikum",
     "Ziekenhuis", "Sanatorio", "Policlínico", "Policlinico", "Szpital", "Nemocnice", "Kórház",
     "CHU", "CHRU", "Uniklinik", "Universitätsklinikum"}
)  # fmt: skip
_BODIES = frozenset({"college", "society", "academy", "institute", "association", "colleges"})
_DEPARTMENTS = frozenset({"ED", "AE", "Hospital", "ICU", "Radiology", "Imaging", "Trauma", "XRay"})
_DISCIPLINES = frozenset({"radiology", "imaging", "medicine", "surgery", "radiography", "nursing"})


def _names_a_hospital(parts: Sequence[str]) -> bool:
    """A hashtag's words that name a hospital without saying "Hospital" last:
    "#HospitalComarcalDeValdeorras", "#RoyalVicBelfast", "#KilkennyGeneralED"."""
    if any(fold(p) in _BODIES for p in parts):
        return False  # "#RoyalCollegeRadiology" is a college
    if parts[0] in _HOSPITAL_FIRST:
        return len(parts) >= 2
    if len(parts) < 3:
        return False
    saint_or_royal = parts[0] in ("Royal", "St", "Saint", "Mater")
    if saint_or_royal and fold(parts[-1]) in CITIES:
        return True
    of_a_place = parts[-2] in ("General", "Royal", "University", "Regional", "District")
    return (saint_or_royal or of_a_place) and parts[-1] in _DEPARTMENTS


def _blocking_words(words: str) -> Iterator[Hit]:
    """Facilities in a hashtag's words ('St Mungos Hospital'); a tag that ends on a
    discipline ('IrishRadiology', 'AIinRadiology') is a community's, not a place."""
    parts = words.split()
    if fold(parts[-1]) in ("day", "eve", "parade", "festival", "week"):
        return  # "#StPatricksDay": a saint's feast, not a hospital
    if _names_a_hospital(parts):
        yield Hit("facility", 0, len(words))
        return
    if fold(parts[-1]) in _DISCIPLINES:
        if not _HOSPITAL_WORD.search(words):
            return
        words = words.rsplit(maxsplit=1)[0]  # "St Mungos General Radiology": a hospital's
    for detect in (find_locations,):
        for hit in detect(words):
            if KINDS[hit.kind].severity == BLOCK:
                yield hit


def _authors(text: str, field: str) -> list[tuple[int, int]]:
    """Where the names are authors': a reference from its author list on, and any
    citation's author list, unless the patient's cue stands before it ("Pt : Vuillemin J.-B.")."""
    cited = [s for s in citation_spans(text) if not _PATIENT_BEFORE.search(text, 0, s[0])]
    if field_base(field) == "references":
        # a lecture or a talk cites its speaker by title: "Prof. N. Islam, 'Approach to ...'"
        cited += clinician_spans(text)
        # the journal's year, volume, issue and pages: "2018;15(11S):S217-S231", and the
        # journal's abbreviated name before them: "N Engl J Med. 2011;365"
        pages = [m.span() for m in _PAGINATION.finditer(text)]
        pages += [m.span() for m in _JOURNAL.finditer(text)]
        pages += [m.span() for m in _PUBLISHED_AT.finditer(text)]
        # authors all in full, as Vietnamese and Indonesian journals print them: "Nguyễn Văn
        # Tâm, Lê Thị Hoa. Đặc điểm ... 2022;515(2):112-117"
        written_out = _AUTHORS_IN_FULL.match(text)
        if not cited and written_out and _PAGINATION.search(text, written_out.end()):
            cited.append(written_out.span(1))
        if cited:
            # authors written in full before the ones by initials: "Zhang Wei, Dupont M."
            lead = _LEADING_AUTHORS.match(text, 0, min(s for s, _ in cited))
            if lead and lead.end() == min(s for s, _ in cited):
                cited.append((0, lead.end()))
            # from the authors on, all but the title, which may tell a patient's name:
            # "Iqbal S, Raza H. Hydatid cyst: the case of Bilal Ahmed Khan. Pak J Radiol. 2021"
            first, last = min(s for s, _ in cited), max(e for _, e in cited)
            # a title in quotes ends at its quote: "Okoye CE, et al. (2022) 'The swirl sign',
            # AJNR Am J Neuroradiol 43(3): 388–94"
            title = _QUOTED_TITLE.match(text[last:]) or re.match(
                r"\.?\s*([^.?!]{12,}?)[.?!]\s", text[last:]
            )
            # a title, not a journal's abbreviated name: it has words in lower case
            if title and len(re.findall(r"(?<![\w-])[a-z]{3,}", title.group(1))) >= 3:
                # the journal's name after the title, not the title's last words before it
                pages = [p for p in pages if p[0] >= last + title.end(1)]
                return [(first, last + title.start(1)), (last + title.end(1), len(text)), *pages]
            cited = [(first, len(text))]
        return cited + pages
    # "As Gibbs and Walker showed (Pediatr Radiol. 2016;46:88-95)": a paper cited in passing
    return cited + prose_citation_spans(text)


# A book's or report's publisher and place: "San Francisco: AAO; 2019", "London: RCR, 2020"
_PUBLISHED_AT = regex.compile(
    r"(?:\p{Lu}[\p{L}'’-]+\s+){0,2}\p{Lu}[\p{L}'’-]+(?:,\s*[A-Z]{2})?\s*:\s*[^;.:]{2,60}[;,]\s*(?:19|20)\d\d\b"
)
_AUTHORS_IN_FULL = regex.compile(
    r"\s*((?:\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3})"
    r"(?:,\s*\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3})*"
    r"(?:,?\s+(?:et\s+al|và\s+cộng\s+sự|dkk|at\s+iba\s+pa))?)\.\s+\p{Lu}"
)
_QUOTED_TITLE = regex.compile(
    r"\.?\s*(?:\(\s*(?:19|20)\d\d[a-z]?\s*\)\.?\s*)?['‘\"“]([^'’\"”]{12,})['’\"”]"
)
_JOURNAL = regex.compile(r"(?:\b\p{Lu}[\p{Ll}]{0,9}\.?\s+){2,7}(?=(?:19|20)\d\d\s*[;:(.])")
_PATIENT_BEFORE = regex.compile(
    r"(?i:\b(?:pt|patient[e]?|paciente|patiënt|doente|paziente|mr|mrs|ms|mme|m|sig|sra?)\.?\s*[:=-]?\s*)$"
)
_LEADING_AUTHORS = regex.compile(
    r"\s*(?:\p{Lu}[\p{L}\p{M}'’-]+(?:\s+\p{Lu}[\p{L}\p{M}'’-]+){0,2}\s*[,;&]\s*){1,6}"
)
_PAGE_KINDS = frozenset({"national_id", "phone", "record_number", "zip", "date"})
_LIFE_YEARS = re.compile(
    # also after the name it is known by: "Ibn Sina (Avicenna, 980-1037)"
    r"\((?:[^()\d]{1,30},\s*)?(?:c\.\s*)?([1-9]\d\d|1[0-9]\d\d)\s*[-–]\s*([1-9]\d\d|1[0-9]\d\d"
    r"|20[0-2]\d)\)"
)
_PAGINATION = re.compile(
    # a volume holds a digit: "2021; B: follow-up" is a list, not a journal's pages
    r"\b(?:19|20)\d\d(?:\s+[A-Z][a-z]{2}(?:\s+\d{1,2})?)?\s*;\s*(?=\w*\d)\w+(?:\([\w-]+\))?\s*:\s*"
    r"[\w.-]+"
    # Springer's way: "Pediatr Radiol 48(9):1240-1248", a volume, its issue, its pages
    r"|\b\d{1,4}\(\d{1,3}(?:[-–]\d{1,3})?\)\s*:\s*[A-Za-z]?\d{1,6}\s*[-–]\s*[A-Za-z]?\d{1,6}\b"
)
_TAGGED_RECORD = re.compile(
    r"#(?i:acc|accession|mrn|urn|hosp(?:no)?|nhi|uhid|ipd|study(?:id)?|pt(?:id)?)"
    r"_?#?\d{5,}\b"
)
_HOME_PAGE = re.compile(r"(?i:(?:https?://)?(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)+/?)")
# Fields where a clinician may be thanked in passing ("shoutout to Dr Marcus Bell").
_THANKS_FIELDS = frozenset({"title", "question", "explanation", "teaching_points", "alt"})


# Full-width forms ("tkimura＠docomo.ne.jp", "０９０") read as their ASCII twins: one
# character for one, so every offset still points into the text as written.
def _enclosed() -> dict[str, str]:
    table = {"⓪": "0", "⓿": "0", "🄀": "0"}
    for first, count, to in (
        (0x2460, 9, "1"), (0x24F5, 9, "1"), (0x2776, 9, "1"), (0x2780, 9, "1"),
        (0x278A, 9, "1"), (0x24B6, 26, "A"), (0x24D0, 26, "a"), (0x1F130, 26, "A"),
        (0x1F150, 26, "A"), (0x1F170, 26, "A"),
    ):  # fmt: skip
        table |= {chr(first + i): chr(ord(to) + i) for i in range(count)}
    for code in range(0x1D400, 0x1D800):
        plain = unicodedata.normalize("NFKC", chr(code))
        if len(plain) == 1 and plain.isascii() and plain.isalnum():
            table[chr(code)] = plain
    return table


_ENCLOSED = _enclosed()
_FULL_WIDTH = str.maketrans(
    {chr(c): chr(c - 0xFEE0) for c in range(0xFF01, 0xFF5F)}
    # and separators that stand for a dot or a hyphen: "087·555·0199", "087‒555‒0199" (an
    # en dash stays: it joins years, "1914–1918")
    | {"·": ".", "‧": ".", "•": ".", "‒": "-", "‐": "-", "‑": "-", "➖": "-", "−": "-"}
    # Arabic-Indic and Persian digits: "٩٣ عاماً" is 93
    | {chr(0x0660 + d): str(d) for d in range(10)}
    | {chr(0x06F0 + d): str(d) for d in range(10)}
    # digits and letters in circles and squares, and mathematical letters: "⑦⑥⑤⓪",
    # "🅼🅰🆁🅺🆈", "ⓜⓔⓖⓢ", "𝐌𝐚𝐫𝐲"
    | _ENCLOSED
)
# Scripts whose names, places and events the rules read only in part; Chinese, Japanese and
# Korean included. Three letters in a row make a word of one (not "μg" or "α-fetoprotein").
_UNREAD_SCRIPT = regex.compile(
    r"[\p{Arabic}\p{Hebrew}\p{Cyrillic}\p{Greek}\p{Devanagari}\p{Bengali}\p{Gurmukhi}"
    r"\p{Gujarati}\p{Tamil}\p{Telugu}\p{Kannada}\p{Malayalam}\p{Sinhala}\p{Thai}\p{Lao}"
    r"\p{Myanmar}\p{Khmer}\p{Georgian}\p{Armenian}\p{Ethiopic}\p{Han}\p{Hiragana}\p{Katakana}"
    r"\p{Hangul}]{3,}"
)


# Greek and Cyrillic letters that look Latin, inside a Latin word: "#PrayFοrDesiree"
_LOOKALIKES = str.maketrans(
    "οαεικνρτυχΑΒΕΖΗΙΚΜΝΟΡΤΥΧаеорсухіјѕАВЕКМНОРСТХ",
    "oaeiknptuxABEZHIKMNOPTYXaeopcyxijsABEKMHOPCTX",
)
_LOOKALIKE_WORD = regex.compile(r"\w*[\p{Greek}\p{Cyrillic}]\w*")
_LATIN = regex.compile(r"\p{Latin}")


def _unmask(text: str) -> str:
    """Latin words with a Greek or Cyrillic look-alike in them, read as Latin; words wholly in
    those scripts stay as they are, for ``unread_script``; a name hidden in mixed case
    ("mArGaReT", "o'SULLIVAN") is read as it is usually written."""
    text = _LOOKALIKE_WORD.sub(
        lambda m: m.group().translate(_LOOKALIKES) if _LATIN.search(m.group()) else m.group(),
        text,
    )
    text = _MIXED_CASE.sub(lambda m: _as_a_name(m.group()), text)
    return _LEET_WORD.sub(lambda m: _leet_name(m.group()), text)


# A name spelt with digits and signs for letters: "M@rg@ret Th0rnt0n".
_LEET_WORD = regex.compile(r"(?<![\w@.])\p{L}[\p{L}@$0-9]*[@$0-9][\p{L}@$0-9]*\p{L}(?![\w@])")
_LEET_LETTERS = str.maketrans(
    {"@": "a", "$": "s", "0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t"}
)


def _leet_name(word: str) -> str:
    plain = word.translate(_LEET_LETTERS)
    if sum(c.isalpha() for c in word) < 2 or not plain.isalpha():
        return word
    named = fold(plain)
    return plain if named in FIRST_NAMES or named in SURNAMES else word


# A word whose case flips inside it twice or more, or a particle in lower case before a
# surname in capitals: case used to hide a name from the rules.
_MIXED_CASE = regex.compile(
    r"(?<![\p{L}'’#@_.])(?:\p{Ll}\p{Lu}\p{L}*\p{Ll}\p{Lu}\p{L}*|(?:o|d|mc|mac)['’]?\p{Lu}{3,})(?![\p{L}'’_])"
)


def _as_a_name(word: str) -> str:
    if sum(1 for a, b in pairwise(word) if a.islower() != b.islower()) < 3 and not (
        regex.match(r"(?:o|d|mc|mac)['’]?\p{Lu}{3,}$", word)
    ):
        return word  # "McDonald", "iPhone", "DeVries": ordinary capitals inside a word
    head, rest = word[0].upper(), word[1:].lower()
    quote = regex.match(r"(['’])(\p{L})", rest)
    if quote:
        rest = quote.group(1) + quote.group(2).upper() + rest[2:]
    named = fold(regex.sub(r"^(?:o|d|mc|mac)['’]?", "", head + rest, flags=regex.IGNORECASE))
    # only a name read back: a gamer's "xXSniperDadXx" stays as written
    return head + rest if named in FIRST_NAMES or named in SURNAMES else word


# Letters or digits one by one, spaced or underscored: "J o h n", "#B_e_a_t_r_i_z", "9 4 yo",
# a date's digits so: "1 9 / 0 7 / 1 9 8 1", and digits on keycaps: "5️⃣2️⃣3️⃣-4️⃣1️⃣".
_KEYCAP_MARKS = "\ufe0f\u20e3"
_SPACED = regex.compile(
    r"(?<![\p{L}\d])(?:[@#] )?[\p{L}\d](?:\ufe0f?\u20e3)?"
    r"(?:(?:[ _]|(?<=[\d\u20e3]) ?[/.-] ?(?=\d)|(?<=\u20e3))[\p{L}\d](?:\ufe0f?\u20e3)?){2,}"
    r"(?![\p{L}\d])"
)


# A rewrite of a text: for each stretch replaced, where it was and the characters to read
# there, each with the offset in the text it stands for.
Rewrite = tuple[str, list[int], list[tuple[int, int]]]


def _rewritten(text: str, stretches: Iterable[tuple[int, int, str, list[int]]]) -> Rewrite:
    """The text with each (start, end) stretch read as its replacement; for each character
    of the result, its offset in the text; and where the replaced stretches are in it."""
    pieces: list[str] = []
    offsets: list[int] = []
    runs: list[tuple[int, int]] = []
    at = 0
    for start, end, chars, where in stretches:
        if start < at:
            continue
        pieces.append(text[at:start])
        offsets.extend(range(at, start))
        runs.append((len(offsets), len(offsets) + len(chars)))
        pieces.append(chars)
        offsets.extend(where)
        at = end
    pieces.append(text[at:])
    offsets.extend(range(at, len(text)))
    return "".join(pieces), offsets, runs


def _despaced(text: str) -> Rewrite:
    """Spaced-out runs closed up: "S a r a h", "5️⃣2️⃣3️⃣"."""
    stretches = []
    for match in _SPACED.finditer(text):
        kept = [k for k in range(match.start(), match.end()) if text[k] not in " _" + _KEYCAP_MARKS]
        stretches.append((match.start(), match.end(), "".join(text[k] for k in kept), kept))
    return _rewritten(text, stretches)


def _in_digits(text: str) -> Rewrite:
    """Spelt-out years and o-for-zero dates in digits; every digit stands where its words
    start, the last where they end."""
    return _rewritten(
        text,
        (
            (start, end, digits, [start] * (len(digits) - 1) + [end - 1])
            for start, end, digits in spelt_numbers(text)
        ),
    )


# A file name, a path or a DICOM person name: words joined by underscores, slashes and carets
# ("/pacs/export/okonkwo_chinedu_ct_abdo/", "IMG_4471_MrsPettigrew_hipXR.jpg",
# "VAN DER BERG^JOHANNES"), read with the joins as spaces and run-together words apart.
_JOINED = regex.compile(r"[\p{L}\d.-]*[_/^][\p{L}\d._/^-]*[\p{L}\d]")
_RUN_TOGETHER = regex.compile(r"(?<=\p{Ll})(?=\p{Lu}\p{Ll})")


def _apart(text: str) -> Rewrite:
    """Joined names set apart; links are left alone."""
    safe = safe_spans(text)
    stretches = []
    for match in _JOINED.finditer(text):
        token = match.group()
        path = "_" in token or "^" in token or token.count("/") >= 2
        if not path or _overlaps(Hit("name", *match.span()), safe):
            continue  # "AO/OTA", "T2/FLAIR": a pair, not a path
        if not regex.search(r"\p{L}{3}", token):
            continue
        chars: list[str] = []
        where: list[int] = []
        for k, char in enumerate(token):
            if k and _RUN_TOGETHER.match(token, k):
                chars.append(" ")
                where.append(match.start() + k)
            chars.append(" " if char in "_/^" else char)
            where.append(match.start() + k)
        stretches.append((match.start(), match.end(), "".join(chars), where))
    return _rewritten(text, stretches)


def _spaced_out(text: str, field: str, today: dt.date | None) -> Iterator[Hit]:
    """What blocks once spaced-out letters are closed up, spelt-out years are read as digits
    ("born christmas eve, nineteen fifty-two"), joined names set apart, chat read as plain
    words or dictation as typed, at its place."""
    chat = _chat(text)
    rewrites = (_despaced(text), _in_digits(text), _apart(text), chat)
    for joined, offsets, runs in rewrites:
        if not runs:
            continue
        for hit in _hits(joined, field, today, closed_up=True):
            if KINDS[hit.kind].severity == BLOCK and _overlaps(hit, runs):
                yield Hit(hit.kind, offsets[hit.start], offsets[hit.end - 1] + 1, hit.note)
    # Dictation read as typed is the text itself, punctuated: all that is found in it counts.
    # In lower case, what blocks at a capital a typist would have given counts. A reference's
    # or a credit's numbers and names are its own (volume and pages, authors), said or not.
    cited = field_base(field) in ("references", "credit")
    said, offsets, runs = _rewritten(text, [] if cited else dictated_stretches(text))
    cased, capitals = (said, []) if cited else recased(said)
    if runs or capitals:
        for hit in _hits(cased, field, today, closed_up=True):
            if runs or (KINDS[hit.kind].severity == BLOCK and _overlaps(hit, capitals)):
                last = offsets[max(hit.start, hit.end - 1)]
                yield Hit(hit.kind, offsets[hit.start], last + 1, hit.note)


def _slugs(text: str, field: str, today: dt.date | None) -> Iterator[Hit]:
    """What blocks in a link's or a file name's words blocks where the link stands, whole."""
    stretches = list(slug_stretches(text))
    ends = {start: end for start, end, _ in stretches}
    said, offsets, runs = _rewritten(
        text, [(s, e, words, [s] * len(words)) for s, e, words in stretches]
    )
    if not runs:
        return
    hits = _hits(said, field, today, closed_up=True)
    places = [(h.start, h.end) for h in hits if h.kind in _PLACE_KINDS]
    times = [(h.start, h.end) for h in hits if h.kind == "date"]

    # for each link, the widest finding in its words (a phone number, not the digits in it);
    # a name only where no number or address is found ("Kestrel Estate ... flat 12" is an
    # address), and an event only where nothing narrower is
    def rank(hit: Hit) -> tuple[bool, bool, int]:
        event = hit.kind == "specific_event"
        return not event and hit.kind != "name", not event, hit.end - hit.start

    widest: dict[int, Hit] = {}
    for hit in [*hits, *find_events(said, places, times)]:
        if KINDS[hit.kind].severity != BLOCK:
            continue
        for start, end in runs:
            if hit.start < end and start < hit.end:
                best = widest.get(start)
                if best is None or rank(hit) > rank(best):
                    widest[start] = hit
                break
    for start, hit in widest.items():
        source = offsets[start]
        yield Hit(hit.kind, source, ends[source], hit.note)


@lru_cache(maxsize=256)
def _chat(text: str) -> Rewrite:
    """The text with its chat read as plain words: read once for identifiers and for events."""
    return _rewritten(text, chat_stretches(text))


def _chat_events(text: str) -> list[Hit]:
    """Events told in chat ("the goalie 4 our local club"), read in plain words."""
    joined, offsets, runs = _chat(text)
    if not runs:
        return []
    return [
        Hit(hit.kind, offsets[hit.start], offsets[hit.end - 1] + 1, hit.note)
        for hit in find_events(joined, [], [])
        if hit.kind == "specific_event" and _overlaps(hit, runs)
    ]


def _cased_events(text: str) -> list[Hit]:
    """Events told all in lower case ("the only midwife on the isle of skarra"), read with
    the capitals a typist would have given; only those that stand on a capital given."""
    cased, capitals = recased(text)
    if not capitals:
        return []
    return [
        hit
        for hit in find_events(cased, [], [])
        if hit.kind == "specific_event" and _overlaps(hit, capitals)
    ]


def _hits(text: str, field: str, today: dt.date | None, *, closed_up: bool = False) -> list[Hit]:
    text = _unmask(text.translate(_FULL_WIDTH))
    safe = safe_spans(text)
    hits = [hit for detect in _DETECTORS for hit in detect(text)]
    hits += find_old_ages(text, today)
    hits = [h for h in hits if h.kind in _UNFILTERED or not _overlaps(h, safe)]
    authors = _authors(text, field)
    hits = [h for h in hits if h.kind not in _AUTHOR_KINDS or not _overlaps(h, authors)]
    # "2019;39(4):1027-1045": a journal's volume and pages, no national number or phone
    pages = [m.span() for m in _PAGINATION.finditer(text)]
    # "Clarence Dally (1865-1904)": a life's years, no number of anyone's
    pages += [
        m.span() for m in _LIFE_YEARS.finditer(text) if 0 < int(m.group(2)) - int(m.group(1)) < 110
    ]
    hits = [h for h in hits if h.kind not in _PAGE_KINDS or not _overlaps(h, pages)]
    if field_base(field) == "references":
        # "twenty twenty one two one seven four": a citation's year, volume and pages said
        # aloud, no one's phone
        hits = [h for h in hits if h.kind != "phone" or regex.search(r"\d", text[h.start : h.end])]
    if field_base(field) in ("references", "credit"):
        # "https://www.socialstyrelsen.se", "www.sst.dk": a body's home page leads to no record
        hits = [
            h
            for h in hits
            if h.kind != "external_url" or not _HOME_PAGE.fullmatch(text[h.start : h.end])
        ]
    if field_base(field) == "credit":
        hits = [h for h in hits if not contributors_own(text, h.kind, h.start, h.end)]
    elif field_base(field) in _THANKS_FIELDS:
        hits = [
            h
            for h in hits
            if h.kind not in ("name", "facility", "place")
            or not thanked_clinician(text, h.start, h.end, place=h.kind != "name")
        ]
    hits = homes(text, field, within_places(text, hits))
    hits = [
        h
        for h in hits
        if h.kind not in (*WORLDLY_KINDS, "recency") or not of_the_world(text, field, h)
    ]
    if field_base(field) not in PATIENT_FIELDS and _DISEASE_GEOGRAPHY.search(text):
        # "endemic on the Swabian Jura and in parts of Siberia": places, though no list knows them
        hits = [h for h in hits if h.kind != "name" or not _IN_A_PLACE.search(text, 0, h.start)]
    if LONG_PAST.search(text) and (names_a_figure(text) or names_a_known_person(text)):
        # "Christiaan Barnard ... at Groote Schuur on 3 December 1967": the figure's workplace
        hits = [h for h in hits if h.kind != "address"]
    # Handles and hashtags are safe spans for the other rules; these two read them.
    hits += find_handles(text, in_credit=field_base(field) == "credit")
    hits += find_hashtag_names(text, could_be_tagged_name, _blocking_words, is_tagged_name)
    hits += find_hashtag_events(text, could_be_place, could_be_town)
    hits += find_tagged_facilities(text)
    # "#Acc7730125", "#MRN_0048217": a record's number as a tag, which the rules above skip
    hits += [Hit("record_number", *m.span()) for m in _TAGGED_RECORD.finditer(text)]
    # names pass in a credit and a citation anyway; elsewhere someone must read the words
    unread = field_base(field) not in ("credit", "references") and _UNREAD_SCRIPT.search(text)
    if unread:
        hits.append(Hit("unread_script", unread.start(), unread.end()))
    if not closed_up:
        hits += _spaced_out(text, field, today)
        # "oscar delta oscar november november echo lima lima": a name spelt out
        if field_base(field) not in ("references", "credit"):
            hits += [
                Hit("name", start, end)
                for start, end, word in spelt_words(text)
                if could_be_name(word) or fold(word) in SURNAMES
            ]
        if field_base(field) not in ("references", "credit"):
            # a link's words count where nothing else blocks already: "@x" stays a handle
            found = [(h.start, h.end) for h in hits if KINDS[h.kind].severity == BLOCK]
            hits += [h for h in _slugs(text, field, today) if not _overlaps(h, found)]
    return hits


_OWN_RECORD = re.compile(
    r"(?i:^\W*(?:admission|operative|op|discharge|clinic|progress|triage|nursing|referral|ward"
    r"|consultation|ED|A&E|handover)\s+(?:note|letter|summary|record|sheet)s?\b"
    r"|^\W*clinical\s+photo(?:graph)?s?\b|\((?:the\s+)?patient\)|\(patient'?s\s+\w+\)"
    r"|\bpatient'?s\s+(?:own\s+)?(?:husband|wife|son|daughter|mother|father|family|partner"
    r"|account|diary|photos?|videos?|blog)\b|\bdictated\b)"
)


_SAID_TO_BE_THE_PATIENT = regex.compile(
    r"(\p{Lu}[\p{L}'-]+(?:,?\s+\p{Lu}\.?){1,2}|\p{Lu}\p{Ll}+\s+\p{Lu}[\p{L}'-]+)\s*"
    r"\((?i:(?:the\s+|our\s+)?patient|(?:the\s+)?patient'?s\s+\w+)\)"
)


def scan_text(
    text: str,
    field: str = "text",
    *,
    extra_identifiers: Sequence[str] = (),
    today: dt.date | None = None,
) -> list[Finding]:
    """Scan one text for identifiers (block) and re-identification risks (warn)."""
    if not text:
        return []
    # "Mother&#39;s mobile%3A%20%2B44": the text as a reader sees it, findings where written
    plain, where = decoded(text)
    kept = _scan(plain, field, extra_identifiers, today)
    # "mayor_of_Penhallow_CT_chest.dcm": a file name read word by word as well as whole
    spaced = file_words(plain)
    if spaced != plain:
        # an eponym is read from the words apart: "Baker_cyst_vs_DVT.mp4" is a cyst
        joined = joined_words(plain)
        kept = [
            h for h in kept if not (h.kind == "name" and _inside(h, joined) and _eponyms(plain, h))
        ]
        kept = _joined(kept, _scan(spaced, field, extra_identifiers, today))
    if plain != text:
        kept = [
            Hit(h.kind, where[h.start], where[max(h.start, h.end - 1)] + 1, h.note) for h in kept
        ]
    return [make_finding(hit, text, field) for hit in sorted(kept, key=lambda h: h.start)]


def _eponyms(text: str, hit: Hit) -> bool:
    parts = re.split(r"[_\s]+", text[hit.start : hit.end])
    return all(fold(p) in EPONYMS for p in parts if p)


def _inside(hit: Hit, spans: Sequence[tuple[int, int]]) -> bool:
    return any(start <= hit.start and hit.end <= end for start, end in spans)


def _joined(first: list[Hit], second: list[Hit]) -> list[Hit]:
    """Two readings of one text as one: events whole, the other hits without overlaps."""
    events = {h for h in [*first, *second] if h.kind == "specific_event"}
    others = [h for h in [*first, *second] if h.kind != "specific_event"]
    return resolve_overlaps(others) + sorted(events, key=lambda h: (h.start, h.end))


def _scan(
    text: str, field: str, extra_identifiers: Sequence[str], today: dt.date | None
) -> list[Hit]:
    # "Admission note, 14 March 2024": a note from the patient's own record listed as a
    # reference is read as the patient's story, not as a citation
    read_as = "history" if field_base(field) == "references" and _OWN_RECORD.search(text) else field
    hits = _hits(text, read_as, today)
    # "Dunmore R (the patient)", "Ashworth G (patient's husband)": a name however it is cited
    hits.extend(Hit("name", *m.span(1)) for m in _SAID_TO_BE_THE_PATIENT.finditer(text))
    hits.extend(_header_hits(text, extra_identifiers))
    places = [(h.start, h.end) for h in hits if h.kind in _PLACE_KINDS]
    times = [(h.start, h.end) for h in hits if h.kind == "date"]
    told = [
        hit
        for hit in [*find_events(text, places, times), *_chat_events(text), *_cased_events(text)]
        if not of_the_world(text, read_as, hit)
    ]
    events = [h for h in told if h.kind == "specific_event"]
    others = [h for h in told if h.kind != "specific_event"]
    # An event spans its sentence: kept beside the findings inside it, not instead of them.
    return resolve_overlaps(hits + others) + events


def scan_fields(
    fields: Mapping[str, str],
    *,
    extra_identifiers: Sequence[str] = (),
    today: dt.date | None = None,
) -> list[Finding]:
    """Scan every field of a case; findings sorted by field, then offset."""
    findings = [
        finding
        for field, text in fields.items()
        for finding in scan_text(text, field, extra_identifiers=extra_identifiers, today=today)
    ]
    return sorted(findings, key=lambda f: (f.field, f.start, f.end))
