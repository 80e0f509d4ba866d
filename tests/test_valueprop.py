"""Value propositions: the built-in coach checks each against the mentor's research and the inventory."""

import pytest

from coach.drafts import services as drafting
from coach.engine import valueprop

RESEARCH = "Wrote 'Threat modelling for teams without a security team'; runs a yearly CTF workshop."
INVENTORY = "Go, PostgreSQL, payments backend, ran our team's threat-modelling session"
GOOD = (
    "I can share the anonymised notes from our payments team's threat-modelling session as a case study for "
    "your workshop. We applied your template to a Go service, so you would see it used by a team with no "
    "security staff. I'd learn how you pick CTF scenarios, and we could compare notes on what stuck."
)


def codes(result):
    return {f["code"] for f in result["findings"]}


def test_a_specific_reciprocal_proposition_scores_well():
    result = valueprop.check(GOOD, RESEARCH, INVENTORY)
    assert result["score"] >= 4.5
    assert "tied_to_their_work" in codes(result)
    assert not {f["code"] for f in result["findings"] if f["severity"] == "major"}


@pytest.mark.parametrize(
    "text, code",
    [
        ("", "missing"),
        (
            "I am a huge fan of everything you do. Your work is amazing and I would love to learn from you.",
            "generic_flattery",
        ),
        ("I can help with anything you need. We could learn from each other about Go drafting.", "vague_offer"),
        (
            "I can review pull requests for your Kubernetes operator. We could learn from each other.",
            "not_tied_to_their_work",
        ),
        ("I can share our threat modelling notes with your workshop.", "one_sentence"),
        ("Your threat modelling workshop looks useful. I know Go and PostgreSQL well.", "no_offer"),
        (
            "I can share our threat-modelling notes for your workshop. They come from a payments team.",
            "no_mutual_learning",
        ),
        (
            "I can write up our CTF workshop run. It went well. People liked it. We learned a lot together.",
            "too_many_sentences",
        ),
    ],
)
def test_each_weakness_gets_its_finding(text, code):
    assert code in codes(valueprop.check(text, RESEARCH, INVENTORY))


def test_findings_have_the_shape_of_message_findings_with_exact_evidence():
    text = "Your threat modelling work is amazing. I can share notes from our session and learn from yours."
    result = valueprop.check(text, RESEARCH, INVENTORY)
    for finding in result["findings"]:
        assert set(finding) == {"rubric", "code", "severity", "message", "evidence", "fix"}
        assert finding["rubric"] == "value"
        if finding["evidence"]:
            ev = finding["evidence"]
            assert ev["field"] == "value_proposition" and text[ev["start"] : ev["end"]] == ev["text"]
    assert 1 <= result["score"] <= 5


def test_without_research_the_coach_asks_for_research_first():
    assert "no_research" in codes(valueprop.check(GOOD, "", INVENTORY))


def test_saved_proposition_is_checked_on_the_page_and_shown_as_text(mentee, client):
    actions, mentor_id, _ = mentee
    text = "I can share our <script>alert(1)</script> threat modelling notes. Your work is amazing."
    response = actions.post(
        f"/mentee/mentors/{mentor_id}/value",
        {"value_proposition": text},
        form_path=f"/mentee/mentors/{mentor_id}/outreach",
    )
    assert response.status_code == 302
    html = client.get(f"/mentee/mentors/{mentor_id}/outreach").get_data(as_text=True)
    assert "<script>alert(1)</script>" not in html and "&lt;script&gt;" in html
    assert 'data-code="generic_flattery"' in html and "data-value-score" in html


def test_too_long_proposition_is_refused_and_kept(mentee, client):
    actions, mentor_id, _ = mentee
    text = "I can help. " * 100
    response = actions.post(
        f"/mentee/mentors/{mentor_id}/value",
        {"value_proposition": text},
        form_path=f"/mentee/mentors/{mentor_id}/outreach",
    )
    html = response.get_data(as_text=True)
    assert response.status_code == 400
    assert "Your value proposition for this mentor is too long" in html and "I can help. I can help." in html


def test_drafting_context_carries_the_value_proposition():
    context = drafting.build_context(
        {}, {"name": "Kenji", "value_proposition": GOOD}, {"ask_topic": "t", "ask_minutes": 20, "ask_format": "call"}
    )
    assert context["mentee"]["value_proposition"] == GOOD
