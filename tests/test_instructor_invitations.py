"""The public sign-up makes mentees only; an instructor joins through a one-time link from an instructor
(shown once, stored as a hash, good for a week) or is created with `coach create-instructor`."""

import hashlib
import re
import threading

import pytest
from click.testing import CliRunner

from coach.cli import cli
from tests.conftest import Actions, csrf_token

LINK = re.compile(r'value="(https?://[^"]+/auth/instructor-signup/([^"]+))"')


@pytest.fixture
def inviter(app):
    """A signed-in instructor (created by the admin, as a course's first instructor is)."""
    actions = Actions(app.test_client())
    assert actions.signup(email="ivy@school.example", name="Ivy Teacher", role="instructor").status_code == 302
    return actions


def _invite(inviter):
    """Create an invitation on the instructor's page; return (path of the link, token)."""
    response = inviter.post("/instructor/invitations", {})
    assert response.status_code == 200
    url, token = LINK.search(response.get_data(as_text=True)).groups()
    return url.split("://", 1)[1].split("/", 1)[1].join(["/", ""]), token


def _join(app, path, email="max@school.example", name="Max Teacher"):
    client = app.test_client()
    token = csrf_token(client, "/auth/signin")  # the session's token: the link's page may be refused
    return client, client.post(
        path, data={"name": name, "email": email, "password": "correct horse", "csrf_token": token}
    )


def _role(db, email):
    rows = list(db.query("select role from users where email = ?", [email]))
    return rows[0]["role"] if rows else None


def test_public_sign_up_asking_to_be_an_instructor_makes_a_mentee(actions, db):
    response = actions.post(
        "/auth/signup", {"name": "Eve", "email": "eve@example.com", "password": "correct horse", "role": "instructor"}
    )
    assert response.headers["Location"] == "/mentee/"
    assert _role(db, "eve@example.com") == "mentee"
    assert actions.client.get("/instructor/").status_code == 404


def test_the_sign_up_page_offers_no_role_choice(client):
    page = client.get("/auth/signup").get_data(as_text=True)
    assert 'name="role"' not in page
    assert "Instructors join through an invitation link" in page


def test_an_instructor_sees_the_link_once_and_only_its_hash_is_stored(inviter, db):
    path, token = _invite(inviter)
    assert path == f"/auth/instructor-signup/{token}" and len(token) >= 40
    stored = next(db.query("select * from instructor_invitations"))
    assert stored["token_hash"] == hashlib.sha256(token.encode()).hexdigest()
    assert token not in str(stored)
    again = inviter.client.get("/instructor/invitations").get_data(as_text=True)
    assert token not in again and "open until" in again


def test_the_invitation_link_makes_an_instructor_account(app, inviter, db):
    path, _ = _invite(inviter)
    assert "Join as an instructor" in app.test_client().get(path).get_data(as_text=True)
    client, response = _join(app, path)
    assert response.headers["Location"] == "/instructor/"
    assert _role(db, "max@school.example") == "instructor"
    assert client.get("/instructor/").status_code == 200
    assert "used by Max Teacher" in inviter.client.get("/instructor/invitations").get_data(as_text=True)


def test_an_invitation_link_works_once(app, inviter, db):
    path, _ = _invite(inviter)
    _join(app, path)
    assert app.test_client().get(path).status_code == 404
    _, response = _join(app, path, email="second@school.example")
    assert response.status_code == 404
    assert "This invitation link no longer works" in response.get_data(as_text=True)
    assert _role(db, "second@school.example") is None


def test_an_expired_invitation_link_is_refused(app, inviter, db):
    path, _ = _invite(inviter)
    db.execute("update instructor_invitations set expires_at = '2020-01-01T00:00:00+00:00'")
    _, response = _join(app, path)
    assert response.status_code == 404 and "has expired" in response.get_data(as_text=True)
    assert _role(db, "max@school.example") is None
    assert "expired on 2020-01-01" in inviter.client.get("/instructor/invitations").get_data(as_text=True)


def test_an_invitation_expires_after_seven_days(inviter, db):
    _invite(inviter)
    row = next(db.query("select created_at, expires_at from instructor_invitations"))
    from datetime import datetime

    lifetime = datetime.fromisoformat(row["expires_at"]) - datetime.fromisoformat(row["created_at"])
    assert lifetime.days == 7


def test_a_made_up_invitation_link_is_refused(app, db):
    _, response = _join(app, "/auth/instructor-signup/not-a-real-token")
    assert response.status_code == 404
    assert _role(db, "max@school.example") is None


def test_a_taken_email_is_named_and_the_invitation_stays_open(app, inviter, db):
    path, _ = _invite(inviter)
    _, response = _join(app, path, email="ivy@school.example")
    assert response.status_code == 400 and "Email already has an account" in response.get_data(as_text=True)
    _, response = _join(app, path)
    assert response.headers["Location"] == "/instructor/"


def test_two_people_racing_through_one_link_make_one_instructor(app, inviter, db):
    path, _ = _invite(inviter)
    clients = [app.test_client() for _ in range(6)]
    tokens = [csrf_token(c, path) for c in clients]
    barrier, statuses = threading.Barrier(6), []

    def join(i):
        barrier.wait()
        statuses.append(
            clients[i]
            .post(
                path,
                data={
                    "name": f"T{i}",
                    "email": f"t{i}@school.example",
                    "password": "correct horse",
                    "csrf_token": tokens[i],
                },
            )
            .status_code
        )

    threads = [threading.Thread(target=join, args=(i,)) for i in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(statuses) == [302] + [404] * 5
    assert db.execute("select count(*) from users where role = 'instructor'").fetchone()[0] == 2  # Ivy and one


def test_a_mentee_cannot_create_invitations(actions, db):
    actions.signup()
    assert actions.client.get("/instructor/invitations").status_code == 404
    assert db["instructor_invitations"].count == 0


@pytest.mark.parametrize(
    "args, message",
    [
        (["--email", "x@school.example", "--name", "   "], "name is required"),
        (["--email", "not-an-email", "--name", "Ivy"], "email does not look like an email address"),
    ],
)
def test_create_instructor_refuses_a_blank_name_or_a_non_email(app, args, message):
    result = CliRunner().invoke(cli, ["create-instructor", *args, "--database", app.config["DATABASE"]])
    assert result.exit_code == 1 and message in result.output
