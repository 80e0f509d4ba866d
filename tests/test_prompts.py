"""Prompts are files rendered with StrictUndefined and versioned by the hash of their content."""
import hashlib

import pytest
from jinja2 import UndefinedError

from coach import prompts
from coach.llm import prompt_context

CONTEXT = {"mentor": {"name": "Kenji Watanabe", "research": "Runs a yearly CTF workshop."},
           "mentee": {"name": "Ana Lima", "offer": "My threat-model notes."},
           "ask": {"topic": "moving into application security", "minutes": 20, "format": "video call"}}


def test_critique_prompt_carries_rubrics_context_draft_and_measured_facts():
    text = prompts.render("critique", subject="A question", body="Hi Kenji, could we talk?",
                          context=prompt_context(CONTEXT), facts={"words": 5, "ask found": "yes"})
    for expected in ("clarity", "brevity", "value", "professionalism", "Is the request clear and specific?",
                     "Kenji Watanabe", "Runs a yearly CTF workshop.", "My threat-model notes.",
                     "moving into application security", "Hi Kenji, could we talk?", "- words: 5",
                     "- ask found: yes"):
        assert expected in text


def test_draft_prompt_carries_the_context():
    text = prompts.render("draft", context=prompt_context(CONTEXT))
    assert "Kenji Watanabe" in text and "20" in text and "video call" in text


@pytest.mark.parametrize("name, variables", [
    ("critique", {"subject": "s", "body": "b", "context": prompt_context({})}),  # no facts
    ("draft", {}),  # no context
])
def test_a_missing_variable_is_an_error_at_render(name, variables):
    with pytest.raises(UndefinedError):
        prompts.render(name, **variables)


@pytest.mark.parametrize("context", [None, {}, {"ask": "a 20-minute call about security"},
                                     {"mentor": "not an object", "mentee": {"name": None}}])
def test_prompts_render_for_partial_contexts(context):
    assert "(not given)" in prompts.render("draft", context=prompt_context(context))


@pytest.mark.parametrize("name", ["critique", "draft"])
def test_prompt_version_is_the_short_hash_of_the_file(name):
    with open(prompts.path(name), "rb") as fh:
        assert prompts.version(name) == hashlib.sha256(fh.read()).hexdigest()[:12]


def test_each_prompt_has_its_own_version():
    assert prompts.version("critique") != prompts.version("draft")
