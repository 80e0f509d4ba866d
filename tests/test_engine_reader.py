"""What the reader of a message notices that a surface reading misses: a problem given with nothing to start from,
a ranking of the writer's own questions, a promise made to others in the reader's name, a report of what their
advice changed, and words that only look like praise, offers, formats or complaints."""

import pytest

from coach.engine import critique
from coach.engine.evaluate import language_slips

CTX = {
    "mentor": {
        "name": "Ines Duarte",
        "role": "Maintainer of a static-site generator",
        "research": "Maintains the generator; wrote a post on incremental builds.",
    },
    "mentee": {"name": "Tom", "background": "Frontend developer, 3 years.", "offer": ""},
    "ask": "one question about incremental builds",
}


def codes(subject, body, kind="first"):
    return [f["code"] for f in critique(subject, body, dict(CTX, kind=kind))["findings"]]


def message(text, sign="Tom"):
    return f"Hi Ines,\n\n{text}\n\nBest,\n{sign}"


def test_a_help_request_that_only_says_it_fails_names_a_problem_with_no_details():
    found = codes("", "Hi, I set up your generator for my site but it isn't working. How do I fix it? Thanks")
    assert "vague_problem" in found and "specific_ask" not in found


@pytest.mark.parametrize(
    "detail",
    [
        'The build stops with "KeyError: layout" on the second page.',
        "It fails with an error on version 2.3 of the theme.",
        "When I run the watch mode, nothing is rebuilt.",
    ],
)
def test_a_failure_with_an_error_a_version_or_the_step_taken_is_a_problem_the_reader_can_start_on(detail):
    found = codes("Watch mode question", message(f"My site doesn't build. {detail} Where should I look first?"))
    assert "vague_problem" not in found


def test_the_readers_own_failure_is_not_the_writers_vague_problem():
    assert "vague_problem" not in codes("", "Your example repo doesn't build. Which Node version does it expect?")


def test_ranking_the_writers_own_questions_by_urgency_is_no_pressure_but_urgency_on_the_reader_is():
    ranked = message(
        "I have two questions on cache keys. If you only have time for one, the second is more urgent for us "
        "because we release next month. Which key would you hash first?"
    )
    pressed = message("Which cache key would you hash first? This is urgent.")
    assert "pressure" not in codes("Two cache-key questions", ranked)
    assert "pressure" in codes("Two cache-key questions", pressed)


def test_telling_others_the_reader_will_do_something_takes_their_yes_for_granted():
    promised = message("Thanks for the call. I told my director you'd run a workshop for our team in June.")
    reported = message("Thanks for the call. I told my director you'd already fixed the bug, and she was pleased.")
    assert "presumes" in codes("Thank you", promised, kind="thanks")
    assert "presumes" not in codes("Thank you", reported, kind="thanks")


@pytest.mark.parametrize(
    "report",
    [
        "Last month you told me to profile the template cache first. I put it off for a week and did it anyway. "
        "Two slow lookups turned up, and both are fixed now.",
        "You suggested moving the sitemap step to the end of the build. I did, and a full build takes half as long.",
    ],
)
def test_a_thank_you_that_says_what_the_advice_changed_is_credited_as_a_report(report):
    found = codes("Thank you for the tip", message(report), kind="thanks")
    assert "reports_back" in found and "nothing_reported" not in found


def test_a_word_that_only_shares_letters_with_praise_is_not_flattery():
    found = codes("Thank you", message("I cited your talk in our internal wiki."), "thanks")
    assert "generic_flattery" not in found


def test_a_follow_up_that_restates_its_question_in_reported_speech_has_an_ask():
    body = message(
        "Raising this again in case it slipped past: I asked whether you rebuild only the changed pages or the "
        "whole tree when a shared partial changes. We pick one approach on the 9th."
    )
    assert "no_clear_ask" not in codes("Re: Partials and incremental builds", body, kind="followup")


def test_a_choice_about_a_named_practice_is_specific_though_one_option_is_a_call():
    practice = message("Should a release handover happen on a call, or is a written checklist enough for two people?")
    formats = message("Could we talk about it here, or on a call if that is easier?")
    assert "specific_ask" in codes("Release handovers", practice)
    assert "vague_ask" in codes("Release handovers", formats)


def test_on_call_and_a_network_route_name_things_not_a_call_or_networking():
    found = codes("On-call for two people", message("How should two people share an on-call rota for the docs site?"))
    assert "format_named" not in found
    route = message("Would you check the DNS record first, or the network route to the CDN?")
    assert "vague_ask" not in codes("A CDN question", route)


def test_a_question_about_the_writers_own_work_is_no_offer():
    assert "offer_found" not in codes("Build setup", message("How should we set up incremental builds for our site?"))


def test_things_left_unheeded_are_no_complaint_but_a_person_passed_over_is():
    unheeded = message("We kept a log of warnings that were ignored, and it grew fast. Which would you fix first?")
    passed_over = message("My emails to the list have been ignored. Which warning would you fix first?")
    assert "complaint" not in codes("Build warnings", unheeded)
    assert "complaint" in codes("Build warnings", passed_over)


def test_looking_forward_to_joining_their_team_in_a_first_message_presumes_the_outcome():
    body = message("Could you pass my CV to your hiring lead? I look forward to joining your team.")
    assert "presumes" in codes("Frontend role", body)


def test_an_answer_to_the_writers_own_question_is_shared_history_not_a_reference_to_check():
    body = "Hi Ines, I asked about partial rebuilds at the March meetup. Your answer on cache keys saved us a week."
    assert "unverified_reference" not in codes("", body, kind="connection")


@pytest.mark.parametrize(
    "sentence, slipped",
    [
        ("Do your platform engineers rotate on call?", False),
        ("Did your team leads agree on it?", False),
        ("Do your plugins loads in order?", True),
        ("Does your generator supports plugins?", True),
    ],
)
def test_a_question_on_do_reads_a_plural_head_as_its_subject(sentence, slipped):
    found = language_slips(critique("Plugins", message(sentence)))
    assert bool(found) is slipped, found


@pytest.mark.parametrize(
    "sentence",
    [
        "Did they ask for the move, or were they invited?",
        "In your hiring at the agency, would a portfolio like mine read as junior?",
        "We rotate the role so that nobody can call it favouritism.",
    ],
)
def test_a_passive_question_a_possessive_after_a_preposition_and_a_british_spelling_are_whole(sentence):
    assert not language_slips(critique("A question", message(sentence)))


def test_a_work_the_notes_record_named_by_its_title_with_what_mattered_in_it_is_homework():
    research = 'Co-hosts the Static Hour podcast; wrote "Cache Keys Explained".'
    ctx = dict(CTX, mentor=dict(CTX["mentor"], research=research))
    titled = message(
        "I heard Static Hour episode 9, where partial rebuilds were traced back to shared layouts; we split ours and "
        "our builds now finish in half the time. Which layout would you split next?"
    )
    bare = message("I like Static Hour. Which layout would you split next?")
    found = [f["code"] for f in critique("Splitting layouts", titled, dict(ctx, kind="first"))["findings"]]
    assert "specific_reference" in found and "pure_ask" not in found
    found = [f["code"] for f in critique("Splitting layouts", bare, dict(ctx, kind="first"))["findings"]]
    assert "specific_reference" not in found
