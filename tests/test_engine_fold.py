"""The lexicon's patterns search folded text and must find exactly what re.IGNORECASE finds in the original."""

import re

import pytest

from coach.engine import lexicon
from coach.engine.text import count_words, fold

EVERY_CHARACTER = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000)
FOLDED = "".join(fold(c) for c in EVERY_CHARACTER)
# Every lower-case character the lexicon's patterns spell out (a superset of the folded patterns' letters).
LITERALS = sorted(
    {
        c
        for p in vars(lexicon).values()
        if isinstance(p, re.Pattern)
        for c in re.sub(r"\\.", "", p.pattern)
        if c == c.lower()
    }
    | {"\n"}
)
CLASSES = {
    "word": r"\w",
    "non-word": r"\W",
    "space": r"\s",
    "non-space": r"\S",
    "digit": r"\d",
    "non-digit": r"\D",
    "lexicon letters": "[" + re.escape("".join(LITERALS)) + "]",
}


def _starts(pattern, text, flags=0):
    return [m.start() for m in re.finditer(pattern, text, flags)]


def test_folding_keeps_every_offset():
    assert len(FOLDED) == len(EVERY_CHARACTER)
    assert len(fold("İstanbul ΣΟΦΟΣ ſ ı Straße ﬁ")) == len("İstanbul ΣΟΦΟΣ ſ ı Straße ﬁ")


@pytest.mark.parametrize("pattern", CLASSES.values(), ids=CLASSES.keys())
def test_folded_characters_fall_in_the_same_classes_as_ignorecase_puts_the_originals(pattern):
    assert _starts(pattern, FOLDED) == _starts(pattern, EVERY_CHARACTER, re.I)


def test_each_character_folds_to_the_letter_ignorecase_matches_it_with():
    # With the class test above, no character matches a lexicon letter with one method and not the other.
    hits = _starts("[" + re.escape("".join(LITERALS)) + "]", EVERY_CHARACTER, re.I)
    assert all(re.fullmatch(re.escape(FOLDED[i]), EVERY_CHARACTER[i], re.I) for i in hits)


def test_word_boundaries_fall_where_they_did_before_folding():
    assert _starts(r"\w", FOLDED) == _starts(r"\w", EVERY_CHARACTER)


def test_an_upper_case_phrase_cannot_enter_the_lexicon():
    with pytest.raises(ValueError, match="lower case"):
        lexicon._words("Could you")


def test_a_postscript_marker_is_no_word_in_any_case_and_a_text_without_one_keeps_every_word():
    assert count_words("P.S. I added the link.") == count_words("p. s. I added the link.") == 4
    assert count_words("I can help. Sam") == 4  # "p." ends a word here: no marker
    assert count_words("Thanks for the help") == 4
