"""Whether a word or a text is in another language than English."""

from __future__ import annotations

import pytest

from publisher.privacy.languages import foreign_text, foreign_word


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
