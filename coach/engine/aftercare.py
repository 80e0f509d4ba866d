"""The built-in writer of the messages after a meeting: the thank-you note and the later progress update.

`draft(kind, context)` takes kind "thanks" or "update" and the drafting context plus
context["meeting"] {"held_on", "insights", "notes"}, context["actions"] (what the mentee will do),
context["done"] (what they did), context["results"] (progress to report), context["next_due"] (when
the first action is due, ISO), and
context["next_question"] (a question that did not fit the meeting). It returns
{"subject", "body", "missing"} like the first-message drafter, with [bracketed] placeholders where
the mentee's records were empty, so the mentee sees what to fill in. A thank-you names what helped
and what the mentee will do, and asks for nothing; a progress update says what they did with the
advice and what came of it, with at most one small optional question.
"""

from ..vocabulary import AFTER_MEETING_KINDS as KINDS
from .context import first_name, parse_ask
from .phrasing import first_person, lower_first, short_subject, spoken_date


def draft(kind, context):
    """Return the thank-you ("thanks") or progress-update ("update") message for the context."""
    if kind not in KINDS:
        raise ValueError(f"unknown after-meeting message kind: {kind!r}")
    parts, missing = _parts(context)
    return (_thanks if kind == "thanks" else _update)(parts, missing)


def facts(context):
    """The meeting's records as plain sentences, for a model writing the same note (prompts/followup.j2)."""
    meeting = context.get("meeting") or {}
    lines = [
        ("What helped most", meeting.get("insights")),
        ("Meeting notes", meeting.get("notes")),
        ("Will do", "; ".join(context.get("actions") or [])),
        ("First step due", spoken_date(context.get("next_due") or "")),
        ("Done", "; ".join(context.get("done") or [])),
        ("Results so far", "; ".join(context.get("results") or [])),
        ("A question that waited", context.get("next_question")),
    ]
    return "\n".join(f"{label}: {' '.join(str(value).split())}" for label, value in lines if value)


def _parts(context):
    mentor = context.get("mentor") or {}
    mentee = context.get("mentee") or {}
    meeting = context.get("meeting") or {}
    missing = []
    insight = _first_sentence(meeting.get("insights") or "")
    if not insight:
        missing.append("Record what helped most in the meeting (its insights) so the note can name it.")
        insight = "[the one piece of advice that helped most]"
    return {
        "greeting": f"Hi {first_name(mentor.get('name')) or 'there'},",
        "sign": f"Thank you again,\n{mentee.get('name') or ''}".rstrip(),
        "topic": parse_ask(context.get("ask"))["topic"].rstrip("."),
        "when": f" on {spoken_date(meeting['held_on'])}" if spoken_date(meeting.get("held_on") or "") else "",
        "insight": lower_first(insight.rstrip(".")),
        "actions": [a.rstrip(".") for a in context.get("actions") or []],
        "done": [a.rstrip(".") for a in context.get("done") or []],
        "results": [r.rstrip(".") for r in context.get("results") or []],
        "next_question": (context.get("next_question") or "").strip(),
        "due": spoken_date(context.get("next_due") or ""),  # when the first open action item is due
    }, missing


def _thanks(p, missing):
    about = f" about {p['topic']}" if p["topic"] else ""
    actions = _or_placeholder(
        p["actions"],
        missing,
        "[what I will do first with your advice]",
        "Add an action item (what you will do with the advice) so the note says what happens next.",
    )
    started = f" Since then, {_told(p['done'], done=True)}." if p["done"] else ""
    paragraphs = [
        p["greeting"],
        f"Thank you for our conversation{p['when']}{about}. What helped most was {_advice(p['insight'])}.{started}",
        f"{_next_steps(actions, p['due'])} I will let you know how it goes.",
        p["sign"],
    ]
    subject = short_subject(
        ("Thanks for your advice on", "Thanks:"), p["topic"], "Thank you, and my next step after our conversation"
    )
    return _message(subject, paragraphs, missing)


def _update(p, missing):
    if not p["done"]:
        missing.append("Mark the action items you finished as done: the update should say what you did.")
    done = _told(p["done"], done=True) if p["done"] else "[what I did with your advice]"
    results = _or_placeholder(
        p["results"],
        missing,
        "[the result so far, with a number or an example]",
        "Add a progress update (the result so far) so the mentor sees the advice paid off.",
    )
    about = f" about {p['topic']}" if p["topic"] else ""
    still = f" {_next_steps(p['actions'], p['due'])}" if p["done"] and p["actions"] else ""
    paragraphs = [
        p["greeting"],
        f"A short update since we spoke{p['when']}{about}. What helped most was {_advice(p['insight'])}.",
        f"Since then, {done}. The result so far: {_join(results)}.{still} I will keep you posted.",
    ]
    if p["next_question"]:
        paragraphs.append(
            f"One small question, only if you have a minute (no need to reply otherwise): {p['next_question']}"
        )
    paragraphs.append(p["sign"])
    subject = short_subject(("An update on", "Update:"), p["topic"], "An update since our conversation")
    return _message(subject, paragraphs, missing)


def _advice(insight):
    """The mentor's advice, whole: 'your advice to measure first' when it is an instruction, else 'your advice:
    Breadth matters less ...' ("your advice", not "you suggested", keeps it whole whatever its grammar)."""
    if first_person(insight).startswith("I will "):  # "Measure the pool first" is an instruction
        return f"your advice to {first_person(insight)[len('I will ') :]}"
    return f"your advice: {insight}"


def _next_steps(actions, due):
    """What the mentee will do next, and by when if the first item has a date: 'Next, I will X by 7 December.'"""
    by = f" by {due}" if due else ""
    told = [first_person(a) for a in actions]
    if all(told):  # one sentence: "Next, I will set up X by 7 December and read Y."
        steps = [told[0] + by] + [t[len("I will ") :] if t.startswith("I will ") else t for t in told[1:]]
        return f"Next, {_join_plain(steps)}."
    return f"Next on my list{by}: {_join(actions)}."


def _told(items, done=False):
    """Items in the first person, joined ('I wrote X and I ran Y'); those that do not start with a verb are listed
    after 'I have some news:' (done) or as they stand."""
    told = [first_person(i, done) for i in items]
    if all(told):
        return _join_plain(told)
    return ("I have some news: " if done else "") + _join(items)


def _or_placeholder(items, missing, placeholder, note):
    """The mentee's items, or a [bracketed] placeholder and a note on what to add."""
    if items:
        return items
    missing.append(note)
    return [placeholder]


def _message(subject, paragraphs, missing):
    return {"subject": subject[:200], "body": "\n\n".join(paragraphs) + "\n", "missing": missing}


def _first_sentence(text):
    text = " ".join(text.split())
    for end in (". ", "! ", "? ", "\n"):
        if end in text:
            text = text.split(end)[0]
    return text.strip()


def _join(items):
    return _join_plain([lower_first(i) for i in items])


def _join_plain(items):
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]
