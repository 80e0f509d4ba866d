"""Deleting what was recorded by mistake (issue 18): a confirmation page that counts what will go, POST only,
everything under the record deleted at once, and undo for the session that deleted it."""

import re
from datetime import timedelta

import pytest

from coach import sessions
from tests.conftest import Actions
from tests.test_sessions import Clock


def _counts(db):
    return {
        t: db[t].count
        for t in (
            "mentors",
            "drafts",
            "revisions",
            "critiques",
            "status_changes",
            "meetings",
            "action_items",
            "questions",
            "peers",
            "deleted_records",
        )
    }


def _undo_id(html):
    return re.search(r'name="deleted" value="(\d+)"', html).group(1)


@pytest.fixture
def busy_mentor(mentee):
    """A mentee whose mentor has two revisions, a question, a meeting with an action item and a status change."""
    actions, mentor_id, draft_id = mentee
    actions.revise(draft_id, "Threat modelling question", "Hi Kenji, a short question about threat models.")
    actions.post(
        f"/mentee/mentors/{mentor_id}/questions",
        {"category": "technical", "text": "How do you start?"},
        form_path=f"/mentee/mentors/{mentor_id}/prep",
    )
    actions.post(
        f"/mentee/mentors/{mentor_id}/meetings",
        {"held_on": "2026-11-20", "notes": "Talked.", "insights": "Start small."},
    )
    actions.post(
        f"/mentee/mentors/{mentor_id}/items",
        {"kind": "action", "text": "Read the paper", "due_on": "2026-12-01"},
        form_path=f"/mentee/mentors/{mentor_id}/meetings",
    )
    return actions, mentor_id, draft_id


def test_the_mentor_confirmation_page_counts_what_will_go_and_deletes_nothing(busy_mentor, client, db):
    actions, mentor_id, _ = busy_mentor
    before = _counts(db)
    page = client.get(f"/mentee/mentors/{mentor_id}/delete").get_data(as_text=True)
    assert "Delete the mentor Kenji Watanabe?" in page
    for line in (
        "1 mentor",
        "1 draft",
        "2 saved revisions",
        "2 critiques",
        "1 meeting",
        "1 prepared question",
        "1 action item or progress update",
    ):
        assert f"<li>{line}</li>" in page
    assert _counts(db) == before


def test_deleting_a_mentor_removes_everything_under_it_and_undo_puts_it_back(busy_mentor, client, db):
    actions, mentor_id, draft_id = busy_mentor
    before = _counts(db)
    response = actions.post(f"/mentee/mentors/{mentor_id}/delete", {}, follow_redirects=True)
    page = response.get_data(as_text=True)
    assert "Deleted the mentor Kenji Watanabe." in page
    after = _counts(db)
    assert {t: after[t] for t in after if t != "deleted_records"} == {t: 0 for t in after if t != "deleted_records"}
    assert client.get(f"/mentee/drafts/{draft_id}").status_code == 404
    restored = actions.post("/mentee/undo", {"deleted": _undo_id(page)}, form_path="/mentee/", follow_redirects=True)
    assert "Restored the mentor Kenji Watanabe." in restored.get_data(as_text=True)
    assert {**_counts(db), "deleted_records": 0} == {**before, "deleted_records": 0}
    assert "Hi Kenji, a short question" in client.get(f"/mentee/drafts/{draft_id}").get_data(as_text=True)


def test_a_delete_needs_a_post_with_the_form_token(busy_mentor, client, db):
    _, mentor_id, _ = busy_mentor
    assert client.post(f"/mentee/mentors/{mentor_id}/delete").status_code == 400
    assert db["mentors"].count == 1


def test_deleting_a_draft_keeps_the_mentor_and_other_drafts(mentee, client, db):
    actions, mentor_id, draft_id = mentee
    other = actions.draft(mentor_id, topic="a second ask")
    page = client.get(f"/mentee/drafts/{draft_id}/delete").get_data(as_text=True)
    assert "<li>1 draft</li>" in page and "<li>1 saved revision</li>" in page
    actions.post(f"/mentee/drafts/{draft_id}/delete", {})
    assert client.get(f"/mentee/drafts/{draft_id}").status_code == 404
    assert client.get(f"/mentee/drafts/{other}").status_code == 200
    assert db["mentors"].count == 1


def test_deleting_a_meeting_takes_its_action_items_only(busy_mentor, db):
    actions, mentor_id, _ = busy_mentor
    meeting_id = next(iter(db["meetings"].rows))["id"]
    actions.post(f"/mentee/meetings/{meeting_id}/delete", {})
    assert db["meetings"].count == 0 and db["action_items"].count == 0
    assert db["questions"].count == 1 and db["mentors"].count == 1


def test_deleting_a_peer_from_its_confirmation_page(actions, client, db):
    actions.signup()
    actions.post(
        "/mentee/peers",
        {
            "direction": "peer",
            "name": "Lee Park",
            "who": "",
            "teach": "",
            "learn": "",
            "projects": "",
            "cadence": "",
            "accountability": "",
        },
    )
    peer_id = next(iter(db["peers"].rows))["id"]
    assert "Delete the Lee Park from your peer plan?" in client.get(f"/mentee/peers/{peer_id}/delete").get_data(
        as_text=True
    )
    actions.post(f"/mentee/peers/{peer_id}/delete", {})
    assert db["peers"].count == 0


def test_another_mentee_gets_404_and_deletes_nothing(app, busy_mentor, db):
    _, mentor_id, draft_id = busy_mentor
    other = Actions(app.test_client())
    other.signup(email="bea@example.com", name="Bea")
    assert other.client.get(f"/mentee/mentors/{mentor_id}/delete").status_code == 404
    assert other.post(f"/mentee/mentors/{mentor_id}/delete", {}, form_path="/mentee/").status_code == 404
    assert db["mentors"].count == 1


def test_undo_is_for_the_session_that_deleted(app, busy_mentor, db):
    actions, mentor_id, _ = busy_mentor
    page = actions.post(f"/mentee/mentors/{mentor_id}/delete", {}, follow_redirects=True).get_data(as_text=True)
    laptop = Actions(app.test_client())
    laptop.signin()
    response = laptop.post("/mentee/undo", {"deleted": _undo_id(page)}, form_path="/mentee/", follow_redirects=True)
    assert "can no longer be undone" in response.get_data(as_text=True)
    assert db["mentors"].count == 0


def test_undo_ends_after_ten_minutes_and_the_copy_is_purged(busy_mentor, client, db, monkeypatch):
    clock = Clock()
    monkeypatch.setattr(sessions, "utcnow", clock)
    actions, mentor_id, _ = busy_mentor
    page = actions.post(f"/mentee/mentors/{mentor_id}/delete", {}, follow_redirects=True).get_data(as_text=True)
    clock.now += timedelta(minutes=11)
    response = actions.post("/mentee/undo", {"deleted": _undo_id(page)}, form_path="/mentee/", follow_redirects=True)
    assert "can no longer be undone" in response.get_data(as_text=True)
    assert db["mentors"].count == 0
    assert db["deleted_records"].count == 0  # purged by the request that noticed the time


def test_signing_out_drops_the_copy_kept_for_undo(busy_mentor, db):
    actions, mentor_id, _ = busy_mentor
    actions.post(f"/mentee/mentors/{mentor_id}/delete", {})
    assert db["deleted_records"].count == 1
    actions.signout()
    assert db["deleted_records"].count == 0
