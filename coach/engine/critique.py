"""The critique: runs every check on a message and derives the four rubric scores from the findings."""
from . import brevity, clarity, edits, grounding, professionalism, value
from .context import minutes_of, normalise
from .message import Message
from .rules import RUBRICS, Findings

CHECKS = (clarity.check, brevity.check, value.check, professionalism.check, grounding.check)


def critique(subject, body, context=None):
    """Return {"scores", "overall", "findings", "stats", "engine"} for one message.

    A finding carries an "edit" only when applying it was checked to resolve it (edits.holds).
    """
    subject, body, ctx = _as_text(subject), _as_text(body), normalise(context)
    msg, result = assess(subject, body, ctx)
    edits.attach(msg, ctx, result["findings"])
    for finding in result["findings"]:
        if "edit" in finding:
            _, after = assess(*edits.apply(subject, body, finding["edit"]), ctx)
            if not edits.holds(finding, result, after):
                del finding["edit"]
    return result


def assess(subject, body, ctx):
    """Run every check on text and a normalised context; return (the message taken apart, the critique without edits)."""
    msg = Message(subject, body)
    out = Findings()
    for check in CHECKS:
        check(msg, ctx, out)
    findings = out.findings()
    scores = out.scores()
    return msg, {
        "scores": scores,
        "overall": round(sum(scores.values()) / len(RUBRICS), 1),  # plain mean: no rubric outranks another
        "findings": findings,
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
