import re

import pytest


def test_new_mentee_goes_from_sign_up_to_a_third_saved_revision(actions, client, db):
    assert actions.signup().status_code == 302
    assert actions.profile().status_code == 302
    mentor_id = actions.mentor()
    draft_id = actions.draft(mentor_id)

    page = client.get(f"/mentee/drafts/{draft_id}").get_data(as_text=True)
    assert "Draft to Kenji Watanabe" in page
    assert "Critique of revision 1" in page

    for n, body in enumerate(
        [
            "Hi Kenji,\n\nWould you have 20 minutes?\n\nThanks,\nAna",
            "Hi Kenji,\n\nWould you have 20 minutes for a video call?\n\nThanks,\nAna",
        ],
        start=2,
    ):
        response = actions.revise(draft_id, "20 minutes on moving into AppSec?", body)
        assert response.status_code == 302
        assert f"Saved revision {n}." in client.get(response.headers["Location"]).get_data(as_text=True)

    rows = list(db.query("select number, subject from revisions where draft_id = ? order by number", [draft_id]))
    assert [r["number"] for r in rows] == [1, 2, 3]
    assert db["critiques"].count == 3
    page = client.get(f"/mentee/drafts/{draft_id}").get_data(as_text=True)
    assert "Critique of revision 3" in page
    assert f"/mentee/drafts/{draft_id}/revisions/1" in page


def test_every_revision_is_kept_exactly_as_typed(mentee, client):
    actions, _, draft_id = mentee
    actions.revise(draft_id, "First subject", "Body one")
    actions.revise(draft_id, "Second subject", "Body two")
    page = client.get(f"/mentee/drafts/{draft_id}/revisions/2").get_data(as_text=True)
    assert "First subject" in page and "Body one" in page


def test_first_draft_names_the_mentor_and_the_minutes(mentee, db):
    _, _, draft_id = mentee
    revision = db["revisions"].get(1)
    assert "Kenji" in revision["body"]
    assert revision["source"] == "draft:builtin"


def test_mentors_are_ranked_by_priority_and_the_formula_is_shown(actions, client):
    actions.signup()
    actions.mentor(name="Low Priority", relevance="1", value_potential="1", likelihood="1", accessibility="1")
    actions.mentor(name="High Priority", relevance="5", value_potential="5", likelihood="4", accessibility="4")
    page = client.get("/mentee/mentors").get_data(as_text=True)
    assert page.index("High Priority") < page.index("Low Priority")
    assert "2 × relevance + 2 × value potential + likelihood + accessibility" in page
    assert "4.7" in page  # (2*5 + 2*5 + 4 + 4) / 6


def test_html_in_any_field_is_shown_as_text(actions, client):
    actions.signup()
    mentor_id = actions.mentor(name="<script>alert(1)</script>", research="<img src=x onerror=alert(1)>")
    page = client.get(f"/mentee/mentors/{mentor_id}").get_data(as_text=True)
    assert "<script>alert(1)</script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "&lt;img src=x onerror=alert(1)&gt;" in page


def test_odd_unicode_is_stored_exactly(mentee, client, db):
    actions, _, draft_id = mentee
    subject = "Café ☕ שלום \u202eevil\u202c a\u200db"
    body = "Hi Kenji, e\u0301 👩🏽‍💻 مرحبا"
    assert actions.revise(draft_id, subject, body).status_code == 302
    saved = list(db.query("select subject, body from revisions order by id desc limit 1"))[0]
    assert saved == {"subject": subject, "body": body}


@pytest.mark.parametrize(
    "field, value, message",
    [
        ("name", "", "Name is required."),
        ("name", "x" * 101, "Name is too long: at most 100 characters."),
        ("research", "x" * 4001, "is too long: at most 4,000 characters."),
        ("accessibility", "", "needs a whole number from 1 to 5."),
        ("relevance", "six", "needs a whole number from 1 to 5."),
        ("likelihood", "0", "must be from 1 to 5."),
        ("value_potential", "9", "must be from 1 to 5."),
        ("role", "CTO\x00", "contains a NUL byte"),
        ("found_via", "talk\x07", "contains the control character U+0007"),
    ],
)
def test_mentor_form_errors_name_the_field_and_keep_what_was_typed(actions, field, value, message):
    actions.signup()
    data = {
        "name": "Kenji Watanabe",
        "role": "AppSec engineer",
        "mentor_type": "technical",
        "network_tier": "extended",
        "barrier": "low",
        "found_via": "a talk",
        "research": "Kept notes",
        "connection_points": "",
        "gap": "",
        "accessibility": "3",
        "relevance": "4",
        "likelihood": "3",
        "value_potential": "5",
        field: value,
    }
    response = actions.post("/mentee/mentors/new", data)
    page = response.get_data(as_text=True)
    assert response.status_code == 400
    assert message in page
    assert "Kept notes" in page or field == "research"


@pytest.mark.parametrize(
    "field, value, message",
    [
        ("subject", "", "Subject is required."),
        ("body", "   \n ", "Message is required."),
        ("subject", "s" * 201, "Subject is too long: at most 200 characters."),
        ("body", "b" * 20_001, "Message is too long: at most 20,000 characters."),
    ],
)
def test_revision_errors_keep_the_typed_text(mentee, field, value, message):
    actions, _, draft_id = mentee
    data = {"subject": "My typed subject", "body": "My typed body that must not be lost", field: value}
    response = actions.revise(draft_id, data["subject"], data["body"])
    page = response.get_data(as_text=True)
    assert response.status_code == 400
    assert message in page
    kept = "My typed subject" if field == "body" else "My typed body that must not be lost"
    assert kept in page


@pytest.mark.parametrize(
    "minutes, message",
    [
        ("", "needs a whole number of minutes."),
        ("abc", "needs a whole number of minutes."),
        ("300", "must be from 5 to 60 minutes"),
    ],
)
def test_draft_ask_minutes_are_checked(actions, minutes, message):
    actions.signup()
    mentor_id = actions.mentor()
    response = actions.post(
        f"/mentee/mentors/{mentor_id}/drafts",
        {"ask_topic": "career advice", "ask_minutes": minutes, "ask_format": "video call"},
        form_path=f"/mentee/mentors/{mentor_id}",
    )
    assert response.status_code == 400
    assert message in response.get_data(as_text=True)
    assert 'value="career advice"' in response.get_data(as_text=True)


def test_profile_is_saved_and_shown_again(actions, client):
    actions.signup()
    actions.profile(skills="Go, PostgreSQL, Kubernetes")
    assert "Go, PostgreSQL, Kubernetes" in client.get("/mentee/profile").get_data(as_text=True)


class TestAnotherMenteesRecords:
    """Every id that belongs to someone else answers 404, never their data."""

    @pytest.fixture
    def other(self, app):
        from tests.conftest import Actions

        owner = Actions(app.test_client())
        owner.signup(email="owner@example.com", name="Owner")
        owner.profile()
        mentor_id = owner.mentor(name="Secret Mentor")
        draft_id = owner.draft(mentor_id)
        return mentor_id, draft_id

    @pytest.mark.parametrize(
        "path",
        [
            "/mentee/mentors/{m}",
            "/mentee/mentors/{m}/edit",
            "/mentee/drafts/{d}",
            "/mentee/drafts/{d}/revisions/1",
        ],
    )
    def test_get_answers_404(self, other, actions, client, path):
        mentor_id, draft_id = other
        actions.signup(email="curious@example.com")
        response = client.get(path.format(m=mentor_id, d=draft_id))
        assert response.status_code == 404
        assert "Secret Mentor" not in response.get_data(as_text=True)

    def test_saving_a_revision_on_their_draft_answers_404(self, other, actions, client, db):
        _, draft_id = other
        actions.signup(email="curious@example.com")
        mentor_id = actions.mentor()
        own_draft = actions.draft(mentor_id)
        token_page = f"/mentee/drafts/{own_draft}"
        response = actions.post(
            f"/mentee/drafts/{draft_id}", {"subject": "hijack", "body": "hijack"}, form_path=token_page
        )
        assert response.status_code == 404
        assert db["revisions"].count_where("subject = 'hijack'") == 0

    def test_starting_a_draft_for_their_mentor_answers_404(self, other, actions, db):
        mentor_id, _ = other
        actions.signup(email="curious@example.com")
        own = actions.mentor()
        response = actions.post(
            f"/mentee/mentors/{mentor_id}/drafts",
            {"ask_topic": "x", "ask_minutes": "20", "ask_format": "video call"},
            form_path=f"/mentee/mentors/{own}",
        )
        assert response.status_code == 404


def test_a_fields_limit_and_its_error_are_read_out_with_the_field(actions, client):
    actions.signup()
    page = client.get("/mentee/mentors/new").get_data(as_text=True)
    assert 'aria-describedby="name-hint"' in page and 'id="name-hint">Up to 100 characters.' in page
    page = actions.post("/mentee/mentors/new", {"name": ""}).get_data(as_text=True)
    assert 'aria-describedby="name-error name-hint"' in page and '<a href="#name">Name is required.</a>' in page


def test_a_saved_revision_records_the_edits_applied_and_the_next_page_starts_afresh(mentee, db):
    actions, _, draft_id = mentee
    actions.post(
        f"/mentee/drafts/{draft_id}",
        {
            "subject": "20 minutes on application security?",
            "body": "Hi Kenji,\n\nCould we talk for 20 minutes?\n\nThanks,\nAna",
            "applied_edits": "filler,no_greeting,<script>,filler",
        },
    )
    latest = list(
        db.query("select applied_edits from revisions where draft_id = ? order by number desc limit 1", [draft_id])
    )[0]
    assert latest["applied_edits"] == "filler,no_greeting,filler"
    html = actions.client.get(f"/mentee/drafts/{draft_id}").get_data(as_text=True)
    assert re.search(r'<input[^>]*id="applied-edits"[^>]*value=""', html)
