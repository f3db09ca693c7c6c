"""Relative dates: "yesterday", "last Tuesday", "the Friday before last", "three days ago".

Posted, a relative date tells the world the day: it is counted back from the post. So these
block as dates. Story time ("two weeks later", "on day 3", "six months after surgery") is
relative to the case, not to the post, and passes.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

from .findings import Hit
from .languages import south_asian

_WEEKDAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
_PART_OF_DAY = r"(?:morning|afternoon|evening|night|lunchtime|teatime)(?!s)"
_GENERIC_PLURAL = r"(?!(?:was|is|has|his|as|this|always|its|us|yes|resus|status|bus)\b)[a-z]+s\b"
_UNIT = r"(?:min(?:ute)?s?|h(?:ou)?rs?|days?|nights?|weeks?|fortnights?)"
_COUNT = (
    r"(?:\d{1,2}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen"
    r"|twenty|thirty|forty|forty-five|fifty|ninety|half\s+an?|a\s+couple\s+of|a\s+few|few|several|some)"
)
# "last week's quiz answer", "this week's case": the day of a post, not of a patient
_NOT_A_POST = (
    r"(?<!['’]s)(?!['’]s\s+(?:#\w+\s+)?(?:quiz|question|answer|post|poll|thread|case\s+of\s+the"
    r"\s+(?:day|week)|challenge|edition|episode|teaching|lecture|webinar|session|journal\s+club)\b)"
    # "so this week we post mammo cases": the account's week, not the patient's
    r"(?!,?\s+(?:we|I)(?:['’](?:re|m|ll))?\s+(?:are\s+|will\s+|am\s+)?(?:post|posting|share|sharing"
    r"|feature|featuring|focus|focusing|run|running|celebrate|highlight|cover|covering|review"
    r"|discuss|present|presenting)\b)"
)
_PATTERNS = [
    # "yesterday's quiz answer" dates the quiz, not a patient
    r"(?:the\s+)?day\s+before\s+yesterday|yesterday(?!['’]s\s+(?:#\w+\s+)?(?:quiz|question|answer"
    r"|post|poll|case\s+of\s+the\s+day))(?:['’]s)?|tonight(?:['’]s)?",
    rf"(?:last|this|next|this\s+past)\s+(?:{_PART_OF_DAY}|week(?:end)?|month|fortnight"
    rf"|{_WEEKDAY}|spring|summer|autumn|fall|winter)(?:['’]s)?{_NOT_A_POST}",
    rf"(?:the\s+)?(?:{_WEEKDAY}|week(?:end)?|night|evening|morning)\s+before\s+last",
    # "we discharge him Tuesday gone", "Friday last"
    rf"(?:on\s+)?{_WEEKDAY}\s+(?:gone|last)\b",
    # "over the Chinese New Year long weekend just gone"
    r"(?:weekend|week|holiday|holidays|break|bank\s+holiday|new\s+year|festival|season)\s+just\s+(?:gone|past)",
    # a weekday cut short: "last Tues"; not "sun" or "sat", the star and the verb
    r"(?:last|this\s+past)\s+(?:mon|tues?|weds?|thu|thurs?|fri)\b\.?",
    rf"(?:earlier|later)\s+(?:today|tonight|this\s+(?:{_PART_OF_DAY}|week))",
    # ("from Ian Donald to today": the present as the end of a history)
    r"(?<!\bto\s)(?<!\buntil\s)(?<!\btill\s)"
    r"today(?!['’]s\s+(?:#\w+\s+)?(?:case|quiz|question|answer|post|image|teaching|theme|topic"
    r"|lesson|tip|sign|diagnosis)\b)(?![-\s]+(?:we|I|still|remains?|continues?)\b)"
    # "today's burden", "today's scanners": the present day, not the day of the post
    r"(?!['’]s\s+(?:\w+\s+)?(?:burden|world|practice|standards?|radiolog\w*|medicine|guidelines?"
    r"|imaging|scanners?|technology|generation|trainees|residents|era|climate|landscape|doses?"
    r"|protocols?|systems?|workforce)\b)",
    rf"{_COUNT}\s+{_UNIT}\s+(?:ago|back)",
    rf"a\s+couple\s+(?:of\s+)?{_UNIT}\s+(?:ago|back)",
    # counted back from the post itself: "T-minus 36 h relative to this post", "40 min before
    # posting"
    rf"t[-\s]?minus\s+{_COUNT}\s*(?:{_UNIT}|h\b)",
    rf"{_COUNT}\s*(?:{_UNIT}|h\b)\s+(?:before|prior\s+to|relative\s+to)\s+(?:this\s+post|posting|I\s+post"
    rf"|writing|I\s+write)",
    r"the\s+other\s+(?:day|night|week)",
    rf"(?:on|since|by|until|till|from)\s+(?:the\s+)?{_WEEKDAY}(?!s)(?:\s+{_PART_OF_DAY})?",
    # "Friday night she fell", not "Friday afternoon films": a plural after it is generic.
    rf"{_WEEKDAY}(?:['’]s\s+\w+|\s+{_PART_OF_DAY}(?!\s+{_GENERIC_PLURAL}))",
    r"over\s+the\s+(?:bank\s+holiday|long|holiday|easter|christmas|new\s+year)\s+weekend",
    r"(?:the\s+)?(?:bank[-\s]holiday\s+)?(?:weekend|week|month|bank[-\s]holiday)\s+just\s+(?:gone|passed)",
    r"(?:just\s+now|right\s+now|as\s+we\s+speak|at\s+the\s+moment)",
    r"(?:came|come|brought|admitted|arrived|presented|rolled)\s+(?:in\s+)?overnight",
    r"l(?:a)?st\s+(?:nite|nyt)|lst\s+night|tonite|2nite|2day|y['’/]?day|yest['’]?day|ystrdy|this\s+a\.?m\b"
    r"|this\s+p\.?m\b",
    r"(?:on\s+)?(?:mon|tues?|wed(?:nes)?|weds|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\s+just\s+"
    r"(?:gone|past)",
    # last Tuesday, last week, three days ago in other languages
    r"(?:el\s+)?(?:lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo)\s+pasado"
    r"|(?:la\s+)?semana\s+pasada|(?:el\s+)?(?:fin\s+de\s+semana|finde)\s+pasado"
    r"|hace\s+(?:\d{1,2}|un|una|dos|tres|cuatro|cinco|unos|unas|pocos|pocas)\s+(?:d[ií]as|semanas|noches)"
    r"|(?:esta|la)\s+madrugada(?:\s+de\s+(?:hoy|ayer))?|madrugada\s+de\s+(?:hoy|ayer|hoje|ontem)"
    r"|(?:na\s+)?(?:segunda|ter[çc]a|quarta|quinta|sexta)(?:-feira)?\s+passada"
    r"|(?:no\s+)?(?:s[aá]bado|domingo)\s+passado|(?:na\s+)?semana\s+passada"
    r"|h[aá]\s+(?:\d{1,2}|um|uma|dois|duas|tr[eê]s|poucos|poucas|alguns|algumas)\s+(?:dias|semanas|noites)"
    r"|hoje\s+(?:de|pela)\s+manh[aã]|ontem\s+(?:à|a)\s+(?:tarde|noite)"
    r"|(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+(?:dernier|pass[ée])"
    r"|la\s+semaine\s+(?:derni[eè]re|pass[ée]e)|le\s+week-?end\s+(?:dernier|pass[ée])"
    r"|il\s+y\s+a\s+(?:\d{1,2}|deux|trois|quatre|quelques)\s+(?:jours|semaines|nuits)"
    r"|(?:luned[iì]|marted[iì]|mercoled[iì]|gioved[iì]|venerd[iì]|sabato|domenica)\s+scors[oa]"
    r"|la\s+settimana\s+scorsa|(?:\d{1,2}|due|tre|quattro|qualche)\s+giorni\s+fa"
    r"|(?:letzten|vergangenen)\s+(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag)"
    r"|letzte\s+Woche|vor\s+(?:\d{1,2}|zwei|drei|vier|ein\s+paar|wenigen)\s+Tagen"
    r"|(?:afgelopen|vorige)\s+(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|week"
    r"|weekend)|(?:\d{1,2}|twee|drie|vier|een\s+paar)\s+dagen\s+geleden"
    r"|i\s+(?:måndags|tisdags|onsdags|torsdags|fredags|lördags|söndags|mandags|tirsdags|torsdags"
    r"|lørdags|søndags)|förra\s+veckan|forrige\s+uke|sidste\s+uge|forrige\s+uge"
    # "forrige tirsdag", "förra tisdagen", Faroese and Icelandic "í síðstu viku"
    r"|(?:forrige|förra|sidste)\s+(?:mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag|måndag\w*"
    r"|tisdag\w*|onsdagen|torsdagen|fredagen|lördag\w*|söndag\w*)"
    r"|(?:í\s+)?síð(?:stu|ustu)\s+viku|í\s+gjár(?:kvøldið|morgun)?|í\s+gær(?:kvöldi|morgun)?"
    r"|för\s+(?:\d{1,2}|två|tre|några)\s+dagar\s+sedan|for\s+(?:\d{1,2}|to|tre)\s+dag(?:er|e)\s+siden"
    r"|i\s+förrgår|i\s+forgårs|i\s+forgaars|toissa\s+päivänä"
    r"|dagens\s+(?:mr|ct|röntgen|undersökning|undersøgelse|undersøkelse|bilder|billeder|scan\w*)"
    r"|viime\s+(?:maanantaina|tiistaina|keskiviikkona|torstaina|perjantaina|lauantaina"
    r"|sunnuntaina|viikolla)|(?:\d{1,2}|kaksi|kolme)\s+päivää\s+sitten",
    # yesterday, today, last night in other languages
    r"ayer|anoche|anteayer|ontem|anteontem|avant-hier|gestern|vorgestern|wczoraj|przedwczoraj"
    # Luxembourgish: "gëschter den Owend", "haut de Moien", "virgëschter"
    r"|g[ëe]schter|virg[ëe]schter|haut\s+de\s+moien|haut\s+de\s+mëtteg"
    # today, unless it is the day of the post: "Dziś przypadek z mammografii", "Heute ein Fall"
    r"|(?:hoy|hoje|aujourd['’]hui|heute|dzisiaj|dziś|vandaag|idag|i\s+dag)(?!,?\s+(?:\w+\s+){0,2}?"
    r"(?:przypadek|quiz|zagadk\w*|caso|casos|cas|Fall|F[äa]lle|casus|fall|quizz?|reto|d[ée]fi|r[äa]tsel))"
    r"|gisteren|eergisteren|igår|i\s+går|i\s+morse|her\s+til\s+morgen|i\s+morges|tadi\s+malam|semalam|kemarin"
    r"|hier\s+(?:soir|matin|après-midi|apres-midi)|ce\s+matin|cette\s+nuit|ce\s+soir"
    # Quebec: "s'est blessé à matin", "à soir"
    r"|à\s+(?:matin|soir)\b"
    r"|cet\s+après-midi|esta\s+mañana|esta\s+noche|esta\s+tarde|anteanoche|gisteravond"
    r"|gisterochtend|vannacht|vanochtend|vanmorgen|vanmiddag|vanavond|gestern\s+abend"
    r"|heute\s+(?:morgen|früh|nacht)|letzte\s+nacht|w\s+nocy|dziś\s+rano|ontem\s+à\s+noite"
    # Hindi and Urdu written in Latin letters, Turkish, Tagalog, Italian
    r"|kal\s+(?:raat|rat|shaam|sham|subah|dopahar)|aaj\s+(?:subah|sham|shaam|raat|dopahar)"
    r"|parso|parson|abhi\s+abhi"
    # ... and Bengali, Marathi and Punjabi: "do ghante pehle", "gotokal", "aaj sakali", "ajj saver"
    r"|(?:\d{1,2}|ek|do|teen|char|paanch|kuch|du|tin|char|don|be)\s+(?:ghante|ghanton|ghanta|ghonta"
    r"|din|dino|dinon|hafte|hafta|tas|taas|divas)\s+(?:pehle|pahle|pehlan|aage|age|agey|purvi)"
    r"|gotokal|gatokal|porshu|aaj\s+(?:sakali|sakal|sokale|sokal|ratri|saver|savere|raati)"
    r"|ajke\s+(?:sokale|sokal|raate|bikele)|kaal\s+(?:ratri|sandhyakali|sakali)"
    r"|kal\s+(?:raati|saver|sandhya)|ajj\s+(?:saver|savere|raat)"
    # Arabic in Latin letters (Darija, Egyptian, Gulf) and Persian: "lbara7", "embare7",
    # "had sbah", "gabl sa3atein", "dirooz", "dishab", "do saat pish"
    # Russian, Belarusian, Bulgarian, Serbian and Macedonian in Latin letters: "vchera",
    # "uchora uvechary", "segodnya utrom", "snoshti", "sinoć", "jutros", "minatata nedela"
    r"|vchera|vcera|včera|uchora|uchara|pozavchera|zavchera|segodnya\s+(?:utrom|nochyu|dnyom)"
    r"|segodnya\s+noch\w*|snoshti|sinoć|sinoc|sinoćka|jutros|juče|juce|jučer|jucer|vchera\w*"
    r"|(?:na\s+)?proshl\w+\s+nedel\w*|minatat\w*\s+(?:nedela|sedmica|sedmitsa)|minalat\w*\s+sedmica"
    r"|proshlata\s+sedmitsa|prošle\s+nedelje|prosle\s+nedelje"
    r"|l?bara7|el-?bare7|embare7|imbare7|mbare7|el-?ba7|lbar7|had\s+(?:s-?)?sba[7h]|had\s+l-?lil"
    r"|(?:gabl|abl|9bel|qabl|qbel)\s+(?:\w+\s+)?(?:sa3a\w*|sa3tein|sa3atein|sa3at|saa3at|youm\w*"
    r"|yom\w*|ayam|ayyam|iyam)|el-?naharda|ennaharda|elyoum\s+(?:el-?sob7|s-?sba7)"
    r"|dirooz|diruz|dishab|parishab|emrooz\s+sobh|emruz\s+sobh|emshab"
    r"|(?:\d{1,2}|do|se|chahar|panj|chand)\s+(?:saat|ruz|rooz|hafte)\s+(?:pish|qabl)"
    r"|(?:pichhle|pichle|pichhli|pichli|gelya)\s+(?:hafte|haftey|mahine|somvar|mangalvar|budhvar"
    r"|guruvar|jumme|shukravar|shanivar|ravivar|itvaar|itwar|aathvadyat)"
    r"|dün(?:\s+gece)?|bu\s+sabah|bu\s+gece|dün\s+akşam|kahapon"
    r"|kagabi|kaninang\s+umaga|ieri(?:\s+sera)?|stanotte|stamattina|stasera|oggi"
    r"|tout\s+à\s+l['’]heure|tantôt|poco\s+fa|hace\s+un\s+rato|há\s+pouco"
    r"|deze\s+(?:voormiddag|namiddag|ochtend|middag|avond|nacht)|(?:afgelopen|vorige)\s+(?:maandag"
    r"|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)|(?:letzten|vergangenen|vorigen)\s+(?:Montag"
    r"|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag)|heute\s+(?:vormittag|nachmittag|abend)"
    r"|ce\s+week-?end|cette\s+semaine|la\s+semaine\s+derni[eè]re|dimanche\s+dernier|samedi\s+dernier"
    # a day of this week by its part: "domenica sera", "dimanche soir"
    # (not "le lundi matin", "di domenica sera": every Monday, any Sunday)
    r"|(?<!\ble\s)(?<!\bdi\s)(?<!\bil\s)(?<!\bogni\s)(?<!\bchaque\s)"
    r"(?:(?:luned[iì]|marted[iì]|mercoled[iì]|gioved[iì]|venerd[iì]|sabato|domenica)\s+(?:sera|mattina"
    r"|notte|pomeriggio)|(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+(?:soir|matin"
    r"|apr[eè]s-midi))"
    r"|questo\s+(?:fine\s+settimana|week-?end)|la\s+settimana\s+scorsa|domenica\s+scorsa|sabato\s+scorso"
    # Icelandic: "síðastliðinn þriðjudag", "um helgina", "í gær", "í morgun", "í nótt"
    r"|s[íi][ðd]astli[ðd]in[n]?\s+\w+dag|um\s+helgina|[íi]\s+g[æa]r(?:kv[öo]ldi|morgun)?"
    r"|[íi]\s+morgun|[íi]\s+n[óo]tt|fyrradag"
    r"|fa\s+una\s+estona|fa\s+un\s+moment|fai\s+un\s+(?:intre|anaco|momento)|hai\s+un\s+(?:intre|anaco)"
    # Australian: "this arvo"
    r"|this\s+arvo|this\s+avo|s['’]arvo|i\s+natt|i\s+nat|i\s+går\s+kväll|i\s+går\s+kveld|i\s+aftes"
    r"|tänään|eilen|toissapäivänä|tänä\s+aamuna|viime\s+yönä"
    # Afrikaans, and tomorrow's plan for the patient: "going to theatre tmrw am"
    r"|gisteraand|gistermiddag|eergister|vanoggend|vanmiddag|vanaand"
    r"|tmrw|tmr|2moro|2mrw|tomoz|tomorrow(?!['’]s\s+(?:#\w+\s+)?(?:quiz|question|answer|post|poll|case"
    r"|lecture|talk|session|webinar|teaching))"
    r"|há\s+(?:poucas|algumas|umas|duas|tr[eê]s|\d+)\s+horas"
    r"|hace\s+(?:unas?\s+|pocas\s+|algunas\s+|dos\s+|tres\s+|cuatro\s+|\d+\s+)?horas?"
    r"|now-now|just\s+(?:come|came)\s+in",
    r"just\s+(?:been\s+)?(?:seen|admitted|arrived|brought\s+in|came\s+in|rolled\s+in|scanned)",
    # yesterday, last night, this morning in Romanian, Croatian, Serbian, Bosnian, Slovenian,
    # Lithuanian, Latvian and Estonian: "aseară", "jutros", "vakar vakare", "üleeile õhtul"
    r"aseară|azi[-\s]noapte|azi[-\s]diminea[țţt][aă]|ieri(?:\s+(?:sear[aă]|diminea[țţt][aă]))?"
    r"|alalt[aă]ieri|s[aă]pt[aă]m[aâ]na\s+trecut[aă]|acum\s+(?:\d{1,2}|dou[aă]|trei|c[aâ]teva)\s+zile"
    r"|ju[cč]er(?:\s+(?:popodne|uve[cč]e|ujutro|nave[cč]er|zjutraj|popoldne))?|jutros|sino[cć]|no[cć]as"
    r"|prekju[cč]er|prekju[cč]e|prek[jv]?[cč]eraj|v[cč]eraj(?:\s+zve[cč]er)?|zjutraj|dane?s\s+(?:ujutro|zjutraj)"
    r"|pro[sš]l(?:og|e|i)\s+(?:tjedna|nedelje|sedmice|tedna|vikenda|vikenda)|prije\s+(?:\d{1,2}|dva|tri)\s+dana"
    r"|pre\s+(?:\d{1,2}|dva|tri)\s+dana|pred\s+(?:\d{1,2}|dvema|tremi)\s+dnevi"
    r"|vakar(?:\s+(?:vakare|ryte|naktį))?|[šs]iandien(?:\s+ryte)?|[šs][įi]ryt|u[žz]vakar|pra[ėe]jus[ią]\s+savait[ęe]"
    r"|vakar(?:\s+vakar[aā]|\s+no\s+r[iī]ta)?|[šs]odien(?:\s+no\s+r[iī]ta)?|[šs]or[iī]t|aizvakar"
    r"|pag[aā]ju[šs]aj[aā]\s+ned[eē][lļ]\w*"
    # Latvian, Lithuanian and Ukrainian in Latin letters: "pirms divām dienām", "pozavchora"
    r"|pirms\s+(?:\d{1,2}|div[āa]m|trim|da[žz][āa]m)\s+dien[āa]m|prie[šs]\s+(?:\d{1,2}|dvi|tris|kelias)\s+dienas"
    r"|pozavchora|vchora(?:\s+vvecheri|\s+vrantsi)?|s['’]?ohodni\s+vrantsi|mynuloho\s+tyzhnia"
    r"|(?:\d{1,2}|dva|dvi|try)\s+dni\s+tomu|vnochi"
    # Estonian weekdays: "laupäeval"
    r"|esmasp[äa]eval|teisip[äa]eval|kolmap[äa]eval|neljap[äa]eval|reedel|laup[äa]eval|p[üu]hap[äa]eval"
    # Basque: "atzo goizean", "herenegun", "bart gauean"
    r"|atzo(?:\s+(?:goizean|arratsaldean|gauean))?|herenegun|gaur\s+goizean|bart\s+gauean"
    r"|joan\s+den\s+astean"
    r"|eile(?:\s+(?:[õo]htul|hommikul|[öo]sel))?|[üu]leeile(?:\s+[õo]htul)?|t[äa]na\s+hommikul|t[äa]na\s+[öo]sel"
    r"|m[õo]ni\s+p[äa]ev\s+tagasi|eelmisel\s+n[äa]dalal"
    # last weekend in those languages, and Irish: "pretekli konec tedna", "inné", "aréir"
    r"|pretekl\w+\s+konec\s+tedna|prej[sš]nji\s+teden|pro[sš]l\w+\s+vikend\w*|pag[aā]ju[sš]\w+"
    r"\s+ned[eē][lļ]\w*\s+nogal\w*|praeit\w*\s+savaitgal\w*|weekendul\s+trecut|inn[eé]|ar[eé]ir"
    r"|ar\s+maidin"
    # Maltese, Albanian and Slovenian: "lbieraħ filgħaxija", "mbrëmë", "dje", "davi"
    r"|(?:il-)?bieraħ(?:\s+(?:filgħaxija|filgħodu|wara\s+nofsinhar))?|lbieraħ|illum\s+filgħodu"
    r"|dil-għodwa|mbrëmë|mbreme|dje(?:\s+(?:në\s+mbrëmje|paradite|pasdite))?|pardje|sot\s+në\s+mëngjes"
    r"|javën\s+e\s+kaluar|davi"
    # Serbian's "juče", a weekday gone in Slovenian, Croatian, Serbian and Romanian, and
    # Bulgarian in Latin letters: "prejšnjo soboto", "prošlog petka", "vinerea trecută",
    # "minalata nedelya", "snoshti"
    r"|ju[cč]e(?:\s+(?:po\s*podne|uve[cč]e|ujutru|ujutro|nave[cč]e|rano))?|prekju[cč]e"
    r"|prej[sš]nj\w*\s+(?:ponedeljek|torek|sredo|[cč]etrtek|petek|soboto|nedeljo|teden|vikend\w*)"
    r"|pro[sš]l\w*\s+(?:ponedjelj\w*|ponedelj\w*|utor\w*|srijed\w*|sred[eua]|[cč]etvrt\w*"
    r"|pet(?:ak|ka|kom)|subot\w*|nedjelj\w*|nedelj\w*|tjedan|nedelju|sedmicu|vikend)"
    r"|(?:luni|mar[țţt]i|miercuri|joi|vineri|vinerea|s[aâ]mb[aă]t[aă]|duminic[aă]|lunea|mar[țţt]ea"
    r"|miercurea|joia|duminica)\s+trecut[aă]"
    r"|minal(?:ata|iya|ia|ija|ija|iyat|iya)\s+(?:sedmica|sedmitsa|nedelya|nedelia|ponedelnik"
    r"|vtornik|sryada|sriada|chetvartak|chetvurtuk|petak|sabota|sybota|uikend|weekend|mesets)"
    r"|snoshti|snosht|tazi\s+sutrin|tazi\s+nosht|ondenya|zavchera"
    r"|predi\s+(?:\d{1,2}|dva|tri|nyakolko)\s+(?:dni|dena|chasa|sedmitsi)",
    # "Sunday arvo", "the lady we scanned Sunday"
    rf"(?:{_WEEKDAY}|yesterday|last|sat|sun|mon|tues?|wed|thu|thurs|fri)\s+arvo",
    rf"(?:scanned|admitted|seen|imaged|presented|fell|injured|arrived|operated|came\s+in"
    rf"|brought\s+in|rolled\s+in|x-?rayed|reviewed|discharged)\s+(?:last\s+)?{_WEEKDAY}(?!s)",
    # "this week" in the languages of Europe and Latin America: "denne uken", "w tym tygodniu"
    r"(?:earlier\s+|tidligere\s+|tidigare\s+|tidligere\s+)?(?:denne\s+uk(?:en|a)|denna\s+vecka"
    r"|(?:i\s+)?denne\s+uge|t[aä]ll[aä]\s+viikolla|w\s+tym\s+tygodniu|tento\s+t[yý]d(?:en|e[nň])"
    r"|tento\s+t[yý][zž]de[nň]|(?:ezen\s+)?a\s+h[eé]ten|esta\s+semana|nesta\s+semana"
    r"|cette\s+semaine|questa\s+settimana|diese\s+woche|deze\s+week|i\s+helgen|i\s+helga"
    r"|i\s+weekenden|o\s+v[ií]kendu|a\s+h[eé]tv[eé]g[eé]n)",
    r"(?:at|over|on)\s+the\s+(?:weekend|wknd|wkend|w/e)(?!s)|(?:last|this)\s+(?:wknd|wkend|w/e)\b",
    r"(?:mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)\.?\s+(?:night|morning|evening|afternoon)",
    r"(?:currently|presently|still)\s+(?:in(?!\s+(?:his|her|their|its|the\s+same|uniform|costume"
    r"|kit|gear|pain|doubt|use|keeping|place|situ|the\s+(?:\w+\s+)?window|(?:the\s+)?(?:normal\s+)?range"
    r"|the\s+differential))|on(?!\s+(?:display|show|view|exhibit|loan|record"
    r"|sale|the\s+market|file|tv|youtube))|admitted|intubated|ventilated|being|undergoing"
    r"|awaiting|in\s+(?:icu|itu|hdu|resus|theatre))",
    r"(?:on|since|by|from|until)\s+the\s+(?:[12]?\d|3[01])(?:st|nd|rd|th)"
    r"(?!\s+(?:day|week|month|year|rib|percentile|centile|floor|birthday|time|case|cycle"
    r"|dose|session|fraction|vertebra|toe|finger|digit|metatarsal|metacarpal|of\s+(?:the\s+)?"
    r"(?:day|week|month|cycle|these|those)))",
]
_RELATIVE = re.compile(r"\b(?:" + "|".join(_PATTERNS) + r")\b", re.IGNORECASE)


# In Chinese, Japanese and Korean: "昨晚", "今朝", "어제".
_CJK_RELATIVE = re.compile(
    r"昨晚|昨夜|昨日|昨天|前天|前日|一昨日|今朝|今早|今天|今日|今晚|今夜|先ほど|さっき|刚才|剛才|方才"
    r"|어제|오늘|그저께|방금|지난밤"
    # Russian, Ukrainian, Arabic, Greek, Hindi
    r"|(?i:вчера|сегодня|позавчера|сегодня\s+утром|этой\s+ночью|вчора|сьогодні)"
    r"|أمس|البارحة|اليوم|الليلة\s+الماضية|هذا\s+الصباح|(?i:χθες|σήμερα|προχθές)|कल\s+रात|आज"
)


# Yesterday, last night, this morning, the day before yesterday and some days ago in Latin
# letters, read without their accents ("tegnapelőtt", "tegnapelott"): Persian, Arabic, Turkish,
# Swahili, Hausa, Yoruba, Tagalog, Hungarian, Polish, Czech, Slovak, Greek, Hindi and Urdu.
# None is an English word; one that is ("ma", "jana", "ana", "kal") stands only in a phrase.
_WORLD_PATTERNS = [
    # Persian
    r"emr(?:oo|ou|u)z|dir(?:oo|ou|u)z|pari+r(?:oo|ou|u)z|d(?:i|ee)shab|emshab"
    r"|(?:\d{1,2}|do|se|chahar|chand|yek)\s+r(?:oo|ou|u)z\s+(?:pish|qabl|ghabl)"
    r"|hafte-?(?:ye)?\s+(?:pish|gozashte)",
    # Arabic, Levantine, Egyptian and Gulf
    r"(?:imb|emb|mb|lb|[ei]l[-\s]?b|al[-\s]?b)ar[ei]ha?|(?:al|el)[-\s]?bar[ie]?ha"
    r"|awwal\s+(?:ams|imbar[ei]h|embar[ei]h|mbar[ei]h)|ams\s+al[-\s]?awwal"
    r"|(?:al|el|il)[-\s]?(?:yawm|yaum|youm|yom)|elyoum|(?:en|el|in)[-\s]?naharda|naharda"
    r"|(?:min|men|qabla?)\s+(?:yom(?:ein|ain|een)|yawmayn|(?:\d{1,2}|talat|thalath|thalathat"
    r"|arba['a]?|kam)\s+(?:tiyy?am|ayy?am))|(?:el|al)[-\s]?lail?a\s+(?:elli\s+fatet|al[-\s]?madiya)",
    # Turkish
    r"evvel(?:si|ki)\s+g(?:un|ece)|bugun|bu\s+(?:aksam|ogleden\s+sonra)"
    r"|dun\s+(?:gece|aksam|sabah|ogleden)|(?:gecen|oten|keckin)\s+(?:hafta|gece|pazartesi|sali|carsamba"
    # Azerbaijani weekdays: "ötən çərşənbə axşamı", "keçən cümə"
    r"|bazar\s+ertesi|cersenbe(?:\s+axsami)?|cume(?:\s+axsami)?|senbe|bazar|heft[e]"
    r"|persembe|cuma|cumartesi|pazar)|(?:\d{1,2}|iki|uc|dort|bes|birkac|bir\s+kac)\s+gun\s+(?:once|evvel)",
    # Swahili
    r"jana\s+(?:usiku|asubuhi|jioni|mchana|saa)|usiku\s+wa\s+jana|(?:ali|wali|nili|tuli)\w+\s+jana"
    r"|jana\s+(?:ali|wali|nili|tuli)\w+|juzi(?:juzi)?|leo\s+(?:asubuhi|usiku|mchana|jioni)"
    r"|asubuhi\s+ya\s+leo|(?:siku|wiki)\s+(?:\d{1,2}|mbili|tatu|nne|tano|chache|kadhaa)\s+zilizopita"
    r"|wiki\s+(?:iliyopita|jana)",
    # Hausa
    r"jiya\s+da\s+(?:dare|safe|yamma|rana)|daren\s+jiya|shekaran\s?jiya"
    r"|yau\s+da\s+(?:safe|dare|yamma)|safiyar\s+yau"
    r"|kwana(?:ki)?\s+(?:\d{1,2}|biyu|uku|hudu|biyar|kadan)\s+da\s+suka\s+(?:wuce|gabata)"
    r"|makon\s+da\s+ya\s+(?:wuce|gabata)",
    # Yoruba
    r"lanaa|ale\s+ana|ijeta|(?:aaro|owuro|laaro)\s+oni"
    r"|ojo\s+(?:\d{1,2}|meji|meta|merin|marun|die)\s+(?:seyin|sehin)|ose\s+to\s+koja",
    # Indonesian and Malay: "kemarin", "tadi pagi", "semalam", "tiga hari yang lalu"
    r"kemarin(?:\s+(?:malam|pagi|sore|siang))?|kelmarin|tadi\s+(?:pagi|malam|siang|sore|petang)"
    r"|(?:pagi|petang|malam)\s+(?:tadi|ini)|semalam|hari\s+ini(?!\s+(?:kita|kasus|kes|kuis|soalan"
    r"|topik|tema))|(?:\d{1,2}|dua|tiga|empat|lima|beberapa)\s+hari\s+(?:yang\s+)?(?:lalu|lepas)"
    r"|minggu\s+(?:lalu|lepas)|baru[-\s]baru\s+ini",
    # Vietnamese, read without its accents: "hôm qua", "sáng nay", "ba ngày trước"
    r"hom\s+(?:qua|kia)|(?:sang|toi|dem|chieu|trua)\s+(?:nay|qua)"
    r"|hom\s+nay(?!\s+(?:chung\s+ta|ca|cau\s+hoi|chu\s+de))"
    r"|(?:\d{1,2}|hai|ba|bon|nam|vai|may)\s+(?:ngay|hom)\s+truoc|tuan\s+(?:truoc|qua|roi)",
    # Zulu and Xhosa, Luganda, Kinyarwanda, Afrikaans: yesterday, today, last night, last week
    r"izolo|ngayizolo|namhlanje|kuthangi|eggulo|jjo\s+lyo|leero\s+(?:ku\s+makya|ekiro)"
    r"|ejo\s+hashize|uyu\s+munsi|(?:ku\s+)?wa\s+\w+\s+ushize|icyumweru\s+gishize"
    r"|gister\w*|eergister|vanoggend|vanmiddag|vanaand|verlede\s+(?:week|nag|maandag|dinsdag"
    r"|woensdag|donderdag|vrydag|saterdag|sondag)",
    # Tagalog
    r"kahapon|kagabi|kamakalawa|kanina(?:ng\s+(?:hapon|gabi|tanghali|madaling[-\s]araw))?"
    r"|ngayong\s+(?:umaga|gabi|hapon|araw|linggo)|noong\s+isang\s+(?:araw|linggo|gabi)"
    r"|(?:\d{1,2}|dalawang|tatlong|apat\s+na|ilang)\s+araw\s+na\s+(?:ang\s+)?(?:nakalipas|nakaraan"
    r"|nakakaraan)|nakaraang\s+(?:linggo|gabi|lunes|martes|miyerkules|huwebes|biyernes|sabado)",
    # Hungarian
    r"tegnap\w*|ma\s+(?:reggel|delelott|delutan|este|ejjel|ejszaka|hajnal\w*)"
    r"|(?:\d{1,2}|ket|harom|negy|ot|hat|par|nehany|egy)\s+(?:nappal|hettel|napja|hete)\s+ezelott"
    r"|mult\s+(?:heten|hetfon|kedden|szerdan|csutortokon|penteken|szombaton|vasarnap|ejjel)"
    r"|az?\s+elmult\s+ejjel|mult\s+heti|(?:a\s+)?mult\s+het(?:en|i)",
    # Polish
    r"wczoraj\w*|przedwczoraj|dzis(?!\s+(?:\w+\s+)?(?:przypadek|quiz|zagadk\w*|pytanie|temat))"
    r"|(?:zeszlej|ubieglej|minionej)\s+nocy"
    r"|(?:\d{1,2}|dwa|dwie|trzy|cztery|piec|kilka|pare)\s+dni\s+temu|tydzien\s+temu"
    r"|w\s+(?:zeszlym|ubieglym)\s+tygodniu|(?:zeszlo|ubieglo)tygodniow\w*"
    r"|w\s+(?:zeszl\w*|ubiegl\w*|minion\w*|ostatni\w*)\s+(?:poniedzialek|wtorek|srode|czwartek"
    r"|piatek|sobote|niedziele|weekend)",
    # Czech and Slovak
    r"vcera\w*|predevcirem|predvcerom|dnes(?:\s+rano|\s+v\s+noci)?|minul(?:y|u|ou)\s+(?:tyden|tyzden|noc"
    r"|pondelok|pondeli|utorok|utery|stredu|streda|stvrtok|ctvrtek|piatok|patek|sobotu|sobota"
    r"|nedelu|nedeli|nedela|nedele)"
    r"|minulotyzdnov\w*|minulotydenn\w*"
    r"|pred\s+(?:\d{1,2}|dvema|tremi|ctyrmi|nekolika|dvoma|troma|par)\s+(?:dny|dnami|dnem)",
    # Greek
    r"(?:x|ch|h)th?es|pro(?:x|ch|h)th?es|(?<!mechri\s)(?<!mexri\s)(?<!eos\s)simera|apopse|apopsi"
    r"|prin\s+(?:\d{1,2}|dyo|dio|duo|treis|tris|merikes|liges)\s+meres",
    # "el mes pasado", "el domingo", "no domingo", "le mois dernier"
    # "na passada terça-feira", "no domingo passado", "sábado passado"
    r"(?:na\s+|no\s+)?passad[ao]\s+(?:segunda|terca|quarta|quinta|sexta|sabado|domingo)(?:-feira)?"
    r"|(?:segunda|terca|quarta|quinta|sexta)(?:-feira)?\s+passada|(?:sabado|domingo)\s+passado"
    r"|el\s+mes\s+pasado|o\s+mes\s+passado|le\s+mois\s+dernier|il\s+mese\s+scorso|letzten\s+monat"
    r"|vorige\s+maand|(?:el|este|no|neste)\s+(?:lunes|martes|miercoles|jueves|viernes|sabado|domingo"
    r"|segunda|terca|quarta|quinta|sexta)(?!\s+(?:de|por|a\s+las|santo|de\s+ramos))\b",
    # Portuguese, Catalan and Galician, and Spanish run together: "desta manhã", "fa unes
    # hores", "abans-d'ahir", "onte pola noite", "antesdeayer"
    r"(?:d|n)?esta\s+(?:manha|madrugada|noite)|(?:de\s+)?(?:aquest|aquesta)\s+(?:mati|nit|tarda"
    r"|matinada|setmana)|ahir(?:\s+(?:al\s+vespre|a\s+la\s+nit|al\s+mati|a\s+la\s+tarda))?"
    r"|abans[-\s]d['’]ahir|avui|fa\s+(?:\d{1,2}|un|una|uns|unes|dos|dues|tres|quatre|pocs|poques)"
    r"\s+(?:hores|hora|dies|dia|setmanes|nits)|la\s+setmana\s+passada"
    r"|(?:dilluns|dimarts|dimecres|dijous|divendres|dissabte|diumenge)\s+passat"
    r"|onte(?:\s+pola\s+(?:noite|mana|tarde))?|antonte|hoxe|esta\s+mana"
    r"|hai\s+(?:\d{1,2}|un|unha|uns|unhas|dous|duas|tres)\s+(?:dias|horas|semanas)"
    r"|antesdeayer|antier|antenoche",
    # Russian in Latin letters, and the Nordic languages: "vchera vecherom", "i morges"
    r"vchera|pozavchera|segodnya\s+(?:utrom|nochyu|vecherom)|nochyu"
    r"|i\s+morges|i\s+gar(?:\s+kveld|kveld)?|igar|i\s+forgars|i\s+forrgar|i\s+natt|i\s+nat"
    r"|i\s+morse|i\s+morgens|i\s+aftes",
    # Maltese: yesterday, last night, this morning, last week, some days ago, today
    r"(?:lejl\s+|filghaxija\s+)?il-?bierah|dal-?ghodu|il-lejla\s+li\s+ghaddiet"
    r"|(?:il-)?gimgha\s+li\s+ghaddiet|qabel\s+(?:jumejn|(?:\d{1,2}|tlitt?|erba['’]?|hames|ftit)\s+ijiem)"
    r"|illum(?!\s+(?:il-)?(?:kaz|quiz|mistoqsija))",
    # Irish: last night, the day before yesterday, today, this morning
    r"ar[eé]ir|ar[uú]\s+inn[eé]|inniu|ar\s+maidin\s+inniu",
    # Hindi and Urdu
    r"(?:\d{1,2}|do|teen|tin|char|chaar|paanch|panch|kuch|kai|chand)\s+din\s+(?:pehle|pahle|pehlay|qabl)"
    r"|pic?hh?le\s+(?:hafte|hafta|somvar|mangalvar|budhvar|guruvar|shukravar|shanivar|itvar|ravivar)"
    r"|guzishta\s+(?:raat|shab|roz|hafte)|kal\s+(?:shab|savere|sawere|subha|raat|rat)"
    r"|aaj\s+(?:subha|subhe|savere)"
    # Bengali: "gotokal rate", "aaj shokale"
    r"|got[oa]ka+l(?:\s+rate)?|aaj\s+shokale|porshu",
    # Greek in Latin letters: "xthes", "proxthes", "simera", "prin apo dyo ores"
    # ("apo tin archaiotita mechri simera": from antiquity to the present)
    r"x?thes|e?chthes|proxthes|prochthes|(?<!mechri\s)(?<!mexri\s)(?<!eos\s)simera|apopse"
    r"|prin\s+apo\s+(?:\d{1,2}|mia|mia|dyo|dio|treis|tris|tesseris|merikes|liges|kamia)\s+"
    r"(?:ores|wres|ora|wra|meres|mera|evdomades|evdomada|lepta)"
    r"|(?:tin|to|ti)\s+perasmen[io]\s+(?:evdomada|Deftera|Triti|Tetarti|Pempti|Paraskevi|Savvato"
    r"|Kyriaki|mina|Savvatokyriako)",
    # Hebrew in Latin letters: "etmol", "shilshom", "ha-boker", "ba-yom shlishi she'avar"
    r"etmol|shilshom|emesh|ha-?boker|ha-?yom|ha-?laila|ha-?erev"
    r"|lifnei\s+(?:yomayim|shavua|shvu['’]?ayim|sha['’]?atayim|sha['’]?a|\d{1,2}\s+(?:yamim|sha['’]?ot)"
    r"|kama\s+(?:yamim|sha['’]?ot))"
    r"|ba-?(?:yom\s+\w+|shavua|chodesh|shabbat|laila)\s+she-?['’]?avar",
    # Thai, Khmer and Lao in Latin letters: "mua wan", "wan nee", "meu vaan nee", "wan angkhan
    # thi laew", "msel minh", "thngai nis"
    r"mua\s*wan(?:\s*nee)?|meu\s*(?:vaan|wan)(?:\s*nee)?|wan\s*nee|meu\s*nee|msel\s*minh|thngai\s*nis"
    r"|(?:wan|vanh?)\s+(?:jan|angkhan|phut|pharuehat|phruehat|suk|sao|athit)\s+(?:thi\s+)?(?:laew|lao)"
    r"|athit\s+(?:thi\s+)?(?:laew|kon)|sapda\s+thi\s+laew"
    r"|(?:(?:\d{1,2}|song|sam|si|ha|muoy|pi|bei)\s+){1,2}(?:chua\s*mong|thngai|wan|moung|mong)\s+"
    r"(?:kon|korn|mun|thi\s+laew)",
    # Uzbek, Azerbaijani, Kazakh and Kyrgyz in Latin letters: "dünən gecə", "bu səhər", "keshe
    # túste", "ötkön shayshembide", "bir necha soat oldin"
    r"d[üu]n[əe]n|bu\s+s[əe]h[əe]r|keshe|kesheгi|b[úu]gin|bugun|bugün|kecha\s+(?:kechqurun|tunda"
    r"|ertalab|kechasi)|bu\s+kun|bu\s+g[üu]n"
    r"|(?:[öo]tk[öo]n|[óo]tken|o['‘’]tgan|ke[çc][əe]n)\s+\w*(?:shanba|shembi|senbi|[şs][əe]nb[əe]|juma"
    r"|c[üu]m[əe]|apta|hafta|h[əe]ft[əe])\w*"
    r"|(?:\d{1,2}|bir\s+ne[çc]h?c?a|bir\s+ne[çc][əe]|birneshe|bir\s+nechche|bir\s+neche|ikki|eki|iki)\s+"
    r"(?:soat|saat|sa[ǵg]at|kun|g[üu]n|k[úu]n|k[üu]n)\s+(?:oldin|avval|[əe]vv[əe]l|buryn|murun|ilgari|ilgeri)",
    # Armenian in Latin letters: "yerek ereko", "aysor aravotyan", "mi kani or araj"
    r"y?erek\s+(?:ereko\w*|aravot\w*|gisher\w*)|aysor|(?:\d{1,2}|mi\s+kani|erku|yerku|erek|yerek)"
    r"\s+(?:or|jam|shabat)\s+araj|naxord\s+(?:shabat|amis|angam)|anc(?:n|ats)\s+shabat",
    # Japanese in romaji: "kinō no yoru", "kesa", "ototoi", "senshū no getsuyōbi", "mikka mae"
    r"kin[oō]u?(?=\s+(?:no|ni|kara|wa)\b)|kinō|kinou|sakujitsu|sakuya|sakuban|ototoi|kesa"
    r"|ky[oō]u?\s+no\s+(?:asa|gogo|gozen|y[uū]gata)|sensh[uū]u?(?=\s+no\b)|senshū|senshuu|sengetsu"
    r"|senjitsu|(?:\d{1,2}|futsuka|mikka|yokka|itsuka|muika|nanoka|s[uū])\s*-?\s*"
    r"(?:nichi|jikan|sh[uū]kan)?\s*mae(?=\s+ni\b|\s+kara\b|[,.]|\s+\w+shita)"
    # and Korean: "eoje bam", "eojetbam", "geuje", "oneul achim", "jinan-ju", "ieul jeon"
    r"|eoje(?:t?\s*bam)?|geuje|geujeokke|oneul\s+(?:achim|saebyeok|ojeon|ohu|bam)|jinan\s*-?\s*ju"
    r"|jinan\s+dal|jinan\s+(?:wol|hwa|su|mok|geum|to|il)yoil|(?:\d{1,2}|i|sam|sa|ieul|sahul"
    r"|myeochil|han)\s*-?\s*(?:il|ju|sigan)?\s+jeon\b",
    # Chinese in pinyin and Cantonese in Jyutping: "zuótiān wǎnshang", "jīntiān zǎoshang",
    # "qiántiān", "zhe zhou zao xie shihou", "cam4 maan5", "gam1 ziu1"
    r"zu[oó]\s*ti[aā]n|qi[aá]n\s*ti[aā]n|zu[oó]\s*w[aǎ]n|j[iī]n\s*ti[aā]n\s+(?:z[aǎ]o\s*shang"
    r"|w[aǎ]n\s*shang|sh[aà]ng\s*w[uǔ]|xi[aà]\s*w[uǔ]|l[ií]ng\s*ch[eé]n)|j[iī]n\s*z[aǎ]o"
    r"|sh[aà]ng\s*(?:ge\s*)?(?:x[iī]ng\s*q[iī]|l[iǐ]\s*b[aà]i|zh[oō]u)\w*|zh[eè]\s*zh[oō]u"
    r"|b[eě]n\s*zh[oō]u|(?:\d{1,2}|li[aǎ]ng|s[aā]n|j[iǐ])\s*ti[aā]n\s*qi[aá]n"
    r"|cam4\s+(?:maan5|jat6)|kam4\s+(?:maan5|jat6)|gam1\s+ziu1|cin4\s+jat6"
    r"|soeng6\s+go3\s+lai5\s+baai3",
    # Tamil, Telugu, Kannada and Malayalam as chat types them: "nethu raathiri", "inniki
    # kaalai", "ninna sayantram", "ee roju", "innale", "monne", "eradu dina hinde"
    r"nethu|netru|inniki|indru\s+(?:kaalai|kalai|madhiyam|saayangaalam|raathiri)|ninna|ninne"
    r"|innale|minnanu|monne|ee\s+roju|ee\s+vaara|ee\s+aazhcha|ee\s+vaaram"
    r"|(?:rendu|moonu|eradu|moodu|randu|rendu)\s+(?:naal|naalu|dina|rojula|divasam)\s+(?:munnadi|hinde"
    r"|kritam|mumbu|munpu|mundu)",
]
_WORLD_RELATIVE = re.compile(r"\b(?:" + "|".join(_WORLD_PATTERNS) + r")\b", re.IGNORECASE)
# Letters that carry no separable accent: the dotless i, l with a stroke, d with a stroke.
_PLAIN_LETTERS = str.maketrans("ıłŁđĐħĦəƏ", "ilLdDhHeE")


def _without_accents(text: str) -> tuple[str, list[int]]:
    """The text with its accents dropped, and for each kept character its offset in the
    text: a word spelt with or without them reads alike ("dün", "tegnapelőtt")."""
    kept: list[str] = []
    offsets: list[int] = []
    for at, char in enumerate(text.translate(_PLAIN_LETTERS)):
        if char.isascii():
            kept.append(char)
            offsets.append(at)
            continue
        for part in unicodedata.normalize("NFD", char):
            if not unicodedata.combining(part):
                kept.append(part)
                offsets.append(at)
    return "".join(kept), offsets


def _world_relative_dates(text: str) -> Iterator[Hit]:
    if text.isascii():
        plain, offsets = text, None
    else:
        plain, offsets = _without_accents(text)
    for match in _WORLD_RELATIVE.finditer(plain):
        if offsets is None:
            yield Hit("date", match.start(), match.end())
            continue
        end = offsets[match.end() - 1] + 1
        while end < len(text) and unicodedata.combining(text[end]):
            end += 1  # the accents of the last letter, written apart from it
        yield Hit("date", offsets[match.start()], end)


def find_relative_dates(text: str) -> Iterator[Hit]:
    """Yield dates counted back from the moment of posting."""
    for match in _CJK_RELATIVE.finditer(text):
        yield Hit("date", match.start(), match.end())
    yield from _world_relative_dates(text)
    for match in _RELATIVE.finditer(text):
        # "What would he be offered today?": today as nowadays, in a conditional
        if match.group().casefold() == "today" and _NOWADAYS.search(_sentence_of(text, match)):
            continue
        if match.group().casefold() == "hoy" and south_asian(text):
            continue  # Bengali "beshi hoy", more often: no Spanish today
        day = re.search(_WEEKDAY, match.group(), re.IGNORECASE)
        after = match.start() + day.end() if day else match.end()
        if day and (
            _ANY_DAY.search(text, max(0, match.start() - 24), match.end())
            or _EVERY.match(text, after)
            or _THE_DAY_AFTER.search(text, max(0, match.start() - 4), after + 12)
        ):
            continue  # "on a busy Monday morning list", "on Thursday nights": any such day
        yield Hit("date", match.start(), match.end())


_ANY_DAY = re.compile(
    rf"(?i:\b(?:an?|any|every|each|typical|usual)\s+(?:(?-i:[a-z]+)\s+)?{_WEEKDAY}\b)"
)
_EVERY = re.compile(
    rf"(?i:(?:\s+(?:and|or|&)\s+{_WEEKDAY})?\s+(?:morning|afternoon|evening|night|lunchtime)s\b"
    # a weekday's teaching, not a day in a story: "Monday's tutorial", "Monday morning reporting"
    r"|(?:['’]s)?(?:\s+(?:morning|afternoon|evening|night))?\s+(?:tutorial|teaching|lecture|list"
    r"|reporting|meeting|mdt|quiz|rounds|session|conference|journal\s+club|huddle|case|post"
    r"|thread|answers?|poll|reveal|spoiler|question|challenge|puzzle|teaser|theme|tough\s+one"
    r"|(?:\d+\s*mm\s+)?question"
    r"|clinic|fracture\s+clinic)s?\b)"
)
# "on the Monday after arrival": a day of the story, counted from something in it
_THE_DAY_AFTER = re.compile(rf"(?i:\bthe\s+{_WEEKDAY}\s+(?:after|before|following)\s+(?!last\b))")
# (and "the edition we still use today", "still in use today": the present as such)
_NOWADAYS = re.compile(
    r"(?i:\b(?:would|could|might|should)\b|\bstill\s+(?:\w+\s+){0,3}?(?:use|used|in\s+use|valid"
    r"|relevant|taught|applies|apply|holds?)\b"
    # "the roots of the plastics cases we image today": what we all do these days
    r"|\b(?:cases|patients|scans|studies|images|films|work|techniques|methods)\s+(?:that\s+)?"
    r"(?:we|radiologists|surgeons|clinicians|doctors)\s+(?:\w+\s+){1,2}today\b)"
)


def _sentence_of(text: str, match: re.Match[str]) -> str:
    start = max(text.rfind(".", 0, match.start()), text.rfind("?", 0, match.start())) + 1
    ends = [i for i in (text.find(".", match.end()), text.find("?", match.end())) if i != -1]
    return text[start : min(ends) if ends else len(text)]
