"""Numbers checked by the libraries that know their formats: phones in every national format
(libphonenumber) and national identity and health numbers with their check digits
(python-stdnum), cued or bare.

A bare run of digits is only reported when a format's own check digit agrees: a Luhn or
mod-11 digit passes one random number in ten or eleven, and dose, size and count numbers in
radiology text are short or carry units, so the checks keep false alarms rare.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable, Iterator
from functools import cache, lru_cache
from itertools import pairwise

from .findings import Hit
from .normalise import word_list

# Regions whose national formats are tried on every text: where the project's users and their
# patients are. An E.164 number (+CC ...) is read whatever the region.
PHONE_REGIONS = ("GB", "US", "CA", "AU", "NZ", "IE", "IN", "ZA", "NG", "SG", "DE", "FR", "ES",
                 "IT", "NL", "SE", "NO", "DK", "PL", "BR")  # fmt: skip
_ENOUGH_DIGITS = re.compile(r"(?:\d[\s().\-/]?){7}")
# A date written with separators is a date, whatever a phone plan would allow.
# So is a compact date (20260314), and a ZIP+4 code is a ZIP code.
_DATE_SHAPE = re.compile(
    r"\d{1,4}([-/.])\d{1,2}\1\d{2,4}|\d{1,2}([-/.])\d{4}|\d{4}([-/.])\d{1,2}"
    r"|(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])|\d{5}-\d{4}"
)


def _medicare_au(value: str) -> bool:
    """Australian Medicare card: 10 or 11 digits, first 2-6, a weighted check at position 9."""
    digits = re.sub(r"\D", "", value)
    if len(digits) not in (10, 11) or digits[0] not in "23456":
        return False
    weights = (1, 3, 7, 9, 1, 3, 7, 9)
    return sum(int(d) * w for d, w in zip(digits, weights, strict=False)) % 10 == int(digits[8])


def _ihi(value: str) -> bool:
    """Australian Individual Healthcare Identifier: 16 digits from 800360, Luhn-checked."""
    from stdnum import luhn

    digits = re.sub(r"\D", "", value)
    return len(digits) == 16 and digits.startswith("800360") and bool(luhn.is_valid(digits))


def _ohip(value: str) -> bool:
    """Ontario health card: 10 digits with a Luhn check, optionally a two-letter version code."""
    digits = re.sub(r"[\s-]", "", value)
    digits = re.sub(r"[A-Za-z]{2}$", "", digits)
    from stdnum import luhn

    return len(digits) == 10 and digits.isdigit() and bool(luhn.is_valid(digits))


def _chi(value: str) -> bool:
    """Scottish CHI number: a date of birth DDMMYY then four digits, mod-11 checked."""
    digits = re.sub(r"\D", "", value)
    if len(digits) != 10 or not (1 <= int(digits[:2]) <= 31 and 1 <= int(digits[2:4]) <= 12):
        return False
    total = sum(int(d) * w for d, w in zip(digits[:9], range(10, 1, -1), strict=True))
    check = (11 - total % 11) % 11
    return check != 10 and check == int(digits[9])


def _nhi(value: str) -> bool:
    """New Zealand NHI: three letters (no I or O) and four digits, mod-11 checked."""
    value = value.upper()
    if not re.fullmatch(r"[A-HJ-NP-Z]{3}\d{4}", value):
        return False
    letters = "ABCDEFGHJKLMNPQRSTUVWXYZ"
    codes = [letters.index(c) + 1 for c in value[:3]] + [int(d) for d in value[3:6]]
    total = sum(c * w for c, w in zip(codes, range(7, 1, -1), strict=True))
    check = (11 - total % 11) % 11
    return check != 10 and check % 10 == int(value[6])


def _iran_code(value: str) -> bool:
    """Iranian national code (code melli): ten digits, printed 3-6-1, a mod-11 check digit;
    python-stdnum has no module for it."""
    if not re.fullmatch(r"\d{3}-?\d{6}-?\d", value):
        return False
    digits = [int(d) for d in value if d.isdigit()]
    if len(set(digits)) == 1:
        return False  # "111-111111-1" passes the sum but is no one's
    remainder = sum(d * w for d, w in zip(digits[:9], range(10, 1, -1), strict=True)) % 11
    return digits[9] == (remainder if remainder < 2 else 11 - remainder)


def _valid(name: str) -> Callable[[str], bool]:
    """The ``is_valid`` of a python-stdnum module, imported on first use."""
    check = importlib.import_module(f"stdnum.{name}").is_valid
    return lambda value: bool(check(value))


def _birth_number(value: str) -> bool:
    """A Czech or Slovak rodné číslo as written since 1954: six digits of the birth date, a
    slash or none, four digits. The nine-digit older form is too like any other number."""
    return bool(re.fullmatch(r"\d{6}/?\d{4}", value.strip())) and _valid("cz.rc")(value)


@cache
def validators() -> tuple[tuple[str, Callable[[str], bool]], ...]:
    """(format, validator), tried on every candidate; the first that accepts names it.

    Built on first use: the daemon and the planner import this package for the embargo
    and never scan text.
    """
    return (
        ("NHS number", _valid("gb.nhs")),
        ("Ontario health card", _ohip),
        ("British Columbia PHN", _valid("ca.bc_phn")),
        ("Australian Medicare card", _medicare_au),
        ("Australian IHI", _ihi),
        ("Scottish CHI number", _chi),
        ("New Zealand NHI", _nhi),
        ("Canadian SIN", _valid("ca.sin")),
        ("Aadhaar", _valid("in_.aadhaar")),
        ("Dutch BSN", _valid("nl.bsn")),
        ("PESEL", _valid("pl.pesel")),
        ("Swedish personnummer", _valid("se.personnummer")),
        ("Norwegian fødselsnummer", _valid("no.fodselsnummer")),
        ("Danish CPR", _valid("dk.cpr")),
        ("Finnish HETU", _valid("fi.hetu")),
        ("Irish PPS", _valid("ie.pps")),
        ("Spanish DNI", _valid("es.dni")),
        ("Spanish NIE", _valid("es.nie")),
        ("Brazilian CPF", _valid("br.cpf")),
        ("South African ID", _valid("za.idnr")),
        ("French NIR", _valid("fr.nir")),
        ("Chinese resident ID", _valid("cn.ric")),
        ("Chilean RUT", _valid("cl.rut")),
        ("Italian codice fiscale", _valid("it.codicefiscale")),
        ("Iranian national code", _iran_code),
        # numbers that carry a birth date and a check digit: a random number rarely passes
        ("Romanian CNP", _valid("ro.cnp")),
        ("Czech or Slovak birth number", _birth_number),
        ("Bulgarian EGN", _valid("bg.egn")),
        ("Greek AMKA", _valid("gr.amka")),
        ("Estonian personal code", _valid("ee.ik")),
        ("Lithuanian personal code", _valid("lt.asmens")),
        ("Belgian national number", _valid("be.nn")),
        ("Turkish identity number", _valid("tr.tckimlik")),
    )


# Candidates: digit groups with spaces, dashes or dots, or letters around digits, 8 to 20 long.
_CANDIDATE = re.compile(
    r"(?<![\w./-])(?:[A-Z]{1,6}\s?)?\d[\d\s./-]{6,22}\d(?:\s?[A-Z]{1,2})?(?![\w/-]|\.\d)"
    r"|(?<![\w-])[A-Z]{3}\d{4}(?![\w-])"
    r"|(?<![\w-])\d{6}[-+A]\d{3}[0-9A-Y](?![\w-])"
    r"|(?<![\w-])\d{7}[A-W][AHW]?(?![\w-])"
    r"|(?<![\w-])[XYZ]?\d{7,8}[A-Z](?![\w-])"
    r"|(?<![\w-])[A-Z]{6}\d{2}[A-Z]\d{2}[A-Z]\d{3}[A-Z](?![\w-])"
)
# Words that name the number outright: then any value with enough digits is reported.
_CUE = re.compile(
    r"(?i:\b(?:nhs|chi|ohip|phn|hin|ihi|ramq|nhi|medicare|aadhaar|carte\s+vitale"
    r"|s[ée]curit[ée]\s+sociale|codice\s+fiscale|tessera\s+sanitaria|e-?card|bsn|pesel|personnummer"
    r"|f[øo]dselsnummer|cpr|henkil[öo]tunnus|hetu|pps|ppsn|dni|nie|cpf|nir|ahv|avs|amka|egn|rut"
    r"|mykad|nric|iqama|curp|cuil|cuit|philhealth(?:\s+pin)?|umid|abha|cnic|nic|nin|cin"
    r"|снилс|инн|полис\s+омс|омс|snils|idnp|idno|nuit|cns|cart[ãa]o\s+(?:do\s+)?sus|cnp|rodné\s+číslo|rč|jmbg|οδ\.?\s*ταυτ\w*|رقم\s+الهوية"
    r"|sozialversicherungsnummer|versicherungsnummer|krankenversicherungsnummer|kvnr|svnr"
    r"|health\s+(?:card|number|insurance\s+number)|health\s+service\s+number|care\s+card"
    r"|personal\s+health\s+number|national\s+(?:id|identity|health)(?:\s+(?:card|number|no\.?))?"
    r"|identity\s+(?:card|number)|id\s+card|c[ée]dula(?:\s+de\s+ciudadan[ií]a)?|nik|ktp|nuip"
    r"|rg|ine|tc\s+kimlik(?:\s+no)?|kimlik\s+no|emirates\s+id|hkid|aadhar|voter\s+id|nida"
    r"|ghana\s+card|bvn|nhif|sha\s+no|sozialversicherung|burgerservicenummer|personnr"
    # Iran's national code in Latin letters and in Persian; Hungary's TAJ (social security)
    # Uzbekistan's personal number, Kazakhstan's IIN; Belgium's national register number
    r"|jshshir|pinfl|pnfl|iin|jshhir|registre\s+national|rijksregister(?:nummer)?|niss|insz"
    # Azerbaijan's FIN code (its capital I dotted, as Azerbaijani writes it)
    r"|f[iİ]n\s+kod\w*|(?-i:F[Iİ]N)"
    r"|carte\s+nationale\s+d['’]identit[ée]|cni|brunei\s+ic|ic\s+no"
    r"|(?:code|kod|kart|shomare(?:-?ye)?)(?:-?e)?\s+mell?i|national\s+code|کد\s+ملی"
    r"|taj[\s-]*sz[áa]m"
    # the Philippines, Indonesia and Vietnam: PhilSys, SSS and GSIS; BPJS; the citizen's card
    r"|philsys(?:\s+(?:card|id|pcn|psn))?|psn|pcn|philid|sss|gsis|bpjs(?:\s+kesehatan)?|jkn|kis"
    r"|cccd|cmnd|c[aă]n\s+c[uư][oớ]c(?:\s+c[oô]ng\s+d[aâ]n)?|ch[uứ]ng\s+minh\s+nh[aâ]n\s+d[aâ]n"
    # China's resident identity card and medical insurance card, in pinyin and Jyutping
    r"|(?:j[uū]m[ií]n\s+)?sh[eē]nf[eè]n\s*zh[eè]ng(?:\s*h[aà]o(?:m[aǎ])?)?|sfz|y[iī]\s*b[aǎ]o\s*k[aǎ]"
    r"|san1\s+fan2\s+zing3|seon1\s+fan2\s+zing3"
    # India's ration card and voter card: "BPL ration card KA-RC 1940 2286 5512", "EPIC no."
    r"|(?:(?:BPL|APL|AAY)\s+)?ration\s+card(?:\s+(?:no|number))?|epic)\b"
    # Colombia's "CC 1.020.456.789", in capitals: "cc" alone is a volume
    r"|\b(?:CC|C\.C\.|TI|CE)(?=\s*(?:No\.?|N°|#|:)?\s*\d{1,3}[.,]\d{3}[.,]\d{3})"
    # "TAJ 123 456 789", in capitals: "taj" alone is a crown and a mausoleum
    r"|\bTAJ(?=\s*:?\s*\d{3}[\s-]?\d{3}[\s-]?\d{3}\b))"
    r"(?:\s+(?:du|de\s+la|of\s+the|del|da|do)\s+(?:patient|patiente|paciente|doente))?"
    r"(?:\s*(?:number|no\.?|nr\.?|#|card|n[°º]))?\s*[:#,]?\s*"
    r"(?P<value>[A-Z]{0,4}(?:-[A-Z]{1,4})?\s?\d[\dA-Z\s./-]{4,20}[\dA-Z])"
)
# An NHI has four digits, too few for the cue above: "NHI: ZKC4821", "NHI ABC12DE".
_CUED_NHI = re.compile(
    r"(?i:\bNHI\b)(?:\s*(?:number|no\.?|#))?\s*[:#]?\s*"
    r"(?P<value>[A-HJ-NP-Z]{3}\s?(?:\d{4}|\d{2}[A-HJ-NP-Z]{2}))\b"
)
# Azerbaijan's FIN code is seven letters and digits, too few digits for the cue above:
# "FİN kodu 5HK7P2Q"
_CUED_FIN = re.compile(
    r"\b(?:F[Iİ]N|(?i:f[iİ]n\s+kod\w*))\s*[:#]?\s*(?=[0-9A-Z]*\d)[0-9A-HJ-NP-Z]{7}\b"
)
# India's PAN, the tax number every bank and insurer asks for: five letters (the fourth says
# who holds it: P a person, C a company, H a family ...), four digits, a letter. The shape
# alone is enough: "BQHPS4821K".
_INDIAN_PAN = re.compile(r"(?<![\w-])[A-Z]{3}[PCHFATBLJG][A-Z]\d{4}[A-Z](?![\w-])")
_PHONE_CUE = re.compile(
    r"(?i:\b(?:phone|tel|mobile|cell|call|ring|reach|contact\w*|text|whatsapp|fax|pager|llamar"
    r"|appeler|anrufen|bellen|ringe?|on|at|number(?:\s+is)?|no\.?(?:\s+is)?|contacto|contato"
    r"|tel[eé]fono|telefone|celular|m[oó]vil|n[uú]mero|numéro|nummer|handy|telefon"
    r"|llam\w*|lig\w*|chiam\w*|appel\w*|txt\w*|text(?:ed|ing)|msg\w*|messag\w*|rang|phoned"
    r"|dial\w*)\b)(?:\s+\w{1,6}){0,3}"
    r"[\s:.,'\"‘“–—(-]*$"
)
_STRONG_PHONE_CUE = re.compile(
    r"(?i:\b(?:phone|tel|telf|mobile|mob|cell|cel|celular|m[oó]vil|whats\s?app|wa|fax|pager"
    r"|tel[eé]fono|telefone|t[eé]l[eé]phone|portable|handy|telefon|gsm|contact\s+no"
    # someone's number: "la hija dejó su número, 5512-8834"
    r"|(?:su|her|his|their|my|mi|seu|sua|son|sa|ihre|seine)\s+(?:n[uú]mero|number|num[ée]ro|nummer))\b)"
    r"[^\d\n]{0,20}$"
)
_STOP_AT_WORD = re.compile(r"\s(?=[A-Za-z]{3,})")


def _trim(value: str) -> str:
    """A cued value stops before the next word: 'OHIP 1900 976 059 AB, referred' keeps 'AB'."""
    return _STOP_AT_WORD.split(value, maxsplit=1)[0].rstrip(" ./-")


@lru_cache(maxsize=4096)
def national_format(value: str) -> str | None:
    """The national number format whose check digit this value passes, or None."""
    compact = re.sub(r"[\s.]", "", value)
    for name, is_valid in validators():
        try:
            if is_valid(compact) or (compact != value and is_valid(value)):
                return name
        except Exception:
            continue
    return None


_DATE_SHAPED = re.compile(r"\d{1,2}[./-]\d{1,2}[./-](?:19|20)\d\d")


def find_national_ids(text: str) -> Iterator[Hit]:
    """Yield national identity and health numbers: cued, or passing a format's check digit."""
    for match in _CUE.finditer(text):
        value = _trim(match.group("value"))
        if sum(c.isdigit() for c in value) >= 5:
            yield Hit("national_id", match.start(), match.start("value") + len(value))
    for match in _CUED_NHI.finditer(text):
        yield Hit("national_id", match.start(), match.end())
    for match in _CUED_FIN.finditer(text):
        yield Hit("national_id", match.start(), match.end())
    for match in _INDIAN_PAN.finditer(text):
        yield Hit("national_id", *match.span())
    for match in _CANDIDATE.finditer(text):
        candidate = match.group().strip()
        enough = sum(c.isdigit() for c in candidate) >= 7 or len(candidate) in (7, 16)
        # A bare number dialled like a phone (0..., +...) that is a valid phone is a phone.
        cued_phone = _PHONE_CUE.search(text[max(0, match.start() - 25) : match.start()])
        dialled = (candidate[0] in "0+" or bool(cued_phone)) and _is_phone(candidate)
        # a date's or a span of years' work, not a number's
        dated = _DATE_SHAPED.fullmatch(candidate) or _YEARS.fullmatch(candidate)
        if enough and not dialled and not dated and national_format(candidate):
            yield Hit("national_id", match.start(), match.start() + len(candidate))


def _is_phone(value: str) -> bool:
    return any(True for _ in find_phones(value))


_RANGE = re.compile(r"\d{1,5}\s?[-–]\s?\d{1,5}")
# Where a phone number may be: digits with the separators people dial with.
_PHONE_RUN = re.compile(r"(?<![\w+])\+?\(?\d[\d\s().\-/]{5,22}\d(?![\w-]|\.\d)")


@lru_cache(maxsize=4096)
def _phone_regions(run: str) -> bool:
    """True when libphonenumber finds a valid number in ``run`` for some usual region."""
    import phonenumbers

    regions = (None,) if run.startswith("+") else PHONE_REGIONS
    for region in regions:
        try:
            number = phonenumbers.parse(run, region)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(number):
            return True
    return False


_DIGIT_WORDS = {
    "oh": "0", "o": "0", "zero": "0", "nought": "0", "one": "1", "two": "2", "three": "3",
    "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9",
    # in Spanish and Portuguese
    "cero": "0", "uno": "1", "um": "1", "dos": "2", "dois": "2", "tres": "3", "três": "3",
    "cuatro": "4", "quatro": "4", "cinco": "5", "seis": "6", "siete": "7", "sete": "7",
    "ocho": "8", "oito": "8", "nueve": "9", "nove": "9",
    # in Italian
    "due": "2", "quattro": "4", "cinque": "5", "sei": "6", "sette": "7", "otto": "8",
    # in German and Dutch
    "null": "0", "eins": "1", "zwei": "2", "drei": "3", "vier": "4", "fünf": "5", "sechs": "6",
    "sieben": "7", "acht": "8", "neun": "9", "nul": "0", "een": "1", "twee": "2", "vijf": "5",
    "zes": "6", "zeven": "7", "negen": "9", "één": "1", "drie": "3",
    # in the Nordic languages and Finnish
    "noll": "0", "ett": "1", "två": "2", "tre": "3", "fyra": "4", "fem": "5", "sju": "7",
    "åtta": "8", "nio": "9", "sex": "6", "ni": "9", "fire": "4", "seks": "6", "syv": "7",
    "otte": "8", "åtte": "8",
    "nolla": "0", "yksi": "1", "kaksi": "2", "kolme": "3", "neljä": "4", "viisi": "5",
    "kuusi": "6", "seitsemän": "7", "kahdeksan": "8", "yhdeksän": "9",
}  # fmt: skip
# Pairs read as one number: "forty-four nineteen", "double seven"; chat and dictation too.
TEENS = {
    "ten": "10", "eleven": "11", "twelve": "12", "thirteen": "13", "fourteen": "14",
    "fifteen": "15", "sixteen": "16", "seventeen": "17", "eighteen": "18", "nineteen": "19",
}  # fmt: skip
TENS = {
    "twenty": "2", "thirty": "3", "forty": "4", "fifty": "5", "sixty": "6", "seventy": "7",
    "eighty": "8", "ninety": "9",
}  # fmt: skip
_TENS_WORD = "(?:" + "|".join(TENS) + ")(?:-(?:one|two|three|four|five|six|seven|eight|nine))?"
# French dictates a number in pairs: "zéro six, quarante-deux, dix-huit".
_FR_UNITS = word_list(
    "zéro un deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize"
)
_FR_TENS = {"vingt": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60}
_FRENCH = {
    word: f"{value:02d}" if value >= 10 else str(value) for value, word in enumerate(_FR_UNITS)
}
_FRENCH |= {f"dix-{u}": str(10 + i) for i, u in enumerate(("sept", "huit", "neuf"), start=7)}
for _tens_word, _tens in _FR_TENS.items():
    _FRENCH[_tens_word] = str(_tens)
    for _i, _unit in enumerate(_FR_UNITS[1:10], start=1):
        _FRENCH[f"{_tens_word}-{_unit}"] = str(_tens + _i)
    _FRENCH[f"{_tens_word}-et-un"] = str(_tens + 1)
_FRENCH_WORD = "|".join(sorted(_FRENCH, key=len, reverse=True))
_SPOKEN_FRENCH = re.compile(
    rf"(?i:(?<![\w-])(?:{_FRENCH_WORD})(?![\w-])(?:[\s,./-]+(?:{_FRENCH_WORD})(?![\w-])){{4,}})"
)
# A number read out in words: "oh-four-one-two, three-four-five, six-seven-eight".
_DIGIT_WORD = (
    "|".join(sorted([*_DIGIT_WORDS, *TEENS], key=len, reverse=True))
    + f"|{_TENS_WORD}|double|triple|hundred|thousand"
)
_SPOKEN_DIGITS = re.compile(
    rf"(?i:\b(?:{_DIGIT_WORD}|\d{{1,4}})\b(?:[\s,/.()-]+\b(?:{_DIGIT_WORD}|\d{{1,4}})\b){{3,}})"
)


def _counting(tokens: list[str]) -> bool:
    values = [_spoken([t]) for t in tokens]
    if not all(v.isdigit() for v in values) or values[:1] != ["1"]:
        return False  # a number dictated as "zero one two, three four five" is still one
    return all(int(b) - int(a) == 1 for a, b in pairwise(values))


def _spoken(tokens: list[str]) -> str:
    """The digits a run of spoken tokens stands for: "forty-four" is 44, "double 7" is 77."""
    digits: list[str] = []
    repeat = 1
    for token in tokens:
        word = token.casefold()
        if word in ("double", "triple"):
            repeat = 2 if word == "double" else 3
            continue
        if word in ("hundred", "thousand") and digits:
            digits[-1] += "00" if word == "hundred" else "000"  # "nine hundred" is 900
            continue
        if token.isdigit():
            value = token
        elif word in TEENS:
            value = TEENS[word]
        elif word.split("-")[0] in TENS:
            tens, _, unit = word.partition("-")
            value = TENS[tens] + (_DIGIT_WORDS[unit] if unit else "0")
        else:
            value = _DIGIT_WORDS.get(word, "")
        digits.append(value * repeat)
        repeat = 1
    return "".join(digits)


# Digits split by "dot" to dodge filters: "0803 dot 214 dot 6690".
_DOTTED_WORD_PHONE = re.compile(r"(?i:\b\d{2,5}(?:\s+dot\s+\d{2,5}){2,}\b)")


# Letters for digits: "o2l-555-o199" (o for 0, l for 1)
_LETTERED_PHONE = re.compile(r"(?<![\w])[\dOoIl]{3,4}[-.\s][\dOoIl]{3}[-.\s][\dOoIl]{4}(?![\w])")


# Spanish and Portuguese dictate in pairs too: "cincuenta y cinco, veintitrés, noventa y ocho".
_IB_UNITS = {
    "cero": 0, "uno": 1, "un": 1, "una": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5,
    "seis": 6, "siete": 7, "ocho": 8, "nueve": 9, "zero": 0, "um": 1, "uma": 1, "dois": 2,
    "duas": 2, "três": 3, "quatro": 4, "sete": 7, "oito": 8, "nove": 9,
}  # fmt: skip
_IB_TEENS = {
    "diez": 10, "once": 11, "doce": 12, "trece": 13, "catorce": 14, "quince": 15,
    "dieciséis": 16, "dieciseis": 16, "diecisiete": 17, "dieciocho": 18, "diecinueve": 19,
    "veinte": 20, "veintiuno": 21, "veintiún": 21, "veintidós": 22, "veintidos": 22,
    "veintitrés": 23, "veintitres": 23, "veinticuatro": 24, "veinticinco": 25,
    "veintiséis": 26, "veintiseis": 26, "veintisiete": 27, "veintiocho": 28, "veintinueve": 29,
    "dez": 10, "onze": 11, "doze": 12, "treze": 13, "quatorze": 14, "quinze": 15,
    "dezesseis": 16, "dezasseis": 16, "dezessete": 17, "dezassete": 17, "dezoito": 18,
    "dezenove": 19, "dezanove": 19, "vinte": 20,
}  # fmt: skip
_IB_TENS = {
    "treinta": 30, "cuarenta": 40, "cincuenta": 50, "sesenta": 60, "setenta": 70,
    "ochenta": 80, "noventa": 90, "trinta": 30, "quarenta": 40, "cinquenta": 50,
    "sessenta": 60, "oitenta": 80, "vinte": 20,
}  # fmt: skip
_IB_TENS_WORD = "|".join(sorted(_IB_TENS, key=len, reverse=True))
_IB_UNIT_WORD = "|".join(sorted(_IB_UNITS, key=len, reverse=True))
_IB_ITEM = (
    rf"(?:(?:{_IB_TENS_WORD})(?:\s+[ye]\s+(?:{_IB_UNIT_WORD}))?"
    rf"|{'|'.join(sorted(_IB_TEENS, key=len, reverse=True))}|{_IB_UNIT_WORD})(?![\w])"
)
_SPOKEN_IBERIAN = re.compile(rf"(?i:(?<![\w-]){_IB_ITEM}(?:[\s,./-]+{_IB_ITEM}){{3,}})")


def _iberian_phones(text: str) -> Iterator[Hit]:
    for match in _SPOKEN_IBERIAN.finditer(text):
        digits = ""
        for item in re.finditer(rf"(?i:{_IB_ITEM})", match.group()):
            words = re.split(r"\s+[ye]\s+", item.group().casefold())
            if words[0] in _IB_TENS:
                value = _IB_TENS[words[0]] + (_IB_UNITS.get(words[1], 0) if len(words) > 1 else 0)
                digits += f"{value:02d}"
            elif words[0] in _IB_TEENS:
                digits += str(_IB_TEENS[words[0]])
            else:
                digits += str(_IB_UNITS[words[0]])
        tens = sum(1 for _ in re.finditer(rf"(?i:{_IB_TENS_WORD}|veinti\w+)", match.group()))
        cued = _PHONE_CUE.search(text[: match.start()]) or _STRONG_PHONE_CUE.search(
            text, max(0, match.start() - 30), match.start()
        )
        if len(digits) >= 8 and (cued or tens >= 2):
            yield Hit("phone", match.start(), match.end())


def _french_phones(text: str) -> Iterator[Hit]:
    for match in _SPOKEN_FRENCH.finditer(text):
        tokens = re.findall(rf"(?i:{_FRENCH_WORD})(?![\w-])", match.group())
        digits = "".join(_FRENCH[t.casefold()] for t in tokens)
        if len(digits) >= 8 and (
            digits.startswith("0") or _PHONE_CUE.search(text[: match.start()])
        ):
            yield Hit("phone", match.start(), match.end())


_SSN_CUE = re.compile(r"(?i:\b(?:ssn|social\s+security(?:\s+number)?|sin)\b)")
_RECORD_CUE = re.compile(
    r"(?i:\b(?:mrn|record|unit\s+(?:number|no)|hospital\s+(?:number|no)|accession|chart|case\s+number"
    r"|patient\s+(?:number|id)|file\s+number|id\s+number|nhs\s+number|registration\s+number)\b)"
)


_ID_CUE = re.compile(
    r"(?i:\b(?:aadhaa?r|nhs|medicare|nric|national\s+(?:id|insurance|health)|health\s+card|pesel|cpf"
    r"|dni|curp|nin|nida|ghana\s+card|emirates\s+id|iqama|cnic|nik|ktp|philhealth|umid|hkid"
    r"|ppsn?|bsn|amka|egn|jmbg|cnp|personnummer|id\s+(?:card|number|no))\b)"
)


def _spoken_phones(text: str) -> Iterator[Hit]:
    yield from _french_phones(text)
    yield from _iberian_phones(text)
    for match in _LETTERED_PHONE.finditer(text):
        told = match.group()
        if sum(c.isdigit() for c in told) >= 6 and any(c in "OoIl" for c in told):
            yield Hit("phone", match.start(), match.end())
    for match in _DOTTED_WORD_PHONE.finditer(text):
        if sum(c.isdigit() for c in match.group()) >= 8:
            yield Hit("phone", match.start(), match.end())
    for match in _SPOKEN_DIGITS.finditer(text):
        tokens = re.findall(rf"(?i:{_TENS_WORD})(?![a-z])|[A-Za-z]+|\d+", match.group())
        words = sum(not t.isdigit() for t in tokens)
        singles = sum(len(t) == 1 for t in tokens)
        if words < 3 and not (words and singles >= 6) and singles < 8:
            continue  # digits alone are read as a number elsewhere
        digits = _spoken(tokens)
        if _counting(tokens):
            continue  # "one, two, three, four...": counted, not dictated
        if len(digits) == 9 and _SSN_CUE.search(text, max(0, match.start() - 30), match.start()):
            yield Hit("ssn", match.start(), match.end())  # "SSN four one two / five five / ..."
            continue
        if len(digits) >= 8 and _ID_CUE.search(text, max(0, match.start() - 30), match.start()):
            yield Hit(
                "national_id", match.start(), match.end()
            )  # "aadhaar four nine two one / ..."
            continue
        if len(digits) >= 5 and _RECORD_CUE.search(text, max(0, match.start() - 60), match.start()):
            # "Unit number, as the porters call it, is four-four-nine-zero-one-two"
            yield Hit("record_number", match.start(), match.end())
            continue
        cued = digits.startswith("0") or _PHONE_CUE.search(text[: match.start()])
        # ten digits read out one by one are a number to dial whatever comes before them
        if (len(digits) >= 7 and cued) or (len(digits) >= 9 and words >= 7):
            yield Hit("phone", match.start(), match.end())


_LOT = re.compile(r"(?i:\b(?:lot|batch|charge|ref|sn|seriennr|serial)\.?\s*(?:no\.?|#|:)?\s*$)")
_ACQUISITION = re.compile(
    r"(?i:\b(?:TR|TE|TI|TR/TE|FOV|matrix|kVp|mAs|DLP|CTDI\w*|NEX|b-?values?|b\s*=|b)\W*$)"
)


_YEARS = re.compile(r"(?:(?:19|20)\d\d[\s,/-]+)+(?:19|20)\d\d")


def find_phones(text: str) -> Iterator[Hit]:
    """Yield phone numbers that libphonenumber finds valid in any of the usual regions.

    Each run of dialable characters is parsed rather than handing the whole text to the
    matcher once per region: the same answer for a fifteenth of the time.
    """
    yield from _spoken_phones(text)
    if not _ENOUGH_DIGITS.search(text):
        return
    for match in _PHONE_RUN.finditer(text):
        run = match.group().rstrip(" -/.(").lstrip("(")
        if sum(c.isdigit() for c in run) < 7 or _DATE_SHAPE.fullmatch(run):
            continue
        if _YEARS.fullmatch(run):
            continue  # "2019 2020 2021": years in a row
        cued = _STRONG_PHONE_CUE.search(text, max(0, match.start() - 30), match.start())
        pages = _RANGE.fullmatch(run) and not cued  # "su número, 5512-8834" is no page range
        if pages or text[max(0, match.start() - 1) : match.start()] in (":", ";"):
            continue  # pages 1234-1250 of a volume, not a number to dial
        before = text[max(0, match.start() - 12) : match.start()]
        if _ACQUISITION.search(before) or _LOT.search(before):
            continue  # TR/TE 9000/120, FOV 230 x 230
        digits = sum(c.isdigit() for c in run)
        # after "Tel.", "cel", "WhatsApp" a number of a phone's length is one, whatever its plan
        if _phone_regions(run) or (cued and 8 <= digits <= 13):
            yield Hit("phone", match.start(), match.start() + len(run))
