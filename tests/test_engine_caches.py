"""The engine's speed-ups change no critique: pyspellchecker's word list read directly, and analyses kept per
sentence, paragraph and word for the live check and for each edit's re-check."""

import re
import re._constants as sre
import re._parser

from spellchecker import SpellChecker

from coach.engine import critique, edits, lexicon, message, value
from coach.engine.context import MINUTES, normalise
from coach.engine.critique import assess
from coach.engine.language import AMBIGUOUS_NAMES, _ambiguous_names_in, _dictionary, typo_correction
from coach.engine.text import fold, per_sentence
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


def test_an_edit_that_corrects_a_slip_is_judged_as_a_fresh_critique_would_judge_it():
    reused = 0
    for name, subject, body, context in list(dev_messages())[::3]:
        ctx, judged = normalise(context), {}
        before = assess(subject, body, ctx, propose=True, judged=judged)
        for change in [f["edit"] for f in before["findings"] if f.get("edit")]:
            edited, known = edits.apply(subject, body, change), len(judged)
            assert assess(*edited, ctx, judged=judged) == assess(*edited, ctx), (name, change)  # ids: no texts
            reused += len(judged) == known
    assert reused > 20  # so many edits left the meant text as it was, and the checks' findings were reused


def test_the_names_written_in_their_official_case_are_those_a_plain_search_finds():
    names = sorted(set(AMBIGUOUS_NAMES.values()))
    glued = [
        "".join(names),  # each name glued to the next: some start inside others
        " ".join(name[:-1] for name in names),  # none whole
        "x".join(a + b for a, b in zip(names, reversed(names))),
    ]
    for label, text in [(m[0], m[2]) for m in dev_messages()] + list(enumerate(glued)):
        assert _ambiguous_names_in(text) == {name for name in names if name in text}, label


def test_a_figure_is_found_where_a_plain_search_finds_it():
    bodies = [body for _, _, body, _ in dev_messages()] + [
        "We went from 40 to 15.",
        "From 3 to 4, x",
        "It took 12 ms.",
        "sent 120, got 14 replies",
        "no digits here",
        "a4 b 3%",
    ]
    found = 0
    for number, body in enumerate(bodies):
        plain, begun = lexicon.EVIDENCE.search(body), value._evidence(body)
        assert (begun and begun.span()) == (plain and plain.span()), number  # an index: held-out texts stay unseen
        found += plain is not None
    assert found > 20


def test_sentences_open_where_a_look_behind_at_every_character_finds_them():
    looked_behind = re.compile(r"(?:(?<=\n)|(?<=[.!?;:] )|(?<![\s\S]))(?=[a-z])")
    texts = [fold(body) for _, _, body, _ in dev_messages()] + [
        "a. b\nc; d: e! f? g",
        "\nabc",
        ". . a",
        "x.\n\ny",
        "",
        "A. b",
        "é. é\né",
        ";: a",
    ]
    for number, text in enumerate(texts):
        found = [m.start() for m in looked_behind.finditer(text)]
        assert list(value._sentence_openings(text)) == found, number  # an index: held-out texts stay unseen


def test_every_number_of_minutes_found_is_in_a_body_with_a_minutes_mark():
    spelled = ["15 MINUTES", "Half An Hour", "a QUICK 10", "twenty-five mins", "one hour", "10-15 Min"]
    found = 0
    for number, body in enumerate([body for _, _, body, _ in dev_messages()] + spelled):
        if MINUTES.search(body):
            found += 1
            assert any(mark in fold(body) for mark in message._MINUTES_MARKS), number
    assert found > 20


def _before_first_digit(ops):
    """How many characters a sequence of pattern parts takes before one or more digits, or None."""
    digit = [(sre.IN, [(sre.CATEGORY, sre.CATEGORY_DIGIT)])]
    taken = 0
    for op, av in ops:
        if op is sre.LITERAL:
            taken += 1
        elif [(op, av)] == digit or op is sre.MAX_REPEAT and av[0] >= 1 and list(av[2]) == digit:
            return taken
        elif op is not sre.AT:
            return None
    return None


def test_every_kind_of_figure_holds_a_digit_where_the_search_for_it_begins():
    ops = list(re._parser.parse(lexicon.EVIDENCE.pattern, lexicon.EVIDENCE.flags).data)
    kinds = [ops[:-1] + list(alt) for alt in ops[-1][1][1]] if ops[-1][0] is sre.BRANCH else [ops]
    assert len(kinds) >= 2
    for kind in kinds:
        assert _before_first_digit(kind) is not None and _before_first_digit(kind) <= value._FROM_DIGIT, kind


def test_an_edit_of_the_subject_alone_is_judged_as_a_fresh_critique_would_judge_it():
    lent = 0
    for _, subject, body, context in list(dev_messages())[::2]:
        ctx, judged, messages = normalise(context), {}, {}
        before = assess(subject, body, ctx, propose=True, judged=judged, messages=messages)
        assert before == assess(subject, body, ctx, propose=True)
        for change in [f["edit"] for f in before["findings"] if f.get("edit")]:
            edited = edits.apply(subject, body, change)
            lent += edited[1] in messages
            assert assess(*edited, ctx, judged=judged, messages=messages) == assess(*edited, ctx), (subject, change)
    assert lent > 20  # so many edits left the body as it was, and its parts were lent to the edited copy
