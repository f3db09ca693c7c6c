"""Text that describes what identifies a body: a face, a tattoo, a birthmark, a shaped scar,
a fingerprint (blocking: Safe Harbor's full-face images and unique characteristics), or
jewellery and clothing (a warning: someone should look at the picture).

Radiology says "face" and "scar" all the time (the facial bones, the face of a vertebral
body, a myocardial scar, tattoo pigment in an axillary node): a feature counts only when the
text says it is seen on the body, in a photograph, or describes its shape or design.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import regex

from .findings import Hit
from .normalise import fold, words

_PHOTO = (
    r"(?:photo(?:graph)?s?|picture|pic|image|snapshot|selfie|headshot|close-?up|video|clinical\s+"
    r"(?:photo|image|picture))"
)
# A camera's picture, not a scan's image: "photo of the forearm", "clinical image".
_CAMERA = (
    r"(?:photo(?:graph)?s?|picture|pic|snapshot|selfie|close-?up|video"
    r"|clinical\s+(?:photo|image|picture)s?)"
)
_BODY = (
    r"(?:forehead|cheek|chin|neck|chest|chest\s+wall|back|shoulder|arm|forearm|wrist|hand|finger"
    r"|knuckles?|thigh|calf|leg|ankle|foot|abdomen|flank|hip|buttock|scalp|nose|lip|ear|eyebrow"
    r"|breast|deltoid|scapula|sternum|face|skin|torso|trunk|body)"
)
_FACE = re.compile(
    rf"(?i:\b(?:full[-\s]face|frontal\s+{_PHOTO}\s+of\s+the\s+(?:patient['’]s\s+)?face"
    rf"|{_PHOTO}\s+of\s+(?:the\s+)?(?:patient['’]s\s+|pt['’]s\s+|child['’]s\s+|baby['’]s\s+|his\s+|her\s+)?"
    rf"(?:full\s+)?face\b(?!\s+(?:of|down))"
    rf"|(?:patient['’]s|child['’]s|baby['’]s|his|her)\s+(?:face|profile|facial\s+features)"
    rf"(?=[^.]*\b{_PHOTO})"
    rf"|\b{_PHOTO}[^.]{{0,40}}\b(?:(?:patient['’]s|his|her|their)\s+(?:(?:whole|full|entire)\s+)?"
    r"(?:face|profile|smile|teeth)"
    rf"|eyes\s+(?:un)?covered"
    rf"|eyes\s+visible|face\s+visible|recognisabl\w+|recognizabl\w+)"
    r"|\b(?:face|eyes)\s+(?:and\s+(?:eyes|face)\s+)?(?:(?:are|is)\s+)?(?:\w+ly\s+)?visible"
    r"|\bface\b[^.;]{0,60}\b(?:fully\s+)?(?:recognisable|recognizable|identifiable)"
    r"|(?:helansikts|ansikts|hel-ansikts)foto\w*|gezichtsfoto|gesichtsfoto|foto\s+del\s+rostro"
    r"|photo\s+de\s+face|visage\s+(?:entier\s+)?visible|volto\s+(?:intero\s+)?visibile"
    r"|ganzes\s+Gesicht|rostro\s+(?:completo\s+)?visible"
    r"|\b(?:unblurred|unredacted|unmasked|uncropped|unpixelated|non-?blurred)\s+(?:\w+\s+)?"
    r"(?:face|facial|photo|picture|pic|image|clinical\s+photo)"
    r"|\bface\s+(?:photo|picture|pic|shot|photograph)s?\b"
    r"|headshot|selfie|face\s+(?:is\s+)?(?:\w+ly\s+)?(?:visible|recognisable|recognizable"
    r"|uncovered|unmasked|shown)"
    r"|(?:surface|volume|3d)[-\s]+render\w*[^.]{0,100}\b(?:face|facial\s+(?:features|soft\s+tissues?|"
    r"surface)|skin\s+surface)"
    r"|(?:reconstruct\w*|shows?|showing|depicts?|renders?|rendering)\s+(?:the\s+)?(?:patient['’]s\s+|his\s+|her\s+|their\s+)?"
    r"face\b(?!\s+of)"
    r"|\b(?:his|her|their|the\s+patient['’]s)\s+face\b[^.]{0,60}\b(?:3d|volume|surface)[-\s]+render\w*"
    r"|\b(?:rosto|rostro|cara|visage|volto|Gesicht|gezicht)\s+(?:do|da|del|de\s+la|du|de|dello|della|des"
    r"|van\s+de)"
    r"\s+(?:paciente|patient\w*|paziente|patiënt|doente|enferm[oa])"
    r"|\b(?:3d|vr|volume|surface)\b[^.]{0,80}\b(?:recognisabl\w+|recognizabl\w+|identifiable"
    r"|nose,?\s+lips)\b)\b)"
)
_DESIGN = (
    r"(?:reading|saying|depicting|spelling|name|initials|wrapped|rose|heart|skull|dragon"
    r"|anchor|cross|portrait|letters?|words?|script|date|butterfly|star|snake|eagle|tiger)"
)
_TATTOO = re.compile(
    # a tattoo's design in a radiograph's text: "tattoo ink artefact ... a rose wrapped around
    # the name 'Mariela'"
    rf"(?i:\btattoo(?:s|ed)?\s+ink\b[^.;]{{0,60}}\b{_DESIGN}\b)"
    # any tattoo in a photograph of the body: "photo of the forearm showing a koi carp tattoo"
    rf"|(?i:\b{_CAMERA}\b[^.;]{{0,80}}\btattoo(?:s|ed)?\b(?!\s+(?:pigment|ink|particles|dots?)))"
    rf"|(?i:\btattoos?\b[^.;]{{0,40}}\bin\s+the\s+{_CAMERA})"
    rf"|(?i:\btattoo(?:s|ed)?\b(?!\s+(?:pigment|ink|particles|artefact|artifact|marks?\s+for"
    rf"|for\s+radiotherapy|dots?))(?:[^.;]{{0,40}}\b(?:of|reading|reads|read|saying|says|spells"
    rf"|depicting|spelling"
    rf"|name|initials|on|over|across|along)\b|\s+(?:on|over)\s+the\s+{_BODY})"
    r"|\b(?:tribal|sleeve|name|memorial|portrait|facial|face)\s+tattoo\b|\bt[aā]\s+moko\b"
    r"|\bmoko\b[^.;]{0,40}\b(?:chin|face|cheeks?|forehead|lips?|nose|3d|reconstruction|vr)\b"
    r"|\birezumi\b|\btattoo\w*\b[^.;]{0,40}\bkanji\b"
    r"|\bmoko\s+kauae\b"
    # a port-wine stain over the face: "mancha vinho-do-Porto que cobre metade da face"
    r"|\b(?:mancha|macchia|tache)\s+(?:\w+[-\s]){0,3}?(?:porto|oporto|vino|vin)\b[^.;]{0,40}?"
    r"\b(?:face|cara|rosto|viso|volto|visage)\b"
    # a tattoo over the face in Spanish, Portuguese, French, Italian
    r"|\b(?:tatuaje|tatuagem|tatouage|tatuaggio)\w*\s+(?:\w+\s+){0,6}?(?:en\s+la|na|sur\s+le|sul)?\s*"
    r"(?:toda\s+la\s+|todo\s+o\s+|tout\s+le\s+|tutto\s+il\s+)?(?:cara|rostro|rosto|visage|viso)\b"
    r"|\btattooed\s+(?:name|initials|words?|date)\b"
    # a loved one's name on the body: "her malu has her late husband's name worked into it"
    r"|\b(?:husband|wife|son|daughter|mother|father|mum|mom|dad|child|children|kids?|partner"
    r"|girlfriend|boyfriend|baby|babies|grandchildren|grandson|granddaughter)['’]s?\s+names?\b"
    r"[^.;]{0,40}?\b(?:tattoo\w*|inked|worked\s+into|on\s+(?:his|her|their)\s+\w+|across\s+(?:his|her))"
    r"|\b(?:malu|pe['’]?a|tatau)\b[^.;]{0,60}\bnames?\b"
    # quoted words tattooed: "'Tama'a o Samoa' tattooed down his forearm", "tiene tatuado 'X'"
    r"|\b(?:tatuad[oa]|tatuaje|tatuagem|tatouage|tatouée?|tatuaggio|tattoo\w*|Tätowierung|tatuirovk\w*"
    r"|tatuaxe|tatuatge|d[öo]vme\w*|wsham|washm|wasm|mektoub|maktoub|tatua[żz]\w*"
    r"|Schriftzug|lettering|inked|tatoeage|tatovering\w*|tatuering\w*|tatuointi\w*|tatuaj\w*"
    r"|tetova[zž]\w*|t[aä]toveering\w*|tetovēj\w*|uztetov\w*|tatuiruot\w*|inscrip[tț]i\w*|napis\w*"
    r"|uzrakst\w*|u[zž]ra[sš]\w*|tekst\w*"
    # Indonesian, Malay, Tagalog, Vietnamese: "tato bertuliskan 'RATNA'", "hình xăm chữ 'Mẹ'"
    r"|tato|tatu|bertulis\w*|tulisan|hình\s+xăm|xăm"
    # Zulu, Afrikaans and Swahili: "unomdwebo ... othi 'Ngiyabonga Baba'", "inskripsie 'Vir altyd'"
    r"|\w*mdwebo|tatoe\w*|inskripsie|tatuu|chale"
    # Hebrew, Armenian and Greek in Latin letters: "ka'aka", "dakhvac", "tatouaz"
    r"|ka['’]?aka|ka['’]?aku['’]?a|dakhva[ct]\w*|dajva[ct]\w*|tatouaz\w*|tatuaz\w*"
    # Thai, Lao and Khmer in Latin letters: "roi sak chue 'Malee 2535'", "sak yant"
    r"|roi\s+sak|sak\s+yant|rup\s+sak|sak\s+chue|sak\s+phap)\b"
    r"[^.;]{0,60}['‘\"“«„»][^'’\"”»«“\n]{2,40}['’\"”»«“]"
    # a tattoo's picture in those languages: "tetovažo orla", "tätoveering Tallinna vapiga"
    r"|\b(?:tatuaj\w*|tetova[zž]\w*|t[aä]toveering\w*|tatuiruot\w*|tetovēj\w*)\s+(?:cu\s+|s\s+|z\s+)?"
    r"(?:\w+\s+){0,3}?\w+(?:ga|om|em)\b"
    # a tattoo's design in Dutch and the Nordic languages: "tatoeage van een draak op de rug"
    r"|\b(?:tatoeage|tatovering|tatuering|tatuointi|Tätowierung)\w*\s+(?:van|av|af|med|von|mit)\s+"
    r"(?:een\s+|en\s+|ett\s+|et\s+|einem?\s+)?\w+"
    # "the giant 'LIVERPOOL FC ISTANBUL 2005' back piece", "the gothic 'KOWALSKI' lettering"
    r"|['‘\"“][^'’\"”\n]{2,40}['’\"”]\s+(?:(?:knuckle|finger|neck|chest|back|hand|scalp|arm|forearm"
    r"|leg|face|head|wrist|calf|shoulder)\s+)?(?:tattoo\w*"
    r"|tattooed|inked|lettering|tatt?s?|ink"
    r"|(?:back|chest|neck|arm|leg|sleeve)\s*piece|sleeve)\b"
    r"|「[^」]{1,20}」[^。]{0,10}(?:タトゥー|刺青|入れ墨)|(?:纹身|紋身|文身|刺青|타투|문신)[^。.]{0,10}[「“\"][^」”\"]{1,20}[」”\"])"
)
_MARK = re.compile(
    # a mark told by its shape: "a cafe-au-lait patch shaped like a map of Africa"
    r"(?i:\b(?:patch|mark|marking|scar|stain|naevus|nevus|mole|birthmark|pigmentation|macule"
    r"|spot|angiome|angioma|tache|macchia|mancha|voglia|marca|marque|cicatriz|cicatrice|keloid|lunar)\b[^.;]{0,40}?\b(?:shaped\s+(?:\w+\s+){0,2}?like|in\s+the\s+shape\s+of|resembling"
    r"|that\s+looks\s+like|en\s+forma\s+de|em\s+forma\s+de|en\s+forme\s+de|a\s+forma\s+di)\b)"
    # "mancha vinho do Porto em hemiface", "mancha en vino de Oporto en la mejilla"
    r"|(?i:\bmancha\s+(?:em\s+|en\s+|de\s+)?vinh?o\s+(?:do|de)\s+(?:o?porto)\b"
    r"(?=[^.]*\b(?:foto|hemiface|hemicara|face|rosto|cara|mejilla|bochecha|frente|3d|vr|superf\w+)))"
    rf"|(?i:\b(?:birth\s?marks?|port[-\s]wine\s+stains?\b(?=[^.]*\b(?:{_PHOTO}|{_BODY}|across|over))"
    rf"|strawberry\s+(?:naevus|nevus|birthmark|mark)|caf[eé][-\s]au[-\s]lait\s+(?:spots?|macules?)"
    rf"(?=[^.]*\b{_PHOTO})|moles?\s+on\s+the\s+(?:\w+\s+)?{_BODY}|freckles?\s+on)"
    rf"|\b(?:\w+[-\s])?shaped\s+(?:\w+\s+)?(?:scar|keloid)|\bscar\s+(?:in\s+the\s+shape|spelling|shaped|forming)"
    r"|\b(?:heart|star|cross|butterfly|map|moon|crescent|bird|fish)-shaped\s+(?:[\w-]+\s+){0,2}"
    r"(?:mark|patch|birthmark|naevus|nevus|stain|macule|spot)"
    r"|\b(?:wijnvlek|portvinsfläck|portvinsmerke|Feuermal)\b"
    # a scar with its story ("the huge scar on his back is from the lion mauling"), and a
    # mark a whole village knows
    r"|\bscars?\b[^.;]{0,40}?\b(?:is|are|was|were)\s+from\s+(?:the|a|an|his|her)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:mauling|attack|bite|fire|blast|explosion|accident|crash|fight|war|stabbing|shooting"
    r"|bombing)\b"
    # Uzbek, Kazakh, Kyrgyz and Azerbaijani: a scar by its shape ("taqa shaklidagi chandiq",
    # "jaryq tárizdi tyrtyq"), what everyone knows it by, a tattoo's words ("'Baku 1993' yazılı
    # tatu", "'Aıjan' degen tatu")
    r"|\b\w+\s+(?:t[áa]rizdi|shaklidagi|[şs][əe]killi|formasynda\w*)\s+(?:\d+\s*(?:sm|cm)\s+)?"
    r"(?:tyrtyq\w*|chandiq\w*|[çc]ap[ıi]q\w*|tyrtyk\w*|iz|dog['‘’]\w*|xal)"
    r"|\bhamma\s+(?:uni|onu)\b[^.;]{0,30}\btaniydi|\bhamm?as[ıy]\s+tan[ıi]\w*|\bhamı\s+tan[ıi]\w*"
    r"|['‘\"“][^'’\"”\n]{2,30}['’\"”]\s+(?:yaz[ıi]l[ıi]|degen|deb\s+yozilgan|jazyl[ǵg]an|jazuu)\s+"
    r"(?:tatu\w*|tatuirovka\w*|d[öo]yme\w*)"
    # a loved one's name in a tattoo, told without quotes: "the koi tattoo with his
    # daughters name in the tail"; an ear, an eye or a nose lost, which anyone sees
    r"|\btattoo\w*\b[^.;]{0,60}?\b(?:his|her|their)\s+(?:\w+['’]?s?\s+)?(?:names?|initials)\b"
    r"|\b(?:missing|absent|lost)\s+(?:his\s+|her\s+|their\s+|the\s+)?(?:left|right|an?|one)\s+"
    r"(?:ear|eye|nose)\b(?!\s*(?:canal|drum|ossicles?|lens|socket))"
    # a height few reach, told exactly: "7 ft 2 in tall", "6'10\"", "212 cm tall"
    r"|\b(?:7\s*(?:ft|feet|foot|['’])(?:\s*\d{1,2}\s*(?:in|inches|[\"”]))?"
    r"|6\s*(?:ft|feet|foot|['’])\s*(?:10|11)\s*(?:in|inches|[\"”])?)(?=\s*(?:tall|in\s+height)\b)"
    r"|\b(?:20[5-9]|2[1-4]\d)\s*cm\s+tall\b"
    # ... in Japanese and Korean: "'Tatsuya ♥ Mai 2010' to horareta tatū", "ttal ireum
    # 'Ha-eun'-gwa saengil '0711' munsin"
    r"|['‘\"“][^'’\"”\n]{2,30}['’\"”][^.;]{0,40}?(?:\bto\s+horareta|\bhorareta|\btat[uū]u?\b|\btattū"
    r"|\birezumi|\bhorimono|munsin\b|\btaetu|\bw[eé]n\s*sh[eē]n|\bman4\s+san1)"
    # a scar by its shape, in Chinese: "Z jing4 ge3 baa1 hen4", "Z xíng bāhén"; an ear lost
    r"|\b[A-Z]\s*(?:jing4|x[ií]ng)\s*(?:ge3|de)?\s*(?:baa1\s*hen4|b[aā]\s*h[eé]n)"
    r"|\b[eě]r\s*(?:du[oǒ]\s*)?qu[eē]\s*sh[iī]"
    # a little finger cut off, a sword's scar, six fingers, a mark by its shape, known in the
    # neighbourhood: "ryōte no koyubi ga nai", "katana kizu", "ban-dal moyang bangjeom",
    # "dongne-eseo yumyeong-hada"
    r"|\b(?:koyubi|yubi)\s+ga\s+nai\b|\byubitsume\b|\bkatana\s+kizu|\byukgae-?ssik\b"
    r"|\b(?:byeol|ban-?dal|dal|hateu|sipja|hoshi|mikazuki|j[uū]ji|h[aā]to)\s*-?\s*(?:moyang|gata)"
    r"\s+(?:[\w-]+\s+)?(?:hyungteo|bangjeom|jeom|kizu(?:-?ato)?|aza|hokuro)"
    r"|\b(?:dongne|maeul|jiyeok|chiiki|kinjo)\S*\s+(?:\S+\s+)?(?:yumyeong|y[uū]u?mei)"
    # ... in Thai, Lao and Khmer: "bak phae pen rup dao ha jut" (a scar shaped like a star)
    r"|\b(?:bak\s+phae|phae\s+pen|roi\s+phae|sna\w*)\b[^.;]{0,20}?\brup\s+\w+"
    # a scar or mark by its shape, in Greek, Hebrew and Armenian in Latin letters: "ouli se
    # schima 'Z'", "tzaleket be-tzurat", "netsuk sirti dzevov"
    r"|\b(?:ouli\w*|oul[ií]|tsaleket|tzaleket|sbi|netsuk|nshan|kedem|ketem|simadi)\b[^.;]{0,40}?"
    r"\b(?:se\s+schima|se\s+sxima|be-?tzurat|ke-?tzurat|dzevov)\b"
    # a scar or keloid left by an attack few survive unmarked: "a keloid along her jaw from an
    # old acid attack", "the zigzag scar from the acid attack that made the papers"
    r"|\b(?:scars?|keloids?|burns?)\b[^.;]{0,60}?\b(?:from|after|left\s+by)\s+(?:an?|the|his|her)\s+"
    r"(?:[\w'’-]+\s+){0,2}?(?:acid|vitriol|machete|axe|shark|crocodile|bear|lion|hyena|chainsaw)\s+"
    r"(?:attack|mauling|bite|assault)\b"
    r"|\b(?:recogni[sz]able|known|spotted)\s+(?:anywhere|everywhere|instantly|at\s+once|a\s+mile\s+off)\s+"
    r"by\b"
    r"|\bknown\s+(?:in|across|around|throughout|to)\s+(?:his|her|their|the)\s+(?:whole\s+|entire\s+)?"
    r"(?:village|town|community|street|area|estate|neighbou?rhood|parish|island|valley)\s+for\b"
    # a prosthesis everyone knows: painted, decorated, or given a name of its own
    r"|\bprosthe\w*\s+(?:\w+\s+){0,3}?(?:painted|decorated|covered\s+in|wrapped\s+in|customi[sz]ed)\b"
    r"|\b(?:painted|decorated|customi[sz]ed|bright\s+\w+)\s+(?:\w+\s+){0,2}?prosthe\w*"
    r"|\bgold\s+(?:front\s+)?(?:teeth|tooth|grills?|grillz)\b[^.;]{0,30}?\bspell\w*"
    # dental work made to be seen: "gold crown on 11 engraved with a star", "a diamond-set pontic"
    r"|\b(?:crowns?|teeth|tooth|grills?|grillz|caps?|veneers?|pontics?)\b(?:\s+on\s+\d{2})?\s+"
    r"(?:engraved|inlaid|etched)\s+with\b"
    r"|\b(?:diamond|gem|jewel|crystal)-(?:set|studded|inlaid)\s+(?:crown|tooth|teeth|pontic|cap|veneer"
    r"|grill)"
    r"|\b(?:prosthe\w*|artificial\s+(?:leg|arm|limb|hand|foot)|Jaipur\s+foot|blade|wheelchair"
    r"|(?:titanium|carbon|metal|custom|bionic)\s+(?:leg|arm|hand|foot|limb))\b"
    r"[^.;]{0,60}?\b(?:calls?|called|named|nicknamed)\s+(?:it\s+|him\s+|her\s+)?['‘\"“](?-i:[A-Z])"
    # a birthmark over the face in Malay, Indonesian and Vietnamese: "tanda lahir ... meliputi
    # separuh muka", "vết bớt đỏ lớn ở má trái"
    r"|\btanda\s+lahir\b[^.;]{0,50}?\b(?:muka|wajah|pipi|dahi|mukanya|wajahnya)\b"
    r"|\bvết\s+bớt\b[^.;]{0,30}?\bở\s+(?:má|mặt|trán|cằm)\b"
    # a scar by its shape in French, Italian, Spanish: "cicatrice en étoile sur la joue"
    r"|\b(?:cicatrice|cicatriz|cicatrizes)\s+(?:en|a|em|in)\s+(?:forme\s+d(?:e\s+|['’]\s*)|forma\s+d[ie]\s+)?"
    r"(?:étoile|croix|stella|croce|estrella|cruz|estrela|[ée]toile|Z|V|L|T|X)\b"
    # a birthmark on the face in other tongues: "syntymämerkki kasvoissa"
    r"|\b(?:syntymämerkki|modermärke|fødselsmærke|fødselsmerke|moedervlek|Muttermal|lunar|marca\s+de"
    r"\s+nacimiento|sinal\s+de\s+nascença)\w*\b[^.;]{0,40}\b(?:kasvoi\w*|ansikt\w*|ansigt\w*"
    r"|gezicht|Gesicht|cara|rosto|face|poskessa|kinden?|Wange)\b"
    rf"|\b(?:zig-?zag|star|cross|[A-Z]|horseshoe|crescent)[-\s]shaped\s+scar"
    rf"|\b(?:distinctive|unusual|large|keloid)\s+(?:[\w-]+\s+)?scar\b(?=[^.]*\b(?:{_BODY}|{_PHOTO}))"
    r"|\bscar\s+(?:below|above|across|over)\s+the\s+(?:left|right)\s+\w+(?=[^.]*\b(?:photo|shows))"
    r"|\b(?:finger|thumb|palm)\s?prints?\b(?!-like|\s+sign)|\b(?:whorl|loop|arch)\s+pattern\b"
    r"|\bwhorls?\s+of\s+(?:the|his|her|their)\b"
    r"|\bpapillary\s+ridges|\bridges?\s+(?:clearly\s+)?visible\b)"
)
_GARMENT = (
    r"(?:top(?!\s+(?:\w+\s+)?(?:tube|bottle|sign|of|layer))|shirt|t-shirt|blouse|jacket|coat|kilt|skirt|dress|trousers|jeans|shorts|socks?"
    r"|hoodie|jumper|sweater|cardigan|scarf|hat|cap|beanie|hijab|headscarf|turban|sari"
    r"|uniform|tie|bow\s*tie|gloves?|trainers?|boots?|shoes?|sandals?|leggings|tights"
    r"|pyjamas|onesie|vest|bra|swimsuit|bikini|apron|overalls|lanyard|badge|back\s+patch|tutu"
    r"|costume|leotard|kimono|robe|gown|saree|abaya|poncho|shalwar(?:\s+kameez)?|kameez|kurta"
    r"|dashiki|hanbok|cheongsam|lehenga|kaftan|jersey|balaclava|mittens|shawl|bandana|headband"
    r"|bobble\s+hat|pom-?pom|kebaya|baju\s+kurung|barong|dirndl|bodice|lederhosen|corset"
    r"|sujetador|sostén|brasier|sutiã|camisa|camiseta|vestido|falda|saia|chaqueta|jaqueta"
    r"|Kleid|Hemd|Jacke|BH|jurk|trui|qipao|boubou|agbada|kente|gele|kanzu|djellaba|gandoura"
    r"|thobe|dishdasha|kandura|shemagh|keffiyeh|ghutra|ao\s+dai|lungi|dhoti|sarong|lavalava"
    r"|puletasi|underwire|ceinture|cintura|cinturón|cinto|maillot|écharpe|casquette|survêtement"
    r"|Trachtenweste|Trachtenjacke|Tracht|Weste|suspenders|dupatta|chunni|ghoonghat|giubbotto|tuta"
    r"|combinaison|blouson|blazer|graduation\s+gown|wedding\s+dress|ball\s+gown|western\s+shirt"
    r"|pearl\s+snaps|cowboy\s+boots|calça|pantal[oó]n(?:es)?|bunad\w*"
    r"|\w*vest|\w*støvler|\w*stövlar|\w*støvler|\w*stiefel|Trikot|trøje|drakt|tröja|maglia"
    r"|(?:hockey|football|motocross|riding|ski|climbing|rugby|cricket|lacrosse|goalie|goalkeeper"
    r"|wicket-?keeper)\s+(?:gear|kit)|swanndri|bush\s+shirt|black\s+singlet"
    r"|mekhela(?:\s+chador)?|phanek|phulkari|pheran|salwar|churidar|ghagra|sherwani|pagri|pagdi"
    r"|dastar|gamosa|gamusa|sarong|batik|songket|barong\s+tagalog|terno|áo\s+dài|nón\s+lá"
    r"|bonnet|beret|booties|bootees|jumpsuit|boiler\s*suit|yukata|obi|haori|happi|jinbei|hakama|hanten|jeogori|durumagi)"
)
_GARMENT_WORD = re.compile(rf"(?i:\b{_GARMENT}\b)")
# A garment told by what makes it distinctive: "a sequinned top", "a bright pink football
# sock", "a denim jacket with an embroidered back patch", "a tartan kilt".
_DISTINCTIVE = (
    r"(?:sequinn?ed|embroidered|tartan|plaid|striped|stripy|spotted|polka[-\s]dot|floral"
    r"|patterned|paisley|checked|camo(?:uflage)?|tie-dye|leopard[-\s]print|glittery|sparkly"
    r"|denim|leather|suede|velvet|lace|knitted|woolly|hand-?knitted|branded|logo|novelty"
    r"|bright|neon|fluorescent|hi-vis|high-vis|red|pink|blue|green|yellow|orange|purple"
    r"|black|white|gold|golden|silver|football|rugby|team|club|school|superhero|cartoon"
    r"|wedding|bridal|prom|ball|party|fancy[-\s]dress|costume|sequins\s+(?:from|on|of)|cowboy"
    r"|combat|stiletto|high-heeled|platform|designer|heavily\s+sequinn?ed|beaded|traditional"
    r"|metallic|zari|gold-embroidered|silver-embroidered|hand-embroidered|[\w]+-print(?:ed)?)"
)
_APPEARANCE = re.compile(
    r"(?i:\b(?:wedding|engagement|signet|engraved)\s+ring|\bengraved\b"
    # a tattoo by where it is: "Forearm tattoo, no other marks"
    rf"|\b{_BODY}\s+tattoos?\b(?![^.]{{0,30}}\b(?:artefact|artifact|ink|pigment))"
    # a ring or a chain by what makes it hers: "a chunky silver skull ring", "an ankle chain"
    r"|\b(?:silver|gold|golden|chunky|skull|diamond|ruby|emerald|sapphire|pearl|cocktail|claddagh"
    r"|class|statement|ornate|heavy)\s+(?:[\w-]+\s+){0,2}?(?:rings?|chains?|torcs?)\b|\bankle\s+chains?\b"
    r"|\btorcs?\b"
    # in Greek, Hebrew and Armenian in Latin letters: what was worn ("forouse", "be-simla",
    # "hagel er"), the jewel ("daktylidi", "tlyon", "hamsa", "matani") and the mark or tattoo
    r"|\b(?:forouse|forage|foraei|forese|hagel\s+(?:er|e)|hagnvats|be-?simla|ba-?simla|be-?chultza"
    r"|be-?me['’]?il|kova\s+(?:kash|tembel|gerev|tzemer)|taraz\w*|glkhark\w*|daktylid\w*|vrachiol\w*|skoularik\w*"
    r"|stavrouda|t(?:i|e)?lyon|hamsa|sharsheret|taba['’]?at|tzamid|agil\w*|matani\w*|vznots\w*"
    r"|aparanjan\w*|tatouaz\w*|bnatsin\s+netsuk|netsuk|simadi\s+genniseos|kedem\s+leida"
    r"|ketem\s+leida"
    # ... and in Uzbek, Kazakh, Kyrgyz and Azerbaijani: a doppi, a chapan, an amulet, a ring
    r"|ko['‘’]ylak\w*|do['‘’]ppi\w*|doppi(?:da|si|ni|lar\w*)?\b|chapan\w*|shapan\w*|kalpak\w*|takiya\w*|kamzol\w*"
    r"|k[əe]la[ğg]ay\w*|[çc]ar[şs]ab\w*|papaq\w*|beshmet\w*|tumar\w*|[üu]z[üu]k\w*"
    r"|uzuk\w*|s[ıy]r[ǵg]a\w*|bilaguzuk\w*|bil[əe]rzik\w*|boyunba[ğg]\w*|marjon\w*|zirak\w*"
    r"|tatuirovka\w*|tuul[ǵg]andan\s+\w+\s+(?:\w+\s+)?tak|tug['‘’]ma\s+dog['‘’]\w*"
    # ... and in Thai, Lao and Khmer: a shirt, a sarong, an amulet, a tattoo
    r"|suea|chut\s+nak\s+muay|pha\s+sin|sompot|krama|phra\s+kruang|takrut|chhnuol\w*|roi\s+sak"
    r"|khsae\s+ka|pheak\s+av|sin\s+mai)\b"
    r"|\b(?:earrings?|hoops?|piercings?|nose\s+ring|necklace|pendant|bracelet|locket|anklets?"
    r"|waist\s+beads|rosary|prayer\s+beads|amulet|talisman|rhinestones?|rhinestone-studded"
    r"|(?:two|three|four|several|multiple)\s+rings(?=[^.]*\b(?:finger|hand|digit|phalan\w+))"
    r"|toe\s+rings?|bangles?|brooch|cufflinks?|tiara|nose\s+pin|wristwatch)"
    r"\b(?![^.]{0,30}\bartefact|[^.]{0,30}\bartifact)"
    r"|\b(?:football|rugby|team|club|school|county|gaa|hurling|sports|basketball|hockey|baseball|soccer"
    r"|cricket|netball|goalie|goalkeeper)\s+(?:shirt|jersey|kit|uniform|scarf)"
    r"|\b[A-Z]\w+\s+(?:FC|United|City|Rovers)\s+(?:shirt|jersey|kit|scarf)"
    r"|\b(?:wearing|dressed\s+in)\s+(?:a|an|his|her|their)\s+(?:[\w'’-]+\s+){0,3}?(?:shirt|jersey|t-shirt"
    r"|hat|cap|scarf|dress|jacket|hoodie|uniform|necklace|ring|earrings?|badge)"
    r"|\b(?:uniform|sari)\b(?=[^.]*\b(?:photo|picture|image))"
    r"|\b(?:hijab|turban|kippah|yarmulke|niqab|burqa|headscarf)\b"
    # a belt by what makes it his, not a seat belt: "studded leather belt", "skull-shaped buckle"
    r"|\b(?:studded|leather|novelty|designer|cowboy|western|rhinestone)\s+(?:[\w-]+\s+){0,2}belt\b"
    r"|\b[\w]+-shaped\s+(?:belt\s+)?buckle\b"
    # clothing said to be in the picture: "the patient's patterned sock and trainer are in view"
    r"|\b(?:patient['’]s|his|her|their)\s+(?:\w+\s+){0,2}?(?:clothing|clothes|socks?|trainers?"
    r"|shoes?|boots?|t-shirt|shirt|jacket|hoodie|jumper|sweater|scarf|hat|cap|belt(?:\s+buckle)?"
    r"|watch|glasses|spectacles)\b"
    rf"|\b{_DISTINCTIVE}\s+(?:[\w-]+\s+){{0,3}}?{_GARMENT}\b"
    r"|\bkilt\b|\b(?:nose|tongue|lip|eyebrow|navel|belly(?:[-\s]button)?|nipple|septum|cheek)"
    r"\s+(?:stud|bar|ring|piercing|bolt|hoop)s?\b(?![^.]{0,30}\bartefact|[^.]{0,30}\bartifact)"
    r"|\bbody\s+piercings?\b"
    rf"|\b{_CAMERA}\b[^.]{{0,60}}\b(?:scars?|skin\s+marks?|marks?|moles?|freckles?"
    r"|blemish(?:es)?|lesions?\s+on\s+the\s+skin)\b"
    r"|\b(?:a|the|his|her)\s+(?:\w+\s+)?(?:mark|scar|mole|blemish)\s+on\s+(?:his|her|the|their)\s+"
    r"(?:(?:left|right|upper|lower|L|R)\s+)?(?:face|cheek|forehead|chin|nose|lip|neck|hand)\b"
    r"|\b(?:(?:old|healed|surgical|linear|visible|skin|faint)\s+)+(?:scars?|marks?)\s+"
    r"(?:\w+\s+){0,2}?(?:on|over|across|along)\s+the\s+(?:left\s+|right\s+)?(?:\w+\s+)?"
    r"(?:chest|chest\s+wall|abdomen|flank|iliac\s+fossa|back|arm|forearm|leg|thigh|face|neck|chin"
    r"|lip|jaw|nose|cheek|eyebrow"
    r"|forehead|cheek|scalp|hand|shoulder|knee|shin|foot|breast|hip|buttock|skin)\b"
    r"|\b(?:old|healed|surgical|linear|visible)\s+scar\s+on\s+the\s+(?:left|right)\b"
    r"|\b(?:old|healed|surgical|linear|faint)\s+scar\s+(?:is\s+)?visible\b"
    rf"|\btattoo(?:s|ed)?\b(?:\s+ink)?[^.;]{{0,40}}\b(?:skin|soft\s+tissues?|subcutaneous|{_BODY})\b"
    rf"|\b{_CAMERA}\b[^.]{{0,80}}\b(?:chin|lips?|nose|eyes?|ears?|cheeks?|eyebrows?)\b"
    r"|\b(?:small|old|faint|tiny|little)?\s*scar\s+on\s+(?:the\s+|his\s+|her\s+)?(?:chin|face|cheek"
    r"|forehead|nose|lip|neck|eyebrow)\b"
    r"|\bcompany\s+logo|\bwork\s+(?:hi-?vis|uniform|overalls)|\bhi-?vis\s+(?:vest|jacket)"
    r"|\bring\s+with\s+(?:a|an)\s+[^.;]{0,30}\b(?:design|stone|engraving|inscription|crest)\b"
    r"|\b(?:tatouage|tatuaggio|tatuaje|tatuagem|Tätowierung)\b"
    r"|\bbelt\s+buckle|\bboucle\s+de\s+ceinture|\bfibbia\s+(?:della\s+)?cintura|\bhebilla|\b(?:a|the|his|her)\s+ring\b[^.;]{0,30}?\bon\s+(?:the|his|her)\s+"
    r"(?:\w+\s+){0,2}finger)"
)
# More shapes of the same, each led by a word that _MORE_CUES lists: run only when the text
# holds one of those words, as most texts hold none.
_APPEARANCE_MORE = re.compile(
    r"(?i:"
    # a ring by the bone it sits on: "density around the fourth proximal phalanx, a ring"
    r"\b(?:phalanx|phalanges|finger|digit)\b[^.;]{0,60}\b(?:a|the|his|her)\s+(?:\w+\s+)?ring\b(?!-|\s+finger)"
    r"|\b(?:tongue|helix|tragus|industrial|septum|navel)\s+(?:barbell|stud|bar|ring|piercing)s?"
    r"(?![^.]{0,40}\bnot\b)"
    r"|\bhelix\s+piercings?"
    # a garment with something on it, or of a shape: "hoodie with a large metal skull-shaped
    # zip pull", "sujetador con broches en forma de mariposa"
    rf"|\b{_GARMENT}\b(?:\s+with\s+(?:(?:a|an|the|its)\s+)?[^.;]{{0,40}}?\b(?:zip|zipper|buttons?"
    r"|studs?|rivets?|logo|print|badge|patch|pull|hooks?|sequins?|beads?|emblem)\b"
    r"|[^.;]{0,40}\b(?:shaped|en\s+forma\s+de|em\s+forma\s+de|en\s+forme\s+de|a\s+forma\s+di)\b)"
    rf"|\b(?:pt|patient|paciente)['’]s\s+(?:[\w-]+\s+){{0,2}}?{_GARMENT}\b"
    # in Spanish and Portuguese: "aliança e anel com pedra", "pendientes", "arete"
    r"|\b(?:aliança|anel|anillo|alianza)\b(?=[^.]*\b(?:dedo|m[aã]o|mano|finger|artef\w+))"
    r"|\b(?:maillot|camiseta|maglia|Trikot)\s+(?:de|du|del|da|do|della|des|von)\s+(?:l['’])?[A-Z]{2,}"
    r"|\b(?:pendientes?|aretes?|brincos?|colar|collar\s+de|pulsera|pulseira|Ehering|Ring\s+am"
    r"|Ohrring\w*|Halskette|Kettchen|Kreuzanh[äa]nger|Ohrstecker|Anh[äa]nger|oorbel\w*|ketting\w*)\b"
    r"|\b(?:old|healed|surgical)\s+(?:[\w-]+\s+){0,2}?scar\b"
    r"|\b(?:cicatriz|nevo|Narbe|litteken|blizna)\b(?=[^.]*\b(?:foto|photo|antigua|antiga|alte"
    r"|quir[uú]rgica|ces[aá]rea|cesariana|visible|vis[ií]vel|piel|pele|Haut|huid|sk[oó]r)\b))"
)


# Everyday clothes, a ring, a visible scar or a missing limb, said of the patient: one alone
# identifies no one, but a reviewer should weigh it with the rest ("underwire bra artefact",
# "arrived in motorcycle leathers", "wedding band on the ring finger", "scar on the cheek").
_PLAIN_WEAR = re.compile(
    r"(?i:\b(?:underwire(?:d)?|(?<=underwire\s)bra|(?<=underwired\s)bra|(?<=sports\s)bra"
    r"|(?<=her\s)bra|(?<=a\s)bra|(?<=the\s)bra|bra(?=\s+(?:strap|hook|clasp|wire|underwire|artefact"
    r"|artifact))|hoodie|sweatshirt|hooded\s+(?:top|jacket|sweatshirt|jumper)"
    r"|jacket|coat|jeans|trousers|skirt|blouse|jumper|sweater|cardigan|beanie|hijab|headscarf"
    r"|headwrap|head\s+wrap|turban|sari|saree|kanga|kitenge|khanga|leathers|boots|sneakers"
    r"|sandals|leggings|pyjamas|onesie|overalls|dungarees|wedding\s+band|dupatta|kanzu|kameez|kurta"
    r"|abaya|thobe|dishdasha|kaftan|boubou|agbada|dashiki|kimono|hanbok|sarong|lungi|dhoti|reggiseno"
    r"|bisht|quincea[ñn]era\s+dress|trouwjurk|brautkleid|hochzeitskleid|siegelring\w*"
    r"|familienwappen|mekhela(?:\s+chador)?|phanek|phulkari|pheran|churidar|sherwani|gamosa|gamusa|\w+\s+costume"
    r"|ferretto|sujetador|sutiã|Büstenhalter|BH-Bügel\w*|beha|soutien-gorge|armature"
    r"|camisola\s+de\s+futebol|camiseta\s+de\s+f[úu]tbol|maillot\s+de\s+foot|maglia\s+da\s+calcio"
    r"|Fußballtrikot|mono\s+de\s+trabajo|botas\s+de\s+seguridad|bottes|Sicherheitsschuhe"
    r"|macacão|fato\s+de\s+trabalho|bleu\s+de\s+travail|kurtk\w*|kurtce|Lederjacke|jakke|jacka"
    r"|BH-(?:en|n)|bøyle\w*|earrings|nose\s+(?:stud|ring)|piercings|sleepsuit|babygro\w*|romper"
    r"|tracksuit|Trainingsanzug|Jogginghose|Kapuzenpullover|calças\s+de\s+ganga|collana|anello"
    r"|sost[ée]n|chaqueta|cierre\s+(?:metálico\s+)?del\s+pantal[oó]n|shirt\s+(?:collar|button)"
    r"|collar\s+button|tuta\s+in\s+pelle|casco\s+integrale|spijkerbroek|kolczyk\w*|waders"
    r"|(?:hunting|fishing|hi-?vis|high-visibility|reflective|tactical|safety|stab|life)\s+(?:vest|jacket)"
    r"|life\s+jacket|wetsuit|drysuit|brassiere|(?-i:BHs?)|fermeture\s+[ée]clair|bouton\s+du\s+jean"
    r"|jaqueta|Rei[ßs]verschluss\w*|ritssluiting|rits|blouson|nahktag\w*|jakn\w*|geac[aă]\w*"
    r"|striuk\w*|ilh[óo]s(?:es)?|uniforme\s+escolar|school\s+uniform|bota\s+de\s+cano\s+alto"
    r"|z[íi]per|veiligheidsschoen\w*|werkschoen\w*|stalen\s+neus|Sicherheitsschuh\w*)\b"
    r"(?!\s+(?:sign|stud|shaped|hanger|disease|syndrome|effect|phenomenon|configuration))"
    r"|\b(?:tiene|con|com|tem)\s+tatua(?:jes?|gens?)\b"
    r"|\b(?:has|had|with|his|her)\s+(?:several|multiple|many|some|extensive|numerous)\s+tattoos\b"
    r"|\bscar\b[^.;]{0,60}\b(?:cheek|chin|forehead|face|lip|nose|eyebrow|neck)\b"
    # any tattoo told, the ink's artefact included; scarring of the skin over a limb
    rf"|\btattoo(?:s|ed)?\b(?!\s+(?:pigment|particles|ink\s+(?:in|within|deposit\w*|migrat\w*)"
    rf"|(?:marks?|dots?|points?)\s+for))(?![^.;]{{0,60}}\blymph)(?=[^.;]{{0,60}}\b{_BODY}\b)"
    # ... and where the body's word comes first, in Hindi and Urdu: "baazu pe ek tattoo hai"
    r"|\b(?:baazu|bazu|baju|haath|hath|kalai|gardan|seene|sine|peeth|pith|kandhe|kandha|pair|chhati"
    r"|chaati|hathon|haathon)\b[^.;]{0,30}\btattoo(?:s|ed)?\b"
    r"|\btattoo\w*\s+(?:ru-?ye|rooye|3la|3ala|f)\s+\w+"
    r"|\b(?:tatuirovk\w*|tatuira\w*|tetova\w*|tetovaž\w*)\s+(?:na|po|u|vo)\s+\w+"
    r"|\b(?:skin|cutaneous|subcutaneous|surgical|old)\s+scar(?:s|ring)?\b"
    r"|\b(?:below|above|through)[-\s](?:knee|elbow)\s+amput\w+|\bamputee\b"
    r"|\b(?:Narbe|cicatriz|cicatrice|litteken|blizna|jizva|heg|arpi|ärr|arr)\s+(?:am|an|im|en|na|sur"
    r"|sul|sulla|op|nad|on|over|po|a)\b)"
)
_MORE_CUES = words(
    """
    phalanx phalanges finger digit tongue helix tragus industrial septum navel pt patient
    paciente aliança anel anillo alianza pendiente pendientes arete aretes brinco brincos colar
    maillot camiseta maglia trikot
    collar pulsera pulseira ehering ring ohrring ohrringe halskette scar cicatriz nevo narbe
    litteken blizna
    kettchen kreuzanhänger ohrstecker anhänger oorbel oorbellen ketting kettinkje
    ilhós ilhoses zíper ziper uniforme veiligheidsschoen veiligheidsschoenen werkschoen
    werkschoenen stalen sicherheitsschuh sicherheitsschuhe montre chevalière crampons maillot
    """
)
_MARKED = re.compile(r"(?i:\b(?:marking|marker|marked)(?:\s+on)?(?:\s+an?|\s+the)?\s+$)")
# A team's or a brand's wear, by its capitalised name: "a Swans hoodie", "his Celtic shirt".
_NAMED_WEAR = re.compile(
    r"\b(?!Rugger\b)[A-Z][a-z]+\s+(?:(?:home|away|third|training|retro|replica)\s+)?"
    r"(?:hoodie|jersey|shirt|scarf|kit|beanie)\b(?!\s+spine)"
    # "im roten FC Bayern-Trikot", "in zijn Ajax-shirt"
    r"|\b[A-Z][\w]+[-\s](?:Trikot|Shirt|shirt|trøje|drakt|tröja|shirtje|camiseta|camisa|maglia"
    r"|maillot)\b"
    # the artefact of a garment: "artefacto por el aro del sujetador", "hockey gear"
    r"|\b(?i:artefact\w*|artifact\w*|artefacto|artefato|artefakt\w*)\s+(?:[\w-]+\s+){0,5}?"
    r"(?i:sujetador|sutiã|brasier|calça|jeans|bunad\w*|bra|belt|zip|zipper)\b"
    r"|\b(?i:(?:bottoni|boutons|botones|botões|zip|cerniera|fermeture)\s+(?:\w+\s+)?(?:del|della|du|de"
    r"|de\s+la|do|da)\s+(?:\w+\s+)?(?:giubbotto|jeans|giacca|veste|blouson|chaqueta|jaqueta|pantalon"
    r"|pantaloni|calça|chemise|chemisier|camisa|camicia|blusa|pyjama|pijama|pigiama))|\b(?i:tuta\s+da\s+sci|combinaison\s+de\s+ski|tatou[ée]e?s?\s+sur)"
    r"|\b(?i:(?:rivets?|buttons?|zips?|zippers?|studs?|aglets?|drawstrings?)\s+(?:from|of|on)\s+"
    r"(?:her|his|their|the\s+patient['’]s|a|an)?\s*(?:[\w-]+\s+){0,2}?(?:jeans|trousers|jacket|hoodie|coat"
    r"|dungarees|overalls|deel|hanbok|kimono|yukata|qipao|cheongsam|kurta|sherwani|abaya|jubba"
    r"|shirt|dress|bra|belt|shorts|skirt)|hoodie\s+drawstring\w*)"
    r"|\b(?i:uniforme\s+de\s+(?:gari|bombeiro|policial|enfermeir[oa]|carteiro|vigilante|bombero"
    r"|polic[ií]a|cartero|repartidor|motoboy|frentista))"
    r"|\b(?i:uniforme\s+(?:del|de|da|do|di|della|du)\s+(?:colegio|escuela|escola|col[eé]gio|scuola"
    r"|école|lycée|club|equipo|time|squadra)|alliance\s+gravée|fede\s+incisa|anillo\s+grabado)"
    r"|\b(?i:(?:hockey|football|motocross|riding|lacrosse|cycling|rugby|ski|racing|climbing)\s+"
    r"(?:gear|kit)|cleats|spurs)\b"
    # jewellery in other tongues: "guldhalsband med medaljong"
    r"|\b(?i:\w*halsband|\w*halskette|\w*halsketting|kaulakoru|medaljong|medaillon|médaillon"
    r"|medalla|medalha|armbånd|ørering\w*|örhänge\w*|oorbel\w*|sormus|mangalsutra|taveez|taweez"
    r"|vihkisormus|rannekello|navelpiercing\w*|vigselring\w*|förlovningsring\w*|giftering\w*"
    r"|vielsesring\w*|armbåndsur\w*|armbandsur\w*|\w*trøje|\w*tröja|\w*drakt"
    # (a Sikh's steel bangle, not Marathi's "do": "phone kara", "Doppler kara")
    # Arabic and Persian in Latin letters: "khatem dyal dheb", "angoshtar", "gallabiya",
    # "kapshen-e North Face", "maillot d Wydad"
    r"|khatem|khatim|5atem|angoshtar|angushtar|goshvare|gooshvare|dmlij|dmalej|siwar|galadat"
    r"|gall?abiy+a|galabeya|jell?aba|djellaba|jall?abiy+a|kandura|kandoora|shebshib|kapshen|kapshan"
    r"|maillot\s+(?:d['’]?|de|du)\s*[A-Z]\w+"
    # Russian and its neighbours: a chain and a cross, a team's shirt ("majica Crvene zvezde")
    r"|tsepochk\w*|cepochk\w*|krestik\w*|natelnym\s+krest\w*|lančić\w*|lancic\w*|ogrlic\w*"
    r"|sereg\w*|serezhk\w*|obetsi|minđuš\w*|minduš\w*"
    r"|(?:majic\w*|futbolk\w*|dres|fanelk\w*)\s+[A-Z]\w+"
    r"|tabeez|tabiz|(?:a|the|his|her|their|steel|iron|silver|gold|golden|brass|copper|sikh|mein|wearing|aur|ka|ek)\s+kara"
    r"|kara\s+(?:on|around|round)\s+(?:the|his|her|their)\b"
    r"|kada|kangan|rakhi|nath|bague|bagues|gourmette|collier|orecchin\w*|claddagh|class\s+ring"
    r"|montre\s+à|chevali[èe]re|crampons|maillot\s+ray[ée]"
    r"|hi-?vis|high-?vis|steel\s+toe-?caps?|toe-?capped\s+boots|heavily\s+tattooed|graduation\s+gown"
    r"|pearl\s+snaps|western\s+shirt|hearing\s+aids?|walks\s+with\s+a\s+(?:stick|cane|limp)"
    r"|jeans\s+(?:rivets?|buttons?|studs?)|still\s+in\s+(?:her|his)\s+[\w'’]+\s+uniform"
    r"|boucles?\s+d['’]oreilles?)\b"
)


# A post that says the patient can be recognised: "you'd know him if you watch the
# Springboks", "u might recognise him", "anyone who knows her could recognise her".
_RECOGNISABLE = re.compile(
    # "he's known for it locally", "recognised on the ward by the missing left ear"
    r"(?i:\bknown\s+for\s+(?:it|this|that|them)\s+(?:locally|around\s+(?:here|town)|in\s+town)\b"
    r"|\b(?:his|her|their)\s+(?:well-known|famous|signature|trademark)\s+(?:trademark|look|feature"
    r"|smile|grin)\b"
    r"|\brecogni[sz]ed\s+(?:\w+\s+){0,4}?by\s+(?:the|her|his|their)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:ear|eye|nose|scar|tattoo|mark|limp|hand|finger|leg|arm|face|teeth|tooth|voice))\b"
    r"|(?i:\b(?:you|u|ya|anyone|anybody|everyone|everybody|people|fans|locals|someone|they)"
    r"(?:['’]d|['’]ll|\s+(?:would|might|may|could|will|can|probably|all|definitely))*"
    r"(?:\s+who\s+knows?\s+(?:him|her|them)(?:\s+\w+){0,3}?\s+(?:would|might|may|could|will|can))?"
    r"\s+(?:\w+\s+)?(?:know|recogni[sz]e|spot|identify|place)\s+(?:him|her|them|this\s+"
    r"(?:guy|man|woman|lady|patient|pt|person|face))\b)"
    # "everyone at the Lakemba markets knows him by", "viewers of his show will recognise both",
    # "it's who you think", "the family recognised him from this"
    r"|(?i:\b(?:everyone|everybody|people|locals|the\s+whole\s+\w+)\b[^.;]{0,40}\bknows?\s+(?:him|her"
    r"|them)\s+by\b"
    r"|\b(?:everyone|everybody|locals|the\s+whole\s+\w+)\s+(?:at|in|on|around|from)\s+(?:the\s+)?"
    r"[A-Z]\w+[^.;]{0,30}\bkn(?:ew|ows)\s+(?:him|her|them)\b|\b(?:viewers|fans|followers|listeners|readers|regulars)\b[^.;]{0,40}"
    r"\brecogni[sz]e\b|\bit['’]s\s+who\s+you\s+think\b|\brecogni[sz]ed\s+(?:him|her|them)\s+from\b"
    # "known in all of Beledweyne for the scar", "would know him on sight", "the boy everyone in
    # Zone B calls 'Sitta'"
    r"|\bknown\s+(?:in|across|throughout|all\s+over)\s+(?:all\s+of\s+|the\s+whole\s+of\s+)?"
    r"(?:the\s+)?[A-Z]\w+(?:\s+[A-Z]\w+)?\s+for\b"
    r"|\bwould\s+know\s+(?:him|her|them)\s+on\s+sight\b"
    r"|\b(?:everyone|everybody)\s+in\s+(?:the\s+)?[A-Z]\w*(?:\s+[A-Z0-9]\w*)?\s+calls\s+(?:(?:him|her|them)\b|['‘\"“]\w)"
    # the same in Hindi, Urdu and Bengali: "pura Nawabganj unhe ... bolta hai", "poore bazaar
    # mein mashhoor", "parar sobai ... chene"
    r"|\b(?:pura|poora|poore|pure|sara|saara|sare|saare|sab|sabhi|sobai|shobai)\s+(?:[A-Z]\w+|gaon"
    r"|mohall?a|bazaa?r|shehar|sheher|ilaka|ilake|para|parar|basti|gali|mandi|gram|pind|kasba)\b"
    r"[^.;]{0,50}?\b(?:jaan\w*|jan(?:ta|te|ti)|bol(?:ta|te|ti)|keh(?:ta|te|ti)|pehchan\w*|pehchaan\w*"
    r"|chene|chine|chinto|bole|olkh\w*|mashhoor|mashoor|mashur|famous)\b"
    r"|\b(?:mashhoor|mashoor|mashur)\s+(?:hai|hain|the|tha|thi)\b"
    # ... in Persian and Arabic: "hame-ye mahalleh-ye Darband mishnasanesh", "ma3roof fi souq"
    r"|\b(?:hame(?:-ye)?|kolle?|ga3|kamel)\b[^.;]{0,50}?\b(?:mishnas\w*|mishenas\w*|mishnakht\w*"
    r"|y3erf\w*|ya3rf\w*|ya3ref\w*|3arf\w*)\b"
    r"|\bma3r[ou]+f[a-z]*\s+(?:fi|f|3and|3nd|bel|fel)\s+\w+"
    # ... and in Russian, Belarusian, Bulgarian, Serbian and Macedonian: "site vo gradot go
    # znaat", "usie u Lyubani vedayuts", "vsichki poznavat"
    r"|\b(?:vse|vsi|vsichki|site|svi|usie|usio|ves'?|tseliy|cijeli|celiot)\b[^.;]{0,40}?\b(?:znaat"
    r"|znayut|znaju|znajo|znayat|poznavat|poznaju|poznaet|vedayuts|vedajuc\w*|vedaje)\b"
    r"|\b(?:parar|gramer|gaon\s+ke|mohalle\s+ke|shehar\s+ke)\s+(?:sobai|shobai|sab|log|sabhi)\b"
    r"[^.;]{0,50}?\b(?:chene|chine|jaane|jaante|jante|pehchaante|pehchante|bolte|kehte)\b"
    # "a gold crown engraved with the initials 'RJK'"
    r"|\bengraved\s+with\s+(?:the\s+|his\s+|her\s+)?(?:initials|name|words?|letters|date)\b"
    # on the television by the channel's name: "who was on NDTV", "featured on BBC Look North"
    r"|\b(?:was|were|been|appeared|featured|went\s+viral)\s+on\s+(?:(?-i:BBC|ITV|CNN|NDTV|RT[ÉE]|ABC"
    r"|CBS|NBC|Fox|Sky|NHK|SABC|CBC|SBS|TVNZ|Globo|Telemundo|Univision|Al\s+Jazeera|Channel\s+\d"
    r"|A\s+Current\s+Affair|60\s+Minutes|Today\s+Tonight|The\s+Project|Seven\s+Sharp|Carte\s+Blanche"
    r"|TF1|France\s?[23]|RAI|Telecinco|Antena\s?3|RTL"
    r"|GMA|Aaj\s+Tak|Zee)\w*|tv\b|telly\b|television\b|national\s+tv\b|the\s+(?:local\s+)?news\b"
    r"|youtube|tiktok|netflix)"
    # an epithet the papers gave: "the 'Elephant Man of Ajegunle'", "the 'boy with tree-bark hands'"
    r"|['‘\"“](?:the\s+)?(?:[\w-]+\s+){0,2}(?:man|woman|boy|girl|baby|lady|kid)\s+(?:of|from)\s+"
    r"(?-i:[A-ZÀ-Þ])[\w-]+['’\"”]"
    r"|['‘\"“](?:the\s+)?(?:man|woman|boy|girl|baby|lady|kid)\s+with\s+[^'’\"”\n]{3,50}['’\"”]"
    r"|['‘\"“](?:the\s+)?[\w-]+\s+(?:bloke|guy|fella|lady|granny|grandad)['’\"”]"
    # "one blue and one brown eye and a white forelock, photographed"
    r"|\b(?:one\s+\w+\s+and\s+one\s+\w+\s+eye|white\s+forelock|heterochromia)\b(?=[^.]*\bphoto)"
    r"|\bfacial\s+features\b[^.]{0,60}\b(?:3d|surface|volume)[-\s]+render\w*"
    r"|\b\w+förmige\s+Narbe|\bNarbe\s+in\s+Form\b|\bSurface-Rendering\b[^.]{0,80}\b(?:Gesicht|Stirn)"
    r"|\b(?:let|helped|allowed)\s+(?:\w+\s+){0,2}identify\s+(?:him|her|them)\b"
    r"|\b(?:he|she|they)\s+(?:is|are|was)\s+known\s+for\s+locally\b|\bknown\s+for\s+locally\b"
    r"|\beyes\s+not\s+(?:covered|masked|hidden|blurred|blacked\s+out)\b"
    r"|\b(?:child|baby|boy|girl|infant)['’]s\s+face\b(?=[^.]*\b(?:photo\w*|picture|eyes))"
    r"|\brecogni[sz]able\s+to\s+(?:\w+\s+){1,2}(?:by|from)\b"
    r"|\btribal\s+marks\b|\bfacial\s+scarification\b|\bscarification\s+marks\b"
    r"|\b(?:rasgos|rostro|cara|visage|volto|Gesicht|traços|tratti)\b[^.]{0,60}\b(?:reconocibles?"
    r"|reconhec[ií]ve(?:l|is)|reconnaissables?|riconoscibil[ei]|erkennbar|herkenbaar)"
    # "known locally for the koi tattoo", "recognisable by the dragon tattoo"
    r"|\bknown\s+locally\b|\blocally\s+(?:known|famous)\b|\bwell[-\s]known\s+locally\b"
    r"|\brecogni[sz]able\s+(?:by|from|for)\s+(?:the|his|her|their|a)\b"
    # a mark of a shape: "a lightning-bolt scar through his eyebrow", "star-shaped keloid"
    r"|\b(?:lightning[-\s]bolt|zig-?zag|horseshoe|crescent|star|cross|heart|anchor|arrow)"
    r"(?:[-\s]shaped)?\s+(?:scar|keloid|birthmark|mark|burn\s+scar)\b"
    r"(?=[^.]{0,60}\b(?:his|her|their|across|through)\b)"
    r"|\bgold\s+(?:front\s+)?(?:tooth|teeth|incisor)\b(?=[^.]*\b(?:scar|keloid|tattoo|birthmark))"
    # "bien connue au village", "conosciuto da tutti in paese", "im Dorf bekannt"
    r"|\bbien\s+connue?s?\s+(?:au|du|dans\s+(?:le|la|tout\s+le)|de\s+tout\s+le)\s+(?:village|quartier"
    r"|ville|service|hôpital|monde)"
    r"|\bconosciut[oa]\s+da\s+tutti|\bconocid[oa]\s+(?:en\s+(?:el|todo\s+el)\s+pueblo|por\s+todos)"
    r"|\bconhecid[oa]\s+(?:na\s+(?:vila|aldeia|cidade)|por\s+todos)"
    r"|\b(?:im\s+(?:ganzen\s+)?(?:Dorf|Ort|Viertel)|in\s+der\s+(?:ganzen\s+)?Stadt)\s+bekannt"
    r"|\bbekend\s+in\s+(?:het\s+(?:hele\s+)?dorp|de\s+(?:hele\s+)?buurt)"
    # "everyone in town knows him", "made her well known in the department"
    r"|\b(?:everyone|everybody|the\s+whole\s+(?:town|village|island|ward|department|street))\s+"
    r"(?:(?:in|on|at|around)\s+(?:the\s+)?\w+\s+)?knows\s+(?:him|her|them)\b"
    r"|\bmade\s+(?:him|her|them)\s+(?:very\s+|quite\s+)?(?:well[-\s]known|famous|recogni[sz]able)\b"
    r"|\bwell[-\s]known\s+in\s+(?:his|her|their|the|our)\s+(?:village|town|community|area"
    r"|neighbou?rhood|street|parish|island|valley)\b"
    # a distinctive trait told as such: "six fingers on each hand", "a gold front tooth with a star"
    r"|\b(?:six|6|seven)\s+fingers\s+on\s+(?:each|both|one|his|her|the)\b"
    r"|\bgold\s+(?:front\s+|upper\s+|lower\s+)?(?:tooth|teeth|incisors?|canines?|crowns?)[\s,]+"
    r"(?:each\s+)?(?:with|engraved|bearing|shaped)\b"
    # "a Celtic knot septum ring": a design named before the piercing
    r"|\b(?:celtic[\s-]+knot|skull|dragon|snake|serpent|spider|scorpion|star|heart|moon|crescent"
    r"|anchor|cross|lotus|feather|infinity)(?:[\s-]+\w+)?\s+(?:septum|nose|helix|tragus|daith|rook"
    r"|conch|eyebrow|lip|tongue|navel|industrial)\s+(?:ring|stud|bar|barbell|hoop|clicker)\b"
    # a port-wine stain on the face, in French, Italian, Spanish: "Angiome plan couvrant toute
    # l'hémiface droite"
    r"|\b(?:angiome\s+plan|tache\s+de\s+vin|port[-\s]wine\s+(?:stain|mark)|naevus\s+flammeus"
    r"|angioma\s+piano|mancha\s+(?:en\s+)?vino\s+de\s+oporto|macchia\s+(?:a\s+|di\s+)?vino)\b"
    r"[^.;]{0,60}\b(?:face|visage|h[ée]miface|viso|cara|rosto|joue|front|cou|oreille|guancia"
    r"|mejilla|cheek|forehead|neck)\b"
    # a tattoo of a place's coordinates: "un tatuaj cu coordonatele 47°01′N 28°50′E"
    r"|\b(?:tatua\w*|tattoo\w*|tatouage\w*|tetov\w*|T[äa]towierung\w*)\b[^.;]{0,50}?"
    r"\d{1,3}\s?°\s?\d{1,2}\s?[′'’]?\s?[NSns]\b"
    r"|\bteardrop\s+(?:tattoo|(?:under|below|beneath|by)\s+(?:his|her|the)\s+(?:left\s+|right\s+)?eye)"
    r"|\b(?-i:[A-Z]{2,8})\s+(?:knuckle|finger|neck)\s+tattoo"
    # "she's well known in town"
    r"|\b(?:she|he|they)(?:['’]s|\s+is|\s+was|\s+are)\s+(?:very\s+|quite\s+|pretty\s+)?"
    r"(?:well[-\s]known|known\s+to\s+everyone|a\s+local\s+(?:celebrity|legend|character))\b"
    # rare visible traits together: "heterocromía completa ... y polidactilia"
    r"|\b(?:heterochrom|heterocrom|hétérochrom|eterocrom)\w*\b[^.]{0,100}\b(?:poly|poli|hexa|esa)dact\w*"
    r"|\b(?:poly|poli|hexa|esa)dact\w*\b[^.]{0,100}\b(?:heterochrom|heterocrom|hétérochrom|eterocrom)\w*"
    # an epithet in another tongue: "« homme à la fourchette »", "'ragazzo con i 37 chiodi'"
    r"|[«'‘\"“]\s*(?:l['’])?(?:homme|femme|garçon|fille|bébé|uomo|donna|ragazz[oa]|bambin[oa]|hombre"
    r"|mujer|niñ[oa]|chic[oa]|homem|mulher|menin[oa]|Mann|Frau|Junge|Mädchen)\s+(?:à|au|aux|avec|con"
    r"|col|dai|dalla|dalle|de|del|com|mit|ohne|sans|senza|sin|sem)\s+[^»'’\"”\n]{2,50}[»'’\"”]"
    # "dont La Presse a parlé", "that was in the Daily Mail"
    r"|\bdont\s+(?:la\s+presse|le\s+journal|les\s+journaux|la\s+télé|[A-Z][\w]+(?:\s+[A-Z][\w]+)?)"
    r"\s+a\s+parlé\b|\bdi\s+cui\s+(?:hanno|ha)\s+parlato\b|\bde\s+(?:quien|la\s+que|el\s+que)\s+"
    r"habl[oó]\s+(?:la\s+prensa|el\s+peri[oó]dico)\b"
    r"|\b(?:was|were|been|featured|appeared)\s+in\s+the\s+(?:Daily\s+\w+|Sun|Mirror|Guardian|Times"
    r"|Telegraph|Post|Herald|Independent|Globe|Star|Gazette|Chronicle|Examiner|Tribune|local\s+paper"
    r"|papers?)\b"
    # covered by all the papers: "dont a parlé toute la presse", "finito su tutti i giornali"
    r"|\b(?:toute\s+la\s+presse|tous\s+les\s+journaux|tutti\s+i\s+giornali|todos\s+los\s+peri[oó]dicos"
    r"|todos\s+os\s+jornais|die\s+ganze\s+Presse|alle\s+kranten|à\s+la\s+une|in\s+prima\s+pagina"
    r"|en\s+portada)\b"
    # a famous case: "the man who survived with a nail in his skull", "separated from his
    # conjoined twin", "el hombre que sobrevivió con un clavo"
    r"|\b(?:the|el|la|o|a|der|die|de)\s+(?:man|woman|boy|girl|baby|kid|guy|lady|hombre|mujer|niñ[oa]"
    r"|chic[oa]|homem|mulher|menin[oa]|Mann|Frau|Junge|Mädchen|man|vrouw|jongen|meisje)\s+"
    r"(?:who|that|que|der|die|das|die)\s+(?:survived|sobrevivi[oó]|sobreviveu|überlebte|overleefde"
    r"|was\s+born\s+with|naci[oó]\s+con|nasceu\s+com|lived\s+with|vivi[oó]\s+con|viveu\s+com)\b"
    r"|\bseparat\w+\s+(?:from\s+(?:his|her|their)\s+)?(?:[A-Z][\w'’-]+\s+){0,2}conjoined\s+twins?\b"
    r"|\bconjoined\s+twins?\b[^.;]{0,40}\bseparat\w+"
    # known from the television: "kendt fra TV 2", "apareceu no Fantástico", "the man from
    # the news", "i media kallats 'Glasflickan'", "salió en todos los telediarios"
    r"|\b(?:kendt|kjent|känd|kända|bekannt|bekend|tunnettu)\s+(?:fra|från|aus|van|von|uit)\s+"
    r"(?:tv|dem\s+fernsehen|fernsehen|televisie|televisionen|media|medierne|avisen|pressen"
    r"|tidningen|der\s+zeitung)\b"
    r"|\b(?:i\s+media|in\s+den\s+medien|in\s+de\s+media|mediassa)\s+(?:\w+\s+)?"
    r"(?:kallats|kaldt|kalt|genannt|genoemd|kutsuttu)\b"
    r"|\b(?:apareceu|saiu|passou)\s+(?:no|na|em)\s+(?:\w+\s+)?(?:Fantástico|TV|televisão|jornal"
    r"|notícias|TPA|Globo|SIC|RTP)\b"
    r"|\b(?:sali[oó]|apareci[oó])\s+en\s+(?:todos\s+los\s+|el\s+|la\s+|las\s+)?(?:telediarios?"
    r"|noticias|noticieros?|tele|televisi[oó]n|peri[oó]dicos?|prensa)\b"
    r"|\b(?:the\s+)?(?:man|woman|guy|lady|boy|girl|kid|patient|pt|one|bloke|chap)\s+(?:from|on|in)"
    r"\s+the\s+(?:news|papers?|telly|tv|headlines)\b"
    r"|\b(?:all\s+over|made|was\s+on|were\s+on)\s+(?:the\s+)?(?:local\s+|national\s+|evening\s+)?"
    r"(?:news|papers|headlines|telly)\b"
    # body modifications that few have: "30 mm flesh tunnels", "tattooed black sclera"
    r"|\b(?:flesh\s+tunnels?|ear\s+gauges?|stretched\s+(?:ear\s*)?lobes?|tattooed\s+(?:\w+\s+)?sclera"
    r"|scleral\s+tattoo\w*|eyeball\s+tattoo\w*|split\s+tongue|forked\s+tongue|subdermal\s+implants?"
    r"|horn\s+implants?)\b"
    r"|\bunmistakable\b|\binstantly\s+recogni[sz]able\b"
    r"|\b(?:everyone|everybody|the\s+whole\s+\w+)\s+knows\b|\bif\s+you['’]re\s+from\s+(?:a)?round"
    r"\s+(?:there|here)\b|\blocals\s+will\s+know\b|\bfrom\s+the\s+(?:papers|headlines|telly)\b"
    r"|\byou\s+(?:probably\s+|may\s+have\s+|might\s+have\s+|all\s+)?saw\s+the\s+(?:clip|video|footage"
    r"|story|photos?|pictures?)\b"
    r"|\bfrom\s+(?:that|the)\s+(?:[A-Z][\w'’]+\s+){1,4}(?:segment|episode|show|programme|documentary"
    r"|feature|interview)\b"
    r"|\bengraved\s+['‘\"“][^'’\"”\n]{1,20}['’\"”]"
    # recognised in other tongues: "Lo riconoscerete", "la conoscete tutti", "vu au JT de TF1"
    r"|\b(?:riconoscerete|lo\s+riconosc\w+|la\s+riconosc\w+|vous\s+le\s+reconnaîtrez|vous\s+la"
    r"\s+reconnaîtrez|lo\s+reconocer[áa]n|la\s+reconocer[áa]n|(?:lo|la|li)\s+conoscete\s+tutti"
    r"|tout\s+le\s+monde\s+(?:le|la)\s+conna[îi]t|todos\s+(?:lo|la)\s+conocen|todos\s+(?:o|a)"
    r"\s+conhecem|l['’]avete\s+visto\s+tutti|visto\s+in\s+tv|vu\s+(?:à\s+la\s+télé|au\s+JT)"
    r"|(?:celui|celle)\s+du\s+JT|video\s+virali|vid[ée]os?\s+virales?)\b"
    r"|\b(?:in|from)\s+(?:the|that|a|last\s+year['’]s|this\s+year['’]s)\s+(?:\d{4}\s+)?(?:TV\s+|BBC\s+"
    r"|Netflix\s+|ITV\s+)?(?:documentary|docuseries|docu-series)\b"
    r"|\bguinness\s+(?:world\s+)?record\b"
    r"|\bon\s+the\s+front\s+(?:page\s+)?of\s+the\s+(?:[\w-]+\s+){0,2}?(?:paper|papers|newspaper|news"
    r"|gazette|times|herald|chronicle|post|echo|mail|examiner)\b"
    r"|\bfrom\s+the\s+(?:\d{4}\s+)?(?:BBC|ITV|Channel\s+\d|CNN|Netflix|TV|news|Sky)\s+(?:feature"
    r"|documentary|programme|program|report|show|story|segment|piece)\b"
    # "the gold incisor ... are how ED identified him"
    r"|\b(?:how|what)\s+(?:\w+\s+){0,2}?identified\s+(?:him|her|them)\b"
    r"|\bidentified\s+(?:him|her|them)\s+by\s+(?:his|her|their|the)\b)"
    # "az arc teljesen felismerhető", "twarz rozpoznawalna", "obličej je rozpoznatelný"
    r"|(?i:\b(?:arc\w*|twarz\w*|obli[čc]ej\w*|tv[aá]r\w*|kasvo\w*|andlit\w*|ansikt\w*|ansigt\w*)\b"
    r"[^.;]{0,30}?\b(?:felismerhet\w*|tunnistettav\w*|igenk[äa]nn\w*|genkendelig\w*|gjenkjenn\w*"
    r"|s[ée]st\s+greinilega|tydligt\s+synlig\w*|tydelig\w*"
    r"|rozpoznawaln\w*|rozpoznateln\w*|rozpoznate[lľ]n\w*|identifikovateln\w*)"
    r"|\b(?:felismerhet\w*|rozpoznawaln\w*|rozpoznateln\w*|rozpoznate[lľ]n\w*)\s+(?:\w+\s+)?"
    r"(?:arc\w*|twarz\w*|obli[čc]ej\w*|tv[aá]r\w*))"
    # a tattoo told by its design, without the word: "the Liverpool crest and 'YNWA Dad 1961' on
    # his forearm"
    r"|(?i:\b(?:crest|emblem|initials|lettering|portrait|the\s+words?)\b[^.;]{0,40}?\bon\s+(?:his|her"
    r"|their|the)\s+(?:left\s+|right\s+|upper\s+|lower\s+)?(?:forearm|arm|chest|neck|back|wrist|hand"
    r"|knuckles|calf|shin|shoulder|thigh|ankle)\b)"
    # "riconoscibile da tutti per la voglia", "reconnaissable entre mille"
    r"|(?i:\b(?:riconoscibil\w*|reconnaissable\w*|reconocible\w*|reconhec[ií]ve(?:l|is)|erkennbar\w*"
    r"|herkenbaar)\s+(?:da\s+tutti|par\s+tous|por\s+todos|por\s+toda|von\s+allen|voor\s+iedereen"
    r"|entre\s+mille|tra\s+mille|a\s+(?:distanza|primo\s+sguardo)|de\s+loin))"
    # a face in a clinical photo, told feature by feature: "man's face, grey beard, scar through
    # R eyebrow, gold front tooth"
    r"|(?i:\b(?:photo\w*|image|picture|pic)\b[^.;]{0,40}?\bface\b[^.;]{0,60}?\b(?:beard|moustache"
    r"|mustache|scar|tooth|teeth|eyebrow|freckles|mole|birthmark|piercing)\b)"
    # knuckle letters: "knuckle tattoo ink - L-O-V-E"
    r"|(?i:\bknuckles?\b[^.;]{0,40}?)(?-i:\b[A-Z](?:[-.]?[A-Z]){2,}\b)"
    # a face told in German and Dutch: "Gesicht der Patientin: rote Locken, markante Narbe"
    r"|(?i:\b(?:Gesicht\w*|gezicht\w*)\b[^.;]{0,60}?\b(?:Narbe|Bart|Piercing|Locken|Muttermal"
    r"|Sommersprossen|litteken|baard|piercing|moedervlek|sproeten)\w*)"
    # "een hartvormige moedervlek", "ein herzförmiges Muttermal"
    r"|(?i:\b\w+(?:vormige?|f[öo]rmige[sr]?)\s+(?:moedervlek|muttermal|narbe|litteken)\w*)"
    # "everyone in our town knows by sight", "toda a freguesia o conhece"
    r"|(?i:\b(?:everyone|everybody|the\s+whole)\s+(?:\w+\s+){0,3}?(?:town|village|island|parish|valley"
    r"|street|estate|suburb|community)\s+(?:\w+\s+){0,2}?knows?\b"
    r"|\b(?:tod[oa]|toda\s+a|todo\s+el|tot\s+el|tota\s+la)\s+(?:a\s+|o\s+|el\s+|la\s+)?(?:freguesia|aldeia"
    r"|vila|pueblo|aldea|poble|parroquia|parròquia|barrio|bairro|comarca|isla|ilha|illa)\s+(?:\w+\s+){0,2}?"
    r"(?:o|a|lo|la|le|l['’])\s*(?:conhece|conoce|coneix|coñece)\b)"
    # a height few reach: "2.1 m tall", "7'2\" man", "seven-foot"
    r"|(?i:\b(?:2[.,][0-4]\d?\s?m|2[01]\d\s?cm|7\s?(?:'|’|ft|foot|feet)\s?\d{0,2}(?:\"|”|in)?"
    r"|seven[- ]f(?:oo|ee)t(?:[- ]\w+)?)\s*(?:tall\b|high\b"
    r"|(?=\s+(?:man|woman|guy|lad|teen|boy|girl|basketball|player|giant))))"
)


# A feature the public knows: "the famous handlebar moustache from the truck commercials",
# "his famous diamond grills", "yes, THAT grime MC".
_FAMOUS = re.compile(
    r"(?i:\b(?:famous|well-known|iconic|trademark|signature)\s+(?:[\w-]+\s+){0,2}?(?:moustache"
    r"|mustache|beard|tattoos?|grills?|smile|hair(?:do|cut)?|teeth|scar|face|voice|dreadlocks|mohawk"
    r"|afro|quiff)\b)"
    r"|\b(?i:yes),?\s+THAT\b"
    r"|(?i:\b(?:famos[oa]|conocid[oa]|célebre|famoso)\s+(?:cicatriz|tatuaje|tatuagem|bigote|bigode"
    r"|barba|sonrisa|sorriso)\b|\b(?:cicatriz|tatuaje|tatuagem|bigote)\s+(?:\w+\s+){0,4}?famos[oa]\b)"
    r"|(?i:\bfamous\s+from\s+(?:his|her|their)\s+(?:films|movies|videos|shows|ads))"
)


# A mark or an implant told by its shape, in the languages of central and northern Europe
# too: "födelsemärke format som Gotland", "jizva ve tvaru písmene Z", "dermal implants
# arranged in a five-pointed star".
_SHAPED_MARK = re.compile(
    r"(?i:\b(?:f[oö]delsem[aä]rke\w*|moderm[aä]rke\w*|f[oø]dselsm[æe]rke\w*|syntym[aä]merkki\w*"
    r"|znami[eę]\w*|znam[ií]nk\w*|znam[eé]nk\w*|anyajegy\w*|jizv\w+|jazv\w+|blizn\w+|s[eé]bhely\w*"
    r"|ärr(?:et)?|arret|arpi\w*|cicatriz\w*|(?:micro|sub)?dermal\s+implants?"
    r"|implants?\s+under\s+the\s+skin|transdermal\s+implants?"
    # in Romanian, Croatian, Serbian, Slovenian and the Baltic languages
    r"|made[zž]\w*|ali[cč]\w*|apgamum\w*|s[uü]nnim[aä]rk\w*|semn\s+din\s+na[sș]tere|o[zž]iljak"
    r"|o[zž]iljk\w*|brazgotin\w*|r[eē]t[aiu]\w*|cicatrice\w*|arm(?:i|e)?|dzimumz[iī]m\w*)\b"
    r"[^.;]{0,40}?\b(?:format\s+som|formad\s+som|formet\s+som|i\s+form\s+av|ve\s+tvaru"
    r"|u\s+obliku|v\s+obliki|[îi]n\s+form[aă]\s+de|formos|form[aā]|kujuline|kujul"
    r"|v\s+tvare|w\s+kszta[lł]cie|alak[uú]|\w*muotoinen|en\s+forma\s+de|arranged\s+(?:in|as|into)"
    r"|forming|in\s+the\s+shape\s+of|spelling|shaped\s+like)\b)"
)
# A name or an initial in quotes beside a tattoo or an engraving, in any language: "il nome
# «Ilaria» tatuato sul collo", "une incisive en or gravée de l'initiale « M »"
_MARK_WORD = (
    r"(?:tattoo\w*|tatts?|tatua\w*|tatou\w*|tätow\w*|tatuer\w*|tatover\w*|tetov\w*|grav[ée]\w*|gravad[oa]"
    r"|tatuiuvann\w*|t[äa]toveeri\w*|tetov[ēe]\w*|tatuiruot\w*"
    r"|gravat[oa]|incis[oa]|engraved|graviert\w*|d[öo]vme\w*|húðflúr\w*|vytetov\w*|wytatuowan\w*)"
)
_NAME_WORD = (
    r"(?:name|nome|nom|nombre|naam|namen|initials?|iniziali|iniziale|initiales?|iniciais|iniciales"
    r"|inicial|initialen|letters?|lettere|lettres?|letras|napis\w*|inschrift|schriftzug|aufschrift"
    r"|scritta|inscription|inscripci[oó]n|inscri[çc][ãa]o|words?|reading|n[áa]pis\w*|felirat\w*"
    # Turkish: "'Annem 1965' yazılı dövmesi", "'E+Z' baş harfleri dövmesi"
    r"|yaz[ıi]l[ıi]|yazan|yaz[ıi]s[ıi]|baş\s+harfleri|orðunum|orðin|ordene|orden|sanat|sanoilla"
    # Basque: "«Amets eta Irati» hitzak tatuatuta"
    r"|hitzak|hitza|izena|izenak|nafninu|nafnið|nafn|napys\w*|nimi|nimega|v[āa]rd[su]|uzrakst\w*"
    r"|u[žz]ra[šs]\w*|vard\w*)"
)
_QUOTED_MARK = regex.compile(
    rf"(?i:\b{_MARK_WORD}\b[^.;]{{0,40}}?\b{_NAME_WORD}\b\s*[«\"“‘'„‚]\s*(?-i:\p{{Lu}})"
    # further on in a long Spanish or Portuguese sentence: "Tatuaje en la espalda con el
    # rostro de la Virgen ... y el nombre 'Yeison' debajo"
    rf"|\b{_MARK_WORD}\b[^.;]{{41,90}}?\b(?:el|o|a)\s+(?:nombre|nome)\s*[«\"“‘'„‚]\s*(?-i:\p{{Lu}})"
    rf"|\b{_NAME_WORD}\s*[«\"“‘'„‚]\s*(?-i:\p{{Lu}})[^»\"”’'“]{{0,20}}[»\"”’'“][^.;]{{0,25}}?"
    rf"\b{_MARK_WORD}"
    # "an implant spelling 'R I P'", "one green and one brown eye"
    r"|\b(?:implant|piercing|tattoo|scar|brand(?:ing)?|scarification)\b[^.;]{0,30}\bspelling\b"
    r"|\bone\s+(?:blue|green|brown|grey|gray|hazel)\s+(?:eye\s+)?and\s+one\s+(?:blue|green|brown"
    r"|grey|gray|hazel)\s+eye"
    # words in quotes further on in the tattoo's sentence: "a koi carp tattoo covering the
    # forearm, a rising sun over the elbow and 'Mam 1958' on the wrist"
    rf"|(?<![«\"“‘'„‚])\b{_MARK_WORD}\b(?![»\"”’'])[^.;]{{0,120}}?(?<![\p{{L}}\d])[«\"“‘'„‚]\s*"
    r"[\p{Lu}\d][^»\"”’'“\n\d]{0,20}\d[^»\"”’'“\n]{0,10}[»\"”’'“](?![\p{L}\d])"
    # "the word DANNY is tattooed above the symphysis": a word in capitals, then the tattoo
    rf"|\b(?:word|name|letters)\s+[«\"“‘'„‚]?(?-i:\p{{Lu}}{{3,}})[»\"”’']?\s+(?:is\s+|was\s+)?{_MARK_WORD}"
    # "tatovert 'MORS GUTT' over knokene": the words in quotes right after the tattoo's word
    rf"|\b{_MARK_WORD}\s+[«\"“‘'„‚]\s*(?-i:\p{{Lu}})[^»\"”’'“]{{1,30}}[»\"”’'“]"
    # a tattoo someone is known by, in Turkish: "balonları dövmesiyle tanınan hasta"
    r"|\bd[öo]vme\w*\s+tan[ıi]nan\b"
    # a code or a number inked: "barcode tatt on neck reading '0417-HMP'"
    rf"|\b{_MARK_WORD}\b[^.;]{{0,30}}?\b(?:reading|reads|saying|says)\s*[«\"“‘'„‚]\s*\d[^»\"”’'“]{{1,20}}[»\"”’'“]"
    # "det stjerneformede brandar", "tähdenmuotoinen arpi": a mark by its shape
    r"|\b\w+(?:formet|formede|formad|formade|formig|muotoinen|kujuline)\s+(?:\w+\s+)?(?:ar|arr"
    r"|ärr|arpi|brandar|brennmerke|brännmärke|mærke|merke|märke|fødselsmærke|fødselsmerke"
    r"|modermärke|syntymämerkki|luomi|tatovering|tatuering|armi)\b"
    # the mark first, then its shape: "et vinrødt føflekk formet som en hestesko"
    r"|\b(?:f[øo]flekk\w*|f[øo]dselsm[æe]rke\w*|moderm[äa]rke\w*|syntymämerk\w*|luom\w*|arr(?:et)?"
    r"|ärr(?:et)?|arpi|birthmark|port[-\s]wine\s+stain)\s+(?:formet|formad|format|muotoinen|shaped)"
    r"\s+(?:som|like|kuin)\s+(?:en\s+|ett\s+|et\s+|a\s+|an\s+)?\w+"
    # "„Ferike és Anikó örökké” feliratú tetoválás"
    rf"|[«\"“‘'„‚]\s*(?-i:\p{{Lu}})[^»\"”’'“]{{0,30}}[»\"”’'“]\s*{_NAME_WORD}[^.;]{{0,20}}?\b{_MARK_WORD})"
)
# A scar or a mark of a shape, in German: "die hufeisenförmige Brandnarbe an der Stirn"
_GERMAN_SHAPED = re.compile(r"(?i:\b\w+f[öo]rmige?[nrs]?\s+(?:\w+\s+)?\w*(?:narbe|mal|fleck)\w*)")
# Jewellery made to a design of its own: "a silver snake-shaped septum ring", "a gold grill
# spelling KING", "piercing con forma del escudo de Racing". A design is as telling as a tattoo.
_DESIGNED_JEWELLERY = re.compile(
    r"(?i:\b(?:piercings?|grills?|grillz|pendant|locket|necklace|bracelet|earrings?|anklet|brooch|barbell"
    r"|mookuthi|nath|nose\s+pin|jhumkas?|maang\s+tikka"
    r"|cufflinks?|dermal\s+anchors?|nose\s+(?:ring|stud)|(?:helix|tragus|septum|tongue|navel|eyebrow|belly|lip|labret|nipple"
    r"|ear)\s+(?:ring|stud|bar|barbell|hoop))\b[^.;]{0,50}?(?:\b(?:custom|bespoke|hand-?made"
    r"|personali[sz]ed"
    r"|engraved\s+with\s+(?:(?:his|her|their|the|a)\s+)?(?:initials|name|words?|letters|date)|monogrammed|spelling|reading|that\s+says|saying|initials|in\s+the\s+shape\s+of"
    r"|shaped\s+like|design\s+of|con\s+forma\s+del?|en\s+forma\s+del?|em\s+forma\s+d[eoa]"
    r"|en\s+forme\s+de|a\s+forma\s+di|in\s+form\s+(?:of|eines?)|v\s+tvare|ve\s+tvaru|w\s+kształcie"
    r"|alakú|with\s+a\s+(?:ruby|diamond"
    r"|sapphire|emerald)\s+eye|dangling\s+(?:[\w-]+\s+){0,2}?charm)\b|\w+-shaped\b)"
    r"|\b(?:custom|bespoke|\w+-shaped)\s+(?:[\w-]+\s+){0,3}?(?:piercings?|rings?|studs?|anchors?"
    r"|dermals?|gauges?|plugs?|tunnels?|hoops?"
    r"|bars?|grills?|grillz|pendants?|lockets?|necklaces?|bracelets?|earrings?|chains?)\b"
    r"|\b(?:silver|gold|golden)\s+(?:dragon|snake|skull|scorpion|spider|serpent|eagle|lion|star"
    r"|heart|cross|anchor|crown)\b[^.;]{0,30}?\b(?:through|in|on)\s+(?:the\s+)?(?:[LR]\s+|left\s+"
    r"|right\s+)?(?:helix|tragus|septum|nose|ear|lip|eyebrow|navel|tongue))"
)
# Clothes, jewellery, tattoos and scars in those languages: they warn, as in English.
_WEAR_ELSEWHERE = re.compile(
    r"(?i:\b(?:tatua[zż]\w*|tetov\w*|tetov[aá]l[aá]s\w*|tatuering\w*|tatovering\w*|tatuointi\w*"
    r"|tatuaje\w*|tattoo\s+(?:am|an|auf|op|aan)|tato|tatu|hình\s+xăm|omudaali|mukuufu|trouring\w*|halssnoer|oorbelle|mkufu"
    r"|jezi|trourok|ingubo\s+yomshado|vết\s+bớt|tanda\s+lahir|parut|peklat|blizn\w+|jizv\w+|jazv\w+|s[eé]bhely\w*|ärr(?:et)?|arret|arpi(?:a|kudos\w*)?\b|arven\b|arvet\b|naszyjnik\w*"
    # Turkish: a tattoo, a scar, a necklace, an earring, a ring; red shirt and jeans
    r"|d[öo]vme\w*|yan[ıi]k\s+skar\w*|skar[ıi]\s+mevcut|yara\s+izi\w*|kolye\w*|k[üu]pe\w*"
    r"|(?:amber|wooden|glass|prayer|mala|coral|teething)\s+(?:beads?|necklace)"
    r"|beads\s+(?:around|round|on)\s+(?:the|his|her|their)\s+(?:neck|wrist|ankle|waist)"
    # Japanese and Korean in Latin letters: a tattoo, a scar, a piercing, a necklace, a ring
    r"|tat[uū]u?|tattū|irezumi|munsin|taetu|kizu-?ato|hyungteo|piasu|nekkuresu|yubiwa"
    r"|gwigeori|mokgeori|pieosing|binyeo|kanzashi|norigae"
    # ... and Chinese: a tattoo, earrings, a jade pendant, a qipao, a Tang suit
    r"|w[eé]n\s*sh[eē]n|[eě]r\s*hu[aá]n|y[uù]\s*p[eè]i|q[ií]\s*p[aá]o|t[aá]ng\s*zhu[aā]ng|tong4\s+zong1"
    r"|y[üu]z[üu][ğk]\w*|bilezi\w+|kot\s+pantolon\w*|(?:k[ıi]rm[ıi]z[ıi]|mavi|sar[ıi]|ye[şs]il|siyah"
    r"|beyaz|lacivert)\s+(?:forma|g[öo]mlek|ceket|[şs]apka|elbise)\w*"
    r"|[lł]a[nń]cusz\w*|kolczyk\w*|pier[sś]cion\w*|obr[aą]cz\w*|[rř]et[ií]z\w*|n[aá]u[sš]nic\w*"
    r"|prsten(?:y|em|u)?|nyakl[aá]nc\w*|f[uü]lbeval[oó]\w*|halsband\w*|[oö]rh[aä]nge\w*"
    r"|halskjede\w*|[oø]redobb\w*|halsk[æa]de\w*|[oø]rering\w*|kaulakoru\w*|korvakoru\w*|sormus\w*"
    r"|(?:un|el|su)\s+dije|cadena\s+(?:de\s+(?:oro|plata)|y\s+una?)|cadenita|colgante|medalla|aretes?|pulsera\w*|mikin\w*|bund(?:a|y|u|ou|ě)"
    r"|kurtk\w*|knofl[ií]k\w*|guzik\w*|suwak\w*|cipz[aá]r\w*|dragkedj\w*|glidel[aå]s\w*|lynl[aå]s\w*"
    r"|vetoketju\w*|refleksvest\w*|reflexv[aä]st\w*"
    r"|podprsenk\w*|biustonosz\w*|melltart[oó]\w*|rintaliivi\w*|sujetador\w*|brasier\w*"
    r"|cremallera\w*|botones|hebilla\w*|gumb\w*|zadrg\w*|patent\w*|sutien\w*|grudnjak\w*|nasturi"
    r"|fermoar\w*|p[iī]rsing\w*|ķēd[iī]t\w*|l[aā]n[cč]i[cć]\w*|verižic\w*|burm\w*|narukvic\w*"
    r"|inel\w*|cercei|br[aă][tț]ar\w*|lan[tț]i[sș]or\w*|krūšturi\w*|liemen\w*|grandin[eė]l\w*"
    r"|kaelaket\w*|s[õo]rmus\w*|k[õo]rvarõnga\w*|rinnahoidja\w*|vana\s+\w*arm\w*"
    r"|operatsioonia?rm\w*|brazgotin\w*|o[zž]iljak|o[zž]iljk\w*|cicatrice\w*|tatuaj\w*|tetova[zž]\w*"
    r"|t[aä]toveering\w*|tetovēj\w*|tatuiruot\w*|opas[e]?k\w*|b[aæ]lte(?:t|n)?|belte(?:t|n)?"
    # "indossava una tuta da ginnastica blu", "camisa de cuadros y pantalón vaquero", "son pull
    # en laine", "nasturii cămășii", "verighetă", "catenina con medaglietta", "voglia cutanea"
    r"|indossava|vestiva|tuta\s+da\s+ginnastica|camici(?:a|e|etta)|maglione|felpa|giubbott\w*"
    r"|camisa\s+de\s+cuadros|pantal[oó]n(?:es)?\s+vaquero\w*|vaqueros|sudadera|son\s+pull"
    r"|pull\s+en\s+laine|c[ăa]m[ăa][șş]\w*|verighet\w*|catenin\w*|medagliett\w*|collanin\w*"
    r"|braccialett\w*|voglia\s+(?:cutanea|sulla|sul|di)|macchia\s+cutanea|tache\s+de\s+naissance"
    r"|mancha\s+de\s+nacimiento|sinal\s+de\s+nascen[çc]a|semn\s+din\s+na[șş]tere"
    # Malay, Indonesian and Filipino dress; sports gear; metal jewellery seen in the image
    r"|tudung|baju(?:\s+kurung)?|kebaya|batik|barong|jilbab|songkok|kopiah|raincoat|wellies"
    r"|wellington\s+boots|anorak|parka|poncho|overcoat|greatcoat|trench\s*coat|bum\s*bag|fanny\s+pack"
    r"|skort|netball\s+bib|farkk\w*|kr[ūu][šs]tur\w*|teksap[üu]k\w*|v[öo][öo]pannal\w*"
    r"|megztin\w*|skarel\w*|serezhk\w*|pirsyn\w*|auskar\w*|vy[öo]nsolk\w*|cheongsam|qipao|kimono|sarong|playera|huaraches|texans|costum\s+popular|ie\s+brodat\w*|chemise|botóns|cremalleira|fato\s+de\s+treino"
    r"|casaco|anell(?:\s+al\s+dit)?|cadena\s+fina|belarritako\w*|\w*bukser|\w*byxor|farku\w*"
    r"|käevõru\w*|rannekoru\w*|armbånd\w*|armband\w*|pullover|pulli|trui|Jacke|Bluse|Kleid"
    r"|Strickjacke|kaba|gele|kente|tatoeage\w*|tričk\w*|gombík\w*|gyűrű\w*|koszul\w*"
    r"|materské\s+znamienko|mateřské\s+znaménko|znami[eę]\w*|anyajegy\w*"
    r"|(?:bracelet|bangle|necklace|anklet|wristwatch|watch)\s+arte?[fi]act\w*"
    r"|ring\s+on\s+(?:the|her|his)\s+(?:left|right)\s+hand|bracelet\s+at\s+the\s+wrist"
    r"|wearing\s+(?:[\w-]+\s+){0,3}?(?:shorts|trousers|jeans|leggings|pyjamas|socks|shoes|boots"
    r"|trainers)"
    r"|bangles?\s+on\s+(?:the|her|his)\s+"
    r"(?:left\s+|right\s+)?wrist"
    r"|(?:running|gym|cycling|football|rugby|netball|hockey)\s+(?:gear|kit)"
    r"|(?:gold|silver|metal|metallic|steel)\s+(?:bangle|bracelet|necklace|chain|earrings?|anklet"
    r"|bangles|bracelets)|ring\s+on\s+(?:the\s+)?(?:[LR]\s+|left\s+|right\s+)?(?:4th|fourth|ring|3rd"
    r"|third|little|5th|index|middle)\s+finger)\b)"
)


# One of very few with a condition in a place: "the only patient in the province with FOP",
# "one of only two known cases in Saskatchewan", "l'únic cas conegut a les Balears". A rare
# disease in a region names the one family that has it.
_AREA = (
    r"(?:(?:the|this|our|that|whole)\s+)?(?:province|state|county|country|island|isle|valley|region"
    r"|territory|town|village|city|district|area|community|parish|borough|shire|canton|archipelago"
    r"|peninsula|(?-i:\p{Lu}[\p{L}'’-]+))\b"
)
_FEW = r"(?:two|three|four|five|six|a\s+handful\s+of|a\s+few|[2-9])"
_ONE_IN_A_PLACE = regex.compile(
    r"(?i:\bonly\s+(?:\w+\s+){0,2}?(?:patient|person|case|child|kid|man|woman|boy|girl|adult"
    rf"|sufferer|family)s?\s+(?:[\w'’-]+\s+){{0,5}}?(?:in|on|across)\s+{_AREA}"
    rf"|\bone\s+of\s+(?:only\s+|just\s+)?{_FEW}\s+(?:\w+\s+){{0,2}}?(?:patients|cases|people"
    rf"|persons|children|kids|families|sufferers)\s+(?:[\w'’-]+\s+){{0,5}}?(?:in|on|across)\s+{_AREA}"
    # in Spanish, Catalan, Portuguese and Galician, Italian and French
    r"|\b[úu]nic[oa]?\s+(?:\w+\s+){0,1}?(?:cas[oa]?|pacient[ea]?|persona|pessoa|doente|nen[ao]?"
    r"|niñ[oa]|malalt[a]?|enferm[oa])\s+(?:[\w'’-]+\s+){0,5}?(?:a|en|em|no|na|nas|nos|in|di|del"
    r"|della|de)\s+(?:les\s+|las\s+|los\s+|el\s+|la\s+|o\s+|a\s+|l['’]\s*)?(?-i:\p{Lu})"
    r"|\bun[oa]?\s+(?:dels?|de\s+(?:los|las|os|as|les|els)|dos|das|degli|des)\s+(?:(?:solo|sólo|només"
    r"|apenas|únicos|soli|seulement)\s+)?(?:dos|dues|tres|dois|duas|due|tre|deux|trois|pocos|poques"
    r"|poucos)\s+(?:\w+\s+){0,1}?(?:casos|pacientes|pacients|doentes|casi|pazienti|cas|patients)\b"
    r"[^.;]{0,60}?\b(?:en|a|em|no|na|in|à|au)\s+(?:les\s+|las\s+|el\s+|la\s+|o\s+|a\s+)?(?-i:\p{Lu}))"
)
_ONE_IN_A_PLACE_NOTE = (
    "one of few with a condition in a named place is that family: write 'a rare condition'"
)


# "tetování se jménem „Bára“", "szív alakú borvörös anyajegy": a name on the skin, a mark's shape
_CENTRAL_MARK = regex.compile(
    r"(?i:\b(?:tetov[áa]n[íi]\w*|tetov[áa]ž\w*|tatua[żz]\w*|tetov[áa]l[áa]s\w*)\s+(?:se\s+jm[ée]nem"
    r"|s\s+menom|z\s+imieniem|s\s+n[áa]pisem|s\s+n[áa]pisom|z\s+napisem|\w+\s+nev[ée]vel"
    r"|felirat\w*)"
    r"|\b\w+\s+alak[úu]\s+(?:\w+\s+)?(?:anyajegy\w*|forradás\w*|heg\w*)"
    r"|\b(?:mate[řr]sk\w+\s+znam[ée]nk\w*|znami[ęe]\w*|pieprzyk\w*|materské\s+znamienk\w*|jizv\w*"
    r"|blizn\w*)\s+(?:\w+\s+){0,2}?(?:ve\s+tvaru|w\s+kszta[łl]cie|v\s+tvare)\b)"
)


def find_features(text: str) -> Iterator[Hit]:
    """Yield described faces, tattoos, marks and fingerprints (block); jewellery, clothes (warn)."""
    for pattern in (
        _FACE,
        _TATTOO,
        _MARK,
        _SHAPED_MARK,
        _DESIGNED_JEWELLERY,
        _QUOTED_MARK,
        _GERMAN_SHAPED,
        _RECOGNISABLE,
        _FAMOUS,
    ):
        for match in pattern.finditer(text):
            yield Hit("identifying_feature", match.start(), match.end())
    for match in _CENTRAL_MARK.finditer(text):
        yield Hit("identifying_feature", match.start(), match.end())
    for match in _ONE_IN_A_PLACE.finditer(text):
        yield Hit("identifying_feature", match.start(), match.end(), _ONE_IN_A_PLACE_NOTE)
    patterns = [_APPEARANCE, _NAMED_WEAR, _PLAIN_WEAR, _WEAR_ELSEWHERE]
    if _MORE_CUES & {fold(w) for w in re.findall(r"[^\W\d_]+", text)} or _GARMENT_WORD.search(text):
        patterns.append(_APPEARANCE_MORE)
    for pattern in patterns:
        for match in pattern.finditer(text):
            if _MARKED.search(text, max(0, match.start() - 20), match.start()):
                continue  # "wire marking an old lumpectomy scar": the marker, not the person
            yield Hit("appearance", match.start(), match.end())
