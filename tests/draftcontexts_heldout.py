"""Drafting contexts kept apart from tests/draftcontexts.py: other people, other notes and another way of drawing
them (every combination in turn, not a seeded sample), so the drafts cannot have been tuned to one list.

Names with accents and hyphens, research notes of several long sentences, mentors known only by a role,
mentees with nothing recorded, updates that do not start with a verb, and dates for the next step."""

from itertools import cycle, islice

MENTORS = (
    {
        "name": "Małgorzata Wiśniewska",
        "role": "Principal engineer",
        "research": "She maintains the open-source loader 'pgloader-lite' for bulk loads into PostgreSQL. Her "
        "conference "
        "talk 'Indexes you forgot you had' at PGConf EU walks through unused index detection, table bloat "
        "and vacuum tuning for databases with many tenants. She reviews pull requests from new "
        "contributors every Friday and writes up the common mistakes.",
    },
    {
        "name": "Søren Kierkegaard-Holm",
        "role": "Head of platform",
        "found_via": "the DevOps Days Copenhagen programme",
        "research": "Wrote a book chapter on running platform teams as products.",
    },
    {
        "name": "Nguyễn Thị Mai",
        "role": "iOS engineer",
        "research": "Publishes a weekly newsletter on Swift concurrency; gave a talk on moving a large app to "
        "async/await.",
    },
    {"name": "François Dubois"},
    {
        "name": "Dr. Ingrid Solberg",
        "role": "Researcher in human-computer interaction",
        "research": "Her paper on code review comments found that questions get answered faster than directives.",
    },
    {
        "name": "Ahmed Ben Youssef",
        "role": "Backend engineer at a logistics startup",
        "found_via": "a GitHub discussion on rate limiting",
    },
    {
        "name": "Prof. Chidi Okonkwo",
        "research": "Teaches a distributed systems course at his university; his lecture notes on consensus are "
        "public.",
    },
    {
        "name": "Ana-María Quintero",
        "role": "Tech lead",
        "research": "Led the rewrite of a payments platform from a single Rails application into eleven services over "
        "three years while keeping the team at eight people and the error rate below its old level.",
    },
    {"name": "Hiroshi", "role": "Organiser of the Rust meetup in Osaka"},
    {"name": "Rhiannon Price-Jones", "role": "Security consultant"},
    {
        "name": "Émilie Lefèvre-Nakamura",
        "role": "Engineering manager at a game studio",
        "research": "Hosts the podcast 'Shipping games on time'. She wrote about crunch-free release planning.",
    },
)
MENTEES = (
    {"name": "Björn"},
    {
        "name": "Aoife",
        "background": "Junior data analyst, 8 months of SQL.",
        "offer": "Could proofread the docs for her loader.",
    },
    {"name": "Kwame", "background": "Self-taught web developer building Django sites for local charities."},
    {"name": "Inès", "offer": "I can translate the slides of one of her talks into French."},
    {
        "name": "Rahul",
        "background": "Mobile developer, 3 years, Kotlin and Swift.",
        "offer": "Happy to test a beta of his app on Android devices.",
    },
    {},
    {
        "name": "Zuzana Nováková",
        "background": "Support engineer moving into SRE; I run our on-call rota.",
        "offer": "Ran a survey of 60 support engineers on alert fatigue; can share the anonymised results.",
    },
)
ASKS = (
    {"topic": "whether to specialise in databases or stay a generalist", "minutes": 20},
    "30 minutes on structuring a first conference talk",
    {"topic": "getting a first pull request accepted in a large Rust project", "minutes": 15, "format": "video call"},
    {"topic": "how to move from support engineering into SRE"},
    "",
    {"topic": "migrating an app with 200 screens to Swift concurrency", "minutes": 20, "format": "call"},
    "a 25-minute video call about writing a CONTRIBUTING guide that people read",
)
UPDATES = (
    "Finished the Rust book's chapter on ownership and opened my first issue.",
    "I benchmarked three connection poolers on our staging database",
    "The outline of my talk is down to nine slides.",
)
PREVIOUS = (
    {"subject": "20 minutes on specialising in databases?", "sent_on": "2026-10-19"},
    {},
    {"subject": "A question about your talk on async/await", "sent_on": "2026-09-01"},
)
MEETINGS = (
    {
        "held_on": "2026-11-04",
        "insights": "Write the talk's conclusion first, then cut everything that does not lead to it.",
    },
    {
        "held_on": "2026-08-30",
        "insights": "Measure the pool under real load before tuning anything.",
        "notes": "We talked about pgbouncer, connection limits and p95 latency.",
    },
    {"insights": "Volunteer for the incident reviews: that is where SRE work is learnt."},
)
ACTIONS = (
    ["Draft the conclusion of my talk", "Ask two colleagues to review the outline"],
    ["Profile the checkout screen with Instruments"],
    ["Shadow two on-call shifts"],
)
DONE = (
    ["Drafted the conclusion", "Rehearsed the talk with my team"],
    ["Benchmarked pgbouncer against the built-in pool"],
    ["Talk accepted at the local meetup"],
    [],
    ["Set up alerts for the checkout service"],
)
RESULTS = (
    ["The outline went from 14 slides to 9"],
    ["p95 latency fell from 480 ms to 210 ms"],
    ["My first incident review is booked for Thursday"],
)
KINDS = ("first", "followup", "thanks", "update")


def contexts(n=220):
    """`n` contexts walking every list in step; the lists' lengths share no factor with the four kinds', so each
    kind meets every entry of every list."""
    draws = zip(
        cycle(KINDS),
        cycle(MENTORS),
        cycle(MENTEES),
        cycle(ASKS),
        cycle(UPDATES),
        cycle(PREVIOUS),
        cycle(MEETINGS),
        cycle(ACTIONS),
        cycle(DONE),
        cycle(RESULTS),
        cycle((1, 2, 1, 1, 2)),
        cycle(("", "2026-12-07", "")),
        cycle(("", "Which of the two poolers would you keep?", "")),
    )
    return [_context(*draw) for draw in islice(draws, n)]


def _context(kind, mentor, mentee, ask, update, previous, meeting, actions, done, results, number, due, question):
    context = {"kind": kind, "mentor": dict(mentor), "mentee": dict(mentee), "ask": ask}
    if kind == "followup":
        context.update(previous=dict(previous), note={"update": update, "number": number})
    elif kind in ("thanks", "update"):
        # The update needs something done to report; a thank-you may come before anything is.
        context.update(
            meeting=dict(meeting),
            actions=list(actions),
            done=list(done or ([] if kind == "thanks" else ["Drafted the conclusion"])),
            results=list(results),
            next_due=due,
            next_question=question,
        )
    return context
