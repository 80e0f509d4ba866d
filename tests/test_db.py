import sqlite3

import pytest
import sqlite_utils

from coach.db import apply_migrations, open_database


def test_migrations_applied_twice_change_nothing(tmp_path):
    db = open_database(str(tmp_path / "m.db"))
    first = apply_migrations(db)
    schema = db.schema
    assert first, "a fresh database gets every migration"
    assert apply_migrations(db) == []
    assert db.schema == schema


def test_migrations_are_recorded_by_name(app, db):
    names = [row["name"] for row in db["_sqlite_migrations"].rows]
    assert names[:3] == ["001_users_profiles_mentors", "002_drafts_revisions_critiques", "003_model_calls"]
    assert all(row["applied_at"] for row in db["_sqlite_migrations"].rows)


def test_database_uses_wal_mode(app, db):
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_database_reads_as_documented_with_sqlite_utils(mentee, app):
    db = sqlite_utils.Database(app.config["DATABASE"])
    for table in ("users", "profiles", "mentors", "drafts", "revisions", "critiques", "model_calls"):
        assert db[table].exists(), table
    revision = next(db["revisions"].rows)
    assert revision["number"] == 1 and revision["subject"]
    critique = next(db["critiques"].rows)
    assert critique["engine"] == "builtin"
    assert 1.0 <= critique["clarity"] <= 5.0
    assert critique["created_at"][:4].isdigit() and "T" in critique["created_at"]
    user = next(db["users"].rows)
    assert user["role"] == "mentee" and user["created_at"].endswith("+00:00")


def test_secret_key_is_generated_once_into_the_instance_folder(tmp_path, monkeypatch):
    from coach.config import instance_secret_key

    monkeypatch.delenv("SECRET_KEY", raising=False)
    first = instance_secret_key(str(tmp_path))
    assert len(first) == 64 and first != "dev"
    assert instance_secret_key(str(tmp_path)) == first


def test_a_write_that_reads_first_waits_for_another_writer_instead_of_failing(tmp_path):
    # Under WAL a deferred transaction that has read cannot write once another connection has committed since:
    # SQLite says "database is locked" at once. The app's transactions take the write lock as they begin.
    path = str(tmp_path / "w.db")
    first, second = open_database(path), open_database(path)
    first["notes"].insert({"id": 1, "text": "a"}, pk="id")
    with first.atomic():
        assert first.execute("select count(*) from notes").fetchone()[0] == 1  # a read before the write
        other = sqlite3.connect(path, timeout=0)
        with pytest.raises(sqlite3.OperationalError, match="locked"):
            other.execute("insert into notes (id, text) values (2, 'b')")  # the lock is already held
        other.close()
        first["notes"].insert({"id": 3, "text": "c"})
    with second.atomic():
        second["notes"].insert({"id": 4, "text": "d"})
    assert sorted(row["id"] for row in first["notes"].rows) == [1, 3, 4]


def test_nested_transactions_roll_back_to_their_savepoint(tmp_path):
    db = open_database(str(tmp_path / "n.db"))
    db["notes"].insert({"id": 1, "text": "a"}, pk="id")
    with db.atomic():
        db["notes"].insert({"id": 2, "text": "b"})
        with pytest.raises(ValueError), db.atomic():
            db["notes"].insert({"id": 3, "text": "c"})
            raise ValueError("undo the inner block only")
    assert sorted(row["id"] for row in db["notes"].rows) == [1, 2]
