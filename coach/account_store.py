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


# Users and their records -----------------------------------------------------------------------------

def update_user_name(db, user_id, name):
    """Change the name a user is shown by."""
    db.execute("update users set name = ? where id = ?", [name, user_id])


def update_user_email(db, user_id, email):
    """Change the email a user signs in with."""
    db.execute("update users set email = ? where id = ?", [email, user_id])


def get_meeting(db, user_id, meeting_id):
    """Return this user's meeting with its mentor's name, or None."""
    return _one(db, "select mt.*, m.name as mentor_name from meetings mt join mentors m on m.id = mt.mentor_id "
                    "where mt.id = ? and mt.user_id = ?", [meeting_id, user_id])


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


# What a record owns, found through the schema's foreign keys ------------------------------------------
# Walking the foreign keys (rather than naming tables) means a table added later is deleted, exported and
# counted with its parent without anyone remembering to add it here.

# References the schema does not declare as foreign keys (the model-call log outlives nothing it points at).
EXTRA_LINKS = (("model_calls", "revision_id", "revisions", "id"), ("model_calls", "user_id", "users", "id"))
CHUNK = 500  # values per `in (...)`, well under SQLite's limit on parameters


def foreign_links(db):
    """Every (child table, child column, parent table, parent column) reference in the database."""
    links = []
    for table in db.table_names():
        for fk in db.execute(f"pragma foreign_key_list([{table}])").fetchall():
            links.append((table, fk[3], fk[2], fk[4] or "rowid"))
    names = set(db.table_names())
    return links + [link for link in EXTRA_LINKS if link[0] in names and link[2] in names]


def _rows_where_in(db, table, column, values):
    values = list(values)
    for start in range(0, len(values), CHUNK):
        part = values[start:start + CHUNK]
        marks = ", ".join("?" * len(part))
        yield from db.query(f"select rowid as _rowid, * from [{table}] where [{column}] in ({marks})", part)


def owned_rows(db, table, column, values):
    """Every row of `table` whose `column` is in `values`, and every row that refers to one, transitively.

    Returns {table: [row dicts with `_rowid`]} in the order the tables were first reached (parents first).
    """
    links = foreign_links(db)
    found, seen = {}, set()
    queue = [(table, column, set(values))]
    while queue:
        table, column, values = queue.pop(0)
        new = [row for row in _rows_where_in(db, table, column, values) if (table, row["_rowid"]) not in seen]
        if not new:
            continue
        seen.update((table, row["_rowid"]) for row in new)
        found.setdefault(table, []).extend(new)
        for child, child_column, parent, parent_column in links:
            if parent == table:
                key = "_rowid" if parent_column == "rowid" else parent_column
                queue.append((child, child_column, {row[key] for row in new if row[key] is not None}))
    return found


def delete_found(db, found):
    """Delete the rows owned_rows() found, in one transaction (foreign keys checked at its end)."""
    with db.atomic():
        db.execute("pragma defer_foreign_keys = on")
        for table, rows in found.items():
            ids = [row["_rowid"] for row in rows]
            for start in range(0, len(ids), CHUNK):
                part = ids[start:start + CHUNK]
                db.execute(f"delete from [{table}] where rowid in ({', '.join('?' * len(part))})", part)


def insert_found(db, found):
    """Put rows back as owned_rows() found them (same ids), in one transaction; raises if an id was taken."""
    with db.atomic():
        db.execute("pragma defer_foreign_keys = on")
        for table, rows in found.items():
            for row in rows:
                record = {k: v for k, v in row.items() if k != "_rowid"}
                columns = ", ".join(f"[{k}]" for k in record)
                db.execute(f"insert into [{table}] ({columns}) values ({', '.join('?' * len(record))})",
                           list(record.values()))


# Deleted records kept for undo --------------------------------------------------------------------------

def insert_deleted(db, user_id, session_id, label, rows_json, deleted_at):
    """Keep what a delete removed, for undo; return the id."""
    return db["deleted_records"].insert({"user_id": user_id, "session_id": session_id, "label": label,
                                         "rows_json": rows_json, "deleted_at": deleted_at}).last_pk


def get_deleted(db, user_id, session_id, deleted_id, since):
    """Return what this session deleted under this id since `since`, or None."""
    return _one(db, "select * from deleted_records where id = ? and user_id = ? and session_id = ? "
                    "and deleted_at >= ?", [deleted_id, user_id, session_id, since])


def drop_deleted(db, deleted_id):
    """Forget one kept delete (undone, or gone for good)."""
    db.execute("delete from deleted_records where id = ?", [deleted_id])


def purge_deleted(db, before):
    """Forget, for every user, what was deleted before `before`: past the undo window it is gone for good."""
    db.execute("delete from deleted_records where deleted_at < ?", [before])


def drop_session_deleted(db, session_id):
    """Forget what a session deleted when that session ends: undo belongs to the session."""
    db.execute("delete from deleted_records where session_id = ?", [session_id])


def drop_user_deleted(db, user_id, keep=None):
    """Forget what the user's sessions (except session `keep`) deleted, as those sessions end."""
    db.execute("delete from deleted_records where user_id = ? and session_id is not ?", [user_id, keep])


def rows_where(db, table, column, value, order="rowid"):
    """Every row of `table` whose `column` equals `value`, in `order` (for the account's export)."""
    return list(db.query(f"select * from [{table}] where [{column}] = ? order by {order}", [value]))


def delete_rate_events_for(db, email):
    """Forget the rate-limit events keyed by this email (failed sign-ins, reset requests)."""
    email = email.strip().lower()
    pattern = email.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "|%"
    db.execute("delete from rate_limit_events where key = ? or key like ? escape '\\'", [email, pattern])


def forget_issuer(db, instructor_id):
    """Drop an instructor's name from the reset links they made for mentees (the links are the mentees')."""
    db.execute("update password_resets set issued_by = null where issued_by = ?", [instructor_id])
