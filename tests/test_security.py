"""Security headers on every response, Secure cookies over HTTPS, and the sign-in and model-call rate limits."""

import pathlib
import re
from datetime import UTC, datetime, timedelta

import pytest

from coach import create_app, security, store
from coach.db import open_database
from tests.conftest import Actions

TEMPLATES = pathlib.Path(__file__).resolve().parent.parent / "coach" / "templates"
WRONG = "not the password"


@pytest.mark.parametrize("path", ["/", "/auth/signin", "/static/style.css", "/no/such/page", "/healthz"])
def test_every_response_carries_the_security_headers(client, path):
    response = client.get(path)
    for name, value in security.HEADERS.items():
        assert response.headers[name] == value, name


def test_api_errors_carry_the_security_headers_too(client):
    response = client.post("/api/v1/critique", data="not json", content_type="application/json")
    assert response.status_code == 400
    assert response.headers["X-Content-Type-Options"] == "nosniff"


def test_the_policy_allows_no_inline_script_and_no_framing():
    policy = security.CONTENT_SECURITY_POLICY
    assert "unsafe-inline" not in policy and "unsafe-eval" not in policy
    assert "frame-ancestors 'none'" in policy and "object-src 'none'" in policy


def _template_offences(text):
    """Inline scripts (data blocks excepted), on* handlers and style attributes the policy would block."""
    offences = [
        m.group(0)
        for m in re.finditer(r"<script\b[^>]*>", text)
        if "src=" not in m.group(0) and 'type="application/json"' not in m.group(0)
    ]
    offences += re.findall(r"<[^>]*\son[a-z]+\s*=", text)
    offences += re.findall(r"<[^>]*\sstyle\s*=", text)
    offences += re.findall(r"<style\b", text)
    return offences


@pytest.mark.parametrize("template", sorted(p.relative_to(TEMPLATES).as_posix() for p in TEMPLATES.rglob("*.html")))
def test_templates_have_no_inline_script_or_style_the_policy_would_block(template):
    assert _template_offences((TEMPLATES / template).read_text(encoding="utf-8")) == []


def _session_cookie(response):
    return next(h for h in response.headers.getlist("Set-Cookie") if h.startswith("session="))


def test_session_cookie_is_not_secure_over_plain_http(actions):
    assert "Secure" not in _session_cookie(actions.signup())


def test_session_cookie_is_secure_over_https(client):
    token = re.search(
        r'name="csrf_token" type="hidden" value="([^"]+)"',
        client.get("/auth/signup", base_url="https://localhost").get_data(as_text=True),
    ).group(1)
    response = client.post(
        "/auth/signup",
        base_url="https://localhost",
        headers={"Referer": "https://localhost/auth/signup"},
        data={
            "csrf_token": token,
            "name": "Ana",
            "email": "ana@example.com",
            "password": "correct horse",
            "role": "mentee",
        },
    )
    assert response.status_code == 302
    assert "Secure" in _session_cookie(response)


def test_behind_a_proxy_forwarded_https_makes_the_cookie_secure(tmp_path):
    app = create_app(
        {
            "TESTING": True,
            "DATABASE": str(tmp_path / "c.db"),
            "SECRET_KEY": "k",
            "COACH_PROXY_FIX": True,
            "WTF_CSRF_ENABLED": False,
        }
    )
    response = app.test_client().post(
        "/auth/signup",
        headers={"X-Forwarded-Proto": "https"},
        data={"name": "Ana", "email": "ana@example.com", "password": "correct horse", "role": "mentee"},
    )
    assert response.status_code == 302
    assert "Secure" in _session_cookie(response)


@pytest.fixture
def limited(tmp_path):
    """An app allowing 3 failed sign-ins per email and address."""
    return create_app({"TESTING": True, "DATABASE": str(tmp_path / "c.db"), "SECRET_KEY": "k", "COACH_SIGNIN_LIMIT": 3})


def _signin(app, email, password):
    return Actions(app.test_client()).signin(email=email, password=password)


def _signup(app):
    Actions(app.test_client()).signup(email="ana@example.com")


def test_too_many_failed_signins_answer_429_with_the_email_kept_and_retry_after(limited):
    _signup(limited)
    for _ in range(3):
        assert _signin(limited, "ana@example.com", WRONG).status_code == 400
    response = _signin(limited, "ana@example.com", WRONG)
    page = response.get_data(as_text=True)
    assert response.status_code == 429
    assert "Too many sign-in attempts; try again in 15 minutes." in page
    assert 'value="ana@example.com"' in page and WRONG not in page
    assert 840 <= int(response.headers["Retry-After"]) <= 900


def test_the_right_password_is_refused_too_while_locked_out(limited):
    _signup(limited)
    for _ in range(3):
        _signin(limited, "ana@example.com", WRONG)
    assert _signin(limited, "ana@example.com", "correct horse").status_code == 429


def test_the_limit_is_per_email_so_others_can_still_sign_in(limited):
    _signup(limited)
    for _ in range(3):
        _signin(limited, "someone@example.com", WRONG)
    assert _signin(limited, "ana@example.com", "correct horse").status_code == 302


def test_a_successful_signin_resets_the_count(limited):
    _signup(limited)
    for _ in range(2):
        _signin(limited, "ana@example.com", WRONG)
    assert _signin(limited, "ana@example.com", "correct horse").status_code == 302
    for _ in range(2):
        assert _signin(limited, "ana@example.com", WRONG).status_code == 400


def test_the_limit_holds_across_workers_sharing_the_database(limited):
    _signup(limited)
    other_worker = create_app({**limited.config, "TESTING": True})
    for app in (limited, other_worker, limited):
        _signin(app, "ana@example.com", WRONG)
    assert _signin(other_worker, "ana@example.com", WRONG).status_code == 429


def test_the_email_is_counted_whatever_its_case(limited):
    _signup(limited)
    for email in ("ANA@example.com", "ana@EXAMPLE.com", " ana@example.com"):
        _signin(limited, email, WRONG)
    assert _signin(limited, "ana@example.com", WRONG).status_code == 429


def _log_calls(db, user_id, count, minutes_ago=0):
    stamp = (datetime.now(UTC) - timedelta(minutes=minutes_ago)).isoformat(timespec="seconds")
    for _ in range(count):
        db["model_calls"].insert({"user_id": user_id, "model": "openai/fake", "outcome": "ok", "datetime_utc": stamp})


def test_model_calls_under_the_hourly_quota_are_allowed(db):
    _log_calls(db, 1, 29)
    security.check_model_quota(db, {"COACH_MODEL_CALLS_PER_HOUR": 30}, 1)


def test_the_call_over_the_hourly_quota_is_refused_with_when_to_retry(db):
    _log_calls(db, 1, 30, minutes_ago=20)
    with pytest.raises(security.RateLimited) as caught:
        security.check_model_quota(db, {"COACH_MODEL_CALLS_PER_HOUR": 30}, 1)
    assert 39 * 60 <= caught.value.retry_after <= 40 * 60
    assert "40 minutes" in caught.value.message and "built-in coach still works" in caught.value.message


def test_the_model_quota_counts_only_this_users_calls_in_the_last_hour(db):
    _log_calls(db, 1, 30, minutes_ago=61)
    _log_calls(db, 2, 30)
    security.check_model_quota(db, {"COACH_MODEL_CALLS_PER_HOUR": 30}, 1)


def test_the_quota_is_read_from_the_configuration(tmp_path, monkeypatch):
    monkeypatch.setenv("COACH_MODEL_CALLS_PER_HOUR", "5")
    monkeypatch.setenv("COACH_SIGNIN_LIMIT", "4")
    app = create_app({"TESTING": True, "DATABASE": str(tmp_path / "c.db"), "SECRET_KEY": "k"})
    assert (app.config["COACH_MODEL_CALLS_PER_HOUR"], app.config["COACH_SIGNIN_LIMIT"]) == (5, 4)


@pytest.mark.parametrize("path, kind", [("/api/v1/limited", "application/json"), ("/limited", "text/html")])
def test_a_rate_limit_raised_by_a_service_answers_429_with_retry_after(app, path, kind):
    def over_quota():
        raise security.RateLimited("You have used this hour's 30 model critiques.", 120)

    app.add_url_rule(path, path, over_quota)
    response = app.test_client().get(path)
    assert response.status_code == 429 and response.headers["Retry-After"] == "120"
    assert response.mimetype == kind
    assert "30 model critiques" in response.get_data(as_text=True)


def test_old_signin_failures_are_pruned(limited):
    db = open_database(limited.config["DATABASE"])
    old = (datetime.now(UTC) - timedelta(hours=1)).isoformat(timespec="seconds")
    db["rate_limit_events"].insert({"bucket": "signin", "key": "x|y", "datetime_utc": old})
    since = (datetime.now(UTC) - timedelta(minutes=15)).isoformat(timespec="seconds")
    store.record_rate_events_within(db, [("signin", "a|b", 10)], since)
    assert [r["key"] for r in db["rate_limit_events"].rows] == ["a|b"]
    db.conn.close()


def test_strict_transport_security_only_over_https(client):
    assert "Strict-Transport-Security" not in client.get("/").headers
    secure = client.get("/", base_url="https://coach.example")
    assert secure.headers["Strict-Transport-Security"] == "max-age=31536000"
