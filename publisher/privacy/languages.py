"""Other languages than English: whether a word is common in one, and whether a text is
written in one.

Posts come in many languages. A word that is common in one of them ("forme", "masih") is
that language's word, not a name, and a text full of another language's little words ("dan",
"và", "och") is read with that language's habits, not English ones.
"""

from __future__ import annotations

from functools import lru_cache

import regex

from .frequency import zipf
from .normalise import fold, words

_LETTERS = regex.compile(r"\p{L}+")


# Languages our posts are written in besides English: a lower-case word common in one of them
# ("forme", "quelles", "nessuna") is that language's word, not a name.
OTHER_LANGUAGES = ("fr", "it", "es", "pt", "de", "nl", "pl", "sv", "da", "nb", "fi")
# Central and south-eastern Europe's languages too (Czech, Slovak, Hungarian, Romanian,
# Serbo-Croatian, Slovenian, Lithuanian, Latvian), for lower-case words only: their word
# lists count the people's given names and surnames ("Jaroslav", "Pospíšil") as common words.
LOWER_CASE_LANGUAGES = (
    *OTHER_LANGUAGES, "cs", "sk", "hu", "ro", "sh", "sl", "lt", "lv", "tr", "ca",
)  # fmt: skip
# Indonesian, Malay, Tagalog and Vietnamese, for lower-case words too. Their web text is full
# of English ("kidney" in Tagalog, "smith" and "pierce" in Malay), so a word counts as theirs
# only if English hardly uses it.
_ENGLISH_MIXED = ("id", "ms", "fil", "vi")
_MALAY_TAGALOG = ("id", "ms", "fil")


@lru_cache(maxsize=16384)
def foreign_word(word: str, *, lower_case: bool = True) -> bool:
    """A word common in another language; with ``lower_case``, in the lists that hold names."""
    from wordfreq import zipf_frequency

    # the small lists: the common words are all that matter here, at a fifth of the memory
    languages = LOWER_CASE_LANGUAGES if lower_case else OTHER_LANGUAGES
    # a lower-case plural's stem too: "umbrales", "lesiones"
    stems = [word[: -len(end)] for end in ("es", "s") if word.endswith(end)]
    forms = [word, *stems] if lower_case else [word]
    if any(
        zipf_frequency(form, language, wordlist="small") >= 3.5
        for language in languages
        for form in forms
        if len(form) >= 4
    ):
        return True
    if lower_case and (
        word in SOUTH_ASIAN_WORDS
        or word in ARABIC_PERSIAN_WORDS
        or word in GREEK_HEBREW_ARMENIAN_WORDS
        or word in CENTRAL_ASIAN_WORDS
        or word in SOUTHEAST_ASIAN_WORDS
        or fold(word) in JAPANESE_KOREAN_WORDS
        or fold(word) in CHINESE_WORDS
    ):
        return True
    return lower_case and _rare_in_english_common_in(word, _ENGLISH_MIXED)


def _rare_in_english_common_in(word: str, tongues: tuple[str, ...]) -> bool:
    from wordfreq import zipf_frequency

    return (
        len(word) >= 4
        and zipf(fold(word)) < 3.0
        and any(zipf_frequency(word, tongue, wordlist="small") >= 3.5 for tongue in tongues)
    )


# The little words of other languages: two of them make a text one in which a lower-case word
# may be that language's, not a name.
FUNCTION_WORDS = words("""
    le la les de des du une est et pour avec dans sur qui que pas il elle nous vous ces cette
    il lo gli della delle dei nel nella con per che non una sono è di
    el los las del y con por para que una es en al lo su
    o os as do da dos das e com por para que uma é em no na não
    der die das und mit bei im ist nicht von zu ein eine sich für auf
    się jest nie dla przez oraz
    het een van en met voor op niet bij dat aan naar ook wordt
    ihr wir welche welcher welches dieser diese dieses wurde kann noch schon sehr dort
    och är med som av på det ett inte till vid alltid og ikke af että
    hans hennes sitt sina deras han hon dette denne ble blev ved fra til så eller efter etter
    ja ei ole kun mutta
    je se su na za od iz sa ili kao koji koja koje nije bio bila smo ste
    ki pri tudi ter ni bil bila
    și cu pe din pentru care este sunt fost nu mai sau cel cea cei cele lui unui unei într
    ir yra kad kaip buvo nėra jo jos
    un kas bija nav arī vai
    ei kes mis ning
    bir ile için olan gibi çok daha sonra ama veya değil olarak bu
    nell dell sull dall alla allo agli oppure
    els amb per dels una és són aquest aquesta
    wéi eng ass dësem dëser gëtt huet
    yang dan dengan untuk pada ini itu adalah tidak atau juga oleh dalam akan sudah telah
    karena kerana serta tersebut dari
    ang mga ng ay hindi nang naman lang rin din po ito iyon
    và của các những được không trong với một này
    ya wa kwa cha vya za kwenye katika ni hii huu baada kabla pia lakini kama
    kanye futhi kodwa noma kwaye ngoba kuba lapho apho
    kandi ariko cyangwa nyuma
    era naye oba okuva
    nie vir wat sy hy
""")
# Hindi, Urdu, Punjabi, Bengali and Marathi as typed in Latin letters, in chat and on social
# media. No word list of the web holds them (theirs are in their own scripts), so their little
# words are listed here, and with them the common words a case is told in ("mareez", "dard").
# The short words English spells too ("do", "to", "par", "the") are left out.
SOUTH_ASIAN_LITTLE = words("""
    hai hain ke ki ka mein ko ne pe aur bhi tha thi nahi nahin kya yeh woh wo wale wala
    wali liye hua hui hue gaya gayi gaye raha rahi rahe hota hoti hote kar karke karna kiya kiye
    diya diye liya mila mili sath saath tak jab tab phir bahut kuch koi sab apne apni unka unki
    unhe unko inka inki iska iski uska uski hum tum aap
    er ache achhe theke kore hoy ar ei oi tar tai jonno diye hobe chhilo chilo chhe ekta tahole
    kintu amar amader apnar oder kothay ekhon hoyeche hoyechhe gechhe gechhilen korte dekha
    aahe ahe madhye ani jhala jhali ata kay mhanun sathi
    vich nu si naal hoya hoyi ton
""")
SOUTH_ASIAN_WORDS = SOUTH_ASIAN_LITTLE | words("""
    mareez mariz rogi marij dard sujan bukhar khansi saans chot zakhm zakhmi zakhmiyon
    ghanta ghante din hafte hafta mahine saal baras varsha bochor bochorer bochhor pehle baad
    abhi aaj kal parson subah shaam raat dopahar sakali sokale ratri gotokal ajke
    ghar gaon gali mohalla basti chawl wadi pind para mohallah ilaka
    haath pair kamar gardan sar pet naak kaan aankh gaal baazu ungli ungliyan ghutna
    chacha chachi mama mami nana nani dada dadi dadu didi bhaiya bhai behen beta beti bahu
    abba ammi amma baba ma bapu pita mata pati patni biwi shohar sasur saas
    bada badi chhota chhoti kaala kaali lamba pura poora poore sare saare ek teen char
    paida mashhoor mashoor jagah follow bataya karaya utarwaya aaye aayi sochya
    batana jurm ling kaam bahar andar upar neeche saamne peeche
    dekhchho dekhi disat disto sarkha futla kara beshi jay dhoroner oikhane
    saap kamor pore chhad byatha kashi jor ghadi sunehri chaandi kada gahne anguthi
    chalata chalati karta karti karte
""")
# Nguni and other Bantu languages join a class prefix to a borrowed word: "kwi-segments",
# "ne-paraspinal", "i-ultrasound"
_CLASS_PREFIXED = regex.compile(
    r"(?<![\w-])(?:i|e|u|a|kwi|kwa|kwama|ne|na|nge|nga|yi|ezi|ama|aba|isi|izi|ubu|uku|umu|imi"
    r"|ili|ye|se|be|ku|mu|ka|ngu|eyi|kwe)-\w"
)


# Vietnamese by its own letters: "ư", "ơ", "đ" and the tone marks under and over vowels
_VIETNAMESE_LETTERS = "đươạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ"
_VIETNAMESE = regex.compile(f"[{_VIETNAMESE_LETTERS}]")
_ACCENTED = regex.compile(f"[éèêàçñãõìòâôûíóúüąćęłńśźżŚŁğışăîșțşţ{_VIETNAMESE_LETTERS}]")


def vietnamese(text: str) -> bool:
    """Whether a text has letters only Vietnamese writes."""
    return bool(_VIETNAMESE.search(text))


@lru_cache(maxsize=4096)
def foreign_text(text: str) -> bool:
    """Whether a text has other languages' little words or letters enough to be in one."""
    found = _LETTERS.findall(text)
    little = sum(fold(w) in FUNCTION_WORDS for w in found)
    accented = sum(bool(_ACCENTED.search(w)) for w in found)
    if little >= 2 or (little == 1 and accented >= 1) or accented >= 2:
        return True
    if (
        south_asian(text)
        or arabic_or_persian(text)
        or greek_hebrew_or_armenian(text)
        or central_asian(text)
        or southeast_asian(text)
        or japanese_or_korean(text)
        or chinese_romanised(text)
    ):
        return True
    if len(_CLASS_PREFIXED.findall(text)) >= 2:
        return True
    # one little word among words common there and rare in English: "Terdapat tanda lahir
    # besar yang meliputi separuh wajah"
    return little == 1 and sum(map(_common_elsewhere, found)) >= 3


# Arabic as chatted in Latin letters (Egyptian, Gulf, Levantine, Maghrebi Darija, digits for
# the letters Latin lacks: "3ala", "7ari2") and Persian in Latin letters ("Finglish"): their
# little words, and the words a case is told in.
ARABIC_PERSIAN_LITTLE = words("""
    dyal diyal dial mn hadi hada kant kanet bach elli illi 3la 3ala 3an ma3 m3a
    wach chno chnou chkoun fin fel bel wel beta3 bta3 ba3d gabl 9bel mesh msh ya3ni bezzaf
    3ndu 3ndo 3ando 3andu fih fiha 3lih 3liha howa hiya huwa
    va az dar ro bud ast hast shod shode mishe kard dare dasht baraye chera yek
    ru-ye zir-e pish ba'd aval kheili
""")
ARABIC_PERSIAN_WORDS = ARABIC_PERSIAN_LITTLE | words("""
    bache ha bimari bimarestan sendrom sindrom kasr marad maraz dard sar sine kamar sale sal
    sana sanah 3am wja3 wje3 waja3 tay7 tah sba7 sbah sob7 sobh leil lil
    mostashfa mostashfayat 3adma 3adm tabi3i wade7 7ala 7alat
""")
# "3ala", "7ari2", "sa3a", "lbara7": lower-case letters with a digit among or after them
_ARABIZI = regex.compile(r"(?<![%\w])(?:\p{Ll}+[2379]\p{Ll}*|[2379]\p{Ll}{2,})(?!\w)")


@lru_cache(maxsize=4096)
def arabic_or_persian(text: str) -> bool:
    """Whether a text is Arabic or Persian typed in Latin letters: their little words, or
    Arabic's digits standing for letters ("3ala", "7ari2"), twice at least."""
    found = [w.casefold() for w in regex.findall(r"[\p{L}\d'-]+", text)]
    little = sum(w in ARABIC_PERSIAN_LITTLE for w in found)
    # not a unit or a count: "mm2", "t2", "s3"
    digits = sum(len(m.group()) >= 4 for m in _ARABIZI.finditer(text))
    others = sum(w in FUNCTION_WORDS and w not in ARABIC_PERSIAN_LITTLE for w in found)
    return little + digits >= 2 and little + digits > others


# Greek as typed in Latin letters ("Greeklish"), Hebrew and Armenian in Latin letters: their
# little words ("tou", "einai"; "shel", "ha", "be"; "ev", "vor", "hamar"), and the words a case
# is told in. Hebrew joins its articles and prepositions with a hyphen ("ha-metupal",
# "be-Ashdod"), which the split into words sets apart.
GREEK_HEBREW_ARMENIAN_LITTLE = words("""
    tou tis ton tin twn ta kai einai itan eixe exei den tha pou gia meta prin apo sto sti stin
    ston sta stis stous mia ena enas mou sou tou autos auti kata opote alla omws epeidi
    ha ba be ve va ke ka le la mi she shel im et hu hi lo ze zot yesh ein aval achrei lifnei
    gam kol al-yad bli
    e ev yev vor hamar het mej vra ir nra nranq ayd ays chi che kam bayc minchev heto arajin
    hivandy hivandi hivand
""")
GREEK_HEBREW_ARMENIAN_WORDS = GREEK_HEBREW_ARMENIAN_LITTLE | words("""
    asthenis astheni asthenous kataggma katagma xthes chthes simera proxthes apopse proi
    xronon xronwn eton etwn etos odos odou xorio xoriou xorio pono ponos
    metupal metupelet metupalim shever etmol shilshom boker laila erev ben bat shana shanim
    rehov rechov sderot moshav kibbutz bayit
    kotrvatsq kotrvatsk yerek ereko aysor aravotyan gisherin tarekan tari poghots poghotsi
    gyugh gyughum gyughi tun hiwandanots hivandanots
    diethnis imera imeras aktinologia aktinologias aktinografia aktinografias epeteios
    nosokomeio nosokomeiou klinikis iatros iatrou
    petq kanon kanonn amenakarevor hachakh handipum aveli haravayin asiayum misht hamematek
    naxord hetazotutyunneri efxaristo efcharisto eidikevomeno eidikevomenos epilogi eikonon
    shituf tzevet
""")


# Uzbek, Kazakh, Kyrgyz and Azerbaijani in Latin letters: their little words, and the words a
# case is told in ("bemor", "naukas", "xəstə"; "jigar", "ókpe", "buırek"). No word list of the
# web holds them; Turkish, their neighbour, has one, and shares few of these.
CENTRAL_ASIAN_LITTLE = words("""
    va bilan uchun ham yoki keyin oldin emas edi bor yo'q yoq bu shu u
    jáne jane osy sol keıin keyin emes bar joq jok menen kiyin ele boldy bolgan
    və ilə üçün sonra əvvəl yox olub olan
""")
CENTRAL_ASIAN_WORDS = CENTRAL_ASIAN_LITTLE | words("""
    bemor bemorning bemorga naukas naukasqa naukastyń naukastyn xəstə xəstənin xəstəxana
    shifoxona aýrýhana aýrýhanasy oorukana jigar jigarda o'pka ókpe ókpede ópkö buırek buyrak
    böyrək qorin qursaq kista kistasy kistasi shikast shikastlanishi synyq synyǵy sinish sinishi
    jaraqat tekshiruv tekshirüü tasvir tasvirlar kesim belgilangan strelka o'choq bo'shlig'i
    bo'shlig'ida devor qalinligi ortiq koronaldy qolqa dıssekcııasy shyn jalǵan ózekter kórinedi
    jamiyatining tavsiyalari yangilangan yilda endemik qishloq hududlarida doim o'ylang
    kóp kezdeshet unutpańyz oblustarynda túshtúgündö jasta jastaǵy jashtagy yoshda yoshli
    yaşlı yaşında jyl jyly kúni bugun bugün keshe kecha dünən bu səhər ertalab tańerteń
    rahmat dáriger rezident qalalyq aýdany aýyly aýylynda mahalla mahallasi qishlog'i
    kalkan bezindegi túıün ınelik biopsiya kerek shkalasi balli ehtimolini baholashda qo'llanadi
    qaror qilinadi haqida er adam attan qulaǵan ıyq shyǵýy rentgende zaqymy
    o'zbekiston o'zbekistonning o'zbekistonda kyrgyzstan kyrgyzstandyn kyrgyzstanda qazaqstan
    qazaqstannyń qazaqstanda qozog'iston azərbaycan azərbaycanda exinokokkoz brucellyoz
    angıografııa angiografiya kalkan bezi bezindegi túıün
""")


# Thai, Khmer and Lao as chat types them in Latin letters: their little words ("khong", "lae",
# "thi"; "ning", "nov", "jea"; "bo", "laew"), and the words a case is told in. English words
# they share ("mean", "pen", "hen") are left out of the little words.
SOUTHEAST_ASIAN_LITTLE = words("""
    khong thi lae mai mii nai duay laew tae jak kap doi khue yang pai nee noi kor khao lae
    ning nov jea kong bangha chea knong daer trov samrab ruoch tam
    bo bor laeo khong kap
""")
SOUTHEAST_ASIAN_WORDS = SOUTHEAST_ASIAN_LITTLE | words("""
    phu puai khon chep neak chheu ayu anyu chnam pi rong phayaban mua wan meu vaan thngai
    ma hen pen mean hai dai hup khob jai lai sapda quiz arai phit pokati bon tham khrang raek
    tor nobel sing thok thiang khuan kuor thvoeu mun yeung pop mak laew lum nam sa-het samkhan
    phak isan doi chaphao laai jut baep sung nuea neua khet doung tonle khwaeng yu yang
    sap son phoem kan prameun chumchon luek phan mai mii sequence bamphot sam-kol dek chai
    kluen rian ngoen wong klom boros thleak dom tnaot kampous tae check hen pen
    mua chua mong korn kon dek ying sam-kol
""")


@lru_cache(maxsize=4096)
def southeast_asian(text: str) -> bool:
    """Whether a text is Thai, Khmer or Lao typed in Latin letters: two of their little words
    at least, one word in eight, and more of them than of English's."""
    found = [w.casefold() for w in _LETTERS.findall(text)]
    little = sum(w in SOUTHEAST_ASIAN_LITTLE for w in found)
    theirs = sum(w in SOUTHEAST_ASIAN_WORDS for w in found)
    return (
        (little >= 1 or theirs >= 4)
        and little + theirs >= 3
        and theirs * 6 >= len(found)
        and theirs > sum(w in _ENGLISH_LITTLE for w in found)
    )


# Japanese in romaji and Korean in Revised Romanisation: their particles and endings ("no",
# "wa", "ni", "desu", "sareta"; "-neun", "-eul", "-eseo", "-handa"), and the words a case is
# told in. Korean writes its particles after a hyphen or run on; both count.
JAPANESE_KOREAN_LITTLE = words("""
    wa ga wo ni desu deshita shita sareta shite suru kara made aru iru nai kono sono
    masu mashita datta dearu
    neun eun eul reul ui eseo ege hago geurigo ida imnida seumnida handa hamnida hada itda
    eopda boinda iramyeo ieotda hamnikka eotteon
""")
JAPANESE_KOREAN_WORDS = JAPANESE_KOREAN_LITTLE | words("""
    no kansetsu kotsu naika geka isang dongban
    kanja josei dansei shōni nyūin hansō shindan shōken kossetsu tentō kyōbu fukubu tōbu
    shuyō byō sen zō shōmen haiya kyōmaku bunrui byōin daigaku sentā iryō hōshasen ka sensei
    higashi nishi minami kita ajia nihon kankoku
    hwanja namseong yeoseong ipwon byeongwon daehakgyo gyosu jeongong uihakgwa yeongsang
    jindan pye heungbu sajin geomsa gyeolhaek gukga jung hwagin oesang gowiheom jilhwan
    chojeumpa eumyeong dongmaek daedongmaek byeok hanguk miguk ilbon
""")
# A Korean particle or ending after a hyphen: "hwanja-neun", "CT-eseo", "sonkkarak-i"
_KOREAN_PARTICLE = regex.compile(
    r"(?<=\p{L}|\d)-(?:neun|eun|eul|reul|ui|eseo|ege|e|i|ga|do|ro|euro|wa|gwa|ida|handa|hada"
    r"|haeseo|hae|han|ha|ssik|iramyeo|boda)(?![\p{L}-])"
    # a count's word after a number: "45-sai", "28-se", "Reiwa 5-nen", "9-wol", "12-ju"
    r"|(?<=\d)-(?:sai|se|nen|gatsu|nichi|ka|nyeon|wol|il|ju|kai|gō|go|ho|beon|jeom|dae)(?![\p{L}-])"
)
# Japanese long vowels written with a macron: "byōin", "kyūkyū"
_MACRON = regex.compile(r"[āēīōūĀĒĪŌŪ]")


@lru_cache(maxsize=4096)
def japanese_or_korean(text: str) -> bool:
    """Whether a text is Japanese in romaji or Korean in Revised Romanisation: two of their
    little words or particles at least, one word in eight, more than English's little words."""
    written = _LETTERS.findall(text)
    found = [fold(w) for w in written]
    little = sum(w in JAPANESE_KOREAN_LITTLE for w in found)
    little += len(_KOREAN_PARTICLE.findall(text))
    marked = min(sum(bool(_MACRON.search(w)) for w in written), 2)
    common = sum(w in JAPANESE_KOREAN_WORDS and w not in JAPANESE_KOREAN_LITTLE for w in found)
    theirs = little + marked + common
    others = sum(w in FUNCTION_WORDS and w not in JAPANESE_KOREAN_WORDS for w in found)
    return (
        (little >= 2 or (little >= 1 and marked >= 2) or (theirs >= 3 and little + marked >= 1))
        and theirs * 8 >= len(found)
        and theirs > sum(w in _ENGLISH_LITTLE for w in found)
        and theirs > others
    )


# Chinese in Hanyu Pinyin and Cantonese in Jyutping: their little words ("shi", "zai", "ge",
# "zhe"; "de" and "le" are French and Spanish too), the tone marks only pinyin writes (a
# caron: "ǎ", "ǐ"), the tone digits Jyutping ends its syllables with, and the words a case is
# told in.
CHINESE_LITTLE = words("""
    shi zai ge zhe cong dui hou zhong shang xia jiu dou hen yige huanzhe bingren
""")
CHINESE_WORDS = CHINESE_LITTLE | words("""
    yiyuan daxue fushu ke fangshe fangshe-ke yisheng yishi zhuren jishi jiaoshou fujiaoshou
    shijie weisheng zuzhi chang jiang huang liuyu sheng xian zhen cun lu hao nong shi
    tou fei gan shen xin nao gu guanjie gutou xiongbu fubu zhou ping sao saomiao zengqiang
    jiancha zhenduan yingxiang yingxiangke fenlei biaozhi sunshang gzhe guzhe jinbu
    chunjie duanwu zhongqiu qingming anquan jie yiqing nian yue ri di ban fabu zuo ce bing
    xing cheng wai nei xuezhong
""")
# a pinyin syllable's tone mark: a caron, or a macron or a grave beside another pinyin mark
# (not "ě" alone, which Czech writes everywhere)
_PINYIN_MARK = regex.compile(r"[ǎǐǒǔǚǜǘǖ]|[āēīōū]\p{L}*[ǎěǐǒǔàèìòùáéíóú]|[àèìòù]\p{L}*[āēīōūǎěǐǒǔ]")
_JYUTPING = regex.compile(r"(?<![\w-])[a-z]{1,6}[1-6](?![\w-])")


@lru_cache(maxsize=4096)
def chinese_romanised(text: str) -> bool:
    """Whether a text is Chinese in pinyin or Cantonese in Jyutping: Jyutping's tone digits on
    two syllables, or pinyin's tone marks and little words, or little words enough."""
    written = _LETTERS.findall(text)
    found = [fold(w) for w in written]
    if len(_JYUTPING.findall(text)) >= 3:
        return True
    little = sum(w in CHINESE_LITTLE for w in found)
    marked = sum(bool(_PINYIN_MARK.search(w)) for w in written)
    common = sum(w in CHINESE_WORDS and w not in CHINESE_LITTLE for w in found)
    others = sum(w in FUNCTION_WORDS and w not in CHINESE_WORDS for w in found)
    theirs = little + min(marked, 3) + common
    return (
        (marked >= 2 or little >= 2 or (little >= 1 and common >= 2))
        and theirs * 6 >= len(found)
        and theirs > sum(w in _ENGLISH_LITTLE for w in found)
        and theirs > others
    )


@lru_cache(maxsize=4096)
def central_asian(text: str) -> bool:
    """Whether a text is Uzbek, Kazakh, Kyrgyz or Azerbaijani in Latin letters: two of their
    little or common words at least, one word in six, more than English's little words."""
    found = [w.casefold() for w in regex.findall(r"[\p{L}'ʻ’]+", text)]
    theirs = sum(w in CENTRAL_ASIAN_WORDS for w in found)
    # Kazakh's and Azerbaijani's own letters: "ǵ", "ń", "ə", a dotless "ı" inside a word
    marked = sum(bool(regex.search(r"[ǵńəƏ]|\wı|ı\w", w)) for w in found)
    return (
        theirs + marked >= 2
        and (theirs + marked) * 6 >= len(found)
        and theirs + marked > sum(w in _ENGLISH_LITTLE for w in found)
    )


@lru_cache(maxsize=4096)
def greek_hebrew_or_armenian(text: str) -> bool:
    """Whether a text is Greek, Hebrew or Armenian typed in Latin letters: two of their little
    words at least, one word in eight, and more of them than of English's and the others'."""
    return _little_words_enough(text, GREEK_HEBREW_ARMENIAN_LITTLE)


def _little_words_enough(text: str, little_words: frozenset[str]) -> bool:
    """Two of a language's little words at least, one word in eight, as many as English's and
    more than any other language's: "hoy de madrugada" is Spanish, not Bengali."""
    found = [w.casefold() for w in _LETTERS.findall(text)]
    little = sum(w in little_words for w in found)
    others = sum(w in FUNCTION_WORDS and w not in little_words for w in found)
    return (
        little >= 2
        and little * 8 >= len(found)
        and little >= sum(w in _ENGLISH_LITTLE for w in found)
        and little > others
    )


@lru_cache(maxsize=4096)
def south_asian(text: str) -> bool:
    """Whether a text is Hindi, Urdu, Punjabi, Bengali or Marathi typed in Latin letters:
    two of their little words at least, and more of them than of English's."""
    return _little_words_enough(text, SOUTH_ASIAN_LITTLE)


_ENGLISH_LITTLE = words("""
    the a an of and or to in on at for with by from is are was were be been has have had it
    this that these those he she they his her their we our you your not no but as
""")


@lru_cache(maxsize=16384)
def _common_elsewhere(word: str) -> bool:
    # only the languages whose little words are few: the others have enough of them
    return word.islower() and _rare_in_english_common_in(word, _MALAY_TAGALOG)
