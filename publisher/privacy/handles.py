"""Social media handles and the names in hashtags.

A contributor's handle is credit ("Case courtesy of @radiopaedia"); a patient's handle is an
identifier ("her Instagram is @sofia.runs"). The field and the words before a handle tell
which. A hashtag is read as the words it joins: #PrayForAmaraOkafor names a patient.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from itertools import pairwise

import regex

from .findings import Hit
from .frequency import zipf
from .lexicon import CITIES, COUNTRIES, REGIONS
from .namelists import FIRST_NAMES, SURNAMES
from .normalise import fold, words
from .vocabulary import MEDICAL_WORDS

_HANDLE = re.compile(
    r"(?<![\w.@])@[\w.]*\w(?:@[\w-]+(?:\.[\w-]+)+)?"
    # a Reddit user, a Bluesky handle written without its @
    r"|(?<![\w/])u/[A-Za-z0-9_-]{3,30}\b|(?<![\w.@])[\w-]+(?:\.[\w-]+)*\.bsky\.social\b"
    # a profile's address: "fb.com/omar.khaled.5578", "instagram.com/sofia.runs"
    r"|\b(?:www\.)?(?:(?:fb|facebook|instagram|tiktok|twitter|x|threads|linkedin|vk"
    r"|snapchat)\.com/(?:in/|@|add/)?|youtube\.com/(?:@|c/|channel/|user/)|twitch\.tv/|t\.me/"
    r"|kick\.com/|onlyfans\.com/)[\w.-]*\w"
)
# "(twitter: @ lungs_of_steel_)": the @ set apart from the name after a platform's word
_PLATFORM = (
    r"(?:instagram|insta|ig|tiktok|twitter|x\.com|snapchat|snap|facebook|fb|youtube|threads"
    r"|bluesky|mastodon|linkedin|telegram|whatsapp|reddit|discord|onlyfans|twitch|strava|garmin"
    r"|tumblr|vk|pinterest|kick|kakao(?:talk)?|viber|zalo|wechat|skype|xiaohongshu|rednote"
    r"|weibo|douyin|bilibili|kuaishou|weixin|line(?=\s+(?:id|account)\b))"
    r"(?:issa|ista|iin|ssa|sta|ssä|stä)?"
)
_SPACED_HANDLE = re.compile(
    rf"(?i:\b{_PLATFORM}\b[^\w@]{{0,12}})@\s[A-Za-z_][\w.]*\w"
    r"|(?<![\w.@])@\s(?=[A-Za-z_][\w.]*[_\d])[A-Za-z_][\w.]*\w"
)
_PATIENT_CUE = re.compile(
    rf"(?i:\b(?:{_PLATFORM}|account|profile|page|handle|username|user\s*name|posted|posts|tweets?"
    r"|tweeted|shared|follow|dm|his|her|their|patient|pt|mum|mom|mother|father|dad|family|son"
    r"|daughter|wife|husband|partner|brother|sister|friend|himself|herself|paciente|pasien"
    r"|patiënt|patientin|madre|padre|mãe|pai|hijo|hija|filho|filha|familia|família|esposa"
    r"|esposo|marido|streamer|vlogs?|updates|dochter|zoon|moeder|vader|zus|broer|Tochter|Sohn"
    # Thai, Khmer and Lao in Latin letters: the patient, the patient's own
    r"|phu\s+puai|khon\s+chep|neak\s+chheu|luk|mae|pho)\b)"
)
# The way a message came, after "via": "consented via Twitter DM" is no contributor's credit.
CHANNEL = (
    r"\s+(?:(?:a|an|the)\s+)?(?i:twitter|x|instagram|insta|facebook|fb|tiktok|dm|direct\s+message"
    r"|e-?mail|whatsapp|text|message|phone|messenger|signal|telegram)\b"
)
_CONTRIBUTOR_CUE = re.compile(
    r"(?i:\b(?:credit(?:s|ed)?|courtesy|thanks|thank\s+you|h/t|hat\s+tip|cc|from\s+our"
    rf"|via(?!{CHANNEL})"
    # ("consent came by DM from @..." is the patient's consent, not a colleague's message)
    r"|shout-?out|kudos|great\s+catch|reply\s+from|(?<!\bby\s)(?<!\bvia\s)dm\s+from|answer\s+from|quoting"
    # ("consented via Twitter DM" names the way, not who sent the case)
    r"|follow\s+us|by\s+our|colleague|dr|prof|fellow|registrar|resident|team|department|dept"
    r"|our\s+(?:channel|page|account|group|server|feed)|join|subscribe|tutorials?|lectures?)\b)"
)
_REACHED_US = re.compile(
    r"(?i:\b(?:found|messaged|contacted|reached|wrote\s+to|emailed|dm['’]?d|tagged|thanked"
    r"|follows?)\s+(?:us|me|(?:the|our)\s+(?:department|team|unit|ward|page))\b[^.;]{0,40}$"
    r"|\b(?:shares?|posts?|deelt|teilt|postet|publica)\s+(?:\w+\s+){0,2}?(?:updates?|news|nieuws)\b"
    r"[^.;]{0,40}$)"
)
# In credit, a handle is the contributor's unless the credit gives it to the patient or
# family: "with permission from the patient (Instagram: @priya.lifts)".
_OWNER_CUE = re.compile(
    r"(?i:\b(?:patient|pt|mum|mom|mother|father|dad|family|son|daughter|wife|husband|partner"
    r"|phu\s+puai|khon\s+chep|neak\s+chheu"
    r"|parents?|guardians?|twins['’]?|grand(?:mother|father|ma|pa|parents?)|ouders|Eltern|parents"
    r"|brother|sister|himself|herself|themselves|paciente|pasien|patiënt|patientin|madre|padre"
    r"|mãe|pai|hijo|hija|filho|filha|familia|família|esposa|esposo|marido|patiente|paziente"
    r"|patiënte|patientin|patienten|Ehefrau|Ehemann|echtgeno(?:ot|te)"
    r"|famille|famiglia|Familie"
    # in Czech, Slovak, Hungarian and Polish: "Děkujeme pacientce", "a beteg édesanyjának"
    r"|pacient\w*|pacjent\w*|beteg\w*|[ée]desany\w*|[ée]desap\w*|matk\w*|otc\w*|rodi[čc]\w*"
    r"|csal[áa]d\w*|rodzin\w*|mam[ayi]|tat[ayi])\b"
    # "follow her recovery at instagram.com/...": the patient's own story
    r"|\b(?i:(?:her|his|their)\s+(?:own\s+)?(?:recovery|journey|story|progress|fight|rehab)\b))"
)
_ANOTHER = re.compile(
    r"(?i:\band\b(?!\s+(?:asked|asks|wants?|wanted|agreed|would|is|was|has|consented|requested))|&"
    rf"|\bto\b(?!\s+(?:tag|mention|follow|credit|add|name|@|be\s+tagged))|\bwith\b|\bvia\b(?!{CHANNEL})|;)"
)
_BARE_AFTER_PLATFORM = re.compile(
    rf"(?i:\b{_PLATFORM}\s*(?:handle|account|username|name)?\s*(?:is|:|=|-|@)\s*)"
    r"(?P<handle>[a-z0-9][\w.]{2,29}\w)(?=[\s,;)]|$|\.\s)"
)
# A handle without its @, named by the platform after it: "kenjitsuri_fishing on IG".
_BARE_BEFORE_PLATFORM = re.compile(
    r"(?P<handle>\b(?=[\w.]*[_\d.])[a-z][\w.]{2,29}\w)\s+(?:on|@)\s+"
    r"(?i:ig|insta(?:gram)?|tiktok|twitter|x|snapchat|snap|facebook|fb|bluesky|threads|reddit|strava"
    r"|youtube|twitch|telegram)\b"
)
# A handle-shaped word (letters with digits, dots or underscores) just after a platform:
# "YouTube climber ch0i.kaho".
_SHAPED_AFTER_PLATFORM = re.compile(
    rf"(?i:\b{_PLATFORM}\b)(?:\s+[a-z]+){{0,2}}(?:[\s(:—–-]|[^\w\s]){{1,6}}"
    r"(?P<handle>(?=[a-z\d._]*[._\d])[a-z][a-z\d._]{2,29}[a-z\d])\b"
)
# A handle quoted before its platform: "as 'SeoyeonDaily' on YouTube".
_QUOTED_BEFORE_PLATFORM = re.compile(
    r"['\"‘“](?P<handle>[\w.]{3,30})['\"’”]\s+(?:on|@)\s+"
    rf"(?i:{_PLATFORM}|ig|yt)\b"
)
# A channel or account named in quotes after its platform: "his YouTube channel 'RaviRides'"
_QUOTED_AFTER_PLATFORM = re.compile(
    # ... and in Central Europe: "na YouTube kanál „Klárka vaří s láskou“"
    rf"(?i:\b(?:{_PLATFORM}\s+(?:channel|account|page|pg|acct|handle|profile|username|vlog"
    r"|kan[aá]l\w*|kana[łl]\w*|csatorn\w*|profil\w*|str[aá]nk\w*|stron\w*|oldal\w*|konto"
    r"|fi[óo]k\w*|[úu][čc]et|cont(?:ul)?"
    # Japanese and Korean in Latin letters: "YouTube chaeneol", "YouTube channeru", "kaunto"
    r"|chaeneol|chaen[eo]l|channeru|chaneru|kaunto|akaunto|gyejeong)"
    rf"|(?:canal|cuenta|perfil|p[aá]gina|conta|cha[îi]ne|compte|profilo|pagina)\s+(?:de|en|no|na|sur"
    rf"|su|di)\s+{_PLATFORM})\s+)"
    r"(?:['\"‘“„«](?P<handle>[\w. ]{3,40})['\"’”“»]|(?P<camel>[A-Za-z][a-z]*[A-Z][\w.]{2,28}))"
)
# A creator's channel by its name: "es youtuber (canal 'Rutas con Quimet')"
_CREATOR_CHANNEL = re.compile(
    r"(?i:\b(?:youtuber|tiktoker|streamer|influencer|vlogger|blogger|podcaster|instagrammer|youtubera"
    r"|influenciador[a]?)\b[^.;\n]{0,30}?\b(?:canal|channel|cuenta|account|conta|cha[îi]ne|show"
    r"|podcast|blog|vlog|page|p[aá]gina)\s+(?:(?:called|named|llamado|chamado|de)\s+)?)"
    r"['\"‘“«](?P<handle>[^'\"’”»\n]{3,40})['\"’”»]"
)
# "streams on Twitch as GranitePeakGamer"
_AS_ON_PLATFORM = re.compile(
    rf"(?:(?i:\b{_PLATFORM})|\bon\s+X)(?:\s+\w+)?\s+(?i:as|als|como|comme|som)\s+['‘\"“]?"
    r"(?P<handle>@?[A-Za-z][\w.]{3,30})"
)
# "posts stunt videos as RawalpindiRider77 on TikTok"
_AS_BEFORE_PLATFORM = re.compile(
    rf"\bas\s+(?P<handle>@?[A-Za-z][\w.]{{3,30}})\s+(?:on|@)\s+(?i:{_PLATFORM})\b"
)
# A run-together handle on this very platform: "our pt is literally GrizzlyGainsPT on here",
# "tag her, she's KiwiKayakGal".
_ON_HERE = re.compile(
    r"(?P<handle>\b[A-Za-z][a-z\d]+[A-Z][\w.]{2,28})(?=\s+(?:on\s+here|on\s+this\s+(?:app|site)"
    r"|here\b[^.]{0,30}\btag))"
    r"|(?i:\btag(?:ged)?\s+(?:him|her|them)\b[^.]{0,20}?\b(?:he['’]s|she['’]s|as|at)\s+)"
    r"(?P<camel>[A-Za-z][a-z\d]+[A-Z][\w.]{2,28})"
)
# A name on a platform, told in brackets later: "his Twitch name on the hoodie (xXGhostRyderXx)"
_NAMED_LATER = re.compile(
    rf"(?i:\b{_PLATFORM}\s+(?:name|handle|username|user\s*name|tag|account|gamertag)\b)[^.()\n]{{0,40}}"
    r"\(\s*@?(?P<handle>[\w.]{3,30})\s*\)"
)
# "give him a follow on X, he's trailrunnerTed", "reddit (u/bonyhandguy)"
_FOLLOW_ON = re.compile(
    rf"(?i:\bfollow\s+on\s+{_PLATFORM}\b|\bfollow\s+on\s+X\b)[^.\n]{{0,15}}?(?i:he['’]s|she['’]s"
    r"|they['’]re|at|as)\s+@?(?P<handle>[A-Za-z][\w.]{3,30})"
    r"|(?<![\w/])u/(?P<camel>[A-Za-z0-9_-]{3,20})\b"
)
# A profile's address spelt out: "twitter dot com slash mateo_cyclesBCN".
_SPELT_PROFILE = re.compile(
    rf"(?i:\b{_PLATFORM}(?:\s+(?:dot|punto|ponto|punkt)\s+(?:com|net|me|app)\s*(?:/|\s(?:slash|barra"
    r"|schrägstrich)\s)|\.(?:com|net|me|app)\s+(?:slash|barra|schrägstrich)\s)\s*@?)"
    r"(?P<handle>[\w.]{3,30}\w)"
)
# A handle the patient's by what follows it: "@elflaco.runner (el paciente 🙌)".
_PATIENT_AFTER = re.compile(
    r"\s*[(,–—-]\s*(?i:(?:the|el|la|o|a|der|die|de|our|my|nuestro|nuestra|nosso|nossa|le|les|il|lo"
    r"|het|os|as)\s+)?"
    r"(?i:patient|pt|paciente|patiente|patiënt|patientin|patienten|pasienten|potilas|doente)\b"
    r"(?:['’]s\s+(?:son|daughter|wife|husband|mother|father|mum|mom|dad|brother|sister|partner"
    r"|family|grand\w+)\b|(?!['’]s|\s+of\b|\s+(?:de|del|do|da|des)\b))"
)
# A family's own site by its address: "the family blog hydropsandhope.com.au"
_OWN_SITE = re.compile(
    r"(?i:\b(?:family|her|his|their|the\s+patient['’]s|mum['’]s|mom['’]s|dad['’]s)\s+"
    r"(?:\w+\s+)?(?:blog|website|site|page|vlog|podcast)\b[^.;\n]{0,20}?)"
    r"(?P<handle>\b[\w-]{3,}\.(?:com|org|net|blog|me|info|co|io)(?:\.[a-z]{2})?)\b"
)
# A handle in brackets after its platform: "his tiktok (skatewithleo)", "TikTok (lamamadevalen)";
# a channel named after "canale YouTube," in other tongues.
_IN_BRACKETS_AFTER_PLATFORM = re.compile(
    rf"(?i:\b{_PLATFORM})\s*\(\s*@?(?P<handle>[A-Za-z][\w.]{{3,29}})\s*\)"
    rf"|(?i:\b(?:canal|canale|chaîne|kanal)\s+(?:de\s+|di\s+)?{_PLATFORM})[,:]?\s+"
    r"(?P<camel>[A-Z][a-z]+[A-Z][\w.]{2,28})"
)
# A username named as one: "(username yuna.k_0815)", "handle: kai.surfs".
_USERNAME = re.compile(
    r"(?i:\b(?:username|user\s*name|user\s*id|user|usuario|usuário|handle|gamertag|screen\s*name"
    r"|gebruikersnaam|benutzername|nutzername|nom\s+d['’]utilisateur|nome\s+utente|brukernavn"
    r"|användarnamn|brugernavn|käyttäjänimi"
    r"|line\s+id|wechat\s+id|kakao\s+id)"
    r"\b\s*[:=]?\s*@?)"
    r"(?P<handle>(?=[a-z\d._]*[._\d])[a-z][a-z\d._]{2,29}[a-z\d])\b"
)
# Short platform names with a colon: "(sc: tama.ngata09)", "yt: ..."
_SHORT_PLATFORM = re.compile(
    r"(?i:\b(?:sc|snap|tt|yt|ig|insta|fb)\s*:\s*)"
    r"(?P<handle>(?=[a-z\d._]*[._\d])[a-z][a-z\d._]{2,29}[a-z\d])\b"
)
_HASHTAG = re.compile(r"(?<![\w&])#(\w+)")
_HASHTAG_WORD = regex.compile(
    r"\p{Lu}[\p{Ll}\p{M}]+(?:['’]\p{Ll}+)?|\p{Lu}+(?![\p{Ll}])|[\p{Ll}\p{M}]+|\d+"
)
_NAME_CUES = re.compile(
    # in other tongues: "#JusticiaParaKevin", "#FuerzaMateo", "#DoaUntukPakRudi",
    # "#StarkBleibenLukas"
    r"^(?:(?:Justicia|Justiça|Fuerza|Força|Oremos|Rezemos|Ore|Todos|Todas|Ánimo|Animo|[ÀA]nims"
    r"|[ÁA]nimos|Ãnimo)\s?"
    r"(?:Para|Por|Pela|Pelo|Con|Com)?|Doa\s?(?:Untuk|Buat)|Stark\s?Bleiben|Bleib\s?Stark"
    r"|Kämpf\s?Weiter|Here\s?s\s?To|Cheers\s?To|Force\s?(?:Pour|[ÀA])|Tou(?:te)?s\s?Avec|Pens[ée]es\s?Pour|Pour|Courage|Kracht\s?Voor|Sterkte|Styrka\s?Till|Dua\s?For|Soutien\s?(?:À|A)?"
    r"|Familia|Família|Molimsya\s?Za|Bidden\s?Voor|Beten\s?Für|Prions\s?Pour|Preghiamo\s?Per"
    r"|Forza|Rezamos\s?Por|Módlmy\s?Się\s?Za|Be\s?Strong\s?For|Voor|Kämpa|Kæmp|Kjemp|Heia|Hejа"
    r"|Heja|Be\s?For|Bed\s?For|Ber\s?För|Tsemppiä|Voimia|Styrke\s?Till?|Kraft\s?Till?|Houd?\s?Vol|Dou3a\s?Li|Do3a2?\s?Li|Du['’]?aa?\s?Li|Kom\s?Op"
    r"|Trzymaj\s?Sie|Semangat|Cepat\s?Sembuh|Lekas\s?Sembuh"
    # get well soon in Turkish and Greek letters: "#GeçmişOlsunMehmetAbi", "#ŞifalarAyşe"
    r"|Ge[çc]mi[şs]\s?Olsun|Acil\s?[ŞS]ifalar|[ŞS]ifalar|Dualar[ıi]m[ıi]z\s?(?:Seninle|Onunla)"
    r"|Perastika|Kourage"
    # "#BeatCancerBridget", "#hugsforAuntieBev", and get well in Tagalog, Thai, Czech,
    # Slovak and Hungarian: "#LabanLolaCoring", "#SuSuNongMind",
    # "#BrzySeUzdravJirko", "#DržímePalceLukáš", "#GyógyuljMegPanni"
    r"|Beat\s?Cancer|Beat\s?It|Bring\s?Back|Kick\s?Cancer|Hugs\s?[Ff]or|Hugs\s?4|Love\s?[Ff]or|Laban|Su\s?Su"
    r"|Brzy\s?Se\s?Uzdrav\w*|Dr[žz][ií]me?\s?Palce|Dr[žz][ií]m\s?Palce|Gy[óo]gyulj\s?Meg|Gy[óo]gyulj"
    r"|Zdrowiej|Wracaj\s?Do\s?Zdrowia|Im[áa]dkozzunk|Modl[íi]me\s?Sa\s?Za|Modl[íi]me\s?Se\s?Za|Modlimy\s?Si[ęe]\s?Za|Modlymos[ʹ']?\s?Za|L[ūu]dzam\s?Par|Meld[žz]iam[ėe]s\s?U[žz]|Palvetame|Szurkolunk|Go\s?Go|Jia\s?You|Add\s?Oil"
    r"|Hwaiting|Ganbare|Heal\s?Up|Hopp\s?Hopp|Oraci[óo]n(?:es)?\s?Por"
    # the Nordic languages: "#kryapådigLinnea", "#godbedringMagnus", "#kæmpmedSofie",
    # "#paranemisiaAino", "#batakveðjurtilGunna"
    r"|(?i:krya\s?p[åa]\s?dig|god\s?bedring|k[æa]mp\s?med|kjemp\s?med|k[äa]mpa\s?med|paranemisia"
    r"|pikaista\s?paranemista|bata\s?kve[ðd]jur\s?til|bar[áa]ttukve[ðd]jur\s?til)"
    r"|Hai|Haide|Hajde|Rug[aă]ciune\s?Pentru|Pentru|Molitva\s?Za|Molimo\s?Za|Dr[zž]i\s?Se"
    r"|Visi\s?U[zž]|Kop[aā]\s?Ar|Jaksa|Tugev|Mol[ií]mo\s?Se\s?Za|Sve\s?Za|Svi\s?Za"
    r"|Rug[aă]ciuni\s?Pentru|Roguri\s?Pentru|Molitve\s?Za|Mal[dt]os\s?U[zž]|Kia\s?Kaha"
    r"|Gute\s?Besserung|Rifa\s?Para|Dona\s?Para|Bon\s?R[ée]tablissement|Guarisci\s?Presto"
    r"|Beterschap|Melhoras\s?(?:Para|Pro|Pra)?"
    # get well in Arabic, the South Slavic languages and Bulgarian, in Latin letters:
    # "#SalamtakYaKhalid", "#ShafakiAllahYaNoura", "#brzooporavakIvica", "#ZdravjeZaNejca"
    r"|Hearts\s?(?:For|4)|Salamt(?:ak|ik|ek)(?:\s?Ya)?|Shaf[aā]k[ai]?\s?All[aā]h(?:\s?Ya)?"
    r"|All[aā]h\s?Yashf[ie]\w*(?:\s?Ya)?|(?i:brzo?\s?oporav\w*|brzo?\s?ozdrav\w*|ozdravi)"
    r"|Zdravje\s?Za|Zdravlje\s?Za|Borbata\s?Na|Bori\s?Se|Dr[žz]\s?Se|Sila\s?Za"
    r"|Zet\s?Hem|Tsemppii|Lycka\s?Till|Silni\s?Dla|Sił[ay]\s?Dla|Trzymaj\s?Się|Walcz|Modlitwa\s?Za"
    r"|Tutti\s?Con|Tutte\s?Con|Je\s?Soutiens|On\s?Est\s?Avec|Nous\s?Sommes|Coraggio|Aguanta"
    r"|Fuerza\s?Para|Siamo\s?Con|Sempre\s?Con|Ensemble\s?Pour|Un\s?C(?:oe|œ)ur\s?Pour|Io\s?Sto\s?Con"
    r"|Je\s?Suis|Tous\s?Avec|Tutti\s?Per|Keep|Strong\s?Like|Brave\s?Like|Be\s?Like|Walk\s?Again"
    r"|Pri[èe]res?\s?Pour|Prions\s?Pour|Kämpf[et]?\s?Für|Help\s?Save|Funds?\s?For|Raise\s?For"
    # Greek and Hebrew in Latin letters: "#DikaiosyniGiaTinEleni", "#RefuaShlemaLeNoa"
    r"|Dikaiosyni\s?Gia(?:\s?T[io]n)?|Proseuch\w*\s?Gia(?:\s?T[io]n)?|Proseux\w*\s?Gia(?:\s?T[io]n)?"
    r"|Kouragio|Refua\s?Shlema(?:\s?Le)?|Tzedek\s?Le|Mitpallim\s?Al)"
    r"(?:\s(?:Pak|Bu|Ibu|Bapak|Dik|Adik|Mas|Mbak|Kak|Don|Doña|Dona|Seu|Tio|Tia))?\s+(?P<rest2>.+)$"
    r"|^(?:Bring|Get|Send|Take)\s?(?P<rest3>\w+(?:\s\w+){0,2}?)\s?Home$"
    r"|^(?:(?:Pray|Praying|Justice|Walk|Run|Ride|Swim|Climb|Miles|Love|Hope|Fight|Pedal|Bake"
    r"|Shave|Dance|Sing|Justice|Justicia|Justiça|Giustizia|Gerechtigkeit)\s?(?:For|4|Pour|Per|Para|Por"
    r"|Für|Voor|För)|Vamos|Vamo|Fuerza|Todos\s?Con|Corrente\s?(?:Do\s?Bem\s?)?"
    r"(?:Pelo|Pela|Por|Para)|Ora[çc][ãa]o\s?(?:Pelo|Pela|Por)|Pray\s?For|Praying\s?For|Justice\s?For"
    r"|Get\s?Well\s?Soon|Get\s?Well|Team|Baby|We\s?Love|Bon\s?Geri(?:son)?|Prompt\s?R[ée]tablissement"
    r"|Come\s?Back\s?Strong(?:er)?|Stay\s?Strong|Keep\s?Fighting|Keep\s?Going"
    r"|Krafttag\s?F[öo]r|Styrkekram\s?Til|Kopf\s?Hoch|Sterkte|Beterschap"
    r"|Stay\s?Strong|Be\s?Strong|Keep\s?Fighting|Fight\s?On|Go"
    r"(?:\s?You)?|Fight\s?Like|Support|Save|Rip|RIP|In\s?Memory\s?Of|Remember|Love\s?You"
    r"|Prayers\s?(?:For|4)|Praying\s?4"
    r"|Thinking\s?Of|I\s?Stand\s?With|Stand\s?With|Hope\s?For|Miss\s?You|Brave|Strong\s?For|Strength\s?For|Finding"
    r"|Bring\s?Home"
    r"|Searching\s?For|Looking\s?For|Missing|Gezin|Familie|Famille|Rodzina|Rodina|Fighting"
    r"|(?:Get\s?Well\s?Soon\s?)?(?:Grandpa|Grandma|Granny|Grandad|Nana|Nanna|Papa|Pop|Poppy|Uncle"
    r"|Aunty|Auntie|Aunt|Abuela|Abuelo|Nonna|Nonno|Oma|Opa|Lola|Lolo|Tito|Tita|Bibi|Babu))\s+(?P<rest>.+)$"
    r"|^(?P<before>.+?)\s+(?:Strong|Recovery|Family|Fights?\s?Back|Fights|Warrior|Journey|Army"
    r"|Story|Legacy|Appeal|Fund|Miracle|Fight|Fighter|Unida|Unidos|Fuerte|Forte|Battle|Marathon"
    r"|Miles|Mission|Quest|Crew|Gang|Squad|Heroes|Hero|Run|Walk|Ride|Challenge|Against|Vs|Beats"
    r"|Beat|Conquers|Kicks|Kicking|Fighting|Smiling|Smile|Smiles|Shining|Going|Forever|Ever"
    r"|Sempre|Siempre"
    r"|Comeback|Recovery\s?Road|Road\s?To\s?Recovery|Bounces?\s?Back|Comes?\s?Back|Back\s?Stronger"
    r"|Rises|Rising|Recovers|Returns|Strong\s?Again|On\s?The\s?Mend|Mending|Healing"
    r"|Toujours|Always|Sterk|Stark|Stærk|Silny|Silna"
    # a community behind someone or somewhere: "#VillanuevaDeLaSierraContigo", "#GlenmoreRallies";
    # get well soon after the name, in Vietnamese: "#ChucAnhTuanMauKhoe"
    r"|Contigo|Convosco|Contigo\s?Siempre|Avec\s?Toi|Mit\s?Dir|Con\s?Te|Rallies|Rally|Unites|United"
    r"|Stands\s?Together|Together|Mau\s?Kh[oỏ]e|Mau\s?Lanh)(?:\s\w+)?$"
)


# Cues too short or too common to trust alone ("#RedFlags", "#HelpDesk"): the word after
# them must be a given name or a word that is rare in English.
_WEAK_CUE = re.compile(r"^(?i:Help|Fund|Red|Za|Dla|Für|Hajr[áa]|Allez|Dai|Vai)\s+(\w+)")


# "#FundTheFight4Amara", "#Run4Kwame": any appeal that ends "for" a name
_FOR_AT_THE_END = re.compile(r"^(?:\w+\s){1,4}(?:For|4|for)\s(\w+)(?:\s[A-Z])?$")
# an appeal's verb first: then any word that could be a name will do ("#FundraiseForAmeliaR")
_APPEAL_FOR = re.compile(
    r"^(?:Fund\w*|Raise|Donate|Support|Help|Pray\w*|Run|Walk|Ride|Swim|Bake|Shave|Join|Miles|Hope)"
    r"\s(?:\w+\s){0,3}?(?:For|4)\s(\w+)(?:\s[A-Z])?$"
)


def _rare_name(word: str, is_name: Callable[[str], bool]) -> bool:
    folded = fold(word)
    return word[:1].isupper() and (folded in FIRST_NAMES or (is_name(word) and zipf(folded) < 3.0))


_FAMILY_RUN = re.compile(
    r"([a-z]{4,})(?:family|familia|famille|familie|fam|strong|warrior|fund|appeal)$"
)
_FAMILY = frozenset({
    "Family", "Familia", "Família", "Famille", "Familie", "Clan", "Household", "Twins", "Triplets",
    "Quads", "Brothers", "Sisters",
})  # fmt: skip


_CONSENTED = re.compile(
    r"(?i:[\s,]+(?:who|that)\s+(?:\w+\s+){0,2}?(?:let|allowed|agreed|consented|gave|kindly\s+let)"
    r"\s+us\b|[\s,]+(?:who|that)\s+(?:\w+\s+){0,2}?(?:asked|wanted|wants|begged)\s+(?:us\s+)?to\s+"
    r"(?:be\s+)?tag(?:ged)?\b|\s+for\s+(?:letting|allowing)\s+us\b)"
)


# "the pt literally tagged us in his story": the handles of such a post are the patient's.
# "He tagged the department from @jakeridesbmx in his post": the patient's own account
_TAGGED_US = re.compile(
    r"(?i:\b(?:pt|patient|she|he|they)\b[^.]{0,30}\b(?:tagged|mentioned|messaged|dm['’]?e?d)\s+"
    r"(?:us|me|the\s+(?:department|dept|unit|team|hospital|clinic|page|account))\b)"
)


def _before(text: str, start: int, width: int = 60) -> str:
    return text[max(0, start - width) : start]


# "@the_okoro_family", "@twinsmum_leeds": a family's own account, whoever tags it
_FAMILY_HANDLE = re.compile(
    r"(?i:_?(?:family|familia|famille|twins|triplets|parents)(?:_|\b|\d)|^@the_)"
)


def find_handles(text: str, *, in_credit: bool = False) -> Iterator[Hit]:
    """Yield handles of patients; handles in credit, or credited in the text, pass."""
    if in_credit:
        yield from _owned_in_credit(text)
        return
    for match in [*_HANDLE.finditer(text), *_SPACED_HANDLE.finditer(text)]:
        if (
            _CONSENTED.match(text, match.end())
            or _TAGGED_US.search(text)
            or _PATIENT_AFTER.match(text, match.end())
            or _FAMILY_HANDLE.search(match.group())
        ):
            # "Shoutout to @kiwi_kayak_gal who let us share her scaphoid": the patient's
            yield Hit("handle", match.start(), match.end())
            continue
        before = _before(text, match.start())
        patient = _PATIENT_CUE.search(before)
        contributor = _CONTRIBUTOR_CUE.search(before)
        # "His wife found us via facebook.com/...", "the family tagged the department from @...":
        # the way the family reached us is the family's
        reached = patient and _REACHED_US.search(before, patient.start())
        if (
            patient and (not contributor or patient.start() > contributor.start() or reached)
        ) or not contributor:
            yield Hit("handle", match.start(), match.end())
    for pattern in (
        _BARE_AFTER_PLATFORM,
        _BARE_BEFORE_PLATFORM,
        _SHAPED_AFTER_PLATFORM,
        _QUOTED_BEFORE_PLATFORM,
        _SHORT_PLATFORM,
        _QUOTED_AFTER_PLATFORM,
        _CREATOR_CHANNEL,
        _AS_ON_PLATFORM,
        _AS_BEFORE_PLATFORM,
        _USERNAME,
        _IN_BRACKETS_AFTER_PLATFORM,
        _ON_HERE,
        _SPELT_PROFILE,
        _NAMED_LATER,
        _FOLLOW_ON,
        _OWN_SITE,
        _SAID_ACCOUNT,
        _SAID_REDDIT,
    ):
        for match in pattern.finditer(text):
            ahead = _before(text, match.start())
            patients = [m.start() for m in _PATIENT_CUE.finditer(ahead)]
            contributors = [m.start() for m in _CONTRIBUTOR_CUE.finditer(ahead)]
            # "thanks to the patient (user maria.f_88)": the patient's, named after the thanks
            if not contributors or (patients and patients[-1] > contributors[-1]):
                group = "handle" if match.group("handle") else "camel"
                yield Hit("handle", match.start(group), match.end(group))


# An account said aloud, without quotes or capitals: "his tiktok at rory skates ninety nine",
# "a youtube channel grandpa gears where he shares", "reddit username you slash broken femur"
_SAID_ACCOUNT = re.compile(
    rf"(?i:\b{_PLATFORM}\s+(?:at|as)\s+(?!(?:the|a|an|home|work|school|night|all|least|first"
    r"|well|usual|always|soon|part|such|if|though|long|much|many|far|of|to|for|in|on)\b)"
    r"(?P<handle>[a-z]+(?:\s+[a-z]+){0,4}?)(?=\s+(?:right|just|before|after|where|when|and"
    r"|which|who|but)\b|[,.;]|$)"
    rf"|\b{_PLATFORM}\s+(?:channel|account|page)\s+(?:called\s+|named\s+)?(?!(?:where|which"
    r"|that|and|with|of|about|for|in|on|to|the|a|an|is|was|has|he|she|they|we|it)\b)"
    r"(?P<camel>[a-z]+(?:\s+[a-z]+){0,2}?)(?=\s+(?:where|which|that|who|and|with)\b))"
)
_SAID_REDDIT = re.compile(
    r"(?i:\breddit\b[^.;]{0,40}?\b(?:you|u)\s*(?:slash|/)\s*(?P<handle>[a-z\d]+(?:\s+[a-z\d]+){0,3}))"
)
_PROFILE_LINK = re.compile(rf"(?i:\b{_PLATFORM}\.com/@?)(?P<handle>[\w.]{{3,30}})")


_WHOSE_SISTER = re.compile(r"(?i:\b(?:patient|pt|his|her|their|the)['’]?s?\s*$)")


def nursing_sister(before: str, cue: re.Match[str] | regex.Match[str]) -> bool:
    """Whether the word "Sister" before a name is a nurse's title ("Sister Hannah Okoye
    (@HannahANNP)"), not the patient's sister: capitalised, a name after it, no one's before."""
    return (
        cue.group() == "Sister"
        and regex.match(r"\s+\p{Lu}", before[cue.end() :]) is not None
        and not _WHOSE_SISTER.search(before, 0, cue.start())
    )


def _owned_in_credit(text: str) -> Iterator[Hit]:
    found = [(m.start(), m.end()) for m in _HANDLE.finditer(text)]
    found += [m.span("handle") for m in _BARE_AFTER_PLATFORM.finditer(text)]
    found += [m.span("handle") for m in _SHORT_PLATFORM.finditer(text)]
    found += [m.span("handle") for m in _BARE_BEFORE_PLATFORM.finditer(text)]
    found += [m.span("handle") for m in _PROFILE_LINK.finditer(text)]
    found += [m.span() for m in _SPACED_HANDLE.finditer(text)]
    for start, end in found:
        before = _before(text, start)
        owner = [m for m in _OWNER_CUE.finditer(before) if not nursing_sister(before, m)]
        contributor = list(_CONTRIBUTOR_CUE.finditer(before))
        if not owner or (contributor and contributor[-1].start() > owner[-1].start()):
            continue
        # "the patient (Instagram: @x)" is the patient's; "the patient and @x" someone else's.
        between = before[owner[-1].end() :]
        if not _ANOTHER.search(between):
            yield Hit("handle", start, end)


def split_hashtag(tag: str) -> str:
    """'PrayForAmaraOkafor' -> 'Pray For Amara Okafor'."""
    return " ".join(_HASHTAG_WORD.findall(tag))


# Lower-case hashtags with a cue: "#justiceforkwame" reads as "Justice For Kwame".
_LOWER_CUES = {
    "prayfor": "PrayFor", "prayingfor": "PrayingFor", "justicefor": "JusticeFor",
    "getwellsoon": "GetWellSoon", "getwell": "GetWell", "team": "Team", "baby": "Baby",
    "welove": "WeLove", "inmemoryof": "InMemoryOf", "thinkingof": "ThinkingOf",
    "staystrong": "StayStrong", "bestrong": "BeStrong", "keepfighting": "KeepFighting",
    "standwith": "StandWith", "hopefor": "HopeFor", "missyou": "MissYou",
    "pray4": "Pray4", "justice4": "Justice4", "prayers4": "Prayers4", "hope4": "Hope4",
    "love4": "Love4", "run4": "Run4", "heartsfor": "HeartsFor", "hearts4": "Hearts4",
    "molimsyaza": "MolimsyaZa", "molimsyaza_": "MolimsyaZa", "molimseza": "MolimSeZa",
}  # fmt: skip
_LOWER_CUE = re.compile(
    "^(" + "|".join(sorted(_LOWER_CUES, key=len, reverse=True)) + ")(?=[A-Za-z][a-z]{2})"
)


_LOWER_SUFFIX = re.compile(r"^([a-z]{3,})(strong|warrior|journey|army|fund|recovery|miracle)$")


def _not_a_plural(word: str) -> bool:
    """'Trainees', 'Nurses': a plural of an ordinary word names a group, not a person."""
    folded = fold(word)
    return not (folded.endswith("s") and zipf(folded[:-1]) >= 3.0)


_ORGAN = r"(?:Liver|Kidney|Heart|Lung|Lungs|Donor|Transplant|Match|Marrow|Stem\sCell\sDonor)"
_ORGAN_FOR = re.compile(
    rf"^(?:Get|Find)\s((?:[A-Z]\w+\s?){{1,2}})\s(?:A|An|The)\s(?:New\s)?{_ORGAN}$"
    rf"|^(?:(?:Find\s)?(?:A|An)\s)?(?:New\s)?{_ORGAN}s?\s(?:For|4)\s((?:[A-Z]\w+\s?){{1,2}})$"
)
_TITLED_TAG = re.compile(
    r"^(?:Mr|Mrs|Ms|Miss|Mx|Frau|Herr|Mevrouw|Meneer|Madame|Monsieur|Signora|Signor|Sra|Senhora"
    r"|Senhor)\s((?:[A-Z]\w+\s?){1,3})$"
)
# (and the Cantonese and Hokkien "Ah" before a name: "#PrayForAhBoy")
_DIMINUTIVES = words("ti lil little big wee p'tit petit ah")
_FAMILY_TITLES = words("""
    grandpa grandma granny grandad nana nanna papa pop poppy uncle aunty auntie aunt abuela abuelo
    nonna nonno oma opa lola lolo tito tita bibi babu
""")
# "#ScannedToday", "#AdmittedLastNight": a hashtag that dates the patient's care
_DATED_TAG = re.compile(
    r"#(?i:scanned|admitted|seen|operated|injured|imaged|arrived|crashed|fell|born|died|delivered"
    r"|x-?rayed)_?(?i:today|tonight|yesterday|last_?night|this_?morning|this_?week|this_?afternoon)\b"
    # a tag that is the day itself: "#lastnight", "#thismorning"
    r"|#(?i:last_?night|this_?morning|yesterday|tonight|this_?afternoon)\b"
)
_LEET_LETTERS = {"0": "o", "1": "i", "3": "e", "5": "s", "7": "t"}
_LEET = re.compile(r"(?<=[A-Za-z])[01357](?=[a-z])")


def _cue_apart(tag: str) -> str:
    if tag.islower() and (suffix := _LOWER_SUFFIX.match(tag)):
        return suffix.group(1).title() + suffix.group(2).title()  # "#kiarastrong"
    # "#prayforMaria": the cue in lower case, the name capitalised
    if not tag[:1].islower() or (cue := _LOWER_CUE.match(tag)) is None:
        return tag
    rest = tag[cue.end() :]
    return _LOWER_CUES[cue.group(1)] + rest[:1].upper() + rest[1:]


# "#小雨加油", "#지수화이팅", "#ゆうきがんばれ": a name and a cheer, in Chinese, Korean, Japanese.
_CHEER_THEN_WORD = re.compile(
    r"#(?i:pray|praying|justice|strong|fight|love|hope)(?:4|for|fur|für)\s+(\w{3,})\b"
)
_CHEERED_WORDS = frozenset(
    {"the", "all", "our", "you", "everyone", "peace", "health", "life", "tous", "toutes", "tout"}
)
_CJK_CHEER = re.compile(
    r"#((?:\w){1,4})(?:加油|加油啊|挺住|화이팅|파이팅|힘내|がんばれ|頑張れ|ガンバレ)"
    r"|#(?:МолимсяЗа|ادعوا_ل|ادعو_ل|دعواتكم_ل|الدعاء_ل)\w+"
)


_FOR_OR_TITLE = re.compile(r"^(For|Baba|Iya)((?:[A-Z][a-z]{2,}){1,2})$")
_GERMANIC_CHEER = re.compile(r"^(?i:sterke|sterk|für|fuer|voor|stark)([A-ZÄÖÜ][a-zäöüëïé]{2,})$")


def _uncommon_in_dutch_or_german(word: str) -> bool:
    """A word rarer in Dutch and German than their common words: a given name, most often."""
    from wordfreq import zipf_frequency

    folded = word.casefold()
    return max(zipf_frequency(folded, "nl"), zipf_frequency(folded, "de")) < 4.5


# "#CầuNguyệnChoBéNa", "#DoakanUntukAdikRaka", "#IpagdasalSiLiza", "#BidVirRuan",
# "#TumsaidieBabaJuma": prayers, help or justice for someone, in Vietnamese, Indonesian, Malay,
# Tagalog, Afrikaans, Swahili, Kinyarwanda and Zulu
_APPEAL_ELSEWHERE = regex.compile(
    r"^(?:CầuNguyện|CauNguyen|Doakan|Doa|Ipagdasal|Dasal|Hustisya|Keadilan|Selamatkan|Tulong"
    r"|Sống|Song|BidVir|Bid|Tumsaidie|Tumuombee|Msaidie|HakiKwa|Twifatanye|Dufashe|Sithandazela"
    r"|Sisiza|Sakhela|UnaSonrisaPara|FuerzaPara|Fuerza|TodosCon|TodosPor|For[çc]aPara|For[çc]a"
    r"|GemeinsamF[üu]r|GemeinsamMit|Gemeinsam|AllesGuddFir|SamenVoor|KrachtVoor|Kracht|Courage"
    r"|CouragePour|Forza|ForzaPer)(?:Cho|Untuk|Bagi|Si|Kay|Para(?:Kay|Sa|Kay)?|Natin(?:Si)?|Na|Vir|U)?"
    r"((?:\p{Lu}[\p{Ll}\p{M}]+){1,3})$"
)
_GROUPS_OF_US = frozenset({
    "doctors", "nurses", "residents", "juniors", "registrars", "radiographers", "students",
    "staff", "workers", "medics", "midwives", "paramedics", "radiologists", "sonographers",
    "trainees", "interns", "consultants", "carers",
})  # fmt: skip
_SEASONS_GREETING = re.compile(
    r"(?i:(?:ramadan|ramazan|ramzan|eid|eid\s?ul\s?fitr|eid\s?al\s?adha|jumma|jummah|diwali"
    r"|nowruz|norooz|hanukkah|chanukah)_?(?:kareem|karim|mubarak|saeed|said|sameach|pirooz"
    r"|mobarak|wishes)?)"
)
_FOREVER = re.compile(r"#(?:Forever|Always|Remembering|Missing)([A-Z][a-z]{2,})(?![\w])")
_TURKISH_APPEAL = re.compile(
    r"(?:[A-ZÇĞİÖŞÜ][a-zçğıöşü]{2,})+(?:İçin|Icin|için|icin)(?:KanVer|Kan|Dua|Adalet|Umut|Ses"
    r"|Yardım|Yardim|Destek|Hep|Birlik)\w*$"
)


def find_hashtag_names(
    text: str,
    is_name: Callable[[str], bool],
    scan_words: Callable[[str], Iterable[Hit]],
    is_full_name: Callable[[Sequence[str]], bool],
) -> Iterator[Hit]:
    """Yield hashtags that name someone or somewhere, or date the patient's care.

    ``is_name`` tells a word that can only be a name; ``is_full_name`` a given name and a
    surname; ``scan_words`` scans the hashtag's words as a sentence (for facilities).
    """
    for match in _CJK_CHEER.finditer(text):
        yield Hit("name", match.start(), match.end())
    for match in _FOREVER.finditer(text):
        # "#ForeverNoah", "#AlwaysAmara": a given name no ordinary word spells ("#ForeverYoung")
        given = match.group(1)
        if fold(given) in FIRST_NAMES and zipf(fold(given)) < 4.0:
            yield Hit("name", match.start(), match.end())
    for match in _DATED_TAG.finditer(text):
        yield Hit("date", match.start(), match.end())
    for match in _CHEER_THEN_WORD.finditer(text):
        # "#pray4 jaxon": the cheer's tag, then the name as a word of its own
        if is_name(match.group(1).title()) and fold(match.group(1)) not in _CHEERED_WORDS:
            yield Hit("name", match.start(), match.end())
    for match in _HASHTAG.finditer(text):
        # "#bring_eli_home": words joined by underscores read as a capitalised run
        tag = match.group(1)
        if _SEASONS_GREETING.fullmatch(tag):
            continue  # "#RamadanKareem", "#EidMubarak": the season's greeting, no one's name
        if "_" in tag.strip("_"):
            # each part read for its own cue: "#pray4marco_ICU" is "Pray4Marco" and "ICU"
            parts = [_cue_apart(p) for p in tag.split("_")]
            tag = "".join(p[:1].upper() + p[1:] for p in parts)
        # "#Str0ngLikeN0ah": digits standing for letters inside words
        tag = _LEET.sub(lambda m: _LEET_LETTERS[m.group()], tag)
        words = split_hashtag(_cue_apart(tag))
        # "#MrsHarjitGill": a title, then a name
        titled = _TITLED_TAG.match(words)
        if titled and any(is_name(w) for w in titled.group(1).split()):
            yield Hit("name", match.start(), match.end())
            continue
        # "#GetGrahamALiver", "#AKidneyForKeisha": a donor sought for someone by name
        organ = _ORGAN_FOR.match(words)
        if organ and any(is_name(w) for w in (organ.group(1) or organ.group(2)).split()):
            yield Hit("name", match.start(), match.end())
            continue
        # "#courageNoah": a cue in lower case before a capitalised name
        cued = _NAME_CUES.match(words[:1].upper() + words[1:])
        if cued:
            rest = (
                cued.group("rest")
                or cued.group("rest2")
                or cued.group("rest3")
                or cued.group("before")
                or ""
            ).split()
            rest = [w for w in rest if not w.isdigit()]  # "#Giulia4Ever"
            if rest and fold(rest[0]) in _CHEERED_WORDS:
                # "#BringBackTheBasics" is a thing; "#PrayForTheOkaforFamily" someone's
                the = fold(rest[0]) == "the"
                rest = rest[1:]
                if the and rest and all(fold(w) in MEDICAL_WORDS for w in rest):
                    rest = []  # "#JusticeForTheLunate": a bone's cause, told as a joke
                plural = all(w.endswith("s") and fold(w) not in SURNAMES for w in rest)
                if plural and not any(w in _FAMILY for w in rest):
                    rest = []
            if rest and fold(rest[-1]) in _GROUPS_OF_US:
                rest = []  # "#JusticeForJuniorDoctors": a cause for a trade, not a person
            # After "PrayFor", "JusticeFor", "GetWellSoon" a word in no vocabulary is a name.
            # "#BjörnsJourney": a name with the possessive's s and no apostrophe
            named = any(is_name(w) or (w.endswith("s") and is_name(w[:-1])) for w in rest)
            # "#GetWellSoonGrandpaTed": a relative's word, then whatever the family calls them
            named = named or (len(rest) >= 2 and fold(rest[0]) in _FAMILY_TITLES)
            # "#CourageTiGuy", "#PrayForLilSam": after a cheer and a diminutive, a nickname
            named = named or (
                len(rest) >= 2 and fold(rest[0]) in _DIMINUTIVES and len(rest[1]) >= 3
            )
            # "#SmithFamilyStrong": a surname, however common, before the family's word
            named = named or any(
                fold(w) in SURNAMES and nxt in _FAMILY for w, nxt in pairwise(words.split())
            )
            if rest and all(w[0].isupper() for w in rest) and named:
                yield Hit("name", match.start(), match.end())
                continue
        titled = _FOR_OR_TITLE.match(match.group(1))
        if titled and (
            is_full_name(split_hashtag(titled.group(2)).split())
            or (titled.group(1) != "For" and _uncommon_in_dutch_or_german(titled.group(2)))
        ):
            # "#ForFergusByrne", "#BabaAdewale": for someone by full name, a father by name
            yield Hit("name", match.start(), match.end())
            continue
        cheered = _GERMANIC_CHEER.match(match.group(1))
        if cheered and _uncommon_in_dutch_or_german(cheered.group(1)):
            # "#sterkeJanneke", "#fürMaxi": not "#fürAlle", "#sterkeVrouwen"
            yield Hit("name", match.start(), match.end())
            continue
        appealed = _APPEAL_ELSEWHERE.match(match.group(1))
        if appealed and not all(
            fold(w) in REGIONS or fold(w) in COUNTRIES or fold(w) in CITIES
            for w in split_hashtag(appealed.group(1)).split()
        ):
            yield Hit("name", match.start(), match.end())
            continue
        if _TURKISH_APPEAL.match(match.group(1)):
            # "#DeryaİçinKanVer", "#AliİçinDua": blood, prayers or justice for someone
            yield Hit("name", match.start(), match.end())
            continue
        weak = [m for m in (_WEAK_CUE.match(words), _FOR_AT_THE_END.match(words)) if m]
        appeal = _APPEAL_FOR.match(words)
        if any(_rare_name(m.group(1), is_name) for m in weak) or (
            appeal and is_name(appeal.group(1)) and _not_a_plural(appeal.group(1))
        ):
            # "#HajráBence", "#FundMaya4Proton": a short cue, then a name no dictionary has
            yield Hit("name", match.start(), match.end())
            continue
        run_together = _FAMILY_RUN.match(match.group(1))
        if run_together and is_name(run_together.group(1).title()):
            # "#okaforfamily": a surname run into the family's word, all in lower case
            yield Hit("name", match.start(), match.end())
            continue
        parts = words.split()
        if is_full_name(parts):  # a full name as hashtags run it together
            yield Hit("name", match.start(), match.end())
        elif len(words.split()) > 1:
            for hit in scan_words(words):
                yield Hit(hit.kind, match.start(), match.end())
                break


# An incident in a hashtag ("#BallymenaBusCrash", "#ballymenabuscrash"), or beside a hashtag
# that is a place ("#Kilkeel #TractorAccident"), is a named event.
_INCIDENT_WORDS = (
    r"crash|accident|collision|pile-?up|fire|blaze|shooting|stabbing|explosion|blast|attack"
    r"|bombing|collapse|flood|derailment|tragedy|disaster|stampede|crush|riot|siege|quake"
    r"|earthquake|tsunami|landslide|injury|injuries|floods|fires|crashes|storms|riots|rescue"
)
_INCIDENT = re.compile(rf"({_INCIDENT_WORDS})(?:victims?|survivors?|heroes|dead|injured)?$", re.I)
# An incident word anywhere in the tag, in other tongues too: "#AccidenteRuta68",
# "#A7MassenkarambolageKassel", "#Karlstadbussolyckan", "#MalateFireVictims".
_INCIDENT_ANYWHERE = re.compile(
    rf"(?:{_INCIDENT_WORDS}|accidente|acidente|choque|incendio|incêndio|tiroteo|tiroteio|balacera"
    r"|explosi[oó]n|explosão|derrumbe|desabamento|tragedia|tragédia|unfall|massenkarambolage"
    r"|karambolage|carambolage|brand|schießerei|amoklauf|einsturz|ongeluk|aanrijding|olyckan|olycka|branden"
    r"|skjutningen|ulykke|ulykken|wypadek|pożar|kaza|kazası|yangın|kecelakaan|kebakaran|banjir"
    r"|turma|onnettomuus|tulipalo|ramp|ongeluk"
    r"|ledakan|aksidente|sunog|incendie|fusillade|effondrement)",
    re.IGNORECASE,
)
# A road by its number: "N1", "A7", "Ruta68", "I95", "M25", "SH1".
_ROAD_CODE = re.compile(
    r"(?:^|(?<=[a-z]))(?:[A-Z]{1,2}\d{1,4}|(?i:ruta|rota|route|rte|hwy|highway|sh|br|autopista)"
    r"\d{1,4})(?=[A-Z]|$|[a-z]*(?:olyckan|olycka|ulykke|ulykken|turma|onnettomuus|unfall|ongeluk))"
)
# What may stand between a place and the incident: "#Ballymena|Bus|Crash".
_CARRIERS = re.compile(
    r"(?:bus|car|train|tram|tractor|road|rail|farm|school|factory|mine|boat|ferry|plane|air|van"
    r"|lorry|truck|bike|motorbike|house|tower|bridge|mall|club|stadium|festival|concert|match"
    r"|street|traffic|highway|motorway|quad|helicopter|gas|chemical|fireworks|crowd|knife|gun"
    r"|mass|hit[- ]?and[- ]?run|trampoline|ski|sledge|sledging|horse|riding|diving|climbing"
    r"|cycling|rugby|football|hurling|boxing|gym|work|workplace|building|site|lift|escalator"
    r"|stress|running|sports?|overuse|bone|knee|ankle|head|spinal|spine|brain|eye|hand|wrist|foot"
    r"|hamstring|acl|shoulder|hip|neck|back|training|athletic)$",
    re.IGNORECASE,
)


# A name before one of these is the venue's: "#IwoRoadExplosion", "#LakeviewMallShooting".
_VENUES = frozenset({"road", "street", "bridge", "market", "mall", "stadium", "tower", "club"})
_ONE_WORD = re.compile(r"[A-Za-z][a-z]{3,}")
# "#TennantCreek", "#AliceSprings": a name and a place's own word
_TOWN_SHAPE = re.compile(
    r"[A-Z][a-z]{2,}(?:Creek|Springs|Falls|Bay|Beach|Valley|Harbour|Harbor|Heights|Hill|Town"
    r"|City|Point|Bridge|Cross|Ford|Field|Wood|Port|Mouth|Bury|Burgh|Borough|Ville|Grove|Lake)"
)


def _place_in(rest: str, is_place: Callable[[str], bool], is_town: Callable[[str], bool]) -> bool:
    """Whether the letters before an incident end on a word that only a place or name fits."""
    streets = False
    while carrier := _CARRIERS.search(rest):
        streets = streets or carrier.group().casefold() in _VENUES
        rest = rest[: carrier.start()]
    word = rest[:1].upper() + rest[1:].lower()
    if streets:  # "#IwoRoadExplosion": a name before a road is the road's, however short
        return len(rest) >= 3 and is_town(word)
    return len(rest) >= 4 and is_place(word)


def find_hashtag_events(
    text: str, is_place: Callable[[str], bool], is_town: Callable[[str], bool]
) -> Iterator[Hit]:
    """Yield hashtags that name an incident at a place: the place in the incident's own tag
    (``is_place`` tells a town from an activity), or in a tag of its own (``is_town``)."""
    tags = list(_HASHTAG.finditer(text))
    towns = [
        t
        for t in tags
        if (_ONE_WORD.fullmatch(t.group(1)) and is_town(t.group(1))) or _TOWN_SHAPE.fullmatch(t[1])
    ]
    for match in tags:
        tag = match.group(1)
        incident = _INCIDENT.search(tag)
        if incident:
            rest = tag[: incident.start()]
            # "#blastinjury": a kind of injury, not where it was; a town in a tag of its own
            # still places it ("#Kaikoura #quakeinjury")
            kind = re.fullmatch(rf"(?i:{_INCIDENT_WORDS}|trauma|burns?|head|spinal|sports?)", rest)
            if (not kind and _place_in(rest, is_place, is_town)) or any(
                t is not match for t in towns
            ):
                yield Hit("specific_event", match.start(), match.end())
                continue
        anywhere = next((m for m in _INCIDENT_ANYWHERE.finditer(tag) if _word_starts(tag, m)), None)
        if anywhere and _named_around(tag, anywhere, is_place, is_town):
            yield Hit("specific_event", match.start(), match.end())


# Incident words that end a compound run together in lower case: "Karlstadbussolyckan".
_COMPOUND_TAILS = frozenset(
    {
        "olyckan",
        "olycka",
        "branden",
        "skjutningen",
        "ulykke",
        "ulykken",
        "turma",
        "onnettomuus",
        "palo",
    }
)


def _word_starts(tag: str, match: re.Match[str]) -> bool:
    """An incident word that starts a word of the tag, not "blast" in "#Glioblastoma"."""
    at = match.start()
    return (
        at == 0
        or tag[at].isupper()
        or tag[at - 1].isdigit()
        or match.group().casefold() in _COMPOUND_TAILS
    )


def _named_around(
    tag: str,
    incident: re.Match[str],
    is_place: Callable[[str], bool],
    is_town: Callable[[str], bool],
) -> bool:
    """A road's number or a place's name before or after an incident word in a tag."""
    if _ROAD_CODE.search(tag):
        return True
    before, after = tag[: incident.start()], tag[incident.end() :]
    if before and _place_in(before, is_place, is_town):
        return True
    # "#MassenkarambolageKassel", "#AccidenteMedellin": the place after the incident
    if _PLACE_WORD.search(after):
        return True  # "#IncendioBarrioNorte", "#TiroteioRuaAugusta"
    words = [w for w in re.findall(r"[A-Z][a-z]{3,}", after) if w.lower() not in _NOT_A_PLACE]
    return any(is_town(w) for w in words)


_PLACE_WORD = re.compile(
    r"(?:Barrio|Bairro|Colonia|Calle|Rua|Avenida|Plaza|Praça|Mercado|Estadio|Estádio|Strasse"
    r"|Straße|Platz|Bahnhof|Street|Road|Market|Mall|Station|Stadium|Square|Bridge|Jalan|Pasar)"
)
_NOT_A_PLACE = frozenset({"victims", "victim", "survivors", "heroes", "dead", "injured", "update"})
