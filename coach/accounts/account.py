"""The account page (/account): change name, email and password, see and end sessions, and the links to
export the account's data and close it. Every route acts on the signed-in user only, so there are no ids."""

from flask import Response, flash, g, redirect, render_template, session, url_for

from .. import sessions, store
from ..db import get_db
from ..forms import form_status
from ..mentee import deletion
from ..portfolio.views import portfolio_link
from . import account_bp as bp
from . import export as account_export
from . import services as accounts
from .auth import login_required
from .forms import CloseForm, ConfirmForm, EmailForm, NameForm, PasswordForm
from .services import AccountError


def _render(name_form=None, email_form=None, password_form=None):
    """The account page, with the form that was just sent (and its errors) in place of a blank one."""
    user = g.user
    name_form = name_form or NameForm(formdata=None, data={"name": user["name"]})
    email_form = email_form or EmailForm(formdata=None, data={"email": user["email"]})
    password_form = password_form or PasswordForm(formdata=None)
    page = render_template(
        "account/index.html",
        name_form=name_form,
        email_form=email_form,
        password_form=password_form,
        signout_form=ConfirmForm(formdata=None),
        sessions=sessions.list_for(get_db(), user["id"], g.session_id),
    )
    return page, form_status(name_form, email_form, password_form)


@bp.route("/")
@login_required
def index():
    """The account page."""
    return _render()


@bp.route("/name", methods=("POST",))
@login_required
def change_name():
    """Change the name shown to instructors and on the portfolio."""
    form = NameForm()
    if not form.validate_on_submit():
        return _render(name_form=form)
    accounts.change_name(get_db(), g.user, form.name.data)
    flash("Your name is changed.")
    return redirect(url_for("account.index"))


@bp.route("/email", methods=("POST",))
@login_required
def change_email():
    """Change the sign-in email (the password confirms it is you)."""
    form = EmailForm()
    if form.validate_on_submit():
        try:
            accounts.change_email(get_db(), g.user, form.email.data, form.password.data)
        except AccountError as exc:
            form[exc.field].errors.append(str(exc))
        else:
            flash(f"You now sign in with {form.email.data}.")
            return redirect(url_for("account.index"))
    form.password.data = ""
    return _render(email_form=form)


@bp.route("/password", methods=("POST",))
@login_required
def change_password():
    """Change the password (the current one first); every other session is signed out."""
    form = PasswordForm()
    if form.validate_on_submit():
        db = get_db()
        try:
            ended = accounts.change_password(db, g.user, form.current_password.data, form.new_password.data)
        except AccountError as exc:
            form[exc.field].errors.append(str(exc))
        else:
            sessions.sign_in(db, g.user["id"])  # a fresh session here; the old ones, this one's included, ended
            others = ended - 1
            flash(
                "Your password is changed."
                + (f" {others} other session{'s' if others != 1 else ''} signed out." if others > 0 else "")
            )
            return redirect(url_for("account.index"))
    return _render(password_form=form)


@bp.route("/signout-everywhere", methods=("POST",))
@login_required
def signout_everywhere():
    """End every session of this account, this one included."""
    if not ConfirmForm().validate_on_submit():
        return _render()
    sessions.end_all(get_db(), g.user["id"])
    sessions.sign_out(get_db())
    flash("You are signed out everywhere.")
    return redirect(url_for("auth.signin"))


@bp.route("/export")
@login_required
def export():
    """Download everything this account owns: account.json and the Markdown portfolio, in a zip."""
    body = account_export.export_zip(get_db(), g.user, portfolio_link)
    return Response(
        body,
        mimetype="application/zip",
        headers={
            "Content-Disposition": f'attachment; filename="{account_export.filename(g.user)}"',
            "Cache-Control": "no-store",
        },
    )


@bp.route("/close", methods=("GET", "POST"))
@login_required
def close():
    """Close the account: with the password, delete everything it owns and sign out."""
    db = get_db()
    form = CloseForm()
    refused = None
    if form.validate_on_submit():
        try:
            deletion.close_account(db, g.user, form.password.data)
        except deletion.CloseRefused as exc:
            if exc.field:
                form[exc.field].errors.append(str(exc))
            else:
                refused = str(exc)
        else:
            session.clear()  # its session row went with the account
            flash("Your account is closed and everything in it is deleted.")
            return redirect(url_for("index"))
    form.password.data = ""
    page = render_template(
        "account/close.html",
        form=form,
        refused=refused,
        counts=deletion.describe(deletion.account_rows(db, g.user["id"])),
        cohorts=store.list_cohorts_for_instructor(db, g.user["id"]),
    )
    return page, 400 if (form.errors or refused) else 200
