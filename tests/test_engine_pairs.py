"""Judgement pairs: the engine ranks the better version higher on the pair's rubric; the lesson example passes."""
import json
from pathlib import Path

import pytest

from coach.engine import critique
from coach.calibration import ANCHOR_MENTOR, EXAMPLE_BODY, EXAMPLE_SUBJECT, MENTEE_NAME
from coach.engine.evaluate import pairwise_accuracy

DATA = Path(__file__).parent / "data"
DEV_PAIRS = Path(__file__).resolve().parents[2] / "shared" / "eval" / "dev_pairs.jsonl"
# The lesson's example message, as the instructors' anchor drafts hold it (names filled in).
LESSON_SUBJECT, LESSON_BODY = EXAMPLE_SUBJECT, EXAMPLE_BODY
LESSON_CONTEXT = {
    "mentor": ANCHOR_MENTOR,
    "mentee": {"name": MENTEE_NAME, "background": "Full-stack developer, 3 years, Docker and CI/CD.",
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
