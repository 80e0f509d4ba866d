"""Everything an account owns, as one JSON document plus the Markdown portfolio, in a zip (issue 18).

The JSON nests what belongs together (a mentor's drafts, a draft's revisions, a revision's critiques and the
instructors' reviews of it). Tables the export does not name yet, reached through the schema's foreign keys,
go under "other", so a table added later is exported before anyone writes code for it.
"""

import io
import json
import zipfile

from .. import sessions, store
from ..portfolio import services as portfolio

FORMAT = "outreach-coach-export/1"
# Never exported: secrets, and what only the server needs.
SECRET_COLUMNS = {"password_hash", "token_hash"}
NAMED_TABLES = {
    "users",
    "profiles",
    "mentors",
    "drafts",
    "revisions",
    "critiques",
    "reviews",
    "review_comments",
    "review_agreements",
    "status_changes",
    "questions",
    "conversation_plans",
    "meetings",
    "action_items",
    "peers",
    "cohort_members",
    "cohorts",
    "comment_bank",
    "model_calls",
    "user_sessions",
    "password_resets",
    "deleted_records",
}


def _clean(row):
    return {k: v for k, v in row.items() if k not in SECRET_COLUMNS and k != "_rowid"}


def _review(db, review):
    return {
        **review,
        "comments": store.list_review_comments(db, review["id"]),
        "agreements": store.rows_where(db, "review_agreements", "review_id", review["id"]),
    }


def _revision(db, user_id, revision):
    return {
        **revision,
        "critiques": store.list_critiques(db, revision["id"]),
        "reviews": [_review(db, r) for r in store.list_reviews_for_mentee(db, user_id, revision["id"])],
    }


def _draft(db, user_id, draft):
    revisions = store.rows_where(db, "revisions", "draft_id", draft["id"], order="number")
    return {**draft, "revisions": [_revision(db, user_id, r) for r in revisions]}


def _mentor(db, user_id, mentor):
    mentor_id = mentor["id"]
    drafts = store.rows_where(db, "drafts", "mentor_id", mentor_id, order="id")
    meetings = store.rows_where(db, "meetings", "mentor_id", mentor_id, order="held_on, id")
    return {
        **mentor,
        "drafts": [_draft(db, user_id, d) for d in drafts],
        "status_changes": store.list_status_changes(db, user_id, mentor_id),
        "questions": store.list_questions(db, user_id, mentor_id),
        "conversation_plan": store.get_plan(db, user_id, mentor_id),
        "meetings": meetings,
        "action_items": store.list_action_items(db, user_id, mentor_id),
    }


def _other_tables(db, user_id):
    """Rows the account owns in tables this module does not name (future tables), secrets removed."""
    found = store.owned_rows(db, "users", "id", [user_id])
    return {table: [_clean(r) for r in rows] for table, rows in found.items() if table not in NAMED_TABLES}


def build(db, user):
    """The account's data as one JSON-ready dict."""
    user_id = user["id"]
    mentors = store.rows_where(db, "mentors", "user_id", user_id, order="id")
    return {
        "format": FORMAT,
        "exported_at": sessions.stamp(sessions.utcnow()),
        "account": _clean(store.get_user(db, user_id)),
        "profile": store.get_profile(db, user_id),
        "mentors": [_mentor(db, user_id, m) for m in mentors],
        "peers": store.list_peers(db, user_id),
        "cohorts_joined": store.list_cohorts_for_mentee(db, user_id),
        "cohorts_run": store.list_cohorts_for_instructor(db, user_id),
        "reviews_written": [_review(db, r) for r in store.rows_where(db, "reviews", "instructor_id", user_id)],
        "comment_bank": store.list_bank_comments(db, user_id),
        "model_calls": store.rows_where(db, "model_calls", "user_id", user_id, order="id"),
        "other": _other_tables(db, user_id),
    }


def filename(user):
    """The zip's name: the account's id and the date, nothing a header could trip on."""
    return f"outreach-coach-account-{user['id']}-{sessions.utcnow().date().isoformat()}.zip"


def export_zip(db, user, link):
    """The zip: account.json and portfolio.md (`link(endpoint, values)` makes the portfolio's links)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("account.json", json.dumps(build(db, user), ensure_ascii=False, indent=2))
        archive.writestr("portfolio.md", portfolio.to_markdown(portfolio.build(db, user), link))
    return buffer.getvalue()
