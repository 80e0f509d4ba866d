"""Forgotten passwords (issue 18): /auth/forgot mails a one-time link, /auth/reset/<token> sets a new password.

Its own blueprint under /auth, public like sign-in. The forgot page answers the same whether or not the
email has an account; the link works once, for an hour, and the new password signs out every session.
"""

from flask import current_app, flash, redirect, render_template, request, url_for

from .. import sessions
from ..db import get_db
from ..forms import form_status
from . import recovery_bp as bp
from . import services as accounts
from .forms import ForgotForm, ResetForm


def reset_url(token):
    """The full address of a reset link: on COACH_BASE_URL when set, so a forged Host header cannot redirect it."""
    base = current_app.config.get("COACH_BASE_URL")
    if base:
        return base + url_for("recovery.reset", token=token)
    return url_for("recovery.reset", token=token, _external=True)


@bp.route("/forgot", methods=("GET", "POST"))
def forgot():
    """Ask for a reset link by email; the answer never says whether the email has an account."""
    form = ForgotForm()
    if form.validate_on_submit():
        accounts.request_reset(get_db(), current_app.config, form.email.data, request.remote_addr, reset_url)
        return render_template("account/forgot_sent.html", email=form.email.data)
    return render_template("account/forgot.html", form=form), form_status(form)


def _invalid_link():
    return render_template("account/reset_invalid.html"), 404


@bp.route("/reset/<token>", methods=("GET", "POST"))
def reset(token):
    """Choose a new password with a reset link; every session of the account ends."""
    db = get_db()
    if accounts.reset_for(db, token) is None:
        return _invalid_link()
    form = ResetForm()
    if form.validate_on_submit():
        try:
            accounts.reset_password(db, token, form.new_password.data)
        except accounts.ResetLinkInvalid:
            return _invalid_link()
        sessions.sign_out(db)  # whoever was signed in in this browser, start clean
        flash("Your new password is set, and every session of your account is signed out. Sign in with it.")
        return redirect(url_for("auth.signin"))
    return render_template("account/reset.html", form=form), form_status(form)
