"""The SQL of accounts (issues 13 and 18): sessions, name/email changes, and reset tokens.

Kept beside coach/store.py, in the same style (functions take a sqlite-utils Database and plain values),
so the account work stays in one place.
"""
from .store import _one


# Sessions ------------------------------------------------------------------------------------------

def insert_session(db, user_id, token_hash, created_at, expires_at, user_agent):
    """Record a new sign-in and return its id."""
    return db["user_sessions"].insert({"user_id": user_id, "token_hash": token_hash, "created_at": created_at,
                                       "last_seen_at": created_at, "expires_at": expires_at,
                                       "user_agent": user_agent}).last_pk


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
    db.execute("delete from user_sessions where user_id = ? and (expires_at <= ? or last_seen_at <= ?)",
               [user_id, expired_before, idle_before])


def list_user_sessions(db, user_id):
    """Return a user's sessions, most recently used first."""
    return list(db.query("select id, created_at, last_seen_at, expires_at, user_agent from user_sessions "
                         "where user_id = ? order by last_seen_at desc, id desc", [user_id]))


# Users ---------------------------------------------------------------------------------------------

def update_user_name(db, user_id, name):
    """Change the name a user is shown by."""
    db.execute("update users set name = ? where id = ?", [name, user_id])


def update_user_email(db, user_id, email):
    """Change the email a user signs in with."""
    db.execute("update users set email = ? where id = ?", [email, user_id])



# Password reset links --------------------------------------------------------------------------------

def insert_reset(db, user_id, token_hash, created_at, expires_at, issued_by=None):
    """Record a reset link (by its token's hash) and return its id."""
    return db["password_resets"].insert({"user_id": user_id, "token_hash": token_hash, "created_at": created_at,
                                         "expires_at": expires_at, "used_at": None,
                                         "issued_by": issued_by}).last_pk


def get_usable_reset(db, token_hash, moment):
    """Return the unused, unexpired reset link with this hash, or None."""
    return _one(db, "select * from password_resets where token_hash = ? and used_at is null and expires_at > ?",
                [token_hash, moment])


def use_reset(db, reset_id, moment):
    """Mark a reset link used; return False if it was used meanwhile (two tabs racing)."""
    return db.execute("update password_resets set used_at = ? where id = ? and used_at is null",
                      [moment, reset_id]).rowcount == 1


def retire_resets(db, user_id, moment):
    """Mark every unused reset link of a user used, e.g. once the password has changed."""
    db.execute("update password_resets set used_at = ? where user_id = ? and used_at is null", [moment, user_id])


# Cohorts changing hands -------------------------------------------------------------------------------

def get_instructor_by_email(db, email):
    """Return the instructor with this email (case-insensitive), or None."""
    return _one(db, "select * from users where lower(email) = lower(?) and role = 'instructor'", [email])


def move_cohort(db, cohort_id, from_instructor, to_instructor):
    """Give a cohort to another instructor; return False if it was not `from_instructor`'s."""
    return db.execute("update cohorts set instructor_id = ? where id = ? and instructor_id = ?",
                      [to_instructor, cohort_id, from_instructor]).rowcount == 1


def delete_cohort(db, instructor_id, cohort_id):
    """Close one of the instructor's cohorts: its memberships go, the mentees and their work stay."""
    with db.atomic():
        if _one(db, "select 1 as found from cohorts where id = ? and instructor_id = ?",
                [cohort_id, instructor_id]) is None:
            return False
        db.execute("delete from cohort_members where cohort_id = ?", [cohort_id])
        db.execute("delete from cohorts where id = ?", [cohort_id])
        return True
