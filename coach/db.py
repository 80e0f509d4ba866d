"""The SQLite connection: one sqlite-utils Database per request, WAL mode, migrations applied at start."""

import sqlite3

from flask import current_app, g

from . import store
from .migrations import migrations

BUSY_TIMEOUT_MS = 10_000


def open_database(path):
    """Open the database file with the settings every connection needs."""
    conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False, isolation_level=None)
    db = store.Database(conn)
    store.configure_connection(db, BUSY_TIMEOUT_MS)
    return db


def apply_migrations(db):
    """Apply pending migrations; return the names of those that ran."""
    pending = [m.name for m in migrations.pending(db)]
    migrations.apply(db)
    return pending


def get_db():
    """Return this request's database, opening it on first use."""
    if "db" not in g:
        g.db = open_database(current_app.config["DATABASE"])
    return g.db


def close_db(exc=None):
    """Close this request's database, if one was opened."""
    db = g.pop("db", None)
    if db is not None:
        db.conn.close()


def init_app(app):
    """Apply migrations now and close the connection after every request."""
    db = open_database(app.config["DATABASE"])
    try:
        apply_migrations(db)
    finally:
        db.conn.close()
    app.teardown_appcontext(close_db)
