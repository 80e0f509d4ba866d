"""Round 2 of judgement data, by a different author: longer, subtler messages and real-style talk-page requests.

Tuning used only the odd ids; the even ids are held out, so both halves must stay above the hidden set's bar.
"""

import json
from pathlib import Path

import pytest

from coach.engine import critique
from coach.engine.evaluate import pairwise_accuracy, politeness_agreement

DATA = Path(__file__).parent / "data"
RUBRICS = {"clarity", "brevity", "value", "professionalism"}
# The hidden set's bars: 85% overall and 75% on every rubric.
MIN_OVERALL, MIN_EACH = 0.85, 0.75
# Each half of 32 requests measures about 0.86-0.90 now. Between crowd annotators of the Stanford corpus, agreement on
# one request is far lower than this; 0.75 leaves room for other principled changes, yet losing one politeness
# strategy (thanks, hedges, "could you", direct "why") costs this set more than 0.1.
MIN_SPEARMAN, MIN_ORDER = 0.75, 0.8


def load(name):
    with open(DATA / name, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def half(rows, parity):
    return [r for r in rows if int(r["id"][2:]) % 2 == parity]


@pytest.mark.parametrize("parity", [1, 0], ids=["odd (tuned on)", "even (held out)"])
def test_round2_pairs_clear_the_held_out_bar_on_each_half(parity):
    pairs = half(load("round2_pairs.jsonl"), parity)
    overall, per_rubric, misses = pairwise_accuracy(pairs)
    assert set(per_rubric) == RUBRICS and len(pairs) >= 40
    assert overall >= MIN_OVERALL, misses
    assert min(per_rubric.values()) >= MIN_EACH, (per_rubric, misses)


@pytest.mark.parametrize("parity", [1, 0], ids=["odd (tuned on)", "even (held out)"])
def test_professionalism_follows_human_politeness_of_talk_page_requests(parity):
    rho, order = politeness_agreement(half(load("round2_politeness.jsonl"), parity))
    assert rho >= MIN_SPEARMAN and order >= MIN_ORDER, (rho, order)


def codes(subject, body, context=None):
    return {f["code"] for f in critique(subject, body, context)["findings"]}


@pytest.mark.parametrize(
    "text, code, expected",
    [
        ("What would make a hiring manager take my portfolio seriously?", "accusatory_question", False),
        ("Seriously? Google exists.", "accusatory_question", True),
        ("Why would you do that?", "indirect_request", False),
        ("Would you mind taking a look?", "indirect_request", True),
        ("Are you sure that's the exact error?", "factuality", True),
        ("Isn't this just a duplicate of yesterday's question?", "factuality", True),
        ("You realise this is vulnerable to SQL injection, right?", "accusatory_question", True),
        ("This is wrong. Could you check the docs?", "factuality", True),
        ("I think this is the wrong approach for me; could you suggest another?", "factuality", False),
        ("I know you're probably too important to reply to people like me, but could we talk?", "pressure", True),
        ("If you're too busy to reply, no worries at all.", "pressure", False),
    ],
)
def test_tone_findings_tell_a_real_question_from_a_challenge(text, code, expected):
    assert (code in codes("", text)) is expected


@pytest.mark.parametrize(
    "offer, found",
    [
        ("If it helps, I'd be glad to help with the podcast somehow.", "vague_offer"),
        ("In return, I would be glad to help out however I can.", "vague_offer"),
        ("If it helps, I'd be glad to write show notes for two episodes.", "offer_found"),
        ("I can send the page by email, or we can talk on a short video call, as you prefer.", "pure_ask"),
    ],
)
def test_an_offer_must_name_something_the_mentor_gets(offer, found):
    body = f"Hi Lucía,\n\nWould you have 20 minutes for a chat next month? {offer}\n\nThanks,\nSam\n"
    assert found in codes("20 minutes on moving into developer relations?", body)


def test_a_subject_loses_more_the_further_it_runs_past_what_an_inbox_shows():
    body = "Hi Jo,\n\nWould you have 20 minutes for a call next month?\n\nThanks,\nSam\n"
    ten = critique("20 minutes on a first data engineering job after teaching?", body)["scores"]["brevity"]
    long = critique(
        "Former chemistry teacher and recent bootcamp graduate hoping for a short 20-minute call "
        "about landing a first data engineering job",
        body,
    )["scores"]["brevity"]
    assert ten > long


def test_a_specific_subject_of_many_short_words_is_measured_by_what_the_inbox_shows_not_by_its_words():
    body = "Hi Jo,\n\nWhich would you set first for our checkout calls?\n\nThanks,\nSam\n"
    specific = "Retry budget or a circuit breaker for the two payment calls we make?"  # 13 words, 68 characters
    found = codes(specific, body)
    assert "subject_too_long" not in found and "subject_length_ok" in found
    cut_off = specific + " Both time out at peak"  # 91 characters: the inbox cuts it
    finding = next(f for f in critique(cut_off, body)["findings"] if f["code"] == "subject_too_long")
    assert "91 characters" in finding["message"]


@pytest.mark.parametrize(
    "ask, minutes",
    [
        ("Would you have 15-20 min for a call next week?", 20),
        ("Would you be up for a quick 15 next week?", 15),
        ("Would you have half an hour for a call?", 30),
        ("Could I send you a quick 15 questions by email?", None),
    ],
)
def test_spoken_and_ranged_time_bounds_count(ask, minutes):
    assert critique("", ask)["stats"]["time_bound"] == minutes


def test_a_range_that_includes_the_planned_length_is_not_a_mismatch():
    context = {"ask": "15-minute call on moving from systems administration into SRE"}
    assert "ask_minutes_mismatch" not in codes("", "Would you have 15-20 min for a call next week?", context)
    assert "ask_minutes_mismatch" in codes("", "Would you have 25-30 min for a call next week?", context)


def test_thank_you_very_much_is_thanks_not_filler():
    assert "filler" not in codes("", "Thank you very much for your time.")
    assert "filler" in codes("", "Your talk was very good.")


def test_an_offer_in_a_postscript_after_the_name_still_counts():
    body = (
        "Hi Siobhan,\n\nWould you have 15 minutes for a call next week?\n\nThank you,\nKwame\n\n"
        "P.S. In return, I can share anonymised incident timelines for your reading group.\n"
    )
    found = [f for f in critique("15-minute call: sysadmin to SRE?", body)["findings"] if f["code"] == "offer_found"]
    assert found and found[0]["evidence"]["text"].startswith("In return, I can share")


@pytest.mark.parametrize("greeting", ["Respected Sir,", "Good day Mr. Müller,", "Namaste Jonas,"])
def test_formal_greetings_from_other_cultures_are_greetings(greeting):
    assert "greeting" in codes(
        "", f"{greeting}\n\nCould I ask your advice by email on one rustc issue?\n\nThanks,\nAna\n"
    )


@pytest.mark.parametrize("greeting", ["Dear Respected Ms Tanaka,", "Dear Esteemed Dr Yuki Tanaka,"])
def test_an_honorific_before_the_mentors_name_still_greets_them_by_name(greeting):
    context = {"mentor": {"name": "Yuki Tanaka", "role": "Engineering manager", "research": ""}}
    found = codes("", f"{greeting}\n\nCould I ask your advice by email on one rustc issue?\n\nThanks,\nAna\n", context)
    assert "greets_by_name" in found and "wrong_name" not in found


@pytest.mark.parametrize(
    "offer, tied",
    [
        ("In return, I could write Kafka integration tests for your team.", False),
        ("In return, I could share the results of my one-on-one survey for your newsletter.", True),
    ],
)
def test_only_what_an_offer_is_about_ties_it_to_the_mentors_work(offer, tied):
    context = {
        "mentor": {
            "name": "Yuki Tanaka",
            "role": "Engineering manager",
            "research": "Writes a newsletter about one-on-ones; leads a team of eight.",
        }
    }
    body = f"Hello Ms. Tanaka,\n\nWould you have 30 minutes for a call next month? {offer}\n\nBest regards,\nDaniel\n"
    assert ("offer_tied_to_their_work" in codes("30 minutes on moving into management?", body, context)) is tied


@pytest.mark.parametrize(
    "mentor, greeting, code",
    [
        ("Lucía García", "Hi Lucia,", "greets_by_name"),
        ("Jonas Müller", "Dear Mr. Mueller,", "greets_by_name"),
        ("Jonas Müller", "Dear Mr. Muller,", "greets_by_name"),
        ("Siobhan O'Brien", "Dear Ms. O’Brien,", "greets_by_name"),
        ("Lucía García", "Hi Luica,", "wrong_name"),
        ("Jonas Müller", "Dear Mr. Miller,", "wrong_name"),
    ],
)
def test_a_name_without_its_accent_is_the_right_name_but_a_misspelling_is_not(mentor, greeting, code):
    body = f"{greeting}\n\nWould you have 20 minutes for a call next month?\n\nThanks,\nSam\n"
    assert code in codes("20 minutes on developer relations?", body, {"mentor": {"name": mentor}})
