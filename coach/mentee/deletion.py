"""Deleting (issue 18): what was recorded by mistake (a mentor with everything under it, a draft, a peer or a
meeting), and a whole account when its owner closes it.

A record or an account is deleted with every row that refers to it, found through the schema's foreign keys. The
confirmation page counts what will go; the delete is one transaction; the same session can undo
it for UNDO_WINDOW, after which the kept copy is purged.

Why a kept copy rather than a `deleted_at` column: every query of the app would need the filter, and one
forgotten filter would show deleted data. Rows are removed at once and put back, with their ids, on undo.
"""

import json
import sqlite3

from .. import sessions, store
from ..accounts import services as accounts
from ..sessions import UNDO_WINDOW

# What each kind of record is, how it is found for its owner, and how the pages name it.
KINDS = {
    "mentor": ("mentors", store.get_mentor, lambda r: f"mentor {r['name']}"),
    "draft": ("drafts", store.get_draft, lambda r: f"draft to {r['mentor_name']}"),
    "peer": ("peers", store.get_peer, lambda r: f"{r['name']} from your peer plan"),
    "meeting": ("meetings", store.get_meeting, lambda r: f"meeting of {r['held_on']} with {r['mentor_name']}"),
}
# The words for rows of each table on the confirmation page; a table not named here is counted by its name.
WORDS = {
    "mentors": ("mentor", "mentors"),
    "drafts": ("draft", "drafts"),
    "revisions": ("saved revision", "saved revisions"),
    "critiques": ("critique", "critiques"),
    "reviews": ("instructor review", "instructor reviews"),
    "review_agreements": ("instructor agree/disagree mark", "instructor agree/disagree marks"),
    "review_comments": ("instructor comment", "instructor comments"),
    "status_changes": ("status change", "status changes"),
    "questions": ("prepared question", "prepared questions"),
    "conversation_plans": ("conversation plan", "conversation plans"),
    "meetings": ("meeting", "meetings"),
    "action_items": ("action item or progress update", "action items and progress updates"),
    "model_calls": ("model-call log entry", "model-call log entries"),
    "peers": ("peer", "peers"),
    "profiles": ("profile", "profiles"),
    "cohort_members": ("cohort membership", "cohort memberships"),
    "user_sessions": ("signed-in session", "signed-in sessions"),
    "password_resets": ("password reset link", "password reset links"),
    "deleted_records": ("recently deleted item kept for undo", "recently deleted items kept for undo"),
    "users": ("account", "accounts"),
}


class CloseRefused(ValueError):
    """The account cannot be closed yet; `field` names the form field (or None), the message says why."""

    def __init__(self, field, message):
        super().__init__(message)
        self.field = field


class UndoError(ValueError):
    """The delete cannot be undone; the message says why."""


def describe(found):
    """'1 mentor', '3 drafts', ... for each table with rows, in the order they were found."""
    lines = []
    for table, rows in found.items():
        one, many = WORDS.get(table, (f"{table.replace('_', ' ')} row", f"{table.replace('_', ' ')} rows"))
        lines.append(f"{len(rows)} {one if len(rows) == 1 else many}")
    return lines


def find(db, user_id, kind, record_id):
    """What deleting this record would remove: {"label", "found", "counts"}, or None if it is not the user's."""
    table, getter, name = KINDS[kind]
    record = getter(db, user_id, record_id)
    if record is None:
        return None
    found = store.owned_rows(db, table, "id", [record_id])
    return {"record": record, "label": name(record), "found": found, "counts": describe(found)}


def check_owner(found, user_id):
    """Refuse to delete if the walk reached a row of another user (a schema change gone wrong)."""
    for table, rows in found.items():
        if any(row.get("user_id") not in (None, user_id) for row in rows):
            raise RuntimeError(f"deleting would reach another user's rows in {table}")


def delete(db, user_id, session_id, kind, record_id):
    """Delete the record and what it owns in one transaction, keeping a copy for undo; return (id, label)."""
    with db.atomic():
        plan = find(db, user_id, kind, record_id)
        if plan is None:
            return None
        check_owner(plan["found"], user_id)
        store.delete_found(db, plan["found"])
        moment = sessions.utcnow()
        store.purge_deleted(db, sessions.stamp(moment - UNDO_WINDOW))
        kept = store.insert_deleted(
            db, user_id, session_id, plan["label"], json.dumps(plan["found"]), sessions.stamp(moment)
        )
    return kept, plan["label"]


def undo(db, user_id, session_id, deleted_id):
    """Put back what this session deleted under `deleted_id`; return its label or raise UndoError."""
    since = sessions.stamp(sessions.utcnow() - UNDO_WINDOW)
    kept = store.get_deleted(db, user_id, session_id, deleted_id, since)
    if kept is None:
        raise UndoError(
            f"That can no longer be undone: undo lasts {UNDO_WINDOW.seconds // 60} minutes, "
            "in the browser session that deleted it."
        )
    try:
        with db.atomic():
            store.insert_found(db, json.loads(kept["rows_json"]))
            store.drop_deleted(db, deleted_id)
    except sqlite3.IntegrityError as exc:
        raise UndoError(
            f"The {kept['label']} cannot be put back: something recorded since has taken its place."
        ) from exc
    return kept["label"]


# Closing an account -------------------------------------------------------------------------------------


def account_rows(db, user_id):
    """Every row the account owns: {table: rows}, the account's own row first."""
    return store.owned_rows(db, "users", "id", [user_id])


def close_account(db, user, password):
    """Delete the account and every row it owns in one transaction, after checking the password.

    An instructor must first hand over or close their cohorts (their mentees' memberships are not theirs to
    delete). Raises CloseRefused.
    """
    if not accounts.password_matches(user, password):
        raise CloseRefused("password", "is not your current password.")
    if store.list_cohorts_for_instructor(db, user["id"]):
        raise CloseRefused(
            None,
            "You still run cohorts: hand each one over to another instructor or close it "
            "first, so that your mentees are not left without one.",
        )
    with db.atomic():
        found = account_rows(db, user["id"])
        check_owner(found, user["id"])
        store.delete_found(db, found)
        store.delete_rate_events_for(db, user["email"])
        store.forget_issuer(db, user["id"])
    return found
