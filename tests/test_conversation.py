"""Conversation prep: questions by category checked by the coach, and a plan fitted to the agreed minutes."""

import pytest

from coach.conversations import services as conversation
from tests.conftest import Actions


def add_question(actions, mentor_id, text, category="technical"):
    return actions.post(
        f"/mentee/mentors/{mentor_id}/questions",
        {"category": category, "text": text},
        form_path=f"/mentee/mentors/{mentor_id}/prep",
    )


def save_plan(actions, mentor_id, **fields):
    data = {"minutes": "20", "meeting_on": "", "opening": "", "next_steps": "", "maintenance": "", **fields}
    return actions.post(f"/mentee/mentors/{mentor_id}/plan", data, form_path=f"/mentee/mentors/{mentor_id}/prep")


@pytest.mark.parametrize("minutes", [5, 15, 20, 30, 45, 60, 120])
def test_the_plan_gives_every_agreed_minute_to_a_section(minutes):
    sections = conversation.allocate_minutes(minutes)
    assert [s["key"] for s in sections] == ["opening", "core", "next_steps", "maintenance"]
    assert sum(s["minutes"] for s in sections) == minutes
    assert max(sections, key=lambda s: s["minutes"])["key"] == "core"


@pytest.mark.parametrize("minutes, capacity", [(15, 2), (20, 2), (30, 4), (60, 8)])
def test_the_core_minutes_hold_a_question_every_four_and_a_half_minutes(minutes, capacity):
    assert conversation.fit_plan(minutes, [])["capacity"] == capacity


def test_clean_questions_fit_first_and_the_rest_wait_for_next_time():
    questions = [
        {"id": i, "position": i, "flagged": flagged, "text": f"q{i}"}
        for i, flagged in enumerate([True, False, False, False], start=1)
    ]
    fitted = conversation.fit_plan(20, questions)
    assert [q["text"] for q in fitted["fits"]] == ["q2", "q3"]
    assert [q["text"] for q in fitted["waits"]] == ["q4", "q1"]


def test_prep_page_shows_the_four_categories_and_the_minutes_asked_for(mentee, client):
    _, mentor_id, _ = mentee
    html = client.get(f"/mentee/mentors/{mentor_id}/prep").get_data(as_text=True)
    for label in ("Technical guidance", "Career advice", "Industry insights", "Personal development"):
        assert label in html
    assert "Conversation plan: 20 minutes" in html  # the draft asked for 20 minutes


def test_a_vague_question_is_flagged_with_a_rewrite_on_the_prep_page(mentee, client):
    actions, mentor_id, _ = mentee
    assert add_question(actions, mentor_id, "Any tips?", "career").status_code == 302
    html = client.get(f"/mentee/mentors/{mentor_id}/prep").get_data(as_text=True)
    assert "too vague" in html
    assert "Which would you pick, and why?" in html


def test_an_open_question_gets_the_coachs_nod(mentee, client):
    actions, mentor_id, _ = mentee
    add_question(actions, mentor_id, "How did you choose your first security project after years of backend work?")
    assert "The coach finds it open and specific." in client.get(f"/mentee/mentors/{mentor_id}/prep").get_data(
        as_text=True
    )


def test_questions_beyond_the_minutes_wait_for_next_time(mentee, client):
    actions, mentor_id, _ = mentee
    for topic in ("threat models", "CTF practice", "code review habits"):
        add_question(actions, mentor_id, f"How did you get better at {topic} in your first security role?")
    html = client.get(f"/mentee/mentors/{mentor_id}/prep").get_data(as_text=True)
    assert "Room for 2 questions" in html
    waiting = html.split("Wait for next time")[1]
    assert "code review habits" in waiting and "threat models" not in waiting


def test_saving_a_longer_plan_fits_more_questions(mentee, client):
    actions, mentor_id, _ = mentee
    response = save_plan(actions, mentor_id, minutes="30", opening="Since my message I wrote my first threat model.")
    assert response.status_code == 302
    html = client.get(f"/mentee/mentors/{mentor_id}/prep").get_data(as_text=True)
    assert "Conversation plan: 30 minutes" in html
    assert "Room for 4 questions" in html
    assert "Since my message I wrote my first threat model." in html


@pytest.mark.parametrize(
    "fields, message",
    [
        ({"minutes": "abc"}, "Agreed minutes needs a whole number of minutes."),
        ({"minutes": "3"}, "Agreed minutes must be from 5 to 120 minutes."),
        ({"meeting_on": "next tuesday"}, "Meeting date is not a date: use YYYY-MM-DD"),
        ({"meeting_on": "1999-01-01"}, "Meeting date is more than a year from today"),
        ({"opening": "x" * 1001}, "is too long: at most 1,000 characters."),
    ],
)
def test_a_bad_plan_says_which_field_and_keeps_what_was_typed(mentee, fields, message):
    actions, mentor_id, _ = mentee
    response = save_plan(actions, mentor_id, next_steps="Report back in two weeks.", **fields)
    html = response.get_data(as_text=True)
    assert response.status_code == 400
    assert message in html
    assert "Report back in two weeks." in html


@pytest.mark.parametrize(
    "text, message",
    [
        ("", "Your question is required."),
        ("   ", "Your question is required."),
        ("x" * 501, "Your question is too long: at most 500 characters."),
    ],
)
def test_a_bad_question_says_why(mentee, text, message):
    actions, mentor_id, _ = mentee
    response = add_question(actions, mentor_id, text)
    assert response.status_code == 400
    assert message in response.get_data(as_text=True)


def test_editing_a_question_rewords_and_reorders_it(mentee, client, db):
    actions, mentor_id, _ = mentee
    add_question(actions, mentor_id, "Should I learn Rust?")
    add_question(actions, mentor_id, "How do you review a threat model written by developers?")
    first = next(db.query("select id from questions order by id"))["id"]
    response = actions.post(
        f"/mentee/questions/{first}/edit",
        {"category": "technical", "text": "How would you decide whether I should learn Rust next?", "position": "5"},
    )
    assert response.status_code == 302
    rows = list(db.query("select text from questions order by position"))
    assert rows[-1]["text"] == "How would you decide whether I should learn Rust next?"


def test_a_question_with_html_is_shown_as_text(mentee, client):
    actions, mentor_id, _ = mentee
    add_question(actions, mentor_id, "<script>alert(1)</script> How do you pick CTFs?")
    html = client.get(f"/mentee/mentors/{mentor_id}/prep").get_data(as_text=True)
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_another_mentees_mentor_and_questions_answer_404(app, mentee, db):
    actions, mentor_id, _ = mentee
    add_question(actions, mentor_id, "How did you choose your first security project?")
    question_id = next(db.query("select id from questions"))["id"]
    other = Actions(app.test_client())
    other.signup(email="bo@example.com", name="Bo")
    assert other.client.get(f"/mentee/mentors/{mentor_id}/prep").status_code == 404
    assert other.client.get(f"/mentee/questions/{question_id}/edit").status_code == 404
    token_page = "/mentee/peers"
    assert other.post(f"/mentee/questions/{question_id}/delete", {}, form_path=token_page).status_code == 404
    assert db["questions"].count == 1
