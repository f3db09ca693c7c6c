"""Re-identification risks that a reviewer should weigh: timing, specifics, places, roles."""

from __future__ import annotations

import re
from collections.abc import Iterator

import regex

from .findings import Hit
from .frequency import zipf
from .lexicon import CITIES, PLAIN_WORDS
from .namelists import FIRST_NAMES
from .normalise import HYPOTHETICAL, exact, fold, sentence_at, words
from .vocabulary import EPONYM_HEADS, EPONYMS, MEDICAL_WORDS

_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
# Dates counted back from the post block (relative_dates); these only narrow the time.
_RECENCY = re.compile(
    r"\b(?i:(?:last|this|past)\s+year|the\s+other\s+day|lately)\b"
    r"|\bat\s+\d{1,2}(?::\d{2})?\s*(?:[ap]\.?m\b\.?)|\bat\s+\d{1,2}:\d{2}\b"
)
_MECHANISM = re.compile(
    r"(?i)\b(?:struck|hit\s+by|run\s+over|riding|rode|scooter|moped|motorcycle|motorbike|bicycle"
    r"|bike|cyclist|pedestrian|car|vehicle|mvc|mva|rta|rtc|crash|collision|collided"
    r"|f[ae]ll\s+(?:from|off)|jumped|ladder|roof|scaffold\w*|horse|kicked|trampoline|ski(?:ing|er)"
    r"|snowboard\w*|skateboard\w*|surf\w*|diving|dived|rugby|football|soccer|hockey|boxing"
    r"|assault\w*|stabb\w*|(?<!-)shot|gunshot|gsw|bitten|dog\s+bite|crush\w*|tractor|forklift"
    r"|machinery|explosion|fireworks?|electrocut\w*|drown\w*|at\s+work|at\s+school|farm"
    r"|construction\s+site|playground|park|beach|pool|gym|match|festival|concert|party|nightclub)"
    r"\b"
)
# Public and rare roles; ordinary work (a coal miner with dyspnoea) is often the teaching point
# and is only a risk tied to a place: "the local teacher".
_OCCUPATION = re.compile(
    r"\b(?:(?i:mayor(?!\s+(?:de|que|a|o|del|edad|riesgo|parte|grado|n[uú]mero)\b)|governor|senator|congress(?:wo)?man|council+or|minister|president|sheriff"
    r"|astronaut|bishop|jockey|ballerina|actor|actress|singer|musician|rapper"
    r"|celebrity|influencer|youtuber|tv\s+presenter|news\s+anchor|journalist|reporter|ceo"
    r"|member\s+of\s+parliament|olympian|racing\s+driver|stunt(?:wo)?man|magician"
    r"|pop\s+star|rock\s+star|(?:professional|pro|elite|olympic|premier\s+league|premiership"
    r"|international|concert|session|touring)\s+(?:[\w-]+\s+)?\w+(?:er|ist|or)"
    r"|(?:local|village|town|parish|the\s+town['’]s|our\s+local|well-known|famous|kilalang"
    r"|sikat\s+na|terkenal|nổi\s+tiếng)\s+"
    r"(?:\w{3,}(?:er|or|ist|ian|man|woman|ess|ant|ent|ee)|gp|vet|doctor|nurse|priest|chef|coach"
    r"|star|figure|personality|character)"
    # "plays the bagpipes professionally"
    r"|(?:plays?|played|playing|sings?|sang|dances?|danced|races?|raced)\s+(?:the\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:professionally|for\s+a\s+living)))\b"
)
# Ordinary work said to be the patient's ("works as a hairdresser", "she's a primary school
# teacher", "retired postman"): a reviewer weighs it with the rest; it only warns.
_JOBS = (
    r"(?:(?:lorry|truck|bus|taxi|cab|delivery|train|tractor|forklift|van|crane|jeepney|tricycle|grab"
    r"|gojek|lyft"
    r"|rickshaw|auto|boda-?boda|okada|keke|matatu|tuk-?tuk|uber|marshrutka|dolmu[sş]|jitney|ambulance|ride-?share|moto"
    r"|motorbike|motorcycle|minibus|trotro|danfo)\s+driver"
    r"|teacher|schoolteacher|headteacher|schoolmaster|lecturer|hairdresser|hairstylist|barber|beautician|postman|postwoman|postie"
    r"|postal\s+worker|nurse|midwife|farmer|farmhand|builder|plumber|electrician|carpenter"
    r"|joiner|welder|miner|hygienist|dental\s+nurse|crew\s+member|crewman|deckhand|whaler|labourer|laborer|mechanic|chef|cook|waiter|waitress|barista"
    r"|bartender|cleaner|painter|decorator|roofer|bricklayer|plasterer|butcher|baker"
    r"|fisherman|fisher(?!\s*(?:grade|scale|score|[0-4IV])\b)|soldier|police\s+officer|policeman|policewoman|firefighter|fireman"
    r"|paramedic|pilot|accountant|lawyer|solicitor|barrister|engineer|programmer|cashier"
    r"|shop\s+assistant|receptionist|secretary|librarian|dentist|pharmacist|vet|surgeon"
    r"|doctor|gardener|landscaper|warehouse\s+worker|factory\s+worker|shipyard\s+worker"
    r"|sandblaster|stonemason|quarry\s*man|quarry\s+worker|machinist|seamstress|tailor"
    r"|nanny|childminder|carer|care\s+assistant|porter|security\s+guard|bouncer|publican"
    r"|shopkeeper|civil\s+servant|clerk|courier|forester|shepherd|groundsman|dancer"
    r"|musician|(?:tabla|sitar|dhol|harmonium|violin|cello|piano|drum|bass|guitar|flute|trumpet"
    r"|saxophone|oboe|clarinet|harp|organ|bagpipe)\s+player|seafarer|oiler|tattoo\s+artist|sex\s+worker|scaffolder|glazier|tiler|upholsterer"
    r"|zookeeper|gamekeeper|lifeguard|steeplejack|chauffeur|coalminer|diver|trawlerman|deckhand|seaman|sailor|docker"
    r"|stevedore|roughneck|lumberjack|truckie|tradie|sparky|chippy|brickie|airline\s+pilot"
    r"|shearer|sheep\s+shearer|stockman|jackaroo|drover|trucker|winchman|winch\s+operator"
    r"|market\s+(?:woman|man|trader|seller)|hawker|\w*(?:fruit|berry|apple|grape|cotton|tea|coffee|cherry|orange|olive|hop|pea)\s*pickers?|\w+\s+packer|stable\s*hand|groom|(?:okada|boda-?boda|keke|moto)\s+rider"
    # crafts and performers: uncommon enough to narrow the field
    r"|glassblower|glass\s+blower|organ\s+builder|blacksmith|farrier|saddler|luthier|potter"
    r"|trapeze\s+artist|acrobat|stuntman|stuntwoman|rodeo\s+rider|industrial\s+climber"
    r"|lighthouse\s+keeper|harvester|gatherer|herder|tapper|zamboni\s+driver"
    r"|weaver|sculptor|acrobat|juggler|clown|busker|snake\s+(?:rescuer|catcher|handler|charmer)"
    r"|beekeeper|falconer|taxidermist|embalmer|gravedigger|chimney\s+sweep|performer|matador"
    r"|bullfighter|torero|mahout|toddy\s+tapper|saturation\s+diver|commercial\s+diver"
    r"|balloon\s+pilot|hot-air\s+balloon\s+pilot|bush\s+pilot|crop\s+duster|harpsichord\s+restorer"
    # in other languages: "mergulhador", "Glasbläser", "albañil"
    r"|mergulhador|buceador|pescador|minero|mineiro|agricultor|campesino|alba[ñn]il|pedreiro"
    r"|referee|souffleu(?:r|se)\s+de\s+verre|toddy\s+tapper|gem\s+miner|scuba\s+instructor|diving\s+instructor|dive\s+instructor"
    r"|pilota(?:\s+di\s+\w+)?|clavadista|elicotterista|piper|uilleann\s+piper|fiddler|kirkkomaalari|sangoma|inyanga|winch\s+operator|rugby\s+(?:lock|prop|hooker|flanker)|ronilac"
    r"|controlador(?:a)?\s+a[ée]re[oa]|bailar[ií]n[oa]?|ballar[ií]n?[ao]?|ballerina|gaiteir[oa]"
    r"|carpintero|soldador|camionero|caminhoneiro|Glasbläser|Bergmann|Landwirt|Schweißer|visser"
    r"|metselaar|longshoreman|dockworker|bombero|bombeiro|profesora?|professora?|maestra|maestro"
    r"|trabajador\s+agr[ií]cola|jornalero|peluquer[oa]|cabeleireir[oa]|enfermer[oa]|enfermeir[oa]"
    r"|polic[ií]a|policial|militar|taxista|repartidor|motoboy|pintor|electricista|eletricista"
    r"|Dachdecker|Maurer|Zimmermann|Schreiner|Tischler|Elektriker|Feuerwehrmann|Landwirtin"
    r"|Krankenpfleger\w*|Lehrer\w*|Bäcker|Metzger|Fischer|dakdekker|timmerman|brandweerman"
    r"|boer|leraar|lerares|bonde|fisker|fiskare|snickare|tømrer|tømmermann|murare|murer|elektriker"
    r"|brandman|brannmann|brandmand|lärare|lærer|sjuksköterska|sygeplejerske|sykepleier|metsuri"
    r"|maanviljelijä|kalastaja|rakennusmies|sähköasentaja|palomies|opettaja|sairaanhoitaja"
    r"|lastenhoitaja|kirvesmies|puuseppä|hitsaaja|charpentier|menuisier|maçon|couvreur|boulanger"
    r"|boucher|agriculteur|pêcheur|infirmière|infirmier|instituteur|institutrice|pompier|musicista"
    r"|violinista|pianista|violoniste|pianiste|muratore|falegname|contadino|pescatore|infermier[ea]"
    r"|vigile\s+del\s+fuoco|carabiniere|pilote(?:\s+de\s+ligne)?|agricultrice|infirmi[eè]re\s+de\s+nuit"
    r"|harbour\s+pilot|harbor\s+pilot|cane\s+cutter|sugar\s?cane\s+cutter|shearer|night\s+filler|sheet-metal\s+worker"
    r"|metal\s+worker|steel\s+worker|oil\s+worker|rig\s+worker|mill\s+worker|ranch\s+hand"
    r"|enseignante?|professeure?\s+des\s+écoles|ouvri[eè]re?|mineur|mineuse"
    r"|rolnik|rolniczka|górnik|kierowca|nauczyciel\w*|pielęgniar\w*|spawacz|murarz|stolarz"
    r"|zemědělec|horník|řidič|učitel\w*|zdravotní\s+sestra|földműves|tanár\w*|sofőr|bányász"
    r"|taxi\s+driver|cabbie|verpleegkundige|(?:delivery|food|courier|takeaway)\s+rider"
    r"|motorista\s+de\s+(?:aplicativo|táxi|ônibus|caminhão)|Krankenschwester|Pflegekraft|Verkäufer\w*"
    r"|rickshaw\s+(?:puller|driver|wallah)|street\s+(?:vendor|sweeper|hawker)|hawker|vendor"
    r"|farm\s*(?:worker|hand|labou?rer)|panader[oa]|fornaio|panettiere|cameriere|camarer[oa]"
    r"|cuoco|cocinero|zungueir[oa]|quitandeir[oa]|fermi[eè]re?|agricultoare|[îi]nv[ăa][țţ][ăa]toare?"
    r"|profesoar[ăa]|[șş]ofer|muncitor|vânz[ăa]toare?|cikgu|petani|nelayan|pesawah|buruh"
    r"|penyelam(?:\s+mutiara)?|penoreh|tukang\s+\w+|pemandu|mangingisda|magsasaka|mangangalakal"
    r"|ngư\s+dân|nông\s+dân|thợ\s+\w+|tài\s+xế"
    r"|magsasaka|mangingisda|guro|tindera|tindero|kargador|mestr[ea]|\w+ko\s+langile\w*"
    r"|(?:market\s+)?trader|commercial\s+driver|\w*chauffeur|Lehrerin|insegnante|impiegat[oa]"
    r"|operai[oa]|commess[oa]|pastoralist"
    # Hindi, Urdu, Bengali and Marathi in Latin letters: "master moshai", "kisan", "darzi"
    r"|master\s+(?:moshai|mashai|sahib|saheb|ji)|masterji|munshi|munim|chowkidar|chaukidar|darzi"
    r"|dhobi|mochi|kisan|mazdoor|majdoor|rickshaw-?wala|rickshawala|sabziwala|thelewala|halwai"
    r"|karigar|mistri|raj\s?mistri|shetkari|kamgar"
    # Arabic and Persian in Latin letters: "ma3allem f l'bni", "rannande-ye taksi", "mudarres"
    r"|m[ao]?3all?em(?:\s+f\s+l['’]?\w+)?|mu3allim|mo3alim|mudarres|modarres|mohandes|kargar"
    r"|keshavarz|fella7|falla7|bannay|banna2|najjar|7addad|khayyat|sawa2|sawwa2|sa2e2"
    r"|rann?ande(?:-ye)?\s+\w+|chauffeur\s+de\s+taxi)"
)
# Trades whose dust, fumes or animals are the diagnosis's clue.
_EXPOSED = (
    r"(?:miners?|coalminers?|sandblasters?|welders?|shipyard|stonemasons?|quarry|quarrymen"
    r"|farmers?|foundry|potters?|glassblowers?|insulat\w+|demolition|pigeon|bird|poultry"
    r"|shepherds?|butchers?|abattoir|silo|miller|tunnel\w*|Bergmann|Bergarbeiter|mineur|minatore"
    r"|minero|mineiro|górnik|horník|bányász|rolnik|Landwirt|boer|agricult\w+)"
)
_WORK = re.compile(
    rf"(?i:\bwork(?:s|ed|ing)?\s+(?:\w+\s+){{0,2}}?as\s+(?:an?\s+)?(?:[\w'’-]+\s+){{0,3}}?{_JOBS}s?\b"
    rf"|\b(?:is|was|['’]s)\s+an?\s+(?:[\w-]+\s+){{0,3}}?{_JOBS}\b(?!\s+(?:sign|pattern))"
    rf"|\bretired\s+(?:[\w-]+\s+){{0,2}}?{_JOBS}\b"
    r"|\b(?:occupation|occ|job|job[_\s]title|profession|employment|works?\s+as)[\"']?\s*[:=-]\s*"
    r"[\"']?[\w-]+(?:\s+[\w-]+)?"
    r"|\bI\s+drive\s+(?:trucks|lorries|taxis|buses|cabs|a\s+(?:truck|lorry|taxi|bus|cab)|for\s+a\s+living)"
    # "He drive maxi taxi", "she drives a route taxi", "does a paper round", "his decades as a
    # coal miner"
    r"|\b(?:he|she|they|who)\s+drives?\s+(?:a\s+|the\s+)?(?:maxi[-\s]?taxi|route\s+taxi|taxi|cab|bus"
    r"|minibus|truck|lorry|tractor|forklift|ambulance|tuk-?tuk|matatu|jeepney|school\s+bus)s?\b"
    r"|\bdoes\s+(?:a|the)\s+paper\s+round\b|\bpaper\s*(?:boy|girl)\b"
    rf"|\b(?:decades|years)\s+(?:as\s+|of\s+work\s+as\s+)(?:an?\s+)?(?:[\w'’-]+\s+){{0,2}}?{_JOBS}s?\b"
    r"|\bworks?\s+in\s+(?:construction|demolition|mining|farming|agriculture|retail|hospitality"
    r"|a\s+(?:factory|warehouse|mine|quarry|shop|bakery|kitchen|sawmill|foundry|shipyard))\b"
    r"|\b(?:dances|plays|sings|performs|rows|rides)\s+(?:\w+\s+)?(?:with|for|in)\s+(?:a|the)\s+"
    r"(?:professional|national|state|city|premier|first-team)\b"
    rf"|\bas\s+an?\s+(?:[\w-]+\s+){{0,2}}?{_JOBS}\b[\s,]+(?:he|she|they|his|her|their)\b"
    # a trade as an item of a list: "• 52M • commercial airline pilot •"
    rf"|[•|]\s*(?:an?\s+)?(?:[\w-]+\s+){{0,2}}?{_JOBS}\s*(?=[•|;]|$)"
    rf"|\bchez\s+(?:ce|cette|un|une)\s+{_JOBS}\b"
    # "Bank mein cashier hain", "truck chalata hai": the same in Hindi and Urdu
    rf"|\b{_JOBS}\s+(?:hai|hain|tha|thi|the|hoon|ahe|aahe|aahet|chhilen|chilen|chhen|si|san)\b"
    r"|\b(?:truck|lorry|bus|auto|rickshaw|taxi|tempo|tractor|gaadi|gadi)\s+(?:chalata|chalati"
    r"|chalate|chalaata|chalaati|chalay|chalan|chalayla|chalavto|chalavtat)\b"
    r"|\bdrives\s+(?:a\s+|an\s+)?(?:truck|lorry|taxi|bus|cab|van|ambulance|tractor|forklift)\b"
    r"|\bpo\s+professii\s+\w+|\bpo\s+profesija\s+\w+|\bpo\s+profesiya\s+\w+"
    r"|\bammatiltaan\s+\w+|\bprofesion[áa]ln\w*\s+(?!\w*(?:sport|v[ýy]kon|p[ée][čc]e))\w+"
    # "she's a harpsichord restorer", "he is a pigeon breeder": a maker or keeper of things
    r"|\b(?:is|was|['’]s)\s+an?\s+(?!(?:rough|useful|good|helpful|general|practical|quick|handy"
    r"|reliable|simple|visual|pocket|reference|study|teaching|better|poor|safe)\b)"
    r"(?:[\w-]+\s+){0,2}?(?:restorer|repairer|breeder|grower"
    r"|handler|carver|tanner|trapper|hunter|collector|dealer|keeper|trainer|restorer|renovator"
    r"|instructor|guide|ranger|warden)\b"
    # French, Italian, Spanish, Portuguese, German: "fa il maestro d'ascia", "est institutrice"
    r"|\b(?:fa\s+il|fa\s+la|lavora\s+come|travaille\s+comme|trabaja\s+como|trabalha\s+como"
    r"|arbeitet\s+als|werkt\s+als|arbetar\s+som|pracuje\s+(?:jako|ako)"
    # Indonesian, Malay, Tagalog, Vietnamese: "bekerja sebagai", "nagtatrabaho bilang"
    r"|bekerja\s+sebagai|berkerja\s+sebagai|pekerjaan(?:nya)?\s*:?|nagtatrabaho\s+(?:bilang|sa)"
    r"|làm\s+nghề|nghề\s+nghiệp\s*:?)\s+[\w'’-]+(?:\s+[\w'’-]+)?"
    rf"|\b(?:seorang|sebagai|isang|là)\s+(?:[\w-]+\s+){{0,1}}?{_JOBS}\b"
    # "Avar oru chenda melam artist aanu": a trade after the word for "a" in the Dravidian
    # languages as chat types them
    r"|\b(?:oru|oka|ondu)\s+(?:[\w-]+\s+){0,2}(?:artist|driver|teacher|farmer|fisherman|labourer"
    r"|mechanic|nurse|tailor|weaver|potter|carpenter|mason|painter|vendor|shopkeeper)\b"
    # a trade in a form's row: "| Profession / Beruf | Tischler / carpenter |"
    r"|(?i:\b(?:profession|occupation|job|beruf|profesi[oó]n|m[ée]tier|professione)\b)[^|\n]{0,20}"
    r"\|\s*[\w'’ /-]{3,}"
    # Japanese and Korean in Latin letters: "jigeop-eun taeksi gisa", "shokugyō wa ...", "...
    # to shite nagaku hataraki", and the trades by their words ("ryōshi", "eobu")
    r"|\b(?:jigeop(?:-?eun)?|shokugy[oō]u?(?:\s+wa)?)\s*:?\s+[\w'’-]+(?:\s+[\w'’-]+)?"
    r"|[\w'’-]+\s+to\s+shite\s+(?:\w+\s+)?hatara\w+"
    r"|\b(?:ry[oō]shi|gyogy[oō]\s+j[uū]jisha|y[oō]setsu-?k[oō]|untenshu|daiku|taeksi\s+gisa"
    r"|teureok\s+gisa|beoseu\s+gisa|eobu|nongbu|yongjeopgong|gwangbu|ama-?san|haenyeo"
    # ... and Chinese: a courier, a driver, a farmer, a scaffolder, a builder
    r"|ku[aà]i\s*d[iì]\s*yu[aá]n|w[aà]i\s*m[aà]i\s*yu[aá]n|s[iī]\s*j[iī]|n[oó]ng\s*m[ií]n"
    r"|daap3\s+pang4\s+si1\s+fu2|scaffolder|j[iì]an\s*zh[uù]\s*g[oō]ng\s*r[eé]n|m[ií]n\s*g[oō]ng)\b"
    r"|\b(?:il|elle|lui|lei|él|ella|ele)\s+(?:est|è|es|é)\s+(?:un\s+|une\s+|uno\s+|una\s+)?"
    r"\w+(?:trice|teur|teuse|eur|euse|ier|ière|aio|aia|ista|ero|era|eiro|eira)\b"
    rf"|\b{_JOBS}\s+(?:by\s+(?:trade|profession|occupation)|de\s+(?:oficio|profesi[óo]n)"
    r"|di\s+professione|de\s+profession)"
    rf"|\b(?:describes?|described|lists?|listed|records?|recorded|documents?|documented)\s+"
    rf"(?:the\s+patient|him|her)\s+as\s+an?\s+(?:[\w-]+\s+){{0,2}}?(?:{_JOBS}|farm\s+worker)"
    # "primary school teacher, 3/12 hoarse voice"; not "a coal miner with dyspnoea", where
    # the work is the teaching point
    rf"|^\s*(?:\d{{1,3}}\s*(?:y/?o\s*)?[MF]?\s*[,;:-]?\s*)?(?:an?\s+)?(?:[\w-]+\s+){{0,2}}?{_JOBS}"
    r"(?:\s+(?:de|da|do)\s+(?:primaria|secundaria|escola|colegio|colégio|ensino\s+\w+|\w+ria))?"
    r"(?:\s+(?:retrait[ée]e?|retirad[oa]|jubilad[oa]|aposentad[oa]|pensionat[oa]|in\s+pensione"
    r"|reformad[oa]"
    r"|pensionar[ăa]?|retired))?"
    r"(?=\s*(?:[,;:(–—-]|x\s*\d|for\s+\d+\s*(?:y|years?)\b|de\s+\d+\s+a)|\s+(?:at|on|from|for)\s"
    r"|\s+(?:di|de|van)\s+\d{1,3}\s+(?:anni|años|anos|anys|ans|jaar|ani)\b)"
    # "A 45-year-old plumber with back pain": the patient introduced by a trade
    rf"|^\s*(?:pt\s+is\s+|patient\s+is\s+)?(?:an?\s+)?(?:(?:\d{{1,3}}|[a-z]+ty(?:[-\s][a-z]+)?)[-\s]?"
    rf"(?:(?:year|yr)s?[-\s]?old|y/?o)\s+)?(?:(?:male|female|man|woman|retired|former)\s+)?"
    # (not a trade whose exposure is the teaching point: "a coal miner with dyspnoea")
    rf"(?!(?:[\w-]+\s+){{0,2}}?{_EXPOSED}\b)(?:[\w-]+\s+){{0,2}}?{_JOBS}\s+"
    r"(?:in\s+(?:her|his|their)\s+(?:early\s+|mid\s+|late\s+)?(?:\w+ies|\d0['’]?s)\s+"
    r"|van\s+\d{1,2}\s+jaar\s+)?"
    r"(?:with|met|mit|con|com|avec|who|presented|presenting|fell|reports|sustained|developed"
    r"|presents|complaining|c/o|p/w)\b(?!\s+(?:occupational|silicosis|asbestosis|pneumoconiosis"
    r"|siderosis|berylliosis|byssinosis|hypersensitivity|extrinsic\s+allergic))"
    rf"|\bas\s+an?\s+(?:[\w-]+\s+)?{_JOBS}\b(?=[^.]*\b(?:he|she)\b)"
    # "Mergulhador profissional de plataforma", "Torero retirado": a trade and its standing
    rf"|\bbeing\s+an?\s+(?:[\w-]+\s+){{0,2}}?{_JOBS}\b"
    # "In this 35-year-old commercial airline pilot, the lesion ..."
    rf"|\b(?:in|for)\s+(?:this|a|an|the)\s+\d{{1,3}}[-\s]?(?:year|yr)s?[-\s]?old\s+"
    rf"(?:[\w-]+\s+){{0,2}}?{_JOBS}\b"
    rf"|\b(?:pensioniert\w*|gepensioneerde?|ehemalige[rn]?|voormalige?|emerytowan\w*|nyugdíjas"
    rf"|dôchodca|důchodce|były|była)\s+{_JOBS}\b"
    # "Enseignante à la retraite", "ancienne infirmière"; not an exposure that is the lesson
    # ("ancien mineur de charbon, dyspnée")
    rf"|\b(?:ancien(?:ne)?|antigu[oa]|ex-)\s*(?!{_EXPOSED}){_JOBS}\b"
    rf"|^\s*{_JOBS}\s+à\s+la\s+retraite\b"
    rf"|\bAs\s+(?:[\w-]+\s+)?{_JOBS},\s+(?:he|she)\b"
    r"|\bworks?\s+(?:weekends|evenings|nights|part-time|shifts|summers|holidays)\s+(?:at|in|for)\b"
    # "Pacientul, agricultor, acuză": the trade in apposition
    rf"|\b(?:pacjent|pacjentka|pacient|pacientka|beteg|pacientul|pacienta|the\s+patient|le\s+patient|la\s+patiente|el\s+paciente"
    rf"|o\s+doente|il\s+paziente|paziente|paciente|patiente),\s*(?:[\w-]+\s+)?{_JOBS}"
    r"(?:\s+(?:in\s+pensione|jubilad[oa]|retirad[oa]|retrait[ée]e?|aposentad[oa]))?,"
    rf"|\b{_JOBS}\s+(?:profissional|profesional|professional|retirad[oa]|jubilad[oa]|aposentad[oa]"
    r"|retrait[ée]e?"
    r"|pensionato)\b"
    # "58-jähriger Glasbläser mit chronischem Husten"
    rf"|\b\d{{1,3}}-?(?:jährige[rn]?|åriga?|årig|jarige)\s+{_JOBS}\b"
    # "41M commercial saturation diver with ...": the job after an age and sex
    rf"|^\s*\d{{1,3}}\s*[MF]\s+(?:[\w-]+\s+){{0,2}}?{_JOBS}(?=\s+(?:with|w/|in|at|on)\s)"
    # "Homem, 45a, mergulhador de saturação", "52M, works as ...": a job after the age
    rf"|\b\d{{1,3}}\s*(?:a|y|yo|y/o|años|anos|j|jr|år)?\s*[MFmf]?\s*,\s*(?:[\w-]+\s+){{0,2}}?{_JOBS}\b"
    r"|\bworks?\s+as\s+(?:an?\s+)?[\w-]+(?:\s+[\w-]+)?"
    r"|\b(?:weekend|summer|part-time|holiday|evening|night)\s+job\s+as\s+(?:an?\s+)?[\w-]+(?:\s+[\w-]+)?"
    rf"|\b(?:pt|patient)\s+(?:is|was)\s+an?\s+(?:[\w-]+\s+){{0,2}}?{_JOBS}\b"
    rf"|\b(?:she|he)(?:['’]?s|\s+is|\s+was)\s+(?:an?\s+)?(?:[\w-]+\s+){{0,2}}?{_JOBS}\b"
    # Turkish: "Emekli maden işçisi", "eski balıkçı"
    r"|\b(?:emekli|eski)\s+(?:\w+\s+)?(?:maden\s+i[şs][çc]isi|madenci|[çc]ift[çc]i|[çc]oban|bal[ıi]k[çc][ıi]"
    r"|[şs]of[öo]r|kaynak[çc][ıi]|[öo][ğg]retmen|hem[şs]ire|polis|asker|in[şs]aat\s+i[şs][çc]isi))"
)
_RARE = re.compile(
    r"(?i)\b(?:(?:plane|air|helicopter|train|bus|hot[\s-]air\s+balloon)\s+(?:crash|collision|plunge)"
    r"|shark|bear\s+attack|crocodile|alligator|snake\s*bite|lightning|conjoined"
    r"|triplets|quadruplets|quintuplets|sextuplets|octuplets|mass\s+shooting"
    r"|school\s+shooting|terror\w*\s+attack|bombing|earthquake|tornado|hurricane|tsunami"
    r"|avalanche|volcan\w+|wildfire|(?:building|bridge)\s+collapse|derail(?:ment|ed\s+(?:train|tram))\w*|(?:train|tram)\s+derail\w*|stampede"
    r"|crowd\s+crush|bullfight\w*|bull\s+riding|rodeo|skydiv\w*|parachut\w*|paraglid\w*"
    r"|base\s+jump\w*|bungee|zoo|circus|elephant|kangaroo(?![\s-]+(?:mother\s+)?care)|camel(?!\s+milk)|(?<!the-)(?<!the\s)tiger(?![\s-]+stripe)|stingray"
    r"|went\s+viral|headlines|made\s+the\s+news|in\s+the\s+news|world\s+record"
    r"|record-breaking|first[\s-]ever|only\s+known\s+case)\b"
)
_CAP = r"\p{Lu}[\p{Ll}\p{M}'’]+(?:\p{Lu}[\p{Ll}\p{M}]+)*(?:-\p{Lu}[\p{Ll}\p{M}'’]+)*"
_PLACE_AFTER_PREPOSITION = regex.compile(
    # and in Tagalog and Vietnamese: "sa Tutuban", "tại Hải Phòng", "ở Đà Nẵng"
    rf"\b(?:in|at|near|from|outside|around|into|off|on|by|towards|across|sa|tại|ở)\s+(?:the\s+)?"
    rf"((?:{_CAP})(?:\s+{_CAP}){{0,2}})"
)
# A town by its state's or province's postal code: "outside Churchill, MB", "in Paris, TX".
_STATE_AFTER = regex.compile(
    r",\s*(?:AB|BC|MB|NB|NL|NS|NT|NU|ON|PE|PEI|QC|SK|YT|AL|AK|AZ|AR|CA|CO|CT|DE|FL|GA|HI|ID|IL|IN|IA"
    r"|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT"
    r"|VA|WA|WV|WI|WY|NSW|QLD|VIC|TAS|WA|SA|ACT)\b(?![-/])(?!\s*\d)"
)
_STREET_OR_ROUTE = regex.compile(
    rf"\b(?:{_CAP}\s+){{1,2}}(?:Street|St|Avenue|Ave|Road|Rd|Lane|Drive|Boulevard|Blvd|Highway"
    r"|Parkway|Square|Grove|Close|Crescent|Terrace|Gardens|Row|Roundabout|Way|Court|Place)\b|\b(?:Route|Rte|Highway|Hwy|Interstate|State\s+Road|SR)[\s-]?\d{1,3}\b"
    r"|\bI-(?!12[35]\b|131\b)\d{1,3}\b"  # I-95 is a road, I-131 an iodine isotope
    # a street named after its word, in French, Italian, Spanish and Portuguese: "avenue de la
    # Gare", "viale dei Mille", "calle de Alcalá", "rua Augusta"
    r"|\b(?i:rue|avenue|boulevard|chemin|quai|impasse|all[ée]e|viale|piazza|corso|calle|avenida|rua"
    r"|pasaje|pje\.?"
    r"|travessa)\s+(?:(?i:de\s+la|de\s+l['’]|du|des|de|d['’]|del|della|dei|degli|di|do|da|dos|das)\s*)?"
    r"\p{Lu}[\p{L}'’-]+"
)
# "the island of Inishbofin", "the village of Ballyvourney": the kind of place says it is one.
# A school or a market named first in Spanish and Portuguese: "Colegio San Ignacio de Loyola",
# "Mercado de Bazurto", "Escola Estadual Castro Alves".
_PLACE_FIRST = regex.compile(
    r"\b(?:Colegio|Escuela|Escola|Liceo|Liceu|Instituto|Mercado|Feira|Estadio|Estádio|Plaza|Praça"
    r"|Parque|Iglesia|Igreja|Cárcel|Penal|Presídio)\s+(?:(?:de|do|da|del|dos|das|Estadual|Municipal"
    r"|Nacional|Público|Pública)\s+)*\p{Lu}[\p{L}'’-]+(?:\s+(?:de\s+)?\p{Lu}[\p{L}'’-]+){0,3}"
)
_PLACE_OF = regex.compile(
    rf"\b(?i:island|isle|village|town|townland|hamlet|parish|county|city|valley)\s+of\s+{_CAP}"
    # "la comunidad de Tinquipaya", "o povoado de X", "das Dorf X", "barangay San Isidro"
    rf"|\b(?i:comunidad|comunidade|pueblo|aldea|vereda|corregimiento|povoado|aldeia|vilarejo"
    rf"|localidad|Dorf|Gemeinde|kampung|desa|barangay|köy|köyü|wieś|gmina|kommun)"
    rf"\s+(?:de\s+|do\s+|da\s+|of\s+)?{_CAP}"
)
_LANDMARK = regex.compile(
    rf"((?:(?:{_CAP}|\d{{1,2}}(?:st|nd|rd|th))\s+){{1,3}})(?:Park|Bridge|Lake|River|Beach|Mall|Airport|Station|Stadium|Arena"
    r"|Festival|Fair|Marathon|School|Academy|College(?!\s+of)|Polytechnic|Primary|High|Church|Cathedral|Mosque|Temple|Synagogue|Prison|Jail"
    r"|Zoo|Tower|Market|Bay|Harbou?r|Island|Mountain|Falls|Canyon|Forest|Valley|Speedway|Hall"
    r"|Racecourse|Circuit)\b"
    r"|\b(?i:county\s+fair|state\s+fair|town\s+square|village\s+green|ski\s+resort"
    r"|the\s+local\s+(?:park|pool|school|pub|bar|church|market|zoo|stadium|fair|festival"
    r"|marathon|rodeo|gym|mall|beach|football\s+club|rugby\s+club))\b"
)
# Platforms are no places: "on TikTok", "on YouTube".
_PLATFORMS = exact(
    """
    youtube tiktok instagram facebook twitter snapchat reddit linkedin whatsapp telegram
    bluesky mastodon threads discord twitch pinterest wechat weibo strava garmin tumblr
    """
)
_NOT_PLACES = PLAIN_WORDS | MEDICAL_WORDS | EPONYMS | EPONYM_HEADS | FIRST_NAMES | _PLATFORMS
_FUNCTION_WORDS = exact(
    """
    the a an at in on from to this that our their his her
    """
)


# A sentence about a meeting or about history: its places are not the patient's ("presented
# at ECR in Vienna", "pioneered obstetric ultrasound in Glasgow in the late 1950s").
_NOT_THE_PATIENTS = regex.compile(
    r"\b(?:(?i:congress|conference|meeting|symposium|workshop|lecture|webinar|poster"
    r"|pioneered|invented|discovered|nobel)|RSNA|ECR|ESR|ARRS|ISMRM|ESSR|ESGAR|UKIO|BIR|RCR"
    r"|ASNR|SNMMI|AOCR|RANZCR|CAR|ESTI|ESPR|SPR)\b"
    r"|\b(?:1[5-8]\d\d|19[0-6]\d)s?\b|\b(?i:the\s+(?:(?:early|mid|late)[-\s]+)?(?:19)?[1-6]0s)\b"
)
_SENTENCE = regex.compile(r"[^.!?;\n]+")


# A trade by its town: "Tai O fisherman", "Tralee farmer". Where the town is no common word
# and no region, it narrows the patient to a few people.
_TOWN_TRADE = regex.compile(
    rf"(?<![\w'’-])(\p{{Lu}}\p{{Ll}}+(?:\s+\p{{Lu}}(?:\p{{Ll}}+)?)?)\s+(?-i:{_JOBS})\b(?!['’])"
)
_TOWN_TRADE_NOTE = "a trade and a town name a few people: write 'a fisherman' or 'a farmer'"


def _a_town_word(word: str) -> bool:
    folded = fold(word)
    if folded in CITIES:
        return True
    if folded in _PEOPLES or folded.endswith(("ish", "ese", "ian", "ean")):
        return False  # "Cornish", "Maltese", "Bedouin": a people, too many to narrow anyone
    known = PLAIN_WORDS | MEDICAL_WORDS | EPONYMS | EPONYM_HEADS
    return folded not in known and zipf(folded) < 3.6


# Peoples, too many to narrow anyone; and the articles that capitalise a German or Romance
# sentence's first noun ("Ein Bergmann").
_PEOPLES = words("""
    bedouin maasai masai inuit navajo sami amish aboriginal maori zulu xhosa kurdish berber tuareg
    roma gypsy traveller hmong karen druze parsi sikh hindu muslim christian jewish catholic
    kiwi aussie yankee cockney geordie scouse
""") | words("""
    ein eine einem einer der die das el la le il un una uno une een het
    ancien ancienne antiguo antigua ehemaliger ehemalige voormalige uilleann
""")


def _told_elsewhere(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in _SENTENCE.finditer(text) if _NOT_THE_PATIENTS.search(m.group())]


def _places(text: str) -> Iterator[Hit]:
    elsewhere = _told_elsewhere(text)
    for hit in _place_hits(text):
        if not any(s <= hit.start < e for s, e in elsewhere):
            yield hit


# "by" after a deed: the one who did it, not a place beside which
_AGENT_BY = regex.compile(
    r"(?i:\b(?:\w+(?:ed|en|wn)|work|works|done|made|led|run|held|taught|written|proposed)\s+by\s+$)"
)
_SCALE_BEFORE = regex.compile(
    r"(?i:\b(?:escala|scala|[ée]chelle|skala|clasificaci[oó]n|classifica\w*|crit[eé]ri\w*|signo"
    r"|sinal|signe|segno)\s+(?:de|di|du|da|do|of|der|von)\s+)$"
)


def _place_hits(text: str) -> Iterator[Hit]:
    for match in _PLACE_AFTER_PREPOSITION.finditer(text):
        if _AGENT_BY.search(text, 0, match.start(1)):
            continue  # "modified by Walsh and Kliegman", "shown to work by Liggins": who did it
        words = match.group(1).split()
        parts = [fold(p) for w in words for p in w.split("-")]
        if all(p in EPONYMS for p in parts):
            continue  # "arrow on Pellegrini-Stieda calcification"
        # ("Michael Brown, MD" is a doctor, not a town in Maryland)
        state = fold(words[0]) not in FIRST_NAMES and _STATE_AFTER.match(text, match.end(1))
        if fold(words[0]) in CITIES or not any(fold(w) in _NOT_PLACES for w in words) or state:
            yield Hit("place", match.start(1), state.end() if state else match.end(1))
    for match in _STREET_OR_ROUTE.finditer(text):
        yield Hit("place", match.start(), match.end())
    for match in _TOWN_TRADE.finditer(text):
        named = match.group(1).split()
        if all(_a_town_word(w) for w in named if len(w) > 1) and len(named[0]) > 1:
            yield Hit("address", match.start(1), match.end(1), _TOWN_TRADE_NOTE)
    for pattern in (_PLACE_OF, _PLACE_FIRST):
        for match in pattern.finditer(text):
            yield Hit("place", match.start(), match.end())
    for match in _LANDMARK.finditer(text):
        leading = (match.group(1) or "").split()
        if not leading or any(fold(w) not in _FUNCTION_WORDS | MEDICAL_WORDS for w in leading):
            yield Hit("place", match.start(), match.end())
    for match in _CAPITALISED.finditer(text):
        if fold(match.group()) in CITIES and not _followed_by_head(text, match.end()):
            if fold(match.group()) in EPONYMS and _SCALE_BEFORE.search(text, 0, match.start()):
                continue  # "escala de Glasgow de 8": the scale, not the city
            yield Hit("place", match.start(), match.end())


_CAPITALISED = regex.compile(r"\b\p{Lu}\p{Ll}+\b")


def _followed_by_head(text: str, end: int) -> bool:
    """'Glasgow Coma Scale', 'Ottawa ankle rules', 'Milan criteria' are scores, not places;
    so are 'Paris, Vienna and Kudo classifications', a list of them."""
    following = re.findall(r"[A-Za-z]+", text[end : end + 60])[:6]
    if any(fold(w) in EPONYM_HEADS for w in following[:2]):
        return True
    for word in following:
        if fold(word) in EPONYM_HEADS:
            return True
        if not (word[0].isupper() or word in ("and", "or")):
            return False
    return False


# "Baker (popliteal) cyst", "Miller Fisher syndrome": a trade's word that names a lesion
_TRADE_EPONYM = re.compile(
    r"\s*(?:\([^)]{1,25}\)\s*)?(?:['’]s\s+)?(?i:cyst|sign|disease|syndrome|fracture|lesion|scale"
    r"|grade|classification|score|modifi\w+|node|nodule|ulcer|tumou?r)\b"
)


# Work told in Romanian, Croatian, Serbian, Slovenian and the Baltic languages: "lucrează ca
# brutar", "građevinski radnik", "dirba kasininke", "töötab bussijuhina".
_WORKS_AS = re.compile(
    r"(?i:\b(?:lucreaz[aă]\s+(?:ca|la|[îi]n)|radi\s+(?:kao|u)|dela\s+(?:kot|v)|dirba|str[aā]d[aā]\s+(?:par|[aā]r)"
    r"|t[öo][öo]tab)\s+\w+|\b\w+\s+(?:radni(?:k|ca)|delavec|delavka|darbinieks|darbuotoj\w*"
    r"|t[öo][öo]line|muncitor)\b|\b\w+\s+(?:de\s+profesie|po\s+zanimanju|po\s+poklicu|po\s+profesiji"
    r"|p[eē]c\s+profesijas|pagal\s+profesij[aą]|ametilt|van\s+beroep|di\s+professione"
    r"|de\s+profession|von\s+Beruf|de\s+profiss[ãa]o|de\s+profesi[oó]n)"
    # Greek, Hebrew and Armenian in Latin letters: "einai psaras", "douleuei san oikodomos",
    # "oved ke-ritzpan", "taxi-i vartord e"
    r"|\b(?:douleu(?:ei|e|ane)\s+(?:san|os|ws)|oved(?:et)?\s+(?:ke|ka|be)-?|ashkhatum\s+e\s+(?:vorpes\s+)?)"
    r"\s*\w+|\beinai\s+(?:psaras|agrotis|odigos|oikodomos|ydravlikos|ilektrologos|mageiras|servitoros"
    r"|taxitzis|nosileftria|nosileftis|daskalos|daskala|kathigitis|ergatis|voskos|ktinotrofos|naftis"
    r"|astynomikos|pyrosvestis|ypallilos|kommotria|koureas|fournaris|xasapis|chasapis)\b"
    # Thai, Lao and Khmer: "jea kamakor rong chakr", "pen khon khap rot", "pen mae kha"
    r"|\bjea\s+kamakor\b|\bpen\s+(?:chao\s+na|sao\s+na|chao\s+rai|mae\s+kha|pho\s+kha|khon\s+khap\s+\S+|rap\s+jang"
    r"|khru|chang\s+\w+|nak\s+muay)\b"
    # Uzbek, Azerbaijani, Kazakh and Kyrgyz: "payvandchi bo'lib ishlaydi", "peşəkar pianoçudur",
    # "shahtada jumys istegen kenshi"
    r"|\b\w+\s+(?:bo['‘’]lib|kimi|bolyp|bolup)\s+(?:ishlaydi|ishlagan|i[şs]l[əe]yir|i[şs]l[əe]yib"
    r"|jumys\s+ist\w*|ishtegen|ishteyt)\b|\bpe[şs][əe]kar\s+\w+|\bk[áa]sipq?o[ıi]\s+\w+"
    r"|\bjumys\s+istegen\s+\w+"
    r"|\b\w+(?:-i)?\s+vartord\b|\b(?:hu|hi)\s+(?:nahag|nehag|nagar|chashmalai|instalator|ritzpan|dayag"
    r"|chaklai|tabach|sapar|ganan|shomer|more|mora|achot)\b)"
)


def find_risks(text: str) -> Iterator[Hit]:
    """Yield warnings: recency, named places, occupations and public roles, rare events."""
    for kind, pattern in (
        ("recency", _RECENCY),
        ("occupation", _OCCUPATION),
        ("occupation", _WORK),
        ("rare_event", _RARE),
        ("occupation", _WORKS_AS),
    ):
        for match in pattern.finditer(text):
            if kind == "occupation" and (
                _TRADE_EPONYM.match(text, match.end())
                or HYPOTHETICAL.search(sentence_at(text, match.start()))
            ):
                continue
            yield Hit(kind, match.start(), match.end())
    # "builds and restores church pipe organs for a living": the clause before it
    for match in _FOR_A_LIVING.finditer(text):
        start = max(text.rfind(c, 0, match.start()) for c in ",;.:\n") + 1
        yield Hit("occupation", start + len(text[start:]) - len(text[start:].lstrip()), match.end())
    yield from _places(text)


_FOR_A_LIVING = re.compile(r"(?i:\bfor\s+a\s+living\b|\bby\s+trade\b)")
