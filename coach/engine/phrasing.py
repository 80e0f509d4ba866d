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


_MODAL_START = re.compile(r"^(?:can|could|would)\b", re.I)
_HAPPY_START = re.compile(r"^(?:happy|glad|keen|willing)\b", re.I)
_FIRST_PERSON = re.compile(r"^(?:i|i'd|i'm|i'll|i've|we|we'd|we're|we can|my|our)\b", re.I)
_VERB_START = re.compile(
    r"^(?:share|build|help|write|review|reproduce|teach|test|prototype|translate|introduce|document|contribute|"
    r"run|give|present|record|mentor|pair|fix|triage|draft|benchmark|port|maintain|organi[sz]e|host|edit|"
    r"proofread|create|make|show|explain|send|take|turn|minimi[sz]e|migrate|set up|walk)\b", re.I)
_THIRD_PERSON = re.compile(r"\b(?:her|his)\b", re.I)


def second_person(text):
    """Point a note written about the mentor at them: 'her talks' becomes 'your talks'."""
    return _THIRD_PERSON.sub("your", text)


def offer_clause(note):
    """Turn one planning note like 'Can share X' into a first-person clause 'I can share X'."""
    text = second_person(note.strip().rstrip(".;"))
    if not text:
        return ""
    lowered = text[0].lower() + text[1:]
    if _FIRST_PERSON.match(text):
        return "I" + text[1:] if text[:2].lower() in ("i ", "i'") else text
    if _MODAL_START.match(text):
        return "I " + lowered
    if _HAPPY_START.match(text):
        return "I'd be " + lowered
    if _VERB_START.match(text):
        return "I can " + lowered
    return "I can offer " + lowered


def offer_sentence(offer):
    """Return 'In return, <offer>.' from the mentee's recorded offer (first two clauses)."""
    clauses = [offer_clause(c) for c in re.split(r";|\.\s", offer) if c.strip()][:2]
    return "In return, " + ", and ".join(c for c in clauses if c) + "."
