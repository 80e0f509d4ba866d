"""The engine's speed-ups change no critique: pyspellchecker's word list read directly, and analyses kept per
sentence, paragraph and word for the live check and for each edit's re-check."""

from spellchecker import SpellChecker

from coach.engine import critique
from coach.engine.language import _dictionary, typo_correction
from coach.engine.text import per_sentence
from tests.devmessages import dev_messages


def test_the_word_list_read_directly_is_pyspellcheckers_own_dictionary():
    assert dict(_dictionary()) == dict(SpellChecker(distance=1).word_frequency.dictionary)


def test_a_common_typo_is_corrected_from_that_word_list():
    assert typo_correction("recieve") == "receive"


def test_sentence_analysis_is_kept_only_for_sentences_of_a_drafts_size():
    calls = []

    @per_sentence
    def analyse(text):
        calls.append(text)
        return len(text)

    short, wall = "Could we talk for 20 minutes?", "word " * 300
    assert [analyse(short), analyse(short), analyse(wall), analyse(wall)] == [29, 29, 1500, 1500]
    assert calls == [short, wall, wall]  # the wall's line is analysed afresh each time, never kept


def test_a_message_critiqued_again_after_others_gets_the_same_critique():
    messages = [m for m in dev_messages()][:40]
    first = [critique(subject, body, context) for _, subject, body, context in messages]
    again = [critique(subject, body, context) for _, subject, body, context in reversed(messages)][::-1]
    assert again == first
    assert any("edit" in f for result in first for f in result["findings"])  # edits were re-checked too


def test_a_clause_cut_off_is_shown_where_its_sentence_stands_in_each_message():
    on = "After reading your post on, our team agreed to try it."
    the = "I shortened the demo to fit the, and sent it over."
    for body in (
        f"Hi Sam,\n\n{on} {the}\n\nThanks,\nAl",
        f"Hello,\n\nWe met at the meetup last spring. {the} {on}\n\nBest,\nAl",  # both sentences met before
    ):
        found = critique("A question", body, None)["findings"]
        cut = sorted((f["evidence"]["start"], f["evidence"]["text"]) for f in found if f["code"] == "cut_off_sentence")
        assert cut == sorted(
            [(body.index(on) + on.index(" on,") + 1, "on"), (body.index(the) + the.index("the,"), "the")]
        )


def test_the_server_loads_the_word_lists_before_its_workers_fork():
    from coach import gunicorn_conf
    from coach.engine import wordclass

    wordclass._lexicon.cache_clear()
    gunicorn_conf.on_starting(server=None)
    assert wordclass._lexicon.cache_info().currsize == 1 and wordclass.plural_of("tool") == "tools"
