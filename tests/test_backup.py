"""`coach backup`: a consistent copy of the database taken while the app keeps writing."""

import sqlite3
import threading

from click.testing import CliRunner

from coach import store
from coach.cli import cli
from coach.db import open_database


def _write_revisions(path, draft_id, stop, written):
    """Save revisions one by one, as users of the running app would, until told to stop."""
    db = open_database(path)
    try:
        while not stop.is_set():
            store.insert_revision(db, draft_id, "Subject", "Body " * 50, "edit")
            written.append(1)
    finally:
        db.conn.close()


def test_backup_taken_during_writes_is_intact_and_holds_what_was_saved_before(app, mentee, tmp_path):
    _, _, draft_id = mentee
    path = app.config["DATABASE"]
    stop, written = threading.Event(), []
    writer = threading.Thread(target=_write_revisions, args=(path, draft_id, stop, written))
    writer.start()
    try:
        while len(written) < 200:
            threading.Event().wait(0.01)
        before = len(written)
        result = CliRunner().invoke(
            cli, ["backup", str(tmp_path / "copy.db"), "--database", path], catch_exceptions=False
        )
    finally:
        stop.set()
        writer.join()
    assert result.exit_code == 0, result.output
    assert "integrity ok" in result.output
    copy = sqlite3.connect(tmp_path / "copy.db")
    assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert copy.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    saved = copy.execute("select count(*) from revisions where draft_id = ?", [draft_id]).fetchone()[0]
    copy.close()
    assert before + 1 <= saved <= len(written) + 1  # revision 1 is the first draft
    assert not (tmp_path / "copy.db.partial").exists()


def test_backup_reports_how_many_revisions_it_copied(app, mentee, tmp_path):
    result = CliRunner().invoke(
        cli, ["backup", str(tmp_path / "copy.db"), "--database", app.config["DATABASE"]], catch_exceptions=False
    )
    assert result.output.strip() == f"backed up 1 revision to {tmp_path / 'copy.db'} (integrity ok)"


def test_backup_of_a_missing_database_says_so(tmp_path):
    result = CliRunner().invoke(cli, ["backup", str(tmp_path / "copy.db"), "--database", str(tmp_path / "none.db")])
    assert result.exit_code == 2 and "does not exist" in result.output
    assert not (tmp_path / "copy.db").exists()
