"""The critique API at its limits: a 500 KB request is refused fast, and the largest legal one is answered fast.

usage: python -m benchmarks.bench_api_limits [N]
In process, through Flask's test client on a temporary database: N (default 5) times each, (1) a 500 KB JSON
request whose context holds 500 KB of research notes (over the form's limit: refused, naming the field),
(2) the largest legal request: a 20,000-character body of references to the mentor's work and every context
field at its form's limit, (3) GET /healthz as the no-op baseline, and (4) the engine alone on the 500 KB
request (the command line takes any context): grounding reads the notes once, not once per reference. Goals: the
refusal within 50 ms, the largest legal critique within 500 ms, the engine on 500 KB within 1 s (it took 7.6 s
when every reference re-read the notes). Figures, not a pass/fail test.
"""

import json
import statistics
import sys
import tempfile
import time

from coach import create_app, engine
from coach.api.views import CONTEXT_LIMITS
from coach.vocabulary import BODY_MAX, SUBJECT_MAX

REFUSE_BUDGET_MS = 50
LEGAL_BUDGET_MS = 500
ENGINE_BUDGET_MS = 1000
TOPICS = (
    "threat modelling",
    "fuzzing parsers",
    "secure code review",
    "incident response",
    "CTF workshops",
    "dependency audits",
    "OAuth flows",
    "container hardening",
)


def filled(limit, seed):
    """Plausible words up to exactly `limit` characters."""
    words = " ".join(f"{TOPICS[(seed + i) % len(TOPICS)]} talk {i}" for i in range(limit // 10 + 1))
    return words[:limit]


def largest_legal():
    """Every field at its limit: a body that is nothing but references to the mentor's work."""
    context = {
        part: {name: filled(limit, len(name)) for name, limit in fields.items()}
        for part, fields in CONTEXT_LIMITS.items()
    }
    context["ask"]["minutes"] = 20
    sentence = "Your talk on {} at the spring conference changed how I review code. "
    body = "".join(sentence.format(TOPICS[i % len(TOPICS)]) for i in range(BODY_MAX // len(sentence) + 1))
    return {"subject": filled(SUBJECT_MAX, 1), "body": body[:BODY_MAX], "context": context}


def oversized():
    """About 500 KB: a short message with half a megabyte of research notes."""
    return {
        "subject": "A question",
        "body": "Your talk on fuzzing parsers changed how I test. " * 300,
        "context": {"mentor": {"name": "Kenji", "research": "wrote an article about fuzzing. " * 15_500}},
    }


def timings(send, n):
    """Milliseconds of n calls of `send`, each checked by it."""
    values = []
    for _ in range(n):
        start = time.perf_counter()
        send()
        values.append((time.perf_counter() - start) * 1000)
    return values


def main(n=5):
    """Print the three medians and whether each met its goal; return 0 when both did."""
    with tempfile.TemporaryDirectory() as tmp:
        client = create_app({"DATABASE": f"{tmp}/bench.db", "SECRET_KEY": "bench"}).test_client()
        big, legal = json.dumps(oversized()), json.dumps(largest_legal())

        def refuse():
            response = client.post("/api/v1/critique", data=big, content_type="application/json")
            assert response.status_code in (400, 413), response.status_code

        def answer():
            response = client.post("/api/v1/critique", data=legal, content_type="application/json")
            assert response.status_code == 200, response.get_data(as_text=True)[:300]

        noop = statistics.median(timings(lambda: client.get("/healthz"), n * 4))
        refused, answered = statistics.median(timings(refuse, n)), statistics.median(timings(answer, n))
        payload = oversized()
        alone = statistics.median(timings(lambda: engine.critique(**payload), n))
    print(f"no-op GET /healthz:                       {noop:7.1f} ms (median)")
    print(f"{len(big) // 1024} KB request refused:                 {refused:7.1f} ms (goal <= {REFUSE_BUDGET_MS} ms)")
    print(
        f"largest legal request ({len(legal) // 1024} KB) critiqued: {answered:7.1f} ms (goal <= {LEGAL_BUDGET_MS} ms)"
    )
    print(
        f"engine alone on the {len(big) // 1024} KB request:          {alone:7.1f} ms (goal <= {ENGINE_BUDGET_MS} ms)"
    )
    met = refused <= REFUSE_BUDGET_MS and answered <= LEGAL_BUDGET_MS and alone <= ENGINE_BUDGET_MS
    return 0 if met else 1


if __name__ == "__main__":
    sys.exit(main(int(sys.argv[1]) if len(sys.argv) > 1 else 5))
