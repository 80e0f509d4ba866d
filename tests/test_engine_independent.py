"""Generalisation: the built-in coach on pairs and politeness judgements written apart from the engine.

tests/data/independent_pairs.jsonl (104 pairs, 26 per rubric) and politeness_requests.jsonl (84 short
Wikipedia/StackExchange-style requests scored 1-5 after Danescu-Niculescu-Mizil et al. 2013) were written
before the engine was read; benchmarks/eval_politeness.py prints the odd (tuning) and even (held-out) halves.
"""

import json
from pathlib import Path

import pytest

from coach.engine import critique, draft
from coach.engine.evaluate import pairwise_accuracy, politeness_agreement, spearman

DATA = Path(__file__).parent / "data"
# The product bar for the held-out set is 0.85 overall and 0.75 per rubric.
MIN_OVERALL, MIN_EACH = 0.85, 0.75
# Real human politeness scores are noisier than ours (the paper reports annotators agreeing with one another at
# a Spearman rho of roughly 0.6), so a model cannot be expected far above that there. On our cleaner labels it reaches
# about 0.9; 0.7 keeps a margin for honest changes while catching a politeness model that stops working.
MIN_POLITENESS_SPEARMAN = 0.7


def load(name):
    with open(DATA / name, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def test_independent_pairs_cover_every_rubric_with_at_least_25_each():
    pairs = load("independent_pairs.jsonl")
    counts = {r: sum(p["rubric"] == r for p in pairs) for r in ("clarity", "brevity", "value", "professionalism")}
    assert len(pairs) >= 100 and min(counts.values()) >= 25, counts


@pytest.mark.parametrize("parity", [1, 0], ids=["odd-tuning-half", "even-held-out-half"])
def test_each_half_of_the_independent_pairs_meets_the_product_bar(parity):
    pairs = [p for p in load("independent_pairs.jsonl") if int(p["id"][2:]) % 2 == parity]
    overall, per_rubric, misses = pairwise_accuracy(pairs)
    assert overall >= MIN_OVERALL and min(per_rubric.values()) >= MIN_EACH, (per_rubric, misses)


def test_professionalism_ranks_short_requests_like_the_politeness_labels():
    rho, order = politeness_agreement(load("politeness_requests.jsonl"))
    assert rho >= MIN_POLITENESS_SPEARMAN and order >= 0.75, (rho, order)


@pytest.mark.parametrize(
    "xs, ys, expected",
    [
        ([1, 2, 3], [10, 20, 30], 1.0),
        ([1, 2, 3], [3, 2, 1], -1.0),
        ([1, 1, 2], [5, 5, 9], 1.0),
        ([1, 2, 3], [7, 7, 7], 0.0),
    ],
)
def test_spearman_handles_ties_and_constant_input(xs, ys, expected):
    assert spearman(xs, ys) == pytest.approx(expected)


@pytest.mark.parametrize(
    "rude, polite",
    [
        ("Please read the documentation before asking.", "Could you perhaps check the documentation first? Thanks!"),
        ("Why did you delete my section?", "Sorry to bother you, but could you tell me why my section was removed?"),
        (
            "Format your code properly so people can read it.",
            "Would you mind formatting the code? It would help us read it.",
        ),
        ("Did you even test it?", "I think there may be a bug here; could you check whether the test passes?"),
    ],
)
def test_a_request_phrased_politely_scores_higher_on_professionalism(rude, polite):
    def score(text):
        return critique("", text)["scores"]["professionalism"]

    assert score(polite) > score(rude)


def test_a_rhetorical_challenge_is_a_finding_with_its_words_as_evidence():
    result = critique("", "Seriously? Did you even read the error message?")
    found = [f for f in result["findings"] if f["code"] == "accusatory_question"]
    assert found and all(f["evidence"]["text"] for f in found) and found[0]["fix"]


@pytest.mark.parametrize(
    "body, code",
    [
        (
            "Hi Ana,\n\nI built our drift report and could share an anonymised dashboard for your course.\n\n"
            "Could we talk for 20 minutes about fairness work?\n\nThanks,\nRavi\n",
            "offer_found",
        ),
        (
            "Hi Ana,\n\nOur office can host your next meetup for 60 people.\n\n"
            "Could we talk for 20 minutes about developer relations?\n\nThanks,\nRavi\n",
            "offer_found",
        ),
        (
            "Hi Ana,\n\nIf there's ever anything I can do for you, I'm happy to help with anything.\n\n"
            "Could we talk for 20 minutes about developer relations?\n\nThanks,\nRavi\n",
            "vague_offer",
        ),
    ],
)
def test_offers_are_recognised_by_who_gives_and_what(body, code):
    codes = [f["code"] for f in critique("A question", body)["findings"]]
    assert code in codes


def test_praise_of_a_talk_without_detail_is_flattery_but_a_specific_point_is_a_reference():
    ctx = {"mentor": {"name": "Yuki Tanaka", "research": "GDC talk on shader-compilation stutter."}}
    vague = critique("Portfolio", "Hi Yuki,\n\nYour GDC talk was awesome, best talk ever!\n\nOmar\n", ctx)
    grounded = critique(
        "Portfolio", "Hi Yuki,\n\nYour GDC talk showed why stutter is hard to reproduce on laptops.\n\nOmar\n", ctx
    )
    assert "generic_flattery" in [f["code"] for f in vague["findings"]]
    assert "specific_reference" in [f["code"] for f in grounded["findings"]]
    assert grounded["scores"]["value"] > vague["scores"]["value"]


@pytest.mark.parametrize(
    "ask, expected",
    [
        (
            "20-minute call on how to choose between staying in backend work and moving into data engineering",
            "20 minutes on backend work or data engineering?",
        ),
        (
            "30 minutes on whether to take a staff role at a startup or stay at a large company while finishing my "
            "degree",
            "30 minutes on whether to take a staff role?",
        ),
        (
            "20 minutes on how you switched teams, and what you wish you had known",
            "20 minutes on how you switched teams?",
        ),
        (
            "20-minute call on moving from backend work into application security",
            "20 minutes on moving into application security?",
        ),
    ],
)
def test_drafted_subject_for_a_long_topic_reads_as_a_whole_phrase(ask, expected):
    context = {"mentor": {"name": "Kenji Watanabe"}, "ask": ask}
    subject = draft(context)["subject"]
    assert subject == expected and len(subject.split()) <= 9
