"""The sign-in limit holds under parallel attempts (the check and the record are one write), and failed
sign-ins are also limited per address across emails (password spraying)."""

import threading
from concurrent.futures import ThreadPoolExecutor

import pytest

from coach import create_app
from coach.accounts import services as accounts
from tests.conftest import Actions, csrf_token

WRONG = "not the password"


@pytest.fixture
def counted(tmp_path, monkeypatch):
    """An app with the default limit of 10, and a count of the passwords it actually checked."""
    app = create_app({"TESTING": True, "DATABASE": str(tmp_path / "c.db"), "SECRET_KEY": "k"})
    Actions(app.test_client()).signup(email="ana@example.com")
    checked, lock, authenticate = [], threading.Lock(), accounts.authenticate

    def counting(db, email, password):
        with lock:
            checked.append(email)
        return authenticate(db, email, password)

    monkeypatch.setattr(accounts, "authenticate", counting)
    return app, checked


def _attempts(app, emails, address="203.0.113.7"):
    """Sign in once per email with a wrong password, all at once from one address; return the status codes."""
    clients = [app.test_client() for _ in emails]
    barrier = threading.Barrier(len(emails))

    def attempt(client, email):
        token = csrf_token(client, "/auth/signin")
        barrier.wait()  # every attempt in flight at the same moment
        return client.post(
            "/auth/signin",
            data={"email": email, "password": WRONG, "csrf_token": token},
            environ_base={"REMOTE_ADDR": address},
        ).status_code

    with ThreadPoolExecutor(len(emails)) as pool:
        return list(pool.map(attempt, clients, emails))


def test_sixty_parallel_wrong_passwords_for_one_email_get_at_most_ten_checked(counted):
    app, checked = counted
    statuses = _attempts(app, ["ana@example.com"] * 60)
    assert len(checked) <= 10
    assert statuses.count(400) == len(checked) and statuses.count(429) == 60 - len(checked)
    assert len(checked) == 10  # the limit is reached, not undershot


def test_failed_signins_from_one_address_across_many_emails_are_limited(tmp_path):
    app = create_app(
        {"TESTING": True, "DATABASE": str(tmp_path / "c.db"), "SECRET_KEY": "k", "COACH_SIGNIN_ADDRESS_LIMIT": 5}
    )
    statuses = [_attempts(app, [f"user{i}@example.com"])[0] for i in range(7)]
    assert statuses == [400] * 5 + [429] * 2
    assert _attempts(app, ["someone@example.com"], address="198.51.100.2") == [400]  # another address is not held


def test_the_address_limit_stops_a_spray_sent_in_parallel(counted):
    app, checked = counted
    app.config["COACH_SIGNIN_ADDRESS_LIMIT"] = 20
    statuses = _attempts(app, [f"user{i}@example.com" for i in range(40)])
    assert len(checked) == 20 and statuses.count(429) == 20


def test_a_successful_signin_is_not_counted_against_the_address(tmp_path):
    app = create_app(
        {"TESTING": True, "DATABASE": str(tmp_path / "c.db"), "SECRET_KEY": "k", "COACH_SIGNIN_ADDRESS_LIMIT": 3}
    )
    Actions(app.test_client()).signup(email="ana@example.com")
    for _ in range(5):
        assert Actions(app.test_client()).signin().status_code == 302
    assert _attempts(app, ["x@example.com"] * 3) == [400] * 3


def test_the_address_limit_is_read_from_the_configuration(tmp_path, monkeypatch):
    monkeypatch.setenv("COACH_SIGNIN_ADDRESS_LIMIT", "7")
    app = create_app({"TESTING": True, "DATABASE": str(tmp_path / "c.db"), "SECRET_KEY": "k"})
    assert app.config["COACH_SIGNIN_ADDRESS_LIMIT"] == 7
