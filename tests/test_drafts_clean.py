"""Drafts that need no fixing: every built-in writer (first message, follow-up, thank-you, update) over 240
varied contexts, and 220 drawn apart from them (tests/draftcontexts_heldout.py), quotes notes whole, keeps product
names and dates as people write them, keeps subjects within
nine words, speaks to the mentor as "you", repeats no bracket or word, and leaves the coach nothing to edit."""

import json
import re

import pytest

from coach.engine import aftercare, critique, drafter, followup
from coach.engine.phrasing import second_person
from coach.engine.text import WORD
from tests import draftcontexts, draftcontexts_heldout

CONTEXTS = draftcontexts.contexts(240)
HELD_OUT = draftcontexts_heldout.contexts(220)
PRODUCTS = (
    "React",
    "Node.js",
    "PostgreSQL",
    "Kubernetes",
    "TypeScript",
    "Go",
    "Python",
    "SQL",
    "dbt",
    "Helm",
    "pytest",
    "GitHub Actions",
    "Airflow",
    "Snowflake",
    "JavaScript",
)
# A statement that ends on one of these was cut off ("... to k8s with."); a question may ("start with?").
FUNCTION_WORD_END = re.compile(
    r"\b(?:with|of|to|the|a|an|and|or|for|on|in|at|by|from|into|about|that|my|your)[.:;]", re.I
)
TITLE = re.compile(r"'[^']{3,80}'(?!\w)")
GOAL = 4.3
# The one floor below the goal: a first message to a mentor whose notes name none of their work (no talk, post,
# plugin...) and so give the draft nothing of theirs to name, where the coach rightly grades value as modest and
# the draft lists the research as missing. The rest of that draft must still reach the goal.
NO_WORK_VALUE = 4.0
WORK = re.compile(
    r"\b(?:talks?|posts?|blog|books?|podcast|newsletter|course|workshop|paper|series|plugin|meetup|"
    r"library|project|article|episode|lecture|chapter|video|tool)\b",
    re.I,
)


def names_no_work(context):
    """A first message whose context records no piece of the mentor's work a draft could name."""
    mentor = context.get("mentor") or {}
    notes = " ".join(mentor.get(k) or "" for k in ("research", "role", "found_via", "connection_points"))
    return context["kind"] == "first" and not WORK.search(notes)


def goals(context, rubrics):
    """The score each rubric must reach for this context's draft."""
    return {r: NO_WORK_VALUE if r == "value" and names_no_work(context) else GOAL for r in rubrics}


def write(context):
    kind = context["kind"]
    if kind == "first":
        return drafter.draft(context)
    return followup.draft(context) if kind == "followup" else aftercare.draft(kind, context)


def faults(context, draft):
    """Every fault of the issue's list found in one draft (an empty list when it needs no fixing)."""
    subject, body = draft["subject"], draft["body"]
    found = []
    if re.search(r"[(\[]{2}|[)\]]{2}", body) or re.search(r"\b(\w+)\s+\1\b", subject + "\n" + body, re.I):
        found.append("doubled bracket or word")
    if FUNCTION_WORD_END.search(body) or FUNCTION_WORD_END.search(subject.rstrip("?") + "."):
        found.append("cut mid-phrase")
    if len(WORD.findall(subject)) > 9:
        found.append("subject over nine words")
    if re.search(r"\d{4}-\d{2}-\d{2}", subject + body):
        found.append("ISO date")
    if re.search(r"\bwas (?:focus|pick|start|use|try|ask|read|write|build|keep|set)\b", body, re.I):
        found.append("'was focus on' grammar")
    found += _cut_notes(context, body) + _third_person(context, body) + _recased(context, subject + "\n" + body)
    return found


def _cut_notes(context, body):
    """A research note's clause used in part: its first four words present without the rest of it, or without the
    rest of the title they begin ("your talk 'Indexes you forgot you had'" may stand without the clause's tail)."""
    research = (context.get("mentor") or {}).get("research") or ""
    cut = []
    for clause in re.split(r";\s*|\.\s+", research.strip().rstrip(".")):
        clause = second_person(clause)
        title = TITLE.search(clause)
        ends = [None] + ([title.end()] if title else [])
        head = " ".join(clause.split()[1:5]).lower()  # the verb may be conjugated
        wholes = [" ".join(clause[:end].split()[1:]).lower() for end in ends]
        if len(clause.split()) >= 5 and head in body.lower() and not any(w in body.lower() for w in wholes):
            cut.append(f"note cut: {clause}")
    return cut


def _third_person(context, body):
    """Talking about the mentor to the mentor: their name past the greeting line."""
    first = re.sub(r"^(?:Dr\.?|Prof\.?)\s+", "", (context.get("mentor") or {}).get("name") or "").split(" ")[0]
    rest = body.split("\n", 1)[1] if "\n" in body else ""
    return [f"names {first} in the third person"] if first and re.search(rf"\b{re.escape(first)}\b", rest) else []


def _recased(context, text):
    """A product name written in a case the mentee never used ('react' for 'React')."""
    written = json.dumps(context, ensure_ascii=False)
    wrong = []
    for name in PRODUCTS:
        spellings = set(re.findall(rf"(?<![\w.]){re.escape(name)}(?![\w])", written, re.I))
        used = set(re.findall(rf"(?<![\w.]){re.escape(name)}(?![\w])", text, re.I))
        wrong += [f"{u} recased" for u in used - spellings] if spellings else []
    return wrong


def test_the_contexts_are_varied_enough_to_mean_something():
    kinds = {c["kind"] for c in CONTEXTS}
    thin = [c for c in CONTEXTS if not c["mentor"].get("research") and not c["mentee"].get("offer")]
    accented = [c for c in CONTEXTS if re.search(r"[^\x00-\x7f]", c["mentor"].get("name", ""))]
    long_notes = [c for c in CONTEXTS if len(c["mentor"].get("research", "").split()) > 30]
    assert len(CONTEXTS) >= 200 and kinds == {"first", "followup", "thanks", "update"}
    assert len(thin) >= 20 and len(accented) >= 40 and len(long_notes) >= 20


@pytest.mark.parametrize(
    "context",
    CONTEXTS + HELD_OUT,
    ids=[f"dev{i}" for i in range(len(CONTEXTS))] + [f"held{i}" for i in range(len(HELD_OUT))],
)
def test_every_built_in_draft_needs_no_fixing(context):
    draft = write(context)
    assert faults(context, draft) == [], draft
    result = critique(draft["subject"], draft["body"], context)
    assert [f["code"] for f in result["findings"] if "edit" in f] == [], draft
    goal = goals(context, result["scores"])
    assert {r: s for r, s in result["scores"].items() if s < goal[r]} == {}, (draft, result["findings"])


@pytest.mark.parametrize(
    "fault, body",
    [
        ("cut mid-phrase", "Hi Kenji,\n\nI liked your talk on moving services to k8s with.\n\nAna\n"),
        ("doubled bracket or word", "Hi Kenji,\n\nI work with (Node.js, Postgres)).\n\nAna\n"),
        ("ISO date", "Hi Kenji,\n\nThank you for our conversation on 2026-11-30.\n\nAna\n"),
        ("'was focus on' grammar", "Hi Kenji,\n\nWhat helped most was focus on one service.\n\nAna\n"),
        ("names Kelsey in the third person", "Hi Kelsey,\n\nI will tell Kelsey how the study plan is going.\n\nAna\n"),
        ("react recased", "Hi Kelsey,\n\nI am working on react performance.\n\nAna\n"),
    ],
)
def test_the_checker_finds_each_fault_the_issue_names(fault, body):
    context = {"mentor": {"name": "Kelsey Park", "research": "Writes about React."}, "mentee": {}, "kind": "first"}
    assert fault in faults(context, {"subject": "A short subject", "body": body})
