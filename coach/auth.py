"""Accounts: sign up, sign in, sign out, the signed-in user on `g`, and the guards views use."""
import functools

from flask import Blueprint, abort, current_app, flash, g, redirect, render_template, request, url_for

from . import services, sessions, store
from .db import get_db
from .forms import SignInForm, SignUpForm, form_status

bp = Blueprint("auth", __name__, url_prefix="/auth")


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


def _safe_next(target):
    """Only follow a `next` that stays on this site."""
    if target and target.startswith("/") and not target.startswith("//") and "\\" not in target:
        return target
    return None


@bp.route("/signup", methods=("GET", "POST"))
def signup():
    """Create an account and sign in."""
    form = SignUpForm()
    if form.validate_on_submit():
        try:
            user_id = services.register(get_db(), form.name.data, form.email.data, form.password.data,
                                        form.role.data)
        except services.AccountError as exc:
            form[exc.field].errors.append(str(exc))
        else:
            sessions.sign_in(get_db(), user_id)
            flash("Welcome to Outreach Coach.")
            # An invite link opened while signed out comes back here as `next`: keep going to it.
            return redirect(_safe_next(request.args.get("next")) or home_for(store.get_user(get_db(), user_id)))
    return render_template("auth/signup.html", form=form), form_status(form)


@bp.route("/signin", methods=("GET", "POST"))
def signin():
    """Sign in with email and password."""
    form = SignInForm()
    if form.validate_on_submit():
        user = services.authenticate(get_db(), form.email.data, form.password.data)
        if user is None:
            form.password.errors.append("does not match that email; check both and try again.")
        else:
            sessions.sign_in(get_db(), user["id"])
            return redirect(_safe_next(request.args.get("next")) or home_for(user))
    return render_template("auth/signin.html", form=form), form_status(form)


@bp.route("/signout", methods=("POST",))
def signout():
    """Sign out (POST only, so a link on another site cannot sign you out); the session ends on the server too."""
    sessions.sign_out(get_db())
    flash("You are signed out.")
    return redirect(url_for("index"))
