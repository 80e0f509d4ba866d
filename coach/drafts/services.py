"""Drafts as operations: the context the coach reads, a first draft written and saved as revision 1, and
revisions saved with their built-in critique.

Views call these with plain values; these call the store, the engine and the model backends.
"""

import re

from .. import engine, store
from ..coaching.backends import BuiltinBackend, get_backend
from ..security import RateLimited, check_model_quota


def build_context(profile, mentor, draft, mentee_name=""):
    """The context the coach and the models read: who the mentee is, the mentor's research, the ask."""
    return {
        "mentor": {
            key: mentor.get(key) or "" for key in ("name", "role", "research", "connection_points", "found_via")
        },
        "mentee": {
            "name": mentee_name or "",
            "background": profile.get("background") or "",
            "offer": profile.get("offer") or "",
            "skills": profile.get("skills") or "",
            "projects": profile.get("projects") or "",
            "value_proposition": mentor.get("value_proposition") or "",
        },
        "ask": {
            "topic": draft["ask_topic"] or "",
            "minutes": draft["ask_minutes"],
            "format": draft["ask_format"] or "",
        },
        "kind": draft.get("kind") or "first",  # a thank-you note is not judged as a first message
    }


def draft_context(db, user, draft):
    """Build the context of one of the user's drafts from the stored profile and mentor."""
    mentor = store.get_mentor(db, user["id"], draft["mentor_id"])
    return build_context(store.get_profile(db, user["id"]), mentor, draft, user["name"])


def start_draft(db, config, user, mentor, ask_topic, ask_minutes, ask_format, kind="first", extra=None, write=None):
    """Create a draft for a mentor, write its first message and save it as revision 1.

    Follow-ups and thank-you notes (coach/outreach/followups.py) pass their `kind`, `extra` context and `write`r.
    Returns (draft_id, missing): `missing` lists what the context lacked for a strong draft.
    """
    ask = draft_ask(mentor, ask_topic, ask_minutes, ask_format, kind)
    context, first = compose_draft(db, config, user, ask, extra, write)
    return save_new_draft(db, user["id"], ask, context, first), draft_notes(first)


def draft_ask(mentor, ask_topic, ask_minutes, ask_format, kind="first"):
    """The fields of a draft not saved yet: its mentor, kind and ask."""
    return {
        "mentor_id": mentor["id"],
        "kind": kind,
        "ask_topic": ask_topic,
        "ask_minutes": ask_minutes,
        "ask_format": ask_format,
    }


def compose_draft(db, config, user, ask, extra=None, write=None):
    """Write the first message of a draft not saved yet; return (context, message). Nothing is written to the
    database here but the model-call log, so a slow model never holds the write lock."""
    context = {**draft_context(db, user, ask), **(extra or {})}
    return context, (write or drafting_backend(db, config, user).draft)(context)


def save_new_draft(db, user_id, ask, context, first):
    """Save a composed draft with its message as revision 1 and that revision's critique, all or nothing;
    return the draft's id."""
    with db.atomic():
        draft_id = store.insert_draft(
            db, user_id, ask["mentor_id"], ask["ask_topic"], ask["ask_minutes"], ask["ask_format"], kind=ask["kind"]
        )
        save_revision(db, draft_id, first["subject"], first["body"], context, source=f"draft:{first['engine']}")
    return draft_id


def draft_notes(first):
    """What the context lacked for a strong draft, and a model that failed: what the mentee should know."""
    return first.get("missing", []) + ([first["model_error"]] if first.get("model_error") else [])


def drafting_backend(db, config, user):
    """The configured backend, or the built-in coach once the user has used this hour's model calls."""
    try:
        check_model_quota(db, config, user["id"])
    except RateLimited:
        return BuiltinBackend()
    return get_backend(config, db, user["id"])


def save_revision(db, draft_id, subject, body, context, source="edit", applied_edits=""):
    """Save a new revision with its built-in critique, in one transaction; return (revision_id, number, critique).

    The critique is worked out before anything is written. If the engine fails, the revision is still saved,
    alone and uncritiqued, before the error goes on: nothing that goes wrong in the engine loses the mentee's text.
    `applied_edits` is the editor's comma-separated list of the edits the mentee applied.
    """
    codes = applied_codes(applied_edits)
    try:
        critique = engine.critique(subject, body, context)
    except Exception:
        store.insert_revision(db, draft_id, subject, body, source, codes)
        raise
    with db.atomic():
        revision_id, number = store.insert_revision(db, draft_id, subject, body, source, codes)
        store.insert_critique(db, revision_id, critique)
    return revision_id, number, critique


# A revision records at most this many applied edits: more would only come from a forged form.
MAX_APPLIED_EDITS = 100


def applied_codes(text):
    """The finding codes in the editor's comma-separated list that name a real finding (or the model's)."""
    known = set(engine.RULES) | {"model"}
    return [code for code in (part.strip() for part in (text or "").split(",")) if code in known][:MAX_APPLIED_EDITS]


def normalise_newlines(text):
    """Browsers send CRLF from text areas; keep LF so evidence offsets match what the editor shows."""
    return re.sub(r"\r\n?", "\n", text or "")
