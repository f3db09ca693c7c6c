"""Whether a word or a text is in another language than English."""

from __future__ import annotations

import pytest

from publisher.privacy.languages import (
    arabic_or_persian,
    central_asian,
    chinese_romanised,
    foreign_text,
    foreign_word,
    greek_hebrew_or_armenian,
    japanese_or_korean,
    south_asian,
    southeast_asian,
)


@pytest.mark.parametrize(
    "text",
    [
        "Kista ginjal kiri dengan septa menebal dan kalsifikasi, sesuai Bosniak IIF.",
        "Terdapat tanda lahir besar yang meliputi separuh wajah kiri.",
        "Bệnh nhân nam, đau bụng vùng hố chậu phải.",
        "May 3 nodules, pinakamalaki ay 8 mm, at ADC value na 0.9.",
        "La paciente refiere dolor en la rodilla.",
    ],
)
def test_a_text_in_another_language_is_known_by_its_words(text: str) -> None:
    assert foreign_text(text)


@pytest.mark.parametrize(
    "text",
    [
        "CXR for Dan Smith, who fell off his bike.",
        "The kidney shows a septated cyst with thin calcification.",
        "Brought by his son Timur Akhmetov, who says she fell twice.",
    ],
)
def test_an_english_text_is_not_read_as_another_language(text: str) -> None:
    assert not foreign_text(text)


@pytest.mark.parametrize("word", ["masih", "menjadi", "quang", "umbrales", "nessuna"])
def test_common_words_of_other_languages_are_known(word: str) -> None:
    assert foreign_word(word)


@pytest.mark.parametrize("word", ["kidney", "hardacre", "bramley"])
def test_english_words_and_names_are_not_other_languages_words(word: str) -> None:
    assert not foreign_word(word)


@pytest.mark.parametrize(
    "text",
    [
        "Mareez truck chalata hai, lambe safar ke baad left leg mein sujan.",
        "Thyroid nodule-er size 1.8 cm, microcalcification ache, tai FNA kora hoy.",
        "Rugnala ata CT madhye splenic laceration disat aahe ani Hb kami jhala.",
    ],
)
def test_hindi_bengali_and_marathi_in_latin_letters_are_known_by_their_little_words(
    text: str,
) -> None:
    assert south_asian(text) and foreign_text(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ki-67 was high and the mass had grown since the last scan.",
        "Ka band on the nuclear scan; he had the scan in the morning.",
        "Hoy fever in the patient, the source was not found.",
    ],
)
def test_english_with_a_stray_short_word_is_not_read_as_hindi(text: str) -> None:
    assert not south_asian(text)


@pytest.mark.parametrize(
    "text",
    [
        "Kan labes maillot d Wydad mli tay7 f l'match, w l'zip dyal l'veste ban f l'radio.",
        "Embare7 bel leil el 3arabeya khabatetuh, wel CT baynet subdural.",
        "Leishmaniasis tu Mashhad va kolle-ye Khorasan shaye' ast.",
    ],
)
def test_arabic_and_persian_in_latin_letters_are_known_by_their_words_and_digits(
    text: str,
) -> None:
    assert arabic_or_persian(text) and foreign_text(text)


@pytest.mark.parametrize(
    "text",
    [
        "T2 and T1 images at 3T show a 7 mm lesion in segment 4a.",
        "Daughter wrote from lin%2Edonnachie%40outlook%2Ecom asking for the report.",
        "#StLukesWard7 #Ward7Heroes #HipFracture",
    ],
)
def test_units_escapes_and_numbered_tags_are_not_arabic_digits_for_letters(text: str) -> None:
    assert not arabic_or_persian(text)


@pytest.mark.parametrize(
    "text",
    [
        "O asthenis einai 58 etwn kai exei ponos sto stithos apo tin Triti.",
        "Ha-metupal hegia im ke'ev beten ve-chom, ba-CT yesh appendicitis.",
        "Hivandy ynkel e ev KT-n tsuyts e talis kotrvatsq, vor petq e viraharel.",
    ],
)
def test_greek_hebrew_and_armenian_in_latin_letters_are_known_by_their_little_words(
    text: str,
) -> None:
    assert greek_hebrew_or_armenian(text) and foreign_text(text)


@pytest.mark.parametrize(
    "text",
    [
        "The patient had a CT of the chest, and it was normal.",
        "She came in with ha ha written on her cast; the fracture is healed.",
        "Me and the ED team saw this ten times last year.",
    ],
)
def test_english_with_a_stray_short_word_is_not_read_as_greek_hebrew_or_armenian(
    text: str,
) -> None:
    assert not greek_hebrew_or_armenian(text)


@pytest.mark.parametrize(
    "text",
    [
        "Bemor qorin og'rig'i bilan keldi, KT-da jigar kistasi aniqlandi.",
        "Naukas keshe qulady, KT-da subdýraldy gematoma bar.",
        "Xəstə nəfəs darlığı ilə gətirilib, rentgendə plevral maye var.",
    ],
)
def test_uzbek_kazakh_and_azerbaijani_in_latin_letters_are_known(text: str) -> None:
    assert central_asian(text) and foreign_text(text)


@pytest.mark.parametrize(
    "text",
    [
        "The patient was seen in clinic and the CT was normal.",
        "Va and Vq scans were matched; the bar chart shows the counts.",
    ],
)
def test_english_is_not_read_as_uzbek_kazakh_or_azerbaijani(text: str) -> None:
    assert not central_asian(text)


@pytest.mark.parametrize(
    "text",
    [
        "Phu puai ma duay puad hua, CT hen SAH thi basal cisterns.",
        "Neak chheu mean kdav khluon, CT bangha splenomegaly nov pka.",
        "Khon chep bo mii khai, X-ray hen pneumonia laew.",
    ],
)
def test_thai_khmer_and_lao_in_latin_letters_are_known(text: str) -> None:
    assert southeast_asian(text) and foreign_text(text)


@pytest.mark.parametrize(
    "text",
    [
        "What does this mean for the patient? The pen was swallowed.",
        "Hen's egg sized mass in the left lobe, no nodes.",
    ],
)
def test_english_is_not_read_as_thai_khmer_or_lao(text: str) -> None:
    assert not southeast_asian(text)


@pytest.mark.parametrize(
    "text",
    [
        "Kanja wa 45-sai dansei, kyōbu CT de daidōmyaku kairi ga mitomerareta.",
        "Hwanja-neun 60-dae namseong, bokbu CT-eseo ganjong-i boinda.",
        "Kinō no yoru, matsuri no kaijō de taoreta.",
    ],
)
def test_japanese_and_korean_in_latin_letters_are_known(text: str) -> None:
    assert japanese_or_korean(text) and foreign_text(text)


@pytest.mark.parametrize(
    "text",
    [
        "Fleischner 2017: solid nodule 6-8 mm, high-risk pt -> CT at 6-12 mo, then 18-24 mo.",
        "Ingresó el 5 de enero de 2024 tras un síncope en su domicilio.",
        "Wait no more than a day; the scan was done on the ward.",
    ],
)
def test_other_languages_are_not_read_as_japanese_or_korean(text: str) -> None:
    assert not japanese_or_korean(text)


@pytest.mark.parametrize(
    "text",
    [
        "Nǚ, 93 suì, zài jiā shuāidǎo hòu yòu kuān téngtòng, bùnéng zhànlì.",
        "Huanzhe shi kuaidi yuan, zai jia shuaidao hou you xi tengtong.",
        "Keoi5 hai6 daap3 pang4 si1 fu2, gung1 zok3 zi1 hau6 jiu1 tung3.",
    ],
)
def test_chinese_in_pinyin_and_cantonese_in_jyutping_are_known(text: str) -> None:
    assert chinese_romanised(text) and foreign_text(text)


@pytest.mark.parametrize(
    "text",
    [
        "Starosta obce Lhota pod Libčany, 61 let, s nově zjištěným ložiskem v plíci.",
        "Né le 14/03/1961, admis aux urgences pour douleur thoracique constrictive.",
        "The left lung shows a 2 cm nodule; he was seen in the chest clinic.",
    ],
)
def test_other_languages_are_not_read_as_chinese(text: str) -> None:
    assert not chinese_romanised(text)
