"""The drafter: lesson-structured drafts that pass their own critique and never invent what the context lacks."""

import itertools
import re

import pytest

from coach.engine import critique, draft
from coach.engine.lexicon import PLACEHOLDER

MENTORS = [
    {
        "name": "Kenji Watanabe",
        "role": "Application security engineer",
        "research": "Wrote 'Threat modelling for teams without a security team'; runs a yearly CTF workshop.",
    },
    {
        "name": "Sofia Martins",
        "role": "Product manager who started as a designer",
        "research": "Gave a talk 'Shipping the smallest useful thing'; writes about discovery interviews.",
        "found_via": "her talk at a local product meetup",
    },
    {"name": "Dr. Amara Okafor", "research": "Her blog series on dbt testing and data contracts."},
    {
        "name": "Olu",
        "role": "Maintainer of a popular pytest plugin",
        "research": "Keeps a CONTRIBUTING guide with a 'first timers' section; blogged about flaky-test triage.",
    },
    {"name": "Lars Eriksson", "role": "Engineering manager", "found_via": "LinkedIn"},
    {"name": "", "research": "Maintains an embedded HAL crate for STM32 boards."},
    {},
]
MENTEES = [
    {
        "name": "Alex",
        "background": "Backend developer, 4 years, Go and PostgreSQL; ran a threat-modelling session.",
        "offer": "Can share the anonymised notes from our threat-modelling session as a case study.",
    },
    {
        "name": "Priyanka",
        "background": "Frontend developer, 5 years, often joins customer calls.",
        "offer": "Can prototype ideas in code quickly; happy to build a demo for one of her talks.",
    },
    {
        "background": "I have worked in QA for three years and write pytest suites.",
        "offer": "Reproduce and minimise flaky-test bug reports.",
    },
    {"name": "Chen", "offer": "Reverse-mentoring on TypeScript and modern frontend tooling"},
    {"name": "Ana", "background": "Career changer from teaching, 1 year of Python."},
    {},
]
ASKS = [
    "20-minute call on moving from backend work into application security",
    "15 minutes of advice on a first contribution",
    {"topic": "becoming a first-time engineering manager", "minutes": 25, "format": "video call"},
    {"topic": "how to choose between staying an individual contributor and becoming a manager at a startup"},
    "",
    None,
]
CONTEXTS = [{"mentor": m, "mentee": e, "ask": a} for m, e, a in itertools.product(MENTORS, MENTEES, ASKS)]


@pytest.mark.parametrize("index", range(0, len(CONTEXTS), 1))
def test_draft_scores_at_least_four_on_every_rubric_of_its_own_critique(index):
    context = CONTEXTS[index]
    result = draft(context)
    scores = critique(result["subject"], result["body"], context)["scores"]
    assert min(scores.values()) >= 4.0, (scores, result)


def test_draft_has_the_documented_shape():
    result = draft(CONTEXTS[0])
    assert set(result) == {"subject", "body", "missing"} and isinstance(result["missing"], list)


def test_draft_names_the_mentor_and_the_planned_minutes_and_carries_the_offer():
    context = {"mentor": MENTORS[0], "mentee": MENTEES[0], "ask": ASKS[0]}
    result = draft(context)
    assert result["body"].startswith("Hi Kenji,")
    assert "20-minute" in result["body"] and "20 minutes" in result["subject"]
    assert "anonymised notes from our threat-modelling session" in result["body"]
    assert result["body"].rstrip().endswith("Alex")


def test_draft_points_the_offer_at_the_mentor():
    result = draft({"mentor": MENTORS[1], "mentee": MENTEES[1], "ask": ASKS[0]})
    assert "one of your talks" in result["body"] and "her talks" not in result["body"]


def test_draft_defaults_to_twenty_minutes_and_says_so():
    result = draft({"mentor": MENTORS[0], "mentee": MENTEES[0], "ask": {"topic": "threat modelling"}})
    assert "20-minute" in result["body"]
    assert any("20 minutes" in note for note in result["missing"])


@pytest.mark.parametrize("context", CONTEXTS[::7])
def test_draft_never_leaves_a_placeholder(context):
    result = draft(context)
    assert not PLACEHOLDER.search(result["subject"] + result["body"])


def test_placeholders_in_the_context_do_not_reach_the_draft():
    context = {
        "mentor": {"name": "[Name]", "research": "Wrote {{article}} on caching."},
        "ask": "20-minute call on caching",
    }
    result = draft(context)
    assert "[" not in result["body"] and "{{" not in result["body"]


def test_thin_context_is_written_around_and_listed_as_missing():
    result = draft({})
    assert result["body"].startswith("Hello,")
    missing = " ".join(result["missing"])
    for gap in ("mentor's name", "mentor's work", "offer", "topic", "your name"):
        assert gap in missing
    # Nothing the context did not say: no invented article, talk or name.
    assert not re.search(r"\byour (?:article|talk|post|book)\b", result["body"])


def test_full_context_lists_nothing_missing_but_how_they_were_found():
    context = {"mentor": MENTORS[0], "mentee": MENTEES[0], "ask": ASKS[0]}
    assert draft(context)["missing"] == ["Add how you found the mentor so the opening can say so."]


def test_draft_is_deterministic():
    assert draft(CONTEXTS[3]) == draft(CONTEXTS[3])


def test_how_the_mentee_found_the_mentor_is_said_to_them_not_about_them():
    context = {
        "mentor": {
            "name": "Kenji Watanabe",
            "found_via": "his talk at PyCon",
            "research": "Wrote 'Threat modelling for teams without a security team'.",
        },
        "mentee": {"name": "Ana", "offer": "I can share our threat-model notes."},
        "ask": {"topic": "moving into application security", "minutes": 20, "format": "video call"},
    }
    result = draft(context)
    assert "I came across your talk at PyCon" in result["body"]
    assert " his " not in result["body"]
    codes = {f["code"] for f in critique(result["subject"], result["body"], context)["findings"]}
    assert "unverified_reference" not in codes  # the talk is in the notes: how the mentee found him


def test_a_mentor_whose_notes_name_no_work_is_not_told_the_mentee_knows_their_work():
    context = {
        "mentor": {"name": "Lars Eriksson", "role": "Engineering manager", "found_via": "LinkedIn"},
        "mentee": {"name": "Tomás", "background": "Analytics engineer, 2 years."},
        "ask": {"topic": "moving into platform work", "minutes": 20, "format": "video call"},
    }
    body = draft(context)["body"]
    assert "I found you through LinkedIn" in body
    assert "your work" not in body
