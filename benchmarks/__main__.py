"""Run every benchmark, one after another, and say which met its goal: `python -m benchmarks`.

Each prints its own figures and its ratio against a baseline measured in the same run (a textstat pass,
GET /healthz). Run them on a quiet machine: they are figures for people, not pass/fail tests in CI.
Run them from the checkout with the test extra installed (`pip install -e '.[test]'`): they borrow helpers from
`tests/`, and the critique benchmark's baseline is textstat, which only the test extra installs.
`python -m benchmarks.NAME --help` (or the module's docstring) says more about one of them.
"""

import subprocess
import sys

BENCHMARKS = [
    ("critique speed: 1,000 critiques vs one textstat pass (goal <= 3x)", ["benchmarks.bench_critique"]),
    ("critique API at its limits: 500 KB refused, largest legal request answered", ["benchmarks.bench_api_limits"]),
    ("live check vs no-op request on the Procfile's server (goal <= 2x)", ["benchmarks.bench_live_check"]),
    ("one-click edits on every development message (goal: every offered edit verifies)", ["benchmarks.bench_edits"]),
    ("built-in drafts, development and held-out contexts (goal: every draft clean)", ["benchmarks.eval_drafts"]),
    ("50 users saving revisions for 30 s (goal: 0 errors, 0 lost)", ["benchmarks.bench_load"]),
    ("the same with a fake model failing and hanging", ["benchmarks.bench_load", "--model-faults"]),
    (
        "instructor pages at 1,000 and 10,000 mentees (goal < 300 ms, RSS < 250 MB; 5-15 minutes)",
        ["benchmarks.bench_instructor"],
    ),
]


def main():
    """Run each benchmark in its own process and summarise which met its goal."""
    results = []
    for title, args in BENCHMARKS:
        print(f"\n=== {title}", flush=True)
        code = subprocess.run([sys.executable, "-m", *args]).returncode
        results.append((title, code == 0))
    print("\n=== summary")
    for title, ok in results:
        print(f"{'met ' if ok else 'MISSED'}  {title}")
    return 0 if all(ok for _, ok in results) else 1


if __name__ == "__main__":
    sys.exit(main())
