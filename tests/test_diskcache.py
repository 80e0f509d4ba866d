"""The engine's tables kept between processes: read back when their sources are unchanged, rebuilt otherwise."""

import re

import pytest

from coach.engine import diskcache, language, wordclass
from coach.engine import text as text_module


@pytest.fixture(autouse=True)
def cache_dir(tmp_path, monkeypatch):
    """Every test here keeps its tables in a temporary folder."""
    monkeypatch.setenv("COACH_CACHE_DIR", str(tmp_path / "cache"))
    return tmp_path / "cache"


def counting_build(value):
    """A build function that records how often it ran."""
    calls = []

    def build():
        calls.append(1)
        return value

    return build, calls


def test_a_table_is_built_once_and_read_back_while_its_sources_are_unchanged():
    build, calls = counting_build({"word": 3, "other": frozenset({"noun"})})
    first = diskcache.cached("table", build, b"list v1", b"code v1")
    second = diskcache.cached("table", build, b"list v1", b"code v1")
    assert first == second == {"word": 3, "other": frozenset({"noun"})}
    assert len(calls) == 1


def test_changed_sources_rebuild_the_table_and_drop_the_old_one(cache_dir):
    build, calls = counting_build(("new",))
    diskcache.cached("table", lambda: ("old",), b"list v1")
    assert diskcache.cached("table", build, b"list v2") == ("new",)
    assert len(calls) == 1
    assert len(list(cache_dir.glob("table-*.marshal"))) == 1


def test_sources_split_differently_are_different_sources():
    diskcache.cached("table", lambda: "ab|c", b"ab", b"c")
    assert diskcache.cached("table", lambda: "a|bc", b"a", b"bc") == "a|bc"


def test_a_damaged_cache_file_is_rebuilt(cache_dir):
    diskcache.cached("table", lambda: [1, 2, 3], b"list")
    (stored,) = cache_dir.glob("table-*.marshal")
    stored.write_bytes(b"\x00garbage")
    build, calls = counting_build([1, 2, 3])
    assert diskcache.cached("table", build, b"list") == [1, 2, 3]
    assert len(calls) == 1


def test_an_unwritable_cache_folder_still_gives_the_table(tmp_path, monkeypatch):
    blocker = tmp_path / "a file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("COACH_CACHE_DIR", str(blocker / "cache"))
    assert diskcache.cached("table", lambda: {"x": 1}, b"list") == {"x": 1}


def test_the_word_class_lexicon_read_from_the_cache_equals_the_one_built_from_the_wheel():
    wordclass._lexicon.cache_clear()
    try:
        stored = wordclass._lexicon()  # built and stored in the temporary folder
        wordclass._lexicon.cache_clear()
        assert wordclass._lexicon() == stored  # read back
        packed = wordclass._resource(wordclass.LEXICON_FILE).read_bytes()
        assert wordclass._lexicon() == wordclass.Lexicon(*wordclass._built_lexicon(packed))
    finally:
        wordclass._lexicon.cache_clear()


def test_a_patterns_opening_words_are_read_back_from_the_cache_with_the_same_matches(monkeypatch):
    pattern = re.compile(r"\b(?:would|could) you\b", re.I)
    text = "Hi. Would you, or could you, look? would you"
    starts = text_module.run_starts(text_module.fold(text))
    monkeypatch.setattr(text_module, "_OPENING_WORDS", None)  # as in a fresh process
    monkeypatch.setattr(text_module, "_OPENINGS_BY_ID", ({}, {}))
    first = [m.span() for m in text_module.matches(pattern, text, starts, any_case=True)]
    monkeypatch.setattr(text_module, "_OPENING_WORDS", None)
    monkeypatch.setattr(text_module, "_OPENINGS_BY_ID", ({}, {}))
    monkeypatch.setattr(text_module, "opening_words", None)  # a fresh process that reads the table, never the pattern
    again = [m.span() for m in text_module.matches(pattern, text, starts, any_case=True)]
    assert first == again == [m.span() for m in pattern.finditer(text)] == [(4, 13), (18, 27), (35, 44)]


def test_the_typo_indexes_read_back_are_the_ones_built():
    for name, build in (
        ("deletions", language._built_deletion_index),
        ("doubling", language._built_doubling_index),
        ("vowels", language._built_vowel_index),
    ):
        language._kept_index(name, build)  # built and stored in this test's folder
        assert language._kept_index(name, lambda: None) == build()  # read back, not built again
