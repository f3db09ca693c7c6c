"""Personal names: titles, initials, cue words, relatives, name lists and unknown capitalised pairs.

Eponyms are the trap: "Baker cyst", "Salter-Harris II", "Terry Thomas sign" are medicine. A name
candidate followed by a clinical word or a grade is read as an eponym and left alone.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cached_property
from itertools import pairwise

import regex

from .findings import Hit
from .frequency import derived, zipf
from .lexicon import CITIES, PLAIN_WORDS
from .namelists import FIRST_NAMES, SURNAMES
from .normalise import exact, fold, words
from .vocabulary import (
    ACRONYMS,
    DOTTED_ABBREVIATIONS,
    EPONYM_HEADS,
    EPONYMS,
    GRADE_TOKENS,
    MEDICAL_WORDS,
)

_PLAIN = PLAIN_WORDS | MEDICAL_WORDS | EPONYM_HEADS | CITIES
_SOCIETY_ENDINGS = ("gesellschaft", "vereniging", "genootschap", "forening", "selskab")
# Polish and Czech decline an eponym ("zespół Budda-Chiariego", "choroba Crohna"), and a
# possessive may lose its apostrophe ("Bakers cysta").
# Polish, Czech and Slovak cases of a name, and of its possessive adjective ("Whippleovej
# operácii", "Crohnovy choroby", "Segonda"), and the Finnish genitive ("Kerleyn B-viivat")
_DECLENSIONS = (
    "iego", "ovskeho", "ovskej", "oveho", "ovho", "ovej", "ovom", "ovou", "ovym", "owej",
    "ego", "ova", "ove", "ovu", "ovy", "ovi", "ovo", "ov", "a", "s", "n",
)  # fmt: skip


def _declined(part: str) -> str:
    for ending in _DECLENSIONS:
        if part.endswith(ending) and len(part) > len(ending) + 3:
            return part[: -len(ending)]
    return part


# Titles written in lower case as often as not: "bij dhr. De Vries", "mevr. Jansen"
_LOWER_TITLES = exact("Dhr Mevr Mw Hr Fr Sig Sigra")
_STRONG_TITLES = exact(
    """
    Mr Mrs Ms Miss Mx Dr Drs Doctor Prof Professor Sir Dame Mister Madam Mme Mlle Herr Frau
    Sr Sra Srta Dra Encik Puan Cik Tuan Haji Hajjah Datuk Dato Datin Tunku Sheikh Shaikh
    Pte Pcte Pac Dhr Mevr Mw Mevrouw Meneer Pani Sig Sigra Signor Signora Fru Hr
    Dona Doña Senhor Senhora Señor Señora
    """
)
_WEAK_TITLES = exact(
    """
    Sister Father Nurse Lady Lord Rev Reverend Pastor Rabbi Imam Judge Captain Capt Sergeant
    Sgt Officer Coach Uncle Aunt Auntie Grandma Grandpa Nana Granny Brother Councillor
    councillor senator mayor judge coach minister bishop alderman congressman congresswoman
    """
)
# Surnames that are also English words: part of a name only after a given name ("Ji-woo Park").
_SURNAME_TAILS = SURNAMES | words(
    """
    park kim lee choi jung kang cho yoon jang lim han shin oh seo kwon hwang ahn song yoo hong
    jeon ko moon yang son bae baek nam wang li zhang liu chen huang zhao wu zhou xu sun ma zhu
    hu guo he lin luo gao liang zheng xie tang deng feng cao peng zeng xiao tian dong pan yuan
    cai jiang yu du ye cheng wei su lu ding ren shen yao tan nguyen tran le pham hoang phan vu
    vo dang bui do ho ngo duong ly king young white brown green black long little hill wood
    rose may bell ball hall
    """
)
_PARTICLES = exact(
    """
    van von de der den da di du del della la le bin ibn al el ap
    """
)
_ENGLISH_SUFFIXES = (
    "al", "ed", "ing", "ous", "ic", "ive", "ary", "ory", "ly", "ion", "ness", "ment", "ity",
    "ular", "able", "ible", "ent", "ant", "ful", "less", "oid", "osis", "itis", "emia", "ism",
    "ist", "ise", "ize", "ies", "es", "ogy", "phy", "age", "ure",
)  # fmt: skip

# ... after a French or Italian article or preposition run into it: "frère d'Abdoulaye Sarr"
_TOKEN = regex.compile(
    r"(?:(?<!\p{L})(?:[dlnjmtsc]|qu|dell|dall|nell|sull)['’](?=\p{Lu}))?\K"
    r"\p{L}[\p{L}\p{M}]*(?:['’]\p{L}+)*(?:-\p{L}[\p{L}\p{M}]*(?:['’]\p{L}+)*)*"
)
_NEXT_WORD = regex.compile(r"(?:['’]s?)?\)?(?:\s+|-|–|—)[(\"“]?([\p{L}\d+]+)")
_SENTENCE_END = frozenset('.!?:;"“”([{•*\n')
# Words for a relative, in several languages; people.py trusts a name that follows one.
RELATIONS = (
    r"(?:son|daughter|mother|father|brother|sister)-in-law"
    r"|wife|husband|son|daughter|mother|father|mum|mom|dad|brother|sister|partner|spouse"
    # in pinyin: husband, wife, son, daughter, mother, father, brothers and sisters
    r"|zh[aà]ngfu|q[iī]zi|[eé]rzi|n[uǚ][eé]r|m[aā]ma|b[aà]ba|f[uù]q[iī]n|m[uǔ]q[iī]n|g[eē]ge"
    r"|ji[eě]jie|d[iì]di|m[eè]imei"
    r"|boyfriend|girlfriend|fianc[ée]e?|grandson|granddaughter|grandmother|grandfather|grandma"
    r"|grandpa|granny|aunt|uncle|niece|nephew|cousin|friend|neighbou?r|carer|caregiver|guardian"
    r"|step(?:son|daughter|father|mother)|twin|sibling|colleague|roommate|flatmate|employer"
    r"|boss|landlord|landlady"
    # in the Nordic languages
    r"|tvillingbror|tvillingsøster|tvillingsyster|bror|søster|syster|datter|dotter"
    r"|sønn|søn|sonen|kone|hustru|ektemann|mor|far|bróðir|systir|dóttir|sonur|eiginkona"
    r"|dottern|datteren|dattera|sønnen|hustrun|frun|maken|kona(?:\s+hans)?|mannen(?:\s+hennes)?"
    r"|eiginmaður|veli|sisko|tytär|poika|vaimo|aviomies|kaksoisveli|kaksoissisko"
    # in Dutch
    r"|tweelingzus|tweelingbroer|zus|zuster|broer|dochter|zoon|echtgenoot|echtgenote|moeder"
    r"|vader|kleinzoon|kleindochter|schoonzoon|schoondochter"
    # in German and Polish
    r"|Tochter|Sohn|Ehefrau|Ehemann|Mutter|Vater|Bruder|Schwester|Enkel\w*|Lebensgef[äa]hrt\w*"
    r"|c[óo]rka|c[óo]rki|[żz]ona|m[ąa][żz]|matka|ojciec|siostra|wnucz\w*|wnuk\w*"
    # in Romanian, Croatian, Serbian, Slovenian and the Baltic languages
    r"|so[tț]i[ae]|so[tț]ul|fiul|fiica|supruga|suprug|majka|otac|k[cć]i|k[cć]erka|sestra|brat|mo[zž]"
    r"|abikaasa|poeg|t[uü]tar|[oõ]de|vend|sieva|v[iī]rs|m[aā]te|t[eē]vs|d[eē]ls|meita|[zž]mona"
    r"|vyras|motina|t[eė]vas|s[uū]nus|dukra|brolis|sesuo|ema|isa|t[üu]tar|maty|batko|dochka"
    r"|druzhyna|cholovik|onuka|onuk"
    # in Portuguese, Spanish, Catalan, French, Italian and German
    r"|m[ãa]e|pai|filh[oa]|marido|espos[oa]|irm[ãa]o?|madre|hij[oa]|herman[oa]|abuel[oa]|av[óô]"
    r"|m[èe]re|p[èe]re|fille|[ée]pouse|fr[èe]re|s[œo]eur|moglie|marito|figli[oa]|fratello|sorella"
    r"|Ehefrau|Ehemann|Tochter|Sohn|Bruder|Schwester|Mutter|Vater|germ[àa]|filla|fils"
)
_CUES = regex.compile(
    r"(?i:\b(?:patient|pt|paz|pz|baby|name\s+(?:is|was)|name['’]s|goes\s+by|signed|(?:signed|dictated|reported|read|reviewed|seen|examined|referred"
    r"|treated|operated|verified|approved|transcribed|performed|authored)\s+by"
    r"|under\s+the\s+care\s+of|care\s+of|c/o|attn|attention|(?:thanks|thx|thnx|thanx|tnx|ty)\s+(?:so\s+much\s+)?to|courtesy\s+of|cc(?=:)"
    r"|physician|surgeon|radiologist|consultant|attending|resident|registrar|gp|midwife"
    r"|sonographer|radiographer|technologist|paramedic|therapist|obstetrician"
    r"|pa?ediatrician|oncologist|cardiologist|neurologist|urologist|orthopa?edist|clinician"
    rf"|provider|(?:{RELATIONS})s?)\b)\.?[\s,:]+"
)
# "a condition called Moyamoya", "also known as Ollier": these cues take a known name only.
_WEAK_CUES = regex.compile(r"(?i:\b(?:named|called|known\s+as|nicknamed)\b)[\s,:]+")
_POSSESSIVE_RELATION = regex.compile(rf"(\p{{Lu}}\p{{Ll}}+)['’]s\s+(?i:{RELATIONS})\b")
_PATIENT_INITIALS = regex.compile(
    r"\b(?:[Pp]atient|[Pp]t\.?|[Ii]nitials|[Mm]rs?\.?|[Mm]s\.?|[Mm]iss|[Bb]aby|[Cc]hild|[Ii]nfant)"
    r"\s+([A-Z]{2,3})\b(?![-/\d.])"
)
_DOTTED_INITIALS = regex.compile(r"(?<![\p{L}.])(?:\p{Lu}\.\s?){1,2}\p{Lu}(?:\.|(?![\p{L}.]))")
_INITIAL_SURNAME = regex.compile(r"(?<![\p{L}.])\p{Lu}\.\s?(\p{Lu}\p{Ll}[\p{L}'’-]+)")
# "Patel, A.", and with a given name before the initial: "Boudreaux, Thibodeaux J."
_SURNAME_INITIAL = regex.compile(
    r"\b(\p{Lu}\p{Ll}[\p{L}'’-]+),\s(?:\p{Lu}\p{Ll}[\p{L}'’-]+\s)?(?:\p{Lu}\.\s?){1,2}(?![\p{L}])"
)
# Grades after an eponym: "Hinchey Ib", "Schatzker VI", "Gleason 4+3", "Bosniak 2F".
_GRADE = regex.compile(r"[IVX]+[a-cA-C]?|\d(?:[A-Z]|\+\d)?")
_BARE_INITIAL = regex.compile(r"(?<![\p{L}\d.-])\p{Lu} (\p{Lu}\p{Ll}[\p{L}'’-]+)")
# Words after which a single capital letter is a grade or a class, not an initial.
_GRADED = exact(
    """
    type grade class stage vitamin hepatitis group zone level lines line point phase mode
    protein factor cell cells segment pattern category lobe wave sign complex
    """
)
# "Okoro, 45, ...", "Okoro (45M)": a capitalised word followed by an age.
_WITH_AGE = regex.compile(
    r"\b(\p{Lu}\p{Ll}[\p{L}\p{M}'’-]*)(?:,\s*\d{1,3}\s*(?:[MF]|y/?o|yo|years?(?:\s+old)?)?\s*,"
    r"|\s+\(\d{1,3}\s*(?:[MF]|y/?o|yo|years?(?:\s+old)?)\s*\))"
)
# "Okoro's CT": a possessive that is neither English nor an eponym before its clinical word.
_POSSESSIVE = regex.compile(r"\b\p{Lu}\p{Ll}[\p{L}\p{M}-]*['’]s\b")
_DICOM_NAME = regex.compile(r"\b\p{Lu}[\p{L}'’-]*\^\p{Lu}[\p{L}'’-]*(?:\^[\p{L}'’-]*)*")


_SYLLABLE_NAME = regex.compile(r"\p{Lu}\p{Ll}{1,4}-\p{Ll}{2,4}")


@dataclass(frozen=True)
class _Token:
    text: str
    start: int
    end: int

    @cached_property
    def parts(self) -> list[str]:
        return [fold(p) for p in self.text.split("-") if p]

    @cached_property
    def is_cap(self) -> bool:
        return self.text[0].isupper() and any(c.islower() for c in self.text)

    @cached_property
    def is_upper(self) -> bool:
        return len(self.text) > 1 and self.text.isupper()

    @cached_property
    def is_initial(self) -> bool:
        return len(self.text) == 1 and self.text.isupper()

    @cached_property
    def is_plain(self) -> bool:
        """An ordinary word: English, anatomy, geography, a month, or an acronym."""
        if (self.is_upper or len(self.text) <= 4) and fold(self.text) in ACRONYMS:
            return True
        # "CT-rekonstrukció", "DWI-bilde": a modality's acronym joined to a word
        pieces = self.text.split("-")
        if len(pieces) > 1 and any(len(p) >= 2 and p.isupper() for p in pieces):
            return True
        # "Jun-ho", "Mei-ling": a given name of syllables, not "Weber-type" or "Lyme-kór"
        first, *rest = self.parts
        if (
            _SYLLABLE_NAME.fullmatch(self.text)
            and first not in EPONYMS
            and not any(p in _PLAIN for p in rest)
        ):
            return False
        # "Deutsche Röntgengesellschaft": a society by the word its name ends in
        return any(p in _PLAIN or p.endswith(_SOCIETY_ENDINGS) for p in self.parts)

    @cached_property
    def is_eponym(self) -> bool:
        return any(p in EPONYMS or _declined(p) in EPONYMS for p in self.parts)


class _Scanner:
    """Name rules over one text; each rule yields (start, end) spans."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.tokens = [_Token(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text)]
        self.at = {t.start: i for i, t in enumerate(self.tokens)}
        self.title_case = _is_title_case(self.tokens)

    def candidate(self, i: int) -> bool:
        token = self.tokens[i]
        if _GRADE.fullmatch(token.text):
            return False  # "Ib", "IIIa": a grade, not a name
        if self.text[token.end : token.end + 1].isdigit():
            return False  # "Th12", "L5": a level's letters before its number
        return (token.is_cap or self.upper_pair(i)) and not token.is_plain

    def upper_pair(self, i: int) -> bool:
        """An all-capitals word next to another one: 'JOHN SMITH' in an OCR line."""
        neighbours = [j for j in (i - 1, i + 1) if 0 <= j < len(self.tokens)]
        token = self.tokens[i]
        return (
            token.is_upper
            and len(token.text) >= 3
            # (not beside an acronym: "the regional IRIA CME")
            and any(
                self.tokens[j].is_upper
                and self.adjacent(min(i, j))
                and fold(self.tokens[j].text) not in ACRONYMS
                for j in neighbours
            )
        )

    def adjacent(self, i: int) -> bool:
        """Token i+1 follows token i as the next word of the same name."""
        if i + 1 >= len(self.tokens):
            return False
        gap = self.text[self.tokens[i].end : self.tokens[i + 1].start]
        return gap in (" ", "\u00a0") or (self.tokens[i].is_initial and gap.strip() == ".")

    def extend(self, i: int) -> int:
        """Index of the last token of the name that starts at token i."""
        j = i
        while self.adjacent(j):
            nxt = self.tokens[j + 1]
            if self.candidate(j + 1) or (
                nxt.is_cap and nxt.parts[-1] in _SURNAME_TAILS and self.candidate(j)
            ):
                j += 1
            elif (nxt.is_initial or nxt.text in _PARTICLES) and self.adjacent(j + 1):
                k = j + 1
                # particles in a row: "Pieter van der Merwe", "Maria de la Cruz"
                while (
                    self.tokens[k].text in _PARTICLES
                    and self.adjacent(k)
                    and self.tokens[k + 1].text in _PARTICLES
                    and self.adjacent(k + 1)
                ):
                    k += 1
                if not self.candidate(k + 1):
                    break
                j = k + 1  # a middle initial or particles: "John F. Kennedy", "Anna van Dijk"
            else:
                break
        return j

    def eponym_follows(self, end: int) -> bool:
        """A clinical word or a grade follows, across 'and'/'or' lists of other eponyms."""
        position = end
        for _ in range(5):
            match = _NEXT_WORD.match(self.text, position)
            if not match:
                return False
            word = match.group(1)
            if fold(word) in EPONYM_HEADS or word in GRADE_TOKENS or _GRADE.fullmatch(word):
                return True
            if not (word in ("and", "or") or word[0].isupper()):
                return False
            position = match.end()
        return False

    def span(self, i: int, j: int, *, start: int | None = None) -> tuple[int, int] | None:
        end = self.tokens[j].end
        if not self.owner(j) and self.eponym_follows(end):
            return None
        return (self.tokens[i].start if start is None else start, end)

    def owner(self, j: int) -> bool:
        """A possessive no eponym list knows owns what follows: "Rosalind Vezina's 6-month
        MRI", "T. Okonkwo-Baird's Lisfranc injury"."""
        last = self.tokens[j]
        if not last.text.endswith(("'s", "’s")) or last.is_eponym:
            return False
        following = regex.match(r"\s+(?:\d+[-\s]|(\p{Lu}\p{Ll}+)\b)", self.text[last.end :])
        return bool(following) and (
            following.group(1) is None or fold(following.group(1)) in EPONYMS
        )

    def listed(self, i: int) -> bool:
        """A known given name or surname."""
        parts = self.tokens[i].parts
        return any(p in FIRST_NAMES for p in parts) or (len(parts) == 1 and parts[0] in SURNAMES)

    def adjacent_title(self, i: int) -> bool:
        """Token i is a title ('Dr', 'Mrs.', 'Sister') directly before another word."""
        token = self.tokens[i]
        title = token.text.title() if token.is_upper else token.text
        if title not in _STRONG_TITLES and title not in _WEAK_TITLES:
            return False
        gap = self.text[token.end : self.tokens[i + 1].start]
        return gap.strip() in ("", ".") and "\n" not in gap

    def sentence_start(self, i: int) -> bool:
        before = self.text[: self.tokens[i].start].rstrip()
        return not before or before[-1] in _SENTENCE_END or before.endswith(" -")


_HEADING_LITTLE = frozenset({"with", "from", "into", "over", "onto", "upon", "than", "that"})
# Little words of other tongues that no English heading holds: "Fracture chez Mme ..."
_FOREIGN_LITTLE = frozenset({"chez", "avec", "dans", "sans", "sous", "vers"})


def _is_title_case(tokens: Sequence[_Token]) -> bool:
    """A heading-style text ('Wrist Pain After A Fall'), where capitals carry no meaning.

    A heading capitalises every long word: one long word in lower case ("Thanks to Tadhg
    O'Sullivan for the images") says the capitals are names.
    """
    long_words = [t for t in tokens if len(t.text) >= 4 and not t.is_upper]
    capabilities = sum(1 for t in long_words if t.is_cap)
    # a heading leaves only its little words in lower case: "film" in "Chest film of Jens
    # Vermeulen" says the sentence is not one, and so does another tongue's little word ("chez")
    lower_long = any(
        t.text.islower()
        and (
            len(t.text) >= 5
            or (t.text not in _HEADING_LITTLE and zipf(t.text) >= 4.0)
            or t.text in _FOREIGN_LITTLE
        )
        for t in long_words
    )
    return len(long_words) >= 4 and capabilities >= 0.6 * len(long_words) and not lower_long


def _titles(s: _Scanner) -> Iterator[tuple[int, int]]:
    for i, token in enumerate(s.tokens[:-1]):
        if not s.adjacent_title(i):
            continue
        strong = (token.text in _STRONG_TITLES or token.text.title() in _LOWER_TITLES) and not (
            s.title_case
        )
        nxt = s.tokens[i + 1]
        if strong and (nxt.is_cap or nxt.is_initial or nxt.is_upper):
            yield (token.start, s.tokens[s.extend(i + 1)].end)
        elif s.candidate(i + 1) and (s.listed(i + 1) or not (s.title_case or token.is_upper)):
            # "DR" is also digital radiography and "MR" a modality: upper case needs a known name
            found = s.span(i + 1, s.extend(i + 1), start=token.start)
            if found:
                yield found


# French words enough to say "son" is "his" and not a child: "a-t-il publié son Traité"
_FRENCH_WORDS = regex.compile(
    r"(?i)\b(?:les|des|du|une|est|dans|avec|pour|chez|il|elle|qui|que|sur|quel|quelle|a-t-il"
    r"|a-t-elle|au|aux|ses|sa|leur)\b"
)


def _after_cues(s: _Scanner) -> Iterator[tuple[int, int]]:
    for pattern in (_CUES, _WEAK_CUES):
        for cue in pattern.finditer(s.text):
            i = s.at.get(cue.end())
            if i is None or not s.candidate(i):
                continue
            if cue.group().split()[0] == "son" and _FRENCH_WORDS.search(s.text):
                continue
            if s.listed(i) or not (s.title_case or pattern is _WEAK_CUES):
                found = s.span(i, s.extend(i))
                if found:
                    yield found


def _listed_names(s: _Scanner) -> Iterator[tuple[int, int]]:
    """Known given names anywhere, known surnames anywhere, each with what follows."""
    for i, token in enumerate(s.tokens):
        if not (token.is_cap or s.upper_pair(i)):
            continue
        parts = token.parts
        given = any(p in FIRST_NAMES for p in parts) and not (len(parts) > 1 and token.is_eponym)
        if given or (len(parts) == 1 and parts[0] in SURNAMES):
            if _among_eponyms(s, i):
                continue
            if token.is_eponym and _DEFINED.match(s.text, token.end):
                continue  # "Smith = volar angulation; Barton = rim fracture"
            possessive = s.text.startswith(("'s", "’s"), token.end - 2)
            if (
                token.is_eponym
                and possessive
                and (
                    _CLINICAL_BEFORE.search(s.text, 0, token.start)
                    or _SIGN_AFTER.match(s.text, token.end)
                )
            ):
                continue  # "48M known Wilson's, Kayser-Fleischer rings"
            if (
                token.is_eponym
                and possessive
                and len(parts) == 1
                and sum(t.is_eponym for t in s.tokens) >= 2
                and any(fold(t.text) in EPONYM_HEADS for t in s.tokens)
                and not (i and fold(s.tokens[i - 1].text) in FIRST_NAMES)
            ):
                continue  # "Colles fracture ... Smith's is the volar version"
            found = s.span(i, s.extend(i))
            initial = _CUT_SURNAME.match(s.text, token.end)
            if not found and given and not token.is_eponym and initial:
                found = (token.start, initial.end())  # "Tyler B.": not "Weber B", a grade
            if found:
                yield found


# A surname cut to its initial and a full stop: "Tyler B.", "in Maria K. -"
_CUT_SURNAME = regex.compile(r"\s\p{Lu}\.(?!\w)")
_LIST_WORDS = frozenset({"or", "and", "vs", "versus", "not", "nor"})


def _among_eponyms(s: _Scanner, i: int) -> bool:
    """A name in a list of eponyms is one too: "Colles', Smith's or Barton's", "not Marfan,
    not Turner"."""
    possessive = s.text.startswith(("'s", "’s"), s.tokens[i].end - 2)
    # two names of fractures or signs set against each other: "Colles or Smith?"
    paired = s.tokens[i].is_eponym and fold(s.tokens[i].text) not in FIRST_NAMES
    if not (possessive or paired) and not any(fold(t.text) in EPONYM_HEADS for t in s.tokens):
        return False
    for step in (-1, 1):
        j = i + step
        while 0 <= j < len(s.tokens) and fold(s.tokens[j].text) in _LIST_WORDS:
            j += step
        if 0 <= j < len(s.tokens) and s.tokens[j].is_eponym:
            between = s.text[
                min(s.tokens[i].end, s.tokens[j].end) : max(s.tokens[i].start, s.tokens[j].start)
            ]
            if regex.fullmatch(
                r"['’]?s?(?:\s*(?:,|/|\b(?:or|and|vs|versus|not|nor)\b)\s*)+", between
            ):
                return True
    return False


def _unknown_pairs(s: _Scanner) -> Iterator[tuple[int, int]]:
    """Two or more adjacent capitalised words that are neither English, medicine nor eponyms."""
    if s.title_case:
        return
    i = 0
    while i < len(s.tokens):
        if not s.candidate(i):
            i += 1
            continue
        j = s.extend(i)
        first = i
        if s.sentence_start(i) and s.tokens[i].text.lower().endswith(_ENGLISH_SUFFIXES):
            first = i + 1  # "Incidental Schmorl nodes": an English word opens the sentence
        run = s.tokens[first : j + 1]
        if (
            len(run) == 2
            and s.sentence_start(first)
            and run[1].is_eponym
            and not s.listed(first)
            and _foreign_word(run[0].text)
        ):
            i = j + 1
            continue  # "Matomas Hill-Sachs defektas": a word of another tongue opens the sentence
        if len(run) >= 2 and run[-1].is_eponym and _ordinary_not_named(run[0].text):
            i = j + 1
            continue  # "no Bony Bankart", "a Reverse Segond": a kind of the eponym's lesion
        after = j + 1 < len(s.tokens) and s.adjacent(j) and _ends_a_body(s.tokens[j + 1])
        body = after or (bool(run) and _ends_a_body(run[-1]))
        if len(run) >= 2 and body and all(_common_unlisted(t.text) for t in run):
            i = j + 1
            continue  # "Informal Working Group", "the Soviet Union": common words, no names
        # "Pieter van der Merwe": particles in a row between capitals ("Tag der Radiologie",
        # with one, is a German noun and its genitive)
        crossed = any(a.text in _PARTICLES and b.text in _PARTICLES for a, b in pairwise(run))
        capitals = [t for t in run if t.text not in _PARTICLES] if crossed else run
        particles = [k for k, t in enumerate(run) if t.text in _PARTICLES]
        if particles and not crossed:
            # "Thoraxfoto van Jens Vermeulen": the name is what follows the particle
            first += particles[-1] + 1
            capitals = run[particles[-1] + 1 :]
        if (
            len(capitals) >= 2
            and all(t.is_cap for t in capitals)
            # a letter joined to a word is a class, as an initial is: "Kerleyn B-viivat"
            and not all(
                t.is_eponym
                for t in capitals
                if not t.is_initial and not _LETTER_CLASS.fullmatch(t.text)
            )
        ):
            found = s.span(first, j)
            if found:
                yield found
        i = j + 1


_LETTER_CLASS = regex.compile(r"\p{Lu}-\p{Ll}+")
# Endings of Lithuanian, Latvian, Czech and Slovak words: "Matomas", "Redzams", "Viditeľný"
_FOREIGN_ENDINGS = ("as", "is", "us", "ai", "ame", "oje", "ije", "ek", "ak")


def _foreign_word(word: str) -> bool:
    """A word English hardly knows, with another tongue's ending (the name lists are the
    caller's to check)."""
    folded = fold(word)
    return folded.endswith(_FOREIGN_ENDINGS) and zipf(folded) < 2.0


# The last word of a body's or a state's name: "Informal Working Group", "Soviet Union".
_BODIES = words("""
    group groups union committee council commission federation republic kingdom empire
    states nations organisation organization agency ministry party assembly alliance
    meeting congress conference symposium summit session course workshop
""")


def _ends_a_body(token: _Token) -> bool:
    return bool(token.parts) and token.parts[-1] in _BODIES


def _common_unlisted(word: str) -> bool:
    folded = fold(word)
    listed = folded in FIRST_NAMES or folded in SURNAMES or folded in EPONYMS
    return not listed and zipf(folded) >= 3.5


def _initials(s: _Scanner) -> Iterator[tuple[int, int]]:
    """Dotted initials ("J.S."), and initials after "patient" or "initials" ("patient JS")."""
    for match in _DOTTED_INITIALS.finditer(s.text):
        compact = match.group().replace(" ", "")
        if compact not in DOTTED_ABBREVIATIONS and compact + "." not in DOTTED_ABBREVIATIONS:
            yield match.span()
    for match in _PATIENT_INITIALS.finditer(s.text):
        if fold(match.group(1)) not in ACRONYMS:
            yield match.span(1)
    for match in _DICOM_NAME.finditer(s.text):
        # an anonymiser's placeholder names nobody: "Anonymous^Patient"
        parts = [p.strip("'’-") for p in match.group().split("^")]
        if not all(fold(p) in _PLACEHOLDER_NAMES for p in parts if p) and not filed_eponym(
            match.group()
        ):
            yield match.span()


def filed_eponym(told: str) -> bool:
    """A teaching file named as DICOM names a person: "MONTEGGIA^Bado_I", an eponym first
    and no given name after it."""
    family, _, given = told.partition("^")
    surname = fold(family.split()[-1]) if family.split() else ""
    given_names = [fold(w) for w in regex.findall(r"\p{L}+", given)]
    return surname in EPONYMS and not any(w in FIRST_NAMES for w in given_names)


# A quiz option's letter, not an initial: "C. Marie Curie", "Ans: B. Opisthorchis".
_ANSWER_LABEL = regex.compile(
    r"(?:^|\n|(?i:\b(?:ans(?:wer)?|option|correct|key)\b)\s*[:=-]?\s*(?:is\s+)?|[=-]\s?|\bis\s+)[A-E][.)]\s?$"
)
# A clinical word before an eponym's possessive: "known Wilson's", "?Perthes'", "h/o Crohn's".
_CLINICAL_BEFORE = regex.compile(
    r"(?i:\b(?:known|h/o|hx|history\s+of|pmh|background\s+of|dx|diagnosed\s+with|suspected"
    r"|suspect|classic|typical|with|of|for|and|or|query|\?|likely|probable|possible|ddx|vs\.?"
    r"|like|not|rule\s+out|r/o|excluding)\s*$)"
)


# An eponym defined: "Smith = volar angulation", "Barton: intra-articular rim fracture".
_DEFINED = regex.compile(r"\s*(?:=|:|→|->)\s")
# "Murphy's +ve", "Kernig's negative": an eponym's sign, read.
_SIGN_AFTER = regex.compile(r"\s*(?:\+\s?ve|-\s?ve|positive|negative|pos\b|neg\b|sign|test|triad)")


_PLACEHOLDER_NAMES = frozenset(
    {"anonymous", "anonymized", "anonymised", "anon", "patient", "test", "phantom", "unknown",
     "removed", "redacted", "deidentified", "de-identified", "xxx", "case", "teaching", "demo"}
)  # fmt: skip


def _initial_forms(s: _Scanner) -> Iterator[tuple[int, int]]:
    """A surname with an initial ("A. Patel", "Patel, A.") or a relation ("Mary's husband")."""
    for pattern in (_INITIAL_SURNAME, _SURNAME_INITIAL, _POSSESSIVE_RELATION):
        for match in pattern.finditer(s.text):
            i = s.at.get(match.start(1))
            if i is None or not s.candidate(i):
                continue
            if pattern is _INITIAL_SURNAME and _ANSWER_LABEL.search(s.text, 0, match.start() + 2):
                continue  # "Ans: C. Marie Curie died ...", "B. Opisthorchis viverrini"
            if pattern is _SURNAME_INITIAL and s.tokens[i].is_eponym:
                continue  # "Weber, B." is a classification
            if s.owner(i) or not s.eponym_follows(s.tokens[i].end):
                yield match.span(1) if pattern is _POSSESSIVE_RELATION else match.span()


def _bare_initial(s: _Scanner) -> Iterator[tuple[int, int]]:
    """An undotted initial before a surname: "J Kowalczyk", not "type A Dissection"."""
    if s.title_case:
        return
    for match in _BARE_INITIAL.finditer(s.text):
        i = s.at.get(match.start(1))
        before = s.text[: match.start()].rstrip()
        if i is None or (before and fold(before.split()[-1]) in _GRADED):
            continue
        if s.candidate(i) and not s.eponym_follows(s.tokens[i].end):
            yield (match.start(), s.tokens[s.extend(i)].end)


def _ordinary_not_named(word: str) -> bool:
    """An English word no name list holds: "Cyclist, 27," is a road user, not a name."""
    folded = fold(word)
    if folded in FIRST_NAMES or folded in SURNAMES:
        return False
    return zipf(folded) >= 2.5 or derived(folded, _PLAIN)


# The words for a man, a woman, a child or a patient in the South Slavic languages, Albanian and
# Maltese, which stand where a name stands before an age: "Muškarac (67)", "Burrë, 58,"
PERSON_WORDS = words("""
    muškarac muškarca žena pacijent pacijentica pacijentkinja bolnik bolnica moški ženska
    burrë grua pacienti pacientja pazjent pazjenta raġel dječak djevojčica dijete dete djali vajza
""")


def _name_shapes(s: _Scanner) -> Iterator[tuple[int, int]]:
    """Unknown words that only a person's name fits: followed by an age, or possessive."""
    if s.title_case:
        return
    for match in _WITH_AGE.finditer(s.text):
        i = s.at.get(match.start(1))
        if (
            i is not None
            and s.candidate(i)
            and not s.tokens[i].is_eponym
            and not _ordinary_not_named(match.group(1))
            and fold(match.group(1)) not in PERSON_WORDS
        ):
            yield match.span(1)
    for match in _POSSESSIVE.finditer(s.text):
        i = s.at.get(match.start())
        if i is None or not s.candidate(i) or s.tokens[i].is_eponym:
            continue
        if not s.eponym_follows(s.tokens[i].end):
            yield match.span()


# A nickname in quotes, and the surname after it: "known to the whole unit as 'Big Tam'
# MacLeod", "nicknamed "Smiley"", "goes by 'Bex'".
_NICKNAME = regex.compile(
    r"(?i:\b(?:known|called|nicknamed|dubbed|goes\s+by|answers\s+to)\s+(?:to\s+(?:[\w-]+\s+){1,5})?"
    r"(?:as\s+)?)['‘\"“]((?-i:\p{Lu})[\p{L}'’ -]{1,30}?)['’\"”](?:\s+((?-i:\p{Lu})[\p{L}'’-]+))?"
)


# A nickname in quotes inside a full name: "Pieter 'Piet' van der Merwe", "Thabo "TK" Khumalo"
_QUOTED_MIDDLE = regex.compile(
    r"(?<![\p{L}'’])(\p{Lu}\p{Ll}+)\s+['‘\"“]\p{Lu}[\p{L}.-]{0,15}['’\"”]\s+"
    r"(?:(?:van|von|de|der|den|du|da|di|del|la|le|ter|ten)\s+){0,3}(\p{Lu}[\p{L}'’-]+)"
)


def _nicknames(s: _Scanner) -> Iterator[tuple[int, int]]:
    for match in _QUOTED_MIDDLE.finditer(s.text):
        given, surname = fold(match.group(1)), fold(match.group(2))
        plain = given in _PLAIN or surname in _PLAIN or surname in EPONYM_HEADS
        if not plain or given in FIRST_NAMES:
            yield match.span()
    for match in _NICKNAME.finditer(s.text):
        quoted = match.group(1).split()
        parts = [fold(w) for w in quoted]
        if all(p in EPONYMS or p in EPONYM_HEADS or p in MEDICAL_WORDS for p in parts):
            continue  # "known as 'Hampton hump'": a sign by its name
        after = _NEXT_WORD.match(s.text, match.end(1) + 1)
        if after and fold(after.group(1)) in EPONYM_HEADS:
            continue  # "called 'Mickey Mouse' sign"
        surname = match.group(2)
        if surname and fold(surname) not in _PLAIN and fold(surname) not in EPONYM_HEADS:
            yield (match.start(1) - 1, match.end(2))
        elif any(p in FIRST_NAMES or p in SURNAMES for p in parts) or (
            # "'Big Gerry'": a word of no dictionary beside plain ones, and no disease's word
            len(quoted) <= 2
            and any(p not in _PLAIN and zipf(p) < 4.0 for p in parts)
            and not any(p in EPONYM_HEADS or p in MEDICAL_WORDS for p in parts)
        ):
            yield (match.start(1) - 1, match.end(1) + 1)


# A name told by a clue instead of spelt: "surname rhymes with 'dagger'"; and a list's
# "PATEL, anjali", the surname in capitals and the given name in lower case.
_NAME_CLUE = regex.compile(
    r"(?i:\b(?:sur|first\s+|last\s+|family\s+|given\s+|maiden\s+)?name\s+(?:rhymes\s+with"
    r"|sounds\s+like|starts\s+with|begins\s+with|ends\s+(?:in|with)|is\s+an\s+anagram\s+of"
    r"|is\s+spel(?:t|led)|spel(?:t|led)\s+like|is\s+the\s+same\s+as))"
)
_SURNAME_COMMA_GIVEN = regex.compile(r"\b(\p{Lu}{3,}),\s+(\p{Ll}{3,})\b")


# A film's label, read out: "labelled DELACROIX, MARIE", "étiquette « DUBOSC Marie-Claire »".
_LABELLED = regex.compile(
    r"(?i:\b(?:label(?:l?ed)?|labels|[ée]tiquette|etichetta|etiqueta|Etikett\w*|Beschriftung|reads"
    r"|reading|marked)\b)[\s:«»\"“'‘(]*"
    r"(?-i:(\p{Lu}{2,}[\p{Lu}'’-]*(?:,?\s+\p{Lu}[\p{L}'’-]+){1,3}))"
)


def _label_names(s: _Scanner) -> Iterator[tuple[int, int]]:
    for match in _LABELLED.finditer(s.text):
        parts = [fold(p) for p in regex.split(r"[\s,]+", match.group(1)) if p]
        named = [
            p
            for p in parts
            if len(p) >= 3
            and p not in ACRONYMS
            and p not in _PLAIN
            and (zipf(p) < 4.5 or p in FIRST_NAMES)
        ]
        if len(named) >= 2 or any(p in FIRST_NAMES for p in named):
            yield match.span(1)


# A wish written to someone: "signed 'Get well soon Ruairi!'", "Happy birthday Nana Jo".
_WISHED = regex.compile(
    r"(?i:\b(?:get\s+well(?:\s+soon)?|happy\s+birthday|love\s+you|we\s+love\s+you|miss\s+you"
    r"|go\s+on|come\s+on|good\s+luck|thinking\s+of\s+you)[,!\s]+)(?-i:(\p{Lu}\p{Ll}+))"
)


def _wished_names(s: _Scanner) -> Iterator[tuple[int, int]]:
    for match in _WISHED.finditer(s.text):
        named = fold(match.group(1))
        if named in FIRST_NAMES or (named not in _PLAIN and zipf(named) < 3.0):
            yield match.span(1)


def _name_clues(s: _Scanner) -> Iterator[tuple[int, int]]:
    yield from _label_names(s)
    yield from _wished_names(s)
    for match in _NAME_CLUE.finditer(s.text):
        yield match.span()
    for match in _SURNAME_COMMA_GIVEN.finditer(s.text):
        if fold(match.group(1)) in SURNAMES and fold(match.group(2)) in FIRST_NAMES:
            yield match.span()


_RULES = (
    _name_clues,
    _nicknames,
    _titles,
    _initials,
    _initial_forms,
    _bare_initial,
    _after_cues,
    _listed_names,
    _unknown_pairs,
    _name_shapes,
)


def find_names(text: str) -> Iterator[Hit]:
    """Yield personal names and initials (of patients, relatives and clinicians)."""
    scanner = _Scanner(text)
    for rule in _RULES:
        for start, end in rule(scanner):
            if not _FEAST_DAY.match(text, end):
                yield Hit("name", start, end)


# "Valentine's Day", "St Patrick's Night": a feast named after a saint, dated as a holiday
_FEAST_DAY = regex.compile(r"(?<=['’]s)\s+(?:Day|Eve|Night)\b")
