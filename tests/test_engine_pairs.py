"""Judgement pairs: the engine ranks the better version higher on the pair's rubric; the lesson example passes."""

import json
import re
from pathlib import Path

import pytest

from coach.engine import critique
from coach.engine.evaluate import pairwise_accuracy
from coach.instructor.calibration import ANCHOR_MENTOR, EXAMPLE_BODY, EXAMPLE_SUBJECT, MENTEE_NAME

DATA = Path(__file__).parent / "data"
DEV_PAIRS = Path(__file__).resolve().parents[2] / "shared" / "eval" / "dev_pairs.jsonl"
# The lesson's example message, as the instructors' anchor drafts hold it (names filled in).
LESSON_SUBJECT, LESSON_BODY = EXAMPLE_SUBJECT, EXAMPLE_BODY
LESSON_CONTEXT = {
    "mentor": ANCHOR_MENTOR,
    "mentee": {
        "name": MENTEE_NAME,
        "background": "Full-stack developer, 3 years, Docker and CI/CD.",
        "offer": "Can share insights about React performance optimization and frontend testing strategies.",
    },
    "ask": "20-minute conversation about DevOps career transition strategies",
}


def load(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


# The product's bar, not 100%: these sets were tuned on, so a perfect score says little and demanding one would
# only push the engine to fit them.
MIN_OVERALL = 0.85


def half(rows, parity):
    return [r for r in rows if int(re.search(r"(\d+)$", r["id"]).group(1)) % 2 == parity]


@pytest.mark.parametrize("parity", [1, 0], ids=["odd", "even"])
def test_own_pairs_cover_every_rubric_and_each_half_meets_the_bar(parity):
    pairs = load(DATA / "pairs.jsonl")
    overall, per_rubric, misses = pairwise_accuracy(half(pairs, parity))
    assert len(pairs) >= 40 and set(pairwise_accuracy(pairs)[1]) == {"clarity", "brevity", "value", "professionalism"}
    assert overall >= MIN_OVERALL, misses


@pytest.mark.skipif(not DEV_PAIRS.exists(), reason="shared/eval is not beside this checkout")
@pytest.mark.parametrize("parity", [1, 0], ids=["odd", "even"])
def test_each_half_of_the_dev_pairs_meets_the_bar(parity):
    overall, _, misses = pairwise_accuracy(half(load(DEV_PAIRS), parity))
    assert overall >= MIN_OVERALL, misses


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
    assert ok.exit_code == 0 and re.search(r"brevity=\d\.\d\d", ok.output)
