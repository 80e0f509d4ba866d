"""The live check reads a message while it is being typed: any half-written text gets a critique, never an error."""

import random

import pytest

from coach.engine import critique
from coach.engine.rules import RUBRICS

# A message of our own, cut and shuffled below the way edits in progress leave text.
MESSAGE = (
    "Hi Ana, I run the release rota for a small payments team and read your post on canary deploys twice. "
    "We tried it with and without feature flags, and rolling back still takes us an hour. Would you have "
    "15 minutes next week to tell me which check you would add first? I would be glad to share our runbook "
    "in return. Thanks, Li"
)


def _assert_scored(result):
    assert set(result["scores"]) == set(RUBRICS)
    assert all(1 <= score <= 5 for score in result["scores"].values())
    assert 1 <= result["overall"] <= 5


# Two-word clauses before "and" or a modal once read past the start of the clause and raised IndexError.
@pytest.mark.parametrize("typed", ["it with and makes", "Sorry. Rolling for would", "Thanks. it with and"])
def test_a_fragment_mid_edit_gets_a_critique(typed):
    _assert_scored(critique("", typed))


def test_shuffled_and_cut_drafts_all_get_a_critique():
    words = MESSAGE.split()
    chooser = random.Random(14)
    for _ in range(150):
        chooser.shuffle(words)
        cut = chooser.randrange(1, len(words) + 1)
        _assert_scored(critique(chooser.choice(["", "Question", "Canary deploys"]), " ".join(words[:cut])))
