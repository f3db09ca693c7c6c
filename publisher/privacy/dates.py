"""Dates more precise than a year: numeric, written, weekday and holiday forms."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .findings import Hit
from .languages import southeast_asian
from .namelists import FIRST_NAMES
from .normalise import word_list

_MONTHS = word_list(
    """
    January February March April May June July August September October November December
    """
)


def _month_alternation(*, abbreviations: bool) -> str:
    """Month names in title and upper case (lower-case 'may' and 'march' are verbs)."""
    forms: list[str] = []
    for name in _MONTHS:
        forms += [name, name.upper()]
        if abbreviations and len(name) > 3:
            short = name[:3] if name != "September" else "Sept?"
            forms.append(short + r"\.?")  # not "MAR", "OCT": those are sequences and tests
    return "(?:" + "|".join(sorted(forms, key=len, reverse=True)) + ")"


MONTH = _month_alternation(abbreviations=True)
MONTH_FULL = _month_alternation(abbreviations=False)
_DAY = r"(?:0?[1-9]|[12]\d|3[01])"
_ORDINAL = r"(?:st|nd|rd|th)"
_YEAR = r"(?:19|20)\d{2}"
_YEAR_OR_SHORT = rf"(?:{_YEAR}|'\d{{2}})"
_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"

# An HL7 PID segment's seventh field is the patient's date of birth: "PID|1||||||19610722|M"
_HL7_BIRTH_DATE = re.compile(r"\bPID\|(?:[^|\n]*\|){6}((?:19|20)\d{6})(?!\d)")
_FOREIGN_MONTH = (
    r"enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre"
    r"|diciembre|janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|novembro|dezembro"
    r"|janvier|février|fevrier|avril|juin|juillet|août|aout|septembre|octobre|novembre|décembre"
    r"|stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|wrzesnia|października"
    r"|listopada|grudnia|januari|februari|maart|mei|juni|juli|augustus|oktober|januar|februar"
    r"|märz|dezember"
    # Swedish, Danish, Norwegian, Italian, Turkish, Indonesian and Malay
    r"|januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december"
    r"|mai|desember|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre"
    r"|ocak|şubat|subat|mart|nisan|mayıs|mayis|haziran|temmuz|ağustos|agustos|eylül|eylul|ekim"
    r"|kasım|kasim|aralık|aralik|januari|pebruari|februari|maret|mei|juni|juli|agustus|oktober"
    r"|nopember|desember|januari|mac|jun|julai|ogos|disember"
    # Icelandic, Danish and the Nepali (Bikram Sambat) months
    r"|janúar|febrúar|apríl|maí|júní|júlí|ágúst|október|nóvember|marts|baisakh|baishakh|jestha"
    r"|ashar|asar|asadh|shrawan|bhadra|bhadau|ashoj|asoj|kartik|mangsir|poush"
    r"|magh|falgun|fagun|chaitra"
    # Galician and Catalan
    r"|xaneiro|febreiro|xuño|xullo|setembro|outubro|novembro|decembro|gener|febrer|març|maig"
    r"|juny|juliol|agost|setembre|desembre"
    # Welsh
    r"|ionawr|chwefror|mawrth|ebrill|mehefin|gorffennaf|awst|medi|hydref|tachwedd|rhagfyr"
    # Afrikaans, Finnish, Czech, Hungarian, Croatian
    r"|januarie|februarie|junie|julie|desember|tammikuuta|helmikuuta|maaliskuuta|huhtikuuta"
    r"|toukokuuta|kesäkuuta|heinäkuuta|elokuuta|syyskuuta|lokakuuta|marraskuuta|joulukuuta"
    r"|ledna|února|března|dubna|května|června|července|srpna|září|října|listopadu|prosince"
    r"|január|február|március|április|május|június|július|augusztus|szeptember|október"
    r"|siječnja|veljače|ožujka|travnja|svibnja|lipnja|srpnja|kolovoza|rujna|studenoga|prosinca"
    # Slovenian and Serbian after a day, and Bulgarian in Latin letters: "24. julija", "3. marta"
    r"|januarja|februarja|marca|aprila|junija|julija|avgusta|septembra|oktobra|novembra|decembra"
    r"|januara|februara|marta|juna|jula|yanuari|fevruari|yuni|yuli|septemvri|oktomvri|noemvri"
    r"|dekemvri"
    # Austrian German: "17. Jänner 2024", "im Feber"
    r"|jänner|jaenner|feber|abrëll|abrell|mäerz|maerz|mee"
    # Maltese and Albanian: "12 ta' Mejju 2023", "3 qershor 2022"
    r"|jannar|frar|marzu|mejju|ġunju|gunju|lulju|awwissu|settembru|ottubru|novembru|diċembru"
    r"|dicembru|janar|shkurt|prill|qershor|korrik|gusht|shtator|tetor|nëntor|nentor|dhjetor"
    # Swahili, Kinyarwanda, Luganda, Zulu and Xhosa: "28 Ukwakira 2023", "7 Apuli 2024"
    r"|machi|aprili|julai|agosti|septemba|oktoba|novemba|desemba|mutarama|gashyantare|werurwe"
    r"|gicurasi|kamena|nyakanga|kanama|nzeri|ukwakira|ugushyingo|ukuboza|janwali|febwali|maaki"
    r"|apuli|maayi|juuni|julaayi|agusito|sebuttemba|okitobba|januwari|februwari|mashi|ephreli"
    r"|meyi|julayi|agasti|septhemba|okthoba|disemba"
    # Tagalog: "Marso 3, 2024", "ika-3 ng Marso"
    r"|enero|pebrero|marso|abril|mayo|hunyo|hulyo|agosto|setyembre|oktubre|nobyembre|disyembre"
    # Romanian, Russian, Greek, Arabic
    r"|ianuarie|februarie|martie|aprilie|iunie|iulie|septembrie|octombrie|noiembrie|decembrie"
    r"|января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря"
    r"|Ιανουαρίου|Φεβρουαρίου|Μαρτίου|Απριλίου|Μαΐου|Ιουνίου|Ιουλίου|Αυγούστου|Σεπτεμβρίου"
    r"|Οκτωβρίου|Νοεμβρίου|Δεκεμβρίου|يناير|فبراير|مارس|أبريل|مايو|يونيو|يوليو|أغسطس|سبتمبر"
    r"|أكتوبر|نوفمبر|ديسمبر|محرم|صفر|رجب|شعبان|رمضان|شوال"
)
_ROMANCE_DAY = (
    r"(?:premier|primo|primero|um|uno|un|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze"
    r"|treize|quatorze|quinze|seize|dix-sept|dix-huit|dix-neuf|vingt(?:-et-un|-deux|-trois|-quatre"
    r"|-cinq|-six|-sept|-huit|-neuf)?|trente(?:-et-un)?|due|tre|quattro|cinque|sei|sette|otto|nove"
    r"|dieci|undici|dodici|tredici|quattordici|quindici|sedici|diciassette|diciotto|diciannove"
    r"|venti|ventuno|ventidue|ventitré|ventitre|ventiquattro|venticinque|ventisei|ventisette"
    r"|ventotto|ventinove|trenta|trentuno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once"
    r"|doce|trece|catorce|quince|dieciséis|diecisiete|dieciocho|diecinueve|veinte|veintiuno"
    r"|veintidós|veintitrés|veinticuatro|veinticinco|veintiséis|veintisiete|veintiocho|veintinueve"
    r"|treinta|treinta\s+y\s+uno|dois|três|quatro|sete|oito|dez|vinte(?:\s+e\s+\w+)?"
    r"|trinta(?:\s+e\s+um)?)"
)
_UNITS_ORDINAL = "first|second|third|fourth|fifth|sixth|seventh|eighth|ninth"
_DAY_WORD = (
    rf"(?i:(?:twenty|thirty)[-\s]?(?:{_UNITS_ORDINAL})|{_UNITS_ORDINAL}|tenth|eleventh|twelfth"
    r"|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth"
    r"|thirtieth)"
)
# A month of any language beside a day or a year: "19. Mai 2023", "Mai 2023".
MONTH_BESIDE_A_NUMBER = re.compile(
    rf"(?<=\d\.\s)(?i:{_FOREIGN_MONTH})\b|(?i:{_FOREIGN_MONTH})(?=\s+\d)"
)
_PATTERNS = [
    # 2026-03-14, 2026/3/14, 20260314
    rf"(?<![\d./-]){_YEAR}([-/.])(?:0?[1-9]|1[0-2])\1{_DAY}(?![\d/-])",
    rf"(?<![\d.]){_YEAR}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?!\d|\.\d)",
    # an ISO week, which narrows to seven days: 2026-W11, 2026W11-3
    rf"(?<![\w./-]){_YEAR}-?W(?:0[1-9]|[1-4]\d|5[0-3])(?:-?[1-7])?\b",
    # 2026-03 and 03/2026: a month is more precise than a year
    rf"(?<![\d./-]){_YEAR}[-/](?:0[1-9]|1[0-2])(?![\d/-])",
    rf"(?<![\d./-])(?:0?[1-9]|1[0-2])[-/]{_YEAR}(?![\d/-])",
    # March 14, Mar. 14th, 2026 / 14 March 2026 / the 14th of March
    # (not Tagalog's "May 3 nodules", there are three nodules: a count before a plural)
    rf"\b(?!May\s+\d{{1,2}}\s+(?!days\b|weeks\b)[a-z]{{3,}}s\b){MONTH}\s+{_DAY}{_ORDINAL}?\b"
    rf"(?:,?\s+{_YEAR_OR_SHORT}\b)?",
    rf"\b{_DAY}{_ORDINAL}?(?:\s+of)?[\s-]+{MONTH}(?![a-z])(?:,?[\s-]+{_YEAR_OR_SHORT}\b)?",
    # March the 2nd
    rf"\b{MONTH}\s+the\s+{_DAY}{_ORDINAL}\b",
    # March 2026, March of 2026, Mar '26
    rf"\b{MONTH},?\s+(?:of\s+)?{_YEAR_OR_SHORT}\b",
    # in March, mid-March, since June: the month alone is still an element of a date
    rf"\b(?:[Ii]n|[Oo]n|[Dd]uring|[Ss]ince|[Uu]ntil|[Tt]ill|[Bb]y|[Ff]rom|[Ee]arly|[Mm]id|[Ll]ate"
    rf"|[Ll]ast|[Tt]his|[Nn]ext|[Bb]efore|[Aa]fter|[Aa]round|[Tt]hrough)[\s-]+{MONTH_FULL}\b",
    # Monday the 3rd, Tuesday 14th
    rf"\b{_WEEKDAY},?\s+(?:the\s+)?{_DAY}{_ORDINAL}\b",
    # on the 3rd (not "on the 3rd day", "on the 3rd rib")
    rf"\b(?:[Oo]n|[Ss]ince|[Uu]ntil|[Bb]y|of)\s+the\s+{_DAY}{_ORDINAL}"
    # ("the 1st and 2nd metatarsals" count anatomy, not days)
    r"(?=\s*(?:[,.;:)!?]|$|of\b|at\b|and\b(?!\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th)\b)))",
    # on 3/14, dated 14/3: day and month without a year
    rf"\b(?:[Oo]n|[Dd]ated|[Ff]rom|[Ss]ince|[Uu]ntil|[Bb]y|{_WEEKDAY},?)\s+"
    r"(?:0?[1-9]|[12]\d|3[01])/(?:0?[1-9]|[12]\d|3[01])"
    r"(?![\d/])",
    # summer 2025, Q3 2025: a season or a quarter is more precise than a year
    rf"\b(?:[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter|Q[1-4])(?:\s+of)?\s+{_YEAR}\b",
    # holidays are days
    r"\b(?:Christmas(?!\s+(?:disease|factor|lights|decorations|tree|jumper))|Xmas|Thanksgiving|Easter|Halloween|Hanukkah|Diwali|Eid|Passover|Ramadan"
    r"|Boxing Day|New Year'?s?(?: Day| Eve)|Independence Day|Memorial Day|Labou?r Day"
    r"|Valentine'?s Day|(?:St\.?|Saint) [A-Z][a-z]+['’]?s Day|Mother'?s Day|Father'?s Day"
    r"|Bonfire Night"
    r"|Guy Fawkes|Fourth of July|July 4th|Canada Day|Australia Day|Anzac Day|Remembrance Day"
    r"|Veterans'? Day|Super Bowl Sunday"
    # Christmas Eve, New Year's Eve, Midsummer Night and the Feasts in Iberia and Turkey
    r"|Nochebuena|Nochevieja|Noiteboa|Noitevella|Nit de (?:Nadal|Cap d['’]Any|Sant Joan)"
    r"|Consoada|V[ée]spera de Natal|Noche de (?:San Juan|Reyes)|D[ií]a de Reyes|Heiligabend"
    r"|(?:Kurban|Ramazan|Şeker|Seker) Bayram\w*"
    # "the first night of Ramadan", "the last day of Passover"
    r"|(?:first|second|third|last|final)\s+(?:night|day|evening|morning|weekend)\s+of"
    r"\s+(?:Ramadan|Ramazan|Hanukkah|Chanukah|Passover|Pesach|Diwali|Navratri|Sukkot|Lent|Carnival)"
    r")(?:\s+(?:Day|Eve|Sunday|morning|night|weekend))?\b"
    # Christmas disease is haemophilia B; lights, decorations and jumpers are the season's
    r"(?!\s+(?:disease|factor|tree|trees|lights|decorations|jumper|jumpers|cards?|presents"
    r"|shopping|baking|pudding|cracker|crackers|tinsel|fairy\s+lights|lanterns|sweets|candles))",
    # Tagalog: "ika-22 ng Agosto 2023"
    r"(?i:\bika-?\s?\d{1,2}\s+ng\s+(?:Enero|Pebrero|Marso|Abril|Mayo|Hunyo|Hulyo|Agosto|Setyembre"
    r"|Oktubre|Nobyembre|Disyembre)\b)",
    # a stamp's month in capitals: "RECEIVED 22 OCT 2023 14:07"
    r"\b\d{1,2}\s+(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|SEPT|OCT|NOV|DEC)\s+(?:19|20)\d\d\b",
    # a holiday in lower case, as chat writes it: "on xmas eve 2o22", "christmas day"
    r"(?i:\b(?:christmas|xmas|x-mas|boxing|thanksgiving|halloween|easter)"
    r"(?:\s+(?:eve|day|night|morning|sunday))?(?:\s+of)?\s+(?:19|20)\d\d\b"
    r"|\b(?:christmas|xmas|x-mas|new\s+year['’]?s?)\s+(?:eve|day)\b)",
    # any named day of a given year: "on Waitangi Day 2023", "Bonfire Night 2021"
    r"\b(?:[A-Z][\w'’]+\s+){1,2}(?:Day|Eve|Night)(?:\s+of)?\s+(?:19|20)\d\d\b",
    # the month in Roman numerals, as central Europe writes it: "3.VII.1958", "dob 3 / vii / 58"
    r"(?i:(?<![\w/.])(?:0?[1-9]|[12]\d|3[01])\s*[./-]\s*(?:iii|ii|iv|ix|i|vi{1,3}|v|xi{1,2}|x)\s*[./-]"
    r"\s*(?:(?:19|20)?\d\d)(?![\w/])|(?<![\w/.])(?:0?[1-9]|[12]\d|3[01])\s*/\s*(?:iii|ii|iv|ix|i"
    r"|vi{1,3}|v|xi{1,2}|x)\s*/\s*(?:(?:19|20)?\d\d)(?![\w/]))",
    # a day, a month and a year with spaces, as Czech, Slovak and Hungarian print them:
    # "nar. 1. 5. 1949", "2023. 04. 12."
    r"(?<![\d.])(?:0?[1-9]|[12]\d|3[01])\.\s(?:0?[1-9]|1[0-2])\.\s(?:19|20)\d\d(?![\d])"
    r"|(?<![\d.])(?:19|20)\d\d\.\s(?:0?[1-9]|1[0-2])\.\s(?:0?[1-9]|[12]\d|3[01])\.(?!\d)",
    # in lower case after a birth, a death or an admission: "born christmas eve, nineteen ..."
    r"(?i:\b(?:born|dob|d\.o\.b\.?|died|passed(?:\s+away)?|admitted|delivered)\s+(?:on\s+)?"
    r"(?:christmas|xmas|new\s+year['’]?s|boxing|halloween|valentine['’]?s|easter|thanksgiving)"
    r"(?:\s+(?:day|eve|sunday|morning|night))?)\b",
    # written in CJK: "2022年8月9日", "8月9日"
    r"(?:(?:19|20)\d{2}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日",
    # in Spanish, Portuguese, French, Polish, Dutch, German: "12 de marzo de 2024", "3 mars"
    rf"\b{_DAY}\.?\s+(?:de\s+|ta['’]\s+)?(?i:{_FOREIGN_MONTH})\b(?:\s+(?:de\s+)?{_YEAR})?",
    # Malay's "haribulan" after the day: "22hb Julai 2023", "3 hb. Mac"
    rf"\b{_DAY}\s?(?i:hb)\.?\s+(?i:{_FOREIGN_MONTH})\b(?:\s+{_YEAR})?",
    # Vietnamese: "ngày 22 tháng 7 năm 2023", "22 tháng 7 năm 2023" (not "3 tháng", 3 months)
    rf"(?i:\bngày\s+{_DAY}\s+tháng\s+(?:0?[1-9]|1[0-2])\b(?:\s*(?:năm|,)\s*{_YEAR})?"
    rf"|\b{_DAY}\s+tháng\s+(?:0?[1-9]|1[0-2])\s+năm\s+{_YEAR}\b)",
    # the month first, with its year: "Marso 3, 2024", "agosto 14, 2023"
    rf"\b(?i:{_FOREIGN_MONTH})\s+{_DAY},?\s+{_YEAR}\b",
    # in Korean: "2024년 3월 5일"
    r"(?:(?:19|20)\d{2}\s*년\s*)?\d{1,2}\s*월\s*\d{1,2}\s*일",
    # a day and a month with dots after a word that dates it: "Operiert am 23.12."
    # (one backslash each: doubled, "\\b" sought a backslash and the pattern never matched;
    # not after English "on", where "based on 1.5." ends a sentence on a decimal)
    r"(?:(?<=\bam\s)|(?<=\bvom\s)|(?<=\bseit\s)|(?<=\bbis\s)|(?<=\bden\s)|(?<=\ble\s)|(?<=\bil\s)"
    r"|(?<=\bel\s)|(?<=\bop\s)|(?<=\bdne\s)|(?<=\bdnia\s))"
    r"(?:[12]\d|3[01]|0?[1-9])\.(?:1[0-2]|0?[1-9])\.(?!\d)",
    # in the Nepali, Bengali and Hindu calendars: "21 Baisakh 2081", "1 Boishakh 1431-e"
    rf"\b{_DAY}\s+(?i:baisakh|baishakh|boishakh|vaishakh|jestha|jeth|joishtho|jyoishtho|jaistha"
    r"|jyeshtha|asar|ashadh|asharh|ashar|asadh|shrawan|shraban|srabon|shrabon|shravan|saun|bhadra"
    r"|bhadro|bhadrapad|bhadau|asoj|ashwin|ashshin|aswin|kartik|mangsir|ogrohayon|agrahayan"
    r"|agrahayon|margashirsha|poush|pous|paush|push|magh|falgun|phalgun|phagun|chaitra|choitro|chait)"
    r"\b(?:\s+(?:20[6-9]\d|14[0-4]\d)(?!\d))?",
    # in the Republic of China's years, counted from 1912: "ROC 112/05/09"
    r"\bROC\s*\d{2,3}[./-]\d{1,2}[./-]\d{1,2}\b",
    # in the Hijri calendar: "12 Ramadan 1445", "3 Shawwal"
    rf"\b{_DAY}{_ORDINAL}?\s+(?i:muharram|safar|rabi['ʿʽ]?\s*(?:al|ul)-?(?:awwal|thani|akhir)|jumada\s+al-?(?:ula|akhirah|"
    r"awwal|thani)|rajab|sha['ʿʽ]?ban|ramadan|ramazan|ramzan|shawwal|shawal|dhu\s*al-?(?:qi['ʿʽ]?dah|hijjah))\b"
    r"(?:\s+1[34]\d\d)?",
    # a birth date however short: "d.o.b jan 5 '71", "DOB: 5/1/71"
    r"(?i:\b(?:dob|d\.o\.b\.?|date\s+of\s+birth|born)\s*[:=-]?\s*)"
    r"(?:[a-z]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s*(?:'|’)?\d{2,4}|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4})",
    # a Roman month between the day and the year: "12.vi.24", "3/XI/2023"
    r"(?i:\b\d{1,2}([./-])(?:i|ii|iii|iv|v|vi|vii|viii|ix|x|xi|xii)\1(?:\d{2}|\d{4})\b)",
    # Danish "9/10-48", and a day, a month and a short year after a word that dates them:
    # "scannet 2.1.24", "am 3.4.25"
    r"(?<![\d/.-])(?:0?[1-9]|[12]\d|3[01])/(?:0?[1-9]|1[0-2])-(?:\d{2}|(?:19|20)\d{2})(?![\d/-])",
    r"(?i:\b(?:scannet|skannet|scannad|röntgad|undersøgt|undersökt|undersøkt|kuvattu|untersucht"
    r"|gescand|gescant|opgenomen|indlagt|innlagt|inlagd|aufgenommen|operiert|opereret|operert"
    r"|opererad|am|vom|den|d\.|op|le|el|on|dated|seit|of|from|since)\s+)"
    r"(?:0?[1-9]|[12]\d|3[01])\.(?:0?[1-9]|1[0-2])\.\d{2}(?![\d.])",
    # Finnish: "helmikuun 28. päivänä 2024"
    r"(?i:\b(?:tammi|helmi|maalis|huhti|touko|kesä|heinä|elo|syys|loka|marras|joulu)kuun\s+"
    r"(?:[12]\d|3[01]|0?[1-9])\.?(?:\s*(?:päivänä|pnä|p\.))?(?:\s+(?:19|20)\d\d)?)",
    # a day in words in French, Italian, Spanish, Portuguese: "le vingt-deux décembre",
    # "il ventidue dicembre", "el veintidós de diciembre"
    rf"(?i:\b(?:le|il|el|o|em|on)\s+{_ROMANCE_DAY}\s+(?:de\s+)?(?:{_FOREIGN_MONTH})\b"
    r"(?:\s+(?:de\s+)?(?:deux\s+mille|duemila|dos\s+mil|dois\s+mil|mil\s+novecientos|\d{4})[\w\s-]*?)?)",
    # a birth dated by the news of its day: "born the year the Titanic went down", "born the
    # night Elvis died": the reader looks it up
    r"(?i:\bborn\s+(?:in\s+|on\s+)?the\s+(?:very\s+|same\s+)?(?:year|day|night|week|month|summer"
    r"|winter|spring|autumn)\s+(?:that\s+|when\s+|as\s+)?(?:the\s+|a\s+)?(?:[\w'’-]+\s+){0,3}?"
    r"(?:went\s+down|sank|died|fell|won|opened|landed|blew|exploded|crashed|hit|struck|began|ended"
    r"|came\s+down|was\s+(?:born|shot|killed|crowned|elected)|were\s+\w+|happened))",
    # a day in words: "the twenty-second of Feb", "March the third"
    rf"(?i:\b(?:the\s+)?{_DAY_WORD}\s+of\s+){MONTH}\b|\b{MONTH}\s+(?i:the\s+){_DAY_WORD}\b",
]

# Month names in lower case, as notes are typed: "7th of jan", "29 feb 2000". Not "may",
# "mar" and "march", verbs in lower case: those only with an ordinal and "of", or a year.
_LOWER_MONTH = (
    r"(?:january|february|april|june|july|august|september|october|november|december"
    r"|jan|feb|apr|jun|jul|aug|sept?|oct|nov|dec)\.?"
)
_LOWER_VERB_MONTH = r"(?:may|mar\.?|march)"
# Polish, Czech and Slovak months as they stand before a year ("w marcu 2022", "leden 2023");
# the genitives after a day are in _FOREIGN_MONTH.
_SLAVIC_MONTH = (
    r"styczeń|styczniu|luty|lutym|marzec|marcu|kwiecień|kwietniu|maj|maju|czerwiec|czerwcu"
    r"|lipiec|lipcu|sierpień|sierpniu|wrzesień|wrześniu|październik|październiku|listopad"
    r"|listopadzie|grudzień|grudniu|leden|lednu|únor|únoru|březen|březnu|duben|dubnu|květen"
    r"|květnu|červen|červnu|červenec|červenci|srpen|srpnu|září|říjen|říjnu|listopadu|prosinec"
    r"|prosinci|januára|februára|marca|apríla|mája|júna|júla|septembra|októbra|novembra"
    r"|decembra|marec|apríl|máj|jún|júl"
)
# Hungarian months take suffixes ("októberben", "május 5-én"); their short forms end in a dot.
_HUNGARIAN_MONTH = (
    r"(?:január|február|március|április|május|június|július|augusztus|szeptember|október"
    r"|november|december)\w*|(?:jan|febr?|márc|ápr|máj|jún|júl|aug|szept|okt|nov|dec)\."
)
# The Persian solar calendar (Iran, Afghanistan); short names ("Tir", "Dey", "Mehr") are
# words or names too, so they count only between a day and a year.
_PERSIAN_MONTH = r"farvardin|ordibehesht|khordad|khordaad|a?mordad|shahrivar|bahman|esfand|espand"
_PERSIAN_SHORT_MONTH = r"tir|mehr|ab[aā]n|[aā]zar|dey"
# Transliterated Hijri months beyond _PATTERNS' own: Malay and Indonesian spellings, numbered
# forms ("Rabi II", "Jumada I").
_HIJRI_MONTH = (
    r"rabi['ʿʽ]?\s*(?:al|ul|us)?[-\s]?(?:awwal|awal|thani|tsani|akhir|akhar|I{1,2})\b"
    r"|rabi(?:ul|ulawal|ulakhir)\w*|jumad(?:a|i|il)\s*(?:al|ul)?[-\s]?(?:ula|uula|awwal|awal"
    r"|akhir(?:ah)?|thani|tsani|I{1,2})\b|sya['ʿʽ]?ban|ramadh?an|syaww?al|dhu['ʿʽ]?l[-\s]?(?:qa['ʿʽ]?dah"
    r"|qi['ʿʽ]?dah|hijjah?)|dzul(?:qa['ʿʽ]?dah|hijjah)|zul(?:qa['ʿʽ]?dah|kaedah|hijjah?)|zilhaj\w*"
    r"|moharram|muharram|safar|rajab|sha['ʿʽ]?ban|shaww?al|ramazan|ramzan"
)
_NON_GREGORIAN_YEAR = r"1[34]\d\d(?:\s*(?:AH|A\.H\.|SH|HS|H|hijri|hš|HŠ)\b)?"
_ROMAN_MONTH = r"(?:XII|XI|IX|X|VIII|VII|VI|IV|V|III|II|I)"
_WORLD_PATTERNS = [
    # Basque, the year first and the day last: "2024ko urtarrilaren 9an", "martxoaren 3an"
    r"(?i:\b(?:(?:19|20)\d\dko\s+)?(?:urtarril|otsail|martxo|apiril|maiatz|ekain|uztail|abuztu"
    r"|irail|urri|azaro|abendu)\w*\s+\d{1,2}(?:an|ean|a)?\b)",
    # "7th of jan", "29 feb 2000", "jan 7th", "feb 29, 2000", "since jan 5"
    rf"\b{_DAY}{_ORDINAL}?(?:\s+of)?[\s-]+{_LOWER_MONTH}(?![a-z])(?:,?[\s-]+{_YEAR_OR_SHORT}\b)?",
    rf"\b{_DAY}{_ORDINAL}\s+of\s+{_LOWER_VERB_MONTH}\b|\b{_DAY}{_ORDINAL}?\s+{_LOWER_VERB_MONTH},?\s+{_YEAR}\b",
    rf"\b{_LOWER_MONTH}\s+{_DAY}(?:{_ORDINAL}\b|,?\s+{_YEAR_OR_SHORT}\b)",
    rf"\b(?:[Oo]n|[Ss]ince|[Ff]rom|[Uu]ntil|[Tt]ill|[Bb]y)\s+{_LOWER_MONTH}\s+{_DAY}\b(?![.,]\d)",
    rf"\b(?:{_LOWER_MONTH}|march),?\s+(?:of\s+)?{_YEAR}\b",
    # a Roman month between spaces: "12 VI 2022 r.", "3. XI. 2019"
    rf"(?<![\w.]){_DAY}\.?\s+{_ROMAN_MONTH}\.?\s+{_YEAR}\b",
    # Czech and Slovak put a space after each dot: "1. 9. 1948", "12. 3.2024"
    rf"(?<![\d.]){_DAY}\.\s(?:1[0-2]|0?[1-9])\.\s?{_YEAR}\b",
    # Hungarian writes the year first: "2023. 10. 05.", "2023. október 5-én", "2023 márciusában"
    rf"(?<![\d.]){_YEAR}\.\s(?:1[0-2]|0?[1-9])\.\s?{_DAY}\.",
    rf"\b{_YEAR}\.?\s+(?i:{_HUNGARIAN_MONTH})(?:\s+{_DAY}(?:\.|-\w+)?)?",
    rf"(?i:\b{_HUNGARIAN_MONTH})\s+{_DAY}(?:\.|-(?:[aáeé]n|[aáeé]|i|t[oóöő]l|ig)\b)",
    rf"(?i:\b(?:{_SLAVIC_MONTH}))\s+{_YEAR}\b",
    rf"\b{_DAY}\.?\s+(?i:januára|februára|apríla|mája|júna|júla|augusta|septembra|októbra"
    r"|novembra|decembra)\b",
    # the Persian solar calendar: "12 Farvardin 1402", "Esfand 1401", "3 Dey 1399"
    rf"\b{_DAY}(?:th|om|-?e|-?om)?\s+(?i:{_PERSIAN_MONTH})\b(?:\s+{_NON_GREGORIAN_YEAR})?",
    rf"\b{_DAY}\s+(?i:{_PERSIAN_SHORT_MONTH})\s+{_NON_GREGORIAN_YEAR}",
    rf"\b(?i:{_PERSIAN_MONTH})(?:\s+(?:mah|maah))?\s+{_NON_GREGORIAN_YEAR}",
    # Hijri months in other spellings, and a Hijri or solar month with its year alone
    rf"\b{_DAY}{_ORDINAL}?\s+(?i:{_HIJRI_MONTH})\b(?:\s+{_NON_GREGORIAN_YEAR})?",
    rf"\b(?i:{_HIJRI_MONTH})\s+{_NON_GREGORIAN_YEAR}",
    # a Hijri or solar date in figures, its year from 1300 to 1469: "1402/01/12", "12/9/1445"
    r"(?<![\d./-])1(?:3\d|4[0-6])\d([/.-])(?:0?[1-9]|1[0-2])\1(?:[12]\d|3[01]|0?[1-9])(?![\d/-]|\.\d)",
    r"(?<![\d./-])(?:[12]\d|3[01]|0?[1-9])([/.-])(?:0?[1-9]|1[0-2])\1(?:13\d|14[0-6])\d(?![\d/-]|\.\d)",
    # a month's short name between the separators of a numeric date: "2/ago/24", "15-Mar-2023"
    r"(?<![\w/-])(?:[12]\d|3[01]|0?[1-9])([/-])(?i:jan|ene|feb|fev|fév|mar|abr|apr|avr|may|mai|jun"
    r"|jul|ago|aug|ao[uû]|sep|set|oct|out|okt|nov|dec|dic|dez|déc)\.?\1(?:19|20)?\d\d(?![\w/-])",
    # Irish and Welsh, with their ordinals: "12ú Meitheamh 2024", "5ed Ionawr", "29 Chwef"
    rf"\b{_DAY}(?:ú|af|il|ydd|ed|fed|eg|ain)?\s+(?:(?:de|d')\s*)?(?i:ean[áa]ir|feabhra|m[áa]rta|aibre[áa]n"
    r"|bealtaine|meitheamh|i[úu]il|l[úu]nasa|me[áa]n\s+f[óo]mhair|deireadh\s+f[óo]mhair|samhain"
    r"|nollaig|ionawr|chwefror|mawrth|ebrill|mehefin|gorffennaf|awst|medi|hydref|tachwedd"
    r"|rhagfyr|ion|chwef|maw|ebr|meh|gorff|hyd|tach|rhag)\b",
    # Latvian and Lithuanian: "2024. gada 12. februārī", "2024 m. vasario 12 d."
    rf"\b{_YEAR}\.?\s+gada\s+{_DAY}\.\s*\w+",
    rf"\b{_YEAR}\s*m\.\s+\w+\s+{_DAY}\s*d\.",
    # Estonian and Finnish: "12. veebruaril 2024", "12. helmikuuta 2024"
    rf"\b{_DAY}\.\s+(?i:jaanuar|veebruar|märts|aprill|mai|juuni|juuli|august|september|oktoober"
    r"|november|detsember|tammikuu|helmikuu|maaliskuu|huhtikuu|toukokuu|kesäkuu|heinäkuu|elokuu"
    r"|syyskuu|lokakuu|marraskuu|joulukuu)\w*\s+(?:19|20)\d\d\b",
    # the Hebrew calendar, with its year: "14 Nisan 5784"
    rf"\b{_DAY}\s+(?i:tishr?ei|tishri|che?shvan|heshvan|kislev|tevet|shevat|adar(?:\s+I{{1,2}})?"
    r"|nisan|iyy?ar|sivan|tamm?uz|av|elul)\s+57\d\d\b",
    # a day and a month by name in Romanian, the South Slavic and the Baltic languages, with
    # the year: "3. februara 2022", "12 martie 2021" (Latvian's year-first form is read above)
    r"(?i)\b\d{1,2}\.?\s+(?:januar|februar|mart|april|maj|jun|jul|avgust|august|septemb|oktob|novemb"
    r"|decemb|sije[cč]|velj|o[zž]uj|trav|svib|lip|srp|kolov|ruj|listop|studen|prosin|ianuarie"
    r"|februarie|martie|aprilie|mai|iunie|iulie|septembrie|octombrie|noiembrie|decembrie|sausio"
    r"|vasario|kovo|baland|gegu[zž]|bir[zž]el|liepos|rugpj|rugs[eė]j|spalio|lapkri|gruod|janv[aā]r"
    r"|febru[aā]r|apr[iī]l|maij|j[uū]nij|j[uū]lij|septembr|oktobr|novembr|decembr|jaanuar|veebruar"
    r"|m[aä]rts|aprill|juuni|juuli|oktoober|detsember)\w*\.?\s+(?:19|20)\d\d\b",
    # Hebrew, Greek and Armenian month names in Latin letters: "9 be-yanuar 2024", "8i
    # Noemvriou", "2022 t. hunisi 17-in"
    rf"(?i)\b{_DAY}(?:i|is|h)?\s+(?:(?:be-?|ba-?)(?:april|august|september|oktober|november|mai)"
    r"|(?:be-?|ba-?)?(?:yanuar|februar|merts|yuni|yuli|ogust|detsember|desember|ianouariou|fevrouariou|martiou|apriliou|maiou"
    r"|iouniou|iouliou|avgoustou|augoustou|septemvriou|oktovriou|noemvriou|dekemvriou"
    r"|hunvari|petrvari|marti|aprili|mayisi|hunisi|hulisi|ogostosi|septemberi|hoktemberi"
    r"|noyemberi|dektemberi))\b",
    r"(?i)\b(?:19|20)\d\d\s*(?:t\.|tvakani)?\s*(?:hunvari|petrvari|marti|aprili|mayisi|hunisi|hulisi"
    r"|ogostosi|septemberi|hoktemberi|noyemberi|dektemberi)\s+\d{1,2}(?:-?(?:in|ic|n))?\b",
    # Uzbek, Azerbaijani, Kazakh and Kyrgyz months in Latin letters: "3-yanvar 2025", "2023
    # jylǵy 19 qazanda", "12 sentyabr"
    r"(?i)\b\d{1,2}[-\s]?(?:yanvar|fevral|aprel|iyun|iyul|avgust|avqust|sentabr|sentyabr|oktabr"
    r"|oktyabr|noyabr|dekabr|qańtar|qantar|aqpan|naýryz|nauryz|sáýir|sauir|mamyr|maýsym|mausym"
    r"|shilde|tamyz|qyrkúıek|qyrkuiek|qazan|qarasha|jeltoqsan)(?:da|də|de|ta|te|dan|dən|ning|nyń|nda)?\b"
    r"(?:\s+(?:19|20)\d\d)?",
    r"(?i)\b(?:19|20)\d\d\s*(?:-?\s*(?:yil|il|jyl|jylǵy|jylgy|jyly)\w*)?\s+\d{1,2}[-\s]?(?:yanvar|fevral"
    r"|mart|aprel|may|iyun|iyul|avgust|avqust|sentabr|sentyabr|oktabr|oktyabr|noyabr|dekabr"
    r"|qańtar|aqpan|naýryz|sáýir|mamyr|maýsym|shilde|tamyz|qyrkúıek|qazan|qarasha|jeltoqsan)"
    r"(?:da|də|de|ta|te|dan|dən|ning|nyń|nda)?\b",
    # Thai, Lao and Khmer months in Latin letters, with a Buddhist-era or a common year: "14
    # Mesayon 2567", "12 Thanwa 66", "21 khe Mesa chnam 2024", "kerd 03/07/2510"
    r"(?i)\b\d{1,2}\s+(?:khe\s+)?(?:makarakhom|kumphaphan|minakhom|mesayon|phruetsaphakhom|mithunayon"
    r"|karakadakhom|singhakhom|kanyayon|tulakhom|phruetsachikayon|thanwakhom|thanwa|mesa|ousaphea"
    r"|makara|kumphak|mina|mithona|kakkada|seyha|kanha|tola|vicheka|thnou|mangkon)\b"
    r"(?:\s+(?:chnam\s+|pi\s+|p\.s\.\s*)?(?:19|20|25)?\d\d)?",
    r"(?<![\d./-])(?:0?[1-9]|[12]\d|3[01])/(?:0?[1-9]|1[0-2])/25\d\d(?![\d/])",
    # a Japanese era date: "R5.3.2", "H31.4.30"
    r"(?<![\w.])[RHS]\d{1,2}\.\d{1,2}\.\d{1,2}(?!\w|\.\d)|\b(?:Reiwa|Heisei|Sh[oō]wa)\s+\d{1,2}"
    r"[./-]\d{1,2}[./-]\d{1,2}\b",
]
_DATE_RES = [re.compile(p) for p in [*_PATTERNS, *_WORLD_PATTERNS]]

# 14/03/2026, 3-14-26, 14.03.2026: checked for a plausible day and month after matching.
_NUMERIC_DMY = re.compile(
    # (after Hebrew's joined prepositions too: "nolda be-3.2.1961")
    r"(?:(?<![\w./-])|(?<=\b[bklmv][ae]-)|(?<=\bmi-))(\d{1,2})([-/.])(\d{1,2})\2((?:19|20)\d{2}|\d{2})(?![\d/-]|\.\d)"
)


def _is_plausible_dmy(match: re.Match[str]) -> bool:
    first, second = int(match.group(1)), int(match.group(3))
    if match.group(2) == "." and len(match.group(4)) == 2 and len(match.group(1)) < 2:
        return False  # "1.2.10" reads as a version or a list, not a date
    return 1 <= min(first, second) <= 12 and 1 <= max(first, second) <= 31


# A year before 1900 dates history ("in November 1895"), not a living patient's care.
_HISTORIC_YEAR = re.compile(r",?\s*(?:of\s+)?1[0-8]\d\d\b")


# "published 2019-06-01", "accessed 3 March 2025": the date of a document, not of care.
_DOCUMENT_CUE = re.compile(
    r"(?i:\b(?:published|updated|revised|released|accessed|retrieved|issued|epub|online)"
    r"(?:\s+(?:on|in))?\s*:?\s*\(?$)"
)


def _of_a_document(text: str, match: re.Match[str]) -> bool:
    return bool(_DOCUMENT_CUE.search(text[max(0, match.start() - 30) : match.start()]))


# A month alone ("in March", "since June"), without a day or a year.
BARE_MONTH = re.compile(
    rf"^(?:[Ii]n|[Oo]n|[Dd]uring|[Ss]ince|[Uu]ntil|[Tt]ill|[Bb]y|[Ff]rom|[Ee]arly|[Mm]id|[Ll]ate"
    rf"|[Ll]ast|[Tt]his|[Nn]ext|[Bb]efore|[Aa]fter|[Aa]round|[Tt]hrough)[\s-]+{MONTH_FULL}$"
)


# A Hijri month: its year (1445) is this year's, not history's.
_HIJRI = re.compile(
    r"(?i:muharram|safar|rabi|jumada|rajab|sha['ʿʽ]?ban|ramadan|ramazan|ramzan|shawwal|shawal|dhu"
    r"|محرم|صفر|ربيع|جمادى|رجب|شعبان|رمضان|شوال|ذو)"
)
_GIVEN_NAME_BEFORE = re.compile(r"\b([A-Z][a-z]+)\s$")


def find_dates(text: str) -> Iterator[Hit]:
    """Yield every date element more precise than a year."""
    for pattern in _DATE_RES:
        for match in pattern.finditer(text):
            historic = _HISTORIC_YEAR.match(text, match.end()) and not _HIJRI.search(match.group())
            if historic or _of_a_document(text, match):
                continue
            if match.group().casefold().endswith("nov") and southeast_asian(text):
                continue  # Khmer "nov", in: "PI-RADS 4 nov peripheral zone"
            # "Stephen Christmas" is a surname, not a day
            given = _GIVEN_NAME_BEFORE.search(text, 0, match.start())
            if given and match.group().startswith("Christmas") and given[1].lower() in FIRST_NAMES:
                continue
            yield Hit("date", match.start(), match.end())
    for match in _NUMERIC_DMY.finditer(text):
        if _is_plausible_dmy(match):
            yield Hit("date", match.start(), match.end())
    for match in _HL7_BIRTH_DATE.finditer(text):
        yield Hit("date", match.start(1), match.end(1))


_UNITS_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9,
}  # fmt: skip
_TEENS = {
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
_TWO_DIGITS = (
    r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-](?:one|two|three|four"
    r"|five|six|seven|eight|nine))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen"
    r"|eighteen|nineteen|(?:oh|o|zero)[\s-](?:one|two|three|four|five|six|seven|eight|nine))"
)
# "nineteen fifty-two", "twenty twenty-three", "two thousand and three"
_SPELT_YEAR = re.compile(
    rf"(?i:\b(?P<century>nineteen|twenty)[\s-](?P<rest>{_TWO_DIGITS})\b"
    r"|\btwo\s+thousand(?:\s+and)?(?:[\s-](?P<tail>" + _TWO_DIGITS + r"|one|two|three|four|five"
    r"|six|seven|eight|nine))?\b)"
)
# "2o23-o9-o7": the letter o for a zero inside a date's digits
_O_FOR_ZERO = re.compile(
    r"(?<![\w])(?=[\doO]*\d)(?=[\doO]*[oO])[\doO]{2,4}(?:[-/.][\doO]{1,4}){2}(?!\w)"
)


def _two_digits(words: str) -> int:
    parts = re.split(r"[\s-]+", words.lower())
    if parts[0] in ("oh", "o", "zero"):
        return _UNITS_WORDS[parts[1]]
    if parts[0] in _TEENS:
        return _TEENS[parts[0]]
    if parts[0] in _UNITS_WORDS:
        return _UNITS_WORDS[parts[0]]
    return _TENS[parts[0]] + (_UNITS_WORDS[parts[1]] if len(parts) > 1 else 0)


_ORDINAL_DAYS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "thirtieth": 30,
}  # fmt: skip
_ORDINAL = (
    r"(?:(?:twenty|thirty)[\s-](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)"
    r"|" + "|".join(_ORDINAL_DAYS) + ")"
)
_MONTH_WORDS = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december)"
)
# "the ninth of november", "fourth of july", "march twenty-first": a day said as a word
_SPELT_DAY = re.compile(
    rf"(?i:\b(?P<day>{_ORDINAL})(?=\s+of\s+{_MONTH_WORDS}\b)"
    rf"|\b{_MONTH_WORDS}\s(?P<after>{_ORDINAL})\b)"
)


def _ordinal(words: str) -> int:
    parts = re.split(r"[\s-]+", words.lower())
    if len(parts) == 2:
        return (20 if parts[0] == "twenty" else 30) + _ORDINAL_DAYS[parts[1]]
    return _ORDINAL_DAYS[parts[0]]


def spelt_numbers(text: str) -> list[tuple[int, int, str]]:
    """Where a date's year is spelt out, or its zeros written as the letter o, and the
    digits to read there: (start, end, digits)."""
    found = []
    for match in _SPELT_YEAR.finditer(text):
        if match.group("century"):
            century = 19 if match.group("century").lower() == "nineteen" else 20
            found.append((match.start(), match.end(), f"{century}{_two_digits(match['rest']):02d}"))
        else:
            tail = match.group("tail")
            found.append((match.start(), match.end(), f"20{_two_digits(tail) if tail else 0:02d}"))
    for match in _SPELT_DAY.finditer(text):
        group = "day" if match.group("day") else "after"
        day = _ordinal(match.group(group))
        if day <= 31:
            suffix = {1: "st", 2: "nd", 3: "rd"}.get(day % 10 if day // 10 != 1 else 0, "th")
            found.append((*match.span(group), f"{day}{suffix}"))
    for match in _O_FOR_ZERO.finditer(text):
        found.append(
            (match.start(), match.end(), match.group().replace("o", "0").replace("O", "0"))
        )
    return sorted(found)
