"""The language layer: each slip is a finding with its correction, a slip always costs, good writing is left alone."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from coach.engine import critique
from coach.engine.evaluate import catches_slip, lines_of
from coach.engine.evaluate import language_slips as language_findings
from coach.engine.rules import RULES
from tests.test_engine import CTX, GOOD_BODY, GOOD_SUBJECT
from tests.test_engine_pairs import LESSON_BODY, LESSON_CONTEXT, LESSON_SUBJECT

DATA = Path(__file__).parent / "data"
# (what GOOD_BODY says, the same with one slip, the slip's code, the words flagged, their correction)
SLIPS = [
    ("the clearest thing", "the clearist thing", "spelling", "clearist", "clearest"),
    ("I have read on", "I have raed on", "spelling", "raed", "read"),
    ("embedded Rust is", "embedded rust is", "name_case", "rust", "Rust"),
    ("five years of C", "five years of C and javascript", "name_case", "javascript", "JavaScript"),
    ("report any bugs", "report any any bugs", "doubled_word", "any any", ""),
    ("I can test", "I I can test", "doubled_word", "I I", ""),
    ("In return, I can", "In return,, I can", "doubled_punctuation", ",,", ","),
    (
        "the three STM32 boards we have",
        "the three STM32 boards (we have",
        "unbalanced_bracket",
        "(we have and report any bugs",
        ")",
    ),
    ("report any bugs.", "report any bugs).", "unbalanced_bracket", ")", ""),
    ("I'm a firmware engineer", "i'm a firmware engineer", "lowercase_i", "i", "I"),
    ("your schedule", "you're schedule", "confused_word", "you're", "your"),
    ("I'm happy to work", "Your welcome to say no, and I'm happy to work", "confused_word", "Your", "You're"),
    ("clearest thing I have read", "clearest thing I have read, more then any book", "confused_word", "then", "than"),
    ("is the clearest thing", "is the clearest thing, and its been", "confused_word", "its", "it's"),
    ("I'm a firmware engineer", "I am focus on firmware and I'm a firmware engineer", "agreement", "focus", "focused"),
    ("I'm happy to work", "I has time, and I'm happy to work", "agreement", "has", "have"),
    ("three STM32 boards", "three STM32 boards from 2026-11-30", "iso_date", "2026-11-30", "30 November"),
    ("I have read on the topic.", "I have read on the topic with.", "cut_off_sentence", "with", ""),
    ("report any bugs.", "report any bugs and the.", "cut_off_sentence", "and the", ""),
    ("is the clearest", 'is the "clearest', "unbalanced_quote", '"', ""),
    ("In return, I can", "In return, [ I can", "unbalanced_bracket", "[", ""),
    ("report any bugs.", "report any bugs,.", "doubled_punctuation", ",.", "."),
    ("Thanks,\nRavi", "Thnaks,\nRavi", "spelling", "Thnaks", "Thanks"),
    ("five years of C", "five years of Redux, react and C", "name_case", "react", "React"),
    ("report any bugs.", "report any bugs; each board take about an hour.", "agreement", "take", "takes"),
    ("I'm happy to work", "Most of my colleagues uses C, and I'm happy to work", "agreement", "uses", "use"),
    (
        "I'm happy to work",
        "The examples in your chapter was a great help, and I'm happy to work",
        "agreement",
        "was",
        "were",
    ),
    ("report any bugs.", "report any bugs; it's test suite runs fast.", "agreement", "it's", "its"),
    ("Thanks,", "Thanks for any advise,", "confused_word", "advise", "advice"),
    ("report any bugs.", "report any bugs; my CV are attached.", "agreement", "are", "is"),
    ("report any bugs.", "report any bugs; the questions is whether it builds.", "agreement", "is", "are"),
    ("report any bugs.", "report any bugs; it was a easy call.", "agreement", "a", "an"),
    ("report any bugs.", "report any bugs; I have wrote a test for each.", "agreement", "wrote", "written"),
    ("Thanks,\nRavi", "Looking forward to here from you.\n\nThanks,\nRavi", "confused_word", "here", "hearing"),
    ("I'm happy to work", "I hope your doing well, and I'm happy to work", "confused_word", "your", "you're"),
    ("I'm happy to work", "I know your busy, so I'm happy to work", "confused_word", "your", "you're"),
    ("report any bugs.", "report any bugs; our service has outgrown it's database.", "confused_word", "it's", "its"),
    ("report any bugs.", "report any bugs. Than we can talk.", "confused_word", "Than", "Then"),
    ("report any bugs.", "report any bugs, than send a summary.", "confused_word", "than", "then"),
    ("five years of C", "five years of C and REACT", "name_case", "REACT", "React"),
    ("five years of C", "five years of C and WebPack", "name_case", "WebPack", "webpack"),
    ("five years of C", "five years of C and Webpack", "name_case", "Webpack", "webpack"),
    ("In return, I can", "In return:: I can", "doubled_punctuation", "::", ":"),
    ("Thanks,\nRavi", "I'd be greatful for any pointers.\n\nThanks,\nRavi", "spelling", "greatful", "grateful"),
    ("I'm happy to work", "One of my colleagues have met you, and I'm happy to work", "agreement", "have", "has"),
    ("report any bugs.", "report any bugs.\n\nThe engineers on my team wants to help.", "agreement", "wants", "want"),
    ("report any bugs.", "report any bugs.\n\nOur pipeline take forty minutes.", "agreement", "take", "takes"),
    ("report any bugs.", "report any bugs.\n\nEven a quick pointer help me a lot.", "agreement", "help", "helps"),
    ("report any bugs.", "report any bugs.\n\nThe one who wrote the driver have left.", "agreement", "have", "has"),
    ("report any bugs.", "report any bugs.\n\nThe list of open bugs grow every week.", "agreement", "grow", "grows"),
    ("report any bugs.", "report any bugs.\n\nThe way you test drivers are new to me.", "agreement", "are", "is"),
    ("report any bugs.", "report any bugs until the driver were stable.", "agreement", "were", "was"),
    ("I'm happy to work", "If its easier, I'm happy to work", "confused_word", "its", "it's"),
    ("report any bugs.", "report any bugs; its simply a habit.", "confused_word", "its", "it's"),
    ("report any bugs.", "report any bugs. I use you're HAL driver daily.", "confused_word", "you're", "your"),
    ("report any bugs.", "report any bugs; it grew since it's first release.", "confused_word", "it's", "its"),
    (
        "I'm happy to work",
        "Looks like your moving to Rust, and I'm happy to work",
        "confused_word",
        "your",
        "you're",
    ),
    ("Thanks,\nRavi", "I'd keep a seperete branch.\n\nThanks,\nRavi", "spelling", "seperete", "separate"),
    ("Thanks,\nRavi", "I'm new to embedded programing.\n\nThanks,\nRavi", "spelling", "programing", "programming"),
    ("Thanks,\nRavi", "It is basicly a scheduler.\n\nThanks,\nRavi", "spelling", "basicly", "basically"),
    ("report any bugs.", "report any bugs in hte driver.", "spelling", "hte", "the"),
    ("report any bugs.", "report any bugs; its costing us a week.", "confused_word", "its", "it's"),
    ("report any bugs.", "report any bugs and than send a summary.", "confused_word", "than", "then"),
    ("five years of C", "five years of C and a tool written in go", "name_case", "go", "Go"),
    ("report any bugs.", "report any bugs; we send crashes to sentry.", "name_case", "sentry", "Sentry"),
    ("report any bugs.", "report any bugs.\n\nThe boards my team relies on was cheap.", "agreement", "was", "were"),
    ("report any bugs.", "report any bugs.\n\nThe boards we still use was cheap.", "agreement", "was", "were"),
    ("report any bugs.", "report any bugs; the HAL is accessable to all.", "spelling", "accessable", "accessible"),
    ("five years of C", "five years of C and IOS", "name_case", "IOS", "iOS"),
    ("I'm happy to work", "I know your very busy, and I'm happy to work", "confused_word", "your", "you're"),
    ("I'm happy to work", "If your in Glasgow in May, I'm happy to work", "confused_word", "your", "you're"),
    ("I'm happy to work", "If your open to it, I'm happy to work", "confused_word", "your", "you're"),
    ("I'm happy to work", "Once your ready, I'm happy to work", "confused_word", "your", "you're"),
    (
        "report any bugs.",
        "report any bugs. Your one of the few who write about HALs.",
        "confused_word",
        "Your",
        "You're",
    ),
    ("report any bugs.", "report any bugs. Are you're mentees on embedded too?", "confused_word", "you're", "your"),
    ("I'm happy to work", "I'd be grateful fro a pointer, and I'm happy to work", "confused_word", "fro", "for"),
    ("Hi Mei,", "Helo Mei,", "spelling", "Helo", "Hello"),
    (
        "report any bugs.",
        "report any bugs.\n\nMy lead, who wrote our HAL, think so too.",
        "agreement",
        "think",
        "thinks",
    ),
    (
        "report any bugs.",
        "report any bugs.\n\nThe bugs that nobody owns grows every week.",
        "agreement",
        "grows",
        "grow",
    ),
    (
        "I have read on the topic.",
        "I have read on how teams move firmware to Rust with.",
        "cut_off_sentence",
        "with",
        "",
    ),
    ("five years of C on", "five years of C, which I started few years ago, on", "agreement", "few", "a few"),
    ("report any bugs.", "report any bugs, as promised on last Monday.", "agreement", "on last", "last"),
    (
        "I'm happy to work",
        "I was surprising by your chapter, and I'm happy to work",
        "agreement",
        "surprising",
        "surprised",
    ),
    ("report any bugs.", "report any bugs.\n\nYou kindly introduced me with Dr Kaur.", "agreement", "with", "to"),
    (
        "I'm happy to work",
        "I can't decide which of the two boards should I port first, and I'm happy to work",
        "agreement",
        "should I",
        "I should",
    ),
    (
        "I'm happy to work",
        "Many of your example were new to me, and I'm happy to work",
        "agreement",
        "example",
        "examples",
    ),
    (
        "report any bugs.",
        "report any bugs once you finish second chapter.",
        "agreement",
        "second chapter",
        "the second chapter",
    ),
    (
        "is the clearest thing I have read",
        "was most useful chapter I have read",
        "agreement",
        "most useful chapter",
        "the most useful chapter",
    ),
]


def apply(text, edit):
    return text[: edit["start"]] + edit["replacement"] + text[edit["end"] :]


@pytest.mark.parametrize("good, slipped, code, flagged, correction", SLIPS, ids=[s[1] for s in SLIPS])
def test_each_slip_is_flagged_with_an_edit_that_corrects_it(good, slipped, code, flagged, correction):
    body = GOOD_BODY.replace(good, slipped, 1)
    assert body != GOOD_BODY
    found = language_findings(critique(GOOD_SUBJECT, body, CTX))
    assert [f["code"] for f in found] == [code]
    finding = found[0]
    assert finding["evidence"]["text"] == flagged and finding["edit"]["replacement"] == correction
    assert finding["edit"]["field"] == "body" and finding["fix"]
    fixed = apply(body, finding["edit"])
    assert not language_findings(critique(GOOD_SUBJECT, fixed, CTX)), fixed


@pytest.mark.parametrize("good, slipped, code, flagged, correction", SLIPS, ids=[s[1] for s in SLIPS])
def test_one_slip_lowers_the_overall_score_and_raises_no_rubric(good, slipped, code, flagged, correction):
    clean = critique(GOOD_SUBJECT, GOOD_BODY, CTX)
    slipped_result = critique(GOOD_SUBJECT, GOOD_BODY.replace(good, slipped, 1), CTX)
    assert slipped_result["overall"] < clean["overall"]
    assert all(slipped_result["scores"][r] <= clean["scores"][r] for r in clean["scores"])


def test_the_perfect_with_a_time_that_is_over_is_flagged_and_a_time_that_reaches_now_is_not():
    slipped = GOOD_BODY.replace(
        "I'm a firmware engineer", "I have ported two drivers last spring. I'm a firmware engineer"
    )
    found = language_findings(critique(GOOD_SUBJECT, slipped, CTX))
    assert [f["code"] for f in found] == ["agreement"] and found[0]["evidence"]["text"] == "ported"
    assert "edit" not in found[0]  # "ported" is right once "have" goes: the fix is the writer's to make
    for fine in (
        "I have ported two drivers since last spring.",
        "I have ported two drivers over the last year.",
        "I have been porting drivers to Rust last spring and this one.",
        "I have read how your team ported the drivers last spring.",
        "I have attached last week's trace.",
        "I have reread the slides from last spring twice.",
    ):
        body = GOOD_BODY.replace("I'm a firmware engineer", fine + " I'm a firmware engineer")
        assert not language_findings(critique(GOOD_SUBJECT, body, CTX)), fine


def test_a_phrase_lost_before_a_comma_is_flagged_without_a_one_click_edit():
    body = GOOD_BODY.replace("on the three STM32 boards", "on the, and on the three STM32 boards")
    found = language_findings(critique(GOOD_SUBJECT, body, CTX))
    assert [f["code"] for f in found] == ["cut_off_sentence"] and found[0]["evidence"]["text"] == "the"
    assert "edit" not in found[0]  # the lost words are unknown: deleting "the" would not mend the sentence
    assert critique(GOOD_SUBJECT, body, CTX)["overall"] < critique(GOOD_SUBJECT, GOOD_BODY, CTX)["overall"]


def test_a_slip_still_lowers_a_message_whose_professionalism_is_already_at_its_floor():
    rude = (
        "hey, answer me today. I need the name of the best database for my app asap. "
        "reply now or I will ask someone else."
    )
    clean = critique("", rude)
    slipped = critique("", rude.replace("someone", "somone"))
    assert clean["scores"]["professionalism"] == 1.0
    assert slipped["overall"] < clean["overall"]
    assert "slips_past_floor" in {f["code"] for f in slipped["findings"]}


# Written for this test: a long first message that follows the lesson, so one slip must still show.
LONG_BODY = """Dear Dr. Lindgren,

I lead a team of four building the billing service for a mid-sized logistics company. Your article on idempotency keys in payment APIs is the reason we added them last spring, and they removed the duplicate charges we used to see after network timeouts.

We now have a narrower problem. When a client retries after our service has committed the charge but before it answered, we return the stored response, which is right. When the retry carries a different amount under the same key, we reject it with a 409, and two of our customers call that a bug, because their mobile apps recompute the amount after a currency refresh.

I see two options. We could keep rejecting and document the rule, or we could treat the key as scoped to the amount and accept the second request as a new charge. The first keeps the guarantee simple; the second matches what the apps do but makes a double charge possible again.

Which of the two would you choose, and is there a third I am missing? A short answer by email would already help us decide before our design review on the 12th. If it is useful for your next article, I am happy to share our retry logs from the last quarter, anonymised.

Thank you for your time,
Sofia Marchetti
"""  # noqa: E501 - a whole message, one paragraph a line, as a mentee writes it


def test_one_slip_lowers_a_long_message_that_follows_the_lesson():
    clean = critique("Idempotency keys when the amount changes on retry", LONG_BODY)
    slipped = critique("Idempotency keys when the amount changes on retry", LONG_BODY.replace("choose", "chosoe", 1))
    assert len(LONG_BODY.split()) > 200
    assert [f["code"] for f in language_findings(slipped)] == ["spelling"]
    assert slipped["overall"] < clean["overall"]


def test_a_misspelling_two_slips_from_a_common_word_is_flagged():
    body = GOOD_BODY.replace("I'm happy to work", "I would recommend it, and I'm happy to work")
    slipped = body.replace("recommend", "reccomend")
    found = language_findings(critique(GOOD_SUBJECT, slipped, CTX))
    assert [(f["code"], f["edit"]["replacement"]) for f in found] == [("spelling", "recommend")]


@pytest.mark.parametrize(
    "typed, meant",
    [("begginer", "beginner"), ("acommodate", "accommodate"), ("maintainence", "maintenance")],
)
def test_a_letter_doubled_in_the_wrong_place_or_vowels_mistyped_in_a_long_word_are_corrected(typed, meant):
    assert corrections(f"As a {typed} question, it is about the schedule.", "spelling") == [(typed, meant)]


def test_a_name_that_is_also_a_word_opening_a_sentence_in_lower_case_is_capitalised():
    body = (
        "Hi Ana,\n\nYour talk on parsers helped our team. We rewrote the tokenizer in March. "
        "rust gave us fewer crashes in the parser. The build is slower now. Which flags would you try first?"
        "\n\nThanks,\nBo"
    )
    found = language_findings(critique("Parser build times", body))
    assert [(f["code"], f["evidence"]["text"], f["edit"]["replacement"]) for f in found] == [
        ("sentence_case", "rust", "Rust")
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "How teams react tells us a lot.",
        "The rust spreads on old bolts.",
        "We had to react quickly to the outage.",
        "Latex gloves are kept in the lab.",
    ],
)
def test_a_name_that_is_also_a_word_used_as_the_word_is_left_alone(sentence):
    assert corrections(sentence, "name_case") == []


def test_the_first_is_or_are_after_each_of_is_the_verb_it_agrees_with():
    assert language_findings(critique("Rota", "One of them is on break every second day.")) == []
    assert corrections("Each of the three leads are on leave this week.", "agreement") == [("are", "is")]


def test_a_hyphenated_nouns_plural_is_no_misspelling():
    line = "I teach nine-year-olds on Fridays, and our must-haves for the club are few."
    assert language_findings(critique("Coding club", line)) == []


def test_two_letters_swapped_in_a_long_rare_word_are_corrected():
    assert corrections("I only read the thread aftewrard, sadly.", "spelling") == [("aftewrard", "afterward")]


def test_a_long_rare_word_with_its_suffix_spelled_as_it_sounds_is_corrected():
    assert corrections("We keep every build reproducable by pinning.", "spelling") == [("reproducable", "reproducible")]


def test_too_before_a_determiner_is_to():
    assert corrections("I compared the numbers too the old build.", "confused_word") == [("too", "to")]
    assert corrections("Me too, the docs were great.", "confused_word") == []


@pytest.mark.parametrize(
    "sentence",
    ["Is you're offer of a code review still open?", "What is you're take on feature flags for mobile?"],
)
def test_youre_right_after_an_auxiliary_that_opens_a_question_is_your(sentence):
    assert corrections(sentence, "confused_word") == [("you're", "your")]


def test_youre_after_a_copula_that_takes_a_clause_is_left_alone():
    assert corrections("The truth is you're right about the cache.", "confused_word") == []


def test_youre_before_a_role_in_capitals_is_left_alone():
    assert corrections("I gather you're Engineering Manager at Kestrel now.", "confused_word") == []
    assert corrections("It is your right to say no to a call.", "confused_word") == []


def test_your_before_a_giving_verb_and_its_second_object_is_youre():
    assert corrections("I guess your asked this often by new hires.", "confused_word") == [("your", "you're")]
    assert corrections("Your sent the invite to the wrong list.", "confused_word") == []  # "You sent", not "you're"


@pytest.mark.parametrize("typed, meant", [("bussy", "busy"), ("readyy", "ready"), ("tirred", "tired")])
def test_a_letter_struck_twice_in_a_short_word_is_corrected(typed, meant):
    assert corrections(f"The team was {typed} last sprint, so the plan slipped.", "spelling") == [(typed, meant)]


@pytest.mark.parametrize(
    "sentence, typed, meant",
    [
        ("The login scren freezes on older phones.", "scren", "screen"),  # "screw" is commoner, but no slip from it
        ("We have not testd the rollback on staging.", "testd", "tested"),
        (
            "Please ignor the first draft I sent.",
            "ignor",
            "ignore",
        ),  # one letter short: too long a cut for a short form
        ("The first resul surprised the whole team.", "resul", "result"),
    ],
)
def test_a_word_that_lost_one_letter_is_corrected_to_the_common_word_it_lost_it_from(sentence, typed, meant):
    assert corrections(sentence, "spelling") == [(typed, meant)]


def test_short_forms_and_terms_a_letter_from_a_word_are_left_alone():
    text = "Thanks for the convo; the mixin and the dirs helper both handle lossy input."
    assert language_findings(critique("A question", text)) == []
    text = "In my prev role our dept kept the calc sheets, the proc notes and the locs of every office."
    assert language_findings(critique("A question", text)) == []


@pytest.mark.parametrize("typed, meant", [("Wenesday", "Wednesday"), ("Febuary", "February"), ("Tusday", "Tuesday")])
def test_a_day_or_month_mistyped_is_corrected_like_any_name(typed, meant):
    assert corrections(f"The release moved to {typed} after the review.", "spelling") == [(typed, meant)]


def test_a_persons_name_one_letter_from_a_month_is_left_alone():
    assert language_findings(critique("A question", "I met Augusta and Marchy at the meetup in Lyon.")) == []


def test_an_unknown_tool_name_two_slips_from_a_rarer_word_is_left_alone():
    text = "The editres protocol reads termios settings and the codeset of the locale."
    assert language_findings(critique("A question", text)) == []


def test_text_wrapped_at_a_fixed_width_is_not_cut_off_at_each_line_end():
    wrapped = (
        "Hi Mei,\n\nYour book chapter on async in embedded Rust is the clearest thing I have read on the\n"
        "topic. I'm a firmware engineer with five years of C on ARM microcontrollers, and the\n"
        "Embassy examples were the first I could run on our boards.\n\nThanks,\nRavi"
    )
    assert language_findings(critique(GOOD_SUBJECT, wrapped, CTX)) == []


def test_a_slip_deep_in_a_one_paragraph_wall_is_flagged_where_it_stands():
    # Past CACHED_PARAGRAPH characters a paragraph is read a sentence at a time: the slip must still be found, at
    # its place in the body, and an aside that opens in one sentence and closes in a later one is still balanced.
    filler = "Our team ships a small release every week and writes a short note about it. " * 60
    wall = filler + "The parser now rejects (most of the bad inputs. The rest are logged) for review. " + filler
    wall += "We now mesure every build before it ships."
    found = language_findings(critique(GOOD_SUBJECT, wall, CTX))
    start = wall.index("mesure")
    assert [(f["code"], f["edit"]) for f in found] == [
        ("spelling", {"field": "body", "start": start, "end": start + 6, "replacement": "measure"})
    ]


def test_a_subject_that_says_how_much_later_is_whole_and_one_that_spent_the_time_is_cut_off():
    later = critique("Your advice on our release notes, six weeks on", GOOD_BODY, CTX)
    assert language_findings(later) == []
    spent = critique(GOOD_SUBJECT, GOOD_BODY.replace("Thanks,", "I spent two months on.\n\nThanks,"), CTX)
    assert [f["code"] for f in language_findings(spent)] == ["cut_off_sentence"]


def test_a_slip_in_the_subject_is_flagged_there():
    subject = "15 minutes on moving C firmware to rust?"
    finding = language_findings(critique(subject, GOOD_BODY, CTX))[0]
    start = subject.index("rust")
    assert finding["code"] == "name_case" and finding["edit"] == {
        "field": "subject",
        "start": start,
        "end": start + 4,
        "replacement": "Rust",
    }


def test_a_broken_sentence_or_three_slips_keep_the_overall_at_or_below_four():
    clean = critique(GOOD_SUBJECT, GOOD_BODY, CTX)
    assert clean["overall"] >= 4.5
    broken = critique(
        GOOD_SUBJECT, GOOD_BODY.replace("I have read on the topic.", "I have read on the topic with."), CTX
    )
    three = critique(
        GOOD_SUBJECT,
        GOOD_BODY.replace("clearest", "clearist")
        .replace("embedded Rust", "embedded rust")
        .replace("report any bugs", "report any any bugs"),
        CTX,
    )
    for result in (broken, three):
        assert result["overall"] <= 4.0, result["scores"]
    assert {"broken_sentence", "language_slips"} <= {f["code"] for f in broken["findings"]}
    assert {"many_slips", "language_slips"} <= {f["code"] for f in three["findings"]}


def test_the_slip_summary_says_what_it_costs():
    result = critique(GOOD_SUBJECT, GOOD_BODY.replace("clearest", "clearist"), CTX)
    summary = next(f for f in result["findings"] if f["code"] == "language_slips")
    assert summary["rubric"] == "professionalism" and "1 language slip" in summary["message"]
    assert RULES["language_slips"].points is None  # scaled: its points depend on the score it comes off


def test_other_findings_still_point_at_the_words_as_typed():
    body = GOOD_BODY.replace("Your book", "Your the book").replace(
        "I'm happy to work around your schedule", "I'm happy to to work around your schedule"
    )
    result = critique(GOOD_SUBJECT, body, CTX)
    for f in result["findings"]:
        ev = f["evidence"]
        if ev:
            assert {"subject": GOOD_SUBJECT, "body": body}[ev["field"]][ev["start"] : ev["end"]] == ev["text"]
    clean = critique(GOOD_SUBJECT, GOOD_BODY, CTX)
    for code in ("flexibility", "sign_off"):  # after the two slips, found on the corrected text
        quoted = [f["evidence"]["text"] for r in (clean, result) for f in r["findings"] if f["code"] == code]
        assert len(quoted) == 2 and quoted[0] == quoted[1]


# Written for this test: technical terms, accented names, British spellings, non-native but correct English.
CLEAN_MESSAGES = [
    (
        "Hi Zoë,\n\nI migrated our PostgreSQL 15 cluster to Kubernetes with Terraform and Helm, and our CI/CD now runs "
        "on GitHub Actions. Your talk on k8s operators (https://example.org/talks/operators) was the reason. I use "
        "gRPC, OAuth, Next.js and PyTorch daily; npm, pandas and pytest too.\n\nWould you have 20 minutes on "
        "30 November to review my plan? I'd be glad to share our runbooks.\n\nThank you,\nJoão Gonçalves"
    ),
    (
        "Dear Dr. Nguyễn,\n\nI am a backend developer from Kraków and I have worked with Go and Rust for two years. "
        "I have "
        "read your paper about consensus and it was very useful for me. I would like to ask one question by email: "
        "which book you recommend for a beginner in distributed systems?\n\nBest regards,\nŁukasz"
    ),
    (
        "Hi Siobhán,\n\nI organise our team's colour-accessibility audits and have analysed the behaviour of our "
        "favourite components; the programme is centred on screen readers. Could we talk for 15 minutes about "
        "prioritising the fixes? The people I work with would value your view.\n\nCheers,\nMaël"
    ),
    (
        "Hi Ana,\n\nWhat I'd love to hear is what the on-call rota is for, and which alerts you'd cut first. "
        "I wrote `kubectl rollout undo` twice last week; the runbook we rely on is two years old. "
        "P.S. my handle is @ana_dev and my email ana.lima@example.com.\n\nThanks,\nRavi"
    ),
    (
        "Hi Oksana,\n\nIt is a topic I am passionate about, and I know more than I did then. Each of the teams has "
        "its own repo; one of my colleagues is moving to loose coupling, and the data is clean. Is this the right "
        "place to ask for? I have a one-hour slot, an MBA and a European passport, and I am working as an engineer "
        "at a university. Your feedback would mean a lot; you're the person whose work I admire the most. The "
        "diagnostics is slow but the series is good.\n\nThank you in advance,\nChidi"
    ),
]


CLEAN_MESSAGES.append(
    "Hola Ana,\n\nOur eval harness runs nightly, and sharding the test data across four workers cut it to an hour. "
    "At my neighbourhood meetup the rest of the group don't use Kubernetes yet. How quickly did your team react, "
    "and what would you change? I'd also love to learn a few words of te reo Māori from your course.\n\n"
    "Ngā mihi,\nTomás"
)


@pytest.mark.parametrize(
    "body",
    CLEAN_MESSAGES,
    ids=["terms", "non-native", "british", "code-and-links", "idioms", "abbreviations-stems-and-other-languages"],
)
def test_good_messages_with_terms_names_and_british_spelling_have_no_slips(body):
    assert language_findings(critique("A question on our plan", body)) == []


def load(name):
    with open(DATA / name, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


# Sets whose writers kept, on purpose, the small slips careful non-native writers make in some good messages (their
# labels are about substance): a finding there may be right, so they do not count against false alarms.
KEEPS_SLIPS = (
    "author12_",
    "author14_",
    "author15_",
    "author16_",
    "author17_",
    "author18_",
    "author19_",
    "author20_",
    "author21_",
    "author22_",
    "author23_",
    "author24_",
    "author25_",
    "author26_",
    "author28_",
    "author29_",
    "author33_",
    "author36_",
    "author40_",
    "author45_",
    "author56_",
    "author57_",
    "author58_",
    "author63_",
    "author64_",
    "author65_",
    "author66_",
    "author67_",
    "author68_",
    "author69_",
    "author70_",
    "author71_",
    "author72_",
    "author73_",
    "author74_",
    "author75_",
    "author76_",
    "author77_",
    "author78_",
    "author79_",
    "author80_",
    "author81_",
    "author82_",
    "author83_",
    "author84_",
)


def good_development_messages():
    """(id, subject, body, context) of the lesson's example, the better side of every development pair and every
    message labelled good, but for the sets that keep slips in good messages."""
    messages = [("lesson", LESSON_SUBJECT, LESSON_BODY, LESSON_CONTEXT)]
    for path in sorted(DATA.glob("*.jsonl")):
        if path.name.startswith(KEEPS_SLIPS):
            continue
        for row in load(path.name):
            if "better" in row:
                messages.append((row["id"], row["better"]["subject"], row["better"]["body"], row.get("context")))
            elif row.get("label") == "good":
                messages.append((row["id"], row["subject"], row["body"], row.get("context")))
    return messages


def test_development_messages_and_the_lesson_example_raise_almost_no_language_findings():
    messages = good_development_messages()
    flagged = [m[0] for m in messages if language_findings(critique(*m[1:]))]
    # ids only: many of these sets are held out, and a failure must not show their texts
    assert len(messages) > 200 and len(flagged) <= 0.02 * len(messages), flagged


def slip_accuracy(parity, name="slip_pairs.jsonl"):
    rows = [r for r in load(name) if int(r["id"][-3:]) % 2 == parity]
    right = sum(
        critique(r["slipped"]["subject"], r["slipped"]["body"], r["context"])["overall"]
        < critique(r["good"]["subject"], r["good"]["body"], r["context"])["overall"]
        for r in rows
    )
    return right / len(rows), len(rows)


def test_slipped_messages_score_lower_than_their_clean_versions_on_the_tuning_half():
    accuracy, n = slip_accuracy(1)
    assert n >= 30 and accuracy >= 0.9


def test_slipped_messages_score_lower_on_the_held_out_half_too():
    # Read to find which kinds of slip were missed (issue 14), never to fit a word list: 0.94 at the last change.
    accuracy, n = slip_accuracy(0)
    assert n >= 30 and accuracy >= 0.9


@pytest.mark.parametrize("parity", [1, 0], ids=["tuning-half", "held-out-half"])
def test_slipped_messages_score_lower_on_the_third_slip_set(parity):
    # The held-out half was measured once the rules were in place (0.90); the tuning half is at 1.00.
    accuracy, n = slip_accuracy(parity, "slip_pairs_3.jsonl")
    assert n == 20 and accuracy >= 0.9


# Slip sets by writers who never saw the engine, in the groups they arrived in, with the share of their look-alike
# lines the product may flag. The bars are the product's (0.80 of pairs), not the tuned figures; a look-alike bar is
# raised only where a held-out half flagged more on arrival.
BLIND_COHORTS = {
    # 336 pairs, a fifth of them cut-offs. On arrival: 0.83 / 0.87 of pairs, 1 / 1 look-alike lines flagged.
    "authors-46-48": ((46, 47, 48), 0.03),
    # 336 pairs, an eighth cut off in the middle. On arrival (author49 on the engine as it then stood): 0.83 / 0.84
    # of pairs, 6 / 6 look-alike lines flagged (4 of 120 held out in one set, hence 4%).
    "authors-49-51": ((49, 50, 51), 0.04),
    # 448 pairs to the same brief, 5 December 2026; authors 54 and 55 wrote after the round's first rules. On
    # arrival (b1d62bd): 0.82 / 0.83 of pairs, 13 / 14 of 240 look-alike lines flagged (5.8% held out, hence 5%).
    "authors-52-55": ((52, 53, 54, 55), 0.05),
}


@pytest.mark.parametrize("parity", [1, 0], ids=["tuning-half", "held-out-half"])
@pytest.mark.parametrize("cohort", list(BLIND_COHORTS))
def test_slipped_messages_by_writers_who_never_saw_the_engine_score_lower_and_their_look_alikes_stay_clean(
    cohort, parity
):
    authors, lookalike_bar = BLIND_COHORTS[cohort]
    pairs = [slip_accuracy(parity, f"author{n}_slips.jsonl") for n in authors]
    total = sum(n for _, n in pairs)
    assert total == 56 * len(authors) and sum(accuracy * n for accuracy, n in pairs) >= 0.80 * total
    lines = [line for n in authors for line in lines_of(DATA / "redteam" / f"author{n}_correct.txt", parity)]
    flagged = [line for line in lines if language_findings(critique("A question", line))]
    assert len(lines) == 60 * len(authors) and len(flagged) <= lookalike_bar * len(lines), len(flagged)


# Learner-grammar slip sets (AUTHOR59.md, AUTHOR60.md: articles, tense, agreement, prepositions ...), beyond the
# kinds the issue names: a parser would be needed to catch them all. The bar is the share of pairs that scored lower
# on the held-out half on arrival (author 59: 8 and 11 of 30, tuning and held out; author 60, written after the
# first rules: 7 and 6 of 30; author 61, after all of them and not tuned on: 9 and 4 of 30), so the layer does not
# fall back below it; the look-alikes stay clean.
LEARNER_SETS = {59: 0.33, 60: 0.20, 61: 0.13}

# A cut-off set (AUTHOR62.md: 48 pairs a half, ends and middles) by a writer who never saw the engine, commissioned
# after the round's first cut-off rules. On arrival 0.48 odd / 0.56 even of pairs (the middles 9 and 7 of 24),
# 0 and 1 of 60 look-alike lines flagged; the bar is two pairs under the held-out half on arrival.
CUT_OFF_SET = (62, 0.52)


@pytest.mark.parametrize("parity", [1, 0], ids=["tuning-half", "held-out-half"])
def test_cut_off_messages_by_a_writer_who_never_saw_the_engine_score_lower_and_their_look_alikes_stay_clean(parity):
    author, bar = CUT_OFF_SET
    accuracy, n = slip_accuracy(parity, f"author{author}_slips.jsonl")
    assert n == 48 and accuracy >= bar
    lines = lines_of(DATA / "redteam" / f"author{author}_correct.txt", parity)
    flagged = [line for line in lines if language_findings(critique("A question", line))]
    assert len(lines) == 60 and len(flagged) <= 1, len(flagged)


@pytest.mark.parametrize("parity", [1, 0], ids=["tuning-half", "held-out-half"])
@pytest.mark.parametrize("author", list(LEARNER_SETS))
def test_learner_grammar_slips_by_a_writer_who_never_saw_the_engine_cost_and_their_look_alikes_stay_clean(
    author, parity
):
    accuracy, n = slip_accuracy(parity, f"author{author}_slips.jsonl")
    assert n == 30 and accuracy >= LEARNER_SETS[author]
    lines = lines_of(DATA / "redteam" / f"author{author}_correct.txt", parity)
    flagged = [line for line in lines if language_findings(critique("A question", line))]
    assert len(lines) == 40 and len(flagged) <= 1, flagged


@pytest.mark.parametrize(
    "sentence",
    [
        "I have followed your talks on testing, especially the one about.",
        "I asked a question after your talk and we spoke for 20 minutes on.",
        "I found it through Ana's post on.",
        "Thanks for the post; it found two real bugs for.",
        "I kept notes from two outages; they might make good material for.",
        # nothing before the preposition leaves room for its object: no relative, wh-word, passive or infinitive
        "We ran the manual load tests with.",
        "Your post helped me see how queues behave in.",
        "I spent last year building internal tools for.",
        "I can't decide which of.",
        "We moved the billing service to Kubernetes with.",
        "We benchmarked it against.",
        "The slow part is the step that converts the images into.",
        "I have been promoted to.",
        "I would suggest something closer to.",
        "Since your talk we have planned to move the payments service to k8s with.",
        "I wanted to ask because it.",
        # a preposition inside an if- or because-clause cannot strand out to a wh-word before it
        "Which editor would you choose if you were switching to?",
        "I have one quick doubt about token-based.",
        "She is building a battery-friendly.",
        "What would you check first because the alerts point at?",
        # "to" after a form of "be" opens an infinitive that says what something is: its verb cannot go unsaid
        "The simplest fix, I was told, is to.",
        "Our first idea for the flaky suite was to.",
    ],
)
def test_a_sentence_that_stops_on_a_preposition_with_no_room_for_its_object_is_cut_off(sentence):
    body = f"Hi Mei,\n\n{sentence} Could I ask you one question about async in embedded Rust?\n\nThanks,\nRavi"
    assert "cut_off_sentence" in {f["code"] for f in language_findings(critique(GOOD_SUBJECT, body, CTX))}


@pytest.mark.parametrize(
    "sentence",
    [
        "I'd like to know which one to spend the next three months on.",
        "That is the board we test everything on.",
        "It is a topic I care about.",
        "It is the stack I'm most familiar with.",
        "Is there a call I should watch for?",
        # a relative clause with no relative word, its subject a pronoun or a noun phrase
        "It's a field I know little about.",
        "That was the question nobody had an answer for.",
        "The unit a process belongs to is listed first.",
        "This is the part I keep getting stuck on.",
        # a passive, an infinitive after a noun or an adjective, "worth", and adverbs that end a phrase
        "The issue was finally dealt with.",
        "The design doc was reviewed and signed off on.",
        "I'd love to find a mentor to learn from.",
        "The library is easy to get started with.",
        "It's a problem worth thinking about.",
        "Hard-coded colours keep creeping back in.",
        "Should we put a queue in between?",
        "Who else should I talk to?",
        "Where are you based out of?",
        "I never learned how to, and it's the one tool I couldn't do without.",
        # a span of time that says how much later
        "Here is how the migration went, six weeks on.",
        # "to" standing for a verb said before, after a verb that takes a person and an infinitive
        "I tried the flag on negative numbers too, but I couldn't get it to.",
        "My manager suggested a mentor, and she asked me to.",
        # the gap inside an if-clause, and a pronoun contracted with its verb
        "Tell me if there is a task you could use a hand with.",
        "Happy to help if that's what it's for.",
        "It is the guild I'm part of.",
        # an aside after which the phrase goes on, or whose brackets hold the noun itself
        "Please see the (rather long) thread, a stream of (binary) compressed data and the (BMP) plane.",
        "It depends on (among other things) the load; merges are shown with a - sign.",
        # a reply's question that leaves a verb said before unsaid
        "I can meet on Friday. When can we? We could try it. Would you? Which is better, and why do you?",
        # a comparison that is whole, and a recipient whose thing given was said before
        "It runs about as fast as before, and it is as good as it gets. He was never heard from.",
        "Thanks for the notes you sent me. I will send you the draft, or I can lend you mine.",
        "If the sprint needs reviewers, our whole team will chip in. Should each of us dig in?",
        "If it rains on the day of the meetup, we stay in.",
    ],
)
def test_a_preposition_a_clause_strands_is_not_cut_off(sentence):
    body = f"Hi Mei,\n\n{sentence} Could I ask you one question about async in embedded Rust?\n\nThanks,\nRavi"
    assert "cut_off_sentence" not in {f["code"] for f in language_findings(critique(GOOD_SUBJECT, body, CTX))}


@pytest.mark.parametrize(
    "question",
    [
        "What do you need it for?",
        "Which version are you referring to?",
        "What OS are you on?",
        "Which browser did you test this in?",
        "What is the template for?",
        "What does this refer to?",
        "What was the reason for the revert?",
        "Where did you get that number from?",
        "Could you add the query you ran it with?",
        "Is there a source you could point me to?",
        "Which policy is this based on?",
        "What did you change it to?",
        "Could you explain what the parameter is used for?",
        "What are you planning to use it for?",
        "Could you paste the full error message in?",
        "Is the service still on?",
        "Is this something worth opening an issue about?",
        "Could you point me to the part of the spec this comes from?",
        "Would you be willing to take this on?",
    ],
)
def test_a_question_that_strands_its_preposition_is_not_cut_off(question):
    # forum requests end this way all the time; a cut-off finding here would cost a polite question its tone
    assert "cut_off_sentence" not in {f["code"] for f in language_findings(critique("", question, None))}


@pytest.mark.parametrize(
    "sentence",
    [
        "If the call were shorter, I would join.",
        "The team are spread over three time zones.",
        "This can have side effects, and the two are related.",
        "The following are the steps I tried.",
        "It requires that the board have a debugger attached.",
        "Its owner asked me to write, and its tests run in a minute.",
        "Setting the options by hand takes a minute.",
        "The difference between the two versions is small.",
        "Neither of our two services depends on it.",
        "The team behind these libraries does great work.",
        "The reason I like these tools is simple.",
        "The headquarters is in Leeds.",
        "What the problem is is unclear to me.",
        "I logged in in the morning and it had already failed.",
        "She gave a eulogy for the old monolith.",
        "Run pip install django, then docker ps to see the container.",
        "A python escaped from the zoo in our town last year.",
        "We call it the 'golden path' at work, and the students' work shows it.",
        "The details of how each command handles errors are in the docs.",
        "The name of the type doesn't have to be quoted.",
        "This hook cannot affect the outcome.",
        "Your chapter on nonce reuse made me check our firmware.",
        "The list of people we need is short.",
        "Anyone who has read the docs knows the trick.",
        "The engineers who review code changes are all senior.",
        "The order in which the handlers are called is undefined.",
        "The value in this file determines whether the addresses are shown.",
        "The two of us are going, and the CPUs of a system include every core.",
        "This assumes that the process output is encoded in UTF-8.",
        "I've been meaning to, and the 2023-10-16 release broke our build.",
        "The heuristics we use for alert routing are mostly folklore.",
        "It is the same, and I know which one you are in for.",
        "Would anonymised data help? The plan went from nine minutes to about forty seconds.",
        "Since your talk I have been trying to\nwrite smaller pull requests.",
        "If your back hurts or your available slots are full, I think your happy path still works.",
        "The script that cleans the build folders takes a minute.",
        "Your series on borrow-checker messages asks the right questions.",
        "The load balancer put every request on one node, so the cache never warmed.",
        "A review by an expert like you would save our team a month.",
        "My manager set the review for Friday, and the team split the work in two.",
        "I write drivers for a living, and this spring I also run a small study group.",
    ],
)
def test_plural_verbs_after_groups_subjunctives_and_modals_are_not_agreement_slips(sentence):
    body = f"Hi Mei,\n\n{sentence} Could I ask you one question about async in embedded Rust?\n\nThanks,\nRavi"
    assert language_findings(critique(GOOD_SUBJECT, body, CTX)) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "I'm free on Tuesday (or Wednesday, if that's easier :-)",
        "We're pinned to the payments API version 2023-10-16.",
        "The element at position i is skipped.",
        "Loop over i, j and k in that order.",
        "Nobody ever showed me how to.",
        "It's the one tool I couldn't do without.",
        "We scraped a layer of rust off the old gate.",
        "We learned about angular momentum at school.",
        "Some people dream of plans to terraform Mars.",
        "The jobs must have been signalled or waited for.",
        "The kernel picks a queueing discipline per device.",
        "I said it in jest, and we are moving in spring.",
        "The socket is named by its port and the remote address.",
        "It is proportional to the number of samples it contains.",
        "There are topics my course doesn't address.",
        "How long does it take?",
        "There is a flag for that, but it's undocumented.",
        "I'd like to, but... well, the deadline is tomorrow.",
        # a modal or a verb whose verb or object was said before or stands elsewhere
        "I will reply as soon as I can, and I think the others will.",
        "It scales better than most queues would.",
        "Here is the chapter I rewrote, and the file is attached.",
        "These are the pitfalls to avoid.",
        "We met on 21 May.",
    ],
)
def test_smiles_identifiers_indices_ellipsis_and_ordinary_words_are_not_slips(sentence):
    assert language_findings(critique("A question", sentence)) == []


@pytest.mark.parametrize(
    "sentence, stop",
    [
        ("I am looking for someone who has moved from.", "from"),  # "who" is the subject, so no gap is left
        ("I want to learn how your team chooses what.", "what"),
        ("I want to understand how you handle.", "handle"),  # a verb that takes an object, with none
        ("The problem is that the tests take.", "take"),
        ("Is it worth moving our reports to a separate?", "a separate"),  # an adjective whose noun was lost
        ("I added a note on the outage to our internal.", "our internal"),
        ("The parser now checks the size of every incoming.", "every incoming"),
        ("To keep the diff small, I would avoid adding.", "adding"),  # a gerund after "avoid" wants its object
        # a relative word after a noun a determiner or a count opens, "what" after a preposition, a subject pronoun
        # after "whenever/until/once", and "you" after a determiner's noun: each opens a clause that was lost
        ("Our nightly builds are slow, and the checks that.", "that"),
        ("Could you suggest one small example that.", "that"),
        ("Last week I wrote a short post for my team about what.", "what"),
        ("Send it over, whenever you.", "you"),
        ("We review each request against the form you.", "you"),
        ("It was a migration that nobody asked for in.", "in"),  # two prepositions, the second with no object
        ("Every client retried at the same.", "the same"),
        ("I want to find out how other teams handle.", "handle"),
        ("We added a feature flag so that.", "that"),
        ("This year I have learned enough SQL to.", "to"),  # "this year" is no noun a clause is about
        # a modal after a noun or a verb, with nothing that lets its verb go unsaid
        ("The logs are attached, and the error section should.", "should"),
        ("The header is the part our client insists must.", "must"),
        # a verb that cannot go without its object
        ("Once I had read your chapter, I rewrote.", "rewrote"),
        ("I would be glad to cite.", "cite"),
        ("As promised, I have now attached.", "attached"),
        # a relative word with no clause after a comma or a noun phrase
        ("I trimmed the intro, which.", "which"),
        ("We keep the events in a schema that.", "that"),
        # an article, a possessive or a preposition before an aside the phrase never comes back from
        ("We adopted the pattern from your (the piece on caching) and it worked.", "your"),
        ("Your note about — test first, refactor second — helped us a lot.", "about"),
        # a question that asks which thing, with no verb for the thing
        ("Two questions for you: which chapters should we?", "we"),
        # a comparison with nothing to compare with, a giving verb with nothing given
        ("Your version makes the build twice as fast as.", "as"),
        ("The client code is generated from.", "from"),
        ("After the change our builds ran twice as.", "as"),
        ("Would it help if we lent you?", "you"),
        ("I saw on the forum that you recently.", "recently"),
        ("Much has changed in our stack since we last.", "last"),
        ("Could we find half an hour sometime next?", "next"),
        ("If the date moves, no problem at all; I'll.", "I'll"),
        ("Tell me which of the two designs you think it's.", "it's"),
        ("The deploy was slowed down when the queue was blocked by.", "by"),
        ("The new retry logic cut our pager alerts this.", "this"),
        ("I kept notes, and they might help other curious.", "curious"),
        ("I will share the numbers when the survey.", "the survey"),
        ("We benchmarked the parser on such.", "such"),
        ("Would a short call work some time in the next?", "the next"),
        ("I can share the dashboard too, it.", "it"),
        ("Our notes are public, if they help with your own.", "your own"),
        ("I plan to apply again when a new opening.", "opening"),
        ("It could be a template for other.", "other"),
        ("Which single practice was the change that made?", "made"),
        # a describing word after a determiner and a degree word
        ("Her review left me with a really clear.", "clear"),
        ("The mentor circle shared some very practical.", "very practical"),
    ],
)
def test_a_sentence_whose_last_words_were_lost_is_cut_off(sentence, stop):
    found = language_findings(critique("A question", sentence))
    assert [(f["code"], f["evidence"]["text"]) for f in found] == [("cut_off_sentence", stop)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Last spring I gave a short talk on distributed.",  # a preposition and a word that only describes
        "I can share the slides and some annotated.",  # "some" and a participle no verb before it takes
        "I suspect that our sharding scheme sends too much traffic at.",  # "that" after "suspect" opens no relative
        "It was the only tool I tried that integrates with.",  # "that" is its clause's subject: no gap before "with"
        "We store every event in a table partitioned by.",  # "by" and "as" lose their object like any preposition
        "I could send the notes to you as.",
        "I tried both designs and the second one was clearly.",  # "is/was" and a stance adverb lost the complement
        "Our release still relies on a shell script that nobody.",  # a relative word and its subject, no verb
        "The second run used a far smaller.",  # a comparative after a degree word and an article
        "The vendor finally sent us a signed.",  # an article and a bare participle
        "The new build is faster, but not as.",  # "as" after a degree word, with nothing to compare
        "We moved the nightly exports from cron to Airflow using.",  # "using" with no object anywhere
        # a coined -ize verb the lexicon lacks is still a participle
        "I can post the raw logs and some tokenised.",
        "Last year we moved our staging cluster to a dockerised.",
        # a verb that always takes an object, after "to" and a verb that wants it
        "Since the founder left, our small team has struggled to maintain.",
        "We still plan to implement.",
        # a comparison or an adverb that stands before a describing word, and the word lost
        "Of the two designs, the second one seems much more.",
        "We added a cache, but the hit rate is only.",
        "I would welcome any pointers on how to.",  # after a preposition "how to" names a topic
        "The fix works on my laptop but not.",
        # a noun phrase opens the sentence and a verb that wants its object ends it
        "Your second article on query planning describes.",
        "The chapter about the Saga pattern explained.",
        "Last month, our nightly integration suite caught.",
        "We use Kafka, and last week a consumer lag alert from the billing topic caused.",  # a time before it
    ],
)
def test_a_sentence_that_ends_on_a_describing_word_or_a_means_without_its_noun_is_cut_off(sentence):
    found = language_findings(critique("A question", sentence))
    assert [f["code"] for f in found] == ["cut_off_sentence"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Most teams take code review for granted.",  # a set phrase
        "Nothing in the release goes in untested.",  # a particle, then a complement
        "The parser is written without unsafe.",  # a keyword named as a noun
        "I shared the slides with those interested.",
        "We log the payloads for outbound calls the same way as for inbound.",  # a contrast leaves the noun understood
        "Is the old profiler still worth using?",
        "It is the profiler we ended up using.",
        "Which profiler are you using?",
        "The results were good, but not as good as I hoped.",
        "It is the team I joined that I learned the most from.",
        "This is the spec this comes from.",
        "Feel free to stop by.",
        "These are the rules we work by.",
        "It is the standard every release is judged by.",
        "This is the user to log in as.",
        "It was, clearly.",
        "The bug is in the parser, mostly.",
        "By March every one of our services was containerised.",  # a coined participle as a complement
        "There are two small features we plan to implement.",  # the object stands before, in a contact clause
        "We have a long list of fixes to implement.",  # "to implement" describes the noun before it
        "If the topic fits your talk, I am happy to discuss.",  # an offer that leaves its object understood
        "Our hosting bill was high last year, and this year it is much more.",  # "more" as an amount
        "I would like to fix it myself, but I do not know how to.",  # "how to" with its verb said before
        "Some of the tests passed, but not all.",
        "We keep the exports for a year, all of them anonymised.",
        "The build took an hour before we parallelized.",  # a coined verb as a clause's verb
        "Kindly do the needful.",  # an Indian English idiom: the describing word stands as a noun
        # a noun phrase and a verb that wants its object, with the object before it or none needed
        "Thanks again for the checklist your team built.",  # a contact clause holds the object
        "It was exactly the trade-off your migration notes explained.",
        "Here is the short summary I mentioned.",
        "The link to the slides is your email address.",  # the last word is a noun
        "The warning in the second paragraph of the runbook covers.",  # "covers" may be a noun
        "Your advice about smaller pull requests really helped.",  # a verb that may stand alone
        "The cleaned export from March with every customer name removed.",  # "with" and its participle, a caption
    ],
)
def test_a_describing_word_or_using_that_ends_its_phrase_rightly_is_not_cut_off(sentence):
    assert language_findings(critique("A question", sentence)) == []


@pytest.mark.parametrize(
    "sentence, half",
    [
        ("The balance between writing and has shifted this year.", "between writing and"),
        ("We switched the queue from Redis to for the bigger jobs.", "from Redis to"),
        ("The linter not only flags unused imports, which saves time.", "not only"),
        ("We look to seeing the demo next week.", "look to"),
        ("The outage turned to be a DNS issue.", "turned to"),
    ],
)
def test_a_phrase_in_two_parts_that_lost_its_second_part_is_flagged(sentence, half):
    found = language_findings(critique("A question", sentence))
    assert [(f["code"], f["evidence"]["text"]) for f in found] == [("cut_off_sentence", half)]


@pytest.mark.parametrize(
    "sentence, gap",
    [
        ("I compared it with and our numbers matched.", "with and"),
        ("Your book on monitoring dashboards us from a bad week.", "dashboards us"),
        ("We profiled it and noticed that still needs a restart.", "that still"),
        ("We rewrote the parser. Now has passed every test.", "Now has"),
        ("It was great to see the in Berlin.", "the in"),
        ("How decide which checks run first?", "How decide"),
        ("I think the was our slowest step.", "the was"),
        ("We pay for and will renew the licence.", "for and"),
        ("Your guide for saved us a week.", "for saved"),
        ("The keynote at persuaded us to switch.", "at persuaded"),
        ("Should we a short call on Thursday?", "we a"),
        ("I can send our if it helps.", "our if"),
        ("We tried to the new planner last sprint.", "to the"),
        ("Thanks for the to review my draft.", "the to"),
        ("Next week I will my slides on the forum.", "will my"),
        ("Could you it to the team channel?", "Could you it"),
        ("We'd because the budget is fixed.", "We'd because"),
        ("My plan is to into data engineering next year.", "to into"),
        ("Also we happy to pay for the lunch.", "we happy"),
        ("When did you migrations on the main database?", "did you migrations"),
        ("The old API was retired, according changelog.", "according changelog"),
        ("We moved the parser into own module.", "into own"),
        ("How did you it without downtime?", "did you it"),
        ("I the first draft and would like a second opinion.", "I the"),
        ("I for a logistics company in Gdansk.", "I for"),
        ("I've learning Rust since the spring.", "I've learning"),
        ("It is one of I'd recommend to anyone.", "of I'd"),
        ("Also I unsure which one to choose.", "I unsure"),
        ("So I can a short review of the plan.", "can a"),
        ("I'll findings as soon as the survey closes.", "I'll findings"),
        ("We'd happy to host the next meetup.", "We'd happy"),
        ("We be grateful for any pointer.", "We be"),
        ("I two years ago moved to Lisbon.", "I two"),
        ("I might be missing a for that.", "a for"),
    ],
)
def test_words_lost_around_a_preposition_a_pronoun_or_a_question_word_are_flagged(sentence, gap):
    found = language_findings(critique("A question", sentence))
    assert [(f["code"], f["evidence"]["text"]) for f in found] == [("cut_off_sentence", gap)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Not only does it build faster, it also caches. It runs not only on Linux but on macOS.",
        "I look forward to seeing it; it turned out to be a DNS issue.",
        "We grew from 10 to about 20 users, and the gap between you and me is small.",
        "A dropped packet appears between braces and is not counted. It works in any order, not only this one.",
        "Switch it from off to on, and read the file referred to by the path.",
    ],
)
def test_phrases_in_two_parts_that_are_whole_are_not_flagged(sentence):
    assert language_findings(critique("A question", sentence)) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "We weighed the arguments for and against, and traffic to and from the cache grew.",
        "It was fine with or without the flag, and all of us agreed, as did both of them.",
        "People like us and teams like them move fast. I found that it takes most of the time.",
        "Since then we have shipped it twice. Use a for loop or the with statement.",
        "How come the build is slow? How about Friday? The table is rarely inserted into or updated.",
        "If process A reads it, commit A will be lost; run it with -a when needed, and we log on and we check.",
        "We moved to the new office, got used to the noise and went to a meetup. Could you send me the slides?",
        "Do what you want to the config. It is a to-do list. Can we meet? Will you be there?",
        "I'd my doubts, but we own the code now. Will your team join? Could it be faster? We grew to about 20.",
        "It answers as to whether we can, and it connects to within a second. Did you guys ship it? Did you shard it?",
        "According to the docs, we are happy with it. On their own, I and a colleague happily wrote it.",
        "Part I the basics. I, for one, agree; I for one agree, and I in particular liked it. I've meetings today.",
        "To start with I'd ask one thing. Thanks for the list of what I'd read. Then I sure hope it works.",
        "The CLI is quick, and the server is too. Our build is slow. Yours is too. Lint is fast. Format is too.",
        "Priya wrote the parser and I the tests. I've reading lists for each term. We kept at it to the very end.",
        "Fill in the to and bcc lines, and set the from and since filters. The plans were sound in the main.",
        "Which option carries less risk, B or A? We log metrics, traces and such.",
        "We use a for loop for that, and in 2019 I two times applied, and so it is fine if I be allowed to say so.",
        "I added our designer to the thread so you two could settle the colours, and then we three are done.",
    ],
)
def test_words_around_a_preposition_a_pronoun_or_a_question_word_that_are_whole_are_not_flagged(sentence):
    assert language_findings(critique("A question", sentence)) == []


def test_wiki_links_on_a_talk_page_are_balanced_brackets():
    body = "Thanks for fixing [[Mount Kenya]]! Could you look at [[Talk:Lake Victoria|the lake's talk page]] too?"
    assert language_findings(critique("", body)) == []
    assert [f["code"] for f in language_findings(critique("", body.replace("]]!", "]!")))] == ["unbalanced_bracket"]


@pytest.mark.parametrize("parity", [1, 0], ids=["tuning-half", "held-out-half"])
def test_correct_lines_written_to_trip_the_checks_rarely_raise_a_slip(parity):
    # 1,703 correct lines written by a red-team helper to find false alarms; 21.7% raised a slip when it was
    # written. Odd lines were tuned on (4.8% now), even lines only measured (6.8%); the bar is the product's.
    half = lines_of(DATA / "redteam" / "correct.txt", parity)
    flagged = [line for line in half if language_findings(critique("A question", line))]
    assert len(half) > 800 and len(flagged) <= 0.08 * len(half), flagged[:10]


@pytest.mark.parametrize(
    "slipped, lost",
    [
        ("I can test", "I would to test"),
        ("report any bugs.", "report any bugs. My question is about the you lead."),
        ("I'm happy to work", "I to move into a lead role, and I'm happy to work"),
        ("In return, I can", "In return, could you me a good book? I can"),
        ("I'm happy to work", "I'd like to learn how you mentoring juniors, and I'm happy to work"),
        ("I'm happy to work", "I moved our boards to the new and Your crate built, and I'm happy to work"),
        ("I'm happy to work", "We would started with the HAL, and I'm happy to work"),
        ("I'm happy to work", "I started to on Friday, and I'm happy to work"),
        ("report any bugs.", "report any bugs. Which of your posts about would you start with?"),
    ],
)
def test_a_word_lost_mid_sentence_is_flagged_where_it_was_lost_without_a_guess(slipped, lost):
    body = GOOD_BODY.replace(slipped, lost, 1)
    found = language_findings(critique(GOOD_SUBJECT, body, CTX))
    assert [f["code"] for f in found] == ["cut_off_sentence"] and "missing" in found[0]["message"]
    assert "edit" not in found[0]  # which word was lost is the writer's to say
    assert critique(GOOD_SUBJECT, body, CTX)["overall"] < critique(GOOD_SUBJECT, GOOD_BODY, CTX)["overall"]


def test_a_single_quote_opened_and_never_closed_is_flagged():
    body = GOOD_BODY.replace("report any bugs.", "report any bugs. I liked your phrase 'small safe steps.", 1)
    assert [f["code"] for f in language_findings(critique(GOOD_SUBJECT, body, CTX))] == ["unbalanced_quote"]


@pytest.mark.parametrize("parity", [1, 0], ids=["tuning-half", "held-out-half"])
def test_forum_posts_issue_comments_and_talk_pages_raise_almost_no_slips(parity):
    # 700 correct lines as people write on Stack Exchange, GitHub and Wikipedia, by a red-team helper: 0.9% / 1.1%
    # raised a slip when written, 0.0% / 0.9% now (odd lines tuned on, even lines only measured)
    half = lines_of(DATA / "redteam" / "forum.txt", parity)
    flagged = [line for line in half if language_findings(critique("A question", line))]
    assert len(half) == 350 and len(flagged) <= 0.03 * len(half), flagged[:10]


@pytest.mark.parametrize("parity", [1, 0], ids=["tuning-half", "held-out-half"])
def test_slips_of_the_hardest_kinds_are_mostly_caught(parity):
    # 300 slips of the kinds hardest to catch (agreement across clauses, its/it's, names that are common words,
    # then/than, cut-offs); 66% / 67% caught when written, 79% / 69% now (odd ids tuned on, even only measured)
    rows = [r for r in load("recall/weak.jsonl") if int(r["id"][2:]) % 2 == parity]
    assert len(rows) == 150 and sum(map(catches_slip, rows)) >= 0.65 * len(rows)


@pytest.mark.parametrize("parity", [1, 0], ids=["tuning-half", "held-out-half"])
def test_slips_of_the_seven_kinds_real_writers_make_are_mostly_caught(parity):
    # 240 slips of the seven kinds of issue 14's slip set (typo, product case, cut-off, doubled word, doubled mark
    # or bracket, your/you're, ISO date), by a fourth red team: 78% / 78% caught when written, 92% / 81% now (odd
    # ids tuned on, even only measured); 300 near-miss correct lines: 2.0% / 1.3% flagged then, 0.0% / 1.3% now
    rows = [r for r in load("recall/seven.jsonl") if int(r["id"][2:]) % 2 == parity]
    assert len(rows) == 120 and sum(map(catches_slip, rows)) >= 0.75 * len(rows)
    half = lines_of(DATA / "redteam" / "seven_correct.txt", parity)
    flagged = [line for line in half if language_findings(critique("A question", line))]
    assert len(half) == 150 and len(flagged) <= 0.03 * len(half), flagged


@pytest.mark.parametrize("parity", [1, 0], ids=["tuning-half", "held-out-half"])
def test_most_slips_a_hurried_writer_makes_are_caught_and_cost_the_message(parity):
    # 507 messages written by a red-team helper, one slip each of the twelve kinds (67% caught when written; now
    # 92% of the tuning half and 86% of the held-out half); the bar is the product's, not the tuned figure.
    rows = [r for r in load("recall/slips.jsonl") if int(r["id"][2:]) % 2 == parity]
    caught = sum(map(catches_slip, rows))
    assert len(rows) > 250 and caught >= 0.8 * len(rows)


def findings_of(result, code):
    """The language findings of `code` in a critique."""
    return [f for f in language_findings(result) if f["code"] == code]


def slip_codes(sentence):
    """The codes of the language findings in a one-line message."""
    return [f["code"] for f in language_findings(critique("A question", sentence))]


def corrections(sentence, code):
    """(words, correction) of each finding of `code` in a one-line message."""
    found = language_findings(critique("A question", sentence))
    return [(f["evidence"]["text"], f["edit"]["replacement"]) for f in found if f["code"] == code]


@pytest.mark.parametrize(
    "sentence, typed, meant",
    [
        ("Congrats on you're promotion to staff engineer.", "you're", "your"),
        ("I saw you're excellent thread on retries.", "you're", "your"),
        ("Would you're team accept a small docs patch?", "you're", "your"),
        ("I know your currently hiring, so I will keep it short.", "your", "you're"),
        ("Your invited to our meetup next month.", "Your", "You're"),
        ("I noticed your listed as a mentor on the site.", "your", "you're"),
        ("Your aware of the bug, I assume.", "Your", "You're"),
        ("If your curious, the repo is public.", "your", "you're"),
        ("Let me know whether your keen on a short review.", "your", "you're"),
        ("If your planning another workshop, count me in.", "your", "you're"),
        ("Its finally stable after the rewrite.", "Its", "It's"),
        ("Your students say their glad of the Friday code clinics.", "their", "they're"),
        ("I spoke with three of your colleagues and there patience was remarkable.", "there", "their"),
        ("I land in Porto on Monday; will you be their too?", "their", "there"),
        ("I suppose its time we tidied the schema.", "its", "it's"),
        ("I think your more patient than most reviewers.", "your", "you're"),
        ("Its worth a second read, in my view.", "Its", "It's"),
        ("The framework is fast, and it's documentation taught me plenty.", "it's", "its"),
        ("Honestly, your really patient with beginners.", "your", "you're"),
        ("You're archived lecture on sharding answered my question.", "You're", "Your"),
        ("The exporter copes with small tables, but its stalling on the big ones.", "its", "it's"),
        ("I sense your not keen on more plugins.", "your", "you're"),
        ("Whether your migrating or not, the guide helps.", "your", "you're"),
        ("Your right, the cache key was wrong.", "Your", "You're"),
        ("In case your wondering, the numbers are below.", "your", "you're"),
        ("We hope your enjoying Kraków.", "your", "you're"),
        ("I last watched you're Platform Days keynote in May.", "you're", "your"),
        ("I suspect your right about flaky retries.", "your", "you're"),
        ("If your busy this month, the next is fine too.", "your", "you're"),
    ],
)
def test_your_their_there_and_its_are_read_from_what_follows_them(sentence, typed, meant):
    # the word classes come from the SPECIALIST lexicon, so words no rule names are read the same way
    assert corrections(sentence, "confused_word") == [(typed, meant)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Your growing team must keep you busy.",
        "It is your right. Your right hand is fine, and your not yet published paper is too.",
        "I understand your not having time. In case your team needs it, here it is.",
        "I recall your saying the list was closed. The catch is your taking that many reviews on.",
        "Met vriendelijke groet, and cordiali saluti from the whole team.",
        "I liked your recently published paper on caching.",
        "Your incredibly clear talk helped me a lot.",
        "You're head of design now, so congratulations.",
        "You're friends with the maintainers, I think.",
        "Your invited talk at the summit was great.",
        "Your new and improved docs are great.",
        "It's time I asked someone for help, and it's work I enjoy.",
        "The library has its quirks, and on its own it is not enough.",
        "Thanks for your very kind reply; your best advice would help, and your more recent posts too.",
        "There will be time, and there must be a way; they're file names, not paths.",
        "Their growing team is hiring, and I will be there too.",
        "The change proved its worth. It's time to ship, and it's code reviews that matter.",
        "Your truly excellent docs and your really detailed, patient answers got me started.",
        "If you're granted access, the rest is easy; its handling of errors in production is superb.",
        # a noun before "of" owns its phrase after "since" as anywhere
        "I joined last month, and since their head of support knows you, I thought to ask.",
    ],
)
def test_possessives_before_a_noun_phrase_they_own_are_not_slips(sentence):
    assert language_findings(critique("A question", sentence)) == []


@pytest.mark.parametrize(
    "sentence, typed, meant",
    [
        ("They says the rollout went fine.", "says", "say"),
        ("Our pipeline often fail on Mondays.", "fail", "fails"),
        ("Our testers often writes long reports.", "writes", "write"),
        ("There are a missing comma in line four.", "are", "is"),
        ("I ran a workshops on the topic.", "workshops", "workshop"),
        ("We compared several library for parsing.", "library", "libraries"),
        ("We sync every months on the roadmap.", "months", "month"),
        ("One of my service calls it.", "service", "services"),
        ("I have a doubts about the schema.", "doubts", "doubt"),
        ("I have done support for four year and now want a change.", "year", "years"),
        ("I bring six year of data work to the role.", "year", "years"),
        ("Those chapter from your book sit on my shelf.", "chapter", "chapters"),
        ("I reread your three article on caching.", "article", "articles"),
        ("Has the slides from the workshop been shared?", "Has", "Have"),
        ("Attached is three short samples of my work.", "is", "are"),
        ("There has been several outages this month.", "has", "have"),
        ("The new contributors has asked for a guide.", "has", "have"),
        ("Your course and your newsletter is how I learned Rust.", "is", "are"),
        ("My teammate Oskar and I was in the audience.", "was", "were"),
        ("Do your framework handle retries?", "Do", "Does"),
        ("This diagrams made it click.", "This", "These"),
        ("This design simplify the rollout for us.", "simplify", "simplifies"),
        ("Any feedbacks on the draft are welcome.", "feedbacks", "feedback"),
        ("I would value your advices on the schema.", "advices", "advice"),
        ("There is some gaps in the retry logic.", "is", "are"),
        ("Much teams skip this step.", "Much", "Many"),
        ("Caching made it more faster than before.", "more faster", "faster"),
        ("My lead want me to own the cutover.", "want", "wants"),
        ("I still have a few doubt about it.", "doubt", "doubts"),
        ("Your podcast is one of the factor that made me move.", "factor", "factors"),
        ("That was one of the sharpest critique we got.", "critique", "critiques"),
        ("I sat four exam last spring and passed them all.", "exam", "exams"),
        ("Both candidate have strong portfolios.", "candidate", "candidates"),
        ("Sadly these figure worried our manager.", "figure", "figures"),
        ("We kept about ten of those flag, and removed the rest.", "flag", "flags"),
        ("Each services currently owns its own schema.", "services", "service"),
        ("We paused it after a couple of sprint.", "sprint", "sprints"),
        ("The job runs on multiple machine, so it scales.", "machine", "machines"),
        ("Hers was one of the most memorable keynote at the summit.", "keynote", "keynotes"),
        ("We replaced the script with a nightly workers.", "workers", "worker"),
        ("We split the work, and every engineer own a service.", "own", "owns"),
        ("The audit turned up one findings, all minor.", "findings", "finding"),
    ],
)
def test_number_that_does_not_agree_between_neighbouring_words_is_flagged(sentence, typed, meant):
    assert corrections(sentence, "agreement") == [(typed, meant)]


@pytest.mark.parametrize(
    "sentence",
    [
        "We have a sales team and two factor authentication.",
        "It took two hundred runs and a few days.",
        "Many people say so, and we met several times.",
        "The data often change, and there were a few issues.",
        "Does your team use it? Do your tests pass? Have your slides been posted?",
        "Each release takes a week, and both services use the same queue.",
        "Changing the permissions helps, and indigenous peoples were consulted on the evidence.",
        "There is news, there is lots to do, we have much more data, and it is most likely the more senior path.",
        "This uses the cache, and the other two use the disk.",
        "One of the key features of the tool is its speed.",
        "I value your advice and any information you can share on layer three protocols.",
        "The two tools both use a queue, and reviews and tests both help.",
        "We measured both latency and cost, and both memory used by the cache and disk grew.",
        "Pick one of the mode, user or group options; it works on multiple machines, so it scales.",
        "They insisted that each member pay a fee, and each input file with errors is skipped.",
        "Every day we learn something, and the symbols from each module follow their tag.",
        "Which one results in fewer retries? No one knows, and one boards the train at six. It takes one or two days.",
        "Looking back, you were right and I was too quick to merge.",
    ],
)
def test_counted_plurals_mass_nouns_and_pronouns_are_not_number_slips(sentence):
    assert language_findings(critique("A question", sentence)) == []


@pytest.mark.parametrize(
    "sentence, typed, meant",
    [
        ("We found a mentor who have shipped two databases.", "have", "has"),
        ("I follow several maintainers who posts weekly notes.", "posts", "post"),
        ("Could you recommend a book that explain consensus simply?", "explain", "explains"),
        ("Our platform has two queues that handles payments.", "handles", "handle"),
        ("Someone who know the scheduler well could save me weeks.", "know", "knows"),
        ("Is there a course that teach profiling on Windows?", "teach", "teaches"),
        ("I am writing to an engineer who have spent years on planners.", "have", "has"),
        ("Your scheduler, which finish every job in a second, changed our plans.", "finish", "finishes"),
        ("My script downloads the nightly dumps and check each checksum.", "check", "checks"),
        ("My team lead reviews the designs and approve the final one.", "approve", "approves"),
        ("They review each pull request and merges it within a day.", "merges", "merge"),
        ("Our scripts rebuild the images and pushes them at night.", "pushes", "push"),
        ("Everybody I spoke with at the meetup mention your talk.", "mention", "mentions"),
        ("A lot of engineers at my company is moving to Rust.", "is", "are"),
        ("The number of open tickets in our queue have doubled.", "have", "has"),
        ("Our internal services has doubled since spring.", "has", "have"),
        ("I read your post twice, but our nightly checks doesn't finish.", "doesn't", "don't"),
        ("After we shipped on Monday, the old build were still cached.", "were", "was"),
        ("At our shop, each of the teams have a budget.", "have", "has"),
        ("We tuned the cache, but the proxy still return errors.", "return", "returns"),
        ("My manager promised a reply, but she haven't written back.", "haven't", "hasn't"),
        ("My colleague Joanna have moved to the platform team.", "have", "has"),
        ("The team says the docs doesn't cover this case.", "doesn't", "don't"),
        ("When the order of the steps are wrong, the build fails.", "are", "is"),
        ("Migrating our old services to Kubernetes have taken a year.", "have", "has"),
    ],
)
def test_a_verb_that_does_not_agree_with_its_clause_noun_or_its_first_verb_is_flagged(sentence, typed, meant):
    assert corrections(sentence, "agreement") == [(typed, meant)]


@pytest.mark.parametrize(
    "sentence",
    [
        "One of the engineers who work on the scheduler recommended your blog.",
        "The problems that users report most are about login, and the data that users upload is checked twice.",
        "I skimmed the section about locks and the part about retries, which help me most.",
        "The idea that tests slow teams down is common, and the reason that builds fail is a stale cache.",
        "I think that sounds reasonable. I hope that helps.",
        "She asked me to review the patch and send her my notes.",
        "Please read the draft and let me know what you think.",
        "He helps new hires set up their laptops and find their way around.",
        "We gather the crash reports every morning and send a digest to the team.",
        "The routes listed in the table that follows are ignored.",
        "A number of engineers here are moving to Rust, and the number of tickets has doubled.",
        "Those of us who use the tool every day want the same thing.",
        "The way it works is simple. In practice, the programmer cannot rely on the order.",
        "When the tests fail, the build stops, and the following are the steps we take.",
        "Exit codes 3, 4, and the signal name are all logged. The latter are rare.",
        "This wouldn't have happened without your notes; the release won't work offline.",
        "The fixes we plan to apply to the build script are minor.",
        "Growing teams have different needs. Setting the flag makes the tool do less.",
        "I saw your demo win the prize. It means that the merge base won't have changed.",
    ],
)
def test_clauses_that_belong_to_another_noun_or_verb_are_not_agreement_slips(sentence):
    assert language_findings(critique("A question", sentence)) == []


@pytest.mark.parametrize(
    "sentence, lost",
    [
        ("I studied your notes about and they cleared up our retries.", "about and"),
        ("Since the meetup I keep a small for new hires.", "a small for"),
        ("Many thanks for the careful.", "the careful."),
        ("Each week we sweep the servers for unused. Thanks.", "for unused."),
        ("The nightly builds were too. One question remains.", "were too."),
    ],
)
def test_a_noun_or_object_lost_mid_phrase_is_flagged_without_a_guess(sentence, lost):
    found = [f for f in language_findings(critique("A question", sentence)) if f["code"] == "cut_off_sentence"]
    assert [f["evidence"]["text"] for f in found] == [lost] and "edit" not in found[0]


@pytest.mark.parametrize(
    "sentence, typed, official",
    [
        ("Our time series live in timescaledb.", "timescaledb", "TimescaleDB"),
        ("Alarms are set up in cloudwatch.", "cloudwatch", "CloudWatch"),
        ("We moved the workers to Fargate and the images to ecr.", "ecr", "ECR"),
        ("Our API layer uses trpc end to end.", "trpc", "tRPC"),
        ("The iOS app is still mostly objective-c.", "objective-c", "Objective-C"),
        ("Our trading core is written in c# and runs on Linux.", "c#", "C#"),
        ("I mostly write R in Rstudio.", "Rstudio", "RStudio"),
        ("My workstation runs Nixos.", "Nixos", "NixOS"),
        ("I switched my laptop to opensuse.", "opensuse", "openSUSE"),
        ("The app also targets ipados.", "ipados", "iPadOS"),
        ("I solved two hundred problems on Leetcode.", "Leetcode", "LeetCode"),
        ("Payments go through Paypal and Stripe.", "Paypal", "PayPal"),
        ("I keep my keys on a Yubikey.", "Yubikey", "YubiKey"),
        ("I wrote an ebpf probe for the latency spikes.", "ebpf", "eBPF"),
        ("The core is written for risc-v.", "risc-v", "RISC-V"),
        ("The old intranet is an asp.net app.", "asp.net", "ASP.NET"),
        ("Our stack is Springboot and Postgres.", "Springboot", "Spring Boot"),
        ("We deploy to Kubernetes with argocd.", "argocd", "Argo CD"),
        ("We deploy the app to azure with Terraform.", "azure", "Azure"),
        ("Our reports are written in latex.", "latex", "LaTeX"),
        ("The Jenkins pipeline is written in groovy scripts.", "groovy", "Groovy"),
        ("Traces are collected with jaeger and OpenTelemetry.", "jaeger", "Jaeger"),
        ("We discuss incidents in slack channels every day.", "slack", "Slack"),
        ("The demo runs on pyodide in the browser.", "pyodide", "Pyodide"),
        ("We built the admin pages with vuetify.", "vuetify", "Vuetify"),
        ("I profiled the slow build in Android studio.", "Android studio", "Android Studio"),
        ("Alerts land in our team's slack workspace.", "slack", "Slack"),
        ("I liked how rust makes ownership explicit.", "rust", "Rust"),
        ("The thesis template is a Latex file from the library.", "Latex", "LaTeX"),
        ("Our MyPy run takes four minutes on CI.", "MyPy", "mypy"),
        ("Last spring we moved the admin pages to react.", "react", "React"),
        ("Our lab results now travel as Fhir bundles.", "Fhir", "FHIR"),
        ("The app ships on iphone first.", "iphone", "iPhone"),
        ("I sketched a Javascript-heavy prototype first.", "Javascript", "JavaScript"),
        ("I asked Chat GPT before I asked the forum.", "Chat GPT", "ChatGPT"),
        ("The sensors report to a Raspberry pi in the shed.", "Raspberry pi", "Raspberry Pi"),
        ("Our finance team reads the numbers in Power Bi.", "Power Bi", "Power BI"),
        ("Most answers I found were on Stack overflow.", "Stack overflow", "Stack Overflow"),
        ("Half of my week goes into our react codebase.", "react", "React"),
        ("I want to move the billing monolith to spring boot.", "spring boot", "Spring Boot"),
        ("I read your notes on swift concurrency twice.", "swift", "Swift"),
        ("We ship the logs through logstash to a managed cluster.", "logstash", "Logstash"),
        ("Our local environments are built with vagrant and Ansible.", "vagrant", "Vagrant"),
        ("Most of our data moved from Mysql/Postgres to one store.", "Mysql", "MySQL"),
        ("The field app is written in React native.", "React native", "React Native"),
        ("My first talk was a lightning talk at Kubecon.", "Kubecon", "KubeCon"),
        ("I have a poster at neurips this year.", "neurips", "NeurIPS"),
        ("Our shaders now also run on rocm.", "rocm", "ROCm"),
        ("The thesis sources live in zotero.", "zotero", "Zotero"),
        # a three-word name, one of whose words lost its capital
        # a chat workspace reached on it, or owned by a name or a group
        ("Feel free to ping me on slack if that is easier.", "slack", "Slack"),
        ("We met once in the Elixir discord, I think.", "discord", "Discord"),
        ("I asked the question in our company slack first.", "slack", "Slack"),
        # a bare count noun's phrase ends at a comma too
        ("Our sensor board is built on zephyr, which keeps the port small.", "zephyr", "Zephyr"),
        ("I keep the reading list on a notion page for the team.", "notion", "Notion"),
        ("I have built shops in Ruby on rails for six years.", "Ruby on rails", "Ruby on Rails"),
        ("We switched the whole team to Visual studio code.", "Visual studio code", "Visual Studio Code"),
        ("Our batch jobs still run on Google cloud platform.", "Google cloud platform", "Google Cloud Platform"),
    ],
)
def test_a_product_or_platform_name_in_the_wrong_case_is_corrected_to_its_official_spelling(sentence, typed, official):
    assert corrections(sentence, "name_case") == [(typed, official)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Is this normal? It used to pass, and it is a unique and stable key.",
        "The attached covers it. It went better than I hoped for, and all the best.",
        "I will state the obvious: the arguments for and against are both strong.",
        "We took it for granted, and it cost more than expected.",
        # a describing word after a pointing word that is a verb's object is its complement
        "Both of the tutorials are old, but we still find those really helpful.",
        "Our retro notes were long, and the team found those helpful.",
        # "which" alone after a verb of finding out stands for a choice already named
        "There are two lockfiles in the repository, and I will check which.",
        "One of the two migrations broke the build, but I can't remember which.",
        # a wh-word for the subject pairs with the last one: one question of two unknowns
        "Our two staging hosts share a name, so the logs never say which host is which.",
        "After the reorganisation nobody remembers who owns what.",
        # an option's label in brackets is the phrase's object; a name in any alphabet is one word
        "We could freeze the old tests or migrate them, and the risk with (b) is that the migration stalls halfway.",
        "I have been reviewing adapter pull requests with Sofía for a few months.",
        # a verb, a share of its object, then its particle: "hand some of it on"
        "I now coach two juniors, so I can hand some of what you taught me on.",
        # a noun after its determiner, then "to": "plan" names the thing, and "to our board" says who gets it
        "I will take the plan to our steering group in June and would welcome comments first.",
        # a subject and a verb in full, a participle that describes, and a reduced clause with no subject
        "We were surprised how excited the new hires were about the on-call rota.",
        "When asked the same question last year, our lead gave a different answer.",
        "We will send you the summary once the survey closes.",
        # the second of a pair whose first came before, its verb shared
        "Go was the first language I shipped in, and Rust my second.",
    ],
)
def test_describing_words_that_stand_as_nouns_or_share_a_noun_are_not_cut_off(sentence):
    assert language_findings(critique("A question", sentence)) == []


def test_a_sentence_that_ends_on_an_adverb_or_next_with_its_verb_said_is_not_cut_off():
    text = (
        "Have you tried it? I never. Which release comes next? The cache was rebuilt recently, and we moved "
        "it last. It is faster than it was, and that is what we saw when we checked it. I won't. "
        "As the weeks went by, I found what the outage was caused by. I would like to show my team this. "
        "It is fine as such. Thanks, just a few; I did my best on my own, and we help each other once a week. "
        "The size made this impossible, and the flag is a boolean on a remote. What comes next? I did it on my "
        "own; it has a life of its own, and the idea is my own. Pick one or the other. Mail goes to that address."
    )
    assert language_findings(critique("A question", text)) == []


def test_a_critique_is_the_same_after_a_restart_whatever_the_hash_seed():
    # a word two candidates fit equally ("inet": "init" or "int") once took whichever a set yielded first, so the
    # same text could be flagged on one worker and not on another
    script = (
        "import json, sys; from coach.engine import critique; "
        "print(json.dumps(critique('A question', sys.argv[1])['findings'], sort_keys=True))"
    )
    text = "Display only IP version 4 sockets (alias for -f inet). I recieved teh logs from the sevrer."
    runs = {
        subprocess.run(
            [sys.executable, "-c", script, text],
            env={**os.environ, "PYTHONHASHSEED": seed},
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for seed in ("1", "2", "3", "4")
    }
    assert len(runs) == 1 and "recieved" in runs.pop()


def test_a_greeting_on_the_first_sentences_line_is_no_part_of_its_subject():
    body = "Hi Farid, the queue of pending reviews on my team have doubled this quarter. Where would you start?"
    found = [f for f in language_findings(critique("A question", body)) if f["code"] == "agreement"]
    assert [(f["evidence"]["text"], f["evidence"]["start"], f["edit"]["replacement"]) for f in found] == [
        ("have", body.index("have"), "has")
    ]
    assert language_findings(critique("A question", body.replace(" have doubled", " has doubled"))) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The sky over the bay was a deep azure that evening.",
        "He wore a fedora to every meetup.",
        "The team was in discord about the roadmap for weeks.",
        "There is some slack in the schedule if the review runs long.",
        "My lead cut me some slack, and the others took up the slack in the plan.",
        "A little discord in a team is healthy; the old notion that it is not has faded.",
        "I will google the error message before I ask.",
        "She consulted the oracle before the battle, then went on a safari in Kenya.",
        "We wore latex gloves in the lab and watched the aurora from the cabin.",
        "The postman brought the parcel, and the zookeeper fed the penguins.",
        "That bug is just the tip of the iceberg.",
        "The town sits at the confluence of two rivers.",
        "We tied the boat to the jetty and walked into town.",
        "We went from spring to summer without a release, and it moved from go to stop in a second.",
        "The riders had a tailwind on the way home, and a vagrant slept under the bridge.",
        "The notes live in docs/python/setup.md and src/kubernetes/deploy.yaml, next to the CI/CD config.",
        "Crashes go to Sentry, while the lone sentry at the gate checks badges. That was a very swift reply.",
    ],
)
def test_ordinary_words_that_are_also_product_names_are_left_alone(sentence):
    assert language_findings(critique("A question", sentence)) == []


@pytest.mark.parametrize(
    "sentence, typed, meant",
    [
        ("Thanks for you time last week.", "you", "your"),
        ("I read you blog post about retries.", "you", "your"),
        ("I learned a lot form your talk on caching.", "form", "from"),
        ("I would love to here your thoughts.", "here", "hear"),
        ("I am not sure weather to use Kafka.", "weather", "whether"),
        ("It was an honour to meat you at the conference.", "meat", "meet"),
        ("We ran the scan with the cache turned of and checked each hit by hand.", "of", "off"),
    ],
)
def test_a_real_word_typed_for_its_neighbour_is_corrected_where_grammar_allows_one_reading(sentence, typed, meant):
    assert corrections(sentence, "confused_word") == [(typed, meant)]


def test_real_words_in_their_own_grammar_are_left_alone():
    text = (
        "We form the team every spring; teams form habits. I saw you talk at PyCon, and many of you talk about it. "
        "We worked with you time and again. The weather was cold, we had meat for dinner, and I live here. "
        "We switched one of the caches off, and the team calls the move to the new cluster a step across. "
        "How much does the course cost?"
    )
    assert language_findings(critique("A question", text)) == []


def test_two_names_that_are_also_words_are_names_when_work_moves_from_one_to_the_other():
    found = corrections("We are migrating our services from java to go.", "name_case")
    assert found == [("java", "Java"), ("go", "Go")]


def test_two_words_that_happen_to_spell_a_name_are_left_alone():
    text = (
        "We ran your CLI on Linux. Fast API responses matter to us. My SQL is rusty. "
        "A fast API is what we want. The old docs still say Mac OS X."
    )
    assert language_findings(critique("A question", text)) == []


@pytest.mark.parametrize(
    "body, typed, official",
    [
        # the message writes the name twice one way and once another: the odd one out is the slip
        (
            "We moved to Kubecost in May. Kubecost flagged idle nodes; KubeCost also sends the weekly report.",
            "KubeCost",
            "Kubecost",
        ),
        # once each: inner capitals are seldom added by accident, so the spelling with more of them stands
        ("Thanks for the pointer to DataLoom. We switched to Dataloom in March.", "Dataloom", "DataLoom"),
    ],
)
def test_a_name_the_message_writes_two_ways_is_corrected_to_its_usual_spelling(body, typed, official):
    assert corrections(body, "name_case") == [(typed, official)]


def test_a_name_the_context_or_message_writes_with_a_capital_is_corrected_where_it_is_typed_in_lower_case():
    context = {"mentor": {"name": "Ines Duarte", "research": "Conference talk on cutting cloud spend with Kubecost"}}
    result = critique("A question", "I watched your kubecost talk twice.", context)
    assert [(f["evidence"]["text"], f["edit"]["replacement"]) for f in language_findings(result)] == [
        ("kubecost", "Kubecost")
    ]
    body = "We tried Quarkle in March, and since then quarkle has run every nightly job."
    assert corrections(body, "name_case") == [("quarkle", "Quarkle")]
    subject = critique("A question about your Quarkle talk", "I watched your quarkle talk twice.")
    assert [(f["evidence"]["text"], f["edit"]["replacement"]) for f in language_findings(subject)] == [
        ("quarkle", "Quarkle")
    ]


def test_a_lower_case_word_is_no_slip_when_its_capital_was_a_title_a_label_or_code():
    text = (
        "I read the Stochastic Quarkle Guide, and we use quarkle daily. "
        'The tab says "Quarkle" and the CLI is quarkle. We call Quarkle::run, and quarkle logs it.'
    )
    assert language_findings(critique("A question", text)) == []


def test_lower_case_names_of_tools_are_not_corrected():
    sentence = "I fetch the data with curl and jq, bundle it with esbuild and serve pages with htmx."
    assert language_findings(critique("A question", sentence)) == []


@pytest.mark.parametrize("parity", [1, 0], ids=["tuning-half", "held-out-half"])
def test_confused_words_and_agreement_slips_are_caught_more_often_than_not(parity):
    # 200 slips of your/you're, its/it's, their/there, then/than and agreement and 300 correct lines using the
    # same words, by a red team that never read the engine: 50% / 46% caught and 0.0% / 2.7% of correct lines
    # flagged when merged; 80% / 60% and 0.0% / 2.7% now (odd ids tuned on, even only measured)
    rows = [r for r in load("recall/confusables.jsonl") if int(r["id"][2:]) % 2 == parity]
    assert len(rows) == 100 and sum(map(catches_slip, rows)) >= 0.55 * len(rows)
    half = lines_of(DATA / "redteam" / "confusables_correct.txt", parity)
    flagged = [line for line in half if language_findings(critique("A question", line))]
    assert len(half) == 150 and len(flagged) <= 0.03 * len(half), flagged


@pytest.mark.parametrize("parity", [1, 0], ids=["tuning-half", "held-out-half"])
@pytest.mark.parametrize(
    "name, slips, lines, caught_at_least",
    [
        ("cutoffs", 100, 150, {1: 0.6, 0: 0.4}),
        ("verbforms", 100, 150, {1: 0.7, 0: 0.5}),
        ("agreement", 80, 100, {1: 0.45, 0: 0.3}),
        ("cutoffs2", 70, 100, {1: 0.5, 0: 0.33}),
    ],
)
def test_slips_written_apart_from_the_engine_are_caught_without_false_alarms(
    parity, name, slips, lines, caught_at_least
):
    # slips and look-alike correct lines by red teams that never read the engine (tests/data/recall/CUTOFFS.md,
    # VERBFORMS.md, AGREEMENT.md, CUTOFFS2.md; odd ids tuned on, even only measured). Caught when merged: 24% / 29%,
    # 33% / 28%, 26% / 26%, 31% / 36%; on 1 December 2026 (third session): 70% / 47%, 80% / 57%, 56% / 39%,
    # 59% / 41%. The bars are the product's, below both halves
    rows = [r for r in load(f"recall/{name}.jsonl") if int(r["id"][2:]) % 2 == parity]
    assert len(rows) == slips and sum(map(catches_slip, rows)) >= caught_at_least[parity] * len(rows)
    half = lines_of(DATA / "redteam" / f"{name}_correct.txt", parity)
    flagged = [line for line in half if language_findings(critique("A question", line))]
    assert len(half) == lines and len(flagged) <= 0.06 * len(half), flagged


@pytest.mark.parametrize(
    "sentence, typed, bare",
    [
        ("The script doesn't handles spaces.", "handles", "handle"),
        ("We didn't finished the rollout.", "finished", "finish"),
        ("Does your parser supports unicode?", "supports", "support"),
        ("She can explains it better than I can.", "explains", "explain"),
        ("Will it scales past ten nodes?", "scales", "scale"),
        ("Last year I were the only tester on the team.", "were", "was"),
    ],
)
def test_a_verb_after_a_modal_or_do_is_bare(sentence, typed, bare):
    assert corrections(sentence, "agreement") == [(typed, bare)]


@pytest.mark.parametrize(
    "sentence",
    [
        "I do reviews every week, and we did tests on Friday.",
        "Would teams use it? Did it set the flag, and did you read it?",
        "This can bound the retries, a can opens easily, and it could have worked.",
        "If I were you, I would ask; were I to ask, I wish I were braver.",
    ],
)
def test_do_as_the_verb_questions_and_bare_pasts_are_not_verb_form_slips(sentence):
    assert language_findings(critique("A question", sentence)) == []


def test_a_subject_line_cut_off_mid_phrase_is_flagged_on_the_subject():
    body = "Hi Mei,\n\nCould I ask you one question about async in embedded Rust?\n\nThanks,\nRavi"
    found = findings_of(critique("Notes about your keynote on", body, CTX), "cut_off_sentence")
    assert [(f["evidence"]["field"], f["evidence"]["text"]) for f in found] == [("subject", "on")]
    assert findings_of(critique("Notes about your keynote on tracing", body, CTX), "cut_off_sentence") == []


def test_a_postscript_marker_is_no_word_of_the_sentence_it_opens():
    # "P.S." read as words made "S I added" look like a noun and its relative clause, which strands a preposition
    body = "Hi Mei,\n\nThe fix worked.\nP.S. I wrote one brief note thanking you in."
    found = findings_of(critique(GOOD_SUBJECT, body, CTX), "cut_off_sentence")
    assert [f["evidence"]["text"] for f in found] == ["in"]


@pytest.mark.parametrize(
    "sentence, stop",
    [
        ("After skimming your paper on, my group rebuilt the cache.", "on"),
        ("As we settled on, I have booked the room.", "on"),
        ("If the full review seems, a quick look is fine.", "seems"),
    ],
)
def test_a_clause_that_stops_on_a_preposition_before_a_comma_is_cut_off(sentence, stop):
    found = findings_of(critique("A question", sentence), "cut_off_sentence")
    assert [f["evidence"]["text"] for f in found] == [stop]


@pytest.mark.parametrize(
    "sentence",
    [
        "It depends on, among other things, the load.",
        "The service I work on, which is small, needs help.",
        "From the next release on, the flag is gone.",
        "Two years in, I still enjoy the work.",
        "It returns a number less than, equal to, or greater than zero.",
        "This is the branch that other people pull from, so keep it tidy.",
        "Pick a queue to operate on, and a key to publish with.",
    ],
)
def test_a_preposition_before_a_comma_that_ends_its_phrase_is_not_cut_off(sentence):
    assert findings_of(critique("A question", sentence), "cut_off_sentence") == []


@pytest.mark.parametrize(
    "sentence, lost",
    [
        ("I split the parser and moved the into a module of its own.", "the into"),
        ("Your checklist saved our release, and your saved our weekend.", "your saved"),
        ("The demo with was the highlight of the day.", "with was"),
        ("Would it be fine if we in touch after the launch?", "we in"),
        ("I have tinkered with for a month now.", "with for"),
        ("We are porting our from Travis to a self-hosted runner.", "our from"),
        ("I was hoping if could look at my notes.", "if could"),
        ("I wondered how you the flaky tests in CI.", "you the"),
        ("The library you suggested has.", None),
    ],
)
def test_words_lost_in_the_middle_of_a_sentence_are_found(sentence, lost):
    found = findings_of(critique("A question", sentence), "cut_off_sentence")
    assert [f["evidence"]["text"] for f in found] == [lost or "has"]


def test_like_before_a_pronoun_is_a_preposition_not_a_verb_that_lost_its_s():
    assert findings_of(critique("A question", "Any tips for a trainee like me?"), "cut_off_sentence") == []
    found = findings_of(critique("A question", "Is a linter catch those before review?"), "cut_off_sentence")
    assert [f["evidence"]["text"] for f in found] == ["a linter catch those"]


@pytest.mark.parametrize(
    "sentence, lost",
    [
        ("How you pick which service to split first?", "How you pick"),
        ("Which book you suggest to someone new to Go?", "Which book you suggest"),
        ("How often a release usually happen on your team?", "How often a release usually happen"),
        (
            "I have two questions:\n- how long a first contribution usually take?\n- who reviews it?",
            "how long a first contribution usually take",
        ),
    ],
)
def test_a_question_without_its_do_is_a_grammar_slip_not_a_broken_sentence(sentence, lost):
    result = critique("A question", sentence)
    found = findings_of(result, "agreement")
    assert [f["evidence"]["text"] for f in found] == [lost]
    assert '"do"' in found[0]["message"]
    assert findings_of(result, "cut_off_sentence") == findings_of(result, "broken_sentence") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "When you have a minute, could you look at my pull request?",
        "Which course helped you most, and how come you chose Rust?",
        "What happens if the queue fills up?",
        "I read the attached notes and the supplied formatting rules.",
        "What I care about is speed, and the thing I worked with was old.",
        "I wrote a for loop, added it to the to-do list and made the up-to-date copy.",
        "This is the part each of us owns, and those of you who asked will get it.",
        "We in the guild meet monthly, and it went better than I thought it would.",
        "It ran with about 200 users; the use of for loops, read from stdin instead of from a file, is fine.",
        "I want to thank her for the notes, and I'll give you the plan; when could we meet?",
    ],
)
def test_questions_noun_phrases_and_stranded_prepositions_that_are_whole_are_not_flagged(sentence):
    assert findings_of(critique("A question", sentence), "cut_off_sentence") == []


@pytest.mark.parametrize(
    "sentence, typed, meant",
    [
        ("I look forward to meet you at the meetup.", "meet", "meeting"),
        ("Thank you for test my branch.", "test", "testing"),
        ("I truly enjoy to pair on hard bugs.", "to pair", "pairing"),
        ("Your workshop made me to rewrite our test suite.", "to rewrite", "rewrite"),
        ("I would like show you a small prototype.", "show", "to show"),
        ("Honestly, I want understand the role better.", "understand", "to understand"),
        ("I'm keen learn what your group looks for.", "learn", "to learn"),
        ("I want to sharing what I learned.", "sharing", "share"),
        ("I would love to learned how your team plans a sprint.", "learned", "learn"),
        ("We plan to moved the cluster in spring.", "moved", "move"),
        ("I used to designing print layouts.", "designing", "design"),
        ("I have being learning Elixir.", "being", "been"),
        ("I have maintained the library since three years.", "since", "for"),
        ("I will wrote the summary after the call.", "wrote", "write"),
        ("The fixture is rebuilt when the schema will changed by a migration.", "changed", "be changed"),
        ("Our style guide was take from your handbook.", "take", "taken"),
        # the perfect takes the participle: a verb-only word, or a noun too with its object after it
        ("Since the spring I have learn two new languages.", "learn", "learned"),
        ("My lead has already write a draft of the proposal.", "write", "written"),
        ("Your checklist has help us twice this month.", "help", "helped"),
        # a feeling after "be" and a word of degree; "suggest" with a clause; "explain" with "to"
        ("Our whole team was deeply inspire by the keynote.", "inspire", "inspired"),
        ("My manager suggested me to write to you.", "me to", "that I"),
        ("Would you explain us what a good first issue looks like?", "us", "to us"),
        # prepositions learners swap; a question inside a sentence; a state that goes on since a point in time
        ("We look forward for the next release.", "for", "to"),
        ("The rollout depends of the vendor's contract.", "of", "on"),
        ("I am responsible of our release notes.", "of", "for"),
        ("I am still waiting their confirmation.", "waiting", "waiting for"),
        ("I have one question regarding to the schema.", "regarding to", "regarding"),
        ("I am not sure where should I start.", "should I", "I should"),
        ("We are running this cluster since 2022.", "are", "have been"),
    ],
)
def test_a_verb_in_the_wrong_form_for_the_words_before_it_is_corrected(sentence, typed, meant):
    assert corrections(sentence, "agreement") == [(typed, meant)]


@pytest.mark.parametrize(
    "sentence, typed, meant",
    [
        # a subject some first languages leave out: "it" or "there"
        ("Has been a week since the outage review.", "Has", "It has"),
        ("Happy to pair on it if is quicker that way.", "is", "it is"),
        ("Is important to settle the naming first.", "Is", "It is"),
        ("Is hard to say which way is better?", "Is", "Is it"),
        ("Are around forty services in our monorepo.", "Are", "There are"),
        # tense: the perfect for what goes on; the present after "if" and "once" for the future
        ("We attend your meetup since 2020.", "We attend", "We have attended"),
        ("I teach the intro course for three years.", "I teach", "I have taught"),
        ("I will write back if we will get the budget.", "we will get", "we get"),
        ("Once she will approve the plan, we start.", "she will approve", "she approves"),
        # "to" and a bare verb after these verbs; the preposition a feeling or "interested" takes
        ("My manager promised reviewing the proposal.", "reviewing", "to review"),
        ("I am anxious of breaking the build.", "of", "about"),
        ("She is very interested about tracing.", "about", "in"),
        ("Our intern is capable to own the release.", "to own", "of owning"),
        # "well" for how a thing works; "than" after a comparison; counted and uncounted nouns
        ("The new cache performs really good under load.", "good", "well"),
        ("The second draft reads clearer as before.", "as", "than"),
        ("She left us a helpful note and an advice.", "an advice", "advice"),
        ("The rewrite left us less tests to maintain.", "less", "fewer"),
        ("The deploy takes several minute to finish.", "minute", "minutes"),
        # articles: the only one, a length that counts one thing, the parts of the day
        ("She is only engineer at the agency.", "only engineer", "the only engineer"),
        ("We scheduled 45-minute retro with the whole team.", "45-minute", "a 45-minute"),
        ("I triage tickets in mornings.", "mornings", "the mornings"),
        ("I am junior engineer in Quito.", "junior engineer", "a junior engineer"),
        # the future after "when", one negative, a verb next to its object, "let" and a preposition before a verb
        ("I'll mail the summary when we will agree on it.", "we will agree", "we agree"),
        ("I'll tag you when it will be public.", "it will be", "it is"),
        ("We didn't break nothing in staging.", "nothing", "anything"),
        ("Nobody on my team had never profiled a query.", "never", "ever"),
        ("I cannot find nothing about it in the docs.", "nothing", "anything"),
        ("We did not ask no one for help.", "no one", "anyone"),
        ("We migrated also the billing jobs.", "migrated also", "also migrated"),
        ("Please let the new hire to shadow you.", "to shadow", "shadow"),
        ("I sketched the schema before to start coding.", "to start", "starting"),
        # a describing word takes no plural; a count reaches over one describing word to its noun
        ("We tried others runners first.", "others", "other"),
        ("We ship to differents regions.", "differents", "different"),
        ("I can explain it in concretes terms on the call.", "concretes", "concrete"),
        ("We run several new service here.", "service", "services"),
    ],
)
def test_a_learners_grammar_slip_is_corrected(sentence, typed, meant):
    assert corrections(sentence, "agreement") == [(typed, meant)]


@pytest.mark.parametrize(
    "sentence",
    [
        "I wonder if I will finish the port before the spring.",
        "Let me know if we will need a projector for the session.",
        "Is it possible to join the call a little late?",
        "Are two hours enough for a hackathon demo?",
        "We keep audit logs for two years, then delete them.",
        "We decided testing was the real bottleneck.",
        "The migration works well enough for now, and the docs look good too.",
        "She is as experienced as me in Rust, and we did the same number of runs as before.",
        "She got the same reply as him, and the cluster is bigger as a result.",
        "I'm excited for the launch, and I'm concerned for her health and for existing users.",
        "If it is handy, I can attach the traces; because it was late, we stopped there.",
        "We had less time and fewer people than last year, more or less as planned.",
        "A feedback loop this short needs a knowledge of the whole system.",
        "Booting takes a minute; we meet for 30-minute sessions, and my two-year-old twins nap.",
        "He is only human, and it is only fair to ask first.",
        "I don't know when they will decide, and we chose the week when we will ship.",
        "It's not that I never tried; a service that never replies costs nothing.",
        "I wasn't surprised nobody replied to the thread.",
        "An alert I can't parse says nothing to me.",
        "We did not want to ship again with nothing new.",
        "Let this go to waste and I let the team know to expect delays.",
        "We dropped three analytics dashboards, and others present slides.",
        "I'm lead engineer for payments.",
    ],
)
def test_look_alikes_of_a_learners_grammar_slips_are_left_alone(sentence):
    assert findings_of(critique("A question", sentence), "agreement") == []


def test_a_question_with_do_inside_a_sentence_is_flagged_without_an_edit():
    found = findings_of(critique("A question", "I wonder why did they choose a monorepo."), "agreement")
    assert [(f["evidence"]["text"], f.get("edit")) for f in found] == [("did they", None)]


@pytest.mark.parametrize(
    "sentence, flagged",
    [("I admired very much your keynote.", "very much"), ("Could you describe how did you scope it?", "did you")],
)
def test_words_out_of_english_order_are_flagged_without_an_edit(sentence, flagged):
    found = findings_of(critique("A question", sentence), "agreement")
    assert [(f["evidence"]["text"], f.get("edit")) for f in found] == [(flagged, None)]


def test_discuss_with_about_is_flagged_without_an_edit_of_its_own():
    found = findings_of(critique("A question", "Could we discuss about the release checklist soon?"), "agreement")
    assert [(f["evidence"]["text"], f.get("edit")) for f in found] == [("about", None)]


@pytest.mark.parametrize(
    "sentence, typed, meant",
    [
        ("Could I ask you an quick question about retries?", "an", "a"),
        ("We wrote a internal guide to code review.", "a", "an"),
        ("A honest answer would help me most.", "A", "An"),
        ("Our team maintains a SDK for the payments API.", "", ""),  # S may be said "ess" or as a word: left
        ("I built a API gateway for a clinic.", "a", "an"),
        ("Would you look at an PR of mine?", "an", "a"),
    ],
)
def test_a_or_an_follows_the_sound_of_the_next_word(sentence, typed, meant):
    found = findings_of(critique("A question", sentence), "agreement")
    expected = [(typed, meant)] if typed else []
    assert [(f["evidence"]["text"], f["edit"]["replacement"]) for f in found] == expected


def test_a_role_named_with_no_article_gets_one_and_a_describing_word_or_title_does_not():
    found = findings_of(critique("A question", "I am engineer at a logistics firm in Accra."), "agreement")
    assert [(f["evidence"]["text"], f["edit"]["replacement"]) for f in found] == [("engineer", "an engineer")]
    whole = "I am head of platform, I am confident in the plan, and I am staff at the clinic."
    assert findings_of(critique("A question", whole), "agreement") == []


def test_a_or_an_where_the_spelling_does_not_settle_the_sound_is_left_alone():
    sentence = (
        "A user sent an update and a one-off fix from a hotel; it took an hour, a European team, an MVP, "
        "a SQL query, an SQL dump, a UI, a URL, an iPhone and a Uber driver; plan A is cheaper, and (a OR b) holds."
    )
    assert findings_of(critique("A question", sentence), "agreement") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "It is strongly recommended to use the stable branch, and the tool is used to check links.",
        "I'm used to working alone, and I used to work at a bank.",
        "I look forward to meeting you; thank you for reading my note.",
        "I would like help with my CV, and I'd love feedback on it.",
        "Two entries considered to match are merged, and we have been in touch since then.",
        "One Friday in May works for us, the build is complete and the key was found.",
        # after "have": a noun ("have work this week"), a verb-only word describing a noun ("complete control"),
        # a verb that is its own participle ("come", "put", "cost")
        "We have complete control of the runners, and I have work this week but time on Monday.",
        "You have come a long way, we have put the notes online, and it would have cost the most.",
        "She recommended me to Anna, and I was very pleased; please explain it to me when we discuss the plan.",
        "It depends of course on the team; I know where I can find it, and I wonder: how can I help?",
        "I am writing as we have used it since 2020, and she waits her turn since then.",
    ],
)
def test_verb_forms_that_fit_the_words_before_them_are_not_flagged(sentence):
    assert findings_of(critique("A question", sentence), "agreement") == []


@pytest.mark.parametrize(
    "sentence, typed, meant",
    [
        ("Your wiki describe the release steps better than ours.", "describe", "describes"),
        ("My colleague Ines maintain the parser with me.", "maintain", "maintains"),
    ],
)
def test_a_singular_subject_with_a_bare_verb_before_a_name_or_its_object_is_corrected(sentence, typed, meant):
    # "wiki" is one of the software nouns the lexicon lacks; "Ines" is the colleague's name, not the verb's object
    assert [
        (f["evidence"]["text"], f["edit"]["replacement"])
        for f in findings_of(critique("A question", sentence), "agreement")
    ] == [(typed, meant)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Your study found that reviews matter, and the best use for it is teaching.",
        "This system call Linux offers is old; which would you rather fix first?",
        "I squashed the commits into one, and your blog posts are great.",
    ],
)
def test_nouns_and_pasts_after_a_subject_are_not_read_as_bare_verbs(sentence):
    assert findings_of(critique("A question", sentence), "agreement") == []


@pytest.mark.parametrize(
    "sentence, lost",
    [
        ("Thanks for the slides. I have since shown to my lead, who enjoyed them.", "I have since shown to"),
        ("We discussed at lunch, and it changed our retry policy.", "We discussed at"),
    ],
)
def test_a_verb_that_lost_its_object_before_a_preposition_is_cut_off(sentence, lost):
    found = [f["evidence"]["text"] for f in findings_of(critique("A question", sentence), "cut_off_sentence")]
    assert found == [lost]


@pytest.mark.parametrize(
    "sentence",
    [
        "The client we use at work is yours, and the doc I attached to my email explains it.",
        "We discussed in detail; I have attached to this email the draft and the notes.",
        "We used to have a wiki, and they include, for example, a glossary.",
    ],
)
def test_a_verb_whose_object_stands_elsewhere_is_not_cut_off(sentence):
    assert findings_of(critique("A question", sentence), "cut_off_sentence") == []


@pytest.mark.parametrize(
    "body, stop",
    [
        ("Hi Mei,\n\nThanks for the review.\n\nWith gratitude for your,\nRavi", "your"),
        ("Hi Mei,\n\nThanks for the review.\n\nKind,\nRavi", "Kind"),
        ("Hi Mei,\n\nThanks for the review.\n\nKind regards,\nRavi", None),
        ("Hi Mei,\n\nYou wrote on your blog that retries hide bugs. Which ones?\n\nBest,\nRavi", None),
    ],
)
def test_a_sign_off_cut_off_mid_phrase_is_flagged(body, stop):
    found = [f["evidence"]["text"] for f in findings_of(critique(GOOD_SUBJECT, body, CTX), "cut_off_sentence")]
    assert found == ([stop] if stop else [])


def test_a_three_word_subject_that_ends_on_a_possessive_is_cut_off():
    body = "Hi Mei,\n\nCould I ask you one question about async in embedded Rust?\n\nThanks,\nRavi"
    found = findings_of(critique("Notes from my", body, CTX), "cut_off_sentence")
    assert [(f["evidence"]["field"], f["evidence"]["text"]) for f in found] == [("subject", "my")]


@pytest.mark.parametrize(
    "sentence, lost",
    [
        # a question's modal and subject, then "and" and a second verb: the first verb was lost
        ("Would we and talk it over on Friday?", "Would we and"),
        ("Could you and send me the slides afterwards?", "Could you and"),
        # an adjective whose "to" opens only an infinitive, then a determiner: the verb was lost
        ("I would be glad to the notes before our call.", "to the"),
        ("We are keen to your advice on the rollout.", "to your"),
        # "a/an", a participle and a preposition: the noun it describes was lost
        ("The audit turned up a misrouted in the staging network.", "a misrouted in"),
        ("The scan found an unpatched on our oldest host.", "an unpatched on"),
        # a subject, its adverb, then a number or a determiner: the verb between was lost
        ("After the workshop we also three tickets about the flaky login test.", "we also"),
        ("Last week I finally the design doc to the whole team.", "I finally"),
        # a subject pronoun, then a count of things: the verb between was lost ("we two have" is whole, below)
        ("Over the summer we nine volunteers through the course.", "we nine"),
        # a subject of two words and "I", then an object: no clause stands before "and" to lend its verb
        ("My tutor and I the rubric in one afternoon.", "I the"),
        # a clause in commas that opens on "which" and closes before the main verb with no verb of its own
        ("The exports, which the nightly readings, arrive late each month.", "which the"),
        # "I" or "we" opens the sentence, and after ", and" a third person's verb has no subject it can share
        ("We shipped the fix in May, and still needs a second review.", "and still needs"),
        # a clause joined by "so", or one opened by "when" and closed by the main clause, with no verb of its own
        ("I will send the diagram first so the hour with you on the design.", "so the hour with you on the design"),
        ("When the import at midnight, the disk fills up.", "When the"),
        # a subject, "now/still" and a place, and no verb before the sentence ends
        ("The reviewers still in a separate channel.", "still in"),
        # a subject that opens its clause, then what only follows "be": a describing word, "not" or an -ing form
        ("Tell me if that useful, and I will send more.", "that useful"),
        ("Since you busy this month, a short note is fine.", "you busy"),
        ("No rush if it not convenient.", "it not"),
        ("This spring we building a small ramp planner.", "we building"),
        # a clause that opens on a determiner and its noun and ends on a word that only describes or compares
        ("The report useful, and I shared it with the team.", "report useful"),
        ("After the upgrade, the latency lower than before.", "latency lower"),
        # after an opening clause and its comma, a past verb and its object: the main clause lost its subject
        ("As you advised, stopped running the nightly import on Fridays.", "stopped running"),
        # a subject and a count of things, "this" and a count, a subject, an adverb and "that", and a main clause's
        # subject that runs into a place after an opening clause: each lost the verb between
        ("For the survey I 40 volunteer testers.", "I 40"),
        ("The cache was cold twice, and this three slow pages on Monday.", "this three"),
        ("We also that your team kept the old API.", "We also"),
        ("After the workshop, we on the old laptop for a week.", "we on"),
        # a noun phrase that opens its clause, then a bare "be": the modal before it was lost
        ("Even a two-line reply be plenty for me.", "reply be"),
        # "from", a figure and its unit, then a second figure: the range lost its "to"
        ("Our median build fell from 40 minutes 12 after the split.", "40 minutes 12"),
        ("I joined the team in May, and my notes now in the shared folder.", "now in"),
        # a subject, a modal, then the receiver and the thing given: the giving verb was lost
        ("Once the survey closes, we will you the summary.", "we will"),
        # a clause's opener that is never its subject, then a past verb and its object
        ("The profile finally showed us why slowed the nightly import.", "why slowed"),
        # after a preposition a possessive is no "you're": a preposition right after it lost its noun between
        ("I have a short follow-up to your on the caching thread.", "your on"),
        # a describing word joined by "and" to a word that neither describes nor opens a noun phrase
        ("I tried it once on a cheap and once on a fast laptop.", "a cheap and"),
        # a verb that needs its object at the sentence's end
        ("When the pager went off, we were asked to handle.", "handle"),
    ],
)
def test_a_verb_or_noun_lost_in_mid_sentence_is_cut_off(sentence, lost):
    found = [f["evidence"]["text"] for f in findings_of(critique("A question", sentence), "cut_off_sentence")]
    assert found == [lost]


@pytest.mark.parametrize(
    "code, sentence, slip",
    [
        # "your" before an adverb that is an adjective too and a word "you are" takes, after a clause's opener
        ("confused_word", "Once your finally settled in Oslo, there is no hurry.", "your"),
        ("confused_word", "If your only around on Monday, we can talk then.", "your"),
        ("confused_word", "Since your just reward was a week off, enjoy it.", None),
        # a number, a singular noun and a comma that opens a clause, not a list's next item
        ("agreement", "We cut the cache to four page, which made the app slower.", "page"),
        ("agreement", "I moved the job to three worker, so the queue drains faster.", "worker"),
        # a list after the comma: the number counts the list, not the noun before it
        ("agreement", "The form asks for two field, name and email, before it sends.", None),
        # a clause's opener, its subject, then a possessive and a noun: the verb between was lost
        (
            "cut_off_sentence",
            "We route it through a proxy, so the traffic our firewall.",
            "so the traffic our firewall",
        ),
        ("cut_off_sentence", "I only found out when the alert our pager.", "our pager"),
        # a relative clause after the subject has its own subject and verb
        ("cut_off_sentence", "It helped because the library our team maintains.", None),
        ("cut_off_sentence", "I checked that the change their reviewer asked for was in.", None),
        # words that may stand side by side: two subjects, "to" up to a limit, a participle before its noun, and a
        # than-clause that strands a preposition after its own subject or ends on "was"
        ("cut_off_sentence", "Could you and I meet on Friday? Would you and Priya share the deck?", None),
        # a count that stands with its pronoun, a verb said once for two clauses, a clause in commas with its verb
        ("cut_off_sentence", "We two have run the club since 2019, and we three met in May.", None),
        ("cut_off_sentence", "Ana wrote the parser and I the tests.", None),
        ("cut_off_sentence", "I think the build works, and now needs a review.", None),
        ("cut_off_sentence", "The team knows that. I would like that. Send it when it suits you.", None),
        ("cut_off_sentence", "We found it useful. If that new plan works, great. It being May, we rested.", None),
        ("cut_off_sentence", "Route A was shorter, route B cheaper. The only slot available is Friday.", None),
        ("cut_off_sentence", "She noted that it ran longer than we hoped. With the window open, we talked.", None),
        ("cut_off_sentence", "If you have time, take a look. As expected, costs fell. If unset, will skip.", None),
        ("cut_off_sentence", "We did three things: moved the cache; rewrote the parser; dropped the index.", None),
        ("cut_off_sentence", "We split it so that two runs match. We then that evening met. I have this many.", None),
        ("cut_off_sentence", "Let the code be. If need be, we can meet. The reply may be short. So be it.", None),
        ("cut_off_sentence", "We moved from 2019 to 2021 data, and the build fell from 40 to 12 minutes.", None),
        ("agreement", "The tools we need exist. Should the need arise, we can help. If you want please ask.", None),
        ("cut_off_sentence", "Am I reading it wrong, or are we measuring the wrong part? I saw you running.", None),
        ("cut_off_sentence", "I'm grateful for all of this, thank you. I love the real you. About what?", None),
        ("cut_off_sentence", "Tickets go fast, so the sooner the better!", None),
        ("cut_off_sentence", "The tests now in the nightly suite run faster. My notes are now in the folder.", None),
        ("cut_off_sentence", "When the tests, the build logs and the dumps are gone, we restart.", None),
        ("cut_off_sentence", 'Paths are joined, so a path with ".." parts climbs out of the folder.', None),
        ("cut_off_sentence", "I kept trying.", None),
        ("cut_off_sentence", "The exports, which the billing team owns, arrive late each month.", None),
        ("cut_off_sentence", "The plan, which the team, after a long debate, chose, still holds.", None),
        ("cut_off_sentence", "Can we and our leads talk? I am glad to the core that it shipped.", None),
        (
            "cut_off_sentence",
            "It was a relief to get a signed copy, and we found a scheduled job in the cluster.",
            None,
        ),
        (
            "cut_off_sentence",
            "The port ran later than we had aimed for, and the binary is leaner than the first build was.",
            None,
        ),
        ("spelling", "Our tests run as fast as they did, and the lexer now rejects bad input.", None),
    ],
)
def test_a_slip_between_a_subject_and_its_verb_or_object_is_found_once(code, sentence, slip):
    found = [f["evidence"]["text"] for f in findings_of(critique("A question", sentence), code)]
    assert found == ([slip] if slip else [])


_CAPITALISED = (
    "Hi Noor,\n\nThank you for the review. It caught two bugs in the parser. We fixed both of them today. "
    "Our users noticed at once. {}\n\nBest,\nAda"
)


@pytest.mark.parametrize(
    "sentence, slip",
    [
        ("the cache now warms itself at start.", "the"),
        ("Our old setup was slow.\n\nmercury, our new queue, is faster.", "mercury"),
        # not a sentence's opening: an abbreviation, an ellipsis, a bullet, a quoted question, a greeting's comma
        ("We tried a few stores, e.g. the one from the talk.", None),
        ("It was slow... then it was fast.", None),
        ("What changed:\n- the cache now warms itself.", None),
        ('I asked "why?" and got a long answer.', None),
        # officially lower-case names, commands the dictionary lacks, and code
        ("npm now installs in half the time.", None),
        ("lsof showed the open handle.", None),
        ("`make test` runs it all.", None),
    ],
)
def test_a_sentence_that_opens_in_lower_case_is_a_slip(sentence, slip):
    found = [
        f["evidence"]["text"]
        for f in findings_of(critique("A question", _CAPITALISED.format(sentence)), "sentence_case")
    ]
    assert found == ([slip] if slip else [])


@pytest.mark.parametrize(
    "body",
    [
        "hi Noor, thanks for the review. It caught two bugs. We fixed both of them. We shipped it today.\n\n"
        "thanks a lot for all of it!\nAda",
        "Thanks for the review. the fix is in.",  # too short to tell how its writer opens a sentence
        "Hi Noor,\n\nthanks for the review. It caught two bugs. We fixed both of them. We shipped it today.\n\n"
        "Best,\nAda",
    ],
)
def test_a_writer_who_opens_sentences_in_lower_case_by_habit_is_left_alone(body):
    assert findings_of(critique("A question", body), "sentence_case") == []


@pytest.mark.parametrize(
    "sentence, cut",
    [
        ("Caching the tokens cut our login latency by.", True),  # a verb of change's "by" names an amount
        ("Moving the index to SSD sped our queries up by.", True),
        ("Our p95 improved by a third once the pool was warm.", False),
        ("I read the source to see how the planner.", True),  # an embedded question lost its verb
        ("I still wonder how the planner picks an index.", False),
        ("Even a rough first figure would be.", True),  # a noun subject, a modal and "be", and nothing after
        ("I am not sure the estimate would be.", False),  # "sure" lets the rest go unsaid
        ("The latency is now at almost.", True),  # a word of degree with nothing to grade
        ("Our studio finally hired someone who.", True),  # a person described by a clause that was lost
        ("I put the same question to everyone that.", False),  # "that" is the question: a demonstrative
    ],
)
def test_a_sentence_that_stops_before_its_amount_verb_or_complement_is_cut_off(sentence, cut):
    body = f"Hi Mei,\n\n{sentence} Could I ask you one question about async in embedded Rust?\n\nThanks,\nRavi"
    found = "cut_off_sentence" in {f["code"] for f in language_findings(critique(GOOD_SUBJECT, body, CTX))}
    assert found is cut


def test_the_writers_own_name_under_the_sign_off_is_never_a_typo():
    body = "Hi Mei,\n\nCould I ask you one question about async in embedded Rust?\n\nThanks,\n{name}"
    assert language_findings(critique(GOOD_SUBJECT, body.format(name="Matteo"), CTX)) == []
    slipped = body.format(name="Matteo").replace("question", "qeustion")
    assert [f["code"] for f in language_findings(critique(GOOD_SUBJECT, slipped, CTX))] == ["spelling"]


def test_an_acronym_the_context_spells_in_capitals_keeps_them_in_the_message():
    ctx = {"mentor": {"name": "Ana Ruiz", "research": "Audits clinics for HIPAA compliance and writes on audit logs."}}
    body = "Hi Ana,\n\nOur clinic app logs every read for {name}. Which log fields do auditors ask for first?\n\nBo"
    slipped = critique("Audit logs", body.format(name="Hipaa"), ctx)
    kept = critique("Audit logs", body.format(name="HIPAA"), ctx)
    assert "name_case" in {f["code"] for f in slipped["findings"]}
    assert "name_case" not in {f["code"] for f in kept["findings"]}


@pytest.mark.parametrize(
    "sentence, whole",
    [
        (
            "I tried the fix from your (the one on retries) and it held.",
            "I tried the fix from your talk (the one on retries) and it held.",
        ),
        ("Thanks to, I asked for the review in writing.", "Thanks to your note, I asked for the review in writing."),
    ],
)
def test_a_noun_lost_before_an_aside_or_an_object_lost_before_a_comma_is_a_cut_off(sentence, whole):
    cut = findings_of(critique(GOOD_SUBJECT, f"Hi Mei,\n\n{sentence}\n\nRavi", CTX), "cut_off_sentence")
    assert cut and findings_of(critique(GOOD_SUBJECT, f"Hi Mei,\n\n{whole}\n\nRavi", CTX), "cut_off_sentence") == []


@pytest.mark.parametrize(
    "sentence, typed, meant",
    [
        ("Could you tell me whn the next cohort starts?", "whn", "when"),
        ("I think tht the second option is safer.", "tht", "that"),
        ("I left the smalll fixes for a later pull request.", "smalll", "small"),
        ("Our plann for the spring is two releases.", "plann", "plan"),
        ("The lisrt of open questions is short.", "lisrt", "list"),
        ("Two kerneles crashed on the new board.", "kerneles", "kernels"),
    ],
    ids=["letter-lost-short", "letter-lost-common", "key-held", "struck-twice", "letter-added", "ending-on-no-stem"],
)
def test_the_slips_fast_typists_make_in_common_words_are_corrected(sentence, typed, meant):
    assert corrections(sentence, "spelling") == [(typed, meant)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Could we talk at 9am pst on Friday, or 10:00 cet on Monday?",
        "I clean the logs with sed and awk before I grep them.",
        "Their behavioural study measured each centimetre of fibre the analysers read.",
        "It was sooo good, thank you!",
        "The demo lives at github.com/ana-lima/tiny-wrold-demo for now.",
    ],
    ids=["time-zones", "unix-tools", "british", "drawn-out", "link-without-scheme"],
)
def test_short_forms_tools_british_spellings_and_links_are_not_typos(sentence):
    assert corrections(sentence, "spelling") == []


@pytest.mark.parametrize(
    "sentence, typed",
    [
        ("Your under no pressure to reply before the holidays.", "Your"),
        ("Congratulations, your into the final round!", "your"),
        ("Thanks, and good luck while your between two launches.", "your"),
    ],
)
def test_your_before_a_preposition_is_youre(sentence, typed):
    assert corrections(sentence, "confused_word") == [(typed, "You're" if typed == "Your" else "you're")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Thanks for your in-depth notes on the rollout.",
        "Your at-home lab setup is the one we copied.",
        "I read your on boarding checklist twice.",
    ],
)
def test_your_before_a_noun_made_with_a_preposition_is_left_alone(sentence):
    assert corrections(sentence, "confused_word") == []


@pytest.mark.parametrize(
    "sentence, lost",
    [
        ("The grant ran out, so will pause the pilot for a term.", "so will"),
        ("We logged every exception, so a dashboard group them by release.", "a dashboard group them"),
    ],
    ids=["subject-after-so", "singular-subject-bare-verb"],
)
def test_a_clause_that_lost_its_subject_or_verb_is_flagged(sentence, lost):
    found = language_findings(critique("A question", sentence))
    assert [(f["code"], f["evidence"]["text"]) for f in found] == [("cut_off_sentence", lost)]


@pytest.mark.parametrize(
    "sentence, lost",
    [
        ("Last spring my group the entire billing module to Go.", "group the"),
        ("Dear Dr Oyelaran, our club your workbook on sorting for two terms now.", "club your"),
        ("I think that my manager a short list of goals for the review.", "manager a"),
    ],
    ids=["after-a-time-phrase", "after-a-greeting", "after-that"],
)
def test_a_subject_followed_by_another_noun_phrase_lost_its_verb(sentence, lost):
    found = language_findings(critique("A question", sentence))
    assert [(f["code"], f["evidence"]["text"]) for f in found] == [("cut_off_sentence", lost)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Our scheduler the interns wrote still runs every night.",
        "My notes the reviewers asked for are attached.",
        "Our testers prefer the dark theme, our writers the light one.",
        "The backend moved to Go, and our frontend the year after.",
        "Our team the following spring had doubled.",
    ],
    ids=["relative-clause", "relative-with-preposition", "gapping-after-comma", "gapping-after-and", "auxiliary"],
)
def test_a_noun_phrase_after_a_subject_that_holds_or_shares_a_verb_is_left_alone(sentence):
    assert language_findings(critique("A question", sentence)) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Doing so will save the team a day.",
        "They agreed, so will we.",
        "We had a dashboard group them by release.",
        "Could a dashboard group them by release?",
        "We wrote a quick widget that groups them.",
    ],
)
def test_whole_clauses_with_so_or_a_bare_verb_are_left_alone(sentence):
    assert language_findings(critique("A question", sentence)) == []


@pytest.mark.parametrize(
    "sentence, typed, official",
    [
        ("Last month we swapped our bundler for Esbuild.", "Esbuild", "esbuild"),
        ("We profile the hosts with OSQUERY every night.", "OSQUERY", "osquery"),
        ("Our finance team tracks the grant in EXCEL only.", "EXCEL", "Excel"),
    ],
)
def test_a_name_written_in_lower_case_everywhere_keeps_it_mid_sentence(sentence, typed, official):
    assert corrections(sentence, "name_case") == [(typed, official)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Webpack was our bundler until last spring.",
        "Why Our Club Left Webpack Behind",
        "Notes On Esbuild For A Slower Laptop",
        "I am on a PIP this quarter and would value a mentor.",
        "We run `Webpack --watch` in the container.",
    ],
    ids=["opens-sentence", "title-case-line", "title-case-line-2", "acronym", "code"],
)
def test_a_lower_case_name_opening_a_sentence_a_title_or_code_is_left_alone(sentence):
    assert corrections(sentence, "name_case") == []


@pytest.mark.parametrize(
    "sentence, lost",
    [
        ("I mentor at a code club with 40.", "40"),
        ("The pilot ran in six.", "six"),
        ("On Monday I asked them check the grant form.", "asked them check"),
        ("Could you remind the tutors send the survey?", "remind the tutors send"),
        ("My tutor urged me apply for the spring cohort.", "urged me apply"),
        ("We'd like you join our panel in May.", "like you join"),
        ("We compared the new parser against several.", "several"),
        ("The forum lost its moderator in June, so.", "so"),
    ],
    ids=[
        "count-after-with",
        "count-after-in",
        "to-lost-after-pronoun",
        "to-lost-after-noun",
        "to-lost-before-a-verb-only-word",
        "to-lost-after-a-wish",
        "several",
        "so",
    ],
)
def test_a_count_without_its_noun_or_a_verb_without_its_to_is_flagged(sentence, lost):
    found = language_findings(critique("A question", sentence))
    assert [(f["code"], f["evidence"]["text"]) for f in found] == [("cut_off_sentence", lost)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The sensor drops a reading one night in ten.",
        "Our choir got its own hall in 2021.",
        "The bug was fixed in #812.",
        "We split the workshop into two.",
        "Each run took 30 minutes before the fix and about 5 with it.",
        "We let them check the grant form.",
        "They expect the launch date the same month.",
        "Teams like ours use the tool every day.",
        "I expect you get many requests like this one.",
        "She asked me last week whether the plan still holds.",
        "Our club split the budget in two.",
        "I read several, and I think so.",
    ],
)
def test_counts_whose_noun_is_known_and_bare_verbs_after_let_are_whole(sentence):
    assert language_findings(critique("A question", sentence)) == []


@pytest.mark.parametrize(
    "sentence, typed, official",
    [
        ("Our first game was built in unity over a summer.", "unity", "Unity"),
        ("I keep my reading notes in notion these days.", "notion", "Notion"),
    ],
)
def test_a_product_named_after_a_word_is_capitalised_in_its_tech_use(sentence, typed, official):
    assert corrections(sentence, "name_case") == [(typed, official)]


@pytest.mark.parametrize("sentence", ["The notion of unity matters to the team.", "We looked out of two windows."])
def test_the_words_those_products_are_named_after_are_left_alone(sentence):
    assert corrections(sentence, "name_case") == []


def test_a_slip_that_spells_a_prefix_and_a_rare_word_is_read_as_the_common_word_it_mistypes():
    assert corrections("Our release checks are fully automuted now.", "spelling") == [("automuted", "automated")]
    assert corrections("The preconfigured images boot fast.", "spelling") == []


@pytest.mark.parametrize(
    "sentence",
    ["Here are the pitfalls to watch out for.", "Our newsletter lists the releases to catch up on."],
)
def test_an_infinitive_with_a_phrasal_verb_strands_its_preposition_whole(sentence):
    assert language_findings(critique("A question", sentence)) == []


@pytest.mark.parametrize(
    "sentence, typed, official",
    [
        ("Our monorepo builds with bazel on every push.", "bazel", "Bazel"),
        ("Sessions sit in memcached for an hour.", "memcached", "Memcached"),
        ("On the laptop I installed it with homebrew.", "homebrew", "Homebrew"),
    ],
)
def test_more_tool_names_in_lower_case_are_corrected(sentence, typed, official):
    assert corrections(sentence, "name_case") == [(typed, official)]


def test_a_tool_named_after_a_word_is_left_alone_as_the_word():
    assert corrections("Please do not hibernate the build server overnight.", "name_case") == []


def test_an_ending_swapped_to_look_british_is_still_a_typo():
    assert corrections("Our new managre starts on Monday.", "spelling") == [("managre", "manager")]
    assert corrections("The theatre is a kilometre from the centre.", "spelling") == []


@pytest.mark.parametrize(
    "sentence, typed, meant",
    [
        ("Could you tell me who's repo the deploy scripts live in?", "who's", "whose"),
        ("I am not sure whose responsible for the runbooks.", "whose", "who's"),
        ("I could not decide which offer to chose.", "chose", "choose"),
        ("Your checklist has lead to fewer pages at night.", "lead", "led"),
        ("Please let me now whether March suits you.", "now", "know"),
        ("Honestly I didn't no which queue to pick.", "no", "know"),
        ("We thing the retry storm started there.", "thing", "think"),
        ("At first we though the disk was full.", "though", "thought"),
        ("The build passed, even through we skipped a stage.", "through", "though"),
        ("She is a principle architect at a bank.", "principle", "principal"),
        ("I would value any carrier advice you can spare.", "carrier", "career"),
        ("We kept loosing messages during failover.", "loosing", "losing"),
        ("I was proud off the migration plan.", "off", "of"),
        ("They where happy with the first draft.", "where", "were"),
        ("If you where free on Friday, I would be glad.", "where", "were"),
        ("We spent way to long on the flaky tests.", "to", "too"),
        ("Sorry, I know it's to late to join the cohort.", "to", "too"),
        ("Caching had no affect on the p99 latency.", "affect", "effect"),
        ("The rollout took quiet a few weekends.", "quiet", "quite"),
        ("All checks pass, accept for the linter.", "accept", "except"),
        ("Over the passed three sprints we halved the queue.", "passed", "past"),
        ("I will defiantly read the chapter on quorum reads.", "defiantly", "definitely"),
        ("Your post on feature flags peaked my curiosity.", "peaked", "piqued"),
        ("I practise these katas everyday before work.", "everyday", "every day"),
        ("I'd love to be apart of the docs sprint.", "apart", "a part"),
        ("We are suppose to ship the fix by Monday.", "suppose", "supposed"),
        ("Could you advice me on sizing the cluster?", "advice", "advise"),
    ],
)
def test_a_commonly_confused_word_is_corrected_where_only_one_reading_fits(sentence, typed, meant):
    assert corrections(sentence, "confused_word") == [(typed, meant)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Who's talking at the meetup, and whose slides are those?",
        "We chose Postgres after the trial.",
        "Our lead times dropped, and I have lead pipes in my old flat to replace.",
        "Let us now turn to the second question.",
        "I no longer run the cron job by hand.",
        "The thing I like most is the runbook.",
        "We, though, kept the old queue.",
        "We walked through the logs together.",
        "The principle behind it is simple.",
        "The carrier integration sends a label per parcel.",
        "Please take one off the list.",
        "I'll show you where the dashboards live.",
        "We have been to many meetups, and the plan is to slow down in winter.",
        "The change will affect our users.",
        "It was a quiet week.",
        "We can accept for the time being that the job is slow.",
        "The passed tests are in green.",
        "These are everyday tasks for an SRE.",
        "We kept the services apart of necessity, not choice.",
        "I suppose so.",
        "Your advice on alerts helped.",
    ],
)
def test_look_alikes_of_commonly_confused_words_are_left_alone(sentence):
    assert corrections(sentence, "confused_word") == []


@pytest.mark.parametrize(
    "sentence, typed, meant",
    [
        ("We might loose state when the pod restarts.", "loose", "lose"),
        ("Our services are lose coupled through a queue.", "lose", "loose"),
        ("The new flag will effect latency on cold starts.", "effect", "affect"),
        ("Our build was effected by the new runner image.", "effected", "affected"),
        ("The new limits take affect on Monday.", "affect", "effect"),
        ("In principal, the scheduler could run both jobs.", "principal", "principle"),
        ("I came back to first principals after the outage.", "principal", "principle"),
        ("In the passed, our releases were monthly.", "passed", "past"),
        ("We finally moved passed the flaky login step.", "passed", "past"),
        ("I past the Kubernetes administrator exam in May.", "past", "passed"),
        ("Were did you host the demo?", "Were", "Where"),
        ("If we where to split the repo, what would break?", "where", "were"),
        ("I would like to except your offer of a code review.", "except", "accept"),
        ("Your talk on tracing is complimentary to the book.", "complimentary", "complementary"),
        ("I meant it as a complement, not a critique.", "complement", "compliment"),
        ("Our office has a quite room for deep work.", "quite", "quiet"),
        ("How do you chose a first issue for newcomers?", "chose", "choose"),
        ("I am building a whether station with a Raspberry Pi.", "whether", "weather"),
        ("I am unsure weather or not to rewrite it.", "weather", "whether"),
        ("This is a personnel project to learn Elixir.", "personnel", "personal"),
        ("The client's personal department owns the data.", "personal", "personnel"),
        ("I write about every day tasks of an on-call engineer.", "every day", "everyday"),
        ("May I site your article on rate limits in my thesis?", "site", "cite"),
        ("I moved my portfolio sight to a static host.", "sight", "site"),
        ("I am a data engineer, formally a chemist at a lab.", "formally", "formerly"),
        ("I would like to formerly invite you to our meetup.", "formerly", "formally"),
        ("Between a monorepo and many repos, we chose the later.", "later", "latter"),
        ("Could we talk latter this week?", "latter", "later"),
        ("Could you take a quick peak at my pull request?", "peak", "peek"),
        ("Our traffic peek comes at lunchtime.", "peek", "peak"),
        ("You have been a roll model for our juniors.", "roll", "role"),
        ("We will role out the new config in stages.", "role", "roll"),
        ("I am hear for the conference until Friday.", "hear", "here"),
        ("Thank you for the through review of my design doc.", "through", "thorough"),
        ("I worked thorough the exercises in your book.", "thorough", "through"),
        ("A part from the docs, the code is ready.", "A part", "Apart"),
        ("Please bare with me while I explain the setup.", "bare", "bear"),
        ("We run our cluster on bear metal.", "bear", "bare"),
        ("I would love too learn how you size queues.", "too", "to"),
        ("The review queue got to long for one person.", "to", "too"),
        ("I know lead the platform team at a bank.", "know", "now"),
        ("If you can spare an hour, let me now.", "now", "know"),
        ("I am at an early stage of my carrier as a tester.", "carrier", "career"),
        ("I wander if you have tried Nix for this.", "wander", "wonder"),
        ("Even thought I am new to Go, the tour made sense.", "Even thought", "Even though"),
        ("The link to the repository is bellow.", "bellow", "below"),
        ("Our CTO is risk-adverse about upgrades.", "adverse", "averse"),
        ("Did the upgrade have any averse effects on memory?", "averse", "adverse"),
        ("I am taking a course in discreet mathematics.", "discreet", "discrete"),
        ("The new lead gave me free reign over the test plan.", "reign", "rein"),
    ],
)
def test_more_commonly_confused_words_are_corrected_in_the_frames_that_leave_one_reading(sentence, typed, meant):
    assert corrections(sentence, "confused_word") == [(typed, meant)]


@pytest.mark.parametrize(
    "sentence",
    [
        "We cut the loose threads from the spec and did not lose any tests.",
        "The effect on latency was small, and the change will affect only one route.",
        "We hope to effect change in how the team reviews code.",
        "The principal engineer explained the principle behind the cache.",
        "The tests that passed last week are failing now, as in the past.",
        "Where were you when the pager went off?",
        "We accept all pull requests except those without tests.",
        "The complimentary tickets were a nice surprise; the tools complement each other.",
        "It was quite a quiet week on call.",
        "We chose Go last year, and now we choose tools with care.",
        "The weather app asks whether you want alerts.",
        "Our personnel team keeps personal data apart.",
        "I deploy every day, and these are everyday chores.",
        "The site went down, and the sight of the graph was alarming.",
        "She was formally appointed, and formerly ran the data team.",
        "We will decide later; the latter option costs less.",
        "Our peak load is at noon; take a peek at the graph.",
        "My role is to roll out releases.",
        "I can hear you; we are here.",
        "The review was thorough, and we went through every file.",
        "We kept the services apart, and each is a part of the whole.",
        "I cannot bear the bare minimum of tests.",
        "This is too much to ask, and I want to learn too.",
        "I know the team, and now I lead it.",
        "The carrier sends an SMS, and my career is in telecoms.",
        "I wonder why the logs wander between nodes.",
        "I even thought I had fixed it, even though the tests failed.",
        "The value fell below the limit.",
        "We avoid adverse effects and are risk-averse.",
        "Please be discreet about the discrete maths exam.",
        "We reined in costs during the reign of the old CTO.",
        "Dear Mr. Bello, thank you for the review.",
        "The function gets passed the handle as its first argument.",
        "Of the two plans, we picked the latter.",
    ],
)
def test_look_alikes_of_the_new_confusions_are_left_alone(sentence):
    assert corrections(sentence, "confused_word") == []
    assert language_findings(critique("A question", sentence)) == []


def test_a_question_after_a_time_clause_without_a_comma_is_whole_and_one_without_its_auxiliary_is_not():
    assert language_findings(critique("A question", "When you get a minute would you check my numbers?")) == []
    assert language_findings(critique("A question", "When you find a spare hour could you skim the runbook?")) == []
    found = language_findings(critique("A question", "How you pick the first alert for a new service?"))
    assert [f["code"] for f in found] == ["agreement"]


@pytest.mark.parametrize(
    "sentence",
    [
        "How many dashboards did your team decide to alert on?",
        "Both replicas lagged during the test, but only the primary was.",
        "It settled a trade-off my team had argued about for weeks.",
        "Migrate first the modules that nothing else imports from.",
        "Tumbo runs the payments team at our bank.",
        "Kanda wrote the migration guide we followed.",
    ],
)
def test_a_stranded_preposition_an_ellipsis_or_a_name_at_a_sentences_start_is_no_slip(sentence):
    assert language_findings(critique("A question", sentence)) == []


@pytest.mark.parametrize(
    "sentence, code",
    [
        ("I have been pairing with for two months.", "cut_off_sentence"),
        ("I wanted to know how many of.", "cut_off_sentence"),
        ("I only asked because the deploy job was.", "cut_off_sentence"),
        ("Thsi is my first message to you.", "spelling"),
        ("Wiuld you have ten minutes next week?", "spelling"),
    ],
)
def test_the_same_shapes_with_a_word_lost_or_a_key_slipped_are_still_slips(sentence, code):
    assert slip_codes(sentence) == [code]


@pytest.mark.parametrize(
    "sentence, typed, meant",
    [
        ("Last spring I migrate our builds to Bazel.", "migrate", "migrated"),
        ("Three months ago we switch to a monorepo.", "switch", "switched"),
        ("In 2023 I give a talk on tracing at a meetup.", "give", "gave"),
        ("We tried Celery first, and last month we also drop it for RQ.", "drop", "dropped"),
    ],
)
def test_a_bare_verb_after_a_finished_time_is_a_tense_slip(sentence, typed, meant):
    assert [
        (f["evidence"]["text"], f["edit"]["replacement"]) for f in language_findings(critique("A q", sentence))
    ] == [(typed, meant)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Last year I think we shipped forty releases.",
        "Last week I read your post on queues.",
        "Two years ago we found the same leak.",
        "Last month I moved to Porto.",
        "I plan to move last year's jobs to the new cluster.",
    ],
)
def test_a_past_an_aside_or_a_verb_spelled_as_its_past_after_a_finished_time_is_whole(sentence):
    assert language_findings(critique("A question", sentence)) == []


@pytest.mark.parametrize(
    "sentence, whole",
    [
        ("I heard you are taking apprentices on, so here is a short note.", True),
        ("Our studio takes interns on every summer.", True),
        ("I would like to take the lead on, if you agree.", False),
    ],
)
def test_taking_people_on_ends_on_a_particle_but_taking_the_lead_on_wants_its_object(sentence, whole):
    found = slip_codes(sentence)
    assert (found == []) is whole


@pytest.mark.parametrize(
    "sentence, cut",
    [
        ("Last week we hit a cache eviction bug which.", True),
        ("Our logs show a login retry loop that.", True),
        ("I honestly cannot remember which.", False),
        ("We both know who.", False),
        ("I teach a robotics club, and a few tips from you would.", True),
        ("Most clubs skip it, but a few of us would.", False),
        ("The slowest step in our pipeline so far has been.", True),
        ("I am not sure the cache has been.", False),
        ("Either way, I would be thankful for any.", True),
        ("I would welcome pointers, if you have any.", False),
    ],
)
def test_a_sentence_that_stops_on_a_relative_word_or_a_modal_with_nothing_to_complete_it_is_cut_off(sentence, cut):
    found = slip_codes(sentence)
    assert (found == ["cut_off_sentence"]) is cut


@pytest.mark.parametrize(
    "sentence, lost",
    [
        ("I watched your talk on queues and I the same retry policy in our worker.", "I the"),
        ("Our lead asked that we the runbook before Friday.", "we the"),
        ("My mentor suggested that I you about the rollout.", "I you"),
        ("Could you point me to a paper that the history of Paxos?", "that the"),
        ("I am a data analyst who for a hospital in Valparaíso.", "who for"),
    ],
    ids=["same-subject-gap", "we-before-object", "i-before-you", "that-without-verb", "who-without-verb"],
)
def test_a_clause_that_runs_from_its_subject_or_opener_into_an_object_lost_its_verb(sentence, lost):
    found = language_findings(critique("A question", sentence))
    assert [(f["code"], f["evidence"]["text"]) for f in found] == [("cut_off_sentence", lost)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Priya wrote the parser and I the test harness, so we would both value your view.",
        "Is that the usual way to version a schema?",
        "We paused the rollout, and with that the incident was closed.",
        "It is a guide that the whole team relies on every week.",
        "I am the engineer who, for the last two years, has run our on-call rota.",
        "Phase I the team spent on discovery.",
        "I have taught for six years, and I the last two have run our code club.",
    ],
    ids=["gapping", "that-pronoun", "with-that", "relative-with-verb", "aside", "numeral", "time-span"],
)
def test_gapping_comparisons_and_clauses_that_keep_their_verb_are_left_alone(sentence):
    assert language_findings(critique("A question", sentence)) == []


@pytest.mark.parametrize(
    "sentence, lost",
    [
        ("Would you at my portfolio and tell me what to cut?", "you at"),
        ("Can we on the schema before the review?", "we on"),
        ("I wonder why our gateway the same token twice.", "gateway the"),
        ("Your workshop at FOSDEM us to rewrite the importer.", "FOSDEM us"),
    ],
    ids=["question-with-phrase", "question-with-phrase-2", "after-why", "name-then-object"],
)
def test_a_question_or_clause_that_lost_its_verb_before_a_phrase_or_object_is_flagged(sentence, lost):
    found = language_findings(critique("A question", sentence))
    assert [(f["code"], f["evidence"]["text"]) for f in found] == [("cut_off_sentence", lost)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Could you by any chance share the slides?",
        "Would you at all be open to a short call?",
        "Could we in principle reuse the schema?",
        "I met her at FOSDEM, and she sent me the notes.",
    ],
)
def test_a_question_with_a_phrase_before_its_verb_is_whole(sentence):
    assert language_findings(critique("A question", sentence)) == []


# This round's words lost mid-sentence, each the shape English never takes, and look-alikes that keep their verb.
@pytest.mark.parametrize(
    "sentence, lost",
    [
        # a modal run into its object or a determiner
        ("The linter cannot it without a config file.", "cannot it"),
        ("Our scheduler will them again at midnight.", "will them"),
        ("My manager should us a budget by Friday.", "should us"),
        ("We should not the cache before the release.", "should not"),
        # a giving verb and its receiver run into a clause: the thing given was lost
        ("Could you send me you showed at the meetup?", "me you"),
        ("I will bring them we printed for the workshop.", "them we"),
        # a clause's subject run into an object or a phrase, and "to" with no verb
        ("The cache is cleared while a worker its queue, so some jobs fail.", "worker its"),
        ("I heard that you during the freeze and that the team waited.", "you during"),
        ("If we then with the new schema, the tests pass.", "we then"),
        ("In May we began to the billing module in Go.", "to the"),
    ],
)
def test_a_verb_lost_after_a_subject_a_modal_or_to_is_flagged(sentence, lost):
    found = language_findings(critique("A question", sentence))
    assert [(f["code"], f["evidence"]["text"]) for f in found] == [("cut_off_sentence", lost)]


@pytest.mark.parametrize(
    "sentence",
    [
        "How long will it take to migrate the queue.",  # an embedded question, written without its mark
        "It can fail under load, can't it?",
        "Only then can it run on the new cluster.",
        "Under no circumstances should it run in production.",
        "Nor will it help much with the cold starts.",
        "Should the build fail, we roll back the release.",
        "Could you send me the slides you showed at the meetup?",
        "Could you show me you still use the old parser?",  # a verb that takes a clause
        "Best wishes to the whole team, and thanks again.",
        "As we in Lagos say, measure twice and cut once.",
        "Thank you all, and you in particular, for the review.",
        "The job keeps running because each keeps its own connection.",
        "I asked the organisers about a lightning talk, and I was invited.",
        "I showed her the benchmark, but she wasn't convinced.",
        "Whatever breaks breaks loudly in staging.",  # a free relative, then the main verb
        "Turn the verbose flag on on the test box only.",  # a particle after its object, then a preposition
        "We carried on on Monday with the second half.",
    ],
)
def test_inversions_asides_passives_and_particles_keep_their_words(sentence):
    assert language_findings(critique("A question", sentence)) == []


@pytest.mark.parametrize(
    "sentence, lost",
    [
        ("The meetup liked my demo, so they invited.", "invited"),  # a verb that needs its object
        ("Thank you for the review, I really appreciate.", "appreciate"),
        ("The flaky test only passes in the lab's.", "the lab's"),  # an owner with its thing lost
        ("The workshop in May made us.", "us"),  # "made us" lost what it made the writers do
        ("Could we review it within the next couple?", "couple"),  # a span of time lost its unit
    ],
)
def test_a_sentence_that_ends_before_its_object_or_noun_is_cut_off(sentence, lost):
    body = f"Hi Ana,\n\n{sentence} I fly out on Monday.\n\nBest,\nTomasz"
    found = findings_of(critique("A question", body), "cut_off_sentence")
    assert [f["evidence"]["text"] for f in found] == [lost]


@pytest.mark.parametrize(
    "sentence",
    [
        "I left the spare key at the neighbour's.",  # a place named by its owner
        "Our test suite is faster than the platform team's.",  # a comparison
        "I built it on my own laptop, not on the company's.",  # a contrast with a thing named before
        "After the launch we finally made it.",
        "I have read the first two chapters and will read the next few.",  # the next few chapters, said before
    ],
)
def test_an_owner_for_a_place_or_a_comparison_and_a_span_that_points_back_are_whole(sentence):
    assert findings_of(critique("A question", sentence), "cut_off_sentence") == []


@pytest.mark.parametrize(
    "sentence, doubled",
    [("We rely on on the cache for sessions.", "on on"), ("The service works works fine now.", "works works")],
)
def test_a_word_written_twice_with_no_second_job_is_still_flagged(sentence, doubled):
    found = findings_of(critique("A question", sentence), "doubled_word")
    assert [f["evidence"]["text"] for f in found] == [doubled]


NAMED_CTX = {
    "mentor": {"name": "Lindiwe Moyo", "role": "Growth engineer", "research": "Her post on SEO for single-page apps"},
    "mentee": {"name": "Seo-jun Han", "background": "Front-end developer", "offer": ""},
    "ask": "One question on prerendering",
}


def test_a_writers_name_that_is_also_an_acronym_is_not_a_miscased_acronym():
    body = (
        "Hi Lindiwe,\n\nYour post on SEO for single-page apps helped us. Would prerendering only the product pages be "
        "enough?\n\nThanks,\nSeo-jun Han"
    )
    assert language_findings(critique("A question on prerendering", body, NAMED_CTX)) == []


@pytest.mark.parametrize(
    "closing, flagged",
    [
        ("Obrigado mesmo,", []),
        ("Tusen takk,", []),
        ("Tante grazie,", []),  # neither word English, though one is a slip from one
        ("Thnaks again,", ["Thnaks"]),
        ("Best regrads,", ["regrads"]),
        ("Thnaks alot,", ["Thnaks", "alot"]),
    ],
)
def test_a_closing_in_the_writers_own_language_is_no_typo_but_an_english_one_is_read(closing, flagged):
    body = f"Hi Lindiwe,\n\nWould prerendering only the product pages be enough for search?\n\n{closing}\nSeo-jun Han"
    found = findings_of(critique("A question on prerendering", body, NAMED_CTX), "spelling")
    assert [f["evidence"]["text"] for f in found] == flagged


@pytest.mark.parametrize(
    "sentence, typed, meant",
    [
        ("I got three advice from my lead.", "advice", "pieces of advice"),
        ("Many information on the wiki is out of date.", "Many", "Much"),
    ],
)
def test_a_noun_that_is_not_counted_is_not_given_a_number(sentence, typed, meant):
    assert corrections(sentence, "agreement") == [(typed, meant)]


def test_a_number_before_an_uncounted_noun_that_describes_another_is_whole():
    sentence = "We have two software engineers and three hardware prototypes."
    assert language_findings(critique("A question", sentence)) == []


def test_a_number_and_a_measure_before_of_are_whole():
    sentence = "About two percent of users, two hundred of them, saw it; version two of the API fixes it."
    assert language_findings(critique("A question", sentence)) == []


def test_a_range_that_lost_its_to_between_two_amounts_is_flagged_and_a_whole_one_is_not():
    lost = language_findings(critique("A question", "After the fix the idle current fell from 40 mA 8 mA."))
    whole = "After the fix the idle current fell from 40 mA to 8 mA under bursty traffic."
    assert [(f["code"], f["evidence"]["text"]) for f in lost] == [("cut_off_sentence", "from 40 mA 8")]
    assert language_findings(critique("A question", whole)) == []


@pytest.mark.parametrize(
    "sentence, whole",
    [
        ("The profile made no sense until we dug in.", True),  # an irregular past of a particle verb
        ("The flaky test annoyed me until I finally gave in.", True),
        ("You cannot pass the clock in, so the test waits.", True),  # an argument handed to code
        ("I studied your slides on.", False),
    ],
)
def test_a_particle_verb_in_its_past_or_with_its_object_ends_whole_but_a_bare_preposition_does_not(sentence, whole):
    assert (language_findings(critique("A question", sentence)) == []) is whole


@pytest.mark.parametrize(
    "sentence, flagged", [("We test on three older Pixels and two Arduinos.", []), ("We test on Pyhton 3.", ["Pyhton"])]
)
def test_a_product_name_in_the_plural_is_no_typo_of_the_name(sentence, flagged):
    assert [f["evidence"]["text"] for f in findings_of(critique("A question", sentence), "spelling")] == flagged


@pytest.mark.parametrize(
    "sentence",
    [
        "It is the one book every new hire on our team learns from.",  # a phrase inside the clause's subject
        "That is the kind of problem a small startup rarely has the time for.",  # "has" is the clause's verb
        "It is the standard our auditors measure the whole platform against.",  # a bare verb after a plural
        "The test runner attaches a trace to every failure.",  # a verb's -s form the dictionary does not list
        "The call will keep to schedule if we share the agenda first.",  # "keep to": stay within
        "Maria reviews most schema changes, so I told her first.",  # "her" the object, "first" when
        "We sent her her badge after the trial month.",  # whom it went to, then whose it is
        "Name each backup in the pattern 2025-11-02 so the files list in order.",  # a date showing a form
        "The loader turns `the,,` into a null field.",  # commas in code
        "Those are the queues the scheduler acts on.",  # a third person in the clause
        "Nothing changed in the records no reviewer objected to.",  # "no" opens the clause's subject
        "Please keep the config file as is.",  # set phrases
        "After the outage we turned the old cron job off for good.",
        "We copied the logs from and including the first crash.",  # two prepositions share one object
        "My lead insists it's that cheap to run.",  # "it's that" + an adjective is "it is"
        "Nobody knows yet whether the new API is steady enough to ship a release on.",  # enough/too/-er + to + verb
        "The old runner is too slow to rely on.",
        "The new scheduler is much simpler to reason about.",
        "I wrote down the two ideas I wanted the juniors to leave with.",  # "to" + a verb inside the clause
        "Do we pin every version, or is there a rule that maintainers at big companies tend to agree on?",
        "The compiler finally inlined the hot loop.",  # a listed word made a verb with "-d"
    ],
)
def test_relative_clauses_set_phrases_objects_and_code_that_are_whole_raise_nothing(sentence):
    assert language_findings(critique("A question", sentence)) == []


@pytest.mark.parametrize(
    "sentence, lost",
    [
        ("My plan is to the cache from the hot path.", "to the"),  # "my plan is to" wants its verb
        ("The goal was to a second region before spring.", "to a"),
    ],
)
def test_to_after_a_plan_or_goal_that_runs_into_a_noun_lost_its_verb(sentence, lost):
    found = language_findings(critique("A question", sentence))
    assert [(f["code"], f["evidence"]["text"]) for f in found] == [("cut_off_sentence", lost)]


@pytest.mark.parametrize(
    "sentence, flagged",
    [
        ("Our custom matchers and the callee both log their globals.", []),  # nouns made from listed words
        ("The accessor returns what the rewriter stored.", []),
        ("The retry controler and the game playors both broke.", ["controler", "playors"]),  # slips that look alike
    ],
)
def test_a_noun_made_regularly_from_a_listed_word_is_no_typo_but_a_slip_near_one_still_is(sentence, flagged):
    assert [f["evidence"]["text"] for f in findings_of(critique("A question", sentence), "spelling")] == flagged


@pytest.mark.parametrize(
    "sentence, flagged",
    [
        ("Is there a config flag for tolk, or do you pass it by hand?", []),  # a tool's name, not "for told,"
        ("I tolk my lead about your talk.", ["tolk"]),
    ],
)
def test_an_unknown_word_alone_after_a_preposition_is_no_typo_for_a_past(sentence, flagged):
    assert [f["evidence"]["text"] for f in findings_of(critique("A question", sentence), "spelling")] == flagged


def test_correct_messages_full_of_look_alikes_rarely_raise_a_language_finding():
    # author43_clean.jsonl: correct messages, each with lower-case tools, code, stranded prepositions, doubled words
    # used rightly or closings in other languages. Ids only: its even half is held out.
    rows = load("author43_clean.jsonl")
    flagged = [r["id"] for r in rows if language_findings(critique(r["subject"], r["body"], r["context"]))]
    assert len(rows) == 80 and len(flagged) <= 0.1 * len(rows), flagged


@pytest.mark.parametrize(
    "sentence, flagged",
    [
        ("Our ci/cd pipeline takes an hour on every push.", ["ci"]),  # an acronym, like "api" or "ux"
        ("Our CI/CD pipeline takes an hour on every push.", []),
        ("Please cd into the repo and run the tests.", []),  # "cd" alone is the shell command
    ],
)
def test_continuous_integration_is_written_in_capitals(sentence, flagged):
    assert [f["evidence"]["text"] for f in findings_of(critique("A question", sentence), "name_case")] == flagged


def test_a_folder_named_with_its_slash_is_not_prose():
    sentence = 'The deploy scripts live in the "ci/" folder, next to ui/ and docs/.'
    assert language_findings(critique("A question", sentence)) == []


@pytest.mark.parametrize(
    "pressure", ["I expect an answer this week.", "You must reply soon.", "This is urgent for me."]
)
def test_one_slip_more_still_costs_a_message_whose_professionalism_is_at_its_floor(pressure):
    # a broken sentence caps clarity; what professionalism's floor cannot take must not vanish under that cap
    body = (
        "Hi Dana,\n\nI read your post on sharding Postgres by tenant and it changed how we route writes. "
        f"We run a 2 TB cluster and I moved the hot tables to a separate node with. {pressure}\n\n"
        "Would you have 20 minutes next Tuesday or Wednesday to look at our shard key? I can send the schema and our "
        "query mix beforehand.\n\nThanks,\nSam"
    )
    subject = "Question about your tenant sharding post"
    with_typo = body.replace("changed how", "chagned how")
    assert critique(subject, with_typo)["overall"] < critique(subject, body)["overall"]


@pytest.mark.parametrize(
    "sentence, typed, official",
    [
        ("We build the billing service in GO and deploy it on Fridays.", "GO", "Go"),
        ("The editor plugin is written in LUA and loads at start.", "LUA", "Lua"),
        ("Our admin pages use VUE and a small store.", "VUE", "Vue"),
        ("Our warehouse models live in DBT and run nightly.", "DBT", "dbt"),
        ("Most of my work is in csharp and SQL.", "csharp", "C#"),
        ("We finally moved our cicd to one runner.", "cicd", "CI/CD"),
        ("We scan every image with trivy before the push.", "trivy", "Trivy"),
    ],
)
def test_a_short_name_in_capitals_a_name_run_together_or_a_newly_listed_name_is_corrected(sentence, typed, official):
    assert corrections(sentence, "name_case") == [(typed, official)]


@pytest.mark.parametrize(
    "sentence",
    ["We got the GO from the board on Monday.", "Our site meets the ADA guidelines.", "The NIM container starts fast."],
)
def test_a_short_word_in_capitals_that_is_an_acronym_or_no_technology_is_left_alone(sentence):
    assert corrections(sentence, "name_case") == []


@pytest.mark.parametrize(
    "sentence, typed, official",
    [
        ("Our nightly builds run on appveyor and post to a channel.", "appveyor", "AppVeyor"),
        ("I keep the schema notes in codemirror snippets.", "codemirror", "CodeMirror"),
        ("The office laptops connect through nordvpn when staff travel.", "nordvpn", "NordVPN"),
    ],
)
def test_a_catalogued_name_with_a_capital_inside_is_corrected_in_lower_case(sentence, typed, official):
    assert corrections(sentence, "name_case") == [(typed, official)]


def test_a_catalogued_name_is_never_the_correction_of_a_typo_or_a_generic_compound():
    text = "Our parser calls unget on the stream, and the helpdesk tool talks to the loopback address."
    assert language_findings(critique("A question", text)) == []


def test_a_sentence_that_runs_into_a_code_block_is_not_cut_off():
    body = (
        "Hi Ana,\n\nWe list the orders by depot, newest first. Would you index the table with\n\n"
        "    CREATE INDEX ON shipments (depot_id, created_at DESC);\n\nThanks,\nSam"
    )
    assert language_findings(critique("A question about an index", body)) == []
    stopped = body.replace("the table with\n", "the table with.\n")
    assert [f["code"] for f in language_findings(critique("A question about an index", stopped))] == [
        "cut_off_sentence"
    ]


@pytest.mark.parametrize(
    "sentence, clause",
    [
        ("Your comments very practical, which is what we needed.", True),  # "are" was lost
        ("The docs for the new API really helpful to our juniors.", True),
        ("My English not very good, so please forgive the slips.", True),
        ("The team works really hard.", False),  # "works" is the verb
        ("Your talk at PyCon very much shaped how I think.", False),
        ("Your advice really stuck with me.", False),  # "stuck" may be the verb
        ("The first part was very clear.", False),
    ],
)
def test_a_clause_that_is_a_noun_phrase_and_a_describing_word_lost_its_verb(sentence, clause):
    found = slip_codes(sentence)
    assert found == (["cut_off_sentence"] if clause else [])


@pytest.mark.parametrize(
    "sentence, lost",
    [
        ("The trace showed that were long pauses after each request.", True),  # "that were": no subject
        ("I would like to ask whether is a better fit for our case.", True),
        ("The cache helps, although is still slow on cold starts.", True),
        ("During the outage, retries from multiplied the load on the database.", True),  # a preposition, a past verb
        ("We found that was easier than a rewrite.", False),  # "that" stands for a thing
        ("The people I know that have tried it are happy.", False),
        ("I am not sure whether it is a better fit.", False),
        ("We shipped it with improved logging.", False),
        ('The docs explain one reading of "authorized" the page displays.', False),  # a word named in quotes
    ],
)
def test_a_clause_that_lost_its_subject_or_a_preposition_that_lost_its_object_is_cut_off(sentence, lost):
    found = slip_codes(sentence)
    assert found == (["cut_off_sentence"] if lost else [])


@pytest.mark.parametrize(
    "sentence, doubled",
    [
        ("We saw that that the cache was cold.", True),  # before an article the second "that" has no job
        ("The jobs that that retry are the flaky ones.", True),  # nor before a bare verb no single thing can do
        ("I think that that approach works.", False),  # "that approach": a demonstrative and its noun
        ("He said that that was fine.", False),
    ],
)
def test_a_doubled_that_is_a_slip_only_where_the_second_has_no_job(sentence, doubled):
    found = slip_codes(sentence)
    assert found == (["doubled_word"] if doubled else [])


@pytest.mark.parametrize(
    "sentence, typed, meant",
    [
        ("We are movig the queue to its own host.", "movig", "moving"),  # a letter dropped inside keeps the last one
        ("The nightly buid failed twice this week.", "buid", "build"),
        ("The vacum step now runs every Sunday.", "vacum", "vacuum"),
    ],
)
def test_a_short_word_that_lost_a_letter_inside_is_a_typo_not_a_short_form(sentence, typed, meant):
    assert corrections(sentence, "spelling") == [(typed, meant)]


@pytest.mark.parametrize("sentence", ["Our auth service is old.", "The desc field is empty.", "I keep a dev box."])
def test_a_short_form_that_cuts_a_word_short_is_still_left_alone(sentence):
    assert corrections(sentence, "spelling") == []


@pytest.mark.parametrize(
    "sentence, doubled",
    [
        ("When I checked, the log showed that the nightly job was was skipped.", True),  # "showed" stands between
        ("Whatever the team decides is is final.", True),
        ("What the real trouble was was a missing index.", False),  # the wh-clause's own verb, then the main one
    ],
)
def test_a_doubled_is_or_was_does_two_jobs_only_after_a_wh_clause_without_a_verb(sentence, doubled):
    assert slip_codes(sentence) == (["doubled_word"] if doubled else [])


@pytest.mark.parametrize(
    "sentence, lost",
    [
        ("I tried routing the alerts at, but the pager still rang.", "at"),  # a new clause opens after "but"
        ("Those are the two rules my tutor and I still differ on.", None),  # a relative clause ending on "I"
        ("It was a schema that four services depended on.", None),  # "that" then the relative clause's own subject
        ("I noticed that the dashboards rely on.", "on"),  # after "noticed", "that" opens what was noticed
        ("We test every release with the feature flags off.", None),  # how things were left
        ("I spent a week with the platform team on.", "on"),
        ("The redesign got a fresh look, and users noticed.", None),  # "look" the noun
    ],
)
def test_a_preposition_before_and_or_but_is_cut_off_only_where_no_clause_strands_it(sentence, lost):
    found = findings_of(critique("A question", sentence), "cut_off_sentence")
    assert [f["evidence"]["text"] for f in found] == ([lost] if lost else [])


@pytest.mark.parametrize(
    "sentence, lost",
    [
        ("Testing is the topic of I enjoy most.", True),  # a preposition's object lost before "I"
        ("Let me know if they ever the course online.", True),  # subject, adverb, object: the verb was lost
        ("We always the backups on Sundays.", True),
        ("I am reading up on how to without breaking the build.", True),  # "how to" wants its verb
        ("I think is the slow part of the build.", True),  # what is suspected lost its subject
        ("Our alert fired at the exact.", True),  # "exact" never stands for its noun
        ("We split the file into three separate.", True),  # a count wants its noun
        ("What I suspect is the bottleneck is the disk.", False),
        ("The part I think is slow is the parser.", False),
        ("The bug in I/O handling is old.", False),
        ("I would be glad to on Friday, if that suits you.", False),  # an elliptical "to"
        ("You always give the clearest answers.", False),
    ],
)
def test_words_lost_around_a_pronoun_an_infinitive_or_a_count_are_cut_off(sentence, lost):
    assert slip_codes(sentence) == (["cut_off_sentence"] if lost else [])


@pytest.mark.parametrize(
    "sentence, slip",
    [
        ("Maybe your often asked to review talks.", True),  # "you're often asked"
        ("I know your always busy, so a short answer is plenty.", True),
        ("Your often quoted post on retries helped me.", False),  # the adverb describes the post
    ],
)
def test_your_before_an_adverb_of_how_often_and_a_verb_is_you_are(sentence, slip):
    assert slip_codes(sentence) == (["confused_word"] if slip else [])


@pytest.mark.parametrize(
    "sentence, lost",
    [
        ("Our lab roughly thirty sensors on the roof.", True),  # a subject, then a rough amount: the verb was lost
        ("The deploy around 4 pm was rolled back.", False),  # a time of day belongs to the noun
        ("Our lab grew to roughly thirty sensors.", False),
        ("I'd love to how your team splits on-call.", True),  # a wish's "to" wants its verb
        ("I tried to what the guide said, step by step.", True),
        ("The hard part is that our data in three regions.", True),  # a clause with no verb before the full stop
        ("The hard part is that our data of three regions differ.", False),
        ("If your up for it, I can bring the traces.", True),  # "you're up for it"
        ("Your more than welcome to skip this one.", True),
        ("Your more than 40 talks are online.", False),
        ("We export the numbers to a tableau workbook every week.", True),  # a name before an artefact of software
    ],
)
def test_a_rough_amount_a_wish_or_a_clause_without_its_verb_and_a_confused_your_are_slips(sentence, lost):
    assert bool(slip_codes(sentence)) == lost


@pytest.mark.parametrize(
    "sentence, cut",
    [
        ("We measured each queue before removing.", True),  # "remove" wants its object
        ("I still have questions about implementing.", True),
        ("We tested the build before deploying.", False),  # "deploy" may stand alone
        ("This is the service I am thinking about replacing.", False),  # the relative clause holds the object
        ("That limit is worth including.", False),  # after "worth" the thing is the object
        ("Take care when configuring.", False),  # an instruction leaves the object understood
    ],
)
def test_a_gerund_that_needs_its_object_at_the_end_is_cut_off(sentence, cut):
    assert slip_codes(sentence) == (["cut_off_sentence"] if cut else [])


@pytest.mark.parametrize(
    "sentence, cut",
    [
        ("Your guide to tracing is the reason I finally.", True),  # a relative clause's subject and adverb, no verb
        ("We changed the parser so that it no longer.", True),
        ("I would welcome any advice on how.", True),  # "how" after a noun's preposition
        ("The article did not go into how.", False),  # after a verb's preposition the clause may go unsaid
        ("I am a career changer who has been.", True),  # the relative word is the subject
        ("When the backup, it locks the table.", True),  # the clause before the comma lost its verb
        ("If the latter, we keep the queue.", False),  # a choice named before
        ("We met at the same meetup, though a few years apart.", False),  # an elliptical concession
    ],
)
def test_a_clause_that_opens_and_stops_before_its_verb_is_cut_off(sentence, cut):
    assert slip_codes(sentence) == (["cut_off_sentence"] if cut else [])


@pytest.mark.parametrize(
    "sentence, cut",
    [
        ("I was glad the upgrade was so.", True),  # "so" after "be" grades a word that was lost
        ("I hope so.", False),
        ("I have one question about the way you.", True),  # "you" after a noun opens a clause with no verb
        ("I wrote this summary for you.", False),
        ("The summary I mentioned in.", True),  # the relative clause's gap is the verb's object
        ("This is the group I work with.", False),
        ("Here is the folder I attached it to.", False),
    ],
)
def test_a_sentence_that_stops_after_so_you_or_a_stranded_preposition_with_no_room_is_cut_off(sentence, cut):
    assert slip_codes(sentence) == (["cut_off_sentence"] if cut else [])


@pytest.mark.parametrize(
    "sentence, lost",
    [
        ("We wrote a simple that resizes every image.", True),  # a describing word, then a relative word
        ("Our main is the lack of staging data.", True),  # then a verb
        ("He proposed a different to the one we had.", True),  # then a preposition
        ("We wrote a simple script that resizes every image.", False),
        ("Keep it simple to start with.", False),  # no determiner wants a noun there
    ],
)
def test_a_describing_word_that_never_stands_for_its_noun_before_a_verb_or_preposition_lost_the_noun(sentence, lost):
    assert slip_codes(sentence) == (["cut_off_sentence"] if lost else [])


@pytest.mark.parametrize(
    "sentence, lost",
    [
        ("My tutor me to apply for the fellowship.", True),  # a subject, then an object: the verb was lost
        ("Your course us how to read a flame graph.", True),
        ("My sister and me went to the meetup.", False),  # two subjects
        ("The library you maintain saved us a week.", False),  # "you" opens a relative clause
        ("We first met at PyCon US in Pittsburgh.", False),  # "US" in capitals is a name, not "us"
    ],
)
def test_a_sentence_whose_subject_runs_into_an_object_pronoun_lost_its_verb(sentence, lost):
    assert ("cut_off_sentence" in slip_codes(sentence)) == lost


@pytest.mark.parametrize(
    "sentence, lost",
    [
        ("We are a team of four, so we all the same repository.", True),  # "all" between subject and object
        ("Should we split the or keep a single database?", True),  # "the" never shares a noun with "or"
        ("I have attached a two-page that sums up our setup.", True),  # a measure with no noun after it
        ("Thanks to you all the same.", False),
        ("The and/or choice is yours.", False),
        ("A two-page summary is attached.", False),
    ],
)
def test_a_noun_lost_after_the_or_a_measure_and_a_verb_lost_after_we_all_are_cut_off(sentence, lost):
    assert ("cut_off_sentence" in slip_codes(sentence)) == lost


@pytest.mark.parametrize(
    "typed", ["I think your more", "Thanks, your very", "your so", "If your up", "I know your often"]
)
def test_a_draft_that_stops_right_after_your_and_a_word_is_critiqued_as_typed_so_far(typed):
    # the live check reads a draft as it is typed: the words after "your" may not exist yet
    result = critique("A question", typed)
    assert 1.0 <= result["overall"] <= 5.0 and result["engine"] == "builtin"


@pytest.mark.parametrize(
    "sentence, cut",
    [
        ("Our aim this year is reducing errors by.", True),  # a verb of change in -ing, then "by" and no amount
        ("To save time, we added.", True),  # "add" wants its object
        ("I have nothing to add.", False),
        ("The team is growing by the day.", False),
        ("Thanks so much for dropping by.", False),  # "drop by" is a visit, not a change
        ("I hope you don't mind me dropping by.", False),
        ("Our p99 latency dropped by.", True),  # a measure that dropped lost its amount
    ],
)
def test_an_amount_lost_after_a_change_in_ing_and_an_object_lost_after_add_are_cut_off(sentence, cut):
    assert slip_codes(sentence) == (["cut_off_sentence"] if cut else [])


@pytest.mark.parametrize(
    "sentence, lost",
    [
        ("I spent six months of with the volunteers.", True),  # "of" never takes "with": words between were lost
        ("It is a matter of at least nine days.", False),
        ("Your nudge to finally wrote the post I owed.", True),  # "to", an adverb, then a past and its object
        ("The switch to quickly made decisions paid off.", False),  # a participle that describes a noun
        ("I asked for about hiring plans last spring.", True),  # "for about" without the amount it rounds
        ("The outage lasted for about two hours.", False),
        ("We'd like to three short ones today.", True),  # a wish's "to" before a count lost the verb
        ("We'd love to one day visit your lab.", False),
        ("I'll send you when the draft is done.", True),  # what is sent was lost
        ("I'll send them when the draft is done.", False),  # "them" may be the things sent
        ("I can send you once a week a summary.", False),
        ("How can a junior tester with a physics degree in an interview?", True),  # its verb is gone
        ("How can a team ship in a week?", False),
        ("Where should a former chemist with a music degree begin?", False),
        ("The trial passed and it me think about caching.", True),  # a subject, then an object: the verb lost
        ("Could you show it me?", False),
        ("I am a tester with four of experience.", True),  # a count of nothing
        ("Two of them joined, and four of the probes pass.", False),
        ("Could I reach to him through your office?", True),  # "reach out to"
        ("I want to reach to the top shelf.", False),
        ("I hoped to ask if have space for a mentee.", True),  # "if" before a bare verb: its subject was lost
        ("Reply if so, and read it if ensure is set.", False),  # a parameter's name is the subject of "is"
        ("Since March we been testing the new parser.", True),  # "have" was lost
        ("Have you been to the Lisbon meetup?", False),
        ("The slides could useful for the new hires.", True),  # "be" was lost
        ("The config can inline remote media.", False),
        ("I am curious and interested how you plan a roadmap.", True),  # "interested in"
    ],
)
def test_words_lost_where_two_words_never_meet_or_a_question_has_no_verb_are_cut_off(sentence, lost):
    assert ("cut_off_sentence" in slip_codes(sentence)) == lost


@pytest.mark.parametrize(
    "sentence, lost",
    [
        ("I hoped you might three of the charts before Monday.", True),  # a modal, then a count
        ("We could one day run it on a spare laptop.", False),
        ("I asked how they persuaded to adopt the linter.", True),  # whom they persuaded
        ("I was persuaded to adopt the linter.", False),  # a passive has "was" between
        ("Please skim we drafted for the board.", True),  # the thing to skim was lost
        ("I suggest we talk after the launch.", False),  # "suggest" takes a clause
        ("I read we should pin versions.", False),
        ("Our wiki says the seems out of date.", True),  # a determiner, then a verb that is never a noun
        ("Sort the includes before you commit.", False),  # coders' nouns
        ("I saved every you sent in a folder.", True),  # a determiner, then a subject
        ("I read every note you made.", False),
        ("Our old scripts had quirks that need.", True),  # "that" after a plural is the subject of "need"
        ("These are the fixes that we need.", False),
    ],
)
def test_a_lost_verb_object_or_noun_between_two_words_that_never_meet_is_cut_off(sentence, lost):
    assert ("cut_off_sentence" in slip_codes(sentence)) == lost


def test_the_fix_for_a_verb_that_lost_its_object_speaks_of_the_verb_not_a_preposition():
    fixes = [f["fix"] for f in language_findings(critique("A question", "I asked how they persuaded to adopt it."))]
    assert fixes == ["Write who or what the verb acts on."]


@pytest.mark.parametrize(
    "sentence, cut",
    [
        ("The old config stays in place until we remove.", True),  # "until" leaves no gap for "remove"'s object
        ("It works as you described.", False),  # "as" holds it
        ("How many did you remove?", False),  # the amount is the object
        ("My manager agreed, as you.", True),  # "as" opens a clause that lost its verb
        ("I am not as quick as you.", False),  # the second half of a comparison
        ("I will say more about why the last two nights.", True),  # a clause opener and a noun phrase, no verb
        ("The file is kept only while the two agree.", False),  # "the two" is the subject of "agree"
        ("A week ago you our draft in a thread.", True),  # a time, its clause's subject, then a determiner
        ("A week ago you sent our draft back.", False),
    ],
)
def test_a_clause_that_loses_its_verb_or_object_after_a_time_as_or_until_is_cut_off(sentence, cut):
    assert ("cut_off_sentence" in slip_codes(sentence)) == cut


@pytest.mark.parametrize(
    "sentence, cut",
    [
        ("I promised a reply until the vendor's.", True),  # a clause opener and an owner: its verb lost
        ("My talk came before your team's.", False),  # a preposition whose owner stands for the thing
        ("I said it would ship, and it finally is.", False),  # "be" after its subject and an adverb ends a clause
    ],
)
def test_an_owner_after_a_clause_opener_is_cut_off_and_be_after_subject_and_adverb_is_whole(sentence, cut):
    assert ("cut_off_sentence" in slip_codes(sentence)) == cut


@pytest.mark.parametrize(
    "sentence, cut",
    [
        ("Which library do we depend?", True),  # the object put first keeps its preposition at the end
        ("She is a reviewer I can always rely.", True),
        ("We should focus.", False),
        ("Where should I focus?", False),  # "where" is no object
        ("The way I work depends.", False),
        ("I am curious how each reviewer handles.", True),  # a singular subject after "how", and a verb that wants more
        ("What slows us most is the setup it.", True),  # "it" after a noun opens a relative clause: its verb lost
        ("We tried it and love it.", False),
        ("We are four engineers, all based.", True),  # where they are based was lost
        ("Our service is cloud based.", False),
        ("We cut a release every three.", True),  # the unit was lost
        ("We cut a release every three weeks.", False),
        ("The door handles.", False),
    ],
)
def test_a_verb_that_takes_its_object_through_a_preposition_or_a_subject_s_verb_without_object_is_cut_off(
    sentence, cut
):
    assert ("cut_off_sentence" in slip_codes(sentence)) == cut


@pytest.mark.parametrize(
    "sentence, doubled",
    [
        ("Busy week, so no no hurry on my side.", True),
        ("No no, that works for me.", False),
        ("Pinging twice is a no no in my book.", False),
        ("They said no no no to pineapple.", False),
    ],
)
def test_a_doubled_no_inside_a_clause_is_a_slip(sentence, doubled):
    assert ("doubled_word" in slip_codes(sentence)) == doubled


@pytest.mark.parametrize(
    "sentence, typed, meant",
    [
        ("The readabilty of the report improved.", "readabilty", "readability"),  # a rare word, one letter lost
        ("We aim for better observabillity.", "observabillity", "observability"),  # or one letter struck twice
        ("I drew a wirefarme for the tutor app.", "wirefarme", "wireframe"),  # an unlisted compound, letters swapped
        ("Our microlenidng pilot ran for a year.", "microlenidng", "microlending"),
        ("We plan to quickly moved the cluster.", "moved", "move"),  # after "to" and an adverb the verb is bare
    ],
)
def test_a_slip_in_a_rare_word_an_unlisted_compound_or_a_verb_after_to_is_corrected(sentence, typed, meant):
    found = [f for f in language_findings(critique("A question", sentence)) if f.get("edit")]
    assert [(f["evidence"]["text"], f["edit"]["replacement"]) for f in found] == [(typed, meant)]


@pytest.mark.parametrize(
    "sentence", ["Our validators and docstrings are up to date.", "We keep bitemporal tables.", "I apply the fix."]
)
def test_a_word_built_on_a_listed_one_is_no_joined_typo(sentence):
    assert slip_codes(sentence) == []


@pytest.mark.parametrize(
    "sentence, typed, official",
    [
        ("I have owned their react migration since May.", "react", "React"),  # only a verb: never after "their"
        ("We ship our unity game on Steam.", "unity", "Unity"),  # a game is a work of software
        ("I tested it on an iphone first.", "iphone", "iPhone"),  # a name, not a word of English
        ("Releases go through argo and Helm charts.", "argo", "Argo"),  # beside a name
    ],
)
def test_a_name_after_a_determiner_or_before_a_word_of_software_is_cased(sentence, typed, official):
    found = findings_of(critique("A question", sentence), "name_case")
    assert [(f["evidence"]["text"], f["edit"]["replacement"]) for f in found] == [(typed, official)]


def test_a_word_the_lexicon_knows_only_as_a_verb_alone_after_a_determiner_is_no_name():
    assert not findings_of(critique("A question", "Her jest puzzled everyone at the standup."), "name_case")


def test_two_ambiguous_names_joined_by_and_are_both_cased_when_one_is_a_name_by_its_own_words():
    found = findings_of(critique("A question", "Releases go through argo and helm charts."), "name_case")
    assert [f["edit"]["replacement"] for f in found] == ["Argo", "Helm"]
    assert not findings_of(critique("A question", "I go to the gym and react well to stress."), "name_case")


def test_a_name_from_the_context_before_a_noun_and_a_word_of_software_is_cased():
    ctx = {"mentee": {"name": "Ana", "background": "builds iOS apps in Swift"}}
    body = "Hi Jo,\n\nCould you look at my swift weather app one evening?\n\nThanks,\nAna"
    found = findings_of(critique(GOOD_SUBJECT, body, ctx), "name_case")
    assert [f["edit"]["replacement"] for f in found] == ["Swift"]
    thanks = "Hi Jo,\n\nThanks for the swift answer on Friday.\n\nThanks,\nAna"
    assert not findings_of(critique(GOOD_SUBJECT, thanks, ctx), "name_case")  # the describing word


@pytest.mark.parametrize(
    "sentence, typed, official",
    [
        ("We put envoy in front of every service last year.", "envoy", "Envoy"),
        ("Our team moved the nightly jobs onto spark in March.", "spark", "Spark"),
        ("We run consul for service discovery.", "consul", "Consul"),
        ("Alerts go through prometheus and reach the on-call phone.", "prometheus", "Prometheus"),
        ("I would like to understand how you configure vault, if you have time.", "vault", "Vault"),
        ("Do you think spark is overkill for a dataset this small?", "spark", "Spark"),  # a bare subject
        ("Is vault the right place for these keys?", "vault", "Vault"),
        ("Every request passes through envoy before it reaches the pods.", "envoy", "Envoy"),
    ],
)
def test_a_name_whose_word_needs_an_article_is_cased_where_it_stands_bare(sentence, typed, official):
    # "a vault", "the envoy": the ordinary nouns never stand bare, so bare they are the products
    found = findings_of(critique("A question", sentence), "name_case")
    assert [(f["evidence"]["text"], f["edit"]["replacement"]) for f in found] == [(typed, official)]


@pytest.mark.parametrize(
    "sentence",
    [
        "He served as envoy to the regional office for a year.",  # a role after "as"
        "She was elected consul of the student society.",
        "One bright spark on the team suggested a rota.",
        "Our best chef cooks for the whole office on Fridays.",
        "The vault door at the old bank is now a meeting room.",
        "I plan to spark a debate about code review at the meetup.",  # the verb
        "Could you take the helm of the guild while I am away?",
        "The old railings were coated in rust after the winter.",  # a material after a verb of covering
        "The old bank vault is now a meeting room.",
        "I think that spark is gone for good.",  # "that" the determiner
    ],
)
def test_those_words_with_their_article_a_role_or_a_verb_reading_are_left_alone(sentence):
    assert not findings_of(critique("A question", sentence), "name_case")


@pytest.mark.parametrize(
    "sentence, gap",
    [
        ("We piloted the planner for and it worked well.", "for and"),
        ("A few pointers about would help me decide.", "about would"),
        ("I am not sure whether to the service before the audit.", "to the"),
        ("Would it be possible to fifteen minutes next week?", "to fifteen"),
        ("I noticed that you also the accessibility audit for the city portal.", "you also"),
        ("I have tried caching, splitting the suite and, but none of it stuck.", "and,"),
        ("She that you might be open to a short call.", "She that"),
        ("I'm happy to send you the before our call.", "the before"),
        ("I have been a for nine years, mostly in Ruby.", "a for"),
        ("I'd like to you a question about pairing.", "to you"),
        ("We spent two weeks the migration plan before anyone objected.", "spent two weeks"),
    ],
)
def test_a_seam_where_a_hurried_edit_dropped_words_is_flagged(sentence, gap):
    found = findings_of(critique("A question", sentence), "cut_off_sentence")
    assert [f["evidence"]["text"] for f in found] == [gap]


@pytest.mark.parametrize(
    "sentence",
    [
        "It is the thing I asked for and we got it within a week.",  # the relative clause strands "for"
        "Those were the colleagues I trained with and they stayed in touch.",
        "It is a tool we pay for and will renew.",
        "What I asked for would help a lot.",
        "Our demo day is on the third of May.",  # the month, not the modal
        "I hope to one day lead a platform team.",  # a split infinitive
        "Please send it as soon as possible to the team.",
        "We tried it and, frankly, it failed.",
        "The style covers the keywords (and, or, in) as well.",
        "The before and after screenshots are in the doc.",
        "Part I that covers setup is short.",  # the numeral
        "We wrote a for loop over the shards.",
    ],
)
def test_a_clause_that_strands_its_preposition_or_words_that_only_look_joined_are_whole(sentence):
    assert not findings_of(critique("A question", sentence), "cut_off_sentence")


@pytest.mark.parametrize(
    "sentence, last",
    [
        ("Any advice on the rollout would be hugely.", "hugely"),  # the word it graded was lost
        ("The main thing I am stuck on is how to.", "to"),
    ],
)
def test_a_sentence_that_stops_on_a_grading_adverb_or_on_how_to_after_is_cut_off(sentence, last):
    found = findings_of(critique("A question", sentence), "cut_off_sentence")
    assert [f["evidence"]["text"] for f in found] == [last]


@pytest.mark.parametrize(
    "sentence",
    ["A short call would be lovely.", "The sync is weekly.", "I am not sure I know how to.", "Mine is too."],
)
def test_a_describing_word_after_be_or_how_to_after_a_verb_of_knowing_ends_a_sentence(sentence):
    assert not findings_of(critique("A question", sentence), "cut_off_sentence")


@pytest.mark.parametrize(
    "sentence",
    [
        "My team the release process every quarter.",  # "every" opens no verb of a relative clause
        "After your workshop, we our first accessibility audit.",  # no verb before the comma to share
    ],
)
def test_a_subject_that_runs_into_a_second_noun_phrase_lost_its_verb(sentence):
    assert findings_of(critique("A question", sentence), "cut_off_sentence")


@pytest.mark.parametrize(
    "sentence",
    [
        "The tool the team uses every day is old.",  # a relative clause with its own verb
        "We the past few weeks have struggled with flaky tests.",  # a time phrase between subject and verb
        "Tomás fixed the API, and I the docs.",  # the verb said once serves both
    ],
)
def test_a_relative_clause_a_time_phrase_or_a_shared_verb_between_is_no_lost_verb(sentence):
    assert not findings_of(critique("A question", sentence), "cut_off_sentence")


@pytest.mark.parametrize(
    "sentence, gap",
    [
        ("My current side project is a for tracking bus arrivals.", "a for"),  # "-ing" opens no noun for "a"
        ("I spent three years as a before switching to backend work.", "a before"),
        ("I came across your through the Python forum.", "your through"),  # an owner before a preposition
        ("We built a small internal that tracks flaky tests.", "a small internal"),  # the last describing word
    ],
)
def test_an_article_or_owner_whose_noun_was_lost_is_flagged(sentence, gap):
    found = findings_of(critique("A question", sentence), "cut_off_sentence")
    assert [f["evidence"]["text"] for f in found] == [gap]


@pytest.mark.parametrize(
    "sentence",
    [
        "We rewrote a for loop that walked every shard.",
        "Our team spends one hour a day on support tickets.",  # how often, not what
        "I spent the weekend the way I like best, offline.",
        "I picked up Go during my master's.",  # the degree, an owner that names its own thing
        "Your before-and-after chart made the case.",
        "A small internal review found the leak.",
    ],
)
def test_an_article_or_owner_before_its_noun_is_left_alone(sentence):
    assert not findings_of(critique("A question", sentence), "cut_off_sentence")


@pytest.mark.parametrize(
    "sentence",
    [
        "I gather you're responsible for payments at Kestrel now.",  # the lexicon lists "responsible" as a noun only
        "You're very knowledgeable about message queues.",  # a describing word the lexicon lacks
        "I hope you're comfortable sharing the slides.",
        "You're accessible to new contributors, which is rare.",
    ],
)
def test_youre_before_a_describing_word_the_lexicon_lacks_is_left_alone(sentence):
    assert not language_findings(critique("A question", sentence))


@pytest.mark.parametrize(
    "sentence, typed, meant",
    [
        ("I heard that your leading the storage rewrite this spring.", "your", "you're"),
        ("I gather that your recruiting carefully this quarter, so I will keep this short.", "your", "you're"),
        ("I saw that their organising a meetup in May.", "their", "they're"),  # "May" names a month
        ("I think your accessible to new contributors.", "your", "you're"),  # a describing word by its ending
    ],
)
def test_your_and_a_verb_in_ing_with_no_verb_after_in_their_clause_is_youre(sentence, typed, meant):
    assert corrections(sentence, "confused_word") == [(typed, meant)]


@pytest.mark.parametrize(
    "sentence",
    [
        "I realise that your onboarding programme takes weeks.",  # the -ing noun phrase has its verb
        "I think your blogging about caching, retries and timeouts helped me most.",  # a list's commas go on
        "Thanks, and your hiring team too.",  # no word that opens a clause before "your"
    ],
)
def test_your_and_an_ing_noun_phrase_with_its_own_verb_is_left_alone(sentence):
    assert not findings_of(critique("A question", sentence), "confused_word")


@pytest.mark.parametrize(
    "sentence, typed, official",
    [
        ("We exported the sheets from excel into Postgres.", "excel", "Excel"),  # no bare verb after "of"
        ("I test the forms with jest and a few plugins.", "jest", "Jest"),
        ("I shipped my first unity prototype in March.", "unity", "Unity"),  # a prototype is software
    ],
)
def test_a_name_that_is_a_verb_after_a_preposition_or_before_a_word_of_software_is_the_name(sentence, typed, official):
    assert corrections(sentence, "name_case") == [(typed, official)]


def test_a_date_that_is_an_options_value_is_no_date_in_prose():
    assert not language_findings(critique("A question", "Pass --after=2024-11-03 to list the newer runs only."))
    assert corrections("We met on 2024-11-03 at the meetup.", "iso_date") == [("2024-11-03", "3 November")]


def test_a_linking_vowel_lost_where_a_stem_meets_its_suffix_is_a_typo_and_a_coined_word_is_not():
    assert corrections("We automated the reconcilation of the ledgers.", "spelling") == [
        ("reconcilation", "reconciliation")
    ]
    assert not language_findings(critique("A question", "Keys must be hashable, and memoizing them is cheap."))
    assert not language_findings(critique("A question", "Flame graphs from pprof and py-spy showed the hot loop."))


@pytest.mark.parametrize(
    "sentence, gap",
    [
        ("I sent the draft so we could whether it reads well.", "could whether"),  # a modal runs into its object
        ("I keep a short list of in the wiki.", "of in"),  # "of" and a phrase of its own
        ("Her review urged me to redo it cleanly with.", "with"),  # the infinitive's object, not a clause's
    ],
)
def test_a_verb_or_an_object_lost_after_a_modal_of_or_an_infinitive_is_flagged(sentence, gap):
    found = findings_of(critique("A question", sentence), "cut_off_sentence")
    assert [f["evidence"]["text"] for f in found] == [gap]


@pytest.mark.parametrize(
    "sentence",
    [
        "I sent the draft so we could check whether it reads well.",
        "Instead of at the office, we met at home.",
        "A total of at least ten people came.",
        "I need a tool to rebuild it with.",  # an infinitive after a noun strands its preposition
    ],
)
def test_a_modal_of_or_an_infinitive_with_all_its_words_is_left_alone(sentence):
    assert not findings_of(critique("A question", sentence), "cut_off_sentence")


@pytest.mark.parametrize("sentence", ["We ordered the mahi mahi at dinner.", "The mahi-mahi was the best dish."])
def test_a_word_of_another_language_said_twice_is_neither_a_typo_nor_a_doubled_word(sentence):
    assert not language_findings(critique("A question", sentence))


@pytest.mark.parametrize(
    "sentence", ["At my old firm I responsible for payroll exports.", "Since March I happy with the move."]
)
def test_i_before_a_describing_word_lost_am_wherever_it_stands(sentence):
    assert findings_of(critique("A question", sentence), "cut_off_sentence")


@pytest.mark.parametrize("sentence", ["I alone decide the order.", "I personally think it works.", "I sure hope so."])
def test_i_before_an_adverb_is_left_alone(sentence):
    assert not findings_of(critique("A question", sentence), "cut_off_sentence")


def test_that_written_twice_with_no_verb_left_for_a_clause_is_a_doubled_word():
    assert slip_codes("We plan to take that that route next year.") == ["doubled_word"]
    for whole in ("I doubt that that part matters.", "It was that that convinced me."):
        assert not language_findings(critique("A question", whole))


def test_your_after_realise_before_a_participle_that_ends_its_phrase_is_youre():
    assert corrections("I realise your swamped this month.", "confused_word") == [("your", "you're")]
    assert not language_findings(critique("A question", "I realise your time is limited."))


@pytest.mark.parametrize(
    "sentence", ["I'm a backend developer who recently.", "I noticed that you.", "Could you tell me how you?"]
)
def test_a_sentence_that_ends_on_a_subject_with_no_verb_after_a_relative_or_an_opener_is_cut_off(sentence):
    assert findings_of(critique("A question", sentence), "cut_off_sentence")


@pytest.mark.parametrize("sentence", ["It is the same as you.", "It depends on what suits you.", "Thank you."])
def test_you_that_ends_a_comparison_or_an_object_is_left_alone(sentence):
    assert not findings_of(critique("A question", sentence), "cut_off_sentence")


@pytest.mark.parametrize(
    "sentence, typed, official",
    [
        ("The board is running zephyr with two threads.", "zephyr", "Zephyr"),  # a count noun bare after a verb
        ("Our snakemake rules rerun every night.", "snakemake", "Snakemake"),
    ],
)
def test_an_rtos_or_a_workflow_tool_in_lower_case_is_the_name(sentence, typed, official):
    assert corrections(sentence, "name_case") == [(typed, official)]


@pytest.mark.parametrize(
    "sentence, gap",
    [
        ("They divide the week between and writing their own tools.", "between and"),
        ("The station has two laptops and no.", "and no"),  # "no" as a determiner whose noun was lost
    ],
)
def test_a_preposition_or_no_whose_noun_was_lost_is_flagged(sentence, gap):
    found = findings_of(critique("A question", sentence), "cut_off_sentence")
    assert [f["evidence"]["text"] for f in found] == [gap]


@pytest.mark.parametrize(
    "sentence",
    [
        "We sat between and behind the speakers.",  # two prepositions share one object
        "I read about and around the topic.",
        "Whether the answer is yes or no.",
        "I'm three lessons in and enjoying it.",  # how far into something
        "We are a month in.",
        "Would any of those help?",  # the question's subject, then its bare verb
    ],
)
def test_shared_objects_answers_progress_and_inverted_questions_are_left_alone(sentence):
    assert not language_findings(critique("A question", sentence))
