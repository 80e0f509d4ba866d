"""Follow-ups: the schedule across time with a frozen clock, the dashboard's due list, the date checks,
and follow-up and thank-you drafts critiqued and kept as revisions."""

import re
from datetime import date, timedelta

import pytest

from coach.engine import followup as followup_writer
from coach.outreach import followups
from tests.queuedmodel import server_error

DAY0 = date(2025, 3, 3)


@pytest.fixture
def clock(monkeypatch):
    """Freeze the follow-up clock at DAY0; call it with a number of days to move to DAY0 + days."""
    now = {"today": DAY0}
    monkeypatch.setattr(followups, "today", lambda: now["today"])
    return lambda days: now.update(today=DAY0 + timedelta(days=days))


def mark(actions, mentor_id, status):
    return actions.post(
        f"/mentee/mentors/{mentor_id}/status", {"status": status, "back": "dashboard"}, form_path="/mentee/"
    )


def due_section(client):
    html = client.get("/mentee/").get_data(as_text=True)
    return html.split('id="due-h"')[1].split("</section>")[0]


def test_the_follow_up_comes_due_and_after_two_the_coach_suggests_letting_go(mentee, client, clock):
    actions, mentor_id, _ = mentee
    mark(actions, mentor_id, "sent")
    assert "Nothing due this week" in due_section(client)  # due in 7 days: next week
    clock(1)
    assert "follow-up 1 due 2025-03-10" in due_section(client)
    clock(8)
    assert "overdue" in due_section(client)
    mark(actions, mentor_id, "followed_up")  # day 8: follow-up 1 sent, next due day 15
    assert "Nothing due this week" in due_section(client)
    clock(15)
    assert "follow-up 2 due 2025-03-18" in due_section(client)
    mark(actions, mentor_id, "followed_up")
    clock(22)
    section = due_section(client)
    assert "let it go gracefully after 2025-03-25" in section and "follow-up 3" not in section
    page = client.get(f"/mentee/mentors/{mentor_id}/outreach").get_data(as_text=True)
    assert "data-let-go" in page and "Draft follow-up" not in page
    mark(actions, mentor_id, "no_reply")
    assert "Nothing due this week" in due_section(client)


def test_a_reply_clears_the_follow_up(mentee, client, clock, db):
    actions, mentor_id, _ = mentee
    mark(actions, mentor_id, "sent")
    clock(6)
    mark(actions, mentor_id, "replied")
    assert db["mentors"].get(mentor_id)["followup_due"] is None
    assert "Nothing due this week" in due_section(client)


def test_the_wait_before_a_follow_up_is_the_mentees_choice(mentee, client, clock, db):
    actions, mentor_id, _ = mentee
    assert 'value="7"' in client.get("/mentee/followups").get_data(as_text=True)
    assert actions.post("/mentee/followups", {"followup_days": "10"}).status_code == 302
    mark(actions, mentor_id, "sent")
    assert db["mentors"].get(mentor_id)["followup_due"] == "2025-03-13"


@pytest.mark.parametrize(
    "days, message",
    [("1", "must be from 3 to 30 days"), ("ninety", "needs a whole number"), ("", "needs a whole number")],
)
def test_an_unreasonable_wait_is_refused(mentee, days, message):
    actions, _, _ = mentee
    response = actions.post("/mentee/followups", {"followup_days": days})
    assert response.status_code == 400 and message in response.get_data(as_text=True)


@pytest.mark.parametrize(
    "typed, message",
    [
        ("2025-03-01", "Follow-up due on is in the past (2025-03-01)"),
        ("2026-03-04", "Follow-up due on is more than a year ahead (2026-03-04)"),
        ("03/12/2025", "Follow-up due on is not a date"),
        ("", "Follow-up due on is required."),
    ],
)
def test_a_questionable_follow_up_date_is_questioned_and_kept(mentee, clock, db, typed, message):
    actions, mentor_id, _ = mentee
    mark(actions, mentor_id, "sent")
    response = actions.post(
        f"/mentee/mentors/{mentor_id}/schedule",
        {"followup_due": typed},
        form_path=f"/mentee/mentors/{mentor_id}/outreach",
    )
    html = response.get_data(as_text=True)
    assert response.status_code == 400 and message in html
    assert f'value="{typed}"' in html
    assert db["mentors"].get(mentor_id)["followup_due"] == "2025-03-10"


def test_a_new_date_within_the_year_moves_the_follow_up(mentee, clock, db):
    actions, mentor_id, _ = mentee
    mark(actions, mentor_id, "sent")
    response = actions.post(
        f"/mentee/mentors/{mentor_id}/schedule",
        {"followup_due": "2025-03-20"},
        form_path=f"/mentee/mentors/{mentor_id}/outreach",
    )
    assert response.status_code == 302
    assert db["mentors"].get(mentor_id)["followup_due"] == "2025-03-20"


def test_a_past_date_confirmed_records_a_follow_up_already_sent(mentee, client, clock, db):
    actions, mentor_id, _ = mentee
    mark(actions, mentor_id, "sent")
    clock(10)
    response = actions.post(
        f"/mentee/mentors/{mentor_id}/schedule",
        {"followup_due": "2025-03-11", "already_followed_up": "y"},
        form_path=f"/mentee/mentors/{mentor_id}/outreach",
    )
    assert response.status_code == 302
    row = db["mentors"].get(mentor_id)
    assert (row["followups_sent"], row["followup_due"]) == (1, "2025-03-18")
    assert "follow-up 1 sent" in client.get(f"/mentee/mentors/{mentor_id}/outreach").get_data(as_text=True)


def test_follow_up_draft_refers_to_the_first_message_and_is_critiqued_as_a_revision(mentee, client, clock, db):
    actions, mentor_id, _ = mentee
    first_subject = db.execute("select subject from revisions order by id limit 1").fetchone()[0]
    mark(actions, mentor_id, "sent")
    clock(8)
    response = actions.post(
        f"/mentee/mentors/{mentor_id}/notes/followup",
        {"followup-update": "I ran your threat-model template on our payments service"},
        form_path=f"/mentee/mentors/{mentor_id}/outreach",
    )
    assert response.status_code == 302
    draft_id = int(response.headers["Location"].rstrip("/").split("/")[-1])
    draft = db["drafts"].get(draft_id)
    revision = next(db["revisions"].rows_where("draft_id = ?", [draft_id]))
    assert draft["kind"] == "followup"
    assert revision["subject"] == f"Re: {first_subject}"
    assert "my message of 3 March" in revision["body"] and "I ran your threat-model template" in revision["body"]
    assert re.search(r"Would a \d+-minute [\w ]+ about \w+", revision["body"])  # the ask made again, topic and all
    assert "no reply is needed" in revision["body"]
    assert db.execute("select count(*) from critiques where revision_id = ?", [revision["id"]]).fetchone()[0] == 1
    assert client.get(f"/mentee/drafts/{draft_id}").status_code == 200
    saved = actions.revise(draft_id, revision["subject"], revision["body"] + "\nThanks again.")
    assert saved.status_code == 302
    assert db.execute("select count(*) from revisions where draft_id = ?", [draft_id]).fetchone()[0] == 2


def test_after_a_meeting_the_outreach_page_leads_to_the_thank_you_from_the_meeting_records(mentee, client, clock):
    actions, mentor_id, _ = mentee
    for status in ("sent", "replied", "meeting"):
        mark(actions, mentor_id, status)
    page = client.get(f"/mentee/mentors/{mentor_id}/outreach").get_data(as_text=True)
    assert f'href="/mentee/mentors/{mentor_id}/meetings"' in page
    response = actions.post(
        f"/mentee/mentors/{mentor_id}/notes/thanks",
        {"thanks-update": "x"},
        form_path=f"/mentee/mentors/{mentor_id}/outreach",
    )
    assert response.status_code == 404  # one thank-you writer: the meeting page's


def test_an_empty_note_is_refused_and_an_unknown_kind_is_404(mentee, clock):
    actions, mentor_id, _ = mentee
    mark(actions, mentor_id, "sent")
    response = actions.post(
        f"/mentee/mentors/{mentor_id}/notes/followup",
        {"followup-update": "  "},
        form_path=f"/mentee/mentors/{mentor_id}/outreach",
    )
    assert response.status_code == 400 and "What to say is required." in response.get_data(as_text=True)
    response = actions.post(
        f"/mentee/mentors/{mentor_id}/notes/nudge",
        {"nudge-update": "hi"},
        form_path=f"/mentee/mentors/{mentor_id}/outreach",
    )
    assert response.status_code == 404


def test_the_second_follow_up_says_it_is_the_last():
    context = {
        "kind": "followup",
        "mentor": {"name": "Kenji Watanabe"},
        "mentee": {"name": "Ana"},
        "ask": {"topic": "security careers", "minutes": 20, "format": "video call"},
        "previous": {"subject": "20 minutes on security careers?", "sent_on": "2025-03-03"},
        "note": {"update": "", "number": 2},
    }
    note = followup_writer.draft(context)
    assert "One last note" in note["body"] and "I won't write again" in note["body"]
    assert note["missing"] and "[Something new" in note["body"]  # nothing new given: said so, not invented


def _model_on(app):
    app.config.update(COACH_MODEL="queued", COACH_MODEL_TIMEOUT=1, COACH_MODEL_RETRIES=0)


def _ask_followup(actions, mentor_id):
    response = actions.post(
        f"/mentee/mentors/{mentor_id}/notes/followup",
        {"followup-update": "I ran your threat-model template on our payments service"},
        form_path=f"/mentee/mentors/{mentor_id}/outreach",
    )
    assert response.status_code == 302
    return int(response.headers["Location"].rstrip("/").split("/")[-1])


def test_follow_up_is_written_by_the_model_through_the_followup_prompt(app, mentee, clock, db, queued_model):
    actions, mentor_id, _ = mentee
    mark(actions, mentor_id, "sent")
    _model_on(app)
    queued_model.queue({"subject": "Re: threat modelling", "body": "Hi Kenji, a short follow-up. Alex"})
    draft_id = _ask_followup(actions, mentor_id)
    revision = next(db["revisions"].rows_where("draft_id = ?", [draft_id]))
    prompt = queued_model.requests[-1]["messages"][-1]["content"]
    assert revision["body"] == "Hi Kenji, a short follow-up. Alex"
    assert revision["source"] == "draft:model"
    assert "follow-up number 1" in prompt and "I ran your threat-model template" in prompt
    assert queued_model.requests[-1]["prompt_name"] == "followup"


def test_follow_up_falls_back_to_the_built_in_writer_when_the_model_fails(app, mentee, client, clock, db, queued_model):
    actions, mentor_id, _ = mentee
    mark(actions, mentor_id, "sent")
    _model_on(app)
    queued_model.queue(server_error(500))
    draft_id = _ask_followup(actions, mentor_id)
    revision = next(db["revisions"].rows_where("draft_id = ?", [draft_id]))
    assert revision["source"] == "draft:builtin"
    assert "I ran your threat-model template" in revision["body"]
    assert "The built-in coach wrote this draft instead" in client.get(f"/mentee/drafts/{draft_id}").get_data(
        as_text=True
    )
