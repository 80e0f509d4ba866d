"""The account page (issue 18): change name, email and password; sign out everywhere."""

from coach.accounts import services as accounts
from tests.conftest import Actions


def _copy(app, client):
    other = app.test_client()
    other.set_cookie("session", client.get_cookie("session").value)
    return other


def test_the_account_page_shows_the_name_email_and_this_browser(actions, client):
    actions.signup()
    page = client.get("/account/").get_data(as_text=True)
    assert 'value="Ana Lima"' in page
    assert "ana@example.com" in page
    assert "(this browser)" in page


def test_the_account_page_title_is_plain_and_its_data_section_shows_once(actions, client):
    actions.signup()
    page = client.get("/account/").get_data(as_text=True)
    assert "<title>Your account" in page and "Your account\n<section" not in page
    assert page.count('id="data-heading"') == 1
    for autocomplete in ("name", "email", "current-password", "new-password"):
        assert f'autocomplete="{autocomplete}"' in page


def test_changing_the_name_shows_it_in_the_header(actions, client):
    actions.signup()
    response = actions.post("/account/name", {"name": "Ana Souza"}, form_path="/account/")
    assert response.status_code == 302
    assert "Ana Souza" in client.get("/mentee/").get_data(as_text=True)


def test_changing_the_email_needs_the_password_and_keeps_what_was_typed(actions, db):
    actions.signup()
    response = actions.post(
        "/account/email", {"email": "ana@new.example", "password": "wrong one"}, form_path="/account/"
    )
    page = response.get_data(as_text=True)
    assert response.status_code == 400
    assert "Your password is not your current password." in page
    assert 'value="ana@new.example"' in page
    assert db["users"].get(1)["email"] == "ana@example.com"


def test_changing_the_email_to_one_taken_is_refused(app, actions):
    Actions(app.test_client()).signup(email="bea@example.com", name="Bea")
    actions.signup()
    response = actions.post(
        "/account/email", {"email": "BEA@example.com", "password": "correct horse"}, form_path="/account/"
    )
    assert response.status_code == 400
    assert "New email already has an account." in response.get_data(as_text=True)


def test_after_changing_the_email_the_new_one_signs_in(app, actions):
    actions.signup()
    response = actions.post(
        "/account/email", {"email": "ana@new.example", "password": "correct horse"}, form_path="/account/"
    )
    assert response.status_code == 302
    actions.signout()
    assert actions.signin(email="ana@example.com").status_code == 400
    assert actions.signin(email="ana@new.example").status_code == 302


def test_a_wrong_current_password_changes_nothing(actions, db):
    actions.signup()
    before = db["users"].get(1)["password_hash"]
    response = actions.post(
        "/account/password", {"current_password": "not it", "new_password": "a new secret"}, form_path="/account/"
    )
    assert response.status_code == 400
    assert "Current password is not your current password." in response.get_data(as_text=True)
    assert db["users"].get(1)["password_hash"] == before


def test_a_password_change_signs_out_every_other_session_and_keeps_this_one(app, actions, client, db):
    actions.signup()
    phone = _copy(app, client)
    laptop = Actions(app.test_client())
    laptop.signin()
    response = actions.post(
        "/account/password",
        {"current_password": "correct horse", "new_password": "a new secret"},
        form_path="/account/",
    )
    assert response.status_code == 302
    assert client.get("/mentee/").status_code == 200
    assert phone.get("/mentee/").status_code == 302
    assert laptop.client.get("/mentee/").status_code == 302
    assert db["user_sessions"].count == 1
    assert accounts.password_matches(db["users"].get(1), "a new secret")


def test_sign_out_everywhere_ends_every_session_this_one_included(app, actions, client):
    actions.signup()
    laptop = Actions(app.test_client())
    laptop.signin()
    response = actions.post("/account/signout-everywhere", {}, form_path="/account/")
    assert response.status_code == 302
    assert client.get("/mentee/").status_code == 302
    assert laptop.client.get("/mentee/").status_code == 302


def test_the_account_page_is_for_instructors_too(actions, client, db):
    accounts.register(db, "Ivy", "ivy@example.com", "correct horse", "instructor")
    actions.signin(email="ivy@example.com")
    assert "Ivy" in client.get("/account/").get_data(as_text=True)
