"""The settings every connection needs, transactions that take the write lock as they begin, and consistent copies
of the whole database (backups)."""

import sqlite3
from contextlib import contextmanager

import sqlite_utils


class Database(sqlite_utils.Database):
    """sqlite-utils' Database whose outermost `atomic()` block begins IMMEDIATE, taking the write lock at once.

    Every `atomic()` block in the app writes. Under WAL a deferred transaction that reads first (sqlite-utils'
    `insert` reads the table's columns before it writes) cannot take the write lock once another connection has
    committed since its read: SQLite answers "database is locked" at once, without waiting the busy timeout, and
    the request fails. Fifty mentees starting their first draft together lost 41 of them that way (bench_load).
    An IMMEDIATE transaction waits its turn instead. Nested blocks stay savepoints.
    """

    @contextmanager
    def atomic(self):
        if self.conn.in_transaction:
            with super().atomic():
                yield self
            return
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self
            self.conn.execute("COMMIT")
        except BaseException:  # the block's error, or a failed COMMIT: nothing of the block is kept
            self.conn.rollback()
            raise


def configure_connection(db, busy_timeout_ms):
    """Apply the settings every connection needs: WAL, a busy timeout, foreign keys, and NORMAL sync."""
    db.execute("PRAGMA journal_mode=WAL")
    db.execute(f"PRAGMA busy_timeout={busy_timeout_ms}")
    db.execute("PRAGMA foreign_keys=ON")
    # NORMAL is durable across application crashes in WAL mode; only power loss can roll back the last commits.
    db.execute("PRAGMA synchronous=NORMAL")


def backup_database(source_path, target_path, busy_timeout_ms):
    """Copy the database at source_path to a self-contained file at target_path with SQLite's online backup API;
    return (the copy's integrity check, its number of revisions)."""
    source = sqlite3.connect(source_path, timeout=busy_timeout_ms / 1000)
    target = sqlite3.connect(target_path)
    try:
        # All pages in one step: under WAL this reads one snapshot without blocking the app's writers,
        # where a stepwise copy would restart each time the app commits.
        source.backup(target)
        target.execute("PRAGMA journal_mode=DELETE")  # one self-contained file, no -wal beside it
        check = target.execute("PRAGMA integrity_check").fetchone()[0]
        revisions = target.execute("select count(*) from revisions").fetchone()[0]
    finally:
        target.close()
        source.close()
    return check, revisions
