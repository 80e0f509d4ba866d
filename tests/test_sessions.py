"""Server-side sessions (issue 13, item 3): signing out ends the session on the server, so a cookie copied
before sign-out opens nothing afterwards; sessions end after their lifetime or when left idle."""

import re
from datetime import UTC, datetime, timedelta

import pytest
import requests

from coach import sessions
from tests.browser.conftest import make_app, serve
from tests.conftest import Actions


def _session_cookie(client):
    cookie = client.get_cookie("session")
    assert cookie is not None, "no session cookie was set"
    return cookie.value


def _client_with_cookie(app, value):
    thief = app.test_client()
    thief.set_cookie("session", value)
    return thief


def test_a_cookie_copied_before_sign_out_no_longer_opens_the_account(app, actions, client):
    actions.signup()
    copied = _session_cookie(client)
    assert _client_with_cookie(app, copied).get("/mentee/").status_code == 200  # the copy works while signed in
    actions.signout()
    response = _client_with_cookie(app, copied).get("/mentee/")
    assert response.status_code == 302
    assert response.headers["Location"].startswith("/auth/signin")


def test_the_cookie_holds_a_token_and_the_database_only_its_hash(app, actions, client, db):
    actions.signup()
    with client.session_transaction() as cookie:
        token = cookie[sessions.COOKIE_KEY]
        assert "user_id" not in cookie
    row = next(iter(db["user_sessions"].rows))
    assert row["token_hash"] == sessions.token_hash(token)
    assert token not in str(row)


def test_signing_in_again_elsewhere_keeps_both_sessions_until_one_signs_out(app, actions, client, db):
    actions.signup()
    laptop = Actions(app.test_client())
    laptop.signin()
    assert db["user_sessions"].count == 2
    laptop.signout()
    assert client.get("/mentee/").status_code == 200
    assert laptop.client.get("/mentee/").status_code == 302
    assert db["user_sessions"].count == 1


class Clock:
    """A clock the test moves forward instead of waiting."""

    def __init__(self):
        # from the real time: a fixed start falls behind the sessions other fixtures open at the real time, and
        # then no amount of moving it forward reaches their window
        self.now = datetime.now(UTC)

    def __call__(self):
        return self.now


@pytest.fixture
def clock(monkeypatch):
    clock = Clock()
    monkeypatch.setattr(sessions, "utcnow", clock)
    return clock


def test_a_session_ends_after_its_lifetime_even_when_used_every_hour(app, actions, client, clock):
    app.config.update(COACH_SESSION_DAYS=2, COACH_SESSION_IDLE_HOURS=24)
    actions.signup()
    for _ in range(47):
        clock.now += timedelta(hours=1)
        assert client.get("/mentee/").status_code == 200
    clock.now += timedelta(hours=1, seconds=1)
    assert client.get("/mentee/").status_code == 302


def test_a_session_left_idle_ends_and_one_in_use_does_not(app, actions, client, clock):
    app.config.update(COACH_SESSION_DAYS=14, COACH_SESSION_IDLE_HOURS=72)
    actions.signup()
    clock.now += timedelta(hours=71)
    assert client.get("/mentee/").status_code == 200  # used within the idle time-out: still signed in
    clock.now += timedelta(hours=71)
    assert client.get("/mentee/").status_code == 200  # 142 h since sign-in, but never 72 h idle
    clock.now += timedelta(hours=72, minutes=1)
    assert client.get("/mentee/").status_code == 302


def test_an_ended_session_row_is_removed_when_its_cookie_comes_back(app, actions, client, clock, db):
    app.config.update(COACH_SESSION_DAYS=1, COACH_SESSION_IDLE_HOURS=24)
    actions.signup()
    clock.now += timedelta(days=2)
    client.get("/mentee/")
    assert db["user_sessions"].count == 0


def test_a_cookie_from_before_server_side_sessions_is_signed_out(app, actions, client):
    actions.signup()
    with client.session_transaction() as cookie:
        cookie.clear()
        cookie["user_id"] = 1
    assert client.get("/mentee/").status_code == 302


def test_the_session_list_names_the_browser():
    ua = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36"
    assert sessions.device_summary(ua) == "Chrome on Linux"
    assert sessions.device_summary("") == "Unknown device"


# Over real HTTP ------------------------------------------------------------------------------------


def _token(http, url):
    html = http.get(url).text
    return re.search(r'name="csrf_token" (?:type="hidden" )?value="([^"]+)"', html).group(1)


def test_over_http_a_copied_cookie_fails_after_sign_out(tmp_path):
    app = make_app(tmp_path / "coach.db")
    with serve(app) as base:
        browser = requests.Session()
        signup = browser.post(
            f"{base}/auth/signup",
            allow_redirects=False,
            timeout=10,
            data={
                "csrf_token": _token(browser, f"{base}/auth/signup"),
                "name": "Ana Lima",
                "email": "ana@example.com",
                "password": "correct horse",
                "role": "mentee",
            },
        )
        assert signup.status_code == 302
        copied = browser.cookies.get("session")
        thief = requests.Session()
        thief.cookies.set("session", copied)
        assert thief.get(f"{base}/mentee/", allow_redirects=False, timeout=10).status_code == 200
        out = browser.post(
            f"{base}/auth/signout",
            allow_redirects=False,
            timeout=10,
            data={"csrf_token": _token(browser, f"{base}/mentee/")},
        )
        assert out.status_code == 302
        after = thief.get(f"{base}/mentee/", allow_redirects=False, timeout=10)
        assert after.status_code == 302
        assert "/auth/signin" in after.headers["Location"]
