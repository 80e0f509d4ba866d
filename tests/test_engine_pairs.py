"""Judgement pairs: the engine ranks the better version higher on the pair's rubric; the lesson example passes."""
import json
from pathlib import Path

import pytest

from coach.engine import critique
from coach.engine.evaluate import pairwise_accuracy

DATA = Path(__file__).parent / "data"
DEV_PAIRS = Path(__file__).resolve().parents[2] / "shared" / "eval" / "dev_pairs.jsonl"
LESSON_BODY = """Hi Maya,

I've been following your work on infrastructure automation, particularly your recent article on Kubernetes adoption patterns. Your insights on gradual migration strategies really resonated with my current situation.

I'm a full-stack developer with 3 years of experience looking to transition into DevOps. I've been building skills in Docker and CI/CD, but I'm struggling with prioritizing which technologies to focus on next.

Would you be open to a 20-minute conversation about DevOps career transition strategies? I'd love to get your perspective on skill prioritization and portfolio building. In return, I'd be happy to share insights about React performance optimization or modern frontend testing strategies if they would be useful.

I'm flexible on timing and format - happy to work around your schedule.

Thank you for considering,
Sam
"""
LESSON_SUBJECT = "Seeking 20-minute guidance on transitioning to DevOps"
LESSON_CONTEXT = {
    "mentor": {"name": "Maya Chen", "role": "DevOps lead",
               "research": "Works on infrastructure automation; wrote an article on Kubernetes adoption patterns and gradual migration strategies."},
    "mentee": {"name": "Sam", "background": "Full-stack developer, 3 years, Docker and CI/CD.",
               "offer": "Can share insights about React performance optimization and frontend testing strategies."},
    "ask": "20-minute conversation about DevOps career transition strategies",
}


def load(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def test_own_pairs_cover_every_rubric_and_are_all_ranked_right():
    pairs = load(DATA / "pairs.jsonl")
    overall, per_rubric, misses = pairwise_accuracy(pairs)
    assert len(pairs) >= 40 and set(per_rubric) == {"clarity", "brevity", "value", "professionalism"}
    assert misses == [] and overall == 1.0


@pytest.mark.skipif(not DEV_PAIRS.exists(), reason="shared/eval is not beside this checkout")
def test_dev_pairs_are_all_ranked_right():
    overall, _, misses = pairwise_accuracy(load(DEV_PAIRS))
    assert misses == [] and overall == 1.0


def test_lesson_example_scores_at_least_four_on_every_rubric():
    scores = critique(LESSON_SUBJECT, LESSON_BODY, LESSON_CONTEXT)["scores"]
    assert min(scores.values()) >= 4.0, scores


@pytest.mark.parametrize("subject", ["Quick question", "Mentorship opportunity"])
def test_lesson_example_with_a_generic_subject_scores_lower_on_clarity(subject):
    good = critique(LESSON_SUBJECT, LESSON_BODY, LESSON_CONTEXT)["scores"]["clarity"]
    assert critique(subject, LESSON_BODY, LESSON_CONTEXT)["scores"]["clarity"] < good


def test_a_tie_counts_half_and_is_listed_as_a_miss():
    same = {"subject": "Hello", "body": "Hi,\n\nCould you help?\n"}
    overall, per_rubric, misses = pairwise_accuracy([{"id": "t", "rubric": "value", "better": same, "worse": same}])
    assert overall == 0.5 and per_rubric == {"value": 0.5} and misses[0]["id"] == "t"


def test_eval_command_exits_one_below_the_threshold(tmp_path):
    from click.testing import CliRunner
    from coach.cli import cli

    same = {"subject": "Hello", "body": "Hi,\n\nCould you help?\n"}
    path = tmp_path / "pairs.jsonl"
    path.write_text(json.dumps({"id": "t", "rubric": "value", "better": same, "worse": same}) + "\n")
    result = CliRunner().invoke(cli, ["eval", str(path)])
    assert result.exit_code == 1 and "missed t (value)" in result.output and "pairwise accuracy 0.50" in result.output
    ok = CliRunner().invoke(cli, ["eval", str(DATA / "pairs.jsonl")])
    assert ok.exit_code == 0 and "brevity=1.00" in ok.output
