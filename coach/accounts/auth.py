"""Accounts: sign up, sign in, sign out, the signed-in user on `g`, and the guards views use."""

import functools

from flask import abort, current_app, flash, g, redirect, render_template, request, url_for

from .. import sessions
from ..db import get_db
from ..errors import render_error
from ..forms import form_status
from ..security import safe_next
from . import auth_bp as bp
from . import services as accounts
from .forms import SignInForm, SignUpForm


@bp.before_app_request
def load_signed_in_user():
    """Put the signed-in user (or None) on `g.user` for every request, from the server-side session."""
    g.user = sessions.current_user(get_db(), current_app.config)


def home_for(user):
    """The page a user lands on after signing in."""
    return url_for("instructor.index") if user["role"] == "instructor" else url_for("mentee.dashboard")


def login_required(view):
    """Send anonymous visitors to sign in, then back to where they were going."""

    @functools.wraps(view)
    def wrapped(**kwargs):
        if g.user is None:
            return redirect(url_for("auth.signin", next=request.full_path if request.method == "GET" else None))
        return view(**kwargs)

    return wrapped


def role_required(role):
    """Let only signed-in users of `role` in; others get 404, as if the page did not exist."""

    def decorator(view):
        @functools.wraps(view)
        @login_required
        def wrapped(**kwargs):
            if g.user["role"] != role:
                abort(404)
            return view(**kwargs)

        return wrapped

    return decorator


@bp.route("/signup", methods=("GET", "POST"))
def signup():
    """Create an account and sign in."""
    form = SignUpForm()
    if form.validate_on_submit():
        try:
            # The public page makes mentees only: instructors are invited (instructor_signup) or made by the CLI.
            user_id = accounts.register(get_db(), form.name.data, form.email.data, form.password.data, "mentee")
        except accounts.AccountError as exc:
            form[exc.field].errors.append(str(exc))
        else:
            _start_session(user_id, "Welcome to Outreach Coach.")
            # An invite link opened while signed out comes back here as `next`: keep going to it.
            return redirect(safe_next(request.args.get("next")) or url_for("mentee.dashboard"))
    return render_template("auth/signup.html", form=form), form_status(form)


@bp.route("/instructor-signup/<token>", methods=("GET", "POST"))
def instructor_signup(token):
    """Create an instructor account through a one-time invitation link from an instructor."""
    if not accounts.invitation_is_open(get_db(), token):
        return _invitation_closed()
    form = SignUpForm()
    if form.validate_on_submit():
        try:
            user_id = accounts.register_invited_instructor(
                get_db(), token, form.name.data, form.email.data, form.password.data
            )
        except accounts.AccountError as exc:
            form[exc.field].errors.append(str(exc))
        except accounts.InvitationClosed:  # used by someone else while this form was open
            return _invitation_closed()
        else:
            _start_session(user_id, "Welcome to Outreach Coach: your instructor account is ready.")
            return redirect(url_for("instructor.index"))
    return render_template("auth/signup.html", form=form, invitation=True), form_status(form)


def _invitation_closed():
    return render_error(
        404,
        "This invitation link no longer works",
        f"It has been used, has expired (links last {accounts.INVITATION_LIFETIME.days} days) or was "
        "mistyped. Ask the instructor who sent it for a new one; to join a cohort as a mentee, "
        "sign up without a link.",
    )


def _start_session(user_id, welcome):
    sessions.sign_in(get_db(), user_id)
    flash(welcome)


@bp.route("/signin", methods=("GET", "POST"))
def signin():
    """Sign in with email and password."""
    form = SignInForm()
    if form.validate_on_submit():
        user = accounts.authenticate(get_db(), form.email.data, form.password.data)
        if user is None:
            form.password.errors.append("does not match that email; check both and try again.")
        else:
            sessions.sign_in(get_db(), user["id"])
            return redirect(safe_next(request.args.get("next")) or home_for(user))
    return render_template("auth/signin.html", form=form), form_status(form)


@bp.route("/signout", methods=("POST",))
def signout():
    """Sign out (POST only, so a link on another site cannot sign you out); the session ends on the server too."""
    sessions.sign_out(get_db())
    flash("You are signed out.")
    return redirect(url_for("index"))
