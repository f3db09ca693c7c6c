"""Numbers and addresses that identify: phones, e-mail, record numbers, UIDs, IPs, serials."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .findings import Hit

# between a cue and its value: "MRN: 123", "acc #A12", "SN-44", JSON's "mrn": "123"
_SEP = r"[\"']?\s*(?:[:#=,]|\bis\b|-)?\s*[\"']?"
# "RXH 0093 8842", "QH 48 27 91 C", "UH NEURO 0412/22": letters, then digits in groups
# an underscore separates as a hyphen does where a hyphen cannot go: "K_55_019_338"
_VALUE = (
    r"(?P<value>#?(?:\b[A-Za-z]{2,4}\s(?=\d)|\b[A-Z]\s(?=\d{5})|\b[A-Z]{2,4}\s[A-Z]{2,6}\s(?=\d)|[A-Za-z]{0,6})"
    r"[-#_]?\d[\dA-Za-z/_-]*"
    r"(?:[ .-]\d{2,}[\dA-Za-z_-]*){0,3})"
)
_NUMBER_WORDS = (
    r"(?:\s*(?:number|num|no\.?|nr\.?|n[º°]\.?|n\.\s?[º°]|№|#|ID|code|card(?:\s+number)?))?"
)


def _cued(cues: str, *, case_sensitive: str = "", value: str = _VALUE) -> re.Pattern[str]:
    """A cue word ("MRN", "serial no.") followed by a value that holds a digit."""
    alternatives = rf"(?i:{cues})" + (f"|{case_sensitive}" if case_sensitive else "")
    return re.compile(rf"\b(?:{alternatives})(?i:{_NUMBER_WORDS})\.?{_SEP}{value}")


_CUED: list[tuple[str, re.Pattern[str]]] = [
    (
        "ssn",
        _cued(
            r"ssn|social\s+security|social\s+sec\.?|soc\.?\s*sec\.?|national\s+insurance"
            r"|social\s+insurance|sigurt[aà]\s+so[cċ]jali(?:\s+(?:tiegħ|tagħ)\w*)?",
            case_sensitive=r"NI\s+(?:number|no)|NINO|SIN",
        ),
    ),
    (
        "health_plan",
        _cued(
            r"(?:member|membership|subscriber|policy|insurance|insurer|health\s+plan|plan"
            r"|beneficiary|benefits?|group|medical\s+aid|medical\s+scheme)\s*(?:ID|number|num|no\.?|#|card)"
            r"|medicare|medicaid|polic(?:y|ies)(?=\s+\d[\d-]{7,})",
            case_sensitive=r"MBI|HICN",
        ),
    ),
    (
        "licence",
        _cued(
            r"(?:driver'?s?|driving)\s+licen[cs]e|licen[cs]e\s+(?:number|no\.?|#)|passport"
            r"|certificate\s+(?:number|no\.?|#)|badge\s+(?:number|no\.?|#)",
            case_sensitive=r"DL\s*#?|DEA|NPI|GMC",
        ),
    ),
    (
        "vehicle",
        _cued(
            r"(?:licen[cs]e|number|registration|reg\.?)\s+plate|plate|(?:vehicle|car)\s+registration"
            r"|registration\s+(?:number|no\.?|mark)|vehicle\s+identification\s+number|VIN"
            r"|tag\s+(?:number|no\.?)",
            value=r"(?P<value>[A-Z0-9]{1,4}(?:[ -]?[A-Z0-9]{1,4}){1,4})\b",
        ),
    ),
    (
        "serial",
        _cued(
            r"serial|s/n|lot|batch|udi|imei|catalog(?:ue)?\s+(?:number|no\.?|#)"
            r"|(?:device|implant|pacemaker|generator|lead)\s+(?:ID|identifier|serial|number|no\.?)"
            r"|part\s+(?:number|no\.?|#)",
            case_sensitive=r"SN|REF|S/N",
        ),
    ),
    (
        "uid",
        _cued(
            r"(?:study|series|sop|instance|frame\s+of\s+reference)?\s*(?:instance\s*)?uid"
            r"|sop(?:\s+instance)?",
            value=r"(?P<value>\d[\d.]{3,}\d)",
        ),
    ),
    (
        "record_number",
        _cued(
            r"mrn|medical\s+record|accession|acc\.?\s*(?:no\.?|#|number)|account|acct|chart"
            r"|encounter|barcode|specimen|requisition|amb\.?\s*card|ambulatory\s+card"
            r"|outpatient\s+card|medical\s+card|case\s+history\s+card"
            r"|(?:hospital|hosp\.?|unit|ur|case|patient|pt\.?|visit|study|exam|examination|order|lab"
            r"|clinic"
            r"|sample|episode|admission|adm\.?|registration|reg\.?|billing|claim|record|file|folder"
            r"|nhs|chi|identification|ip|op|ipd|opd|cr|mrd|bed\s+head|inpatient|outpatient"
            r"|(?:case|medical|clinical)\s+history|indoor|med\.?\s*rec\.?|participant|subject)"
            r"\s*(?:number|num|no\.?|nr\.?|#|ID)|uhid|mrd|(?:emergency|opd|er|casualty)\s+ticket|echo\s+(?:study|id)|enc\.?\s*#|encounter\s*#|episodio|episódio"
            r"|atendimento|ingreso\s+n[º°o]|e-?number|docket|journalnummer|journalnr\.?"
            r"|journal\s+nr\.?|potilasnumero|haiguslugu|slim[īi]bas\s+v[ēe]sture|ligos\s+istorij\w*"
            r"|istori[iy]a\s+khvoroby|medkart\w*|(?:číslo|číslom|čísla)\s+chorobopisu"
            r"|chorobopis\w*|číslo\s+pojištěnce|kórlapszám\w*"
            # in Dutch, German, French, Spanish, Portuguese, Polish
            r"|pat\.?\s*nr|pati[eë]ntnummer|patientennummer|fallnummer|n°\s*(?:de\s+)?dossier"
            r"|num[ée]ro\s+de\s+dossier|dossier|historia\s+cl[ií]nica|expediente|prontu[aá]rio"
            r"|nr\s+(?:pacjenta|historii)"
            r"|kasallik\s+(?:tarixi|varaqasi)|a[ýy]r[ýy]\s+tar[ıi]h\w*|oorunun\s+taryh\w*"
            r"|x[əe]st[əe]lik\s+tarixi|hastal[ıi]k\s+(?:öyküsü|dosyas[ıi])\s*(?:no|numaras[ıi])?"
            r"|laudo(?:\s+laboratorial|\s+radiol[oó]gico|\s+m[eé]dico)?(?=\s*n[º°o]\.?\s)"
            # the patient's file or register number in Persian, Hungarian, Turkish, Polish, Czech,
            # Swahili, Tagalog and Arabic: "parvandeh no. 1402-55817", "törzsszám 1204553"
            r"|(?:shomare(?:-?ye)?\s+)?parvand(?:e|eh)(?:-?ye\s+pezeshki)?|t[öo]rzssz[áa]m"
            r"|(?:beteg|k[óo]rlap)\s*(?:azonos[íi]t[óo]|sz[áa]m)\w*|protokol\s+(?:no|numaras[ıi])"
            r"|(?:hasta|dosya)\s+(?:no|numaras[ıi])|ksi[ęe]gi\s+g[łl][óo]wnej|nr\s+ksi[ęe]gi"
            r"|[čc][íi]slo\s+(?:pacienta|poji[šs]t[ěe]nce|chorobopisu)|chorobopis"
            r"|namba\s+ya\s+(?:faili|mgonjwa|usajili)|nambari\s+ya\s+(?:faili|mgonjwa|usajili)"
            r"|numero\s+ng\s+(?:pasyente|rekord)|ficha\s+cl[ií]nica"
            # Armenian, Hebrew and Greek in Latin letters: "hivandi patmutyan hamar N 5521/23",
            # "mispar tik 4471", "arithmos fakelou 2231"
            r"|(?:hivandutyan\s+)?patmutyan\s+hamar(?:\s+N)?|mispar\s+(?:tik|ishpuz|zehut\s+ishpuz)"
            r"|arithmos\s+(?:fakelou|mitroou|eisagogis|eisitiriou)"
            # Thai, Khmer and Lao: the hospital number ("HN 5523189"), "lek pheas chol"
            r"|lek\s+pheas\s+chol|lek\s+(?:HN|AN|tiang)|(?-i:HN|AN)(?=\s*[:#.]?\s*\d)"
            # Japanese and Korean in Latin letters: the chart's number ("karute bangō"), the
            # patient's ID ("kanja ID", "hwanja deungnok beonho"), the exam's ("gomsa beonho")
            r"|(?:study|trial)\s+(?:participant|subject)"
            r"|karute\s+bang[oō]u?|shinsatsu(?:-?ken)?\s+bang[oō]u?|kanja\s+(?:ID|bang[oō]u?)"
            r"|(?:hwanja\s+)?(?:deungnok|jinryo|cha[dt]eu|uimu\s+girok)\s+beonho"
            r"|hwanja\s+(?:beonho|ID)|(?:geomsa|jeopsu)\s+beonho|uketsuke\s+bang[oō]u?"
            # Indonesian, Malay and Vietnamese: "No. RM 00-87-45-12", "mã bệnh nhân", "số hồ sơ"
            r"|(?:no\.?\s*)?rekam\s+medi[sk]|no\.?\s*RM|NRM|(?:nombor|no\.?)\s+(?:rekod|pendaftaran)"
            r"|m[ãa]\s+(?:b[ệe]nh\s+nh[âa]n|h[ồo]\s+s[ơo]|BN)|s[ốo]\s+(?:h[ồo]\s+s[ơo]|b[ệe]nh\s+[áa]n"
            r"|nh[ậa]p\s+vi[ệe]n)|(?:raqm|raqam|rakam|ra2am|ra2m)\s+(?:al|el|il)[-\s]?"
            r"(?:malaf|malaff|marid|mareed)"
            # Iberian: "Processo clínico n.º 1047726", "NHC 2231884", "núm. d'història clínica"
            r"|processo(?:\s+cl[íi]nico)?|(?:n[úu]mero|n\.?[º°]|n[úu]m\.?)\s+(?:de\s+|d['’])?processo"
            r"|nhc|(?:n[úu]mero|n[úu]m\.?)\s+d['’]hist[òo]ria(?:\s+cl[íi]nica)?|hist[òo]ria\s+cl[íi]nica"
            # "OPD file 7741/22"; in Romanian, "Fișa de internare nr. 88213"
            r"|(?:ipd|opd|ip|op|clinic|hospital|patient|pt\.?)\s+(?:file|folder|card|register)"
            r"|(?:fi[sșş]a|foaia)\s+(?:de\s+)?(?:internare|observa[tțţ]ie|consulta[tțţ]ii)"
            r"|(?:istorij[aeu]|povijest[i]?|anamnez[ae])\s+bolesti(?:\s+(?:br\.?|broj))?"
            r"(?:\s+(?:clinic[aă]\s+)?nr\.?)?"
            r"|رقم\s+(?:الملف|المريض)|شماره\s+پرونده"
            # Hindi, Bengali and Marathi in Latin letters: "bhorti nombor 4417/B" (admission),
            # "OPD parchi no. 13/5529" (the slip), "daakhla kramank 2231"
            r"|(?:n[°º]\.?|num[ée]ro)\s+d['’]\s?(?:admission|entr[ée]e|hospitalisation)"
            # a casualty's tag at a mass-casualty triage: "triage tag E-4471"
            r"|triage\s+(?:tag|card|label)|casualty\s+(?:tag|card)"
            r"|(?:bhorti|bharti|bhartee|bharati|daakhla|dakhla|dakhila|nondani|panjikaran)"
            r"\s+(?:nombor|nambar|number|kramank|kr\.?|sankhya|no\.?)"
            r"|(?:(?:opd|ipd|op|ip|hospital|aspatal|haspatal)\s+)?(?:parchi|parchee|purji|purchi)",
            case_sensitive=r"NHS|CHI|CSN|FIN|ID|MR\s*#|UR",
        ),
    ),
    (
        "phone",
        re.compile(
            r"\b(?i:phone|tel(?:ephone)?|fax|mobile|cell(?:phone)?|pager|bleep|beeper|ext(?:ension)?"
            r"|contact\s+(?:number|no\.?)|call(?:\s+(?:me|us|him|her|them))?(?:\s+(?:on|at))?"
            r"|ring|text|whatsapp|landline)\.?(?:\s*(?:number|no\.?|#))?\s*[:#]?\s*"
            r"(?P<value>x?\+?\(?\d[\d ().-]{2,}\d)"
        ),
    ),
]

# A dot said in words, bracketed or not: " dot ", " [punkt] ", " punktum ", "."
_DOT_WORD = (
    r"\s*(?:\.|[\[(]\s*(?:dot|punkt|punktum|piste|prikk|punt|punto|ponto|point)\s*[\])]"
    r"|\s(?:dot|punkt|punktum|piste|prikk|punt|punto|ponto|point)\s)\s*"
)
_PLAIN: list[tuple[str, re.Pattern[str]]] = [
    ("email", re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")),
    # spaced out: "darren_w_88 @ icloud.com", "j.doe @gmail . com"
    ("email", re.compile(r"\b[\w.+-]*[\w]\s+@\s*[\w-]+\s*(?:\.\s*[a-zA-Z]{2,}\b)+")),
    # written out to dodge filters: "ahmed_h at hotmail dot com", "j.doe [at] mail [dot] ie"
    (
        "email",
        re.compile(
            # "at" in words with a plain dot after it needs a handle-shaped name before it:
            # "ahmed_h at hotmail.com", not "the tutorial at youtube.com"
            # "nuria(punt)soler(arroba)xtec(punt)cat"
            r"(?:\b[\w.+-]+(?:\((?:punt|punto|ponto|dot|point)\)[\w-]+)*\s*(?:\[(?:at|arroba|arobase)\]"
            r"|\((?:at|arroba|arobase)\)"
            r"|\s(?i:at|arroba|arobase|bei|chez|zavináč|zavinac|kukac|małpa|malpa)\s)\s*[\w-]+\s*"
            r"(?:\[dot\]|\(dot\)|\s(?i:dot|punto|ponto|point|punkt|punt|tečka|tecka|bodka|pont|kropka)\s"
            r"|\((?:punt|punto|ponto|point)\))"
            r"|\b[\w.+-]+\s*(?:\[(?:at|arroba|arobase)\]|\((?:at|arroba|arobase)\))\s*[\w-]+\s*\."
            r"|\b(?=[\w+-]*[._\d])[\w.+-]+\s(?i:at|arroba|arobase)\s\s*[\w-]+\s*\.)"
            r"\s*(?i:com|org|net|edu|gov|co|uk|ie|de|fr|ca|au|in|nl|es|it|info|me|io|mx|br|ar|cl"
            r"|pe|pk|bd|id|my|ph|vn|tr|pl|se|no|dk|fi|za|ng|ke|gh|nz|ae|sa|eg|il|ir|jp|kr|cn|ru"
            r"|ch|at|be|pt|lk|np|sg|cz|sk|hu|ro|bg|hr|si|rs|lt|lv|ee|gr|ua|md|is|lu)\b"
        ),
    ),
    # a handle at a known mail provider, the domain left off: "bigjoe_tx @ gmail", "g.m.k (at)
    # icloud"
    (
        "email",
        re.compile(
            r"\b[\w.+-]{3,}[^\w@\n]{0,6}(?:@|📧|✉\ufe0f?|[\[({]\s*(?i:at|@)\s*[\])}])\s*(?i:gmail|googlemail"
            r"|yahoo|hotmail|outlook|icloud|aol|proton\w*|live|msn|ymail|gmx|mail\.ru|yandex|qq|163)\b"
            # "pablo.ortega.med at gmail": a handle-shaped name "at" a provider
            r"|\b\w+(?:\s+(?i:dot|punto|ponto|point)\s+\w+)+\s+(?i:at|arroba|arobase)\s+(?i:gmail|googlemail"
            r"|yahoo|hotmail|outlook|icloud|proton\w*|ymail|gmx|yandex|rediffmail|bigpond|xtra)\b"
            r"|\b(?=[\w+-]*[._\d])[\w.+-]{3,}\w\s+(?i:at|arroba|arobase)\s+(?i:gmail|googlemail|yahoo"
            r"|hotmail|outlook|icloud|proton\w*|ymail|gmx|yandex|rediffmail|bigpond)\b"
        ),
    ),
    # spelt out letter by letter: "r a z a k . o s m a n @ g m a i l . c o m"
    ("email", re.compile(r"(?<!\S)(?:[\w.]\s){3,}@\s(?:[\w.]\s){2,}[\w](?!\S)")),
    # bracketed anywhere: "ewa[dot]nowak84[at]wp[dot]pl"
    (
        "email",
        re.compile(
            r"\b[\w+-]+(?:\s*(?:\.|\[dot\]|\(dot\)|\s(?i:punkt|punto|dot)\s)\s*[\w+-]+)*\s*(?:\[at\]|\(at\)|\{at\}"
            r"|\[arroba\]|\(arroba\)|\[arobase\]|\(arobase\)|\[@\]|\(@\))\s*"
            r"[\w-]+(?:\s*(?:\.|\[dot\]|\(dot\)|\[\.\]|\(\.\)|\s(?i:dot)\s)\s*[\w-]+)+",
            re.IGNORECASE,
        ),
    ),
    # the at and the dots in words of other tongues: "søren punktum hvidt snabel-a mail punktum
    # dk", "ebba.stjarnholm [at] telia [punkt] com"
    (
        "email",
        re.compile(
            rf"\b[\w+-]+(?:{_DOT_WORD}[\w+-]+){{0,3}}\s*(?:\[\s*(?:at|@)\s*\]|\(\s*(?:at|@)\s*\)"
            r"|\s(?:snabel-?a|krølle-?alfa|alfakrøll|at-tegn|ät|klammeraffe|apenstaartje|miukumauku"
            r"|chiocciola|arroba|arobase)\s)"
            rf"\s*[\w-]+(?:{_DOT_WORD}[\w-]+){{0,2}}{_DOT_WORD}[a-z]{{2,4}}\b",
            re.IGNORECASE,
        ),
    ),
    # a number told in halves to dodge a filter: "NRIC begins S881 … the rest is 7342F",
    # "Unit no. starts K0193. The rest is 7726"
    (
        "record_number",
        re.compile(
            r"(?i:\b(?:begins?|starts?|starting|beginning)\s+(?:with\s+)?)[A-Z]{0,3}\d{2,}[A-Z]?\b"
            r"[^\n]{0,40}?\b(?i:(?:the\s+)?rest\s+(?:is|of\s+it\s+is|=|:)|ends?\s+(?:in|with)"
            r"|then)\s*[A-Z]{0,3}\d{2,}[A-Z]?\b"
        ),
    ),
    ("ssn", re.compile(r"(?<![\w-])\d{3}-\d{2}-\d{4}(?![\w-])")),
    # a UK National Insurance number: two letters, three pairs of digits and A to D
    (
        "ssn",
        re.compile(
            r"\b(?!BG|GB|KN|NK|NT|TN|ZZ)[A-CEGHJ-PR-TW-Z]{2}\s?\d{2}\s?\d{2}\s?\d{2}\s?[A-D]\b"
        ),
    ),
    ("ssn", re.compile(r"(?<![\w-])\d{3}\s+-\s+\d{2}\s+-\s+\d{4}(?![\w-])")),
    # an Australian Centrelink customer reference number: nine digits and a letter
    (
        "national_id",
        re.compile(
            r"(?i:\b(?:centrelink\s+)?(?:crn|customer\s+reference\s+(?:number|no\.?)))"
            r"[^\d\n]{0,6}\d{3}\s?\d{3}\s?\d{3}\s?[A-Z]\b"
        ),
    ),
    # an Irish Individual Health Identifier: sixteen digits after its name
    (
        "national_id",
        re.compile(
            r"(?i:\bindividual\s+health\s+identifier\b|\bIHI\b)[^\d\n]{0,6}"
            r"\d{4}\s?\d{4}\s?\d{4}\s?\d{4}\b"
        ),
    ),
    # an Australian IHI and a New Zealand NHI, old and new formats
    ("national_id", re.compile(r"(?i:\bIHI\b)[^\d\n]{0,6}8003\s?6\d{3}\s?\d{4}\s?\d{4}\b")),
    (
        "national_id",
        re.compile(
            r"(?i:\bNHI\b|\bhealth\s+index\b)[^\n]{0,25}?\b[A-HJ-NP-Z]{3}(?:\d{4}|\d{2}[A-HJ-NP-Z]{2})\b"
            # the number first: "Patient DFR3318 on the NHI"
            r"|\b[A-HJ-NP-Z]{3}(?:\d{4}|\d{2}[A-HJ-NP-Z]{2})\b(?=[^\n.]{0,25}?(?i:\bNHI\b))"
        ),
    ),
    # a Thai national ID (1-1020-01234-56-7) and a PhilHealth number (12-345678901-2): no
    # other number takes these shapes
    ("national_id", re.compile(r"(?<![\d-])\d-\d{4}-\d{5}-\d{2}-\d(?![\d-])")),
    ("national_id", re.compile(r"(?<![\d-])\d{2}-\d{9}-\d(?![\d-])")),
    # a Bangladeshi NID (10, 13 or 17 digits), a Nepali citizenship number, a Swedish
    # coordination number: each after its own name
    (
        "national_id",
        re.compile(
            r"(?i:\b(?:NID|CID|national\s+ID|citizenship\s+(?:no\.?|number|cert\w*)"
            r"|samordningsnummer|personnummer|fødselsnummer|CPR(?:-nr\.?)?|kennitala|henkilötunnus"
            r"|hetu)\b)[\s:#.]*(?:\d[\d -]{7,20}\d)"
        ),
    ),
    # "Lab no. DMCH/BIO/48821": a laboratory's code with slashes
    (
        "record_number",
        re.compile(
            r"(?i:\b(?:lab|sample|specimen|reg|registration|file|ref)\s*(?:no\.?|number|#)\s*[:.]?\s*)"
            r"[A-Z]{2,6}(?:/[A-Z0-9]{1,6}){1,3}/\d{3,}\b"
        ),
    ),
    # a French social security number, spaced: "n° sécu 1 70 03 75 114 082 46"
    (
        "national_id",
        re.compile(
            r"(?i:\b(?:s[ée]cu(?:rit[ée]\s+sociale)?|NIR|INSEE|carte\s+vitale)\s*[:=]?\s*)"
            r"[12](?:\s?\d){12,14}\b"
        ),
    ),
    # a record number run into a file name: "IMG_MRN7738102_CTA.jpg"
    ("record_number", re.compile(r"(?i:(?<![A-Za-z])(?:MRN|ACC|PID|PATID|NHS|URN)[_-]?\d{6,})")),
    # a study by its modality and number: "the prior exam, CT-88213-B"
    (
        "record_number",
        re.compile(
            r"(?<![\w-])(?:CT|MR|MRI|US|XR|CR|DX|NM|PET|MG|RF)-(?!(?:19|20)\d\d\b)\d{4,}"
            r"(?:-[A-Z0-9]{1,4})?(?![\w-])"
        ),
    ),
    # India's ABHA address: "ramesh.kulkarni1976@abdm"
    ("national_id", re.compile(r"\b[\w.]{3,}@(?:abdm|sbx)\b")),
    # a reversed e-mail: "moc.liamg@88nahcnaelis"
    ("email", re.compile(r"\b(?:moc|gro|ten|ude|vog|ku\.oc|ua\.moc|ei|ed|rf)\.[\w-]+@[\w.+-]+")),
    # where someone was, by coordinates or a map link: "maps.google.com/?q=53.41291,-2.15634"
    # or by three words: "///filled.count.soap", "what3words: index.home.raft"
    (
        "address",
        re.compile(
            r"(?:///|(?i:\bwhat\s?3\s?words|\bw3w)\b\W{0,4})[^\W\d_]+\.[^\W\d_]+\.[^\W\d_]+\b"
        ),
    ),
    ("address", re.compile(r"(?<![\d.])-?\d{1,2}\.\d{4,},\s?-?\d{1,3}\.\d{4,}(?![\d.])")),
    ("ssn", re.compile(r"\b[A-CEGHJ-PR-TW-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D]\b")),
    # DICOM UIDs: dotted numbers with at least five parts, or four when one is above 255
    ("uid", re.compile(r"(?<![\w.])[0-2](?:\.(?:0|[1-9]\d*)){4,}(?![\w]|\.\d)")),
    ("uid", re.compile(r"(?<![\w.])[0-2](?=(?:\.\d+){3}(?!\.?\d))(?=[\d.]*\d{4})(?:\.\d+){3}")),
    # UUID-derived UIDs (2.25.<128-bit integer>) and any dotted number with a very long part
    ("uid", re.compile(r"(?<![\w.])\d+(?:\.\d+)*\.\d{10,}(?:\.\d+)*(?![\w]|\.\d)")),
    (
        "ip",
        re.compile(
            r"(?<![\w.])(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)"
            r"(?::\d{1,5})?(?![\w]|\.\d)"
        ),
    ),
    ("ip", re.compile(r"(?<![\w:])(?:[0-9A-Fa-f]{1,4}:){4,7}[0-9A-Fa-f]{1,4}(?![\w:])")),
    (
        "phone",
        re.compile(
            r"(?<![\w.+-])(?:\+?1[\s.-]?)?(?:\(\d{3}\)\s?|\d{3}[\s.-])\d{3}[\s.-]\d{4}(?![\w-]|\.\d)"
        ),
    ),
    ("phone", re.compile(r"(?<![\w+])\+\d{1,3}(?:[\s.-]?\(?\d{1,4}\)?){2,5}(?![\w-])")),
    ("phone", re.compile(r"(?<![\w.])0\d{2,4}[\s-]?\d{3,4}[\s-]?\d{3,4}(?![\w-]|\.\d)")),
    ("serial", re.compile(r"\(01\)\d{14}(?:\(\d{2}\)[\w-]+)*")),
    (
        "vehicle",
        re.compile(r"\b(?=[A-HJ-NPR-Z0-9]{17}\b)(?=\w*\d)(?=\w*[A-Z])[A-HJ-NPR-Z0-9]{17}\b"),
    ),
    # "#4471882", "#MR-0098812"; not a meeting's tag and year ("#ECR2025")
    ("record_number", re.compile(r"(?<![\w&])#\s?(?:[A-Z]{1,3}-?(?!(?:19|20)\d\d\b))?\d{4,}\b")),
    ("record_number", re.compile(r"\b[A-Z]{1,3}-?\d{6,}\b")),
    # a record prefix in lower case run into its digits: "ur7712049", "mrn 00482211"
    ("record_number", re.compile(r"(?i:\b(?:ur|mrn|hrn|urn|crn|mr|hn|rn)\s*#?\s*\d{5,}\b)")),
    ("record_number", re.compile(r"\b[A-Z]{1,3}\d{2,4}-\d{4,}\b")),  # S24-12345
    # a hospital's code, a unit's and a serial: "KKH-PAED-20417", "RVI-NEURO-4471"
    ("record_number", re.compile(r"\b[A-Z]{2,5}-[A-Z]{2,6}-\d{5,}\b")),
    # accession and study numbers: capitals and digits, six digits or more, in up to four
    # parts ("ACC-2025-0048812", "25CT0098812", "MR/2025/004412", "AB-2026-55731")
    (
        "record_number",
        re.compile(
            r"(?<![\w/.-])(?!(?:19|20)\d\d-\d\d-\d\dT)(?!(?:19|20)\d\d-?W\d\d(?:-?\d)?\b)(?!W\d{2,4}/L)(?=[A-Z0-9/-]*[A-Z])(?=(?:[A-Z/-]*\d){6})"
            # a standard's code, not a record's: "NOM-041-SSA2-2011", "ISO-15189", "PN-EN-62220"
            r"(?!(?:NOM|NMX|ISO|IEC|DIN|EN|ASTM|ANSI|NEMA|UNE|PN|CSN|STN|NCH|NTC|IRAM|SFS|MSZ"
            r"|GOST|ICRP|ICRU|IEEE|AAPM|NBR|ABNT)[-/](?:[A-Z]+[-/])?\d)"
            r"[A-Z0-9]+(?:[-/][A-Z0-9]+){0,3}(?![\w/-])"
        ),
    ),
]

# A long bare number is a record number (or, with five digits, a ZIP code) unless a lab value or
# a unit says otherwise: "WBC 15000", "DLP 12500 mGy.cm", "50000 IU".
_BARE_NUMBER = re.compile(r"(?<![\w.,/+\-#^])\d{5,}(?![\w,-]|\.\d)")
_LAB_BEFORE = re.compile(
    r"\b(?:wbc|white\s+(?:cell\s+)?count|leu[ck]ocytes?|platelets?|plt|counts?|titres?|titers?"
    r"|levels?|afp|ca[\s-]?125|ca[\s-]?19-9|cea|b?hcg|psa|d-dimer|ck|cpk|ldh|ferritin|ig[aegm]"
    r"|viral\s+load|load|dose|dlp|ctdi|bnp|probnp|troponin|lipase|amylase|alt|ast|alp|ggt|crp"
    r"|neutrophils?|lymphocytes?|eosinophils?|glucose|weight|cpt|icd|snomed|loinc|hcpcs"
    r"|radlex|code|population|rid|figure|fig|image|series|slice|pages?|pp|vol(?:ume)?|issue)\b"
    r"|[~<>≥≤=×]\s*$",
    re.IGNORECASE,
)
_UNIT_AFTER = re.compile(
    r"^\s*(?:/|cells|copies|i?u\b|units|u/l|iu/l|m?iu|mg|mcg|µg|ug|ng|pg|g\b|kg|ml|cc|l\b|mmol|µmol"
    r"|umol|pmol|nmol|mgy|cgy|gy|msv|hu|mm|cm|m\b|km|ft|feet|miles|steps|kcal|cal|lbs?|hz|khz|mhz"
    r"|%|×|x\b|times|patients|cases|people|studies|images|slices|pixels|voxels|counts)",
    re.IGNORECASE,
)


# 555-1234 is a local phone number; 100-1000 HU is a range.
_SHORT_PHONE = re.compile(r"(?<![\w.\-/])\d{3}-\d{4}(?![\w-])")


def _is_quantity(text: str, start: int, end: int) -> bool:
    """True when a lab name comes shortly before the number or a unit right after it."""
    if _LAB_BEFORE.search(text[max(0, start - 30) : start]):
        return True
    return bool(_UNIT_AFTER.match(text[end : end + 12]))


def _cued_hits(text: str) -> Iterator[Hit]:
    for kind, pattern in _CUED:
        for match in pattern.finditer(text):
            value = match.group("value")
            compact = re.sub(r"[\s().#-]", "", value)
            needs = 4 if kind in ("phone", "vehicle", "uid") else 3
            if len(compact) >= needs and any(c.isdigit() for c in compact):
                if kind == "serial" and (_A_DRUGS_LOT.search(text) or _EQUIPMENT.search(text)):
                    continue  # "contrast batch 23K0917", the detector's serial: no one's
                yield Hit(kind, match.start(), match.end("value"))


_A_DRUGS_LOT = re.compile(
    r"(?i:\b(?:contrast|iohexol|iopamidol|iodixanol|omnipaque|visipaque|gadolinium|gadobutrol"
    r"|gadoterate|dotarem|gadovist|vaccine|drug|medication|tracer|radiopharmaceutical|fdg)\b"
    r"[^.;]{0,40}\b(?:lot|batch)\b|\b(?:lot|batch)\b[^.;]{0,20}\b(?:of\s+)?(?:contrast|iohexol"
    r"|omnipaque|gadolinium|vaccine|tracer|fdg)\b)"
)


_EQUIPMENT = re.compile(
    r"(?i:\b(?:detector|detektor|scanner|gantry|coil|spule|tube|röhre|console|workstation"
    r"|service\s+(?:is|was|has\s+been)\s+(?:informed|called|notified)|service\s+ist\s+informiert)\b)"
)


def _bare_number_hits(text: str) -> Iterator[Hit]:
    for match in _BARE_NUMBER.finditer(text):
        digits = match.group()
        if _is_quantity(text, match.start(), match.end()):
            continue
        lot = re.search(r"(?i:\b(?:lot|batch|charge)\s*(?:no\.?|#|:)?\s*)$", text[: match.start()])
        if lot and _A_DRUGS_LOT.search(text):
            continue
        if len(digits) == 8 and re.fullmatch(r"(?:19|20)\d{2}(?:0[1-9]|1[0-2])\d{2}", digits):
            continue  # a compact date: reported by the date detector
        yield Hit("zip" if len(digits) == 5 else "record_number", match.start(), match.end())


# A code burned into an image, letters then digits ("CWMH 087-334", "RVI_0045 221"): a
# hospital's initials and a patient's number. Told as what an overlay, a label or a stamp
# reads, or quoted as read off the film.
_CODE = r"(?<![\w-])[A-Z]{2,6}[\s_-]?\d[\d\s_/-]{2,14}\d(?![\w-])"
_BURNED_IN_CODE = re.compile(
    rf"(?i:\b(?:overlay|label(?:led|ed)?|burn(?:ed|t)[-\s]?in|annotat\w*|stamp(?:ed)?|watermark"
    rf"|header|banner|imprint\w*)\b)[^.;\n]{{0,40}}?(?P<code>{_CODE})"
    rf"|['\"‘“]\s*(?P<quoted>{_CODE})\s*['\"’”]"
)


# "'ACR 2021-2022'": a body and the years of its guideline or meeting, not a patient's code.
_YEAR_SPAN = re.compile(r"[A-Z]+[\s_-]?(?:19|20)\d\d(?:[\s_/-]+(?:19|20)?\d\d)?")


def _burned_in_codes(text: str) -> Iterator[Hit]:
    for match in _BURNED_IN_CODE.finditer(text):
        group = "code" if match.group("code") else "quoted"
        code = match.group(group)
        if sum(c.isdigit() for c in code) >= 5 and not _YEAR_SPAN.fullmatch(code):
            yield Hit("record_number", match.start(group), match.end(group))


# An identifier given in pieces, so that no piece looks whole: "SSN starts 219-09. It ends
# 9999.", "The hospital number begins R44", "Area code 312. Then 555-0143."
_IN_PIECES = re.compile(
    r"(?i:\b(?:ssn|social\s+security|nhs|mrn|medicare|health\s+card|hospital|record|patient|chart"
    r"|file|accession|national|id|phone|mobile|cell|number|no\.?|it|then)\b[^.;]{0,30}?"
    r"\b(?:starts?|starting|begins?|beginning|ends?|ending|finish(?:es)?)\s+(?:with\s+|in\s+|on\s+)?)"
    r"(?!(?:19|20)\d\d\b)([A-Z]{0,3}\d[\d -]{0,10}\d)(?!\s*(?i:mm|cm|m|%|°)\b)"
)
# "Study RCH-US-55120", "study CT-HD-77120-B": a department's code for one study
_STUDY_CODE = re.compile(
    r"(?i:\b(?:study|exam|examination|accession|series|scan|studio|esame|estudio|examen|[ée]tude"
    r"|Untersuchung|exame)\s+(?:no\.?\s*|n\.\s*|n[°º]\s*|nr\.?\s*|#\s*|id\s*)?)"
    r"((?-i:[A-Z]{2,6})(?:-(?-i:[A-Z0-9]{1,6})){1,3}-?\d{3,}(?:-[A-Z0-9]{1,4})?)\b"
)
# "(415) five-five-five 0192": a number read out in part
_HALF_READ_PHONE = re.compile(
    r"\(\d{3}\)\s*(?:(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)[-\s]?){3}\s*\d{4}\b",
    re.IGNORECASE,
)
_ACCESSION = re.compile(
    r"(?i:\b(?:accesi[oó]n|acesso|accession|adesão)\s*(?:n\.?\s*[º°o]\.?|no\.?|#|n[úu]mero|numero)?"
    r"\s*:?\s*)(\d[\d-]{4,}\d)"
)
_AREA_CODE = re.compile(r"(?i:\barea\s+code\s+\(?\d{2,4}\)?)")


def find_identifiers(text: str) -> Iterator[Hit]:
    """Yield phone and record numbers, e-mails, UIDs, IPs, serials, licences, plans, SSNs."""
    for match in _IN_PIECES.finditer(text):
        yield Hit("record_number", *match.span(1))
    for match in _AREA_CODE.finditer(text):
        yield Hit("phone", match.start(), match.end())
    for match in _HALF_READ_PHONE.finditer(text):
        yield Hit("phone", match.start(), match.end())
    for match in _ACCESSION.finditer(text):
        yield Hit("record_number", *match.span(1))
    for match in _STUDY_CODE.finditer(text):
        yield Hit("record_number", *match.span(1))
    yield from _cued_hits(text)
    yield from _burned_in_codes(text)
    for kind, pattern in _PLAIN:
        for match in pattern.finditer(text):
            digits = sum(c.isdigit() for c in match.group())
            lot = re.search(r"(?i:\b(?:lot|batch)\s*(?:no\.?|#|:)?\s*)$", text[: match.start()])
            if lot and _A_DRUGS_LOT.search(text):
                continue
            if kind != "phone" or digits >= 7:
                yield Hit(kind, match.start(), match.end())
    for match in _SHORT_PHONE.finditer(text):
        if not _is_quantity(text, match.start(), match.end()):
            yield Hit("phone", match.start(), match.end())
    yield from _bare_number_hits(text)
