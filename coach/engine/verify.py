"""Verified edits, checked from outside the engine: apply one, critique again, and see that it held."""

from . import edits
from .context import normalise
from .critique import assess, critique


def verify(subject, body, context, finding, before=None):
    """Whether applying the finding's edit removes it there, keeps its rubric's score and adds no new problem."""
    change = finding.get("edit")
    if not edits.fits(change, subject, body):
        return False
    before = before or critique(subject, body, context)
    after = critique(*edits.apply(subject, body, change), context)
    return edits.holds(finding, before, after)


def proposals(subject, body, context):
    """The critique with every edit the builders propose, before the engine keeps only those that hold."""
    return assess(subject, body, normalise(context), propose=True)


def held(subject, body, context):
    """Return (proposed, held): the builders' edits for one message, and how many of them verify."""
    before = proposals(subject, body, context)
    proposed = [f for f in before["findings"] if f.get("edit")]
    return len(proposed), sum(verify(subject, body, context, f, before=before) for f in proposed)
