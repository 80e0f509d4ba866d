"""The built-in coach's checks on the questions a mentee prepares: vague, yes/no, answerable by a web search."""

import pytest

from coach.engine.questions import check_question, is_flagged


@pytest.mark.parametrize(
    "question, codes",
    [
        ("Any tips?", ["question_vague"]),
        ("Thoughts on tech?", ["question_vague"]),
        ("What should I learn?", ["question_vague"]),
        ("Help?", ["question_vague"]),
        ("Should I learn Rust?", ["question_yes_no"]),
        ("Is it worth learning Kubernetes for a two-person team?", ["question_yes_no"]),
        ("Do you think Go is good for microservices?", ["question_yes_no"]),
        ("Are there DevOps roles for people without a degree?", ["question_yes_no"]),
        ("What is Docker?", ["question_searchable"]),
        ("What does CI/CD stand for?", ["question_searchable"]),
        ("How do I install Kubernetes?", ["question_searchable"]),
        ("How to set up Terraform?", ["question_searchable"]),
        ("What is the difference between Docker and Podman?", ["question_searchable"]),
        ("How did you decide which certification to pursue first when you moved from backend work into security?", []),
        ("Could you walk me through how you prioritised skills when moving into DevOps?", []),
        ("What is the hardest part of reviewing a threat model written by developers?", []),
        ("Which would you pick for a first security side project: a CTF or a bug bounty, and why?", []),
    ],
)
def test_each_question_gets_the_findings_a_mentor_would_agree_with(question, codes):
    assert [f["code"] for f in check_question(question)] == codes


def test_a_finding_has_the_message_shape_with_evidence_inside_the_question():
    question = "So, should I learn Rust?"
    [finding] = check_question(question)
    assert set(finding) == {"rubric", "code", "severity", "message", "evidence", "fix"}
    assert finding["rubric"] == "clarity"
    evidence = finding["evidence"]
    assert evidence["field"] == "question"
    assert question[evidence["start"] : evidence["end"]] == evidence["text"] == "should"


@pytest.mark.parametrize(
    "question, rewrite",
    [
        ("Should I learn Rust?", "How would you decide whether I should learn Rust?"),
        ("Do I need a CS degree?", "How would you decide whether I need a CS degree?"),
        ("Do you think Go is good for microservices?", "How do you judge whether Go is good for microservices?"),
        ("What is Docker?", "When did Docker earn its place in your work, and when would you avoid it?"),
        ("How do I install Kubernetes?", "What do you wish you had known before running Kubernetes for a real team?"),
        ("Thoughts on tech?", "I have spent three months on tech"),
    ],
)
def test_the_fix_is_a_concrete_rewrite_that_reuses_the_topic(question, rewrite):
    [finding] = check_question(question)
    assert rewrite in finding["fix"]


def test_an_open_specific_question_is_not_flagged():
    assert not is_flagged(check_question("How do you decide when a team is ready for on-call rotations?"))
    assert is_flagged(check_question("Any advice?"))
