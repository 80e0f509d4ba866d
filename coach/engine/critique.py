"""The critique: runs every check on a message and derives the four rubric scores from the findings."""

from . import brevity, clarity, edits, grounding, language, professionalism, value
from .context import message_kind, minutes_of, normalise
from .message import Message, built
from .rules import RUBRICS, Findings

CHECKS = (clarity.check, brevity.check, value.check, professionalism.check, grounding.check)


def critique(subject, body, context=None):
    """Return {"scores", "overall", "findings", "stats", "engine"} for one message.

    A finding carries an "edit" only when applying it was checked to resolve it (edits.holds), and one change
    is offered once: when two findings propose the same edit ("really" is filler and insists), the first keeps it.
    """
    subject, body, ctx = _as_text(subject), _as_text(body), normalise(context)
    judged = {}  # the checks' findings by the text they judged: an edit that corrects a slip leaves it as it was
    messages = {}  # the Messages taken apart, by body: an edit of the subject alone leaves the body's parts alone
    result = assess(subject, body, ctx, propose=True, judged=judged, messages=messages)
    checked, offered = {}, set()  # checked: {edit: the critique with it applied}, so each change is run once
    for finding in result["findings"]:
        change = finding.get("edit")
        if change is None:
            continue
        key = tuple(sorted(change.items()))
        if key not in checked:
            checked[key] = assess(*edits.apply(subject, body, change), ctx, judged=judged, messages=messages)
        if key in offered or not edits.holds(finding, result, checked[key]):
            del finding["edit"]
        else:
            offered.add(key)
    return result


def assess(subject, body, ctx, propose=False, judged=None, messages=None):
    """Run every check on text and a normalised context; return the critique, with the edits the builders
    propose (not yet verified) when `propose`.

    `judged`, a dict one critique's assessments share, keeps the checks' findings by the meant text they judged;
    `messages`, another, the Messages they took apart, by body (message.built).
    """
    typed = Message(subject, body) if messages is None else built(subject, body, messages)
    ctx = {**ctx, "kind": message_kind(ctx["kind"], typed.subject, typed.body)}  # e.g. a short note with no subject
    slips = language.slips(typed, ctx)
    msg = language.as_meant(typed, slips, messages)  # the checks judge what was meant; each slip is charged once, below
    # Kept for the message as typed when it has slips: the edits that leave the meant text as it was correct one.
    out = _judge(msg, ctx, judged, keep=propose and judged is not None and bool(slips))
    if propose:
        edits.attach(msg, ctx, out.findings())  # measured on the meant text: report() moves them to the typed one
    language.report(typed, slips, out)  # last: the slips' cost comes off the scores the checks leave
    scores = out.scores()
    return {
        "scores": scores,
        "overall": round(sum(scores.values()) / len(RUBRICS), 1),  # plain mean: no rubric outranks another
        "findings": out.findings(),
        "stats": _stats(msg, ctx["kind"]),
        "engine": "builtin",
    }


def _judge(msg, ctx, judged, keep):
    """The checks' findings on the meant message, from `judged` when it holds this meant text (and kind); `keep`
    adds them to it."""
    key = (msg.subject, msg.body, ctx["kind"])  # the rest of the context is one critique's own
    if judged is not None and key in judged:
        return judged[key].copy()
    out = Findings()
    for check in CHECKS:
        check(msg, ctx, out)
    if keep:
        judged[key] = out.copy()  # as the checks left them: the caller moves evidence and adds the slips to its own
    return out


def _as_text(value):
    """Accept None as empty; anything else must already be text."""
    if value is None:
        return ""
    if not isinstance(value, str):
        raise TypeError(f"subject and body must be strings, not {type(value).__name__}")
    return value


def _stats(msg, kind):
    norm = brevity.NORMS.get(kind)  # a connection note is measured in characters: no word range
    return {
        "words": msg.word_count,  # the count the length findings quote
        "word_range": [norm.low, norm.high] if norm else None,  # the range brevity judges this kind by
        "reading_grade": msg.grade,
        "sentences": len(msg.sentences),
        "questions": sum(1 for s in msg.sentences if s.text.endswith("?")),
        "ask_found": bool(msg.asks),
        "time_bound": minutes_of(msg.time_bound),
        "subject_words": len(msg.subject_words),
        "paragraphs": len(msg.paragraphs),
    }
