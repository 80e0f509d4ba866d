"""Mentor pages: the list ranked by priority, a new mentor, a mentor's research and edits."""

from flask import flash, g, redirect, render_template, url_for

from .. import store
from ..db import get_db
from ..drafts.forms import DraftForm
from ..forms import form_status
from ..mentee import bp, mentee_only, mentor_or_404
from . import services
from .forms import MentorForm


@bp.route("/mentors")
@mentee_only
def mentors():
    """The mentor list, ranked by priority, with the formula shown."""
    return render_template(
        "mentee/mentors.html",
        mentors=services.ranked_mentors(get_db(), g.user["id"]),
        formula=services.PRIORITY_FORMULA,
    )


@bp.route("/mentors/new", methods=("GET", "POST"))
@mentee_only
def mentor_new():
    """Record research on a would-be mentor (the lesson's Exercise 1)."""
    form = MentorForm()
    if form.validate_on_submit():
        mentor_id = store.insert_mentor(get_db(), g.user["id"], form.data)
        flash(f"Saved {form.name.data}.")
        return redirect(url_for("mentee.mentor", mentor_id=mentor_id))
    return render_template("mentee/mentor_form.html", form=form, mentor=None), form_status(form)


@bp.route("/mentors/<int:mentor_id>/edit", methods=("GET", "POST"))
@mentee_only
def mentor_edit(mentor_id):
    """Update the research on a mentor."""
    mentor = mentor_or_404(mentor_id)
    form = MentorForm(data=mentor)
    if form.validate_on_submit():
        store.update_mentor(get_db(), g.user["id"], mentor_id, form.data)
        flash("Mentor updated.")
        return redirect(url_for("mentee.mentor", mentor_id=mentor_id))
    return render_template("mentee/mentor_form.html", form=form, mentor=mentor), form_status(form)


@bp.route("/mentors/<int:mentor_id>", methods=("GET",))
@mentee_only
def mentor(mentor_id):
    """A mentor's research, drafts written to them, and the form to start a new draft."""
    mentor = mentor_or_404(mentor_id)
    return render_template(
        "mentee/mentor.html",
        mentor=mentor,
        form=DraftForm(),
        priority=services.mentor_priority(mentor),
        formula=services.PRIORITY_FORMULA,
        drafts=store.list_drafts(get_db(), g.user["id"], mentor_id),
    )
