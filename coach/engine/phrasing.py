"""Sentences built from the context, shared by the drafter and the critique's suggested fixes."""
import re

from .context import DEFAULT_MINUTES

_MOVE = re.compile(r"^(?:moving|switching|transitioning|going|the move|a move)\s+from\s+.+?\s+(?:into|to)\s+(.+)$", re.I)
_TRAILING_STOP = re.compile(r"(?:\s+(?:a|an|the|of|on|in|into|to|for|and|or|with|from|my|your))+$", re.I)
MAX_TOPIC_WORDS = 6


def short_topic(topic):
    """Shorten an ask's topic for a subject line: 'moving from X into Y' becomes 'moving into Y'."""
    topic = topic.strip(" .?!")
    m = _MOVE.match(topic)
    if m:
        topic = "moving into " + m.group(1)
    words = topic.split()
    if len(words) > MAX_TOPIC_WORDS:
        topic = _TRAILING_STOP.sub("", " ".join(words[:MAX_TOPIC_WORDS]))
    return topic


def suggest_subject(ask, topic_hint=""):
    """Return a specific subject line, e.g. '20 minutes on moving into application security?'."""
    topic = short_topic(ask.get("topic") or topic_hint or "")
    minutes = ask.get("minutes") or DEFAULT_MINUTES
    if not topic:
        return f"{minutes} minutes of your advice on one question?"
    return f"{minutes} minutes on {topic}?"


def suggest_ask(ask, topic_hint=""):
    """Return a hedged, time-bounded request sentence for the ask."""
    minutes = ask.get("minutes") or DEFAULT_MINUTES
    fmt = ask.get("format") or "call"
    if fmt in ("advice", "guidance", "review"):
        fmt = "call"
    topic = (ask.get("topic") or topic_hint or "").strip(" .?!")
    about = f" about {topic}" if topic else ""
    return f"Would you be open to a {minutes}-minute {fmt}{about}?"
