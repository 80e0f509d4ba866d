"""Mentee pages for cohorts: join one with an invite code or link, see which you are in, leave one.

Routes on the mentee blueprint; imported by coach/mentee/__init__.py."""

from flask import abort, flash, g, redirect, render_template, request, url_for

from .. import store
from ..db import get_db
from ..forms import form_status
from ..instructor import cohorts
from ..instructor.forms import JoinCohortForm
from . import bp, mentee_only


@bp.route("/cohort", methods=("GET", "POST"))
@mentee_only
def cohort():
    """Join a cohort with its code (an invite link fills the code in); list the cohorts you are in."""
    db = get_db()
    form = JoinCohortForm(data={"code": request.args.get("code", "")})
    if form.validate_on_submit():
        try:
            joined = cohorts.join_cohort(db, g.user["id"], form.code.data)
        except cohorts.CohortError as exc:
            form[exc.field].errors.append(str(exc))
        else:
            flash(f"You joined {joined['name']}. Its instructor can now see and review your drafts.")
            return redirect(url_for("mentee.cohort"))
    return render_template(
        "mentee/cohort.html", form=form, cohorts=store.list_cohorts_for_mentee(db, g.user["id"])
    ), form_status(form)


@bp.route("/cohort/<int:cohort_id>/leave", methods=("POST",))
@mentee_only
def cohort_leave(cohort_id):
    """Leave a cohort: its instructor no longer sees any of your work."""
    if not store.remove_cohort_member(get_db(), cohort_id, g.user["id"]):
        abort(404)
    flash("You left the cohort. Its instructor no longer sees your work.")
    return redirect(url_for("mentee.cohort"))
