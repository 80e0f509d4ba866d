"""Outreach tracking: a status per mentor, changed in one click from the list, with its history kept."""

from datetime import date

import pytest

from coach.outreach import followups

DAY0 = date(2025, 3, 3)


@pytest.fixture
def frozen(monkeypatch):
    """Freeze the follow-up clock; returns a function that moves it."""
    clock = {"today": DAY0}
    monkeypatch.setattr(followups, "today", lambda: clock["today"])
    return lambda day: clock.update(today=day)


def mark(actions, mentor_id, status, back="mentors", **fields):
    return actions.post(
        f"/mentee/mentors/{mentor_id}/status", {"status": status, "back": back, **fields}, form_path="/mentee/mentors"
    )


def test_one_click_on_the_mentor_list_marks_a_message_sent(mentee, client, frozen, db):
    actions, mentor_id, _ = mentee
    html = client.get("/mentee/mentors").get_data(as_text=True)
    assert 'data-status="drafted"' in html and 'name="status" value="sent"' in html
    response = mark(actions, mentor_id, "sent")
    assert response.status_code == 302 and response.headers["Location"].endswith("/mentee/mentors")
    row = db["mentors"].get(mentor_id)
    assert (row["status"], row["sent_on"], row["sent_channel"], row["followup_due"]) == (
        "sent",
        "2025-03-03",
        "email",
        "2025-03-10",
    )
    html = client.get("/mentee/mentors").get_data(as_text=True)
    assert 'data-status="sent"' in html and 'value="followed_up"' in html and 'value="replied"' in html


def test_every_change_is_kept_in_the_history(mentee, client, frozen):
    actions, mentor_id, _ = mentee
    for status in ("drafted", "sent", "replied", "meeting"):
        assert mark(actions, mentor_id, status).status_code == 302
    html = client.get(f"/mentee/mentors/{mentor_id}/outreach").get_data(as_text=True)
    history = html.split('class="status-history"')[1].split("</ol>")[0]
    assert [label in history for label in ("Drafted", "Sent", "Replied", "Meeting scheduled")] == [True] * 4
    assert history.index("Meeting scheduled") < history.index("Drafted")  # newest first
    assert "data-status>Meeting scheduled" in html


def test_sent_with_a_date_and_channel_from_the_outreach_page(mentee, frozen, db):
    actions, mentor_id, _ = mentee
    response = mark(actions, mentor_id, "sent", back="", happened_on="2025-02-27", channel="linkedin")
    assert response.status_code == 302 and response.headers["Location"].endswith(f"/mentors/{mentor_id}/outreach")
    row = db["mentors"].get(mentor_id)
    assert (row["sent_on"], row["sent_channel"], row["followup_due"]) == ("2025-02-27", "linkedin", "2025-03-06")


@pytest.mark.parametrize(
    "fields, message",
    [
        ({"status": "sent", "happened_on": "2025-03-04"}, "On is in the future (2025-03-04)"),
        ({"status": "sent", "happened_on": "next tuesday"}, "On is not a date: use YYYY-MM-DD"),
        ({"status": "ghosted"}, "Status Not a valid choice"),
        ({"status": "sent", "channel": "pigeon"}, "Channel Not a valid choice"),
    ],
)
def test_bad_status_changes_are_refused_naming_the_field_and_keeping_the_input(mentee, frozen, db, fields, message):
    actions, mentor_id, _ = mentee
    response = actions.post(
        f"/mentee/mentors/{mentor_id}/status", fields, form_path=f"/mentee/mentors/{mentor_id}/outreach"
    )
    html = response.get_data(as_text=True)
    assert response.status_code == 400 and message in html
    if "happened_on" in fields:
        assert f'value="{fields["happened_on"]}"' in html
    assert (
        db["mentors"].get(mentor_id)["status"] == "drafted"
    )  # the first draft moved it there; a refused change leaves it


def test_following_up_a_message_never_sent_is_explained(mentee, client, frozen):
    actions, mentor_id, _ = mentee
    response = mark(actions, mentor_id, "followed_up")
    assert response.status_code == 302
    assert "mark it sent first" in client.get("/mentee/mentors").get_data(as_text=True)


def test_another_users_mentor_answers_404(actions, client):
    actions.signup(email="other@example.com")
    other_mentor = actions.mentor()
    actions.signout()
    actions.signup()
    assert client.get(f"/mentee/mentors/{other_mentor}/outreach").status_code == 404
    assert mark(actions, other_mentor, "sent").status_code == 404


def test_status_change_without_csrf_is_refused(mentee, client, db):
    _, mentor_id, _ = mentee
    response = client.post(f"/mentee/mentors/{mentor_id}/status", data={"status": "sent"})
    assert response.status_code == 400
    assert db["mentors"].get(mentor_id)["status"] == "drafted"


def test_a_first_draft_moves_a_researched_mentor_to_drafted(mentee, db):
    _, mentor_id, _ = mentee
    assert db["mentors"].get(mentor_id)["status"] == "drafted"
    change = next(db["status_changes"].rows_where("mentor_id = ?", [mentor_id]))
    assert (change["from_status"], change["to_status"]) == ("researching", "drafted")


def test_a_new_draft_does_not_move_a_sent_mentor_back(mentee, db):
    actions, mentor_id, _ = mentee
    actions.post(f"/mentee/mentors/{mentor_id}/status", {"status": "sent", "back": "dashboard"}, form_path="/mentee/")
    actions.draft(mentor_id, topic="a second question")
    assert db["mentors"].get(mentor_id)["status"] == "sent"


@pytest.mark.parametrize(
    "steps, proposed", [((), "sent"), (("sent",), "followed_up"), (("sent", "replied", "meeting"), "meeting")]
)
def test_the_outreach_page_proposes_the_likely_next_status(mentee, client, frozen, steps, proposed):
    actions, mentor_id, _ = mentee
    for status in steps:
        assert mark(actions, mentor_id, status).status_code == 302
    html = client.get(f"/mentee/mentors/{mentor_id}/outreach").get_data(as_text=True)
    assert f'<option selected value="{proposed}">' in html
