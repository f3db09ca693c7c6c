"""Street addresses, postal codes and named facilities (hospitals, clinics, imaging centres)."""

from __future__ import annotations

from collections.abc import Iterator

import regex

from .findings import Hit
from .frequency import zipf
from .lexicon import COMMON_WORDS
from .namelists import SURNAMES
from .normalise import exact, fold
from .vocabulary import ACRONYMS, EPONYMS, MEDICAL_WORDS

_STREET = (
    r"(?:Street|St|Avenue|Ave|Road|Rd|Lane|Ln|Drive|Dr|Boulevard|Blvd|Court|Ct|Way|Place|Pl"
    r"|Terrace|Close|Crescent|Highway|Hwy|Parkway|Pkwy|Square|Sq|Circle|Cir|Trail|Plaza|Pike"
    r"|Turnpike|Broadway)"
)
_CAP = r"\p{Lu}[\p{L}\p{M}'’.-]*"
_ADDRESS = regex.compile(
    rf"\b\d{{1,5}}[A-Za-z]?(?:[-/]\d{{1,4}})?,?\s+(?:[NSEW]\.?\s+)?"
    rf"(?:(?:\d+(?:st|nd|rd|th)|{_CAP})\s+){{1,3}}{_STREET}\b\.?"
    r"(?:,?\s+(?:Apt|Apartment|Unit|Suite|Ste|Flat|Floor|#)\.?\s*#?\w+)?"
)
# Streets named before or after their kind in other languages: "42 Rua das Laranjeiras",
# "12 Calle de la Luna", "Drottninggatan 14", "Hauptstraße 5".
_STREET_ABROAD = regex.compile(
    r"\b\d{1,5}[A-Za-z]?,?\s+(?:Rua|Avenida|Av\.|Calle|Carrer|Via|Viale|Rue|Chemin|Praça|Plaza"
    r"|Piazza|Travessa|Estrada|Rodovia|Largo|Corso|Strada|Paseo|Ulica|Ul\.|ul\.|via|viale|piazza"
    r"|corso|rue|avenue|calle|avenida|rua)\s+"
    r"(?:(?:d[aeo]s?|de\s+la|del|di|du|des|della|dei)\s+)?\p{Lu}[\p{L}'’-]+"
    r"|\b\p{Lu}[\p{L}]*(?:straße|strasse|gatan|gata|vägen|veien|vej|gade|straat|laan|weg|gasse"
    r"|platz|allee|utca|ulica)\s+\d{1,4}[a-z]?\b"
    # Thai in Latin letters: "soi Ramkhamhaeng 24 yaek 8"
    r"|\b(?i:soi)\s+\p{Lu}[\p{L}-]+\s+\d{1,3}(?:\s+(?i:yaek)\s+\d{1,3})?\b"
    # Armenian, Greek and Hebrew in Latin letters: "Tumanyan poghots 23", "odos Ermou 12",
    # "rehov Herzl 5"
    r"|\b\p{Lu}[\p{L}-]+\s+(?:poghots|poghotsi|poghota|prospekt|hraparak)\s+\d{1,4}[a-z]?\b"
    r"|\b(?i:odos|odou|leoforos|leof\.|plateia|rehov|rechov|sderot|simtat)\s+\p{Lu}[\p{L}'’-]+"
    r"(?:\s+\p{Lu}[\p{L}'’-]+)?\s+\d{1,4}[a-z]?\b"
)
# A home given by its number after "lives at": "lives at 14 Heol y Felin, Llanbedr".
_HOME_NUMBER = regex.compile(
    r"(?i:\b(?:lives|living|resides|residing|home\s+is|address(?:\s+is)?)\s+(?:\w+\s+)?(?:at\s+)?)"
    r"(\d{1,5}[A-Za-z]?,?\s+\p{Lu}[\p{L}'’-]+"
    r"(?:\s+(?:\p{Lu}[\p{L}'’-]+|y|yr|de|del|la|das|dos|da|van|von|der|le|du|di)){0,3})"
)
# "house number 2145", "stand no. 4471", "plot 12B": a dwelling's own number
_DWELLING_NUMBER = regex.compile(
    # Russian and its neighbours in Latin letters: "dom 14, kv. 37", "d. 5, kv 12"
    r"(?i:\b(?:dom|d\.)\s*\d{1,4}[a-z]?(?:\s*,?\s*(?:korp\.?|korpus|k\.|str\.?)\s*\d{1,3})?\s*,?\s*"
    r"(?:kv\.?|kvartira|kvart\.)\s*\d{1,4}\b)"
    r"|(?i:\b[čc]\.\s?(?:p|ev)\.\s?\d{1,5}\b|\b(?:house|stand|plot|erf|flat|apartment|apt|kraal|compound)\s+(?:number|no\.?"
    r"|nr\.?|#)\s*:?\s*\d{1,5}[A-Za-z]?\b)"
)
# A street by its name alone after "aan de", "in der", "på": "aan de Kinkerstraat in Amsterdam"
_STREET_BY_NAME = regex.compile(
    r"\b(?i:aan\s+de|in\s+de|op\s+de|an\s+der|in\s+der|auf\s+der|p[åa]|i|on|in)\s+"
    r"((?:\p{Lu}\p{L}+\s+)?\p{Lu}\p{L}+(?:straat|laan|gracht|plein|kade|dijk|steeg|singel|stra(?:ß|ss)e|gasse|allee|platz"
    r"|gatan|v[äa]gen|gade|vej|veien|gata))\b"
)
# A care home by its name before its word: "Solbackens äldreboende", "Haus Sonnenhof Pflegeheim"
_HOME_BY_NAME = regex.compile(
    r"\b(\p{Lu}[\p{L}'’-]+)\s+(?i:[äa]ldreboende|sykehjem|plejehjem|plejecenter|hoitokoti|palvelutalo"
    r"|verpleeghuis|verzorgingshuis|Pflegeheim|Altersheim|Seniorenheim|EHPAD)\b"
)
# A neighbourhood or village by its name before its kind: "Chorsu mahalla", "San Isidro barangay"
_NAMED_UNIT = regex.compile(
    r"\b(?!(?:From|In|At|Near|The|Of|To)\s)(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)\s+(?i:mahalla|makhalla|aul|kishlak"
    r"|barangay|purok|sitio|kampung|kelurahan|tehsil|taluka|upazila|mikrorayon|microdistrict"
    # Armenian in Latin letters: "Ujan gyughum", in the village of Ujan
    r"|gyugh\w*|t['’]?aghamas\w*"
    # Kazakh, Kyrgyz, Uzbek and Azerbaijani: "Shamalǵan aýylynda", "Afshona qishlog'ida"
    r"|a[ýy]yl\w*|auyl\w*|ayyl\w*|k[əe]ndi\w*|qishlog['‘’]\w*"
    r"|qishloq\w*(?!\s+(?:hudud|joy|aholi|xo['‘’]jalik|tuman)\w*))\b"
    # ... or after it: a moshav or kibbutz, a Greek village ("sto xorio Kastri")
    r"|\b(?i:moshav|kibbutz|kibuts|xorio|chorio|xoriou|choriou)\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)"
    # ... or after it: "v mikrorayone Severnyy-2", "u naselju Kotež", "kvartal Ciglana",
    # "s. Draganovo"
    r"|\b(?i:mikrora[iy]on\w*|naselj\w*|kvartal|kvart\.|selo|sele|derevn\w*|vyosk\w*|posyolk\w*"
    r"|poselk\w*)\s+(\p{Lu}[\p{L}'’-]+(?:-\d{1,2})?)|(?<=\s)s\.\s+(\p{Lu}\p{Ll}+ovo|\p{Lu}\p{Ll}+evo"
    r"|\p{Lu}\p{Ll}+ino|\p{Lu}\p{Ll}+ovka|\p{Lu}\p{Ll}+evka|\p{Lu}\p{Ll}+ovci|\p{Lu}\p{Ll}+ec)\b"
)
# "from his home town Nkawkaw", "her native village of Kilmore"
_HOME_TOWN = regex.compile(
    r"(?i:\b(?:home\s*town|native\s+(?:town|village)|home\s+(?:village|community|island|station"
    r"|outstation|reserve))[,:]?\s+(?:of\s+)?"
    # "the family farm is out at Gortnahoe", "their house is just outside Ballyvolane"
    r"|\b(?:family|(?:his|her|their)(?:\s+family['’]s)?)\s+(?:farm|house|home|cottage|croft|ranch"
    r"|homestead|place)\s+(?:is|was|lies|sits)\s+(?:(?:out|up|down|over|just)\s+)?(?:at|in|near"
    r"|outside|beyond|by)\s+)"
    r"(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)"
)
_WARD_KINDS = (
    r"(?i:the|a|this|that|our|each|every|any|one|surgical|medical|maternity|children['’]?s?|labour"
    r"|labor|day|emergency|acute|isolation|psychiatric|general|private|covid|geriatric|orthop\w*"
    r"|stroke|cardiac|cardiology|renal|burns?|oncology|respiratory|postnatal|antenatal|paediatric"
    r"|pediatric|neonatal|trauma|observation|assessment|admissions?|female|male|women['’]?s|men['’]?s"
    r"|elderly|rehab\w*|short|long|high|low|step|surgery|medicine|haematology|hematology"
    r"|infectious|fever|chest|TB|orthopedic|ICU|HDU|CCU|NICU|PICU|open|closed|main|new|old|east"
    r"|west|north|south|upper|lower|ground|first|second|third|fourth|fifth|private|public|district"
    r"|the\s+\w+|dementia|palliative|hospice|mental|secure|forensic|spinal|neuro\w*|urology"
    r"|gynae\w*|gyne\w*|obstetric\w*|ENT|eye|ophthalm\w*|plastic\w*|vascular|cardiothoracic|liver"
    r"|transplant|dialysis|hospital|county|city|state|military|prison|police|virtual|mixed|side"
    r"|nightingale)"
)
# A ward and bed place one patient for the length of a stay: "Ward 7B, bed 12", "Bed 4, HDU".
_BED = regex.compile(
    # in other tongues: "leito 12B", "cama 4", "Bett 12", "Station 4B", "sala 3", "bädd 7"
    r"\b(?i:ward|bed|bay|cubicle|side\s+room|isolation\s+room|leito|cama|Bett|Zimmer|(?-i:Station)"
    r"|sala|quarto|habitaci[oó]n|enfermaria|bädd|sal|afdeling|kamer|łóżko|sala\s+nr|yatak|kamar"
    r"|letto|lit|chambre|stanza|camera|seng|säng|vuode|huone|salle|salon(?:ul)?|pat(?:ul)?|lůžko|lôžko|ágy"
    r"|osasto\w*|vuodepaik\w*|sengeplads|sengeplass|deild|sodda|kamra|krevati|thalamos|thalamo"
    # the South Slavic room and bed, the Russian ward: "soba 12, postelja 3", "palata 5"
    r"|soba|sobi|postelj[aei]|krevet\w*|palata|(?<=\bv\s)palate|koik[ai]|mahchak|mita)"
    r"\s*(?i:no\.?\s*|nr\.?\s*|n[º°]\s*)?#?\s*"
    r"(?:\d{1,3}[A-Za-z]?\b(?!\s*(?:%|days?|hours?|nights?|weeks?|beds?|patients?|wards?|nodes?)\b)"
    # in words: "ward seven-B, bed fourteen"
    r"|(?i:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen"
    r"|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty)(?:[-\s][A-H])?\b"
    r"(?!\s*(?:%|days?|hours?|nights?|weeks?|beds?|patients?|wards?|nodes?|times|of|or|and|to"
    r"|more|other)\b))"
)
# The number first, as Uzbek, Kazakh and Kyrgyz write a ward and a bed: "12-palatasy,
# 4-koıkadagy"
_NUMBER_THEN_BED = regex.compile(
    r"(?<![\w-])\d{1,3}-?(?i:palata\w*|palat[aı]s\w*|ko[ıiy]ka\w*|karavot\w*|xona\w*|bo['‘’]lim\w*)"
    # ... and Japanese and Korean: "512-gō shitsu", "12-beon chimdae", "7-byeongdong 703-hosil"
    r"|(?<![\w-])\d{1,4}-?(?i:g[oō]u?[-\s]?shitsu|g[oō]u?sh|beon\s+chimdae|ho-?sil|hosil|byeongdong"
    r"|by[oō]t[oō]|bed[oō]?)\b"
)
# A ward by its name: "Kestrel Ward", "#MarigoldWard"; not a ward by its kind ("Surgical Ward").
_NAMED_WARD = regex.compile(
    r"(?<![\p{L}'’-])(?!(?:" + _WARD_KINDS + r")\b)(?-i:\p{Lu}\p{Ll}+)(?:\s+|(?<=#\w*))(?-i:Ward)\b"
)
# Where someone lives, told with a named road: "lives at the end of Kilbarry Road".
_HOME = regex.compile(
    # ... or works: "He milks at the Ruapeka Jersey farm on Waipapa Road"
    rf"\b(?i:lives|living|lived|resides|resident|home|house|works|worked|working|milks|farms"
    rf"|employed)\b[^.;!?]{{0,40}}?"
    rf"((?:{_CAP}\s+){{1,3}}{_STREET})\b"
)
# A workplace by its company: "la planta de Bimbo de Azcapotzalco", "Werk von Bosch".
_WORKPLACE = regex.compile(
    r"\b(?i:planta|f[aá]brica|mina|obra|almac[eé]n|bodega|Werk|Fabrik|fabriek|usina|armaz[eé]m"
    r"|école(?:\s+primaire|\s+maternelle)?|collège|lycée|usine|scuola(?:\s+elementare|\s+media)?"
    r"|fabbrica|cantiere|stabilimento|escuela|colegio|escola)"
    rf"\s+(?:de|da|do|von|van|der|di|du)\s+((?:{_CAP})(?:\s+(?:de|da|do)\s+{_CAP})?)"
)
# In Chinese, Japanese and Korean: a named street, a block of a town ("深水埗桂林街",
# "桜町3丁目", "세종대로 110").
_CJK_ADDRESS = regex.compile(
    r"\p{Han}{1,6}(?:街|路|巷|大道|丁目|番地|里)\d*(?:號|号|番)?"
    r"|\p{Hangul}{1,6}(?:로|길)\s?\d{1,4}"
    # ... and in Latin letters: "3-chome 12-banchi", "Jeonha-dong", "Sinchon-ri", "Hon-machi",
    # a lane and an alley of a Taiwanese road ("Lane 56, Alley 3")
    r"|\b\d{1,2}-?\s?(?i:chome|chōme|banchi)\b(?:[\s,-]+\d{1,4}(?:-?\s?(?i:banchi|ban|go))?)?"
    r"|\b\p{Lu}\p{Ll}+-(?:dong|ri|eup|myeon|cho|chō|machi)\b(?!\s+(?i:disease|syndrome|sign|method))"
    r"|\b(?i:lane)\s+\d{1,4},?\s+(?i:alley)\s+\d{1,4}"
)
# A street abroad without a number, after its kind: "rue de Trévise", "Via dei Mille",
# "Bd Mohammed V", "Calle Mayor".
_NAMED_STREET = regex.compile(
    r"\b(?:rue|Rue|Avenue|Boulevard|boulevard|Bd|bd|Bvd|Via|Viale|Corso|Piazza|Calle|Rua"
    r"|via(?=\s+\p{Lu}[\p{L}'’-]+\s+\d)|viale(?=\s+\p{Lu})|piazza(?=\s+\p{Lu})|calle(?=\s+\p{Lu})"
    r"|Avenida|Av\.|Rambla|Paseo|Travessa|Largo|Chemin)\s+(?:(?:de\s+la|de|du|des|dei|del|della|di"
    r"|do|da|dos|das)\s+)?\p{Lu}[\p{L}'’-]+(?:\s+(?:\p{Lu}[\p{L}'’-]+|[IVX]+|\d{1,4}))?"
)
# A street in lower case, as hurried notes write it: "outside the co-op on dunmore rd",
# "lives at 14 maple close"; not "on the road", "in the fast lane".
_LOWER_STREET = regex.compile(
    r"\b(?:on|at|in|off|near|outside|lives|living|from)\s+(?:\d{1,4}[a-z]?,?\s+)?"
    r"(?!(?:the|a|an|this|that|his|her|their|our|my|your|same|one|each|every|fast|slow|left|right"
    r"|wrong|main\s+road|open|busy|icy|wet|dual|country|back|side|ring|toll|slip|bus|cycle)\b)"
    r"([a-z][a-z'’-]{2,}(?:\s+[a-z][a-z'’-]{2,})?)\s+"
    r"(?:rd|st|ln|ave|cres|cl|terr|gdns|road|street|lane|avenue|close|crescent|terrace|gardens"
    r"|drive|way|grove)\b(?![-\s]*(?:segment|elevation|depression|interval|wave|cell|ward|lobe"
    r"|junction|level|sign|view)\b)"
)


def _ordinary(word: str) -> bool:
    folded = fold(word)
    return folded in COMMON_WORDS or folded in MEDICAL_WORDS or zipf(folded) >= 3.0


# A place told with its size: "Lost Springs WY (pop. like 4 lol)".
_SMALL_TOWN = regex.compile(
    r"\b(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})(?:,?\s+[A-Z]{2})?,?\s*\(?\s*"
    r"(?i:pop\.?|population|habitants|abitanti|habitantes|Einwohner|inwoners|invånare)\s*"
    r"(?i:of\s+|like\s+|~|<|under\s+|about\s+|around\s+|approx\.?\s+|:\s*)?\d"
)
# Homes and farms named in Spanish and Portuguese ("Lar São Vicente de Paulo", "Hogar San
# José", "la finca de los Pérez"), and where one comes from ("procedente de Cachi").
_HOME_ABROAD = regex.compile(
    r"\b(?:Lar|Hogar|Residencia|Residência|Asilo|Finca|Hacienda|Fazenda|Sítio|Estancia|Rancho)\s+"
    r"(?:(?:de|do|da|del|dos|das|los|las)\s+)?\p{Lu}[\p{L}'’-]+(?:\s+(?:de\s+|do\s+|da\s+)?\p{Lu}[\p{L}'’-]+){0,3}"
    r"|(?<=\b(?i:procedente|natural|oriund[oa]|vecin[oa]|morador[a]?|residente)\s+(?:de|do|da|del|en|em)\s+)"
    r"\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?"
)
# "ul. Lipowa 7", "School No. 27", "Bunkpurugu health centre": a street, a numbered school
# and a village's health post.
_NUMBERED_PLACE = regex.compile(
    r"\b(?:ul\.|ulica|ulicy|ulice|ulici|ulitsa|ул\.)\s+\p{Lu}[\p{L}'’-]+(?:\s+\d{1,4}[a-z]?)?"
    # the street's name first, in Czech, Slovak and Hungarian: "na Mierovej ulici", "Fő utcán"
    r"|\b\p{Lu}[\p{L}'’-]+\s+(?:ulici|ulice|ulica|ulicy|utc[aáá]\w*|t[eé]r(?:en)?|n[aá]m[eě]st[ií]\w*)\b"
    r"|\b(?:School|Gymnasium|Lyceum|Kindergarten)\s+(?:No\.?|Number|#|№)\s*\d{1,4}\b"
    # "Manzana 4 Lote 12": a block and a lot of a Latin American town
    r"|\b(?:Manzana|Mz\.?|Lote|Lt\.?)\s*\d{1,4}\b"
    # "Lindengasse 12", "Kerkstraat 4": a street in one word with its number
    r"|\b\p{Lu}\p{Ll}+(?:straße|strasse|gasse|weg|platz|allee|straat|laan|gracht|plein|steeg)"
    r"\s+\d{1,4}[a-z]?\b"
    # "Mariahilfer Straße 45": a German street with its number
    r"|\b\p{Lu}[\p{L}-]+\s+(?:Straße|Strasse|Gasse|Allee|Platz|Weg|Ring|Damm)\s+\d{1,4}[a-z]?\b"
    # "Gali No. 4", "Sector 15", "House No 12": a lane or a block of an Indian town
    r"|\b(?:Gali|Mohalla|Sector|Plot|House|H\.?\s?No)\s+(?:No\.?\s*)?\d{1,4}[A-Z]?\b"
    # "Brīvības iela 12", "Mannerheimintie 5": a street named first in the Baltic and Finland
    r"|\b\p{Lu}[\p{L}-]+\s+(?:iela|gatve|gatvė|tänav|katu|tie)\s+\d{1,4}\b"
    # "the Sint-Jozefscollege", "Kungsholmsskolan": a school in one word
    r"|\b\p{Lu}[\p{L}-]*(?:college|school|skole|skolan|skola|schule|gymnasium|lyceum)\b"
    r"|\b\p{Lu}[\p{L}'’-]+\s+(?i:health\s+cent(?:re|er)|health\s+post|dispensary|chps\s+compound"
    r"|polyclinic|district\s+hospital|sub-?district\s+hospital|rural\s+health\s+unit)\b"
)
# A numbered school: "Szkoły Podstawowej nr 3 w Olecku", "Escola Estadual nº 12", "PS 118"
_NUMBERED_SCHOOL = regex.compile(
    r"\b(?:Szko\w+\s+Podstawow\w+|Liceum(?:\s+\w+){0,2}|Gimnazjum|Zespo\w+\s+Szk\w+|Escola(?:\s+\w+)?"
    r"|Escuela(?:\s+\w+)?|École(?:\s+\w+)?|Scuola(?:\s+\w+)?|Primary\s+School|Secondary\s+School"
    r"|School|Schule|Základní\s+škol\w+|Általános\s+Iskol\w+)\s+(?:nr|no\.?|n[º°o]\.?|#|č\.)\s*\d{1,4}"
    r"|\b(?:PS|IS|MS|JHS)\s+\d{1,3}\b(?=[^.]{0,40}\b(?:school|pupil|student|class|grade|teacher))"
    # an Indonesian state school by its number and village: "SD Negeri 2 Cikoneng", "SMPN 4 Garut"
    r"|\b(?:SD|SMP|SMA|SMK|MI|MTs|MA)\s*N(?:egeri)?\s+\d{1,3}(?:\s+\p{Lu}[\p{L}'’-]+)?"
    # a Turkish school by its name: "Kızılcahamam Cumhuriyet İlkokulu", "Atatürk Lisesi"
    r"|(?:\p{Lu}[\p{L}'’-]+\s+){1,3}(?:[İI]lkokulu|[Oo]rtaokulu|[İI]lk[öo]ğretim\s+Okulu|Lisesi"
    r"|Anadolu\s+Lisesi|M[əe]kt[əe]bi)\b"
    # a neighbourhood, its block and house in Portuguese-speaking Africa: "bairro Cazenga, rua
    # 14, casa 32", "quarteirão 12, casa 7"; an Italian hamlet: "frazione Pietrarossa"
    r"|\b(?i:bairro)\s+(?:d[eoa]\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]*)?"
    r"|\b(?i:quarteir[ãa]o|casa)\s+(?:n\.?[º°]\s*)?\d{1,4}\b"
    r"|\b(?i:frazione|borgata|contrada|località)\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?"
    # a South African farm by its name and number: "the farm Rietvlei 112"
    r"|(?<=\b(?i:farm|plaas)\s)\p{Lu}[\p{L}'’-]+\s+\d{1,4}\b"
)
# A point on the map: "51.5072 N, 0.1276 W", "-33.8688, 151.2093"
_COORDINATES = regex.compile(
    r"\b\d{1,2}\.\d{3,}\s*°?\s*[NS]\b,?\s*\d{1,3}\.\d{3,}\s*°?\s*[EW]\b"
    r"|(?<![\d.])-?\d{1,2}\.\d{4,},\s*-?\d{1,3}\.\d{4,}(?![\d.])"
)
# "Lavena, a village of about 200 people": a place by its size
_SIZED_PLACE = regex.compile(
    r"(\p{Lu}[\p{L}'’-]+),\s+an?\s+(?:small\s+|tiny\s+|remote\s+)?(?:village|hamlet|settlement|town"
    r"|community|island)\s+of\s+(?:about|around|some|only|just|~)?\s*\d{1,4}\s+(?:people|inhabitants"
    r"|residents|souls|families)"
)
_UNIT_OR_BOX = regex.compile(
    r"\b(?:(?i:p\.?\s?o\.?\s+box)\s+\d+|(?:Apt|Apartment|Suite|Flat|apt|apartment|flat)\.?\s*#?\d+[A-Z]?\b"
    r"(?!\s*(?i:mm|cm|m|%|x|×|mg|ml|hu|degrees|°)\b)"
    # "Section 24, house 115", "Plot 7", "Erf 2231"
    r"|(?i:house|plot|erf)\s+(?:no\.?\s*|#)?\d{1,5}[A-Z]?\b(?!\s*(?i:mm|cm|m|%|x)\b))"
)

_STATE_CODES = (
    "AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ "
    "NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC"
).replace(" ", "|")
_ZIPS = [
    regex.compile(r"(?<![\w-])\d{5}-\d{4}(?![\w-])"),
    regex.compile(rf"\b(?:{_STATE_CODES}),?\s+\d{{5}}(?:-\d{{4}})?\b"),
    regex.compile(
        r"\b(?i:zip(?:\s*code)?|post\s*code|postal\s+code)\s*[:#]?\s*"
        r"[A-Z0-9]{2,5}(?:[ -][A-Z0-9]{3,4})?\b"
    ),
    # a postal code by its name in other tongues: "PSČ 951 27", "PLZ 80331", "CEP 01310-100"
    regex.compile(
        r"\b(?i:ps[čc]|plz|cep|npa|code\s+postal|c[óo]digo\s+postal|cod(?:ul)?\s+po[șşs]tal"
        r"|kod\s+pocztowy|ir[áa]ny[íi]t[óo]sz[áa]m|postnummer|postinumero|postnr)\.?\s*[:#]?\s*"
        r"\d{2,5}(?:[ -]\d{2,4})?\b"
    ),
    # UK postcodes (SW1A 1AA, M1 1AE) and Canadian postal codes (K1A 0B1)
    regex.compile(r"\b[A-PR-UWYZ][A-HK-Y]?\d[A-Z\d]? ?\d[ABD-HJLNP-UW-Z]{2}\b"),
    regex.compile(
        r"\b(?!T\d[a-c]?N\d)[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z] ?\d[ABCEGHJ-NPRSTV-Z]\d\b"
    ),  # not TNM stages (T1N0M0)
    # an Eircode: a routing key (a letter and two digits, or D6W) and four letters and digits
    # with at least two letters, so that no grade or dose reads as one ("V92 XK47", "H91 F2T6")
    regex.compile(
        r"\b(?:[AC-FHKNPRTV-Y]\d{2}|D6W) (?=[0-9AC-FHKNPRTV-Y]*[AC-FHKNPRTV-Y][0-9AC-FHKNPRTV-Y]*"
        r"[AC-FHKNPRTV-Y])[0-9AC-FHKNPRTV-Y]{4}\b"
    ),
]

_FACILITY_NOUN = (
    r"(?:Hospitals?|Clinics?|Polyclinic|Infirmary|Medical\s+Cent(?:er|re)|Health\s+Cent(?:er|re)"
    r"|Health\s+System|Health\s+Services|Healthcare|Health\s+Care|Hospice|Nursing\s+Home"
    r"|Care\s+Home|Rehab(?:ilitation)?\s+Cent(?:er|re)|Imaging\s+Cent(?:er|re)|Imaging\s+Services"
    r"|(?:Radiology|Imaging)\s+(?:Associates|Partners|Group|Services|Institute)"
    r"|Cancer\s+(?:Cent(?:er|re)|Institute)|Heart\s+Institute|Surg(?:ery|ical)\s+Cent(?:er|re)"
    r"|Urgent\s+Care|Medical\s+(?:Group|Practice|College|School)|Family\s+Practice"
    r"|(?:NHS\s+)?(?:Foundation\s+)?Trust|Trauma\s+Cent(?:er|re)|Memorial|Sanatorium"
    r"|Imaging|Radiology|X-?Ray)"
)
_FACILITY_BEFORE = regex.compile(
    rf"((?:(?:St\.?|Saint|Mt\.?|Mount|{_CAP})\s+){{1,5}}){_FACILITY_NOUN}\b"
)
# "the Sunnyvale care home": a named home, however its kind is written.
_NAMED_HOME = regex.compile(
    rf"\b((?:{_CAP}\s+){{1,3}})(?i:care\s+home|nursing\s+home|residential\s+home"
    r"|retirement\s+home|rest\s+home|group\s+home|hospice)\b"
)
_FACILITY_OF = regex.compile(rf"\b{_FACILITY_NOUN}\s+(?:of|for)\s+(?:the\s+)?(?:{_CAP}\s*){{1,4}}")
# (not the island nations: "Saint Lucia", "St Kitts", "Saint Vincent and the Grenadines")
_SAINT = regex.compile(
    r"\b(?:St\.?|Saint)\s+(?!(?:Lucia|Kitts|Vincent\s+and|Helena|Barth[ée]lemy|Martin|Pierre)\b)"
    r"\p{Lu}\p{Ll}+(?:['’]s)?+\b(?!\s+(?:wort|dance|fire|encephalitis))"
)
_INSTITUTIONS = regex.compile(
    r"\b(?:Johns\s+Hopkins|Mass(?:achusetts)?\s+General|Sloan[\s-]Kettering|MD\s+Anderson"
    r"|Cedars[\s-]Sinai|Mount\s+Sinai|Kaiser(?:\s+Permanente)?|Great\s+Ormond\s+Street"
    r"|Addenbrooke'?s|Karolinska|Charit[eé]|NYU\s+Langone|Beth\s+Israel|Brigham"
    r"|Barts|Guy'?s\s+and\s+St\.?\s+Thomas'?|Mayo(?=\s+(?:Clinic|Rochester|Jacksonville)))\b"
)
_FUNCTION_WORDS = exact(
    """
    a an the at in from to of our their your his her this that outside local referring
    transferred seen admitted treated
    """
)
_ADJECTIVE_ENDINGS = ("al", "ic", "ive", "ar", "ary", "ous", "ed", "ing")
_INSTITUTION_WORDS = exact(
    """
    university college royal general memorial county city state regional district community
    national central veterans women children saint
    """
)
# Words before a facility noun that name no particular place ("the University Hospital").
_GENERIC = (
    COMMON_WORDS
    | MEDICAL_WORDS
    | ACRONYMS
    | exact(
        """
        at in from to our their your outside local referring tertiary teaching community
        district county regional private public general university children womens veterans
        veteran royal city municipal central main nearby another affiliated academic rural urban
        specialist specialty emergency trauma psychiatric military army naval federal hospital
        clinic a an the
        """
    )
)


def _is_name_like(word: str) -> bool:
    """Not a generic word; for bare "Imaging"/"Radiology" also not an adjective ("Skeletal")."""
    parts = word.split("-")
    return not any(p in _GENERIC for p in parts) and not word.endswith(_ADJECTIVE_ENDINGS)


# A hospital or a practice run together in a hashtag: "#HarcastleGeneral",
# "#ThornburyDentalPractice", "#SptarSanLuqa"
_TAGGED_FACILITY = regex.compile(
    r"#((?:\p{Lu}\p{Ll}+){1,3}?)(?:General(?:Hospital)?|Hospital|Infirmary|(?:Dental|Medical)?Practice"
    r"|Medical(?:Centre|Center)|Health(?:Centre|Center)|Clinic|Maternity)\b"
    r"|#(?:Sptar|Hospital|Hôpital|Hopital|Ospedale|Spital|Szpital|Bolnica|Klinikum|Klinik(?:Am)?"
    r"|Spidol|Ziekenhuis|Krankenhaus|Kliniek|Clinique|Clinica|Clínica|Policlinico)"
    r"((?:\p{Lu}\p{Ll}+){1,3})\b"
    # a ward or a hospital after the unit's own letters: "#KardioJIPNemocniceKyjov",
    # "#SecțiaATI2Suceava"
    r"|#\w*?(?:Nemocnic[eai]|Nemocnica|K[óo]rh[áa]z|Spitalul|Szpital|Sec[țt]i[ae]|Odd[ěe]len[íi]"
    r"|Oddelenie|Oddzia[łl]|Oszt[áa]ly)(?:\p{Lu}{2,}|\d)*((?:\p{Lu}\p{Ll}+){1,2})\b"
)


# A small place run together in a hashtag: "#DunbarCreekStation", "#KulgarraIslandFerry"
_TAGGED_PLACE = regex.compile(
    r"#((?:\p{Lu}\p{Ll}+){1,3}?)(?:Station|Outstation|Creek|Island|Mission|Roadhouse|Community"
    r"|Village|Farm|Ranch|Township|Reserve|Estate)(?:\p{Lu}\p{Ll}+|[A-Z]{2})?\b"
)


# A ward by its number or floor in a hashtag: "#WardB6KPH", "#Pediatria3Piano_Bellinzona"
_TAGGED_WARD = regex.compile(
    r"#(?:Ward|Bay|Reparto|Station|Afdeling|Sala|Enfermaria)_?[A-Z]?\d{1,3}[A-Za-z]*\w*"
    r"|#\w*\d\s?(?:Piano|Stock|Etage|Andar|Piso|Floor)_?\p{Lu}\w*"
)


# A specialty in another tongue is a ward's, not a place's: "#SecțiaRadiologie"
_SPECIALTY = regex.compile(
    r"radiolog|chirurg|[ck]ardio|neuro|pediatr|ortop|intern|onkolog|onco|urolog|ginec|gyn|imagist"
    r"|pneumo|gastro|nefro|hemato|derm|oftalm|interv|urgen|sebesz|belgy|traum"
)


def find_tagged_facilities(text: str) -> Iterator[Hit]:
    """Hospitals, practices and small places named in hashtags, which the other rules leave
    alone: a name no dictionary has before the place's word."""
    for match in _TAGGED_FACILITY.finditer(text):
        named = match.group(1) or match.group(2) or match.group(3)
        parts = [fold(p) for p in regex.findall(r"\p{Lu}\p{Ll}+", named)]
        if any(
            _is_name_like(p)
            and zipf(p) < 3.0
            and p not in MEDICAL_WORDS
            and not _SPECIALTY.match(p)
            for p in parts
        ):
            yield Hit("facility", match.start(), match.end())
    for match in _TAGGED_WARD.finditer(text):
        yield Hit("address", match.start(), match.end())
    for match in _TAGGED_PLACE.finditer(text):
        parts = [fold(p) for p in regex.findall(r"\p{Lu}\p{Ll}+", match.group(1))]
        if any(p not in _GENERIC and (p in SURNAMES or zipf(p) < 3.5) for p in parts):
            yield Hit("address", match.start(), match.end())


def _named_facility(match: regex.Match[str]) -> Hit | None:
    """The facility span without its generic leading words, or None if nothing names it.

    "University Hospital" names no place; "Springfield General Hospital" and, with two
    institutional words, "University College Hospital" do.
    """
    run: list[regex.Match[str]] = []
    for word in reversed(list(regex.finditer(r"\S+", match.group(1)))):
        if fold(word.group().rstrip(".")) in _FUNCTION_WORDS:
            break
        run.insert(0, word)
    folded = [fold(w.group().rstrip(".")) for w in run]
    named = any(_is_name_like(f) for f in folded)
    if named or (len(run) >= 2 and any(f in _INSTITUTION_WORDS for f in folded)):
        return Hit("facility", match.start(1) + run[0].start(), match.end())
    return None


# A home found by what stands beside it in a named place: "living beside the quarry outside
# Deir el-Khoury", "stay in Mvog-Ada quarter, behind the Total filling station, Yaounde"
_LANDMARK = (
    r"(?i:quarry|mosque|church|school|market|filling\s+station|petrol\s+station|gas\s+station"
    r"|railway\s+station|station|bridge|mill|factory|pharmacy|shop|store|bakery|temple|chapel"
    r"|roundabout|junction|post\s+office|police\s+station|bus\s+stop|bus\s+park|lighthouse"
    r"|harbour|harbor|pier|water\s+tower|well|cemetery|dam|mine|football\s+pitch|stadium)\b"
)
_HOME_BY_LANDMARK = regex.compile(
    r"(?i:\b(?:lives?|living|stays?|staying|resides?|residing|(?:his|her|their)\s+(?:home|house)"
    r"(?:\s+is)?)\b[^.;\n]{0,40}?\b(?:beside|next\s+to|near|opposite|behind|across\s+from"
    rf"|in\s+front\s+of)\s+the\s+)(?:[\w'’-]+\s+){{0,3}}?{_LANDMARK}"
    r"[^.;\n]{0,20}?(?:\b(?i:outside|in|at|of|near)\s+|,\s*)\p{Lu}[\p{L}'’-]+"
    # the named place first: "Resides in Point Hope, house next to the school"
    r"|\b(?i:lives|living|resides|residing|stays|staying)\s+(?i:in|at|on)\s+\p{Lu}[\p{L}'’-]+"
    r"(?:\s+\p{Lu}[\p{L}'’-]+)?[,;]?\s+(?:[\w'’-]+\s+){0,3}?(?i:beside|next\s+to|near|opposite"
    rf"|behind|across\s+from)\s+the\s+(?:[\w'’-]+\s+){{0,2}}?{_LANDMARK}"
    # the only home of its kind on a named island or in a named place: "lives on the only farm
    # on the east side of Ofu"
    r"|\b(?i:lives|living|resides|residing)\s+(?i:on|in|at)\s+the\s+only\s+(?:[\w-]+\s+)?"
    r"(?i:farm|house|home|ranch|station|cottage|croft|hut|homestead|property|store|shop|cabin"
    r"|bungalow|caravan|trailer|boat)\b[^.;\n]{0,40}?\b\p{Lu}[\p{L}'’-]+"
)


# Chinese addresses in pinyin: a road and its number ("Chánghé lù 1150 nòng 12 hào"), and a
# village or a town under its county ("Xiangtan xian Shijiang zhen Baishi cun", "Zhōukǒu shì
# Shāngshuǐ xiàn Lǐjí xiāng"); a Hong Kong estate's block and floor ("Shek Lei Estate Block 5,
# 23 lau2")
_CHINESE_ADDRESS = regex.compile(
    r"\b\p{Lu}[\p{L}]+\s+(?i:l[uù]|ji[eē]|d[aà]o|h[uú]t[oò]ng|l[iǐ]ln[oò]ng)\s+\d+\s*(?i:h[aà]o|n[oò]ng)\b"
    r"|\b(?i:xi[aà]n|sh[iì]|q[uū]|sh[eě]ng)\s+\p{Lu}[\p{L}]+\s+(?i:zh[eè]n|xi[aā]ng|c[uū]n|ji[eē]d[aà]o"
    r"|sh[eè]q[uū])\b(?:\s+\p{Lu}[\p{L}]+\s+(?i:c[uū]n|z[uǔ]))?"
    r"|\b\p{Lu}\p{Ll}+\s+(?i:estate|court|garden|gardens|village)\s+(?i:block|blk)\s+\w+,?\s+\d{1,2}\s*"
    r"(?i:lau2|/f|floor)"
)


# A home in the North American countryside and the North: a unit in a numbered building
# ("Unit 3, Building 409"), a lot in a named settlement or reserve ("Lot 27, Kikino Metis
# Settlement"), a quarter section by its legal land description ("SE 14-32-21 W3"), a rural
# municipality by its number ("RM of Glenside No. 377")
_RURAL_HOME = regex.compile(
    r"\b(?:Unit|Apt|Apartment|Flat|Suite)\s+\d+\w?,\s+(?:Building|Bldg|Block|House)\s+\d+\b"
    r"|\bLot\s+\d+\w?,\s+(?:\p{Lu}[\p{L}'’-]+\s+){1,3}(?:Settlement|Reserve|Estate|Subdivision"
    r"|Township|Village|Colony|Farm|First\s+Nation|Road)\b"
    r"|\b(?:NE|NW|SE|SW|LSD)\s*\d{1,2}-\d{1,3}-\d{1,2}-?\s*W\d\b"
    r"|\bRM\s+of\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?\s+No\.?\s*\d{1,3}\b"
    # a colony or a nagar and its street, as Indian addresses run: "Keezhakarai fishing colony,
    # 4th street", "Gandhi Nagar 2nd cross"
    r"|\b\p{Lu}[\p{L}'’-]+\s+(?:[\w-]+\s+)?(?i:colony|nagar|layout|puram|palayam|extension)\b,?\s+"
    r"\d{1,2}(?:st|nd|rd|th)\s+(?i:street|cross|main|lane|avenue)\b"
)


def find_locations(text: str) -> Iterator[Hit]:
    """Yield street addresses, postal codes and named facilities."""
    for pattern in (
        _ADDRESS,
        _STREET_ABROAD,
        _UNIT_OR_BOX,
        _BED,
        _NUMBER_THEN_BED,
        _NAMED_WARD,
        _CJK_ADDRESS,
        _NAMED_STREET,
        _HOME_ABROAD,
        _NUMBERED_PLACE,
        _NUMBERED_SCHOOL,
        _COORDINATES,
        _DWELLING_NUMBER,
        _HOME_BY_LANDMARK,
        _CHINESE_ADDRESS,
        _RURAL_HOME,
    ):
        for match in pattern.finditer(text):
            yield Hit("address", match.start(), match.end())
    for match in _HOME.finditer(text):
        yield Hit("address", *match.span(1))
    for match in _NAMED_UNIT.finditer(text):
        group = next(g for g in (1, 2, 3, 4) if match.group(g))
        yield Hit("address", *match.span(group))
    for match in (
        *_HOME_BY_NAME.finditer(text),
        *_STREET_BY_NAME.finditer(text),
    ):
        yield Hit("address", *match.span(1))
    for match in _LOWER_STREET.finditer(text):
        numbered = match.group().split()[1][0].isdigit()
        if numbered or not all(_ordinary(w) for w in match.group(1).split()):
            yield Hit("address", match.start(1), match.end())
    for match in _SIZED_PLACE.finditer(text):
        yield Hit("address", *match.span(1))
    for match in _HOME_NUMBER.finditer(text):
        yield Hit("address", *match.span(1))
    for pattern in (_HOME_TOWN, _WORKPLACE, _SMALL_TOWN):
        for match in pattern.finditer(text):
            if not any(fold(w) in EPONYMS for w in match.group(1).split()):
                yield Hit("address", *match.span(1))
    for pattern in _ZIPS:
        for match in pattern.finditer(text):
            yield Hit("zip", match.start(), match.end())
    for match in _NAMED_HOME.finditer(text):
        hit = _named_facility(match)
        if hit:
            yield hit
    for match in _FACILITY_BEFORE.finditer(text):
        hit = _named_facility(match)
        if hit:
            yield hit
    for pattern in (_FACILITY_OF, _SAINT, _INSTITUTIONS):
        for match in pattern.finditer(text):
            yield Hit("facility", match.start(), match.end())
