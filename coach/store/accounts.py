"""Users, instructor invitations, profiles, sign-in sessions and password reset links."""

from ..vocabulary import PROFILE_LIMITS
from .common import _one, now

PROFILE_FIELDS = tuple(PROFILE_LIMITS)


# Users -----------------------------------------------------------------------------------------


def insert_user(db, email, name, password_hash, role):
    """Create a user and return their id."""
    return (
        db["users"]
        .insert({"email": email, "name": name, "password_hash": password_hash, "role": role, "created_at": now()})
        .last_pk
    )


def get_user(db, user_id):
    """Return the user with this id, or None."""
    return _one(db, "select * from users where id = ?", [user_id])


def update_password_hash(db, user_id, password_hash):
    """Replace a user's password hash (after a parameter upgrade)."""
    db.execute("update users set password_hash = ? where id = ?", [password_hash, user_id])


def get_user_by_email(db, email):
    """Return the user with this email (case-insensitive), or None."""
    return _one(db, "select * from users where lower(email) = lower(?)", [email])


# Instructor invitations: one-time links, kept as the hash of their token --------------------------


def insert_invitation(db, token_hash, instructor_id, expires_at):
    """Record an instructor invitation made by this instructor and return its id."""
    return (
        db["instructor_invitations"]
        .insert({"token_hash": token_hash, "created_by": instructor_id, "created_at": now(), "expires_at": expires_at})
        .last_pk
    )


def get_open_invitation(db, token_hash, at):
    """Return the invitation with this token hash if it is unused and not expired at `at`, or None."""
    return _one(
        db,
        "select * from instructor_invitations where token_hash = ? and used_at is null and expires_at > ?",
        [token_hash, at],
    )


def use_invitation(db, token_hash, user_id, at):
    """Mark an open invitation used by this new user, in one statement; return False if it was not open."""
    cursor = db.execute(
        "update instructor_invitations set used_at = ?, used_by = ? where token_hash = ? "
        "and used_at is null and expires_at > ?",
        [at, user_id, token_hash, at],
    )
    return cursor.rowcount == 1


def list_invitations(db, instructor_id):
    """Return the invitations this instructor made, newest first, with the name of whoever used each."""
    return list(
        db.query(
            "select i.id, i.created_at, i.expires_at, i.used_at, u.name as used_by_name "
            "from instructor_invitations i left join users u on u.id = i.used_by "
            "where i.created_by = ? order by i.id desc",
            [instructor_id],
        )
    )


# Profiles --------------------------------------------------------------------------------------


def get_profile(db, user_id):
    """Return the mentee's profile as a dict with every field (empty strings when never saved)."""
    row = _one(db, "select * from profiles where user_id = ?", [user_id])
    return row or {"user_id": user_id, **{f: "" for f in PROFILE_FIELDS}, "updated_at": None}


def save_profile(db, user_id, fields):
    """Insert or replace the mentee's profile fields."""
    record = {"user_id": user_id, **{f: fields.get(f, "") for f in PROFILE_FIELDS}, "updated_at": now()}
    db["profiles"].upsert(record, pk="user_id")


# Sessions ------------------------------------------------------------------------------------------


def insert_session(db, user_id, token_hash, created_at, expires_at, user_agent):
    """Record a new sign-in and return its id."""
    return (
        db["user_sessions"]
        .insert(
            {
                "user_id": user_id,
                "token_hash": token_hash,
                "created_at": created_at,
                "last_seen_at": created_at,
                "expires_at": expires_at,
                "user_agent": user_agent,
            }
        )
        .last_pk
    )


def get_session_by_hash(db, token_hash):
    """Return the session whose token has this hash, or None."""
    return _one(db, "select * from user_sessions where token_hash = ?", [token_hash])


def touch_session(db, session_id, seen_at):
    """Record that a session was used at `seen_at` (for the idle time-out)."""
    db.execute("update user_sessions set last_seen_at = ? where id = ?", [seen_at, session_id])


def delete_session(db, session_id):
    """End one session."""
    db.execute("delete from user_sessions where id = ?", [session_id])


def delete_user_sessions(db, user_id, keep=None):
    """End every session of a user, except the one with id `keep`; return how many ended."""
    return db.execute("delete from user_sessions where user_id = ? and id is not ?", [user_id, keep]).rowcount


def purge_user_sessions(db, user_id, expired_before, idle_before):
    """Delete a user's sessions that have expired or sat idle, so the table does not grow without end."""
    db.execute(
        "delete from user_sessions where user_id = ? and (expires_at <= ? or last_seen_at <= ?)",
        [user_id, expired_before, idle_before],
    )


def list_user_sessions(db, user_id):
    """Return a user's sessions, most recently used first."""
    return list(
        db.query(
            "select id, created_at, last_seen_at, expires_at, user_agent from user_sessions "
            "where user_id = ? order by last_seen_at desc, id desc",
            [user_id],
        )
    )


# Users and their records -----------------------------------------------------------------------------


def update_user_name(db, user_id, name):
    """Change the name a user is shown by."""
    db.execute("update users set name = ? where id = ?", [name, user_id])


def update_user_email(db, user_id, email):
    """Change the email a user signs in with."""
    db.execute("update users set email = ? where id = ?", [email, user_id])


# Password reset links --------------------------------------------------------------------------------


def insert_reset(db, user_id, token_hash, created_at, expires_at, issued_by=None):
    """Record a reset link (by its token's hash) and return its id."""
    return (
        db["password_resets"]
        .insert(
            {
                "user_id": user_id,
                "token_hash": token_hash,
                "created_at": created_at,
                "expires_at": expires_at,
                "used_at": None,
                "issued_by": issued_by,
            }
        )
        .last_pk
    )


def get_usable_reset(db, token_hash, moment):
    """Return the unused, unexpired reset link with this hash, or None."""
    return _one(
        db,
        "select * from password_resets where token_hash = ? and used_at is null and expires_at > ?",
        [token_hash, moment],
    )


def use_reset(db, reset_id, moment):
    """Mark a reset link used; return False if it was used meanwhile (two tabs racing)."""
    return (
        db.execute(
            "update password_resets set used_at = ? where id = ? and used_at is null", [moment, reset_id]
        ).rowcount
        == 1
    )


def retire_resets(db, user_id, moment):
    """Mark every unused reset link of a user used, e.g. once the password has changed."""
    db.execute("update password_resets set used_at = ? where user_id = ? and used_at is null", [moment, user_id])


# Instructors


def get_instructor_by_email(db, email):
    """Return the instructor with this email (case-insensitive), or None."""
    return _one(db, "select * from users where lower(email) = lower(?) and role = 'instructor'", [email])


def forget_issuer(db, instructor_id):
    """Drop an instructor's name from the reset links they made for mentees (the links are the mentees')."""
    db.execute("update password_resets set issued_by = null where issued_by = ?", [instructor_id])
