"""Instructor reviews of a revision: own scores, a general comment, agreement with the coach's findings,
comments anchored to quoted spans, and a reusable comment bank."""

from .. import store
from ..drafts.services import normalise_newlines
from ..fielderror import FieldError
from ..store import RUBRICS

FIELDS = ("subject", "body")


class ReviewError(FieldError):
    """A review input the instructor must correct; `field` names the form field."""


def locate_quote(revision, field, quote, start=None, end=None):
    """Return (start, end) of the quote in the revision's field, trusting offsets only when they match."""
    text = revision[field] or ""
    if start is not None and end is not None and 0 <= start < end <= len(text) and text[start:end] == quote:
        return start, end
    found = text.find(quote)
    if not quote or found < 0:
        raise ReviewError(
            "quote",
            f"is not in the {field} of revision {revision['number']}: "
            "copy the words exactly as they appear, or select them in the message.",
        )
    return found, found + len(quote)


def add_comment(db, instructor_id, revision, field, quote, comment, start=None, end=None):
    """Anchor a comment to a quoted span of the revision; return its id or raise ReviewError."""
    if field not in FIELDS:
        raise ReviewError("field", "must be the subject or the body.")
    quote = normalise_newlines(quote)
    start, end = locate_quote(revision, field, quote, start, end)
    with db.atomic():  # no empty review is left behind by a comment that was not saved
        review_id = store.ensure_review(db, revision["id"], instructor_id)
        return store.insert_review_comment(db, review_id, field, quote, start, end, normalise_newlines(comment))


def save(db, instructor_id, revision, scores, comment, agreements, keep_in_bank=False, finding_agreements=None):
    """Save the instructor's scores, general comment and agreements (per rubric and per finding); optionally keep
    the comment in the bank."""
    comment = normalise_newlines(comment)
    with db.atomic():  # the review and the comment kept in the bank, or neither
        review_id = store.save_review(
            db, revision["id"], instructor_id, scores, comment, agreements, finding_agreements
        )
        if keep_in_bank and comment:
            store.insert_bank_comment(db, instructor_id, comment)
    return review_id


def highlight(text, comments):
    """Split text into segments, marking each commented span with its comment's `number`.

    Overlapping spans keep the first one marked; the later comment is still listed with its quote.
    """
    segments, pos = [], 0
    for c in sorted(comments, key=lambda c: c["quote_start"]):
        if c["quote_start"] < pos:
            continue
        segments.append({"text": text[pos : c["quote_start"]], "number": None})
        segments.append({"text": text[c["quote_start"] : c["quote_end"]], "number": c["number"]})
        pos = c["quote_end"]
    segments.append({"text": text[pos:], "number": None})
    return [s for s in segments if s["text"]]


def with_comments(db, review, revision):
    """The review with its anchored comments and the revision split into highlighted segments."""
    rows = store.list_review_comments(db, review["id"]) if review else []
    comments = [{**c, "number": number} for number, c in enumerate(rows, start=1)]
    return {
        "review": review,
        "comments": comments,
        "scored": bool(review) and all(review[r] is not None for r in RUBRICS),
        "segments": {
            field: highlight(revision[field] or "", [c for c in comments if c["field"] == field]) for field in FIELDS
        },
    }


def review_page(db, instructor_id, revision):
    """Everything the review page shows: critiques, the instructor's review, agreements and comment bank."""
    review = store.get_review(db, revision["id"], instructor_id)
    critiques = [
        {**c, "findings": [{**f, "position": i} for i, f in enumerate(c["findings"])]}
        for c in store.list_critiques(db, revision["id"])
    ]  # a finding's mark is keyed by its position
    return {
        **with_comments(db, review, revision),
        "critiques": critiques,
        "agreements": store.list_agreements(db, review["id"]) if review else {},
        "finding_agreements": store.list_finding_agreements(db, review["id"]) if review else {},
        "bank": store.list_bank_comments(db, instructor_id),
    }


def for_mentee(db, mentee_id, revision):
    """The instructors' reviews of one of the mentee's own revisions, each with comments and segments."""
    reviews = store.list_reviews_for_mentee(db, mentee_id, revision["id"])
    shown = [with_comments(db, review, revision) for review in reviews]
    return [r for r in shown if r["comments"] or r["review"]["comment"] or r["scored"]]


def open_draft_reviews(db, mentee_id, draft):
    """The reviews of a mentee's draft, each with comments and segments of its revision and whether it was unread
    until now; opening them marks them read."""
    rows = store.list_reviews_for_draft(db, mentee_id, draft["id"])
    shown = [
        {
            **with_comments(db, row, store.get_revision(db, draft["id"], row["number"])),
            "number": row["number"],
            "unread": bool(row["unread"]),
        }
        for row in rows
    ]
    store.mark_reviews_read(db, mentee_id, [row["id"] for row in rows])
    return shown


def open_revision_reviews(db, mentee_id, revision):
    """The reviews of one of the mentee's revisions (see for_mentee); opening them marks them read."""
    shown = for_mentee(db, mentee_id, revision)
    store.mark_reviews_read(db, mentee_id, [r["review"]["id"] for r in shown])
    return shown
