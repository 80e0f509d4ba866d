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
    found = codes("", "Hello! Your generator is on my laptop now, though the preview keeps crashing. Any idea why?")
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
        "Of my two cache-key questions, the one about hashing is the more urgent, since our release lands in "
        "spring. Which key would you hash first?"
    )
    pressed = message("Which cache key would you hash first? This is urgent.")
    assert "pressure" not in codes("Two cache-key questions", ranked)
    assert "pressure" in codes("Two cache-key questions", pressed)


def test_telling_others_the_reader_will_do_something_takes_their_yes_for_granted():
    promised = message("Grateful for Tuesday. I told my director you'd lead a session for our group in June.")
    reported = message("Grateful for Tuesday. I told my director you'd already replied, and she was pleased.")
    assert "presumes" in codes("Thank you", promised, kind="thanks")
    assert "presumes" not in codes("Thank you", reported, kind="thanks")


@pytest.mark.parametrize(
    "report",
    [
        "In spring you said the template cache deserved a profile first. I doubted it, then did it. "
        "Two slow lookups turned up; they are resolved now.",
        "You suggested moving the sitemap step to the end of the build. I did; builds are twice as quick.",
    ],
)
def test_a_thank_you_that_says_what_the_advice_changed_is_credited_as_a_report(report):
    found = codes("Thank you for the tip", message(report), kind="thanks")
    assert "reports_back" in found and "nothing_reported" not in found


def test_a_word_that_only_shares_letters_with_praise_is_not_flattery():
    found = codes("Thank you", message("We pinned your talk to our internal handbook."), "thanks")
    assert "generic_flattery" not in found


def test_a_follow_up_that_restates_its_question_in_reported_speech_has_an_ask():
    body = message(
        "A second note on partials: I asked whether you rebuild only the changed pages or the whole tree when a "
        "shared partial changes. We pick one approach on the 9th."
    )
    assert "no_clear_ask" not in codes("Re: Partials and incremental builds", body, kind="followup")


def test_a_choice_about_a_named_practice_is_specific_though_one_option_is_a_call():
    practice = message("For a two-person docs team, is a release review better done over a call, or in a shared doc?")
    formats = message("Would a chat suit you, or perhaps email instead?")
    assert "specific_ask" in codes("Release handovers", practice)
    assert "vague_ask" in codes("Release handovers", formats)


def test_on_call_and_a_network_route_name_things_not_a_call_or_networking():
    found = codes("On-call for two people", message("What pager schedule suits two people on-call for a docs site?"))
    assert "format_named" not in found
    route = message("Should I suspect DNS before network latency when pages load slowly from the CDN?")
    assert "vague_ask" not in codes("A CDN question", route)


def test_a_question_about_the_writers_own_work_is_no_offer():
    assert "offer_found" not in codes("Themes", message("When should we benchmark the two themes against each other?"))


def test_things_left_unheeded_are_no_complaint_but_a_person_passed_over_is():
    unheeded = message("Deprecation notices in our build were ignored for months. Which would you fix first?")
    passed_over = message("My emails to the list have been ignored. Which warning would you fix first?")
    assert "complaint" not in codes("Build warnings", unheeded)
    assert "complaint" in codes("Build warnings", passed_over)


def test_looking_forward_to_joining_their_team_in_a_first_message_presumes_the_outcome():
    body = message("Might my résumé reach whoever hires for docs? I look forward to working with you.")
    assert "presumes" in codes("Frontend role", body)


def test_an_answer_to_the_writers_own_question_is_shared_history_not_a_reference_to_check():
    body = "Hi Ines, at the spring workshop I asked how to key a cache. Your answer on cache keys spared us days."
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
        "Did they volunteer for it, or were they persuaded?",
        "In your reviewing for the conference, does a first-time speaker stand a chance?",
        "Our rota changes monthly to avoid any hint of favouritism.",
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
