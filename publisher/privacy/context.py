"""Whose a finding in a text is: the patient's, or the world's.

The same words mean different things by field and sentence. "March 2019" in a history is
when the patient was scanned; in a teaching point about a guideline it is when the guideline
was published. "Ballyjamesduff" after "pt from" is a home town; "the San Joaquin Valley" in
a sentence about where a fungus is endemic is geography. These rules tell them apart.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import regex

from .dates import BARE_MONTH, MONTH_FULL
from .events import holds_a_role
from .findings import Hit
from .lexicon import PLAIN_WORDS
from .normalise import CENTURY_AGO, LONG_PAST, fold, sentence_at, words
from .people import in_known_phrase, names_a_figure, names_a_known_person
from .vocabulary import EPONYMS

_FIELD_NAME = re.compile(r"([a-z_]+)(?:\[\d+\])?$")
_EVENTS = frozenset({"rare_event", "specific_event"})
_TOLD_OF_PEOPLE = frozenset({"appearance", "identifying_feature", "occupation"}) | _EVENTS
# What may belong to the world rather than the patient: a meeting's date, a disease's region,
# the 1895 radiograph of a wedding ring, the 2010 earthquake.
WORLDLY_KINDS = frozenset({"date", "place", "facility"}) | _TOLD_OF_PEOPLE


def field_base(field: str) -> str:
    """The schema name of a field: 'overrides.x.credit' -> 'credit', 'images[1].alt' -> 'alt'."""
    match = _FIELD_NAME.search(field.rsplit(".", 1)[-1])
    return match.group(1) if match else field


# Fields about the world rather than the patient: a month alone in them dates a meeting,
# a campaign or a quiz ("returns in September"), unless its sentence is about the patient.
_WORLD_FIELDS = frozenset(
    {"explanation", "teaching_points", "references", "credit", "question", "title"}
)
# Fields that tell the patient's own story: a date or a place in them is always theirs.
PATIENT_FIELDS = frozenset({"history", "findings", "alt", "answer", "spoiler"})
# A meeting announced even in a patient's field: "Webinar Thu 12/03/2026, 19:00 GMT".
# A meeting by its acronym and year ("ECR2025", "IRIA 2026"); not a scan and its date
# ("CT 2026/03/14").
_MEETING_YEAR_FIRST = r"(?<![\d/.-])20\d\d\s+(?!(?:CT|MR|MRI|US|XR|PET)\b)[A-Z]{2,6}\b"
_MEETING_BY_YEAR = (
    r"(?<![A-Za-z])(?!(?:CT|MR|MRI|US|XR|PET|CXR|AXR|KUB|DEXA|NM|IR|ED|OR|ICU|DOB|EEG|ECG)\b)"
    # not a month in Roman numerals after a day: "12 VI 2022"
    r"(?<!\d\s)(?<!\d\.\s)(?<!\d\.)"
    r"(?:[A-Z]{2,6}|(?=[A-Za-z]{2,6}20)[A-Z][a-z]?[A-Z][A-Za-z]{0,4})\s?20\d\d\b(?![/.-]\d)"
)
_MEETING = re.compile(
    # a meeting by its acronym and year: "#ECR2025 (Vienna, 26 Feb–2 Mar)", "the 2019 ESC"
    rf"{_MEETING_BY_YEAR}|{_MEETING_YEAR_FIRST}|"
    r"(?i:\b(?:webinar|conference|congress|symposium|journal\s+club|grand\s+rounds|(?-i:CME|CPD)"
    r"|teaching"
    r"\s+session|live\s+stream|livestream|broadcast|discussed\s+live|lecture|presenting\s+this"
    r"|RSNA|ECR|ESR|ARRS|ISMRM|UKIO|RANZCR|ASNR|SNMMI|congreso|congresso|Kongress|congrès"
    r"|journ[ée]e\s+mondiale|giornata\s+mondiale|journ[ée]e\s+nationale|se\s+tiennent"
    r"|(?:world|international|national)\s+(?:\w+\s+){0,3}?day|convention|greetings\s+from"
    r"|beyn[əe]lxalq\s+(?:\w+\s+){0,2}?g[üu]n[üu]|xalqaro\s+(?:\w+\s+){0,2}?kuni"
    r"|halyqaralyq\s+(?:\w+\s+){0,2}?k[úu]ni|h[əe]r\s+il\b|har\s+yili"
    r"|live\s+from|världs\w*dag\w*|wereld\w*dag|verdens\w*dag\w*|maailman\w*päivä|IDoR"
    r"|d[ií]a\s+(?:mundial|internacional)|pandemia|pandémie|\w*kongress\w*|\w*congr[eè]s\w*"
    r"|course|workshop|masterclass|quiz\s+closes|answers?\s+(?:on|next|tomorrow|out)|poll\s+closes"
    r"|guidelines?|released|présenté\s+aux?|presentato\s+al|presentado\s+en|JFR|SFR|SIRM|SERAM"
    r"|tumou?r\s+board|mdt|rounds|meet-?up|answer\s+(?:reveal|follows)|reveal|vote|poll"
    r"|abstracts?|deadline|who['’]s\s+(?:coming|going|attending|joining)|see\s+you\s+there"
    # a post's own day: "the answer to last week's quiz", "Valentine's Day special", "next case"
    r"|(?:answer|resposta|respuesta|risposta|r[ée]ponse|resposta)\s+(?:to|ao|a|al|à|alla|del|do|de)"
    r"\s+(?:the\s+|o\s+|el\s+|la\s+)?quiz|quiz\s+(?:answer|closes|results?|winner)"
    r"|(?:day|eve|night|weekend|christmas|xmas|easter|halloween|thanksgiving|diwali|eid|hanukkah"
    r"|new\s+year['’]?s?)\s+(?:special|edition|quiz|theme)"
    r"|pr[oó]xim[oa]\s+(?:caso|quiz|sess[aã]o|sesi[oó]n)|next\s+(?:case|quiz|post|session)"
    r"|chaque\s+ann[ée]e|rendez-vous|[śs]wiatow\w+\s+dni\w*|dzie[ńn]\s+walki"
    # world and national days, congresses and every year in Polish, Czech, Slovak and Hungarian
    r"|mi[eę]dzynarodow\w*\s+dzie[ńn]|dzie[ńn]\s+(?:kobiet|matki|ojca|dziecka|radiologii|zdrowia)"
    r"|obchodzimy|sv[eě]tov\w*\s+de[ňn]|medzin[aá]rodn\w*\s+de[ňn]|mezin[aá]rodn\w*\s+den"
    r"|vil[aá]gnap\w*|nemzetk[öo]zi\s+\w+\s*nap\w*|kongresszus\w*|kongres\w*|minden\s+[ée]vben"
    r"|ka[žz]doro[čc]n\w*|ka[żz]dego\s+roku|co\s+roku"
    r"|presentado\s+en|apresentado\s+no|presented\s+at"
    # what we all saw, and the world's disasters
    # (not "the child we saw earlier today": a patient seen on the day)
    r"|we\s+(?:saw|see|have\s+seen|['’]ve\s+seen|have\s+learn(?:ed|t)|learn(?:ed|t))"
    r"(?!\s+(?:\w+\s+){0,2}?(?:earlier|today|yesterday|tonight|this\s+(?:morning|afternoon|evening)"
    r"|last\s+night|overnight)\b)"
    r"|pandemic|came\s+into\s+(?:effect|force)|(?:first|second|third)\s+wave"
    r"|covid(?:-19)?\s+wave|lockdown|chernobyl|fukushima|hiroshima|nagasaki)\b)"
)
# A disease's geography, even in a patient's field: "schistosomiasis is endemic across the
# Nile delta", "think Ohio and Mississippi River valleys".
_GEOGRAPHY_OF_DISEASE = re.compile(
    r"(?i:\b(?:endemic|hyperendemic|prevalent|epidemic|river\s+valleys|valleys|belt|basins?"
    r"|clusters?\s+(?:around|in|along)"
    r"|common\s+in|commoner\s+in|rife\s+in|widespread\s+in|(?:big|major)\s+problem\s+in"
    r"|until\s+proven\s+otherwise|once\s+seen\s+in|classically\s+seen\s+in|typically\s+seen\s+in"
    r"|we\s+see\s+(?:a\s+lot|many|plenty|lots)|give\s+us\s+plenty|plenty\s+of\s+these"
    r"|nearest\s+(?:ct|mri|hospital|centre|center|scanner|radiologist)"
    r"|seasons?|seasonal|peaks?|anyone\s+from|people\s+from|those\s+from|patients\s+from"
    r"|travell?ers?\s+(?:from|to)|residents\s+of|travel(?:led|ed)?\s+to|returned\s+from"
    r"|trip\s+to|holiday\s+in|visit(?:ed|ing)?|travel\s+(?:hx|history)|safari|trek|trekking"
    r"|hiking|climbing\s+trip|classic(?:ally)?\s+in|typical(?:ly)?\s+in|still\s+around\s+in"
    r"|tourists?|altitude|anyone\s+who|think\s+of\s+it\s+in|swum|swam|swimming\s+in|bathing\s+in"
    r"|elective|saw\s+loads|see\s+loads|almost\s+never|raw\s+milk|unpasteuri[sz]ed"
    r"|as\s+seen\s+(?:across|in)|across\s+the|uitbraak|utbrott|udbrud|Ausbruch|brote|surto"
    r"|incidence|prevalence|highest\s+in|lowest\s+in|rates?\s+(?:are|is)"
    r"|is\s+(?:seen|found|common|endemic)\s+in"
    r"|(?:were|was)\s+(?:developed|devised|derived|validated|described|written)\s+in"
    r"|first\s+described|described\s+in|still\s+seen|emerged|well\s+recogni[sz]ed|recogni[sz]ed\s+in"
    r"|named\s+after|takes\s+its\s+name|hotspots?|referral\s+cent(?:re|er)s?|national\s+cent(?:re|er)s?"
    r"|centrali[sz]ed|(?:right\s+)?along\s+(?:the\s+)?coast(?:al)?|most\s+(?:pts|patients)"
    r"|returning\s+from)\b)"
)
_A_YEAR = re.compile(r"\b(?:1[5-9]\d\d|20[0-2]\d)\b")
_HISTORICAL = re.compile(r"(?i:\bhistorical\s+(?:aside|note|case|image|radiograph|figure)\b)")
# Holidays that last a month or a season name no day: "during Ramadan", "over Lent".
_SEASONS_OF_THE_YEAR = re.compile(
    r"(?i:(?:during\s+|in\s+|over\s+)?(?:the\s+)?(?:ramadan|lent|advent"
    r"|eid(?:[-\s]ul[-\s]|[-\s]al[-\s])?(?:adha|fitr|azha)?(?:\s+season)?))"
)
_HOLIDAY = re.compile(
    r"(?i:\b(?:bonfire\s+night|guy\s+fawkes|christmas|diwali|eid|thanksgiving|halloween"
    r"|new\s+year|hogmanay|st\.?\s+patrick['’]?s\s+day|independence\s+day|canada\s+day"
    r"|australia\s+day|anzac\s+day|fourth\s+of\s+july|(?:röntgen|roentgen|radiology)\s+day"
    r"|ramadan|ramazan|lent|advent|passover|hanukkah|(?:chinese|lunar)\s+new\s+year|holi"
    r"|navratri|durga\s+puja|pongal|vesak|carnival|carnaval|semana\s+santa|hajj)\b)"
)
# "Snakebite is a big problem in rural Sri Lanka": a hazard of a place, not one event
_COMMON_THERE = re.compile(
    r"(?i:\b(?:endemic|hyperendemic|prevalent|common\s+in|rife\s+in|widespread\s+in"
    r"|(?:big|major)\s+problem\s+in)\b)"
)
_EVERY_YEAR = re.compile(r"(?i:\b(?:every|each|annual(?:ly)?|usually|brings|always)\b)")
_DISASTER = re.compile(
    r"(?i:\b(?:tsunami|earthquake|hurricane|cyclone|typhoon|bombings?|attacks?|outbreak|pandemic"
    r"|flood|wildfire|bushfire|eruption|disaster|earthquakes|floods|quake|sismo|terremoto"
    r"|huracán|inundaci[oó]n|terramoto|sismo|séisme|tremblement|terremoto|Erdbeben|aardbeving"
    r"|cyberattack|cyber-attack|ransomware|responders|wtc|9/11|crash|storms|power\s+cuts?"
    r"|blackouts?|outages?"
    r"|jordskjelv|jordbävning|maanjäristys)\b)"
)
# The many a disaster brings to hospital, and no one of them in particular.
_COHORT = re.compile(
    r"(?i:\b(?:hospitals|h[ôo]pitaux|hospitales|hospitais|ospedali|survivors|survivants"
    r"|sobrevivientes|victims|victimes|v[íi]ctimas|casualties|cohort|series|s[ée]ries)\b)"
)
_SOMEONE = re.compile(r"(?i:\b(?:il|elle|[ée]l|ella|lui|patient|patiente|paciente)\b)")
_DOCUMENT_DATE = re.compile(
    r"(?i:\b(?:revised|updated|amended|published|issued|effective|in\s+force\s+from|accessed"
    r"|retrieved|version\s+of)\s*(?:on\s+)?:?\s*(?:\d{1,2}(?:st|nd|rd|th)?\s+)?$"
    # "the screening pathway introduced in April 2019"
    r"|\b(?:pathway|guidelines?|protocol|policy|programme|program|criteria|classification|scheme)"
    r"\s+(?:was\s+|were\s+)?(?:introduced|launched|adopted|rolled\s+out)\s*(?:in\s+|on\s+)?$"
    # "richtlijn 2013/59/Euratom van 5 december 2013", "Richtlinie vom 5. Dezember 2013"
    r"|\b(?:directive|richtlijn|richtlinie|directiva|direttiva|diretiva|dyrektywa|směrnice"
    r"|irányelv|regulation|verordening|verordnung|règlement|regolamento|reglamento|decreto"
    r"|décret|act|law|ley|lei|legge|loi|gesetz|wet)\b[^.;]{0,40}?\b(?:van|vom|du|del|de|of|z"
    r"|dated|dd\.?|from)\s*(?:\d{1,2}\.?\s+)?$)"
)
_HAZARD_SEASON = re.compile(
    r"(?i:\b(?:snake\s*bite|snakebite|dengue|flu|influenza|malaria|monsoon|bushfire|hurricane"
    r"|tornado|typhoon|cyclone|tick|hay\s+fever|rainy|wet|dry|stampede|trauma)\s+season\b)"
)
_SEASON = re.compile(r"(?i:\b(?:seasons?|seasonal|peaks?|outbreaks?)\b)")
# A guideline's or a staging system's date, even in a patient's field.
_GUIDELINE = re.compile(
    r"(?i:\b(?:(?-i:NICE|NG\d+|AJCC|UICC|WHO|ACR)|guidelines?|edition|version|criteria|consensus"
    r"|in\s+use\s+from|effective\s+from|published|first\s+described|outbreak|pathway|protocol"
    r"|policy|our\s+unit\s+follows|since\s+\d{1,2}\s+\w+\s+20\d\d\s+(?:our|the|all)"
    r"|programme|program|launched|screening\s+(?:programme|program|guideline|recommendation|policy"
    r"|trial|age)|\w*awareness\w*|gesetz|law|act|regulation|verordnung|ley|lei|loi"
    # a drug's or a device's licence: "Lecanemab received accelerated FDA approval in ..."
    r"|(?-i:FDA|EMA|MHRA|TGA|CE)\s+(?:approv\w*|clearance|mark\w*|licen[cs]\w*)"
    r"|(?:approved|licensed|cleared)\s+by\s+the\s+(?-i:FDA|EMA|MHRA|TGA)"
    r"|nomenclature|renamed|new\s+name)\b)"
)
_ABOUT_THE_PATIENT = re.compile(
    r"(?i:\b(?:she|he|her|his|him|they|their|patient|pt|pts|admitted|discharged|scanned"
    r"|imaged|operated|presented\s+(?:with|to)|presenting\s+(?:with|to|as)|injured|fell|born|died|(?:was|were|been|is|first)\s+seen|seen\s+(?:first|at|by|in\s+(?:clinic|ed|a&e))"
    r"|referred|follow-?up|symptoms?|onset|dob|d\.o\.b|year-old|y/?o"
    r"|(?<!people\s)(?<!patients\s)(?<!adults\s)(?<!those\s)(?<!children\s)aged|hurt|victims?"
    r"|(?:a|the\s+only|sole|lone)\s+survivors?|wounded|casualties|caught\s+in|one\s+of\s+the"
    r"|passed\s+away|ddn|date\s+de\s+naissance|fecha\s+de\s+nacimiento|data\s+di\s+nascita"
    # the patient in other tongues: "nascido em", "falleció", "opererad", "geboren am"
    r"|nascid[oa]|nacid[oa]|geboren|född|urodzon\w*|doğum\w*|paciente|pasien|patiënt"
    # ... and in Hebrew, Greek and Armenian in Latin letters: "nolda", "gennithike", "tsnvel e"
    r"|nold[ae]h?|nolad|metupal\w*|gennith\w*|asthen\w*|tsnv\w*|hivand\w*"
    r"|ingres[oó]|internad[oa]|deu\s+entrada|operad[oa]|opererad|operiert|falleci[oó]|faleceu"
    r"|verstorben|dog|avled|zmar[łl]\w*|vefat\w*|öldü|meninggal"
    # French, Italian, Dutch and the Nordic languages
    r"|patiente|née?|nata?|nato|hospitalisée?|admise?|opérée?|ricoverat[oa]|patiënte|geboren"
    r"|født|syntynyt|potilas|pasienten|patienten|opgenomen|indlagt|innlagt|inlagd|geni|oed)\b"
    # Czech, Slovak, Polish and Hungarian: "nar. 1. 9. 1948", "ur. 3.4.1950", "szül."
    r"|\b(?i:nar|ur|szül|roč)\.|\b(?i:narozen\w*|narodil\w*|přijat\w*|prijat\w*|született|felvéve"
    r"|pacjent\w*|pacient\w*|beteg)\b"
    # born, in Romanian, the South Slavic and the Baltic languages: "gimimo data", "rođen"
    r"|\b(?i:geboortedatum|geburtsdatum|f[oö]delsedatum|f[oø]dselsdato|syntym[aä]aika"
    r"|data\s+urodzenia|datum\s+narozen[ií]|sz[uü]let[eé]si|gimimo|gim[eę]s|gimusi|dzim\w*|s[uü]nni\w*|s[uü]ndinud|n[aă]scut\w*|data\s+na[sș]terii"
    r"|ro[dđ]en\w*|rojen\w*|rojstva|patsient\w*|pacient\w*|pacijent\w*|pacientas|pacient[eė])\b)"
)
# What dates a meeting, a guideline or a piece of history rather than a patient's care.
_WORLD_DATE = re.compile(
    r"(?i:\b(?:publish\w*|publication|updated?|updates|version|v\d+|edition|guidelines?"
    r"|criteria|classification|consensus|statement|released?|launch\w*|issued|introduced"
    r"|revised|announced|announcement|took\s+effect|takes\s+effect|reforms?|legislation"
    r"|came\s+into\s+force|policy|policies|diethnis\s+imera|pagkosmia\s+imera|epeteios"
    # a term renamed: "changed 'pressure ulcer' to 'pressure injury' in April 2016"
    r"|changed\s+['‘\"“][^'’\"”]{1,40}['’\"”]\s+to|mkutano|kongamano|kila\s+mwaka|buri\s+mwaka|elke\s+jaar"
    r"|jaarliks|umunsi\s+mpuzamahanga|nomenclature|renamed|conference|congress|meeting|symposium|summit|course|webinar|workshop"
    r"|journal\s+club|lecture|talk|session|poster|abstracts?|deadline|closes?|closing|opens?"
    r"|submissions?|registration|anniversary|discover\w*|described|founded|established"
    r"|first\s+(?:identified|isolated|reported|recognised|recognized|detected)|re-?emerged"
    r"|appeared|emerged|fand\s+(?:vom|am|im)|statt|tenu|tenutosi|celebrad[oa]|realizad[oa]"
    r"|vaccin\w*|immuni[sz]ation|schedule|programme|program|epidemic|outbreak|began|submit"
    r"|(?:zika|dengue|measles|cholera|covid|sars|mers|ebola|mpox|legionella)\s+cluster|haze|smog"
    r"|nazioarteko|eguna"
    r"|tjernobyl\w*|tschernobyl|czarnobyl\w*|tchernobyl"
    r"|(?:was|were)\s+(?:first\s+)?(?:identified|reported|isolated|described)|entr[óo]\s+en\s+vigor"
    r"|entrou\s+em\s+vigor|en\s+vigueur|in\s+Kraft|in\s+werking|in\s+vigore"
    r"|internationale[rn]?\s+tag|tag\s+der\s+\w+|journ[ée]e|giornata|d[ií]a\s+de\s+la\s+\w+"
    r"|personal\s+communication|pers\.?\s+comm|came\s+into\s+(?:effect|force)|effective"
    r"|(?:post-?)?covid(?:-19)?|pandemic|we\s+have\s+learn(?:ed|t)"
    r"|invented|marked|celebrated|every|each|annual(?:ly)?|awareness|exam|accessed|retrieved"
    r"|(?:trial|study|cohort|registry|audit)\s+(?:recruited|enrolled|ran|included|screened)|recruitment"
    r"|viewed|live\s+from|RSNA|ECR|ESR|ASNR|ARRS|ISMRM|UKIO|RANZCR|SNMMI|(?-i:NICE|ACR|WHO|CDC|FDA)"
    r"|(?:RSNA|ECR|ESR|ASNR|ARRS|ISMRM|UKIO|RANZCR|SNMMI|ESSR|ESTI|ESGAR)\d{2,4}"
    r"|(?:world|international|national)\s+(?:\w+\s+){0,3}?day|day\s+of\s+\w+|\w*gesetz\w*"
    r"|new\s+(?:interns|residents|registrars|trainees|doctors)|changeover|july\s+effect"
    r"|(?:fda|ce)[-\s](?:cleared|approved|marked)"
    r"|bevolkingsonderzoek\w*|(?:national\s+)?screening\s+(?:programme|program|programma)"
    r"|direttiva|directive|directiva|decreto|d\.\s?lgs|legge|loi|ley|lei|recepit\w+|estado\s+de\s+alarma"
    r"|confinamiento|confinement|lockdown|cribado|ban|came\s+in|peaked|cyberattack|ransomware"
    r"|\w*verordnung\w*|\w*richtlinie\w*|\w*leitlinie\w*|stand|era|reign|throne|enthron\w*"
    r"|direkt[iī]v\w*|direktiv\w*|direktyv\w*|dal[iī]bvalst\w*|ieviest\w*"
    r"|abdicat\w*|coronation"
    # a system or a law that changed: "moved to an opt-out system ... in May 2020", "the
    # allocation system changed in December 2014", "the first successful hand transplant"
    r"|moved\s+to|switched\s+to|replaced|changed|allocation|opt-?out|opt-?in|first\s+successful"
    # ... and in pinyin: first, appeared, published, reported, announced, the epidemic
    r"|sh[oǒ]u\s*xi[aā]n|ch[uū]\s*xi[aà]n|f[aā]\s*b[uù]|b[aà]o\s*g[aà]o|xu[aā]n\s*b[uù]|y[iì]\s*q[ií]ng"
    # a congress, a standard or a guideline in the languages of central and northern Europe
    # and Latin America: "kongres zaplanowano na", "od 1. 1. 2022 platí standardy"
    r"|kongres\w*|kongresszus\w*|konferenc\w*|konferencj\w*|zjazd\w*|sympozj\w*|szimpózium\w*"
    # "Jornada Paulista de Radiologia, de 1 a 4 de maio de 2025", "Congreso SERAM"
    r"|jornadas?|congress[oi]|congres[oi]|congrès|encontro|simp[óo]sio|simposio|reuni[óo]n\s+anual"
    r"|standard\w*|normy?|norma\s+oficial|diario\s+oficial|wytyczn\w*|sm[eě]rnic\w*"
    # rules that apply from a day: "od 1 lipca 2023 r. obowiązują nowe zasady", "în vigoare"
    r"|obowi[aą]zuj\w*|wesz[łl]\w*\s+w\s+[żz]ycie|wchodz\w*\s+w\s+[żz]ycie|zasad[ya]?|przepis\w*"
    r"|rozporz[aą]dzeni\w*|plat[íi]\s+od|[úu][čc]innost\w*|hat[áa]ly\w*|[ée]rv[ée]nyes\w*"
    r"|[îi]n\s+vigoare|ghid\w*|przesiew\w*"
    r"|doporu[cč]en\w*|ir[aá]nyelv\w*|aj[aá]nl[aá]s\w*|riktlinje\w*|retningslinje\w*|suositu\w*"
    r"|plat[ií]|platn\w*|obowi[aą]zuj\w*|hat[aá]ly\w*|g[aä]ller|gjelder|g[æe]lder|voimassa"
    r"|vigente|konsensus\w*|m[oö]te[tn]?|m[øo]det|kokous|[aá]rsm[oö]te\w*|[aå]rsm[øo]de\w*"
    # "día mundial", "Weltkrebstag", "mês de conscientização"
    r"|d[ií]a\s+(?:mundial|internacional|nacional)|welt-?\w*tag|maailman\s+\w*päivä\w*"
    r"|\w*kongress\w*|\w*kongres\w*|miesi[ąa]c\s+(?:\w+\s+)?[śs]wiadomo\w*|dzie[ńn]\s+(?:walki|[śs]wiadomo)\w*"
    r"|(?-i:USPSTF|NCCN|ESC|AHA|ACC|BTS|ERS|ATS|ESUR|ESGAR|ESMO|ASCO|CIRSE|ESTI|ESSR|ESNR|ESPR|EANM"
    r"|DRG|ÖRG|SGR|PLTR)"
    r"|wereld\s+(?:\w+\s+){0,2}dag|internationale\s+dag|nationale\s+dag|\w+dagen\s+20\d\d"
    r"|nemzetk[öo]zi\s+napja|vil[áa]gnap\w*|mezin[áa]rodn[íi]\s+den|sv[ěe]tov[ýy]\s+den|svetov[ýy]\s+de[ňn]"
    r"|\w+\s+dny\s+se|kon[áa]\s+se|konaj[íi]|\w+\s+napok"
    r"|richtlijn\w*|leidraad|standpunt"
    r"|rare\s+disease\s+day|(?:\w+\s+){0,2}(?:awareness|disease|cancer|health|heart|kidney|stroke"
    r"|diabetes|radiology|radiography)\s+(?:day|week|month)"
    r"|\w+päivää?\s+vietetään|journée\s+(?:mondiale|internationale|nationale)"
    r"|giornata\s+(?:mondiale|internazionale|nazionale)|wereld\w*dag|världs\w*dag(?:en)?"
    r"|verdens\w*dag(?:en)?|światowy\s+dzie[ńn]"
    # in Romanian, the South Slavic languages and Bulgarian: "Ziua Internațională a
    # Radiologiei", "Svetovni dan boja proti raku", "Svetoven den"
    r"|ziua\s+(?:interna[țţt]ional[aă]|na[țţt]ional[aă]|mondial[aă]|\w+ului)"
    r"|sve?t(?:ov|sk|ovsk)\w*\s+dan|sv(?:j|i)etsk\w*\s+dan|me[đd]unarodn\w*\s+dan"
    r"|mednarodn\w*\s+dan|dr[žz]avn\w*\s+praznik|svetoven\s+den|mezhdunaroden\s+den"
    r"|natsionalen\s+den|dan\s+dr[žz]avnosti"
    r"|m[eê]s\s+(?:de|da|do)|conscientiza\w+|concienciaci\w+|campa[ñn]\w+"
    r"|EMA|MHRA|NG\d+)\b)"
    r"|#\w*(?:Day|Month|Week)\b"  # "#WorldTBDay (24 March)"
)
# What places a disease, a classification or a piece of history rather than a patient.
_WORLD_PLACE = re.compile(
    r"(?i:\b(?:endemic|prevalent|common|commonest|rare|outbreaks?|epidemic|pandemic"
    r"|named\s+(?:after|for)|takes\s+its\s+name|eponym\w*|described|discover\w*|coined"
    r"|everywhere|around\s+the\s+world|(?:big|major)\s+(?:problem|issue)"
    r"|developed|invented|built|pioneered|first|classifications?|criteria|guidelines?|rules?"
    r"|emerged|recogni[sz]ed|reported|direkt[iī]v\w*|direktiv\w*"
    r"|score|consensus|protocol|trials?|study|studies|cohort|registry|series|populations?"
    r"|ontwikkel\w*|endemies|algemeen|imeenea|inapatikana|\w*tagung|\w*kongress"
    r"|regions?|areas?|travell?ers?|travel|visitors|worldwide|countries|century|fever|disease"
    r"|virus|infections?|syndrome|greetings\s+from|live\s+from|hello\s+from|here\s+in|we"
    r"|RSNA|ECR|ESR|ARRS|ISMRM|UKIO|RANZCR|conference|congress|meeting|\w+(?:osis|iasis)"
    r"|winters?|summers?|monsoon|seasons?|altitude|tourists?|arriv\w+\s+in|et\s+al|prevalen\w+"
    r"|prevalan\w+|congreso|congresso|jornadas?|simposio|presentado|apresentado|Kongress"
    r"|Tagung|congrès|\w*uitbraak|\w*utbrott|\w*udbrud|\w*Ausbruch|brote|surto|classic(?:ally)?|typical(?:ly)?"
    r"|valleys?|ciudades|cidades|villes|città|Städte|steden|städer|byer|museum|gallery|on\s+display"
    r"|berceau|cradle|culla|cuna|birthplace|pionnier|pioneer|cours|corso|curso|Kurs|formation"
    r"|highest|lowest|incidence|exposure|publish\w*|protocols|folks|wait\s+times?"
    r"|multicentr\w*|studio|[ée]tude|estudio|coll[èe]gues|colleghi|colegas|colleagues|meet-?up"
    r"|teaching\s+files?|screening|tried|leading\s+causes?|mortality|vaccinat\w*|programmes?"
    r"|diffus[aeo]|endémi\w+|endemi\w+|verbreitet|komt\s+voor|voorkomt|vorkommt|zones?|zonas?"
    r"|crit[ée]rios?|criterios?|crit[èe]res?|criteri|kriterien|r[èe]gles?|reglas?|regras?|regole"
    r"|regeln|classifica\w+|clasificaci\w+|sediad[oa]|sede|si[èe]ge|Sitz|gevestigd|boil|button|foot"
    r"|\w*risikogebiet\w*|gebiete|rasprostran\w+|chart|stool|scale"
    r"|highlands|lowlands|regione|région|región|região|gebied|gebieden|rond\s+de|around"
    r"|clusters?|basins?|belts?"
    # ... and in pinyin: first reported, appeared, epidemic, prevalent, incidence
    r"|sh[oǒ]u\s*xi[aā]n|ch[uū]\s*xi[aà]n|b[aà]o\s*g[aà]o|y[iì]\s*q[ií]ng|li[uú]\s*x[ií]ng"
    r"|f[aā]\s*b[iì]ng\s*l[uǜ]"
    # Japanese and Korean in Latin letters: reported, prevalence, outbreak, endemic
    r"|h[oō]koku\w*|y[uū]by[oō]ritsu|hassei\w*|ry[uū]k[oō]\w*|f[uū]doby[oō]|yuhaeng\w*"
    r"|balsaeng\w*|yubyeong\w*|pungtobyeong|chiiki|jiyeok"
    # a body's seat: "The Royal College of Radiologists is based in London"
    r"|based\s+in|headquarter\w*|head\s+office|seat\s+of|secretariat|society|college|association"
    r"|federation|academy"
    r"|problème\s+connu|problema|known\s+problem|bassin|mineurs|minatori|mineros"
    r"|formazione|formaci[oó]n|inscriptions|iscrizioni|inscripciones|accueille|ospita"
    r"|frequente|frecuente|fréquent\w*|häufig|comune|común|comum"
    r"|(?:isn['’]t|is\s+not|not)\s+(?:unusual|rare"
    r"|uncommon)|along\s+the)\b"
    # a meeting by its acronym and year: "IRIA 2026 in Kochi", "CIR 2025 en Cartagena"
    rf"|{_MEETING_BY_YEAR})"
)
# "TB imaging from Dar es Salaam to Glasgow": a span of the world, not a home; and three
# places in a row ("in Cairo, Tunis and İzmir"), which no one person lives in
_FROM_TO = regex.compile(
    r"\b(?i:from)\s+\p{Lu}[\w'’-]*(?:\s+[\w'’-]+){0,3}\s+(?i:to)\s+\p{Lu}"
    r"|\b\p{Lu}[\w'’-]+(?:\s+\p{Lu}[\w'’-]+)?,\s+\p{Lu}[\w'’-]+(?:\s+\p{Lu}[\w'’-]+)?,?\s+(?:and|or|&)"
    r"\s+\p{Lu}"
)
_DATED = re.compile(rf"\d|{MONTH_FULL}")


# In the patient's own story a place where they live or work is theirs: a home town, a
# street, an employer are geography finer than a state (Safe Harbor), and block.
_HOME_CUE_WORDS = (
    r"(?:\b(?:year|grade|form|class)\s+\d{1,2}\s+(?:student\s+|pupil\s+)?at"
    r"|\b(?:first|second|third|fourth|fifth|sixth|final|\d{1,2}(?:st|nd|rd|th))\s+year\s+at"
    r"|\b(?:pt|patient|man|woman|lady|gentleman|boy|girl|child|teenager|farmer|resident"
    r"|local|native|someone|he|she|who|family|kid|kiddo|toddler|baby|infant|lad|lass|guy|chap|teen"
    r"|bloke|fella|gent|youngster|grandad|grandma|nan"
    r"|student|player|worker|rancher|fisherman|miner|builder|teacher|nurse|soldier|runner|cyclist"
    r"|climber|skier|surfer|hunter|shepherd|herder|labourer|logger|trucker|driver|mechanic|pupil"
    r"|kids|children|lads|lasses|pupils|students|teens|teenagers|boys|girls|siblings|brothers"
    r"|sisters|twins)"
    r"(?:['’]s\s+|\s+is\s+|\s+was\s+|\s+are\s+|\s+were\s+|\s+)(?:originally\s+)?from"
    r"|lives\s+in|living\s+in|resident\s+of|native\s+of|home\s+in|grew\s+up\s+in|lives\s+on"
    # "found down near the Shiprock chapter house", "a sheep farmer from just outside Gundagai"
    r"|\bfound\s+(?:down|collapsed|unconscious|unresponsive|slumped|lying|wandering)\s+(?:\w+\s+){0,2}?"
    r"(?:near|outside|behind|at|in|on|by)"
    r"|\bfrom\s+(?:just\s+)?(?:outside|beyond)"
    # "the pharmacienne on the main square of Tafraout"
    r"|\b(?:on|off|near|by)\s+the\s+main\s+(?:square|street|road|souk|market)\s+(?:of|in)"
    # "worked the till at the Co-op in Ballater", "from the Tesco car park in Ashby"
    r"|\b(?:the\s+)?(?:till|tills|counter|checkout|front\s+desk|door)\s+at"
    r"|\b(?:car\s*park|carpark|parking\s+lot|lay-?by|petrol\s+station|servo|bus\s+stop|bus\s+shelter"
    r"|taxi\s+rank)\s+(?:in|at|of|on|outside)"
    r"|\b(?:lives|living)\s+(?:alone\s+)?out\s+(?:on|in|at|past)"
    # "lives alone on a farm just outside Barrydale"
    r"|\b(?:lives|living)\s+(?:alone\s+|with\s+\w+\s+)?(?:on|in|at)\s+(?:a|an|the|her|his|their)\s+"
    r"(?:[\w-]+\s+){1,2}?(?:just\s+|right\s+)?(?:outside|near|beyond|past|in|at|by|on|above|below)"
    r"|spent\s+(?:\d+|\w+)\s+(?:yrs?|years|decades)\s+(?:\w+\s+){0,2}?(?:at|in|on)"
    # "forklift driver at the Bega cheese factory"
    r"|(?:driver|operator|worker|manager|cleaner|cook|teacher|clerk|labourer|hand|assistant"
    r"|attendant|barista|waitress|waiter|mechanic|jillaroo|jackaroo|stockman|farmhand|station\s+hand)"
    r"\s+at"
    # "a deckhand on the Bowen Island ferry"
    r"|(?:farmhand|fieldworker|herdsman|herder|stockman|ranch\s?hand|labou?rer|woodcutter|lumberjack"
    r"|forester|beekeeper|smallholder|crofter|cowherd|goatherd)\s+from"
    r"|(?:deckhand|crew|crewman|steward|stewardess|skipper|engineer|cook|worker|fisherman)\s+"
    r"(?:on|aboard)"
    # "he runs the sheep farm next to the church in Upper Slaughter"
    r"|(?:runs|owns|manages|keeps)\s+(?:the|a|an|his|her)\s+(?:[\w'’-]+\s+){0,6}?(?:in|at|on|near)"
    r"|lives\s+at|teach(?:es|ing)?\s+(?:\w+\s+){0,2}?at|coaches\s+(?:\w+\s+){0,2}?at"
    r"|moved\s+(?:here\s+)?(?:from|to)|(?:e|im)migrated\s+from|relocated\s+(?:from|to)"
    r"|sleep(?:s|ing)?\s+(?:rough\s+)?(?:in|at)|worked\s+(?:\w+\s+){0,4}?(?:at|in|for|on)"
    r"|leerling(?:e)?\s+van|elev\s+(?:på|vid|ved)|Schüler(?:in)?\s+(?:der|des|am)"
    # in other tongues: "vive en", "mora em", "wohnt in", "woont in", "bor i", "coming from"
    r"|vive\s+en|vive\s+em|mora\s+em|reside\s+en|wohnt\s+in|woont\s+in|bor\s+i|mieszka\s+w"
    r"|abita\s+(?:a|ad|in)|vive\s+a|risiede\s+a"
    r"|woont\s+aan|wohnt\s+(?:an|auf)|bor\s+p[aå]|habite\s+(?:rue|au|à|aux)|mora\s+na\s+rua"
    # "arbejder på mejeriet i Videbæk", "werkt bij de bakkerij in"
    r"|(?:arbejder|arbeider|arbetar|werkt|arbeitet|jobber|jobbar|työskentelee)\s+(?:\w+\s+){0,3}?"
    r"(?:i|in|på|bei|bij|te|hos)"
    # "bor alene i", "wohnt allein in", "mora na aldeia de", a trade from a place: "Fisker fra"
    r"|(?:bor|bur|wohnt|woont|asuu)\s+(?:alene|alleen|allein|ensam|ensom|yksin|sammen|sola?)\s+"
    r"(?:i|in|på|op|te)|mora\s+n[ao]\s+(?:aldeia|vila|cidade|freguesia|rua)\s+d[eoa]"
    r"|vive\s+en\s+(?:el\s+pueblo|la\s+aldea|la\s+calle)\s+de"
    r"|(?:fisker|fiskare|bonde|bóndi|landmand|gårdbruker|lantbrukare|landwirt|bauer|boer|fischer"
    r"|visser|kalastaja|maanviljelijä|pescador|agricultor|campesino|bäuerin|landwirtin)\s+(?:fra"
    r"|från|aus|uit|van|de|da|do|vom|von\s+der|auf\s+dem)"
    # "wonend op plantage Mariënburg", "wohnhaft am Lindenhof"
    r"|wonend\s+(?:op|in|aan|te)(?:\s+(?:plantage|de\s+boerderij|het\s+erf))?"
    r"|wohnhaft\s+(?:in|auf|am|im)(?:\s+(?:dem|der))?"
    r"|(?:en|em|na|no)\s+la\s+planta\s+de|planta\s+de|f[aá]brica\s+de|coming\s+from"
    r"|procedente\s+de|natural\s+de|oriund[oa]\s+de|vecin[oa]\s+de|morador(?:a)?\s+de"
    r"|residente\s+(?:do|da|de|del|en|em|no|na)|alumn[oa]\s+del?|alun[oa]\s+d[oa]|estudiante\s+del?"
    r"|trabaja\s+en|trabalha\s+(?:em|na|no)|vive\s+sola?\s+en"
    # Catalan and Galician, and Levantine Arabic in Latin letters: "Veí de Riudecanyes",
    # "viu a", "veciño de", "saken bi day3et Bkassine"
    r"|ve[iíï](?:na)?\s+de|veci[ñn][oa]\s+de|viu\s+(?:sol|sola\s+)?(?:a|al|als)"
    r"|treballa\s+(?:a|al|als|en)|traballa\s+(?:en|no|na)|vive\s+(?:no|na)"
    r"|(?:saken|sakne|sakin|sakna|yaskun|sekin)\s+(?:bi|b|fi|fe|bel|fel|b-)\s*(?:day3et|day3it|day3a"
    r"|dayaa|qaryet|qaryat|7ayy|hay|mdinet|madinat)?"
    r"|home\s*town(?:\s+of)?|native\s+(?:town|village)|home\s+village"
    # a post at a named workplace: "is the head chef at the Taj", "a teacher at Oakwood Primary"
    r"|(?:chef|cook|teacher|manager|owner|caretaker|janitor|receptionist|barman|barmaid|bartender"
    r"|waiter|waitress|librarian|headteacher|principal|groundsman|bouncer|cashier|pharmacist)"
    r"\s+(?:at|of)"
    r"|(?:been|staying|stays|resides|detained|serving\s+time|inmate)\s+(?:at|in)"
    r"|(?:student|pupil|studies|studying|attends|enrolled|boarder)\s+(?:at|of)|attends"
    # "Her village, Bhorle in Rasuwa", "the family farm out past Otorohanga"
    r"|(?:her|his|their)\s+(?:home\s+)?(?:village|town|hamlet|island)[,:]?"
    r"|(?:family|their|his|her|own)\s+farm\s+(?:out\s+)?(?:past|beyond|near|outside|towards)"
    # Icelandic and the Nordic languages: "býr í Grímsey", "vinnur í frystihúsinu"
    r"|b[ýy]r\s+(?:[íi]|[áa])(?:\s+b[æa]num)?|b[úu]sett\w*\s+[íi]|vinnur\s+(?:[íi]|hj[áa]|[áa])"
    r"|asuu\s+osoitteessa|osoitteessa|aadressil|elab\s+aadressil|bor\s+p[åa]\s+adressen"
    # "Dweller of Barrio Los Pinos", "werkt als kassierster in de Colruyt van", "wohnhaft in"
    r"|dweller\s+of|werkt\s+als\s+\w+\s+(?:in|bij)|arbeitet\s+als\s+\w+\s+(?:in|bei)|wohnhaft\s+in"
    r"|works?\s+(?:\w+\s+){0,4}?(?:at|in|for|on)"
    r"|\b(?:plant|factory|mine|mill|shipyard|warehouse|depot|yard|site|(?<!head\s)office|store"
    r"|cannery|abattoir|sawmill|smelter|refinery|quarry|creamery|distillery|brewery"
    r"|distribution\s+cent(?:re|er)|superstore|supermarket|branch)\s+(?:in|at|on)"
    r"|arbetar\s+på|arbeider\s+på|arbejder\s+på|werkt\s+bij|arbeitet\s+bei|pracuje\s+w"
    r"|travaille\s+(?:comme\s+\w+\s+)?(?:chez|à\s+la|au)|lavora\s+(?:come\s+\w+\s+)?(?:presso|alla|al)|trabaja\s+en|zhiv[eё]t\s+v\s+(?:derevne|sele"
    r"|gorode|posyolke|posëlke)|bor\s+i|woont\s+(?:in|op|aan)|wohnt\s+in|mieszka\s+w"
    r"|caser[ií]o|vereda|anexo|comunidad\s+(?:de|campesina)|povoado|s[ií]tio|quilombo"
    r"|hameau\s+d(?:[eu]|es)|lieu-dit|frazione\s+di|aldea\s+de|pedan[ií]a\s+de|vilarejo\s+de"
    r"|povoado\s+de|(?:tiny|small|little|remote|sleepy)\s+(?:village|hamlet|town|island|parish"
    r"|townland)\s+(?:of|near|outside|close\s+to|just\s+outside)"
    r"|(?:cottage|farmhouse|croft|bungalow|homestead|caravan)\s+(?:at|on|in|near)"
    # "at the caravan park in Tathra", "gestisce il rifugio in fondo alla Val di Rabbi", "vende
    # tamales afuera del mercado de Coyoacán", "Employée de la scierie de Ouessé"
    r"|(?:caravan|trailer|holiday|mobile\s+home|RV)\s+park\s+(?:in|at|near|outside)"
    r"|camp(?:site|ground)\s+(?:in|at|near|outside)"
    r"|(?:shifts?|works?|working|serves?|pulls?\s+pints)\s+behind\s+the\s+(?:bar|counter|till)\s+(?:at|of|in)"
    r"|(?:gestisce|gestiva|gestiona|regenta|regentaba|administra|possiede)\s+(?:il|la|l['’]|un|una"
    r"|el|o|a|lo)\s*[\w'’]+(?:\s+[\w'’]+)?\s+(?:in\s+fondo\s+|al\s+fondo\s+|en\s+el\s+fondo\s+)?"
    r"(?:alla|al|a|in|di|del|della|de|en|em|no|na|sul|sulla|nel|nella|dello)"
    r"|vend(?:e|ía|ia|eva)\s+(?:[\w'’]+\s+){1,2}?(?:afuera\s+del?|fuera\s+del?|frente\s+al?|en\s+el"
    r"|en\s+la|na|no|em|al|davanti\s+al)\s+(?:mercado|plaza|feira|estaci[óo]n|mercato|tianguis"
    r"|pra[çc]a|terminal)\s+(?:de|do|da|di|del)"
    r"|employ[ée]e?\s+(?:de\s+la|du|de\s+l['’]|des|de|à\s+la|au)"
    r"|habite\s+(?:le|dans\s+le)\s+quartier"
    # a village, a tehsil, a mahalla by its name: "from village Khurrampur, tehsil Sohna"
    r"|\b(?:village|tehsil|taluka|taluk|mandal|upazila|thana|mauza|gram|mahalla|makhalla|aul"
    r"|kishlak|qishloq|barangay|purok|sitio|kampung|desa|kelurahan)"
    # a trader at a named market, a teacher at a named town's school: "Commerçant au marché
    # Sandaga", "institutrice à l'école communale de Jambes"
    # "Kassiererin in der Migros am Bahnhofplatz", "Verkäufer bei Aldi in"
    r"|\b(?:Kassierer\w*|Verk[äa]ufer\w*|Kellner\w*|B[äa]cker\w*|Metzger\w*|Friseu\w*|Lehrer\w*"
    r"|Erzieher\w*|Pfleger\w*|Fahrer\w*|Mechaniker\w*|Hausmeister\w*)\s+(?:in\s+der|im|bei\s+der"
    r"|bei|am|an\s+der)"
    r"|\b(?:commer[çc]ant\w*|vendeu(?:r|se)|marchand\w*|vendedor\w*|comerciante|venditore|trader"
    r"|vendor|stallholder|hawker)\s+(?:au|du|at|in|en|no|na|al|del|nel|sul|on)\s+(?:the\s+)?"
    r"(?:march[ée]|mercado|mercato|market|souk|bazaar)"
    r"|\b(?:institut\w+|enseignant\w*|professeur\w*|maestr[oa]|insegnante|profesor\w*|professor\w*"
    r"|teacher)\s+(?:à|a|al|en|na|no|nella|alla|at)\s+(?:l['’]|la\s+|the\s+)?(?:école|escuela|scuola"
    r"|escola|lycée|collège|colegio|school)\s+(?:\w+\s+){0,2}?(?:de|di|du|da|do|in|of)"
    # the South Slavic languages, Romanian and Bulgarian in Latin letters: "Bolnik iz Bovca",
    # "živi u Gospiću", "locuiește în comuna", "pacientka ot selo"
    r"|\b(?:bolnik|bolnica|bolnika|pacient|pacientka|pacijent|pacijentica|pacijentkinja|pacientul"
    r"|pacienta|pacientkata|pacientat|bolniyat|bolnata|[žz]ena|mo[šs]ki|mu[šs]karac|starac"
    r"|starica|de[čc]ak|djevoj[čc]ica|fant|dekle)\s+(?:iz|din|ot|od|sa)"
    r"|\b[žz]ivi\s+(?:sam[a]?\s+)?(?:v|u|na)|\b[žz]ivee\s+(?:sam[a]?\s+)?(?:v|na)"
    r"|\blocuie[șşs]te\s+(?:singur[aă]?\s+)?(?:în|la|pe)|\bdomiciliat[aă]?\s+(?:în|la)"
    r"|\b(?:zaposlen|zaposlena|radi|dela|raboti|lucreaz[aă])\s+(?:\w+\s+){0,3}?(?:v|u|na|pri|pod|la|în)"
    r"|\b(?:iz|od)\s+(?:sela|vasi|zaselka)|\bdin\s+(?:satul|comuna|ora[șşs]ul)|\bot\s+selo)"
    r"\s+(?:(?:the|la|el|o|a|der|die|das|het)\s+)?(?:(?-i:[a-zß-ÿ]+)\s+(?:of|de|do|da)\s+)?"
    r"(?:(?:tiny|small|little|rural|remote|nearby|local|coastal|sleepy|quiet)\s+)?"
)
_HOME_CUE = re.compile(rf"(?i:{_HOME_CUE_WORDS}$)")
# A place no list of ours knows, named where a home stands: "lives in Little Snoring".
_HOME_NAMED = regex.compile(
    rf"(?i:{_HOME_CUE_WORDS})(?-i:(\p{{Lu}}[\p{{L}}'’-]+(?:\s+(?:(?:de|del|da|do|of|van|von|di|la)\s+)?"
    rf"\p{{Lu}}[\p{{L}}'’-]+){{0,3}}))"
)
_STREET = re.compile(
    r"\b(?:Street|St|Avenue|Ave|Road|Rd|Lane|Drive|Boulevard|Blvd|Crescent|Terrace|Close|Grove"
    r"|Gardens|Row|Way|Court|Place)\.?$"
    # a street run into one word: "Kastanienallee", "Hauptstraße", "Storgatan", "Kerkstraat"
    r"|\w(?:allee|stra(?:ß|ss)e|weg|gasse|platz|damm|ufer|straat|laan|gracht|gatan|v[äa]gen"
    r"|gade|vej|veien|gata|sokak|sokağı|caddesi)$"
)
# A region is wider than a home: "grew up in the Nile delta".
_REGION_AFTER = re.compile(r"(?i:\s+(?:delta|valley|region|basin|belt|coast|province|state)\b)")
# "from Ballyvourney, plays for the local club": a history that opens on where they are from
_OPENS_FROM = re.compile(r"(?i:^\s*(?:originally\s+)?from\s+(?:the\s+)?$)")
# "from her village of Gashora": a place of one's own
_THEIR = re.compile(r"(?i:\b(?:his|her|their)\s+$)")
_KIND_OF_PLACE = re.compile(r"(?i:village|town|island|hamlet|parish|townland|district)\s+of\b")
_HYPOTHETICAL = re.compile(r"(?i:\b(?:hypothetical(?:ly)?|imagine|suppose)\b)")
# A place told with its size: "Lost Springs WY (pop. like 4 lol)", "Åsele, population under
# 3,000", "Chanaz (pop. ~500)".
_SMALL_PLACE = re.compile(
    r"(?i:[^.;]{0,12}?\(?\s*(?:pop\.?|population|habitants|abitanti|habitantes|Einwohner|inwoners"
    r"|anime|âmes|almas"
    r"|invånare)\s*(?:of\s+|like\s+|~|<|under\s+|about\s+|around\s+|approx\.?\s+|:\s*)?\d"
    # "Kisbágyon (about 400 people)", "a hamlet of 60 souls", "(~300 lakosú)"
    # "Kottapuram, a fishing hamlet of about 200 people"
    r"|[^.;]{0,6}?(?:,\s*(?:an?\s+)?(?:[\w-]+\s+){0,2}?(?:village|hamlet|town|settlement|community"
    r"|island|parish|commune|outstation)\s+(?:of\s+)?)?"
    r"\(?\s*(?:of\s+|about\s+|around\s+|approx\.?\s+|some\s+|~|<|under\s+|barely\s+"
    r"|only\s+|just\s+)?\d[\d,. ]{0,6}\s*(?:people|souls|residents|inhabitants|villagers|families"
    r"|households|lakos\w*|mieszka[nń]c\w*|obyvatel\w*|inv[aå]nare|innbyggere|indbyggere"
    r"|asukas\w*|habitantes|Einwohner\w*)"
    # "une quarantaine d'habitants", "una cincuentena de vecinos"
    r"|[^.;]{0,6}?,?\s*(?:une\s+|una\s+)?(?:dizaine|vingtaine|trentaine|quarantaine|cinquantaine"
    r"|soixantaine|centaine|decena|veintena|treintena|cuarentena|cincuentena|centena|decina|ventina"
    r"|trentina|quarantina|cinquantina|centinaio)\s+(?:d['’]\s*|de\s+|di\s+)(?:habitants|âmes"
    r"|vecinos|habitantes|abitanti|anime|familles|familias|famiglie)"
    # a place named as a village: "from Ambalappara village", "Glenmore township"
    r"|\s+(?:village|hamlet|township|settlement|kampung|kampong|barangay|barrio|townland))\b"
)
_HOME_NOTE = "a home town, street or workplace narrows the patient down: write 'a rural area'"


_GEOGRAPHY = re.compile(
    r"\s(?:Valley|River|Mountains?|Lakes?|Desert|Coast|Delta|Basin|Islands?|Peninsula|Highlands"
    r"|Plains?|Sea|Gulf|Bay|Strait|Range|Hills|Forest|Region|Province|County|District|Mines"
    r"|Falls|Springs|Heights|Alps|Dales|Moors|Fens|Downs|Wolds|Lowlands)$"
    r"|^(?:Lake|Mount|Mt\.?|River|Gulf\s+of|Bay\s+of|Sea\s+of|Cape|Isle\s+of|Lac|Rio|Monte"
    r"|Metro|Greater)\s"
)
# A region too wide to be a home: "grew up in the Nile Delta"
_WIDE_REGION = re.compile(
    r"\s(?:Valley|Delta|Basin|Region|Coast|Plains?|Highlands|Lowlands|Range|Desert|Belt|Province)$"
)
_GCS = re.compile(r"E\d\s?V\d\s?M\d")  # a Glasgow Coma Scale, not a Canadian postcode
_BILLING = re.compile(r"\b(?:CPT|HCPCS|ICD-?(?:9|10|11)(?:-CM|-PCS)?|billing\s+codes?)\b")


def within_places(text: str, hits: list[Hit]) -> list[Hit]:
    """A name that begins a place's or a facility's ("San Joaquin Valley", "Atkinson Morley's
    Hospital") is read as the place; a five-digit number among billing codes is no ZIP."""
    hits = [
        Hit("place", h.start, h.end)
        if h.kind == "name" and _GEOGRAPHY.search(text[h.start : h.end])
        else h
        for h in hits
    ]
    hits = [h for h in hits if h.kind != "place" or not in_known_phrase(text, h.start, h.end)]
    places = [h for h in hits if h.kind in ("place", "facility")]
    billing = bool(_BILLING.search(text))
    return [
        h
        for h in hits
        if not (h.kind == "name" and any(p.start <= h.start and h.end < p.end for p in places))
        and not (h.kind == "zip" and (billing or _GCS.fullmatch(text[h.start : h.end])))
    ]


def homes(text: str, field: str, hits: list[Hit]) -> list[Hit]:
    """Places that are the patient's home or work block: a street in the patient's own
    fields, and a place after "pt from", "lives in", "student at" in any field but the
    contributor's and the citations'."""
    base = field_base(field)
    # "the school nurse at Bramley Green Junior School, where the patient is in Year 4"
    hits = [
        Hit("address", h.start, h.end, _HOME_NOTE)
        if h.kind in ("place", "facility")
        and (told := _WHERE_THEY_ARE.match(text, h.end))
        # in a credit "he" is as likely the contributor
        and (base != "credit" or told.group("who").lower() not in ("she", "he", "they"))
        else h
        for h in hits
    ]
    if base in ("credit", "references"):
        return hits
    own = base in PATIENT_FIELDS
    if _HYPOTHETICAL.search(text):
        return hits  # "Hypothetically: a coal miner from Silesia and a quarry worker from ..."
    hits = hits + list(_unlisted_homes(text))
    return [
        Hit("address", h.start, h.end, _HOME_NOTE)
        if h.kind in ("place", "facility") and _SMALL_PLACE.match(text, h.end)
        else Hit("address", h.start, h.end, _HOME_NOTE)
        if h.kind == "place"
        and not _REGION_AFTER.match(text, h.end)
        and not _WIDE_REGION.search(text[h.start : h.end])
        and (
            (own and (_STREET.search(text[h.start : h.end]) or _OPENS_FROM.search(text[: h.start])))
            or _HOME_CUE.search(text[: h.start])
            or (_THEIR.search(text[: h.start]) and _KIND_OF_PLACE.match(text, h.start))
        )
        else h
        for h in hits
    ]


_WHERE_THEY_ARE = re.compile(
    r"(?i:[,;]?\s*(?:\(\s*)?where\s+(?:the\s+|our\s+|this\s+)?(?P<who>patient|pt|girl|boy|child"
    r"|lady|man|woman|she|he|they)\s+(?:is|was|lives|lived|works|worked|attends|attended|studies"
    r"|boards|goes|went|plays|played|teaches|taught)\b)"
)


# Where the patient came from in the hospital, not in the world: "pt from Resus", "from ED".
_UNITS = words("""
    ward wards resus theatre theatres recovery icu itu hdu ed er a&e casualty radiology clinic
    outpatients outpatient triage majors minors maternity nicu picu ccu the a an our their his her
""")


# A school or a home named after its word, as Dutch, German, the Nordic and Romance languages
# write them: "basisschool De Regenboog", "verpleeghuis De Linde", "Grundschule Am Park".
_NAMED_HOME = regex.compile(
    r"(?i:\b(?:verpleeghuis|verzorgingshuis|basisschool|middelbare\s+school|Grundschule|Gymnasium"
    r"|Realschule|Pflegeheim|Altersheim|Seniorenheim|plejehjem|sykehjem|äldreboende|hoitokoti"
    r"|palvelutalo|skole|skola|koulu|escuela|colegio|escola|école|scuola|liceo|residencia"
    r"|asilo|lar|EHPAD|maison\s+de\s+retraite|casa\s+di\s+riposo|woonzorgcentrum|wzc|rusthuis"
    r"|serviceflat|zorgcentrum)\s+)"
    r"((?:(?:De|Het|La|El|Die|Der|Den|Le|Les|Il|Lo|O|A|Am|An|Im|St\.?)\s+)?\p{Lu}[\p{L}'’-]+"
    r"(?:\s+\p{Lu}[\p{L}'’-]+){0,2})"
)
# After a home's cue, the first name in the same clause: "vive en el tráiler 12 del parque
# Las Palmas en Pharr".
_HOME_LATER = regex.compile(
    r"(?i:\b(?:(?:(?:he|she)['’]s\s+from|comes\s+from|does\s+(?:nights|shifts|days)\s+at"
    r"|who\s+plays\s+(?:\w+\s+){0,2}at|farms)\s+|(?:lives|living|vive|mora|wohnt|woont|bor|asuu|works|working"
    r"|worked|employed|habite"
    r"|vit|travaille|lavora|abita|trabaja|trabalha)\s+(?:in|en|em|på|i|op|at|on|à|a|au|dans|na|no"
    r"|nel|nella|presso)\s+))"
    r"(?:[\p{Ll}\d][\p{L}\d'’-]*\s+){1,6}?"
    r"(?:(?:behind|near|beside|opposite|next\s+to|outside|by|sopra|sotto|vicino\s+a|près\s+de"
    r"|au-dessus\s+de|cerca\s+de|junto\s+a|à|a|di|de|du|at|in)\s+)?"
    r"(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})"
)


# A school or a workplace named before its word: "Elev ved Vinstra ungdomsskole", "the
# Kyogle sawmill worker", "cocinero de la cevichería «El Muelle de Pucusana»".
_NAME_BEFORE_ITS_KIND = regex.compile(
    r"(?<!^)(?<![.!?]\s)(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)\s+(?i:\w*skole|\w*skola"
    r"|\w*skolan|\w*koulu|\w*koulun|\w*gymnasiet|iskola|iskol[aá]ba|szko[lł][aąy]|[sš]kol[ay]"
    r"|liceum|gimn[aá]zium)\b"
    r"|\b(?!(?:The|A|An|Our|This|That)\s)(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)\s+(?i:sawmill|mill|quarry|mine|abattoir"
    r"|meatworks|factory|cannery|brewery|dairy|smelter|refinery|shipyard|colliery|depot|warehouse"
    r"|feedlot|piggery|winery|vineyard|orchard|bakery|pub|hotel)\s+(?i:worker|hand|employee"
    r"|operator|labou?rer|foreman|manager|cook|owner|driver|fitter|apprentice)\b"
    r"|(?i:\b\w+er[ií]a|\b\w+[aă]ria|\b\w+[aă]rie|\brestaurante?|\bcaf[eé]|\bcafeter[ií]a|\btienda|\bbar|\bhotel|\bhostal"
    r"|\btaller|\bf[aá]brica|\bempresa|\bpub|\bshop|\bbakery|\bgarage|\bsklep|\bpiekarni\w*"
    r"|\brestauracj\w*|\bobchod\w*|\bpek[aá]rn\w*|\b[eé]tterem\w*|\bbolt\w*|\bbutik\w*"
    r"|\bbageri\w*|\bravintola\w*|\bleipomo\w*|\bbrut[aă]ri\w*|\bmagazin\w*|\bpekar\w*"
    r"|\btrgovin\w*|\bkafi[cć]\w*|\bkavan\w*|\bfirm\w*|\bkepykl\w*|\bparduotuv\w*|\bmaizn[iī]c\w*"
    r"|\bveikal\w*|\bpagari\w*|\bkauplus\w*|\bfarm[aă]ci\w*|\bfabric\w*|\btovarn\w*)\s+"
    r"[«\"“„‘']((?-i:\p{Lu})[^»\"”’']{2,40})[»\"”’']"
    # a village or an island named before or after its word in the Baltic, Romanian and South
    # Slavic languages: "iš Kaniūkų kaimo", "Lemsi külas", "Kihnu saarel", "satul Ciugud"
    r"|(?<![.!?]\s)\b((?-i:\p{Lu})\p{L}+)\s+(?i:kaim\w*|ciem\w*|k[üu]la\w*|saar\w*|vald\w*|pagast\w*"
    r"|seni[uū]nij\w*|sala|salo[jsn]\w*|sal[aą]\b)"
    r"|(?i:\b(?:satul|comuna|comunei|selu|selo|sela|zaselak\w*|vasi|vas|otok\w*|insula|fshat(?:i|in|it)"
    r"|ir-ra[ħh]al\s+ta['’])\s+)((?-i:\p{Lu})\p{L}+)"
    # "From Toco village and works at the depot": a village by its name, then its word
    r"|(?<=\b(?i:from|in|of)\s)(\p{Lu}[\p{L}'’-]+)\s+(?:village|hamlet|settlement|township)\b"
    # "Ngalwunya outstation ranger": an outstation is a handful of families
    r"|\b(\p{Lu}[\p{L}'’-]+)\s+(?i:outstation|homeland\s+community)\b"
    # a farm or an alp by its name in German: "Bäuerin vom Hof Bodmen", "auf der Alp Sürenen"
    r"|\b(?:vom|auf\s+dem|dem|am|auf\s+der|der)\s+(?:Hof|Gehöft|Weiler|Alp|Alm|Maso)\s+"
    r"(\p{Lu}[\p{L}'’-]+)"
    # a named farm: "found in the grain silo at Hollins End Farm"
    r"|\b((?:\p{Lu}[\p{L}'’-]+\s+){1,3})(?:Farm|Ranch|Croft|Homestead|Estate\s+Farm)\b"
    # a Turkish firm: "Kaya Kalıp A.Ş.'de", "Demir Tekstil Ltd. Şti."
    r"|\b(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,3})\s+(?:A\.Ş\.|Ltd\.?\s*Şti\.?)"
)


# A house number after "lives at", whatever the street's language: "lives at no. 12 rue des
# lilas", "resides at 4 Calle Luna".
# A village, a ward or a farm by its word in Swahili, Kinyarwanda, Zulu, Xhosa, Luganda,
# Afrikaans, German and Dutch: "kijiji cha Nyamilama", "umudugudu wa Rugarama", "kwilali
# yaseNgqeleni", "op die plaas Rietfontein", "e-stand 2241", "auf dem Kreuzhof"
_HOME_BY_ITS_WORD = regex.compile(
    r"(?i:\b(?:kijiji\s+cha|kata\s+ya|mtaa\s+wa|kitongoji\s+cha|u?mudugudu\s+wa|a?kagari\s+ka"
    r"|u?murenge\s+wa|ekyalo\s+ky['’]e|ku\s+kyalo|kwilali|elalini|kumzi|emzini|(?:op\s+)?die\s+plaas"
    r"|e-?stand|plot\s+(?:no\.?\s*)?"
    # and German and Dutch: "im Weiler Hinterbrand", "in het gehucht Kerkhove"
    r"|im\s+(?:Weiler|Ortsteil|Dorf|Gehöft)|in\s+(?:het\s+)?(?:gehucht|dorp|buurtschap)"
    r"|op\s+(?:de\s+)?boerderij)\s*(?:yase|wakwa|kwa|ese|sase|e)?)(?-i:(\p{Lu}[\p{L}'’-]+|\d{2,5}))"
    r"|(?i:\b(?:lebt|wohnt|wohnhaft|woont)\b[^.;]{0,30}?\bauf\s+dem\s+)"
    r"(?-i:(\p{Lu}\w*(?:hof|gut|mühle|hütte|alm)))"
)
# "lives in villa 23, street 7", "the labour camp in Mussafah block M-14": a dwelling by its number
_HOME_UNIT = regex.compile(
    r"(?i:\b(?:lives|living|lived|resides|residing|stays|staying)\s+in\s+(?:a\s+|the\s+)?"
    # "lives in the shipyard company dormitory, building B room 311"
    r"(?:(?:[\w-]+\s+){0,3}?(?:dormitory|dorm|hostel|barracks|quarters|compound|complex)[,\s]+)?)"
    r"((?i:villa|flat|apartment|apt|house|room|plot|stand|erf|block|building|compound)\s+"
    r"[A-Z]?-?\d{1,4}[A-Z]?(?:,\s*(?i:street|st|road|rd|block|sector|lane)\s+\d{1,4})?)"
    r"|(?i:\b(?:labou?r|workers['’]?|worker)\s+camp\b[^.;\n]{0,40}?)((?i:block|building|camp)\s+"
    r"[A-Z]?-?\d{1,4}[A-Z]?)"
)
# A home in Hindi, Urdu, Bengali and Marathi typed in Latin letters: a name before its word
# ("Patil chawl", "Rampur basti", "Dakshinpara"), or before "mein rehte hain" (lives in)
_SOUTH_ASIAN_HOME = regex.compile(
    r"\b(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)\s+(?i:chawl|chaal|basti|mohall?a|mohallah"
    r"|wadi|gali|galli|gaon|pind|tola|dhani|kuche|kucha|goth|mauza|abadi)\b"
    r"|\b(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})\s+(?:mein|me|main|te|e|ey)\s+"
    r"(?:rehte|rehti|rehta|rahte|rahti|rahta|rehnda|rehndi|rahatat|rahato|rahate|thaken|thake|thakte)\b"
)
_LIVES_AT_NUMBER = regex.compile(
    r"(?i:\b(?:lives|living|lived|resides|residing|home\s+is)\s+(?:at|on)\s+(?:no\.?\s*|number\s+"
    r"|n[º°]\s*|#\s*)?)(\d{1,4}[a-z]?,?\s+\p{L}[\p{L}'’-]*"
    r"(?:\s+(?!(?:with|and|in|near|for|since|of|her|his|their|alone)\b)\p{L}[\p{L}'’-]*){0,3})"
)


# A street with its house number in Romanian, the South Slavic and the Baltic languages:
# "strada Morilor nr. 7", "Ulica Kralja Tomislava 12", "Brīvības iela 5", "Pärnu mnt 10".
_STREET_ELSEWHERE = regex.compile(
    # Greek in Latin letters and Maltese: "stin odo Ermou 42", "Triq il-Kbira numru 15"
    r"(?i:\b(?:strada|str\.|ulica|ul\.|cesta|bulevardul|bd\.|calea|aleea|trg|gatv[eė]|g\.|odo[sus]?"
    r"|leof[oó]ros|leof\.|triq)\s+)"
    r"((?:(?i:i?[lsxżztnrdċc])-)?(?-i:\p{Lu})[\p{L}'’-]+(?:\s+(?-i:\p{Lu})[\p{L}'’-]+){0,2}\s*"
    r"(?i:nr\.?|br\.?|[sš]t\.?|numru|no\.?|ar\.?)?\s*\d{1,4}\w?)"
    r"|\b((?-i:\p{Lu})[\p{L}'’-]+\s+(?i:iela|gatv[eė]|t[aä]nav|mnt|maantee|pst|puiestee)\s+\d{1,4}\w?)"
    # a street run into one word after "lives on": "woont aan de Kerkstraat", "wohnt in der
    # Lindenstraße 4", "bor på Storgatan"
    r"|(?i:\b(?:woont|wohnt|bor|bur|asuu|lives|living)\s+(?:aan\s+de|in\s+de|in\s+der|an\s+der|auf\s+der"
    r"|på|i|on)\s+)((?-i:\p{Lu})\w*(?:straat|weg|laan|gracht|plein|kade|dijk|steeg|stra(?:ß|ss)e|gasse"
    r"|allee|platz|gatan|v[äa]gen|gade|vej|veien|gata|katu|tie)(?:\s+\d{1,4}\w?)?)"
)


# A spot named beside a landmark in a named place: "the bus shelter opposite the Red Lion in
# Upper Slaughter", "the house with the blue door next to the Co-op in Portree".
_BESIDE_A_LANDMARK = regex.compile(
    r"(?i:\b(?:opposite|next\s+(?:door\s+)?to|beside|behind|across\s+from|around\s+the\s+corner"
    r"\s+from|above|over|outside|in\s+front\s+of|round\s+the\s+back\s+of)\s+the\s+)"
    r"((?-i:\p{Lu})[\p{L}'’.-]+(?:\s+(?-i:\p{Lu})[\p{L}'’.-]+){0,3}\s+(?i:in|on|at|of)\s+"
    r"(?-i:\p{Lu}\p{Ll})[\p{L}'’-]*(?:\s+(?-i:\p{Lu})[\p{L}'’-]+){0,2})"
)


def _unlisted_homes(text: str) -> Iterator[Hit]:
    for match in _BESIDE_A_LANDMARK.finditer(text):
        named = match.group(1).split()
        if all(fold(w) in PLAIN_WORDS or fold(w) in EPONYMS for w in named if w[0].isupper()):
            continue
        yield Hit("address", match.start(1), match.end(1), _HOME_NOTE)
    for match in _STREET_ELSEWHERE.finditer(text):
        group = next(g for g in (1, 2, 3) if match.group(g))
        yield Hit("address", match.start(group), match.end(group), _HOME_NOTE)
    for match in _LIVES_AT_NUMBER.finditer(text):
        yield Hit("address", match.start(1), match.end(1), _HOME_NOTE)
    for match in _HOME_BY_ITS_WORD.finditer(text):
        group = 1 if match.group(1) else 2
        yield Hit("address", match.start(group), match.end(group), _HOME_NOTE)
    for match in _SOUTH_ASIAN_HOME.finditer(text):
        group = 1 if match.group(1) else 2
        if all(fold(w) in PLAIN_WORDS or fold(w) in EPONYMS for w in match.group(group).split()):
            continue
        yield Hit("address", match.start(group), match.end(group), _HOME_NOTE)
    for match in _HOME_UNIT.finditer(text):
        group = 1 if match.group(1) else 2
        yield Hit("address", match.start(group), match.end(group), _HOME_NOTE)
    for match in [*_NAMED_HOME.finditer(text), *_HOME_LATER.finditer(text)]:
        named = match.group(1).split()
        if named[0].isupper() or all(fold(w) in PLAIN_WORDS for w in named):
            continue
        yield Hit("address", match.start(1), match.end(1), _HOME_NOTE)
    for match in _NAME_BEFORE_ITS_KIND.finditer(text):
        group = next(g for g in range(1, _NAME_BEFORE_ITS_KIND.groups + 1) if match.group(g))
        named = match.group(group).split()
        if named[0].isupper() or all(fold(w) in PLAIN_WORDS for w in named):
            continue
        yield Hit("address", match.start(group), match.end(group), _HOME_NOTE)
    for match in _HOME_NAMED.finditer(text):
        named = match.group(1).split()
        first = fold(named[0])
        # "IES Sierra de Guara", "SM City North EDSA": a named place may begin with capitals
        capitals = named[0].isupper() and not (
            (named[0] in _SCHOOL_INITIALS and len(named) > 1) or len(named) >= 3
        )
        if first in _UNITS or capitals or all(fold(w) in PLAIN_WORDS for w in named):
            continue  # "from Resus", "from ED", "lives in Wales", "from South East Asia"
        if _REGION_AFTER.match(text, match.end(1)) or _GEOGRAPHY.search(match.group(1)):
            continue  # "grew up in the Nile delta", "from the Rift Valley region"
        yield Hit("address", match.start(1), match.end(1), _HOME_NOTE)


# Schools by their initials: "IES Sierra de Guara", "CEIP Sant Jordi", "EB 2,3 de Vila Verde".
_SCHOOL_INITIALS = frozenset({"IES", "CEIP", "CEI", "CP", "EB", "EBI", "ESO", "IPE", "CIFP", "HS"})


# Someone in the disaster, not those it touched: "one of the survivors", "she was".
_ONE_OF_THEM = re.compile(
    r"(?i:\b(?:one\s+of\s+the|a\s+survivor|the\s+only|she|he|his|her|pt|patient|this\s+(?:man"
    r"|woman|boy|girl|child)|admitted|presented|brought\s+in)\b)"
)
_EXPIRY = re.compile(
    r"(?i:\b(?:exp|expiry|expires|expiration|use\s+by|best\s+before|mfg|mfd)\.?\s*[:=]?\s*$)"
)
# Disasters known by their place alone: "the Fukushima disaster", "after Chernobyl".
_FAMOUS_DISASTER = re.compile(
    r"(?i:\b(?:chernobyl|tjernobyl\w*|tschernobyl|czarnobyl\w*|tchernobyl|fukushima|hiroshima|nagasaki"
    r"|bhopal|three\s+mile\s+island|goi[aâ]nia"
    r"|seveso|minamata|halabja|titanic|hindenburg)\b)"
)
# A scan's own date, and a recent time that is the patient's: the date of care, wherever told.
_A_SCANS_DATE = re.compile(
    r"(?i:\b(?:scan|study|exam(?:ination)?|ct|mri|mr|radiograph|film|x-?ray|ultrasound|pet(?:-ct)?"
    r"|images?|admission)\s+(?:of|on|from|dated|taken\s+on)\s*$)"
)
_THE_PATIENTS_TIME = re.compile(
    r"(?i:['’]s\s+(?:trauma|resus|call|scan|ct|mri|admission|take|stroke\s+call|code))"
)
# Words in quotes are the tattoo's or the label's, not the sentence's own time.
_QUOTED = re.compile(r"['‘\"“«][^'’\"”»\n]{2,60}['’\"”»]")
_NUMERIC_DATE = re.compile(
    r"\d{1,2}([./-])\s?\d{1,2}\1\s?(?:19|20)\d\d|(?:19|20)\d\d([./-])\d{1,2}\2\d{1,2}"
)


# The case shown at a meeting: its dates and city are the meeting's, whatever word for
# "presented" the sentence uses (German "vorgestellt" also means a patient presenting).
_SHOWN_AT_A_MEETING = re.compile(
    r"(?i:\b(?:vorgestellt|pr[äa]sentiert|gezeigt|presented|shown|pr[ée]sent[ée]e?|presentad[oa]"
    r"|presenterades|presenterad|presentert|pr[æa]senteret|esiteltiin|vist|visades"
    r"|apresentad[oa]|presentat[oa]|przedstawion\w*|zaprezentowan\w*)\s+(?:\w+\s+){0,3}?"
    r"(?:beim|bei\s+der|auf\s+dem|auf\s+der|at\s+the|at|au|à\s+la|en\s+el|no|na|al|alla|p[åa])\s+"
    r"(?:\d+\.\s+)?(?:\w+\s+){0,3}?\w*(?:kongress|kongres|congress|congr[eè]s|congreso|congresso"
    r"|tagung|symposium|meeting|konferencj\w*|conference|jornadas?|RSNA|ECR|ESR|ARRS|UKIO"
    r"|veckan|dagene|dagarna|p[äa]iv[äa]t|kongressi)\w*)"
)


_BORN_ON = re.compile(
    r"(?i:\b(?:born|dob|d\.o\.b\.?|date\s+of\s+birth|nar\.|narozen\w*|naroden\w*|sz[üu]l\.|sz[üu]letett"
    r"|geb\.|geboren|gebuer|gebuer\s+de|n[ée]e?\s+le|nacid[oa]|nat[oa]|urodzon\w*|ur\.|f[øo]dt|f[öo]dd|syntynyt"
    r"|do[ğg]\.?\s*tar\.?|do[ğg]um\s+tarihi|nold[ae]h?|nolad|gennith\w*|tsnv\w*(?:\s+e)?"
    r"|seinengappi|saengnyeonworil|saeng-?il|tanj[oō]u?bi|ch[uū]sh[eē]ng\s+r[iì]q[iī]"
    r"|ceot1\s+sang1\s+jat6\s+kei4)\s*:?\s*"
    r"(?:on\s+|be-?|ba-?|stis\s+)?$)"
)


# A day that comes round each year is no one's: "from 1 June to 15 September each year".
_YEARLY_AFTER = regex.compile(
    r"(?:\s*(?:to|until|till|through|-|–)\s*(?:\d{1,2}\s+\p{L}+|\p{L}+\s+\d{1,2}))?,?\s+"
    r"(?:(?:each|every)\s+(?:year|summer|winter|spring|autumn)|annually|yearly)\b"
)
_YEARLY_BEFORE = regex.compile(
    r"\b(?:(?:each|every)\s+year|annually|yearly)\s+(?:on|from|between|in)\s+(?:the\s+)?$"
)


def of_the_world(text: str, field: str, hit: Hit) -> bool:
    """Whether a finding belongs to the world rather than the patient: a meeting's or a
    guideline's date, a disease's geography, an event of history or of the news by its year.
    The patient's own fields (history, findings, alt text) admit fewer of these."""
    base = field_base(field)
    told = text[hit.start : hit.end]
    if hit.kind == "date" and _BORN_ON.search(text, max(0, hit.start - 24), hit.start):
        # "Pacientka nar. 1. 5. 1949": a birth date, however long ago; but a century ago
        # beside a figure of history, the figure's: "Born 28 August 1919: Godfrey Hounsfield"
        return bool(CENTURY_AGO.search(told) and names_a_figure(text))
    if (
        hit.kind == "date"
        and base not in PATIENT_FIELDS
        and regex.search(r"\d", told)
        and _WORLD_DATE.search(text, max(0, hit.start - 60), hit.start)
        and not _ABOUT_THE_PATIENT.search(text, max(0, hit.start - 60), hit.end)
    ):
        return True  # "Radiologické dny se letos konají 10.–12. října": split by its full stops
    if hit.kind == "date" and _EXPIRY.search(text, max(0, hit.start - 14), hit.start):
        return True  # "contrast lot 4829173, exp 2026-08": the vial's, not the patient's
    if hit.kind == "date" and _DOCUMENT_DATE.search(text, 0, hit.start):
        return True  # "the national TB screening guideline (revised 1 July 2022)"
    if (
        hit.kind == "date"
        and not regex.search(r"(?:19|20)\d\d", told)
        and (_YEARLY_AFTER.match(text, hit.end) or _YEARLY_BEFORE.search(text, 0, hit.start))
    ):
        return True  # "the midday work ban runs from 1 June to 15 September each year"
    # an event spans its own sentence, which full stops in "18 y.o." do not end
    sentence = told if hit.kind == "specific_event" else sentence_at(text, hit.start)
    # a figure's first patient long ago: "... the first patient was scanned at Atkinson
    # Morley's Hospital in 1971"
    if LONG_PAST.search(sentence) and (names_a_figure(text) or names_a_known_person(text)):
        return True
    # (a town by its state's code is a town: "outside Churchill, MB")
    if (
        hit.kind in ("place", "facility")
        and names_a_known_person(sentence)
        and not re.search(r",\s*[A-Z]{2,3}$", told)
    ):
        return True  # "Richard III's skeleton, dug up under a Leicester car park"
    if (
        hit.kind != "identifying_feature"  # "the scar from the acid attack that made the papers"
        and (
            base not in PATIENT_FIELDS
            or (_COHORT.search(sentence) and not _SOMEONE.search(sentence))
        )
        and _A_YEAR.search(sentence)
        and _DISASTER.search(sentence)
        and not _ONE_OF_THEM.search(sentence)
    ):
        # "After the 26 December 2004 tsunami, ... reported in survivors"; in a patient's
        # field only of many: "Après le séisme du 12 janvier 2010, les hôpitaux ont vu ..."
        return True
    if _SHOWN_AT_A_MEETING.search(text, max(0, hit.start - 100), hit.start):
        return True  # "Vorgestellt beim Röntgenkongress, 8.–10. Mai 2024 in Wiesbaden"
    if _ABOUT_THE_PATIENT.search(sentence):
        return False
    if hit.kind == "recency":
        # "The ESSR annual meeting will be held in Porto this year": the meeting's time
        world = _MEETING.search(sentence) or _WORLD_DATE.search(sentence)
        return base not in PATIENT_FIELDS and bool(world)
    if base == "references" and hit.kind in (*WORLDLY_KINDS, "zip"):
        # a citation's date and publisher's city ("Ir Med J. 2018 Jun 14"), and the events
        # and trades its title studies ("Neuroimaging in neurotoxic snakebite envenoming")
        return True
    story = base in PATIENT_FIELDS
    if (
        hit.kind in _EVENTS
        and _FAMOUS_DISASTER.search(sentence)
        and not _ONE_OF_THEM.search(sentence)
    ):
        return True  # "thyroid cancers rose in children after the Chernobyl accident in 1986"
    if hit.kind in _EVENTS and LONG_PAST.search(sentence):
        return True  # "Cyclone Tracy flattened Darwin on Christmas Day 1974"
    if hit.kind in _EVENTS and not story and not holds_a_role(told):
        # "After the 2010 Haiti earthquake ...", "Snakebite season in KwaZulu-Natal"; not "the
        # captain of the side that won the 2021 Copa América"
        return bool(
            _A_YEAR.search(sentence)
            or _HAZARD_SEASON.search(sentence)
            or _COMMON_THERE.search(sentence)
            or _FAMOUS_DISASTER.search(sentence)
        )
    if hit.kind in _TOLD_OF_PEOPLE:
        # only history told as such: a tattoo may read "Mum 1962", or "Forza Toro 1906"
        around = _QUOTED.sub(" ", sentence.replace(told, " "))
        return bool(_HISTORICAL.search(around) or CENTURY_AGO.search(around))
    # A sentence set long ago, in any field: "1 October 1971, the first clinical CT head scan,
    # at Atkinson Morley's Hospital in London".
    # ... but a whole numeric date in the patient's own story is a birth date: "seen, DOB
    # 02/09/1961"
    whole_date = story and hit.kind == "date" and _NUMERIC_DATE.fullmatch(told)
    if hit.kind == "date" and (
        _A_SCANS_DATE.search(text, max(0, hit.start - 40), hit.start)
        or _THE_PATIENTS_TIME.match(text, hit.end)
    ):
        return False  # "Answer reveal: the scan of 11.09.2023", "Poll: this morning's trauma call"
    if (LONG_PAST.search(sentence) and not whole_date) or _HISTORICAL.search(sentence):
        return True
    if hit.kind != "date":
        if not story and _FROM_TO.search(sentence):
            return True
        world = (_GEOGRAPHY_OF_DISEASE if story else _WORLD_PLACE).search(sentence)
        return bool(world or _MEETING.search(sentence))
    if _SEASONS_OF_THE_YEAR.fullmatch(told):
        return True  # "During Ramadan, how should we schedule contrast studies?"
    if (
        not story
        and _HOLIDAY.search(sentence)
        and not _HOLIDAY.search(told)
        and _DATED.search(told)
    ):
        return True  # "Bonfire Night firework burn (5 November)": the holiday's own date
    if _HOLIDAY.search(sentence) and _EVERY_YEAR.search(sentence):
        return True  # "Every 5 November, Bonfire Night brings a wave of hand injuries"
    if not story and _A_YEAR.search(sentence) and _DISASTER.search(sentence):
        return True  # "After the 2004 Boxing Day tsunami, 'tsunami lung' was described"
    if not _DATED.search(told):
        # a relative date is someone's recent news, unless it is the meeting's: "Journal club
        # tonight 7pm"
        return bool(_MEETING.search(sentence))
    if story:
        # "dengue season peaks in April", "per NICE NG232 (May 2023)", a webinar's date
        seasonal = BARE_MONTH.match(told) and _SEASON.search(sentence)
        return bool(seasonal or _MEETING.search(sentence) or _GUIDELINE.search(sentence))
    bare = base in _WORLD_FIELDS and BARE_MONTH.match(told)
    return bool(bare or _WORLD_DATE.search(sentence) or _MEETING.search(sentence))
