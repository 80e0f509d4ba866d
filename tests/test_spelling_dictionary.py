"""The spelling check reads pyspellchecker's word list directly: it must be the dictionary pyspellchecker builds."""
from spellchecker import SpellChecker

from coach.engine.language import _dictionary, typo_correction


def test_the_word_list_read_directly_is_pyspellcheckers_own_dictionary():
    assert dict(_dictionary()) == dict(SpellChecker(distance=1).word_frequency.dictionary)


def test_a_common_typo_is_corrected_from_that_word_list():
    assert typo_correction("recieve") == "receive"
