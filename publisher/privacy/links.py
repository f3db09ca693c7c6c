"""Links and references: internal URLs block; public references, hashtags and handles are safe."""

from __future__ import annotations

import re
from collections.abc import Iterator
from urllib.parse import urlsplit

from .findings import Hit
from .normalise import exact, word_list

_URL = re.compile(
    r"(?i:\b(?:https?|ftp|smb|file)://[^\s<>\"'\]]+|\bwww\.[^\s<>\"'\]]+"
    r"|\\\\[\w.$-]+\\[^\s<>\"']*"
    r"|\b(?:[\w-]+\.)*[\w-]+\.(?:local|lan|internal|intranet|corp|localdomain|home|private|priv)"
    r"\b(?:[:/][^\s<>\"']*)?|\blocalhost\b(?:[:/][^\s<>\"']*)?)"
)
_INTERNAL_SUFFIXES = (".local", ".lan", ".internal", ".intranet", ".corp", ".localdomain",
                      ".home", ".private", ".priv")  # fmt: skip
_INTERNAL_LABELS = exact(
    """
    pacs ris emr ehr epic cerner vna dicom intranet internal citrix mychart portal viewer
    impax synapse carestream powerscribe radnet worklist sharepoint
    """
)
_PATIENT_QUERY = re.compile(
    r"(?i)[?&;/](?:patient\w*|pat_?id|pid|mrn|accession\w*|acc|study_?(?:instance_?)?uid"
    r"|studyuid|series_?uid|encounter\w*|visit_?id)[=/]"
    # a map pinned to a place: coordinates in a map's link say where someone lives or fell
    r"|(?:maps\.|/maps|what3words|w3w\.co).*?-?\d{1,2}\.\d{4,}|@-?\d{1,2}\.\d{4,},-?\d"
)
# Public references an educator links to; anything else gets a warning, never a block.
_PUBLIC_DOMAINS = word_list(
    """
    doi.org radiopaedia.org pubmed.ncbi.nlm.nih.gov ncbi.nlm.nih.gov nih.gov europepmc.org
    who.int acr.org rsna.org ajronline.org ajnr.org eurorad.org radiologyassistant.nl
    wikipedia.org bmj.com nejm.org thelancet.com springer.com springeropen.com
    sciencedirect.com wiley.com nature.com jamanetwork.com ahajournals.org
    cochranelibrary.com nice.org.uk rcr.ac.uk myesr.org esr.org sirweb.org arrs.org
    ranzcr.com car.ca cancer.gov clinicaltrials.gov youtube.com youtu.be github.com
    frontiersin.org mdpi.com plos.org oup.com cambridge.org tandfonline.com karger.com
    thieme-connect.com lww.com elsevier.com cureus.com statpearls.com orthobullets.com
    learningradiology.com
    """
)

# Text that looks like identifiers but is public or social: never reported.
_SAFE = re.compile(
    # hashtags, not "#A123456"; "#ACR2024", a meeting and its year, is a hashtag
    r"(?<![\w&])#(?!(?![A-Z]{2,3}(?:19|20)\d\d\b)[A-Z]{0,3}-?\d{4,}\b)(?!\w*-\d)(?=\w*[A-Za-z])\w+"
    r"|(?<![\w.@])@[\w.]+\w"  # handles (@radiopaedia)
    r"|\b10\.\d{4,9}/[^\s\"<>]+"  # DOIs
    r"|(?i:\b(?:PMID|PMCID|PubMed(?:\s+ID)?)\s*:?\s*(?:PMC)?\d+)"
    r"|\bPMC\d{5,}\b|\bNCT\d{8}\b|(?i:\bISBN(?:-1[03])?:?\s*[\d-]{10,17}X?)"
    r"|(?i:\bISSN:?\s*\d{4}-\d{3}[\dX])|(?i:\barXiv:\s*\d{4}\.\d{4,5})"
    r"|(?i:\bORCID(?:\s+iD)?:?\s*(?:https?://orcid\.org/)?\d{4}-\d{4}-\d{4}-\d{3}[\dX])"
    r"|(?i:\b(?:eurorad|radiopaedia)\s+(?:case\s+)?(?:no\.?\s*|#\s*|id\s*)?\d{3,7})"
    # "Adapted from teaching file #TF-2219": a teaching collection's own number
    r"|(?i:\bteaching\s+file\s+(?:no\.?\s*|#\s*|id\s*|case\s+)?)#?[A-Z]{0,4}-?\d{2,7}\b"
    # "From the Eurorad teaching library, case 17234": a public library's case number
    r"|(?i:\b(?:eurorad|radiopaedia|medpix|mypacs|tcia)\b[^.;]{0,40}\bcase\s+(?:no\.?\s*|#\s*|id\s*)?"
    r"\d{3,7})"
    # a public library by name: "MedPix, U.S. National Library of Medicine"
    r"|\bMedPix\b(?:,?\s+(?:the\s+)?U\.?S\.?\s+National\s+Library\s+of\s+Medicine)?"
    # a placeholder, not a person: "registered as John Doe" (but "Pt: Jane Doe" is a name)
    r"|\b(?i:as|called|named|label+ed|registered|e\.g\.|like|or)\s+(?:(?:John|Jane|Baby|Johnny|Janie)"
    r"\s+Doe|Joe\s+Bloggs|(?:Max|Erika)\s+Mustermann|Fulano\s+de\s+Tal)\b"
    # codes of terminologies and libraries: "SNOMED CT 233604007", "rID: 5432", "LOINC 24627-2"
    r"|\b(?:SNOMED(?:[\s-]CT)?|LOINC|RadLex|rID|ICD-?(?:9|10|11)(?:-CM)?|CPT|HCPCS|ATC|CID-?10"
    r"|CIE-?10|(?i:c[óo]digo|codice))\s*:?\s*"
    r"(?:RID)?[A-Z]?\d[\d.-]{2,18}\b"
    # "Dr Google told him it was a pulled muscle"
    r"|\b(?:Dr\.?|Doctor|Prof\.?)\s+(?:Google|Internet|Web|TikTok|YouTube|ChatGPT)\b"
)


def _host(url: str) -> str:
    if url.startswith("\\\\"):
        return url[2:].split("\\", 1)[0].lower()
    if "://" not in url:
        url = "//" + url
    try:
        return (urlsplit(url).hostname or "").lower()
    except ValueError:
        return ""


def _is_internal(url: str, host: str) -> bool:
    if url.startswith("\\\\") or "." not in host or host.endswith(_INTERNAL_SUFFIXES):
        return True
    if re.fullmatch(r"[\d.]+|\[?[0-9a-f:]+\]?", host) or re.search(r"//[^/\s]+:\d+", url):
        return True  # bare IP, or an explicit port: an internal service
    return bool(_INTERNAL_LABELS & set(re.split(r"[.-]", host)))


def _is_public(host: str) -> bool:
    return any(host == d or host.endswith("." + d) for d in _PUBLIC_DOMAINS)


def links(text: str) -> Iterator[tuple[int, int, str, bool]]:
    """Each link in the text: where it stands, the link, and whether it is a public one."""
    for match in _URL.finditer(text):
        url = match.group().rstrip(".,;:!?)")
        yield match.start(), match.start() + len(url), url, _is_public(_host(url))


def find_links(text: str) -> Iterator[Hit]:
    """Yield internal URLs (blocking) and unknown external URLs (warning)."""
    for match in _URL.finditer(text):
        url = match.group().rstrip(".,;:!?)")
        host = _host(url)
        end = match.start() + len(url)
        if _is_internal(url, host) or _PATIENT_QUERY.search(url):
            yield Hit("url", match.start(), end)
        elif not _is_public(host):
            yield Hit("external_url", match.start(), end)


def safe_spans(text: str) -> list[tuple[int, int]]:
    """Spans of hashtags, handles, DOIs, PubMed IDs and public URLs, where no finding applies."""
    spans = [m.span() for m in _SAFE.finditer(text)]
    for match in _URL.finditer(text):
        url = match.group().rstrip(".,;:!?)")
        host = _host(url)
        if not _is_internal(url, host) and not _PATIENT_QUERY.search(url):
            spans.append((match.start(), match.start() + len(url)))
    return spans
