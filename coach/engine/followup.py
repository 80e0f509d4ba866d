"""The built-in writer of follow-ups (the lesson's follow-up strategy); thank-you notes and progress
updates are coach/engine/aftercare.py's.

`draft(context)` reads the drafting context plus context["previous"] {"subject", "sent_on"} and
context["note"] {"update", "number"} and returns {"subject", "body", "missing"} like the
first-message drafter. A follow-up is short, refers to the first message, adds something new and is
easy to decline.
"""

import re

from .context import first_name, parse_ask
from .drafter import REPORT_OFFER, offer_line
from .phrasing import first_person, lower_first, short_subject, spoken_date

LAST_FOLLOWUP = 2  # the lesson's restraint: after the second follow-up, let it go
_SUBJECT_TOPIC = re.compile(r"^(?:re:\s*)?\d+ minutes (?:on|about) (?P<topic>[^?]+)\??$", re.I)


def draft(context):
    """Return a follow-up for the context, and what it lacked."""
    return _followup(_parts(context))


def _parts(context):
    mentor = context.get("mentor") or {}
    mentee = context.get("mentee") or {}
    ask = parse_ask(context.get("ask"))
    previous = context.get("previous") or {}
    note = context.get("note") or {}
    return {
        "greeting": f"Hi {first_name(mentor.get('name')) or 'there'},",
        "sign": f"Thank you,\n{mentee.get('name') or ''}".rstrip(),
        "topic": (ask.get("topic") or "").rstrip("."),
        "minutes": ask.get("minutes") or 20,
        # "a 20-minute advice" is not English: an advice or review is asked for on a call
        "format": ask.get("format") if ask.get("format") not in ("", "advice", "guidance", "review") else "call",
        "subject": previous.get("subject") or "",
        "sent_on": spoken_date(previous.get("sent_on") or ""),
        "offer": offer_line(context),  # the first message's offer, made again
        "update": _sentence(note.get("update") or ""),
        "number": note.get("number") or 1,
    }


def _followup(p):
    missing = []
    when = f" of {p['sent_on']}" if p["sent_on"] else ""
    opening = f"I'm following up on my message{when}."
    if p["number"] >= LAST_FOLLOWUP:
        opening = f"One last note on my message{when}; I won't write again about it."
    update = p["update"]
    if not update:
        missing.append(
            "Say what is new since your first message (something you tried, found or built): "
            "a follow-up that adds nothing reads as a nudge."
        )
        update = "[Something new since my first message: what I tried, found or built.]"
    topic = p["topic"] or _topic_of_subject(p["subject"])
    about = f" about {topic}" if topic else ""
    # The ask made again in full, so the mentor can answer it without finding the first message.
    ask = f"Would a {p['minutes']}-minute {p['format']}{about} suit you in the coming weeks?"
    follow = "" if p["offer"] == REPORT_OFFER else "I'll report back on what I do with your advice. "
    close = f"{follow}If now is not a good time, no reply is needed."
    subject = (
        f"Re: {p['subject']}"
        if p["subject"]
        else short_subject(
            ("Following up on", "Following up:"),
            topic,
            f"Following up on my request for a {p['minutes']}-minute {p['format']}",
        )
    )
    if not p["subject"]:
        missing.append("No first message was found for this mentor: mention when and how you wrote.")
    paragraphs = [p["greeting"], f"{opening} {_since_then(update)}", f"{ask} {p['offer']}", close, p["sign"]]
    body = "\n\n".join(paragraphs) + "\n"
    return {"subject": subject[:200], "body": body, "missing": missing}


def _topic_of_subject(subject):
    """The topic a first message's subject named ('20 minutes on X?' -> 'X'), or ''."""
    m = _SUBJECT_TOPIC.match(subject.strip())
    return m.group("topic") if m else ""


def _since_then(update):
    """What is new, told in the first person: 'Read the docs' -> 'Since then, I read the docs.'"""
    if update.startswith("["):
        return update
    told = first_person(update, done=True)
    return f"Since then, {told}." if told else f"Since then, I have made some progress: {lower_first(update)}"


def _sentence(text):
    """Trim, capitalise and end with a full stop so a note slots into the message."""
    text = " ".join(text.split())
    if not text:
        return ""
    text = text[0].upper() + text[1:]
    return text if text[-1] in ".!?" else text + "."
