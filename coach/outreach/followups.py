"""Outreach tracking and follow-ups: each mentor's status with its history, the follow-up schedule,
the "due this week" list, and follow-up and thank-you drafts.

The schedule follows the lesson's restraint: a follow-up falls due DEFAULT_FOLLOWUP_DAYS (or the
mentee's chosen days) after sending; after MAX_FOLLOWUPS follow-ups, the due date becomes a
suggestion to let go gracefully. `today()` is the one clock, so tests can freeze it.
"""

from datetime import UTC, date, datetime, timedelta

from .. import store
from ..drafts import services as drafting
from ..engine import followup as followup_writer
from ..engine import valueprop
from ..vocabulary import MENTOR_LIMITS

DEFAULT_FOLLOWUP_DAYS = 7
MAX_FOLLOWUPS = 2
WEEK = timedelta(days=6)  # today and the six days after it

STATUSES = (
    ("researching", "Researching"),
    ("drafted", "Drafted"),
    ("sent", "Sent"),
    ("replied", "Replied"),
    ("meeting", "Meeting scheduled"),
    ("declined", "Declined"),
    ("no_reply", "No reply"),
)
STATUS_LABELS = dict(STATUSES)
FOLLOWED_UP = "followed_up"  # not a status: a follow-up sent while the status stays "sent"
CHANNELS = (
    ("email", "Email"),
    ("linkedin", "LinkedIn"),
    ("social", "Social media message"),
    ("community", "Community chat or forum"),
    ("in_person", "In person"),
    ("other", "Other"),
)
# The one-click buttons each status offers on the mentor list: the likely next steps.
NEXT_STEPS = {
    "researching": ("drafted", "sent"),
    "drafted": ("sent",),
    "sent": (FOLLOWED_UP, "replied", "no_reply"),
    "replied": ("meeting", "declined"),
    "meeting": (),
    "declined": (),
    "no_reply": ("replied",),
}
STEP_LABELS = {**STATUS_LABELS, FOLLOWED_UP: "Followed up"}


# The profile fields a value proposition may draw on: what the mentee has to offer.
INVENTORY_FIELDS = ("skills", "industry", "education", "projects", "network", "offer", "background")
RESEARCH_MAX = MENTOR_LIMITS["research"]  # the research notes' limit, whatever adds to them


class TrackingError(ValueError):
    """A status change that does not fit the mentor's state; the message says why."""


class ResearchTooLong(ValueError):
    """An addition that would take the mentor's research notes past RESEARCH_MAX; the message says so."""


def today():
    """The current date (UTC): the clock every schedule reads, replaced in tests."""
    return datetime.now(UTC).date()


def followup_days(db, user_id):
    """The mentee's days between sending and following up (their setting, else the default)."""
    return store.get_followup_days(db, user_id) or DEFAULT_FOLLOWUP_DAYS


def change_status(db, user_id, mentor, to_status, on=None, channel=None):
    """Move a mentor to `to_status` (or record a follow-up) on date `on`, keeping the change in the history."""
    on = on or today()
    days = timedelta(days=followup_days(db, user_id))
    change = {
        "from_status": mentor["status"],
        "to_status": to_status,
        "happened_on": on.isoformat(),
        "channel": channel,
        "followup_number": None,
    }
    if to_status == FOLLOWED_UP:
        if mentor["status"] != "sent":
            raise TrackingError("Only a sent message can be followed up; mark it sent first.")
        number = (mentor["followups_sent"] or 0) + 1
        fields = {"followups_sent": number, "followup_due": (on + days).isoformat()}
        change.update(to_status="sent", followup_number=number, channel=channel or mentor["sent_channel"])
    elif to_status == "sent":
        fields = {
            "status": "sent",
            "sent_on": on.isoformat(),
            "sent_channel": channel or "email",
            "followups_sent": 0,
            "followup_due": (on + days).isoformat(),
        }
        change["channel"] = fields["sent_channel"]
    elif to_status in STATUS_LABELS:
        fields = {"status": to_status, "followup_due": None}
    else:
        raise TrackingError(f"“{to_status}” is not a status.")
    with db.atomic():  # the status and its history row, or neither
        store.update_mentor_outreach(db, user_id, mentor["id"], fields)
        store.insert_status_change(db, user_id, mentor["id"], change)


def note_first_draft(db, user_id, mentor):
    """A mentor still being researched moves to "drafted" once a first message to them exists."""
    if mentor["status"] == "researching":
        change_status(db, user_id, mentor, "drafted")


def start_first_draft(db, config, user, mentor, ask_topic, ask_minutes, ask_format):
    """Draft a first message to a mentor (see drafting.start_draft) and note it in the mentor's status, in one
    transaction; return (draft_id, missing)."""
    ask = drafting.draft_ask(mentor, ask_topic, ask_minutes, ask_format)
    context, first = drafting.compose_draft(db, config, user, ask)
    with db.atomic():  # the draft and the "drafted" status it gives a researched mentor, or neither
        draft_id = drafting.save_new_draft(db, user["id"], ask, context, first)
        note_first_draft(db, user["id"], mentor)
    return draft_id, drafting.draft_notes(first)


def outreach_overview(db, user_id, mentor):
    """What a mentor's outreach page shows: the follow-up schedule, the likely next status, the coach's check of
    the value proposition, the status history and the follow-up notes."""
    return {
        "schedule": schedule(mentor),
        # The likely change, not "Researching": a status with no next step proposes itself.
        "next_status": (NEXT_STEPS[mentor["status"]] or (mentor["status"],))[0],
        "value_check": value_check(store.get_profile(db, user_id), mentor),
        "history": store.list_status_changes(db, user_id, mentor["id"]),
        "notes": [d for d in store.list_drafts(db, user_id, mentor["id"]) if d["kind"] != "first"],
    }


def value_check(profile, mentor):
    """The coach's check of the mentor's value proposition against their research and the mentee's inventory,
    or None while there is no value proposition."""
    if not mentor["value_proposition"]:
        return None
    inventory = "\n".join(profile.get(f) or "" for f in INVENTORY_FIELDS)
    return valueprop.check(mentor["value_proposition"], mentor["research"] or "", inventory)


def add_research(db, user_id, mentor, title, url, summary):
    """Append a confirmed link (title, address, summary) to the mentor's research notes; raise ResearchTooLong
    when the notes would pass their limit."""
    entry = "\n".join(part for part in (title, url, summary) if part)
    notes = "\n\n".join(part for part in ((mentor["research"] or "").strip(), entry) if part)
    if len(notes) > RESEARCH_MAX:
        raise ResearchTooLong(
            f"would make the research notes longer than {RESEARCH_MAX:,} characters; "
            "shorten it or trim your notes first."
        )
    store.update_mentor_outreach(db, user_id, mentor["id"], {"research": notes})


def reschedule(db, user_id, mentor, due):
    """Move the next follow-up of a sent message to `due`."""
    if mentor["status"] != "sent":
        raise TrackingError("Only a sent message has a follow-up to schedule; mark it sent first.")
    store.update_mentor_outreach(db, user_id, mentor["id"], {"followup_due": due.isoformat()})


def schedule(mentor, on=None):
    """Where a mentor's follow-ups stand on date `on`: due date, days left, and whether to let go."""
    if mentor.get("status") != "sent" or not mentor.get("followup_due"):
        return None
    on = on or today()
    due = date.fromisoformat(mentor["followup_due"])
    done = mentor.get("followups_sent") or 0
    return {
        "due": due,
        "days_left": (due - on).days,
        "overdue": due < on,
        "let_go": done >= MAX_FOLLOWUPS,
        "next_number": min(done + 1, MAX_FOLLOWUPS),
        "followups_sent": done,
    }


def due_this_week(db, user_id, on=None):
    """The mentors whose follow-up (or let-go moment) falls within the next seven days, overdue included."""
    on = on or today()
    rows = store.list_followups_due(db, user_id, (on + WEEK).isoformat())
    return [{**m, "schedule": schedule(m, on)} for m in rows]


def start_note(db, config, user, mentor, kind, update):
    """Write a follow-up or thank-you draft for a mentor (with the model when one is configured, through
    prompts/followup.j2, else the built-in writer); return (draft_id, missing).

    The ask is the first message's, so the critique checks the same topic and time bound.
    """
    first = _first_draft(db, user["id"], mentor["id"])
    previous = store.latest_message(db, user["id"], mentor["id"]) or {}
    extra = {
        "previous": {"subject": previous.get("subject") or "", "sent_on": mentor["sent_on"] or ""},
        "note": {"update": update, "number": min((mentor["followups_sent"] or 0) + 1, MAX_FOLLOWUPS)},
    }
    return drafting.start_draft(
        db,
        config,
        user,
        mentor,
        first.get("ask_topic") or "",
        first.get("ask_minutes") or 20,
        first.get("ask_format") or "video call",
        kind=kind,
        extra=extra,
        write=_writer(config, db, user),
    )


def _first_draft(db, user_id, mentor_id):
    drafts = [d for d in store.list_drafts(db, user_id, mentor_id) if d["kind"] == "first"]
    return drafts[0] if drafts else {}


def _writer(config, db, user):
    """The configured model's follow-up writer, falling back to the built-in one; or the built-in one."""
    backend = drafting.drafting_backend(db, config, user)
    return lambda context: backend.draft(context, prompt_name="followup", fallback=followup_writer.draft)
