"""The editor's live check against a no-op, side by side on the Procfile's server.

usage: python -m benchmarks.bench_live_check [N]
Starts gunicorn as the Procfile does on a free 127.0.0.1 port with a temporary database, then sends N
(default 300) interleaved pairs of requests over one keep-alive connection each: POST /api/v1/critique with
a realistic ~120-word draft and its context (what the editor sends as the mentee types) and GET /healthz.
Each draft differs (as while typing), so no cache can flatter the figure. Prints medians, p95s, the engine's
own time in process (the floor under the live check) and the ratio of the medians; the budget is 2x.
Figures, not a pass/fail test.
"""

import statistics
import sys
import tempfile
import time
from pathlib import Path

import requests

from benchmarks._server import ProcfileServer

BUDGET = 2.0
CONTEXT = {
    "mentor": {
        "name": "Kenji Watanabe",
        "role": "Application security engineer",
        "research": "Wrote 'Threat modelling for teams without a security team'; runs a yearly CTF workshop.",
        "connection_points": "",
        "found_via": "his conference talk",
    },
    "mentee": {
        "name": "Ana Lima",
        "background": "Backend developer, 4 years of Go and PostgreSQL.",
        "offer": "I can share the anonymised notes from our threat-modelling session as a case study.",
        "skills": "Go, PostgreSQL",
        "projects": "",
    },
    "ask": {"topic": "moving from backend work into application security", "minutes": 20, "format": "video call"},
}
SUBJECT = "A 20-minute question about your threat-modelling article"
BODY = (
    "Hi Kenji,\n\nI found your article 'Threat modelling for teams without a security team' through your "
    "conference talk, and its checklist changed how our team runs design reviews. I am a backend developer "
    "with four years of Go and PostgreSQL, and I am moving into application security.\n\nWould you be open "
    "to a 20-minute video call in the next two weeks? I would like to ask how you chose which threats to "
    "model first when you had no security team to lean on.\n\nIn return, I can share the anonymised notes "
    "from our threat-modelling session as a case study for your workshop.\n\nThank you for considering it,"
    "\nAna Lima"
)


def typed(i):
    """The i-th live check's payload: the draft as typed so far, different every time as while typing."""
    return {"subject": SUBJECT, "body": f"{BODY}\nP.S. Draft {i}.", "context": CONTEXT}


def engine_median(n):
    """The built-in coach's own time per draft in this process, in ms: the floor under the live check."""
    from coach import engine

    values = []
    for i in range(n):
        payload = typed(i)
        start = time.perf_counter()
        engine.critique(payload["subject"], payload["body"], payload["context"])
        values.append((time.perf_counter() - start) * 1000)
    return statistics.median(values)


def percentile(values, share):
    """The value below which `share` of the sorted values fall (nearest rank)."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


def timed(send):
    """Milliseconds one request takes, checking it succeeded."""
    start = time.perf_counter()
    response = send()
    elapsed = (time.perf_counter() - start) * 1000
    response.raise_for_status()
    return elapsed


def measure(base_url, n):
    """N interleaved (live check, no-op) pairs; return their timings in ms."""
    check, noop = requests.Session(), requests.Session()
    health = lambda: noop.get(f"{base_url}/healthz", timeout=10)  # noqa: E731
    for i in range(20):  # warm up both paths (imports, connections) before measuring
        check.post(f"{base_url}/api/v1/critique", json=typed(-1 - i), timeout=10), health()
    times = {"critique": [], "healthz": []}
    for i in range(n):
        live = lambda i=i: check.post(f"{base_url}/api/v1/critique", json=typed(i), timeout=10)  # noqa: E731
        pair = [("critique", live), ("healthz", health)]
        for name, send in pair if i % 2 else pair[::-1]:  # alternate the order so neither always goes first
            times[name].append(timed(send))
    return times


def main(argv=None):
    """Run the benchmark and print the figures."""
    argv = sys.argv[1:] if argv is None else argv
    n = int(argv[0]) if argv else 300
    words = len((SUBJECT + " " + BODY).split())
    with (
        tempfile.TemporaryDirectory() as tmp,
        ProcfileServer(Path(tmp) / "coach.db", log_path=Path(tmp) / "server.log") as server,
    ):
        times = measure(server.url, n)
    print(f"{n} interleaved pairs over keep-alive connections; draft of {words} words with context")
    for name, values in times.items():
        print(f"  {name:9} median {statistics.median(values):6.2f} ms   p95 {percentile(values, 0.95):6.2f} ms")
    print(f"  engine alone, in process: median {engine_median(n):6.2f} ms per draft")
    ratio = statistics.median(times["critique"]) / statistics.median(times["healthz"])
    print(
        f"  ratio of medians (critique / healthz): {ratio:.2f} (budget {BUDGET:.0f}x: "
        f"{'within' if ratio <= BUDGET else 'OVER'})"
    )
    return ratio


if __name__ == "__main__":
    sys.exit(0 if main() <= BUDGET else 1)
