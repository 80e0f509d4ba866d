"""Pairwise accuracy on judgement pairs: does `better` outscore `worse` on the pair's rubric?"""
from collections import defaultdict

from .critique import critique


def pairwise_accuracy(pairs):
    """Return (overall, {rubric: accuracy}, misses); a tie counts half, as in shared/eval/score_pairs.py."""
    hits, counts, misses = defaultdict(float), defaultdict(int), []
    for pair in pairs:
        rubric, context = pair["rubric"], pair.get("context") or None
        better = critique(pair["better"]["subject"], pair["better"]["body"], context)["scores"][rubric]
        worse = critique(pair["worse"]["subject"], pair["worse"]["body"], context)["scores"][rubric]
        counts[rubric] += 1
        hits[rubric] += 1.0 if better > worse else 0.5 if better == worse else 0.0
        if better <= worse:
            misses.append({"id": pair.get("id", "?"), "rubric": rubric, "better": better, "worse": worse})
    total = sum(counts.values())
    overall = sum(hits.values()) / total if total else 0.0
    return overall, {r: hits[r] / counts[r] for r in sorted(counts)}, misses
