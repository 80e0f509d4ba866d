"""Accounts as operations (issue 18): registration and instructor invitations, sign-in and password hashing,
changes to name, email and password, and forgotten passwords with their one-time links.

Each check that fails raises AccountError naming the form field, so the page can show it there.
"""

import hashlib
import math
import secrets
from datetime import UTC, datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from .. import mail, sessions, store
from ..fielderror import FieldError
from ..security import RateLimited, seconds_until_a_slot_frees

# Argon2id with OWASP's recommended minimum (19 MiB, 2 passes, 1 lane): ~20 ms a hash here instead
# of ~200-450 ms at the library's defaults, which made a cohort signing in at once wait 30-40 s.
# Hashes made with other parameters still verify, and are upgraded at the next sign-in.
_hasher = PasswordHasher(time_cost=2, memory_cost=19456, parallelism=1)

INVITATION_LIFETIME = timedelta(days=7)  # an instructor invitation link works once, within a week

RESET_LIFETIME = timedelta(hours=1)
RESET_WINDOW = timedelta(hours=1)
RESETS_PER_EMAIL = 3  # more would let anyone fill a stranger's inbox
RESETS_PER_ADDRESS = 10
RESET_SUBJECT = "Reset your Outreach Coach password"
RESET_PATH = "/auth/reset/{token}"  # the recovery.reset route, for links made outside a request (the CLI)


class InvitationClosed(Exception):
    """The instructor invitation was already used, has expired, or never existed."""


class AccountError(FieldError):
    """A sign-up or sign-in the user must correct; `field` names the form field."""


# Registration and sign-in ------------------------------------------------------------------------


def register(db, name, email, password, role):
    """Create an account and return its id; raise AccountError if the email is taken."""
    _check_email_free(db, email)
    return store.insert_user(db, email, name, _hasher.hash(password), role)


def _check_email_free(db, email):
    if store.get_user_by_email(db, email):
        raise AccountError("email", "already has an account: sign in instead.")


def invite_instructor(db, instructor_id):
    """Create a one-time instructor invitation; return (token, expiry). Only the token's hash is stored."""
    token = secrets.token_urlsafe(32)
    expires_at = (datetime.now(UTC) + INVITATION_LIFETIME).isoformat(timespec="seconds")
    store.insert_invitation(db, _token_hash(token), instructor_id, expires_at)
    return token, expires_at


def invitation_is_open(db, token):
    """True while the invitation with this token is unused and not expired."""
    return store.get_open_invitation(db, _token_hash(token), store.now()) is not None


def register_invited_instructor(db, token, name, email, password):
    """Create an instructor account through an open invitation, using it up in the same transaction.

    Raises AccountError for a taken email, InvitationClosed when the invitation is used or expired."""
    _check_email_free(db, email)
    password_hash = _hasher.hash(password)  # before the transaction: it holds the write lock
    with db.atomic():
        user_id = store.insert_user(db, email, name, password_hash, "instructor")
        if not store.use_invitation(db, _token_hash(token), user_id, store.now()):
            raise InvitationClosed()  # rolls the new account back
    return user_id


def _token_hash(token):
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def authenticate(db, email, password):
    """Return the user whose email and password match, or None."""
    user = store.get_user_by_email(db, email)
    if user is None:
        _hasher.hash(password)  # spend the same time as a real check: no hint that the email is unknown
        return None
    try:
        _hasher.verify(user["password_hash"], password)
    except (VerificationError, InvalidHashError):
        return None
    if _hasher.check_needs_rehash(user["password_hash"]):
        store.update_password_hash(db, user["id"], _hasher.hash(password))
    return user


def hash_password(password):
    """The stored form of a new password (Argon2id)."""
    return _hasher.hash(password)


def password_matches(user, password):
    """True if `password` is this user's current password."""
    try:
        return _hasher.verify(user["password_hash"], password)
    except (VerificationError, InvalidHashError):
        return False


# Account changes ----------------------------------------------------------------------------------


def change_name(db, user, name):
    """Change the name the user is shown by."""
    store.update_user_name(db, user["id"], name)


def _require_password(user, password, field="password"):
    if not password_matches(user, password):
        raise AccountError(field, "is not your current password.")


def change_email(db, user, email, password):
    """Change the sign-in email after checking the password; raise AccountError if wrong or taken."""
    _require_password(user, password)
    holder = store.get_user_by_email(db, email)
    if holder is not None and holder["id"] != user["id"]:
        raise AccountError("email", "already has an account.")
    store.update_user_email(db, user["id"], email)


def set_password(db, user_id, password):
    """Store a new password, retire unused reset links and end every session; return how many sessions ended."""
    with db.atomic():
        store.update_password_hash(db, user_id, hash_password(password))
        store.retire_resets(db, user_id, sessions.stamp(sessions.utcnow()))
        return sessions.end_all(db, user_id)


def change_password(db, user, current, new):
    """Replace the password after checking the current one; every session ends (the caller starts a new one)."""
    _require_password(user, current, field="current_password")
    if current == new:
        raise AccountError("new_password", "is the same as the current one; choose another.")
    return set_password(db, user["id"], new)


# Forgotten passwords ------------------------------------------------------------------------------


class ResetLinkInvalid(ValueError):
    """The reset link is unknown, expired or already used."""


def can_reset(user):
    """True for a person's account; the system account that owns the anchor drafts never signs in."""
    return user is not None and user["role"] in ("mentee", "instructor")


def issue_reset(db, user_id, issued_by=None):
    """Create a one-time reset link for the user, valid for RESET_LIFETIME; return its token (stored hashed)."""
    moment = sessions.utcnow()
    token = secrets.token_urlsafe(32)
    store.insert_reset(
        db,
        user_id,
        sessions.token_hash(token),
        sessions.stamp(moment),
        sessions.stamp(moment + RESET_LIFETIME),
        issued_by,
    )
    return token


def reset_for(db, token):
    """The usable reset link for this token, or None."""
    return store.get_usable_reset(db, sessions.token_hash(token), sessions.stamp(sessions.utcnow()))


def reset_password(db, token, password):
    """Use a reset link: set the new password and end every session; raise ResetLinkInvalid if it cannot be used."""
    with db.atomic():
        reset = reset_for(db, token)
        if reset is None or not store.use_reset(db, reset["id"], sessions.stamp(sessions.utcnow())):
            raise ResetLinkInvalid("This reset link has expired or was already used.")
        set_password(db, reset["user_id"], password)
    return reset["user_id"]


def _over_limit(db, bucket, key, limit):
    """Count this request if it is within `limit` in the window and return 0; else how long to wait (seconds).

    The check and the count are one locked write, so parallel requests cannot all slip under.
    """
    now = datetime.now(UTC)
    ids, oldest = store.record_rate_events_within(db, [(bucket, key, limit)], sessions.stamp(now - RESET_WINDOW))
    if ids is not None:
        return 0
    return seconds_until_a_slot_frees(oldest, RESET_WINDOW)


def request_reset(db, config, email, address, link_for):
    """Mail a reset link to `email` if it has an account; answer the same either way.

    Raises RateLimited when this address has asked too often. Past RESETS_PER_EMAIL an hour for one email,
    nothing more is sent, silently, so the limit reveals nothing either. `link_for(token)` makes the URL.
    Returns the mail-sending thread, or None (tests wait on it).
    """
    wait = _over_limit(db, "reset-address", address or "", RESETS_PER_ADDRESS)
    if wait:
        raise RateLimited(
            f"Too many reset requests from this address; try again in {math.ceil(wait / 60)} minutes.", wait
        )
    if _over_limit(db, "reset-email", email.strip().lower(), RESETS_PER_EMAIL):
        return None
    user = store.get_user_by_email(db, email)
    if not can_reset(user):
        return None
    link = link_for(issue_reset(db, user["id"]))
    return mail.send(
        config,
        user["email"],
        RESET_SUBJECT,
        reset_mail_body(user, link),
        log_instead=f"Password reset link for {user['email']}: {link}",
    )


def reset_mail_body(user, link):
    """The text of the reset mail."""
    return (
        f"Hello {user['name']},\n\n"
        "Someone, probably you, asked to reset the password of your Outreach Coach account.\n"
        f"Open this link within an hour to choose a new password (it works once):\n\n{link}\n\n"
        "Setting a new password signs you out everywhere. If you did not ask, ignore this mail: "
        "your password stays as it is.\n"
    )


# Instructors: resets for their mentees, and cohorts changing hands --------------------------------


def hand_over_cohort(db, instructor, cohort, email):
    """Give the cohort to the instructor with `email`; raise AccountError (field "email") if there is none."""
    successor = store.get_instructor_by_email(db, email)
    if successor is None:
        raise AccountError(
            "email",
            "is not the email of an instructor here; they need an instructor account first (coach create-instructor).",
        )
    if successor["id"] == instructor["id"]:
        raise AccountError("email", "is your own; give the cohort to another instructor.")
    store.move_cohort(db, cohort["id"], instructor["id"], successor["id"])
    return successor


def close_cohort(db, instructor, cohort):
    """Close a cohort: its mentees leave it and keep their work; your reviews of them stay with your account."""
    return store.delete_cohort(db, instructor["id"], cohort["id"])
