import pytest

from tests.conftest import csrf_token


def test_sign_up_signs_in_and_lands_on_the_dashboard(actions, client):
    response = actions.signup()
    assert response.status_code == 302
    assert response.headers["Location"] == "/mentee/"
    assert "Your outreach" in client.get("/mentee/").get_data(as_text=True)


def test_an_instructor_created_by_the_admin_lands_on_the_instructor_home(actions):
    response = actions.signup(email="ivy@example.com", role="instructor")
    assert response.headers["Location"] == "/instructor/"


def test_password_is_stored_as_an_argon2id_hash(actions, db):
    actions.signup(password="correct horse")
    stored = db["users"].get(1)["password_hash"]
    assert stored.startswith("$argon2id$")
    assert "correct horse" not in stored


def test_sign_in_with_the_right_password(actions, client):
    actions.signup()
    actions.signout()
    response = actions.signin()
    assert response.status_code == 302
    assert client.get("/mentee/").status_code == 200


def test_wrong_password_is_refused_and_keeps_the_email(actions):
    actions.signup()
    actions.signout()
    response = actions.signin(password="wrong password")
    page = response.get_data(as_text=True)
    assert response.status_code == 400
    assert "Password does not match that email" in page
    assert 'value="ana@example.com"' in page


def test_email_already_taken_is_named_on_the_form(actions):
    actions.signup()
    actions.signout()
    response = actions.signup(email="ANA@example.com")
    assert response.status_code == 400
    assert "Email already has an account" in response.get_data(as_text=True)


@pytest.mark.parametrize(
    "field, value, message",
    [
        ("name", "", "Your name is required."),
        ("name", "   ", "Your name is required."),
        ("email", "not-an-email", "Email does not look like an email address."),
        ("password", "short", "Password must be 8 to 200 characters long."),
        ("name", "x" * 101, "Your name is too long: at most 100 characters."),
        ("name", "Ana\x00", "Your name contains a NUL byte"),
    ],
)
def test_sign_up_errors_name_the_field(actions, field, value, message):
    data = {"name": "Ana Lima", "email": "ana@example.com", "password": "correct horse", "role": "mentee", field: value}
    response = actions.post("/auth/signup", data)
    assert response.status_code == 400
    assert message in response.get_data(as_text=True)


def test_form_without_csrf_token_is_rejected_and_saves_nothing(client, db):
    response = client.post(
        "/auth/signup", data={"name": "Ana", "email": "ana@example.com", "password": "correct horse", "role": "mentee"}
    )
    assert response.status_code == 400
    assert "The form had expired" in response.get_data(as_text=True)
    assert db["users"].count == 0


def test_sign_out_needs_a_post(actions, client):
    actions.signup()
    assert client.get("/auth/signout").status_code == 405
    actions.signout()
    assert client.get("/mentee/").status_code == 302


def test_anonymous_visitor_is_sent_to_sign_in_and_back(actions, client):
    response = client.get("/mentee/mentors")
    assert response.status_code == 302
    assert response.headers["Location"].startswith("/auth/signin?next=/mentee/mentors")
    actions.signup()
    actions.signout()
    token = csrf_token(client, "/auth/signin")
    response = client.post(
        "/auth/signin?next=/mentee/mentors",
        data={"email": "ana@example.com", "password": "correct horse", "csrf_token": token},
    )
    assert response.headers["Location"] == "/mentee/mentors"


def test_sign_in_never_redirects_off_site(actions, client):
    actions.signup()
    actions.signout()
    token = csrf_token(client, "/auth/signin")
    response = client.post(
        "/auth/signin?next=//evil.example/",
        data={"email": "ana@example.com", "password": "correct horse", "csrf_token": token},
    )
    assert response.headers["Location"] == "/mentee/"


def test_session_cookie_is_httponly_and_samesite(actions):
    response = actions.signup()
    cookie = response.headers["Set-Cookie"]
    assert "HttpOnly" in cookie
    assert "SameSite=Lax" in cookie


def test_instructor_cannot_open_mentee_pages(actions, client):
    actions.signup(email="ivy@example.com", role="instructor")
    assert client.get("/mentee/").status_code == 404


def test_old_password_hash_still_signs_in_and_is_upgraded(actions, db):
    from argon2 import PasswordHasher

    actions.signup()
    actions.signout()
    old = PasswordHasher(time_cost=3, memory_cost=65536, parallelism=4).hash("correct horse")
    db["users"].update(1, {"password_hash": old})
    assert actions.signin().status_code == 302
    upgraded = db["users"].get(1)["password_hash"]
    assert upgraded != old and "m=19456,t=2,p=1" in upgraded


def test_invite_link_opened_signed_out_leads_back_after_sign_up(client):
    from urllib.parse import quote

    invite = "/mentee/cohort?code=ABCD2345"
    signin_page = client.get(invite, follow_redirects=True).get_data(as_text=True)
    signup_path = f"/auth/signup?next={quote(invite, safe='/?')}"
    assert f'href="{signup_path}"' in signin_page
    token = csrf_token(client, signup_path)
    response = client.post(
        signup_path,
        data={
            "name": "Mia",
            "email": "mia@example.com",
            "password": "correct horse",
            "role": "mentee",
            "csrf_token": token,
        },
    )
    assert response.headers["Location"] == invite


def test_password_rule_is_read_with_the_password_field(client):
    page = client.get("/auth/signup").get_data(as_text=True)
    assert 'aria-describedby="password-hint"' in page
    assert '<p class="hint" id="password-hint">At least 8 characters.</p>' in page
