"""Peer and reverse mentoring: learning partners and the people the mentee mentors, with the same structure."""

import pytest

from tests.conftest import Actions

PEER = {
    "direction": "peer",
    "name": "Sam Okafor",
    "who": "Frontend developer, same bootcamp",
    "teach": "PostgreSQL query tuning",
    "learn": "Accessibility testing",
    "projects": "A shared CTF team",
    "cadence": "Every other Tuesday, 45 minutes",
    "accountability": "Each names one goal; we check it next time",
}


def add(actions, **fields):
    return actions.post("/mentee/peers", {**PEER, **fields})


def test_peers_and_people_i_mentor_are_shown_in_their_own_groups(mentee, client):
    actions, _, _ = mentee
    assert add(actions).status_code == 302
    assert (
        add(actions, direction="mentoring", name="Lee Career-Changer", teach="Reading a stack trace").status_code == 302
    )
    html = client.get("/mentee/peers").get_data(as_text=True)
    peers_part, mentoring_part = html.split("<h2>Peer mentoring</h2>")[1].split("<h2>Mentoring others</h2>")
    assert "Sam Okafor" in peers_part and "Lee Career-Changer" not in peers_part
    assert "Lee Career-Changer" in mentoring_part
    assert "What I help them with" in mentoring_part
    assert "Every other Tuesday, 45 minutes" in peers_part


@pytest.mark.parametrize(
    "fields, message",
    [
        ({"name": ""}, "Name is required."),
        ({"name": "x" * 101}, "Name is too long: at most 100 characters."),
        ({"cadence": "y" * 201}, "is too long: at most 200 characters."),
        ({"teach": "bad \x00 byte"}, "contains a NUL byte"),
    ],
)
def test_a_bad_peer_says_which_field_and_keeps_what_was_typed(mentee, fields, message):
    actions, _, _ = mentee
    response = add(actions, **fields)
    html = response.get_data(as_text=True)
    assert response.status_code == 400
    assert message in html
    assert "Accessibility testing" in html


def test_editing_a_peer_keeps_the_changes(mentee, client, db):
    actions, _, _ = mentee
    add(actions)
    peer_id = next(db.query("select id from peers"))["id"]
    response = actions.post(f"/mentee/peers/{peer_id}/edit", {**PEER, "cadence": "Weekly, 30 minutes"})
    assert response.status_code == 302
    assert "Weekly, 30 minutes" in client.get("/mentee/peers").get_data(as_text=True)


def test_removing_a_peer(mentee, db):
    actions, _, _ = mentee
    add(actions)
    peer_id = next(db.query("select id from peers"))["id"]
    assert actions.post(f"/mentee/peers/{peer_id}/delete", {}, form_path="/mentee/peers").status_code == 302
    assert db["peers"].count == 0


def test_another_mentees_peer_answers_404(app, mentee, db):
    actions, _, _ = mentee
    add(actions)
    peer_id = next(db.query("select id from peers"))["id"]
    other = Actions(app.test_client())
    other.signup(email="bo@example.com", name="Bo")
    assert other.client.get(f"/mentee/peers/{peer_id}/edit").status_code == 404
    assert other.post(f"/mentee/peers/{peer_id}/delete", {}, form_path="/mentee/peers").status_code == 404
    assert db["peers"].count == 1
