"""Ages in the many ways case histories write them; over 89 is an identifier (HIPAA Safe Harbor)."""

from __future__ import annotations

import csv
import datetime as dt
import re
from collections.abc import Iterator
from functools import lru_cache
from typing import NamedTuple

import regex

from .findings import Hit
from .normalise import word_list

_UNITS = word_list(
    """
    one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen
    sixteen seventeen eighteen nineteen
    """
)
_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_WORD_VALUES = {word: i + 1 for i, word in enumerate(_UNITS)}
_WORD_VALUES.update({word: 20 + 10 * i for i, word in enumerate(_TENS)})

_NUMBER_WORD = (
    r"(?:(?:one|a)[- ]hundred(?:[- ]and)?(?:[- ](?:" + "|".join(_UNITS) + r"))?"
    r"|(?:" + "|".join(_TENS) + r")(?:[- ](?:" + "|".join(_UNITS[:9]) + r"))?"
    r"|" + "|".join(_UNITS) + r")"
)
_NUMBER = rf"(?:1[0-2]\d|[1-9]?\d|{_NUMBER_WORD})"
_YEARS = r"(?:years?|yrs?|y)"

_AGE_PATTERNS = [
    # 93-year-old, 93 years old, 93-yr-old, ninety-three-year-old, 93 years of age; a bare
    # "93 years" only counts over 89 ("pain for 3 years" is a duration)
    rf"(?<![\d.,])\b{_NUMBER}\s*-?\s*{_YEARS}(?P<old>\s*-?\s*(?:old|of\s+age))?(?![\w/])",
    # 93 yo, 93 y/o, 93 y.o., 93yo
    rf"(?<![\d.,])\b{_NUMBER}\s*-?\s*y\s*[./]?\s*o\b\.?(?P<old>)",
    # aged 91, age: 91, at the age of ninety-one
    rf"\b(?:aged?\s*[:=]?|ages|at\s+(?:the\s+)?age\s+(?:of\s+)?"
    # "Âge : 97 a.", "Età: 93", "Edad: 95", "Alter: 91"
    r"|(?:[âÂ]ge|[ÉE]t[àa]|Edad|Idade|Alter)\s*[:=])\s*"
    rf"{_NUMBER}\b(?P<old>)"
    r"(?!\s*(?:days?|weeks?|months?|wks?|mo|mos|d)\b)",
]
_AGE_RES = [re.compile(p, re.IGNORECASE) for p in _AGE_PATTERNS]
_SPAN_BEFORE = re.compile(
    r"\b(?i:for|within|after|past|last|since|spanning|than|nearly|almost|some|celebrat\w+|per|da|durante"
    r"|depuis|pendant|seit|sinds|i|från|hace|há)\s+"
    r"(?:(?:the|a|over|more\s+than|nearly|almost|about|some)\s+)?$"
)
# 93M, 93F, 93yoF, 93 yo M: case-sensitive, two or three digits ("6F" is a catheter size)
_AGE_SEX = re.compile(r"(?<![\d.,])\b(?:1[0-2]\d|[1-9]\d)(?:\s?y\.?o\.?\s?|y\s?)?[MF]\b(?P<old>)")

# "Okafor, 93, ...", "a woman of 93", "her 91st birthday": a bare number that can only be an age.
_BARE_AGE = re.compile(
    r"(?:\b[A-Z][a-z'’-]+|\b(?i:patient|woman|man|male|female|lady|gentleman|gent)),\s+"
    r"(?P<n>9\d|1[0-2]\d)(?=\s*,)"
    r"|\b(?i:woman|man|lady|gentleman|gent|patient|male|female)\s+of\s+(?P<m>9\d|1[0-2]\d)\b"
    r"(?!\s*(?i:%|mm|cm|kg|ml|mg|mmhg|bpm|degrees|units))"
    r"|\b(?i:abuel\w*|señora|señor|mujer|hombre|ancian[oa]|senhora|senhor|idos[oa]|avó|avô|vovó"
    r"|vovô|paciente|femme|homme|signora|donna|uomo)\s+(?:de|di)\s+(?P<m2>9\d|1[0-2]\d)\b"
    r"(?!\s*(?i:%|mm|cm|kg|ml|mg|mmhg|bpm|lpm|kilos?))"
    r"|\b(?P<b>9\d|1[0-2]\d)(?:st|nd|rd|th|º|°|\.)?\s+(?i:birthday|bday|b-day|cumpleaños"
    r"|anivers[aá]rio|Geburtstag|verjaardag|anniversaire|födelsedag|urodziny)\b"
)
# "Pneumonia at 97", "a fall at 94": an age told with "at", unless it is a reading's value.
_AT_AGE = regex.compile(
    r"(?<!\b(?i:sats|spo2|o2|saturations?|saturating|hr|pulse|rate|bp|temp|score|gcs|level"
    r"|index|peaked|peaking|plateau|measured|measuring|reading|running|set|sitting|stable"
    r"|flat|rr|fio2|ef|heart)\s+)(?<![\d.])\b(?i:at|aged|age)\s+(?P<a>9\d|1[0-2]\d)\b"
    r"(?!\s*(?:%|\.\d|(?i:hu|mm|cm|kg|ml|mg|mmhg|bpm|beats|degrees|units|percent|per|/|x|kev|mbq"
    r"|mgy|msv|mas|mev|gy|s|sec|mhz|khz|mt|t|ppm|fps|dpi|px|pixels?|slices?|frames?"
    r"|minutes?|mins?|seconds?|hours?|days?|weeks?|months?|kv|kvp|ma|ms|hz|km|kph|kmh|mph|miles"
    r"|metres?|meters?|m|ft|feet|lbs?|psi|rpm)\b))"
)
_OLD_WORD = (
    r"(?:ninety(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?"
    r"|(?:one|a)[- ]hundred(?:[- ]and)?(?:[- ]\w+)?)"
)
_OTHER_OLD_WORD = (
    r"(?:noventa(?:\s+[ye]\s+(?:un[oa]?|um|uma|dos|dois|duas|tres|três|cuatro|quatro|catro|cinco|seis"
    r"|siete|sete|ocho|oito|nueve|nove))?|noranta(?:-\w+)?|cien|ciento\s+\w+|cem|cento\s+e\s+\w+"
    r"|(?:ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun)undneunzig|neunzig|hundert\w*"
    r"|quatre-vingt-(?:dix|onze|douze|treize|quatorze|quinze|seize|dix-sept|dix-huit|dix-neuf)"
    r"|nonante(?:-\w+)?|cent|novant\w*|cento\w*|\w*[eë]nnegentig|negentig|honderd\w*)"
)
_OTHER_WORD_VALUES = {
    "un": 1, "uno": 1, "una": 1, "um": 1, "uma": 1, "dos": 2, "dois": 2, "duas": 2, "tres": 3,
    "três": 3, "cuatro": 4, "quatro": 4, "catro": 4, "cinco": 5, "seis": 6, "siete": 7, "sete": 7,
    "ocho": 8, "oito": 8, "nueve": 9, "nove": 9,
}  # fmt: skip
# "F/97", "97/M", "elderly man (93)", "at ninety-four", and a title that opens on the age:
# "Ninety-one and still skiing".
_OTHER_AGES = regex.compile(
    r"(?<![\w/])[MF]\s?/\s?(?P<a>9\d|1[0-2]\d)(?![\w/])"
    r"|(?<![\w/.])(?P<b>9\d|1[0-2]\d)\s?/\s?[MF](?![\w/])"
    r"|\b(?i:woman|man|lady|gentleman|gent|patient|male|female|pt|boy|girl|grandmother"
    r"|grandfather|widow|widower|resident)\s*\((?P<c>9\d|1[0-2]\d)\)"
    rf"|\b(?i:at|aged|age|(?:woman|man|lady|gentleman|patient)\s+of|age\s*[(\[:=])\s*(?P<d>(?i:{_OLD_WORD}))\b"
    rf"|\b(?P<h>9\d|1[0-2]\d)\s*y\s*\d{{1,2}}\s*m\b"
    rf"|(?P<f>9\d|1[0-2]\d)\s*(?:歳|才|岁|歲|세|(?i:j(?=\.[\s,;)])|años|anos|ans|jahre|jahr|jaar|lat|år|yaş\w*|yas\w*|tahun"
    r"|عام\w*|سنة|سنوات|лет|года?|χρον\w+|ετών|साल|वर्ष|yaşında|шт"
    r"|saal|sal|oed|mlwydd|bliain|bliana|sena|snin|joer|godin[ae]|god(?=\.)|g(?=\.\s*\))|-?\s*vje[çc]\w*|urte\w*|-?\s*aasta\w*|-?\s*jährig\w*|-?\s*årig\w*|-?\s*åring\w*|-?\s*jarige\w*|-?\s*letni\w*|-?\s*vuotias)\b)"
    # Swedish, Norwegian, Danish, Finnish, Hindi words: "nittiosexårig", "nabbe saal"
    r"|(?P<l>(?i:(?:nittio|nitti|halvfems|hundra|hundre|yhdeksänkymmentä)\w*(?:årig\w*|år\b|vuotias)"
    r"|(?:nabbe|navve|nabbey|ikyanve|baanve|tiranve|chauranve|pachanve|chhiyanve|sattanve"
    r"|atthanve|ninyanve|sau)\s+saal"
    # Icelandic: "níutíu og eins árs", "níræð"
    r"|níutíu(?:\s+og\s+\w+)?\s+ára?s?|níræð\w*|tíræð\w*"
    # Turkish: "doksan altı yaşında", "yüzüncü yaşını"
    r"|(?:doksan|yüz)(?:\s+(?:bir|iki|üç|dört|beş|altı|yedi|sekiz|dokuz))?\s+yaş\w*"
    r"|yüzüncü\s+yaş\w*))"
    r"|\b(?i:dadi|nani|dada|nana|abuela|abuelo|grandma|grandpa|gran|nan|nonna|oma)\s*\(\s*"
    r"(?P<m>9\d|1[0-2]\d)\s*!*\s*\)"
    # Haitian Creole: "gen 94 an"
    r"|\b(?i:gen)\s+(?P<s4>9\d|1[0-2]\d)\s+(?i:an|ane)\b"
    # "given her age of 96", a record's field: '"age_years": 92'
    r"|\b(?i:(?:her|his|their|the\s+patient['’]s|pt['’]s)\s+age\s+(?:of|is|was|being))\s+"
    r"(?P<s2>9\d|1[0-2]\d)\b"
    r"|(?i:[\"']?\bage(?:_?(?:years|yrs|y))?[\"']?\s*[:=\[]\s*[\"']?)(?P<s3>9\d|1[0-2]\d)\b(?![.\d%])"
    # "deze man van 96", "eng Fra vun 94": a person of an age, in Dutch, Luxembourgish, German
    r"|\b(?i:man|vrouw|pati[ëe]nte?|heer|mevrouw|meneer|Mann|Frau|Fra|Patientin|Patient|Dame"
    r"|Här|Madame)\s+(?i:van|vun|von)\s+(?P<s6>9\d|1[01]\d)\b(?!\s*(?i:kg|cm|mm|%|jaar\s+geleden"
    r"|Joer\s+hier))"
    # "u 93. godini života": in the 93rd year of life, in Croatian, Serbian and Bosnian
    r"|\b(?i:u)\s+(?P<s5>9\d|1[01]\d)\.\s+(?i:godini)\b"
    # "Lola turned 100", "una signora novantaquattrenne"
    r"|\b(?i:celebrated\s+(?:her|his|their)|(?:patient['’]s\s+)?age\s*\()\s*(?P<r>9\d|1[01]\d)(?:st|nd|rd|th)?\b"
    r"|\b(?i:turned|turns|turning|compie|cumplió|cumple|fête\s+ses|fyldte|fylte|fyllde|fyller"
    r"|fylder|wurde|wird|werd|täytti|täyttää|cumpriu|compiu|a\s+eu"
    r"|mak(?:es|ing)\s+(?:her|him|them)|made\s+(?:her|him|them))\s+(?P<n>9\d|1[01]\d)\b"
    r"(?!\s*(?:%|mm|°|kg|cm))"
    rf"|\b(?i:turned|turns|turning)\s+(?P<t>(?i:{_OLD_WORD}))\b"
    r"|(?P<o>(?i:novant\w*enne|centenari[oa]|centenaire|centenária|nonagen[aá]ri[oa]s?"
    r"|nonagénaire|nonagenaria))"
    # "Varón 93a,", "Nonagenaria (91a)", "Uomo di 92aa": años and anni cut to their letters
    r"|(?<![\w.])(?P<p>9\d|1[0-2]\d)a{1,2}(?=[\s,;)]|$)"
    # in Roman numerals: "a patient of XCIV years"
    r"|\b(?P<q>XC[IVX]{0,4}|C[IVX]{0,5})\s+(?i:years?|yrs?|anni|años|anos|ans|jahre)\b"
    r"|\b(?i:aged?)\s+(?P<q2>XC[IVX]{0,4}|C[IVX]{0,5})\b"
    # a DICOM age string: "090Y", "101Y"
    r"|(?<![\w-])0?(?P<k>9\d|1[0-2]\d)Y(?![\w-])"
    # Indonesian "43 th", "93 thn": years, after a space
    rf"|\b(?P<j>9\d|1[0-2]\d)\s+(?i:th|thn)\b\.?(?!\s*(?i:percentile|centile))"
    # in words in other tongues: "noventa e seis anos", "neunundneunzig Jahre"
    rf"|(?P<i>(?i:{_OTHER_OLD_WORD}))\s+(?i:años|anos|anys|ans|jahre\w*|jaar|år|anni)\b"
    rf"|\b(?i:(?:(?:she|he|pt|patient|who|lady|gentleman|gent|chap|fella|bloke|woman|man"
    rf"|koro|kuia|nana|nan|gran|grandad|grandpa|grandma|granny|opa|oma|oupa|ouma|gogo|mkhulu"
    rf"|abuela|abuelo|nonna|nonno|babcia|dziadek|ông|bà|lola|lolo|nenek|kakek|mbah|atok|tok"
    rf"|ah\s+ma|ah\s+gong|mum|mom|mother|dad|father|i)(?:['’]s|['’]m|\s+am|['’]ll\s+be|\s+will\s+be|\s+is|\s+was"
    rf"|\s+turned|\s+turns)|being|despite\s+being)"
    rf"\s+(?:now\s+|just\s+|actually\s+|already\s+|nearly\s+|almost\s+|only\s+)?)"
    rf"(?P<g>9\d|1[0-2]\d|(?i:{_OLD_WORD}))\b(?!\s*(?:%|/|\.\d|(?i:mm|kg|bpm|percent)\b))"
    rf"|(?:^|[.!?:]\s+)(?P<e>(?i:{_OLD_WORD}))\b(?=\s+(?i:and|but|years?|yrs?)\b|\s*[,:;—–-]\s)"
)
# Ages in Persian, Hungarian, Tagalog, Czech, Slovak, Greek, Hindi, Hausa and Arabic written in
# Latin letters, the unit after the number ("Zan-e 92 sāle", "97 éves", "96 anyos", "92 let"),
# or a word for age before it ("edad 96", "mzee wa miaka 97", "mai shekaru 93"). Only ages
# over 89: a younger one is no identifier, and the units here are no English words.
_WORLD_AGES = regex.compile(
    r"(?<![\w.,])(?P<v>9\d|1[0-2]\d)\s*-?\s*(?i:s[aā]{1,2}leh?(?!\s+(?:of|price|items?|at|for|on)\b)"
    r"|ساله|[ée]ves\w*|anyos|taong\s+gulang|taon|let[ýáé]\w*|let(?!\s+(?:us|me|him|her|them|the|it"
    r"|alone|go)\b)|ro[čc]n[ýáéieoé]\w*|rokov|rokiv|roky|(?:-?[a-z]{1,4}\s+)?metai|[áa]ra(?=\s+(?:karl|kona|gaml|sj[úu]kl))|xron\w+|chron(?:on|ou|wn|ia)|varsh\w*|baras|barsh"
    r"|shekar[au]|sanah?|sanawat|anni|años|anos|ans|jahre|jährig\w*|jaar|jarige|år|årig\w*|lat|roku"
    r"|vuotias|ετών|et[oó]n|etwn|tu[oổ]i|de\s+ani|ani|godina|godine|godin|let|met[ųu]|gadu|gadus|gadi|aastane|anys|tahun)\b"
    # the word for age or years first; not "kwa miaka 90", for ninety years
    r"|\b(?i:edad(?:\s+(?:de|na))?|idade(?:\s+de)?|umri(?:\s+wa)?(?:\s+miaka)?|(?<!\bkwa\s)miaka"
    r"|(?:mai\s+)?shekar[au]|[oọ]d[uú]n|umr|omr|ve\s+v[ěe]ku|vo\s+veku|w\s+wieku"
    r"|(?<=pacjentka\s)lat|(?<=pacjent\s)lat|(?<=kobieta\s)lat|(?<=mężczyzna\s)lat"
    # Kinyarwanda, Luganda, Zulu: "w'imyaka 97", "emyaka 93", "oneminyaka engu-95"
    r"|(?:[wy]['’])?imyaka|emyaka|(?:one|ene|abane)?minyaka(?:\s+engu-?)?"
    r"|[iî]n\s+v[aâ]rst[aă]\s+de|v[aâ]rsta(?:\s+de)?|star(?:a|i|o)?\s+|u\s+dobi\s+od|vecums|vanus|am[žz]ius)\s*[:=]?\s*"
    r"(?P<w>9\d|1[0-2]\d)\b(?!\s*(?:%|[.,]\d|(?i:mm|cm|kg|ml|mg|bpm|mmhg)\b))"
    # digits spaced out to slip past a filter: "9 4 yo", "1 0 6 years"
    r"|(?<![\w.,])(?<!\d[\s,])(?P<s>9\s\d|1\s[0-2]\s\d)(?=\s*-?\s*(?i:years?|yrs?|y\.?\s?o\b|y/o))"
)
_BORN = re.compile(
    r"\b(?:born|year\s+of\s+birth|yob|sündinud|syntynyt|født|född|fødd|fæddur|fædd|føddur"
    r"|imwiel(?:ed|da)|twiel(?:ed|det)|geboren|geb\.|n[ée]e?|nat[oa]|nacid[oa]|nascid[oa])"
    r"\s*(?:in\s+|i\s+|í\s+|:\s*|vuonna\s+|fl-\s*|fis-sena\s+)?(?P<year>(?:18|19|20)\d{2})\b"
    # "1957 г.р.", "1931 doğumlu": the year first
    r"|(?P<year2>(?:18|19|20)\d{2})\s*(?:г\.\s?р\.|года\s+рождения|doğumlu|r\.\s?ur\.)",
    re.IGNORECASE,
)

# Wordings that say "over 89" without a number to compare.
_OVER_89 = re.compile(
    r"\b(?:(?:semi-?)?(?:super)?centenarians?|nonagenarians?"
    r"|(?:tenth|eleventh|10th|11th)\s+decade|(?:nine|ten)\s+decades"
    # "97 candles on his birthday cake"; "cent anys", "cien años", "cem anos", "cent ans"
    # Hebrew in Latin letters: "metupelet bat 102", "ben 94"
    # "devadesátiletý", "dziewięćdziesięcioletnia", "kilencvenéves", "stoletá", "százéves"
    r"|devades[aá]t\w*let\w*|dev[äa][tť]desiat\w*|dziewi[eę][cć]dziesi[eę]ci\w*|kilencven\w*[eé]ves\w*"
    r"|st[oa]let[aáýy]\w*|stuletni\w*|sz[aá]z[eé]ves\w*"
    # "níræð", "tíræður", "nittioårig", "halvfemsårig", "yhdeksänkymmentävuotias"
    r"|n[íi]r(?:æ|ae)[ðd]\w*|t[íi]r(?:æ|ae)[ðd]\w*|nitti(?:o)?[åa]rig\w*|halvfems[åa]rig\w*"
    r"|yhdeks[äa]nkymment[äa]vuotia\w*|hundre?[åa]rig\w*"
    # "sembilan puluh satu tahun", "chín mươi hai tuổi", "siyamnapu't apat na taong gulang"
    r"|sembilan\s+puluh(?:\s+(?:satu|dua|tiga|empat|lima|enam|tujuh|lapan|delapan|sembilan))?"
    r"\s+tahun|seratus(?:\s+\w+)?\s+tahun|chín\s+mươi(?:\s+\w+)?\s+tuổi|trăm\s+tuổi"
    r"|siyamnapu['’]?t?(?:\s+\w+)?\s+(?:na\s+)?taong\s+gulang"
    # Zulu and Xhosa nine tens, Swahili ninety: "amashumi ayisishiyagalolunye", "miaka tisini"
    r"|\w*amashumi\s+(?:ayisishiyagalolunye|alithoba)|miaka\s+tisini"
    # Hindi, Urdu, Punjabi, Bengali and Marathi in Latin letters: "nabbe saal", "nobboi
    # bochorer", "byaannav varshanchi"; Korean's "92-se"
    r"|(?:nabbe|nabbay|ikyanve|ikyaanve|baanve|banve|tiranve|tiraanve|chauraanve|chauranve"
    r"|pachaanve|pachanve|chhiyaanve|chhiyanve|sattaanve|sattanve|atthaanve|athanve|ninyaanve"
    r"|ninyanve|\w*nobboi|\w*nabbad|\w*nauwad|\w*navvad|\w*nauvad|\w*aannav|ek\s*sau|eksho)"
    r"\s+(?:saal|sal|baras|bochor\w*|bochhor\w*|bachhar\w*|varsh\w*|warsh\w*|sala\w*)"
    r"|(?<![\d.])(?:9\d|1[01]\d)\s*-?\s*se\b(?=\s+\w)"
    # Russian, Belarusian, Bulgarian, Serbian and Macedonian in Latin letters: "92 goda",
    # "devyanosto chetyre", "na 91 g.", "93-godishna"
    r"|(?<![\d.,])(?:9\d|1[01]\d)\s*-?\s*(?:goda|godina|god\.|g\.|godi[sš]\w*"
    r"|letn\w*|let\b|gadou|gady)"
    r"|\b(?:devyanost\w*|dziavianost\w*|dzevyanost\w*|devetdeset\w*|devedeset\w*|sto\s+let)"
    r"(?:\s+(?:odin|odna|dva|dve|tri|chetyre|pyat|shest|sem|vosem|devyat|edna|eden|četiri"
    r"|cetiri|pet|šest|sest|osum|osam|devet))?(?=\s|,|\.|$)"
    # Arabic and Persian in Latin letters: "tes3een w khamsa sana", "navad o hasht sale"
    r"|(?:tes3een|tis3een|tis3in|tes3in|tis3oon|tes3oun|navad)(?:\s+(?:w|o|wa|va)\s+\w+)?"
    r"\s+(?:sana|sene|sanah|3am|3amen|sal|sale|saleh|saal)\b"
    # "ninety-four and still driving", "a hundred and still gardening"
    r"|\b(?:ninety[-\s](?:one|two|three|four|five|six|seven|eight|nine)|ninety|a\s+hundred)"
    r"(?=,?\s+and\s+still\b)"
    # "the oldest patient in our series was ninety-four"
    r"|\b(?:was|is)\s+ninety[-\s](?:one|two|three|four|five|six|seven|eight|nine)\b(?!\s*(?:per"
    r"|percent|%|out|of|mm|cm|kg|minutes|seconds|days|hours|times|beats|breaths|degrees|units)\b)"
    # Greek in Latin letters: "enenintatessaron eton", "enenínta dyo chronon"
    r"|enen[ií]nta\w*(?:[\s-]\w+)?\s+(?:et[oó]n|etwn|chron\w+|xron\w+)"
    # "negenennegentigjarige", "zweiundneunzigjähriger", "four years past ninety"
    r"|\w*negentigjarig\w*|\w*neunzigj[äa]hrig\w*|honderdjarig\w*|hundertj[äa]hrig\w*"
    r"|(?:years?|yrs?)\s+(?:past|over|beyond|after)\s+(?:ninety|a\s+hundred|(?:his|her)\s+ninetieth)"
    r"|(?-i:bat|ben)\s+(?:9\d|1[01]\d)(?!\s*(?:mg|ml|mm|cm|kg|%))"
    # an age said digit by digit: "in this nine three year old man", "one oh two years old"
    r"|\b(?:nine[-\s](?:zero|oh|one|two|three|four|five|six|seven|eight|nine)|one[-\s](?:zero|oh|one)"
    r"[-\s](?:zero|oh|one|two|three|four|five|six|seven|eight|nine))[-\s]+(?:years?|yrs?)[-\s]+old\b"
    # Hebrew ninety in words, and Armenian in Latin letters: "bat tish'im u-shtayim", "96
    # tarekan", "innsunyot tarekan"
    r"|\b(?:bat|ben)\s+(?:tish['’]?im|me['’]?a)\b"
    r"|(?<![\d.,])(?:9\d|1[01]\d)\s*-?\s*tarekan\w*|\binnsun\w*\s+tarekan\w*|\bharyur\s+tarekan\w*"
    # Tamil, Telugu, Kannada and Malayalam: "93 vayasu", "96 vayassu", "91 ella", "94 varsha"
    r"|(?<![\d.,])(?:9\d|1[01]\d)\s*-?\s*(?:vayas+u|vayathu|vayasaanu|varsha\w*|ella|endlu"
    r"|yendlu|samvatsar\w*)\b"
    # the sex, then the age, as a list gives them: "F, 102:", "M, 94;"
    r"|(?<![\w/])[MF],\s*(?:9\d|1[01]\d)(?=\s*[:;,.]|\s*$)"
    # Japanese and Korean in Latin letters: "93-sai", "96-sal", "man 94-se", "90-dai", "hyakusai"
    r"|(?<![\d.,])(?:9\d|1[01]\d)\s*-?\s*(?:sai|sal|se|dai|dae)\b"
    r"|\b(?:hyaku|kyūjū\w*|kyuju\w*|baek|gusip\w*|ahun\w*)-?(?:sai|sal|se)\b"
    # ... and Chinese in pinyin and Jyutping: "93 suì", "jiushiliu sui", "gau2 sap6 jat1 seoi3"
    r"|(?<![\d.,])(?:9\d|1[01]\d)\s*-?\s*(?:su[iìíǐī]|seoi3?)\b"
    r"|\bji[uǔ]\s*sh[ií]\w*\s*su[iìíǐī]\b|\b(?:y[iī]\s*)?b[aǎ]i\s*su[iìíǐī]\b"
    r"|\bgau2?\s+sap6?(?:\s+\w+)?\s+seoi3?\b"
    # Thai, Khmer and Lao in Latin letters: "ayu 93 pi", "anyu 96 pi", "ayu 91 chnam", "ayu kao
    # sip ha pi", "ayu roi pi tem"
    r"|\b(?:ayu|anyu|a-yu|arayu)\s+(?:9\d|1[01]\d)\b"
    r"|\b(?:ayu|anyu|a-yu)\s+(?:kao\s+sip|kau\s+sip|roi|nueng\s+roi|muoy\s+roy|kao\s+seb)\w*"
    r"|\b(?:kao\s+sip|kau\s+sip)(?:\s+\w+)?\s+(?:pi|chnam)\b"
    # Uzbek, Azerbaijani, Kazakh and Kyrgyz: "94 jasta", "91 jashtagy", "To'qson yetti yoshli",
    # "Doxsan beş yaşlı"
    r"|(?<![\d.,])(?:9\d|1[01]\d)\s*-?\s*(?:yosh\w*|ya[şs]\w*|jas(?:ta|tagy|taǵy|ynda|\b)\w*|jash\w*)"
    r"|\b(?:doxsan|to['‘’]?qson|toqsan|tokson|j[úu]z|yuz)(?:\s+\w+)?\s+(?:yosh\w*|ya[şs]\w*|jas\w*|jash\w*)"
    r"|(?:9\d|1[01]\d)\s+candles|(?:cent|cien|cem|cento)\s+(?:anys|años|anos|ans|anni)"
    r"|(?:in\s+)?(?:his|her|their|the\s+patient'?s)\s+(?:(?:early|mid|late)[- ]?)?"
    r"(?:90s|90's|nineties|hundreds)"
    r"|(?:older\s+than|over\s+the\s+age\s+of|above\s+the\s+age\s+of)\s+(?:9\d|1[0-2]\d|ninety)"
    r"|(?:over|above|more\s+than)\s+(?:9\d|1[0-2]\d|ninety)\s*(?:years?|yrs?)"
    r"|(?:9\d|1[0-2]\d)\s*(?:\+|or\s+older|plus)\s*(?:years?|yrs?|y/?o)"
    r"|(?:9\d|ninety)[- ](?:something|plus)|approaching\s+(?:100|a\s+hundred)"
    # "Patient im 95. Lebensjahr", "w 93. roku życia"
    r"|\bim\s+(?:9\d|1[01]\d)\.\s+Lebensjahr\w*|\bw\s+(?:9\d|1[01]\d)\.\s+roku\s+[żz]ycia"
    # "'I'm ninety-three and I've never broken a thing,' she said"
    r"|\bI['’]?m\s+(?:(?:nearly|almost|just|now)\s+)?(?:ninety(?:[\s-]\w+)?|a\s+hundred(?:\s+and\s+\w+)?"
    r"|(?:9\d|1[01]\d)(?!\s*(?:%|kg|cm|mm|lbs?|percent|mins?|minutes|m\b)))"
    r"(?:\s+(?:years?\s+old|and|,|next|this))"
    # "F, ninety-four, SOB"
    r"|(?-i:\b[MF]),?\s+(?:ninety(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?|a\s+hundred)\b"
    # "F, 94, from a nursing home"
    r"|(?-i:\b[MF]),\s*(?:9\d|1[01]\d)(?=\s*[,;)])"
    # "Kilencvenegy éves beteg", "deväťdesiatročná"
    r"|\bkilencven\w*\s+[ée]ves\b|\bsz[áa]z\w*\s+[ée]ves\b"
    # "ruim in de negentig"
    r"|\bin\s+de\s+negentig\b|\bnegentigers?\b"
    # "Nittiseks år og fortsatt på ski", "nittiofem år gammal"
    r"|\bnitti(?:o)?(?:en|ett|to|tv[åa]|tre|fire|fyra|fem|seks|sex|sju|syv|[åa]tte|[åa]tta|ni|nio)?"
    r"\s+[åa]r\b|\bhalvfems(?:indstyve)?\s+[åa]r\b|\b\w+og\s*halvfems\s+[åa]r\b"
    # "Gogo is 103 according to her ID card", "nana was 96 last month"
    r"|(?:gogo|granny|gran|grandma|grandpa|grandad|nana|nan|mzee|bibi|babu|ouma|oupa|abuela"
    r"|abuelo|nonna|nonno|oma|opa|lola|lolo|dadi|nani)\s+(?:is|was|turns|turned|just\s+turned)\s+"
    r"(?:9\d|1[01]\d)(?!\s*(?:%|\.\d|[/:]|mm|cm|kg|mg|ml|bpm|lbs?|degrees|units|hu|percent|on|in"
    r"|at|of|out|x)\b)"
    # "her hundredth bday party", "his ninety-third birthday"
    r"|(?:ninetieth|ninety[- ](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)"
    r"|hundredth|hundred\s+and\s+\w+th|one\s+hundred\s+and\s+\w+)\s+(?:birthday|bday|b-day"
    r"|b'day|bday\s+party|birthday\s+party)"
    r")\b",
    re.IGNORECASE,
)


class Age(NamedTuple):
    """An age found in a text; value is None when only a range over 89 is given."""

    start: int
    end: int
    value: int | None


def _value(phrase: str) -> int | None:
    digits = re.search(r"\d+", phrase)
    if digits:
        return int(digits.group())
    lowered = phrase.lower()
    hundred = "hundred" in lowered
    if hundred:
        lowered = lowered.split("hundred", 1)[1]
    total = sum(_WORD_VALUES.get(w, 0) for w in re.findall(r"[a-z]+", lowered))
    return (100 + total) if hundred else (total or None)


def _other_value(phrase: str) -> int:
    """An age in Spanish, Portuguese, German or French words; each of them is 90 or more."""
    lowered = phrase.casefold()
    if lowered.startswith("novant"):
        units = {"uno": 1, "un": 1, "due": 2, "tre": 3, "quattro": 4, "cinque": 5, "sei": 6,
                 "sette": 7, "otto": 8, "nove": 9}  # fmt: skip
        return 90 + next((v for k, v in units.items() if lowered.endswith(k)), 0)
    if lowered.startswith(("noventa", "nonante", "quatre")) or "neunzig" in lowered:
        last = lowered.split()[-1] if " " in lowered else ""
        return 90 + _OTHER_WORD_VALUES.get(last, 0)
    return 100


def _roman(numeral: str) -> int:
    values = {"I": 1, "V": 5, "X": 10, "C": 100}
    digits = [values[c] for c in numeral]
    return sum(-d if d < nxt else d for d, nxt in zip(digits, [*digits[1:], 0], strict=True))


# An age told by what follows it or by "age" in words or Roman numerals: "101 and still
# climbing stairs", "the patient's age of ninety seven", "given his age (XCVI)".
_MORE_AGES = re.compile(
    r"(?<![\d.,/-])\b(?P<still>9\d|1[01]\d)\s+(?i:and\s+still|years\s+young|not\s+out)\b"
    r"|\b(?i:age[ds]?)\s+(?i:of\s+)?(?P<words>(?i:ninety(?:[-\s](?:one|two|three|four|five|six"
    r"|seven|eight|nine))?|(?:one|a)\s+hundred(?:\s+and\s+\w+)?))\b"
    r"|\b(?i:age[ds]?)\s*(?i:of\s+)?[:(]?\s*(?P<roman>(?=[IVXC]{2})(?:XC|C)X{0,2}(?:IX|IV|V?I{0,3}))(?![\w-])"
)


# Ninety-something in one word, as the South Slavic languages write an age:
# "devedesetsedmogodišnjak", "devetdesetletna", "stogodišnjakinja".
_SLAVIC_OLD = re.compile(
    r"(?i:\b\w*(?:devedeset|devetdeset)\w*(?:godi[sš]nj|letn|godi[sš]n)\w*|\bsto\w*(?:godi|letn)\w*"
    # in words in the Baltic languages and Romanian: "devyniasdešimt trejų metų", "nouăzeci"
    r"|\bdevyniasde[sš]imt\w*(?:\s+\w+)?\s+met[uų]|\bdevi[nņ]desmit\w*(?:\s+\w+)?\s+gad\w*"
    r"|\b[üu]heksak[üu]mne\w*|\bnou[aă]zeci\w*(?:\s+[sș]i\s+\w+)?\s+(?:de\s+)?ani)"
)


def find_ages(text: str, today: dt.date | None = None) -> Iterator[Age]:
    """Yield ages written with a number or a number word, and 'over 89' wordings.

    A birth year becomes an age only when ``today`` is given.
    """
    yield from _stated_ages(text)
    if today is None:
        return
    for match in _BORN.finditer(text):
        # A birth year alone is allowed, unless it makes the patient older than 89 today.
        year = match.group("year") or match.group("year2")
        yield Age(match.start(), match.end(), today.year - int(year))


# A text of one sentence is read for its ages twice, as a text and as a sentence of events:
# the second reading is the first one's. Small, so that it holds only the text being scanned.
@lru_cache(maxsize=16)
def _stated_ages(text: str) -> tuple[Age, ...]:
    return tuple(_told_ages(text))


def _told_ages(text: str) -> Iterator[Age]:
    for pattern in [*_AGE_RES, _AGE_SEX]:
        for match in pattern.finditer(text):
            value = _value(match.group())
            if value is None or value >= 130:
                continue
            if match.group("old") is None and _SPAN_BEFORE.search(text, 0, match.start()):
                continue  # "served the town for 95 years": a span of time, not an age
            if match.group("old") is not None or value > 89:
                yield Age(match.start(), match.end(), value)
    for match in _OVER_89.finditer(text):
        yield Age(match.start(), match.end(), None)
    for match in _BARE_AGE.finditer(text):
        group = next(g for g in ("n", "m", "m2", "b") if match.group(g))
        yield Age(match.start(group), match.end(group), int(match.group(group)))
    for match in _AT_AGE.finditer(text):
        yield Age(match.start("a"), match.end("a"), int(match.group("a")))
    for match in _SLAVIC_OLD.finditer(text):
        yield Age(
            match.start(), match.end(), 100 if match.group().lower().startswith("sto") else 90
        )
    for match in _MORE_AGES.finditer(text):
        group = next(g for g in ("still", "words", "roman") if match.group(g))
        told = match.group(group)
        value = _roman(told) if group == "roman" else _value(told.replace("-", " "))
        if value is not None:
            yield Age(match.start(group), match.end(group), value)
    for match in _OTHER_AGES.finditer(text):
        groups = [*"abcdefghijklmnopqrt", "q2", "s2", "s3", "s4", "s5", "s6"]
        group = next(g for g in groups if match.group(g))
        if group in ("q", "q2"):
            value = _roman(match.group(group))
        elif group == "o":
            value = 100 if "cent" in match.group(group).casefold() else 90
        elif group == "l":
            value = 100 if regex.search(r"(?i)hundr|sau|yüz", match.group(group)) else 90
        elif group == "i":
            value = _other_value(match.group(group))
        else:
            value = _value(match.group(group))
        yield Age(match.start(group), match.end(group), value)
    for match in _WORLD_AGES.finditer(text):
        group = next(g for g in ("v", "w", "s") if match.group(g))
        if group == "v" and _SPAN_BEFORE.search(text, 0, match.start()):
            continue  # "per 95 anni", "for 95 år": a span, not an age
        value = int(match.group(group).replace(" ", ""))
        yield Age(match.start(group), match.end(group), value)
    for match in _SUBTRACTED.finditer(text):
        # "Age at scan: 2024 minus 1929 = 95": an age worked out for the reader
        yield Age(match.start(), match.end(), int(match.group(1)) - int(match.group(2)))


_SUBTRACTED = re.compile(
    r"\b((?:19|20)\d\d)\s*(?:(?i:minus)|[-−–]\s*(?=(?:18|19)\d\d\s*=))\s*((?:18|19)\d\d)\b"
)


# A population, not a patient: "in patients aged 90 and over", "adults over 90".
_POPULATION = re.compile(
    r"(?i:\b(?:patients|people|adults|individuals|women|men|those|persons|residents|cohorts?"
    r"|populations?|groups?|anyone)\s+(?:(?:who\s+are|are|were|aged|of|over|above)\s+)*$)"
)


# Ages written in keycap emoji: "1️⃣0️⃣2️⃣ years young"
_KEYCAP_AGE = re.compile(
    r"((?:\d\ufe0f?\u20e3){2,3})\s*(?i:years?|yrs?|y/?o)\b"
    r"|(?i:\bage[ds]?\s*[:=]?\s*)((?:\d\ufe0f?\u20e3){2,3})"
)


def _keycap_ages(text: str) -> Iterator[Age]:
    for match in _KEYCAP_AGE.finditer(text):
        group = 1 if match.group(1) else 2
        value = int("".join(c for c in match.group(group) if c.isdigit()))
        yield Age(match.start(group), match.end(group), value)


_TABLE_ROW = re.compile(r"^\s*\|(.+)\|\s*$", re.MULTILINE)


def _csv_ages(text: str) -> Iterator[Age]:
    """An age in a CSV's or a tab-separated table's age column: "age_yrs,finding" over
    "97,\"impacted femoral neck fracture\""."""
    lines = text.split("\n")
    if len(lines) < 2:
        return
    delimiter = next((d for d in (",", ";", "\t") if d in lines[0]), None)
    if delimiter is None:
        return
    header = [c.strip().casefold() for c in next(csv.reader([lines[0]], delimiter=delimiter))]
    column = next((k for k, name in enumerate(header) if _AGE_COLUMN.fullmatch(name)), None)
    if column is None:
        return
    at = len(lines[0]) + 1
    for line in lines[1:]:
        cells = next(csv.reader([line], delimiter=delimiter), [])
        if column < len(cells) and re.fullmatch(r"\s*(9\d|1[01]\d)\s*", cells[column]):
            yield Age(at, at + len(line), int(cells[column]))
        at += len(line) + 1


_AGE_COLUMN = re.compile(
    r"age(?:[\s_-]*(?:\(?(?:y|yr|yrs|years?)\)?))?|edad|alter|âge|leeftijd|eta|età"
)


def _table_ages(text: str) -> Iterator[Age]:
    """An age in a table's "Age" column: "| Sex | Age |" over "| F | 97 |"."""
    rows = list(_TABLE_ROW.finditer(text))
    if not rows:
        yield from _csv_ages(text)
        return
    header = [c.strip().casefold() for c in rows[0].group(1).split("|")]
    if "age" not in header:
        return
    column = header.index("age")
    for row in rows[1:]:
        cells = row.group(1).split("|")
        if column < len(cells) and re.fullmatch(r"\s*(9\d|1[01]\d)\s*", cells[column]):
            start = row.start(1) + sum(len(c) + 1 for c in cells[:column])
            yield Age(start, start + len(cells[column]), int(cells[column]))


# No one has lived longer: more years than this are a span ("129 years of X-rays"), not an age.
_OLDEST = 122
# The author aggregated the age on purpose, as Safe Harbor asks: "in their 90s (age withheld)".
_WITHHELD = re.compile(
    r"\s*[(,;–—-]\s*(?i:(?:exact\s+|precise\s+)?age\s+(?:withheld|redacted|removed|not\s+given"
    r"|not\s+stated|omitted))"
)


_SAFE_HARBOR_BRACKET = re.compile(
    r"\s*(?:\+|(?i:or\s+(?:older|over|above|more)|and\s+(?:over|older|above)|plus)\b)"
)


def find_old_ages(text: str, today: dt.date | None = None) -> Iterator[Hit]:
    """Yield every age over 89, however it is written; a population's is not a patient's."""
    for age in [*find_ages(text, today), *_keycap_ages(text), *_table_ages(text)]:
        if age.value is None or 89 < age.value <= _OLDEST:
            if _POPULATION.search(text[max(0, age.start - 40) : age.start]):
                continue
            if age.value is None and _WITHHELD.match(text, age.end):
                continue
            if age.value == 90 and _SAFE_HARBOR_BRACKET.match(text, age.end):
                continue  # "aged 90 or over": the one bracket Safe Harbor allows
            yield Hit("age_over_89", age.start, age.end)
