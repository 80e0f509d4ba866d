"""Closing an account (issue 18): the password first; then every row the account owns is deleted (model-call
log rows and instructors' reviews of it included) and it is signed out. Ownership is counted by walking
sqlite_master, so a table added later is covered without changing this test."""

import pytest

from coach import store
from coach.accounts import services as accounts
from tests import sweep
from tests.conftest import Actions

MARKER = "Zq9Owned-Marmot"
USER_COLUMNS = {"user_id", "mentee_id", "instructor_id", "issued_by"}


def _user_columns(db, table):
    """Columns of `table` that name a user: foreign keys to users, and the usual names."""
    columns = {fk[3] for fk in db.execute(f"pragma foreign_key_list([{table}])").fetchall() if fk[2] == "users"}
    return columns | (USER_COLUMNS & set(db[table].columns_dict))


def owned_counts(db, user_id, email, marker=MARKER):
    """For every table in sqlite_master: rows naming the user by id, or holding their email or marker."""
    tables = [
        r[0]
        for r in db.execute(
            "select name from sqlite_master where type = 'table' "
            "and name not like 'sqlite_%' and name != '_sqlite_migrations'"
        )
    ]
    counts = {}
    for table in tables:
        columns = db[table].columns_dict
        text = [c for c, kind in columns.items() if kind is str]
        tests, params = [], []
        for column in _user_columns(db, table):
            tests.append(f"[{column}] = ?")
            params.append(user_id)
        if table == "users":
            tests.append("id = ?")
            params.append(user_id)
        for column in text:
            tests.append(f"(instr([{column}], ?) > 0 or instr(lower([{column}]), ?) > 0)")
            params += [marker or email, email]
        if tests:
            counts[table] = db.execute(
                f"select count(*) from [{table}] where " + " or ".join(tests), params
            ).fetchone()[0]
    return counts


@pytest.fixture
def full_world(app, db):
    """A mentee in an instructor's cohort with every kind of record, reviewed, with a model-call log row, a
    failed sign-in, a reset link and a delete kept for undo; the instructor has records of their own."""
    accounts.register(db, "Ivy Chen", "ivy@example.com", "correct horse", "instructor")
    ivy = Actions(app.test_client())
    ivy.signin(email="ivy@example.com")
    cohort_id = int(ivy.post("/instructor/", {"name": "Spring"}).headers["Location"].rstrip("/").split("/")[-1])
    ivy.post("/instructor/comment-bank", {"text": "Name the talk you liked."})

    ana = Actions(app.test_client())
    ana.signup()
    ana.post("/mentee/cohort", {"code": db["cohorts"].get(cohort_id)["code"]})
    ana.profile(background=f"{MARKER} background")
    mentor_id = ana.mentor(name=f"{MARKER} Mentor", research=f"{MARKER} research")
    draft_id = ana.draft(mentor_id, topic=f"{MARKER} topic")
    ana.revise(draft_id, f"{MARKER} subject", f"{MARKER} body")
    for _ in range(2):
        sweep.submit_all_forms(app, ana.client, MARKER, sweep.record_ids(app, db))
    user_id = store.get_user_by_email(db, "ana@example.com")["id"]
    revision_id = store.latest_revision(db, draft_id)["id"]
    store.insert_model_call(db, {"model": "openai/x", "outcome": "ok", "user_id": user_id, "revision_id": revision_id})
    ivy.post(
        f"/instructor/revisions/{revision_id}/review",
        {"clarity": "4", "brevity": "3", "value": "4", "professionalism": "5", "comment": f"{MARKER}: good start."},
    )
    ivy.post(f"/instructor/mentees/{user_id}/reset-link", {}, form_path="/instructor/")
    peer_id = next(iter(db["peers"].rows_where("user_id = ?", [user_id])))["id"]
    ana.post(f"/mentee/peers/{peer_id}/delete", {})
    Actions(app.test_client()).signin(password="not the password")
    return {"ana": ana, "ivy": ivy, "user_id": user_id, "cohort_id": cohort_id}


def test_closing_deletes_every_row_the_account_owns_and_nothing_else(app, db, full_world):
    ana, user_id = full_world["ana"], full_world["user_id"]
    before = owned_counts(db, user_id, "ana@example.com")
    covered = {t for t, n in before.items() if n}
    assert {
        "users",
        "profiles",
        "mentors",
        "drafts",
        "revisions",
        "critiques",
        "reviews",
        "model_calls",
        "user_sessions",
        "password_resets",
        "deleted_records",
        "rate_limit_events",
        "cohort_members",
        "peers",
        "questions",
        "meetings",
        "action_items",
        "status_changes",
    } <= covered
    instructor_rows = (db["cohorts"].count, db["comment_bank"].count)

    page = ana.client.get("/account/close").get_data(as_text=True)
    assert "1 instructor review" in page and "1 model-call log entry" in page
    response = ana.post("/account/close", {"password": "correct horse"})
    assert response.status_code == 302

    assert owned_counts(db, user_id, "ana@example.com") == {t: 0 for t in before}
    assert db.execute("pragma foreign_key_check").fetchall() == []
    assert (db["cohorts"].count, db["comment_bank"].count) == instructor_rows
    assert ana.client.get("/mentee/").status_code == 302
    assert full_world["ivy"].client.get(f"/instructor/cohorts/{full_world['cohort_id']}").status_code == 200


def test_a_wrong_password_closes_nothing(app, db, full_world):
    ana = full_world["ana"]
    before = owned_counts(db, full_world["user_id"], "ana@example.com")
    response = ana.post("/account/close", {"password": "wrong"})
    assert response.status_code == 400
    assert "Your password is not your current password." in response.get_data(as_text=True)
    assert owned_counts(db, full_world["user_id"], "ana@example.com") == before


def test_an_instructor_with_a_cohort_must_hand_it_over_or_close_it_first(app, db, full_world):
    ivy = full_world["ivy"]
    ivy_id = store.get_user_by_email(db, "ivy@example.com")["id"]
    response = ivy.post("/account/close", {"password": "correct horse"})
    page = response.get_data(as_text=True)
    assert response.status_code == 400
    assert "You still run cohorts" in page and "hand over Spring" in page
    assert store.get_user_by_email(db, "ivy@example.com") is not None
    ivy.post(f"/instructor/cohorts/{full_world['cohort_id']}/delete", {})
    assert ivy.post("/account/close", {"password": "correct horse"}).status_code == 302
    assert sum(owned_counts(db, ivy_id, "ivy@example.com", marker=None).values()) == 0
    assert db["reviews"].count == 0 and db["comment_bank"].count == 0
    assert store.get_user_by_email(db, "ana@example.com") is not None  # the mentee keeps their account
