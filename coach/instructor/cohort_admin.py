"""What an instructor does for accounts (issue 18): a reset link for a mentee of their own cohort, and handing
over or closing a cohort (needed before an instructor can close their account).

Every id goes through a getter scoped by the signed-in instructor, so anyone else's ids answer 404.
"""

from flask import flash, g, redirect, render_template, url_for

from .. import store
from ..accounts import services as accounts
from ..accounts.auth import role_required
from ..accounts.forms import ConfirmForm, HandOverForm
from ..accounts.recovery import reset_url
from ..accounts.services import AccountError
from ..db import get_db
from ..errors import or_404
from ..forms import form_status
from . import cohort_admin_bp as bp

instructor_only = role_required("instructor")


def _cohort_or_404(cohort_id):
    return or_404(store.get_cohort_for_instructor(get_db(), g.user["id"], cohort_id))


@bp.route("/mentees/<int:mentee_id>/reset-link", methods=("POST",))
@instructor_only
def mentee_reset_link(mentee_id):
    """Make a one-time password reset link for a mentee of your cohort, shown once to pass on."""
    db = get_db()
    mentee = or_404(store.get_mentee_for_instructor(db, g.user["id"], mentee_id))
    link = reset_url(accounts.issue_reset(db, mentee["id"], issued_by=g.user["id"]))
    page = render_template("instructor/reset_link.html", mentee=mentee, link=link)
    return page, 200, {"Cache-Control": "no-store"}


@bp.route("/cohorts/<int:cohort_id>/handover", methods=("GET", "POST"))
@instructor_only
def cohort_handover(cohort_id):
    """Give a cohort, with its mentees, to another instructor."""
    cohort = _cohort_or_404(cohort_id)
    form = HandOverForm()
    if form.validate_on_submit():
        try:
            successor = accounts.hand_over_cohort(get_db(), g.user, cohort, form.email.data)
        except AccountError as exc:
            form[exc.field].errors.append(str(exc))
        else:
            flash(f"{cohort['name']} is now {successor['name']}'s cohort.")
            return redirect(url_for("instructor.index"))
    return render_template("instructor/cohort_handover.html", cohort=cohort, form=form), form_status(form)


@bp.route("/cohorts/<int:cohort_id>/delete", methods=("GET", "POST"))
@instructor_only
def cohort_close(cohort_id):
    """Close a cohort after a confirmation: its mentees leave it and keep their work."""
    cohort = _cohort_or_404(cohort_id)
    form = ConfirmForm()
    if form.validate_on_submit():
        accounts.close_cohort(get_db(), g.user, cohort)
        flash(f"Closed {cohort['name']}. Its mentees keep their work and can join another cohort.")
        return redirect(url_for("instructor.index"))
    members = len(store.list_cohort_mentees(get_db(), cohort_id))
    return render_template("instructor/cohort_close.html", cohort=cohort, members=members, form=form)
