"""Account changes a signed-in user makes: name, email, password, and signing out everywhere (issue 18).

Each check that fails raises services.AccountError naming the form field, so the page can show it there.
"""
from . import account_store, services, sessions, store
from .services import AccountError


def change_name(db, user, name):
    """Change the name the user is shown by."""
    account_store.update_user_name(db, user["id"], name)


def _require_password(user, password, field="password"):
    if not services.password_matches(user, password):
        raise AccountError(field, "is not your current password.")


def change_email(db, user, email, password):
    """Change the sign-in email after checking the password; raise AccountError if wrong or taken."""
    _require_password(user, password)
    holder = store.get_user_by_email(db, email)
    if holder is not None and holder["id"] != user["id"]:
        raise AccountError("email", "already has an account.")
    account_store.update_user_email(db, user["id"], email)


def set_password(db, user_id, password):
    """Store a new password and end every session of the user; return how many sessions ended."""
    with db.atomic():
        store.update_password_hash(db, user_id, services.hash_password(password))
        return sessions.end_all(db, user_id)


def change_password(db, user, current, new):
    """Replace the password after checking the current one; every session ends (the caller starts a new one)."""
    _require_password(user, current, field="current_password")
    if current == new:
        raise AccountError("new_password", "is the same as the current one; choose another.")
    return set_password(db, user["id"], new)
