"""Time 1,000 critiques through `coach critique --jsonl` against one textstat readability pass.

usage: python benchmarks/bench_critique.py [N]
Both sides run as a fresh process over the same N distinct messages (built from
tests/data/pairs.jsonl with a numbered sentence each, so no cache sees a repeat);
prints both wall times and their ratio, and exits 1 above the budget of 3x.
"""

import importlib.util
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BUDGET = 3.0
ROOT = Path(__file__).resolve().parents[1]
TEXTSTAT_PASS = (
    "import json, sys, textstat\n"
    "for line in open(sys.argv[1], encoding='utf-8'):\n"
    "    m = json.loads(line)\n"
    "    textstat.flesch_kincaid_grade(m['subject'] + '\\n\\n' + m['body'])\n"
)


def messages(n):
    """N distinct messages cycled from the labelled pairs."""
    base = []
    with open(ROOT / "tests" / "data" / "pairs.jsonl", encoding="utf-8") as f:
        for line in f:
            pair = json.loads(line)
            base += [dict(pair[side], context=pair["context"]) for side in ("better", "worse")]
    return [
        dict(m, body=f"{m['body']}\nP.S. Note {i} on item {i * 7}.\n")
        for i, m in enumerate(base * (n // len(base) + 1))
    ][:n]


def timed(cmd, stdin_path):
    """Wall time of one fresh process reading `stdin_path`."""
    with open(stdin_path, "rb") as stdin:
        start = time.perf_counter()
        subprocess.run(cmd, stdin=stdin, stdout=subprocess.DEVNULL, check=True)
        return time.perf_counter() - start


def main():
    """Run both sides, print the times and ratio, exit 1 over budget."""
    if importlib.util.find_spec("textstat") is None:
        sys.exit("textstat is not installed: the benchmarks need the test extra (pip install -e '.[test]')")
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    coach = str(Path(sys.executable).with_name("coach"))
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as f:
        f.write("\n".join(json.dumps(m, ensure_ascii=False) for m in messages(n)) + "\n")
    try:
        textstat_s = timed([sys.executable, "-c", TEXTSTAT_PASS, f.name], os.devnull)
        coach_s = timed([coach, "critique", "--jsonl", "-"], f.name)
    finally:
        os.unlink(f.name)
    ratio = coach_s / textstat_s
    print(f"{n} critiques via coach critique --jsonl: {coach_s:.2f} s")
    print(f"one textstat readability pass (flesch_kincaid_grade): {textstat_s:.2f} s")
    print(f"ratio {ratio:.2f} (budget {BUDGET:.1f}x)")
    sys.exit(0 if ratio <= BUDGET else 1)


if __name__ == "__main__":
    main()
