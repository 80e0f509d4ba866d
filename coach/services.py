"""The mentee's loop as operations: accounts, mentors ranked by priority, drafts, revisions and critiques.

Views call these with plain values; these call the store, the engine and the model backends.
"""
import hashlib
import re
import secrets
from datetime import datetime, timedelta, timezone

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from . import engine, store
from .fielderror import FieldError
from .coaching.backends import BuiltinBackend, get_backend
from .security import RateLimited, check_model_quota

# Argon2id with OWASP's recommended minimum (19 MiB, 2 passes, 1 lane): ~20 ms a hash here instead
# of ~200-450 ms at the library's defaults, which made a cohort signing in at once wait 30-40 s.
# Hashes made with other parameters still verify, and are upgraded at the next sign-in.
_hasher = PasswordHasher(time_cost=2, memory_cost=19456, parallelism=1)

INVITATION_LIFETIME = timedelta(days=7)  # an instructor invitation link works once, within a week

PRIORITY_WEIGHTS = {"relevance": 2, "value_potential": 2, "likelihood": 1, "accessibility": 1}
PRIORITY_FORMULA = "priority = (2 × relevance + 2 × value potential + likelihood + accessibility) ÷ 6"


class InvitationClosed(Exception):
    """The instructor invitation was already used, has expired, or never existed."""


class AccountError(FieldError):
    """A sign-up or sign-in the user must correct; `field` names the form field."""


# Accounts -----------------------------------------------------------------------------------------

def register(db, name, email, password, role):
    """Create an account and return its id; raise AccountError if the email is taken."""
    _check_email_free(db, email)
    return store.insert_user(db, email, name, _hasher.hash(password), role)


def _check_email_free(db, email):
    if store.get_user_by_email(db, email):
        raise AccountError("email", "already has an account: sign in instead.")


def invite_instructor(db, instructor_id):
    """Create a one-time instructor invitation; return (token, expiry). Only the token's hash is stored."""
    token = secrets.token_urlsafe(32)
    expires_at = (datetime.now(timezone.utc) + INVITATION_LIFETIME).isoformat(timespec="seconds")
    store.insert_invitation(db, _token_hash(token), instructor_id, expires_at)
    return token, expires_at


def invitation_is_open(db, token):
    """True while the invitation with this token is unused and not expired."""
    return store.get_open_invitation(db, _token_hash(token), store.now()) is not None


def register_invited_instructor(db, token, name, email, password):
    """Create an instructor account through an open invitation, using it up in the same transaction.

    Raises AccountError for a taken email, InvitationClosed when the invitation is used or expired."""
    _check_email_free(db, email)
    password_hash = _hasher.hash(password)  # before the transaction: it holds the write lock
    with store.write_transaction(db):
        user_id = store.insert_user(db, email, name, password_hash, "instructor")
        if not store.use_invitation(db, _token_hash(token), user_id, store.now()):
            raise InvitationClosed()  # rolls the new account back
    return user_id


def _token_hash(token):
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def authenticate(db, email, password):
    """Return the user whose email and password match, or None."""
    user = store.get_user_by_email(db, email)
    if user is None:
        _hasher.hash(password)  # spend the same time as a real check: no hint that the email is unknown
        return None
    try:
        _hasher.verify(user["password_hash"], password)
    except (VerificationError, InvalidHashError):
        return None
    if _hasher.check_needs_rehash(user["password_hash"]):
        store.update_password_hash(db, user["id"], _hasher.hash(password))
    return user


def hash_password(password):
    """The stored form of a new password (Argon2id)."""
    return _hasher.hash(password)


def password_matches(user, password):
    """True if `password` is this user's current password."""
    try:
        return _hasher.verify(user["password_hash"], password)
    except (VerificationError, InvalidHashError):
        return False


# Mentors --------------------------------------------------------------------------------------------

def mentor_priority(mentor):
    """The mentor's priority from the four 1-5 ratings (see PRIORITY_FORMULA), one decimal."""
    total = sum(weight * (mentor.get(name) or 0) for name, weight in PRIORITY_WEIGHTS.items())
    return round(total / sum(PRIORITY_WEIGHTS.values()), 1)


def ranked_mentors(db, user_id):
    """The user's mentors, highest priority first."""
    mentors = [{**m, "priority": mentor_priority(m)} for m in store.list_mentors(db, user_id)]
    return sorted(mentors, key=lambda m: (-m["priority"], m["id"]))


# Drafts -------------------------------------------------------------------------------------------

def build_context(profile, mentor, draft, mentee_name=""):
    """The context the coach and the models read: who the mentee is, the mentor's research, the ask."""
    return {
        "mentor": {key: mentor.get(key) or "" for key in
                   ("name", "role", "research", "connection_points", "found_via")},
        "mentee": {"name": mentee_name or "", "background": profile.get("background") or "",
                   "offer": profile.get("offer") or "", "skills": profile.get("skills") or "",
                   "projects": profile.get("projects") or "",
                   "value_proposition": mentor.get("value_proposition") or ""},
        "ask": {"topic": draft["ask_topic"] or "", "minutes": draft["ask_minutes"],
                "format": draft["ask_format"] or ""},
        "kind": draft.get("kind") or "first",  # a thank-you note is not judged as a first message
    }


def draft_context(db, user, draft):
    """Build the context of one of the user's drafts from the stored profile and mentor."""
    mentor = store.get_mentor(db, user["id"], draft["mentor_id"])
    return build_context(store.get_profile(db, user["id"]), mentor, draft, user["name"])


def start_draft(db, config, user, mentor, ask_topic, ask_minutes, ask_format, kind="first", extra=None,
                write=None):
    """Create a draft for a mentor, write its first message and save it as revision 1.

    Follow-ups and thank-you notes (coach/outreach/followups.py) pass their `kind`, `extra` context and `write`r.
    Returns (draft_id, missing): `missing` lists what the context lacked for a strong draft.
    """
    ask = draft_ask(mentor, ask_topic, ask_minutes, ask_format, kind)
    context, first = compose_draft(db, config, user, ask, extra, write)
    return save_new_draft(db, user["id"], ask, context, first), draft_notes(first)


def draft_ask(mentor, ask_topic, ask_minutes, ask_format, kind="first"):
    """The fields of a draft not saved yet: its mentor, kind and ask."""
    return {"mentor_id": mentor["id"], "kind": kind, "ask_topic": ask_topic, "ask_minutes": ask_minutes,
            "ask_format": ask_format}


def compose_draft(db, config, user, ask, extra=None, write=None):
    """Write the first message of a draft not saved yet; return (context, message). Nothing is written to the
    database here but the model-call log, so a slow model never holds the write lock."""
    context = {**draft_context(db, user, ask), **(extra or {})}
    return context, (write or drafting_backend(db, config, user).draft)(context)


def save_new_draft(db, user_id, ask, context, first):
    """Save a composed draft with its message as revision 1 and that revision's critique, all or nothing;
    return the draft's id."""
    with db.atomic():
        draft_id = store.insert_draft(db, user_id, ask["mentor_id"], ask["ask_topic"], ask["ask_minutes"],
                                      ask["ask_format"], kind=ask["kind"])
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


# The dashboard's checklist ------------------------------------------------------------------------

REVISE_TARGET = 5  # revisions of one draft before "revise" counts as done: the lesson's review and refinement
SENT_STATUSES = ("sent", "replied", "meeting", "declined", "no_reply")  # every status a sent message reaches


def checklist(profile, mentors, drafts):
    """Which of the dashboard's five steps the mentee has done, from their profile, mentors and drafts."""
    return {"profile": bool(profile.get("offer") or profile.get("background")),
            "mentor": bool(mentors),
            "draft": bool(drafts),
            "revise": any((d.get("latest_number") or 0) >= REVISE_TARGET for d in drafts),
            "sent": any(m.get("sent_on") or m.get("status") in SENT_STATUSES for m in mentors)}
