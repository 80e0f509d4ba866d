"""Prompts are files rendered with StrictUndefined and versioned by the hash of their content."""

import hashlib

import pytest
from jinja2 import UndefinedError

from coach.coaching import prompts
from coach.coaching.llm import length_norm, prompt_context

CONTEXT = {
    "mentor": {"name": "Kenji Watanabe", "research": "Runs a yearly CTF workshop."},
    "mentee": {"name": "Ana Lima", "offer": "My threat-model notes."},
    "ask": {"topic": "moving into application security", "minutes": 20, "format": "video call"},
}


def test_critique_prompt_carries_rubrics_context_draft_and_measured_facts():
    text = prompts.render(
        "critique",
        subject="A question",
        body="Hi Kenji, could we talk?",
        context=prompt_context(CONTEXT),
        facts={"words": 5, "ask found": "yes"},
        norm=length_norm("first"),
        slips=[{"text": "teh", "fix": 'Write "the".'}],
    )
    for expected in (
        "clarity",
        "brevity",
        "value",
        "professionalism",
        "Is the request clear and specific?",
        '- "teh": Write "the".',
        "Kenji Watanabe",
        "Runs a yearly CTF workshop.",
        "My threat-model notes.",
        "moving into application security",
        "Hi Kenji, could we talk?",
        "- words: 5",
        "- ask found: yes",
    ):
        assert expected in text


def test_draft_prompt_carries_the_context():
    text = prompts.render("draft", context=prompt_context(CONTEXT), norm=length_norm("first"))
    assert "Kenji Watanabe" in text and "20" in text and "video call" in text
    assert "Keep the body to 50-125 words" in text  # the built-in coach's range, not a second one


@pytest.mark.parametrize(
    "name, variables",
    [
        ("critique", {"subject": "s", "body": "b", "context": prompt_context({}), "facts": {}, "slips": []}),  # no norm
        ("draft", {}),  # no context
    ],
)
def test_a_missing_variable_is_an_error_at_render(name, variables):
    with pytest.raises(UndefinedError):
        prompts.render(name, **variables)


@pytest.mark.parametrize(
    "context",
    [None, {}, {"ask": "a 20-minute call about security"}, {"mentor": "not an object", "mentee": {"name": None}}],
)
def test_prompts_render_for_partial_contexts(context):
    assert "(not given)" in prompts.render("draft", context=prompt_context(context), norm=length_norm("first"))


@pytest.mark.parametrize("name", ["critique", "draft"])
def test_prompt_version_is_the_short_hash_of_the_file_and_the_vocabulary_it_reads(name):
    with open(prompts.path(name), "rb") as fh:
        assert prompts.version(name) == hashlib.sha256(fh.read() + prompts._VOCABULARY).hexdigest()[:12]


def test_a_new_rubric_name_or_word_range_gives_every_prompt_a_new_version(monkeypatch):
    before = prompts.version("critique")
    monkeypatch.setattr(prompts, "_VOCABULARY", prompts._VOCABULARY.replace(b"professionalism", b"courtesy"))
    assert prompts.version("critique") != before


def test_each_prompt_has_its_own_version():
    assert prompts.version("critique") != prompts.version("draft")


@pytest.mark.parametrize(
    "kind, expected",
    [
        ("first", "A first message to someone the writer has not met."),
        ("followup", "still counts as a clear ask"),
        ("thanks", "it should ask for nothing new"),
        ("connection", "at most 300 characters"),
    ],
)
def test_critique_prompt_describes_each_score_and_the_kind_of_message(kind, expected):
    """Per-rubric descriptors (what a 1, a 3 and a 5 look like) and the norms of the message's kind."""
    context = prompt_context({**CONTEXT, "kind": kind})
    text = prompts.render(
        "critique", subject="s", body="b", context=context, facts={}, norm=length_norm(kind), slips=[]
    )
    assert expected in text
    for rubric in ("clarity", "brevity", "value", "professionalism"):
        block = text.split(f"{rubric}: ", 1)[1]
        assert "- 5:" in block and "- 3:" in block and "- 1:" in block
    assert text.index('"findings"') < text.index('"scores"')


def test_every_prompt_states_the_built_in_coachs_length_for_the_kind():
    from coach.engine.brevity import NORMS

    for kind, norm in NORMS.items():
        text = prompts.render("followup", context=prompt_context({**CONTEXT, "kind": kind}), norm=length_norm(kind))
        assert f"{norm.low}-{norm.high} words" in text
    assert length_norm("connection")["range"] == "at most 300 characters"
