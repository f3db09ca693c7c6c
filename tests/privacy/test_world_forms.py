"""Dates, recency words, ages and record numbers as the world writes them: lower-case month
abbreviations, other calendars, Central European date shapes, "yesterday" in many tongues,
ages with foreign units or spaced digits, and record numbers behind foreign cue words."""

from __future__ import annotations

import pytest

from publisher.privacy import BLOCKING_KINDS, scan_text


def _blocking(text: str, field: str) -> set[str]:
    return {f.kind for f in scan_text(text, field) if f.kind in BLOCKING_KINDS}


# (text, field, the blocking kind it must raise)
DATES = [
    # day and month typed in lower case
    ("seen in clinic 3rd of feb with a swollen knee", "history", "date"),
    ("ct done 14 nov 2023, repeat planned", "history", "date"),
    ("discharged on the 21st of march after the fixation", "history", "date"),
    ("fell on dec 2nd while hanging lights", "history", "date"),
    ("knee scoped since aug 9 and still effusion", "history", "date"),
    # the Persian solar calendar
    ("Discharged 4 Ordibehesht 1403 after drainage of the abscess.", "history", "date"),
    ("MRI on 19 Esfand 1401 showed a new enhancing lesion.", "findings", "date"),
    ("Operated 2 Mehr 1400; histology benign.", "history", "date"),
    ("Biopsy in Shahrivar 1402 confirmed the diagnosis.", "history", "date"),
    ("Follow-up CT 1402/07/18 unchanged.", "findings", "date"),
    # Hijri months in Malay, Indonesian and numbered spellings
    ("Dirawat 5 Syawal 1444 selepas jatuh.", "history", "date"),
    ("Admitted 17 Rabiul Awal 1445 AH with fever.", "history", "date"),
    ("Seen in Jumada II 1444 for the same pain.", "history", "date"),
    # a Roman month between spaces (a single-letter month; a year in the 1900s)
    ("Przyjęta 14 V 2021 r. z dusznością.", "history", "date"),
    ("Operowany 3 XI 1998 r., kontrola bez zmian.", "history", "date"),
    # Czech and Slovak: a space after each dot
    ("nar. 17. 4. 1983, přijata pro bolest břicha", "history", "date"),
    ("Vyšetrený 2. 11. 2022 pre bolesť hlavy.", "history", "date"),
    # Hungarian: the year first, suffixed months
    ("A 2022. március 8-án végzett CT-n kicsi volt a góc.", "findings", "date"),
    ("2021. szept. 14. óta panaszos.", "history", "date"),
    ("Műtét: 2020. 06. 23., szövődménymentes.", "history", "date"),
    ("Felvétel január 19-én, lázzal.", "history", "date"),
    # Polish, Czech and Slovak months before a year; Slovak genitives after a day
    ("Tomografia w lutym 2023 bez zmian, w marcu 2023 nowe ognisko.", "findings", "date"),
    ("Přijat v březnu 2022 pro dušnost.", "history", "date"),
    ("Hospitalizovaná od 9. februára pre pneumóniu.", "history", "date"),
    # a month's short name between a numeric date's separators
    ("Biopsia del 11/dic/23, pendiente de informe.", "history", "date"),
    ("Imaged 4-Jun-2024 after the fall.", "history", "date"),
    # Irish and Welsh, with their ordinals
    ("Rinneadh an scanadh ar an 3ú Márta tar éis na timpiste.", "history", "date"),
    ("Derbyniwyd 17eg Mehefin gyda phoen yn y frest.", "history", "date"),
    # a day and a month with dots after a word that dates it
    ("Aufgenommen vom 14.3. bis zur Entlassung.", "history", "date"),
]

RECENCY = [
    ("Scanned him this p.m. after the fall.", "history", "date"),
    ("Diruz ba dard-e shekam amad.", "history", "date"),
    ("Dishab be orzhans avordand.", "history", "date"),
    ("Se rooz pish tab kard, emruz sorfe dare.", "history", "date"),
    ("Embareh bel-leil wasal lal-tawari.", "history", "date"),
    ("Min yomein bada el-alam fi batnu.", "history", "date"),
    ("Evvelki gün merdivenden düştü.", "history", "date"),
    ("İki gün önce başlayan karın ağrısı.", "history", "date"),
    ("Juzi alianguka kutoka kwenye mti.", "history", "date"),
    ("Aliletwa jana jioni na maumivu makali.", "history", "date"),
    ("Shekaranjiya ya fadi daga babur.", "history", "date"),
    ("Jiya da dare aka kawo shi asibiti.", "history", "date"),
    ("Ó ṣubú lánàá, ẹsẹ̀ rẹ̀ wú.", "history", "date"),
    ("Kamakalawa siya naaksidente sa motor.", "history", "date"),
    ("Tatlong araw na ang nakalipas nang magsimula ang sakit.", "history", "date"),
    ("Tegnap este elesett a lépcsőn.", "history", "date"),
    ("Három nappal ezelőtt kezdődött a fájdalom.", "history", "date"),
    ("Przywieziony zeszłej nocy po wypadku.", "history", "date"),
    ("Gorączka pojawiła się trzy dni temu.", "history", "date"),
    ("Předevčírem upadla na ledu.", "history", "date"),
    ("Prišla predvčerom s horúčkou.", "history", "date"),
    ("Htes to vrady eftase sta epeigonta.", "history", "date"),
    ("Do din pehle seedhi se gire.", "history", "date"),
    ("Guzishta raat sakht dard hua.", "history", "date"),
]

AGES = [
    ("Mard-e 94 sāleh ba tangi-ye nafas", "history", "age_over_89"),
    ("Bimar 91 saale, soqut dar manzel", "history", "age_over_89"),
    ("93 éves férfi, elesett otthon", "history", "age_over_89"),
    ("Lolo, edad 92, nahulog sa hagdan", "history", "age_over_89"),
    ("Lola na 95 anyos, masakit ang balakang", "history", "age_over_89"),
    ("Bibi mwenye umri wa miaka 94, alianguka", "history", "age_over_89"),
    ("Pacientka 93 let, pád doma", "history", "age_over_89"),
    ("91-ročný pacient s dušnosťou", "history", "age_over_89"),
    ("Mahila, 96 varsh, kamar dard", "history", "age_over_89"),
    ("9 1 y/o F, confused and febrile", "history", "age_over_89"),
    ("Now 1 0 2 years old and still gardening", "explanation", "age_over_89"),
    ("Donna di 95aa, dolore all'anca", "history", "age_over_89"),
    ("93-åring med hoftesmerter etter fall", "history", "age_over_89"),
]

RECORDS = [
    ("Prior study under shomare parvandeh 88-40213 for comparison.", "findings", "record_number"),
    ("Kérem a törzsszám 3308172 alatt a korábbi felvételeket.", "explanation", "record_number"),
    ("Eski tetkikler için protokol no 2023/118204 bakınız.", "explanation", "record_number"),
    ("Old films are on PACS under hosp. no. 44-17-92-08.", "explanation", "record_number"),
    ("Pulled under unit no. Q_48_221_907 from our archive.", "explanation", "record_number"),
    ("AP pelvis; the label in the corner reads RGH 5519 207.", "alt", "record_number"),
    ("Lateral skull, text burned in top right 'MKH 44-0918'.", "alt", "record_number"),
]

NATIONAL_IDS = [
    ("Kart-e melli 0499370899 attached to the request.", "history", "national_id"),
    ("national code 128-743905-2 on the consent", "history", "national_id"),
    ("TAJ-szám: 123 456 788 a beutalón", "history", "national_id"),
]


@pytest.mark.parametrize(("text", "field", "kind"), DATES + RECENCY + AGES + RECORDS + NATIONAL_IDS)
def test_world_forms_block(text: str, field: str, kind: str) -> None:
    assert kind in _blocking(text, field), text


CLEAN = [
    ("Incidental finding in 2019, stable since.", "history"),
    ("Radiology has come a long way: 125 years of X-rays this November.", "explanation"),
    ("A patient in their 90s (exact age withheld) with a hip fracture.", "history"),
    ("Eurorad case 18842, with thanks.", "credit"),
    ("The 2nd may be normal; the 3rd may show the fracture.", "explanation"),
    ("Type 2 may progress to type 3 within weeks.", "explanation"),
    ("Disc bulge at L4 5 and L5 S1.", "findings"),
    ("Nodules of 3 4 mm and 5 mm.", "findings"),
    ("Grade II 2019 classification of the lesion.", "explanation"),
    ("Vertebral levels T11 12 and L1 2 are normal.", "findings"),
    ("Smith J, Brown K. Radiology. 2019;290(2):301-309.", "references"),
    ("Ratio of 1.5. Then repeat.", "explanation"),
    ("Based on 2.5. The scan was repeated.", "explanation"),
    ("Jana Novak, consultant radiologist", "credit"),
    ("The ma and kVp were set for a child.", "findings"),
    ("The last sun exposure was long ago.", "history"),
    ("Sale of 92 units at the conference stand.", "explanation"),
    ("A bar of soap and a barium swallow, both harmless.", "explanation"),
    ("At the ages of 8 9 4 years the growth plates close.", "explanation"),
    ("Overlay 'AP ERECT 110 CM' on the film.", "alt"),
    ("Per the 'ACR 2021-2022' appropriateness criteria.", "explanation"),
    ("Hunters back from 3 safaris had the same rash.", "history"),
    ("Ran on 1400 mg of the drug twice daily.", "history"),
    ("Mehr fluid than expected around the knee.", "findings"),
    ("Dun-coloured fluid was aspirated.", "findings"),
]


@pytest.mark.parametrize(("text", "field"), CLEAN)
def test_world_forms_clean(text: str, field: str) -> None:
    assert not _blocking(text, field), text


def test_iranian_national_code_check_digit() -> None:
    from publisher.privacy.numbers import _iran_code

    assert _iran_code("049-937089-9")
    assert _iran_code("1287439055")
    assert not _iran_code("049-937089-8")
    assert not _iran_code("111-111111-1")  # the sum passes, the code is no one's
    assert not _iran_code("04-9937089-9")


def test_accents_dropped_keep_offsets() -> None:
    text = "A beteg tegnapelőtt éjjel esett el."
    spans = [(f.start, f.end) for f in scan_text(text, "history") if f.kind == "date"]
    assert (text.index("tegnap"), text.index("tegnap") + len("tegnapelőtt")) in spans
