"""The privacy gate: identifiers block, risks warn, radiology look-alikes pass, the embargo holds."""

from __future__ import annotations

import datetime as dt

import pytest

from publisher.privacy import (
    BLOCK,
    BLOCKING_KINDS,
    KINDS,
    WARN,
    WARNING_KINDS,
    Finding,
    embargo_ends,
    is_blocked,
    is_embargoed,
    parse_study_month,
    scan_fields,
    scan_text,
    study_month_of,
)
from tests.bench.bench_privacy import (
    EVAL_FILE,
    FIELDS_FILE,
    HOLDOUT_FILE,
    UNTOUCHED_FILE,
    field_summary,
    load_field_texts,
    load_labelled,
    score,
    score_fields,
)

# (text, kind, the exact text the finding must cover)
IDENTIFIERS = [
    ("Mr. Smith presented with wrist pain.", "name", "Mr. Smith"),
    ("Dr Jones requested an MRI.", "name", "Dr Jones"),
    ("Patient J.S. fell at home.", "name", "J.S."),
    ("John Smith was referred for CT.", "name", "John Smith"),
    ("History from his wife Mary.", "name", "Mary"),
    ("Reviewed with Prof. Chen at the MDT.", "name", "Prof. Chen"),
    ("Referred by Kowalczyk for knee pain.", "name", "Kowalczyk"),
    ("Signed: A. Patel, consultant.", "name", "A. Patel"),
    ("Patient initials JS; right lower lobe pneumonia.", "name", "JS"),
    ("Okoro, 45, presented with chest pain.", "name", "Okoro"),
    ("MARIA GONZALEZ - CT ABDOMEN", "name", "MARIA GONZALEZ"),
    ("Mrs Baker underwent CT for a Baker cyst.", "name", "Mrs Baker"),
    ("CT on 2026-03-14 showed an infarct.", "date", "2026-03-14"),
    ("Radiograph dated 14/03/2026.", "date", "14/03/2026"),
    ("Seen 3/14/26 in clinic.", "date", "3/14/26"),
    ("Admitted on March 14 with a fracture.", "date", "on March 14"),
    ("MRI performed 14 March 2026.", "date", "14 March 2026"),
    ("Imaged in March 2026.", "date", "in March 2026"),
    ("Fell on Monday the 3rd.", "date", "on Monday the 3rd"),
    ("Ultrasound on Christmas Day.", "date", "Christmas Day"),
    ("Surgery was on the 21st of June.", "date", "on the 21st of June"),
    ("A 93-year-old woman fell.", "age_over_89", "93-year-old"),
    ("94 y/o male with pain.", "age_over_89", "94 y/o"),
    ("Patient aged 91 with dyspnoea.", "age_over_89", "aged 91"),
    ("A woman in her mid-90s.", "age_over_89", "in her mid-90s"),
    ("Nonagenarian with confusion.", "age_over_89", "Nonagenarian"),
    ("A centenarian with a hip fracture.", "age_over_89", "centenarian"),
    ("101 years old and well.", "age_over_89", "101 years old"),
    ("Ninety-two-year-old man.", "age_over_89", "Ninety-two-year-old"),
    ("92M with haematuria.", "age_over_89", "92M"),
    ("Born in 1921, she fell at home.", "age_over_89", "Born in 1921"),
    ("Okoro, 96, fell at home.", "age_over_89", "96"),
    ("For the images call 555-123-4567.", "phone", "call 555-123-4567"),
    ("Fax results to +44 20 7946 0958.", "phone", "+44 20 7946 0958"),
    ("Reception on (617) 555-0199.", "phone", "(617) 555-0199"),
    ("Bleep 4471 if worse.", "phone", "Bleep 4471"),
    ("Questions to j.doe@stmarys-hospital.org today.", "email", "j.doe@stmarys-hospital.org"),
    ("MRN 12345678: spiculated nodule.", "record_number", "MRN 12345678"),
    ("Accession #A123456 - MRI knee.", "record_number", "Accession #A123456"),
    ("acc no. 778812, ultrasound.", "record_number", "acc no. 778812"),
    ("Patient ID: PT0099812, follow-up.", "record_number", "Patient ID: PT0099812"),
    ("Unit 4471882 was the number.", "record_number", "4471882"),
    ("UID 1.2.840.113619.2.55.3.604688119 attached.", "uid", "UID 1.2.840.113619.2.55.3.604688119"),
    ("Key image 2.25.329800735698586629295641978511506172918.", "uid", None),
    ("Lives at 42 Elm Street with her son.", "address", "42 Elm Street"),
    ("Mail to P.O. Box 1234.", "address", "P.O. Box 1234"),
    ("Patient from ZIP 02139.", "zip", "ZIP 02139"),
    ("Springfield, IL 62704-1234.", "zip", "IL 62704-1234"),
    ("Lives in 90210 and has RLQ pain.", "zip", "90210"),
    ("Postcode SW1A 1AA.", "zip", "Postcode SW1A 1AA"),
    ("Transferred from St. Mary's Hospital.", "facility", "St. Mary's Hospital"),
    ("Outside films from Mercy Clinic.", "facility", "Mercy Clinic"),
    ("MRI at Northside Imaging Center.", "facility", "Northside Imaging Center"),
    ("Seen at University College Hospital.", "facility", "University College Hospital"),
    ("Series at http://pacs.local/viewer?study=9.", "url", "http://pacs.local/viewer?study=9"),
    ("Open pacs01.stmarys.internal:8080/wado now.", "url", "pacs01.stmarys.internal:8080/wado"),
    ("Public page https://example.org/case?mrn=4471.", "url", "https://example.org/case?mrn=4471"),
    ("DICOM node at 10.0.0.12 port 104.", "ip", "10.0.0.12"),
    ("Send to 192.168.1.20 for 3D.", "ip", "192.168.1.20"),
    ("Pacemaker serial no. SN-4471-88.", "serial", "Pacemaker serial no. SN-4471-88"),
    ("Implant lot 12345 recalled.", "serial", "lot 12345"),
    ("SSN 123-45-6789 on the form.", "ssn", "SSN 123-45-6789"),
    ("Medicare number 1EG4-TE5-MK73 noted.", "health_plan", "Medicare number 1EG4-TE5-MK73"),
    ("Driver's licence number D1234-5678 seen.", "licence", "Driver's licence number D1234-5678"),
    ("Licence plate 7ABC123 recorded.", "vehicle", "Licence plate 7ABC123"),
]

# Radiology language that looks like identifiers: no finding of any kind.
LOOK_ALIKES = [
    "Disc protrusion at C5-C6 and C6-C7; L4/5, L5/S1, T12 and S1 normal; C1-C2 stable.",
    "T1, T2, FLAIR, DWI, ADC, SWI and STIR images; T1-weighted and T2* gradient echo.",
    "Measures 3.2 cm; scanned at 1.5T and at 3 T; 12 mm nodule; mass 5 x 4 cm; HU 40.",
    "BI-RADS 4, LI-RADS 5, TI-RADS 3 and PI-RADS 4 lesions.",
    "Grade 4 splenic laceration (AAST grade III renal injury); Gleason 4+3=7 cancer.",
    "Salter-Harris II fracture, Garden IV femoral neck fracture and a Weber B ankle fracture.",
    "Crohn disease, Baker cyst, Hodgkin lymphoma, Colles fracture and a Segond fracture.",
    "Monteggia fracture-dislocation and Kienbock disease of the lunate.",
    "Chest CT in 2019 showed a nodule; an 89-year-old man had 50 mg and 2 Gy.",
    "Figure 2 shows the axial image. Liver is enlarged. Spleen normal.",
    "Today's #MSKMonday case with credit to @radiopaedia.",
    "See https://doi.org/10.1148/rg.2017160101 and https://radiopaedia.org/cases/12345.",
    "Reference: PMID: 28898187; trial NCT01234567.",
    "Hill-Sachs lesion, Bankart fragment, Osgood-Schlatter disease, Legg-Calvé-Perthes disease.",
    "Sister Mary Joseph nodule; Terry Thomas sign; Pierre Robin sequence.",
    "Smith fracture and Jones fracture; Thompson hemiarthroplasty; Clark level IV melanoma.",
    "Hinchey Ib diverticulitis; Schatzker VI; Bosniak IIF; Kerley B lines.",
    "Glasgow Coma Scale 14; Ottawa ankle rules; Stanford type A dissection; Milan criteria.",
    "WBC 15000 and platelets 45,000; vitamin D 50000 IU weekly; DLP 12500 mGy·cm.",
    "MR Angiography and MR SPECTROSCOPY; DR system radiographs; STIR DWI and FLAIR SWI.",
    "Published in Skeletal Radiology; refer to Interventional Radiology.",
    "Wrist Pain After A Fall On An Outstretched Hand",
    "Hip Pain In A Nursing Home Resident",
    "The loop of Henle, circle of Willis, vein of Galen and pouch of Douglas.",
    "Sats in the low 90s on room air; 90 HU on delayed images; a 90-degree angle.",
    "Seen in the Fracture Clinic; the Breast Clinic did the biopsy; University Hospital.",
    "E. coli pyelonephritis; S. aureus arthritis; Gram stain positive.",
    "Tc-99m MDP 740 MBq; I-131 100 mCi in 2018.",
]

# (text, warning kind)
RISKS = [
    ("Scanned last year after a fall.", "recency"),
    ("Imaged at 3 am after the fall.", "recency"),
    ("A 35-year-old fell from a ladder at work.", "age_mechanism"),
    ("A 55-year-old man with a gunshot wound to the thigh.", "age_mechanism"),
    ("Injured at the county fair.", "place"),
    ("Adult from Springfield with a Pancoast tumour.", "place"),
    ("A professional footballer with a stress fracture.", "occupation"),
    ("Local teacher with lymphoma.", "occupation"),
    ("Survivor of a plane crash with rib fractures.", "rare_event"),
    ("Shark bite to the lower leg.", "rare_event"),
    ("Lightning strike victim.", "rare_event"),
    ("Triplets, one with intussusception.", "rare_event"),
    ("Quadruplets delivered at 30 weeks.", "rare_event"),
    ("Images at https://drive.example.com/share/abc.", "external_url"),
    ("Photograph of the wrist; the engraved wedding ring is visible.", "appearance"),
]

# Recent and specific: relative dates block as dates, a recognisable event as a combination.
# (These warned before; posting "yesterday" tells the world the day.)
RECENT_AND_SPECIFIC = [
    ("CT yesterday showed a perforated appendix.", "date"),
    ("Came in last night with a swollen calf.", "date"),
    ("This morning the radiograph showed free air.", "date"),
    ("Images from today: pneumothorax.", "date"),
    ("Scanned earlier this week after a fall.", "date"),
    ("Presented last week with fever.", "date"),
    ("Seen the Friday before last with haemoptysis.", "date"),
    ("The CT was done the day before yesterday.", "date"),
    ("Admitted three days ago with fever.", "date"),
    ("Arrived on the 14th after the storm.", "date"),
    ("He is currently in ICU on a ventilator.", "date"),
    ("47-year-old man riding a scooter struck by a car.", "specific_event"),
    ("Crash on Route 9; Chance fracture.", "specific_event"),
    ("The mayor's husband with a subdural haematoma.", "specific_event"),
    ("Rescued from the fire at the Oakfield Street flats.", "specific_event"),
    ("Driver in the pile-up on the M6 near junction 19.", "specific_event"),
    ("Hurt when Storm Éowyn brought down a tree on her car.", "specific_event"),
    ("The headteacher of Greenfield Primary, collapsed at assembly.", "specific_event"),
    ("Injured at the Westmeath county fair.", "specific_event"),
]

# Teaching text with an age or a mechanism, and story time: no block.
TEACHING = [
    "An 89-year-old woman who fell from standing height and cannot weight-bear.",
    "A coal miner with progressive dyspnoea and upper-zone nodules.",
    "A 72-year-old man with a fall on an outstretched hand.",
    "Repeat radiograph two weeks later showed the fracture; on day 5 a collection formed.",
    "Six months after surgery the screws were loose.",
    "Diagnosis? Vote below and the answer follows tomorrow.",
    "In children, think of non-accidental injury when the story does not match the fracture.",
]

# Eponyms and the history of medicine in every form: no name.
EPONYMS = [
    "Thomas Hodgkin described the disease in 1832.",
    "Tommy John surgery: ulnar collateral ligament reconstruction.",
    "After Tommy John surgery the graft should be low signal.",
    "Kienbock disease; Kienböck's disease; kienbock disease of the lunate.",
    "Robert Kienböck described lunatomalacia in 1910.",
    "Godfrey Hounsfield built the first CT scanner.",
    "Lou Gehrig disease is amyotrophic lateral sclerosis.",
    "#HodgkinLymphoma #TommyJohn #SalterHarris #KienbockDisease",
]

# (text, field, kind): identifiers beyond the US formats, several real formats per kind
WIDER = [
    ("NHS number 787 789 3280, referred for CT.", "history", "national_id"),
    ("Details: 792 174 2181, seen in the nodule clinic.", "history", "national_id"),
    ("Label reads 7938347019 along the top.", "images[1].alt", "national_id"),
    ("OHIP 1900 976 059 AB, referred.", "history", "national_id"),
    ("Health card 4234-037-671-KT on the form.", "history", "national_id"),
    ("BC PHN 9779910845 on the referral.", "history", "national_id"),
    ("Medicare card 4286 06673 6, referred by the GP.", "history", "national_id"),
    ("Aadhaar 9668 4608 9436 at registration.", "history", "national_id"),
    ("PESEL 89011410471 on the form.", "history", "national_id"),
    ("CPR 021095-9316, henvist.", "history", "national_id"),
    ("NHI ZAC5361 on the New Zealand referral.", "history", "national_id"),
    ("Mum's mobile is 07700 900461.", "history", "phone"),
    ("Contact +44 7700 900123", "credit", "phone"),
    ("Reach her on 0412 345 678.", "history", "phone"),
    ("Call the family on +353 87 123 4567.", "history", "phone"),
    ("Contactar al 612 34 56 78.", "history", "phone"),
    ("send questions to mkowalski@outlook.com", "credit", "email"),
    ("Her Instagram is @sofia.marquez_runs.", "history", "handle"),
    ("pt's snapchat is ella.x.rose - parents aware.", "history", "handle"),
    ("Shared by the patient (@marek_rides) on his page.", "overrides.x.history", "handle"),
    ("Accession ACC-2025-0048812, CT abdomen.", "history", "record_number"),
    ("Sagittal MRI, study RAD24-118832.", "images[1].alt", "record_number"),
    ("Ref: MR/2025/004412", "history", "record_number"),
    ("Acc 25CT0098812", "history", "record_number"),
    ("#PrayForAmaraOkafor #MedEd", "hashtags[1]", "name"),
    ("#JusticeForLiamByrne", "hashtags[1]", "name"),
    ("#KwameStrong", "hashtags[1]", "name"),
    ("#StMungosHospital", "hashtags[1]", "facility"),
    ("pt is magnus lindqvist, known to the renal team.", "history", "name"),
    ("kwame's knee swelled up after the tournament.", "history", "name"),
    ("images shared by ngozi okonkwo with consent", "credit", "name"),
    (
        "Photograph of the patient's full face showing facial droop.",
        "images[1].alt",
        "identifying_feature",
    ),
    (
        "Intra-operative photo showing a tattoo of a rose on the chest.",
        "images[1].alt",
        "identifying_feature",
    ),
    ("Photograph of the hand; fingerprint ridges visible.", "images[1].alt", "identifying_feature"),
    ("Colour photo of the back with a large birthmark.", "images[1].alt", "identifying_feature"),
    (
        "Photograph of the knee with a lightning-bolt shaped scar.",
        "images[1].alt",
        "identifying_feature",
    ),
]

# Radiology that merely looks like these kinds: nothing at all.
WIDER_LOOK_ALIKES = [
    ("Mammogram: axillary nodes with tattoo pigment mimicking calcification.", "images[1].alt"),
    ("Coronal CT of the facial bones: a zygomaticomaxillary complex fracture.", "images[1].alt"),
    ("Cardiac MRI: subendocardial scar in the LAD territory.", "images[1].alt"),
    ("Frontal chest radiograph with an earring artefact over the neck.", "images[1].alt"),
    ("@radiopaedia", "credit"),
    ("Today's #MSKMonday case with credit to @radiopaedia.", "history"),
    ("Matrix 512 x 512, slice 0.625 mm; CTDIvol 12.4 mGy; 100 mL at 4 mL/s.", "history"),
    ("ISBN 978-0-7020-4295-9; PMID 28898187; NCT01234567.", "references[1]"),
    ("BRCA1 carriers; KRAS G12C; stage T3N1M0; ICD-10 S62.0.", "explanation"),
    ("Incidence about 1 in 10 000 births; CT in 2019.", "explanation"),
    ("Reference: Radiographics 2017;37:1234-1250.", "references[1]"),
    ("hemosiderin was deposited along the synovium; hydrosalpinx was seen", "explanation"),
]


TODAY = dt.date(2026, 11, 30)


@pytest.mark.parametrize(("text", "kind", "matched"), IDENTIFIERS)
def test_identifiers_block(text: str, kind: str, matched: str | None) -> None:
    findings = [f for f in scan_text(text, "history", today=TODAY) if f.kind == kind]
    assert findings, f"no {kind} finding in {text!r}"
    assert all(f.severity == BLOCK and f.field == "history" for f in findings)
    assert all(text[f.start : f.end] == f.text for f in findings)
    if matched is not None:
        assert matched in [f.text for f in findings]
    assert is_blocked(findings)


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_radiology_look_alikes_pass(text: str) -> None:
    assert scan_text(text) == []


@pytest.mark.parametrize(("text", "kind"), RISKS)
def test_risks_warn_without_blocking(text: str, kind: str) -> None:
    findings = scan_text(text)
    assert kind in {f.kind for f in findings}
    assert {f.severity for f in findings} == {WARN}
    assert not is_blocked(findings)


@pytest.mark.parametrize(("text", "kind"), RECENT_AND_SPECIFIC)
def test_recent_and_specific_block(text: str, kind: str) -> None:
    findings = scan_text(text, "history", today=TODAY)
    assert kind in {f.kind for f in findings if f.severity == BLOCK}, findings


def test_a_specific_event_suggests_a_generalised_rewrite() -> None:
    text = "A 47-year-old man on a scooter was struck by a car on Harrow Road."
    [event] = [f for f in scan_text(text, "history") if f.kind == "specific_event"]
    assert "'adult with blunt trauma'" in event.suggestion
    child = "Seven-year-old mauled by the neighbour's dog on Elm Grove."
    [event] = [f for f in scan_text(child, "history") if f.kind == "specific_event"]
    assert "'child with " in event.suggestion


@pytest.mark.parametrize("text", TEACHING)
def test_teaching_text_with_an_age_or_a_mechanism_does_not_block(text: str) -> None:
    assert not is_blocked(scan_text(text, "history", today=TODAY))


@pytest.mark.parametrize("text", EPONYMS)
def test_eponyms_and_figures_of_medicine_are_no_names(text: str) -> None:
    assert scan_text(text, "explanation", today=TODAY) == []


@pytest.mark.parametrize(("text", "field", "kind"), WIDER)
def test_wider_identifiers_block(text: str, field: str, kind: str) -> None:
    findings = scan_text(text, field, today=TODAY)
    assert kind in {f.kind for f in findings if f.severity == BLOCK}, findings


@pytest.mark.parametrize(("text", "field"), WIDER_LOOK_ALIKES)
def test_wider_look_alikes_pass(text: str, field: str) -> None:
    assert scan_text(text, field, today=TODAY) == []


def test_a_handle_is_credit_in_credit_and_an_identifier_elsewhere() -> None:
    assert scan_text("@sofia.marquez_runs", "credit") == []
    assert scan_text("@sofia.marquez_runs", "overrides.x.credit") == []
    assert [f.kind for f in scan_text("@sofia.marquez_runs", "history")] == ["handle"]


def test_a_birth_year_is_an_age_only_against_today() -> None:
    assert scan_text("Born in 1931.", today=dt.date(2020, 1, 1)) == []
    assert [f.kind for f in scan_text("Born in 1931.", today=TODAY)] == ["age_over_89"]


@pytest.mark.parametrize("age", [18, 47, 65, 88, 89])
def test_ages_up_to_89_pass(age: int) -> None:
    assert scan_text(f"A {age}-year-old woman with a hip fracture, aged {age}.") == []


@pytest.mark.parametrize("age", [90, 95, 104])
def test_ages_over_89_block(age: int) -> None:
    findings = scan_text(f"A {age}-year-old woman with a hip fracture.")
    assert [f.kind for f in findings] == ["age_over_89"]


def test_offsets_point_at_the_match() -> None:
    text = "Seen by Dr Jones on 2026-03-14; MRN 12345678."
    findings = scan_text(text, "history")
    assert [(f.kind, f.start, f.end, f.text) for f in findings] == [
        ("name", 8, 16, "Dr Jones"),
        ("date", 20, 30, "2026-03-14"),
        ("record_number", 32, 44, "MRN 12345678"),
    ]


def test_overlapping_matches_are_reported_once() -> None:
    # the UID holds digit runs that alone would read as a date, a phone or a record number
    findings = scan_text("UID 1.2.840.113619.2.55.3.20260314.5551234567")
    assert [f.kind for f in findings] == ["uid"]


def test_blocking_wins_over_a_warning_on_the_same_words() -> None:
    findings = scan_text("Found at 42 Elm Street.")
    assert [(f.kind, f.severity) for f in findings] == [("address", BLOCK)]


def test_keys_are_stable_across_positions_case_and_spacing() -> None:
    first = scan_text("Dr  Jones reviewed it.", "history")[0]
    second = scan_text("It was reviewed by DR JONES later.", "history")[0]
    assert first.key == second.key == "history:name:dr jones"
    other_field = scan_text("Dr Jones reviewed it.", "question")[0]
    assert other_field.key != first.key


def test_scan_fields_sorts_by_field_then_offset() -> None:
    findings = scan_fields(
        {
            "history": "Mr Smith on 2026-03-14.",
            "images[1].alt": "Label reads MRN 4471882.",
            "answer": "Colles fracture, seen last year.",
        }
    )
    assert [(f.field, f.kind) for f in findings] == [
        ("answer", "recency"),
        ("history", "name"),
        ("history", "date"),
        ("images[1].alt", "record_number"),
    ]


def test_header_identifiers_block_wherever_they_appear() -> None:
    findings = scan_text(
        "Doe was scanned twice; 8812-44 on the scout label.",
        extra_identifiers=["DOE^JOHN^^^", "8812-44", "ANONYMOUS"],
    )
    header = [f.text for f in findings if f.kind == "header_identifier"]
    assert header == ["Doe", "8812-44"]
    assert scan_text("Anonymous donor.", extra_identifiers=["ANONYMOUS"]) == []


def test_every_kind_is_documented_with_a_severity_and_advice() -> None:
    assert set(KINDS) == BLOCKING_KINDS | WARNING_KINDS
    assert all(info.severity in (BLOCK, WARN) and info.suggestion for info in KINDS.values())
    finding = scan_text("Mr Smith")[0]
    assert finding.suggestion == KINDS["name"].suggestion


def test_is_blocked_only_for_blocking_findings() -> None:
    warn = Finding("history", "recency", WARN, "yesterday", 0, 9, "")
    block = Finding("history", "date", BLOCK, "2026-03-14", 0, 10, "")
    assert not is_blocked([warn])
    assert is_blocked([warn, block])
    assert not is_blocked([])


def test_empty_text_has_no_findings() -> None:
    assert scan_text("") == []


# --- the embargo


@pytest.mark.parametrize(
    ("month", "days", "first_day"),
    [
        ("2026-03", 30, dt.date(2026, 5, 1)),
        ("2026-03", 0, dt.date(2026, 4, 1)),
        ("2025-12", 0, dt.date(2026, 1, 1)),  # December rolls into January
        ("2025-12", 30, dt.date(2026, 1, 31)),
        ("2024-01", 30, dt.date(2024, 3, 2)),  # leap year: February has 29 days
        ("2023-01", 30, dt.date(2023, 3, 3)),
        ("2024-01", 29, dt.date(2024, 3, 1)),
        ("2024-02", 0, dt.date(2024, 3, 1)),
        ("2026-06", 365, dt.date(2027, 7, 1)),
    ],
)
def test_embargo_ends(month: str, days: int, first_day: dt.date) -> None:
    assert embargo_ends(month, days) == first_day


@pytest.mark.parametrize(
    "value", ["2026-3", "2026-13", "2026-00", "2026/03", "March 2026", "", "26-03", "1899-12"]
)
def test_parse_study_month_rejects_bad_values_readably(value: str) -> None:
    with pytest.raises(ValueError, match="study month"):
        parse_study_month(value)


def test_parse_study_month() -> None:
    assert parse_study_month(" 2026-03 ") == dt.date(2026, 3, 1)
    assert study_month_of(dt.date(2026, 3, 14)) == "2026-03"


def test_negative_embargo_is_refused() -> None:
    with pytest.raises(ValueError, match="embargo days"):
        embargo_ends("2026-03", -1)


def test_is_embargoed_until_the_first_allowed_day() -> None:
    assert is_embargoed("2026-03", 30, dt.date(2026, 4, 30))
    assert not is_embargoed("2026-03", 30, dt.date(2026, 5, 1))
    assert not is_embargoed(None, 30, dt.date(2026, 3, 1))


# --- the labelled sets


# Kinds that came after the first evaluation set; the field set measures them.
_NEWER_KINDS = {"national_id", "specific_event", "identifying_feature", "handle"}


def test_evaluation_set_recall_and_clean_block_rate() -> None:
    rows = load_labelled(EVAL_FILE)
    assert len(rows) >= 120
    assert sum(1 for r in rows if not r.kinds) >= 50
    scores = score(rows)
    for kind in BLOCKING_KINDS - _NEWER_KINDS:
        support = scores.true_pos.get(kind, 0) + scores.false_neg.get(kind, 0)
        assert support >= 2, f"the evaluation set needs more {kind} examples"
        assert scores.recall(kind) == 1.0, [text for k, text in scores.missed if k == kind]
    assert scores.clean_block_rate <= 0.1


def test_holdout_set_clean_block_rate() -> None:
    rows = load_labelled(HOLDOUT_FILE)
    assert len(rows) >= 40
    assert score(rows).clean_block_rate <= 0.1


def test_field_set_working_part_meets_the_targets() -> None:
    """The untouched part is reported by the bench, never tuned against here."""
    rows = load_field_texts(FIELDS_FILE)
    assert len(rows) + len(load_field_texts(UNTOUCHED_FILE)) >= 400
    summary = field_summary(rows)
    assert summary["flagged"] == 1.0, [w for g in score_fields(rows).values() for w in g.wrong]
    assert summary["blocked"] >= 0.98
    assert summary["clean_blocked"] <= 0.03
    assert summary["clean_flagged"] <= 0.08


# -- second blind round: the kinds of text that fell through ---------------------------------

THIRD_ROUND_BLOCKS = [
    ("Pleural effusion at 96", "title", "age_over_89"),
    ("Hip fracture after a fall at 92, on warfarin.", "history", "age_over_89"),
    ("Bay 3, bed 2: the drain stopped draining overnight.", "history", "address"),
    ("Moved from Ward 12C to the side room", "history", "address"),
    ("She lives on Marsh Lane in a village, so transport was hard.", "explanation", "address"),
    ("The harbour master of Kinsale, breathless on the slip.", "history", "specific_event"),
    ("Our own theatre manager, who asked us to share his scan.", "answer", "specific_event"),
    ("His brother, one of our porters, brought him down to CT.", "history", "specific_event"),
    ("Roofer, 38, fell 4 m from scaffolding on Mill Street.", "history", "specific_event"),
    ("#GetWellKofiMensah #TeamNkechiObi #LarsBjornstad", "hashtags", "name"),
    ("Images from the patient's own account (TikTok: @kayla.recovers)", "credit", "handle"),
    ("Results to j.okafor88 [at] yahoo [dot] co.uk please", "explanation", "email"),
    ("#prayforlindiwe #NeuroRad", "hashtags", "name"),
    ("Admitted from the Rosebank nursing home with a hip fracture.", "history", "facility"),
    (
        "23-year-old flanker hurt in the Galway v Sligo final, ACL tear.",
        "history",
        "specific_event",
    ),
    ("The 58-year-old who rolled his quad bike near Tralee.", "history", "specific_event"),
    ("She is the only pharmacist on the island of Inishbofin.", "history", "specific_event"),
    ("Just admitted to ICU - what does the CT show?", "question", "date"),
    ("T. Okonjo - 3/7 productive cough, no travel", "history", "name"),
    ("He was first imaged in August, before the move.", "explanation", "date"),
    ("Pain since February, worse at night.", "history", "date"),
]
THIRD_ROUND_FLAGS = [
    ("Clinical photo: the patient's striped sock and sandal are in the frame.", "images[1].alt"),
    ("A ring is visible on the left ring finger.", "images[1].alt"),
]
THIRD_ROUND_PASSES = [
    ("Saturations at 94 on room air; heart rate at 92.", "history"),
    ("Monday morning lists are longer than Friday afternoon ones.", "teaching_points[1]"),
    ("Marie Curie's mobile units took radiography to the front.", "explanation"),
    ("wilhelm conrad röntgen's first radiograph, in December 1895, was of a hand.", "answer"),
    ("Harvey Cushing described the syndrome that carries his name.", "explanation"),
    (
        "Ng K, Adeyemi O, Lindqvist P. Stress fractures in runners. Radiology. 2021;298:1-9.",
        "references[1]",
    ),
    ("As described by Oduya T, et al. (2019), the sign is specific.", "explanation"),
    (
        "Douglass Howry and Joseph Holmes built a water-bath scanner in Denver in the 1950s.",
        "explanation",
    ),
    ("Thanks to one of our residents for spotting this sign.", "credit"),
    ("Bed rest for three days, then mobilise.", "history"),
    ("#SegondFracture #TommyJohn #RadRes #MSKMonday", "hashtags"),
    ("#ESSR2026 #RSNA2025 #teamwork", "hashtags"),
    (
        "Boxer's fracture, nursemaid's elbow and farmer's lung are all named for a trade.",
        "teaching_points[1]",
    ),
    ("Updated guideline (published 2021-03-15) lowered the size threshold.", "explanation"),
    ("Becquerel H. Sur les radiations. C R Acad Sci. 1896;122:420-1.", "references[1]"),
    ("The only finding on this film is a subtle lucency.", "findings"),
    ("Our journal club moves to the first Monday in October.", "explanation"),
    ("Lung cancer awareness month falls in November.", "teaching_points[1]"),
    ("Vertebral crush fracture at L1 in a 70-year-old.", "history"),
]


@pytest.mark.parametrize(("text", "field", "kind"), THIRD_ROUND_BLOCKS)
def test_third_round_identifiers_block(text: str, field: str, kind: str) -> None:
    findings = scan_text(text, field, today=TODAY)
    assert kind in {f.kind for f in findings if f.severity == BLOCK}, findings


@pytest.mark.parametrize(("text", "field"), THIRD_ROUND_PASSES)
def test_third_round_look_alikes_pass(text: str, field: str) -> None:
    assert scan_text(text, field, today=TODAY) == []


def test_a_figure_named_in_full_is_still_a_patient_in_a_patients_story() -> None:
    findings = scan_text("John Snow, 54, presented after a fall at home.", "history", today=TODAY)
    assert "name" in {f.kind for f in findings}


CONTRIBUTOR_CREDITS = [
    "Case courtesy of Dr Ama Owusu",
    "courtesy of dr emeka okafor, consultant radiologist, UCH Ibadan",
    "Case contributed by Prof. Dr. med. Klaus Berger, Charité - Universitätsmedizin Berlin",
    "Shared by A/Prof Sarah Nguyen (Royal Melbourne Hospital)",
    "Amadou Diallo, radiology registrar, Aga Khan University Hospital",
    "Case by Dr Rebecca Hart (ST4, Sheffield). Contact rebecca.hart@nhs.net for teaching use.",
]


@pytest.mark.parametrize("text", CONTRIBUTOR_CREDITS)
def test_a_credited_clinician_their_hospital_and_their_email_pass(text: str) -> None:
    assert scan_text(text, "credit", today=TODAY) == []


@pytest.mark.parametrize(
    "text",
    [
        "Prof Lena Berg, with thanks to the patient, Tomasz Nowak",
        "Images shared with the kind permission of Emily Watson (the patient)",
        "Dr Rebecca Hart; the patient asked for copies at mrsbrennan62@hotmail.com",
        "Thanks to Tadhg O'Sullivan for the images",
        "Patient from the Sunnyvale care home in Clonakilty",
    ],
)
def test_a_patient_in_credit_still_blocks(text: str) -> None:
    found = scan_text(text, "credit", today=TODAY)
    assert any(f.severity == BLOCK for f in found), found


def test_a_titled_name_outside_credit_is_a_name_like_any_other() -> None:
    assert "name" in {f.kind for f in scan_text("Dr Ama Owusu fell at home", "history")}


@pytest.mark.parametrize(("text", "field"), THIRD_ROUND_FLAGS)
def test_clothing_and_rings_in_view_warn(text: str, field: str) -> None:
    assert {f.kind for f in scan_text(text, field, today=TODAY)} == {"appearance"}


# What texts by other hands taught: each rule with its own examples, written afresh.
FOURTH_ROUND_BLOCKS = [
    ("M/94, found on the floor by the carer", "history", "age_over_89"),
    ("Ninety-six and still gardening: an insufficiency fracture", "title", "age_over_89"),
    ("elderly lady (92) with a painful hip", "history", "age_over_89"),
    ("please send the films to kevin_o_77 @ yahoo.com", "findings", "email"),
    ("He came in overnight with a hot swollen knee.", "history", "date"),
    ("seen in clinic 30 mins ago", "history", "date"),
    ("his daughter is our theatre nurse and asked us to share", "explanation", "specific_event"),
    ("Our trust's medical director let us use her CT", "explanation", "specific_event"),
    ("This is one of our registrars: an incidental renal mass", "findings", "specific_event"),
    ("Wales U21 winger, hurt in the derby decider", "history", "specific_event"),
    ("32-year-old cyclist knocked off her bike by a van", "history", "specific_event"),
    ("tipped over on the N4 near Mullingar, driver of a horsebox", "history", "specific_event"),
    ("#Tullow #QuarryExplosion #trauma", "hashtags", "specific_event"),
    ("#portlaoisefarmaccident #msk", "hashtags", "specific_event"),
    (
        "Photograph of the calf showing a dragon tattoo above the ulcer",
        "images[1].alt",
        "identifying_feature",
    ),
    ("port-wine mark shaped like a heart on the neck", "history", "identifying_feature"),
    ("he has a distinctive lightning-bolt scar on the cheek", "history", "identifying_feature"),
    ("pt from Kilcullen, fell from a hay bale", "history", "address"),
    ("lives on Parnell Street with his mother", "history", "address"),
    ("CT for aoife brannigan: appendicitis", "findings", "name"),
    ("label reads 'MBEKI, THABO S.' in the corner", "findings", "name"),
    ("as posted by u/kneepain_throwaway12 last spring", "explanation", "handle"),
    ("her account is sunny-days-runner.bsky.social", "history", "handle"),
    ("Shared by the patient's brother, Dr Tomas Ruiz", "credit", "name"),
    ("label: 'O'DONNELL, SIOBHAN' top left", "findings", "name"),
    ("we spoke with kwabena before the biopsy", "explanation", "name"),
    ("he posts his scans at instagram.com/lift.heavy.dan", "explanation", "handle"),
    ("She is a boarder at Glenstal Abbey School and fell in the gym", "explanation", "address"),
    ("the only podiatrist in the whole valley", "history", "specific_event"),
    ("his daughter is one of the porters here", "history", "specific_event"),
    ("NHI ZAB1234 on the request form", "findings", "national_id"),
    ("A woman of ninety-one with a hip fracture", "question", "age_over_89"),
    ("their grandad is the head porter at our hospital", "question", "specific_event"),
    (
        "please ring the family on oh-eight-seven, one-two-three, four-five-six-seven",
        "answer",
        "phone",
    ),
    ("results sent to m.sato1970＠gmail.com", "findings", "email"),
    ("my patient (dan_lifts_99 on IG) sent me this", "title", "handle"),
    ("scout with a stamp reading 2023年3月14日", "images[1].alt", "date"),
    ("91歳 男性", "quiz.options[2]", "age_over_89"),
    ("he's ninety-two and still cycling", "explanation", "age_over_89"),
    ("resides at 7 Calle del Sol, Málaga", "history", "address"),
    ("a toddler from Ballinasloe with a limp", "question", "address"),
    ("pt = archbishop of the diocese", "history", "specific_event"),
    ("The prime minister's knee MRI", "title", "specific_event"),
    ("#Tralee #BuildingCollapse #Trauma", "hashtags", "specific_event"),
    ("#AoifesJourney #NeuroRad", "hashtags", "name"),
    ("the label reads 'KOWALCZYK-NOWAK M.'", "images[1].alt", "name"),
    ("her brother is our head of vascular surgery", "question", "specific_event"),
    ("RUT 12.345.678-5 on the request", "findings", "national_id"),
    ("send it to jan[dot]kowal77[at]onet[dot]pl", "explanation", "email"),
    ("TikTok dancer m1ra.moves hurt her knee", "title", "handle"),
    ("ingresó el 4 de mayo de 2023 con dolor", "history", "date"),
    ("przyjęty wczoraj z bólem brzucha", "history", "date"),
    ("mujer de 94 años con caída", "history", "age_over_89"),
    ("only survivor of the ferry sinking off Lampedusa, 22M", "history", "specific_event"),
    (
        "pt = the mayor's wife? no: pt = the newsreader of the 9pm bulletin",
        "history",
        "specific_event",
    ),
    ("Mary Jones, born 1945, for review", "history", "name"),
    ("pat.nr 7012458, verwezen door de huisarts", "history", "record_number"),
    ("ring the son on nine one seven / 555 / oh two three four", "answer", "phone"),
    (
        "please don't send DICOMs to j o h n . d o e @ g m a i l . c o m",
        "teaching_points[1]",
        "email",
    ),
    ("admitted 3 Shawwal 1444 with fever", "history", "date"),
    ("arrivé ce matin aux urgences après une chute", "history", "date"),
    ("lives at 9 Ffordd y Parc, Bala, with her sister", "history", "address"),
    ("She's from Carrick-on-Shannon and keeps cattle.", "answer", "address"),
    (
        "the burgemeester van Utrecht himself, 64, fell off his bike",
        "explanation",
        "specific_event",
    ),
    ("the Archbishop of Dublin's knee MRI", "title", "specific_event"),
    ("tattoo ink over the scapula: a swallow carrying the name 'Rosa'", "images[1].alt", "name"),
    ("her husband is the charge nurse in our own ED", "explanation", "specific_event"),
    ("#SeanMcGrath #FractureFriday", "hashtags", "name"),
    ("pt chinonso eze - 3 cm renal mass", "findings", "name"),
    ("PhilHealth PIN 19-123456789-0 on the form", "answer", "national_id"),
    ("Her Royal Highness presented with a painful hip.", "history", "specific_event"),
    ("The county minor hurling captain's knee: an ACL tear", "title", "specific_event"),
    ("#BallinaFloods #Leptospirosis", "hashtags", "specific_event"),
    ("films under HUGHES, MEGAN from 2019", "findings", "name"),
    ("mum says wee callum was limping", "history", "name"),
    ("head of orthopaedics here, be discreet", "history", "specific_event"),
    ("the Wildcats' starting quarterback with a shoulder injury", "answer", "specific_event"),
    ("call 0871 dot 234 dot 5678 with the result", "history", "phone"),
    ("a rancher from Alpine, TX with a swollen hand", "title", "address"),
    (
        "clinical photo in the scanner, face and eyes visible",
        "images[1].alt",
        "identifying_feature",
    ),
    ("#StayStrongAoife #NeuroRad", "hashtags", "name"),
    ("hosp no b7654321 on the request", "question", "record_number"),
    ("ring the daughter on 086·555·0142", "teaching_points[1]", "phone"),
    ("it's all on his youtube (kite_surfer_ronan)", "explanation", "handle"),
    ("from Kilkee, plays for the local club, hurt in a league game", "history", "address"),
    ("Year 9 at Wesley College, hurt during PE", "explanation", "address"),
    ("Even the Bishop of Cork gets appendicitis", "teaching_points[1]", "specific_event"),
    ("the photo shows the whorl of her left thumbprint", "explanation", "identifying_feature"),
    ("#skibbereen #cliffrescue #trauma", "hashtags", "specific_event"),
    ("his sister's number is 0 8 5 one 2 - 3 4 5 6 7 8", "answer", "phone"),
    ("follow her rehab on Instagram — annaruns.ie", "explanation", "handle"),
    ("he posts as 'TomLifts' on YouTube", "teaching_points[1]", "handle"),
    ("dob feb 12 '68, flank pain", "question", "date"),
    ("works nights at the plant in Ulsan; crush injury", "findings", "address"),
    (
        "one of the runners hurt in the 2013 marathon bombing in Boston",
        "explanation",
        "specific_event",
    ),
    ("our own chief nursing officer, scanned as an outpatient", "findings", "specific_event"),
    ("hx from mrs o'sullivan-burke herself: fell off a ladder", "history", "name"),
    ("mum's email k_murphy[at]gmail[.]com for the letters", "history", "email"),
    (
        "on the trampoline that blew away at the Ballycotton fair – all over the news",
        "explanation",
        "specific_event",
    ),
    ("pt is our town's current mayor, admitted under another name", "history", "specific_event"),
    ("He's the Oilers' starting goalie, so it made the papers.", "explanation", "specific_event"),
    (
        "pre-op photo showing the patient's whole face, eyes open",
        "images[1].alt",
        "identifying_feature",
    ),
    (
        "3D VR reconstruction: nose, lips and eyes clearly recognisable",
        "images[1].alt",
        "identifying_feature",
    ),
    ("his star-shaped keloid scar across the chest", "explanation", "identifying_feature"),
    ("Pt M. de la Cruz went for decompression and did well.", "answer", "name"),
    ("thank you to the patient's husband, the charge nurse on our ICU", "credit", "specific_event"),
    ("her number is 087 five five five 0142 for the trial", "answer", "phone"),
    ("he keeps emailing me (bigdave_77 @ gmail) about it", "question", "email"),
    ("remember u/throwaway_gallstone_2019's CT? here it is", "title", "handle"),
    ("presnted to ED last nite with chest pain", "history", "date"),
    ("1️⃣0️⃣1️⃣ years young and walking again", "title", "age_over_89"),
    ("travelled 2 hrs from his home town Techiman", "findings", "address"),
    ("CT ABDOMEN - PT: WIŚNIEWSKA, GRAŻYNA. 4 cm mass", "findings", "name"),
    (
        "her daughter's one of the surgical regs at our hospital",
        "teaching_points[1]",
        "specific_event",
    ),
    ("her number is 0 8 6 - 1 2 3 - 4 5 6 7 if anyone follows up", "teaching_points[1]", "phone"),
    ("the lad from snap (sc: rangi.k07)", "title", "handle"),
    ("yes, the Canucks' starting goalie, season might be over", "explanation", "specific_event"),
    ("pt is the Ooni himself, came with his entourage", "history", "specific_event"),
    (
        "clinical photo beside the CT: full tā moko across the chin",
        "images[1].alt",
        "identifying_feature",
    ),
    ("#OjotaRoadExplosion #burns", "hashtags", "specific_event"),
    ("Aortic dissection in MR GWILYM BOWEN: what next?", "title", "name"),
    ("cxr for achieng o. - RLL consolidation", "findings", "name"),
    ("he reviewed it on his YouTube channel 'KofiLifts' first", "findings", "handle"),
    ("presented on Weds just gone with back pain", "history", "date"),
    ("lives alone at 7 Heol y Bryn, Caerphilly", "history", "address"),
    ("blast lung after the Owino market gas cylinder explosion", "title", "specific_event"),
    ("this is our health board's chief executive: 4 cm AAA", "findings", "specific_event"),
    ("being Hibernian's first-choice keeper, the injury mattered", "explanation", "specific_event"),
    ("when the Chief Minister gets a PE", "title", "specific_event"),
    ("#AliceSprings #BusCrash #TraumaCT", "hashtags", "specific_event"),
    ("#xray #sarahnakato #TB", "hashtags", "name"),
    ("pt kevin mcgrath's cxr shows consolidation", "findings", "name"),
    ("dad is dr p singh from our cardiology team, wants copies", "findings", "specific_event"),
    ("the mob on the request: o8l-555-o142", "question", "phone"),
    ("J.SMITH1970 @ TELUS . NET on the request form", "teaching_points[1]", "email"),
    ("Shoutout to @surf_gal_99 who let us share her wrist", "title", "handle"),
    ("Gikomba market fire: inhalation injury on CT", "title", "specific_event"),
    ("when the captain of the national rugby team tears his ACL", "title", "specific_event"),
    ("the pt is married to one of our theatre nurses", "explanation", "specific_event"),
    ("seen in clinic 3.xi.23 — next step?", "question", "date"),
    ("the Igwe of the community, brought in with retention", "history", "specific_event"),
    ("#radiology #SophieKowalczyk #fracture", "hashtags", "name"),
    ("Zarghuna was very keen for us to share this", "history", "name"),
    ("CNIC 35202-1234567-1 on the registration slip", "findings", "national_id"),
    ("he streams on Twitch as NorthRidgeGamer", "question", "handle"),
    ("93y2m F, from home, confusion", "history", "age_over_89"),
    ("she walks 5 km from her village of Nyamata to the clinic", "teaching_points[1]", "address"),
    ("pt is the sitting Bishop of Kerry, admitted under another name", "history", "specific_event"),
    ("#radiology #aoifestrong #osteosarcoma", "hashtags", "name"),
    ("cf prior for tom okafor-byrne - nodule unchanged", "findings", "name"),
    ("Puan Siti Aminah binti Yusof came with fever", "question", "name"),
    ("ur8812345 - 40F, transferred with fever", "history", "record_number"),
    ("snap 👻 dev_kildare_lad's scaphoid fracture", "title", "handle"),
    ("Sitting MLA for Kanpur Cantt, came in with haemoptysis", "question", "specific_event"),
    (
        "lateral CXR with the patient's face at the top, eyes open and fully recognisable",
        "images[1].alt",
        "identifying_feature",
    ),
    ("MCALLISTER, Rhona — the sign that wasn't", "title", "name"),
    ("great job all, and Mary-Kate if you're reading this, hello!", "answer", "name"),
    ("son in law declan (porter on our team here) brought him in", "history", "specific_event"),
    ("a still from the patient's YouTube channel RaviRidesDelhi", "images[1].alt", "handle"),
    ("she's in sixth year at Loreto College and plays camogie", "explanation", "address"),
    ("The sitting MNA for NA-120 and his adrenal mass", "title", "specific_event"),
    ("VC of Dhaka University, brought in under protocol", "history", "specific_event"),
    ("The Lakers' starting center came in with this ankle", "question", "specific_event"),
    (
        "the gentleman whose daughter runs our physics department",
        "teaching_points[1]",
        "specific_event",
    ),
    ("grandson kayden rang the clinic in a panic", "explanation", "name"),
    ("mum left her number 0 8 7 . 1 2 3 . 4 5 6 7 at reception", "question", "phone"),
    ("posts stunt videos as DublinRider99 on TikTok", "history", "handle"),
    ("Vice-Chancellor of UCC, 61M, ring-enhancing lesion", "findings", "specific_event"),
]
FOURTH_ROUND_PASSES = [
    ("Histoplasmosis is common in the Mississippi River valley.", "explanation"),
    ("The Tokyo Guidelines grade cholangitis severity.", "teaching_points[1]"),
    ("Abstract submission for ECR closes on 15 October 2026.", "title"),
    ("The Fleischner guidelines were updated in February 2017.", "teaching_points[1]"),
    ("On 1 October 1971 the first CT head scan was done in Wimbledon.", "explanation"),
    ("Case courtesy of dr maria santos, consultant radiologist, Hospital de Santa Maria", "credit"),
    ("Dr Li Wei (@liwei_rad), Consultant Neuroradiologist, Singapore General Hospital", "credit"),
    ("CPT 70450 is a head CT without contrast; 70460 is with.", "explanation"),
    ("Widening between the 2nd and 3rd metatarsal bases.", "findings"),
    (
        "A 31-year-old motorcyclist after a high-speed collision: which organ is injured most?",
        "question",
    ),
    ("Image shows subendocardial scar in the LAD territory.", "images[1].alt"),
    ("the green top tube was sent for lithium", "findings"),
    ("Smith's, Colles' or Barton's: which fracture is this?", "question"),
    ("Christmas disease is named after Stephen Christmas.", "explanation"),
    ("A restrained driver with a seatbelt sign.", "history"),
    ("#CarCrash #TraumaTuesday #RadRes", "hashtags"),
    ("Hydatid disease is endemic in the Turkana region, so think of it here.", "history"),
    ("Tutankhamun's CT showed a femoral fracture.", "explanation"),
    ("Madelung deformity (not Marfan, not Turner)", "answer"),
    ("The Royal College of Radiologists. iRefer. 8th ed. London: RCR; 2017.", "references[1]"),
    ("GCS E4V5M6 on arrival", "history"),
    ("Kwon et al. (2021) described the sign", "references[1]"),
    ("a 61-year-old farmer with hypersensitivity pneumonitis", "history"),
    ("Bilateral viral pneumonia with ground-glass change", "findings"),
    ("#IrishRadiology #RCSI #MedEd", "hashtags"),
    ("#Paeds #HouseFire #Burns", "hashtags"),
    ("Happy World Radiography Day, 8 November!", "title"),
    ("dengue season in Recife peaks in April, so think of it with fever", "history"),
    ("kudos to our registrar Dr. Ana Costa (@anacosta_rad on X) for this one", "title"),
    ("Like the textbook case of Phineas Gage, a rod through the frontal lobe.", "history"),
    ("In patients aged 90 and over, delirium is common after hip fracture.", "teaching_points[1]"),
    ("Maria Skłodowska-Curie won a second Nobel Prize in 1911.", "explanation"),
    ("Robert Kienböck described lunate malacia in 1910.", "answer"),
    ("Greetings from Dunedin: three chest films for the weekend", "title"),
    ("KRAS G12C mutation, stage IV adenocarcinoma", "explanation"),
    ("On 8 November 1895 Röntgen saw the screen glow at Würzburg.", "answer"),
    ("Axial T2, TR/TE 4000/90, FOV 240 x 240, matrix 384 x 288", "images[1].alt"),
    ("label reads 'Anonymous^Patient'", "images[1].alt"),
    ("During Ramadan, should fasting outpatients have contrast in the evening?", "question"),
    ("Hydatid disease is endemic around Lake Turkana.", "explanation"),
    ("think of melioidosis in anyone from Sabah or northern Australia", "answer"),
    ("Case courtesy of Dr Ffion Jones, Ysbyty Glan Clwyd", "credit"),
    ("Gracieuseté de la Dre Marie Roy, radiologiste, Université de Montréal", "credit"),
    ("#RSNA2025 #Chicago #AIinRadiology", "hashtags"),
    ("Hydatid disease is common in the Western Cape.", "teaching_points[1]"),
    ("Always confirm two patient identifiers before giving contrast.", "explanation"),
    ("In 1881 a bullet was sought in President Garfield with an induction balance.", "explanation"),
    ("#PolskaRadiologia #RTG", "hashtags"),
    ("Submitted by Ana Lima, MS3, supervised by Dr. P. Roy", "credit"),
    ("Maria Santos, RN - Clinical Instructor, St Luke's Medical Center", "credit"),
    ("Silicosis in stone carvers: lessons from Rajasthan", "title"),
    ("Every rainy season we see leptospirosis in Metro Manila.", "history"),
    ("Perthes vs slipped epiphysis — Legg-Calvé-Perthes vs Sinding-Larsen-Johansson?", "question"),
    ("After the 2004 tsunami we learnt a lot about aspiration pneumonia.", "explanation"),
    ("Twins at 30 weeks, one with NEC.", "title"),
    ("Recent travel to Kampala, fever and rigors.", "history"),
    ("Thanks to our sonographer Aoife Byrne, Mater Hospital", "credit"),
    ("The 8th edition, in use from 1 January 2018, changed the staging.", "answer"),
    ("Journal club tonight 7pm: three cases for the registrars", "title"),
    ("head injury on a DOAC; per NICE NG232 (May 2023) CT within 8 h", "history"),
    ("Snakebite season in Limpopo: what the MRI shows", "title"),
    ("Histoplasmosis (Ohio, Mississippi River valleys)", "quiz.options[2]"),
    ("Marie Curie's mobile X-ray units on the Western Front, 1914–1918", "title"),
    ("a national survey (2015–2016) found most cases in men", "history"),
    ("#NZRad #KiaOra #PaedsRad", "hashtags"),
    ("Yesterday's quiz answer was B, well done all", "answer"),
    ("Einstein's aneurysm was wrapped in 1948. What would he be offered today?", "question"),
    ("During the first COVID wave (March 2020) we saw GGO like this every day.", "history"),
    ("thyroid cancer rose in children exposed after Chernobyl (26 April 1986)", "answer"),
    ("presenting this one at RSNA (Chicago, 30 Nov), slides in progress", "history"),
    ("travel hx: two weeks in Accra, no prophylaxis", "history"),
    ("Hypothetically: a miner from Silesia and a farmer from Connemara", "question"),
    ("write-up by med student Tom Ashworth, supervised by Dr A. Okonkwo", "credit"),
    ("follow the case on TikTok", "explanation"),
    ("Mr Hill and Mr Sachs described the notch in 1940.", "explanation"),
    ("Henry Molaison (H.M.) taught us about the hippocampus.", "title"),
    ("Richard III's skeleton, found under a Leicester car park, had scoliosis.", "history"),
    ("thx to dr abebe kebede (R2, Tikur Anbessa) for this one", "credit"),
    ("Credit: Ciara Walsh, Clinical Specialist Sonographer, CUMH", "credit"),
    ("Dr Ann Lee, Paediatric Radiology, Alder Hey", "credit"),
    ("After Chernobyl, thyroid cancer rose in Belarus.", "history"),
    ("typical of the 2020 COVID-19 wave: peripheral GGO", "findings"),
    ("TB is common in Karachi, so send sputum first", "history"),
    ("Happy Röntgen Day! Anna Bertha Röntgen's hand, 22 Dec 1895", "title"),
    ("Einstein's AAA was wrapped in 1948; it ruptured in April 1955, aged 76.", "explanation"),
    ("Kwame B. Personal communication, 14 June 2023.", "references[1]"),
    ("header cropped so no pt ID", "images[1].alt"),
    ("After Chernobyl (26 April 1986), which thyroid cancer rose in children?", "question"),
    ("Renal colic during Ramadan fasting: ask about fluids.", "history"),
    ("Dept of Radiology, Royal Infirmary, 51 Little France Crescent, EH16 4SA", "credit"),
    ("Historical image: Wellcome Collection (public domain), Harvard, 1897", "credit"),
    ("Dr Osei's #CaseOfTheWeek: guess the diagnosis", "title"),
    ("Post-COVID lungs: what we have learned since March 2020", "title"),
    ("ICD-11 came into effect on 1 January 2022.", "explanation"),
    ("Philadelphia chromosome = t(9;22) in CML", "teaching_points[1]"),
    ("credit: Mari Jones, Band 7 reporting radiographer, Morriston Hospital", "credit"),
    ("#HighStreetCrash #Trauma", "hashtags"),
    ("MR SPECTROSCOPY and MR ANGIOGRAPHY", "findings"),
    ("Fun fact: Cyclone Tracy flattened Darwin on Christmas Day 1974.", "answer"),
    ("like the EVALI cases first described in the US in summer 2019", "findings"),
    ("endemic along coastal Tamil Nadu", "question"),
    ("#radres #meded #chestxray #casereport #fridayquiz", "hashtags"),
    ("High-energy MVC at 100 km/h: lower your threshold for CTA neck", "explanation"),
    ("Dr. Ross Mackay, GP, Lochcarron Medical Practice - shared with thanks", "credit"),
    ("Case: Dr Ana Ruiz, R Adams Cowley Shock Trauma Center", "credit"),
    ("Every 5 November, Bonfire Night brings a wave of hand injuries", "history"),
    ("After the 2004 Boxing Day tsunami, 'tsunami lung' was described.", "question"),
    ("Russell's viper envenomation on CT brain", "question"),
    ("high rates of rheumatic heart disease in Māori and Pacific communities", "explanation"),
    ("From Baltimore to Harare: TB spine looks the same everywhere", "title"),
    ("Lesion measures 90 x 62 x 48 mm, 35 HU", "findings"),
    ("Smith JA, O'Brien K, Patel R. MRI of the knee. Radiology. 2019;290:345.", "references[1]"),
    ("Contributed by Emma Hart, GPST2, Norwich", "credit"),
    ("From the Norfolk and Norwich University Hospital MSK teaching file", "credit"),
    ("in Lagos this is TB until proven otherwise", "findings"),
    ("think of Frida Kahlo: 18 y.o., the 1925 bus-tram crash in Mexico City", "explanation"),
    ("#MarieCurie #WomenInRadiology", "hashtags"),
    ("submitted by sonographer Niamh Walsh (@niamh_scans) - thank you Niamh!", "credit"),
    (
        "Big thanks to our registrar Dr Tom Hughes at Bristol Royal Hospital for Children",
        "explanation",
    ),
    ("O'Brien D, Murphy C. DDH screening. Ir Med J. 2018 Jun 14;111(6):771.", "references[1]"),
    ("#WilmsTumor #ChildhoodCancerAwareness #PedsOnc", "hashtags"),
    ("referred under the national screening guideline (revised 1 July 2022)", "history"),
    (
        "Fred Hutchinson Cancer Center, Seattle WA. Protocol handbook, 3rd ed., 2022.",
        "references[1]",
    ),
    ("Pateint gave written consent for the images to be used.", "history"),
    ("Snakebite is a big problem in rural Sri Lanka.", "question"),
    ("Prof Ian Donald got obstetric ultrasound going in Glasgow in 1958", "teaching_points[1]"),
    ("Dr Cal Reid (ST2 radiology, Newcastle upon Tyne Hospitals)", "credit"),
    ("With thanks to Dr Jim Ng, GP in Katherine, and the hospital imaging team", "credit"),
    ("bone age about 11 years by Greulich and Pyle", "images[1].alt"),
    ("like the silicosis once seen in Kinta Valley tin miners", "findings"),
    ("Not our patient: Einstein's AAA was wrapped by Rudolph Nissen in 1948.", "history"),
    (
        "Prof. N. Islam, 'Approach to the paediatric elbow', grand rounds lecture, 2023",
        "references[1]",
    ),
    (
        "The first whole-body MRI was built in Aberdeen by John Mallard's team in 1980.",
        "explanation",
    ),
    ("silicosis, which we see a lot in miners from the Copperbelt", "findings"),
    ("the nearest CT for most of the west coast is in Burnie", "history"),
    ("prairie winters in Edmonton give us plenty of these", "answer"),
    ("© Dept of Radiology, Hospital das Clínicas da FMUSP, São Paulo", "credit"),
    ("NOTE, Please review the prior", "findings"),
    ("Huge shout out to Dr Nasrin Akter, Assoc Prof at Sylhet Medical College", "explanation"),
    ("Prof Ahmed Raza from CMH Rawalpindi asks: what's the sign?", "question"),
    ("Arsenic in groundwater is a big issue across Sylhet division.", "question"),
    ("recent trekking trip in Gilgit-Baltistan, now breathless", "history"),
    ("TB imaging from Dar es Salaam to Glasgow", "title"),
]
FOURTH_ROUND_WARNS = [
    ("works as a plasterer; shoulder pain for 3 months", "history", "occupation"),
    ("retired fisherman with haemoptysis", "history", "occupation"),
    ("her tartan scarf is in the field of view", "images[1].alt", "appearance"),
    ("tongue stud visible on the lateral neck film", "images[1].alt", "appearance"),
    ("healed scar over the left flank", "findings", "appearance"),
    ("patient wearing a glittery tutu; sequins over the pelvis", "images[1].alt", "appearance"),
    ("retired schoolteacher, 2/12 weight loss", "history", "occupation"),
    ("cowboy boots left on for the ankle films", "findings", "appearance"),
    ("faint tattoo ink in the skin of the calf, design unclear", "findings", "appearance"),
    ("she kept her hijab on; pins project over the vertex", "teaching_points[1]", "appearance"),
    ("professional concert cellist, shoulder pain", "explanation", "occupation"),
    ("two anklets and a toe ring over the forefoot", "findings", "appearance"),
    ("51F, long-haul bus driver, 3/12 of back pain", "history", "occupation"),
    ("wearing a red and black county jersey in the photo", "findings", "appearance"),
    ("beaded kurta with metallic thread over the chest", "images[1].alt", "appearance"),
    ("He's a deep-sea trawlerman with back pain", "explanation", "occupation"),
    ("photo shows him in a knitted red balaclava", "findings", "appearance"),
    ("view of the chin, an old scar is visible", "images[1].alt", "appearance"),
    ("as a long-haul truckie he never took a day off", "explanation", "occupation"),
    (
        "cropped clinical photo; the chin and lower lip at the top edge",
        "images[1].alt",
        "appearance",
    ),
    ("42F commercial airline pilot, incidental nodule", "history", "occupation"),
    ("she dances with a professional ballet company", "explanation", "occupation"),
    ("occupation: okada rider, fell off at speed", "history", "occupation"),
    ("lateral c-spine, pt in a Jets hoodie", "images[1].alt", "appearance"),
    ("small scar on chin from childhood, otherwise well", "history", "appearance"),
    ("zip from a Celtic away shirt over the abdomen", "findings", "appearance"),
    ("small healed scar over the chin; soft tissues unremarkable", "images[1].alt", "appearance"),
    ("55M sheep shearer, chronic low back pain", "history", "occupation"),
    ("arrived from site in his work hi-vis, company logo on the back", "history", "appearance"),
]


@pytest.mark.parametrize(("text", "field"), FOURTH_ROUND_PASSES)
def test_fourth_round_look_alikes_pass(text: str, field: str) -> None:
    assert [f for f in scan_text(text, field, today=TODAY) if f.severity == BLOCK] == []


# Fifth round: from blind sets 22-25, each fix tried on examples written afresh.
FIFTH_ROUND_BLOCKS = [
    ("Our head of department let us post his own shoulder MRI", "title", "specific_event"),
    ("the town's only vet, 58M, came in after a fall", "history", "specific_event"),
    ("When our clinical director gets appendicitis", "title", "specific_event"),
    ("A paciente é a diretora do nosso próprio serviço, 61a", "history", "specific_event"),
    ("el paciente es nuestro propio jefe de servicio", "explanation", "specific_event"),
    ("The parish priest of our village presented with haematuria", "history", "specific_event"),
    ("the local councillor's hip x-ray", "images[1].alt", "specific_event"),
    ("he is the first-choice keeper for the county side", "explanation", "specific_event"),
    ("the chief imam at the old mosque, now with a cough", "history", "specific_event"),
    ("dad (yes, one of our own night-shift porters) noticed it", "history", "specific_event"),
    ("most of you would recognise her from the evening news", "question", "identifying_feature"),
    ("locals will know him by the scar", "explanation", "identifying_feature"),
    ("a birthmark over the neck that looks almost like a heart", "findings", "identifying_feature"),
    ("Mujer de noventa y dos años con dolor abdominal", "history", "age_over_89"),
    ("91 yaşında erkek hasta, nefes darlığı", "history", "age_over_89"),
    ("92-jährige Patientin nach Sturz", "history", "age_over_89"),
    ("she had her 95th b-day on the ward last month", "explanation", "age_over_89"),
    ("Pasien laki-laki 94 thn, sesak napas", "history", "age_over_89"),
    ("Nacida el 14/03/1958; ingresó por disnea", "history", "date"),
    ("DOB 23.11.1949, seen in clinic", "findings", "date"),
    ("Avled den 3 mars 2024 efter stroke", "answer", "date"),
    ("ameliyat 5 Mayıs 2022 tarihinde yapıldı, hasta taburcu", "history", "date"),
    ("questions to the family at rosa_m.89 at gmail", "explanation", "email"),
    ("escribir a j.perez [arroba] hotmail.es", "question", "email"),
    ("her brother streams at twitch.tv/dj_ollie_k", "history", "handle"),
    ("his mum posts updates on t.me/little_tomas_story", "explanation", "handle"),
    ("the paciente shares her recovery (instagram: mari_recupera)", "credit", "handle"),
    ("her son is on X as kofi.writes", "question", "handle"),
    ("Cédula de ciudadanía 79.456.123 en la orden", "findings", "national_id"),
    ("C.C. 52.318.904 de Medellín", "history", "national_id"),
    ("NIK: 3174052309870001, pasien rujukan", "history", "national_id"),
    ("OPD No. 88213/24 on the request form", "findings", "record_number"),
    ("patient was mateo, 6, after a fall from the swings", "history", "name"),
    ("honestly priya (our pt!) was such a trooper", "explanation", "name"),
    ("Wiremu (Wiri to the whole ward) back again with a cough", "history", "name"),
    ("El caso de Rosendo: varón de 61 años con hemoptisis", "title", "name"),
    ("Tale of a fracture: the case of Oluwaseun Adebayo", "title", "name"),
    (
        "Reyes T, dela Paz M. Hydatid disease: the case of Ramil Bautista of Tarlac. "
        "Philipp J Surg. 2020;12(1):4-7.",
        "references[1]",
        "name",
    ),
    ("#trauma #M62Pileup #radiology", "hashtags", "specific_event"),
    ("#IncendioMercadoCentral #quemados", "hashtags", "specific_event"),
    ("#ChoqueRuta5 #politrauma", "hashtags", "specific_event"),
    ("#FuerzaMateo #pedsrad", "hashtags", "name"),
    ("#DoaUntukBuSiti #stroke", "hashtags", "name"),
    ("#BleibStarkJonas #Kinderradiologie", "hashtags", "name"),
    ("#Umeabussolyckan #trauma", "hashtags", "specific_event"),
    (
        "she was hurt in that Athlone pub fire everyone's been talking about",
        "history",
        "specific_event",
    ),
    (
        "crashed on stage 9 of the Tour de Suisse, now with a clavicle #",
        "history",
        "specific_event",
    ),
    ("ferido no desabamento da passarela durante o clássico, 27 anos", "history", "specific_event"),
    ("the cashier shot during the Riverside pharmacy robbery", "findings", "specific_event"),
    ("collapsed in the second half of the Celtic–Hibs match", "history", "specific_event"),
    ("dug out of the rubble in Derna after two days", "history", "specific_event"),
    ("Engadiner skier who fell near Zuoz", "title", "specific_event"),
    ("Vive en la comunidad de Chuquibamba, 300 habitantes", "history", "address"),
    ("trabaja en la planta de Cementos Lima de Atocongo", "history", "address"),
    ("lives on Lindenstraße with her son", "history", "address"),
    ("pt in leito 7 da enfermaria, dessaturou", "history", "address"),
    ("Patient auf Station 3C Bett 4, plötzlich dyspnoisch", "history", "address"),
    ("his wife is on oh-seven-seven, double-nine four, thirty-one twelve", "history", "phone"),
    ("aaj subah aaya, 40 saal, chest pain", "history", "date"),
    ("dün gece acile geldi, karın ağrısı", "history", "date"),
    ("photo of the forearm; the tattoo reads 'Nonna Rita'", "images[1].alt", "identifying_feature"),
    ("'Big' Tavita and his enormous spleen", "title", "name"),
    ("pt (maureen, what a character) back with the same pain", "history", "name"),
    ("'Little Sione' (as the nurses call him) has a new fracture", "explanation", "name"),
    ("Dad (Rangi) found him at the bottom of the stairs", "history", "name"),
    ("田中花子さん（45歳）の胸部CT", "findings", "name"),
    ("박지성 씨의 무릎 MRI", "title", "name"),
    ("QUEST card: Medicaid CIN ZX48211K", "history", "national_id"),
    ("compare with Enc# RVH-55102", "findings", "record_number"),
    ("overlay reads '094Y M'", "images[1].alt", "age_over_89"),
    ("Paziente di novantuno anni con dispnea", "history", "age_over_89"),
    ("他是一位92歲的老伯伯", "history", "age_over_89"),
    ("went to theatre a couple hours ago", "explanation", "date"),
    ("Saturday night resus: open-book pelvis", "title", "date"),
    ("came in this arvo with a hot knee", "history", "date"),
    ("Scanner réalisé tout à l'heure aux urgences", "findings", "date"),
    ("今朝運ばれてきた患者さん", "question", "date"),
    ("the Lions 7s captain's knee MRI", "findings", "specific_event"),
    ("the current Springboks first-choice scrum-half", "explanation", "specific_event"),
    ("he's the county coroner, keep it quiet", "answer", "specific_event"),
    ("Kenya's national 10,000 m record holder with a stress fracture", "title", "specific_event"),
    ("c'est le maire de la commune, 61 ans", "history", "specific_event"),
    ("il capitano della squadra di pallavolo del paese", "explanation", "specific_event"),
    ("our own chief exec had a CT today, no names", "title", "specific_event"),
    ("22M, scooter vs bus outside the station", "history", "specific_event"),
    ("hurt in the Dakota state championship game", "history", "specific_event"),
    ("one of the injured from the Carmont derailment", "history", "specific_event"),
    ("blessée lors de l'incendie de la rue Erlanger", "history", "specific_event"),
    ("患者は当院の院長である", "history", "specific_event"),
    ("成田空港の爆発事故で受傷", "history", "specific_event"),
    ("lives in Hope Springs (pop. 300), 2 h from us", "history", "address"),
    ("she teaches maths at Kilmore Grammar", "explanation", "address"),
    ("Il travaille à l'usine de Cordemais depuis 20 ans", "history", "address"),
    ("lives on Via Garibaldi near the station", "history", "address"),
    ("住在中山路的老人", "history", "address"),
    ("#courageLina #pedsrad", "hashtags", "name"),
    ("#M6Carambolage #trauma", "hashtags", "specific_event"),
    ("#小明加油 #儿科", "hashtags", "name"),
    (
        "sa fille: zéro sept, douze, trente-quatre, cinquante-six, soixante-dix-huit",
        "history",
        "phone",
    ),
    ("email the family: tane dot wiremu at gmail", "explanation", "email"),
    ("screenshot of her story (username mele.f_2009)", "images[1].alt", "handle"),
    ("he has 'Forever Leilani' tattooed across his chest", "history", "identifying_feature"),
    ("the 3D reconstruction shows his face in full", "explanation", "identifying_feature"),
    ("that famous handlebar moustache from the ads", "explanation", "identifying_feature"),
    ("Paciente 95 лет, поступила с болью", "history", "age_over_89"),
    ("المريضة عمرها ٩١ عاماً", "history", "age_over_89"),
    ("Zmarła 3 stycznia 2024 po udarze", "answer", "date"),
    ("Вчера поступил мужчина с болью в груди", "history", "date"),
    ("توفي في ٣ شوال ١٤٤٦", "answer", "date"),
    ("СНИЛС 123-456-789 01 в направлении", "findings", "national_id"),
    ("a jefa de servicio del propio hospital hizo esta TC", "explanation", "specific_event"),
    ("la madre, que es técnica de nuestra sala de rayos", "history", "specific_event"),
    ("O paciente é o vereador mais votado da cidade", "history", "specific_event"),
    ("To nasz ordynator, trzymajcie kciuki", "answer", "specific_event"),
    ("the winning captain of the 2019 Copa Libertadores final", "title", "specific_event"),
    ("herido del tiroteo en la discoteca del centro", "history", "specific_event"),
    ("abuela de 98 con dolor abdominal", "history", "age_over_89"),
    ("in spite of being ninety-two she went home", "explanation", "age_over_89"),
    ("el pcte llegó hace unas horas con disnea", "question", "date"),
    ("episódio 5521-22, urgência", "findings", "record_number"),
    ("Paciente procedente de Tilcara, Jujuy", "history", "address"),
    ("Residente en el Hogar Santa Ana de Tunja", "history", "address"),
    ("alumna del Colegio Nacional Mariano Moreno", "history", "address"),
    ("'Chucho' (as the whole ward calls him) is back", "question", "name"),
    ("poor siobhan, only 17 and already her third admission", "explanation", "name"),
    ("husband (our night sister on ward 6) noticed it first", "history", "specific_event"),
    ("the sister of our department's IT lead", "title", "specific_event"),
    ("mieszka sama przy ul. Kwiatowa 3", "history", "address"),
    ("teaches at School No. 14 in Almaty", "answer", "address"),
    ("Referred from Kintampo health centre", "history", "address"),
    ("telefone da filha: nove oito sete, seis cinco quatro, três dois um", "history", "phone"),
    ("#BiddenVoorEmma #kinderradiologie", "hashtags", "name"),
    ("tiene tatuado 'Mamá Lupita' en el brazo", "findings", "identifying_feature"),
    ("the famous scar from his boxing days on TV", "explanation", "identifying_feature"),
    ("Shared with thanks to the patient (user maria.f_88)", "explanation", "handle"),
    ("Kom in i natt med buksmärta", "history", "date"),
    ("Tänään päivystyksessä nuori mies", "title", "date"),
    ("En nittiotreårig kvinna med feber", "history", "age_over_89"),
    ("Aaj aayi nabbe saal ki nani with a hip fracture", "title", "age_over_89"),
    ("dadi (93!) with a fall at home", "history", "age_over_89"),
    (
        "the white streak in his hair that everyone at the mosque knows him by",
        "explanation",
        "identifying_feature",
    ),
    ("regular viewers of her show will recognise the scar", "question", "identifying_feature"),
    ("yes, it's who you think, and he consented", "answer", "identifying_feature"),
    ("star-shaped birthmark on the left cheek", "findings", "identifying_feature"),
    ("Opvallende wijnvlek over de linkerwang", "history", "identifying_feature"),
    (
        "the words on his knuckle tattoos are legible in the clinical photo",
        "answer",
        "identifying_feature",
    ),
    ("works at the only bakery in Tomintoul", "history", "specific_event"),
    ("it's the national team captain, please no comments", "answer", "specific_event"),
    ("the Karachi Kings' opening fast bowler with a pars fracture", "title", "specific_event"),
    ("snowmobile went through the ice on Lake Saimaa, 40M", "history", "specific_event"),
    ("een van de gewonden van de brand in het hotel", "explanation", "specific_event"),
    ("our own dept chair had his MRI here", "title", "specific_event"),
    ("Hans fru arbetar hos oss på akuten", "history", "specific_event"),
    ("Resident of Gali No. 7, Chandni Chowk", "history", "address"),
    ("found at home on Elizabetes iela 23", "history", "address"),
    ("Moved from Aleppo to Gaziantep three years ago", "history", "address"),
    ("2023년 11월 2일 촬영한 CT", "findings", "date"),
    ("operated on 12 Jestha 2080", "history", "date"),
    ("thanks to @kiri_surfs for letting us share her wrist", "explanation", "handle"),
    ("posts her rides on Strava as jess_rides_nz", "history", "handle"),
    ("runs the YouTube channel 'Fishing With Tama'", "history", "handle"),
    ("SSN five five five / one two / three four five six on the form", "findings", "ssn"),
    ("#E4olyckan #trauma", "hashtags", "specific_event"),
    ("Ramesh bhaiya ka CT", "title", "name"),
    ("Big Dave (as the whole stroke unit knows him) is back", "answer", "name"),
    ("il nostro 'Beppe', come lo chiamano tutti, sta meglio", "explanation", "name"),
    ("Adressée par son mari Olivier, kiné au CHU", "history", "name"),
    ("accompagnata dalla figlia Chiara", "history", "name"),
    ("kuya Boyet (52M) is back with the same pain", "history", "name"),
    ("la sig.ra giuseppina ha portato le lastre", "history", "name"),
    ("Lolo turned 101 last month", "title", "age_over_89"),
    ("signora novantaseienne con dispnea", "history", "age_over_89"),
    (
        "Handynummer der Tochter: null eins sieben sechs, zwei drei vier, fünf sechs sieben acht",
        "history",
        "phone",
    ),
    ("der Sohn schreibt an anna punkt meier at gmx punkt de", "answer", "email"),
    ("her tiktok (dancewithmia) has the video", "explanation", "handle"),
    ("the pt tagged us in her story @lia_rides_bmx", "overrides.x.history", "handle"),
    ("Eine der Verletzten vom Zugunglück bei Garmisch", "history", "specific_event"),
    ("caduto durante la tappa del Giro sullo Stelvio", "history", "specific_event"),
    ("the Blue Jays' backup catcher's hand x-ray", "findings", "specific_event"),
    ("our Olympic silver medallist sprinter is back training", "answer", "specific_event"),
    ("the Cebu City mayor's chest CT", "title", "specific_event"),
    ("Notre propre chef de service, 61 ans, lombalgie", "history", "specific_event"),
    ("The patient's husband is our department's lead radiographer", "question", "specific_event"),
    ("Die Mutter ist unsere Oberärztin in der Notaufnahme", "history", "specific_event"),
    ("crushed against the andas at the Traslacion in Quiapo", "history", "specific_event"),
    ("Tattoo mit Schriftzug 'Lena 2015' am Unterarm", "findings", "identifying_feature"),
    ("Photo de face, visage entier visible", "images[1].alt", "identifying_feature"),
    ("voglia a forma di stella sulla fronte", "findings", "identifying_feature"),
]
FIFTH_ROUND_PASSES = [
    ("Case courtesy of Dr. Olu Adeyemi, Lagos University Teaching Hospital, Idi-Araba", "credit"),
    ("Courtesy of Dra. Inés Paredes, radióloga, Hospital de Clínicas, Montevideo", "credit"),
    ("Case by Dr. Rafael Quintero (rquintero.rx@hotmail.com), Cali", "credit"),
    ("Images: Prof. Kemal Aydın, Hacettepe, Ankara", "credit"),
    ("Many thanks to our radiographer Mrs. Ama Boateng at Korle Bu for the views", "explanation"),
    ("Tell your head of department before you post a case.", "teaching_points[1]"),
    ("Our head of department wrote this teaching file.", "explanation"),
    ("fracture at the base of the ring finger proximal phalanx", "findings"),
    ("wire marker on an old mastectomy scar", "images[1].alt"),
    ("see the tutorial at youtube.com/c/radiologyteacher", "explanation"),
    ("https://www.youtube.com/watch?v=dQw4w9WgXcQ for the lecture", "references[1]"),
    ("look at hotmail.com if you must", "explanation"),
    ("CC and MLO views of the left breast", "images[1].alt"),
    ("Bring 50 cc of oral contrast", "teaching_points[1]"),
    ("Above the 99th percentile for age", "answer"),
    ("A case of Kienböck disease in a young climber", "title"),
    ("Name is not needed on the request; the age is.", "teaching_points[1]"),
    (
        "Perera K, de Silva N. Snakebite envenoming in rural Sri Lanka. Ceylon Med J. 2019;64:1-5.",
        "references[1]",
    ),
    ("Kwon et al. (2021) J Korean Soc Radiol 82(3):e41.", "references[1]"),
    ("#CaseOfTheDay #Glioblastoma #NeuroRad", "hashtags"),
    ("#FireSafety #BurnsAwareness", "hashtags"),
    ("#RoadSafety #N95 #TraumaCT", "hashtags"),
    ("Horse riders thrown and kicked get a trauma CT", "teaching_points[1]"),
    ("T2 N1 M0: stage IIB by AJCC", "explanation"),
    ("between ten and fifteen, twenty or thirty, forty cases a year", "explanation"),
    ("Kienböck in a worker at the mina de cobre", "findings"),
    ("Mahatma Gandhi had his appendix out in Pune in 1924", "explanation"),
    ("Did Nelson Mandela's TB scar his lungs?", "question"),
    ("Ans: D. Louis Pasteur was not a physician", "answer"),
    ("C. Marie Curie", "quiz.options[2]"),
    ("48F with known Crohn's, now with a fistula", "history"),
    ("Morbus Scheuermann bei einem Jugendlichen", "teaching_points[1]"),
    ("RadLex Playbook RPID144, LOINC 24627-2", "explanation"),
    ("Setembro Amarelo: falar sobre saúde mental também é cuidado", "teaching_points[1]"),
    ("#OctubreRosa #mamografia", "hashtags"),
    ("For #WorldStrokeDay (29 October): know your ASPECTS", "title"),
    ("Lent began on 5 March in 2025; fasting brings its own admissions", "explanation"),
    ("After the 2010 Haiti earthquake, crush injuries were reported in survivors", "question"),
    ("Contrast: iohexol 350, lot 4K2291, 80 mL", "findings"),
    ("Like Alexander Graham Bell, the referrer wanted to find the bullet", "explanation"),
    ("Risikogebiete: Südtirol, Kärnten. Auf die Thalamusbeteiligung achten.", "teaching_points[1]"),
    ("From Accra to Kumasi: sickle cell on plain film", "title"),
    ("Presented at ESTI 2026 in Porto", "title"),
    ("Think brucellosis in anyone who drinks unpasteurised camel milk", "teaching_points[1]"),
    ("Case courtesy of Dr Ama Owusu, Holy Family Hospital, Techiman", "credit"),
    ("Lymphome de Hodgkin, forme scléro-nodulaire", "quiz.options[2]"),
    ("Motocycliste de 30 ans : quelles lésions recherchez-vous ?", "question"),
    ("Donna di 60 anni con dolore addominale", "history"),
    ("pt p/w RUQ pain, Murphy's +ve", "overrides.x.history"),
    ("Phineas Gage's skull is the classic teaching case", "explanation"),
    (
        "After the Hunga Tonga eruption of 15 January 2022, ash lung was reported",
        "teaching_points[1]",
    ),
    ("The PIONEER cohort gave early CT data", "explanation"),
    ("Napoleon died on Saint Helena in 1821", "explanation"),
    ("Think of it in anyone who has swum in Lake Victoria", "answer"),
    ("arrow on Pellegrini-Stieda calcification", "images[1].alt"),
    ("Journée mondiale du rein (12 mars) : pièges en imagerie", "title"),
    ("Presented at #ESGAR2026 (Barcelona, 9–12 June)", "title"),
    ("Cas fourni par le Pr Anne Dubois, CHU de Lille", "credit"),
    ("Caso della TSRM Chiara Neri, Ospedale Niguarda, Milano", "credit"),
    ("Dr Lee Min-ho (mhlee@snuh.org), Seoul", "credit"),
    ("画像提供：鈴木一郎先生（京都大学病院）", "credit"),
    ("thrown over the handlebars at speed", "question"),
    ("23M, dirt bike vs tree", "title"),
    ("Courtesy of MUDr. Jana Dvořáková, FN Motol, Praha", "credit"),
    ("Images: dr hab. n. med. Anna Nowak (@anowak_rad)", "credit"),
    ("Case shared by Hospital Nacional Guillermo Almenara (Lima)", "credit"),
    ("Shared by Dr. Ravi Menon · Amrita Hospital, Kochi", "credit"),
    ("h/t @DrKofiRad (Korle Bu, Accra)", "credit"),
    ("Kienböck disease in a Portuguese text: Ângulo alfa, série 401, imagem 123", "findings"),
    ("#Neurorradiología #CasoClínico #ImagenMédica", "hashtags"),
    ("Pérez JA, Molina I. Chagas. Lancet. 2018;391(10115):82-94.", "references[1]"),
    ("DWI b-values 0/500/1000/1500", "teaching_points[1]"),
    ("Schistosomiasis: classic in Egyptian farming communities", "explanation"),
    ("saw loads of these on my elective in Malawi", "overrides.x.history"),
    ("Les JFR se tiennent chaque année en octobre à Paris", "explanation"),
    ("dos o tres casos por año, cuatro o cinco en verano", "explanation"),
    ("Aged 90 days, projectile vomiting: pyloric stenosis", "answer"),
    ("370 MBq FDG; SUVmax 14.6 in the station 4R node", "findings"),
    ("In a 70-year-old smoker, RUL collapse with a hilar mass", "teaching_points[1]"),
    ("Smith = volar angulation; Barton = rim fracture", "teaching_points[1]"),
    ("classic Colles fracture, Dr Colles would be proud", "explanation"),
    ("Frédéric Chopin probably had cystic fibrosis", "quiz.options[2]"),
    ("Abuela's hip: look at the whole pelvis", "title"),
    ("Kaur G, Gill P. Renal TB. AJR. 2018;211(4):W123-W131.", "references[1]"),
    (
        "c/o Dr. Farhana Yasmin, Aga Khan University Hospital. Queries: radteaching@aku.edu",
        "credit",
    ),
    ("the striated tiger stripe pattern of Lhermitte-Duclos", "images[1].alt"),
    ("our own protocol for the head CT", "explanation"),
    ("the head of the femur in this patient", "findings"),
    ("Ask your department chair about the protocol", "teaching_points[1]"),
    ("#ForTheWin #ParaSiempre", "hashtags"),
    ("Zuigeling van 3 maanden met koorts", "question"),
    ("Tattoo inks with iron oxide can heat up in MRI", "explanation"),
    (
        "Souza AS Jr, Gasparetto EL. Paracoccidioidomicose. Radiol Bras. 2006;39(5):361-366.",
        "references[1]",
    ),
    ("ACR Appropriateness Criteria. J Am Coll Radiol. 2018;15(11S):S217-S231.", "references[1]"),
    (
        "Hale R, Dunmore P. Gallstone ileus in a 94-year-old. BMJ Case Rep. 2020;13:e234567.",
        "references[1]",
    ),
    ("Seit dem 31.12.2018 gilt das neue Strahlenschutzgesetz", "teaching_points[1]"),
    ("L'11 marzo 2020 l'OMS ha dichiarato la pandemia", "explanation"),
    ("Talassemia: frequente in Sardegna e in Sicilia", "teaching_points[1]"),
    ("Das Streifenartefakt kommt vom Detektor (SN 4521-0087-334)", "explanation"),
    ("Dotarem lot 2308145, 0,1 mmol/kg", "findings"),
    ("Coronal CT chest, lung window W1500/L-600", "images[1].alt"),
    ("Which fits the eye-of-the-tiger best?", "question"),
    ("Merci à Julien Moreau (interne, Pitié-Salpêtrière)", "credit"),
    ("screening is recommended for people aged ≥15 since the 2021 guidelines", "explanation"),
]
FIFTH_ROUND_WARNS = [
    ("cardigan with a big enamel brooch-like button over the apex", "images[1].alt", "appearance"),
    ("Metal density at the middle phalanx from her wedding band, a ring", "findings", "appearance"),
    ("tragus piercing artefact on the axial images", "findings", "appearance"),
    ("artefacto por el anillo en el dedo anular", "findings", "appearance"),
    ("the pt's silk sari border over the abdomen", "images[1].alt", "appearance"),
    ("Healed appendicectomy scar, otherwise normal", "history", "appearance"),
    ("47M, works as a luthier, wrist pain", "history", "occupation"),
    ("repairs clocks for a living, tremor", "history", "occupation"),
    ("Pt is a street performer, neck pain after a fall", "history", "occupation"),
    ("Hombre, 39a, soldador en astillero, tos crónica", "history", "occupation"),
    ("As a bush pilot, he has had several hard landings", "explanation", "occupation"),
    ("she's a violin restorer who uses lead varnish", "explanation", "occupation"),
    ("52M falconer at a desert camp", "history", "occupation"),
    ("Lavora come tagliapietre da trent'anni", "history", "occupation"),
    ("underwire of her embroidered qipao over the bases", "findings", "appearance"),
    ("a gold-embroidered agbada in the clinical photo", "images[1].alt", "appearance"),
    ("boucle de ceinture en forme d'aigle sur le bassin", "findings", "appearance"),
    ("tattoo ink in the subcutaneous tissues of the calf", "findings", "appearance"),
    ("Mergulhador profissional com dor articular", "history", "occupation"),
    ("Torero retirado con cornadas antiguas", "history", "occupation"),
    ("she's a trapeze artist with wrist pain", "explanation", "occupation"),
    ("strings of waist beads over the pelvis", "images[1].alt", "appearance"),
    ("thick gold ring with a dragon design", "images[1].alt", "appearance"),
    ("le maillot de l'OM sur la photo", "findings", "appearance"),
    ("45M, lighthouse keeper, dyspnoea", "history", "occupation"),
    ("58-jähriger Glasbläser mit Husten", "history", "occupation"),
]

# The sixth round: what sets 42 to 45 found, in examples written afresh.
SIXTH_ROUND_BLOCKS = [
    # a home no list of ours knows, named where a home stands
    ("62F who lives in Nether Wallop, hip pain after a fall", "history", "address"),
    ("kiddo from Oakfield Juniors fell off the climbing frame", "overrides.x.history", "address"),
    ("she spent 30 yrs at the Hollins mill outside Bacup", "answer", "address"),
    # run-together family and venue tags
    ("#radiology #OkaforFamilyStrong", "hashtags", "name"),
    ("#TraumaRad #RiverbendMallShooting", "hashtags", "specific_event"),
    # a number read out digit by digit, in English and in Spanish
    (
        "his son texted (four one six, two two seven, nine nine oh one) for the films",
        "question",
        "phone",
    ),
    ("llámenle al: tres uno cinco, ocho ocho dos, cuatro cero siete", "history", "phone"),
    # nicknames
    ("The nurses called her 'Queenie' and she ran the ward from bed 4", "explanation", "name"),
    ("Little Des, as he makes the porters call him, back with a SBO", "history", "name"),
    ("so priyanka (the pt, not the reg) insists it's just a sprain", "overrides.x.history", "name"),
    ("aleksandr swore he'd only had two pints before the fall", "explanation", "name"),
    # words written on the body
    (
        "tattoo ink outlines the name 'MARISOL' over the L scapula",
        "findings",
        "identifying_feature",
    ),
    (
        "the huge 'CARPE DIEM 1998' chest piece made the lateral view fun",
        "overrides.x.history",
        "identifying_feature",
    ),
    ("the cursive 'NOVAK' lettering on his neck is on the scout", "answer", "identifying_feature"),
    (
        "the chipped canine and a scar through the eyebrow were how police identified her",
        "answer",
        "identifying_feature",
    ),
    # roles that are one person
    ("our very own medical director, back after a cycling crash", "history", "specific_event"),
    (
        "the reigning national squash champion, stress fracture of the tibia",
        "history",
        "specific_event",
    ),
    (
        "She became famous for those cheek implants on a reality show",
        "explanation",
        "specific_event",
    ),
    ("de burgemeester van onze gemeente, 61, met pijn op de borst", "history", "specific_event"),
    ("the hospital's only male midwife, incidental renal cyst", "findings", "specific_event"),
    ("The trust chaplain's knee: a Baker cyst", "title", "specific_event"),
    (
        "he's the Crusaders' starting loosehead, so the coach came along",
        "explanation",
        "specific_event",
    ),
    # dates in months the rules had not read
    ("Opgeneem 14 Desember 2023 met koors", "history", "date"),
    ("Vastaanotolla 3. maaliskuuta 2025, TT vatsasta", "history", "date"),
]

SIXTH_ROUND_PASSES = [
    # a citation's page range, its hyphenated initials, its authors in full, its Irish names
    ("Osei K, Mensah A. Pelvic trauma. AJR. 2020;214(5):1101-1109.", "references[1]"),
    ("Park J-W, Choi S-H, et al. Radiology 2021;300(2):301-310.", "references[1]"),
    ("Liu Yang, Moreau P. Lung nodules. Eur Radiol. 2019;29:211-219.", "references[1]"),
    ("Byrne T, Ó Ceallaigh D. Trauma imaging. Ir Med J. 2020;113:45-50.", "references[1]"),
    # another language's little words, and that language's months of world days
    ("Jongen met buikpijn: denk aan invaginatie", "title"),
    (
        "Maailman munuaispäivää vietetään maaliskuussa; hyvä hetki kerrata munuaisten UÄ.",
        "teaching_points[1]",
    ),
    ("Morbus Bechterew: Bambusstab-Wirbelsäule im Röntgen", "teaching_points[1]"),
    ("Calling Dr Kerley and Dr Hampton: both signs on one film", "explanation"),
    ("Poster at #ESGAR2025 (12 June): our audit of CT colonography", "explanation"),
    ("Count the levels: one, two, three, four, five, six, seven lumbar bodies?", "question"),
    ("Seat belt sign and a Chance fracture: belt and braces for a trauma CT", "teaching_points[1]"),
    ("The skeleton of the racehorse is still on display at the museum", "explanation"),
    ("Buckle fracture of the distal radius in a child", "findings"),
]

SIXTH_ROUND_WARNS = [
    (
        "pt wearing a faded green supporters' scarf in the clinical photo",
        "images[1].alt",
        "appearance",
    ),
    ("metal artefact from a studded leather belt over the sacrum", "findings", "appearance"),
    ("She plays the cello professionally: thumb CMC OA", "history", "occupation"),
]


# The seventh round: what sets 46 to 49 found, in examples written afresh.
SEVENTH_ROUND_BLOCKS = [
    # recency in other tongues, and dates the rules had not read
    ("TC de esta madrugada: neumotórax a tensión", "findings", "date"),
    ("Lo vimos el jueves pasado en urgencias", "history", "date"),
    ("Kam letzten Samstag mit Fieber", "history", "date"),
    ("I förrgår föll hon i trappan", "history", "date"),
    ("RM realizada el 14-VII-2025 a las 03:10", "findings", "date"),
    ("Scanned on the nineteenth of March", "history", "date"),
    ("Født d. 4/7-51, akut indlagt", "history", "date"),
    ("Kuvattu lokakuun 12. päivänä 2025", "history", "date"),
    # ages past 89, however written
    ("Varón 96a, caída desde su altura", "history", "age_over_89"),
    ("a lady of XCII years with a hip fracture", "history", "age_over_89"),
    ("Hun fyldte 94 i sommer", "history", "age_over_89"),
    # numbers to dial
    ("Tel. familiar: 0221 15-3344-8812", "history", "phone"),
    ("llamar al: setenta y dos, cuarenta y uno, noventa, treinta y tres", "history", "phone"),
    ("bel de zoon: nul zes, drie vier, vijf twee, acht acht, één nul", "history", "phone"),
    ("hugo.lindqvist [at] spray [punkt] se voor de foto's", "history", "email"),
    ("the ID begins T771 and the rest is 4402K", "answer", "record_number"),
    ("Aadhaar 5512 ➖ 8890 ➖ 2217 on the form", "findings", "national_id"),
    # relatives of our staff, offices of a village, sides' captains, in other tongues
    ("la paciente es la madre de nuestra R3", "explanation", "specific_event"),
    ("Der Patient ist der Vater unserer Oberärztin", "history", "specific_event"),
    ("Patienten er far til vores radiograf", "history", "specific_event"),
    ("Potilas on ylilääkärimme appi", "history", "specific_event"),
    ("Pasienten er ordføreren i kommunen", "history", "specific_event"),
    ("El arquero titular del Club Atlético Tigre: luxación de hombro", "title", "specific_event"),
    ("Lesionado en el clásico de anoche", "history", "specific_event"),
    ("Gewonde bij de schietpartij in Alphen", "history", "specific_event"),
    ("The trust chief executive had her own CT here", "question", "specific_event"),
    # nicknames, words on the body, fame and famous cases
    ("Vi kallade honom «Lill-Pelle» på avdelningen", "explanation", "name"),
    ("en el barrio lo conocen como 'el Gato'", "history", "name"),
    ("tatuering med texten 'Mormor 1931' på armen", "findings", "identifying_feature"),
    ("kjent fra TV for sine mange piercinger", "history", "identifying_feature"),
    ("the woman from the news with the 20-kg ovarian cyst", "history", "identifying_feature"),
    ("La mujer que sobrevivió a la caída del ascensor", "title", "identifying_feature"),
    # names disguised, handles spelt out or owned after the fact
    ("Thanks to our patient J4n3 K0w4lsk1 for agreeing", "answer", "name"),
    ("instagram dot com slash runner_olga88", "findings", "handle"),
    ("cc @surfer.tom (the patient) for the photos", "explanation", "handle"),
    ("#radiologia #Walk4Amelia", "hashtags", "name"),
    ("#KämpaNils #barnradiologi", "hashtags", "name"),
    # homes no list knows
    ("Bewoner van verzorgingshuis De Eikenhof, val", "history", "address"),
    ("vive en la casa 3 del barrio Santa Rita en Chivilcoy", "history", "address"),
    ("she runs the tea shop by the harbour in Portsoy", "answer", "address"),
]

SEVENTH_ROUND_PASSES = [
    ("El Congreso Europeo de Radiología se celebra en Viena cada marzo", "explanation"),
    ("Hoy celebramos el Día Mundial del Riñón con un caso de urografía por TC", "title"),
    ("Quiste de Baker disecante hacia la pantorrilla", "answer"),
    ("#MedicinaInterna #ImagenCardiaca", "hashtags"),
    ("Dr Amal Haddad, MBBS. ORCID 0000-0002-1825-0097", "credit"),
    ("pT2N0M0, stage IIA, AJCC 8th edition", "findings"),
    ("TR 5000 ms, TE 90 ms, matriz 256 x 256", "findings"),
    ("DWI b 0-800-1400 s/mm² on 3T", "findings"),
    (
        "El sismo del 7 de septiembre de 2017 cambió nuestros protocolos de víctimas múltiples",
        "explanation",
    ),
    ("En ciudades altas como Quito o El Alto piensa en edema de altura", "teaching_points[1]"),
    ("Het bevolkingsonderzoek borstkanker startte in 1989", "explanation"),
    ("The first photon-counting CT was FDA-cleared on 30 Sept 2021", "explanation"),
    ("Tak til overlæge Freja Holm, Odense Universitetshospital", "credit"),
    ("Der 105. Röntgenkongress fand vom 28. bis 31. Mai 2024 statt", "explanation"),
    ("Kim S-J, Park H-Y. Radiology 2020;295(1):1-9.", "references[1]"),
]

SEVENTH_ROUND_WARNS = [
    ("Bombero de 50 años con disnea", "history", "occupation"),
    ("54-jähriger Maurer mit Rückenschmerzen", "history", "occupation"),
    ("artefacto por el broche del sujetador", "findings", "appearance"),
    ("Artefakt fra et stort sølvhalsband", "images[1].alt", "appearance"),
    ("arrived still in his motocross gear", "history", "appearance"),
]


# The eighth round: what sets 50 to 53 found, in examples written afresh.
EIGHTH_ROUND_BLOCKS = [
    ("CT on 3rd Shawwal 1446 at 02:10: subdural", "findings", "date"),
    ("Compared with the scan from the weekend just gone", "findings", "date"),
    ("Le vingt-trois mars, chute dans l'escalier", "history", "date"),
    ("Il diciotto aprile è stato ricoverato", "history", "date"),
    ("Ward 9, letto 22, febbre", "history", "address"),
    ("Ward file: Hosp No. KRT 4410 2291", "explanation", "record_number"),
    (
        "Ricoverata: numero di telefono tre due otto, cinque sei sette, uno uno due nove",
        "history",
        "phone",
    ),
    ("Patient : Ducrocq P.-L., 71 ans, dyspnée", "history", "name"),
    ("Everyone called him 'Tiny' although he was 2 m tall", "explanation", "name"),
    ("la «Pili» del quiosco, como la llaman en el barrio, vino con dolor", "history", "name"),
    ("an upper molar crown engraved with the letters 'DMK'", "findings", "identifying_feature"),
    ("the 'girl with the glass bones' who was on ITV", "explanation", "identifying_feature"),
    (
        "the « femme aux cent fractures » dont a parlé toute la presse",
        "history",
        "identifying_feature",
    ),
    (
        "Ojo derecho verde, izquierdo marrón por heterocromía, con polidactilia en ambos pies",
        "history",
        "identifying_feature",
    ),
    ("he's well known in the village and happy to share", "explanation", "identifying_feature"),
    ("She works at the fish plant behind Ardrossan harbour", "answer", "address"),
    ("Il travaille à la fromagerie de Saint-Rémy", "history", "address"),
    ("the only pharmacist on the Isle of Coll", "history", "specific_event"),
    ("The governor's knee: an ACL tear", "title", "specific_event"),
    ("La figlia del dott. Bassi, nostra collega, 22 anni", "history", "specific_event"),
    ("C'est l'IRM de ma belle-mère, 70 ans", "explanation", "specific_event"),
    ("Blessé lors du match Nantes–Rennes, TDM cérébrale", "history", "specific_event"),
    ("Caduta all'arrivo della tappa di Bormio", "history", "specific_event"),
    ("Il nostro primario, paziente per una volta: calcolosi", "title", "specific_event"),
    ("#FreyaAgainstALL #paedsrad", "hashtags", "name"),
    ("#BringNoahHome #NICU", "hashtags", "name"),
    ("#TuttiConGiacomo", "hashtags", "name"),
    ("#Luca4Ever #neurorad", "hashtags", "name"),
]

EIGHTH_ROUND_PASSES = [
    (
        "Rossi M, Bianchi L. Who needs a CT for minor head injury? Eur Radiol. 2021;31:100-108.",
        "references[1]",
    ),
    ("Malformation de Chiari II avec myéloméningocèle", "title"),
    ("Antoine Béclère (1856-1939) fonda la radiologie clinique", "teaching_points[1]"),
    ("L'hôpital Necker, berceau de la pédiatrie française", "explanation"),
    ("Le CHU de Lille accueille la formation en IRM cardiaque", "teaching_points[1]"),
    ("Ask Drs Mensah, Okafor & Boateng, Korle Bu Teaching Hospital", "credit"),
    ("Imaging performed at St Thomas' Hospital, London, on a 3T scanner", "credit"),
    ("Swimmer's view to clear C7/T1", "images[1].alt"),
    ("The Hiroshima and Nagasaki bombings (1945) gave rise to the Life Span Study", "explanation"),
    ("Quiz closes Sunday; answers on Monday", "question"),
    ("Lyme disease is named after the town in Connecticut", "history"),
    ("pT3N1M0, stage IIIB", "findings"),
    ("#ParaSiempre #RadiologíaMX", "hashtags"),
]

EIGHTH_ROUND_WARNS = [
    ("Charpentier de 52 ans, lombalgie", "history", "occupation"),
    ("uniforme del colegio sobre el tórax en la placa", "images[1].alt", "appearance"),
    ("artefact from the patient's dupatta pins", "images[1].alt", "appearance"),
]


# The ninth round: what sets 54 to 59 found, in examples written afresh.
NINTH_ROUND_BLOCKS = [
    ("Please share #PrayFοrMateo", "explanation", "name"),
    ("backwards, so you can't search it: nuyloG-nosraeP", "explanation", "name"),
    ("Forename Adaeze, surname on the request", "history", "name"),
    ("label in the corner reads 'R ABERNETHY-COLE'", "images[1].alt", "name"),
    ("On the film: « P. VANDERMEULEN »", "images[1].alt", "name"),
    ("Mother of Georgia Pemberton, the county netball captain", "history", "name"),
    ("reply to me at moc.liamtoh@99yrral", "teaching_points[1]", "email"),
    ("scan saved as IMG_MRN5521907_CT.png", "images[1].alt", "record_number"),
    ("where she fell: 51.50721,-0.12759", "history", "address"),
    ("Age 9️⃣4️⃣, lives alone", "history", "age_over_89"),
    ("his SSN (612 - 48 - 9031) was on the requisition", "explanation", "ssn"),
    ("works at the boatyard behind Kinsale pier", "answer", "address"),
    ("the only female crane operator working on the docks", "findings", "specific_event"),
    ("the tallest woman in Ohio, with acromegaly", "history", "specific_event"),
    ("he won the Ballinasloe fair pony contest last year", "history", "specific_event"),
    ("this was our PD's dad, shared with permission", "explanation", "specific_event"),
    ("the 'girl with the stone bones' from that Newsround segment", "title", "identifying_feature"),
    ("ring engraved 'FOREVER J' on the left hand", "findings", "identifying_feature"),
    ("flesh tunnels in both ears and a split tongue", "findings", "identifying_feature"),
    ("you probably saw the clip of the crash", "explanation", "identifying_feature"),
    ("#GetAoifeHome #paeds", "hashtags", "name"),
    ("follow #MarcusComeback for updates", "answer", "name"),
    ("his Twitch handle is on the shirt (zZNightOwlZz)", "question", "handle"),
    ("Seen Fri night in the ED, straight to theatre", "history", "date"),
    ("Lo riconoscerete: è il barista del porto", "explanation", "identifying_feature"),
    ("Uno dei feriti dell'incendio della discoteca di Ostia", "history", "specific_event"),
]

NINTH_ROUND_PASSES = [
    ("Moldoveanu A, Ionescu B. Stroke imaging. N Engl J Med. 2019;380:1-9.", "references[1]"),
    ("comedian Robin Williams's publicly reported Lewy body disease", "explanation"),
    ("Contrast lot 7782201, exp 2027-03", "findings"),
    ("sonographic Murphy sign positive", "findings"),
    ("Pellegrini–Stieda lesion of the MCL", "answer"),
    ("X-rays turned 130 this November", "title"),
    ("Tumour board: Thursday night, Room 4", "credit"),
    ("The 2021 ESC guidelines were released in Amsterdam", "history"),
    ("Quiz pour nos collègues de Lyon et de Genève", "question"),
    ("Studio multicentrico condotto a Roma e Napoli", "explanation"),
    ("As my attending Dr. Okafor always says, read the request", "explanation"),
]

NINTH_ROUND_WARNS = [
    ("Metal buttons from denim dungarees over the pelvis", "findings", "appearance"),
    ("Claddagh ring on the fourth finger", "images[1].alt", "appearance"),
]


# The tenth round: what sets 58 to 64 found, in examples written afresh.
TENTH_ROUND_BLOCKS = [
    ("| Sex | Age |\n|---|---|\n| M | 95 |\nHip fracture.", "findings", "age_over_89"),
    ("aged XCIII, lives alone", "history", "age_over_89"),
    ("Nana's 97 and still gardening", "history", "age_over_89"),
    ("He'll be a hundred and one in May", "explanation", "age_over_89"),
    ("the father of senator Grace Okoro-Bell, with haemoptysis", "history", "name"),
    ("header reads 'PEMBERTON, Alastair M'", "images[1].alt", "name"),
    ("#JusticePourKarim #radiologie", "hashtags", "name"),
    ("#StrongLikeMaddie", "hashtags", "name"),
    ("IHI 8003 6012 3456 7890 on the form", "explanation", "national_id"),
    ("NHI ZAC5361 in the old system", "answer", "national_id"),
    ("n° sécu 2 84 05 69 123 456 78 sur la demande", "history", "national_id"),
    ("Prontuário nº 2.331.908: retorno", "explanation", "record_number"),
    ("he streams on Twitch as 'BoulderBeast'", "question", "handle"),
    ("going to theatre tmrw am", "question", "date"),
    ("Gisteraand ingebring na 'n val", "history", "date"),
    ("the 'KOWHAI' forearm tattoo he's known for", "images[1].alt", "identifying_feature"),
    ("the 'ladder bloke' who was on A Current Affair", "findings", "identifying_feature"),
    ("La femme aux trois reins dont La Presse a parlé", "title", "identifying_feature"),
    (
        "the woman who was in the Daily Mail for her 40 cm hair",
        "explanation",
        "identifying_feature",
    ),
    ("Ouvrier à la seule scierie de Saint-Amour", "history", "specific_event"),
    ("the sister of the sonographer who scanned her", "answer", "specific_event"),
    ("mother-in-law of our ward clerk", "history", "specific_event"),
    ("When ur consultant's nan comes in with a fall", "title", "specific_event"),
    (
        "she's married to the very radiologist who reported it",
        "teaching_points[1]",
        "specific_event",
    ),
    ("1st XV captain, so the whole school knows", "explanation", "specific_event"),
    ("Survivor of the Lochaline ferry capsizing", "history", "specific_event"),
]

TENTH_ROUND_PASSES = [
    ("Baker (popliteal) cyst with a dissecting tail", "findings"),
    ("Fisher modifié 3, Hunt et Hess III", "answer"),
    ("Garden III vs IV in a fit 70yo: does it change management?", "question"),
    ("#ECR2026 #IRad", "hashtags"),
    ("The Fleischner Society updated its guidance", "explanation"),
    ("Answer reveal tomorrow, vote below!", "explanation"),
    ("Illustrations by Mairead Ní Cheallaigh, medical artist", "credit"),
    ("Royal Papworth is a national referral centre for this", "history"),
    ("The 2005 London bombings reshaped mass-casualty protocols", "explanation"),
]

TENTH_ROUND_WARNS = [
    ("Button artefacts from a school blazer", "findings", "appearance"),
    ("He's a cane cutter with hand OA", "explanation", "occupation"),
]


# The eleventh round: what sets 66 to 68 found, in examples written afresh.
ELEVENTH_ROUND_BLOCKS = [
    ("Forklift driver at the Kilcoy timber mill, crush injury", "title", "address"),
    ("The only female welder at our shipyard presents with cough", "question", "specific_event"),
    (
        "As principal of the village school he waited till the holidays",
        "explanation",
        "specific_event",
    ),
    (
        "the husband of the trust's chief executive, findings relayed directly",
        "findings",
        "specific_event",
    ),
    ("When the sister's little brother turns up in resus", "title", "specific_event"),
    (
        "Known locally from that 2021 TV documentary about his skin",
        "history",
        "identifying_feature",
    ),
    ("the man with the Guinness record moustache", "title", "identifying_feature"),
    ("She'd just celebrated her 99th birthday week", "explanation", "age_over_89"),
    ("Given the patient's age (94), we did not operate", "findings", "age_over_89"),
    ("Give her a follow on IG, she's coastalKatie", "teaching_points[1]", "handle"),
    ("He found us on reddit (u/scaphoid_sam)", "overrides.x.history", "handle"),
    ("Chart #QX-71-55302 from the east campus", "question", "record_number"),
    ("#WalkAgainMason", "title", "name"),
    ("What's the dx for R. Tallchief's 3 wk cough?", "question", "name"),
]

ELEVENTH_ROUND_PASSES = [
    ("Pelvic XR: check the three rings, then the sacrum", "teaching_points[1]"),
    ("Periportal fibrosis in someone who grew up in the Mekong Delta", "question"),
    ("Case by @chestradjo (Jo Alvarez), Hospital Italiano, Buenos Aires", "credit"),
    ("Dr Ana Silva, MBBS FRCR, GMC 7654321, Consultant Radiologist", "credit"),
    ("After the 2019 bus crash, the province changed driver training", "teaching_points[1]"),
    ("Most pts from the far north fly south for MRI", "history"),
]

ELEVENTH_ROUND_WARNS = [
    ("Brought in still wearing her graduation gown", "history", "appearance"),
    ("55M welder in the oil patch with dyspnoea", "history", "occupation"),
]


# The twelfth round: what sets 70 to 72 found, in examples written afresh.
TWELFTH_ROUND_BLOCKS = [
    ("(case 7, E-number E0071 5520 9) what's the dx?", "question", "record_number"),
    (
        "Principal of the only secondary school in our valley",
        "teaching_points[1]",
        "specific_event",
    ),
    ("Our mayor came in with chest pain, keep it quiet", "history", "specific_event"),
    ("the abbey's head gardener, with a hip fracture", "quiz.options[2]", "specific_event"),
    ("Pt 'Wee Rab' (the bus driver everyone knows) with back pain", "history", "name"),
    ("#proudnana, it's my grandson's wrist, he's fine now", "hashtags", "specific_event"),
    ("in keeping with the patient's age (ninety-three)", "findings", "age_over_89"),
    ("Fear 94 bliain d'aois, titim sa bhaile", "history", "age_over_89"),
    ("Gagnon, Marie-Ève — référée pour toux", "overrides.x.history", "name"),
    ("he's from the last cottage past the chapel at Drumkeeran", "quiz.options[2]", "address"),
    ("She does nights at the Aldi depot near Bellshill", "explanation", "address"),
    ("the fella who plays banjo at the Doolin sessions", "history", "address"),
    ("She's the twin separation story from the papers", "explanation", "identifying_feature"),
]

TWELFTH_ROUND_PASSES = [
    ("Eurorad case 51234: Silva M, et al. Porto, 2019.", "references[1]"),
    ("Abraham Colles, born in 1773, described the fracture in 1814", "explanation"),
    ("Shared by Tom Reid BMedRadSc(Hons), Cairns Hospital", "credit"),
]

TWELFTH_ROUND_WARNS = [
    ("Wears a hearing aid and walks with a stick", "overrides.x.history", "appearance"),
    ("jeans rivets projected over the pubic symphysis", "images[1].alt", "appearance"),
]

# The thirteenth round: what sets 74 to 81 found, in examples written afresh.
THIRTEENTH_ROUND_BLOCKS = [
    ("Pt M a r i a   K o w a l s k a, 61, with chest pain", "history", "name"),
    ("#S_o_f_i_a_Strong #paeds", "hashtags", "name"),
    ("#FundLeilani4Surgery #pedsrad", "hashtags", "name"),
    ("#hajráZsófi, the family's appeal", "hashtags", "name"),
    ("#nwankwofamily #neurorad", "hashtags", "name"),
    ("#StCatherinesGeneralRadiology", "hashtags", "facility"),
    ("our lead sonographer's own grandad, type A dissection", "title", "specific_event"),
    ("This was Prof. Adeyemi's own mother, scanned with consent", "explanation", "specific_event"),
    ("he's the brother of Ana, one of our HCAs on ward 4", "findings", "specific_event"),
    ("our head of department came through resus last week", "history", "specific_event"),
    ("the trust's chief executive had this CT after a fall", "question", "specific_event"),
    ("the defending county squash champ, hip pain", "history", "specific_event"),
    ("three-time national darts champion with a wrist fracture", "history", "specific_event"),
    ("the atoll's only nurse, now our patient", "answer", "specific_event"),
    ("bassist in a platinum-selling rock band, hence the crop", "explanation", "specific_event"),
    ("backup goalie for the Calgary Flames, skate laceration", "history", "specific_event"),
    ("the elder (matai) of our village came in with haematuria", "question", "specific_event"),
    ("skipper who captained the county football side in the final", "explanation", "specific_event"),
    ("photo of the pt's face alongside the CT", "images[1].alt", "identifying_feature"),
    ("LOVE knuckle tattoos, facial fractures", "history", "identifying_feature"),
    ("a teardrop tattoo under his right eye", "history", "identifying_feature"),
    ("seven fingers on each hand; everyone in the village knows him", "explanation",
     "identifying_feature"),
    ("her scar made her well known in the ward", "explanation", "identifying_feature"),
    ("pt is maggie o'donnell, 70F, fall", "history", "name"),
    ("hajji abdulrahman karimi, diabetic, foot ulcer", "history", "name"),
    ("the nurses call him little ricardo", "explanation", "name"),
    ("Farida K.'s cyst ruptured into the bronchus", "explanation", "name"),
    ("patient asked us to tag him: @kofi.runs on instagram", "credit", "handle"),
    ("#ChestRad cc @yasmin.h22 (the patient's daughter)", "hashtags", "handle"),
    ("Badanie z dnia 3 XI 2021 r., pacjent 50 l.", "history", "date"),
    ("nar. 2. 5. 1950, přijata s dušností", "history", "date"),
    ("history from her daughter, who reads the news on RTÉ", "history", "specific_event"),
    ("#RoyalInfirmaryEdinburgh #ChestRad", "hashtags", "facility"),
    ("#BraveAmelie, six months after surgery", "title", "name"),
    ("Fisherman, 60; the only family left on the island of Inishturk", "history",
     "specific_event"),
    ("turns out 'Little Mo' Abernathy-Kray had hidden it for months", "history", "name"),
    ("living in the high-rise on Heron Road, flat 7C", "explanation", "address"),
    ("As the only vet on the island she waited months for her scan", "explanation",
     "specific_event"),
    ("the current Kerala state volleyball captain, knee pain", "findings", "specific_event"),
    ("Pradhan of the village, 60, with chest pain", "history", "specific_event"),
    ("Uomo di 97 anni con dispnea", "history", "age_over_89"),
    ("Beim Hochwasser in Passau vom Dach gerettet, Unterkühlung", "history", "specific_event"),
    ("Seule sage-femme de l'île d'Ouessant, lombalgie", "history", "specific_event"),
    ("bij de huidige Belgisch kampioen veldrijden", "title", "specific_event"),
    ("Kapitan reprezentacji Polski w piłce ręcznej, kolano", "history", "specific_event"),
    ("Photo of the forearm tattoo 'Juve 1897 – Luca'", "images[1].alt", "identifying_feature"),
    ("Cicatrice en étoile sur le front, bien connue dans le quartier", "history",
     "identifying_feature"),
    ("Consent given; follow his journey at tiktok.com/sam.rebuilds", "credit", "handle"),
    ("a horseshoe-shaped keloid across her shoulder", "images[1].alt", "identifying_feature"),
    ("Known locally for the swallow tattoos on both hands", "history", "identifying_feature"),
    ("Recognisable by the port-wine mark on her neck in the photos", "explanation",
     "identifying_feature"),
    ("the overlay still reads 'OKONJO-BAIRD, GRACE' at the top", "images[1].alt", "name"),
    ("Intussusception in baby Ruby-Lou, aged 9 months", "title", "name"),
    ("Her MRN starts 44-71. It ends 208.", "findings", "record_number"),
    ("Call the dad: area code 617, then the rest", "explanation", "phone"),
    ("the goalkeeper carried off in the 85th minute of the cup final", "history",
     "specific_event"),
    ("a Commonwealth Games 400 m bronze medallist with a hamstring tear", "title",
     "specific_event"),
    ("his uncle, a councillor in the same little village, had the same lesion", "explanation",
     "specific_event"),
    ("Frontman of a famous indie band, vocal cord nodule", "history", "specific_event"),
    ("brought by her nephew, Nguyen Van-Minh, who translated", "history", "name"),
    ("compared with kowalski j.'s previous CT", "findings", "name"),
    ("Przyjęta 2023. gada 4. martā", "history", "date"),
    ("Pacjent lat 93, duszność", "history", "age_over_89"),
    ("uczeń Liceum Ogólnokształcącego nr 2 w Ełku, uraz", "history", "address"),
    ("the patient's sister is the consultant neurologist in our own hospital", "explanation",
     "specific_event"),
    ("quite a spine for someone who's ninety-four", "explanation", "age_over_89"),
    ("This gentleman is 101 and still drives", "question", "age_over_89"),
    ("he fronts the band that closed the county show", "question", "specific_event"),
    ("her face is plain to see on the surface render", "explanation", "identifying_feature"),
    ("#GalwayUniversityHospital #ChestRad", "hashtags", "facility"),
    ("#CorkGeneralED #trauma", "hashtags", "facility"),
    ("Her cousin's Twitch is xXGhostMumXx, the whole story is there", "answer", "handle"),
    ("Pt: dErMoT mUrPhY, 60, haematuria", "history", "name"),
    ("tag her @ K a t i e S w i m s on insta", "history", "handle"),
    ("seen y'day in ED after a fall", "history", "date"),
    ("Age: 1 0 1. Osteopenia.", "findings", "age_over_89"),
    ("the serving senator asked us to keep it quiet", "explanation", "specific_event"),
    ("the prime minister's driver, 50s, chest pain", "history", "specific_event"),
    ("#StrongForNoahB #neurorad", "hashtags", "name"),
    ("#prayfor amelie #paeds", "hashtags", "name"),
    ("ferito durante il Palio di Asti, trauma toracico", "history", "specific_event"),
    ("IRM du chef de village de Kédougou", "findings", "specific_event"),
    ("foto ao lado da RM mostrando o rosto do paciente", "images[1].alt", "identifying_feature"),
    ("cicatrice en forme de croix sur le menton", "history", "identifying_feature"),
    ("RM de crânio da ana luísa pereira: sem alterações", "findings", "name"),
    ("Shabnam Bibi, 40, cough for three months", "history", "name"),
    ("From Soweto Zone 5, house 2231; fever", "history", "address"),
    ("from a small village outside Multan; fever", "history", "address"),
    ("Kal raat he fell from the roof", "history", "date"),
    ("Patient agreed and asked to be tagged: @ana_runs@mastodon.social", "credit", "handle"),
    ("silver medallist in the 400 m at the national championships, hamstring", "history",
     "specific_event"),
    ("her cousin, who plays prop for the county rugby side, had the same", "history",
     "specific_event"),
    ("his brother, the scrum-half for the Ballymena under-18s", "question", "specific_event"),
    ("As imam of the main mosque in the town, he asked for privacy", "explanation",
     "specific_event"),
    ("Kaptein for Norges kvinnelandslag i håndball, kneskade", "history", "specific_event"),
    ("she had just celebrated turning ninety-eight", "explanation", "age_over_89"),
    ("works weekends at the Asda distribution centre in Lutterworth", "explanation", "address"),
    ("Zhivet v sele Krasnoye, dostavlen vertoletom", "history", "address"),
    ("Innlagt i går kveld med magesmerter", "history", "date"),
    ("Postupila vchera, KT pokazala krovoizliyanie", "history", "date"),
    ("an irezumi of a carp across the back", "images[1].alt", "identifying_feature"),
    ("a 10 cm Z-shaped keloid across the abdomen", "findings", "identifying_feature"),
    ("Well known in her village for the birthmark on her cheek", "history",
     "identifying_feature"),
    ("Tatuirovka 'Sasha 1979' na pleche", "history", "identifying_feature"),
    ("#RoyalHallamshireED #trauma", "hashtags", "facility"),
    ("Study GOSH-MR-40213: spinal cord syrinx", "title", "record_number"),
    ("records show MRN ending 55310, ask for the rest", "credit", "record_number"),
    ("Dad's number: (312) four-four-four 7781", "history", "phone"),
    ("Boy with one green and one brown eye, photographed for this post", "history",
     "identifying_feature"),
    ("her facial features, plain on the 3D surface rendering", "question",
     "identifying_feature"),
    ("the missing finger is what let the nurses identify him", "explanation",
     "identifying_feature"),
    ("mri brain for j.k. oyelaran: normal", "findings", "name"),
    ("#FindingMolly #paeds", "hashtags", "name"),
    ("#GezinJanssenSterk", "hashtags", "name"),
    ("#HospitalUniversitarioDeCruces #radiologia", "hashtags", "facility"),
    ("Residente in via Mazzini 22 a Orvieto", "history", "address"),
    ("Woont op Terschelling aan de Hoofdweg", "history", "address"),
    ("Dochter van de eigenaar van slagerij Jansen in Oss", "history", "specific_event"),
    ("Der Pastor unserer Gemeinde ist der Patient", "explanation", "specific_event"),
    ("viel tijdens de Omloop van het Hageland", "explanation", "specific_event"),
    ("Portiere titolare del Bari, trauma cranico", "history", "specific_event"),
    ("the serving police commissioner, seat-belt injury", "answer", "specific_event"),
    ("her brother's band that won this year's national song contest", "history",
     "specific_event"),
    ("the copper bangle she is known for locally", "explanation", "identifying_feature"),
    ("clinical photo of the baby's face, eyes not covered", "images[1].alt",
     "identifying_feature"),
    ("Recognisable to the porters by the scar across his nose", "history",
     "identifying_feature"),
    ("three tribal marks on each cheek in the photo", "explanation", "identifying_feature"),
    ("Reconstrucción 3D con los rasgos del paciente reconocibles", "images[1].alt",
     "identifying_feature"),
    ("Fotografía del rostro del paciente junto a la TC", "images[1].alt", "identifying_feature"),
    ("Daughter is an aide to the local MP and asked us to hurry", "history", "specific_event"),
    ("injured at this year's Ballina agricultural show", "title", "specific_event"),
    ("crushed at the front during the Coachella main stage set", "history", "specific_event"),
    ("sous-chef at the town's only hotel, burns to the hand", "findings", "specific_event"),
    ("the sole nurse on Rathlin Island, breast lump", "question", "specific_event"),
    ("this well-known Punjabi folk singer, hoarse for months", "findings", "specific_event"),
    ("Presidente municipal de Tlaxco, 60 años, dolor torácico", "history", "specific_event"),
    ("Presentadora del telediario de la noche: nódulo tiroideo", "findings", "specific_event"),
    ("please share #BringHomeMaddieO", "explanation", "name"),
    ("la etiqueta impresa dice 'HUAMAN CONDORI, LUIS'", "images[1].alt", "name"),
    ("o caso do seu antônio ribeiro mostra o sinal", "explanation", "name"),
    ("Gemelo del paciente que publicamos el mes pasado", "history", "date"),
    ("Estudio de accesión n.º 4412-0981: consolidación", "findings", "record_number"),
    ("lo mostró en su canal de YouTube 'MariCocina'", "findings", "handle"),
    ("Agricultor del caserío Llacanora, con tos", "history", "address"),
    ("Screening mammogram performed on 4 March 2024 shows calcifications.", "findings", "date"),
    ("her uncle, the village's police sergeant, brought her in", "answer", "specific_event"),
    ("Our department's chief of radiology had this MRI", "history", "specific_event"),
    ("his sister, who rows for the national team, asked us to share", "explanation",
     "specific_event"),
    ("Proboszcz parafii w Zakopanem, kaszel", "history", "specific_event"),
    ("La presidenta de la diputación ingresó con hemiparesia", "history", "specific_event"),
    ("Skada hos kaptenen för Hammarbys damlag i fotboll", "answer", "specific_event"),
    ("a tattoo of the coordinates 53.3498 N, 6.2603 W over the site", "history", "address"),
    ("Comes from Namuka, a village of about 150 people on Lau", "history", "address"),
    ("#CHUBordeaux #radiologie", "hashtags", "facility"),
    ("#TrzymajSieOla", "hashtags", "name"),
    ("#SemangatBuSiti", "title", "name"),
    ("Fotografia clínica com o rosto da doente", "images[1].alt", "identifying_feature"),
    ("label still reads 'SITI AMINAH BINTI YUSOF F'", "images[1].alt", "name"),
    ("anna bergström, 71, inkom med dyspné", "history", "name"),
]  # fmt: skip

THIRTEENTH_ROUND_PASSES = [
    ("Cyclist, 34, thrown over the bonnet at 40 km/h.", "history"),
    ("Fall from 3 metres: calcaneal fracture in a 40-year-old", "title"),
    ("how does a Smith's fx differ from a Colles'?", "question"),
    ("Hughes–Stovin syndrome: pulmonary artery aneurysms", "title"),
    ("Wilhelmine Röntgen's husband Wilhelm (1845–1923) took the first radiograph", "explanation"),
    ("Marie Curie (1867-1934) died of aplastic anaemia", "teaching_points[1]"),
    ("The European Society of Radiology has its headquarters in Vienna.", "explanation"),
    ("The Japan Radiological Society is based in Tokyo.", "teaching_points[1]"),
    ("The Society of Radiographers has its head office in London.", "teaching_points[1]"),
    ("Registrars in Nairobi, Kampala and Kigali all know this sign", "question"),
    ("Case from the Radiopaedia library, case 88123.", "credit"),
    ("Source: MedPix, U.S. National Library of Medicine", "credit"),
    ("An unknown trauma patient is registered as Jane Doe until identified.", "explanation"),
    ("A welder with siderosis on the chest film.", "history"),
    ("A 50-year-old baker with occupational asthma.", "history"),
    ("Coal miner with progressive massive fibrosis", "title"),
    ("Patienten mådde bra efter operationen.", "answer"),
    ("The coat hanger sign and the shirt stud abscess", "explanation"),
    ("#RedFlags #HelpDesk #FundusImaging", "hashtags"),
    ("The society has served radiologists for 95 years.", "explanation"),
    ("Per the Bosniak classification (version 2019), this is a IIF cyst.", "findings"),
    ("See you at ECR 2027 in Vienna", "explanation"),
    ("On a quiet Sunday morning list, which film do you report first?", "question"),
    ("Strokes often present on Monday mornings.", "explanation"),
    ("De richtlijn van 5 december 2013 regelt de stralingsbescherming.", "explanation"),
    ("La leishmaniosi è diffusa in Sicilia.", "explanation"),
    ("#StPatricksDay #RadRes", "hashtags"),
    ("a flat 3 mm plaque on the pleura", "findings"),
    ("Dr Google had convinced her it was a muscle strain.", "history"),
    ("Yellow fever is endemic in Sierra Leone, Guinea and Burkina Faso.", "explanation"),
    ("The fracture line starts with T12 and ends 2 cm lower.", "findings"),
    ("The registry ends in 2019.", "explanation"),
    ("Colles or Smith? Which way does the fragment go?", "title"),
    ("Hill-Sachs with a Bony Bankart", "findings"),
    ("Which cancers did the Chernobyl disaster raise?", "question"),
    ("Critérios de Atlanta revisados", "quiz.options[2]"),
    ("Les règles d'Ottawa pour le genou", "explanation"),
    ("Fiebre manchada de las Montañas Rocosas", "quiz.options[2]"),
    ("A Sociedade Brasileira de Radiologia, sediada em São Paulo", "explanation"),
    ("Case courtesy of Andrew Dixon, Radiopaedia.org, rID: 1234", "credit"),
    ("SNOMED CT 233604007; ICD-10 J18.9; LOINC 24627-2", "explanation"),
    ("Nipah virus was first identified in Malaysia in September 1998.", "explanation"),
    ("Christiaan Barnard worked at Groote Schuur in December 1967.", "explanation"),
    ("That is today's burden of tuberculosis.", "explanation"),
    ("An 89-year-old rolled her ankle stepping off a kerb.", "history"),
    ("Thanks to Sina Fale, CT technologist, Middlemore Hospital", "credit"),
    ("Courtesy of the Wikimedia Commons collection (CC BY-SA 4.0)", "credit"),
    ("Material of the Polskie Lekarskie Towarzystwo Radiologiczne", "credit"),
    ("What will we cover in Monday's tutorial?", "question"),
    ("Monday morning reporting: five films not to miss", "title"),
    ("Falls rise on Friday and Saturday nights.", "explanation"),
    ("She developed calf pain on the Tuesday after the flight.", "question"),
    ("Der 8. November ist der Internationale Tag der Radiologie.", "explanation"),
    ("Der Kongress fand vom 3. bis 6. März in Wien statt.", "explanation"),
    ("Echinococcosis is endemic on the Swabian Jura and in parts of Siberia.", "explanation"),
    ("Bristol stool chart meets the plain radiograph", "title"),
    ("Always ask about tattoos before MRI.", "teaching_points[1]"),
    ("On Monday morning lists, read the weekend's trauma CTs first.", "teaching_points[1]"),
    ("Monday fracture clinics catch missed scaphoid fractures.", "explanation"),
    ("Spain added the vaccine to the routine schedule in July 2016.", "explanation"),
    ("Código CID-10 S72.0; código 71260 para TC", "explanation"),
    ("Ein Bergmann mit Belastungsdyspnoe", "history"),
    ("Crohn's disease with Kantor's string sign", "answer"),
    ("Fractura Salter-Harris tipo II del radio distal.", "answer"),
    ("Lessons from the Nordic registries", "title"),
    ("La CIE-11 entró en vigor el 1 de enero de 2022.", "teaching_points[1]"),
    ("The first MERS case was identified in Jeddah in September 2012.", "explanation"),
    ("The cholera epidemic in Yemen began in October 2016.", "explanation"),
    ("Stiell IG, et al. JAMA. 2001 Oct 17;286(15):1841-1848.", "references[1]"),
    ("Minero de carbón de 60 años con disnea progresiva.", "history"),
    ("Varón 23a, motorista, colisión frontal contra turismo.", "history"),
    ("Zespół Budda-Chiariego w angio-TK", "title"),
    ("The Deutsche Röntgengesellschaft is based in Berlin.", "teaching_points[1]"),
    ("La hidatidosis es endémica en La Rioja.", "explanation"),
]  # fmt: skip

THIRTEENTH_ROUND_WARNS = [
    ("A 52-year-old plumber with chronic neck pain.", "history", "occupation"),
    ("Secondary school teacher with hoarseness.", "history", "occupation"),
    ("pt is a tuk-tuk driver; spondylosis at C5/6", "findings", "occupation"),
    ("sports bra artefact over the lower zones", "findings", "appearance"),
    ("hoodie drawstring aglets over the neck", "images[1].alt", "appearance"),
    ("arrived in a kitenge and headwrap", "history", "appearance"),
    ("wedding band on the left ring finger", "images[1].alt", "appearance"),
    ("A small scar is seen on the skin of the right cheek.", "findings", "appearance"),
    ("Right above-knee amputee, stump neuroma", "findings", "appearance"),
    ("Waiter in his thirties with wrist pain.", "history", "occupation"),
    ("metal threads of her dupatta over the neck", "images[1].alt", "appearance"),
    ("Narbe am rechten Knie", "findings", "appearance"),
    ("Plasterer by occupation, 50M, shoulder pain", "history", "occupation"),
    ("Górnik, 61 lat, duszność", "history", "occupation"),
    ("Llegó con un mono de trabajo y botas de seguridad", "history", "appearance"),
    ("de costas, com camisola de futebol azul", "images[1].alt", "appearance"),
    ("A bus driver in his 50s with sciatica", "question", "occupation"),
    ("Has multiple tattoos; MRI was uneventful", "history", "appearance"),
    ("earrings and a nose stud cause streak artefact", "findings", "appearance"),
    ("Przywieziony w kurtce skórzanej", "history", "appearance"),
    ("Teenager with a summer job as a lifeguard, shoulder pain", "history", "occupation"),
    ("still wearing a dinosaur-print sleepsuit", "images[1].alt", "appearance"),
    ("Delivery rider on a scooter, wrist pain", "history", "occupation"),
    ("Profesora de secundaria, 40 años, disfonía", "history", "occupation"),
    ("Motorista de aplicativo, 45 anos, dor lombar", "history", "occupation"),
    ("broches metálicos del sostén sobre los vértices", "images[1].alt", "appearance"),
    ("Tiene tatuajes en ambas piernas.", "history", "appearance"),
    ("a shirt collar button over the neck", "findings", "appearance"),
    ("52-jährige Krankenschwester mit Schulterschmerzen", "history", "occupation"),
    ("de knoop van de spijkerbroek over het sacrum", "images[1].alt", "appearance"),
]  # fmt: skip

FOURTEENTH_ROUND_BLOCKS = [
    ("Little Dai, as she insists the nurses call her, had this CXR", "question", "name"),
    ("known on the unit only as 'fat tony', admitted after a fall", "history", "name"),
    ("Pacjent, którego wszyscy nazywają „Heniek”, z dusznością", "history", "name"),
    ("Zhanar (she is happy for us to use her first name) had this MRI", "explanation", "name"),
    ("Aigerim had been feeling short of breath for a month.", "history", "name"),
    ("We went through the films with Sione and he agreed to the post.", "explanation", "name"),
    ("the overlay reads 'MAHLANGU Thandeka F 44' over the liver", "images[1].alt", "name"),
    ("her daughter is the radiologist who reported the outside scan", "findings", "specific_event"),
    ("he bats for the county's first-class side", "history", "specific_event"),
    ("he's the Sharks' starting hooker this season", "findings", "specific_event"),
    ("Samoa's only cardiologist, whose own echo this is", "answer", "specific_event"),
    ("Chief of the Basotho, seen with chest pain", "history", "specific_event"),
    ("As the hospital's chief executive, she asked us to share this", "explanation", "specific_event"),
    ("Pacjent jest burmistrzem naszej gminy.", "history", "specific_event"),
    ("Potilas on kylän ainoa opettaja.", "history", "specific_event"),
    ("Han spiller på landslaget i håndball.", "history", "specific_event"),
    ("Es médico de nuestro propio servicio de radiología.", "explanation", "specific_event"),
    ("útočník FC Viktoria Plzeň, zranění kolena", "history", "specific_event"),
    ("injured during the Soweto riots; fragment beside T12", "history", "specific_event"),
    ("Herida en el incendio del mercado de Mesa Redonda", "history", "specific_event"),
    ("Ranny w wybuchu gazu w kamienicy w Katowicach", "history", "specific_event"),
    ("skadet under Birkebeinerrennet i fjor", "history", "specific_event"),
    ("subdermal implants forming a crescent on the forearm", "findings", "identifying_feature"),
    ("Znamię w kształcie serca na lewym policzku", "history", "identifying_feature"),
    ("Arpi muotoinen kuin salama otsassa", "history", "identifying_feature"),
    ("Soc. sec. 123.45.6789 on the referral", "history", "ssn"),
    ("ring her on (020) seven nine four six - 0000", "history", "phone"),
    ("mobile +48 (0)601 / 234 567", "history", "phone"),
    ("moved to ward nine-A, bed twelve", "history", "address"),
    ("clinical history no. 5521/K", "history", "record_number"),
    ("Aged ninety eight, still driving", "history", "age_over_89"),
    ("99 and still gardening daily", "title", "age_over_89"),
    ("given her age (XCII), no surgery", "answer", "age_over_89"),
    ("seen Thursday arvo with a swollen knee", "history", "date"),
    ("the man we imaged Tuesday had a dissection", "teaching_points[1]", "date"),
    ("Přijata tento týden s bolestí břicha.", "history", "date"),
    ("Kom in tidigare denna vecka med feber.", "history", "date"),
    ("#run_for_tavita #RadEd", "hashtags", "name"),
    ("#JoinTheFight4Kwabena #Sarcoma", "hashtags", "name"),
    ("Images courtesy of the patient (insta: @ bones_of_iron)", "credit", "handle"),
    ("lives at no. 7 calle de la paz with her son", "history", "address"),
    ("Uczeń ze szkoły w Zakopanem, Zakopane Szkoła nr 2", "history", "address"),
    ("the Murwillumbah quarry foreman's crush injury", "title", "address"),
    ("Mesero del restaurante «La Casa de Toño», con disfagia", "history", "address"),
    ("shepherd from the hamlet of Glenbrae (about 60 people)", "history", "address"),
]  # fmt: skip

FOURTEENTH_ROUND_PASSES = [
    ("A Hampton-púp ritka jel.", "explanation"),
    ("Koronális CT-kép a bal vesében.", "images[1].alt"),
    ("Aksialt CT-bilde av thorax.", "images[1].alt"),
    ("Dorosły z płynem w prawej jamie opłucnej.", "images[1].alt"),
    ("A Magyar Radiológusok Társasága idén Pécsett ülésezik.", "explanation"),
    ("Hevesy György 1943-ban Nobel-díjat kapott.", "explanation"),
    ("NOM-229-SSA1-2002 regula la protección radiológica.", "references[1]"),
    ("Od 1. 7. 2021 platí nový standard pro mamografii.", "teaching_points[1]"),
    ("Die S2k-Leitlinie (Stand: 01.03.2021) empfiehlt MRT.", "teaching_points[1]"),
    ("Konferencja odbędzie się 10–12.05.2026 r.", "explanation"),
    ("Aged 90 or over, with a fragility fracture", "explanation"),
    ("#MoyaMoya #NeuroRad", "hashtags"),
    ("The annual congress is held in Lyon this year.", "teaching_points[1]"),
    ("WHO Informal Working Group classification of cystic echinococcosis", "references[1]"),
    ("screening was universal across the Soviet Union", "explanation"),
    ("Autor: MUDr. Jana Nováková, FN Motol", "credit"),
    ("Fall bidraget av öl Erik Lund, Akademiska sjukhuset, Uppsala", "credit"),
    ("With thanks to the team at St Mary's, London.", "credit"),
    ("mobile X-ray units nicknamed 'petites Curies' in 1914", "explanation"),
    ("Le dije al residente que mirara otra vez.", "explanation"),
    ("Chance fracture in a lap-belted passenger", "answer"),
]  # fmt: skip

FOURTEENTH_ROUND_WARNS = [
    ("Na snímku se promítá zip bundy.", "images[1].alt", "appearance"),
    ("Hadde på seg refleksvest.", "history", "appearance"),
    ("Olkavarressa tatuointi.", "findings", "appearance"),
    ("Blizna po appendektomii.", "history", "appearance"),
    ("collar con un dije de plata superpuesto", "images[1].alt", "appearance"),
]  # fmt: skip

FIFTEENTH_ROUND_BLOCKS = [
    ("Nepoti of the trust's former chief executive; nephew of the hospital's founding dean", "history", "specific_event"),
    ("the only registered male midwife in the territory, now our patient", "answer", "specific_event"),
    ("Ozeki with a shoulder dislocation", "title", "specific_event"),
    ("Her husband, Thomas Crohn, says the pain began at work.", "history", "name"),
    ("Patient number, as the ward clerk reads it, is seven-one-one-four-nine-two", "explanation", "record_number"),
    ("#AdmittedLastNight #Stroke", "hashtags", "date"),
    ("#Pray4L1ly #PedsRad", "hashtags", "name"),
    ("#GetWellSoonNanaRuth #HipFracture", "hashtags", "name"),
    ("#DonateForKoffiA #Sarcoma", "hashtags", "name"),
    ("Died H30.7.14, a fortnight after the CT", "history", "date"),
    ("Pacientul a fost internat ieri seară cu dispnee.", "history", "date"),
    ("Dovežen sinoć nakon pada s ljestava.", "history", "date"),
    ("Eile õhtul toodi haiglasse.", "history", "date"),
    ("Pacientă de 96 de ani, cu fractură de șold.", "history", "age_over_89"),
    ("Devetdesetletna gospa s padcem.", "history", "age_over_89"),
    ("Pacientas, 92 metų, su kosuliu.", "history", "age_over_89"),
    ("Pacientul este primarul orașului natal.", "history", "specific_event"),
    ("Sin pacijentice je liječnik u našoj bolnici.", "explanation", "specific_event"),
    ("Edini zobozdravnik v Kobaridu, padel s kolesa.", "history", "specific_event"),
    ("Cietusi koncertā Mežaparkā, par ko ziņoja visi mediji.", "history", "specific_event"),
    ("Ozlijeđena na utakmici Rijeka – Osijek kad je pala ograda.", "history", "specific_event"),
    ("Na čelu ima madež u obliku zvijezde.", "history", "identifying_feature"),
    ("Na podlakti tetovaža sidra z napisom »Mornar 1975«.", "history", "identifying_feature"),
    ("Gimimo data 1958-03-21, KT dėl galvos skausmo.", "history", "date"),
    ("Lucrează la cofetăria „Dulce Vis” din Sibiu.", "history", "address"),
    ("Patsient elab Muhu saarel.", "history", "address"),
    ("Pacientė iš Dūkšto kaimo, dirba pašte.", "history", "address"),
    ("Patsiendi tütar Liisa Tamm helistas.", "history", "name"),
    ("#HaiMihai #Neuro", "hashtags", "name"),
    ("The Maori moko across her chin shows on the VR images", "findings", "identifying_feature"),
]  # fmt: skip

FIFTEENTH_ROUND_PASSES = [
    ("Semnul Westermark sugerează embolie pulmonară.", "findings"),
    ("Kerley A-jooned on harvemad kui B-jooned.", "findings"),
    ("Caz prezentat de asist. Ana Popescu, dr. med., Spitalul Județean Cluj.", "credit"),
    ("#CazulZilei #Radiologie #Neuroimagistică", "hashtags"),
    ("#SlucajTjedna #Radiologija", "hashtags"),
    ("Fleischneri Ühingu soovitused uuendati 2017. aastal.", "explanation"),
    ("Boala este endemică în regiunile rurale, mai ales la crescătorii de oi.", "explanation"),
    ("Endemska nefropatija javlja se u selima uz Dunav.", "explanation"),
    ("The congress's Annual Meeting ran from the second to the sixth of December.", "teaching_points[1]"),
    ("The Canadian C-spine rule was developed in Ottawa, Ontario.", "answer"),
    ("Taiwan's fiscal calendar is not the Reiwa era; Japan's era began on 2019-05-01.", "explanation"),
    ("Kikuchi disease presents with painless cervical-chain nodes.", "explanation"),
    ("Always ask about tattoos before MRI.", "teaching_points[1]"),
    ("Tattoo pigment in axillary nodes can mimic calcification.", "explanation"),
    ("Kia ora to Mere Tawhiri RN, radiology nursing, Wellington Hospital", "credit"),
]  # fmt: skip

FIFTEENTH_ROUND_WARNS = [
    ("Tattoo ink artefact over the left forearm on the MRI.", "findings", "appearance"),
    ("Old skin scarring over the left shin.", "findings", "appearance"),
    ("Wearing a hi-vis vest when the car hit him.", "history", "appearance"),
    ("Na snimci se vide metalni gumbi i zadrga.", "images[1].alt", "appearance"),
    ("Artefact de la sutien peste sânul drept.", "findings", "appearance"),
    ("Pacijent je skladišni radnik.", "history", "occupation"),
]  # fmt: skip

SIXTEENTH_ROUND_BLOCKS = [
    ("'Little Joe' is well known to the ED from many visits.", "findings", "name"),
    ("the quiz is for Bunny (as he asks to be called), who has a lytic rib", "question", "name"),
    ("exported as 'okafor_chidi_chest_pa.png' and cropped", "images[1].alt", "name"),
    ("Seen aréir after a fall from a hay shed.", "history", "date"),
    ("his niece, the BBC regional weather presenter, brought him in", "history", "specific_event"),
    ("(Her father, who coaches the county minor hurling side, agreed.)", "answer", "specific_event"),
    ("Pacientka je sestra slavne slovenske pevke.", "history", "specific_event"),
    ("Pacijent je tehničar naše radiologije.", "history", "specific_event"),
    ("Jedan od preživjelih požara u klubu Lavirint.", "history", "specific_event"),
    ("Umro 14. srpnja 2023, tjedan dana nakon CT-a.", "history", "date"),
    ("Prejšnji teden je prišel z bolečino v prsih.", "history", "date"),
    ("Devetindevetdesetletna ženska s padcem.", "history", "age_over_89"),
    ("Locuiește pe strada Florilor nr. 12 din Bistrița.", "history", "address"),
    ("dzīvo Brīvības iela 5, Rīgā", "history", "address"),
    ("#RugăciuniPentruIoana #Neuro", "hashtags", "name"),
    ("he's known for it locally, that gold tooth", "findings", "identifying_feature"),
    ("recognised in clinic by the scar on his lip", "explanation", "identifying_feature"),
]  # fmt: skip

SIXTEENTH_ROUND_PASSES = [
    ("Smith J, Doe A. The Leeds experience 1981-1990. Br J Radiol. 1992;65:1-5.", "references[1]"),
    ("Tick-borne encephalitis is well recognised in parts of Austria, including Carinthia and Tyrol.", "explanation"),
    ("Valley fever emerged in Washington State in 2010.", "explanation"),
    ("Salmonella osteomyelitis in sickle cell disease.", "answer"),
    ("Jo garbei pavadintas vienetas yra bekerelis.", "explanation"),
    ("Od 2018. gada direktīva ir jāievieš dalībvalstīs.", "explanation"),
    ("Caz prezentat de medic radiolog Ion Popa, Spitalul Județean Iași.", "credit"),
    ("Lucía's sign is not a thing; the appendix is perforated.", "explanation"),
]  # fmt: skip

SIXTEENTH_ROUND_WARNS = [
    ("Bărbat de 50 de ani, tâmplar de profesie.", "history", "occupation"),
    ("Adus cu casca de motociclist și geaca de piele.", "history", "appearance"),
    ("hooks of a brassiere over the spine", "images[1].alt", "appearance"),
]  # fmt: skip

SEVENTEENTH_ROUND_BLOCKS = [
    ("Scanned forty minutes ago and the report is still pending.", "explanation", "date"),
    ("Geburtsdatum: 3 Juni 1961. Überwiesen wegen Dysphagie.", "history", "date"),
    ("Former Wallabies prop with neck pain.", "history", "specific_event"),
    ("He is the state under-19 side's opening bowler.", "answer", "specific_event"),
    ("Our new hospital chaplain presented with headache.", "question", "specific_event"),
    ("#KiaKahaAroha #Neuro", "hashtags", "name"),
    ("#GuteBesserungMia #Kinderradiologie", "hashtags", "name"),
    ("the silver cap on his canine, her well-known trademark look", "findings", "identifying_feature"),
    ("Zijn zus, die bij ons als verpleegkundige werkt, bracht hem.", "history", "specific_event"),
    ("Woont aan de Dorpsstraat in Ameide.", "history", "address"),
    ("Verletzt beim Unglück auf der A7 bei Hamburg.", "history", "specific_event"),
    ("Gewond op de Haagse kermis bij een valpartij.", "history", "specific_event"),
    ("Blessée lors des affrontements après le match Lyon–Marseille.", "history", "specific_event"),
    ("Er ist Torwart des örtlichen Vereins.", "history", "specific_event"),
    ("De enige tandarts van Vlieland, verwezen met kaakpijn.", "history", "specific_event"),
    ("notre propre manipulatrice, scannée pendant sa garde", "history", "specific_event"),
]  # fmt: skip

SEVENTEENTH_ROUND_PASSES = [
    ("Mulher de 30 anos, queda de moto, com capacete.", "history"),
    ("He was wearing a bicycle helmet.", "history"),
]  # fmt: skip

SEVENTEENTH_ROUND_WARNS = [
    ("Elektricien van beroep, schouderpijn.", "history", "occupation"),
    ("Der Reißverschluss der Jacke projiziert sich.", "images[1].alt", "appearance"),
    ("jaqueta de couro sobre o tórax", "images[1].alt", "appearance"),
]  # fmt: skip

EIGHTEENTH_ROUND_BLOCKS = [
    ("Radiograph of Harper J. - a classic boxer's fracture", "title", "name"),
    ("pt marisol jenkins, 34, came in after a fall", "history", "name"),
    ("Everyone on the ward calls him 'Wee Shug' Dempster.", "history", "name"),
    ("#AitorComesBack #Trauma", "hashtags", "name"),
    ("#ÀnimsJordi #Pediatria", "hashtags", "name"),
    ("#GeçmişOlsunAyşe #radyoloji", "hashtags", "name"),
    ("Arribada aquest matí amb dolor abdominal.", "history", "date"),
    ("Ingresó antier por fiebre.", "history", "date"),
    ("Veio na Consoada com tosse.", "history", "date"),
    ("Operat fa dues setmanes; control radiològic.", "history", "date"),
    ("First seen on the film of 7.3.23, missed.", "answer", "date"),
    ("Born the night the Berlin Wall fell, scanned for headache.", "history", "date"),
    ("Dona de 96 anys amb dispnea.", "history", "age_over_89"),
    ("Working it out: 2025 minus 1931 gives her age.", "answer", "age_over_89"),
    ("Processo clínico n.º 5521903, doente do serviço.", "history", "record_number"),
    ("NHC 7730215, sense antecedents.", "history", "record_number"),
    ("Raqam al-malaf 4471-22, Baabda.", "explanation", "record_number"),
    ("She messaged the department from @climbing_cass with the photos.", "explanation", "handle"),
    ("Veïna de Cabrera de Mar, mestressa de casa.", "history", "address"),
    ("Sakne bi day3et Deir Qanoun, 45 sene.", "history", "address"),
    ("Found on the bench outside the Golden Fleece in Much Wenlock.", "history", "address"),
    ("The only child in the county with Hutchinson-Gilford progeria.", "history", "identifying_feature"),
    ("One of three known families with the variant in Nunavut.", "explanation", "identifying_feature"),
    ("L'únic pacient amb aquesta síndrome a Menorca.", "explanation", "identifying_feature"),
    ("His cousin, on the front page of the local paper last year.", "history", "identifying_feature"),
    ("Backup goalie for the town's junior hockey team, puck to the larynx.", "history", "specific_event"),
    ("Knee MRI of the Maple Leafs' netminder.", "findings", "specific_event"),
    ("Drummer of a hugely famous Irish band, wrist pain.", "history", "specific_event"),
    ("She owns the only bakery in the village.", "history", "specific_event"),
    ("Köyün tek öğretmeni, merdivenden düşmüş.", "history", "specific_event"),
    ("Il-mukhtar, 70 sene, chest pain.", "history", "specific_event"),
    ("His daughter runs the chip shop on the harbour front.", "history", "specific_event"),
    ("Rescued from the trawler 'Sea Spray' off Whitby.", "history", "specific_event"),
    ("ATV rollover near Moose Jaw, SK; open tib fib.", "history", "specific_event"),
]  # fmt: skip

EIGHTEENTH_ROUND_PASSES = [
    ("Last week's quiz answer was Perthes disease.", "question"),
    ("The answer to last week's quiz: a Segond fracture.", "explanation"),
    ("Poll closes Sunday; answers in Tuesday's thread.", "question"),
    ("Halloween special: the 'skeleton key' sign.", "title"),
    ("Próximo caso: jueves 12 de junio a las 19:00 h.", "explanation"),
    ("Charles Dotter's catheter technique is used today still.", "explanation"),
    ("Vírus Coxsackie B e pericardite.", "explanation"),
    ("A Espanya, la prevalença és baixa.", "teaching_points[1]"),
    ("Ailevi Akdeniz ateşi en sık Anadolu'da görülür.", "teaching_points[1]"),
    ("Türkiye'de ilk BT cihazı 1924'te değil, çok sonra; ilk röntgen 1897'de Dr. Esat Feyzi ile.", "explanation"),
    ("Imatges: Dra. Laia Puig i Dr. Oriol Vidal (Hospital del Mar).", "credit"),
    ("Shared by Prof. Deniz Aksoy & the Hacettepe Uni MSK team", "credit"),
    ("Weber B. fracture of the distal fibula.", "findings"),
    ("patient identifiers were removed before upload", "explanation"),
    ("Moderate small vessel change; this should not derail the workup.", "explanation"),
    ("Radiographers call it the 'Mickey Mouse' sign.", "explanation"),
    ("One of only three cases reported in the literature.", "explanation"),
    ("Cyst next to the Hoffa fat pad in the knee.", "findings"),
]  # fmt: skip

NINETEENTH_ROUND_BLOCKS = [
    ("Her first name sounds like 'Carmen' but it's Karmen, with a K.", "history", "name"),
    ("Ref: OKAFOR, chidi - 3/7 cough", "overrides.x.history", "name"),
    ("O pai, Senhor Joaquim, trouxe-o de carro.", "explanation", "name"),
    ("Came in the evening before last with a swollen calf.", "history", "date"),
    ("Seen over the Easter break just gone with flank pain.", "question", "date"),
    ("Va caure fa un moment a l'escola.", "question", "date"),
    ("TC feita o 9 de xullo de 2023.", "findings", "date"),
    ("Arribat el 3 de febrer de 2024 amb febre.", "history", "date"),
    ("Admitted on the last day of Passover with chest pain.", "history", "date"),
    ("Blew out 95 candles last spring, now a hip fracture.", "title", "age_over_89"),
    ("Dona de cent anys amb fractura de maluc.", "answer", "age_over_89"),
    ("Zaken ben 96, nafal ba-bayit.", "history", "age_over_89"),
    ("Per NZ health index QRS4567, records were requested.", "explanation", "national_id"),
    ("She vlogs as a youtuber (channel 'Walks with Wendy') and posted the film.", "answer", "handle"),
    ("Alumno del CEIP Sant Jordi; cayó en el recreo.", "answer", "address"),
    ("Kinvara fisherman with haemoptysis", "title", "address"),
    ("Drummer of a certain stadium band, wrist pain after the tour.", "title", "specific_event"),
    ("The 2.05 m tall man everyone in the village knows by sight.", "answer", "identifying_feature"),
    ("Tothom ho sap: tot el poble la coneix per la cicatriu.", "history", "identifying_feature"),
    ("Hasta, hastanemizin başhemşiresi; kendi BT'sine bakmak istedi.", "explanation", "specific_event"),
    ("Her daughter - our SHO on nights - brought her in.", "question", "specific_event"),
    ("Wife is the landlady of the inn right opposite our front door.", "history", "specific_event"),
    ("33M, scooter vs. delivery van on the C-17 near Vic.", "history", "specific_event"),
    ("Rider, 27, head-on with a tanker on the Karakoram Highway at Gilgit.", "history", "specific_event"),
    ("Beşiktaş–Trabzonspor maçında tribünden düşen taraftar.", "history", "specific_event"),
    ("Omonia striker's knee: what did the first MRI miss?", "title", "specific_event"),
    ("Dövme: göğsünde 'Annem' yazıyor, BT'de görünüyor.", "findings", "identifying_feature"),
    ("#MSKMonday #BarrioDeSantaCruzContigo", "hashtags", "name"),
]  # fmt: skip
NINETEENTH_ROUND_PASSES = [
    ("Criteris de McDonald: disseminació en espai i temps.", "teaching_points[1]"),
    ("La febre Q és freqüent al País Basc.", "explanation"),
    ("#Radyoloji #TıpEğitimi #OlguSunumu", "hashtags"),
    ("Koronal T1 ağırlıklı MR görüntüsü; ok, lezyonu gösteriyor.", "images[1].alt"),
    ("Cas cedit per la Dra. Marta Puig i Serra, Hospital de la Santa Creu i Sant Pau.", "credit"),
    ("Signed electronically by the reporting radiologist.", "explanation"),
    ("Ruptured Baker's cyst tracking into the calf.", "findings"),
    ("Ein Bergmann mit Silikose: Eierschalenverkalkung der Hilusknoten.", "history"),
    ("Cornish fisherman? No: the point is the pattern, not the job.", "explanation"),
]  # fmt: skip

TWENTIETH_ROUND_BLOCKS = [
    ("Wife is the sous chef at the Ritz on Piccadilly and brought the old films.", "history", "address"),
    ("He works at the BGC High Street Central cafe and fainted on shift.", "history", "address"),
    ("61F from Kuttanad village with a liver abscess.", "history", "address"),
    ("#BeatCancerGraham #GUrad", "hashtags", "name"),
    ("#hugsforNanaJoan #chestrad", "hashtags", "name"),
    ("#BrzySeUzdravPetro #CT", "hashtags", "name"),
    ("#GyógyuljMegBence #MR", "hashtags", "name"),
    ("#ChucMinhAnhMauKhoe #neurorad", "hashtags", "name"),
    ("#Radiology cc @kayak_kev_22 who wanted to be tagged", "hashtags", "handle"),
    ("DOB 0 4 / 1 1 / 1 9 7 7 per the referral", "history", "date"),
    ("PhilHealth no. 19-876543210-5 on the request form.", "findings", "national_id"),
    ("Card 3-4501-00321-44-9 visible on the film, please crop.", "findings", "national_id"),
    ("Przyjęty w Wigilię, the girl who swallowed a battery on 24 December 2022", "title", "date"),
    ("Osmdesát? Ne, devadesátiletá paní s pádem.", "title", "age_over_89"),
    ("Kilencvenéves férfi csípőtöréssel.", "history", "age_over_89"),
    ("Mieszka przy ulicy Polnej 4 w małej wsi.", "history", "address"),
    ("Býva na Hlavnej ulici v Levoči.", "history", "address"),
    ("Ranny w karambolu na S7 pod Gdańskiem, zderzyło się osiem aut.", "history", "specific_event"),
    ("Zranil sa v zápase Košice – Prešov po súboji hlavami.", "history", "specific_event"),
    ("A múlt heti viharban felborult hajó utasa.", "history", "date"),
    ("Jedyna pielęgniarka w gminie Lutowiska, 48 lat.", "history", "specific_event"),
    ("A falu egyetlen postása lett a betegünk.", "explanation", "specific_event"),
    ("Zdjęcie ręki z tatuażem „Kasia 2001” nad złamaniem.", "images[1].alt", "identifying_feature"),
    ("Rekonstrukce 3D: obličej je plně rozpoznatelný.", "images[1].alt", "identifying_feature"),
]  # fmt: skip
TWENTIETH_ROUND_PASSES = [
    ("Reply from @chest_fellow: 'Luftsichel sign?' Yes.", "findings"),
    ("Spracoval MUDr. Peter Kováč, RDG oddelenie FNsP Prešov", "credit"),
    ("11 listopada obchodzimy Międzynarodowy Dzień Radiologii w całej Polsce.", "explanation"),
    ("A kongresszus március 6. és március 9. között lesz Budapesten.", "explanation"),
    ("ECR 2026 runs 4–8 March in Vienna: who's coming?", "explanation"),
    ("#ChucMungNamMoi #Radiology", "hashtags"),
    ("Greetings from Kigali, teaching at the University of Rwanda this week.", "title"),
]  # fmt: skip

TWENTY_FIRST_ROUND_BLOCKS = [
    ("Wrist XR labelled OYELARAN, BISI in the corner", "images[1].alt", "name"),
    ("Chest film with the label AMINA YUSUF BELLO at the top.", "images[1].alt", "name"),
    ("Cliché thoracique, étiquette « FAVREAU Jean-Luc » en haut.", "images[1].alt", "name"),
    ("Paz. Bianchi R. - RM encefalo con mdc.", "findings", "name"),
    ("Remerciements à la famille Lemoine, qui partage le cas de leur fils Noé.", "credit", "name"),
    ("Images partagées par la patiente, @lea_court_toujours sur Instagram.", "credit", "handle"),
    ("Âge : 94 ans, chute de sa hauteur.", "history", "age_over_89"),
    ("Età: 96, frattura di femore.", "history", "age_over_89"),
    ("Cette semaine, un enfant avalé une pièce.", "history", "date"),
    ("Arrivato sabato sera dopo una caduta.", "history", "date"),
    ("Esame n. RM-55120-C: lesione del menisco", "title", "record_number"),
    ("Lavora come barista al Caffè Centrale di Alba, dolore alla spalla.", "history", "address"),
    ("Violent orage : cycliste projeté contre un mur avenue de la Gare à 18 h", "title", "specific_event"),
    ("Le bourgmestre de Spa, admis pour une pneumonie.", "history", "specific_event"),
    ("L'allenatore della Primavera dell'AC Monza, lesione del crociato.", "history", "specific_event"),
    ("Riconoscibile da tutti per la cicatrice sul mento.", "history", "identifying_feature"),
    ("The Llanddewi village vet's own scaphoid fracture", "title", "specific_event"),
    ("The reigning Olu of Warri, admitted with chest pain.", "history", "specific_event"),
    ("Clinical photo: her face, freckles and a scar across the chin.", "images[1].alt", "identifying_feature"),
    ("#BringBackAoife #GAA", "hashtags", "name"),
    ("#BeatItBarney #EMrad", "hashtags", "name"),
    ("#CourageDenise #radiologie", "hashtags", "name"),
]  # fmt: skip
TWENTY_FIRST_ROUND_PASSES = [
    ("US kidney, calipers 11.2 cm, on-screen label 'LT KID LONG'", "images[1].alt"),
    ("Film labelled AP SUPINE PORTABLE.", "images[1].alt"),
    ("Diametro aortico: 5,5 cm nell'uomo, 5,0 cm nella donna.", "teaching_points[1]"),
    ("Donna in età fertile con dolore pelvico acuto.", "history"),
    ("Caso a cura del Dott. Marco Ferri, Radiologia, Ospedale di Lodi", "credit"),
    ("Immagini: Dr.ssa Anna Rota, Istituto Clinico Humanitas, Rozzano", "credit"),
    ("A sprinter with sudden posterior thigh pain mid-race: hamstring origin.", "question"),
    ("Les patients vus le lundi matin aux urgences ont souvent des entorses.", "teaching_points[1]"),
    ("#BringBackTheBasics #FOAMrad", "hashtags"),
]  # fmt: skip

TWENTY_SECOND_ROUND_BLOCKS = [
    ("EDIT: SSN was 4️⃣1️⃣2️⃣-6️⃣6️⃣-0️⃣1️⃣9️⃣3️⃣, sorry", "findings", "ssn"),
    ("the Aadhaar is 5821 ④⑥⑦⓪ 2290, for the referral", "explanation", "phone"),
    ("correction: his TikTok is @🅳🅰🆅🅴🆈_🅺", "overrides.x.history", "handle"),
    ("sorry, typo: 9⃣4⃣M, not 49M", "history", "age_over_89"),
    ("typo above, the pt is S@r@h P@rk3r", "findings", "name"),
    ("Bangladesh NID 1987269184735621 on the header", "images[1].alt", "national_id"),
    ("Citizenship no. 31-02-74-01187, neurocysticercosis", "title", "national_id"),
    ("Lab no. BSMMU/HEM/55210: ADA 81 U/L", "findings", "record_number"),
    ("CT of 14 Mangsir 2080 shows resolution.", "findings", "date"),
    ("His village, Thulo Gaun in Sindhupalchok, has more cases.", "explanation", "address"),
    ("Grade 10 student of Holy Cross College, knee pain.", "history", "address"),
    ("15yo attends Roosevelt High in Fargo, ankle injury.", "history", "address"),
    ("Brought from their farm out past Taihape with a fever.", "findings", "address"),
    ("The only Year 6 pupil at the school on Great Barrier Island.", "explanation", "specific_event"),
    ("Presents the weather slot on the regional evening news, headache.", "history", "specific_event"),
    ("#IStandWithRuwan #RadEd", "hashtags", "name"),
    ("#kryapådigElsa #radiologi", "hashtags", "name"),
    ("#godbedringOla #traume", "hashtags", "name"),
    ("Kom 3. júlí 2024 á bráðamóttöku.", "history", "date"),
    ("Kom inn síðastliðinn mánudag með verki.", "history", "date"),
    ("Tíræður maður með lungnabólgu.", "history", "age_over_89"),
    ("Hún býr í Hrísey og vinnur í búðinni.", "history", "address"),
    ("Han er den eneste tannlegen på Træna.", "history", "specific_event"),
    ("Potilas on Enontekiön kunnan ainoa eläinlääkäri.", "history", "specific_event"),
    ("Hon är kommunstyrelsens ordförande i Pajala.", "history", "specific_event"),
    ("Samordningsnummer 19900872-3391 used at triage.", "explanation", "national_id"),
    ("VR-rekonstruktion: ansiktet är igenkännbart.", "images[1].alt", "identifying_feature"),
]  # fmt: skip
TWENTY_SECOND_ROUND_PASSES = [
    ("Nodule EU-TIRADS 4 de 14 mm.", "findings"),
    ("ACR TI-RADS 3, no follow-up.", "findings"),
    ("Ibn Sina (980-1037) described meningitis.", "explanation"),
    ("Sushruta described fracture splinting around 600 BCE.", "explanation"),
    ("Crimean-Congo fever rises in the Eid-ul-Adha season.", "teaching_points[1]"),
    ("#BringBackTheBasics #FOAMed", "hashtags"),
    ("T2 and T1 images at the C3 and L4 levels; B12 low.", "findings"),
]  # fmt: skip

TWENTY_THIRD_ROUND_BLOCKS = [
    ("Cast signed 'Get well soon Eoghan!' by the whole squad.", "findings", "name"),
    ("#RTC #lastnight #TraumaRad", "hashtags", "date"),
    ("A gentleman of three years past ninety, hip fracture.", "findings", "age_over_89"),
    ("Knuckle tattoo over the phalanges: H-A-T-E on the right.", "findings", "identifying_feature"),
    ("Vive en la Manzana 7 Lote 3 de la colonia.", "findings", "address"),
    ("As the only midwife in her village in the highlands, she waited.", "explanation", "specific_event"),
    ("#HealUpHarriet #EMrad", "hashtags", "name"),
    ("#OraciónPorDonCarlos #Radiología", "hashtags", "name"),
    ("His Twitch handle xXGr1mReaperTomXx streamed the fall.", "explanation", "handle"),
    ("Patiënte (@lotte.fietst op Instagram) gaf toestemming.", "credit", "handle"),
    ("Deze namiddag op de spoed met buikpijn.", "history", "date"),
    ("Vergangenen Samstag gestürzt, Hüftschmerz.", "history", "date"),
    ("Vierundneunzigjährige Patientin nach Sturz.", "history", "age_over_89"),
    ("Wohnhaft in der Lindengasse 12, akutes Abdomen.", "history", "address"),
    ("Verletzt beim Lawinenabgang oberhalb von Lech.", "history", "specific_event"),
    ("Gemeindepräsident von Saas-Fee, Synkope.", "history", "specific_event"),
    ("Een hartvormige moedervlek op de wang.", "history", "identifying_feature"),
    ("Gesicht: rote Locken und markante Narbe am Kinn.", "images[1].alt", "identifying_feature"),
]  # fmt: skip

EIGHTEENTH_ROUND_WARNS = [
    ("Emekli çiftçi, kronik öksürük.", "history", "occupation"),
    ("Siyah gömlek ile çekim yapılmış.", "findings", "appearance"),
    ("Sağ kolda dövme izleniyor.", "images[1].alt", "appearance"),
    ("Belly-button bar over L4 on the AP film.", "images[1].alt", "appearance"),
]  # fmt: skip

TWENTY_FOURTH_ROUND_BLOCKS = [
    ("#ChestRad #HeartsForLilaMae #CXR", "hashtags", "name"),
    ("#SalamtakYaKhalid #trauma", "hashtags", "name"),
    ("#radiologija #ZdravjeZaNejca #UZ", "hashtags", "name"),
    ("#brzooporavakIvica #MR", "hashtags", "name"),
    ("Kod-e melli 007-938452-1 on the request form.", "findings", "national_id"),
    ("Admission note, 3 May 2024, Emergency Department, 04:10.", "references[1]", "date"),
    ("Operative note, dictated last night, Theatre 2.", "references[1]", "date"),
    ("Pemberton K (the patient). Personal communication, 2024.", "references[1]", "name"),
    ("Lowry S (patient's wife). Written account, unpublished, 2024.", "references[1]", "name"),
    (
        "Ives J, Roe P. Pars defects in a teenager: the case of Oliver Quennell. "
        "Case Rep Radiol. 2024;12:44-49.",
        "references[1]",
        "name",
    ),
    (
        "Referred by the school nurse at Ashcombe Primary School, where the patient is in Year 3",
        "credit",
        "address",
    ),
    ("B. Farmer's lung - he's the sole thatcher in Lustleigh", "quiz.options[2]", "specific_event"),
    ("Thx to Rosalind Ferrars-Whyte for letting us share her scans", "history", "name"),
    ("Juče po podne pala je sa bicikla.", "history", "date"),
    ("Prejšnjo soboto je začutil bolečino v prsih.", "history", "date"),
    ("Postradal v avtobus minalata nedelya sutrinta.", "history", "date"),
    ("Vinerea trecută a căzut de pe scară.", "history", "date"),
    ("Poškodovan 24. julija, ko je nanj padlo drevo.", "history", "date"),
    ("Bolnik iz Bovca z bolečino v kolenu.", "history", "address"),
]  # fmt: skip
TWENTY_THIRD_ROUND_PASSES = [
    ("Case from the Nuc Med registrars, with thanks to Dr H. Patel", "credit"),
    ("Al-Zahrawi (Albucasis, 936-1013) described reducing a dislocated shoulder.", "explanation"),
    ("Sluchay predostaven ot d-r Nikolay Petkov, rentgenolog, Plovdiv.", "credit"),
    ("Boala Crohn cu afectarea ileonului terminal", "quiz.options[2]"),
    ("TR/TE 4500/102 ms, debelina reza 3 mm, matrika 320 x 256.", "explanation"),
    ("Svetovni dan boja proti raku je 4. februarja.", "explanation"),
    ("Ziua Internațională a Radiologiei se sărbătorește pe 8 noiembrie.", "explanation"),
    ("#HeartsForRadiology #SalamtakYaDoctor", "hashtags"),
]  # fmt: skip

TWENTY_FIFTH_ROUND_BLOCKS = [
    ("admitted the third of june twenty twenty-two after a fall", "history", "date"),
    ("born boxing day, nineteen forty-eight", "explanation", "date"),
    ("died on 2o24-o1-15, PM CT below", "history", "date"),
    ("dob 14 / xi / 61, haematuria", "history", "date"),
    ("she just had her ninetieth birthday - what's the mass?", "question", "age_over_89"),
    ("Gran is 97 and still drives; new lung mass.", "history", "age_over_89"),
    ("sent to me by p.o.w.e.l.l.j (at) gmail - thoughts?", "question", "email"),
    ("the family set up #justice4tilly, pls be kind", "explanation", "name"),
    ("follow #pray4jonah_PICU for updates", "credit", "name"),
    ("aadhaar five two one one / 8844 / 0193, fall from scaffolding", "history", "national_id"),
    ("ring her husband on oh seven eight double-four, six hundred, two one nine", "explanation", "phone"),
    ("found collapsed outside the chemist on kirkgate rd, otley", "history", "address"),
    ("study id RF CARDIO 0915/23, enrolled in the trial", "history", "record_number"),
    ("mum, emily, reports bilious vomits", "findings", "name"),
    ("her son - he's the headmaster at st brendans primary in ardee - brought her", "history",
     "specific_event"),
    ("pt is derby county's goalkeeper, keep it quiet", "history", "specific_event"),
    ("one of the porters from our own ED, 50s, crushed by a lift door", "history",
     "specific_event"),
    ("collapsed near mile 20 of the manchester marathon '24, rhabdo work-up", "explanation",
     "specific_event"),
    ("deckhand on the MV Silver Tern that sank off Ullapool, hypothermic", "history",
     "specific_event"),
    ("brought in over the wknd, found down at home", "findings", "date"),
    ("Nose stud with a custom silver crescent design on the scout view", "images[1].alt",
     "identifying_feature"),
    ("Gold grill spelling BOSS across the upper incisors", "images[1].alt", "identifying_feature"),
    ("He plays hooker for the Sharks; C-spine CT after a scrum collapse.", "history",
     "specific_event"),
    ("Registrar at this hospital, presenting with haematuria.", "history", "specific_event"),
    ("A doente é médica do nosso hospital.", "explanation", "specific_event"),
    ("Famoso futbolista del club local, lesión de rodilla.", "history", "specific_event"),
    ("Resident of Section B, stand no. 4471, with haemoptysis.", "history", "address"),
    ("Lives alone in a cottage just outside Ballyjamesduff.", "history", "address"),
]  # fmt: skip
TWENTY_FOURTH_ROUND_PASSES = [
    ("Thanks to the MSK team at Addenbrooke's for the images", "credit"),
    ("WFNS 2, modified Fisher 3 SAH.", "history"),
    ("Bolus tracking on the main PA, triggered at 100 HU.", "explanation"),
    ("Ring enhancing lesion shaped like a horseshoe.", "findings"),
    ("TNF plays a key role with the Th17 pathway.", "explanation"),
    ("Jornada Paulista de Radiologia, de 1 a 4 de maio de 2025.", "explanation"),
    ("Regurgitant jet from the MV toward the LA.", "findings"),
    ("Exertional rhabdomyolysis was common after the London Marathon 2019 in one series.",
     "explanation"),
    ("Lesion in room number 3 of the MRI suite, a quirk of the scanner.", "findings"),
]  # fmt: skip

TWENTY_SIXTH_ROUND_BLOCKS = [
    ("Splenic injury after the Rathlin ferry collision", "title", "specific_event"),
    ("'I'm ninety-six and I still dig my own garden,' he said.", "history", "age_over_89"),
    ("Na-admit siya noong Hulyo 9, 2024, madaling araw.", "answer", "date"),
    ("Brought from village Kheri Kalan, tehsil Palwal.", "history", "address"),
    ("JSHSHIR 30507901120027, admitted with an acute abdomen.", "history", "national_id"),
    ("Amb. card No. 11-2093, followed at the dispensary.", "history", "record_number"),
    ("Daughter of the hokim of Chust district, fell from a horse.", "history", "specific_event"),
    ("From Eski Shahar mahalla, lives next to the mosque.", "history", "address"),
    ("Il paziente ha il nome «Giada» tatuato sul polso.", "explanation", "identifying_feature"),
    ("Une incisive en or gravée de l'initiale « K ».", "history", "identifying_feature"),
    ("Il sig. Castelnuovo, 71 anni, con dolore toracico.", "history", "name"),
    ("Numéro de registre national 68.11.02-231.44 ; hématurie.", "history", "national_id"),
    ("Vendeuse au marché Kermel, retrouvée inconsciente.", "history", "address"),
    ("Institutrice à l'école communale de Wépion, toux nocturne.", "history", "address"),
    ("The patient is the caposala of our own reparto.", "explanation", "specific_event"),
    ("Joueuse de l'équipe des Carabins de Montréal, chute.", "history", "specific_event"),
    ("Nota soprano del Teatro San Carlo, disfonia.", "history", "specific_event"),
]  # fmt: skip
TWENTY_FIFTH_ROUND_PASSES = [
    ("Thanks to our residents Ani Hakobyan and Davit Grigoryan for the case.", "credit"),
    ("Nikolai Pirogov made frozen sections of the body in the 1850s.", "explanation"),
    ("Stenosi foraminale L4-L5 di grado 2 secondo Lee.", "findings"),
    ("Octobre rose : this week we post mammography cases.", "explanation"),
    ("Paul Lauterbur and Peter Mansfield shared the 2003 Nobel Prize for MRI.", "explanation"),
    ("Saul Hertz first treated hyperthyroidism with radioiodine at Mass General in 1941.",
     "explanation"),
]  # fmt: skip

TWENTY_SEVENTH_ROUND_BLOCKS = [
    ("Export /pacs/export/2024/mbeki_thandiwe_ct_chest/SE002/IM0044.dcm shows a mass.",
     "findings", "name"),
    ("IMG_2291_MrOkafor_kneeXR.jpg - spot the fracture", "title", "name"),
    ("PatientName (0010,0010) = 'DE LA CRUZ^MARIA'; 61F, dyspnoea", "history", "name"),
    ("W zeszły wtorek przyjęta z bólem brzucha.", "findings", "date"),
    ("Patientin im 97. Lebensjahr, Sturz zu Hause.", "explanation", "age_over_89"),
    ("Operiert am 3. Jänner 2023, Kontroll-CT unauffällig.", "explanation", "date"),
    ("#ModlimySięZaKasię #Radiologia", "hashtags", "name"),
    ("Lateral knee radiograph, Patient K. Gruber, lipohaemarthrosis.", "images[1].alt", "name"),
    ("Der Sohn, Matthias Brenner, berichtet von Stürzen.", "history", "name"),
    ("Auf Station nur „Schnecke“ genannt, dritter Ileus.", "explanation", "name"),
    ("Oberärztin unserer eigenen Kardiologie, Sturz mit dem Rad.", "history", "specific_event"),
    ("Poseł na Sejm z okręgu nowosądeckiego, nagły ból głowy.", "title", "specific_event"),
    ("Rescued from the Estonia ferry, aspiration and hypothermia.", "history", "specific_event"),
    ("Die hufeisenförmige Narbe an der Wange stammt von einem Hundebiss.", "history",
     "identifying_feature"),
    ("Kellnerin im Café Sacher am Albertinaplatz, Schulterschmerz.", "explanation", "address"),
    ("Jeden z rannych w wypadku busa na zakopiance, uraz kręgosłupa.", "title",
     "specific_event"),
]  # fmt: skip
TWENTY_SIXTH_ROUND_PASSES = [
    ("AO/OTA 44-B2 = Weber B.", "answer"),
    ("Coronal CT, anonymised label 'Anonymous^Patient' in the corner.", "images[1].alt"),
    ("Złamanie Segonda", "quiz.options[2]"),
    ("With thanks to our sonographers, especially Hannah B., for the images.", "credit"),
    ("Vorgestellt beim Deutschen Röntgenkongress, 8.–10. Mai 2024 in Wiesbaden.", "credit"),
    ("Październik – miesiąc świadomości raka piersi. Dziś przypadek z mammografii.", "title"),
    ("USPSTF dropped the screening age to 50 in March 2021. Would this case qualify?",
     "question"),
    ("Den Fall haben wir beim ECR 2025 in Wien als Poster gezeigt.", "explanation"),
    ("The so-called 'Mickey Mouse' sign of PSP.", "explanation"),
    ("Series T1_FLAIR_AX and DWI_b1000 from the anon_case_017.dcm export.", "findings"),
]  # fmt: skip

TWENTY_EIGHTH_ROUND_BLOCKS = [
    ("Well-known ghazal vocalist, 71M, hoarse voice.", "question", "specific_event"),
    ("Thanks to the patient, a former X Factor finalist, for sharing.", "credit",
     "specific_event"),
    ("From the Asda car park in Thirsk to our resus bay: a dissection", "title", "address"),
    ("Her husband, the BBC correspondent in Lagos, noticed the droop.", "history",
     "specific_event"),
    ("He works nights at the cannery in Lautoka, fish-bone injury.", "explanation", "address"),
    ("Nittiåtte år og fortsatt på ski.", "title", "age_over_89"),
    ("#RadEd #StyrkeTillSigrid #NeuroRad", "hashtags", "name"),
    ("She lives alone out on Vardø, long transport time.", "explanation", "address"),
    ("Boende på Björkbackens äldreboende, avdelning 2.", "history", "address"),
    ("Hans søn er overlæge på vores egen ortopædkirurgiske afdeling.", "history",
     "specific_event"),
    ("Potilaan äiti on Oulun kaupunginjohtaja.", "history", "specific_event"),
    ("Potilas on tunnettu iskelmälaulaja, kiertue peruttu.", "history", "specific_event"),
]  # fmt: skip
TWENTY_SEVENTH_ROUND_PASSES = [
    ("Kiitokset kuvista: LT Jenni Virtanen, HUS Diagnostiikkakeskus.", "credit"),
    ("Fallet presenterades på Röntgenveckan i september 2023.", "explanation"),
    ("Inför Världsstrokedagen den 29 oktober: vilket är det tidigaste tecknet?", "question"),
    ("Happened to be shown at the ECR meeting, 28 February 2024 in Vienna.", "explanation"),
]  # fmt: skip

TWENTY_NINTH_ROUND_BLOCKS = [
    ("Patiënte, 93 j., plotse hevige buikpijn.", "history", "age_over_89"),
    ("Gezien haar leeftijd, ruim in de negentig, conservatief beleid.", "answer",
     "age_over_89"),
    ("De familie vroeg om #HoudVolOmaRia bij het posten.", "explanation", "name"),
    ("Na de aanvaring van het binnenvaartschip 'Marieke' bij Hasselt.", "history",
     "specific_event"),
    ("Dutch national volleyball team setter with a shoulder injury", "title", "specific_event"),
    ("He's the député of our circonscription, imaging after hours.", "explanation",
     "specific_event"),
    ("A staff nurse in the radiology department here, back pain.", "history", "specific_event"),
    ("Patiënt is laborant op onze eigen afdeling radiologie.", "explanation", "specific_event"),
    ("His son, the baker on the main square of Chefchaouen, noticed it.", "explanation",
     "address"),
    ("Onderkoeld aangetroffen aan de Ferdinand Bolstraat in Amsterdam.", "history", "address"),
    ("Bewoner van woonzorgcentrum De Vijverhof in Kortrijk.", "explanation", "address"),
]  # fmt: skip
TWENTY_EIGHTH_ROUND_PASSES = [
    ("Op 8 november, de Internationale Dag van de Radiologie, de röntgenstraal.", "explanation"),
    ("Radiologendagen 2024: onze favoriete casus van donderdag 26 september", "title"),
    ("Sinds 1 januari 2024 geldt de herziene richtlijn over contrastnefropathie.",
     "explanation"),
    ("Met dank aan Dr. Jansen en het team van de afdeling Radiologie.", "credit"),
]  # fmt: skip

THIRTIETH_ROUND_BLOCKS = [
    ("Na pravém rameni tetování s nápisem „Pavla 1978“.", "history", "identifying_feature"),
    ("„Gabi és Laci örökké” feliratú tetoválás a vállán.", "findings", "identifying_feature"),
    ("Pacientka nar. 3. 9. 1951, zlomenina krčku.", "title", "date"),
    ("Kilencvenhárom éves beteg mellkasröntgenje.", "question", "age_over_89"),
    ("Pacient bydlí v Dolní Lhotě č. p. 112.", "history", "address"),
    ("Sprevádzala ho dcéra, sestra z našej JIS.", "history", "specific_event"),
    ("Syn pacienta, farář v Novém Hrádku, se ptá.", "question", "specific_event"),
    ("A beteg a körzet országgyűlési képviselője.", "history", "specific_event"),
    ("Ide o známu speváčku z Detvy.", "history", "specific_event"),
    ("Hasič, ktorý zasahoval pri požiari haly v Nitre.", "history", "specific_event"),
    ("#ImádkozzunkNagyAnnáért #ICU", "hashtags", "name"),
    ("Děkujeme pacientce (na Instagramu @silna_jana) za svolení.", "credit", "handle"),
    ("Our patient is the Munster loosehead - yes, that one.", "history", "specific_event"),
    ("Mum coaches the Galway camogie squad; what's the fracture?", "question",
     "specific_event"),
    ("His wife is the GP at the local surgery, so the waiting room filled up.", "explanation",
     "specific_event"),
    ("1/5 M, ninety-one, fever and confusion", "title", "age_over_89"),
    ("#MSKMonday #BellaOnTheMend", "hashtags", "name"),
]  # fmt: skip
TWENTY_NINTH_ROUND_PASSES = [
    ("A Kerley-B vonalak interstitialis oedemára utalnak.", "explanation"),
    ("Priemer kmeňa a. pulmonalis nad 29 mm svedčí pre hypertenziu.", "answer"),
    ("Radiologické dny se letos konají 10.–12. října v Olomouci.", "explanation"),
    ("See you at #RSNA24, 1–5 Dec 2024", "explanation"),
]  # fmt: skip

THIRTY_FIRST_ROUND_BLOCKS = [
    ("F, 96, from a care home, off legs.", "history", "age_over_89"),
    ("Fell off the stage at Glastonbury during the headline set.", "history", "specific_event"),
    ("Thanks to the patient (yes, the drag artist everyone in Soho knows).", "credit",
     "specific_event"),
    ("Found collapsed behind the Tullamore bingo hall, GCS 9.", "history", "address"),
    ("A dairy farmer from just outside Kilrush, hence the cast.", "explanation", "address"),
    ("Dermal anchor shaped like a crescent moon above the left brow.", "images[1].alt",
     "identifying_feature"),
    ("His custom silver gauge with a turquoise inlay on the scout view.", "findings",
     "identifying_feature"),
]  # fmt: skip

THIRTY_SECOND_ROUND_BLOCKS = [
    # chat: digits for letters, numbers half in words, letters spelt out, text-speak
    ("ring his sis on o7seven one1 5524 3o9 pls", "history", "phone"),
    ("she's ninety-6 n lives alone", "history", "age_over_89"),
    ("fell on xmas eve 2o21 😬", "question", "date"),
    ("hosp no. R-four-four-1-8-2-7, back w pain", "history", "record_number"),
    ("this is s.i.o.b.h.a.n b-r-e-n-n-a-n, 41 y/o", "history", "name"),
    ("dad is k3vin br@dley, he's asking 4 the scan", "history", "name"),
    ("her twin sister ana-sofia was scanned too", "teaching_points[1]", "name"),
    ("mr t.0konkw0 c/o sob", "history", "name"),
    ("she's the striker 4 our local club, took a knee 2 the face", "history", "specific_event"),
    # roles, places and events in Italian, Spanish, French, Portuguese and Romanian
    ("Infermiere del nostro servizio di Radiologia, dolore toracico.", "history",
     "specific_event"),
    ("Nuestra jefa de servicio de Pediatría consulta por disnea.", "question", "specific_event"),
    ("Trequartista titolare del Pescara, trauma in allenamento.", "history", "specific_event"),
    ("Atacante titular da seleção angolana, lesão no treino.", "history", "specific_event"),
    ("Il est conseiller, member of the Bălți municipal council.", "history", "specific_event"),
    ("O doente é o Bispo de Quelimane.", "history", "specific_event"),
    ("Coinvolto nel maxi-tamponamento sulla A14 vicino a Pesaro.", "history", "specific_event"),
    ("Blessé lors de l'incendie du bar « Le Galion » à Brest.", "history", "specific_event"),
    ("Slipped on the deck of the cruise ship Coral Princess.", "history", "specific_event"),
    ("She is the only parteira on the south coast of Maio.", "history", "specific_event"),
    ("Lives at the caravan park in Merimbula.", "history", "address"),
    ("Gestisce il rifugio in fondo alla Val Masino.", "history", "address"),
    ("Vende flores afuera del mercado de Tepoztlán.", "history", "address"),
    ("Employé de la scierie de Tchaourou depuis dix ans.", "history", "address"),
    ("SNILS 123-456-789 01, admitted with a stroke.", "history", "national_id"),
    ("IDNP 2002001234567, female, headache.", "history", "national_id"),
    ("Angiome plan couvrant la joue gauche, visible en 3D.", "findings", "identifying_feature"),
    ("A tattoo of the coordinates 46°46′N 23°35′E on the wrist.", "images[1].alt",
     "identifying_feature"),
    ("Courtesy of 'la Flaca' Márquez and family.", "credit", "name"),
    ("Se cayó à matin sur la glace.", "history", "date"),
    ("#Salon4Pat2 #Neuro", "hashtags", "address"),
    ("Her son reached us via facebook.com/tom.briggs.3 about the films.", "history", "handle"),
    ("The family tagged the team from @brave_bella_nz on Instagram.", "question", "handle"),
    # Turkish
    ("Doksan dört yaşında kadın hasta, düşme sonrası getirildi.", "history", "age_over_89"),
    ("Doğ. tar. 3 Mart 1958 olan hastada en olası tanı nedir?", "question", "date"),
    ("Hasta Ankara'daki Yıldız Metal A.Ş.'de kaynakçı olarak çalışıyor.", "history", "address"),
    ("Hastamız Kyrenia Belediye Başkanı, göğüs ağrısı ile başvurdu.", "history", "specific_event"),
    ("Sağ kolda 'Elif 2009' yazılı dövmesi olan hasta.", "history", "identifying_feature"),
    ("H. Demirtaş, 67 yaşında erkek, nefes darlığı ile geldi.", "history", "name"),
    ("One of the miners brought up after the Tau Tona shaft rockfall.", "history",
     "specific_event"),
    ("Two gold incisors, each engraved with a letter.", "findings", "identifying_feature"),
    ("A Celtic knot septum ring seen on the lateral view.", "images[1].alt", "identifying_feature"),
    ("- Pt: first-choice goalkeeper, Forfar Athletic FC", "findings", "specific_event"),
    ('{"age_years": 93, "sex": "F"}', "findings", "age_over_89"),
    ("Given his age of 97, surgery was declined.", "answer", "age_over_89"),
    ("Bà is ninety-two already, is surgery an option?", "question", "age_over_89"),
    ("Found in the barn at Low Gill Farm after the storm.", "history", "address"),
    ("His son tagged our department on IG @minh.tran_88 asking for the films.", "question",
     "handle"),
    ("Our own department's senior CT radiographer is the patient here.", "history",
     "specific_event"),
    ("Trátase dun dos técnicos de radioloxía do noso servizo.", "history", "specific_event"),
    ("Vítima do despiste na A1 junto a Pombal, com trauma torácico.", "history",
     "specific_event"),
    ("Caiu das bancadas no dérbi Porto–Braga.", "history", "specific_event"),
    ('The daughter said: "Mum\'s 96 and never been in hospital."', "history", "age_over_89"),
    ('"I\'m ninety-three, young man," she said.', "history", "age_over_89"),
    ("Granmoun nan gen 95 an.", "history", "age_over_89"),
    ("Confirmeu a joan(punt)roca(arroba)gmail(punt)com, el correu del pare.", "question", "email"),
    ("Films labelled 'Okonjo-Baptiste, Rosine M.' show a fracture.", "findings", "name"),
    ("Her number, 5512-8834, for the results.", "history", "phone"),
    ("From Matelot village, works at the fish depot.", "history", "address"),
    ("#BonGeriMarieLourdes #Ayiti", "hashtags", "name"),
    ("A keloid in the shape of a star on the left cheek.", "findings", "identifying_feature"),
    ("Compare with the prior exam, MR-40917-C, from last spring.", "answer", "record_number"),
    ("Works behind the bar at The Plough in Great Snoring.", "question", "address"),
    ("Ankle fracture #ComeBackStrongNiamh", "title", "name"),
    ("Answer reveal: the scan of 14.02.2024 showed a burst fracture.", "answer", "date"),
    ("Poll: this CT is from last night's trauma call. Is the aorta injured?", "question", "date"),
    ("Liver abscess in Smt. Kamakshiamma, kindly comment", "title", "name"),
    ("ABHA address suresh.patil1980@abdm on the request form.", "question", "national_id"),
    ("A gold nath shaped like a lotus on the left nostril.", "images[1].alt",
     "identifying_feature"),
    # the Nordic languages and Estonian
    ("Pasientens tvillingsøster Ingrid Haugen hadde samme funn.", "explanation", "name"),
    ("Journalnummer 5582-11937, remiss för DT thorax.", "history", "record_number"),
    ("Juoksija, Instagramissa juoksija_mira_tku, rasitusmurtuma.", "title", "handle"),
    ("Rindkere röntgen 96-aastasel naisel.", "images[1].alt", "age_over_89"),
    ("Potilas asuu osoitteessa Kirkkotie 7, Kuhmoinen.", "question", "address"),
    ("Innlagt etter brannen på Fjellheim hotell i fjor vinter.", "history", "specific_event"),
    ("Pasienten er keeperen på Bodø/Glimt sitt juniorlag.", "history", "specific_event"),
    ("Potilas on oman osastomme sihteeri.", "question", "specific_event"),
    ("Røntgen av hånden; tatovert 'ELSK MOR' over knokene.", "images[1].alt",
     "identifying_feature"),
    ("Bemærk det hjerteformede ar over venstre skulderblad.", "explanation",
     "identifying_feature"),
    ("#KrafttagFörAstrid #Höftfraktur", "hashtags", "name"),
    # German and Dutch
    ("Patientin Hiltrud Bernsdorff, 61 J., stellt sich mit Knieschmerzen vor.", "history",
     "name"),
    ("Meniskusriss bei Herrn K. Wallenfels", "title", "name"),
    ("De tweelingbroer van patiënt, Joost Vermeulen, had hetzelfde.", "findings", "name"),
    ("Die Patientin ist die Mutter des Bürgermeisters von Mittersill.", "question",
     "specific_event"),
    ("Sie ist die einzige Hebamme im ganzen Montafon.", "history", "specific_event"),
    ("Patient ist der Torwart der zweiten Mannschaft des FC Vaduz.", "findings",
     "specific_event"),
    ("Patiënt is een collega van onze eigen afdeling radiologie.", "history", "specific_event"),
    ("He is the head of radiology at the referring hospital.", "explanation", "specific_event"),
    ("Die Patientin ist 96 Jahr alt und lebt allein.", "history", "age_over_89"),
    ("Patiënte is vierennegentig jaar en woont zelfstandig.", "findings", "age_over_89"),
    ("#KopfHochOpaWilli #Radiologie", "hashtags", "name"),
    ("Haar zoon deelt updates op X via @bram_de_wit.", "history", "handle"),
    ("Carte nationale d'identité n° 1 812 1990 04417, patient référé.", "history",
     "national_id"),
    # Czech, Slovak, Polish and Hungarian
    ("Snímky poslat na jana.novakova zavináč seznam tečka cz.", "findings", "email"),
    ("A beteg e-mail-címe: kiss.anna71 kukac freemail pont hu.", "history", "email"),
    ("Pacient s číslom chorobopisu 51233/23 bol prijatý.", "history", "record_number"),
    ("Minulý piatok pacienta priviezla záchranka.", "findings", "date"),
    ("Pacient je náš kolega z oddělení radiologie.", "history", "specific_event"),
    ("A beteg a Debrecen tartalékkapusa.", "history", "specific_event"),
    ("A páciens Zirc egyetlen háziorvosa.", "question", "specific_event"),
    ("Na zádech má vytetovaný nápis „Baník navždy“.", "history", "identifying_feature"),
    ("Piercing v tvare malej zlatej hviezdy v ľavom obočí.", "findings", "identifying_feature"),
    ("#Lůžko4Chirurgie2 #Pneumonie", "hashtags", "address"),
    ("Prípad pani Kováčovej: bolesť brucha", "title", "name"),
    ("The charge nurse of our cath lab is the patient today.", "question", "specific_event"),
    ("He is the imam of the main mosque in our town.", "explanation", "specific_event"),
    ("Siya ang kapitan ng barangay namin.", "history", "specific_event"),
    ("Her father is the chief of Pikangikum First Nation.", "explanation", "specific_event"),
    ("Injured in the 2024 Alnwick Shrovetide match.", "title", "specific_event"),
    ("An implant spelling 'M O M' under the skin of the forearm.", "findings",
     "identifying_feature"),
    ("Known for one blue and one brown eye.", "history", "identifying_feature"),
    ("Un lunar en forma de estrella en la mejilla izquierda.", "history",
     "identifying_feature"),
    ("Na-admit noong ika-3 ng Marso 2024 matapos mahulog.", "history", "date"),
    ("RECEIVED 14 MAR 2024 09:12 on the request form.", "findings", "date"),
    ("Numéro de sécurité sociale du patient : 2 71 03 69 123 456 78.", "history",
     "national_id"),
]  # fmt: skip
THIRTY_THIRD_ROUND_BLOCKS = [
    ("Her brother Seo-jun Kim was the index case.", "history", "name"),
    ("He grew up in Pallikara, a fishing village of about 300 people.", "history", "address"),
    ("Dragged from the Blyvoor No. 5 shaft collapse last winter.", "history", "specific_event"),
    ("Miners trapped for two days, it was on every news channel.", "history", "specific_event"),
    ("He captains the Limpopo under-21 rugby side.", "history", "specific_event"),
    ("She is the chairperson of the Githurai women's savings group.", "history",
     "specific_event"),
    ("Shop steward at the Ermelo colliery, now breathless.", "title", "specific_event"),
    ("Chest film of the chairperson of the Kibera water committee.", "images[1].alt",
     "specific_event"),
    ("She turned up in March, which makes her 97 this year.", "history", "age_over_89"),
    ("OPD card 5512/23: painless jaw swelling.", "title", "record_number"),
    ("Foaia de observație nr. 44172, pacient cu tuse.", "history", "record_number"),
    ("Chute de vélo dimanche passé, fracture du radius.", "title", "date"),
    ("Vient du hameau des Ruinettes, une trentaine d'habitants.", "question", "address"),
    ("Primarul comunei Bran, 58 de ani, cu dispnee.", "history", "specific_event"),
    ("Rănit în accidentul de microbuz de pe DN7 de lângă Râmnicu Vâlcea.", "history",
     "specific_event"),
    ("Un de nos collègues infirmiers du bloc présente cette image : diagnostic ?", "question",
     "specific_event"),
    ("#PrayForLilMarcus #Peds", "hashtags", "name"),
    ("Home de noventa e catro anos con dor lombar.", "history", "age_over_89"),
    ("Senyora de noranta-un anys amb dispnea.", "history", "age_over_89"),
    ("Study number CT two oh two one dash double eight four six one on the overlay.",
     "images[1].alt", "record_number"),
]  # fmt: skip
THIRTY_FOURTH_ROUND_BLOCKS = [
    ("Pieter van der Merwe was brought in after the quad bike rolled.", "history", "name"),
    ("Hendrik 'Henk' van Rensburg, seen in clinic.", "history", "name"),
    ("Bedside 6, Heron Ward: portable film.", "images[1].alt", "address"),
    ("#HeronWard #ChestXray", "hashtags", "address"),
    ("#Ballinderry General #CXR".replace(" ", ""), "hashtags", "facility"),
    ("#SptarKarinGrech #radjoloġija", "hashtags", "facility"),
    ("PID|1||||||19580311|F", "findings", "date"),
    ("Age [ninety-six]  Sex [F]", "history", "age_over_89"),
    ("Ouma is ninety-two and lives alone.", "history", "age_over_89"),
    ("Bolesnica u 91. godini života.", "history", "age_over_89"),
    ("Raġel ta' 95 sena.", "history", "age_over_89"),
    ("Grua 92-vjeçare me dispne.", "history", "age_over_89"),
    ("Daħal lbieraħ filgħodu.", "history", "date"),
    ("U shtrua dje në mbrëmje.", "history", "date"),
    ("Ammess fit-3 ta' Ottubru 2024.", "history", "date"),
    ("Povijest bolesti br. 5521/24", "title", "record_number"),
    ("Medical aid no. 11293847, dependant code 01.", "history", "health_plan"),
    ("The induna of the Mahlabathini kraal, 64, with haematuria.", "history", "specific_event"),
    ("Pacienti është kryetari i komunës së Rahovecit.", "history", "specific_event"),
    ("Pacijent je naš šef kirurgije.", "history", "specific_event"),
    ("Pacienti është nga fshati Zatriq.", "history", "address"),
]  # fmt: skip
THIRTY_FIFTH_ROUND_BLOCKS = [
    ("Chest film of Anneke Verhoeven.", "images[1].alt", "name"),
    ("Thoraxfoto van Sanne Wouters, staand.", "images[1].alt", "name"),
    ("Known to all the nurses on the ward as 'Big Dessie', 71, here for dialysis.", "history",
     "name"),
    ("Under his Centrelink CRN 318 442 901K.", "history", "national_id"),
    ("Warrakurna outstation ranger with a wrist fracture.", "title", "address"),
    ("The patient's home community, Yalkarra, is written on the film.", "images[1].alt",
     "address"),
    ("#MrsDaljitSandhu #RAI", "hashtags", "name"),
    ("#FrauHuber #Lungenembolie", "hashtags", "name"),
    ("#KlinikAmWaldrand #CT", "hashtags", "facility"),
    ("#MooraCreekStation #Stockman", "hashtags", "address"),
    ("Ass gëschter owes gefall.", "history", "date"),
    ("Gebuer den 9. Abrëll 1958.", "history", "date"),
    ("Fra vun 94 Joer, wunnt eleng.", "history", "age_over_89"),
    ("Een vrouw van 93 met dyspneu.", "history", "age_over_89"),
    ("De Buergermeeschter vu Wolz, 61, mat Broschtwéi.", "history", "specific_event"),
    ("Landwirt vom Hof Rüti ob Giswil, Sturz vom Heuboden.", "history", "address"),
]  # fmt: skip
THIRTY_SIXTH_ROUND_BLOCKS = [
    ("Røntgen af højre skulder, Mette Kristiansen, efter fald.", "images[1].alt", "name"),
    ("Forrige torsdag: akut dyspnø hos 71-årig kvinde", "title", "date"),
    ("Hann datt í síðstu viku.", "history", "date"),
    ("Patsient, sündinud 1929. aastal, kukkus.", "history", "age_over_89"),
    ("Kuva otettu osastolla 7C, vuodepaikka 3.", "images[1].alt", "address"),
    ("Skadd i snøskredet på Sollia i fjor vinter.", "history", "specific_event"),
    ("Hun var målvakt i cupfinalen.", "history", "specific_event"),
    ("Vår egen overlege på kirurgen ble selv pasient.", "history", "specific_event"),
    ("Borgarstjórin í Tvøroyri, 66 ár.", "history", "specific_event"),
    ("Individual Health Identifier 5521 8830 1945 2276 on the form.", "images[1].alt",
     "national_id"),
    ("Eircode A94 X2K7 in the header.", "images[1].alt", "zip"),
    ("Our own Professor of Surgery had this CT.", "history", "specific_event"),
    ("A: radiograph taken on 2 May 2023; B: follow-up; C: healed.", "images[1].alt", "date"),
]  # fmt: skip
THIRTY_SEVENTH_ROUND_BLOCKS = [
    ("#GlenmoreEstate #TeaCountry", "hashtags", "address"),
    ("La paziente abita a Montegiardino e lavora in paese.", "history", "address"),
    ("As the only GP on the island, her scan was delayed.", "history", "specific_event"),
    ("Es la única panadera del pueblo desde hace años.", "history", "specific_event"),
]  # fmt: skip
THIRTY_EIGHTH_ROUND_BLOCKS = [
    ("Na snímku je tetování se jménem „Tereza“.", "images[1].alt", "identifying_feature"),
    ("Jobb arcán csillag alakú anyajegy.", "history", "identifying_feature"),
    ("Jde o našeho vlastního primáře chirurgie.", "history", "specific_event"),
    ("Our maternity unit's head midwife, now 34 weeks.", "history", "specific_event"),
]  # fmt: skip
THIRTY_NINTH_ROUND_BLOCKS = [
    ("The claimant's National Insurance number, QX 51 33 07 B, is quoted.", "history", "ssn"),
    ("NI number on the letter: JG 10 37 52 A", "history", "ssn"),
    ("#CliniqueDesRoches #casdujour", "hashtags", "facility"),
    ("Polytraumatisme — accident du car scolaire de Saint-Amand", "title", "specific_event"),
    ("Our own emeritus professor of surgery had this CT.", "history", "specific_event"),
]  # fmt: skip
FORTIETH_ROUND_BLOCKS = [
    ("Export 'TWIN_A_OF_ROSA_MAMANI_US_HEAD.dcm' shows the bleed.", "findings", "name"),
    ("Disc labelled 'captain_of_Kilmacud_Crokes_knee_MRI'.", "history", "specific_event"),
    ("Lives at ///index.home.raft, a farm cottage.", "history", "address"),
    ("Her insurance card (policy 3-4410-0098123-02) was checked.", "explanation", "health_plan"),
    ("Social security number, B 553812, on the form.", "history", "ssn"),
    ("Asthenis 95 eton me dyspnoia.", "history", "age_over_89"),
    ("Sta enenintaepta eton tis epese sto spiti.", "history", "age_over_89"),
    ("Imwielda fl-1931, tgħix waħedha.", "history", "age_over_89"),
    ("Bà cụ, 96 tuổi, đau bụng.", "history", "age_over_89"),
    ("Menei stin odo Athinas 17 sti Larisa.", "history", "address"),
    ("Toqgħod fi Triq San Pawl numru 8, Rabat.", "history", "address"),
    ("Kienet fis-sodda 12 tal-Ward M5.", "findings", "address"),
    ("Ilbieraħ filgħaxija waqa' mit-taraġ.", "history", "date"),
    ("O dimarchos tis Ierapetras epese.", "history", "specific_event"),
    ("Il-kaptan tal-Birkirkara kiser saqajh.", "history", "specific_event"),
    ("The coach of Olympiakos Nicosia tore his calf.", "history", "specific_event"),
    ("#prayforAnnika #ortho", "hashtags", "name"),
    ("#SitaKumariGurung #TB", "hashtags", "name"),
    ("#CoTranThiLan #XQuang", "hashtags", "name"),
    ("With thanks to the boy's parents, who post as @team.tomasz.strong", "credit", "handle"),
    ("The farm of his family is far away; their farm is out at Ballykeeffe.", "history",
     "address"),
    ("Pupils from SDN 3 Sukamaju were screened.", "explanation", "address"),
    ("Aortic dissection in our province's chief of police", "title", "specific_event"),
    ("The Mbeki-Larsson triplets were all scanned the same day.", "explanation", "name"),
    ("Laudo nº RX 2210-4471 do mesmo paciente.", "teaching_points[1]", "record_number"),
    ("The oldest in the family was ninety-six and still gardening.", "history", "age_over_89"),
    ("Tatuaje en el brazo con la fecha y el nombre 'Brayan' de su hijo.", "images[1].alt",
     "identifying_feature"),
]  # fmt: skip
FORTY_FIRST_ROUND_BLOCKS = [
    ("Sol üst köşede 'YILMAZ, AYŞE K 52Y' etiketi okunuyor.", "images[1].alt", "name"),
    ("Herkesin 'Deli Mehmet' diye bildiği hasta düştü.", "history", "name"),
    ("Ankara Atatürk İlkokulu öğrencisi olan hasta.", "history", "address"),
    ("Xəstəlik tarixi № 5521/23, cərrahiyyə şöbəsi.", "history", "record_number"),
    ("Xəstə ötən cümə axşamı yıxılıb.", "history", "date"),
    ("Hasta kasabamızın belediye başkanı.", "history", "specific_event"),
    ("Xəstə xəstəxananın baş həkimidir.", "history", "specific_event"),
    ("Ailesi #EceİçinKanVer kampanyası başlattı.", "explanation", "name"),
    ("Lg tatt 'FOREVER ZOE' across the chest.", "findings", "identifying_feature"),
    ("Pt w/ tatt on wrist reading '1107-B'.", "question", "identifying_feature"),
    ("Patient KLM4471 on the NHI had this scan.", "question", "national_id"),
    ("Gored by a bull on the farm Doornkloof 87.", "history", "address"),
    ("His mum runs a FB pg 'BenjisBigFight' about it.", "explanation", "handle"),
    ("Köyde herkes onu yürüyüşünden tanıyor.", "history", "specific_event"),
    ("Yeşilova orman yangınında yaralanan çoban.", "history", "specific_event"),
    ("Tekneden kurtarılan tek yolcu oydu.", "history", "specific_event"),
    ("Kolunda 'Selin 2004' yazan bir dövme var.", "images[1].alt", "identifying_feature"),
    ("Ejderha dövmesiyle tanınan hasta.", "history", "identifying_feature"),
    ("The Speaker of the Fiji parliament had this CT.", "history", "specific_event"),
]  # fmt: skip
FORTY_SECOND_ROUND_BLOCKS = [
    ("Zijn vrouw, Annelies Bakker-Smit, vond hem in de keuken en belde 112.", "history", "name"),
    ("Der Sohn des Patienten, Dr. Jonas Keller, Internist bei uns, brachte ihn.", "history",
     "name"),
    ("Heupfoto van een patiënte, geboren in 1930, met een fractuur.", "images[1].alt",
     "age_over_89"),
    ("Beim Einsturz der Brücke in Talheim verschüttet.", "history", "specific_event"),
    ("Überlebende des Busunglücks am Brenner mit sechs Toten.", "title", "specific_event"),
    ("Gewond bij de steekpartij op de markt van Lokeren.", "history", "specific_event"),
    ("Onze patiënt is de hoofdtrainer van SK Deinze.", "history", "specific_event"),
    ("#sterkeFenna #casus", "hashtags", "name"),
    ("#fürLeonie #MRT", "hashtags", "name"),
    ("Wonend op plantage Rust en Werk in Commewijne.", "history", "address"),
    ("Die Bäuerin vom Unteren Gschwendhof kam spät.", "explanation", "address"),
    ("Gedeeld met toestemming van de ouders – facebook.com/sterke.lotte.2020", "credit",
     "handle"),
    ("Bhutanese CID 10705001234, referred from the district hospital.", "history",
     "national_id"),
    ("Indoor no. 5521 and emergency ticket 004417 on the sheet.", "history", "record_number"),
    ("Survivor of the Kaptai bus plunge into the lake.", "title", "specific_event"),
    ("She is known to the whole village for her burnt left hand.", "history", "specific_event"),
]  # fmt: skip
FORTY_THIRD_ROUND_BLOCKS = [
    ("#WardC4RVH #orthopaedics", "hashtags", "address"),
    ("#Chirurgia2Piano_Lugano #casoclinico", "hashtags", "address"),
    ("Moradora no bairro Sambizanga, rua 9, casa 14.", "history", "address"),
    ("Agricoltore della frazione Roccavecchia, punto da un'ape.", "history", "address"),
    ("Na passada quinta-feira caiu da escada.", "history", "date"),
    ("Il comandante dei vigili del fuoco di Locarno cadde dal tetto.", "history",
     "specific_event"),
    ("Uma das vítimas do despiste do autocarro na EN 125.", "history", "specific_event"),
    ("Ferido no desabamento da ponte de Entre-os-Rios.", "history", "specific_event"),
    ("The Kilbride RFC club captain and his shoulder", "title", "specific_event"),
    ("Her husband is the bassist in The Harbour Lights.", "history", "specific_event"),
    ("Before you open echo study E-44817, guess the valve.", "question", "record_number"),
    ("Thanks for looking after #BabaOlumide so well.", "credit", "name"),
    ("Back on his feet #ForCiaranWalsh", "title", "name"),
    ("Known on the ward for her bright green hair and nose ring.", "history", "specific_event"),
    ("That's how the nurses recognised her when she came back.", "explanation", "specific_event"),
    ("Mancha vinho-do-Porto que cobre metade da face esquerda.", "images[1].alt",
     "identifying_feature"),
]  # fmt: skip
THIRTY_FIRST_ROUND_PASSES = [
    ("Cel mai frecvent semn este pneumoperitoneul, vizibil sub cupolele diafragmatice.",
     "explanation"),
    ("Ghidurile Fleischner recomandă urmărire la 12 luni.", "teaching_points[1]"),
    ("Societatea Română de Radiologie și Imagistică Medicală organizează cursuri.", "explanation"),
    ("Institutul Oncologic din Cluj-Napoca este centru național de referință.", "explanation"),
    ("Quel chirurgien, Jacques-Louis Reverdin, a donné son nom à une ostéotomie ?", "question"),
    ("Which Weber class fits a fracture below the syndesmosis?", "question"),
    ("A Lyme-kór nevét egy connecticuti városról kapta.", "explanation"),
    ("Hvilken Weber-type er dette?", "question"),
    ("Homme de 52 ans, ancien mineur de charbon, toux chronique.", "history"),
    ("#radjoloġija #TagħlimMediku #radiologji #MjekësiaUrgjente", "hashtags"),
    ("Vidljiv Hill-Sachsov defekt i Bankartova lezija.", "findings"),
    ("Muškarac (67) pao s visine vlastitog tijela.", "history"),
    ("#TeachingHospital #DistrictGeneral #GeneralPractice", "hashtags"),
    ("Patients on the Surgical Ward and the Nightingale Ward layout.", "explanation"),
    ("As Okafor and Lee showed (Radiology 2019;291:112-8), most nodules are benign.",
     "explanation"),
    ("See Brandt et al., Eur Radiol 2021;31(4):2210-2219, for the cut-offs.", "teaching_points[1]"),
    ("Saul Hertz gave the first therapeutic dose of radioiodine.", "explanation"),
    ("Historic portrait of the Reverend John Flynn, founder of the Flying Doctor service.",
     "images[1].alt"),
    ("#SpaceStation #LongIsland #RuralCommunity", "hashtags"),
    ("Wéi eng Diagnos passt am beschten zu dësem Bild?", "question"),
    ("Wrist Pain After A Fall With Scaphoid Tenderness", "title"),
    ("Radiology. 2019;291(2):12-18 and Eur Radiol 2020;30:44-51.", "references[1]"),
    ("Uilleann piper's wrist: a case of de Quervain tenosynovitis.", "title"),
    ("#CaudaEquina #RedFlags #FOAMed", "hashtags"),
    ("Wednesday's 10 mm question: the common bile duct", "title"),
    ("Image courtesy of Dr. Anna Kowalczyk; axial CT, bone window.", "images[1].alt"),
    ("Dr. Priya Menon kindly reviewed the slides for this case.", "explanation"),
    ("#RTG #zlomenina #PondělníKvíz #SzerdaiEset #ŚrodowyKwiz", "hashtags"),
    ("#PlacentaAccreta #PAS #RadRes", "hashtags"),
    ("Klasyfikację Gardena opublikowano w 1961 roku.", "explanation"),
    ("#MardiNeuro #IRM #AVC", "hashtags"),
    ("Accident de la route chez un homme de 40 ans", "title"),
    ("Dame Cicely Saunders", "quiz.options[2]"),
    ("Sir Percivall Pott", "quiz.options[2]"),
]  # fmt: skip
FORTY_FOURTH_ROUND_BLOCKS = [
    ("Fracture du radius chez Mme Odile Marchand-Roux, 71 ans", "title", "name"),
    ("La patiente est la sœur d'Aminata Ndiaye, suivie ici aussi.", "history", "name"),
    ("#ForcePourLéaMartin #IRM", "hashtags", "name"),
    ("The outside report still carried her CNP, 2850612400015, on page one.", "explanation",
     "national_id"),
    ("Snímka 94-ročného pacienta s pneumóniou.", "images[1].alt", "age_over_89"),
    ("Úraz na statku v obci Horní Lhota, PSČ 763 23.", "history", "zip"),
    ("Pacient má na TikTok kanál „Pepa z garáže“ a natáčí tam.", "history", "handle"),
    ("#JIPNemocniceKyjov #CT", "hashtags", "facility"),
    ("Living next to the mosque outside Kfar Tibnit since childhood.", "history", "address"),
    ("Knee pain in the conductor of the Mossgiel Silver Band", "title", "specific_event"),
    ("#HeresToWeeTamMcBride #fibula", "hashtags", "name"),
    ("A lighthouse tattoo across the back with 'Dad 1961' beneath the shoulder blade.",
     "history", "identifying_feature"),
    ("#PrayForNkechi #SickleCell", "hashtags", "name"),
]  # fmt: skip
THIRTY_THIRD_ROUND_PASSES = [
    ("En quelle année Wilhelm Röntgen a-t-il publié son article ?", "question"),
    ("Après le tremblement de terre du 12 janvier 2010, les hôpitaux ont reçu des centaines "
     "de fractures.", "answer"),
    ("Courtesy of Dr Awa Diallo, Hôpital Principal de Dakar", "credit"),
    ("Clasificarea Fleischner a fost actualizată în 2017.", "explanation"),
    ("Po Crohnovej chorobe je stena čreva zhrubnutá.", "teaching_points[1]"),
    ("Przypadek nadesłała lek. Maria Nowak, Zakład Radiologii Zabiegowej.", "credit"),
    ("#Physio #FootAndAnkle #RunningInjury", "hashtags"),
    ("Thanks to physiotherapist Tom Reid and the sports clinic team", "credit"),
    ("B. AAST grade III liver laceration", "quiz.options[2]"),
    ("Sagittal CT showing the wedge collapse of T12", "images[1].alt"),
    ("Godfrey Hounsfield and Allan Cormack, 1979", "quiz.options[2]"),
    ("Thyroid cancers rose in children after the Chernobyl accident in April 1986.", "findings"),
    ("#SecțiaRadiologie #CT", "hashtags"),
    ("Od 1 stycznia 2024 r. obowiązują nowe wytyczne dla badań przesiewowych.", "explanation"),
]  # fmt: skip
THIRTY_SECOND_ROUND_PASSES = [
    ("Clip 'Baker_cyst_rupture_US.mp4' shows the fluid tracking down.", "question"),
    ("Ruptured Baker cyst mimicking DVT", "title"),
    ("Katagma Smith meta apo ptosi.", "explanation"),
    ("Is-sinjal ta' Murphy kien pożittiv.", "findings"),
    ("Marcus Gunn pupil on the swinging light test", "title"),
    ("#ArgyllRobertson #KayserFleischer #Horner", "hashtags"),
    ("Kinetic fields on the Goldmann perimeter.", "findings"),
    ("Case prepared by Mr Ian Hale FRCOphth and Dr Rui Lin, FRCR.", "credit"),
    ("Contributed by Dr Kavya Rao and the Glaucoma Fellowship team, Sankara Nethralaya.",
     "credit"),
    ("Credit: BS. Trần Văn Nam, Khoa Chẩn đoán Hình ảnh.", "credit"),
    ("Contribución de la Sección de Tórax del Hospital Británico de Buenos Aires.", "credit"),
    ("Reyes MA, Dela Cruz JP. Leptospirosis after floods. Philipp J Radiol. 2020;9:45-51.",
     "references[1]"),
    ("Royal College of Radiologists. Standards for reporting. London: RCR; 2022.",
     "references[1]"),
    ("The summer outdoor work ban runs from 15 June to 15 September each year.",
     "explanation"),
    ("Ingresa con escala de Glasgow de 12.", "history"),
    ("Índice cardiotorácico mayor de 0,5", "quiz.options[2]"),
    ("Adapted from teaching file #TF-1187 with permission of Dr L. Moss.", "credit"),
    ("Screening was tried in Ontario and in Taiwan and did not change mortality.",
     "explanation"),
    ("The trial recruited adults between March 2016 and June 2020.", "teaching_points[1]"),
    ("Under the lung screening pathway introduced in May 2021, this nodule needs a 3-month CT.",
     "answer"),
    ("Specificity was ninety-four per cent.", "explanation"),
    ("Coach of the Year award winners gave the keynote.", "explanation"),
    ("Ta daktyla tou Ippokrati: apo tin archaiotita mechri simera.", "title"),
    ("Bu grafide en olası tanı nedir?", "question"),
    ("Bu grafide görülen Rigler işareti neyi düşündürür?", "question"),
    ("Glasgow Koma Skalası 8 ise entübasyon düşünülmeli.", "teaching_points[1]"),
    ("Fleischner Derneği'nin 2017 kılavuzu takip aralıklarını güncelledi.", "teaching_points[1]"),
    ("Beynəlxalq Radiologiya Günü hər il qeyd olunur.", "teaching_points[1]"),
    ("Exinokokkoz Azərbaycanın dağlıq rayonlarında geniş yayılıb.", "explanation"),
    ("Trafik kazası sonrası pnömotoraks sık görülür.", "explanation"),
    ("İş kazası sonrası el yaralanmaları sıktır.", "teaching_points[1]"),
    ("Krukenberg tumours from a gastric signet-ring primary.", "answer"),
    ("Beelden: afdeling Radiologie & Nucleaire Geneeskunde, dr. Els Janssens.", "credit"),
    ("#fürKinder #Kinderradiologie", "hashtags"),
    ("A sudden plunge in saturation suggests a large embolus.", "explanation"),
    ("LVEF 35% by biplane Simpson's, TAPSE 14 mm.", "findings"),
    ("Caso fornito dalla dott.ssa Anna Rinaldi, UO Radiologia Pediatrica.", "credit"),
    ("#ForTheWin #ForScience #MamaMia #MummyBlogger", "hashtags"),
    ("Vaka Radiologiya kafedrasından Dr. Leyla Həsənova tərəfindən təqdim edilib.", "credit"),
]  # fmt: skip
THIRTY_SECOND_ROUND_WARNS = [
    ("Ancienne infirmière, elle consulte pour une douleur lombaire.", "history", "occupation"),
    ("Professeur des écoles à la retraite, toux chronique.", "history", "occupation"),
    ("Des boutons de chemise se projettent sur le médiastin.", "images[1].alt", "appearance"),
    ("She is wearing a gown with metal snap buttons over the chest.", "images[1].alt",
     "appearance"),
    ("Ilhós metálicos de uma bota sobrepostos ao tornozelo.", "images[1].alt", "appearance"),
    ("Artefatos do uniforme escolar sobre o abdome.", "findings", "appearance"),
    ("Controladora aérea de 51 anos com cefaleia.", "history", "occupation"),
    ("Ballarí professional, 24 anys, dolor al peu.", "history", "occupation"),
    ("Commercial airline pilot comma referred after a routine medical full stop", "history",
     "occupation"),
    ("occ: bus driver | 52M", "history", "occupation"),
    ("job_title: crane operator; 44M", "history", "occupation"),
    ("She is a sangoma who treats herself.", "history", "occupation"),
    ("Kettchen mit Kreuzanhänger über C2.", "images[1].alt", "appearance"),
    ("Stalen neus van een veiligheidsschoen zichtbaar.", "images[1].alt", "appearance"),
    ("Potilas on ammatiltaan kirvesmies.", "history", "occupation"),
    ("Rannekello näkyy vasemmassa kädessä.", "findings", "appearance"),
    ("As a lorry driver, his hours are long.", "explanation", "occupation"),
    ("A 48-year-old toddy tapper fell from a palm.", "history", "occupation"),
    ("In this 41-year-old airline pilot, the lesion is benign.", "findings", "occupation"),
    ("Pilota di elicottero di 47 anni.", "history", "occupation"),
    ("Pacientka je profesionální klavíristka.", "history", "occupation"),
    ("Chez ce souffleur de verre de 58 ans, une toux chronique.", "history", "occupation"),
    ("Artefact d'une chevalière à l'annulaire gauche.", "findings", "appearance"),
]  # fmt: skip
THIRTIETH_ROUND_PASSES = [
    ("Stade T3N1M0, IIIA selon la 8e édition.", "answer"),
    ("Kernel Br40, pitch 0.984, 120 kVp, window W700 L100.", "explanation"),
    ("Happy New Year 2025, first case of the year!", "title"),
    ("ms white matter lesions, classic dawson fingers", "findings"),
    ("one 5 mm nodule n a 3 mm one, both stable", "findings"),
    ("CBD > 6 mm (plus 1 mm per decade over 60) is a rough guide.", "teaching_points[1]"),
    ("René Laennec, inventeur du stéthoscope, a décrit la cirrhose.", "teaching_points[1]"),
    ("Victor Babeș a descris incluziunile din rabie.", "teaching_points[1]"),
    ("Oswaldo Cruz led the campaigns against yellow fever in Rio.", "explanation"),
    ("Courtesy of Ciara Byrne, obstetric sonographer, Rotunda Hospital, Dublin.", "credit"),
    ("pls read b4 the quiz, gr8 case 4 the juniors", "explanation"),
    ("Referred with a limp; afebrile and haemodynamically stable.", "history"),
    ("Boala Legg-Calvé-Perthes", "quiz.options[2]"),
    ("Appearances match the examples in the teaching file.", "findings"),
    ("Bu BT'de görülen en olası tanı nedir?", "question"),
    ("Türk Radyoloji Derneği'nin ulusal kongresi her yıl yapılmaktadır.", "explanation"),
    ("Birinci Dünya Savaşı'nda mobil röntgen araçları kuruldu.", "explanation"),
    ("#NöroRadyoloji #VakaSorusu #AcilRadyoloji", "hashtags"),
    ("Hulusi Behçet, tanımladığı hastalığa adını veren ilk Türk hekimdir.", "teaching_points[1]"),
    ("Which physician, Sir William Osler, urged students to learn at the bedside?", "question"),
    ("Case courtesy of Dr. Ana Cruz, MD, St. Luke's Medical Center, Quezon City", "credit"),
    ("Submitted by Ama Boateng, Reporting Radiographer, Royal Derby Hospital – X: @AmaXrays",
     "credit"),
    ("William Halsted's radical mastectomy was the standard of care for decades.", "explanation"),
    ("#BoneStressInjury #RunningInjuries", "hashtags"),
    ("Sri Lanka has a high burden of tuberculosis.", "explanation"),
    ("The 'collar on the Scottie dog' sign of spondylolysis.", "images[1].alt"),
    ("After the Chernobyl accident on 26 April 1986, thyroid cancer rose.", "explanation"),
    ("Socialstyrelsen. Nationella riktlinjer. Stockholm; 2023. https://www.socialstyrelsen.se",
     "references[1]"),
    ("Gösta Forssell var en pionjär inom svensk radiologi.", "teaching_points[1]"),
    ("Sagittal T2 MRI of the thoracic spine showing vertebral collapse.", "images[1].alt"),
    ("Case courtesy of Dr Elif Kaya (@kaya_rad), Hacettepe University, Ankara", "credit"),
]  # fmt: skip
THIRTY_FIRST_ROUND_WARNS = [
    ("Muratore di 47 anni, lombalgia.", "history", "occupation"),
    ("Enseignante retraitée, adressée pour lombalgie.", "history", "occupation"),
    ("Pacientul, agricultor, acuză dureri.", "history", "occupation"),
    ("Being a panadero, he breathed flour dust for years.", "explanation", "occupation"),
    ("Indossava una felpa grigia al momento dell'esame.", "history", "appearance"),
    ("Verighetă vizibilă pe radiografia mâinii.", "findings", "appearance"),
    ("Catenina con medaglietta proiettata sul torace.", "images[1].alt", "appearance"),
    ('{"occupation": "welder", "CT": "siderosis"}', "findings", "occupation"),
    ("Works in construction, back pain for months.", "history", "occupation"),
    ("Came to ED still in her baju kurung.", "history", "appearance"),
    ("Silver bracelet artefact over the distal radius.", "findings", "appearance"),
    ("Artefact: ring on L 4th finger", "findings", "appearance"),
    ("Mestra jubilada, dolor lumbar.", "history", "occupation"),
    ('"I drive lorries," he said, "ten hours a day."', "history", "occupation"),
    ("She came in wearing a yellow raincoat.", "history", "appearance"),
    ("Metalknapper fra patientens cowboybukser projicerer over bækkenet.", "findings",
     "appearance"),
    ("Die Patientin ist pensionierte Lehrerin.", "history", "occupation"),
    ("Bracelet artefact over the distal forearm.", "findings", "appearance"),
    ("Patiënt heeft een tatoeage op de schouder.", "history", "appearance"),
    ("Pacjent, emerytowany górnik, skarży się na duszność.", "history", "occupation"),
    ("Pacientka pracuje jako zdravotní sestra.", "history", "occupation"),
    ("Paziente, insegnante in pensione, con lombalgia.", "history", "occupation"),
    ("Albañil de oficio, dolor de hombro.", "history", "occupation"),
    ("The request form describes the patient as a lorry driver.", "images[1].alt", "occupation"),
    ("Knee photo; the patient is wearing dark running shorts.", "images[1].alt", "appearance"),
    ("Fluoroscopy with a ring on the left hand.", "images[1].alt", "appearance"),
]  # fmt: skip

THIRTY_THIRD_ROUND_WARNS = [
    ("fifty year old plasterer with chronic shoulder pain", "history", "occupation"),
    ("45-year-old okada rider with a swollen thigh", "history", "occupation"),
    ("she's a nurse, so the needlestick mattered", "history", "occupation"),
    ("Buttons of a military greatcoat project over both lungs.", "images[1].alt", "appearance"),
    ("A phone in a bum bag overlies the pelvis.", "images[1].alt", "appearance"),
    ("Boutons d'une chemise en jean sur le thorax.", "images[1].alt", "appearance"),
]  # fmt: skip

# Every later round's examples, run by one test each.
LATER_ROUND_BLOCKS = [
    *FOURTH_ROUND_BLOCKS, *FIFTH_ROUND_BLOCKS, *SIXTH_ROUND_BLOCKS, *SEVENTH_ROUND_BLOCKS,
    *EIGHTH_ROUND_BLOCKS, *NINTH_ROUND_BLOCKS, *TENTH_ROUND_BLOCKS, *ELEVENTH_ROUND_BLOCKS,
    *TWELFTH_ROUND_BLOCKS, *THIRTEENTH_ROUND_BLOCKS, *FOURTEENTH_ROUND_BLOCKS,
    *FIFTEENTH_ROUND_BLOCKS, *SIXTEENTH_ROUND_BLOCKS, *SEVENTEENTH_ROUND_BLOCKS,
    *EIGHTEENTH_ROUND_BLOCKS, *NINETEENTH_ROUND_BLOCKS, *TWENTIETH_ROUND_BLOCKS,
    *TWENTY_FIRST_ROUND_BLOCKS, *TWENTY_SECOND_ROUND_BLOCKS, *TWENTY_THIRD_ROUND_BLOCKS,
    *TWENTY_FOURTH_ROUND_BLOCKS, *TWENTY_FIFTH_ROUND_BLOCKS, *TWENTY_SIXTH_ROUND_BLOCKS,
    *TWENTY_SEVENTH_ROUND_BLOCKS, *TWENTY_EIGHTH_ROUND_BLOCKS, *TWENTY_NINTH_ROUND_BLOCKS,
    *THIRTIETH_ROUND_BLOCKS, *THIRTY_FIRST_ROUND_BLOCKS, *THIRTY_SECOND_ROUND_BLOCKS,
    *THIRTY_THIRD_ROUND_BLOCKS, *THIRTY_FOURTH_ROUND_BLOCKS, *THIRTY_FIFTH_ROUND_BLOCKS,
    *THIRTY_SIXTH_ROUND_BLOCKS, *THIRTY_SEVENTH_ROUND_BLOCKS, *THIRTY_EIGHTH_ROUND_BLOCKS,
    *THIRTY_NINTH_ROUND_BLOCKS, *FORTIETH_ROUND_BLOCKS, *FORTY_FIRST_ROUND_BLOCKS,
    *FORTY_SECOND_ROUND_BLOCKS, *FORTY_THIRD_ROUND_BLOCKS, *FORTY_FOURTH_ROUND_BLOCKS,
]  # fmt: skip
LATER_ROUND_PASSES = [
    *FIFTH_ROUND_PASSES, *SIXTH_ROUND_PASSES, *SEVENTH_ROUND_PASSES, *EIGHTH_ROUND_PASSES,
    *NINTH_ROUND_PASSES, *TENTH_ROUND_PASSES, *ELEVENTH_ROUND_PASSES, *TWELFTH_ROUND_PASSES,
    *THIRTEENTH_ROUND_PASSES, *FOURTEENTH_ROUND_PASSES, *FIFTEENTH_ROUND_PASSES,
    *SIXTEENTH_ROUND_PASSES, *SEVENTEENTH_ROUND_PASSES, *EIGHTEENTH_ROUND_PASSES,
    *NINETEENTH_ROUND_PASSES, *TWENTIETH_ROUND_PASSES, *TWENTY_FIRST_ROUND_PASSES,
    *TWENTY_SECOND_ROUND_PASSES, *TWENTY_THIRD_ROUND_PASSES, *TWENTY_FOURTH_ROUND_PASSES,
    *TWENTY_FIFTH_ROUND_PASSES, *TWENTY_SIXTH_ROUND_PASSES, *TWENTY_SEVENTH_ROUND_PASSES,
    *TWENTY_EIGHTH_ROUND_PASSES, *TWENTY_NINTH_ROUND_PASSES, *THIRTIETH_ROUND_PASSES,
    *THIRTY_FIRST_ROUND_PASSES, *THIRTY_SECOND_ROUND_PASSES, *THIRTY_THIRD_ROUND_PASSES,
]  # fmt: skip
LATER_ROUND_WARNS = [
    *FOURTH_ROUND_WARNS, *FIFTH_ROUND_WARNS, *SIXTH_ROUND_WARNS, *SEVENTH_ROUND_WARNS,
    *EIGHTH_ROUND_WARNS, *NINTH_ROUND_WARNS, *TENTH_ROUND_WARNS, *ELEVENTH_ROUND_WARNS,
    *TWELFTH_ROUND_WARNS, *THIRTEENTH_ROUND_WARNS, *FOURTEENTH_ROUND_WARNS,
    *FIFTEENTH_ROUND_WARNS, *SIXTEENTH_ROUND_WARNS, *SEVENTEENTH_ROUND_WARNS,
    *EIGHTEENTH_ROUND_WARNS, *THIRTY_FIRST_ROUND_WARNS, *THIRTY_SECOND_ROUND_WARNS,
    *THIRTY_THIRD_ROUND_WARNS,
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "field"),
    LATER_ROUND_PASSES,
)
def test_later_rounds_look_alikes_pass(text: str, field: str) -> None:
    assert scan_text(text, field, today=TODAY) == []


@pytest.mark.parametrize(
    ("text", "field"),
    [
        ("1985年9月、世界初の臨床MRIが", "explanation"),
        ("Опісторхоз поширений у басейні Обі", "answer"),
        ("الأشعة المقطعية للصدر تظهر تكهفات", "findings"),
    ],
)
def test_text_in_a_script_read_only_in_part_asks_for_a_reader(text: str, field: str) -> None:
    found = scan_text(text, field, today=TODAY)
    assert {f.kind for f in found} == {"unread_script"}, found
    assert all(f.severity == "warn" for f in found)


@pytest.mark.parametrize(
    ("text", "field", "kind"),
    LATER_ROUND_BLOCKS,
)
def test_later_rounds_identifiers_block(text: str, field: str, kind: str) -> None:
    findings = scan_text(text, field, today=TODAY)
    assert kind in {f.kind for f in findings if f.severity == BLOCK}, findings


@pytest.mark.parametrize(
    ("text", "field", "kind"),
    LATER_ROUND_WARNS,
)
def test_later_rounds_soft_identifiers_warn(text: str, field: str, kind: str) -> None:
    found = scan_text(text, field, today=TODAY)
    assert {f.kind for f in found} == {kind}, found
