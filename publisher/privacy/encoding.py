"""Text as it arrives from a web form or the wrong encoding, read as it was meant.

"Mother&#39;s mobile%3A%20%2B44%207911", "Tob\u200bias", "a ¹⁰⁴-year-old", "2021;1４２",
"9️⃣3️⃣", "2O23.l1.O7": HTML entities, percent-escapes, zero-width characters, superscript,
full-width or keycap digits, and letters that look like digits among digits hide what a
reader sees at once. The scan reads the text decoded, each character of it pointing back to
where it stands in the text as written, so that findings mark the written text.
"""

from __future__ import annotations

import html
import re
import unicodedata

# (the text decoded, for each of its characters the offset in the text it stands for)
Decoded = tuple[str, list[int]]

_ENTITY = re.compile(r"&(?:#\d{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_ESCAPES = re.compile(r"(?:%[0-9A-Fa-f]{2})+")
# zero-width spaces and joiners, the word joiner, a byte-order mark and a soft hyphen
_MARK_ESCAPE = re.compile(r"%(?:40|23)(?=\w)")
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
# a digit on a key, as emoji write it: "9️⃣3️⃣-year-old"
_KEYCAP = re.compile("([0-9#*])\ufe0f?\u20e3")
# O and l for 0 and 1 in a number: "2O23.l1.O7", "4l2 338", "14/ll/23". Each stretch between
# spaces holds a true digit too, so that "2 l" (litres) and the word "lol" stay as written.
_LOOK_ALIKE = re.compile(
    r"(?<![^\W\d_])(?=[0-9Ool./:\-–·]*\d)(?=[0-9./:\-–·]*[Ool])[0-9Ool]+(?:[./:\-–·][0-9Ool]+)*"
    r"(?![^\W\d_])"
)
_DIGIT_OF = str.maketrans("Ool", "001")
# A number in three or more groups joined by en dashes or middle dots is one joined by hyphens:
# "8472–339–105", "00·48·712·6"; a range of pages or years ("388–94") is left as written.
_DASHED = re.compile(r"(?<![\w–·-])\d+(?:[–‒·]\d+){2,}(?![\w–·])")
_HYPHEN = str.maketrans("–‒·", "---")
_COMPATIBLE = re.compile(
    "[\u00b2\u00b3\u00b9\u2070-\u209f\uff01-\uff5e\u2080-\u2089\u2160-\u217f]"
)  # superscript, subscript, full-width forms and the Roman numerals' own letters ("Ⅻ")
# Hyphens that are not "-": the plain hyphen and the non-breaking one ("16‑year‑old")
_HYPHENS = re.compile("[\u2010\u2011]")
# A hashtag with hyphens between its words reads as one: "#Bring‑Billy‑Home"
_HYPHENATED_TAG = re.compile(r"(?<![\w&])#[^\W\d_]+(?:[-\u2010\u2011][^\W\d_]+)+(?![\w-])")
# Roman numerals where figures belong: a date ("XXII·IX·MCMLXXXVI"), an age ("XCIV-year-old")
# and a journal's year before its volume ("MMXXIII;306(1)")
_ROMAN_DATE = re.compile(
    r"(?<![\w.·/-])([IVXLCDM]{1,6})([.·/-])([IVXLCDM]{1,4})\2([IVXLCDM]{4,})(?![\w·/-])"
)
_ROMAN_AGE = re.compile(r"(?<![\w-])([IVXLCDM]{2,})(?=-years?-old\b|\s+years?\s+old\b|\s*y/?o\b)")
_ROMAN_YEAR = re.compile(r"(?<![\w-])(M{1,2}[CDXLVI]{1,12})(?=\s*;\s*\d)")
_ROMAN_VALUE = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}


# Japanese, Korean and Chinese dates in Latin letters, read as English: "Reiwa 5-nen 8-gatsu
# 14-ka", "2023-nen 8-gatsu 14-nichi", "1961-nyeon 9-wol 23-il", "1958 nián 3 yuè 12 rì",
# "2022 nin4 9 jyut6 10 hou6"; an era's
# year alone ("Taishō 15-nen umare", born then) is its year in the common calendar.
_ERA_START = {"meiji": 1868, "taisho": 1912, "showa": 1926, "heisei": 1989, "reiwa": 2019}
_JAPANESE_KOREAN_DATE = re.compile(
    r"(?i)(?:\b(?P<era>Meiji|Taish[oō]u?|Sh[oō]u?wa|Heisei|Reiwa)\s*(?P<eyear>\d{1,2}|gan)"
    r"|(?<![\w.-])(?P<year>(?:19|20)\d\d))\s*-?\s*(?P<nen>nen|nyeon|ni[aáǎàā]n|nin4?)\b"
    r"(?:\s*(?P<month>\d{1,2})\s*-?\s*(?:gatsu|wol|yu[eéěèē]|jyut6?)\b"
    r"(?:\s*(?P<day>\d{1,2})\s*-?\s*(?:ka|nichi|il|r[iíǐìī]|h[aáǎàā]o|hou6?|jat6?)\b)?)?"
    r"(?P<born>\s+umare\w*)?"
)
# ... and a month and a day without the year: "9 jyut6 10 hou6", "3 yuè 12 rì", "8-gatsu 14-ka"
_EAST_ASIAN_DAY = re.compile(
    r"(?i)(?<![\w.-])(?P<month>\d{1,2})\s*-?\s*(?:gatsu|wol|yu[eéěèē]|jyut6?)\s*"
    r"(?P<day>\d{1,2})\s*-?\s*(?:ka|nichi|il|r[iíǐìī]|h[aáǎàā]o|hou6?|jat6?)\b"
)
_MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip


def _japanese_korean_dates(text: str) -> list[tuple[int, int, str]]:
    found = []
    for match in _JAPANESE_KOREAN_DATE.finditer(text):
        if match.group("era"):
            era = match.group("era").casefold().replace("ō", "o").replace("ou", "o")
            told = match.group("eyear").casefold()
            year = _ERA_START[era] + (0 if told == "gan" else int(told) - 1)
        elif match.group("month"):
            year = int(match.group("year"))
        else:
            continue  # "2019-nen" alone is a year as written
        month, day = match.group("month"), match.group("day")
        said = str(year)
        if month and 1 <= int(month) <= 12:
            said = f"{_MONTHS[int(month) - 1]} {year}"
            if day and 1 <= int(day) <= 31:
                said = f"{int(day)} {said}"
        if match.group("born"):
            said = f"born {said}"
        found.append((match.start(), match.end(), said))
    for match in _EAST_ASIAN_DAY.finditer(text):
        month, day = int(match.group("month")), int(match.group("day"))
        if 1 <= month <= 12 and 1 <= day <= 31:
            found.append((match.start(), match.end(), f"{day} {_MONTHS[month - 1]}"))
    return found


def _roman(numeral: str) -> int:
    total, biggest = 0, 0
    for letter in reversed(numeral):
        value = _ROMAN_VALUE[letter]
        total += value if value >= biggest else -value
        biggest = max(biggest, value)
    return total


def _roman_stretches(text: str) -> list[tuple[int, int, str]]:
    found = []
    for match in _ROMAN_DATE.finditer(text):
        day, month, year = (_roman(match.group(g)) for g in (1, 3, 4))
        if 1 <= day <= 31 and 1 <= month <= 12 and 1900 <= year <= 2100:
            found.append((match.start(), match.end(), f"{day}.{month}.{year}"))
    for match in _ROMAN_AGE.finditer(text):
        if 2 <= (age := _roman(match.group(1))) <= 130:
            found.append((match.start(), match.end(), str(age)))
    for match in _ROMAN_YEAR.finditer(text):
        if 1900 <= (year := _roman(match.group(1))) <= 2100:
            found.append((match.start(), match.end(), str(year)))
    return found


def _percent(escapes: str) -> str | None:
    try:
        return bytes.fromhex(escapes.replace("%", "")).decode("utf-8")
    except UnicodeDecodeError:
        return None


def _once(text: str) -> Decoded:
    """One pass: every entity, run of escapes, invisible and compatibility character read."""
    stretches: list[tuple[int, int, str]] = []
    for match in _ENTITY.finditer(text):
        plain = html.unescape(match.group())
        if plain != match.group():
            stretches.append((match.start(), match.end(), plain))
    # percent-escapes where the text is full of them, or an escaped @ or # before a word
    # ("%40bouldering_benji"): "100%25" alone is left as it is
    many = len(re.findall(r"%[0-9A-Fa-f]{2}", text)) >= 2
    for match in _ESCAPES.finditer(text):
        mark = _MARK_ESCAPE.match(text, match.start())
        said = _percent(match.group()) if many or mark else None
        if said is not None:
            stretches.append((match.start(), match.end(), said))
    for match in _KEYCAP.finditer(text):
        stretches.append((match.start(), match.end(), match.group(1)))
    for match in _LOOK_ALIKE.finditer(text):
        plain = match.group().translate(_DIGIT_OF)
        if _DASHED.fullmatch(plain):
            plain = plain.translate(_HYPHEN)
        stretches.append((match.start(), match.end(), plain))
    for match in _DASHED.finditer(text):
        stretches.append((match.start(), match.end(), match.group().translate(_HYPHEN)))
    for match in _INVISIBLE.finditer(text):
        stretches.append((match.start(), match.end(), ""))
    for match in _HYPHENATED_TAG.finditer(text):
        stretches.append((match.start(), match.end(), re.sub("[-\u2010\u2011]", "", match.group())))
    for match in _HYPHENS.finditer(text):
        stretches.append((match.start(), match.end(), "-"))
    stretches += _roman_stretches(text)
    stretches += _japanese_korean_dates(text)
    for match in _COMPATIBLE.finditer(text):
        stretches.append((match.start(), match.end(), unicodedata.normalize("NFKC", match.group())))
    chars: list[str] = []
    where: list[int] = []
    at = 0
    for start, end, plain in sorted(stretches):
        if start < at:
            continue
        chars.append(text[at:start])
        where.extend(range(at, start))
        chars.append(plain)
        where.extend([start] * max(len(plain) - 1, 0) + [end - 1] * min(len(plain), 1))
        at = end
    chars.append(text[at:])
    where.extend(range(at, len(text)))
    return "".join(chars), where


def decoded(text: str) -> Decoded:
    """The text read as meant, twice over for what was encoded twice ("&amp;#64;")."""
    first, where = _once(text)
    if first == text:
        return text, list(range(len(text)))
    second, again = _once(first)
    return second, [where[k] for k in again]


# A file name, folder or series description whose words are joined by underscores:
# "TWIN_B_OF_MARIELA_QUISPE_US_HEAD", "mayor_of_Penhallow_CT_chest.dcm". Handles, hashtags
# and addresses keep theirs ("@ravi_and_ruhi", "#bring_eli_home", "j_doe@example.org").
_JOINED_WORDS = re.compile(r"(?<![@#\w])(?=[\w.-]*[^\W\d_][\w.-]*_)[\w.-]*_[\w.-]*(?![@\w])")


def joined_words(text: str) -> list[tuple[int, int]]:
    """Where the text's words joined by underscores stand."""
    return [m.span() for m in _JOINED_WORDS.finditer(text)] if "_" in text else []


def file_words(text: str) -> str:
    """The text with the underscores of its file names read as spaces, offsets unchanged."""
    if "_" not in text:
        return text
    return _JOINED_WORDS.sub(lambda m: m.group().replace("_", " "), text)
