"""What a scan reports: the Finding record, the kinds it can carry, and how overlaps resolve.

Blocking kinds (HIPAA Safe Harbor identifiers that can appear in text):
    name               people's names and initials (patients, relatives, clinicians)
    header_identifier  a value from the image's DICOM header (name part, patient ID)
    date               any date element more precise than a year (day, month, season, holiday)
    age_over_89        an age of 90 or more, however worded
    phone              phone, fax and pager numbers
    email              e-mail addresses
    record_number      medical record, accession, account, study and other record numbers
    ssn                social security / national insurance numbers
    national_id        national identity and health numbers (NHS, health cards, Medicare, ...)
    health_plan        insurance, Medicare and health plan member numbers
    licence            driving licence, passport, certificate and professional licence numbers
    vehicle            number plates, vehicle registrations and VINs
    uid                DICOM UIDs
    serial             device and implant serial, lot and batch numbers, UDIs
    address            street addresses, PO boxes, apartment numbers
    zip                ZIP and postal codes
    facility           named hospitals, clinics, imaging centres and practices
    specific_event     a recognisable event told with specifics (age, vehicle, place, day, role)
    identifying_feature  a face, tattoo, birthmark, shaped scar or fingerprint described in text
    handle             a patient's social media handle (a contributor's, in credit, passes)
    url                links to internal systems (PACS, intranet, private hosts, patient queries)
    ip                 IP addresses
Warning kinds (re-identification risks for a reviewer to weigh):
    external_url       a link to a site not on the public-reference list
    age_mechanism      an exact age in the same sentence as an event (crash, assault, fire)
    rare_event         newsworthy specifics (plane crash, shark bite, quadruplets)
    occupation         public roles, and work tied to a place ('the local teacher')
    place              named towns, streets, routes, landmarks and events
    appearance         jewellery, clothing, piercings described in an image's text
    recency            vague timing (last year, at 3 am); relative dates block as dates
    unread_script      words in a script the scan reads only in part (Arabic, Cyrillic, ...)
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from typing import NamedTuple

BLOCK = "block"
WARN = "warn"


class KindInfo(NamedTuple):
    """Severity and advice for one kind of finding."""

    severity: str
    suggestion: str


# Every kind a scan can report. When two matches of the same length overlap, the kind listed first
# wins (the most specific identifier first).
KINDS: dict[str, KindInfo] = {
    "header_identifier": KindInfo(
        BLOCK, "remove it: this value comes from the image's DICOM header (name or ID)"
    ),
    "uid": KindInfo(BLOCK, "remove the DICOM UID"),
    "email": KindInfo(BLOCK, "remove the e-mail address"),
    "url": KindInfo(BLOCK, "remove the internal link; cite a public source (DOI) instead"),
    "ip": KindInfo(BLOCK, "remove the IP address"),
    "ssn": KindInfo(BLOCK, "remove the social security / national insurance number"),
    "health_plan": KindInfo(BLOCK, "remove the insurance or health plan number"),
    "licence": KindInfo(BLOCK, "remove the licence or certificate number"),
    "vehicle": KindInfo(BLOCK, "remove the vehicle registration or VIN"),
    "serial": KindInfo(BLOCK, "name the device type only ('a dual-chamber pacemaker')"),
    "national_id": KindInfo(BLOCK, "remove the national identity or health number"),
    "date": KindInfo(
        BLOCK, "give the year at most, or a relative time ('two weeks later', 'on day 3')"
    ),
    "record_number": KindInfo(BLOCK, "remove the record, accession or account number"),
    "phone": KindInfo(BLOCK, "remove the phone, fax or pager number"),
    "age_over_89": KindInfo(BLOCK, "write '90 or older' (or 'elderly') instead of the exact age"),
    "address": KindInfo(BLOCK, "remove the street address"),
    "zip": KindInfo(BLOCK, "remove the ZIP / postal code"),
    "facility": KindInfo(BLOCK, "write 'a tertiary hospital' or 'an outside clinic' instead"),
    "name": KindInfo(
        BLOCK, "remove the name: write 'the patient', 'a relative' or 'the referring clinician'"
    ),
    "specific_event": KindInfo(
        BLOCK,
        "a specific event can be recognised: wait weeks to months and generalise "
        "('adult with blunt trauma'), without the place, the day or the role",
    ),
    "identifying_feature": KindInfo(
        BLOCK,
        "a face, tattoo, birthmark, shaped scar or fingerprint identifies: crop or redact it "
        "from the image and describe only the finding",
    ),
    "handle": KindInfo(
        BLOCK, "remove the social media handle; a contributor's handle belongs in credit"
    ),
    "external_url": KindInfo(WARN, "check that this link is public and leads to no patient data"),
    "age_mechanism": KindInfo(
        WARN, "an exact age with the mechanism or place can identify: write 'adult', 'blunt trauma'"
    ),
    "rare_event": KindInfo(WARN, "rare events make news: generalise ('high-energy trauma')"),
    "occupation": KindInfo(
        WARN, "drop the occupation or public role unless it is the teaching point"
    ),
    "place": KindInfo(WARN, "drop the named place (town, street, landmark, event)"),
    "appearance": KindInfo(
        WARN, "jewellery, clothing and piercings can identify: crop them out of the image"
    ),
    "recency": KindInfo(
        WARN, "avoid timing words; post weeks after the study ('recently' at most)"
    ),
    "unread_script": KindInfo(
        WARN,
        "the scan reads only the numbers, dates and a few words of this script: have someone "
        "who reads it check for names, places and events",
    ),
}

BLOCKING_KINDS = frozenset(k for k, info in KINDS.items() if info.severity == BLOCK)
WARNING_KINDS = frozenset(k for k, info in KINDS.items() if info.severity == WARN)
_PRECEDENCE = {kind: rank for rank, kind in enumerate(KINDS)}


@dataclass(frozen=True)
class Finding:
    """One suspected identifier or re-identification risk in one field of a case."""

    field: str
    kind: str
    severity: str
    text: str
    start: int
    end: int
    suggestion: str

    @property
    def key(self) -> str:
        """Stable id for waivers: field, kind and text, case- and space-normalised."""
        text = " ".join(unicodedata.normalize("NFKC", self.text).casefold().split())
        return f"{self.field.strip()}:{self.kind}:{text}"


class Hit(NamedTuple):
    """A raw match from one detector, before it becomes a Finding."""

    kind: str
    start: int
    end: int
    note: str = ""  # advice for this hit in particular, in place of the kind's


def make_finding(hit: Hit, text: str, field: str) -> Finding:
    """Turn a detector hit into a Finding with the kind's severity and advice."""
    info = KINDS[hit.kind]
    return Finding(
        field=field,
        kind=hit.kind,
        severity=info.severity,
        text=text[hit.start : hit.end],
        start=hit.start,
        end=hit.end,
        suggestion=hit.note or info.suggestion,
    )


def resolve_overlaps(hits: Iterable[Hit]) -> list[Hit]:
    """Keep, of overlapping hits, blocking before warning, then the longest, then by precedence.

    Length before precedence: a phone number "07700 900123" must not lose to the record
    number its last six digits also look like.
    """
    ranked = sorted(
        _merge_same_kind(hits),
        key=lambda h: (KINDS[h.kind].severity != BLOCK, h.start - h.end, _PRECEDENCE[h.kind]),
    )
    kept: list[Hit] = []
    for hit in ranked:
        if all(hit.end <= k.start or hit.start >= k.end for k in kept):
            kept.append(hit)
    return sorted(kept, key=lambda h: (h.start, h.end))


def _merge_same_kind(hits: Iterable[Hit]) -> list[Hit]:
    """Join overlapping hits of one kind: "on March" and "March 14" become "on March 14"."""
    merged: list[Hit] = []
    for hit in sorted(set(hits), key=lambda h: (h.kind, h.start, -h.end)):
        last = merged[-1] if merged else None
        if last and last.kind == hit.kind and hit.start < last.end:
            merged[-1] = Hit(hit.kind, last.start, max(last.end, hit.end), last.note or hit.note)
        else:
            merged.append(hit)
    return merged


def is_blocked(findings: Iterable[Finding]) -> bool:
    """True when any finding blocks publication."""
    return any(f.severity == BLOCK for f in findings)
