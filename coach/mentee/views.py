"""The mentee's home pages: the dashboard and the profile."""

from flask import flash, g, redirect, render_template, url_for

from .. import store
from ..db import get_db
from ..forms import form_status
from ..mentors.services import PRIORITY_FORMULA, ranked_mentors
from ..outreach import followups
from . import bp, mentee_only, services
from .forms import ProfileForm


@bp.route("/")
@mentee_only
def dashboard():
    """The mentee's home: profile, mentors by priority and drafts in progress."""
    db = get_db()
    profile, mentors = store.get_profile(db, g.user["id"]), ranked_mentors(db, g.user["id"])
    drafts = store.list_drafts(db, g.user["id"])
    return render_template(
        "mentee/dashboard.html",
        profile=profile,
        mentors=mentors,
        drafts=drafts,
        formula=PRIORITY_FORMULA,
        due=followups.due_this_week(db, g.user["id"]),
        done=services.checklist(profile, mentors, drafts),
        reviews=store.list_reviews_of_mentee(db, g.user["id"]),
        revise_target=services.REVISE_TARGET,
    )


@bp.route("/profile", methods=("GET", "POST"))
@mentee_only
def profile():
    """Record background, skills and what the mentee can offer (the lesson's Exercise 2, step 1)."""
    db = get_db()
    form = ProfileForm(data=store.get_profile(db, g.user["id"]))
    if form.validate_on_submit():
        store.save_profile(db, g.user["id"], form.data)
        flash("Profile saved.")
        return redirect(url_for("mentee.dashboard"))
    return render_template("mentee/profile.html", form=form), form_status(form)
