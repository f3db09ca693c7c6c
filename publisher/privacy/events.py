"""Specific events told with specifics: the re-identifiable combination.

No single word here identifies anyone. A crash is common, an age is common, a road is common;
"a 47-year-old on a scooter struck by a car on Harrow Road" is in the local paper. Each
sentence is read for signals (an exact age, a vehicle, an event, a named place, a time, a role,
a tie to someone known); an event together with a strong specific blocks, and the finding
suggests the generalised rewrite the guide gives ("adult with blunt trauma").
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

import regex

from .ages import find_ages
from .findings import Hit
from .normalise import HYPOTHETICAL, fold
from .people import is_ordinary
from .vocabulary import EPONYM_HEADS, EPONYMS

_VEHICLE = re.compile(
    r"\b(?:scooter|e-scooter|moped|motorcycl\w*|motorbike|bicycle|bike|cyclist|car|van|lorry"
    r"|truck|bus|tram|train|taxi|tractor|quad|kayak|canoe|boat|jet-?ski|helicopter|plane|driver"
    r"|passenger|pedestrian|motorist|rider|horsebox|trailer|caravan|jeep|suv|pick-?up|4x4"
    r"|minibus|coach|ambulance|hilux|land\s*rover|snowmobile|skidoo|ski-doo|tanker|hgv|double-decker)s?\b",
    re.IGNORECASE,
)
_STRUCK = re.compile(
    r"\b(?:struck|hit|knocked\s+(?:down|off|over)|run\s+over|rammed|ploughed\s+into|mown\s+down"
    r"|clipped|side-?swiped)\b",
    re.IGNORECASE,
)
_MECHANISMS = {
    "traffic": r"struck|crushed\s+(?:by|under|between|against)|pinned\s+(?:by|under)"
    r"|(?:motorbike|motorcycl\w*|bike|car|cyclist|pedestrian|scooter|moped|bus|tram|truck|lorry|van"
    r"|train|tractor|quad|atv|rider|driver)\s+(?:vs\.?|versus|v)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:motorbike|motorcycle|bike|car|cyclist|pedestrian|scooter|moped|bus|tram|truck|lorry|van"
    r"|train|tractor|suv|taxi|tanker|hgv|coach|minibus|jeep|pick-?up|ute|trailer)\b"
    r"|head-on|t-boned|rear-ended|karambol\w*|zderzy\w*|sr[aá][žz]\w*|[üu]tk[öo]z\w*"
    r"|trapped\s+(?:in|under)|hit\s+by|run\s+over|knocked\s+(?:down|off)|collision|collided|crash\w*|plunge[sd]?"
    r"|pile-?up|rolled\s+over|rolled\s+(?:his|her|their|the|a)\s+(?!(?:ankle|foot|knee|wrist|eyes"
    r"|shoulders?|ankles)\b)\w+|overturned|capsized"
    r"|came\s+down|went\s+into|roll-?over|tipped\s+over|jack-?knifed|skidded|left\s+the\s+road|(?:that|which)\s+rolled|rolled\s+(?:on|off|down|into)|ploughed|rammed|crushed\s+(?:at|in|on|while)",
    "violent": r"shot|shooting|gunshot|stabb\w*|assault\w*|attack(?:ed)?|mauled|robbery|mugged"
    r"|tiroteo|tiroteio|balacera|baleado|apu[ñn]alad\w*|esfaquead\w*|asalto|assalto|Schießerei"
    r"|Messerangriff|Überfall"
    r"|shark\s+bite|bitten\s+by\s+a\s+(?:shark|crocodile|bear|snake)|gored"
    r"|punched|glassed|beaten",
    "disaster": r"fire|blaze|blast|explosion|exploded|flood\w*|Flut\w*|Hochwasser|Überschwemmung\w*"
    # in the Baltic languages and Ukrainian in Latin letters
    r"|ugunsgr[ēe]k\w*|gaisr\w*|tulekahj\w*|vybukh\w*|pozhezh\w*|spr[āa]dzien\w*|sprogim\w*"
    r"|plahvatus\w*"
    # in Tagalog, Indonesian, Malay and Vietnamese: a fire, a blast, a flood, an earthquake
    r"|sunog|pagsabog|kebakaran|ledakan|letupan|hỏa\s+hoạn|vụ\s+cháy|vụ\s+nổ|banjir|lindol|gempa"
    r"|inondation\w*|alluvione|inundaci[oó]n\w*|enchente|powód\w*|storm|hurricane|tornado"
    # a building's collapse, not a lung's: "RUL collapse", "lobar collapse"
    r"|(?<!RUL\s)(?<!RML\s)(?<!RLL\s)(?<!LUL\s)(?<!LLL\s)(?<!lobar\s)(?<!lung\s)(?<!lobe\s)"
    r"(?<!vertebral\s)(?<!alveolar\s)(?<!wedge\s)(?<!body\s)(?<!compression\s)(?<!height\s)"
    r"(?<!disc\s)(?<!segmental\s)(?<!subsegmental\s)(?<!tracheal\s)(?<!airway\s)"
    r"collaps\w*(?!\s+(?:of\s+(?:the\s+)?)?(?:\w+\s+)?(?:lobe|lung|vertebra|[CTLS]\d|disc|body))"
    r"|rubble|debris|desabamento|derrumbe|colapso|inc[eê]ndio|explos[aã]o|explosi[oó]n|Einsturz"
    r"|(?:went|fell|broke)\s+through\s+the\s+ice|brand|olycka|ulykke|onnettomuus|turma"
    r"|Brand|Explosion|ongeluk|olycka|wypadek|kaza|kecelakaan"
    r"|Lawine\w*|lawine\w*|crollo|crollat[oa]|grandinat\w*|gr[êe]le|orages?|temporal[ei]|nubifragio|effondr\w*"
    r"|vihar\w*|burz[ayę]\w*|bou[řr]\w*|b[uú]rk\w*|felborul\w*|wywr[oó]ci\w*|p[řr]evr[aá]ti\w*"
    r"|stampede|crush\s+injur\w*|rock\s*fall|cave-?in|landslip|mudslide|rollover"
    r"|crowd\s+crush|avalanche|earthquake|landslide|lightning|fog|snowstorm|heatwave"
    r"|avalancha|\w*sammenstyrt\w*|\w*sammenstört\w*|instorting|ineenstorting|explosionen"
    r"|eksplosjonen|eksplosionen|branden|brannen|steekpartij|schietpartij|knivhugg\w*|skottlossning\w*",
    "height": r"(?:fell|fall(?:en|ing)?|jumped|thrown)\s+(?:from|off|through)"
    r"\s+(?:a|the|his|her)\s+"
    r"(?:\w+\s+)?(?:ladder|roof|scaffold\w*|balcony|cliff|skylight|crane|bridge|window|wall)"
    # a fall told by its height: "fell 6 m", "fell three storeys"
    r"|(?:fell|fall(?:en|ing)?|jumped|thrown)\s+(?:about\s+|around\s+|over\s+)?"
    r"(?:\d+(?:\.\d+)?|two|three|four|five|six|seven|eight|nine|ten)\s*"
    r"(?:m|metres?|meters?|ft|feet|storeys?|stories|floors?)"
    # in Turkish: "tribünden düşen", "iskeleden düştü"
    r"|\w+(?:den|dan|ten|tan)\s+d[üu][şs](?:en|t[üu]|me\w*)",
    # "match" the verb is no fixture: "appearances match the examples"
    "gathering": r"match(?!\s+(?:the|those|these|what|that|this|our|your|its|their|each|well"
    r"|closely|exactly|up)\b)|derby|final|race|marathon|regatta|concert|festival|carnival|gala|party|gig"
    r"|sportive|triathlon|duathlon|ironman|parkrun|fun\s+run|fete|f[êe]te"
    r"|\w*(?:rosenmontags|karnevals|fastnachts|faschings)zug\w*|sch[üu]tzenfest\w*|kirmes"
    r"|carnavalsoptocht|kermis"
    r"|tournament|rally|parade|fireworks|reception|assembly|call-out|ceremony|wedding"
    r"|championship|playoffs?|procession|traslaci[oó]n|pilgrimage|hajj|kumbh|feast"
    r"|cl[aá]ssico|partido|jogo|fiesta|festa|concierto|carnaval|Spiel|Konzert|wedstrijd",
}
_MECHANISM = {
    name: re.compile(rf"\b(?:{pattern})\b", re.IGNORECASE) for name, pattern in _MECHANISMS.items()
}
# A definite gathering: "the derby", "the county cup final". Specific with anything else.
_NAMED_GATHERING = regex.compile(
    # a race's stage, a named race and who rode it: "stage 4 of the Vuelta a Colombia",
    # "Vasaloppet skier", "o clássico Re-Pa", "el clásico"
    r"\b(?i:stage\s+\d+\s+of\s+the)\b|\b(?:Vuelta|Tour|Giro|Volta)\s+(?:\p{Ll}+\s+)?(?:a|de|du"
    r"|d['’]|of|di)\s+\p{Lu}"
    r"|\bGran\s*[Ff]ondo\s+(?:(?:del|della|delle|dello|dei|degli|di|de)\s+)?\p{Lu}"
    r"|\b(?:Copa|Coupe|Coppa|Taça)\s+\p{Lu}|\b(?i:world\s+cup|mundial|euros?\s+20\d\d|champions\s+league"
    r"|libertadores|afcon)\b"
    r"|\b\p{Lu}\p{Ll}+\s+(?:skier|runner|rider|cyclist|racer|swimmer|marathoner|triathlete"
    r"|competitor|participant|finisher)s?\b"
    r"|\b(?i:(?:o|el|la|der|das|die|het|de)\s+(?:cl[aá]s?sico|derbi|derby|final|finale|fla-flu|superclásico"
    r"|Derby|Finale|Pokalfinale|Klassieker))\b"
    # ... but not what a film does: "what does the x ray show"
    r"|(?<!\b(?i:does|do|did|will|would|should|could|can|might|may)\s+)"
    r"\b(?i:the\s+(?:[\w'’–-]+\s+){0,3}?(?:derby|final|opener|decider|semi-?final|quarter-?final"
    r"|fixture|match|concert|festival|party|regatta|race|game"
    # ("the pelvis show bilateral fractures": the verb, as Caribbean English has it)
    r"|carnival|gala|parade|fair|show(?=\s*(?:[,.;:!?)–—]|$|\s-\s|\s+(?:in|at|on|last|this|that"
    r"|when|where|and|with|jumping|ring|ground|day|week|night|final|stage|arena)\b))"
    r"|games|tournament|cup|grand\s+prix|rally|marathon|gig"
    r"|sportive|cyclosportive|triathlon|duathlon|ironman|ultra|audax|sprint|relay|regatta|fete"
    r"|fête))\b"
    r"(?!\s+(?:injur\w*|fracture|syndrome|mechanism|pattern|sign|test))"
    # a fixture: "the Leinster v Munster game", "Celtic vs Rangers"
    r"|\b\p{Lu}[\p{L}'’-]+\s+(?:v|vs\.?|versus)\s+\p{Lu}[\p{L}'’-]+"
    # in the South Slavic languages and Albanian: "tekma NK Tolmin proti NK Bovec"
    r"|\b\p{Lu}[\p{L}'’-]+\s+(?:proti|protiv|kund[ëe]r)\s+(?:(?:NK|FK|KF|HNK|OK|RK|KK)\s+)?\p{Lu}"
    # "Galatasaray–Fenerbahçe derbisinde", "the Celtic-Rangers match"
    r"|\b\p{Lu}[\p{L}'’]+\s?[–-]\s?\p{Lu}[\p{L}'’]+\s+(?i:derb\w*|ma[çc]\w*|match|game|final\w*"
    r"|cl[aá]s?sico|partido|fixture|clash)"
    # the match first: "v zápase Slovan – Spartak", "w meczu Lech-Legia", "a Fradi–Újpest meccsen"
    r"|(?i:\b(?:z[aá]pas\w*|mecz\w*|meccs\w*|match|game|derby|derbi)\s+)\p{Lu}[\p{L}'’]+\s?[–-]\s?\p{Lu}"
)
# A crash named by its place in French, with no article before it: "accident du bus scolaire de
# Marchin", not "accident de la route"
_CRASH_OF_A_PLACE = regex.compile(
    r"\b(?i:accident|collision|carambolage)\s+(?i:du|de\s+la|des)\s+(?:\w+\s+){0,3}?"
    r"(?i:de|d['’]|à)\s*\p{Lu}"
)
# A definite, known event: "the crash", "the fire at ...", "Storm Eowyn", "in the papers".
_NAMED_EVENT = regex.compile(
    r"\b(?i:(?:the|that)\s+(?:(?!(?:does|do|did|not|is|was|were|has|have|had|will|would|can|could|may"
    r"|might|should|must|to|and|or|but|that|which)\b)[\w'’-]+\s+){0,4}?(?:crash|plunge|fire|blaze|explosion|stabbing|shooting|robbery"
    r"|flood(?:ing|s)?|storm|(?<!vertebral\s)(?<!lobar\s)(?<!lung\s)(?<!body\s)(?<!alveolar\s)"
    r"(?<!circulatory\s)(?<!height\s)(?<!airway\s)(?<!wedge\s)(?<!compression\s)"
    r"collapse(?!\s+of\s+(?:the\s+)?(?:\w+\s+)?(?:[CTLS]\d|vertebra|lobe|lung|disc))|crush|pile-?up|derailment|eruption"
    r"|earthquake|quake"
    r"|tsunami|landslide|avalanche|sinking|massacre|rampage|championship\s+game|title\s+game"
    r"|capsiz\w+|shipwreck|pile-?up"
    r"|attack|siege|riot|incident|accident|disaster|tragedy|bombing))\b"
    r"(?!\s+(?:injur\w*|fracture|syndrome|mechanism|pattern|site|test|sign|team|unit|risk))"
    r"|\b(?:Storm|Hurricane|Typhoon|Cyclone|Tropical\s+Storm)\s+\p{Lu}\w*"
    # a fair, race or festival of Thailand, Laos or Cambodia by its Buddhist-era year, and a
    # named road at its kilometre post: "kan khaeng ruea yao prapheni Nan pi 2567",
    # "bon thanon Mittraphap km 145"
    r"|\b(?i:ngan|kan\s+khaeng|prapheni|bun|songkran|loy\s+krathong|ngan\s+wat)\b[^.;]{0,60}?\b25[4-7]\d\b"
    r"|\b(?i:thanon|tanon|phlauv|vithi)\s+\p{Lu}\w+[^.;]{0,30}?\bkm\.?\s*\d+"
    # a named yearly event by its year: "when the stand collapsed at the 2023 Polyfest"
    r"|\b(?i:at)\s+the\s+(?:19|20)\d\d\s+(?!(?:RSNA|ECR|ESR|ESSR|ISMRM|ARRS|ASNR|SIR|CIRSE"
    r"|UKIO|RANZCR|AAPM|SNMMI)\b)\p{Lu}\w+"
    r"|\b(?i:in\s+the\s+(?:papers|news|headlines)|made\s+the\s+(?:news|headlines|papers)"
    r"|went\s+viral|televised|on\s+the\s+news|front[-\s]page|(?:sole|only|lone)\s+survivor"
    r"|all\s+over\s+the\s+(?:news|papers|internet)"
    r"|everyone(?:['’]s|\s+has|\s+is|\s+was)?\s+(?:been\s+)?talking\s+about|you(?:['’]ll|\s+will"
    r"|['’]ve|\s+have|\s+may\s+have|\s+might\s+have)\s+(?:all\s+)?(?:seen|read|heard)\s+(?:about\s+)?(?:it|this|the)"
    r"|on\s+(?:every|all\s+the)\s+(?:news\s+)?(?:channels?|bulletins?|front\s+pages)"
    r"|\p{Lu}\w+\s+(?:No\.?\s*\d+\s+)?(?:market|mall|factory|hotel|school|bus|train|building|tower"
    r"|bridge|mine|shaft|pit|colliery|stadium|club|church|mosque|temple)\s+(?:fire|blaze|explosion"
    r"|collapse|crash|shooting|rockfall|disaster"
    r"|stampede|crush|attack|bombing)"
    r"|journaal|in\s+het\s+nieuws|in\s+de\s+krant|aux\s+nouvelles|dans\s+le\s+journal"
    # named in French and Italian: "l'explosion de gaz rue de Trévise", "il crollo del ponte
    # Morandi", "des blessés de", "tra i feriti del"
    r"|(?:l['’]|la\s+|le\s+|il\s+|lo\s+|del\s+|della\s+|dell['’])(?:explosion|incendie|effondrement"
    r"|avalanche|valanga|frana|éboulement|inondation|alluvione|alud|avalancha"
    r"|attentat|fusillade|accident|crollo|esplosione|incendio|strage|attentato|naufragio|incidente)"
    r"\s+(?:de\s+|du\s+|des\s+|del\s+|della\s+|di\s+|dello\s+)?(?:\w+\s+){0,6}?(?:rue|avenue|pont"
    r"|route|strada|carretera|estrada"
    r"|place|via|ponte|piazza|viale|\p{Lu})"
    r"|(?:des\s+)?bless[ée]s\s+(?:de\s+l['’]|de\s+la|du|des)\s*"
    r"|(?:tra\s+|uno\s+|una\s+)?(?:i|dei|delle)\s+feriti"
    r"\s+(?:del|della|dell['’])"
    # hurt at a named fixture or race: "blessé lors du match Standard–Anderlecht"
    r"|(?:bless[ée]e?s?|ferit[oa]|herid[oa]|lesionad[oa]|ferid[oa]|verletzt|injured|hurt|coinvolt[oa])"
    r"\s+(?:\w+\s+){0,3}?(?:lors\s+du|lors\s+de\s+la|durante\s+(?:el|la|o|a|il)|during\s+the|beim"
    r"|bij\s+de|nella|nel|all['’]arrivo\s+della|au\s+cours\s+du)\s+(?:\w+\s+){0,2}?(?:match|partita"
    r"|partido|jogo|Spiel|wedstrijd|game|derby|final\w*|tappa|étape|etapa|course|gara|carrera"
    r"|corrida|Rennen|caduta)"
    r"|(?:gewond(?:e|en)?|slachtoffers?|skadade?|skadde|skadet|såret|sårede|loukkaantu\w*|Verletzte[rn]?"
    r"|verletzt|Opfer|[ÜU]berlebende[rn]?|overlevenden?)\s+"
    r"(?:van\s+de|van\s+het|i|vid|ved|av|der|des|bei\s+der|vom|von\s+der|beim|bij\s+de|bij\s+het"
    r"|under|in\s+der|im|etter|efter|after|nach|na|ved)\s+\w*(?:brand|ramp"
    r"|olyckan|ulykken|ongeluk|aanslag|explosie|Brand|Unfall|unfall|Unglück|unglück|Explosion|Anschlag"
    r"|steekpartij|schietpartij|explosionen|eksplosjonen|eksplosionen|branden|brannen|skytingen"
    r"|skyderiet|skottlossningen|knivhuggningen|Amoklauf|Schießerei|Messerangriff|ammuskelu"
    r"|räjähdy|tulipalo|onnettomuu|Lawinenungl[üu]ck|lawine|Lawine|Busungl[üu]ck|Zugungl[üu]ck"
    r"|busongeluk|treinongeluk|Einsturz|instorting)\w*"
    # a stand's collapse at the cup final: "tribunesammenstyrtningen under pokalfinalen"
    r"|\w*(?:sammenstyrt|sammenstört|instorting|einsturz|kollaps)\w*\s+(?:under|ved|vid|bij|beim|während"
    r"|tijdens|der|des|van\s+de|van\s+het)\s+\w+"
    # a stage of a named race: "la tappa del Giro", "une étape du Tour"
    r"|(?:tappa|étape|etapa)\s+(?:del|du|de\s+la|da)\s+(?:Giro|Tour|Vuelta|Volta)"
    r"|(?:sobreviviente|superviviente|sobrevivente|herido|ferido|víctima|vítima)s?\s+(?:del|de\s+la|da|do"
    r"|no|na|en\s+el|en\s+la)\s+"
    r"(?:\w+\s+){0,2}?(?:bus|ônibus|autobús|autocarro|despiste|tren|trem|incendio|incêndio|derrumbe|accidente|acidente"
    r"|explosión|explosão|tiroteo|tiroteio|desabamento|deslizamento|enchente|inundación)"
    r"|en\s+las\s+noticias|en\s+el\s+peri[oó]dico|in\s+den\s+nachrichten|in\s+der\s+zeitung"
    r"|that\s+killed|killing\s+(?:\w+\s+)?(?:people|\d+|two|three|four|five|six|his|her)"
    r"|death\s+toll|fatalities|mit\s+(?:\w+\s+)?(?:Toten|Todesopfern)|met\s+(?:\w+\s+)?doden)\b"
)
_ROLE_WORDS = (
    r"mayor(?!\s+(?:de|que|a|o|del|edad|riesgo|parte|grado|n[uú]mero)\b)|mp|mla|msp|mpp|td|mna|mpa|assemblyman|assemblywoman|congressman|congresswoman|vc"
    r"|member\s+of\s+parliament|councill?or|senator|governor|minister|sheriff"
    r"|sch[üu]tzenk[öo]nig\w*|karnevalsprinz\w*|kirmesk[öo]nig\w*|ortsvorsteher\w*"
    r"|b[üu]rgermeister\w*|burgemeester|vereinsvorsitzende\w*|voorzitter|landlord|landlady"
    # "the head of Al-Wakra municipal council": a head only of a named council or board
    r"|(?:head|chair|chairman|chairwoman|chairperson|leader)(?=\s+of\s+(?:the\s+)?[\w'’-]+\s+"
    r"(?:municipal|town|city|district|county|parish|village|regional|local|tribal)\s+"
    r"(?:council|assembly|board|committee))"
    r"|state\s+(?:representative|rep|assembly\s*(?:man|woman|member))|assembly\s*member"
    # ... not a hospital's name: "Hôpital Principal de Dakar"
    r"|chief\s+constable|head\s*(?:teacher|master|mistress)"
    r"|(?<!h[ôo]pital\s)(?<!hospital\s)(?<!ospedale\s)(?<!cl[íi]nica\s)principal|captain"
    r"|(?:head\s+)?coach(?!\s+of\s+the\s+(?:year|month|season|week|decade)\b)"
    # Greek in Latin letters and Maltese: "o dimarchos tis Siteias", "il-kaptan tal-Ħamrun"
    r"|dimarch\w*|dimarx\w*|koinotarch\w*|proponit\w*|kaptan|sindku|kappillan"
    # Dutch and German: "de hoofdtrainer van KSV Zottegem", "de districtscommissaris van Marowijne"
    r"|hoofdtrainer|cheftrainer|\w*commissaris|comandante|Landrat|Landr[äa]tin|Bezirkshauptmann"
    r"|chairman|chairwoman|chairperson|club\s+president|priest|vicar|pastor|imam|rabbi|bishop"
    r"|borgarstj[óo]ri\w*|buergermeeschter|sch[ëe]ffen|induna|inkosi|kgosi|morena|kryetar(?:i|ja|e)?|kapetan(?:ka)?|kapitonas|kapteinis|priek[šs]s[ēe]d[ēe]t[āa]j\w*|pirminink\w*|esimees|linnapea|vallavanem|m[ēe]rs|meras|mis[ʹ']?kyi\s+holova|župan|zupan|gradona[cč]elni\w*"
    r"|(?:shop|shaft|union)\s+steward"
    r"|lighthouse\s+keeper|harbour\s*master|harbor\s*master|lollipop\s+(?:lady|man)|coxswain"
    r"|lifeboat\s+\w+|postmistress|postmaster"
    r"|goalkeeper|striker|jockey|referee|lead\s+singer|frontman|firefighter|village\s+gp"
    r"|only\s+(?:female|male|woman|man|lady)\s+\w+|olympian|olympic\s+\w+"
    r"|premier\s+league\s+\w+|restaurateur|celebrity|presenter|influencer|keeper"
    r"|chief\s+executive|ceo|dean|vice[-\s]chancellor|rector|provost|chancellor|anchor"
    r"|newsreader|news\s+presenter|alcalde|alcaldesa|prefeito|prefeita|maire|bürgermeister"
    r"|burmistrz|burgemeester|intendente|gobernador|governador|presidente|wali|emir"
    r"|deputado|deputada|diputado|diputada|senadora|vereador|vereadora|concejal|concejala"
    r"|ordynator|настоятель|игумен|глава|мэр|депутат|عميد|رئيس|capitaine|capitano"
    r"|reitor|reitora|rector|rectora|decano|decana|capitana|capitã|capitão|capit[aá]n|portero"
    r"|p[aá]rroco|vig[aá]rio|vicario|parroco|(?<!\ba\s)cura|predikant|kyrkoherde|sogneprest|sokneprest"
    r"|curé|prêtre|pasteur|abbé|recteur|madre\s+superiora|mère\s+supérieure|abadesa|badessa"
    r"|ordf[öo]rande|ordf[øo]rer|borgm[äa]stare|borgmester|pormestari|kunnanjohtaja|sveitarstj[óo]ri"
    r"|b[æa]jarstj[óo]ri|sognepr[æa]st|prestur|\w+tr[æa]ner|\w+tr[äa]nare|\w+trener|valmentaja"
    r"|kommunalr[åa]d|r[aå]dmann|Gemeindepr[äa]sident\w*|Ortsvorsteher\w*|Gemeindeammann|Landammann"
    r"|wethouder|schepen|Dorfpfarrer"
    r"|présidente?|vice-présidente?|bourgmestre|syndic|syndique|entra[iî]neu(?:r|se)|allenat(?:ore|rice)"
    r"|entrenador[a]?|treinador[a]?"
    r"|prioress|abbess|mother\s+superior|primari[oa]|sindaco|sindaca|maire|doyen|doyenne"
    r"|arquero|goleiro|guarda-?redes|aanvoerder|kapitein|anfører\w*|kaptajn\w*|lagkapten\w*"
    r"|Kapitän\w*|målvakt\w*|målmand\w*|doelman|Torwart\w*|Torhüter\w*|maalivahti"
    # a national or county squad: "Ireland U20 starting hooker", "county minor captain"
    r"|u-?\d{2}s?\s+(?:\w+\s+)?(?:player|captain|hooker|prop|winger|striker|keeper|\w+er)"
    r"|starting\s+(?:qb|hooker|prop|fly-?half|scrum-?half|winger|quarterback|pitcher|goalkeeper"
    r"|striker|centre|center|lock|flanker)|international\s+(?:player|footballer|cricketer)"
    r"|only\s+(?:\w+\s+)?(?:\w+(?:ist|er|or|ian|man|woman|wife)|gp|vet|doctor|nurse)\b"
)
_ROLE = re.compile(rf"\b(?i:{_ROLE_WORDS})\b")
# Offices held by one person at a time, or a handful: the holder is known by the title.
_UNIQUE_OFFICE = (
    r"(?:chief\s+justice|archbishop|cardinal|pope|president|prime\s+minister|taoiseach|anchor"
    r"|chief\s+minister|first\s+minister|deputy\s+prime\s+minister"
    r"|newsreader|rector|alcalde|alcaldesa|prefeito|maire|burmistrz|burgemeester|archbishop"
    r"|olubadan|ooni|alaafin|oba|obi|emir|kabaka|asantehene|sultan|paramount\s+chief|igwe|obong"
    r"|premier|governor|mayor|ambassador|chief\s+constable|police\s+commissioner|king|queen"
    r"|chief\s+of\s+police|police\s+chief"
    r"|prince|princess|crown\s+prince|emir|sultan|speaker\s+of\s+the\s+\w+|vice[-\s]chancellor"
    r"|chief\s+rabbi|grand\s+mufti|bishop|judge|high\s+court\s+judge|yokozuna|ozeki|sekiwake"
    r"|komusubi|akim|hokim|khokim|tulafale|matai|ratu|turaga\s+ni\s+koro|village\s+chief"
    r"|headman|paramount\s+chief"
    r"|aksakal|gamgebeli|district\s+governor|marzpet|head\s+of\s+the\s+district)"
)
# One office of one named place or body: "the mayor of Tullamore", "captain of Leinster".
_ROLE_OF_NAMED = regex.compile(
    rf"\b(?i:{_ROLE_WORDS})\s+(?:titular\s+)?(?:(?:(?i:of)|for|at|van|de|du|des|del|da|do|di|von|der|fra"
    r"|vu|vun|från|af|i|í|á|bei|beim|della|dello|delle|dei|degli|tis|tou|ton)\s+|(?i:ta[lsxżztnrdċ])-)"
    r"(?:(?:the|het|de|la|el|o|a|der|des|dem)\s+)?"
    # "aanvoerder van het eerste elftal van VV Staphorst", "capitana del equipo femenino de Huracán"
    r"(?:(?:\p{Ll}[\p{L}'’-]*\s+){1,3}(?:of|van|de|del|do|da|von|der|des|fra|della|delle|dei"
    r"|degli|di|du|së|të)\s+)?"
    r"\p{Lu}[\p{L}'’-]+"
)
# The same in Hindi, Urdu, Bengali and Marathi typed in Latin letters, the named body first and
# a genitive after it: "Jhansi district cricket team ka captain", "Barasat United club-er
# captain", "Shirur talukyachya tahsildar", "Government High School Okara ke headmaster sahib"
_SOUTH_ASIAN_OFFICE = regex.compile(
    r"\b\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|\d+|No\.?|\p{Ll}+)){0,5}?"
    r"(?:\s+(?:ke|ki|ka|da|di|cha|chi|che|chya)\s+|-er\s+"
    r"|\s+(?:taluk|tehsil|tahsil|zill|jill|gram|gaon|panchayat|ward|mandal|district|club|team"
    r"|school|college|masjid|mandir|gurdwar)\w*?(?:-?er|chya|cha|chi|che"
    r"|\s+(?:ke|ki|ka|da|di|cha|chi|che))\s+)"
    r"(?i:captain|kaptaan|skipper|sarpanch|mukhiya|pradhan|headmaster|head\s*master|principal"
    r"|tahsildar|tehsildar|collector|corporator|parshad|councillor|imam|pesh\s*imam|pujari"
    r"|granthi|maulvi|mayor|chairman|chairperson|mla|mp|gram\s*sevak|patwari|thanedar"
    r"|daroga|nagarsevak|upsarpanch)"
    r"(?=\s+(?:sahib|saheb|madam|ji|sir|babu|moshai|hain|hai|the|thi|tha|aahet|ahet|aahe|,)|[,.;:]|$)"
)
# The head of a named school, or the officer commanding a numbered unit: "Head of Bishoftu
# Number 2 secondary school", "the CO of 2nd Battalion, 14th Regiment"
_HEAD_OF_A_SCHOOL = regex.compile(
    r"(?i:\b(?:head|headteacher|headmaster|headmistress|principal)\s+of\s+(?:the\s+)?)"
    r"(?-i:\p{Lu}\w+)(?:\s+[\w.]+){0,4}?\s+(?i:school|college|academy|madrasa|madrassa|lyc[ée]e)\b"
    r"|\b(?:CO|OC|(?i:commanding\s+officer|officer\s+commanding))\s+of\s+(?:the\s+)?\d+\w*\s+"
    r"(?-i:\p{Lu})"
    # a named school's one head pupil: "Pinewood Primary's head boy", "head girl at St Anne's"
    r"|\b\p{Lu}\w+(?:\s+\p{Lu}\w+){0,2}['’]s\s+(?i:head\s+(?:boy|girl|prefect)|school\s+captain"
    r"|captain\s+of\s+school|dux)\b"
    r"|\b(?i:head\s+(?:boy|girl|prefect)|school\s+captain|dux)\s+(?i:of|at)\s+\p{Lu}\w+"
)
# A village's or a town's head in Persian and Arabic in Latin letters: "Kadkhoda-ye
# rusta-ye Abyaneh", "3omdet el balad", "moqaddem dyal douar Ait ..."
_HEAD_OF_A_VILLAGE = regex.compile(
    r"(?i:\b(?:kadkhoda|dehyar|dehdar|bakhshdar|farmandar|shahrdar|3omda|3omdet|mqaddem|moqaddem"
    r"|muqaddam)(?:-?ye|-?e)?\s+(?:(?:rusta|roosta|deh|shahr|bakhsh|el|al|l|dyal|d|douar|el-?balad"
    r"|qarya|qaryat)(?:-?ye)?\s+)*)(?-i:\p{Lu}\p{L}+)"
    # a title that is also a name or an honour only with the village's word: "sheikh el balad",
    # "mukhtar of the village", "ra2is dyal douar Ait ..." (not "Sheikh Khalifa Medical City")
    r"|(?i:\b(?:mukhtar|moukhtar|mokhtar|sheikh|cheikh|shaykh|ra2is|rayis|qaid|caïd|caid|omda"
    r"|omdet)(?:-?ye|-?e)?\s+(?:(?:el|al|l|dyal|d|of\s+the)[-\s]*)?(?:balad|qarya|qaryat|douar"
    r"|dechra|rusta|deh|village)\b)"
    # Hebrew, Greek and Armenian in Latin letters: "mazkir kibbutz Ein Tavor", "o proedros tis
    # koinotitas Kastri", "Ujani gyughapet"
    r"|(?i:\b(?:mazkir|mazkira|mazkirat|rosh|rosh\s+ha-?moatza|yoshev\s+rosh|rav)\s+(?:ha-?)?"
    r"(?:kibbutz|kibuts|moshav|moatza|moetza|kfar|yishuv|kehila)\s+)(?-i:\p{Lu}\p{L}+)"
    # Thai, Lao and Khmer: "jea chau sangkat Boeung Keng Kang", "phu yai ban Nong Khai"
    r"|(?i:\b(?:chau\s+(?:sangkat|khum|phum|srok|khet)|me\s+(?:khum|phum)|phu\s+yai\s+ban|kamnan"
    r"|nai\s+ban|jao\s+awat|chao\s+awat|chao\s+muang|jao\s+muang)\s+)(?-i:\p{Lu}\p{L}+)"
    r"|(?i:\b(?:proedros|dimarchos|koinotarchis|papas|iereas|pappas)\s+(?:tou|tis)\s+(?:xoriou"
    r"|choriou|koinotitas|dimou|enorias)\b)"
    r"|(?-i:\p{Lu}\p{L}+)\s+(?i:gyughapet\w*|taghapet\w*|qaghaqapet\w*|hamaynqapet\w*)\b"
    # Kazakh, Kyrgyz, Uzbek and Azerbaijani: the elder or chair of a named village or mahalla,
    # the captain of a named team ("Jańaaryq aýylynyń aqsaqaly", "'Lochin' jamoasining
    # kapitani")
    r"|(?-i:\p{Lu}\p{L}+)\s+(?i:a[ýy]yl\w*|auyl\w*|qishlo\w*|mahalla\w*|k[əe]nd\w*)\s+"
    r"(?i:aqsaqal\w*|aksakal\w*|oqsoqol\w*|rais\w*|ba[şs][çc][ıi]s[ıi]|a[ğg]saqqal\w*)"
    r"|['‘\"“](?-i:\p{Lu})[^'’\"”\n]{1,25}['’\"”]\s+(?:\w+\s+)?(?i:jamoa\w*|komanda\w*|klub\w*)\s+"
    r"(?:\w+\s+)?(?i:kapitan\w*|sardor\w*|murabbiy\w*|trener\w*|kapitany)"
)
# Someone said to chair a named local body: "she is the current chair of the Saskatoon
# Teachers' Association", "he's treasurer of the Kilkenny Bowls Club"
_CHAIR_OF_A_BODY = regex.compile(
    r"\b(?i:she|he|they|patient|pt)\s*(?:is|was|['’]s)\s+(?:the\s+)?(?:current\s+|former\s+"
    r"|long-?time\s+|longstanding\s+|outgoing\s+|new\s+)?(?i:chair|chairman|chairwoman|chairperson"
    r"|president|secretary|treasurer|head|leader|captain)\s+of\s+(?:the\s+)?\p{Lu}[\p{L}'’-]+"
    r"(?:\s+\p{Lu}[\p{L}'’-]+){0,3}\s+(?i:association|union|guild|club|lodge|society|federation"
    r"|league|chamber|council|board|committee|choir|band|branch|chapter)\b"
)
# Staff of our own place as the patient or a patient's relative: "our own chief executive",
# "her sister, one of our radiographers".
_STAFF = (
    r"(?:[\w-]+\s+){0,2}?(?:chief\s+executive|chief\s+exec|exec|ceo|director|dean|manager|matron|nurse|radiographer"
    r"|(?:head|chief|lead)\s+of\s+(?:\w+\s+)?\w+|sister|charge\s+nurse|(?:\w+\s+)?officer|cmo"
    r"|regs?|sho|fy[12]|spr|intern|consultant|pd|apd|attending|chair|clerk|ward\s+clerk|admin"
    r"|administrator|coordinator"
    r"|sonographer|consultant|registrar|resident|porter|physician|surgeon|doctor|colleague|manipulat\w+"
    r"|secretary|cleaner|receptionist|midwife|physio\w*|technologist|anaesthetist|anesthesiologist"
    r"|radiologist|pharmacist|paramedic|techs?|technicians?|pgs?|postgrads?|house\s*officers?"
    r"|\w+ologists?|\w+iatricians?"
    # an initialism of a trade: "one of our MRTAs", "our HCA's dad"
    r"|(?-i:[A-Z]{2,5}(?=s\b|['’]s\b))"
    r"|trainees?|residents?|fellows?|nurses?|interns?|técnic[oa]s?|enfermeir[oa]s?|enfermer[oa]s?"
    r"|m[eé]dic[oa]s?|residentes?)s?\b"
)
_OUR_OWN_WORDS = (
    r"(?:our\s+(?:very\s+)?own|the\s+(?:hospital|department|dept|unit|practice|trust|college|school)['’]s\s+own|nuestr[oa]s?\s+propi[oa]s?|noss[oa]s?\s+pr[oó]pri[oa]s?|notre\s+propre"
    r"|unser(?:e[rnm]?)?\s+eigene[rnm]?|onze\s+eigen|v[åa]r\s+egen|nasz\w*\s+w[łl]asn\w+"
    r"|na[šs]\w*\s+vlastn\w+|(?:a\s+)?saj[áa]t)"
)
# The head of our own place: "our head of department", "the Head of Radiology", "my boss",
# "diretor clínico do nosso próprio hospital", "nuestro propio jefe de servicio".
_HEAD = (
    r"(?:head|chief|director|directora?|diretora?|jefe|jefa|chefe|chef|dean|chair|chairman|cmd"
    r"|primario|primaria|caporeparto|direttore|direttrice|chef\s+de\s+clinique|chef\s+de\s+pôle"
    r"|chairwoman|lead|clinical\s+lead|program(?:me)?\s+director|residency\s+(?:program(?:me)?\s+)?"
    r"director|medical\s+director|clinical\s+director|superintendent|matron|hod|cmo|ceo"
    r"|chefarzt|chefärztin|leiter|leiterin|diensthoofd|överläkare|ordynator|kierownik|dyrektor"
    r"|directeur|directrice|directeur\s+général|chef\s+de\s+service|présidente?"
    r"|principal|superintendent|medical\s+superintendent|dept\s+chair|department\s+chair|chair"
    r"|verksamhetschef|avdelningschef|afdelingsleder|avdelingsleder|ylilääkäri|afdelingshoofd"
    r"|hod|head\s+of\s+department|overlege|overlæge|avdelingsoverlege|yfirlæknir|ylil[äa][äa]k[äa]ri"
    r"|professor(?:\s+of\s+\w+)?|[sš]ef|[sš]efica|predstojnik|predstojnica|pro[cč]elnik|pro[cč]elnica"
    r"|primarijus|drejtor|drejtori|drejtoresha|prim[áa][rř]\w*|\w*igazgat[óo]\w*|f[őo]orvos\w*)"
)
_OF_A_DEPARTMENT = (
    r"\s+(?:of|de|do|da|del)\s+(?:the\s+)?(?:\w+\s+)?(?:department|dept|radiology|imaging"
    r"|medicine|surgery|service|servicio|serviço|unit|school|radiolog\w+|program(?:me)?|residency"
    r"|cl[ií]nica|hospital)"
)
_OUR_HEAD = regex.compile(
    rf"\b(?i:(?:our|my|{_OUR_OWN_WORDS}|nuestro|nuestra|nosso|nossa|unser|unsere|unseren|unserem"
    rf"|unserer|vår|vårt|vores|vor|onze|ons|meidän|nostro|nostra|il\s+nostro|la\s+nostra|notre"
    rf"|na[sš]|na[sš]a|na[sš]e|na[sš]eg|na[sš]i|na[sš]\s+dugogodi[sš]nji|na[sš]a\s+dugogodi[sš]nja"
    rf"|tan[ae]|tagħna)\s+"
    rf"(?:own\s+|beloved\s+|dear\s+|new\s+|current\s+|former\s+|longtime\s+|long-serving\s+)?"
    rf"(?:(?:residency|clinical|medical|program(?:me)?|department(?:al)?)\s+){{0,2}}{_HEAD}"
    rf"(?:{_OF_A_DEPARTMENT})?"
    # with "the", only an office of a department: "the Head of Radiology", not "the head CT"
    rf"|\bthe\s+(?:(?:residency|clinical|medical|program(?:me)?|department(?:al)?)\s+){{0,2}}{_HEAD}"
    rf"{_OF_A_DEPARTMENT}"
    r"|\bmy\s+(?:own\s+)?boss"
    rf"|\bthe\s+(?:hospital|department|dept|trust|unit|practice|clinic|school)['’]s\s+(?:own\s+)?"
    rf"(?:[\w-]+\s+)?{_HEAD}"
    rf"|{_HEAD}\s+(?:[\w-]+\s+){{0,4}}?(?:of|de|do|da|del|at|van|von)\s+(?:our|{_OUR_OWN_WORDS}|nuestro"
    r"|nuestra|nosso|nossa|unserem|unserer|propio|propia|próprio|própria|proprio)\s+(?:[\w-]+\s+)?(?:hospital|department|clinic"
    r"|cl[ií]nica|service|servicio|serviço|unit|school|university|trust|institute|instituto"
    r"|centre|center|klinik|krankenhaus|ziekenhuis))\b"
)
# ... and what makes the holder the patient: their scan, their body, a diagnosis.
_AS_PATIENT = regex.compile(
    r"(?i:['’]s?\s+(?:own\s+)?(?:\w+\s+){0,2}?(?:x-?ray|radiograph|scan|ct|mri|films?|images?"
    r"|chest|knee|hip|hand|head|brain|spine|shoulder|ankle|wrist|back|kidney|stone|fracture"
    r"|subdural|stroke|mi|pe|tc|tac|rm|rx|exame|estudio|estudo|tomografia|tomografía|resonancia"
    r"|ressonância|radiografía|radiografia)\b"
    r"|\b(?:came\s+through|let\s+(?:me|us)\s+(?:scan|image|film)|consented|had\s+this\s+(?:done"
    r"|scan|ct|mri|study))"
    r"|\b(?:gets?|got|had|has|becomes?|became|presented|p/w|came\s+in|insisted|own|is\s+the"
    r"|was\s+the|patient|pt|paciente|patiënt|patienten|pasienten|potilas|diagnos\w+|su|sua|seu"
    r"|his|her|fez|hizo|pidió|pediu|ma['’]am['’]s|sir['’]s|said\s+ok|okayed|back\s+at\s+work"
    r"|pacijent\w*|pacient\w*|bolnik\w*|pazjent\w*"
    r"|is\s+back|recovering|recovered|turn\s+on\s+the\s+table|on\s+the\s+table|for\s+once"
    r"|whose\s+(?:\w+\s+)?(?:knee|hip|scan|ct|mri|x-?ray|chest|brain|shoulder|ankle|wrist|films?)"
    r"|whose\s+(?:\w+\s+)?(?:knee|hip|scan|ct|mri|x-?ray|chest|brain|shoulder|ankle|wrist|films?)"
    r"|per\s+una\s+volta|pour\s+une\s+fois|por\s+una\s+vez|paziente|patient|lui-même|elle-même"
    r"|s[ií]\s+mism[oa]|se\s+stess[oa]|voici\s+(?:son|sa)|ecco\s+(?:il|la)\s+su[oa]|aqu[ií]\s+su"
    r"|tc|tac|rm)\b)"
)
_OUR_OWN = regex.compile(
    # "to nasz ordynator", "c'est notre chef de service", "that's our HoD": the head is the patient
    rf"(?i:(?:(?:^|(?<=[.!?;:]\s))to\s+nasz\w*|\b(?:that['’]s|this\s+is|it['’]s|it\s+is|it\s+was"
    rf"|c['’]est|è|es|é)\s+(?:our|notre|il\s+nostro|nuestro|nosso|el\s+nuestro|o\s+nosso))\s+"
    rf"(?:own\s+)?{_HEAD}(?:{_OF_A_DEPARTMENT})?(?:\s+(?:himself|herself|themselves))?"
    r"(?=\s*(?:[,.;:!?)—–-]|$)))|"
    rf"\b(?i:{_OUR_OWN_WORDS}\s+(?:(?:medical|clinical|residency|program(?:me)?|emeritus|retired"
    rf"|former|late)\s+)?{_HEAD}\b)|"
    rf"\b(?i:{_OUR_OWN_WORDS}\s+{_STAFF}"
    # the patient is one of us: "this is one of our consultant colleagues", "a personal case"
    rf"|(?:this\s+is|(?:the\s+)?(?:patient|pt)\s+(?:is|was)|(?:he|she)\s+(?:is|was))"
    rf"\s+(?:one\s+of\s+our|our|a)\s+(?:own\s+)?{_STAFF}"
    r"|our\s+(?:hospital|trust|department|practice|university|health\s+(?:system|service|board|network)"
    r"|board)['’]?s?\s+(?:chief\s+executive|ceo"
    r"|medical\s+director|director|dean|chair|president|chairman|chairwoman)"
    # the only one of a trade in a place: "the only paediatric neurosurgeon in the county"
    r"|only\s+(?:[\w-]+\s+){0,2}(?!(?:tumou?r|marker|cancer|fracture|ulcer|factor|disorder"
    r"|cent(?:er|re)|border|liver|bladder|finger|shoulder|lesion|donor)\b)"
    r"(?:\w+(?:ist|er|or|ian|eon|man|woman)|gp|vet|doctor|nurse|midwife)\s+(?:in|on)\s+(?:the\s+)?"
    r"(?:whole\s+|entire\s+)?(?:county|town|village"
    r"|region|island|area|valley|district|city|state|country|province|practice|atoll|peninsula"
    r"|reserve|estate)"
    # "el único soplador de vidrio de la fábrica", "l'unico fabbro del paese"
    r"|\b(?:el|la|l['’])\s*[uú]nic[oa]\s+(?:[\w-]+\s+){1,3}?(?:de|del|della|dello|en)\s+(?:la\s+|el\s+)?"
    r"(?:f[aá]brica|fabbrica|pueblo|paese|isla|isola|empresa|azienda|comarca|ciudad|citt[aà]|valle"
    r"|aldea|frazione)"
    # an office that only one person holds, as the patient: "pt = chief justice of the
    # provincial high court", "The archbishop's chest x-ray"
    rf"|(?:pt|patient)\s*(?:=|:|is|was)\s*(?:the\s+|our\s+|a\s+)?"
    rf"(?:(?:sitting|current|former|incumbent|serving|retired)\s+)?{_UNIQUE_OFFICE}"
    rf"|\bthe\s+{_UNIQUE_OFFICE}(?:\s+of\s+(?:the\s+)?\p{{Lu}}\w+)?['’]s?\s+(?:\w+\s+){{0,2}}"
    r"(?:x-?ray|radiograph|scan|ct|mri|films?"
    r"|chest|knee|hip|hand|head|brain|spine|shoulder|ankle|wrist|elbow|back|neck|foot|heart"
    r"|lungs?|liver|kidneys?|abdomen|pelvis|colon|gallbladder|thyroid)"
    r"|only\s+(?:[\w-]+\s+){0,2}(?:laureate|professor|surgeon|consultant|bishop|judge)\s+"
    r"(?:on|in|at)\s+our\s+\w+"
    # a royal or traditional ruler, and a county or national side's player as the patient
    r"|his\s+royal\s+highness|her\s+royal\s+highness|his\s+majesty|her\s+majesty|hrh\b"
    r"|(?:county|national|international|provincial|state|olympic|all-ireland)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:goalkeeper|keeper|captain|striker|full-?back|quarterback|pitcher|player|hurler"
    r"|footballer|cricketer|batsman|bowler)['’]s\s+(?:\w+\s+)?(?:shoulder|knee|hip|ankle|wrist"
    r"|hand|head|back|spine|neck|elbow|foot|chest|scan|mri|ct|x-?ray)"
    r"|(?:head|chief|director|dean|lead)\s+of\s+\w+\s+(?:here|at\s+this\s+hospital)\b"
    r"|\p{Lu}\w+['’]s?\s+(?:starting\s+|first-choice\s+|first-team\s+|regular\s+)?"
    r"(?:qb|quarterback|goalkeeper|captain|striker|pitcher"
    r"|point\s+guard|fly-?half|goaltender|goalie|netminder|shortstop|catcher|centre-?back|keeper"
    r"|center|centre|power\s+forward|guard"
    r"|winger|forward|defender|midfielder|full-?back|hooker|scrum-?half|batsman|bowler"
    r"|first-?five(?:-eighth)?|five-eighth|stand-?off|half-?back|number\s+(?:eight|8|10)|no\.?\s?(?:8|10)"
    r"|loosehead|tighthead|openside|blindside"
    r"|wicket-?keeper|pitcher|linebacker|running\s+back)\b"
    # a named side's one captain or keeper: "the Fiji 7s captain", "the current West Indies
    # Test captain", "the ASEC Mimosas first-choice goalkeeper"
    r"|\bthe\s+(?:current\s+|former\s+|new\s+)?(?-i:\p{Lu})[\w'’-]+(?:\s+(?-i:\p{Lu})[\w'’-]+){0,2}"
    r"['’]?s?\s+(?:(?:\d+s|u-?\d{2}s?|sevens|xv|test|odi|t20|women['’]s|men['’]s)\s+)?"
    r"(?:first-choice\s+|starting\s+|first-team\s+|backup\s+|relief\s+)?(?:captain|skipper"
    r"|goalkeeper|quarterback|goalie|fly-?half|scrum-?half|wicket-?keeper|catcher|pitcher|shortstop)\b"
    r"|\bthe\s+first-team\s+(?:goalkeeper|captain|striker|keeper|quarterback)"
    r"|\b(?:olympic|world|commonwealth|paralympic|european)\s+(?:[\w,.-]+\s+){0,3}?(?:gold|silver"
    r"|bronze)\s+medall?ist"
    r"|\b(?:gold|silver|bronze)\s+medall?ist\b(?=[^.]*\b(?:national|world|olympic|european"
    r"|commonwealth|championships?|games)\b)"
    r"|\bplays\s+(?:[\w-]+\s+){0,3}?(?:for|with)\s+(?:the\s+)?(?:county|national|state|provincial"
    r"|(?-i:\p{Lu})\w+)\s+(?:[\w-]+\s+){0,2}?(?:side|team|squad|club|xv|xi|under-?\d+s)\b"
    r"|\b(?:fly-?half|scrum-?half|goalkeeper|goalie|striker|quarterback|pitcher|winger|full-?back"
    r"|hooker|flanker|number\s+(?:8|eight)|point\s+guard|shortstop|second\s+row|centre-?back)\s+"
    r"(?:for|with|at)\s+(?:the\s+)?(?-i:\p{Lu})"
    r"|\b(?:abbot|abbess|head\s+monk|imam|rabbi|pastor|priest|vicar|rector|chief\s+priest)\s+of\s+"
    r"(?:the\s+)?(?:main\s+|local\s+|only\s+|village\s+)?(?:temple|mosque|synagogue|church|parish"
    r"|monastery|cathedral|chapel|wat|gurdwara)"
    # "She captains the Mpumalanga women's netball team"
    r"|\b(?:captains|skippers|captained|skippered)\s+(?:the\s+)?(?:[\w'’-]+\s+){1,4}?(?:team|side"
    r"|squad|club|xi|xv|crew)\b"
    # in Romanian, by the genitive: "preotul satului Vânători", "primarul comunei Bran"
    r"|\b(?:preotul|primarul|prim[aă]ri[tț]a|p[aă]rintele|antrenorul|c[aă]pitanul|directorul"
    r"|directoarea|episcopul)\s+(?:satului|comunei|ora[sșş]ului|parohiei|clubului|echipei|[sșş]colii)"
    r"\s+(?-i:\p{Lu})"
    # "Une de nos collègues manipulatrices", "uno dei nostri infermieri": one of our own staff
    r"|\b(?:une?|l['’]une?|uno|una|um|uma)\s+(?:de|dei|delle|dos|das)\s+(?:nos|nostri|nostre"
    r"|nuestr[oa]s|noss[oa]s)\s+(?:propres\s+)?(?:coll[èe]gues|colleghi|colleghe|colegas"
    r"|manipulat\w+|infirmi\w+|infermier\w+|enfermer\w+|enfermeir\w+|internes|m[ée]dec\w+|medici"
    r"|m[ée]dicos|radiolog\w+|secr[ée]t\w+|t[ée]cnic\w+|tecnic\w+)"
    # a coach crash on a numbered road in Romanian: "accidentul de autocar de pe DN1"
    r"|\baccident\w*\s+(?:[\w-]+\s+){0,3}?(?:de\s+pe|pe)\s+(?-i:DN|DJ|A|E)\s?\d+"
    # "snøskredet på Lyngseidet", "rútuslysinu við Jökulsárlón", "målmand i pokalfinalen"
    r"|\b\w*(?:snøskred|snøras|skred|ras|slys|slysinu|ulykk|olyck|onnettomuu|tulipalo|brann|brand)\w*"
    r"\s+(?:på|ved|við|vid|i|í|hjá|ved)\s+(?-i:\p{Lu})\w+"
    r"|\b(?:målmand|målvakt|keeper|markvörður|maalivahti|anfører|kaptajn|spiller|spelare)\s+(?:i|í)\s+"
    r"(?:pokal|cup|bikar|liga|mesterskabs|landskamp)\w*"
    r"|\b(?:kapten|kaptein|kaptajn|kapitan)\s+(?:för|for|i|av|na)\s+(?:\w+\s+){0,2}?\w*lands(?:lag|hold)\w*"
    r"|\b(?:owner|eigenaar|Inhaber\w*|propriétaire|proprietari[oa]|dueñ[oa]|dono)\s+(?:of|van|der|des|du"
    r"|de\s+la|del|della|do|da)\s+(?:the\s+|de\s+|het\s+)?(?:[\w'’-]+\s+){0,4}?(?-i:\p{Lu})"
    r"|\b(?:Pfarrer|Bürgermeister\w*|Pastor|Rektor|Landrat|pastoor|burgemeester|dominee)\s+"
    r"(?:unserer|unseres|unseren|van\s+ons|onze)\b"
    r"|\b(?:Ronde|Omloop|Tour|Giro|Vuelta|Volta)\s+(?:van(?:\s+het|\s+de)?|de|d['’]|di|del|a)\s*"
    r"(?-i:\p{Lu})"
    r"|\b(?:Massenkarambolage|Karambolage|kettingbotsing|carambolage)\b"
    r"|\b(?:portiere|capitano|capitaine|gardien|portero|goleiro)\s+(?:titolare|titulaire|titular)\s+"
    r"(?:della|dell['’]|del|de\s+l['’]|du|de|do)\s*(?:(?-i:\p{Lu})|squadra|équipe|club|equipo)"
    r"|\bserving\s+(?:police\s+commissioner|chief\s+constable|police\s+chief|fire\s+chief|coroner"
    r"|commissioner)\b"
    r"|\bband\s+that\s+won\b|\bwon\s+(?:this|last)\s+year['’]s\s+(?:\w+\s+){0,3}?(?:contest|competition"
    r"|award|prize|title|cup|final)"
    r"|\b(?:stage|barrier|crowd|stand|grandstand)\s+(?:barrier\s+)?(?:collapse|crush)\b"
    r"|\b(?:chief\s+of\s+staff|aide|secretary|driver|spokes\w+|bodyguard)\s+(?:to|for)\s+(?:the\s+)?"
    r"(?:[\w'’]+\s+){0,2}?(?:mp|senator|minister|mayor|governor|president|premier|congress\w*)\b"
    r"|\bthis\s+year['’]s\s+(?:[\w-]+\s+){0,4}?(?:open|festival|marathon|final|show|fair|championships?"
    r"|games|carnival|derby|cup|regatta|rally|tournament)\b"
    # a wreck known by its place: "after the Lamma ferry collision", "the Świnoujście ferry
    # collision", "the Carmont train derailment"
    r"|\b(?-i:\p{Lu}[\p{L}'’-]+)\s+(?:ferry|bus|coach|minibus|train|tram|boat|ship|trawler|plane"
    r"|helicopter|tanker|lorry|truck|bridge|mine|factory|warehouse|tower|stadium|nightclub|club"
    r"|hotel|school|market|mall|shaft|pit|colliery)\s+(?:collision|crash|disaster|sinking|capsize"
    r"|capsizing|derailment|rockfall|rock\s*burst|cave-?in|flood(?:ing)?"
    r"|fire|blaze|explosion|blast|collapse|crush|stampede|shooting|stabbing|attack|tragedy|pile-?up)\b"
    # "Rescued from the Sewol ferry", "passenger from the MV Northern Star ferry grounding"
    r"|\b(?:rescued|pulled|evacuated|airlifted|winched|survivor|passenger|crew\s+member)\s+"
    r"(?:\w+\s+){0,2}?(?:from|of|off|on)\s+the\s+(?-i:(?:MV|MS|HMS|RMS|SS|FV)\s+)?"
    r"(?-i:\p{Lu}[\w'’-]+)(?:\s+(?-i:\p{Lu}[\w'’-]+))?\s+(?:ferry|ship|boat|liner|trawler|vessel"
    r"|yacht|cruise)"
    # a named ship: "crew member off the MV Northern Star"; not the mitral valve
    r"|\b(?:off|aboard|on\s+board|crew\s+of|deckhand\s+on)\s+the\s+(?-i:MV|M/V|FV|F/V|HMS|HMAS|RMS"
    r"|USS|SS|MS)"
    r"\s+(?!(?i:repair|prolapse|annulus|replacement|regurgitation|stenosis|area|leaflets?|inflow"
    r"|plane|level)\b)[\w'’-]{3,}"
    # a race of a named year: "near mile twelve of the great north run '23", "the Boston
    # Marathon 2024"
    r"|\b(?:the\s+)?[\w-]+(?:\s+[\w-]+){0,2}\s+(?:marathon|half[\s-]marathon|fun\s+run|run|10k"
    r"|triathlon|ironman|parkrun|sportive|fell\s+race|ultra)\s+(?:of\s+)?(?:['’]\d{2}|(?:19|20)\d{2})\b"
    r"|\b(?:Glastonbury|Coachella|Tomorrowland|Roskilde|Lollapalooza|Burning\s+Man|Download\s+Festival"
    r"|Reading\s+Festival|Electric\s+Picnic|Boomtown|Sziget|Primavera\s+Sound)\b"
    r"|\bthe\s+(?:city|town|county|region|island|village|area|district)['’]s\s+only\b"
    r"|\b(?:sole|only|lone)\s+(?:[\w-]+\s+){0,2}?(?:midwife|nurse|doctor|gp|teacher|vet|pharmacist"
    r"|priest|imam|pilot|ranger|keeper|policeman|police\s+officer|dentist|parteira|partera"
    r"|sage-femme|levatrice|ostetrica|curandeir[oa]|curander[oa]|healer)\s+(?:on|in|at|of)\s+"
    r"(?:the\s+(?:[\w-]+\s+){1,3}?(?:of|de|do|da)\s+)?(?-i:\p{Lu})"
    # "he's the sole blacksmith in Hexworthy": any trade, the only one in a named place
    r"|\bthe\s+(?:sole|only|lone)\s+(?:[\w-]+\s+){0,2}?(?!(?:tumou?r|marker|cancer|fracture"
    r"|ulcer|factor|disorder|cent(?:er|re)|border|liver|bladder|finger|shoulder|donor|major|minor"
    r"|inhibitor|receptor|sensor|detector|scanner|monitor|vector|rotor|anchor)\b)"
    r"(?:\w+smith|\w+wright|\w{3,}(?:er|ist|ian|or)|\w+(?:wo)?man)\s+(?:on|in|at|of)\s+"
    r"(?-i:\p{Lu})"
    # "runs the only pharmacy in Kobarid", "owns the sole garage on Rathlin"
    r"|\b(?:runs|ran|owns|owned|keeps|kept|manages|managed|the\s+owner\s+of)\s+the\s+(?:only|sole)\s+"
    r"(?:[\w-]+\s+){0,2}?[\w-]+\s+(?:in|on|of|at)\s+(?-i:\p{Lu})"
    r"|\b(?:well-known|famous|celebrated|renowned|beloved|popular|kilalang|sikat\s+na|terkenal"
    r"|nổi\s+tiếng)\s+(?:[\w-]+\s+){0,3}?(?:singer|penyanyi|mang-aawit|ca\s+sĩ"
    r"|artiste|deejay|dj|mc|rapper|vlogger|tiktoker|streamer|drummer|guitarist|pastor|preacher"
    r"|vocalist|playback\s+singer|crooner|violinist|pianist|cellist|sitarist|tabla\s+player"
    r"|actor|actress|musician|footballer|athlete|presenter|comedian|poet|writer|novelist|rapper|dancer"
    r"|cricketer|boxer|chef|influencer|youtuber|broadcaster)\b"
    r"|\bpresidente\s+municipal\b|\b(?:presentador[a]?|apresentador[a]?|présentat(?:eur|rice)"
    r"|conduttrice|conduttore|Moderator(?:in)?|nieuwslezer)\s+(?:del|de|d[oa]|du|dello|des)\s+"
    r"(?:\w+\s+){0,2}?(?:noticiero|telediario|informativo|programa|jornal|telejornal|journal|JT"
    r"|telegiornale|Nachrichten|journaal|Tagesschau)"
    r"|\bthe\s+(?:patient|pt)\s+(?:we|I)\s+(?:posted|published|shared|presented)\b"
    r"|\b(?:del|do|da)\s+paciente\s+(?:\w+\s+){0,6}?que\s+(?:publicamos|presentamos|postamos|compartimos)"
    # "stretchered off in the 78th minute of the county final"
    r"|\bstretchered\s+off\b|\bin\s+the\s+\d{1,3}(?:st|nd|rd|th)\s+minute\b"
    r"|\b(?:county|provincial|state|national|all-ireland|cup)\s+(?:[\w-]+\s+)?(?:final|semi-?final)\b"
    # "a long-serving councillor in the same small town", "head teacher at the only primary school"
    r"|\b(?:councill?or|mayor|alderman|sheriff|magistrate|head\s*teacher|headmaster|headmistress"
    r"|principal|vicar|priest|imam|pastor)\s+(?:in|of|for|at)\s+(?:the|our|a)\s+(?:same\s+|only\s+)?"
    r"(?:small\s+|little\s+|tiny\s+|local\s+)?(?:primary\s+|secondary\s+)?(?:town|village|parish"
    r"|island|school|glen|valley|community)\b"
    # "He plays tighthead prop for the Stormers", "who plays front row for the Waratahs"
    r"|\b(?:plays|played|playing|captains|captained|coaches|coached)\s+"
    r"(?:(?!(?:roles?|parts?|host|out|along|havoc|tricks)\b)[\w-]+\s+){0,3}?"
    r"(?:for|with)\s+(?:the\s+)?(?-i:\p{Lu}[\w'’-]+)(?!\s+(?:et\s+al|score|classification|criteria"
    r"|sign|test|grade|scale))"
    # "retired Anglican bishop of the diocese", "the senior consultant surgeon at this hospital"
    r"|\b(?:bishop|archbishop|archdeacon|dean|chief\s+rabbi|grand\s+mufti)\s+of\s+(?:the|this|our)"
    r"\s+(?:diocese|cathedral|archdiocese|see)\b"
    r"|\b(?:consultant|surgeon|physician|radiologist|radiographer|sonographer|nurse|matron|registrar"
    r"|anaesthetist|anesthesiologist|porter|midwife|pharmacist|physio\w*|director|manager|ceo)\s+"
    r"(?:at|in|of|on)\s+(?:this|our)\s+(?:own\s+)?(?:hospital|trust|department|dept|unit|ward"
    r"|institution|practice|clinic|centre|center)\b"
    # "O doente é enfermeiro do nosso serviço", "médica de nuestro hospital"
    r"|\b(?:enfermeir[oa]|enfermer[oa]|m[ée]dic[oa]|t[ée]cnic[oa]|radiologista|radi[óo]log[oa]"
    r"|cirurgi[ãa][oa]?|cirujan[oa]|residente|interno|auxiliar|secret[áa]ri[oa]|celador[a]?|maqueiro)"
    r"\s+(?:do|da|del|de\s+la|de|en|no|na|em)\s+(?:nosso|nossa|nuestro|nuestra|este|esta)\s+"
    r"(?:servi[çc]o|servicio|hospital|unidade|unidad|equipa|equipo|departamento|centro|cl[íi]nica)"
    # German and Polish: "Oberarzt unserer eigenen Unfallchirurgie", "Posłanka na Sejm",
    # "Schlagersängerin", "Wiener Derby", a coach crash on the Zakopianka, a fire on a named ship
    r"|\b(?:Ober[äa]rzt\w*|Assistenz[äa]rzt\w*|Chef[äa]rzt\w*|Fach[äa]rzt\w*|Pflegekraft|Pfleger\w*"
    r"|Krankenschwester|MTRA|MTR|MFA|Stationsleit\w*|lekarz\w*|piel[ęe]gniar\w*|ratownik\w*)\s+"
    r"(?:unserer|unseres|unserem|unseren|naszego|naszej|naszym)\s+(?:eigenen\s+|w[łl]asnego\s+"
    r"|w[łl]asnej\s+)?\w+"
    r"|\bpos(?:e[łl]|[łl]anka|[łl]anki|[łl]ank[ąa]|[łl]em|[łl]a|[łl]owi)\s+na\s+sejm\b|\bsenator\w*\s+rp\b"
    r"|\b(?:bekannte[rn]?|ber[üu]hmte[rn]?|prominente[rn]?|znan[aey]|s[łl]awn[aey])\s+(?:[\w-]+\s+)?"
    r"(?:\w*s[äa]nger\w*|Schauspieler\w*|Fu[ßs]baller\w*|Moderator\w*|piosenkar\w*|aktor\w*"
    r"|pi[łl]karz\w*|prezenter\w*)"
    r"|\b\w*s[äa]nger(?:in)?\s+(?:aus|from|z)\s+(?-i:\p{Lu})|\bSchlagers[äa]nger\w*"
    r"|\b(?:Wiener|Basler|Z[üu]rcher|Berliner|Hamburger|M[üu]nchner|Revier|Rhein|Nord|S[üu]d)[-\s]?[Dd]erby\b"
    r"|\bwypadk\w*\s+(?:\w+\s+){0,2}?na\s+(?:zakopiance|gierkówce|gierkowce|autostradzie\s+A\d|drodze"
    r"\s+(?:krajowej|ekspresowej)\s+(?:nr\s+)?\d+|trasie\s+S\d+)"
    r"|\b(?:Brand|Feuer|Explosion|Unglück|Havarie|po[żz]ar\w*|katastrof\w*)\s+(?:\w+\s+){0,3}?"
    r"(?:auf\s+dem|an\s+Bord\s+der|auf\s+der|na\s+statku|na\s+promie)\s+(?:\w+\s+)?[„\"“]?(?-i:\p{Lu})"
    # "Joueur de centre des Remparts de Québec", "portiere del Sassuolo": a club's player
    r"|\b(?:joueur|joueuse|jugador[a]?|jogador[a]?|giocat(?:ore|rice)|capitaine|capit[áa]n|capitano"
    r"|gardien|portero|goleiro|portiere|attaccante|difensore|ailier|d[ée]fenseur|attaquant"
    r"|centrocampista|terzino|trequartista|arquer[oa]|delanter[oa]|mediocampista|zaguer[oa]"
    r"|zagueir[oa]|atacante|milieu|buteur|gardienne|porteir[oa])\s+"
    r"(?:[\w'’-]+\s+){0,3}?(?:des|du|de\s+la|de\s+l['’]|del|do|da|della|dei|dello|de)\s*"
    # a national side: "arquera titular de la selección chilena"
    r"(?:(?-i:\p{Lu})|selecci[óo]n\b|sele[çc][ãa]o\b|nazionale\b|s[ée]lection\b)"
    # our own staff in Italian and French: "Infermiera del nostro reparto di Cardiologia", "un
    # collègue manipulateur de notre propre service"
    r"|\b(?:infermier[ae]|medic[oa]|tecnic[oa]|specializzand[oa]|collega|caposala|primario"
    r"|manipulat(?:eur|rice)|infirmi[eè]re?|coll[èe]gue|interne|m[ée]decin|secr[ée]taire)\s+"
    r"(?:[\w'’-]+\s+)?(?:del|della|dello|di|de|du|de\s+la|dans)\s+(?:nostro|nostra|notre)\s+"
    r"(?:propre\s+|stesso\s+|stessa\s+)?(?:reparto|servizio|ospedale|unit[àa]|dipartimento|service"
    r"|h[ôo]pital|[ée]quipe|unit[ée]|d[ée]partement)"
    # the head of our own service: "Nuestro jefe de servicio de Traumatología", "our own
    # department's chief radiographer"
    r"|\b(?:nuestr[oa]|nosso|nossa|notre|nostro|nostra)\s+(?:propi[oa]\s+|propre\s+)?(?:jef[ea]"
    r"|chefe|chef|primario|direttore|direttrice|director[a]?|diretor[a]?|coordinador[a]?"
    r"|coordenador[a]?)\s+(?:de|del|do|da|di|du)\s+(?:servicio|servi[çc]o|service|reparto"
    r"|departamento|d[ée]partement|unidad|unidade|unit[ée])"
    r"|\bour\s+(?:own\s+)?(?:[\w-]+\s+)?(?:department|dept|unit|hospital|ward|team|practice)['’]s\s+(?:[\w-]+\s+)?"
    r"(?:chief|head|lead|senior|superintendent|director|manager|matron|charge)\b"
    r"|\bour\s+own\s+(?:department|dept|unit|hospital|ward|team|practice)['’]s\s+(?:[\w-]+\s+){0,3}?"
    r"(?:radiographer|sonographer|nurse|radiologist|consultant|registrar|secretary|porter"
    r"|physicist|technologist|manager|receptionist|cleaner)s?\b"
    r"|\b(?:t[ée]cnic[oa]s?|enfermeir[oa]s?|infermer[oa]s?|metge|metgessa|m[ée]dic[oa]s?"
    r"|radi[òo]leg|radi[óo]log[oa]s?|celador[a]?|zelador[a]?|administrativ[oa]s?)\s+(?:de\s+\w+\s+)?"
    r"(?:do|da|del|de\s+la|dels|de)\s+(?:noso|nosa|nostre|nostra)\s+(?:servizo|servei|hospital"
    r"|unitat|unidade|equipo|equip)"
    r"|\b(?:our\s+own|el\s+nostre|o\s+noso)\s+(?:cap|xefe|jefe)\s+de\s+(?:servei|servizo|servicio)"
    # "a deputy of the Chisinau municipal council"
    r"|\b(?:deputy|member|councill?or|chair(?:man|woman|person)?|speaker|president)\s+of\s+the\s+"
    r"(?-i:\p{Lu}[\w'’-]+)\s+(?:municipal|city|town|district|regional|county|local|village|parish)"
    r"\s+council\b"
    # "first-choice goalkeeper, Stenhousemuir FC": a player and the club, in a form's line
    r"|\b(?:goalkeeper|keeper|goalie|captain|striker|full-?back|winger|quarterback|pitcher"
    r"|fly-?half|scrum-?half|midfielder|defender)[,:;\s]+(?:for\s+|at\s+|of\s+)?"
    r"(?-i:\p{Lu}[\w'’-]+(?:\s+\p{Lu}[\w'’-]+)?)\s+(?-i:FC|AFC|United|City|Rovers|RFC|GAA|CF|SC)\b"
    # the Nordic languages: a fire at a named place, the news that covered it, a keeper of a
    # named club, a parish priest of a named place, our own department's radiographer
    r"|\b(?:brannen|branden|brand|tulipalo\w*|tulekahju\w*|bruni|eldsvo\w*)\s+(?:på|i|ved|vid|í)\s+"
    r"(?-i:\p{Lu})"
    r"|\b(?:Yle|RÚV|NRK|SVT|DR|TV2|ERR|MTV3)\s+(?:uutisoi\w*|rapporter\w*|meldte|omtalte|fjallaði)"
    r"|\bfjallað\s+var\s+um\s+í\s+fréttum|\bi\s+(?:nyheterna|nyhetene|nyhederne)\b"
    r"|\b(?:keeper(?:en)?|målvakt(?:en)?|målmand(?:en)?|maalivahti|kaptein(?:en)?|kapten)\s+"
    r"(?:på|i|for|för|hos)\s+(?-i:\p{Lu})"
    r"|\b(?:sóknarprest\w*|sogneprest\w*|kyrkoherde\w*|kirkkoherra\w*|præsten|presten)\s+"
    r"(?:í|i|på|ved)\s+(?-i:\p{Lu})"
    r"|\boma(?:n|lla|ssa)?\s+osastomme\s+\w+"
    # German and Dutch: a mayor or a priest of a named place, the only vet in a valley, a
    # club's goalkeeper, a colleague of our own department
    r"|\b(?:Bürgermeister\w*|Landr[äa]t\w*|Pfarrer\w*|Bischof\w*|Ortsvorsteher\w*|burgemeester"
    r"|wethouder|pastoor|dominee)\s+(?:von|van|in|der\s+Gemeinde|de)\s+(?-i:\p{Lu})"
    r"|\b(?:einzige[rn]?|enige)\s+(?:[\w-]+\s+)?\w+\s+(?:im|in|von|auf|der|op|van)\s+(?:ganzen\s+|hele\s+)?"
    r"(?-i:\p{Lu})"
    r"|\b(?:Goalie|Torwart|Torhüter\w*|Kapitän|Stürmer|Verteidiger|doelman|aanvoerder|spits)\s+"
    r"(?:[\w-]+\s+){0,4}?(?:des|der|vom|von|bei|van|bij)\s+(?-i:FC|SC|SV|VfB|VfL|TSV|FSV|BSC|\p{Lu}\w+)"
    r"|\bcollega\s+(?:van|op)\s+(?:onze|ons)\s+(?:eigen\s+)?(?:afdeling|dienst|ziekenhuis|team)"
    r"|\b(?:Chefarzt|Oberarzt|head|chief|director|lead)\s+of\s+our\s+own\b"
    r"|\bhead\s+of\s+\w+\s+at\s+(?:the|our)\s+(?:referring|local|same|neighbouring|neighboring)\s+"
    r"hospital"
    # Czech, Slovak, Polish, Hungarian: our colleague, a club's (reserve) goalkeeper, the only
    # GP of a named village, a train collision near a named town
    r"|\b(?:náš|naše|naša|nasz|nasza)\s+(?:\w+\s+)?(?:kolega|kolegyně|kolegyňa|koleżanka)\b|\bkolléganőnk|\bkollégánk"
    r"|\b(?-i:\p{Lu}[\p{L}-]+)\s+(?:\w+\s+)?(?:tartalék)?kapus\w*"
    r"|\b(?-i:\p{Lu}[\p{L}-]+)\s+egyetlen\s+\w+"
    r"|\b(?:jedin[ýá]|jedyn[ya])\s+(?:\w+\s+){0,2}?(?:v|ve|w|na|pre|pro)\s+(?-i:\p{Lu})"
    r"|\b(?:srážk\w*|zrážk\w*|havári\w*|zderzeni\w*|katastrof\w*)\s+(?:\w+\s+){0,2}?(?:u|pri|pod|koło"
    r"|w|v|na)\s+(?-i:\p{Lu})"
    # "the head nurse of our IR suite", "the imam of the main masjid in our town", "kapitan ng
    # barangay", "chief of Sandy Lake First Nation", "humare radiology department ke"
    r"|\b(?:head|chief|lead|senior|charge)\s+\w+\s+of\s+our\s+(?:own\s+)?(?:[\w-]+\s+)?(?:suite"
    r"|department|dept|unit|ward|team|service|theatre|theater|lab)\b"
    r"|\b(?:imam|priest|vicar|rabbi|pastor|minister)\s+of\s+the\s+(?:main|only|local|central|big)\s+"
    r"(?:masjid|mosque|church|temple|synagogue|parish|chapel)\b"
    r"|\bkapitan\s+(?:ng\s+)?barangay|\bbarangay\s+captain|\bpunong\s+barangay"
    r"|\bchief\s+of\s+(?:the\s+)?(?:\p{Lu}[\w'’-]+\s+){1,3}(?:First\s+Nation|Band|Nation|Tribe"
    r"|Reserve)\b"
    r"|\bhumare\s+(?:\w+\s+){0,2}?(?:department|dept|ward|unit)\s+ke\b"
    # a gathering of a named year: "the 2023 Ashbourne Royal Shrovetide match"
    r"|\bthe\s+(?:19|20)\d\d\s+(?-i:(?:\p{Lu}[\w'’-]+\s+){1,4})(?:match|game|final|derby|race"
    r"|marathon|festival|parade|rally|regatta|show|fair)\b"
    # a Turkish mayor or head by the place: "Girne Belediye Başkanı", "Dernek başkanı"
    r"|\b(?-i:\p{Lu}[\p{L}'’-]+)\s+(?:Belediye\s+Başkan\w*|Muhtar\w*|Valisi|Kaymakam\w*|Müftüsü)"
    r"|\b(?:Derne[ğg]i|Kul[üu]b[üu]|Vakf[ıi])\s+ba[şs]kan\w*"
    # a bishop, a district's administrator, a school's head by the place: "o Bispo de Bissau",
    # "administrador do distrito de Moamba", "directorul liceului teoretic din Soroca"
    r"|\b(?:bispo|obispo|vescovo|év[eê]que|arcebispo|arzobispo|arcivescovo|archev[eê]que|episcopul"
    r"|mitropolitul)\s+(?:de|di|d['’]|do|da|del|al)\s*(?-i:\p{Lu})"
    r"|\badministrador[a]?\s+(?:do|da|de)\s+(?:distrito|munic[íi]pio|posto\s+administrativo|concelho)"
    r"\s+(?:de|do|da)\s+(?-i:\p{Lu})"
    r"|\b(?:directorul|directoarea|primarul|primărița|preotul|medicul\s+de\s+familie)\s+(?:\w+\s+){0,3}?"
    r"(?:din|al|a)\s+(?:comunei\s+|ora[șş]ului\s+|satului\s+)?(?-i:\p{Lu})"
    # a minister by the post held now: "the current Ministra da Saúde"
    r"|\b(?:current|sitting|serving|incumbent)\s+(?:\w+\s+){0,2}?(?:minister|ministra|ministro|ministre"
    r"|mayor|governor|senator|mp|bishop|prefeit[oa]|alcalde(?:sa)?|sindac[oa]|maire)\b"
    # a winner by the race: "the Aussie swimmer who took gold in the 200 free"
    r"|\b[\w-]+(?:er|ist|or|ete)\s+who\s+(?:took|won|claimed|grabbed|bagged|picked\s+up)\s+"
    r"(?:an?\s+|the\s+)?(?:olympic\s+|world\s+|commonwealth\s+)?(?:gold|silver|bronze|medal|title)\b"
    # a crash on a named road in Italian and Spanish: "tamponamento a catena sulla A1"
    r"|\b(?:tamponamento|maxi-?tamponamento|incidente|scontro|carambola)\s+(?:[\w'’]+\s+){0,3}?"
    r"(?:sulla|sull['’]|in)\s*(?:A\d{1,2}\b|autostrada|statale|SS\s?\d+|tangenziale|superstrada)"
    r"|\b(?:choque|accidente|colisi[óo]n|carambola|volcadura|vuelco)\s+(?:[\w'’]+\s+){0,4}?"
    r"(?:en|sobre)\s+(?:la|el)\s+(?:autopista|autov[íi]a|carretera|ruta|panamericana|circunvalaci[óo]n)"
    r"\s+(?:(?-i:\p{Lu})|\d)"
    r"|\b(?:despiste|acidente|colis[ãa]o|choque|capotamento|atropelamento)\s+(?:[\w'’]+\s+){0,3}?"
    r"(?:na|no)\s+(?:A|IP|IC|EN|N|AE)\s?-?\d{1,3}\b"
    r"|\b(?:d[ée]rbi|derby|cl[áa]ssico|jogo|partido|partita)\s+(?!(?i:hospital|infirmary|county|city"
    r"|road|street|university|royal)\b)(?-i:\p{Lu}[\p{L}'’]+)\s?[–-]\s?"
    r"(?-i:\p{Lu})"
    # a fire at a named place in French and Italian: "l'incendie de la discothèque « Le Phare »",
    # "la bousculade au concert du stade municipal de Bouaké"
    r"|\b(?:incendie|explosion|effondrement|bousculade|fusillade|attentat|carambolage|naufrage"
    r"|incendio|esplosione|crollo|strage|sparatoria|naufragio)\s+(?:de\s+la|du|de\s+l['’]|des|au"
    r"|à\s+la|del|della|dello|al|alla|nel|nella)\s*(?:[\w'’-]+\s+){0,5}?(?:[«\"“]\s*)?(?-i:\p{Lu})"
    # a named ship: "fell from the deck of the cruise ship Pacific Explorer"
    r"|\b(?:cruise\s+(?:ship|liner)|ferry|liner|trawler|yacht|tanker)\s+(?-i:(?:MV|MS|RMS|HMS)\s+)?"
    r"(?-i:\p{Lu}[\w'’-]+(?:\s+\p{Lu}[\w'’-]+)?)(?!\s+(?i:terminal|port|road|rd|street|lane))"
    # "Noto tenore del Teatro alla Scala", "célèbre chanteuse", "conosciuto attore"
    r"|\b(?:not[oa]|famos[oa]|celebre|conosciut[oa]|c[ée]l[èe]bre|connue?|fameu(?:x|se)|renommée?)"
    r"\s+(?:[\w-]+\s+)?(?:tenore|soprano|baritono|cantante|attore|attrice|calciatore|calciatrice"
    r"|chanteur|chanteuse|acteur|actrice|footballeur|pr[ée]sentat(?:eur|rice)|animat(?:eur|rice)"
    r"|t[ée]nor|rapper|rappeur|humoriste|comico|cuoco|chef)\b"
    # "Conocida cantante de banda", "famoso futbolista", "célebre actriz"
    r"|\b(?:conocid[oa]|famos[oa]|c[ée]lebre|reconhecid[oa]|popular|querid[oa])\s+(?:[\w-]+\s+)?"
    r"(?:cantante|cantora|cantor|actor|actriz|atriz|futbolista|jogador[a]?|jugador[a]?|presentador[a]"
    r"|apresentador[a]|locutor[a]?|torero|boxeador[a]?|youtuber|influencer|m[úu]sic[oa]|comediante"
    r"|humorista)\b"
    # "a former Singapore Idol finalist", "the Reuters correspondent in Nairobi"
    r"|\b(?:Idol|X\s+Factor|Voice|Got\s+Talent|MasterChef|Big\s+Brother|Survivor|Bake\s+Off"
    r"|Strictly|Love\s+Island|Dancing\s+with\s+the\s+Stars)\s+(?:finalist|winner|contestant|star"
    r"|champion|semi-?finalist|runner-?up)"
    r"|\b(?-i:\p{Lu}[\w'’-]+)\s+(?:correspondent|bureau\s+chief|news\s+editor|political\s+editor"
    r"|sports\s+editor|anchor|newsreader|weather\s+presenter)\s+(?:in|for|at|on)\s+(?-i:\p{Lu})"
    # the Nordic languages and Finnish: "overlæge på vores egen børneafdeling", "hvor hun selv
    # arbejder som radiograf", "Kuopion kaupunginjohtaja", "tunnettu iskelmälaulaja"
    r"|\b(?:overl[æe]ge|overlege|[öo]verl[äa]kare|radiograf|sygeplejerske|sykepleier"
    r"|sjuksk[öo]terska|l[äa]kare|lege|l[æe]ge|ylil[äa][äa]k[äa]ri|sairaanhoitaja|r[öo]ntgenhoitaja)"
    r"\s+(?:p[åa]|i|ved|vid|hos)\s+(?:vores|v[åa]r|v[åa]ran|v[åa]rt|vort|meid[äa]n)\s+"
    r"(?:egen\s+|eget\s+|egna\s+|oma\w*\s+)?\w+"
    r"|\b(?:vores|v[åa]r|v[åa]rt|meid[äa]n)\s+(?:egen|eget|egna|oma)\s+\w+,?\s+(?:hvor|d[äa]r|der|jossa)"
    r"\s+(?:hun|han|hon|h[äa]n)\s+(?:selv\s+|sj[äa]lv\s+|itse\s+)?(?:arbejder|jobber|arbetar"
    r"|ty[öo]skentelee)"
    r"|\b(?-i:\p{Lu}\w+n)\s+(?:kaupunginjohtaja|kunnanjohtaja|pormestari|piispa|kansanedustaja)"
    r"|\b(?:borgmester|borgm[äa]stare|ordf[øo]rer)\s+(?:i|p[åa])\s+(?-i:\p{Lu})"
    r"|\b(?:tunnettu|kuuluisa|k[äa]nd|kjent|kendt|ber[öo]md|ber[øo]mt|popul[æäa]r)\s+(?:\w+\s+)?"
    r"(?:\w*laulaja|\w*s[åa]ngerska|\w*s[åa]ngare|\w*sanger(?:inde|inne)?|skuespiller\w*"
    r"|sk[åa]despel\w*|n[äa]yttelij[äa]|fotballspiller|fotbollsspelare|jalkapalloilija"
    r"|programleder|programledare|juontaja)"
    # a named vessel in Dutch: "aanvaring van het binnenvaartschip 'Jolanda'", "de veerboot
    # Pride of Rotterdam ... explosie"
    r"|\b(?:veerboot|binnenvaartschip|vrachtschip|schip|kotter|vissersboot|rondvaartboot)\s+['‘\"“]?"
    r"(?-i:\p{Lu})[^.;]{0,80}?\b(?:explosie|aanvaring|brand|ramp|ongeval|gezonken|kapseisd|ontploffing)"
    r"|\b(?:explosie|aanvaring|brand|ramp|ongeval|ontploffing)\s+(?:\w+\s+){0,4}?(?:veerboot"
    r"|binnenvaartschip|vrachtschip|schip|kotter)\s+['‘\"“]?(?-i:\p{Lu})"
    # "Lebanese national basketball team point guard", "the député of our circonscription"
    r"|\bnational\s+(?:[\w-]+\s+){0,2}team['’]?s?\s+(?:point\s+guard|guard|centre|center|forward"
    r"|striker|winger|captain|keeper|goalkeeper|pitcher|quarterback|setter|libero|player|star|prop"
    r"|hooker|fly-?half|scrum-?half|wicketkeeper|bowler|batsman|opener)"
    r"|\bd[ée]put[ée]e?\s+(?:of|de|for)\s+(?:our|notre|la|this)\s+(?:circonscription|constituency"
    r"|district|r[ée]gion|wilaya)|\b(?:our|the)\s+(?:local\s+)?MP\b|\bMP\s+for\s+(?:our|this|the)\s+"
    r"(?:constituency|area|town)"
    r"|\b(?:staff\s+nurse|nurse|radiographer|sonographer|technologist|porter|registrar|consultant"
    r"|resident|secretary|receptionist|cleaner|physio\w*)\s+(?:in|on|at)\s+(?:the\s+)?(?:[\w-]+\s+)?"
    r"(?:department|dept|ward|unit|clinic|team)\s+here\b"
    # Czech, Slovak and Hungarian: "zdravotná sestra z našej JIS", "farář v Kostelci", "a körzet
    # országgyűlési képviselője", "známa speváčka", "požiar skladu v Trnave"
    r"|\b(?:sestr\w*|l[ée]ka[řr]\w*|radiolog\w*|asistent\w*|[áa]pol[óo]\w*|orvos\w*|rezidens\w*)"
    r"\s+(?:z|zo|na|v|ve|a|az)\s+(?:na[šs]\w*|n[áa][šs]\w*|mi|a\s+mi)\s+\w+"
    r"|\b(?:far[áa][řr]\w*|kn[ěe]z\w*|pleb[áa]nos|lelk[ée]sz\w*|starost\w*|prim[áa]tor\w*|polg[áa]rmester\w*)"
    r"\s+(?:v|ve|vo|z|zo)\s+(?-i:\p{Lu})"
    r"|\borsz[áa]ggy[űu]l[ée]si\s+k[ée]pvisel\w*|\bposlan(?:ec|kyn[ěe]|ec\s+NR\s+SR)\b"
    r"|\b(?:zn[áa]m\w*|ismert|h[íi]res|sl[áa]vn\w*|popul[áa]rn\w*|obl[íi]ben\w*)\s+(?:[\w-]+\s+)?"
    r"(?:spev[áa]\w*|zp[ěe]v[áa]\w*|herec\w*|here[čc]k\w*|sz[íi]n[ée]sz\w*|[ée]nekes\w*|futbalist\w*"
    r"|fotbalist\w*|labdar[úu]g[óo]\w*|moder[áa]tor\w*|m[űu]sorvezet\w*)"
    r"|\b(?:po[žz]iar\w*|po[žz][áa]r\w*|t[űu]zeset\w*|t[űu]zv[ée]sz\w*)\s+(?:\w+\s+){0,2}?(?:v|vo|ve|na|a|az)"
    r"\s+(?-i:\p{Lu})"
    # Dutch: "verpleegkundige op onze eigen afdeling cardiologie"
    r"|\b(?:verpleegkundige|arts|laborant\w*|radioloog|radiologe|assistent\w*|secretaresse"
    r"|co-?assistent|ok-?assistent|specialist)\s+(?:op|van|bij|in)\s+(?:onze|ons)\s+(?:eigen\s+)?\w+"
    # "one of the radiographers from our CT dept here": a colleague as the patient
    r"|\b(?i:one\s+of\s+(?:the|our)\s+(?:own\s+)?(?:[\w-]+\s+)?(?:radiographers|nurses|porters"
    r"|sonographers|radiologists|registrars|residents|doctors|consultants|physios|physiotherapists"
    r"|paramedics|cleaners|secretaries|receptionists|techs|technologists|surgeons|anaesthetists"
    r"|anesthesiologists|midwives|pharmacists|hcas|fellows|interns|colleagues|staff|laboranten"
    r"|verpleegkundigen)\s+(?:from|in|at"
    r"|on)\s+our\s+(?:own\s+)?\w+)"
    # "fell off the stage at Splendour in the Grass", "the Tejano singer everyone in the RGV knows"
    r"|\b(?:stage|mosh\s*pit|crowd\s+barrier|grandstand)\s+(?:\w+\s+){0,2}?(?:at|during)\s+(?:the\s+)?"
    r"(?-i:\p{Lu})"
    r"|\b(?:singer|player|presenter|dj|artist|rapper|musician|actor|actress|chef|boxer|jockey)\s+"
    r"everyone\s+(?:\w+\s+){0,4}?knows\b"
    # "the Leinster tighthead", "coaches the Kilkenny minor hurlers", "the head teacher at the
    # local primary"
    r"|\bthe\s+(?-i:\p{Lu}[\w'’-]+)\s+(?:tighthead|loosehead|hooker|fly-?half|scrum-?half|full-?back"
    r"|winger|striker|goalkeeper|keeper|captain|skipper|quarterback|point\s+guard|number\s+(?:8|10))\b"
    r"|\bcoach(?:es|ed|ing)?\s+the\s+(?-i:\p{Lu})"
    r"|\b(?:head\s*teacher|headmaster|headmistress|principal|vicar|priest|imam|rabbi|gp|pharmacist"
    r"|postmaster|postmistress|publican|landlord|landlady)\s+(?:at|of|in)\s+the\s+local\s+(?:primary"
    r"|school|church|mosque|synagogue|surgery|practice|pharmacy|parish|pub|post\s+office|village)\b"
    # "pt is leicester city's left back": a club's player by position, in any case
    r"|\b(?:city|united|utd|rovers|fc|town|athletic|wanderers|county|albion|hotspur|rangers|celtic"
    r"|villa|rfc|warriors|tigers|saints)['’]s\s+(?:(?:first[\s-]choice|starting|new|regular)\s+)?"
    r"(?:(?:left|right|centre|center)[\s-]?)?(?:back|forward|winger|striker|keeper|goalkeeper"
    r"|goalie|captain|skipper|midfielder|defender|full[\s-]?back|half[\s-]?back|prop|hooker"
    r"|fly[\s-]?half|scrum[\s-]?half|lock|flanker|number\s+(?:8|eight|nine|10|ten))\b"
    # "the head teacher at st aidans primary", "the vicar at holy trinity": one post at a named
    # school, church or pub, however it is written
    r"|\b(?:head\s*teacher|headmaster|headmistress|head\s+of\s+school|vicar|rector|curate"
    r"|parish\s+priest|imam|rabbi|pastor|landlord|landlady|publican|postmaster|postmistress)\s+"
    r"(?:at|of)\s+(?!(?:the|a|an|our|their|his|her|this|that|local)\b)(?:st\.?\s+|saint\s+)?"
    r"[\w'’-]{3,}(?:\s+[\w'’-]{3,}){0,2}?(?:\s+(?:primary|school|academy|church|chapel|mosque"
    r"|synagogue|temple|parish|pub|inn|arms|college)\b|,\s+\w+|\s+in\s+\w+)"
    r"|\bat\s+the\s+only\s+(?:[\w-]+\s+){0,2}?(?:school|shop|pub|church|garage|pharmacy|surgery"
    r"|clinic|hotel|bakery|post\s+office)\s+(?:in|on|of)\s+(?:the|our)\s+\w+"
    r"|\b(?:national|county|state|provincial)\s+(?:[\w-]+\s+){0,2}team\s+(?:captain|skipper|coach"
    r"|goalkeeper)"
    r"|\bthe\s+(?:\p{Lu}\w+\s+){1,3}(?:mayor|governor|senator|councill?or|bishop|chief)['’]s\b"
    r"|\b(?:portiere|capitano|capitaine|gardien)\s+(?:titolare|titulaire)\s+(?:della|de\s+l['’]|du)\s+"
    r"(?:squadra|équipe|club)"
    r"|\w*(?:abgeordnete\w*|bürgermeister\w*)\s+(?:aus|von)\s+unser\w*"
    # "the county sheriff", national record holders and champions
    r"|\b(?:the|our)\s+county\s+(?:sheriff|coroner|judge|commissioner|attorney|mayor|executive)\b"
    r"|\b(?:national|world|european|olympic|commonwealth|state|county|african|asian|guinness)\s+"
    r"(?:[\w,.-]+\s+){0,3}?(?:record[\s-]+holder|champion|champ)\b"
    # "the only female harbour pilot working in the port"
    r"|\bthe\s+only\s+(?:female|male|woman|man|black|deaf|blind|women|male)\s+(?:[\w-]+\s+){1,3}?"
    r"(?:working\s+|employed\s+|based\s+)?(?:in|at|on)\s+(?:the|our)\s+\w+"
    # "as principal of the village primary school"
    r"|\b(?:principal|head\s*teacher|headmaster|headmistress|matron|owner|landlord|landlady|publican"
    r"|postmaster|postmistress|vicar|priest|chairman|chairwoman|president)\s+of\s+the\s+(?:only|local"
    r"|village|town|island|parish|county)\b"
    # "our mayor", "the cathedral's head chorister"
    r"|\bour\s+(?:town['’]s\s+|city['’]s\s+|local\s+|village['’]s\s+)?(?:mayor|mp|councill?or|sheriff"
    r"|vicar|priest|bishop|imam|rabbi|coroner)\b"
    r"|\bthe\s+(?:cathedral|church|abbey|school|club|team|choir|orchestra|band|village|town|mosque"
    r"|temple)['’]s\s+(?:head|chief|lead|principal|star|only)\s+\w+"
    # "the spouse of the trust's chief executive"
    r"|\b(?:spouse|wife|husband|partner|son|daughter|grand\w+|nephew|niece|brother|sister)\s+of\s+the"
    r"\s+(?:hospital|trust|department|practice|university|board)['’]s\s+(?:(?:founding|former|current"
    r"|late|first|long-serving)\s+)?(?:chief|ceo|director|chair|head|dean|president|founder)"
    # "la seule usine d'égrenage de Ndioum", "l'unica farmacia di Alpe"
    r"|\b(?:la\s+seule|le\s+seul|seule?|l['’]unica|l['’]unico|unic[oa]|el\s+único|la\s+única|o\s+único"
    r"|a\s+única|únic[oa])"
    r"\s+(?:[\w'’-]+\s+){1,4}?(?:de|d['’]|di|del|da|do|en|à|in|em)\s*(?-i:\p{Lu})"
    # a reigning champion, a chart-topping singer: known to the public by the title
    r"|\b(?:reigning|current|defending|undefeated|\w+-time)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:champ|champion|titleholder|title[-\s]holder)\b"
    r"|\b(?:lead\s+(?:vocalist|singer|guitarist)|frontman|frontwoman|drummer|bassist|guitarist|keyboardist)"
    r"\s+of\s+(?:a|the|that|this)\s+(?:certain\s+|very\s+)?(?:popular"
    r"|famous|well-known|well\s+known|successful|chart-topping|stadium|headline|[\w-]+-pop|cantopop|k-pop"
    r"|j-pop|mandopop)\b"
    r"|\b(?:chart-topping|platinum-selling|best-selling|bestselling|world-famous|grammy-winning"
    r"|oscar-winning|emmy-winning|bafta-winning|household-name)\s+(?:[\w-]+\s+){0,2}?(?:group|band"
    r"|singer|artist|rapper|author|novelist|actor|actress|star|musician|dj|comedian|presenter)\b"
    # "the current Tamil Nadu state kabaddi captain", "Kapitan reprezentacji Polski"
    r"|\b(?:current|reigning|former|incumbent)\s+(?:[\w-]+\s+){0,4}?(?:captain|skipper|goalkeeper"
    r"|vice-captain)\b"
    r"|\b(?:national|state|county|provincial|district|regional)\s+(?:[\w-]+\s+){0,2}?(?:captain"
    r"|skipper)\b"
    r"|\b(?:kapitan\w*|capitano|capitana|capitán|capitão|capitaine|Kapitän\w*|aanvoerder|anfører"
    r"|kaptajn|lagkapten)\s+(?:de\s+la\s+|della\s+|der\s+|van\s+de\s+|du\s+|do\s+|da\s+)?"
    r"(?:reprezentacji|nazionale|selecci[oó]n|sele[çc][ãa]o|équipe|Nationalmannschaft|nationale"
    r"|landslag\w*|landshold\w*|Olympi\w+)"
    r"|\b(?:kaptan|kowċ|kowc)\s+(?:\w+-)?(?:tim|skwadra)\s+nazzjonali\b"
    r"|\b(?:huidige|regerende?|amtierende[rn]?|actuel(?:le)?|attuale|actual|atual|obecn\w+|aktuell\w*)"
    r"\s+(?:[\w-]+\s+){0,3}?(?:kampioen\w*|Meister\w*|champion\w*|campe[oó]n\w*|campe[aã]o|campionessa"
    r"|campione|mistrz\w*|mester)"
    r"|\b(?:nationaal|nederlands|belgisch|duits|deutsche[rn]?|französische[rn]?|polsk\w*|nacional"
    r"|nazionale|national)\s+(?:[\w-]+\s+)?(?:kampioen\w*|Meister\w*|campe[oó]n|campe[aã]o"
    r"|campione|mistrz\w*|mester)"
    # "fronts the band that headlined the harbour festival", "the sitting mayor"
    r"|\b(?:fronts|fronted|leads|led)\s+(?:the|a|his|her)\s+(?:\w+\s+)?band\b|\bheadlin(?:ed|es|ing)\s+(?:the|a)\b"
    r"|\b(?:sitting|serving|incumbent|current)\s+(?:mayor|mp|senator|governor|councill?or|minister"
    r"|judge|president|bishop|sheriff|td|msp|mla)\b"
    r"|\bhead\s+of\s+state\b|\b(?:prime\s+minister|president|king|queen|governor|mayor)['’]s\s+"
    r"(?:interpreter|bodyguard|driver|chef|aide|secretary|spokes\w+|chauffeur|pilot|doctor|physician)"
    # village heads in French, Portuguese, Spanish: "chef de village", "chefe de aldeia"
    r"|\bchef\s+(?:de|du)\s+(?:village|canton|quartier)|\bchef\s+coutumier|\bchefe\s+d[ae]\s+aldeia"
    r"|\bjef[ea]\s+de\s+(?:la\s+)?(?:aldea|comunidad)"
    # an Angolan traditional chief, not Soba University Hospital in Khartoum
    r"|\b(?:o|um|the|a|our|village)\s+soba\b(?!\s+(?:university|hospital|teaching))"
    # a named festival: "durante il Palio di Siena", "at the Running of the Bulls"
    r"|\b(?:Palio|Fallas|San\s+Ferm[ií]n|Sanfermines|Oktoberfest|Tomatina|Running\s+of\s+the\s+Bulls"
    r"|Holi|Kumbh\s+Mela|Notting\s+Hill\s+Carnival|Carnaval\s+de\s+\w+|Carnevale\s+di\s+\w+)\b"
    # a relative on the screen: "his son, who presents the evening weather on BBC Look North"
    r"|\b(?:presents|hosts|reads|anchors|fronts)\s+the\s+(?:\w+\s+){0,2}?(?:weather|news|show"
    r"|programme|program|bulletin)\b"
    # village offices of South Asia and Southeast Asia
    r"|\b(?:sarpanch|mukhiya|gram\s+pradhan|pradhan|panchayat\s+(?:head|president|chief)"
    r"|barangay\s+(?:captain|chairman|kagawad)|kepala\s+desa|lurah|penghulu|ketua\s+kampung"
    r"|village\s+(?:head|headman|chief|elder)|union\s+council\s+chairman)\b"
    # "starting goalie for the Winnipeg Jets", "captained the county hurling side"
    r"|\b(?:starting|first-choice|backup|reserve|regular)\s+(?:goalie|goalkeeper|keeper|goaltender"
    r"|netminder|quarterback|qb|pitcher|catcher|striker|point\s+guard|fly-?half|scrum-?half|winger"
    r"|centre|center|shortstop)\s+(?:for|with|at)\s+(?:the\s+)?(?-i:\p{Lu})"
    r"|\bcaptain(?:ed|s|ing)?\s+(?:the\s+)?(?:county|national|state|provincial|(?-i:\p{Lu})\w+)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:side|team|squad|club|xv|xi)\b"
    # "the only family left on the island", "the only family there that still fishes"
    r"|\bthe\s+only\s+(?:family|household|house|farm|couple)\s+(?:\w+\s+){0,3}?"
    r"(?:left|living|still|there|remaining)\b"
    r"|\bthe\s+(?:village|town|island|parish|hamlet)['’]s\s+(?:[\w-]+\s+)?(?:sergeant|constable"
    r"|policeman|police\s+officer|doctor|gp|nurse|teacher|priest|vicar|vet|postman|postmistress"
    r"|mayor|chief|headman|pharmacist|butcher|baker|publican)\b"
    r"|\bour\s+(?:department|dept|hospital|unit)['’]s\s+(?:own\s+)?(?:chief|head|director|chair"
    r"|lead|clinical\s+director)\b"
    r"|\b(?:rows|runs|swims|competes|skates|races|rides|boxes|fights|dances)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:for|with)\s+(?:the\s+)?(?:county|national|state|provincial|olympic)\s+(?:[\w-]+\s+)?"
    r"(?:side|team|squad|crew|club|eight)\b"
    r"|\b(?:proboszcz|ksiądz|ksiadz|wójt|sołtys|starosta)\b"
    r"|\bpresident[ae]\s+de\s+(?:la\s+)?(?:diputaci[oó]n|junta|cabildo|comunidad|generalitat|xunta)\b"
    r"|\bkapten\w*\s+(?:för|for|i|av)\s+(?:\w+\s+){0,2}?\w*lag(?:et)?\b"
    # "the island's sole GP", "the (paramount chief) of our village"
    r"|\bthe\s+(?:island|village|town|parish|valley|hamlet|atoll|community|glen)['’]s\s+(?:only|sole"
    r"|one|resident|own)\s+\w+"
    r"|\b(?:chief|headman|headwoman|chieftain|elder|matai|imam|priest|pastor|vicar|mayor"
    r"|schoolteacher|teacher|midwife|gp)\)?\s+(?:of|in|for)\s+(?:our|this)\s+(?:village|town"
    r"|island|parish|tribe|clan|community|atoll|valley|kampung|barangay)\b"
    # "married to the very radiographer who scanned her", "1st XV captain"
    rf"|\bmarried\s+to\s+the\s+(?:very\s+)?{_STAFF}\s+who\b"
    r"|\b(?:1st|first)\s+(?:XV|XI|VIII|team|eleven|fifteen)\s+captain\b"
    # "the twin brother of the radiographer who scanned him"
    rf"|\b(?:son|daughter|wife|husband|brother|sister|mother|father|mum|mom|dad|partner)\s+of\s+the\s+"
    rf"{_STAFF}\s+who\s+(?:scanned|reported|imaged|read|saw|treated|did)"
    # "unico sopravvissuto", "seul survivant"
    r"|\b(?:unico\s+sopravvissuto|unica\s+sopravvissuta|seule?\s+survivante?|[úu]nic[oa]\s+"
    r"(?:superviviente|sobreviviente|sobrevivente))\b"
    # "who won the Lisdoonvarna beard contest", "the tallest man in Arkansas"
    r"|\b(?:who|he|she|they)\s+won\s+the\s+(?:\d{4}\s+)?(?-i:\p{Lu})\w+\s+(?:\w+\s+){0,2}(?:contest|competition"
    r"|championship|award|prize|title|trophy|cup|marathon|show)\b"
    r"|\bthe\s+(?:tallest|shortest|oldest|youngest|heaviest|strongest|fastest)\s+(?:man|woman|person"
    r"|boy|girl|living\s+\w+)\s+in\s+(?:the\s+)?(?:world|country|state|county|town|(?-i:\p{Lu}))"
    # "the only adult living with harlequin ichthyosis in Wales"
    r"|\bthe\s+only\s+(?:adult|person|patient|man|woman|child|boy|girl|one|case)\s+(?:\w+\s+){0,6}?"
    r"(?:in|on)\s+(?:the\s+)?(?:country|world|island|state|region|county|(?-i:\p{Lu}))"
    # in French and Italian: "le maire de la commune", "il capitano della squadra locale"
    r"|\b(?:le|la|il|el|o)\s+(?:maire|préfet|curé|député|sindaco|parroco|prefetto|alcalde"
    r"|prefeito)\s+(?:de|du|di|del|della|do|da)\s+(?:la\s+|notre\s+|nostro\s+|questo\s+)?"
    r"(?:commune|ville|village|paese|comune|città|citt[aà]|pueblo|municipio|cidade)\b"
    r"|\b(?:capitano|capitaine|capit[aá]n|capitão|portiere|gardien|goleiro|portero|arquero)"
    r"\s+(?:du|del|do|da|dello)\s+(?:sub-?\d+\s+(?:do|del|de)\s+)?(?-i:\p{Lu})"
    r"|\b(?:capitano|capitaine|capit[aá]n|capitão|portiere|gardien)\s+(?:de|du|di|del|della"
    r"|dell['’]|de\s+l['’]|do|da)\s*(?:\w+\s+){0,2}?(?:squadra|équipe|equipo|time|club|nazionale"
    r"|sélection|selección|seleção)\b"
    rf"|\bour\s+(?:city|town|county|state|island|district|province|region|village|parish|borough)['’]s\s+(?:current\s+|former\s+)?{_UNIQUE_OFFICE}"
    rf"|\bthe\s+{_UNIQUE_OFFICE}\s+of\s+(?:the\s+)?\p{{Lu}}\w+"
    # a note that opens on the office: "Akim of Zhanakorgan district, 58, chest pain"
    rf"|^\W*{_UNIQUE_OFFICE}\s+of\s+(?:the\s+)?\p{{Lu}}\w+(?=[^.;]*\b\d{{1,2}}\b)"
    # "the Speaker of the Cook Islands parliament"
    r"|\bthe\s+speaker\s+of\s+(?:the\s+)?\p{Lu}\w+(?:\s+\p{Lu}\w+)*\s+(?:parliament|assembly"
    r"|house|senate|legislature|fono)\b"
    rf"|\bthe\s+{_UNIQUE_OFFICE}\s+of\s+(?:the|our|this|his|her)\s+(?:community|village|town|tribe"
    r"|kingdom|district|clan|people)"
    rf"|\bthe\s+(?:\w+\s+)?{_UNIQUE_OFFICE}\s+(?:gets|got|has|had|needs|needed)\b"
    r"|(?:captain|coach|manager|skipper)\s+of\s+the\s+(?:national|county|state|provincial|olympic"
    r"|under-?\d+|u\d{2})\s+(?:[\w'’]+\s+){0,3}?(?:team|squad|side|xi)\b"
    r"|sitting\s+(?:mp|mna|mla|mpa|msp|mpp|td|senator|congress(?:wo)?man|councill?or|judge)\b"
    r"|\b(?:mp|mna|mla|mpa|msp|mpp|td)\s+for\s+[A-Z]{2,}-?\d+\b"
    # the one of a kind in our place: "the hospital's only female interventional radiologist",
    # "the hospital chaplain's headache", "de burgemeester van ons dorp"
    r"|\bthe\s+(?:hospital|department|unit|trust|practice|city|town|village|county|island)['’]s"
    r"\s+only\s+(?:[\w-]+\s+){0,3}?(?:\w+(?:ist|er|or|ian|eon|man|woman)|gp|vet|doctor|nurse"
    r"|midwife|chaplain)\b"
    r"|\bthe\s+(?:hospital|trust|department|unit|practice)(?:['’]s)?\s+(?:own\s+)?(?:chaplain|ceo"
    r"|chief\s+executive|medical\s+director|matron|chair(?:man|woman)?)['’]s\b"
    r"|\b(?:mayor|burgemeester|wethouder|bürgermeister\w*|maire|sindaco|alcalde|alcaldesa|prefeit[oa]"
    r"|borgmester|borgmästare|ordförande|pormestari|pastoor|dominee|pfarrer|priest|vicar)\s+"
    r"(?:of|van|von|de|di|del|do|da|i|på|för)\s+(?:our|ons|onze|unser\w*|notre|nostro|nostra"
    r"|nuestro|nuestra|nosso|nossa|vår|vårt|vores|meidän)\s+(?:village|town|city|parish|dorp|stad"
    r"|gemeente|dorf\w*|stadt|gemeinde|commune|ville|paese|comune|pueblo|cidade|by|kommun\w*"
    r"|kylä\w*|sogn|socken)\b"
    # "The hospital CEO asked us to review her own CT", "the principal ballerina of the city ballet"
    r"|\b(?:the|our)\s+(?:hospital|trust|health\s+board|university|department)\s+(?:ceo|chief\s+executive"
    r"|president|chair(?:man|woman)?|medical\s+director|chaplain|dean)\b"
    r"|\b(?:principal|prima|lead|first|solo)\s+(?:ballerina|dancer|violin(?:ist)?|cellist|oboist"
    r"|soloist|trumpet|horn|soprano|tenor)\s+(?:of|at|with|in)\s+(?:the|this|that|our)\b"
    # a champion or a famous face in office now: "the reigning Wimbledon ladies' champion",
    # "the horn implants he became famous for on Britain's Got Talent"
    r"|\b(?:reigning|defending|current|newly\s+crowned)\s+(?:[\w'’-]+\s+){0,3}?(?:champion"
    r"|titleholder|title-holder|record[\s-]holder|winner)\b"
    r"|\b(?:he|she|they)(?:['’]s|\s+(?:became|become|is|was|got|went))\s+(?:\w+\s+)?(?:famous|viral"
    r"|internet-famous|tiktok-famous|a\s+household\s+name)\b"
    r"|a\s+personal\s+case|my\s+own\s+(?:\w+\s+)?(?:scan|images?|films?|x-?rays?|ct|mri|case)"
    r"|(?:this|it)\s+(?:is|was)\s+me\b"
    # an office of our own place: "Dean of our medical school", "the Head of Radiology"
    r"|(?:head|dean|director|chair|chairman|chairwoman|chief|president|principal|provost"
    r"|matron|superintendent|mayor|councill?or|sheriff|governor|mp|bishop|coroner|oba|emir|obi"
    r"|sultan|king|queen|chief|raja|maharaja|imam|priest|vicar|pastor|rabbi|"
    rf"{_ROLE_WORDS})"
    r"\s+(?:of|for|from|in)\s+(?:our|this)\s+(?:[\w-]+\s+)?\w+)"
    # a local office, as the patient: "the local MP's subdural", "the village sarpanch"
    r"|\b(?i:(?:the|our)\s+(?:local|village|town|parish|island|district|area|ward|town['’]s"
    r"|village['’]s|city['’]s|hospital['’]s|county['’]s)\s+(?:only\s+)?(?:mp|mla|mna|mpa|msp"
    r"|td|mayor|councill?or|sarpanch|pradhan|mukhiya|headman|chief|imam|priest|vicar|pastor"
    r"|rabbi|sheriff|judge|magistrate|coroner|gp|doctor|vet|pharmacist|postmaster|headteacher"
    r"|head\s*master|head\s*mistress|principal|bishop|police\s+chief|fire\s+chief|alderman"
    r"|assemblyman|assemblywoman|congressman|congresswoman|senator|neurosurgeon|surgeon"
    r"|\w+(?:ist|eon))\b)"
    # the one who holds a religious or civic office: "the head imam of the central masjid"
    r"|\b(?i:(?:head|chief|grand|senior)\s+(?:imam|priest|rabbi|monk|pastor|lama|granthi"
    r"|pujari|mufti)\s+(?:of|at)\s+(?:the|our)\b)"
    # a band's or an orchestra's face: "the conductor of the Thornfield Brass Band", "lead
    # singer of the band Jisr al-Layl", "principal conductor of the city philharmonic"
    r"|\b(?i:(?:principal\s+|chief\s+|lead\s+|head\s+|first\s+)?(?:conductor|bandleader"
    r"|band\s*master|frontman|frontwoman|singer|vocalist|drummer|guitarist|bassist|organist"
    r"|choir\s*master|music\s+director|captain|skipper)\s+(?:of|for|in|with)\s+(?:the\s+)?)"
    r"(?:(?i:city|town|village|county|national|local|regional|school|church|parish|brass|silver"
    r"|youth|male\s+voice|county\s+cricket|cricket|rugby|football|hockey|netball|rowing|sailing"
    r"|golf)\s+|\p{Lu}[\p{L}'’-]+\s+){0,3}"
    r"(?i:band|orchestra|philharmonic|symphony|choir|chorus|ensemble|quartet|club|team|side)\b"
    # a side's player: "the opening batsman for the provincial side"
    r"|\b(?i:(?:batsman|bowler|striker|goalkeeper|keeper|captain|winger|forward|fly-?half"
    r"|quarterback|pitcher|player|hooker|prop|centre|center|defender)\s+(?:for|of|at|in)\s+the"
    r"\s+(?:[\w'’-]+\s+){0,2}?(?:side|team|squad|xi|club|franchise)\b)"
    r"|\b(?i:head|dean|director|chair|chief)\s+of\s+(?:the\s+)?\w+\s+(?i:needs|needed|had|has"
    r"|got|gets|came\s+for)\s+(?i:a|an|her|his)\s+(?i:scan|ct|mri|x-?ray|ultrasound)"
)
# A relative who works here: "his wife works as a staff nurse on our ICU".
# "mum is dr k naidoo from our paeds ortho team": a relative who is one of us
_RELATIVE_ON_STAFF = regex.compile(
    # "Die Tochter der Patientin, Oberärztin in unserem Haus", "zijn dochter, arts bij ons"
    r"\b(?i:(?:Tochter|Sohn|Ehefrau|Ehemann|Mutter|Vater|Bruder|Schwester|dochter|zoon|echtgeno(?:ot|te)"
    r"|moeder|vader|broer|zus)\b[^.;]{0,80}?\b(?:in\s+unserem\s+(?:Haus|Klinikum|Spital|Krankenhaus)"
    r"|in\s+ons\s+(?:ziekenhuis|huis)|bei\s+uns|bij\s+ons))"
    r"|"
    # "her own son - our F2 on the night team", "his wife, one of our ICU nurses"
    r"\b(?i:(?:mum|mom|mother|dad|father|wife|husband|son|daughter|brother|sister|partner|aunt"
    r"|uncle|grand\w+)\s*(?:[-–—,:(]\s*|\s+who\s+is\s+|\s+is\s+)(?:one\s+of\s+)?our\s+(?:own\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:f[12]|fy[12]|sho|registrar|reg|resident|intern|fellow|consultant|nurse"
    r"|nurses|porter|porters|radiographer|radiographers|sonographer|physio|pharmacist|secretary"
    r"|receptionist|clerk|cleaner|manager|sister|matron|hca|attending|house\s+officer|doctor|doctors"
    r"|surgeon|anaesthetist|anesthetist|tech|techs|technologist|medic))\b"
    r"|\b(?i:(?:mum|mom|mother|dad|father|wife|husband|son|daughter|brother|sister|partner"
    r"|aunt|uncle|grand\w+)\s+(?:is|was|['’]s)\s+[^.;]{0,40}?\b(?:from|on|in|of)\s+our\s+"
    r"(?:[\w-]+\s+){0,3}?(?:team|department|dept|unit|ward|service|icu|ed|theatres?|staff"
    r"|practice|lab|laboratory))\b"
    # Hebrew in Latin letters: "ha-ahot ha-te'omah shela, she-ovedet ba-kabala shel machleket
    # ha-dimut shelanu", her twin sister, who works at our imaging department's front desk
    r"|\b(?i:(?:ha-?)?(?:ahot|ach|ima|aba|isha|ba['’]?al|ben|bat|saba|savta|dod|doda)\b[^.;]{0,60}?"
    r"\b(?:she-?)?(?:oved|ovedet|ovdim)\b[^.;]{0,60}?\bshelanu)\b"
    # "the gentleman whose son runs our biomedical engineering dept"
    r"|\b(?i:(?:son|daughter|wife|husband|brother|sister|mum|mom|dad|father|mother)\s+"
    r"(?:runs|heads|leads|manages|works\s+in|chairs)\s+our)\b"
    # "The patient's wife is our department's chief sonographer", "Die Mutter des Kindes ist
    # unsere Oberärztin", "sa fille, infirmière dans notre service"
    rf"|\b(?i:(?:wife|husband|mother|father|mum|mom|dad|son|daughter|brother|sister|partner)\s+(?:is|was)"
    rf"\s+our\s+(?:\w+['’]s\s+)?{_STAFF})"
    r"|\b(?:Mutter|Vater|Frau|Mann|Sohn|Tochter|Schwester|Bruder)\b[^.;]{0,30}\bist\s+unser(?:e|er)?\s+\w+"
    r"|\b(?i:(?:fille|fils|femme|mari|mère|père|sœur|frère|figlia|figlio|moglie|marito|madre|padre)\b"
    r"[^.;]{0,40}\b(?:dans|de|nel|del|della)\s+(?:notre|nostro|nostra)\s+(?:service|équipe|hôpital"
    r"|reparto|ospedale|équipe))"
    # "Zijn vrouw werkt bij ons op de SEH", "hans fru arbetar hos oss": a relative on our staff
    r"|\b(?i:(?:vrouw|man|moeder|vader|zoon|dochter|broer|zus|fru|make|mor|far|son|dotter|bror|syster"
    r"|kone|mann|datter|søster|Frau|Mann|Mutter|Vater|Sohn|Tochter)\b[^.;]{0,40}?\b(?:werkt\s+bij\s+ons"
    r"|arbetar\s+hos\s+oss|jobber\s+hos\s+oss|arbejder\s+hos\s+os|arbeitet\s+bei\s+uns))"
    # "La mamá, que es la enfermera jefe de nuestra UCI": in Spanish and Portuguese
    r"|\b(?i:(?:mamá|mamãe|mãe|madre|papá|pai|padre|esposa|esposo|marido|mujer|hijo|hija|filho"
    r"|filha|hermano|hermana|irmão|irmã|abuelo|abuela|avô|avó|mère|père|femme|mari|fils|fille"
    r"|moglie|marito|figli[oa]|fratello|sorella)\b[^.;]{0,50}?(?:\b(?:de|en|del|da|do"
    r"|na|no|della|dello|di|du)|,)\s+(?:nuestr[oa]s?|noss[oa]s?|nostr[oa]|nostri|notre|nos)\s+)"
    # "the twin brother of our department's PACS lead", "Wife (our charge nurse on 4B)"
    rf"|\b(?i:(?:son|daughter|wife|husband|brother|sister|mother|father|mum|mom|dad|partner|\w+-in-law)\s+of\s+"
    rf"(?:one\s+of\s+)?our\s+(?:own\s+)?(?:\w+['’]s\s+)?(?:[\w-]+\s+){{0,2}}?(?:lead|head|manager"
    rf"|{_STAFF}))"
    rf"|\b(?i:(?:wife|husband|mum|mom|dad|son|daughter|brother|sister|partner)\s*\(\s*our\s+{_STAFF})"
    # "the only granite quarry in Kyaukse", "the only petrol station in Kautokeino"
    r"|\b(?i:the\s+only\s+(?:[\w-]+\s+){1,3}(?:in|at|on)(?:\s+the)?)\s+(?-i:\p{Lu}\p{Ll}|[A-Z]{1,3}-?\d)"
    # "it's the national team captain"
    r"|\b(?i:(?:it['’]s|he['’]s|she['’]s|(?:pt|patient)\s+is)\s+the\s+(?:national|county|state|provincial"
    r"|club|team['’]s|first-team)\s+(?:\w+\s+)?(?:captain|skipper|goalkeeper|coach|manager|star))"
    # "the Lahore Qalandars' opening fast bowler"
    r"|\bthe\s+(?-i:\p{Lu})[\w-]+(?:\s+(?-i:\p{Lu})[\w-]+){0,2}['’]s?\s+(?i:(?:opening|fast|spin"
    r"|leg-spin|strike|star|first-choice|starting)\s+){1,2}(?i:bowler|batsman|batter|opener|striker"
    r"|forward|winger|pitcher)\b"
    # "the only shepherd left in Ushguli"
    r"|\b(?i:the\s+only\s+(?:[\w-]+\s+){0,2}?(?:\w+(?:er|ist|or|ian|man|woman|herd))\s+left"
    r"\s+in)\s+\p{Lu}"
    # "the pt is married to one of our ICU consultants"
    rf"|\b(?i:married\s+to\s+(?:one\s+of\s+our|our)\s+{_STAFF})"
    # the one office of a village, in the Nordic languages, German and Dutch: "soknepresten i
    # bygda", "unseren Bürgermeister", "Seurakuntamme kirkkoherra"
    r"|\b(?i:(?:sokneprest|prest|ordfører|rektor|lensmann|borgmester|borgmästar|kyrkoherde|präst"
    r"|kommunalråd|pfarrer|bürgermeister|dorfarzt|dominee|pastoor|burgemeester|wethouder"
    r"|kirkkoherra|pappi|pormestari|rehtori|kunnanjohtaja)\w*\s+(?:i|på|in|im|van|des|der|vom)\s+"
    r"(?:bygda|byen|bygden|byn|kommunen|kommune|sognet|socknen|orten|stedet|dorf\w*|gemeinde"
    r"|ort|dorp|gemeente|stad|stadt))\b"
    r"|\b(?i:(?:unser\w*|onze|ons|vår|vårt|vores|vor)\s+(?:eigen\w*\s+|egen\s+|eget\s+)?"
    r"(?:bürgermeister|pfarrer|burgemeester|pastoor|dominee|ordfører|borgmester|borgmästare"
    r"|kyrkoherde|sokneprest|prest|präst|rektor|landrat|wethouder))\b"
    r"|\b\w+mme\s+(?i:kirkkoherra|pappi|pormestari|rehtori|johtaja|ylilääkäri|anoppi|appi|äiti"
    r"|isä|vaimo|mies|puoliso|poika|tytär|sisko|veli|isoäiti|isoisä|mummo|vaari)\b"
    # a relative of our staff in German, Dutch and the Nordic languages: "die Mutter unseres
    # Chefarztes", "syster till vår röntgensjuksköterska", "hans egen svigerfar" of a colleague
    r"|\b(?i:(?:Mutter|Vater|Frau|Mann|Sohn|Tochter|Schwester|Bruder|Oma|Opa|Schwieger\w+|moeder"
    r"|vader|zoon|dochter|broer|zus|schoon\w+|mor|far|son|dotter|bror|syster|mormor|farmor|morfar"
    r"|farfar|svär\w+|datter|søster|svoger|svigerinde|sviger\w+|kone|mann)\s+(?:till|til|av|van"
    r"|von|af)?\s*(?:unseres|unserer|unseren|unsere|onze|ons|vår|vårt|våra|vores|vor|min|mijn"
    r"|meiner|meines)\s+)"
    r"|\b(?i:(?:min|vår|vores|mijn|meine?|unsere?)\s+(?:\w+\s+)?(?:kollega|collega|Kolleg\w*)"
    r"[^.]{0,60}\b(?:hans|hennes|hendes|sin|sine|zijn|haar|seine?|ihre?)\s+(?:egen\s+|eigen\w*\s+)?"
    r"(?:svigerfar|svigermor|svärfar|svärmor|mor|far|kone|mann|hustru|datter|søn|son|dotter"
    r"|schoonvader|schoonmoeder|moeder|vader|Schwiegervater|Schwiegermutter|Mutter|Vater|Frau))"
    # "il figlio del prof. Castellani", "la femme du Dr Morel": a relative of a titled colleague
    r"|\b(?i:(?:figli[oa]|moglie|marito|madre|padre|fratello|sorella|nipote|suocer[oa]|fils|fille"
    r"|femme|mari|mère|père|frère|sœur|beau-père|belle-mère|hij[oa]|espos[oa]|herman[oa]|suegr[oa]"
    r"|filh[oa]|irm[ãa]o?|sogr[oa])(?:\s+(?:gemell[oa]|jumeau|jumelle|gemel[oa]|maggiore|minore"
    r"|aîn[ée]e?|cadet(?:te)?))?\s+(?:del|della|dello|di|du|de\s+la|de|do|da)\s+"
    r"(?:prof|dott|dr|dra|pr|docteur|professeur|doctor|doutor)\b)"
    # my own relative: "c'est le scanner de mon beau-père", "my father-in-law's CT"
    r"|\b(?i:(?:mon|ma|mio|mia|mi|meu|minha|mein|meine|mijn|min|my)\s+(?:propre\s+|own\s+)?"
    r"(?:beau-père|belle-mère|beau-frère|belle-sœur|père|mère|frère|sœur|femme|mari|fils|fille"
    r"|suocer[oa]|cognat[oa]|padre|madre|fratello|sorella|moglie|marito|figli[oa]|suegr[oa]"
    r"|cuñad[oa]|esposa|esposo|hermano|hermana|sogr[oa]|cunhad[oa]|pai|mãe|Schwieger\w+"
    r"|schoon\w+|svigerfar|svigermor|svärfar|svärmor|father-in-law|mother-in-law|brother-in-law"
    r"|sister-in-law|dad|mum|mom|father|mother|wife|husband|brother|sister|son|daughter"
    r"|grandmother|grandfather|nan|gran|grandma|grandpa|granddaughter|grandson|grandchild|niece"
    r"|nephew|cousin|aunt|uncle)(?:['’]s)?\s+(?:own\s+)?(?:scan|ct|mri|hip|knee|wrist|ankle|elbow"
    r"|x-?ray|films?|images?|scanner|irm|tdm|tac|tc|rm|rx|radio\w*|body|chest|knee|hip|head|brain"
    r"|case)\b)"
    r"|\b(?i:(?:scanner|tdm|irm|tc|tac|rm|scan|ct|mri|x-?ray|radio)\s+(?:de|di|del|do|da|of)\s+"
    r"(?:mon|ma|mio|mia|mi|meu|minha|my)\s+(?:propre\s+|own\s+)?(?:beau-père|belle-mère|beau-frère"
    r"|belle-sœur|père|mère|frère|sœur|femme|mari|fils|fille|suocer[oa]|padre|madre|fratello|sorella"
    r"|moglie|marito|figli[oa]|suegr[oa]|esposa|esposo|hermano|hermana|sogr[oa]|pai|mãe|father"
    r"|mother|dad|mum|mom|wife|husband|son|daughter|brother|sister|grandmother|grandfather))"
    # "our ED consultant — this is actually her mum's CXR"
    rf"|\b(?i:our\s+(?:[\w-]+\s+){{0,2}}?{_STAFF}[^.]{{0,50}}\b(?:his|her|their)\s+(?:mum|mom|dad|mother"
    r"|father|wife|husband|son|daughter|brother|sister|partner|gran\w*|nan|uncle|aunt)['’]s\s+"
    r"(?:own\s+)?(?:cxr|ct|mri|scan|x-?ray|films?|images?|us|ultrasound|chest|knee|hip|head))\b"
    # "he's married to our PACS admin"
    r"|\b(?i:married\s+to\s+(?:one\s+of\s+)?our\s+(?:[\w-]+\s+){0,2}?(?:admin|administrator|manager"
    r"|coordinator|clerk|secretary|receptionist|porter|cleaner|chef|cook|tech|lead))\b"
    # "our consultant's mum", "my reg's dad", "ur registrar's grandad", "the reg's little brother"
    rf"|\b(?i:(?:our|my|ur|your|yr|the)\s+(?:own\s+)?(?:[\w-]+\s+)?{_STAFF}['’]s\s+(?:own\s+)?"
    r"(?:(?:twin|little|big|older|younger|baby|kid)\s+)?(?:mum|mom|mother|dad|father"
    r"|wife|husband|son|daughter|brother|sister|partner|gran\w*|nan|nana|aunt|uncle|\w+-in-law"
    r"|in-laws|fianc[ée]e?|boyfriend|girlfriend|kid|baby))\b"
    # "Dr Wanjiru's own father": a titled colleague's relative
    r"|(?:\b(?:Dr|Prof|Sister|Nurse)\.?\s+\p{Lu}[\p{L}'’-]+['’]s\s+|\b\p{Lu}[\p{L}'’-]+['’]s\s+(?i:own)\s+)"
    r"(?i:own\s+)?(?i:mum|mom|mother|dad"
    r"|father|wife|husband|son|daughter|brother|sister|partner|gran\w*|nan|nana|aunt|uncle)\b"
    # "la abuela de la R2 de Radiología", "o sogro do nosso chefe de serviço"
    r"|\b(?i:(?:madre|padre|mamá|papá|abuel[oa]|hij[oa]|herman[oa]|espos[oa]|marido|suegr[oa]|t[ií][oa]"
    r"|prim[oa]|sobrin[oa]|niet[oa]|mãe|pai|av[óô]|filh[oa]|irm[ãa]o?|sogr[oa]|net[oa])\s+"
    r"(?:de\s+(?:la|el|nuestr[oa]|noss[oa])|del|d[oa]|do\s+nosso|da\s+nossa)\s+(?:propi[oa]\s+)?"
    r"(?:R[1-5]\b|residente|jef[ea]|chefe|adjunt[oa]|enfermer[oa]|enfermeir[oa]|t[ée]cnic[oa]"
    r"|radi[óo]log[oa]|radiologista|compañer[oa]|colega|intern[oa]|MIR\b|diret[oa]r[a]?|director[a]?"
    r"|coordinador[a]?|coordenador[a]?))"
)
_WORKS_HERE = regex.compile(
    rf"\((?i:\s*(?:[\w-]+\s+){{0,2}}?{_STAFF}\s+(?:on|in|at|from)\s+our\b)|"
    r"\b(?i:works?|working|worked|employed)\s+(?:\w+\s+){0,5}?(?:on|in|at|for|with)\s+our\b"
    rf"|\b(?i:(?:is|was|['’]s)\s+(?:our|the\s+(?:hospital|department|unit|trust|practice)['’]s)"
    rf"\s+{_STAFF})"
    rf"|\b(?i:(?:is|was|['’]s|,|—|–)\s+(?:the|a|an|one\s+of\s+the)\s+{_STAFF}\s+(?:at|in|on|here)"
    r"(?:\s+(?:our|this)(?:\s+own)?\b)?)"
)
_ONE_OF_OURS = regex.compile(
    rf"\b(?i:one\s+of\s+our(?:\s+own)?\s+{_STAFF}|one\s+of\s+the\s+{_STAFF}\s+here\b)"
)
_FAMILY = regex.compile(
    r"\b(?i:son|daughter|wife|husband|partner|brother|sister|niece|nephew|father|mother|mum"
    r"|mom|dad|uncle|aunt|cousin|grand\w+|dtr|in[-\s]law)\b"
)
_RELATIVE_OF = re.compile(
    r"\b(?i:(?:son|daughter|wife|husband|partner|brother|sister|niece|nephew|grandson"
    r"|granddaughter|father|mother|uncle|aunt|cousin|widow|widower)\s+of\s+(?:the|a|our)\b"
    r"|(?:the\s+)?\w+['’]s\s+(?:son|daughter|wife|husband|partner|brother|sister|father|mother))"
)
# "Mother of the Taoiseach": a relative of someone known by a title alone.
_RELATIVE_OF_TITLE = regex.compile(
    r"\b(?i:son|daughter|wife|husband|partner|brother|sister|niece|nephew|grandson"
    r"|granddaughter|father|mother|uncle|aunt|cousin|widow|widower)\s+of\s+the\s+\p{Lu}\w+"
)
# A race's stage at a named place: "la tappa di Bormio", "l'étape de Morzine".
# A massacre, a fire or a collapse at a named place: "Strage della discoteca di Corinaldo"
_NAMED_DISASTER = regex.compile(
    r"(?i:\b(?:strage|massacre|masacre|tragedia|tragédie|incendio|incendie|crollo|attentato|attentat"
    r"|fusillade|sparatoria|tiroteo|tiroteio|effondrement|naufragio|naufrage)\s+(?:della|del|dello"
    r"|de\s+la|du|de|di|do|da|au|al|à\s+la)\s+(?:\w+\s+){0,3}?(?:di|de|du|in|à|a|en|em)\s+)(?-i:\p{Lu})"
    # a boat by its name: "do pesqueiro 'Nova Estrela'", "the trawler 'Girl Pat'"
    r"|(?i:\b(?:trawler|fishing\s+boat|ship|boat|vessel|ferry|yacht|tug|dinghy|pesqueiro|pesquero"
    r"|barco|buque|navio|bateau|chalutier|kutter|schip|kotter|peschereccio|nave|traineira|arrastrero"
    r"|bou|llaüt|balandro|velero)\s+)['‘\"“«]\s*(?-i:\p{Lu})[^'’\"”»\n]{1,30}['’\"”»]"
)
_STAGE_AT = regex.compile(r"(?i:\b(?:tappa|étape|etapa)\s+(?:di|de|da|du|d['’])\s*)(?-i:\p{Lu})")
_ROAD = re.compile(
    r"\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+(?:road|highway|expressway|bridge)\b"
    r"|\b(?:the\s+)?[MAB]\d{1,4}(?:\([MT]\))?\b(?!\s+(?:segment|pulley|branch|subtype|group|lesion))"
    r"|\b(?:junction|exit)\s+\d{1,3}\b"
    r"|\b(?:on|along|off|onto|near)\s+the\s+[A-Z]{1,3}-?\d{1,4}\b"
    # "na S7", "na D1", "po DK94": a motorway or a national road in central Europe
    r"|\b(?:na|po|v|w)\s+(?:A|S|D|R|DK|DW|E)-?\d{1,3}\b"
    r"|\b(?:SH|State\s+Highway|Hwy|Highway|Route|Interstate|Ruta|Rota|Autoroute|Autobahn"
    r"|Autopista|Autostrada)\s?\d{1,3}\b",
)
# "vs." goes on: "motorcycle vs. fuel tanker" is one event
_SENTENCE = re.compile(r"[^.!?;\n]+(?:(?:[.!?](?![\s]|$)|(?<=\bvs)\.)[^.!?;\n]*)*")


@dataclass(frozen=True)
class _Signals:
    age: int | None
    vehicle: bool
    party: bool  # another road user: a second vehicle, or struck, hit or knocked down by one
    mechanisms: frozenset[str]
    named_event: bool
    named_gathering: bool
    role: bool
    relative_of: bool
    office: bool  # a named office, or staff of our own place

    place: bool
    time: bool
    # "A 35-year-old struck by a train usually shows ...": what such cases show, no one case
    generic: bool = False
    # "In a 68-year-old farmer rolled under a quad bike, think flail chest": a supposed case
    hypothetical: bool = False

    @property
    def eventful(self) -> bool:
        return bool(self.mechanisms) or self.named_event

    def blocks(self) -> bool:
        strong = self.place or self.named_event or self.time or self.role
        # "a 47-year-old on a scooter struck by a car": age, vehicle and another party. A
        # lone "28-year-old motorcyclist after a high-speed collision" is the textbook
        # vignette, and only warns.
        struck = self.age is not None and self.vehicle and self.party and not self.generic
        if self.eventful and (strong or struck):
            return True
        others = self.mechanisms - {"gathering"} or self.age is not None or self.vehicle
        if self.named_gathering and (strong or others):
            return True
        return self.office or (self.role and (self.place or self.relative_of))

    def warns(self) -> bool:
        return self.age is not None and self.eventful and not self.hypothetical


_RACER = regex.compile(
    r"(\p{Lu}\p{Ll}+)\s+(?:skier|runner|rider|cyclist|racer|swimmer|marathoner"
    r"|triathlete|competitor|participant|finisher)"
)


def _a_gathering(told: str) -> bool:
    """A fixture between sides, not a choice between eponyms ("Osgood-Schlatter vs
    Sinding-Larsen-Johansson", "Colles vs Smith")."""
    racer = _RACER.match(told)
    if racer:
        return not is_ordinary(racer.group(1))  # "Vasaloppet skier", not "Horse rider"
    sides = regex.split(r"\s+(?:v|vs\.?|versus)\s+", told)
    if len(sides) != 2:
        return True
    if all(regex.fullmatch(r"[IVX]+[a-c]?", side.split()[-1]) for side in sides):
        return False  # "Garden III vs IV": two grades
    words = [fold(w) for side in sides for w in regex.split(r"[-\s]", side) if w]
    return not any(w in EPONYMS or w in EPONYM_HEADS for w in words)


def _within(spans: Sequence[tuple[int, int]], start: int, end: int, text: str = "") -> bool:
    """A span starts in the sentence; with ``text``, only a named one (with a capital)."""
    return any(
        start <= s < end and (not text or any(c.isupper() for c in text[s:e])) for s, e in spans
    )


def _signals(text: str, start: int, end: int, places: Sequence[tuple[int, int]],
             times: Sequence[tuple[int, int]]) -> _Signals:  # fmt: skip
    sentence = text[start:end]
    ages = [a.value for a in find_ages(sentence) if a.value is not None and a.value <= 89]
    mechanisms = frozenset(name for name, rx in _MECHANISM.items() if rx.search(sentence))
    vehicles = {m.group().casefold().rstrip("s") for m in _VEHICLE.finditer(sentence)}
    return _Signals(
        age=ages[0] if ages else None,
        vehicle=bool(vehicles),
        party=len(vehicles) > 1 or bool(_STRUCK.search(sentence)),
        mechanisms=mechanisms,
        named_event=bool(
            _NAMED_EVENT.search(sentence)
            or _HURT_IN_NAMED.search(sentence)
            or _CJK_EVENT.search(sentence)
            or _STAGE_AT.search(sentence)
            or _NAMED_DISASTER.search(sentence)
            or _CRASH_OF_A_PLACE.search(sentence)
        ),
        named_gathering=any(_a_gathering(m.group()) for m in _NAMED_GATHERING.finditer(sentence)),
        role=bool(_ROLE.search(sentence) or _RELATIVE_OF_TITLE.search(sentence)),
        relative_of=bool(_RELATIVE_OF.search(sentence)),
        office=bool(
            _ROLE_OF_NAMED.search(sentence)
            or _OUR_OWN.search(sentence)
            or (bool(_OUR_HEAD.search(sentence)) and _head_is_patient(sentence))
            or bool(_CJK_OFFICE.search(sentence))
            or bool(_SOUTH_ASIAN_OFFICE.search(sentence))
            or bool(_CHAIR_OF_A_BODY.search(sentence))
            or bool(_HEAD_OF_A_VILLAGE.search(sentence))
            or bool(_HEAD_OF_A_SCHOOL.search(sentence))
            or bool(_THEIR_OFFICE.search(sentence))
            or _RELATIVE_ON_STAFF.search(sentence)
            or _ONE_OF_A_KIND.search(sentence)
            or (
                (_ONE_OF_OURS.search(sentence) or _WORKS_HERE.search(sentence))
                and _FAMILY.search(sentence)
            )
        ),
        place=_within(places, start, end, text) or bool(_ROAD.search(sentence)),
        time=_within(times, start, end),
        generic=bool(_GENERIC.search(sentence)),
        hypothetical=bool(HYPOTHETICAL.search(sentence) or _TEXTBOOK.search(text)),
    )


# A vignette said to be one: "Textbook scenario, quoted: 'A 45-year-old restrained driver ...'"
_TEXTBOOK = regex.compile(
    r"(?i:\b(?:textbook|exam|board|classic)\s+(?:scenario|vignette|question|stem)|\bvignette\b)"
)
_GENERIC = regex.compile(
    r"(?i:\b(?:usually|typically|classically|commonly|tends?\s+to|in\s+general|as\s+a\s+rule)\b)"
)


# Hurt in a named event, in the languages of central and northern Europe and Latin America
# too: "herido en la explosión del camión cisterna de Tasajera", "zraněn při výbuchu plynu
# ve Frenštátu", "shot during the Marikana protests", "skadad under Vasaloppet".
_HURT = (
    r"(?:herid[oa]s?|lesionad[oa]s?|zran[eě]n[aáý]?|zranen[aáý]?|zranil[aio]?|rann[ya]|poszkodowan\w+|s[eé]r[uü]l\w*"
    r"|megs[eé]r[uü]lt|skadad[e]?|skadet|skadede|loukkaantu\w*|injured|hurt|shot|wounded|burned|burnt"
    r"|verletzt|bless[ée]e?s?|ferit[oa]|ferid[oa]|pora[nň]en\w*|popa[lř]en\w*|oparzon\w+|gewond\w*"
    r"|verwond\w*|verungl[üu]ckt|polytrauma"
    # Russian, Belarusian, Bulgarian and Macedonian in Latin letters
    r"|postradav\w*|pastrazhd\w*|povreden\w*|povredeni\w*|ranen\w*|zaginal\w*|travmirovan\w*"
    r"|r[aă]nit[aă]?|accidentat[aă]?|ozlije[dđ]en\w*|povre[dđ]en\w*|poškodovan\w*|po[sš]kodovan\w*"
    r"|supravie[tț]uitor\w*|pre[zž]ivje\w*|pre[zž]ive\w*|i[sš]gyven\w*|izdz[iī]voj\w*|survivors?|cieta"
    r"|nukent[eė]j\w*|su[zž]eist\w*|cietu[sš]\w*|cietis|ievainot\w*|vigastat\w*|vigastada|kukkus"
    r"|a\s+c[aă]zut|pao|pala|padla"
    # Greek, Hebrew and Armenian in Latin letters
    r"|traumatism\w*|traumatist\w*|travmatist\w*|nifg[ae]\w*|nifge['’]a|niftz[ae]\w*|niftze['’]a"
    r"|viravor\w*|tuzhv\w*|thymata|thyma)"
)
_HURT_IN_NAMED = regex.compile(
    rf"(?i:\b{_HURT}\b[^.;:]{{0,40}}?\b(?:explosi\w+|v[yý]buch\w*|wybuch\w*|robban[aá]s\w*|r[aä]j[aä]hdy\w*"
    r"|incendi\w+|po[zž][aá]r\w*|tűz\w*|tulipalo\w*|fire|blaze|explosion|accident\w*|nehod\w*|wypad\w*"
    r"|baleset\w*|olyck\w*|ulykk\w*|onnettomuu\w*|derrumbe|z[rř][ií]cen\w*|katastrof\w*|trag[eé]di\w*"
    r"|protests?|riots?|uprising|unrest|demonstrations?|march|strike|stampede|massacre|siege"
    r"|protest\w*|manifestac\w+|disturbios|zamieszk\w+|n[aá]sil\w*|stamped\w*"
    r"|festival\w*|derbi\w*|derby|utakmic\w*|meci\w*|z[aá]pas\w*|mecz\w*|meccs\w*|ottelu\w*|maraton\w*|sudar\w*|sudaru|avarij\w*"
    r"|tribun\w*|ograd\w*|margas|svētk\w*|šventė\w*|sabruka|griuvo|prăbuș\w*|incident\w*"
    r"|scen[aăe]\w*|koncert\w*|laul\w*pidu|trening\w*|treeningul|sabrukum\w*|sabruk\w*|uru[sš]\w*"
    r"|ru[sš]enj\w*|collapse|urušenj\w*|heurts|affrontements|[ée]meutes?|rixe|krawall\w*"
    r"|ausschreitung\w*|rellen|\w*ungl[üu]ck\w*|\w*unfall\w*|\w*lawine\w*|ongeluk\w*|ongeval\w*"
    r"|pozhar\w*|vzryv\w*|abval\w*|obval\w*|obrush\w*|avari\w*|katastrof\w*"
    r"|anapodogyrism\w*|sygkrous\w*|pyrkagi\w*|ekrix\w*|srefa|pitzutz|te['’]?una|hitnagshut"
    r"|jamhkhts\w*|krakots\w*|hrdeh\w*|payt\w*|vtar\w*|diodia)\b"
    r"[^.;:]{0,50}?)(?<!^)(?<![.!?]\s)(?-i:\p{Lu}\p{Ll}{3,})"
    rf"|(?i:\b{_HURT}\b[^.;:]{{0,20}}?\b(?:during|at|in|under|vid|p[aå]|ved|i|en|durante|p[rř]i"
    r"|podczas|sor[aá]n|aikana)\s+(?:the\s+)?)(?-i:\p{Lu}\w+)(?i:loppet|rennet|l[øo]bet|hiihto)\b"
    # "per Vilniaus maratoną", "Dziesmu un deju svētku laikā": the event after its name
    rf"|(?i:\b{_HURT}\b)[^.;]{{0,60}}?(?-i:\p{{Lu}}\p{{Ll}}{{3,}})\s+(?:\w+\s+){{0,3}}?(?i:maraton\w*"
    r"|festival\w*|derbi\w*|sv[eē]tk\w*|švent\w*|laulupidu\w*|koncert\w*|utakmic\w*|kermis\w*"
    r"|kirmes\w*|jahrmarkt\w*|carnaval\w*|karneval\w*|sagra|feria|tonin|tonakatut\w*|panigyri\w*"
    r"|jamhkhts\w*)"
    # hurt at a venue named in quotes: "nifga ba-srefa ba-machsan 'Or Plast'", "'Lori' restoranum"
    rf"|(?i:\b{_HURT}\b)[^.;]{{0,60}}?['‘\"“](?-i:\p{{Lu}})[^'’\"”\n]{{1,30}}['’\"”]"
    # told on the news in those languages: "par ko ziņoja visi mediji", "difuzat la știri"
    r"|(?i:\b(?:visi\s+mediji|svi\s+mediji|vsi\s+mediji|ziņoja|izve[sš]tavali|poro[cč]ali|difuzat"
    r"\s+la\s+[sș]tiri|la\s+[sș]tiri|[îi]n\s+pres[aă]|visa\s+[zž]iniasklaida|rašė\s+spauda"
    r"|ajakirjandus|meedias|u\s+medijima|v\s+medijih|u\s+novinama|v\s+[cč]asopisih)\b)"
    r"|(?i:\b(?:during|at|in)\s+the\s+)(?-i:\p{Lu}\p{Ll}+)\s+(?i:protests|riots|massacre|uprising"
    r"|unrest|strike|demonstrations|stampede|siege)\b"
    # in Hindi, Urdu, Bengali and Marathi, a named place, its event, then the hurt: "Anarkali
    # bazaar cylinder blast ke zakhmiyon mein se ek", "Sealdah station-e padapisti-te ahoto"
    r"|(?-i:\p{Lu}\p{Ll}{3,})[^.;:]{0,40}?\b(?i:blast|dhamak\w*|visphot\w*|hads\w*|haads\w*"
    r"|durghat\w*|durghot\w*|aag|agun|bhagdad|bhagdar|chengrachengri|padapisti\w*|stampede|fire"
    r"|explosion|collapse|crash)\b[^.;:]{0,30}?\b(?i:zakhm\w+|jakhm\w*|ghayal|ahoto|ahato|ahat"
    r"|marne\s+wal\w*|victims?|injured|shikar|survivors?)\b"
    # ... and in Arabic and Persian in Latin letters: "7ari2 3emaret el Faisal", "zelzele-ye
    # Khoy", "l'car li tqleb f Tizi n'Tichka", French "bousculade ... de Carthage"
    r"|(?i:\b(?:7ari2\w*|7ariq\w*|harika|zelzele\w*|zelzeleh|zilzal|zelzal|enqilab|inqilab|tqleb"
    r"|t9leb|tqlbat|ta9leb|bousculade|infijar|enfejar|tasadom|tasadum|tsadem|tsadma|ghar2|gharaq"
    r"|ensedam|enfejar|otobus-e\s+\w+|mosademe)(?:-?ye)?\b)[^.;:]{0,60}?(?<![.!?]\s)"
    r"(?-i:\p{Lu}\p{Ll}{2,})"
)
# One of a kind, or known by the office: "Tonga's only neurosurgeon", "the Blues' starting
# first five", "keeps goal for the city's top-flight football club", "paramount chief of the
# Bakwena", "a község polgármestere", "Utsjoen ainoa lääkäri", "på landslaget".
# A position in a side, as the one player who holds it.
_POSITION = (
    r"(?:starting\s+|first-choice\s+|backup\s+|star\s+)?(?:goalie|goalkeeper|keeper|goaltender"
    r"|netminder|quarterback|qb|pitcher|closer|catcher|shortstop|striker|captain|center|centre"
    r"|point\s+guard|power\s+forward|forward|winger|defender|midfielder|fly-?half|scrum-?half"
    r"|hooker|flanker|full-?back|linebacker|running\s+back|wide\s+receiver|tight\s+end|setter"
    r"|libero|coach|skipper|mascot)"
)
_ONE_OF_A_KIND = regex.compile(
    # a village's head or a school's principal in Kinyarwanda, Zulu, Xhosa and Swahili:
    # "Umukuru w'umudugudu wa Karambi", "INqununu yesikolo ... saseQumbu", "mwenyekiti wa kijiji"
    r"\b(?i:umukuru\s+w['’]umudugudu|umuyobozi\s+w['’]\w+|inqununu\s+yesikolo|induna\s+ye\w*"
    r"|inkosi\s+ye\w*|mwenyekiti\s+wa\s+(?:kijiji|mtaa|kitongoji)|mwalimu\s+mkuu\s+wa"
    r"|hoof\s+van\s+(?:die\s+)?\w+skool|skoolhoof\s+van|burgemeester\s+van)\b|"
    r"\b(?-i:\p{Lu}\p{Ll}+)['’]s\s+(?i:only|sole|lone)\s+(?:(?i:female|male|practising|practicing"
    r"|resident|full-time|qualified)\s+)?(?i:\w+(?:ist|eon|er|or|ian)|gp|vet|doctor|nurse|midwife)\b"
    r"|\bthe\s+(?-i:\p{Lu}\w+)(?:\s+(?-i:\p{Lu})\w+)?['’]s?\s+(?i:starting|first-choice|regular"
    r"|current)\s+(?:[\w-]+\s+){0,2}?(?i:five|eighth|half|back|forward|keeper|goalkeeper|quarterback"
    r"|pitcher|striker|winger|captain|prop|hooker|lock|flanker|centre|center|fullback|fly-?half"
    r"|scrum-?half|wicketkeeper|bowler|opener|guard|catcher|shortstop|centre-back|center-back"
    r"|defender|midfielder)\b"
    r"|\b(?i:keeps\s+goal|plays\s+(?:in\s+goal\s+|up\s+front\s+)?|captains|coaches|bats|bowls)\s+"
    r"(?i:for)\s+(?:the\s+)?(?:(?i:city|town|county|country|island|local|national)['’]?s?\s+|(?-i:\p{Lu})\w+\s+)"
    r"(?:[\w-]+\s+){0,3}?(?i:club|team|side|squad|xi|xv|franchise)\b"
    r"|\b(?i:paramount\s+chief|chief|king|queen|headman|emir|sultan)\s+of\s+the\s+(?-i:\p{Lu})\w+"
    # ... on a named island or in a named place: "the only midwife on the Isle of Skarra"
    r"|\b(?i:the\s+only\s+(?:[\w-]+\s+){0,3}?(?:\w+(?:er|ist|or|ian|man|woman|wife)|nurse|doctor"
    r"|gp|vet|pilot|guide|ranger|imam|priest|rabbi)\s+(?:in|on|at|of)\s+(?:the\s+)?(?:isle\s+of"
    r"|island\s+of\s+)?)(?-i:\p{Lu}\p{Ll}{2,})"
    r"|\b(?i:the\s+only\s+(?:[\w-]+\s+){0,3}?(?:\w+(?:er|ist|or|ian|man|woman|wife)|nurse|doctor|gp|vet"
    r"|pilot|guide|ranger|imam|priest|rabbi)\s+(?:in|on|at|of)\s+the"
    r"\s+(?:emirate|country|island|kingdom|state|province|region|town|village|city|county|valley"
    r"|district|territory|nation))\b"
    r"|\b(?i:yokozuna|ozeki)\b"
    # the only one in a place, in the Nordic languages: "den eneste legen på Røst", "Utsjoen
    # kunnan ainoa hammaslääkäri", "eini læknirinn í Grímsey"
    r"|\b(?i:den\s+eneste|eneste|den\s+enda|enda|eini|eina)\s+(?:\w+\s+){1,2}?(?i:p[åa]|i|í|á)\s+"
    r"(?-i:\p{Lu})"
    r"|\b(?-i:\p{Lu})\w+\s+(?:\w+\s+)?(?i:ainoa|ainut)\s+\w+"
    # a TV or radio presenter: "presents the kids' segment on the regional breakfast show"
    r"|\b(?i:presents|hosts|fronts|anchors)\s+(?:the\s+|a\s+)?(?:[\w'’-]+\s+){0,3}?(?i:segment|show"
    r"|programme|program|bulletin|podcast|slot)\b"
    # "the only partera in her barrio", "the only midwife in their village"
    r"|\b(?i:the\s+only\s+(?:[\w-]+\s+){1,2}?in\s+(?:her|his|their|the)\s+(?:barrio|colonia|village"
    r"|town|neighbou?rhood|parish|community|valley|island|district|township|municipality))\b"
    # "the only Year 8 pupil at the one-room school"
    r"|\b(?i:the\s+only\s+(?:year\s+\d+\s+|grade\s+\d+\s+)?(?:pupil|student|child|kid|boy|girl)\s+"
    r"(?:at|in|on)\s+the\s+(?:[\w-]+\s+){0,2}?(?:school|class|island|village))"
    # the coach of a club by its name: "l'entraîneur de l'équipe U17 du FC Sion"
    r"|\b(?i:coach|manager|captain|goalkeeper|striker|entra[iî]neu\w+|allenat\w+|entrenador\w*"
    r"|treinador\w*|capitaine|capitano|portiere|gardien)\b[^.;]{0,40}?\b(?-i:FC|AC|AS|SC|CF|SV|RC|US"
    r"|CD|UD|SL|AFC|SSC)\s+(?-i:\p{Lu})"
    # "The Tregaron village GP", "the reigning Onirè of Irè"
    r"|\b(?-i:\p{Lu}\p{Ll}+)\s+(?i:village|town|parish|island)['’]?s?\s+(?i:gp|doctor|vet|priest|vicar"
    r"|pharmacist|postmaster|postmistress|butcher|baker|publican|headteacher|policeman|constable"
    r"|midwife|nurse|dentist|imam|rabbi)\b"
    r"|\b(?i:reigning|incumbent)\s+(?-i:\p{Lu}[\p{L}'’-]+)\s+of\s+(?-i:\p{Lu})"
    # the only one in a place, in Polish, Czech, Slovak and Hungarian: "Jedyny weterynarz w gminie
    # Ropa", "jediný lékař v obci", "a község egyetlen háziorvosa"
    r"|\b(?i:jedyn[ya]|jedyne|jedin[ýáé]|jedinou|jedin[ée]ho)\s+(?:\w+\s+){1,2}?(?i:w|we|v|ve|na)\s+"
    r"(?:(?i:gminie|obci|obce|wsi|miasteczku|mie[śs]cie|dzielnicy|okrese|okresie|vesnici|dedine"
    r"|m[eě]st[eě]|meste)\b|(?-i:\p{Lu}))"
    r"|\b(?i:k[öo]zs[ée]g\w*|falu\w*|v[áa]ros\w*|telep[üu]l[ée]s\w*)\s+(?:\w+\s+)?(?i:egyetlen)\s+\w+"
    # a side by its own name and a player's place in it: "Anorthosis goalkeeper's ankle"
    rf"|\b(?-i:\p{{Lu}}\p{{Ll}}{{3,}})\s+(?i:{_POSITION})['’]s\b"
    # the head of a named town or village, the only one of a trade, a national side, in
    # Japanese and Korean: "Hakuba-mura no sonchō", "Yokote-shi no shichō", "tada hitori no
    # josanshi", "Ulleung-do-ui yuilhan ... uisa", "gukga daepyo-tim jujang"
    r"|\b(?-i:\p{Lu})[\p{L}]+-(?:mura|machi|ch[oō]|shi|ku|ken|t[oō]|jima|shima|gun|do|si|eup"
    r"|myeon|ri|dong)(?:-ui|\s+no)\s+(?:[\w-]+\s+){0,2}?(?i:sonch[oō]|ch[oō]ch[oō]|shich[oō]"
    r"|kuch[oō]|chiji|gich[oō]|k[oō]ch[oō]|gunsu|sijang|gucheongjang|ijang|eupjang|myeonjang"
    r"|dojisa|tongjang|yuilhan|tada\s+hitori)"
    r"|\b(?i:tada\s+hitori\s+no|yuiitsu\s+no|yuilhan)\s+[\w-]+"
    # ... and in Chinese: "Fóshān shì shìzhǎng" (the city's mayor), "wai4 jat1 ge3 ji1 sang1"
    # (the only doctor), "dui6 zoeng2" (a side's captain)
    r"|\b(?-i:\p{Lu})[\p{L}]+\s+(?i:sh[iì]|xi[aà]n|c[uū]n|zh[eè]n|q[uū]|sh[eě]ng)\s+(?:de\s+)?"
    r"(?i:sh[iì]zh[aǎ]ng|xi[aà]nzh[aǎ]ng|c[uū]nzh[aǎ]ng|zh[eè]nzh[aǎ]ng|q[uū]zh[aǎ]ng|sh[eě]ngzh[aǎ]ng"
    r"|sh[uū]j[iì])"
    r"|\b(?i:wai4\s+jat1\s+ge3|w[eé]i\s*y[iī]\s*(?:de|yi\s*ge|y[iī]\s*g[eè])|dui6\s+zoeng2"
    r"|du[iì]\s*zh[aǎ]ng|gwok3\s+gaa1\s+dui6)\b"
    r"|\b(?i:daepyo-?\s*tim|nihon\s+daihy[oō])\s*(?:-ui|no)?\s*(?i:jujang|gamdok|kyaputen|kantoku"
    r"|ek[iu]su|seonsu|senshu)"
    # a village's head, a temple's priest, in India: "Melur panchayat thalaivar", "the
    # Sabarimala melsanthi", "sarpanch of Khedi"
    r"|\b(?-i:\p{Lu})[\p{L}-]+\s+(?i:panchayat|gram\s+panchayat|village)\s+(?i:thalaivar|president"
    r"|pradhan|sarpanch|leader|head)\b"
    r"|\b(?i:sarpanch|mukhiya|pradhan|thalaivar)\s+of\s+(?-i:\p{Lu})"
    r"|\b(?-i:\p{Lu})[\p{L}-]+\s+(?i:melsanthi|mel\s*santhi|tantri|head\s+priest|chief\s+priest)\b"
    r"|\b(?-i:\p{Lu})[\p{L}-]+\s+(?i:temple|kovil|koil|devasthanam|mandir|gurudwara)\s+(?i:priest"
    r"|poojari|pujari|archakar|trustee|granthi)\b"
    # a club by its name, then a place in it: "Rovers FC head coach", "Ashby RFC captain"
    rf"|\b(?-i:\p{{Lu}}\p{{Ll}}+\s+(?:FC|AFC|RFC|RUFC|CC|GAA|HC|SC|FK|SK))\s+"
    rf"(?:head\s+|assistant\s+|club\s+|vice-?)?(?i:{_POSITION}|manager|chairman|chair|president)\b"
    # our department's own, in Turkish: "bölümümüzün kıdemli profesörü"
    r"|\b(?i:bölümümüzün|hastanemizin|kliniğimizin|servisimizin)\s+(?:\w+\s+)?\w+"
    # the landlord of the pub across the road from us
    r"|\b(?i:landlord|landlady|publican|owner|manager)\s+of\s+the\s+(?:[\w-]+\s+){0,2}?(?i:pub|inn"
    r"|bar|tavern|caf[eé]|shop|takeaway|chippy|garage|restaurant)\s+(?:[\w-]+\s+){0,2}?(?i:opposite"
    r"|across\s+from|next\s+(?:door\s+)?to|beside|outside|facing)\s+(?:our|the)\b"
    # "Former All Black lock", "Current Proteas fast bowler", "the national under-21 side's
    # opening fast bowler", "Our long-serving hospital chaplain"
    r"|\b(?i:former|current|ex-|retired)\s*(?-i:\p{Lu})\w+(?:\s+(?-i:\p{Lu})\w+)?\s+(?:[\w-]+\s+)?"
    r"(?i:lock|prop|hooker|flanker|fly-?half|winger|bowler|batsman|batter|striker|keeper|goalkeeper"
    r"|captain|quarterback|pitcher|forward|defender|midfielder|centre|center|fullback|spinner)\b"
    r"|\b(?i:(?:national|county|state|provincial|club)\s+(?:[\w-]+\s+)?(?:side|team|squad)['’]s\s+"
    r"(?:[\w-]+\s+){0,2}?(?:bowler|batsman|batter|striker|keeper|goalkeeper|captain|winger|lock|prop"
    r"|hooker|forward|defender|opener))\b"
    r"|\b(?i:our\s+(?:[\w-]+\s+)?(?:hospital|department|trust|practice)\s+(?:chaplain|ceo|chief"
    r"\s+executive|matron|director|porter|chair))\b"
    # a keeper of the local side, in German, Dutch, French, Italian, Portuguese
    r"|\b(?i:Torh[üu]ter|Torwart|Kapit[äa]n|St[üu]rmer|doelman|keeper|gardien|capitaine|portiere"
    r"|capitano|goleiro|capit[ãa]o)\s+(?i:des|der|van\s+de|van\s+het|du|de\s+l['’]|della|dello|do|da)\s+"
    r"(?i:[öo]rtlichen|lokalen|plaatselijke|locale?|local|hiesigen|eigenen)\b"
    # a relative who works with us, in Dutch: "zijn tweelingbroer, die bij ons als ... werkt"
    r"|\b(?i:\w*(?:broer|zus|zuster|vader|moeder|zoon|dochter|vrouw|echtgenote))\b[^.;]{0,40}?"
    r"\b(?i:bij\s+ons)\b[^.;]{0,40}?\b(?i:werkt)\b"
    # a relative who holds a known post: "his granddaughter, the RTÉ evening newsreader",
    # "his dad, who coaches the county U14 rugby side"
    r"|\b(?i:(?:son|daughter|wife|husband|mother|father|mum|mom|dad|brother|sister|partner"
    r"|grand\w+|nephew|niece|uncle|aunt),?\s+(?:who\s+(?:is|was)\s+)?the\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:newsreader|presenter|anchor|mayor|senator|bishop|coach|captain|manager|headteacher"
    r"|principal|chief|footballer|singer|actor|actress|judge|mp|councill?or))\b"
    r"|\b(?i:coaches|captains|manages|runs|trains)\s+(?:the|a)\s+(?:county|national|state|provincial"
    r"|school|club|(?-i:\p{Lu})\w+)\s+(?:[\w-]+\s+){0,3}?(?i:side|team|squad|club|xi|xv|crew)\b"
    # famous, in Romanian, the South Slavic and the Baltic languages
    r"|\b(?i:poznat\w*|slavn\w*|znan\w*|cunoscut\w*|celebr\w*|faimos\w*|[zž]inom\w*|garsus\w*"
    r"|paz[iī]stam\w*|slaven\w*|tuntud|kuulus\w*)\s+(?:[\w-]+\s+){0,3}?(?i:pjeva\w+|peva\w+|pevk\w+"
    r"|glum\w+|igra[cč]\w*|ko[sš]arka\w+|nogomet\w+|fudbal\w+|sporta[sš]\w*|sportist\w*|voditelj\w*"
    r"|vad[iī]t[aā]j\w*|c[aâ]nt[aă]re[tț]\w*|actor\w*|actri\w+|fotbalist\w*|dainink\w*|aktor\w*"
    r"|krep[sš]inink\w*|lauljat?\w*|n[aä]itlej\w*|sportlas\w*|dzied[aā]t[aā]j\w*|aktier\w*"
    r"|novinar\w*|ziurnalist\w*|[zž]urnalist\w*)"
    # one of our staff: "glavna sestra našeg prijma", "medic în spitalul nostru"
    r"|\b(?i:glavn\w+\s+sestr\w+|sestr\w+|lije[cč]ni\w+|le[kc]ar\w*|doktor\w*|radiolog\w*|tehni[cč]ar\w*"
    r"|zdravni\w+|medic\w*|asistent\w*|gydytoj\w*|slaugytoj\w*|[aā]rst\w*|m[aā]s[aā]\w*|arst\w*"
    r"|[oõ]de)\s+(?i:na[sš]eg|na[sš]e|na[sš]em|na[sš]oj|na[sš]i|m[uū]s[uų]|meie|nostru|noastr[aă])\b"
    r"|\b(?i:this|our|the)\s+(?i:hospital|trust|university|health\s+board)['’]s\s+(?:own\s+)?"
    r"(?i:chief\s+executive|ceo|medical\s+director|chair(?:man|woman)?|president)\b"
    r"|\b(?i:polg[aá]rmester\w*|starost(?:a|ou|y|ovi|ka|ky|ce)|prim[aá]tor\w*|burmistrz\w*"
    r"|so[lł]tys\w*|w[oó]jt\w*|borgmester\w*|borgm[aä]star\w*|ordf[oø]rer\w*|pormestari\w*"
    r"|kunnanjohtaja\w*|alcalde(?:sa)?|intendente\s+municipal|presidente\s+municipal"
    r"|primar(?:ul|ului|ul\s+comunei)|na[cč]elni(?:k|ca|ce|ku)\s+op[cć]in\w*|gradona[cč]elni\w*"
    r"|[zž]upan(?:a|u)?\s+ob[cč]in\w*|(?-i:meras|merė|mērs)|vallavanem\w*|linnapea\w*"
    r"|vyriausi\w+\s+gydytoj\w*|glavni\s+lije[cč]nik|ravnatelj\w*\s+(?:na[sš]e|bolnice)"
    r"|direktor\w*\s+(?:na[sš]e|bolnice|spitalului)|managerul\s+spitalului|peaarst\w*)\b"
    # the only one of a place: "Edini zobozdravnik v Kobaridu", "singurul farmacist din Ciugud",
    # "De enige huisarts van Schiermonnikoog", "le seul médecin de Sein"
    r"|\b(?i:edin[iae]?|jedin[iae]?|singur(?:ul|a)|unic(?:ul|a)|vienintel\w*|vien[iī]g\w*|ainus\w*"
    r"|ainoa|jedyn\w+|egyetlen|enige|einzige[rn]?|seule?|unico|unica|[úu]nic[oa])\s+"
    r"(?:[\w-]+\s+){1,2}?(?i:v|u|na|[îi]n|din|[iī]|ir|w|z|ze|van|von|auf|op|de|di|du|do|da|sur|im|em"
    r"|en)\s+(?-i:\p{Lu})"
    r"|\b(?i:\w+n\s+ainoa|enda|ende|eneste|jedyn\w+|jedin\w+|egyetlen|edin[ia]?|jedin[ia]?|singur(?:ul|a)"
    r"|vienintel\w*|vien[iī]g\w*|ainus\w*)\s+(?:\w+\s+)?(?i:veterin\w*|vet|l[aä]kare"
    r"|lege|l[æa]ge|l[aä][aä]k[aä]ri|lekarz\w*|l[eé]ka[rř]\w*|lek[aá]r\w*|orvos\w*|sjuksk[oö]terska"
    r"|sykepleier|sygeplejerske|barnmorska|jordemor|k[aä]til[oö]|po[lł]o[zż]n\w+|porodn\w+"
    r"|tan[aá]r\w*|l[aä]rare|l[æa]rer|opettaja|nauczyciel\w*|u[cč]itel\w*|k[nň]ez|ksi[aą]dz|pap"
    r"|pr[aä]st|prest|pappi|polis\w*|poliisi|policjant\w*|polici\w*|rend[oő]r\w*|apotekare"
    r"|farmaceut\w*|gy[oó]gyszer[eé]sz\w*)\b"
    r"|\b(?i:p[aå]|i|in|na|w|v)\s+(?i:landslag\w*|landshold\w*|maajoukkuee\w*|reprezentac\w+"
    r"|v[aá]logatott\w*)\b|\b(?i:landslags\w+|landsholds\w+|v[aá]logatott)\b"
    r"|\b(?i:olimpi\w+|olümpia\w*|olimpijsk\w+|rinktin\w+|izlas\w+|koondis\w*|reprezentativ\w+"
    r"|lotul\s+na[tț]ional|na[cč]ionaln\w+\s+tim\w*|dr[zž]avn\w+\s+reprezentacij\w*)\b"
    r"|\b(?i:kapiten\w*|c[aă]pitan\w*|kapteinis|kapteinu|kapten\w*|kaptein\w*|golman\w*|vratar\w*"
    r"|portar\w*|vārtsarg\w*|vartinink\w*|v[aä]ravah\w*)\s+(?:\w+\s+){0,2}?(?-i:\p{Lu})"
    r"|\b(?i:mūsų|na[sš]e|na[sš]eg|na[sš]i|na[sš]a|spitalul\s+nostru|meie)\s+(?:\w+\s+){0,2}?(?i:ligonin\w+"
    r"|bolnic\w+|haigla\w*|slimn[iī]c\w*|odjel\w*|klinik\w*)\b[^.]{0,30}?\b(?i:vyriausi\w+|direktor\w*"
    r"|na[cč]elni\w*|ravnatelj\w*|juhataja|vad[iī]t[aā]j\w*)"
    r"|\b(?i:medic|asistent[aă]?|rezident|infirmier[aă]?|doktor\w*|lije[cč]ni\w+|sestr\w+|zdravnik\w*"
    r"|gydytoj\w*|[aā]rst\w*|slaugytoj\w*)\s+(?:\w+\s+){0,4}?(?i:[iî]n\s+spitalul\s+nostru|u\s+na[sš]oj"
    r"\s+bolnici|v\s+na[sš]i\s+bolni[sš]nici|m[uū]s[uų]\s+ligonin\w+|meie\s+haiglas|m[uū]su\s+slimn[iī]c\w*)"
    r"|\b(?i:plays?|played|playing|member|selected|capped|skis|runs|rows|swims)\s+(?:\w+\s+){0,2}?"
    r"(?i:for|on|in|of)\s+the\s+(?i:national)\s+(?:\w+\s+)?(?i:team|side|squad)\b"
    r"|\b(?i:(?:her|his|their|the\s+patient['’]s)\s+(?:son|daughter|wife|husband|mother|father|mum"
    r"|mom|dad|brother|sister|partner)\s+(?:is|was)\s+(?:the|a|an|one\s+of\s+the)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:consultant|registrar|radiologist|radiographer|sonographer|surgeon|physician|nurse"
    r"|\w+ologist)\s+(?:who|here|in\s+our|at\s+our|on\s+our))"
    r"|\b(?i:enfermer[oa]|m[eé]dic[oa]|t[eé]cnic[oa]|radi[oó]log[oa]|residente|nurse|doctor"
    r"|radiographer|consultant|caposala|primari[oa]|coordinat(?:or|rice|ore)|infermier[ea]"
    r"|tecnic[oa]|cadre\s+de\s+sant[ée]|infirmi[eè]re?|manipulat\w+)\s+(?i:de|del|do|da|in|of|at|on|en"
    r"|della|del|dello|du|de\s+la)\s+(?:(?i:the)\s+)?(?i:nuestr[oa]|noss[oa]|our|nostr[oa]|notre)\s+"
    r"(?i:propi[oa]|pr[oó]pri[oa]|own)\s+\w+"
    r"|\b(?i:brank[aá]\w*|bramkarz\w*|kapus\w*|m[aå]lvakt\w*|maalivahti\w*|goalkeeper|keeper|goalie"
    r"|hokej\w*|fotbalist\w*|futbalist\w*|pi[lł]karz\w*|hockeyspelare|fotbollsspelare|jugador\w*"
    r"|arquero|portero|player|striker|captain|[uú]to[cč]n[ií]k\w*|obr[aá]nce|z[aá]lo[zž]n[ií]k\w*"
    r"|brank[aá][rř]\w*|hr[aá][cč]\w*|napastnik\w*|obro[nń]c\w*|zawodnik\w*|cs[aá]t[aá]r\w*"
    r"|j[aá]t[eé]kos\w*|spelare|spiller|pelaaja|hy[oö]kk[aä][aä]j[aä]|delantero|defensa|jugador\w*)"
    r"\s+(?:\w+\s+){0,2}?"
    r"(?-i:(?:HC|HK|FC|FK|MFK|SK|KS|IF|IK|BK|AIK|SC|AC|CF|CD|CA|ŠK|TJ|GKS|IFK|HIF|KK|RK|AFC|CSKA)"
    r"\s+\p{Lu})"
    # a position in one local side: "starting goalie for the city's AHL team", "7 ft 2 in centre
    # for the local college basketball team", "the Blue Jays' closer"
    rf"|\b(?i:{_POSITION})\s+(?i:for|of|on|with|at|in)\s+(?i:the\s+|our\s+|their\s+|a\s+)?"
    r"(?i:city|town|local|county|state|village|school|high\s+school|college|university|varsity"
    r"|club|regional|provincial|island|valley|parish|district)(?:['’]s)?\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?i:team|side|club|squad|franchise|xi|xv|eleven)\b"
    rf"|(?-i:\p{{Lu}})[\w-]+(?:['’]s?|s['’])\s+(?i:star\s+|starting\s+|ace\s+)?(?i:closer|reliever|setup\s+man"
    r"|ace|goalie|netminder|tight\s+end|wide\s+receiver|setter|libero)\b"
    # a member of a famous band, and the one business of a place: "lead singer of a very famous
    # Israeli rock band", "head chef at the only Michelin-starred restaurant in the county"
    r"|\b(?i:lead\s+singer|frontman|frontwoman|singer|drummer|guitarist|bassist|keyboardist|rapper"
    r"|member)\s+(?i:of|in|for|with)\s+(?i:a|the|one\s+of\s+the)\s+(?:[\w-]+\s+){0,1}?(?i:famous"
    r"|well-known|popular|chart-topping|legendary|huge|biggest|best-known|beloved)\b"
    r"|\b(?i:at|of|runs|owns|from|in|manages)\s+the\s+only\s+(?:[\w-]+\s+){0,2}?(?i:restaurant|pub"
    r"|bar|shop|bakery|butcher\w*|garage|pharmacy|chemist|hotel|caf[eé]|church|mosque|synagogue"
    r"|salon|barber\w*|farm|vineyard|winery|brewery|distillery|factory|mill|mine|quarry|stall|diner"
    r"|takeaway|cinema|gym|dairy|tavern|inn|store|petrol\s+station|gas\s+station|post\s+office"
    r"|school|kindergarten|nursery|practice|surgery)\s+(?i:in|on|of)\s+(?i:the\s+)?(?i:town|village"
    r"|county|valley|island|area|region|district|city|parish|state|province|(?-i:\p{Lu}\w+))"
    # the only vet of the island, the mukhtar of the village, in Turkish and Levantine Arabic
    r"|\b\w+(?:[ıiuü]n|n[ıiuü]n)\s+tek\s+(?:\w+\s+)?(?i:veteriner|doktor|hekim|eczac|imam|muhtar"
    r"|öğretmen|ogretmen|ebe|hemşire|hemsire|berber|bakkal|fırıncı|kasap|polis|papaz|rahip)\w*"
    r"|\b(?i:(?:el|al|il)[-\s]?mukhtar|mukhtar|muhtar\w*|köy\s+muhtar\w*)\b"
    # a town's mayor, a village's head, a hospital's chief doctor, in Turkish and Azerbaijani:
    # "ilçemizin belediye başkanı", "kəndin icra nümayəndəsi", "xəstəxanasının baş həkimi"
    r"|\b(?i:belediye\s+başkan\w*|belediye\s+baskan\w*|icra\s+n[üu]may[əe]nd[əe]\w*"
    r"|icra\s+hakimiyy[əe]tinin\s+ba[şs]ç\w*|baş\s+h[əe]kim\w*|başhekim\w*|kaymakam\w*|vali\b)"
    # a relative who runs one business: "Her husband runs the fish stall at the Thursday market"
    r"|\b(?i:(?:her|his|their|the\s+patient['’]s|pt['’]s)\s+(?:husband|wife|son|daughter|mother|father"
    r"|mum|mom|dad|brother|sister|partner|uncle|aunt|grandson|granddaughter)\s+(?:runs|owns|manages"
    r"|keeps|ran|owned)\s+the)\b"
    # everyone in the village knows him, in Turkish; our own head of service, in Catalan
    r"|\b(?i:köyde|mahallede|kasabada|ilçede)\s+herkesin\s+tanıdığı\b"
    # a named fire, derby, collapse or capsizing in Turkish: "Bozdağ orman yangınında",
    # "Karşıyaka–Göztepe derbisindeki tribün çöküşü", "alabora olan gezi teknesinden kurtarılan"
    # (not a kind of accident: "Trafik kazası", "İş kazası", "Maden patlaması")
    r"|\b(?!(?:Trafik|İş|Is|Ev|Araç|Arac|Araba|Motosiklet|Motor|Bisiklet|Maden|Orman|Yol|Tren"
    r"|Otobüs|Uçak|Deniz|Spor|Silah|Gaz|Tüp|Elektrik|Ocak|Baca|Soba|Kimyasal|Büyük|Bir|Bu)\b)"
    r"\p{Lu}[\p{L}'’-]+\s+(?:orman\s+)?(?:yang[ıi]n\w*|derbi\w*|deprem\w*|kazas[ıi]\w*"
    r"|patlamas[ıi]\w*|faci\w*)"
    r"|\b(?:tribün\s+çöküş\w*|alabora\s+olan|kurtarılan\s+tek|tek\s+kurtulan)"
    # a club's captain by the club's initials: "the Redvale RFC club captain"
    r"|\b\p{Lu}\w+\s+(?:RFC|RUFC|FC|AFC|GAA|CC|HC|BC|RC|SC)\s+(?:club\s+|first[\s-]team\s+)?(?:captain"
    r"|skipper|goalkeeper|coach|chairman|president)\b"
    # a player in a named band: "the drummer in The Gannets"
    r"|\b(?:drummer|bassist|guitarist|keyboardist|singer|vocalist|frontman|frontwoman|fiddler"
    r"|piper)\s+(?:in|of|for|with)\s+(?i:the\s+)?\p{Lu}\w+"
    # "known on the ward for his facial marks", "that's how the team recognised him"
    r"|\b(?i:known)\s+(?:on|to|in|around|across)\s+(?:the\s+|our\s+)?(?:ward|unit|department|hospital"
    r"|everyone|all|town|village|area)\s+(?:for|by|because\s+of)\s+(?:his|her|their)\b"
    r"|\bhow\s+(?:the\s+|our\s+)?(?:team|staff|nurses|we|everyone)\s+recogni[sz]ed\s+(?:him|her|them)\b"
    # "he is known to the whole village because of his missing ear"
    r"|\bknown\s+to\s+(?:the\s+)?(?:whole|entire)\s+(?:village|town|mohalla|neighbou?rhood|community"
    r"|island|valley|district)\b"
    # "kasabada herkes onu bu özelliğiyle tanıyor": everyone in the town knows him by it
    r"|\b(?i:köyde|mahallede|kasabada|ilçede|şehirde|kənddə|rayonda)\s+herkes\s+(?:\w+\s+){0,4}?"
    r"tan[ıi](?:yor|r)\w*"
    r"|\b(?i:el\s+nostre|la\s+nostra)\s+(?:cap|director|directora)\s+(?:de\s+servei|del\s+servei"
    r"|de\s+radiologia)\b"
)


# In Chinese, Japanese and Korean: the head of our own hospital, a mayor, a village head;
# an accident, a fire, an explosion at a named place.
_CJK_OFFICE = regex.compile(
    r"(?:本院|当院|我院)の?的?(?:院长|院長|副院长|副院長)|(?:市长|市長|村长|村長|校长|校長|社長|区长|区長|시장|원장)"
)
_CJK_EVENT = regex.compile(
    r"(?:空港|駅|站|橋|桥|高速|学校|工場|工厂|ビル|大厦|市場|市场|商場|商场|公園|公园|マンション|トンネル"
    r"|隧道|機場|机场)[^。，,]{0,12}?(?:事故|火災|火灾|爆発|爆炸|衝突|车祸|車禍|事件|崩落|倒塌)"
    r"|(?:공항|역|다리|터널|학교|공장|시장)\s?\S{0,6}\s?(?:사고|화재|폭발|참사)"
)


# The patient is an office holder, in Spanish and Portuguese: "Paciente é o deputado federal
# mais votado do Amapá", "el paciente es el alcalde".
_THEIR_OFFICE = regex.compile(
    rf"(?i:\b(?:el\s+|la\s+|o\s+|a\s+)?(?:paciente|pcte|doente)\s+(?:é|es|era|fue|foi)\s+"
    rf"(?:o|a|el|la|un|una|um|uma|nuestro|nuestra|nosso|nossa)\s+(?:[\w-]+\s+)?(?:{_ROLE_WORDS}"
    rf"|{_UNIQUE_OFFICE}))"
)


def holds_a_role(text: str) -> bool:
    """Whether a text gives someone a role: a captain, a mayor, a bishop."""
    return bool(_ROLE.search(text))


def _head_is_patient(sentence: str) -> bool:
    """A head of our place told as the patient: their scan, their body or their illness."""
    return any(
        _AS_PATIENT.search(sentence, m.end(), m.end() + 60)
        or _AS_PATIENT.search(sentence, 0, m.start())
        for m in _OUR_HEAD.finditer(sentence)
    )


def _band(age: int | None) -> str:
    if age is None:
        return "patient"
    for limit, band in ((1, "infant"), (13, "child"), (18, "adolescent"), (65, "adult")):
        if age < limit:
            return band
    return "older adult"


def _mechanism(signals: _Signals) -> str:
    if "violent" in signals.mechanisms:
        return "penetrating or blunt injury"
    if "disaster" in signals.mechanisms:
        return "trauma"
    return "blunt trauma"


def rewrite(signals: _Signals) -> str:
    """The generalised wording the finding suggests."""
    return (
        f"a specific event can be recognised: wait weeks to months and generalise, e.g. "
        f"'{_band(signals.age)} with {_mechanism(signals)}', without the place, the day, "
        f"the role or the vehicle"
    )


def find_events(
    text: str, places: Sequence[tuple[int, int]] = (), times: Sequence[tuple[int, int]] = ()
) -> Iterator[Hit]:
    """Yield sentences that tell a recognisable event (block) or an age with an event (warn)."""
    for match in _SENTENCE.finditer(text):
        start = match.start() + len(match.group()) - len(match.group().lstrip())
        end = match.start() + len(match.group().rstrip())
        if end <= start:
            continue
        signals = _signals(text, start, end, places, times)
        if signals.blocks():
            yield Hit("specific_event", start, end, rewrite(signals))
        elif signals.warns():
            yield Hit("age_mechanism", start, end)
