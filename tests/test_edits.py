"""One-click edits: every edit the coach offers applies cleanly and verifies; each builder writes whole English."""

import re

import pytest

from coach.engine import critique
from coach.engine.edits import apply
from coach.engine.verify import held, verify
from tests.devmessages import dev_messages

MESSAGES = list(dev_messages())
DOUBLED_WORD = re.compile(r"\b(\w+)\s+\1\b", re.I)
CONTEXT = {
    "mentor": {"name": "Kenji Watanabe", "research": "Wrote 'Threat modelling for teams without a security team'."},
    "mentee": {"name": "Alex", "offer": "Can share the anonymised notes from our threat-modelling session."},
    "ask": "20-minute call on moving from backend work into application security",
}
BODY = (
    "Hi Kenji,\n\nYour article on threat modelling for teams without a security team helped my team run its "
    "first session. I'm a backend developer moving into application security. Would you be open to a 20-minute "
    "call about which skills to build first? In return, I can share the anonymised notes from our session.\n\n"
    "Thanks,\nAlex\n"
)
SUBJECT = "20 minutes on moving into application security?"


def offered(subject, body, context=CONTEXT):
    """The critique's findings that carry an edit, by code."""
    return {f["code"]: f for f in critique(subject, body, context)["findings"] if "edit" in f}


def applied(subject, body, finding):
    return apply(subject, body, finding["edit"])


def test_every_edit_offered_on_every_development_message_applies_and_verifies():
    count, failures = 0, []
    for name, subject, body, context in MESSAGES:
        result = critique(subject, body, context)
        for finding in (f for f in result["findings"] if "edit" in f):
            count += 1
            new_subject, new_body = apply(subject, body, finding["edit"])
            text, new = (subject, new_subject) if finding["edit"]["field"] == "subject" else (body, new_body)
            added = len(DOUBLED_WORD.findall(new)) > len(DOUBLED_WORD.findall(text)) or new.count("  ") > text.count(
                "  "
            )
            if added or not verify(subject, body, context, finding, before=result):
                failures.append((name, finding["code"], finding["edit"]))
    assert len(MESSAGES) >= 600 and count >= 400, (len(MESSAGES), count)
    assert failures == []


def test_most_edits_the_builders_propose_hold_and_the_rest_are_not_offered():
    proposed = kept = 0
    for _, subject, body, context in MESSAGES[::5]:
        n, ok = held(subject, body, context)
        proposed, kept = proposed + n, kept + ok
    assert proposed and kept / proposed >= 0.85


def test_a_missing_greeting_and_sign_off_are_written_from_the_context():
    body = BODY.replace("Hi Kenji,\n\n", "").replace("\n\nThanks,\nAlex\n", "\n")
    edits = offered(SUBJECT, body)
    subject, with_greeting = applied(SUBJECT, body, edits["no_greeting"])
    assert with_greeting.startswith("Hi Kenji,\n\nYour article")
    _, with_sign_off = applied(SUBJECT, body, edits["no_sign_off"])
    assert with_sign_off.endswith("from our session.\n\nBest,\nAlex\n")


def test_a_vague_subject_becomes_one_of_at_most_nine_words_from_the_planned_topic():
    edit = offered("Quick question", BODY)["vague_subject"]["edit"]
    assert edit == {
        "field": "subject",
        "start": 0,
        "end": 14,
        "replacement": "20 minutes on moving into application security?",
    }


def test_a_subject_too_long_for_the_inbox_is_never_replaced_by_another_too_long_for_it():
    context = dict(CONTEXT, ask="20 minutes on internationalisation infrastructure reimplementation responsibilities")
    long_subject = "Questions about " + "internationalisation infrastructure reimplementation " * 2
    finding = next(f for f in critique(long_subject, BODY, context)["findings"] if f["code"] == "subject_too_long")
    assert "edit" not in finding and "70 characters" in finding["fix"]


def test_without_a_planned_topic_a_vague_subject_gets_advice_but_no_edit():
    context = dict(CONTEXT, ask="")
    finding = next(f for f in critique("Quick question", BODY, context)["findings"] if f["code"] == "vague_subject")
    assert "edit" not in finding and "nine words" in finding["fix"]


def test_filler_is_deleted_with_the_spacing_and_capitals_left_right():
    body = BODY.replace("I'm a backend", "Basically, I'm a really busy backend")
    edits = [f for f in critique(SUBJECT, body, CONTEXT)["findings"] if f["code"] == "filler"]
    texts = [applied(SUBJECT, body, f)[1] for f in edits]
    assert any("session. I'm a really busy backend" in t for t in texts)
    assert any("Basically, I'm a busy backend" in t for t in texts)


def test_can_you_is_softened_to_could_i_with_a_capital_i():
    body = BODY.replace("Would you be open to", "can i ask for")
    finding = offered(SUBJECT, body)["can_you"]
    assert finding["fix"] == '"could I" is softer still.' and finding["edit"]["replacement"] == "could I"


def test_an_order_becomes_a_whole_question_only_when_it_is_one_plain_clause():
    body = BODY.replace("Thanks,", "Tell me which skill you would learn first.\n\nThanks,")
    demand = offered(SUBJECT, body)["demand"]
    assert demand["edit"]["replacement"] == "Could you tell me which skill you would learn first?"
    assert demand["fix"] == 'Ask instead: "Could you tell me which skill you would learn first?"'
    unclear = BODY.replace("Thanks,", "Google exists.\n\nThanks,")
    assert "demand" not in offered(SUBJECT, unclear)


def test_a_name_placeholder_is_filled_from_the_context_and_another_is_left_to_the_mentee():
    body = BODY.replace("Hi Kenji,", "Hi [Mentor Name],").replace("Your article", "Your [talk title]")
    placeholders = [f for f in critique(SUBJECT, body, CONTEXT)["findings"] if f["code"] == "placeholder"]
    by_text = {f["evidence"]["text"]: f for f in placeholders}
    assert by_text["[Mentor Name]"]["edit"]["replacement"] == "Kenji"
    assert "edit" not in by_text["[talk title]"]


def test_a_time_bound_fix_never_splices_the_mentees_own_question():
    body = BODY.replace(
        "Would you be open to a 20-minute call about which skills to build first?",
        "Could we talk about how you would approach the migration of our monolith's services?",
    )
    finding = next(f for f in critique(SUBJECT, body, CONTEXT)["findings"] if f["code"] == "no_time_bound")
    assert "monolith" not in finding["fix"] and "moving from backend work into application security" in finding["fix"]


def test_without_a_recorded_offer_the_offer_fix_says_what_to_add_and_offers_no_stock_sentence():
    context = dict(CONTEXT, mentee={"name": "Alex"})
    # No offer and no homework (a reference to their work is value of its own): the message only asks.
    body = BODY.replace(" In return, I can share the anonymised notes from our session.", "").replace(
        "Your article on threat modelling for teams without a security team helped my team run its first session. ", ""
    )
    finding = next(f for f in critique(SUBJECT, body, context)["findings"] if f["code"] == "pure_ask")
    assert "edit" not in finding and "In return" not in finding["fix"]
    with_offer = offered(SUBJECT, body)["pure_ask"]["edit"]["replacement"]
    assert with_offer == " In return, I can share the anonymised notes from our threat-modelling session."


@pytest.mark.parametrize(
    "change",
    [
        {"field": "body", "start": 0, "end": 0, "replacement": "Yo gimme 20 mins. "},
        {"field": "body", "start": 0, "end": 10_000, "replacement": ""},
        {"field": "title", "start": 0, "end": 0, "replacement": "x"},
    ],
)
def test_an_edit_that_would_harm_the_message_or_does_not_fit_does_not_verify(change):
    body = BODY.replace("I'm a backend", "I'm a really busy backend")
    finding = next(f for f in critique(SUBJECT, body, CONTEXT)["findings"] if f["code"] == "filler")
    assert not verify(SUBJECT, body, CONTEXT, dict(finding, edit=change))


def test_a_word_two_rubrics_flag_gets_one_apply_button_and_applying_it_clears_both():
    body = (
        "Hi Kenji,\n\nI read your article on threat modelling and really used its checklist on our service. "
        "Could I ask you one question about it in a 15-minute call next week?\n\nThank you,\nAna"
    )
    result = critique("A question on threat modelling", body, {"mentor": {"name": "Kenji Watanabe"}})
    flagged = [f for f in result["findings"] if f["evidence"] and f["evidence"]["text"].lower() == "really"]
    assert {f["rubric"] for f in flagged} == {"brevity", "professionalism"}
    assert [bool(f.get("edit")) for f in flagged] == [True, False]
    subject, fixed = apply("A question on threat modelling", body, flagged[0]["edit"])
    codes = {f["code"] for f in critique(subject, fixed, {"mentor": {"name": "Kenji Watanabe"}})["findings"]}
    assert not codes & {f["code"] for f in flagged}


def test_no_edit_deletes_the_words_of_a_sentence_that_seems_cut_off():
    # The checks read the message without a cut-off's words, which only the writer can complete; an order softened
    # on that reading would replace the whole sentence and drop them.
    body = "Hi Kenji,\n\nKindly send the revised. Looking forward to your reply.\n\nThanks,\nAlex"
    result = critique("Threat model review", body, CONTEXT)
    assert "cut_off_sentence" in {f["code"] for f in result["findings"]}
    for finding in (f for f in result["findings"] if "edit" in f):
        assert "send the revised" in apply("Threat model review", body, finding["edit"])[1], finding["code"]
