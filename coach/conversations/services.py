"""Conversation prep and follow-through (the lesson's Exercise 4 and deliverable 3).

Prepared questions by category, checked by the built-in coach; a conversation plan fitted to the
agreed minutes; meetings with their notes and insights; action items and progress updates tracked
until done; and the thank-you and progress-update drafts, which are ordinary drafts (kinds "thanks"
and "update") so the editor, revisions and critiques work for them unchanged.
"""

import math
from datetime import date, timedelta

from .. import store
from ..drafts import services as drafting
from ..engine import aftercare
from ..engine.questions import check_question, is_flagged
from ..vocabulary import AFTER_MEETING_KINDS, MESSAGE_KINDS

CATEGORIES = (
    ("technical", "Technical guidance"),
    ("career", "Career advice"),
    ("industry", "Industry insights"),
    ("personal", "Personal development"),
)
# The lesson's conversation structure, with the share of the agreed minutes each part gets.
SECTIONS = (
    ("opening", "Opening: progress since you last spoke", 0.10),
    ("core", "Core questions", 0.65),
    ("next_steps", "Next steps: action items and follow-up", 0.15),
    ("maintenance", "Relationship maintenance: thanks and value you offer", 0.10),
)
MINUTES_PER_QUESTION = 4.5  # a question, its answer and one follow-up question: about 4-5 minutes
DEFAULT_MINUTES = 20
ITEM_KINDS = (("action", "Action item"), ("update", "Progress update to send"))
AFTERCARE_KINDS = {kind: MESSAGE_KINDS[kind] for kind in AFTER_MEETING_KINDS}
DEFAULT_DUE_DAYS = 7  # an item without a date is never late, so it would never be chased


# Questions and the plan -----------------------------------------------------------------------------


def checked_questions(db, user_id, mentor_id=None):
    """The user's prepared questions, each with the coach's findings and whether it is flagged."""
    questions = []
    for question in store.list_questions(db, user_id, mentor_id):
        findings = check_question(question["text"])
        questions.append({**question, "findings": findings, "flagged": is_flagged(findings)})
    return questions


def question_framework(questions):
    """The four categories in the lesson's order, each with its questions (empty ones kept, to show gaps)."""
    return [
        {"key": key, "label": label, "questions": [q for q in questions if q["category"] == key]}
        for key, label in CATEGORIES
    ]


def allocate_minutes(minutes):
    """Split the agreed minutes across the four sections by their shares, in whole minutes that add up."""
    raw = [(key, label, minutes * share) for key, label, share in SECTIONS]
    whole = [math.floor(m) for _, _, m in raw]
    # Largest remainder: hand the minutes lost to rounding down to the sections that lost most.
    by_remainder = sorted(range(len(raw)), key=lambda i: raw[i][2] - whole[i], reverse=True)
    for i in by_remainder[: minutes - sum(whole)]:
        whole[i] += 1
    return [{"key": key, "label": label, "minutes": m} for (key, label, _), m in zip(raw, whole)]


def fit_plan(minutes, questions):
    """Fit prepared questions into the core minutes: clean questions first, in the mentee's order.

    Returns {"minutes", "sections", "capacity", "per_question", "fits", "waits"}: the questions that
    fit this conversation and those that wait for next time.
    """
    sections = allocate_minutes(minutes)
    core = next(s["minutes"] for s in sections if s["key"] == "core")
    capacity = max(1, int(core // MINUTES_PER_QUESTION))
    ordered = sorted(questions, key=lambda q: (q["flagged"], q["position"] or 0, q["id"]))
    return {
        "minutes": minutes,
        "sections": sections,
        "capacity": capacity,
        "per_question": MINUTES_PER_QUESTION,
        "fits": ordered[:capacity],
        "waits": ordered[capacity:],
    }


def agreed_minutes(db, user_id, mentor_id, plan):
    """The minutes of the conversation: the plan's, else the latest ask to this mentor, else 20."""
    if plan and plan.get("minutes"):
        return plan["minutes"]
    asked = [d["ask_minutes"] for d in store.list_drafts(db, user_id, mentor_id) if d.get("ask_minutes")]
    return asked[0] if asked else DEFAULT_MINUTES


def prep(db, user_id, mentor_id):
    """Everything the prep page and the portfolio show for one mentor: questions, framework, plan, fit."""
    questions = checked_questions(db, user_id, mentor_id)
    plan = store.get_plan(db, user_id, mentor_id)
    minutes = agreed_minutes(db, user_id, mentor_id, plan)
    return {
        "questions": questions,
        "framework": question_framework(questions),
        "plan": plan,
        "minutes": minutes,
        "fitted": fit_plan(minutes, questions),
    }


# Action items -----------------------------------------------------------------------------------------


def tracked_items(db, user_id, mentor_id=None, today=None):
    """Action items and progress updates with an `overdue` flag (open and due before today)."""
    today = (today or date.today()).isoformat()
    return [
        {**item, "overdue": not item["done_on"] and bool(item["due_on"]) and item["due_on"] < today}
        for item in store.list_action_items(db, user_id, mentor_id)
    ]


def add_item(db, user_id, mentor_id, kind, text, due_on=None, today=None):
    """Record an action item or progress update (due in a week unless dated), tied to the latest meeting."""
    due_on = due_on or (today or date.today()) + timedelta(days=DEFAULT_DUE_DAYS)
    meetings = store.list_meetings(db, user_id, mentor_id)
    return store.insert_action_item(
        db, user_id, mentor_id, meetings[0]["id"] if meetings else None, kind, text, due_on.isoformat()
    )


def mark_item(db, user_id, item_id, done, today=None):
    """Mark an item done today, or open again; return False if it is not the user's."""
    done_on = (today or date.today()).isoformat() if done else None
    return store.set_action_item_done(db, user_id, item_id, done_on)


# Thank-you and progress-update drafts -----------------------------------------------------------------


def aftercare_extra(db, user_id, mentor_id):
    """What the after-meeting writer reads beyond the drafting context: the latest meeting, the action
    items (open, done and progress updates), when the first open one is due, and a clean question that
    waited for next time."""
    meetings = store.list_meetings(db, user_id, mentor_id)
    items = store.list_action_items(db, user_id, mentor_id)
    waiting = prep(db, user_id, mentor_id)["fitted"]["waits"]
    open_actions = [i for i in items if i["kind"] == "action" and not i["done_on"]]  # soonest due first
    return {
        "meeting": meetings[0] if meetings else {},
        "actions": [i["text"] for i in open_actions],
        "next_due": _upcoming(open_actions[0]["due_on"] if open_actions else ""),
        "done": [i["text"] for i in items if i["kind"] == "action" and i["done_on"]],
        "results": [i["text"] for i in items if i["kind"] == "update"],
        "next_question": next((q["text"] for q in waiting if not q["flagged"]), ""),
    }


def _upcoming(due_on):
    """A due date still ahead (an overdue one would promise a step 'by' a day already past), or ''."""
    return due_on if due_on and due_on >= date.today().isoformat() else ""


def start_aftercare_draft(db, config, user, mentor, kind):
    """Create a thank-you or progress-update draft through drafting.start_draft, written from the
    meeting's records and saved as revision 1; returns (draft_id, missing)."""
    plan = store.get_plan(db, user["id"], mentor["id"])
    topic = next((d["ask_topic"] for d in store.list_drafts(db, user["id"], mentor["id"]) if d["ask_topic"]), "")
    extra = aftercare_extra(db, user["id"], mentor["id"])
    extra["note"] = {"update": aftercare.facts(extra)}
    return drafting.start_draft(
        db,
        config,
        user,
        mentor,
        topic,
        agreed_minutes(db, user["id"], mentor["id"], plan),
        "email exchange",
        kind=kind,
        extra=extra,
        write=_aftercare_writer(db, config, user, kind),
    )


def _aftercare_writer(db, config, user, kind):
    """The configured model through prompts/followup.j2, falling back to the built-in after-meeting
    writer; or that writer alone when no model is configured (or the hourly quota is used)."""

    def builtin(context):
        return {**aftercare.draft(kind, context), "engine": "builtin"}

    backend = drafting.drafting_backend(db, config, user)
    return lambda context: backend.draft(context, prompt_name="followup", fallback=builtin)


def aftercare_drafts(db, user_id, mentor_id):
    """The thank-you and progress-update drafts written to a mentor, newest first."""
    return [d for d in store.list_drafts(db, user_id, mentor_id) if d["kind"] in AFTERCARE_KINDS]
