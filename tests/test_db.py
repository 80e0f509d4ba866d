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
