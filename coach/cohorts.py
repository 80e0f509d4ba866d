"""Cohorts: invite codes, joining and leaving, and the cohort dashboard (rows per mentee, attention flags,
score distributions, common findings)."""
import secrets
from collections import Counter
from datetime import datetime, timedelta, timezone

from . import store
from .store import RUBRICS

# No 0/O or 1/I/L: codes are read aloud in class and typed from a projector.
CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
CODE_LENGTH = 8
STALE_DAYS = 7
STUCK_BELOW = 3
STUCK_RUN = 3
SORT_KEYS = ("name", "mentors", "drafts", "revisions", *RUBRICS, "last_activity")


class CohortError(ValueError):
    """A cohort action the user must correct; `field` names the form field."""

    def __init__(self, field, message):
        super().__init__(message)
        self.field = field


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


def attention_reasons(revisions, uncritiqued_drafts, today=None):
    """Why a mentee needs attention, given their revisions (oldest first) and their never-critiqued draft ids."""
    today = today or datetime.now(timezone.utc)
    reasons = []
    last = _parse(revisions[-1]["created_at"]) if revisions else None
    if last is None or today - last > timedelta(days=STALE_DAYS):
        reasons.append(f"no revision in {STALE_DAYS} days")
    scored = [r for r in revisions if r["critique_id"] is not None][-STUCK_RUN:]
    if len(scored) == STUCK_RUN:
        for rubric in RUBRICS:
            if all(r[rubric] < STUCK_BELOW for r in scored):
                reasons.append(f"{rubric} below {STUCK_BELOW} in the last {STUCK_RUN} revisions")
    if uncritiqued_drafts:
        reasons.append(f"{len(uncritiqued_drafts)} draft{'s' if len(uncritiqued_drafts) > 1 else ''} never critiqued")
    return reasons


def _latest_per_draft(revisions):
    """The newest critiqued revision of each draft."""
    latest = {}
    for rev in revisions:
        if rev["critique_id"] is not None:
            latest[rev["draft_id"]] = rev
    return list(latest.values())


def dashboard(db, cohort_id, sort="name", descending=False, attention_only=False, today=None):
    """The cohort dashboard: one row per mentee, sorted and filtered, plus distributions and common findings."""
    revisions = store.list_cohort_revisions(db, cohort_id)
    uncritiqued = {}
    for row in store.list_uncritiqued_drafts(db, cohort_id):
        uncritiqued.setdefault(row["mentee_id"], []).append(row["draft_id"])
    by_mentee = {}
    for rev in revisions:
        by_mentee.setdefault(rev["mentee_id"], []).append(rev)
    rows = []
    for mentee in store.list_cohort_mentees(db, cohort_id):
        own = by_mentee.get(mentee["id"], [])
        scored = [r for r in own if r["critique_id"] is not None]
        latest = scored[-1] if scored else {}
        rows.append({**mentee, **{r: latest.get(r) for r in RUBRICS},
                     "reasons": attention_reasons(own, uncritiqued.get(mentee["id"], []), today)})
    if attention_only:
        rows = [row for row in rows if row["reasons"]]
    rows = sort_rows(rows, sort, descending)
    return {"rows": rows, "builtin": summary(_latest_per_draft(revisions)),
            "models": model_summaries(store.list_cohort_model_critiques(db, cohort_id))}


def summary(latest_revisions):
    """What one coach said across the cohort: drafts counted, score distributions and most common findings."""
    return {"drafts": len(latest_revisions), "distributions": distributions(latest_revisions),
            "findings": common_findings(latest_revisions)}


def model_summaries(critiques):
    """A summary per model name (A to Z) over each draft's latest revision that model critiqued."""
    by_model = {}
    for critique in critiques:
        by_model.setdefault(critique["model"] or "an unnamed model", []).append(critique)
    return [{"model": model, **summary(_latest_per_draft(rows))} for model, rows in sorted(by_model.items())]


def sort_rows(rows, key, descending):
    """Sort dashboard rows by a column; missing values always go last."""
    key = key if key in SORT_KEYS else "name"
    value = (lambda r: (r["name"].lower(), r["id"])) if key == "name" else (lambda r: (r[key], r["id"]))
    present = sorted((r for r in rows if r[key] is not None), key=value, reverse=descending)
    missing = [r for r in rows if r[key] is None]
    return present + missing


def round_score(score):
    """Round a 1-5 score half up to a whole point (Python's round() goes to even: 2.5 -> 2)."""
    return min(5, max(1, int(score + 0.5)))


def distributions(latest_revisions):
    """{rubric: [count of 1s, 2s, 3s, 4s, 5s]} over each draft's latest critiqued revision."""
    result = {rubric: [0] * 5 for rubric in RUBRICS}
    for rev in latest_revisions:
        for rubric in RUBRICS:
            result[rubric][round_score(rev[rubric]) - 1] += 1
    return result


def common_findings(latest_revisions, limit=8):
    """The most frequent finding codes (not praise) on each draft's latest revision: code, rubric, count, example."""
    counts, examples = Counter(), {}
    for rev in latest_revisions:
        for finding in rev["findings"]:
            if finding.get("severity") == "praise":
                continue
            code = finding.get("code") or finding.get("message")
            counts[code] += 1
            examples.setdefault(code, finding)
    return [{"code": code, "count": count, "rubric": examples[code].get("rubric"),
             "message": examples[code].get("message")} for code, count in counts.most_common(limit)]
