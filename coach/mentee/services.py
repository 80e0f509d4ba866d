"""The dashboard's checklist: which of the lesson's five steps the mentee has done."""

REVISE_TARGET = 5  # revisions of one draft before "revise" counts as done: the lesson's review and refinement
SENT_STATUSES = ("sent", "replied", "meeting", "declined", "no_reply")  # every status a sent message reaches


def checklist(profile, mentors, drafts):
    """Which of the dashboard's five steps the mentee has done, from their profile, mentors and drafts."""
    return {
        "profile": bool(profile.get("offer") or profile.get("background")),
        "mentor": bool(mentors),
        "draft": bool(drafts),
        "revise": any((d.get("latest_number") or 0) >= REVISE_TARGET for d in drafts),
        "sent": any(m.get("sent_on") or m.get("status") in SENT_STATUSES for m in mentors),
    }
