"""Server-side sessions (issue 13): every sign-in is a row the server can end; the signed cookie holds only
a random token whose SHA-256 names that row.

A session ends at sign-out, when its owner signs out everywhere or changes or resets the password, after
COACH_SESSION_DAYS from sign-in, or after COACH_SESSION_IDLE_HOURS without a request. A cookie copied
before any of these opens nothing afterwards.
"""

import hashlib
import re
import secrets
from datetime import UTC, datetime, timedelta

from flask import current_app, g, request, session

from . import store

COOKIE_KEY = "sid"
# last_seen_at is written at most this often per session: the idle time-out needs no finer clock,
# and most requests then stay read-only.
TOUCH_EVERY = timedelta(minutes=5)
# A delete can be undone this long, by the session that made it (coach/mentee/deletion.py); then its copy is purged.
UNDO_WINDOW = timedelta(minutes=10)
BROWSERS = (
    ("Edg/", "Edge"),
    ("OPR/", "Opera"),
    ("Firefox/", "Firefox"),
    ("Chrome/", "Chrome"),
    ("Chromium/", "Chromium"),
    ("Safari/", "Safari"),
    ("curl/", "curl"),
)
SYSTEMS = (
    ("Android", "Android"),
    ("iPhone", "iPhone"),
    ("iPad", "iPad"),
    ("Windows", "Windows"),
    ("Mac OS X", "macOS"),
    ("CrOS", "ChromeOS"),
    ("Linux", "Linux"),
)


def utcnow():
    """The current time (tests move it to check expiry)."""
    return datetime.now(UTC)


def stamp(moment):
    """A time in the one text format of every timestamp column (ISO 8601, seconds)."""
    return moment.isoformat(timespec="seconds")


def token_hash(token):
    """The stored form of a session or reset token: its SHA-256 in hex."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def device_summary(user_agent):
    """A short 'Browser on system' for the account page, from a User-Agent header."""
    ua = user_agent or ""
    browser = next((name for marker, name in BROWSERS if marker in ua), None)
    system = next((name for marker, name in SYSTEMS if marker in ua), None)
    if browser and system:
        return f"{browser} on {system}"
    return browser or system or (re.sub(r"[^\w./ -]", "", ua)[:60] or "Unknown device")


def _limits(config):
    return timedelta(days=config["COACH_SESSION_DAYS"]), timedelta(hours=config["COACH_SESSION_IDLE_HOURS"])


def start(db, config, user_id, user_agent):
    """Create a session for the user and return its token (for the cookie; only its hash is stored)."""
    lifetime, idle = _limits(config)
    moment = utcnow()
    token = secrets.token_urlsafe(32)
    with db.atomic():
        store.purge_user_sessions(db, user_id, stamp(moment), stamp(moment - idle))
        store.insert_session(
            db, user_id, token_hash(token), stamp(moment), stamp(moment + lifetime), device_summary(user_agent)
        )
    return token


def sign_in(db, user_id):
    """Start a session for the user and put its token, and nothing else, in a fresh cookie."""
    session.clear()
    session[COOKIE_KEY] = start(db, current_app.config, user_id, request.headers.get("User-Agent"))


def sign_out(db):
    """End this request's session on the server and empty the cookie."""
    if g.get("session_id") is not None:
        with db.atomic():
            store.delete_session(db, g.session_id)
            store.drop_session_deleted(db, g.session_id)
    session.clear()


def is_live(row, config, moment):
    """True while a session row is within its lifetime and its idle time-out."""
    _, idle = _limits(config)
    return (
        datetime.fromisoformat(row["expires_at"]) > moment
        and datetime.fromisoformat(row["last_seen_at"]) + idle > moment
    )


def current_user(db, config):
    """The user of this request's session, or None (and an emptied cookie) when it has ended.

    Sets `g.session_id` so that "sign out everywhere else" knows which session to keep.
    """
    g.session_id = None
    token = session.get(COOKIE_KEY)
    if not isinstance(token, str):
        session.pop("user_id", None)  # a cookie from before server-side sessions: sign in again
        return None
    row = store.get_session_by_hash(db, token_hash(token))
    moment = utcnow()
    if row is None or not is_live(row, config, moment):
        if row is not None:
            store.delete_session(db, row["id"])
        session.clear()
        return None
    if moment - datetime.fromisoformat(row["last_seen_at"]) >= TOUCH_EVERY:
        with db.atomic():
            store.touch_session(db, row["id"], stamp(moment))
            # Piggyback on this occasional write: copies kept for undo do not outlive their window for long.
            store.purge_deleted(db, stamp(moment - UNDO_WINDOW))
    g.session_id = row["id"]
    return store.get_user(db, row["user_id"])


def end_all(db, user_id, keep=None):
    """End every session of the user (except `keep`, a session id), and their undo copies; return how many ended."""
    with db.atomic():
        store.drop_user_deleted(db, user_id, keep=keep)
        return store.delete_user_sessions(db, user_id, keep=keep)


def list_for(db, user_id, current_id):
    """The user's sessions for the account page, the current one marked."""
    return [{**row, "current": row["id"] == current_id} for row in store.list_user_sessions(db, user_id)]
