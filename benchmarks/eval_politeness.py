"""Generalisation figures for the built-in coach, by id parity: tune on the odd half, report the even half.

usage: .venv/bin/python benchmarks/eval_politeness.py
Prints pairwise accuracy of tests/data/independent_pairs.jsonl (odd ids, even ids, all) per rubric, and the
professionalism score's Spearman correlation and pairwise order against tests/data/politeness_requests.jsonl.
"""

from pathlib import Path

from coach.engine.evaluate import (
    half,
    load_jsonl,
    pairwise_accuracy,
    politeness_agreement,
)

DATA = Path(__file__).resolve().parents[1] / "tests" / "data"


def load(name):
    """Read one JSONL file from tests/data."""
    return load_jsonl(DATA / name)


def main():
    """Print the figures."""
    pairs = load("independent_pairs.jsonl")
    for label, rows in (("odd (tuning)", half(pairs, 1)), ("even (held out)", half(pairs, 0)), ("all", pairs)):
        overall, per_rubric, misses = pairwise_accuracy(rows)
        detail = " ".join(f"{r}={a:.2f}" for r, a in per_rubric.items())
        print(f"pairs {label:16} {overall:.2f} ({detail}) misses: {' '.join(m['id'] for m in misses) or 'none'}")
    requests = load("politeness_requests.jsonl")
    for label, rows in (("odd (tuning)", half(requests, 1)), ("even (held out)", half(requests, 0)), ("all", requests)):
        rho, order = politeness_agreement(rows)
        print(f"politeness {label:16} spearman {rho:.2f} pairwise {order:.2f} (n={len(rows)})")


if __name__ == "__main__":
    main()
