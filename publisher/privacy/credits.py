"""Names that are not patients': the authors of a cited paper, and a credited clinician.

A citation lists its authors as surname and initials ("Okoye C, García-Márquez L",
"Smith J, et al.", "Smith, J. & Jones, K. (2019)") and carries a year; no case text
names a patient so. In ``credit``, a name with a clinician's title, letters or post
("Dr Aisha Bello", "Priya Raghavan MD", "Amadou Diallo, radiology registrar") is the
contributor's, and so are the hospital and city that follow it and an e-mail in their
name. A name with none of these, or one the credit gives to the patient or the family
("courtesy of the patient, Jan Kowalski"), still blocks.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from .handles import CHANNEL, nursing_sister
from .normalise import fold

_PARTICLE = r"(?i:van|von|de|der|da|di|del|della|dela|delos|la|le|al|el|ter|bin|ibn|abu|dos|das)"
_SURNAME = (
    rf"(?:(?-i:dela|della|delos|de\s+la|van\s+der|van\s+den|van|von|de|da|dos|du|le|el|Ó|Ní|Nic"
    rf"|Mac|Mc|Ua|Uí|Mhic)\s+"
    # capitalised in a citation: "Dela Cruz JA", "Van der Berg P", "Dos Santos R"
    rf"|(?-i:Dela|De\s+la|Della|Delos|Van\s+der|Van\s+den|Van|Von|De|Da|Dos|Del|Di|Du)\s+(?=\p{{Lu}}))?"
    rf"\p{{Lu}}(?:['’]\p{{Lu}}|\p{{Ll}})[\p{{L}}\p{{M}}'’-]*"
    # a particle hyphened to the first part: "Fernández-del Castillo C"
    rf"(?:(?<=-(?:del|de|la|y|e|da|do|dos))\s+\p{{Lu}}[\p{{L}}\p{{M}}'’-]+)?"
    rf"(?:\s+{_PARTICLE}\s+\p{{Lu}}[\p{{L}}\p{{M}}'’-]+)?"
)
# "J", "JH", "S-Y" (a Korean or Chinese given name's two parts), "J-P"
# (with the digraphs Russian and Central Asian names are initialled by: "Abdrakhmanova Ch.")
_INITIALS = r"(?:\p{Lu}-\p{Lu}|\p{Lu}{1,3}|Ch|Sh|Zh|Kh|Ts|Yu|Ya)\b\.?"
_DOTTED = r"\p{Lu}\.(?:\s?-?\p{Lu}\.)*"
# Vancouver: "Okoye C, García-Márquez L", "Smith J, et al."; APA: "Smith, J., & Jones, K."
_AUTHOR = rf"{_SURNAME}(?:\s+(?:{_INITIALS})|,\s+{_DOTTED})(?:\s+(?:Jr|Sr|II|III)\b\.?)?"
_AUTHORS = regex.compile(
    rf"(?<![\p{{L}}]){_AUTHOR}(?:\s*(?:,|;|,?\s*&|,?\s+and)\s*{_AUTHOR})*(?:,?\s*et\s+al\b\.?)?"
    # "Kwon et al. (2021)": one surname and et al. is a citation too
    rf"|(?<![\p{{L}}]){_SURNAME}\s+et\s+al\b\.?"
)
_YEAR = regex.compile(r"\b(?:1[89]|20)\d\d\b")
_TITLE = (
    r"(?i:(?:(?:A/|Assoc(?:iate)?\.?\s+|Asst\.?\s+|Assistant\s+|Clinical\s+)?Prof(?:essor)?"
    r"|Dr|Doctor|Dra|Dre|Dkt|uDkt|Sister|Matron|Charge\s+Nurse|Dott(?:\.ssa|ssa)?|Dr\.?ssa|Drs|Pr|Pre|Prof\.ssa|TSRM|TRM|MERM|MUDr|MDDr|RNDr"
    r"|dr\s+hab|dr\s+n\.\s*med|lek\.\s*med|[öÖ]l|bitr\.\s*[öÖ]l|PhDr|doc|dr\.?\s*med\.?\s*univ|asist|gyd|conf|lekt|prim|д-р\w*|d-r|др|Δρ|Δρ\.|Dr\.\s*med|lek(?=\.)|(?-i:LT|LL|EL|dos)"
    # Vietnamese: "BS." a doctor, "ThS." a master, "TS." a doctorate, "PGS."/"GS." a professor
    r"|(?-i:BS|ThS|TS|PGS|GS|BSCK\w*)(?=\.))\b\.?(?:\s+(?:Dr|med|rer\.\s*nat|habil|hab|n\.\s*med)\b\.?)*)"
)
_LETTERS = (
    r"(?:MD|PhD|DO|DMU|CDMS|MBBS|MBChB|MB\s+BCh|FRCR|FRCPC|FRANZCR|FRCS(?:Ed|Eng|I|C|Glas)?|FRCP"
    r"|MRCP|FACR|FRCPI|FFR|FRCOphth|MRCOphth|FRCOG|MRCOG|MRCS|FRCA|FRACS|FRANZCO|FRANZCOG|FRACP"
    r"|FCPS|MCh|DOMS|FAAO|FACS|FACC|FACOG|FEBO|FICO"
    r"|RCSI|DMRD|DNB|MSc|BSc|MPH|RT|RT\(R\)|RDMS|RVT|MRT|DABR|EDiR|RN|MAN|BSN|MSN|NP|PA-C"
    r"|MS[1-4]|M[1-4]|FCRad|FWACS|FMCR|MMed|DMRT|TRM|TRMN|DCR|MRT\(R\)|CRT|M\.D\.|D\.O\.|Ph\.D\."
    r"|B\w*Sc(?:\(Hons\))?|BMedRadSc\w*(?:\(Hons\))?|MIR|dr\.\s*med\.?|dr\.\s*sc\.?|dr\.\s*med\.\s*sc\.?)"
)
_NAME = r"\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*){0,3}"
# After a title the name may be written in lower case: "courtesy of dr emeka okafor".
_WORD = r"\p{L}[\p{L}\p{M}'’.-]*"
# ... up to a word that ends it: "Dra. Inês Sousa e Dr. Pedro Lima" is two names
_ANY_NAME = (
    rf"{_WORD}(?:\s+(?!(?i:and|at|of|from|for|in|on|with|e|y|et|und|en|og|och|ve|ile|kai|ja)\b"
    rf"|{_TITLE}){_WORD}){{0,3}}"
)
# Allied health posts, and the Basque title that follows a name ("Jon Urrutia doktorea")
_ALLIED_POSTS = (
    r"podiatrist|physiotherapist|physio|chiropractor|osteopath|orthotist|dietitian|optometrist"
    r"|paramedic|surgeon|physician"
)
_BASQUE_TITLES = r"doktore\w*|medikua|erradiologo\w*"
_POST = (
    r"(?i:(?:consultant|specialist|senior|junior|chief|lead|attending|interventional|paediatric"
    r"|clinical|advanced|principal|superintendent|reporting|thoracic|chest|abdominal|imaging"
    r"|band\s*\d|gpst\d|cst\d|ct\d|acf|gp\s+trainee|mri|mr|ct|us|ultrasound|mammography"
    r"|nuclear\s+medicine|x-?ray|pet|cardiac|vascular"
    r"|pediatric|neuro|msk|breast|trainee|\w*radiology|\w*radiologist|radiographer|sonographer"
    r"|registrar|resident|fellow|sp?r|st\d|fy\d|pgy-?\d|r\d|student|technologist|physicist"
    r"|house\s+officer|intern|st-läkare|\w*läkare|médic[oa]|residente|arzt|ärztin|assistenzarzt"
    r"|oberarzt|chefarzt|interno|chief\s+resident|pakar|radiologi\w*|radiologue|radiologe"
    r"|radioloog|radi[oó]log[oa]|radiologista|radiologiste|ms[1-4]|medical\s+student|med\s+student"
    r"|clinical\s+instructor|instructor|lecturer|tutor|interne|tsrm|manipulat\w+|supervisor|manager"
    r"|coordinator|director|ct\s+supervisor|lead\s+\w+|medical\s+artist|artist|illustrator"
    r"|photographer|neonatal|obstetric|fetal|foetal|perinatal|emergency|trauma|oncologic\w*"
    r"|transplant|renal|hepatology|dialysis|rheumatology|stroke|theatre|ward|research"
    r"|musculoskeletal|head\s+and\s+neck|nurse|midwife|nurse\s+practitioner|sonographer"
    rf"|lækni|læknir|röntgenlækni|cns|stroke\s+cns|anp|ans|{_ALLIED_POSTS}"
    # in the Nordic languages, Dutch and Finnish
    r"|overlege|overlæge|reservelæge|reservelege|afdelingslæge|ST-lege|LIS|\w*sjuksköterska"
    r"|sygeplejerske|sykepleier|radiograf|röntgenlæge|\w*lääkäri|röntgenhoitaja|arts-assistent"
    r"|aios|anios|\w*radioloog"
    # New Zealand and the Pacific: "charge radiographer", "rural MIT", "MRT"
    r"|charge\s+\w+|rural|mit|mrt|mrit|medical\s+imaging\s+technologist|ed|a&e|er|pem|icu"
    # Spanish and Basque: "Marta Ibáñez, TSID", "Jon Urrutia doktorea"
    rf"|tsid|tsr|t[ée]cnic[oa](?:\s+superior)?|{_BASQUE_TITLES})\b[\s,]*){{1,4}}"
)
_CLINICIAN = regex.compile(
    # "Drs Mensah, O'Dowd & Yilmaz": one title for a list of surnames
    rf"\bDrs\.?\s+{_NAME}(?:\s*,\s*{_NAME})*\s*(?:,?\s*&|,?\s+and)\s*{_NAME}"
    rf"|\b{_TITLE}\s+{_ANY_NAME}|{_NAME}(?:,?\s+{_LETTERS}\b)+|{_NAME}(?=\s*[,(]\s*{_POST})"
    # a name (with a nickname) before the department it works in: "Andre 'Dre' Campbell, CT
    # department"
    rf"|{_NAME}(?:\s+['‘\"“][^'’\"”\n]{{1,15}}['’\"”]\s+{_NAME})?(?=\s*,\s*(?:[\w&-]+\s+){{0,2}}"
    rf"(?i:department|dept|unit|team|service)\b)"
    # a name with its own handle: "our radiographer sifu Ms Winnie Tse (@winnie_rad_hk)"
    rf"|{_NAME}(?=\s*\(\s*@[\w.]+\s*\))"
    # a name with its own handle and then a post: "Tavita Leota (@tavita_xray), rural MIT"
    rf"|{_NAME}(?=\s*\(\s*@[\w.]+\s*\)\s*[,;]?\s*{_POST})"
    # the title after the name, in Basque: "Jon Urrutia doktorea"
    rf"|{_NAME}(?=\s+(?i:{_BASQUE_TITLES})\b)"
    # in lower case before a post: "thx to siobhán walsh (clinical specialist radiographer"
    rf"|\b\p{{Ll}}[\p{{L}}\p{{M}}'’-]+\s+\p{{Ll}}[\p{{L}}\p{{M}}'’-]+(?=\s*[,(]\s*{_POST})"
    # the post first: "our sonographer Kate O'Neill"
    rf"|(?<=\b(?i:sonographer|radiographer|registrar|resident|fellow|consultant|radiologist"
    rf"|technologist|physicist|nurse|colleague|trainee|student|students|residents|fellows|registrars"
    rf"|overlege|overlæge|överläkare"
    rf"|reservelæge|reservelege|specialistläkare|kollega|collega|Kollege|Kollegin|Oberarzt"
    rf"|radiograf|röntgensjuksköterska|sygeplejerske|sykepleier|röntgenhoitaja|geislafræðingur"
    rf"|radioloogiatehnik|technolog\w*|rentgenolaborant\w*|d-r|likar\w*"
    rf"|Oberärztin|Chefarzt|Chefärztin|ylilääkäri|erikoislääkäri|radiologas|gydytojas|radiologs"
    rf"|radioloog|radiolog|doktor|medic|medicul|lije[cč]nik|zdravnik|[aā]rsts|arst"
    rf"|eidikevomen[oia]s?|aktinolog[oa]s?|iatr[oa]s?|epimelit[ih]s?|rofe|rofa|mitmache|mitmacha"
    rf"|bzhishk\w*|rentgenolog\w*|d[áa]riger(?:-rad[ıi]olog)?|rad[ıi]olog|rezident|shifokor|vrach"
    rf"|h[əe]kim|hakim"
    rf"|midwife|{_ALLIED_POSTS})\s)"
    rf"(?:(?i:mr|mrs|ms|miss|mx|sr|sra|srta)\.?\s+)?{_NAME}"
    # "our residents Arman Sargsyan and Lilit Petrosyan": each name of a plural post
    rf"|(?<=\b(?i:residents|registrars|fellows|trainees|students|colleagues|radiographers"
    rf"|sonographers|consultants|technologists|nurses)\s{_NAME}(?:\s*,\s*{_NAME})*\s*(?:,?\s*&"
    rf"|,?\s+and)\s*){_NAME}"
    # who handled the images for the post: "reformatted by Tom Whitcombe", "edited by K. Henare"
    rf"|(?<=\b(?i:edited|reformatted|formatted|annotated|anonymi[sz]ed|de-?identified|curated"
    rf"|compiled|translated|segmented|labell?ed|captioned|reconstructed|post-?processed|cropped"
    rf"|prepared|proof-?read|checked)\s+by\s){_NAME}"
    # "our sonographers, especially Hannah B."
    rf"|(?<=\b(?i:residents|registrars|fellows|trainees|students|colleagues|radiographers"
    rf"|sonographers|consultants|technologists|nurses|team),?\s+(?i:especially|particularly"
    rf"|notably|including|incl\.?|above\s+all)\s){_NAME}"
)
# Who a credit gives a name, an e-mail or a place to: the patient or the family, unless a
# contributor's word comes later ("thanks to the patient's radiographer, ...").
_OWNER = regex.compile(
    r"(?i:\b(?:patient|pt|mum|mom|mother|father|dad"
    r"|family(?!\s+(?:hospital|medicine|practice|clinic|health|physician|doctor|cent(?:re|er)))"
    r"|parents?|son|daughter|wife|husband"
    r"|partner|brother|sister|grand\w+|himself|herself|themselves|relatives?|next\s+of\s+kin"
    r"|famille|famiglia|Familie|familia|fam[íi]lia|patiente?|paziente|paciente|fils|fille|figli[oa]"
    r"|Ehefrau|Ehemann|Tochter|Sohn|Patient(?:en|in)|echtgeno(?:ot|te)|dochter|zoon|pati[ëe]nte?"
    r"|klein(?:zoon|dochter|kind)|schoon(?:zoon|dochter)|broer|zus|moeder|vader|opa|oma|familie)\b)"
)
_CONTRIBUTOR = regex.compile(
    r"(?i:\b(?:courtesy|thanks|thank|credit|credits|credited|h/t|via|radiolog\w+|radiographer"
    r"|sonographer|registrar|resident|fellow|consultant|colleague|team|department|dept|reviewed"
    r"|case\s+by|contributed|submitted|dr|prof|teaching\s+file|collection|archive|library|acquired"
    r"|imaging|images|scanner|performed|fellows|drs|illustrations?|drawings?|artwork|prepared|shared"
    r"|supervision|contribuci[oó]n|contribui[çc][ãa]o|cortes[ií]a|gentileza|agradecimientos?"
    r"|agradecimentos?|servicio|secci[oó]n|servi[çc]o|se[çc][ãa]o|remerciements|khoa"
    r"|kontributor|salamat|terima\s+kasih|sumbangan|ihsan|cung\s+cấp|cảm\s+ơn|hisani|shukrani"
    r"|ngokubonga|siyabonga|met\s+dank|dankie|idara|umnyango|efxaristo|efcharisto|toda"
    r"|be-?shituf|shnorhakalutyun|rahmet|rahmat|t[əe]s[əe]kk[üu]r"
    # Japanese and Korean: provided by, made by, thanks ("Teikyō", "Jegong", "gamsa")
    r"|teiky[oō]|sakusei|kyōryoku|kyoryoku|kansha|jegong|gamsa\w*|hyeomnyeok|sensei|gyosu"
    # ... and Chinese: thanks, provided by ("gǎnxiè", "tígōng", "gam2 ze6")
    r"|g[aǎ]nxi[eè]|t[ií]g[oō]ng|gam2\s+ze6|do1\s+ze6)\b|©)"
)
_JAPANESE_KOREAN_INSTITUTION = (
    r"Y[iī]yu[aà]n|D[aà]xu[eé]|F[uù]sh[uǔ]|F[aà]ngsh[eè]\s*k[eē]|Y[iǐ]ngxi[aǎ]ng\s*k[eē]"
    r"|Daigaku|Daehakgyo|Daehak|By[oō]in|Byeongwon|Sent[aā]|Senteo|Uihakgwa|Igakubu|Gakkai"
    r"|Hakhoe|Iry[oō]\s+Sent[aā]|Yeongsang-?uihakgwa|H[oō]shasen-?ka"
)
# A name that begins an institution's is the institution's: "Aga Khan University Hospital".
_INSTITUTION = regex.compile(
    r"\s+(?:(?:University|Teaching|General|Memorial|Children's|Medical|Royal|National|Regional"
    r"|[Rr]adiography|[Rr]adiology|[Ii]maging|CT|MRI|[Uu]ltrasound|[Nn]ursing|[Ee]mergency"
    r"|District|County|Community|City|State|Specialist|Referral|Military|Women's)\s+)*"
    r"(?:Hospitals?|University|Clinic|Institute|Infirmary|Medical\s+(?:Center|Centre|College)"
    r"|Health|Trust|Foundation|College|[Tt]eam|Unit|Service|Department|Section|Division"
    # Turkish and Azerbaijani: "Radyoloji Bölümü", "Radiologiya kafedrasından"
    r"|[Kk]afedra\w*|[Bb]ölüm\w*|[Aa]nabilim\s+[Dd]al\w*|[Ss]ervis\w*|[Şş]öb[əe]\w*"
    # Japanese and Korean in Latin letters: "Kyōto Daigaku", "Seoul Daehakgyo Byeongwon"
    rf"|{_JAPANESE_KOREAN_INSTITUTION})\b"
)
# "Hospital de Santa Maria", "University of Ibadan": a name after the institution's word.
_OF_INSTITUTION = regex.compile(
    r"\b(?:Hospital|Hospitals|University|Universit[äàé]\w*|Clinic|Cl[íi]nica|Institute|Instituto|Royal"
    r"|Ysbyty|Ziekenhuis|Spital|Krankenhaus|Rumah\s+Sakit|CHU|CHUM|Health|Healthcare|Medicine"
    r"|Infirmary|Centre|Center|Hôpital|Klinikum|Ospedale|FN|FNsP|[Nn]emocnice|[Nn]emocnica"
    r"|[Kk]linika|Szpital|[Kk][óo]rh[áa]z|[Ss]jukhus(?:et)?|[Ss]ykehus(?:et)?|[Ss]ygehus(?:et)?"
    r"|[Ss]airaala|[Hh]ospitalet|[Rr]igshospitalet):?(?:\s+(?:de|do|da|del|der|of|di|des|i|y"
    r"|la|le|St\.?|Saint|San|Santa|São|Nacional|National|General|Regional|Universitario"
    r"|Universitário|Universitaire|Central|Municipal|Provincial|Militar|Military|Naval|Infantil"
    r"|Materno|Pediátrico|Memorial|\p{Lu}[\p{L}'’-]+))*\s+(?:(?:de\s+)?[dl]['’])?$"
)
# The institution's word first, in any language: "Ysbyty Gwynedd", "Université Laval".
_INSTITUTION_FIRST = regex.compile(
    r"(?:Ysbyty|Hospital|H[ôo]pital|Ospedale|Universit[éeäà]\w*|Universidad|Universidade"
    r"|Clinique|Cl[íi]nica|Klinikum|Ziekenhuis|Spital|Krankenhaus|CHU|Institut\w*|Istituto|FNsP|FN|NsP"
    r"|Szpital\w*|K[óo]rh[áa]z\w*|[Nn]emocnic\w*"
    # Indonesian, Malay, Tagalog and Vietnamese: "Universitas Andalas", "Bệnh viện Bạch Mai"
    r"|Universitas|Universiti|Unibersidad|Pamantasan|Ospital|Rumah\s+Sakit|RSUP|RSUD|RS"
    r"|Bệnh\s+viện|Trường|Đại\s+học|Viện)\b"
)
# A department named after its word: "dienst Medische Beeldvorming", "Abteilung Radiologie".
_DEPARTMENT_BEFORE = regex.compile(
    r"(?i:\b(?:dienst|afdeling|avdelning|avdeling|Abteilung|Klinik\s+für|Institut\s+für|osasto|khoa"
    r"|(?-i:UO|U\.O\.|UOC|UOS|SC|SOC|UOSD)"
    r"|servicio\s+de|service\s+de|serviço\s+de|reparto\s+di|department\s+of|dept\.?\s+of"
    # "the neuro IR team at Addenbrooke's": where a team or a department works
    r"|(?:team|department|dept\.?|unit|service|section|division|colleagues|registrars|residents"
    r"|fellows|radiographers"
    r"|sonographers|consultants|staff)\s+(?:at|of|from)"
    # Hebrew in Latin letters: "ve-tzevet ha-MRI shel Hadassah Ein Kerem"
    r"|tzevet\s+(?:[\w-]+\s+)?shel|machlaka\s+(?:[\w-]+\s+)?shel)\s+)$"
)
_AFTER_A_POST = regex.compile(
    rf"(?:{_POST}|\b{_LETTERS}\b|\b(?i:gp)\b)[\s,;(–-]*(?:(?i:in|at|of)\s+)?$"
)
_ENDS_AS_INSTITUTION = regex.compile(
    r"\s(?:Collection|Library|Archive|Museum|Trust|Foundation|Society|Institute|Hospital|Clinic"
    r"|Infirmary|College|University|Centre|Center|Practice|Surgery|Hospitals|Trust|Board|Uni|Univ"
    r"|[ÜU]niversitesi|Hastanesi|Klinik\w*|Ospedale|Krankenhaus|Klinikum|Net(?:h)?ralaya"
    r"|Fellowship|Geneeskunde|Heelkunde|Radiologie|Nuklearmedizin|Medizin"
    r"|Oszt[áa]ly\w*|Oddzia[łl]\w*|Odd[ěe]len[íi]|Oddelenie|Klinika|Zak[łl]ad\w*|Pracowni\w*"
    r"|Zerbitzua|Ospitalea|Unitatea|Saila"
    rf"|{_JAPANESE_KOREAN_INSTITUTION})$"
)
_DEPARTMENT = regex.compile(
    r"(?i:\b(?:dept|department|hospital|infirmary|university|clinic|institute|centre|center"
    r"|radiology|imaging)\b)"
)
# "R Adams Cowley Shock Trauma Center": the institution's word a few names later
_INSTITUTION_LATER = regex.compile(
    r"(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}\s+(?:Center|Centre|Hospital|Institute|Clinic|Practice"
    r"|Infirmary|Medical\s+(?:Center|Centre|Practice)|[Hh]ospital(?:et)?|[Ss]ykehus(?:et)?"
    r"|[Ss]jukhus(?:et)?|[Ss]ygehus(?:et)?|\p{Lu}\p{Ll}*(?:hospital|sykehus|sjukhus|sygehus)(?:et)?)\b"
)
# A clause runs on past the dot of a title or an initial: "thanks to Ms. Rina W. at ...".
_CLAUSE = regex.compile(
    r"(?:[^.;!?\n]|\.(?<=\b(?:Mr|Mrs|Ms|Dr|Dra|Prof|Assoc|Asst|St|Sr|Sra|Jr|\p{Lu})\.))+"
)


# A paper cited in a sentence: "As Gibbs and Walker showed (Pediatr Radiol. 2016;46:88-95)",
# "See Sebasio et al., Emerg Radiol 2017;24(6)": the names before a journal, a year and a volume.
_CITED_IN_PROSE = regex.compile(
    r"\b(\p{Lu}[\p{L}'’-]+(?:\s+(?:and|&|y|et|und|e|og|och|en)\s+\p{Lu}[\p{L}'’-]+)?"
    # then a bracket, a comma or a verb in lower case: "(", ", ", " showed (", " wrote in "
    r"(?:\s+et\s+al\.?)?)(?:['’]s)?(?:\s*[(,]\s*|(?:\s+\p{Ll}+){1,3}\s*\(?\s*)"
    r"(?:\p{Lu}[\p{L}]*\.?\s+){0,6}\(?"
    # the year, the volume, its issue and the first page: "2017;24(6):611"
    r"(?:19|20)\d\d\s*;\s*\d+\s*(?:\(\s*\w+\s*\))?\s*:\s*\d+"
)


def prose_citation_spans(text: str) -> list[tuple[int, int]]:
    """Papers cited in running text, from their authors to the first page. Not for a reference
    itself, whose title may tell a patient's name just before its journal."""
    return [(match.start(1), match.end()) for match in _CITED_IN_PROSE.finditer(text)]


def citation_spans(text: str) -> Iterator[tuple[int, int]]:
    """The author lists of citations: names in the shape of a reference, with a year."""
    if not _YEAR.search(text):
        return
    for match in _AUTHORS.finditer(text):
        authors = match.group()
        # One "Surname I" alone could be "Smith A" in a sentence; a list, "et al." or a
        # full stop after the initials is a reference's shape.
        listed = regex.search(r"[,;&]|\band\b|et\s+al", authors)
        if listed or authors.endswith(".") or text.startswith(".", match.end()):
            yield match.span()


def clinician_spans(text: str) -> list[tuple[int, int]]:
    """Names with a clinician's title, letters or post: "Prof. N. Islam", "Dr Aisha Bello"."""
    return [match.span() for match in _CLINICIAN.finditer(text)]


def _clause(text: str, at: int) -> tuple[int, int]:
    for match in _CLAUSE.finditer(text):
        if match.start() <= at < match.end():
            return match.span()
    return (0, len(text))


_CHANNEL = regex.compile(CHANNEL)
_WHOSE = regex.compile(r"(?i:\b(?:his|her|their|my|our|patient['’]?s?|pt['’]?s)\s*$)")


def given_to_the_patient(text: str, start: int, end: int) -> bool:
    """Whether a credit ties the span at start..end to the patient or the family: a word
    of theirs before it with no contributor's word between, or "(the patient)" after it."""
    clause_start, clause_end = _clause(text, start)
    before = text[clause_start:start]
    # "Contributed by Sister Bernadette Foley": a nurse's title, not the patient's sister
    owners = [
        m
        for m in _OWNER.finditer(before)
        if not (
            nursing_sister(before + text[start:end], m) and not _WHOSE.search(before, 0, m.start())
        )
    ]
    if owners:
        # ("consented via Twitter DM" names a channel, not a contributor)
        later = [
            m
            for m in _CONTRIBUTOR.finditer(before)
            if m.start() > owners[-1].start()
            and not (m.group().casefold() == "via" and _CHANNEL.match(before, m.end()))
        ]
        if not later:
            return True
    after = text[end:clause_end][:30]
    return bool(regex.match(r"\s*[(,\-–]\s*(?:the\s+|our\s+|a\s+)?" + _OWNER.pattern, after))


# Thanks in passing outside credit: "shoutout to our chief resident Dr. Marcus Bell",
# "Case from Erik Johansson, ST-läkare in radiology, great catch".
_THANKS = regex.compile(
    r"(?i:\b(?:courtesy|thanks|thank\s+you|shout[-\s]?out|kudos|h/t|hat\s+tip|credit|case\s+from"
    r"|asks|writes|shares|shared\s+by|always\s+says|says|used\s+to\s+say|taught\s+me|teaches"
    r"|case\s+by|contributed|great\s+catch|for\s+this\s+one|for\s+sharing|kindly\s+(?:reviewed"
    r"|provided|shared|supplied|reported|read)"
    # a colleague quoted: "signed 'Dr P. Achterberg, neuroradiology'", "the reply from Dr Okonjo"
    r"|signed|reply\s+from|replied|put\s+it|message\s+from|wrote\s+back|commented)\b"
    r"|#case\s*of\s*the\s*(?:day|week|month)\b|\bcase\s+of\s+the\s+(?:day|week|month)\b)"
)


def thanked_clinician(text: str, start: int, end: int, *, place: bool = False) -> bool:
    """Whether a name outside credit is a clinician thanked for the case, not the patient,
    or the hospital of one: "thanks to our registrar Dr Tom Hughes at Bristol Royal ..."."""
    if given_to_the_patient(text, start, end):
        return False
    clause_start, clause_end = _clause(text, start)
    clause = text[clause_start:clause_end]
    clinicians = [m.span() for m in _CLINICIAN.finditer(text)]
    titled = any(s < end and start < e for s, e in clinicians)
    ours = [(s, e) for s, e in clinicians if clause_start <= s < start]
    at_their_place = bool(ours) and (place or _where_they_work(text, start, ours))
    return (titled or at_their_place) and bool(_THANKS.search(clause))


_THREE_LETTERS = regex.compile(r"\p{L}{3,}")


def _words(text: str) -> list[str]:
    return [word.casefold() for word in _THREE_LETTERS.findall(text)]


_DEPARTMENT_MAILBOX = regex.compile(
    r"(?i:[\w.+-]*(?:teach|educat|info|dept|radiolog|admin|office|secret|contact|cases|imaging"
    r"|enquir|queries|training|residency|fellowship|webmaster)[\w.+-]*@)"
)
_CJK_CLINICIAN = regex.compile(
    r"\s?(?:先生|医師|医生|教授|博士|准教授|선생님|교수|의사)"
    # the same in romaji and Korean romanisation: "Suzuki Ai sensei", "Kim Hyun-woo gyosu"
    r"|[\s-]+(?i:sensei|gyosu(?:nim)?|seonsaeng(?:nim)?|jeongong-?ui|senmon-?i|ky[oō]ju|hakase"
    r"|baksa|uisa|ishi|y[iī]sh[eē]ng|zh[uǔ]r[eè]n\s+y[iī]sh[iī]|j[iì]sh[iī]|f[uù]?\s*ji[aà]o\s*sh[oò]u"
    r"|ji1\s+sang1)\b"
)


_ROYAL_BEFORE = regex.compile(r"\b(?:Queen|King|Prince|Princess|Royal|St\.?|Saint)\s+$")
# The city of an institution, in brackets after it: "Hospital Nacional X (Lima)".
_CITY_OF_INSTITUTION = regex.compile(
    r"\b(?:Hospital|Clinic|Cl[íi]nica|Institute|Instituto|Centre|Center|University|Universidad"
    r"|Universidade|Infirmary|Hôpital|Ospedale|Klinikum)\b[^()\n]{0,60}\(\s*$"
)
# A handle that says it is a doctor's: "@DrThandiRad", "@ProfKowalski".
_DOCTORS_HANDLE = regex.compile(r"@(?:Dr|Dra|Prof|Doc)[\w.]+")


# A public case library's credit line names the case's author.
_COLLECTION = regex.compile(
    r"(?i:\bWikimedia\s+Commons|\bWellcome\s+Collection|\bOpen-?i\b|\bThe\s+Cancer\s+Imaging\s+Archive)"
)
_BODY_AFTER = regex.compile(
    r"\s+(?i:towarzystwo|gesellschaft|vereniging|genootschap|sociedade|sociedad|société|società"
    r"|association|associação|asociación|federation|collegium|kolegium|akademie|academy)\b"
)
_UNIT_WORDS = (
    r"zak[łl]ad\w*|pracowni\w*|oddzia[łl]\w*|klinik\w*|katedr\w*|oszt[áa]ly\w*|odd[ěe]len\w*"
    r"|[úu]stav\w*|sec[țt]i\w*|departament\w*|instytut\w*|institut\w*|k[öo]zpont\w*|centrum\w*"
)
_UNIT_WORD = regex.compile(rf"(?i:{_UNIT_WORDS})\b")
_UNIT_BEFORE = regex.compile(rf"(?i:\b(?:{_UNIT_WORDS})\s+(?:[\p{{L}}-]+\s+){{0,3}}$)")
_CASE_LIBRARY_AFTER = regex.compile(
    r"\s*[,(–—-]\s*(?i:radiopaedia(?:\.org)?|eurorad|medpix|mypacs|learningradiology|aunt\s+minnie)\b"
)


def contributors_own(text: str, kind: str, start: int, end: int) -> bool:
    """Whether a finding in ``credit`` is the contributor's: a titled or posted name, the
    hospital or city of a credit that names a contributor, an e-mail in a credited name."""
    if given_to_the_patient(text, start, end):
        return False
    clinicians = [m.span() for m in _CLINICIAN.finditer(text)]
    clinicians += [m.span() for m in _DOCTORS_HANDLE.finditer(text)]
    if kind == "name":
        if _CJK_CLINICIAN.match(text, end):
            return True  # "画像提供：山田太郎先生": a doctor by the honorific
        credited = {w for s, e in clinicians for w in _words(text[s:e])}
        if set(_words(text[start:end])) <= credited and _words(text[start:end]):
            return True  # "... Niamh Walsh (@niamh_scans) - thank u Niamh!"
        if regex.search(r"@\w[\w.]*\s*\(\s*(?:\p{Lu}[\p{L}'’-]*\s+)?$", text[:start]):
            return True  # "Case by @neuroradkat (Kat Moreno)": the handle's owner, by name
        if _ENDS_AS_INSTITUTION.search(text[start:end]):
            return True  # "Wellcome Collection"
        royal = _ROYAL_BEFORE.search(text, 0, start)
        if royal and (_CONTRIBUTOR.search(text) or text[start:end].endswith(("'s", "’s"))):
            # "Rheumatology Day Unit, Queen Mary's", "Victoria Hospital, Prince Albert": the
            # hospital by its patron, the town by its prince
            return True
        if _UNIT_WORD.match(text, start) or _UNIT_BEFORE.search(text, 0, start):
            # "Pracowni Rezonansu Magnetycznego", "Zakład Radiologii i Diagnostyki Obrazowej",
            # "a Radiológiai Osztály": a department by its word in Central Europe
            return True
        if any(s <= start and end <= e for s, e in (m.span() for m in _COLLECTION.finditer(text))):
            return True  # "Courtesy of the Wikimedia Commons radiology collection"
        if _BODY_AFTER.match(text, end):
            return True  # "the Polskie Lekarskie Towarzystwo Radiologiczne"
        if _CASE_LIBRARY_AFTER.match(text, end):
            return True  # "Case courtesy of Frank Gaillard, Radiopaedia.org, rID: 5432"
        if regex.fullmatch(_POST, text[start:end]):
            return True  # "Consultant Neuroradiologist" is a post, not a person
        if _PATRONYMIC_IN_CREDIT.search(text[start:end]):
            # "Sluchay predostavlen Irinoy Sergeevnoy Volkovoy": a colleague is credited with
            # the father's name, as Russian and Belarusian courtesy has it; a patient is not
            return True
        if _AFTER_A_POST.search(text, 0, start):
            return True  # "(R3, Tikur Anbessa)", "fellow, Northwestern Memorial": the place
        institution = (
            _CITY_OF_INSTITUTION.search(text, 0, start)
            or _INSTITUTION.match(text, end)
            or _INSTITUTION_LATER.match(text, end)
            or _OF_INSTITUTION.search(text, 0, start)
            or _INSTITUTION_FIRST.match(text, start)
            or _DEPARTMENT_BEFORE.search(text, 0, start)
        )
        return (
            bool(institution)
            or any(s < end and start < e for s, e in clinicians)
            or _where_they_work(text, start, clinicians)
        )
    if kind in ("place", "facility"):
        return bool(clinicians or _CONTRIBUTOR.search(text))
    if kind == "licence" or (kind == "phone" and _REGISTRATION.search(text, 0, start)):
        return bool(clinicians)  # "GMC 7012345": the credited clinician's registration
    if kind in ("address", "zip"):
        return bool(_DEPARTMENT.search(text))  # the department's own address
    if kind == "email" and _DEPARTMENT_MAILBOX.match(text[start:end]):
        return True  # "radteaching@aku.edu": the department's mailbox, not a person's
    if kind == "email":
        # "agomezp@", "mtsreyes.rad@", "a.almazrouei@": initials run into a credited surname
        local = fold(text[start:end].split("@")[0])
        named = {fold(word) for s, e in clinicians for word in _words(text[s:e])}
        named |= {w.replace("-", "") for w in named}  # "Tremblay-Roy" in "j.tremblayroy.rad@"
        named -= {"prof", "professor", "doctor", "assoc", "dra", "dott"}
        return any(len(word) >= 3 and word in local for word in named)
    return False


_PATRONYMIC_IN_CREDIT = regex.compile(
    r"\b\p{Lu}\p{Ll}+(?:ovich|evich|ovych|evych|avich|ovna|evna|ovnoy|evnoy|ovny|evny|ichna|ivna"
    r"|aeuna|auna|ovnaya)\b"
)
_REGISTRATION = regex.compile(
    r"(?:\b(?:GMC|NMC|HCPC|IMC|NPI|AHPRA|MCI|MCNZ|CPSO|CRM|CRMSP|RPPS|ordine|licen[cs]e|reg(?:istration)?)"
    r"\.?\s*(?:no\.?|number|#)?\s*[:=]?\s*)$"
)


# What stands between a credited clinician and their institution or city: "Dr Noa Levi
# (@NoaLeviRad), Sheba Medical Center, Tel HaShomer", "Dra. X, neurorradióloga, Clínica
# Alemana de Santiago"; not a second person joined by "and".
_BETWEEN = regex.compile(
    r"[^;!?\n]*?(?:[,(–—·•|/-]|\s\.(?=\s)|\s(?:de|do|da|del|at|in|of|from|en|em))\s*"
    r"(?:(?:São|San|Santa|Santo|St\.?|Saint|Sainte)\s+)?"
)


def _where_they_work(text: str, start: int, clinicians: list[tuple[int, int]]) -> bool:
    before = [end for _, end in clinicians if end <= start]
    if not before:
        return False
    between = text[max(before) : start]
    joined = regex.search(r"(?i:\band\b|&|\bund\b|\by\b|\be\b|\bet\b)", between)
    return not joined and bool(_BETWEEN.fullmatch(between))
