"""Configuration from environment variables, with safe defaults and nothing secret hard-coded."""

import os
import secrets

# Upper bound on a request body: generous for the largest form (a 20,000-character draft
# in 4-byte characters), small enough that a pasted novel gets a clear 413 page.
MAX_CONTENT_LENGTH = 512 * 1024


def _env_float(name, default):
    try:
        return float(os.environ.get(name, default))
    except ValueError:
        return float(default)


def _env_int(name, default):
    try:
        return int(os.environ.get(name, default))
    except ValueError:
        return int(default)


def _env_flag(name):
    return os.environ.get(name, "").strip().lower() in ("1", "true", "yes", "on")


def default_instance_path():
    """The instance folder the app and the `coach` command share: `instance/` beside a source checkout,
    `<prefix>/var/coach-instance` when the package is installed (from a wheel, say)."""
    from flask.sansio.scaffold import find_package  # Flask's own rule for where an app's instance folder is

    prefix, package_path = find_package(__package__)
    if prefix is None:
        return os.path.join(package_path, "instance")
    return os.path.join(prefix, "var", f"{__package__}-instance")


def load_config(instance_path=None):
    """Read every COACH_* variable (and SECRET_KEY) into a Flask config dict."""
    return {
        "DATABASE": os.environ.get("COACH_DATABASE")
        or os.path.join(instance_path or default_instance_path(), "coach.db"),
        "SECRET_KEY": os.environ.get("SECRET_KEY") or None,
        "COACH_MODEL": os.environ.get("COACH_MODEL") or None,
        "COACH_API_BASE": os.environ.get("COACH_API_BASE") or None,
        "COACH_MODEL_TIMEOUT": _env_float("COACH_MODEL_TIMEOUT", 60),
        "COACH_MODEL_RETRIES": max(0, _env_int("COACH_MODEL_RETRIES", 2)),
        "COACH_MODEL_CALLS_PER_HOUR": max(0, _env_int("COACH_MODEL_CALLS_PER_HOUR", 30)),
        "COACH_SIGNIN_LIMIT": max(1, _env_int("COACH_SIGNIN_LIMIT", 10)),
        "COACH_SIGNIN_ADDRESS_LIMIT": max(1, _env_int("COACH_SIGNIN_ADDRESS_LIMIT", 50)),
        # A session ends this long after sign-in whatever happens, or after this long without a request.
        "COACH_SESSION_DAYS": max(0.01, _env_float("COACH_SESSION_DAYS", 14)),
        "COACH_SESSION_IDLE_HOURS": max(0.1, _env_float("COACH_SESSION_IDLE_HOURS", 72)),
        "COACH_PROXY_FIX": _env_flag("COACH_PROXY_FIX"),
        # Mail for password resets; with no server the link is written to the log (see coach/mail.py).
        "COACH_SMTP_URL": os.environ.get("COACH_SMTP_URL") or None,
        "COACH_MAIL_FROM": os.environ.get("COACH_MAIL_FROM") or None,
        # Links in mail use this address, not the Host header a client sent (which it could forge).
        "COACH_BASE_URL": (os.environ.get("COACH_BASE_URL") or "").rstrip("/") or None,
        "SESSION_COOKIE_SECURE": _env_flag("COACH_SECURE_COOKIES"),
        "SESSION_COOKIE_HTTPONLY": True,
        "SESSION_COOKIE_SAMESITE": "Lax",
        "MAX_CONTENT_LENGTH": MAX_CONTENT_LENGTH,
        # Off unless asked for: fetching mentee-supplied links makes the server reach out (see coach/linkfetch.py).
        "COACH_FETCH_LINKS": _env_flag("COACH_FETCH_LINKS"),
        "COACH_FETCH_DEADLINE": max(1.0, _env_float("COACH_FETCH_DEADLINE", 10)),
        "WTF_CSRF_TIME_LIMIT": None,  # the token lives as long as the session: no lost drafts at the hour mark
    }


def instance_secret_key(instance_path):
    """Return the secret key kept in the instance folder, generating it once on first start."""
    path = os.path.join(instance_path, "secret_key")
    try:
        with open(path, encoding="ascii") as fh:
            key = fh.read().strip()
            if key:
                return key
    except FileNotFoundError:
        pass
    key = secrets.token_hex(32)
    # O_EXCL: when two workers start at once, one writes and the other reads the winner's key.
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return instance_secret_key(instance_path)
    with os.fdopen(fd, "w", encoding="ascii") as fh:
        fh.write(key)
    return key
