"""Load benchmark: concurrent simulated mentees against the Procfile's server, with nothing lost.

    .venv/bin/python -m benchmarks.bench_load                  # 50 users, 30 s, built-in coach
    .venv/bin/python -m benchmarks.bench_load --model-faults   # a share of users also ask a failing model

Each user signs up, signs in, records a mentor and starts a draft through the real forms, then saves
revisions in a loop (load the editor, post the form, as a browser does) until the time is up. The
script starts gunicorn exactly as the Procfile does, on a temporary database and a free 127.0.0.1 port,
and prints throughput, latency, errors, and every acknowledged revision checked against the database.
It exits 1 if any request failed, any acknowledged revision is missing, or the log shows a locked database.
"""

import argparse
import os
import sqlite3
import statistics
import sys
import tempfile
import threading
import time

import requests

from benchmarks._server import ProcfileServer, add_server_options
from benchmarks._user import Refused, SimulatedUser

SAVE_INTERVAL = 30  # seconds between saves of one mentee actively editing, in an evening rush
LOG_ALARMS = ("database is locked", "Traceback", "Unhandled error", "WORKER TIMEOUT")


def run_together(users, work):
    """Run `work(user)` for every user in its own thread, all released at once; return the wall time."""
    barrier = threading.Barrier(len(users) + 1)

    def run(user):
        barrier.wait()
        work(user)

    threads = [threading.Thread(target=run, args=(user,)) for user in users]
    for thread in threads:
        thread.start()
    barrier.wait()
    started = time.perf_counter()
    for thread in threads:
        thread.join()
    return time.perf_counter() - started


def set_up(user):
    """Sign up, sign in, record a mentor and start a draft; a failure leaves the user out of the load."""
    try:
        user.sign_up_and_in()
        user.start_draft()
    except (Refused, requests.RequestException):
        user.draft_id = None


def hammer_healthz(seconds):
    """Baseline work: GET /healthz in a loop for `seconds`."""

    def work(user):
        deadline = time.perf_counter() + seconds
        while time.perf_counter() < deadline:
            try:
                user.request("healthz", "GET", "/healthz")
            except requests.RequestException:
                pass

    return work


def save_loop(seconds, acknowledged, model_answers, model_every):
    """Load work: save revisions until time is up; every `model_every`-th user also asks the model each time."""

    def work(user):
        deadline = time.perf_counter() + seconds
        asks_model = model_every and user.number % model_every == 0
        while time.perf_counter() < deadline:
            try:
                subject = user.save_revision()
                acknowledged.append((user.draft_id, subject))
                if asks_model:
                    number = user.saved + 1  # revision 1 is the first draft
                    model_answers.append(user.model_critique(number))
            except (Refused, requests.RequestException):
                pass  # already counted as an error in the user's samples

    return work


def percentiles(values):
    """(p50, p95, p99) of a list of seconds, in milliseconds."""
    if len(values) < 2:
        return (values[0] * 1000,) * 3 if values else (0.0,) * 3
    q = statistics.quantiles(values, n=100, method="inclusive")
    return q[49] * 1000, q[94] * 1000, q[98] * 1000


def database_findings(path, acknowledged):
    """Check the database after the run: integrity, lost revisions, and the critiques of model requests."""
    conn = sqlite3.connect(path)
    try:
        stored = set(conn.execute("select draft_id, subject from revisions where source = 'edit'"))
        critiques = dict(
            conn.execute(
                "select case when model_error is not null then 'fallback' when engine = 'builtin' then 'builtin' "
                "else 'model' end, count(*) from critiques group by 1"
            )
        )
        return {
            "integrity": conn.execute("PRAGMA integrity_check").fetchone()[0],
            "lost": [pair for pair in acknowledged if pair not in stored],
            "unacknowledged": len(stored - set(acknowledged)),
            "critiques": critiques,
        }
    finally:
        conn.close()


def fake_model(args):
    """Start the local fake model server failing and hanging at the requested rates."""
    from coach.coaching.fakemodel import FakeModel, random_chooser

    return FakeModel(0, random_chooser(args.fail_rate, args.hang_rate, hang_seconds=60, latency=0.2)).start()


def server_env(args, fake):
    """The server's environment: the built-in coach, or the fake model with a short time-out."""
    env = {
        "WEB_CONCURRENCY": str(args.workers),
        "COACH_THREADS": str(args.threads),
        "COACH_MODEL_CALLS_PER_HOUR": "1000000",
    }  # the load, not the per-user quota, is under test here
    if fake is None:
        return {**env, "COACH_MODEL": "", "COACH_API_BASE": ""}
    return {
        **env,
        "COACH_MODEL": "openai/fake",
        "COACH_API_BASE": fake.url,
        "OPENAI_API_KEY": "fake-key",
        "COACH_MODEL_TIMEOUT": str(args.model_timeout),
        "COACH_MODEL_RETRIES": "1",
    }


def report(args, users, marks, timings, acknowledged, model_answers, found, log):
    """Print the figures (load = each user's samples from `marks[number]` on); return the requirements failed."""
    load = [s for u in users for s in u.samples[marks[u.number] :]]
    healthz = [s for u in users for s in u.samples if s[0] == "healthz"]
    signins = [s[1] for u in users for s in u.samples if s[0] in ("signup", "signin")]
    errors = [s for u in users for s in u.samples if s[2] is None or s[2] >= 400]
    saves = [s[1] for s in load if s[0] == "save" and s[2] == 302]
    alarms = {alarm: log.count(alarm) for alarm in LOG_ALARMS}
    healthz_rate, save_rate = len(healthz) / timings["baseline"], len(acknowledged) / timings["load"]
    ready = sum(1 for u in users if u.draft_id)

    print(
        f"Outreach Coach load benchmark: {len(users)} users, {args.seconds:g} s of saving, gunicorn "
        f"{args.workers} workers x {args.threads} threads (Procfile), {os.cpu_count()} CPUs, same machine"
    )
    print(
        f"  setup: {ready}/{len(users)} users signed up, signed in, recorded a mentor and started a draft "
        f"in {timings['setup']:.1f} s (sign-up/sign-in p50 {percentiles(signins)[0]:.0f} ms: Argon2id)"
    )
    print(f"  baseline: GET /healthz {healthz_rate:,.0f} requests/s ({len(healthz):,} in {timings['baseline']:.1f} s)")
    print(
        f"  load: {len(load):,} requests, {len(load) / timings['load']:,.1f} requests/s; latency p50 / p95 / p99 "
        "= {:.0f} / {:.0f} / {:.0f} ms".format(*percentiles([s[1] for s in load]))
    )
    print(
        "  saves: {:,} acknowledged (302), {:.1f} saves/s sustained; save latency p50 / p95 / p99 = "
        "{:.0f} / {:.0f} / {:.0f} ms".format(len(acknowledged), save_rate, *percentiles(saves))
    )
    print(f"  errors: {len(errors)}" + (f" (statuses {sorted({s[2] for s in errors}, key=str)})" if errors else ""))
    print(
        f"  revisions acknowledged: {len(acknowledged):,}; found in the database: "
        f"{len(acknowledged) - len(found['lost']):,}; lost: {len(found['lost'])} "
        f"(stored but unacknowledged: {found['unacknowledged']}); integrity_check: {found['integrity']}"
    )
    print("  server log: " + ", ".join(f'"{alarm}" x {count}' for alarm, count in alarms.items()))
    print(
        f"  ratio: saves/s / healthz/s = {save_rate / healthz_rate:.3f} (one save, with its editor page load "
        f"and built-in critique, costs as much as {healthz_rate / save_rate:.1f} no-op requests)"
    )
    print(
        f"  cohort one machine holds: {save_rate:.1f} saves/s x {SAVE_INTERVAL} s = about "
        f"{int(save_rate * SAVE_INTERVAL):,} mentees editing at the same moment (assuming each active mentee "
        f"saves once every {SAVE_INTERVAL} s in an evening rush)"
    )
    failures = []
    if args.model_faults:
        failures += model_report(model_answers, found["critiques"], alarms)
    if errors:
        failures.append(f"{len(errors)} requests failed")
    if found["lost"]:
        failures.append(f"{len(found['lost'])} acknowledged revisions are missing")
    if found["integrity"] != "ok":
        failures.append("the database failed its integrity check")
    if alarms["database is locked"] or alarms["Traceback"] or alarms["Unhandled error"]:
        failures.append("the server log shows errors")
    return failures


def model_report(answers, critiques, alarms):
    """Print the model-fault figures; return failed requirements (a failed model call not answered in time)."""
    fell_back = [a for a in answers if a.get("model_error")]
    unanswered = [a for a in fell_back if a.get("engine") != "builtin" or a.get("scores") is None]
    print(
        f"  model critiques asked: {len(answers):,}; answered by the model: {len(answers) - len(fell_back):,}; "
        f"failed and answered with the built-in critique: {len(fell_back) - len(unanswered):,}; "
        f"failed without one: {len(unanswered)}"
    )
    print(
        f"  critiques table: model {critiques.get('model', 0):,}, built-in {critiques.get('builtin', 0):,}, "
        f"built-in fallbacks with the model's error {critiques.get('fallback', 0):,}"
    )
    failures = []
    if unanswered:
        failures.append(f"{len(unanswered)} failed model critiques had no built-in answer")
    if critiques.get("fallback", 0) != len(fell_back):
        failures.append("the critiques table does not hold one built-in fallback per failed model critique")
    return failures


def main(argv=None):
    """Run the benchmark and print its figures; exit 1 when a requirement fails."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--users", type=int, default=50, help="Concurrent simulated mentees.")
    parser.add_argument("--seconds", type=float, default=30, help="How long the users keep saving.")
    parser.add_argument("--baseline-seconds", type=float, default=5, help="How long to measure GET /healthz.")
    add_server_options(parser)
    parser.add_argument(
        "--model-faults",
        action="store_true",
        help="Serve a local fake model that fails and hangs; some users ask it after each save.",
    )
    parser.add_argument("--model-share", type=int, default=3, help="With --model-faults: every Nth user asks.")
    parser.add_argument("--fail-rate", type=float, default=0.3, help="With --model-faults: share of calls failing.")
    parser.add_argument("--hang-rate", type=float, default=0.1, help="With --model-faults: share of calls hanging.")
    parser.add_argument("--model-timeout", type=float, default=2, help="With --model-faults: COACH_MODEL_TIMEOUT.")
    args = parser.parse_args(argv)

    fake = fake_model(args) if args.model_faults else None
    acknowledged, model_answers, timings = [], [], {}
    with tempfile.TemporaryDirectory(prefix="coach-load-") as tmp:
        database = os.path.join(tmp, "coach.db")
        server = ProcfileServer(database, os.path.join(tmp, "server.log"), env=server_env(args, fake))
        try:
            with server:
                users = [SimulatedUser(server.url, number) for number in range(1, args.users + 1)]
                timings["setup"] = run_together(users, set_up)
                timings["baseline"] = run_together(users, hammer_healthz(args.baseline_seconds))
                marks = {user.number: len(user.samples) for user in users}
                ready = [u for u in users if u.draft_id]
                timings["load"] = run_together(
                    ready,
                    save_loop(args.seconds, acknowledged, model_answers, args.model_share if args.model_faults else 0),
                )
        finally:
            if fake:
                fake.stop()
        failures = report(
            args,
            users,
            marks,
            timings,
            acknowledged,
            model_answers,
            database_findings(database, acknowledged),
            server.log(),
        )
    for failure in failures:
        print(f"FAILED: {failure}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
