"""Instructor pages at the size of a real course: cohorts of 1,000 and 10,000 mentees on the Procfile's server.

    .venv/bin/python -m benchmarks.bench_instructor                 # 1,000 and 10,000 mentees
    .venv/bin/python -m benchmarks.bench_instructor --sizes 300 3000

Each size gets a fresh database: one instructor and one cohort of N mentees, each with 3 mentors, a draft to
each and 5 revisions of every draft, critiqued by the built-in coach (real critiques of a pool of realistic
messages); one draft in ten also has a model's critique and one in twenty the instructor's review. The rows go
in through coach.store.insert_many (one prepared statement per table) before the migration that adds the
dashboard's summaries, whose backfill then builds them (the tests check that backfill and triggers agree). Then
gunicorn starts as the Procfile runs it, the instructor signs in over HTTP, and each page is
requested in turn (2 warm-up requests, then --repeat timed ones). SQL statements per page are counted in
process, on the same database, with a trace callback. Worker RSS is read from /proc, and sampled every 20 ms
while the CSV export streams.

Goal (issue 17): at the largest size, the cohort dashboard, calibration page and instructor's mentee page answer
in under 300 ms (median), the export streams at flat memory, and worker RSS stays under 250 MB. Exits 1 if not.
"""

import argparse
import json
import os
import random
import re
import statistics
import sys
import tempfile
import threading
import time
from datetime import UTC, datetime, timedelta

import requests

from benchmarks._server import ProcfileServer, add_server_options
from coach import engine, store
from coach.accounts import services as accounts
from coach.db import apply_migrations, open_database
from coach.drafts import services as drafting
from coach.migrations import migrations

SUMMARIES_MIGRATION = "scale_instructor_summaries"

PASSWORD = "benchmark instructor password"
INSTRUCTOR = "instructor@bench.example"
GOAL_MS = 300
GOAL_RSS_MB = 250
EXPORT_GROWTH_MB = 25  # what "flat" allows the export to add to a worker: its buffers, not the cohort
TIMED_PAGES = ("cohort dashboard", "calibration", "instructor's mentee page")
NOW = datetime.now(UTC).replace(microsecond=0)

FIRST = (
    "Ana",
    "Bo",
    "Chen",
    "Dana",
    "Eli",
    "Fatima",
    "Goran",
    "Hana",
    "Ivan",
    "Jun",
    "Kemi",
    "Luis",
    "Mia",
    "Noor",
    "Omar",
    "Priya",
    "Quinn",
    "Rosa",
    "Sam",
    "Tariq",
    "Uma",
    "Vik",
    "Wen",
    "Ximena",
    "Yusuf",
    "Zoe",
)
LAST = (
    "Okafor",
    "Lima",
    "Watanabe",
    "Novak",
    "Haddad",
    "Kowalski",
    "Mensah",
    "Rossi",
    "Silva",
    "Tanaka",
    "Jensen",
    "Moreau",
    "Ibrahim",
    "Khan",
    "Park",
    "Fischer",
    "Garcia",
    "Nguyen",
    "Ahmed",
    "Cohen",
)
MENTOR_ROLES = (
    "Staff platform engineer",
    "Application security lead",
    "Engineering manager",
    "Principal data engineer",
    "Developer advocate",
    "SRE team lead",
)
TOPICS = (
    "moving from backend work into application security",
    "becoming a platform engineer",
    "preparing for a first tech-lead role",
    "switching from QA into development",
    "getting into data engineering",
)
SUBJECTS = (
    "A 20-minute question about your threat-modelling talk",
    "Quick question",
    "Mentorship opportunity",
    "Your article on gradual Kubernetes migrations",
    "20 minutes on moving into platform work?",
    "need advice asap!!",
    "Question from a QA engineer moving into development",
    "Your talk at PyCon on data pipelines",
)
OPENINGS = (
    "I watched your talk on threat modelling for teams without a security team and tried the checklist "
    "on our payments service; it found two gaps we fixed the same week.",
    "I read your article on gradual Kubernetes migrations; the strangler pattern section changed how our "
    "team plans the move.",
    "I am a huge fan of everything you do. You are an inspiration to the whole industry.",
    "hey, u seem to know a lot about this.",
    "Your PyCon talk on idempotent data pipelines answered a question I had been stuck on for a month.",
)
ABOUTS = (
    "I am a backend developer (four years of Go and PostgreSQL) moving into application security.",
    "I'm a full-stack developer with 3 years of experience looking to move into platform engineering.",
    "I have been in QA for five years and I am learning Python to move into development.",
    "",
)
ASKS = (
    "Could we talk for 20 minutes on a video call in the next two weeks about how you made that move?",
    "Would you be open to a 15-minute call about which skills to build first?",
    "can you mentor me? i need answers by friday.",
    "I'd love to pick your brain sometime. Let me know when works.",
)
OFFERS = (
    "In return I can share our anonymised notes from the exercise as a case study for your workshop.",
    "I'd be happy to share what I learnt about React performance if it would be useful.",
    "",
)
CLOSINGS = (
    "If another time suits you better, I am happy to work around your schedule.\n\nThanks,\n{me}",
    "Thank you for considering,\n{me}",
    "thx",
)


def message_pool(rng, size=48):
    """Realistic first messages of mixed quality, each with its built-in critique: (subject, body, critique)."""
    context = drafting.build_context(
        {"background": "Backend developer", "offer": "notes from our exercise"},
        {
            "name": "Kenji Watanabe",
            "role": MENTOR_ROLES[0],
            "research": "Gave the talk 'Threat modelling for teams without a security team'.",
        },
        {"ask_topic": TOPICS[0], "ask_minutes": 20, "ask_format": "video call"},
        "Sam",
    )
    pool = []
    for _ in range(size):
        body = "\n\n".join(
            part
            for part in (
                "Hi Kenji,",
                rng.choice(OPENINGS),
                rng.choice(ABOUTS),
                rng.choice(ASKS),
                rng.choice(OFFERS),
                rng.choice(CLOSINGS).format(me="Sam"),
            )
            if part
        )
        subject = rng.choice(SUBJECTS)
        pool.append((subject, body, engine.critique(subject, body, context)))
    return pool


def _stamp(moment):
    return moment.isoformat(timespec="seconds")


def build_course(path, mentees, seed=17):
    """Create the database at `path` with one instructor and a cohort of `mentees`; return what the pages need."""
    rng = random.Random(seed)
    pool = message_pool(rng)
    db = open_database(path)
    # The rows go in before the summaries migration and its backfill builds the summaries, as on a server
    # upgraded with its course already there: per-row triggers would make a 10,000-mentee load take many minutes.
    migrations.apply(db, stop_before=SUMMARIES_MIGRATION)
    # A benchmark's own throwaway file: a large cache and no fsync make the load minutes, not tens of minutes.
    db.execute("PRAGMA cache_size=-400000")
    db.execute("PRAGMA synchronous=OFF")
    instructor = accounts.register(db, "Ines Instructor", INSTRUCTOR, PASSWORD, "instructor")
    cohort = store.insert_cohort(db, instructor, "Career changers, autumn", "BENCH234")
    first_user, users, drafts, revisions = instructor + 1, [], [], []
    critiques, model_critiques, reviews, agreements, comments = [], [], [], [], []
    for k in range(mentees):
        user_id = first_user + k
        start = NOW - timedelta(days=rng.uniform(2, 60))
        users.append(
            {
                "id": user_id,
                "email": f"mentee{k}@bench.example",
                "name": f"{rng.choice(FIRST)} {rng.choice(LAST)}",
                "password_hash": "!",
                "role": "mentee",
                "created_at": _stamp(start),
            }
        )
        for j in range(3):
            draft_id = 3 * k + j + 1
            drafts.append(
                {
                    "id": draft_id,
                    "user_id": user_id,
                    "mentor_id": draft_id,
                    "kind": "first",
                    "ask_topic": rng.choice(TOPICS),
                    "ask_minutes": 20,
                    "ask_format": "video call",
                    "created_at": _stamp(start),
                }
            )
            moment = start
            for n in range(1, 6):
                moment += timedelta(hours=rng.uniform(1, 30))
                revision_id = 15 * k + 5 * j + n
                subject, body, critique = rng.choice(pool)
                revisions.append(
                    {
                        "id": revision_id,
                        "draft_id": draft_id,
                        "number": n,
                        "subject": subject,
                        "body": body,
                        "source": "edit",
                        "created_at": _stamp(min(moment, NOW)),
                    }
                )
                critiques.append(_critique_row(revision_id, critique, moment))
            if draft_id % 10 == 0:
                model_critiques.append(_critique_row(revision_id, critique, moment, model=True))
            if draft_id % 20 == 7:
                review_id = len(reviews) + 1
                scores = {
                    r: min(5, max(1, round(critique["scores"][r] + rng.choice((-1, 0, 0, 1))))) for r in store.RUBRICS
                }
                reviews.append(
                    {
                        "id": review_id,
                        "revision_id": revision_id,
                        "instructor_id": instructor,
                        **scores,
                        "comment": "Good research; make the ask one sentence.",
                        "created_at": _stamp(NOW),
                        "updated_at": _stamp(NOW),
                    }
                )
                agreements += [
                    {"review_id": review_id, "critique_id": revision_id, "rubric": r, "agreed": rng.random() < 0.7}
                    for r in store.RUBRICS
                ]
                comments.append(
                    {
                        "review_id": review_id,
                        "field": "subject",
                        "quote": subject[:8],
                        "quote_start": 0,
                        "quote_end": len(subject[:8]),
                        "comment": "Say what you ask here.",
                        "created_at": _stamp(NOW),
                    }
                )
    mentors = [
        {
            "id": d["id"],
            "user_id": d["user_id"],
            "name": f"{rng.choice(FIRST)} {rng.choice(LAST)}",
            "role": rng.choice(MENTOR_ROLES),
            "research": "Talk and article on the move we are asking about.",
            "accessibility": 3,
            "relevance": 5,
            "likelihood": 3,
            "value_potential": 4,
            "status": "researching",
            "created_at": d["created_at"],
            "updated_at": d["created_at"],
        }
        for d in drafts
    ]
    started = time.perf_counter()
    store.insert_many(db, "users", users)
    store.insert_many(
        db, "cohort_members", ({"cohort_id": cohort, "mentee_id": u["id"], "joined_at": u["created_at"]} for u in users)
    )
    for table, rows in (
        ("mentors", mentors),
        ("drafts", drafts),
        ("revisions", revisions),
        ("critiques", critiques),
        ("critiques", model_critiques),
        ("reviews", reviews),
        ("review_agreements", agreements),
        ("review_comments", comments),
    ):
        store.insert_many(db, table, rows)
    seconds = time.perf_counter() - started
    started = time.perf_counter()
    apply_migrations(db)
    backfill = time.perf_counter() - started
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.conn.close()
    return {
        "cohort": cohort,
        "mentee": first_user + mentees // 2,
        "review": reviews[len(reviews) // 2]["revision_id"],
        "revisions": len(revisions),
        "critiques": len(critiques) + len(model_critiques),
        "reviews": len(reviews),
        "seconds": seconds,
        "backfill": backfill,
        "megabytes": os.path.getsize(path) / 1e6,
    }


def _critique_row(revision_id, critique, moment, model=False):
    """A critiques row; the built-in one of revision N has id N, so agreements can point at it."""
    row = {
        "revision_id": revision_id,
        "engine": "model" if model else "builtin",
        "model": "openai/gpt-4o-mini" if model else None,
        "prompt_version": "critique-v3" if model else None,
        **critique["scores"],
        "overall": critique["overall"],
        "findings_json": json.dumps(critique["findings"], ensure_ascii=False),
        "stats_json": json.dumps(critique["stats"], ensure_ascii=False),
        "summary": None,
        "model_error": None,
        "model_call_id": None,
        "created_at": _stamp(min(moment, NOW)),
    }
    return row if model else {"id": revision_id, **row}


def pages(course):
    """(name, path) of every instructor page, with ids from the built course."""
    cohort = f"/instructor/cohorts/{course['cohort']}"
    return [
        ("cohort dashboard", cohort),
        ("dashboard, by clarity, page 20", f"{cohort}?sort=clarity&dir=desc&page=20"),
        ("dashboard, needs attention", f"{cohort}?attention=1&sort=last_activity"),
        ("calibration", "/instructor/calibration"),
        ("instructor's mentee page", f"/instructor/mentees/{course['mentee']}"),
        ("review page", f"/instructor/revisions/{course['review']}/review"),
        ("Markdown report", f"/instructor/mentees/{course['mentee']}/report.md"),
        ("instructor home", "/instructor/"),
    ]


# Measuring ------------------------------------------------------------------------------------------------


def worker_pids(master):
    """The gunicorn workers: the processes whose parent is the master."""
    pids = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as fh:
                    if int(fh.read().rsplit(")", 1)[1].split()[1]) == master:
                        pids.append(int(entry))
            except (OSError, IndexError, ValueError):
                pass
    return pids


def rss_mb(pid):
    """A process's resident memory in MB (0 if it is gone)."""
    try:
        with open(f"/proc/{pid}/status") as fh:
            return next(int(line.split()[1]) for line in fh if line.startswith("VmRSS:")) / 1024
    except (OSError, StopIteration):
        return 0.0


def signed_in(url):
    """A requests session signed in as the benchmark's instructor through the sign-in form."""
    http = requests.Session()
    html = http.get(url + "/auth/signin").text
    token = re.search(r'name="csrf_token"[^>]*value="([^"]+)"', html).group(1)
    response = http.post(
        url + "/auth/signin",
        data={"csrf_token": token, "email": INSTRUCTOR, "password": PASSWORD},
        allow_redirects=False,
    )
    if response.status_code != 302:
        raise RuntimeError(f"the instructor could not sign in: {response.status_code}")
    return http


def time_page(http, url, repeat):
    """Median and p95 milliseconds of GET url (after 2 warm-up requests), and the response's size."""
    for _ in range(2):
        response = http.get(url)
        response.raise_for_status()
    samples = []
    for _ in range(repeat):
        started = time.perf_counter()
        response = http.get(url)
        samples.append((time.perf_counter() - started) * 1000)
        response.raise_for_status()
    samples.sort()
    return {
        "median": statistics.median(samples),
        "p95": samples[int(0.95 * (len(samples) - 1))],
        "kb": len(response.content) / 1024,
    }


def time_export(http, url, master):
    """Stream the CSV export; return seconds, rows, MB and the workers' RSS before and at peak while it streamed."""
    before = max(rss_mb(pid) for pid in worker_pids(master))
    peak, done = [before], threading.Event()

    def sample():
        while not done.is_set():
            peak.append(max([rss_mb(pid) for pid in worker_pids(master)] or [0]))
            time.sleep(0.02)

    sampler = threading.Thread(target=sample)
    sampler.start()
    started, size, lines = time.perf_counter(), 0, 0
    try:
        with http.get(url, stream=True) as response:
            response.raise_for_status()
            for chunk in response.iter_content(64 * 1024):
                size += len(chunk)
                lines += chunk.count(b"\n")
    finally:
        done.set()
        sampler.join()
    return {
        "seconds": time.perf_counter() - started,
        "rows": lines - 1,
        "mb": size / 1e6,
        "rss_before": before,
        "rss_peak": max(peak),
    }


def statement_counts(path, course):
    """{page name: SQL statements one request runs}, counted in process on the same database."""
    from coach import create_app
    from coach import db as coach_db
    from coach.instructor import exports

    counted, original = [], coach_db.open_database

    def traced(database_path):
        database = original(database_path)
        database.conn.set_trace_callback(lambda sql: counted.append(sql))
        return database

    app = create_app({"DATABASE": path, "SECRET_KEY": "benchmark-secret"})
    client = app.test_client()
    token = re.search(r'name="csrf_token"[^>]*value="([^"]+)"', client.get("/auth/signin").get_data(as_text=True))
    client.post("/auth/signin", data={"csrf_token": token.group(1), "email": INSTRUCTOR, "password": PASSWORD})
    coach_db.open_database = exports.open_database = traced
    try:
        result = {}
        for name, path_ in [*pages(course), ("CSV export", f"/instructor/cohorts/{course['cohort']}/export.csv")]:
            client.get(path_).get_data()  # the first request may seed anchors; count the second
            counted.clear()
            response = client.get(path_)
            response.get_data()
            assert response.status_code == 200, (path_, response.status_code)
            result[name] = sum(1 for sql in counted if not sql.lstrip().upper().startswith("PRAGMA"))
        return result
    finally:
        coach_db.open_database = exports.open_database = original


def measure(size, args, tmp):
    """Build a course of `size` mentees, serve it, and return every figure for it."""
    path = os.path.join(tmp, f"course-{size}.db")
    print(f"building {size:,} mentees...", flush=True)
    course = build_course(path, size)
    print(
        f"  {size:,} mentees, {course['revisions']:,} revisions, {course['critiques']:,} critiques, "
        f"{course['reviews']:,} reviews inserted in {course['seconds']:.1f} s, summaries backfilled by the migration "
        f"in {course['backfill']:.1f} s (database {course['megabytes']:.0f} MB)",
        flush=True,
    )
    counts = statement_counts(path, course)
    env = {"WEB_CONCURRENCY": str(args.workers), "COACH_THREADS": str(args.threads), "COACH_MODEL": ""}
    with ProcfileServer(path, os.path.join(tmp, f"server-{size}.log"), env=env) as server:
        http = signed_in(server.url)
        timings = {name: time_page(http, server.url + path_, args.repeat) for name, path_ in pages(course)}
        rss_pages = max(rss_mb(pid) for pid in worker_pids(server.process.pid))
        export = time_export(http, f"{server.url}/instructor/cohorts/{course['cohort']}/export.csv", server.process.pid)
        rss_after = max(rss_mb(pid) for pid in worker_pids(server.process.pid))
    return {
        "size": size,
        "course": course,
        "counts": counts,
        "timings": timings,
        "export": export,
        "rss_pages": rss_pages,
        "rss_after": rss_after,
    }


def report(results):
    """Print the figures side by side with the ratio of the largest size to the smallest; return goals missed."""
    small, large = results[0], results[-1]
    sizes = [f"{r['size']:,}" for r in results]
    print(f"\nInstructor pages, Procfile server, {os.cpu_count()} CPUs; median ms (p95) / KB / SQL statements per page")
    print(f"{'page':34}" + "".join(f"{s + ' mentees':>30}" for s in sizes) + f"{'time ratio':>12}")
    for name in small["timings"]:
        cells = "".join(
            f"{r['timings'][name]['median']:>9.0f} ({r['timings'][name]['p95']:>4.0f})"
            f"{r['timings'][name]['kb']:>7.0f} KB{r['counts'][name]:>5}"
            for r in results
        )
        ratio = large["timings"][name]["median"] / max(small["timings"][name]["median"], 0.1)
        print(f"{name:34}{cells}{ratio:>11.2f}x")
    for r in results:
        e = r["export"]
        print(
            f"CSV export, {r['size']:,} mentees: {e['rows']:,} rows, {e['mb']:.1f} MB in {e['seconds']:.2f} s "
            f"({e['rows'] / e['seconds']:,.0f} rows/s), {r['counts']['CSV export']} SQL statements; worker RSS "
            f"{e['rss_before']:.0f} MB before, {e['rss_peak']:.0f} MB at peak while streaming"
        )
        print(
            f"worker RSS, {r['size']:,} mentees: {r['rss_pages']:.0f} MB after the pages, "
            f"{r['rss_after']:.0f} MB after the export"
        )
    per_row = [r["export"]["seconds"] / r["export"]["rows"] * 1e6 for r in results]
    print(
        "export time per row: "
        + ", ".join(f"{p:.1f} µs at {s}" for p, s in zip(per_row, sizes))
        + f" (ratio {per_row[-1] / per_row[0]:.2f}: linear when near 1)"
    )
    missed = [
        f"{name} median {large['timings'][name]['median']:.0f} ms at {large['size']:,} mentees (goal < {GOAL_MS} ms)"
        for name in TIMED_PAGES
        if large["timings"][name]["median"] >= GOAL_MS
    ]
    worst_rss = max(max(r["rss_after"], r["export"]["rss_peak"]) for r in results)
    if worst_rss >= GOAL_RSS_MB:
        missed.append(f"worker RSS reached {worst_rss:.0f} MB (goal < {GOAL_RSS_MB} MB)")
    growth = large["export"]["rss_peak"] - large["export"]["rss_before"]
    if growth >= EXPORT_GROWTH_MB:
        missed.append(
            f"the export grew a worker by {growth:.0f} MB at {large['size']:,} mentees (flat: < {EXPORT_GROWTH_MB} MB)"
        )
    print("goal: " + ("met" if not missed else "MISSED"))
    return missed


def main(argv=None):
    """Build each size, measure it, print the figures; exit 1 when a goal is missed."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000], help="Cohort sizes, smallest first.")
    parser.add_argument("--repeat", type=int, default=15, help="Timed requests per page.")
    add_server_options(parser)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="coach-instructor-") as tmp:
        results = [measure(size, args, tmp) for size in sorted(args.sizes)]
    missed = report(results)
    for line in missed:
        print(f"FAILED: {line}")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
