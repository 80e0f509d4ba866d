"""How the built-in coach judges messages written apart from it, by id parity: odd ids tune, even ids are held out.

usage: .venv/bin/python benchmarks/eval_real.py [odd|even]   (both halves when no half is named)
For each half it prints: pairwise accuracy on tests/data/real_pairs.jsonl and connection_notes.jsonl (the
better message must score higher on the pair's rubric), the AUC of the overall score of good against bad
messages in real_singles.jsonl (all, and those of 40 words or more), and the professionalism AUC of the top
against the bottom quartile of human politeness scores in politeness_dev.jsonl, politeness_requests.jsonl and
round2_politeness.jsonl, per source (Wikipedia-style "wiki", Stack Exchange-style "se"). A missing file is skipped.
"""
import json
import re
import sys
from pathlib import Path

from coach.engine.evaluate import pairwise_accuracy, quartile_auc, singles_auc

DATA = Path(__file__).resolve().parents[1] / "tests" / "data"
PAIR_FILES = ("real_pairs.jsonl", "connection_notes.jsonl")
POLITENESS_FILES = ("politeness_dev.jsonl", "politeness_requests.jsonl", "round2_politeness.jsonl")
HALVES = (("odd", 1), ("even", 0))
LONG_WORDS = 40


def load(name):
    """Read one JSONL file from tests/data ([] when it is not there)."""
    path = DATA / name
    if not path.exists():
        return []
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def half(rows, parity):
    """Rows whose id ends in a number of the given parity (1 = odd, the tuning half; 0 = even, held out)."""
    return [r for r in rows if int(re.search(r"(\d+)$", r["id"]).group(1)) % 2 == parity]


def figures(parity):
    """{label: value} for one half."""
    out = {}
    for name in PAIR_FILES:
        rows = half(load(name), parity)
        if rows:
            overall, per_rubric, misses = pairwise_accuracy(rows)
            out[f"pairs {name}"] = (overall, per_rubric, [m["id"] for m in misses])
    singles = half(load("real_singles.jsonl"), parity)
    if singles:
        out["singles auc"] = singles_auc(singles)
        out[f"singles auc {LONG_WORDS}+ words"] = singles_auc(singles, LONG_WORDS)
    for name in POLITENESS_FILES:
        rows = half(load(name), parity)
        for source in sorted({r.get("source", "?") for r in rows}):
            value, top, bottom = quartile_auc([r for r in rows if r.get("source", "?") == source])
            if top and bottom:  # a half may hold one source only, or one score
                out[f"politeness {name} {source}"] = (value, top, bottom)
    return out


def main(args):
    """Print the figures for each half (or the one named)."""
    for label, parity in HALVES:
        if args and label not in args:
            continue
        print(f"== {label} ids" + (" (tuning)" if parity else " (held out)"))
        for key, value in figures(parity).items():
            if key.startswith("pairs"):
                overall, per_rubric, misses = value
                detail = " ".join(f"{r}={a:.2f}" for r, a in per_rubric.items())
                print(f"  {key:42} {overall:.2f} ({detail}) misses: {' '.join(misses) or 'none'}")
            elif key.startswith("singles"):
                print(f"  {key:42} {value[0]:.2f} (n={value[1]})")
            else:
                print(f"  {key:42} {value[0]:.2f} (top {value[1]}, bottom {value[2]})")


if __name__ == "__main__":
    main(sys.argv[1:])
