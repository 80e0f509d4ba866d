"""The built-in writer of follow-ups (the lesson's follow-up strategy); thank-you notes and progress
updates are coach/engine/aftercare.py's.

`draft(context)` reads the drafting context plus context["previous"] {"subject", "sent_on"} and
context["note"] {"update", "number"} and returns {"subject", "body", "missing"} like the
first-message drafter. A follow-up is short, refers to the first message, adds something new and is
easy to decline.
"""

from .context import first_name, parse_ask
from .drafter import offer_line
from .phrasing import short_subject, spoken_date

LAST_FOLLOWUP = 2  # the lesson's restraint: after the second follow-up, let it go


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
    about = f" about {p['topic']}" if p["topic"] else ""
    opening = f"I'm following up on my message{when}{about}."
    if p["number"] >= LAST_FOLLOWUP:
        opening = f"One last note on my message{when}{about}; I won't write again about it."
    update = p["update"]
    if not update:
        missing.append("Say what is new since your first message (something you tried, found or built): "
                       "a follow-up that adds nothing reads as a nudge.")
        update = "[Something new since my first message: what I tried, found or built.]"
    close = (f"Would a {p['minutes']}-minute {p['format']} in the coming weeks suit you? {p['offer']} "
             "If not, no reply is needed.")
    subject = f"Re: {p['subject']}" if p["subject"] else \
        short_subject(("Following up on", "Following up:"), p["topic"], "Following up on my earlier message")
    if not p["subject"]:
        missing.append("No first message was found for this mentor: mention when and how you wrote.")
    body = "\n\n".join([p["greeting"], f"{opening} Since then: {update}", close, p["sign"]]) + "\n"
    return {"subject": subject[:200], "body": body, "missing": missing}


def _sentence(text):
    """Trim, capitalise and end with a full stop so a note slots into the message."""
    text = " ".join(text.split())
    if not text:
        return ""
    text = text[0].upper() + text[1:]
    return text if text[-1] in ".!?" else text + "."
