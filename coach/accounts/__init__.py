"""Accounts: sign-up, sign-in and sign-out (/auth: `auth`), forgotten passwords (/auth/forgot and
/auth/reset: `recovery`) and the account page (/account: `account`); `services` holds registration,
invitations, sign-in and the account changes, `forms` their forms, `export` the data export."""

from flask import Blueprint

auth_bp = Blueprint("auth", __name__, url_prefix="/auth")
recovery_bp = Blueprint("recovery", __name__, url_prefix="/auth")
account_bp = Blueprint("account", __name__, url_prefix="/account")
