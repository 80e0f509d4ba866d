"""text.matches tries a phrase pattern only where its opening words stand: it must find exactly what finditer finds."""

import re

import pytest

from coach.engine import brevity, gaps, junctions, language, lexicon, number, professionalism, verbforms
from coach.engine.message import Message
from coach.engine.text import ANY_ENDING, _beginnings_by_word, first_match, fold, matches, opening_words, run_starts
from tests.devmessages import dev_messages

PATTERNS = {name: p for name, p in vars(lexicon).items() if isinstance(p, re.Pattern)}
TRIED_AT_OPENINGS = sorted(name for name, p in PATTERNS.items() if opening_words(p) is not None)
BODIES = sorted({fold(body) for _, _, body, _ in dev_messages()})[::2]  # half of them: a few seconds


def _spelled(opening):
    """An opening word, or for a prefix ("freelanc*") the bare letters and a run they begin."""
    prefix = opening.removesuffix(ANY_ENDING)
    return [opening] if prefix == opening else [prefix, prefix + "ing"]


def _found(found):
    return [(m.span(), m.groups()) for m in found]


def test_most_phrase_lists_can_be_tried_at_their_opening_words_only():
    assert len(TRIED_AT_OPENINGS) >= 30


def test_every_list_of_phrases_can_be_tried_at_its_opening_words():
    # A phrase list (lexicon._words) that cannot tell its opening words is searched character by character through
    # every message: one such alternative made the critique 40% slower. Open on words, or on "[0-9]" for a number;
    # a phrase that may open on any word belongs in a list tried where sentences open (TRIED_AT_OPENING).
    phrase_lists = {
        name: p for name, p in PATTERNS.items() if p.pattern.startswith(r"\b(?:") and p.pattern.endswith(r")\b")
    }
    assert len(phrase_lists) >= 60
    assert sorted(set(phrase_lists) - set(TRIED_AT_OPENINGS)) == ["TRIED_AT_OPENING"]


@pytest.mark.parametrize("name", TRIED_AT_OPENINGS)
def test_each_lexicon_pattern_finds_the_same_matches_in_every_development_message(name):
    pattern = PATTERNS[name]
    # the development messages, and a text that holds every opening word: after a word, inside one, at a line's start
    words = [w for opening in sorted(opening_words(pattern)) for w in _spelled(opening)]
    texts = BODIES + [" ".join(f"so {w} it\n{w}-x x{w} {w}'s, {w}" for w in words)]
    for text in texts:
        starts = run_starts(text)
        for pos in (0, 5):
            assert _found(matches(pattern, text, starts, pos)) == _found(pattern.finditer(text, pos)), text
        first, searched = first_match(pattern, text, starts), pattern.search(text)
        assert _found([first] if first else []) == _found([searched] if searched else []), text


@pytest.mark.parametrize(
    "pattern, words",
    [
        (r"\bthanks?\b", {"thank", "thanks"}),
        (r"\b(?:can|could)n't\b", {"cann", "couldn"}),
        (r"\b(?:i|we) (?:need|want)\b", {"i", "we"}),
        (r"^hello[ \t]+there", {"hello"}),
        (r"\bfoo", {"foo*"}),  # "food" would match: any run that begins with "foo"
        (r"\bfreelanc\w*\b", {"freelanc", "freelanc*"}),
        (r"\bfo\w*", None),  # two letters begin too many runs to try each
        (r"foo\b", None),  # "kungfoo" would match: the match may start inside a word
        (r"\b\w+ing\b", None),
        (r"\b(?i:thanks)\b", None),  # "Thanks" is no run of a folded text; case-blind parts are not read
        (r"\bab+c\b", None),
    ],
)
def test_opening_words_are_the_whole_runs_a_match_can_start_on(pattern, words):
    found = opening_words(re.compile(pattern))
    assert found == (frozenset(words) if words is not None else None)


def test_a_message_finds_a_phrase_where_a_plain_search_does():
    msg = Message("", "Hi Sam,\n\nCould you look at my plan? Please send it back ASAP, I can't wait.\n\nThanks,\nAl")
    for pattern in (lexicon.PLEASE, lexicon.PRESSURE, lexicon.GRATITUDE, lexicon.APOLOGY):
        assert _found([msg.search(pattern)] if msg.search(pattern) else []) == _found(
            [pattern.search(msg.folded)] if pattern.search(msg.folded) else []
        )
        assert _found(msg.finditer(pattern)) == _found(pattern.finditer(msg.folded))
    assert msg.search(lexicon.PRESSURE) is not None and msg.search(lexicon.APOLOGY) is None


def _alternatives(pattern):
    """The top-level alternatives of a compiled pattern, as parsed."""
    (op, av), *rest = re._parser.parse(pattern.pattern, pattern.flags).data
    return av[1] if op is re._constants.BRANCH and not rest else [pattern]


def test_the_placeholder_and_shout_guards_were_written_for_the_patterns_as_they_are():
    # Each mark was read off one alternative (PLACEHOLDER: [, {{, {, <, XXX/TODO/TBD/INSERT, lorem; SHOUT: 5 capitals,
    # then three kinds of "!"): a new alternative needs its mark, and this count tells whoever adds one.
    assert len(_alternatives(lexicon.PLACEHOLDER)) == 6
    assert len(_alternatives(lexicon.SHOUT)) == 4
    # language._may_double: two commas, then "..", ";;", "??", "::" and ". .", one an alternative
    assert len(_alternatives(language.DOUBLED_PUNCTUATION)) == 6


EXAMPLES = [
    "Hi [Name], I loved {{talk_title}} and {company}.",
    "Dear <First Name>, TODO add the link. XXXX INSERT LINK HERE TBD",
    "Lorem ipsum dolor sit amet. LOREM IPSUM",
    "PLEASE HELP ME NOW!! What?! Really!?",
    "Thanks for the AWS VPC notes, they helped.",
    "Hi Sam,\n\nCould you look at my plan?\n\nThanks,\nAl",
]


def test_every_placeholder_and_shout_found_is_in_a_text_with_their_marks():
    found = 0
    for text in EXAMPLES + sorted({body for _, _, body, _ in dev_messages()}):
        if lexicon.PLACEHOLDER.search(text):
            found += 1
            assert professionalism.may_hold_placeholder(text, fold(text)), text
        if lexicon.SHOUT.search(text):
            found += 1
            assert "!" in text or lexicon.SHOUT_CAPITALS.search(text), text
    assert found >= 5  # the examples' own placeholders and shouts at least


def test_the_clause_opening_scan_was_written_for_the_openings_as_they_are():
    # language._CLAUSE_OPENING_SCAN tries only a space or tab, a place after a space and the text's start: each of the
    # eight openings starts there (after a comma, a space, ";" or ":" and before its spaces, or where a sentence opens)
    (op, av), *_ = re._parser.parse(language._CLAUSE_OPENING.pattern, language._CLAUSE_OPENING.flags).data
    assert op is re._constants.BRANCH and len(av[1]) == 8
    texts = sorted({body for _, _, body, _ in dev_messages()}) + [
        "We tried it, and the docs say so; the team agrees: the list is long — the end",
        "When the cache was cold, it was slow. Because the order of the steps matter, I think the tests fail.",
        "I noticed that the build breaks, but the fix is near, so the team knows that the owner of these repos reply.",
    ]
    found = 0
    for text in texts:
        scan = [(m.span(), m.groups()) for m in language._CLAUSE_OPENING_SCAN.finditer(text)]
        assert scan == [(m.span(), m.groups()) for m in language._CLAUSE_OPENING.finditer(text)], text
        found += len(scan)
    assert found >= 10


def test_the_lowercase_i_and_iso_date_guards_let_every_match_through():
    texts = sorted({body for _, _, body, _ in dev_messages()}) + [
        "i think so",
        "yes, i'm in",
        "(i was) there",
        "On 2024-03-05 we met",
        "i\nnext",
        "ok i",
    ]
    found = 0
    for text in texts:
        if language.LOWERCASE_I.search(text):
            found += 1
            assert language._I_BEFORE_MARK.search(text), text
        if language.ISO_DATE.search(text):
            found += 1
            assert "-" in text and language._YEAR_DASH.search(text), text
    assert found >= 6


def test_a_quoted_title_is_found_where_a_look_back_first_pattern_finds_it():
    look_back_first = re.compile(r"(?<!\w)['‘\"“][^'’\"”\n]{3,120}['’\"”](?!\w)")
    texts = sorted({body for _, _, body, _ in dev_messages()}) + [
        "'Error budgets people respect' helped",
        'I read "On call" twice',
        "it's 'ok' and don't 'x'",
        "'abc' 'de'",
    ]
    found = [[m.span() for m in brevity._QUOTED.finditer(text)] for text in texts]
    assert found == [[m.span() for m in look_back_first.finditer(text)] for text in texts]
    assert sum(map(len, found)) >= 4


def test_every_doubled_mark_found_is_in_a_text_the_guard_lets_through():
    texts = ["Thanks,, Sam", "Wait.. what", "a;; b", "Why??", "Note:: here", "It ends . .", "One, two. Three?"]
    texts += sorted({body for _, _, body, _ in dev_messages()})
    found = [text for text in texts if language.DOUBLED_PUNCTUATION.search(text)]
    assert len(found) >= 6 and all(language._may_double(text) for text in found)
    assert not language._may_double("One, two. Three? Four: five; six.")


def test_a_message_with_no_marks_is_not_searched_for_placeholders():
    assert not professionalism.may_hold_placeholder(
        "Hi Sam, could you look at my plan?", "hi sam, could you look at my plan?"
    )
    assert professionalism.may_hold_placeholder("Hi Sam, Lorem Ipsum", "hi sam, lorem ipsum")


# The grammar tables' rows read the paragraph as typed, most of them ignoring case: read in any case.
ROWS = {
    f"{table}[{i}]": row[1]
    for table in ("CONFUSIONS", "AGREEMENT", "AGREEMENT_ANYWHERE")
    for i, row in enumerate(getattr(language, table))
}
ROWS.update({name: getattr(language, name) for name in ("_LOST_NOUN", "_LOST_NOUN_AT_END", "_LOST_COMPLEMENT")})
ROWS["_LEADING_PHRASE"] = language._LEADING_PHRASE  # where _clauses_apart sets an opening phrase apart
ROWS.update({f"VERB_FORMS[{i}]": row[0][1] for i, row in enumerate(verbforms.VERB_FORMS)})
ROWS.update({name: getattr(lexicon, name) for name in ("YOUR_WORK", "WORK_YOU_MADE")})  # read in the body as typed
ROWS_TRIED_AT_OPENINGS = sorted(name for name, p in ROWS.items() if opening_words(p, any_case=True) is not None)
TYPED = sorted({body for _, _, body, _ in dev_messages()})[::4]  # a quarter of them: a few seconds


def test_most_grammar_rows_can_be_tried_at_their_opening_words_only():
    assert len(ROWS_TRIED_AT_OPENINGS) >= len(ROWS) * 2 // 3


@pytest.mark.parametrize("name", ROWS_TRIED_AT_OPENINGS)
def test_each_grammar_row_finds_the_same_matches_in_any_case(name):
    pattern = ROWS[name]
    words = sorted(opening_words(pattern, any_case=True))
    # the development messages as typed, and each opening word in three cases: after a word, inside one, opening a
    # line and a sentence, before a hyphen or an apostrophe
    spelled = " ".join(f"So {w} it.\n{w.upper()}-x x{w} {w.capitalize()}'s, {w} was" for w in words)
    for text in TYPED + [spelled, "İt's ſo: " + spelled]:
        starts = run_starts(fold(text))
        for pos in (0, 5):
            found = matches(pattern, text, starts, pos, any_case=True)
            assert _found(found) == _found(pattern.finditer(text, pos)), text


@pytest.mark.parametrize(
    "pattern, words",
    [
        (r"\b(?i:thanks)\b", {"thanks"}),  # "Thanks", "THANKS": each folds to the one word
        (r"\b[Yy]our\b", {"your"}),
        (r"(?:^|(?<=[\s(]))(?:It|it)\b", {"it"}),  # after a lookbehind's space or bracket a run starts
        (r"(?<=x)it\b", None),  # after a letter it does not
        (r"\b(?P<w>[Yy]our)(?=\s+own)", {"your"}),  # a lookahead's space ends the run
        (r"\b(?:it|its)(?=s)", None),  # a letter would not: "itself"
        (r"(?a:\bthanks\b)", None),  # \w in ASCII only: runs could differ from run_starts'
    ],
)
def test_opening_words_in_any_case_are_lower_case_and_set_case_aside(pattern, words):
    found = opening_words(re.compile(pattern), any_case=True)
    assert found == (frozenset(words) if words is not None else None)


@pytest.mark.parametrize(
    "pattern, any_case, beginnings",
    [
        # four characters past the word, cut to the shortest: every match on "i" begins with one of these
        (
            r"\b(?:i need|i(?:'d| would) like|we want)\b",
            False,
            {"i": (5, {"i nee", "i'd l", "i wou"}), "we": (6, {"we wan"})},
        ),
        (r"\bi\s+need\b", False, {}),  # a class of characters right after the word: every "i" may open one
        (r"\b(?:it|its)\b", False, {}),  # "it" may end inside "its": every "its" may open one
        (r"\b(?:The|the) docs\b", True, {"the": (7, {"The doc", "the doc"})}),
        (r"(?=[A-Z])\bThe\b", True, {"the": (3, {"The"})}),  # in any case, "the" as typed opens none
        (r"\bthe docs\b", False, {"the": (7, {"the doc"})}),
    ],
)
def test_a_pattern_is_tried_only_where_the_text_goes_on_as_its_matches_begin(pattern, any_case, beginnings):
    compiled = re.compile(pattern)
    words = opening_words(compiled, any_case=any_case)
    assert _beginnings_by_word(compiled, words, any_case) == {w: (n, frozenset(b)) for w, (n, b) in beginnings.items()}


def test_a_pattern_that_ignores_case_is_tried_at_every_place_of_its_words_in_any_case():
    pattern = re.compile(r"\bthe docs\b", re.I)
    assert _beginnings_by_word(pattern, opening_words(pattern, any_case=True), any_case=True) == {}


# One example of each part PROTECTED reads: code, a link, an address, a handle, a path, a wiki link, slots, a tag and
# an emoticon; each holds a mark, and a text with no mark holds none of them.
PROTECTED_PARTS = [
    "see ```x = 1``` here",
    "run ``ls -la`` now",
    "the `grep` tool",
    "on http://example.com today",
    "on www.example.com today",
    "mail sam@example.org",
    "ping @sam or #rust",
    "in os.path and snake_case and a/b and a\\b and 10:30",
    "[[Mount Kenya]]",
    "Hi [Name] and {{first_name}} and <b>",
    "thanks :) and ;-) and =D",
]


@pytest.mark.parametrize("text", PROTECTED_PARTS)
def test_each_part_of_code_and_links_holds_a_protected_mark(text):
    for m in language.PROTECTED.finditer(text):
        assert language.PROTECTED_MARK.search(m.group()), m.group()


def test_a_text_with_no_protected_mark_holds_no_code_or_link():
    texts = TYPED + [part.replace(mark, " ") for part in PROTECTED_PARTS for mark in "`@#[{<:;=./\\_"]
    for text in texts:
        if not language.PROTECTED_MARK.search(text):
            assert not language.PROTECTED.search(text), text
    assert language._masked("I (think) it's 'fine'.") == "I (think) it's 'fine'."
    assert language._masked("I (see `x)`) it") == "I (see     ) it"


def test_each_run_of_word_characters_is_found_where_it_starts():
    for text in TYPED + ["", "  ", "x", "İt's ſo: a_b 3.5 é\n\nx "]:
        expected = {}
        for m in re.finditer(r"\w+", text):
            expected.setdefault(m.group(), []).append(m.start())
        assert run_starts(text) == expected, text


def test_the_seam_guard_passes_every_word_a_seam_stands_on():
    probes = [
        "I will my notes",
        "Would you it?",
        "I'd if you can",
        "a move to into the repo",
        "Also we happy to help",
        "did you jobs run",
        "according changelog",
        "split into own module",
        "so I can a short review",
        "I'll findings soon",
        "We'd happy to",
        "We be grateful",
        "I two years ago",
        "one of I'd recommend",
        "I've learning Go",
        "after that I the first draft",
    ]
    texts = probes + sorted({body for _, _, body, _ in dev_messages()})
    found = 0
    for text in texts:
        tokens = [(m.group(0), m.start(), m.end()) for m in gaps._TOKEN.finditer(text)]
        words = [t[0].lower() for t in tokens]
        typed = [t[0] for t in tokens]
        for i, word in enumerate(words):
            word = word.replace("’", "'")
            if junctions._seam(words, typed, i, word):  # read without the guard: it must let this word through
                found += 1
                assert word in junctions._SEAM_OPENERS, (word, text)
    assert found >= len(probes) - 2


def test_each_number_check_finds_slips_only_on_the_words_it_is_handed():
    # number._slip_at hands a word only the checks listed for it (number.CHECKS_STARTING_ON): read here without
    # that table, each check must find nothing on any other word
    probes = [
        "They says the tests often fails.",
        "Each reviewer want a copy, and these diagram shows it.",
        "There is some issues, and there are a missing comma.",
        "Do your framework handle it? Has your students passed?",
        "How much bugs were found? It is more easier now.",
        "Here is the three files. The other reviewers has the videos, and Mo and I was there.",
        "Our pipeline often fail, and one of my service calls it.",
    ]
    texts = probes + sorted({body for _, _, body, _ in dev_messages()})
    checks = [(number._determiner_and_noun, number.DETERMINER_STARTS), *number.CHECKS_STARTING_ON]
    found = set()
    for text in texts:
        words = number.typed_words(text)[1]
        for i, word in enumerate(words):
            for check, starts in checks:
                args = (words, i, {}) if check is number._determiner_and_noun else (words, i)
                if check(*args):
                    found.add(check)
                    assert word in starts, (check.__name__, word)
    assert len(found) == len(checks)


def test_a_pattern_that_opens_on_a_number_is_tried_where_digits_start_a_word():
    price = re.compile(r"\b(?:(?<=\$)[0-9]+|[0-9]+ euros) a (?:month|seat)\b")
    assert opening_words(price) == {digit + ANY_ENDING for digit in "0123456789"}
    text = fold("Plans cost $49 a seat, or 400 euros a month; v2 runs 3 times a week.")
    assert _found(matches(price, text, run_starts(text))) == _found(price.finditer(text)) != []
