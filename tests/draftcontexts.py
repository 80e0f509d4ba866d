"""Varied drafting contexts for checking every built-in draft: thin ones (no research, no offer), long research
notes of several sentences, names with accents, product names, long topics, and each message kind."""

import random

MENTORS = [
    {
        "name": "Kenji Watanabe",
        "role": "Application security engineer",
        "research": "Wrote 'Threat modelling for teams without a security team'; runs a yearly CTF workshop.",
    },
    {
        "name": "Lucía Fernández",
        "role": "Staff engineer at a payments company",
        "research": "Gave a talk on moving a monolith's services to Kubernetes with a small team. She also writes a "
        "newsletter about incident reviews. Her team open-sourced a PostgreSQL migration checker.",
    },
    {
        "name": "Siobhán O'Brien",
        "role": "Frontend lead",
        "research": "Her blog series 'React performance in practice' covers profiling, memoisation and bundle size.",
    },
    {"name": "Dr. Amara Okafor", "research": "Her blog series on dbt testing and data contracts."},
    {
        "name": "José Álvarez",
        "role": "Engineering manager",
        "research": "Runs the Node.js meetup in Valencia. Wrote about hiring juniors into TypeScript teams, and about "
        "pairing rotations; he mentors two career changers a year through a local bootcamp programme "
        "that teaches JavaScript, testing and deployment with GitHub Actions.",
    },
    {
        "name": "Zoë Müller",
        "role": "Data engineer",
        "found_via": "her talk at PyData Berlin",
        "research": "Maintains an Airflow provider for Snowflake.",
    },
    {"name": "Olu", "role": "Maintainer of a popular pytest plugin"},
    {"name": "Lars Eriksson", "role": "Engineering manager", "found_via": "LinkedIn"},
    {
        "name": "Ngozi Adeyemi-Clarke",
        "role": "Developer advocate",
        "research": "Hosts the podcast 'Docs that ship'. Episode 12 covers docs for Go libraries.",
    },
    {
        "name": "Kelsey Park",
        "role": "SRE at a streaming company",
        "research": "Wrote 'Error budgets people actually respect' on her blog.",
    },
]
MENTEES = [
    {
        "name": "Alex",
        "background": "Backend developer, 4 years, Go and PostgreSQL; ran a threat-modelling session.",
        "offer": "Can share the anonymised notes from our threat-modelling session as a case study.",
    },
    {
        "name": "Priyanka Raghunathan",
        "background": "Frontend developer, 5 years, React and Node.js.",
        "offer": "Can prototype ideas in React quickly; happy to build a demo for one of her talks.",
    },
    {"name": "Tomás", "background": "Analytics engineer, 2 years, SQL and dbt."},
    {"name": "Chen", "offer": "Reverse-mentoring on TypeScript and modern frontend tooling"},
    {"name": "Ana", "background": "Career changer from teaching, 1 year of Python."},
    {
        "name": "Daniel",
        "background": "Tech lead, 6 years.",
        "offer": "Ran an anonymous survey of 40 engineers about one-on-ones; can share the results for her newsletter.",
    },
    {"name": "Mateus", "background": "I have worked in QA for three years and write pytest suites."},
    {},
]
ASKS = [
    "20-minute call on moving from backend work into application security",
    {"topic": "how to price a small developer tool", "minutes": 15, "format": "call"},
    {"topic": "whether a master's degree is worth it for distributed systems work", "minutes": 30},
    {"topic": "moving a monolith's services to Kubernetes with a team of three", "minutes": 20, "format": "video call"},
    {"topic": "React performance reviews in a team that ships weekly", "minutes": 25},
    {"topic": "becoming a first-time engineering manager"},
    "15 minutes of advice on a first contribution",
    "",
]
MEETINGS = [
    {
        "held_on": "2026-11-21",
        "insights": "Focus on one service first and measure before migrating the rest.",
        "notes": "Talked about Kubernetes, Helm and the order of migrations.",
    },
    {"held_on": "2026-10-02", "insights": "React performance work starts with the profiler, not with memo."},
    {"held_on": "2026-09-15", "insights": "Pick one open issue in the pytest plugin. Ask in the issue before coding."},
    {"insights": "Breadth matters less than one project you can explain end to end."},
]
# The meeting's records are never empty here: with none, the after-meeting writers leave [bracketed] slots on
# purpose (tests/test_aftercare.py), for the mentee to fill in.
ACTIONS = [
    ["Set up the React profiler on our dashboard", "Read the Kubernetes docs on probes"],
    ["Book a pairing session with our security team"],
]
DONE = [["Migrated the billing service to Kubernetes"], ["Opened a pull request on the plugin"]]
RESULTS = [["Deploys now take 8 minutes instead of 40"], ["Two interviews booked"]]
KINDS = ("first", "followup", "thanks", "update")


def contexts(n=240, seed=15):
    """`n` contexts, a quarter of each kind, drawn reproducibly from the lists above."""
    rng = random.Random(seed)
    out = []
    for i in range(n):
        kind = KINDS[i % len(KINDS)]
        context = {
            "mentor": dict(rng.choice(MENTORS)),
            "mentee": dict(rng.choice(MENTEES)),
            "ask": rng.choice(ASKS),
            "kind": kind,
        }
        if kind == "followup":
            context["previous"] = rng.choice(
                [{"subject": "20 minutes on moving into application security?", "sent_on": "2026-11-02"}, {}]
            )
            context["note"] = {
                "update": rng.choice(
                    [
                        "I shipped the profiler dashboard for our React app.",
                        "read the Kubernetes docs on probes and wrote a summary",
                    ]
                ),
                "number": rng.choice([1, 2]),
            }
        if kind in ("thanks", "update"):
            context["meeting"] = dict(rng.choice(MEETINGS))
            context["actions"] = list(rng.choice(ACTIONS))
            context["done"] = list(rng.choice(DONE))
            context["results"] = list(rng.choice(RESULTS))
            context["next_question"] = rng.choice(["", "Which Helm chart layout would you start with?"])
        out.append(context)
    return out
