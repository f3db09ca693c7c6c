"""The text scan: every detector over a text, minus safe spans, overlaps resolved."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence

from .ages import find_old_ages
from .dates import find_dates
from .findings import Finding, Hit, make_finding, resolve_overlaps
from .identifiers import find_identifiers
from .links import find_links, safe_spans
from .locations import find_locations
from .names import find_names
from .normalise import exact
from .risks import find_risks

_DETECTORS = (
    find_links,
    find_identifiers,
    find_dates,
    find_old_ages,
    find_locations,
    find_names,
    find_risks,
)
# Kinds that may sit inside a "safe" span: a link is judged by its own detector.
_UNFILTERED = frozenset({"url", "external_url", "header_identifier"})
# Header values that name nobody: placeholders left by anonymisers and test phantoms.
_PLACEHOLDERS = exact(
    """
    anonymous anonymized anonymised anon unknown none null na patient test phantom
    deidentified de-identified removed redacted xxx
    """
)


def _header_parts(value: str) -> list[str]:
    """Searchable pieces of a DICOM value: 'DOE^JOHN^^^' -> ['DOE', 'JOHN']."""
    parts = [p.strip(".") for p in re.split(r"[\^,\s/]+", value)]
    return [p for p in parts if len(p) >= 2 and p.casefold() not in _PLACEHOLDERS]


def _header_hits(text: str, identifiers: Sequence[str]) -> Iterator[Hit]:
    for value in identifiers:
        for part in _header_parts(str(value)):
            pattern = rf"(?<![\w]){re.escape(part)}(?![\w])"
            for match in re.finditer(pattern, text, re.IGNORECASE):
                yield Hit("header_identifier", match.start(), match.end())


def _overlaps(hit: Hit, spans: Sequence[tuple[int, int]]) -> bool:
    return any(hit.start < end and start < hit.end for start, end in spans)


def scan_text(
    text: str, field: str = "text", *, extra_identifiers: Sequence[str] = ()
) -> list[Finding]:
    """Scan one text for identifiers (block) and re-identification risks (warn)."""
    if not text:
        return []
    safe = safe_spans(text)
    hits = [hit for detect in _DETECTORS for hit in detect(text)]
    hits = [h for h in hits if h.kind in _UNFILTERED or not _overlaps(h, safe)]
    hits.extend(_header_hits(text, extra_identifiers))
    return [make_finding(hit, text, field) for hit in resolve_overlaps(hits)]


def scan_fields(
    fields: Mapping[str, str], *, extra_identifiers: Sequence[str] = ()
) -> list[Finding]:
    """Scan every field of a case; findings sorted by field, then offset."""
    findings = [
        finding
        for field, text in fields.items()
        for finding in scan_text(text, field, extra_identifiers=extra_identifiers)
    ]
    return sorted(findings, key=lambda f: (f.field, f.start, f.end))
