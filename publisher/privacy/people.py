"""Names with no cue, and the named figures of medicine who are not patients.

The rules in ``names`` read capitalised words. People also write names in lower case
("pt is magnus lindqvist", "kwame's knee"), and the names of many origins are in no list.
Following Philter, a word that is neither ordinary English (by word frequency, from
``wordfreq``) nor medicine is suspect when it stands where a name stands: beside another
such word, opening a sentence before a verb, after a cue, or possessive.

The opposite error: "Thomas Hodgkin described the disease in 1832" names a physician
of the past, not a patient; a name of the history of medicine, told as history, passes.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import lru_cache
from itertools import pairwise

import regex

from .dates import MONTH_BESIDE_A_NUMBER
from .findings import Hit
from .frequency import derived, zipf
from .languages import (
    CENTRAL_ASIAN_WORDS,
    CHINESE_WORDS,
    FUNCTION_WORDS,
    GREEK_HEBREW_ARMENIAN_WORDS,
    JAPANESE_KOREAN_WORDS,
    OTHER_LANGUAGES,
    SOUTHEAST_ASIAN_WORDS,
    chinese_romanised,
    foreign_text,
    foreign_word,
    japanese_or_korean,
    vietnamese,
)
from .lexicon import CITIES, COMMON_WORDS, PLAIN_WORDS
from .namelists import FIRST_NAMES, SURNAMES
from .names import PERSON_WORDS, RELATIONS, filed_eponym, find_names
from .normalise import CENTURY_AGO, LONG_PAST, fold, sentence_at, words
from .vocabulary import ACRONYMS, EPONYM_HEADS, EPONYMS, MEDICAL_WORDS

_KNOWN = PLAIN_WORDS | MEDICAL_WORDS | EPONYMS | EPONYM_HEADS | CITIES
# The words of medicine's own hashtags: "#RadRes", "#Paeds", "#FOAMed".
_HASHTAG_WORDS = words("""
    radres paeds peds meded foamed foamrad neurorad neurorads msk msktwitter medtwitter
    radtwitter radiologytwitter ortho orthotwitter emergencymedicine emtwitter pedsrad
    ctchest ctkub mri ultrasound usg sonography radiograph xray radiology rads radiopaedia
    medstudent medstudents radonc nucmed irad intrad neuroimaging cardiacrad breastrad
    chestrad abdrad gastrorad gurad headneck entrad tbt throwback mondaymotivation onc oncology
    kia ora namaste salaam aloha hola bonjour ciao shalom selamat
    caz cazul cazuri saptamanii saptamana slucaj slucaja primjer tjedna utorak ponedjeljak srijeda
    cetvrtak petak torek sreda cetrtek atvejis mokomasis savaites pirmadienis antradienis
    treciadienis ketvirtadienis penktadienis gadijums nedelas pirmdiena otrdiena tresdiena
    ceturtdiena piektdiena juhtum nadala esmaspaev teisipaev kolmapaev neljapaev reede toraks
    radiologija radiologie radiologia imagistica
    lundi mardi mercredi jeudi vendredi samedi dimanche casdujour
    caudaequina cauda equina redflags placenta accreta increta percreta previa
    pondelni utery ctvrtecni patecni pondelok utorok stvrtok piatok hetfoi keddi szerdai
    csutortoki penteki eset kviz kwiz srodowy poniedzialkowy wtorkowy czwartkowy piatkowy
    ultrazvukovy kazuistika zlomenina radiologia radiologie
    radjologija tagħlim taghlim mediku medika kaz radiologji mjekesia mjekesi urgjente rasti
""")
# Word endings of medicine and of English derivation: such a word is no name.
_NOT_NAME_ENDINGS = (
    "osis", "itis", "oma", "omas", "ectomy", "otomy", "ostomy", "plasty", "graphy", "gram",
    "scopy", "lith", "thesis", "cele", "emia", "aemia", "uria", "pathy", "plasia", "trophy",
    "genic", "cyte", "cytes", "blast", "oid", "ase", "ism", "ology", "ologist", "iasis", "algia",
    "ectasis", "ptysis", "rrhoea", "rrhea", "penia", "philia", "lysis", "esis", "ular", "ical",
    "ative", "ally", "ness", "ment", "tion", "sion", "ing", "ed", "ous", "ive", "able", "ible",
    "ise", "ize", "ity", "ful", "less", "ward", "wise", "echoic", "dense", "intense", "ation",
    "phyte", "phytes", "plegia", "paresis", "spasm", "tomy", "opathy", "ectomies", "ography",
    "gadolinium", "mab", "nib", "pril", "olol", "sartan", "statin", "azole", "cillin", "mycin",
    "salpinx", "pharynx", "larynx", "thorax", "ectasia", "megaly", "rrhage", "rrhaphy", "ptosis",
    "stomy", "plegia", "sarcoma",
)  # fmt: skip
# Word beginnings of medicine: a long word that starts so is a term, not a name.
_MEDICAL_PREFIXES = (
    "haem", "hem", "hydro", "lipo", "fibro", "chole", "hepat", "nephr", "osteo", "chondro",
    "myo", "neuro", "cardi", "gastr", "entero", "colo", "pyo", "pneum", "bronch", "angio",
    "arterio", "veno", "lymph", "spondyl", "cranio", "cephal", "encephal", "derm", "histo",
    "cysto", "salping", "hyster", "oophor", "orchi", "pyel", "ureter", "urethr", "thromb",
    "embol", "ather", "steato", "sclero", "necro", "calci", "leuko", "leuco", "erythro", "hyper",
    "hypo", "peri", "para", "trans", "intra", "inter", "extra", "supra", "infra", "retro", "endo",
    "epi", "meta", "poly", "micro", "macro", "pseudo", "dys", "anti", "tachy", "brady", "oesoph",
    "esoph", "laryng", "pharyng", "trache", "pleur", "pericard", "myel", "mening", "glio",
    "sarco", "carcino", "adeno", "onco", "radio", "tomo", "sono", "echo", "mammo", "arthro",
    "synov", "tendin", "ligament", "capsul", "labr", "menisc", "vertebr", "lumbo", "thoraco",
    "abdomino", "pelvi", "vesic", "prostat", "testic", "ovari", "uter", "vagin", "cervic",
)  # fmt: skip
# Figures of the history of medicine and radiology whose names are told in teaching.
FIGURES = words("""
    medawar calne starzl carrel kolff scribner tarnier apgar liggins
    roentgen rontgen curie becquerel hounsfield cormack lauterbur mansfield damadian bloch
    purcell felson fleischner squire codman hodgkin crohn kienbock hashimoto jobe ridley osler
    lister jenner fleming pasteur koch virchow harvey vesalius hippocrates galen laennec
    auenbrugger snow nightingale semmelweis moniz dotter seldinger gruentzig forssmann judkins
    sones holzknecht caldwell cushing halsted kussmaul charcot babinski broca wernicke alzheimer
    parkinson huntington down turner klinefelter marfan ehlers danlos paget pott colles smith
    barton monteggia galeazzi salter harris segond hill sachs bankart kerley westermark hampton
    ogilvie hirschsprung meckel wilms ewing kaposi burkitt hurthle reed sternberg langerhans
    cajal golgi sherrington penfield horsley dandy walker chiari arnold budd mallory weiss
    boerhaave zenker barrett whipple kocher billroth roux murphy mcburney rovsing blumberg
    trendelenburg thomas jones bennett rolando hamilton frank edison dally merrick sievert
    sklodowska ippokratis ippokrates galinos
""")
# Figures of medicine named in full, with any middle names ("Wilhelm Conrad Röntgen"): told
# in full, such a name is the figure's, whatever the sentence says around it.
_FULL_FIGURE_NAMES = """
    saul/hertz hal/anger george/hevesy willem/kolff john/flynn cicely/saunders
    john/hall-edwards bernard/spilsbury guillaume/dupuytren percivall/pott wu/lien-teh
    wilhelm/röntgen wilhelm/roentgen wilhelm/rontgen marie/curie pierre/curie henri/becquerel
    godfrey/hounsfield allan/cormack paul/lauterbur peter/mansfield raymond/damadian felix/bloch
    edward/purcell ian/donald benjamin/felson ben/felson thomas/hodgkin harvey/cushing
    william/osler florence/nightingale john/snow egas/moniz werner/forssmann sven-ivar/seldinger
    charles/dotter andreas/gruentzig andreas/grüntzig william/harvey edward/jenner joseph/lister
    alexander/fleming louis/pasteur robert/koch rudolf/virchow burrill/crohn hakaru/hashimoto
    ernest/codman frank/jobe mason/sones melvin/judkins leo/rigler walter/cannon
    guido/holzknecht antoine/béclère antoine/beclere alessandro/vallebona john/wild
    douglass/howry inge/edler hellmuth/hertz karl/dussik william/oldendorf david/kuhl
    michel/ter-pogossian gordon/brownell robert/ledley james/parkinson alois/alzheimer
    thomas/addison richard/bright hermann/rorschach hans/chiari julius/arnold
    alexander/bell phineas/gage hideyo/noguchi henrietta/lacks anna/bertha anna/röntgen
    bertha/röntgen anna/roentgen walter/cannon thomas/edison clarence/dally joseph/merrick
    mary/mallon henry/molaison rolf/sievert louis/washkansky barney/clark jesse/gelsinger
    christiaan/barnard virginia/apgar
    irène/joliot-curie irene/joliot-curie frédéric/joliot frederic/joliot
    rené/laennec rene/laennec théophile/laennec victor/babeș victor/babes victor/babeş
    nicolae/paulescu oswaldo/cruz carlos/chagas adolfo/lutz vital/brazil george/palade
    emil/palade ion/cantacuzino gheorghe/marinescu ambroise/paré ambroise/pare
    jean-martin/charcot claude/bernard paul/broca santiago/cajal gregorio/marañón
    severo/ochoa camillo/golgi giovanni/morgagni marcello/malpighi rita/levi-montalcini
    alexandre/yersin albert/calmette camille/guérin charles/nicolle alphonse/laveran
    jules/bordet ricardo/jorge abel/salazar josina/machel hulusi/behçet gazi/yaşargil
    cemil/topuzlu ibn-i/sina ibn/sina ibn/sino bjørn/ibsen bjorn/ibsen jeremy/swan william/ganz
    peter/safar william/halsted robert/egan george/papanicolaou angelina/jolie carlos/finlay
    walter/reed mary/seacole josep/trueta joão/santos joao/santos
    gösta/forssell gosta/forssell nikolai/pirogov willem/einthoven andreas/vesalius
    theodor/billroth ferdinand/sauerbruch rudolph/nissen albert/einstein albert/schweitzer
    thomas/lambo wilder/penfield muhammad/ali maria/skłodowska-curie
    maria/sklodowska-curie jan/purkyně jan/purkyne semmelweis/ignác hevesy/györgy ludwik/rydygier
"""
_FULL_FIGURES = [pair.split("/") for pair in _FULL_FIGURE_NAMES.split()]
_FULL_FIGURE = regex.compile(
    # with any title before it: "Sir William Osler"
    r"(?<![\p{L}])(?:(?:Sir|Dame|Dr|Prof|Professor)\.?\s+)?(?:"
    + "|".join(
        rf"{regex.escape(a)}(?:\s+[\p{{L}}.-]+){{0,2}}?\s+{regex.escape(b)}"
        for a, b in _FULL_FIGURES
    )
    + r")(?:['’]s)?(?![\p{L}])",
    regex.IGNORECASE,
)
# Names that are eponyms in full: "Tommy John surgery", "Lou Gehrig disease".
_EPONYM_PHRASES = frozenset(
    {"tommy john", "lou gehrig", "lady windermere", "mickey mouse", "sister mary joseph",
     "scottie dog", "scotty dog",
     "terry thomas", "pierre robin", "ben felson", "grey turner", "parkes weber",
     # people of history whose imaging is taught: "Tutankhamun's CT", "Frida Kahlo's spine"
     "tutankhamun", "king tut", "ötzi", "otzi", "frida kahlo", "napoleon", "ramesses",
     "richard iii", "beethoven", "abraham lincoln", "chopin", "sun yat-sen", "che guevara",
     "einstein", "gaudí", "gaudi", "hua tuo",
     "ibn sina", "avicenna", "al-razi", "rhazes", "maimonides",
     "sir godfrey hounsfield", "albert einstein", "president garfield", "president kennedy",
     "the iceman", "king richard iii", "king tutankhamun", "henry molaison", "h.m.",
     "typhoid mary", "anna o",
     # people of history whose illnesses are taught the world over
     "nelson mandela", "mandela", "simón bolívar", "simon bolivar", "bolívar", "bolivar",
     "mahatma gandhi", "gandhi", "muhammad ali jinnah", "jinnah", "srinivasa ramanujan",
     "ramanujan", "napoleon bonaparte", "bonaparte", "vladimir lenin", "lenin", "joseph stalin",
     "stalin", "winston churchill", "churchill", "franklin roosevelt", "franklin d. roosevelt",
     "fdr", "john f. kennedy", "jfk", "ronald reagan", "stephen hawking", "bob marley",
     "steve jobs", "freddie mercury", "princess diana", "diego maradona",
     "eva perón", "eva peron", "evita", "vincent van gogh", "van gogh", "mozart", "charles darwin",
     "sigmund freud", "freud", "cleopatra", "henry viii", "queen victoria",
     "george iii", "king george iii", "louis xiv", "ho chi minh", "josé rizal", "jose rizal",
     "atatürk", "ataturk", "rabindranath tagore", "tagore", "jawaharlal nehru", "nehru",
     "babe ruth", "michelangelo", "leonardo da vinci", "shakespeare", "paganini",
     "toulouse-lautrec", "fidel castro", "hugo chávez", "elvis presley",
     "michael jackson", "marilyn monroe", "jane austen", "edgar allan poe", "hemingway",
     "tolstoy", "dostoevsky", "kafka", "george orwell", "orwell", "john keats", "keats",
     "chekhov", "gershwin", "schubert", "christopher reeve", "terry fox", "alan turing",
     "rasputin", "tsarevich alexei", "pope john paul ii", "mother teresa", "yasser arafat",
     "ariel sharon", "lord byron", "john hunter", "genghis khan",
     "alexander the great", "julius caesar", "tsar nicholas ii", "phineas gage", "mary mallon",
     "joseph merrick", "john merrick", "edward vii", "frederick treves", "atkinson morley",
     "diamond princess", "edvard munch", "percivall pott", "frédéric chopin", "frederic chopin",
     "ondine", "brontë", "bronte", "bruce lee"}
)  # fmt: skip
_CITED_YEAR = regex.compile(
    r"(?P<other>\s+(?:and|&)\s+[\p{L}.’'\s-]{3,40}?)?,?\s*\(?(?:1[5-8]\d\d|19[0-7]\d)\b"
    r"(?![/.-]\d)"
)
_AND_BEFORE = regex.compile(r"\s(?:and|&)\s+(?:\p{Lu}\.\s*)*$")
_ATTRIBUTION = regex.compile(
    r"^,?\s*(?:['’]s\s+)?(?:\w+\s+){0,3}?(?:described|discovered|published|invented|coined|pioneered"
    r"|developed|built|taught|reported|noted|named|introduced|devised|proposed|first|shared"
    r"|won|performed\s+the\s+first|put\s+it|wrote|founded|gave|showed|observed|studied"
    r"|noticed\s+that|graduated|trained|qualified|practised|practiced|descrisse|descrive|décrit"
    r"|décrivit|a\s+décrit|describió|descreveu|beschrieb|beskrev|beschreef|scoprì|découvrit"
    r"|descubrió|entdeckte|fund[óo]|fundou|fonda|gründete|za[łl]o[żz]y[łl]\w*)\b"
    r"|^\s*['’]s\s+(?:work|discovery|book|law|description|paper|experiment|classic|textbook"
    r"|sign|triad|original|first|early|lecture|teaching|fibrescope|fiberscope|gastroscope"
    r"|endoscope|scanner|machine|apparatus|device|invention|technique|method|prototype"
    r"|instrument|manoeuvre|maneuver|catheter|needle|tube|camera)\b",
    regex.IGNORECASE,
)
_HISTORY = regex.compile(
    r"\b(?:1[5-8]\d\d|19\d\d)\b|\b(?i:named\s+after|after\s+whom|nobel|historic\w*|in\s+the\s+"
    r"(?:\d+th|nineteenth|eighteenth|twentieth)\s+century|the\s+father\s+of)\b"
)
_TEAM = regex.compile(r"\s+(?i:team|group|lab|laboratory|research\s+group|unit)\b")
# Named things that are no one: "the La Soufrière eruption", "the Whakaari eruption".
_NAMED_THING = regex.compile(
    r"\b(?:La\s+|Le\s+|El\s+|Mount\s+|Mt\.?\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?\s+"
    r"(?i:eruption|earthquake|tsunami|volcano|hurricane|cyclone|typhoon|cohort|trial|registry"
    r"|study|outbreak|criteria|classification|score|protocol|scheme|programme|program|yojana"
    r"|mission|initiative)\b"
    # a scheme by what was done to it: "Ayushman Bharat PM-JAY was launched on 23 September"
    r"|\b\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?(?:\s+[A-Z]{2,}(?:-[A-Z]{2,})?)?\s+"
    r"(?i:was|were)\s+(?i:launched|introduced|rolled\s+out|inaugurated|enacted)\b"
)
_COINED = regex.compile(r"(?:['’]s)?\s+(?i:coined|named|introduced\s+the\s+term|eponymised)\b")
_LONG_AGO = regex.compile(
    r"\b(?:1[5-8]\d\d|19[0-6]\d)s?\b|\b(?i:the\s+(?:(?:early|mid|late)[-\s]+)?(?:19)?[1-6]0s"
    r"|in\s+the\s+(?:\d+th|nineteenth|eighteenth|twentieth)\s+century|nobel|ottocento|novecento"
    r"|settecento|XIX\w*\s+(?:siècle|secolo|siglo|século)|\d{2}e\s+siècle|siglo\s+XIX)\b"
)
# A sentence that tells a discovery: a known figure's name in it is history.
_FEAT = regex.compile(
    r"\b(?i:described|discovered|invented|pioneered|coined|first\s+(?:radiograph|x-?ray|image"
    r"|description|scanner|case|report|series)|published|nobel)\b"
)
_A_TRADE_AFTER = regex.compile(
    r",\s+(?:a|an|the)\s+(?:[\p{L}'’-]+\s+){0,3}?(?i:dentist|physician|surgeon|physicist|engineer"
    r"|radiologist|radiographer|chemist|inventor|pioneer|professor|anatomist|pathologist"
    r"|scientist|electrician|photographer|instrument[-\s]maker)\b"
)
_BEGINNINGS = regex.compile(
    r"\s+(?:and|&)\s+the\s+(?i:birth|dawn|invention|origins?|beginnings?|rise)\s+of\b"
)
_WHOSE_SCAN = regex.compile(
    r"\b(?P<given>\p{Lu}\p{Ll}+)\s+\p{Lu}\p{Ll}+['’]s(?=\s+(?:[\w-]+\s+){0,2}?(?i:scans?|x-?rays?"
    r"|radiographs?|ct|mri|films?|images|ultrasound|study|pet(?:-ct)?|spect|mammogram|echo"
    r"|angiogram)\b)"
)
_STRONG_TITLE = re.compile(r"^(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s", re.IGNORECASE)

_LOWER = regex.compile(r"(?<![\p{L}\d@#.'’_-])\p{Ll}[\p{Ll}\p{M}]+(?:['’]s)?(?![\p{L}\d@_-])")
_VERBS = words("""
    came come comes was is had has presented presents fell falls said says noticed brought
    went goes complained complains reports reported developed develops attended attends
    arrived arrives woke collapsed needed needs underwent undergoes started started injured
    hurt broke twisted felt feels got gets lives lived works worked plays played walked
    swallowed vomited coughed will would can could did does and swore swears insisted insists
    denied denies claimed claims reckons reckoned rocks rocked turned turns showed shows
""")
# Cues strong enough for a lone lower-case word ("pt is magnus", "shared by ngozi okonkwo").
_LOWER_CUES = regex.compile(
    r"(?i:\b(?:(?:pt|patient|pt['’]s\s+name|name)\s+(?:is|was)|name['’]s|goes\s+by"
    r"|mum|mom|mother|dad|father|wife|husband|son|daughter|brother|sister|partner|friend|aunt"
    r"|uncle|grandma|grandpa|nan|wee|little|baby|young|grandson|granddaughter|grandad|nephew|niece"
    r"|(?:referred|seen|brought|shared|sent|signed|reported|given"
    r"|treated|accompanied|courtesy|thanks|credit|care)\s+(?:by|with|of|to|from|in\s+by)"
    r"|(?:talked|spoke|chatted|spoken|talking|speaking)\s+(?:to|with)|asked|told|phoned"
    # "met" after who met: Dutch and Afrikaans "met" is "with"
    r"|(?:i|we|he|she|they|you|who|had|have|has|just|finally|first|never)\s+met"
    r"|shout\s*-?\s*out\s+to|kudos\s+to|big\s+up|poor|our\s+lovely|dear\s+old|sig\.ra|sig\.|signora"
    r"|signor|sra\.|sr\.|mme|mlle|herr|frau"
    r"|rang|emailed|messaged|consented"
    r"|it\s+was|meet|ask)\b\.?)[\s,:]+$"
    # a title, not a unit after a number: "mr tomasz", not "89 ms, matriz"
    r"|(?<![\d\s])(?<!\d\s)\s*\b(?i:mr|mrs|ms|miss|dr|prof)\b\.?\s+$"
    r"|^(?i:mr|mrs|ms|miss|dr|prof)\b\.?\s+$"
)


_PT_CUE = regex.compile(r"(?i:\b(?:pt|patient)\s*[:=-]?\s*)$")


@lru_cache(maxsize=16384)
def is_ordinary(word: str) -> bool:
    """An ordinary English or medical word, or one shaped like one."""
    folded = fold(word)
    if folded in _KNOWN or folded in ACRONYMS or len(folded) <= 2:
        return True
    if folded.endswith(_NOT_NAME_ENDINGS):
        return True
    if len(folded) >= 8 and folded.startswith(_MEDICAL_PREFIXES):
        return True
    if len(folded) >= 6 and folded.endswith("s") and zipf(folded[:-1]) >= 2.5:
        return True  # "annotations": a plural of an ordinary word
    if len(folded) >= 7 and folded.endswith("ies") and zipf(folded[:-3] + "y") >= 2.5:
        return True  # "registries"
    return zipf(folded) >= 3.0 or derived(folded, _KNOWN)


def names_a_known_person(text: str) -> bool:
    """Whether a text names a person of history in full ("Richard III's skeleton"), or a
    laureate by the prize."""
    return bool(_eponym_phrase_spans(text)) or bool(_NOBEL.search(text))


def in_known_phrase(text: str, start: int, end: int) -> bool:
    """Whether a span lies in an eponym or a person of history named in full: "Ötzi"."""
    return any(s <= start and end <= e for s, e in _eponym_phrase_spans(text))


def _medical_shaped(word: str) -> bool:
    folded = fold(word)
    return folded.endswith(_NOT_NAME_ENDINGS) or (
        len(folded) >= 8 and folded.startswith(_MEDICAL_PREFIXES)
    )


def is_unknown_word(word: str) -> bool:
    """A capitalised word that only a name fits: listed as one, or neither English nor medicine."""
    folded = fold(word)
    if folded in EPONYMS or folded in _KNOWN:
        return False
    return folded in FIRST_NAMES or folded in SURNAMES or not is_ordinary(word)


def could_be_name(word: str) -> bool:
    """A capitalised word where a name is expected: a name, or a word in no vocabulary."""
    folded = fold(word)
    return is_unknown_word(word) or not (
        folded in _KNOWN or folded in ACRONYMS or zipf(folded) >= 4.5
    )


def could_be_tagged_name(word: str) -> bool:
    """A word after a cheer in a hashtag that names someone: not a community's word
    ("#PrayForRadResidents", "#VamosRadiologia"), unless it is a given name too."""
    folded = fold(word)
    if folded in _HASHTAG_WORDS or folded in ACRONYMS or folded in _COMMUNITY:
        return False
    if folded in FUNCTION_WORDS:
        return False  # "#ParaSiempre"
    # after a cheer, an eponym is a name too: "#BringBrodieHome"
    named = could_be_name(word) or folded in EPONYMS or folded in FIRST_NAMES
    # ... or a word English hardly writes, though its rules could make it: "#JusticeForShaked"
    named = named or zipf(folded) < 2.0
    # a listed given name whatever its ending: "Louise", "Denise" end like "otitis" words
    return named and (folded in FIRST_NAMES or not _medical_shaped(word))


_COMMUNITY = words("""
    rad rads res resident residents neuro peds paeds msk onc med meded radres radtwitter staff
    crew fam interns fellows techs nurses radiographers sonographers docs doctors
""")


def could_be_place(word: str, *, alone: bool = False) -> bool:
    """A word in a hashtag beside an incident that names where it was: a listed name or
    city, or a word in no vocabulary. Run into the incident's own tag ("#portlaoisefarm
    accident") it must also be rarer than any activity ("lawnmower", "karting")."""
    folded = fold(word)
    if folded in CITIES:
        return True
    if folded in _KNOWN or folded in _HASHTAG_WORDS or folded in ACRONYMS:
        return False
    if folded in FIRST_NAMES or folded in SURNAMES:
        return True
    return not is_ordinary(word) if alone else zipf(folded) < 2.5


def could_be_town(word: str) -> bool:
    """A hashtag of its own that may name a town: "#Kilkeel", "#Ibadan"; not a radiology
    community's tag run together ("#traumarad", "#neurorads", "#pedsradiology")."""
    if regex.search(r"(?i:rads?|radiology|imaging|twitter)$", word) and len(word) > 6:
        return False
    return could_be_place(word, alone=True)


@lru_cache(maxsize=16384)
def _lower_candidate(word: str) -> bool:
    """A lower-case word that may be a name: a listed one that is rare in English, or unknown."""
    folded = fold(word)
    if folded in _KNOWN or folded in ACRONYMS or folded in EPONYMS or len(folded) < 3:
        return False
    if folded in _BORROWED:
        return False  # "a wet cha chaan teng floor", "a tong lau walk-up"
    if (folded in FIRST_NAMES or folded in SURNAMES) and zipf(folded) < 4.3:
        return True
    if folded.endswith(_CHEMISTRY_ENDINGS) and len(folded) >= 6 and zipf(folded) >= 2.0:
        return False  # "choline", "creatine", "sulfate": chemistry, rare in print
    return not is_ordinary(folded)


_CHEMISTRY_ENDINGS = ("ine", "ate", "ide", "ose", "ol", "one", "ium")
# Words English has borrowed from Cantonese and its neighbours, written in lower case in
# Hong Kong and Singapore: places to eat and live, not people
_BORROWED = words("cha chaan teng tong lau dai pai dong kopitiam hawker siu mei yum")


@lru_cache(maxsize=4096)
def _word_of_a_tag_language(word: str) -> bool:
    """A common word of Turkish or Catalan, whose word lists hold few of their people's names."""
    from wordfreq import zipf_frequency

    folded = word.casefold()
    return (
        len(folded) >= 3
        and fold(word) not in FIRST_NAMES
        and any(
            zipf_frequency(folded, language, wordlist="small") >= 3.5 for language in ("tr", "ca")
        )
    )


# Turkish writes every proper noun with its case ending after an apostrophe ("Derneği'nin",
# "Savaşı'nda", "BT'de"); the word before it is Turkish when Turkish uses it often and no list
# of names holds it. Medicine's words by their Turkish spelling count too ("NöroRadyoloji").
_TURKISH_ENDING = regex.compile(r"['’]\p{Ll}{1,6}\b")
_TURKISH_MEDICINE = regex.compile(
    r"(?i:radyoloj\w*|n[öo]ro\w*|pediatri\w*|giri[şs]imsel|kardiyo\w*|onkoloj\w*|mamografi\w*"
    r"|ultrasonografi\w*|tomografi\w*|patoloji\w*|cerrahi\w*|dahiliye|tanı\w*|vaka\w*"
    # Azerbaijani: "Radiologiya", "Talassemiya", "Exinokokkoz", "Beynəlxalq", "Azərbaycanın"
    r"|\w*logiya\w*|\w*emiya\w*|\w*kokkoz\w*|\w*qrafiya\w*|\w*terapiya\w*|\w*patiya\w*"
    r"|beyn[əe]lxalq|az[əe]rbaycan\w*|respublika\w*|naxçıvan\w*|ulusal|milli|d[üu]nya\w*)$"
)


def _turkish_plain(word: str) -> bool:
    """In a Turkish text: a little word, an acronym or medicine's word ("Bu", "BT")."""
    return fold(word) in _TURKISH_LITTLE or word.isupper() or bool(_TURKISH_MEDICINE.match(word))


@lru_cache(maxsize=4096)
def _turkish_word(word: str) -> bool:
    """In a Turkish text: a common word no name list holds ("Birinci", "Dünya")."""
    folded = fold(word)
    if folded in FIRST_NAMES or folded in SURNAMES:
        return False
    return _turkish_plain(word) or _word_of_a_tag_language(word)


_TURKISH_NAME_MARK = regex.compile(
    r"(?<![\p{L}])\p{Lu}\.\s|(?i:\b(?:han[ıi]m|bey|hoca|abla|a[ğg]abey|teyze|amca|day[ıi]|caddesi"
    r"|sokak|soka[ğg][ıi]|bulvar[ıi]|mahallesi|ltd)\b|\bA\.?Ş\.?(?!\w))"
)


# Romanian puts its article at the end of a noun ("Institutul", "Ghidurile") and writes its
# adjectives with endings no name has ("Medicală", "Imagistică"); its word list counts the
# people's names as common words ("Mihai", "Popescu"), so only the endings tell.
_ROMANIAN_ENDING = regex.compile(
    r"(?i:\p{L}{3,}(?:ului|urile|ilor|elor|ală|ică|ească|ării|ţie|ție|ția|ţia|ul|ile|ele))$"
)
# A surname by its ending, a name in whatever language: "Frederiksen", "Jónsson", "Sigurðardóttir"
_PATRONYMIC_SURNAME = regex.compile(r"(?i:\p{L}{3,}(?:sen|ssen|sson|dóttir|dottir|datter))$")
_ROMANIAN_LITTLE = words("și şi din pentru este sunt care sau cel cea cei cele unui unei într ale")


@lru_cache(maxsize=4096)
def _romanian_text(text: str) -> bool:
    found = _WORD.findall(text)
    little = sum(fold(w) in _ROMANIAN_LITTLE or w in ("și", "şi") for w in found)
    marked = sum(bool(regex.search(r"[ăâîșțşţ]", w)) for w in found)
    return little + marked >= 2


def _romanian_word(word: str) -> bool:
    """In a Romanian text: a noun with its article or an adjective, by an ending no name has."""
    folded = fold(word)
    if folded in FIRST_NAMES or folded in SURNAMES or len(word) < 6:
        return False
    return bool(_ROMANIAN_ENDING.search(word))


# A place by its kind, in Japanese or Korean: a prefecture, a ward, a river, an island, a
# county, a neighbourhood ("Toyama-ken", "Jinzū-gawa", "Setagaya-ku", "Haeundae-gu") and a
# disease named for where it is ("Itai-itai-byō")
_JAPANESE_KOREAN_PLACE = regex.compile(
    r"\p{L}-(?:ken|to|fu|d[oō]|shi|ku|ch[oō]|machi|mura|gun|gawa|kawa|jima|shima|t[oō]|yama"
    r"|gu|dong|si|eup|myeon|ri|gang|byo|by[oō]|byeong)$"
)


def _japanese_or_korean_word(token: str) -> bool:
    """A word of Japanese or Korean, or a place by its kind; a letter or a number beside one
    ("X-sen") goes with it."""
    if _JAPANESE_KOREAN_PLACE.search(token):
        return True
    parts = [p for p in regex.split(r"[-‐]", token) if len(p) > 1 and not p.isdigit()]
    return bool(parts) and all(fold(p) in JAPANESE_KOREAN_WORDS for p in parts)


_TURKISH_LITTLE = words("bir ile için olan gibi çok daha sonra ama veya değil olarak bu ve en")


@lru_cache(maxsize=4096)
def _turkish_text(text: str) -> bool:
    found = _WORD.findall(text)
    little = sum(fold(w) in _TURKISH_LITTLE for w in found)
    # Azerbaijani shares the marks and little words, and adds its schwa: "xəstəliyi"
    marked = sum(bool(regex.search(r"[ğışİəƏ]", w)) for w in found)
    return little + marked >= 2 and (little >= 1 or marked >= 2)


def _unlisted_word_of_another_language(word: str) -> bool:
    folded = fold(word)
    listed = folded in FIRST_NAMES or folded in SURNAMES
    return (
        not listed
        and len(folded) >= 4
        and (
            foreign_word(word.casefold(), lower_case=False)
            or folded in GREEK_HEBREW_ARMENIAN_WORDS  # capitalised: "Diethnis Imera"
            or folded in CENTRAL_ASIAN_WORDS  # "Naukas", "Bemor", "Koronaldy"
            or folded in SOUTHEAST_ASIAN_WORDS  # "Phu puai", "Neak chheu"
            or folded in JAPANESE_KOREAN_WORDS  # "Kyōbu", "Higashi Ajia"
            or folded in CHINESE_WORDS  # "Yiyuan", "Daxue"
            or bool(_JAPANESE_KOREAN_PLACE.search(word))
        )
    )


# "sonographic Murphy +", "reverse Segond": an eponym's sign by its qualifier
_SIGN_HEAD = regex.compile(
    r"(?i:\b(?:sonographic|positive|negative|reverse|modified|classic|inverted|radiographic"
    r"|\+ve|-ve|pos|neg|biplane)\s+)$"
)
_ROMANCE_LEARNED = ("ica", "ico", "icas", "icos", "ologia", "ologie", "ique", "isch", "ische")


_NAMED_INSTITUTION = regex.compile(
    r"\b(?:\p{Lu}[\p{L}'’.-]+\s+){1,3}(?:University|College|Institute|Hospital|Infirmary|Clinic"
    r"|Maternit[éy]|Maternidad|Maternità"
    r"|Foundation|Medical\s+(?:Center|Centre|School|College)|School\s+of\s+Medicine"
    r"|Cancer\s+(?:Center|Centre|Institute)|Children['’]s\s+Hospital)\b"
    # a national institute: "Istituto Nazionale dei Tumori", "Instituto Nacional de Cancerología"
    r"|\b(?:Istituto|Instituto|Institut|Institute)\s+(?:Nazionale|Nacional|National|Superiore"
    r"|Europeo|Européen|Federal)\b(?:\s+(?:\p{Lu}[\p{L}'’-]+|di|de|dei|degli|del|della|des|du|do|da"
    r"|dos|das|per|for|of|the))*"
)


# A law by its title: "the Federal Coal Mine Health and Safety Act of 1969"
_NAMED_LAW = regex.compile(
    r"\b(?:\p{Lu}[\p{L}'’-]+\s+(?:(?:and|of|for|on|the|&)\s+)*){1,8}"
    r"(?:Act|Directive|Regulations|Statute)\b(?:\s+(?:of\s+)?(?:19|20)\d\d)?"
)
# Countries whose names are people's names too: "El Salvador", "São Tomé", "San Marino"
_COUNTRY_OF_NAMES = regex.compile(
    r"\b(?:El\s+Salvador|S[ãa]o\s+Tom[ée](?:\s+and\s+Pr[íi]ncipe)?|San\s+Marino"
    r"|Saint\s+(?:Kitts|Lucia|Vincent)|Marshall\s+Islands|Solomon\s+Islands|Cook\s+Islands)\b"
)
# "miền Bắc Việt Nam", "Đông Nam Á": the country and its parts, never a person's name
_VIETNAMESE_REGION = regex.compile(
    r"\b(?:(?:Miền|miền|Đông|Tây)\s+)?(?:(?:Bắc|Nam|Trung)\s+)?(?:Việt\s+Nam|Nam\s+Á|Bộ)\b"
    r"|\b(?:Miền|miền)\s+(?:Bắc|Nam|Trung)\b"
    # a province or a city: "tỉnh Bình Định", "thành phố Hồ Chí Minh"
    r"|\b(?:[Tt]ỉnh|[Tt]hành\s+phố|TP\.?)\s+\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){0,2}"
)


# A Vietnamese sentence opens with its subject, a common word written with a capital:
# "Phân loại BI-RADS 4a", "Nam 27 tuổi" (a man). A name has its surname before it.
_VIETNAMESE_OPENING = regex.compile(r"(?:^|[.!?:]\s+)(\p{Lu}\p{Ll}+)(?=\s+(?:\p{Ll}|\d))")


def _vietnamese_opening(text: str, start: int, end: int) -> bool:
    from wordfreq import zipf_frequency

    if not vietnamese(text):
        return False
    return any(
        m.span(1) == (start, end)
        and zipf_frequency(m.group(1).casefold(), "vi", wordlist="small") >= 4.0
        for m in _VIETNAMESE_OPENING.finditer(text, max(0, start - 3), end + 3)
    )


@lru_cache(maxsize=16384)
def _word_of_another_language(word: str, *, common: bool = False) -> bool:
    """A capitalised word a text in another language uses: its little words ("O", "El",
    "De"), medicine's ("Radiologia", "Pediátrica"), and its common words, even one that is
    also a name ("Dia", in Portuguese the day)."""
    folded = fold(word)
    if folded in FUNCTION_WORDS or _medical_shaped(word):
        return True
    if len(folded) >= 7 and folded.endswith(_ROMANCE_LEARNED):
        return True  # "Pediátrica", "Radiológico": learned words, not names
    if _unlisted_word_of_another_language(word):
        return True
    if not common:
        return False
    from wordfreq import zipf_frequency

    return len(folded) >= 3 and any(
        zipf_frequency(word.casefold(), language, wordlist="small") >= 5.7
        for language in OTHER_LANGUAGES
    )


# "Quiste de Baker", "Sociedad Fleischner", "Morbus Crohn": an eponym after medicine's word
# in another language.
_FOREIGN_EPONYM_HEAD = regex.compile(
    r"(?i:\b(?:quiste|signo|enfermedad|s[ií]ndrome|maladie|signe|kyste|morbus|cisti|segno|malattia"
    r"|sinal|doen[çc]a|cisto|teken|ziekte|tegn|sykdom|sjukdom|tauti|merkki|sociedad|sociedade"
    r"|soci[ée]t[ée]|societ[àa]|gesellschaft|fractura|fratura|fracture|frattura|Fraktur|classificação"
    r"|malformation|malformaci[oó]n|malformazione|malforma[çc][ãa]o|Fehlbildung|anomalie|anomal[ií]a"
    r"|clasificaci[oó]n|classification|classificazione|Klassifikation|criterios|crit[èe]res|criteri"
    r"|Kriterien|criteris|malaltia|escala|score|índice|indice|Zeichen|teken|tecken|semnul|semn|znak|sindromul|sindrom"
    r"|klasyfikacj\w*|klasifikac\w*|oszt[áa]lyoz[áa]s\w*|clasificare\w*|criteri(?:ile|ul)|semnul\w*"
    r"|scala|scor(?:ul)?|boala|bolest|z[łl]amanie|zesp[óo][łl]|objaw|choroba|torbiel|liga|haigus|tunnus|s[uü]mptom|simptom|po[zž]ymis|pazīme|sindroms|sindromas"
    # Greek in Latin letters and Maltese: "katagma Colles", "is-sinjal ta' Murphy"
    r"|katagma\w*|syndrom[oa]\w*|nos(?:os|ou)|sim[ei]io|sinjal|marda|sindromu|ksur"
    # Indonesian, Malay, Tagalog, Vietnamese: "penyakit Kienböck", "bệnh Crohn", "gãy Colles"
    r"|penyakit|sindrom|tanda|fraktur|kista|klasifikasi|sakit|bệnh|hội\s+chứng|dấu\s+hiệu"
    r"|gãy(?:\s+xương)?|phân\s+loại|u\s+nang"
    # Arabic and Persian in Latin letters: "kasr Colles", "bimari-ye Perthes", "sendrom-e ..."
    # Russian, Belarusian, Bulgarian and Macedonian in Latin letters: "perelom Monteggia",
    # "simptom Shchetkina-Blyumberga", "bolezn' Kryona"
    r"|perelom\w*|prelom\w*|simptom\w*|priznak\w*|bolezn\w*|bolest\w*|klassifikats\w*|sindrom\w*"
    r"|operatsi\w*|triada"
    r"|kasr|ksar|marad|mard|maraz|bimari(?:-?ye)?|sendrom(?:-e)?|sindrom(?:-e)?|3alamet|alamat"
    r"|3alama|neshane(?:-ye)?|tabaqe-?bandi(?:-ye)?|shekastegi(?:-ye)?|motalazima|mutalazimat)\s+"
    r"(?:de\s+|del\s+|di\s+|von\s+|van\s+|d['’]\s*|des\s+|ta['’]\s+|tal-|tou\s+|tis\s+"
    r"|ng\s+)?)$"
)


_WORD = regex.compile(r"\p{L}+")


def _listed(word: str) -> bool:
    folded = fold(word)
    return (folded in FIRST_NAMES or folded in SURNAMES) and zipf(folded) < 4.3


def _lower_names(text: str) -> Iterator[tuple[int, int]]:
    """Runs of lower-case name candidates: with a listed name in a pair, or where names stand."""
    if japanese_or_korean(text) or chinese_romanised(text):
        return  # romaji, pinyin and the rest give names their capitals, and all else none
    tokens = list(_LOWER.finditer(text))
    foreign = foreign_text(text)
    flags = [
        _lower_candidate(t.group())
        and not (
            foreign and (foreign_word(t.group().casefold()) or fold(t.group()) in FUNCTION_WORDS)
        )
        for t in tokens
    ]
    i = 0
    while i < len(tokens):
        if not flags[i]:
            i += 1
            continue
        j = i
        while (
            j + 1 < len(tokens)
            and flags[j + 1]
            and text[tokens[j].end() : tokens[j + 1].start()] == " "
        ):
            j += 1
        start, end = tokens[i].start(), tokens[j].end()
        # "cxr for tom hardacre": a given name common in English before an unknown word
        given_word = tokens[i - 1].group().casefold() if i else ""
        # (not "dan waktu akselerasi": Indonesian "and" before its own words)
        little = fold(given_word) in FUNCTION_WORDS and foreign_word(tokens[i].group())
        if (
            i
            and not little
            and not (foreign and (foreign_word(given_word) or fold(given_word) in FUNCTION_WORDS))
            and _given_before(text, tokens[i - 1], tokens[i])
        ):
            yield (tokens[i - 1].start(), end)
            i = j + 1
            continue
        listed = any(
            _listed(t.group()) and not (foreign and foreign_word(t.group().casefold()))
            for t in tokens[i : j + 1]
        )
        if ((j > i and listed) or _name_position(text, tokens, i, j)) and not _MEASURED.match(
            text, end
        ):
            yield (start, end)
        i = j + 1


# "debelina reza 3 mm", "matrika 320 x 256": a parameter's name in another language
_MEASURED = regex.compile(
    r"\s*[:=]?\s*\d+(?:[.,]\d+)?\s*(?:x\s*\d|mm|cm|ms|mT|T\b|°|%|mGy|mSv|kV|mAs|s\b|sec|min)"
)


def _given_before(text: str, given: regex.Match[str], word: regex.Match[str]) -> bool:
    folded = fold(given.group())
    return (
        text[given.end() : word.start()] == " "
        and folded in FIRST_NAMES
        and folded not in _KNOWN
        and zipf(folded) < 4.9
        and not is_ordinary(word.group())
    )


# "OKONKWO, CHIDI E.": a name as a record writes it, surname first in capitals.
_CAPITALS_NAME = regex.compile(
    r"(?<![\p{L}])(\p{Lu}+(?:[-'’]\p{Lu}+)?),\s*(\p{Lu}{3,})(?:\s+\p{Lu}\b\.?)?(?![\p{L}])"
)


# "a rose wrapped around the name 'Mariela'": a name quoted as one
_QUOTED_NAME = regex.compile(
    r"(?i:\b(?:the\s+)?names?\s+(?:of\s+)?)['\"‘“](\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?)['\"’”]"
)
# "BEN-DAVID R.", "KOWALSKA A": a surname in capitals and an initial, as a film label has it.
_CAPITALS_INITIAL = regex.compile(
    r"(?<![\p{L}])(\p{Lu}{2,}(?:[-'’]\p{Lu}{2,})*),?\s+\p{Lu}\.?(?![\p{L}.\d])"
)


def _capital_name_part(part: str) -> bool:
    folded = fold(part)
    if folded in FIRST_NAMES or folded in SURNAMES:
        return True
    plain = folded in ACRONYMS or not regex.search("[AEIOUY]", part)
    return not plain and not is_ordinary(part.title())


# "Pt J. van der Berg": an initial and a surname with its particles
_INITIAL_PARTICLE = regex.compile(
    r"(?<![\p{L}.])\p{Lu}\.\s?(?:van|von|de|der|den|da|di|del|la|le|ter|bin|al|el)\s+"
    r"(?:(?:der|den|de|la|los|las)\s+)?\p{Lu}\p{Ll}[\p{L}'’-]+"
)
# "Cyclone Tracy", "Hurricane Katrina": a storm's name is no person's
_STORM = regex.compile(
    r"\b(?:Cyclone|Hurricane|Typhoon|Storm|Tropical\s+Storm|Superstorm)\s+\p{Lu}\p{Ll}+\b"
)
# An awareness month by its colour: "Março Azul-Marinho", "Setembro Amarelo".
_CAMPAIGN = regex.compile(
    r"\b(?i:enero|febrero|marzo|março|abril|mayo|maio|junio|junho|julio|julho|agosto|septiembre"
    r"|setembro|octubre|outubro|noviembre|novembro|diciembre|dezembro)[\s-]*(?i:amarelo|azul"
    r"|dourado|dorado|rosa|roxo|vermelho|verde|laranja|lilás|branco|morado|naranja|amarillo"
    r"|rojo|blanco|violeta)(?:-\p{L}+)?\b"
    # a world day in the Nordic languages, Finnish, German and Dutch: "Världsstrokedagen"
    r"|\b(?:Wereld|World|Internationale|Nationale)\s+(?:\p{Lu}\p{L}+\s+){1,3}(?:Dag|Day|Tag)\b"
    r"|\b(?:\p{Lu}\p{Ll}+\s+)?(?:V[äa]rlds|Verdens|Maailman|Welt|Wereld)\p{L}*(?:dag|dagen|dagur|p[äa]iv[äa]\p{L}*|tag\p{L}*)\b"
    # a day of a cause or a nation, in Romanian and the South Slavic languages: "Ziua
    # Internațională a Radiologiei", "Ziua Națională", "Svetovni dan boja proti raku"
    r"|\b(?i:ziua)\s+\p{L}+(?:\s+(?:a|al)\s+\p{L}+)?"
    r"|\b(?i:dan|den)\s+(?:\p{Ll}+\s+){0,3}?(?i:proti|protiv|protivu|borbe|boja|zdravlja|zdravja"
    r"|radiologije|radiologiyata|bolnih|[zž]ena|mladih|otrok|djece|dece)\b(?:\s+\p{Ll}+){0,3}"
)
# "Happy Röntgen Day": a greeting for a day named after a figure
_FIGURE_DAY = regex.compile(r"\b(?i:happy)\s+\p{Lu}\p{L}+\s+(?i:day)\b")


# "MRS ANGHARAD PRICE": a title and a name, all in capitals
_TITLED_CAPITALS = regex.compile(
    r"\b(?:MR|MRS|MS|MISS|MX|DR|PROF)\.?\s+(\p{Lu}{2,}(?:['’-]\p{Lu}+)?(?:\s+\p{Lu}{2,}(?:['’-]\p{Lu}+)?){0,2})\b"
)
# "cxr for nankya b.": a lower-case word in no vocabulary before an initial
_LOWER_INITIAL = regex.compile(r"(?<![\p{L}'’-])(\p{Ll}{3,})\s+\p{Ll}\.(?:['’]s)?(?=\s|$|[,;:)])")


# "pt brian mcallister's cxr": a given name and a surname in lower case after "pt"
_PT_LOWER_NAME = regex.compile(
    r"(?i:\b(?:pt|patient)\s*[:=-]?\s+(?:(?:is|was|named|called)\s+)?)(\p{Ll}{3,})\s+"
    r"(\p{Ll}[\p{Ll}'’-]{2,}?)(?:['’]s)?\b"
)
# "haj mostafa rahimi", "we call him big tony", "Leyla Y.'s cysts": a name in lower case
# after an honorific or a nickname's cue, or a given name with the surname's initial
_HONOURED_LOWER = regex.compile(
    r"(?i:\b(?:haj|hajj|haji|hajji|hajja|hajjah|sheikh|shaikh|mullah|ustaz|ustadh|agha|seyed|sayyid"
    r"|mirza|mzee|bibi|auntie|aunty|uncle|tita|tito|lola|lolo|kak|mbak|pak|bu|seu|dona|dom|don|doña)\s+)"
    r"(\p{Ll}{3,})(?:\s+(\p{Ll}{3,}))?"
)
_CALLED_LOWER = regex.compile(
    r"(?i:\b(?:we|everyone|everybody|they|staff|nurses|the\s+nurses|the\s+ward)\s+(?:all\s+)?"
    r"call(?:s|ed)?\s+(?:him|her)\s+)((?:big|little|wee|old|young|lil)\s+)?(\p{L}{3,})"
)
# A label's "SURNAME, GIVEN M" in quotes: "the label reads 'BAKER, ROSE M'"
_QUOTED_LABEL_NAME = regex.compile(
    r"['‘\"“](\p{Lu}{2,}(?:[-'’\s]\p{Lu}{2,})?,\s*\p{Lu}{2,}(?:[-\s]\p{Lu}{2,})?(?:\s+\p{Lu})?)"
    # with the sex and age a label prints after: "'ŞAHİN, GÜLSÜM F 47Y'"
    r"(?:\s+\d{1,3}\s?[YAJ])?['’\"”]"
    # "NURUL AIN BT ISMAIL F": a Malay name with its "bin" or "binti"
    r"|['‘\"“](\p{Lu}{2,}(?:\s+\p{Lu}{2,})*\s+(?:BT|BTE|BINTI|BIN|A/L|A/P)\s+\p{Lu}{2,}(?:\s+\p{Lu}{2,})*)"
)
# "Films labelled 'Pierre-Louis, Wilnise J.'": a label's surname, given name and initial
_QUOTED_TITLE_LABEL = regex.compile(
    r"['‘\"“](\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?,\s*\p{Lu}\p{Ll}+(?:\s+\p{Lu}\.?)?)['’\"”]"
)
# "her son, Park Ji-hoon, who": a relative named in apposition
_RELATIVE_NAMED = regex.compile(
    r"(?i:\b(?:son|daughter|wife|husband|mother|father|brother|sister|partner|carer|niece|nephew"
    r"|grandson|granddaughter|cousin|uncle|aunt),\s+)(\p{Lu}\p{Ll}+(?:[-\s]\p{Lu}?\p{Ll}+){1,2}),"
)
# "tc de abdome do joão pedro ferreira": a lower-case name after a preposition of belonging
_OWNED_LOWER = regex.compile(
    r"(?i:\b(?:do|da|de|del|della|di|du|von|van|of)\s+)(\p{Ll}{3,})\s+(\p{Ll}{3,})(?:\s+(\p{Ll}{3,}))?"
)
# "Rukhsana Bibi", "Sunita Devi", "Harpreet Kaur": a given name and its honorific surname
_HONORIFIC_SURNAME = regex.compile(
    r"\b(\p{Lu}\p{Ll}{2,})\s+(?:Bibi|Begum|Devi|Kaur|Khatun|Khatoon|Banu|Bano|Bai)\b"
    r"(?!\s+(?i:temple|mandir|puja|shrine|festival))"
)
_LOWER_INITIALS_SURNAME = regex.compile(
    r"(?<![\p{L}.])\p{Ll}\.\s?\p{Ll}\.\s+(\p{Ll}{3,}(?:-\p{Ll}{3,})?)\b"
)
_LOWER_NAME_AGED = regex.compile(r"(?:^|[.;:]\s+)(\p{Ll}{3,})\s+(\p{Ll}{3,}),\s*\d{1,3}\b")
_GIVEN_INITIAL = regex.compile(r"\b(\p{Lu}\p{Ll}{2,})\s+\p{Lu}\.(?:['’]s)?(?=\s+\p{Ll})")


# "cf prior for jess okonjo-baird": a listed given name before a hyphenated or clan surname
_LOWER_FULL_NAME = regex.compile(
    r"(?<![\p{L}'’-])(\p{Ll}{3,})\s+(\p{Ll}{2,}-\p{Ll}{2,}|(?:mc|mac|o['’])\p{Ll}{3,})(?![\p{L}-])"
)


_LEARNED_ENDINGS = (
    "ie", "ique", "iques", "ite", "ites", "ose", "oses", "ome", "omes", "aire", "ale", "ia", "ico",
    "ica", "oso", "osa", "ismo", "isme", "ische", "isch", "ität", "itis",
)  # fmt: skip


def _learned_word(word: str) -> bool:
    """A learned word of French, Italian or Spanish medicine: long, with a learned ending, or
    a compound of such parts ("cervico-thoracique")."""
    parts = fold(word).split("-")
    return (
        all(
            (len(p) >= 7 and p.endswith(_LEARNED_ENDINGS)) or (p.endswith("o") and len(p) >= 5)
            for p in parts
        )
        and len(fold(word)) >= 8
    )


def _lower_full_names(text: str) -> Iterator[tuple[int, int]]:
    foreign = foreign_text(text)
    for match in _LOWER_FULL_NAME.finditer(text):
        first, last = match.group(1), match.group(2).split("-")[0]
        learned = [w for w in (first, match.group(2)) if foreign and _learned_word(w)]
        if learned:
            continue  # "syringomyélie cervico-thoracique": medicine in another language
        # in another language an unknown word is more often an inflected one than a name
        given = first in FIRST_NAMES or (not foreign and zipf(first) < 4.5)
        parts = match.group(2).split("-")
        if all(is_ordinary(part) for part in parts):
            continue  # "painless parotid-region masses": ordinary words joined
        if len(parts) > 1 and parts[-1] in ("ye", "e", "ha", "haye"):
            continue  # Persian's joining and plural endings: "sorfe-ye mozmen", "bache-ha"
        clan = regex.match(r"(?:mc|mac|o['’]|fitz)\p{Ll}{3,}", match.group(2))
        if clan and first in FIRST_NAMES:
            yield match.span()  # "jimmy mcallister": a clan's surname is common in English text
        elif given and not is_ordinary(last) and not (foreign and foreign_word(last)):
            yield match.span()
    for match in _HONOURED_LOWER.finditer(text):
        if fold(match.group().split()[0]) == "bu" and _turkish_text(text):
            continue  # "Bu görünüm için": this, in Turkish, not Indonesian "Bu" for a woman
        named = [
            g
            for g in (1, 2)
            if match.group(g)
            and (match.group(g) in FIRST_NAMES or _lower_candidate(match.group(g)))
        ]
        if named and named[0] == 1:
            yield (match.start(1), match.end(named[-1]))
    for match in _CALLED_LOWER.finditer(text):
        word = match.group(2)
        if fold(word) in FIRST_NAMES or _lower_candidate(word):
            yield match.span(2)
    for match in _OWNED_LOWER.finditer(text):
        words_of_it = [w for w in match.groups() if w]
        given = fold(words_of_it[0]) in FIRST_NAMES
        others = [
            fold(w) in SURNAMES or fold(w) in FIRST_NAMES or _lower_candidate(w)
            for w in words_of_it[1:]
        ]
        if given and all(others):
            yield (match.start(1), match.end(len(words_of_it)))
    for match in _HONORIFIC_SURNAME.finditer(text):
        if not is_ordinary(match.group(1)) or fold(match.group(1)) in FIRST_NAMES:
            yield match.span()
    for match in _LOWER_NAME_AGED.finditer(text):
        given, surname = match.group(1), match.group(2)
        if fold(given) in FIRST_NAMES and (fold(surname) in SURNAMES or _lower_candidate(surname)):
            yield (match.start(1), match.end(2))
    for match in _LOWER_INITIALS_SURNAME.finditer(text):
        surname = match.group(1)
        if fold(surname) in SURNAMES or _lower_candidate(surname):
            yield match.span()
    for match in _QUOTED_LABEL_NAME.finditer(text):
        yield match.span(1) if match.group(1) else match.span(2)
    for match in _QUOTED_TITLE_LABEL.finditer(text):
        surname = match.group(1).split(",")[0]
        if not all(is_ordinary(part) for part in surname.split("-")):
            yield match.span(1)
    for match in _RELATIVE_NAMED.finditer(text):
        parts = regex.split(r"[-\s]", match.group(1))
        if "-" in match.group(1) or any(not is_ordinary(p) for p in parts):
            yield match.span(1)
    for match in _GIVEN_INITIAL.finditer(text):
        word = match.group(1)
        if fold(word) in FIRST_NAMES or (is_unknown_word(word) and not _medical_shaped(word)):
            yield match.span()
    for match in _PT_LOWER_NAME.finditer(text):
        given, surname = match.group(1), match.group(2)
        if given not in FIRST_NAMES:
            continue
        clan = regex.match(r"(?:mc|mac|o['’]|fitz)\p{Ll}{3,}", surname)
        if clan or surname in SURNAMES or not is_ordinary(surname):
            yield (match.start(1), match.end(2))


# "Gulalai was very keen for us to share this": a name in no vocabulary opening a sentence
# "Fallet med Lasse", "the case of Bilal Ahmed Khan", "el caso de Juanito": a case told by
# the name of its patient, in capitals words that only a name fits.
_CASE_OF = regex.compile(
    r"(?i:\b(?:case\s+of|caso\s+d[eoa]|fallet\s+med|der\s+fall|le\s+cas\s+de|het\s+geval\s+van"
    r"|przypadek|kasus)\s+)(\p{Lu}\p{Ll}{2,}(?:\s+\p{Lu}\p{Ll}{2,}){0,3})(?!['’]s\s+\p{Ll})"
)
# A lower-case word where only a name stands: "pt is jake, 19", "so juanito (our pt, 7yo)",
# "ate josie (our pt": a word of no vocabulary of ours before the patient's age or the words
# that say it is the patient.
_NAMED_AS_PATIENT = regex.compile(
    r"(?i:\b(?:pt|patient|pt['’]s\s+name|name)\s+(?:is|was|=|:)\s+)(\p{Ll}{3,})(?=\s*,\s*\d{1,2}\b)"
    r"|(?<![\p{L}'’-])(\p{Ll}{3,})(?=\s*\(\s*(?i:our\s+)?(?:pt|patient|paciente)\b)"
    r"|(?<![\p{L}'’-])(\p{Lu}\p{Ll}{2,})(?=\s*\(\s*(?:\p{Lu}\p{Ll}+|['\"‘“]?\p{Lu}\w+['\"’”]?)\s+"
    r"(?i:to\s+(?:literally\s+)?(?:everyone|all|us|the\s+ward|friends)|for\s+short))"
    # "Big Mick (as the whole renal ward knows him)"
    r"|(?<![\p{L}'’-])((?:\p{Lu}\p{Ll}+\s+)?\p{Lu}\p{Ll}{2,})(?=\s*\((?i:as\s+)?[^)]{0,50}\b(?i:knows?"
    r"|calls?)\s+(?i:him|her)\b)"
)
# A nickname and a name, and names a post gives in brackets: "'Tiny' Dwayne", "pt (desmond,
# lovely fella)", "Mum (Keisha) says", "'Big Tupou' (ward's nickname for him)".
_NICKNAMED = regex.compile(
    # "'el Chato' Villalobos", "« Ti-Guy » Bergeron": a nickname in quotes before the surname
    r"['‘\"“«]\s?(?:(?i:el|la|il|le|lo|o|a|the|big|little|lil)\s+)?\p{Lu}\p{Ll}+(?:[-\s]\p{Lu}\p{Ll}+)?"
    r"\s?['’\"”»]\s+(\p{Lu}\p{Ll}{2,})\b"
    r"|(?i:\b(?:pt|patient)\s*\(\s*)(\p{Ll}{3,})(?=\s*[,)])"
    r"|(?<![\p{L}'’-])(\p{Ll}{3,}(?:\s+\p{Ll}+(?:ovna|evna|ovich|evich|ichna|yevna))?)"
    r"(?=\s*\(\s*(?:the\s+|our\s+)?(?:pt|patient)\s*[,;)]"
    r"|\s*\([^)]{0,60}\b(?:calls?\s+(?:him|her)|our\s+(?:lovely|favourite|favorite|regular)))"
    r"|(?i:\b(?:mum|mom|mother|dad|father|wife|husband|son|daughter|brother|sister|partner|nan"
    r"|gran|grandma|grandpa|aunt|uncle|carer)\s*\(\s*)(\p{Lu}\p{Ll}{2,})(?=\s*[),;-])"
    r"|['‘\"“«]((?:\p{Lu}\p{Ll}+\s+)?\p{Lu}\p{Ll}{2,})['’\"”»][\s,]*(?:\([^)]{0,60}?|(?i:[\w'’]+,?\s+){0,8})"
    r"(?i:nickname|known\s+as|calls?\s+(?:him|her)|strikes\s+again|is\s+back|come\s+l[oa]\s+chiamano"
    r"|comme\s+l['’]appellent|como\s+(?:le|la|lo)\s+(?:dicen|llaman)|wie\s+(?:ihn|sie)\s+alle\s+nennen)"
    # a relative named in Spanish or Portuguese: "acompanhado do neto Kauã", "su hija Camila"
    # a relative named in French, Italian or German, and a Filipino elder: "sa fille Camille",
    # "dal marito Franco", "kuya Jun-jun"
    r"|(?i:\b(?:sa\s+fille|son\s+fils|sa\s+femme|son\s+mari|sa\s+mère|son\s+père|sa\s+sœur|son\s+frère"
    r"|(?:dal|del|il)\s+marito|(?:dalla|della|la)\s+moglie|(?:dal|del|il)\s+figlio|(?:dalla|della|la)\s+figlia"
    r"|ihr\s+Mann|seine\s+Frau|ihre\s+Tochter|sein\s+Sohn|kuya|ate|lola|lolo|tita|tito|manang"
    r"|manong|ading)\s+)(\p{Lu}\p{Ll}{1,}(?:-\p{Ll}+)?)\b"
    r"|(?i:\b(?:neto|neta|filho|filha|esposa|esposo|marido|mãe|pai|irmão|irmã|nieto|nieta|hijo"
    r"|hija|madre|padre|hermano|hermana|tío|tía|tio|tia|abuelo|abuela|avô|avó|sobrino|sobrina"
    r"|primo|prima|cuñado|cuñada|genro|nora|yerno|nuera)\s+)(\p{Lu}\p{Ll}{2,})\b"
    # with a South Asian honorific: "Nasreen baji ki MRCP", "Ramesh bhaiya"
    r"|(\p{Lu}\p{Ll}{2,})(?=\s+(?:baji|apa|bhai|bhaiya|didi|chacha|chachi|ji|sahab|sahib|begum|bibi"
    r"|aunty|uncle|amma|akka|anna|thatha|paati)\b)"
    # in Japanese, Korean and Chinese, a name with its honorific: "佐藤健一さん", "김미숙 씨"
    r"|((?:\p{Han}|\p{Hangul}){2,4})\s?(?:さん|様|さま|くん|君|ちゃん|氏|씨|님|先生|女士|小姐|伯伯"
    r"|阿姨|婆婆|爺爺|爷爷|奶奶)"
    # a nickname after the calling: "we all called him 'Big Mo'", "goes by 'Tiny'"
    r"|(?i:\b(?:(?:call(?:ed|s|ing)?|nicknamed|dubbed|knows?|knew)\s+(?:him|her|them)(?:self)?(?:\s+as)?"
    r"|nicknamed|(?<=\b(?:pt|patient|Pt|Patient)\s)"
    r"|goes\s+by|went\s+by"
    # "Vi kalte ham bare «Traktor-Ola»", "todos la conocen como 'la Chiqui'", "nannten ihn"
    r"|(?:kalte|kaldte|kallade|kallar|kaller|kalder|nannten|nennen|noemden|noemen|kutsuimme"
    r"|kutsuvat)\s+(?:ham|honom|hende|henne|ihn|sie|hem|haar|häntä)(?:\s+(?:bare|bara|bloß|nur|gewoon"
    r"|alle|alltid|altid))?"
    r"|(?:la|lo|le)\s+(?:conocen|llaman|dicen)(?:\s+como)?|apodad[oa]|conhecid[oa]\s+(?:como|por)"
    r"|(?:o|a)\s+chamam\s+de|alias)\s+)['‘\"“«„](?:(?:la|el|o|a|der|die|de|het)\s+)?"
    r"(\p{Lu}[\p{L}'’.-]*(?:\s+\p{L}[\p{L}'’.-]*){0,2})['’\"”»“]"
    # and before it: "Big Mick, as he insists the nurses call him"
    r"|(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?)(?=,?\s+as\s+(?:he|she)\s+(?:\w+\s+){0,4}?"
    r"call(?:s|ed)?\s+(?:him|her)\b)"
)
_OPENING_NAME = regex.compile(
    r"(?:^|[.!?]\s+)(\p{Lu}\p{Ll}{2,})\s+(?i:(?:was|is)\s+(?:very\s+|so\s+)?keen|wanted|wants"
    r"|asked|agreed|has\s+agreed|kindly|said|told|gave|let|came\s+in|presented)\b"
)


@lru_cache(maxsize=1)
def _anagrams() -> frozenset[str]:
    return frozenset("".join(sorted(w)) for w in COMMON_WORDS | MEDICAL_WORDS if len(w) >= 5)


def _misspelt(word: str) -> bool:
    """'Pateint', 'Paitent': the letters of an ordinary word, out of order."""
    return "".join(sorted(fold(word))) in _anagrams()


# "Mohd Faizal bin Ismail", "Nur Aisyah binti Hassan", "Raj a/l Muthu": a patronymic name
_PATRONYMIC = regex.compile(
    r"\b(?:\p{Lu}[\p{L}'’]+\s+){1,3}(?:bin|binti|bte|bt|a/l|a/p|s/o|d/o|ibn|bint)\s+\p{Lu}[\p{L}'’]+"
)


# "JOHNSTONE, Ewan": a surname in capitals, then the given name (not "FMUSP, São Paulo")
_CAPITAL_SURNAME_FIRST = regex.compile(
    r"\b(\p{Lu}{3,}(?:['’-]\p{Lu}+)?),\s+(\p{Lu}\p{Ll}{2,})\b(?!\s+\p{Lu}\p{L})"
)
_QUOTED_NICKNAME_SURNAME = regex.compile(
    r"(?<![\p{L}])['‘\"“](\p{Lu}\p{Ll}{2,})['’\"”]\s+(\p{Lu}\p{Ll}{2,})\b"
)
_CAPITAL_SURNAME_THEN_GIVEN = regex.compile(
    r"(?<![\p{L}-])(\p{Lu}{3,}(?:['’-]\p{Lu}+)?)\s+(\p{Lu}\p{Ll}{2,})\b(?!\s+\p{Lu}\p{L})"
)
# "Kaylee-Ann if you're reading this": someone addressed in the post
_ADDRESSED = regex.compile(
    r"\b(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)\s*,?\s+if\s+(?:you['’]re|you\s+are)\s+reading"
)


# A nickname in quotes after the words that give it, in any case: "known to the whole ward
# simply as 'big jimbo'", "som alla på avdelningen kallar ”Lasse-Bagarn”".
_GIVEN_A_NAME = regex.compile(
    r"(?i:\b(?:known\s+(?:(?:to|on|in|at|around|across|throughout)\s+[\w\s]{1,40}?\s+)?"
    r"(?:simply\s+|only\s+|just\s+)?as|calls?\s+(?:him|her)"
    r"|called\s+(?:him|her)|nicknamed|goes\s+by|answers\s+to|kallar|kallas|kaller|kalder|kaldet"
    r"|kallad|nennen|genannt|appell?ent|surnomm[ée]e?|llaman|apodad[oa]|chiamano|dett[oa]"
    r"|p[rř]ezd[ií]v\w*|[rř][ií]kaj[ií]|m[oó]wi[aą]|nazywaj[aą]|h[ií]vj[aá]k|becen[eé]v\w*"
    r"|kutsuvat|lempinimi\w*)\b[\s,:]*)"
    r"['‘\"“«„”]((?:\p{L}[\p{L}'’-]*)(?:\s+\p{L}[\p{L}'’-]*){0,2})['’\"”»“]"
)
# "Big Mick, as he insisted everyone on the ward call him", "Priyanka (she asked us to use
# her first name ...)": a name the sentence says is one.
_SAID_TO_BE_A_NAME = regex.compile(
    r"(?<![\p{L}'’-])((?:\p{Lu}\p{Ll}+\s+)?\p{Lu}\p{Ll}{2,}),\s+as\s+(?:he|she|they)\b[^.;]{0,60}?"
    r"\b(?i:call(?:s|ed)?|know(?:s|n)?)\s+(?i:him|her|them)\b"
    r"|(?<![\p{L}'’-])(\p{Lu}\p{Ll}{2,})\s*\((?i:[^)]{0,40}\b(?:first\s+name|name|nickname|called"
    r"|call\s+(?:him|her)|known\s+as))"
    # "'Big Mick' is well known to the department"
    r"|['‘\"“]((?:\p{Lu}\p{Ll}+\s+)?\p{Lu}\p{Ll}{2,})['’\"”]\s+(?i:is|was)\s+(?i:well\s+|very\s+)?known\b"
)
# An unknown word that opens a sentence and does what a person does: "Gulnara had been
# getting right upper quadrant pain", "Mikko ... and he was happy for us to share".
_PERSON_OPENS = regex.compile(
    r"(?:^|(?<=[.!?]\s))(\p{Lu}\p{Ll}{3,})\s+(?i:had\s+been|has\s+been|presented|came\s+(?:in|to)"
    r"|complained|noticed|felt|developed|was\s+(?:brought|admitted|referred|found|rushed)"
    r"|tells|told\s+us|says|said|asked|agreed|consented|insisted)\b"
    r"|\b(?i:with|asked|told|thanked)\s+(\p{Lu}\p{Ll}{3,})\b(?=[^.;]{0,40}\b(?:he|she)\s+(?:was|is"
    r"|agreed|consented|said|asked|gave|kindly))"
)
# A film label in quotes, the surname in capitals and the given name after it: "the overlay
# reads 'VAIPULU Losaline F'".
_QUOTED_LABEL = regex.compile(
    r"['‘\"“]\s*(\p{Lu}{3,}(?:[-'’]\p{Lu}+)?)\s+(\p{Lu}\p{Ll}{2,})(?:\s+[MFmf])?(?:\s+\d{1,3})?\s*['’\"”]"
)


_FIGURES_OR_EPONYMS = FIGURES | EPONYMS


# A file's name that carries the patient's: "ramirez_lucia_knee_ct_final2.dcm".
_FILENAME = regex.compile(
    r"(?<![\w.-])([\w-]+(?:[._][\w-]+)*)\.(?i:dcm|dicom|png|jpe?g|tiff?|nii(?:\.gz)?|pdf|mp4|avi|zip"
    r"|bmp|gif|webp|heic)\b"
)


def _filename_names(text: str) -> Iterator[tuple[int, int]]:
    for match in _FILENAME.finditer(text):
        parts = [fold(p) for p in regex.split(r"[_.\d-]+", match.group(1)) if len(p) >= 3]
        given = [p for p in parts if p in FIRST_NAMES]
        family = [p for p in parts if p in SURNAMES and p not in given]
        if given and (family or len(given) >= 2):
            yield match.span()


def _nameless(word: str, *, common: bool = True) -> bool:
    """A word no name could be: English or medicine's, a place, or (unless the sentence says
    it is a name) a common word."""
    folded = fold(word)
    if folded in FIRST_NAMES or folded in SURNAMES:
        return False
    plain = folded in _KNOWN or folded in ACRONYMS or _medical_shaped(word)
    return plain or (common and zipf(folded) >= 3.0)


def _said_names(text: str) -> Iterator[tuple[int, int]]:
    for match in _GIVEN_A_NAME.finditer(text):
        told = match.group(1).split()
        if any(fold(w).removesuffix("s") in _FIGURES_OR_EPONYMS for w in told):
            continue  # "mobile X-ray units nicknamed 'petites Curies'"
        plain = [fold(w) in EPONYMS or _nameless(w) or foreign_word(w.casefold()) for w in told]
        if not all(plain) or any(fold(w) in FIRST_NAMES for w in told):
            yield match.span(1)
    for match in _SAID_TO_BE_A_NAME.finditer(text):
        group = next(g for g in (1, 2, 3) if match.group(g))
        last = match.group(group).split()[-1]
        if not _nameless(last, common=False) and fold(last) not in EPONYMS:
            yield match.span(group)
    for match in _PERSON_OPENS.finditer(text):
        group = 1 if match.group(1) else 2
        word = match.group(group)
        # after "with" and before "he was", a word common elsewhere is a name too ("Mikko")
        foreign = group == 1 and foreign_word(word.casefold())
        if not _nameless(word) and fold(word) not in EPONYMS and not foreign:
            yield match.span(group)
    for match in _QUOTED_LABEL.finditer(text):
        surname, given = match.group(1), match.group(2)
        if not _nameless(surname) and fold(given) not in _KNOWN:
            yield (match.start(1), match.end(2))


def _other_name_shapes(text: str) -> Iterator[tuple[int, int]]:
    """Names in the shapes records, labels and hurried posts write them: capitals
    ("OKONKWO, CHIDI E.", "MRS ANGHARAD PRICE"), patronymics, lower case, and a name that
    opens a sentence or is addressed by the post."""
    for match in _CAPITAL_SURNAME_FIRST.finditer(text):
        surname, given = match.group(1), match.group(2)
        # the shape carries it: a surname of five capitals or more in no word list of ours,
        # a given name in none either ("JOHNSTONE, Ewan"; not "NOTE, Please")
        words = (fold(surname), fold(given))
        known = any(w in _KNOWN or w in ACRONYMS or w in _HASHTAG_WORDS for w in words)
        if len(surname) >= 5 and not known and not _medical_shaped(surname):
            yield match.span()
    for match in _QUOTED_NICKNAME_SURNAME.finditer(text):
        # "'Smokey' Cardinal from the senior men's team": a nickname, then the surname
        surname = fold(match.group(2))
        if surname not in EPONYM_HEADS and surname not in MEDICAL_WORDS:
            yield match.span()
    for match in _CAPITAL_SURNAME_THEN_GIVEN.finditer(text):
        # "WANG Xiuying", "ARNAQUQ Nuliajuk": a surname in capitals, as records and the
        # person write it, then a given name that no word list holds
        surname, given = match.group(1), match.group(2)
        known = fold(surname) in _KNOWN or fold(surname) in ACRONYMS
        if (
            not known
            and len(surname) >= 4
            and regex.search(r"[AEIOUY]", surname)
            and (fold(given) in FIRST_NAMES or not foreign_text(text))
            and not foreign_word(given.casefold())
            and not regex.match(r"\s*\d", text[match.end() :])
            and fold(surname) not in _HASHTAG_WORDS
            and not _medical_shaped(surname)
            and zipf(fold(surname)) < 4.5
            and fold(given) not in _KNOWN
            and fold(given) not in EPONYMS
            and (fold(given) in FIRST_NAMES or zipf(fold(given)) < 2.5)
        ):
            yield match.span()
    for match in _ADDRESSED.finditer(text):
        yield match.span(1)
    for match in _CASE_OF.finditer(text):
        named = match.group(1).split()
        if all(is_unknown_word(w) and fold(w) not in FIGURES for w in named):
            yield match.span(1)
    for match in _NICKNAMED.finditer(text):
        group = next(g for g in range(1, 12) if match.group(g))
        word = match.group(group)
        if group >= 9 or not (
            fold(word) in _KNOWN or fold(word) in ACRONYMS or _medical_shaped(word)
        ):
            yield match.span(group)
    for match in _NAMED_AS_PATIENT.finditer(text):
        group = next(g for g in (1, 2, 3, 4) if match.group(g))
        word = fold(match.group(group).split()[-1])
        plain = word in _KNOWN or word in ACRONYMS or word in _VERBS or _medical_shaped(word)
        if not plain and zipf(word) < 5.0:
            yield match.span(group)
    for match in _PATRONYMIC.finditer(text):
        yield match.span()
    for match in _SURNAME_INITIALS.finditer(text):
        # "Pt : Vuillemin J.-B., 66 ans": a surname no list of ours knows, with dotted initials
        surname = match.group(1)
        told = _PATIENT_NAMED_BEFORE.search(text, 0, match.start()) or _AGED_AFTER.match(
            text, match.end()
        )
        plain = fold(surname) in EPONYMS or _medical_shaped(surname)
        if told and is_unknown_word(surname) and not plain:
            yield match.span()
    for match in _SURNAME_COMMA_GIVEN.finditer(text):
        yield match.span(1)  # "Tremblay, Marie-Josée — référée par le CLSC"
    for match in _NAME_LABEL.finditer(text):
        # "First name Funmilayo", "Surname starts with O, ends -yelaran"
        yield match.span(1) if match.group(1) else match.span(2)
    if _REVERSAL_CUE.search(text):
        # "backwards: ardnassaC reilliW-notsaE": a capitalised name written back to front
        yield from (match.span() for match in _REVERSED_NAME.finditer(text))
    for match in _INITIAL_CAPITALS.finditer(text):
        surname = match.group(1) or match.group(2)
        if (
            fold(surname) not in ACRONYMS
            and not _medical_shaped(surname)
            and is_unknown_word(surname.title())
        ):
            yield match.span()  # "« L. MARCHETTI »" on a label
    for match in _PLACE_GIVEN_NAME.finditer(text):
        # "Jordan Ashworth": a given name that is also a place, before a surname no list knows
        surname = match.group(2)
        if is_unknown_word(surname) and fold(surname) not in EPONYMS and not is_ordinary(surname):
            yield match.span()
    for match in _LEET_NAME.finditer(text):
        # "M4rc3l D3sj4rd1ns": a name in digits for letters, each part a word once read
        parts = [w.translate(_LEET).casefold() for w in match.group().split()]
        lettered = all(regex.search(r"\p{Ll}", w) for w in match.group().split())
        if lettered and all(
            w.isalpha() and len(w) >= 3 and regex.search(r"[aeiouy]", w) for w in parts
        ):
            yield match.span()
    yield from _lower_full_names(text)
    for match in _OPENING_NAME.finditer(text):
        word = match.group(1)
        plain = is_ordinary(word) or _medical_shaped(word) or _misspelt(word)
        if is_unknown_word(word) and not plain:
            yield match.span(1)
    for match in _TITLED_CAPITALS.finditer(text):
        titled = [w.title() for w in match.group(1).split()]
        # "MR SPECTROSCOPY" is an examination: medicine's words, or all ordinary ones, no name
        if not any(_medical_shaped(w) or fold(w) in ACRONYMS for w in titled) and any(
            not is_ordinary(w) for w in titled
        ):
            yield match.span(1)
    for match in _LOWER_INITIAL.finditer(text):
        if not is_ordinary(match.group(1)) and fold(match.group(1)) not in ACRONYMS:
            yield (match.start(1), match.end())
    for match in _INITIAL_PARTICLE.finditer(text):
        yield match.span()
    for match in _QUOTED_NAME.finditer(text):
        yield match.span(1)
    for match in _CAPITALS_INITIAL.finditer(text):
        pieces = regex.split(r"[-'’]", match.group(1))
        if len(match.group(1)) >= 4 and all(_capital_name_part(p) for p in pieces):
            yield match.span()
    for match in _CAPITALS_NAME.finditer(text):
        parts = [regex.sub(r"^\p{Lu}['’]", "", match.group(1)), match.group(2)]
        # Short capitals without vowels or a listed name are abbreviations ("NAD, FBC").
        shaped = all(len(p) >= 4 for p in parts) or any(_listed(p) for p in parts)
        plain = all(fold(p) not in ACRONYMS and regex.search("[AEIOUY]", p) for p in parts)
        # "stage IIIB, AJCC": a grade in Roman numerals is no surname
        plain = plain and not any(regex.fullmatch(r"[IVX]+[A-D]?", p) for p in parts)
        unknown = all(is_unknown_word(p.title()) for p in parts)
        # "O'SULLIVAN, SEAMUS": a listed given name, and no word of English or medicine
        given = any(fold(p) in FIRST_NAMES for p in parts) and not any(
            fold(p) in _KNOWN for p in parts
        )
        # "SMITH, JANELLE": a listed surname and a listed given name
        given = given or (
            fold(parts[0]) in SURNAMES
            and (fold(parts[1]) in FIRST_NAMES or is_unknown_word(parts[1].title()))
        )
        # "KOWALCZYK, BERNADETTE": a surname in no vocabulary and a word in none of ours
        given = given or (is_unknown_word(parts[0].title()) and fold(parts[1]) not in _KNOWN)
        if shaped and plain and (unknown or given):
            yield match.span()


def _name_position(text: str, tokens: Sequence[regex.Match[str]], i: int, j: int) -> bool:
    """A lone lower-case word where a name stands: possessive, sentence start, after a cue."""
    token = tokens[i].group()
    if token.endswith(("'s", "’s")):
        return True
    before = text[: tokens[i].start()]
    after = tokens[j + 1].group() if j + 1 < len(tokens) else ""
    opens = not before.strip() or before.rstrip()[-1] in ".!?;:\n"
    if opens and fold(after) in _VERBS:
        return True
    if _PT_CUE.search(before[-12:]) and (j > i or _listed(token) or fold(after) in SURNAMES):
        # "pt adaeze okonkwo-bello", "patient deshawn williams"; not "patient identifiers"
        return True
    cue = _LOWER_CUES.search(before[-40:])
    if cue and foreign_text(text) and fold(cue.group().strip(" ,:")) in FUNCTION_WORDS:
        return False  # "patiënte met buikpijn": Dutch "with", not "met him"
    return bool(cue)


def _is_history(text: str, start: int, end: int) -> bool:
    """A figure of medicine told as history: a known name with an attribution or a past year."""
    name = text[start:end]
    if _AFTER_A_RELATIVE.search(text, 0, start) and not LONG_PAST.search(text):
        return False  # "His wife, Margaret Ellison, reported": a relative, not an eponymist
    if _PUBLIC_FIGURE.search(text, 0, start) and _MADE_PUBLIC.search(text):
        return True  # "comedian Bernie Mac's publicly reported illness", "Angelina Jolie's op-ed"
    if _BORN_LONG_AGO.match(text, end):
        return True  # "Abraham Colles, born in Co. Kilkenny in 1773"
    if _LIFE_YEARS.match(text, end):
        return True  # "Rolf Sievert (1896–1966)": a life told by its years is history
    if _FULL_FIGURE.search(name) and not _told_of_a_patient(text, start):
        return True  # "Prof Ian Donald got obstetric ultrasound going in Glasgow"
    if _DOCTOR_TITLE.match(name) and _EPONYM_TOLD.search(text):
        surname = fold(regex.sub(r"['’]s$", "", name.split()[-1]))
        if surname in EPONYMS and any(
            fold(m.group(1)) == surname for m in _EPONYM_TOLD.finditer(text)
        ):
            return True  # "classic Jefferson fx, Dr Jefferson would be proud"
    if (_DOCTOR_TITLE.match(name) or _STRONG_TITLE.match(name)) and _SIGNS_TOLD.search(text):
        surname = fold(regex.sub(r"['’]s$", "", name.split()[-1]))
        aged = regex.match(r"\s*[,(]\s*\d", text[end:])
        if surname in EPONYMS and not aged and not _told_of_a_patient(text, start):
            return True  # "Paging Dr Westermark and Mr Hampton: both signs present"
    if _STRONG_TITLE.match(name) or fold(name) in _EPONYM_PHRASES:
        # "Mr Hill and Mr Sachs described the notch in 1940": titled eponymists at work
        surname = fold(regex.sub(r"['’]s$", "", name.split()[-1]))
        described = _ATTRIBUTION.search(text[end : end + 60]) and _LONG_AGO.search(text)
        if fold(name) in _EPONYM_PHRASES or (surname in EPONYMS and described):
            return True
        # "1896'da Dr. Esat Feyzi tarafından": a doctor of a century ago, in any language
        context = sentence_at(text, start)
        return bool(
            _DOCTOR_TITLE.match(name)
            and CENTURY_AGO.search(context)
            and not _PATIENT_STORY.search(context)
        )
    # hyphenated parts too: "Skłodowska-Curie"; a title in lower case is no part of it
    name = regex.sub(r"^(?:\p{Ll}[\p{L}'’-]*\s+)+", "", name)
    parts = [fold(regex.sub(r"['’]s$", "", p)) for p in regex.findall(r"[\p{L}'’]+", name)]
    known = any(p in FIGURES or p in EPONYMS for p in parts[-2:])
    # "Priya Raman-Holt": a given name and a double surname only half of which is an eponym
    double = regex.split(r"-", fold(name.split()[-1]))
    if (
        len(double) > 1
        and len(parts) >= 2
        and not all(p in FIGURES or p in EPONYMS for p in double)
    ):
        known = False
    context = sentence_at(text, start)
    after = regex.sub(r"^['’]s\b", "", text[end : end + 60])
    if name.endswith(("'s", "’s")):
        after = "'s" + after
    attributed = bool(_ATTRIBUTION.search(after))
    # "Robert Salter and W. Robert Harris, 1963": eponymists cited by the year of their paper
    paired = _CITED_YEAR.match(text, end)
    if known and paired and (paired.group("other") or _AND_BEFORE.search(text, 0, start)):
        return True
    # "built in Aberdeen by John Mallard's team in 1980": a research team's leader
    if name.endswith(("'s", "’s")) and _TEAM.match(text, end):
        return True
    # "Jacques-Louis Reverdin, a donné son nom à une ostéotomie": whose name a thing bears
    if _GAVE_NAME.match(text, end) and not _PATIENT_STORY.search(context):
        return True
    # "Saul Hertz gave the first therapeutic dose", "John Flynn, founder of the Flying Doctor"
    # ("treated the first patient" tells a first, not a case)
    deed = _FIRST_DEED.match(text, end)
    if deed and ("first" in deed.group().casefold() or not _PATIENT_STORY.search(context)):
        return True
    # "... and shared the 1950 Nobel Prize": a laureate
    if _NOBEL.search(context) and not _ABOUT_A_PATIENT_NOW.search(context):
        return True
    # "Christmas disease is named after Stephen Christmas"
    if _NAMED_AFTER.search(text[max(0, start - 40) : start]):
        return True
    # "In 1881 Alexander Graham Bell tried to locate the bullet in President Garfield"
    if CENTURY_AGO.search(context) and not _PATIENT_STORY.search(context):
        return True
    # "C. Edmund Kells, the New Orleans dentist who took the first intraoral films in 1896": a
    # trade told after the name, a century ago; "Yrjö Paatero and the birth of panoramic
    # radiography": the name beside what it began
    if CENTURY_AGO.search(context) and _A_TRADE_AFTER.match(text, end):
        return True
    if _BEGINNINGS.match(text, end) and not _PATIENT_STORY.search(context):
        return True
    # "R Adams Cowley coined the 'golden hour'": a coinage is no patient's deed
    if _COINED.match(text, end) and not _PATIENT_STORY.search(context):
        return True
    # "wrapped in cellophane by Rudolph Nissen in 1948": a deed's author long ago
    by = regex.search(r"(?i:\bby\s+)$", text[max(0, start - 5) : start])
    if by and _LONG_AGO.search(context) and not _PATIENT_STORY.search(context):
        return True
    # "first reported by Kanda and colleagues in 2014": a research group, by its leader
    if _AND_COLLEAGUES.match(text, end) and _A_YEAR_TOLD.search(context):
        return True
    # "Hevesy György 1943-ban kapott kémiai Nobel-díjat": a laureate of a past year
    if _NOBEL.search(context) and LONG_PAST.search(context) and not _PATIENT_STORY.search(context):
        return True
    surname = parts[-1]
    if known and parts[0] in FIRST_NAMES and len(parts) >= 2 and surname in SURNAMES:
        # "Mary Jones, born 1945" is a patient; "Robert Jones described" a surgeon
        return attributed and not _PATIENT_STORY.search(context)
    if known:
        return attributed or bool(_HISTORY.search(context) or _FEAT.search(context))
    # A name in no list, credited with a deed long ago: "X built the first ... in the 1950s".
    if attributed and _LONG_AGO.search(context) and not _PATIENT_STORY.search(context):
        return True
    # Someone in a known figure's story long ago: "Röntgen ... 1895; his wife Anna Bertha's hand",
    # "... the first pt was scanned at Atkinson Morley's in 1971"
    if LONG_PAST.search(text) and (names_a_figure(text) or names_a_known_person(text)):
        return True
    return bool(_LONG_AGO.search(text) and names_a_figure(text) and not _PATIENT_STORY.search(text))


_NOBEL = regex.compile(r"(?i:\bnobel)")
_FIRST_DEED = regex.compile(
    r"(?i:(?:['’]s)?,?\s+(?:(?:in|at|of)\s+(?-i:\p{Lu})[\w'’-]+(?:\s+(?-i:\p{Lu})[\w'’-]+)?\s+)?"
    r"(?:(?:who|had)\s+)?(?:gave|performed|built|took|made|did|used|developed|treated|scanned"
    r"|imaged|operated\s+on|invented|designed|described|reported|introduced|published)\s+"
    r"(?:the|his|her)\s+first\b"
    # "Maude Abbott of McGill catalogued congenital heart disease in her 1936 Atlas"
    r"|(?:\s+(?:of|at)\s+(?-i:\p{Lu})[\w'’-]+)?\s+(?:catalogued|cataloged|classified|pioneered)\b"
    r"|,\s+(?:the\s+)?(?:founder|co-?founder|inventor|pioneer|father|mother)\s+of\b"
    # "Mary Ellen Avery, working at Harvard in 1959, showed that ...": a finding of research
    r"|(?:,[^,.;]{0,60},)?\s+(?:first\s+)?(?:showed|demonstrated|discovered|proved|established)"
    r"\s+(?:that|how)\b)"
)
_ABOUT_A_PATIENT_NOW = regex.compile(
    r"(?i:\b(?:presented|presents|admitted|our\s+patient|this\s+patient)\b)"
)
_GAVE_NAME = regex.compile(
    r"(?i:,?\s*(?:who\s+|qui\s+|que\s+|che\s+|der\s+|care\s+)?(?:gave\s+(?:his|her)\s+name"
    r"|lent\s+(?:his|her)\s+name|a\s+donné\s+son\s+nom|donna\s+son\s+nom|dio\s+su\s+nombre"
    r"|(?:ha\s+)?dato\s+il\s+(?:suo\s+)?nome|deu\s+(?:o\s+)?(?:seu\s+)?nome|i-a\s+dat\s+numele"
    r"|seinen\s+Namen\s+gab|gab\s+(?:seinen|ihren)\s+Namen))\b"
)
_AND_COLLEAGUES = regex.compile(
    r"(?i:\s+(?:and|&|y|et|und|e|en|och|og)\s+(?:(?:his|her|their)\s+)?(?:colleagues|co-?workers"
    r"|co-?authors|team|group|colaboradores|coll[èe]gues|Kollegen|collaboratori|collega's))\b"
)
_A_YEAR_TOLD = regex.compile(r"\b(?:19|20)\d\d\b")
_DOCTOR_TITLE = re.compile(r"^(?:Dr|Prof|Professor)\.?\s", re.IGNORECASE)
_EPONYM_TOLD = regex.compile(
    r"\b(\p{Lu}\p{Ll}+)['’]?s?\s+(?i:fx|fracture|sign|disease|syndrome|triad|lesion|classification"
    r"|score|test|manoeuvre|maneuver|operation|procedure|tumou?r|cyst|palsy)\b"
)
_PUBLIC_FIGURE = regex.compile(
    r"(?i:\b(?:comedian|actor|actress|singer|rapper|president|prime\s+minister|footballer|golfer"
    r"|boxer|tennis\s+(?:player|star)|cricketer|senator|celebrity|pop\s+star|film\s+star|astronaut"
    r"|king|queen|princess|prince)\s+)$"
)
_MADE_PUBLIC = regex.compile(
    r"(?i:\b(?:public(?:ly)?|op-ed|announced|disclosed|famous(?:ly)?|press|effect|memoir)\b)"
)
_BORN_LONG_AGO = regex.compile(r",?\s*(?:was\s+)?born\b[^.;]{0,40}?\b1[5-8]\d\d\b")
# (a medieval life too, after the rest of the name: "Abu Bakr al-Razi (854–925)")
_LIFE_YEARS = regex.compile(
    r"(?:[\s-]+(?:al|el|ibn|bin|bint|ben|abu|van|von|de|da|di|du|del|della)[-\s]?\p{Lu}[\p{L}'’-]+)*"
    r"\s*[(,]\s*(?:(?:c|ca|b|born|n)\.?\s*)?(?:1[0-9]\d\d|[1-9]\d\d)\s*[–-]\s*"
    r"(?:1[0-9]\d\d|[1-9]\d\d|20[0-2]\d)\s*\)?"
)
_SIGNS_TOLD = regex.compile(
    r"(?i:\b(?:both|two|three|all|these|classic|the)\s+(?:signs|eponyms)\b)"
)
_NAMED_AFTER = regex.compile(
    r"(?i:named\s+(?:after|for|by)|described\s+by|coined\s+by|takes\s+its\s+name\s+from|its\s+name\s+from|in\s+honou?r\s+of"
    r"|eponym\s+(?:of|for)|(?:textbook|famous|classic|historic|celebrated)\s+case\s+of"
    # "Bell staging (modified by Walsh and Kliegman)": a scheme's authors
    r"|(?:modified|proposed|devised|introduced|revised|validated|developed|updated)\s+by)"
    # "named after the pitcher Thomas Edward John Jr.": the person's trade between
    r"\s+(?:the\s+)?(?-i:[a-z][a-z-]+\s+){0,2}(?:\p{Lu}[\p{L}'’-]+,?\s+(?:and|&)\s+)?$"
)


def names_a_figure(text: str) -> bool:
    """A figure of history by a name that is nobody else's: Röntgen, not Jones or Thomas."""
    return any(
        (folded := fold(word)) in FIGURES and folded not in SURNAMES and folded not in FIRST_NAMES
        for word in regex.findall(r"\p{Lu}[\p{L}'’-]+", text)
    )


# A sentence about a patient: a figure's name in it may be the patient's own ("John Snow fell").
_PATIENT_STORY = regex.compile(
    r"\b(?i:present(?:ed|s|ing)|admitted|fell|falls|complain\w*|injur\w*|\d+[- ]?y(?:ears?)?"
    r"[- ]?o(?:ld)?|y/o|aged\s+\d|patient|pt|brought\s+in|came\s+in|attended|referred)\b"
)


def _told_of_a_patient(text: str, at: int) -> bool:
    return bool(_PATIENT_STORY.search(sentence_at(text, at)))


# A figure the patient is compared with: "Like Phineas Gage, this man ..."
_COMPARED = regex.compile(r"(?i:\b(?:like|unlike|as\s+with|as\s+in|à\s+la|remember)\s+$)")


_MORBUS = regex.compile(r"\b(?:M|Mb|Morbus)\.?\s+(\p{Lu}\p{Ll}+)")


def _eponym_phrase_spans(text: str) -> list[tuple[int, int]]:
    folded = text.casefold()
    spans = [
        m.span()
        for m in _FULL_FIGURE.finditer(text)
        if not _told_of_a_patient(text, m.start()) or _COMPARED.search(text, 0, m.start())
    ]
    # "M. Bechterew", "Mb. Crohn": Morbus, the German for a disease named after someone
    spans += [m.span() for m in _MORBUS.finditer(text) if fold(m.group(1)) in EPONYMS]
    # "Baker (popliteal) cyst": an eponym, a gloss in brackets, its lesion
    spans += [m.span() for m in _EPONYM_GLOSSED.finditer(text) if fold(m.group(1)) in EPONYMS]
    # "Bosniak IIF-cyste", "Chiari II": an eponym with its grade
    spans += [m.span() for m in _EPONYM_GRADE.finditer(text) if fold(m.group(1)) in EPONYMS]
    for phrase in _EPONYM_PHRASES:
        start = folded.find(phrase)
        while start != -1:
            end = start + len(phrase)
            end += 2 if folded[end : end + 2] in ("'s", "’s") else 0
            # "Tommy John-operasjon": the phrase run into a word of another language
            joined = regex.match(r"-[\p{L}]+", text[end:])
            spans.append((start, end + (joined.end() if joined else 0)))
            start = folded.find(phrase, start + 1)
    return spans


_SURNAME_INITIALS = regex.compile(
    r"(?<![\p{L}.])(\p{Lu}\p{Ll}{2,}(?:-\p{Lu}\p{Ll}+)?)\s+\p{Lu}\.(?:\s?-?\p{Lu}\.)*(?=[\s,;:)]|$)"
)
_PATIENT_NAMED_BEFORE = regex.compile(
    r"(?i:\b(?:pt|patient[e]?|paciente|patiënt|doente|paziente|mr|mrs|ms|mme|sig|sra?|nom|name|naam)"
    r"\.?\s*[:=-]?\s*)$"
)
_AGED_AFTER = regex.compile(
    r"\s*,\s*\d{1,3}\s*(?:ans|anni|años|anos|jahre|jaar|år|y|yo|y/o|years?)\b"
)
_SURNAME_COMMA_GIVEN = regex.compile(
    r"^\s*(\p{Lu}\p{Ll}+,\s+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)\s*[—–-]\s"
)
_NAME_LABEL = regex.compile(
    r"(?i:\b(?:first\s+name|given\s+name|forename|christian\s+name|surname|last\s+name|family\s+name"
    r"|pr[ée]nom|nom\s+de\s+famille|nombre|apellidos?|nome|cognome|sobrenome|Vorname|Nachname"
    r"|voornaam|achternaam|förnamn|efternavn|fornavn|etunimi|sukunimi)\s*(?:is|was|:|=|-)?\s*)"
    r"(\p{Lu}\p{Ll}{2,}(?:[-\s]\p{Lu}\p{Ll}+)?)"
    r"|(?i:\b(?:surname|last\s+name|name)\s+(?:starts|begins)\s+with\s+)(\p{Lu}\b[^.;]{0,25}?"
    r"\bends?\s+(?:with\s+|in\s+)?-?\p{Ll}{3,})"
)
_REVERSED_NAME = regex.compile(r"(?<![\p{L}])\p{Ll}{3,}\p{Lu}(?:-\p{Ll}{2,}\p{Lu})?(?![\p{L}])")
_REVERSAL_CUE = regex.compile(
    r"(?i:\b(?:backwards?|reversed?|in\s+reverse|spelt\s+back|mirror\w*)\b)"
)
_INITIAL_CAPITALS = regex.compile(
    r"(?<![\p{L}.])\p{Lu}\.\s?(\p{Lu}{4,}(?:-\p{Lu}{3,})?)(?![\p{L}])"
    # on a label, the dot left off: "burned-in label 'D LLEWELLYN-PARRY'"
    r"|(?<=['‘\"“«]\s?)\p{Lu}\s(\p{Lu}{5,}(?:-\p{Lu}{3,})?)(?=\s?['’\"”»])"
)
_PLACE_GIVEN_NAME = regex.compile(
    r"\b((?:Jordan|Georgia|India|Kenya|Israel|Victoria|Florence|Paris|Austin|Dallas|Savannah"
    r"|Brooklyn|Chelsea|Devon|Kent|Lincoln|Sydney|Madison|Phoenix|Dakota|Carolina|Virginia|Asia"
    r"|Africa|America|China|Sierra|Sahara|Siena|Adelaide|Regina|Tyrone|Kerry|Shannon|Clare|Derry"
    r"|Orlando|Denver|Cairo|Vienna|Verona|Lourdes|Santiago))\s+(\p{Lu}\p{Ll}{2,}(?:-\p{Lu}\p{Ll}+)?)\b"
)
_LEET_NAME = regex.compile(
    r"(?<![\w-])\p{Lu}(?=[\p{Ll}\d]*\d)[\p{Ll}\d]{2,}(?:\s+\p{Lu}(?=[\p{Ll}\d]*\d)[\p{Ll}\d]{2,})+"
    r"(?![\w-])"
)
_LEET = str.maketrans("4310578", "aeiostb")
_EPONYM_GLOSSED = regex.compile(
    r"\b(\p{Lu}\p{Ll}+)(?:['’]s)?\s*\([^)]{1,25}\)\s+(?i:cyst|sign|disease|syndrome|fracture|lesion"
    r"|tumou?r|nodes?|nodules?|lines?|hump|triad|malformation|anomaly)\b"
)
_EPONYM_GRADE = regex.compile(
    r"\b(\p{Lu}\p{Ll}+)\s+(?:[IVX]{1,4}[A-F]?|\d[A-Za-z]?)(?:-[\p{L}]+)?(?![\p{L}\d])"
)


# "little Olek", "baby Amara", "Olek, aged 3", "the Okonjo family": where only a name fits.
_NAME_FRAMES = regex.compile(
    r"\b(?i:little|baby|young|wee|toddler|infant|petit|petite|piccol[oa]|pequeñ[oa]|pequen[oa]"
    r"|kleine[rn]?|lille|lilla|pikku)\s+(?P<a>\p{Lu}\p{Ll}[\p{L}\p{M}'’-]*)"
    r"|\b(?P<b>\p{Lu}\p{Ll}[\p{L}\p{M}'’-]*)\s*(?:,\s*aged?|\(\s*(?:aged?\s*)?)\s*\d{1,3}\b"
    r"|\b(?i:the)\s+(?P<c>\p{Lu}\p{Ll}[\p{L}\p{M}'’-]*)\s+(?i:family|household|twins|boys"
    r"|girls|children|brothers|sisters|siblings|parents)\b"
)
# "Baby Girl Szczepańska", "Twin B Okafor": a newborn is registered under the family name
# before it has its own, so the word after the frame is a surname whatever it looks like.
_NEWBORN_NAME = regex.compile(
    r"\b(?:[Bb]aby|BABY|[Tt]win|[Tt]riplet|[Ii]nfant)\s+(?:[Gg]irl|[Bb]oy|GIRL|BOY|[A-D]|[1-4])"
    r"\s+(\p{Lu}[\p{L}\p{M}'’-]+)"
)


# "mrs o'donnell-whyte", "dr al-hashimi": a surname in lower case with an apostrophe or a
# hyphen, after a title.
_TITLED_LOWER = regex.compile(
    r"\b(?i:mr|mrs|ms|miss|mx)\.?\s+(\p{Ll}+['’]\p{Ll}+(?:-\p{Ll}+)?|\p{Ll}+-\p{Ll}+)\b"
)


def _framed_names(text: str) -> Iterator[tuple[int, int]]:
    for match in _TITLED_LOWER.finditer(text):
        yield match.span(1)
    for match in _NEWBORN_NAME.finditer(text):
        if is_unknown_word(match.group(1)) and fold(match.group(1)) not in FIGURES:
            yield match.span(1)
    for match in _NAME_FRAMES.finditer(text):
        group = next(g for g in ("a", "b", "c") if match.group(g))
        told = fold(match.group(group).strip("'’"))
        if is_unknown_word(match.group(group)) and told not in FIGURES and told not in PERSON_WORDS:
            yield match.span(group)


# "Housemaid's knee", "gamekeeper's thumb", "boxer's fracture": a trade's possessive before
# a part of the body names an injury, unless the word is a listed name ("Miller's knee").
_TRADE_POSSESSIVE = regex.compile(
    r"(?i:\b([\p{L}-]+(?:er|or|maid|man|men|ent|ist|eur|ian))['’]s\s+(?:knee|thumb|elbow"
    r"|shoulder|finger|hip|foot|heel|wrist|ankle|toe|neck|back|hand|lungs?|ear|nodes?|fracture"
    r"|bursitis|cramp|palsy|bottom|disease|nodules?|sign|view|projection|position|elbow)\b)"
)


def _trade_spans(text: str) -> list[tuple[int, int]]:
    return [
        m.span()
        for m in _TRADE_POSSESSIVE.finditer(text)
        if fold(m.group(1)) not in FIRST_NAMES and fold(m.group(1)) not in SURNAMES
    ]


# German writes its nouns with capitals: in a German sentence, capitalised words are names
# only when a list knows them ("Stockholmer Schären", "Auf Thalamusbeteiligung" are not).
_GERMAN = words("""
    der die das den dem des und mit bei im ist nicht von zu ein eine einer einem sich für zur
    zum nach oder wie auch als sind wird werden auf aus über unter vor hier helfen achten vom beim
    ihr wir welche welcher welches würdet dieser diese dieses wurde kann noch schon sehr dort
""")


@lru_cache(maxsize=4096)
def _german(sentence: str) -> bool:
    return sum(fold(w) in _GERMAN for w in _WORD.findall(sentence)) >= 2


def _unlisted_in_german(text: str, start: int, end: int) -> bool:
    named = _WORD.findall(text[start:end])
    if any(fold(w) in FIRST_NAMES or fold(w) in SURNAMES for w in named):
        return False
    return _german(text)


_SAINTED = regex.compile(r"\b(?:St\.?|Saint|Ste\.?|Sankt)\s+(?=\p{Lu}\p{Ll}+(?:['’]s)?$)")
_ITALIAN_WOMAN = regex.compile(
    r"Donna\s+(?:di|con|anziana|giovane|incinta|in\s+gravidanza|in\s+et[àa]|in\s+menopausa)\b"
)


# "Magyar Radiológusok Társasága", "Polskiego Lekarskiego Towarzystwa": a society's name
# ends in its word for society; the capitalised words before it are the society's.
_SOCIETY_WORD = regex.compile(
    r"(?i:t[aá]rsas[aá]g\w*|towarzystw\w*|spole[cč]nost\w*|spolo[cč]nos\w*|f[oö]rening\w*"
    r"|s[aä]llskap\w*|yhdisty\w*|seura\w*|selskab\w*|sociedad\w*|societ\w*|associa\w*"
    r"|asociaci\w*|kolegium\w*|kongres\w*|congress\w*|egyes[uü]let\w*|zwi[aą]zek\w*|\w*gesellschaft\w*"
    r"|\w*vereniging\w*|\w*genootschap\w*|\w*forening\w*|\w*selskab\w*"
    r"|[üu]hing\w*|societ[aă][tț]\w*|dru[sš]tv\w*|draugij\w*|biedr[iī]b\w*|asocia[tț]i\w*"
    r"|derne[gğ]\w*|cemiyet\w*|c[əe]miyy[əe]t\w*|birli[gğ]\w*|kongres\w*)"
)
_NEXT = regex.compile(r"\s+(\p{L}+)")


# Cities that are also given names, after a word that places: "en Santiago", "in Victoria".
_CITY_AFTER_A_PREPOSITION = regex.compile(
    r"\b(?:(?i:in|en|em|à|we|ve|im|nach|naar|to|from|de|desde|da|at|near|outside)|w|v|i)\s+"
    r"(?:Santiago|Sofia|Victoria|Adelaide|Regina|Florence|Lourdes|Valencia|Salvador|Orlando"
    r"|Eugene|Lincoln|Jackson|Houston|Savannah|Madison|Lima|Charlotte|Austin|Alexandria|Paris"
    r"|Georgetown|Kingston|Santa\s+\p{Lu}\p{Ll}+|San\s+\p{Lu}\p{Ll}+|São\s+\p{Lu}\p{Ll}+)"
    r"$"
)
_OWNED_OR_AGED = regex.compile(r"['’]s\b|\s*,\s*\d|\s*\(\s*\d")


# "Die Tochter der Patientin, Dr. Sabine Lorenz", "Zijn vrouw, Marieke Dekker"
# A relative in Afrikaans, Xhosa, Zulu, Swahili, Kinyarwanda and Luganda: "haar man",
# "udade wabo", "mkewe", "umugabo we"
_AFRICAN_RELATIVES = (
    r"(?:haar|sy)\s+(?:man|vrou|seun|dogter|broer|suster|ma|pa|ouma|oupa)"
    r"|udade\s+w(?:abo|akhe)|umfowabo|umnakwabo|umyeni\s+wakhe|unkosikazi\s+wakhe"
    r"|umama\s+wakhe|ubaba\s+wakhe|indodana\s+yakhe|indodakazi\s+yakhe|mumewe|mkewe|mwanawe"
    r"|kaka\s+yake|dada\s+yake|mama\s+yake|baba\s+yake|umugabo\s+we|umugore\s+we"
    r"|umwana\s+we|mwannyina|kitaawe|maama\s+we"
)
# ... and the name after it, which no list may know: "Haar man Piet", "udade wabo, uNomathemba"
_AFRICAN_RELATIVE_NAMED = regex.compile(
    rf"(?i:\b(?:{_AFRICAN_RELATIVES}))[\s,:]+(?:u|ka|no)?(\p{{Lu}}\p{{Ll}}+(?:\s+\p{{Lu}}\p{{Ll}}+)?)"
)
# Two capitalised words after a relative's word are a name, whatever the lists know of them:
# "Grandfather Jan Botha carried him in" ("Jan" is a month's too)
_RELATIVE_FULL_NAME = regex.compile(
    rf"(?i:\b(?:{RELATIONS}))[\s,:]+(\p{{Lu}}\p{{Ll}}+\s+\p{{Lu}}\p{{Ll}}{{2,}})\b"
)
_AFTER_A_RELATIVE = regex.compile(
    # (Afrikaans "haar man Piet"; Xhosa and Zulu "udade wabo, uNomathemba", "umyeni wakhe")
    rf"(?i:\b(?:{RELATIONS}|vrouw|(?<=\bzijn\s)man|{_AFRICAN_RELATIVES}"
    # Kazakh, Kyrgyz, Uzbek and Azerbaijani: "egiz inisi Dáýren", "qizi Malika", "oğlu Elvin"
    r"|ini(?:si|m)|a[ǵg]as[ıy]|apas[ıy]|qyz[ıy]|ul[ıy]|[áa]ıeli|k[úu]ıe[ýy]i|anas[ıy]|[áa]kesi"
    r"|ukasi|akasi|opasi|singlisi|qizi|o['‘’]g['‘’]li|xotini|onasi|otasi|qarda[şs][ıi]|bac[ıi]s[ıi]"
    r"|q[ıi]z[ıi]|o[ğg]lu|arvad[ıi]|anas[ıi]|atas[ıi]))"
    r"(?:\s+(?i:der|des|van\s+de|of\s+the|de\s+la"
    r"|della|del|do|da)\s+(?i:patient\w*|patiënt\w*|paciente|paziente))?[\s,:]+(?:(?i:dr|prof)\.?\s+)?(?:u|ka|no)?$"
)
_BY_A_GRADER = regex.compile(
    r"\b(?i:secondo|seguendo|según|segundo|selon|d['’]apr[èe]s|nach|gem[äa][ßs]|volgens|enligt|ifølge"
    r"|if[øo]lge|według|wg\.?|podle|szerint|according\s+to|per)\s+$"
)
_GRADED = regex.compile(
    r"(?i:\b(?:grad[oe]s?|grade|grading|stadio|stade|stage|estadio|est[áa]gio|tipo|type|typ|classe"
    r"|class|clase|score|punteggio|classifica\w*|clasificaci[oó]n|classification|Klassifikation"
    r"|klasyfikacj\w*|criteri\w*|scale|scala|escala|[ée]chelle|Stadium)\b)"
)
_DICOM_NAME = regex.compile(
    r"(?<![\p{L}^])\p{L}[\p{L}'’-]+(?:\s\p{L}[\p{L}'’-]+){0,3}\^\p{L}[\p{L}-]*(?:\^[\p{L}.-]*){0,3}"
)


def _declined_eponym(word: str) -> bool:
    """An eponym with a Slavic case ending: "Segonda", "Crohna", "Colles'a"."""
    return any(
        word.endswith(end) and word[: -len(end)] in EPONYMS for end in ("a", "u", "ego", "'a")
    )


# Russian and its neighbours in Latin letters name a sign after its author in the genitive,
# which no list of eponyms holds in every spelling: "Perelom Kolesa", "Bolezn Bekhtereva",
# "Simptom Shchetkina-Blyumberga".
_SLAVIC_HEAD = regex.compile(
    r"(?i:perelom\w*|prelom\w*|simptom\w*|priznak\w*|bolezn\w*|sindrom\w*|klassifikats\w*"
    r"|triada|operatsi\w*)['’]?\s+"
)


def _slavic_genitive(word: str) -> bool:
    """A surname in the Slavic genitive, not a first name: "Kolesa", "Blyumberga"."""
    folded = fold(word)
    return len(folded) >= 4 and folded.endswith("a") and folded not in FIRST_NAMES


# "a. pulmonalis", "a. cerebri media", "n. ulnaris": a vessel or a nerve by its Latin name
_LATIN_ANATOMY = regex.compile(r"\b(?:a|aa|v|vv|n|nn|m|mm|lig|ggl)\.\s+\p{Ll}+(?:\s+\p{Ll}+)?")
# "Hill-Sachs-laesie", "Bankart-Läsion": an eponym joined to its lesion in one word
_EPONYM_COMPOUND = regex.compile(
    r"\b\p{Lu}[\p{L}-]*-(?i:laesie|fractuur|teken|ziekte|syndroom|cyste|classificatie|operatie"
    r"|l[äa]sion|fraktur|zeichen|syndrom|krankheit|zyste|klassifikation|tumor|tumour|test|manoeuvre"
    r"|man[öo]ver|vonal\w*|linie|lini[ea]|lines?|vonalak)\b"
    # "Kerley-B", "Weber-C": an eponym and its letter, with the article before it ("A Kerley-B")
    r"|\b(?:(?:A|Az|The|Le|La|El|Der|Die|De|Het)\s+)?\p{Lu}\p{Ll}+-[A-D](?=[\s,.;)])"
)


_ANONYMISED = words("""
    anonymous anonymised anonymized anon patient unknown test phantom removed redacted
    deidentified de-identified case teaching demo
""")
_PATIENT_INITIAL = regex.compile(
    r"\b(?i:patient(?:in|en)?|pt|pat|paciente|pacjent\w*|paziente|patiënt|potilas)\.?[:,]?\s+"
    r"(\p{Lu}\.\s?(?:\p{Lu}\.\s?)?\p{Lu}[\p{Ll}'’-]+)"
)
_NICKNAME_IN_QUOTES = regex.compile(
    r"[„\"“‚'‘«](?P<nick>\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?)[“\"”‘'’»]\s+(?:genannt|gerufen|diye|deyə)\b"
    r"|\b(?i:genannt|gerufen|nicknamed|known\s+(?:to\s+\w+\s+)?as|called|zwan[ya]|detto|detta"
    r"|soprannominat[oa]|surnomm[ée]e?|dit|dite|llamad[oa]|apodad[oa]|conhecid[oa]\s+como"
    # Hebrew, Greek and Armenian in Latin letters: "korim lo 'Shuki ha-Gingi'", "ton lene"
    r"|kor['’]?im\s+l[oa]|mekanim\s+ot[oa]|ton\s+lene|tin\s+lene|ton\s+fonazoun|tin\s+fonazoun"
    r"|anvanum\s+en|kanchum\s+en)\s+"
    r"[„\"“‚'‘«](?P<nick>\p{Lu}\p{Ll}+(?:\s(?:\p{Ll}{1,3}-)?\p{Lu}\p{Ll}+)?)[“\"”‘'’»]"
    r"(?!\s*(?i:sign|signs|pattern|appearance|configuration|shape|view|deformity|fracture|lesion"
    r"|zeichen|signe|segno|signo|sinal|znak|objaw|teken|tecken|tegn|merkki))"
)
# A nickname in quotes between a given name and a surname: "Tevita 'Big T' Vaipulu".
_NICKNAMED_IN_FULL = regex.compile(
    r"\b(?P<given>\p{Lu}\p{Ll}+)\s+['‘\"“](?P<nick>[^'’\"”\n]{1,20})['’\"”]\s+(?P<family>\p{Lu}\p{Ll}+)\b"
)
# A given name by the place it comes from: "Big Tall Winston from Linstead"
_NAMED_FROM = regex.compile(r"\b(?P<given>\p{Lu}\p{Ll}+)\s+from\s+(?P<place>\p{Lu}\p{Ll}{3,})\b")
_LOWER_TITLE_NAME = regex.compile(
    # ... and the Nordic "hos fru Sørensen", "herr Lindqvist"
    r"(?<![\p{L}.])(?:sig|sig\.ra|sigra|dhr|mevr|sr|sra|srta|sgr|fru|herr|frk|fr[øo]ken|rouva|herra"
    r"|(?i:smt|shri|sri|kum|thiru|tmt)"
    r"|pani|paní|pán|pana|panu"
    # Greek in Latin letters: "tis kyrias Vlachou", "o kyrios Papadakis"; Armenian "tikin", "paron"
    r"|kyri[ae]s?|kyrios|kyriou|kyrie|kyr|tikin|paron)\.?\s+(?!Lanka(?:n|ns)?\b)"
    r"(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)"
)
# "mr d.0kaf0r", "mrs o'brien": an English title in lower case, then a surname ("ms" alone is
# multiple sclerosis: with an initial only)
_LOWER_ENGLISH_TITLE = regex.compile(
    r"(?<![\p{L}.])(?:(?:mr|mrs|miss|mx)\.?\s+(?:\p{Ll}\.\s?)?|ms\.?\s+\p{Ll}\.\s?)"
    r"(\p{Ll}[\p{Ll}'’-]{2,})\b"
)
_PATIENT_OR_TITLE_FIRST = regex.compile(
    r"(?:Patientin|Patient|Patienten|Frau|Herrn?|Mevrouw|Meneer)\s+\p{Lu}\p{Ll}+\s+\p{Lu}"
)
_PATIENT_OR_TITLE_BEFORE = regex.compile(
    r"\b(?:Patientin|Patient|Patienten|Pat\.|Frau|Fr\.|Herrn?|Hr\.|Mevrouw|Meneer|Dhr\.|Mevr\.)"
    r"\s+(?:\p{Lu}\.\s*)?$"
)
_TITLE_BEFORE = regex.compile(
    r"\b(?i:smt|shri|shrimati|sri|kum|thiru|tmt|sig|sigra|sig\.ra|dhr|mevr|herrn?|frau|pani|pan|mme|mlle|sr|sra|srta|dona|doña|senhor"
    r"|senhora|señor|señora|signor|signora|mr|mrs|ms|monsieur|madame)\.?\s+$"
)
_RELATIVE_THEN_GIVEN = regex.compile(
    rf"(?i:\b(?:{RELATIONS}|hubby|wifey|hubs|bf|gf|fiance))[\s,:]+(?:(?:is|was|['’]s)\s+)?"
    r"(\p{Ll}{3,})(?:-\p{Ll}{2,})?\b"
)
# "so this is maria kowalska", "aka jonathan pell": a name in lower case after words that
# introduce one
_INTRODUCED_LOWER = regex.compile(
    r"(?i:\b(?:this\s+is|aka|a\.k\.a\.?|named|called|name\s+is|name['’]s|goes\s+by|known\s+as)\s+)"
    r"(\p{Ll}{3,})(?:\s+(\p{Ll}[\p{Ll}'’-]{2,}))?"
)


def _lower_names_after_cues(text: str) -> Iterator[Hit]:
    for match in _INTRODUCED_LOWER.finditer(text):
        given, surname = match.group(1), match.group(2)
        listed = fold(given) in FIRST_NAMES
        if not listed and not _lower_candidate(given):
            continue
        if surname and (fold(surname) in SURNAMES or _lower_candidate(surname)):
            yield Hit("name", match.start(1), match.end(2))
        elif listed and zipf(fold(given)) < 4.5:  # "aka jonathan", not "called will"
            yield Hit("name", *match.span(1))
    for match in _LOWER_ENGLISH_TITLE.finditer(text):
        surname = match.group(1)
        if fold(surname) in SURNAMES or _lower_candidate(surname):
            yield Hit("name", *match.span(1))


# A Korean or Taiwanese name in Latin letters, family name first and the given name's two
# syllables joined by a hyphen: "Park Ji-hoon", "Tsai Yi-ling"
_KOREAN_OR_TAIWANESE_NAME = regex.compile(
    r"\b(?:Kim|Lee|Yi|Park|Pak|Choi|Choe|Jung|Jeong|Kang|Cho|Jo|Yoon|Yun|Jang|Lim|Han|Oh|Seo|Shin"
    r"|Kwon|Hwang|Ahn|Song|Yoo|Hong|Jeon|Moon|Yang|Son|Bae|Baek|Heo|Nam|Noh|Kwak|Sung|Cha|Joo"
    r"|Woo|Min|Ryu|Jin|Chae|Won|Chun|Bang|Gong|Hyun|Chen|Lin|Huang|Chang|Wang|Wu|Liu|Tsai|Yeh|Hsu"
    r"|Cheng|Hsieh|Kuo|Tseng|Chiu|Lai|Chou|Chien|Chao|Hung|Chu|Tu|Ho|Lo|Liao|Weng|Kao|Chiang)"
    r"\s+\p{Lu}\p{Ll}{1,5}-\p{Ll}{2,6}\b"
)
# A Korean given name of two syllables run together ("Minseo", "Dohyun", "Seoyeon"), and a
# Japanese word of two to four syllables ("Sora", "Haruka", "Yamamoto")
_KOREAN_SYLLABLE = (
    r"(?:kk|tt|pp|ss|jj|ch|[gkndtrlmbpsjhyw])?(?:yae|yeo|wae|ae|ya|eo|ye|wa|oe|yo|wo|we|wi|yu|eu"
    r"|ui|oo|a|e|o|u|i)(?:ng|[kntlmp](?![aeiouwy]))?"
)
_KOREAN_GIVEN = regex.compile(rf"{_KOREAN_SYLLABLE}{_KOREAN_SYLLABLE}")
_JAPANESE_SHAPED = regex.compile(
    r"(?:(?:sh|ch|ts|ky|gy|ny|hy|my|ry|by|py|[kgsztdnhbpmyrwjf])?[aiueo](?:n(?![aiueoy]))?){2,4}"
)
_KOREAN_SURNAMES = words("""
    kim lee yi park pak choi choe jung jeong kang cho jo yoon yun jang lim han oh seo shin kwon
    hwang ahn song yoo hong jeon moon yang son bae baek heo nam noh kwak sung cha joo woo min ryu
    jin chae won chun bang gong hyun
""")


_CHINESE_SURNAMES = words("""
    wang li zhang liu chen yang huang zhao wu zhou xu sun zhu hu guo lin luo zheng liang xie
    tang feng deng cao peng zeng xiao tian dong yuan pan jiang cai du ye cheng wei su lu ding
    ren shen yao jin zhong xue qian qiu wong chan cheung lau ng leung
""")
# a given name in pinyin of two syllables run together: "Meiling", "Haitao", "Xiaobao"
_PINYIN_SYLLABLE = (
    r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ang|eng|ing|ong|uan|ian|iao|uai|ai"
    r"|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ue|ui|a|o|e|i|u)"
)
_PINYIN_GIVEN = regex.compile(rf"{_PINYIN_SYLLABLE}{_PINYIN_SYLLABLE}")


def _east_asian_name(first: str, second: str) -> bool:
    """A Korean surname and a given name of two syllables, or a listed Japanese surname and a
    given name shaped as Japanese words are, run together in a tag."""
    family, given = fold(first), fold(second)
    if given in _KNOWN or given in EPONYMS or len(given) < 4:
        return False
    if family in _CHINESE_SURNAMES and family not in _KNOWN:
        # (by its rarity, not its shape: "Meiling" ends as an English word does)
        return bool(_PINYIN_GIVEN.fullmatch(given)) and zipf(given) < 3.0
    if family in _KOREAN_SURNAMES:
        return bool(_KOREAN_GIVEN.fullmatch(given)) and not is_ordinary(second)
    return (
        family in SURNAMES
        and family not in _KNOWN
        and bool(_JAPANESE_SHAPED.fullmatch(family))
        and bool(_JAPANESE_SHAPED.fullmatch(given))
        and (given in FIRST_NAMES or not is_ordinary(second))
    )


_LEFT_BY_A_REDACTION = regex.compile(
    r"\[[^\]]{0,30}\b(?i:name|surname|forename)\b[^\]]{0,20}\]\s*(\p{Lu}[\p{L}'’-]+)"
    rf"|\b(\p{{Lu}}[\p{{L}}'’-]+),\s+(?i:the\s+patient['’]s|the\s+pt['’]s)\s+(?i:{RELATIONS})\b"
)
# A Japanese or Korean name with its honorific: "Megumi-san", "Tanaka-sama", "Ji-woo-ssi"
_JAPANESE_HONORIFIC = regex.compile(
    r"\b(\p{Lu}\p{Ll}+(?:-\p{Ll}+)?)-(?:san|chan|kun|sama|ssi|nim|dono)\b"
)
_HOUSEHOLD = regex.compile(
    r"\b(?i:the)\s+(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)\s+(?:family|twins|triplets|quadruplets"
    r"|quintuplets|sextuplets|household)\b"
)


# Central Asian and Azerbaijani patronymics, a father's name before "son of", "daughter of"
_PATRONYMIC = regex.compile(
    r"\b\p{Lu}\p{Ll}+\s+(?:uulu|kyzy|qizi|qyzy|kizi|o['’‘]?g['’‘]?li|ugli|ogly|o[gğ]lu)\b"
    r"(?:\s+\p{Lu}\p{Ll}+)?"
)


def _known_word(word: str) -> bool:
    folded = fold(word)
    return folded in _KNOWN or folded in COMMON_WORDS


def find_people(text: str) -> Iterator[Hit]:
    """Names by every rule, lower-case ones included; figures of medical history excepted."""
    phrases = _eponym_phrase_spans(text) + _trade_spans(text)
    phrases += [m.span() for m in _FIGURE_DAY.finditer(text)]
    phrases += [m.span() for m in _STORM.finditer(text)]
    phrases += [m.span() for m in _CAMPAIGN.finditer(text)]
    phrases += [m.span() for m in _NAMED_THING.finditer(text)]
    phrases += [m.span() for m in _EPONYM_COMPOUND.finditer(text)]
    phrases += [m.span() for m in _LATIN_ANATOMY.finditer(text)]
    phrases += [m.span() for m in _VIETNAMESE_REGION.finditer(text)]
    phrases += [m.span() for m in _COUNTRY_OF_NAMES.finditer(text)]
    phrases += [m.span() for m in _NAMED_LAW.finditer(text)]
    # "George Washington University", "Johns Hopkins Hospital": a founder's name is the
    # institution's; the facility rules weigh it as a place
    phrases += [m.span() for m in _NAMED_INSTITUTION.finditer(text)]
    # "VAN DER BERG^JOHANNES": a person's name as DICOM writes it, family name first;
    # "Patient M. Huber": an initial and a surname after the patient's word, in any language
    yield from (
        Hit("name", *m.span())
        for m in _DICOM_NAME.finditer(text)
        if not set(regex.split(r"[\s^]+", fold(m.group()).strip("^"))) <= _ANONYMISED
        and not filed_eponym(m.group())
    )
    yield from (Hit("name", *m.span(1)) for m in _PATIENT_INITIAL.finditer(text))
    yield from (Hit("name", *m.span(1)) for m in _AFRICAN_RELATIVE_NAMED.finditer(text))
    # "Bakyt uulu Azamat", "Dilnoza Rustam qizi": a father's name and "son of" or "daughter of"
    yield from (Hit("name", *m.span()) for m in _PATRONYMIC.finditer(text))
    # "auf Station von allen nur „Mausi“ genannt", "known as 'Bubbles' on the ward"
    yield from (Hit("name", *m.span("nick")) for m in _NICKNAME_IN_QUOTES.finditer(text))
    # "Gerald Abernethy's bone scan": someone's own scan, whatever the surname
    yield from (
        Hit("name", *m.span())
        for m in _WHOSE_SCAN.finditer(text)
        if fold(m.group("given")) in FIRST_NAMES
        and not _FULL_FIGURE.search(m.group())
        and not LONG_PAST.search(text)
    )
    yield from (
        Hit("name", *m.span("given"))
        for m in _NAMED_FROM.finditer(text)
        if (fold(m.group("given")) in FIRST_NAMES or zipf(fold(m.group("given"))) < 4.0)
        and not m.group("given").endswith("s")
        and fold(m.group("given")) not in EPONYMS
        and fold(m.group("given")) not in MEDICAL_WORDS
        and fold(m.group("given")) not in CITIES
        and zipf(fold(m.group("place"))) < 3.5
    )
    yield from (
        Hit("name", *m.span())
        for m in _NICKNAMED_IN_FULL.finditer(text)
        if not any(
            fold(m.group(part)) in EPONYMS or is_ordinary(m.group(part))
            for part in ("given", "family")
        )
    )
    named = list(find_names(text))
    # "mum, sarah wells, reports", "hubby dave (runs the chippy)": a listed given name in
    # lower case right after a relative's word, however common the name is in print
    named += [
        Hit("name", m.start(1), m.end())
        # overlapped: "twin sister ana-luisa" holds two relatives' words before the name
        for m in _RELATIVE_THEN_GIVEN.finditer(text, overlapped=True)
        if fold(m.group(1)) in FIRST_NAMES
    ]
    named += _lower_names_after_cues(text)
    named += [Hit("name", *m.span()) for m in _KOREAN_OR_TAIWANESE_NAME.finditer(text)]
    # "[name removed] Kowalczyk", "Thornbury, the patient's husband": what a redaction left
    named += [
        Hit("name", *m.span(g))
        for m in _LEFT_BY_A_REDACTION.finditer(text)
        for g in (1, 2)
        if m.group(g) and not _known_word(m.group(g))
    ]
    named += [Hit("name", *m.span(1)) for m in _JAPANESE_HONORIFIC.finditer(text)]
    # "the Okonkwo-Brandt quadruplets", "the Rai family": a household by its surname
    named += [
        Hit("name", *m.span(1))
        for m in _HOUSEHOLD.finditer(text)
        if not any(_known_word(p) for p in m.group(1).split("-"))
    ]
    # "Il sig. Bernasconi", "bij dhr. Van Aalst": a title in lower case, then any name
    named += [Hit("name", *m.span(1)) for m in _LOWER_TITLE_NAME.finditer(text)]
    # a part of a name told as history is history too: "Mac's" in "comedian Bernie Mac's"
    phrases += [(h.start, h.end) for h in named if _is_history(text, h.start, h.end)]
    # "Marie and Pierre Curie announced radium in 1898; Marie later ran mobile X-ray units":
    # a figure named in full, then by one name of it
    figures = {fold(w) for s, e in _eponym_phrase_spans(text) for w in _WORD.findall(text[s:e])}
    for hit in named:
        inside = any(s <= hit.start and hit.end <= e for s, e in phrases)
        if inside or (
            figures
            and {fold(w) for w in _WORD.findall(text[hit.start : hit.end])} <= figures
            and not _told_of_a_patient(text, hit.start)
        ):
            continue
        if text[hit.start : hit.end].istitle() and _unlisted_in_german(text, hit.start, hit.end):
            if _AFTER_A_RELATIVE.search(text, 0, hit.start) and " " in text[hit.start : hit.end]:
                yield hit  # "Die Tochter, Sabine Kröger, berichtet": a name after a relative
            elif _PATIENT_OR_TITLE_BEFORE.search(
                text, 0, hit.start
            ) or _PATIENT_OR_TITLE_FIRST.match(text, hit.start, hit.end):
                yield hit  # "Patientin Annegret Wöhrmann", "Frau Sabine Ortlieb", "Herrn Ö. Kalk"
            continue
        if (
            _SAINTED.search(text, 0, hit.end)
            and _SAINTED.search(text, 0, hit.end).end() >= hit.start
        ):
            continue  # "St Vincent", "Saint Helena": a saint's name is a place's or a church's
        named = _WORD.findall(text[hit.start : hit.end])
        if all(fold(w) in EPONYMS for w in named) and (
            _FOREIGN_EPONYM_HEAD.search(text, 0, hit.start) or _SIGN_HEAD.search(text, 0, hit.start)
        ):
            continue  # "Quiste de Baker", "Morbus Crohn"
        head = regex.match(r"\p{L}+(?:-\p{Ll}+)?\s+", text[hit.start : hit.end])
        if (
            head
            and _FOREIGN_EPONYM_HEAD.search(text, 0, hit.start + head.end())
            and all(
                fold(w) in EPONYMS
                or _declined_eponym(fold(w))
                or (_SLAVIC_HEAD.fullmatch(head.group()) and _slavic_genitive(w))
                for w in _WORD.findall(text[hit.start + head.end() : hit.end])
            )
        ):
            continue  # "Boala Crohn", "Złamanie Segonda": the disease's word read into the name
        if _AFTER_A_RELATIVE.search(text, 0, hit.start):
            yield hit  # "Patsiendi abikaasa Toomas Kask": a name after a relative's word
            continue
        if _BY_A_GRADER.search(text, 0, hit.start) and _GRADED.search(text):
            continue  # "di grado 3 secondo Lee": the grade's author, not a person in the case
        if _TITLE_BEFORE.search(text, 0, hit.start):
            yield hit  # "Il sig. Bernasconi": after a title a word is a name in any language
            continue
        if japanese_or_korean(text) and all(
            map(_japanese_or_korean_word, text[hit.start : hit.end].split())
        ):
            continue  # "Kyōbu X-sen", "Toyama-ken Jinzū-gawa": a part of the body, a place
        if chinese_romanised(text) and all(
            fold(w) in CHINESE_WORDS for w in regex.split(r"[\s-]+", text[hit.start : hit.end])
        ):
            continue  # "Shijie Weisheng Zuzhi", "Chang Jiang": the WHO, the Yangtze
        if foreign_text(text):
            # a word common there counts too ("Dia", the day), unless a surname stands by it
            common = not any(fold(w) in SURNAMES for w in named)
            words_of_it = [
                w
                for w in named
                if _PATRONYMIC_SURNAME.search(w) or not _word_of_another_language(w, common=common)
            ]
            if _turkish_text(text):
                # case endings after an apostrophe ("Derneği'nin") are no part of a name
                around = text[hit.start : hit.end + 24]
                endings = {
                    m.group()[1:] for m in _TURKISH_ENDING.finditer(text[hit.start : hit.end])
                }
                words_of_it = [w for w in words_of_it if w not in endings and not _turkish_plain(w)]
                # Turkish names are its words too ("Kaya", "Demirtaş"): common words go only
                # when all of them are, with no initial, honorific, street or firm beside them
                if not _TURKISH_NAME_MARK.search(around) and all(map(_turkish_word, words_of_it)):
                    words_of_it = []
            if _vietnamese_opening(text, hit.start, hit.end):
                continue
            if _romanian_text(text):
                words_of_it = [w for w in words_of_it if not _romanian_word(w)]
            if not words_of_it:
                continue  # "Ângulo alfa", "O Dia Internacional": that language's words
            eponyms = all(fold(w) in EPONYMS or fold(w) in FIGURES for w in words_of_it)
            if eponyms and (
                len(words_of_it) < len(named) or _FOREIGN_EPONYM_HEAD.search(text, 0, hit.start)
            ):
                continue  # "Sociedad Fleischner", "Quiste de Baker"
        city = _CITY_AFTER_A_PREPOSITION.search(text, 0, hit.end)
        if city and not _OWNED_OR_AGED.match(text, hit.end):
            continue  # "la Sociedad Chilena de Radiología en Santiago": the city
        after = _NEXT.match(text, hit.end)
        told = [*_WORD.findall(text[hit.start : hit.end]), after.group(1) if after else ""]
        if any(_SOCIETY_WORD.fullmatch(w) for w in told) and not any(
            fold(w) in FIRST_NAMES for w in told
        ):
            continue  # "Magyar Radiológusok Társasága": the society's own name
        if MONTH_BESIDE_A_NUMBER.match(text, hit.start):
            continue  # "19. Mai 2023": a month, not Mai
        if _ITALIAN_WOMAN.match(text, hit.start) and text[hit.start : hit.end] == "Donna":
            continue  # "Donna di mezza età": a woman, in Italian
        yield hit
    latin = [m.span() for m in _LATIN_ANATOMY.finditer(text)]
    for start, end in [
        *(
            m.span(1)
            for m in _RELATIVE_FULL_NAME.finditer(text)
            if not all(map(_known_word, m.group(1).split()))
        ),
        *_lower_names(text),
        *_framed_names(text),
        *_other_name_shapes(text),
        *_said_names(text),
        *_filename_names(text),
    ]:
        if any(s < end <= e for s, e in latin):
            continue  # "kmeňa a. pulmonalis": the artery's letter, not an initial
        if text[start:end].istitle() and _LIFE_YEARS.match(text, end):
            continue  # "Ibn al-Haytham (965-1040)": a life told by its years is history
        if text[start:end].islower() and _a_figure_in_lower_case(text, start, end):
            continue  # "sven ivar seldinger described his technique": a figure, said aloud
        if not any(s <= start and end <= e for s, e in phrases):
            yield Hit("name", start, end)


def _a_figure_in_lower_case(text: str, start: int, end: int) -> bool:
    """A name in lower case that is, or runs into, a figure of history's, in a sentence that
    tells no patient's story: "sven ivar seldinger described ..."."""
    after = regex.match(r"\s+(\p{Ll}+)", text[end:])
    told = [*_WORD.findall(text[start:end]), after.group(1) if after else ""]
    return any(fold(w) in FIGURES for w in told) and not _told_of_a_patient(text, start)


# Particles inside names: "Siobhan Ni Bhriain", "Ana de la Cruz", "Omar bin Said".
_PARTICLES = words("ni nic mac mc o de del della di da la le van von der den ter bin bint ibn al")


def _run_together(tag: str) -> bool:
    """'#marynamukasa': a listed given name run into a word in no vocabulary. The longest
    given name at the start decides: '#victoriacross' is Victoria and a cross."""
    for cut in range(len(tag) - 4, 3, -1):
        first, rest = tag[:cut], tag[cut:]
        if first in _KNOWN and first not in FIRST_NAMES:
            return False  # the longest word at the start is an ordinary one
        if first not in FIRST_NAMES:
            continue
        # a given name that is also a word ("grace", "hope") needs a plainly foreign surname
        common = first in _KNOWN and zipf(rest) >= 2.0
        plain = is_ordinary(rest) or _medical_shaped(rest) or rest in _HASHTAG_WORDS
        return len(rest) >= 5 and not common and not plain
    return False


# A given name, a middle name that is nothing else, a surname: "Ram Bahadur Thapa", "Sita
# Kumari Rai"; a Vietnamese surname, a middle name and a given name: "Nguyen Van Hai".
_MIDDLE_NAMED = regex.compile(
    r"\b\p{Lu}\p{Ll}+ (?:Bahadur|Kumari|Prasad|Kumar|Lal|Devi) \p{Lu}\p{Ll}{2,}$"
    r"|\b(?:Nguyen|Tran|Le|Pham|Hoang|Huynh|Phan|Vu|Vo|Dang|Bui|Do|Ho|Ngo|Duong|Ly|Trinh|Dinh)"
    r" (?:Van|Thi|Duc|Ngoc|Minh|Quoc|Thanh|Huu|Xuan|Kim|Thu) \p{Lu}\p{Ll}+\b"
)


def is_tagged_name(words: Sequence[str]) -> bool:
    """A name run together in a hashtag: a full name, or a listed given name before a
    surname in no vocabulary ("#GwenPritchard")."""
    if any(fold(w) in _HASHTAG_WORDS for w in words) or fold("".join(words)) in _KNOWN:
        return False  # "#PedsOnc", "#MoyaMoya"
    if all(_word_of_another_language(w) for w in words):
        return False  # "#CasoClínico", "#ImagenMédica", "#MedicinaDeUrgencias"
    if all(_word_of_a_tag_language(w) or _TURKISH_MEDICINE.match(w) for w in words):
        return False  # "#TıpEğitimi", "#VakaSunumu": Turkish, whose names are rarely its words
    if is_full_name(words):
        return True
    if len(words) >= 2 and _east_asian_name(words[0], words[1]):
        return True  # "#ParkMinseoWalksAgain", "#YamamotoSoraSupport"
    if len(words) == 1 and words[0].islower():
        return _run_together(words[0])
    if _MIDDLE_NAMED.search(" ".join(words)):
        return True  # "#RamBahadurThapa", "#CauNguyenVanHai": a name by its middle name
    if len(words) != 2 or not all(w[:1].isupper() and w[1:].islower() for w in words):
        return False
    if any(phrase in fold(" ".join(words)) for phrase in _EPONYM_PHRASES):
        return False
    if _FULL_FIGURE.fullmatch(" ".join(words)) or fold(words[-1]) in FIGURES:
        return False  # "#MarieCurie"
    if any(_medical_shaped(w) for w in words):
        return False  # "#PolskaRadiologia"
    first, last = (fold(w) for w in words)
    # a listed given name may also be a word ("James"); the surname may not
    known_first = first in _KNOWN and first not in FIRST_NAMES
    if known_first or any(
        w in _KNOWN or w in EPONYMS or w in _HASHTAG_WORDS or len(w) < 3 for w in (last,)
    ):
        return False
    if len(first) < 3 or first in _HASHTAG_WORDS:
        return False
    listed = first in FIRST_NAMES or last in SURNAMES
    unknown = min(len(first), len(last)) >= 4 and max(zipf(first), zipf(last)) < 3.5
    return zipf(last) < 4.0 and (listed or unknown)


def is_full_name(words: Sequence[str]) -> bool:
    """A listed given name followed by a surname-like word, or two to four capitalised
    words that only names fit ('Siobhan Ni Bhriain'), and no eponym: 'Liam Byrne'."""
    folded = [fold(w) for w in words]
    text = " ".join(folded)
    if any(phrase in text for phrase in _EPONYM_PHRASES):
        return False
    named = [w for w in words if fold(w) not in _PARTICLES]
    if 2 <= len(named) <= 4 and all(
        w[:1].isupper() and w[1:].islower() and is_unknown_word(w) for w in named
    ):
        return True
    return any(
        first in FIRST_NAMES
        and first not in EPONYMS
        and last not in EPONYMS
        and (last in SURNAMES or not is_ordinary(last))
        for first, last in pairwise(folded)
    )
