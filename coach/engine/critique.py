"""The critique: runs every check on a message and derives the four rubric scores from the findings."""
from . import brevity, clarity, grounding, professionalism, value
from .context import message_kind, minutes_of, normalise
from .message import Message
from .rules import RUBRICS, Findings

CHECKS = (clarity.check, brevity.check, value.check, professionalism.check, grounding.check)


def critique(subject, body, context=None):
    """Return {"scores", "overall", "findings", "stats", "engine"} for one message."""
    msg = Message(_as_text(subject), _as_text(body))
    ctx = normalise(context)
    ctx["kind"] = message_kind(ctx["kind"], msg.subject, msg.body)
    out = Findings()
    for check in CHECKS:
        check(msg, ctx, out)
    scores = out.scores()
    return {
        "scores": scores,
        "overall": round(sum(scores.values()) / len(RUBRICS), 1),  # plain mean: no rubric outranks another
        "findings": out.findings(),
        "stats": _stats(msg),
        "engine": "builtin",
    }


def _as_text(value):
    """Accept None as empty; anything else must already be text."""
    if value is None:
        return ""
    if not isinstance(value, str):
        raise TypeError(f"subject and body must be strings, not {type(value).__name__}")
    return value


def _stats(msg):
    return {
        "words": len(msg.words),
        "reading_grade": msg.grade,
        "sentences": len(msg.sentences),
        "questions": sum(1 for s in msg.sentences if s.text.endswith("?")),
        "ask_found": bool(msg.asks),
        "time_bound": minutes_of(msg.time_bound),
        "subject_words": len(msg.subject_words),
        "paragraphs": len(msg.paragraphs),
    }
