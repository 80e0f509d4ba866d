"""After the meeting: notes and insights, action items tracked until done, and the thank-you and progress-update
drafts, written from those records and critiqued like any message."""

import json
from datetime import date, timedelta

import pytest

from coach.engine import aftercare
from tests.conftest import Actions
from tests.queuedmodel import server_error

INSIGHT = "Start with one threat model of a real service before any certification. Then share it."


def record_meeting(actions, mentor_id, held_on=None, insights=INSIGHT, notes="Talked for 20 minutes."):
    return actions.post(
        f"/mentee/mentors/{mentor_id}/meetings",
        {"held_on": held_on or date.today().isoformat(), "insights": insights, "notes": notes},
    )


def add_item(actions, mentor_id, text, kind="action", due_on=""):
    return actions.post(
        f"/mentee/mentors/{mentor_id}/items",
        {"kind": kind, "text": text, "due_on": due_on},
        form_path=f"/mentee/mentors/{mentor_id}/meetings",
    )


def write(actions, mentor_id, kind):
    response = actions.post(
        f"/mentee/mentors/{mentor_id}/aftercare", {"kind": kind}, form_path=f"/mentee/mentors/{mentor_id}/meetings"
    )
    assert response.status_code == 302, response.get_data(as_text=True)[:300]
    return int(response.headers["Location"].rstrip("/").split("/")[-1])


def item_id(db, text):
    return next(db.query("select id from action_items where text = ?", [text]))["id"]


def test_a_recorded_meeting_shows_its_insights_and_notes(mentee, client):
    actions, mentor_id, _ = mentee
    assert record_meeting(actions, mentor_id, notes="He uses <b>STRIDE</b> per data flow.").status_code == 302
    html = client.get(f"/mentee/mentors/{mentor_id}/meetings").get_data(as_text=True)
    assert "Start with one threat model" in html
    assert "He uses &lt;b&gt;STRIDE&lt;/b&gt; per data flow." in html


@pytest.mark.parametrize(
    "held_on, message",
    [
        ("", "Date of the meeting is required."),
        ("14/03/2025", "Date of the meeting is not a date: use YYYY-MM-DD"),
        ((date.today() + timedelta(days=800)).isoformat(), "Date of the meeting is more than a year from today"),
    ],
)
def test_a_bad_meeting_date_says_why_and_keeps_the_notes(mentee, held_on, message):
    actions, mentor_id, _ = mentee
    response = actions.post(
        f"/mentee/mentors/{mentor_id}/meetings",
        {"held_on": held_on, "insights": INSIGHT, "notes": "Long notes I must not lose."},
    )
    html = response.get_data(as_text=True)
    assert response.status_code == 400
    assert message in html
    assert "Long notes I must not lose." in html


def test_an_item_without_a_date_is_due_in_a_week(mentee, db):
    actions, mentor_id, _ = mentee
    assert add_item(actions, mentor_id, "Write a threat model for the payments API").status_code == 302
    row = next(db.query("select due_on, done_on from action_items"))
    assert row == {"due_on": (date.today() + timedelta(days=7)).isoformat(), "done_on": None}


def test_an_overdue_item_is_shown_as_overdue_until_marked_done(mentee, client, db):
    actions, mentor_id, _ = mentee
    yesterday = (date.today() - timedelta(days=1)).isoformat()
    add_item(actions, mentor_id, "Send him the threat model", due_on=yesterday)
    html = client.get("/mentee/conversations").get_data(as_text=True)
    assert f"overdue: was due {yesterday}" in html

    response = actions.post(
        f"/mentee/items/{item_id(db, 'Send him the threat model')}/done",
        {"done": "1", "back": "conversations"},
        form_path="/mentee/conversations",
    )
    assert response.headers["Location"].endswith("/mentee/conversations")
    html = client.get("/mentee/conversations").get_data(as_text=True)
    assert "overdue" not in html
    assert f"done {date.today().isoformat()}" in html


def test_a_done_item_can_be_reopened(mentee, db):
    actions, mentor_id, _ = mentee
    add_item(actions, mentor_id, "Read his CTF write-up")
    target = item_id(db, "Read his CTF write-up")
    page = f"/mentee/mentors/{mentor_id}/meetings"
    actions.post(f"/mentee/items/{target}/done", {"done": "1"}, form_path=page)
    actions.post(f"/mentee/items/{target}/done", {"done": "0"}, form_path=page)
    assert next(db.query("select done_on from action_items"))["done_on"] is None


def test_thank_you_note_names_what_helped_and_what_comes_next_and_asks_nothing(mentee, client, db):
    actions, mentor_id, _ = mentee
    record_meeting(actions, mentor_id)
    add_item(actions, mentor_id, "Write a threat model for the payments API")
    draft_id = write(actions, mentor_id, "thanks")
    assert next(db.query("select kind from drafts where id = ?", [draft_id]))["kind"] == "thanks"
    html = client.get(f"/mentee/drafts/{draft_id}").get_data(as_text=True)
    assert "start with one threat model of a real service before any certification" in html
    assert "I will write a threat model for the payments API by " in html  # the item's due date, as people write it
    body = next(db.query("select body from revisions where draft_id = ?", [draft_id]))["body"]
    assert "?" not in body
    assert (
        db.execute(
            "select count(*) from critiques c join revisions r on r.id = c.revision_id where r.draft_id = ?", [draft_id]
        ).fetchone()[0]
        == 1
    )


def test_progress_update_says_what_was_done_the_result_and_one_optional_question(mentee, client, db):
    actions, mentor_id, _ = mentee
    record_meeting(actions, mentor_id)
    add_item(actions, mentor_id, "Wrote a threat model for the payments API")
    actions.post(
        f"/mentee/items/{item_id(db, 'Wrote a threat model for the payments API')}/done",
        {"done": "1"},
        form_path=f"/mentee/mentors/{mentor_id}/meetings",
    )
    add_item(actions, mentor_id, "It found two missing authorisation checks", kind="update")
    actions.post(
        f"/mentee/mentors/{mentor_id}/questions",
        {"category": "career", "text": "How did you pick your first security conference talk?"},
        form_path=f"/mentee/mentors/{mentor_id}/prep",
    )
    # Two fit a 20-minute conversation; the third waits, and the update may ask it.
    for text in (
        "How do you run threat modelling with a team new to it?",
        "What made your CTF workshop worth running every year?",
    ):
        actions.post(
            f"/mentee/mentors/{mentor_id}/questions",
            {"category": "technical", "text": text},
            form_path=f"/mentee/mentors/{mentor_id}/prep",
        )
    draft_id = write(actions, mentor_id, "update")
    body = next(db.query("select body from revisions where draft_id = ?", [draft_id]))["body"]
    assert "Since then, I wrote a threat model for the payments API." in body
    assert "The result so far: it found two missing authorisation checks." in body
    assert body.count("?") == 1 and "no need to reply otherwise" in body


def test_a_thank_you_without_records_says_what_to_add(mentee, client):
    actions, mentor_id, _ = mentee
    draft_id = write(actions, mentor_id, "thanks")
    html = client.get(f"/mentee/drafts/{draft_id}").get_data(as_text=True)
    assert "[the one piece of advice that helped most]" in html
    written = aftercare.draft("thanks", {"mentor": {"name": "Kenji Watanabe"}})
    assert len(written["missing"]) == 2


def test_after_meeting_drafts_are_listed_with_the_meeting(mentee, client):
    actions, mentor_id, _ = mentee
    record_meeting(actions, mentor_id)
    write(actions, mentor_id, "thanks")
    html = client.get(f"/mentee/mentors/{mentor_id}/meetings").get_data(as_text=True)
    assert "Thank-you note: <a" in html


def test_another_mentees_items_and_meetings_answer_404(app, mentee, db):
    actions, mentor_id, _ = mentee
    add_item(actions, mentor_id, "Read his CTF write-up")
    other = Actions(app.test_client())
    other.signup(email="bo@example.com", name="Bo")
    assert other.client.get(f"/mentee/mentors/{mentor_id}/meetings").status_code == 404
    response = other.post(
        f"/mentee/items/{item_id(db, 'Read his CTF write-up')}/done", {"done": "1"}, form_path="/mentee/conversations"
    )
    assert response.status_code == 404
    assert next(db.query("select done_on from action_items"))["done_on"] is None


@pytest.mark.parametrize("kind", ["thanks", "update"])
def test_after_meeting_notes_are_written_by_the_model_from_the_meeting_records(app, mentee, db, queued_model, kind):
    actions, mentor_id, _ = mentee
    record_meeting(actions, mentor_id)
    add_item(actions, mentor_id, "Write a threat model for the payments API")
    app.config.update(COACH_MODEL="queued", COACH_MODEL_TIMEOUT=1, COACH_MODEL_RETRIES=0)
    queued_model.queue({"subject": "Thank you, Kenji", "body": "Hi Kenji, thank you. Ana"})
    draft_id = write(actions, mentor_id, kind)
    revision = next(db["revisions"].rows_where("draft_id = ?", [draft_id]))
    prompt = queued_model.requests[-1]["messages"][-1]["content"]
    assert revision["source"] == "draft:model" and revision["body"] == "Hi Kenji, thank you. Ana"
    assert "Start with one threat model of a real service" in prompt
    assert "Write a threat model for the payments API" in prompt
    assert ("thank-you note" if kind == "thanks" else "progress update") in prompt


def test_a_failed_model_leaves_the_built_in_thank_you(app, mentee, db, queued_model):
    actions, mentor_id, _ = mentee
    record_meeting(actions, mentor_id)
    app.config.update(COACH_MODEL="queued", COACH_MODEL_TIMEOUT=1, COACH_MODEL_RETRIES=0)
    queued_model.queue(server_error(500))
    draft_id = write(actions, mentor_id, "thanks")
    revision = next(db["revisions"].rows_where("draft_id = ?", [draft_id]))
    assert revision["source"] == "draft:builtin"
    assert "start with one threat model of a real service" in revision["body"]


def test_saved_thank_you_is_critiqued_as_a_thank_you_not_a_first_message(mentee, client, db):
    actions, mentor_id, _ = mentee
    record_meeting(actions, mentor_id)
    add_item(actions, mentor_id, "Write a threat model for the payments API")
    draft_id = write(actions, mentor_id, "thanks")
    revision = next(db["revisions"].rows_where("draft_id = ?", [draft_id]))
    actions.revise(draft_id, revision["subject"], revision["body"])
    findings = json.loads(
        next(
            db.query(
                "select c.findings_json from critiques c join revisions r on r.id = c.revision_id "
                "where r.draft_id = ? order by c.id desc limit 1",
                [draft_id],
            )
        )["findings_json"]
    )
    codes = {f["code"] for f in findings}
    assert "no_clear_ask" not in codes and "pure_ask" not in codes
    assert "no_new_ask" in codes


def test_the_meeting_form_offers_today_as_the_date(mentee, client):
    _, mentor_id, _ = mentee
    page = client.get(f"/mentee/mentors/{mentor_id}/meetings").get_data(as_text=True)
    assert f'value="{date.today().isoformat()}"' in page
