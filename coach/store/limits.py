"""Rate limits, counted in SQLite so every worker sees the same attempts."""

from .common import _one, now

# Rate limits (issue 10) --------------------------------------------------------------------------
# Counted in SQLite, not in memory, so every gunicorn worker sees the same attempts. Times are ISO 8601
# UTC strings in the one format `now()` writes, so string comparison orders them.


def record_rate_events_within(db, limits, since):
    """Atomically check and count: if every (bucket, key, limit) in `limits` has fewer than `limit` events since
    `since`, record one event for each and return (their ids, None); else record nothing and return (None, the
    oldest counted time of the first one at its limit). Events older than `since` are dropped on the way."""
    # The write lock is taken before counting: parallel attempts are counted one after another, so none is let
    # through by a count that another has not yet written to.
    with db.atomic():
        for bucket in {bucket for bucket, _, _ in limits}:
            db.execute("delete from rate_limit_events where bucket = ? and datetime_utc < ?", [bucket, since])
        for bucket, key, limit in limits:
            count, oldest = count_rate_events(db, bucket, key, since)
            if count >= limit:
                return None, oldest
        stamp = now()
        ids = [
            db.execute(
                "insert into rate_limit_events (bucket, key, datetime_utc) values (?, ?, ?)", [bucket, key, stamp]
            ).lastrowid
            for bucket, key, _ in limits
        ]
    return ids, None


def delete_rate_events(db, ids):
    """Forget these counted events (an attempt that turned out to succeed)."""
    db.execute(f"delete from rate_limit_events where id in ({', '.join('?' * len(ids))})", list(ids))


def count_rate_events(db, bucket, key, since):
    """Return (count, oldest time) of the events for (bucket, key) since `since`."""
    row = _one(
        db,
        "select count(*) as n, min(datetime_utc) as oldest from rate_limit_events "
        "where bucket = ? and key = ? and datetime_utc >= ?",
        [bucket, key, since],
    )
    return row["n"], row["oldest"]


def clear_rate_events(db, bucket, key):
    """Forget the events counted for (bucket, key), e.g. after a successful sign-in."""
    db.execute("delete from rate_limit_events where bucket = ? and key = ?", [bucket, key])


def count_model_calls(db, user_id, since):
    """Return (count, oldest time) of the model calls made for this user since `since`."""
    row = _one(
        db,
        "select count(*) as n, min(datetime_utc) as oldest from model_calls where user_id = ? and datetime_utc >= ?",
        [user_id, since],
    )
    return row["n"], row["oldest"]


def delete_rate_events_for(db, email):
    """Forget the rate-limit events keyed by this email (failed sign-ins, reset requests)."""
    email = email.strip().lower()
    pattern = email.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "|%"
    db.execute("delete from rate_limit_events where key = ? or key like ? escape '\\'", [email, pattern])
