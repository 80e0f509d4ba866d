"""Security headers, HTTPS-aware session cookies, and rate limits on sign-in attempts and model calls.

Rate limits are counted in SQLite (the `rate_limit_events` and `model_calls` tables), not in memory,
so they hold across gunicorn workers and restarts.
"""

import math
import re
from datetime import UTC, datetime, timedelta
from urllib.parse import urlsplit

from flask import current_app, flash, g, has_request_context, render_template, request
from flask.sessions import SecureCookieSessionInterface
from werkzeug.middleware.proxy_fix import ProxyFix

from . import store
from .accounts.forms import SignInForm
from .db import get_db
from .errors import render_error

# No inline script or style anywhere: scripts and styles come from static/ only.
CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'"
)
HEADERS = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    "X-Frame-Options": "DENY",
}
SIGNIN_BUCKET = "signin"  # failed sign-ins per email from one address
SIGNIN_ADDRESS_BUCKET = "signin-address"  # failed sign-ins per address, whatever the email (password spraying)
SIGNIN_WINDOW = timedelta(minutes=15)
MODEL_WINDOW = timedelta(hours=1)


class RateLimited(Exception):
    """Too many attempts: the message says so in plain words; `retry_after` is in whole seconds."""

    def __init__(self, message, retry_after):
        super().__init__(message)
        self.message, self.retry_after = message, retry_after


class HttpsAwareSessionInterface(SecureCookieSessionInterface):
    """Mark the session cookie Secure whenever the request came over HTTPS, not only when configured."""

    def get_cookie_secure(self, app):
        """Secure when configured, or when this request is HTTPS (directly or behind ProxyFix)."""
        return super().get_cookie_secure(app) or (has_request_context() and request.is_secure)


def _since(window):
    return (datetime.now(UTC) - window).isoformat(timespec="seconds")


def seconds_until_a_slot_frees(oldest, window):
    """Seconds until the oldest counted event leaves the window (at least 1)."""
    leaves_at = datetime.fromisoformat(oldest) + window
    return max(1, math.ceil((leaves_at - datetime.now(UTC)).total_seconds()))


def _minutes(seconds):
    minutes = max(1, math.ceil(seconds / 60))
    return f"{minutes} minute{'s' if minutes > 1 else ''}"


def check_model_quota(db, config, user_id):
    """Raise RateLimited when this user has made COACH_MODEL_CALLS_PER_HOUR model calls in the last hour."""
    limit = config["COACH_MODEL_CALLS_PER_HOUR"]
    count, oldest = store.count_model_calls(db, user_id, _since(MODEL_WINDOW))
    if count >= limit:
        wait = seconds_until_a_slot_frees(oldest, MODEL_WINDOW)
        raise RateLimited(
            f"You have used this hour's {limit} model critiques; the built-in coach still "
            f"works, and the model is available again in {_minutes(wait)}.",
            wait,
        )


def _email_key():
    """Failed sign-ins for one email are counted per client address (so no one can lock another out)."""
    return f"{(request.form.get('email') or '').strip().lower()}|{request.remote_addr}"


def _signin_limits(config):
    """What a sign-in attempt is counted against: its email from its address, and its address across emails."""
    return [
        (SIGNIN_BUCKET, _email_key(), config["COACH_SIGNIN_LIMIT"]),
        (SIGNIN_ADDRESS_BUCKET, request.remote_addr or "", config["COACH_SIGNIN_ADDRESS_LIMIT"]),
    ]


def take_signin_attempt(db, config):
    """Count this sign-in attempt before its password is checked, in one write with the check of the limits;
    return the ids of the counted events, or raise RateLimited when the email or the address is at its limit."""
    ids, oldest = store.record_rate_events_within(db, _signin_limits(config), _since(SIGNIN_WINDOW))
    if ids is None:
        wait = seconds_until_a_slot_frees(oldest, SIGNIN_WINDOW)
        raise RateLimited(f"Too many sign-in attempts; try again in {_minutes(wait)}.", wait)
    return ids


def _is_signin_post():
    return request.method == "POST" and request.endpoint == "auth.signin"


def limit_signin():
    """Before a sign-in attempt: count it, or answer 429 with the form again if its email or address is at the limit."""
    if not _is_signin_post():
        return None
    try:
        g.signin_attempt = take_signin_attempt(get_db(), current_app.config)
    except RateLimited as exc:
        flash(exc.message, "error")
        form = SignInForm()
        form.password.data = ""  # keep the email, never echo a password
        page = render_template("auth/signin.html", form=form)
        return page, 429, {"Retry-After": str(exc.retry_after)}
    return None


def forgive_signin(response):
    """After a sign-in attempt that succeeded: it was no failure, so forget it and the email's failures."""
    attempt = g.pop("signin_attempt", None)
    if attempt and response.status_code in (302, 303):
        db = get_db()
        with db.atomic():
            store.delete_rate_events(db, attempt)
            store.clear_rate_events(db, SIGNIN_BUCKET, _email_key())
    return response


# What browsers drop before reading a URL: tabs and newlines anywhere, C0 controls and spaces at the start.
_DROPPED_ANYWHERE = re.compile(r"[\t\r\n]")
_LEADING = "".join(chr(c) for c in range(0x21))


def safe_next(target):
    """The `next` address as a path on this site, read as a browser would read it; None for anything else."""
    if not target:
        return None
    # "/\t/evil.example" is "//evil.example" to a browser, and "/\\evil.example" is "//evil.example" too.
    path = _DROPPED_ANYWHERE.sub("", target).lstrip(_LEADING).replace("\\", "/")
    if not path.startswith("/") or path.startswith("//") or any(ord(c) < 0x20 or ord(c) == 0x7F for c in path):
        return None
    parts = urlsplit(path)
    return path if not parts.scheme and not parts.netloc else None


def add_headers(response):
    """Put the security headers on every response (pages, JSON, static files and errors)."""
    for name, value in HEADERS.items():
        response.headers.setdefault(name, value)
    if request.is_secure:
        # Only over HTTPS: browsers ignore it on HTTP, and a local http:// install must stay reachable.
        response.headers.setdefault("Strict-Transport-Security", "max-age=31536000")
    return response


def rate_limited(exc):
    """Answer a RateLimited raised anywhere (e.g. by a model service) with 429 and Retry-After."""
    body, status = render_error(429, "Too many requests", exc.message)
    return body, status, {"Retry-After": str(exc.retry_after)}


def init_app(app):
    """Wire headers, cookies, the proxy fix and the rate limits into the app."""
    if app.config["COACH_PROXY_FIX"]:
        # Trust one proxy's X-Forwarded-For/-Proto/-Host: only set this when a proxy always sets them.
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=1, x_proto=1, x_host=1)
    app.session_interface = HttpsAwareSessionInterface()
    app.before_request(limit_signin)
    app.after_request(forgive_signin)
    app.after_request(add_headers)
    app.register_error_handler(RateLimited, rate_limited)
