"""Cohorts: invite codes, joining and leaving, and the cohort dashboard (rows per mentee, attention flags,
score distributions, common findings)."""

import secrets
from datetime import UTC, datetime, timedelta

from .. import store
from ..fielderror import FieldError
from ..store import RUBRICS

# No 0/O or 1/I/L: codes are read aloud in class and typed from a projector.
CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
CODE_LENGTH = 8
STALE_DAYS = 7
STUCK_BELOW = 3
STUCK_RUN = 3  # the summary view (migration scale_instructor_summaries) keeps the last 3
PAGE_SIZE = 50
SORT_KEYS = ("name", "mentors", "drafts", "revisions", *RUBRICS, "trend", "last_activity")


class CohortError(FieldError):
    """A cohort action the user must correct; `field` names the form field."""


def new_code():
    """A random invite code, hard to guess and easy to read aloud."""
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


def create_cohort(db, instructor_id, name):
    """Create a cohort with a fresh invite code; return its id."""
    for _ in range(5):  # a clash is astronomically rare; retrying beats a unique-constraint error page
        code = new_code()
        if store.get_cohort_by_code(db, code) is None:
            return store.insert_cohort(db, instructor_id, name, code)
    raise RuntimeError("could not find a free invite code")


def normalise_code(code):
    """Codes are shown in capitals and may be typed with spaces or dashes."""
    return "".join(ch for ch in (code or "").upper() if ch.isalnum())


def join_cohort(db, mentee_id, code):
    """Put the mentee in the cohort with this code; return the cohort, or raise CohortError."""
    cohort = store.get_cohort_by_code(db, normalise_code(code))
    if cohort is None:
        raise CohortError("code", "does not match any cohort: check it with your instructor.")
    if not store.add_cohort_member(db, cohort["id"], mentee_id):
        raise CohortError("code", f"is for {cohort['name']}, which you have already joined.")
    return cohort


def _parse(stamp):
    return datetime.fromisoformat(stamp) if stamp else None


def attention_reasons(row, today=None):
    """Why a mentee needs attention, in words, from their dashboard row (the summary the store keeps)."""
    today = today or datetime.now(UTC)
    reasons = []
    last = _parse(row["last_revision_at"])
    if last is None or today - last > timedelta(days=STALE_DAYS):
        reasons.append(f"no revision in {STALE_DAYS} days")
    for rubric in RUBRICS:
        if row[f"run_{rubric}"] is not None and row[f"run_{rubric}"] < STUCK_BELOW:
            reasons.append(f"{rubric} below {STUCK_BELOW} in the last {STUCK_RUN} revisions")
    if row["uncritiqued"]:
        count = row["uncritiqued"]
        reasons.append(f"{count} draft{'s' if count > 1 else ''} never critiqued")
    return reasons


def attention_thresholds(today=None):
    """The store's filter for mentees needing attention: revisions before `stale_before`, or stuck below."""
    today = today or datetime.now(UTC)
    return {
        "stale_before": (today - timedelta(days=STALE_DAYS)).isoformat(timespec="seconds"),
        "stuck_below": STUCK_BELOW,
    }


def dashboard(db, cohort_id, sort="name", descending=False, attention_only=False, page=1, today=None):
    """The cohort dashboard: one page of mentee rows, sorted and filtered on the server, and what each coach says
    across the whole cohort (score distributions and most common findings)."""
    sort = sort if sort in SORT_KEYS else "name"
    attention = attention_thresholds(today) if attention_only else None
    total = store.count_cohort_mentees(db, cohort_id, attention)
    pages = max(1, -(-total // PAGE_SIZE))
    page = min(max(1, page), pages)
    rows = store.list_cohort_mentees(db, cohort_id, sort, descending, PAGE_SIZE, (page - 1) * PAGE_SIZE, attention)
    coaches = coach_summaries(store.cohort_score_counts(db, cohort_id), store.cohort_common_findings(db, cohort_id))
    return {
        "rows": [{**row, "reasons": attention_reasons(row, today)} for row in rows],
        "total": total,
        "page": page,
        "pages": pages,
        "page_size": PAGE_SIZE,
        "builtin": coaches.pop(("builtin", ""), {"drafts": 0, "distributions": _no_scores(), "findings": []}),
        "models": [
            {"model": model or "an unnamed model", **summary} for (_, model), summary in sorted(coaches.items())
        ],
    }


def _no_scores():
    return {rubric: [0] * 5 for rubric in RUBRICS}


def coach_summaries(score_counts, findings):
    """{(engine, model): {drafts, distributions: {rubric: [count of 1s..5s]}, findings}} from the store's counts."""
    result = {}
    for row in score_counts:
        coach = result.setdefault(
            (row["engine"], row["model"]), {"drafts": 0, "distributions": _no_scores(), "findings": []}
        )
        coach["distributions"][row["rubric"]][row["point"] - 1] = row["drafts"]
        if row["rubric"] == RUBRICS[0]:
            coach["drafts"] += row["drafts"]  # every draft has one point on each rubric: count one rubric's
    for row in findings:
        coach = result.get((row["engine"], row["model"]))
        if coach is not None:
            coach["findings"].append({"code": row["code"], "count": row["drafts"], "rubric": row["rubric"]})
    return result


def round_score(score):
    """Round a 1-5 score half up to a whole point (Python's round() goes to even: 2.5 -> 2)."""
    return min(5, max(1, int(score + 0.5)))
